//! Every change to a project: record-level edits, each applied with its inverse computed first.
//!
//! The model follows helix's `history.rs`: a [`Change`] is a list of [`Edit`]s (put a record,
//! delete a record). Applying it in one transaction reads each record's current state before
//! writing and returns the inverse change (put back the old record, or delete the new one).
//! Undo applies that inverse through the very same path, which yields the redo change in turn,
//! so undo can never diverge from do. User-level commands (`crate::edit::commands`) only build changes.
//!
//! Limitations: the undo history lives in memory for the session; the change log in the file
//! records every write permanently but is not replayed.

use std::collections::BTreeSet;

use rusqlite::Connection;

use super::history::History;
use super::{Project, StoreError, StoreResult, change_log, records};
use crate::model::{ArticleId, IncidentId, Record, RecordKey, Stamp};

/// One record-level write. As small as a key: a drafting run's undo holds millions of them.
#[derive(Clone, Debug, PartialEq)]
pub enum Edit {
    /// Insert the record, or replace the one with its key.
    Put(Record),
    /// Insert a record that must be new: the change fails if one with its key exists (what a
    /// merge adds can never write over a record we have).
    Add(Record),
    /// Remove the record with this key; it must exist.
    Delete(RecordKey),
    /// Set one of the project's settings (what drafting counts as in scope), or clear it
    /// (`None`). Settings are not records: they are neither logged nor sent to a team's
    /// server, but they are undone and redone like any edit.
    Setting(Box<Setting>),
}

/// One of the project's settings, and the value an edit gives it (`None` clears it).
#[derive(Clone, Debug, PartialEq)]
pub struct Setting {
    pub key: String,
    pub value: Option<String>,
}

/// What the analyst did, as one undoable step.
#[derive(Clone, Debug, PartialEq)]
pub struct Change {
    /// Shown in the undo menu and the change log: "set date", "new incident".
    pub label: String,
    pub edits: Vec<Edit>,
}

impl Edit {
    /// The key of the record this edit writes (none for a setting).
    pub fn key(&self) -> Option<RecordKey> {
        match self {
            Edit::Put(record) | Edit::Add(record) => Some(record.key()),
            Edit::Delete(key) => Some(*key),
            Edit::Setting(_) => None,
        }
    }
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
pub(super) fn validate(conn: &Connection, record: &Record) -> StoreResult<()> {
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

/// What one change (or its undo, or its redo) wrote, derived from the change and its inverse:
/// what any view of the project must re-read to be current after it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Touched {
    /// Incidents written or deleted, and those whose evidence was (an evidence moved between
    /// incidents concerns both).
    pub incidents: BTreeSet<IncidentId>,
    /// Articles written or deleted, and those whose evidence was.
    pub articles: BTreeSet<ArticleId>,
    /// Articles whose own record (details, grade) was written or deleted, not only their
    /// evidence: what the timeline rows of their incidents show must be re-read.
    pub article_records: BTreeSet<ArticleId>,
    /// Actors, places or vocabulary terms were written or deleted.
    pub codebook: bool,
    /// Context events or periods were written or deleted.
    pub context: bool,
    /// Anything may have changed: a project just opened, work committed by another connection.
    pub everything: bool,
    /// How many records of each kind the change created (positive) or deleted (negative), so
    /// that the counts shown need not be recounted over a million rows after every edit.
    pub added: CountDelta,
}

/// Records created minus records deleted, by kind.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CountDelta {
    pub articles: i64,
    pub incidents: i64,
    pub evidence: i64,
    pub actors: i64,
    pub places: i64,
    pub context_events: i64,
}

impl CountDelta {
    fn add(&mut self, key: RecordKey, by: i64) {
        let count = match key {
            RecordKey::Article(_) => &mut self.articles,
            RecordKey::Incident(_) => &mut self.incidents,
            RecordKey::Evidence(_) => &mut self.evidence,
            RecordKey::Actor(_) => &mut self.actors,
            RecordKey::Place(_) => &mut self.places,
            RecordKey::ContextEvent(_) => &mut self.context_events,
            // Vocabulary terms are not counted.
            RecordKey::Term(_) => return,
        };
        *count += by;
    }

    /// What undoing the change that made these counts does to them.
    pub fn reversed(self) -> Self {
        Self {
            articles: -self.articles,
            incidents: -self.incidents,
            evidence: -self.evidence,
            actors: -self.actors,
            places: -self.places,
            context_events: -self.context_events,
        }
    }

    fn extend(&mut self, other: CountDelta) {
        self.articles += other.articles;
        self.incidents += other.incidents;
        self.evidence += other.evidence;
        self.actors += other.actors;
        self.places += other.places;
        self.context_events += other.context_events;
    }
}

