//! The merge window: what a colleague's project brings, and each conflicting field side by
//! side, ours and theirs, for the analyst to choose.

use egui::{Color32, RichText};

use crate::merge::{Choice, Plan};

/// A merge planned and waiting for the analyst.
pub struct MergeReview {
    /// Where their records come from, as the analyst reads it.
    pub from: String,
    pub plan: Plan,
    /// Per conflict, per field: whose value to keep.
    pub choices: Vec<Vec<Choice>>,
}

/// What the analyst decided.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MergeDecision {
    Merge,
    Cancel,
}

impl MergeReview {
    pub fn new(from: String, plan: Plan) -> Self {
        let choices = plan
            .conflicts
            .iter()
            .map(|c| vec![Choice::Ours; c.fields.len()])
            .collect();
        Self {
            from,
            plan,
            choices,
        }
    }

    /// Draws the window; returns the analyst's decision once made.
    pub fn ui(&mut self, ctx: &egui::Context) -> Option<MergeDecision> {
        let mut decision = None;
        egui::Window::new(format!("Merge from {}", self.from))
            .collapsible(false)
            .default_width(720.0)
            .show(ctx, |ui| {
                let plan = &self.plan;
                ui.label(format!(
                    "{} to add, {} of ours to update with their changes, {} matched by text or \
                     name.",
                    count(plan.additions.len(), "record"),
                    plan.updates.len(),
                    plan.matched_by_content,
                ));
                if plan.kept_deleted > 0 {
                    ui.label(format!(
                        "{} records they still have were deleted here; they stay deleted.",
                        plan.kept_deleted
                    ));
                }
                if plan.conflicts.is_empty() {
                    ui.label("Nothing conflicts: every change was made on one side only.");
                } else {
                    ui.label(
                        RichText::new(format!(
                            "{} changed differently on both sides. Choose for each field; the \
                             value not chosen stays in the change log.",
                            count(plan.conflicts.len(), "record")
                        ))
                        .color(Color32::from_rgb(230, 170, 80)),
                    );
                    ui.horizontal(|ui| {
                        if ui.button("Keep all ours").clicked() {
                            self.choose_all(Choice::Ours);
                        }
                        if ui.button("Take all theirs").clicked() {
                            self.choose_all(Choice::Theirs);
                        }
                    });
                    self.conflicts_ui(ui);
                }
                ui.separator();
                ui.horizontal(|ui| {
                    if ui.button("Merge").clicked() {
                        decision = Some(MergeDecision::Merge);
                    }
                    if ui.button("Cancel").clicked() {
                        decision = Some(MergeDecision::Cancel);
                    }
                });
            });
        decision
    }

    fn choose_all(&mut self, choice: Choice) {
        for fields in &mut self.choices {
            fields.fill(choice);
        }
    }

    fn conflicts_ui(&mut self, ui: &mut egui::Ui) {
        egui::ScrollArea::vertical()
            .max_height(420.0)
            .show(ui, |ui| {
                for (index, conflict) in self.plan.conflicts.iter().enumerate() {
                    if crate::ui::bidi::needs_bidi(&conflict.title) {
                        ui.label(crate::ui::bidi::label_text(ui, &conflict.title));
                    } else {
                        ui.label(RichText::new(&conflict.title).strong());
                    }
                    egui::Grid::new(("merge_conflict", index))
                        .num_columns(3)
                        .striped(true)
                        .show(ui, |ui| {
                            ui.label(RichText::new("field").weak());
                            ui.label(RichText::new("ours").weak());
                            ui.label(RichText::new("theirs").weak());
                            ui.end_row();
                            for (field_index, field) in conflict.fields.iter().enumerate() {
                                let choice = &mut self.choices[index][field_index];
                                ui.label(field_name(&field.field));
                                let names = &self.plan.names;
                                let ours =
                                    crate::ui::bidi::label_text(ui, &shown(&field.ours, names));
                                let theirs =
                                    crate::ui::bidi::label_text(ui, &shown(&field.theirs, names));
                                ui.radio_value(choice, Choice::Ours, ours);
                                ui.radio_value(choice, Choice::Theirs, theirs);
                                ui.end_row();
                            }
                        });
                    ui.add_space(6.0);
                }
            });
    }
}

/// A field as the analyst reads it: "perpetrator_id" → "perpetrator".
fn field_name(field: &str) -> String {
    field.trim_end_matches("_id").replace('_', " ")
}

/// A field's value as the analyst reads it: text without quotes, an actor or place by name, a
/// count as best (low–high), nothing as "(empty)".
fn shown(value: &serde_json::Value, names: &std::collections::HashMap<String, String>) -> String {
    use serde_json::Value;
    match value {
        Value::Null => "(empty)".to_owned(),
        Value::String(text) if text.is_empty() => "(empty)".to_owned(),
        Value::String(text) => names.get(text).cloned().unwrap_or_else(|| text.clone()),
        Value::Array(items) if items.is_empty() => "(empty)".to_owned(),
        Value::Array(items) => items
            .iter()
            .map(|item| shown(item, names))
            .collect::<Vec<_>>()
            .join(", "),
        Value::Object(map) if map.contains_key("best") => {
            let part = |key: &str| map.get(key).and_then(Value::as_u64);
            match (part("best"), part("low"), part("high")) {
                (None, None, None) => "(empty)".to_owned(),
                (Some(best), None, None) => best.to_string(),
                (best, low, high) => {
                    let text = |n: Option<u64>| n.map_or("?".to_owned(), |n| n.to_string());
                    format!("{} ({}–{})", text(best), text(low), text(high))
                }
            }
        }
        other => other.to_string(),
    }
}

/// "1 record", "2 records".
fn count(n: usize, what: &str) -> String {
    if n == 1 {
        format!("1 {what}")
    } else {
        format!("{n} {what}s")
    }
}
