//! The project file: the only code that speaks SQL.
//!
//! [`Project`] owns the connection to one `.db`. Reads are free functions over `&Connection` in
//! one module per table (`incidents::page(project.conn(), …)`); every write goes through
//! [`Project::run`] (in [`change`]) so that it is one transaction, logged and undoable.

pub mod actors;
mod aliases;
pub mod articles;
pub mod bulk_add;
pub mod change;
pub mod change_log;
mod codec;
pub mod context;
pub mod error;
pub mod evidence;
pub mod history;
pub mod incidents;
mod integrity;
pub mod meta;
mod open;
pub mod output_target;
pub mod places;
pub mod records;
pub mod schema;
pub mod snapshot;
pub mod temp_files;
pub mod vocab;

use std::path::{Path, PathBuf};

use rusqlite::Connection;

pub use codec::read_transaction;
pub use error::{OpenError, StoreError, StoreResult};

/// A read-only connection of its own to the project file `conn` is open on, for a long read
/// off the window's thread.
pub fn reader_beside(conn: &Connection) -> StoreResult<Connection> {
    let path = conn
        .path()
        .filter(|path| !path.is_empty())
        .ok_or_else(|| StoreError::Rejected("the project is not a file".into()))?;
    let reader =
        open::open_reader(Path::new(path)).map_err(|err| StoreError::Rejected(err.to_string()))?;
    // The window's writes lock the file for the moment they commit: a read waits them out
    // instead of failing.
    reader.busy_timeout(std::time::Duration::from_secs(10))?;
    Ok(reader)
}
pub use integrity::IntegrityStatus;

use integrity::IntegrityCheck;

use crate::model::{Record, Stamp, default_codebook as codebook};
use change::{Change, Edit};
use history::History;

/// Runs inside every transaction that applies a change to the project, after the change and
/// before the commit: a team project sends what the change wrote to its server there, and a
/// refusal (returned as an error) rolls the change back, so the file keeps nothing the server
/// did not take.
pub trait BeforeCommit: Send {
    /// `keys`: the records the change writes; `log_after`: the change log's last row before it
    /// (the change's entries, and any it copied in, come after).
    fn before_commit(
        &mut self,
        conn: &Connection,
        keys: &[crate::model::RecordKey],
        log_after: i64,
    ) -> StoreResult<()>;
}

/// An open project file.
pub struct Project {
    conn: Connection,
    path: PathBuf,
    analyst: String,
    history: History,
    integrity: IntegrityCheck,
    /// Keeps outputs from being written over this file while it is open.
    _protected: output_target::Registration,
    /// What else every change must get past before it commits (see [`BeforeCommit`]).
    before_commit: Option<Box<dyn BeforeCommit>>,
}

impl Project {
    /// Opens an existing project, checking it first (see [`OpenError`] for what is refused).
    /// SQLite's full integrity scan goes on in the background: see [`Project::integrity`].
    pub fn open(path: &Path, analyst: &str) -> Result<Self, OpenError> {
        let conn = open::open(path)?;
        // A copy or export killed mid-write beside the project leaves a hidden file behind.
        temp_files::sweep(temp_files::folder_of(path));
        let integrity = IntegrityCheck::start(path.to_owned());
        Ok(Self::with_connection(conn, path, analyst, integrity))
    }

    /// Creates a new project with the default codebook. Fails if `path` exists.
    pub fn create(path: &Path, analyst: &str) -> Result<Self, OpenError> {
        let defaults = codebook::default_terms()
            .into_iter()
            .map(Record::from)
            .chain(codebook::default_actors().into_iter().map(Record::from))
            .chain(codebook::default_places().into_iter().map(Record::from))
            .collect();
        Self::create_with(path, analyst, defaults)
    }

    /// Creates a project holding nothing, not even the default codebook: what a project is
    /// restored into from its JSON export, so every id comes back as it was.
    pub fn create_empty(path: &Path, analyst: &str) -> Result<Self, OpenError> {
        Self::create_with(path, analyst, Vec::new())
    }

