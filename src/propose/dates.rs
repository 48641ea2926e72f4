//! Dates from a span of prose: absolute ("September 24, 2020", "24 September", "Sept. 2"),
//! lists ("July 23, August 3, 9, 23"), relative to the article's date ("Tuesday night",
//! "yesterday", "last month") and vague ("early December", "in June").

use jiff::ToSpan;
use jiff::civil::{Date, Weekday};

use super::arabic;
use super::tokens::{Token, TokenKind, fold, number_word, tokenize};
use crate::model::DatePrecision;

/// One proposed date or range, with why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DateProposal {
    pub start: Date,
    pub end: Date,
    pub precision: DatePrecision,
    pub reason: String,
    /// Code points of the span the date was read from (for suggestions).
    pub span_start: usize,
    pub span_end: usize,
}

/// Arabic month names: the Levantine and Iraqi series (two words for four of them), then the
/// Egyptian series, each with its number.
const ARABIC_MONTHS: &[(&str, i8)] = &[
    ("كانون الثاني", 1),
    ("شباط", 2),
    ("آذار", 3),
    ("نيسان", 4),
    ("أيار", 5),
    ("حزيران", 6),
    ("تموز", 7),
    ("آب", 8),
    ("أيلول", 9),
    ("تشرين الأول", 10),
    ("تشرين الثاني", 11),
    ("كانون الأول", 12),
    ("يناير", 1),
    ("فبراير", 2),
    ("مارس", 3),
    ("أبريل", 4),
    ("إبريل", 4),
    ("مايو", 5),
    ("يونيو", 6),
    ("يونيه", 6),
    ("يوليو", 7),
    ("يوليه", 7),
    ("أغسطس", 8),
    ("سبتمبر", 9),
    ("أكتوبر", 10),
    ("نوفمبر", 11),
    ("ديسمبر", 12),
];

/// The month named at token `i` (one word, or two in Arabic: "كانون الثاني"), with the index
/// of its last token.
/// The month named at `i` and the index of its last token. Arabic reports often name a month
/// in both series joined by a slash ("آذار/مارس"): the pair is one month.
fn month_at(tokens: &[Token], i: usize) -> Option<(i8, usize)> {
    let (month, last) = one_month_at(tokens, i)?;
    let slash = tokens
        .get(last + 1)
        .is_some_and(|t| matches!(t.kind, TokenKind::Punct('/')));
    match one_month_at(tokens, last + 2) {
        Some((again, pair_last)) if slash && again == month => Some((month, pair_last)),
        _ => Some((month, last)),
    }
}

fn one_month_at(tokens: &[Token], i: usize) -> Option<(i8, usize)> {
    let word = tokens.get(i)?.word()?;
    if !arabic::is_arabic(word) {
        return month_of(word).map(|m| (m, i));
    }
    let next = tokens.get(i + 1).and_then(Token::word);
    // The months' names folded once; the word's stems once, not once a month.
    static FOLDED: std::sync::OnceLock<Vec<(Vec<String>, i8)>> = std::sync::OnceLock::new();
    let months = FOLDED.get_or_init(|| {
        ARABIC_MONTHS
            .iter()
            .map(|(name, month)| (name.split(' ').map(fold).collect(), *month))
            .collect()
    });
    let stems = arabic::stems(word);
    let next_stems = next.map(arabic::stems).unwrap_or_default();
    // "تشرين الأول والثاني": the second of two months that share their first word names only
    // its ordinal, joined by و to the first.
    // Only a word that is و and an ordinal asks about the words before it.
    let ordinal = word
        .strip_prefix('و')
        .filter(|rest| ["الاول", "الثاني"].contains(rest));
    let shared_first = ordinal
        .and(i.checked_sub(2))
        .and_then(|k| tokens.get(k))
        .and_then(Token::word)
        .map(arabic::stems)
        .filter(|_| one_month_at(tokens, i - 2).is_some_and(|(_, last)| last == i - 1));
    if let (Some(first_stems), Some(ordinal)) = (shared_first, ordinal) {
        let ordinal_stems = arabic::stems(ordinal);
        let shared = months
            .iter()
            .find_map(|(parts, month)| match parts.as_slice() {
                [first, second] => (first_stems.contains(first) && ordinal_stems.contains(second))
                    .then_some((*month, i)),
                _ => None,
            });
        if shared.is_some() {
            return shared;
        }
    }
    months
        .iter()
        .find_map(|(parts, month)| match parts.as_slice() {
            [one] => stems.contains(one).then_some((*month, i)),
            [first, second] => {
                (stems.contains(first) && next_stems.contains(second)).then_some((*month, i + 1))
            }
            _ => None,
        })
}

fn month_of(word: &str) -> Option<i8> {
    const MONTHS: [(&str, &str); 12] = [
        ("january", "jan"),
        ("february", "feb"),
        ("march", "mar"),
        ("april", "apr"),
        ("may", "may"),
        ("june", "jun"),
        ("july", "jul"),
        ("august", "aug"),
        ("september", "sep"),
        ("october", "oct"),
        ("november", "nov"),
        ("december", "dec"),
    ];
    MONTHS
        .iter()
        .position(|(full, short)| {
            word == *full || word == *short || (*short == "sep" && word == "sept")
        })
        .and_then(|i| i8::try_from(i + 1).ok())
}

fn weekday_of(word: &str) -> Option<Weekday> {
    if arabic::is_arabic(word) {
        const DAYS: [(&[&str], Weekday); 7] = [
            (&["الاثنين"], Weekday::Monday),
            (&["الثلاثاء"], Weekday::Tuesday),
            (&["الأربعاء"], Weekday::Wednesday),
            (&["الخميس"], Weekday::Thursday),
            (&["الجمعة"], Weekday::Friday),
            (&["السبت"], Weekday::Saturday),
            (&["الأحد"], Weekday::Sunday),
        ];
        return DAYS
            .iter()
            .find(|(name, _)| arabic::is_one_of(word, name))
            .map(|(_, day)| *day);
    }
    Some(match word {
        "monday" => Weekday::Monday,
        "tuesday" => Weekday::Tuesday,
        "wednesday" => Weekday::Wednesday,
        "thursday" => Weekday::Thursday,
        "friday" => Weekday::Friday,
        "saturday" => Weekday::Saturday,
        "sunday" => Weekday::Sunday,
        _ => return None,
    })
}

fn month_name(month: i8) -> &'static str {
    const NAMES: [&str; 12] = [
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
    NAMES[usize::try_from(month - 1).unwrap_or(0).min(11)]
}

fn is_year(value: u32, digits: usize) -> bool {
    digits == 4 && (1900..=2100).contains(&value)
}

/// The next token after `i` that is not a full stop (for "Sept. 2").
fn next_significant(tokens: &[Token], i: usize) -> Option<(usize, &Token)> {
    tokens
        .iter()
        .enumerate()
        .skip(i + 1)
        .find(|(_, t)| !t.is_punct('.'))
}

/// A day of a month found in the text, before its year is settled.
#[derive(Debug)]
struct DayMention {
    month: i8,
    day: i8,
    year: Option<i16>,
    /// Set for a range within the month ("between 3 and 6 May"): its first day.
    first_day: Option<i8>,
    start: usize,
    end: usize,
}

/// A holiday on a fixed day of the calendar named from token `i` ("New Year's Eve", "Christmas
/// Day", "ليلة رأس السنة"): its month and day and its last token.
fn fixed_holiday_at(tokens: &[Token], i: usize) -> Option<(i8, i8, usize)> {
    // Read for every word of an article: most start no holiday's name.
    let first = tokens[i].word()?;
    if !matches!(first, "new" | "christmas") && !arabic::is_one_of(first, &["ليلة", "عيد"]) {
        return None;
    }
    // The words from `i` on, with their token indices; "Year's" reads as "year", "s".
    let words: Vec<(usize, &str)> = tokens
        .iter()
        .enumerate()
        .skip(i)
        .take(6)
        .filter_map(|(k, t)| t.word().map(|w| (k, w)))
        .filter(|(_, w)| *w != "s")
        .collect();
    let word = |n: usize| words.get(n).map_or("", |(_, w)| *w);
    let last = |n: usize| words.get(n).map(|(k, _)| *k);
    match (word(0), word(1), word(2)) {
        ("new", "year", "eve") => Some((12, 31, last(2)?)),
        ("new", "year", "day") => Some((1, 1, last(2)?)),
        ("christmas", "eve", _) => Some((12, 24, last(1)?)),
        ("christmas", "day", _) => Some((12, 25, last(1)?)),
        (first, second, third) if arabic::is_arabic(first) => {
            if arabic::is_one_of(first, &["ليلة"])
                && arabic::is_one_of(second, &["رأس"])
                && arabic::is_one_of(third, &["السنة"])
            {
                Some((12, 31, last(2)?))
            } else if arabic::is_one_of(first, &["عيد"]) && arabic::is_one_of(second, &["الميلاد"])
            {
                Some((12, 25, last(1)?))
            } else {
                None
            }
        }
        _ => None,
    }
}

/// "and" in English or Arabic (و, written apart from a number it joins: "3 و4").
fn is_and(token: &Token) -> bool {
    matches!(token.word(), Some("and" | "و"))
}

/// A word that ends a range at the next day: "to", "through", "until", إلى, حتى.
fn is_range_to(token: &Token) -> bool {
    token.is_punct('-')
        || token.is_punct('–')
        || matches!(
            token.word(),
            Some("to" | "through" | "until" | "till" | "الي" | "حتي")
        )
}

/// A word that opens a range: "between" (بين), "from" (من).
fn is_between(word: Option<&str>) -> bool {
    matches!(word, Some("between" | "بين"))
}

fn day_number(token: &Token) -> Option<i8> {
    match token.kind {
        TokenKind::Number { value, digits } if (1..=31).contains(&value) && digits <= 2 => {
            i8::try_from(value).ok()
        }
        _ => None,
    }
}

/// The bare day numbers before the day at token `i` that share its month: a range's first day
/// ("between 3 and 6", "from 3 to 6", "3–6") or the earlier days of a list ("8 and 9", "3, 5
/// and 9"). Returns the listed days (token index, day) and the range's first day.
fn days_before(tokens: &[Token], i: usize) -> (Vec<(usize, i8)>, Option<i8>) {
    let joiner = |k: usize| tokens.get(k);
    let Some(before) = i.checked_sub(2) else {
        return (Vec::new(), None);
    };
    let Some(first) = day_number(&tokens[before]) else {
        return (Vec::new(), None);
    };
    let Some(join) = joiner(i - 1) else {
        return (Vec::new(), None);
    };
    let opener = before.checked_sub(1).and_then(|k| tokens[k].word());
    let is_range = is_range_to(join) || (is_and(join) && is_between(opener));
    if is_range {
        return (Vec::new(), Some(first));
    }
    if !(join.is_punct(',') || is_and(join) || matches!(join.word(), Some("or" | "&"))) {
        return (Vec::new(), None);
    }
    // A list: walk back over "d, d, d and".
    let mut listed = vec![(before, first)];
    let mut k = before;
    while k >= 2 {
        let (Some(day), true) = (
            day_number(&tokens[k - 2]),
            tokens[k - 1].is_punct(',') || is_and(&tokens[k - 1]),
        ) else {
            break;
        };
        listed.push((k - 2, day));
        k -= 2;
    }
    listed.reverse();
    (listed, None)
}

/// Where a range that ends at token `i` starts: its opening word, or its first day.
fn range_start(tokens: &[Token], i: usize) -> Option<usize> {
    let first = i.checked_sub(2)?;
    let opener = first
        .checked_sub(1)
        .filter(|k| matches!(tokens[*k].word(), Some("between" | "from" | "بين" | "من")));
    Some(tokens[opener.unwrap_or(first)].start)
}

/// A month (or year) named without a day: "in June", "early December", "2019".
#[derive(Debug)]
struct VagueMention {
    month: Option<i8>,
    /// Set for a season: the last month of the months it spans from `month` ("summer": June
    /// through August).
    through_month: Option<i8>,
    year: Option<i16>,
    part: Option<Part>,
    start: usize,
    end: usize,
}

/// The months a season word just before token `i` spans (northern hemisphere: "summer of
/// 2019"), and the token naming it.
fn season_ending_before(tokens: &[Token], i: usize) -> Option<((i8, i8), usize)> {
    let mut j = i;
    while j > 0 {
        j -= 1;
        let word = tokens[j].word()?;
        let months = match word {
            "of" | "the" | "in" => continue,
            "spring" => (3, 5),
            "summer" => (6, 8),
            "autumn" | "fall" => (9, 11),
            "winter" => (12, 2),
            _ => return None,
        };
        return Some((months, j));
    }
    None
}

