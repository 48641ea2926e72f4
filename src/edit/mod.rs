//! Every change to a project: record-level edits, each applied with its inverse computed first.
//!
//! The model follows helix's `history.rs`: a [`Change`] is a list of [`Edit`]s (put a record,
//! delete a record). Applying it in one transaction reads each record's current state before
//! writing and returns the inverse change (put back the old record, or delete the new one).
//! Undo applies that inverse through the very same path, which yields the redo change in turn,
//! so undo can never diverge from do. User-level commands (`commands.rs`) only build changes.
//!
//! Limitations: the undo history lives in memory for the session; the change log in the file
//! records every write permanently but is not replayed.

pub mod commands;
mod history;

pub use history::History;

use std::collections::BTreeSet;

use rusqlite::Connection;

use crate::model::{IncidentId, Record, RecordKey, Stamp};
use crate::store::{Project, StoreError, StoreResult, change_log, records};

/// One record-level write.
// A change holds a handful of edits; boxing the large variant would buy nothing measurable.
#[allow(clippy::large_enum_variant)]
#[derive(Clone, Debug, PartialEq)]
pub enum Edit {
    /// Insert the record, or replace the one with its key.
    Put(Record),
    /// Insert a record that must be new: the change fails if one with its key exists (what a
    /// merge adds can never write over a record we have).
    Add(Record),
    /// Remove the record with this key; it must exist.
    Delete(RecordKey),
}

/// What the analyst did, as one undoable step.
#[derive(Clone, Debug, PartialEq)]
pub struct Change {
    /// Shown in the undo menu and the change log: "set date", "new incident".
    pub label: String,
    pub edits: Vec<Edit>,
}

impl Change {
    pub fn new(label: impl Into<String>, edits: Vec<Edit>) -> Self {
        Self {
            label: label.into(),
            edits,
        }
    }
}

/// Checks what the schema cannot: evidence must quote exactly the words its offsets select.
fn validate(conn: &Connection, record: &Record) -> StoreResult<()> {
    if let Record::Evidence(evidence) = record {
        let length = evidence.end.saturating_sub(evidence.start);
        let selected: Option<String> = conn
            .prepare_cached("SELECT substr(text, ?2 + 1, ?3) FROM articles WHERE article_id = ?1")?
            .query_row(
                rusqlite::params![
                    evidence.article_id.to_string(),
                    i64::try_from(evidence.start).unwrap_or(i64::MAX),
                    i64::try_from(length).unwrap_or(i64::MAX)
                ],
                |row| row.get(0),
            )
            .map_err(|err| match err {
                rusqlite::Error::QueryReturnedNoRows => {
                    StoreError::NotFound(format!("article {}", evidence.article_id))
                }
                other => other.into(),
            })?;
        if length == 0 || selected.as_deref() != Some(evidence.quote.exact.as_str()) {
            return Err(StoreError::Rejected(format!(
                "the span {}..{} does not match its quote {:?}",
                evidence.start, evidence.end, evidence.quote.exact
            )));
        }
    }
    Ok(())
}

/// The incidents a change and its inverse concern: those written or deleted, and those whose
/// evidence was (an evidence moved between incidents concerns both).
pub fn incidents_concerned(change: &Change, inverse: &Change) -> BTreeSet<IncidentId> {
    change
        .edits
        .iter()
        .chain(&inverse.edits)
        .filter_map(|edit| match edit {
            Edit::Put(Record::Incident(incident)) | Edit::Add(Record::Incident(incident)) => {
                Some(incident.incident_id)
            }
            Edit::Delete(RecordKey::Incident(id)) => Some(*id),
            Edit::Put(Record::Evidence(evidence)) | Edit::Add(Record::Evidence(evidence)) => {
                Some(evidence.incident_id)
            }
            _ => None,
        })
        .collect()
}