    /// Creates a project file holding exactly the rows `fill` writes into the fresh schema (no
    /// project facts, no codebook, no change of its own): a copy of a project kept elsewhere,
    /// such as a team project on a server. Built under a temporary name and renamed into place;
    /// fails if `path` exists. The copy is then opened and checked like any other file.
    pub fn create_copied(
        path: &Path,
        analyst: &str,
        fill: impl FnOnce(&rusqlite::Transaction<'_>) -> StoreResult<()>,
    ) -> Result<Self, OpenError> {
        drop(open::create(path, fill)?);
        Self::open(path, analyst)
    }

    fn create_with(path: &Path, analyst: &str, records: Vec<Record>) -> Result<Self, OpenError> {
        let stamp = Stamp::now(analyst);
        let name = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let conn = open::create(path, |tx| {
            let defaults = Change::new("new project", records.into_iter().map(Edit::Put).collect());
            meta::set(tx, "project_id", &uuid::Uuid::now_v7().to_string())?;
            meta::set(tx, "name", &name)?;
            meta::set(tx, "created_at", &stamp.at.to_string())?;
            meta::set(tx, "created_by", analyst)?;
            change::apply(tx, &defaults, &stamp)?;
            Ok(())
        })?;
        Ok(Self::with_connection(
            conn,
            path,
            analyst,
            IntegrityCheck::sound(),
        ))
    }

    /// A read-only connection to this project's file for work off the UI thread.
    pub fn reader(&self) -> Result<Connection, OpenError> {
        open::open_reader(&self.path)
    }

    /// A project file someone sent, for reading only: checked as [`Project::check`] does (header,
    /// version, exact schema, integrity), then opened read-only and hardened.
    pub fn open_foreign(path: &Path) -> Result<Connection, OpenError> {
        open::open_foreign(path).map(|(conn, _)| conn)
    }

    /// [`Project::open_foreign`], with the file format version the file was written in.
    pub fn open_foreign_with_version(path: &Path) -> Result<(Connection, i64), OpenError> {
        open::open_foreign(path)
    }

    /// Checks a file as [`Project::open`] would, without changing it. Returns its format version.
    pub fn check(path: &Path) -> Result<i64, OpenError> {
        open::check(path)
    }

    fn with_connection(
        conn: Connection,
        path: &Path,
        analyst: &str,
        integrity: IntegrityCheck,
    ) -> Self {
        Self {
            conn,
            path: path.to_owned(),
            analyst: analyst.to_owned(),
            history: History::default(),
            integrity,
            _protected: output_target::Registration::of(path),
            before_commit: None,
        }
    }

    /// Refuses a change to a team project's copy opened without its server: what it wrote
    /// would never reach the server, and the copy would part from it unseen.
    pub(crate) fn check_writable(&self) -> StoreResult<()> {
        if self.before_commit.is_some() {
            return Ok(());
        }
        match meta::get(&self.conn, meta::FOLLOWS_SERVER)? {
            Some(server) => Err(StoreError::Rejected(format!(
                "this file is the copy of the team project {server}; open the team project \
                 (spanline {server}) to change it"
            ))),
            None => Ok(()),
        }
    }

    /// Makes every change from now on get past `hook` before it commits (`None`: nothing).
    pub fn set_before_commit(&mut self, hook: Option<Box<dyn BeforeCommit>>) {
        self.before_commit = hook;
    }

    /// Whether changes go past a [`BeforeCommit`] hook (a team project's server).
    pub fn has_before_commit(&self) -> bool {
        self.before_commit.is_some()
    }

    /// How the background integrity scan stands, without waiting.
    pub fn integrity(&mut self) -> &IntegrityStatus {
        self.integrity.poll()
    }

    /// Waits for the integrity scan; an error when the file is damaged. Every write waits here.
    pub fn wait_until_verified(&mut self) -> StoreResult<()> {
        self.integrity.wait()
    }

    /// Waits until the scan has found the records' tables sound, all that an export reads
    /// (the change log's half of the file may still be under way); an error when damaged.
    pub fn wait_until_records_verified(&mut self) -> StoreResult<()> {
        self.integrity.wait_for_records()
    }

    /// The connection, for reads.
    pub fn conn(&self) -> &Connection {
        &self.conn
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The analyst whose name goes into the change log.
    pub fn analyst(&self) -> &str {
        &self.analyst
    }

    pub(crate) fn parts_mut(&mut self) -> (&mut Connection, &mut History, &str) {
        (&mut self.conn, &mut self.history, &self.analyst)
    }

    /// The connection and the hook, for a transaction that applies a change.
    fn writing_parts(&mut self) -> (&mut Connection, &str, Option<&mut Box<dyn BeforeCommit>>) {
        (&mut self.conn, &self.analyst, self.before_commit.as_mut())
    }

    pub fn history(&self) -> &History {
        &self.history
    }

    /// Writes a compact copy of the whole project to `target` (replacing it), built under a
    /// temporary name and renamed into place so a half-written copy never exists.
    pub fn save_copy(&self, target: &Path) -> StoreResult<()> {
        self.write_copy(target, |_| Ok(()))
    }

    /// Like [`Project::save_copy`], but each article keeps only the words its evidence needs
    /// (each span with the context its quote carries), every other character blanked in
    /// place so offsets still hold: for sources that may not be redistributed. The search
    /// index is rebuilt from the blanked texts and the file vacuumed, so no withheld word
    /// survives in the index or in free pages. Returns how many characters were withheld.
    pub fn save_copy_without_texts(&self, target: &Path) -> StoreResult<usize> {
        self.write_copy(target, |copy_path| {
            let mut copy = rusqlite::Connection::open(copy_path)?;
            copy.execute_batch("PRAGMA secure_delete = ON")?;
            let tx = copy.transaction()?;
            let withheld = articles::withhold_texts(&tx)?;
            tx.commit()?;
            copy.execute_batch("VACUUM")?;
            Ok(withheld)
        })
    }

    /// Vacuums the project into a temporary file beside `target`, lets `finish` work on that
    /// copy, then renames it into place; on any failure the temporary file goes and `target`
    /// is left as it was.
    fn write_copy<T>(
        &self,
        target: &Path,
        finish: impl FnOnce(&Path) -> StoreResult<T>,
    ) -> StoreResult<T> {
        output_target::check(target, output_target::Output::ProjectCopy)
            .map_err(|refused| StoreError::Rejected(refused.to_string()))?;
        temp_files::sweep(temp_files::folder_of(target));
        let temp = temp_files::beside(target, temp_files::Purpose::Copying);
        // The temporary copy and any journal SQLite left beside it (a full disk, a kill).
        let clean = || {
            let _ = std::fs::remove_file(&temp);
            let mut journal = temp.clone().into_os_string();
            journal.push("-journal");
            let _ = std::fs::remove_file(journal);
        };
        clean();
        let made = self
            .conn
            .execute("VACUUM INTO ?1", [temp.to_string_lossy().as_ref()])
            .map_err(StoreError::from)
            .and_then(|_| finish(&temp));
        let made = made.inspect_err(|_| clean())?;
        std::fs::rename(&temp, target).map_err(|err| {
            clean();
            StoreError::Rejected(format!("could not write {}: {err}", target.display()))
        })?;
        Ok(made)
    }

    /// Takes the newest undo step out of this project's history, to hand it to another
    /// connection's history (work done on a background connection, undone from the window).
    pub fn take_last_undo_step(&mut self) -> Option<Change> {
        self.history.take_undo()
    }

    /// Stores one of the project's own bookkeeping settings (the team server it follows), in
    /// its own transaction once the file is known sound, with no undo step. A setting the
    /// analyst edits (the drafting scope) is an [`crate::edit::Edit::Setting`] instead.
    pub fn set_setting(&mut self, key: &str, value: &str) -> StoreResult<()> {
        self.wait_until_verified()?;
        let tx = self.conn.transaction()?;
        meta::set(&tx, key, value)?;
        tx.commit()?;
        Ok(())
    }

    /// Ends the current run of merged edits: the analyst left the field they were typing in.
    pub fn seal_undo_step(&mut self) {
        self.history.seal();
    }
}
