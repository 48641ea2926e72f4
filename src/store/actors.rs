//! The `actors` table.

use rusqlite::{Connection, Row, params};

use super::aliases::{self, AliasTable};
use super::codec;
use super::error::StoreResult;
use crate::model::{Actor, ActorId};

const SELECT: &str = "SELECT actor_id, name, kind, parent_actor_id, notes FROM actors";

fn from_row(conn: &Connection, row: &Row<'_>) -> StoreResult<Actor> {
    let id: String = row.get(0)?;
    Ok(Actor {
        actor_id: codec::parse(&id, "actor id")?,
        name: row.get(1)?,
        kind: row.get(2)?,
        parent_id: codec::parse_opt(row.get(3)?, "parent actor id")?,
        aliases: aliases::load(conn, AliasTable::Actor, &id)?,
        notes: row.get(4)?,
    })
}

pub fn get(conn: &Connection, actor_id: ActorId) -> StoreResult<Option<Actor>> {
    let sql = format!("{SELECT} WHERE actor_id = ?1");
    Ok(codec::collect(conn, &sql, [actor_id.to_string()], |row| {
        from_row(conn, row)
    })?
    .pop())
}

/// Every actor, by name.
pub fn all(conn: &Connection) -> StoreResult<Vec<Actor>> {
    let sql = format!("{SELECT} ORDER BY name COLLATE NOCASE");
    codec::collect(conn, &sql, [], |row| from_row(conn, row))
}

pub fn put(conn: &Connection, actor: &Actor) -> StoreResult<()> {
    let id = actor.actor_id.to_string();
    conn.prepare_cached(
        "INSERT INTO actors (actor_id, name, kind, parent_actor_id, notes) VALUES (?1, ?2, ?3, ?4, ?5)
         ON CONFLICT (actor_id) DO UPDATE SET name = excluded.name, kind = excluded.kind,
             parent_actor_id = excluded.parent_actor_id, notes = excluded.notes",
    )?
    .execute(params![id, actor.name, actor.kind, actor.parent_id.map(|p| p.to_string()), actor.notes])?;
    aliases::replace(conn, AliasTable::Actor, &id, &actor.aliases)
}

pub fn delete(conn: &Connection, actor_id: ActorId) -> StoreResult<()> {
    let id = actor_id.to_string();
    aliases::delete(conn, AliasTable::Actor, &id)?;
    conn.prepare_cached("DELETE FROM actors WHERE actor_id = ?1")?
        .execute([&id])?;
    Ok(())
}
