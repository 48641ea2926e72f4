//! What a hostile-file campaign found (issue 11): a received project can never overwrite our
//! records, damage SQLite or our rules can find is found before anything is read from it, and
//! a project killed mid-write always reopens.

mod common;

use std::fs;
use std::path::{Path, PathBuf};

use common::{ANALYST, project_with_article};
use rusqlite::Connection;
use spanline::export::json::DumpError;
use spanline::merge::received::Refusal;
use spanline::merge::{self, Theirs};
use spanline::store::{Project, actors, places};

fn sample_copy(dir: &Path, name: &str) -> PathBuf {
    let path = dir.join(name);
    fs::copy("sample_db/spanline-sample.db", &path).expect("copy sample");
    path
}

/// Runs `sql` on `path` as someone crafting a file would, CHECK constraints switched off.
fn craft(path: &Path, sql: &str) {
    let conn = Connection::open(path).expect("opens");
    conn.execute_batch(&format!("PRAGMA ignore_check_constraints = 1; {sql}"))
        .expect("crafted");
}

/// Every spelling of `id` that a UUID parser reads as the same id.
fn other_spellings(id: uuid::Uuid) -> [String; 4] {
    [
        id.hyphenated().to_string().to_uppercase(),
        id.simple().to_string(),
        id.urn().to_string(),
        id.braced().to_string(),
    ]
}

#[test]
fn a_project_holding_one_of_our_ids_twice_in_any_spelling_is_refused_whole() {
    let dir = tempfile::tempdir().expect("temp dir");
    let ours_path = sample_copy(dir.path(), "mine.db");
    let mut ours = Project::open(&ours_path, ANALYST).expect("opens");
    let victim = actors::all(ours.conn()).expect("actors").remove(0);
    let before = common::dump(ours.conn());
    for (n, spelling) in other_spellings(victim.actor_id.0).into_iter().enumerate() {
        let theirs_path = sample_copy(dir.path(), &format!("theirs{n}.db"));
        craft(
            &theirs_path,
            &format!(
                "INSERT INTO actors (actor_id, name) VALUES ('{spelling}', 'Renamed by them');"
            ),
        );
        // The file itself is sound as SQLite sees it: the trap is in the ids.
        Project::check(&theirs_path).expect("passes the file checks");
        let theirs = Theirs::Project(merge::open_theirs(&theirs_path).expect("opens"));
        let refused = merge::prepare(&ours, &theirs).expect_err("planned anyway");
        assert!(
            matches!(
                refused,
                merge::MergeError::Refused(Refusal::DuplicateId { kind: "actor", .. })
            ),
            "{spelling}: {refused}"
        );
        // And through the command line, which must leave our file as it was.
        let output = std::process::Command::new(env!("CARGO_BIN_EXE_spanline"))
            .args([
                "merge",
                &ours_path.to_string_lossy(),
                &theirs_path.to_string_lossy(),
            ])
            .args(["--take", "theirs"])
            .output()
            .expect("runs");
        assert!(!output.status.success(), "{spelling}: the merge went ahead");
    }
    ours.wait_until_verified().expect("sound");
    assert_eq!(common::dump(ours.conn()), before, "our project changed");
}

#[test]
fn a_json_export_edited_to_repeat_an_id_is_refused() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = sample_copy(dir.path(), "mine.db");
    let project = Project::open(&path, ANALYST).expect("opens");
    let export = dir.path().join("export.json");
    spanline::export::export_project(project.conn(), spanline::export::Format::Json, &export)
        .expect("exported");
    let mut value: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(&export).expect("read")).expect("json");
    let mut twin = value["places"][0].clone();
    let id: uuid::Uuid = twin["place_id"]
        .as_str()
        .expect("an id")
        .parse()
        .expect("a uuid");
    twin["place_id"] = id.urn().to_string().into();
    twin["name"] = "Somewhere else".into();
    value["places"].as_array_mut().expect("a list").push(twin);
    let refused = spanline::export::json::read(value.to_string().as_bytes())
        .expect_err("a repeated id was read");
    assert!(
        matches!(
            refused,
            DumpError::Refused(Refusal::DuplicateId { kind: "place", .. })
        ),
        "{refused}"
    );
}

