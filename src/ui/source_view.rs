//! The article as written, with evidence highlighted and suggestions marked, and a selection of
//! our own: drag with the mouse, shift+click to extend, shift+arrow keys (ctrl for words) to
//! grow or shrink it across paragraphs. Offsets are code points of the article text, the unit
//! evidence is stored in.
//!
//! A long article is laid out one paragraph at a time, and only the paragraphs in view: each
//! keeps its galley until its own marks or the width change, so scrolling, adding a highlight
//! or resizing costs the visible paragraphs, not the whole text. Paragraphs not laid out yet
//! take an estimated height, corrected once they are seen.

use std::ops::Range;

use egui::text::CCursor;
use egui::text_selection::text_cursor_state::{ccursor_next_word, ccursor_previous_word};
use egui::{
    Event, EventFilter, Key, Modifiers, Pos2, Rect, Response, Role, Sense, Stroke, Ui, Vec2,
    WidgetInfo,
};
use unicode_segmentation::UnicodeSegmentation;

use super::bidi::needs_bidi;
use super::highlight::{Highlight, Look, Marks, highlight_job, styled_ranges};
use super::paragraph_layout::{Drawn, VisualParagraph, line_breaks};

/// The text the analyst has selected: `anchor` stays where it started, `focus` moves.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Selection {
    pub anchor: usize,
    pub focus: usize,
}

impl Selection {
    pub fn caret(at: usize) -> Self {
        Self {
            anchor: at,
            focus: at,
        }
    }

    pub fn range(&self) -> Range<usize> {
        self.anchor.min(self.focus)..self.anchor.max(self.focus)
    }

    pub fn is_empty(&self) -> bool {
        self.anchor == self.focus
    }
}

/// Space between paragraphs, in rows.
const PARAGRAPH_GAP_ROWS: f32 = 0.6;

/// One paragraph of the text and its layout, when it has been laid out.
struct Paragraph {
    /// Code points of the article text (without the line break).
    chars: Range<usize>,
    bytes: Range<usize>,
    /// Marks of this paragraph, in its own offsets; rebuilt when the marks change.
    highlights: Vec<Highlight>,
    suggestions: Vec<Range<usize>>,
    hits: Vec<Range<usize>>,
    /// Holds right-to-left text, so it is drawn in visual order; found when first laid out.
    bidi: Option<bool>,
    /// Where its lines break, for the width they were measured at (bidi paragraphs only):
    /// marks change more often than the width, and do not move the breaks.
    breaks: Option<(u32, Vec<Range<usize>>)>,
    layout: Option<ParagraphLayout>,
    /// Laid-out height, or an estimate.
    height: f32,
    /// Whether `height` was measured from a layout at the current width: new marks do not
    /// change it, so it is kept while the paragraph waits to be laid out again.
    measured: bool,
}

struct ParagraphLayout {
    drawn: Drawn,
    /// What the galley was made from: (marks version, width, selection, flash) in local offsets.
    key: (u64, u32, Option<Range<usize>>, Option<Range<usize>>),
}

/// The text split into paragraphs, with their marks and layouts.
#[derive(Default)]
struct Layout {
    /// Which text and marks this was built for: (text length, marks version).
    built_for: Option<(usize, u64)>,
    paragraphs: Vec<Paragraph>,
    /// `tops[i]`: y of paragraph `i` from the top; one more entry for the total height.
    tops: Vec<f32>,
    row_height: f32,
    chars_per_row: f32,
    /// The paragraphs painted in the last frame, with the y they were painted at: where the
    /// analyst saw them, which `tops` may since have corrected.
    painted: Vec<(usize, f32)>,
}

/// The part of `ranges` inside `within`, shifted to start at 0.
fn clip(range: &Range<usize>, within: &Range<usize>) -> Option<Range<usize>> {
    let start = range.start.max(within.start);
    let end = range.end.min(within.end);
    (start < end).then(|| start - within.start..end - within.start)
}

/// The first paragraph that code point `at` can fall in.
fn first_touching(paragraphs: &[Paragraph], at: usize) -> usize {
    paragraphs.partition_point(|p| p.chars.end < at)
}

