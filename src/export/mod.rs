//! Writing what the analyst exports: files appear whole or not at all; and reading the
//! full-fidelity JSON back (`json`, `restore`).

pub mod acled;
pub mod acled_countries;
pub mod dataset;
mod early_sync;
pub mod geojson;
pub mod gtd;
pub mod json;
pub mod pipeline;
pub mod png;
pub mod restore;
pub mod ucdp;
pub mod w3c;

/// What an export's contents are written to: buffered, and synced through as it grows.
pub type ExportWriter<'f> = BufWriter<&'f mut early_sync::EarlySync>;

use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};

/// The formats a whole project exports to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// ACLED-style CSV, ACLED's exact columns.
    Acled,
    /// UCDP GED-style CSV, the columns our fields map to.
    Ucdp,
    /// START GTD-style CSV, with GTD's codes where our vocabularies map.
    Gtd,
    /// GeoJSON FeatureCollection of incidents at their places.
    Geojson,
    /// The evidence as W3C Web Annotations (JSON-LD).
    W3c,
    /// Every record, full fidelity; imports back without loss.
    Json,
}

impl Format {
    pub const ALL: [Format; 6] = [
        Format::Acled,
        Format::Ucdp,
        Format::Gtd,
        Format::Geojson,
        Format::W3c,
        Format::Json,
    ];

    /// The file extension and a file name to suggest.
    pub fn file_name(self) -> (&'static str, &'static str) {
        match self {
            Format::Acled => ("csv", "incidents-acled.csv"),
            Format::Ucdp => ("csv", "incidents-ucdp-ged.csv"),
            Format::Gtd => ("csv", "incidents-gtd.csv"),
            Format::Geojson => ("geojson", "incidents.geojson"),
            Format::W3c => ("jsonld", "evidence-annotations.jsonld"),
            Format::Json => ("json", "project.json"),
        }
    }

    /// What the analyst reads in a menu.
    pub fn title(self) -> &'static str {
        match self {
            Format::Acled => "ACLED-style CSV",
            Format::Ucdp => "UCDP GED-style CSV",
            Format::Gtd => "GTD-style CSV",
            Format::Geojson => "GeoJSON (for QGIS)",
            Format::W3c => "Evidence as W3C Web Annotations",
            Format::Json => "Full project as JSON",
        }
    }

    /// The target format's columns we leave empty, and why.
    pub fn not_mapped(self) -> &'static [(&'static str, &'static str)] {
        match self {
            Format::Acled => acled::NOT_MAPPED,
            Format::Ucdp => ucdp::NOT_MAPPED,
            Format::Gtd => gtd::NOT_MAPPED,
            Format::Geojson | Format::W3c | Format::Json => &[],
        }
    }
}

/// Why an export wrote nothing (and left any file already at its path as it was).
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error("could not read the project: {0}")]
    Read(#[from] crate::store::StoreError),
    /// The target may not be replaced (the project itself, a database, a FIFO …).
    #[error("{0}")]
    Refused(#[from] crate::store::output_target::Refused),
    #[error("The export was cancelled; nothing was written.")]
    Cancelled,
    #[error("Could not write {path}: {source}")]
    Write {
        path: std::path::PathBuf,
        source: Box<dyn std::error::Error + Send + Sync>,
    },
}

/// How a long export reports how far it has come and hears the analyst's Cancel.
#[derive(Clone, Copy)]
pub struct Watch<'w> {
    pub cancel: &'w AtomicBool,
    /// Called from the thread that writes (which may not be the caller's).
    pub progress: &'w (dyn Fn(ExportProgress) + Sync),
}

impl Watch<'_> {
    /// A failed write said as what it was: the analyst's Cancel, or the error itself.
    fn explain(&self, err: ExportError) -> ExportError {
        if self.cancel.load(Ordering::Relaxed) {
            ExportError::Cancelled
        } else {
            err
        }
    }
}

impl Watch<'static> {
    /// No one watching: no progress wanted and no Cancel (the command line, [`export_project`]).
    pub fn unwatched() -> Self {
        static NEVER: AtomicBool = AtomicBool::new(false);
        fn ignored(_: ExportProgress) {}
        Watch {
            cancel: &NEVER,
            progress: &ignored,
        }
    }
}

/// Where an export is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportProgress {
    /// Reading the project's records.
    Reading,
    /// Writing; how many bytes so far.
    Writing { bytes: u64 },
}

/// Writes the whole project open on `conn` to `path` in `format`; returns a line saying what
/// was written (and what was left out).
pub fn export_project(
    conn: &rusqlite::Connection,
    format: Format,
    path: &Path,
) -> Result<String, ExportError> {
    let PreparedExport { file, summary } = prepare_export(conn, format, path, Watch::unwatched())?;
    file.publish()?;
    Ok(summary)
}

/// An export written whole and synced under a hidden name beside its target, not yet in place:
/// the caller publishes it once nothing speaks against it (the project's integrity scan).
#[must_use = "an export is only in place once published"]
pub struct PreparedExport {
    pub file: PreparedFile,
    /// What was written, as [`export_project`] says it.
    pub summary: String,
}

