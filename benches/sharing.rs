//! Sharing benchmarks: `cargo bench --bench sharing`.
//!
//! - merging two projects of 10,000 incidents each that share their history: theirs changed
//!   1,000 incidents and coded 500 more, ours changed 1,000 others (target: under 2 s); and the
//!   same at 100,000 incidents a side (issue 33's target: under 5 s);
//! - exporting 100,000 incidents to ACLED-style CSV (target: under 1 s).
//!
//! The projects are built once per run in a temporary folder.

use std::path::{Path, PathBuf};
use std::sync::LazyLock;

use divan::Bencher;
use spanline::edit::{self, Change, Edit};
use spanline::merge::{self, Theirs};
use spanline::model::{Record, Stamp};
use spanline::store::{Project, incidents};

mod common;
use common::{ANALYST, build_project};

// The allocator the application runs with (src/main.rs), so the figures are the app's.
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    divan::main();
    common::remove_static_temp_dirs();
}

/// Changes `count` incidents from the `skip`-th on, as `analyst`, logged like any edit.
fn edit_incidents(path: &Path, analyst: &str, skip: usize, count: usize) {
    let mut conn = rusqlite::Connection::open(path).expect("opens");
    let stamp = Stamp::now(analyst);
    let edits: Vec<Edit> = incidents::all(&conn)
        .expect("incidents")
        .into_iter()
        .skip(skip)
        .take(count)
        .map(|mut incident| {
            incident
                .summary
                .push_str(&format!(" (checked by {analyst})"));
            incident.killed.best = Some(1);
            Edit::Put(Record::Incident(Box::new(incident)))
        })
        .collect();
    let tx = conn.transaction().expect("tx");
    edit::apply(&tx, &Change::new("review", edits), &stamp).expect("applies");
    tx.commit().expect("commits");
}

struct Pair {
    _dir: tempfile::TempDir,
    ours: PathBuf,
    theirs: PathBuf,
}

/// Two projects of `articles` articles of five incidents each that share their history: each
/// side changed a tenth of the incidents (different ones), and theirs coded a twentieth more.
fn pair(articles: usize) -> Pair {
    let incidents = articles * 5;
    let dir = common::static_temp_dir();
    let ours = dir.path().join("ours.db");
    build_project(&ours, articles, 5);
    let theirs = dir.path().join("theirs.db");
    std::fs::copy(&ours, &theirs).expect("copy");
    edit_incidents(&ours, "amira", 0, incidents / 10);
    edit_incidents(&theirs, "ben", incidents / 2, incidents / 10);
    // Their new incidents: a small project's worth, merged in first.
    let extra = dir.path().join("extra.db");
    build_project(&extra, articles / 20, 5);
    let mut project = Project::open(&theirs, "ben").expect("opens");
    let from = Theirs::Project(merge::open_theirs(&extra).expect("opens"));
    let plan = merge::prepare(&project, &from).expect("plans");
    merge::apply(&mut project, plan, &[], &from, "extra").expect("merges");
    Pair {
        _dir: dir,
        ours,
        theirs,
    }
}

static PAIR: LazyLock<Pair> = LazyLock::new(|| pair(2_000));
static PAIR_100K: LazyLock<Pair> = LazyLock::new(|| pair(20_000));

/// Merges their side of `pair` into a fresh copy of ours each sample, taking theirs in every
/// conflict.
fn bench_merge(bencher: Bencher, pair: &Pair) {
    let work = tempfile::tempdir().expect("temp dir");
    let theirs = Theirs::Project(merge::open_theirs(&pair.theirs).expect("opens"));
    bencher
        .with_inputs(|| {
            let path = work.path().join(format!("{}.db", uuid::Uuid::now_v7()));
            std::fs::copy(&pair.ours, &path).expect("copy");
            let mut project = Project::open(&path, ANALYST).expect("opens");
            project.wait_until_verified().expect("sound");
            project
        })
        .bench_local_values(|mut project| {
            let plan = merge::prepare(&project, &theirs).expect("plans");
            let choices: Vec<Vec<merge::Choice>> = plan
                .conflicts
                .iter()
                .map(|c| vec![merge::Choice::Theirs; c.fields.len()])
                .collect();
            merge::apply(&mut project, plan, &choices, &theirs, "merge").expect("merges")
        });
}

#[divan::bench(sample_count = 10, sample_size = 1)]
fn merge_two_projects_of_10k_incidents(bencher: Bencher) {
    bench_merge(bencher, &PAIR);
}

/// Issue 33's scale: 100,000 incidents a side, 10,000 changed on each, 5,000 added.
#[divan::bench(sample_count = 3, sample_size = 1)]
fn merge_two_projects_of_100k_incidents(bencher: Bencher) {
    bench_merge(bencher, &PAIR_100K);
}

static LARGE: LazyLock<(tempfile::TempDir, PathBuf)> = LazyLock::new(|| {
    let dir = common::static_temp_dir();
    let path = dir.path().join("large.db");
    build_project(&path, 2_000, 50);
    (dir, path)
});

#[divan::bench(sample_count = 10, sample_size = 1)]
fn export_100k_incidents_to_acled_csv(bencher: Bencher) {
    let project = Project::open(&LARGE.1, ANALYST).expect("opens");
    let out = tempfile::tempdir().expect("temp dir");
    let path = out.path().join("acled.csv");
    bencher.bench_local(|| {
        spanline::export::export_project(project.conn(), spanline::export::Format::Acled, &path)
            .expect("exports")
    });
}

/// The reading part of the export above, to see where its time goes.
#[divan::bench(sample_count = 10, sample_size = 1)]
fn read_100k_incidents_for_export(bencher: Bencher) {
    let project = Project::open(&LARGE.1, ANALYST).expect("opens");
    bencher.bench_local(|| {
        use spanline::export::dataset::Dataset;
        let lookups = Dataset::load(project.conn()).expect("reads");
        let mut incidents = 0;
        Dataset::each_incident(project.conn(), |_| {
            incidents += 1;
            Ok(())
        })
        .expect("reads");
        (lookups, incidents)
    });
}
