//! A `.db` someone sent is untrusted: each kind of bad file gets its own clear error, never a
//! panic, and is never written to.

mod common;

use std::fs;
use std::path::Path;

use common::{ANALYST, new_project};
use rusqlite::Connection;
use spanline::store::schema::{self, APPLICATION_ID, CURRENT_VERSION};
use spanline::store::{OpenError, Project};

/// Opens `path`, asserts the file is byte-for-byte unchanged and no side file appeared, and
/// returns the error.
fn refuse(path: &Path) -> OpenError {
    let before = fs::read(path).expect("file exists");
    let dir_before = fs::read_dir(path.parent().expect("has a parent"))
        .expect("lists")
        .count();
    let err = match Project::open(path, ANALYST) {
        Ok(_) => panic!("{} was opened", path.display()),
        Err(err) => err,
    };
    assert_eq!(
        fs::read(path).expect("file still exists"),
        before,
        "the file was changed"
    );
    let dir_after = fs::read_dir(path.parent().expect("has a parent"))
        .expect("lists")
        .count();
    assert_eq!(dir_before, dir_after, "a side file was left behind");
    assert!(Project::check(path).is_err(), "check agrees with open");
    err
}

/// A sound project with a little content, closed, as bytes on disk.
fn sound_project(dir: &Path) -> std::path::PathBuf {
    let (project, path) = new_project(dir);
    drop(project);
    path
}

#[test]
fn an_empty_file_is_refused() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("empty.db");
    fs::write(&path, b"").expect("written");
    assert!(matches!(refuse(&path), OpenError::Empty { .. }));
}

#[test]
fn a_text_file_is_not_sqlite() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("notes.db");
    fs::write(&path, "rockets hit the Green Zone\n".repeat(300)).expect("written");
    let err = refuse(&path);
    assert!(matches!(err, OpenError::NotSqlite { .. }));
    assert!(err.to_string().contains("not a SQLite database"));
}

#[test]
fn an_encrypted_database_is_not_readable_sqlite() {
    // SQLCipher and SEE encrypt the header too: the file looks like noise in 4 KiB pages.
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("encrypted.db");
    let mut state: u32 = 0x1234_5678;
    let noise: Vec<u8> = (0..4096 * 4)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 17;
            state ^= state << 5;
            state.to_le_bytes()[0]
        })
        .collect();
    fs::write(&path, noise).expect("written");
    let err = refuse(&path);
    assert!(err.to_string().contains("may be encrypted"), "{err}");
}

#[test]
fn a_truncated_project_is_refused_as_cut_short() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = sound_project(dir.path());
    let bytes = fs::read(&path).expect("reads");
    fs::write(&path, &bytes[..bytes.len() / 2]).expect("cut");
    assert!(matches!(refuse(&path), OpenError::Truncated { .. }));
    fs::write(&path, &bytes[..60]).expect("cut inside the header");
    assert!(matches!(refuse(&path), OpenError::Truncated { .. }));
}

#[test]
fn another_applications_sqlite_file_is_foreign() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("firefox-places.db");
    let conn = Connection::open(&path).expect("creates");
    conn.execute_batch("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT);")
        .expect("schema");
    drop(conn);
    let err = refuse(&path);
    assert!(matches!(err, OpenError::Foreign { found: 0, .. }), "{err}");
    assert!(err.to_string().contains("not a Spanline project"));
}

#[test]
fn a_project_from_a_newer_spanline_is_refused_untouched() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = sound_project(dir.path());
    let conn = Connection::open(&path).expect("opens");
    conn.pragma_update(None, "user_version", CURRENT_VERSION + 1)
        .expect("bumped");
    drop(conn);
    let err = refuse(&path);
    assert!(matches!(err, OpenError::Newer { .. }));
    assert!(err.to_string().contains("newer Spanline"), "{err}");
}

