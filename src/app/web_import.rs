//! File ▸ Import from web address…: a small window for the address, the page fetched on its
//! own thread (so a slow server never freezes the window), then imported as one undo step and
//! opened.

use super::{SpanlineApp, finished};
use crate::import::web;
use crate::import::{PageImport, ParsedArticle, import_page};
use crate::jobs::Job;

/// The address being typed and the fetch under way.
#[derive(Default)]
pub(super) struct WebImport {
    pub(super) open: bool,
    pub(super) address: String,
    pub(super) fetching: Option<Job<ParsedArticle>>,
}

impl SpanlineApp {
    /// Draws the window while it is open.
    pub(super) fn web_import_window(&mut self, ctx: &egui::Context) {
        if !self.web_import.open {
            return;
        }
        let mut open = true;
        let mut start = false;
        let mut cancel = false;
        egui::Window::new("Import from web address")
            .open(&mut open)
            .collapsible(false)
            .resizable(false)
            .show(ctx, |ui| {
                let dialog = &mut self.web_import;
                let label = ui.label("Web address (https://…)");
                let field = ui.add(
                    egui::TextEdit::singleline(&mut dialog.address)
                        .desired_width(420.0)
                        .hint_text("https://"),
                );
                let field = field.labelled_by(label.id);
                let valid = web::is_web_address(&dialog.address);
                let entered = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                ui.horizontal(|ui| match &dialog.fetching {
                    Some(_) => {
                        ui.spinner();
                        ui.label("Fetching the page…");
                        cancel = ui.button("Cancel").clicked();
                    }
                    None => {
                        let import = ui.add_enabled(valid, egui::Button::new("Import"));
                        start = import.clicked() || (entered && valid);
                    }
                });
                if !valid && !dialog.address.trim().is_empty() {
                    ui.label("A web address starts with http:// or https://");
                }
            });
        if start {
            let address = self.web_import.address.trim().to_owned();
            self.status = format!("Fetching {address}…");
            self.web_import.fetching = Some(Job::spawn("web page", move |_| {
                Ok(web::read(&web::fetch(&address, web::TIME_OUT)?)?)
            }));
        }
        if cancel || !open {
            // The thread finishes on its own (at most the time-out); its page is dropped.
            self.web_import.fetching = None;
            self.status = "Import from the web cancelled.".to_owned();
        }
        self.web_import.open = open;
    }

    /// Imports the fetched page once it has arrived, and opens it.
    pub(super) fn poll_web_import(&mut self, ctx: &egui::Context) {
        let Some((_, result)) = finished(&mut self.web_import.fetching, ctx) else {
            return;
        };
        let parsed = match result {
            Ok(parsed) => parsed,
            Err(err) => {
                self.error = Some(format!("Could not import the page: {err}"));
                return;
            }
        };
        let Some(project) = self.project.as_mut() else {
            return;
        };
        let title = parsed.meta.title.clone();
        let address = parsed.meta.url.clone().unwrap_or_default();
        match import_page(project, parsed) {
            Ok(PageImport::Imported(id)) => {
                self.status = format!("Imported “{title}” from {address}");
                self.web_import.open = false;
                self.web_import.address.clear();
                self.refresh(&crate::edit::Touched::everything());
                self.open_article(id, false);
            }
            Ok(PageImport::Duplicate(id)) => {
                self.status = format!("The project already has this page; opened it ({address})");
                self.web_import.open = false;
                self.open_article(id, false);
            }
            Err(err) => self.error = Some(format!("Could not import the page: {err}")),
        }
    }
}