impl Layout {
    /// Splits `text` into paragraphs and sorts the marks into them.
    fn build(&mut self, text: &str, marks: &Marks<'_>, version: u64) {
        // Marks change far more often than the text (which changes only with a reset): what
        // depends on the words alone — direction, line breaks — is kept for the same text.
        let same_text = self.built_for.is_some_and(|(len, _)| len == text.len());
        let mut previous = std::mem::take(&mut self.paragraphs).into_iter();
        let mut paragraphs = Vec::new();
        let mut char_start = 0;
        let mut byte_start = 0;
        for line in text.split('\n') {
            let chars = line.chars().count();
            let bytes = byte_start..byte_start + line.len();
            let kept = previous
                .next()
                .filter(|old| same_text && old.bytes == bytes)
                .map(|old| (old.bidi, old.breaks, old.measured.then_some(old.height)));
            let (bidi, breaks, height) = kept.unwrap_or((None, None, None));
            paragraphs.push(Paragraph {
                chars: char_start..char_start + chars,
                bytes,
                highlights: Vec::new(),
                suggestions: Vec::new(),
                hits: Vec::new(),
                bidi,
                breaks,
                layout: None,
                height: height.unwrap_or(0.0),
                measured: height.is_some(),
            });
            char_start += chars + 1;
            byte_start += line.len() + 1;
        }
        // Each mark goes to every paragraph it touches (almost always one): find the first by
        // binary search on the paragraph starts.
        for h in marks.highlights {
            let mut i = first_touching(&paragraphs, h.start);
            while let Some(p) = paragraphs.get_mut(i).filter(|p| p.chars.start < h.end) {
                if let Some(local) = clip(&(h.start..h.end), &p.chars) {
                    p.highlights.push(Highlight {
                        start: local.start,
                        end: local.end,
                        incident_id: h.incident_id,
                    });
                }
                i += 1;
            }
        }
        for (ranges, pick) in [(marks.suggestions, 0), (marks.search_hits, 1)] {
            for range in ranges {
                let mut i = first_touching(&paragraphs, range.start);
                while let Some(p) = paragraphs.get_mut(i).filter(|p| p.chars.start < range.end) {
                    if let Some(local) = clip(range, &p.chars) {
                        if pick == 0 {
                            p.suggestions.push(local)
                        } else {
                            p.hits.push(local)
                        }
                    }
                    i += 1;
                }
            }
        }
        self.paragraphs = paragraphs;
        self.built_for = Some((text.len(), version));
    }

    fn estimate(&self, paragraph: &Paragraph) -> f32 {
        let chars = (paragraph.chars.end - paragraph.chars.start) as f32;
        let rows = (chars / self.chars_per_row.max(1.0)).ceil().max(1.0);
        (rows + PARAGRAPH_GAP_ROWS) * self.row_height
    }

    fn update_tops(&mut self) {
        self.tops.clear();
        let mut y = 0.0;
        for paragraph in &self.paragraphs {
            self.tops.push(y);
            y += paragraph.height;
        }
        self.tops.push(y);
    }

    /// The paragraph at height `y` (clamped to the text).
    fn paragraph_at_y(&self, y: f32) -> usize {
        let after = self.tops.partition_point(|top| *top <= y);
        after
            .saturating_sub(1)
            .min(self.paragraphs.len().saturating_sub(1))
    }

    /// The paragraph holding code point `at` (a line break belongs to the paragraph it ends).
    fn paragraph_of(&self, at: usize) -> usize {
        self.paragraphs
            .partition_point(|p| p.chars.end < at)
            .min(self.paragraphs.len().saturating_sub(1))
    }

