//! Offsets into article text.
//!
//! Evidence offsets count Unicode code points (`char`s), as the W3C Web Annotation
//! `TextPositionSelector` does, so they survive any re-encoding of the text. Rust strings index by
//! byte; these helpers are the one place that converts, and they never panic on bad offsets
//! (offsets may come from an untrusted project file).

use std::ops::Range;

use serde::{Deserialize, Serialize};

/// How many code points of context a quote keeps on each side.
pub const QUOTE_CONTEXT_CHARS: usize = 32;

/// The W3C `TextQuoteSelector`: the quoted text and a little context either side.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TextQuote {
    pub exact: String,
    pub prefix: String,
    pub suffix: String,
}

/// Byte range of the code-point range `start..end` in `text`, or `None` when the range is empty,
/// reversed or runs past the end.
pub fn byte_range(text: &str, start: usize, end: usize) -> Option<Range<usize>> {
    if start >= end {
        return None;
    }
    let mut indices = text
        .char_indices()
        .map(|(byte, _)| byte)
        .chain([text.len()]);
    let start_byte = indices.nth(start)?;
    let end_byte = indices.nth(end - start - 1)?;
    Some(start_byte..end_byte)
}

/// The text of code points `start..end`, or `None` when the range does not fit `text`.
pub fn char_slice(text: &str, start: usize, end: usize) -> Option<&str> {
    byte_range(text, start, end).map(|range| &text[range])
}

/// The quote selector for code points `start..end` of `text`.
pub fn quote(text: &str, start: usize, end: usize) -> Option<TextQuote> {
    let range = byte_range(text, start, end)?;
    let before = &text[..range.start];
    let after = &text[range.end..];
    let prefix_start = before
        .char_indices()
        .rev()
        .nth(QUOTE_CONTEXT_CHARS - 1)
        .map_or(0, |(byte, _)| byte);
    let suffix_end = after
        .char_indices()
        .nth(QUOTE_CONTEXT_CHARS)
        .map_or(after.len(), |(byte, _)| byte);
    Some(TextQuote {
        exact: text[range].to_owned(),
        prefix: before[prefix_start..].to_owned(),
        suffix: after[..suffix_end].to_owned(),
    })
}

/// Code-point length of `text`.
pub fn char_len(text: &str) -> usize {
    text.chars().count()
}

/// Finds `quote` in `text` again after its offsets drifted: the occurrence of `exact` whose
/// context matches best, the one nearest `hint_start` among equals. Returns code-point offsets.
pub fn find_quote(text: &str, quote: &TextQuote, hint_start: usize) -> Option<Range<usize>> {
    if quote.exact.is_empty() {
        return None;
    }
    let exact_chars = char_len(&quote.exact);
    let mut best: Option<(usize, usize, Range<usize>)> = None;
    for (byte, _) in text.match_indices(quote.exact.as_str()) {
        let start = char_len(&text[..byte]);
        let before = &text[..byte];
        let after = &text[byte + quote.exact.len()..];
        let context_score = usize::from(before.ends_with(quote.prefix.as_str()))
            + usize::from(after.starts_with(quote.suffix.as_str()));
        let distance = start.abs_diff(hint_start);
        let better = match &best {
            None => true,
            Some((score, dist, _)) => {
                context_score > *score || (context_score == *score && distance < *dist)
            }
        };
        if better {
            best = Some((context_score, distance, start..start + exact_chars));
        }
    }
    best.map(|(_, _, range)| range)
}

/// Where the pages of a PDF-read article begin: the character offset of each `[page N]` line
/// (PDF import writes one where each page after the first begins) and N. Empty for an article
/// without page lines.
pub fn page_starts(text: &str) -> Vec<(usize, u32)> {
    let mut starts = Vec::new();
    let mut chars = 0;
    for line in text.split_inclusive('\n') {
        let number = line
            .trim_end()
            .strip_prefix("[page ")
            .and_then(|rest| rest.strip_suffix(']'))
            .and_then(|n| n.parse::<u32>().ok());
        if let Some(number) = number {
            starts.push((chars, number));
        }
        chars += line.chars().count();
    }
    starts
}

