//! One open article: its text with evidence, suggestions and search hits, its own selection,
//! and what hovering or clicking its words means. The window shows one, or two side by side.

use std::ops::Range;

use egui::RichText;
use rusqlite::Connection;

use crate::model::{ArticleId, Evidence, IncidentId, IncidentSummary, text};
use crate::propose::suggest::{Suggestion, suggest};
use crate::store::{StoreResult, articles, evidence, incidents};
use crate::ui::codebook::Codebook;
use crate::ui::commands::{FIELD_KEYS, UiCommand, field_label};
use crate::ui::highlight::{Highlight, Look, Marks};
use crate::ui::source_view::SourceView;

/// The article as loaded: text, coding and what proposals recognise in it.
pub struct OpenArticle {
    pub article_id: ArticleId,
    pub title: String,
    pub byline: String,
    pub published: Option<jiff::civil::Date>,
    pub text: String,
    pub evidence: Vec<Evidence>,
    highlights: Vec<Highlight>,
    /// Spans the proposals would recognise, shown faintly while reading.
    pub suggestions: Vec<Suggestion>,
    suggestion_ranges: Vec<Range<usize>>,
    pub incidents: Vec<IncidentSummary>,
    /// Words of the corpus search found in this article.
    pub search_hits: Vec<Range<usize>>,
    /// Changes whenever the marks above do, so the view knows to sort them again.
    marks_version: u64,
}

impl OpenArticle {
    /// Reads an article and works out its suggestions; `None` if it no longer exists.
    pub fn read(
        conn: &Connection,
        codebook: &Codebook,
        article_id: ArticleId,
    ) -> StoreResult<Option<Self>> {
        let Some(article) = articles::get(conn, article_id)? else {
            return Ok(None);
        };
        let byline = [
            article.meta.outlet.clone(),
            article.meta.author.clone(),
            article.meta.published.map(|d| d.to_string()),
        ]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" · ");
        let suggestions = suggest(&article.text, &codebook.context(article.meta.published));
        let mut open = Self {
            article_id,
            title: article.meta.title,
            byline,
            published: article.meta.published,
            text: article.text,
            evidence: Vec::new(),
            highlights: Vec::new(),
            suggestion_ranges: suggestions.iter().map(|s| s.start..s.end).collect(),
            suggestions,
            incidents: Vec::new(),
            search_hits: Vec::new(),
            marks_version: 0,
        };
        open.refresh_coding(conn)?;
        Ok(Some(open))
    }

    /// Re-reads the evidence and incidents after a change (the text never changes).
    pub fn refresh_coding(&mut self, conn: &Connection) -> StoreResult<()> {
        self.evidence = evidence::for_article(conn, self.article_id)?;
        self.highlights = self
            .evidence
            .iter()
            .map(|e| Highlight {
                start: e.start,
                end: e.end,
                incident_id: e.incident_id,
            })
            .collect();
        self.incidents = incidents::for_article(conn, self.article_id)?;
        self.marks_version += 1;
        Ok(())
    }

    /// Marks every occurrence of `words` (the corpus search) in the text.
    pub fn mark_words(&mut self, words: &[String]) {
        let mut hits: Vec<Range<usize>> = words
            .iter()
            .flat_map(|word| text::find_ignoring_case(&self.text, word))
            .collect();
        hits.sort_by_key(|r| r.start);
        self.search_hits = hits;
        self.marks_version += 1;
    }

    /// The selected words' text.
    pub fn words(&self, range: &Range<usize>) -> &str {
        text::char_slice(&self.text, range.start, range.end).unwrap_or_default()
    }

    /// What hovering character `at` explains: the evidence's incident and fields, or a suggestion.
    fn hover_text(&self, at: usize, show_suggestions: bool) -> Option<String> {
        let inside = |start: usize, end: usize| start <= at && at < end;
        let evidence: Vec<String> = self
            .evidence
            .iter()
            .filter(|e| inside(e.start, e.end))
            .map(|e| {
                let summary = self
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
        self.suggestions
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
}

/// What the analyst did in a pane this frame.
#[derive(Debug)]
pub enum PaneEvent {
    SelectIncident(IncidentId),
    AttachSuggestion(Suggestion),
    /// A command chosen from the text's context menu.
    Command(UiCommand),
}

/// An open article with its own selection.
pub struct ArticlePane {
    pub article: OpenArticle,
    pub view: SourceView,
    /// Evidence to draw attention to after jumping to it.
    pub flash: Option<Range<usize>>,
}

impl ArticlePane {
    pub fn new(article: OpenArticle) -> Self {
        Self {
            article,
            view: SourceView::default(),
            flash: None,
        }
    }

    /// Shows `range` and draws attention to it.
    pub fn flash(&mut self, range: Range<usize>) {
        self.view.show_range(range.clone());
        self.flash = Some(range);
    }

    /// Draws the pane. Returns what was clicked, and whether the analyst worked in this pane
    /// (so that selection commands apply to it).
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        salt: &str,
        show_suggestions: bool,
    ) -> (Option<PaneEvent>, bool) {
        let open = &self.article;
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
            suggestions: if show_suggestions {
                &open.suggestion_ranges
            } else {
                &[]
            },
            selection: None,
            flash: self.flash.clone(),
            search_hits: &open.search_hits,
        };
        let output = egui::ScrollArea::vertical()
            .id_salt(salt)
            .show(ui, |ui| {
                let version = open.marks_version * 2 + u64::from(show_suggestions);
                self.view.ui(ui, &open.text, marks, version, &look)
            })
            .inner;
        let mut event = None;
        if let Some(at) = output.clicked {
            let inside = |start: usize, end: usize| start <= at && at < end;
            // Coded words select their incident; a suggestion elsewhere becomes evidence.
            if let Some(evidence) = open.evidence.iter().find(|e| inside(e.start, e.end)) {
                event = Some(PaneEvent::SelectIncident(evidence.incident_id));
            } else if let Some(suggestion) = open
                .suggestions
                .iter()
                .filter(|_| show_suggestions)
                .find(|s| inside(s.start, s.end))
            {
                event = Some(PaneEvent::AttachSuggestion(suggestion.clone()));
            }
        }
        if let Some(response) = &output.response {
            response.context_menu(|ui| {
                let has_selection = self.view.selected().is_some();
                let mut item = |ui: &mut egui::Ui, command: UiCommand| {
                    let shortcut = command.shortcut_text(ui.ctx());
                    let button = egui::Button::new(command.label()).shortcut_text(shortcut);
                    if ui.add_enabled(has_selection, button).clicked() {
                        event = Some(PaneEvent::Command(command));
                        ui.close();
                    }
                };
                item(ui, UiCommand::NewIncident);
                item(ui, UiCommand::IncidentsFromDates);
                ui.separator();
                for (_, field) in FIELD_KEYS {
                    item(ui, UiCommand::Attach(field));
                }
            });
        }
        let interacted = output
            .response
            .as_ref()
            .is_some_and(|r| r.clicked() || r.dragged() || r.has_focus());
        if let (Some(at), Some(response)) = (output.hovered, output.response)
            && let Some(tip) = open.hover_text(at, show_suggestions)
        {
            response.on_hover_text_at_pointer(tip);
        }
        (event, interacted)
    }
}
