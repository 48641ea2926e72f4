//! PDF reports (think-tank trackers, security briefs) as articles: the text layer extracted
//! page by page by `pdf-extract` (pure Rust, over `lopdf`), then cleaned as a reader would:
//! lines repeated at the top or bottom of most pages (running headers, footers, page numbers)
//! removed, words hyphenated at line ends joined, lines joined into paragraphs, and each page
//! after the first opened by a `[page N]` line so evidence can say which page it is on.
//! Encrypted, scanned (no text layer) and broken files are refused with a reason.
//!
//! The text is stored as plain text (the PDF itself is not kept). Reading order comes from where
//! the characters stand ([`super::pdf_layout`]): a two-column page is read column by column
//! whatever order the file draws its lines in.

use super::ParsedArticle;
use super::plain::title_from;
use super::source_file::{self, ReadError};
use crate::model::{ArticleMeta, SourceFormat, text};

/// A line that stands at the top or bottom of at least this share of pages is a running
/// header or footer.
const RUNNING_SHARE: f64 = 0.6;

/// The thread PDFs are read on: its panics are reported as a refusal, never printed.
const READER_THREAD: &str = "spanline-pdf-reader";
/// Stack for that thread: pdf-extract recurses through a page's drawings.
const READER_STACK: usize = 64 << 20;

/// Reads the PDF in `bytes`, within the bounds [`super::pdf_guard`] sets, on a thread of its own
/// so that a failure inside the PDF libraries is a refusal with a reason, never the app's end.
pub fn read(bytes: &[u8]) -> Result<ParsedArticle, ReadError> {
    quiet_panics_on_the_reader_thread();
    let bytes = bytes.to_vec();
    let reader = std::thread::Builder::new()
        .name(READER_THREAD.to_owned())
        .stack_size(READER_STACK)
        .spawn(move || read_on_this_thread(&bytes))
        .map_err(ReadError::Io)?;
    reader.join().unwrap_or_else(|_| {
        Err(ReadError::Pdf(
            "its text could not be extracted (a damaged PDF?)".into(),
        ))
    })
}

/// Panics of the PDF libraries are expected on damaged files and turned into a refusal: the
/// analyst is not shown a backtrace for them. Other threads' panics print as before.
fn quiet_panics_on_the_reader_thread() {
    static INSTALLED: std::sync::Once = std::sync::Once::new();
    INSTALLED.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if std::thread::current().name() != Some(READER_THREAD) {
                previous(info);
            }
        }));
    });
}

fn read_on_this_thread(bytes: &[u8]) -> Result<ParsedArticle, ReadError> {
    let mut document =
        super::pdf_guard::load(bytes).map_err(|refused| ReadError::Pdf(refused.0))?;
    if document.is_encrypted() {
        return Err(ReadError::Pdf(
            "the PDF is encrypted (password-protected); save an unprotected copy first".into(),
        ));
    }
    spell_out_quote_operators(&mut document);
    let title = info_title(&document);
    // pdf-extract panics on some malformed files instead of returning an error.
    let pages = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        super::pdf_layout::page_texts(&document)
    }))
    .map_err(|_| ReadError::Pdf("its text could not be extracted (a damaged PDF?)".into()))?
    .map_err(|err| ReadError::Pdf(format!("its text could not be extracted ({err})")))?;
    let text = source_file::without_controls(&clean_pages(&pages));
    if !source_file::has_visible_text(&text) {
        return Err(ReadError::Pdf(
            "it has no text layer (a scan?); Spanline reads text, not images".into(),
        ));
    }
    let guessed_date = super::dateline::guess(&text);
    Ok(ParsedArticle {
        meta: ArticleMeta {
            title: title.unwrap_or_else(|| title_from(&text)),
            published: guessed_date,
            published_guessed: guessed_date.is_some(),
            language: super::language::guess(&text),
            author: super::headline::byline(&text).map(str::to_owned),
            ..ArticleMeta::default()
        },
        text,
        format: SourceFormat::Txt,
    })
}

