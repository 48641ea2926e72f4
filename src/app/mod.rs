//! The window: corpus on the left, one article (or two side by side) in the middle, the
//! incidents on the right. Panels draw from the [`Workspace`] and return [`Action`]s; the app
//! runs them after drawing, writes through the project's undoable commands, and hands what each
//! change touched to [`Workspace::refresh`] (never per frame). The app itself keeps the
//! preferences, what the analyst is looking at, the background jobs and the windows.

mod action;
mod article_details;
mod articles_panel;
mod background;
mod chrome;
mod codebook_changes;
mod coding;
mod export_job;
mod files;
mod import_job;
mod incident_panel;
mod inspect;
mod path_prompt;
mod restore_job;
mod review;
mod search_job;
mod sharing;
mod team;
mod timeline_exports;
mod timeline_panel;
mod web_import;

use std::path::{Path, PathBuf};

use crate::edit::Touched;
use crate::model::{ArticleId, Evidence, IncidentId};
use crate::propose::Proposal;
use crate::propose::suggest::Suggestion;
use crate::store::Project;
use crate::ui::article_pane::ArticlePane;
use crate::ui::command_list::UiCommand;
use crate::ui::context_editor::{ContextChange, ContextEditor};
use crate::ui::corpus::{CorpusEvent, CorpusSearch, corpus_ui};
use crate::ui::dialogs::{DialogsOrTyped, FileDialogs, NativeDialogs};
use crate::ui::incident_editor::IncidentEditor;
use crate::ui::timeline_view::TimelineView;
use crate::workspace::Workspace;
use action::Action;
use background::finished;
use import_job::ImportJob;
use timeline_panel::BottomHeight;

pub struct SpanlineApp {
    project: Option<Project>,
    /// The last problem, shown until the next action.
    error: Option<String>,
    /// What the last action did, for the status bar.
    status: String,
    /// What the window shows of the project, kept current after every change.
    workspace: Workspace,
    /// How the articles on screen are shown, one per article the workspace has open.
    panes: Vec<ArticlePane>,
    /// The pane the analyst last worked in: selection commands apply to it.
    active_pane: usize,
    /// What the analyst is coding: the editor, the values proposed, the span being adjusted.
    coding: CodingState,
    show_suggestions: bool,
    /// The timeline and map are hidden, giving the text the window's height (F4).
    timeline_hidden: bool,
    /// Who is coding: written into the change log.
    analyst: String,
    dialogs: DialogsOrTyped,
    /// Projects opened lately, newest first (kept between sessions).
    recent: Vec<PathBuf>,
    /// The windows and forms over the main one, while they are open.
    windows: Windows,
    /// The work running in the background, each polled every frame by [`SpanlineApp::poll_jobs`].
    jobs: Jobs,
    /// File ▸ Import from web address…, and the page being fetched.
    web_import: web_import::WebImport,
    /// The window title last sent, so it is sent only when it changes.
    title: String,
    search: CorpusSearch,
    timeline_view: TimelineView,
    map_view: crate::ui::map_view::MapView,
    /// The bottom panel's height outside Large view, to return to.
    bottom_height: BottomHeight,
    /// From how many incidents a project's timeline is read in the background.
    background_read_from: usize,
    /// The server of the team project open, when it is one.
    team: Option<team::TeamLink>,
}

/// What the analyst is coding, beside the incident the workspace has selected.
#[derive(Default)]
struct CodingState {
    /// The editor of the selected incident, holding what is being typed.
    editor: Option<IncidentEditor>,
    /// Values read from the evidence just attached, for the analyst to apply or ignore.
    proposals: Vec<Proposal>,
    /// The suggestion last clicked, in its pane: Enter attaches it unless other words are
    /// selected since.
    suggested: Option<(usize, Suggestion)>,
    /// The selected incident stays selected when another article opens.
    pinned: bool,
    /// The fields ticked in the attach menu, for one span supporting several.
    attach_set: Vec<crate::model::Field>,
    /// The evidence span last attached or jumped to: what Shift+Alt+arrows adjust.
    adjusting: Option<crate::model::EvidenceId>,
}

