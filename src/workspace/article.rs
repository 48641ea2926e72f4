//! One article as the window shows it: its text, its evidence and incidents, what proposals
//! recognise in it, and the corpus search's words in it. Read from the store, kept current by
//! [`super::Workspace::refresh`]; never read per frame. What proposals recognise is worked out
//! off the window's thread (about 10 ms for a 71 KB article, more for a long PDF) and arrives
//! through [`OpenArticle::receive_recognised`].

use std::ops::Range;

use jiff::civil::Date;
use rusqlite::Connection;

use super::codebook::Codebook;
use crate::jobs::Job;
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

/// What proposals recognise in an article's text.
struct Recognised {
    suggestions: Vec<Suggestion>,
    waiting_for_date: Vec<Range<usize>>,
}

/// Starts working out what proposals recognise in `text`, dated `article_date`, on its own
/// thread: the lists it reads are copied, so the codebook may change meanwhile.
fn start_recognising(
    text: &str,
    codebook: &Codebook,
    article_date: Option<Date>,
) -> Job<Recognised> {
    let text = text.to_owned();
    let lists = Codebook {
        actors: codebook.actors.clone(),
        places: codebook.places.clone(),
        terms: codebook.terms.clone(),
        ..Codebook::default()
    };
    Job::spawn("suggestions", move |_| {
        Ok(Recognised {
            suggestions: suggest(&text, &lists.context(article_date)),
            waiting_for_date: if article_date.is_none() {
                waiting_for_date(&text)
            } else {
                Vec::new()
            },
        })
    })
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
    /// Suggestions and waiting dates being worked out; until they arrive the article shows
    /// those of its previous read, if any (the text never changes, so they still fit it).
    recognising: Option<Job<Recognised>>,
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
    /// Reads an article and starts working out its suggestions; `None` if it no longer
    /// exists.
    pub fn read(
        conn: &Connection,
        codebook: &Codebook,
        article_id: ArticleId,
    ) -> StoreResult<Option<Self>> {
        Self::read_again(conn, codebook, article_id, None)
    }

    /// Reads an article again after a change. What proposals recognise in `previous` is kept
    /// when nothing they read changed (its text, its date, the codebook: `codebook_changed`
    /// says), and shown meanwhile when something did.
    pub fn reread(
        conn: &Connection,
        codebook: &Codebook,
        previous: Self,
        codebook_changed: bool,
    ) -> StoreResult<Option<Self>> {
        let article_id = previous.article_id;
        Self::read_again(
            conn,
            codebook,
            article_id,
            Some((previous, codebook_changed)),
        )
    }

    fn read_again(
        conn: &Connection,
        codebook: &Codebook,
        article_id: ArticleId,
        previous: Option<(Self, bool)>,
    ) -> StoreResult<Option<Self>> {
        let Some(article) = articles::get(conn, article_id)? else {
            return Ok(None);
        };
        let mut open = Self {
            article_id,
            byline: byline(&article.meta),
            meta: article.meta,
            waiting_for_date: Vec::new(),
            recognising: None,
            text: article.text,
            evidence: Vec::new(),
            highlights: Vec::new(),
            suggestion_ranges: Vec::new(),
            suggestions: Vec::new(),
            incidents: Vec::new(),
            search_hits: Vec::new(),
            marks_version: next_marks_version(),
        };
        let mut unchanged = false;
        if let Some((previous, codebook_changed)) = previous
            && previous.text == open.text
        {
            unchanged = !codebook_changed && previous.meta.published == open.meta.published;
            open.suggestions = previous.suggestions;
            open.suggestion_ranges = previous.suggestion_ranges;
            open.waiting_for_date = previous.waiting_for_date;
            if unchanged {
                open.recognising = previous.recognising;
            }
        }
        if !unchanged {
            open.recognising = Some(start_recognising(&open.text, codebook, open.meta.published));
        }
        open.refresh_coding(conn)?;
        Ok(Some(open))
    }

    /// Takes what proposals recognise once it has been worked out. `Ok(true)` while it is
    /// still being worked out; an error when the work failed (the marks stay as they were).
    pub fn receive_recognised(&mut self) -> Result<bool, crate::jobs::JobError> {
        let Some(job) = self.recognising.as_mut() else {
            return Ok(false);
        };
        let Some(result) = job.try_result() else {
            return Ok(true);
        };
        self.recognising = None;
        self.take(result?);
        Ok(false)
    }

    /// Waits until what proposals recognise has been worked out, and takes it.
    pub fn wait_for_recognised(&mut self) -> Result<(), crate::jobs::JobError> {
        match self.recognising.take() {
            Some(job) => {
                self.take(job.wait()?);
                Ok(())
            }
            None => Ok(()),
        }
    }

    fn take(&mut self, recognised: Recognised) {
        self.suggestion_ranges = recognised
            .suggestions
            .iter()
            .map(|s| s.start..s.end)
            .collect();
        self.suggestions = recognised.suggestions;
        self.waiting_for_date = recognised.waiting_for_date;
        self.marks_version = next_marks_version();
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

    /// The values the words at `range` state for `field`, read with the paragraph around them
    /// (a year it states, a claim verb beside a name, a day counted from an earlier one).
    pub fn proposals_for(
        &self,
        codebook: &Codebook,
        range: &Range<usize>,
        field: crate::model::Field,
    ) -> Vec<crate::propose::Proposal> {
        let paragraph = text::paragraph_around(&self.text, range);
        let context = codebook.context(self.meta.published).around(paragraph);
        crate::propose::propose(field, self.words(range), &context)
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