/// Every season named before the year at token `i`, in text order: "the spring and summer of
/// 2019" names two.
fn seasons_before(tokens: &[Token], i: usize) -> Vec<(i8, i8)> {
    let mut seasons = Vec::new();
    let mut at = i;
    while let Some((months, j)) = season_ending_before(tokens, at) {
        seasons.insert(0, months);
        match j.checked_sub(1).map(|k| &tokens[k]) {
            Some(joiner) if is_and(joiner) => at = j - 1,
            _ => break,
        }
    }
    seasons
}

/// Which third of a month or year "early", "mid" and "late" mean, or which week of a month
/// ("the first week of August": 1 to 4, or [`LAST_WEEK`]).
#[derive(Clone, Copy, Debug, PartialEq)]
enum Part {
    Early,
    Mid,
    Late,
    Week(u8),
    /// The first (1) or second (2) half of a month or year.
    Half(u8),
    /// "The final days of": a month's last third, a year's last days of December.
    LastDays,
}

/// "The last week of": the month's last seven days.
const LAST_WEEK: u8 = 5;

/// Which week an ordinal before (English) or after (Arabic) "week" names.
fn week_ordinal(word: &str) -> Option<u8> {
    match word {
        "first" | "الاول" | "الأول" => Some(1),
        "second" | "الثاني" => Some(2),
        "third" | "الثالث" => Some(3),
        "fourth" | "الرابع" => Some(4),
        "last" | "final" | "الاخير" | "الأخير" => Some(LAST_WEEK),
        _ => None,
    }
}

fn part_of(word: &str) -> Option<Part> {
    if arabic::is_arabic(word) {
        let parts: [(&[&str], Part); 3] = [
            (&["مطلع", "أوائل", "اوائل", "بداية", "مستهل"], Part::Early),
            (&["منتصف", "أواسط", "اواسط", "وسط"], Part::Mid),
            (&["أواخر", "اواخر", "نهاية", "ختام"], Part::Late),
        ];
        return parts
            .iter()
            .find(|(words, _)| arabic::is_one_of(word, words))
            .map(|(_, part)| *part);
    }
    match word {
        "early" | "beginning" | "start" => Some(Part::Early),
        "mid" | "middle" | "midway" => Some(Part::Mid),
        "late" | "end" => Some(Part::Late),
        _ => None,
    }
}

/// "early"/"mid"/"late" just before token `i` (allowing "mid-", "the end of").
fn part_before(tokens: &[Token], i: usize) -> Option<Part> {
    let mut j = i;
    while j > 0 {
        j -= 1;
        let token = &tokens[j];
        // "mid-", "the end of", "منتصف شهر تموز", "أواخر عام 2019".
        let between = |w: &str| {
            matches!(w, "of" | "the" | "in" | "من") || arabic::is_one_of(w, &["شهر", "عام", "سنة"])
        };
        if token.is_punct('-') || token.word().is_some_and(between) {
            continue;
        }
        // "the first week of August", "الأسبوع الأول من آب".
        let word_at = |k: usize| tokens.get(k).and_then(Token::word);
        if token.word() == Some("half") {
            return match j.checked_sub(1).and_then(word_at) {
                Some("first") => Some(Part::Half(1)),
                Some("second" | "latter") => Some(Part::Half(2)),
                _ => None,
            };
        }
        // "the final days of 2019", "the closing days of May".
        if token.word() == Some("days")
            && j.checked_sub(1)
                .and_then(word_at)
                .is_some_and(|w| matches!(w, "last" | "final" | "closing" | "dying"))
        {
            return Some(Part::LastDays);
        }
        if token.word() == Some("week") {
            return j
                .checked_sub(1)
                .and_then(word_at)
                .and_then(week_ordinal)
                .map(Part::Week);
        }
        if let Some(week) = token.word().and_then(week_ordinal)
            && j.checked_sub(1)
                .and_then(word_at)
                .is_some_and(|w| matches!(w, "الاسبوع" | "الأسبوع"))
        {
            return Some(Part::Week(week));
        }
        // "النصف الثاني من عام 2020": Arabic puts the ordinal after the half.
        if j.checked_sub(1)
            .and_then(word_at)
            .is_some_and(|w| arabic::is_one_of(w, &["النصف"]))
        {
            return match token.word().and_then(week_ordinal) {
                Some(half @ (1 | 2)) => Some(Part::Half(half)),
                _ => None,
            };
        }
        return token.word().and_then(part_of);
    }
    None
}

/// Reads every absolute day and every vague month or year in the tokens.
/// The month named after the day ending at token `i`, past the little words between them:
/// "24 September", "the 3rd of May", "٣ من آذار", "الثالث من شهر آذار".
fn month_after_day(tokens: &[Token], i: usize) -> Option<(i8, usize)> {
    let linking = |t: &Token| {
        t.is_punct('.')
            || t.word() == Some("of")
            || t.word()
                .is_some_and(|w| arabic::is_one_of(w, &["من", "شهر"]))
    };
    let (j, _) = tokens
        .iter()
        .enumerate()
        .skip(i + 1)
        .find(|(_, t)| !linking(t))?;
    month_at(tokens, j)
}

/// Arabic ordinals 1st–10th as a day of the month is written (with the article, masculine, as
/// "يوم" is), and الحادي, the form of "first" inside 11th, 21st and 31st.
const ARABIC_ORDINAL_UNITS: &[(&str, i8)] = &[
    ("الأول", 1),
    ("الحادي", 1),
    ("الثاني", 2),
    ("الثالث", 3),
    ("الرابع", 4),
    ("الخامس", 5),
    ("السادس", 6),
    ("السابع", 7),
    ("الثامن", 8),
    ("التاسع", 9),
    ("العاشر", 10),
];

/// Where the word before token `i` opens a range ("بين", "من", "between", "from").
fn range_opener(tokens: &[Token], i: usize) -> Option<usize> {
    let k = i.checked_sub(1)?;
    matches!(tokens[k].word(), Some("between" | "from" | "بين" | "من")).then(|| tokens[k].start)
}

/// Ordinal days read in a row: each day with the token it starts at, whether they are a
/// range, and the last token read.
struct OrdinalDays {
    days: Vec<(i8, usize)>,
    range: bool,
    last: usize,
}

/// Arabic ordinal days joined by و or by إلى/حتى before their month: "الثالث والرابع من
/// آذار" (a list), "بين الثالث والسادس" or "من الثالث إلى السادس" (a range).
fn arabic_ordinal_days(tokens: &[Token], i: usize) -> Option<OrdinalDays> {
    let (first, mut last) = arabic_ordinal_day(tokens, i)?;
    let mut days = vec![(first, i)];
    let mut to_joined = false;
    loop {
        let k = last + 1;
        let Some(word) = tokens.get(k).and_then(Token::word) else {
            break;
        };
        // "والرابع": the conjunction written onto the next ordinal.
        let (at, next) = if let Some(rest) = word.strip_prefix('و').filter(|r| r.starts_with("ال"))
        {
            let mut alone = tokens[k..].to_vec();
            alone[0].kind = TokenKind::Word(rest.to_owned());
            (k, arabic_ordinal_day(&alone, 0).map(|(d, l)| (d, l + k)))
        } else if is_range_to(&tokens[k]) {
            to_joined = true;
            (k + 1, arabic_ordinal_day(tokens, k + 1))
        } else {
            break;
        };
        let Some((day, end)) = next else { break };
        days.push((day, at));
        last = end;
    }
    let opened = tokens
        .get(i.wrapping_sub(1))
        .is_some_and(|t| is_between(t.word()));
    let range = days.len() == 2 && (to_joined || opened);
    Some(OrdinalDays { days, range, last })
}

/// A day written as an Arabic ordinal starting at token `i` — "الثالث" (3rd), "الرابع عشر"
/// (14th), "الحادي والعشرين" (21st), "الثلاثين" (30th) — with the index of its last token.
/// An ordinal that follows a noun with the article describes that noun ("الأسبوع الأول",
/// the first week), so it is not a day unless the noun is a weekday.
fn arabic_ordinal_day(tokens: &[Token], i: usize) -> Option<(i8, usize)> {
    // Every form read here carries the article; most words end here.
    let word = tokens.get(i)?.word().filter(|w| w.starts_with("ال"))?;
    let describes_noun = i
        .checked_sub(1)
        .and_then(|k| tokens[k].word())
        .is_some_and(|prev| {
            arabic::is_arabic(prev) && prev.starts_with("ال") && weekday_of(prev).is_none()
        });
    if describes_noun {
        return None;
    }
    let tens = |w: &str| {
        if arabic::is_one_of(w, &["العشرين", "العشرون"]) {
            Some(20)
        } else if arabic::is_one_of(w, &["الثلاثين", "الثلاثون"]) {
            Some(30)
        } else {
            None
        }
    };
    let unit_of = |w: &str| {
        ARABIC_ORDINAL_UNITS
            .iter()
            .find(|(name, _)| w == arabic::folded(name))
            .map(|(name, value)| (*name, *value))
    };
    let next = tokens.get(i + 1).and_then(Token::word);
    let teen = next.is_some_and(|n| arabic::is_one_of(n, &["عشر", "عشرة"]));
    let and_tens = next.filter(|n| n.starts_with('و')).and_then(tens);
    let (day, last) = match unit_of(word) {
        Some((_, unit)) if unit < 10 && teen => (unit + 10, i + 1),
        Some((name, unit)) => match and_tens {
            Some(ten) if unit < 10 => (ten + unit, i + 1),
            // الحادي is "first" only inside 11th, 21st and 31st.
            _ if name == "الحادي" => return None,
            _ => (unit, i),
        },
        None => (tens(word)?, i),
    };
    (1..=31).contains(&day).then_some((day, last))
}

fn scan_absolute(tokens: &[Token]) -> (Vec<DayMention>, Vec<VagueMention>) {
    let mut days: Vec<DayMention> = Vec::new();
    let mut vague = Vec::new();
    let mut current_month: Option<i8> = None;
    // Days since the last stated year: a year applies to all of them ("August 3 and 9, 2020").
    let mut unyeared_from = 0;
    let mut i = 0;
    let mut i_next;
    while i < tokens.len() {
        let token = &tokens[i];
        match &token.kind {
            TokenKind::Word(word) => {
                if let Some((month, day, last)) = fixed_holiday_at(tokens, i) {
                    days.push(DayMention {
                        month,
                        day,
                        year: None,
                        first_day: None,
                        start: token.start,
                        end: tokens[last].end,
                    });
                    i = last + 1;
                    continue;
                }
                if let Some((month, last)) =
                    month_at(tokens, i).filter(|_| word != "may" || is_may_month(tokens, i))
                {
                    current_month = Some(month);
                    let i_month = i;
                    let at = last;
                    match next_significant(tokens, at) {
                        Some((j, next)) if matches!(next.kind, TokenKind::Number { value, digits } if (1..=31).contains(&value) && digits <= 2) =>
                        {
                            let day = i8::try_from(next.number().unwrap_or(1)).unwrap_or(1);
                            // "between March 3 and March 6", "March 3 to March 6": one range.
                            let joined = joins_range(tokens, i_month);
                            end_range_or_add(&mut days, joined, month, day, token.start..next.end);
                            i_next = j + 1;
                        }
                        Some((j, next)) if matches!(next.kind, TokenKind::Number { value, digits } if is_year(value, digits)) =>
                        {
                            vague.push(VagueMention {
                                through_month: None,
                                month: Some(month),
                                year: next.number().and_then(|y| i16::try_from(y).ok()),
                                part: part_before(tokens, i_month),
                                start: token.start,
                                end: next.end,
                            });
                            i_next = j + 1;
                        }
                        _ => {
                            vague.push(VagueMention {
                                through_month: None,
                                month: Some(month),
                                year: None,
                                part: part_before(tokens, i_month),
                                start: token.start,
                                end: tokens[at].end,
                            });
                            i_next = at + 1;
                        }
                    }
                    i = i_next;
                    continue;
                }
                if let Some(OrdinalDays {
                    days: listed,
                    range,
                    last: last_day,
                }) = arabic_ordinal_days(tokens, i)
                    && let Some((month, last)) = month_after_day(tokens, last_day)
                {
                    current_month = Some(month);
                    let end = tokens[last].end;
                    if range {
                        let (first, day) = (listed[0].0, listed[listed.len() - 1].0);
                        days.push(DayMention {
                            month,
                            day,
                            year: None,
                            first_day: Some(first),
                            start: range_opener(tokens, i).unwrap_or(token.start),
                            end,
                        });
                    } else {
                        for (day, at) in listed {
                            days.push(DayMention {
                                month,
                                day,
                                year: None,
                                first_day: None,
                                start: tokens[at].start,
                                end,
                            });
                        }
                    }
                    i = last + 1;
                    continue;
                }
            }
            TokenKind::Number { value, digits } => {
                let (value, digits) = (*value, *digits);
                let clock_time = tokens
                    .get(i + 1)
                    .and_then(Token::word)
                    .is_some_and(|w| matches!(w, "local" | "hours" | "hrs" | "gmt" | "utc"));
                if is_year(value, digits) && !clock_time {
                    let year = i16::try_from(value).ok();
                    let mut applied = false;
                    // Back through the days listed before it, as long as only joiners stand
                    // between them: "The strike on 3 January … followed the storming on 31
                    // December 2019" gives 2019 to the second day alone.
                    let mut later_start = token.start;
                    for day in days[unyeared_from..].iter_mut().rev() {
                        if !only_list_joiners(tokens, day.end, later_start) {
                            break;
                        }
                        later_start = day.start;
                        if day.year.is_none() {
                            day.year = year;
                            day.end = day.end.max(token.end);
                            applied = true;
                        }
                    }
                    unyeared_from = days.len();
                    if !applied && vague.last().is_none_or(|v| v.end < token.end) {
                        let seasons = seasons_before(tokens, i);
                        if seasons.is_empty() {
                            vague.push(VagueMention {
                                month: None,
                                through_month: None,
                                year,
                                part: part_before(tokens, i),
                                start: token.start,
                                end: token.end,
                            });
                        }
                        for (first, last) in seasons {
                            vague.push(VagueMention {
                                month: Some(first),
                                through_month: Some(last),
                                year,
                                part: None,
                                start: token.start,
                                end: token.end,
                            });
                        }
                    }
                } else if (1..=31).contains(&value)
                    && digits <= 2
                    && !tokens.get(i + 1).is_some_and(|t| t.is_punct(':'))
                {
                    let day = i8::try_from(value).unwrap_or(1);
                    // Day first: "24 September", "the 3rd of May".
                    if let Some((month, last)) = month_after_day(tokens, i) {
                        current_month = Some(month);
                        // Days before this one in the same month: "between 3 and 6 May" is a
                        // range, "on 8 and 9 June" a list.
                        let (earlier, first_day) = days_before(tokens, i);
                        for (at, earlier_day) in earlier {
                            days.push(DayMention {
                                month,
                                day: earlier_day,
                                year: None,
                                first_day: None,
                                start: tokens[at].start,
                                end: tokens[at].end,
                            });
                        }
                        days.push(DayMention {
                            month,
                            day,
                            year: None,
                            first_day,
                            start: first_day
                                .and_then(|_| range_start(tokens, i))
                                .unwrap_or(token.start),
                            end: tokens[last].end,
                        });
                        i = last + 1;
                        continue;
                    }
                    if let Some(month) = current_month.filter(|_| continues_list(tokens, i)) {
                        // "May 3-6", "between August 3 and 5": the end of a range.
                        let joined = joins_range(tokens, i);
                        end_range_or_add(&mut days, joined, month, day, token.start..token.end);
                    }
                }
            }
            TokenKind::Punct(_) => {}
        }
        i += 1;
    }
    // A month named only as the month of listed days is not a vague mention of its own.
    vague.retain(|v| v.month.is_none() || !days.iter().any(|d| d.start == v.start));
    year_from_the_month_listed_after(tokens, &mut vague);
    (days, vague)
}