/// The windows and forms over the main one.
#[derive(Default)]
struct Windows {
    show_help: bool,
    /// A command asking for its file's path where no dialog can be shown.
    path_prompt: Option<path_prompt::PathPrompt>,
    context_editor: ContextEditor,
    codebook_editor: crate::ui::codebook_editor::CodebookEditor,
    /// A colleague's project being merged, waiting for the analyst's decisions.
    pending_merge: Option<sharing::PendingMerge>,
    /// Agreement with a colleague's project, while its window is open.
    agreement: Option<(String, crate::agreement::Report)>,
    /// The article details form, while it is open.
    details: Option<crate::ui::article_details::ArticleDetailsForm>,
    /// The article on screen when the details form opened: the form follows it when it changes.
    details_beside: Option<ArticleId>,
}

/// Work running in the background, each waited for without blocking the window.
#[derive(Default)]
struct Jobs {
    import: Option<ImportJob>,
    /// Every uncoded article being drafted.
    draft: Option<crate::draft::job::DraftJob>,
    /// The whole project being exported, until its file is in place.
    export: Option<export_job::Exporting>,
    /// Timeline images being written, reporting back when done.
    png_exports: timeline_exports::PngExports,
    /// A merge being worked out.
    merge: Option<crate::jobs::Job<(crate::merge::Plan, crate::merge::Theirs)>>,
    /// Agreement tables being worked out.
    agreement: Option<crate::jobs::Job<crate::agreement::Report>>,
    /// A project being restored from its JSON export into a new file.
    restore: Option<restore_job::RestoreJob>,
}

/// What the window remembers between sessions.
#[derive(Default, serde::Serialize, serde::Deserialize)]
#[serde(default)]
struct Preferences {
    recent: Vec<PathBuf>,
    hide_suggestions: bool,
    /// The analyst turned the map's online tiles on.
    online_tiles: bool,
}

const PREFERENCES_KEY: &str = "spanline";

impl SpanlineApp {
    /// The app with `path` open, or with the error that kept it from opening.
    pub fn new(path: Option<&Path>, analyst: &str) -> Self {
        Self::with_dialogs(path, analyst, Box::new(NativeDialogs))
    }

    /// The app with its file dialogs answered by `dialogs` (tests stand in for the analyst).
    pub fn with_dialogs(path: Option<&Path>, analyst: &str, dialogs: Box<dyn FileDialogs>) -> Self {
        let mut app = Self {
            project: None,
            error: None,
            status: String::new(),
            workspace: Workspace::default(),
            panes: Vec::new(),
            active_pane: 0,
            coding: CodingState::default(),
            jobs: Jobs::default(),
            windows: Windows::default(),
            show_suggestions: true,
            timeline_hidden: false,
            analyst: analyst.to_owned(),
            dialogs: DialogsOrTyped::new(dialogs),
            recent: Vec::new(),
            web_import: Default::default(),
            title: String::new(),
            search: CorpusSearch::default(),
            timeline_view: TimelineView::default(),
            map_view: Default::default(),
            bottom_height: BottomHeight::default(),
            background_read_from: crate::workspace::BACKGROUND_READ_FROM,
            team: None,
        };
        if let Some(path) = path {
            app.open_project(path, analyst);
        }
        app
    }

    /// Restores what the window remembered from the last session.
    fn restore(&mut self, storage: Option<&dyn eframe::Storage>) {
        let prefs: Preferences = storage
            .and_then(|s| eframe::get_value(s, PREFERENCES_KEY))
            .unwrap_or_default();
        self.show_suggestions = !prefs.hide_suggestions;
        self.map_view.tiles.enabled = prefs.online_tiles;
        for path in prefs.recent.into_iter().rev() {
            self.remember(&path);
        }
    }

    /// Brings the workspace up to date after a change that wrote what `touched` says, and the
    /// panes and the editor with it: the one refresh path every change goes through.
    fn refresh(&mut self, touched: &Touched) {
        let Some(project) = &self.project else { return };
        if let Err(err) = self.workspace.refresh(project.conn(), touched) {
            self.error = Some(err.to_string());
        }
        self.follow_workspace(touched.everything || self.selected_was(touched));
        self.sync_details(touched);
    }

    fn selected_was(&self, touched: &Touched) -> bool {
        self.workspace
            .selected
            .as_ref()
            .is_some_and(|s| touched.incidents.contains(&s.incident.incident_id))
            || (self.workspace.selected.is_none() && self.coding.editor.is_some())
    }

