//! Reading a whole project into a [`Snapshot`], with only the parts a reader needs.

use rusqlite::Connection;

use super::error::StoreResult;
use super::{actors, articles, context, evidence, incidents, places, vocab};
use crate::model::Snapshot;

/// What a reader needs beyond incidents and the codebook.
#[derive(Clone, Copy, Debug, Default)]
pub struct Needs {
    /// Every article's full text.
    pub texts: bool,
    /// The evidence spans themselves.
    pub evidence: bool,
}

impl Needs {
    /// Everything: what a merge compares and the JSON export writes.
    pub const ALL: Needs = Needs {
        texts: true,
        evidence: true,
    };
}

/// Every record of the project open on `conn`, the evidence in the order it was stored rather
/// than by article and offset: for readers that look records up by id (a merge), which then
/// read the table straight through instead of through an index (a third faster for spans).
pub fn read_in_any_order(conn: &Connection) -> StoreResult<Snapshot> {
    Ok(Snapshot {
        evidence: super::codec::gather(|take| evidence::each_as_stored(conn, take))?,
        ..read(
            conn,
            Needs {
                texts: true,
                evidence: false,
            },
        )?
    })
}

/// Every record of the project open on `conn`, with what `needs` asks for.
pub fn read(conn: &Connection, needs: Needs) -> StoreResult<Snapshot> {
    Ok(Snapshot {
        terms: vocab::all(conn)?,
        actors: actors::all(conn)?,
        places: places::all(conn)?,
        articles: articles::all(conn, needs.texts)?,
        context: context::all(conn)?,
        incidents: incidents::all(conn)?,
        evidence: if needs.evidence {
            evidence::all(conn)?
        } else {
            Vec::new()
        },
    })
}
