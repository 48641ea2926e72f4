//! CPU time per frame of the map: `cargo bench --bench map`.
//!
//! A headless egui context runs each frame and tessellates its output (no GPU, no window), with
//! 100,000 incidents at the gazetteer's towns and bases: the whole region in view (target under
//! 8 ms a frame) and zoomed to Baghdad; rebuilding the marks after an edit; reading the
//! built-in basemap, with the memory its shapes take. Medians are what count.

mod common;

use divan::Bencher;
use egui::{Context, Pos2, RawInput, Rect, Vec2};
use spanline::map::basemap::{Basemap, basemap};
use spanline::map::marks::MapData;
use spanline::timeline::data::TimelineData;
use spanline::timeline::filter::Filters;
use spanline::ui::map_view::{MapSources, MapView, map_ui};
use spanline::workspace::codebook::Codebook;

// The allocator the application runs with (src/main.rs), so the figures are the app's.
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    divan::main();
}

struct Scene {
    ctx: Context,
    view: MapView,
    map: MapData,
    timeline: TimelineData,
    codebook: Codebook,
    filters: Filters,
}

fn scene() -> Scene {
    scene_of(100_000)
}

fn scene_of(incidents: usize) -> Scene {
    scene_at(incidents, levant_places())
}

/// The gazetteer's places in the five countries the benchmarks were first measured on (the
/// world's, spread over every continent, are another workload: see the note of issue 33).
fn levant_places() -> Vec<spanline::model::Place> {
    spanline::model::gazetteer::places()
        .iter()
        .filter(|p| {
            matches!(
                p.iso3.as_deref(),
                Some("IRQ" | "SYR" | "JOR" | "LBN" | "KWT")
            )
        })
        .cloned()
        .collect()
}

/// 100,000 places, each its own spot: the gazetteer's towns, each copied over and over a few
/// hundred metres apart (as exact coordinates from an imported dataset would be).
fn scattered_places() -> Vec<spanline::model::Place> {
    let towns = levant_places();
    (0..100_000)
        .map(|n| {
            let town = &towns[n % towns.len()];
            let jitter = (n / towns.len()) as f64 * 0.003;
            spanline::model::Place {
                place_id: spanline::model::PlaceId::new(),
                latitude: town.latitude.map(|l| l + jitter),
                longitude: town.longitude.map(|l| l + jitter / 2.0),
                ..town.clone()
            }
        })
        .collect()
}

fn scene_at(incidents: usize, places: Vec<spanline::model::Place>) -> Scene {
    let ctx = Context::default();
    spanline::ui::fonts::install(&ctx);
    let codebook = Codebook {
        places,
        ..Codebook::default()
    };
    let ids: Vec<_> = codebook.places.iter().map(|p| p.place_id).collect();
    let mut timeline = common::hundred_thousand_incidents(&ids);
    timeline.incidents.truncate(incidents);
    let map = MapData::new(&timeline.incidents, &codebook.places, basemap());
    Scene {
        ctx,
        view: MapView::default(),
        map,
        timeline,
        codebook,
        filters: Filters::default(),
    }
}

/// One map frame (the map alone, 900 × 600 points), tessellated; returns its vertex count.
fn frame(scene: &mut Scene) -> usize {
    let input = RawInput {
        screen_rect: Some(Rect::from_min_size(Pos2::ZERO, Vec2::new(900.0, 600.0))),
        ..RawInput::default()
    };
    let output = scene.ctx.run_ui(input, |ui| {
        let sources = MapSources {
            map: &scene.map,
            shown: None,
            timeline: &scene.timeline,
            codebook: &scene.codebook,
        };
        map_ui(ui, &mut scene.view, &sources, &scene.filters, None);
    });
    let primitives = scene.ctx.tessellate(output.shapes, output.pixels_per_point);
    primitives
        .iter()
        .map(|p| match &p.primitive {
            egui::epaint::Primitive::Mesh(mesh) => mesh.vertices.len(),
            egui::epaint::Primitive::Callback(_) => 0,
        })
        .sum()
}