    /// Keeps one pane per open article (an article that no longer exists leaves the screen)
    /// and, when `new_editor`, starts the editor afresh on the selected incident.
    fn follow_workspace(&mut self, new_editor: bool) {
        let open: Vec<ArticleId> = self.workspace.open.iter().map(|a| a.article_id).collect();
        self.panes.retain(|p| open.contains(&p.article_id));
        for (index, article_id) in open.iter().enumerate() {
            if self.panes.get(index).map(|p| p.article_id) != Some(*article_id) {
                self.panes.insert(index, ArticlePane::new(*article_id));
            }
        }
        self.panes.truncate(open.len());
        self.active_pane = self.active_pane.min(self.panes.len().saturating_sub(1));
        if new_editor {
            self.coding.editor = self
                .workspace
                .selected
                .as_ref()
                .map(|s| IncidentEditor::new(s.incident.clone()));
        }
    }

    /// Adds, stores or deletes a context event, undoably.
    fn change_context(&mut self, change: ContextChange) {
        match change {
            ContextChange::Add => {
                let date = self
                    .workspace
                    .selected
                    .as_ref()
                    .and_then(|s| s.incident.date_start)
                    .or_else(|| {
                        self.workspace
                            .timeline
                            .incidents
                            .last()
                            .map(|i| i.date_start)
                    })
                    .unwrap_or_else(|| jiff::Zoned::now().date());
                let event = crate::model::ContextEvent {
                    context_event_id: crate::model::ContextEventId::new(),
                    kind: crate::model::ContextKind::Event,
                    label: "New context event".into(),
                    date_start: date,
                    date_end: None,
                    notes: None,
                };
                self.change(Ok(crate::edit::commands::put_context_event(event)));
            }
            ContextChange::Delete(id) => {
                self.change(Ok(crate::edit::commands::delete_context_event(id)));
            }
            ContextChange::Put(event, merge_key) => {
                self.change_merging(
                    Ok(crate::edit::commands::put_context_event(event)),
                    Some(merge_key),
                );
            }
        }
    }

    /// Selects an incident, opens the article of its first evidence and shows those words.
    pub fn show_incident(&mut self, incident_id: IncidentId) {
        self.show_incident_words(incident_id, None);
    }

    /// [`Self::show_incident`], showing the words that gave `field` when a span gives it (the
    /// map shows where its place was coded from).
    fn show_incident_words(&mut self, incident_id: IncidentId, field: Option<crate::model::Field>) {
        self.coding.proposals.clear();
        self.select_incident(Some(incident_id));
        let evidence = self.workspace.selected.as_ref().and_then(|s| {
            field
                .and_then(|f| s.evidence.iter().find(|e| e.fields.contains(&f)))
                .or(s.evidence.first())
                .cloned()
        });
        if let Some(evidence) = evidence {
            self.jump_to_evidence(evidence);
        }
    }

    fn map_event(&mut self, event: crate::ui::map_view::MapEvent, ctx: &egui::Context) {
        use crate::ui::map_view::MapEvent;
        match event {
            MapEvent::Select(incident_id) => {
                self.show_incident_words(incident_id, Some(crate::model::Field::Place))
            }
            MapEvent::OpenPlace(place_id) => {
                self.windows.codebook_editor.show(None);
                self.windows.codebook_editor.select(
                    crate::ui::codebook_editor::CodebookList::Places,
                    crate::edit::commands::CodebookEntry::Place(place_id),
                );
            }
            MapEvent::Command(command) => self.run_command(command, ctx),
            MapEvent::Filter(change) => {
                let more = change.apply(
                    &mut self.timeline_view.filters,
                    &self.workspace.timeline,
                    self.map_view.step,
                    &self.workspace.codebook.places,
                );
                if !more {
                    // Time ran past the last incident: Play stops there.
                    self.map_view.stop_playing();
                }
            }
        }
    }

    /// Selects `incident_id` (or nothing) and starts the editor on it.
    fn select_incident(&mut self, incident_id: Option<IncidentId>) {
        let Some(project) = &self.project else { return };
        if let Err(err) = self.workspace.select(project.conn(), incident_id) {
            self.error = Some(err.to_string());
        }
        self.follow_workspace(true);
    }