/// [`export_project`] up to the file's last byte, reporting to `watch`; the file is put in
/// place by [`PreparedFile::publish`].
pub fn prepare_export(
    conn: &rusqlite::Connection,
    format: Format,
    path: &Path,
    watch: Watch<'_>,
) -> Result<PreparedExport, ExportError> {
    // Refused before the reading, which takes seconds on a large project.
    crate::store::output_target::check(path, crate::store::output_target::Output::Export)?;
    (watch.progress)(ExportProgress::Reading);
    if format == Format::Json {
        return prepare_full_json(conn, path, watch);
    }
    let mut rows = dataset::Rows::default();
    let file = read_consistently(conn, || {
        let data = dataset::Dataset::load(conn)?;
        // The annotations cite the page of a PDF-read article, which its text says.
        let pages = match format {
            Format::W3c => w3c::page_starts_by_article(conn)?,
            _ => Default::default(),
        };
        if watch.cancel.load(Ordering::Relaxed) {
            return Err(ExportError::Cancelled);
        }
        prepare_file(path, |out| -> Result<(), pipeline::Failure> {
            let out = Watched::new(out, watch);
            // The incidents (or spans) are read on this thread as another writes them.
            rows = match format {
                Format::W3c => pipeline::stream(
                    "export writer",
                    |take| data.each_span(conn, take),
                    |mut spans| w3c::write(out, &data, &pages, &mut spans),
                )?,
                _ => pipeline::stream(
                    "export writer",
                    |take| dataset::Dataset::each_incident(conn, take),
                    |mut incidents| match format {
                        Format::Acled => acled::write(out, &data, &mut incidents),
                        Format::Ucdp => ucdp::write(out, &data, &mut incidents),
                        Format::Gtd => gtd::write(out, &data, &mut incidents),
                        Format::Geojson => geojson::write(out, &data, &mut incidents),
                        Format::W3c | Format::Json => {
                            unreachable!("streamed above, or by prepare_full_json")
                        }
                    },
                )?,
            };
            Ok(())
        })
        .map_err(|err| watch.explain(err))
    })?;
    let dataset::Rows { written, left_out } = rows;
    let summary = match format {
        Format::Acled | Format::Ucdp | Format::Gtd => format!(
            "wrote {written} incidents to {}{}",
            path.display(),
            if left_out > 0 {
                format!(" ({left_out} undated incidents left out)")
            } else {
                String::new()
            }
        ),
        Format::Geojson => format!(
            "wrote {written} incidents to {} ({left_out} without coordinates have no geometry)",
            path.display()
        ),
        Format::W3c => format!("wrote {written} evidence annotations to {}", path.display()),
        Format::Json => unreachable!("the full JSON is streamed (prepare_full_json)"),
    };
    Ok(PreparedExport { file, summary })
}

/// The full JSON, streamed from the project to the file as it is read (a million incidents
/// never held at once), and written again when the project changed while it was read.
fn prepare_full_json(
    conn: &rusqlite::Connection,
    path: &Path,
    watch: Watch<'_>,
) -> Result<PreparedExport, ExportError> {
    let mut written = json::Written::default();
    let file = read_consistently(conn, || {
        prepare_file(path, |out| {
            json::write_project(conn, Watched::new(out, watch)).map(|counts| written = counts)
        })
        .map_err(|err| watch.explain(err))
    })?;
    let summary = whole_project_written(written, path);
    Ok(PreparedExport { file, summary })
}

fn whole_project_written(written: json::Written, path: &Path) -> String {
    format!(
        "wrote the whole project ({} incidents, {} spans) to {}",
        written.incidents,
        written.spans,
        path.display()
    )
}

/// Reads with `read` until no other connection committed while it read (SQLite's
/// `data_version`): the reads are several statements, each short so that the window's edits
/// never wait long, and an edit between two of them would leave, say, evidence of an incident
/// read before it was deleted. After a few tries the last read is taken inside one read
/// transaction, the window's edits then waiting for it.
fn read_consistently<T>(
    conn: &rusqlite::Connection,
    mut read: impl FnMut() -> Result<T, ExportError>,
) -> Result<T, ExportError> {
    let version = || -> crate::store::StoreResult<i64> {
        Ok(conn.query_row("PRAGMA data_version", [], |row| row.get(0))?)
    };
    for _ in 0..3 {
        let before = version()?;
        let data = read()?;
        if version()? == before {
            return Ok(data);
        }
    }
    conn.execute_batch("BEGIN DEFERRED")
        .map_err(crate::store::StoreError::from)?;
    let data = read();
    let _ = conn.execute_batch("COMMIT");
    data
}

/// A writer that says every mebibyte how much has gone through it, and fails at once when
/// the export is cancelled (the hidden file is then removed and the target left as it was).
struct Watched<'w, W> {
    inner: W,
    watch: Watch<'w>,
    bytes: u64,
    reported: u64,
}

impl<'w, W: Write> Watched<'w, W> {
    fn new(inner: W, watch: Watch<'w>) -> Self {
        Self {
            inner,
            watch,
            bytes: 0,
            reported: 0,
        }
    }
}

