//! Source text with its evidence spans highlighted: a pure function from text and marks to an
//! egui layout, so it can be cached on its inputs and tested without a window.

use std::ops::Range;

use egui::text::{LayoutJob, TextFormat};
use egui::{Color32, FontId, Stroke};

use crate::model::{IncidentId, text};

pub use crate::workspace::article::Highlight;

/// Everything drawn over the text, in code points.
#[derive(Clone, Debug, Default)]
pub struct Marks<'a> {
    pub highlights: &'a [Highlight],
    /// Spans the proposals recognise: underlined where no highlight covers them.
    pub suggestions: &'a [Range<usize>],
    /// The analyst's selection, drawn over everything else.
    pub selection: Option<Range<usize>>,
    /// Evidence to draw attention to (after jumping to it).
    pub flash: Option<Range<usize>>,
    /// Words the corpus search matched.
    pub search_hits: &'a [Range<usize>],
}

/// How the text looks.
#[derive(Clone, Debug)]
pub struct Look {
    pub font: FontId,
    pub text_colour: Color32,
    pub selection_colour: Color32,
    pub wrap_width: f32,
}

/// Muted enough to read past, visible on the dark and the light theme.
const SUGGESTION_UNDERLINE: Color32 = Color32::from_rgb(96, 140, 200);
const OVERLAP_UNDERLINE: Color32 = Color32::DARK_RED;
const FLASH_OUTLINE: Color32 = Color32::from_rgb(255, 120, 0);
const SEARCH_HIT_UNDERLINE: Color32 = Color32::from_rgb(60, 200, 90);

/// A stable, readable background colour per incident.
pub fn incident_colour(incident_id: IncidentId) -> Color32 {
    const PALETTE: [Color32; 8] = [
        Color32::from_rgb(255, 224, 130),
        Color32::from_rgb(167, 219, 255),
        Color32::from_rgb(190, 240, 180),
        Color32::from_rgb(255, 190, 200),
        Color32::from_rgb(215, 200, 255),
        Color32::from_rgb(255, 210, 160),
        Color32::from_rgb(170, 235, 225),
        Color32::from_rgb(235, 225, 190),
    ];
    let bytes = incident_id.0.as_bytes();
    PALETTE[usize::from(bytes[15]) % PALETTE.len()]
}

fn within(range: &Range<usize>, start: usize, end: usize) -> bool {
    range.start <= start && end <= range.end
}

/// Lays out `article_text` with its marks. Where highlights overlap, the later one's colour is
/// shown, underlined in red, so the overlap stays visible; the selection is drawn over all.
/// Marks with offsets outside the text are skipped.
pub fn highlight_job(article_text: &str, marks: &Marks<'_>, look: &Look) -> LayoutJob {
    let mut job = LayoutJob::default();
    job.wrap.max_width = look.wrap_width;
    let char_to_byte: Vec<usize> = article_text
        .char_indices()
        .map(|(byte, _)| byte)
        .chain([article_text.len()])
        .collect();
    for (range, format) in styled_ranges(article_text, marks, look) {
        job.append(
            &article_text[char_to_byte[range.start]..char_to_byte[range.end]],
            0.0,
            format,
        );
    }
    job
}

