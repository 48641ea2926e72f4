//! Issue 33's scale: a project of 1,000,000 incidents, 3,000,000 evidence spans and 100,000
//! articles (`cargo bench --bench million`). The project is built once and cached under
//! `target/bench-projects/` (some minutes the first time); benches that write work on a copy.

mod common;

use std::path::{Path, PathBuf};

use divan::Bencher;
use egui::{Context, RawInput, Rect, Vec2};
use spanline::app::SpanlineApp;
use spanline::store::{articles, incidents, meta};

// The allocator the application runs with (src/main.rs), so the figures are the app's.
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    common::million::million_project();
    divan::main();
}

fn input() -> RawInput {
    RawInput {
        screen_rect: Some(Rect::from_min_size(
            Default::default(),
            Vec2::new(1400.0, 900.0),
        )),
        ..Default::default()
    }
}

fn reader() -> rusqlite::Connection {
    rusqlite::Connection::open_with_flags(
        common::million::million_project(),
        rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY,
    )
    .expect("opens")
}

/// A writable copy of the cached project, in a folder removed when it drops.
struct Copy {
    _dir: tempfile::TempDir,
    path: PathBuf,
}

fn writable_copy() -> Copy {
    let dir = tempfile::tempdir_in(Path::new(env!("CARGO_MANIFEST_DIR")).join("target"))
        .expect("temp dir");
    let path = dir.path().join("million.db");
    std::fs::copy(common::million::million_project(), &path).expect("copied");
    Copy { _dir: dir, path }
}

/// The window on the project at `path`, checked, with the corpus's first article open.
fn at_the_first_article(path: &Path) -> SpanlineApp {
    let mut app = SpanlineApp::new(Some(path), "bench");
    app.wait_for_checks();
    let first = app
        .project()
        .and_then(|p| articles::summaries(p.conn(), 0, 1).ok());
    if let Some(article) = first.and_then(|list| list.into_iter().next()) {
        app.show_article(article.article_id);
    }
    app
}

/// The full JSON export of the cached project, written once beside it (3.2 GB).
fn json_export() -> PathBuf {
    let project = common::million::million_project();
    let export = project.with_extension("json");
    if !export.exists() {
        let conn = rusqlite::Connection::open_with_flags(
            &project,
            rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY,
        )
        .expect("opens");
        spanline::export::export_project(&conn, spanline::export::Format::Json, &export)
            .expect("exported");
    }
    export
}

