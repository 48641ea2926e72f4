//! The coding desk driven headless: the editor says what it edits and lets go of an incident
//! when another article opens unless pinned; one span for two fields; a span's ends adjusted
//! by keys with its fields kept, in one undo step; the window at 1366 × 768 keeps every
//! control inside it; the legend stands above the timeline, clear of its marks.

mod common;

use common::pointer::drag;
use common::window::{article_titled, harness_sized, sample};
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use spanline::app::SpanlineApp;
use spanline::model::{ArticleId, Field};
use spanline::store::evidence;

const GREEN_ZONE: &str = "Rockets on the Green Zone end a month-long truce";
const ERBIL: &str = "Rockets fired at Erbil from the Nineveh plains";

fn article(harness: &Harness<'static, SpanlineApp>, title: &str) -> (ArticleId, String) {
    let found = article_titled(harness, title);
    (found.article_id, found.text)
}

/// Where `words` stand in `text`, in code points.
fn range_of(text: &str, words: &str) -> std::ops::Range<usize> {
    let start = text[..text.find(words).expect("in the text")]
        .chars()
        .count();
    start..start + words.chars().count()
}

/// The evidence of the selected incident, as stored.
fn spans_of_selected(harness: &Harness<'static, SpanlineApp>) -> Vec<spanline::model::Evidence> {
    let incident = harness
        .state()
        .selected_incident()
        .expect("selected")
        .incident_id;
    let conn = harness.state().project().expect("open").conn();
    evidence::for_incident(conn, incident).expect("reads")
}

/// A private copy of the sample project in a window of 1366 × 768.
fn sample_at_1366_by_768() -> (tempfile::TempDir, Harness<'static, SpanlineApp>) {
    let dir = tempfile::tempdir().expect("temp dir");
    let copy = dir.path().join("sample.db");
    std::fs::copy(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("sample_db/spanline-sample.db"),
        &copy,
    )
    .expect("copied");
    let harness = harness_sized(&copy, [1366.0, 768.0]);
    (dir, harness)
}

/// The Green Zone incident with "killing a girl" attached as its killed: the words and where
/// they stand.
fn a_killed_span_attached() -> (
    tempfile::TempDir,
    Harness<'static, SpanlineApp>,
    String,
    std::ops::Range<usize>,
) {
    let (dir, mut harness) = sample();
    let text = new_incident_in_green_zone(&mut harness);
    let words = range_of(&text, "killing a girl");
    harness.state_mut().select_range(words.clone());
    harness.key_press(Key::Num6);
    harness.run();
    (dir, harness, text, words)
}

/// The selected incident's span for killed, as stored.
fn killed_span(harness: &Harness<'static, SpanlineApp>) -> spanline::model::Evidence {
    spans_of_selected(harness)
        .into_iter()
        .find(|e| e.fields == vec![Field::Killed])
        .expect("the killed span")
}

/// Opens the Green Zone report and makes an incident from its first words.
fn new_incident_in_green_zone(harness: &mut Harness<'static, SpanlineApp>) -> String {
    let (id, text) = article(harness, GREEN_ZONE);
    harness.state_mut().show_article(id);
    harness.run();
    harness
        .state_mut()
        .select_range(range_of(&text, "seven rockets were fired"));
    harness.key_press(Key::N);
    harness.run();
    assert!(
        harness.state().selected_incident().is_some(),
        "made and selected"
    );
    text
}

#[test]
fn the_editor_lets_go_of_an_incident_when_another_article_opens_unless_pinned() {
    let (_dir, mut harness) = sample();
    new_incident_in_green_zone(&mut harness);
    assert!(harness.query_by_label_contains("Editing:").is_some());
    assert!(
        harness
            .query_by_label_contains(&format!("from “{GREEN_ZONE}”"))
            .is_some(),
        "the editor names the incident's article"
    );
    let (erbil, _) = article(&harness, ERBIL);
    harness.state_mut().show_article(erbil);
    harness.run();
    assert!(
        harness.state().selected_incident().is_none(),
        "number keys must not attach the Erbil report's words to it"
    );

    // Pinned, it stays through the switch, and says so.
    let (green, _) = article(&harness, GREEN_ZONE);
    harness.state_mut().show_article(green);
    harness.run();
    new_incident_in_green_zone(&mut harness);
    harness.get_by_label("📌 Pin").click();
    harness.run();
    harness.state_mut().show_article(erbil);
    harness.run();
    assert!(harness.state().selected_incident().is_some(), "pinned");
    assert!(
        harness
            .query_by_label_contains("pinned: stays selected in other articles")
            .is_some()
    );
}