impl Touched {
    /// What `change` and its `inverse` concern.
    pub fn by(change: &Change, inverse: &Change) -> Self {
        let mut touched = Self::default();
        for edit in change.edits.iter().chain(&inverse.edits) {
            match edit {
                Edit::Put(record) | Edit::Add(record) => touched.note(record.key(), Some(record)),
                Edit::Delete(key) => touched.note(*key, None),
                // The settings drafting reads are loaded with the codebook.
                Edit::Setting(_) => touched.codebook = true,
            }
        }
        // The inverse undoes the change's edits in reverse order: a write whose undo is a
        // delete created its record; a delete removed one; a write undone by a write replaced.
        for (edit, undo) in change.edits.iter().zip(inverse.edits.iter().rev()) {
            match (edit, undo) {
                (Edit::Put(record) | Edit::Add(record), Edit::Delete(_)) => {
                    touched.added.add(record.key(), 1);
                }
                (Edit::Delete(key), _) => touched.added.add(*key, -1),
                _ => {}
            }
        }
        touched
    }

    /// Everything, for a view that must re-read all it shows.
    pub fn everything() -> Self {
        Self {
            everything: true,
            ..Self::default()
        }
    }

    fn note(&mut self, key: RecordKey, record: Option<&Record>) {
        match key {
            RecordKey::Incident(id) => {
                self.incidents.insert(id);
            }
            RecordKey::Article(id) => {
                self.articles.insert(id);
                self.article_records.insert(id);
            }
            RecordKey::Evidence(_) => {
                // A deleted span's incident and article are in the inverse's put of it.
                if let Some(Record::Evidence(evidence)) = record {
                    self.incidents.insert(evidence.incident_id);
                    self.articles.insert(evidence.article_id);
                }
            }
            RecordKey::Actor(_) | RecordKey::Place(_) | RecordKey::Term(_) => self.codebook = true,
            RecordKey::ContextEvent(_) => self.context = true,
        }
    }

    /// Adds what `other` touched.
    pub fn extend(&mut self, other: Touched) {
        self.incidents.extend(other.incidents);
        self.articles.extend(other.articles);
        self.article_records.extend(other.article_records);
        self.codebook |= other.codebook;
        self.context |= other.context;
        self.everything |= other.everything;
        self.added.extend(other.added);
    }

    pub fn is_empty(&self) -> bool {
        *self == Self::default()
    }
}

#[derive(Clone, Copy)]
enum Direction {
    Undo,
    Redo,
}

/// An undo or redo that was applied: its label and what it wrote.
#[derive(Clone, Debug, PartialEq)]
pub struct Step {
    pub label: String,
    pub touched: Touched,
}

/// Applies `change` inside the caller's transaction, logging each write under `stamp`, and
/// returns the change that undoes it.
pub fn apply(conn: &Connection, change: &Change, stamp: &Stamp) -> StoreResult<Change> {
    apply_logged_as(conn, change, &change.label, stamp)
}

/// [`apply`], the change logged under `label` (an undo's "undo: set date").
fn apply_logged_as(
    conn: &Connection,
    change: &Change,
    label: &str,
    stamp: &Stamp,
) -> StoreResult<Change> {
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
                change_log::append(conn, change_id, stamp, label, key, Some(record))?;
                inverse.push(before.map_or(Edit::Delete(key), Edit::Put));
            }
            Edit::Delete(key) => {
                let before = records::get(conn, *key)?.ok_or_else(|| {
                    StoreError::NotFound(format!("{} {}", key.kind(), key.id_string()))
                })?;
                records::delete(conn, *key)?;
                change_log::append(conn, change_id, stamp, label, *key, None)?;
                inverse.push(Edit::Put(before));
            }
            Edit::Setting(setting) => {
                let Setting { key, value } = &**setting;
                let before = super::meta::get(conn, key)?;
                match value {
                    Some(value) => super::meta::set(conn, key, value)?,
                    None => super::meta::remove(conn, key)?,
                }
                inverse.push(Edit::Setting(Box::new(Setting {
                    key: key.clone(),
                    value: before,
                })));
            }
        }
    }
    inverse.reverse();
    Ok(Change::new(change.label.clone(), inverse))
}

impl Project {
    /// Applies one change in one transaction and records it for undo; returns what it wrote.
    /// Nothing is written if any edit fails.
    pub fn run(&mut self, change: Change) -> StoreResult<Touched> {
        self.run_merging(change, None)
    }

    /// Like [`Project::run`], but a change with the same `merge_key` as the last one (typing into
    /// one field, say) joins that undo step instead of making a new one.
    pub fn run_merging(
        &mut self,
        change: Change,
        merge_key: Option<String>,
    ) -> StoreResult<Touched> {
        let (inverse, touched) = self.apply_touching(&change, &change.label)?;
        self.history_mut().record(inverse, merge_key);
        Ok(touched)
    }

