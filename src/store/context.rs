//! The `context_events` table.

use rusqlite::{Connection, Row, params};

use super::codec;
use super::error::StoreResult;
use crate::model::{ContextEvent, ContextEventId, ContextKind};

const SELECT: &str =
    "SELECT context_event_id, kind, label, date_start, date_end, notes FROM context_events";

fn from_row(row: &Row<'_>) -> StoreResult<ContextEvent> {
    Ok(ContextEvent {
        context_event_id: codec::parse(&row.get::<_, String>(0)?, "context event id")?,
        kind: codec::parse_key(
            &row.get::<_, String>(1)?,
            "context kind",
            ContextKind::parse,
        )?,
        label: row.get(2)?,
        date_start: codec::parse(&row.get::<_, String>(3)?, "context date")?,
        date_end: codec::date_opt(row.get(4)?, "context end date")?,
        notes: row.get(5)?,
    })
}

pub fn get(conn: &Connection, id: ContextEventId) -> StoreResult<Option<ContextEvent>> {
    let sql = format!("{SELECT} WHERE context_event_id = ?1");
    Ok(codec::collect(conn, &sql, [id.to_string()], from_row)?.pop())
}

/// Every context event and period, in date order.
pub fn all(conn: &Connection) -> StoreResult<Vec<ContextEvent>> {
    codec::collect(
        conn,
        &format!("{SELECT} ORDER BY date_start, label"),
        [],
        from_row,
    )
}

pub fn put(conn: &Connection, event: &ContextEvent) -> StoreResult<()> {
    conn.prepare_cached(
        "INSERT INTO context_events (context_event_id, kind, label, date_start, date_end, notes)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)
         ON CONFLICT (context_event_id) DO UPDATE SET kind = excluded.kind, label = excluded.label,
             date_start = excluded.date_start, date_end = excluded.date_end, notes = excluded.notes",
    )?
    .execute(params![
        event.context_event_id.to_string(),
        event.kind.as_str(),
        event.label,
        event.date_start.to_string(),
        event.date_end.map(|d| d.to_string()),
        event.notes
    ])?;
    Ok(())
}

pub fn delete(conn: &Connection, id: ContextEventId) -> StoreResult<()> {
    conn.prepare_cached("DELETE FROM context_events WHERE context_event_id = ?1")?
        .execute([id.to_string()])?;
    Ok(())
}
