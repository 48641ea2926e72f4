//! ACLED-style CSV: the exact columns of ACLED's export, one row per dated incident.

use std::io::Write;

use super::dataset::{Dataset, Rows};
use super::pipeline::{Failure, Received};
use crate::model::{Actor, DatePrecision, Incident, Place, SourceScale, Vocabulary};

/// ACLED's columns, in ACLED's order (CODEBOOK.md).
pub const HEADER: [&str; 31] = [
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "civilian_targeting",
    "iso",
    "region",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "fatalities",
    "tags",
    "timestamp",
];

/// What ACLED needs that our codebook does not record, left empty.
pub const NOT_MAPPED: &[(&str, &str)] = &[
    (
        "actor2",
        "we code the target as a category and a name, not as an actor",
    ),
    ("assoc_actor_2", "as actor2"),
    ("inter2", "as actor2"),
    ("admin2, admin3", "the gazetteer keeps admin1 only"),
];

/// ACLED `source_scale` of an incident's sources: their scales in ACLED's order, joined as
/// ACLED joins them ("National-International"); empty when no source has one set.
fn source_scale(sources: &[&crate::model::Article]) -> String {
    let mut scales: Vec<SourceScale> = sources.iter().filter_map(|a| a.meta.scale).collect();
    scales.sort();
    scales.dedup();
    scales
        .iter()
        .map(|s| s.acled_name())
        .collect::<Vec<_>>()
        .join("-")
}

/// ACLED's disorder type from the event type: protests and violent demonstrations are
/// demonstrations, strategic developments are their own, the rest (and an uncoded event) is
/// political violence.
fn disorder_type(incident: &Incident) -> &'static str {
    match (incident.event_type.as_deref(), incident.sub_type.as_deref()) {
        (Some("protests"), _) | (_, Some("violent_demonstration")) => "Demonstrations",
        (Some("strategic_developments"), _) => "Strategic developments",
        _ => "Political violence",
    }
}

/// ACLED `time_precision`: 1 the day is known, 2 the week, 3 only the month (or less).
fn time_precision(incident: &Incident) -> u8 {
    match incident.date_precision {
        Some(DatePrecision::Day) => 1,
        Some(DatePrecision::Week) => 2,
        Some(DatePrecision::Month | DatePrecision::Year) => 3,
        None if incident.date_end.is_some() => 2,
        None => 1,
    }
}

/// ACLED `inter` code from our actor kind: 1 state forces, 3 political militias, 8 external.
fn inter(actor: &Actor) -> &'static str {
    match actor.kind.as_deref() {
        Some("state force") => "1",
        Some("external force") => "8",
        _ => "3",
    }
}

/// ACLED `geo_precision` (1 town, 2 near a town or part of a region, 3 region) from UCDP's
/// `where_prec` (1 exact … 7 country).
fn geo_precision(incident: &Incident, place: Option<&Place>) -> Option<u8> {
    let where_prec = incident.geo_precision.or(place?.geo_precision)?;
    Some(match where_prec {
        1 | 2 => 1,
        3 | 4 => 2,
        _ => 3,
    })
}

