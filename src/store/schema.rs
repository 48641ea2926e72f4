//! The schema as a list of migrations, and the check that a file holds exactly our schema.

use rusqlite::Connection;

/// `PRAGMA application_id` of every Spanline project: "SPLN".
pub const APPLICATION_ID: u32 = 0x5350_4C4E;

/// One SQL script per schema version; version N is `MIGRATIONS[N - 1]`.
const MIGRATIONS: &[&str] = &[
    include_str!("schema/v1.sql"),
    include_str!("schema/v2.sql"),
    include_str!("schema/v3.sql"),
    include_str!("schema/v4.sql"),
];

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
    // sqlite_stat1/4 are planner statistics tables written by ANALYZE; they hold no code. Only
    // those exact tables are left out (GLOB is case-sensitive, unlike LIKE): an index named
    // SQLITE_STAT_x is compared like anything else.
    let mut stmt = conn.prepare(
        "SELECT type, name, tbl_name, sql FROM sqlite_schema
         WHERE NOT (type = 'table' AND name GLOB 'sqlite_stat[1234]') ORDER BY type, name",
    )?;
    let rows = stmt.query_map([], |row| {
        Ok(SchemaObject {
            kind: row.get(0)?,
            name: row.get(1)?,
            table: row.get(2)?,
            sql: row.get(3)?,
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

/// The expressions of every `CHECK (…)` clause in a table's SQL.
fn check_clauses(table_sql: &str) -> Vec<&str> {
    let upper = table_sql.to_ascii_uppercase();
    let mut clauses = Vec::new();
    let mut from = 0;
    while let Some(found) = upper[from..].find("CHECK") {
        let after = from + found + "CHECK".len();
        from = after;
        let Some(open) = table_sql[after..]
            .find(|c: char| !c.is_whitespace())
            .map(|i| after + i)
            .filter(|&i| table_sql[i..].starts_with('('))
        else {
            continue;
        };
        let (mut depth, mut quoted) = (0usize, false);
        for (i, c) in table_sql[open..].char_indices() {
            match c {
                '\'' => quoted = !quoted,
                '(' if !quoted => depth += 1,
                ')' if !quoted => {
                    depth -= 1;
                    if depth == 0 {
                        clauses.push(&table_sql[open + 1..open + i]);
                        from = open + i;
                        break;
                    }
                }
                _ => {}
            }
        }
    }
    clauses
}

/// Tests every CHECK constraint of the schema against every row, as SQLite's integrity check
/// does on a writable file but not on a read-only one. `Ok(None)` when all hold; otherwise
/// which table breaks which rule, among the tables `which` names. Call only on a file whose
/// schema equals ours.
pub fn first_failed_check(
    conn: &Connection,
    which: impl Fn(&str) -> bool,
) -> rusqlite::Result<Option<String>> {
    let tables: Vec<(String, String)> = {
        let mut stmt = conn.prepare(
            "SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND sql LIKE '%CHECK%'",
        )?;
        let rows = stmt.query_map([], |row| Ok((row.get(0)?, row.get(1)?)))?;
        rows.collect::<rusqlite::Result<_>>()?
    };
    for (table, sql) in tables.iter().filter(|(table, _)| which(table)) {
        let clauses = check_clauses(sql);
        let table_name = format!("\"{}\"", table.replace('"', "\"\""));
        // NOT (NULL) is NULL, so a NULL result passes, as it does for a CHECK constraint.
        let broken = |condition: &str| -> rusqlite::Result<i64> {
            conn.query_row(
                &format!("SELECT count(*) FROM {table_name} WHERE {condition}"),
                [],
                |row| row.get(0),
            )
        };
        // One pass over the table for all its rules (a table of millions of rows is read
        // once, not once per rule); which rule broke is asked only when one did.
        let any: Vec<String> = clauses.iter().map(|c| format!("NOT ({c})")).collect();
        if clauses.is_empty() || broken(&any.join(" OR "))? == 0 {
            continue;
        }
        for clause in clauses {
            let count = broken(&format!("NOT ({clause})"))?;
            if count > 0 {
                return Ok(Some(format!(
                    "{count} row(s) of {table} break the rule CHECK ({clause})"
                )));
            }
        }
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