#[test]
fn two_of_their_records_named_like_one_of_ours_never_become_it() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut ours = Project::open(&sample_copy(dir.path(), "mine.db"), ANALYST).expect("opens");
    let theirs_path = dir.path().join("theirs.db");
    // Started apart: their default codebook matches ours by name only.
    let mut theirs = Project::create(&theirs_path, "ben").expect("created");
    let ours_before = actors::all(ours.conn()).expect("actors");
    let target = ours_before[0].clone();
    let shouted = spanline::model::Actor::named(target.name.to_uppercase());
    theirs
        .run(spanline::edit::Change::new(
            "add",
            vec![spanline::edit::Edit::Put(spanline::model::Record::from(
                shouted.clone(),
            ))],
        ))
        .expect("added");
    let mut same_name = spanline::model::Actor::named(format!("  {}  ", target.name));
    same_name.notes = Some("theirs".into());
    theirs
        .run(spanline::edit::Change::new(
            "add",
            vec![spanline::edit::Edit::Put(spanline::model::Record::from(
                same_name,
            ))],
        ))
        .expect("added");
    drop(theirs);
    let theirs = Theirs::Project(merge::open_theirs(&theirs_path).expect("opens"));
    let plan = merge::prepare(&ours, &theirs).expect("planned");
    merge::apply(&mut ours, plan, &[], &theirs, "merge").expect("merged");
    let after = actors::get(ours.conn(), target.actor_id)
        .expect("reads")
        .expect("our actor is still there");
    assert_eq!(after.name, target.name, "our actor was overwritten");
    let all = actors::all(ours.conn()).expect("actors");
    assert!(
        all.iter().any(|a| a.actor_id == shouted.actor_id),
        "the unmatched one was added under its own id"
    );
}

#[test]
fn values_our_rules_forbid_are_found_by_check_even_though_the_file_is_read_only() {
    let dir = tempfile::tempdir().expect("temp dir");
    for (n, sql) in [
        "UPDATE places SET latitude = 1000 WHERE rowid = (SELECT min(rowid) FROM places);",
        "UPDATE places SET longitude = 9e999 WHERE rowid = (SELECT min(rowid) FROM places);",
        "UPDATE incidents SET status = 'bogus' WHERE rowid = (SELECT min(rowid) FROM incidents);",
        "UPDATE evidence SET start_char = -4 WHERE rowid = (SELECT min(rowid) FROM evidence);",
        "UPDATE evidence SET end_char = start_char - 1 WHERE rowid = (SELECT min(rowid) FROM evidence);",
        "UPDATE articles SET reliability = 'Z' WHERE rowid = (SELECT min(rowid) FROM articles);",
        "UPDATE articles SET credibility = '7' WHERE rowid = (SELECT min(rowid) FROM articles);",
        "UPDATE articles SET published_guessed = 2 WHERE rowid = (SELECT min(rowid) FROM articles);",
    ]
    .into_iter()
    .enumerate()
    {
        let path = sample_copy(dir.path(), &format!("bad{n}.db"));
        craft(&path, sql);
        let bytes = fs::read(&path).expect("read");
        let refused = Project::check(&path).expect_err(sql);
        assert!(refused.to_string().contains("CHECK"), "{sql}: {refused}");
        assert!(merge::open_theirs(&path).is_err(), "{sql}: merge opened it");
        assert_eq!(fs::read(&path).expect("read"), bytes, "{sql}: the file changed");
    }
}

#[test]
fn a_merge_of_places_with_infinite_coordinates_is_refused_and_ours_keep_theirs() {
    let dir = tempfile::tempdir().expect("temp dir");
    let ours_path = sample_copy(dir.path(), "mine.db");
    let ours = Project::open(&ours_path, ANALYST).expect("opens");
    let before = places::all(ours.conn()).expect("places");
    // The JSON route has no SQLite constraint at all: the model's rules must hold it.
    let export = dir.path().join("export.json");
    spanline::export::export_project(ours.conn(), spanline::export::Format::Json, &export)
        .expect("exported");
    let text = fs::read_to_string(&export).expect("read");
    let mut value: serde_json::Value = serde_json::from_str(&text).expect("json");
    for place in value["places"].as_array_mut().expect("places") {
        place["latitude"] = 1e308.into();
    }
    let refused =
        spanline::export::json::read(value.to_string().as_bytes()).expect_err("read anyway");
    assert!(refused.to_string().contains("latitude"), "{refused}");
    assert_eq!(places::all(ours.conn()).expect("places"), before);
}

