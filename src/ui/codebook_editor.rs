//! The codebook window: the analyst adds, renames, edits and removes the actors, places and
//! vocabulary terms incidents are coded with. Every edit is stored at once (typing in one field
//! is one undo step); a deletion asks first and says how many incidents would lose the value.

use std::collections::HashMap;

use egui::{Color32, RichText, ScrollArea, TextEdit, Ui};

use super::pickers::optional_choice;
use crate::edit::commands::CodebookEntry;
use crate::model::{Actor, Place, Record, VocabTerm, Vocabulary};
use crate::workspace::codebook::Codebook;

/// Which list the window shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum CodebookList {
    #[default]
    Actors,
    Places,
    Terms(Vocabulary),
}

impl CodebookList {
    pub const ALL: [CodebookList; 6] = [
        CodebookList::Actors,
        CodebookList::Places,
        CodebookList::Terms(Vocabulary::EventType),
        CodebookList::Terms(Vocabulary::SubType),
        CodebookList::Terms(Vocabulary::Weapon),
        CodebookList::Terms(Vocabulary::TargetType),
    ];

    pub fn title(self) -> &'static str {
        match self {
            CodebookList::Actors => "Actors",
            CodebookList::Places => "Places",
            CodebookList::Terms(Vocabulary::EventType) => "Event types",
            CodebookList::Terms(Vocabulary::SubType) => "Sub-types",
            CodebookList::Terms(Vocabulary::Weapon) => "Weapons",
            CodebookList::Terms(Vocabulary::TargetType) => "Target types",
            CodebookList::Terms(Vocabulary::Tag) => "Tags",
        }
    }

    pub fn noun(self) -> &'static str {
        match self {
            CodebookList::Actors => "actor",
            CodebookList::Places => "place",
            CodebookList::Terms(Vocabulary::EventType) => "event type",
            CodebookList::Terms(Vocabulary::SubType) => "sub-type",
            CodebookList::Terms(Vocabulary::Weapon) => "weapon",
            CodebookList::Terms(Vocabulary::TargetType) => "target type",
            CodebookList::Terms(Vocabulary::Tag) => "tag",
        }
    }
}

/// What the analyst asked for.
#[derive(Debug)]
pub enum CodebookChange {
    /// Store this edited actor, place or term; typing in one field merges under the key.
    Put(Box<Record>, String),
    /// Add an entry named by the text (a default name when empty) to the list.
    Add(CodebookList, String),
    /// The analyst pressed Delete: the app counts what refers to the entry, then asks.
    AskDelete(CodebookEntry),
    /// The analyst confirmed the deletion.
    Delete(CodebookEntry),
    /// Store what drafting counts as in scope: targets, one word or phrase a line.
    Scope(String),
}

/// The window's state: the list shown, the search text, the entry being edited and what the
/// analyst typed into its fields (kept until it is valid, so half-typed numbers are not lost).
#[derive(Default)]
pub struct CodebookEditor {
    pub open: bool,
    list: CodebookList,
    search: String,
    selected: Option<CodebookEntry>,
    typed: HashMap<&'static str, String>,
    /// The deletion waiting for the analyst's yes, with what it would clear.
    confirm: Option<(CodebookEntry, String)>,
    /// The drafting scope is shown instead of a list; its text as typed, until saved.
    scope: Option<String>,
    /// The scope shown is to be read again from the codebook (an undo changed it).
    scope_stale: bool,
}

impl CodebookEditor {
    /// Opens the window; `search` (the words selected in the article) fills the search field,
    /// so a name not yet in the codebook is one click from being added.
    pub fn show(&mut self, search: Option<String>) {
        self.open = true;
        if let Some(words) = search.filter(|w| !w.trim().is_empty()) {
            self.search = words.split_whitespace().collect::<Vec<_>>().join(" ");
        }
    }

    /// Edits `entry`, found in `list`.
    pub fn select(&mut self, list: CodebookList, entry: CodebookEntry) {
        self.list = list;
        self.selected = Some(entry);
        self.typed.clear();
        self.confirm = None;
    }

    /// Forgets typed text, so fields show what is stored (after undo, or a change from outside).
    pub fn forget_typing(&mut self) {
        self.typed.clear();
        self.confirm = None;
        self.scope_stale = true;
    }

    /// Asks the analyst to confirm deleting `entry`; `message` says what it would clear.
    pub fn ask_to_confirm(&mut self, entry: CodebookEntry, message: String) {
        self.confirm = Some((entry, message));
    }

