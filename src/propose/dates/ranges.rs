//! Ranges built of two mentions: "from late May to early June", "between 28 February and 3
//! March".

#[allow(unused_imports)]
use super::*;

/// Two vague mentions joined as a range ("from late May to early June 2017"): one range from
/// the start of the first to the end of the second, the year shared.
pub(super) fn vague_range(
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
        .any(|t| t.word() == Some(en::dates::BETWEEN));
    let joined = !between.is_empty()
        && between.iter().all(|t| {
            t.is_punct('-')
                || t.is_punct('–')
                || t.is_punct('—')
                || t.word().is_some_and(|w| en::dates::MONTHS_TO.contains(&w))
                || (t.word() == Some(en::grammar::AND) && between_opens)
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
/// 2020", "from 28 February to 2 March", Arabic min 29 Kanun al-awwal ila 3 Kanun al-thani):
/// one range, not two dates. Within one month the scan already joins them ("between 3 and 6
/// May").
pub(super) fn day_range_across_months(
    tokens: &[Token],
    days: &[DateProposal],
) -> Option<DateProposal> {
    let [first, second] = days else { return None };
    if first.start != first.end || second.start != second.end {
        return None;
    }
    let opened = tokens
        .iter()
        .filter(|t| t.end <= first.span_start)
        .any(|t| {
            is_between(t.word())
                || t.word() == Some(en::grammar::FROM)
                || t.word().is_some_and(|w| ar::dates::FROM.contains(&w))
        });
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
            || t.word().is_some_and(|w| en::dates::TILL.contains(&w))
            || t.word().is_some_and(|w| ar::dates::TILL.contains(&w))
            || ((t.word() == Some(en::grammar::AND) || t.word() == Some(arabic::AND_WORD))
                && opened)
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
