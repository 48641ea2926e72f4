//! CPU time per frame of the source view and the window: `cargo bench --bench frames`.
//!
//! A headless egui context runs each frame and tessellates its output (no GPU, no window), on
//! a 1 MB article with 10,000 highlights: scrolling (target under 4 ms a frame), adding or
//! removing a highlight, switching articles and resizing (each under 16 ms) — the same again on
//! a 1 MB Arabic article, drawn right to left through the bidi path; and the whole window on the
//! sample project (under 2 ms). Medians are what count.

mod common;

use std::cell::RefCell;
use std::ops::Range;

use divan::Bencher;
use egui::{Context, FontId, Pos2, RawInput, Rect, Vec2};
use spanline::model::IncidentId;
use spanline::ui::highlight::{Highlight, Look, Marks};
use spanline::ui::source_view::SourceView;

// The allocator the application runs with (src/main.rs), so the figures are the app's.
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    divan::main();
}

/// About 1 MB of paragraphs of `per_paragraph` sentences, sentence `n` from `sentence(n)`,
/// different for each `seed`.
fn megabyte_of(seed: usize, per_paragraph: usize, sentence: fn(usize) -> String) -> String {
    let mut text = String::with_capacity(1_050_000);
    let mut n = seed;
    while text.len() < 1_000_000 {
        for _ in 0..per_paragraph {
            n += 1;
            text.push_str(&sentence(n));
        }
        text.push('\n');
    }
    text
}

/// About 1 MB of prose in paragraphs of ~600 characters.
fn megabyte_article(seed: usize) -> String {
    megabyte_of(seed, 6, |n| {
        format!(
            "Report {n}: shortly before midnight, {} rockets were fired from east Baghdad towards the Green Zone; ",
            n % 20
        )
    })
}

/// About 1 MB of Arabic prose (our own sentences, with numbers and a Latin name) in
/// paragraphs of ~600 characters.
fn arabic_megabyte_article(seed: usize) -> String {
    megabyte_of(seed, 4, |n| {
        format!(
            "التقرير {n}: قبيل منتصف الليل أُطلقت {} صواريخ من شرق بغداد باتجاه المنطقة الخضراء، وقالت وكالة Reuters إن الهجوم لم يسفر عن إصابات. ",
            n % 20
        )
    })
}

/// 10,000 highlights of 20 characters spread over the text.
fn highlights(text: &str) -> Vec<Highlight> {
    let len = text.chars().count();
    let step = len / 10_000;
    let incidents: Vec<IncidentId> = (0..500).map(|_| IncidentId::new()).collect();
    (0..10_000)
        .map(|i| Highlight {
            start: i * step,
            end: i * step + 20,
            incident_id: incidents[i % incidents.len()],
        })
        .collect()
}

fn input(width: f32) -> RawInput {
    RawInput {
        screen_rect: Some(Rect::from_min_size(Pos2::ZERO, Vec2::new(width, 900.0))),
        ..RawInput::default()
    }
}

fn look(width: f32) -> Look {
    Look {
        font: FontId::proportional(14.0),
        text_colour: egui::Color32::LIGHT_GRAY,
        selection_colour: egui::Color32::BLUE,
        wrap_width: width.min(720.0),
    }
}

/// The source view's state between frames.
struct Scene {
    ctx: Context,
    view: SourceView,
    text: String,
    other_text: String,
    highlights: Vec<Highlight>,
    version: u64,
    scroll: f32,
    width: f32,
}

impl Scene {
    fn new(article: fn(usize) -> String) -> Self {
        let ctx = Context::default();
        spanline::ui::fonts::install(&ctx);
        let text = article(0);
        let highlights = highlights(&text);
        let mut scene = Self {
            ctx,
            view: SourceView::default(),
            other_text: article(7),
            text,
            highlights,
            version: 0,
            scroll: 0.0,
            width: 1200.0,
        };
        // Warm up: fonts, the first layout of what is visible.
        for _ in 0..3 {
            scene.frame();
        }
        scene
    }

    /// One frame: run the ui, then tessellate what it painted.
    fn frame(&mut self) -> usize {
        let Self {
            ctx,
            view,
            text,
            highlights,
            version,
            scroll,
            width,
            ..
        } = self;
        let mut look = look(*width);
        let output = ctx.run_ui(input(*width), |ui| {
            look.font = spanline::ui::fonts::reading_font(ui, 14.0);
            egui::ScrollArea::vertical()
                .vertical_scroll_offset(*scroll)
                .show(ui, |ui| {
                    let marks = Marks {
                        highlights,
                        suggestions: &[],
                        selection: None,
                        flash: None,
                        search_hits: &[],
                    };
                    view.ui(ui, text, marks, *version, &look);
                });
        });
        let primitives = ctx.tessellate(output.shapes, output.pixels_per_point);
        primitives.len()
    }
}

