//! A first guess at an article's language, kept as its BCP 47 tag: Arabic by its script,
//! English and French by their commonest words. Anything else is left for the analyst to set;
//! a wrong tag would mislead more than none.

/// Words read before deciding; the top of an article says enough.
const WORDS_READ: usize = 2_000;
/// Share of English function words in English prose is about a quarter; other languages
/// written in Latin letters share almost none of them.
const ENGLISH_SHARE: f64 = 0.08;

const ENGLISH_WORDS: &[&str] = &[
    "the", "and", "of", "to", "in", "a", "is", "was", "on", "for", "that", "with", "by", "were",
    "at", "from", "it", "as", "said",
];

/// French function words, which English prose has almost none of.
const FRENCH_WORDS: &[&str] = &[
    "le", "la", "les", "des", "du", "de", "et", "est", "une", "un", "dans", "sur", "pour", "par",
    "qui", "que", "au", "aux", "été", "ont", "selon", "avec",
];

fn is_arabic_letter(c: char) -> bool {
    matches!(c, '\u{0620}'..='\u{064A}' | '\u{066E}'..='\u{06D3}' | '\u{0750}'..='\u{077F}'
        | '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}')
}

/// "ar", "en" or `None` when the text is neither clearly.
pub fn guess(text: &str) -> Option<String> {
    let words: Vec<&str> = text
        .split(|c: char| !c.is_alphabetic() && c != '\'')
        .filter(|w| !w.is_empty())
        .take(WORDS_READ)
        .collect();
    let (mut arabic, mut letters) = (0usize, 0usize);
    for c in words.iter().flat_map(|w| w.chars()) {
        letters += 1;
        arabic += usize::from(is_arabic_letter(c));
    }
    if letters == 0 {
        return None;
    }
    if arabic * 2 > letters {
        return Some("ar".to_owned());
    }
    let share_of = |list: &[&str]| {
        let found = words
            .iter()
            .filter(|w| list.iter().any(|e| w.to_lowercase() == *e))
            .count();
        found as f64 / words.len() as f64
    };
    if words.len() < 5 {
        return None;
    }
    let (english, french) = (share_of(ENGLISH_WORDS), share_of(FRENCH_WORDS));
    if english >= ENGLISH_SHARE && english > french {
        Some("en".to_owned())
    } else if french >= ENGLISH_SHARE && french > english {
        Some("fr".to_owned())
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::guess;

    #[test]
    fn arabic_english_and_neither() {
        assert_eq!(
            guess("سقطت ثلاثة صواريخ على قاعدة عين الأسد مساء الثلاثاء").as_deref(),
            Some("ar")
        );
        assert_eq!(
            guess("Three rockets struck the base on Tuesday night, officials said.").as_deref(),
            Some("en")
        );
        // French by its own function words; German shares neither list.
        assert_eq!(
            guess("Trois roquettes ont frappé la base mardi soir selon des responsables.")
                .as_deref(),
            Some("fr")
        );
        assert_eq!(
            guess("Drei Raketen trafen den Stützpunkt am Dienstagabend, sagten Beamte."),
            None
        );
        assert_eq!(guess("12 34 — ..."), None);
        // An English report quoting an Arabic name stays English.
        assert_eq!(
            guess("Kataib Hezbollah (كتائب حزب الله) was blamed for the attack on the base.")
                .as_deref(),
            Some("en")
        );
    }
}
