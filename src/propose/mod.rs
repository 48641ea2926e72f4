//! Value proposals: reading a highlighted span and proposing the value of the field it is
//! evidence for, with the reason shown to the analyst. Pure logic: no egui, no SQL.

pub mod counts;
pub mod dates;
mod tokens;

pub use counts::{CountProposal, CountValue, propose_count};
pub use dates::{DateProposal, propose_dates};
