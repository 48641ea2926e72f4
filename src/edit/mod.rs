//! What the analyst can do to a project, as undoable steps: each user-level command in
//! [`commands`] builds a [`Change`] that [`crate::store::Project::run`] applies (see
//! [`crate::store::change`] for how a change is applied, logged and undone).

pub mod commands;

pub use crate::store::change::{Change, Edit, Step, Touched, apply};
pub use crate::store::history::History;
