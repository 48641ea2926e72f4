//! Opening, creating and upgrading project files.
//!
//! A `.db` may come from anyone, so opening is a sequence of checks, cheapest first, none of
//! which writes: the header must be SQLite's, the application id ours, the version one we know;
//! then, on a read-only and hardened connection, the schema must be exactly ours. Only then is
//! the file opened for writing (after a backup copy, when it needs an upgrade). SQLite's full
//! integrity scan reads the whole file, so it runs in the background (`verify_integrity`) and
//! [`super::Project`] holds every write until it has passed.
//!
//! Every connection is hardened the way SQLite's "defense against the dark arts" advises:
//! defensive mode, untrusted schema, and triggers and views switched off altogether, so that
//! even a check we got wrong could not let a file run code on our writes.

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

use rusqlite::config::DbConfig;
use rusqlite::{Connection, OpenFlags};

use super::error::{OpenError, StoreResult};
use super::schema::{self, APPLICATION_ID, CURRENT_VERSION};

const SQLITE_MAGIC: &[u8; 16] = b"SQLite format 3\0";
const HEADER_LEN: usize = 100;

/// What the 100-byte SQLite header says about a file.
#[derive(Debug)]
struct Header {
    page_size: u64,
    /// Pages the header claims, when that number is trustworthy.
    page_count: Option<u64>,
    user_version: i64,
    application_id: u32,
}

fn be_u32(bytes: &[u8], at: usize) -> u32 {
    let mut word = [0u8; 4];
    if let Some(slice) = bytes.get(at..at + 4) {
        word.copy_from_slice(slice);
    }
    u32::from_be_bytes(word)
}

fn read_header(path: &Path) -> Result<(Header, u64), OpenError> {
    let io_error = |source| OpenError::Io {
        path: path.to_owned(),
        source,
    };
    let mut file = fs::File::open(path).map_err(|source| match source.kind() {
        std::io::ErrorKind::NotFound => OpenError::NotFound {
            path: path.to_owned(),
        },
        _ => io_error(source),
    })?;
    let len = file.metadata().map_err(io_error)?.len();
    if len == 0 {
        return Err(OpenError::Empty {
            path: path.to_owned(),
        });
    }
    let mut bytes = Vec::with_capacity(HEADER_LEN);
    file.by_ref()
        .take(HEADER_LEN as u64)
        .read_to_end(&mut bytes)
        .map_err(io_error)?;
    if !bytes.starts_with(SQLITE_MAGIC) {
        return Err(OpenError::NotSqlite {
            path: path.to_owned(),
        });
    }
    if bytes.len() < HEADER_LEN {
        return Err(OpenError::Truncated {
            path: path.to_owned(),
            actual: len,
            expected: HEADER_LEN as u64,
        });
    }
    // Bytes 18 and 19 are 2 in write-ahead-log mode, which Spanline never uses: reading such a
    // file would fold its -wal into it, changing a file someone sent.
    if bytes[18] == 2 || bytes[19] == 2 {
        return Err(OpenError::UnexpectedSchema {
            path: path.to_owned(),
            detail: "it is in write-ahead-log mode, which Spanline never writes".to_owned(),
        });
    }
    let raw_page_size = u16::from_be_bytes([bytes[16], bytes[17]]);
    let page_size = if raw_page_size == 1 {
        65_536
    } else {
        u64::from(raw_page_size)
    };
    // The page count in the header is valid only when the change counter matches the
    // "version-valid-for" number (SQLite file format, section 1.3.7).
    let change_counter = be_u32(&bytes, 24);
    let page_count = (change_counter == be_u32(&bytes, 92) && change_counter != 0)
        .then(|| u64::from(be_u32(&bytes, 28)));
    let header = Header {
        page_size,
        page_count,
        user_version: i64::from(be_u32(&bytes, 60) as i32),
        application_id: be_u32(&bytes, 68),
    };
    Ok((header, len))
}

