//! The window's frame: menu bar, status bar, start screen and the shortcut overlay (F1),
//! all drawn from the one command list.

use egui::RichText;

use super::{Action, SpanlineApp};
use crate::ui::command_list::{FIELD_KEYS, UiCommand};

impl SpanlineApp {
    pub(super) fn menu_bar_ui(&mut self, ui: &mut egui::Ui, actions: &mut Vec<Action>) {
        egui::MenuBar::new().ui(ui, |ui| {
            ui.menu_button("File", |ui| {
                for command in [
                    UiCommand::NewProject,
                    UiCommand::RestoreFromExport,
                    UiCommand::OpenProject,
                ] {
                    command_button(ui, command, actions);
                }
                ui.menu_button("Open recent", |ui| {
                    if self.recent.is_empty() {
                        ui.label("No recent projects");
                    }
                    for path in &self.recent {
                        if ui.button(path.display().to_string()).clicked() {
                            actions.push(Action::OpenRecent(path.clone()));
                            ui.close();
                        }
                    }
                });
                ui.separator();
                for command in [
                    UiCommand::SaveCopy,
                    UiCommand::SaveCopyWithoutTexts,
                    UiCommand::ImportArticles,
                    UiCommand::ImportFromWeb,
                    UiCommand::ImportIncidents,
                    UiCommand::MergeProject,
                    UiCommand::Agreement,
                ] {
                    command_button(ui, command, actions);
                }
                ui.menu_button("Export", |ui| {
                    for format in crate::export::Format::ALL {
                        command_button(ui, UiCommand::Export(format), actions);
                    }
                });
                ui.separator();
                command_button(ui, UiCommand::Quit, actions);
            });
            ui.menu_button("Edit", |ui| {
                // Undo and Redo say which step they take back or repeat.
                let history = self.project.as_ref().map(|p| p.history());
                for (command, label) in [
                    (UiCommand::Undo, history.and_then(|h| h.undo_label())),
                    (UiCommand::Redo, history.and_then(|h| h.redo_label())),
                ] {
                    let text = match label {
                        Some(step) => format!("{} “{step}”", command.label()),
                        None => command.label(),
                    };
                    let shortcut = command.shortcut_text(ui.ctx());
                    let button = egui::Button::new(text).shortcut_text(shortcut);
                    if ui.add_enabled(label.is_some(), button).clicked() {
                        actions.push(Action::Command(command));
                        ui.close();
                    }
                }
                for command in [
                    UiCommand::NewIncident,
                    UiCommand::DraftIncidents,
                    UiCommand::DraftAllArticles,
                    UiCommand::AcceptAllDrafts,
                ] {
                    command_button(ui, command, actions);
                }
                ui.menu_button("Attach selection as evidence", |ui| {
                    for (_, field) in FIELD_KEYS {
                        command_button(ui, UiCommand::Attach(field), actions);
                    }
                });
                ui.separator();
                command_button(ui, UiCommand::ArticleDetails, actions);
                command_button(ui, UiCommand::EditCodebook, actions);
            });
            ui.menu_button("View", |ui| {
                command_button(ui, UiCommand::ToggleSuggestions, actions);
                command_button(ui, UiCommand::ToggleTimeline, actions);
            });
            ui.menu_button("Help", |ui| {
                command_button(ui, UiCommand::ToggleHelp, actions);
            });
        });
    }

