//! Everything the window shows of the project, read from the store and kept current through
//! one door: [`Workspace::refresh`] with what a change [`Touched`]. No panel reads the store
//! and no call site picks what to reload; a new panel adds its cache here and its rule to
//! `refresh`.
//!
//! The workspace holds data only. What the analyst is looking at (scroll positions, the
//! selection in a text, the timeline's zoom and filters) stays in the app, which tells the
//! workspace which articles are open and which incident is selected.

pub mod article;
pub mod codebook;
pub mod timeline_load;

use rustc_hash::FxHashSet;

use rusqlite::Connection;

use crate::edit::Touched;
use crate::jobs::JobError;
use crate::map::basemap::basemap;
use crate::map::marks::MapData;
use crate::model::{ArticleId, ArticleSummary, Evidence, Incident, IncidentId};
use crate::store::meta::Counts;
use crate::store::{StoreResult, articles, context, evidence, incidents, meta};
use crate::timeline::data::TimelineData;
use crate::timeline::filter::Filters;
use crate::timeline::lanes::LaneBy;
use article::OpenArticle;
use codebook::Codebook;
use timeline_load::TimelineLoad;

/// Most articles the corpus list loads at once.
pub const CORPUS_PAGE: usize = 500;

/// Beyond this many incidents changed at once, re-reading the whole timeline is cheaper than
/// replacing rows one by one (about 1 ms each at 100,000 incidents).
const MOST_ROWS_REPLACED: usize = 200;

/// From this many incidents on, the timeline and the map are read off the window's thread
/// (a full read is about 0.5 s per 100,000 incidents), so a large project opens at once.
pub const BACKGROUND_READ_FROM: usize = 50_000;

/// The incident being coded, with all its evidence (in any article).
#[derive(Clone, Debug, PartialEq)]
pub struct SelectedIncident {
    pub incident: Incident,
    pub evidence: Vec<Evidence>,
}

/// The articles and incidents the timeline's filters let through (`None`: no filter set).
#[derive(Default)]
pub struct FilteredSets {
    for_filters: Option<Filters>,
    // Fx hashing: a year's filter of a million-incident project fills it with up to a hundred
    // thousand ids in one frame, and the ids are random already.
    pub articles: Option<FxHashSet<ArticleId>>,
    /// Which of the timeline's rows they let through (the rows are read again, and these
    /// sets with them, whenever a row changes).
    pub rows: Option<Vec<bool>>,
    /// Which of the map's marks they let through.
    pub map_marks: Option<Vec<bool>>,
}

/// The project as the window shows it.
#[derive(Default)]
pub struct Workspace {
    pub codebook: Codebook,
    /// The first page of the corpus list.
    pub corpus: Vec<ArticleSummary>,
    pub counts: Counts,
    /// The articles on screen, left to right.
    pub open: Vec<OpenArticle>,
    pub selected: Option<SelectedIncident>,
    pub timeline: TimelineData,
    /// The timeline's incidents at their places, for the map.
    pub map: MapData,
    /// What the timeline's filters let through, for the lists.
    pub filtered: FilteredSets,
    /// The corpus search's words, marked in every open article.
    search_words: Vec<String>,
    /// A read of every timeline row under way, when the project is large.
    loading: Option<TimelineLoad>,
    /// How many incidents make the timeline read go to the background.
    background_from: BackgroundFrom,
}

/// How many incidents make the timeline read go to the background: [`BACKGROUND_READ_FROM`]
/// unless a test asks for fewer.
#[derive(Clone, Copy)]
struct BackgroundFrom(usize);

impl Default for BackgroundFrom {
    fn default() -> Self {
        Self(BACKGROUND_READ_FROM)
    }
}

impl Workspace {
    /// Everything read fresh for a project just opened: no article open, nothing selected.
    pub fn load(conn: &Connection, lane_by: LaneBy) -> StoreResult<Self> {
        Self::load_reading_in_background_from(conn, lane_by, BACKGROUND_READ_FROM)
    }

    /// [`Workspace::load`], with the timeline read off the window's thread once the project
    /// holds `background_from` incidents or more (until then it is read at once).
    pub fn load_reading_in_background_from(
        conn: &Connection,
        lane_by: LaneBy,
        background_from: usize,
    ) -> StoreResult<Self> {
        let mut workspace = Self {
            timeline: TimelineData::new(Vec::new(), Vec::new(), lane_by),
            background_from: BackgroundFrom(background_from),
            ..Self::default()
        };
        workspace.refresh(conn, &Touched::everything())?;
        Ok(workspace)
    }

