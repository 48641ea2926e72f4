//! Plain-text and Markdown files: the text as written, with its title and a leading date line.

use jiff::civil::Date;

use super::ParsedArticle;
use crate::model::{ArticleMeta, SourceFormat, text};

/// Longest title taken from a first line; longer first lines are cut at a word.
const MAX_TITLE_CHARS: usize = 160;

/// Removes a leading `date YYYY-MM-DD` marker (how saved reports note their date) and returns
/// the date with the rest of the text.
pub fn take_date_line(text: &str) -> (Option<Date>, &str) {
    let trimmed = text.trim_start();
    let Some(rest) = trimmed.strip_prefix("date ") else {
        return (None, text);
    };
    let rest = rest.trim_start();
    let Some(candidate) = rest.get(..10) else {
        return (None, text);
    };
    match candidate.parse::<Date>() {
        Ok(date) => (Some(date), rest[10..].trim_start_matches([' ', '\t'])),
        Err(_) => (None, text),
    }
}

/// The line near the top that reads as a headline (see [`super::headline`]), without
/// Markdown heading marks, cut to a readable length.
pub fn title_from(text: &str) -> String {
    // Markdown's bold marks ("The **American-led intervention** refers to…") are no words.
    let line = super::headline::headline(text)
        .unwrap_or("Untitled")
        .replace("**", "");
    let line = line.as_str();
    if text::char_len(line) <= MAX_TITLE_CHARS {
        return line.to_owned();
    }
    let cut: String = line.chars().take(MAX_TITLE_CHARS).collect();
    let at_word = cut.rfind(' ').map_or(cut.as_str(), |space| &cut[..space]);
    format!("{}…", at_word.trim_end())
}

/// The site an address is on, without "www." ("https://www.spacedaily.com/reports/…" is
/// spacedaily.com).
fn site_of(address: &str) -> Option<String> {
    let host = url::Url::parse(address).ok()?.host_str()?.to_owned();
    let host = host.strip_prefix("www.").unwrap_or(&host);
    (!host.is_empty()).then(|| host.to_owned())
}

pub fn parse(content: &str, format: SourceFormat) -> ParsedArticle {
    let content = content.strip_prefix('\u{feff}').unwrap_or(content);
    let (headers, content) = super::headers::take(content);
    let (marked, body) = take_date_line(content);
    let text = text::normalise_newlines(body.trim_start_matches(['\n', '\r']));
    // Without a header or the marker, a dateline near the top (a guess the analyst can correct).
    let stated = headers.published.or(marked);
    let guessed = stated
        .is_none()
        .then(|| super::dateline::guess(&text))
        .flatten();
    ParsedArticle {
        meta: ArticleMeta {
            title: headers.title.unwrap_or_else(|| title_from(&text)),
            // A report saved with only its address: the site it came from.
            outlet: headers
                .outlet
                .or_else(|| headers.url.as_deref().and_then(site_of)),
            author: headers
                .author
                .or_else(|| super::headline::byline(&text).map(str::to_owned)),
            published: stated.or(guessed),
            published_guessed: guessed.is_some(),
            url: headers.url,
            language: super::language::guess(&text),
            ..ArticleMeta::default()
        },
        text,
        format,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_date_from_a_dateline_is_marked_guessed_and_a_stated_one_is_not() {
        let guessed = parse(
            "Will Iraq ever stop rocket fire?\nSEPTEMBER 24, 2020 12:34\n\nRockets hit the base on Tuesday night.",
            SourceFormat::Txt,
        );
        assert_eq!(guessed.meta.published, Some(jiff::civil::date(2020, 9, 24)));
        assert!(guessed.meta.published_guessed);
        assert_eq!(guessed.meta.language.as_deref(), Some("en"));
        let stated = parse(
            "date 2020-09-24\nWill Iraq ever stop rocket fire?\n\nRockets hit the base.",
            SourceFormat::Txt,
        );
        assert_eq!(stated.meta.published, Some(jiff::civil::date(2020, 9, 24)));
        assert!(!stated.meta.published_guessed);
        let headed = parse(
            "---\ntitle: Rockets\ndate: 2020-09-24\n---\nSEPTEMBER 20, 2020\nBody.",
            SourceFormat::Md,
        );
        assert_eq!(headed.meta.published, Some(jiff::civil::date(2020, 9, 24)));
        assert!(!headed.meta.published_guessed, "the header states it");
    }

    #[test]
    fn leading_date_line_is_taken_out_and_parsed() {
        let parsed = parse(
            " date 2020-09-24 The Jerusalem Post\nWill Iraq ever stop rocket fire?\r\n\r\nBody.",
            SourceFormat::Txt,
        );
        assert_eq!(parsed.meta.published, Some(jiff::civil::date(2020, 9, 24)));
        assert_eq!(
            parsed.text,
            "The Jerusalem Post\nWill Iraq ever stop rocket fire?\n\nBody."
        );
        assert_eq!(parsed.meta.title, "The Jerusalem Post");
    }

    #[test]
    fn text_without_date_line_is_kept_whole() {
        let parsed = parse(
            "Attack on US embassy\n\ndate 2020-01-01 is not a marker here",
            SourceFormat::Txt,
        );
        assert!(parsed.text.starts_with("Attack on US embassy"));
        assert!(
            parsed
                .text
                .ends_with("date 2020-01-01 is not a marker here")
        );
        // Not a marker, but a short line with a date near the top: the dateline guess.
        assert_eq!(parsed.meta.published, Some(jiff::civil::date(2020, 1, 1)));
    }

    #[test]
    fn a_malformed_date_line_is_left_in_the_text() {
        let parsed = parse("date 2020-13-45 rockets", SourceFormat::Txt);
        assert_eq!(parsed.meta.published, None);
        assert_eq!(parsed.text, "date 2020-13-45 rockets");
    }

    #[test]
    fn a_report_saved_with_its_address_names_the_site_as_its_outlet() {
        let parsed = parse(
            "source: https://www.spacedaily.com/reports/American_embassy.html\ndate: 2020-11-17\n\n\
             . 24/7 Space News .\nIRAQ WARS\nAmerican embassy in Iraq under rocket fire, US cuts troops\n\
             By Maya Gebeily\n\nA volley of rockets slammed into Baghdad.",
            SourceFormat::Txt,
        );
        assert_eq!(parsed.meta.outlet.as_deref(), Some("spacedaily.com"));
        assert_eq!(
            parsed.meta.title,
            "American embassy in Iraq under rocket fire, US cuts troops"
        );
        assert_eq!(parsed.meta.author.as_deref(), Some("Maya Gebeily"));
    }

    #[test]
    fn markdown_title_drops_heading_marks() {
        let parsed = parse(
            "\u{feff}# Rockets on Erbil\n\nSix rockets…",
            SourceFormat::Md,
        );
        assert_eq!(parsed.meta.title, "Rockets on Erbil");
    }

    #[test]
    fn very_long_first_line_is_cut_at_a_word() {
        let title = title_from(&"word ".repeat(100));
        assert!(title.ends_with("word…"));
        assert!(text::char_len(&title) <= MAX_TITLE_CHARS + 1);
    }
}
