//! The real window, driven headless through its accessibility tree.

mod common;

use std::path::Path;

use common::ANALYST;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use spanline::app::SpanlineApp;

fn sample_copy(dir: &Path) -> std::path::PathBuf {
    let copy = dir.join("sample.db");
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("sample_db/spanline-sample.db"),
        &copy,
    )
    .expect("sample exists");
    copy
}

fn harness(app: SpanlineApp) -> Harness<'static, SpanlineApp> {
    Harness::builder()
        .with_size([1400.0, 900.0])
        .build_ui_state(|ui, app: &mut SpanlineApp| app.show(ui), app)
}

#[test]
fn picking_an_article_shows_its_text_and_incidents() {
    let dir = tempfile::tempdir().expect("temp dir");
    let app = SpanlineApp::new(Some(&sample_copy(dir.path())), ANALYST);
    let mut harness = harness(app);
    harness.run();
    assert!(
        harness.query_by_label_contains("25 incidents").is_some(),
        "status bar counts the project"
    );
    harness
        .get_by_label_contains("Rockets on the Green Zone end a month-long truce")
        .click();
    harness.run();
    assert_eq!(
        harness.state().open_article_title(),
        Some("Rockets on the Green Zone end a month-long truce")
    );
    assert!(
        harness
            .query_by_label_contains("Seven rockets on the Green Zone break the October truce")
            .is_some()
    );
    assert!(
        harness
            .query_by_label_contains("Shortly before midnight on Tuesday")
            .is_some(),
        "the text is shown"
    );
}

#[test]
fn a_file_that_is_not_a_project_shows_an_error_and_the_window_stays_usable() {
    let dir = tempfile::tempdir().expect("temp dir");
    let bogus = dir.path().join("notes.db");
    std::fs::write(&bogus, "not a database at all").expect("written");
    let mut harness = harness(SpanlineApp::new(Some(&bogus), ANALYST));
    harness.run();
    assert!(
        harness
            .query_by_label_contains("is not a SQLite database")
            .is_some()
    );
    assert!(harness.state().project().is_none());

    let sample = sample_copy(dir.path());
    harness.state_mut().open_project(&sample, ANALYST);
    harness.run();
    assert!(harness.state().error().is_none());
    assert!(harness.query_by_label_contains("Articles").is_some());
}

#[test]
fn reading_an_article_marks_suggestions_that_the_analyst_can_switch_off() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut harness = harness(SpanlineApp::new(Some(&sample_copy(dir.path())), ANALYST));
    harness.run();
    harness
        .get_by_label_contains("Rockets on the Green Zone end a month-long truce")
        .click();
    harness.run();
    let fields: Vec<_> = harness
        .state()
        .suggestions()
        .iter()
        .map(|s| s.field)
        .collect();
    use spanline::model::Field;
    for field in [
        Field::Date,
        Field::Munitions,
        Field::Perpetrator,
        Field::Place,
    ] {
        assert!(fields.contains(&field), "{field} is suggested: {fields:?}");
    }
    assert!(harness.state().suggestions_shown());
    harness.get_by_label("Show suggestions").click();
    harness.run();
    assert!(!harness.state().suggestions_shown());
}
