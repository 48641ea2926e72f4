//! The window where the analyst adds, edits and removes context events and periods (a strike,
//! a truce) that the timeline draws behind the incidents.

use std::collections::HashMap;

use egui::{ComboBox, RichText, TextEdit};

use crate::model::{ContextEvent, ContextEventId, ContextKind};

/// What the analyst changed.
#[derive(Debug)]
pub enum ContextChange {
    /// Store this event (new or edited); typing in one field merges under the key.
    Put(ContextEvent, String),
    Delete(ContextEventId),
    Add,
}

/// Dates as typed, kept until they parse, per event and field.
#[derive(Default)]
pub struct ContextEditor {
    pub open: bool,
    typed: HashMap<(ContextEventId, &'static str), String>,
}

impl ContextEditor {
    /// Draws the window over `ctx` when open; returns the analyst's change, if any.
    pub fn ui(&mut self, ctx: &egui::Context, events: &[ContextEvent]) -> Option<ContextChange> {
        if !self.open {
            return None;
        }
        let mut change = None;
        let mut open = self.open;
        egui::Window::new("Context events")
            .open(&mut open)
            .default_width(560.0)
            .show(ctx, |ui| {
                ui.label(
                    RichText::new(
                        "Events are drawn as lines on the timeline, periods as shaded bands.",
                    )
                    .weak(),
                );
                egui::Grid::new("context_events")
                    .num_columns(5)
                    .striped(true)
                    .show(ui, |ui| {
                        for event in events {
                            let id = event.context_event_id;
                            let mut edited = event.clone();
                            let mut field = None;
                            let label = ui.label(RichText::new("label").weak());
                            if ui
                                .add(TextEdit::singleline(&mut edited.label).desired_width(200.0))
                                .labelled_by(label.id)
                                .changed()
                            {
                                field = Some("label");
                            }
                            ComboBox::from_id_salt(("context_kind", id))
                                .selected_text(edited.kind.to_string())
                                .show_ui(ui, |ui| {
                                    for kind in ContextKind::ALL {
                                        if ui
                                            .selectable_value(
                                                &mut edited.kind,
                                                *kind,
                                                kind.to_string(),
                                            )
                                            .changed()
                                        {
                                            field = Some("kind");
                                        }
                                    }
                                })
                                .response
                                .labelled_by(label.id);
                            for key in ["start", "end"] {
                                let current = match key {
                                    "start" => Some(edited.date_start),
                                    _ => edited.date_end,
                                };
                                let text = self.typed.entry((id, key)).or_insert_with(|| {
                                    current.map(|d| d.to_string()).unwrap_or_default()
                                });
                                let hint = if key == "start" {
                                    "YYYY-MM-DD"
                                } else {
                                    "end (periods)"
                                };
                                let response = ui
                                    .add(
                                        TextEdit::singleline(text)
                                            .hint_text(hint)
                                            .desired_width(90.0),
                                    )
                                    .labelled_by(label.id);
                                if response.changed() {
                                    match (key, text.trim()) {
                                        ("end", "") => {
                                            edited.date_end = None;
                                            field = Some("end");
                                        }
                                        (_, typed) => {
                                            if let Ok(date) = typed.parse() {
                                                if key == "start" {
                                                    edited.date_start = date
                                                } else {
                                                    edited.date_end = Some(date)
                                                }
                                                field = Some(key);
                                            }
                                        }
                                    }
                                }
                            }
                            if ui.small_button("Delete").clicked() {
                                change = Some(ContextChange::Delete(id));
                            }
                            ui.end_row();
                            if let Some(field) = field
                                && edited != *event
                            {
                                change = Some(ContextChange::Put(
                                    edited,
                                    format!("context:{id}:{field}"),
                                ));
                            }
                        }
                    });
                if ui.button("Add a context event").clicked() {
                    change = Some(ContextChange::Add);
                }
            });
        self.open = open;
        change
    }
}