#[test]
fn a_project_with_an_added_trigger_is_refused_before_anything_runs() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = sound_project(dir.path());
    let conn = Connection::open(&path).expect("opens");
    conn.execute_batch(
        "CREATE TRIGGER steal AFTER INSERT ON incidents BEGIN
             INSERT INTO project_meta VALUES ('owned', 'yes');
         END;",
    )
    .expect("trigger added");
    drop(conn);
    let err = refuse(&path);
    assert!(matches!(err, OpenError::UnexpectedSchema { .. }));
    assert!(err.to_string().contains("trigger \"steal\""), "{err}");
}

#[test]
fn a_project_with_an_added_view_or_changed_table_is_refused() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = sound_project(dir.path());
    let conn = Connection::open(&path).expect("opens");
    conn.execute_batch("CREATE VIEW v AS SELECT load_extension('evil');")
        .expect("view added");
    drop(conn);
    assert!(matches!(refuse(&path), OpenError::UnexpectedSchema { .. }));

    let path = dir.path().join("altered.db");
    let conn = Connection::open(&path).expect("creates");
    conn.pragma_update(None, "application_id", APPLICATION_ID as i32)
        .expect("id");
    schema::migrate(&conn, 0, CURRENT_VERSION).expect("schema");
    conn.execute_batch("ALTER TABLE incidents ADD COLUMN payload TEXT;")
        .expect("altered");
    drop(conn);
    let err = refuse(&path);
    assert!(
        err.to_string().contains("a changed table \"incidents\""),
        "{err}"
    );
}

#[test]
fn a_project_with_damaged_pages_is_refused_as_damaged() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = sound_project(dir.path());
    let mut bytes = fs::read(&path).expect("reads");
    let page_size = 4096;
    // Scribble over every page but the first: the schema itself is unreadable.
    for page in bytes.chunks_mut(page_size).skip(1) {
        for byte in page.iter_mut().take(64) {
            *byte = 0xA5;
        }
    }
    fs::write(&path, &bytes).expect("damaged");
    let err = refuse(&path);
    assert!(
        matches!(
            err,
            OpenError::Corrupt { .. } | OpenError::UnexpectedSchema { .. }
        ),
        "{err:?}"
    );
}

#[test]
fn a_project_with_a_damaged_data_page_opens_read_only_and_is_never_written() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = sound_project(dir.path());
    let mut bytes = fs::read(&path).expect("reads");
    let page_size = 4096;
    let last_page = bytes.len() - page_size;
    for byte in &mut bytes[last_page..last_page + 12] {
        *byte = 0xA5;
    }
    fs::write(&path, &bytes).expect("damaged");
    assert!(
        Project::check(&path).is_err(),
        "the full check finds the damage"
    );

    let mut project = match Project::open(&path, ANALYST) {
        Ok(project) => project,
        Err(err) => {
            // Also right: the damage was found before the file opened.
            assert!(matches!(err, OpenError::Corrupt { .. }), "{err:?}");
            return;
        }
    };
    let err = project
        .wait_until_verified()
        .expect_err("the scan finds the damage");
    assert!(err.to_string().contains("is damaged"), "{err}");
    let edit = spanline::edit::commands::put_term(spanline::model::VocabTerm {
        term_id: spanline::model::TermId::new(),
        vocabulary: spanline::model::Vocabulary::Tag,
        key: "x".into(),
        label: "x".into(),
        parent_key: None,
        sort_order: 0,
    });
    assert!(project.run(edit).is_err(), "no write to a damaged file");
    drop(project);
    assert_eq!(
        fs::read(&path).expect("reads"),
        bytes,
        "the file was not changed"
    );
}

