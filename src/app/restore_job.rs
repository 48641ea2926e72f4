//! A project restored from its JSON export into a new file, on its own thread: the export is
//! streamed (memory does not grow with the file), the status bar shows how much of it has been
//! read, and Cancel or a refused record leaves no file behind.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use crate::export::restore::restore_into_new;
use crate::jobs::{Job, JobError};

/// How far a restore has come.
#[derive(Clone, Copy, Debug, Default)]
pub struct RestoreProgress {
    pub records: usize,
    pub bytes_read: u64,
    pub bytes_total: u64,
}

/// The new project's path and how many records it holds.
pub type RestoreJob = Job<(PathBuf, usize), RestoreProgress>;

/// Starts restoring the export at `export` into a new project at `target`, as `analyst`.
pub fn start(export: PathBuf, target: PathBuf, analyst: String) -> RestoreJob {
    Job::spawn("restore", move |reporter| {
        let file = crate::import::source_file::open_regular(&export)?;
        let bytes_total = file.metadata().map(|m| m.len()).unwrap_or(0);
        let bytes_read = Arc::new(AtomicU64::new(0));
        let input = Counted {
            inner: file,
            read: Arc::clone(&bytes_read),
        };
        let restored = restore_into_new(
            &target,
            input,
            &analyst,
            reporter.cancel_flag(),
            |records| {
                reporter.progress(RestoreProgress {
                    records,
                    bytes_read: bytes_read.load(Ordering::Relaxed),
                    bytes_total,
                })
            },
        )
        .map_err(JobError::from)?;
        Ok((target, restored))
    })
}

/// Where the project restored from `export` goes: beside it, named after it, under a name no
/// file has yet ("brief.json" → "brief.db", else "brief (2).db" …).
pub fn free_name_beside(export: &Path) -> PathBuf {
    let stem = export
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "restored".into());
    (1..)
        .map(|n| match n {
            1 => export.with_file_name(format!("{stem}.db")),
            n => export.with_file_name(format!("{stem} ({n}).db")),
        })
        .find(|path| !path.exists())
        .unwrap_or_else(|| export.with_file_name(format!("{stem}.db")))
}

/// A reader that counts the bytes read through it, for the progress bar.
struct Counted<R> {
    inner: R,
    read: Arc<AtomicU64>,
}

impl<R: Read> Read for Counted<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.read.fetch_add(n as u64, Ordering::Relaxed);
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_new_project_is_named_after_the_export_and_never_an_existing_file() {
        let dir = tempfile::tempdir().expect("temp dir");
        let export = dir.path().join("desk 2024.json");
        assert_eq!(free_name_beside(&export), dir.path().join("desk 2024.db"));
        std::fs::write(dir.path().join("desk 2024.db"), b"taken").expect("written");
        assert_eq!(
            free_name_beside(&export),
            dir.path().join("desk 2024 (2).db")
        );
    }

    #[test]
    fn a_counted_reader_counts_what_passed() {
        let read = Arc::new(AtomicU64::new(0));
        let mut counted = Counted {
            inner: &b"twelve bytes"[..],
            read: Arc::clone(&read),
        };
        let mut out = String::new();
        counted.read_to_string(&mut out).expect("reads");
        assert_eq!(read.load(Ordering::Relaxed), 12);
    }
}
