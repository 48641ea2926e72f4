//! The timeline and the map of a large project, read off the window's thread. Reading a
//! million timeline rows takes seconds; the window opens at once and shows how far the read
//! has come. The read goes a chunk at a time (no long lock, so the analyst's edits are never
//! refused meanwhile); the incidents those edits touch are noted and read again when the rows
//! land, so what lands equals a fresh read.

use std::collections::HashSet;

use rusqlite::Connection;

use crate::edit::Touched;
use crate::jobs::{Job, JobError};
use crate::map::basemap::basemap;
use crate::map::marks::MapData;
use crate::model::{ArticleId, IncidentId, Place};
use crate::store::{StoreResult, context, incidents};
use crate::timeline::data::TimelineData;
use crate::timeline::lanes::LaneBy;

/// Rows per read: each is a few tens of milliseconds, so a write waits at most that long.
const CHUNK: usize = 20_000;

/// What the background read hands back: the timeline and the map built from it.
pub struct Loaded {
    pub timeline: TimelineData,
    pub map: MapData,
}

/// A read of every timeline row under way.
pub struct TimelineLoad {
    job: Job<Loaded, usize>,
    /// How many incidents the project held when the read began.
    total: usize,
    /// Incidents written since the read began: read again when it lands.
    changed: HashSet<IncidentId>,
    /// Articles regraded since: the rows of the incidents they support are read again.
    regraded: HashSet<ArticleId>,
    /// The codebook changed since: the map's places are those of the codebook now.
    codebook_changed: bool,
}

impl TimelineLoad {
    /// Starts reading every timeline row of the project `conn` is open on, through a
    /// connection of its own.
    pub fn start(
        conn: &Connection,
        total: usize,
        lane_by: LaneBy,
        places: Vec<Place>,
    ) -> StoreResult<Self> {
        let reader = crate::store::reader_beside(conn)?;
        let job = Job::spawn("reading the timeline", move |reporter| {
            let rows = incidents::timeline_in_chunks(&reader, CHUNK, |read| {
                reporter.progress(read);
                !reporter.cancelled()
            })?
            .ok_or("stopped")?;
            let map = MapData::new(&rows, &places, basemap());
            let timeline = TimelineData::new(rows, Vec::new(), lane_by);
            Ok(Loaded { timeline, map })
        });
        Ok(Self {
            job,
            total,
            changed: HashSet::new(),
            regraded: HashSet::new(),
            codebook_changed: false,
        })
    }

    /// Notes what a change made while the read goes on touched.
    pub fn note(&mut self, touched: &Touched) {
        self.changed.extend(touched.incidents.iter().copied());
        self.regraded
            .extend(touched.article_records.iter().copied());
        self.codebook_changed |= touched.codebook;
    }

    /// Rows read so far, and how many there are about to be.
    pub fn progress(&self) -> (usize, usize) {
        (self.job.progress().copied().unwrap_or(0), self.total)
    }

    /// The timeline and map once read, brought up to date with the changes made meanwhile;
    /// `None` while the read goes on.
    pub fn finish(
        &mut self,
        conn: &Connection,
        places: &[Place],
    ) -> Option<Result<Loaded, JobError>> {
        let read = self.job.try_result()?;
        Some(read.and_then(|loaded| Ok(self.catch_up(conn, loaded, places)?)))
    }

    fn catch_up(
        &self,
        conn: &Connection,
        mut loaded: Loaded,
        places: &[Place],
    ) -> StoreResult<Loaded> {
        let mut stale: HashSet<IncidentId> = self.changed.clone();
        if !self.regraded.is_empty() {
            stale.extend(
                loaded
                    .timeline
                    .incidents
                    .iter()
                    .filter(|i| i.article_ids.iter().any(|a| self.regraded.contains(a)))
                    .map(|i| i.incident_id),
            );
        }
        for incident_id in &stale {
            let row = incidents::timeline_row(conn, *incident_id)?;
            loaded.timeline.replace(*incident_id, row);
        }
        loaded.timeline.context = context::all(conn)?;
        if !stale.is_empty() || self.codebook_changed {
            loaded.map = MapData::new(&loaded.timeline.incidents, places, basemap());
        }
        Ok(loaded)
    }
}

impl Drop for TimelineLoad {
    /// A read no longer wanted (the project closed, a newer read began) stops at its next chunk.
    fn drop(&mut self) {
        self.job.cancel();
    }
}
