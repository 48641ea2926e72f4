//! The rules every record from outside (a colleague's project, a JSON export) must keep before
//! any of it is written into ours: one record per id, and values the model allows.
//!
//! Ids are parsed into UUIDs when read, so `A1B2…`, `a1b2…` without hyphens, `urn:uuid:…` and
//! `{…}` are one id: two records that spell it differently are the same id twice, refused here
//! rather than written over each other (or over ours).

use std::collections::{HashMap, HashSet};

use crate::model::Snapshot;
use crate::model::{ArticleId, Estimate, Record, RecordKey, text};

/// Why a received file's records are refused, worded for the analyst.
#[derive(Debug, PartialEq, thiserror::Error)]
pub enum Refusal {
    #[error("it holds {kind} {id} twice (perhaps spelt differently)")]
    DuplicateId { kind: &'static str, id: String },
    #[error("{what} has an impossible value: {problem}")]
    InvalidValue { what: String, problem: String },
}

fn invalid(what: impl Into<String>, problem: impl Into<String>) -> Refusal {
    Refusal::InvalidValue {
        what: what.into(),
        problem: problem.into(),
    }
}

/// Checks every record of `dump` against the model's rules.
pub fn check(dump: &Snapshot) -> Result<(), Refusal> {
    let mut seen: HashSet<RecordKey> = HashSet::new();
    // Looked up once per span: a search through every article for each of millions of spans
    // took hours.
    let texts: HashMap<ArticleId, &str> = dump
        .articles
        .iter()
        .map(|a| (a.article_id, a.text.as_str()))
        .collect();
    for record in dump.records_in_order() {
        let key = record.key();
        if !seen.insert(key) {
            return Err(Refusal::DuplicateId {
                kind: key.kind(),
                id: key.id_string(),
            });
        }
        check_values(&record, &texts)?;
    }
    Ok(())
}

/// The rules one record keeps on its own; whether a span selects its quote is left to where its
/// article's text is at hand (the store checks it when the span is written).
pub fn check_alone(record: &Record) -> Result<(), Refusal> {
    check_values(record, &HashMap::new())
}

fn check_values(record: &Record, texts: &HashMap<ArticleId, &str>) -> Result<(), Refusal> {
    match record {
        Record::Place(place) => {
            let what = format!("place {:?}", place.name);
            check_coordinate(&what, "latitude", place.latitude, 90.0)?;
            check_coordinate(&what, "longitude", place.longitude, 180.0)?;
            check_precision(&what, place.geo_precision)
        }
        Record::Incident(incident) => {
            let what = format!("incident {}", incident.incident_id);
            if let (Some(start), Some(end)) = (incident.date_start, incident.date_end)
                && end < start
            {
                return Err(invalid(
                    what,
                    format!("it ends ({end}) before it starts ({start})"),
                ));
            }
            check_precision(&what, incident.geo_precision)?;
            for (field, count) in [
                ("munitions", incident.munitions),
                ("impacted", incident.impacted),
                ("intercepted", incident.intercepted),
                ("killed", incident.killed),
                ("wounded", incident.wounded),
            ] {
                check_estimate(&what, field, count)?;
            }
            Ok(())
        }
        Record::ContextEvent(event) => match event.date_end {
            Some(end) if end < event.date_start => Err(invalid(
                format!("context event {:?}", event.label),
                "it ends before it starts",
            )),
            _ => Ok(()),
        },
        Record::Evidence(evidence) => {
            let what = format!("evidence {}", evidence.evidence_id);
            if evidence.start >= evidence.end {
                return Err(invalid(
                    what,
                    format!(
                        "its span {}..{} is empty or reversed",
                        evidence.start, evidence.end
                    ),
                ));
            }
            // When the article comes along, the span must select exactly its quote.
            if let Some(article_text) = texts.get(&evidence.article_id) {
                let selected = text::char_slice(article_text, evidence.start, evidence.end);
                if selected != Some(evidence.quote.exact.as_str()) {
                    return Err(invalid(
                        what,
                        format!(
                            "the span {}..{} does not match its quote {:?}",
                            evidence.start, evidence.end, evidence.quote.exact
                        ),
                    ));
                }
            }
            Ok(())
        }
        Record::Article(_) | Record::Actor(_) | Record::Term(_) => Ok(()),
    }
}

fn check_coordinate(what: &str, name: &str, value: Option<f64>, limit: f64) -> Result<(), Refusal> {
    match value {
        Some(v) if !v.is_finite() || v.abs() > limit => Err(invalid(
            what,
            format!("its {name} {v} is not between -{limit} and {limit}"),
        )),
        _ => Ok(()),
    }
}

fn check_precision(what: &str, precision: Option<u8>) -> Result<(), Refusal> {
    match precision {
        Some(p) if !(1..=7).contains(&p) => Err(invalid(
            what,
            format!("its place precision {p} is not between 1 and 7"),
        )),
        _ => Ok(()),
    }
}

fn check_estimate(what: &str, field: &str, count: Estimate) -> Result<(), Refusal> {
    let stated: Vec<u32> = [count.low, count.best, count.high]
        .into_iter()
        .flatten()
        .collect();
    if stated.windows(2).any(|pair| pair[0] > pair[1]) {
        return Err(invalid(
            what,
            format!("its {field} count is not low ≤ best ≤ high"),
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Actor, Place};

    fn dump() -> Snapshot {
        Snapshot::default()
    }

    #[test]
    fn one_id_in_every_spelling_a_uuid_parser_accepts_is_one_id() {
        let first = Actor::named("Kata'ib Hezbollah");
        let hyphenated = first.actor_id.0.hyphenated().to_string();
        let spellings = [
            hyphenated.to_uppercase(),
            first.actor_id.0.simple().to_string(),
            first.actor_id.0.urn().to_string(),
            first.actor_id.0.braced().to_string().to_uppercase(),
        ];
        for spelling in spellings {
            let mut second = Actor::named("Renamed");
            second.actor_id = spelling.parse().expect("a UUID parser accepts it");
            let mut received = dump();
            received.actors = vec![first.clone(), second];
            assert!(
                matches!(
                    check(&received),
                    Err(Refusal::DuplicateId { kind: "actor", .. })
                ),
                "{spelling} was not seen as the same id"
            );
        }
    }

    #[test]
    fn coordinates_outside_the_globe_are_refused_and_missing_ones_are_fine() {
        for (latitude, longitude, ok) in [
            (Some(33.3), Some(44.4), true),
            (None, None, true),
            (Some(1000.0), Some(44.4), false),
            (Some(f64::INFINITY), Some(44.4), false),
            (Some(33.3), Some(f64::NEG_INFINITY), false),
            (Some(33.3), Some(-180.5), false),
            (Some(f64::NAN), None, false),
        ] {
            let mut place = Place::named("Baghdad");
            place.latitude = latitude;
            place.longitude = longitude;
            let mut received = dump();
            received.places = vec![place];
            assert_eq!(check(&received).is_ok(), ok, "{latitude:?} {longitude:?}");
        }
    }

    #[test]
    fn counts_must_be_ordered_low_best_high() {
        let mut incident = crate::model::Incident::new_draft("a", jiff::Timestamp::UNIX_EPOCH);
        incident.killed = Estimate {
            low: Some(5),
            best: Some(3),
            high: None,
        };
        let mut received = dump();
        received.incidents = vec![incident.clone()];
        assert!(check(&received).is_err());
        incident.killed = Estimate {
            low: Some(2),
            best: None,
            high: Some(3),
        };
        received.incidents = vec![incident];
        assert!(check(&received).is_ok());
    }
}
