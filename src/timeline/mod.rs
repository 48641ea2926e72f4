//! The timeline's logic, apart from drawing: where incidents sit on the calendar, in which
//! lane, how they bin into counts, how the date axis is labelled at each zoom, and which
//! incidents may be the same event. Pure: no egui, no SQL.
//!
//! The x coordinate is days since 1970-01-01 (fractional within a day), so plot positions and
//! calendar dates convert exactly both ways.

pub mod axis;
pub mod bins;
pub mod csv;
pub mod data;
pub mod duplicates;
pub mod filter;
pub mod labels;
pub mod lanes;

use jiff::civil::Date;

use crate::model::{ActorId, Confidence, IncidentId, PlaceId, Status};

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
    /// The articles with evidence for it.
    pub article_ids: Vec<crate::model::ArticleId>,
    /// Drafted by Spanline and not yet accepted.
    pub proposed: bool,
    /// The best Admiralty grades among its sources (A and 1 best), when any is graded.
    pub best_reliability: Option<crate::model::Reliability>,
    pub best_credibility: Option<crate::model::Credibility>,
}

const EPOCH: Date = jiff::civil::date(1970, 1, 1);

/// A date's x coordinate.
pub fn x_of(date: Date) -> f64 {
    let days = (date - EPOCH).get_days();
    f64::from(days)
}

/// The date at x coordinate `x` (the day it falls in), clamped to dates jiff can represent.
pub fn date_of(x: f64) -> Date {
    let days = x.floor().clamp(-700_000.0, 2_900_000.0) as i64;
    EPOCH
        .checked_add(jiff::Span::new().days(days))
        .unwrap_or(EPOCH)
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn dates_and_x_convert_both_ways() {
        for d in [
            date(1970, 1, 1),
            date(2019, 12, 27),
            date(2020, 2, 29),
            date(2021, 7, 7),
        ] {
            assert_eq!(date_of(x_of(d)), d);
            assert_eq!(
                date_of(x_of(d) + 0.75),
                d,
                "any time in the day is that day"
            );
        }
        assert_eq!(x_of(date(1970, 1, 2)), 1.0);
    }
}
