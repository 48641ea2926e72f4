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
                    "{} records to add, {} of ours to update with their changes, {} matched by \
                     text or name.",
                    plan.additions.len(),
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
                            "{} records were changed differently on both sides. Choose for each \
                             field; the value not chosen stays in the change log.",
                            plan.conflicts.len()
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
                    ui.label(RichText::new(&conflict.title).strong());
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
                                ui.label(&field.field);
                                ui.radio_value(choice, Choice::Ours, shown(&field.ours));
                                ui.radio_value(choice, Choice::Theirs, shown(&field.theirs));
                                ui.end_row();
                            }
                        });
                    ui.add_space(6.0);
                }
            });
    }
}

/// A field's value as the analyst reads it: text without quotes, nothing as "(empty)".
fn shown(value: &serde_json::Value) -> String {
    match value {
        serde_json::Value::Null => "(empty)".to_owned(),
        serde_json::Value::String(text) if text.is_empty() => "(empty)".to_owned(),
        serde_json::Value::String(text) => text.clone(),
        other => other.to_string(),
    }
}
