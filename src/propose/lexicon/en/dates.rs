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
