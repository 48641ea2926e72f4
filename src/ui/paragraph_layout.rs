//! One paragraph of the source view laid out, and the questions the view asks of it: where a
//! caret goes, which character is under the pointer, which row holds a character. A paragraph
//! in one direction of Latin-like script is one egui galley, whose own cursor functions answer;
//! one with right-to-left text is broken into lines in reading order and drawn line by line in
//! visual order ([`super::bidi`]), and answers from a map of where each character was drawn.
//!
//! Offsets here are code points of the paragraph; positions are relative to its top-left corner.

use std::ops::Range;
use std::sync::Arc;

use egui::text::{CCursor, Galley, LayoutJob, TextFormat};
use egui::{Pos2, Rect, Ui, Vec2};

use super::bidi::{BidiParagraph, SectionChars, push_section, words_and_spaces};

/// Where one character was drawn, in visual order within its row.
#[derive(Clone, Copy, Debug)]
struct Cell {
    at: usize,
    /// What the glyph drawn there names (the character, or its cluster's first): tests check it.
    #[cfg_attr(not(test), allow(dead_code))]
    shown: char,
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
    /// Its sections' galleys and where each is painted, left to right.
    pieces: Vec<(Pos2, Arc<Galley>)>,
    /// Left to right.
    cells: Vec<Cell>,
}

/// A paragraph with right-to-left text: its lines, each drawn in visual order, a galley a
/// section, and where each character is.
#[derive(Debug)]
pub struct VisualParagraph {
    rtl: bool,
    rows: Vec<VisualRow>,
    /// Where a line with nothing drawn puts its caret.
    start_x: f32,
    height: f32,
    /// Characters in the paragraph.
    len: usize,
}

/// A laid-out paragraph.
pub enum Drawn {
    /// Left to right only: egui's galley as it lays out.
    Plain(Arc<Galley>),
    Visual(VisualParagraph),
}

/// `text` as one unwrapped section, shaped as one piece.
fn one_section_job(text: &str, format: TextFormat) -> LayoutJob {
    let mut job = LayoutJob::default();
    job.wrap.max_width = f32::INFINITY;
    push_section(&mut job, text, format);
    job
}

/// Lines of `text` (code points) broken to fit `wrap_width` between words, measured in reading
/// order: white space stays at the end of the line it follows; a word wider than a line has
/// one of its own.
pub fn line_breaks(ui: &Ui, text: &str, format: &TextFormat, wrap_width: f32) -> Vec<Range<usize>> {
    let mut lines = Vec::new();
    let mut line_start = 0;
    let mut width = 0.0;
    for (unit, words) in words_and_spaces(text) {
        let unit_width = ui
            .painter()
            .layout_job(one_section_job(words, format.clone()))
            .size()
            .x;
        let blank = words.chars().all(char::is_whitespace);
        if !blank && width > 0.0 && width + unit_width > wrap_width {
            lines.push(line_start..unit.start);
            line_start = unit.start;
            width = 0.0;
        }
        width += unit_width;
    }
    lines.push(line_start..text.chars().count());
    lines
}

