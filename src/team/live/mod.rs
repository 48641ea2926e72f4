//! A team project in use: a local project file (the replica) that every read comes from,
//! beside the server every write goes through first.
//!
//! - **A write** is applied to the replica inside its transaction, then sent to the server
//!   in one server transaction (the records' rows and their change-log entries) before the
//!   replica commits: the server refuses it, and the replica keeps nothing, when someone else
//!   changed one of the same records since the replica last caught up (a stale edit), or when
//!   the analyst's role does not allow it.
//! - **Catching up** reads the change-log entries the server gained since the replica's last
//!   one, and the current state of the records they name, and writes them into the replica
//!   through the store's own record path (the search index, the quote checks), in one
//!   transaction. Each write is followed by a catch-up; a [`Listener`] says when others wrote.
//!
//! A record's version is its newest change-log entry on the server: no column of its own.
//!
//! Here the session (join, resume, run, undo); in [`send`] the hook that sends each write
//! ([`TeamWriter`]); in [`catch_up`] bringing others' writes in; in [`presence`] who codes
//! which article; in [`listen`] hearing of writes as they happen.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use rusqlite::{Connection, OptionalExtension as _};

use super::address::Address;
use super::tables::{RecordTables, record_tables};
use super::{TeamError, checkout, schema};
use crate::model::RecordKey;
use crate::store::change::{Change, Step, Touched};
use crate::store::{Project, StoreError, meta};

mod catch_up;
mod listen;
mod presence;
mod send;

pub use listen::{Listener, listen};
pub use send::TeamWriter;

/// The replica's last change-log entry from the server (its `row_seq`), in the replica's
/// project facts.
const LAST_ENTRY_KEY: &str = "team_last_entry";
/// The server the replica follows, without any password.
const ADDRESS_KEY: &str = meta::FOLLOWS_SERVER;
/// The channel each write is announced on (its change id as the payload).
pub const CHANNEL: &str = "spanline_changes";

/// A stale edit: someone changed a record since this replica last caught up.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stale {
    pub kind: String,
    pub id: String,
    pub analyst: String,
    pub at: String,
    pub label: String,
}

impl std::fmt::Display for Stale {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} changed this {} since ({}, {})",
            self.analyst,
            self.kind.replace('_', " "),
            self.label,
            self.at
        )
    }
}

/// Where the window keeps its copy of a team project: `SPANLINE_TEAM_DIR`, else
/// `$XDG_DATA_HOME/spanline/team`, else `~/.local/share/spanline/team`; one file per server,
/// database and user.
pub fn replica_path(address: &Address) -> Option<PathBuf> {
    let folder = std::env::var_os("SPANLINE_TEAM_DIR")
        .map(PathBuf::from)
        .or_else(|| {
            std::env::var_os("XDG_DATA_HOME").map(|d| PathBuf::from(d).join("spanline/team"))
        })
        .or_else(|| {
            std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".local/share/spanline/team"))
        })?;
    // postgres://user@host:port/db → user@host_port_db.db, nothing that leaves the folder.
    let name: String = address
        .shown()
        .trim_start_matches("postgres://")
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || matches!(c, '@' | '.' | '-' | '_') {
                c
            } else {
                '_'
            }
        })
        .collect();
    Some(folder.join(format!("{}.db", name.trim_start_matches('.'))))
}

/// The server a replica follows, as it recorded it (no password).
pub fn followed_address(replica: &Connection) -> Result<Option<String>, TeamError> {
    Ok(meta::get(replica, ADDRESS_KEY)?)
}

/// What the analyst's role on the server lets them do (the server enforces it; the window
/// greys out the rest). A project file allows everything.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Permissions {
    /// Articles, incidents as drafts, evidence, places, actors, context.
    pub code: bool,
    /// Incidents marked reviewed: accepting drafts.
    pub review: bool,
    /// The vocabularies.
    pub codebook: bool,
}

impl Permissions {
    pub const ALL: Permissions = Permissions {
        code: true,
        review: true,
        codebook: true,
    };
}

