//! UCDP GED-style CSV: the GED columns our codebook can fill, one row per dated incident.

use std::io::Write;

use super::dataset::{Dataset, Rows};
use super::pipeline::{Failure, Received};
use crate::model::{DatePrecision, Incident};

pub const HEADER: [&str; 21] = [
    "id",
    "year",
    "side_a",
    "source_article",
    "source_headline",
    "number_of_sources",
    "where_prec",
    "where_coordinates",
    "adm_1",
    "latitude",
    "longitude",
    "geom_wkt",
    "country",
    "date_start",
    "date_end",
    "date_prec",
    "best",
    "low",
    "high",
    "event_clarity",
    "notes",
];

/// GED columns left out, and why.
pub const NOT_MAPPED: &[(&str, &str)] = &[
    ("relid", "UCDP's own release id"),
    (
        "type_of_violence",
        "needs UCDP's conflict classification of the dyad",
    ),
    (
        "conflict_new_id, conflict_name, dyad_new_id, dyad_name",
        "UCDP conflict and dyad registers",
    ),
    (
        "side_a_new_id, side_b_new_id, side_b",
        "UCDP actor register; we code the target as a category, not an actor",
    ),
    (
        "country_id, region",
        "Gleditsch–Ward country codes and UCDP regions",
    ),
    ("priogrid_gid", "PRIO-GRID cell"),
    ("adm_2", "the gazetteer keeps admin1 only"),
    (
        "deaths_a, deaths_b, deaths_civilians, deaths_unknown",
        "who was killed is free text (casualty detail)",
    ),
    ("code_status, active_year", "UCDP's own bookkeeping"),
];

/// GED `date_prec`: 1 exact day, 2 within 2–6 days, 3 a week, 4 a month, 5 a year.
fn date_prec(incident: &Incident) -> u8 {
    let days = match (incident.date_start, incident.date_end) {
        (Some(start), Some(end)) => (end - start).get_days(),
        _ => 0,
    };
    match incident.date_precision {
        Some(DatePrecision::Week) => 3,
        Some(DatePrecision::Month) => 4,
        Some(DatePrecision::Year) => 5,
        _ if days == 0 => 1,
        _ if days <= 6 => 2,
        _ if days <= 7 => 3,
        _ if days <= 31 => 4,
        _ => 5,
    }
}

/// Writes one row per dated incident; returns how many were written and
/// how many left out for having no date.
pub fn write(
    out: impl Write,
    data: &Dataset,
    incidents: &mut Received<Incident>,
) -> Result<Rows, Failure> {
    super::dataset::write_dated_rows(out, HEADER, incidents, |incident, start| {
        let place = data.place(incident.place_id);
        let sources = data.sources_of(incident.incident_id);
        let (latitude, longitude) = (
            place.and_then(|p| p.latitude),
            place.and_then(|p| p.longitude),
        );
        let killed = &incident.killed;
        [
            incident.incident_id.to_string(),
            start.year().to_string(),
            data.actor(incident.perpetrator_id)
                .map(|a| a.name.clone())
                .unwrap_or_default(),
            sources
                .iter()
                .map(|a| {
                    let date = a
                        .meta
                        .published
                        .map(|d| format!(" {d}"))
                        .unwrap_or_default();
                    format!(
                        "{}{date}",
                        a.meta.outlet.as_deref().unwrap_or("unknown outlet")
                    )
                })
                .collect::<Vec<_>>()
                .join(";"),
            sources
                .iter()
                .map(|a| a.meta.title.clone())
                .collect::<Vec<_>>()
                .join(";"),
            sources.len().to_string(),
            incident
                .geo_precision
                .or(place.and_then(|p| p.geo_precision))
                .map(|g| g.to_string())
                .unwrap_or_default(),
            place.map(|p| p.name.clone()).unwrap_or_default(),
            place.and_then(|p| p.admin1.clone()).unwrap_or_default(),
            super::dataset::coordinate(latitude),
            super::dataset::coordinate(longitude),
            match (latitude, longitude) {
                (Some(lat), Some(lon)) => format!("POINT ({lon:.4} {lat:.4})"),
                _ => String::new(),
            },
            place.and_then(|p| p.country.clone()).unwrap_or_default(),
            start.to_string(),
            incident.date_end.unwrap_or(start).to_string(),
            date_prec(incident).to_string(),
            super::dataset::count(killed.best.or(killed.low).or(killed.high)),
            super::dataset::count(killed.low.or(killed.best)),
            super::dataset::count(killed.high.or(killed.best)),
            // 1: the event is clearly defined; 2: an aggregate or summary report.
            if sources.is_empty() { "2" } else { "1" }.to_owned(),
            incident.summary.clone(),
        ]
    })
}
