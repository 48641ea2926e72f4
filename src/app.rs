//! The window: corpus on the left, the article in the middle, its incidents on the right.
//! Panels draw from caches and return [`Action`]s; the app runs them after drawing, writes
//! through the project's undoable commands, and reloads its caches (never per frame).

use std::path::{Path, PathBuf};

use egui::{Color32, RichText};

use crate::edit::commands;
use crate::model::{
    Actor, ArticleId, ArticleSummary, Evidence, Field, Incident, IncidentId, IncidentSummary,
    Place, Span, Stamp, VocabTerm, Vocabulary,
};
use crate::propose::suggest::{Suggestion, suggest};
use crate::propose::{self, Proposal};
use crate::store::meta::Counts;
use crate::store::{
    IntegrityStatus, Project, StoreResult, actors, articles, evidence, incidents, meta, places,
    vocab,
};
use crate::ui::commands::{UiCommand, field_label};
use crate::ui::dialogs::{FileDialogs, NativeDialogs};
use crate::ui::highlight::{Highlight, Look, Marks, incident_colour};
use crate::ui::import_job::{ImportJob, ImportState};
use crate::ui::incident_editor::{Choices, IncidentEditor};
use crate::ui::search_job::SearchJob;
use crate::ui::source_view::SourceView;

/// The article on screen, loaded when it is picked or changed.
struct OpenArticle {
    article_id: ArticleId,
    title: String,
    byline: String,
    published: Option<jiff::civil::Date>,
    text: String,
    evidence: Vec<Evidence>,
    highlights: Vec<Highlight>,
    /// Spans the proposals would recognise, shown faintly while reading.
    suggestions: Vec<Suggestion>,
    suggestion_ranges: Vec<std::ops::Range<usize>>,
    incidents: Vec<IncidentSummary>,
    /// Words of the corpus search found in this article.
    search_hits: Vec<std::ops::Range<usize>>,
}

/// The incident being coded, with all its evidence (in any article), and its editor.
struct SelectedIncident {
    incident: Incident,
    evidence: Vec<Evidence>,
    editor: IncidentEditor,
}

/// The project's lists that proposals and suggestions read, loaded with the project.
#[derive(Default)]
struct Codebook {
    actors: Vec<Actor>,
    places: Vec<Place>,
    terms: Vec<VocabTerm>,
}

/// What a panel asks the app to do.
#[derive(Debug)]
enum Action {
    OpenArticle(ArticleId),
    SelectIncident(IncidentId),
    Command(UiCommand),
    AttachSuggestion(Suggestion),
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
    CancelImport,
    /// The search text changed.
    Search,
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
    open_article: Option<OpenArticle>,
    source_view: SourceView,
    selected: Option<SelectedIncident>,
    /// Values read from the evidence just attached, for the analyst to apply or ignore.
    proposals: Vec<Proposal>,
    /// Evidence to draw attention to after jumping to it.
    flash: Option<std::ops::Range<usize>>,
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
}

/// Which articles the corpus list shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum CorpusFilter {
    #[default]
    All,
    NotCoded,
    Coded,
}

/// The corpus search box and its answer.
#[derive(Default)]
struct CorpusSearch {
    text: String,
    /// Articles matching `text`; `None` while nothing is searched for.
    hits: Option<std::collections::HashSet<ArticleId>>,
    running: Option<SearchJob>,
    filter: CorpusFilter,
    focus_requested: bool,
}

/// What the window remembers between sessions.
#[derive(Default, serde::Serialize, serde::Deserialize)]
#[serde(default)]
struct Preferences {
    recent: Vec<PathBuf>,
    hide_suggestions: bool,
}

const PREFERENCES_KEY: &str = "spanline";
const MAX_RECENT: usize = 8;