/// The page the character at `at` is on, given the article's [`page_starts`]: the last page
/// line before it, page 1 before the first; `None` for an article without page lines.
pub fn page_at(starts: &[(usize, u32)], at: usize) -> Option<u32> {
    let first = starts.first()?;
    let before = starts.partition_point(|(offset, _)| *offset <= at);
    Some(match before {
        0 => first.1.saturating_sub(1).max(1),
        n => starts[n - 1].1,
    })
}

/// Normalises text as it is stored: `\n` line ends, no trailing white space at the end.
pub fn normalise_newlines(text: &str) -> String {
    let unified = text.replace("\r\n", "\n").replace('\r', "\n");
    unified.trim_end().to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_page_of_a_character_is_the_last_page_line_before_it() {
        let text = "Title\n\nFirst page.\n[page 2]\n\nSecond page.\n[page 3]\nThird.";
        let at = |words: &str| text[..text.find(words).expect("in text")].chars().count();
        let starts = page_starts(text);
        assert_eq!(page_at(&starts, at("First")), Some(1));
        assert_eq!(page_at(&starts, at("Second")), Some(2));
        assert_eq!(page_at(&starts, at("Third")), Some(3));
        assert_eq!(page_at(&page_starts("No pages here."), 3), None);
    }

    const MIXED: &str = "Kata\u{2019}ib said \u{201c}no\u{201d}: \u{0643}\u{062A}\u{0627}\u{0626}\u{0628} \u{062D}\u{0632}\u{0628} \u{0627}\u{0644}\u{0644}\u{0647} 🚀 fired.";

    #[test]
    fn char_slice_counts_code_points_not_bytes() {
        assert_eq!(char_slice(MIXED, 0, 7), Some("Kata\u{2019}ib"));
        assert_eq!(char_slice(MIXED, 13, 17), Some("\u{201c}no\u{201d}"));
        let rocket = MIXED.chars().position(|c| c == '🚀');
        let rocket = rocket.expect("the sample has a rocket");
        assert_eq!(char_slice(MIXED, rocket, rocket + 1), Some("🚀"));
    }

    #[test]
    fn bad_ranges_are_none_not_panics() {
        let len = char_len(MIXED);
        assert_eq!(char_slice(MIXED, 3, 3), None);
        assert_eq!(char_slice(MIXED, 5, 2), None);
        assert_eq!(char_slice(MIXED, 0, len + 1), None);
        assert_eq!(char_slice(MIXED, usize::MAX - 1, usize::MAX), None);
        assert_eq!(char_slice(MIXED, 0, len).map(str::len), Some(MIXED.len()));
    }

    #[test]
    fn quote_keeps_context_and_exact_equals_slice() {
        let arabic_start = MIXED.chars().position(|c| c == '\u{0643}').unwrap_or(0);
        let q = quote(MIXED, arabic_start, arabic_start + 5).expect("in range");
        assert_eq!(q.exact, "\u{0643}\u{062A}\u{0627}\u{0626}\u{0628}");
        assert!(MIXED.contains(&format!("{}{}{}", q.prefix, q.exact, q.suffix)));
        assert_eq!(char_len(&q.prefix), arabic_start.min(QUOTE_CONTEXT_CHARS));
    }

    #[test]
    fn find_quote_refinds_a_span_after_text_shifted() {
        let q = quote(MIXED, 13, 17).expect("in range");
        let shifted = format!("Update: {MIXED}");
        let found = find_quote(&shifted, &q, 13).expect("still there");
        assert_eq!(
            char_slice(&shifted, found.start, found.end),
            Some(q.exact.as_str())
        );
        assert_eq!(found.start, 13 + 8);
    }

    #[test]
    fn find_quote_prefers_the_occurrence_with_matching_context() {
        let text = "rockets hit Erbil. Later, rockets hit Baghdad.";
        let second = text
            .find("rockets hit Baghdad")
            .map(|b| char_len(&text[..b]));
        let second = second.expect("present");
        let q = quote(text, second, second + 7).expect("in range");
        assert_eq!(find_quote(text, &q, 0).map(|r| r.start), Some(second));
    }
}