/// Writes one row per dated incident (ACLED has no undated events); returns how many
/// incidents were written and how many left out for having no date.
pub fn write(
    out: impl Write,
    data: &Dataset,
    incidents: &mut Received<Incident>,
) -> Result<Rows, Failure> {
    super::dataset::write_dated_rows(out, HEADER, incidents, |incident, date| {
        let place = data.place(incident.place_id);
        let iso3 = place.and_then(|p| p.iso3.as_deref()).unwrap_or("");
        // ACLED's own code, name and region for the country, so the rows merge with ACLED's.
        let acled_country = super::acled_countries::by_iso3(iso3);
        let actor = data.actor(incident.perpetrator_id);
        let parent = actor.and_then(|a| data.actor(a.parent_id));
        let actor1 = actor.map_or_else(
            || {
                let country = place
                    .and_then(|p| p.country.as_deref())
                    .unwrap_or("unknown");
                format!("Unidentified Armed Group ({country})")
            },
            |a| a.name.clone(),
        );
        let inter1 = actor.map_or("3", inter);
        let civilian = incident.target_type.as_deref() == Some("civilian_area");
        let sources = data.sources_of(incident.incident_id);
        let mut outlets: Vec<String> = Vec::new();
        for article in &sources {
            let name = article.meta.outlet.as_ref().unwrap_or(&article.meta.title);
            if !outlets.contains(name) {
                outlets.push(name.clone());
            }
        }
        let source = outlets.join("; ");
        let scale = source_scale(&sources);
        let notes = match &incident.casualty_detail {
            Some(detail) if !detail.is_empty() => format!("{} [{detail}]", incident.summary),
            _ => incident.summary.clone(),
        };
        [
            format!(
                "{}{}",
                if iso3.is_empty() { "XXX" } else { iso3 },
                incident.incident_id
            ),
            date.to_string(),
            date.year().to_string(),
            time_precision(incident).to_string(),
            disorder_type(incident).to_owned(),
            data.label(Vocabulary::EventType, incident.event_type.as_deref())
                .unwrap_or_default()
                .to_owned(),
            data.label(Vocabulary::SubType, incident.sub_type.as_deref())
                .unwrap_or_default()
                .to_owned(),
            actor1,
            parent.map(|p| p.name.clone()).unwrap_or_default(),
            inter1.to_owned(),
            if civilian {
                "Civilians".to_owned()
            } else {
                String::new()
            },
            String::new(),
            if civilian {
                "7".to_owned()
            } else {
                String::new()
            },
            if civilian {
                format!("{inter1}7")
            } else {
                String::new()
            },
            if civilian {
                "Civilian targeting".to_owned()
            } else {
                String::new()
            },
            acled_country
                .map(|c| c.iso_numeric.to_string())
                .unwrap_or_default(),
            acled_country
                .map(|c| c.region)
                .unwrap_or_default()
                .to_owned(),
            acled_country
                .map(|c| c.name.to_owned())
                .or_else(|| place.and_then(|p| p.country.clone()))
                .unwrap_or_default(),
            place.and_then(|p| p.admin1.clone()).unwrap_or_default(),
            String::new(),
            String::new(),
            place.map(|p| p.name.clone()).unwrap_or_default(),
            super::dataset::coordinate(place.and_then(|p| p.latitude)),
            super::dataset::coordinate(place.and_then(|p| p.longitude)),
            geo_precision(incident, place)
                .map(|g| g.to_string())
                .unwrap_or_default(),
            source,
            scale,
            notes,
            incident
                .killed
                .best
                .or(incident.killed.low)
                .unwrap_or(0)
                .to_string(),
            incident.tags.join("; "),
            incident.updated_at.as_second().to_string(),
        ]
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn coded(event_type: &str, sub_type: &str) -> Incident {
        let mut incident = Incident::new_draft("test", jiff::Timestamp::UNIX_EPOCH);
        incident.event_type = Some(event_type.to_owned());
        incident.sub_type = Some(sub_type.to_owned());
        incident
    }

    #[test]
    fn the_disorder_type_follows_acleds_event_types() {
        let cases = [
            (
                "explosions_remote_violence",
                "air_drone_strike",
                "Political violence",
            ),
            ("riots", "mob_violence", "Political violence"),
            ("riots", "violent_demonstration", "Demonstrations"),
            ("protests", "peaceful_protest", "Demonstrations"),
            (
                "strategic_developments",
                "disrupted_weapons_use",
                "Strategic developments",
            ),
        ];
        for (event_type, sub_type, disorder) in cases {
            assert_eq!(
                disorder_type(&coded(event_type, sub_type)),
                disorder,
                "{sub_type}"
            );
        }
        let uncoded = Incident::new_draft("test", jiff::Timestamp::UNIX_EPOCH);
        assert_eq!(disorder_type(&uncoded), "Political violence");
    }
}