    /// Brings every cache up to date after a change that wrote what `touched` says. Each cache
    /// re-reads only what the change can have altered of it.
    pub fn refresh(&mut self, conn: &Connection, touched: &Touched) -> StoreResult<()> {
        if touched.is_empty() {
            return Ok(());
        }
        let all = touched.everything;
        if all || touched.codebook {
            self.codebook = Codebook::load(conn)?;
        }
        let coding = all || !touched.incidents.is_empty() || !touched.articles.is_empty();
        if all {
            self.counts = meta::counts(conn)?;
        } else {
            // Counted once; after that, what each change created and deleted (a recount is
            // 50 ms at a million incidents, more than a frame).
            self.counts = self.counts.after(&touched.added);
        }
        if all || touched.added.articles != 0 || !touched.article_records.is_empty() {
            // Articles came, went or changed their details: the page's order may have changed.
            self.corpus = articles::summaries(conn, 0, CORPUS_PAGE)?;
        } else if coding {
            // Only the rows whose evidence changed (their incident counts), read one by one:
            // the whole page is a sort of every article (150 ms at 100,000 articles).
            for row in &mut self.corpus {
                if touched.articles.contains(&row.article_id)
                    && let Some(fresh) = articles::summary(conn, row.article_id)?
                {
                    *row = fresh;
                }
            }
        }
        self.refresh_open_articles(conn, touched)?;
        let reread = self.refresh_timeline(conn, touched)?;
        // Marks point at timeline rows and read the codebook's places: the codebook changing
        // or every row read again rebuilds them (about 10 ms at 100,000 incidents); a few rows
        // replaced, the marks follow them.
        if all || touched.codebook || reread {
            self.map = MapData::new(&self.timeline.incidents, &self.codebook.places, basemap());
            // Its filtered marks are indices into the marks just replaced.
            self.filtered = FilteredSets::default();
        }
        let selected = self.selected.as_ref().map(|s| s.incident.incident_id);
        if let Some(incident_id) = selected
            && (all || touched.incidents.contains(&incident_id))
        {
            self.select(conn, Some(incident_id))?;
        }
        Ok(())
    }

    fn refresh_open_articles(&mut self, conn: &Connection, touched: &Touched) -> StoreResult<()> {
        let all = touched.everything;
        let mut kept = Vec::with_capacity(self.open.len());
        for mut open in std::mem::take(&mut self.open) {
            let id = open.article_id;
            // Its text, details or the codebook its suggestions read may have changed.
            if all || touched.codebook || touched.articles.contains(&id) {
                let codebook_changed = all || touched.codebook;
                // Gone (an undone import, a deleted article): it leaves the screen.
                if let Some(mut fresh) =
                    OpenArticle::reread(conn, &self.codebook, open, codebook_changed)?
                {
                    fresh.mark_words(&self.search_words);
                    kept.push(fresh);
                }
                continue;
            }
            // An incident listed beside it may have been renamed or deleted.
            if !touched.incidents.is_empty() {
                open.refresh_coding(conn)?;
            }
            kept.push(open);
        }
        self.open = kept;
        Ok(())
    }

    /// Brings the timeline's rows up to date; `Ok(true)` when it read them all again.
    fn refresh_timeline(&mut self, conn: &Connection, touched: &Touched) -> StoreResult<bool> {
        let lane_by = self.timeline.lane_by;
        // An article's grade is part of the rows of the incidents it supports.
        let regraded: Vec<IncidentId> = if touched.everything || touched.article_records.is_empty()
        {
            Vec::new()
        } else {
            self.timeline
                .incidents
                .iter()
                .filter(|i| {
                    i.article_ids
                        .iter()
                        .any(|a| touched.article_records.contains(a))
                })
                .map(|i| i.incident_id)
                .filter(|id| !touched.incidents.contains(id))
                .collect()
        };
        let many =
            touched.everything || touched.incidents.len() + regraded.len() > MOST_ROWS_REPLACED;
        if let Some(load) = &mut self.loading {
            load.note(touched);
        }
        let in_background = many && self.counts.incidents >= self.background_from.0;
        if in_background {
            // What is on screen stays until the fresh read lands (nothing, just after opening).
            self.loading = Some(TimelineLoad::start(
                conn,
                self.counts.incidents,
                lane_by,
                self.codebook.places.clone(),
            )?);
        } else if many {
            self.loading = None;
            self.timeline = TimelineData::new(
                incidents::timeline(conn, None, None)?,
                context::all(conn)?,
                lane_by,
            );
        } else {
            for incident_id in touched.incidents.iter().chain(&regraded) {
                let row = incidents::timeline_row(conn, *incident_id)?;
                let moved = self.timeline.replace(*incident_id, row);
                // A codebook change rebuilds the marks anyway.
                if !touched.codebook {
                    let places = &self.codebook.places;
                    self.map
                        .follow(&moved, &self.timeline.incidents, places, basemap());
                }
            }
            if touched.context {
                self.timeline.context = context::all(conn)?;
            }
        }
        if touched.everything
            || !touched.incidents.is_empty()
            || !touched.article_records.is_empty()
        {
            self.filtered = FilteredSets::default();
        }
        Ok(many && !in_background)
    }

