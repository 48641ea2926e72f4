//! What can go wrong with a team project, worded for the analyst who sees it.

/// Why a team-project command failed. Each message names the server (never with a password)
/// and says what was left unchanged.
#[derive(Debug, thiserror::Error)]
pub enum TeamError {
    #[error("{0}")]
    Address(String),
    #[error("could not connect to {address}: {detail}")]
    Connect { address: String, detail: String },
    #[error(
        "{address} holds no Spanline team project; an administrator creates one with `spanline team init {address}`"
    )]
    NotATeamProject { address: String },
    #[error(
        "{address} holds a team project of schema version {found}; this Spanline reads version {supported}. Update Spanline."
    )]
    NewerSchema {
        address: String,
        found: i64,
        supported: i64,
    },
    #[error("{address} already holds a Spanline team project; nothing was changed")]
    AlreadyInitialised { address: String },
    #[error(
        "{address} already holds a project ({what}); publish only into a new, empty team project. Nothing was changed."
    )]
    NotEmpty { address: String, what: String },
    #[error("{0}; your edit was not stored. Take their value, or apply yours again.")]
    Stale(super::live::Stale),
    #[error("the server refused: {0}. Nothing was changed.")]
    Server(String),
    #[error(transparent)]
    Open(#[from] crate::store::OpenError),
    #[error(transparent)]
    Store(#[from] crate::store::StoreError),
}

impl From<postgres::Error> for TeamError {
    fn from(err: postgres::Error) -> Self {
        TeamError::Server(server_message(&err))
    }
}

/// The server's own words when it gave a reason ("permission denied for table incidents"),
/// otherwise the client's.
pub fn server_message(err: &postgres::Error) -> String {
    match err.as_db_error() {
        Some(db) => match db.detail() {
            Some(detail) => format!("{} ({detail})", db.message()),
            None => db.message().to_owned(),
        },
        None => {
            let text = err.to_string();
            match std::error::Error::source(err) {
                Some(source) if !text.contains(&source.to_string()) => format!("{text}: {source}"),
                _ => text,
            }
        }
    }
}
