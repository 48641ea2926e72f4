//! The full-fidelity JSON: every record of the project, articles with their texts, as our own
//! model serialises it. It reads back into the same records ([`read`]) without loss.

use std::io::{Read, Write};
use std::ops::ControlFlow;

use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};

use crate::model::{
    Actor, Article, ContextEvent, Evidence, Incident, Place, Record, Snapshot, VocabTerm,
};

/// What the `format` field says, so a stray JSON file is recognised as not ours.
pub const FORMAT: &str = "spanline-project";
/// The version of this layout; a newer one is refused rather than half read.
pub const VERSION: u32 = 1;

/// Writes every record of `records` with the format and version that identify the file, as
/// [`write_project`] writes a project's.
#[cfg(test)]
fn write(out: impl Write, records: Snapshot) -> std::io::Result<()> {
    let mut writer = ProjectWriter::start(out)?;
    for record in records.into_records() {
        writer.put(&record)?;
    }
    writer.finish()
}

/// How many records of the kinds an export's summary names were written.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Written {
    pub incidents: usize,
    pub spans: usize,
}

/// Writes every record of the project open on `conn`, read a table at a time and handed over
/// in batches as it is read, so the file's size never has to fit in memory: SQLite's reading
/// on this thread, the JSON's writing on another (the two take about the same time).
pub fn write_project(
    conn: &rusqlite::Connection,
    out: impl Write + Send,
) -> Result<Written, super::pipeline::Failure> {
    super::pipeline::stream(
        "export writer",
        |take| read_in_order(conn, take),
        |mut records| {
            // serde_json writes a record in many small pieces: gathered before the file's own
            // (watched) writer sees them.
            let out = std::io::BufWriter::with_capacity(1 << 16, out);
            let mut writer = ProjectWriter::start(out)?;
            records.each(|record| writer.put(record))?;
            let written = writer.written;
            writer.finish()?;
            Ok(written)
        },
    )
}

/// Reads every record of the project in the layout's order, handing each to `take`.
fn read_in_order(
    conn: &rusqlite::Connection,
    take: &mut dyn FnMut(Record) -> crate::store::StoreResult<()>,
) -> crate::store::StoreResult<()> {
    use crate::store::{actors, articles, context, evidence, incidents, places, vocab};
    for term in vocab::all(conn)? {
        take(Record::from(term))?;
    }
    for actor in actors::all(conn)? {
        take(Record::from(actor))?;
    }
    for place in places::all(conn)? {
        take(Record::from(place))?;
    }
    articles::each(conn, true, |article| {
        take(Record::Article(Box::new(article)))
    })?;
    for event in context::all(conn)? {
        take(Record::from(event))?;
    }
    incidents::each(conn, |incident| take(Record::Incident(Box::new(incident))))?;
    evidence::each_as_stored(conn, |span| take(Record::from(span)))
}

/// The file's layout, written as records come: the format and version, then each list in
/// [`LISTS`]' order, one record to a line (compact within the line, so the file stays readable
/// line by line and a third smaller than indented JSON).
struct ProjectWriter<W: Write> {
    out: W,
    /// The list being written (its position in [`LISTS`]), and whether it has a record yet.
    list: Option<(usize, bool)>,
    written: Written,
}

impl<W: Write> ProjectWriter<W> {
    fn start(mut out: W) -> std::io::Result<Self> {
        write!(
            out,
            "{{\n  \"format\": \"{FORMAT}\",\n  \"version\": {VERSION}"
        )?;
        Ok(Self {
            out,
            list: None,
            written: Written::default(),
        })
    }

