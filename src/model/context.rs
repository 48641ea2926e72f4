//! Context for the timeline: events and periods that are not incidents themselves.

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use super::ids::ContextEventId;
use super::vocab_enum::closed_vocabulary;

closed_vocabulary!(
    /// A point in time (a strike, a storming) or a stretch of it (a truce).
    ContextKind { Event => "event", Period => "period" }
);

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ContextEvent {
    pub context_event_id: ContextEventId,
    pub kind: ContextKind,
    pub label: String,
    pub date_start: Date,
    /// Set for periods; `None` for events and for periods still open.
    pub date_end: Option<Date>,
    pub notes: Option<String>,
}
