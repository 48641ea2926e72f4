//! Spanline: a desktop workbench that turns reports of political violence into a sourced,
//! structured incident dataset.
//!
//! - [`model`]: plain records and pure logic (no SQL, no UI);
//! - [`store`]: the project file, the only code that speaks SQL;
//! - [`edit`]: every change as an undoable, logged step;
//! - [`import`]: reading `.txt`, `.md` and `.html` files into articles.

pub mod agreement;
pub mod app;
pub mod cli;
pub mod edit;
pub mod export;
pub mod import;
pub mod jobs;
pub mod merge;
pub mod model;
pub mod propose;
pub mod store;
pub mod timeline;
pub mod ui;
pub mod workspace;
