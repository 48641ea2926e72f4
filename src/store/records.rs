//! Reading, writing and deleting any record by its key: what the edit layer applies.

use rusqlite::Connection;

use super::error::StoreResult;
use super::{actors, articles, context, evidence, incidents, places, vocab};
use crate::model::{Record, RecordKey};

pub fn get(conn: &Connection, key: RecordKey) -> StoreResult<Option<Record>> {
    Ok(match key {
        RecordKey::Article(id) => articles::get(conn, id)?.map(|a| Record::Article(Box::new(a))),
        RecordKey::Incident(id) => incidents::get(conn, id)?.map(|i| Record::Incident(Box::new(i))),
        RecordKey::Evidence(id) => evidence::get(conn, id)?.map(Record::Evidence),
        RecordKey::Actor(id) => actors::get(conn, id)?.map(Record::Actor),
        RecordKey::Place(id) => places::get(conn, id)?.map(Record::Place),
        RecordKey::Term(id) => vocab::get(conn, id)?.map(Record::Term),
        RecordKey::ContextEvent(id) => context::get(conn, id)?.map(Record::ContextEvent),
    })
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