/// Switches off everything a hostile file could use to run code when we read or write it.
fn harden(conn: &Connection) -> rusqlite::Result<()> {
    conn.set_db_config(DbConfig::SQLITE_DBCONFIG_DEFENSIVE, true)?;
    conn.set_db_config(DbConfig::SQLITE_DBCONFIG_TRUSTED_SCHEMA, false)?;
    conn.set_db_config(DbConfig::SQLITE_DBCONFIG_ENABLE_TRIGGER, false)?;
    conn.set_db_config(DbConfig::SQLITE_DBCONFIG_ENABLE_VIEW, false)?;
    conn.pragma_update(None, "cell_size_check", true)?;
    conn.pragma_update(None, "mmap_size", 0)?;
    Ok(())
}

fn sqlite_error(path: &Path) -> impl Fn(rusqlite::Error) -> OpenError + '_ {
    move |source| match source.sqlite_error_code() {
        Some(rusqlite::ErrorCode::NotADatabase) => OpenError::NotSqlite {
            path: path.to_owned(),
        },
        Some(rusqlite::ErrorCode::DatabaseCorrupt) => OpenError::Corrupt {
            path: path.to_owned(),
            detail: source.to_string(),
        },
        _ => OpenError::Sqlite {
            path: path.to_owned(),
            source,
        },
    }
}

/// Checks what the header says: a complete SQLite file, ours, of a version we know.
fn check_header(path: &Path) -> Result<Header, OpenError> {
    let (header, len) = check_identity(path)?;
    if let Some(pages) = header.page_count {
        let expected = pages.saturating_mul(header.page_size);
        if len < expected {
            return Err(OpenError::Truncated {
                path: path.to_owned(),
                actual: len,
                expected,
            });
        }
    }
    Ok(header)
}

/// The part of [`check_header`] that holds even in the middle of an unfinished transaction:
/// SQLite's, ours, a version we know. (An edit killed mid-write can leave a header whose page
/// count the file does not reach yet; the journal's rollback puts that right.)
fn check_identity(path: &Path) -> Result<(Header, u64), OpenError> {
    let (header, len) = read_header(path)?;
    if header.application_id != APPLICATION_ID {
        return Err(OpenError::Foreign {
            path: path.to_owned(),
            found: header.application_id,
        });
    }
    if header.user_version > CURRENT_VERSION {
        return Err(OpenError::Newer {
            path: path.to_owned(),
            found: header.user_version,
            supported: CURRENT_VERSION,
        });
    }
    if header.user_version < 1 {
        return Err(OpenError::UnexpectedSchema {
            path: path.to_owned(),
            detail: format!(
                "its format version {} is not one Spanline ever wrote",
                header.user_version
            ),
        });
    }
    Ok((header, len))
}

/// A crash mid-edit leaves a "hot" journal beside the file, which a read-only connection cannot
/// roll back. Once the header says the file is ours, let SQLite's own recovery finish the job:
/// the first read on a writable connection restores the pages from before the unfinished edit.
fn journal_of(path: &Path) -> PathBuf {
    let mut journal = path.as_os_str().to_owned();
    journal.push("-journal");
    PathBuf::from(journal)
}

/// Whether a rollback journal lies beside the file: an edit that was cut short (or is under
/// way in another process).
fn has_journal(path: &Path) -> bool {
    fs::metadata(journal_of(path)).is_ok_and(|meta| meta.len() > 0)
}

fn recover_unfinished_transaction(path: &Path) -> Result<(), OpenError> {
    if !has_journal(path) {
        return Ok(());
    }
    let to_error = sqlite_error(path);
    let conn = connect_hardened(path, Access::ReadWrite)?;
    conn.query_row("SELECT count(*) FROM sqlite_schema", [], |row| {
        row.get::<_, i64>(0)
    })
    .map_err(&to_error)?;
    conn.close().map_err(|(_, err)| to_error(err))
}

#[derive(Clone, Copy)]
enum Access {
    ReadOnly,
    ReadWrite,
}

/// A hardened connection to an existing file (never creates one).
fn connect_hardened(path: &Path, access: Access) -> Result<Connection, OpenError> {
    let to_error = sqlite_error(path);
    let mode = match access {
        Access::ReadOnly => OpenFlags::SQLITE_OPEN_READ_ONLY,
        Access::ReadWrite => OpenFlags::SQLITE_OPEN_READ_WRITE,
    };
    let conn = Connection::open_with_flags(path, mode | OpenFlags::SQLITE_OPEN_NO_MUTEX)
        .map_err(&to_error)?;
    harden(&conn).map_err(&to_error)?;
    Ok(conn)
}

