//! Globally unique record ids.
//!
//! Every record carries a UUID v7: time-ordered (so new rows append to the b-tree and sort by
//! creation) and unique across machines, so projects coded by different analysts merge without
//! collisions. Each record kind has its own id type so an `IncidentId` can never be passed where
//! an `ArticleId` is meant.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};
use uuid::Uuid;

macro_rules! record_id {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub Uuid);

        impl $name {
            /// A fresh, time-ordered id.
            pub fn new() -> Self {
                Self(Uuid::now_v7())
            }
        }

        impl Default for $name {
            fn default() -> Self {
                Self::new()
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                self.0.as_hyphenated().fmt(f)
            }
        }

        impl FromStr for $name {
            type Err = uuid::Error;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                Uuid::parse_str(s).map(Self)
            }
        }
    };
}

record_id!(
    /// One imported source text.
    ArticleId
);
record_id!(
    /// One coded incident.
    IncidentId
);
record_id!(
    /// One span of source text supporting an incident.
    EvidenceId
);
record_id!(
    /// One armed group, state force or other party.
    ActorId
);
record_id!(
    /// One gazetteer entry.
    PlaceId
);
record_id!(
    /// One entry of a project vocabulary.
    TermId
);
record_id!(
    /// One context event or period shown on the timeline.
    ContextEventId
);
record_id!(
    /// One undoable change (a group of edits applied together).
    ChangeId
);
