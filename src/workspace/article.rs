//! One article as the window shows it: its text, its evidence and incidents, what proposals
//! recognise in it, and the corpus search's words in it. Read from the store, kept current by
//! [`super::Workspace::refresh`]; never read per frame.

use std::ops::Range;

use rusqlite::Connection;

use super::codebook::Codebook;
use crate::model::{ArticleId, Evidence, IncidentId, IncidentSummary, text};
use crate::propose::suggest::{Suggestion, suggest};
use crate::store::{StoreResult, articles, evidence, incidents};

/// What the line under an article's title says: outlet, author, date (marked when guessed or
/// not to the day) and grade.
fn byline(meta: &crate::model::ArticleMeta) -> String {
    let date = meta.published.map(|d| {
        let shown = match meta.published_precision {
            Some(crate::model::DatePrecision::Year) => d.year().to_string(),
            Some(crate::model::DatePrecision::Month) => format!("{}-{:02}", d.year(), d.month()),
            _ => d.to_string(),
        };
        if meta.published_guessed {
            format!("{shown} (guessed from a dateline)")
        } else {
            shown
        }
    });
    let grade = meta.grade();
    [
        meta.outlet.clone(),
        meta.author.clone(),
        date,
        (!grade.is_empty()).then(|| format!("graded {grade}")),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" · ")
}

/// [`crate::propose::dates::needing_article_date`] over every paragraph, as article offsets.
fn waiting_for_date(text: &str) -> Vec<Range<usize>> {
    let mut found = Vec::new();
    let mut base = 0;
    for paragraph in text.split('\n') {
        found.extend(
            crate::propose::dates::needing_article_date(paragraph)
                .into_iter()
                .map(|r| base + r.start..base + r.end),
        );
        base += paragraph.chars().count() + 1;
    }
    found
}

/// One highlighted range, in code points.
#[derive(Clone, Debug, PartialEq)]
pub struct Highlight {
    pub start: usize,
    pub end: usize,
    pub incident_id: IncidentId,
}

/// The article as loaded: text, coding and what proposals recognise in it.
pub struct OpenArticle {
    pub article_id: ArticleId,
    pub byline: String,
    /// Every detail as stored: title, publication date, grade …
    pub meta: crate::model::ArticleMeta,
    /// Words that state a date relative to the article's, which no date can be proposed for
    /// while the article has none (empty once it has one).
    pub waiting_for_date: Vec<Range<usize>>,
    pub text: String,
    pub evidence: Vec<Evidence>,
    pub(crate) highlights: Vec<Highlight>,
    /// Spans the proposals would recognise, shown faintly while reading.
    pub suggestions: Vec<Suggestion>,
    pub(crate) suggestion_ranges: Vec<Range<usize>>,
    pub incidents: Vec<IncidentSummary>,
    /// Words of the corpus search found in this article.
    pub search_hits: Vec<Range<usize>>,
    /// Changes whenever the marks above do, so the view knows to sort them again.
    pub(crate) marks_version: u64,
}

impl OpenArticle {
    /// Reads an article and works out its suggestions; `None` if it no longer exists.
    pub fn read(
        conn: &Connection,
        codebook: &Codebook,
        article_id: ArticleId,
    ) -> StoreResult<Option<Self>> {
        let Some(article) = articles::get(conn, article_id)? else {
            return Ok(None);
        };
        let byline = byline(&article.meta);
        let suggestions = suggest(&article.text, &codebook.context(article.meta.published));
        let waiting_for_date = if article.meta.published.is_none() {
            waiting_for_date(&article.text)
        } else {
            Vec::new()
        };
        let mut open = Self {
            article_id,
            byline,
            meta: article.meta,
            waiting_for_date,
            text: article.text,
            evidence: Vec::new(),
            highlights: Vec::new(),
            suggestion_ranges: suggestions.iter().map(|s| s.start..s.end).collect(),
            suggestions,
            incidents: Vec::new(),
            search_hits: Vec::new(),
            marks_version: next_marks_version(),
        };
        open.refresh_coding(conn)?;
        Ok(Some(open))
    }

    /// Re-reads the evidence and incidents after a change (the text never changes).
    pub fn refresh_coding(&mut self, conn: &Connection) -> StoreResult<()> {
        self.evidence = evidence::for_article(conn, self.article_id)?;
        self.highlights = self
            .evidence
            .iter()
            .map(|e| Highlight {
                start: e.start,
                end: e.end,
                incident_id: e.incident_id,
            })
            .collect();
        self.incidents = incidents::for_article(conn, self.article_id)?;
        self.marks_version = next_marks_version();
        Ok(())
    }

    /// Marks every occurrence of `words` (the corpus search) in the text.
    pub fn mark_words(&mut self, words: &[String]) {
        let mut hits: Vec<Range<usize>> = words
            .iter()
            .flat_map(|word| text::find_ignoring_case(&self.text, word))
            .collect();
        hits.sort_by_key(|r| r.start);
        self.search_hits = hits;
        self.marks_version = next_marks_version();
    }

    /// The selected words' text.
    pub fn words(&self, range: &Range<usize>) -> &str {
        text::char_slice(&self.text, range.start, range.end).unwrap_or_default()
    }

    /// Which marks the text shows: a view lays the text out again when this changes.
    pub fn marks_version(&self) -> u64 {
        self.marks_version
    }

    /// Whether `other` shows the same (the marks' version, a redraw counter, aside).
    pub fn same_as(&self, other: &Self) -> bool {
        self.article_id == other.article_id
            && self.byline == other.byline
            && self.meta == other.meta
            && self.waiting_for_date == other.waiting_for_date
            && self.text == other.text
            && self.evidence == other.evidence
            && self.highlights == other.highlights
            && self.suggestions == other.suggestions
            && self.suggestion_ranges == other.suggestion_ranges
            && self.incidents == other.incidents
            && self.search_hits == other.search_hits
    }
}

/// A number no marks of any open article had before: a fresh read of an article (after a
/// change to it) counting from zero again reached the very version the view had drawn, and its
/// new highlight was not drawn.
fn next_marks_version() -> u64 {
    static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
    NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
}
