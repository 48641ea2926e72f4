//! A group the codebook does not know, named where the words attribute an attack: "the Islamic
//! State said it set off", "a group calling itself Hurras al-Din claimed", "claimed by Liwa
//! Thar al-Muhandis", "officials accused Harakat Ansar Allah". Offered as a new actor, so that
//! one click adds it to the codebook and codes it.

use super::attribution::cues;
use super::tokens::{Token, TokenKind, tokenize};
use crate::model::Attribution;

/// Capitalised words that open a sentence or name who speaks, never a group.
const NOT_A_GROUP: &[&str] = &[
    "The",
    "A",
    "An",
    "It",
    "They",
    "He",
    "She",
    "We",
    "US",
    "U",
    "American",
    "Americans",
    "Iraqi",
    "Iraq",
    "Iranian",
    "Iran",
    "Washington",
    "Officials",
    "Pentagon",
    "Police",
    "Security",
    "Military",
    "Telegram",
    "Twitter",
    "Baghdad",
    "Syria",
    "Syrian",
    "Israel",
    "Israeli",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "No",
    "Nobody",
    "None",
    "Kurdish",
    "Kurdistan",
    "Coalition",
    "Both",
    "All",
    "In",
    "On",
];

/// Small words that may stand inside a name ("Asa'ib Ahl al-Haq", "Islamic Resistance in Iraq").
const CONNECTORS: &[&str] = &[
    "al", "el", "ad", "ash", "as", "at", "of", "in", "bin", "ibn", "wal",
];

/// Words leading to the name: "calling itself X", "known as X", "claimed by X".
const BEFORE_NAME: &[&[&str]] = &[
    &["calling", "itself"],
    &["calls", "itself"],
    &["called"],
    &["named"],
    &["known", "as"],
    &["claimed", "by"],
    &["blamed", "on"],
    &["attributed", "to"],
    &["accused"],
    &["accuse"],
    &["blamed"],
    &["suspect"],
];

/// Words that may stand between a group's name and its claim: "X has claimed", "X later said".
const BETWEEN: &[&str] = &[
    "has",
    "have",
    "had",
    "later",
    "also",
    "quickly",
    "swiftly",
    "reportedly",
    "then",
    "publicly",
];

fn original(text: &[char], token: &Token) -> String {
    text[token.start..token.end].iter().collect()
}

fn capitalised(text: &[char], token: &Token) -> bool {
    matches!(token.kind, TokenKind::Word(_)) && text[token.start].is_uppercase()
}

/// The name written from token `at` on (forward) or ending at `at` (backward): capitalised
/// words, with connectors and hyphens inside, first and last capitalised, at most six words.
fn name_at(text: &[char], tokens: &[Token], at: usize, forward: bool) -> Option<String> {
    let fits = |t: &Token| {
        capitalised(text, t) || t.is_punct('-') || t.word().is_some_and(|w| CONNECTORS.contains(&w))
    };
    let mut run: Vec<usize> = Vec::new();
    let mut k = at as isize;
    while k >= 0 && (k as usize) < tokens.len() && run.len() < 9 && fits(&tokens[k as usize]) {
        run.push(k as usize);
        k += if forward { 1 } else { -1 };
    }
    if !forward {
        run.reverse();
    }
    // Trim to capitalised ends.
    while run.first().is_some_and(|&i| !capitalised(text, &tokens[i])) {
        run.remove(0);
    }
    while run.last().is_some_and(|&i| !capitalised(text, &tokens[i])) {
        run.pop();
    }
    // "The Islamic State": the article is not part of the name.
    while run.len() > 1 && NOT_A_GROUP.contains(&original(text, &tokens[run[0]]).as_str()) {
        run.remove(0);
    }
    let (&first, &last) = (run.first()?, run.last()?);
    let name: String = text[tokens[first].start..tokens[last].end].iter().collect();
    let words = run.iter().filter(|&&i| tokens[i].word().is_some()).count();
    let single_stopword = words == 1 && NOT_A_GROUP.contains(&name.as_str());
    (words <= 6 && !single_stopword).then_some(name)
}

/// A group the text attributes the attack to, by name, with the attribution; `None` when no
/// name stands where the words say who did it.
pub fn unknown_group(text: &str) -> Option<(String, Attribution)> {
    let chars: Vec<char> = text.chars().collect();
    let tokens = tokenize(text);
    let words: Vec<usize> = (0..tokens.len())
        .filter(|&i| tokens[i].word().is_some())
        .collect();
    let word = |w: usize| tokens[words[w]].word().unwrap_or("");
    // "calling itself X", "claimed by X", "accused X".
    for (w, _) in words.iter().enumerate() {
        for lead in BEFORE_NAME {
            let end = w + lead.len();
            if end < words.len()
                && (0..lead.len()).all(|k| word(w + k) == lead[k])
                && let Some(name) = name_at(&chars, &tokens, words[end], true)
            {
                {
                    let attribution = match lead[0] {
                        "accused" | "accuse" | "blamed" | "attributed" => Attribution::Attributed,
                        "suspect" => Attribution::Suspected,
                        _ => cues(&tokens)
                            .first()
                            .map_or(Attribution::Claimed, |c| c.attribution),
                    };
                    return Some((name, attribution));
                }
            }
        }
    }
    // "X claimed", "X said it set off", "X has denied": the name just before the cue.
    let word_tokens: Vec<Token> = words.iter().map(|&i| tokens[i].clone()).collect();
    for cue in cues(&word_tokens) {
        if !matches!(cue.attribution, Attribution::Claimed | Attribution::Denied) {
            continue;
        }
        let mut before = cue.first_word;
        while before > 0 && BETWEEN.contains(&word(before - 1)) {
            before -= 1;
        }
        if before == 0 {
            continue;
        }
        if let Some(name) = name_at(&chars, &tokens, words[before - 1], false) {
            return Some((name, cue.attribution));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_are_named_where_the_words_attribute_the_attack() {
        for (text, name, attribution) in [
            (
                "a car bomb the Islamic State said it set off",
                "Islamic State",
                Attribution::Claimed,
            ),
            (
                "A group calling itself Hurras al-Din claimed the attack",
                "Hurras al-Din",
                Attribution::Claimed,
            ),
            (
                "The strike was claimed by Liwa Thar al-Muhandis",
                "Liwa Thar al-Muhandis",
                Attribution::Claimed,
            ),
            (
                "Officials accused Harakat Ansar Allah of the attack",
                "Harakat Ansar Allah",
                Attribution::Attributed,
            ),
            (
                "Saraya Qasim al-Jabbarin has denied any role",
                "Saraya Qasim al-Jabbarin",
                Attribution::Denied,
            ),
        ] {
            assert_eq!(
                unknown_group(text),
                Some((name.to_owned(), attribution)),
                "{text}"
            );
        }
    }

    #[test]
    fn no_name_where_the_words_name_none() {
        for text in [
            "No group has claimed responsibility",
            "The attack was claimed on Telegram",
            "officials blamed the militias",
            "It was not clear who fired the rockets",
        ] {
            assert_eq!(unknown_group(text), None, "{text}");
        }
    }
}
