//! The full integrity scan of an opened project, run on its own thread so that a large project
//! shows its first page at once. Writes wait for the verdict: a damaged file is never written.
//! Exports wait only for the records' half of it: see [`IntegrityStatus::RecordsSound`].

use std::path::PathBuf;

use super::error::{StoreError, StoreResult};
use super::open;
use crate::jobs::{Job, JobError, Poll};

/// Where the scan is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum IntegrityStatus {
    Checking,
    /// The tables of the records (all an export reads) are sound; the rest of the file, the
    /// change log's half, is still being checked.
    RecordsSound,
    Sound,
    /// What is wrong, worded for the analyst.
    Damaged(String),
}

/// What the scan reports before its verdict: the records' tables have passed.
struct RecordsPassed;

pub struct IntegrityCheck {
    pending: Option<Job<(), RecordsPassed>>,
    status: IntegrityStatus,
    /// The records' tables passed, whatever the verdict on the rest of the file: an export may
    /// go on even once the change log's half is found damaged.
    records_passed: bool,
}

impl IntegrityCheck {
    /// Starts scanning `path` in the background.
    pub fn start(path: PathBuf) -> Self {
        let job = Job::spawn("integrity check", move |reporter| {
            Ok(open::verify_integrity(&path, || {
                reporter.progress(RecordsPassed)
            })?)
        });
        Self {
            pending: Some(job),
            status: IntegrityStatus::Checking,
            records_passed: false,
        }
    }

    /// A file known sound: one this session just created or checked.
    pub fn sound() -> Self {
        Self::finished(Ok(()))
    }

    fn finished(verdict: Result<(), JobError>) -> Self {
        let mut check = Self {
            pending: None,
            status: IntegrityStatus::Checking,
            records_passed: false,
        };
        check.record(verdict);
        check
    }

    fn record(&mut self, verdict: Result<(), JobError>) {
        self.pending = None;
        self.status = match verdict {
            Ok(()) => IntegrityStatus::Sound,
            Err(err) => IntegrityStatus::Damaged(err.to_string()),
        };
    }

    /// The status now, without waiting.
    pub fn poll(&mut self) -> &IntegrityStatus {
        if let Some(job) = self.pending.as_mut() {
            let verdict = match job.poll() {
                Poll::Done(verdict) => Some(verdict),
                Poll::Running(passed) => {
                    if passed.is_some() {
                        self.status = IntegrityStatus::RecordsSound;
                        self.records_passed = true;
                    }
                    None
                }
            };
            if let Some(verdict) = verdict {
                // On a small file the records' report and the verdict may arrive together: the
                // poll that takes the verdict has read the report too.
                self.records_passed |= job.progress().is_some();
                self.record(verdict);
            }
        }
        &self.status
    }

    /// Waits until the records' tables are found sound (or the whole verdict is in); an error
    /// if they are damaged.
    pub fn wait_for_records(&mut self) -> StoreResult<()> {
        while *self.poll() == IntegrityStatus::Checking {
            match self.pending.as_mut() {
                Some(job) => job.wait_for_news(),
                None => break,
            }
        }
        if self.records_passed {
            return Ok(());
        }
        self.verdict()
    }

    /// Waits for the verdict; an error if the file is damaged.
    pub fn wait(&mut self) -> StoreResult<()> {
        if let Some(job) = self.pending.take() {
            self.record(job.wait());
        }
        self.verdict()
    }

    fn verdict(&self) -> StoreResult<()> {
        match &self.status {
            IntegrityStatus::Damaged(message) => Err(StoreError::Damaged(message.clone())),
            IntegrityStatus::Checking | IntegrityStatus::RecordsSound | IntegrityStatus::Sound => {
                Ok(())
            }
        }
    }
}
