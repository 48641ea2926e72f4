//! Killing Spanline in the middle of writing loses at most the work in flight: the project
//! reopens sound, with whole articles only.

mod common;

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::ANALYST;
use spanline::store::{Project, meta};

#[test]
fn a_project_killed_mid_import_reopens_sound_with_whole_articles() {
    let dir = tempfile::tempdir().expect("temp dir");
    let project_path = dir.path().join("p.db");
    Project::create(&project_path, ANALYST).expect("created");
    let files: Vec<_> = (0..3_000)
        .map(|i| {
            let file = dir.path().join(format!("{i:04}.txt"));
            let body = format!("Report {i}\n\n{}END", "Rockets hit the base. ".repeat(400));
            std::fs::write(&file, body).expect("written");
            file
        })
        .collect();
    let mut child = Command::new(env!("CARGO_BIN_EXE_spanline"))
        .arg("import")
        .arg(&project_path)
        .args(&files)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("spanline starts");
    // Kill it as soon as it has committed something, while it is still writing.
    let started = Instant::now();
    loop {
        let committed = Project::check(&project_path).is_ok()
            && Project::open(&project_path, ANALYST)
                .ok()
                .and_then(|p| meta::counts(p.conn()).ok())
                .is_some_and(|c| c.articles > 0);
        let journal = dir.path().join("p.db-journal").exists();
        if committed && journal || started.elapsed() > Duration::from_secs(60) {
            break;
        }
        if child.try_wait().expect("waits").is_some() {
            break;
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    let _ = child.kill();
    let _ = child.wait();

    let project = Project::open(&project_path, ANALYST).expect("the project reopens after a kill");
    let counts = meta::counts(project.conn()).expect("counts");
    let whole: i64 = project
        .conn()
        .query_row(
            "SELECT count(*) FROM articles WHERE text LIKE '%END'",
            [],
            |row| row.get(0),
        )
        .expect("counts");
    assert_eq!(
        usize::try_from(whole).ok(),
        Some(counts.articles),
        "no article is cut short"
    );
    assert!(counts.articles < files.len(), "the import was interrupted");
}

#[test]
fn a_project_left_with_a_hot_journal_is_rolled_back_and_opens() {
    // A snapshot of a project and its journal taken mid-transaction is what a crash leaves.
    let dir = tempfile::tempdir().expect("temp dir");
    let live = dir.path().join("live.db");
    drop(Project::create(&live, ANALYST).expect("created"));
    let conn = rusqlite::Connection::open(&live).expect("opens");
    conn.execute_batch("PRAGMA cache_size = 1; BEGIN IMMEDIATE;")
        .expect("begins");
    for i in 0..2_000 {
        conn.execute(
            "INSERT INTO project_meta (key, value) VALUES (?1, ?2)",
            rusqlite::params![format!("k{i}"), "x".repeat(500)],
        )
        .expect("inserts");
    }
    let crashed = dir.path().join("crashed.db");
    std::fs::copy(&live, &crashed).expect("copies the db");
    std::fs::copy(
        dir.path().join("live.db-journal"),
        dir.path().join("crashed.db-journal"),
    )
    .expect("a journal exists mid-transaction");
    drop(conn);

    let project = Project::open(&crashed, ANALYST).expect("opens after rolling back");
    let rows: i64 = project
        .conn()
        .query_row(
            "SELECT count(*) FROM project_meta WHERE key LIKE 'k%'",
            [],
            |row| row.get(0),
        )
        .expect("counts");
    assert_eq!(rows, 0, "the unfinished transaction was rolled back");
    assert!(!dir.path().join("crashed.db-journal").exists());
}
