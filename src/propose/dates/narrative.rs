//! Dates counted from the date the text stated before: "two days later", "the following
//! month", Arabic ba'da yawmayn (two days later).

#[allow(unused_imports)]
use super::*;

/// ba'da yawmayn (two days later), wa-ba'da thalathat ayyam (and three days later), ba'da
/// usbu' (a week later): the days after the date stated before, and the words that say so.
pub(super) fn arabic_days_after(tokens: &[Token]) -> Option<(i64, String)> {
    let at = tokens.iter().position(|t| {
        t.word()
            .is_some_and(|w| arabic::is_one_of(w, ar::dates::AFTER))
    })?;
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
    let alone = ar::dates::PERIODS
        .iter()
        .find(|(forms, _)| arabic::is_one_of(next, forms))
        .map(|(_, days)| *days);
    if let Some(days) = alone {
        return Some((days, said(at + 1)));
    }
    let n = tokens.get(at + 1).and_then(|t| {
        t.number()
            .or_else(|| t.word().and_then(arabic::number_word))
    })?;
    let unit = word_at(at + 2);
    let days = if arabic::is_one_of(unit, ar::dates::DAYS) {
        1
    } else if arabic::is_one_of(unit, ar::dates::WEEKS) {
        7
    } else {
        return None;
    };
    Some((i64::from(n) * days, said(at + 2)))
}

/// How a span with no date of its own is dated from the last date stated before it.
pub(super) enum FromTheDateBefore {
    /// "Two days later", "the next day", Arabic fi al-yawm al-tali: so many days after that
    /// day; "four days earlier", "the day before" before it; "the same day", Arabic fi al-yawm
    /// nafsihi: it.
    DaysFrom(i64, String),
    /// "On Saturday" in a narrative: the first such weekday after that day.
    Weekday(Weekday, String),
    /// "The attack came on the 15th": that day of the month stated before.
    DayOfMonth(i8, String),
    /// "The following month", "a month later", Arabic al-shahr al-tali: the whole month so many
    /// after the month of the date stated before; "the previous month" the one before it.
    MonthsFrom(i64, String),
}

/// The first phrase of `table` the words say, with how many days (or months) on from the date
/// stated before it is and the words: "two days later" (+2), "the previous day" (−1). Each
/// phrase is read at each place in turn, in the table's order.
fn counted_on(words: &[&str], table: &[en::dates::CountedOn]) -> Option<(i64, String)> {
    words.windows(3).find_map(|w| {
        table.iter().find_map(|phrase| {
            let mut times = 1;
            for (word, forms) in w.iter().zip(phrase.words) {
                if *forms == [en::dates::A_NUMBER] {
                    times = crate::propose::tokens::number_word(word)?;
                } else if !forms.contains(word) {
                    return None;
                }
            }
            Some((phrase.step * i64::from(times), w.join(" ")))
        })
    })
}

impl FromTheDateBefore {
    fn read(span: &str) -> Option<Self> {
        let tokens = tokenize(span);
        let words: Vec<&str> = tokens.iter().filter_map(Token::word).collect();
        let said = |w: &[&str]| w.join(" ");
        let later = counted_on(&words, en::dates::DAYS_FROM_THE_DATE_BEFORE)
            .or_else(|| {
                words.windows(2).find_map(|w| {
                    let (first, second) = (w[0], w[1]);
                    if arabic::is_one_of(first, ar::dates::THE_DAY) {
                        if arabic::is_one_of(second, ar::dates::FOLLOWING) {
                            return Some((1, said(w)));
                        }
                        if arabic::is_one_of(second, ar::dates::PREVIOUS) {
                            return Some((-1, said(w)));
                        }
                        if arabic::is_one_of(second, ar::dates::ITSELF) {
                            return Some((0, said(w)));
                        }
                    }
                    (arabic::is_one_of(first, ar::dates::SAME)
                        && arabic::is_one_of(second, ar::dates::THE_DAY))
                    .then(|| (0, said(w)))
                })
            })
            .or_else(|| arabic_days_after(&tokens));
        if let Some((days, said)) = later {
            return Some(Self::DaysFrom(days, said));
        }
        let months = counted_on(&words, en::dates::MONTHS_FROM_THE_DATE_BEFORE).or_else(|| {
            words.windows(2).find_map(|w| {
                (arabic::is_one_of(w[0], ar::dates::THE_MONTH)
                    && arabic::is_one_of(w[1], ar::dates::NEXT))
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
                && !en::dates::COUNTED_FROM_ELSEWHERE.contains(&prev)
            {
                return Some(Self::Weekday(weekday, words_of_token(&tokens, i)));
            }
            if let TokenKind::Number { value, digits } = token.kind
                && prev == en::grammar::THE
                && token.end - token.start > digits
                && (1..=31).contains(&value)
                && !all
                    .get(i + 1)
                    .is_some_and(|w| en::dates::NOT_A_DAY_AFTER.contains(w))
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
pub(super) fn counted_from_the_date_before(
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
