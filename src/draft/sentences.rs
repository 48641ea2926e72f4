//! An article cut into paragraphs and sentences, each with its code-point offsets, so a draft's
//! evidence points back at the words it came from.

/// One sentence, in code points of the article text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sentence {
    pub start: usize,
    pub end: usize,
    pub text: String,
    /// Which paragraph it is in (0, 1, …).
    pub paragraph: usize,
}

/// The longest word of [`crate::propose::lexicon::en::drafting::ABBREVIATIONS`], in characters.
const LONGEST_ABBREVIATION: usize = 6;

fn ends_sentence(chars: &[char], at: usize) -> bool {
    let c = chars[at];
    if matches!(c, '!' | '?' | '؟') {
        return true;
    }
    if c != '.' {
        return false;
    }
    // "3.5", "U.S.", "Sept. 2": not an end.
    let next = chars.get(at + 1).copied();
    if next.is_some_and(|n| !n.is_whitespace() && !matches!(n, '"' | '\u{201d}' | '\'' | ')')) {
        return false;
    }
    // Only the last few characters can make an abbreviation: looking no further back keeps
    // the split linear however long a run without spaces is.
    let reach = at.saturating_sub(LONGEST_ABBREVIATION + 1);
    let word_start = chars[reach..at]
        .iter()
        .rposition(|c| c.is_whitespace() || matches!(c, '(' | '"' | '\u{201c}'))
        .map_or(reach, |i| reach + i + 1);
    let word: String = chars[word_start..at]
        .iter()
        .collect::<String>()
        .to_lowercase();
    if crate::propose::lexicon::en::drafting::ABBREVIATIONS.contains(&word.as_str())
        || (word.chars().count() == 1 && word.chars().all(char::is_alphabetic))
    {
        return false;
    }
    // A lower-case word after it continues the sentence ("approx. nine").
    let following = chars[at + 1..].iter().find(|c| !c.is_whitespace());
    !following.is_some_and(|c| c.is_lowercase())
}

/// The sentences of `text`, paragraph by paragraph (a blank line or a line break ends a
/// paragraph; a line break ends a sentence too, as in datelines and list items).
pub fn split(text: &str) -> Vec<Sentence> {
    let chars: Vec<char> = text.chars().collect();
    let mut sentences = Vec::new();
    let mut paragraph = 0;
    let mut start = 0;
    let push = |start: usize, end: usize, paragraph: usize, sentences: &mut Vec<Sentence>| {
        let piece: String = chars[start..end].iter().collect();
        let leading = piece.chars().take_while(|c| c.is_whitespace()).count();
        let trimmed = piece.trim();
        if !trimmed.is_empty() {
            let start = start + leading;
            sentences.push(Sentence {
                start,
                end: start + trimmed.chars().count(),
                text: trimmed.to_owned(),
                paragraph,
            });
        }
    };
    let mut i = 0;
    while i < chars.len() {
        if chars[i] == '\n' {
            push(start, i, paragraph, &mut sentences);
            start = i + 1;
            // A blank line (or any line break) starts a new paragraph.
            paragraph += 1;
        } else if ends_sentence(&chars, i) {
            let mut end = i + 1;
            while end < chars.len() && matches!(chars[end], '"' | '\u{201d}' | '\'' | ')') {
                end += 1;
            }
            push(start, end, paragraph, &mut sentences);
            start = end;
            i = end;
            continue;
        }
        i += 1;
    }
    push(start, chars.len(), paragraph, &mut sentences);
    // Renumber paragraphs so that they count only lines with text.
    let mut last = None;
    let mut number = 0;
    for sentence in &mut sentences {
        if last.is_some_and(|l| l != sentence.paragraph) {
            number += 1;
        }
        last = Some(sentence.paragraph);
        sentence.paragraph = number;
    }
    sentences
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences_keep_their_offsets_and_abbreviations_do_not_end_them() {
        let text =
            "On Sept. 2 the U.S. embassy was hit. No one was hurt!\n\nA second attack followed.";
        let found = split(text);
        let texts: Vec<&str> = found.iter().map(|s| s.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "On Sept. 2 the U.S. embassy was hit.",
                "No one was hurt!",
                "A second attack followed."
            ]
        );
        for s in &found {
            let slice: String = text.chars().skip(s.start).take(s.end - s.start).collect();
            assert_eq!(slice, s.text);
        }
        assert_eq!(found[2].paragraph, 1);
    }

    #[test]
    fn no_abbreviation_is_longer_than_the_split_looks_back() {
        assert!(
            crate::propose::lexicon::en::drafting::ABBREVIATIONS
                .iter()
                .all(|a| a.chars().count() <= LONGEST_ABBREVIATION)
        );
    }

    #[test]
    fn arabic_sentences_end_at_their_own_question_mark_and_full_stop() {
        let found = split("سقطت صواريخ على القاعدة. هل من إصابات؟ لا.");
        assert_eq!(found.len(), 3);
    }
}
