//! The window: corpus on the left, one article (or two side by side) in the middle, the
//! incidents on the right. Panels draw from caches and return [`Action`]s; the app runs them
//! after drawing, writes through the project's undoable commands, and reloads its caches
//! after each change (never per frame).

mod chrome;
mod codebook;
mod coding;
mod exports;
mod files;
mod incident_panel;
mod sharing;

use std::path::{Path, PathBuf};

use crate::model::{ArticleId, ArticleSummary, Evidence, Incident, IncidentId};
use crate::propose::Proposal;
use crate::propose::suggest::Suggestion;
use crate::store::meta::Counts;
use crate::store::{IntegrityStatus, Project, StoreResult, articles, evidence, incidents, meta};
use crate::ui::article_pane::{ArticlePane, OpenArticle, PaneEvent};
use crate::ui::codebook::Codebook;
use crate::ui::commands::UiCommand;
use crate::ui::context_editor::{ContextChange, ContextEditor};
use crate::ui::corpus::{CorpusEvent, CorpusSearch, corpus_ui};
use crate::ui::dialogs::{FileDialogs, NativeDialogs};
use crate::ui::import_job::ImportJob;
use crate::ui::incident_editor::IncidentEditor;
use crate::ui::timeline_view::{TimelineData, TimelineView, timeline_ui};
use chrome::command_button;

/// The incident being coded, with all its evidence (in any article), and its editor.
struct SelectedIncident {
    incident: Incident,
    evidence: Vec<Evidence>,
    editor: IncidentEditor,
}

/// What a panel asks the app to do.
#[derive(Debug)]
enum Action {
    OpenArticle(ArticleId),
    OpenBeside(ArticleId),
    CloseBeside,
    SelectIncident(IncidentId),
    Command(UiCommand),
    AttachSuggestion(usize, Suggestion),
    ApplyProposal(usize),
    JumpToEvidence(Evidence),
    /// Store the editor's working copy, merging typing in one field into one undo step.
    SaveEdit {
        label: String,
        merge_key: String,
    },
    /// The analyst left a field: the next edit is a new undo step.
    SealUndoStep,
    OpenRecent(PathBuf),
    /// A mark on the timeline: select the incident and show its evidence.
    ShowIncident(IncidentId),
    Context(ContextChange),
    Codebook(crate::ui::codebook_editor::CodebookChange),
    /// Merge this incident into the selected one.
    Merge(IncidentId),
    CancelImport,
    /// The search text changed.
    Search,
    ExportProject(crate::export::Format),
    MergeProject,
    SaveCopyWithoutTexts,
    Agreement,
    ImportIncidents,
}

pub struct SpanlineApp {
    project: Option<Project>,
    /// The last problem, shown until the next action.
    error: Option<String>,
    /// What the last action did, for the status bar.
    status: String,
    corpus: Vec<ArticleSummary>,
    counts: Counts,
    codebook: Codebook,
    /// The articles on screen: one, or two side by side.
    panes: Vec<ArticlePane>,
    /// The pane the analyst last worked in: selection commands apply to it.
    active_pane: usize,
    selected: Option<SelectedIncident>,
    /// Values read from the evidence just attached, for the analyst to apply or ignore.
    proposals: Vec<Proposal>,
    show_suggestions: bool,
    show_help: bool,
    /// Who is coding: written into the change log.
    analyst: String,
    dialogs: Box<dyn FileDialogs>,
    /// Projects opened lately, newest first (kept between sessions).
    recent: Vec<PathBuf>,
    import_job: Option<ImportJob>,
    /// The window title last sent, so it is sent only when it changes.
    title: String,
    search: CorpusSearch,
    timeline_view: TimelineView,
    timeline: TimelineData,
    /// What the filters let through, for the lists; recomputed when filters or data change.
    filtered: FilteredSets,
    context_editor: ContextEditor,
    codebook_editor: crate::ui::codebook_editor::CodebookEditor,
    /// Timeline images being written, reporting back when done.
    png_exports: exports::PngExports,
    /// A colleague's project being merged, waiting for the analyst's decisions.
    pending_merge: Option<sharing::PendingMerge>,
    /// A merge being worked out in the background.
    merge_job: Option<sharing::Background<(crate::merge::Plan, crate::merge::Theirs)>>,
    /// Agreement tables being worked out in the background.
    agreement_job: Option<sharing::Background<crate::agreement::Report>>,
    /// Agreement with a colleague's project, while its window is open.
    agreement: Option<(String, crate::agreement::Report)>,
}

