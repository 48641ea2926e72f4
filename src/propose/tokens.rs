//! Splitting a span into words, numbers and punctuation, each with its code-point offsets, so
//! that parsers can look ahead and suggestions can point back into the text.

/// One token of a span.
#[derive(Clone, Debug, PartialEq)]
pub enum TokenKind {
    /// Lowercased, with apostrophes removed ("kata'ib" → "kataib").
    Word(String),
    /// Digits, with an ordinal suffix allowed ("23rd"); `digits` counts the digits as written.
    Number {
        value: u32,
        digits: usize,
    },
    Punct(char),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Token {
    pub kind: TokenKind,
    /// Code-point offsets into the tokenised text.
    pub start: usize,
    pub end: usize,
}

impl Token {
    pub fn word(&self) -> Option<&str> {
        match &self.kind {
            TokenKind::Word(word) => Some(word),
            _ => None,
        }
    }

    pub fn number(&self) -> Option<u32> {
        match self.kind {
            TokenKind::Number { value, .. } => Some(value),
            _ => None,
        }
    }

    pub fn is_punct(&self, c: char) -> bool {
        self.kind == TokenKind::Punct(c)
    }
}

fn is_apostrophe(c: char) -> bool {
    // ʾ and ʿ (hamza and ayn in transliterations) go as apostrophes do: "Kataʾib" = "Kataib".
    matches!(
        c,
        '\'' | '\u{2019}' | '\u{2018}' | '\u{02BC}' | '`' | '\u{02BE}' | '\u{02BF}'
    )
}

/// The value of a digit in Western, Arabic-Indic (U+0660–U+0669) or Eastern Arabic-Indic
/// (U+06F0–U+06F9) script.
pub fn digit_value(c: char) -> Option<u32> {
    match c {
        '0'..='9' => c.to_digit(10),
        '\u{0660}'..='\u{0669}' => Some(c as u32 - 0x0660),
        '\u{06F0}'..='\u{06F9}' => Some(c as u32 - 0x06F0),
        _ => None,
    }
}

fn is_digit(c: char) -> bool {
    digit_value(c).is_some()
}

/// Marks that belong to the letter before them (Arabic vowels and shadda, accents written
/// apart) and the Arabic tatweel, which only stretches a word: part of a word, never a break.
fn is_inside_word(c: char) -> bool {
    c == '\u{0640}' || unicode_normalization::char::is_combining_mark(c)
}

/// A word as matching sees it: lower case, accents and Arabic vowel marks dropped, and the
/// Arabic letters that are written several ways (alef with hamza or madda, alef maqsura, teh
/// marbuta) folded to one ([`super::arabic::fold_letter`]), so "Fallūjah" = "fallujah" and
/// "tabannat" (claimed) is one word with its shadda written or not.
pub fn fold(word: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    // Most words of most reports: nothing to decompose.
    if word.is_ascii() {
        return word
            .chars()
            .filter(|c| !is_apostrophe(*c))
            .map(|c| c.to_ascii_lowercase())
            .collect();
    }
    word.nfd()
        .filter(|c| !is_inside_word(*c) && !is_apostrophe(*c))
        .flat_map(char::to_lowercase)
        .map(super::arabic::fold_letter)
        .collect()
}

/// Tokens of `text`. Hyphens split words ("mid-December" → "mid", "-", "december").
pub fn tokenize(text: &str) -> Vec<Token> {
    let chars: Vec<char> = text.chars().collect();
    let tokens = tokens_of(&chars);
    // Words of a language the rules read through a lexicon become the words they know.
    super::lexicon::read_for_rules(&chars, tokens)
}

/// Tokens of `text` as written, before any lexicon reads them: to tell its language.
pub fn words_as_written(text: &str) -> Vec<Token> {
    tokens_of(&text.chars().collect::<Vec<_>>())
}

fn tokens_of(chars: &[char]) -> Vec<Token> {
    let mut tokens = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let start = i;
        if is_digit(c) {
            let mut value: u64 = 0;
            while i < chars.len()
                && (is_digit(chars[i]) || (chars[i] == ',' && is_thousands_group(chars, i)))
            {
                if let Some(digit) = digit_value(chars[i]) {
                    value = value.saturating_mul(10).saturating_add(u64::from(digit));
                }
                i += 1;
            }
            let digits = chars[start..i].iter().filter(|c| is_digit(**c)).count();
            // Ordinal suffixes and units written together: "23rd", "107mm".
            let suffix_start = i;
            while i < chars.len() && chars[i].is_alphabetic() {
                i += 1;
            }
            let suffix: String = chars[suffix_start..i]
                .iter()
                .collect::<String>()
                .to_lowercase();
            let value = u32::try_from(value).unwrap_or(u32::MAX);
            let ordinal = super::lexicon::en::numbers::ORDINAL_SUFFIXES.contains(&suffix.as_str());
            let a_year = digits == 4 && (1900..2100).contains(&value) && suffix.is_empty();
            if !a_year && let Some(name) = designator_before(chars, &mut tokens, start) {
                // "USS Laboon (DDG-58)", "an MQ-9 Reaper", "Shahed-136 drones": a name, not a count.
                tokens.push(Token {
                    kind: TokenKind::Word(format!("{}-{value}{suffix}", name.0)),
                    start: name.1,
                    end: i,
                });
                continue;
            }
            match suffix.as_str() {
                _ if suffix.is_empty() || ordinal => tokens.push(Token {
                    kind: TokenKind::Number { value, digits },
                    start,
                    end: i,
                }),
                _ => tokens.push(Token {
                    kind: TokenKind::Word(format!("{value}{suffix}")),
                    start,
                    end: i,
                }),
            }
        } else if super::arabic::CONJUNCTIONS.contains(&c)
            && chars.get(i + 1).is_some_and(|d| is_digit(*d))
        {
            // Arabic writes "and" onto the number it joins: "3 wa-4" is 3 and 4.
            tokens.push(Token {
                kind: TokenKind::Word(c.to_string()),
                start,
                end: i + 1,
            });
            i += 1;
        } else if c.is_alphabetic() {
            let mut raw = String::new();
            while i < chars.len()
                && (chars[i].is_alphanumeric()
                    || is_inside_word(chars[i])
                    || (is_apostrophe(chars[i])
                        && i + 1 < chars.len()
                        && chars[i + 1].is_alphabetic()
                        && !raw.is_empty()))
            {
                raw.push(chars[i]);
                i += 1;
            }
            // An English possessive is the word itself: "Sunday's attack", "Iraq's west".
            let possessive = raw.chars().count() > 3
                && raw.ends_with('s')
                && raw[..raw.len() - 1].ends_with(is_apostrophe);
            let (word, end) = if possessive {
                let cut = raw[..raw.len() - 1]
                    .char_indices()
                    .last()
                    .map_or(0, |(at, _)| at);
                (fold(&raw[..cut]), i - 2)
            } else if raw.is_ascii() && !raw.contains(is_apostrophe) {
                // Most words: folding is lower-casing, done in place.
                raw.make_ascii_lowercase();
                (raw, i)
            } else {
                (fold(&raw), i)
            };
            tokens.push(Token {
                kind: TokenKind::Word(word),
                start,
                end,
            });
        } else {
            if !c.is_whitespace() {
                tokens.push(Token {
                    kind: TokenKind::Punct(c),
                    start,
                    end: i + 1,
                });
            }
            i += 1;
        }
    }
    tokens
}

