//! The undo and redo stacks of one session.

use super::change::Change;

/// Each entry is the change that reverses a step (on the undo stack) or repeats it (on redo).
#[derive(Debug, Default)]
pub struct History {
    undo: Vec<(Change, Option<String>)>,
    redo: Vec<Change>,
}

impl History {
    /// Records a new step's inverse. A new step clears redo. When `merge_key` equals the key of
    /// the step on top, the two become one step: the older inverse already restores the state
    /// before both, so the newer one is dropped.
    pub(super) fn record(&mut self, inverse: Change, merge_key: Option<String>) {
        self.redo.clear();
        if let (Some(key), Some((_, top_key))) = (&merge_key, self.undo.last())
            && top_key.as_ref() == Some(key)
        {
            return;
        }
        self.undo.push((inverse, merge_key));
    }

    /// Stops merging into the step on top: the next change starts a new undo step even with the
    /// same key (the analyst left the field).
    pub fn seal(&mut self) {
        if let Some((_, key)) = self.undo.last_mut() {
            *key = None;
        }
    }

    pub(crate) fn take_undo(&mut self) -> Option<Change> {
        self.undo.pop().map(|(change, _)| change)
    }

    pub(super) fn push_redo(&mut self, change: Change) {
        self.redo.push(change);
    }

    pub(super) fn take_redo(&mut self) -> Option<Change> {
        self.redo.pop()
    }

    /// Pushes an undo step without touching redo (for redo itself, and failed undos).
    pub(super) fn push_undo(&mut self, change: Change) {
        self.undo.push((change, None));
    }

    /// The step Undo would apply.
    pub(super) fn next_undo(&self) -> Option<&Change> {
        self.undo.last().map(|(change, _)| change)
    }

    /// The step Redo would apply.
    pub(super) fn next_redo(&self) -> Option<&Change> {
        self.redo.last()
    }

    /// Label of the step Undo would reverse.
    pub fn undo_label(&self) -> Option<&str> {
        self.undo.last().map(|(change, _)| change.label.as_str())
    }

    /// Label of the step Redo would repeat.
    pub fn redo_label(&self) -> Option<&str> {
        self.redo.last().map(|change| change.label.as_str())
    }
}
