//! Actors (armed groups, state forces, front names) with their aliases.

use serde::{Deserialize, Serialize};

use super::ids::ActorId;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Actor {
    pub actor_id: ActorId,
    pub name: String,
    /// Free category: "militia", "front name", "state force", "umbrella" …
    pub kind: Option<String>,
    /// The group a front name or unit belongs to, when known.
    pub parent_id: Option<ActorId>,
    /// Other spellings and abbreviations found in sources.
    pub aliases: Vec<String>,
    pub notes: Option<String>,
}

impl Actor {
    /// A new actor known only by its name.
    pub fn named(name: impl Into<String>) -> Self {
        Self {
            actor_id: ActorId::new(),
            name: name.into(),
            kind: None,
            parent_id: None,
            aliases: Vec::new(),
            notes: None,
        }
    }
}
