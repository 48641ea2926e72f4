//! A whole project in memory: every record, in plain lists. What exports write, what a merge
//! compares side by side, and what the JSON export carries.

use serde::{Deserialize, Serialize};

use super::{Actor, Article, ContextEvent, Evidence, Incident, Place, Record, VocabTerm};

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
