//! The window. For now a reader for a project: the corpus, an article with its evidence
//! highlighted, and the incidents coded from it. The workbench issue builds the editing tools
//! on top of this.

use std::path::{Path, PathBuf};

use egui::{Color32, RichText};

use crate::model::{Actor, Place, VocabTerm, Vocabulary};
use crate::model::{ArticleId, ArticleSummary, IncidentSummary};
use crate::propose::{self, suggest::Suggestion, suggest::suggest};
use crate::store::meta::Counts;
use crate::store::{IntegrityStatus, Project, StoreResult, articles, evidence, incidents, meta};
use crate::store::{actors, places, vocab};
use crate::ui::highlight::{Highlight, highlight_job};

/// The article on screen, loaded once when it is picked (never queried per frame).
struct OpenArticle {
    article_id: ArticleId,
    title: String,
    byline: String,
    text: String,
    highlights: Vec<Highlight>,
    /// Spans the proposals would recognise, shown faintly while reading.
    suggestions: Vec<Suggestion>,
    suggestion_ranges: Vec<std::ops::Range<usize>>,
    incidents: Vec<IncidentSummary>,
}

/// The project's lists that proposals and suggestions read, loaded with the project.
#[derive(Default)]
struct Codebook {
    actors: Vec<Actor>,
    places: Vec<Place>,
    terms: Vec<VocabTerm>,
}

pub struct SpanlineApp {
    project: Option<Project>,
    /// The last problem, shown in the window until the next action.
    error: Option<String>,
    corpus: Vec<ArticleSummary>,
    counts: Counts,
    codebook: Codebook,
    show_suggestions: bool,
    open_article: Option<OpenArticle>,
}

/// Most articles the corpus list loads at once.
const CORPUS_PAGE: usize = 500;

impl SpanlineApp {
    /// The app with `path` open, or with the error that kept it from opening.
    pub fn new(path: Option<&Path>, analyst: &str) -> Self {
        let mut app = Self {
            project: None,
            error: None,
            corpus: Vec::new(),
            counts: Counts::default(),
            codebook: Codebook::default(),
            show_suggestions: true,
            open_article: None,
        };
        if let Some(path) = path {
            app.open_project(path, analyst);
        }
        app
    }

    pub fn open_project(&mut self, path: &Path, analyst: &str) {
        match Project::open(path, analyst) {
            Ok(project) => {
                self.project = Some(project);
                self.open_article = None;
                self.error = None;
                self.refresh();
            }
            Err(err) => self.error = Some(err.to_string()),
        }
    }

