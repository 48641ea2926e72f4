//! Quantities: a number with the words that bound it ("at least 14", "between 3 and 5"),
//! dozens and pairs, and quantities too vague to be a number.

#[allow(unused_imports)]
use super::*;

/// A number with the words that bound it: "at least 14", "between 3 and 5".
#[derive(Clone, Debug)]
pub(super) struct Quantity {
    pub(super) value: CountValue,
    pub(super) said: String,
    pub(super) start_token: usize,
    pub(super) end_token: usize,
}

pub(super) fn vague_quantity(tokens: &[Token], i: usize) -> Option<(usize, &'static str)> {
    use en::counts as words;
    let word = tokens[i].word()?;
    let next = tokens.get(i + 1).and_then(Token::word);
    let is_phrase = |phrase: &[&str]| {
        phrase
            .iter()
            .enumerate()
            .all(|(k, w)| tokens.get(i + k).and_then(Token::word) == Some(*w))
    };
    // Zero is a number ("no one", "nobody", "none").
    if is_phrase(words::NO_ONE) || word == words::NOBODY || word == words::NONE_OF[0] {
        return None;
    }
    if words::VAGUE.contains(&word) {
        return Some((i, "not a number"));
    }
    if word == words::A && next.is_some_and(|n| words::A_FEW.contains(&n)) {
        return Some((i + 1, "not an exact number"));
    }
    if word == words::A
        && next.is_some_and(|n| words::VOLLEYS.contains(&n))
        && !tokens[(i + 2).min(tokens.len())..(i + 5).min(tokens.len())]
            .iter()
            .any(|t| t.number().is_some())
    {
        return Some((i + 1, "not a number"));
    }
    // "several rockets", "dozens of shells", "a number of soldiers" in Arabic: no number
    // either.
    if arabic::is_one_of(word, ar::counts::VAGUE) {
        return Some((i, "not a number"));
    }
    if arabic::is_one_of(word, ar::counts::A_NUMBER)
        && next.is_some_and(|n| arabic::is_one_of(n, ar::counts::OF))
    {
        return Some((i + 1, "not an exact number"));
    }
    None
}

/// An Arabic bound before a number, and where the number stands: more than, over, no fewer
/// than (at least), fewer than, up to, about — the phrases of the lexicon's `BOUNDS`.
pub(super) fn arabic_bound(
    tokens: &[Token],
    i: usize,
    first: &str,
    second: &str,
) -> (&'static str, usize) {
    let word = |k: usize| tokens.get(k).and_then(Token::word).unwrap_or("");
    let _ = (first, second);
    ar::counts::BOUNDS
        .iter()
        .find(|(words, _)| {
            words
                .iter()
                .enumerate()
                .all(|(k, forms)| forms.is_empty() || arabic::is_one_of(word(i + k), forms))
        })
        .map_or(("", i), |(words, bound)| {
            let mut at = i + words.len();
            // "تجاوز الـ 60" (passed 60): the article written apart before the number.
            if word(at) == ar::grammar::ARTICLE
                && tokens.get(at + 1).is_some_and(|t| t.number().is_some())
            {
                at += 1;
            }
            (*bound, at)
        })
}

pub(super) fn number_at(tokens: &[Token], i: usize) -> Option<u32> {
    let token = tokens.get(i)?;
    // "No one was hurt", "nobody was killed", "no casualties": a count of zero.
    let next = tokens.get(i + 1).and_then(Token::word);
    {
        use en::counts as words;
        let word = token.word();
        let no = words::NO_ONE[0];
        let zero = (word == Some(no) && next.is_some_and(|n| words::NO_CASUALTIES.contains(&n)))
            || word == Some(words::NOBODY)
            // "none of the rockets hit the base"
            || (word == Some(words::NONE_OF[0]) && next == Some(words::NONE_OF[1]));
        if zero {
            return Some(0);
        }
        // The "one" of "no one" is no count of its own.
        if word == Some(words::NO_ONE[1]) && i > 0 && tokens[i - 1].word() == Some(no) {
            return None;
        }
        // "Another American service member was killed", "another was injured": one more of
        // people or munitions; "another 14" is the 14, "another ship" no count of either.
        if word == Some(words::ANOTHER) {
            let counted =
                next.is_some_and(|n| noun_kind(n).is_some() || en::AUXILIARIES.contains(&n));
            return counted.then_some(1);
        }
    }
    match &token.kind {
        // "The deaths put 2010 on a pace to become the deadliest year": a year, written without
        // a thousands separator and counting no noun after it, is no count.
        TokenKind::Number { value, digits: 4 }
            if token.end - token.start == 4
                && en::counts::YEARS.contains(value)
                && next.is_none_or(|n| noun_kind(n).is_none()) =>
        {
            None
        }
        TokenKind::Number { value, digits } if *digits < 6 => Some(*value),
        TokenKind::Word(word) => number_word(word).or_else(|| arabic::number_word(word)),
        _ => None,
    }
}

