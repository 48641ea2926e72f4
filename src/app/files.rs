//! Project files: new, open, recent, save a copy, import (in the background), drops on the
//! window, the corpus search, and the window title.

use crate::ui::dialogs::FileDialogs;
use std::path::{Path, PathBuf};

use super::SpanlineApp;
use super::{import_job, search_job};
use crate::jobs::Poll;
use crate::store::Project;

/// Most projects the recent list keeps.
const MAX_RECENT: usize = 8;

impl SpanlineApp {
    pub(super) fn remember(&mut self, path: &Path) {
        let path = path.canonicalize().unwrap_or_else(|_| path.to_owned());
        self.recent.retain(|p| *p != path);
        self.recent.insert(0, path);
        self.recent.truncate(MAX_RECENT);
    }

    /// Opens `path`, or shows why it cannot be opened; the open project stays if it fails.
    pub fn open_project(&mut self, path: &Path, analyst: &str) {
        // A team project's address (from the command line or the recent list).
        let text = path.to_string_lossy();
        if crate::team::is_team_address(&text) {
            self.open_team(&text, analyst);
            return;
        }
        match Project::open(path, analyst) {
            // A team project's copy opens as the team project, through its server.
            Ok(project) => match crate::team::live::followed_address(project.conn()) {
                Ok(Some(server)) => {
                    drop(project);
                    self.open_team(&server, analyst);
                }
                _ => self.use_project(project),
            },
            Err(err) => self.error = Some(err.to_string()),
        }
    }

    pub(super) fn use_project(&mut self, project: Project) {
        // A project opened after a team project is not it (open_team_at links it after).
        self.team = None;
        self.remember(project.path());
        self.status = format!("Opened {}", project.path().display());
        let lane_by = self.timeline_view.lane_by;
        let workspace = crate::workspace::Workspace::load_reading_in_background_from(
            project.conn(),
            lane_by,
            self.background_read_from,
        );
        match workspace {
            Ok(workspace) => {
                self.workspace = workspace;
                self.workspace.set_search_words(self.search.words());
                self.error = None;
            }
            Err(err) => {
                self.workspace = Default::default();
                self.error = Some(err.to_string());
            }
        }
        self.project = Some(project);
        self.panes.clear();
        self.coding.proposals.clear();
        self.follow_workspace(true);
    }

    pub(super) fn new_project(&mut self) {
        if let Some(path) = self.dialogs.new_project() {
            match Project::create(&path, &self.analyst) {
                Ok(project) => self.use_project(project),
                Err(err) => self.error = Some(err.to_string()),
            }
        }
    }

    pub(super) fn open_chosen_project(&mut self) {
        if let Some(path) = self.dialogs.open_project() {
            let analyst = self.analyst.clone();
            self.open_project(&path, &analyst);
        }
    }

    /// Saves a compacted copy of the project where the analyst picks; `without_texts` keeps of
    /// each article only the words its evidence needs, for sources that may not be passed on.
    pub(super) fn save_copy(&mut self, without_texts: bool) {
        let Some(project) = &self.project else {
            self.status = "Open a project first.".into();
            return;
        };
        let suffix = if without_texts {
            "without texts"
        } else {
            "copy"
        };
        let name = project
            .path()
            .file_stem()
            .map(|s| format!("{} {suffix}.db", s.to_string_lossy()))
            .unwrap_or_else(|| format!("{suffix}.db"));
        let Some(target) = self.dialogs.save_copy(&name) else {
            return;
        };
        if target == project.path() {
            self.error = Some("Choose another file than the open project for its copy.".into());
            return;
        }
        let saved = if without_texts {
            project.save_copy_without_texts(&target).map(|withheld| {
                format!(
                    "Saved a copy without article texts as {} ({withheld} characters withheld; \
                     the evidence and its context kept)",
                    target.display()
                )
            })
        } else {
            project
                .save_copy(&target)
                .map(|()| format!("Saved a copy as {}", target.display()))
        };
        match saved {
            Ok(done) => self.status = done,
            Err(err) => self.error = Some(err.to_string()),
        }
    }

    /// Imports `files` on a background thread; progress shows in the window.
    pub(super) fn start_import(&mut self, files: Vec<PathBuf>) {
        if files.is_empty() {
            return;
        }
        let Some(project) = &self.project else {
            self.status = "Open or create a project to import into.".into();
            return;
        };
        let project_path = project.path().to_owned();
        if self.jobs.import.is_some() {
            self.status = "An import is already running.".into();
            return;
        }
        let team = self.team_connection();
        self.jobs.import = Some(import_job::start(
            project_path,
            self.analyst.clone(),
            files,
            team,
        ));
    }