    pub fn list(&self) -> CodebookList {
        self.list
    }

    pub fn selected(&self) -> Option<CodebookEntry> {
        self.selected
    }

    /// Draws the window over `ctx` when open; returns the analyst's change, if any.
    pub fn ui(&mut self, ctx: &egui::Context, codebook: &Codebook) -> Option<CodebookChange> {
        if !self.open {
            return None;
        }
        let mut change = None;
        let mut open = self.open;
        egui::Window::new("Codebook")
            .open(&mut open)
            .default_size([760.0, 460.0])
            .show(ctx, |ui| {
                self.tabs_ui(ui, codebook);
                ui.separator();
                if let Some(scope) = self.scope.as_mut() {
                    if std::mem::take(&mut self.scope_stale) {
                        *scope = codebook.scope_targets.join("\n");
                    }
                    change = self.scope_ui(ui);
                    return;
                }
                ui.horizontal_top(|ui| {
                    let listed = ui
                        .vertical(|ui| {
                            ui.set_width(240.0);
                            self.list_ui(ui, codebook)
                        })
                        .inner;
                    ui.separator();
                    let edited = ui.vertical(|ui| self.form_ui(ui, codebook)).inner;
                    change = listed.or(edited);
                });
            });
        self.open = open;
        change
    }

    fn tabs_ui(&mut self, ui: &mut Ui, codebook: &Codebook) {
        ui.horizontal_wrapped(|ui| {
            for list in CodebookList::ALL {
                if ui
                    .selectable_label(self.scope.is_none() && self.list == list, list.title())
                    .clicked()
                {
                    self.list = list;
                    self.selected = None;
                    self.scope = None;
                    self.forget_typing();
                }
            }
            if ui
                .selectable_label(self.scope.is_some(), "Drafting scope")
                .clicked()
                && self.scope.is_none()
            {
                self.scope = Some(codebook.scope_targets.join("\n"));
            }
        });
    }

    /// What drafting counts as in scope: the targets, one a line, and Save.
    fn scope_ui(&mut self, ui: &mut Ui) -> Option<CodebookChange> {
        let text = self.scope.as_mut()?;
        ui.label(
            "Drafting drafts an event when one of its sentences names one of these targets \
             (a word or phrase a line, any script; all-capital ones such as US must match as \
             written). Strikes by the US or the coalition and statements about many attacks are \
             always set apart.",
        );
        let label = ui.label(RichText::new("targets in scope").weak());
        ScrollArea::vertical()
            .id_salt("scope_targets")
            .max_height(300.0)
            .show(ui, |ui| {
                ui.add(
                    TextEdit::multiline(text)
                        .desired_rows(12)
                        .desired_width(f32::INFINITY),
                )
                .labelled_by(label.id);
            });
        let mut change = None;
        ui.horizontal(|ui| {
            if ui.button("Save the scope").clicked() {
                change = Some(CodebookChange::Scope(text.clone()));
            }
            if ui.button("Restore the default").clicked() {
                *text = crate::draft::scope::Scope::default_targets().join("\n");
                change = Some(CodebookChange::Scope(text.clone()));
            }
        });
        change
    }

    /// The list's entries matching the search, and the button that adds one.
    fn list_ui(&mut self, ui: &mut Ui, codebook: &Codebook) -> Option<CodebookChange> {
        let label = ui.label(RichText::new("search names and aliases").weak());
        ui.add(
            TextEdit::singleline(&mut self.search)
                .hint_text("name or alias")
                .desired_width(f32::INFINITY),
        )
        .labelled_by(label.id);
        let entries = entries(codebook, self.list);
        let search = self.search.trim().to_lowercase();
        let matching: Vec<&Entry> = entries.iter().filter(|e| e.matches(&search)).collect();
        ScrollArea::vertical()
            .id_salt("codebook_list")
            .max_height(320.0)
            .auto_shrink([false, true])
            .show(ui, |ui| {
                for entry in &matching {
                    let chosen = self.selected == Some(entry.id);
                    if ui.selectable_label(chosen, &entry.name).clicked() && !chosen {
                        self.select(self.list, entry.id);
                    }
                }
                if matching.is_empty() {
                    ui.label(RichText::new("Nothing matches.").weak());
                }
            });
        let typed_name = self.search.trim();
        let exists = entries
            .iter()
            .any(|e| e.name.eq_ignore_ascii_case(typed_name));
        let noun = self.list.noun();
        let add = if typed_name.is_empty() || exists {
            format!("Add {noun}")
        } else {
            format!("Add “{typed_name}” as {} {noun}", article_for(noun))
        };
        let name = if exists { "" } else { typed_name };
        ui.button(add)
            .clicked()
            .then(|| CodebookChange::Add(self.list, name.to_owned()))
    }

