//! The `vocab_terms` table.

use rusqlite::{Connection, Row, params};

use super::codec;
use super::error::StoreResult;
use crate::model::{TermId, VocabTerm, Vocabulary};

const SELECT: &str =
    "SELECT term_id, vocabulary, key, label, parent_key, sort_order FROM vocab_terms";

fn from_row(row: &Row<'_>) -> StoreResult<VocabTerm> {
    Ok(VocabTerm {
        term_id: codec::parse(&row.get::<_, String>(0)?, "term id")?,
        vocabulary: codec::parse_key(&row.get::<_, String>(1)?, "vocabulary", Vocabulary::parse)?,
        key: row.get(2)?,
        label: row.get(3)?,
        parent_key: row.get(4)?,
        sort_order: row.get(5)?,
    })
}

pub fn get(conn: &Connection, term_id: TermId) -> StoreResult<Option<VocabTerm>> {
    let sql = format!("{SELECT} WHERE term_id = ?1");
    Ok(codec::collect(conn, &sql, [term_id.to_string()], from_row)?.pop())
}

/// The terms of one vocabulary, in the analyst's order.
pub fn list(conn: &Connection, vocabulary: Vocabulary) -> StoreResult<Vec<VocabTerm>> {
    let sql = format!("{SELECT} WHERE vocabulary = ?1 ORDER BY sort_order, label");
    codec::collect(conn, &sql, [vocabulary.as_str()], from_row)
}

/// Every term of every vocabulary.
pub fn all(conn: &Connection) -> StoreResult<Vec<VocabTerm>> {
    let sql = format!("{SELECT} ORDER BY vocabulary, sort_order, label");
    codec::collect(conn, &sql, [], from_row)
}

pub fn put(conn: &Connection, term: &VocabTerm) -> StoreResult<()> {
    conn.prepare_cached(
        "INSERT INTO vocab_terms (term_id, vocabulary, key, label, parent_key, sort_order)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)
         ON CONFLICT (term_id) DO UPDATE SET vocabulary = excluded.vocabulary, key = excluded.key,
             label = excluded.label, parent_key = excluded.parent_key, sort_order = excluded.sort_order",
    )?
    .execute(params![
        term.term_id.to_string(),
        term.vocabulary.as_str(),
        term.key,
        term.label,
        term.parent_key,
        term.sort_order
    ])?;
    Ok(())
}

pub fn delete(conn: &Connection, term_id: TermId) -> StoreResult<()> {
    conn.prepare_cached("DELETE FROM vocab_terms WHERE term_id = ?1")?
        .execute([term_id.to_string()])?;
    Ok(())
}