thread_local! {
    static SCENE: RefCell<Option<Scene>> = const { RefCell::new(None) };
    static ARABIC_SCENE: RefCell<Option<Scene>> = const { RefCell::new(None) };
}

fn with_scene<R>(f: impl FnOnce(&mut Scene) -> R) -> R {
    SCENE.with(|cell| {
        let mut cell = cell.borrow_mut();
        f(cell.get_or_insert_with(|| Scene::new(megabyte_article)))
    })
}

fn with_arabic_scene<R>(f: impl FnOnce(&mut Scene) -> R) -> R {
    ARABIC_SCENE.with(|cell| {
        let mut cell = cell.borrow_mut();
        f(cell.get_or_insert_with(|| Scene::new(arabic_megabyte_article)))
    })
}

fn scroll(scene: &mut Scene) -> usize {
    scene.scroll = (scene.scroll + 120.0) % 200_000.0;
    scene.frame()
}

fn add_or_remove(scene: &mut Scene) -> usize {
    if scene.highlights.len() > 10_000 {
        scene.highlights.pop();
    } else {
        // A highlight in view, as when the analyst attaches evidence.
        let at = scene.view.selected().map_or(40, |r: Range<usize>| r.start);
        scene.highlights.push(Highlight {
            start: at,
            end: at + 15,
            incident_id: IncidentId::new(),
        });
    }
    scene.version += 1;
    scene.frame()
}

fn switch(scene: &mut Scene) -> usize {
    std::mem::swap(&mut scene.text, &mut scene.other_text);
    scene.view.reset();
    scene.version += 1;
    scene.frame()
}

fn resize(scene: &mut Scene) -> usize {
    // A new width every frame, as while dragging the window edge, and narrower than the
    // 720-pixel reading column so the text really re-wraps: nothing cached fits.
    scene.width = if scene.width >= 700.0 {
        420.0
    } else {
        scene.width + 3.0
    };
    scene.frame()
}

#[divan::bench(sample_count = 50, sample_size = 1)]
fn scroll_one_frame(bencher: Bencher) {
    bencher.bench_local(|| with_scene(scroll));
}

#[divan::bench(sample_count = 50, sample_size = 1)]
fn add_or_remove_a_highlight(bencher: Bencher) {
    bencher.bench_local(|| with_scene(add_or_remove));
}

#[divan::bench(sample_count = 30, sample_size = 1)]
fn switch_articles(bencher: Bencher) {
    bencher.bench_local(|| with_scene(switch));
}

#[divan::bench(sample_count = 50, sample_size = 1)]
fn resize_the_window(bencher: Bencher) {
    bencher.bench_local(|| with_scene(resize));
}

#[divan::bench(sample_count = 50, sample_size = 1)]
fn arabic_scroll_one_frame(bencher: Bencher) {
    bencher.bench_local(|| with_arabic_scene(scroll));
}

#[divan::bench(sample_count = 50, sample_size = 1)]
fn arabic_add_or_remove_a_highlight(bencher: Bencher) {
    bencher.bench_local(|| with_arabic_scene(add_or_remove));
}

#[divan::bench(sample_count = 30, sample_size = 1)]
fn arabic_switch_articles(bencher: Bencher) {
    bencher.bench_local(|| with_arabic_scene(switch));
}

#[divan::bench(sample_count = 50, sample_size = 1)]
fn arabic_resize_the_window(bencher: Bencher) {
    bencher.bench_local(|| with_arabic_scene(resize));
}

#[divan::bench(sample_count = 50, sample_size = 1)]
fn whole_window_on_the_sample_project(bencher: Bencher) {
    let dir = tempfile::tempdir().expect("temp dir");
    let copy = dir.path().join("sample.db");
    std::fs::copy(
        concat!(env!("CARGO_MANIFEST_DIR"), "/sample_db/spanline-sample.db"),
        &copy,
    )
    .expect("sample");
    let mut app = spanline::app::SpanlineApp::new(Some(&copy), "bench");
    app.wait_for_checks();
    let first = app
        .project()
        .and_then(|p| spanline::store::articles::summaries(p.conn(), 0, 10).ok());
    if let Some(article) = first.and_then(|list| list.into_iter().nth(3)) {
        app.show_article(article.article_id);
    }
    let ctx = Context::default();
    let app = RefCell::new(app);
    for _ in 0..3 {
        let _ = ctx.run_ui(input(1400.0), |ui| app.borrow_mut().show(ui));
    }
    bencher.bench_local(|| {
        let output = ctx.run_ui(input(1400.0), |ui| app.borrow_mut().show(ui));
        ctx.tessellate(output.shapes, output.pixels_per_point).len()
    });
}

