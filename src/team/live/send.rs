//! Sending a change: inside the replica's transaction, before it commits, the records the
//! change wrote and its change-log entries go to the server in one server transaction, after
//! the check that nobody changed those records since the replica last caught up.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use rusqlite::Connection;

use super::{CHANNEL, SharedClient, Stale, last_entry, live_client, lock, tables_of};
use crate::model::RecordKey;
use crate::store::StoreError;
use crate::team::address::Address;
use crate::team::tables::{Cell, Columns, LOCAL_NUMBER, RecordTables};
use crate::team::{TeamError, schema};

/// Writes are sent one at a time: the stale check and the write are one step.
const WRITE_LOCK: i64 = 0x5350_4C4E;

/// What makes a replica's changes go to the server: inside the transaction that applies a
/// change to the replica, before it commits, the records the change wrote and its change-log
/// entries are sent in one server transaction; a refusal there rolls the replica's back.
pub struct TeamWriter {
    pub(super) client: SharedClient,
    /// To connect again when the server closed the connection.
    pub(super) address: Address,
    /// Statements prepared on the server once, each then sent in one round trip.
    pub(super) prepared: Prepared,
}

/// Statements prepared on this writer's connection, by their text: a write on a distant server
/// costs a round trip per statement, not two.
#[derive(Default)]
pub(super) struct Prepared(HashMap<String, postgres::Statement>);

impl Prepared {
    fn get(
        &mut self,
        tx: &mut postgres::Transaction<'_>,
        sql: &str,
    ) -> Result<postgres::Statement, postgres::Error> {
        if let Some(statement) = self.0.get(sql) {
            return Ok(statement.clone());
        }
        let statement = tx.prepare(sql)?;
        self.0.insert(sql.to_owned(), statement.clone());
        Ok(statement)
    }

    /// Runs `sql` in `tx`; how many rows it changed.
    fn execute(
        &mut self,
        tx: &mut postgres::Transaction<'_>,
        sql: &str,
        params: &[&(dyn postgres::types::ToSql + Sync)],
    ) -> Result<u64, postgres::Error> {
        let statement = self.get(tx, sql)?;
        tx.execute(&statement, params)
    }
}

impl TeamWriter {
    /// A writer with a connection of its own, for work on another connection to the replica
    /// (an import on a background thread).
    pub fn connect(address: &Address) -> Result<Self, TeamError> {
        let mut client = address.connect()?;
        schema::check(&mut client, &address.shown())?;
        Ok(Self {
            client: Arc::new(Mutex::new(client)),
            address: address.clone(),
            prepared: Prepared::default(),
        })
    }
}

impl TeamWriter {
    fn send_once(
        &mut self,
        replica: &Connection,
        keys: &[RecordKey],
        log_after: i64,
    ) -> Result<(), TeamError> {
        let last_entry = last_entry(replica)?;
        let (mut client, fresh) = live_client(&self.client, &self.address)?;
        if fresh {
            self.prepared = Prepared::default();
        }
        let mut tx = client.transaction()?;
        send(
            &mut tx,
            &mut self.prepared,
            replica,
            keys,
            last_entry,
            log_after,
        )?;
        Ok(tx.commit()?)
    }
}

impl crate::store::BeforeCommit for TeamWriter {
    fn before_commit(
        &mut self,
        replica: &Connection,
        keys: &[RecordKey],
        log_after: i64,
    ) -> Result<(), StoreError> {
        let mut sent = self.send_once(replica, keys, log_after);
        if sent.is_err() {
            // What a failed transaction left prepared is not trusted: prepared anew.
            self.prepared = Prepared::default();
            // The server closed the connection meanwhile (nothing was stored, or the next
            // catch-up brings it): once more on a new one.
            if lock(&self.client).is_closed() {
                sent = self.send_once(replica, keys, log_after);
            }
        }
        sent.map_err(|err| StoreError::Elsewhere(Box::new(err)))
    }
}

/// Sends the records `keys` name, as the replica's open transaction now holds them, and the
/// change-log entries after `log_after`, in the server transaction `tx`.
fn send(
    tx: &mut postgres::Transaction<'_>,
    prepared: &mut Prepared,
    replica: &Connection,
    keys: &[RecordKey],
    last_entry: i64,
    log_after: i64,
) -> Result<(), TeamError> {
    let log = Columns::of(replica, "change_log")?;
    prepared.execute(tx, "SELECT pg_advisory_xact_lock($1)", &[&WRITE_LOCK])?;
    if let Some(stale) = stale(tx, prepared, replica, &log, keys, last_entry)? {
        return Err(TeamError::Stale(stale));
    }
    for key in keys {
        send_record(replica, tx, prepared, tables_of(*key)?, &key.id_string())?;
    }
    // The change's own entries, and those it copied in (a merge brings the other project's).
    let entries = local_rows(replica, &log, "rowid > ?1", &[&log_after])?;
    let insert = format!(
        "INSERT INTO change_log ({}) VALUES ({})",
        log.list(),
        placeholders(log.names.len())
    );
    for entry in &entries {
        let values: Vec<_> = entry.iter().map(Cell::as_server_value).collect();
        prepared.execute(tx, &insert, &values)?;
    }
    let change_id = entries
        .first()
        .and_then(|entry| match entry.get(1) {
            Some(Cell::Text(Some(id))) => Some(id.clone()),
            _ => None,
        })
        .unwrap_or_default();
    prepared.execute(tx, "SELECT pg_notify($1, $2)", &[&CHANNEL, &change_id])?;
    Ok(())
}

/// Who last changed one of `keys` on the server after `last_entry`, unless it was this
/// replica itself; asked of all the keys at once.
fn stale(
    tx: &mut postgres::Transaction<'_>,
    prepared: &mut Prepared,
    replica: &Connection,
    log: &Columns,
    keys: &[RecordKey],
    last_entry: i64,
) -> Result<Option<Stale>, TeamError> {
    let kinds: Vec<&str> = keys.iter().map(RecordKey::kind).collect();
    let ids: Vec<String> = keys.iter().map(RecordKey::id_string).collect();
    let statement = prepared.get(
        tx,
        "SELECT DISTINCT ON (entity_kind, entity_id)
                entity_kind, entity_id, entry_id, analyst, at, label
         FROM change_log
         WHERE row_seq > $3
           AND (entity_kind, entity_id) IN (SELECT * FROM unnest($1::text[], $2::text[]))
         ORDER BY entity_kind, entity_id, row_seq DESC",
    )?;
    let newer = tx.query(&statement, &[&kinds, &ids, &last_entry])?;
    for row in newer {
        let entry_id: String = row.try_get(2)?;
        let ours = !local_rows(replica, log, "entry_id = ?1", &[&entry_id])?.is_empty();
        if !ours {
            return Ok(Some(Stale {
                kind: row.try_get(0)?,
                id: row.try_get(1)?,
                analyst: row.try_get(3)?,
                at: row.try_get(4)?,
                label: row.try_get(5)?,
            }));
        }
    }
    Ok(None)
}

/// Writes one record's rows to the server as the replica holds them (or removes them there).
fn send_record(
    replica: &Connection,
    tx: &mut postgres::Transaction<'_>,
    prepared: &mut Prepared,
    tables: &RecordTables,
    id: &str,
) -> Result<(), TeamError> {
    let key = tables.key;
    for part in tables.parts {
        prepared.execute(
            tx,
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
            prepared.execute(tx, &upsert, &values)?;
        }
        None => {
            prepared.execute(
                tx,
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
            prepared.execute(tx, &insert, &values)?;
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
