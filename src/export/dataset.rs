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
    evidence_by_incident: HashMap<IncidentId, Vec<usize>>,
}

impl Dataset {
    /// Reads the project; `with_texts` also reads every article's full text.
    pub fn load(conn: &Connection, with_texts: bool) -> StoreResult<Self> {
        Ok(Self::new(
            vocab::all(conn)?,
            actors::all(conn)?,
            places::all(conn)?,
            articles::all(conn, with_texts)?,
            context::all(conn)?,
            incidents::all(conn)?,
            evidence::all(conn)?,
        ))
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
        let mut evidence_by_incident: HashMap<IncidentId, Vec<usize>> = HashMap::new();
        for (index, span) in evidence.iter().enumerate() {
            evidence_by_incident
                .entry(span.incident_id)
                .or_default()
                .push(index);
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
            evidence_by_incident,
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

    /// The spans supporting an incident.
    pub fn evidence_of(&self, id: IncidentId) -> impl Iterator<Item = &Evidence> {
        self.evidence_by_incident
            .get(&id)
            .into_iter()
            .flatten()
            .map(|&i| &self.evidence[i])
    }

    /// The articles supporting an incident, each once, in the order first cited.
    pub fn sources_of(&self, id: IncidentId) -> Vec<&Article> {
        let mut seen = Vec::new();
        for span in self.evidence_of(id) {
            if !seen.contains(&span.article_id) {
                seen.push(span.article_id);
            }
        }
        seen.into_iter().filter_map(|a| self.article(a)).collect()
    }
}
