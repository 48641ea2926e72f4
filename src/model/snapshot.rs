//! A whole project in memory: every record, in plain lists. What exports write, what a merge
//! compares side by side, and what the JSON export carries.

use serde::{Deserialize, Serialize};

use super::{
    Actor, Article, ContextEvent, Evidence, Incident, Place, Record, RecordKey, VocabTerm,
};

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Snapshot {
    pub terms: Vec<VocabTerm>,
    pub actors: Vec<Actor>,
    pub places: Vec<Place>,
    /// With their texts unless read without them.
    pub articles: Vec<Article>,
    pub context: Vec<ContextEvent>,
    pub incidents: Vec<Incident>,
    pub evidence: Vec<Evidence>,
}

impl Snapshot {
    /// The key of every record, without copying any.
    pub fn keys(&self) -> impl Iterator<Item = RecordKey> + '_ {
        let terms = self.terms.iter().map(|t| RecordKey::Term(t.term_id));
        let actors = self.actors.iter().map(|a| RecordKey::Actor(a.actor_id));
        let places = self.places.iter().map(|p| RecordKey::Place(p.place_id));
        let articles = self
            .articles
            .iter()
            .map(|a| RecordKey::Article(a.article_id));
        let context = self
            .context
            .iter()
            .map(|c| RecordKey::ContextEvent(c.context_event_id));
        let incidents = self
            .incidents
            .iter()
            .map(|i| RecordKey::Incident(i.incident_id));
        let evidence = self
            .evidence
            .iter()
            .map(|e| RecordKey::Evidence(e.evidence_id));
        terms
            .chain(actors)
            .chain(places)
            .chain(articles)
            .chain(context)
            .chain(incidents)
            .chain(evidence)
    }

    /// Files `record` in the list of its kind.
    pub fn push(&mut self, record: Record) {
        match record {
            Record::Term(term) => self.terms.push(*term),
            Record::Actor(actor) => self.actors.push(*actor),
            Record::Place(place) => self.places.push(*place),
            Record::Article(article) => self.articles.push(*article),
            Record::ContextEvent(event) => self.context.push(*event),
            Record::Incident(incident) => self.incidents.push(*incident),
            Record::Evidence(evidence) => self.evidence.push(*evidence),
        }
    }

    /// Every record, moved out (in no particular order).
    pub fn into_records(self) -> impl Iterator<Item = Record> {
        self.terms
            .into_iter()
            .map(Record::from)
            .chain(self.actors.into_iter().map(Record::from))
            .chain(self.places.into_iter().map(Record::from))
            .chain(
                self.articles
                    .into_iter()
                    .map(|a| Record::Article(Box::new(a))),
            )
            .chain(self.context.into_iter().map(Record::from))
            .chain(
                self.incidents
                    .into_iter()
                    .map(|i| Record::Incident(Box::new(i))),
            )
            .chain(self.evidence.into_iter().map(Record::from))
    }

    /// [`Self::records_in_order`] without copying: the records themselves.
    pub fn into_records_in_order(mut self) -> impl Iterator<Item = Record> {
        // An actor's parent comes before it (a stable sort keeps the rest in order).
        self.actors.sort_by_key(|a| a.parent_id.is_some());
        self.into_records()
    }

    /// Copies of all records, in an order that never refers to a record not yet given: the
    /// codebook, articles and context, then incidents, then their evidence.
    pub fn records_in_order(&self) -> impl Iterator<Item = Record> + '_ {
        // An actor's parent comes before it.
        let mut actors: Vec<&Actor> = self.actors.iter().collect();
        actors.sort_by_key(|a| a.parent_id.is_some());
        self.terms
            .iter()
            .cloned()
            .map(Record::from)
            .chain(actors.into_iter().cloned().map(Record::from))
            .chain(self.places.iter().cloned().map(Record::from))
            .chain(
                self.articles
                    .iter()
                    .cloned()
                    .map(|a| Record::Article(Box::new(a))),
            )
            .chain(self.context.iter().cloned().map(Record::from))
            .chain(
                self.incidents
                    .iter()
                    .cloned()
                    .map(|i| Record::Incident(Box::new(i))),
            )
            .chain(self.evidence.iter().cloned().map(Record::from))
    }
}
