//! Project-file benchmarks: `cargo bench --bench store`.
//!
//! - importing 2,000 plain-text articles of ~5 KB (target: at least 20 MB of text per second);
//! - opening a project of 10,000 articles / 50,000 incidents / 150,000 evidence spans and
//!   reading the first page of incidents (target: under 100 ms), next to the same on a tiny
//!   project, whose allocation counts show that memory follows the page, not the project.
//!
//! The large project is built once per run in a temporary folder (about a minute).

use std::path::{Path, PathBuf};
use std::sync::LazyLock;
use std::sync::atomic::AtomicBool;

use divan::{AllocProfiler, Bencher, counter::BytesCount};
use spanline::edit::{self, Change, Edit};
use spanline::import::import_files;
use spanline::model::article::content_hash;
use spanline::model::{
    Article, ArticleId, ArticleMeta, Evidence, Incident, Record, SourceFormat, Span, Stamp,
};
use spanline::store::{Project, incidents};

#[global_allocator]
static ALLOC: AllocProfiler = AllocProfiler::system();

const ANALYST: &str = "bench";
const PAGE: usize = 50;

fn main() {
    divan::main();
}

/// A report of about 5 KB, different for every `n`.
fn report_text(n: usize) -> String {
    let mut text = format!("Report {n}: rockets on the Green Zone\n\n");
    let mut i = 0;
    while text.len() < 5_000 {
        text.push_str(&format!(
            "Paragraph {i} of report {n}. Shortly before midnight, {} rockets were fired from east Baghdad \
             towards the Green Zone; Kata\u{2019}ib Hezbollah denied any role.\n\n",
            (n + i) % 20
        ));
        i += 1;
    }
    text
}

struct Corpus {
    _dir: tempfile::TempDir,
    files: Vec<PathBuf>,
    bytes: usize,
}

static CORPUS: LazyLock<Corpus> = LazyLock::new(|| {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut bytes = 0;
    let files = (0..2_000)
        .map(|n| {
            let path = dir.path().join(format!("{n:04}.txt"));
            let text = report_text(n);
            bytes += text.len();
            std::fs::write(&path, text).expect("written");
            path
        })
        .collect();
    Corpus {
        _dir: dir,
        files,
        bytes,
    }
});

#[divan::bench(sample_count = 10, sample_size = 1)]
fn import_2000_articles(bencher: Bencher) {
    let corpus = &*CORPUS;
    bencher
        .counter(BytesCount::new(corpus.bytes))
        .with_inputs(|| {
            let dir = tempfile::tempdir().expect("temp dir");
            let project = Project::create(&dir.path().join("p.db"), ANALYST).expect("created");
            (dir, project)
        })
        .bench_local_values(|(dir, mut project)| {
            let report = import_files(&mut project, &corpus.files, &AtomicBool::new(false), |_| {})
                .expect("imports");
            assert_eq!(report.imported.len(), corpus.files.len());
            (dir, project)
        });
}

/// Builds a project with `articles` articles, 5 incidents and 15 spans per article.
fn build_project(path: &Path, articles: usize) {
    let project = Project::create(path, ANALYST).expect("created");
    drop(project);
    let mut conn = rusqlite::Connection::open(path).expect("opens");
    let stamp = Stamp::now(ANALYST);
    for chunk in (0..articles).collect::<Vec<_>>().chunks(500) {
        let mut edits = Vec::new();
        for &n in chunk {
            let text = report_text(n);
            let article_id = ArticleId::new();
            for k in 0..5 {
                let mut incident = Incident::new_draft(ANALYST, stamp.at);
                incident.date_start = jiff::civil::date(2019, 1, 1)
                    .checked_add(jiff::Span::new().days(((n * 5 + k) % 1800) as i64))
                    .ok();
                incident.summary = format!("Incident {k} of report {n}");
                let incident_id = incident.incident_id;
                edits.push(Edit::Put(Record::Incident(Box::new(incident))));
                for s in 0..3 {
                    let start = 40 + (k * 3 + s) * 30;
                    let span = Span {
                        article_id,
                        start,
                        end: start + 20,
                    };
                    let evidence = Evidence::from_span(incident_id, span, &text, vec![], &stamp)
                        .expect("fits");
                    edits.push(Edit::Put(Record::Evidence(evidence)));
                }
            }
            edits.insert(
                edits.len() - 20,
                Edit::Put(Record::Article(Box::new(Article {
                    article_id,
                    content_hash: content_hash(&text),
                    meta: ArticleMeta {
                        title: format!("Report {n}"),
                        ..ArticleMeta::default()
                    },
                    source_name: None,
                    source_format: SourceFormat::Txt,
                    text,
                    imported_at: stamp.at,
                    imported_by: ANALYST.into(),
                }))),
            );
        }
        let tx = conn.transaction().expect("tx");
        edit::apply(&tx, &Change::new("bench data", edits), &stamp).expect("applies");
        tx.commit().expect("commits");
    }
    conn.execute_batch("VACUUM").expect("vacuum");
}

struct Built {
    _dir: tempfile::TempDir,
    path: PathBuf,
}

fn built(articles: usize) -> Built {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join(format!("p{articles}.db"));
    let started = std::time::Instant::now();
    build_project(&path, articles);
    let size = std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0);
    eprintln!(
        "built {articles} articles in {:.1?}: {} MB",
        started.elapsed(),
        size / 1_000_000
    );
    Built { _dir: dir, path }
}

static LARGE: LazyLock<Built> = LazyLock::new(|| built(10_000));
static TINY: LazyLock<Built> = LazyLock::new(|| built(10));

/// Times opening `path` and reading the first page. Each sample's background integrity scan is
/// waited for before the next sample starts (outside the timed region), so scans never overlap.
fn bench_open(bencher: Bencher, path: &Path) {
    let previous: std::cell::RefCell<Option<Project>> = std::cell::RefCell::new(None);
    bencher
        .with_inputs(|| {
            if let Some(mut project) = previous.borrow_mut().take() {
                project
                    .wait_until_verified()
                    .expect("the bench project is sound");
            }
        })
        .bench_local_values(|()| {
            let project = Project::open(path, ANALYST).expect("opens");
            let page = incidents::page(project.conn(), 0, PAGE).expect("page");
            assert_eq!(page.len(), PAGE);
            *previous.borrow_mut() = Some(project);
        });
}

#[divan::bench(sample_count = 20, sample_size = 1)]
fn open_large_project_read_first_page(bencher: Bencher) {
    bench_open(bencher, &LARGE.path);
}

#[divan::bench(sample_count = 20, sample_size = 1)]
fn open_tiny_project_read_first_page(bencher: Bencher) {
    bench_open(bencher, &TINY.path);
}