    /// Opens `article_id` in the main place (`beside`: in a second one next to it). Returns
    /// where it now is, or `None` when the article no longer exists.
    pub fn open_article(
        &mut self,
        conn: &Connection,
        article_id: ArticleId,
        beside: bool,
    ) -> StoreResult<Option<usize>> {
        let Some(mut article) = OpenArticle::read(conn, &self.codebook, article_id)? else {
            return Ok(None);
        };
        article.mark_words(&self.search_words);
        if beside && !self.open.is_empty() {
            self.open.truncate(1);
            self.open.push(article);
            Ok(Some(1))
        } else {
            // The article beside it, if any, stays.
            match self.open.first_mut() {
                Some(first) => *first = article,
                None => self.open.push(article),
            }
            Ok(Some(0))
        }
    }

    /// Takes what proposals recognise in the open articles as it is worked out. `Ok(true)`
    /// while some is still being worked out.
    pub fn receive_recognised(&mut self) -> Result<bool, JobError> {
        let mut working = false;
        for open in &mut self.open {
            working |= open.receive_recognised()?;
        }
        Ok(working)
    }

    /// Waits until what proposals recognise in every open article has been worked out.
    pub fn wait_for_recognised(&mut self) -> Result<(), JobError> {
        self.open
            .iter_mut()
            .try_for_each(OpenArticle::wait_for_recognised)
    }

    /// Closes every open article after the first `keep`.
    pub fn close_articles_after(&mut self, keep: usize) {
        self.open.truncate(keep);
    }

    /// Where `article_id` is open, if it is.
    pub fn position_of(&self, article_id: ArticleId) -> Option<usize> {
        self.open.iter().position(|a| a.article_id == article_id)
    }

    /// The article `article_id` if it is on screen.
    pub fn on_screen(&self, article_id: ArticleId) -> Option<&OpenArticle> {
        self.open.iter().find(|a| a.article_id == article_id)
    }

    /// Selects `incident_id` (reading it with its evidence), or nothing.
    pub fn select(
        &mut self,
        conn: &Connection,
        incident_id: Option<IncidentId>,
    ) -> StoreResult<()> {
        self.selected = match incident_id {
            None => None,
            Some(id) => incidents::get(conn, id)?.map(|incident| SelectedIncident {
                evidence: Vec::new(),
                incident,
            }),
        };
        if let Some(selected) = self.selected.as_mut() {
            selected.evidence = evidence::for_incident(conn, selected.incident.incident_id)?;
        }
        Ok(())
    }

    /// Marks the corpus search's `words` in every open article.
    pub fn set_search_words(&mut self, words: Vec<String>) {
        for open in &mut self.open {
            open.mark_words(&words);
        }
        self.search_words = words;
    }

    /// Brings the filtered sets up to date with `filters`.
    pub fn apply_filters(&mut self, filters: &Filters) {
        if self.filtered.for_filters.as_ref() == Some(filters) {
            return;
        }
        if !filters.active() {
            // Nothing filtered: no need to read a million rows to let them all through.
            self.filtered = FilteredSets {
                for_filters: Some(filters.clone()),
                ..FilteredSets::default()
            };
            return;
        }
        // Rows are in date order: a time range rules out every row outside its slice without
        // looking at it, where testing a million rows took most of a frame.
        let rows = &self.timeline.incidents;
        let candidates = match filters.range {
            Some((from, to)) => self.timeline.rows_possibly_within(from, to),
            None => 0..rows.len(),
        };
        let mut let_through = vec![false; rows.len()];
        let mut articles = FxHashSet::default();
        for (at, row) in rows
            .iter()
            .enumerate()
            .take(candidates.end)
            .skip(candidates.start)
        {
            if filters.matches(row) {
                let_through[at] = true;
                articles.extend(row.article_ids.iter().copied());
            }
        }
        self.filtered = FilteredSets {
            for_filters: Some(filters.clone()),
            articles: Some(articles),
            map_marks: Some(
                self.map
                    .marks
                    .iter()
                    .map(|m| let_through.get(m.row).copied().unwrap_or(false))
                    .collect(),
            ),
            rows: Some(let_through),
        };
    }

    /// Whether the filters let `incident_id` through (all do when none is set; one not on the
    /// timeline, undated, passes no filter).
    pub fn lets_through(&self, incident_id: IncidentId) -> bool {
        self.filtered.rows.as_ref().is_none_or(|rows| {
            self.timeline
                .row_of(incident_id)
                .is_some_and(|row| rows.get(row).copied().unwrap_or(false))
        })
    }

