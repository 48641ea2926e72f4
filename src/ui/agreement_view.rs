//! The agreement window: span F1 and per-field agreement with a colleague, as two tables.

use egui::RichText;

use crate::agreement::{Report, shown};

/// What the analyst asked of the agreement window.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AgreementEvent {
    ExportCsv,
    Close,
}

/// Draws the report; returns what the analyst clicked.
pub fn agreement_ui(ctx: &egui::Context, with: &str, report: &Report) -> Option<AgreementEvent> {
    let mut event = None;
    egui::Window::new(format!("Agreement with {with}"))
        .collapsible(false)
        .default_width(620.0)
        .show(ctx, |ui| {
            ui.label(format!(
                "{} articles coded by both; {} incidents paired by the evidence they share.",
                report.shared_articles, report.matched_incidents
            ));
            ui.add_space(4.0);
            ui.label(RichText::new("Evidence spans").strong());
            egui::Grid::new("agreement_spans")
                .striped(true)
                .show(ui, |ui| {
                    for heading in ["scope", "ours", "theirs", "exact", "exact F1", "partial F1"] {
                        ui.label(RichText::new(heading).weak());
                    }
                    ui.end_row();
                    for row in &report.spans {
                        ui.label(row.scope.replace('_', " "));
                        ui.label(row.ours.to_string());
                        ui.label(row.theirs.to_string());
                        ui.label(row.exact_matches.to_string());
                        ui.label(shown(row.exact_f1));
                        ui.label(shown(row.partial_f1));
                        ui.end_row();
                    }
                });
            ui.add_space(6.0);
            ui.label(RichText::new("Values on paired incidents (both coded)").strong());
            egui::Grid::new("agreement_fields")
                .striped(true)
                .show(ui, |ui| {
                    for heading in [
                        "field",
                        "pairs",
                        "agreement",
                        "Cohen's κ",
                        "Krippendorff's α",
                    ] {
                        ui.label(RichText::new(heading).weak());
                    }
                    ui.end_row();
                    for row in &report.fields {
                        ui.label(row.field.replace('_', " "));
                        ui.label(row.pairs.to_string());
                        ui.label(shown(row.agreement));
                        ui.label(shown(row.kappa));
                        ui.label(shown(row.alpha));
                        ui.end_row();
                    }
                });
            ui.label(
                RichText::new("— : undefined (no pairs, or no variation in the values)").weak(),
            );
            ui.separator();
            ui.horizontal(|ui| {
                if ui.button("Export CSV…").clicked() {
                    event = Some(AgreementEvent::ExportCsv);
                }
                if ui.button("Close").clicked() {
                    event = Some(AgreementEvent::Close);
                }
            });
        });
    event
}
