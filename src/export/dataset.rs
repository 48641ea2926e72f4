//! What an export looks up, read once, and the incidents it writes, read as they are written.

use std::collections::HashMap;

use rusqlite::Connection;

use crate::model::spreadsheet::spreadsheet_safe;
use crate::model::{
    Actor, ActorId, Article, ArticleId, Evidence, Incident, IncidentId, Place, PlaceId, VocabTerm,
    Vocabulary,
};
use crate::store::error::StoreResult;
use crate::store::{actors, articles, evidence, incidents, places, vocab};

use super::pipeline::{Failure, Received};

/// What every format looks up while the incidents or spans stream past
/// ([`Dataset::each_incident`], [`Dataset::each_span`]): the vocabularies, actors, places and
/// articles (without their texts), and which articles support each incident.
pub struct Dataset {
    terms: Vec<VocabTerm>,
    actors: Vec<Actor>,
    places: Vec<Place>,
    articles: Vec<Article>,
    actor_index: HashMap<ActorId, usize>,
    place_index: HashMap<PlaceId, usize>,
    article_index: HashMap<ArticleId, usize>,
    /// The articles supporting each incident, in article order.
    sources: HashMap<IncidentId, Vec<ArticleId>>,
    /// Drafts not yet accepted: neither they nor their spans are part of the dataset.
    proposed: std::collections::HashSet<IncidentId>,
}

impl Dataset {
    /// Reads what the formats look up; the sources of drafts not yet accepted are left out,
    /// as the drafts are.
    pub fn load(conn: &Connection) -> StoreResult<Self> {
        let proposed = incidents::proposed_ids(conn)?;
        let mut sources = evidence::sources_by_incident(conn)?;
        sources.retain(|id, _| !proposed.contains(id));
        let actors = actors::all(conn)?;
        let places = places::all(conn)?;
        let articles = articles::all(conn, false)?;
        fn index<K: std::hash::Hash + Eq>(ids: impl Iterator<Item = K>) -> HashMap<K, usize> {
            ids.enumerate().map(|(i, id)| (id, i)).collect()
        }
        Ok(Self {
            terms: vocab::all(conn)?,
            actor_index: index(actors.iter().map(|a| a.actor_id)),
            place_index: index(places.iter().map(|p| p.place_id)),
            article_index: index(articles.iter().map(|a| a.article_id)),
            actors,
            places,
            articles,
            sources,
            proposed,
        })
    }

    /// Hands each incident of the dataset to `take` as it is read, in date order; drafts not
    /// yet accepted are not part of the dataset.
    pub fn each_incident(
        conn: &Connection,
        mut take: impl FnMut(Incident) -> StoreResult<()>,
    ) -> StoreResult<()> {
        incidents::each(conn, |incident| {
            if crate::draft::proposed::is_proposed(&incident) {
                Ok(())
            } else {
                take(incident)
            }
        })
    }

    /// Hands each span of the dataset to `take` as it is read, by article and text order;
    /// the spans of drafts not yet accepted are left out.
    pub fn each_span(
        &self,
        conn: &Connection,
        mut take: impl FnMut(Evidence) -> StoreResult<()>,
    ) -> StoreResult<()> {
        evidence::each(conn, |span| {
            if self.proposed.contains(&span.incident_id) {
                Ok(())
            } else {
                take(span)
            }
        })
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

/// How many incidents a format wrote, and how many it left out or wrote without something
/// (the spreadsheets leave out undated incidents; GeoJSON writes those without coordinates
/// with no geometry).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Rows {
    pub written: usize,
    pub left_out: usize,
}

/// Writes a CSV of `header` and one row per dated incident of `incidents`, made by `row`.
pub fn write_dated_rows<const N: usize>(
    out: impl std::io::Write,
    header: [&str; N],
    incidents: &mut Received<Incident>,
    mut row: impl FnMut(&Incident, jiff::civil::Date) -> [String; N],
) -> Result<Rows, Failure> {
    let mut writer = csv::Writer::from_writer(out);
    writer.write_record(header)?;
    let mut rows = Rows::default();
    incidents.each(|incident| {
        match incident.date_start {
            Some(date) => {
                writer.write_record(row(incident, date).map(spreadsheet_safe))?;
                rows.written += 1;
            }
            None => rows.left_out += 1,
        }
        Ok::<(), csv::Error>(())
    })?;
    writer.flush()?;
    Ok(rows)
}

/// A coordinate as the spreadsheets get it: four decimals (about 10 m), or empty.
pub fn coordinate(value: Option<f64>) -> String {
    value.map(|v| format!("{v:.4}")).unwrap_or_default()
}

/// A count, or empty when unknown.
pub fn count(value: Option<u32>) -> String {
    value.map(|v| v.to_string()).unwrap_or_default()
}
