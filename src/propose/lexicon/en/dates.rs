//! English month and weekday names as the date rules read them (lowercase), the months'
//! names as a reason writes them back, and the words for holidays, seasons and parts of a
//! month or year.

use jiff::civil::Weekday;

/// Each month's forms, January first.
pub const MONTHS: [&[&str]; 12] = [
    &["january", "jan"],
    &["february", "feb"],
    &["march", "mar"],
    &["april", "apr"],
    &["may"],
    &["june", "jun"],
    &["july", "jul"],
    &["august", "aug"],
    &["september", "sep", "sept"],
    &["october", "oct"],
    &["november", "nov"],
    &["december", "dec"],
];

/// The months as written in a reason.
pub const MONTH_NAMES: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// The days of the week, by name.
pub const WEEKDAYS: &[(&str, Weekday)] = &[
    ("monday", Weekday::Monday),
    ("tuesday", Weekday::Tuesday),
    ("wednesday", Weekday::Wednesday),
    ("thursday", Weekday::Thursday),
    ("friday", Weekday::Friday),
    ("saturday", Weekday::Saturday),
    ("sunday", Weekday::Sunday),
];

/// Holidays on a fixed day of the calendar: their words ("Year's" reads as "year", "s"), month
/// and day.
pub const FIXED_HOLIDAYS: &[(&[&str], i8, i8)] = &[
    (&["new", "year", "eve"], 12, 31),
    (&["new", "year", "day"], 1, 1),
    (&["christmas", "eve"], 12, 24),
    (&["christmas", "day"], 12, 25),
];

/// What is left of a possessive 's once the apostrophe is read as a break.
pub const POSSESSIVE_S: &str = "s";

/// The seasons and the months they span (northern hemisphere; winter runs into the next year).
pub const SEASONS: &[(&str, (i8, i8))] = &[
    ("spring", (3, 5)),
    ("summer", (6, 8)),
    ("autumn", (9, 11)),
    ("fall", (9, 11)),
    ("winter", (12, 2)),
];

/// Words passed over between a season and its year ("the summer *of* 2019").
pub const BEFORE_A_YEAR: &[&str] = &["of", "the", "in"];

/// Which week of a month an ordinal before "week" names ("the second week of May").
pub const WEEK_ORDINALS: &[(&str, u8)] =
    &[("first", 1), ("second", 2), ("third", 3), ("fourth", 4)];

/// The words for the last one ("the last week of", "the final days of").
pub const LAST: &[&str] = &["last", "final"];

/// The first third of a month or year: "early", "the beginning of".
pub const EARLY: &[&str] = &["early", "beginning", "start"];

/// Its middle: "mid-", "the middle of".
pub const MID: &[&str] = &["mid", "middle", "midway"];

/// Its last third: "late", "the end of".
pub const LATE: &[&str] = &["late", "end"];

/// The article before a day of the month ("on *the* 12th") and what follows such a number when
/// it is no day ("the 12th *of* …" names its month, "the 12th *century*").
pub const THE: &str = "the";
pub const OF: &str = "of";
pub const NOT_A_DAY_AFTER: &[&str] = &["of", "century"];

/// "Over the weekend", "last weekend": the word and those before it.
pub const WEEKEND: &str = "weekend";
pub const BEFORE_WEEKEND: &[&str] = &["the", "this", "last", "past"];

/// The units a time is counted in from the article's date ("last week", "this month").
pub const WEEK: &str = "week";
pub const MONTH: &str = "month";
pub const YEAR: &str = "year";

/// Words counting a unit from the article's date: "last week", "this month", "the past year";
/// "this" is the article's own, "last" strictly before it ("last Tuesday").
pub const COUNTED_FROM_THE_ARTICLE: &[&str] = &["last", "this", "past", "previous"];
pub const THIS: &str = "this";
pub const LAST_ONE: &str = "last";

/// Words before a weekday that count it from the article, not from the story's date before.
pub const COUNTED_FROM_ELSEWHERE: &[&str] = &["last", "next", "this", "past"];

/// "Three days ago", "two weeks ago": the word and the units before it.
pub const AGO: &str = "ago";
pub const DAYS: &[&str] = &["days", "day"];
pub const WEEKS: &[&str] = &["weeks", "week"];

/// Parts of a day said after a weekday ("Tuesday night"), singular.
pub const PARTS_OF_A_DAY: &[&str] = &["night", "morning", "evening", "afternoon"];

/// Words joining the two days a night runs across ("the night of Saturday to Sunday").
pub const NIGHT_TO: &[&str] = &["to", "into"];

/// A phrase counting on from the date a narrative stated before: its three words (each by its
/// forms; [`A_NUMBER`] for a number word, which multiplies the step) and the step.
pub struct CountedOn {
    pub words: [&'static [&'static str]; 3],
    pub step: i64,
}

/// The slot of a [`CountedOn`] phrase that a number word fills.
pub const A_NUMBER: &str = "#";

/// Days on from the date stated before ("two days later", "the previous day").
pub const DAYS_FROM_THE_DATE_BEFORE: &[CountedOn] = &[
    CountedOn {
        words: [&["the"], &["previous"], &["day"]],
        step: -1,
    },
    CountedOn {
        words: [&["the"], &["day"], &["before"]],
        step: -1,
    },
    CountedOn {
        words: [&[A_NUMBER], &["day", "days"], &["later", "after"]],
        step: 1,
    },
    CountedOn {
        words: [&[A_NUMBER], &["day", "days"], &["earlier", "before"]],
        step: -1,
    },
    CountedOn {
        words: [&[A_NUMBER], &["week", "weeks"], &["later"]],
        step: 7,
    },
    CountedOn {
        words: [&["the"], &["next", "following"], &["day"]],
        step: 1,
    },
    CountedOn {
        words: [&["the", "that"], &["same"], &["day", "night"]],
        step: 0,
    },
];

/// Months on from the month of the date stated before ("the following month").
pub const MONTHS_FROM_THE_DATE_BEFORE: &[CountedOn] = &[
    CountedOn {
        words: [&["the"], &["following", "next"], &["month"]],
        step: 1,
    },
    CountedOn {
        words: [&["the"], &["previous"], &["month"]],
        step: -1,
    },
    CountedOn {
        words: [&["the"], &["month"], &["before"]],
        step: -1,
    },
    CountedOn {
        words: [&[A_NUMBER], &["month", "months"], &["later"]],
        step: 1,
    },
];