#[test]
fn a_second_number_key_adds_its_field_to_the_same_span() {
    let (_dir, mut harness) = sample();
    let text = new_incident_in_green_zone(&mut harness);
    let words = range_of(&text, "killing a girl and wounding five civilians");
    harness.state_mut().select_range(words.clone());
    harness.key_press(Key::Num6);
    harness.run();
    harness.key_press(Key::Num7);
    harness.run();
    let spans: Vec<_> = spans_of_selected(&harness)
        .into_iter()
        .filter(|e| e.start == words.start && e.end == words.end)
        .collect();
    assert_eq!(spans.len(), 1, "one span, not two");
    assert_eq!(spans[0].fields, vec![Field::Killed, Field::Wounded]);
}

#[test]
fn the_attach_menu_attaches_one_span_to_the_ticked_fields() {
    let (_dir, mut harness) = sample();
    let text = new_incident_in_green_zone(&mut harness);
    let words = range_of(&text, "killing a girl and wounding five civilians");
    harness.state_mut().select_range(words.clone());
    harness.get_by_label("Attach as evidence…").click();
    harness.run();
    let checkbox = egui::accesskit::Role::CheckBox;
    harness.get_by_role_and_label(checkbox, "killed").click();
    harness.run();
    harness.get_by_role_and_label(checkbox, "wounded").click();
    harness.run();
    harness
        .get_by_label("Attach to the 2 ticked fields")
        .click();
    harness.run();
    let span = spans_of_selected(&harness)
        .into_iter()
        .find(|e| e.start == words.start && e.end == words.end)
        .expect("attached");
    assert_eq!(span.fields, vec![Field::Killed, Field::Wounded]);
}

#[test]
fn a_spans_end_moves_by_words_keeps_its_fields_and_undoes_in_one_step() {
    let (_dir, mut harness, text, words) = a_killed_span_attached();
    let longer = range_of(&text, "killing a girl and wounding");
    let extend = Modifiers::SHIFT | Modifiers::ALT;
    harness.key_press_modifiers(extend, Key::ArrowRight);
    harness.run();
    harness.key_press_modifiers(extend, Key::ArrowRight);
    harness.run();
    let killed: Vec<_> = spans_of_selected(&harness)
        .into_iter()
        .filter(|e| e.fields == vec![Field::Killed])
        .collect();
    assert_eq!(killed.len(), 1);
    assert_eq!(killed[0].start..killed[0].end, longer, "two words longer");
    assert_eq!(killed[0].quote.exact, "killing a girl and wounding");
    // The start moves too: Ctrl+Shift+Alt+Right drops the first word.
    harness.key_press_modifiers(extend | Modifiers::COMMAND, Key::ArrowRight);
    harness.run();
    let moved = killed_span(&harness);
    assert_eq!(moved.quote.exact, "a girl and wounding");
    // Adjusting is one undo step, back to the span as attached.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    let back = killed_span(&harness);
    assert_eq!(back.start..back.end, words);
}

#[test]
fn at_1366_by_768_no_control_reaches_past_the_window_edge() {
    let (_dir, mut harness) = sample_at_1366_by_768();
    new_incident_in_green_zone(&mut harness);
    harness.run();
    let placed = harness
        .query_all(egui_kittest::kittest::by())
        .filter(|node| node.accesskit_node().bounding_box().is_some())
        .count();
    assert!(
        placed > 100,
        "the check sees the window's widgets: {placed}"
    );
    let outside: Vec<String> = harness
        .query_all(egui_kittest::kittest::by())
        .filter_map(|node| {
            let bounds = node.accesskit_node().bounding_box()?;
            let past = bounds.width() > 0.0 && (bounds.x0 < -0.5 || bounds.x1 > 1366.5);
            past.then(|| format!("{:?} {bounds:?}", node.accesskit_node().label()))
        })
        .collect();
    assert!(outside.is_empty(), "past the window's edge: {outside:#?}");
}

