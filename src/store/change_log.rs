//! The `change_log` table: who wrote which record when.

use std::collections::{HashMap, HashSet};

use rusqlite::{Connection, params};

use super::codec;
use super::error::StoreResult;
use crate::model::{ChangeId, Record, RecordKey, Stamp};

/// One logged write, as read back.
#[derive(Clone, Debug, PartialEq)]
pub struct LogEntry {
    pub change_id: ChangeId,
    pub at: jiff::Timestamp,
    pub analyst: String,
    pub label: String,
    pub entity_kind: String,
    pub entity_id: String,
    pub op: String,
    pub data: Option<serde_json::Value>,
}

/// An article as the log keeps it: every field but the text.
#[derive(serde::Serialize)]
struct ArticleWithoutText<'a> {
    article_id: crate::model::ArticleId,
    content_hash: &'a str,
    meta: &'a crate::model::ArticleMeta,
    source_name: Option<&'a str>,
    source_format: crate::model::SourceFormat,
    imported_at: jiff::Timestamp,
    imported_by: &'a str,
}

impl<'a> From<&'a crate::model::Article> for ArticleWithoutText<'a> {
    fn from(article: &'a crate::model::Article) -> Self {
        Self {
            article_id: article.article_id,
            content_hash: &article.content_hash,
            meta: &article.meta,
            source_name: article.source_name.as_deref(),
            source_format: article.source_format,
            imported_at: article.imported_at,
            imported_by: &article.imported_by,
        }
    }
}

/// The record as the log keeps it: all of it, but an article without its text (the content hash
/// identifies the text, and the log would otherwise double the file).
pub fn log_json(record: &Record) -> serde_json::Result<serde_json::Value> {
    match record {
        Record::Article(article) => serde_json::to_value(ArticleWithoutText::from(&**article)),
        Record::Incident(incident) => serde_json::to_value(incident),
        Record::Evidence(evidence) => serde_json::to_value(evidence),
        Record::Actor(actor) => serde_json::to_value(actor),
        Record::Place(place) => serde_json::to_value(place),
        Record::Term(term) => serde_json::to_value(term),
        Record::ContextEvent(event) => serde_json::to_value(event),
    }
}

/// The log's last row number (0 when empty): the entries a change writes come after it.
pub fn last_row(conn: &Connection) -> StoreResult<i64> {
    Ok(conn.query_row(
        "SELECT COALESCE(max(rowid), 0) FROM change_log",
        [],
        |row| row.get(0),
    )?)
}

/// Logs one write: `after` is the record as written, `None` for a deletion.
pub fn append(
    conn: &Connection,
    change_id: ChangeId,
    stamp: &Stamp,
    label: &str,
    key: RecordKey,
    after: Option<&Record>,
) -> StoreResult<()> {
    let logged = after.map(logged_text).transpose()?;
    Entry::new(change_id, stamp, label).append(conn, key, logged.as_deref())
}

/// The text the log keeps of `record` (see [`log_json`]).
pub fn logged_text(record: &Record) -> StoreResult<String> {
    log_json(record)
        .map(|json| json.to_string())
        .map_err(|err| {
            super::error::StoreError::Rejected(format!("could not log the change: {err}"))
        })
}

/// What every log entry of one change shares, as the log writes it: for a bulk write, which
/// logs millions of entries of one change.
pub struct Entry<'a> {
    change_id: String,
    at: String,
    analyst: &'a str,
    label: &'a str,
}

impl<'a> Entry<'a> {
    pub fn new(change_id: ChangeId, stamp: &'a Stamp, label: &'a str) -> Self {
        Self {
            change_id: change_id.to_string(),
            at: stamp.at.to_string(),
            analyst: &stamp.analyst,
            label,
        }
    }

