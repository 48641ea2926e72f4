//! Right-to-left text drawn the way it reads. egui shapes text (Arabic letters join) but has no
//! bidirectional algorithm: it shapes each section of a layout job as one run, in whatever
//! direction the run's first letter suggests, and places sections left to right. So we run the
//! Unicode Bidirectional Algorithm (UAX #9, through `unicode-bidi`) ourselves and hand egui a job
//! whose sections are the pieces of each line **in visual order**, each of one direction and one
//! kind of script. A piece the shaper would lay out in the wrong direction (a bracket alone in
//! Arabic, Arabic-Indic digits in a left-to-right number) is given to it reversed, and mirrored
//! where the shaper would have mirrored it, so what comes out is always the visual order.
//!
//! Every section remembers which logical characters it holds, so a glyph on screen maps back to
//! the code point of the text it shows: hit testing, carets and highlights stay in logical
//! offsets, the unit evidence is stored in.

use std::ops::Range;

use egui::text::{LayoutJob, TextFormat};
use unicode_bidi::{BidiClass, Level, ParagraphBidiInfo, bidi_class};
use unicode_script::{Script, UnicodeScript};

/// Joins Arabic letters across a section boundary (a highlight ending inside a word).
const ZERO_WIDTH_JOINER: char = '\u{200D}';

/// Whether the bidi algorithm could move anything in `text`: right-to-left letters, Arabic
/// digits, or explicit controls that start a right-to-left stretch.
pub fn needs_bidi(text: &str) -> bool {
    // Nothing below Hebrew is right to left: most text is decided without a table look-up.
    text.chars().any(|c| {
        c >= '\u{0590}'
            && matches!(
                bidi_class(c),
                BidiClass::R
                    | BidiClass::AL
                    | BidiClass::AN
                    | BidiClass::RLE
                    | BidiClass::RLO
                    | BidiClass::RLI
                    | BidiClass::FSI
            )
    })
}

/// Which way the shaper will lay a run out: by its first character with a script of its own.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum ScriptKind {
    /// Spaces, digits, punctuation, marks: they follow their neighbours.
    Neutral,
    LeftToRight,
    RightToLeft,
}

fn script_kind(c: char) -> ScriptKind {
    match c.script() {
        Script::Common | Script::Inherited | Script::Unknown => ScriptKind::Neutral,
        Script::Arabic
        | Script::Hebrew
        | Script::Syriac
        | Script::Thaana
        | Script::Nko
        | Script::Samaritan
        | Script::Mandaic
        | Script::Adlam
        | Script::Hanifi_Rohingya => ScriptKind::RightToLeft,
        _ => ScriptKind::LeftToRight,
    }
}

/// Characters the bidi algorithm removes (rule X9): they take no place in the visual order.
#[cfg(test)]
fn removed_by_x9(c: char) -> bool {
    matches!(
        bidi_class(c),
        BidiClass::RLE
            | BidiClass::LRE
            | BidiClass::RLO
            | BidiClass::LRO
            | BidiClass::PDF
            | BidiClass::BN
    )
}

/// A paragraph (text without line breaks) with its resolved embedding levels.
pub struct BidiParagraph<'a> {
    text: &'a str,
    info: ParagraphBidiInfo<'a>,
    /// Byte offset of every character, and the text's length last.
    char_starts: Vec<usize>,
}

/// A stretch of one line drawn as a unit, in bytes of the paragraph.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Piece {
    pub bytes: Range<usize>,
    /// Drawn right to left (an odd embedding level).
    pub rtl: bool,
}

/// Which logical characters one section of a visual job holds.
#[derive(Clone, Debug)]
pub struct SectionChars {
    /// The character of the paragraph behind each character given to the shaper, in the order
    /// given; `None` for a joiner we added.
    pub fed: Vec<Option<usize>>,
    /// The shaper reverses what it was given (its glyphs come out in the opposite order).
    pub shaped_rtl: bool,
    /// The section is read right to left.
    pub rtl: bool,
}

