//! Dates said relative to the article's date: "yesterday", "Tuesday night", "last week",
//! "three days ago", Arabic's "al-shahr al-madi" (last month), "the 14th of last month".

#[allow(unused_imports)]
use super::*;

/// This week (Monday to the article's day) or last week (Monday to Sunday before it).
pub(super) fn week_of(article: Date, this: bool) -> (Date, Date) {
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

/// Days counted back in Arabic at the start of `tokens`: "qabl yawm" (a day ago), "qabl
/// yawmayn" (two days ago, the dual), "qabl thalathat ayyam" / "qabl 3 ayyam" (three days ago).
pub(super) struct DaysAgo {
    pub(super) days: i64,
    pub(super) words: usize,
    pub(super) said: String,
}

pub(super) fn arabic_days_ago(tokens: &[Token]) -> Option<DaysAgo> {
    let word = |k: usize| tokens.get(k).and_then(Token::word).unwrap_or("");
    // "qabl" (before) and "mundhu" (since) three days: three days ago.
    if !arabic::is_one_of(word(0), ar::relative_time::AGO) {
        return None;
    }
    let (days, words) = if arabic::is_one_of(word(1), ar::relative_time::ONE_DAY) {
        (1, 2)
    } else if arabic::is_one_of(word(1), ar::relative_time::TWO_DAYS) {
        (2, 2)
    } else {
        let n = tokens.get(1).and_then(|t| {
            t.number()
                .or_else(|| t.word().and_then(arabic::number_word))
        })?;
        arabic::is_one_of(word(2), ar::relative_time::DAYS).then_some((i64::from(n), 3))?
    };
    Some(DaysAgo {
        days,
        words,
        said: format!("{} … ({days} days ago)", word(0)),
    })
}

/// How token `i` was written, for a reason ("12th").
pub(super) fn words_of_token(tokens: &[Token], i: usize) -> String {
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
/// The `weekday` a report names, counted back from its date: that day itself when it is one
/// (unless `strictly_before`, "last Tuesday"), else the last one before it.
fn weekday_back_from(article: Date, weekday: Weekday, strictly_before: bool) -> Date {
    if article.weekday() == weekday && !strictly_before {
        return article;
    }
    article.nth_weekday(-1, weekday).unwrap_or(article)
}

/// The "today" of an anniversary whose "years ago" ends at word `ago`: "today, 34 years ago"
/// (a few words before the count) or "34 years ago today" (just after).
fn anniversary_today_of(words: &[&str], ago: usize) -> Option<usize> {
    if ago < 2 || words[ago] != en::dates::AGO || !en::dates::YEARS.contains(&words[ago - 1]) {
        return None;
    }
    (ago.saturating_sub(5)..ago - 2)
        .find(|&k| words[k] == en::dates::TODAY)
        .or_else(|| (words.get(ago + 1) == Some(&en::dates::TODAY)).then_some(ago + 1))
}

/// Whether word `i` is the "today" of an anniversary, which dates it, not the article.
fn anniversary_today(words: &[&str], i: usize) -> bool {
    words[i] == en::dates::TODAY
        && (i.saturating_sub(1)..words.len().min(i + 6))
            .any(|ago| anniversary_today_of(words, ago) == Some(i))
}

pub(super) fn relative(tokens: &[Token], article: Date) -> Vec<DateProposal> {
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
        // "the 14th of this month" (Arabic "yawm 14 min al-shahr al-jari"): a day of a month named by
        // where it stands from the article's.
        if let Some((d, last, said)) = day_of_a_month_counted_from(tokens, i, article) {
            day(d, d, DatePrecision::Day, said, i, last);
            i = last + 1;
            continue;
        }
        // "on the 12th": a day of the article's month, or of the month before when the 12th
        // is still to come.
        if let TokenKind::Number { value, digits } = tokens[i].kind
            && prev == en::grammar::THE
            && tokens[i].end - tokens[i].start > digits
            && (1..=31).contains(&value)
            && !en::dates::NOT_A_DAY_AFTER.contains(&next)
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
        // The "today" of an anniversary ("Today, 34 years ago") dates it, not the article.
        if anniversary_today(&words, i) {
            i += 1;
            continue;
        }
        // "yesterday", "last week", in any language: a row of a lexicon's table.
        if let Some((time, last)) = relative_time_at(tokens, i) {
            // "اليوم الخميس", "today, Thursday": the weekday names the day, and a page's date
            // a day off (another time zone, a page dated the next morning) does not make two.
            let weekday_after = (last + 1..tokens.len().min(last + 3))
                .find(|&k| tokens[k].word().is_some())
                .and_then(|k| Some((k, weekday_of(tokens[k].word()?)?)));
            if time.when == Relative::Day(0)
                && let Some((k, weekday)) = weekday_after
            {
                let d = weekday_back_from(article, weekday, false);
                let said = format!(
                    "{} {}",
                    words_of_token(tokens, i),
                    words_of_token(tokens, k)
                );
                day(d, d, DatePrecision::Day, said, i, k);
                i = k + 1;
                continue;
            }
            let (start, end, precision) = time_from_the_article(article, time.when);
            let said = match time.said {
                Some(said) => said.to_owned(),
                None => (i..=last)
                    .map(|k| words_of_token(tokens, k))
                    .collect::<Vec<_>>()
                    .join(" "),
            };
            day(start, end, precision, said, i, last);
            i = last + 1;
            continue;
        }
        if arabic::is_arabic(word) {
            if let Some((unit, this, last)) = arabic_month_or_year(tokens, i) {
                // "al-shahr al-madi" (last month), "matla' al-'am al-jari" (early this year).
                let part = part_before(tokens, i);
                let (start, end, precision) = counted_from_the_article(article, unit, this, part);
                let first = if part.is_some() { i - 1 } else { i };
                let said: Vec<String> = (first..=last).map(|k| words_of_token(tokens, k)).collect();
                let said = said.join(" ");
                day(start, end, precision, said, first, last);
                i = last + 1;
                continue;
            } else if let Some(back) = arabic_days_ago(&tokens[i..]) {
                // "qabl yawmayn" (two days ago), "qabl thalathat ayyam" (three days ago).
                let d = article
                    .checked_sub(jiff::Span::new().days(back.days))
                    .unwrap_or(article);
                day(d, d, DatePrecision::Day, back.said, i, i + back.words - 1);
                i += back.words;
                continue;
            } else if let Some(weekday) = weekday_of(word) {
                let d = weekday_back_from(article, weekday, false);
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
        let unit_counted = [
            (en::dates::WEEK, Unit::Week),
            (en::dates::MONTH, Unit::Month),
            (en::dates::YEAR, Unit::Year),
        ]
        .into_iter()
        .find(|(unit_word, _)| *unit_word == next)
        .map(|(_, unit)| unit);
        match word {
            // "over the weekend", "last weekend": the Saturday and Sunday last begun.
            _ if word == en::dates::WEEKEND && en::dates::BEFORE_WEEKEND.contains(&prev) => {
                let since_saturday = (article.weekday().to_monday_zero_offset() + 2) % 7;
                let saturday = article
                    .checked_sub(i64::from(since_saturday).days())
                    .unwrap_or(article);
                let sunday = saturday.tomorrow().unwrap_or(saturday).min(article);
                let said = format!("{prev} weekend");
                day(saturday, sunday, DatePrecision::Week, said, i - 1, i);
            }
            _ if word == en::dates::YEAR
                && prev == en::grammar::THE
                && part_before(tokens, i - 1) == Some(Part::Early) =>
            {
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
            // "three days ago", "a week ago", "two weeks ago".
            _ if word == en::dates::AGO
                && i >= 2
                && (en::dates::DAYS.contains(&words[i - 1])
                    || en::dates::WEEKS.contains(&words[i - 1])) =>
            {
                // Number words count "a" and "one" as one.
                let n = tokens[i - 2].number().or_else(|| number_word(words[i - 2]));
                let weeks = en::dates::WEEKS.contains(&words[i - 1]);
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
            // "Today, 34 years ago", "34 years ago today": the anniversary's day.
            _ if anniversary_today_of(&words, i).is_some() => {
                let n = tokens[i - 2].number().or_else(|| number_word(words[i - 2]));
                let back = n.and_then(|n| i16::try_from(n).ok());
                // The "today" is this date's, not the article's own day.
                let today = anniversary_today_of(&words, i).unwrap_or(i);
                let (first, last) = (today.min(i - 2), today.max(i));
                if let Some(d) =
                    back.and_then(|n| article.with().year(article.year() - n).build().ok())
                {
                    let said = format!("{} years ago today", words[i - 2]);
                    day(d, d, DatePrecision::Day, said, first, last);
                }
            }
            // Not "the last week of August": that week is the month's.
            _ if en::dates::COUNTED_FROM_THE_ARTICLE.contains(&word)
                && unit_counted.is_some()
                && words.get(i + 2) != Some(&en::grammar::OF) =>
            {
                let this = word == en::dates::THIS;
                let part = part_before(tokens, i);
                let unit = unit_counted.unwrap_or(Unit::Year);
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
                    let strictly_before = prev == en::dates::LAST_ONE;
                    let d = weekday_back_from(article, weekday, strictly_before);
                    // "Tuesday night", "Tuesday evenings" (said as "Tuesday evening").
                    let singular = next.strip_suffix('s').unwrap_or(next);
                    let said = if en::dates::PARTS_OF_A_DAY.contains(&singular) {
                        format!("{} {singular}", capitalised(word))
                    } else {
                        capitalised(word)
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

/// The row of a lexicon's table of relative times whose words stand at token `i`, and the
/// last token they take.
pub(super) fn relative_time_at(
    tokens: &[Token],
    i: usize,
) -> Option<(&'static lexicon::RelativeTime, usize)> {
    let is = |k: usize, forms: &'static [&'static str]| {
        tokens
            .get(k)
            .and_then(Token::word)
            .is_some_and(|w| lexicon::is_form(w, forms))
    };
    lexicon::relative_times().find_map(|time| {
        let all = time
            .words
            .iter()
            .enumerate()
            .all(|(k, forms)| is(i + k, forms));
        all.then(|| (time, i + time.words.len() - 1))
    })
}

/// The days a relative time names from the article's day.
pub(super) fn time_from_the_article(article: Date, when: Relative) -> (Date, Date, DatePrecision) {
    match when {
        Relative::Day(days) => {
            let d = article
                .checked_add(jiff::Span::new().days(i64::from(days)))
                .unwrap_or(article);
            (d, d, DatePrecision::Day)
        }
        Relative::Week { this } => {
            let (start, end) = week_of(article, this);
            (start, end, DatePrecision::Week)
        }
    }
}

/// A part of this month or year ends at the article's day when it has begun by then.
pub(super) fn up_to(start: Date, end: Date, article: Date) -> Date {
    if start <= article {
        end.min(article)
    } else {
        end
    }
}

/// Arabic's last or this month or year ("al-shahr al-madi", "al-'am al-jari", "hadha al-shahr")
/// at token `i`: which unit, whether it is the article's own (not the one before), and the last
/// token read.
pub(super) fn arabic_month_or_year(tokens: &[Token], i: usize) -> Option<(Unit, bool, usize)> {
    let word = |k: usize| tokens.get(k).and_then(Token::word).unwrap_or("");
    let unit_of = |w: &str| {
        if arabic::is_one_of(w, ar::relative_time::MONTH) {
            Some(Unit::Month)
        } else if arabic::is_one_of(w, ar::relative_time::YEAR) {
            Some(Unit::Year)
        } else {
            None
        }
    };
    if arabic::is_one_of(word(i), ar::relative_time::THIS) {
        return unit_of(word(i + 1)).map(|unit| (unit, true, i + 1));
    }
    let unit = unit_of(word(i))?;
    let next = word(i + 1);
    if arabic::is_one_of(next, ar::relative_time::LAST_ONE) {
        Some((unit, false, i + 1))
    } else if arabic::is_one_of(next, ar::relative_time::CURRENT) {
        Some((unit, true, i + 1))
    } else {
        None
    }
}

#[derive(Clone, Copy)]
pub(super) enum Unit {
    Week,
    Month,
    Year,
}

/// This or the last week, month or year of the article's date, or a part of it ("early last
/// month", "late last month"); this one runs only to the article's day.
pub(super) fn counted_from_the_article(
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

/// The day at token `i` of the article's month or the one before, named after it: "the 14th
/// of this month", "the 14th of last month" (Arabic: "14 min al-shahr al-jari / al-madi", the
/// day in digits or as an ordinal). The day, the last token read and the words.
pub(super) fn day_of_a_month_counted_from(
    tokens: &[Token],
    i: usize,
    article: Date,
) -> Option<(Date, usize, String)> {
    // The day in digits, or as an Arabic ordinal ("في الرابع والعشرين من الشهر الجاري").
    let (day, day_ends) = match tokens[i].kind {
        TokenKind::Number { value, .. } => (i8::try_from(value).ok()?, i),
        _ => super::mentions::arabic_ordinal_day(tokens, i)?,
    };
    if !(1..=31).contains(&day) {
        return None;
    }
    let word = |k: usize| tokens.get(k).and_then(Token::word).unwrap_or("");
    let mut k = day_ends + 1;
    if word(k) == en::grammar::OF || word(k) == ar::relative_time::OF {
        k += 1;
    }
    let (months_back, last) = match (word(k), word(k + 1)) {
        (this, month) if this == en::dates::THIS && month == en::dates::MONTH => (0, k + 1),
        (last, month) if last == en::dates::LAST_ONE && month == en::dates::MONTH => (1, k + 1),
        (month, when) if arabic::is_one_of(month, ar::relative_time::MONTH) => {
            if arabic::is_one_of(when, ar::relative_time::CURRENT_MONTH) {
                (0, k + 1)
            } else if arabic::is_one_of(when, ar::relative_time::LAST_MONTH) {
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

/// A night named by the two days it joins is one range: "the night of Saturday on Sunday" (Arabic "laylat al-sabt 'ala al-ahad"), "the night of
/// Saturday to Sunday", "Saturday-Sunday night".
pub(super) fn one_night_across_two_days(
    found: Vec<DateProposal>,
    tokens: &[Token],
) -> Vec<DateProposal> {
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
                    en::dates::NIGHT_TO.contains(&w)
                        || arabic::is_one_of(w, ar::relative_time::NIGHT_TO)
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

/// Neighbouring words that name the same day are one date: "yesterday, Tuesday", and Arabic's
/// "masa' ams al-arbi'a'" (yesterday evening, Wednesday).
pub(super) fn merge_same_days(found: Vec<DateProposal>) -> Vec<DateProposal> {
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

pub(super) fn capitalised(word: &str) -> String {
    let mut chars = word.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}
