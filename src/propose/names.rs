//! Finding known names in a span: actor aliases, gazetteer names, vocabulary cues. Matching is
//! by whole words, ignoring case, apostrophes and hyphens ("Kata'ib Hezbollah" = "Kataib
//! Hezbollah" = "kataib-hezbollah"); short all-capital aliases ("KH", "US") must match exactly,
//! so the pronoun "us" is not the United States.

use super::tokens::{Token, TokenKind, tokenize};

/// One way of writing a name, belonging to `owner` (an index into the caller's list).
pub struct Variant {
    pub owner: usize,
    pub text: String,
    words: Vec<String>,
    acronym: bool,
}

impl Variant {
    pub fn new(owner: usize, text: &str) -> Option<Self> {
        let words = words_of(&tokenize(text));
        let letters: Vec<char> = text.chars().filter(|c| c.is_alphabetic()).collect();
        let acronym =
            letters.len() <= 5 && !letters.is_empty() && letters.iter().all(|c| c.is_uppercase());
        (!words.is_empty()).then(|| Self {
            owner,
            text: text.to_owned(),
            words,
            acronym,
        })
    }
}

fn words_of(tokens: &[Token]) -> Vec<String> {
    tokens
        .iter()
        .filter_map(|t| match &t.kind {
            TokenKind::Word(w) => Some(w.clone()),
            TokenKind::Number { value, .. } => Some(value.to_string()),
            TokenKind::Punct(_) => None,
        })
        .collect()
}

/// A variant found in the span.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NameMatch {
    pub owner: usize,
    /// The words as written in the span.
    pub matched: String,
    /// Index of the first and one past the last word token (into `word_tokens` of the span).
    pub first_word: usize,
    pub end_word: usize,
    /// Code-point offsets in the span.
    pub start: usize,
    pub end: usize,
}

/// The span's word tokens (punctuation dropped), for matching and for cue distances.
pub fn word_tokens(span: &str) -> Vec<Token> {
    tokenize(span)
        .into_iter()
        .filter(|t| !matches!(t.kind, TokenKind::Punct(_)))
        .collect()
}

/// Every variant found, longest first where they overlap; earlier variants win ties.
pub fn find(span: &str, tokens: &[Token], variants: &[Variant]) -> Vec<NameMatch> {
    let words = words_of(tokens);
    let chars: Vec<char> = span.chars().collect();
    let mut found: Vec<NameMatch> = Vec::new();
    for variant in variants {
        let n = variant.words.len();
        if n > words.len() {
            continue;
        }
        for first in 0..=words.len() - n {
            if words[first..first + n] != variant.words[..] {
                continue;
            }
            let (start, end) = (tokens[first].start, tokens[first + n - 1].end);
            let matched: String = chars[start..end].iter().collect();
            if variant.acronym && matched != variant.text {
                continue;
            }
            found.push(NameMatch {
                owner: variant.owner,
                matched,
                first_word: first,
                end_word: first + n,
                start,
                end,
            });
        }
    }
    // Longest first; drop a match inside a longer (or equally long, earlier) one.
    found.sort_by_key(|m| (std::cmp::Reverse(m.end_word - m.first_word), m.first_word));
    let mut kept: Vec<NameMatch> = Vec::new();
    for candidate in found {
        let overlaps = kept
            .iter()
            .any(|k| candidate.first_word < k.end_word && k.first_word < candidate.end_word);
        if !overlaps {
            kept.push(candidate);
        }
    }
    kept.sort_by_key(|m| m.first_word);
    kept
}

#[cfg(test)]
mod tests {
    use super::*;

    fn variants(names: &[&str]) -> Vec<Variant> {
        names
            .iter()
            .enumerate()
            .filter_map(|(i, n)| Variant::new(i, n))
            .collect()
    }

    #[test]
    fn matching_ignores_case_apostrophes_and_hyphens() {
        let v = variants(&["Kata'ib Hezbollah", "Ain al-Asad"]);
        let span = "kataib-hezbollah fired at Ain Al Asad";
        let found = find(span, &word_tokens(span), &v);
        assert_eq!(found.iter().map(|m| m.owner).collect::<Vec<_>>(), [0, 1]);
        assert_eq!(found[1].matched, "Ain Al Asad");
    }

    #[test]
    fn acronyms_match_only_as_written() {
        let v = variants(&["US", "KH"]);
        let span = "let us see what KH and the US said";
        let found = find(span, &word_tokens(span), &v);
        assert_eq!(
            found.iter().map(|m| m.matched.as_str()).collect::<Vec<_>>(),
            ["KH", "US"]
        );
    }

    #[test]
    fn the_longest_name_wins_where_names_overlap() {
        let v = variants(&["Baghdad", "Baghdad International Airport"]);
        let span = "rockets near Baghdad International Airport";
        let found = find(span, &word_tokens(span), &v);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].owner, 1);
    }
}