/// The word a number is written onto with a hyphen, capitalised as model and hull names are
/// ("DDG-58", "MQ-9", "Shahed-136"), taken off `tokens` with where it starts; `None` for
/// anything else, such as "mid-2019" or a range "3-5".
fn designator_before(
    chars: &[char],
    tokens: &mut Vec<Token>,
    number_start: usize,
) -> Option<(String, usize)> {
    let [.., word, hyphen] = tokens.as_slice() else {
        return None;
    };
    // A hull number may follow its class after a space: "USS Gravely (DDG 107)".
    if let Some(class) = hyphen.word()
        && hyphen.end + 1 == number_start
        && super::lexicon::en::numbers::HULL_CLASSES
            .iter()
            .any(|c| c.eq_ignore_ascii_case(class))
        && chars[hyphen.start..hyphen.end]
            .iter()
            .all(|c| c.is_uppercase())
    {
        let name = (class.to_owned(), hyphen.start);
        tokens.truncate(tokens.len() - 1);
        return Some(name);
    }
    let name = word.word()?;
    let joined =
        hyphen.is_punct('-') && hyphen.start + 1 == number_start && word.end == hyphen.start;
    let capitalised = chars.get(word.start).is_some_and(|c| c.is_uppercase());
    if !joined || !capitalised || super::lexicon::en::numbers::BEFORE_A_YEAR.contains(&name) {
        return None;
    }
    let name = (name.to_owned(), word.start);
    tokens.truncate(tokens.len() - 2);
    Some(name)
}

