//! What can go wrong opening or writing a project, worded for the analyst who sees it.

use std::path::PathBuf;

/// Why a file could not be opened as a project. Each message names the file, says what is wrong
/// and, where it matters, that the file was left untouched.
#[derive(Debug, thiserror::Error)]
pub enum OpenError {
    #[error("{path}: no such file")]
    NotFound { path: PathBuf },
    #[error("{path} already exists; choose another name for a new project")]
    AlreadyExists { path: PathBuf },
    #[error("{path} is empty, so it is not a Spanline project")]
    Empty { path: PathBuf },
    #[error(
        "{path} is not a SQLite database: it may be encrypted, or a different kind of file. It was not changed."
    )]
    NotSqlite { path: PathBuf },
    #[error(
        "{path} is cut short ({actual} bytes, its header says {expected}): it was probably copied or sent incompletely. It was not changed."
    )]
    Truncated {
        path: PathBuf,
        actual: u64,
        expected: u64,
    },
    #[error(
        "{path} is a SQLite database but not a Spanline project (application id {found:#010x}). It was not changed."
    )]
    Foreign { path: PathBuf, found: u32 },
    #[error(
        "{path} was saved by a newer Spanline (file format {found}; this version reads formats up to {supported}). Update Spanline to open it; the file was not changed."
    )]
    Newer {
        path: PathBuf,
        found: i64,
        supported: i64,
    },
    #[error("{path} is damaged ({detail}). It was not changed.")]
    Corrupt { path: PathBuf, detail: String },
    #[error(
        "{path} has been altered outside Spanline ({detail}); it is refused so that nothing in it can run. It was not changed."
    )]
    UnexpectedSchema { path: PathBuf, detail: String },
    #[error(
        "could not upgrade {path} to the current format ({detail}); the original is kept at {backup}"
    )]
    Migration {
        path: PathBuf,
        backup: PathBuf,
        detail: String,
    },
    /// A received file of an older format whose private upgraded copy failed; the file
    /// itself was only read.
    #[error(
        "{path} is a project of file format {version}, and reading it as the current format failed ({detail}); open it in the Spanline it came from and save a copy, or open it here to upgrade it"
    )]
    Upgrade {
        path: PathBuf,
        version: i64,
        detail: String,
    },
    #[error("could not create the project {path}: {detail}")]
    Create { path: PathBuf, detail: String },
    #[error("could not read or write {path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("SQLite could not open {path}: {source}")]
    Sqlite {
        path: PathBuf,
        source: rusqlite::Error,
    },
    #[error(
        "{path} has an edit that was cut short beside it (its -journal file). Spanline does not change a file someone sent: open it as your own project first (which rolls the edit back), then use it. It was not changed."
    )]
    UnfinishedEdit { path: PathBuf },
}

impl OpenError {
    /// The same error, said of `path` (for a check made on a private copy of it).
    pub fn about(self, path: &std::path::Path) -> Self {
        let path = path.to_owned();
        match self {
            Self::NotFound { .. } => Self::NotFound { path },
            Self::AlreadyExists { .. } => Self::AlreadyExists { path },
            Self::Empty { .. } => Self::Empty { path },
            Self::NotSqlite { .. } => Self::NotSqlite { path },
            Self::Truncated {
                actual, expected, ..
            } => Self::Truncated {
                path,
                actual,
                expected,
            },
            Self::Foreign { found, .. } => Self::Foreign { path, found },
            Self::Newer {
                found, supported, ..
            } => Self::Newer {
                path,
                found,
                supported,
            },
            Self::Corrupt { detail, .. } => Self::Corrupt { path, detail },
            Self::UnexpectedSchema { detail, .. } => Self::UnexpectedSchema { path, detail },
            Self::Migration { backup, detail, .. } => Self::Migration {
                path,
                backup,
                detail,
            },
            Self::Upgrade {
                version, detail, ..
            } => Self::Upgrade {
                path,
                version,
                detail,
            },
            Self::Create { detail, .. } => Self::Create { path, detail },
            Self::Io { source, .. } => Self::Io { path, source },
            Self::Sqlite { source, .. } => Self::Sqlite { path, source },
            Self::UnfinishedEdit { .. } => Self::UnfinishedEdit { path },
        }
    }
}

/// Why reading or writing records failed.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("database error: {0}")]
    Sqlite(#[from] rusqlite::Error),
    /// A stored value that Spanline cannot have written: the file was edited by other means.
    #[error("the project holds an invalid value: {0}")]
    Corrupt(String),
    #[error("{0} does not exist (it may have been deleted)")]
    NotFound(String),
    /// The background integrity scan found the file damaged: it stays read-only.
    #[error("{0} Spanline will not write to it; it is open read-only.")]
    Damaged(String),
    /// An edit that would break the project's rules; nothing was written.
    #[error("{0}")]
    Rejected(String),
    /// Where the project is kept elsewhere too (a team project's server), that place refused
    /// the edit or could not be reached; nothing was written. The error says why, as its own
    /// type (a stale edit, say).
    #[error("{0}")]
    Elsewhere(Box<dyn std::error::Error + Send + Sync>),
}

pub type StoreResult<T> = Result<T, StoreError>;
