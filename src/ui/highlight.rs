//! Source text with its evidence spans highlighted: a pure function from text and spans to an
//! egui layout, so it can be cached on its inputs and tested without a window.

use std::ops::Range;

use egui::text::{LayoutJob, TextFormat};
use egui::{Color32, FontId};

use crate::model::{IncidentId, text};

/// One highlighted range, in code points.
#[derive(Clone, Debug, PartialEq)]
pub struct Highlight {
    pub start: usize,
    pub end: usize,
    pub incident_id: IncidentId,
}

/// Muted enough to read past, visible on the dark and the light theme.
const SUGGESTION_UNDERLINE: Color32 = Color32::from_rgb(96, 140, 200);

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

/// Lays out `article_text` with each highlight's background. Where spans overlap, the later
/// span's colour is shown, underlined, so the overlap stays visible. Suggestions (code-point
/// ranges) get a faint underline where no highlight covers them. Bad offsets are skipped.
pub fn highlight_job(
    article_text: &str,
    highlights: &[Highlight],
    suggestions: &[Range<usize>],
    font: FontId,
    text_colour: Color32,
    wrap_width: f32,
) -> LayoutJob {
    let mut job = LayoutJob::default();
    job.wrap.max_width = wrap_width;
    let len = text::char_len(article_text);
    let mut boundaries: Vec<usize> = vec![0, len];
    for h in highlights
        .iter()
        .filter(|h| h.start < h.end && h.end <= len)
    {
        boundaries.push(h.start);
        boundaries.push(h.end);
    }
    for s in suggestions
        .iter()
        .filter(|s| s.start < s.end && s.end <= len)
    {
        boundaries.push(s.start);
        boundaries.push(s.end);
    }
    boundaries.sort_unstable();
    boundaries.dedup();
    let char_to_byte: Vec<usize> = article_text
        .char_indices()
        .map(|(byte, _)| byte)
        .chain([article_text.len()])
        .collect();
    for pair in boundaries.windows(2) {
        let (start, end) = (pair[0], pair[1]);
        let covering: Vec<&Highlight> = highlights
            .iter()
            .filter(|h| h.start <= start && end <= h.end && h.end <= len)
            .collect();
        let mut format = TextFormat::simple(font.clone(), text_colour);
        if let Some(top) = covering.last() {
            format.background = incident_colour(top.incident_id);
            format.color = Color32::BLACK;
        }
        if covering.len() > 1 {
            format.underline = egui::Stroke::new(1.5, Color32::DARK_RED);
        } else if covering.is_empty()
            && suggestions.iter().any(|s| s.start <= start && end <= s.end)
        {
            format.underline = egui::Stroke::new(1.0, SUGGESTION_UNDERLINE);
        }
        job.append(
            &article_text[char_to_byte[start]..char_to_byte[end]],
            0.0,
            format,
        );
    }
    job
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sections_cover_the_text_and_split_at_span_edges() {
        let text =
            "Kata\u{2019}ib Hezbollah denied it; \u{0643}\u{062A}\u{0627}\u{0626}\u{0628} 🚀";
        let a = IncidentId::new();
        let b = IncidentId::new();
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
        let job = highlight_job(
            text,
            &highlights,
            std::slice::from_ref(&(29..32)),
            FontId::default(),
            Color32::WHITE,
            500.0,
        );
        assert_eq!(job.text, text);
        let pieces: Vec<&str> = job
            .sections
            .iter()
            .map(|s| &job.text[s.byte_range.start.0..s.byte_range.end.0])
            .collect();
        assert_eq!(pieces[0], "Kata\u{2019}ib ");
        assert_eq!(pieces[1], "Hezboll");
        assert!(
            job.sections[1].format.underline.width > 0.0,
            "overlap is marked"
        );
        let suggested = job.sections.iter().find(|s| {
            &job.text[s.byte_range.start.0..s.byte_range.end.0] == "\u{0643}\u{062A}\u{0627}"
        });
        assert!(
            suggested.is_some_and(|s| s.format.underline.width > 0.0),
            "the suggestion is its own underlined section"
        );
        assert_eq!(job.sections[0].format.background, incident_colour(a));
        assert_eq!(
            job.sections.last().map(|s| s.format.background),
            Some(Color32::TRANSPARENT)
        );
    }
}
