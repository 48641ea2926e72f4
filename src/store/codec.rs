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

/// A column's text read in place (no copy), `None` for NULL; a column that is not text is bad.
pub fn text_at<'r>(
    row: &'r rusqlite::Row<'_>,
    column: usize,
    what: &str,
) -> StoreResult<Option<&'r str>> {
    row.get_ref(column)?
        .as_str_or_null()
        .map_err(|_| StoreError::Corrupt(format!("{what} that is not text")))
}

/// [`parse`] of a column read in place: what the readers of every row of a large table use.
pub fn parse_at<T: FromStr>(row: &rusqlite::Row<'_>, column: usize, what: &str) -> StoreResult<T> {
    match text_at(row, column, what)? {
        Some(text) => parse(text, what),
        None => Err(StoreError::Corrupt(format!("{what} missing"))),
    }
}

/// [`parse_opt`] of a column read in place.
pub fn parse_opt_at<T: FromStr>(
    row: &rusqlite::Row<'_>,
    column: usize,
    what: &str,
) -> StoreResult<Option<T>> {
    text_at(row, column, what)?
        .map(|text| parse(text, what))
        .transpose()
}

/// [`parse_key_opt`] of a column read in place.
pub fn parse_key_opt_at<T>(
    row: &rusqlite::Row<'_>,
    column: usize,
    what: &str,
    parse_fn: fn(&str) -> Option<T>,
) -> StoreResult<Option<T>> {
    text_at(row, column, what)?
        .map(|text| parse_key(text, what, parse_fn))
        .transpose()
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
    from_row: impl FnMut(&rusqlite::Row<'_>) -> StoreResult<T>,
) -> StoreResult<Vec<T>> {
    gather(|take| each(conn, sql, params, from_row, take))
}

/// Every item a reader that hands items over one by one (an `each` of the store) hands over.
pub fn gather<T>(
    read: impl FnOnce(&mut dyn FnMut(T) -> StoreResult<()>) -> StoreResult<()>,
) -> StoreResult<Vec<T>> {
    let mut items = Vec::new();
    read(&mut |item| {
        items.push(item);
        Ok(())
    })?;
    Ok(items)
}

/// Runs a (cached) query and hands each row, mapped, to `take` as it is read, stopping at the
/// first bad value or the first error `take` returns: a table of any size in the memory of a row.
pub fn each<T>(
    conn: &rusqlite::Connection,
    sql: &str,
    params: impl rusqlite::Params,
    mut from_row: impl FnMut(&rusqlite::Row<'_>) -> StoreResult<T>,
    mut take: impl FnMut(T) -> StoreResult<()>,
) -> StoreResult<()> {
    let mut stmt = conn.prepare_cached(sql)?;
    let mut rows = stmt.query(params)?;
    while let Some(row) = rows.next()? {
        take(from_row(row)?)?;
    }
    Ok(())
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
