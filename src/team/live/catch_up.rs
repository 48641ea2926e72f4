//! Catching up: the change-log entries the server gained since the replica's last one, and
//! the current state of the records they name, written into the replica through the store's
//! own record path in one transaction.

use rusqlite::Connection;

use super::{LAST_ENTRY_KEY, TeamSession, last_entry, live_client, tables_of};
use crate::model::{Record, RecordKey};
use crate::store::change::{Change, Edit, Touched};
use crate::store::{Project, StoreError, meta, records};
use crate::team::TeamError;
use crate::team::checkout;
use crate::team::tables::{Cell, Columns, RECORDS, RecordTables};

impl TeamSession {
    /// Brings into the replica every change the server gained since its last one; says what
    /// they touched (nothing when there was none).
    pub fn catch_up(&mut self, project: &mut Project) -> Result<Touched, TeamError> {
        match self.catch_up_once(project) {
            // The server closed the connection meanwhile: once more on a new one.
            Err(_) if self.connection_lost() => self.catch_up_once(project),
            caught_up => caught_up,
        }
    }

    fn catch_up_once(&mut self, project: &mut Project) -> Result<Touched, TeamError> {
        project.wait_until_verified()?;
        let after = last_entry(project.conn())?;
        let (mut client, _) = live_client(&self.client, &self.address)?;
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
    for table in std::iter::once(&tables.table).chain(tables.parts) {
        let columns = Columns::of(scratch, table)?;
        checkout::copy_rows(snapshot, scratch, &columns, Some((tables.key, id)))?;
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
