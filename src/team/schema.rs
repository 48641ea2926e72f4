//! The team project's schema on the server: created once by `spanline team init`, and checked
//! before anything reads or writes it.

use postgres::GenericClient;

use super::TeamError;

/// The schema version this build creates and reads.
pub const VERSION: i64 = 1;

const TABLES: &str = include_str!("schema/v1.sql");
const ROLES: &str = include_str!("schema/roles.sql");

/// Creates the tables and the roles in the (empty) database the client is connected to, in
/// one transaction: a failure leaves the database as it was.
pub fn init(client: &mut postgres::Client, address: &str) -> Result<(), TeamError> {
    if found_version(client)?.is_some() {
        return Err(TeamError::AlreadyInitialised {
            address: address.to_owned(),
        });
    }
    let mut tx = client.transaction()?;
    tx.batch_execute(TABLES)?;
    tx.batch_execute(ROLES)?;
    tx.execute(
        "INSERT INTO team_meta (key, value) VALUES ('schema_version', $1)",
        &[&VERSION.to_string()],
    )?;
    tx.commit()?;
    Ok(())
}

/// Checks that the database holds a team project this build reads.
pub fn check(client: &mut impl GenericClient, address: &str) -> Result<(), TeamError> {
    match found_version(client)? {
        None => Err(TeamError::NotATeamProject {
            address: address.to_owned(),
        }),
        Some(found) if found > VERSION => Err(TeamError::NewerSchema {
            address: address.to_owned(),
            found,
            supported: VERSION,
        }),
        Some(_) => Ok(()),
    }
}

/// The schema version recorded in `team_meta`, `None` where there is no team project.
fn found_version(client: &mut impl GenericClient) -> Result<Option<i64>, TeamError> {
    let has_meta: bool = client
        .query_one("SELECT to_regclass('public.team_meta') IS NOT NULL", &[])?
        .get(0);
    if !has_meta {
        return Ok(None);
    }
    let row = client.query_opt(
        "SELECT value FROM team_meta WHERE key = 'schema_version'",
        &[],
    )?;
    let Some(row) = row else {
        return Ok(None);
    };
    let value: String = row.get(0);
    value
        .trim()
        .parse()
        .map(Some)
        .map_err(|_| TeamError::Server(format!("its schema version “{value}” is not a number")))
}