    /// Lays out paragraph `i` for the current marks, selection and width, if not done yet.
    fn ensure_layout(
        &mut self,
        ui: &Ui,
        frame: Frame<'_>,
        i: usize,
        selection: Option<&Range<usize>>,
        flash: Option<&Range<usize>>,
    ) {
        let Some(paragraph) = self.paragraphs.get_mut(i) else {
            return;
        };
        let local_selection = selection.and_then(|s| clip(s, &paragraph.chars));
        let local_flash = flash.and_then(|f| clip(f, &paragraph.chars));
        let (text, version, look) = (frame.text, frame.version, frame.look);
        let key = (
            version,
            look.wrap_width.to_bits(),
            local_selection.clone(),
            local_flash.clone(),
        );
        if paragraph.layout.as_ref().is_some_and(|l| l.key == key) {
            return;
        }
        let marks = Marks {
            highlights: &paragraph.highlights,
            suggestions: &paragraph.suggestions,
            selection: local_selection,
            flash: local_flash,
            search_hits: &paragraph.hits,
        };
        let words = &text[paragraph.bytes.clone()];
        let drawn = if words.is_empty() {
            // An empty paragraph still takes one row.
            Drawn::Plain(
                ui.painter()
                    .layout_job(highlight_job(" ", &Marks::default(), look)),
            )
        } else if *paragraph.bidi.get_or_insert_with(|| needs_bidi(words)) {
            let width = look.wrap_width.to_bits();
            if paragraph.breaks.as_ref().is_none_or(|(w, _)| *w != width) {
                let format = egui::TextFormat::simple(look.font.clone(), look.text_colour);
                let lines = line_breaks(ui, words, &format, look.wrap_width);
                paragraph.breaks = Some((width, lines));
            }
            let lines = paragraph
                .breaks
                .as_ref()
                .map(|(_, l)| l.as_slice())
                .unwrap_or(&[]);
            let styles = styled_ranges(words, &marks, look);
            Drawn::Visual(VisualParagraph::new(
                ui,
                words,
                lines,
                &styles,
                look.wrap_width,
            ))
        } else {
            Drawn::Plain(ui.painter().layout_job(highlight_job(words, &marks, look)))
        };
        paragraph.height = drawn.height() + PARAGRAPH_GAP_ROWS * self.row_height;
        paragraph.measured = true;
        paragraph.layout = Some(ParagraphLayout { drawn, key });
    }
}

/// What every step of drawing a frame needs: the text, the version of its marks, the look.
#[derive(Clone, Copy)]
struct Frame<'a> {
    text: &'a str,
    version: u64,
    look: &'a Look,
}

/// The widget's state for the article on screen.
#[derive(Default)]
pub struct SourceView {
    pub selection: Option<Selection>,
    /// Horizontal position kept while moving up and down rows.
    row_x: Option<f32>,
    /// Char range to bring into view on the next frame.
    scroll_to: Option<Range<usize>>,
    /// The widget's id, to tell it apart from text fields holding the keyboard.
    id: Option<egui::Id>,
    layout: Layout,
    /// Where the text's top-left corner was drawn in the last frame.
    origin: Pos2,
    /// The word a drag started on (it grows by whole words from there), or the caret it
    /// started at when Alt asks for exact characters.
    drag_from: Option<(Range<usize>, bool)>,
    /// The evidence span whose ends can be dragged (the one just attached or jumped to); the
    /// owner sets it every frame.
    pub handles: Option<Range<usize>>,
    /// A handle being dragged.
    handle_drag: Option<HandleDrag>,
}

/// A drag of one end of the span with handles: the other end stays where it was.
#[derive(Clone, Debug)]
struct HandleDrag {
    original: Range<usize>,
    moving_start: bool,
}

/// How far from a handle's line a press still takes it, in points.
const HANDLE_REACH: f32 = 6.0;

/// What happened in the view this frame.
#[derive(Debug, Default)]
pub struct SourceOutput {
    /// A click (not a drag) on this character.
    pub clicked: Option<usize>,
    /// The character under the pointer.
    pub hovered: Option<usize>,
    pub response: Option<Response>,
    /// The span with handles, its ends dragged to here (released this frame).
    pub resized: Option<Range<usize>>,
}

impl SourceView {
    /// Forgets the selection and layout (another article was opened).
    pub fn reset(&mut self) {
        *self = Self {
            id: self.id,
            ..Self::default()
        };
    }

    /// Whether a widget other than this view holds the keyboard (the analyst is typing).
    pub fn other_widget_has_keyboard(&self, ctx: &egui::Context) -> bool {
        ctx.memory(|m| m.focused())
            .is_some_and(|focused| Some(focused) != self.id)
    }

    /// Selects `range` and brings it into view.
    pub fn select_and_show(&mut self, range: Range<usize>) {
        self.selection = Some(Selection {
            anchor: range.start,
            focus: range.end,
        });
        self.scroll_to = Some(range);
    }

    /// Brings `range` into view on the next frame without selecting it.
    pub fn show_range(&mut self, range: Range<usize>) {
        self.scroll_to = Some(range);
    }

