//! Arabic words for attribution: the cues that say who is behind an attack (a group claims it,
//! denies it, others attribute it or suspect it), on folded words (no vowel marks, one alef),
//! and the words that negate a cue or complete one.

use crate::model::Attribution::{self, Attributed, Claimed, Denied, Suspected};

/// Cues on folded words, each also with the conjunction و or ف written onto it: its words in
/// order (a trailing `-` matches any word it begins) and what it states. تبنى claimed, أعلن
/// مسؤوليته announced its responsibility, نفى denied, حمّل المسؤولية held responsible, اتهم
/// accused, نسب ascribed, يشتبه is suspected, يرجح is likely, يعتقد is believed.
pub const CUES: &[(&[&str], Attribution)] = &[
    (&["اعلن-", "مسووليت-"], Claimed),
    // The group speaking: "نعلن مسؤوليتنا عن الهجوم" (we announce our responsibility).
    (&["نعلن", "مسووليت-"], Claimed),
    (&["تبني"], Claimed),
    // With the object written on: تبنته / تبناه (claimed it).
    (&["تبنت-"], Claimed),
    (&["تبنا-"], Claimed),
    (&["يتبني"], Claimed),
    (&["تتبني"], Claimed),
    // A group speaking of its own deed: "قالت الجماعة في بيان إنها نفذت الهجوم" (the group said
    // in a statement that it carried out the attack).
    (&["انها", "نفذت"], Claimed),
    (&["انه", "نفذ"], Claimed),
    (&["انهم", "نفذوا"], Claimed),
    (&["انها", "استهدفت"], Claimed),
    (&["انه", "استهدف"], Claimed),
    (&["نفي"], Denied),
    (&["نفت"], Denied),
    (&["ينفي"], Denied),
    (&["تنفي"], Denied),
    (&["حمل-", "مسووليه"], Attributed),
    (&["اتهم-"], Attributed),
    // The noun: "وسط اتهامات لفصائل موالية لإيران" (amid accusations of pro-Iran factions).
    (&["اتهام-"], Attributed),
    // "قالت إنها غير مسؤولة" (it said it was not responsible), "لا علاقة لها بالهجوم" (it has
    // nothing to do with the attack).
    (&["غير", "مسوول-"], Denied),
    (&["لا", "علاقه"], Denied),
    (&["يتهم"], Attributed),
    // "متهماً جماعات متشددة بتنفيذ الهجوم" (accusing militant groups of carrying it out).
    (&["متهما"], Attributed),
    (&["تتهم"], Attributed),
    // نسب (to ascribe): "نسبت مصادر أمنية الهجوم إلى فصائل" (security sources ascribed the
    // attack to factions); and fingers of accusation (اصابع الاتهام).
    (&["نسبت"], Attributed),
    (&["نسب"], Attributed),
    (&["ينسب"], Attributed),
    (&["تنسب"], Attributed),
    (&["اصابع", "الاتهام"], Attributed),
    // عزا (to put down to): "وعزا مسؤولون أمريكيون الهجوم إلى فرع من تنظيم داعش" (US officials
    // put the attack down to a branch of IS).
    (&["عزا"], Attributed),
    (&["عزت"], Attributed),
    (&["يعزو"], Attributed),
    (&["تعزو"], Attributed),
    (&["يشتبه"], Suspected),
    (&["المشتبه"], Suspected),
    (&["يرجح"], Suspected),
    (&["يعتقد"], Suspected),
    // "على الأرجح" (most likely): "الهجوم شنه على الأرجح مسلحون مدعومون من إيران".
    (&["علي", "الارجح"], Suspected),
    // "يحمل بصمات الفصائل": it bears their fingerprints.
    (&["بصمات"], Suspected),
    // "يبدو ردا من الحوثيين": it appears (to be) a response from the Houthis.
    (&["يبدو"], Suspected),
];

/// Words that, just before a cue, turn it into its absence, compared exactly: لم did not, ولم
/// and did not, لا no / not, ليس is not.
pub const NEGATIONS: &[&str] = &["لم", "ولم", "لا", "ليس"];

/// "Without" (دون, بدون, من دون), folded, which with [`THAT`] after it negates the cue that
/// follows ("دون أن تتبنى", without claiming).
pub const WITHOUT: &[&str] = &["دون", "بدون"];

/// "That" (أن) as folded: one alef.
pub const THAT: &str = "ان";

/// "Its responsibility" (مسؤوليتها, مسؤوليته), a cue by itself when a verb of announcing stands
/// before the group's name ahead of it ("أعلنت [name] مسؤوليتها"); as a cue pattern.
pub const ITS_RESPONSIBILITY: &str = "مسووليت-";

/// Verbs of announcing (أعلن announced, يعلن / تعلن announces) that make "its responsibility"
/// a claim from up to eight words before it; as cue patterns.
pub const ANNOUNCING: &[&str] = &["اعلن-", "يعلن-", "تعلن-"];

/// Responsibility (مسؤولية, المسؤولية), which closes "held … responsible" a few words after the
/// holding verb ("حمّلت … المسؤولية"); as cue patterns.
pub const RESPONSIBILITY: &[&str] = &["مسووليه", "المسووليه"];

/// The verbs that hold someone responsible before the names (حمّل held, يحمل / يحملون hold);
/// as cue patterns.
pub const HOLDING_VERBS: &[&str] = &["حمل-", "يحمل", "يحملون"];
