//! The right-hand panel: the incidents of the article being worked on, and the editor for the
//! selected one with the proposals read from its newest evidence.

use egui::RichText;

use super::{Action, SpanlineApp};
use crate::ui::highlight::incident_colour;
use crate::ui::incident_editor::Choices;

impl SpanlineApp {
    pub(super) fn incidents_ui(&mut self, ui: &mut egui::Ui, actions: &mut Vec<Action>) {
        ui.heading("Incidents in this article");
        let Some(open) = self.workspace.open.get(self.active_pane) else {
            ui.label("Pick an article to see its incidents.");
            return;
        };
        let selected_id = self
            .workspace
            .selected
            .as_ref()
            .map(|s| s.incident.incident_id);
        egui::ScrollArea::vertical()
            .id_salt("incident_scroll")
            .max_height(ui.available_height() * 0.4)
            .show(ui, |ui| {
                if open.incidents.is_empty() {
                    ui.label("None yet: select words and press N.");
                }
                let workspace = &self.workspace;
                let shown = open
                    .incidents
                    .iter()
                    .filter(|i| workspace.lets_through(i.incident_id));
                for incident in shown {
                    let date = incident
                        .date_start
                        .map(|d| d.to_string())
                        .unwrap_or_else(|| "undated".into());
                    // The incident's highlight colour leads its row, as a legend for the text.
                    let mut row = egui::text::LayoutJob::default();
                    let body = egui::TextStyle::Body.resolve(ui.style());
                    let swatch = egui::TextFormat {
                        background: incident_colour(incident.incident_id),
                        ..egui::TextFormat::simple(body.clone(), egui::Color32::TRANSPARENT)
                    };
                    row.append("    ", 0.0, swatch);
                    let state = if incident.proposed {
                        "proposed".to_owned()
                    } else {
                        incident.status.to_string()
                    };
                    let text = format!(" {date} · {} · {state}", incident.summary);
                    let format = if crate::ui::bidi::needs_bidi(&text) {
                        let font = crate::ui::fonts::reading_font(ui, body.size);
                        egui::TextFormat::simple(font, ui.visuals().text_color())
                    } else {
                        egui::TextFormat::simple(body, ui.visuals().text_color())
                    };
                    let row: egui::WidgetText = if crate::ui::bidi::needs_bidi(&text) {
                        // Wrapped in reading order, each line then in visual order.
                        let swatch_width = 30.0;
                        let width = ui.available_width() - swatch_width;
                        let lines = crate::ui::bidi::wrapped_display_job(ui, &text, format, width);
                        for section in &lines.sections {
                            let (from, to) = (section.byte_range.start.0, section.byte_range.end.0);
                            let words = &lines.text[from..to];
                            row.append(words, section.leading_space, section.format.clone());
                        }
                        row.wrap.max_width = f32::INFINITY;
                        egui::WidgetText::Galley(ui.fonts_mut(|fonts| fonts.layout_job(row)))
                    } else {
                        crate::ui::bidi::append_display(&mut row, &text, &format);
                        row.into()
                    };
                    let is_selected = selected_id == Some(incident.incident_id);
                    if ui.selectable_label(is_selected, row).clicked() {
                        actions.push(Action::SelectIncident(incident.incident_id));
                    }
                }
            });
        ui.separator();
        self.selected_incident_ui(ui, actions);
    }