    /// Like [`Project::run`], with `also` writing rows that are not records (another project's
    /// change log, on a merge) in the same transaction: all of it lands, or none.
    pub fn run_with(
        &mut self,
        change: Change,
        also: impl FnOnce(&Connection) -> StoreResult<()>,
    ) -> StoreResult<Touched> {
        self.wait_until_verified()?;
        self.check_writable()?;
        let (conn, analyst, hook) = self.writing_parts();
        let stamp = Stamp::now(analyst);
        let tx = conn.transaction()?;
        let log_after = change_log::last_row(&tx)?;
        let inverse = apply(&tx, &change, &stamp)?;
        also(&tx)?;
        if let Some(hook) = hook {
            let keys: Vec<_> = change.edits.iter().filter_map(Edit::key).collect();
            hook.before_commit(&tx, &keys, log_after)?;
        }
        tx.commit()?;
        let touched = Touched::by(&change, &inverse);
        self.history_mut().record(inverse, None);
        Ok(touched)
    }

    /// Applies a change in its own transaction without recording it for undo; returns its
    /// inverse. For work done in several transactions (a large import) that is recorded as one
    /// undo step with [`Project::record_undo_step`].
    pub fn apply_now(&mut self, change: &Change, log_label: &str) -> StoreResult<Change> {
        self.apply_touching(change, log_label)
            .map(|(inverse, _)| inverse)
    }

    /// [`Project::apply_now`], also saying what the change wrote.
    fn apply_touching(
        &mut self,
        change: &Change,
        log_label: &str,
    ) -> StoreResult<(Change, Touched)> {
        self.wait_until_verified()?;
        self.check_writable()?;
        let (conn, analyst, hook) = self.writing_parts();
        let stamp = Stamp::now(analyst);
        let tx = conn.transaction()?;
        let log_after = change_log::last_row(&tx)?;
        let mut inverse = apply_logged_as(&tx, change, log_label, &stamp)?;
        if let Some(hook) = hook {
            let keys: Vec<_> = change.edits.iter().filter_map(Edit::key).collect();
            hook.before_commit(&tx, &keys, log_after)?;
        }
        tx.commit()?;
        let touched = Touched::by(change, &inverse);
        inverse.label.clone_from(&change.label);
        Ok((inverse, touched))
    }

    /// Records an already applied change's inverse as one undo step.
    pub fn record_undo_step(&mut self, inverse: Change) {
        self.history_mut().record(inverse, None);
    }

    /// Undoes the last step; returns its label, or `None` when there is nothing to undo.
    pub fn undo(&mut self) -> StoreResult<Option<String>> {
        Ok(self.undo_step()?.map(|step| step.label))
    }

    /// Redoes the last undone step; returns its label, or `None` when there is nothing to redo.
    pub fn redo(&mut self) -> StoreResult<Option<String>> {
        Ok(self.redo_step()?.map(|step| step.label))
    }

    /// The records the next undo (or redo, when `undo` is false) would write.
    pub fn next_step_keys(&self, undo: bool) -> Vec<RecordKey> {
        let step = if undo {
            self.history().next_undo()
        } else {
            self.history().next_redo()
        };
        step.map(|step| step.edits.iter().filter_map(Edit::key).collect())
            .unwrap_or_default()
    }

    /// Undoes the last step; says what it was and what it wrote.
    pub fn undo_step(&mut self) -> StoreResult<Option<Step>> {
        self.replay(Direction::Undo)
    }

    /// Redoes the last undone step; says what it was and what it wrote.
    pub fn redo_step(&mut self) -> StoreResult<Option<Step>> {
        self.replay(Direction::Redo)
    }

    /// Applies the top step of the undo (or redo) stack, and files its inverse on the other
    /// stack; a step that fails goes back where it was.
    fn replay(&mut self, direction: Direction) -> StoreResult<Option<Step>> {
        let history = self.history_mut();
        let taken = match direction {
            Direction::Undo => history.take_undo(),
            Direction::Redo => history.take_redo(),
        };
        let Some(step) = taken else {
            return Ok(None);
        };
        let verb = match direction {
            Direction::Undo => "undo",
            Direction::Redo => "redo",
        };
        let applied = self.apply_touching(&step, &format!("{verb}: {}", step.label));
        let history = self.history_mut();
        match (applied, direction) {
            (Ok((inverse, touched)), _) => {
                match direction {
                    Direction::Undo => history.push_redo(inverse),
                    Direction::Redo => history.push_undo(inverse),
                }
                Ok(Some(Step {
                    label: step.label,
                    touched,
                }))
            }
            (Err(err), Direction::Undo) => {
                history.push_undo(step);
                Err(err)
            }
            (Err(err), Direction::Redo) => {
                history.push_redo(step);
                Err(err)
            }
        }
    }

    fn history_mut(&mut self) -> &mut History {
        self.parts_mut().1
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_edit_is_as_small_as_a_key_and_a_tag() {
        // A drafting run of 100,000 articles keeps an undo of 2.2 million deletes: at the size of
        // the largest record inline (232 bytes), that was 510 MB; boxed, it is 53 MB.
        assert!(
            std::mem::size_of::<Edit>() <= 24,
            "{}",
            std::mem::size_of::<Edit>()
        );
        assert!(std::mem::size_of::<Record>() <= 16);
    }
}
