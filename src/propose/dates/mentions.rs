//! The pieces a date is built of: a day number, a list of days, a season, a part of a month
//! or year ("early", "the last week of"), Arabic ordinal days, and the mentions they make.

#[allow(unused_imports)]
use super::*;
use crate::propose::lexicon::en;

pub(super) fn is_year(value: u32, digits: usize) -> bool {
    digits == 4 && (1900..=2100).contains(&value)
}

/// The next token after `i` that is not a full stop (for "Sept. 2").
pub(super) fn next_significant(tokens: &[Token], i: usize) -> Option<(usize, &Token)> {
    tokens
        .iter()
        .enumerate()
        .skip(i + 1)
        .find(|(_, t)| !t.is_punct('.'))
}

/// A day of a month found in the text, before its year is settled.
#[derive(Debug)]
pub(super) struct DayMention {
    pub(super) month: i8,
    pub(super) day: i8,
    pub(super) year: Option<i16>,
    /// Set for a range within the month ("between 3 and 6 May"): its first day.
    pub(super) first_day: Option<i8>,
    pub(super) start: usize,
    pub(super) end: usize,
}

/// A holiday on a fixed day of the calendar named from token `i` ("New Year's Eve", "Christmas
/// Day", Arabic laylat ra's al-sana): its month and day and its last token.
pub(super) fn fixed_holiday_at(tokens: &[Token], i: usize) -> Option<(i8, i8, usize)> {
    // Read for every word of an article: most start no holiday's name.
    let first = tokens[i].word()?;
    if !en::dates::FIXED_HOLIDAYS
        .iter()
        .any(|(name, _, _)| name[0] == first)
        && !ar::dates::FIXED_HOLIDAYS
            .iter()
            .any(|(name, _, _)| arabic::is_one_of(first, name[0]))
    {
        return None;
    }
    // The words from `i` on, with their token indices; "Year's" reads as "year", "s".
    let words: Vec<(usize, &str)> = tokens
        .iter()
        .enumerate()
        .skip(i)
        .take(6)
        .filter_map(|(k, t)| t.word().map(|w| (k, w)))
        .filter(|(_, w)| *w != en::dates::POSSESSIVE_S)
        .collect();
    let word = |n: usize| words.get(n).map_or("", |(_, w)| *w);
    let last = |n: usize| words.get(n).map(|(k, _)| *k);
    match (word(0), word(1), word(2)) {
        (first, second, third) if !arabic::is_arabic(first) => {
            let read = [first, second, third];
            let (name, month, day) = en::dates::FIXED_HOLIDAYS
                .iter()
                .find(|(name, _, _)| name.iter().zip(read).all(|(form, w)| *form == w))?;
            Some((*month, *day, last(name.len() - 1)?))
        }
        (first, second, third) if arabic::is_arabic(first) => {
            let read = [first, second, third];
            let (name, month, day) = ar::dates::FIXED_HOLIDAYS.iter().find(|(name, _, _)| {
                name.len() <= read.len()
                    && name
                        .iter()
                        .zip(read)
                        .all(|(forms, w)| arabic::is_one_of(w, forms))
            })?;
            Some((*month, *day, last(name.len() - 1)?))
        }
        _ => None,
    }
}

/// "and" in English or Arabic (wa, written apart from a number it joins: "3 wa-4").
pub(super) fn is_and(token: &Token) -> bool {
    token.word() == Some(en::grammar::AND) || token.word() == Some(arabic::AND_WORD)
}

/// A word that ends a range at the next day: "to", "through", "until", Arabic ila, hatta.
pub(super) fn is_range_to(token: &Token) -> bool {
    token.is_punct('-')
        || token.is_punct('–')
        || token
            .word()
            .is_some_and(|w| en::dates::RANGE_TO.contains(&w))
        || token
            .word()
            .is_some_and(|w| ar::dates::RANGE_TO.contains(&w))
}

/// A word that opens a range: "between" (English, or Arabic bayna).
pub(super) fn is_between(word: Option<&str>) -> bool {
    word == Some(en::dates::BETWEEN) || word.is_some_and(|w| ar::dates::BETWEEN.contains(&w))
}