impl SectionChars {
    /// The paragraph character shown by the `k`-th glyph (from the left) of this section.
    pub fn glyph_char(&self, k: usize) -> Option<usize> {
        let n = self.fed.len();
        let i = if self.shaped_rtl {
            n.checked_sub(k + 1)?
        } else {
            k
        };
        self.fed.get(i).copied().flatten()
    }
}

/// A piece of a line as the shaper gets it, and which characters it holds.
#[derive(Clone, Debug)]
pub struct VisualSection {
    pub text: String,
    pub format: TextFormat,
    pub chars: SectionChars,
}

impl<'a> BidiParagraph<'a> {
    /// Resolves `text`'s levels; its direction comes from its first strong character (P2–P3),
    /// or is `forced`.
    pub fn new(text: &'a str, forced: Option<Level>) -> Self {
        let info = ParagraphBidiInfo::new(text, forced);
        let char_starts = text
            .char_indices()
            .map(|(byte, _)| byte)
            .chain([text.len()])
            .collect();
        Self {
            text,
            info,
            char_starts,
        }
    }

    /// Whether the paragraph reads right to left.
    pub fn is_rtl(&self) -> bool {
        self.info.paragraph_level.is_rtl()
    }

    /// The character index of byte offset `byte`.
    pub fn char_of(&self, byte: usize) -> usize {
        self.char_starts.partition_point(|start| *start < byte)
    }

    /// The byte offset of character `at`.
    pub fn byte_of(&self, at: usize) -> usize {
        self.char_starts.get(at).copied().unwrap_or(self.text.len())
    }

    /// The characters' resolved levels for a line of characters `line` (rule L1 applied).
    #[cfg(test)]
    fn levels(&self, line: Range<usize>) -> Vec<Level> {
        let bytes = self.byte_of(line.start)..self.byte_of(line.end);
        let levels = self.info.reordered_levels(bytes);
        self.char_starts[line]
            .iter()
            .map(|byte| levels[*byte])
            .collect()
    }

    /// The characters of line `line` in the order they are drawn from the left (rule L2),
    /// without those rule X9 removes.
    #[cfg(test)]
    fn visual_order(&self, line: Range<usize>) -> Vec<usize> {
        let mut order = Vec::new();
        for piece in self.pieces(line) {
            let chars = self.char_of(piece.bytes.start)..self.char_of(piece.bytes.end);
            let shown = chars.filter(|at| {
                let byte = self.char_starts[*at];
                !self.text[byte..].chars().next().is_some_and(removed_by_x9)
            });
            if piece.rtl {
                order.extend(shown.rev());
            } else {
                order.extend(shown);
            }
        }
        order
    }

    /// The pieces of line `line` (characters; its trailing white space left out, as it sits at
    /// the line's end whatever its direction) from left to right.
    pub fn pieces(&self, line: Range<usize>) -> Vec<Piece> {
        let start = self.byte_of(line.start);
        let mut end = self.byte_of(line.end);
        end = start + self.text[start..end].trim_end().len();
        if start >= end {
            return Vec::new();
        }
        let (levels, runs) = self.info.visual_runs(start..end);
        let mut pieces = Vec::new();
        for run in runs {
            let rtl = levels[run.start].is_rtl();
            // Split where the script turns from one direction to the other, so each piece is
            // shaped one way; neutrals go with the piece they are in.
            let mut split: Vec<Piece> = Vec::new();
            let mut piece_start = run.start;
            let mut kind = ScriptKind::Neutral;
            for (offset, c) in self.text[run.clone()].char_indices() {
                let here = script_kind(c);
                if here == ScriptKind::Neutral {
                    continue;
                }
                if kind != ScriptKind::Neutral && here != kind {
                    let at = run.start + offset;
                    split.push(Piece {
                        bytes: piece_start..at,
                        rtl,
                    });
                    piece_start = at;
                }
                kind = here;
            }
            split.push(Piece {
                bytes: piece_start..run.end,
                rtl,
            });
            if rtl {
                split.reverse();
            }
            pieces.extend(split);
        }
        pieces
    }