/// Runs the quick checks that need no write (bar finishing a crashed edit's rollback): header,
/// version and exact schema. Returns the file's schema version.
fn inspect(path: &Path) -> Result<i64, OpenError> {
    // Whether the file is complete can only be told once a crashed edit is rolled back.
    check_identity(path)?;
    recover_unfinished_transaction(path)?;
    let header = check_header(path)?;
    let conn = connect_hardened(path, Access::ReadOnly)?;
    check_schema(&conn, path, header.user_version)?;
    Ok(header.user_version)
}

/// The schema must be exactly ours at `version`.
fn check_schema(conn: &Connection, path: &Path, version: i64) -> Result<(), OpenError> {
    let to_error = sqlite_error(path);
    if let Some(detail) = schema::difference_from_fresh(conn, version).map_err(&to_error)? {
        return Err(OpenError::UnexpectedSchema {
            path: path.to_owned(),
            detail,
        });
    }
    Ok(())
}

/// The table of the change log: a record's history, which no export reads.
const HISTORY_TABLE: &str = "change_log";

/// SQLite's structural check of every page, every CHECK rule, and that every reference points
/// at a record. Reads the whole file, so [`super::Project::open`] runs it in the background.
/// The tables of the records come first: `records_sound` is called once they are found sound,
/// so an export (which reads nothing else) need not wait for the change log's half of the file.
fn check_integrity(
    conn: &Connection,
    path: &Path,
    records_sound: impl FnOnce(),
) -> Result<(), OpenError> {
    let to_error = sqlite_error(path);
    let corrupt = |detail: String| OpenError::Corrupt {
        path: path.to_owned(),
        detail,
    };
    let record_tables: Vec<String> = {
        let mut stmt = conn
            .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND rootpage > 0 AND name <> ?1")
            .map_err(&to_error)?;
        let rows = stmt
            .query_map([HISTORY_TABLE], |row| row.get(0))
            .map_err(&to_error)?;
        rows.collect::<Result<_, _>>().map_err(&to_error)?
    };
    for table in &record_tables {
        // A partial check: the table's pages and its indexes.
        structural_problems(conn, Some(table))
            .map_err(&to_error)?
            .map_or(Ok(()), |detail| Err(corrupt(detail)))?;
    }
    // SQLite skips CHECK constraints when it checks a read-only file, and every received
    // file is read only: test each of our schema's CHECK clauses ourselves.
    if let Some(broken) =
        schema::first_failed_check(conn, |table| table != HISTORY_TABLE).map_err(&to_error)?
    {
        return Err(corrupt(broken));
    }
    let dangling: Option<String> = conn
        .query_row("PRAGMA foreign_key_check", [], |row| row.get(0))
        .map(Some)
        .or_else(|err| match err {
            rusqlite::Error::QueryReturnedNoRows => Ok(None),
            other => Err(other),
        })
        .map_err(&to_error)?;
    if let Some(table) = dangling {
        return Err(corrupt(format!(
            "a row of {table} refers to a record that does not exist"
        )));
    }
    records_sound();
    // Then the whole file, which alone also finds a page that two tables claim or the free
    // list still holds (the partial checks above cannot), and the change log's rules.
    structural_problems(conn, None)
        .map_err(&to_error)?
        .map_or(Ok(()), |detail| Err(corrupt(detail)))?;
    if let Some(broken) =
        schema::first_failed_check(conn, |table| table == HISTORY_TABLE).map_err(&to_error)?
    {
        return Err(corrupt(broken));
    }
    Ok(())
}

