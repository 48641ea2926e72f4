//! The project's lists that proposals, suggestions and the editor's pickers read, loaded once
//! per project (and after changes to them), never per frame.

use jiff::civil::Date;
use rusqlite::Connection;

use crate::model::{Actor, Place, VocabTerm, Vocabulary};
use crate::propose::Context;
use crate::store::{StoreResult, actors, places, vocab};

#[derive(Default, PartialEq)]
pub struct Codebook {
    pub actors: Vec<Actor>,
    pub places: Vec<Place>,
    pub terms: Vec<VocabTerm>,
    /// What drafting counts as in scope to be attacked, one word or phrase each.
    pub scope_targets: Vec<String>,
}

impl Codebook {
    pub fn load(conn: &Connection) -> StoreResult<Self> {
        let vocabularies = [
            Vocabulary::EventType,
            Vocabulary::SubType,
            Vocabulary::Weapon,
            Vocabulary::TargetType,
        ];
        Ok(Self {
            actors: actors::all(conn)?,
            places: places::all(conn)?,
            terms: vocabularies
                .into_iter()
                .map(|v| vocab::list(conn, v))
                .collect::<StoreResult<Vec<_>>>()?
                .concat(),
            scope_targets: crate::draft::scope::Scope::from_stored(
                crate::store::meta::get(conn, crate::draft::scope::SCOPE_KEY)?.as_deref(),
            )
            .targets,
        })
    }

    /// What proposals read, for an article dated `article_date`.
    pub fn context(&self, article_date: Option<Date>) -> Context<'_> {
        Context {
            article_date,
            actors: &self.actors,
            places: &self.places,
            terms: &self.terms,
            around: "",
        }
    }
}