    /// Logs the write of `key`: `logged` is the record as the log keeps it ([`logged_text`]),
    /// `None` for a deletion.
    pub fn append(
        &self,
        conn: &Connection,
        key: RecordKey,
        logged: Option<&str>,
    ) -> StoreResult<()> {
        conn.prepare_cached(
            "INSERT INTO change_log (entry_id, change_id, at, analyst, label, entity_kind, entity_id, op, data)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        )?
        .execute(params![
            uuid::Uuid::now_v7().to_string(),
            self.change_id,
            self.at,
            self.analyst,
            self.label,
            key.kind(),
            key.id_string(),
            if logged.is_some() { "put" } else { "delete" },
            logged,
        ])?;
        Ok(())
    }
}

/// The versions of each of `keys` the log holds, oldest first, as the JSON text logged (`None`:
/// the record was deleted); a key the log never saw is absent. One query walks the by-entity
/// index for all of them: a statement run once per key costs more to set up than to read.
pub fn versions_of(
    conn: &Connection,
    keys: &[RecordKey],
) -> StoreResult<HashMap<RecordKey, Vec<Option<String>>>> {
    let by_name: HashMap<(&str, String), RecordKey> = keys
        .iter()
        .map(|key| ((key.kind(), key.id_string()), *key))
        .collect();
    let wanted: Vec<[&str; 2]> = by_name
        .keys()
        .map(|(kind, id)| [*kind, id.as_str()])
        .collect();
    let wanted = serde_json::to_string(&wanted).map_err(|err| {
        super::error::StoreError::Rejected(format!("could not list the records to look up: {err}"))
    })?;
    let mut stmt = conn.prepare_cached(
        "SELECT entity_kind, entity_id, data FROM change_log
         WHERE (entity_kind, entity_id) IN (SELECT value ->> 0, value ->> 1 FROM json_each(?1))
         ORDER BY entity_kind, entity_id, rowid",
    )?;
    let mut rows = stmt.query([wanted])?;
    let mut versions: HashMap<RecordKey, Vec<Option<String>>> = HashMap::new();
    while let Some(row) = rows.next()? {
        let (kind, id): (String, String) = (row.get(0)?, row.get(1)?);
        let Some(&key) = by_name.get(&(kind.as_str(), id)) else {
            continue;
        };
        versions.entry(key).or_default().push(row.get(2)?);
    }
    Ok(versions)
}

/// Copies log entries from another project's log, skipping those already here (same entry
/// id): the merged project's log then shows who coded what on both sides. Returns how many
/// were new.
pub fn copy_from(conn: &Connection, from: &Connection) -> StoreResult<usize> {
    // Two projects that share a history share most of their log: the entry ids are compared
    // first, read from the ids' own index, and only the entries new here are read whole.
    let ours: HashSet<EntryId> =
        codec::collect(conn, "SELECT entry_id FROM change_log", [], |row| {
            Ok(EntryId::of(&row.get::<_, String>(0)?))
        })?
        .into_iter()
        .collect();
    let _reading = codec::read_transaction(from)?;
    let mut new_rows: Vec<i64> = Vec::new();
    {
        let mut ids = from.prepare("SELECT rowid, entry_id FROM change_log")?;
        let mut rows = ids.query([])?;
        while let Some(row) = rows.next()? {
            let id = EntryId::of(&row.get::<_, String>(1)?);
            if matches!(id, EntryId::Other) || !ours.contains(&id) {
                new_rows.push(row.get(0)?);
            }
        }
    }
    // In their log's order, so the copied entries keep their sequence.
    new_rows.sort_unstable();
    let mut read = from.prepare(
        "SELECT entry_id, change_id, at, analyst, label, entity_kind, entity_id, op, data
         FROM change_log WHERE rowid = ?1",
    )?;
    let mut write = conn.prepare_cached(
        "INSERT OR IGNORE INTO change_log
         (entry_id, change_id, at, analyst, label, entity_kind, entity_id, op, data)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
    )?;
    let mut added = 0;
    for rowid in new_rows {
        let mut rows = read.query([rowid])?;
        let Some(row) = rows.next()? else { continue };
        let values: [rusqlite::types::Value; 9] = [
            row.get(0)?,
            row.get(1)?,
            row.get(2)?,
            row.get(3)?,
            row.get(4)?,
            row.get(5)?,
            row.get(6)?,
            row.get(7)?,
            row.get(8)?,
        ];
        added += write.execute(rusqlite::params_from_iter(values))?;
    }
    Ok(added)
}

/// A log entry's id as compared across logs: the UUID we write, held in 16 bytes. An id of
/// any other form (a file someone else wrote) is never taken as already here; inserting it
/// then finds out.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
enum EntryId {
    Uuid(u128),
    Other,
}

impl EntryId {
    fn of(text: &str) -> EntryId {
        // Only the exact form we write: another spelling of the same UUID is another id.
        let mut spelled = uuid::Uuid::encode_buffer();
        match uuid::Uuid::try_parse(text) {
            Ok(id) if id.hyphenated().encode_lower(&mut spelled) == text => {
                EntryId::Uuid(id.as_u128())
            }
            _ => EntryId::Other,
        }
    }
}

/// The newest `limit` log entries, newest first.
pub fn recent(conn: &Connection, limit: usize) -> StoreResult<Vec<LogEntry>> {
    codec::collect(
        conn,
        "SELECT change_id, at, analyst, label, entity_kind, entity_id, op, data FROM change_log
         ORDER BY rowid DESC LIMIT ?1",
        [codec::to_sql_int(limit)],
        |row| {
            let data: Option<String> = row.get(7)?;
            Ok(LogEntry {
                change_id: codec::parse(&row.get::<_, String>(0)?, "change id")?,
                at: codec::timestamp(&row.get::<_, String>(1)?, "change time")?,
                analyst: row.get(2)?,
                label: row.get(3)?,
                entity_kind: row.get(4)?,
                entity_id: row.get(5)?,
                op: row.get(6)?,
                data: data
                    .map(|d| codec::parse(&d, "logged record"))
                    .transpose()?,
            })
        },
    )
}

#[cfg(test)]
mod tests {
    use super::EntryId;

    #[test]
    fn only_the_spelling_we_write_is_compared_as_a_uuid() {
        let ours = "01890a5d-ac96-774b-bcce-b302099a8057";
        assert!(matches!(EntryId::of(ours), EntryId::Uuid(_)));
        assert!(EntryId::of(ours) != EntryId::of("01890a5d-ac96-774b-bcce-b302099a8058"));
        // Another spelling of the same UUID is another entry id to SQLite: never "already here".
        for other in [
            "01890A5D-AC96-774B-BCCE-B302099A8057",
            "01890a5dac96774bbcceb302099a8057",
            "urn:uuid:01890a5d-ac96-774b-bcce-b302099a8057",
            "entry 7",
        ] {
            assert!(matches!(EntryId::of(other), EntryId::Other), "{other}");
        }
    }
}