    /// The sections that draw line `line` (characters) from the left, each stretch in its look
    /// from `styles` (ranges of characters covering the paragraph in order).
    pub fn line_sections(
        &self,
        line: Range<usize>,
        styles: &[(Range<usize>, TextFormat)],
    ) -> Vec<VisualSection> {
        let mut sections = Vec::new();
        for piece in self.pieces(line) {
            self.append_piece(&piece, styles, &mut sections);
        }
        sections
    }

    /// Appends `piece` cut at its style boundaries, its parts in visual order. A right-to-left
    /// piece is also cut at white space: egui shapes a section in runs of one font, and a space
    /// may come from another font than the letters around it, which would put the words of one
    /// section back in reading order from the left.
    fn append_piece(
        &self,
        piece: &Piece,
        styles: &[(Range<usize>, TextFormat)],
        sections: &mut Vec<VisualSection>,
    ) {
        let chars = self.char_of(piece.bytes.start)..self.char_of(piece.bytes.end);
        let first = styles.partition_point(|(range, _)| range.end <= chars.start);
        let mut parts: Vec<(Range<usize>, &TextFormat)> = Vec::new();
        for (range, format) in styles[first..]
            .iter()
            .take_while(|(range, _)| range.start < chars.end)
        {
            let clipped = range.start.max(chars.start)..range.end.min(chars.end);
            if clipped.is_empty() {
                continue;
            }
            if piece.rtl {
                for cut in self.split_at_white_space(clipped) {
                    parts.push((cut, format));
                }
            } else {
                parts.push((clipped, format));
            }
        }
        if parts.is_empty() {
            parts.push((chars.clone(), &DEFAULT_FORMAT));
        }
        let count = parts.len();
        let mut ordered: Vec<(usize, (Range<usize>, &TextFormat))> =
            parts.into_iter().enumerate().collect();
        if piece.rtl {
            ordered.reverse();
        }
        for (index, (range, format)) in ordered {
            // Each part is shaped alone: a bracket cut off by a highlight has no letter to
            // tell the shaper its direction.
            let shaped_rtl = range
                .clone()
                .any(|at| script_kind(self.char_at(at)) == ScriptKind::RightToLeft);
            let reverse_feed = piece.rtl != shaped_rtl;
            let mut fed: Vec<Option<usize>> = range.clone().map(Some).collect();
            // Arabic joins across a style boundary inside a word only if told to.
            if !reverse_feed && shaped_rtl {
                if index > 0 && self.joins(range.start - 1, range.start) {
                    fed.insert(0, None);
                }
                if index + 1 < count && self.joins(range.end - 1, range.end) {
                    fed.push(None);
                }
            }
            if reverse_feed {
                fed.reverse();
            }
            let mut text = String::with_capacity(fed.len() * 2);
            for at in &fed {
                match at {
                    Some(at) => {
                        let c = self.char_at(*at);
                        let c = if reverse_feed {
                            unicode_bidi_mirroring::get_mirrored(c).unwrap_or(c)
                        } else {
                            c
                        };
                        text.push(c);
                    }
                    None => text.push(ZERO_WIDTH_JOINER),
                }
            }
            sections.push(VisualSection {
                text,
                format: format.clone(),
                chars: SectionChars {
                    fed,
                    shaped_rtl,
                    rtl: piece.rtl,
                },
            });
        }
    }

    /// `range` (characters) cut where white space begins or ends.
    fn split_at_white_space(&self, range: Range<usize>) -> Vec<Range<usize>> {
        white_space_cuts(range, |at| self.char_at(at).is_whitespace())
    }

    fn char_at(&self, at: usize) -> char {
        self.text[self.byte_of(at)..].chars().next().unwrap_or(' ')
    }

    /// Whether the letters at `before` and `after` join in Arabic script.
    fn joins(&self, before: usize, after: usize) -> bool {
        let joining = |c: char| c.script() == Script::Arabic && c.is_alphabetic();
        joining(self.char_at(before)) && joining(self.char_at(after))
    }
}

