//! Project vocabularies: the open lists (event types, weapons, target types …) the analyst
//! extends as sources demand.

use serde::{Deserialize, Serialize};

use super::ids::TermId;
use super::vocab_enum::closed_vocabulary;

closed_vocabulary!(
    /// Which list a term belongs to.
    Vocabulary {
        EventType => "event_type",
        SubType => "sub_type",
        Weapon => "weapon",
        TargetType => "target_type",
        Tag => "tag",
    }
);

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct VocabTerm {
    pub term_id: TermId,
    pub vocabulary: Vocabulary,
    /// Stable key stored in incidents: "rocket", "ied_convoy".
    pub key: String,
    pub label: String,
    /// For sub-types: the event type they refine.
    pub parent_key: Option<String>,
    pub sort_order: i64,
}
