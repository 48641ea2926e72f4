//! Dates written in digits ("2020-09-24", "14.03.2020", "03/04/2020") and how an ambiguous
//! one is read.

#[allow(unused_imports)]
use super::*;

/// Dates written in numbers: year first with any separator ("2020-09-24", "2020/09/24",
/// "2020.09.24"), or day first with dots ("14.03.2020", as European and Middle Eastern sources
/// write). Slashed day-first dates are read only when the order is plain: "14/03/2020" (no
/// month 14); "03/04/2020" could be either and proposes nothing.
/// Of the two readings of `a/b/year` (day first or month first), the one that falls on the
/// weekday the span names, when exactly one does.
pub(super) fn reading_on_the_weekday(
    tokens: &[Token],
    year: u32,
    a: u32,
    b: u32,
) -> Option<(u32, u32, u32)> {
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
pub(super) fn civil_date(year: u32, month: u32, day: u32) -> Option<Date> {
    Date::new(
        i16::try_from(year).ok()?,
        i8::try_from(month).ok()?,
        i8::try_from(day).ok()?,
    )
    .ok()
}

/// The three numbers of a date written in digits at the start of `window` (`14.03.2020`:
/// 14, 3, 2020), its separator, and how many digits the first and last have.
pub(super) fn digits_written_together(window: &[Token]) -> Option<([u32; 3], char, [usize; 3])> {
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
pub(super) fn day_first_around(around: &str) -> Option<bool> {
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
pub(super) fn numeric_dates(
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
                    // Arabic writes the day first (bi-tarikh, "dated", 11/3/2020 is 11 March).
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
