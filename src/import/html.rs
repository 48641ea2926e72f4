//! Saved web pages: the readable article text, without scripts, navigation, share widgets and
//! the like. Extraction is Mozilla Readability's algorithm (the `dom_smoothie` port); pages it
//! cannot make sense of fall back to the visible text of the body with page furniture removed.

use dom_query::Document;
use dom_smoothie::{Config, Readability, TextMode};
use jiff::civil::Date;

use super::ParsedArticle;
use super::plain::{take_date_line, title_from};
use crate::model::{ArticleMeta, SourceFormat, text};

/// Elements that never hold article text.
const FURNITURE: &str = "script, style, noscript, template, nav, header, footer, aside, form, \
                         button, iframe, svg, [role=navigation], [aria-hidden=true]";

/// A date at the start of an ISO 8601 date-time ("2020-11-18T09:30:00Z").
fn date_prefix(value: &str) -> Option<Date> {
    value.trim().get(..10)?.parse().ok()
}

fn non_empty(value: Option<String>) -> Option<String> {
    value
        .map(|v| v.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|v| !v.is_empty())
}

fn fallback_text(html: &str) -> String {
    let document = Document::from(html);
    document.select(FURNITURE).remove();
    let body = document.select("body");
    let text = if body.exists() {
        body.formatted_text()
    } else {
        document.formatted_text()
    };
    text.to_string()
}

/// Collapses the blank lines and indentation that extraction leaves between blocks.
fn tidy(extracted: &str) -> String {
    let mut paragraphs: Vec<String> = Vec::new();
    for line in extracted.lines() {
        let line = line.split_whitespace().collect::<Vec<_>>().join(" ");
        if !line.is_empty() {
            paragraphs.push(line);
        }
    }
    paragraphs.join("\n\n")
}

pub fn parse(html: &str) -> ParsedArticle {
    let config = Config {
        text_mode: TextMode::Formatted,
        ..Config::default()
    };
    let article = Readability::new(html, None, Some(config)).and_then(|mut r| r.parse());
    let (meta, raw_text) = match article {
        Ok(article) => (
            ArticleMeta {
                title: article.title.trim().to_owned(),
                outlet: non_empty(article.site_name),
                author: non_empty(article.byline),
                published: article.published_time.as_deref().and_then(date_prefix),
                url: non_empty(article.url),
            },
            article.text_content.to_string(),
        ),
        Err(_) => (ArticleMeta::default(), fallback_text(html)),
    };
    let tidied = tidy(&raw_text);
    let (date_line, body) = take_date_line(&tidied);
    let text = text::normalise_newlines(body);
    let title = if meta.title.is_empty() {
        title_from(&text)
    } else {
        meta.title.clone()
    };
    ParsedArticle {
        meta: ArticleMeta {
            title,
            published: meta.published.or(date_line),
            ..meta
        },
        text,
        format: SourceFormat::Html,
    }
}
