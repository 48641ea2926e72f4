//! Helpers shared by the integration tests.
#![allow(dead_code)]

pub mod loopback;
pub mod pdf;
pub mod pointer;
pub mod window;

use std::path::{Path, PathBuf};

use rusqlite::Connection;
use rusqlite::types::ValueRef;
use spanline::model::{Article, ArticleId, SourceFormat, Stamp, article::content_hash};
use spanline::store::Project;

pub const ANALYST: &str = "test.analyst";

/// A text with curly quotes, Arabic script and emoji: what our offsets must survive.
pub const MIXED_TEXT: &str = "Kata\u{2019}ib Hezbollah (\u{0643}\u{062A}\u{0627}\u{0626}\u{0628} \u{062D}\u{0632}\u{0628} \u{0627}\u{0644}\u{0644}\u{0647}) denied the attack 🚀.\n\n\u{201c}The truce is still there,\u{201d} said a spokesman on Tuesday night; seven rockets hit the Green Zone.";

pub fn new_project(dir: &Path) -> (Project, PathBuf) {
    let path = dir.join("project.db");
    let project = Project::create(&path, ANALYST).expect("a new project can be created");
    (project, path)
}

pub fn article(text: &str) -> Article {
    let stamp = Stamp::now(ANALYST);
    Article {
        article_id: ArticleId::new(),
        content_hash: content_hash(text),
        meta: spanline::model::ArticleMeta {
            title: "Test article".into(),
            outlet: Some("Test outlet".into()),
            author: None,
            published: Some(jiff::civil::date(2020, 11, 18)),
            ..spanline::model::ArticleMeta::default()
        },
        source_name: Some("test.txt".into()),
        source_format: SourceFormat::Txt,
        text: text.to_owned(),
        imported_at: stamp.at,
        imported_by: stamp.analyst,
    }
}

/// Code-point offsets of the first occurrence of `needle` in `text`.
pub fn span_of(text: &str, needle: &str) -> (usize, usize) {
    let byte = text.find(needle).expect("needle is in the text");
    let start = text[..byte].chars().count();
    (start, start + needle.chars().count())
}

/// Every row of every data table (not the change log), as text: two equal dumps mean two equal
/// projects.
pub fn dump(conn: &Connection) -> Vec<String> {
    // Every table a project copies whole, but the change log.
    let tables = spanline::team::tables::TABLES
        .iter()
        .filter(|table| **table != "change_log");
    let mut out = Vec::new();
    for table in tables {
        let mut stmt = conn
            .prepare(&format!("SELECT * FROM {table} ORDER BY 1, 2"))
            .expect("table exists");
        let columns = stmt.column_count();
        let mut rows = stmt.query([]).expect("query runs");
        while let Some(row) = rows.next().expect("row reads") {
            let cells: Vec<String> = (0..columns)
                .map(|i| match row.get_ref(i).expect("cell reads") {
                    ValueRef::Null => "NULL".to_owned(),
                    ValueRef::Integer(n) => n.to_string(),
                    ValueRef::Real(x) => x.to_string(),
                    ValueRef::Text(t) => String::from_utf8_lossy(t).into_owned(),
                    ValueRef::Blob(b) => format!("{b:?}"),
                })
                .collect();
            out.push(format!("{table}: {}", cells.join(" | ")));
        }
    }
    out
}

/// A new project holding one article of [`MIXED_TEXT`], ready for coding.
pub struct Fixture {
    pub dir: tempfile::TempDir,
    pub path: PathBuf,
    pub project: Project,
    pub article: Article,
    pub stamp: Stamp,
}

pub fn project_with_article() -> Fixture {
    let dir = tempfile::tempdir().expect("temp dir");
    let (mut project, path) = new_project(dir.path());
    let article = article(MIXED_TEXT);
    project
        .run(spanline::edit::commands::import_articles(vec![
            article.clone(),
        ]))
        .expect("import");
    Fixture {
        dir,
        path,
        project,
        article,
        stamp: Stamp::now(ANALYST),
    }
}

impl Fixture {
    /// The span of the first occurrence of `needle` in the article.
    pub fn span(&self, needle: &str) -> spanline::model::Span {
        let (start, end) = span_of(&self.article.text, needle);
        spanline::model::Span {
            article_id: self.article.article_id,
            start,
            end,
        }
    }

    /// A new incident made from `needle`.
    pub fn new_incident(&mut self, needle: &str) -> spanline::model::IncidentId {
        let (change, id) = spanline::edit::commands::new_incident_from_span(
            &self.article.text,
            self.span(needle),
            &self.stamp,
        )
        .expect("span fits");
        self.project.run(change).expect("new incident");
        id
    }
}

/// The test PostgreSQL server's address (`.ci/run` starts one and names it in
/// SPANLINE_TEST_POSTGRES); without one, says once that the `which` tests did not run.
pub fn postgres_server(which: &str) -> Option<String> {
    let server = std::env::var("SPANLINE_TEST_POSTGRES").ok();
    if server.is_none() {
        static SAID: std::sync::Once = std::sync::Once::new();
        SAID.call_once(|| {
            // Straight to stderr: the test harness shows a passing test's eprintln! only with
            // --nocapture.
            use std::io::Write as _;
            let _ = writeln!(
                std::io::stderr(),
                "the {which} tests did not run: no PostgreSQL server \
                 (.ci/run starts one and names it in SPANLINE_TEST_POSTGRES)"
            );
        });
    }
    server
}