/// A connection to the team project, with the replica it keeps current.
pub struct TeamSession {
    /// Shared with the hook that sends the replica's changes (see [`TeamWriter`]).
    client: SharedClient,
    /// To connect again when the server closed the connection (a restart, a network drop).
    address: Address,
    shown: String,
    /// An empty project in memory that records from the server pass through, kept between
    /// catch-ups (making the schema each time cost more than the catch-up itself).
    scratch: Option<Connection>,
}

impl TeamSession {
    /// Joins a team project: makes the replica at `target` (which must not exist) and connects.
    pub fn join(
        address: &Address,
        target: &Path,
        analyst: &str,
    ) -> Result<(Self, Project), TeamError> {
        let shown = address.shown();
        let mut client = address.connect()?;
        let (mut project, last_entry) =
            checkout::checkout_at(&mut client, &shown, target, analyst, |_, _| {})?;
        project.set_setting(LAST_ENTRY_KEY, &last_entry.to_string())?;
        project.set_setting(ADDRESS_KEY, &shown)?;
        let session = Self {
            client: Arc::new(Mutex::new(client)),
            address: address.clone(),
            shown,
            scratch: None,
        };
        session.attach(&mut project);
        Ok((session, project))
    }

    /// Reconnects to the team project a replica made by [`TeamSession::join`] follows.
    pub fn resume(address: &Address, project: &mut Project) -> Result<Self, TeamError> {
        last_entry(project.conn())?;
        let shown = address.shown();
        let mut client = address.connect()?;
        schema::check(&mut client, &shown)?;
        let session = Self {
            client: Arc::new(Mutex::new(client)),
            address: address.clone(),
            shown,
            scratch: None,
        };
        session.attach(project);
        Ok(session)
    }

    /// Makes every change to `project` go to the server first (see [`TeamWriter`]).
    fn attach(&self, project: &mut Project) {
        project.set_before_commit(Some(Box::new(TeamWriter {
            client: self.client.clone(),
            address: self.address.clone(),
            prepared: send::Prepared::default(),
        })));
    }

    fn client(&self) -> Result<std::sync::MutexGuard<'_, postgres::Client>, TeamError> {
        live_client(&self.client, &self.address).map(|(client, _)| client)
    }

    /// Whether the server has closed the connection (a failure just now was the network's).
    fn connection_lost(&self) -> bool {
        lock(&self.client).is_closed()
    }

    /// What this login's roles allow; the owner of the tables (who ran `team init`) and a
    /// superuser may do everything.
    pub fn permissions(&mut self) -> Result<Permissions, TeamError> {
        let row = self.client()?.query_one(
            "SELECT pg_has_role('spanline_coder', 'MEMBER'),
                    pg_has_role('spanline_reviewer', 'MEMBER'),
                    pg_has_role('spanline_codebook', 'MEMBER'),
                    current_user = (SELECT tableowner FROM pg_tables
                                    WHERE schemaname = 'public' AND tablename = 'incidents')",
            &[],
        )?;
        let owner: bool = row.try_get(3)?;
        Ok(Permissions {
            code: owner || row.try_get(0)?,
            review: owner || row.try_get(1)?,
            codebook: owner || row.try_get(2)?,
        })
    }

    /// The server, as messages name it.
    pub fn shown(&self) -> &str {
        &self.shown
    }

    /// Applies one change: to the server first, then the replica (see [`TeamWriter`]), then
    /// catches up with what others wrote meanwhile. Nothing is written anywhere when the
    /// server refuses it.
    pub fn run(&mut self, project: &mut Project, change: Change) -> Result<Touched, TeamError> {
        let mut touched = project.run(change).map_err(from_store)?;
        touched.extend(self.catch_up(project)?);
        Ok(touched)
    }

    /// Undoes (or redoes) this analyst's last step: on the server first, refused there when
    /// someone has since changed one of its records, then in the replica; then catches up.
    pub fn undo_or_redo(
        &mut self,
        project: &mut Project,
        undo: bool,
    ) -> Result<Option<Step>, TeamError> {
        // What others stored is brought in first, so that a record someone changed after
        // this analyst's step is seen as theirs even when the copy already holds it.
        let mut caught_up = self.catch_up(project)?;
        for key in project.next_step_keys(undo) {
            if let Some(stale) = changed_by_another(project, key)? {
                return Err(TeamError::Stale(stale));
            }
        }
        let replayed = if undo {
            project.undo_step()
        } else {
            project.redo_step()
        };
        let mut step = replayed.map_err(from_store)?;
        caught_up.extend(self.catch_up(project)?);
        if let Some(step) = step.as_mut() {
            step.touched.extend(caught_up);
        }
        Ok(step)
    }
}

