//! `spanline publish P.db postgres://…`: a project file put on the server exactly, every
//! record, offset and change-log entry, in one transaction (all of it lands, or none).

use postgres::binary_copy::BinaryCopyInWriter;
use rusqlite::Connection;

use super::TeamError;
use super::schema;
use super::tables::{Cell, Columns, TABLES};

/// How many rows of each table went to the server, in [`TABLES`] order.
pub type Copied = Vec<(&'static str, u64)>;

/// Copies the project `file` is open on into the empty team project the client is connected
/// to. `progress` hears of each table as it is done.
pub fn publish(
    file: &Connection,
    client: &mut postgres::Client,
    address: &str,
    mut progress: impl FnMut(&'static str, u64),
) -> Result<Copied, TeamError> {
    schema::check(client, address)?;
    let mut tx = client.transaction()?;
    refuse_unless_empty(&mut tx, address)?;
    let mut copied = Copied::new();
    for &table in TABLES {
        let columns = Columns::of(file, table)?;
        let rows = copy_table(file, &mut tx, &columns)?;
        progress(table, rows);
        copied.push((table, rows));
    }
    // Articles added later are numbered after the published ones.
    tx.execute(
        "SELECT setval(pg_get_serial_sequence('articles', 'article_seq'),
                       GREATEST((SELECT max(article_seq) FROM articles), 1))",
        &[],
    )?;
    tx.commit()?;
    Ok(copied)
}

fn refuse_unless_empty(tx: &mut postgres::Transaction<'_>, address: &str) -> Result<(), TeamError> {
    for &table in TABLES {
        let any: bool = tx
            .query_one(&format!("SELECT EXISTS (SELECT 1 FROM \"{table}\")"), &[])?
            .get(0);
        if any {
            return Err(TeamError::NotEmpty {
                address: address.to_owned(),
                what: format!("its {table} table has rows"),
            });
        }
    }
    Ok(())
}

/// Streams one table, in the order its rows were written, through the server's binary COPY.
fn copy_table(
    file: &Connection,
    tx: &mut postgres::Transaction<'_>,
    columns: &Columns,
) -> Result<u64, TeamError> {
    let list = columns.list();
    let table = columns.table;
    let sink = tx.copy_in(&format!("COPY \"{table}\" ({list}) FROM STDIN BINARY"))?;
    let types = columns.server_types();
    let mut writer = BinaryCopyInWriter::new(sink, &types);
    let mut stmt = file
        .prepare(&format!("SELECT {list} FROM \"{table}\" ORDER BY rowid"))
        .map_err(crate::store::StoreError::from)?;
    let mut rows = stmt.query([]).map_err(crate::store::StoreError::from)?;
    let mut cells: Vec<Cell> = Vec::with_capacity(columns.kinds.len());
    while let Some(row) = rows.next().map_err(crate::store::StoreError::from)? {
        cells.clear();
        for (index, &kind) in columns.kinds.iter().enumerate() {
            cells.push(Cell::from_file(row, index, kind).map_err(crate::store::StoreError::from)?);
        }
        let values: Vec<_> = cells.iter().map(Cell::as_server_value).collect();
        writer.write(&values)?;
    }
    Ok(writer.finish()?)
}
