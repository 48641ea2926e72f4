//! Merging a colleague's project (or a JSON export) into ours.
//!
//! Records are matched by id; articles also by content hash, actors and places by name and
//! vocabulary terms by key, so two projects started apart still line up. Where a record differs,
//! the change logs find the last version both sides had (the base), and each field merges three
//! ways: changed on one side only → that side's value; changed on both sides differently → a
//! conflict for the analyst, field by field. Without a common version every differing field is a
//! conflict, except lists of names (aliases, tags), which are united. Records only one side has
//! are kept (ours) or added (theirs), unless our log shows we deleted the very version they
//! still have. The result is one [`Change`]: one undo step.

pub mod plan;
pub mod received;
pub mod source;

pub use plan::{Choice, Conflict, FieldConflict, Plan, plan};
pub use source::{Side, VersionLog};

use std::path::Path;

use rusqlite::Connection;

use crate::model::Snapshot;
use crate::store::{OpenError, Project, StoreError};
use source::{ChangeLogVersions, NoHistory};

/// Why a merge cannot be planned or applied; nothing was written.
#[derive(Debug, thiserror::Error)]
pub enum MergeError {
    #[error(transparent)]
    Open(#[from] OpenError),
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("their project is refused: {0}")]
    Refused(#[from] received::Refusal),
    #[error("the merged {kind} is invalid: {source}")]
    InvalidRecord {
        kind: &'static str,
        source: serde_json::Error,
    },
}

/// Opens a project file someone sent, for reading only: checked first as an untrusted file
/// would be (header, version, exact schema, SQLite's integrity scan), then hardened read-only.
pub fn open_theirs(path: &Path) -> Result<Connection, OpenError> {
    Project::open_foreign(path)
}

/// Checks a file as everything that reads a project will read it: [`Project::check`] (header,
/// version, exact schema, integrity), then every record read and held to the model's rules
/// (an impossible date, a count that ends before it starts), which merge, the exports and
/// drafting rely on. Returns the file's format version. A file with an unfinished edit beside
/// it is judged on its structure alone (reading its records would roll the edit back).
pub fn check_file(path: &Path) -> Result<(i64, ValuesChecked), MergeError> {
    // Opening a received file runs every check of `Project::check` once; a file with an
    // unfinished edit beside it is judged on a private copy instead.
    let (conn, version) = match Project::open_foreign_with_version(path) {
        Ok(opened) => opened,
        Err(OpenError::UnfinishedEdit { .. }) => {
            return Ok((Project::check(path)?, ValuesChecked::No));
        }
        Err(err) => return Err(err.into()),
    };
    let records = source::read_records(&conn)?;
    received::check(&records)?;
    Ok((version, ValuesChecked::Yes))
}

/// Whether [`check_file`] read every value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ValuesChecked {
    Yes,
    /// An unfinished edit beside the file: only its structure was checked.
    No,
}

/// What a merge brings: their records, and their change log when they came from a project.
pub enum Theirs {
    Project(Connection),
    Export(Snapshot),
}

/// What a finished merge did.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Report {
    pub added: usize,
    pub updated: usize,
    pub conflicts_resolved: usize,
    pub log_entries_copied: usize,
    /// What the merge wrote, for views of the project to re-read.
    pub touched: crate::edit::Touched,
}

/// Plans merging `theirs` into `project` (nothing is written).
pub fn prepare(project: &Project, theirs: &Theirs) -> Result<Plan, MergeError> {
    prepare_on(project.conn(), theirs)
}

/// [`prepare`] on any connection to our project: a read-only one lets the window plan a
/// large merge on a background thread.
pub fn prepare_on(ours: &Connection, theirs: &Theirs) -> Result<Plan, MergeError> {
    let their_conn = match theirs {
        Theirs::Project(conn) => conn,
        Theirs::Export(dump) => {
            let _reading = crate::store::read_transaction(ours)?;
            let side = Side {
                // The dump stays theirs for the merge's apply; the plan takes a copy.
                records: dump.clone(),
                history: &NoHistory,
            };
            return Ok(plan(
                source::read_records_to_merge(ours)?,
                &ChangeLogVersions(ours),
                side,
            ));
        }
    };
    // Reading both sides whole is most of planning a large merge: ours is read on a second
    // thread, through a reader of its own, while theirs is read here. A project that is not
    // a file (no reader beside it) is read first.
    let (reader, our_records, their_records) = match crate::store::reader_beside(ours) {
        Ok(reader) => {
            let (our_side, their_records) = std::thread::scope(|scope| {
                let our_side = scope.spawn(move || {
                    let records = read_side(&reader);
                    records.map(|records| (reader, records))
                });
                (our_side.join(), read_theirs(their_conn))
            });
            let (reader, our_records) = our_side.map_err(|_| {
                StoreError::Rejected("reading our project stopped unexpectedly".into())
            })??;
            (Some(reader), our_records, their_records?)
        }
        Err(_) => (None, read_side(ours)?, read_theirs(their_conn)?),
    };
    let ours = reader.as_ref().unwrap_or(ours);
    // One read transaction on each side for the thousands of log lookups: one lock each.
    let _our_reading = crate::store::read_transaction(ours)?;
    let _their_reading = crate::store::read_transaction(their_conn)?;
    let side = Side {
        records: their_records,
        history: &ChangeLogVersions(their_conn),
    };
    Ok(plan(our_records, &ChangeLogVersions(ours), side))
}

/// Every record of one side, read in one read transaction: one consistent state.
fn read_side(conn: &Connection) -> Result<Snapshot, MergeError> {
    let _reading = crate::store::read_transaction(conn)?;
    Ok(source::read_records_to_merge(conn)?)
}

/// Their records, read as [`read_side`] and held to the model's rules.
fn read_theirs(conn: &Connection) -> Result<Snapshot, MergeError> {
    let records = read_side(conn)?;
    received::check(&records)?;
    Ok(records)
}

/// Applies a plan as one undoable step, conflicts resolved by `choices`; a project's change
/// log entries are copied in the same transaction.
pub fn apply(
    project: &mut Project,
    plan: Plan,
    choices: &[Vec<Choice>],
    theirs: &Theirs,
    label: &str,
) -> Result<Report, MergeError> {
    let mut report = Report {
        added: plan.additions.len(),
        updated: plan.updates.len(),
        conflicts_resolved: plan.conflicts.len(),
        log_entries_copied: 0,
        touched: Default::default(),
    };
    let change = plan.into_change(label, choices)?;
    let mut copied = 0;
    report.touched = project.run_with(change, |conn| {
        if let Theirs::Project(from) = theirs {
            copied = crate::store::change_log::copy_from(conn, from)?;
        }
        Ok(())
    })?;
    report.log_entries_copied = copied;
    Ok(report)
}