/// The bound an English phrase at token `i` sets on the number after it, and where that
/// number stands (see `lexicon::en::counts::BOUNDS`).
fn english_bound(tokens: &[Token], i: usize) -> Option<(&'static str, usize)> {
    let words = |k: usize| tokens.get(k).and_then(Token::word).unwrap_or("");
    if let Some((phrase, bound)) = en::counts::BOUNDS
        .iter()
        .find(|(phrase, _)| phrase.iter().enumerate().all(|(n, w)| words(i + n) == *w))
    {
        return Some((bound, i + phrase.len()));
    }
    let first = words(i);
    if en::counts::ABOUT_ABBREVIATED.contains(&first)
        && tokens.get(i + 1).is_some_and(|t| t.is_punct('.'))
    {
        return Some(("about", i + 2));
    }
    en::counts::ABOUT_WITHOUT_STOP
        .contains(&first)
        .then_some(("about", i + 1))
}

/// Arabic's numbers from 21 to 99 say the unit first, then "and" and the tens: "خمسة وعشرون"
/// (five and twenty), the "and" written onto the tens or standing apart. The whole number and
/// its last token, when the unit `n` at `at` is followed so.
fn arabic_tens_after(tokens: &[Token], at: usize, n: u32) -> Option<(u32, usize)> {
    if !(1..=9).contains(&n) || !tokens[at].word().is_some_and(arabic::is_arabic) {
        return None;
    }
    let word = |k: usize| tokens.get(k).and_then(Token::word);
    let (tens_at, joined) = match word(at + 1)? {
        w if w == arabic::AND_WORD => (at + 2, true),
        w => (at + 1, w.starts_with(arabic::AND)),
    };
    let tens = arabic::number_word(word(tens_at)?)?;
    (joined && (20..=90).contains(&tens) && tens % 10 == 0).then_some((tens + n, tens_at))
}

/// English numbers from 21 to 99 in words: the tens, then the unit after a hyphen or a space
/// ("Forty-four", "twenty one"). The whole number and its last token, when the tens `n` at `at`
/// are followed so.
fn english_tens_and_unit(tokens: &[Token], at: usize, n: u32) -> Option<(u32, usize)> {
    let is_tens_word = (20..=90).contains(&n)
        && n.is_multiple_of(10)
        && tokens[at]
            .word()
            .is_some_and(|w| !arabic::is_arabic(w) && number_word(w).is_some());
    if !is_tens_word {
        return None;
    }
    let unit_at = if tokens.get(at + 1).is_some_and(|t| t.is_punct('-')) {
        at + 2
    } else {
        at + 1
    };
    let unit = tokens.get(unit_at)?.word().and_then(number_word)?;
    (1..=9).contains(&unit).then_some((n + unit, unit_at))
}

