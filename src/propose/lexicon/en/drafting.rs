//! English words drafting reads to tell one event from another: ordinals and event nouns of
//! events told one by one, words that speak of all of them, that refer to another event, that
//! say where a launch came from, and abbreviations whose full stop ends no sentence.

/// Ordinal words that tell the events a text counted one by one.
pub const ORDINALS: &[&str] = &[
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
];

/// The nouns such a sentence tells them by.
pub const EVENT_NOUNS: &[&str] = &[
    "attack",
    "incident",
    "strike",
    "explosion",
    "blast",
    "bombing",
    "convoy",
    "assault",
];

/// Words after which a full stop does not end a sentence.
pub const ABBREVIATIONS: &[&str] = &[
    "u.s", "us", "mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "capt", "sgt", "st", "no",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "approx",
    "ca", "c", "e.g", "i.e", "vs", "etc", "a.m", "p.m", "al",
];

/// Words that speak of several events at once ("in either incident", "both attacks").
pub const ALL_OF_THEM: &[&str] = &["either", "both", "all", "each", "neither"];

/// Words before a place that make it where a launch came from, not where it struck.
pub const LAUNCHED_FROM: &[&str] = &["from", "from the"];

/// Phrases after which a sentence refers to an event other than the one it reports.
pub const REFERRING_TO_ANOTHER: &[&str] = &[
    "in retaliation for",
    "in response to",
    "after the",
    "following the",
    "to avenge",
];
