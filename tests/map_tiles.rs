//! The map's optional online tiles, fetched from a tile server on the loopback address: drawn
//! when it answers, a clear message when it does not.

mod common;

use std::time::{Duration, Instant};

use common::loopback::{Reply, serve};
use common::window::sample;
use egui_kittest::Harness;
use spanline::app::SpanlineApp;

/// A 256 × 256 tile of one colour, as PNG.
fn tile_png() -> Vec<u8> {
    let mut out = Vec::new();
    let mut encoder = png::Encoder::new(&mut out, 256, 256);
    encoder.set_color(png::ColorType::Rgb);
    encoder.set_depth(png::BitDepth::Eight);
    let mut writer = encoder.write_header().expect("header");
    writer
        .write_image_data(&[200u8; 256 * 256 * 3])
        .expect("data");
    writer.finish().expect("finished");
    out
}

/// Steps frames (real time passing) until `done` or ten seconds.
fn step_until(harness: &mut Harness<'static, SpanlineApp>, done: fn(&SpanlineApp) -> bool) {
    let until = Instant::now() + Duration::from_secs(10);
    while !done(harness.state()) && Instant::now() < until {
        harness.step();
        std::thread::sleep(Duration::from_millis(20));
    }
}

#[test]
fn online_tiles_are_fetched_for_the_view_and_drawn() {
    let (address, paths) = serve(|_| Reply::ok("image/png", tile_png()));
    let (_dir, mut harness) = sample();
    assert_eq!(
        harness.state().map_tiles(),
        (0, None),
        "off unless turned on"
    );
    harness.state_mut().map_look_at(44.38, 33.3, 10.0);
    harness
        .state_mut()
        .map_tiles_from(&format!("{address}/{{z}}/{{x}}/{{y}}.png"));
    step_until(&mut harness, |app| app.map_tiles().0 >= 2);
    let (loaded, error) = harness.state().map_tiles();
    assert!(loaded >= 2, "tiles drawn: {loaded}, {error:?}");
    assert_eq!(error, None);
    let paths = paths.lock().expect("paths").clone();
    // The view's middle (the Green Zone, zoom 10) is tile 638/411: asked for first.
    assert!(paths.iter().any(|p| p == "/10/638/411.png"), "{paths:?}");
    assert!(
        paths.iter().all(|p| p.starts_with("/10/")),
        "one zoom level: {paths:?}"
    );
}

#[test]
fn a_tile_server_that_fails_says_so_under_the_map() {
    let (address, _) = serve(|_| Reply::status("404 Not Found"));
    let (_dir, mut harness) = sample();
    harness
        .state_mut()
        .map_tiles_from(&format!("{address}/{{z}}/{{x}}/{{y}}.png"));
    step_until(&mut harness, |app| app.map_tiles().1.is_some());
    let (loaded, error) = harness.state().map_tiles();
    assert_eq!(loaded, 0);
    let error = error.expect("a message");
    assert!(error.contains("404") && error.contains(&address), "{error}");
}
