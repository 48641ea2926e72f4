//! Everything an export needs, read once, with the lookups every format shares.

use std::collections::HashMap;

use rusqlite::Connection;

use crate::model::spreadsheet::spreadsheet_safe;
use crate::model::{
    Actor, ActorId, Article, ArticleId, Incident, IncidentId, Place, PlaceId, Snapshot, Vocabulary,
};
use crate::store::error::StoreResult;
pub use crate::store::snapshot::Needs;
use crate::store::{evidence, snapshot};

/// A whole project in memory with the lookups every format shares. Reads as its
/// [`Snapshot`] (`data.incidents`, `data.actors` …).
pub struct Dataset {
    records: Snapshot,
    actor_index: HashMap<ActorId, usize>,
    place_index: HashMap<PlaceId, usize>,
    article_index: HashMap<ArticleId, usize>,
    /// The articles supporting each incident, in article order.
    sources: HashMap<IncidentId, Vec<ArticleId>>,
}

impl std::ops::Deref for Dataset {
    type Target = Snapshot;
    fn deref(&self) -> &Snapshot {
        &self.records
    }
}

impl Dataset {
    /// Reads the project's dataset, drafts not yet accepted left out, with what `needs` asks
    /// for.
    pub fn load(conn: &Connection, needs: Needs) -> StoreResult<Self> {
        let mut records = snapshot::read(conn, needs)?;
        // Drafts not yet accepted are not part of the dataset.
        let proposed: std::collections::HashSet<IncidentId> = records
            .incidents
            .iter()
            .filter(|i| crate::draft::proposed::is_proposed(i))
            .map(|i| i.incident_id)
            .collect();
        records
            .incidents
            .retain(|i| !proposed.contains(&i.incident_id));
        records
            .evidence
            .retain(|e| !proposed.contains(&e.incident_id));
        let mut data = Self::new(records);
        if !needs.evidence {
            for (incident_id, article_id) in evidence::sources(conn)? {
                if proposed.contains(&incident_id) {
                    continue;
                }
                let cited = data.sources.entry(incident_id).or_default();
                if !cited.contains(&article_id) {
                    cited.push(article_id);
                }
            }
            for cited in data.sources.values_mut() {
                cited.sort();
            }
        }
        Ok(data)
    }

    pub fn new(records: Snapshot) -> Self {
        let mut sources: HashMap<IncidentId, Vec<ArticleId>> = HashMap::new();
        for span in &records.evidence {
            let cited = sources.entry(span.incident_id).or_default();
            if !cited.contains(&span.article_id) {
                cited.push(span.article_id);
            }
        }
        fn index<K: std::hash::Hash + Eq>(ids: impl Iterator<Item = K>) -> HashMap<K, usize> {
            ids.enumerate().map(|(i, id)| (id, i)).collect()
        }
        Self {
            actor_index: index(records.actors.iter().map(|a| a.actor_id)),
            place_index: index(records.places.iter().map(|p| p.place_id)),
            article_index: index(records.articles.iter().map(|a| a.article_id)),
            sources,
            records,
        }
    }

    /// The records, for a format that writes them all.
    pub fn into_records(self) -> Snapshot {
        self.records
    }

    pub fn actor(&self, id: Option<ActorId>) -> Option<&Actor> {
        id.and_then(|id| self.actor_index.get(&id))
            .map(|&i| &self.actors[i])
    }

    pub fn place(&self, id: Option<PlaceId>) -> Option<&Place> {
        id.and_then(|id| self.place_index.get(&id))
            .map(|&i| &self.places[i])
    }

    pub fn article(&self, id: ArticleId) -> Option<&Article> {
        self.article_index.get(&id).map(|&i| &self.articles[i])
    }

    /// The label of a vocabulary key, or the key itself when the vocabulary lacks it.
    pub fn label<'a>(&'a self, vocabulary: Vocabulary, key: Option<&'a str>) -> Option<&'a str> {
        let key = key?;
        Some(
            self.terms
                .iter()
                .find(|t| t.vocabulary == vocabulary && t.key == key)
                .map_or(key, |t| t.label.as_str()),
        )
    }

    /// The articles supporting an incident, each once, in article order.
    pub fn sources_of(&self, id: IncidentId) -> Vec<&Article> {
        self.sources
            .get(&id)
            .into_iter()
            .flatten()
            .filter_map(|&a| self.article(a))
            .collect()
    }
}

/// Writes a CSV of `header` and one row per dated incident, made by `row`; returns how many
/// incidents were left out for having no date (the spreadsheet formats have no undated events).
pub fn write_dated_rows<const N: usize>(
    out: impl std::io::Write,
    header: [&str; N],
    data: &Dataset,
    mut row: impl FnMut(&Incident, jiff::civil::Date) -> [String; N],
) -> csv::Result<usize> {
    let mut writer = csv::Writer::from_writer(out);
    writer.write_record(header)?;
    let mut undated = 0;
    for incident in &data.incidents {
        match incident.date_start {
            Some(date) => writer.write_record(row(incident, date).map(spreadsheet_safe))?,
            None => undated += 1,
        }
    }
    writer.flush()?;
    Ok(undated)
}

/// A coordinate as the spreadsheets get it: four decimals (about 10 m), or empty.
pub fn coordinate(value: Option<f64>) -> String {
    value.map(|v| format!("{v:.4}")).unwrap_or_default()
}

/// A count, or empty when unknown.
pub fn count(value: Option<u32>) -> String {
    value.map(|v| v.to_string()).unwrap_or_default()
}
