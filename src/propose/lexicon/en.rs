//! English: the language the rules' concept words are written in (other languages' lexicons,
//! such as French, are read as these words), and the tables the rules read English by.

use super::{Relative, RelativeTime};

/// Times named from the article's day, longest phrase first where one begins another.
pub const RELATIVE_TIMES: &[RelativeTime] = &[
    RelativeTime {
        words: &[&["today", "tonight"]],
        when: Relative::Day(0),
        said: None,
    },
    RelativeTime {
        words: &[&["this"], &["morning", "afternoon", "evening"]],
        when: Relative::Day(0),
        said: None,
    },
    RelativeTime {
        words: &[&["yesterday"]],
        when: Relative::Day(-1),
        said: None,
    },
    RelativeTime {
        words: &[&["last"], &["night"]],
        when: Relative::Day(-1),
        said: None,
    },
];