#[test]
fn unticking_large_view_gives_the_timeline_its_height_back() {
    let (_dir, mut harness) = sample();
    let height = |harness: &Harness<'static, SpanlineApp>| {
        harness
            .state()
            .timeline_plot_rect()
            .expect("the plot is drawn")
            .height()
    };
    let before = height(&harness);
    harness.get_by_label("Large view").click();
    harness.run();
    let large = height(&harness);
    assert!(large > before + 100.0, "{before} → {large}");
    harness.get_by_label("Large view").click();
    harness.run();
    harness.run();
    let after = height(&harness);
    assert!((after - before).abs() < 2.0, "{before} → {large} → {after}");
}

#[test]
fn the_legend_names_the_marks_above_the_plot_where_it_covers_none() {
    let (_dir, mut harness) = sample();
    harness.run();
    let plot = harness
        .state()
        .timeline_plot_rect()
        .expect("the plot is drawn");
    let exported = harness.state().timeline_export_rect().expect("exportable");
    for name in ["Explosions/Remote violence", "Riots"] {
        let entries: Vec<egui::Rect> = harness
            .query_all_by_label(name)
            .filter_map(|node| {
                let b = node.accesskit_node().bounding_box()?;
                Some(egui::Rect::from_min_max(
                    egui::pos2(b.x0 as f32, b.y0 as f32),
                    egui::pos2(b.x1 as f32, b.y1 as f32),
                ))
            })
            .collect();
        assert!(!entries.is_empty(), "the legend names {name}");
        for entry in &entries {
            assert!(
                !entry.intersects(plot),
                "{name} at {entry:?} lies over the plot {plot:?}"
            );
        }
        assert!(
            entries.iter().any(|e| exported.contains_rect(*e)),
            "a PNG export shows the legend entry for {name}"
        );
    }
    // The newest mark is inside the plot, clear of everything drawn above it.
    let newest = harness
        .state()
        .timeline_incidents()
        .iter()
        .max_by_key(|i| i.date_start)
        .map(|i| i.incident_id)
        .expect("dated incidents");
    let at = harness.state().timeline_mark(newest).expect("drawn");
    assert!(plot.contains(at), "{at:?} in {plot:?}");
}

/// Where the incident panel's heading starts, across the window.
fn incident_panel_left(harness: &Harness<'static, SpanlineApp>) -> f64 {
    harness
        .get_by_label("Incidents in this article")
        .accesskit_node()
        .bounding_box()
        .expect("placed")
        .x0
}

#[test]
fn the_incident_panel_opens_wide_enough_for_the_editor_and_keeps_its_width() {
    let (_dir, mut harness) = sample_at_1366_by_768();
    // First start, nothing open yet: the panel already has the editor's width.
    let empty = 1366.0 - incident_panel_left(&harness);
    assert!(
        empty >= 400.0,
        "the panel is {empty} wide before an article opens"
    );
    new_incident_in_green_zone(&mut harness);
    harness.run();
    let editing = 1366.0 - incident_panel_left(&harness);
    assert!(
        (editing - empty).abs() < 1.0,
        "the panel keeps its width: {empty} → {editing}"
    );
}

