//! What a count counts: munitions, people and attacks, named by their nouns, and the
//! words that may stand between a number and its noun.

#[allow(unused_imports)]
use super::*;
use crate::propose::lexicon::en;

/// What a counted noun is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum NounKind {
    Munition,
    Person,
    Attack,
}

pub(super) fn noun_kind(word: &str) -> Option<NounKind> {
    if arabic::is_arabic(word) {
        if let Some(singular) = arabic::accusative_singular(word)
            && let Some(kind) = noun_kind(singular)
        {
            return Some(kind);
        }
        if arabic::is_one_of(word, ar::counts::MUNITIONS) {
            return Some(NounKind::Munition);
        }
        if arabic::is_one_of(word, ar::counts::PEOPLE)
            || arabic::is_one_of(word, ar::counts::NATIONALITIES)
        {
            return Some(NounKind::Person);
        }
        return None;
    }
    let singular = word
        .strip_suffix("es")
        .filter(|s| s.ends_with("sh"))
        .or_else(|| word.strip_suffix('s'))
        .unwrap_or(word);
    let words = english_nouns();
    // "UAS" ends in an s of its own.
    if words.munitions.contains(singular) || words.munitions.contains(word) {
        Some(NounKind::Munition)
    } else if words.people.contains(singular) || is_demonym(singular) {
        Some(NounKind::Person)
    } else if words.attacks.contains(singular) {
        Some(NounKind::Attack)
    } else {
        None
    }
}

/// The English lexicon's count nouns, as sets (asked of every word of every span).
struct EnglishNouns {
    munitions: rustc_hash::FxHashSet<&'static str>,
    people: rustc_hash::FxHashSet<&'static str>,
    attacks: rustc_hash::FxHashSet<&'static str>,
}

fn english_nouns() -> &'static EnglishNouns {
    static NOUNS: std::sync::OnceLock<EnglishNouns> = std::sync::OnceLock::new();
    NOUNS.get_or_init(|| EnglishNouns {
        munitions: en::MUNITION_NOUNS.iter().copied().collect(),
        people: en::PEOPLE_NOUNS.iter().copied().collect(),
        attacks: en::ATTACK_NOUNS.iter().copied().collect(),
    })
}

/// A people's name for one of its own, which counts people: "two Americans and one Briton",
/// "three Iraqis", "a Filipino", "two Lebanese". By its endings, and the few that have none.
pub(super) fn is_demonym(word: &str) -> bool {
    nationality_ending(word, en::counts::DEMONYM_ENDINGS) || en::counts::DEMONYMS.contains(&word)
}

/// One of a noun Arabic names without a number, at token `i`: a casualty noun followed by a
/// singular person ("maqtal jundi", a soldier killed), or a singular munition followed by
/// "one" ("sarukh wahid", one rocket).
/// The kind, where the noun stands and the last token of the mention.
pub(super) fn arabic_one(tokens: &[Token], i: usize) -> Option<(NounKind, usize, usize)> {
    let word = tokens[i].word().filter(|w| arabic::is_arabic(w))?;
    let next = tokens.get(i + 1).and_then(Token::word).unwrap_or("");
    // The verbal noun or the passive verb: "maqtal muta'aqid" (a contractor killed), "qutila
    // shakhs" (a person was killed).
    let casualty = arabic::is_one_of(word, ar::counts::CASUALTY_BEFORE_ONE);
    if casualty && arabic::is_one_of(next, ar::counts::ONE_PERSON) {
        return Some((NounKind::Person, i + 1, i + 1));
    }
    // The indefinite accusative writes an alef after the noun ("أطلقت صاروخاً", fired a
    // rocket; "صاروخاً واحداً", one rocket).
    let one_munition = |w: &str| {
        arabic::is_one_of(w, ar::counts::ONE_MUNITION)
            || arabic::accusative_singular(w)
                .is_some_and(|s| arabic::is_one_of(s, ar::counts::ONE_MUNITION))
    };
    let one_after = arabic::is_one_of(next, ar::counts::ONE_AFTER_NOUN)
        || arabic::accusative_singular(next)
            .is_some_and(|s| arabic::is_one_of(s, ar::counts::ONE_AFTER_NOUN));
    if one_munition(word) && one_after {
        return Some((NounKind::Munition, i, i + 1));
    }
    // Arabic has no "a": a singular munition without a number is one ("saqata sarukh
    // katyusha", a Katyusha rocket fell); "ta'ira musayyara" is one drone.
    // "امرأة وطفلين" (a woman and two children): one person, another count joined after.
    let count_joined_after = next.starts_with(arabic::AND)
        && arabic::dual_singular(next).is_some_and(|s| {
            arabic::is_one_of(&s, ar::counts::ONE_PERSON)
                || arabic::is_one_of(&s, ar::counts::PEOPLE)
        });
    if !follows_a_number(tokens, i)
        && arabic::is_one_of(word, ar::counts::ONE_PERSON)
        && arabic::accusative_singular(word).is_none()
        && count_joined_after
    {
        return Some((NounKind::Person, i, i));
    }
    if !follows_a_number(tokens, i) && one_munition(word) {
        let drone = arabic::is_one_of(word, ar::counts::AIRCRAFT)
            && arabic::is_one_of(next, ar::counts::UNMANNED);
        return Some((NounKind::Munition, i, if drone { i + 1 } else { i }));
    }
    None
}

/// A mention of exactly one `noun`, its quantity the tokens `quantity` (`said` as the reason
/// quotes it), its noun at token `head`.
pub(super) fn one_of(
    kind: NounKind,
    noun: String,
    said: String,
    quantity: std::ops::RangeInclusive<usize>,
    head: usize,
) -> Mention {
    Mention {
        quantity: Quantity {
            value: CountValue::Known(Estimate::exact(1)),
            said,
            start_token: *quantity.start(),
            end_token: *quantity.end(),
        },
        noun: Some((kind, noun)),
        head,
    }
}

