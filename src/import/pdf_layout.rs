//! Reading order of a PDF page from where its characters stand, not from the order the file
//! draws them in: characters are gathered with their positions (through pdf-extract's
//! `OutputDev`), joined into runs of text on one line, and a page whose runs leave an empty
//! vertical gutter near its middle is read as two columns — the left column down, then the
//! right — with lines that cross the gutter (headlines, full-width paragraphs) read in place
//! between the column blocks. Each page comes out as lines, a blank line where the text leaves
//! a vertical gap (a new paragraph), as the page cleaning expects.

use pdf_extract::{MediaBox, OutputDev, OutputError, Transform};

/// One character (or ligature) as drawn: its left edge, its baseline measured from the top of
/// the page, where it ends, and its size in points.
#[derive(Clone, Debug)]
struct Glyph {
    x: f64,
    y: f64,
    end: f64,
    size: f64,
    text: String,
}

/// The most characters a PDF may draw: an article holds at most 64 MiB of text, and a stream
/// inflated within the guard's caps could still draw far more.
pub const MOST_GLYPHS: usize = 16_000_000;
/// The longest reading the text of one PDF may take.
pub const MOST_TIME: std::time::Duration = std::time::Duration::from_secs(60);

/// Gathers a page's glyphs and lays them out when the page ends, keeping only its text.
struct Collector {
    texts: Vec<String>,
    glyphs: Vec<Glyph>,
    page_width: f64,
    page_height: f64,
    /// Glyphs drawn so far in the whole document.
    drawn: usize,
    deadline: std::time::Instant,
}

impl Collector {
    fn new() -> Self {
        Self {
            texts: Vec::new(),
            glyphs: Vec::new(),
            page_width: 0.0,
            page_height: 0.0,
            drawn: 0,
            deadline: std::time::Instant::now() + MOST_TIME,
        }
    }

    /// Stops the extraction once the document draws more than a report holds or takes too
    /// long (checked every few thousand glyphs).
    fn within_bounds(&mut self) -> Result<(), OutputError> {
        self.drawn += 1;
        if self.drawn > MOST_GLYPHS {
            return Err(OutputError::IoError(std::io::Error::other(
                "it draws more text than a report holds",
            )));
        }
        if self.drawn.is_multiple_of(4096) && std::time::Instant::now() > self.deadline {
            return Err(OutputError::IoError(std::io::Error::other(format!(
                "reading it took longer than {} s",
                MOST_TIME.as_secs()
            ))));
        }
        Ok(())
    }
}

impl OutputDev for Collector {
    fn begin_page(
        &mut self,
        _page_num: u32,
        media_box: &MediaBox,
        _art_box: Option<(f64, f64, f64, f64)>,
    ) -> Result<(), OutputError> {
        self.page_height = media_box.ury - media_box.lly;
        self.page_width = (media_box.urx - media_box.llx).abs();
        self.glyphs.clear();
        Ok(())
    }

    fn end_page(&mut self) -> Result<(), OutputError> {
        let text = page_text(self.page_width, &self.glyphs);
        self.texts.push(text);
        self.glyphs.clear();
        Ok(())
    }

    fn output_character(
        &mut self,
        trm: &Transform,
        width: f64,
        _spacing: f64,
        font_size: f64,
        char: &str,
    ) -> Result<(), OutputError> {
        self.within_bounds()?;
        // The text matrix scales the font; its determinant is the scale of an area.
        let scale = (trm.m11 * trm.m22 - trm.m12 * trm.m21).abs().sqrt();
        let size = (font_size * scale).max(0.1);
        let glyph = Glyph {
            x: trm.m31,
            y: self.page_height - trm.m32,
            end: trm.m31 + width * size,
            size,
            text: char.to_owned(),
        };
        self.glyphs.push(glyph);
        Ok(())
    }

    fn begin_word(&mut self) -> Result<(), OutputError> {
        Ok(())
    }

    fn end_word(&mut self) -> Result<(), OutputError> {
        Ok(())
    }

    fn end_line(&mut self) -> Result<(), OutputError> {
        Ok(())
    }
}