/// Flips one character of an id inside the leaf page of `index` that holds it, keeping the
/// page well formed.
fn flip_a_key_in_index(path: &Path, index: &str, key: &str) {
    let conn = Connection::open(path).expect("opens");
    let page_size: i64 = conn
        .query_row("PRAGMA page_size", [], |row| row.get(0))
        .expect("page size");
    let leaves: Vec<i64> = conn
        .prepare("SELECT pageno FROM dbstat WHERE name = ?1 AND pagetype = 'leaf'")
        .expect("dbstat")
        .query_map([index], |row| row.get(0))
        .expect("the index's pages")
        .collect::<Result<_, _>>()
        .expect("pages");
    drop(conn);
    let mut bytes = fs::read(path).expect("read");
    let page_size = usize::try_from(page_size).expect("fits");
    let flipped = leaves.iter().any(|&page| {
        let start = usize::try_from(page - 1).expect("fits") * page_size;
        let page = &mut bytes[start..start + page_size];
        assert_eq!(page[0], 0x0a, "an index leaf page");
        let Some(at) = page.windows(key.len()).position(|w| w == key.as_bytes()) else {
            return false;
        };
        page[at] = if page[at] == b'f' { b'e' } else { b'f' };
        true
    });
    assert!(flipped, "the key is in a leaf of {index}");
    fs::write(path, bytes).expect("written");
}

#[test]
fn one_flipped_byte_in_an_index_is_found_before_anything_is_read() {
    let mut fixture = project_with_article();
    let incident = fixture.new_incident("denied the attack");
    drop(fixture.project);
    flip_a_key_in_index(&fixture.path, "evidence_by_incident", &incident.to_string());
    let refused = Project::check(&fixture.path).expect_err("a damaged index passed");
    assert!(refused.to_string().contains("damaged"), "{refused}");
    assert!(merge::open_theirs(&fixture.path).is_err());
}

#[test]
fn an_export_waits_only_for_the_records_but_a_write_for_the_whole_file() {
    // Damage in the change log's half: the records (all an export reads) pass, a write waits
    // for the whole file and is refused.
    let mut fixture = project_with_article();
    let incident = fixture.new_incident("denied the attack");
    drop(fixture.project);
    flip_a_key_in_index(&fixture.path, "change_log_by_entity", &incident.to_string());
    let mut project = Project::open(&fixture.path, "reader").expect("opens");
    project
        .wait_until_records_verified()
        .expect("the records are sound");
    let refused = project
        .wait_until_verified()
        .expect_err("the change log's damage passed");
    assert!(refused.to_string().contains("damaged"), "{refused}");

    // Damage among the records: an export is refused too.
    let mut fixture = project_with_article();
    let incident = fixture.new_incident("denied the attack");
    drop(fixture.project);
    flip_a_key_in_index(&fixture.path, "evidence_by_incident", &incident.to_string());
    let mut project = Project::open(&fixture.path, "reader").expect("opens");
    let refused = project
        .wait_until_records_verified()
        .expect_err("a damaged index among the records passed");
    assert!(refused.to_string().contains("damaged"), "{refused}");
}

