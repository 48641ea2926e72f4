//! Importing files: readable text from messy pages, metadata, duplicates, progress, cancelling.

mod common;

use std::fs;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};

use common::{ANALYST, new_project};
use spanline::import::{self, import_files};
use spanline::model::SourceFormat;
use spanline::store::{Project, articles, meta};

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

#[test]
fn a_messy_saved_page_yields_the_article_text_and_its_details() {
    let parsed = import::read_file(&fixture("messy_saved_page.html")).expect("parses");
    assert_eq!(parsed.format, SourceFormat::Html);
    assert_eq!(parsed.meta.title, "Rockets strike near Erbil airport");
    assert_eq!(parsed.meta.outlet.as_deref(), Some("Northern Dispatch"));
    assert_eq!(parsed.meta.author.as_deref(), Some("Layla Haddad"));
    assert_eq!(parsed.meta.published, Some(jiff::civil::date(2020, 10, 1)));
    let text = &parsed.text;
    assert!(
        text.contains("Six rockets were fired on Wednesday night"),
        "{text}"
    );
    assert!(
        text.contains("“a dangerous escalation”"),
        "curly quotes survive: {text}"
    );
    assert!(text.contains("برطلة"), "Arabic survives: {text}");
    assert!(
        text.contains("Officials counted dozens"),
        "the last paragraph is kept: {text}"
    );
    for clutter in [
        "tracking",
        "track()",
        "cookies",
        "Subscribe",
        "Share on Twitter",
        "Related stories",
        "Privacy policy",
        "color: red",
    ] {
        assert!(
            !text.contains(clutter),
            "{clutter:?} should be dropped: {text}"
        );
    }
    assert!(text.contains("\n\n"), "paragraphs stay apart");
}

#[test]
fn a_page_readability_cannot_parse_still_gives_its_visible_text() {
    let parsed = import::parse(
        "<html><body><nav>Menu</nav><p>Eight rockets targeted the embassy.</p><script>x()</script></body></html>",
        SourceFormat::Html,
    );
    assert!(
        parsed.text.contains("Eight rockets targeted the embassy."),
        "{}",
        parsed.text
    );
    assert!(!parsed.text.contains("x()"));
}

#[test]
fn importing_the_same_text_twice_does_not_duplicate_it() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (mut project, _) = new_project(dir.path());
    let a = dir.path().join("a.txt");
    let b = dir.path().join("copy of a.txt");
    let md = dir.path().join("report.md");
    fs::write(
        &a,
        "date 2020-12-21\nSecurity brief\n\nEight rockets targeted the embassy.",
    )
    .expect("write");
    fs::write(
        &b,
        "date 2020-12-21\r\nSecurity brief\r\n\r\nEight rockets targeted the embassy.\r\n",
    )
    .expect("write");
    fs::write(&md, "# Brief\n\nRoadside bombs hit two convoys in Babil.").expect("write");
    let never = AtomicBool::new(false);
    let files = vec![
        a.clone(),
        b.clone(),
        md.clone(),
        dir.path().join("missing.txt"),
        dir.path().join("x.pdf"),
    ];
    let report = import_files(&mut project, &files, &never, |_| {}).expect("import runs");
    assert_eq!(report.imported.len(), 2);
    assert_eq!(
        report.duplicates,
        vec![b.clone()],
        "CRLF copy is the same text"
    );
    assert_eq!(report.failed.len(), 2);
    let again =
        import_files(&mut project, &[a.clone(), md.clone()], &never, |_| {}).expect("import runs");
    assert_eq!(again.imported.len(), 0);
    assert_eq!(again.duplicates.len(), 2);
    assert_eq!(meta::counts(project.conn()).expect("counts").articles, 2);
    let stored = articles::get(project.conn(), report.imported[0].1)
        .expect("read")
        .expect("present");
    assert_eq!(stored.meta.published, Some(jiff::civil::date(2020, 12, 21)));
    assert_eq!(stored.meta.title, "Security brief");
    assert_eq!(stored.source_name.as_deref(), Some("a.txt"));
    assert_eq!(
        articles::search(project.conn(), "convoys", 5).expect("search"),
        vec![report.imported[1].1]
    );

    assert_eq!(
        project.undo().expect("undo").as_deref(),
        Some("import 2 articles")
    );
    assert_eq!(meta::counts(project.conn()).expect("counts").articles, 0);
}

