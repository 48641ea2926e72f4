//! Languages the rules read through a lexicon. The rules look for concept words ("killed",
//! "at least", "rockets", "last week", "claimed"); a lexicon says which words and phrases of
//! its language stand for them, so that « Deux soldats ont été tués mardi soir » reaches the
//! rules as "two soldiers have been killed tuesday evening" while every token keeps the place
//! of the words it was read from (evidence and highlights still point at the French).
//!
//! A lexicon is data ([`Lexicon`]): the words of the language that are no words of the rules'
//! own (read wherever they stand), the words read so only in a text of the language (« a » is
//! "has", « sept » is "seven" — in English text they are neither), the marker words that say a
//! text is in the language, elided articles glued to the next word (« l'attaque »), and the
//! suffixes of ordinal day numbers (« 1er »). Adding a language is adding one such file.

pub mod ar;
pub mod en;
pub mod fr;

use rustc_hash::{FxHashMap, FxHashSet};

use super::tokens::{Token, TokenKind, fold};

/// One language's words as the rules read them.
pub struct Lexicon {
    /// Phrases of the language that are no words of the rules' language, and the concept
    /// words they stand for (empty: the words are left out, as an elided pronoun is).
    pub own_words: &'static [(&'static str, &'static str)],
    /// Phrases read so only in a text of the language: function words and words that mean
    /// something else in the rules' language.
    pub in_own_text: &'static [(&'static str, &'static str)],
    /// Words that show a text is in the language; two of them make it so.
    pub markers: &'static [&'static str],
    /// Articles and pronouns elided onto the next word (« l' », « d' », « qu' »), and what
    /// they stand for.
    pub elisions: &'static [(&'static str, &'static str)],
    /// Suffixes written onto a day number to make it an ordinal (« 1er »).
    pub ordinal_suffixes: &'static [&'static str],
    /// Words told apart by their accents alone (« à » is "at", « a » is "has"), which folding
    /// would make one: read by how they are written, in a text of the language.
    pub written_apart: &'static [(&'static str, &'static str)],
    /// The small words of the language's place names that its text reaches the rules as other
    /// words (« golfe d'Aden »: « d' » is "of"); an elided one ends with its apostrophe.
    pub name_particles: &'static [&'static str],
}

/// A time named from the article's day ("yesterday", "أمس", "last week"): its words, each
/// given by its forms, what it is, and how a reason says it (the words read, when `None`).
pub struct RelativeTime {
    pub words: &'static [&'static [&'static str]],
    pub when: Relative,
    pub said: Option<&'static str>,
}

/// What a [`RelativeTime`] names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Relative {
    /// The day so many days from the article's (0 today, −1 yesterday).
    Day(i8),
    /// The article's week so far, or the week before it.
    Week { this: bool },
}

/// The words a language names a time of day by, for `time_of_day`'s one rule. Each word of a
/// phrase is given by its forms (lowercase; Arabic as written, compared folded and past its
/// clitics).
pub struct TimesOfDay {
    /// Times named by words: "midnight", "dawn", فجرًا, « en fin de soirée » read as English.
    pub moments: &'static [&'static [&'static [&'static str]]],
    /// Words before a time that belong to it: "shortly before", "around", قبيل.
    pub qualifiers: &'static [&'static [&'static [&'static str]]],
    /// Words after a four-digit number that make it a clock time: "2100 local", "0300 GMT".
    pub after_four_digits: &'static [&'static str],
    /// Words after an hour of any digits that make it a clock time: "10 o'clock".
    pub after_an_hour: &'static [&'static str],
    /// The halves of the day written onto an hour ("9pm") and the marks of an hour written
    /// onto it, minutes glued after ("23h30").
    pub glued_halves_of_the_day: &'static [&'static str],
    pub glued_hour_marks: &'static [&'static str],
    /// The halves of the day after an hour ("7:20 a.m."), the dots between letters skipped.
    pub halves_of_the_day: &'static [&'static [&'static str]],
    /// Words after a clock time that belong to it: "local time".
    pub after_a_clock_time: &'static [&'static str],
    /// Words between such a word and the place whose clock it is ("time *of* Sanaa").
    pub before_the_clocks_place: &'static [&'static str],
    /// Words that join a second time to the first, the two a range or a sequence ("between
    /// 3 p.m. and 5 p.m.", « vers 21h30 puis vers 23h30 »).
    pub joining_a_second_time: &'static [&'static str],
    /// Words before an hour that make it a clock time by themselves (الساعة "the hour"): the
    /// hour may then be bare, written with a comma (الساعة 02,15) or as an ordinal word.
    pub clock_marks: &'static [&'static str],
    /// Hours written as ordinal words after a clock mark (الساعة السابعة), and the word that
    /// makes one of them a teen (الثانية عشر).
    pub hours_in_words: &'static [&'static str],
    pub teens: &'static [&'static str],
    /// Parts of the day written in the construct state, a part of the day only before a day
    /// (صباح الأحد "Sunday morning", عصر اليوم): alone, ظهر is "appeared", عصر "an era".
    pub parts_before_a_day: &'static [&'static str],
    /// Words of a day besides its weekday's name ("today", "yesterday").
    pub day_words: &'static [&'static str],
    /// The word joining a moment to the part of the day it is in (في ساعة متأخرة *من* مساء).
    pub of_a_part: &'static [&'static str],
    /// Words after a moment that belong to it (في ساعات المساء *الأولى*).
    pub after_a_moment: &'static [&'static str],
    /// Words after a clock time naming whose clock it is, the place's name following at once
    /// (بتوقيت واشنطن), in a script without capitals to tell the name: it runs to a day word
    /// or punctuation, at most three words.
    pub clock_of_a_place: &'static [&'static str],
}

