//! The full integrity scan of an opened project, run on its own thread so that a large project
//! shows its first page at once. Writes wait for the verdict: a damaged file is never written.

use std::path::PathBuf;
use std::sync::mpsc::{self, Receiver, TryRecvError};

use super::error::{StoreError, StoreResult};
use super::open;

/// Where the scan is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum IntegrityStatus {
    Checking,
    Sound,
    /// What is wrong, worded for the analyst.
    Damaged(String),
}

pub struct IntegrityCheck {
    pending: Option<Receiver<Result<(), String>>>,
    status: IntegrityStatus,
}

impl IntegrityCheck {
    /// Starts scanning `path` in the background.
    pub fn start(path: PathBuf) -> Self {
        let (sender, receiver) = mpsc::channel();
        let spawned = std::thread::Builder::new()
            .name("integrity check".into())
            .spawn(move || {
                let verdict = open::verify_integrity(&path).map_err(|err| err.to_string());
                let _ = sender.send(verdict);
            });
        match spawned {
            Ok(_) => Self {
                pending: Some(receiver),
                status: IntegrityStatus::Checking,
            },
            Err(err) => Self::finished(Err(format!("the integrity check could not start: {err}"))),
        }
    }

    /// A file known sound: one this session just created or checked.
    pub fn sound() -> Self {
        Self::finished(Ok(()))
    }

    fn finished(verdict: Result<(), String>) -> Self {
        let mut check = Self {
            pending: None,
            status: IntegrityStatus::Checking,
        };
        check.record(verdict);
        check
    }

    fn record(&mut self, verdict: Result<(), String>) {
        self.pending = None;
        self.status = match verdict {
            Ok(()) => IntegrityStatus::Sound,
            Err(message) => IntegrityStatus::Damaged(message),
        };
    }

    /// The status now, without waiting.
    pub fn poll(&mut self) -> &IntegrityStatus {
        if let Some(receiver) = &self.pending {
            match receiver.try_recv() {
                Ok(verdict) => self.record(verdict),
                Err(TryRecvError::Empty) => {}
                Err(TryRecvError::Disconnected) => {
                    self.record(Err("the integrity check stopped unexpectedly".into()))
                }
            }
        }
        &self.status
    }

    /// Waits for the verdict; an error if the file is damaged.
    pub fn wait(&mut self) -> StoreResult<()> {
        if let Some(receiver) = self.pending.take() {
            let verdict = receiver
                .recv()
                .unwrap_or_else(|_| Err("the integrity check stopped unexpectedly".into()));
            self.record(verdict);
        }
        match &self.status {
            IntegrityStatus::Damaged(message) => Err(StoreError::Damaged(message.clone())),
            IntegrityStatus::Sound | IntegrityStatus::Checking => Ok(()),
        }
    }
}