#[test]
fn a_project_with_invalid_values_reads_as_errors_not_panics() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = sound_project(dir.path());
    let conn = Connection::open(&path).expect("opens");
    conn.execute_batch(
        "INSERT INTO incidents (incident_id, date_start, summary, status, created_at, created_by,
                                updated_at, updated_by)
         VALUES ('not-a-uuid', '2020-02-31', 'x', 'draft', 'yesterday', 'a', 'now', 'a');",
    )
    .expect("bad row written by other means");
    drop(conn);
    let project = Project::open(&path, ANALYST).expect("the structure is sound");
    let err = spanline::store::incidents::page(project.conn(), 0, 50).expect_err("bad values");
    assert!(err.to_string().contains("invalid value"), "{err}");
}

#[test]
fn a_missing_file_and_an_existing_new_project_path_say_so() {
    let dir = tempfile::tempdir().expect("temp dir");
    let missing = dir.path().join("nope.db");
    assert!(matches!(
        Project::open(&missing, ANALYST),
        Err(OpenError::NotFound { .. })
    ));
    assert!(!missing.exists(), "opening never creates a file");
    let path = sound_project(dir.path());
    assert!(matches!(
        Project::create(&path, ANALYST),
        Err(OpenError::AlreadyExists { .. })
    ));
}

#[test]
fn an_older_project_is_upgraded_after_a_backup_copy() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("old.db");
    let conn = Connection::open(&path).expect("creates");
    conn.pragma_update(None, "application_id", APPLICATION_ID as i32)
        .expect("id");
    schema::migrate(&conn, 0, 1).expect("version 1");
    conn.execute_batch(
        "INSERT INTO articles (article_id, content_hash, title, source_format, text, char_count,
                               imported_at, imported_by)
         VALUES ('0190a3c4-0000-7000-8000-000000000001',
                 '5d41402abc4b2a76b9719d911017c592', 'Old', 'txt', 'rockets on Erbil', 16,
                 '2020-10-01T00:00:00Z', 'a');",
    )
    .expect("old content");
    drop(conn);
    let original = fs::read(&path).expect("reads");

    let project = Project::open(&path, ANALYST).expect("upgrades");
    let version: i64 = project
        .conn()
        .query_row("PRAGMA user_version", [], |row| row.get(0))
        .expect("version");
    assert_eq!(version, CURRENT_VERSION);
    let upgraded_schema =
        schema::difference_from_fresh(project.conn(), CURRENT_VERSION).expect("compares");
    assert_eq!(upgraded_schema, None);
    let hits =
        spanline::store::articles::search(project.conn(), "erbil", 10).expect("search works");
    assert_eq!(hits.len(), 1, "the upgrade indexed the existing article");
    let old = spanline::store::articles::all(project.conn(), false).expect("reads");
    let meta = &old[0].meta;
    assert_eq!(
        (meta.reliability, meta.credibility, meta.published_guessed),
        (None, None, false),
        "details added since version 1 start unset"
    );
    let backup = dir.path().join("old.v1-backup.db");
    assert_eq!(fs::read(&backup).expect("backup exists"), original);
}

#[test]
fn opening_and_closing_a_sound_project_changes_no_byte() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = sound_project(dir.path());
    let before = fs::read(&path).expect("reads");
    let project = Project::open(&path, ANALYST).expect("opens");
    spanline::store::incidents::page(project.conn(), 0, 50).expect("reads");
    drop(project);
    assert_eq!(fs::read(&path).expect("reads"), before);
    let side_files = fs::read_dir(dir.path()).expect("lists").count();
    assert_eq!(
        side_files, 1,
        "no journal or WAL file is left beside the project"
    );
}

#[test]
fn an_older_project_padded_to_a_huge_size_backs_up_only_its_pages() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("padded.db");
    let conn = Connection::open(&path).expect("creates");
    conn.pragma_update(None, "application_id", APPLICATION_ID as i32)
        .expect("id");
    schema::migrate(&conn, 0, 1).expect("version 1");
    drop(conn);
    let pages = fs::metadata(&path).expect("size").len();
    // Sparse: a gigabyte past the last page costs no disk here, but copying it would.
    let file = fs::OpenOptions::new()
        .write(true)
        .open(&path)
        .expect("opens");
    file.set_len(pages + (1 << 30)).expect("padded");
    drop(file);
    Project::open(&path, ANALYST).expect("upgrades");
    let backup = dir.path().join("padded.v1-backup.db");
    assert_eq!(fs::metadata(&backup).expect("backup").len(), pages);
}

