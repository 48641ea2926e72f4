//! The sample project in `sample_db/` opens, is sound, has the current schema, and is what its
//! sources and coding file build.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use common::ANALYST;
use spanline::model::text;
use spanline::store::schema::{self, CURRENT_VERSION};
use spanline::store::{Project, articles, evidence, incidents, meta};

fn sample_path() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("sample_db/spanline-sample.db")
}

/// A private copy, so that the test never touches the committed file.
fn open_copy(dir: &Path) -> Project {
    let copy = dir.join("sample.db");
    std::fs::copy(sample_path(), &copy).expect("the sample project exists");
    Project::open(&copy, ANALYST).expect("the sample project opens")
}

#[test]
fn the_sample_project_opens_sound_with_the_current_schema() {
    assert_eq!(
        Project::check(&sample_path()).expect("passes the checks"),
        CURRENT_VERSION
    );
    let dir = tempfile::tempdir().expect("temp dir");
    let project = open_copy(dir.path());
    assert_eq!(
        schema::difference_from_fresh(project.conn(), CURRENT_VERSION).expect("compares"),
        None
    );
    let counts = meta::counts(project.conn()).expect("counts");
    assert!(counts.articles >= 5, "{counts:?}");
    assert!(counts.incidents >= 25, "{counts:?}");
    assert!(counts.evidence >= 2 * counts.incidents, "{counts:?}");
    assert!(counts.context_events >= 3, "{counts:?}");
}

#[test]
fn every_sample_span_quotes_exactly_its_words() {
    let dir = tempfile::tempdir().expect("temp dir");
    let project = open_copy(dir.path());
    let conn = project.conn();
    let mut checked = 0;
    for summary in articles::summaries(conn, 0, 100).expect("list") {
        let article = articles::get(conn, summary.article_id)
            .expect("read")
            .expect("present");
        for span in evidence::for_article(conn, summary.article_id).expect("spans") {
            assert_eq!(
                text::char_slice(&article.text, span.start, span.end),
                Some(span.quote.exact.as_str())
            );
            checked += 1;
        }
    }
    assert_eq!(checked, meta::counts(conn).expect("counts").evidence);
    let arabic =
        articles::search(conn, "\u{0643}\u{062A}\u{0627}\u{0626}\u{0628}", 5).expect("search");
    assert_eq!(arabic.len(), 1, "the Arabic names are searchable");
    let dated = incidents::page(conn, 0, 100).expect("page");
    assert!(
        dated.iter().all(|i| i.date_start.is_some()),
        "every sample incident is dated"
    );
}

#[test]
fn the_sample_project_is_what_its_sources_build() {
    let dir = tempfile::tempdir().expect("temp dir");
    let rebuilt = dir.path().join("rebuilt.db");
    let status = Command::new(env!("CARGO"))
        .args(["run", "--quiet", "--example", "build_sample", "--"])
        .arg(&rebuilt)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .status()
        .expect("cargo runs");
    assert!(status.success(), "the sample builds from its sources");
    let committed = open_copy(dir.path());
    let fresh = Project::open(&rebuilt, ANALYST).expect("opens");
    let summaries = |project: &Project| -> Vec<(Option<jiff::civil::Date>, String)> {
        incidents::page(project.conn(), 0, 1000)
            .expect("page")
            .into_iter()
            .map(|i| (i.date_start, i.summary))
            .collect()
    };
    assert_eq!(
        summaries(&committed),
        summaries(&fresh),
        "rebuild sample_db/spanline-sample.db"
    );
    assert_eq!(
        meta::counts(committed.conn()).expect("counts"),
        meta::counts(fresh.conn()).expect("counts")
    );
}

#[test]
fn the_timeline_reads_incidents_by_date_range_with_their_sources() {
    use jiff::civil::date;
    let dir = tempfile::tempdir().expect("temp dir");
    let project = open_copy(dir.path());
    let all = incidents::timeline(project.conn(), None, None).expect("reads");
    assert_eq!(all.len(), 25);
    assert!(all.windows(2).all(|w| w[0].date_start <= w[1].date_start));
    let november = incidents::timeline(
        project.conn(),
        Some(date(2020, 11, 1)),
        Some(date(2020, 11, 30)),
    )
    .expect("reads");
    assert_eq!(november.len(), 1);
    assert_eq!(
        november[0].sources, 2,
        "the Green Zone rockets are reported by two articles"
    );
    assert_eq!(november[0].killed, Some(1));
    let pairs = spanline::timeline::duplicates::possible_duplicates(&all);
    assert!(
        pairs.is_empty(),
        "the sample has no incident coded twice: {pairs:?}"
    );
}

#[test]
fn the_timeline_read_in_chunks_equals_the_timeline_read_at_once() {
    let dir = tempfile::tempdir().expect("temp dir");
    let project = open_copy(dir.path());
    let at_once = incidents::timeline(project.conn(), None, None).expect("reads");
    assert!(
        at_once.iter().any(|i| i.best_reliability.is_some()),
        "the sample grades its sources, so the grades are compared too"
    );
    for chunk in [1, 2, 7, 25, 1000] {
        let chunked = incidents::timeline_in_chunks(project.conn(), chunk, |_| true)
            .expect("reads")
            .expect("not stopped");
        assert_eq!(chunked, at_once, "in chunks of {chunk}");
    }
    let mut heard = Vec::new();
    let stopped = incidents::timeline_in_chunks(project.conn(), 10, |read| {
        heard.push(read);
        read < 10
    })
    .expect("reads");
    assert_eq!(stopped, None, "asked to stop after the first chunk");
    assert_eq!(heard, [0, 10]);
}
