//! Where no file dialog can be shown (a Linux desktop without a portal, as under a bare X
//! server), the window says so and asks for the file's path in a field of its own; the command
//! then runs with that path as if a dialog had answered.

use std::path::PathBuf;

use super::SpanlineApp;
use crate::ui::command_list::UiCommand;
use crate::ui::dialogs::FileDialogs;

/// A command waiting for the path of the file it needs.
pub struct PathPrompt {
    command: UiCommand,
    typed: String,
    focused: bool,
}

impl UiCommand {
    /// Whether the command asks for a file through a dialog.
    pub fn chooses_a_file(&self) -> bool {
        matches!(
            self,
            UiCommand::NewProject
                | UiCommand::RestoreFromExport
                | UiCommand::OpenProject
                | UiCommand::SaveCopy
                | UiCommand::SaveCopyWithoutTexts
                | UiCommand::ImportArticles
                | UiCommand::ImportIncidents
                | UiCommand::MergeProject
                | UiCommand::Agreement
                | UiCommand::Export(_)
                | UiCommand::ExportTimelineCsv
                | UiCommand::ExportTimelinePng
                | UiCommand::ExportMapPng
        )
    }
}

impl UiCommand {
    /// A path of the kind the command asks for, shown in the empty field.
    fn example_path(&self) -> &'static str {
        match self {
            UiCommand::RestoreFromExport => "/home/analyst/exports/project.json",
            UiCommand::ImportIncidents => "/home/analyst/exports/incidents.csv",
            UiCommand::ImportArticles => "/home/analyst/reports/brief.pdf",
            _ => "/home/analyst/reports/project.db",
        }
    }
}

impl SpanlineApp {
    /// Whether `command` must first ask for its file's path in the window (no dialog can be
    /// shown); if so, the prompt opens.
    pub(super) fn asks_for_a_path(&mut self, command: UiCommand) -> bool {
        if !command.chooses_a_file() || self.dialogs.available() || self.dialogs.has_typed() {
            return false;
        }
        self.windows.path_prompt = Some(PathPrompt {
            command,
            typed: String::new(),
            focused: false,
        });
        true
    }

    /// Draws the prompt, if open; runs its command once a path is given.
    pub(super) fn path_prompt_window(&mut self, ctx: &egui::Context) {
        let Some(prompt) = self.windows.path_prompt.as_mut() else {
            return;
        };
        let mut open = true;
        let mut cancelled = false;
        let mut chosen = None;
        egui::Window::new(format!("{}: type the file's path", prompt.command.label()))
            .id(egui::Id::unique("path_prompt"))
            .collapsible(false)
            .open(&mut open)
            .show(ctx, |ui| {
                ui.label(
                    "No file dialog can be shown on this desktop (no desktop portal is \
                     running). Type the full path of the file instead.",
                );
                let field = ui.add(
                    egui::TextEdit::singleline(&mut prompt.typed)
                        .desired_width(420.0)
                        .hint_text(prompt.command.example_path()),
                );
                let field = field.labelled_by(ui.label("File path").id);
                if !prompt.focused {
                    field.request_focus();
                    prompt.focused = true;
                }
                let entered = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                ui.horizontal(|ui| {
                    if (ui.button("Use this path").clicked() || entered)
                        && !prompt.typed.trim().is_empty()
                    {
                        chosen = Some(PathBuf::from(prompt.typed.trim()));
                    }
                    if ui.button("Cancel").clicked() {
                        cancelled = true;
                    }
                });
            });
        if cancelled || ctx.input(|i| i.key_pressed(egui::Key::Escape)) {
            open = false;
        }
        let command = prompt.command;
        if let Some(path) = chosen {
            self.windows.path_prompt = None;
            self.dialogs.answer_with(path);
            self.run_command(command, ctx);
        } else if !open {
            self.windows.path_prompt = None;
        }
    }
}