/// The look of every stretch of `article_text` (code points, in order, covering it), as
/// [`highlight_job`] draws them.
pub fn styled_ranges(
    article_text: &str,
    marks: &Marks<'_>,
    look: &Look,
) -> Vec<(Range<usize>, TextFormat)> {
    let len = text::char_len(article_text);
    let fits = |r: &Range<usize>| r.start < r.end && r.end <= len;
    let mut boundaries: Vec<usize> = vec![0, len];
    let ranges = marks
        .highlights
        .iter()
        .map(|h| h.start..h.end)
        .chain(marks.suggestions.iter().cloned())
        .chain(marks.selection.clone())
        .chain(marks.flash.clone())
        .chain(marks.search_hits.iter().cloned());
    for range in ranges.filter(fits) {
        boundaries.push(range.start);
        boundaries.push(range.end);
    }
    boundaries.sort_unstable();
    boundaries.dedup();
    let mut styled = Vec::with_capacity(boundaries.len());
    for pair in boundaries.windows(2) {
        let (start, end) = (pair[0], pair[1]);
        let covering: Vec<&Highlight> = marks
            .highlights
            .iter()
            .filter(|h| fits(&(h.start..h.end)) && within(&(h.start..h.end), start, end))
            .collect();
        let mut format = TextFormat::simple(look.font.clone(), look.text_colour);
        if let Some(top) = covering.last() {
            format.background = incident_colour(top.incident_id);
            format.color = Color32::BLACK;
        }
        if covering.len() > 1 {
            format.underline = Stroke::new(1.5, OVERLAP_UNDERLINE);
        } else if covering.is_empty() && marks.suggestions.iter().any(|s| within(s, start, end)) {
            format.underline = Stroke::new(1.0, SUGGESTION_UNDERLINE);
        }
        if marks.search_hits.iter().any(|h| within(h, start, end)) {
            format.underline = Stroke::new(2.5, SEARCH_HIT_UNDERLINE);
        }
        if marks.flash.as_ref().is_some_and(|f| within(f, start, end)) {
            format.underline = Stroke::new(2.5, FLASH_OUTLINE);
        }
        if marks
            .selection
            .as_ref()
            .is_some_and(|s| within(s, start, end))
        {
            format.background = look.selection_colour;
            format.color = Color32::WHITE;
        }
        styled.push((start..end, format));
    }
    styled
}

#[cfg(test)]
mod tests {
    use super::*;

    fn look() -> Look {
        Look {
            font: FontId::default(),
            text_colour: Color32::WHITE,
            selection_colour: Color32::BLUE,
            wrap_width: 500.0,
        }
    }

    fn pieces(job: &LayoutJob) -> Vec<&str> {
        job.sections
            .iter()
            .map(|s| &job.text[s.byte_range.start.0..s.byte_range.end.0])
            .collect()
    }

    #[test]
    fn sections_cover_the_text_and_split_at_mark_edges() {
        let text =
            "Kata\u{2019}ib Hezbollah denied it; \u{0643}\u{062A}\u{0627}\u{0626}\u{0628} 🚀";
        let (a, b) = (IncidentId::new(), IncidentId::new());
        let highlights = [
            Highlight {
                start: 0,
                end: 15,
                incident_id: a,
            },
            Highlight {
                start: 8,
                end: 22,
                incident_id: b,
            },
            Highlight {
                start: 5,
                end: 999,
                incident_id: b,
            },
        ];
        let suggestions: Vec<Range<usize>> = std::iter::once(29..32).collect();
        let marks = Marks {
            highlights: &highlights,
            suggestions: &suggestions,
            selection: None,
            flash: None,
            search_hits: &[],
        };
        let job = highlight_job(text, &marks, &look());
        assert_eq!(job.text, text);
        let pieces = pieces(&job);
        assert_eq!(pieces[0], "Kata\u{2019}ib ");
        assert_eq!(pieces[1], "Hezboll");
        assert!(
            job.sections[1].format.underline.width > 0.0,
            "overlap is marked"
        );
        assert_eq!(job.sections[0].format.background, incident_colour(a));
        let suggested = pieces.iter().position(|p| *p == "\u{0643}\u{062A}\u{0627}");
        let suggested = suggested.expect("the suggestion is its own section");
        assert_eq!(
            job.sections[suggested].format.underline.color,
            SUGGESTION_UNDERLINE
        );
        assert_eq!(
            job.sections.last().map(|s| s.format.background),
            Some(Color32::TRANSPARENT)
        );
    }

    #[test]
    fn the_selection_is_drawn_over_highlights() {
        let text = "seven rockets hit the Green Zone";
        let highlights = [Highlight {
            start: 0,
            end: 13,
            incident_id: IncidentId::new(),
        }];
        let marks = Marks {
            highlights: &highlights,
            suggestions: &[],
            selection: Some(6..17),
            flash: None,
            search_hits: &[],
        };
        let job = highlight_job(text, &marks, &look());
        let pieces = pieces(&job);
        // Selected words look the same whether highlighted or not, so they form one section.
        assert_eq!(pieces, ["seven ", "rockets hit", " the Green Zone"]);
        assert_eq!(job.sections[1].format.background, Color32::BLUE);
        assert_ne!(job.sections[0].format.background, Color32::BLUE);
        assert_ne!(job.sections[2].format.background, Color32::BLUE);
    }
}
