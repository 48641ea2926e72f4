//! The evidence as W3C Web Annotations (JSON-LD): one Annotation per span, its target the
//! article with both a TextPositionSelector (code points) and a TextQuoteSelector, so the
//! words can be re-found even if offsets drift; its bodies name the incident and the fields
//! the words support.

use std::io::Write;

use serde_json::{Value, json};

use super::dataset::Dataset;

/// The IRI an article is known by in the annotations.
pub fn article_iri(article_id: crate::model::ArticleId) -> String {
    format!("urn:uuid:{article_id}")
}

/// The source's Admiralty grade as an assessing body ("B2: usually reliable, probably true"),
/// when the analyst graded it.
fn grading_body(meta: &crate::model::ArticleMeta) -> Option<Value> {
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
    Some(json!({
        "type": "TextualBody",
        "purpose": "assessing",
        "value": format!("Admiralty grade {code}: {}", words.join(", ")),
    }))
}

pub fn write(out: impl Write, data: &Dataset) -> serde_json::Result<()> {
    // Where the pages of PDF-read articles begin, found once per article.
    let mut pages: std::collections::HashMap<crate::model::ArticleId, Vec<(usize, u32)>> =
        std::collections::HashMap::new();
    let items: Vec<Value> = data
        .evidence
        .iter()
        .map(|span| {
            let mut bodies = vec![json!({
                "id": format!("urn:uuid:{}", span.incident_id),
                "purpose": "linking",
            })];
            bodies.extend(span.fields.iter().map(|field| {
                json!({ "type": "TextualBody", "purpose": "tagging", "value": field.as_str() })
            }));
            if let Some(note) = &span.note {
                bodies
                    .push(json!({ "type": "TextualBody", "purpose": "commenting", "value": note }));
            }
            let mut target = json!({
                "source": article_iri(span.article_id),
                "selector": [
                    { "type": "TextPositionSelector", "start": span.start, "end": span.end },
                    {
                        "type": "TextQuoteSelector",
                        "exact": span.quote.exact,
                        "prefix": span.quote.prefix,
                        "suffix": span.quote.suffix,
                    },
                ],
            });
            let article = data.article(span.article_id);
            let starts = pages.entry(span.article_id).or_insert_with(|| {
                article.map_or_else(Vec::new, |a| crate::model::text::page_starts(&a.text))
            });
            // A PDF's page, as RFC 3778 fragments name it, so a reader can cite it.
            if let (Some(page), Some(selectors)) = (
                crate::model::text::page_at(starts, span.start),
                target["selector"].as_array_mut(),
            ) {
                selectors.push(json!({
                    "type": "FragmentSelector",
                    "conformsTo": "http://tools.ietf.org/rfc/rfc3778",
                    "value": format!("page={page}"),
                }));
            }
            if let Some(grading) = article.and_then(|a| grading_body(&a.meta)) {
                bodies.push(grading);
            }
            if let Some(url) = article.and_then(|a| a.meta.url.clone()) {
                target["scope"] = Value::String(url);
            }
            json!({
                "id": format!("urn:uuid:{}", span.evidence_id),
                "type": "Annotation",
                "motivation": "tagging",
                "created": span.created_at.to_string(),
                "creator": { "type": "Person", "name": span.created_by },
                "body": bodies,
                "target": target,
            })
        })
        .collect();
    serde_json::to_writer_pretty(
        out,
        &json!({
            "@context": "http://www.w3.org/ns/anno.jsonld",
            "type": "AnnotationCollection",
            "label": "Spanline evidence",
            "total": items.len(),
            "first": { "type": "AnnotationPage", "items": items },
        }),
    )
}