    /// The selected range, if more than a caret.
    pub fn selected(&self) -> Option<Range<usize>> {
        self.selection.filter(|s| !s.is_empty()).map(|s| s.range())
    }

    /// Where character `at` was drawn in the last frame, if its paragraph was laid out.
    pub fn char_rect(&self, at: usize) -> Option<Rect> {
        let i = self.layout.paragraph_of(at);
        let paragraph = self.layout.paragraphs.get(i)?;
        let drawn = &paragraph.layout.as_ref()?.drawn;
        let local = at.saturating_sub(paragraph.chars.start);
        let y = match self.layout.painted.iter().find(|(p, _)| *p == i) {
            Some((_, painted)) => *painted,
            None => *self.layout.tops.get(i)?,
        };
        let top = self.origin + Vec2::new(0.0, y);
        Some(drawn.caret_rect(local).translate(top.to_vec2()))
    }

    /// The caret position nearest `pos` (screen coordinates), laying out its paragraph if
    /// needed.
    fn char_at(&mut self, ui: &Ui, frame: Frame<'_>, pos: Pos2) -> usize {
        self.locate(ui, frame, pos, false)
    }

    /// The character drawn under `pos` (screen coordinates).
    fn char_under(&mut self, ui: &Ui, frame: Frame<'_>, pos: Pos2) -> usize {
        self.locate(ui, frame, pos, true)
    }

    fn locate(&mut self, ui: &Ui, frame: Frame<'_>, pos: Pos2, under: bool) -> usize {
        let relative = pos - self.origin;
        let i = self.layout.paragraph_at_y(relative.y);
        let selection = self.selected();
        let height = self.layout.paragraphs.get(i).map(|p| p.height);
        self.layout
            .ensure_layout(ui, frame, i, selection.as_ref(), None);
        if self.layout.paragraphs.get(i).map(|p| p.height) != height {
            self.layout.update_tops();
        }
        let Some(paragraph) = self.layout.paragraphs.get(i) else {
            return 0;
        };
        let top = self.layout.tops.get(i).copied().unwrap_or(0.0);
        let len = paragraph.chars.end - paragraph.chars.start;
        let local = paragraph.layout.as_ref().map_or(0, |l| {
            let within = Vec2::new(relative.x, relative.y - top);
            if under {
                l.drawn.char_under(within, len)
            } else {
                l.drawn.caret_at(within)
            }
        });
        paragraph.chars.start + local.min(len)
    }

    /// Draws `text` with `marks` (its own selection added) and handles pointer and keys.
    /// `version` must change whenever the marks (other than selection and flash) change.
    pub fn ui(
        &mut self,
        ui: &mut Ui,
        text: &str,
        marks: Marks<'_>,
        version: u64,
        look: &Look,
    ) -> SourceOutput {
        let frame = Frame {
            text,
            version,
            look,
        };
        if self.layout.built_for != Some((text.len(), version)) {
            self.layout.build(text, &marks, version);
        }
        let row_height = ui.fonts_mut(|f| f.row_height(&look.font));
        let char_width = ui.fonts_mut(|f| f.glyph_width(&look.font, 'n')).max(1.0);
        if self.layout.row_height != row_height
            || self.layout.chars_per_row != look.wrap_width / char_width
        {
            self.layout.row_height = row_height;
            self.layout.chars_per_row = look.wrap_width / char_width;
            for paragraph in &mut self.layout.paragraphs {
                paragraph.measured = false;
            }
        }
        for i in 0..self.layout.paragraphs.len() {
            let paragraph = &self.layout.paragraphs[i];
            if paragraph.layout.is_none() && !paragraph.measured {
                let estimate = self.layout.estimate(&self.layout.paragraphs[i]);
                self.layout.paragraphs[i].height = estimate;
            }
        }
        self.layout.update_tops();

        let total = Vec2::new(
            look.wrap_width,
            self.layout.tops.last().copied().unwrap_or(0.0),
        );
        let (rect, response) = ui.allocate_exact_size(total, Sense::click_and_drag());
        self.origin = rect.min;
        self.id = Some(response.id);
        let selection = self.selected();
        response.widget_info(|| {
            let mut info = WidgetInfo::labeled(Role::Document, true, "Source text");
            // Screen readers (and tests) read the text and the selection as they are.
            info.current_text_value = Some(text.to_owned());
            info.text_selection = selection
                .clone()
                .map(|r| egui::text::CharIndex(r.start)..egui::text::CharIndex(r.end));
            info
        });
        let mut output = SourceOutput::default();
        if !self.drag_handles(ui, frame, &response, &mut output) {
            self.handle_pointer(ui, frame, &response, &mut output);
        }
        if response.has_focus() {
            ui.memory_mut(|m| {
                m.set_focus_lock_filter(
                    response.id,
                    EventFilter {
                        horizontal_arrows: true,
                        vertical_arrows: true,
                        ..Default::default()
                    },
                );
            });
            self.handle_keys(ui, frame);
        }
        if let Some(pos) = response.hover_pos() {
            output.hovered = Some(self.char_at(ui, frame, pos));
        }
        self.paint_visible(ui, frame, rect, marks.flash.as_ref(), response.has_focus());
        self.paint_handles(ui);
        if let Some(range) = self.scroll_to.take() {
            self.scroll_into_view(ui, frame, range);
        }
        output.response = Some(response);
        output
    }