/// Whether `word` (as tokens read it) is one of a table's `forms`: Latin words as written,
/// Arabic ones folded and past the clitics written onto them.
pub fn is_form(word: &str, forms: &'static [&'static str]) -> bool {
    forms.contains(&word) || super::arabic::is_one_of(word, forms)
}

/// Every language's words for the time of day.
pub fn times_of_day() -> [&'static TimesOfDay; 2] {
    [&en::TIMES_OF_DAY, &ar::time_of_day::TIMES_OF_DAY]
}

/// Every language's times named from the article's day.
pub fn relative_times() -> impl Iterator<Item = &'static RelativeTime> {
    en::RELATIVE_TIMES
        .iter()
        .chain(ar::relative_time::RELATIVE_TIMES)
}

/// Every lexicon the rules read through.
fn lexicons() -> &'static [Prepared] {
    static PREPARED: std::sync::OnceLock<Vec<Prepared>> = std::sync::OnceLock::new();
    PREPARED.get_or_init(|| vec![Prepared::of(&fr::LEXICON)])
}

/// A phrase's words as its text reaches the rules: folded, and an elided article split off
/// and read as the text's is (« chargée d'explosifs » is « chargée », "of", « explosifs »).
fn phrase_words(lexicon: &Lexicon, phrase: &str) -> Vec<String> {
    let mut words = Vec::new();
    for word in phrase.split([' ', '-']) {
        let elided = word.find(['\'', '\u{2019}']).and_then(|at| {
            let before = word[..at].to_lowercase();
            let (_, read_as) = lexicon.elisions.iter().find(|(form, _)| *form == before)?;
            let rest = word[at..].trim_start_matches(['\'', '\u{2019}']);
            Some((*read_as, rest))
        });
        match elided {
            Some((read_as, rest)) if !rest.is_empty() => {
                words.extend(read_as.split_whitespace().map(str::to_owned));
                words.push(fold(rest));
            }
            _ => words.push(fold(word)),
        }
    }
    words
}

/// A lexicon's phrases folded as tokens are, indexed by their first word.
struct Prepared {
    lexicon: &'static Lexicon,
    own: FxHashMap<String, Vec<Phrase>>,
    in_text: FxHashMap<String, Vec<Phrase>>,
    markers: FxHashSet<String>,
}

/// A phrase's folded words and the concept words it is read as.
struct Phrase {
    words: Vec<String>,
    read_as: Vec<String>,
}

impl Prepared {
    fn of(lexicon: &'static Lexicon) -> Self {
        let index = |entries: &[(&str, &str)]| {
            let mut by_first: FxHashMap<String, Vec<Phrase>> = FxHashMap::default();
            for (phrase, read_as) in entries {
                let words = phrase_words(lexicon, phrase);
                let read_as = read_as.split_whitespace().map(str::to_owned).collect();
                by_first
                    .entry(words[0].clone())
                    .or_default()
                    .push(Phrase { words, read_as });
            }
            // The longest phrase at a word is tried first.
            for phrases in by_first.values_mut() {
                phrases.sort_by_key(|p| std::cmp::Reverse(p.words.len()));
            }
            by_first
        };
        Self {
            lexicon,
            own: index(lexicon.own_words),
            in_text: index(lexicon.in_own_text),
            markers: lexicon.markers.iter().map(|m| fold(m)).collect(),
        }
    }

