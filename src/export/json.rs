//! The full-fidelity JSON: every record of the project, articles with their texts, as our own
//! model serialises it. It reads back into the same records ([`read`]) without loss.

use std::io::{Read, Write};

use serde::{Deserialize, Serialize};

use crate::model::{Actor, Article, ContextEvent, Evidence, Incident, Place, Snapshot, VocabTerm};

/// What the `format` field says, so a stray JSON file is recognised as not ours.
pub const FORMAT: &str = "spanline-project";
/// The version of this layout; a newer one is refused rather than half read.
pub const VERSION: u32 = 1;

/// The file's layout: the format and version, then the records.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
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

impl From<ProjectDump> for Snapshot {
    fn from(dump: ProjectDump) -> Self {
        Self {
            terms: dump.terms,
            actors: dump.actors,
            places: dump.places,
            articles: dump.articles,
            context: dump.context,
            incidents: dump.incidents,
            evidence: dump.evidence,
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

/// Reads a dump, refusing what is not one of ours, is newer than we understand, or breaks
/// the model's rules (see [`crate::merge::received`]).
pub fn read(input: impl Read) -> Result<Snapshot, DumpError> {
    let value: serde_json::Value =
        serde_json::from_reader(std::io::BufReader::new(input)).map_err(DumpError::NotJson)?;
    match (
        value.get("format").and_then(|f| f.as_str()),
        value.get("version").and_then(|v| v.as_u64()),
    ) {
        (Some(FORMAT), Some(version)) if version <= u64::from(VERSION) => {}
        (Some(FORMAT), Some(found)) => return Err(DumpError::Newer { found }),
        _ => return Err(DumpError::NotOurs),
    }
    let dump: ProjectDump = serde_json::from_value(value).map_err(DumpError::Invalid)?;
    let records = Snapshot::from(dump);
    crate::merge::received::check(&records)?;
    Ok(records)
}
