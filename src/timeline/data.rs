//! The timeline's rows as drawn: dated incidents in order with their lanes, possible
//! duplicates and precomputed x positions. Built once from the store and kept current row by
//! row after each change (see [`crate::workspace`]); drawing (in `ui::timeline_view`) only
//! reads it.

use crate::model::{ContextEvent, IncidentId, RowMove, TimelineIncident};
use crate::timeline::lanes::{self, LaneBy};
use crate::timeline::x_of;

/// The timeline's data, rebuilt when incidents or lanes change (not per frame).
#[derive(Default)]
pub struct TimelineData {
    pub incidents: Vec<TimelineIncident>,
    pub context: Vec<ContextEvent>,
    pub(crate) lanes: Vec<Option<String>>,
    pub(crate) lane_of: Vec<usize>,
    pub(crate) lane_by: LaneBy,
    /// For each incident with possible duplicates, the others (same dates, same place).
    pub duplicates: std::collections::HashMap<IncidentId, Vec<IncidentId>>,
    /// The longest date range, in days: how far left of the view a bar may start.
    pub(crate) longest_range: f64,
    /// Each row's start date as plot x: computed once, read by every frame's loops.
    pub(crate) starts: Vec<f64>,
    /// Changes with every change of the rows, so what is read from them (the legend) can be
    /// kept until they change.
    pub(crate) version: u64,
    /// The legend's facts, kept as rows come and go instead of read from every row.
    pub(crate) tally: Tally,
    /// Each row's start date by incident: with the rows' order by (date, id) it finds an
    /// incident's row by binary search, where scanning a million rows took milliseconds.
    dates: std::collections::HashMap<IncidentId, jiff::civil::Date>,
}

/// How many rows have each event type, and how many are drafts.
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct Tally {
    pub(crate) event_types: std::collections::BTreeMap<Option<String>, usize>,
    pub(crate) proposed: usize,
}

impl Tally {
    fn of(rows: &[TimelineIncident]) -> Self {
        let mut tally = Self::default();
        rows.iter().for_each(|row| tally.add(row));
        tally
    }

    fn add(&mut self, row: &TimelineIncident) {
        *self.event_types.entry(row.event_type.clone()).or_default() += 1;
        self.proposed += usize::from(row.proposed);
    }

    fn remove(&mut self, row: &TimelineIncident) {
        if let Some(count) = self.event_types.get_mut(&row.event_type) {
            *count -= 1;
            if *count == 0 {
                self.event_types.remove(&row.event_type);
            }
        }
        self.proposed -= usize::from(row.proposed);
    }
}

/// A version no timeline data had before.
fn next_version() -> u64 {
    static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
    NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
}

impl TimelineData {
    pub fn new(
        incidents: Vec<TimelineIncident>,
        context: Vec<ContextEvent>,
        lane_by: LaneBy,
    ) -> Self {
        let (lanes, lane_of) = lanes::assign(&incidents, lane_by);
        let mut duplicates: std::collections::HashMap<IncidentId, Vec<IncidentId>> =
            Default::default();
        for (a, b) in crate::timeline::duplicates::possible_duplicates(&incidents) {
            let (a, b) = (incidents[a].incident_id, incidents[b].incident_id);
            duplicates.entry(a).or_default().push(b);
            duplicates.entry(b).or_default().push(a);
        }
        let longest_range = incidents
            .iter()
            .filter_map(|i| Some(x_of(i.date_end?) - x_of(i.date_start)))
            .fold(0.0, f64::max);
        let starts = incidents.iter().map(|i| x_of(i.date_start)).collect();
        let tally = Tally::of(&incidents);
        let dates = incidents
            .iter()
            .map(|i| (i.incident_id, i.date_start))
            .collect();
        Self {
            incidents,
            context,
            lanes,
            lane_of,
            lane_by,
            duplicates,
            longest_range,
            starts,
            version: next_version(),
            tally,
            dates,
        }
    }

    /// The index of `incident_id`'s row, when it is on the timeline.
    pub fn row_of(&self, incident_id: IncidentId) -> Option<usize> {
        let key = (*self.dates.get(&incident_id)?, incident_id);
        let at = self
            .incidents
            .partition_point(|i| (i.date_start, i.incident_id) < key);
        (self.incidents.get(at)?.incident_id == incident_id).then_some(at)
    }

    /// The last day any incident touches (its end, for a range).
    pub fn last_date(&self) -> Option<jiff::civil::Date> {
        self.incidents
            .iter()
            .map(|i| i.date_end.unwrap_or(i.date_start))
            .max()
    }