    /// The editor follows the articles on screen: an incident none of them has evidence for is
    /// let go when another article opens (number keys would attach the new article's words to
    /// it), unless the analyst pinned it to code it from several sources.
    fn follow_open_articles(&mut self) {
        if self.coding.pinned {
            return;
        }
        let Some(selected) = &self.workspace.selected else {
            return;
        };
        let on_screen = selected
            .evidence
            .iter()
            .any(|e| self.workspace.position_of(e.article_id).is_some());
        if !on_screen {
            self.select_incident(None);
        }
    }

    /// Opens an article in the main pane, or (`beside`) in a second pane next to it.
    fn open_article(&mut self, article_id: ArticleId, beside: bool) {
        let Some(project) = &self.project else { return };
        match self
            .workspace
            .open_article(project.conn(), article_id, beside)
        {
            Ok(Some(at)) => {
                // A new article in a pane starts with its own selection and scroll.
                self.panes.truncate(self.workspace.open.len());
                if let Some(pane) = self.panes.get_mut(at) {
                    *pane = ArticlePane::new(article_id);
                }
                self.follow_workspace(false);
                self.active_pane = at;
                self.coding.proposals.clear();
                if !beside {
                    self.follow_open_articles();
                }
            }
            Ok(None) => self.error = Some("That article no longer exists.".into()),
            Err(err) => self.error = Some(err.to_string()),
        }
    }

    /// Draws the whole window into `ui` and runs what the analyst asked for.
    pub fn show(&mut self, ui: &mut egui::Ui) {
        crate::ui::fonts::install(ui.ctx());
        crate::ui::command_list::set_permissions(ui.ctx(), self.permissions());
        self.poll_jobs(ui.ctx());
        self.handle_dropped_files(ui.ctx());
        self.update_title(ui.ctx());
        let typing = self
            .panes
            .iter()
            .all(|p| p.view.other_widget_has_keyboard(ui.ctx()))
            && ui.ctx().memory(|m| m.focused()).is_some();
        let mut actions: Vec<Action> = UiCommand::pressed(ui.ctx(), typing)
            .into_iter()
            .map(Action::Command)
            .collect();
        egui::Panel::top("menu_bar").show(ui, |ui| self.menu_bar_ui(ui, &mut actions));
        egui::Panel::bottom("status_bar").show(ui, |ui| self.status_bar_ui(ui, &mut actions));
        if self.project.is_some() {
            // The incident column takes the window's whole height, so that its editor shows its
            // fields at 1366×768; the timeline and map lie under the corpus and the text.
            egui::Panel::right("incidents")
                .default_size(430.0)
                .show(ui, |ui| {
                    // A panel is as wide as what it drew: without this a short notice (nothing
                    // open yet) shrank it, and egui remembered the narrow width for the editor.
                    ui.set_min_width(ui.available_width());
                    self.incidents_ui(ui, &mut actions)
                });
            if !self.timeline_hidden {
                self.timeline_and_map_panel(ui, &mut actions);
            }
            egui::Panel::left("corpus")
                .default_size(280.0)
                .show(ui, |ui| {
                    ui.set_min_width(ui.available_width());
                    let open: Vec<ArticleId> = self.panes.iter().map(|p| p.article_id).collect();
                    match corpus_ui(
                        ui,
                        &self.workspace.corpus,
                        &mut self.search,
                        &open,
                        self.workspace.filtered.articles.as_ref(),
                        self.team.as_ref().map(|link| &link.others_coding),
                    ) {
                        Some(CorpusEvent::Open(id)) => actions.push(Action::OpenArticle(id)),
                        Some(CorpusEvent::OpenBeside(id)) => actions.push(Action::OpenBeside(id)),
                        Some(CorpusEvent::SearchChanged) => actions.push(Action::Search),
                        Some(CorpusEvent::Details(id)) => actions.push(Action::Details(id, None)),
                        None => {}
                    }
                });
        }
        egui::CentralPanel::default().show(ui, |ui| self.articles_ui(ui, &mut actions));
        if self.windows.show_help {
            self.help_ui(ui.ctx());
        }
        self.path_prompt_window(ui.ctx());
        self.web_import_window(ui.ctx());
        self.details_window(ui.ctx());
        actions.extend(self.merge_window(ui.ctx()).map(Action::DecideMerge));
        actions.extend(self.agreement_window(ui.ctx()).map(Action::Agreement));
        if let Some(change) = self
            .windows
            .context_editor
            .ui(ui.ctx(), &self.workspace.timeline.context)
        {
            actions.push(Action::Context(change));
        }
        if let Some(change) = self
            .windows
            .codebook_editor
            .ui(ui.ctx(), &self.workspace.codebook)
        {
            actions.push(Action::Codebook(change));
        }
        for action in actions {
            self.run(action, ui.ctx());
        }
        self.workspace.apply_filters(&self.timeline_view.filters);
    }

