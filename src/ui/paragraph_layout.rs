//! One paragraph of the source view laid out, and the questions the view asks of it: where a
//! caret goes, which character is under the pointer, which row holds a character. A paragraph
//! in one direction of Latin-like script is one egui galley, whose own cursor functions answer;
//! one with right-to-left text is broken into lines in reading order and drawn line by line in
//! visual order ([`super::bidi`]), and answers from a map of where each character was drawn.
//!
//! Offsets here are code points of the paragraph; positions are relative to its top-left corner.

use std::ops::Range;
use std::sync::Arc;

use egui::text::{CCursor, Galley, TextFormat};
use egui::{Pos2, Rect, Ui, Vec2};

use super::bidi::BidiParagraph;

/// Where one character was drawn, in visual order within its row.
#[derive(Clone, Copy, Debug)]
struct Cell {
    at: usize,
    left: f32,
    right: f32,
    rtl: bool,
}

/// One line of a paragraph drawn in visual order.
#[derive(Debug)]
struct VisualRow {
    /// Code points of the line, its trailing white space included.
    chars: Range<usize>,
    top: f32,
    bottom: f32,
    /// Left to right.
    cells: Vec<Cell>,
}

/// A paragraph with right-to-left text: its galley of visual lines and where each character is.
#[derive(Debug)]
pub struct VisualParagraph {
    galley: Arc<Galley>,
    /// Where the galley is painted from (its right edge, when right-aligned).
    offset_x: f32,
    rtl: bool,
    rows: Vec<VisualRow>,
    /// Characters in the paragraph.
    len: usize,
}

/// A laid-out paragraph.
pub enum Drawn {
    /// Left to right only: egui's galley as it lays out.
    Plain(Arc<Galley>),
    Visual(VisualParagraph),
}

/// Lines of `text` (code points) broken to fit `wrap_width`, measured in reading order.
pub fn line_breaks(ui: &Ui, text: &str, format: &TextFormat, wrap_width: f32) -> Vec<Range<usize>> {
    let paragraph = BidiParagraph::new(text, None);
    let total = text.chars().count();
    let galley = ui
        .painter()
        .layout_job(paragraph.breaking_job(format, wrap_width));
    let mut lines = Vec::with_capacity(galley.rows.len());
    let mut start = 0;
    for row in &galley.rows {
        let end = (start + row.glyphs.len()).min(total);
        lines.push(start..end);
        start = end;
    }
    match lines.last_mut() {
        Some(last) => last.end = total,
        None => lines.push(0..total),
    }
    lines
}

impl VisualParagraph {
    /// Lays out `text` in the lines `lines`, each stretch in its look from `styles`.
    pub fn new(
        ui: &Ui,
        text: &str,
        lines: &[Range<usize>],
        styles: &[(Range<usize>, TextFormat)],
        wrap_width: f32,
    ) -> Self {
        let paragraph = BidiParagraph::new(text, None);
        let visual = paragraph.visual_job(lines, styles);
        let galley = ui.painter().layout_job(visual.job);
        let rtl = paragraph.is_rtl();
        let offset_x = if rtl { wrap_width } else { 0.0 };
        // Sections are shaped one after another and give one glyph per character they were
        // fed, so the galley's glyphs, row after row, belong to the sections in order.
        let mut owners = visual.sections.iter().flat_map(|section| {
            (0..section.fed.len()).map(move |k| (section.glyph_char(k), section.rtl))
        });
        let mut rows = Vec::with_capacity(lines.len());
        for (placed, line) in galley.rows.iter().zip(lines) {
            let mut cells = Vec::with_capacity(placed.row.glyphs.len());
            for glyph in &placed.row.glyphs {
                let Some((owner, rtl)) = owners.next() else {
                    break;
                };
                if let Some(at) = owner {
                    let left = offset_x + placed.pos.x + glyph.pos.x;
                    cells.push(Cell {
                        at,
                        left,
                        right: left + glyph.advance_width,
                        rtl,
                    });
                }
            }
            rows.push(VisualRow {
                chars: line.clone(),
                top: placed.pos.y,
                bottom: placed.pos.y + placed.row.size.y,
                cells,
            });
        }
        Self {
            galley,
            offset_x,
            rtl,
            rows,
            len: text.chars().count(),
        }
    }

    fn row_of(&self, at: usize) -> usize {
        self.rows
            .iter()
            .position(|row| at < row.chars.end)
            .unwrap_or(self.rows.len().saturating_sub(1))
    }

    fn row_at_y(&self, y: f32) -> usize {
        self.rows
            .iter()
            .position(|row| y < row.bottom)
            .unwrap_or(self.rows.len().saturating_sub(1))
    }

    /// Where a caret at the row's reading end sits.
    fn row_end_x(&self, row: &VisualRow) -> f32 {
        match (self.rtl, row.cells.first(), row.cells.last()) {
            (true, Some(first), _) => first.left,
            (false, _, Some(last)) => last.right,
            (true, None, _) => self.offset_x,
            (false, _, None) => 0.0,
        }
    }

    fn caret_rect(&self, at: usize) -> Rect {
        let Some(row) = self.rows.get(self.row_of(at)) else {
            return Rect::from_min_size(Pos2::ZERO, Vec2::ZERO);
        };
        let x = if let Some(cell) = row.cells.iter().find(|c| c.at == at) {
            if cell.rtl { cell.right } else { cell.left }
        } else if let Some(cell) = row.cells.iter().find(|c| at > 0 && c.at == at - 1) {
            if cell.rtl { cell.left } else { cell.right }
        } else {
            self.row_end_x(row)
        };
        Rect::from_min_max(Pos2::new(x, row.top), Pos2::new(x, row.bottom))
    }