/// Text on one line with no wide gap in it.
#[derive(Clone, Debug)]
struct Run {
    x0: f64,
    x1: f64,
    y: f64,
    size: f64,
    text: String,
}

/// A gap wider than this many font sizes ends a run: columns are further apart than words.
const RUN_GAP: f64 = 1.5;

fn runs(glyphs: &[Glyph]) -> Vec<Run> {
    let mut runs: Vec<Run> = Vec::new();
    for glyph in glyphs {
        if let Some(run) = runs.last_mut() {
            let same_line = (glyph.y - run.y).abs() < 0.5 * glyph.size.max(run.size);
            let gap = glyph.x - run.x1;
            if same_line && gap > -0.5 * glyph.size && gap < RUN_GAP * glyph.size {
                if gap > 0.1 * glyph.size && !run.text.ends_with(' ') && glyph.text != " " {
                    run.text.push(' ');
                }
                run.text.push_str(&glyph.text);
                run.x1 = run.x1.max(glyph.end);
                continue;
            }
        }
        if glyph.text.trim().is_empty() {
            continue;
        }
        runs.push(Run {
            x0: glyph.x,
            x1: glyph.end,
            y: glyph.y,
            size: glyph.size,
            text: glyph.text.clone(),
        });
    }
    for run in &mut runs {
        run.text = run.text.trim().to_owned();
    }
    runs.retain(|r| !r.text.is_empty());
    runs
}

/// The x of an empty vertical gutter between two columns, when the page has one: inside the
/// middle half of the page, crossed by no run narrower than 60 % of the page, with text on
/// both sides of it on at least three lines.
fn gutter(runs: &[Run], width: f64) -> Option<f64> {
    if width <= 0.0 {
        return None;
    }
    let narrow: Vec<&Run> = runs.iter().filter(|r| r.x1 - r.x0 < 0.6 * width).collect();
    let (from, to) = (0.25 * width, 0.75 * width);
    // Free stretches of the middle half, found by walking the runs' covered intervals.
    let mut covered: Vec<(f64, f64)> = narrow
        .iter()
        .map(|r| (r.x0, r.x1))
        .filter(|(a, b)| *b > from && *a < to)
        .collect();
    covered.sort_by(|a, b| a.0.total_cmp(&b.0));
    let mut free: Vec<(f64, f64)> = Vec::new();
    let mut cursor = from;
    for (a, b) in covered.iter().copied().chain([(to, to)]) {
        if a > cursor {
            free.push((cursor, a.min(to)));
        }
        cursor = cursor.max(b);
    }
    let size = median(narrow.iter().map(|r| r.size))?;
    free.retain(|(start, end)| end - start >= 0.5 * size);
    free.sort_by(|a, b| (b.1 - b.0).total_cmp(&(a.1 - a.0)));
    // The widest free stretch with text on both sides of it, line for line.
    let line_of = |r: &Run| (r.y / (0.5 * size)).round() as i64;
    free.into_iter()
        .map(|(start, end)| (start + end) / 2.0)
        .find(|&at| {
            let left: std::collections::HashSet<i64> = narrow
                .iter()
                .filter(|r| r.x1 <= at)
                .map(|r| line_of(r))
                .collect();
            let both: std::collections::HashSet<i64> = narrow
                .iter()
                .filter(|r| r.x0 >= at)
                .map(|r| line_of(r))
                .filter(|line| left.contains(line))
                .collect();
            both.len() >= 3
        })
}

fn median(values: impl Iterator<Item = f64>) -> Option<f64> {
    let mut values: Vec<f64> = values.collect();
    if values.is_empty() {
        return None;
    }
    values.sort_by(f64::total_cmp);
    Some(values[values.len() / 2])
}

/// Runs in reading order as lines of text, a blank line at each vertical gap.
fn lines_of(runs: &mut Vec<Run>, out: &mut Vec<String>) {
    runs.sort_by(|a, b| a.y.total_cmp(&b.y).then(a.x0.total_cmp(&b.x0)));
    let mut last: Option<(f64, f64)> = None;
    for run in runs.drain(..) {
        match last {
            Some((y, size)) if (run.y - y).abs() < 0.5 * size.max(run.size) => {
                if let Some(line) = out.last_mut() {
                    line.push(' ');
                    line.push_str(&run.text);
                }
                continue;
            }
            Some((y, size)) if run.y - y > 1.5 * size.max(run.size) => out.push(String::new()),
            _ => {}
        }
        out.push(run.text);
        last = Some((run.y, run.size));
    }
}