    pub(super) fn status_bar_ui(&self, ui: &mut egui::Ui, actions: &mut Vec<Action>) {
        if let Some(job) = &self.jobs.import {
            let progress = job.progress().cloned().unwrap_or_default();
            let (done, total, current) = (&progress.done, &progress.total, &progress.current);
            ui.horizontal(|ui| {
                let text = format!("Importing {done} of {total}");
                progress_bar(ui, share(*done as u64, *total as u64), 240.0, text);
                ui.label(RichText::new(current).weak());
                if ui.button("Cancel import").clicked() {
                    actions.push(Action::CancelImport);
                }
            });
        }
        if let Some(job) = &self.jobs.draft {
            let progress = job.progress().copied().unwrap_or_default();
            ui.horizontal(|ui| {
                let (done, total) = (progress.done, progress.total);
                let text = format!("Drafting {done} of {total} articles");
                progress_bar(ui, share(done as u64, total as u64), 240.0, text);
                if ui.button("Cancel drafting").clicked() {
                    actions.push(Action::CancelDrafting);
                }
            });
        }
        if let Some(job) = &self.jobs.restore {
            let progress = job.progress().copied().unwrap_or_default();
            ui.horizontal(|ui| {
                let text = format!(
                    "Restoring the export: {} records written, {:.0} of {:.0} MB read",
                    progress.records,
                    progress.bytes_read as f64 / 1e6,
                    progress.bytes_total as f64 / 1e6
                );
                let fraction = share(progress.bytes_read, progress.bytes_total);
                progress_bar(ui, fraction, 420.0, text);
                if ui.button("Cancel restore").clicked() {
                    actions.push(Action::CancelRestore);
                }
            });
        }
        if let Some(export) = &self.jobs.export {
            ui.horizontal(|ui| {
                // Wide enough for its longest words ("written; waiting for the project's
                // integrity check"), which a narrower bar cuts off.
                ui.add(
                    egui::ProgressBar::new(0.0)
                        .animate(true)
                        .desired_width(560.0)
                        .text(export.progress_text()),
                );
                if ui.button("Cancel export").clicked() {
                    actions.push(Action::CancelExport);
                }
            });
        }
        ui.horizontal(|ui| match &self.project {
            Some(project) => {
                let c = self.workspace.counts;
                let name = match self.team_address() {
                    Some(address) => format!("Team project {address} · live"),
                    None => project.path().display().to_string(),
                };
                ui.label(format!(
                    "{} · {} articles · {} incidents · {} evidence spans · all changes saved",
                    name, c.articles, c.incidents, c.evidence
                ));
                if !self.status.is_empty() {
                    ui.separator();
                    // A long status ends in "…" at the window's edge; all of it on hover.
                    ui.add(egui::Label::new(&self.status).truncate())
                        .on_hover_text(&self.status);
                }
            }
            None => {
                ui.label("No project open");
            }
        });
    }

    pub(super) fn start_screen_ui(&self, ui: &mut egui::Ui, actions: &mut Vec<Action>) {
        ui.add_space(40.0);
        ui.vertical_centered(|ui| {
            ui.heading("Spanline");
            ui.label("Turn reports into a sourced incident dataset.");
            ui.add_space(16.0);
            for command in [
                UiCommand::NewProject,
                UiCommand::OpenProject,
                UiCommand::RestoreFromExport,
            ] {
                command_button(ui, command, actions);
            }
            ui.add_space(16.0);
            if !self.recent.is_empty() {
                ui.label(RichText::new("Recent projects").strong());
                for path in &self.recent {
                    if ui.link(path.display().to_string()).clicked() {
                        actions.push(Action::OpenRecent(path.clone()));
                    }
                }
            }
            ui.add_space(16.0);
            ui.label(
                RichText::new(
                    "Or drop a .db project, or a project's .json export, on this window.",
                )
                .weak(),
            );
        });
    }

    pub(super) fn help_ui(&mut self, ctx: &egui::Context) {
        let mut open = self.windows.show_help;
        egui::Window::new("Keyboard shortcuts")
            .open(&mut open)
            .collapsible(false)
            .show(ctx, |ui| {
                egui::Grid::new("shortcuts").num_columns(2).show(ui, |ui| {
                    for command in UiCommand::all() {
                        ui.label(RichText::new(command.shortcut_text(ctx)).monospace());
                        ui.label(command.label());
                        ui.end_row();
                    }
                    ui.label(RichText::new("Shift+arrows").monospace());
                    ui.label("Grow the selection (Ctrl for words)");
                    ui.end_row();
                });
            });
        self.windows.show_help = open;
    }
}

/// A menu or toolbar button for `command`, showing its shortcut.
pub(super) fn command_button(ui: &mut egui::Ui, command: UiCommand, actions: &mut Vec<Action>) {
    if let Some(command) = crate::ui::command_list::button(ui, command) {
        actions.push(Action::Command(command));
    }
}

/// `done` of `total` as a fraction of a bar (none of nothing).
fn share(done: u64, total: u64) -> f32 {
    if total == 0 {
        0.0
    } else {
        done as f32 / total as f32
    }
}

/// A progress bar of the status bar, `width` wide, with `text` on it.
fn progress_bar(ui: &mut egui::Ui, fraction: f32, width: f32, text: String) {
    ui.add(
        egui::ProgressBar::new(fraction)
            .desired_width(width)
            .text(text),
    );
}