    fn run(&mut self, action: Action, ctx: &egui::Context) {
        match action {
            Action::OpenArticle(article_id) => self.open_article(article_id, false),
            Action::OpenBeside(article_id) => self.open_article(article_id, true),
            Action::CloseBeside => {
                self.workspace.close_articles_after(1);
                self.follow_workspace(false);
                self.active_pane = 0;
            }
            Action::SelectIncident(incident_id) => {
                self.coding.proposals.clear();
                self.select_incident(Some(incident_id));
            }
            Action::Command(command) => self.run_command(command, ctx),
            Action::PreviewSuggestion(pane, suggestion) => {
                self.preview_suggestion(pane, suggestion)
            }
            Action::ApplyProposal(index) => self.apply_proposal(index),
            Action::ApplyAllProposals => self.apply_all_proposals(),
            Action::DismissProposal(index) => {
                if index < self.coding.proposals.len() {
                    self.coding.proposals.remove(index);
                }
            }
            Action::SaveEdit { label, merge_key } => self.save_edit(&label, merge_key),
            Action::Details(article_id, field) => self.open_details(article_id, field),
            Action::AttachToTicked => match self.selection() {
                Some(range) => {
                    let fields = self.coding.attach_set.clone();
                    self.attach(range, fields);
                }
                None => self.status = "Select some words first.".into(),
            },
            Action::ApplyMineAgain => self.apply_mine_again(),
            Action::KeepTheirs => self.keep_theirs(),
            Action::TogglePin => {
                self.coding.pinned = !self.coding.pinned;
                self.status = if self.coding.pinned {
                    "The selected incident stays selected when another article opens".into()
                } else {
                    "The editor follows the article on screen".into()
                };
            }
            Action::SealUndoStep => {
                if let Some(project) = self.project.as_mut() {
                    project.seal_undo_step();
                }
            }
            Action::OpenRecent(path) => {
                let analyst = self.analyst.clone();
                self.open_project(&path, &analyst);
            }
            Action::Search => self.start_search(),
            Action::ShowIncident(incident_id) => self.show_incident(incident_id),
            Action::Map(event) => self.map_event(event, ctx),
            Action::Context(change) => self.change_context(change),
            Action::Codebook(change) => self.change_codebook(change),
            Action::Merge(absorbed) => self.merge_into_selected(absorbed),
            Action::CancelDrafting => {
                if let Some(job) = &self.jobs.draft {
                    job.cancel();
                }
            }
            Action::CancelRestore => {
                if let Some(job) = &self.jobs.restore {
                    job.cancel();
                }
            }
            Action::CancelExport => {
                if let Some(export) = &mut self.jobs.export {
                    export.cancel();
                }
            }
            Action::CancelImport => {
                if let Some(job) = &self.jobs.import {
                    job.cancel();
                }
            }
            Action::JumpToEvidence(evidence) => self.jump_to_evidence(evidence),
            Action::ResizeSpan(range) => self.resize_adjusting(range.start, range.end),
            Action::DecideMerge(decision) => self.decide_merge(decision),
            Action::Agreement(event) => self.agreement_event(event),
        }
    }

    /// Shows `evidence` (opening its article when it is not on screen) and flashes it.
    fn jump_to_evidence(&mut self, evidence: Evidence) {
        self.coding.adjusting = Some(evidence.evidence_id);
        let pane = match self.workspace.position_of(evidence.article_id) {
            Some(pane) => pane,
            None => {
                self.open_article(evidence.article_id, false);
                0
            }
        };
        if let Some(target) = self.panes.get_mut(pane) {
            target.flash(evidence.start..evidence.end);
        }
    }