/// A sound project of the file format before this one, with one article, as someone sends it.
fn previous_format_project(path: &Path) {
    let conn = Connection::open(path).expect("creates");
    conn.pragma_update(None, "application_id", APPLICATION_ID as i32)
        .expect("id");
    schema::migrate(&conn, 0, CURRENT_VERSION - 1).expect("the previous version");
    let text = "rockets on Erbil";
    conn.execute(
        "INSERT INTO articles (article_id, content_hash, title, source_format, text, char_count,
                               imported_at, imported_by)
         VALUES ('0190a3c4-0000-7000-8000-000000000001', ?1, 'Old', 'txt', ?2, 16,
                 '2020-10-01T00:00:00Z', 'a')",
        (spanline::model::article::content_hash(text), text),
    )
    .expect("old content");
}

fn spanline(args: &[&std::ffi::OsStr]) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_spanline"))
        .args(args)
        .output()
        .expect("runs")
}

#[test]
fn a_received_project_of_the_previous_format_merges_and_compares_unchanged() {
    let dir = tempfile::tempdir().expect("temp dir");
    let theirs = dir.path().join("theirs.db");
    previous_format_project(&theirs);
    let sent = fs::read(&theirs).expect("reads");
    let ours = sound_project(dir.path());
    let merged = spanline(&["merge".as_ref(), ours.as_os_str(), theirs.as_os_str()]);
    assert!(
        merged.status.success(),
        "{}",
        String::from_utf8_lossy(&merged.stderr)
    );
    assert!(String::from_utf8_lossy(&merged.stdout).contains("merged: "));
    let compared = spanline(&["agreement".as_ref(), ours.as_os_str(), theirs.as_os_str()]);
    assert!(
        compared.status.success(),
        "{}",
        String::from_utf8_lossy(&compared.stderr)
    );
    assert_eq!(
        fs::read(&theirs).expect("reads"),
        sent,
        "theirs is only read"
    );
    let leftovers: Vec<_> = fs::read_dir(dir.path())
        .expect("lists")
        .map(|e| e.expect("entry").file_name())
        .collect();
    assert_eq!(
        leftovers.len(),
        2,
        "no backup or copy beside theirs: {leftovers:?}"
    );
    let project = Project::open(&ours, ANALYST).expect("opens");
    let titles: Vec<String> = spanline::store::articles::all(project.conn(), false)
        .expect("articles")
        .into_iter()
        .map(|a| a.meta.title)
        .collect();
    assert!(titles.contains(&"Old".to_owned()), "{titles:?}");
}

#[test]
fn check_reads_every_value_the_other_commands_rely_on() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = sound_project(dir.path());
    let before = spanline(&["check".as_ref(), path.as_os_str()]);
    assert!(before.status.success());
    let conn = Connection::open(&path).expect("opens");
    conn.execute_batch(
        "INSERT INTO articles (article_id, content_hash, title, source_format, text, char_count,
                               imported_at, imported_by, published)
         VALUES ('0190a3c4-0000-7000-8000-000000000009',
                 '5d41402abc4b2a76b9719d911017c599', 'Bad date', 'txt', 'text', 4,
                 '2020-10-01T00:00:00Z', 'a', '2020-13-45');",
    )
    .expect("a value Spanline never writes");
    drop(conn);
    let after = spanline(&["check".as_ref(), path.as_os_str()]);
    let said = String::from_utf8_lossy(&after.stderr);
    assert!(
        !after.status.success(),
        "an impossible date passed the check"
    );
    assert!(
        said.contains("2020-13-45") || said.contains("invalid value"),
        "{said}"
    );
}
