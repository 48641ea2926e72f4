//! The `change_log` table: who wrote which record when.

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
    let data = after.map(log_json).transpose().map_err(|err| {
        super::error::StoreError::Rejected(format!("could not log the change: {err}"))
    })?;
    conn.prepare_cached(
        "INSERT INTO change_log (entry_id, change_id, at, analyst, label, entity_kind, entity_id, op, data)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
    )?
    .execute(params![
        uuid::Uuid::now_v7().to_string(),
        change_id.to_string(),
        stamp.at.to_string(),
        stamp.analyst,
        label,
        key.kind(),
        key.id_string(),
        if after.is_some() { "put" } else { "delete" },
        data.map(|d| d.to_string()),
    ])?;
    Ok(())
}

/// The versions of one record the log holds, oldest first, as logged JSON text (`None`: the
/// record was deleted). Walks the by-entity index.
pub fn versions(conn: &Connection, key: RecordKey) -> StoreResult<Vec<Option<String>>> {
    codec::collect(
        conn,
        "SELECT data FROM change_log WHERE entity_kind = ?1 AND entity_id = ?2 ORDER BY rowid",
        params![key.kind(), key.id_string()],
        |row| {
            // Re-serialised so the text is canonical whatever wrote it.
            let data: Option<String> = row.get(0)?;
            data.map(|d| {
                codec::parse::<serde_json::Value>(&d, "logged record").map(|v| v.to_string())
            })
            .transpose()
        },
    )
}

/// Copies log entries from another project's log, skipping those already here (same entry
/// id): the merged project's log then shows who coded what on both sides. Returns how many
/// were new.
pub fn copy_from(conn: &Connection, from: &Connection) -> StoreResult<usize> {
    let mut read = from.prepare(
        "SELECT entry_id, change_id, at, analyst, label, entity_kind, entity_id, op, data
         FROM change_log ORDER BY rowid",
    )?;
    let mut write = conn.prepare_cached(
        "INSERT OR IGNORE INTO change_log
         (entry_id, change_id, at, analyst, label, entity_kind, entity_id, op, data)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
    )?;
    let mut rows = read.query([])?;
    let mut added = 0;
    while let Some(row) = rows.next()? {
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
