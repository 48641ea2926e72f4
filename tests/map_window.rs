//! The map beside the timeline, driven headless: marks select incidents, a box filters the lists
//! and the timeline, the timeline's time range narrows the map, Play steps through time.

mod common;

use common::pointer::{click_at, drag, drag_holding};
use common::window::{sample, sample_where};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use spanline::app::SpanlineApp;
use spanline::map::World;
use spanline::model::IncidentId;

fn incident(harness: &Harness<'static, SpanlineApp>, summary: &str) -> IncidentId {
    harness
        .state()
        .timeline_incidents()
        .iter()
        .find(|i| i.summary == summary)
        .map(|i| i.incident_id)
        .unwrap_or_else(|| panic!("{summary} is on the timeline"))
}

/// Centres the map on `lon`, `lat` at `zoom` and returns where a point will be drawn.
fn look_at(
    harness: &mut Harness<'static, SpanlineApp>,
    lon: f64,
    lat: f64,
    zoom: f64,
) -> impl Fn(f64, f64) -> egui::Pos2 + use<> {
    harness.state_mut().map_look_at(lon, lat, zoom);
    harness.run();
    let rect = harness.state().map_rect().expect("the map is drawn");
    let centre = World::from_degrees(lon, lat);
    let scale = 256.0 * zoom.exp2();
    move |lon, lat| {
        let w = World::from_degrees(lon, lat);
        rect.center()
            + egui::vec2(
                ((w.x - centre.x) * scale) as f32,
                ((w.y - centre.y) * scale) as f32,
            )
    }
}

#[test]
fn clicking_a_mark_selects_its_incident_and_flashes_its_place_evidence() {
    let (_dir, mut harness) = sample();
    let k1 = incident(&harness, "Rockets on K1 kill a US contractor");
    let screen = look_at(&mut harness, 44.3, 35.5, 11.0);
    let at = harness.state().map_mark(k1).expect("K1 is on the map");
    assert!(
        at.distance(screen(44.3, 35.5)) < 1.5,
        "drawn at its place: {at:?}"
    );
    click_at(&mut harness, at);
    let state = harness.state();
    let selected = state
        .workspace()
        .selected
        .as_ref()
        .expect("an incident is selected");
    assert_eq!(selected.incident.incident_id, k1);
    let place_evidence = selected
        .evidence
        .iter()
        .find(|e| e.fields.contains(&spanline::model::Field::Place))
        .expect("the sample codes K1's place from words");
    assert_eq!(
        state.flashed(),
        Some(place_evidence.start..place_evidence.end)
    );
    assert_eq!(
        state.open_article_title(),
        Some("Security brief: the embassy and the convoys, December 2020")
    );
}

#[test]
fn a_box_drawn_on_the_map_filters_the_lists_and_the_timeline() {
    let (_dir, mut harness) = sample();
    let erbil = [
        incident(&harness, "Ballistic missile fired towards the Erbil area"),
        incident(
            &harness,
            "Six rockets fired from the Nineveh plains towards Erbil",
        ),
    ];
    let screen = look_at(&mut harness, 44.0, 36.2, 8.0);
    let shift = egui::Modifiers::SHIFT;
    drag_holding(&mut harness, screen(43.6, 36.5), screen(44.4, 35.9), shift);
    let filtered = harness
        .state()
        .filtered_incidents()
        .expect("a filter is set");
    assert_eq!(
        filtered,
        erbil.into_iter().collect(),
        "the two Erbil incidents, nothing else"
    );
    assert!(
        harness
            .query_by_label_contains("Rockets fired at Erbil")
            .is_some()
    );
    assert!(
        harness
            .query_by_label_contains("Rockets on the Green Zone end a month-long truce")
            .is_none(),
        "an article with no incident in the box leaves the list"
    );
    harness.get_by_label("Clear area").click();
    harness.run();
    assert_eq!(harness.state().filtered_incidents(), None);
}

#[test]
fn a_time_range_on_the_timeline_removes_marks_from_the_map() {
    let (_dir, mut harness) = sample();
    // The ten incidents with coordinates, in view when the map fits them.
    assert_eq!(harness.state().map_marks_drawn(), 10);
    assert!(
        harness
            .query_by_label_contains("15 incidents have no coordinates")
            .is_some()
    );
    harness.state_mut().filter_to_range(
        jiff::civil::date(2020, 11, 1),
        jiff::civil::date(2020, 11, 30),
    );
    harness.run();
    assert_eq!(
        harness.state().map_marks_drawn(),
        1,
        "only the Green Zone rockets of 17 November"
    );
    let green_zone = incident(
        &harness,
        "Seven rockets on the Green Zone break the October truce",
    );
    assert!(harness.state().map_mark(green_zone).is_some());
}

#[test]
fn play_steps_the_time_range_a_week_at_a_time_and_pauses() {
    let (_dir, mut harness) = sample();
    harness.get_by_label("Step ⏭").click();
    harness.run();
    let first = jiff::civil::date(2019, 12, 27);
    let week = |n: i64| {
        let from = first.checked_add(jiff::Span::new().weeks(n)).expect("date");
        (
            from,
            from.checked_add(jiff::Span::new().days(6)).expect("date"),
        )
    };
    assert_eq!(
        harness.state().time_range(),
        Some(week(0)),
        "from the first incident, a week"
    );
    harness.get_by_label("▶ Play").click();
    harness.step();
    assert!(harness.state().map_playing());
    assert_eq!(harness.state().time_range(), Some(week(1)));
    // Harness frames are a quarter of a second apart; a step is taken every 0.8 s.
    for _ in 0..4 {
        harness.step();
    }
    assert_eq!(harness.state().time_range(), Some(week(2)));
    harness.get_by_label("⏸ Pause").click();
    harness.step();
    assert!(!harness.state().map_playing());
    for _ in 0..8 {
        harness.step();
    }
    assert_eq!(harness.state().time_range(), Some(week(2)), "paused");
    // A month a step, as the timeline's cursor follows.
    harness.get_by_label("monthly").click();
    harness.get_by_label("Step ⏭").click();
    harness.run();
    let (from, _) = harness.state().time_range().expect("a range");
    assert_eq!(
        from,
        week(2)
            .0
            .checked_add(jiff::Span::new().months(1))
            .expect("date")
    );
}

