//! Lanes: one row of the timeline per actor, event type, target type or place, the busiest
//! first and "unknown" last.

use std::collections::HashMap;

use crate::model::TimelineIncident;

/// What the lanes are.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum LaneBy {
    #[default]
    EventType,
    Actor,
    TargetType,
    Place,
}

/// The lane key of an incident, `None` when that field is not coded.
pub fn key(incident: &TimelineIncident, by: LaneBy) -> Option<String> {
    match by {
        LaneBy::EventType => incident.event_type.clone(),
        LaneBy::Actor => incident.perpetrator_id.map(|id| id.to_string()),
        LaneBy::TargetType => incident.target_type.clone(),
        LaneBy::Place => incident.place_id.map(|id| id.to_string()),
    }
}

/// The lanes, in order (`None` is the lane of incidents without that field), and each
/// incident's lane index.
pub fn assign(incidents: &[TimelineIncident], by: LaneBy) -> (Vec<Option<String>>, Vec<usize>) {
    let keys: Vec<Option<String>> = incidents.iter().map(|i| key(i, by)).collect();
    let mut counts: HashMap<&Option<String>, usize> = HashMap::new();
    for k in &keys {
        *counts.entry(k).or_default() += 1;
    }
    let mut lanes: Vec<Option<String>> = counts.keys().map(|k| (*k).clone()).collect();
    // Busiest first; ties by name so the order is stable; unknown last.
    lanes.sort_by(|a, b| {
        (a.is_none(), std::cmp::Reverse(counts[a]), a).cmp(&(
            b.is_none(),
            std::cmp::Reverse(counts[b]),
            b,
        ))
    });
    let index: HashMap<&Option<String>, usize> =
        lanes.iter().enumerate().map(|(i, k)| (k, i)).collect();
    let assigned = keys.iter().map(|k| index[k]).collect();
    (lanes, assigned)
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::model::{IncidentId, Status};

    pub(crate) fn incident(day: i8, event_type: Option<&str>) -> TimelineIncident {
        TimelineIncident {
            incident_id: IncidentId::new(),
            date_start: jiff::civil::date(2020, 11, day),
            date_end: None,
            event_type: event_type.map(str::to_owned),
            target_type: None,
            perpetrator_id: None,
            place_id: None,
            launch_place_id: None,
            geo_precision: None,
            killed: None,
            wounded: None,
            status: Status::Draft,
            confidence: None,
            summary: String::new(),
            sources: 1,
            article_ids: Default::default(),
            proposed: false,
            best_reliability: None,
            best_credibility: None,
        }
    }

    #[test]
    fn busiest_lane_first_and_unknown_last() {
        let incidents = [
            incident(1, Some("riots")),
            incident(2, None),
            incident(3, Some("explosions")),
            incident(4, Some("explosions")),
        ];
        let (lanes, assigned) = assign(&incidents, LaneBy::EventType);
        assert_eq!(
            lanes,
            [
                Some("explosions".to_owned()),
                Some("riots".to_owned()),
                None
            ]
        );
        assert_eq!(assigned, [1, 2, 0, 0]);
    }

    #[test]
    fn no_incidents_no_lanes() {
        let (lanes, assigned) = assign(&[], LaneBy::Actor);
        assert!(lanes.is_empty() && assigned.is_empty());
    }
}