    /// Writes `record`; records come in the layout's order (a record of an earlier list after
    /// a later one would be misplaced, and is refused).
    fn put(&mut self, record: &Record) -> std::io::Result<()> {
        let kind = list_of(record);
        self.open_lists_up_to(kind)?;
        let first = matches!(self.list, Some((_, false)));
        self.out
            .write_all(if first { b"\n    " } else { b",\n    " })?;
        self.list = Some((kind, true));
        match record {
            Record::Term(term) => serde_json::to_writer(&mut self.out, term),
            Record::Actor(actor) => serde_json::to_writer(&mut self.out, actor),
            Record::Place(place) => serde_json::to_writer(&mut self.out, place),
            Record::Article(article) => serde_json::to_writer(&mut self.out, article),
            Record::ContextEvent(event) => serde_json::to_writer(&mut self.out, event),
            Record::Incident(incident) => {
                self.written.incidents += 1;
                serde_json::to_writer(&mut self.out, incident)
            }
            Record::Evidence(span) => {
                self.written.spans += 1;
                serde_json::to_writer(&mut self.out, span)
            }
        }
        .map_err(std::io::Error::from)
    }

    /// Closes the list being written and opens each after it up to `kind` (empty ones closed
    /// at once).
    fn open_lists_up_to(&mut self, kind: usize) -> std::io::Result<()> {
        let next = match self.list {
            Some((open, _)) if open == kind => return Ok(()),
            Some((open, _)) if open > kind => {
                return Err(std::io::Error::other(format!(
                    "a record of {} after the {}",
                    LISTS[kind], LISTS[open]
                )));
            }
            Some((open, had_records)) => {
                self.close_list(had_records)?;
                open + 1
            }
            None => 0,
        };
        for empty in &LISTS[next..kind] {
            write!(self.out, ",\n  \"{empty}\": []")?;
        }
        write!(self.out, ",\n  \"{}\": [", LISTS[kind])?;
        self.list = Some((kind, false));
        Ok(())
    }

    fn close_list(&mut self, had_records: bool) -> std::io::Result<()> {
        self.out
            .write_all(if had_records { b"\n  ]" } else { b"]" })
    }

    /// Closes what is open, writes every list still to come (empty) and the end of the file.
    fn finish(mut self) -> std::io::Result<()> {
        let next = match self.list {
            Some((open, had_records)) => {
                self.close_list(had_records)?;
                open + 1
            }
            None => 0,
        };
        for empty in &LISTS[next..] {
            write!(self.out, ",\n  \"{empty}\": []")?;
        }
        self.out.write_all(b"\n}\n")?;
        self.out.flush()
    }
}

/// The position in [`LISTS`] of the list `record` goes in.
fn list_of(record: &Record) -> usize {
    match record {
        Record::Term(_) => 0,
        Record::Actor(_) => 1,
        Record::Place(_) => 2,
        Record::Article(_) => 3,
        Record::ContextEvent(_) => 4,
        Record::Incident(_) => 5,
        Record::Evidence(_) => 6,
    }
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
                0 => seq.next_element::<VocabTerm>()?.map(Record::from),
                1 => seq.next_element::<Actor>()?.map(Record::from),
                2 => seq.next_element::<Place>()?.map(Record::from),
                3 => seq
                    .next_element::<Article>()?
                    .map(|a| Record::Article(Box::new(a))),
                4 => seq.next_element::<ContextEvent>()?.map(Record::from),
                5 => seq
                    .next_element::<Incident>()?
                    .map(|i| Record::Incident(Box::new(i))),
                _ => seq.next_element::<Evidence>()?.map(Record::from),
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
    fn each_record_is_one_line_and_reads_back() {
        let text = export_of(&["Erbil", "Baghdad"]);
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines[0], "{");
        assert!(lines.contains(&r#"  "terms": [],"#), "{text}");
        let place_lines = lines.iter().filter(|l| l.contains(r#""name":"#)).count();
        assert_eq!(place_lines, 2, "{text}");
        let read = read(text.as_bytes()).expect("reads back");
        let names: Vec<&str> = read.places.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["Erbil", "Baghdad"]);
    }

    #[test]
    fn a_record_of_an_earlier_list_is_refused() {
        let mut writer = ProjectWriter::start(Vec::new()).expect("starts");
        writer
            .put(&Record::from(Place::named("Erbil")))
            .expect("a place");
        let term = Record::from(VocabTerm {
            term_id: crate::model::TermId::new(),
            vocabulary: crate::model::Vocabulary::Weapon,
            key: "rocket".into(),
            label: "Rocket".into(),
            parent_key: None,
            sort_order: 0,
        });
        assert!(writer.put(&term).is_err(), "a term after the places");
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