/// Whether only the words of a date list stand between byte `from` and byte `to`: commas,
/// dashes, "and", "or", "to", "on", "the", a weekday ("Monday, 3 and Tuesday, 4 May").
fn only_list_joiners(tokens: &[Token], from: usize, to: usize) -> bool {
    tokens
        .iter()
        .skip_while(|t| t.start < from)
        .take_while(|t| t.end <= to)
        .all(|t| match &t.kind {
            TokenKind::Punct(_) => true,
            TokenKind::Number { .. } => true,
            TokenKind::Word(w) => {
                is_and(t)
                    || matches!(
                        w.as_str(),
                        "or" | "to"
                            | "through"
                            | "until"
                            | "till"
                            | "on"
                            | "the"
                            | "of"
                            | "between"
                            | "from"
                            | "year"
                            | "في"
                            | "من"
                            | "الى"
                            | "إلى"
                            | "حتى"
                    )
                    || arabic::is_one_of(w, &["عام", "سنة", "لعام"])
                    || weekday_of(w).is_some()
                    || month_of(w).is_some()
            }
        })
}

/// "in January and February 2020", "في كانون الثاني وشباط 2020": a month joined by "and" to a
/// month with a year is of that year (of the year before when it comes later in the calendar:
/// "December and January 2020").
fn year_from_the_month_listed_after(tokens: &[Token], vague: &mut [VagueMention]) {
    for k in (0..vague.len().saturating_sub(1)).rev() {
        let (first, next) = (&vague[k], &vague[k + 1]);
        let (Some(month), Some(next_month), Some(year)) = (first.month, next.month, next.year)
        else {
            continue;
        };
        let from = tokens.partition_point(|t| t.start < first.end);
        let only_joiners = tokens[from..]
            .iter()
            .take_while(|t| t.end <= next.start)
            .all(|t| {
                // The next month's own part: "late July and early August 2021".
                let opens_next = t.word().is_some_and(|w| {
                    part_of(w).is_some() || matches!(w, "the" | "of" | "in" | "من" | "شهر")
                });
                is_and(t)
                    || t.is_punct(',')
                    || t.is_punct('-')
                    || t.word() == Some("or")
                    || opens_next
            });
        if first.year.is_none() && first.through_month.is_none() && only_joiners {
            vague[k].year = Some(if month > next_month { year - 1 } else { year });
        }
    }
}

/// Whether the word before token `i` joins what starts there to the day before as a range:
/// "to", a dash, or "and" after "between" ("between August 3 and 5").
fn joins_range(tokens: &[Token], i: usize) -> bool {
    i.checked_sub(1)
        .map(|k| &tokens[k])
        .is_some_and(|t| is_range_to(t) || (is_and(t) && opens_between(tokens, i)))
}

/// `day` of `month` at `span`: the end of a range begun by the last day when `joined` and
/// that day is earlier in the same month, else a day of its own.
fn end_range_or_add(
    days: &mut Vec<DayMention>,
    joined: bool,
    month: i8,
    day: i8,
    span: std::ops::Range<usize>,
) {
    match days.last_mut() {
        Some(last) if joined && last.month == month && last.day < day => {
            last.first_day = Some(last.day);
            last.day = day;
            last.end = span.end;
        }
        _ => days.push(DayMention {
            month,
            day,
            year: None,
            first_day: None,
            start: span.start,
            end: span.end,
        }),
    }
}

/// Whether "between" opens the phrase the day at token `i` ends ("between August 3 and 5").
fn opens_between(tokens: &[Token], i: usize) -> bool {
    tokens[..i]
        .iter()
        .rev()
        .take(5)
        .any(|t| is_between(t.word()))
}

/// "May" is a month only next to a day or year or after "in"/"early"/"of".
fn is_may_month(tokens: &[Token], i: usize) -> bool {
    let before = i.checked_sub(1).and_then(|j| tokens[j].word());
    let after = next_significant(tokens, i).map(|(_, t)| t);
    matches!(
        before,
        Some("in" | "early" | "mid" | "late" | "of" | "since" | "until" | "by")
    ) || after.is_some_and(|t| t.number().is_some())
}

/// A bare number continues a date list when it follows a comma, "and", "or", "on" or a dash.
fn continues_list(tokens: &[Token], i: usize) -> bool {
    let mut j = i;
    while j > 0 {
        j -= 1;
        let token = &tokens[j];
        match &token.kind {
            TokenKind::Punct(',' | '-' | '–' | '&') => return true,
            TokenKind::Word(w)
                if matches!(
                    w.as_str(),
                    "and" | "or" | "on" | "to" | "through" | "و" | "الي"
                ) =>
            {
                if w != "on" {
                    return true;
                }
            }
            TokenKind::Number { value, digits } => return !is_year(*value, *digits),
            _ => return false,
        }
    }
    false
}

/// The article year for a day without one, stepping back a year when that would put the event
/// after the article; without an article date, the year the words around the span state.
fn settle_year(
    mention: &DayMention,
    article: Option<Date>,
    around_year: Option<i16>,
) -> Option<(Date, String)> {
    let said = format!("{} {}", month_name(mention.month), mention.day);
    if let Some(year) = mention.year {
        let date = Date::new(year, mention.month, mention.day).ok()?;
        return Some((date, format!("{said}, {year} → {date}")));
    }
    if let Some(year) = around_year.filter(|y| article.is_none_or(|a| *y <= a.year())) {
        let date = Date::new(year, mention.month, mention.day).ok()?;
        return Some((
            date,
            format!("{said} → {date}, the year the paragraph states"),
        ));
    }
    let article = article?;
    let same_year = Date::new(article.year(), mention.month, mention.day).ok()?;
    if same_year <= article {
        return Some((
            same_year,
            format!("{said} → {same_year}, the year of the article's date {article}"),
        ));
    }
    let year_before = Date::new(article.year() - 1, mention.month, mention.day).ok()?;
    Some((
        year_before,
        format!("{said} → {year_before}: the article is dated {article}, so the year before"),
    ))
}

/// The year the words around a span state, nearest before the span (or else after it).
fn year_around(around: &str, span: &str) -> Option<i16> {
    if !may_hold_a_year(around) {
        return None;
    }
    let at = around
        .find(span)
        .map_or(0, |byte| around[..byte].chars().count());
    let years: Vec<(usize, i16)> = tokenize(around)
        .iter()
        .filter_map(|t| match t.kind {
            TokenKind::Number { value, digits } if is_year(value, digits) => {
                Some((t.start, i16::try_from(value).ok()?))
            }
            _ => None,
        })
        .collect();
    years
        .iter()
        .rfind(|(start, _)| *start < at)
        .or_else(|| years.first())
        .map(|(_, year)| *year)
}

/// Whether `text` has a run of four digits (thousands commas allowed, as the tokens read
/// "2,021"): without one no token is a year, and the text need not be tokenised to say so.
fn may_hold_a_year(text: &str) -> bool {
    let mut run = 0;
    for c in text.chars() {
        if super::tokens::digit_value(c).is_some() {
            run += 1;
            if run >= 4 {
                return true;
            }
        } else if c != ',' {
            run = 0;
        }
    }
    false
}

/// A day (or a range of days within a month) as proposed.
fn day_proposal(
    mention: &DayMention,
    article: Option<Date>,
    year: Option<i16>,
) -> Option<DateProposal> {
    let (end, reason) = settle_year(mention, article, year)?;
    let (start, precision, reason) = match mention.first_day {
        Some(first) => {
            let start = Date::new(end.year(), mention.month, first).ok()?;
            (
                start,
                DatePrecision::Week,
                format!("{first}–{reason} (a range)"),
            )
        }
        None => (end, DatePrecision::Day, reason),
    };
    Some(DateProposal {
        start,
        end,
        precision,
        reason,
        span_start: mention.start,
        span_end: mention.end,
    })
}

fn month_range(year: i16, month: i8) -> Option<(Date, Date)> {
    let first = Date::new(year, month, 1).ok()?;
    Some((first, first.last_of_month()))
}

/// The days a third of a month covers: 1–10, 11–20, 21–end.
fn month_part(year: i16, month: i8, part: Part) -> Option<(Date, Date)> {
    let (first, last) = month_range(year, month)?;
    Some(match part {
        Part::Early => (first, Date::new(year, month, 10).ok()?),
        Part::Mid => (
            Date::new(year, month, 11).ok()?,
            Date::new(year, month, 20).ok()?,
        ),
        Part::Late | Part::LastDays => (Date::new(year, month, 21).ok()?, last),
        Part::Half(1) => (first, Date::new(year, month, 15).ok()?),
        Part::Half(_) => (Date::new(year, month, 16).ok()?, last),
        Part::Week(LAST_WEEK) => (last.checked_sub(jiff::Span::new().days(6)).ok()?, last),
        Part::Week(n) => (
            Date::new(year, month, 7 * (n as i8 - 1) + 1).ok()?,
            Date::new(year, month, 7 * n as i8).ok()?,
        ),
    })
}

/// The months of a year a part names: thirds for "early", "mid" and "late"; no week.
fn year_part(year: i16, part: Part) -> Option<(Date, Date)> {
    let (first, last) = match part {
        Part::Early => ((1, 1), (4, 30)),
        Part::Mid => ((5, 1), (8, 31)),
        Part::Late => ((9, 1), (12, 31)),
        Part::LastDays => ((12, 21), (12, 31)),
        Part::Week(_) => return None,
        Part::Half(1) => ((1, 1), (6, 30)),
        Part::Half(_) => ((7, 1), (12, 31)),
    };
    Some((
        Date::new(year, first.0, first.1).ok()?,
        Date::new(year, last.0, last.1).ok()?,
    ))
}

fn part_word(part: Part) -> &'static str {
    match part {
        Part::Early => "early",
        Part::Mid => "mid",
        Part::Late => "late",
        Part::Week(1) => "the first week of",
        Part::Week(2) => "the second week of",
        Part::Week(3) => "the third week of",
        Part::Week(4) => "the fourth week of",
        Part::Week(_) => "the last week of",
        Part::Half(1) => "the first half of",
        Part::Half(_) => "the second half of",
        Part::LastDays => "the last days of",
    }
}