    /// Follows a running import; when it ends, takes its undo step and shows what it did.
    pub(super) fn poll_import(&mut self, ctx: &egui::Context) {
        let Some(job) = self.jobs.import.as_mut() else {
            return;
        };
        let outcome = match job.poll() {
            Poll::Running(_) => {
                ctx.request_repaint_after(std::time::Duration::from_millis(50));
                return;
            }
            Poll::Done(outcome) => outcome,
        };
        self.jobs.import = None;
        match outcome {
            Ok((report, undo_step)) => {
                if let (Some(project), Some(step)) = (self.project.as_mut(), undo_step) {
                    project.record_undo_step(step);
                }
                let mut summary = format!("Imported {} article(s)", report.imported.len());
                if !report.duplicates.is_empty() {
                    summary.push_str(&format!(
                        ", {} already in the project",
                        report.duplicates.len()
                    ));
                }
                if report.cancelled {
                    summary.push_str(" before you cancelled");
                }
                self.status = summary;
                if !report.failed.is_empty() {
                    let failed: Vec<String> = report
                        .failed
                        .iter()
                        .map(|(path, why)| format!("{}: {why}", path.display()))
                        .collect();
                    self.error = Some(format!("Could not import:\n{}", failed.join("\n")));
                }
                // Written on another connection: every cache re-reads.
                self.refresh(&crate::edit::Touched::everything());
            }
            Err(err) => self.error = Some(format!("The import failed: {err}")),
        }
    }

    pub(super) fn start_search(&mut self) {
        let text = self.search.text.trim().to_owned();
        if text.is_empty() {
            self.search.hits = None;
            self.search.running = None;
            self.mark_search_hits();
            return;
        }
        let Some(project) = &self.project else { return };
        match project.reader() {
            Ok(reader) => self.search.running = Some(search_job::start(reader, text)),
            Err(err) => self.error = Some(err.to_string()),
        }
    }

    pub(super) fn poll_search(&mut self, ctx: &egui::Context) {
        let Some((_, result)) =
            super::background::finished_looking_every(&mut self.search.running, ctx, 30)
        else {
            return;
        };
        match result {
            Ok(hits) => self.search.hits = Some(hits),
            Err(err) => self.error = Some(format!("The search failed: {err}")),
        }
        self.mark_search_hits();
    }

    /// Shows the suggestions of the open articles as they are worked out.
    pub(super) fn receive_suggestions(&mut self, ctx: &egui::Context) {
        match self.workspace.receive_recognised() {
            Ok(true) => ctx.request_repaint_after(std::time::Duration::from_millis(15)),
            Ok(false) => {}
            Err(err) => self.error = Some(format!("Suggestions could not be worked out: {err}")),
        }
    }

    /// Marks the searched words in the open articles.
    pub(super) fn mark_search_hits(&mut self) {
        self.workspace.set_search_words(self.search.words());
    }

    /// Opens a dropped project, or imports dropped articles into the open one.
    pub(super) fn handle_dropped_files(&mut self, ctx: &egui::Context) {
        let dropped: Vec<PathBuf> = ctx.input(|i| {
            i.raw
                .dropped_files
                .iter()
                .map(|f| f.path().to_owned())
                .filter(|p| !p.as_os_str().is_empty())
                .collect()
        });
        if dropped.is_empty() {
            return;
        }
        let has_extension =
            |p: &PathBuf, ext: &str| p.extension().is_some_and(|e| e.eq_ignore_ascii_case(ext));
        let (projects, rest): (Vec<PathBuf>, Vec<PathBuf>) =
            dropped.into_iter().partition(|p| has_extension(p, "db"));
        let (incidents, articles): (Vec<PathBuf>, Vec<PathBuf>) = rest
            .into_iter()
            .partition(|p| has_extension(p, "json") || has_extension(p, "csv"));
        if let Some(path) = projects.first() {
            let analyst = self.analyst.clone();
            self.open_project(path, &analyst);
        }
        for path in incidents {
            // With no project open, a project's export becomes a project of its own.
            if self.project.is_none() && has_extension(&path, "json") {
                self.start_restore(path);
            } else {
                self.import_incidents(&path);
            }
        }
        self.start_import(articles);
    }

    pub(super) fn update_title(&mut self, ctx: &egui::Context) {
        let title = match self.team_address() {
            Some(address) => format!("{address} — Spanline team project"),
            None => self
                .project
                .as_ref()
                .and_then(|p| {
                    p.path()
                        .file_name()
                        .map(|n| format!("{} — Spanline", n.to_string_lossy()))
                })
                .unwrap_or_else(|| "Spanline".to_owned()),
        };
        if title != self.title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.title = title;
        }
    }
}
