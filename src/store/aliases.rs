//! Alias lists of actors and places: the same shape, two tables.

use rusqlite::{Connection, params};

use super::error::StoreResult;

/// Which alias table: (table, id column).
#[derive(Clone, Copy)]
pub enum AliasTable {
    Actor,
    Place,
}

impl AliasTable {
    fn names(self) -> (&'static str, &'static str) {
        match self {
            AliasTable::Actor => ("actor_aliases", "actor_id"),
            AliasTable::Place => ("place_aliases", "place_id"),
        }
    }
}

pub fn load(conn: &Connection, table: AliasTable, owner_id: &str) -> StoreResult<Vec<String>> {
    let (table, column) = table.names();
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT alias FROM {table} WHERE {column} = ?1 ORDER BY rowid"
    ))?;
    let aliases = stmt.query_map([owner_id], |row| row.get(0))?;
    Ok(aliases.collect::<Result<_, _>>()?)
}

pub fn delete(conn: &Connection, table: AliasTable, owner_id: &str) -> StoreResult<()> {
    let (table, column) = table.names();
    conn.prepare_cached(&format!("DELETE FROM {table} WHERE {column} = ?1"))?
        .execute([owner_id])?;
    Ok(())
}

pub fn replace(
    conn: &Connection,
    table: AliasTable,
    owner_id: &str,
    aliases: &[String],
) -> StoreResult<()> {
    delete(conn, table, owner_id)?;
    let (table, column) = table.names();
    let mut insert = conn.prepare_cached(&format!(
        "INSERT OR IGNORE INTO {table} ({column}, alias) VALUES (?1, ?2)"
    ))?;
    for alias in aliases {
        insert.execute(params![owner_id, alias])?;
    }
    Ok(())
}