    pub fn project(&self) -> Option<&Project> {
        self.project.as_ref()
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

    pub fn error(&self) -> Option<&str> {
        self.error.as_deref()
    }

    fn refresh(&mut self) {
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
                (self.corpus, self.counts, self.codebook) = (corpus, counts, codebook)
            }
            Err(err) => self.error = Some(err.to_string()),
        }
    }

    fn select_article(&mut self, article_id: ArticleId) {
        let Some(project) = &self.project else { return };
        let conn = project.conn();
        let codebook = &self.codebook;
        let loaded = (|| -> StoreResult<Option<OpenArticle>> {
            let Some(article) = articles::get(conn, article_id)? else {
                return Ok(None);
            };
            let highlights = evidence::for_article(conn, article_id)?
                .into_iter()
                .map(|e| Highlight {
                    start: e.start,
                    end: e.end,
                    incident_id: e.incident_id,
                })
                .collect();
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
                text: article.text,
                highlights,
                suggestions,
                suggestion_ranges,
                incidents: incidents::for_article(conn, article_id)?,
            }))
        })();
        match loaded {
            Ok(open) => self.open_article = open,
            Err(err) => self.error = Some(err.to_string()),
        }
    }

    /// Draws the whole window into `ui`.
    pub fn show(&mut self, ui: &mut egui::Ui) {
        let integrity = self.project.as_mut().map(|p| p.integrity().clone());
        match integrity {
            Some(IntegrityStatus::Damaged(message)) if self.error.is_none() => {
                self.error = Some(format!("{message} It is open read-only."));
            }
            // The scan reports by message; ask for another frame until it has.
            Some(IntegrityStatus::Checking) => ui
                .ctx()
                .request_repaint_after(std::time::Duration::from_millis(100)),
            _ => {}
        }
        egui::Panel::bottom("status_bar").show(ui, |ui| self.status_bar_ui(ui));
        if self.project.is_some() {
            egui::Panel::left("corpus")
                .default_size(280.0)
                .show(ui, |ui| self.corpus_ui(ui));
            egui::Panel::right("incidents")
                .default_size(300.0)
                .show(ui, |ui| self.incidents_ui(ui));
        }
        egui::CentralPanel::default().show(ui, |ui| self.source_ui(ui));
    }

    fn status_bar_ui(&self, ui: &mut egui::Ui) {
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
            }
            None => {
                ui.label("No project open");
            }
        });
    }

    fn corpus_ui(&mut self, ui: &mut egui::Ui) {
        ui.heading("Articles");
        let mut picked = None;
        egui::ScrollArea::vertical()
            .id_salt("corpus_scroll")
            .show(ui, |ui| {
                for article in &self.corpus {
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
                        picked = Some(article.article_id);
                    }
                }
            });
        if let Some(article_id) = picked {
            self.select_article(article_id);
        }
    }

    fn incidents_ui(&mut self, ui: &mut egui::Ui) {
        ui.heading("Incidents in this article");
        let Some(open) = &self.open_article else {
            ui.label("Pick an article to see its incidents.");
            return;
        };
        egui::ScrollArea::vertical()
            .id_salt("incident_scroll")
            .show(ui, |ui| {
                for incident in &open.incidents {
                    let date = incident
                        .date_start
                        .map(|d| d.to_string())
                        .unwrap_or_else(|| "undated".into());
                    let colour = crate::ui::highlight::incident_colour(incident.incident_id);
                    ui.horizontal_wrapped(|ui| {
                        ui.label(RichText::new("  ").background_color(colour));
                        ui.label(format!(
                            "{date} · {} · {}",
                            incident.summary, incident.status
                        ));
                    });
                }
            });
    }

    fn source_ui(&mut self, ui: &mut egui::Ui) {
        if let Some(error) = &self.error {
            ui.colored_label(Color32::from_rgb(200, 60, 60), error);
            ui.separator();
        }
        if self.open_article.is_some() {
            ui.checkbox(&mut self.show_suggestions, "Show suggestions")
                .on_hover_text("Faintly underline dates, counts, actors, places and weapons the proposals recognise");
        }
        let Some(open) = &self.open_article else {
            let hint = if self.project.is_some() {
                "Pick an article on the left to read it with its evidence highlighted."
            } else {
                "Open a project: spanline PROJECT.db"
            };
            ui.label(hint);
            return;
        };
        ui.heading(&open.title);
        if !open.byline.is_empty() {
            ui.label(RichText::new(&open.byline).weak());
        }
        ui.separator();
        egui::ScrollArea::vertical()
            .id_salt("source_scroll")
            .show(ui, |ui| {
                let width = ui.available_width().min(720.0);
                let font = egui::TextStyle::Body.resolve(ui.style());
                let suggestions: &[std::ops::Range<usize>] = if self.show_suggestions {
                    &open.suggestion_ranges
                } else {
                    &[]
                };
                let job = highlight_job(
                    &open.text,
                    &open.highlights,
                    suggestions,
                    font,
                    ui.visuals().text_color(),
                    width,
                );
                ui.add(egui::Label::new(job).selectable(true));
            });
    }
}

impl eframe::App for SpanlineApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.show(ui);
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
        Box::new(move |_cc| Ok(Box::new(SpanlineApp::new(project.as_deref(), &analyst)))),
    )
    .map_err(|err| anyhow::anyhow!("the window could not open: {err}"))
}
