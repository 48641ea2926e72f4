//! A team project: many analysts coding one live dataset on a PostgreSQL server, beside the
//! single-file project that stays the default for solo and offline work.
//!
//! A team project holds the same tables and rules as a project file ([`schema`]); a project
//! goes to the server ([`publish`]) and comes back as an offline copy ([`checkout`]) exactly,
//! following one description of its tables ([`tables`]). The server enforces who may do what
//! through PostgreSQL roles (`schema/roles.sql`). Credentials are PostgreSQL's own
//! ([`address`]); Spanline never writes a password.

pub mod address;
mod checkout;
mod error;
pub mod live;
mod password_file;
mod publish;
pub mod schema;
mod service_file;
pub mod tables;

pub use address::{Address, is_team_address};
pub use checkout::{LocalCopy, checkout};
pub use error::TeamError;
pub use live::{Listener, Permissions, Stale, TeamSession, TemporaryJoin, listen};
pub use publish::{Copied, publish};

/// How much the team project holds, counted on the server.
pub fn counts(
    client: &mut postgres::Client,
    address: &str,
) -> Result<crate::store::meta::Counts, TeamError> {
    schema::check(client, address)?;
    let row = client.query_one(
        "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM incidents),
                (SELECT count(*) FROM evidence), (SELECT count(*) FROM actors),
                (SELECT count(*) FROM places), (SELECT count(*) FROM context_events)",
        &[],
    )?;
    let count = |index: usize| -> Result<usize, TeamError> {
        let n: i64 = row.try_get(index)?;
        Ok(usize::try_from(n).unwrap_or(0))
    };
    Ok(crate::store::meta::Counts {
        articles: count(0)?,
        incidents: count(1)?,
        evidence: count(2)?,
        actors: count(3)?,
        places: count(4)?,
        context_events: count(5)?,
    })
}

/// The articles of the team project whose title or text hold every word of `words`, best
/// first, as (id, title): the server's own text search, folding as the project's search does.
pub fn search(
    client: &mut postgres::Client,
    address: &str,
    words: &str,
    limit: i64,
) -> Result<Vec<(crate::model::ArticleId, String)>, TeamError> {
    schema::check(client, address)?;
    let rows = client.query(
        "SELECT article_id, title FROM articles,
                plainto_tsquery('simple'::regconfig, spanline_fold($1)) AS query
         WHERE search_words @@ query
         ORDER BY ts_rank(search_words, query) DESC, article_seq
         LIMIT $2",
        &[&words, &limit],
    )?;
    let mut found = Vec::with_capacity(rows.len());
    for row in rows {
        let id: String = row.try_get(0)?;
        // A value from the server that is no article id is passed over.
        if let Ok(id) = id.parse() {
            found.push((id, row.try_get(1)?));
        }
    }
    Ok(found)
}
