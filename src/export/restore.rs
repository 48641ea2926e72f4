//! Restoring a project's JSON export into a project that holds nothing yet, streamed: a second
//! thread reads the file a record at a time while this one writes the records, a batch at a
//! time, in one transaction, so memory stays bounded however large the export is. (Into a
//! project with records of its own, an export is merged instead — `crate::merge`, conflicts
//! shown — which holds both sides in memory.)

use std::io::Read;
use std::ops::ControlFlow;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};

use super::json::{self, DumpError};
use crate::model::Record;
use crate::store::{OpenError, Project, StoreError, change_log};

/// Records handed from the reading thread to the writing one at a time.
const BATCH_RECORDS: usize = 2_000;
/// A batch is also handed over once its articles' texts reach this size.
const BATCH_BYTES: usize = 8 << 20;
/// Batches read ahead of the writer, at most.
const BATCHES_AHEAD: usize = 2;

/// Why a restore wrote nothing.
#[derive(Debug, thiserror::Error)]
pub enum RestoreError {
    #[error(transparent)]
    Dump(#[from] DumpError),
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("reading the export stopped unexpectedly")]
    ReaderFailed,
    #[error("the restore was cancelled; nothing was written")]
    Cancelled,
    #[error(transparent)]
    Open(#[from] OpenError),
    #[error("{} already exists; a restore never writes over a file", .0.display())]
    Exists(PathBuf),
    #[error("cannot put the restored project in place as {}: {source}", .path.display())]
    Place {
        path: PathBuf,
        source: std::io::Error,
    },
}

/// Restores the export `input` into a new project at `target` as `analyst`: built under a
/// hidden name beside it and put in place only once all of it has landed, so a refused file
/// or a cancel leaves nothing behind. A `target` that exists is refused, never written over.
pub fn restore_into_new(
    target: &Path,
    input: impl Read + Send,
    analyst: &str,
    cancel: &AtomicBool,
    progress: impl FnMut(usize),
) -> Result<usize, RestoreError> {
    if target.exists() {
        return Err(RestoreError::Exists(target.to_owned()));
    }
    let file_name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let building = target.with_file_name(format!(".{file_name}.restoring"));
    let _ = std::fs::remove_file(&building);
    let restored = (|| {
        let mut project = Project::create_empty(&building, analyst)?;
        let label = format!("restore {file_name}");
        let restored = restore(&mut project, input, &label, cancel, progress)?;
        drop(project);
        put_in_place(&building, target)?;
        Ok(restored)
    })();
    if restored.is_err() {
        let _ = std::fs::remove_file(&building);
    }
    restored
}

/// Moves the finished project to `target` without ever replacing a file there.
fn put_in_place(building: &Path, target: &Path) -> Result<(), RestoreError> {
    let placed = match std::fs::hard_link(building, target) {
        Ok(()) => std::fs::remove_file(building),
        Err(err) if err.kind() == std::io::ErrorKind::AlreadyExists => {
            return Err(RestoreError::Exists(target.to_owned()));
        }
        // A file system without hard links (a FAT memory stick): look, then rename.
        Err(_) if target.exists() => return Err(RestoreError::Exists(target.to_owned())),
        Err(_) => std::fs::rename(building, target),
    };
    placed.map_err(|source| RestoreError::Place {
        path: target.to_owned(),
        source,
    })
}

/// Writes every record of the export `input` into `project`, logged under `label`; calls
/// `progress` with the number of records written so far after each batch, and stops at the
/// next batch once `cancel` is set. Returns how many records were restored. All of it lands,
/// or nothing (a file cut short, a record that breaks the rules, an id twice, a reference to a
/// record the export lacks, a cancel).
pub fn restore(
    project: &mut Project,
    input: impl Read + Send,
    label: &str,
    cancel: &AtomicBool,
    mut progress: impl FnMut(usize),
) -> Result<usize, RestoreError> {
    let (send, batches) = std::sync::mpsc::sync_channel::<Vec<Logged>>(BATCHES_AHEAD);
    // Written batches go back to be emptied on the reading thread, which has time to spare:
    // freeing millions of records is work the writer would otherwise do.
    let (give_back, written) = std::sync::mpsc::sync_channel::<Vec<Logged>>(BATCHES_AHEAD + 1);
    std::thread::scope(|scope| {
        let reader = scope.spawn(move || {
            let mut batch = Batch::default();
            let mut unloggable = None;
            let read = json::stream(input, |record| {
                // The log's text of each record is made here, off the writing thread.
                match change_log::logged_text(&record) {
                    Ok(logged) => batch.push(record, logged),
                    Err(err) => {
                        unloggable = Some(err);
                        return ControlFlow::Break(());
                    }
                }
                if !batch.is_full() {
                    return ControlFlow::Continue(());
                }
                // A writer that stopped (a refused record) has dropped its end.
                while let Ok(mut spent) = written.try_recv() {
                    spent.clear();
                    batch.recycle(spent);
                }
                match send.send(batch.take()) {
                    Ok(()) => ControlFlow::Continue(()),
                    Err(_) => ControlFlow::Break(()),
                }
            });
            if let Some(err) = unloggable {
                return Err(RestoreError::Store(err));
            }
            if read.is_ok() {
                let _ = send.send(batch.take());
            }
            read.map_err(RestoreError::Dump)
            // `send` is dropped here, which ends the writer's loop.
        });
        // `move`: the writer's end of the channel goes when it stops, however it stops, so a
        // reader waiting to hand over a batch hears it and ends too.
        project.add_all(label, move |adder| {
            for batch in &batches {
                if cancel.load(Ordering::Relaxed) {
                    return Err(RestoreError::Cancelled);
                }
                for (record, logged) in &batch {
                    adder.add(record, logged)?;
                }
                progress(adder.added());
                // Full when the reader is done: then it is freed here.
                let _ = give_back.try_send(batch);
            }
            // Every batch read is written; whether the whole file was sound decides the commit.
            match reader.join() {
                Ok(Ok(_)) => Ok(adder.added()),
                Ok(Err(err)) => Err(err),
                Err(_) => Err(RestoreError::ReaderFailed),
            }
        })
    })
}

/// A record and the text the change log keeps of it.
type Logged = (Record, String);

/// Records on their way to the writer.
#[derive(Default)]
struct Batch {
    records: Vec<Logged>,
    text_bytes: usize,
}

impl Batch {
    fn push(&mut self, record: Record, logged: String) {
        if let Record::Article(article) = &record {
            self.text_bytes += article.text.len();
        }
        self.records.push((record, logged));
    }

    fn is_full(&self) -> bool {
        self.records.len() >= BATCH_RECORDS || self.text_bytes >= BATCH_BYTES
    }

    fn take(&mut self) -> Vec<Logged> {
        self.text_bytes = 0;
        std::mem::take(&mut self.records)
    }

    /// Keeps an emptied list to fill next, when none is being filled.
    fn recycle(&mut self, empty: Vec<Logged>) {
        if self.records.capacity() == 0 {
            self.records = empty;
        }
    }
}
