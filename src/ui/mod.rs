//! The window's panels and widgets, one file each.

pub mod agreement_view;
pub mod article_details;
pub mod article_pane;
pub mod bidi;
pub mod codebook_editor;
pub mod command_list;
pub mod context_editor;
pub mod corpus;
pub mod dialogs;
pub mod fonts;
pub mod highlight;
pub mod incident_editor;
pub mod map_tiles;
pub mod map_view;
pub mod merge_review;
pub mod paragraph_layout;
pub mod pickers;
pub mod reading_field;
pub mod source_view;
pub mod timeline_view;
pub mod tooltips;
