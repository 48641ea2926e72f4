//! `spanline checkout postgres://… P.db`: an offline copy of a team project, exactly as the
//! server holds it, read in one consistent snapshot. Its changes go back later through the
//! merge review analysts already know (the copy keeps the team project's id).
//!
//! What the server sends is untrusted: the copy is built under a temporary name, every row goes
//! through the file's own STRICT types and CHECK rules, and the finished file is opened and
//! checked like any file someone sent before it takes its name.

use std::path::Path;

use postgres::fallible_iterator::FallibleIterator as _;

use super::TeamError;
use super::schema;
use super::tables::{Cell, Columns, TABLES};
use crate::store::{Project, StoreError};

/// Copies the team project the client is connected to into a new project file at `target`
/// (which must not exist), and opens it. `progress` hears of each table as it is done.
pub fn checkout(
    client: &mut postgres::Client,
    address: &str,
    target: &Path,
    analyst: &str,
    progress: impl FnMut(&'static str, u64),
) -> Result<Project, TeamError> {
    checkout_at(client, address, target, analyst, progress).map(|(project, _)| project)
}

/// [`checkout`], also saying the last change-log entry the copy holds (its `row_seq`), from
/// which the copy follows the server's later changes.
pub(super) fn checkout_at(
    client: &mut postgres::Client,
    address: &str,
    target: &Path,
    analyst: &str,
    mut progress: impl FnMut(&'static str, u64),
) -> Result<(Project, i64), TeamError> {
    schema::check(client, address)?;
    let mut snapshot = client
        .build_transaction()
        .isolation_level(postgres::IsolationLevel::RepeatableRead)
        .read_only(true)
        .start()?;
    let last_entry: i64 = snapshot
        .query_one("SELECT COALESCE(max(row_seq), 0) FROM change_log", &[])?
        .get(0);
    // The copy is written inside the file's creation; a server error there is kept here and
    // reported as itself, not as a failed file.
    let mut server_error: Option<TeamError> = None;
    let created = Project::create_copied(target, analyst, |file| {
        for &table in TABLES {
            let columns = Columns::of(file, table)?;
            match copy_rows(&mut snapshot, file, &columns, None) {
                Ok(rows) => progress(table, rows),
                Err(err) => {
                    let reason = err.to_string();
                    server_error = Some(err);
                    return Err(StoreError::Rejected(reason));
                }
            }
        }
        file.execute_batch("INSERT INTO article_search (article_search) VALUES ('rebuild')")?;
        Ok(())
    });
    match (created, server_error) {
        (Ok(project), _) => Ok((project, last_entry)),
        (Err(_), Some(err)) => Err(err),
        (Err(err), None) => Err(err.into()),
    }
}

/// Copies the server's rows of `columns.table` into the same table of `file`, in the order
/// they were written: all of them, or those whose column `key.0` is `key.1`. Each row goes
/// through the file's own types and rules; says how many.
pub(super) fn copy_rows(
    server: &mut postgres::Transaction<'_>,
    file: &rusqlite::Connection,
    columns: &Columns,
    key: Option<(&str, &str)>,
) -> Result<u64, TeamError> {
    let list = columns.list();
    let table = columns.table;
    let placeholders = vec!["?"; columns.names.len()].join(", ");
    let mut insert = file
        .prepare_cached(&format!(
            "INSERT INTO \"{table}\" ({list}) VALUES ({placeholders})"
        ))
        .map_err(StoreError::from)?;
    let mut rows = match key {
        Some((column, value)) => server.query_raw(
            &format!("SELECT {list} FROM \"{table}\" WHERE \"{column}\" = $1 ORDER BY row_seq"),
            [value],
        )?,
        None => server.query_raw(
            &format!("SELECT {list} FROM \"{table}\" ORDER BY row_seq"),
            [] as [&str; 0],
        )?,
    };
    let mut count = 0u64;
    let mut cells: Vec<Cell> = Vec::with_capacity(columns.kinds.len());
    while let Some(row) = rows.next()? {
        cells.clear();
        for (index, &kind) in columns.kinds.iter().enumerate() {
            cells.push(Cell::from_server(&row, index, kind)?);
        }
        let values: Vec<_> = cells.iter().map(Cell::as_file_value).collect();
        insert
            .execute(values.as_slice())
            .map_err(|err| TeamError::Server(format!("a row of {table} was refused ({err})")))?;
        count += 1;
    }
    Ok(count)
}

/// A private temporary folder, removed with what it holds when dropped.
#[derive(Debug)]
pub struct TemporaryFolder(std::path::PathBuf);

impl TemporaryFolder {
    pub fn new() -> Result<Self, TeamError> {
        let folder = std::env::temp_dir().join(format!(
            "spanline-team-{}-{}",
            std::process::id(),
            uuid::Uuid::now_v7().simple()
        ));
        std::fs::create_dir_all(&folder).map_err(|err| {
            TeamError::Address(format!("could not make {}: {err}", folder.display()))
        })?;
        Ok(Self(folder))
    }

    pub fn path(&self) -> &Path {
        &self.0
    }
}

impl Drop for TemporaryFolder {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// A checkout in a private temporary folder, removed when dropped: what a command that reads
/// a whole project (export, draft, copy, agreement) works on when given a team project.
#[derive(Debug)]
pub struct LocalCopy {
    path: std::path::PathBuf,
    _folder: TemporaryFolder,
}

impl LocalCopy {
    /// Checks out the team project at `address` into a new temporary folder.
    pub fn of(address: &super::Address, analyst: &str) -> Result<Self, TeamError> {
        let folder = TemporaryFolder::new()?;
        let path = folder.path().join("team.db");
        let shown = address.shown();
        let mut client = address.connect()?;
        drop(checkout(&mut client, &shown, &path, analyst, |_, _| {})?);
        Ok(Self {
            path,
            _folder: folder,
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }
}
