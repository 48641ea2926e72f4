//! Incidents from an ACLED-style CSV (ACLED's own exports, or ours): one draft incident per
//! row, actors, places and event types found by name or added, in one undoable step.
//! Rows are tagged `acled:<event_id_cnty>` so the same file imported twice adds nothing new.

use std::collections::HashMap;
use std::io::Read;

use crate::edit::{Change, Edit};
use crate::model::{
    Actor, ActorId, DatePrecision, Incident, Place, PlaceId, Record, Stamp, TermId, VocabTerm,
    Vocabulary,
};

/// What reading the file gave: the change to apply, and rows left out with why.
pub struct AcledImport {
    pub change: Change,
    pub incidents: usize,
    pub skipped: Vec<(usize, String)>,
}

/// What the project already has, to match names against.
pub struct Known {
    pub actors: Vec<Actor>,
    pub places: Vec<Place>,
    pub terms: Vec<VocabTerm>,
    /// Tags of incidents already in the project (`acled:…` ones matter).
    pub tags: std::collections::HashSet<String>,
}

impl Known {
    /// What the project open on `conn` knows.
    pub fn of(conn: &rusqlite::Connection) -> crate::store::error::StoreResult<Self> {
        use crate::store::{actors, incidents, places, vocab};
        Ok(Self {
            actors: actors::all(conn)?,
            places: places::all(conn)?,
            terms: vocab::all(conn)?,
            tags: incidents::all(conn)?
                .into_iter()
                .flat_map(|i| i.tags)
                .collect(),
        })
    }
}