fn bench_view(bencher: Bencher, look_at: Option<(f64, f64, f64)>, incidents: usize) {
    bench_scene(bencher, look_at, scene_of(incidents));
}

fn bench_scene(bencher: Bencher, look_at: Option<(f64, f64, f64)>, mut scene: Scene) {
    if let Some((lon, lat, zoom)) = look_at {
        scene.view.look_at(lon, lat, zoom);
    }
    for _ in 0..3 {
        frame(&mut scene);
    }
    let vertices = frame(&mut scene);
    eprintln!(
        "map frame: {vertices} vertices, {} of {} incidents in view at {} spots, zoom {:.1}",
        scene.view.marks_drawn(),
        scene.map.marks.len(),
        scene.map.sites.len(),
        scene.view.zoom().unwrap_or_default()
    );
    bencher.bench_local(|| frame(&mut scene));
}

#[divan::bench(sample_count = 30, sample_size = 1)]
fn map_100k_incidents_all_in_view(bencher: Bencher) {
    bench_view(bencher, None, 100_000);
}

/// Panning: the view moves every frame, so the basemap is tessellated anew each time.
#[divan::bench(sample_count = 30, sample_size = 1)]
fn map_100k_incidents_while_panning(bencher: Bencher) {
    let mut scene = scene_of(100_000);
    let mut step = 0.0;
    for _ in 0..3 {
        frame(&mut scene);
    }
    let zoom = scene.view.zoom().unwrap_or(6.0);
    bencher.bench_local(|| {
        step += 0.01;
        scene.view.look_at(42.0 + step, 33.5, zoom);
        frame(&mut scene)
    });
}

/// The worst case for clustering: no two incidents at the same spot.
#[divan::bench(sample_count = 30, sample_size = 1)]
fn map_100k_incidents_at_100k_spots_all_in_view(bencher: Bencher) {
    bench_scene(bencher, None, scene_at(100_000, scattered_places()));
}

/// The basemap alone: what a project with no placed incident costs.
#[divan::bench(sample_count = 30, sample_size = 1)]
fn map_basemap_only(bencher: Bencher) {
    bench_view(bencher, None, 0);
}

#[divan::bench(sample_count = 30, sample_size = 1)]
fn map_100k_incidents_zoomed_to_baghdad(bencher: Bencher) {
    bench_view(bencher, Some((44.38, 33.32, 11.0)), 100_000);
}

/// What an edit costs the map: its marks rebuilt from 100,000 timeline rows.
#[divan::bench(sample_count = 10, sample_size = 1)]
fn map_marks_rebuilt_for_100k_incidents(bencher: Bencher) {
    let scene = scene();
    bencher.bench_local(|| {
        MapData::new(&scene.timeline.incidents, &scene.codebook.places, basemap())
            .marks
            .len()
    });
}

/// Reading the built-in basemap (done once, on the first frame with the map).
#[divan::bench(sample_count = 10, sample_size = 1)]
fn basemap_load(bencher: Bencher) {
    let json = include_str!("../assets/basemap/world.json");
    let map = Basemap::parse(json).expect("parses");
    let regions = map.countries.iter().chain(&map.provinces);
    let points: usize = regions
        .clone()
        .map(|r| r.rings.iter().map(Vec::len).sum::<usize>() + r.points.len())
        .sum::<usize>()
        + [&map.province_borders, &map.coast, &map.rivers]
            .iter()
            .map(|lines| lines.iter().map(Vec::len).sum::<usize>())
            .sum::<usize>();
    let indices: usize = regions.map(|r| r.triangles.len()).sum();
    eprintln!(
        "basemap: {points} points, {indices} triangle indices, about {} KB in memory ({} KB of JSON)",
        (points * std::mem::size_of::<spanline::map::World>() + indices * 4) / 1024,
        json.len() / 1024
    );
    bencher.bench_local(|| Basemap::parse(json).map(|m| m.countries.len()).unwrap_or(0));
}