/// A comma inside a number ("4,500"): three digits follow and then no digit.
fn is_thousands_group(chars: &[char], comma: usize) -> bool {
    let after = &chars[comma + 1..];
    after.len() >= 3
        && after[..3].iter().all(|c| is_digit(*c))
        && after.get(3).is_none_or(|c| !is_digit(*c))
}

/// Words spelled out as numbers ("seven" → 7), in English's lexicon (other languages' number
/// words reach the rules read as these).
pub fn number_word(word: &str) -> Option<u32> {
    use super::lexicon::en::numbers;
    if let Some(n) = numbers::UNITS.iter().position(|w| *w == word) {
        return u32::try_from(n).ok();
    }
    if let Some(n) = numbers::TENS.iter().position(|w| *w == word) {
        return u32::try_from(20 + 10 * n).ok();
    }
    if numbers::ONE.contains(&word) {
        return Some(1);
    }
    (word == numbers::HUNDRED).then_some(100)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<TokenKind> {
        tokenize(text).into_iter().map(|t| t.kind).collect()
    }

    #[test]
    fn words_numbers_and_punctuation_with_offsets() {
        let tokens = tokenize("Kata\u{2019}ib fired 14 rockets, 4,500 rounds; 23rd 107mm");
        let kinds: Vec<_> = tokens.iter().map(|t| t.kind.clone()).collect();
        assert_eq!(
            kinds,
            vec![
                TokenKind::Word("kataib".into()),
                TokenKind::Word("fired".into()),
                TokenKind::Number {
                    value: 14,
                    digits: 2
                },
                TokenKind::Word("rockets".into()),
                TokenKind::Punct(','),
                TokenKind::Number {
                    value: 4500,
                    digits: 4
                },
                TokenKind::Word("rounds".into()),
                TokenKind::Punct(';'),
                TokenKind::Number {
                    value: 23,
                    digits: 2
                },
                TokenKind::Word("107mm".into()),
            ]
        );
        assert_eq!((tokens[0].start, tokens[0].end), (0, 7));
    }

    #[test]
    fn a_list_comma_is_not_a_thousands_separator() {
        assert_eq!(
            kinds("3, 9, 23"),
            vec![
                TokenKind::Number {
                    value: 3,
                    digits: 1
                },
                TokenKind::Punct(','),
                TokenKind::Number {
                    value: 9,
                    digits: 1
                },
                TokenKind::Punct(','),
                TokenKind::Number {
                    value: 23,
                    digits: 2
                },
            ]
        );
    }

    #[test]
    fn a_number_written_onto_a_name_is_part_of_the_name() {
        assert_eq!(
            kinds("USS Laboon (DDG-58) and an MQ-9"),
            vec![
                TokenKind::Word("uss".into()),
                TokenKind::Word("laboon".into()),
                TokenKind::Punct('('),
                TokenKind::Word("ddg-58".into()),
                TokenKind::Punct(')'),
                TokenKind::Word("and".into()),
                TokenKind::Word("an".into()),
                TokenKind::Word("mq-9".into()),
            ]
        );
        // A hull number after its class and a space is the ship's name too.
        assert_eq!(
            kinds("USS Gravely (DDG 107)")[2..],
            [
                TokenKind::Punct('('),
                TokenKind::Word("ddg-107".into()),
                TokenKind::Punct(')'),
            ]
        );
        // A time in a year, a range and a lower-case word keep their numbers.
        for text in ["Mid-2019", "Feb-2020", "3-5", "al-3"] {
            assert!(
                kinds(text)
                    .iter()
                    .any(|k| matches!(k, TokenKind::Number { .. })),
                "{text}"
            );
        }
    }

    #[test]
    fn spelled_numbers() {
        assert_eq!(number_word("seven"), Some(7));
        assert_eq!(number_word("forty"), Some(40));
        assert_eq!(number_word("rockets"), None);
    }
}