    /// Puts one incident's new row in place of its old one (`None`: it left the timeline, being
    /// deleted or undated), keeping rows in order and updating its lane and possible
    /// duplicates, without rebuilding the rest: what a keystroke in the editor costs.
    /// Says where the old row left and the new one went, for the map to follow.
    pub fn replace(&mut self, incident_id: IncidentId, row: Option<TimelineIncident>) -> RowMove {
        self.version = next_version();
        let mut moved = RowMove::default();
        let mut left_lane = None;
        let found = self.row_of(incident_id);
        if let (Some(index), Some(new)) = (found, &row)
            && self.stays_in_place(index, new)
        {
            // Most edits leave the date and the lane as they were: the row is replaced where it
            // stands, without moving the million after it.
            let new = new.clone();
            self.renew_duplicates(incident_id, Some(&new));
            self.note_range(&new);
            self.tally.add(&new);
            self.starts[index] = x_of(new.date_start);
            self.dates.insert(incident_id, new.date_start);
            let old = std::mem::replace(&mut self.incidents[index], new);
            self.tally.remove(&old);
            moved.removed = Some((index, old));
            moved.inserted = Some(index);
            return moved;
        }
        if let Some(index) = found {
            let old = self.incidents.remove(index);
            self.dates.remove(&incident_id);
            self.tally.remove(&old);
            left_lane = Some(self.lane_of.remove(index));
            self.starts.remove(index);
            moved.removed = Some((index, old));
        }
        moved.inserted = self.insert_row(incident_id, row);
        // A lane its last incident left is not drawn on as an empty row.
        if left_lane.is_some_and(|lane| !self.lane_of.contains(&lane)) {
            (self.lanes, self.lane_of) = lanes::assign(&self.incidents, self.lane_by);
        }
        moved
    }

    /// Files `row` (nothing when `None`) in date order with its lane, and renews the possible
    /// duplicates of its incident. Returns where it went.
    fn insert_row(
        &mut self,
        incident_id: IncidentId,
        row: Option<TimelineIncident>,
    ) -> Option<usize> {
        self.renew_duplicates(incident_id, row.as_ref());
        let row = row?;
        self.note_range(&row);
        let at = self
            .incidents
            .partition_point(|i| (i.date_start, i.incident_id) < (row.date_start, incident_id));
        let lane = lanes::key(&row, self.lane_by);
        self.tally.add(&row);
        self.dates.insert(incident_id, row.date_start);
        self.starts.insert(at, x_of(row.date_start));
        self.incidents.insert(at, row);
        match self.lanes.iter().position(|l| *l == lane) {
            Some(index) => self.lane_of.insert(at, index),
            // A lane not seen before: lay the lanes out again.
            None => (self.lanes, self.lane_of) = lanes::assign(&self.incidents, self.lane_by),
        }
        Some(at)
    }

    /// Whether `row` for the incident at `index` belongs at that same index in the same lane.
    fn stays_in_place(&self, index: usize, row: &TimelineIncident) -> bool {
        let key = |i: &TimelineIncident| (i.date_start, i.incident_id);
        index
            .checked_sub(1)
            .is_none_or(|before| key(&self.incidents[before]) < key(row))
            && self
                .incidents
                .get(index + 1)
                .is_none_or(|after| key(row) < key(after))
            && self.lanes.get(self.lane_of[index]) == Some(&lanes::key(row, self.lane_by))
    }

    /// Forgets the possible duplicates of `incident_id` and finds those of its `row` anew.
    fn renew_duplicates(&mut self, incident_id: IncidentId, row: Option<&TimelineIncident>) {
        for partner in self.duplicates.remove(&incident_id).unwrap_or_default() {
            if let Some(list) = self.duplicates.get_mut(&partner) {
                list.retain(|id| *id != incident_id);
                if list.is_empty() {
                    self.duplicates.remove(&partner);
                }
            }
        }
        let Some(row) = row else { return };
        // Only rows starting from the longest range before it to its end can overlap it.
        let end = x_of(row.date_end.unwrap_or(row.date_start));
        let start = x_of(row.date_start);
        let reach = self.longest_range.max(end - start);
        let partners: Vec<IncidentId> = self.incidents
            [self.starting_between(start - reach - 1.0, end)]
        .iter()
        .filter(|other| {
            other.incident_id != incident_id && crate::timeline::duplicates::may_be_same(other, row)
        })
        .map(|other| other.incident_id)
        .collect();
        for partner in &partners {
            self.duplicates
                .entry(*partner)
                .or_default()
                .push(incident_id);
        }
        if !partners.is_empty() {
            self.duplicates.insert(incident_id, partners);
        }
    }

    /// Widens how far left of the view a bar may start, for a row over a range of dates.
    fn note_range(&mut self, row: &TimelineIncident) {
        if let Some(end) = row.date_end {
            self.longest_range = self.longest_range.max(x_of(end) - x_of(row.date_start));
        }
    }

    pub(crate) fn relane(&mut self, lane_by: LaneBy) {
        if lane_by != self.lane_by {
            (self.lanes, self.lane_of) = lanes::assign(&self.incidents, lane_by);
            self.lane_by = lane_by;
        }
    }

    /// The rows to draw between plot x `from` and `to` (rows are in date order): those
    /// starting in view, and before them those whose date range may reach into it.
    pub(crate) fn visible(&self, from: f64, to: f64) -> std::ops::Range<usize> {
        self.starting_between(from - self.longest_range - 1.0, to)
    }

    /// The rows that may fall in the dates `from..=to` (a time filter): those starting in it,
    /// and before them those whose date range may reach into it. Every other row is outside.
    pub fn rows_possibly_within(
        &self,
        from: jiff::civil::Date,
        to: jiff::civil::Date,
    ) -> std::ops::Range<usize> {
        self.visible(crate::timeline::x_of(from), crate::timeline::x_of(to))
    }