    fn selected_incident_ui(&mut self, ui: &mut egui::Ui, actions: &mut Vec<Action>) {
        let (Some(selected), Some(editor)) = (&self.workspace.selected, &mut self.coding.editor)
        else {
            ui.label("Select an incident to code it.");
            return;
        };
        // What the editor edits: the incident and the articles its evidence is in.
        let sources: Vec<String> = {
            let mut ids: Vec<crate::model::ArticleId> = Vec::new();
            for e in &selected.evidence {
                if !ids.contains(&e.article_id) {
                    ids.push(e.article_id);
                }
            }
            ids.iter()
                .map(|id| {
                    self.workspace
                        .open
                        .iter()
                        .find(|a| a.article_id == *id)
                        .map(|a| format!("“{}”", a.meta.title))
                        .or_else(|| {
                            self.workspace
                                .corpus
                                .iter()
                                .find(|a| a.article_id == *id)
                                .map(|a| format!("“{}”", a.meta.title))
                        })
                        .unwrap_or_else(|| "an article not listed".to_owned())
                })
                .collect()
        };
        let summary = if selected.incident.summary.trim().is_empty() {
            "untitled incident".to_owned()
        } else {
            selected.incident.summary.clone()
        };
        // Pin and Delete on one row and the heading on one line, so that the fields below
        // get the column's height (at 1366×768 every field shows without scrolling).
        ui.horizontal(|ui| {
            let pin = ui.selectable_label(
                self.coding.pinned,
                if self.coding.pinned {
                    "📌 Pinned"
                } else {
                    "📌 Pin"
                },
            );
            // Above the button: below it lies the proposals tray.
            crate::ui::tooltips::above(
                &pin,
                "A pinned incident stays selected when you open another article, to code it \
                 from several sources",
            );
            if pin.clicked() {
                actions.push(Action::TogglePin);
            }
            super::chrome::command_button(
                ui,
                crate::ui::command_list::UiCommand::DeleteIncident,
                actions,
            );
        });
        ui.add(egui::Label::new(RichText::new(format!("Editing: {summary}")).strong()).truncate());
        let from = match sources.len() {
            0 => "no evidence yet".to_owned(),
            _ => format!("from {}", sources.join(", ")),
        };
        let note = if self.coding.pinned {
            format!("{from} · pinned: stays selected in other articles")
        } else {
            from
        };
        ui.label(crate::ui::bidi::label_text(ui, &note));
        // Incidents on the same dates at the same place: maybe the same event, coded twice.
        let incident_id = selected.incident.incident_id;
        let timeline = &self.workspace.timeline;
        if let Some(others) = timeline.duplicates.get(&incident_id) {
            ui.group(|ui| {
                ui.label(
                    RichText::new("Possibly the same event as")
                        .color(egui::Color32::from_rgb(255, 150, 40)),
                );
                for other in others {
                    let Some(row) = timeline.incidents.iter().find(|i| i.incident_id == *other)
                    else {
                        continue;
                    };
                    ui.horizontal_wrapped(|ui| {
                        if ui
                            .button("Merge into this")
                            .on_hover_text(
                                "Keep all evidence of both and every differing value (undoable)",
                            )
                            .clicked()
                        {
                            actions.push(Action::Merge(*other));
                        }
                        ui.label(format!(
                            "{} · {} · {} source(s)",
                            row.date_start, row.summary, row.sources
                        ));
                    });
                }
            });
        }
        // The proposal area says why the incident's date is not proposed, and offers to fix it.
        let waiting = self
            .workspace
            .open
            .get(self.active_pane)
            .filter(|_| selected.incident.date_start.is_none())
            .and_then(|open| {
                Some((
                    open.article_id,
                    crate::ui::article_pane::waiting_notice(open)?,
                ))
            });
        if let Some((article_id, notice)) = waiting {
            ui.group(|ui| {
                ui.label(RichText::new(notice).color(egui::Color32::from_rgb(255, 150, 40)));
                if ui.button("Set the article's date…").clicked() {
                    actions.push(Action::Details(
                        article_id,
                        Some(crate::ui::article_details::TextField::Date),
                    ));
                }
            });
        }
        if !self.coding.proposals.is_empty() {
            ui.group(|ui| {
                ui.horizontal(|ui| {
                    ui.label(RichText::new("Proposed from the evidence").weak());
                    if self.coding.proposals.len() > 1 && ui.button("Apply all").clicked() {
                        actions.push(Action::ApplyAllProposals);
                    }
                });
                for (index, proposal) in self.coding.proposals.iter().enumerate() {
                    ui.horizontal_wrapped(|ui| {
                        if ui.button("Apply").clicked() {
                            actions.push(Action::ApplyProposal(index));
                        }
                        // Named on the button: a tooltip would open over the next proposal.
                        if ui.small_button("Dismiss").clicked() {
                            actions.push(Action::DismissProposal(index));
                        }
                        ui.label(format!(
                            "{}: {}",
                            super::coding::proposal_label(proposal),
                            proposal.reason
                        ));
                    });
                }
            });
        }
        let codebook = &self.workspace.codebook;
        let choices = Choices {
            actors: &codebook.actors,
            places: &codebook.places,
            terms: &codebook.terms,
        };
        let output = egui::ScrollArea::vertical()
            .id_salt("incident_fields")
            .show(ui, |ui| {
                editor.ui(ui, &selected.incident, &selected.evidence, &choices)
            })
            .inner;
        if let Some((label, merge_key)) = output.changed {
            actions.push(Action::SaveEdit { label, merge_key });
        }
        if output.left_field {
            actions.push(Action::SealUndoStep);
        }
        if let Some(evidence) = output.jump_to {
            actions.push(Action::JumpToEvidence(evidence));
        }
    }
}