#[test]
fn an_index_named_like_sqlite_statistics_is_an_unexpected_schema() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = sample_copy(dir.path(), "stat.db");
    // SQLite reserves the name for itself; a crafted file renames an index behind its back.
    craft(
        &path,
        "CREATE INDEX zz_stat_x ON articles (title);
         PRAGMA writable_schema = ON;
         UPDATE sqlite_schema SET name = 'SQLITE_STAT_x', sql = replace(sql, 'zz_stat_x', 'SQLITE_STAT_x')
         WHERE name = 'zz_stat_x';",
    );
    let refused = Project::check(&path).expect_err("passed");
    assert!(refused.to_string().contains("SQLITE_STAT_x"), "{refused}");
    // The real statistics tables ANALYZE writes are still fine.
    let analysed = sample_copy(dir.path(), "analysed.db");
    craft(&analysed, "ANALYZE;");
    Project::check(&analysed).expect("ANALYZE's own tables pass");
}

/// A project in the middle of a large write: its file and its hot journal, as a kill -9
/// would leave them.
fn killed_mid_write(dir: &Path) -> (PathBuf, Vec<String>) {
    let original = sample_copy(dir, "live.db");
    let before = {
        let project = Project::open(&original, ANALYST).expect("opens");
        common::dump(project.conn())
    };
    let conn = Connection::open(&original).expect("opens");
    conn.execute_batch(
        "PRAGMA cache_size = 5; BEGIN IMMEDIATE;
         CREATE TABLE filler (x BLOB);
         WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 400)
         INSERT INTO filler SELECT zeroblob(3000) FROM n;",
    )
    .expect("a write under way");
    let killed = dir.join("killed.db");
    fs::copy(&original, &killed).expect("copy the file");
    let mut journal = original.into_os_string();
    journal.push("-journal");
    fs::copy(&journal, dir.join("killed.db-journal")).expect("copy the hot journal");
    drop(conn);
    (killed, before)
}

#[test]
fn a_project_killed_while_its_header_claims_pages_not_yet_written_reopens_whole() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (killed, before) = killed_mid_write(dir.path());
    // The header of the unfinished write claims more pages than the file has reached.
    let mut bytes = fs::read(&killed).expect("read");
    let page_size = u64::from(u16::from_be_bytes([bytes[16], bytes[17]]));
    let claimed = u32::try_from(bytes.len() as u64 / page_size + 50).expect("fits");
    bytes[28..32].copy_from_slice(&claimed.to_be_bytes());
    let counter = [bytes[24], bytes[25], bytes[26], bytes[27]];
    bytes[92..96].copy_from_slice(&counter);
    fs::write(&killed, bytes).expect("written");

    let project = Project::open(&killed, ANALYST).expect("the project reopens after the kill");
    assert_eq!(
        common::dump(project.conn()),
        before,
        "nothing committed was lost"
    );
    let sound: String = project
        .conn()
        .query_row("PRAGMA integrity_check", [], |row| row.get(0))
        .expect("checks");
    assert_eq!(sound, "ok");
}

#[test]
fn check_and_merge_never_change_a_received_file_with_an_unfinished_edit() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (killed, _) = killed_mid_write(dir.path());
    let journal = dir.path().join("killed.db-journal");
    let (bytes, journal_bytes) = (
        fs::read(&killed).expect("db"),
        fs::read(&journal).expect("journal"),
    );
    Project::check(&killed).expect("judged sound on a rolled-back copy");
    let refused = merge::open_theirs(&killed).expect_err("merged from a half-written file");
    assert!(
        matches!(refused, spanline::store::OpenError::UnfinishedEdit { .. }),
        "{refused}"
    );
    assert_eq!(fs::read(&killed).expect("db"), bytes, "the file changed");
    assert_eq!(
        fs::read(&journal).expect("journal"),
        journal_bytes,
        "its journal changed"
    );
}

#[test]
fn a_file_in_write_ahead_log_mode_is_refused_and_left_as_it_is() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = sample_copy(dir.path(), "wal.db");
    {
        let conn = Connection::open(&path).expect("opens");
        let mode: String = conn
            .query_row("PRAGMA journal_mode = WAL", [], |row| row.get(0))
            .expect("switches");
        assert_eq!(mode, "wal");
    }
    let bytes = fs::read(&path).expect("read");
    let refused = Project::check(&path).expect_err("a WAL file passed");
    assert!(refused.to_string().contains("write-ahead-log"), "{refused}");
    assert!(Project::open(&path, ANALYST).is_err());
    assert_eq!(fs::read(&path).expect("read"), bytes, "the file changed");
}

