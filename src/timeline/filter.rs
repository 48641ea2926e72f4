//! The filters the timeline and the lists share: a time range (dragged out on the timeline)
//! and the actor, event type, place, confidence and status the analyst picks, and an area
//! drawn on the map.

use jiff::civil::Date;

use std::collections::HashSet;

use crate::model::{
    ActorId, Confidence, Credibility, GeoBox, Place, PlaceId, Reliability, Status, TimelineIncident,
};

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Filters {
    /// Incidents whose dates touch `start..=end`.
    pub range: Option<(Date, Date)>,
    pub actor: Option<ActorId>,
    pub event_type: Option<String>,
    pub place: Option<PlaceId>,
    pub confidence: Option<Confidence>,
    pub status: Option<Status>,
    /// Incidents at the places inside a box drawn on the map.
    pub area: Option<AreaFilter>,
    /// Incidents with a source graded this reliable or better (B: A or B).
    pub reliability: Option<Reliability>,
    /// Incidents with a source whose information is graded this credible or better.
    pub credibility: Option<Credibility>,
    /// Drafts waiting for review only, or coded incidents only (no drafts).
    pub drafts: Option<Drafts>,
}

/// Which incidents the drafts filter lets through.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Drafts {
    /// Proposed incidents drafted by Spanline, not yet accepted.
    Only,
    /// Incidents coded or accepted: no drafts.
    Hidden,
}

impl Drafts {
    pub const ALL: [Drafts; 2] = [Drafts::Only, Drafts::Hidden];
}

impl std::fmt::Display for Drafts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Drafts::Only => "drafts only",
            Drafts::Hidden => "no drafts",
        })
    }
}

/// A box drawn on the map and the places inside it when it was drawn (the timeline's rows
/// know their place, not its coordinates).
#[derive(Clone, Debug, PartialEq)]
pub struct AreaFilter {
    pub bounds: GeoBox,
    pub places: HashSet<PlaceId>,
}

impl AreaFilter {
    /// The box `bounds` and the `places` with coordinates inside it.
    pub fn new(bounds: GeoBox, places: &[Place]) -> Self {
        let places = places
            .iter()
            .filter(|p| match (p.longitude, p.latitude) {
                (Some(lon), Some(lat)) => bounds.contains(lon, lat),
                _ => false,
            })
            .map(|p| p.place_id)
            .collect();
        Self { bounds, places }
    }
}

impl Filters {
    /// Whether any filter is set.
    pub fn active(&self) -> bool {
        *self != Filters::default()
    }

    pub fn matches(&self, incident: &TimelineIncident) -> bool {
        let end = incident.date_end.unwrap_or(incident.date_start);
        let in_range = self
            .range
            .is_none_or(|(from, to)| incident.date_start <= to && end >= from);
        in_range
            && self
                .actor
                .is_none_or(|a| incident.perpetrator_id == Some(a))
            && self
                .event_type
                .as_ref()
                .is_none_or(|t| incident.event_type.as_ref() == Some(t))
            && self.place.is_none_or(|p| incident.place_id == Some(p))
            && self
                .confidence
                .is_none_or(|c| incident.confidence == Some(c))
            && self.status.is_none_or(|s| incident.status == s)
            && self
                .area
                .as_ref()
                .is_none_or(|area| incident.place_id.is_some_and(|p| area.places.contains(&p)))
            && self
                .reliability
                .is_none_or(|worst| incident.best_reliability.is_some_and(|r| r <= worst))
            && self
                .credibility
                .is_none_or(|worst| incident.best_credibility.is_some_and(|c| c <= worst))
            && self.drafts.is_none_or(|drafts| match drafts {
                Drafts::Only => incident.proposed,
                Drafts::Hidden => !incident.proposed,
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::timeline::lanes::tests::incident;
    use jiff::civil::date;

    #[test]
    fn the_drafts_filter_lets_through_drafts_only_or_none() {
        let mut draft = incident(17, None);
        draft.proposed = true;
        let coded = incident(18, None);
        let only = Filters {
            drafts: Some(Drafts::Only),
            ..Filters::default()
        };
        let hidden = Filters {
            drafts: Some(Drafts::Hidden),
            ..Filters::default()
        };
        assert!(only.matches(&draft) && !only.matches(&coded));
        assert!(!hidden.matches(&draft) && hidden.matches(&coded));
    }

    #[test]
    fn no_filter_matches_everything() {
        assert!(!Filters::default().active());
        assert!(Filters::default().matches(&incident(17, None)));
    }

    #[test]
    fn a_range_keeps_incidents_whose_dates_touch_it() {
        let filters = Filters {
            range: Some((date(2020, 11, 10), date(2020, 11, 20))),
            ..Filters::default()
        };
        assert!(filters.matches(&incident(17, None)));
        assert!(!filters.matches(&incident(2, None)));
        let mut long = incident(1, None);
        long.date_end = Some(date(2020, 11, 12));
        assert!(
            filters.matches(&long),
            "a range reaching into the filter counts"
        );
    }

    #[test]
    fn field_filters_combine() {
        let mut reviewed = incident(17, Some("riots"));
        reviewed.status = Status::Reviewed;
        reviewed.confidence = Some(Confidence::High);
        let filters = Filters {
            event_type: Some("riots".into()),
            status: Some(Status::Reviewed),
            confidence: Some(Confidence::High),
            ..Filters::default()
        };
        assert!(filters.active());
        assert!(filters.matches(&reviewed));
        assert!(
            !filters.matches(&incident(17, Some("riots"))),
            "a draft is filtered out"
        );
        let graded = Filters {
            reliability: Some(Reliability::B),
            ..Filters::default()
        };
        assert!(
            !graded.matches(&reviewed),
            "an ungraded source never passes"
        );
        reviewed.best_reliability = Some(Reliability::A);
        assert!(graded.matches(&reviewed), "A is better than B");
        reviewed.best_reliability = Some(Reliability::C);
        assert!(!graded.matches(&reviewed));
        let credible = Filters {
            credibility: Some(Credibility::Probable),
            ..Filters::default()
        };
        reviewed.best_credibility = Some(Credibility::Confirmed);
        assert!(credible.matches(&reviewed));
        reviewed.best_credibility = Some(Credibility::Possible);
        assert!(!credible.matches(&reviewed));
        let other_actor = Filters {
            actor: Some(ActorId::new()),
            ..Filters::default()
        };
        assert!(!other_actor.matches(&reviewed));
    }
}
