//! The codebook window's changes: adding, editing and deleting actors, places and vocabulary
//! terms, each one undoable step.

use super::SpanlineApp;
use crate::edit::commands::{self, CodebookEntry};
use crate::model::{Actor, Place, Record, TermId, VocabTerm};
use crate::ui::codebook_editor::{CodebookChange, CodebookList, new_term_key};

impl SpanlineApp {
    /// Opens the codebook window, searching for the words selected in the article.
    pub(super) fn open_codebook(&mut self) {
        let words = self.selected_span().and_then(|(span, text)| {
            crate::model::text::char_slice(text, span.start, span.end).map(str::to_owned)
        });
        self.windows.codebook_editor.show(words);
    }

    pub(super) fn change_codebook(&mut self, change: CodebookChange) {
        match change {
            CodebookChange::Put(record, merge_key) => self.put_codebook_record(*record, merge_key),
            CodebookChange::Add(list, name) => self.add_codebook_entry(list, &name),
            CodebookChange::Scope(text) => {
                // An undo step like any edit (Ctrl+Z puts the former scope back).
                self.change(Ok(commands::set_drafting_scope(&text)));
            }
            CodebookChange::AskDelete(entry) => self.ask_to_delete(entry),
            CodebookChange::Delete(entry) => {
                let Some(project) = &self.project else { return };
                let built = commands::delete_codebook_entry(project.conn(), entry, &self.stamp());
                if self.change(built) {
                    self.windows.codebook_editor.forget_typing();
                }
            }
        }
    }

    /// Stores an edited entry; typing in one field is one undo step.
    fn put_codebook_record(&mut self, record: Record, merge_key: String) {
        let change = match record {
            Record::Actor(actor) => commands::put_actor(*actor),
            Record::Place(place) => commands::put_place(*place),
            Record::Term(term) => commands::put_term(*term),
            _ => return,
        };
        self.change_merging(Ok(change), Some(merge_key));
    }

    /// Adds an entry named `name` (or a default name) to `list` and selects it for editing.
    fn add_codebook_entry(&mut self, list: CodebookList, name: &str) {
        let name = name.trim();
        let named = |default: &str| {
            if name.is_empty() {
                default.to_owned()
            } else {
                name.to_owned()
            }
        };
        let (mut change, entry) = match list {
            CodebookList::Actors => {
                let actor = Actor::named(named("New actor"));
                let entry = CodebookEntry::Actor(actor.actor_id);
                (commands::put_actor(actor), entry)
            }
            CodebookList::Places => {
                let place = Place::named(named("New place"));
                let entry = CodebookEntry::Place(place.place_id);
                (commands::put_place(place), entry)
            }
            CodebookList::Terms(vocabulary) => {
                let label = named(&format!("New {}", list.noun()));
                let in_vocabulary: Vec<&VocabTerm> = self
                    .workspace
                    .codebook
                    .terms
                    .iter()
                    .filter(|t| t.vocabulary == vocabulary)
                    .collect();
                let taken: Vec<&str> = in_vocabulary.iter().map(|t| t.key.as_str()).collect();
                let term = VocabTerm {
                    term_id: TermId::new(),
                    vocabulary,
                    key: new_term_key(&label, &taken),
                    label,
                    parent_key: None,
                    sort_order: in_vocabulary
                        .iter()
                        .map(|t| t.sort_order)
                        .max()
                        .unwrap_or(0)
                        + 1,
                };
                let entry = CodebookEntry::Term(term.term_id);
                (commands::put_term(term), entry)
            }
        };
        change.label = change.label.replacen("edit", "add", 1);
        if self.change(Ok(change)) {
            self.windows.codebook_editor.select(list, entry);
        }
    }

    /// Asks the analyst to confirm a deletion, saying how many incidents would lose the value.
    fn ask_to_delete(&mut self, entry: CodebookEntry) {
        let Some(project) = &self.project else { return };
        match commands::incidents_using(project.conn(), entry) {
            Ok(0) => self.windows.codebook_editor.ask_to_confirm(
                entry,
                "No incident refers to it. Delete it? (Ctrl+Z brings it back.)".into(),
            ),
            Ok(count) => self.windows.codebook_editor.ask_to_confirm(
                entry,
                format!(
                    "{count} incident{} will lose this value. Delete it? (Ctrl+Z brings both back.)",
                    if count == 1 { "" } else { "s" }
                ),
            ),
            Err(err) => self.error = Some(err.to_string()),
        }
    }
}
