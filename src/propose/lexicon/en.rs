//! English: the language the rules' concept words are written in (other languages' lexicons,
//! such as French, are read as these words), and the tables the rules read English by.

use super::{Relative, RelativeTime, TimesOfDay};

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

/// The time of day as English says it (and as French is read: « vers 23h » is "around 23h").
pub static TIMES_OF_DAY: TimesOfDay = TimesOfDay {
    moments: &[
        &[&[
            "midnight", "noon", "midday", "dawn", "dusk", "daybreak", "sunrise", "sunset",
        ]],
        &[&["night", "morning", "afternoon", "evening", "nightfall"]],
    ],
    qualifiers: &[
        &[&["late"], &["at"]],
        &[&["early"], &["in"], &["the"]],
        &[&["late"], &["in"], &["the"]],
        &[&["at"], &["approximately", "about", "around"]],
        &[&["in"], &["the"]],
        &[&["shortly", "just"], &["before", "after"]],
        &[&["around"], &["the"]],
        &[&[
            "around",
            "about",
            "approximately",
            "at",
            "before",
            "after",
            "early",
            "late",
            "by",
        ]],
    ],
    after_four_digits: &["local", "hours", "hrs", "gmt", "utc"],
    after_an_hour: &["oclock"],
    halves_of_the_day: &[&["am"], &["pm"], &["a", "m"], &["p", "m"]],
    after_a_clock_time: &["local", "time", "hours", "oclock", "gmt", "utc"],
};
