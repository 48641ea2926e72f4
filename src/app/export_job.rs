//! Exporting the whole project from the window: read and written on its own thread and
//! read-only connection, with progress and Cancel, and put in place only once the project's
//! integrity scan has found the file sound (a damaged project never becomes an export).

use rusqlite::Connection;

use crate::export::{ExportProgress, Format, PreparedExport, Watch, prepare_export};
use crate::jobs::{Job, JobError};
use crate::store::IntegrityStatus;

pub type ExportJob = Job<PreparedExport, ExportProgress>;

/// An export under way: its job while it reads and writes, then the written file while it
/// waits for the integrity scan's verdict.
pub struct Exporting {
    pub format: Format,
    job: ExportJob,
    /// Written whole under a hidden name, waiting for the scan; dropped, it is removed.
    written: Option<PreparedExport>,
    cancelled: bool,
}

/// What an export came to, for the window to say.
pub enum Outcome {
    /// In place; what was written.
    Done(String),
    Cancelled,
    Failed(String),
}

impl Exporting {
    /// Starts writing the project open on `reader` to `path` in `format`.
    pub fn start(reader: Connection, format: Format, path: std::path::PathBuf) -> Self {
        let job = Job::spawn("export", move |reporter| {
            let progress = |p: ExportProgress| reporter.progress(p);
            let watch = Watch {
                cancel: reporter.cancel_flag(),
                progress: &progress,
            };
            prepare_export(&reader, format, &path, watch).map_err(JobError::from)
        });
        Self {
            format,
            job,
            written: None,
            cancelled: false,
        }
    }

    /// Asks the work to stop; a file already written is not put in place.
    pub fn cancel(&mut self) {
        self.cancelled = true;
        self.job.cancel();
    }

    /// Where the export stands, as the status bar says it.
    pub fn progress_text(&self) -> String {
        let what = self.format.title();
        if self.written.is_some() {
            return format!(
                "Exporting {what}: written; waiting for the project's integrity check …"
            );
        }
        match self.job.progress() {
            None | Some(ExportProgress::Reading) => {
                format!("Exporting {what}: reading the project …")
            }
            Some(ExportProgress::Writing { bytes }) => format!(
                "Exporting {what}: {:.1} MB written …",
                *bytes as f64 / 1_000_000.0
            ),
        }
    }

    /// Moves the export on: takes the job's result, and puts the file in place once `integrity`
    /// is sound. `Some` when it is over.
    pub fn poll(&mut self, integrity: &IntegrityStatus) -> Option<Outcome> {
        if self.written.is_none() {
            match self.job.try_result()? {
                Ok(prepared) => self.written = Some(prepared),
                Err(_) if self.cancelled => return Some(Outcome::Cancelled),
                Err(err) => return Some(Outcome::Failed(err.to_string())),
            }
        }
        if self.cancelled {
            self.written = None;
            return Some(Outcome::Cancelled);
        }
        match integrity {
            IntegrityStatus::Checking => None,
            IntegrityStatus::Damaged(message) => {
                self.written = None;
                Some(Outcome::Failed(format!(
                    "The export was not put in place: {message}"
                )))
            }
            // The export reads only the records' tables.
            IntegrityStatus::RecordsSound | IntegrityStatus::Sound => {
                let prepared = self.written.take()?;
                Some(match prepared.file.publish() {
                    Ok(()) => Outcome::Done(prepared.summary),
                    Err(err) => Outcome::Failed(err.to_string()),
                })
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A copy of the sample project and a read-only connection to it.
    fn sample_reader(dir: &std::path::Path) -> Connection {
        let path = dir.join("sample.db");
        let sample =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("sample_db/spanline-sample.db");
        std::fs::copy(sample, &path).expect("the sample project exists");
        let project = crate::store::Project::open(&path, "test").expect("opens");
        project.reader().expect("a reader")
    }

    /// Polls until the export is over, the scan standing at `integrity` throughout.
    fn outcome(export: &mut Exporting, integrity: &IntegrityStatus) -> Outcome {
        for _ in 0..1_000 {
            if let Some(outcome) = export.poll(integrity) {
                return outcome;
            }
            std::thread::sleep(std::time::Duration::from_millis(5));
        }
        panic!("the export did not finish");
    }

    fn files_in(dir: &std::path::Path) -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(dir)
            .expect("lists")
            .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    #[test]
    fn an_export_is_put_in_place_only_once_the_scan_finds_the_records_sound() {
        let dir = tempfile::tempdir().expect("temp dir");
        let out = dir.path().join("incidents.csv");
        let mut export = Exporting::start(sample_reader(dir.path()), Format::Acled, out.clone());
        // Written, but the scan is still reading the file: nothing under the analyst's name.
        for _ in 0..200 {
            assert!(export.poll(&IntegrityStatus::Checking).is_none());
            if export.written.is_some() {
                break;
            }
            std::thread::sleep(std::time::Duration::from_millis(5));
        }
        assert!(export.written.is_some(), "the file is written meanwhile");
        assert!(
            export
                .progress_text()
                .contains("waiting for the project's integrity check")
        );
        assert!(!out.exists());
        // The records' tables found sound is enough: the export reads nothing else.
        match outcome(&mut export, &IntegrityStatus::RecordsSound) {
            Outcome::Done(summary) => assert!(summary.contains("wrote 25 incidents"), "{summary}"),
            _ => panic!("the export is done"),
        }
        let mut reader = csv::Reader::from_path(&out).expect("in place");
        assert_eq!(reader.records().count(), 25);
        assert_eq!(files_in(dir.path()), ["incidents.csv", "sample.db"]);
    }

    #[test]
    fn a_damaged_project_or_a_cancel_leaves_no_export_and_no_hidden_file() {
        let dir = tempfile::tempdir().expect("temp dir");
        let out = dir.path().join("project.json");
        let damaged = IntegrityStatus::Damaged("page 7 is damaged.".into());
        let mut export = Exporting::start(sample_reader(dir.path()), Format::Json, out.clone());
        match outcome(&mut export, &damaged) {
            Outcome::Failed(message) => assert!(message.contains("page 7"), "{message}"),
            _ => panic!("a damaged project is not exported"),
        }
        let mut export = Exporting::start(sample_reader(dir.path()), Format::Json, out.clone());
        export.cancel();
        assert!(matches!(
            outcome(&mut export, &IntegrityStatus::Sound),
            Outcome::Cancelled
        ));
        assert!(!out.exists());
        assert_eq!(files_in(dir.path()), ["sample.db"]);
    }
}