    /// Where the handle of one end of the span is drawn: a line the height of its row.
    fn handle_rect(&self, at: usize) -> Option<Rect> {
        self.char_rect(at)
            .map(|caret| Rect::from_x_y_ranges(caret.left()..=caret.left(), caret.y_range()))
    }

    /// The handle within reach of `pos`, if any: the end one first (the usual one to move).
    fn handle_under(&self, pos: Pos2) -> Option<HandleDrag> {
        let span = self.handles.clone()?;
        [(span.end, false), (span.start, true)]
            .into_iter()
            .find(|(at, _)| {
                self.handle_rect(*at)
                    .is_some_and(|r| r.expand2(Vec2::new(HANDLE_REACH, 2.0)).contains(pos))
            })
            .map(|(_, moving_start)| HandleDrag {
                original: span.clone(),
                moving_start,
            })
    }

    /// Dragging a handle moves that end of the span by whole words (Alt: exact characters),
    /// shown as the selection; on release the new span is reported. Returns whether the
    /// pointer was busy with a handle (then it selects nothing else).
    fn drag_handles(
        &mut self,
        ui: &Ui,
        frame: Frame<'_>,
        response: &Response,
        output: &mut SourceOutput,
    ) -> bool {
        if self.handle_drag.is_none()
            && let Some(pos) = response.hover_pos()
            && self.handle_under(pos).is_some()
        {
            ui.ctx().set_cursor_icon(egui::CursorIcon::ResizeHorizontal);
        }
        if response.drag_started()
            && let Some(origin) = ui.input(|i| i.pointer.press_origin())
        {
            self.handle_drag = self.handle_under(origin);
        }
        let Some(drag) = self.handle_drag.clone() else {
            return false;
        };
        ui.ctx().set_cursor_icon(egui::CursorIcon::ResizeHorizontal);
        if let Some(pos) = response.interact_pointer_pos() {
            let range = self.dragged_span(ui, frame, pos, &drag);
            self.selection = Some(Selection {
                anchor: range.start,
                focus: range.end,
            });
        }
        if !response.dragged() || response.drag_stopped() {
            self.handle_drag = None;
            output.resized = self.selected().filter(|range| *range != drag.original);
        }
        response.request_focus();
        true
    }

    /// The span as it would be with the dragged end at `pos`: never empty, never turned round.
    fn dragged_span(
        &mut self,
        ui: &Ui,
        frame: Frame<'_>,
        pos: Pos2,
        drag: &HandleDrag,
    ) -> Range<usize> {
        let at = if ui.input(|i| i.modifiers.alt) {
            self.char_at(ui, frame, pos)
        } else {
            let under = self.char_under(ui, frame, pos);
            let (word, blank) = self.word_around(frame.text, under);
            match (drag.moving_start, blank) {
                (true, false) | (false, true) => word.start,
                (true, true) | (false, false) => word.end,
            }
        };
        let span = &drag.original;
        if drag.moving_start {
            at.min(span.end.saturating_sub(1))..span.end
        } else {
            span.start..at.max(span.start + 1)
        }
    }