#[test]
fn cancelling_keeps_whole_articles_only_and_reports_progress() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("p.db");
    let mut project = Project::create(&path, ANALYST).expect("created");
    let files: Vec<PathBuf> = (0..20)
        .map(|i| {
            let file = dir.path().join(format!("{i:02}.txt"));
            fs::write(
                &file,
                format!("Report {i}\n\n{} rockets were fired.", i + 1),
            )
            .expect("write");
            file
        })
        .collect();
    let cancel = AtomicBool::new(false);
    let mut seen = Vec::new();
    let report = import_files(&mut project, &files, &cancel, |progress| {
        seen.push((progress.done, progress.total));
        if progress.done == 7 {
            cancel.store(true, Ordering::Relaxed);
        }
    })
    .expect("import runs");
    assert!(report.cancelled);
    assert_eq!(report.imported.len(), 8);
    assert_eq!(seen.first(), Some(&(0, 20)));
    drop(project);
    let project = Project::open(&path, ANALYST).expect("reopens");
    assert_eq!(meta::counts(project.conn()).expect("counts").articles, 8);
    let complete: i64 = project
        .conn()
        .query_row(
            "SELECT count(*) FROM articles WHERE text LIKE '%rockets were fired.'",
            [],
            |r| r.get(0),
        )
        .expect("counts");
    assert_eq!(complete, 8, "every stored article is whole");
}

#[test]
fn the_seed_reports_import_with_their_dates() {
    let seeds = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds");
    let Ok(entries) = fs::read_dir(&seeds) else {
        eprintln!("no seed texts beside this checkout; nothing to check");
        return;
    };
    let mut files: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            p.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with('0'))
        })
        .collect();
    files.sort();
    let dir = tempfile::tempdir().expect("temp dir");
    let (mut project, _) = new_project(dir.path());
    let report = import_files(&mut project, &files, &AtomicBool::new(false), |_| {}).expect("runs");
    assert_eq!(report.imported.len(), files.len());
    let first = articles::get(project.conn(), report.imported[0].1)
        .expect("read")
        .expect("present");
    assert_eq!(first.meta.published, Some(jiff::civil::date(2020, 9, 24)));
    assert!(
        !first.text.starts_with(" date"),
        "the date marker is not part of the text"
    );
}

#[test]
fn search_returns_corpus_rows_from_the_whole_project_best_first() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (mut project, _) = new_project(dir.path());
    let files: Vec<PathBuf> = (0..600)
        .map(|i| {
            let file = dir.path().join(format!("{i:03}.txt"));
            let body = if i == 599 {
                "Drone attack on Erbil airport"
            } else {
                "Rockets on the Green Zone"
            };
            fs::write(&file, format!("Report {i}\n\n{body}, report {i}.")).expect("write");
            file
        })
        .collect();
    import_files(&mut project, &files, &AtomicBool::new(false), |_| {}).expect("imports");
    let hits = articles::search_summaries(project.conn(), "\"erbil\"", 10).expect("search");
    assert_eq!(
        hits.len(),
        1,
        "the one article about Erbil, though it is beyond the first 500"
    );
    assert_eq!(hits[0].meta.title, "Report 599");
    assert_eq!(hits[0].incident_count, 0);
}

#[test]
fn utf16_text_imports_as_text_and_binaries_links_and_devices_are_refused_by_name() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (project, project_path) = new_project(dir.path());
    drop(project);
    let text = "Drone attack on Erbil airport\n\nطائرة مسيّرة استهدفت مطار أربيل مساء الثلاثاء.";
    let utf16 = dir.path().join("wide.txt");
    let mut bytes = vec![0xFF, 0xFE];
    bytes.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    fs::write(&utf16, bytes).expect("written");
    let elf = dir.path().join("program.txt");
    let mut program = b"\x7fELF\x02\x01\x01".to_vec();
    program.extend([0u8; 256]);
    fs::write(&elf, program).expect("written");
    let link = dir.path().join("hostname.txt");
    #[cfg(unix)]
    std::os::unix::fs::symlink("/etc/hostname", &link).expect("link");

    let output = std::process::Command::new(env!("CARGO_BIN_EXE_spanline"))
        .arg("import")
        .arg(&project_path)
        .args([&utf16, &elf, &link])
        .arg("/dev/zero")
        .output()
        .expect("runs");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("program.txt: its content is binary data"),
        "{stderr}"
    );
    #[cfg(unix)]
    assert!(
        stderr.contains("hostname.txt: a link to another file"),
        "{stderr}"
    );
    assert!(stderr.contains("/dev/zero: not a .txt"), "{stderr}");
    let project = Project::open(&project_path, ANALYST).expect("opens");
    let imported = articles::all(project.conn(), true).expect("articles");
    assert_eq!(imported.len(), 1, "only the text file");
    assert!(imported[0].text.contains("طائرة مسيّرة استهدفت مطار أربيل"));
}

