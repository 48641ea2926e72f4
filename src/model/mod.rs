//! Plain data and pure logic: the records of a project and what can be said about them without
//! a database or a window.

pub mod actor;
pub mod actor_list;
pub mod article;
pub mod context;
pub mod default_codebook;
pub mod estimate;
pub mod evidence;
pub mod gazetteer;
pub mod geo_box;
pub mod ids;
pub mod incident;
pub mod place;
pub mod snapshot;
pub mod spreadsheet;
pub mod text;
pub mod timeline_incident;
pub mod vocab;
mod vocab_enum;

pub use actor::Actor;
pub use article::{
    Article, ArticleMeta, ArticleSummary, Credibility, Reliability, SourceFormat, SourceScale,
};
pub use context::{ContextEvent, ContextKind};
pub use estimate::Estimate;
pub use evidence::{Evidence, Field, Span};
pub use geo_box::GeoBox;
pub use ids::*;
pub use incident::{Attribution, Confidence, DatePrecision, Incident, IncidentSummary, Status};
pub use place::Place;
pub use snapshot::Snapshot;
pub use timeline_incident::{RowMove, TimelineIncident};
pub use vocab::{VocabTerm, Vocabulary};

use jiff::Timestamp;

/// Who makes an edit and when: written into records and the change log.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Stamp {
    pub analyst: String,
    pub at: Timestamp,
}

impl Stamp {
    pub fn now(analyst: &str) -> Self {
        Self {
            analyst: analyst.to_owned(),
            at: Timestamp::now(),
        }
    }
}

/// Any stored record: what an edit puts.
#[derive(Clone, Debug, PartialEq)]
// Every variant boxed: an edit is a record or a key, and a change of a million edits (a
// drafting run's undo is mostly keys) then costs a pointer an edit, not its largest record.
pub enum Record {
    Article(Box<Article>),
    Incident(Box<Incident>),
    Evidence(Box<Evidence>),
    Actor(Box<Actor>),
    Place(Box<Place>),
    Term(Box<VocabTerm>),
    ContextEvent(Box<ContextEvent>),
}

/// Each kind of record is a [`Record`], boxed.
macro_rules! record_from {
    ($($kind:ident => $variant:ident),* $(,)?) => {$(
        impl From<$kind> for Record {
            fn from(record: $kind) -> Self {
                Record::$variant(Box::new(record))
            }
        }
    )*};
}

record_from!(
    Article => Article,
    Incident => Incident,
    Evidence => Evidence,
    Actor => Actor,
    Place => Place,
    VocabTerm => Term,
    ContextEvent => ContextEvent,
);

/// The identity of any stored record: what an edit deletes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RecordKey {
    Article(ArticleId),
    Incident(IncidentId),
    Evidence(EvidenceId),
    Actor(ActorId),
    Place(PlaceId),
    Term(TermId),
    ContextEvent(ContextEventId),
}

impl Record {
    pub fn key(&self) -> RecordKey {
        match self {
            Record::Article(a) => RecordKey::Article(a.article_id),
            Record::Incident(i) => RecordKey::Incident(i.incident_id),
            Record::Evidence(e) => RecordKey::Evidence(e.evidence_id),
            Record::Actor(a) => RecordKey::Actor(a.actor_id),
            Record::Place(p) => RecordKey::Place(p.place_id),
            Record::Term(t) => RecordKey::Term(t.term_id),
            Record::ContextEvent(c) => RecordKey::ContextEvent(c.context_event_id),
        }
    }
}

impl RecordKey {
    /// The record kind as the change log names it.
    pub fn kind(&self) -> &'static str {
        match self {
            RecordKey::Article(_) => "article",
            RecordKey::Incident(_) => "incident",
            RecordKey::Evidence(_) => "evidence",
            RecordKey::Actor(_) => "actor",
            RecordKey::Place(_) => "place",
            RecordKey::Term(_) => "vocab_term",
            RecordKey::ContextEvent(_) => "context_event",
        }
    }

    /// The key a change log names by its kind and id (`"incident"`, `"0190…"`), if both are
    /// well formed.
    pub fn from_parts(kind: &str, id: &str) -> Option<RecordKey> {
        Some(match kind {
            "article" => RecordKey::Article(id.parse().ok()?),
            "incident" => RecordKey::Incident(id.parse().ok()?),
            "evidence" => RecordKey::Evidence(id.parse().ok()?),
            "actor" => RecordKey::Actor(id.parse().ok()?),
            "place" => RecordKey::Place(id.parse().ok()?),
            "vocab_term" => RecordKey::Term(id.parse().ok()?),
            "context_event" => RecordKey::ContextEvent(id.parse().ok()?),
            _ => return None,
        })
    }

    pub fn id_string(&self) -> String {
        match self {
            RecordKey::Article(id) => id.to_string(),
            RecordKey::Incident(id) => id.to_string(),
            RecordKey::Evidence(id) => id.to_string(),
            RecordKey::Actor(id) => id.to_string(),
            RecordKey::Place(id) => id.to_string(),
            RecordKey::Term(id) => id.to_string(),
            RecordKey::ContextEvent(id) => id.to_string(),
        }
    }
}
