//! Reading the words dates are named by: month and weekday names (the English and Arabic
//! lexicons', Arabic with its two month series), and how a month is written back in a reason.

#[allow(unused_imports)]
use super::*;
use crate::propose::lexicon::en;

/// The month named at token `i` (one word, or two in Arabic: Kanun al-thani, January), with
/// the index of its last token.
/// The month named at `i` and the index of its last token. Arabic reports often name a month
/// in both series joined by a slash (Adhar/Maris, March): the pair is one month.
pub(super) fn month_at(tokens: &[Token], i: usize) -> Option<(i8, usize)> {
    let (month, last) = one_month_at(tokens, i)?;
    let slash = tokens
        .get(last + 1)
        .is_some_and(|t| matches!(t.kind, TokenKind::Punct('/')));
    match one_month_at(tokens, last + 2) {
        Some((again, pair_last)) if slash && again == month => Some((month, pair_last)),
        _ => Some((month, last)),
    }
}

pub(super) fn one_month_at(tokens: &[Token], i: usize) -> Option<(i8, usize)> {
    let word = tokens.get(i)?.word()?;
    if !arabic::is_arabic(word) {
        return month_of(word).map(|m| (m, i));
    }
    let next = tokens.get(i + 1).and_then(Token::word);
    // The months' names folded once; the word's stems once, not once a month.
    static FOLDED: std::sync::OnceLock<Vec<(Vec<String>, i8)>> = std::sync::OnceLock::new();
    let months = FOLDED.get_or_init(|| {
        ar::dates::MONTHS_LEVANTINE
            .iter()
            .chain(ar::dates::MONTHS_EGYPTIAN)
            .map(|(name, month)| (name.split(' ').map(fold).collect(), *month))
            .collect()
    });
    let stems = arabic::stems(word);
    let next_stems = next.map(arabic::stems).unwrap_or_default();
    // Tishrin al-awwal wa-l-thani (October and November): the second of two months that share
    // their first word names only its ordinal, joined by "and" (wa) to the first.
    // Only a word that is "and" and an ordinal asks about the words before it.
    let ordinal = word
        .strip_prefix(arabic::AND)
        .filter(|rest| ar::dates::SHARED_MONTH_ORDINALS.contains(rest));
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

pub(super) fn month_of(word: &str) -> Option<i8> {
    en::dates::MONTHS
        .iter()
        .position(|forms| forms.contains(&word))
        .and_then(|i| i8::try_from(i + 1).ok())
}

pub(crate) fn weekday_of(word: &str) -> Option<Weekday> {
    if arabic::is_arabic(word) {
        return ar::dates::WEEKDAYS
            .iter()
            .find(|(name, _)| arabic::is_one_of(word, name))
            .map(|(_, day)| *day);
    }
    en::dates::WEEKDAYS
        .iter()
        .find(|(name, _)| *name == word)
        .map(|(_, day)| *day)
}

pub(super) fn month_name(month: i8) -> &'static str {
    en::dates::MONTH_NAMES[usize::try_from(month - 1).unwrap_or(0).min(11)]
}
