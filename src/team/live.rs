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

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, mpsc};
use std::time::Duration;

use postgres::fallible_iterator::FallibleIterator as _;
use rusqlite::{Connection, OptionalExtension as _};

use super::address::Address;
use super::tables::{Cell, Columns, LOCAL_NUMBER, RECORDS, RecordTables, record_tables};
use super::{TeamError, checkout, schema};
use crate::model::{ArticleId, Record, RecordKey};
use crate::store::change::{Change, Edit, Step, Touched};
use crate::store::{Project, StoreError, meta, records};

/// The replica's last change-log entry from the server (its `row_seq`), in the replica's
/// project facts.
const LAST_ENTRY_KEY: &str = "team_last_entry";
/// The server the replica follows, without any password.
const ADDRESS_KEY: &str = meta::FOLLOWS_SERVER;
/// The channel each write is announced on (its change id as the payload).
pub const CHANNEL: &str = "spanline_changes";
/// The channel a window announces on that its analyst opened another article.
const PRESENCE_CHANNEL: &str = "spanline_presence";
/// How long a window's word on what its analyst codes holds without being renewed (a window
/// that closed without saying so drops out after it).
const PRESENCE_HOLDS_MINUTES: i32 = 30;
/// Writes are sent one at a time: the stale check and the write are one step.
const WRITE_LOCK: i64 = 0x5350_4C4E;

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
        })));
    }

    fn client(&self) -> std::sync::MutexGuard<'_, postgres::Client> {
        lock(&self.client)
    }

    /// What this login's roles allow; the owner of the tables (who ran `team init`) and a
    /// superuser may do everything.
    pub fn permissions(&mut self) -> Result<Permissions, TeamError> {
        let row = self.client().query_one(
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

    /// Tells the others which article this analyst is coding (`None`: none), as `analyst`.
    pub fn set_coding(
        &mut self,
        analyst: &str,
        article: Option<ArticleId>,
    ) -> Result<(), TeamError> {
        let article = article.map(|id| id.to_string());
        let mut client = self.client();
        let mut tx = client.transaction()?;
        tx.execute(
            "INSERT INTO team_presence (analyst, article_id) VALUES ($1, $2)
             ON CONFLICT (login, analyst) DO UPDATE
             SET article_id = EXCLUDED.article_id, at = now()",
            &[&analyst, &article],
        )?;
        tx.execute("SELECT pg_notify($1, '')", &[&PRESENCE_CHANNEL])?;
        tx.commit()?;
        Ok(())
    }

    /// Who else than `analyst` is coding which article, by article (names sorted).
    pub fn others_coding(
        &mut self,
        analyst: &str,
    ) -> Result<HashMap<ArticleId, Vec<String>>, TeamError> {
        let rows = self.client().query(
            "SELECT analyst, article_id FROM team_presence
             WHERE NOT (login = current_user AND analyst = $2) AND article_id IS NOT NULL
               AND at > now() - make_interval(mins => $1)
             ORDER BY analyst",
            &[&PRESENCE_HOLDS_MINUTES, &analyst],
        )?;
        let mut coding: HashMap<ArticleId, Vec<String>> = HashMap::new();
        for row in rows {
            let analyst: String = row.try_get(0)?;
            let article: String = row.try_get(1)?;
            // A value from the server that is no article id is passed over.
            if let Ok(article) = article.parse() {
                coding.entry(article).or_default().push(analyst);
            }
        }
        Ok(coding)
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

    /// Brings into the replica every change the server gained since its last one; says what
    /// they touched (nothing when there was none).
    pub fn catch_up(&mut self, project: &mut Project) -> Result<Touched, TeamError> {
        project.wait_until_verified()?;
        let after = last_entry(project.conn())?;
        let mut client = lock(&self.client);
        let mut snapshot = client
            .build_transaction()
            .isolation_level(postgres::IsolationLevel::RepeatableRead)
            .read_only(true)
            .start()?;
        let log = Columns::of(project.conn(), "change_log")?;
        let entries = new_entries(&mut snapshot, &log, after)?;
        let Some(newest) = entries.iter().map(|entry| entry.seq).max() else {
            return Ok(Touched::default());
        };
        // The records' current rows go into a scratch project first, so that the store reads
        // them as records (and checks them) exactly as it reads its own.
        let scratch = emptied_scratch(&mut self.scratch)?;
        let mut keys: Vec<RecordKey> = Vec::new();
        for entry in &entries {
            if !keys.contains(&entry.key) {
                keys.push(entry.key);
            }
        }
        for key in &keys {
            let tables = tables_of(*key)?;
            copy_record_rows(&mut snapshot, scratch, tables, &key.id_string())?;
        }
        drop(snapshot);
        drop(client);
        let states = keys
            .iter()
            .map(|&key| Ok((key, records::get(scratch, key)?)))
            .collect::<Result<Vec<_>, StoreError>>()?;
        let (conn, _, _) = project.parts_mut();
        let tx = conn.transaction().map_err(StoreError::from)?;
        let (change, inverse) = write_states(&tx, states)?;
        insert_entries(&tx, &log, &entries)?;
        meta::set(&tx, LAST_ENTRY_KEY, &newest.to_string())?;
        tx.commit().map_err(StoreError::from)?;
        Ok(Touched::by(&change, &inverse))
    }
}

/// The scratch project, made on first use, with no record left from the last catch-up.
fn emptied_scratch(kept: &mut Option<Connection>) -> Result<&Connection, TeamError> {
    let scratch = match kept.take() {
        Some(scratch) => scratch,
        None => {
            let scratch = Connection::open_in_memory().map_err(StoreError::from)?;
            crate::store::schema::migrate(&scratch, 0, crate::store::schema::CURRENT_VERSION)
                .map_err(StoreError::from)?;
            // It holds only the records that changed, not what they refer to.
            scratch
                .pragma_update(None, "foreign_keys", false)
                .map_err(StoreError::from)?;
            scratch
        }
    };
    for tables in RECORDS {
        for table in std::iter::once(&tables.table).chain(tables.parts) {
            scratch
                .execute(&format!("DELETE FROM \"{table}\""), [])
                .map_err(StoreError::from)?;
        }
    }
    Ok(kept.insert(scratch))
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

/// What makes a replica's changes go to the server: inside the transaction that applies a
/// change to the replica, before it commits, the records the change wrote and its change-log
/// entries are sent in one server transaction; a refusal there rolls the replica's back.
pub struct TeamWriter {
    client: SharedClient,
}

impl TeamWriter {
    /// A writer with a connection of its own, for work on another connection to the replica
    /// (an import on a background thread).
    pub fn connect(address: &Address) -> Result<Self, TeamError> {
        let mut client = address.connect()?;
        schema::check(&mut client, &address.shown())?;
        Ok(Self {
            client: Arc::new(Mutex::new(client)),
        })
    }
}

impl crate::store::BeforeCommit for TeamWriter {
    fn before_commit(
        &mut self,
        replica: &Connection,
        keys: &[RecordKey],
        log_after: i64,
    ) -> Result<(), StoreError> {
        let sent = last_entry(replica).and_then(|last_entry| {
            send(
                &mut lock(&self.client),
                replica,
                keys,
                last_entry,
                log_after,
            )
        });
        sent.map_err(|err| StoreError::Elsewhere(Box::new(err)))
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

/// Sends the records `keys` name, as the replica's open transaction now holds them, and the
/// change-log entries after `log_after`, in one server transaction.
fn send(
    client: &mut postgres::Client,
    replica: &Connection,
    keys: &[RecordKey],
    last_entry: i64,
    log_after: i64,
) -> Result<(), TeamError> {
    let mut tx = client.transaction()?;
    tx.execute("SELECT pg_advisory_xact_lock($1)", &[&WRITE_LOCK])?;
    for key in keys {
        if let Some(stale) = stale(&mut tx, replica, *key, last_entry)? {
            return Err(TeamError::Stale(stale));
        }
    }
    for key in keys {
        send_record(replica, &mut tx, tables_of(*key)?, &key.id_string())?;
    }
    let log = Columns::of(replica, "change_log")?;
    // The change's own entries, and those it copied in (a merge brings the other project's).
    let entries = local_rows(replica, &log, "rowid > ?1", &[&log_after])?;
    let insert = format!(
        "INSERT INTO change_log ({}) VALUES ({})",
        log.list(),
        placeholders(log.names.len())
    );
    for entry in &entries {
        let values: Vec<_> = entry.iter().map(Cell::as_server_value).collect();
        tx.execute(&insert, &values)?;
    }
    let change_id = entries
        .first()
        .and_then(|entry| match entry.get(1) {
            Some(Cell::Text(Some(id))) => Some(id.clone()),
            _ => None,
        })
        .unwrap_or_default();
    tx.execute("SELECT pg_notify($1, $2)", &[&CHANNEL, &change_id])?;
    tx.commit()?;
    Ok(())
}

/// Who changed `key` on the server after `last_entry`, unless it was this replica itself.
fn stale(
    tx: &mut postgres::Transaction<'_>,
    replica: &Connection,
    key: RecordKey,
    last_entry: i64,
) -> Result<Option<Stale>, TeamError> {
    let newer = tx.query_opt(
        "SELECT entry_id, analyst, at, label FROM change_log
         WHERE entity_kind = $1 AND entity_id = $2 AND row_seq > $3
         ORDER BY row_seq DESC LIMIT 1",
        &[&key.kind(), &key.id_string(), &last_entry],
    )?;
    let Some(newer) = newer else {
        return Ok(None);
    };
    let entry_id: String = newer.try_get(0)?;
    let ours = !local_rows(
        replica,
        &Columns::of(replica, "change_log")?,
        "entry_id = ?1",
        &[&entry_id],
    )?
    .is_empty();
    if ours {
        return Ok(None);
    }
    Ok(Some(Stale {
        kind: key.kind().to_owned(),
        id: key.id_string(),
        analyst: newer.try_get(1)?,
        at: newer.try_get(2)?,
        label: newer.try_get(3)?,
    }))
}

/// Writes one record's rows to the server as the replica holds them (or removes them there).
fn send_record(
    replica: &Connection,
    tx: &mut postgres::Transaction<'_>,
    tables: &RecordTables,
    id: &str,
) -> Result<(), TeamError> {
    let key = tables.key;
    for part in tables.parts {
        tx.execute(
            &format!("DELETE FROM \"{part}\" WHERE \"{key}\" = $1"),
            &[&id],
        )?;
    }
    let main = Columns::of(replica, tables.table)?.without(LOCAL_NUMBER);
    let rows = local_rows(replica, &main, &format!("\"{key}\" = ?1"), &[&id])?;
    match rows.first() {
        Some(row) => {
            let updates: Vec<String> = main
                .names
                .iter()
                .filter(|name| name.as_str() != key)
                .map(|name| format!("\"{name}\" = EXCLUDED.\"{name}\""))
                .collect();
            let upsert = format!(
                "INSERT INTO \"{}\" ({}) VALUES ({}) ON CONFLICT (\"{key}\") DO UPDATE SET {}",
                tables.table,
                main.list(),
                placeholders(main.names.len()),
                updates.join(", ")
            );
            let values: Vec<_> = row.iter().map(Cell::as_server_value).collect();
            tx.execute(&upsert, &values)?;
        }
        None => {
            tx.execute(
                &format!("DELETE FROM \"{}\" WHERE \"{key}\" = $1", tables.table),
                &[&id],
            )?;
        }
    }
    for part in tables.parts {
        let columns = Columns::of(replica, part)?;
        let insert = format!(
            "INSERT INTO \"{part}\" ({}) VALUES ({})",
            columns.list(),
            placeholders(columns.names.len())
        );
        for row in local_rows(replica, &columns, &format!("\"{key}\" = ?1"), &[&id])? {
            let values: Vec<_> = row.iter().map(Cell::as_server_value).collect();
            tx.execute(&insert, &values)?;
        }
    }
    Ok(())
}

/// `$1, $2, …, $n`.
fn placeholders(n: usize) -> String {
    (1..=n)
        .map(|i| format!("${i}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The rows of a replica's table that `condition` selects, in the order they were written.
fn local_rows(
    replica: &Connection,
    columns: &Columns,
    condition: &str,
    params: &[&dyn rusqlite::ToSql],
) -> Result<Vec<Vec<Cell>>, TeamError> {
    let sql = format!(
        "SELECT {} FROM \"{}\" WHERE {condition} ORDER BY rowid",
        columns.list(),
        columns.table
    );
    let mut stmt = replica.prepare_cached(&sql).map_err(StoreError::from)?;
    let mut rows = stmt.query(params).map_err(StoreError::from)?;
    let mut out = Vec::new();
    while let Some(row) = rows.next().map_err(StoreError::from)? {
        let cells = columns
            .kinds
            .iter()
            .enumerate()
            .map(|(index, &kind)| Cell::from_file(row, index, kind))
            .collect::<rusqlite::Result<Vec<_>>>()
            .map_err(StoreError::from)?;
        out.push(cells);
    }
    Ok(out)
}

/// One change-log entry the server gained: its place in the log, the record it names, and its
/// row as the replica's table holds it.
struct Entry {
    seq: i64,
    key: RecordKey,
    row: Vec<Cell>,
}

fn new_entries(
    snapshot: &mut postgres::Transaction<'_>,
    log: &Columns,
    after: i64,
) -> Result<Vec<Entry>, TeamError> {
    let kind_at = column_index(log, "entity_kind")?;
    let id_at = column_index(log, "entity_id")?;
    let rows = snapshot.query(
        &format!(
            "SELECT row_seq, {} FROM change_log WHERE row_seq > $1 ORDER BY row_seq",
            log.list()
        ),
        &[&after],
    )?;
    rows.iter()
        .map(|row| {
            let seq: i64 = row.try_get(0)?;
            let cells = log
                .kinds
                .iter()
                .enumerate()
                .map(|(index, &kind)| Cell::from_server(row, index + 1, kind))
                .collect::<Result<Vec<_>, _>>()?;
            let text = |at: usize| match cells.get(at) {
                Some(Cell::Text(Some(text))) => text.as_str(),
                _ => "",
            };
            let key = RecordKey::from_parts(text(kind_at), text(id_at)).ok_or_else(|| {
                TeamError::Server(format!(
                    "its change log names a record Spanline does not know ({:?} {:?})",
                    text(kind_at),
                    text(id_at)
                ))
            })?;
            Ok(Entry {
                seq,
                key,
                row: cells,
            })
        })
        .collect()
}

fn column_index(columns: &Columns, name: &str) -> Result<usize, TeamError> {
    columns
        .names
        .iter()
        .position(|n| n == name)
        .ok_or_else(|| TeamError::Server(format!("{} has no column {name}", columns.table)))
}

/// Copies the server's rows of one record (its table's and its parts') into the scratch file.
fn copy_record_rows(
    snapshot: &mut postgres::Transaction<'_>,
    scratch: &Connection,
    tables: &RecordTables,
    id: &str,
) -> Result<(), TeamError> {
    let key = tables.key;
    for table in std::iter::once(&tables.table).chain(tables.parts) {
        let table: &'static str = table;
        let columns = Columns::of(scratch, table)?;
        let insert = format!(
            "INSERT INTO \"{table}\" ({}) VALUES ({})",
            columns.list(),
            vec!["?"; columns.names.len()].join(", ")
        );
        let mut rows = snapshot.query_raw(
            &format!(
                "SELECT {} FROM \"{table}\" WHERE \"{key}\" = $1 ORDER BY row_seq",
                columns.list()
            ),
            [id],
        )?;
        while let Some(row) = rows.next()? {
            let cells = columns
                .kinds
                .iter()
                .enumerate()
                .map(|(index, &kind)| Cell::from_server(&row, index, kind))
                .collect::<Result<Vec<_>, _>>()?;
            let values: Vec<_> = cells.iter().map(Cell::as_file_value).collect();
            scratch.execute(&insert, values.as_slice()).map_err(|err| {
                TeamError::Server(format!("a row of {table} was refused ({err})"))
            })?;
        }
    }
    Ok(())
}

/// Writes each record's state from the server into the replica (puts in the order records
/// refer to each other, removals in reverse); returns the change made and its inverse.
fn write_states(
    tx: &Connection,
    mut states: Vec<(RecordKey, Option<Record>)>,
) -> Result<(Change, Change), TeamError> {
    let rank = |key: &RecordKey| RECORDS.iter().position(|r| r.kind == key.kind());
    states.sort_by_key(|(key, state)| {
        let rank = rank(key).unwrap_or(usize::MAX);
        // Removals after every put, the records others refer to last.
        if state.is_some() {
            (0, rank)
        } else {
            (1, usize::MAX - rank)
        }
    });
    let mut edits = Vec::new();
    let mut inverse = Vec::new();
    for (key, state) in states {
        let before = records::get(tx, key)?;
        match state {
            Some(record) => {
                records::put(tx, &record)?;
                inverse.push(before.map_or(Edit::Delete(key), Edit::Put));
                edits.push(Edit::Put(record));
            }
            None => {
                if let Some(before) = before {
                    records::delete(tx, key)?;
                    inverse.push(Edit::Put(before));
                    edits.push(Edit::Delete(key));
                }
            }
        }
    }
    inverse.reverse();
    Ok((
        Change::new("from the team", edits),
        Change::new("from the team", inverse),
    ))
}

/// Adds the server's change-log entries to the replica's log (those it wrote itself are there).
fn insert_entries(tx: &Connection, log: &Columns, entries: &[Entry]) -> Result<(), TeamError> {
    let insert = format!(
        "INSERT OR IGNORE INTO change_log ({}) VALUES ({})",
        log.list(),
        vec!["?"; log.names.len()].join(", ")
    );
    let mut stmt = tx.prepare_cached(&insert).map_err(StoreError::from)?;
    for entry in entries {
        let values: Vec<_> = entry.row.iter().map(Cell::as_file_value).collect();
        stmt.execute(values.as_slice()).map_err(StoreError::from)?;
    }
    Ok(())
}

/// Hears when someone wrote to the team project: a thread of its own listens on the server's
/// channel. It stops when the listener is dropped.
pub struct Listener {
    writes: mpsc::Receiver<String>,
    /// Someone opened another article since the last look.
    presence: Arc<std::sync::atomic::AtomicBool>,
    _alive: Arc<()>,
}

impl Listener {
    /// The change ids announced since the last call (none: nothing new).
    pub fn announced(&self) -> Vec<String> {
        self.writes.try_iter().collect()
    }

    /// Whether someone said they code another article since the last call.
    pub fn presence_changed(&self) -> bool {
        self.presence
            .swap(false, std::sync::atomic::Ordering::Relaxed)
    }

    /// Waits up to `timeout` for a write to be announced.
    pub fn wait(&self, timeout: Duration) -> Option<String> {
        self.writes.recv_timeout(timeout).ok()
    }
}

/// Starts listening for writes to the team project at `address`.
pub fn listen(address: &Address) -> Result<Listener, TeamError> {
    let mut client = address.connect()?;
    client.batch_execute(&format!("LISTEN {CHANNEL}; LISTEN {PRESENCE_CHANNEL}"))?;
    let (sender, writes) = mpsc::channel();
    let presence = Arc::new(std::sync::atomic::AtomicBool::new(false));
    let heard_presence = presence.clone();
    let alive = Arc::new(());
    let watched = Arc::downgrade(&alive);
    std::thread::Builder::new()
        .name("spanline-team-listener".into())
        .spawn(move || {
            // Wakes twice a second to see whether anyone still listens.
            while watched.strong_count() > 0 {
                let mut notifications = client.notifications();
                let mut waiting = notifications.timeout_iter(Duration::from_millis(500));
                loop {
                    match waiting.next() {
                        Ok(Some(note)) if note.channel() == PRESENCE_CHANNEL => {
                            heard_presence.store(true, std::sync::atomic::Ordering::Relaxed);
                        }
                        Ok(Some(note)) => {
                            if sender.send(note.payload().to_owned()).is_err() {
                                return;
                            }
                        }
                        Ok(None) => break,
                        // The connection is gone; the window's next write says so.
                        Err(_) => return,
                    }
                }
            }
        })
        .map_err(|err| TeamError::Server(format!("could not start listening ({err})")))?;
    Ok(Listener {
        writes,
        presence,
        _alive: alive,
    })
}