/// `range` cut where `is_space` turns from true to false or back.
fn white_space_cuts(range: Range<usize>, is_space: impl Fn(usize) -> bool) -> Vec<Range<usize>> {
    let mut cuts = Vec::new();
    let mut start = range.start;
    for at in range.start + 1..range.end {
        if is_space(at) != is_space(at - 1) {
            cuts.push(start..at);
            start = at;
        }
    }
    if start < range.end {
        cuts.push(start..range.end);
    }
    cuts
}

/// `text` cut where white space begins or ends, each unit with its range of characters: the
/// units a line breaks between.
pub fn words_and_spaces(text: &str) -> Vec<(Range<usize>, &str)> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let byte_of = |at: usize| chars.get(at).map_or(text.len(), |(byte, _)| *byte);
    white_space_cuts(0..chars.len(), |at| chars[at].1.is_whitespace())
        .into_iter()
        .map(|range| {
            let words = &text[byte_of(range.start)..byte_of(range.end)];
            (range, words)
        })
        .collect()
}

/// Adds a section of its own: `LayoutJob::append` merges sections that look alike, but the shaper
/// must see each piece apart.
pub(super) fn push_section(job: &mut LayoutJob, text: &str, format: TextFormat) {
    let start = job.text.len();
    job.text.push_str(text);
    job.sections.push(egui::text::LayoutSection {
        leading_space: 0.0,
        byte_range: egui::text::ByteIndex(start)..egui::text::ByteIndex(job.text.len()),
        format,
    });
}

static DEFAULT_FORMAT: std::sync::LazyLock<TextFormat> =
    std::sync::LazyLock::new(TextFormat::default);

/// `text` (lines split at `\n`) as a job in visual order, every section in `format`: for labels,
/// list rows and hover texts that hold Arabic. Text without right-to-left characters is one
/// section as written.
pub fn display_job(text: &str, format: TextFormat) -> LayoutJob {
    let mut job = LayoutJob::default();
    append_display(&mut job, text, &format);
    job
}

/// Appends `text` to `job` in visual order (see [`display_job`]).
pub fn append_display(job: &mut LayoutJob, text: &str, format: &TextFormat) {
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            job.append("\n", 0.0, format.clone());
        }
        if !needs_bidi(line) {
            job.append(line, 0.0, format.clone());
            continue;
        }
        let paragraph = BidiParagraph::new(line, None);
        let chars = paragraph.char_of(line.len());
        let styles = [(0..chars, format.clone())];
        for section in paragraph.line_sections(0..chars, &styles) {
            push_section(job, &section.text, section.format);
        }
    }
}

/// `text` for a label in the look of `ui` (text style `style`, the theme's colour): in visual
/// order, in the reading font, when it holds right-to-left characters; as it is otherwise.
/// (Screen readers then get the visual order too: egui names a label by the text it draws.)
pub fn styled_label(ui: &egui::Ui, text: &str, style: egui::TextStyle) -> egui::WidgetText {
    if !needs_bidi(text) {
        return egui::RichText::new(text).text_style(style).into();
    }
    let size = style.resolve(ui.style()).size;
    let font = super::fonts::reading_font(ui, size);
    let format = TextFormat::simple(font, egui::Color32::PLACEHOLDER);
    // Laid out here, so that a label does not wrap the reordered lines again.
    let job = wrapped_display_job(ui, text, format, ui.available_width());
    egui::WidgetText::Galley(ui.fonts_mut(|fonts| fonts.layout_job(job)))
}

/// `text` wrapped at `width` in reading order, each line then put in visual order: the first
/// words on the top line, as a reader of Arabic expects. (Reordering the whole text first and
/// letting egui wrap it would put its last words on the top line.)
pub fn wrapped_display_job(ui: &egui::Ui, text: &str, format: TextFormat, width: f32) -> LayoutJob {
    // Lines drawn in visual order may come out a little wider than in reading order (letters
    // kept joined across a change of direction): wrap narrower until every line fits.
    let mut wrap_at = width;
    let mut job = lines_in_visual_order(ui, text, &format, wrap_at);
    for _ in 0..4 {
        let widest = ui.fonts_mut(|fonts| fonts.layout_job(job.clone())).size().x;
        if widest <= width + 0.5 || wrap_at <= width * 0.5 {
            break;
        }
        wrap_at -= widest - width;
        job = lines_in_visual_order(ui, text, &format, wrap_at);
    }
    job
}

