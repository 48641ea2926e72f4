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

/// Every row of `before` is still in `after`.
fn kept(before: &[String], after: &[String]) -> bool {
    let after: std::collections::HashSet<&String> = after.iter().collect();
    before.iter().all(|row| after.contains(row))
}

/// A PDF report of `pages` pages, each forty lines of text.
fn pdf_report(number: usize, pages: usize) -> Vec<u8> {
    let lines: Vec<Vec<(i64, i64, String)>> = (0..pages)
        .map(|page| {
            (0..40)
                .map(|line| {
                    let text =
                        format!("PDF report {number}, page {page}: drones struck the base {line}.");
                    (72, 800 - 18 * line, text)
                })
                .collect()
        })
        .collect();
    let borrowed: Vec<Vec<(i64, i64, &str)>> = lines
        .iter()
        .map(|page| page.iter().map(|(x, y, t)| (*x, *y, t.as_str())).collect())
        .collect();
    common::pdf::pdf(&borrowed, None)
}

/// A soak of kill -9 at random moments across import (text and PDF), merge, copy and export:
/// after each, the project opens, passes SQLite's full integrity check and holds every record it
/// held before.
#[test]
fn kills_at_random_moments_never_lose_committed_work() {
    let dir = tempfile::tempdir().expect("temp dir");
    let project_path = dir.path().join("p.db");
    std::fs::copy("sample_db/spanline-sample.db", &project_path).expect("copy sample");
    let files: Vec<_> = (0..400)
        .map(|i| {
            let file = dir.path().join(format!("r{i:04}.txt"));
            let body = format!(
                "Report {i}\n\n{}END",
                "Drones struck the base again. ".repeat(300)
            );
            std::fs::write(&file, body).expect("written");
            file
        })
        .collect();
    // A colleague's project that only adds: merging it never changes a row of ours.
    let theirs = dir.path().join("theirs.db");
    let made = Command::new(env!("CARGO_BIN_EXE_spanline"))
        .arg("import")
        .arg(&theirs)
        .args(&files[..150])
        .output()
        .expect("runs");
    assert!(made.status.success());
    let pdfs: Vec<_> = (0..60)
        .map(|i| {
            let file = dir.path().join(format!("brief{i:03}.pdf"));
            std::fs::write(&file, pdf_report(i, 12)).expect("written");
            file
        })
        .collect();
    let mut rng = fastrand::Rng::with_seed(0xC0FFEE);
    let mut batch = 0;
    for round in 0..25 {
        let before = {
            let project = Project::open(&project_path, ANALYST).expect("opens before the round");
            common::dump(project.conn())
        };
        let mut command = Command::new(env!("CARGO_BIN_EXE_spanline"));
        match round % 5 {
            4 => {
                let chunk = &pdfs[(round / 5 * 12) % 60..(round / 5 * 12) % 60 + 12];
                command.arg("import").arg(&project_path).args(chunk)
            }
            0 => {
                let chunk = &files[(batch * 40) % 360..(batch * 40) % 360 + 40];
                batch += 1;
                command.arg("import").arg(&project_path).args(chunk)
            }
            1 => command.arg("merge").arg(&project_path).arg(&theirs),
            2 => command
                .arg("copy")
                .arg(&project_path)
                .arg(dir.path().join("copy.db"))
                .arg("--without-texts"),
            _ => command
                .arg("export")
                .arg(&project_path)
                .args(["--format", "json", "-o"])
                .arg(dir.path().join("out.json")),
        };
        let mut child = command
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("starts");
        std::thread::sleep(Duration::from_millis(rng.u64(5..400)));
        let _ = child.kill();
        let _ = child.wait();

        let project = Project::open(&project_path, ANALYST)
            .unwrap_or_else(|err| panic!("round {round}: the project no longer opens: {err}"));
        let verdict: String = project
            .conn()
            .query_row("PRAGMA integrity_check", [], |row| row.get(0))
            .expect("checks");
        assert_eq!(verdict, "ok", "round {round}");
        assert!(
            kept(&before, &common::dump(project.conn())),
            "round {round}: a record committed before the kill is gone or changed"
        );
        // Opening swept the hidden file a killed copy or export leaves (for a copy without
        // texts, a copy with them).
        let hidden: Vec<String> = std::fs::read_dir(dir.path())
            .expect("lists")
            .filter_map(|e| e.ok())
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|name| {
                name.starts_with('.') && (name.contains(".writing") || name.contains(".copying"))
            })
            .collect();
        assert!(hidden.is_empty(), "round {round}: left behind {hidden:?}");
    }
}
