//! Adding a stream of new records in one transaction, as they arrive: how a JSON export is
//! restored into an empty project without holding the export in memory. All of it lands, or
//! none. Each record is logged as one change under one label, as a merge logs what it adds;
//! it is not an undo step, since the records are not kept (undoing a restore into an empty
//! project is deleting the file).

use rusqlite::Connection;

use super::error::{StoreError, StoreResult};
use super::{Project, change, change_log, records};
use crate::model::{ChangeId, Record, Stamp};

/// Writes records into the transaction [`Project::add_all`] opened.
pub struct Adder<'t> {
    conn: &'t Connection,
    log: change_log::Entry<'t>,
    added: usize,
}

impl Adder<'_> {
    /// Writes one new record, held to the rules every write keeps (a span must select its
    /// quote in its article, stored before it); a record whose id is already stored is refused,
    /// never written over. `logged` is the record as the log keeps it
    /// ([`change_log::logged_text`]), made by the caller (on another thread, for a restore).
    pub fn add(&mut self, record: &Record, logged: &str) -> StoreResult<()> {
        change::validate(self.conn, record)?;
        let key = record.key();
        let repeated = || {
            StoreError::Rejected(format!(
                "{} {} comes twice (perhaps spelt differently)",
                key.kind(),
                key.id_string()
            ))
        };
        // Incidents and spans, nearly all of a large project, are refused by their primary key;
        // the others are looked up first, since a repeated article text also breaks a unique
        // column and is told apart that way.
        let looked_up = !matches!(record, Record::Incident(_) | Record::Evidence(_));
        if looked_up && records::exists(self.conn, key)? {
            return Err(repeated());
        }
        records::insert_new(self.conn, record).map_err(|err| {
            if !looked_up && records::is_repeated(&err) {
                repeated()
            } else {
                err
            }
        })?;
        self.log.append(self.conn, key, Some(logged))?;
        self.added += 1;
        Ok(())
    }

    /// How many records were added so far.
    pub fn added(&self) -> usize {
        self.added
    }
}

impl Project {
    /// Whether the project holds no record at all, not even a vocabulary term.
    pub fn holds_no_records(&self) -> StoreResult<bool> {
        let terms: i64 = self
            .conn()
            .query_row("SELECT count(*) FROM vocab_terms", [], |row| row.get(0))?;
        Ok(terms == 0 && super::meta::counts(self.conn())? == super::meta::Counts::default())
    }

    /// Runs `fill`, which adds records through the [`Adder`] it is given, in one transaction:
    /// committed when `fill` returns `Ok`, rolled back when it fails. References between the
    /// records (an incident's place, a span's article) are checked at the end, so they may
    /// arrive in any order. A team project is refused: its server takes changes one at a time.
    pub fn add_all<T, E: From<StoreError>>(
        &mut self,
        label: &str,
        fill: impl FnOnce(&mut Adder) -> Result<T, E>,
    ) -> Result<T, E> {
        self.wait_until_verified()?;
        self.check_writable()?;
        let (conn, analyst, hook) = self.writing_parts();
        if hook.is_some() {
            return Err(StoreError::Rejected(
                "a team project takes records through its server, one change at a time".into(),
            )
            .into());
        }
        let stamp = Stamp::now(analyst);
        let _settings = BulkSettings::on(conn)?;
        // Unchecked: the settings guard holds the connection too (nothing else can, here).
        let tx = conn.unchecked_transaction().map_err(StoreError::from)?;
        tx.pragma_update(None, "defer_foreign_keys", true)
            .map_err(StoreError::from)?;
        let mut adder = Adder {
            conn: &tx,
            log: change_log::Entry::new(ChangeId::new(), &stamp, label),
            added: 0,
        };
        let filled = fill(&mut adder)?;
        tx.commit().map_err(|err| match err {
            rusqlite::Error::SqliteFailure(failure, _)
                if failure.extended_code == rusqlite::ffi::SQLITE_CONSTRAINT_FOREIGNKEY =>
            {
                StoreError::Rejected(
                    "a record refers to one that is not there (an incident's place or \
                     perpetrator, a span's article or incident)"
                        .into(),
                )
            }
            other => other.into(),
        })?;
        Ok(filled)
    }
}

/// Connection settings for one large transaction, put back as they were when dropped: a page
/// cache of fixed size large enough that index pages are not written out and read back again
/// for every few records, and each statement's undo pages kept in memory rather than written
/// to a temporary file and thrown away (a third of a restore's time went to both).
struct BulkSettings<'c> {
    conn: &'c Connection,
    cache_size: i64,
    temp_store: i64,
}

/// The page cache of a bulk write, in KiB (SQLite's negative `cache_size`).
const BULK_CACHE_KIB: i64 = 256 * 1024;

impl<'c> BulkSettings<'c> {
    fn on(conn: &'c Connection) -> StoreResult<Self> {
        let get = |pragma: &str| -> StoreResult<i64> {
            Ok(conn.query_row(&format!("PRAGMA {pragma}"), [], |row| row.get(0))?)
        };
        let before = Self {
            conn,
            cache_size: get("cache_size")?,
            temp_store: get("temp_store")?,
        };
        conn.pragma_update(None, "cache_size", -BULK_CACHE_KIB)?;
        conn.pragma_update(None, "temp_store", "MEMORY")?;
        Ok(before)
    }
}

impl Drop for BulkSettings<'_> {
    fn drop(&mut self) {
        // Only speed depends on these; a failure to put them back is not worth a panic.
        let _ = self.conn.pragma_update(None, "cache_size", self.cache_size);
        let _ = self.conn.pragma_update(None, "temp_store", self.temp_store);
    }
}