    /// The incidents the filters let through (`None` when no filter is set).
    pub fn filtered_incidents(&self) -> Option<FxHashSet<IncidentId>> {
        let rows = self.filtered.rows.as_ref()?;
        Some(
            self.timeline
                .incidents
                .iter()
                .zip(rows)
                .filter(|(_, through)| **through)
                .map(|(row, _)| row.incident_id)
                .collect(),
        )
    }

    /// Rows read so far and how many incidents there are, while the timeline is read in the
    /// background.
    pub fn timeline_loading(&self) -> Option<(usize, usize)> {
        self.loading.as_ref().map(TimelineLoad::progress)
    }

    /// Takes the timeline and the map once their background read has landed. `Ok(true)` when
    /// they just did (the window then draws them).
    pub fn receive_timeline(&mut self, conn: &Connection) -> Result<bool, JobError> {
        let Some(load) = &mut self.loading else {
            return Ok(false);
        };
        let Some(finished) = load.finish(conn, &self.codebook.places) else {
            return Ok(false);
        };
        self.loading = None;
        let loaded = finished?;
        self.timeline = loaded.timeline;
        self.map = loaded.map;
        self.filtered = FilteredSets::default();
        Ok(true)
    }

    /// Waits until the timeline's background read, if any, has landed.
    pub fn wait_for_timeline(&mut self, conn: &Connection) -> Result<(), JobError> {
        while self.loading.is_some() {
            if !self.receive_timeline(conn)? {
                std::thread::sleep(std::time::Duration::from_millis(5));
            }
        }
        Ok(())
    }

    /// The same view read fresh from the store: the articles open and the incident selected
    /// here, everything else re-read, and what proposals recognise worked out. What
    /// [`Workspace::refresh`] must always equal, once its own work is received.
    pub fn read_fresh(&self, conn: &Connection) -> Result<Self, JobError> {
        let read = || -> StoreResult<Self> {
            let mut fresh = Self::load_reading_in_background_from(
                conn,
                self.timeline.lane_by,
                self.background_from.0,
            )?;
            fresh.search_words = self.search_words.clone();
            for (index, open) in self.open.iter().enumerate() {
                fresh.open_article(conn, open.article_id, index > 0)?;
            }
            fresh.select(conn, self.selected.as_ref().map(|s| s.incident.incident_id))?;
            Ok(fresh)
        };
        let mut fresh = read()?;
        fresh.wait_for_recognised()?;
        fresh.wait_for_timeline(conn)?;
        Ok(fresh)
    }

    /// How this workspace differs from `other` in what the window shows, cache by cache
    /// (empty when they show the same).
    pub fn differences(&self, other: &Self) -> Vec<String> {
        let mut found = Vec::new();
        let mut compare = |name: &str, same: bool| {
            if !same {
                found.push(name.to_owned());
            }
        };
        compare("codebook", self.codebook == other.codebook);
        compare("corpus", self.corpus == other.corpus);
        compare("counts", self.counts == other.counts);
        compare(
            "open articles",
            self.open.len() == other.open.len()
                && self.open.iter().zip(&other.open).all(|(a, b)| a.same_as(b)),
        );
        compare("selected incident", self.selected == other.selected);
        compare("timeline", self.timeline.same_as(&other.timeline));
        compare("map", self.map == other.map);
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::timeline::lanes::tests::incident;
    use jiff::civil::date;

    #[test]
    fn a_time_filter_lets_through_what_starts_in_it_or_reaches_into_it_and_nothing_else() {
        let before = incident(2, None);
        let mut reaching_in = incident(3, None);
        reaching_in.date_end = Some(date(2020, 11, 12));
        let inside = incident(15, None);
        let after = incident(25, None);
        let ids = [&before, &reaching_in, &inside, &after].map(|i| i.incident_id);
        let mut workspace = Workspace {
            timeline: TimelineData::new(
                vec![before, reaching_in, inside, after],
                Vec::new(),
                LaneBy::EventType,
            ),
            ..Workspace::default()
        };
        workspace.apply_filters(&Filters {
            range: Some((date(2020, 11, 10), date(2020, 11, 20))),
            ..Filters::default()
        });
        let through = workspace.filtered_incidents().expect("filtered");
        let let_through: Vec<bool> = ids.iter().map(|id| through.contains(id)).collect();
        assert_eq!(let_through, [false, true, true, false]);
        let asked: Vec<bool> = ids.iter().map(|id| workspace.lets_through(*id)).collect();
        assert_eq!(asked, let_through);
    }
}
