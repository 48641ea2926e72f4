//! The project of issue 33's scale — 1,000,000 incidents, 3,000,000 evidence spans and 100,000
//! articles — built once through the store's own edit path and cached under `target/`, since
//! building it takes minutes.

use std::path::{Path, PathBuf};

use spanline::edit::{self, Change, Edit};
use spanline::model::{ArticleId, Evidence, Incident, Place, PlaceId, Record, Span, Stamp};
use spanline::store::{Project, schema};

use super::ANALYST;

pub const ARTICLES: usize = 100_000;
pub const INCIDENTS_PER_ARTICLE: usize = 10;
pub const SPANS_PER_INCIDENT: usize = 3;
/// Places the incidents are spread over, a few kilometres apart over Iraq and Syria.
const PLACES: usize = 1_000;
/// Bump when the generator changes, so a stale cached project is never measured.
const VERSION: u32 = 1;

const EVENT_TYPES: [&str; 6] = [
    "explosions_remote_violence",
    "battles",
    "violence_against_civilians",
    "protests",
    "riots",
    "strategic_developments",
];

/// The cached project, built first when missing (ten minutes or so on two cores).
pub fn million_project() -> PathBuf {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/bench-projects");
    let path = dir.join(format!("million-v{VERSION}.db"));
    if path.exists() {
        upgrade_in_place(&path);
        return path;
    }
    std::fs::create_dir_all(&dir).expect("bench project folder");
    // Built beside and renamed, so an interrupted build is never taken for a finished one.
    let partial = dir.join(format!("million-v{VERSION}.partial.db"));
    let _ = std::fs::remove_file(&partial);
    eprintln!("building {} (once; it takes minutes)", path.display());
    build(&partial, ARTICLES);
    std::fs::rename(&partial, &path).expect("bench project in place");
    path
}

/// Brings a project cached by an older build to the current schema in place: the cache is ours
/// alone, so no backup copy of its 5.5 GB is kept (`Project::open` would keep one).
fn upgrade_in_place(path: &Path) {
    let mut conn = rusqlite::Connection::open(path).expect("opens the cached project");
    let version: i64 = conn
        .query_row("PRAGMA user_version", [], |row| row.get(0))
        .expect("its version");
    if version < schema::CURRENT_VERSION {
        let tx = conn.transaction().expect("begins");
        schema::migrate(&tx, version, schema::CURRENT_VERSION).expect("upgrades");
        tx.commit().expect("commits");
    }
}

/// An article of about 2 KB: a headline and paragraphs that vary with `n`.
fn article_text(n: usize) -> String {
    let mut text = format!("Report {n}: attacks on bases in Iraq and Syria\n\n");
    let mut i = 0;
    while text.len() < 2_000 {
        text.push_str(&format!(
            "Item {i} of report {n}. On the {} of the month, {} rockets struck near the base \
             at site {}; no group claimed the attack.\n\n",
            1 + (n + i) % 28,
            (n * 7 + i) % 20,
            (n + i) % PLACES
        ));
        i += 1;
    }
    text
}

fn places() -> Vec<Place> {
    (0..PLACES)
        .map(|n| {
            let mut place = Place::named(format!("Site {n}"));
            place.latitude = Some(31.0 + (n % 40) as f64 * 0.15);
            place.longitude = Some(38.5 + (n / 40) as f64 * 0.3);
            place.geo_precision = Some(1 + (n % 4) as u8);
            place.iso3 = Some(if n % 3 == 0 { "SYR" } else { "IRQ" }.into());
            place
        })
        .collect()
}

/// Builds a project of `articles` articles, each with ten incidents of three spans, dated over
/// five years and placed at a thousand sites.
pub fn build(path: &Path, articles: usize) {
    drop(Project::create(path, ANALYST).expect("created"));
    let mut conn = rusqlite::Connection::open(path).expect("opens");
    let stamp = Stamp::now(ANALYST);
    let places = places();
    let place_ids: Vec<PlaceId> = places.iter().map(|p| p.place_id).collect();
    apply(
        &mut conn,
        &stamp,
        places.into_iter().map(Record::from).collect(),
    );
    let started = std::time::Instant::now();
    for first in (0..articles).step_by(1_000) {
        let mut records = Vec::new();
        for n in first..(first + 1_000).min(articles) {
            article_records(n, &place_ids, &stamp, &mut records);
        }
        apply(&mut conn, &stamp, records);
        eprintln!(
            "  {} of {articles} articles, {:.0} s",
            (first + 1_000).min(articles),
            started.elapsed().as_secs_f64()
        );
    }
    conn.execute_batch("ANALYZE; VACUUM").expect("vacuum");
}

fn article_records(n: usize, place_ids: &[PlaceId], stamp: &Stamp, records: &mut Vec<Record>) {
    let text = article_text(n);
    let article_id = ArticleId::new();
    records.push(Record::Article(Box::new(super::report_article(
        article_id,
        n,
        text.clone(),
        stamp,
    ))));
    for k in 0..INCIDENTS_PER_ARTICLE {
        let serial = n * INCIDENTS_PER_ARTICLE + k;
        let mut incident = Incident::new_draft(ANALYST, stamp.at);
        incident.date_start = jiff::civil::date(2019, 1, 1)
            .checked_add(jiff::Span::new().days((serial * 1826 / 1_000_000) as i64))
            .ok();
        incident.event_type = Some(EVENT_TYPES[serial % EVENT_TYPES.len()].into());
        incident.place_id = Some(place_ids[serial % place_ids.len()]);
        incident.killed.best = Some((serial % 5) as u32);
        incident.summary = format!("Incident {k} of report {n}");
        let incident_id = incident.incident_id;
        records.push(Record::Incident(Box::new(incident)));
        for s in 0..SPANS_PER_INCIDENT {
            let start = 60 + (k * SPANS_PER_INCIDENT + s) * 40;
            let span = Span {
                article_id,
                start,
                end: start + 25,
            };
            let evidence =
                Evidence::from_span(incident_id, span, &text, vec![], stamp).expect("fits");
            records.push(Record::from(evidence));
        }
    }
}

fn apply(conn: &mut rusqlite::Connection, stamp: &Stamp, records: Vec<Record>) {
    let edits = records.into_iter().map(Edit::Put).collect();
    let tx = conn.transaction().expect("tx");
    edit::apply(&tx, &Change::new("bench data", edits), stamp).expect("applies");
    tx.commit().expect("commits");
}