    /// The handles of the span that has them: a line at each end with a knob, above the start
    /// and below the end, as text selection handles are drawn.
    fn paint_handles(&self, ui: &Ui) {
        let span = match &self.handle_drag {
            Some(_) => self.selected(),
            None => self.handles.clone(),
        };
        let Some(span) = span else { return };
        let colour = ui.visuals().selection.stroke.color;
        let painter = ui.painter();
        for (at, knob_on_top) in [(span.start, true), (span.end, false)] {
            let Some(line) = self.handle_rect(at) else {
                continue;
            };
            painter.line_segment(
                [line.left_top(), line.left_bottom()],
                Stroke::new(2.0, colour),
            );
            let knob = if knob_on_top {
                line.left_top()
            } else {
                line.left_bottom()
            };
            painter.circle_filled(knob, 3.5, colour);
        }
    }

    /// A drag selects whole words (Alt: exact characters); a double click a word, a triple
    /// click a sentence; a click puts the caret, Shift+click extends the selection.
    fn handle_pointer(
        &mut self,
        ui: &Ui,
        frame: Frame<'_>,
        response: &Response,
        output: &mut SourceOutput,
    ) {
        let exact = ui.input(|i| i.modifiers.alt);
        if response.drag_started()
            && let Some(origin) = ui.input(|i| i.pointer.press_origin())
        {
            let from = if exact {
                let at = self.char_at(ui, frame, origin);
                at..at
            } else {
                let under = self.char_under(ui, frame, origin);
                let (word, blank) = self.word_around(frame.text, under);
                if blank { word.end..word.end } else { word }
            };
            self.selection = Some(Selection {
                anchor: from.start,
                focus: from.end,
            });
            self.drag_from = Some((from, exact));
            response.request_focus();
        }
        if response.dragged()
            && let Some(pos) = response.interact_pointer_pos()
            && let Some((from, started_exact)) = self.drag_from.clone()
        {
            self.selection = Some(if started_exact || exact {
                Selection {
                    anchor: from.start,
                    focus: self.char_at(ui, frame, pos),
                }
            } else {
                let under = self.char_under(ui, frame, pos);
                let (word, blank) = self.word_around(frame.text, under);
                if word.start >= from.start {
                    let end = if blank { word.start } else { word.end };
                    Selection {
                        anchor: from.start,
                        focus: end.max(from.end),
                    }
                } else {
                    Selection {
                        anchor: from.end,
                        focus: if blank { word.end } else { word.start },
                    }
                }
            });
        }
        if response.drag_stopped() {
            self.drag_from = None;
        }
        if response.clicked()
            && let Some(pos) = response.interact_pointer_pos()
        {
            let at = self.char_at(ui, frame, pos);
            let shift = ui.input(|i| i.modifiers.shift);
            match self.selection.as_mut() {
                Some(selection) if shift => selection.focus = at,
                _ => {
                    self.selection = Some(Selection::caret(at));
                    output.clicked = Some(at);
                }
            }
            self.row_x = None;
            response.request_focus();
        }
        let (double, triple) = (response.double_clicked(), response.triple_clicked());
        if (double || triple)
            && let Some(pos) = response.interact_pointer_pos()
        {
            let under = self.char_under(ui, frame, pos);
            let range = if triple {
                self.sentence_around(frame.text, under)
            } else {
                self.word_around(frame.text, under).0
            };
            self.selection = Some(Selection {
                anchor: range.start,
                focus: range.end,
            });
            // The first click already did what a click does.
            output.clicked = None;
        }
    }

    /// The word (a Unicode word-boundary segment, UAX #29) that holds character `at`, and
    /// whether it is white space.
    fn word_around(&self, text: &str, at: usize) -> (Range<usize>, bool) {
        let (range, word) = self.segment_around(text, at, |words| {
            words.split_word_bound_indices().map(|(_, w)| w).collect()
        });
        (range, word.chars().all(char::is_whitespace))
    }

    /// The sentence (UAX #29) that holds character `at`, without its trailing white space.
    fn sentence_around(&self, text: &str, at: usize) -> Range<usize> {
        let (range, sentence) =
            self.segment_around(text, at, |words| words.split_sentence_bounds().collect());
        let trailing = sentence
            .chars()
            .rev()
            .take_while(|c| c.is_whitespace())
            .count();
        range.start..range.end - trailing.min(range.len())
    }

