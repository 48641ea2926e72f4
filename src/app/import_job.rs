//! An import running on its own thread and connection, reporting progress and stopping at the
//! next whole article when cancelled. Its undo step is handed back to the window's project
//! when it finishes.

use std::path::PathBuf;

use crate::edit::Change;
use crate::import::{ImportReport, import_files};
use crate::jobs::Job;

/// How far an import has come.
#[derive(Clone, Debug, Default)]
pub struct ImportProgress {
    pub done: usize,
    pub total: usize,
    /// The file being read.
    pub current: String,
}

/// What an import hands back: its report and the undo step of what it wrote.
pub type Imported = (ImportReport, Option<Change>);

pub type ImportJob = Job<Imported, ImportProgress>;

/// Starts importing `files` into the project at `project_path` as `analyst`; into a team
/// project's copy, each batch goes to its server first (`team`), on a connection of its own.
pub fn start(
    project_path: PathBuf,
    analyst: String,
    files: Vec<PathBuf>,
    team: Option<crate::team::Address>,
) -> ImportJob {
    Job::spawn("import", move |reporter| {
        let mut project = crate::team::live::open_for_writing(&project_path, &analyst, team)?;
        let report = import_files(&mut project, &files, reporter.cancel_flag(), |progress| {
            reporter.progress(ImportProgress {
                done: progress.done,
                total: progress.total,
                current: progress.current.display().to_string(),
            });
        })?;
        Ok((report, project.take_last_undo_step()))
    })
}
