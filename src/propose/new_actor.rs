//! A group the codebook does not know, named where the words attribute an attack: "the Islamic
//! State said it set off", "a group calling itself Hurras al-Din claimed", "claimed by Liwa
//! Thar al-Muhandis", "officials accused Harakat Ansar Allah". Offered as a new actor, so that
//! one click adds it to the codebook and codes it.

use super::arabic;
use super::attribution::cues;
use super::lexicon::{ar, en};
use super::tokens::{Token, TokenKind, tokenize};
use crate::model::Attribution;

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
        capitalised(text, t)
            || t.is_punct('-')
            || t.word()
                .is_some_and(|w| en::actors::CONNECTORS.contains(&w))
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
    while run.len() > 1
        && en::actors::NOT_A_GROUP.contains(&original(text, &tokens[run[0]]).as_str())
    {
        run.remove(0);
    }
    let (&first, &last) = (run.first()?, run.last()?);
    let name: String = text[tokens[first].start..tokens[last].end].iter().collect();
    let words = run.iter().filter(|&&i| tokens[i].word().is_some()).count();
    let single_stopword = words == 1 && en::actors::NOT_A_GROUP.contains(&name.as_str());
    (words <= 6 && !single_stopword).then_some(name)
}

/// How many tokens after an Arabic verb its subject or object may start (past the speaker:
/// "military officials accused the faction …").
const ARABIC_NAME_REACH: usize = 6;

/// Opening quotes and the quote each is closed by.
const QUOTES: &[(char, char)] = &[('«', '»'), ('“', '”'), ('"', '"'), ('\'', '\''), ('(', ')')];

/// An Arabic group's name from token `at` on: a quoted name ("the group «Ashab al-Kahf»"), one
/// after "calling itself" ([`ar::actors::CALLING_ITSELF`]), or words from a head noun
/// ([`ar::actors::NAME_HEADS`]: "Saraya Awliya al-Dam") to the word that ends it
/// ([`ar::actors::AFTER_NAME`]). With the index of the name's last token.
fn arabic_name_at(text: &[char], tokens: &[Token], at: usize) -> Option<(String, usize)> {
    let word_is = |k: usize, list: &'static [&'static str]| {
        tokens
            .get(k)
            .and_then(Token::word)
            .is_some_and(|w| arabic::is_one_of(w, list))
    };
    let mut k = at;
    let mut called = false;
    if word_is(k, ar::actors::GROUP_WORDS) {
        k += 1;
        // One adjective may come first: "an armed faction calling itself by the name …".
        if !word_is(k, ar::actors::CALLING_ITSELF) && word_is(k + 1, ar::actors::CALLING_ITSELF) {
            k += 1;
        }
        if word_is(k, ar::actors::CALLING_ITSELF) {
            called = true;
            k += 1;
            while word_is(k, ar::actors::CALLING_ITSELF_REST) {
                k += 1;
            }
        }
    }
    let token = tokens.get(k)?;
    if let Some(&(_, close)) = QUOTES.iter().find(|(open, _)| token.is_punct(*open)) {
        let end = tokens[k + 1..].iter().position(|t| t.is_punct(close))? + k + 1;
        let inside = &tokens[k + 1..end];
        let (first, last) = (inside.first()?, inside.last()?);
        let name: String = text[first.start..last.end].iter().collect();
        let all_arabic = inside
            .iter()
            .all(|t| t.word().is_some_and(arabic::is_arabic));
        return (all_arabic && inside.len() <= 6).then_some((name, end));
    }
    // "jama'a majhula", an unknown group, names nothing; nor does a word that heads no name.
    if !(called || (k == at && word_is(k, ar::actors::NAME_HEADS))) {
        return None;
    }
    // A name is a chain of nouns closed by the first one with the article ("Saraya Awliya
    // al-Dam", "Asa'ib Ahl al-Haq"), then only adjectives with the article ("al-Muqawama
    // al-Islamiya").
    let mut last = k;
    let mut closed = token.word().is_some_and(|w| w.starts_with(arabic::ARTICLE));
    while let Some(next) = tokens.get(last + 1).and_then(Token::word) {
        let has_article = next.starts_with(arabic::ARTICLE);
        let fits = arabic::is_arabic(next)
            && last + 1 - k < 6
            && (!closed || has_article)
            && !word_is(last + 1, ar::actors::AFTER_NAME)
            && !next.starts_with(ar::actors::RESPONSIBLE);
        if !fits {
            break;
        }
        closed |= has_article;
        last += 1;
    }
    // "Saraya al-Difa' 'an al-Nafs" (defence of the self): a closed name may go on with "of"
    // and a noun with the article, as names of "defence of …" do.
    if closed
        && word_is(last + 1, ar::actors::DEFENCE_OF)
        && tokens.get(last + 2).and_then(Token::word).is_some_and(|w| {
            arabic::is_arabic(w)
                && w.starts_with(arabic::ARTICLE)
                && !w.starts_with(ar::actors::THE_ATTACK)
        })
    {
        last += 2;
    }
    // A head alone ("haraka", movement) names nothing; after "calling itself" one word may be
    // the name.
    (last > k || called).then(|| {
        (
            text[tokens[k].start..tokens[last].end].iter().collect(),
            last,
        )
    })
}

