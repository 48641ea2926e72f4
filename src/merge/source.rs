//! The two sides of a merge: all records of a project, and its change log's versions of them.

use std::collections::HashMap;

use rusqlite::Connection;

use crate::model::Snapshot;
use crate::model::{Record, RecordKey};
use crate::store::error::StoreResult;

/// A record as the change log keeps it (an article without its text), as canonical JSON
/// text: equal records give equal strings (serde_json sorts object keys).
pub fn logged_form(record: &Record) -> String {
    crate::store::change_log::log_json(record)
        .map(|v| v.to_string())
        .unwrap_or_default()
}

/// The versions of one record a change log holds, oldest first; `None` for a deletion.
pub trait VersionLog {
    fn versions(&self, key: RecordKey) -> Vec<Option<String>>;
}

/// A project's change log, read on demand (only records that differ are looked up).
pub struct ChangeLogVersions<'c>(pub &'c Connection);

impl VersionLog for ChangeLogVersions<'_> {
    fn versions(&self, key: RecordKey) -> Vec<Option<String>> {
        crate::store::change_log::versions(self.0, key).unwrap_or_default()
    }
}

/// No history at all: a JSON export, or a project whose log cannot be read.
pub struct NoHistory;

impl VersionLog for NoHistory {
    fn versions(&self, _key: RecordKey) -> Vec<Option<String>> {
        Vec::new()
    }
}

/// One side of a merge.
pub struct Side<'h> {
    pub records: &'h Snapshot,
    pub history: &'h dyn VersionLog,
}

/// Every record of the project open on `conn`, articles with their texts.
pub fn read_records(conn: &Connection) -> StoreResult<Snapshot> {
    crate::store::snapshot::read(conn, crate::store::snapshot::Needs::ALL)
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
