//! An import running on its own thread and connection, reporting progress to the window and
//! stopping at the next whole article when cancelled. Its undo step is handed back to the
//! window's project when it finishes.

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver, TryRecvError};

use crate::edit::Change;
use crate::import::{ImportReport, import_files};
use crate::store::Project;

/// Messages from the import thread.
enum Message {
    Progress {
        done: usize,
        total: usize,
        current: String,
    },
    Finished(Result<(ImportReport, Option<Change>), String>),
}

/// What the window shows and does about a running import.
pub enum ImportState {
    Running {
        done: usize,
        total: usize,
        current: String,
    },
    Finished {
        report: ImportReport,
        undo_step: Option<Change>,
    },
    Failed(String),
}

pub struct ImportJob {
    receiver: Receiver<Message>,
    cancel: Arc<AtomicBool>,
    state: ImportState,
}

impl ImportJob {
    /// Starts importing `files` into the project at `project_path` as `analyst`.
    pub fn start(project_path: PathBuf, analyst: String, files: Vec<PathBuf>) -> Self {
        let (sender, receiver) = mpsc::channel();
        let cancel = Arc::new(AtomicBool::new(false));
        let thread_cancel = Arc::clone(&cancel);
        let total = files.len();
        let spawned = std::thread::Builder::new()
            .name("import".into())
            .spawn(move || {
                let outcome = (|| {
                    let mut project =
                        Project::open(&project_path, &analyst).map_err(|e| e.to_string())?;
                    let report = import_files(&mut project, &files, &thread_cancel, |progress| {
                        let _ = sender.send(Message::Progress {
                            done: progress.done,
                            total: progress.total,
                            current: progress.current.display().to_string(),
                        });
                    })
                    .map_err(|e| e.to_string())?;
                    Ok((report, project.take_last_undo_step()))
                })();
                let _ = sender.send(Message::Finished(outcome));
            });
        let state = match spawned {
            Ok(_) => ImportState::Running {
                done: 0,
                total,
                current: String::new(),
            },
            Err(err) => ImportState::Failed(format!("the import could not start: {err}")),
        };
        Self {
            receiver,
            cancel,
            state,
        }
    }

    /// Asks the import to stop after the article it is on.
    pub fn cancel(&self) {
        self.cancel.store(true, Ordering::Relaxed);
    }

    /// Takes in what the thread reported since the last call.
    pub fn poll(&mut self) -> &ImportState {
        loop {
            match self.receiver.try_recv() {
                Ok(Message::Progress {
                    done,
                    total,
                    current,
                }) => {
                    self.state = ImportState::Running {
                        done,
                        total,
                        current,
                    };
                }
                Ok(Message::Finished(Ok((report, undo_step)))) => {
                    self.state = ImportState::Finished { report, undo_step };
                }
                Ok(Message::Finished(Err(err))) => self.state = ImportState::Failed(err),
                Err(TryRecvError::Empty) => break,
                Err(TryRecvError::Disconnected) => {
                    if matches!(self.state, ImportState::Running { .. }) {
                        self.state = ImportState::Failed("the import stopped unexpectedly".into());
                    }
                    break;
                }
            }
        }
        &self.state
    }

    /// The state last taken in.
    pub fn state(&self) -> &ImportState {
        &self.state
    }

    /// The final state, once the import is over.
    pub fn into_outcome(self) -> ImportState {
        self.state
    }
}