    /// The selected entry's fields, or a hint when none is selected.
    fn form_ui(&mut self, ui: &mut Ui, codebook: &Codebook) -> Option<CodebookChange> {
        let found = self.selected.and_then(|id| stored(codebook, id));
        let Some(record) = found else {
            ui.label(
                RichText::new(format!(
                    "Pick {} {} to edit it, or add one.",
                    article_for(self.list.noun()),
                    self.list.noun()
                ))
                .weak(),
            );
            return None;
        };
        let entry = self.selected?;
        let mut change = match &record {
            Record::Actor(actor) => self.fields_ui(ui, entry, &**actor, |ui, edited| {
                actor_choices_ui(ui, edited, &codebook.actors)
            }),
            Record::Place(place) => self.fields_ui(ui, entry, &**place, place_choices_ui),
            Record::Term(term) => self.fields_ui(ui, entry, &**term, |ui, edited| {
                term_choices_ui(ui, edited, &codebook.terms)
            }),
            _ => None,
        };
        ui.add_space(8.0);
        match &self.confirm {
            Some((asked, message)) if *asked == entry => {
                ui.label(RichText::new(message).color(ui.visuals().warn_fg_color));
                ui.horizontal(|ui| {
                    if ui
                        .button(RichText::new("Delete").color(Color32::LIGHT_RED))
                        .clicked()
                    {
                        change = Some(CodebookChange::Delete(entry));
                    }
                    if ui.button("Cancel").clicked() {
                        self.confirm = None;
                    }
                });
            }
            _ => {
                if ui.button(format!("Delete {}…", self.list.noun())).clicked() {
                    change = Some(CodebookChange::AskDelete(entry));
                }
            }
        }
        change
    }

    /// The text fields of `stored` and its choices (`choices_ui` edits the record directly and
    /// says which field it changed); returns the edited record when it changed and is valid.
    fn fields_ui<R: Form>(
        &mut self,
        ui: &mut Ui,
        entry: CodebookEntry,
        stored: &R,
        choices_ui: impl FnOnce(&mut Ui, &mut R) -> Option<&'static str>,
    ) -> Option<CodebookChange> {
        let mut edited = stored.clone();
        let mut changed_field = None;
        let mut problems = Vec::new();
        egui::Grid::new(("codebook_form", entry))
            .num_columns(2)
            .striped(true)
            .show(ui, |ui| {
                for field in R::FIELDS {
                    let label = ui.label(field.label);
                    let text = self
                        .typed
                        .entry(field.key)
                        .or_insert_with(|| stored.text(field.key));
                    let edit = if field.multiline {
                        TextEdit::multiline(text).desired_rows(3)
                    } else {
                        TextEdit::singleline(text)
                    };
                    let response = ui
                        .add(edit.hint_text(field.hint).desired_width(320.0))
                        .labelled_by(label.id);
                    if response.changed() {
                        changed_field = Some(field.key);
                    }
                    ui.end_row();
                    if let Err(problem) = edited.set(field.key, text) {
                        problems.push(format!("{}: {problem}", field.label));
                    }
                }
                if let Some(field) = choices_ui(ui, &mut edited) {
                    changed_field = Some(field);
                }
            });
        if let Some(note) = R::note(stored) {
            ui.label(RichText::new(note).weak());
        }
        for problem in &problems {
            ui.label(RichText::new(problem).color(ui.visuals().warn_fg_color));
        }
        let field = changed_field?;
        (problems.is_empty() && edited != *stored).then(|| {
            CodebookChange::Put(
                Box::new(edited.into_record()),
                format!("codebook:{}:{field}", entry_id(entry)),
            )
        })
    }
}

fn entry_id(entry: CodebookEntry) -> String {
    match entry {
        CodebookEntry::Actor(id) => id.to_string(),
        CodebookEntry::Place(id) => id.to_string(),
        CodebookEntry::Term(id) => id.to_string(),
    }
}

