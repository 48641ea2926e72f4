//! The middle of the window: the toolbar, then one article or two side by side.

use super::chrome::command_button;
use super::{Action, SpanlineApp};
use crate::ui::article_pane::PaneEvent;
use crate::ui::command_list::UiCommand;

impl SpanlineApp {
    /// The middle of the window: the toolbar, then one article or two side by side.
    pub(super) fn articles_ui(&mut self, ui: &mut egui::Ui, actions: &mut Vec<Action>) {
        if let Some(error) = &self.error {
            ui.colored_label(egui::Color32::from_rgb(220, 80, 80), error);
            if self
                .team
                .as_ref()
                .is_some_and(|link| link.refused.is_some())
            {
                ui.horizontal(|ui| {
                    if ui
                        .button("Apply mine again")
                        .on_hover_text("Store your edit over the value now shown")
                        .clicked()
                    {
                        actions.push(Action::ApplyMineAgain);
                    }
                    if ui
                        .button("Keep theirs")
                        .on_hover_text("Leave the value now shown, and forget your edit")
                        .clicked()
                    {
                        actions.push(Action::KeepTheirs);
                    }
                });
            }
            ui.separator();
        }
        if self.project.is_none() {
            self.start_screen_ui(ui, actions);
            return;
        }
        if self.panes.is_empty() {
            ui.label("Pick an article on the left to read it with its evidence highlighted.");
            ui.label("Right-click an article to open it beside another, to corroborate from two sources.");
            ui.label(
                "Import articles with File ▸ Import articles… or by dropping files on the window.",
            );
            return;
        }
        // Wrapped: at narrow widths the last buttons go to a second row instead of off the edge.
        ui.horizontal_wrapped(|ui| {
            command_button(ui, UiCommand::NewIncident, actions);
            command_button(ui, UiCommand::IncidentsFromDates, actions);
            if let Some(command) =
                crate::ui::command_list::toolbar_button(ui, UiCommand::DraftIncidents)
            {
                actions.push(Action::Command(command));
            }
            // Stays open while fields are ticked; closes when clicked outside or after attaching.
            let config = egui::containers::menu::MenuConfig::new()
                .close_behavior(egui::PopupCloseBehavior::CloseOnClickOutside);
            egui::containers::menu::MenuButton::new("Attach as evidence…")
                .config(config)
                .ui(ui, |ui| {
                    for (_, field) in crate::ui::command_list::FIELD_KEYS {
                        command_button(ui, UiCommand::Attach(field), actions);
                    }
                    ui.separator();
                    // One span for several fields at once: tick them, then attach.
                    ui.label("Or for several fields at once:");
                    for (_, field) in crate::ui::command_list::FIELD_KEYS {
                        let mut ticked = self.coding.attach_set.contains(&field);
                        let label = crate::ui::command_list::field_label(field);
                        if ui.checkbox(&mut ticked, label).changed() {
                            if ticked {
                                self.coding.attach_set.push(field);
                            } else {
                                self.coding.attach_set.retain(|f| *f != field);
                            }
                        }
                    }
                    let n = self.coding.attach_set.len();
                    if ui
                        .add_enabled(
                            n > 0,
                            egui::Button::new(format!("Attach to the {n} ticked fields")),
                        )
                        .clicked()
                    {
                        actions.push(Action::AttachToTicked);
                        ui.close();
                    }
                    ui.label(
                        egui::RichText::new(
                            "Pressing a second number key adds its field to the same words",
                        )
                        .weak(),
                    );
                });
            ui.checkbox(&mut self.show_suggestions, "Show suggestions")
                .on_hover_text(
                    "Underline dates, counts, actors, places and weapons the proposals recognise; \
                 click one to attach it to the selected incident",
                );
            if self.panes.len() > 1 && ui.button("Close the second article").clicked() {
                actions.push(Action::CloseBeside);
            }
        });
        let show_suggestions = self.show_suggestions;
        let mut events: Vec<(usize, PaneEvent)> = Vec::new();
        let mut worked_in = None;
        let count = self.panes.len();
        let open = &self.workspace.open;
        let active = self.active_pane;
        let typing = self
            .panes
            .get(active)
            .is_some_and(|p| p.view.other_widget_has_keyboard(ui.ctx()));
        let adjustable = self.adjustable_evidence();
        ui.columns(count, |columns| {
            let shown = columns.iter_mut().zip(self.panes.iter_mut()).zip(open);
            for (index, ((column, pane), article)) in shown.enumerate() {
                let salt = format!("source_scroll_{index}");
                let keys_scroll = index == active && !typing;
                let handles = adjustable
                    .as_ref()
                    .filter(|e| e.article_id == article.article_id)
                    .map(|e| e.start..e.end);
                let (event, interacted) = pane.ui(
                    column,
                    article,
                    &salt,
                    show_suggestions,
                    keys_scroll,
                    handles,
                );
                if let Some(event) = event {
                    events.push((index, event));
                }
                if interacted {
                    worked_in = Some(index);
                }
            }
        });
        if let Some(index) = worked_in {
            self.active_pane = index;
        }
        for (index, event) in events {
            actions.push(match event {
                PaneEvent::SelectIncident(incident_id) => Action::SelectIncident(incident_id),
                PaneEvent::Command(command) => {
                    // The context menu of a pane acts on that pane's selection.
                    self.active_pane = index;
                    Action::Command(command)
                }
                PaneEvent::ClickSuggestion(suggestion) => {
                    Action::PreviewSuggestion(index, suggestion)
                }
                PaneEvent::Details(field) => match self.panes.get(index) {
                    Some(pane) => Action::Details(pane.article_id, field),
                    None => continue,
                },
                PaneEvent::ResizeSpan(range) => Action::ResizeSpan(range),
            });
        }
    }
}