/// SQLite's integrity check of one table and its indexes, or of the whole file: `None` when
/// sound, else the first problems it found.
fn structural_problems(conn: &Connection, table: Option<&str>) -> rusqlite::Result<Option<String>> {
    // integrity_check, not quick_check: it also finds an index that no longer matches
    // its table (one flipped byte), which a merge would otherwise read as data.
    let sql = match table {
        Some(table) => format!("PRAGMA integrity_check(\"{}\")", table.replace('"', "\"\"")),
        None => "PRAGMA integrity_check(5)".to_owned(),
    };
    let mut stmt = conn.prepare(&sql)?;
    let problems: Vec<String> = stmt
        .query_map([], |row| row.get(0))?
        .collect::<Result<_, _>>()?;
    Ok((problems != ["ok"]).then(|| problems.into_iter().take(5).collect::<Vec<_>>().join("; ")))
}

/// Connection settings for every writable project: rollback journal (so the `.db` alone is the
/// whole project after every commit, with no WAL side file), full sync, foreign keys enforced.
fn configure_for_writing(conn: &Connection) -> rusqlite::Result<()> {
    let mode: String = conn.query_row("PRAGMA journal_mode = DELETE", [], |row| row.get(0))?;
    debug_assert_eq!(mode, "delete");
    conn.pragma_update(None, "synchronous", "FULL")?;
    conn.pragma_update(None, "foreign_keys", true)?;
    conn.busy_timeout(std::time::Duration::from_secs(2))?;
    Ok(())
}

fn open_writable(path: &Path) -> Result<Connection, OpenError> {
    let conn = connect_hardened(path, Access::ReadWrite)?;
    configure_for_writing(&conn).map_err(sqlite_error(path))?;
    Ok(conn)
}

/// Copies the pages the header says the file has, and nothing after them: a file padded to
/// gigabytes (sparse, or with junk appended) backs up at its real size.
fn copy_pages(from: &Path, to: &Path) -> std::io::Result<u64> {
    let (header, len) = read_header(from).map_err(std::io::Error::other)?;
    let pages = header
        .page_count
        .map_or(len, |count| count.saturating_mul(header.page_size).min(len));
    let mut source = fs::File::open(from)?.take(pages);
    let mut target = fs::File::create(to)?;
    let copied = std::io::copy(&mut source, &mut target)?;
    target.sync_all()?;
    Ok(copied)
}

/// A free name beside `path` for the copy kept before an upgrade: `x.v1-backup.db`, `x.v1-backup-2.db` …
fn backup_path(path: &Path, version: i64) -> PathBuf {
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    (1..)
        .map(|n| {
            let suffix = if n == 1 {
                String::new()
            } else {
                format!("-{n}")
            };
            path.with_file_name(format!("{stem}.v{version}-backup{suffix}.db"))
        })
        .find(|candidate| !candidate.exists())
        .unwrap_or_else(|| path.with_extension("backup.db"))
}

/// Opens a project file for reading and writing, upgrading an older one after copying it aside.
pub fn open(path: &Path) -> Result<Connection, OpenError> {
    let version = inspect(path)?;
    if version < CURRENT_VERSION {
        verify_integrity(path, || ())?;
        let backup = backup_path(path, version);
        copy_pages(path, &backup).map_err(|source| OpenError::Io {
            path: backup.clone(),
            source,
        })?;
        let mut conn = open_writable(path)?;
        let mut upgrade = || -> rusqlite::Result<()> {
            let tx = conn.transaction()?;
            schema::migrate(&tx, version, CURRENT_VERSION)?;
            tx.commit()
        };
        upgrade().map_err(|err| OpenError::Migration {
            path: path.to_owned(),
            backup: backup.clone(),
            detail: err.to_string(),
        })?;
        check_schema(&conn, path, CURRENT_VERSION)?;
        return Ok(conn);
    }
    open_writable(path)
}

