//! Spanline: a desktop workbench that turns reports of political violence into a sourced,
//! structured incident dataset.
//!
//! # Module map
//!
//! The layers run bottom to top; each uses only those below it.
//!
//! 1. [`model`]: plain records (articles, incidents, evidence, the codebook) and pure logic on
//!    them. No SQL, no UI. [`jobs`]: the one shape of work off the window's thread.
//! 2. [`store`]: the project file, the only code that speaks SQL. Opening checks a file as
//!    untrusted; every write is a [`store::change::Change`] applied by [`store::Project::run`]
//!    in one transaction, logged, undoable, and reported as what it [`edit::Touched`].
//! 3. [`edit`]: what the analyst can do, as changes ([`edit::commands`]).
//! 4. Domain modules, each pure or store-reading, none drawing: [`propose`] (values read from
//!    words), [`import`] (files into articles), [`export`] (the field's formats), [`merge`]
//!    (a colleague's project or export into ours, received records checked first),
//!    [`agreement`] (two coders compared), [`timeline`] (calendar, lanes, bins, duplicates).
//! 5. [`workspace`]: everything the window shows, read from the store and kept current by one
//!    `refresh(touched)` after each change.
//! 6. [`ui`]: panels and widgets. They draw from the workspace and return what the analyst
//!    asked for ([`ui::command_list::UiCommand`] and panel events); they never hold a
//!    connection.
//! 7. [`app`]: the window: preferences, view state, background jobs, and the action loop that
//!    runs each request, then refreshes the workspace. [`cli`]: the same work headless.

pub mod agreement;
pub mod app;
pub mod cli;
pub mod draft;
pub mod edit;
pub mod export;
pub mod import;
pub mod jobs;
pub mod map;
pub mod merge;
pub mod model;
pub mod propose;
pub mod store;
pub mod team;
pub mod timeline;
pub mod ui;
pub mod workspace;