/// `text` wrapped at `width` in reading order, each line in visual order, one per row.
fn lines_in_visual_order(ui: &egui::Ui, text: &str, format: &TextFormat, width: f32) -> LayoutJob {
    let mut job = LayoutJob::default();
    let lines = text
        .split('\n')
        .flat_map(|paragraph| word_wrapped(ui, paragraph, format, width));
    for (i, line) in lines.enumerate() {
        if i > 0 {
            job.append("\n", 0.0, format.clone());
        }
        append_display(&mut job, line, format);
    }
    // Each line already fits: egui must not wrap the reordered lines again.
    job.wrap.max_width = f32::INFINITY;
    job
}

/// `paragraph` cut at white space into lines no wider than `width` (a word wider than a line
/// is a line of its own), in reading order. Not egui's wrapping: it looks for spaces among the
/// glyphs a right-to-left run was shaped into, which come in visual order, and so cut Arabic
/// words in two ("التحا" / "لف").
fn word_wrapped<'t>(
    ui: &egui::Ui,
    paragraph: &'t str,
    format: &TextFormat,
    width: f32,
) -> Vec<&'t str> {
    let measure = |words: &str| {
        let job = LayoutJob::single_section(words.to_owned(), format.clone());
        ui.fonts_mut(|fonts| fonts.layout_job(job)).size().x
    };
    let word_ends = paragraph
        .char_indices()
        .filter(|(at, c)| {
            c.is_whitespace()
                && paragraph[..*at]
                    .chars()
                    .next_back()
                    .is_some_and(|p| !p.is_whitespace())
        })
        .map(|(at, _)| at)
        .chain([paragraph.len()]);
    let mut lines = Vec::new();
    let (mut start, mut end) = (0, 0);
    for word_end in word_ends {
        if end > start && measure(&paragraph[start..word_end]) > width {
            lines.push(&paragraph[start..end]);
            start = end + paragraph[end..].len() - paragraph[end..].trim_start().len();
        }
        end = word_end;
    }
    lines.push(paragraph[start..].trim_end());
    lines
}

/// A heading (or any wrapped line of prose) laid out for `ui` in visual order, wrapped at the
/// width available and never justified: egui's `Label` justifies wrapped text whenever the
/// layout around it is justified, stretching a long title's letter spacing.
pub fn unjustified(
    ui: &egui::Ui,
    text: &str,
    style: egui::TextStyle,
) -> std::sync::Arc<egui::Galley> {
    let size = style.resolve(ui.style()).size;
    let font = super::fonts::reading_font(ui, size);
    let colour = ui.visuals().text_color();
    let format = TextFormat::simple(font, colour);
    let mut job = if needs_bidi(text) {
        wrapped_display_job(ui, text, format, ui.available_width())
    } else {
        let mut job = display_job(text, format);
        job.wrap.max_width = ui.available_width();
        job
    };
    job.justify = false;
    ui.fonts_mut(|fonts| fonts.layout_job(job))
}

