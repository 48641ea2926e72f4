//! Everything an export needs, read once, with the lookups every format shares.

use std::collections::HashMap;

use rusqlite::Connection;

use crate::model::{
    Actor, ActorId, Article, ArticleId, ContextEvent, Evidence, Incident, IncidentId, Place,
    PlaceId, VocabTerm, Vocabulary,
};
use crate::store::error::StoreResult;
use crate::store::{actors, articles, context, evidence, incidents, places, vocab};

/// A whole project in memory, as the exports read it.
pub struct Dataset {
    pub terms: Vec<VocabTerm>,
    pub actors: Vec<Actor>,
    pub places: Vec<Place>,
    /// With their texts only when the format needs them (see [`Dataset::load`]).
    pub articles: Vec<Article>,
    pub context: Vec<ContextEvent>,
    pub incidents: Vec<Incident>,
    pub evidence: Vec<Evidence>,
    actor_index: HashMap<ActorId, usize>,
    place_index: HashMap<PlaceId, usize>,
    article_index: HashMap<ArticleId, usize>,
    /// The articles supporting each incident, in article order.
    sources: HashMap<IncidentId, Vec<ArticleId>>,
}

/// What an export reads beyond incidents and the codebook.
#[derive(Clone, Copy, Debug, Default)]
pub struct Needs {
    /// Every article's full text.
    pub texts: bool,
    /// The evidence spans themselves (otherwise only which articles support which incident).
    pub evidence: bool,
}

impl Dataset {
    /// Reads the project, with what `needs` asks for.
    pub fn load(conn: &Connection, needs: Needs) -> StoreResult<Self> {
        let spans = if needs.evidence {
            evidence::all(conn)?
        } else {
            Vec::new()
        };
        let mut data = Self::new(
            vocab::all(conn)?,
            actors::all(conn)?,
            places::all(conn)?,
            articles::all(conn, needs.texts)?,
            context::all(conn)?,
            incidents::all(conn)?,
            spans,
        );
        if !needs.evidence {
            for (incident_id, article_id) in evidence::sources(conn)? {
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

    pub fn new(
        terms: Vec<VocabTerm>,
        actors: Vec<Actor>,
        places: Vec<Place>,
        articles: Vec<Article>,
        context: Vec<ContextEvent>,
        incidents: Vec<Incident>,
        evidence: Vec<Evidence>,
    ) -> Self {
        let mut sources: HashMap<IncidentId, Vec<ArticleId>> = HashMap::new();
        for span in &evidence {
            let cited = sources.entry(span.incident_id).or_default();
            if !cited.contains(&span.article_id) {
                cited.push(span.article_id);
            }
        }
        Self {
            actor_index: actors
                .iter()
                .enumerate()
                .map(|(i, a)| (a.actor_id, i))
                .collect(),
            place_index: places
                .iter()
                .enumerate()
                .map(|(i, p)| (p.place_id, i))
                .collect(),
            article_index: articles
                .iter()
                .enumerate()
                .map(|(i, a)| (a.article_id, i))
                .collect(),
            sources,
            terms,
            actors,
            places,
            articles,
            context,
            incidents,
            evidence,
        }
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
            Some(date) => writer.write_record(row(incident, date))?,
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
