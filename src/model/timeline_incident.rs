//! The light row of an incident the timeline, the map and the lists read: what the store reads
//! by date range and the views filter, lane, bin and draw.

use jiff::civil::Date;

use super::{
    ActorId, ArticleId, Confidence, Credibility, IncidentId, PlaceId, Reliability, Status,
};

/// What the timeline needs of one incident: a light row, read by date range.
#[derive(Clone, Debug, PartialEq)]
pub struct TimelineIncident {
    pub incident_id: IncidentId,
    pub date_start: Date,
    /// Set when the date is a range: drawn as a bar over it.
    pub date_end: Option<Date>,
    pub event_type: Option<String>,
    pub target_type: Option<String>,
    pub perpetrator_id: Option<ActorId>,
    pub place_id: Option<PlaceId>,
    /// Where it was launched from (rockets, drones), when coded: drawn joined to the place.
    pub launch_place_id: Option<PlaceId>,
    /// The incident's own UCDP `where_prec`, which overrides its place's.
    pub geo_precision: Option<u8>,
    pub killed: Option<u32>,
    pub wounded: Option<u32>,
    pub status: Status,
    pub confidence: Option<Confidence>,
    pub summary: String,
    /// How many articles have evidence for it.
    pub sources: usize,
    /// The articles with evidence for it (in the row itself when there is one).
    pub article_ids: smallvec::SmallVec<[ArticleId; 1]>,
    /// Drafted by Spanline and not yet accepted.
    pub proposed: bool,
    /// The best Admiralty grades among its sources (A and 1 best), when any is graded.
    pub best_reliability: Option<Reliability>,
    pub best_credibility: Option<Credibility>,
}

/// Where one timeline row left and where its new row went: what the map follows of a change
/// to the timeline's rows.
#[derive(Debug, Default)]
pub struct RowMove {
    /// The row taken out, at its index then.
    pub removed: Option<(usize, TimelineIncident)>,
    /// The index the new row went in at, counted after the removal.
    pub inserted: Option<usize>,
}