/// An export of the whole project in `format` to a file in a folder of its own (the integrity
/// scan that the command line runs beside it is not part of this).
fn bench_export(bencher: Bencher, format: spanline::export::Format) {
    // Opened as the app opens its readers: without SQLite's own lock around every call, which
    // a connection used by one thread at a time does not need (a fifth of reading a row).
    let conn = rusqlite::Connection::open_with_flags(
        common::million::million_project(),
        rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY | rusqlite::OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .expect("opens");
    let dir = tempfile::tempdir_in(Path::new(env!("CARGO_MANIFEST_DIR")).join("target"))
        .expect("temp dir");
    let path = dir.path().join("export");
    bencher
        .bench_local(|| spanline::export::export_project(&conn, format, &path).expect("exported"));
}

/// The full JSON: every record, streamed (2.4 GB).
#[divan::bench(sample_count = 3, sample_size = 1)]
fn export_the_whole_project_as_json(bencher: Bencher) {
    bench_export(bencher, spanline::export::Format::Json);
}

/// The ACLED-style table of the million incidents.
#[divan::bench(sample_count = 3, sample_size = 1)]
fn export_to_acled_csv(bencher: Bencher) {
    bench_export(bencher, spanline::export::Format::Acled);
}

/// The three million spans as W3C Web Annotations, one to a line (1.7 GB).
#[divan::bench(sample_count = 3, sample_size = 1)]
fn export_the_evidence_as_web_annotations(bencher: Bencher) {
    bench_export(bencher, spanline::export::Format::W3c);
}

/// Restoring the full JSON export into a new, empty project, streamed (as `spanline import
/// new.db export.json` does): 4.1 million records read, checked, written and logged.
#[divan::bench(sample_count = 2, sample_size = 1)]
fn restore_the_json_export(bencher: Bencher) {
    let export = json_export();
    bencher
        .with_inputs(|| {
            let dir = tempfile::tempdir_in(Path::new(env!("CARGO_MANIFEST_DIR")).join("target"))
                .expect("temp dir");
            let project = spanline::store::Project::create_empty(&dir.path().join("r.db"), "bench")
                .expect("new project");
            (dir, project)
        })
        .bench_local_values(|(dir, mut project)| {
            let file = std::fs::File::open(&export).expect("opens the export");
            let never = std::sync::atomic::AtomicBool::new(false);
            let restored =
                spanline::export::restore::restore(&mut project, file, "bench", &never, |_| {})
                    .expect("restored");
            (dir, project, restored)
        });
}

/// From nothing to the first frame of a usable window on the project.
#[divan::bench(sample_count = 3, sample_size = 1)]
fn open_to_the_first_frame(bencher: Bencher) {
    let path = common::million::million_project();
    let ctx = Context::default();
    bencher.bench_local(|| {
        let mut app = SpanlineApp::new(Some(&path), "bench");
        ctx.run_ui(input(), |ui| app.show(ui)).shapes.len()
    });
}

/// Every incident's timeline row, as the timeline and the map are built from.
#[divan::bench(sample_count = 3, sample_size = 1)]
fn read_every_timeline_row(bencher: Bencher) {
    let conn = reader();
    bencher.bench_local(|| incidents::timeline(&conn, None, None).expect("rows").len());
}

/// The same rows read 20,000 at a time, as the window reads them in the background.
#[divan::bench(sample_count = 3, sample_size = 1)]
fn read_every_timeline_row_in_chunks(bencher: Bencher) {
    let conn = reader();
    bencher.bench_local(|| {
        incidents::timeline_in_chunks(&conn, 20_000, |_| true)
            .expect("rows")
            .map(|rows| rows.len())
    });
}

/// The counts the status bar and `spanline stats` show.
#[divan::bench(sample_count = 5, sample_size = 1)]
fn count_the_records(bencher: Bencher) {
    let conn = reader();
    bencher.bench_local(|| meta::counts(&conn).expect("counts").incidents);
}

/// The corpus list's first page.
#[divan::bench(sample_count = 5, sample_size = 1)]
fn corpus_first_page(bencher: Bencher) {
    let conn = reader();
    bencher.bench_local(|| articles::summaries(&conn, 0, 500).expect("page").len());
}

/// A full-text search over the 100,000 articles.
#[divan::bench(sample_count = 10, sample_size = 1)]
fn search_the_articles(bencher: Bencher) {
    let conn = reader();
    bencher.bench_local(|| {
        articles::search(&conn, "rockets report 4711", 500)
            .expect("hits")
            .len()
    });
}

/// One coding step: select words, press N, and the frame that stores the incident and brings
/// the lists, timeline and map up to date.
#[divan::bench(sample_count = 10, sample_size = 1)]
fn coding_step(bencher: Bencher) {
    let copy = writable_copy();
    let mut app = at_the_first_article(&copy.path);
    let ctx = Context::default();
    for _ in 0..3 {
        let _ = ctx.run_ui(input(), |ui| app.show(ui));
    }
    bencher.bench_local(|| {
        app.select_range(100..140);
        let pressed = common::pressing_n(input());
        let stored = ctx.run_ui(pressed, |ui| app.show(ui)).shapes.len();
        // The frame after, which draws what the change updated.
        stored + ctx.run_ui(input(), |ui| app.show(ui)).shapes.len()
    });
}

/// Undo and redo of a coding step: Ctrl+Z, the frame after, Ctrl+Shift+Z, the frame after.
#[divan::bench(sample_count = 10, sample_size = 1)]
fn undo_and_redo(bencher: Bencher) {
    let copy = writable_copy();
    let mut app = at_the_first_article(&copy.path);
    let ctx = Context::default();
    app.select_range(100..140);
    let _ = ctx.run_ui(common::pressing_n(input()), |ui| app.show(ui));
    for _ in 0..3 {
        let _ = ctx.run_ui(input(), |ui| app.show(ui));
    }
    let command = egui::Modifiers::COMMAND;
    bencher.bench_local(|| {
        let undo = common::pressing(input(), egui::Key::Z, command);
        let mut shapes = ctx.run_ui(undo, |ui| app.show(ui)).shapes.len();
        shapes += ctx.run_ui(input(), |ui| app.show(ui)).shapes.len();
        let redo = common::pressing(input(), egui::Key::Z, command | egui::Modifiers::SHIFT);
        shapes += ctx.run_ui(redo, |ui| app.show(ui)).shapes.len();
        shapes + ctx.run_ui(input(), |ui| app.show(ui)).shapes.len()
    });
    assert!(app.error().is_none(), "{:?}", app.error());
}

/// Switching between two articles of the corpus's first page, and the frame that shows it.
#[divan::bench(sample_count = 10, sample_size = 1)]
fn switch_articles(bencher: Bencher) {
    let path = common::million::million_project();
    let mut app = SpanlineApp::new(Some(&path), "bench");
    app.wait_for_checks();
    let two: Vec<_> = app
        .project()
        .and_then(|p| articles::summaries(p.conn(), 0, 2).ok())
        .unwrap_or_default()
        .into_iter()
        .map(|a| a.article_id)
        .collect();
    let ctx = Context::default();
    let mut turn = 0;
    bencher.bench_local(|| {
        turn += 1;
        if let Some(article) = two.get(turn % two.len().max(1)) {
            app.show_article(*article);
        }
        ctx.run_ui(input(), |ui| app.show(ui)).shapes.len()
    });
}

/// A frame in which nothing changed, with the timeline and the map of every incident docked.
#[divan::bench(sample_count = 30, sample_size = 1)]
fn a_frame_with_nothing_new(bencher: Bencher) {
    let path = common::million::million_project();
    let mut app = SpanlineApp::new(Some(&path), "bench");
    app.wait_for_checks();
    let ctx = Context::default();
    for _ in 0..3 {
        let _ = ctx.run_ui(input(), |ui| app.show(ui));
    }
    bencher.bench_local(|| ctx.run_ui(input(), |ui| app.show(ui)).shapes.len());
}

/// The window on the project, checked and its timeline and map read, after a few frames.
fn settled_window(ctx: &Context) -> SpanlineApp {
    let path = common::million::million_project();
    let mut app = SpanlineApp::new(Some(&path), "bench");
    app.wait_for_checks();
    for _ in 0..3 {
        let _ = ctx.run_ui(input(), |ui| app.show(ui));
    }
    app
}

/// Filtering the lists, the timeline and the map to a time range (as a Shift+drag on the
/// timeline does), one range and another of the same length in turn, and the frame that
/// applies it.
fn filter_to_ranges(bencher: Bencher, ranges: [(jiff::civil::Date, jiff::civil::Date); 2]) {
    let ctx = Context::default();
    let mut app = settled_window(&ctx);
    let mut turn = 0;
    bencher.bench_local(|| {
        turn += 1;
        let (from, to) = ranges[turn % ranges.len()];
        app.filter_to_range(from, to);
        ctx.run_ui(input(), |ui| app.show(ui)).shapes.len()
    });
    assert!(app.filtered_incidents().is_some(), "the filter was applied");
}

/// A year of the five (about 200,000 incidents let through).
#[divan::bench(sample_count = 10, sample_size = 1)]
fn filter_to_a_year(bencher: Bencher) {
    use jiff::civil::date;
    filter_to_ranges(
        bencher,
        [
            (date(2021, 1, 1), date(2021, 12, 31)),
            (date(2022, 1, 1), date(2022, 12, 31)),
        ],
    );
}

/// A month (about 16,000 incidents let through).
#[divan::bench(sample_count = 10, sample_size = 1)]
fn filter_to_a_month(bencher: Bencher) {
    use jiff::civil::date;
    filter_to_ranges(
        bencher,
        [
            (date(2022, 3, 1), date(2022, 3, 31)),
            (date(2022, 4, 1), date(2022, 4, 30)),
        ],
    );
}

/// Panning the map over the incidents' places, one view and the next in turn, and the frame
/// that draws it.
#[divan::bench(sample_count = 10, sample_size = 1)]
fn pan_the_map(bencher: Bencher) {
    let ctx = Context::default();
    let mut app = settled_window(&ctx);
    let views = [(43.0, 34.0), (43.4, 34.2)];
    let mut turn = 0;
    bencher.bench_local(|| {
        turn += 1;
        let (lon, lat) = views[turn % views.len()];
        app.map_look_at(lon, lat, 6.0);
        ctx.run_ui(input(), |ui| app.show(ui)).shapes.len()
    });
    assert!(app.map_marks_drawn() > 0, "marks were drawn");
}

/// A letter typed into the corpus search box (focused with Ctrl+F), and the frame that takes
/// it: the search itself runs in the background (`search_the_articles`).
#[divan::bench(sample_count = 10, sample_size = 1)]
fn type_in_the_search_box(bencher: Bencher) {
    let ctx = Context::default();
    let mut app = settled_window(&ctx);
    let focus = common::pressing(input(), egui::Key::F, egui::Modifiers::COMMAND);
    let _ = ctx.run_ui(focus, |ui| app.show(ui));
    // The box takes the focus as it is drawn in the frame after the shortcut.
    let _ = ctx.run_ui(input(), |ui| app.show(ui));
    let mut word = input();
    word.events.push(egui::Event::Text("rocket".into()));
    let _ = ctx.run_ui(word, |ui| app.show(ui));
    let mut turn = 0;
    bencher.bench_local(|| {
        turn += 1;
        // "rockets", then "rocket" again.
        let mut typed = input();
        if turn % 2 == 1 {
            typed.events.push(egui::Event::Text("s".into()));
        } else {
            typed = common::pressing(typed, egui::Key::Backspace, egui::Modifiers::NONE);
        }
        ctx.run_ui(typed, |ui| app.show(ui)).shapes.len()
    });
    // The letters went into the box: its search answers.
    for _ in 0..100 {
        if app.search_hits().is_some() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
        let _ = ctx.run_ui(input(), |ui| app.show(ui));
    }
    assert!(
        app.search_hits().is_some(),
        "the search box took the letters"
    );
    assert!(app.error().is_none(), "{:?}", app.error());
}