/// Writes the text operators `'` (next line, then show) and `"` (set the spacing, next line,
/// then show) as the ones pdf-extract reads (`Tw`, `Tc`, `T*`, `Tj`): it passes over those two,
/// and the text they show would be lost (a page drawn with them read as having no text). Run
/// after the guard has bounded every page's content.
fn spell_out_quote_operators(document: &mut lopdf::Document) {
    use lopdf::content::{Content, Operation};
    let pages: Vec<lopdf::ObjectId> = document.get_pages().into_values().collect();
    for page in pages {
        let Ok(content) = document.get_and_decode_page_content(page) else {
            continue;
        };
        if !content
            .operations
            .iter()
            .any(|o| o.operator == "'" || o.operator == "\"")
        {
            continue;
        }
        let mut operations = Vec::with_capacity(content.operations.len() + 8);
        for operation in content.operations {
            match (operation.operator.as_str(), operation.operands.as_slice()) {
                ("'", [text]) => operations.extend([
                    Operation::new("T*", vec![]),
                    Operation::new("Tj", vec![text.clone()]),
                ]),
                ("\"", [word_spacing, char_spacing, text]) => operations.extend([
                    Operation::new("Tw", vec![word_spacing.clone()]),
                    Operation::new("Tc", vec![char_spacing.clone()]),
                    Operation::new("T*", vec![]),
                    Operation::new("Tj", vec![text.clone()]),
                ]),
                _ => operations.push(operation),
            }
        }
        if let Ok(bytes) = (Content { operations }).encode() {
            let _ = document.change_page_content(page, bytes);
        }
    }
}

/// The document's own title, when it has a real one.
fn info_title(document: &lopdf::Document) -> Option<String> {
    let info = document.trailer.get(b"Info").ok()?;
    let info = document.dereference(info).ok()?.1.as_dict().ok()?;
    let title = info.get(b"Title").ok()?;
    let title = source_file::without_controls(&lopdf::decode_text_string(title).ok()?);
    let title = title.trim();
    // Generators often write the file name, "Untitled" or "(anonymous)".
    let lower = title.to_lowercase();
    let useless = !source_file::has_visible_text(title)
        || ["untitled", "(anonymous)", "anonymous", "title"].contains(&lower.as_str())
        || lower.starts_with("microsoft word - ")
        || [".docx", ".doc", ".pdf", ".odt", ".indd"]
            .iter()
            .any(|ending| lower.ends_with(ending));
    (!useless).then(|| title.to_owned())
}

/// A line with its digits folded, so "Page 3 of 12" and "Page 4 of 12" are the same line.
fn folded(line: &str) -> String {
    line.trim()
        .chars()
        .map(|c| if c.is_ascii_digit() { '#' } else { c })
        .collect()
}

fn is_page_number(line: &str) -> bool {
    let bare = line.trim().trim_matches(['-', '–', '—', ' ', '|']);
    let lower = bare.to_lowercase();
    let rest = lower.strip_prefix("page").unwrap_or(&lower).trim();
    !rest.is_empty()
        && rest
            .split_whitespace()
            .all(|w| w == "of" || w.chars().all(|c| c.is_ascii_digit()))
}