#[test]
fn the_command_line_will_not_make_a_project_of_a_mistyped_name() {
    let dir = tempfile::tempdir().expect("temp dir");
    let notes = dir.path().join("notes.txt");
    let report = dir.path().join("a.txt");
    fs::write(&report, "Rockets hit the base.").expect("written");
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_spanline"))
        .arg("import")
        .arg(&notes)
        .arg(&report)
        .output()
        .expect("runs");
    assert!(!output.status.success());
    assert!(String::from_utf8_lossy(&output.stderr).contains("does not end in .db"));
    assert!(!notes.exists(), "no project was made");
    let forced = std::process::Command::new(env!("CARGO_BIN_EXE_spanline"))
        .arg("import")
        .arg(&notes)
        .arg(&report)
        .arg("--any-name")
        .output()
        .expect("runs");
    assert!(
        forced.status.success(),
        "{}",
        String::from_utf8_lossy(&forced.stderr)
    );
}

#[test]
fn headers_of_saved_reports_become_details_and_leave_the_text() {
    let dir = tempfile::tempdir().expect("temp dir");
    let yaml = dir.path().join("erbil.md");
    fs::write(
        &yaml,
        "---\ntitle: Rockets hit Erbil airport\nauthor: \"Jane Doe\"\nsource: Loopback News\nurl: https://example.org/erbil\ndate: 2021-02-15\n---\n\n# Rockets hit Erbil airport\n\nThree rockets struck near Erbil airport on Monday night.\n",
    )
    .expect("written");
    let lines = dir.path().join("jpost.txt");
    fs::write(
        &lines,
        "title: Will Iraq ever stop rocket fire?\nsource: https://www.jpost.com/middle-east/iraq-news\ndate: September 24, 2020\n\nThe Jerusalem Post - Israel News WORLD NEWS\nRockets were fired at Erbil on Tuesday night.\n",
    )
    .expect("written");
    let parsed = import::read_file(&yaml).expect("reads");
    assert_eq!(parsed.meta.title, "Rockets hit Erbil airport");
    assert_eq!(parsed.meta.author.as_deref(), Some("Jane Doe"));
    assert_eq!(parsed.meta.outlet.as_deref(), Some("Loopback News"));
    assert_eq!(
        parsed.meta.url.as_deref(),
        Some("https://example.org/erbil")
    );
    assert_eq!(parsed.meta.published, Some(jiff::civil::date(2021, 2, 15)));
    assert!(
        parsed.text.starts_with("# Rockets hit Erbil airport"),
        "{}",
        parsed.text
    );
    let parsed = import::read_file(&lines).expect("reads");
    assert_eq!(
        parsed.meta.title, "Will Iraq ever stop rocket fire?",
        "not the menu line"
    );
    assert_eq!(
        parsed.meta.url.as_deref(),
        Some("https://www.jpost.com/middle-east/iraq-news")
    );
    assert_eq!(parsed.meta.published, Some(jiff::civil::date(2020, 9, 24)));
    assert!(
        parsed.text.starts_with("The Jerusalem Post"),
        "{}",
        parsed.text
    );
    assert!(!parsed.text.contains("title:"));
}

/// A disk that fills mid-import, made by capping the project's pages: the batches written
/// before stay, the message says how many, and they are one undo step.
#[test]
fn an_import_that_fills_the_disk_keeps_its_earlier_batches_and_says_so() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (mut project, _) = new_project(dir.path());
    let files: Vec<PathBuf> = (0..12)
        .map(|i| {
            let path = dir.path().join(format!("r{i:02}.txt"));
            let body = format!(
                "Report {i}\n\n{}",
                format!("Rockets {i} struck the base. ").repeat(40_000)
            );
            fs::write(&path, body).expect("written");
            path
        })
        .collect();
    let pages: i64 = project
        .conn()
        .query_row("PRAGMA page_count", [], |r| r.get(0))
        .expect("pages");
    // Room for about two 2 MB batches (texts are stored and indexed), not for all twelve.
    project
        .conn()
        .pragma_update(None, "max_page_count", pages + 3_000)
        .expect("capped");
    let err = import_files(&mut project, &files, &AtomicBool::new(false), |_| {})
        .expect_err("the disk fills");
    let message = err.to_string();
    assert!(message.contains("full"), "{message}");
    let kept = articles::all(project.conn(), false).expect("reads").len();
    assert!(kept > 0 && kept < files.len(), "kept {kept}");
    assert!(
        message.contains(&format!(
            "the {kept} article(s) imported before it are kept"
        )),
        "{message}"
    );
    project.undo().expect("the kept ones are one undo step");
    assert!(
        articles::all(project.conn(), false)
            .expect("reads")
            .is_empty()
    );
}
