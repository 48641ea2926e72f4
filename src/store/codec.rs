//! Converting stored text back into typed values. A project file may come from anyone, so every
//! conversion is fallible and reports which value was bad instead of panicking.

use std::str::FromStr;

use jiff::Timestamp;
use jiff::civil::Date;

use super::error::{StoreError, StoreResult};
use crate::model::Estimate;

pub fn parse<T: FromStr>(text: &str, what: &str) -> StoreResult<T> {
    text.parse()
        .map_err(|_| StoreError::Corrupt(format!("{what} {text:?}")))
}

pub fn parse_opt<T: FromStr>(text: Option<String>, what: &str) -> StoreResult<Option<T>> {
    text.map(|t| parse(&t, what)).transpose()
}

pub fn parse_key<T>(text: &str, what: &str, parse_fn: fn(&str) -> Option<T>) -> StoreResult<T> {
    parse_fn(text).ok_or_else(|| StoreError::Corrupt(format!("{what} {text:?}")))
}

pub fn parse_key_opt<T>(
    text: Option<String>,
    what: &str,
    parse_fn: fn(&str) -> Option<T>,
) -> StoreResult<Option<T>> {
    text.map(|t| parse_key(&t, what, parse_fn)).transpose()
}

pub fn date_opt(text: Option<String>, what: &str) -> StoreResult<Option<Date>> {
    parse_opt(text, what)
}

pub fn timestamp(text: &str, what: &str) -> StoreResult<Timestamp> {
    parse(text, what)
}

fn count(value: Option<i64>, what: &str) -> StoreResult<Option<u32>> {
    value
        .map(|v| u32::try_from(v).map_err(|_| StoreError::Corrupt(format!("{what} {v}"))))
        .transpose()
}

pub fn estimate(
    low: Option<i64>,
    best: Option<i64>,
    high: Option<i64>,
    what: &str,
) -> StoreResult<Estimate> {
    Ok(Estimate {
        low: count(low, what)?,
        best: count(best, what)?,
        high: count(high, what)?,
    })
}

pub fn small(value: Option<i64>, what: &str) -> StoreResult<Option<u8>> {
    value
        .map(|v| u8::try_from(v).map_err(|_| StoreError::Corrupt(format!("{what} {v}"))))
        .transpose()
}

pub fn offset(value: i64, what: &str) -> StoreResult<usize> {
    usize::try_from(value).map_err(|_| StoreError::Corrupt(format!("{what} {value}")))
}

/// An offset or count as SQLite stores it; offsets in memory always fit.
pub fn to_sql_int(value: usize) -> i64 {
    i64::try_from(value).unwrap_or(i64::MAX)
}

/// Runs a (cached) query and maps every row, stopping at the first bad value.
pub fn collect<T>(
    conn: &rusqlite::Connection,
    sql: &str,
    params: impl rusqlite::Params,
    mut from_row: impl FnMut(&rusqlite::Row<'_>) -> StoreResult<T>,
) -> StoreResult<Vec<T>> {
    let mut stmt = conn.prepare_cached(sql)?;
    let mut rows = stmt.query(params)?;
    let mut items = Vec::new();
    while let Some(row) = rows.next()? {
        items.push(from_row(row)?);
    }
    Ok(items)
}

/// A read transaction on `conn` for as long as it is held, unless one is open already: one
/// consistent state for many reads, and one lock taken instead of one a statement.
pub fn read_transaction(
    conn: &rusqlite::Connection,
) -> StoreResult<Option<rusqlite::Transaction<'_>>> {
    Ok(if conn.is_autocommit() {
        Some(conn.unchecked_transaction()?)
    } else {
        None
    })
}