/// One coding step in a project of 100,000 incidents: select words, press N, and the frame in
/// which the app stores the new incident and brings its lists and timeline up to date. Target:
/// under 100 ms, so coding never stalls on a large project.
#[divan::bench(sample_count = 20, sample_size = 1)]
fn new_incident_in_a_project_of_100k_incidents(bencher: Bencher) {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("big.db");
    common::build_project(&path, 2_000, 50);
    let mut app = spanline::app::SpanlineApp::new(Some(&path), "bench");
    app.wait_for_checks();
    let first = app
        .project()
        .and_then(|p| spanline::store::articles::summaries(p.conn(), 0, 1).ok());
    if let Some(article) = first.and_then(|list| list.into_iter().next()) {
        app.show_article(article.article_id);
    }
    let ctx = Context::default();
    for _ in 0..3 {
        let _ = ctx.run_ui(input(1400.0), |ui| app.show(ui));
    }
    let before = app
        .project()
        .and_then(|p| spanline::store::meta::counts(p.conn()).ok())
        .map(|c| c.incidents);
    bencher.bench_local(|| {
        app.select_range(100..140);
        let pressed = common::pressing_n(input(1400.0));
        ctx.run_ui(pressed, |ui| app.show(ui)).shapes.len()
    });
    let after = app
        .project()
        .and_then(|p| spanline::store::meta::counts(p.conn()).ok())
        .map(|c| c.incidents);
    assert!(after > before, "each step made an incident");
}

/// One timeline frame, tessellated; returns how many vertices it drew.
fn timeline_frame(
    ctx: &Context,
    view: &mut spanline::ui::timeline_view::TimelineView,
    data: &mut spanline::timeline::data::TimelineData,
    codebook: &spanline::workspace::codebook::Codebook,
) -> usize {
    let output = ctx.run_ui(input(1400.0), |ui| {
        spanline::ui::timeline_view::timeline_ui(ui, view, data, codebook, None, &mut Vec::new());
    });
    let primitives = ctx.tessellate(output.shapes, output.pixels_per_point);
    primitives
        .iter()
        .map(|p| match &p.primitive {
            egui::epaint::Primitive::Mesh(mesh) => mesh.vertices.len(),
            egui::epaint::Primitive::Callback(_) => 0,
        })
        .sum::<usize>()
}

fn bench_timeline(bencher: Bencher, zoom: Option<(jiff::civil::Date, jiff::civil::Date)>) {
    let ctx = Context::default();
    spanline::ui::fonts::install(&ctx);
    let mut data = common::hundred_thousand_incidents(&[]);
    let mut view = spanline::ui::timeline_view::TimelineView::default();
    let codebook = spanline::workspace::codebook::Codebook::default();
    for _ in 0..3 {
        timeline_frame(&ctx, &mut view, &mut data, &codebook);
    }
    if let Some((from, to)) = zoom {
        // The same zoom as the "Zoom to range" button; its bounds apply from the next frame.
        view.zoom_to(from, to);
        timeline_frame(&ctx, &mut view, &mut data, &codebook);
    }
    let vertices = timeline_frame(&ctx, &mut view, &mut data, &codebook);
    eprintln!(
        "timeline frame: {vertices} vertices, {} incidents in view",
        view.incidents_in_view(&data)
    );
    bencher.bench_local(|| timeline_frame(&ctx, &mut view, &mut data, &codebook));
}

#[divan::bench(sample_count = 30, sample_size = 1)]
fn timeline_100k_incidents_all_five_years(bencher: Bencher) {
    bench_timeline(bencher, None);
}

#[divan::bench(sample_count = 30, sample_size = 1)]
fn timeline_100k_incidents_zoomed_to_a_year(bencher: Bencher) {
    let year = (
        jiff::civil::date(2019, 1, 1),
        jiff::civil::date(2019, 12, 31),
    );
    bench_timeline(bencher, Some(year));
}

#[divan::bench(sample_count = 30, sample_size = 1)]
fn timeline_100k_incidents_zoomed_to_a_month(bencher: Bencher) {
    let month = (
        jiff::civil::date(2019, 6, 1),
        jiff::civil::date(2019, 6, 30),
    );
    bench_timeline(bencher, Some(month));
}

/// What every edit costs the timeline today: rebuilding its data (lanes, duplicates) from
/// 100,000 rows already read.
#[divan::bench(sample_count = 10, sample_size = 1)]
fn timeline_rebuild_100k_incidents(bencher: Bencher) {
    let rows = common::hundred_thousand_incidents(&[]).incidents;
    bencher.bench_local(|| {
        spanline::timeline::data::TimelineData::new(rows.clone(), Vec::new(), Default::default())
            .incidents
            .len()
    });
}

/// What a keystroke in the incident editor costs the timeline now: one row replaced.
#[divan::bench(sample_count = 30, sample_size = 1)]
fn timeline_replace_one_of_100k_incidents(bencher: Bencher) {
    let mut data = common::hundred_thousand_incidents(&[]);
    let mut row = data.incidents[50_000].clone();
    bencher.bench_local(|| {
        row.summary.push('x');
        data.replace(row.incident_id, Some(row.clone()));
    });
}
