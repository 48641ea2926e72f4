//! English number words, which every language's number words are read as.

/// Zero to nineteen, in order.
pub const UNITS: [&str; 20] = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];

/// Twenty to ninety, in order.
pub const TENS: [&str; 8] = [
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];

/// Words that count one: "a rocket", "a single drone", "a lone gunman".
pub const ONE: &[&str] = &["a", "an", "single", "lone"];

/// Navies' hull classes, whose number may follow after a space ("DDG 107"): a name, not a
/// count.
pub const HULL_CLASSES: &[&str] = &[
    "DDG", "CG", "CVN", "LHD", "LHA", "LPD", "LSD", "FFG", "LCS", "ESB", "SSN", "SSGN",
];

/// A hundred.
pub const HUNDRED: &str = "hundred";

/// Suffixes written onto a number to make it an ordinal ("23rd").
pub const ORDINAL_SUFFIXES: &[&str] = &["st", "nd", "rd", "th"];

/// Words joined to a year by a hyphen that say when in it ("mid-2019", "pre-2003"): the year
/// stays a number. Any other word so joined names a model or a hull ("MQ-9", "DDG-58").
pub const BEFORE_A_YEAR: &[&str] = &["mid", "pre", "post", "late", "early", "end"];