/// The articles and incidents the timeline's filters let through (`None`: no filter set).
#[derive(Default)]
struct FilteredSets {
    for_filters: Option<crate::timeline::filter::Filters>,
    articles: Option<std::collections::HashSet<ArticleId>>,
    incidents: Option<std::collections::HashSet<IncidentId>>,
}

/// What the window remembers between sessions.
#[derive(Default, serde::Serialize, serde::Deserialize)]
#[serde(default)]
struct Preferences {
    recent: Vec<PathBuf>,
    hide_suggestions: bool,
}

const PREFERENCES_KEY: &str = "spanline";

/// Most articles the corpus list loads at once.
const CORPUS_PAGE: usize = 500;

/// Beyond this many incidents changed at once, re-reading the whole timeline is cheaper than
/// replacing rows one by one (about 1 ms each at 100,000 incidents).
const MOST_ROWS_REPLACED: usize = 200;

/// How the timeline catches up with a change.
#[derive(Clone, Copy)]
enum TimelineRefresh {
    /// Re-read every row: after opening, imports and merges.
    Everything,
    /// Replace the rows of the incidents the last change concerned.
    TouchedIncidents,
}

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
            corpus: Vec::new(),
            counts: Counts::default(),
            codebook: Codebook::default(),
            panes: Vec::new(),
            active_pane: 0,
            selected: None,
            proposals: Vec::new(),
            show_suggestions: true,
            show_help: false,
            analyst: analyst.to_owned(),
            dialogs,
            recent: Vec::new(),
            import_job: None,
            title: String::new(),
            search: CorpusSearch::default(),
            timeline_view: TimelineView::default(),
            timeline: TimelineData::default(),
            filtered: FilteredSets::default(),
            context_editor: ContextEditor::default(),
            codebook_editor: Default::default(),
            png_exports: exports::PngExports::default(),
            pending_merge: None,
            merge_job: None,
            agreement_job: None,
            agreement: None,
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
        for path in prefs.recent.into_iter().rev() {
            self.remember(&path);
        }
    }

    /// Waits for the open project's background integrity scan (for scripted use and tests,
    /// where nothing should still be running when the window is driven).
    pub fn wait_for_checks(&mut self) {
        if let Some(project) = self.project.as_mut()
            && let Err(err) = project.wait_until_verified()
        {
            self.error = Some(err.to_string());
        }
    }

    pub fn project(&self) -> Option<&Project> {
        self.project.as_ref()
    }

    pub fn error(&self) -> Option<&str> {
        self.error.as_deref()
    }

    /// What the reader marks as suggestions in the (first) article on screen.
    pub fn suggestions(&self) -> &[Suggestion] {
        self.panes
            .first()
            .map_or(&[], |p| p.article.suggestions.as_slice())
    }

    /// Whether suggestions are drawn.
    pub fn suggestions_shown(&self) -> bool {
        self.show_suggestions
    }

    /// Title of the (first) article on screen.
    pub fn open_article_title(&self) -> Option<&str> {
        self.panes.first().map(|p| p.article.title.as_str())
    }

    /// Where the timeline drew the mark of `incident_id` in the last frame.
    pub fn timeline_mark(&self, incident_id: IncidentId) -> Option<egui::Pos2> {
        self.timeline_view
            .mark_position(&self.timeline, incident_id)
    }

    /// Where the timeline plot (with its axes) was drawn, in points.
    pub fn timeline_plot_rect(&self) -> Option<egui::Rect> {
        self.timeline_view.plot_rect
    }

    /// What the status bar says about the last action.
    pub fn status(&self) -> &str {
        &self.status
    }

    /// Whether the timeline shows counts per day, week or month instead of marks.
    pub fn timeline_shows_counts(&self) -> bool {
        self.timeline_view.mode == crate::ui::timeline_view::TimelineMode::Counts
    }

    /// The dated incidents the timeline shows.
    pub fn timeline_incidents(&self) -> &[crate::timeline::TimelineIncident] {
        &self.timeline.incidents
    }

    /// Opens an article in the main pane (as a click in the corpus list does).
    pub fn show_article(&mut self, article_id: ArticleId) {
        self.open_article(article_id, false);
    }

    /// Titles of the articles on screen, left to right.
    pub fn open_titles(&self) -> Vec<&str> {
        self.panes
            .iter()
            .map(|p| p.article.title.as_str())
            .collect()
    }

    /// The selected words in the pane the analyst works in, in code points of its article.
    pub fn selection(&self) -> Option<std::ops::Range<usize>> {
        self.panes
            .get(self.active_pane)
            .and_then(|p| p.view.selected())
    }

    /// Selects code points `range` of the article in `pane` (0 left, 1 right), as a drag would.
    pub fn select_range_in(&mut self, pane: usize, range: std::ops::Range<usize>) {
        if let Some(target) = self.panes.get_mut(pane) {
            target.view.select_and_show(range);
            self.active_pane = pane;
        }
    }

    /// Selects code points `range` of the (first) article on screen.
    pub fn select_range(&mut self, range: std::ops::Range<usize>) {
        self.select_range_in(0, range);
    }

    /// Where character `at` of the (first) article was drawn in the last frame.
    pub fn source_char_rect(&self, at: usize) -> Option<egui::Rect> {
        self.panes.first().and_then(|p| p.view.char_rect(at))
    }

    /// The incident being coded.
    pub fn selected_incident(&self) -> Option<&Incident> {
        self.selected.as_ref().map(|s| &s.incident)
    }

    /// The values proposed for the evidence just attached.
    pub fn proposals(&self) -> &[Proposal] {
        &self.proposals
    }

    /// Reloads every cache from the project: after opening, undo and imports.
    fn reload(&mut self) {
        self.reload_codebook();
        self.mark_search_hits();
        self.reload_coding(TimelineRefresh::Everything);
    }

    /// Reloads the codebook and the articles on screen, whose suggestions read it.
    fn reload_codebook(&mut self) {
        let Some(project) = &self.project else { return };
        let conn = project.conn();
        match Codebook::load(conn) {
            Ok(codebook) => self.codebook = codebook,
            Err(err) => self.error = Some(err.to_string()),
        }
        let ids: Vec<ArticleId> = self.panes.iter().map(|p| p.article.article_id).collect();
        let reopened: StoreResult<Vec<Option<OpenArticle>>> = ids
            .iter()
            .map(|id| OpenArticle::read(conn, &self.codebook, *id))
            .collect();
        match reopened {
            Ok(articles) => {
                for (pane, article) in self.panes.iter_mut().zip(articles) {
                    if let Some(article) = article {
                        pane.article = article;
                    }
                }
                // An article that no longer exists (an undone import) leaves the screen.
                let still_there: Vec<bool> = ids
                    .iter()
                    .map(|id| articles::get(conn, *id).ok().flatten().is_some())
                    .collect();
                let mut keep = still_there.into_iter();
                self.panes.retain(|_| keep.next().unwrap_or(false));
                self.active_pane = self.active_pane.min(self.panes.len().saturating_sub(1));
            }
            Err(err) => self.error = Some(err.to_string()),
        }
    }

    /// Reloads what coding changes: counts, the corpus list, the evidence and incidents of the
    /// articles on screen, the timeline and the selected incident (not the codebook or
    /// suggestions).
    fn reload_coding(&mut self, timeline: TimelineRefresh) {
        let Some(project) = &self.project else { return };
        let conn = project.conn();
        let loaded = (|| -> StoreResult<_> {
            for pane in &mut self.panes {
                pane.article.refresh_coding(conn)?;
            }
            Ok((
                articles::summaries(conn, 0, CORPUS_PAGE)?,
                meta::counts(conn)?,
            ))
        })();
        match loaded {
            Ok((corpus, counts)) => (self.corpus, self.counts) = (corpus, counts),
            Err(err) => self.error = Some(err.to_string()),
        }
        match timeline {
            TimelineRefresh::Everything => self.reload_timeline(),
            TimelineRefresh::TouchedIncidents => self.update_timeline(),
        }
        if let Some(incident_id) = self.selected.as_ref().map(|s| s.incident.incident_id) {
            self.load_incident(incident_id);
        }
    }

    /// Re-reads the timeline's incidents and context events.
    fn reload_timeline(&mut self) {
        let Some(project) = &self.project else { return };
        let conn = project.conn();
        let read = (|| -> StoreResult<_> {
            Ok((
                incidents::timeline(conn, None, None)?,
                crate::store::context::all(conn)?,
            ))
        })();
        match read {
            Ok((dated, context)) => {
                self.timeline = TimelineData::new(dated, context, self.timeline_view.lane_by);
                self.filtered = FilteredSets::default();
            }
            Err(err) => self.error = Some(err.to_string()),
        }
    }

    /// Re-reads the timeline rows of just the incidents the last change concerned (and the
    /// context events); all of it when the change concerned many.
    fn update_timeline(&mut self) {
        let Some(project) = &self.project else { return };
        let touched = project.touched();
        if touched.len() > MOST_ROWS_REPLACED {
            self.reload_timeline();
            return;
        }
        let conn = project.conn();
        let read = (|| -> StoreResult<_> {
            let rows = touched
                .iter()
                .map(|id| Ok((*id, incidents::timeline_row(conn, *id)?)))
                .collect::<StoreResult<Vec<_>>>()?;
            Ok((rows, crate::store::context::all(conn)?))
        })();
        match read {
            Ok((rows, context)) => {
                for (incident_id, row) in rows {
                    self.timeline.replace(incident_id, row);
                }
                self.timeline.context = context;
                self.filtered = FilteredSets::default();
            }
            Err(err) => self.error = Some(err.to_string()),
        }
    }

    /// Adds, stores or deletes a context event, undoably.
    fn change_context(&mut self, change: ContextChange) {
        match change {
            ContextChange::Add => {
                let date = self
                    .selected
                    .as_ref()
                    .and_then(|s| s.incident.date_start)
                    .or_else(|| self.timeline.incidents.last().map(|i| i.date_start))
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
                let Some(project) = self.project.as_mut() else {
                    return;
                };
                match project.run_merging(
                    crate::edit::commands::put_context_event(event),
                    Some(merge_key),
                ) {
                    Ok(()) => {
                        self.status = "edit context event · saved".into();
                        self.update_timeline();
                    }
                    Err(err) => self.error = Some(err.to_string()),
                }
            }
        }
    }

    /// The context events and periods the timeline draws.
    pub fn context_events(&self) -> &[crate::model::ContextEvent] {
        &self.timeline.context
    }

    /// Brings the filtered sets up to date with the timeline's filters.
    fn apply_filters(&mut self) {
        let filters = &self.timeline_view.filters;
        if self.filtered.for_filters.as_ref() == Some(filters) {
            return;
        }
        let active = filters.active();
        let matching: Vec<&crate::timeline::TimelineIncident> = self
            .timeline
            .incidents
            .iter()
            .filter(|i| filters.matches(i))
            .collect();
        self.filtered = FilteredSets {
            for_filters: Some(filters.clone()),
            articles: active.then(|| {
                matching
                    .iter()
                    .flat_map(|i| i.article_ids.iter().copied())
                    .collect()
            }),
            incidents: active.then(|| matching.iter().map(|i| i.incident_id).collect()),
        };
    }

    /// How many articles the filters let through (`None` when no filter is set).
    pub fn filtered_article_count(&self) -> Option<usize> {
        self.filtered
            .articles
            .as_ref()
            .map(std::collections::HashSet::len)
    }

    /// Filters the lists to the time range `from..=to`, as a Shift+drag on the timeline does.
    pub fn filter_to_range(&mut self, from: jiff::civil::Date, to: jiff::civil::Date) {
        self.timeline_view.filters.range = Some((from, to));
    }

    /// Steps to the next (or previous) incident in date order among those the filters let
    /// through, and shows it with its evidence.
    fn review_step(&mut self, forward: bool) {
        let filters = &self.timeline_view.filters;
        let order: Vec<IncidentId> = self
            .timeline
            .incidents
            .iter()
            .filter(|i| filters.matches(i))
            .map(|i| i.incident_id)
            .collect();
        let current = self
            .selected
            .as_ref()
            .and_then(|s| order.iter().position(|id| *id == s.incident.incident_id));
        let next = match (current, forward) {
            (None, _) => order.first(),
            (Some(at), true) => order.get(at + 1),
            (Some(at), false) => at.checked_sub(1).and_then(|before| order.get(before)),
        };
        match next.copied() {
            Some(incident_id) => {
                let position = order
                    .iter()
                    .position(|id| *id == incident_id)
                    .map_or(0, |p| p + 1);
                self.show_incident(incident_id);
                self.status = format!("Reviewing {position} of {}", order.len());
            }
            None => {
                self.status = format!(
                    "No {} incident to review.",
                    if forward { "later" } else { "earlier" }
                )
            }
        }
    }

    /// Selects an incident, opens the article of its first evidence and shows those words.
    pub fn show_incident(&mut self, incident_id: IncidentId) {
        self.proposals.clear();
        self.load_incident(incident_id);
        let first = self
            .selected
            .as_ref()
            .and_then(|s| s.evidence.first().cloned());
        if let Some(evidence) = first {
            self.run(Action::JumpToEvidence(evidence));
        }
    }

    /// Reloads the incident being edited and the incident lists of the articles on screen.
    fn reload_after_field_edit(&mut self) {
        let Some(project) = &self.project else { return };
        let conn = project.conn();
        for pane in &mut self.panes {
            if let Err(err) = pane.article.refresh_coding(conn) {
                self.error = Some(err.to_string());
            }
        }
        // Only this incident changed: its timeline row is replaced, not all rows re-read.
        self.update_timeline();
        if let Some(incident_id) = self.selected.as_ref().map(|s| s.incident.incident_id) {
            self.load_incident(incident_id);
        }
    }

    fn load_incident(&mut self, incident_id: IncidentId) {
        let Some(project) = &self.project else { return };
        let conn = project.conn();
        let loaded = (|| -> StoreResult<Option<SelectedIncident>> {
            let Some(incident) = incidents::get(conn, incident_id)? else {
                return Ok(None);
            };
            Ok(Some(SelectedIncident {
                editor: IncidentEditor::new(incident.clone()),
                incident,
                evidence: evidence::for_incident(conn, incident_id)?,
            }))
        })();
        match loaded {
            Ok(selected) => self.selected = selected,
            Err(err) => self.error = Some(err.to_string()),
        }
    }

    /// Opens an article in the main pane, or (`beside`) in a second pane next to it.
    fn open_article(&mut self, article_id: ArticleId, beside: bool) {
        let Some(project) = &self.project else { return };
        match OpenArticle::read(project.conn(), &self.codebook, article_id) {
            Ok(Some(mut article)) => {
                article.mark_words(&self.search.words());
                let pane = ArticlePane::new(article);
                if beside && !self.panes.is_empty() {
                    self.panes.truncate(1);
                    self.panes.push(pane);
                    self.active_pane = 1;
                } else if self.panes.is_empty() {
                    self.panes.push(pane);
                    self.active_pane = 0;
                } else {
                    self.panes[0] = pane;
                    self.active_pane = 0;
                }
                self.proposals.clear();
            }
            Ok(None) => self.error = Some("That article no longer exists.".into()),
            Err(err) => self.error = Some(err.to_string()),
        }
    }

    /// Draws the whole window into `ui` and runs what the analyst asked for.
    pub fn show(&mut self, ui: &mut egui::Ui) {
        crate::ui::fonts::install(ui.ctx());
        self.watch_integrity(ui.ctx());
        self.handle_dropped_files(ui.ctx());
        self.poll_import(ui.ctx());
        self.poll_search(ui.ctx());
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
            egui::Panel::left("corpus")
                .default_size(280.0)
                .show(ui, |ui| {
                    let open: Vec<ArticleId> =
                        self.panes.iter().map(|p| p.article.article_id).collect();
                    match corpus_ui(
                        ui,
                        &self.corpus,
                        &mut self.search,
                        &open,
                        self.filtered.articles.as_ref(),
                    ) {
                        Some(CorpusEvent::Open(id)) => actions.push(Action::OpenArticle(id)),
                        Some(CorpusEvent::OpenBeside(id)) => actions.push(Action::OpenBeside(id)),
                        Some(CorpusEvent::SearchChanged) => actions.push(Action::Search),
                        None => {}
                    }
                });
            let large = self.timeline_view.large;
            let window_height = ui.available_height();
            let mut timeline_panel = egui::Panel::bottom("timeline")
                .resizable(true)
                .default_size(240.0);
            if large {
                timeline_panel = timeline_panel.exact_size(window_height * 0.7);
            }
            timeline_panel.show(ui, |ui| {
                let selected = self.selected.as_ref().map(|s| s.incident.incident_id);
                let view = &mut self.timeline_view;
                if let Some(incident_id) =
                    timeline_ui(ui, view, &mut self.timeline, &self.codebook, selected)
                {
                    actions.push(Action::ShowIncident(incident_id));
                }
            });
            egui::Panel::right("incidents")
                .default_size(430.0)
                .show(ui, |ui| self.incidents_ui(ui, &mut actions));
        }
        egui::CentralPanel::default().show(ui, |ui| self.articles_ui(ui, &mut actions));
        if self.show_help {
            self.help_ui(ui.ctx());
        }
        if std::mem::take(&mut self.timeline_view.export_requested) {
            self.export_csv();
        }
        if std::mem::take(&mut self.timeline_view.png_requested) {
            self.export_png(ui.ctx());
        }
        self.poll_png_exports();
        self.poll_merge_job(ui.ctx());
        self.poll_agreement_job(ui.ctx());
        self.merge_ui(ui.ctx());
        self.agreement_window(ui.ctx());
        if std::mem::take(&mut self.timeline_view.context_requested) {
            self.context_editor.open = true;
        }
        if let Some(change) = self.context_editor.ui(ui.ctx(), &self.timeline.context) {
            actions.push(Action::Context(change));
        }
        if let Some(change) = self.codebook_editor.ui(ui.ctx(), &self.codebook) {
            actions.push(Action::Codebook(change));
        }
        for action in actions {
            self.run(action);
        }
        self.apply_filters();
    }

    fn watch_integrity(&mut self, ctx: &egui::Context) {
        let integrity = self.project.as_mut().map(|p| p.integrity().clone());
        match integrity {
            Some(IntegrityStatus::Damaged(message)) if self.error.is_none() => {
                self.error = Some(format!("{message} It is open read-only."));
            }
            // The scan reports by message; look again shortly until it has.
            Some(IntegrityStatus::Checking) => {
                ctx.request_repaint_after(std::time::Duration::from_millis(100))
            }
            _ => {}
        }
    }

    fn run(&mut self, action: Action) {
        match action {
            Action::OpenArticle(article_id) => self.open_article(article_id, false),
            Action::OpenBeside(article_id) => self.open_article(article_id, true),
            Action::CloseBeside => {
                self.panes.truncate(1);
                self.active_pane = 0;
            }
            Action::SelectIncident(incident_id) => {
                self.proposals.clear();
                self.load_incident(incident_id);
            }
            Action::Command(command) => self.run_command(command),
            Action::AttachSuggestion(pane, suggestion) => {
                self.active_pane = pane;
                self.attach(suggestion.start..suggestion.end, vec![suggestion.field]);
            }
            Action::ApplyProposal(index) => self.apply_proposal(index),
            Action::SaveEdit { label, merge_key } => self.save_edit(&label, merge_key),
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
            Action::Context(change) => self.change_context(change),
            Action::Codebook(change) => self.change_codebook(change),
            Action::Merge(absorbed) => self.merge_into_selected(absorbed),
            Action::ExportProject(format) => self.export_project_as(format),
            Action::MergeProject => self.start_merge(),
            Action::SaveCopyWithoutTexts => self.save_copy(true),
            Action::Agreement => self.start_agreement(),
            Action::ImportIncidents => {
                if let Some(path) = self.dialogs.incidents_file() {
                    self.import_incidents(&path);
                }
            }
            Action::CancelImport => {
                if let Some(job) = &self.import_job {
                    job.cancel();
                }
            }
            Action::JumpToEvidence(evidence) => {
                let shown = self
                    .panes
                    .iter()
                    .position(|p| p.article.article_id == evidence.article_id);
                let pane = match shown {
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
        }
    }

    fn run_command(&mut self, command: UiCommand) {
        match command {
            UiCommand::NewProject => self.new_project(),
            UiCommand::OpenProject => self.open_chosen_project(),
            UiCommand::SaveCopy => self.save_copy(false),
            UiCommand::ImportArticles => {
                let files = self.dialogs.import_files();
                self.start_import(files);
            }
            UiCommand::Undo => self.undo_or_redo(true),
            UiCommand::Redo => self.undo_or_redo(false),
            UiCommand::NewIncident => self.new_incident(),
            UiCommand::IncidentsFromDates => self.incidents_from_dates(),
            UiCommand::DeleteIncident => self.delete_incident(),
            UiCommand::ReviewNext => self.review_step(true),
            UiCommand::ReviewPrevious => self.review_step(false),
            UiCommand::MarkReviewed => self.mark_reviewed(),
            UiCommand::Attach(field) => match self.selection() {
                Some(range) => self.attach(range, vec![field]),
                None => self.status = "Select some words first.".into(),
            },
            UiCommand::EditCodebook => self.open_codebook(),
            UiCommand::ToggleSuggestions => self.show_suggestions = !self.show_suggestions,
            UiCommand::FocusSearch => self.search.focus_requested = true,
            UiCommand::ToggleHelp => self.show_help = !self.show_help,
        }
    }

    /// The middle of the window: the toolbar, then one article or two side by side.
    fn articles_ui(&mut self, ui: &mut egui::Ui, actions: &mut Vec<Action>) {
        if let Some(error) = &self.error {
            ui.colored_label(egui::Color32::from_rgb(220, 80, 80), error);
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
        ui.horizontal(|ui| {
            command_button(ui, UiCommand::NewIncident, actions);
            command_button(ui, UiCommand::IncidentsFromDates, actions);
            ui.menu_button("Attach as evidence…", |ui| {
                for (_, field) in crate::ui::commands::FIELD_KEYS {
                    command_button(ui, UiCommand::Attach(field), actions);
                }
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
        ui.columns(count, |columns| {
            for (index, (column, pane)) in columns.iter_mut().zip(self.panes.iter_mut()).enumerate()
            {
                let (event, interacted) =
                    pane.ui(column, &format!("source_scroll_{index}"), show_suggestions);
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
                PaneEvent::AttachSuggestion(suggestion) => {
                    Action::AttachSuggestion(index, suggestion)
                }
            });
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
                app.open_project(path, &analyst);
            }
            Ok(Box::new(app))
        }),
    )
    .map_err(|err| anyhow::anyhow!("the window could not open: {err}"))
}