#[test]
fn dragging_a_spans_end_handle_moves_that_end_by_words_keeps_its_fields_and_undoes() {
    let (_dir, mut harness, text, words) = a_killed_span_attached();
    let killed = killed_span;
    // The end handle stands where the span ends; drag it into "wounding".
    let state = harness.state();
    let end = state.source_char_rect(words.end).expect("drawn");
    let wounding = range_of(&text, "wounding");
    let inside = state.source_char_rect(wounding.start + 3).expect("drawn");
    drag(&mut harness, end.left_center(), inside.center());
    let moved = killed(&harness);
    assert_eq!(
        moved.quote.exact, "killing a girl and wounding",
        "to the word's end"
    );
    assert_eq!(moved.fields, vec![Field::Killed], "its field kept");
    // The start handle: dragged into "girl", the span starts at that word.
    let start = harness
        .state()
        .source_char_rect(moved.start)
        .expect("drawn");
    let girl = range_of(&text, "girl");
    let inside = harness
        .state()
        .source_char_rect(girl.start + 1)
        .expect("drawn");
    drag(&mut harness, start.left_center(), inside.center());
    assert_eq!(killed(&harness).quote.exact, "girl and wounding");
    // A drag that does not start on a handle selects words as always, and changes nothing.
    let plain_from = harness
        .state()
        .source_char_rect(range_of(&text, "seven").start + 1);
    drag(
        &mut harness,
        plain_from.expect("drawn").center(),
        inside.center(),
    );
    assert_eq!(killed(&harness).quote.exact, "girl and wounding");
    // Adjusting the span is one undo step, back to the words as attached.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(killed(&harness).start..killed(&harness).end, words);
}

#[test]
fn n_keeps_the_words_selected_so_a_number_key_right_after_attaches_them() {
    let (_dir, mut harness) = sample();
    let (id, text) = article(&harness, GREEN_ZONE);
    harness.state_mut().show_article(id);
    harness.run();
    let words = range_of(&text, "seven rockets were fired");
    harness.state_mut().select_range(words.clone());
    // Two keys: the incident, and its munitions from the same words.
    harness.key_press(Key::N);
    harness.run();
    harness.key_press(Key::Num5);
    harness.run();
    let spans = spans_of_selected(&harness);
    assert_eq!(spans.len(), 1, "one span: {spans:?}");
    assert_eq!((spans[0].start, spans[0].end), (words.start, words.end));
    assert!(
        spans[0].fields.contains(&Field::Munitions),
        "{:?}",
        spans[0].fields
    );
}

#[test]
fn f4_hides_the_timeline_and_map_for_the_text_and_brings_them_back_as_they_were() {
    let dir = tempfile::tempdir().expect("temp dir");
    let copy = dir.path().join("sample.db");
    std::fs::copy(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("sample_db/spanline-sample.db"),
        &copy,
    )
    .expect("sample exists");
    let mut harness = harness_sized(&copy, [1366.0, 768.0]);
    let (id, _) = article(&harness, GREEN_ZONE);
    harness.state_mut().show_article(id);
    harness.run();
    let text_height = |harness: &Harness<'static, SpanlineApp>| {
        harness.state().article_scroll().expect("a pane").viewport
    };
    let plot = |harness: &Harness<'static, SpanlineApp>| harness.state().timeline_plot_rect();
    let before = text_height(&harness);
    let plot_before = plot(&harness).expect("the timeline is drawn").height();
    harness.key_press(Key::F4);
    harness.run();
    harness.run();
    let hidden = text_height(&harness);
    assert!(
        hidden > before + 200.0,
        "the text gets the height: {before} → {hidden}"
    );
    assert!(
        harness.query_by_label("Large view").is_none(),
        "the timeline is not drawn"
    );
    harness.key_press(Key::F4);
    harness.run();
    harness.run();
    let plot_after = plot(&harness).expect("the timeline is back").height();
    assert!(
        (plot_after - plot_before).abs() < 2.0,
        "{plot_before} → {plot_after}"
    );
    assert!((text_height(&harness) - before).abs() < 2.0);
}

#[test]
fn the_mouse_wheel_over_the_timeline_zooms_time() {
    let (_dir, mut harness) = sample();
    harness.run();
    let plot = harness.state().timeline_plot_rect().expect("drawn");
    let (from, to) = harness.state().timeline_span().expect("drawn");
    let wheel = |harness: &mut Harness<'static, SpanlineApp>, delta: f32| {
        harness.event(egui::Event::PointerMoved(plot.center()));
        harness.event(egui::Event::MouseWheel {
            unit: egui::MouseWheelUnit::Point,
            delta: egui::vec2(0.0, delta),
            modifiers: Modifiers::NONE,
            phase: egui::TouchPhase::Move,
            source: egui::MouseWheelSource::Wheel,
        });
        harness.run_steps(12);
    };
    wheel(&mut harness, 200.0);
    let (zoomed_from, zoomed_to) = harness.state().timeline_span().expect("drawn");
    assert!(
        zoomed_to - zoomed_from < (to - from) * 0.8,
        "the wheel zoomed in on time: {from}..{to} → {zoomed_from}..{zoomed_to}"
    );
    assert!(
        harness.query_by_label("Large view").is_some(),
        "the panel is still there"
    );
    wheel(&mut harness, -400.0);
    let (out_from, out_to) = harness.state().timeline_span().expect("drawn");
    assert!(out_to - out_from > zoomed_to - zoomed_from, "and out again");
}

