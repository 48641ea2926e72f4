//! From a mention to a proposal: the year a day without one takes, and the days a vague
//! mention ("early December", "the spring of 2019") covers.

#[allow(unused_imports)]
use super::*;

/// The article year for a day without one, stepping back a year when that would put the event
/// after the article; without an article date, the year the words around the span state.
pub(super) fn settle_year(
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
pub(super) fn year_around(around: &str, span: &str) -> Option<i16> {
    if !may_hold_a_year(around) {
        return None;
    }
    let at = around
        .find(span)
        .map_or(0, |byte| around[..byte].chars().count());
    let tokens = tokenize(around);
    let chars: Vec<char> = around.chars().collect();
    let years: Vec<(usize, i16)> = tokens
        .iter()
        .enumerate()
        .filter(|(k, _)| !names_a_model(&tokens, &chars, *k))
        .filter_map(|(_, t)| match t.kind {
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

/// Whether the number at `k` belongs to the capitalised name before it, a model's number
/// rather than a year ("Mirage 2000 jets", "Boeing 737"): the name is capitalised inside its
/// sentence and is no month ("in October 2023").
fn names_a_model(tokens: &[Token], chars: &[char], k: usize) -> bool {
    let Some(name) = k.checked_sub(1).map(|k| &tokens[k]) else {
        return false;
    };
    let Some(word) = name.word() else {
        return false;
    };
    let capitalised = chars.get(name.start).is_some_and(|c| c.is_uppercase());
    let opens_a_sentence =
        k < 2 || matches!(tokens[k - 2].kind, TokenKind::Punct(c) if ".!?:;\"“«(".contains(c));
    capitalised && !opens_a_sentence && super::words::month_of(word).is_none()
}

/// Whether `text` has a run of four digits (thousands commas allowed, as the tokens read
/// "2,021"): without one no token is a year, and the text need not be tokenised to say so.
pub(super) fn may_hold_a_year(text: &str) -> bool {
    let mut run = 0;
    for c in text.chars() {
        if crate::propose::tokens::digit_value(c).is_some() {
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
pub(super) fn day_proposal(
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

pub(super) fn month_range(year: i16, month: i8) -> Option<(Date, Date)> {
    let first = Date::new(year, month, 1).ok()?;
    Some((first, first.last_of_month()))
}

/// The days a third of a month covers: 1–10, 11–20, 21–end.
pub(super) fn month_part(year: i16, month: i8, part: Part) -> Option<(Date, Date)> {
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
pub(super) fn year_part(year: i16, part: Part) -> Option<(Date, Date)> {
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

pub(super) fn part_word(part: Part) -> &'static str {
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

pub(super) fn vague_proposal(
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