fn vague_proposal(
    mention: &VagueMention,
    article: Option<Date>,
    around_year: Option<i16>,
) -> Option<DateProposal> {
    let proposal = |start, end, precision, reason| DateProposal {
        start,
        end,
        precision,
        reason,
        span_start: mention.start,
        span_end: mention.end,
    };
    match (mention.month, mention.year) {
        (Some(month), year) => {
            let (year, year_reason) = match year.or(around_year) {
                Some(y) if year.is_none() => (y, ", the year the paragraph states".to_owned()),
                Some(year) => (year, String::new()),
                None => {
                    let article = article?;
                    let year = if month <= article.month() {
                        article.year()
                    } else {
                        article.year() - 1
                    };
                    (year, format!(", year from the article's date {article}"))
                }
            };
            if let Some(last) = mention.through_month {
                // A season: its months, across the new year for winter.
                let start = Date::new(year, month, 1).ok()?;
                let end_year = if last < month { year + 1 } else { year };
                let end = Date::new(end_year, last, 1).ok()?.last_of_month();
                return Some(proposal(
                    start,
                    end,
                    DatePrecision::Month,
                    format!("the season → {start} to {end}{year_reason}"),
                ));
            }
            match mention.part {
                Some(part) => {
                    let (start, end) = month_part(year, month, part)?;
                    let said = format!("{} {}", part_word(part), month_name(month));
                    Some(proposal(
                        start,
                        end,
                        DatePrecision::Week,
                        format!("{said} → {start} to {end}{year_reason}"),
                    ))
                }
                None => {
                    let (start, end) = month_range(year, month)?;
                    let said = match mention.year {
                        Some(year) => format!("{} {year}", month_name(month)),
                        None => month_name(month).to_owned(),
                    };
                    Some(proposal(
                        start,
                        end,
                        DatePrecision::Month,
                        format!("{said} → {start} to {end}{year_reason}"),
                    ))
                }
            }
        }
        (None, Some(year)) => {
            let (start, end) = match mention.part {
                Some(part) => year_part(year, part)?,
                None => (Date::new(year, 1, 1).ok()?, Date::new(year, 12, 31).ok()?),
            };
            let said = match mention.part {
                Some(part) => format!("{} {year}", part_word(part)),
                None => year.to_string(),
            };
            Some(proposal(
                start,
                end,
                DatePrecision::Year,
                format!("{said} → {start} to {end}"),
            ))
        }
        (None, None) => None,
    }
}

/// This week (Monday to the article's day) or last week (Monday to Sunday before it).
fn week_of(article: Date, this: bool) -> (Date, Date) {
    let monday = article
        .checked_sub(i64::from(article.weekday().to_monday_zero_offset()).days())
        .unwrap_or(article);
    if this {
        (monday, article)
    } else {
        let start = monday.checked_sub(7.days()).unwrap_or(monday);
        (start, monday.yesterday().unwrap_or(monday))
    }
}

/// Days counted back in Arabic at the start of `tokens`: "قبل يوم" (a day ago), "قبل يومين"
/// (two days ago), "قبل ثلاثة أيام" / "قبل 3 أيام".
struct DaysAgo {
    days: i64,
    words: usize,
    said: String,
}

fn arabic_days_ago(tokens: &[Token]) -> Option<DaysAgo> {
    let word = |k: usize| tokens.get(k).and_then(Token::word).unwrap_or("");
    // "قبل ثلاثة أيام" and "منذ ثلاثة أيام": three days ago.
    if !arabic::is_one_of(word(0), &["قبل", "منذ"]) {
        return None;
    }
    let (days, words) = if arabic::is_one_of(word(1), &["يوم"]) {
        (1, 2)
    } else if arabic::is_one_of(word(1), &["يومين"]) {
        (2, 2)
    } else {
        let n = tokens.get(1).and_then(|t| {
            t.number()
                .or_else(|| t.word().and_then(arabic::number_word))
        })?;
        arabic::is_one_of(word(2), &["أيام", "ايام"]).then_some((i64::from(n), 3))?
    };
    Some(DaysAgo {
        days,
        words,
        said: format!("{} … ({days} days ago)", word(0)),
    })
}

/// How token `i` was written, for a reason ("12th").
fn words_of_token(tokens: &[Token], i: usize) -> String {
    match &tokens[i].kind {
        TokenKind::Number { value, .. } => {
            let suffix = match value % 100 {
                11..=13 => "th",
                _ => match value % 10 {
                    1 => "st",
                    2 => "nd",
                    3 => "rd",
                    _ => "th",
                },
            };
            format!("{value}{suffix}")
        }
        TokenKind::Word(w) => w.clone(),
        TokenKind::Punct(c) => c.to_string(),
    }
}

/// Dates said relative to the article's date.
fn relative(tokens: &[Token], article: Date) -> Vec<DateProposal> {
    let words: Vec<&str> = tokens.iter().map(|t| t.word().unwrap_or("")).collect();
    let from_article = format!("from the article's date {article}");
    let mut found = Vec::new();
    let mut day = |start: Date, end: Date, precision, said: String, i: usize, j: usize| {
        let range = if start == end {
            start.to_string()
        } else {
            format!("{start} to {end}")
        };
        found.push(DateProposal {
            start,
            end,
            precision,
            reason: format!("{said} → {range}, {from_article}"),
            span_start: tokens[i].start,
            span_end: tokens[j].end,
        });
    };
    let mut i = 0;
    while i < words.len() {
        let word = words[i];
        let next = words.get(i + 1).copied().unwrap_or("");
        let prev = if i > 0 { words[i - 1] } else { "" };
        // "يوم 14 من الشهر الجاري", "the 14th of last month": a day of a month named by
        // where it stands from the article's.
        if let Some((d, last, said)) = day_of_a_month_counted_from(tokens, i, article) {
            day(d, d, DatePrecision::Day, said, i, last);
            i = last + 1;
            continue;
        }
        // "on the 12th": a day of the article's month, or of the month before when the 12th
        // is still to come.
        if let TokenKind::Number { value, digits } = tokens[i].kind
            && prev == "the"
            && tokens[i].end - tokens[i].start > digits
            && (1..=31).contains(&value)
            && !matches!(next, "of" | "century")
        {
            let day_of = |month: Date| Date::new(month.year(), month.month(), value as i8).ok();
            let this_month = day_of(article).filter(|d| *d <= article);
            let previous_month = article.first_of_month().yesterday().ok().and_then(day_of);
            if let Some(d) = this_month.or(previous_month) {
                let said = format!("the {}", &words_of_token(tokens, i));
                day(d, d, DatePrecision::Day, said, i, i);
            }
            i += 1;
            continue;
        }
        if arabic::is_arabic(word) {
            if arabic::is_one_of(word, &["اليوم", "الليلة"]) {
                day(
                    article,
                    article,
                    DatePrecision::Day,
                    "اليوم (today)".into(),
                    i,
                    i,
                );
            } else if arabic::is_one_of(word, &["أمس", "البارحة"]) {
                // "أول أمس", "أول من أمس", and "أمس الأول" (yesterday's first) alike.
                let before_yesterday = arabic::is_one_of(prev, &["أول"])
                    || arabic::is_one_of(next, &["الأول"])
                    || (arabic::is_one_of(prev, &["من"])
                        && i >= 2
                        && arabic::is_one_of(words[i - 2], &["أول"]));
                let d = article.yesterday().unwrap_or(article);
                let (d, said) = if before_yesterday {
                    (
                        d.yesterday().unwrap_or(d),
                        "أول أمس (the day before yesterday)",
                    )
                } else {
                    (d, "أمس (yesterday)")
                };
                day(d, d, DatePrecision::Day, said.into(), i, i);
            } else if arabic::is_one_of(word, &["الأسبوع"])
                && arabic::is_one_of(next, &["الماضي", "المنصرم", "الفائت", "الجاري", "الحالي"])
            {
                // "الأسبوع الماضي" (last week), "الأسبوع الجاري" (this week).
                let this = arabic::is_one_of(next, &["الجاري", "الحالي"]);
                let (start, end) = week_of(article, this);
                let said = format!("{word} {next}");
                day(start, end, DatePrecision::Week, said, i, i + 1);
                i += 1;
            } else if let Some((unit, this, last)) = arabic_month_or_year(tokens, i) {
                // "الشهر الماضي" (last month), "مطلع العام الجاري" (early this year).
                let part = part_before(tokens, i);
                let (start, end, precision) = counted_from_the_article(article, unit, this, part);
                let first = if part.is_some() { i - 1 } else { i };
                let said: Vec<String> = (first..=last).map(|k| words_of_token(tokens, k)).collect();
                let said = said.join(" ");
                day(start, end, precision, said, first, last);
                i = last + 1;
                continue;
            } else if let Some(back) = arabic_days_ago(&tokens[i..]) {
                // "قبل يومين" (two days ago), "قبل ثلاثة أيام".
                let d = article
                    .checked_sub(jiff::Span::new().days(back.days))
                    .unwrap_or(article);
                day(d, d, DatePrecision::Day, back.said, i, i + back.words - 1);
                i += back.words;
                continue;
            } else if arabic::is_one_of(word, &["الماضية"]) && arabic::is_one_of(prev, &["الليلة"])
            {
                let d = article.yesterday().unwrap_or(article);
                day(
                    d,
                    d,
                    DatePrecision::Day,
                    "الليلة الماضية (last night)".into(),
                    i - 1,
                    i,
                );
            } else if let Some(weekday) = weekday_of(word) {
                let mut d = article;
                if d.weekday() != weekday {
                    while d.weekday() != weekday {
                        d = d.yesterday().unwrap_or(d);
                    }
                }
                day(
                    d,
                    d,
                    DatePrecision::Day,
                    format!("{word} ({weekday:?})"),
                    i,
                    i,
                );
            }
            i += 1;
            continue;
        }
        match word {
            "today" | "tonight" => day(article, article, DatePrecision::Day, word.to_owned(), i, i),
            "this" if matches!(next, "morning" | "afternoon" | "evening") => {
                day(
                    article,
                    article,
                    DatePrecision::Day,
                    format!("this {next}"),
                    i,
                    i + 1,
                );
                i += 1;
            }
            "yesterday" => {
                let d = article.yesterday().unwrap_or(article);
                day(d, d, DatePrecision::Day, "yesterday".into(), i, i);
            }
            // "over the weekend", "last weekend": the Saturday and Sunday last begun.
            "weekend" if matches!(prev, "the" | "this" | "last" | "past") => {
                let since_saturday = (article.weekday().to_monday_zero_offset() + 2) % 7;
                let saturday = article
                    .checked_sub(i64::from(since_saturday).days())
                    .unwrap_or(article);
                let sunday = saturday.tomorrow().unwrap_or(saturday).min(article);
                let said = format!("{prev} weekend");
                day(saturday, sunday, DatePrecision::Week, said, i - 1, i);
            }
            "year" if prev == "the" && part_before(tokens, i - 1) == Some(Part::Early) => {
                let start = Date::new(article.year(), 1, 1).unwrap_or(article);
                day(
                    start,
                    article,
                    DatePrecision::Year,
                    "the start of the year".into(),
                    i.saturating_sub(4),
                    i,
                );
            }
            "last" if next == "night" => {
                let d = article.yesterday().unwrap_or(article);
                day(d, d, DatePrecision::Day, "last night".into(), i, i + 1);
                i += 1;
            }
            // "three days ago", "a week ago", "two weeks ago".
            "ago" if i >= 2 && matches!(words[i - 1], "days" | "day" | "weeks" | "week") => {
                let n = tokens[i - 2]
                    .number()
                    .or_else(|| number_word(words[i - 2]))
                    .or_else(|| matches!(words[i - 2], "a" | "one").then_some(1));
                let weeks = words[i - 1].starts_with("week");
                if let Some(n) = n {
                    let back = if weeks { 7 * n } else { n };
                    let d = article
                        .checked_sub(i64::from(back).days())
                        .unwrap_or(article);
                    let (precision, unit) = if weeks {
                        (DatePrecision::Week, "weeks")
                    } else {
                        (DatePrecision::Day, "days")
                    };
                    day(d, d, precision, format!("{n} {unit} ago"), i - 2, i);
                }
            }
            // Not "the last week of August": that week is the month's.
            "last" | "this" | "past" | "previous"
                if matches!(next, "week" | "month" | "year") && words.get(i + 2) != Some(&"of") =>
            {
                let this = word == "this";
                let part = part_before(tokens, i);
                let unit = match next {
                    "week" => Unit::Week,
                    "month" => Unit::Month,
                    _ => Unit::Year,
                };
                let (start, end, precision) = counted_from_the_article(article, unit, this, part);
                let said = match part {
                    Some(p) => format!("{} {word} {next}", part_word(p)),
                    None => format!("{word} {next}"),
                };
                let first = if part.is_some() {
                    i.saturating_sub(1)
                } else {
                    i
                };
                day(start, end, precision, said, first, i + 1);
                i += 1;
            }
            _ => {
                if let Some(weekday) = weekday_of(word) {
                    // "last Tuesday" is strictly before the article's day; "Tuesday" may be it.
                    let strictly_before = prev == "last";
                    let mut d = article;
                    if strictly_before || d.weekday() != weekday {
                        d = d.yesterday().unwrap_or(d);
                        while d.weekday() != weekday {
                            d = d.yesterday().unwrap_or(d);
                        }
                    }
                    let said = match next {
                        "night" | "morning" | "evening" | "afternoon" => {
                            format!("{} {next}", capitalised(word))
                        }
                        "nights" | "mornings" | "evenings" | "afternoons" => {
                            format!("{} {}", capitalised(word), next.trim_end_matches('s'))
                        }
                        _ => capitalised(word),
                    };
                    let end = if said.contains(' ') { i + 1 } else { i };
                    day(d, d, DatePrecision::Day, said, i, end);
                }
            }
        }
        i += 1;
    }
    one_night_across_two_days(merge_same_days(found), tokens)
}