fn key(text: &str) -> String {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// ACLED dates come as `2020-07-23` or, in older exports, `23 July 2020`.
fn parse_date(text: &str) -> Option<jiff::civil::Date> {
    let text = text.trim();
    text.parse()
        .ok()
        .or_else(|| jiff::civil::Date::strptime("%d %B %Y", text).ok())
}

/// Why a file is not read as ACLED-style CSV (bad rows are skipped and reported instead).
#[derive(Debug, thiserror::Error)]
pub enum AcledError {
    #[error("not a CSV file: {0}")]
    NotCsv(#[from] csv::Error),
    #[error("not an ACLED-style CSV: it has no event_date column")]
    NoEventDate,
}

/// Reads `input` as ACLED-style CSV against what the project knows.
pub fn read(input: impl Read, known: &Known, stamp: &Stamp) -> Result<AcledImport, AcledError> {
    let mut reader = csv::Reader::from_reader(input);
    let header = reader.headers()?.clone();
    let column = |name: &str| header.iter().position(|h| h.trim() == name);
    let Some(date_column) = column("event_date") else {
        return Err(AcledError::NoEventDate);
    };
    let columns: HashMap<&str, usize> = [
        "event_id_cnty",
        "time_precision",
        "event_type",
        "sub_event_type",
        "actor1",
        "civilian_targeting",
        "country",
        "admin1",
        "location",
        "latitude",
        "longitude",
        "source",
        "notes",
        "fatalities",
        "tags",
    ]
    .into_iter()
    .filter_map(|name| Some((name, column(name)?)))
    .collect();

    let mut actors: HashMap<String, ActorId> = HashMap::new();
    for actor in &known.actors {
        actors.insert(key(&actor.name), actor.actor_id);
        for alias in &actor.aliases {
            actors.entry(key(alias)).or_insert(actor.actor_id);
        }
    }
    let mut places: HashMap<String, PlaceId> = known
        .places
        .iter()
        .map(|p| (key(&p.name), p.place_id))
        .collect();
    let mut terms: HashMap<(Vocabulary, String), String> = known
        .terms
        .iter()
        .map(|t| ((t.vocabulary, key(&t.label)), t.key.clone()))
        .collect();
    let mut new_records: Vec<Record> = Vec::new();
    let mut incidents: Vec<Record> = Vec::new();
    let mut skipped = Vec::new();
    let mut seen_ids = known.tags.clone();

    for (index, row) in reader.records().enumerate() {
        let line = index + 2;
        let row = match row {
            Ok(row) => row,
            Err(err) => {
                skipped.push((line, format!("unreadable row: {err}")));
                continue;
            }
        };
        let get = |name: &str| {
            columns
                .get(name)
                .and_then(|&i| row.get(i))
                .map(str::trim)
                .filter(|v| !v.is_empty())
        };
        let Some(date) = row.get(date_column).and_then(parse_date) else {
            skipped.push((
                line,
                format!(
                    "no readable event_date ({:?})",
                    row.get(date_column).unwrap_or("")
                ),
            ));
            continue;
        };
        let tag = get("event_id_cnty").map(|id| format!("acled:{id}"));
        if let Some(tag) = &tag
            && !seen_ids.insert(tag.clone())
        {
            skipped.push((line, format!("{tag} is already in the project")));
            continue;
        }
        let mut incident = Incident::new_draft(&stamp.analyst, stamp.at);
        incident.date_start = Some(date);
        incident.date_precision = Some(match get("time_precision") {
            Some("2") => DatePrecision::Week,
            Some("3") => DatePrecision::Month,
            _ => DatePrecision::Day,
        });
        let mut term = |vocabulary: Vocabulary, label: Option<&str>| -> Option<String> {
            let label = label?;
            let found = terms.entry((vocabulary, key(label))).or_insert_with(|| {
                let new_key = key(label).replace(|c: char| !c.is_alphanumeric(), "_");
                new_records.push(Record::from(VocabTerm {
                    term_id: TermId::new(),
                    vocabulary,
                    key: new_key.clone(),
                    label: label.to_owned(),
                    parent_key: None,
                    sort_order: 100,
                }));
                new_key
            });
            Some(found.clone())
        };
        incident.event_type = term(Vocabulary::EventType, get("event_type"));
        incident.sub_type = term(Vocabulary::SubType, get("sub_event_type"));
        if let Some(name) = get("actor1").filter(|n| !n.starts_with("Unidentified")) {
            let id = *actors.entry(key(name)).or_insert_with(|| {
                let actor = Actor {
                    notes: Some("added by an ACLED import".to_owned()),
                    ..Actor::named(name)
                };
                let id = actor.actor_id;
                new_records.push(Record::from(actor));
                id
            });
            incident.perpetrator_id = Some(id);
        }
        if let Some(name) = get("location") {
            let number = |n: &str| {
                get(n)
                    .and_then(|v| v.parse::<f64>().ok())
                    .filter(|v| v.is_finite())
            };
            let id = *places.entry(key(name)).or_insert_with(|| {
                let place = Place {
                    admin1: get("admin1").map(str::to_owned),
                    country: get("country").map(str::to_owned),
                    latitude: number("latitude").filter(|v| (-90.0..=90.0).contains(v)),
                    longitude: number("longitude").filter(|v| (-180.0..=180.0).contains(v)),
                    notes: Some("added by an ACLED import".to_owned()),
                    ..Place::named(name)
                };
                let id = place.place_id;
                new_records.push(Record::from(place));
                id
            });
            incident.place_id = Some(id);
        }
        if get("civilian_targeting").is_some() {
            incident.target_type = Some("civilian_area".to_owned());
        }
        incident.killed.best = get("fatalities").and_then(|v| v.parse().ok());
        incident.summary = get("notes").unwrap_or("").to_owned();
        incident.notes = get("source").map_or(String::new(), |s| format!("Source: {s}"));
        incident.tags = get("tags")
            .map(|t| {
                t.split(';')
                    .map(|s| s.trim().to_owned())
                    .filter(|s| !s.is_empty())
                    .collect()
            })
            .unwrap_or_default();
        incident.tags.extend(tag);
        incidents.push(Record::Incident(Box::new(incident)));
    }
    let count = incidents.len();
    let edits = new_records
        .into_iter()
        .chain(incidents)
        .map(Edit::Put)
        .collect();
    Ok(AcledImport {
        change: Change::new("import ACLED CSV", edits),
        incidents: count,
        skipped,
    })
}
