//! The full-fidelity JSON: every record of the project, articles with their texts, as our own
//! model serialises it. It reads back into the same records ([`read`]) without loss.

use std::io::{Read, Write};
use std::ops::ControlFlow;

use serde::Serialize;
use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};

use crate::model::{
    Actor, Article, ContextEvent, Evidence, Incident, Place, Record, Snapshot, VocabTerm,
};

/// What the `format` field says, so a stray JSON file is recognised as not ours.
pub const FORMAT: &str = "spanline-project";
/// The version of this layout; a newer one is refused rather than half read.
pub const VERSION: u32 = 1;

/// The file's layout: the format and version, then the records.
#[derive(Serialize)]
struct ProjectDump {
    format: String,
    version: u32,
    terms: Vec<VocabTerm>,
    actors: Vec<Actor>,
    places: Vec<Place>,
    articles: Vec<Article>,
    context: Vec<ContextEvent>,
    incidents: Vec<Incident>,
    evidence: Vec<Evidence>,
}

impl From<Snapshot> for ProjectDump {
    fn from(records: Snapshot) -> Self {
        Self {
            format: FORMAT.to_owned(),
            version: VERSION,
            terms: records.terms,
            actors: records.actors,
            places: records.places,
            articles: records.articles,
            context: records.context,
            incidents: records.incidents,
            evidence: records.evidence,
        }
    }
}

/// Writes every record of `records` with the format and version that identify the file.
pub fn write(out: impl Write, records: Snapshot) -> serde_json::Result<()> {
    serde_json::to_writer_pretty(out, &ProjectDump::from(records))
}

/// Why a JSON file is not read as a project export.
#[derive(Debug, thiserror::Error)]
pub enum DumpError {
    #[error("not valid JSON: {0}")]
    NotJson(serde_json::Error),
    #[error("not a Spanline project export (no \"format\": \"spanline-project\")")]
    NotOurs,
    #[error("made by a newer Spanline (layout {found}; this one reads up to {VERSION})")]
    Newer { found: u64 },
    #[error("a Spanline export with invalid content: {0}")]
    Invalid(serde_json::Error),
    #[error("a Spanline export that is refused: {0}")]
    Refused(#[from] crate::merge::received::Refusal),
}

/// Reads a dump whole, refusing what is not one of ours, is newer than we understand, or breaks
/// the model's rules (see [`crate::merge::received`]).
pub fn read(input: impl Read) -> Result<Snapshot, DumpError> {
    let mut records = Snapshot::default();
    // Never asked to stop, so it reads to the end.
    let _read_whole = stream(input, |record| {
        records.push(record);
        ControlFlow::Continue(())
    })?;
    crate::merge::received::check(&records)?;
    Ok(records)
}

/// Reads a dump one record at a time, handing each to `each` as soon as it is read and held to
/// the rules a record keeps on its own, so that a file of any size is read in the memory of a
/// record; `each` stops the reading by returning `Break` (then so does this). Nothing is handed
/// over before the file has said it is ours: records that come before its format and version
/// (a file whose keys some tool sorted) are held until then, so only [`write`]'s own order is
/// read in bounded memory.
pub fn stream(
    input: impl Read,
    mut each: impl FnMut(Record) -> ControlFlow<()>,
) -> Result<ControlFlow<()>, DumpError> {
    // io::Read is asked for a byte at a time by serde_json: a large buffer keeps that cheap.
    let buffered = std::io::BufReader::with_capacity(1 << 20, input);
    let mut json = serde_json::Deserializer::from_reader(buffered);
    let mut reading = Reading {
        each: &mut each,
        identified: false,
        held: Vec::new(),
        stopped: None,
    };
    let read = json.deserialize_map(&mut reading).and_then(|()| json.end());
    match (read, reading.stopped) {
        (_, Some(Stop::Asked)) => Ok(ControlFlow::Break(())),
        (_, Some(Stop::Refused(why))) => Err(why),
        (Ok(()), None) => Ok(ControlFlow::Continue(())),
        (Err(err), None) => Err(match err.classify() {
            serde_json::error::Category::Data if reading.identified => DumpError::Invalid(err),
            serde_json::error::Category::Data => DumpError::NotOurs,
            _ => DumpError::NotJson(err),
        }),
    }
}

/// The record lists of the layout, in the order [`write`] puts them.
const LISTS: [&str; 7] = [
    "terms",
    "actors",
    "places",
    "articles",
    "context",
    "incidents",
    "evidence",
];

/// The state of a [`stream`]: where each record goes, and why the reading stopped when it was
/// not for the JSON itself.
struct Reading<'e> {
    each: &'e mut dyn FnMut(Record) -> ControlFlow<()>,
    /// The format and version were read and are ours.
    identified: bool,
    /// Records read before that, in order.
    held: Vec<Record>,
    stopped: Option<Stop>,
}

