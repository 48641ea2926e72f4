//! What the benchmarks share: synthetic reports and projects built from them.
#![allow(dead_code)] // each bench uses some of these

use std::path::Path;

use spanline::edit::{self, Change, Edit};
use spanline::model::article::content_hash;
use spanline::model::{
    Article, ArticleId, ArticleMeta, Evidence, Incident, Record, SourceFormat, Span, Stamp,
};
use spanline::store::Project;

pub mod million;

pub const ANALYST: &str = "bench";

/// Folders made by [`static_temp_dir`], removed by [`remove_static_temp_dirs`].
static STATIC_DIRS: std::sync::Mutex<Vec<std::path::PathBuf>> = std::sync::Mutex::new(Vec::new());

/// A temporary folder for a static's project. Statics are never dropped, so a bench's `main`
/// calls [`remove_static_temp_dirs`] after the run (at 100k a project is GBs).
pub fn static_temp_dir() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    if let Ok(mut dirs) = STATIC_DIRS.lock() {
        dirs.push(dir.path().to_owned());
    }
    dir
}

/// Removes every folder [`static_temp_dir`] made.
pub fn remove_static_temp_dirs() {
    let dirs = STATIC_DIRS
        .lock()
        .map(|dirs| dirs.clone())
        .unwrap_or_default();
    for dir in dirs {
        let _ = std::fs::remove_dir_all(dir);
    }
}

/// A report of about 5 KB, different for every `n`.
pub fn report_text(n: usize) -> String {
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

/// Builds a project with `articles` articles of ~5 KB, `per_article` incidents each (at most
/// 50) with three spans each, in date order over five years.
pub fn build_project(path: &Path, articles: usize, per_article: usize) {
    let project = Project::create(path, ANALYST).expect("created");
    drop(project);
    let mut conn = rusqlite::Connection::open(path).expect("opens");
    let stamp = Stamp::now(ANALYST);
    for chunk in (0..articles).collect::<Vec<_>>().chunks(500) {
        let mut edits = Vec::new();
        for &n in chunk {
            let text = report_text(n);
            let article_id = ArticleId::new();
            for k in 0..per_article {
                let mut incident = Incident::new_draft(ANALYST, stamp.at);
                incident.date_start = jiff::civil::date(2019, 1, 1)
                    .checked_add(jiff::Span::new().days(((n * per_article + k) % 1800) as i64))
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
                    edits.push(Edit::Put(Record::from(evidence)));
                }
            }
            edits.insert(
                edits.len() - per_article * 4,
                Edit::Put(Record::Article(Box::new(report_article(
                    article_id, n, text, &stamp,
                )))),
            );
        }
        let tx = conn.transaction().expect("tx");
        edit::apply(&tx, &Change::new("bench data", edits), &stamp).expect("applies");
        tx.commit().expect("commits");
    }
    conn.execute_batch("VACUUM").expect("vacuum");
}

/// 100,000 incidents spread over five years in six lanes, as the timeline gets them; placed in
/// turn at `places` (none when empty).
pub fn hundred_thousand_incidents(
    places: &[spanline::model::PlaceId],
) -> spanline::timeline::data::TimelineData {
    use spanline::model::Status;
    use spanline::model::TimelineIncident;
    let types = ["rocket", "ied", "drone", "small_arms", "mortar", "riot"];
    let start = jiff::civil::date(2017, 1, 1);
    let incidents: Vec<TimelineIncident> = (0..100_000)
        .map(|n| TimelineIncident {
            incident_id: spanline::model::IncidentId::new(),
            date_start: start
                .checked_add(jiff::Span::new().days((n * 1826 / 100_000) as i64))
                .expect("in range"),
            date_end: None,
            event_type: Some(types[n % types.len()].to_owned()),
            target_type: None,
            perpetrator_id: None,
            place_id: (!places.is_empty()).then(|| places[n % places.len()]),
            launch_place_id: None,
            geo_precision: None,
            killed: Some((n % 7) as u32),
            wounded: None,
            status: Status::Draft,
            confidence: None,
            summary: format!("Incident {n}"),
            sources: 1,
            article_ids: Default::default(),
            proposed: false,
            best_reliability: None,
            best_credibility: None,
        })
        .collect();
    spanline::timeline::data::TimelineData::new(incidents, Vec::new(), Default::default())
}

/// The article `article_id`, titled "Report {n}" and holding `text`, imported by the bench's
/// analyst.
pub fn report_article(article_id: ArticleId, n: usize, text: String, stamp: &Stamp) -> Article {
    Article {
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
    }
}

/// `input` with the N key pressed: a new incident from the selected words.
pub fn pressing_n(input: egui::RawInput) -> egui::RawInput {
    pressing(input, egui::Key::N, egui::Modifiers::NONE)
}

/// `input` with `key` pressed while `modifiers` are held.
pub fn pressing(
    mut input: egui::RawInput,
    key: egui::Key,
    modifiers: egui::Modifiers,
) -> egui::RawInput {
    input.events.push(egui::Event::Key {
        key,
        physical_key: None,
        pressed: true,
        repeat: false,
        modifiers,
    });
    input
}
