//! The evidence as W3C Web Annotations (JSON-LD): one Annotation per span, its target the
//! article with both a TextPositionSelector (code points) and a TextQuoteSelector, so the
//! words can be re-found even if offsets drift; its bodies name the incident and the fields
//! the words support. The spans are written as they are read: three million of them are never
//! held at once.

use std::collections::HashMap;
use std::io::Write;

use serde::ser::{Serialize, Serializer};

use super::dataset::{Dataset, Rows};
use super::pipeline::{Failure, Received};
use crate::model::{ArticleId, Evidence};
use crate::store::StoreResult;

/// The IRI an article is known by in the annotations.
pub fn article_iri(article_id: crate::model::ArticleId) -> String {
    Urn(article_id.0).to_string()
}

/// The source's Admiralty grade as an assessing body says it ("Admiralty grade B2: usually
/// reliable, probably true"), when the analyst graded it.
fn grading_body(meta: &crate::model::ArticleMeta) -> Option<String> {
    let code = meta.grade();
    if code.is_empty() {
        return None;
    }
    let words: Vec<&str> = [
        meta.reliability.map(|r| r.describe()),
        meta.credibility.map(|c| c.describe()),
    ]
    .into_iter()
    .flatten()
    .collect();
    Some(format!("Admiralty grade {code}: {}", words.join(", ")))
}

/// Where the pages of each PDF-read article begin (articles without pages are not listed):
/// the texts are read one at a time and only their page starts kept.
pub fn page_starts_by_article(
    conn: &rusqlite::Connection,
) -> StoreResult<HashMap<ArticleId, Vec<(usize, u32)>>> {
    let mut pages = HashMap::new();
    crate::store::articles::each(conn, true, |article| {
        let starts = crate::model::text::page_starts(&article.text);
        if !starts.is_empty() {
            pages.insert(article.article_id, starts);
        }
        Ok(())
    })?;
    Ok(pages)
}

/// Writes the collection of `spans` as they arrive, one annotation to a line: the framing is
/// written here so that no annotation waits for the others (pretty-printed, three million of
/// them made a file twice as large and twice as slow to write).
pub fn write(
    mut out: impl Write,
    data: &Dataset,
    pages: &HashMap<ArticleId, Vec<(usize, u32)>>,
    spans: &mut Received<Evidence>,
) -> Result<Rows, Failure> {
    out.write_all(
        br#"{"@context": "http://www.w3.org/ns/anno.jsonld", "type": "AnnotationCollection", "label": "Spanline evidence",
"first": {"type": "AnnotationPage", "items": [
"#,
    )?;
    let mut written = 0;
    spans.each(|span| {
        if written > 0 {
            out.write_all(b",\n")?;
        }
        serde_json::to_writer(&mut out, &annotation(span, data, pages))?;
        written += 1;
        Ok::<(), Failure>(())
    })?;
    // The total after the items, which were counted as they were written.
    write!(out, "\n]}},\n\"total\": {written}}}\n")?;
    Ok(Rows {
        written,
        left_out: 0,
    })
}

/// One span as an annotation: its incident and fields as bodies, its words as the target.
/// Typed rather than built as a JSON value, which for three million spans took twice as long.
#[derive(serde::Serialize)]
struct Annotation<'a> {
    id: Urn,
    #[serde(rename = "type")]
    kind: &'static str,
    motivation: &'static str,
    #[serde(serialize_with = "serialize_display")]
    created: &'a jiff::Timestamp,
    creator: Creator<'a>,
    body: Vec<Body<'a>>,
    target: Target<'a>,
}

#[derive(serde::Serialize)]
struct Creator<'a> {
    #[serde(rename = "type")]
    kind: &'static str,
    name: &'a str,
}

/// A body: the incident linked (`id`), or a textual one (`type` and `value`).
#[derive(serde::Serialize)]
struct Body<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<Urn>,
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    kind: Option<&'static str>,
    purpose: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    value: Option<std::borrow::Cow<'a, str>>,
}

impl<'a> Body<'a> {
    fn textual(purpose: &'static str, value: impl Into<std::borrow::Cow<'a, str>>) -> Self {
        Body {
            id: None,
            kind: Some("TextualBody"),
            purpose,
            value: Some(value.into()),
        }
    }
}

#[derive(serde::Serialize)]
struct Target<'a> {
    source: Urn,
    selector: Vec<Selector<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    scope: Option<&'a str>,
}

#[derive(serde::Serialize)]
#[serde(tag = "type")]
enum Selector<'a> {
    #[serde(rename = "TextPositionSelector")]
    TextPosition { start: usize, end: usize },
    #[serde(rename = "TextQuoteSelector")]
    TextQuote {
        exact: &'a str,
        prefix: &'a str,
        suffix: &'a str,
    },
    #[serde(rename = "FragmentSelector")]
    Fragment {
        #[serde(rename = "conformsTo")]
        conforms_to: &'static str,
        value: String,
    },
}

/// A record's IRI, `urn:uuid:…`, written without a string of its own.
struct Urn(uuid::Uuid);

impl std::fmt::Display for Urn {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "urn:uuid:{}", self.0.as_hyphenated())
    }
}

impl Serialize for Urn {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

fn serialize_display<S: Serializer>(
    value: &impl std::fmt::Display,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    serializer.collect_str(value)
}

fn annotation<'a>(
    span: &'a Evidence,
    data: &'a Dataset,
    pages: &HashMap<ArticleId, Vec<(usize, u32)>>,
) -> Annotation<'a> {
    let mut body = vec![Body {
        id: Some(Urn(span.incident_id.0)),
        kind: None,
        purpose: "linking",
        value: None,
    }];
    body.extend(
        span.fields
            .iter()
            .map(|field| Body::textual("tagging", field.as_str())),
    );
    if let Some(note) = &span.note {
        body.push(Body::textual("commenting", note.as_str()));
    }
    let mut selector = vec![
        Selector::TextPosition {
            start: span.start,
            end: span.end,
        },
        Selector::TextQuote {
            exact: &span.quote.exact,
            prefix: &span.quote.prefix,
            suffix: &span.quote.suffix,
        },
    ];
    // A PDF's page, as RFC 3778 fragments name it, so a reader can cite it.
    let page = pages
        .get(&span.article_id)
        .and_then(|starts| crate::model::text::page_at(starts, span.start));
    if let Some(page) = page {
        selector.push(Selector::Fragment {
            conforms_to: "http://tools.ietf.org/rfc/rfc3778",
            value: format!("page={page}"),
        });
    }
    let article = data.article(span.article_id);
    if let Some(grading) = article.and_then(|a| grading_body(&a.meta)) {
        body.push(Body::textual("assessing", grading));
    }
    Annotation {
        id: Urn(span.evidence_id.0),
        kind: "Annotation",
        motivation: "tagging",
        created: &span.created_at,
        creator: Creator {
            kind: "Person",
            name: &span.created_by,
        },
        body,
        target: Target {
            source: Urn(span.article_id.0),
            selector,
            scope: article.and_then(|a| a.meta.url.as_deref()),
        },
    }
}