#[test]
fn a_command_whose_reader_went_away_ends_quietly_instead_of_panicking() {
    let dir = tempfile::tempdir().expect("temp dir");
    let copy = sample_copy(dir.path(), "sample.db");
    let (reader, writer) = std::io::pipe().expect("a pipe");
    drop(reader);
    let status = std::process::Command::new(env!("CARGO_BIN_EXE_spanline"))
        .arg("stats")
        .arg(&copy)
        .stdout(writer)
        .stderr(std::process::Stdio::piped())
        .output()
        .expect("runs");
    let stderr = String::from_utf8_lossy(&status.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert_eq!(status.status.code(), Some(0), "{stderr}");
}

/// A bounded, seeded fuzz run over the open-and-check path and the merge planner: hundreds of
/// mutated copies of the sample project (flipped bytes, overwritten runs, cut ends), each
/// refused with a message or opened, and planned against ours, without a panic. The seed is
/// the corpus: the same mutations every run.
#[test]
fn mutated_projects_are_refused_or_read_never_panicking() {
    let dir = tempfile::tempdir().expect("temp dir");
    let ours = Project::open(&sample_copy(dir.path(), "ours.db"), ANALYST).expect("opens");
    let sample = fs::read("sample_db/spanline-sample.db").expect("sample");
    let mut rng = fastrand::Rng::with_seed(0x5EED_F022);
    let (mut refused, mut opened) = (0, 0);
    for n in 0..200 {
        let mut bytes = sample.clone();
        for _ in 0..rng.usize(1..6) {
            let at = rng.usize(..bytes.len());
            match rng.u8(..4) {
                0 => bytes[at] ^= 1 << rng.u8(..8),
                1 => {
                    let end = (at + rng.usize(1..64)).min(bytes.len());
                    rng.fill(&mut bytes[at..end]);
                }
                2 if at > 100 => bytes.truncate(at),
                _ => bytes[at] = rng.u8(..),
            }
        }
        let path = dir.path().join(format!("mutant{n}.db"));
        fs::write(&path, &bytes).expect("written");
        match Project::check(&path) {
            Err(err) => {
                assert!(
                    err.to_string().contains("mutant"),
                    "{err} does not name the file"
                );
                refused += 1;
            }
            Ok(_) => {
                opened += 1;
                if let Ok(conn) = merge::open_theirs(&path) {
                    let _ = merge::prepare(&ours, &Theirs::Project(conn));
                }
            }
        }
        let _ = fs::remove_file(&path);
    }
    assert!(
        refused > 0 && refused + opened == 200,
        "{refused} refused, {opened} opened"
    );
}

#[test]
fn a_failed_restore_leaves_no_empty_project_behind() {
    let dir = tempfile::tempdir().expect("temp dir");
    let export = dir.path().join("broken.json");
    fs::write(
        &export,
        "{\"format\": \"spanline-project\", \"version\": 1, \"terms\": 5}",
    )
    .expect("written");
    let target = dir.path().join("restored.db");
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_spanline"))
        .arg("import")
        .arg(&target)
        .arg(&export)
        .output()
        .expect("runs");
    assert!(!output.status.success());
    assert!(!target.exists(), "an empty project was left behind");
}

#[test]
fn a_failed_import_of_any_kind_leaves_no_new_project_behind() {
    let dir = tempfile::tempdir().expect("temp dir");
    let binary = dir.path().join("binary.txt");
    fs::write(&binary, (0..=255u8).cycle().take(4096).collect::<Vec<u8>>()).expect("written");
    let table = dir.path().join("not-acled.csv");
    fs::write(&table, "a,b\n1,2\n").expect("written");
    for (name, input) in [("from-text.db", &binary), ("from-csv.db", &table)] {
        let target = dir.path().join(name);
        let output = std::process::Command::new(env!("CARGO_BIN_EXE_spanline"))
            .arg("import")
            .arg(&target)
            .arg(input)
            .output()
            .expect("runs");
        assert!(!output.status.success(), "{name}");
        assert!(!target.exists(), "{name}: a new project was left behind");
    }
}
