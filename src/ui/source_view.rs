//! The article as written, with evidence highlighted and suggestions marked, and a selection of
//! our own: drag with the mouse, shift+click to extend, shift+arrow keys (ctrl for words) to
//! grow or shrink it across paragraphs. Offsets are code points of the article text, the unit
//! evidence is stored in.

use std::ops::Range;
use std::sync::Arc;

use egui::text::{CCursor, Galley};
use egui::text_selection::text_cursor_state::{ccursor_next_word, ccursor_previous_word};
use egui::{Event, EventFilter, Key, Modifiers, Response, Role, Sense, Stroke, Ui, WidgetInfo};

use super::highlight::{Look, Marks, highlight_job};

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

/// The widget's state for the article on screen.
#[derive(Debug, Default)]
pub struct SourceView {
    pub selection: Option<Selection>,
    /// Horizontal position kept while moving up and down rows.
    row_x: Option<f32>,
    /// Char range to bring into view on the next frame.
    scroll_to: Option<Range<usize>>,
    /// The widget's id, to tell it apart from text fields holding the keyboard.
    id: Option<egui::Id>,
    /// The last frame's layout and where it was drawn, to locate characters on screen.
    last_layout: Option<(Arc<Galley>, egui::Pos2)>,
}

/// What happened in the view this frame.
#[derive(Debug, Default)]
pub struct SourceOutput {
    /// A click (not a drag) on this character.
    pub clicked: Option<usize>,
    /// The character under the pointer.
    pub hovered: Option<usize>,
    pub response: Option<Response>,
}

/// Where a key press moves the focus end of the selection.
fn moved(
    galley: &Galley,
    text: &str,
    focus: usize,
    key: Key,
    modifiers: Modifiers,
    row_x: &mut Option<f32>,
) -> usize {
    let cursor = CCursor::new(focus);
    let len = galley.end().index.0;
    let by_word = modifiers.command || modifiers.ctrl || modifiers.alt;
    let next = match key {
        Key::ArrowLeft if by_word => ccursor_previous_word(text, cursor).index.0,
        Key::ArrowRight if by_word => ccursor_next_word(text, cursor).index.0,
        Key::ArrowLeft => focus.saturating_sub(1),
        Key::ArrowRight => (focus + 1).min(len),
        Key::ArrowUp => {
            let (up, x) = galley.cursor_up_one_row(&cursor, *row_x);
            *row_x = x;
            up.index.0
        }
        Key::ArrowDown => {
            let (down, x) = galley.cursor_down_one_row(&cursor, *row_x);
            *row_x = x;
            down.index.0
        }
        Key::Home => galley.cursor_begin_of_row(&cursor).index.0,
        Key::End => galley.cursor_end_of_row(&cursor).index.0,
        _ => return focus,
    };
    if !matches!(key, Key::ArrowUp | Key::ArrowDown) {
        *row_x = None;
    }
    next
}

impl SourceView {
    /// Forgets the selection (another article was opened).
    pub fn reset(&mut self) {
        *self = Self {
            id: self.id,
            ..Self::default()
        };
    }

    /// Where character `at` was drawn in the last frame.
    pub fn char_rect(&self, at: usize) -> Option<egui::Rect> {
        let (galley, origin) = self.last_layout.as_ref()?;
        Some(
            galley
                .pos_from_cursor(CCursor::new(at))
                .translate(origin.to_vec2()),
        )
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

    /// Draws `text` with `marks` (its own selection added) and handles pointer and keys.
    pub fn ui(&mut self, ui: &mut Ui, text: &str, marks: Marks<'_>, look: &Look) -> SourceOutput {
        let marks = Marks {
            selection: self.selected(),
            ..marks
        };
        let galley: Arc<Galley> = ui.painter().layout_job(highlight_job(text, &marks, look));
        let (rect, response) = ui.allocate_exact_size(galley.size(), Sense::click_and_drag());
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
        let char_at = |pos: egui::Pos2| galley.cursor_from_pos(pos - rect.min).index.0;
        let mut output = SourceOutput::default();

        if response.drag_started()
            && let Some(origin) = ui.input(|i| i.pointer.press_origin())
        {
            self.selection = Some(Selection::caret(char_at(origin)));
            response.request_focus();
        }
        if response.dragged()
            && let (Some(pos), Some(selection)) =
                (response.interact_pointer_pos(), self.selection.as_mut())
        {
            selection.focus = char_at(pos);
        }
        if response.clicked()
            && let Some(pos) = response.interact_pointer_pos()
        {
            let at = char_at(pos);
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
            self.handle_keys(ui, &galley, text);
        }
        output.hovered = response.hover_pos().map(char_at);

        if let Some(range) = self.scroll_to.take() {
            let start = galley.pos_from_cursor(CCursor::new(range.start));
            let end = galley.pos_from_cursor(CCursor::new(range.end));
            ui.scroll_to_rect(
                start.union(end).translate(rect.min.to_vec2()),
                Some(egui::Align::Center),
            );
        }
        ui.painter()
            .galley(rect.min, galley.clone(), look.text_colour);
        self.last_layout = Some((galley.clone(), rect.min));
        if response.has_focus()
            && let Some(selection) = self.selection
        {
            let caret = galley
                .pos_from_cursor(CCursor::new(selection.focus))
                .translate(rect.min.to_vec2());
            ui.painter().line_segment(
                [caret.left_top(), caret.left_bottom()],
                Stroke::new(1.5, look.text_colour),
            );
        }
        output.response = Some(response);
        output
    }

    fn handle_keys(&mut self, ui: &Ui, galley: &Galley, text: &str) {
        let presses: Vec<(Key, Modifiers)> = ui.input(|i| {
            i.events
                .iter()
                .filter_map(|event| match event {
                    Event::Key {
                        key,
                        pressed: true,
                        modifiers,
                        ..
                    // Held modifiers count too, however the platform reports them.
                    } => Some((*key, *modifiers | i.modifiers)),
                    _ => None,
                })
                .collect()
        });
        for (key, modifiers) in presses {
            let Some(selection) = self.selection.as_mut() else {
                continue;
            };
            let focus = moved(
                galley,
                text,
                selection.focus,
                key,
                modifiers,
                &mut self.row_x,
            );
            if focus == selection.focus && !matches!(key, Key::Escape) {
                continue;
            }
            if key == Key::Escape {
                *selection = Selection::caret(selection.focus);
            } else if modifiers.shift {
                selection.focus = focus;
            } else {
                *selection = Selection::caret(focus);
            }
            self.scroll_to = Some(focus..focus);
        }
    }
}