/// A part of this month or year ends at the article's day when it has begun by then.
fn up_to(start: Date, end: Date, article: Date) -> Date {
    if start <= article {
        end.min(article)
    } else {
        end
    }
}

/// "الشهر الماضي", "السنة الماضية", "العام الجاري", "هذا الشهر" at token `i`: which unit,
/// whether it is the article's own (not the one before), and the last token read.
fn arabic_month_or_year(tokens: &[Token], i: usize) -> Option<(Unit, bool, usize)> {
    let word = |k: usize| tokens.get(k).and_then(Token::word).unwrap_or("");
    let unit_of = |w: &str| {
        if arabic::is_one_of(w, &["الشهر"]) {
            Some(Unit::Month)
        } else if arabic::is_one_of(w, &["العام", "السنة"]) {
            Some(Unit::Year)
        } else {
            None
        }
    };
    if arabic::is_one_of(word(i), &["هذا", "هذه"]) {
        return unit_of(word(i + 1)).map(|unit| (unit, true, i + 1));
    }
    let unit = unit_of(word(i))?;
    let next = word(i + 1);
    const LAST_ONE: &[&str] = &[
        "الماضي",
        "الماضية",
        "المنصرم",
        "المنصرمة",
        "الفائت",
        "الفائتة",
        "السابق",
    ];
    if arabic::is_one_of(next, LAST_ONE) {
        Some((unit, false, i + 1))
    } else if arabic::is_one_of(next, &["الجاري", "الجارية", "الحالي", "الحالية"])
    {
        Some((unit, true, i + 1))
    } else {
        None
    }
}

#[derive(Clone, Copy)]
enum Unit {
    Week,
    Month,
    Year,
}

/// This or the last week, month or year of the article's date, or a part of it ("early last
/// month", "أواخر الشهر الماضي"); this one runs only to the article's day.
fn counted_from_the_article(
    article: Date,
    unit: Unit,
    this: bool,
    part: Option<Part>,
) -> (Date, Date, DatePrecision) {
    match unit {
        Unit::Week => {
            let (start, end) = week_of(article, this);
            (start, end, DatePrecision::Week)
        }
        Unit::Month => {
            let first = article.first_of_month();
            let month_start = if this {
                first
            } else {
                first.checked_sub(1.month()).unwrap_or(first)
            };
            match part {
                Some(part) => {
                    let (s, e) = month_part(month_start.year(), month_start.month(), part)
                        .unwrap_or((month_start, month_start.last_of_month()));
                    (s, up_to(s, e, article), DatePrecision::Week)
                }
                None if this => (month_start, article, DatePrecision::Month),
                None => (
                    month_start,
                    month_start.last_of_month(),
                    DatePrecision::Month,
                ),
            }
        }
        Unit::Year => {
            let year = if this {
                article.year()
            } else {
                article.year() - 1
            };
            let start = Date::new(year, 1, 1).unwrap_or(article);
            let whole = if this {
                article
            } else {
                Date::new(year, 12, 31).unwrap_or(article)
            };
            match part.and_then(|part| year_part(year, part)) {
                Some((s, e)) => (s, up_to(s, e, article), DatePrecision::Month),
                None => (start, whole, DatePrecision::Year),
            }
        }
    }
}

/// The day at token `i` of the article's month or the one before, named after it: "14 من الشهر
/// الجاري" (this month), "14 من الشهر الماضي" (last month), "the 14th of this month", "the 14th
/// of last month". The day, the last token read and the words.
fn day_of_a_month_counted_from(
    tokens: &[Token],
    i: usize,
    article: Date,
) -> Option<(Date, usize, String)> {
    let TokenKind::Number { value, .. } = tokens[i].kind else {
        return None;
    };
    let day = i8::try_from(value).ok().filter(|d| (1..=31).contains(d))?;
    let word = |k: usize| tokens.get(k).and_then(Token::word).unwrap_or("");
    let mut k = i + 1;
    if matches!(word(k), "of" | "من") {
        k += 1;
    }
    let (months_back, last) = match (word(k), word(k + 1)) {
        ("this", "month") => (0, k + 1),
        ("last", "month") => (1, k + 1),
        (month, when) if arabic::is_one_of(month, &["الشهر"]) => {
            if arabic::is_one_of(when, &["الجاري", "الحالي"]) {
                (0, k + 1)
            } else if arabic::is_one_of(when, &["الماضي", "المنصرم", "السابق"]) {
                (1, k + 1)
            } else {
                return None;
            }
        }
        _ => return None,
    };
    let month = if months_back == 0 {
        article.first_of_month()
    } else {
        article.first_of_month().yesterday().ok()?.first_of_month()
    };
    let date = Date::new(month.year(), month.month(), day).ok()?;
    let said = (i..=last)
        .map(|t| words_of_token(tokens, t))
        .collect::<Vec<_>>()
        .join(" ");
    Some((date, last, said))
}

/// A night named by the two days it joins is one range: "ليلة السبت على الأحد", "the night of
/// Saturday to Sunday", "Saturday-Sunday night".
fn one_night_across_two_days(found: Vec<DateProposal>, tokens: &[Token]) -> Vec<DateProposal> {
    let [first, second] = found.as_slice() else {
        return found;
    };
    let next_day = first.end.tomorrow().ok() == Some(second.start);
    let joined = tokens
        .iter()
        .filter(|t| t.start >= first.span_end && t.end <= second.span_start)
        .all(|t| {
            t.is_punct('-')
                || t.is_punct('/')
                || t.word().is_some_and(|w| {
                    matches!(w, "to" | "into") || arabic::is_one_of(w, &["على", "إلى", "الى"])
                })
        });
    if !(next_day && joined) {
        return found;
    }
    vec![DateProposal {
        start: first.start,
        end: second.end,
        precision: DatePrecision::Day,
        reason: format!(
            "{} to {}: one night across two days",
            first.start, second.end
        ),
        span_start: first.span_start,
        span_end: second.span_end,
    }]
}

/// Neighbouring words that name the same day are one date: "مساء أمس الأربعاء" (yesterday
/// evening, Wednesday), "yesterday, Tuesday".
fn merge_same_days(found: Vec<DateProposal>) -> Vec<DateProposal> {
    let mut merged: Vec<DateProposal> = Vec::new();
    for date in found {
        if let Some(last) = merged.last_mut()
            && last.start == date.start
            && last.end == date.end
        {
            last.span_end = last.span_end.max(date.span_end);
            last.span_start = last.span_start.min(date.span_start);
            continue;
        }
        merged.push(date);
    }
    merged
}

fn capitalised(word: &str) -> String {
    let mut chars = word.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// Dates written in numbers: year first with any separator ("2020-09-24", "2020/09/24",
/// "2020.09.24"), or day first with dots ("14.03.2020", as European and Middle Eastern sources
/// write). Slashed day-first dates are read only when the order is plain: "14/03/2020" (no
/// month 14); "03/04/2020" could be either and proposes nothing.
/// Of the two readings of `a/b/year` (day first or month first), the one that falls on the
/// weekday the span names, when exactly one does.
fn reading_on_the_weekday(tokens: &[Token], year: u32, a: u32, b: u32) -> Option<(u32, u32, u32)> {
    let weekday = tokens.iter().filter_map(Token::word).find_map(weekday_of)?;
    let on_it = |month: u32, day: u32| {
        let date = civil_date(year, month, day)?;
        (date.weekday() == weekday).then_some((year, month, day))
    };
    match (on_it(b, a), on_it(a, b)) {
        (Some(day_first), None) => Some(day_first),
        (None, Some(month_first)) => Some(month_first),
        _ => None,
    }
}

/// The day of the calendar these numbers name, if there is one.
fn civil_date(year: u32, month: u32, day: u32) -> Option<Date> {
    Date::new(
        i16::try_from(year).ok()?,
        i8::try_from(month).ok()?,
        i8::try_from(day).ok()?,
    )
    .ok()
}

/// The three numbers of a date written in digits at the start of `window` (`14.03.2020`:
/// 14, 3, 2020), its separator, and how many digits the first and last have.
fn digits_written_together(window: &[Token]) -> Option<([u32; 3], char, [usize; 3])> {
    let [a, s1, b, s2, c] = window else {
        return None;
    };
    let (x, y, z) = (a.number()?, b.number()?, c.number()?);
    let separator = match (&s1.kind, &s2.kind) {
        (TokenKind::Punct(p), TokenKind::Punct(q)) if p == q && matches!(p, '-' | '/' | '.') => *p,
        _ => return None,
    };
    let written_together =
        s1.start == a.end && b.start == s1.end && s2.start == b.end && c.start == s2.end;
    let digits = |t: &Token| match t.kind {
        TokenKind::Number { digits, .. } => digits,
        _ => 0,
    };
    written_together.then(|| ([x, y, z], separator, [digits(a), digits(b), digits(c)]))
}

/// Whether the text around a span writes its slashed dates day first (`Some(true)`: one of
/// them reads `25/06/2018`) or month first (`Some(false)`: `06/25/2018`); `None` when none tells.
fn day_first_around(around: &str) -> Option<bool> {
    if !around.contains('/') {
        return None;
    }
    tokenize(around).windows(5).find_map(|window| {
        let ([x, y, _], separator, digits) = digits_written_together(window)?;
        if separator != '/' || digits[2] != 4 {
            return None;
        }
        match (x > 12, y > 12) {
            (true, false) => Some(true),
            (false, true) => Some(false),
            _ => None,
        }
    })
}

/// Dates written in digits (`14.03.2020`, `2020/03/14`), and whether the span also holds one
/// whose day and month cannot be told apart (`03/04/2020`). Such a date is read the way the
/// text around writes its other slashed dates, or as the one reading not after the article's
/// publication, when one of those tells.
fn numeric_dates(
    tokens: &[Token],
    article_date: Option<Date>,
    around: &str,
) -> (Vec<DateProposal>, bool) {
    let mut found = Vec::new();
    let mut ambiguous = false;
    let in_arabic = || tokens.iter().filter_map(Token::word).any(arabic::is_arabic);
    let not_after_article = |year: u32, month: u32, day: u32| {
        article_date
            .zip(civil_date(year, month, day))
            .is_some_and(|(article, date)| date <= article)
    };
    for window in tokens.windows(5) {
        let Some(([x, y, z], separator, digits)) = digits_written_together(window) else {
            continue;
        };
        let (a, c) = (&window[0], &window[4]);
        let (year, month, day) = if digits[0] == 4 {
            (x, y, z)
        } else if digits[2] == 4 && digits[0] <= 2 && digits[1] <= 2 {
            match separator {
                '.' | '-' => (z, y, x),
                _ if x > 12 => (z, y, x),
                _ if y > 12 => (z, x, y),
                // "3/3/2020": both readings are the same day.
                _ if x == y => (z, y, x),
                // "Friday 09/07/2021": the weekday says which reading is meant.
                _ => match reading_on_the_weekday(tokens, z, x, y) {
                    Some(reading) => reading,
                    // Arabic writes the day first ("بتاريخ 11/3/2020" is 11 March).
                    None if in_arabic() => (z, y, x),
                    None => match (
                        day_first_around(around),
                        not_after_article(z, y, x),
                        not_after_article(z, x, y),
                    ) {
                        (Some(true), _, _) | (None, true, false) => (z, y, x),
                        (Some(false), _, _) | (None, false, true) => (z, x, y),
                        _ => {
                            ambiguous = true;
                            continue;
                        }
                    },
                },
            }
        } else {
            continue;
        };
        if (1900..=2100).contains(&year)
            && let Some(date) = civil_date(year, month, day)
        {
            found.push(DateProposal {
                start: date,
                end: date,
                precision: DatePrecision::Day,
                reason: format!("{date} as written"),
                span_start: a.start,
                span_end: c.end,
            });
        }
    }
    (found, ambiguous)
}

/// Two vague mentions joined as a range ("from late May to early June 2017"): one range from
/// the start of the first to the end of the second, the year shared.
fn vague_range(
    tokens: &[Token],
    vague: &[VagueMention],
    article: Option<Date>,
    around_year: Option<i16>,
) -> Option<DateProposal> {
    let [first, second] = vague else { return None };
    let between: Vec<&Token> = tokens
        .iter()
        .filter(|t| t.start >= first.end && t.end <= second.start)
        .collect();
    // "and" joins a range only after "between": "December 2019 and March 2020" is two dates.
    let between_opens = tokens
        .iter()
        .filter(|t| t.end <= first.start)
        .any(|t| t.word() == Some("between"));
    let joined = !between.is_empty()
        && between.iter().all(|t| {
            t.is_punct('-')
                || t.is_punct('–')
                || t.is_punct('—')
                || matches!(t.word(), Some("to" | "through" | "until"))
                || (t.word() == Some("and") && between_opens)
                || part_of(t.word().unwrap_or("")).is_some()
        });
    if !joined {
        return None;
    }
    // Years alone: "from 2011 to 2013", "between 2012 and 2014".
    if let (None, None, Some(a), Some(b)) = (first.month, second.month, first.year, second.year)
        && first.part.is_none()
        && second.part.is_none()
    {
        let start = Date::new(a, 1, 1).ok()?;
        let end = Date::new(b, 12, 31).ok()?;
        return (a < b).then(|| DateProposal {
            start,
            end,
            precision: DatePrecision::Year,
            reason: format!("{a} to {b}: one range"),
            span_start: first.start,
            span_end: second.end,
        });
    }
    if first.month.is_none() || second.month.is_none() {
        return None;
    }
    let year = second.year.or(first.year).or(around_year);
    let with_year = |m: &VagueMention| VagueMention {
        month: m.month,
        through_month: m.through_month,
        year: m.year.or(year),
        part: m.part,
        start: m.start,
        end: m.end,
    };
    let from = vague_proposal(&with_year(first), article, around_year)?;
    let to = vague_proposal(&with_year(second), article, around_year)?;
    (from.start <= to.end).then(|| DateProposal {
        start: from.start,
        end: to.end,
        precision: DatePrecision::Month,
        reason: format!("{} to {}: one range", from.start, to.end),
        span_start: from.span_start,
        span_end: to.span_end,
    })
}

/// Two days joined as a range across months or years ("between 29 December 2019 and 3 January
/// 2020", "from 28 February to 2 March", "من 29 كانون الأول إلى 3 كانون الثاني"): one range, not
/// two dates. Within one month the scan already joins them ("between 3 and 6 May").
fn day_range_across_months(tokens: &[Token], days: &[DateProposal]) -> Option<DateProposal> {
    let [first, second] = days else { return None };
    if first.start != first.end || second.start != second.end {
        return None;
    }
    let opened = tokens
        .iter()
        .filter(|t| t.end <= first.span_start)
        .any(|t| is_between(t.word()) || matches!(t.word(), Some("from" | "من")));
    // What stands between the two days, past the first one's month and year (its span also
    // reaches to a year named only at the end: "28 February to 2 March 2020").
    let mut between: Vec<&Token> = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let t = &tokens[i];
        if t.start >= first.span_start && t.end <= second.span_start {
            if let Some((_, last)) = month_at(tokens, i) {
                i = last + 1;
                continue;
            }
            if t.number().is_none() && !t.is_punct(',') && !t.is_punct('.') {
                between.push(t);
            }
        }
        i += 1;
    }
    let joins = |t: &&Token| {
        is_range_to(t)
            || matches!(
                t.word(),
                Some("through" | "until" | "till" | "الى" | "إلى" | "حتى" | "لغاية")
            )
            || (matches!(t.word(), Some("and" | "و")) && opened)
    };
    if between.is_empty() || !between.iter().all(joins) {
        return None;
    }
    // "29 December and 3 January 2020": the year, named once at the end, is the second day's.
    let start = if first.start > second.start {
        first.start.checked_sub(jiff::Span::new().years(1)).ok()?
    } else {
        first.start
    };
    let within_a_year = start
        .checked_add(jiff::Span::new().years(1))
        .is_ok_and(|later| later >= second.start);
    (start < second.start && within_a_year).then(|| DateProposal {
        start,
        end: second.start,
        precision: DatePrecision::Day,
        reason: format!("{start} to {}: one range", second.start),
        span_start: first.span_start,
        span_end: second.span_end,
    })
}