/// Where each character of one section was drawn: `glyphs` of the section's own galley,
/// placed from `x`.
fn section_cells(section: &SectionChars, fed_text: &str, galley: &Galley, x: f32) -> Vec<Cell> {
    let glyphs: Vec<&egui::epaint::text::Glyph> = galley
        .rows
        .iter()
        .flat_map(|row| row.glyphs.iter())
        .collect();
    let mut cells = Vec::with_capacity(section.fed.len());
    if !section.shaped_rtl {
        // Laid out left to right, egui gives one glyph per character, in the order fed.
        for (k, glyph) in glyphs.iter().enumerate() {
            if let Some(at) = section.glyph_char(k) {
                cells.push(Cell {
                    at,
                    shown: glyph.chr,
                    left: x + glyph.pos.x,
                    right: x + glyph.pos.x + glyph.advance_width,
                    rtl: section.rtl,
                });
            }
        }
        return cells;
    }
    // Laid out right to left, the glyphs come by clusters from the last character fed to the
    // first, each glyph naming its cluster's first character (marks repeat it with no width);
    // egui then adds glyphs of no width at the end, which show nothing. Each cluster is found
    // by walking the fed characters back to the one the glyph names.
    let fed_chars: Vec<char> = fed_text.chars().collect();
    let mut end = fed_chars.len();
    let mut i = 0;
    while i < glyphs.len() && end > 0 {
        let chr = glyphs[i].chr;
        let mut left = glyphs[i].pos.x;
        let mut right = glyphs[i].pos.x + glyphs[i].advance_width;
        i += 1;
        while i < glyphs.len() && glyphs[i].chr == chr && glyphs[i].advance_width == 0.0 {
            i += 1;
        }
        let start = (end.saturating_sub(4)..end)
            .rev()
            .find(|j| fed_chars[*j] == chr)
            .unwrap_or(end - 1);
        left = left.min(right);
        right = right.max(left);
        let members: Vec<usize> = (start..end).collect();
        let share = (right - left) / members.len() as f32;
        // The cluster's first character sits at its right edge.
        for (k, j) in members.iter().enumerate() {
            if let Some(Some(at)) = section.fed.get(*j) {
                let cell_right = right - share * k as f32;
                cells.push(Cell {
                    at: *at,
                    shown: chr,
                    left: x + cell_right - share,
                    right: x + cell_right,
                    rtl: section.rtl,
                });
            }
        }
        end = start;
    }
    cells.sort_by(|a, b| a.left.total_cmp(&b.left));
    cells
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
        let rtl = paragraph.is_rtl();
        let row_height = styles.first().map_or(14.0, |(_, format)| {
            ui.fonts_mut(|f| f.row_height(&format.font_id))
        });
        let mut rows = Vec::with_capacity(lines.len());
        let mut top = 0.0;
        for line in lines {
            let mut pieces = Vec::new();
            let mut cells = Vec::new();
            let mut x = 0.0;
            for section in paragraph.line_sections(line.clone(), styles) {
                let galley = ui
                    .painter()
                    .layout_job(one_section_job(&section.text, section.format.clone()));
                cells.extend(section_cells(&section.chars, &section.text, &galley, x));
                let width = galley.size().x;
                pieces.push((Pos2::new(x, top), galley));
                x += width;
            }
            // A right-to-left paragraph's lines end at the right edge.
            let shift = if rtl { wrap_width - x } else { 0.0 };
            for (pos, _) in &mut pieces {
                pos.x += shift;
            }
            for cell in &mut cells {
                cell.left += shift;
                cell.right += shift;
            }
            let height = pieces
                .iter()
                .map(|(_, galley)| galley.size().y)
                .fold(row_height, f32::max);
            rows.push(VisualRow {
                chars: line.clone(),
                top,
                bottom: top + height,
                pieces,
                cells,
            });
            top += height;
        }
        Self {
            rtl,
            rows,
            start_x: if rtl { wrap_width } else { 0.0 },
            height: top,
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
            (_, None, _) | (_, _, None) => self.start_x,
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
    pub fn height(&self) -> f32 {
        match self {
            Self::Plain(galley) => galley.size().y,
            Self::Visual(visual) => visual.height,
        }
    }

    /// Paints the paragraph with its top-left corner at `top_left`.
    pub fn paint(&self, painter: &egui::Painter, top_left: Pos2, colour: egui::Color32) {
        match self {
            Self::Plain(galley) => painter.galley(top_left, galley.clone(), colour),
            Self::Visual(visual) => {
                for row in &visual.rows {
                    for (pos, galley) in &row.pieces {
                        painter.galley(top_left + pos.to_vec2(), galley.clone(), colour);
                    }
                }
            }
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

#[cfg(test)]
mod tests {
    use super::*;

    /// Lays out `text` in a real egui context with the app's fonts and hands back the result.
    fn laid_out(text: &str, wrap_width: f32) -> VisualParagraph {
        let ctx = egui::Context::default();
        crate::ui::fonts::install(&ctx);
        let mut result = None;
        for _ in 0..2 {
            // The first pass loads the fonts.
            let mut output = ctx.run_ui(egui::RawInput::default(), |ui| {
                let font = crate::ui::fonts::reading_font(ui, 14.0);
                assert_eq!(
                    font.family,
                    egui::FontFamily::Name(crate::ui::fonts::READING.into())
                );
                let format = TextFormat::simple(font, egui::Color32::WHITE);
                let lines = line_breaks(ui, text, &format, wrap_width);
                let chars = text.chars().count();
                let styles = [(0..chars, format)];
                result = Some(VisualParagraph::new(ui, text, &lines, &styles, wrap_width));
            });
            // No renderer takes the font textures here.
            output.textures_delta.clear();
        }
        result.expect("laid out")
    }

    fn is_shown_as(c: char, shown: char) -> bool {
        c == shown || unicode_bidi_mirroring::get_mirrored(c) == Some(shown)
    }

    #[test]
    fn every_glyph_of_a_mixed_arabic_paragraph_maps_back_to_the_character_it_shows() {
        // Our own sentence: Arabic with a date, a Latin name and brackets, over several lines.
        let text = "قال متحدث باسم التحالف (Coalition) إن 3 صواريخ سقطت قرب مطار أربيل \
                    الدولي في 15 شباط 2021، ولم تعلن أي جهة مسؤوليتها عن الهجوم.";
        let chars: Vec<char> = text.chars().collect();
        let paragraph = laid_out(text, 260.0);
        assert!(paragraph.rows.len() > 1, "wraps");
        let mut seen = Vec::new();
        for row in &paragraph.rows {
            for cell in &row.cells {
                let c = chars[cell.at];
                // A lam-alef ligature shows as one glyph carrying the lam.
                let ligature = c == '\u{0627}' && cell.shown == '\u{0644}'
                    || c == '\u{0644}' && cell.shown == '\u{0627}';
                assert!(
                    is_shown_as(c, cell.shown) || ligature,
                    "character {} {c:?} is drawn as {:?}",
                    cell.at,
                    cell.shown
                );
                assert!(row.chars.contains(&cell.at), "on its own line");
                seen.push(cell.at);
            }
            // Cells run from the left without overlapping.
            for w in row.cells.windows(2) {
                // Glyphs start on whole pixels; their advances need not end on one.
                assert!(
                    w[0].right <= w[1].left + 1.0,
                    "{:?} overlaps {:?}",
                    w[0],
                    w[1]
                );
            }
        }
        seen.sort_unstable();
        let shown: Vec<usize> = (0..chars.len())
            .filter(|at| !chars[*at].is_whitespace() || seen.contains(at))
            .collect();
        assert_eq!(
            seen.iter()
                .filter(|at| !chars[**at].is_whitespace())
                .count(),
            shown
                .iter()
                .filter(|at| !chars[**at].is_whitespace())
                .count(),
            "every letter is drawn once"
        );
    }

    #[test]
    fn carets_in_a_right_to_left_line_move_left_as_the_text_goes_on() {
        let text = "سقطت صواريخ على القاعدة";
        let paragraph = laid_out(text, 600.0);
        let drawn = Drawn::Visual(paragraph);
        let xs: Vec<f32> = [0, 5, 12, 16]
            .iter()
            .map(|at| drawn.caret_rect(*at).left())
            .collect();
        assert!(xs.windows(2).all(|w| w[0] > w[1]), "{xs:?}");
        assert!(
            (xs[0] - 600.0).abs() < 1.0,
            "the line starts at the right edge: {xs:?}"
        );
        // A point just left of the first word's start is inside that word.
        let y = drawn.caret_rect(0).center().y;
        assert!(drawn.char_under(Vec2::new(xs[0] - 3.0, y), text.chars().count()) < 4);
        assert_eq!(
            drawn.caret_at(Vec2::new(xs[0] + 20.0, y)),
            0,
            "right of the text: its start"
        );
        assert!(drawn.is_rtl());
    }
}
