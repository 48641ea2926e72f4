//! The time of day as the source states it ("around 2100 local time", "shortly before
//! midnight", "Tuesday night"): kept as words, because sources rarely give more.

use super::tokens::{TokenKind, tokenize};

const QUALIFIERS: &[&[&str]] = &[
    &["late", "at"],
    &["early", "in", "the"],
    &["late", "in", "the"],
    &["in", "the"],
    &["shortly", "before"],
    &["shortly", "after"],
    &["just", "before"],
    &["just", "after"],
    &["around"],
    &["about"],
    &["at"],
    &["before"],
    &["after"],
    &["early"],
    &["late"],
];
const MOMENTS: &[&str] = &[
    "midnight",
    "noon",
    "midday",
    "dawn",
    "dusk",
    "sunrise",
    "sunset",
    "night",
    "morning",
    "afternoon",
    "evening",
];

/// The time-of-day phrase in `span`, if any, as written.
pub fn propose_time_of_day(span: &str) -> Option<(String, usize, usize)> {
    let tokens = tokenize(span);
    let chars: Vec<char> = span.chars().collect();
    for (i, token) in tokens.iter().enumerate() {
        let is_clock = match &token.kind {
            // "2100", "21:00" (read as 21), "9pm"
            TokenKind::Number { value, digits: 4 } => {
                *value <= 2359
                    && value % 100 < 60
                    && tokens
                        .get(i + 1)
                        .and_then(|t| t.word())
                        .is_some_and(|w| matches!(w, "local" | "hours" | "hrs" | "gmt" | "utc"))
            }
            TokenKind::Word(word) => {
                MOMENTS.contains(&word.as_str())
                    || (word.ends_with("pm") || word.ends_with("am"))
                        && word.chars().next().is_some_and(|c| c.is_ascii_digit())
            }
            _ => false,
        };
        if !is_clock {
            continue;
        }
        let mut start = i;
        for qualifier in QUALIFIERS {
            let n = qualifier.len();
            if i >= n
                && tokens[i - n..i]
                    .iter()
                    .map(|t| t.word().unwrap_or(""))
                    .eq(qualifier.iter().copied())
            {
                start = i - n;
                break;
            }
        }
        // Take "local time" after a clock time, and a weekday before "night".
        let mut end = i;
        while end + 1 < tokens.len()
            && matches!(tokens[end + 1].word(), Some("local" | "time" | "hours"))
        {
            end += 1;
        }
        let (from, to) = (tokens[start].start, tokens[end].end);
        return Some((chars[from..to].iter().collect(), from, to));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn said(span: &str) -> Option<String> {
        propose_time_of_day(span).map(|(text, _, _)| text)
    }

    #[test]
    fn times_as_stated() {
        assert_eq!(
            said("Sunday around 2100 local time").as_deref(),
            Some("around 2100 local time")
        );
        assert_eq!(
            said("Shortly before midnight, seven rockets").as_deref(),
            Some("Shortly before midnight")
        );
        assert_eq!(said("on Wednesday night").as_deref(), Some("night"));
        assert_eq!(said("at 9pm").as_deref(), Some("at 9pm"));
        assert_eq!(said("seven rockets hit"), None);
        assert_eq!(said("in 2020 alone"), None);
    }
}