/// Every date the span states, in text order: the days of a list each on their own. Relative
/// dates need the article's date; a span with nothing recognisable proposes nothing.
pub fn propose_dates(span: &str, article_date: Option<Date>) -> Vec<DateProposal> {
    propose_dates_around(span, article_date, "")
}

/// [`propose_dates`], reading a year the words `around` the span state (its paragraph) for a
/// day or month the span names without one.
pub fn propose_dates_around(
    span: &str,
    article_date: Option<Date>,
    around: &str,
) -> Vec<DateProposal> {
    let found = propose_dates_in(span, article_date, around);
    if !found.is_empty() || around.is_empty() {
        return found;
    }
    counted_from_the_date_before(span, article_date, around)
        .into_iter()
        .collect()
}

/// "بعد يومين" (two days later), "وبعد ثلاثة أيام", "بعد أسبوع": the days after the date
/// stated before, and the words that say so.
fn arabic_days_after(tokens: &[Token]) -> Option<(i64, String)> {
    let at = tokens
        .iter()
        .position(|t| t.word().is_some_and(|w| arabic::is_one_of(w, &["بعد"])))?;
    let word_at = |k: usize| tokens.get(k).and_then(Token::word).unwrap_or("");
    let said = |last: usize| {
        tokens[at..=last]
            .iter()
            .map(|t| {
                t.word()
                    .map_or_else(|| t.number().unwrap_or(0).to_string(), str::to_owned)
            })
            .collect::<Vec<_>>()
            .join(" ")
    };
    let next = word_at(at + 1);
    let alone = [
        (&["يوم"][..], 1),
        (&["يومين"][..], 2),
        (&["أسبوع"][..], 7),
        (&["أسبوعين"][..], 14),
    ]
    .into_iter()
    .find(|(forms, _)| arabic::is_one_of(next, forms));
    if let Some((_, days)) = alone {
        return Some((days, said(at + 1)));
    }
    let n = tokens.get(at + 1).and_then(|t| {
        t.number()
            .or_else(|| t.word().and_then(arabic::number_word))
    })?;
    let unit = word_at(at + 2);
    let days = if arabic::is_one_of(unit, &["أيام", "يوما", "يوماً"]) {
        1
    } else if arabic::is_one_of(unit, &["أسابيع"]) {
        7
    } else {
        return None;
    };
    Some((i64::from(n) * days, said(at + 2)))
}

/// How a span with no date of its own is dated from the last date stated before it.
enum FromTheDateBefore {
    /// "Two days later", "the next day", "في اليوم التالي": so many days after that day;
    /// "four days earlier", "the day before" before it; "the same day", "في اليوم نفسه" it.
    DaysFrom(i64, String),
    /// "On Saturday" in a narrative: the first such weekday after that day.
    Weekday(Weekday, String),
    /// "The attack came on the 15th": that day of the month stated before.
    DayOfMonth(i8, String),
    /// "The following month", "a month later", "الشهر التالي": the whole month so many after
    /// the month of the date stated before; "the previous month" the one before it.
    MonthsFrom(i64, String),
}

impl FromTheDateBefore {
    fn read(span: &str) -> Option<Self> {
        let tokens = tokenize(span);
        let words: Vec<&str> = tokens.iter().filter_map(Token::word).collect();
        let number = |w: &str| match w {
            "a" | "one" => Some(1),
            _ => super::tokens::number_word(w),
        };
        let said = |w: &[&str]| w.join(" ");
        let later = words
            .windows(3)
            .find_map(|w| match w {
                ["the", "previous", "day"] | ["the", "day", "before"] => Some((-1, said(w))),
                [n, "day" | "days", "later" | "after"] => {
                    number(n).map(|n| (i64::from(n), said(w)))
                }
                [n, "day" | "days", "earlier" | "before"] => {
                    number(n).map(|n| (-i64::from(n), said(w)))
                }
                [n, "week" | "weeks", "later"] => number(n).map(|n| (7 * i64::from(n), said(w))),
                ["the", "next" | "following", "day"] => Some((1, said(w))),
                ["the" | "that", "same", "day" | "night"] => Some((0, said(w))),
                _ => None,
            })
            .or_else(|| {
                words.windows(2).find_map(|w| {
                    let (first, second) = (w[0], w[1]);
                    if arabic::is_one_of(first, &["اليوم"]) {
                        if arabic::is_one_of(second, &["التالي"]) {
                            return Some((1, said(w)));
                        }
                        if arabic::is_one_of(second, &["السابق"]) {
                            return Some((-1, said(w)));
                        }
                        if arabic::is_one_of(second, &["نفسه", "ذاته"]) {
                            return Some((0, said(w)));
                        }
                    }
                    (arabic::is_one_of(first, &["نفس"]) && arabic::is_one_of(second, &["اليوم"]))
                        .then(|| (0, said(w)))
                })
            })
            .or_else(|| arabic_days_after(&tokens));
        if let Some((days, said)) = later {
            return Some(Self::DaysFrom(days, said));
        }
        let months = words
            .windows(3)
            .find_map(|w| match w {
                ["the", "following" | "next", "month"] => Some((1, said(w))),
                ["the", "previous", "month"] | ["the", "month", "before"] => Some((-1, said(w))),
                [n, "month" | "months", "later"] => number(n).map(|n| (i64::from(n), said(w))),
                _ => None,
            })
            .or_else(|| {
                words.windows(2).find_map(|w| {
                    (arabic::is_one_of(w[0], &["الشهر"])
                        && arabic::is_one_of(w[1], &["التالي", "اللاحق"]))
                    .then(|| (1, said(w)))
                })
            });
        if let Some((months, said)) = months {
            return Some(Self::MonthsFrom(months, said));
        }
        let all: Vec<&str> = tokens.iter().map(|t| t.word().unwrap_or("")).collect();
        for (i, token) in tokens.iter().enumerate() {
            let prev = if i > 0 { all[i - 1] } else { "" };
            // Only a weekday on its own: "last Saturday" counts from the article, not the story.
            if let Some(weekday) = token.word().and_then(weekday_of)
                && !matches!(prev, "last" | "next" | "this" | "past")
            {
                return Some(Self::Weekday(weekday, words_of_token(&tokens, i)));
            }
            if let TokenKind::Number { value, digits } = token.kind
                && prev == "the"
                && token.end - token.start > digits
                && (1..=31).contains(&value)
                && !matches!(all.get(i + 1).copied(), Some("of" | "century"))
            {
                let day = i8::try_from(value).ok()?;
                return Some(Self::DayOfMonth(
                    day,
                    format!("the {}", words_of_token(&tokens, i)),
                ));
            }
        }
        None
    }
}

/// A span that states no date but counts from one ("two days later", "on Saturday", "on the
/// 15th"), dated from the last date the words before the span (in `around`) state.
fn counted_from_the_date_before(
    span: &str,
    article_date: Option<Date>,
    around: &str,
) -> Option<DateProposal> {
    let how = FromTheDateBefore::read(span)?;
    let before = &around[..around.find(span)?];
    let stated = propose_dates_in(before, article_date, "");
    let earlier_day = stated.iter().rfind(|d| d.start == d.end).map(|d| d.start);
    let one_day = |day: Date, said: String, from: Date| {
        (day..=day, DatePrecision::Day, said, day.to_string(), from)
    };
    let (days, precision, said, dated, from) = match how {
        FromTheDateBefore::MonthsFrom(months, said) => {
            let from = stated.last()?.start;
            let first = from
                .first_of_month()
                .checked_add(jiff::Span::new().months(months))
                .ok()?;
            let month = first.strftime("%B %Y").to_string();
            (
                first..=first.last_of_month(),
                DatePrecision::Month,
                said,
                month,
                from,
            )
        }
        FromTheDateBefore::DaysFrom(days, said) => {
            let from = earlier_day?;
            let day = from.checked_add(jiff::Span::new().days(days)).ok()?;
            one_day(day, said, from)
        }
        FromTheDateBefore::Weekday(weekday, said) => {
            let from = earlier_day?;
            let ahead = (weekday.to_monday_zero_offset() - from.weekday().to_monday_zero_offset())
                .rem_euclid(7);
            let ahead = if ahead == 0 { 7 } else { ahead };
            let day = from
                .checked_add(jiff::Span::new().days(i64::from(ahead)))
                .ok()?;
            one_day(day, said, from)
        }
        FromTheDateBefore::DayOfMonth(number, said) => {
            // The month of the last date stated, a day or a whole month.
            let from = stated.last()?.start;
            let day = Date::new(from.year(), from.month(), number).ok()?;
            one_day(day, said, from)
        }
    };
    Some(DateProposal {
        start: *days.start(),
        end: *days.end(),
        precision,
        reason: format!("{said} → {dated}, counted from {from} stated before"),
        span_start: 0,
        span_end: span.chars().count(),
    })
}