/// [`styled_label`] in body text.
pub fn label_text(ui: &egui::Ui, text: &str) -> egui::WidgetText {
    styled_label(ui, text, egui::TextStyle::Body)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_heading_in_a_justified_layout_is_not_justified() {
        let ctx = egui::Context::default();
        crate::ui::fonts::install(&ctx);
        let title = "Will Iraq ever stop rocket fire? Militias keep attacking US-linked targets in Baghdad, Erbil and on the road to Kuwait";
        let mut laid_out = None;
        let mut output = ctx.run_ui(egui::RawInput::default(), |ui| {
            ui.set_max_width(300.0);
            ui.with_layout(egui::Layout::top_down_justified(egui::Align::LEFT), |ui| {
                laid_out = Some(unjustified(ui, title, egui::TextStyle::Heading));
            });
        });
        // No renderer takes the font texture here.
        output.textures_delta.clear();
        let galley = laid_out.expect("laid out");
        assert!(!galley.job.justify);
        assert!(
            galley.rows.len() >= 3,
            "wrapped at the width: {} rows",
            galley.rows.len()
        );
        assert!(galley.size().x <= 300.5);
    }

    #[test]
    fn a_wrapped_arabic_title_has_its_first_words_on_the_top_line() {
        let ctx = egui::Context::default();
        crate::ui::fonts::install(&ctx);
        // "Three rockets fell on Monday evening near Erbil international airport, where the
        // US-led coalition is based" (our own sentence).
        let title = "سقطت ثلاثة صواريخ مساء الاثنين قرب مطار أربيل الدولي حيث تتمركز قوات التحالف الدولي بقيادة الولايات المتحدة";
        let mut laid_out = None;
        let mut output = ctx.run_ui(egui::RawInput::default(), |ui| {
            ui.set_max_width(220.0);
            laid_out = Some(unjustified(ui, title, egui::TextStyle::Body));
        });
        output.textures_delta.clear();
        let galley = laid_out.expect("laid out");
        assert!(
            galley.rows.len() >= 3,
            "wrapped: {} rows",
            galley.rows.len()
        );
        let on = |row: &str, word: &str| {
            let reversed: String = word.chars().rev().collect();
            row.contains(word) || row.contains(&reversed)
        };
        let top = galley.rows[0].text();
        let bottom = galley.rows[galley.rows.len() - 1].text();
        assert!(on(&top, "سقطت"), "the first word on the top line: {top}");
        assert!(on(&bottom, "المتحدة"), "the last on the bottom: {bottom}");
        assert!(galley.size().x <= 220.5);
        // Lines break between words, never inside one (egui's own wrapping cut "التحالف").
        let words: Vec<&str> = title.split_whitespace().collect();
        for line in galley.job.text.lines() {
            for piece in line.split_whitespace() {
                assert!(
                    words.contains(&piece),
                    "{piece:?} is a whole word of the title (line {line:?})"
                );
            }
        }
    }

    fn visual(text: &str) -> String {
        let paragraph = BidiParagraph::new(text, None);
        let chars: Vec<char> = text.chars().collect();
        paragraph
            .visual_order(0..chars.len())
            .into_iter()
            .map(|at| chars[at])
            .collect()
    }

    #[test]
    fn an_arabic_sentence_reads_from_the_right_with_its_numbers_and_names_in_their_own_order() {
        // "Seven rockets hit Ain al-Asad base on 3 March 2020, said the Reuters agency."
        let text = "سقطت 7 صواريخ على قاعدة عين الأسد يوم 3 آذار 2020 وفق Reuters.";
        let paragraph = BidiParagraph::new(text, None);
        assert!(paragraph.is_rtl(), "direction from the first strong letter");
        let shown = visual(text);
        // The sentence's first word is drawn last (at the right end), its full stop first.
        assert!(shown.starts_with('.'), "{shown}");
        assert!(shown.ends_with("سقطت".chars().rev().collect::<String>().as_str()));
        // Numbers and the Latin name keep their left-to-right order inside.
        assert!(shown.contains("2020"), "{shown}");
        assert!(shown.contains("Reuters"), "{shown}");
        // Later words sit further left: 2020 is left of 3, which is left of 7.
        let at = |needle: &str| shown.find(needle).expect("shown");
        assert!(at("2020") < at("3 ") || at("2020") < at(" 3"));
        assert!(at("Reuters") < at("2020"));
    }

    #[test]
    fn an_english_sentence_with_an_arabic_name_reads_left_to_right() {
        let text = "Kataib Hezbollah (كتائب حزب الله) denied the attack.";
        let paragraph = BidiParagraph::new(text, None);
        assert!(!paragraph.is_rtl());
        let shown = visual(text);
        assert!(shown.starts_with("Kataib Hezbollah ("), "{shown}");
        assert!(shown.ends_with(") denied the attack."), "{shown}");
        let name: String = "كتائب حزب الله".chars().rev().collect();
        assert!(shown.contains(&name), "the name alone is reversed: {shown}");
    }

    #[test]
    fn pieces_are_split_where_the_script_changes_direction_and_ordered_from_the_left() {
        let text = "قال المتحدث: 12 صاروخاً (Katyusha).";
        let paragraph = BidiParagraph::new(text, None);
        let chars = text.chars().count();
        let pieces = paragraph.pieces(0..chars);
        let texts: Vec<&str> = pieces.iter().map(|p| &text[p.bytes.clone()]).collect();
        assert!(texts.contains(&"Katyusha"), "{texts:?}");
        assert!(texts.contains(&"12"), "{texts:?}");
        let katyusha = texts.iter().position(|t| *t == "Katyusha").expect("piece");
        let twelve = texts.iter().position(|t| *t == "12").expect("piece");
        assert!(katyusha < twelve, "the later words are further left");
        assert!(!pieces[katyusha].rtl);
        assert!(
            !text[pieces[katyusha].bytes.clone()]
                .chars()
                .any(|c| script_kind(c) == ScriptKind::RightToLeft)
        );
        let first_word = texts.last().expect("pieces");
        assert!(
            first_word.starts_with("قال"),
            "the first word is at the right: {texts:?}"
        );
    }

    #[test]
    fn a_piece_the_shaper_would_lay_out_the_wrong_way_is_fed_reversed_and_mirrored() {
        let text = "العدد (12) صحيح";
        let paragraph = BidiParagraph::new(text, None);
        let chars = text.chars().count();
        let styles = [(0..chars, TextFormat::default())];
        let arabic = paragraph.line_sections(0..chars, &styles);
        let sections: Vec<&str> = arabic.iter().map(|s| s.text.as_str()).collect();
        assert!(sections.contains(&"12"), "{sections:?}");
        // With Arabic in it, the shaper lays a section out right to left and mirrors it.
        for section in &arabic {
            let has_letters = section.text.chars().any(|c| c.is_alphabetic());
            assert_eq!(section.chars.shaped_rtl, has_letters, "{:?}", section.text);
        }
        // Latin letters forced right to left (RLO … PDF) are given to it reversed, mirrored.
        let forced = "x \u{202E}(ab)\u{202C} y";
        let paragraph = BidiParagraph::new(forced, None);
        let chars = forced.chars().count();
        let visual = paragraph.line_sections(0..chars, &[(0..chars, TextFormat::default())]);
        let shown: String = visual.iter().map(|s| s.text.as_str()).collect();
        assert!(shown.contains("(ba)"), "{shown:?}");
        // Every paragraph character is in exactly one section.
        let mut seen: Vec<usize> = visual
            .iter()
            .flat_map(|s| s.chars.fed.iter().flatten().copied())
            .collect();
        seen.sort_unstable();
        assert_eq!(seen, (0..chars).collect::<Vec<_>>());
    }

    #[test]
    fn a_highlight_ending_inside_an_arabic_word_keeps_the_letters_joined() {
        let text = "صواريخ";
        let paragraph = BidiParagraph::new(text, None);
        let styles = [(0..3, TextFormat::default()), (3..6, TextFormat::default())];
        let visual = paragraph.line_sections(0..6, &styles);
        let shown: String = visual.iter().map(|s| s.text.as_str()).collect();
        assert!(shown.contains(ZERO_WIDTH_JOINER), "{shown:?}");
        // The later half is drawn first (left), and the joiners map to no character.
        assert_eq!(visual[0].chars.fed, vec![None, Some(3), Some(4), Some(5)]);
        assert_eq!(visual[0].chars.glyph_char(0), Some(5));
    }

    #[test]
    fn a_bracket_cut_off_from_its_word_by_a_highlight_is_still_mirrored() {
        // "(يناير)" with only the month underlined: the brackets are sections of their own.
        let text = "منذ (يناير) 2021";
        let paragraph = BidiParagraph::new(text, None);
        let chars = text.chars().count();
        let styles = [
            (0..5, TextFormat::default()),
            (
                5..10,
                TextFormat::simple(egui::FontId::monospace(9.0), egui::Color32::RED),
            ),
            (10..chars, TextFormat::default()),
        ];
        let sections = paragraph.line_sections(0..chars, &styles);
        let texts: Vec<&str> = sections.iter().map(|s| s.text.as_str()).collect();
        // From the left: 2021, the closing bracket drawn as an opening one, the month, then the
        // opening bracket drawn as a closing one.
        let month = texts.iter().position(|t| *t == "يناير").expect("the month");
        assert_eq!(texts[month - 1], "(", "{texts:?}");
        assert_eq!(texts[month + 1], ")", "{texts:?}");
        assert!(!sections[month - 1].chars.shaped_rtl);
    }

    #[test]
    fn display_jobs_leave_text_without_right_to_left_letters_alone() {
        let job = display_job("Seven rockets", TextFormat::default());
        assert_eq!(job.text, "Seven rockets");
        let arabic = display_job("هجوم 2020", TextFormat::default());
        assert_eq!(arabic.text.chars().count(), "هجوم 2020".chars().count());
        assert!(arabic.text.starts_with("2020"), "{}", arabic.text);
    }

    /// Lines of the Unicode Consortium's conformance data for the algorithm
    /// (BidiCharacterTest.txt): each gives a text, a paragraph direction, the resolved levels
    /// and the visual order, which ours must equal.
    #[test]
    fn reordering_matches_the_unicode_conformance_data() {
        let data = include_str!("../../tests/data/bidi_character_test_excerpt.txt");
        let mut checked = 0;
        for (number, line) in data.lines().enumerate() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let fields: Vec<&str> = line.split(';').collect();
            assert_eq!(fields.len(), 5, "line {number}");
            let text: String = fields[0]
                .split_whitespace()
                .map(|hex| {
                    u32::from_str_radix(hex, 16)
                        .ok()
                        .and_then(char::from_u32)
                        .expect("a code point")
                })
                .collect();
            let forced = match fields[1] {
                "0" => Some(Level::ltr()),
                "1" => Some(Level::rtl()),
                _ => None,
            };
            let paragraph = BidiParagraph::new(&text, forced);
            let chars = text.chars().count();
            let expected_level: u8 = fields[2].parse().expect("a level");
            assert_eq!(
                paragraph.info.paragraph_level.number(),
                expected_level,
                "paragraph level, line {number}: {line}"
            );
            let levels = paragraph.levels(0..chars);
            for (at, expected) in fields[3].split_whitespace().enumerate() {
                if let Ok(expected) = expected.parse::<u8>() {
                    assert_eq!(
                        levels[at].number(),
                        expected,
                        "level {at}, line {number}: {line}"
                    );
                }
            }
            let expected_order: Vec<usize> = fields[4]
                .split_whitespace()
                .map(|i| i.parse().expect("an index"))
                .collect();
            // Our lines leave trailing white space out (it is drawn at the line's end).
            let shown: Vec<usize> = paragraph.visual_order(0..chars);
            let trailing: Vec<usize> = expected_order
                .iter()
                .copied()
                .filter(|i| !shown.contains(i))
                .collect();
            let expected_shown: Vec<usize> = expected_order
                .iter()
                .copied()
                .filter(|i| !trailing.contains(i))
                .collect();
            assert_eq!(shown, expected_shown, "visual order, line {number}: {line}");
            assert!(
                trailing.iter().all(|i| text
                    .chars()
                    .nth(*i)
                    .is_some_and(|c| c.is_whitespace() || removed_by_x9(c))),
                "only trailing white space is left out, line {number}"
            );
            checked += 1;
        }
        assert!(checked >= 100, "only {checked} lines checked");
    }
}