/// Where a node is drawn, as an egui rectangle.
fn drawn_rect(node: &egui_kittest::Node<'_>) -> egui::Rect {
    let b = node.accesskit_node().bounding_box().expect("placed");
    egui::Rect::from_min_max(
        egui::pos2(b.x0 as f32, b.y0 as f32),
        egui::pos2(b.x1 as f32, b.y1 as f32),
    )
}

/// The sample at 1366 × 768 with the Green Zone report open and its coded incident selected.
fn green_zone_incident_at_1366_by_768() -> (tempfile::TempDir, Harness<'static, SpanlineApp>, String)
{
    let (dir, mut harness) = sample_at_1366_by_768();
    let (id, text) = article(&harness, GREEN_ZONE);
    harness.state_mut().show_article(id);
    harness.run();
    harness
        .query_all_by_label_contains("Seven rockets on the Green Zone")
        .next()
        .expect("the incident in the list")
        .click();
    harness.run();
    harness.run();
    assert!(harness.state().selected_incident().is_some(), "selected");
    (dir, harness, text)
}

#[test]
fn at_1366_by_768_the_editor_shows_a_coded_incidents_fields_beside_the_timeline() {
    let (_dir, harness, _) = green_zone_incident_at_1366_by_768();
    assert!(
        harness.state().timeline_plot_rect().is_some(),
        "the timeline is shown"
    );
    // The column ends at the status bar; every field up to the place is inside it, without
    // scrolling (before, the editor showed the fields down to the weapon only).
    let status_top = drawn_rect(&harness.get_by_label_contains("evidence spans")).top();
    let column = incident_panel_left(&harness) as f32;
    for field in [
        "summary",
        "date",
        "time of day",
        "event type",
        "weapon",
        "munitions",
        "impacted",
        "killed",
        "wounded",
        "target type",
        "target",
        "place",
    ] {
        // The label and the value it names.
        let label = harness
            .query_all_by_label(field)
            .map(|node| drawn_rect(&node))
            .filter(|rect| rect.left() >= column)
            .reduce(|a, b| a.union(b))
            .expect("the field is drawn");
        assert!(
            label.bottom() <= status_top,
            "{field} at {label:?} is above the status bar at {status_top}"
        );
    }
}

#[test]
fn a_hover_text_over_the_texts_last_words_stays_off_the_incident_column() {
    let (_dir, mut harness, _) = green_zone_incident_at_1366_by_768();
    harness.state_mut().wait_for_suggestions();
    harness.run();
    let column = incident_panel_left(&harness) as f32;
    // The suggestion drawn nearest the text's right edge, with no evidence under it.
    let evidence = spans_of_selected(&harness);
    let last = harness
        .state()
        .suggestions()
        .iter()
        .filter(|s| !evidence.iter().any(|e| e.start < s.end && s.start < e.end))
        .filter_map(|s| harness.state().source_char_rect(s.end - 1))
        .max_by(|a, b| a.right().total_cmp(&b.right()))
        .expect("suggestions drawn");
    assert!(
        column - last.right() < 80.0,
        "the words end near the column: {last:?}, column at {column}"
    );
    harness.hover_at(last.center());
    for _ in 0..8 {
        harness.step();
    }
    let tips: Vec<egui::Rect> = harness
        .query_all_by_label_contains("Suggestion:")
        .map(|node| drawn_rect(&node))
        .collect();
    assert!(!tips.is_empty(), "the hover text is shown");
    for tip in tips {
        assert!(
            tip.right() <= column,
            "the hover text {tip:?} stays left of the incident column at {column}"
        );
    }
}
