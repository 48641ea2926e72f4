//! The window's panels and widgets, one file each.

pub mod commands;
pub mod fonts;
pub mod highlight;
pub mod incident_editor;
pub mod source_view;