pub(super) fn day_number(token: &Token) -> Option<i8> {
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
pub(super) fn days_before(tokens: &[Token], i: usize) -> (Vec<(usize, i8)>, Option<i8>) {
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
    let or = |t: &Token| t.word().is_some_and(|w| en::dates::LIST_OR.contains(&w));
    if !(join.is_punct(',') || is_and(join) || or(join)) {
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
pub(super) fn range_start(tokens: &[Token], i: usize) -> Option<usize> {
    let first = i.checked_sub(2)?;
    let opener = first.checked_sub(1).filter(|k| {
        tokens[*k]
            .word()
            .is_some_and(|w| en::dates::RANGE_OPENERS.contains(&w))
            || tokens[*k]
                .word()
                .is_some_and(|w| ar::dates::RANGE_OPENERS.contains(&w))
    });
    Some(tokens[opener.unwrap_or(first)].start)
}

/// A month (or year) named without a day: "in June", "early December", "2019".
#[derive(Debug)]
pub(super) struct VagueMention {
    pub(super) month: Option<i8>,
    /// Set for a season: the last month of the months it spans from `month` ("summer": June
    /// through August).
    pub(super) through_month: Option<i8>,
    pub(super) year: Option<i16>,
    pub(super) part: Option<Part>,
    pub(super) start: usize,
    pub(super) end: usize,
}

/// The months a season word just before token `i` spans (northern hemisphere: "summer of
/// 2019"), and the token naming it.
pub(super) fn season_ending_before(tokens: &[Token], i: usize) -> Option<((i8, i8), usize)> {
    let mut j = i;
    while j > 0 {
        j -= 1;
        let word = tokens[j].word()?;
        if en::dates::LINKING.contains(&word) {
            continue;
        }
        let (_, months) = en::dates::SEASONS
            .iter()
            .find(|(season, _)| *season == word)?;
        return Some((*months, j));
    }
    None
}

/// Every season named before the year at token `i`, in text order: "the spring and summer of
/// 2019" names two.
pub(super) fn seasons_before(tokens: &[Token], i: usize) -> Vec<(i8, i8)> {
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
pub(super) enum Part {
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
pub(super) const LAST_WEEK: u8 = 5;

/// Which week an ordinal before (English) or after (Arabic) "week" names.
pub(super) fn week_ordinal(word: &str) -> Option<u8> {
    if en::dates::LAST.contains(&word) || ar::dates::LAST.contains(&word) {
        return Some(LAST_WEEK);
    }
    en::dates::WEEK_ORDINALS
        .iter()
        .chain(ar::dates::WEEK_ORDINALS)
        .find(|(ordinal, _)| *ordinal == word)
        .map(|(_, week)| *week)
}

pub(super) fn part_of(word: &str) -> Option<Part> {
    let parts: [(&[&str], Part); 3] = if arabic::is_arabic(word) {
        [
            (ar::dates::EARLY, Part::Early),
            (ar::dates::MID, Part::Mid),
            (ar::dates::LATE, Part::Late),
        ]
    } else {
        [
            (en::dates::EARLY, Part::Early),
            (en::dates::MID, Part::Mid),
            (en::dates::LATE, Part::Late),
        ]
    };
    parts
        .iter()
        .find(|(words, _)| crate::propose::lexicon::is_form(word, words))
        .map(|(_, part)| *part)
}

/// "early"/"mid"/"late" just before token `i` (allowing "mid-", "the end of").
pub(super) fn part_before(tokens: &[Token], i: usize) -> Option<Part> {
    let mut j = i;
    while j > 0 {
        j -= 1;
        let token = &tokens[j];
        // "mid-", "the end of", muntasaf shahr Tammuz (mid-July), awakhir 'am 2019 (late 2019).
        let between = |w: &str| {
            en::dates::LINKING.contains(&w)
                || ar::dates::OF.contains(&w)
                || arabic::is_one_of(w, ar::dates::YEAR_OR_MONTH)
        };
        if token.is_punct('-') || token.word().is_some_and(between) {
            continue;
        }
        // "the first week of August", al-usbu' al-awwal min Ab (the same, the ordinal after).
        let word_at = |k: usize| tokens.get(k).and_then(Token::word);
        if token.word() == Some(en::dates::HALF) {
            let ordinal = j.checked_sub(1).and_then(word_at).unwrap_or("");
            return en::dates::HALVES
                .iter()
                .position(|forms| forms.contains(&ordinal))
                .map(|half| Part::Half(half as u8 + 1));
        }
        // "the final days of 2019", "the closing days of May".
        if token.word() == Some(en::dates::THE_DAYS)
            && j.checked_sub(1)
                .and_then(word_at)
                .is_some_and(|w| en::dates::LAST_DAYS.contains(&w))
        {
            return Some(Part::LastDays);
        }
        if token.word() == Some(en::dates::WEEK) {
            return j
                .checked_sub(1)
                .and_then(word_at)
                .and_then(week_ordinal)
                .map(Part::Week);
        }
        if let Some(week) = token.word().and_then(week_ordinal)
            && j.checked_sub(1)
                .and_then(word_at)
                .is_some_and(|w| ar::dates::THE_WEEK.contains(&w))
        {
            return Some(Part::Week(week));
        }
        // an-nisf al-thani min 'am 2020 (the second half of 2020): Arabic puts the ordinal
        // after the half.
        if j.checked_sub(1)
            .and_then(word_at)
            .is_some_and(|w| arabic::is_one_of(w, ar::dates::THE_HALF))
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
/// "24 September", "the 3rd of May", Arabic "3 min Adhar" (3 of March), "al-thalith min shahr
/// Adhar" (the third of the month of March).
pub(super) fn month_after_day(tokens: &[Token], i: usize) -> Option<(i8, usize)> {
    let linking = |t: &Token| {
        t.is_punct('.')
            || t.word() == Some(en::grammar::OF)
            || t.word()
                .is_some_and(|w| arabic::is_one_of(w, ar::dates::OF_MONTH))
    };
    let (j, _) = tokens
        .iter()
        .enumerate()
        .skip(i + 1)
        .find(|(_, t)| !linking(t))?;
    month_at(tokens, j)
}

/// Where the word before token `i` opens a range ("between", "from", Arabic bayna, min).
pub(super) fn range_opener(tokens: &[Token], i: usize) -> Option<usize> {
    let k = i.checked_sub(1)?;
    (tokens[k]
        .word()
        .is_some_and(|w| en::dates::RANGE_OPENERS.contains(&w))
        || tokens[k]
            .word()
            .is_some_and(|w| ar::dates::RANGE_OPENERS.contains(&w)))
    .then(|| tokens[k].start)
}

/// Ordinal days read in a row: each day with the token it starts at, whether they are a
/// range, and the last token read.
pub(super) struct OrdinalDays {
    pub(super) days: Vec<(i8, usize)>,
    pub(super) range: bool,
    pub(super) last: usize,
}

/// Arabic ordinal days joined by "and" (wa) or by "to"/"until" (ila/hatta) before their month:
/// al-thalith wa-l-rabi' min Adhar (the third and fourth of March: a list), bayna al-thalith
/// wa-l-sadis (between the third and the sixth) or min al-thalith ila al-sadis (from the third
/// to the sixth: a range).
pub(super) fn arabic_ordinal_days(tokens: &[Token], i: usize) -> Option<OrdinalDays> {
    let (first, mut last) = arabic_ordinal_day(tokens, i)?;
    let mut days = vec![(first, i)];
    let mut to_joined = false;
    loop {
        let k = last + 1;
        let Some(word) = tokens.get(k).and_then(Token::word) else {
            break;
        };
        // wa-l-rabi' (and the fourth): the conjunction written onto the next ordinal.
        let (at, next) = if let Some(rest) = word
            .strip_prefix(arabic::AND)
            .filter(|r| r.starts_with(arabic::ARTICLE))
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

/// A day written as an Arabic ordinal starting at token `i` — al-thalith (3rd), al-rabi'
/// 'ashar (14th), al-hadi wa-l-'ishrin (21st), al-thalathin (30th) — with the index of its
/// last token. An ordinal that follows a noun with the article describes that noun (al-usbu'
/// al-awwal, the first week), so it is not a day unless the noun is a weekday.
pub(super) fn arabic_ordinal_day(tokens: &[Token], i: usize) -> Option<(i8, usize)> {
    // Every form read here carries the article; most words end here.
    let word = tokens
        .get(i)?
        .word()
        .filter(|w| w.starts_with(arabic::ARTICLE))?;
    let describes_noun = i
        .checked_sub(1)
        .and_then(|k| tokens[k].word())
        .is_some_and(|prev| {
            arabic::is_arabic(prev)
                && prev.starts_with(arabic::ARTICLE)
                && weekday_of(prev).is_none()
        });
    if describes_noun {
        return None;
    }
    let tens = |w: &str| {
        ar::dates::ORDINAL_TENS
            .iter()
            .find(|(forms, _)| arabic::is_one_of(w, forms))
            .map(|(_, ten)| *ten)
    };
    let unit_of = |w: &str| {
        ar::dates::ORDINAL_UNITS
            .iter()
            .find(|(name, _)| w == arabic::folded(name))
            .map(|(name, value)| (*name, *value))
    };
    let next = tokens.get(i + 1).and_then(Token::word);
    let teen = next.is_some_and(|n| arabic::is_one_of(n, ar::dates::TEEN));
    let and_tens = next.filter(|n| n.starts_with(arabic::AND)).and_then(tens);
    let (day, last) = match unit_of(word) {
        Some((_, unit)) if unit < 10 && teen => (unit + 10, i + 1),
        Some((name, unit)) => match and_tens {
            Some(ten) if unit < 10 => (ten + unit, i + 1),
            // al-hadi is "first" only inside 11th, 21st and 31st.
            _ if name == ar::dates::FIRST_IN_COMPOUNDS => return None,
            _ => (unit, i),
        },
        None => (tens(word)?, i),
    };
    (1..=31).contains(&day).then_some((day, last))
}