    fn run_command(&mut self, command: UiCommand, ctx: &egui::Context) {
        // A shortcut reaches here even for a command the role greys out.
        if !command.allowed(self.permissions()) {
            self.status = format!(
                "{}: {}",
                command.label(),
                crate::ui::command_list::NOT_YOUR_ROLE.to_lowercase()
            );
            return;
        }
        if self.asks_for_a_path(command) {
            return;
        }
        match command {
            UiCommand::NewProject => self.new_project(),
            UiCommand::RestoreFromExport => self.restore_from_export(),
            UiCommand::OpenProject => self.open_chosen_project(),
            UiCommand::SaveCopy => self.save_copy(false),
            UiCommand::ImportArticles => {
                let files = self.dialogs.import_files();
                self.start_import(files);
            }
            UiCommand::ImportFromWeb => {
                if self.project.is_some() {
                    self.web_import.open = true;
                } else {
                    self.error = Some("Open or create a project first.".to_owned());
                }
            }
            UiCommand::Undo => self.undo_or_redo(true),
            UiCommand::Redo => self.undo_or_redo(false),
            UiCommand::NewIncident => self.new_incident(),
            UiCommand::AttachSuggested => self.attach_suggested(),
            UiCommand::ApplyProposals => {
                if self.coding.proposals.is_empty() {
                    self.status = "No value is proposed: attach words to a field first.".into();
                } else {
                    self.apply_all_proposals();
                }
            }
            UiCommand::IncidentsFromDates => self.incidents_from_dates(),
            UiCommand::DeleteIncident => self.delete_incident(),
            UiCommand::ReviewNext => self.review_step(true),
            UiCommand::ReviewPrevious => self.review_step(false),
            UiCommand::MarkReviewed => self.mark_reviewed(),
            UiCommand::Attach(field) => match self.selection() {
                Some(range) => self.attach(range, vec![field]),
                None => self.status = "Select some words first.".into(),
            },
            UiCommand::AdjustSpan { start, later } => self.adjust_span(start, later),
            UiCommand::EditCodebook => self.open_codebook(),
            UiCommand::ArticleDetails => self.open_details_of_active(),
            UiCommand::ToggleSuggestions => self.show_suggestions = !self.show_suggestions,
            UiCommand::ToggleTimeline => {
                self.timeline_hidden = !self.timeline_hidden;
                self.status = if self.timeline_hidden {
                    "Timeline and map hidden: F4 shows them again".into()
                } else {
                    "Timeline and map shown".into()
                };
            }
            UiCommand::FocusSearch => self.search.focus_requested = true,
            UiCommand::ToggleHelp => self.windows.show_help = !self.windows.show_help,
            UiCommand::SaveCopyWithoutTexts => self.save_copy(true),
            UiCommand::ImportIncidents => {
                if let Some(path) = self.dialogs.incidents_file() {
                    self.import_incidents(&path);
                }
            }
            UiCommand::MergeProject => self.start_merge(),
            UiCommand::Agreement => self.start_agreement(),
            UiCommand::Export(format) => self.export_project_as(format),
            UiCommand::ExportTimelineCsv => self.export_csv(),
            UiCommand::ExportTimelinePng => self.export_png(ctx),
            UiCommand::ExportMapPng => self.export_map_png(ctx),
            UiCommand::EditContext => self.windows.context_editor.open = true,
            UiCommand::DraftIncidents => self.draft_incidents(),
            UiCommand::DraftAllArticles => self.start_drafting_all(),
            UiCommand::AcceptAllDrafts => self.accept_all_drafts(),
            UiCommand::Quit => ctx.send_viewport_cmd(egui::ViewportCommand::Close),
        }
    }
}

impl eframe::App for SpanlineApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.show(ui);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        let prefs = Preferences {
            recent: self.recent.clone(),
            hide_suggestions: !self.show_suggestions,
            online_tiles: self.map_view.tiles.enabled,
        };
        eframe::set_value(storage, PREFERENCES_KEY, &prefs);
    }
}

/// Opens the window on `project`, if given.
pub fn run_window(project: Option<PathBuf>, analyst: String) -> anyhow::Result<()> {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Spanline")
            .with_inner_size([1400.0, 900.0]),
        ..Default::default()
    };
    eframe::run_native(
        "Spanline",
        options,
        Box::new(move |cc| {
            let mut app = SpanlineApp::new(None, &analyst);
            app.restore(cc.storage);
            if let Some(path) = project.as_deref() {
                let text = path.to_string_lossy();
                if crate::team::is_team_address(&text) {
                    app.open_team(&text, &analyst);
                } else {
                    app.open_project(path, &analyst);
                }
            }
            Ok(Box::new(app))
        }),
    )
    .map_err(|err| anyhow::anyhow!("the window could not open: {err}"))
}
