//! Arabic words drafting reads to tell one event from another.

/// The word before a place that makes it where a launch came from (من, from), with the space
/// before it.
pub const LAUNCHED_FROM: &[&str] = &[" من"];