    /// How many rows start between plot x `from` and `to`: what decides aggregation.
    pub(crate) fn count_starting_between(&self, from: f64, to: f64) -> usize {
        self.starting_between(from - 1.0, to).len()
    }

    fn starting_between(&self, from: f64, to: f64) -> std::ops::Range<usize> {
        if !(from.is_finite() && to.is_finite()) {
            return 0..self.incidents.len();
        }
        let first = self.starts.partition_point(|x| *x < from);
        let last = self.starts.partition_point(|x| *x <= to);
        first..last.max(first)
    }

    /// Whether `other` draws the same: rows in the same order and lanes, the same context and
    /// the same possible duplicates (in any order).
    pub fn same_as(&self, other: &Self) -> bool {
        let lane_names = |data: &Self| -> Vec<Option<String>> {
            data.lane_of
                .iter()
                .map(|l| data.lanes[*l].clone())
                .collect()
        };
        self.incidents == other.incidents
            && self.context == other.context
            && self.starts == other.starts
            && lane_names(self) == lane_names(other)
            && self.sorted_duplicates() == other.sorted_duplicates()
            && self.tally == other.tally
            && self.dates == other.dates
    }

    /// The possible duplicates in a fixed order, for comparing two timelines.
    fn sorted_duplicates(&self) -> Vec<(IncidentId, Vec<IncidentId>)> {
        let mut pairs: Vec<(IncidentId, Vec<IncidentId>)> = self
            .duplicates
            .iter()
            .map(|(id, list)| {
                let mut list = list.clone();
                list.sort();
                (*id, list)
            })
            .collect();
        pairs.sort();
        pairs
    }

    /// The y of lane `index`: lanes run down from 0.
    pub(crate) fn lane_y(index: usize) -> f64 {
        -(index as f64)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::PlaceId;
    use crate::timeline::lanes::tests::incident;

    /// Rows in order, each with its lane's name; and the flagged pairs.
    type Seen = (
        Vec<(IncidentId, Option<String>)>,
        Vec<(IncidentId, Vec<IncidentId>)>,
    );

    /// What the analyst sees of the data.
    fn seen(data: &TimelineData) -> Seen {
        for (index, row) in data.incidents.iter().enumerate() {
            assert_eq!(
                data.row_of(row.incident_id),
                Some(index),
                "found by its date"
            );
        }
        let rows = data
            .incidents
            .iter()
            .zip(&data.lane_of)
            .map(|(i, lane)| (i.incident_id, data.lanes[*lane].clone()))
            .collect();
        (rows, data.sorted_duplicates())
    }

    #[test]
    fn replacing_one_row_gives_what_a_full_rebuild_gives() {
        let green_zone = PlaceId::new();
        let mut rows: Vec<TimelineIncident> = (1..=9)
            .map(|day| incident(day, Some(if day % 2 == 0 { "rocket" } else { "ied" })))
            .collect();
        rows[2].place_id = Some(green_zone);
        rows[6].place_id = Some(green_zone);
        rows.sort_by_key(|i| (i.date_start, i.incident_id));
        let mut data = TimelineData::new(rows.clone(), Vec::new(), LaneBy::EventType);

        // Moved to another day, onto a place already coded that day, with a new event type.
        let mut edited = rows[4].clone();
        edited.date_start = rows[6].date_start;
        edited.place_id = Some(green_zone);
        edited.event_type = Some("drone".to_owned());
        let edited_id = edited.incident_id;
        data.replace(edited_id, Some(edited.clone()));
        rows[4] = edited;
        rows.sort_by_key(|i| (i.date_start, i.incident_id));
        assert_eq!(
            seen(&data),
            seen(&TimelineData::new(
                rows.clone(),
                Vec::new(),
                LaneBy::EventType
            ))
        );
        assert_eq!(
            data.duplicates.get(&edited_id).map(Vec::len),
            Some(1),
            "now flagged with the incident at the same place that day"
        );

        // Removed (deleted, or its date cleared).
        let gone = rows.remove(3);
        data.replace(gone.incident_id, None);
        assert_eq!(
            data.row_of(gone.incident_id),
            None,
            "a removed row is not found"
        );
        assert_eq!(
            seen(&data),
            seen(&TimelineData::new(
                rows.clone(),
                Vec::new(),
                LaneBy::EventType
            ))
        );

        // The only drone strike recoded as a rocket: its lane goes, as after a rebuild.
        let at = rows
            .iter()
            .position(|i| i.incident_id == edited_id)
            .expect("still there");
        rows[at].event_type = Some("rocket".to_owned());
        data.replace(edited_id, Some(rows[at].clone()));
        let rebuilt = TimelineData::new(rows, Vec::new(), LaneBy::EventType);
        assert_eq!(data.lanes, rebuilt.lanes);
        assert!(!data.lanes.contains(&Some("drone".to_owned())));
        assert_eq!(seen(&data), seen(&rebuilt));
    }
}