    /// The segment of the paragraph holding `at` that holds it, as `segments` cuts the
    /// paragraph, with its text (empty where there is none).
    fn segment_around<'t>(
        &self,
        text: &'t str,
        at: usize,
        segments: impl Fn(&'t str) -> Vec<&'t str>,
    ) -> (Range<usize>, &'t str) {
        let i = self.layout.paragraph_of(at);
        let Some(paragraph) = self.layout.paragraphs.get(i) else {
            return (at..at, "");
        };
        let Some(words) = text.get(paragraph.bytes.clone()) else {
            return (at..at, "");
        };
        let local = at.saturating_sub(paragraph.chars.start);
        let mut start = 0;
        for segment in segments(words) {
            let end = start + segment.chars().count();
            if local < end {
                let range = paragraph.chars.start + start..paragraph.chars.start + end;
                return (range, segment);
            }
            start = end;
        }
        (at..at, "")
    }

    /// Lays out and paints the paragraphs inside the clip rectangle, and the caret.
    fn paint_visible(
        &mut self,
        ui: &Ui,
        frame: Frame<'_>,
        rect: Rect,
        flash: Option<&Range<usize>>,
        focused: bool,
    ) {
        let clip = ui.clip_rect();
        let selection = self.selected();
        let mut i = self.layout.paragraph_at_y(clip.min.y - rect.min.y);
        let painter = ui.painter();
        self.layout.painted.clear();
        while i < self.layout.paragraphs.len() {
            let top = self.layout.tops[i];
            if rect.min.y + top > clip.max.y {
                break;
            }
            let height = self.layout.paragraphs[i].height;
            self.layout
                .ensure_layout(ui, frame, i, selection.as_ref(), flash);
            if self.layout.paragraphs[i].height != height {
                // What follows moves now, in this frame, not after the next mouse move; the
                // next frame sizes the scroll area to it.
                self.layout.update_tops();
                ui.ctx().request_repaint();
            }
            let top = self.layout.tops[i];
            self.layout.painted.push((i, top));
            if let Some(layout) = &self.layout.paragraphs[i].layout {
                layout.drawn.paint(
                    painter,
                    rect.min + Vec2::new(0.0, top),
                    frame.look.text_colour,
                );
            }
            i += 1;
        }
        if focused
            && let Some(selection) = self.selection
            && let Some(caret) = self.char_rect(selection.focus)
        {
            painter.line_segment(
                [caret.left_top(), caret.left_bottom()],
                Stroke::new(1.5, frame.look.text_colour),
            );
        }
    }

    fn scroll_into_view(&mut self, ui: &Ui, frame: Frame<'_>, range: Range<usize>) {
        let i = self.layout.paragraph_of(range.start);
        let selection = self.selected();
        self.layout
            .ensure_layout(ui, frame, i, selection.as_ref(), None);
        self.layout.update_tops();
        if let (Some(start), Some(end)) = (self.char_rect(range.start), self.char_rect(range.end)) {
            ui.scroll_to_rect(start.union(end), Some(egui::Align::Center));
        }
    }

    fn handle_keys(&mut self, ui: &Ui, frame: Frame<'_>) {
        let presses: Vec<(Key, Modifiers)> = ui.input(|i| {
            i.events
                .iter()
                .filter_map(|event| match event {
                    // Held modifiers count too, however the platform reports them.
                    Event::Key {
                        key,
                        pressed: true,
                        modifiers,
                        ..
                    } => Some((*key, *modifiers | i.modifiers)),
                    _ => None,
                })
                .collect()
        });
        for (key, modifiers) in presses {
            let Some(focus) = self.selection.map(|s| s.focus) else {
                continue;
            };
            if key == Key::Escape {
                self.selection = Some(Selection::caret(focus));
                continue;
            }
            let moved = self.moved(ui, frame, focus, key, modifiers);
            if moved == focus {
                continue;
            }
            if let Some(selection) = self.selection.as_mut() {
                if modifiers.shift {
                    selection.focus = moved;
                } else {
                    *selection = Selection::caret(moved);
                }
            }
            self.scroll_to = Some(moved..moved);
        }
    }