fn tables_of(key: RecordKey) -> Result<&'static RecordTables, TeamError> {
    record_tables(key.kind())
        .ok_or_else(|| TeamError::Server(format!("no table holds records of kind {}", key.kind())))
}

/// A team project joined for one command (an import, a merge): its copy in a temporary
/// folder, every change to it going to the server first; the folder goes when dropped.
pub struct TemporaryJoin {
    pub session: TeamSession,
    pub project: Project,
    // Dropped last: the copy is closed before its folder goes.
    _folder: checkout::TemporaryFolder,
}

impl TemporaryJoin {
    pub fn new(address: &Address, analyst: &str) -> Result<Self, TeamError> {
        let folder = checkout::TemporaryFolder::new()?;
        let (session, project) =
            TeamSession::join(address, &folder.path().join("team.db"), analyst)?;
        Ok(Self {
            session,
            project,
            _folder: folder,
        })
    }
}

/// Who else wrote `key` last, when the copy's newest entry for it is not this analyst's:
/// undo and redo take back only one's own work.
fn changed_by_another(project: &Project, key: RecordKey) -> Result<Option<Stale>, TeamError> {
    let newest = project
        .conn()
        .query_row(
            "SELECT analyst, at, label FROM change_log
             WHERE entity_kind = ?1 AND entity_id = ?2 ORDER BY rowid DESC LIMIT 1",
            [key.kind(), key.id_string().as_str()],
            |row| Ok((row.get::<_, String>(0)?, row.get(1)?, row.get(2)?)),
        )
        .optional()
        .map_err(StoreError::from)?;
    Ok(match newest {
        Some((analyst, at, label)) if analyst != project.analyst() => Some(Stale {
            kind: key.kind().to_owned(),
            id: key.id_string(),
            analyst,
            at,
            label,
        }),
        _ => None,
    })
}

/// One connection to the server, used by the session and by its writer in turn.
type SharedClient = Arc<Mutex<postgres::Client>>;

/// The connection, even after a thread panicked holding it (it holds no half-made state: a
/// transaction left open is rolled back when the next one starts).
fn lock(client: &SharedClient) -> std::sync::MutexGuard<'_, postgres::Client> {
    client
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// The connection, connected again first when the server has closed it (a restart, a network
/// drop); `true` beside it when it is a new one.
fn live_client<'a>(
    client: &'a SharedClient,
    address: &Address,
) -> Result<(std::sync::MutexGuard<'a, postgres::Client>, bool), TeamError> {
    let mut guard = lock(client);
    if guard.is_closed() {
        *guard = address.connect()?;
        return Ok((guard, true));
    }
    Ok((guard, false))
}

/// The team's own error back out of the store's: a stale edit stays a stale edit.
pub fn from_store(err: StoreError) -> TeamError {
    match err {
        StoreError::Elsewhere(inner) => match inner.downcast::<TeamError>() {
            Ok(team) => *team,
            Err(other) => TeamError::Server(other.to_string()),
        },
        other => TeamError::Store(other),
    }
}

/// The replica's last entry from the server; an error for a file that follows no server.
fn last_entry(replica: &Connection) -> Result<i64, TeamError> {
    meta::get(replica, LAST_ENTRY_KEY)?
        .and_then(|value| value.parse().ok())
        .ok_or_else(|| {
            TeamError::Address("this project file is not a copy that follows a team project".into())
        })
}

/// The project at `path` opened on a job's own thread to write as `analyst`; a team project's
/// copy (`team`) sends each change to its server first.
pub fn open_for_writing(
    path: &Path,
    analyst: &str,
    team: Option<Address>,
) -> Result<Project, crate::jobs::JobError> {
    let mut project = Project::open(path, analyst)?;
    if let Some(address) = team {
        let writer = TeamWriter::connect(&address)?;
        project.set_before_commit(Some(Box::new(writer)));
    }
    Ok(project)
}