    /// Whether `tokens` read as a text of this language: two of its marker words, or one and
    /// a whole phrase only this language has (« 4 morts et 23 blessés » is French by « et »
    /// and « morts »; a short span rarely holds two markers). "the zone at 5 p.m. EST" is not
    /// French: « est » is one marker, and "zone" only begins « zone verte ».
    fn is_own_text(&self, tokens: &[Token]) -> bool {
        let words = || tokens.iter().filter_map(Token::word);
        let markers = words()
            .filter(|w| self.markers.contains(*w))
            .take(2)
            .count();
        markers == 2
            || (markers == 1
                && (0..tokens.len()).any(|i| {
                    phrase_at(&self.own, tokens, i)
                        .is_some_and(|(phrase, _)| !self.markers.contains(&phrase.words[0]))
                }))
    }
}

/// `tokens` of the text in `chars`, with every phrase of a lexicon's language replaced by the
/// concept words the rules know.
pub fn read_for_rules(chars: &[char], tokens: Vec<Token>) -> Vec<Token> {
    let surrounding = surrounding_languages(chars);
    let mut tokens = tokens;
    for (n, prepared) in lexicons().iter().enumerate() {
        let in_surrounding = surrounding & (1 << n) != 0;
        tokens = read_through(prepared, chars, tokens, in_surrounding);
    }
    tokens
}

/// A name as each lexicon's language reads it when it differs from its words as written: «
/// golfe d'Aden » reads "golfe of aden" in French text (its elided « d' » is "of"), so a name
/// the gazetteer lists in French matches the words French text reaches the rules in.
pub fn names_as_read(name: &str) -> Vec<String> {
    // Most names hold no particle of any language: not read again.
    let lower = name.to_lowercase();
    let holds_a_particle = |particles: &[&str]| {
        lower.split_whitespace().any(|word| {
            particles.iter().any(|particle| {
                word == *particle || (particle.ends_with(['\'', '’']) && word.starts_with(particle))
            })
        })
    };
    if !lexicons()
        .iter()
        .any(|prepared| holds_a_particle(prepared.lexicon.name_particles))
    {
        return Vec::new();
    }
    let chars: Vec<char> = name.chars().collect();
    let words = |tokens: &[Token]| -> String {
        tokens
            .iter()
            .filter_map(Token::word)
            .filter(|w| !w.is_empty())
            .collect::<Vec<_>>()
            .join(" ")
    };
    let as_written = words(&super::tokens::tokenize(name));
    lexicons()
        .iter()
        .map(|prepared| {
            words(&read_through(
                prepared,
                &chars,
                super::tokens::tokenize(name),
                true,
            ))
        })
        .filter(|read| *read != as_written && !read.is_empty())
        .collect()
}

/// The text around the span being read and its languages, one bit per lexicon: a span too
/// short to tell (« Fin novembre 2016 », « L'explosion a blessé trois soldats ») is in its
/// paragraph's language. Kept per thread: the last paragraph read stays, so that the many
/// proposals drafting asks of one paragraph tell its language once; `active` while one
/// [`with_surrounding_text`] runs.
#[derive(Default)]
struct Surrounding {
    text: String,
    languages: u32,
    active: bool,
}

thread_local! {
    static SURROUNDING: std::cell::RefCell<Surrounding> =
        std::cell::RefCell::new(Surrounding::default());
}

/// Runs `read` with `around` (the paragraph of the span) as the text whose language a span
/// of it too short to tell takes.
pub fn with_surrounding_text<R>(around: &str, read: impl FnOnce() -> R) -> R {
    if around.is_empty() {
        return read();
    }
    let before = SURROUNDING.with(|s| {
        let mut s = s.borrow_mut();
        let before = s.active;
        if s.text != around {
            s.languages = languages_of(around);
            s.text = around.to_owned();
        }
        s.active = s.languages != 0;
        before
    });
    let result = read();
    SURROUNDING.with(|s| s.borrow_mut().active = before);
    result
}

/// The lexicons whose language `text` is written in, one bit each.
fn languages_of(text: &str) -> u32 {
    let tokens = super::tokens::words_as_written(text);
    lexicons()
        .iter()
        .enumerate()
        .filter(|(_, prepared)| prepared.is_own_text(&tokens))
        .fold(0, |bits, (n, _)| bits | (1 << n))
}

/// The surrounding text's languages when `chars` are words of it (the span, its sentence),
/// not words of a table the rules index meanwhile.
fn surrounding_languages(chars: &[char]) -> u32 {
    SURROUNDING.with(|s| {
        let surrounding = s.borrow();
        if !surrounding.active || chars.is_empty() {
            return 0;
        }
        let text: String = chars.iter().collect();
        if surrounding.text.contains(text.as_str()) {
            surrounding.languages
        } else {
            0
        }
    })
}