/// One page's text in reading order.
fn page_text(width: f64, glyphs: &[Glyph]) -> String {
    let runs = runs(glyphs);
    let mut out: Vec<String> = Vec::new();
    let Some(at) = gutter(&runs, width) else {
        lines_of(&mut runs.clone(), &mut out);
        return out.join("\n");
    };
    let mut ordered = runs;
    ordered.sort_by(|a, b| a.y.total_cmp(&b.y));
    let (mut left, mut right) = (Vec::new(), Vec::new());
    let flush = |left: &mut Vec<Run>, right: &mut Vec<Run>, out: &mut Vec<String>| {
        for column in [left, right] {
            if column.is_empty() {
                continue;
            }
            if out.last().is_some_and(|l| !l.is_empty()) {
                out.push(String::new());
            }
            lines_of(column, out);
        }
    };
    for run in ordered {
        if run.x1 <= at {
            left.push(run);
        } else if run.x0 >= at {
            right.push(run);
        } else {
            // Across the gutter: the columns above it end here.
            flush(&mut left, &mut right, &mut out);
            if out.last().is_some_and(|l| !l.is_empty()) {
                out.push(String::new());
            }
            out.push(run.text);
        }
    }
    flush(&mut left, &mut right, &mut out);
    out.join("\n")
}

/// Every page's text in reading order, or why the document could not be read.
pub fn page_texts(document: &lopdf::Document) -> Result<Vec<String>, OutputError> {
    let mut collector = Collector::new();
    pdf_extract::output_doc(document, &mut collector)?;
    Ok(collector.texts)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Glyphs for `text` written from `x` on the baseline `y`, 10 pt, 5 pt a character.
    fn written(x: f64, y: f64, text: &str) -> Vec<Glyph> {
        text.chars()
            .enumerate()
            .map(|(i, c)| Glyph {
                x: x + 5.0 * i as f64,
                y,
                end: x + 5.0 * (i + 1) as f64,
                size: 10.0,
                text: c.to_string(),
            })
            .collect()
    }

    #[test]
    fn interleaved_columns_are_read_down_the_left_then_the_right() {
        // Drawn row by row across both columns, as some generators do.
        let mut glyphs = written(
            40.0,
            50.0,
            "A headline across the whole page width of it all",
        );
        for (i, (left, right)) in [
            ("Left one,", "Right one,"),
            ("left two,", "right two,"),
            ("left three.", "right three."),
        ]
        .iter()
        .enumerate()
        {
            let y = 80.0 + 12.0 * i as f64;
            glyphs.extend(written(40.0, y, left));
            glyphs.extend(written(320.0, y, right));
        }
        let text = page_text(595.0, &glyphs);
        assert_eq!(
            text,
            "A headline across the whole page width of it all\n\n\
             Left one,\nleft two,\nleft three.\n\nRight one,\nright two,\nright three."
        );
    }

    #[test]
    fn one_column_keeps_its_lines_and_paragraph_gaps() {
        let mut glyphs = written(40.0, 50.0, "First line of the text");
        glyphs.extend(written(40.0, 62.0, "second line."));
        glyphs.extend(written(40.0, 100.0, "A new paragraph."));
        assert_eq!(
            page_text(595.0, &glyphs),
            "First line of the text\nsecond line.\n\nA new paragraph."
        );
    }

    #[test]
    fn a_table_of_short_cells_is_not_taken_for_columns_when_lines_do_not_pair() {
        // One line on the right only: not three paired lines, so no gutter.
        let mut glyphs = written(40.0, 50.0, "Date");
        glyphs.extend(written(320.0, 50.0, "Place"));
        glyphs.extend(written(40.0, 62.0, "Only on the left"));
        assert_eq!(page_text(595.0, &glyphs), "Date Place\nOnly on the left");
    }
}
