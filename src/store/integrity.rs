//! The full integrity scan of an opened project, run on its own thread so that a large project
//! shows its first page at once. Writes wait for the verdict: a damaged file is never written.

use std::path::PathBuf;

use super::error::{StoreError, StoreResult};
use super::open;
use crate::jobs::{Job, JobError};

/// Where the scan is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum IntegrityStatus {
    Checking,
    Sound,
    /// What is wrong, worded for the analyst.
    Damaged(String),
}

pub struct IntegrityCheck {
    pending: Option<Job<()>>,
    status: IntegrityStatus,
}

impl IntegrityCheck {
    /// Starts scanning `path` in the background.
    pub fn start(path: PathBuf) -> Self {
        let job = Job::spawn("integrity check", move |_| {
            Ok(open::verify_integrity(&path)?)
        });
        Self {
            pending: Some(job),
            status: IntegrityStatus::Checking,
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
        if let Some(verdict) = self.pending.as_mut().and_then(Job::try_result) {
            self.record(verdict);
        }
        &self.status
    }

    /// Waits for the verdict; an error if the file is damaged.
    pub fn wait(&mut self) -> StoreResult<()> {
        if let Some(job) = self.pending.take() {
            self.record(job.wait());
        }
        match &self.status {
            IntegrityStatus::Damaged(message) => Err(StoreError::Damaged(message.clone())),
            IntegrityStatus::Sound | IntegrityStatus::Checking => Ok(()),
        }
    }
}
