//! Arabic: the words the rules for Arabic's own grammar look for, area by area, and the
//! grammar that reads them (articles, clitics, duals, number words). Arabic is read by its
//! own rules rather than through [`super::Lexicon`]'s phrase-for-phrase reading, because its
//! order (verb first, the number after its noun, duals) is not English's; the rules name no
//! Arabic word themselves, only these tables.
//!
//! The tables are compared through [`grammar::is_one_of`], which folds the forms of a letter
//! (alif, ta marbuta, alif maqsura) and reads past the clitics written onto a word.

pub mod actors;
pub mod attribution;
pub mod counts;
pub mod dates;
pub mod drafting;
pub mod grammar;
pub mod places;
pub mod relative_time;
pub mod scope;
pub mod terms;
pub mod time_of_day;
