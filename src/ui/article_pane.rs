//! One open article: its text with evidence, suggestions and search hits, its own selection,
//! and what hovering or clicking its words means. The window shows one, or two side by side.

use std::ops::Range;

use egui::RichText;

use crate::model::{ArticleId, IncidentId};
use crate::propose::suggest::Suggestion;
use crate::ui::command_list::{FIELD_KEYS, UiCommand, field_label};
use crate::ui::highlight::{Look, Marks};
use crate::ui::source_view::SourceView;
use crate::workspace::article::OpenArticle;

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
                "Suggestion: {}\nClick to see what it would code; Enter then attaches it",
                s.reason
            )
        })
}

/// What the pane says when relative dates cannot be proposed for want of the article's date:
/// the first of those words and how many there are.
pub fn waiting_notice(open: &OpenArticle) -> Option<String> {
    let first = open.waiting_for_date.first()?;
    let words = open.words(first);
    Some(match open.waiting_for_date.len() {
        1 => format!("“{words}” needs the article's date to be proposed, and it has none."),
        n => format!(
            "“{words}” and {} more relative dates need the article's date to be proposed, and it has none.",
            n - 1
        ),
    })
}

/// What the analyst did in a pane this frame.
#[derive(Debug)]
pub enum PaneEvent {
    SelectIncident(IncidentId),
    ClickSuggestion(Suggestion),
    /// A command chosen from the text's context menu.
    Command(UiCommand),
    /// The article's details form, the keyboard in a field if given.
    Details(Option<crate::ui::article_details::TextField>),
    /// The span with handles was dragged to these ends.
    ResizeSpan(Range<usize>),
}

/// How one open article is shown: its own selection, scroll and flash. The article itself
/// lives in the workspace ([`OpenArticle`]).
pub struct ArticlePane {
    pub article_id: ArticleId,
    pub view: SourceView,
    /// Evidence to draw attention to after jumping to it.
    pub flash: Option<Range<usize>>,
    /// Where the text was scrolled to, and how tall the view and the text were, last frame:
    /// what Page Down, Space, Home and End move from.
    pub scroll: Scroll,
    /// Not drawn yet: the article opens at its top, wherever the pane's last article was.
    unshown: bool,
}

/// A pane's vertical scroll, in points.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Scroll {
    pub offset: f32,
    pub viewport: f32,
    pub content: f32,
}

impl Scroll {
    /// Where the keys pressed this frame move the view, if any: a page down (Page Down, Space)
    /// or up (Page Up, Shift+Space) with a little overlap, the top (Home) or the end (End).
    fn after_keys(&self, ctx: &egui::Context) -> Option<f32> {
        use egui::{Key, Modifiers};
        let page = (self.viewport - 40.0).max(self.viewport * 0.5);
        let last = (self.content - self.viewport).max(0.0);
        // Shift+Space first: plain Space would also match it, since egui ignores an extra Shift.
        let target = ctx.input_mut(|i| {
            if i.consume_key(Modifiers::NONE, Key::PageUp)
                || i.consume_key(Modifiers::SHIFT, Key::Space)
            {
                Some(self.offset - page)
            } else if i.consume_key(Modifiers::NONE, Key::PageDown)
                || i.consume_key(Modifiers::NONE, Key::Space)
            {
                Some(self.offset + page)
            } else if i.consume_key(Modifiers::NONE, Key::Home) {
                Some(0.0)
            } else if i.consume_key(Modifiers::NONE, Key::End) {
                Some(last)
            } else {
                None
            }
        })?;
        Some(target.clamp(0.0, last))
    }
}

impl ArticlePane {
    pub fn new(article_id: ArticleId) -> Self {
        Self {
            article_id,
            view: SourceView::default(),
            flash: None,
            scroll: Scroll::default(),
            unshown: true,
        }
    }

    /// Shows `range` and draws attention to it.
    pub fn flash(&mut self, range: Range<usize>) {
        self.view.show_range(range.clone());
        self.flash = Some(range);
    }

    /// Draws the pane. Returns what was clicked, and whether the analyst worked in this pane
    /// (so that selection commands apply to it).
    /// `keys_scroll`: this pane is the one worked in and no text field has the keyboard, so
    /// Page Down, Space, Home and End move it. `handles`: the evidence span of this article
    /// whose ends can be dragged.
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        open: &OpenArticle,
        salt: &str,
        show_suggestions: bool,
        keys_scroll: bool,
        handles: Option<Range<usize>>,
    ) -> (Option<PaneEvent>, bool) {
        let mut event = None;
        ui.label(crate::ui::bidi::unjustified(
            ui,
            &open.meta.title,
            egui::TextStyle::Heading,
        ));
        ui.horizontal_wrapped(|ui| {
            if !open.byline.is_empty() {
                ui.label(RichText::new(&open.byline).weak());
            }
            if ui
                .small_button("Details…")
                .on_hover_text("Title, outlet, date, web address, language, grade, notes (Ctrl+E)")
                .clicked()
            {
                event = Some(PaneEvent::Details(None));
            }
        });
        if let Some(notice) = waiting_notice(open) {
            ui.horizontal_wrapped(|ui| {
                ui.label(RichText::new(notice).color(egui::Color32::from_rgb(255, 150, 40)));
                if ui
                    .button("Set the date…")
                    .on_hover_text("Open the article's details with the keyboard in its date")
                    .clicked()
                {
                    event = Some(PaneEvent::Details(Some(
                        crate::ui::article_details::TextField::Date,
                    )));
                }
            });
        }
        ui.separator();
        let look = Look {
            font: crate::ui::fonts::reading_font(
                ui,
                egui::TextStyle::Body.resolve(ui.style()).size,
            ),
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
        let mut area = egui::ScrollArea::vertical().id_salt(salt);
        // The scroll offset is kept per pane by egui; a newly opened article starts at its top
        // (words to show, such as evidence jumped to, still scroll into view below).
        if std::mem::take(&mut self.unshown) {
            area = area.vertical_scroll_offset(0.0);
        }
        if let Some(target) = keys_scroll
            .then(|| self.scroll.after_keys(ui.ctx()))
            .flatten()
        {
            area = area.vertical_scroll_offset(target);
        }
        self.view.handles = handles;
        let shown = area.show(ui, |ui| {
            let version = open.marks_version * 2 + u64::from(show_suggestions);
            self.view.ui(ui, &open.text, marks, version, &look)
        });
        self.scroll = Scroll {
            offset: shown.state.clamped_offset().y,
            viewport: shown.inner_rect.height(),
            content: shown.content_size.y,
        };
        let output = shown.inner;
        if let Some(range) = output.resized.clone() {
            event = Some(PaneEvent::ResizeSpan(range));
        }
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
                event = Some(PaneEvent::ClickSuggestion(suggestion.clone()));
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
            && let Some(tip) = hover_text(open, at, show_suggestions)
        {
            let tip = crate::ui::bidi::label_text(ui, &tip);
            // Kept inside the text: beside it is the incident column and its proposals tray.
            crate::ui::tooltips::at_pointer_within(&response, tip, ui.clip_rect());
        }
        (event, interacted)
    }
}