/// Creates a new, empty project file at `path` and runs `fill` in the same transaction. The file
/// is built under a temporary name and renamed into place, so a crash never leaves half a project.
pub fn create(
    path: &Path,
    fill: impl FnOnce(&rusqlite::Transaction<'_>) -> StoreResult<()>,
) -> Result<Connection, OpenError> {
    if path.exists() {
        return Err(OpenError::AlreadyExists {
            path: path.to_owned(),
        });
    }
    let file_name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let temp = path.with_file_name(format!(".{file_name}.creating"));
    let _ = fs::remove_file(&temp);
    let build = || -> StoreResult<()> {
        let mut conn = Connection::open(&temp)?;
        harden(&conn)?;
        configure_for_writing(&conn)?;
        conn.pragma_update(None, "application_id", APPLICATION_ID as i32)?;
        let tx = conn.transaction()?;
        schema::migrate(&tx, 0, CURRENT_VERSION)?;
        fill(&tx)?;
        tx.commit()?;
        conn.close().map_err(|(_, err)| err.into())
    };
    if let Err(err) = build() {
        let _ = fs::remove_file(&temp);
        return Err(OpenError::Create {
            path: path.to_owned(),
            detail: err.to_string(),
        });
    }
    fs::rename(&temp, path).map_err(|source| OpenError::Io {
        path: path.to_owned(),
        source,
    })?;
    open_writable(path)
}

/// The full integrity scan on its own read-only connection; `records_sound` is called once
/// the records' tables have passed (see [`check_integrity`]).
pub fn verify_integrity(path: &Path, records_sound: impl FnOnce()) -> Result<(), OpenError> {
    let conn = connect_hardened(path, Access::ReadOnly)?;
    check_integrity(&conn, path, records_sound)
}

/// A hardened read-only connection to a project already opened and checked by this session,
/// for reads off the UI thread (search).
pub fn open_reader(path: &Path) -> Result<Connection, OpenError> {
    connect_hardened(path, Access::ReadOnly)
}

/// Whether `path` holds a sound project this build can open, without changing it. A file with
/// an unfinished edit beside it is judged on a private copy of both, rolled back there as
/// opening would: the file itself is never touched.
pub fn check(path: &Path) -> Result<i64, OpenError> {
    if has_journal(path) {
        return check_a_copy(path);
    }
    let version = inspect(path)?;
    verify_integrity(path, || ())?;
    Ok(version)
}

/// A file someone sent, checked and then opened read-only. One with an unfinished edit beside
/// it is refused: rolling it back would change it.
pub fn open_foreign(path: &Path) -> Result<(rusqlite::Connection, i64), OpenError> {
    if has_journal(path) {
        return Err(OpenError::UnfinishedEdit {
            path: path.to_owned(),
        });
    }
    let version = check(path)?;
    let conn = if version < CURRENT_VERSION {
        upgraded_in_memory(path, version)?
    } else {
        open_reader(path)?
    };
    Ok((conn, version))
}

/// A sound project of an older file format someone sent, upgraded in a private copy held in
/// memory: read as the current format, while the file itself is never written.
fn upgraded_in_memory(path: &Path, version: i64) -> Result<Connection, OpenError> {
    let to_error = sqlite_error(path);
    let theirs = connect_hardened(path, Access::ReadOnly)?;
    let mut copy = Connection::open_in_memory().map_err(&to_error)?;
    harden(&copy).map_err(&to_error)?;
    rusqlite::backup::Backup::new(&theirs, &mut copy)
        .and_then(|backup| backup.run_to_completion(1024, std::time::Duration::ZERO, None))
        .map_err(&to_error)?;
    drop(theirs);
    let tx = copy.transaction().map_err(&to_error)?;
    let upgraded = schema::migrate(&tx, version, CURRENT_VERSION).and_then(|()| tx.commit());
    upgraded.map_err(|err| OpenError::Upgrade {
        path: path.to_owned(),
        version,
        detail: err.to_string(),
    })?;
    check_schema(&copy, path, CURRENT_VERSION)?;
    Ok(copy)
}

fn check_a_copy(path: &Path) -> Result<i64, OpenError> {
    static COPIES: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let n = COPIES.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let dir = std::env::temp_dir().join(format!("spanline-check-{}-{n}", std::process::id()));
    let copy = dir.join("project.db");
    let io = |source| OpenError::Io {
        path: path.to_owned(),
        source,
    };
    let result = fs::create_dir_all(&dir)
        .and_then(|()| fs::copy(path, &copy))
        .and_then(|_| fs::copy(journal_of(path), journal_of(&copy)))
        .map_err(io)
        .and_then(|_| {
            let version = inspect(&copy)?;
            verify_integrity(&copy, || ())?;
            Ok(version)
        })
        .map_err(|err| err.about(path));
    let _ = fs::remove_dir_all(&dir);
    result
}
