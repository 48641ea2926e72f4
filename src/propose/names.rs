//! Finding known names in a span: actor aliases, gazetteer names, vocabulary cues. Matching is
//! by whole words, ignoring case, accents, apostrophes and hyphens ("Kata'ib Hezbollah" =
//! "Kataib Hezbollah" = "kataib-hezbollah"), the article al-/el- ("Ain al-Asad" = "Ain Asad"),
//! the spellings transliteration varies in (doubled letters, e/i, o/u, a final h: "Falluja" =
//! "Fallujah", "Hizbollah" = "Hezbollah"), and in Arabic the vowel marks, the article al- and
//! the words written onto a name (wa- and, bi- in, li- to: "wa-bi-Baghdad" holds "Baghdad",
//! see [`arabic::stems`]). Short
//! all-capital aliases ("KH", "US") must match exactly, so the pronoun "us" is not the United
//! States.

use rustc_hash::FxHashMap as HashMap;

use super::arabic::{self, is_arabic, without_article};
use super::tokens::{Token, TokenKind, tokenize};

/// One way of writing a name, belonging to `owner` (an index into the caller's list).
pub struct Variant {
    pub owner: usize,
    pub text: String,
    /// The matching keys of its words (see [`key`]), the article al-/el- left out.
    words: Vec<String>,
    acronym: bool,
    /// A proper noun of the Latin script: matches only where written with a capital, so the
    /// town of Hit is not the verb "hit".
    proper: bool,
}

/// What a word of a name is compared by. Latin: doubled letters single, e as i, o as u, a
/// final h after a vowel dropped. Arabic: without the article.
fn key(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    push_key(word, &mut out);
    out
}

/// [`key`] written at the end of `out` (which the key's letters are compared within).
fn push_key(word: &str, out: &mut String) {
    if is_arabic(word) {
        out.push_str(without_article(word));
        return;
    }
    let start = out.len();
    // Arabic has no e or o: transliterations write them for i and u ("Makhmour" = "Makhmur",
    // "Dohuk" = "Duhok").
    let vowel = |c: char| match c {
        'e' => 'i',
        'o' => 'u',
        other => other,
    };
    for c in word.chars().map(vowel) {
        if out.len() == start || !out.ends_with(c) || c.is_ascii_digit() {
            out.push(c);
        }
    }
    let own = &out[start..];
    if own.len() > 3 && own.ends_with('h') && own[..own.len() - 1].ends_with(['a', 'i', 'u']) {
        out.pop();
    }
}

/// The article al-/el- written apart ("Ain al-Asad"): left out of names on both sides.
fn is_article(word: &str) -> bool {
    super::lexicon::en::places::ARTICLES_WRITTEN_APART.contains(&word)
}

impl Variant {
    pub fn new(owner: usize, text: &str) -> Option<Self> {
        let words: Vec<String> = words_of(&tokenize(text))
            .iter()
            .filter(|w| !is_article(w))
            .map(|w| key(w))
            .collect();
        let letters: Vec<char> = text.chars().filter(|c| c.is_alphabetic()).collect();
        let acronym =
            letters.len() <= 5 && !letters.is_empty() && letters.iter().all(|c| c.is_uppercase());
        (!words.is_empty()).then(|| Self {
            owner,
            text: text.to_owned(),
            words,
            acronym,
            proper: false,
        })
    }

    /// A name that matches only as written (case and letters), for places far from where
    /// transliterations vary: read loosely, "Batli" (Batley) would be "battle".
    pub fn exact_name(owner: usize, text: &str) -> Option<Self> {
        Self::proper_noun(owner, text).map(|v| Self { acronym: true, ..v })
    }

