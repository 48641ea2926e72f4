//! The `places` table: the project gazetteer.

use rusqlite::{Connection, Row, params};

use super::aliases::{self, AliasTable};
use super::codec;
use super::error::StoreResult;
use crate::model::{Place, PlaceId};

const SELECT: &str = "SELECT place_id, name, admin1, country, iso3, latitude, longitude,
                             geo_precision, notes FROM places";

fn from_row(conn: &Connection, row: &Row<'_>) -> StoreResult<Place> {
    let id: String = row.get(0)?;
    Ok(Place {
        place_id: codec::parse(&id, "place id")?,
        name: row.get(1)?,
        admin1: row.get(2)?,
        country: row.get(3)?,
        iso3: row.get(4)?,
        latitude: row.get(5)?,
        longitude: row.get(6)?,
        geo_precision: codec::small(row.get(7)?, "geo precision")?,
        aliases: aliases::load(conn, AliasTable::Place, &id)?,
        notes: row.get(8)?,
    })
}

pub fn get(conn: &Connection, place_id: PlaceId) -> StoreResult<Option<Place>> {
    let sql = format!("{SELECT} WHERE place_id = ?1");
    Ok(codec::collect(conn, &sql, [place_id.to_string()], |row| {
        from_row(conn, row)
    })?
    .pop())
}

/// The whole gazetteer, by name.
pub fn all(conn: &Connection) -> StoreResult<Vec<Place>> {
    let sql = format!("{SELECT} ORDER BY name COLLATE NOCASE");
    codec::collect(conn, &sql, [], |row| from_row(conn, row))
}

pub fn put(conn: &Connection, place: &Place) -> StoreResult<()> {
    let id = place.place_id.to_string();
    conn.prepare_cached(
        "INSERT INTO places (place_id, name, admin1, country, iso3, latitude, longitude, geo_precision, notes)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
         ON CONFLICT (place_id) DO UPDATE SET name = excluded.name, admin1 = excluded.admin1,
             country = excluded.country, iso3 = excluded.iso3, latitude = excluded.latitude,
             longitude = excluded.longitude, geo_precision = excluded.geo_precision,
             notes = excluded.notes",
    )?
    .execute(params![
        id,
        place.name,
        place.admin1,
        place.country,
        place.iso3,
        place.latitude,
        place.longitude,
        place.geo_precision,
        place.notes
    ])?;
    aliases::replace(conn, AliasTable::Place, &id, &place.aliases)
}

pub fn delete(conn: &Connection, place_id: PlaceId) -> StoreResult<()> {
    let id = place_id.to_string();
    aliases::delete(conn, AliasTable::Place, &id)?;
    conn.prepare_cached("DELETE FROM places WHERE place_id = ?1")?
        .execute([&id])?;
    Ok(())
}