fn article_for(noun: &str) -> &'static str {
    if noun.starts_with(['a', 'e', 'i', 'o', 'u']) {
        "an"
    } else {
        "a"
    }
}

/// One line of the list: an entry with the names it can be found by.
struct Entry {
    id: CodebookEntry,
    name: String,
    aliases: Vec<String>,
}

impl Entry {
    /// Whether the lowercased `search` is part of its name or an alias.
    fn matches(&self, search: &str) -> bool {
        search.is_empty()
            || std::iter::once(&self.name)
                .chain(&self.aliases)
                .any(|name| name.to_lowercase().contains(search))
    }
}

fn entries(codebook: &Codebook, list: CodebookList) -> Vec<Entry> {
    match list {
        CodebookList::Actors => codebook
            .actors
            .iter()
            .map(|a| Entry {
                id: CodebookEntry::Actor(a.actor_id),
                name: a.name.clone(),
                aliases: a.aliases.clone(),
            })
            .collect(),
        CodebookList::Places => codebook
            .places
            .iter()
            .map(|p| Entry {
                id: CodebookEntry::Place(p.place_id),
                name: p.name.clone(),
                aliases: p.aliases.clone(),
            })
            .collect(),
        CodebookList::Terms(vocabulary) => codebook
            .terms
            .iter()
            .filter(|t| t.vocabulary == vocabulary)
            .map(|t| Entry {
                id: CodebookEntry::Term(t.term_id),
                name: t.label.clone(),
                aliases: vec![t.key.clone()],
            })
            .collect(),
    }
}

/// The stored record of `entry`, if the codebook still has it.
fn stored(codebook: &Codebook, entry: CodebookEntry) -> Option<Record> {
    match entry {
        CodebookEntry::Actor(id) => codebook
            .actors
            .iter()
            .find(|a| a.actor_id == id)
            .cloned()
            .map(Record::from),
        CodebookEntry::Place(id) => codebook
            .places
            .iter()
            .find(|p| p.place_id == id)
            .cloned()
            .map(Record::from),
        CodebookEntry::Term(id) => codebook
            .terms
            .iter()
            .find(|t| t.term_id == id)
            .cloned()
            .map(Record::from),
    }
}

/// An actor's "front for / part of" choice.
fn actor_choices_ui(ui: &mut Ui, edited: &mut Actor, actors: &[Actor]) -> Option<&'static str> {
    let label = ui.label("front for / part of");
    let name_of = |id| {
        actors
            .iter()
            .find(|a| Some(a.actor_id) == id)
            .map_or("—".to_owned(), |a| a.name.clone())
    };
    let current = name_of(edited.parent_id);
    let own = edited.actor_id;
    let options = actors
        .iter()
        .filter(|a| a.actor_id != own)
        .map(|a| (a.actor_id, a.name.clone()));
    let response = optional_choice(
        ui,
        "codebook_parent",
        label.id,
        &mut edited.parent_id,
        current,
        "—",
        options,
    );
    ui.end_row();
    response.changed().then_some("parent")
}

/// UCDP's `where_prec` scale, which a place's geo precision uses.
const GEO_PRECISIONS: [(u8, &str); 7] = [
    (1, "1 · the exact place"),
    (2, "2 · within about 25 km"),
    (3, "3 · a district (second-order division)"),
    (4, "4 · a province (first-order division)"),
    (5, "5 · a road, river or larger area"),
    (6, "6 · only the country"),
    (7, "7 · international waters or airspace"),
];

fn place_choices_ui(ui: &mut Ui, edited: &mut Place) -> Option<&'static str> {
    let label = ui.label("geo precision");
    let current = edited
        .geo_precision
        .and_then(|p| GEO_PRECISIONS.iter().find(|(n, _)| *n == p))
        .map_or("—".to_owned(), |(_, text)| (*text).to_owned());
    let options = GEO_PRECISIONS
        .iter()
        .map(|(n, text)| (*n, (*text).to_owned()));
    let response = optional_choice(
        ui,
        "codebook_geo_precision",
        label.id,
        &mut edited.geo_precision,
        current,
        "—",
        options,
    );
    ui.end_row();
    response.changed().then_some("geo_precision")
}