    /// A name that must be written with a capital where it is Latin script.
    pub fn proper_noun(owner: usize, text: &str) -> Option<Self> {
        let proper = text.chars().next().is_some_and(char::is_uppercase);
        // A Latin name of three letters or fewer matches only as written: read loosely, "Oss",
        // "Ann", "Edd" would be "US", "An", "IED".
        let letters = text.chars().filter(|c| c.is_alphabetic()).count();
        let short = letters <= 3 && !is_arabic(text);
        Self::new(owner, text)
            // An Arabic name read without its first letters as an article (Alma, written
            // alif-lam-mim-alif, read as "ma", what) is too short to tell from everyday words.
            .filter(|v| !is_arabic(text) || v.words.iter().any(|w| w.chars().count() >= 3))
            .map(|v| Self {
                proper,
                acronym: v.acronym || short,
                ..v
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

/// Variants indexed by their first word, built once for a list searched often (the gazetteer).
pub struct NameIndex {
    variants: Vec<Variant>,
    /// Variants of one word, by it; of more, by their first two words (joined by a NUL):
    /// a word as common as "US" would otherwise bring every "US Embassy in …" to check.
    by_first_word: HashMap<String, Vec<usize>>,
    by_first_two: HashMap<String, Vec<usize>>,
}

impl NameIndex {
    pub fn new(variants: Vec<Variant>) -> Self {
        let mut by_first_word: HashMap<String, Vec<usize>> = HashMap::default();
        let mut by_first_two: HashMap<String, Vec<usize>> = HashMap::default();
        for (index, variant) in variants.iter().enumerate() {
            match variant.words.as_slice() {
                [] => {}
                [only] => by_first_word.entry(only.clone()).or_default().push(index),
                [first, second, ..] => by_first_two
                    .entry(pair_key(first, second))
                    .or_default()
                    .push(index),
            }
        }
        Self {
            variants,
            by_first_word,
            by_first_two,
        }
    }

    /// Every variant found, as [`find`] finds them.
    pub fn find(&self, span: &str, tokens: &[Token]) -> Vec<NameMatch> {
        self.find_in(&SpanWords::with_tokens(span, tokens.into()))
    }

    /// [`Self::find`] in words already read, for a span searched by several indexes.
    pub fn find_in(&self, words: &SpanWords<'_>) -> Vec<NameMatch> {
        find_prepared(words, &self.variants, None, |position, found| {
            self.candidates_at(words, position, found)
        })
    }

    /// [`Self::find_in`], where of names as long as each other that the same words match, an
    /// owner `preferred` wins over the variants listed before it.
    pub fn find_in_preferring(
        &self,
        words: &SpanWords<'_>,
        preferred: &dyn Fn(usize) -> bool,
    ) -> Vec<NameMatch> {
        find_prepared(words, &self.variants, Some(preferred), |position, found| {
            self.candidates_at(words, position, found)
        })
    }

    /// The variants whose first word (or first two) stand at `position`.
    fn candidates_at(&self, words: &SpanWords<'_>, position: usize, found: &mut Vec<usize>) {
        for first in words.keys_at(position) {
            found.extend(self.by_first_word.get(first).into_iter().flatten());
            if self.by_first_two.is_empty() {
                continue;
            }
            for second in words.keys_at(position + 1) {
                let pair = pair_key(first, second);
                found.extend(self.by_first_two.get(&pair).into_iter().flatten());
            }
        }
    }
}

/// A span's word tokens and the keys its words match by, read once for the several indexes
/// (actors, places, gazetteer, weapons) that search it.
pub struct SpanWords<'s> {
    pub span: &'s str,
    /// The span's word tokens (punctuation dropped), as [`word_tokens`] gives them; borrowed
    /// when the caller has them already.
    pub tokens: std::borrow::Cow<'s, [Token]>,
    /// The words without articles, each with its token index and its possible keys (a range
    /// of `key_spans`).
    keys: Vec<(usize, std::ops::Range<usize>)>,
    /// Where each key lies in `key_text`: all the keys in one string, not a string each.
    key_spans: Vec<std::ops::Range<usize>>,
    key_text: String,
    chars: Vec<char>,
}

impl<'s> SpanWords<'s> {
    pub fn new(span: &'s str) -> Self {
        Self::with_tokens(span, word_tokens(span).into())
    }

    /// The words of `span` from its tokens as [`tokenize`] gives them (punctuation dropped
    /// here), for a span other proposals tokenised already.
    pub fn from_tokens(span: &'s str, tokens: Vec<Token>) -> Self {
        let words: Vec<Token> = tokens
            .into_iter()
            .filter(|t| !matches!(t.kind, TokenKind::Punct(_)))
            .collect();
        Self::with_tokens(span, words.into())
    }

    fn with_tokens(span: &'s str, tokens: std::borrow::Cow<'s, [Token]>) -> Self {
        let mut keys = Vec::with_capacity(tokens.len());
        let mut key_spans = Vec::with_capacity(tokens.len());
        let mut key_text = String::with_capacity(span.len() + span.len() / 4);
        for (i, word) in words_of(&tokens).iter().enumerate() {
            if is_article(word) {
                continue;
            }
            let first = key_spans.len();
            let mut push = |key: &str| {
                let start = key_text.len();
                key_text.push_str(key);
                key_spans.push(start..key_text.len());
            };
            if is_arabic(word) {
                // A thing named in the singular is found in its dual too: "bi-ta'iratayn
                // musayyaratayn" (with two drones).
                for stem in arabic::stems(word) {
                    push(&stem);
                    if let Some(singular) = arabic::feminine_dual_singular(&stem) {
                        push(&singular);
                    }
                    // The indefinite accusative writes an alef after the noun and its
                    // adjective: "هجوما صاروخيا" (a rocket attack), "زورقا مسيرا".
                    if let Some(bare) = arabic::accusative_singular(&stem) {
                        push(bare);
                    }
                }
            } else {
                let start = key_text.len();
                push_key(word, &mut key_text);
                key_spans.push(start..key_text.len());
            }
            keys.push((i, first..key_spans.len()));
        }
        Self {
            span,
            chars: span.chars().collect(),
            tokens,
            keys,
            key_spans,
            key_text,
        }
    }

    /// The keys the word at `position` (among the words without articles) may stand for.
    fn keys_at(&self, position: usize) -> impl Iterator<Item = &str> {
        let spans = self.keys.get(position).map_or(0..0, |(_, r)| r.clone());
        self.key_spans[spans]
            .iter()
            .map(|r| &self.key_text[r.clone()])
    }
}

/// Every variant found, longest first where they overlap; earlier variants win ties.
pub fn find(span: &str, tokens: &[Token], variants: &[Variant]) -> Vec<NameMatch> {
    let mut by_first_word: HashMap<&str, Vec<usize>> = HashMap::default();
    for (index, variant) in variants.iter().enumerate() {
        if let Some(first) = variant.words.first() {
            by_first_word.entry(first.as_str()).or_default().push(index);
        }
    }
    let words = SpanWords::with_tokens(span, tokens.into());
    find_prepared(&words, variants, None, |position, found| {
        for key in words.keys_at(position) {
            found.extend(by_first_word.get(key).into_iter().flatten());
        }
    })
}

/// The index key of a name's first two words.
fn pair_key(first: &str, second: &str) -> String {
    let mut key = String::with_capacity(first.len() + second.len() + 1);
    key.push_str(first);
    key.push('\0');
    key.push_str(second);
    key
}

fn find_prepared(
    span_words: &SpanWords<'_>,
    variants: &[Variant],
    preferred: Option<&dyn Fn(usize) -> bool>,
    candidates_at: impl Fn(usize, &mut Vec<usize>),
) -> Vec<NameMatch> {
    let (words, chars, tokens) = (&span_words.keys, &span_words.chars, &span_words.tokens);
    let mut found: Vec<(usize, NameMatch)> = Vec::new();
    for position in 0..words.len() {
        let mut candidates: Vec<usize> = Vec::new();
        candidates_at(position, &mut candidates);
        candidates.sort_unstable();
        candidates.dedup();
        for index in candidates {
            let variant = &variants[index];
            let n = variant.words.len();
            let Some(run) = words.get(position..position + n) else {
                continue;
            };
            let same = (position..position + n)
                .zip(&variant.words)
                .all(|(at, word)| span_words.keys_at(at).any(|k| k == word));
            if !same {
                continue;
            }
            let (first, last) = (run[0].0, run[n - 1].0);
            let (start, end) = (tokens[first].start, tokens[last].end);
            let matched: String = chars[start..end].iter().collect();
            if variant.acronym && matched != variant.text {
                continue;
            }
            if variant.proper && matched.chars().next().is_some_and(char::is_lowercase) {
                continue;
            }
            let name = NameMatch {
                owner: variant.owner,
                matched,
                first_word: first,
                end_word: last + 1,
                start,
                end,
            };
            found.push((index, name));
        }
    }
    // Longest first (preferred owners, then earlier variants, first among equals); drop a match
    // inside a longer one.
    // The words already matched are marked, so each candidate checks only its own words (a
    // span naming a place thousands of times stays linear).
    match preferred {
        None => {
            found.sort_by_key(|(index, m)| (std::cmp::Reverse(m.end_word - m.first_word), *index));
        }
        Some(preferred) => {
            // Asked only of words two names compete for.
            let mut words_matched: HashMap<(usize, usize), usize> = HashMap::default();
            for (_, m) in &found {
                *words_matched.entry((m.first_word, m.end_word)).or_default() += 1;
            }
            let contested = |m: &NameMatch| words_matched[&(m.first_word, m.end_word)] > 1;
            found.sort_by_cached_key(|(index, m)| {
                (
                    std::cmp::Reverse(m.end_word - m.first_word),
                    contested(m) && !preferred(m.owner),
                    *index,
                )
            });
        }
    }
    let mut kept: Vec<NameMatch> = Vec::new();
    let mut matched_words = vec![false; tokens.len()];
    for (_, candidate) in found {
        let words = candidate.first_word..candidate.end_word;
        if !matched_words[words.clone()].iter().any(|&taken| taken) {
            matched_words[words].fill(true);
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
    fn transliterations_and_arabic_forms_match_one_name() {
        let v = variants(&["Fallujah", "Hezbollah", "Ain al-Asad", "بغداد", "الموصل"]);
        for (span, owner) in [
            ("shelling in Falluja", 0),
            ("Hizbollah fighters", 1),
            ("a drone over Ain el Asad", 2),
            ("rockets hit Ain Asad", 2),
            ("سقطت صواريخ ببغداد", 3),
            ("قرب وبغداد", 3),
            ("في مدينة الموصل", 4),
            ("والموصل", 4),
            ("تبنّت جهة الهجوم على موصل", 4),
        ] {
            let found = find(span, &word_tokens(span), &v);
            assert_eq!(
                found.iter().map(|m| m.owner).collect::<Vec<_>>(),
                [owner],
                "{span}"
            );
        }
        let span = "rockets hit the Baghdad airport";
        assert!(find(span, &word_tokens(span), &v).is_empty());
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
