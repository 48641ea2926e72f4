//! Reading, writing and deleting any record by its key: what the edit layer applies.

use rusqlite::Connection;

use super::error::StoreResult;
use super::{actors, articles, context, evidence, incidents, places, vocab};
use crate::model::{Record, RecordKey};

pub fn get(conn: &Connection, key: RecordKey) -> StoreResult<Option<Record>> {
    Ok(match key {
        RecordKey::Article(id) => articles::get(conn, id)?.map(|a| Record::Article(Box::new(a))),
        RecordKey::Incident(id) => incidents::get(conn, id)?.map(|i| Record::Incident(Box::new(i))),
        RecordKey::Evidence(id) => evidence::get(conn, id)?.map(Record::from),
        RecordKey::Actor(id) => actors::get(conn, id)?.map(Record::from),
        RecordKey::Place(id) => places::get(conn, id)?.map(Record::from),
        RecordKey::Term(id) => vocab::get(conn, id)?.map(Record::from),
        RecordKey::ContextEvent(id) => context::get(conn, id)?.map(Record::from),
    })
}

/// Whether a record with this key is stored (without reading it).
pub fn exists(conn: &Connection, key: RecordKey) -> StoreResult<bool> {
    let (table, column) = match key {
        RecordKey::Article(_) => ("articles", "article_id"),
        RecordKey::Incident(_) => ("incidents", "incident_id"),
        RecordKey::Evidence(_) => ("evidence", "evidence_id"),
        RecordKey::Actor(_) => ("actors", "actor_id"),
        RecordKey::Place(_) => ("places", "place_id"),
        RecordKey::Term(_) => ("vocab_terms", "term_id"),
        RecordKey::ContextEvent(_) => ("context_events", "context_event_id"),
    };
    Ok(conn
        .prepare_cached(&format!(
            "SELECT EXISTS (SELECT 1 FROM {table} WHERE {column} = ?1)"
        ))?
        .query_row([key.id_string()], |row| row.get(0))?)
}

pub fn put(conn: &Connection, record: &Record) -> StoreResult<()> {
    match record {
        Record::Article(a) => articles::put(conn, a),
        Record::Incident(i) => incidents::put(conn, i),
        Record::Evidence(e) => evidence::put(conn, e),
        Record::Actor(a) => actors::put(conn, a),
        Record::Place(p) => places::put(conn, p),
        Record::Term(t) => vocab::put(conn, t),
        Record::ContextEvent(c) => context::put(conn, c),
    }
}

/// Whether a record may be stored already, so that writing it replaces it and its rows of tags
/// (or fields) are cleared first.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Stored {
    Maybe,
    /// Known not to be: a second record with its id is refused by the primary key.
    New,
}

impl Stored {
    /// The statement that writes a row: `upsert` itself, or for a new record its plain
    /// `INSERT`, which fails on an id already stored.
    pub(super) fn statement(self, upsert: &str) -> &str {
        match (self, upsert.find("ON CONFLICT")) {
            (Stored::New, Some(at)) => upsert[..at].trim_end(),
            _ => upsert,
        }
    }
}

/// [`put`] for a record that must be new: an incident or a span whose id is already stored is
/// refused by SQLite's primary key (see [`is_repeated`]), and its tags and fields need no
/// clearing first.
pub fn insert_new(conn: &Connection, record: &Record) -> StoreResult<()> {
    match record {
        Record::Incident(i) => incidents::put_as(conn, i, Stored::New),
        Record::Evidence(e) => evidence::put_as(conn, e, Stored::New),
        other => put(conn, other),
    }
}

/// Whether `err` is SQLite refusing a second row with the same primary key or unique value.
pub fn is_repeated(err: &super::error::StoreError) -> bool {
    matches!(
        err,
        super::error::StoreError::Sqlite(rusqlite::Error::SqliteFailure(failure, _))
            if matches!(
                failure.extended_code,
                rusqlite::ffi::SQLITE_CONSTRAINT_PRIMARYKEY | rusqlite::ffi::SQLITE_CONSTRAINT_UNIQUE
            )
    )
}

pub fn delete(conn: &Connection, key: RecordKey) -> StoreResult<()> {
    match key {
        RecordKey::Article(id) => articles::delete(conn, id),
        RecordKey::Incident(id) => incidents::delete(conn, id),
        RecordKey::Evidence(id) => evidence::delete(conn, id),
        RecordKey::Actor(id) => actors::delete(conn, id),
        RecordKey::Place(id) => places::delete(conn, id),
        RecordKey::Term(id) => vocab::delete(conn, id),
        RecordKey::ContextEvent(id) => context::delete(conn, id),
    }
}
