//! The `evidence` table and the fields each span supports.

use rusqlite::{Connection, Row, params};

use super::codec;
use super::error::StoreResult;
use super::records::Stored;
use crate::model::text::TextQuote;
use crate::model::{ArticleId, Evidence, EvidenceId, Field, IncidentId};

const SELECT: &str = "SELECT evidence_id, incident_id, article_id, start_char, end_char, exact,
                             prefix, suffix, note, created_at, created_by,
                             (SELECT group_concat(field, ',') FROM evidence_fields f
                              WHERE f.evidence_id = evidence.evidence_id)
                      FROM evidence";

fn from_row(row: &Row<'_>) -> StoreResult<Evidence> {
    Ok(Evidence {
        evidence_id: codec::parse_at(row, 0, "evidence id")?,
        incident_id: codec::parse_at(row, 1, "incident id")?,
        article_id: codec::parse_at(row, 2, "article id")?,
        start: codec::offset(row.get(3)?, "span start")?,
        end: codec::offset(row.get(4)?, "span end")?,
        quote: TextQuote {
            exact: row.get(5)?,
            prefix: row.get(6)?,
            suffix: row.get(7)?,
        },
        fields: fields_from(row.get(11)?)?,
        note: row.get(8)?,
        created_at: codec::parse_at(row, 9, "creation time")?,
        created_by: row.get(10)?,
    })
}

fn fields_from(joined: Option<String>) -> StoreResult<Vec<Field>> {
    let mut fields = joined
        .iter()
        .flat_map(|joined| joined.split(','))
        .map(|key| codec::parse_key(key, "evidence field", Field::parse))
        .collect::<StoreResult<Vec<_>>>()?;
    fields.sort();
    Ok(fields)
}

fn query(conn: &Connection, filter: &str, key: String) -> StoreResult<Vec<Evidence>> {
    let sql = format!("{SELECT} WHERE {filter} ORDER BY start_char, evidence_id");
    codec::collect(conn, &sql, [key], from_row)
}

pub fn get(conn: &Connection, evidence_id: EvidenceId) -> StoreResult<Option<Evidence>> {
    Ok(query(conn, "evidence_id = ?1", evidence_id.to_string())?.pop())
}

/// Every span in one article, in text order: what the source view highlights.
pub fn for_article(conn: &Connection, article_id: ArticleId) -> StoreResult<Vec<Evidence>> {
    query(conn, "article_id = ?1", article_id.to_string())
}

/// Every span supporting one incident, in whichever article it lives.
pub fn for_incident(conn: &Connection, incident_id: IncidentId) -> StoreResult<Vec<Evidence>> {
    query(conn, "incident_id = ?1", incident_id.to_string())
}

/// The articles each incident's spans are in, each once and in article order, grouped as the
/// spans are read (a million incidents' three million spans are never listed at once).
pub fn sources_by_incident(
    conn: &Connection,
) -> StoreResult<std::collections::HashMap<IncidentId, Vec<ArticleId>>> {
    let mut sources: std::collections::HashMap<IncidentId, Vec<ArticleId>> = Default::default();
    codec::each(
        conn,
        // Deduplicated here: SQLite's DISTINCT would sort every span first.
        "SELECT incident_id, article_id FROM evidence",
        [],
        |row| {
            Ok((
                codec::parse_at::<IncidentId>(row, 0, "incident id")?,
                codec::parse_at::<ArticleId>(row, 1, "article id")?,
            ))
        },
        |(incident_id, article_id)| {
            let cited = sources.entry(incident_id).or_default();
            if !cited.contains(&article_id) {
                cited.push(article_id);
            }
            Ok(())
        },
    )?;
    for cited in sources.values_mut() {
        cited.sort();
    }
    Ok(sources)
}

/// Every span in the project, by article and text order.
pub fn all(conn: &Connection) -> StoreResult<Vec<Evidence>> {
    codec::gather(|take| each(conn, take))
}

/// [`all`], each span handed to `take` as it is read.
pub fn each(conn: &Connection, take: impl FnMut(Evidence) -> StoreResult<()>) -> StoreResult<()> {
    let sql = format!("{SELECT} ORDER BY article_id, start_char, evidence_id");
    codec::each(conn, &sql, [], from_row, take)
}

/// Every span in the order it was stored (the order a restore from the full JSON keeps), each
/// handed to `take` as it is read: the table read straight through, not through an index,
/// which for millions of spans takes half the time.
pub fn each_as_stored(
    conn: &Connection,
    take: impl FnMut(Evidence) -> StoreResult<()>,
) -> StoreResult<()> {
    let sql = format!("{SELECT} ORDER BY rowid");
    codec::each(conn, &sql, [], from_row, take)
}

const UPSERT: &str = "INSERT INTO evidence (evidence_id, incident_id, article_id, start_char,
                           end_char, exact, prefix, suffix, note, created_at, created_by)
     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)
     ON CONFLICT (evidence_id) DO UPDATE SET
         incident_id = excluded.incident_id, article_id = excluded.article_id,
         start_char = excluded.start_char, end_char = excluded.end_char, exact = excluded.exact,
         prefix = excluded.prefix, suffix = excluded.suffix, note = excluded.note,
         created_at = excluded.created_at, created_by = excluded.created_by";

pub fn put(conn: &Connection, evidence: &Evidence) -> StoreResult<()> {
    put_as(conn, evidence, Stored::Maybe)
}

pub(super) fn put_as(conn: &Connection, evidence: &Evidence, stored: Stored) -> StoreResult<()> {
    let e = evidence;
    let evidence_id = e.evidence_id.to_string();
    conn.prepare_cached(stored.statement(UPSERT))?
        .execute(params![
            evidence_id,
            e.incident_id.to_string(),
            e.article_id.to_string(),
            codec::to_sql_int(e.start),
            codec::to_sql_int(e.end),
            e.quote.exact,
            e.quote.prefix,
            e.quote.suffix,
            e.note,
            e.created_at.to_string(),
            e.created_by,
        ])?;
    if stored == Stored::Maybe {
        conn.prepare_cached("DELETE FROM evidence_fields WHERE evidence_id = ?1")?
            .execute([&evidence_id])?;
    }
    let mut insert = conn.prepare_cached(
        "INSERT OR IGNORE INTO evidence_fields (evidence_id, field) VALUES (?1, ?2)",
    )?;
    for field in &e.fields {
        insert.execute(params![evidence_id, field.as_str()])?;
    }
    Ok(())
}

pub fn delete(conn: &Connection, evidence_id: EvidenceId) -> StoreResult<()> {
    let id = evidence_id.to_string();
    conn.prepare_cached("DELETE FROM evidence_fields WHERE evidence_id = ?1")?
        .execute([&id])?;
    conn.prepare_cached("DELETE FROM evidence WHERE evidence_id = ?1")?
        .execute([&id])?;
    Ok(())
}
