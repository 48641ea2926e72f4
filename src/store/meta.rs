//! The `project_meta` table and project-wide counts.

use rusqlite::{Connection, OptionalExtension, params};

use super::codec;
use super::error::StoreResult;

/// The fact a team project's copy keeps: the server it follows (its address, no password).
/// A file with it is changed only through that server (see [`crate::store::BeforeCommit`]).
pub const FOLLOWS_SERVER: &str = "team_address";

/// The setting that holds the targets drafting counts as in scope, one a line (read by
/// [`crate::draft::scope`], written by the undoable `set_drafting_scope`).
pub const DRAFT_SCOPE_TARGETS: &str = "draft_scope_targets";

pub fn get(conn: &Connection, key: &str) -> StoreResult<Option<String>> {
    Ok(conn
        .prepare_cached("SELECT value FROM project_meta WHERE key = ?1")?
        .query_row([key], |row| row.get(0))
        .optional()?)
}

pub fn set(conn: &Connection, key: &str, value: &str) -> StoreResult<()> {
    conn.prepare_cached(
        "INSERT INTO project_meta (key, value) VALUES (?1, ?2)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value",
    )?
    .execute(params![key, value])?;
    Ok(())
}

/// Clears the setting `key`.
pub fn remove(conn: &Connection, key: &str) -> StoreResult<()> {
    conn.prepare_cached("DELETE FROM project_meta WHERE key = ?1")?
        .execute([key])?;
    Ok(())
}

/// How much a project holds, for status bars and `spanline stats`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    pub articles: usize,
    pub incidents: usize,
    pub evidence: usize,
    pub actors: usize,
    pub places: usize,
    pub context_events: usize,
}

/// As `spanline stats` prints them, one per line.
impl std::fmt::Display for Counts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "articles {}\nincidents {}\nevidence {}\nactors {}\nplaces {}\ncontext events {}",
            self.articles,
            self.incidents,
            self.evidence,
            self.actors,
            self.places,
            self.context_events
        )
    }
}

impl Counts {
    /// These counts after a change that created and deleted `delta` records.
    pub fn after(self, delta: &super::change::CountDelta) -> Self {
        let add = |count: usize, by: i64| {
            usize::try_from(i64::try_from(count).unwrap_or(i64::MAX).saturating_add(by))
                .unwrap_or(0)
        };
        Self {
            articles: add(self.articles, delta.articles),
            incidents: add(self.incidents, delta.incidents),
            evidence: add(self.evidence, delta.evidence),
            actors: add(self.actors, delta.actors),
            places: add(self.places, delta.places),
            context_events: add(self.context_events, delta.context_events),
        }
    }
}

pub fn counts(conn: &Connection) -> StoreResult<Counts> {
    let count = |table: &str| -> StoreResult<usize> {
        let n: i64 = conn
            .prepare_cached(&format!("SELECT count(*) FROM {table}"))?
            .query_row([], |row| row.get(0))?;
        codec::offset(n, "row count")
    };
    Ok(Counts {
        articles: count("articles")?,
        incidents: count("incidents")?,
        evidence: count("evidence")?,
        actors: count("actors")?,
        places: count("places")?,
        context_events: count("context_events")?,
    })
}
