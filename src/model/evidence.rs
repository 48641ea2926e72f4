//! Evidence: spans of source text that support an incident's field values.

use jiff::Timestamp;
use serde::{Deserialize, Serialize};

use super::Stamp;
use super::ids::{ArticleId, EvidenceId, IncidentId};
use super::text::{self, TextQuote};
use super::vocab_enum::closed_vocabulary;

closed_vocabulary!(
    /// The incident fields a span can be evidence for.
    Field {
        Date => "date",
        TimeOfDay => "time_of_day",
        EventType => "event_type",
        Weapon => "weapon",
        Munitions => "munitions",
        Impacted => "impacted",
        Intercepted => "intercepted",
        Target => "target",
        Place => "place",
        LaunchSite => "launch_site",
        Perpetrator => "perpetrator",
        Attribution => "attribution",
        Killed => "killed",
        Wounded => "wounded",
        Summary => "summary",
    }
);

/// One span of one article, supporting one incident. `fields` empty means it supports the
/// incident as a whole (the span it was created from, say). The same words may support several
/// incidents ("attacked on July 23, August 3…"): each gets its own evidence record.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Evidence {
    pub evidence_id: EvidenceId,
    pub incident_id: IncidentId,
    pub article_id: ArticleId,
    /// Code-point offsets into the article text, `start < end` (W3C TextPositionSelector).
    pub start: usize,
    pub end: usize,
    /// The quoted words and their context (W3C TextQuoteSelector).
    pub quote: TextQuote,
    pub fields: Vec<Field>,
    pub note: Option<String>,
    pub created_at: Timestamp,
    pub created_by: String,
}

/// A range of code points in one article: what the analyst selected.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Span {
    pub article_id: ArticleId,
    pub start: usize,
    pub end: usize,
}

impl Evidence {
    /// Evidence for `span`, quoted from `article_text` itself so the quote always equals what the
    /// offsets select. `None` when the span does not fit the text.
    pub fn from_span(
        incident_id: IncidentId,
        span: Span,
        article_text: &str,
        fields: Vec<Field>,
        stamp: &Stamp,
    ) -> Option<Self> {
        let quote = text::quote(article_text, span.start, span.end)?;
        Some(Self {
            evidence_id: EvidenceId::new(),
            incident_id,
            article_id: span.article_id,
            start: span.start,
            end: span.end,
            quote,
            fields,
            note: None,
            created_at: stamp.at,
            created_by: stamp.analyst.clone(),
        })
    }

    pub fn span(&self) -> Span {
        Span {
            article_id: self.article_id,
            start: self.start,
            end: self.end,
        }
    }
}