/// [`propose_dates_around`] without counting from a date before the span.
fn propose_dates_in(span: &str, article_date: Option<Date>, around: &str) -> Vec<DateProposal> {
    propose_dates_in_tokens(span, &tokenize(span), article_date, around)
}

/// [`propose_dates`] in a span already tokenised (`tokens` are [`tokenize`]'s, punctuation
/// kept), for a paragraph that other proposals read too.
pub fn propose_dates_tokenized(
    span: &str,
    tokens: &[Token],
    article_date: Option<Date>,
) -> Vec<DateProposal> {
    propose_dates_in_tokens(span, tokens, article_date, "")
}

fn propose_dates_in_tokens(
    span: &str,
    tokens: &[Token],
    article_date: Option<Date>,
    around: &str,
) -> Vec<DateProposal> {
    let (numeric, ambiguous) = numeric_dates(tokens, article_date, around);
    if !numeric.is_empty() {
        return numeric;
    }
    let (days, vague) = scan_absolute(tokens);
    // The text around is read for a year only when a date here lacks one.
    let around_year = if days.iter().any(|d| d.year.is_none()) || !vague.is_empty() {
        year_around(around, span)
    } else {
        None
    };
    let absolute: Vec<DateProposal> = days
        .iter()
        .filter_map(|mention| day_proposal(mention, article_date, around_year))
        .collect();
    if let Some(range) = day_range_across_months(tokens, &absolute) {
        return vec![range];
    }
    // The year of a date whose day and month cannot be told apart is no date of its own.
    if !absolute.is_empty() || ambiguous {
        return absolute;
    }
    if let Some(article) = article_date {
        let relative = relative(tokens, article);
        if !relative.is_empty() {
            return relative;
        }
    }
    if let Some(range) = vague_range(tokens, &vague, article_date, around_year) {
        return vec![range];
    }
    vague
        .iter()
        .filter_map(|m| {
            let proposal = vague_proposal(m, article_date, around_year)?;
            if !follows_since(tokens, m.start) {
                return Some(proposal);
            }
            // "since the beginning of 2021": from then to the article's day; without that
            // day, the time it names.
            let Some(article) = article_date.filter(|a| *a >= proposal.end) else {
                return Some(proposal);
            };
            Some(DateProposal {
                end: article,
                reason: format!("since: {}, to the article's day {article}", proposal.reason),
                ..proposal
            })
        })
        .collect()
}

/// Whether "since" ("منذ") opens the date that starts at byte `start`: "since 2019", "since
/// the beginning of 2021", "منذ مطلع العام".
fn follows_since(tokens: &[Token], start: usize) -> bool {
    let at = tokens.partition_point(|t| t.start < start);
    tokens[..at]
        .iter()
        .rev()
        .take(6)
        .find(|t| {
            !(t.is_punct('-')
                || t.word().is_some_and(|w| {
                    matches!(w, "the" | "of" | "in" | "من")
                        || part_of(w).is_some()
                        || arabic::is_one_of(w, &["عام", "شهر", "سنة"])
                }))
        })
        .and_then(Token::word)
        .is_some_and(|w| w == "since" || arabic::is_one_of(w, &["منذ"]))
}