#[test]
fn incidents_at_one_spot_are_one_cluster_whose_clicks_select_each_in_turn() {
    let (_dir, mut harness) = sample();
    let at_green_zone = [
        incident(&harness, "Protesters storm the US embassy compound"),
        incident(
            &harness,
            "Seven rockets on the Green Zone break the October truce",
        ),
        incident(
            &harness,
            "Eight rockets at the US Embassy, shot down by C-RAM",
        ),
    ];
    // Zoomed in to a few streets: Baghdad's own place, a kilometre away, stands apart.
    let screen = look_at(&mut harness, 44.38, 33.3, 14.0);
    let spot = screen(44.38, 33.3);
    for id in at_green_zone {
        let at = harness.state().map_mark(id).expect("drawn");
        assert!(at.distance(spot) < 1.5, "all three at the one spot");
    }
    let mut selected = Vec::new();
    for _ in 0..4 {
        click_at(&mut harness, spot);
        let state = harness.state();
        selected.push(state.selected_incident().map(|i| i.incident_id));
    }
    let expected: Vec<Option<IncidentId>> = [0, 1, 2, 0]
        .iter()
        .map(|&i| Some(at_green_zone[i]))
        .collect();
    assert_eq!(selected, expected, "in date order, then round again");
}

#[test]
fn scrolling_zooms_about_the_pointer_and_the_split_between_timeline_and_map_drags() {
    let (_dir, mut harness) = sample();
    let screen = look_at(&mut harness, 44.0, 34.0, 7.0);
    let baghdad = screen(44.38, 33.3);
    harness.event(egui::Event::PointerMoved(baghdad));
    harness.event(egui::Event::MouseWheel {
        unit: egui::MouseWheelUnit::Point,
        delta: egui::vec2(0.0, 200.0),
        modifiers: egui::Modifiers::NONE,
        phase: egui::TouchPhase::Move,
        source: egui::MouseWheelSource::Wheel,
    });
    // Scrolling is smoothed over a few frames (and the pointer's tooltip keeps asking for more).
    harness.run_steps(12);
    let zoom = harness.state().map_zoom().expect("drawn");
    assert!(zoom > 7.5, "scrolled in: zoom {zoom}");
    let storming = incident(&harness, "Protesters storm the US embassy compound");
    let at = harness.state().map_mark(storming).expect("still in view");
    assert!(
        at.distance(baghdad) < 12.0,
        "the point under the pointer stays there: {at:?}"
    );
    // Drag the line left of the map: the map widens.
    let before = harness.state().map_rect().expect("drawn");
    let line = egui::pos2(before.left() - 4.0, before.center().y);
    drag(&mut harness, line, line - egui::vec2(100.0, 0.0));
    let after = harness.state().map_rect().expect("drawn");
    assert!(
        after.width() > before.width() + 80.0,
        "{before:?} → {after:?}"
    );
}

#[test]
fn incidents_whose_place_has_no_coordinates_are_counted_and_the_place_opens_in_the_codebook() {
    let (_dir, mut harness) = sample_where(
        "UPDATE places SET latitude = NULL, longitude = NULL WHERE name = 'Babil / Hilla'",
    );
    assert_eq!(
        harness.state().map_marks_drawn(),
        8,
        "the two Babil bombs left the map"
    );
    assert!(
        harness
            .query_by_label_contains("17 incidents have no coordinates")
            .is_some()
    );
    harness.get_by_label("Open place").click();
    harness.run();
    assert!(harness.state().codebook_open());
    let babil = harness
        .state()
        .workspace()
        .codebook
        .places
        .iter()
        .find(|p| p.name == "Babil / Hilla")
        .map(|p| p.place_id)
        .expect("Babil");
    assert_eq!(
        harness.state().codebook_selected(),
        Some(spanline::edit::commands::CodebookEntry::Place(babil))
    );
}

#[test]
fn dragging_pans_the_map_and_fit_shows_every_incident_again() {
    let (_dir, mut harness) = sample();
    let storming = incident(&harness, "Protesters storm the US embassy compound");
    let screen = look_at(&mut harness, 44.38, 33.3, 12.0);
    assert!(
        harness.state().map_marks_drawn() < 10,
        "zoomed in on Baghdad"
    );
    let before = harness.state().map_mark(storming).expect("drawn");
    // From empty ground a little south-west of the Green Zone.
    let from = screen(44.34, 33.27);
    drag(&mut harness, from, from + egui::vec2(60.0, -40.0));
    let after = harness.state().map_mark(storming).expect("still in view");
    let moved = after - before;
    assert!(
        (moved.x - 60.0).abs() < 2.0 && (moved.y + 40.0).abs() < 2.0,
        "{moved:?}"
    );
    harness.get_by_label("Fit").click();
    harness.run();
    assert_eq!(harness.state().map_marks_drawn(), 10);
}