/// Most articles the corpus list loads at once.
const CORPUS_PAGE: usize = 500;

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
            open_article: None,
            source_view: SourceView::default(),
            selected: None,
            proposals: Vec::new(),
            flash: None,
            show_suggestions: true,
            show_help: false,
            analyst: analyst.to_owned(),
            dialogs,
            recent: Vec::new(),
            import_job: None,
            title: String::new(),
            search: CorpusSearch::default(),
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

    /// Projects opened lately, newest first.
    pub fn recent_projects(&self) -> &[PathBuf] {
        &self.recent
    }

    fn remember(&mut self, path: &Path) {
        let path = path.canonicalize().unwrap_or_else(|_| path.to_owned());
        self.recent.retain(|p| *p != path);
        self.recent.insert(0, path);
        self.recent.truncate(MAX_RECENT);
    }

    pub fn open_project(&mut self, path: &Path, analyst: &str) {
        match Project::open(path, analyst) {
            Ok(project) => self.use_project(project),
            Err(err) => self.error = Some(err.to_string()),
        }
    }

    fn use_project(&mut self, project: Project) {
        self.remember(project.path());
        self.status = format!("Opened {}", project.path().display());
        self.project = Some(project);
        self.open_article = None;
        self.selected = None;
        self.proposals.clear();
        self.source_view.reset();
        self.error = None;
        self.reload();
    }

    pub fn project(&self) -> Option<&Project> {
        self.project.as_ref()
    }

    pub fn error(&self) -> Option<&str> {
        self.error.as_deref()
    }

    /// What the reader marks as suggestions in the article on screen.
    pub fn suggestions(&self) -> &[Suggestion] {
        self.open_article
            .as_ref()
            .map_or(&[], |a| a.suggestions.as_slice())
    }

    /// Whether suggestions are drawn.
    pub fn suggestions_shown(&self) -> bool {
        self.show_suggestions
    }

    /// Title of the article on screen.
    pub fn open_article_title(&self) -> Option<&str> {
        self.open_article.as_ref().map(|a| a.title.as_str())
    }

    /// The selected words, in code points of the open article.
    pub fn selection(&self) -> Option<std::ops::Range<usize>> {
        self.source_view.selected()
    }

    /// Selects code points `range` of the open article, as a drag would.
    pub fn select_range(&mut self, range: std::ops::Range<usize>) {
        self.source_view.select_and_show(range);
    }

    /// Where character `at` of the open article was drawn in the last frame.
    pub fn source_char_rect(&self, at: usize) -> Option<egui::Rect> {
        self.source_view.char_rect(at)
    }

    /// The incident being coded.
    pub fn selected_incident(&self) -> Option<&Incident> {
        self.selected.as_ref().map(|s| &s.incident)
    }

    /// The values proposed for the evidence just attached.
    pub fn proposals(&self) -> &[Proposal] {
        &self.proposals
    }

    /// Reloads every cache from the project: after opening and after every change.
    fn reload(&mut self) {
        let Some(project) = &self.project else { return };
        let conn = project.conn();
        let loaded = (|| -> StoreResult<_> {
            let codebook = Codebook {
                actors: actors::all(conn)?,
                places: places::all(conn)?,
                terms: [
                    Vocabulary::EventType,
                    Vocabulary::SubType,
                    Vocabulary::Weapon,
                    Vocabulary::TargetType,
                ]
                .into_iter()
                .map(|v| vocab::list(conn, v))
                .collect::<StoreResult<Vec<_>>>()?
                .concat(),
            };
            Ok((
                articles::summaries(conn, 0, CORPUS_PAGE)?,
                meta::counts(conn)?,
                codebook,
            ))
        })();
        match loaded {
            Ok((corpus, counts, codebook)) => {
                (self.corpus, self.counts, self.codebook) = (corpus, counts, codebook);
            }
            Err(err) => self.error = Some(err.to_string()),
        }
        if let Some(article_id) = self.open_article.as_ref().map(|a| a.article_id) {
            self.load_article(article_id);
            self.mark_search_hits();
        }
        if let Some(incident_id) = self.selected.as_ref().map(|s| s.incident.incident_id) {
            self.load_incident(incident_id);
        }
    }

    fn load_article(&mut self, article_id: ArticleId) {
        let Some(project) = &self.project else { return };
        let conn = project.conn();
        let codebook = &self.codebook;
        let loaded = (|| -> StoreResult<Option<OpenArticle>> {
            let Some(article) = articles::get(conn, article_id)? else {
                return Ok(None);
            };
            let evidence = evidence::for_article(conn, article_id)?;
            let highlights = highlights_of(&evidence);
            let byline = [
                article.meta.outlet.clone(),
                article.meta.author.clone(),
                article.meta.published.map(|d| d.to_string()),
            ]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(" · ");
            let context = propose::Context {
                article_date: article.meta.published,
                actors: &codebook.actors,
                places: &codebook.places,
                terms: &codebook.terms,
            };
            let suggestions = suggest(&article.text, &context);
            let suggestion_ranges = suggestions.iter().map(|s| s.start..s.end).collect();
            Ok(Some(OpenArticle {
                article_id,
                title: article.meta.title,
                byline,
                published: article.meta.published,
                text: article.text,
                evidence,
                highlights,
                suggestions,
                suggestion_ranges,
                incidents: incidents::for_article(conn, article_id)?,
                search_hits: Vec::new(),
            }))
        })();
        match loaded {
            Ok(open) => self.open_article = open,
            Err(err) => self.error = Some(err.to_string()),
        }
    }

    /// Reloads what coding changes (counts, the article's evidence and incidents, the selected
    /// incident), but not the codebook or the article's suggestions.
    fn reload_coding(&mut self) {
        let Some(project) = &self.project else { return };
        let conn = project.conn();
        let article_id = self.open_article.as_ref().map(|a| a.article_id);
        let loaded = (|| -> StoreResult<_> {
            let coding = match article_id {
                Some(id) => Some((
                    evidence::for_article(conn, id)?,
                    incidents::for_article(conn, id)?,
                )),
                None => None,
            };
            Ok((
                articles::summaries(conn, 0, CORPUS_PAGE)?,
                meta::counts(conn)?,
                coding,
            ))
        })();
        match loaded {
            Ok((corpus, counts, coding)) => {
                (self.corpus, self.counts) = (corpus, counts);
                if let (Some(open), Some((evidence, incidents))) =
                    (self.open_article.as_mut(), coding)
                {
                    open.highlights = highlights_of(&evidence);
                    open.evidence = evidence;
                    open.incidents = incidents;
                }
            }
            Err(err) => self.error = Some(err.to_string()),
        }
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

    /// Draws the whole window into `ui` and runs what the analyst asked for.
    pub fn show(&mut self, ui: &mut egui::Ui) {
        crate::ui::fonts::install(ui.ctx());
        self.watch_integrity(ui.ctx());
        self.handle_dropped_files(ui.ctx());
        self.poll_import(ui.ctx());
        self.poll_search(ui.ctx());
        self.update_title(ui.ctx());
        let typing = self.source_view.other_widget_has_keyboard(ui.ctx());
        let mut actions: Vec<Action> = UiCommand::pressed(ui.ctx(), typing)
            .into_iter()
            .map(Action::Command)
            .collect();
        egui::Panel::top("menu_bar").show(ui, |ui| self.menu_bar_ui(ui, &mut actions));
        egui::Panel::bottom("status_bar").show(ui, |ui| self.status_bar_ui(ui, &mut actions));
        if self.project.is_some() {
            egui::Panel::left("corpus")
                .default_size(280.0)
                .show(ui, |ui| self.corpus_ui(ui, &mut actions));
            egui::Panel::right("incidents")
                .default_size(340.0)
                .show(ui, |ui| self.incidents_ui(ui, &mut actions));
        }
        egui::CentralPanel::default().show(ui, |ui| self.source_ui(ui, &mut actions));
        if self.show_help {
            self.help_ui(ui.ctx());
        }
        for action in actions {
            self.run(action);
        }
    }

    fn watch_integrity(&mut self, ctx: &egui::Context) {
        let integrity = self.project.as_mut().map(|p| p.integrity().clone());
        match integrity {
            Some(IntegrityStatus::Damaged(message)) if self.error.is_none() => {
                self.error = Some(format!("{message} It is open read-only."));
            }
            // The scan reports by message; look again shortly until it has.
            Some(IntegrityStatus::Checking) => {
                ctx.request_repaint_after(std::time::Duration::from_millis(100));
            }
            _ => {}
        }
    }

    fn run(&mut self, action: Action) {
        match action {
            Action::OpenArticle(article_id) => {
                self.source_view.reset();
                self.proposals.clear();
                self.flash = None;
                self.load_article(article_id);
                self.mark_search_hits();
            }
            Action::SelectIncident(incident_id) => {
                self.proposals.clear();
                self.load_incident(incident_id);
            }
            Action::Command(command) => self.run_command(command),
            Action::AttachSuggestion(suggestion) => {
                self.attach(suggestion.start..suggestion.end, vec![suggestion.field]);
            }
            Action::ApplyProposal(index) => self.apply_proposal(index),
            Action::SaveEdit { label, merge_key } => self.save_edit(&label, merge_key),
            Action::OpenRecent(path) => {
                let analyst = self.analyst.clone();
                self.open_project(&path, &analyst);
            }
            Action::Search => self.start_search(),
            Action::CancelImport => {
                if let Some(job) = &self.import_job {
                    job.cancel();
                }
            }
            Action::SealUndoStep => {
                if let Some(project) = self.project.as_mut() {
                    project.seal_undo_step();
                }
            }
            Action::JumpToEvidence(evidence) => {
                if self.open_article.as_ref().map(|a| a.article_id) != Some(evidence.article_id) {
                    self.run(Action::OpenArticle(evidence.article_id));
                }
                self.source_view.show_range(evidence.start..evidence.end);
                self.flash = Some(evidence.start..evidence.end);
            }
        }
    }

    fn run_command(&mut self, command: UiCommand) {
        match command {
            UiCommand::NewProject => {
                if let Some(path) = self.dialogs.new_project() {
                    match Project::create(&path, &self.analyst) {
                        Ok(project) => self.use_project(project),
                        Err(err) => self.error = Some(err.to_string()),
                    }
                }
            }
            UiCommand::OpenProject => {
                if let Some(path) = self.dialogs.open_project() {
                    let analyst = self.analyst.clone();
                    self.open_project(&path, &analyst);
                }
            }
            UiCommand::SaveCopy => self.save_copy(),
            UiCommand::ImportArticles => {
                let files = self.dialogs.import_files();
                self.start_import(files);
            }
            UiCommand::Undo => self.undo_or_redo(true),
            UiCommand::Redo => self.undo_or_redo(false),
            UiCommand::NewIncident => self.new_incident(),
            UiCommand::IncidentsFromDates => self.incidents_from_dates(),
            UiCommand::Attach(field) => match self.source_view.selected() {
                Some(range) => self.attach(range, vec![field]),
                None => self.status = "Select some words first.".into(),
            },
            UiCommand::ToggleSuggestions => self.show_suggestions = !self.show_suggestions,
            UiCommand::ToggleHelp => self.show_help = !self.show_help,
            UiCommand::FocusSearch => self.search.focus_requested = true,
        }
    }

    /// Runs one change, then reloads what it may have changed.
    fn change(&mut self, change: commands::ChangeResult) -> bool {
        let Some(project) = self.project.as_mut() else {
            return false;
        };
        let label = change.as_ref().map(|c| c.label.clone()).unwrap_or_default();
        match change.and_then(|c| project.run(c)) {
            Ok(()) => {
                self.error = None;
                self.status = format!("{label} · saved");
                self.reload_coding();
                true
            }
            Err(err) => {
                self.error = Some(err.to_string());
                false
            }
        }
    }

    fn undo_or_redo(&mut self, undo: bool) {
        let Some(project) = self.project.as_mut() else {
            return;
        };
        let result = if undo { project.undo() } else { project.redo() };
        match result {
            Ok(Some(label)) => {
                let verb = if undo { "Undid" } else { "Redid" };
                self.status = format!("{verb} {label} · saved");
                self.proposals.clear();
                self.reload();
            }
            Ok(None) => {
                self.status = format!("Nothing to {}.", if undo { "undo" } else { "redo" });
            }
            Err(err) => self.error = Some(err.to_string()),
        }
    }

    fn stamp(&self) -> Stamp {
        Stamp::now(self.project.as_ref().map_or("analyst", |p| p.analyst()))
    }

    fn new_incident(&mut self) {
        let (Some(open), Some(range)) = (&self.open_article, self.source_view.selected()) else {
            self.status = "Select the words the incident is reported in first.".into();
            return;
        };
        let span = Span {
            article_id: open.article_id,
            start: range.start,
            end: range.end,
        };
        let built = commands::new_incident_from_span(&open.text, span, &self.stamp());
        let incident_id = built.as_ref().ok().map(|(_, id)| *id);
        if self.change(built.map(|(change, _)| change)) {
            if let Some(incident_id) = incident_id {
                self.load_incident(incident_id);
            }
            self.source_view.selection = None;
        }
    }

    /// One draft incident per date the selected words state, in one undo step.
    fn incidents_from_dates(&mut self) {
        let (Some(open), Some(range)) = (&self.open_article, self.source_view.selected()) else {
            self.status = "Select a list of dates first.".into();
            return;
        };
        let words =
            crate::model::text::char_slice(&open.text, range.start, range.end).unwrap_or_default();
        let dates = propose::propose_dates(words, open.published);
        if dates.is_empty() {
            self.status = "The selection states no dates.".into();
            return;
        }
        let span = Span {
            article_id: open.article_id,
            start: range.start,
            end: range.end,
        };
        let built = commands::incidents_from_date_list(&open.text, span, &dates, &self.stamp());
        if self.change(built.map(|(change, _)| change)) {
            self.source_view.selection = None;
        }
    }

    /// Attaches code points `range` of the open article to the selected incident as evidence
    /// for `fields`, and reads proposals from them.
    fn attach(&mut self, range: std::ops::Range<usize>, fields: Vec<Field>) {
        let Some(open) = &self.open_article else {
            return;
        };
        let Some(selected) = &self.selected else {
            self.status = "Select an incident on the right first (or press N to make one).".into();
            return;
        };
        let span = Span {
            article_id: open.article_id,
            start: range.start,
            end: range.end,
        };
        let words = crate::model::text::char_slice(&open.text, range.start, range.end)
            .unwrap_or_default()
            .to_owned();
        let context = propose::Context {
            article_date: open.published,
            actors: &self.codebook.actors,
            places: &self.codebook.places,
            terms: &self.codebook.terms,
        };
        let proposals: Vec<Proposal> = fields
            .iter()
            .flat_map(|field| propose::propose(*field, &words, &context))
            .collect();
        let built = commands::attach_evidence(
            selected.incident.incident_id,
            &open.text,
            span,
            fields,
            &self.stamp(),
        );
        if self.change(built.map(|(change, _)| change)) {
            self.proposals = proposals;
            self.source_view.selection = None;
        }
    }

    fn save_copy(&mut self) {
        let Some(project) = &self.project else {
            self.status = "Open a project first.".into();
            return;
        };
        let name = project
            .path()
            .file_stem()
            .map(|s| format!("{} copy.db", s.to_string_lossy()))
            .unwrap_or_else(|| "copy.db".into());
        let Some(target) = self.dialogs.save_copy(&name) else {
            return;
        };
        if target == project.path() {
            self.error = Some("Choose another file than the open project for its copy.".into());
            return;
        }
        match project.save_copy(&target) {
            Ok(()) => self.status = format!("Saved a copy as {}", target.display()),
            Err(err) => self.error = Some(err.to_string()),
        }
    }

    /// Imports `files` on a background thread; progress shows in the window.
    fn start_import(&mut self, files: Vec<PathBuf>) {
        if files.is_empty() {
            return;
        }
        let Some(project) = &self.project else {
            self.status = "Open or create a project to import into.".into();
            return;
        };
        if self.import_job.is_some() {
            self.status = "An import is already running.".into();
            return;
        }
        self.import_job = Some(ImportJob::start(
            project.path().to_owned(),
            self.analyst.clone(),
            files,
        ));
    }

    /// Follows a running import; when it ends, takes its undo step and shows what it did.
    fn poll_import(&mut self, ctx: &egui::Context) {
        let Some(job) = self.import_job.as_mut() else {
            return;
        };
        if matches!(job.poll(), ImportState::Running { .. }) {
            ctx.request_repaint_after(std::time::Duration::from_millis(50));
            return;
        }
        let outcome = self.import_job.take().map(ImportJob::into_outcome);
        match outcome {
            Some(ImportState::Finished { report, undo_step }) => {
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
                self.reload();
            }
            Some(ImportState::Failed(err)) => {
                self.error = Some(format!("The import failed: {err}"))
            }
            Some(ImportState::Running { .. }) | None => {}
        }
    }

    fn start_search(&mut self) {
        let text = self.search.text.trim().to_owned();
        if text.is_empty() {
            self.search.hits = None;
            self.search.running = None;
            self.mark_search_hits();
            return;
        }
        let Some(project) = &self.project else { return };
        match project.reader() {
            Ok(reader) => self.search.running = Some(SearchJob::start(reader, text)),
            Err(err) => self.error = Some(err.to_string()),
        }
    }

    fn poll_search(&mut self, ctx: &egui::Context) {
        let Some(job) = &self.search.running else {
            return;
        };
        let Some(result) = job.poll() else {
            ctx.request_repaint_after(std::time::Duration::from_millis(30));
            return;
        };
        self.search.running = None;
        match result {
            Ok(ids) => self.search.hits = Some(ids.into_iter().collect()),
            Err(err) => self.error = Some(format!("The search failed: {err}")),
        }
        self.mark_search_hits();
    }

    /// Marks the searched words in the open article.
    fn mark_search_hits(&mut self) {
        let words: Vec<String> = if self.search.hits.is_some() {
            self.search
                .text
                .split_whitespace()
                .map(str::to_owned)
                .collect()
        } else {
            Vec::new()
        };
        if let Some(open) = self.open_article.as_mut() {
            open.search_hits = words
                .iter()
                .flat_map(|word| crate::model::text::find_ignoring_case(&open.text, word))
                .collect();
        }
    }

    /// The searched words marked in the open article, in code points.
    pub fn search_marks(&self) -> &[std::ops::Range<usize>] {
        self.open_article
            .as_ref()
            .map_or(&[], |a| a.search_hits.as_slice())
    }

    /// Articles the search matched; `None` while nothing is searched for.
    pub fn search_hits(&self) -> Option<usize> {
        self.search
            .hits
            .as_ref()
            .map(std::collections::HashSet::len)
    }

    /// Whether an import is running.
    pub fn importing(&self) -> bool {
        self.import_job.is_some()
    }

    /// Opens a dropped project, or imports dropped articles into the open one.
    fn handle_dropped_files(&mut self, ctx: &egui::Context) {
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
        let (projects, articles): (Vec<PathBuf>, Vec<PathBuf>) = dropped
            .into_iter()
            .partition(|p| p.extension().is_some_and(|e| e == "db"));
        if let Some(path) = projects.first() {
            let analyst = self.analyst.clone();
            self.open_project(path, &analyst);
        }
        self.start_import(articles);
    }

    fn update_title(&mut self, ctx: &egui::Context) {
        let title = self
            .project
            .as_ref()
            .and_then(|p| {
                p.path()
                    .file_name()
                    .map(|n| format!("{} — Spanline", n.to_string_lossy()))
            })
            .unwrap_or_else(|| "Spanline".to_owned());
        if title != self.title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.title = title;
        }
    }

    fn save_edit(&mut self, label: &str, merge_key: String) {
        let Some(selected) = &self.selected else {
            return;
        };
        let change =
            commands::update_incident(selected.editor.working.clone(), label, &self.stamp());
        let Some(project) = self.project.as_mut() else {
            return;
        };
        match project.run_merging(change, Some(merge_key)) {
            Ok(()) => {
                self.error = None;
                self.status = format!("{label} · saved");
                self.reload_coding();
            }
            Err(err) => self.error = Some(err.to_string()),
        }
    }

    fn apply_proposal(&mut self, index: usize) {
        let (Some(selected), Some(proposal)) = (&self.selected, self.proposals.get(index)) else {
            return;
        };
        let Some(updated) = propose::apply::apply(&selected.incident, proposal) else {
            self.status = "This proposal has no value to apply; type it in.".into();
            return;
        };
        let label = format!("set {}", field_label(proposal.field));
        let change = commands::update_incident(updated, &label, &self.stamp());
        if self.change(Ok(change)) {
            self.proposals.remove(index);
        }
    }

    fn menu_bar_ui(&mut self, ui: &mut egui::Ui, actions: &mut Vec<Action>) {
        egui::MenuBar::new().ui(ui, |ui| {
            ui.menu_button("File", |ui| {
                for command in [UiCommand::NewProject, UiCommand::OpenProject] {
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
                for command in [UiCommand::SaveCopy, UiCommand::ImportArticles] {
                    command_button(ui, command, actions);
                }
            });
            ui.menu_button("Edit", |ui| {
                for command in [UiCommand::Undo, UiCommand::Redo, UiCommand::NewIncident] {
                    command_button(ui, command, actions);
                }
                ui.menu_button("Attach selection as evidence", |ui| {
                    for (_, field) in crate::ui::commands::FIELD_KEYS {
                        command_button(ui, UiCommand::Attach(field), actions);
                    }
                });
            });
            ui.menu_button("View", |ui| {
                command_button(ui, UiCommand::ToggleSuggestions, actions);
            });
            ui.menu_button("Help", |ui| {
                command_button(ui, UiCommand::ToggleHelp, actions);
            });
        });
    }

    fn status_bar_ui(&self, ui: &mut egui::Ui, actions: &mut Vec<Action>) {
        if let Some(ImportState::Running {
            done,
            total,
            current,
        }) = self.import_job.as_ref().map(ImportJob::state)
        {
            ui.horizontal(|ui| {
                let fraction = if *total == 0 {
                    0.0
                } else {
                    *done as f32 / *total as f32
                };
                ui.add(
                    egui::ProgressBar::new(fraction)
                        .desired_width(240.0)
                        .text(format!("Importing {done} of {total}")),
                );
                ui.label(RichText::new(current).weak());
                if ui.button("Cancel import").clicked() {
                    actions.push(Action::CancelImport);
                }
            });
        }
        ui.horizontal(|ui| match &self.project {
            Some(project) => {
                let c = self.counts;
                ui.label(format!(
                    "{} · {} articles · {} incidents · {} evidence spans · all changes saved",
                    project.path().display(),
                    c.articles,
                    c.incidents,
                    c.evidence
                ));
                if !self.status.is_empty() {
                    ui.separator();
                    ui.label(&self.status);
                }
            }
            None => {
                ui.label("No project open");
            }
        });
    }

    fn corpus_ui(&mut self, ui: &mut egui::Ui, actions: &mut Vec<Action>) {
        ui.heading("Articles");
        let search = ui
            .horizontal(|ui| {
                let label = ui.label("Search");
                ui.add(
                    egui::TextEdit::singleline(&mut self.search.text)
                        .hint_text("titles and text")
                        .desired_width(f32::INFINITY),
                )
                .labelled_by(label.id)
            })
            .inner;
        if std::mem::take(&mut self.search.focus_requested) {
            search.request_focus();
        }
        if search.changed() {
            actions.push(Action::Search);
        }
        ui.horizontal(|ui| {
            for (filter, label) in [
                (CorpusFilter::All, "All"),
                (CorpusFilter::NotCoded, "Not yet coded"),
                (CorpusFilter::Coded, "Coded"),
            ] {
                ui.selectable_value(&mut self.search.filter, filter, label);
            }
        });
        if self.search.running.is_some() {
            ui.label(RichText::new("Searching…").weak());
        }
        let shown: Vec<&ArticleSummary> = self
            .corpus
            .iter()
            .filter(|a| {
                self.search
                    .hits
                    .as_ref()
                    .is_none_or(|hits| hits.contains(&a.article_id))
            })
            .filter(|a| match self.search.filter {
                CorpusFilter::All => true,
                CorpusFilter::NotCoded => a.incident_count == 0,
                CorpusFilter::Coded => a.incident_count > 0,
            })
            .collect();
        if shown.is_empty() {
            ui.label(RichText::new("No article matches.").weak());
        }
        egui::ScrollArea::vertical()
            .id_salt("corpus_scroll")
            .show(ui, |ui| {
                for article in shown {
                    let selected = self.open_article.as_ref().map(|a| a.article_id)
                        == Some(article.article_id);
                    let date = article
                        .meta
                        .published
                        .map(|d| d.to_string())
                        .unwrap_or_default();
                    let incidents = match article.incident_count {
                        1 => "1 incident".to_owned(),
                        n => format!("{n} incidents"),
                    };
                    let label = format!("{}\n{date} · {incidents}", article.meta.title);
                    if ui.selectable_label(selected, label).clicked() {
                        actions.push(Action::OpenArticle(article.article_id));
                    }
                }
            });
    }

    fn incidents_ui(&mut self, ui: &mut egui::Ui, actions: &mut Vec<Action>) {
        ui.heading("Incidents in this article");
        let Some(open) = &self.open_article else {
            ui.label("Pick an article to see its incidents.");
            return;
        };
        let selected_id = self.selected.as_ref().map(|s| s.incident.incident_id);
        egui::ScrollArea::vertical()
            .id_salt("incident_scroll")
            .max_height(ui.available_height() * 0.4)
            .show(ui, |ui| {
                if open.incidents.is_empty() {
                    ui.label("None yet: select words and press N.");
                }
                for incident in &open.incidents {
                    let date = incident
                        .date_start
                        .map(|d| d.to_string())
                        .unwrap_or_else(|| "undated".into());
                    ui.horizontal_wrapped(|ui| {
                        let colour = incident_colour(incident.incident_id);
                        ui.label(RichText::new("  ").background_color(colour));
                        let text = format!("{date} · {} · {}", incident.summary, incident.status);
                        let is_selected = selected_id == Some(incident.incident_id);
                        if ui.selectable_label(is_selected, text).clicked() {
                            actions.push(Action::SelectIncident(incident.incident_id));
                        }
                    });
                }
            });
        ui.separator();
        self.selected_incident_ui(ui, actions);
    }

    fn selected_incident_ui(&mut self, ui: &mut egui::Ui, actions: &mut Vec<Action>) {
        let Some(selected) = &mut self.selected else {
            ui.label("Select an incident to code it.");
            return;
        };
        if !self.proposals.is_empty() {
            ui.group(|ui| {
                ui.label(RichText::new("Proposed from the evidence").weak());
                for (index, proposal) in self.proposals.iter().enumerate() {
                    ui.horizontal_wrapped(|ui| {
                        if ui.button("Apply").clicked() {
                            actions.push(Action::ApplyProposal(index));
                        }
                        ui.label(format!(
                            "{}: {}",
                            field_label(proposal.field),
                            proposal.reason
                        ));
                    });
                }
            });
        }
        let choices = Choices {
            actors: &self.codebook.actors,
            places: &self.codebook.places,
            terms: &self.codebook.terms,
        };
        let output = egui::ScrollArea::vertical()
            .id_salt("incident_fields")
            .show(ui, |ui| {
                selected
                    .editor
                    .ui(ui, &selected.incident, &selected.evidence, &choices)
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

    fn source_ui(&mut self, ui: &mut egui::Ui, actions: &mut Vec<Action>) {
        if let Some(error) = &self.error {
            ui.colored_label(Color32::from_rgb(220, 80, 80), error);
            ui.separator();
        }
        if self.project.is_none() {
            self.start_screen_ui(ui, actions);
            return;
        }
        let Some(open) = &self.open_article else {
            ui.label("Pick an article on the left to read it with its evidence highlighted.");
            ui.label(
                "Import articles with File ▸ Import articles… or by dropping files on the window.",
            );
            return;
        };
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
        });
        ui.heading(&open.title);
        if !open.byline.is_empty() {
            ui.label(RichText::new(&open.byline).weak());
        }
        ui.separator();
        let look = Look {
            font: egui::TextStyle::Body.resolve(ui.style()),
            text_colour: ui.visuals().text_color(),
            selection_colour: ui.visuals().selection.bg_fill,
            wrap_width: ui.available_width().min(720.0),
        };
        let marks = Marks {
            highlights: &open.highlights,
            suggestions: if self.show_suggestions {
                &open.suggestion_ranges
            } else {
                &[]
            },
            selection: None,
            flash: self.flash.clone(),
            search_hits: &open.search_hits,
        };
        let output = egui::ScrollArea::vertical()
            .id_salt("source_scroll")
            .show(ui, |ui| self.source_view.ui(ui, &open.text, marks, &look))
            .inner;
        if let Some(at) = output.clicked {
            let inside = |start: usize, end: usize| start <= at && at < end;
            // Coded words select their incident; a suggestion elsewhere becomes evidence.
            if let Some(evidence) = open.evidence.iter().find(|e| inside(e.start, e.end)) {
                actions.push(Action::SelectIncident(evidence.incident_id));
            } else if let Some(suggestion) = open
                .suggestions
                .iter()
                .filter(|_| self.show_suggestions)
                .find(|s| inside(s.start, s.end))
            {
                actions.push(Action::AttachSuggestion(suggestion.clone()));
            }
        }
        if let (Some(at), Some(response)) = (output.hovered, output.response) {
            let tip = hover_text(open, at, self.show_suggestions);
            if let Some(tip) = tip {
                response.on_hover_text_at_pointer(tip);
            }
        }
    }

    fn start_screen_ui(&self, ui: &mut egui::Ui, actions: &mut Vec<Action>) {
        ui.add_space(40.0);
        ui.vertical_centered(|ui| {
            ui.heading("Spanline");
            ui.label("Turn reports into a sourced incident dataset.");
            ui.add_space(16.0);
            for command in [UiCommand::NewProject, UiCommand::OpenProject] {
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
            ui.label(RichText::new("Or drop a .db project on this window.").weak());
        });
    }

    fn help_ui(&mut self, ctx: &egui::Context) {
        let mut open = self.show_help;
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
        self.show_help = open;
    }
}

fn highlights_of(evidence: &[Evidence]) -> Vec<Highlight> {
    evidence
        .iter()
        .map(|e| Highlight {
            start: e.start,
            end: e.end,
            incident_id: e.incident_id,
        })
        .collect()
}

/// What hovering character `at` explains: the evidence's incident and fields, or a suggestion.
fn hover_text(open: &OpenArticle, at: usize, show_suggestions: bool) -> Option<String> {
    let inside = |start: usize, end: usize| start <= at && at < end;
    let evidence: Vec<String> = open
        .evidence
        .iter()
        .filter(|e| inside(e.start, e.end))
        .map(|e| {
            let summary = open
                .incidents
                .iter()
                .find(|i| i.incident_id == e.incident_id)
                .map_or("an incident", |i| i.summary.as_str());
            let fields = if e.fields.is_empty() {
                "the incident".to_owned()
            } else {
                e.fields
                    .iter()
                    .map(|f| field_label(*f))
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            format!("{summary} — evidence for {fields}")
        })
        .collect();
    if !evidence.is_empty() {
        return Some(evidence.join("\n"));
    }
    open.suggestions
        .iter()
        .filter(|_| show_suggestions)
        .find(|s| inside(s.start, s.end))
        .map(|s| {
            format!(
                "Suggestion: {}\nClick to attach to the selected incident",
                s.reason
            )
        })
}

/// A menu or toolbar button for `command`, showing its shortcut.
fn command_button(ui: &mut egui::Ui, command: UiCommand, actions: &mut Vec<Action>) {
    let shortcut = command.shortcut_text(ui.ctx());
    if ui
        .add(egui::Button::new(command.label()).shortcut_text(shortcut))
        .clicked()
    {
        actions.push(Action::Command(command));
        ui.close();
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
    let title = project
        .as_deref()
        .and_then(Path::file_name)
        .map(|name| format!("{} — Spanline", name.to_string_lossy()))
        .unwrap_or_else(|| "Spanline".to_owned());
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title(title)
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
