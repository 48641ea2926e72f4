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

/// Past this size or nesting depth the DOM parsers take time that grows faster than the page
/// (quadratic in depth: 10,000 nested `div`s took 46 s), so a page is read by one linear pass
/// instead. No news page comes near either.
const MOST_BYTES_FOR_DOM: usize = 4 << 20;
const MOST_DEPTH_FOR_DOM: usize = 256;

/// The deepest nesting of elements, counted up to the limit (a linear scan of the tags).
fn nesting_depth(html: &str) -> usize {
    let bytes = html.as_bytes();
    let (mut depth, mut deepest) = (0usize, 0usize);
    let mut i = 0;
    while i + 1 < bytes.len() && deepest <= MOST_DEPTH_FOR_DOM {
        if bytes[i] == b'<' {
            match bytes[i + 1] {
                b'/' => depth = depth.saturating_sub(1),
                b'!' | b'?' => {}
                c if c.is_ascii_alphabetic() => {
                    let end = html[i..].find('>').map_or(bytes.len(), |e| i + e);
                    if !html[i..end].ends_with('/') {
                        depth += 1;
                        deepest = deepest.max(depth);
                    }
                }
                _ => {}
            }
        }
        i += 1;
    }
    deepest
}

/// The visible text of a page in one pass: tags dropped, scripts and styles skipped, block
/// elements as line breaks, the common character references decoded.
fn linear_text(html: &str) -> String {
    let mut out = String::with_capacity(html.len() / 2);
    let mut rest = html;
    while let Some(open) = rest.find(['<', '&']) {
        out.push_str(&rest[..open]);
        rest = &rest[open..];
        if rest.starts_with('&') {
            let end = rest[..rest.len().min(12)].find(';');
            let decoded = end.and_then(|end| {
                let name = &rest[1..end];
                let c = match name {
                    "amp" => Some('&'),
                    "lt" => Some('<'),
                    "gt" => Some('>'),
                    "quot" => Some('"'),
                    "apos" | "#39" => Some('\''),
                    "nbsp" => Some(' '),
                    _ => name
                        .strip_prefix("#x")
                        .or_else(|| name.strip_prefix("#X"))
                        .and_then(|h| u32::from_str_radix(h, 16).ok())
                        .or_else(|| name.strip_prefix('#').and_then(|d| d.parse().ok()))
                        .and_then(char::from_u32),
                };
                c.map(|c| (c, end + 1))
            });
            match decoded {
                Some((c, len)) => {
                    out.push(c);
                    rest = &rest[len..];
                }
                None => {
                    out.push('&');
                    rest = &rest[1..];
                }
            }
            continue;
        }
        let Some(close) = rest.find('>') else {
            break;
        };
        let closing = rest[1..close].starts_with('/');
        let tag = rest[1..close].trim_start_matches('/').to_ascii_lowercase();
        let name: String = tag
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect();
        rest = &rest[close + 1..];
        let skips = matches!(name.as_str(), "script" | "style" | "noscript" | "template");
        if skips && !closing && !tag.ends_with('/') {
            let end_tag = format!("</{name}");
            let found = rest
                .as_bytes()
                .windows(end_tag.len())
                .position(|w| w.eq_ignore_ascii_case(end_tag.as_bytes()));
            match found {
                Some(at) => rest = &rest[at..],
                None => break,
            }
        } else if matches!(
            name.as_str(),
            "p" | "div"
                | "br"
                | "li"
                | "tr"
                | "h1"
                | "h2"
                | "h3"
                | "h4"
                | "h5"
                | "h6"
                | "section"
                | "article"
        ) {
            out.push('\n');
        }
    }
    if !rest.contains('<') {
        out.push_str(rest);
    }
    out
}

/// The `<title>` of a page, found without parsing it.
fn linear_title(html: &str) -> String {
    let lower = html.to_ascii_lowercase();
    lower
        .find("<title")
        .and_then(|at| Some((at, lower[at..].find('>')? + at + 1)))
        .and_then(|(_, start)| Some((start, lower[start..].find("</title")? + start)))
        .map(|(start, end)| linear_text(&html[start..end]).trim().to_owned())
        .unwrap_or_default()
}

pub fn parse(html: &str) -> ParsedArticle {
    if html.len() > MOST_BYTES_FOR_DOM || nesting_depth(html) > MOST_DEPTH_FOR_DOM {
        let text = text::normalise_newlines(&tidy(&linear_text(html)));
        let title = Some(linear_title(html))
            .filter(|t| !t.is_empty())
            .unwrap_or_else(|| title_from(&text));
        return ParsedArticle {
            meta: ArticleMeta {
                title,
                language: super::language::guess(&text),
                ..ArticleMeta::default()
            },
            text,
            format: SourceFormat::Html,
        };
    }
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
                ..ArticleMeta::default()
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
    let stated = meta.published.or(date_line);
    let guessed = stated
        .is_none()
        .then(|| super::dateline::guess(&text))
        .flatten();
    ParsedArticle {
        meta: ArticleMeta {
            title,
            published: stated.or(guessed),
            published_guessed: guessed.is_some(),
            language: super::language::guess(&text),
            ..meta
        },
        text,
        format: SourceFormat::Html,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deeply_nested_and_huge_pages_are_read_in_one_pass() {
        let deep = format!(
            "<html><head><title>Deep &amp; narrow</title></head><body>{}Rockets hit the base.{}</body></html>",
            "<div>".repeat(20_000),
            "</div>".repeat(20_000)
        );
        let parsed = parse(&deep);
        assert_eq!(parsed.meta.title, "Deep & narrow");
        assert!(
            parsed.text.contains("Rockets hit the base."),
            "{:?}",
            parsed.text
        );
        let entities = format!("<p>{}</p>", "&amp;".repeat(3_000_000));
        let parsed = parse(&entities);
        assert_eq!(parsed.text.chars().filter(|c| *c == '&').count(), 3_000_000);
    }

    #[test]
    fn the_one_pass_reader_drops_scripts_and_decodes_references() {
        let text = linear_text(
            "<p>Seven&nbsp;rockets &#8212; &#x41;<script>var x = '<p>no</p>';</script></p><p>Two</p>",
        );
        assert_eq!(text, "\nSeven rockets \u{2014} A\n\nTwo\n");
    }
}
