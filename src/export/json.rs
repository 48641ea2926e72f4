//! The full-fidelity JSON: every record of the project, articles with their texts, as our own
//! model serialises it. It reads back into the same records ([`read`]) without loss.

use std::io::{Read, Write};

use serde::{Deserialize, Serialize};

use super::dataset::Dataset;
use crate::model::{Actor, Article, ContextEvent, Evidence, Incident, Place, Record, VocabTerm};

/// What the `format` field says, so a stray JSON file is recognised as not ours.
pub const FORMAT: &str = "spanline-project";
/// The version of this layout; a newer one is refused rather than half read.
pub const VERSION: u32 = 1;

#[derive(Clone, Serialize, Deserialize, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct ProjectDump {
    pub format: String,
    pub version: u32,
    pub terms: Vec<VocabTerm>,
    pub actors: Vec<Actor>,
    pub places: Vec<Place>,
    pub articles: Vec<Article>,
    pub context: Vec<ContextEvent>,
    pub incidents: Vec<Incident>,
    pub evidence: Vec<Evidence>,
}

impl ProjectDump {
    /// Copies of all records, in an order that never refers to a record not yet given: the
    /// codebook, articles and context, then incidents, then their evidence.
    pub fn records_in_order(&self) -> impl Iterator<Item = Record> + '_ {
        // An actor's parent comes before it.
        let mut actors: Vec<&Actor> = self.actors.iter().collect();
        actors.sort_by_key(|a| a.parent_id.is_some());
        self.terms
            .iter()
            .cloned()
            .map(Record::Term)
            .chain(actors.into_iter().cloned().map(Record::Actor))
            .chain(self.places.iter().cloned().map(Record::Place))
            .chain(
                self.articles
                    .iter()
                    .cloned()
                    .map(|a| Record::Article(Box::new(a))),
            )
            .chain(self.context.iter().cloned().map(Record::ContextEvent))
            .chain(
                self.incidents
                    .iter()
                    .cloned()
                    .map(|i| Record::Incident(Box::new(i))),
            )
            .chain(self.evidence.iter().cloned().map(Record::Evidence))
    }
}

impl From<Dataset> for ProjectDump {
    fn from(data: Dataset) -> Self {
        Self {
            format: FORMAT.to_owned(),
            version: VERSION,
            terms: data.terms,
            actors: data.actors,
            places: data.places,
            articles: data.articles,
            context: data.context,
            incidents: data.incidents,
            evidence: data.evidence,
        }
    }
}

pub fn write(out: impl Write, data: Dataset) -> serde_json::Result<()> {
    serde_json::to_writer_pretty(out, &ProjectDump::from(data))
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
pub fn read(input: impl Read) -> Result<ProjectDump, DumpError> {
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
    crate::merge::received::check(&dump)?;
    Ok(dump)
}