/// A sub-type's event type.
fn term_choices_ui(
    ui: &mut Ui,
    edited: &mut VocabTerm,
    terms: &[VocabTerm],
) -> Option<&'static str> {
    if edited.vocabulary != Vocabulary::SubType {
        return None;
    }
    let label = ui.label("refines event type");
    let event_types = || {
        terms
            .iter()
            .filter(|t| t.vocabulary == Vocabulary::EventType)
    };
    let current = edited.parent_key.as_ref().map_or("—".to_owned(), |key| {
        event_types()
            .find(|t| &t.key == key)
            .map_or(key.clone(), |t| t.label.clone())
    });
    let options = event_types().map(|t| (t.key.clone(), t.label.clone()));
    let response = optional_choice(
        ui,
        "codebook_term_parent",
        label.id,
        &mut edited.parent_key,
        current,
        "—",
        options,
    );
    ui.end_row();
    response.changed().then_some("parent")
}

/// One text field of a codebook form.
pub struct TextField {
    key: &'static str,
    label: &'static str,
    hint: &'static str,
    multiline: bool,
}

const fn line(key: &'static str, label: &'static str, hint: &'static str) -> TextField {
    TextField {
        key,
        label,
        hint,
        multiline: false,
    }
}

const fn lines(key: &'static str, label: &'static str, hint: &'static str) -> TextField {
    TextField {
        key,
        label,
        hint,
        multiline: true,
    }
}

/// A codebook record as a form of text fields: how each field reads and how typed text is
/// checked and written back.
pub trait Form: Clone + PartialEq {
    const FIELDS: &'static [TextField];
    fn text(&self, key: &str) -> String;
    /// Writes the typed text into the field, or says why it cannot be stored.
    fn set(&mut self, key: &str, text: &str) -> Result<(), &'static str>;
    /// A line under the form about what cannot be edited here.
    fn note(&self) -> Option<String> {
        None
    }
    fn into_record(self) -> Record;
}

impl Form for Actor {
    const FIELDS: &'static [TextField] = &[
        line("name", "name", "as the codebook names it"),
        line("kind", "kind", "militia, front name, state force…"),
        lines("aliases", "aliases", "one spelling per line"),
        lines("notes", "notes", ""),
    ];

    fn text(&self, key: &str) -> String {
        match key {
            "name" => self.name.clone(),
            "kind" => self.kind.clone().unwrap_or_default(),
            "aliases" => self.aliases.join("\n"),
            _ => self.notes.clone().unwrap_or_default(),
        }
    }

    fn set(&mut self, key: &str, text: &str) -> Result<(), &'static str> {
        match key {
            "name" => self.name = required(text)?,
            "kind" => self.kind = optional(text),
            "aliases" => self.aliases = one_per_line(text),
            _ => self.notes = optional(text),
        }
        Ok(())
    }

    fn into_record(self) -> Record {
        Record::from(self)
    }
}

impl Form for Place {
    const FIELDS: &'static [TextField] = &[
        line("name", "name", "as the codebook names it"),
        line("admin1", "province / governorate", "Baghdad, Anbar…"),
        line("country", "country", "Iraq"),
        line("iso3", "ISO country code", "IRQ"),
        line("latitude", "latitude", "33.30 (north is positive)"),
        line("longitude", "longitude", "44.38 (east is positive)"),
        lines("aliases", "aliases", "one spelling per line"),
        lines("notes", "notes", ""),
    ];

    fn text(&self, key: &str) -> String {
        let number = |n: Option<f64>| n.map(|n| n.to_string()).unwrap_or_default();
        match key {
            "name" => self.name.clone(),
            "admin1" => self.admin1.clone().unwrap_or_default(),
            "country" => self.country.clone().unwrap_or_default(),
            "iso3" => self.iso3.clone().unwrap_or_default(),
            "latitude" => number(self.latitude),
            "longitude" => number(self.longitude),
            "aliases" => self.aliases.join("\n"),
            _ => self.notes.clone().unwrap_or_default(),
        }
    }

    fn set(&mut self, key: &str, text: &str) -> Result<(), &'static str> {
        match key {
            "name" => self.name = required(text)?,
            "admin1" => self.admin1 = optional(text),
            "country" => self.country = optional(text),
            "iso3" => {
                self.iso3 = optional(text).map(|code| code.to_uppercase());
                if self
                    .iso3
                    .as_ref()
                    .is_some_and(|c| c.len() != 3 || !c.chars().all(|ch| ch.is_ascii_alphabetic()))
                {
                    return Err("three letters, like IRQ or SYR");
                }
            }
            "latitude" => self.latitude = degrees(text, 90.0)?,
            "longitude" => self.longitude = degrees(text, 180.0)?,
            "aliases" => self.aliases = one_per_line(text),
            _ => self.notes = optional(text),
        }
        Ok(())
    }

    fn into_record(self) -> Record {
        Record::from(self)
    }
}