    /// Where a key press moves the focus end of the selection.
    fn moved(
        &mut self,
        ui: &Ui,
        frame: Frame<'_>,
        focus: usize,
        key: Key,
        modifiers: Modifiers,
    ) -> usize {
        let len = self.layout.paragraphs.last().map_or(0, |p| p.chars.end);
        let by_word = modifiers.command || modifiers.ctrl || modifiers.alt;
        if !matches!(key, Key::ArrowUp | Key::ArrowDown) {
            self.row_x = None;
        }
        let i = self.layout.paragraph_of(focus);
        let selection = self.selected();
        self.layout
            .ensure_layout(ui, frame, i, selection.as_ref(), None);
        let Some(paragraph) = self.layout.paragraphs.get(i) else {
            return focus;
        };
        let start = paragraph.chars.start;
        let local = focus - start;
        let words = &frame.text[paragraph.bytes.clone()];
        let Some(drawn) = paragraph.layout.as_ref().map(|l| &l.drawn) else {
            return focus;
        };
        // In a right-to-left paragraph Left moves on in reading order and Right back.
        let key = match key {
            Key::ArrowLeft if drawn.is_rtl() => Key::ArrowRight,
            Key::ArrowRight if drawn.is_rtl() => Key::ArrowLeft,
            other => other,
        };
        match key {
            Key::ArrowLeft if by_word && focus > start => {
                start + ccursor_previous_word(words, CCursor::new(local)).index.0
            }
            Key::ArrowRight if by_word && focus < paragraph.chars.end => {
                start + ccursor_next_word(words, CCursor::new(local)).index.0
            }
            Key::ArrowLeft => focus.saturating_sub(1),
            Key::ArrowRight => (focus + 1).min(len),
            Key::ArrowUp | Key::ArrowDown => {
                let up = key == Key::ArrowUp;
                match drawn.vertical(local, up, self.row_x) {
                    Some((next, x)) => {
                        self.row_x = x.or(self.row_x);
                        start + next
                    }
                    // Off the paragraph's first or last row: into the one before or after.
                    None if up && i > 0 => self.layout.paragraphs[i - 1].chars.end,
                    None if !up && i + 1 < self.layout.paragraphs.len() => {
                        self.layout.paragraphs[i + 1].chars.start
                    }
                    None => focus,
                }
            }
            Key::Home => start + drawn.row_bounds(local).0,
            Key::End => start + drawn.row_bounds(local).1,
            _ => focus,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use egui::{Context, FontId, RawInput};

    /// One frame of the view alone in a scroll area scrolled to `offset`.
    fn frame(ctx: &Context, view: &mut SourceView, text: &str, offset: f32) {
        let look = Look {
            font: FontId::proportional(14.0),
            text_colour: egui::Color32::LIGHT_GRAY,
            selection_colour: egui::Color32::BLUE,
            wrap_width: 600.0,
        };
        let input = RawInput {
            screen_rect: Some(Rect::from_min_size(Pos2::ZERO, Vec2::new(800.0, 600.0))),
            ..RawInput::default()
        };
        let mut output = ctx.run_ui(input, |ui| {
            egui::ScrollArea::vertical()
                .vertical_scroll_offset(offset)
                .show(ui, |ui| view.ui(ui, text, Marks::default(), 1, &look));
        });
        // No renderer takes the font textures here.
        output.textures_delta.clear();
    }

    #[test]
    fn paragraphs_first_seen_after_a_jump_are_painted_where_their_neighbours_put_them() {
        // Long words waste the ends of rows: these paragraphs are taller than estimated.
        let paragraph = "MAXIMUM-WATCH-ON-MOVEMENTS counterinsurgency-operations ".repeat(6);
        let text = vec![paragraph; 80].join("\n");
        let ctx = Context::default();
        let mut view = SourceView::default();
        frame(&ctx, &mut view, &text, 0.0);
        // Straight to the middle: every paragraph in view is laid out for the first time.
        frame(&ctx, &mut view, &text, 3000.0);
        let painted = view.layout.painted.clone();
        assert!(painted.len() > 3, "several paragraphs in view: {painted:?}");
        let first = painted[0].0;
        let estimate = view.layout.estimate(&view.layout.paragraphs[first]);
        assert!(
            (view.layout.paragraphs[first].height - estimate).abs() > 5.0,
            "the case needs heights unlike the estimate"
        );
        for (i, top) in painted {
            assert_eq!(
                top, view.layout.tops[i],
                "paragraph {i} painted where it lies"
            );
        }
        assert!(
            ctx.has_requested_repaint(),
            "the next frame sizes the scroll area anew"
        );
    }
}