    /// The cell nearest to `x` in `row`.
    fn cell_near(row: &VisualRow, x: f32) -> Option<&Cell> {
        row.cells.iter().find(|c| x < c.right).or(row.cells.last())
    }

    fn caret_at(&self, pos: Vec2) -> usize {
        let Some(row) = self.rows.get(self.row_at_y(pos.y)) else {
            return 0;
        };
        let (Some(first), Some(last)) = (row.cells.first(), row.cells.last()) else {
            return row.chars.start;
        };
        let reading_end = if self.row_of(row.chars.end) == self.row_at_y(pos.y) {
            row.chars.end
        } else {
            row.chars.end.saturating_sub(1).max(row.chars.start)
        };
        if pos.x < first.left {
            return if self.rtl {
                reading_end
            } else {
                row.chars.start
            };
        }
        if pos.x >= last.right {
            return if self.rtl {
                row.chars.start
            } else {
                reading_end
            };
        }
        let Some(cell) = Self::cell_near(row, pos.x) else {
            return row.chars.start;
        };
        let left_half = pos.x < (cell.left + cell.right) / 2.0;
        if left_half != cell.rtl {
            cell.at
        } else {
            (cell.at + 1).min(self.len)
        }
    }

    fn char_under(&self, pos: Vec2) -> usize {
        self.rows
            .get(self.row_at_y(pos.y))
            .and_then(|row| Self::cell_near(row, pos.x))
            .map_or(0, |cell| cell.at)
    }
}

impl Drawn {
    /// Lays out a paragraph with no right-to-left text.
    pub fn plain(galley: Arc<Galley>) -> Self {
        Self::Plain(galley)
    }

    pub fn height(&self) -> f32 {
        match self {
            Self::Plain(galley) => galley.size().y,
            Self::Visual(visual) => visual.galley.size().y,
        }
    }

    /// Paints the paragraph with its top-left corner at `top_left`.
    pub fn paint(&self, painter: &egui::Painter, top_left: Pos2, colour: egui::Color32) {
        match self {
            Self::Plain(galley) => painter.galley(top_left, galley.clone(), colour),
            Self::Visual(visual) => painter.galley(
                top_left + Vec2::new(visual.offset_x, 0.0),
                visual.galley.clone(),
                colour,
            ),
        }
    }

    /// The caret before code point `at`, a rectangle of no width as tall as its row.
    pub fn caret_rect(&self, at: usize) -> Rect {
        match self {
            Self::Plain(galley) => galley.pos_from_cursor(CCursor::new(at)),
            Self::Visual(visual) => visual.caret_rect(at),
        }
    }

    /// The caret position nearest to `pos`.
    pub fn caret_at(&self, pos: Vec2) -> usize {
        match self {
            Self::Plain(galley) => galley.cursor_from_pos(pos).index.0,
            Self::Visual(visual) => visual.caret_at(pos),
        }
    }

    /// The character drawn under `pos` (or nearest to it on its row).
    pub fn char_under(&self, pos: Vec2, len: usize) -> usize {
        let at = match self {
            Self::Plain(galley) => {
                let caret = galley.cursor_from_pos(pos).index.0;
                let edge = galley.pos_from_cursor(CCursor::new(caret)).left();
                if pos.x < edge {
                    caret.saturating_sub(1)
                } else {
                    caret
                }
            }
            Self::Visual(visual) => visual.char_under(pos),
        };
        at.min(len.saturating_sub(1))
    }

    /// The row holding `at`, and how many rows there are.
    pub fn row(&self, at: usize) -> (usize, usize) {
        match self {
            Self::Plain(galley) => (
                galley.layout_from_cursor(CCursor::new(at)).row,
                galley.rows.len(),
            ),
            Self::Visual(visual) => (visual.row_of(at), visual.rows.len()),
        }
    }

    /// The first and the reading-end caret of the row holding `at`.
    pub fn row_bounds(&self, at: usize) -> (usize, usize) {
        match self {
            Self::Plain(galley) => {
                let cursor = CCursor::new(at);
                (
                    galley.cursor_begin_of_row(&cursor).index.0,
                    galley.cursor_end_of_row(&cursor).index.0,
                )
            }
            Self::Visual(visual) => {
                let i = visual.row_of(at);
                let Some(row) = visual.rows.get(i) else {
                    return (at, at);
                };
                let last = i + 1 == visual.rows.len();
                let end = if last {
                    row.chars.end
                } else {
                    row.chars.end.saturating_sub(1).max(row.chars.start)
                };
                (row.chars.start, end)
            }
        }
    }

    /// The caret one row up or down from `at`, keeping `x` (or the caret's own x) — `None` off
    /// the paragraph's first or last row. Also returns the x kept.
    pub fn vertical(&self, at: usize, up: bool, x: Option<f32>) -> Option<(usize, Option<f32>)> {
        let (row, rows) = self.row(at);
        if (up && row == 0) || (!up && row + 1 >= rows) {
            return None;
        }
        match self {
            Self::Plain(galley) => {
                let cursor = CCursor::new(at);
                let (next, kept) = if up {
                    galley.cursor_up_one_row(&cursor, x)
                } else {
                    galley.cursor_down_one_row(&cursor, x)
                };
                Some((next.index.0, kept.or(x)))
            }
            Self::Visual(visual) => {
                let x = x.unwrap_or_else(|| visual.caret_rect(at).left());
                let target = if up { row - 1 } else { row + 1 };
                let target_row = visual.rows.get(target)?;
                let y = (target_row.top + target_row.bottom) / 2.0;
                Some((visual.caret_at(Vec2::new(x, y)), Some(x)))
            }
        }
    }

    /// Whether the paragraph reads right to left (its arrow keys are mirrored).
    pub fn is_rtl(&self) -> bool {
        matches!(self, Self::Visual(visual) if visual.rtl)
    }
}