impl Form for VocabTerm {
    const FIELDS: &'static [TextField] = &[line("label", "label", "as the analyst reads it")];

    fn text(&self, _key: &str) -> String {
        self.label.clone()
    }

    fn set(&mut self, _key: &str, text: &str) -> Result<(), &'static str> {
        self.label = required(text)?;
        Ok(())
    }

    fn note(&self) -> Option<String> {
        Some(format!(
            "Stored in incidents as “{}”, which stays when the label changes.",
            self.key
        ))
    }

    fn into_record(self) -> Record {
        Record::from(self)
    }
}

fn required(text: &str) -> Result<String, &'static str> {
    let text = text.trim();
    if text.is_empty() {
        Err("cannot be empty")
    } else {
        Ok(text.to_owned())
    }
}

fn optional(text: &str) -> Option<String> {
    let text = text.trim();
    (!text.is_empty()).then(|| text.to_owned())
}

/// Aliases typed one per line: trimmed, blank lines and repeats dropped, order kept.
fn one_per_line(text: &str) -> Vec<String> {
    let mut aliases: Vec<String> = Vec::new();
    for alias in text.lines().map(str::trim).filter(|a| !a.is_empty()) {
        if !aliases.iter().any(|a| a == alias) {
            aliases.push(alias.to_owned());
        }
    }
    aliases
}

/// A latitude or longitude in decimal degrees within ±`limit`; empty is unknown.
fn degrees(text: &str, limit: f64) -> Result<Option<f64>, &'static str> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    match text.parse::<f64>() {
        Ok(value) if value.is_finite() && value.abs() <= limit => Ok(Some(value)),
        Ok(_) if limit == 90.0 => Err("between -90 and 90"),
        Ok(_) => Err("between -180 and 180"),
        Err(_) => Err("a number in decimal degrees, like 33.30"),
    }
}

/// A term key made from its first label: lowercase words joined by underscores, made unique
/// among `taken` by a number.
pub fn new_term_key(label: &str, taken: &[&str]) -> String {
    let mut base = String::new();
    for word in label
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        if !base.is_empty() {
            base.push('_');
        }
        base.push_str(&word.to_lowercase());
    }
    if base.is_empty() {
        base = "term".into();
    }
    let mut key = base.clone();
    let mut n = 2;
    while taken.contains(&key.as_str()) {
        key = format!("{base}_{n}");
        n += 1;
    }
    key
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn term_keys_are_lowercase_words_and_unique() {
        assert_eq!(new_term_key("Drone (loitering)", &[]), "drone_loitering");
        assert_eq!(new_term_key("Drone", &["drone"]), "drone_2");
        assert_eq!(new_term_key("Drone", &["drone", "drone_2"]), "drone_3");
        assert_eq!(new_term_key("…", &[]), "term");
        assert_eq!(new_term_key("صاروخ كاتيوشا", &[]), "صاروخ_كاتيوشا");
    }

    #[test]
    fn aliases_are_one_per_line_without_blanks_or_repeats() {
        assert_eq!(
            one_per_line(" KH \n\nKataib Hezbollah\nKH\n"),
            vec!["KH".to_owned(), "Kataib Hezbollah".to_owned()]
        );
    }

    #[test]
    fn coordinates_must_be_degrees_in_range() {
        assert_eq!(degrees(" 33.30 ", 90.0), Ok(Some(33.3)));
        assert_eq!(degrees("", 90.0), Ok(None));
        assert!(degrees("91", 90.0).is_err());
        assert!(degrees("-181", 180.0).is_err());
        assert!(degrees("33,3", 90.0).is_err());
        assert!(degrees("NaN", 90.0).is_err());
    }

    #[test]
    fn a_place_form_refuses_a_bad_country_code_and_keeps_a_good_one_uppercase() {
        let mut place = Place::named("Erbil");
        assert!(place.set("iso3", "Iraq").is_err());
        assert_eq!(place.set("iso3", "irq"), Ok(()));
        assert_eq!(place.iso3.as_deref(), Some("IRQ"));
        assert!(place.set("name", "  ").is_err());
    }
}