/// "wa-tifluha" (and her child), "wa-ibnuhu" (and his son): "and" written onto one person,
/// with or without "her"/"his".
pub(super) fn and_one_more_person(word: &str) -> bool {
    let Some(rest) = word.strip_prefix(arabic::AND) else {
        return false;
    };
    let without_pronoun = ar::counts::POSSESSIVE_ENDINGS
        .iter()
        .find_map(|suffix| rest.strip_suffix(suffix))
        .unwrap_or(rest);
    [rest, without_pronoun].iter().any(|w| {
        arabic::is_one_of(w, ar::counts::ONE_PERSON) || arabic::is_one_of(w, ar::counts::CHILD_OF)
    })
}

/// A noun for one person ("son", "driver"), not for many ("sons", "people", "children").
pub(super) fn is_singular_person(word: &str) -> bool {
    !word.ends_with('s') && !en::counts::PEOPLE_WITHOUT_S.contains(&word)
}

/// Words that may stand between a number and its noun ("seven Katyusha rockets", "two
/// British troops"): the listed ones, and nationality adjectives by their endings.
pub(super) fn is_modifier(word: &str) -> bool {
    // A participle before the noun describes it: "two incoming rockets", "three unexploded
    // shells", "five wounded soldiers".
    let participle = word.chars().count() > 5 && (word.ends_with("ing") || word.ends_with("ed"));
    nationality_ending(word, en::counts::NATIONALITY_ENDINGS)
        || is_listed_modifier(word)
        || participle
        || arabic::is_one_of(word, ar::counts::BETWEEN_NUMBER_AND_NOUN)
}

/// Whether `word`, of five letters or more, ends as nationalities do (one of `endings`).
pub(crate) fn nationality_ending(word: &str, endings: &[&str]) -> bool {
    word.chars().count() >= 5 && endings.iter().any(|ending| word.ends_with(ending))
}

pub(super) fn is_listed_modifier(word: &str) -> bool {
    static MODIFIERS: std::sync::OnceLock<rustc_hash::FxHashSet<&'static str>> =
        std::sync::OnceLock::new();
    MODIFIERS
        .get_or_init(|| en::counts::MODIFIERS.iter().copied().collect())
        .contains(word)
}

/// Whether token `k` is a letter or a dot of an abbreviation written with dots ("U.S.",
/// "U.K."), which stands where one modifier would.
pub(super) fn is_in_abbreviation(tokens: &[Token], k: usize) -> bool {
    let letter = |j: usize| {
        tokens
            .get(j)
            .and_then(Token::word)
            .is_some_and(|w| w.chars().count() == 1)
    };
    let dot = |j: usize| tokens.get(j).is_some_and(|t| t.is_punct('.'));
    let before = |back: usize| k.checked_sub(back);
    // Letter, dot, letter, dot: each letter and dot has a letter or a dot of it on both sides.
    if dot(k) {
        before(1).is_some_and(letter) && (letter(k + 1) || before(2).is_some_and(dot))
    } else {
        letter(k) && dot(k + 1) && (letter(k + 2) || before(1).is_some_and(dot))
    }
}

/// Whether token `k` is the number of a calibre written apart from its unit: the 107 of
/// "14 107 mm rockets" or of "107-mm".
pub(super) fn is_calibre(tokens: &[Token], k: usize) -> bool {
    let unit = |j: usize| tokens.get(j).and_then(Token::word) == Some(en::counts::CALIBRE_UNIT);
    tokens[k].number().is_some()
        && (unit(k + 1) || (tokens.get(k + 1).is_some_and(|t| t.is_punct('-')) && unit(k + 2)))
}

/// Whether token `k` is a word joined by a hyphen to the word before or after it: a part of
/// a compound that describes the noun ("anti-ship", "vehicle-borne", "Iranian-made").
pub(super) fn in_hyphenated_compound(tokens: &[Token], k: usize) -> bool {
    let hyphen = |j: usize| tokens.get(j).is_some_and(|t| t.is_punct('-'));
    let word = |j: usize| tokens.get(j).and_then(Token::word).is_some();
    (k >= 2 && hyphen(k - 1) && word(k - 2)) || (hyphen(k + 1) && word(k + 2))
}

/// A nationality ("Iranian", "Iraqi", "American"), which is a person as a noun and describes
/// the noun after it as an adjective.
pub(super) fn is_people_name(word: &str) -> bool {
    let singular = word.strip_suffix('s').unwrap_or(word);
    is_demonym(singular) || en::counts::PEOPLES_WITHOUT_ENDING.contains(&singular)
}

/// The noun a word before `from` describes: the first noun within `reach`, across modifiers
/// and hyphenated compounds ("service member", "-made drones", "ballistic missile").
pub(super) fn described_noun(
    tokens: &[Token],
    from: usize,
    reach: usize,
) -> Option<(NounKind, usize)> {
    for k in from..reach.min(tokens.len()) {
        if tokens[k].is_punct('-') {
            continue;
        }
        let word = tokens[k].word()?;
        if let Some(kind) = noun_kind(word).filter(|_| !is_people_name(word)) {
            return Some((kind, k));
        }
        if !is_modifier(word) && !in_hyphenated_compound(tokens, k) {
            return None;
        }
    }
    None
}

/// Words after a munition noun that make it an adjective: "a rocket attack" counts attacks.
pub(super) fn is_compound_head(word: &str) -> bool {
    en::counts::COMPOUND_HEADS.contains(&word)
}
