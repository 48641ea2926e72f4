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
use spanline::import::import_files;
use spanline::store::{Project, incidents};

#[global_allocator]
static ALLOC: AllocProfiler<mimalloc::MiMalloc> = AllocProfiler::new(mimalloc::MiMalloc);

const PAGE: usize = 50;

fn main() {
    divan::main();
    common::remove_static_temp_dirs();
}

mod common;
use common::{ANALYST, build_project, report_text};

struct Corpus {
    _dir: tempfile::TempDir,
    files: Vec<PathBuf>,
    bytes: usize,
}

static CORPUS: LazyLock<Corpus> = LazyLock::new(|| {
    let dir = common::static_temp_dir();
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

struct Built {
    _dir: tempfile::TempDir,
    path: PathBuf,
}

fn built(articles: usize) -> Built {
    let dir = common::static_temp_dir();
    let path = dir.path().join(format!("p{articles}.db"));
    let started = std::time::Instant::now();
    build_project(&path, articles, 5);
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
