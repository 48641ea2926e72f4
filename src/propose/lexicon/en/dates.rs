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

/// Small words passed over between a date's parts: a season and its year ("the summer *of*
/// 2019"), a part and its month ("the end *of* May").
pub const LINKING: &[&str] = &["of", "the", "in"];

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

/// What follows a day number after "the" when it is no day of the article's month ("the 12th
/// *of* …" names its month, "the 12th *century*").
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
/// "Today, 34 years ago", "34 years ago today": an anniversary, the article's day that many
/// years back. Years ago without "today" date nothing.
pub const YEARS: &[&str] = &["years", "year"];
pub const TODAY: &str = "today";

/// Parts of a day said after a weekday ("Tuesday night"), singular.
pub const PARTS_OF_A_DAY: &[&str] = &["night", "morning", "evening", "afternoon"];

/// Words joining the two days a night runs across ("the night of Saturday to Sunday"; « la
/// nuit de samedi à dimanche », its « à » read as "at").
pub const NIGHT_TO: &[&str] = &["to", "into", "at"];

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

/// "May", the month that is also a verb, and the words before it that make it the month.
pub const MAY: &str = "may";
pub const BEFORE_THE_MONTH_MAY: &[&str] =
    &["in", "early", "mid", "late", "of", "since", "until", "by"];

/// Words after a four-digit number that make it a clock time, not a year ("2100 local").
pub const CLOCK_AFTER_A_NUMBER: &[&str] = &["local", "hours", "hrs", "gmt", "utc"];

/// Words that may stand between the dates of a list or range.
pub const LIST_JOINERS: &[&str] = &[
    "or", "to", "through", "until", "till", "on", "the", "of", "between", "from", "year",
];
/// Words joining the days of a list besides "and".
pub const LIST_OR: &[&str] = &["or", "&"];
/// Words before a bare number that continue a date list ("3, 9 and 23").
pub const CONTINUING_A_LIST: &[&str] = &["and", "or", "on", "to", "through"];

/// Words that open a range ("between", "from") and end it at the next day ("to", "until"); "and"
/// ends it only after "between".
pub const BETWEEN: &str = "between";
pub const RANGE_OPENERS: &[&str] = &["between", "from"];
pub const RANGE_TO: &[&str] = &["to", "through", "until", "till"];
/// Joining two months into one range ("December to March").
pub const MONTHS_TO: &[&str] = &["to", "through", "until"];
/// Joining two days written out in full ("28 February till 2 March").
pub const TILL: &[&str] = &["through", "until", "till"];

/// "The first half of 2020": the word and the ordinals of each half.
pub const HALF: &str = "half";
pub const HALVES: [&[&str]; 2] = [&["first"], &["second", "latter"]];

/// "The final days of 2019": the word and those before it.
pub const THE_DAYS: &str = "days";
pub const LAST_DAYS: &[&str] = &["last", "final", "closing", "dying"];

/// The word that opens a clause whose date only starts a tally ("attacks since May"): no
/// incident's date.
pub const SINCE: &str = "since";

/// Nouns of a statement: a date just after one in its clause dates the statement ("released
/// a statement on Sunday"), not the incident.
pub const STATEMENT: &[&str] = &["statement", "statements", "communique", "press"];

/// Verbs of saying: a day just after one ("the Pentagon said Tuesday") dates what was said
/// when nothing of an attack is in the span (« a annoncé dimanche l'état-major »).
pub const SAYING: &[&str] = &[
    "said",
    "says",
    "announced",
    "told",
    "stated",
    "added",
    "reported",
    "confirmed",
    "indicated",
    "disclosed",
];

/// Words of a page's own line that a date follows: when the page was published or updated.
pub const PAGE_LINE: &[&str] = &["published", "updated", "posted"];
