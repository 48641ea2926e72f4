//! The real window on a project, headless, for the window tests.

use std::path::Path;

use egui_kittest::Harness;
use spanline::app::SpanlineApp;

/// The window with `project` open (its checks done), one frame drawn, at 1400 × 900.
pub fn harness_on(project: &Path) -> Harness<'static, SpanlineApp> {
    harness_sized(project, [1400.0, 900.0])
}

/// The same at another window size.
pub fn harness_sized(project: &Path, size: [f32; 2]) -> Harness<'static, SpanlineApp> {
    let mut app = SpanlineApp::new(Some(project), super::ANALYST);
    app.wait_for_checks();
    let mut harness = Harness::builder()
        .with_size(size)
        .build_ui_state(|ui, app: &mut SpanlineApp| app.show(ui), app);
    harness.run();
    harness
}

/// A private copy of the sample project after `sql` (to make a case it does not have), open
/// in the window.
pub fn sample_where(sql: &str) -> (tempfile::TempDir, Harness<'static, SpanlineApp>) {
    let dir = tempfile::tempdir().expect("temp dir");
    let copy = dir.path().join("sample.db");
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("sample_db/spanline-sample.db"),
        &copy,
    )
    .expect("sample exists");
    rusqlite::Connection::open(&copy)
        .and_then(|c| c.execute_batch(sql))
        .expect("the case is made");
    let harness = harness_on(&copy);
    (dir, harness)
}

/// A private copy of the sample project, open in the window.
pub fn sample() -> (tempfile::TempDir, Harness<'static, SpanlineApp>) {
    sample_where("SELECT 1")
}

/// The article of the project open in the window with this title, text included.
pub fn article_titled(
    harness: &Harness<'static, SpanlineApp>,
    title: &str,
) -> spanline::model::Article {
    let conn = harness.state().project().expect("a project is open").conn();
    spanline::store::articles::all(conn, true)
        .expect("reads")
        .into_iter()
        .find(|a| a.meta.title == title)
        .unwrap_or_else(|| panic!("{title} is in the project"))
}