/// An Arabic group's name that ends just before the verb at token `verb` ("Saraya Awliya
/// al-Dam tabannat al-hujum", claimed the attack): the subject first, as a headline or a
/// second clause writes it.
fn arabic_name_before(text: &[char], tokens: &[Token], verb: usize) -> Option<String> {
    (verb.saturating_sub(ARABIC_NAME_REACH)..verb).find_map(|t| {
        arabic_name_at(text, tokens, t)
            .filter(|(_, last)| last + 1 == verb)
            .map(|(name, _)| name)
    })
}

/// The name a text gives a group as the group's own ("a group calling itself X", "مجموعة تطلق
/// على نفسها (X)"), when it gives one.
pub fn self_given_name(text: &str) -> Option<String> {
    let chars: Vec<char> = text.chars().collect();
    let tokens = tokenize(text);
    let word = |k: usize| tokens.get(k).and_then(Token::word).unwrap_or("");
    (0..tokens.len()).find_map(|i| {
        let english = en::actors::CALLING_ITSELF
            .iter()
            .find(|lead| lead.iter().enumerate().all(|(k, w)| word(i + k) == *w))
            .and_then(|lead| name_at(&chars, &tokens, i + lead.len(), true));
        let arabic = || {
            let calls = |k: usize| arabic::is_one_of(word(k), ar::actors::CALLING_ITSELF);
            let group = arabic::is_one_of(word(i), ar::actors::GROUP_WORDS);
            (group && (calls(i + 1) || calls(i + 2)))
                .then(|| arabic_name_at(&chars, &tokens, i))
                .flatten()
                .map(|(name, _)| name)
        };
        english.or_else(arabic)
    })
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
        for (lead, says) in en::actors::BEFORE_NAME {
            let end = w + lead.len();
            if end < words.len()
                && (0..lead.len()).all(|k| word(w + k) == lead[k])
                && let Some(name) = name_at(&chars, &tokens, words[end], true)
            {
                {
                    let attribution = says.unwrap_or_else(|| {
                        cues(&tokens)
                            .first()
                            .map_or(Attribution::Claimed, |c| c.attribution)
                    });
                    return Some((name, attribution));
                }
            }
        }
    }
    let word_tokens: Vec<Token> = words.iter().map(|&i| tokens[i].clone()).collect();
    // Arabic puts the verb first: "claimed Saraya Awliya al-Dam the attack", "accused
    // officials the faction «X»": the name within a few words after the cue.
    let cues = cues(&word_tokens);
    for cue in &cues {
        let verb = cue.verb_word;
        if !arabic::is_arabic(word(verb)) {
            continue;
        }
        let from = words[verb] + 1;
        let to = (from + ARABIC_NAME_REACH).min(tokens.len());
        let after = (from..to).find_map(|t| arabic_name_at(&chars, &tokens, t).map(|(n, _)| n));
        if let Some(name) = after.or_else(|| arabic_name_before(&chars, &tokens, words[verb])) {
            return Some((name, cue.attribution));
        }
    }
    // "X claimed", "X said it set off", "X has denied": the name just before the cue.
    for cue in &cues {
        if !matches!(cue.attribution, Attribution::Claimed | Attribution::Denied) {
            continue;
        }
        let mut before = cue.first_word;
        while before > 0 && en::actors::BETWEEN.contains(&word(before - 1)) {
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
    fn arabic_groups_are_named_after_the_verb() {
        for (text, name, attribution) in [
            (
                "وتبنت سرايا أولياء الدم الهجوم في بيان",
                "سرايا أولياء الدم",
                Attribution::Claimed,
            ),
            (
                "تبنّت جماعة «أصحاب الكهف» القصف الصاروخي",
                "أصحاب الكهف",
                Attribution::Claimed,
            ),
            (
                "أعلنت جماعة تطلق على نفسها اسم «قاصم الجبارين» مسؤوليتها عن التفجير",
                "قاصم الجبارين",
                Attribution::Claimed,
            ),
            (
                "تبنى فصيل مسلح يطلق على نفسه اسم قبضة الهدى الهجوم",
                "قبضة الهدى",
                Attribution::Claimed,
            ),
            (
                "وقال مصدر أمني إن سرايا أولياء الدم تبنت الهجوم",
                "سرايا أولياء الدم",
                Attribution::Claimed,
            ),
            (
                "وأعلنت كتائب سيد الشهداء مسؤوليتها عن الهجوم",
                "كتائب سيد الشهداء",
                Attribution::Claimed,
            ),
            (
                "ونفت حركة النجباء أي علاقة لها بالهجوم",
                "حركة النجباء",
                Attribution::Denied,
            ),
            (
                "واتهم مسؤولون عسكريون فصيل «ربع الله» بإطلاق الصواريخ",
                "ربع الله",
                Attribution::Attributed,
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
    fn an_arabic_name_of_defence_goes_on_with_its_object() {
        assert_eq!(
            unknown_group("وقالت إن سرايا الدفاع عن النفس تبنت إطلاق الصواريخ"),
            Some(("سرايا الدفاع عن النفس".to_owned(), Attribution::Claimed))
        );
        assert_eq!(
            unknown_group("أعلنت سرايا الدفاع عن النفس مسؤوليتها عن الهجوم"),
            Some(("سرايا الدفاع عن النفس".to_owned(), Attribution::Claimed))
        );
    }

    #[test]
    fn no_arabic_name_where_the_words_name_none() {
        for text in [
            "تبنت جماعة مجهولة الهجوم",
            "لم تتبنّ أي جهة الهجوم حتى الآن",
            "تبنى الهجوم في وقت لاحق",
            "وأعلنت قوات الأمن العراقية مسؤوليتها عن حماية الرتل",
        ] {
            assert_eq!(unknown_group(text), None, "{text}");
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