/// Applies `change` inside the caller's transaction, logging each write under `stamp`, and
/// returns the change that undoes it.
pub fn apply(conn: &Connection, change: &Change, stamp: &Stamp) -> StoreResult<Change> {
    let change_id = crate::model::ChangeId::new();
    let mut inverse = Vec::with_capacity(change.edits.len());
    for edit in &change.edits {
        match edit {
            Edit::Put(record) | Edit::Add(record) => {
                validate(conn, record)?;
                let key = record.key();
                let before = records::get(conn, key)?;
                if before.is_some() && matches!(edit, Edit::Add(_)) {
                    return Err(StoreError::Rejected(format!(
                        "{} {} already exists; a record added from elsewhere never replaces it",
                        key.kind(),
                        key.id_string()
                    )));
                }
                records::put(conn, record)?;
                change_log::append(conn, change_id, stamp, &change.label, key, Some(record))?;
                inverse.push(before.map_or(Edit::Delete(key), Edit::Put));
            }
            Edit::Delete(key) => {
                let before = records::get(conn, *key)?.ok_or_else(|| {
                    StoreError::NotFound(format!("{} {}", key.kind(), key.id_string()))
                })?;
                records::delete(conn, *key)?;
                change_log::append(conn, change_id, stamp, &change.label, *key, None)?;
                inverse.push(Edit::Put(before));
            }
        }
    }
    inverse.reverse();
    Ok(Change::new(change.label.clone(), inverse))
}

impl Project {
    /// Applies one change in one transaction and records it for undo. Nothing is written if any
    /// edit fails.
    pub fn run(&mut self, change: Change) -> StoreResult<()> {
        self.run_merging(change, None)
    }

    /// Like [`Project::run`], but a change with the same `merge_key` as the last one (typing into
    /// one field, say) joins that undo step instead of making a new one.
    pub fn run_merging(&mut self, change: Change, merge_key: Option<String>) -> StoreResult<()> {
        let inverse = self.apply_now(&change, &change.label)?;
        self.history_mut().record(inverse, merge_key);
        Ok(())
    }

    /// Like [`Project::run`], with `also` writing rows that are not records (another project's
    /// change log, on a merge) in the same transaction: all of it lands, or none.
    pub fn run_with(
        &mut self,
        change: Change,
        also: impl FnOnce(&Connection) -> StoreResult<()>,
    ) -> StoreResult<()> {
        self.wait_until_verified()?;
        let (conn, _, analyst) = self.parts_mut();
        let stamp = Stamp::now(analyst);
        let tx = conn.transaction()?;
        let inverse = apply(&tx, &change, &stamp)?;
        also(&tx)?;
        tx.commit()?;
        self.set_touched(incidents_concerned(&change, &inverse));
        self.history_mut().record(inverse, None);
        Ok(())
    }

    /// Applies a change in its own transaction without recording it for undo; returns its
    /// inverse. For work done in several transactions (a large import) that is recorded as one
    /// undo step with [`Project::record_undo_step`].
    pub fn apply_now(&mut self, change: &Change, log_label: &str) -> StoreResult<Change> {
        self.wait_until_verified()?;
        let (conn, _, analyst) = self.parts_mut();
        let stamp = Stamp::now(analyst);
        let tx = conn.transaction()?;
        let labelled = Change::new(log_label, change.edits.clone());
        let mut inverse = apply(&tx, &labelled, &stamp)?;
        tx.commit()?;
        self.set_touched(incidents_concerned(change, &inverse));
        inverse.label.clone_from(&change.label);
        Ok(inverse)
    }

    /// Records an already applied change's inverse as one undo step.
    pub fn record_undo_step(&mut self, inverse: Change) {
        self.history_mut().record(inverse, None);
    }

    /// Undoes the last step; returns its label, or `None` when there is nothing to undo.
    pub fn undo(&mut self) -> StoreResult<Option<String>> {
        let Some(step) = self.history_mut().take_undo() else {
            return Ok(None);
        };
        match self.apply_now(&step, &format!("undo: {}", step.label)) {
            Ok(redo) => {
                self.history_mut().push_redo(redo);
                Ok(Some(step.label))
            }
            Err(err) => {
                self.history_mut().push_undo(step);
                Err(err)
            }
        }
    }

    /// Redoes the last undone step; returns its label, or `None` when there is nothing to redo.
    pub fn redo(&mut self) -> StoreResult<Option<String>> {
        let Some(step) = self.history_mut().take_redo() else {
            return Ok(None);
        };
        match self.apply_now(&step, &format!("redo: {}", step.label)) {
            Ok(undo) => {
                self.history_mut().push_undo(undo);
                Ok(Some(step.label))
            }
            Err(err) => {
                self.history_mut().push_redo(step);
                Err(err)
            }
        }
    }

    fn history_mut(&mut self) -> &mut History {
        self.parts_mut().1
    }
}
