//! The two sides of a merge: all records of a project, and its change log's versions of them.

use std::collections::HashMap;

use rusqlite::Connection;
use serde_json::Value;

use crate::model::Snapshot;
use crate::model::{Record, RecordKey};
use crate::store::error::StoreResult;

/// A record as the change log keeps it (an article without its text), as JSON.
pub fn logged_form(record: &Record) -> Value {
    crate::store::change_log::log_json(record).unwrap_or_default()
}

/// The text the log holds for a record: what its versions compare with. Our log writes every
/// version this one way (serde_json sorts object keys), so equal records give equal texts; a
/// version some other writer spelled differently only fails to match, and its fields are then
/// shown as conflicts instead of merged by themselves.
pub fn logged_text(record: &Record) -> String {
    crate::store::change_log::logged_text(record).unwrap_or_default()
}

/// The versions of records a change log holds, oldest first; `None` for a deletion.
pub trait VersionLog {
    /// The versions of each of `keys`, as logged text; a key the log never saw is absent.
    fn versions_of(&self, keys: &[RecordKey]) -> HashMap<RecordKey, Vec<Option<String>>>;
}

/// A project's change log, read on demand (only records that differ are looked up).
pub struct ChangeLogVersions<'c>(pub &'c Connection);

impl VersionLog for ChangeLogVersions<'_> {
    fn versions_of(&self, keys: &[RecordKey]) -> HashMap<RecordKey, Vec<Option<String>>> {
        crate::store::change_log::versions_of(self.0, keys).unwrap_or_default()
    }
}

/// No history at all: a JSON export, or a project whose log cannot be read.
pub struct NoHistory;

impl VersionLog for NoHistory {
    fn versions_of(&self, _keys: &[RecordKey]) -> HashMap<RecordKey, Vec<Option<String>>> {
        HashMap::new()
    }
}

/// One side of a merge.
pub struct Side<'h> {
    /// Their records, taken by the plan (a large project's are not copied).
    pub records: Snapshot,
    pub history: &'h dyn VersionLog,
}

/// Every record of the project open on `conn`, articles with their texts.
pub fn read_records(conn: &Connection) -> StoreResult<Snapshot> {
    crate::store::snapshot::read(conn, crate::store::snapshot::Needs::ALL)
}

/// [`read_records`] for a merge, which looks records up by id: the spans in the order they
/// were stored, read straight through.
pub fn read_records_to_merge(conn: &Connection) -> StoreResult<Snapshot> {
    crate::store::snapshot::read_in_any_order(conn)
}

/// An index from a key to the position of the record that has it.
pub fn index_by<T, K: std::hash::Hash + Eq>(
    items: &[T],
    key: impl Fn(&T) -> K,
) -> HashMap<K, usize> {
    items
        .iter()
        .enumerate()
        .map(|(i, item)| (key(item), i))
        .collect()
}
