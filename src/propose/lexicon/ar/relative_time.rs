//! Arabic's times named from the article's day: today, yesterday, the day before, last night,
//! this and last week, and the words the rules count months, years and days back by.

use crate::propose::lexicon::{Relative, RelativeTime};

/// Times named from the article's day, longest phrase first where one begins another.
pub const RELATIVE_TIMES: &[RelativeTime] = &[
    // The day before yesterday: "أول أمس", "أول من أمس", "أمس الأول" (yesterday's first).
    RelativeTime {
        words: &[&["أول"], &["من"], &["أمس", "البارحة"]],
        when: Relative::Day(-2),
        said: Some("أول أمس (the day before yesterday)"),
    },
    RelativeTime {
        words: &[&["أول"], &["أمس", "البارحة"]],
        when: Relative::Day(-2),
        said: Some("أول أمس (the day before yesterday)"),
    },
    RelativeTime {
        words: &[&["أمس", "البارحة"], &["الأول"]],
        when: Relative::Day(-2),
        said: Some("أول أمس (the day before yesterday)"),
    },
    RelativeTime {
        words: &[&["أمس", "البارحة"]],
        when: Relative::Day(-1),
        said: Some("أمس (yesterday)"),
    },
    RelativeTime {
        words: &[&["الليلة"], &["الماضية"]],
        when: Relative::Day(-1),
        said: Some("الليلة الماضية (last night)"),
    },
    RelativeTime {
        words: &[&["اليوم", "الليلة"]],
        when: Relative::Day(0),
        said: Some("اليوم (today)"),
    },
    // "قبل قليل", "منذ قليل": a short while ago, on the article's day.
    RelativeTime {
        words: &[&["قبل", "منذ"], &["قليل"]],
        when: Relative::Day(0),
        said: Some("قبل قليل (a short while ago)"),
    },
    RelativeTime {
        words: &[&["الأسبوع"], &["الماضي", "المنصرم", "الفائت"]],
        when: Relative::Week { this: false },
        said: None,
    },
    RelativeTime {
        words: &[&["الأسبوع"], &["الجاري", "الحالي"]],
        when: Relative::Week { this: true },
        said: None,
    },
];

/// "This" before a month or year ("هذا الشهر": this month).
pub const THIS: &[&str] = &["هذا", "هذه"];
/// The month, as counted from the article's ("الشهر الماضي": last month).
pub const MONTH: &[&str] = &["الشهر"];
/// The year, as counted from the article's ("العام الجاري": this year).
pub const YEAR: &[&str] = &["العام", "السنة"];
/// "Last", "past", "previous", after a month or year.
pub const LAST_ONE: &[&str] = &[
    "الماضي",
    "الماضية",
    "المنصرم",
    "المنصرمة",
    "الفائت",
    "الفائتة",
    "السابق",
];
/// "Current", after a month or year: the article's own.
pub const CURRENT: &[&str] = &["الجاري", "الجارية", "الحالي", "الحالية"];
/// "Current" after the month in "the 14th of this month" ("14 من الشهر الجاري").
pub const CURRENT_MONTH: &[&str] = &["الجاري", "الحالي"];
/// "Last" after the month in "the 14th of last month" ("14 من الشهر الماضي").
pub const LAST_MONTH: &[&str] = &["الماضي", "المنصرم", "السابق"];
/// "Of", between a day and its month ("14 من الشهر الجاري"), compared as written.
pub const OF: &str = "من";
/// "Ago", "since", before days counted back ("قبل ثلاثة أيام": three days ago).
pub const AGO: &[&str] = &["قبل", "منذ"];
/// One day ("قبل يوم": a day ago).
pub const ONE_DAY: &[&str] = &["يوم"];
/// Two days, the dual ("قبل يومين": two days ago).
pub const TWO_DAYS: &[&str] = &["يومين"];
/// Days, after a number ("قبل 3 أيام").
pub const DAYS: &[&str] = &["أيام", "ايام"];
/// Words between two days that make them one night ("ليلة السبت على الأحد": the night of
/// Saturday to Sunday).
pub const NIGHT_TO: &[&str] = &["على", "إلى", "الى"];
