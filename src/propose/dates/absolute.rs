//! Absolute dates: every day, list of days and month or year a span names, read in one pass.

#[allow(unused_imports)]
use super::*;

pub(super) fn scan_absolute(tokens: &[Token]) -> (Vec<DayMention>, Vec<VagueMention>) {
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
                if let Some((month, last)) = month_at(tokens, i)
                    .filter(|_| word != en::dates::MAY || is_may_month(tokens, i))
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
                    .is_some_and(|w| en::dates::CLOCK_AFTER_A_NUMBER.contains(&w));
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
pub(super) fn only_list_joiners(tokens: &[Token], from: usize, to: usize) -> bool {
    // Tokens stand in text order: found by halving, not read from the start each time.
    let first = tokens.partition_point(|t| t.start < from);
    tokens[first..]
        .iter()
        .take_while(|t| t.end <= to)
        .all(|t| match &t.kind {
            TokenKind::Punct(_) => true,
            TokenKind::Number { .. } => true,
            TokenKind::Word(w) => {
                is_and(t)
                    || en::dates::LIST_JOINERS.contains(&w.as_str())
                    || ar::dates::LIST_JOINERS.contains(&w.as_str())
                    || arabic::is_one_of(w, ar::dates::YEAR)
                    || weekday_of(w).is_some()
                    || month_of(w).is_some()
            }
        })
}

/// "in January and February 2020", fi Kanun al-thani wa-Shubat 2020 (the same in Arabic): a
/// month joined by "and" to a month with a year is of that year (of the year before when it
/// comes later in the calendar: "December and January 2020").
pub(super) fn year_from_the_month_listed_after(tokens: &[Token], vague: &mut [VagueMention]) {
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
                    part_of(w).is_some()
                        || en::dates::LINKING.contains(&w)
                        || ar::dates::OF_MONTH.contains(&w)
                });
                is_and(t)
                    || t.is_punct(',')
                    || t.is_punct('-')
                    || t.word() == Some(en::grammar::OR)
                    || opens_next
            });
        if first.year.is_none() && first.through_month.is_none() && only_joiners {
            vague[k].year = Some(if month > next_month { year - 1 } else { year });
        }
    }
}

/// Whether the word before token `i` joins what starts there to the day before as a range:
/// "to", a dash, or "and" after "between" ("between August 3 and 5").
pub(super) fn joins_range(tokens: &[Token], i: usize) -> bool {
    i.checked_sub(1)
        .map(|k| &tokens[k])
        .is_some_and(|t| is_range_to(t) || (is_and(t) && opens_between(tokens, i)))
}

/// `day` of `month` at `span`: the end of a range begun by the last day when `joined` and
/// that day is earlier in the same month, else a day of its own.
pub(super) fn end_range_or_add(
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
pub(super) fn opens_between(tokens: &[Token], i: usize) -> bool {
    tokens[..i]
        .iter()
        .rev()
        .take(5)
        .any(|t| is_between(t.word()))
}

/// "May" is a month only next to a day or year or after "in"/"early"/"of".
pub(super) fn is_may_month(tokens: &[Token], i: usize) -> bool {
    let before = i.checked_sub(1).and_then(|j| tokens[j].word());
    let after = next_significant(tokens, i).map(|(_, t)| t);
    before.is_some_and(|w| en::dates::BEFORE_THE_MONTH_MAY.contains(&w))
        || after.is_some_and(|t| t.number().is_some())
}

/// A bare number continues a date list when it follows a comma, "and", "or", "on" or a dash.
pub(super) fn continues_list(tokens: &[Token], i: usize) -> bool {
    let mut j = i;
    while j > 0 {
        j -= 1;
        let token = &tokens[j];
        match &token.kind {
            TokenKind::Punct(',' | '-' | '–' | '&') => return true,
            TokenKind::Word(w)
                if en::dates::CONTINUING_A_LIST.contains(&w.as_str())
                    || w.as_str() == arabic::AND_WORD
                    || ar::dates::TO.contains(&w.as_str()) =>
            {
                // "on" may stand before a listed day, but does not join one.
                if w != en::grammar::ON {
                    return true;
                }
            }
            TokenKind::Number { value, digits } => return !is_year(*value, *digits),
            _ => return false,
        }
    }
    false
}