/// The words of `paragraph` that state a date relative to the article's ("Tuesday night",
/// "أمس") and that nothing else dates: what an article without a publication date cannot
/// propose. Character ranges within the paragraph, in text order.
pub fn needing_article_date(paragraph: &str) -> Vec<std::ops::Range<usize>> {
    // Any date does: only which words are read matters, not the day they come to.
    const PROBE: Date = jiff::civil::date(2000, 6, 15);
    let tokens = tokenize(paragraph);
    let dated: Vec<std::ops::Range<usize>> = propose_dates(paragraph, None)
        .into_iter()
        .map(|d| d.span_start..d.span_end)
        .collect();
    relative(&tokens, PROBE)
        .into_iter()
        .map(|d| d.span_start..d.span_end)
        .filter(|r| !dated.iter().any(|d| d.start < r.end && r.start < d.end))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    /// Each date proposed, as `start..end`.
    fn range(span: &str, article: Option<Date>) -> Vec<String> {
        propose_dates(span, article)
            .iter()
            .map(|d| format!("{}..{}", d.start, d.end))
            .collect()
    }

    #[test]
    fn this_or_the_last_month_or_year_in_arabic_and_its_parts() {
        let article = Some(date(2021, 7, 20));
        assert_eq!(range("الشهر الماضي", article), ["2021-06-01..2021-06-30"]);
        assert_eq!(
            range("خلال الشهر الجاري", article),
            ["2021-07-01..2021-07-20"]
        );
        assert_eq!(
            range("مطلع الشهر الجاري", article),
            ["2021-07-01..2021-07-10"]
        );
        assert_eq!(
            range("أواخر الشهر الماضي", article),
            ["2021-06-21..2021-06-30"]
        );
        assert_eq!(range("السنة الماضية", article), ["2020-01-01..2020-12-31"]);
        assert_eq!(
            range("في مطلع العام الجاري", article),
            ["2021-01-01..2021-04-30"]
        );
        assert_eq!(range("late last year", article), ["2020-09-01..2020-12-31"]);
        assert_eq!(
            range("in mid-July this year", article).len(),
            1,
            "the month, not the year too"
        );
        assert!(range("الشهر المقبل", article).is_empty(), "a month to come");
    }

    #[test]
    fn the_final_days_of_a_year_or_month_are_its_last_days() {
        assert_eq!(
            range("in the final days of 2019", None),
            ["2019-12-21..2019-12-31"]
        );
        assert_eq!(
            range("during the last days of May 2020", None),
            ["2020-05-21..2020-05-31"]
        );
    }

    #[test]
    fn since_a_time_runs_to_the_article_s_day() {
        let article = Some(date(2021, 7, 9));
        assert_eq!(
            range("since the beginning of 2021", article),
            ["2021-01-01..2021-07-09"]
        );
        assert_eq!(
            range("منذ مطلع عام 2021", article),
            ["2021-01-01..2021-07-09"]
        );
        assert_eq!(
            range("since the beginning of 2021", None),
            ["2021-01-01..2021-04-30"],
            "without the article's day, the time it names"
        );
        assert_eq!(range("in May", article), ["2021-05-01..2021-05-31"]);
    }

    #[test]
    fn a_year_reaches_back_only_through_a_list_of_days() {
        assert_eq!(
            range(
                "The strike on 3 January followed the storming of the embassy on 31 December 2019.",
                None
            ),
            ["2019-12-31..2019-12-31"]
        );
        assert_eq!(
            range("on 23 and 30 May and 6 June 2021", None),
            [
                "2021-05-23..2021-05-23",
                "2021-05-30..2021-05-30",
                "2021-06-06..2021-06-06"
            ]
        );
        assert_eq!(
            range("في الرابع من أبريل عام 2017", None),
            ["2017-04-04..2017-04-04"]
        );
    }

    #[test]
    fn two_parts_of_months_joined_by_and_share_the_year() {
        assert_eq!(
            range("in late July and early August 2021", None),
            ["2021-07-21..2021-07-31", "2021-08-01..2021-08-10"]
        );
        assert_eq!(
            range("in late December and mid-January 2020", None),
            ["2019-12-21..2019-12-31", "2020-01-11..2020-01-20"]
        );
    }

    #[test]
    fn days_joined_across_months_are_one_range_and_a_list_stays_a_list() {
        assert_eq!(
            range("from 28 February to 2 March 2020", None),
            ["2020-02-28..2020-03-02"]
        );
        assert_eq!(
            range("between 29 December and 3 January 2020", None),
            ["2019-12-29..2020-01-03"]
        );
        assert_eq!(
            range("من 29 كانون الأول 2019 إلى 3 كانون الثاني 2020", None),
            ["2019-12-29..2020-01-03"]
        );
        assert_eq!(
            range("Feb. 28 to March 2, 2020", None),
            ["2020-02-28..2020-03-02"]
        );
        // Joined by "and" without "between": two days.
        assert_eq!(
            range("on December 29 and January 3, 2020", None).len(),
            2,
            "a list"
        );
    }

    #[test]
    fn days_counted_back_in_arabic() {
        let article = Some(date(2021, 4, 16));
        assert_eq!(days("قبل يومين", article), ["2021-04-14"]);
        assert_eq!(days("قبل ثلاثة أيام", article), ["2021-04-13"]);
        assert_eq!(days("قبل 5 أيام", article), ["2021-04-11"]);
        assert_eq!(days("منذ 5 أيام", article), ["2021-04-11"]);
        assert_eq!(
            range("الأسبوع الماضي", article),
            range("last week", article),
            "last week in either language"
        );
        assert_eq!(range("الأسبوع الماضي", article), ["2021-04-05..2021-04-11"]);
        assert!(
            days("قبل الهجوم", article).is_empty(),
            "before the attack: no date"
        );
    }

    #[test]
    fn the_12th_is_a_day_of_the_articles_month_or_the_one_before() {
        assert_eq!(days("on the 12th", Some(date(2021, 7, 15))), ["2021-07-12"]);
        assert_eq!(days("on the 12th", Some(date(2021, 7, 5))), ["2021-06-12"]);
        assert!(
            days("the 12th", None).is_empty(),
            "no article date, no month"
        );
        assert!(
            days("on the 12", Some(date(2021, 7, 15))).is_empty(),
            "not an ordinal"
        );
    }

    #[test]
    fn days_later_count_from_the_last_day_stated_before_the_span() {
        let around = "On 8 January 2020 Iran fired missiles. Two days later, rockets hit the base.";
        let found = propose_dates_around("Two days later, rockets hit the base", None, around);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].start, date(2020, 1, 10));
        let next = propose_dates_around("the next day", None, "On 8 January 2020 … the next day");
        assert_eq!(next.first().map(|d| d.start), Some(date(2020, 1, 9)));
        let counted = |span: &str, around: &str| {
            propose_dates_around(span, None, around)
                .first()
                .map(|d| d.start)
        };
        let story = "Missiles hit the airbase on 7 April 2017.";
        assert_eq!(
            counted("four days earlier", &format!("{story} four days earlier")),
            Some(date(2017, 4, 3))
        );
        assert_eq!(
            counted("the day before", &format!("{story} the day before")),
            Some(date(2017, 4, 6))
        );
        assert_eq!(
            counted("The same day", &format!("{story} The same day")),
            Some(date(2017, 4, 7))
        );
        assert_eq!(
            counted("في اليوم نفسه", &format!("{story} في اليوم نفسه")),
            Some(date(2017, 4, 7))
        );
        let story_of_months =
            "In February 2020 attacks were rare. The following month, rockets fell.";
        let month =
            propose_dates_around("The following month, rockets fell.", None, story_of_months);
        assert_eq!(
            month
                .iter()
                .map(|d| format!("{}..{}", d.start, d.end))
                .collect::<Vec<_>>(),
            ["2020-03-01..2020-03-31"]
        );
        let qissa = "سقطت صواريخ على المطار في 10 حزيران 2020.";
        assert_eq!(
            counted("وبعد يومين", &format!("{qissa} وبعد يومين تكرر الهجوم")),
            Some(date(2020, 6, 12))
        );
        assert_eq!(
            counted("بعد ثلاثة أيام", &format!("{qissa} بعد ثلاثة أيام")),
            Some(date(2020, 6, 13))
        );
        assert_eq!(
            counted("بعد أسبوع", &format!("{qissa} بعد أسبوع")),
            Some(date(2020, 6, 17))
        );
        assert!(
            propose_dates_around("two days later", None, "").is_empty(),
            "nothing to count from"
        );
    }

    #[test]
    fn arabic_halves_and_two_months_sharing_their_first_word() {
        assert_eq!(
            range("في النصف الثاني من عام 2020", None),
            ["2020-07-01..2020-12-31"]
        );
        assert_eq!(
            range("خلال شهري تشرين الأول والثاني 2019", None),
            ["2019-10-01..2019-10-31", "2019-11-01..2019-11-30"]
        );
    }

    #[test]
    fn a_weekday_or_the_nth_in_a_story_counts_from_the_date_before() {
        let around =
            "On Wednesday, March 11, 2020, rockets hit Taji. On Saturday, rockets hit it again.";
        let saturday = propose_dates_around("On Saturday, rockets hit it again", None, around);
        assert_eq!(saturday.first().map(|d| d.start), Some(date(2020, 3, 14)));
        let around = "The campaign resumed in February 2020. The attack came on the 15th.";
        let fifteenth = propose_dates_around("The attack came on the 15th", None, around);
        assert_eq!(fifteenth.first().map(|d| d.start), Some(date(2020, 2, 15)));
        // With the article's date, a weekday counts back from the article as before.
        let dated = propose_dates_around("On Saturday", Some(date(2020, 3, 20)), around);
        assert_eq!(dated.first().map(|d| d.start), Some(date(2020, 3, 14)));
        assert!(
            propose_dates_around("last Saturday", None, around).is_empty(),
            "last Saturday counts from the article, which has no date"
        );
    }

    #[test]
    fn a_day_of_this_month_or_the_last() {
        let article = Some(date(2020, 3, 20));
        assert_eq!(days("يوم 14 من الشهر الجاري", article), ["2020-03-14"]);
        assert_eq!(days("في 28 من الشهر الماضي", article), ["2020-02-28"]);
        assert_eq!(days("on the 14th of this month", article), ["2020-03-14"]);
        assert_eq!(days("the 2nd of last month", article), ["2020-02-02"]);
        assert_eq!(
            days("في 3/3/2020", None),
            ["2020-03-03"],
            "both readings agree"
        );
    }

    #[test]
    fn one_night_across_two_days_and_arabic_parts_of_a_month() {
        let article = Some(date(2021, 5, 10));
        assert_eq!(
            range("ليلة السبت على الأحد", article),
            ["2021-05-08..2021-05-09"]
        );
        assert_eq!(
            range("the night of Saturday to Sunday", article),
            ["2021-05-08..2021-05-09"]
        );
        assert_eq!(
            range("on Saturday and Sunday", article),
            ["2021-05-08..2021-05-08", "2021-05-09..2021-05-09"],
            "two days joined by and stay two"
        );
        assert_eq!(
            range("في منتصف شهر تموز 2020", None),
            ["2020-07-11..2020-07-20"]
        );
        assert_eq!(range("أواخر آب 2020", None), ["2020-08-21..2020-08-31"]);
        assert_eq!(range("مطلع عام 2021", None), ["2021-01-01..2021-04-30"]);
    }

    #[test]
    fn a_week_of_a_month_is_its_seven_days() {
        assert_eq!(
            range("in the second half of 2019", None),
            ["2019-07-01..2019-12-31"]
        );
        assert_eq!(
            range("the first half of March 2021", None),
            ["2021-03-01..2021-03-15"]
        );
        assert_eq!(
            range("in the second week of March 2021", None),
            ["2021-03-08..2021-03-14"]
        );
        assert_eq!(
            range("الأسبوع الأول من آب 2020", None),
            ["2020-08-01..2020-08-07"]
        );
        // "The last week of": not last week before the article.
        assert_eq!(
            range("in the last week of August", Some(date(2020, 9, 10))),
            ["2020-08-25..2020-08-31"]
        );
        assert_eq!(
            range("last week", Some(date(2020, 9, 10))).len(),
            1,
            "still the week before the article"
        );
    }

    fn days(span: &str, article: Option<Date>) -> Vec<String> {
        propose_dates(span, article)
            .iter()
            .map(|p| p.start.to_string())
            .collect()
    }

    fn one(span: &str, article: Option<Date>) -> DateProposal {
        let mut found = propose_dates(span, article);
        assert_eq!(found.len(), 1, "{span:?} → {found:?}");
        found.remove(0)
    }

    const ARTICLE: Option<Date> = Some(date(2020, 11, 18));

    #[test]
    fn absolute_dates_in_common_forms() {
        assert_eq!(days("September 24, 2020", None), ["2020-09-24"]);
        assert_eq!(
            days("on December 27, 2019, the militia", None),
            ["2019-12-27"]
        );
        assert_eq!(days("2020-09-24", None), ["2020-09-24"]);
        assert_eq!(days("24 September 2020", None), ["2020-09-24"]);
        assert_eq!(days("Sept. 2", Some(date(2020, 9, 24))), ["2020-09-02"]);
        assert_eq!(days("on Sunday, December 20, 2020", None), ["2020-12-20"]);
        assert_eq!(days("the 3rd of May 2021", None), ["2021-05-03"]);
    }

    #[test]
    fn dates_without_a_year_take_the_articles_year_or_the_one_before() {
        assert_eq!(
            days("24 September", Some(date(2020, 9, 24))),
            ["2020-09-24"]
        );
        let p = one("December 27", Some(date(2020, 1, 5)));
        assert_eq!(p.start, date(2019, 12, 27));
        assert!(p.reason.contains("the year before"), "{}", p.reason);
        assert!(
            days("July 23", None).is_empty(),
            "no year and no article date: no proposal"
        );
    }

    #[test]
    fn date_lists_yield_one_date_per_item() {
        let span = "Facilities have been attacked on July 23, August 3, 9, 23, 26, September 2";
        assert_eq!(
            days(span, Some(date(2020, 9, 24))),
            [
                "2020-07-23",
                "2020-08-03",
                "2020-08-09",
                "2020-08-23",
                "2020-08-26",
                "2020-09-02"
            ]
        );
        let rockets =
            "rockets fired on July 24, 27 and 30, on August 11, 16 and 29, and on September 15";
        assert_eq!(
            days(rockets, Some(date(2020, 9, 24))),
            [
                "2020-07-24",
                "2020-07-27",
                "2020-07-30",
                "2020-08-11",
                "2020-08-16",
                "2020-08-29",
                "2020-09-15"
            ]
        );
        assert_eq!(
            days("August 3 and 9, 2019", None),
            ["2019-08-03", "2019-08-09"]
        );
    }

    #[test]
    fn relative_words_without_an_article_date_are_found_as_waiting() {
        let text =
            "Shortly before midnight on Tuesday, rockets hit the base. مساء أمس سقطت صواريخ.";
        let waiting: Vec<String> = needing_article_date(text)
            .into_iter()
            .map(|r| text.chars().skip(r.start).take(r.len()).collect())
            .collect();
        assert_eq!(waiting.len(), 2, "{waiting:?}");
        assert!(waiting[0].contains("Tuesday"), "{waiting:?}");
        assert!(waiting[1].contains("أمس"), "{waiting:?}");
        // Dated words do not wait, and a paragraph without relative words has none.
        assert!(needing_article_date("On 17 November 2020 rockets hit the base.").is_empty());
        assert!(needing_article_date("Seven rockets were fired at the Green Zone.").is_empty());
    }

    #[test]
    fn weekdays_and_relative_words_count_back_from_the_article() {
        let p = one("Tuesday night's rocket attack", ARTICLE);
        assert_eq!(p.start, date(2020, 11, 17));
        assert_eq!(
            p.reason,
            "Tuesday night → 2020-11-17, from the article's date 2020-11-18"
        );
        assert_eq!(
            days("on Wednesday", ARTICLE),
            ["2020-11-18"],
            "the article's own weekday"
        );
        assert_eq!(days("last Wednesday", ARTICLE), ["2020-11-11"]);
        assert_eq!(days("yesterday", ARTICLE), ["2020-11-17"]);
        // ARTICLE is a Wednesday; a Sunday's weekend is the day before and that day.
        assert_eq!(
            range("over the weekend", ARTICLE),
            ["2020-11-14..2020-11-15"]
        );
        assert_eq!(
            range("over the weekend", Some(date(2020, 11, 15))),
            ["2020-11-14..2020-11-15"]
        );
        assert_eq!(days("أمس الأول", ARTICLE), ["2020-11-16"]);
        assert_eq!(days("on New Year's Eve 2019", None), ["2019-12-31"]);
        assert_eq!(
            range("in the spring and summer of 2019", None),
            ["2019-03-01..2019-05-31", "2019-06-01..2019-08-31"]
        );
        assert_eq!(
            range("in the summer of 2019", None),
            ["2019-06-01..2019-08-31"]
        );
        assert_eq!(days("بتاريخ 11/3/2020", None), ["2020-03-11"]);
        assert!(
            days("on 11/3/2020", None).is_empty(),
            "English leaves it open"
        );
        assert_eq!(
            days("on 07/01/2020", Some(date(2020, 1, 8))),
            ["2020-01-07"],
            "1 July 2020 had not come when the article was published"
        );
        let day_first = "Rockets struck on 25/03/2020 and again on 03/04/2020.";
        let month_first = "Rockets struck on 03/29/2020 and again on 04/03/2020.";
        let start =
            |p: Vec<DateProposal>| p.iter().map(|d| d.start.to_string()).collect::<Vec<_>>();
        assert_eq!(
            start(propose_dates_around("on 03/04/2020", None, day_first)),
            ["2020-04-03"]
        );
        assert_eq!(
            start(propose_dates_around("on 04/03/2020", None, month_first)),
            ["2020-04-03"]
        );
        assert_eq!(days("on Christmas Day 2019", None), ["2019-12-25"]);
        assert_eq!(days("ليلة رأس السنة 2019", None), ["2019-12-31"]);
        // A month joined to a month with a year is of that year.
        assert_eq!(
            range("in January and February 2020", None),
            ["2020-01-01..2020-01-31", "2020-02-01..2020-02-29"]
        );
        assert_eq!(
            range("في كانون الثاني وشباط 2020", None),
            ["2020-01-01..2020-01-31", "2020-02-01..2020-02-29"]
        );
        assert_eq!(
            range("in December and January 2020", None),
            ["2019-12-01..2019-12-31", "2020-01-01..2020-01-31"]
        );
        assert_eq!(days("earlier today", ARTICLE), ["2020-11-18"]);
        assert_eq!(days("two days ago", ARTICLE), ["2020-11-16"]);
        assert_eq!(days("a week ago", ARTICLE), ["2020-11-11"]);
        assert_eq!(days("two weeks ago", ARTICLE), ["2020-11-04"]);
        assert!(days("Tuesday", None).is_empty());
    }

    #[test]
    fn vague_dates_are_ranges_with_a_precision() {
        let p = one("in early December", Some(date(2020, 12, 21)));
        assert_eq!(
            (p.start, p.end, p.precision),
            (date(2020, 12, 1), date(2020, 12, 10), DatePrecision::Week)
        );
        let p = one("in June", Some(date(2021, 7, 9)));
        assert_eq!(
            (p.start, p.end, p.precision),
            (date(2021, 6, 1), date(2021, 6, 30), DatePrecision::Month)
        );
        let p = one("last month", Some(date(2021, 7, 9)));
        assert_eq!(
            (p.start, p.end, p.precision),
            (date(2021, 6, 1), date(2021, 6, 30), DatePrecision::Month)
        );
        let p = one("The truce was declared early last month", ARTICLE);
        assert_eq!(
            (p.start, p.end, p.precision),
            (date(2020, 10, 1), date(2020, 10, 10), DatePrecision::Week)
        );
        let p = one("in December 2019", None);
        assert_eq!((p.start, p.end), (date(2019, 12, 1), date(2019, 12, 31)));
        let p = one("since 2019", None);
        assert_eq!(
            (p.start, p.end, p.precision),
            (date(2019, 1, 1), date(2019, 12, 31), DatePrecision::Year)
        );
        let p = one("mid-December", Some(date(2020, 12, 29)));
        assert_eq!((p.start, p.end), (date(2020, 12, 11), date(2020, 12, 20)));
    }

    #[test]
    fn arabic_days_written_as_ordinals_or_with_min() {
        assert_eq!(days("في الثالث من آذار 2020", None), ["2020-03-03"]);
        assert_eq!(
            days("يوم الرابع عشر من شهر حزيران 2021", None),
            ["2021-06-14"]
        );
        assert_eq!(
            days("في الحادي والعشرين من كانون الثاني 2020", None),
            ["2020-01-21"]
        );
        assert_eq!(days("فجر العاشر من تشرين الأول 2019", None), ["2019-10-10"]);
        assert_eq!(
            days("ليلة الثلاثين من أيلول", Some(date(2020, 10, 2))),
            ["2020-09-30"]
        );
        assert_eq!(days("في 5 من أيار 2020", None), ["2020-05-05"]);
        assert_eq!(
            days("الخميس الثاني من نيسان 2020", None),
            ["2020-04-02"],
            "after a weekday the ordinal is the day"
        );
        let week = propose_dates("خلال الأسبوع الأول من آذار 2020", None);
        assert!(
            week.iter().all(|p| p.precision != DatePrecision::Day),
            "the first week of March is not March 1: {week:?}"
        );
        assert!(
            days("الحادي عشر من الجنود", ARTICLE).is_empty(),
            "an ordinal with no month is no date"
        );
    }

    #[test]
    fn nothing_recognisable_proposes_nothing() {
        assert!(days("rockets hit the Green Zone", ARTICLE).is_empty());
        assert!(days("", ARTICLE).is_empty());
        assert!(
            days("February 31, 2020", None).is_empty(),
            "impossible dates are dropped"
        );
        assert!(days("4,500 rounds per minute", ARTICLE).is_empty());
        assert!(
            days("around 2100 local time", ARTICLE).is_empty(),
            "a clock time is not a year"
        );
        assert!(
            days("may have been", ARTICLE).is_empty(),
            "the verb 'may' is not May"
        );
    }
}