enum Stop {
    /// `each` asked to stop.
    Asked,
    Refused(DumpError),
}

/// What serde is told when we stop it; the reason is kept in [`Reading::stopped`].
const STOPPED: &str = "stopped";

impl Reading<'_> {
    fn stop<E: de::Error>(&mut self, why: Stop) -> Result<(), E> {
        self.stopped = Some(why);
        Err(E::custom(STOPPED))
    }

    fn take<E: de::Error>(&mut self, record: Record) -> Result<(), E> {
        if let Err(refusal) = crate::merge::received::check_alone(&record) {
            return self.stop(Stop::Refused(refusal.into()));
        }
        if !self.identified {
            self.held.push(record);
            return Ok(());
        }
        self.hand_over(record)
    }

    fn hand_over<E: de::Error>(&mut self, record: Record) -> Result<(), E> {
        match (self.each)(record) {
            ControlFlow::Continue(()) => Ok(()),
            ControlFlow::Break(()) => self.stop(Stop::Asked),
        }
    }

    /// Notes that the file is ours, and hands over what was held until then.
    fn identify<E: de::Error>(&mut self) -> Result<(), E> {
        self.identified = true;
        for record in std::mem::take(&mut self.held) {
            self.hand_over(record)?;
        }
        Ok(())
    }
}

impl<'de> Visitor<'de> for &mut Reading<'_> {
    type Value = ();

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a Spanline project export")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        let (mut format, mut version) = (false, false);
        let mut seen = [false; LISTS.len()];
        while let Some(key) = map.next_key::<String>()? {
            match key.as_str() {
                "format" => {
                    let value: serde_json::Value = map.next_value()?;
                    if value.as_str() != Some(FORMAT) {
                        return self.stop(Stop::Refused(DumpError::NotOurs));
                    }
                    format = true;
                }
                "version" => {
                    let value: serde_json::Value = map.next_value()?;
                    match value.as_u64() {
                        Some(found) if found > u64::from(VERSION) => {
                            return self.stop(Stop::Refused(DumpError::Newer { found }));
                        }
                        Some(_) => version = true,
                        None => return self.stop(Stop::Refused(DumpError::NotOurs)),
                    }
                }
                list => {
                    if format && version && !self.identified {
                        self.identify()?;
                    }
                    let Some(kind) = LISTS.iter().position(|l| *l == list) else {
                        if !self.identified {
                            // Something else's JSON ("type": "FeatureCollection"): said at once.
                            return self.stop(Stop::Refused(DumpError::NotOurs));
                        }
                        return Err(de::Error::unknown_field(list, &LISTS));
                    };
                    if std::mem::replace(&mut seen[kind], true) {
                        return Err(de::Error::duplicate_field(LISTS[kind]));
                    }
                    map.next_value_seed(List {
                        reading: &mut *self,
                        kind,
                    })?;
                }
            }
        }
        if !(format && version) {
            return self.stop(Stop::Refused(DumpError::NotOurs));
        }
        if !self.identified {
            // Every list came before the format and version: hand them over now.
            self.identify()?;
        }
        match seen.iter().position(|seen| !seen) {
            Some(missing) => Err(de::Error::missing_field(LISTS[missing])),
            None => Ok(()),
        }
    }
}