impl<W: Write> Write for Watched<'_, W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        if self.watch.cancel.load(Ordering::Relaxed) {
            return Err(std::io::Error::other("the export was cancelled"));
        }
        let written = self.inner.write(buf)?;
        self.bytes += written as u64;
        if self.bytes - self.reported >= 1 << 20 {
            self.reported = self.bytes;
            (self.watch.progress)(ExportProgress::Writing { bytes: self.bytes });
        }
        Ok(written)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.inner.flush()
    }
}

/// Writes `path` through `fill`: into a hidden temporary file beside it, renamed into place
/// once complete, so a failed or interrupted export never leaves half a file under the name
/// the analyst chose (nor destroys the file that was there). A target that is an open project,
/// a database or not a regular file is refused before anything is written.
pub fn write_atomically<E>(
    path: &Path,
    fill: impl FnOnce(&mut ExportWriter<'_>) -> Result<(), E>,
) -> Result<(), ExportError>
where
    E: Into<Box<dyn std::error::Error + Send + Sync>>,
{
    prepare_file(path, fill)?.publish()
}

/// A file written whole and synced under a hidden name beside its target. Dropped before
/// [`PreparedFile::publish`], it is removed and the target stays as it was.
pub struct PreparedFile {
    temp: std::path::PathBuf,
    path: std::path::PathBuf,
    published: bool,
}

impl PreparedFile {
    /// Renames the file into place: the target is the old file or the whole new one, never half.
    pub fn publish(mut self) -> Result<(), ExportError> {
        use crate::store::output_target;
        // Checked again: the target may have become something else while the file was written.
        output_target::check(&self.path, output_target::Output::Export)?;
        std::fs::rename(&self.temp, &self.path).map_err(|source| ExportError::Write {
            path: self.path.clone(),
            source: source.into(),
        })?;
        self.published = true;
        Ok(())
    }
}

impl Drop for PreparedFile {
    fn drop(&mut self) {
        if !self.published {
            let _ = std::fs::remove_file(&self.temp);
        }
    }
}

/// [`write_atomically`] up to the rename.
fn prepare_file<E>(
    path: &Path,
    fill: impl FnOnce(&mut ExportWriter<'_>) -> Result<(), E>,
) -> Result<PreparedFile, ExportError>
where
    E: Into<Box<dyn std::error::Error + Send + Sync>>,
{
    use crate::store::{output_target, temp_files};
    output_target::check(path, output_target::Output::Export)?;
    temp_files::sweep(temp_files::folder_of(path));
    let prepared = PreparedFile {
        temp: temp_files::beside(path, temp_files::Purpose::Writing),
        path: path.to_owned(),
        published: false,
    };
    let written = (|| -> Result<(), Box<dyn std::error::Error + Send + Sync>> {
        let file = File::create(&prepared.temp)?;
        early_sync::writing(file, |out| {
            let mut out = BufWriter::new(out);
            fill(&mut out).map_err(Into::into)?;
            out.flush()?;
            out.get_ref().file().sync_all()?;
            Ok(())
        })?
    })();
    match written {
        Ok(()) => Ok(prepared),
        Err(source) => Err(ExportError::Write {
            path: path.to_owned(),
            source,
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_failed_export_keeps_the_old_file_and_leaves_no_temporary() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("out.csv");
        std::fs::write(&path, "old").unwrap();
        let result = write_atomically(&path, |out| {
            out.write_all(b"half")?;
            Err(std::io::Error::other("disk full"))
        });
        assert!(result.unwrap_err().to_string().contains("disk full"));
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "old");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn a_watched_writer_reports_each_mebibyte_and_stops_when_cancelled() {
        let cancel = AtomicBool::new(false);
        let reports = std::sync::Mutex::new(Vec::new());
        let progress = |p: ExportProgress| {
            reports.lock().expect("not poisoned").push(p);
            cancel.store(true, Ordering::Relaxed);
        };
        let watch = Watch {
            cancel: &cancel,
            progress: &progress,
        };
        let mut out = Watched::new(Vec::new(), watch);
        let block = vec![b'x'; 512 * 1024];
        out.write_all(&block).unwrap();
        out.write_all(&block).unwrap();
        assert_eq!(
            reports.lock().expect("not poisoned").as_slice(),
            [ExportProgress::Writing { bytes: 1 << 20 }]
        );
        let stopped = out.write_all(&block).unwrap_err();
        assert!(stopped.to_string().contains("cancelled"));
        assert_eq!(out.inner.len(), 1 << 20);
    }

    #[test]
    fn a_prepared_file_dropped_unpublished_leaves_the_target_as_it_was() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("out.csv");
        std::fs::write(&path, "old").unwrap();
        let prepared = prepare_file(&path, |out| out.write_all(b"new")).unwrap();
        assert_eq!(
            std::fs::read_dir(dir.path()).unwrap().count(),
            2,
            "hidden beside"
        );
        drop(prepared);
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "old");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn a_complete_export_replaces_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("out.csv");
        write_atomically(&path, |out| out.write_all(b"new")).unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "new");
    }
}
