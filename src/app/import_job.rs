//! An import running on its own thread and connection, reporting progress and stopping at the
//! next whole article when cancelled. Its undo step is handed back to the window's project
//! when it finishes.

use std::path::PathBuf;

use crate::edit::Change;
use crate::import::{ImportReport, import_files};
use crate::jobs::Job;
use crate::store::Project;

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
        let mut project = open_for_writing(&project_path, &analyst, team)?;
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

/// The project at `path` opened on a job's own thread to write as `analyst`; a team project's
/// copy (`team`) sends each change to its server first.
pub fn open_for_writing(
    path: &std::path::Path,
    analyst: &str,
    team: Option<crate::team::Address>,
) -> Result<Project, crate::jobs::JobError> {
    let mut project = Project::open(path, analyst)?;
    if let Some(address) = team {
        let writer = crate::team::live::TeamWriter::connect(&address)?;
        project.set_before_commit(Some(Box::new(writer)));
    }
    Ok(project)
}