/// One of the record lists, each record handed over as it is read.
struct List<'r, 'e> {
    reading: &'r mut Reading<'e>,
    /// Its position in [`LISTS`].
    kind: usize,
}

impl<'de> DeserializeSeed<'de> for List<'_, '_> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_seq(self)
    }
}

impl<'de> Visitor<'de> for List<'_, '_> {
    type Value = ();

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        write!(f, "a list of {}", LISTS[self.kind])
    }

    fn visit_seq<S: SeqAccess<'de>>(self, mut seq: S) -> Result<(), S::Error> {
        loop {
            let record = match self.kind {
                0 => seq.next_element::<VocabTerm>()?.map(Record::Term),
                1 => seq.next_element::<Actor>()?.map(Record::Actor),
                2 => seq.next_element::<Place>()?.map(Record::Place),
                3 => seq
                    .next_element::<Article>()?
                    .map(|a| Record::Article(Box::new(a))),
                4 => seq
                    .next_element::<ContextEvent>()?
                    .map(Record::ContextEvent),
                5 => seq
                    .next_element::<Incident>()?
                    .map(|i| Record::Incident(Box::new(i))),
                _ => seq.next_element::<Evidence>()?.map(Record::Evidence),
            };
            match record {
                Some(record) => self.reading.take(record)?,
                None => return Ok(()),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn export_of(places: &[&str]) -> String {
        let records = Snapshot {
            places: places.iter().map(|n| Place::named(*n)).collect(),
            ..Snapshot::default()
        };
        let mut out = Vec::new();
        write(&mut out, records).expect("writes");
        String::from_utf8(out).expect("utf-8")
    }

    #[test]
    fn records_are_handed_over_one_by_one_and_the_reader_can_stop() {
        let text = export_of(&["Erbil", "Baghdad", "Tanf"]);
        let mut names = Vec::new();
        let read = stream(text.as_bytes(), |record| {
            if let Record::Place(place) = record {
                names.push(place.name);
            }
            if names.len() == 2 {
                ControlFlow::Break(())
            } else {
                ControlFlow::Continue(())
            }
        });
        assert!(matches!(read, Ok(ControlFlow::Break(()))));
        assert_eq!(names, ["Erbil", "Baghdad"]);
    }

    #[test]
    fn records_before_the_format_are_held_until_the_file_says_it_is_ours() {
        let place = r#"[{"place_id": "0190a3c4-0000-7000-8000-000000000001", "name": "Erbil",
                        "admin1": null, "country": null, "iso3": null, "latitude": null,
                        "longitude": null, "geo_precision": null, "aliases": [],
                        "notes": null}]"#;
        let lists = r#""actors": [], "articles": [], "context": [], "evidence": [],
                       "incidents": [], "terms": []"#;
        let sorted = format!(
            r#"{{{lists}, "format": "spanline-project", "places": {place}, "version": 1}}"#
        );
        let whole = read(sorted.as_bytes()).expect("keys in any order are read");
        assert_eq!(whole.places.len(), 1);
        let never_ours = format!(r#"{{{lists}, "places": {place}}}"#);
        let mut handed = 0;
        let streamed = stream(never_ours.as_bytes(), |_| {
            handed += 1;
            ControlFlow::Continue(())
        });
        assert!(
            matches!(streamed, Err(DumpError::NotOurs)),
            "{:?}",
            streamed.err()
        );
        assert_eq!(handed, 0, "nothing of a file that never says it is ours");
    }

    #[test]
    fn a_list_missing_or_given_twice_is_invalid() {
        let whole = export_of(&["Erbil"]);
        let without_evidence = whole.replace(",\n  \"evidence\": []", "");
        assert_ne!(without_evidence, whole, "the export ends with its evidence");
        let twice = whole.replace("\"evidence\": []", "\"evidence\": [], \"terms\": []");
        for text in [without_evidence, twice] {
            let read = read(text.as_bytes());
            assert!(matches!(read, Err(DumpError::Invalid(_))), "{text}");
        }
    }
}
