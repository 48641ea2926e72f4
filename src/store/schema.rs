//! The schema as a list of migrations, and the check that a file holds exactly our schema.

use rusqlite::Connection;

/// `PRAGMA application_id` of every Spanline project: "SPLN".
pub const APPLICATION_ID: u32 = 0x5350_4C4E;

/// One SQL script per schema version; version N is `MIGRATIONS[N - 1]`.
const MIGRATIONS: &[&str] = &[include_str!("schema/v1.sql"), include_str!("schema/v2.sql")];

/// The schema version this build writes and the newest it reads.
pub const CURRENT_VERSION: i64 = MIGRATIONS.len() as i64;

/// Applies the migrations that take a file at `from` to `to`. The caller wraps this in one
/// transaction, so a failed upgrade leaves the file as it was.
pub fn migrate(conn: &Connection, from: i64, to: i64) -> rusqlite::Result<()> {
    for version in (from + 1)..=to {
        let index = usize::try_from(version - 1).unwrap_or(usize::MAX);
        if let Some(script) = MIGRATIONS.get(index) {
            conn.execute_batch(script)?;
        }
    }
    conn.pragma_update(None, "user_version", to)
}

/// One object of `sqlite_schema`, as compared between a file and a fresh schema.
#[derive(Debug, PartialEq, Eq, PartialOrd, Ord)]
struct SchemaObject {
    kind: String,
    name: String,
    table: String,
    sql: Option<String>,
}

fn schema_objects(conn: &Connection) -> rusqlite::Result<Vec<SchemaObject>> {
    // sqlite_stat* tables are planner statistics written by ANALYZE; they hold no code.
    let mut stmt = conn.prepare(
        "SELECT type, name, tbl_name, sql FROM sqlite_schema
         WHERE name NOT LIKE 'sqlite\\_stat%' ESCAPE '\\' ORDER BY type, name",
    )?;
    let rows = stmt.query_map([], |row| {
        let name: String = row.get(1)?;
        // The search index's shadow tables are written by SQLite's FTS5 itself, whose exact SQL
        // may differ between SQLite releases; their names are what must match.
        let sql = if name.starts_with("article_search_") {
            None
        } else {
            row.get(3)?
        };
        Ok(SchemaObject {
            kind: row.get(0)?,
            name,
            table: row.get(2)?,
            sql,
        })
    })?;
    rows.collect()
}

/// Compares the schema of `conn` with a fresh one at `version`. `Ok(None)` when they are the
/// same; otherwise a description of the first difference.
pub fn difference_from_fresh(conn: &Connection, version: i64) -> rusqlite::Result<Option<String>> {
    let fresh = Connection::open_in_memory()?;
    migrate(&fresh, 0, version)?;
    let expected = schema_objects(&fresh)?;
    let found = schema_objects(conn)?;
    if let Some(extra) = found.iter().find(|obj| !expected.contains(obj)) {
        let what = if expected.iter().any(|e| e.name == extra.name) {
            "a changed"
        } else {
            "an unexpected"
        };
        return Ok(Some(format!(
            "it has {what} {} {:?}",
            extra.kind, extra.name
        )));
    }
    if let Some(missing) = expected.iter().find(|obj| !found.contains(obj)) {
        return Ok(Some(format!(
            "its {} {:?} is missing",
            missing.kind, missing.name
        )));
    }
    Ok(None)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fresh_schema_matches_itself_at_every_version() {
        for version in 1..=CURRENT_VERSION {
            let conn = Connection::open_in_memory().expect("memory db");
            migrate(&conn, 0, version).expect("migrations run");
            assert_eq!(
                difference_from_fresh(&conn, version).expect("compare"),
                None
            );
        }
    }

    #[test]
    fn an_extra_trigger_is_a_difference() {
        let conn = Connection::open_in_memory().expect("memory db");
        migrate(&conn, 0, CURRENT_VERSION).expect("migrations run");
        conn.execute_batch(
            "CREATE TRIGGER t AFTER INSERT ON incidents BEGIN DELETE FROM articles; END;",
        )
        .expect("trigger created");
        let diff = difference_from_fresh(&conn, CURRENT_VERSION).expect("compare");
        assert_eq!(diff.as_deref(), Some("it has an unexpected trigger \"t\""));
    }

    #[test]
    fn upgrading_step_by_step_equals_a_fresh_schema() {
        let conn = Connection::open_in_memory().expect("memory db");
        migrate(&conn, 0, 1).expect("v1");
        migrate(&conn, 1, CURRENT_VERSION).expect("to current");
        assert_eq!(
            difference_from_fresh(&conn, CURRENT_VERSION).expect("compare"),
            None
        );
    }
}