/// Code-point ranges of every occurrence of `needle` in `text`, ignoring case (for marking
/// search hits). Compares character by character, so offsets stay those of `text`.
pub fn find_ignoring_case(text: &str, needle: &str) -> Vec<Range<usize>> {
    let needle: Vec<char> = needle.chars().flat_map(char::to_lowercase).collect();
    if needle.is_empty() {
        return Vec::new();
    }
    let chars: Vec<char> = text.chars().collect();
    let mut found = Vec::new();
    let mut start = 0;
    while start < chars.len() {
        let mut matched = 0;
        let mut end = start;
        while matched < needle.len() && end < chars.len() {
            let lower: Vec<char> = chars[end].to_lowercase().collect();
            if needle[matched..].starts_with(&lower) {
                matched += lower.len();
                end += 1;
            } else {
                break;
            }
        }
        if matched == needle.len() {
            found.push(start..end);
            start = end;
        } else {
            start += 1;
        }
    }
    found
}

#[cfg(test)]
mod search_tests {
    use super::*;

    #[test]
    fn occurrences_are_found_in_any_case_with_code_point_offsets() {
        let text = "\u{201c}Rockets\u{201d} hit; ROCKETS again, rockets.";
        let found = find_ignoring_case(text, "rockets");
        assert_eq!(found, vec![1..8, 15..22, 30..37]);
        for range in found {
            assert_eq!(
                char_slice(text, range.start, range.end)
                    .map(str::to_lowercase)
                    .as_deref(),
                Some("rockets")
            );
        }
        assert!(find_ignoring_case(text, "").is_empty());
        assert_eq!(
            find_ignoring_case(
                "\u{0643}\u{062A}\u{0627}\u{0626}\u{0628}",
                "\u{062A}\u{0627}"
            ),
            vec![1..3]
        );
    }
}

/// `text` with every code point outside `keep` (code-point ranges) replaced by a space, line
/// breaks kept: what a copy without full texts holds. Offsets stay valid, so every kept quote
/// is found where its evidence says.
pub fn redact(text: &str, keep: &[std::ops::Range<usize>]) -> String {
    let mut ranges = keep.to_vec();
    ranges.sort_by_key(|r| r.start);
    let mut next = ranges.iter().peekable();
    let mut current: Option<&std::ops::Range<usize>> = None;
    text.chars()
        .enumerate()
        .map(|(index, c)| {
            while current.is_none_or(|r| r.end <= index) {
                match next.peek() {
                    Some(r) if r.start <= index => current = next.next(),
                    _ => break,
                }
            }
            let kept = current.is_some_and(|r| r.contains(&index));
            if kept || c == '\n' { c } else { ' ' }
        })
        .collect()
}

#[cfg(test)]
mod redact_tests {
    use super::redact;

    #[test]
    fn only_the_kept_ranges_and_line_breaks_survive() {
        let text = "Seven rockets hit.\nKata\u{2019}ib Hezbollah denied it.";
        let kept = redact(text, &[6..13, 19..36]);
        assert_eq!(
            kept.chars().count(),
            text.chars().count(),
            "offsets unchanged"
        );
        assert_eq!(
            kept,
            format!(
                "      rockets     \nKata\u{2019}ib Hezbollah{}",
                " ".repeat(11)
            )
        );
    }

    #[test]
    fn overlapping_and_unsorted_ranges_are_fine() {
        assert_eq!(redact("abcdefgh", &[5..7, 0..2, 1..3]), "abc  fg ");
    }
}

/// The paragraph (line) of `text` that holds code points `range`, or the lines it spans.
pub fn paragraph_around<'t>(text: &'t str, range: &std::ops::Range<usize>) -> &'t str {
    let byte = |at: usize| text.char_indices().nth(at).map_or(text.len(), |(b, _)| b);
    let (start, end) = (byte(range.start), byte(range.end));
    let from = text[..start].rfind('\n').map_or(0, |b| b + 1);
    let to = text[end..].find('\n').map_or(text.len(), |b| end + b);
    &text[from..to]
}

#[cfg(test)]
mod paragraph_tests {
    use super::paragraph_around;

    #[test]
    fn the_paragraph_around_a_span() {
        let text = "First line.\nIn 2020 rockets fell. On 25 August a convoy was hit.\nLast.";
        let at = text.chars().position(|c| c == 'O').unwrap_or(0);
        assert_eq!(
            paragraph_around(text, &(at..at + 12)),
            "In 2020 rockets fell. On 25 August a convoy was hit."
        );
        assert_eq!(paragraph_around("one line", &(0..3)), "one line");
    }
}