fn read_through(
    prepared: &Prepared,
    chars: &[char],
    tokens: Vec<Token>,
    in_surrounding: bool,
) -> Vec<Token> {
    let own_text = in_surrounding || prepared.is_own_text(&tokens);
    let touches = |t: &Token| {
        t.word().is_some_and(|w| {
            prepared.own.contains_key(w) || (own_text && prepared.in_text.contains_key(w))
        })
    };
    if !own_text && !tokens.iter().any(touches) {
        return tokens;
    }
    let tokens = if own_text {
        split_elisions(prepared.lexicon, chars, tokens)
    } else {
        tokens
    };
    let mut out = Vec::with_capacity(tokens.len());
    let mut i = 0;
    while i < tokens.len() {
        if let Some(read_as) = own_text
            .then(|| written_apart(prepared.lexicon, chars, &tokens[i]))
            .flatten()
        {
            let (start, end) = (tokens[i].start, tokens[i].end);
            out.extend(read_as.split_whitespace().map(|w| concept(w, start, end)));
            i += 1;
            continue;
        }
        let found = phrase_at(&prepared.own, &tokens, i).or_else(|| {
            own_text
                .then(|| phrase_at(&prepared.in_text, &tokens, i))
                .flatten()
        });
        match found {
            Some((phrase, last)) => {
                let (start, end) = (tokens[i].start, tokens[last].end);
                out.extend(phrase.read_as.iter().map(|word| concept(word, start, end)));
                i = last + 1;
            }
            None => {
                out.push(
                    ordinal_day(prepared.lexicon, &tokens[i]).unwrap_or_else(|| tokens[i].clone()),
                );
                i += 1;
            }
        }
    }
    out
}

/// What a word the lexicon tells apart by its accents is read as.
fn written_apart(lexicon: &Lexicon, chars: &[char], token: &Token) -> Option<&'static str> {
    token.word()?;
    let length = token.end - token.start;
    if !lexicon
        .written_apart
        .iter()
        .any(|(form, _)| form.chars().count() == length)
    {
        return None;
    }
    let written: String = chars.get(token.start..token.end)?.iter().collect();
    let lower = written.to_lowercase();
    // As written first: a capital may be told apart by itself (French « A » for « À »).
    let form = |wanted: &str| lexicon.written_apart.iter().find(|(f, _)| *f == wanted);
    form(&written)
        .or_else(|| form(&lower))
        .map(|(_, read_as)| *read_as)
}

/// A concept word as a token over the words it was read from (a number as a number).
fn concept(word: &str, start: usize, end: usize) -> Token {
    let kind = match word.parse::<u32>() {
        Ok(value) => TokenKind::Number {
            value,
            digits: word.len(),
        },
        Err(_) => TokenKind::Word(word.to_owned()),
    };
    Token { kind, start, end }
}

/// The longest phrase of `index` whose words stand from token `i` (a hyphen between two of
/// them is passed over: « avant-hier », « dix-sept »), and its last token.
fn phrase_at<'p>(
    index: &'p FxHashMap<String, Vec<Phrase>>,
    tokens: &[Token],
    i: usize,
) -> Option<(&'p Phrase, usize)> {
    let first = tokens[i].word()?;
    index.get(first)?.iter().find_map(|phrase| {
        let mut at = i;
        for (n, word) in phrase.words.iter().enumerate() {
            if n > 0 {
                at += 1;
                if tokens.get(at).is_some_and(|t| t.is_punct('-')) {
                    at += 1;
                }
            }
            if tokens.get(at)?.word() != Some(word.as_str()) {
                return None;
            }
        }
        Some((phrase, at))
    })
}

/// « 1er », « 2e »: a day number with the language's ordinal suffix, which the tokens read as
/// one word.
fn ordinal_day(lexicon: &Lexicon, token: &Token) -> Option<Token> {
    let word = token.word()?;
    let digits = word.chars().take_while(char::is_ascii_digit).count();
    let suffix = &word[digits..];
    if digits == 0 || !lexicon.ordinal_suffixes.contains(&suffix) {
        return None;
    }
    let value = word[..digits].parse().ok()?;
    Some(Token {
        kind: TokenKind::Number { value, digits },
        start: token.start,
        end: token.end,
    })
}