/// Reads the quantity starting at token `i`, if one starts there.
pub(super) fn quantity_at(tokens: &[Token], i: usize) -> Option<Quantity> {
    let words = |k: usize| tokens.get(k).and_then(Token::word).unwrap_or("");
    if let Some((end, why)) = vague_quantity(tokens, i) {
        let said = tokens[i..=end]
            .iter()
            .filter_map(Token::word)
            .collect::<Vec<_>>()
            .join(" ");
        return Some(Quantity {
            value: CountValue::Unknown,
            said: format!("{said}: {why}"),
            start_token: i,
            end_token: end,
        });
    }
    // Bounds and ranges around a number.
    let (bound, number_index) = match english_bound(tokens, i) {
        Some(bound) => bound,
        None if arabic::is_arabic(words(i)) => arabic_bound(tokens, i, words(i), words(i + 1)),
        None => ("", i),
    };
    // "a dozen rockets" is about twelve, "half a dozen" about six ("dozens" is no number).
    let said_here = |phrase: &[&str]| {
        phrase
            .iter()
            .enumerate()
            .all(|(k, w)| words(number_index + k) == *w)
    };
    let dozen = en::counts::DOZENS
        .iter()
        .find(|dozen| said_here(dozen.words))
        .map(|dozen| (dozen.count, number_index + dozen.counting_words - 1))
        .or_else(|| {
            // "two dozen people", "three dozen rockets": that many twelves.
            (words(number_index + 1) == en::counts::DOZEN)
                .then(|| number_at(tokens, number_index))
                .flatten()
                .filter(|n| (2..=20).contains(n))
                .map(|n| (n * 12, number_index + 1))
        });
    let (n, number_index, bound) = match dozen {
        // A pair is two exactly; a dozen about twelve.
        Some((2, last)) => (2, last, bound),
        Some((n, last)) => (n, last, if bound.is_empty() { "about" } else { bound }),
        None => {
            let n = number_at(tokens, number_index)?;
            let is_article = en::counts::ARTICLES.contains(&words(number_index));
            if is_article && !bound.is_empty() {
                return None;
            }
            match arabic_tens_after(tokens, number_index, n)
                .or_else(|| english_tens_and_unit(tokens, number_index, n))
            {
                Some((n, last)) => (n, last, bound),
                None => (n, number_index, bound),
            }
        }
    };
    // "12 civilians were killed at least": Arabic and French may put "at least" after the noun
    // (« 4 morts au moins »).
    let at_least_after = at_least_after(tokens, number_index);
    let bound = if bound.is_empty() && at_least_after {
        "at least"
    } else {
        bound
    };
    // A second number: "3 to 5", "3-5", "between 3 and 5".
    let joiner = tokens.get(number_index + 1);
    let second = joiner
        .filter(|t| {
            t.is_punct('-')
                || t.is_punct('–')
                || t.word()
                    .is_some_and(|w| en::counts::RANGE_JOINERS.contains(&w))
        })
        .and_then(|_| number_at(tokens, number_index + 2).map(|m| (m, number_index + 2)))
        .filter(|(m, _)| *m > n && (bound == "between" || bound.is_empty()));
    let (value, said, end) = match (second, bound) {
        (Some((m, end)), _) => (
            Estimate {
                low: Some(n),
                best: None,
                high: Some(m),
            },
            format!("{n} to {m}"),
            end,
        ),
        (None, "between") => return None,
        (None, "at least") => (Estimate::at_least(n), format!("at least {n}"), number_index),
        (None, "more than") => (
            Estimate::at_least(n.saturating_add(1)),
            format!("more than {n}"),
            number_index,
        ),
        (None, "up to" | "at most") => (
            Estimate {
                low: None,
                best: None,
                high: Some(n),
            },
            format!("{bound} {n}"),
            number_index,
        ),
        (None, "fewer than") => (
            Estimate {
                low: None,
                best: None,
                high: Some(n.saturating_sub(1)),
            },
            format!("fewer than {n}"),
            number_index,
        ),
        // Kept as the best estimate; the reason says it is approximate.
        (None, "about") => (
            Estimate::exact(n),
            format!("about {n} (approximate)"),
            number_index,
        ),
        (None, _) => (Estimate::exact(n), n.to_string(), number_index),
    };
    Some(Quantity {
        value: CountValue::Known(value),
        said,
        start_token: i,
        end_token: end,
    })
}

/// Whether "at least" follows the count at token `at`, next to it or after its noun: "12
/// civilians were killed at least", Arabic "صاروخين على الأقل" (two rockets at least), French
/// « 4 morts au moins ».
pub(super) fn at_least_after(tokens: &[Token], at: usize) -> bool {
    let words = |k: usize| tokens.get(k).and_then(Token::word).unwrap_or("");
    (1..=2).any(|k| {
        let (a, b) = (words(at + k), words(at + k + 1));
        (arabic::is_one_of(a, ar::counts::ON) && arabic::is_one_of(b, ar::counts::LEAST))
            || [a, b] == en::counts::AT_LEAST_AFTER
    })
}