/// The pages' text as paragraphs, without running headers and footers.
pub fn clean_pages(pages: &[String]) -> String {
    let pages: Vec<Vec<&str>> = pages
        .iter()
        .map(|p| p.lines().map(str::trim).collect())
        .collect();
    // Which folded lines stand at a page's edges, and on how many pages.
    let mut at_edges: std::collections::HashMap<String, usize> = Default::default();
    for lines in &pages {
        let folds: std::collections::HashSet<String> = edge_lines(lines)
            .into_iter()
            .map(|i| folded(lines[i]))
            .collect();
        for fold in folds {
            *at_edges.entry(fold).or_default() += 1;
        }
    }
    let least = ((pages.len() as f64) * RUNNING_SHARE).ceil().max(2.0) as usize;
    let running =
        |line: &str| pages.len() >= 2 && at_edges.get(&folded(line)).is_some_and(|&n| n >= least);
    let mut out: Vec<String> = Vec::new();
    for (number, lines) in pages.iter().enumerate() {
        let edges = edge_lines(lines);
        let mut paragraphs: Vec<String> = Vec::new();
        let mut current = String::new();
        for (index, line) in lines.iter().enumerate() {
            if line.is_empty() {
                if !current.is_empty() {
                    paragraphs.push(std::mem::take(&mut current));
                }
                continue;
            }
            if edges.contains(&index) && (running(line) || is_page_number(line)) {
                continue;
            }
            join_line(&mut current, line);
        }
        if !current.is_empty() {
            paragraphs.push(current);
        }
        if paragraphs.is_empty() {
            continue;
        }
        if number > 0 && !out.is_empty() {
            out.push(format!("[page {}]", number + 1));
        }
        out.extend(paragraphs);
    }
    text::normalise_newlines(&out.join("\n\n"))
}

/// The indices of a page's first two and last two non-empty lines, where running headers,
/// footers and page numbers stand.
fn edge_lines(lines: &[&str]) -> Vec<usize> {
    let filled: Vec<usize> = (0..lines.len()).filter(|&i| !lines[i].is_empty()).collect();
    let mut edges: Vec<usize> = filled
        .iter()
        .take(2)
        .chain(filled.iter().rev().take(2))
        .copied()
        .collect();
    edges.sort_unstable();
    edges.dedup();
    edges
}

/// Appends a wrapped line to its paragraph: a word hyphenated at the line's end is joined
/// ("mili-" + "tias" → "militias"), otherwise a space goes between.
fn join_line(paragraph: &mut String, line: &str) {
    if paragraph.is_empty() {
        paragraph.push_str(line);
        return;
    }
    let broken_word = paragraph.ends_with('-')
        && paragraph[..paragraph.len() - 1]
            .chars()
            .last()
            .is_some_and(char::is_alphabetic)
        && line.chars().next().is_some_and(char::is_lowercase);
    if broken_word {
        paragraph.pop();
    } else {
        paragraph.push(' ');
    }
    paragraph.push_str(line);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn running_headers_footers_and_page_numbers_go_and_hyphenated_words_join() {
        let page =
            |n: usize, body: &str| format!("Security Brief — Iraq\n\n{body}\n\nPage {n} of 3\n");
        let pages = [
            page(
                1,
                "Rockets struck the Green Zone on Tuesday night, and the mili-\ntias who fired them\nwere not named.",
            ),
            page(
                2,
                "A convoy was hit near Diwaniyah.\n\nNo group claimed it.",
            ),
            page(3, "Pre-war positions were re-\nExamined."),
        ];
        let text = clean_pages(&pages);
        assert!(
            !text.contains("Security Brief") && !text.contains("Page "),
            "{text}"
        );
        assert!(
            text.contains("the militias who fired them were not named."),
            "{text}"
        );
        assert!(
            text.contains("[page 2]\n\nA convoy was hit near Diwaniyah.\n\nNo group claimed it."),
            "{text}"
        );
        // A capital after the hyphen is a compound or a name: the hyphen stays.
        assert!(text.contains("re- Examined."), "{text}");
    }

    #[test]
    fn a_single_page_keeps_its_first_line() {
        let text = clean_pages(&["Rockets on Erbil\n\nSix rockets were fired.".to_owned()]);
        assert_eq!(text, "Rockets on Erbil\n\nSix rockets were fired.");
        assert!(
            is_page_number("- 12 -")
                && is_page_number("Page 3 of 10")
                && !is_page_number("12 rockets")
        );
    }

    #[test]
    fn what_is_not_a_pdf_is_refused_with_a_reason() {
        let err = read(b"%PDF-1.4 garbage").expect_err("refused").to_string();
        assert!(err.contains("not a readable PDF"), "{err}");
    }
}