/// Splits an elided article or pronoun off the word it is written onto (« l'attaque » is « l' »
/// and « attaque »), reading the text as written: the tokens have folded the apostrophe away.
fn split_elisions(lexicon: &Lexicon, chars: &[char], tokens: Vec<Token>) -> Vec<Token> {
    let mut out = Vec::with_capacity(tokens.len() + tokens.len() / 8);
    for token in tokens {
        let Some(written) = chars.get(token.start..token.end) else {
            out.push(token);
            continue;
        };
        let apostrophe = written
            .iter()
            .position(|c| matches!(c, '\'' | '\u{2019}'))
            .filter(|&at| at > 0 && at + 1 < written.len());
        let elided = apostrophe.and_then(|at| {
            let before: String = written[..at].iter().collect::<String>().to_lowercase();
            lexicon
                .elisions
                .iter()
                .find(|(form, _)| *form == before)
                .map(|(_, read_as)| (at, *read_as))
        });
        match elided {
            Some((at, read_as)) => {
                let rest: String = written[at + 1..].iter().collect();
                for word in read_as.split_whitespace() {
                    out.push(concept(word, token.start, token.start + at + 1));
                }
                out.push(Token {
                    kind: TokenKind::Word(fold(&rest)),
                    start: token.start + at + 1,
                    end: token.end,
                });
            }
            None => out.push(token),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;

    /// A row is never reached when an earlier row of the table is its beginning: the longer
    /// phrase must come first.
    #[test]
    fn no_relative_time_is_hidden_behind_a_shorter_one() {
        let rows: Vec<_> = super::relative_times().collect();
        for (later, row) in rows.iter().enumerate() {
            assert!(row.words.iter().all(|forms| !forms.is_empty()));
            for earlier in &rows[..later] {
                let begins = earlier.words.len() <= row.words.len()
                    && earlier
                        .words
                        .iter()
                        .zip(row.words)
                        .all(|(a, b)| b.iter().all(|form| a.contains(form)));
                assert!(!begins, "{:?} hides {:?}", earlier.words, row.words);
            }
        }
    }

    fn words(text: &str) -> Vec<String> {
        tokenize(text)
            .iter()
            .map(|t| match &t.kind {
                super::TokenKind::Word(w) => w.clone(),
                super::TokenKind::Number { value, .. } => value.to_string(),
                super::TokenKind::Punct(c) => c.to_string(),
            })
            .collect()
    }

    /// A short French span holds one marker word at most; with a word only French has, it is
    /// French all the same (real text: « faisait état de 4 morts et 23 blessés »).
    #[test]
    fn one_marker_and_a_french_word_make_a_short_span_french() {
        assert_eq!(
            words("4 morts et 23 blessés"),
            ["4", "dead", "and", "23", "wounded"]
        );
        // English with one French-looking marker stays English: "blesses" is an English word.
        assert_eq!(
            words("the priest blesses et cetera"),
            ["the", "priest", "blesses", "et", "cetera"]
        );
    }

    #[test]
    fn a_french_sentence_reaches_the_rules_in_their_words_at_its_own_places() {
        let text = "Deux soldats ont été tués mardi soir dans l’attaque du camp.";
        assert_eq!(
            words(text),
            [
                "two", "soldiers", "have", "been", "killed", "tuesday", "evening", "in", "the",
                "attack", "of", "the", "camp", "."
            ]
        );
        let tokens = tokenize(text);
        let killed = tokens
            .iter()
            .find(|t| t.word() == Some("killed"))
            .expect("read");
        let chars: Vec<char> = text.chars().collect();
        let written: String = chars[killed.start..killed.end].iter().collect();
        assert_eq!(written, "tués");
    }

    #[test]
    fn no_phrase_read_anywhere_opens_with_a_word_english_text_uses() {
        const ENGLISH: &[&str] = &[
            "a", "an", "the", "of", "and", "or", "to", "in", "on", "at", "by", "for", "plus",
            "mine", "mines", "more", "has", "was", "is",
        ];
        for lexicon in super::lexicons() {
            for first in lexicon.own.keys() {
                assert!(!ENGLISH.contains(&first.as_str()), "{first}");
            }
        }
    }

    #[test]
    fn french_function_words_are_read_so_only_in_french_text() {
        assert_eq!(
            words("a rocket hit the base"),
            ["a", "rocket", "hit", "the", "base"]
        );
        assert_eq!(words("Sept. 2"), ["sept", ".", "2"]);
        assert_eq!(
            words("sept roquettes ont été tirées le 1er juin"),
            [
                "seven", "rockets", "have", "been", "fired", "the", "1", "june"
            ]
        );
        // A word French alone has is read anywhere.
        assert_eq!(words("Cinq roquettes"), ["five", "rockets"]);
    }
}
