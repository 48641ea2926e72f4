//! The real window, driven headless through its accessibility tree.

mod common;

use std::path::Path;

use common::ANALYST;
use common::pointer::{click_at, clicks_at, drag, drag_holding};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
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

fn harness(mut app: SpanlineApp) -> Harness<'static, SpanlineApp> {
    app.wait_for_checks();
    Harness::builder()
        .with_size([1400.0, 900.0])
        .build_ui_state(|ui, app: &mut SpanlineApp| app.show(ui), app)
}

/// A harness on a private copy of the sample project with the article titled `title` open.
fn sample_at(title: &str) -> (tempfile::TempDir, Harness<'static, SpanlineApp>) {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut harness = harness(SpanlineApp::new(Some(&sample_copy(dir.path())), ANALYST));
    harness.run();
    harness.get_by_label_contains(title).click();
    harness.run();
    harness.state_mut().wait_for_suggestions();
    harness.run();
    (dir, harness)
}

/// The text the source view shows, as screen readers get it.
fn source_text(harness: &Harness<'static, SpanlineApp>) -> String {
    harness
        .get_by_label("Source text")
        .accesskit_node()
        .value()
        .unwrap_or_default()
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
    let source = harness.get_by_label("Source text");
    let shown = source
        .accesskit_node()
        .value()
        .unwrap_or_default()
        .to_owned();
    assert!(
        shown.contains("Shortly before midnight on Tuesday"),
        "the text is shown: {shown}"
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
    harness.state_mut().wait_for_checks();
    harness.run();
    assert!(harness.state().error().is_none());
    assert!(harness.query_by_label_contains("Articles").is_some());
}

#[test]
fn reading_an_article_marks_suggestions_that_the_analyst_can_switch_off() {
    let (_dir, mut harness) = sample_at("Rockets on the Green Zone end a month-long truce");
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

/// Presses the primary button at `pos` and releases it: a click at an exact point.
/// Puts the caret before the first character of the text, as a click there does.
fn caret_at_start(harness: &mut Harness<'static, SpanlineApp>) {
    let start = harness.get_by_label("Source text").rect().left_top() + egui::vec2(1.0, 2.0);
    click_at(harness, start);
}

/// Code points of `needle` in `text`.
/// A harness on a new project holding one article of `text`, shown.
fn one_article(text: &str) -> (tempfile::TempDir, Harness<'static, SpanlineApp>, String) {
    one_article_published(text, jiff::civil::date(2020, 11, 18))
}

/// [`one_article`], the article published on `published`.
fn one_article_published(
    text: &str,
    published: jiff::civil::Date,
) -> (tempfile::TempDir, Harness<'static, SpanlineApp>, String) {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("p.db");
    let mut project = spanline::store::Project::create(&path, ANALYST).expect("created");
    let mut article = common::article(text);
    article.meta.published = Some(published);
    project
        .run(spanline::edit::commands::import_articles(vec![
            article.clone(),
        ]))
        .expect("imported");
    drop(project);
    let mut harness = harness(SpanlineApp::new(Some(&path), ANALYST));
    harness.run();
    harness.state_mut().show_article(article.article_id);
    harness.run();
    (dir, harness, article.text)
}

/// The incident selected in the window, as it stands now.
fn selected(harness: &Harness<'static, SpanlineApp>) -> spanline::model::Incident {
    harness
        .state()
        .selected_incident()
        .cloned()
        .expect("selected")
}

fn range_of(text: &str, needle: &str) -> std::ops::Range<usize> {
    let byte = text.find(needle).expect("needle in text");
    let start = text[..byte].chars().count();
    start..start + needle.chars().count()
}

#[test]
fn coding_an_incident_from_selected_words_with_undo_and_everything_on_disk() {
    use egui::{Key, Modifiers};
    use spanline::model::{Attribution, Field};
    use spanline::store::{Project, evidence, incidents};

    let (dir, mut harness) = sample_at("Rockets on the Green Zone end a month-long truce");
    let path = dir.path().join("sample.db");

    // Select the first five words with the keyboard: a click at the start, then Ctrl+Shift+Right.
    caret_at_start(&mut harness);
    for _ in 0..5 {
        harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::ArrowRight);
        harness.run();
    }
    assert_eq!(
        harness.state().selection(),
        Some(0..25),
        "Rockets on the Green Zone"
    );

    harness.key_press(Key::N);
    harness.run();
    let incident = harness
        .state()
        .selected_incident()
        .cloned()
        .expect("a new incident is selected");
    assert_eq!(incident.summary, "Rockets on the Green Zone");

    // Evidence for the date: select "Tuesday" and press 1; the proposal reads the article's date.
    let text = "Shortly before midnight on Tuesday";
    let article_text = source_text(&harness);
    harness
        .state_mut()
        .select_range(range_of(&article_text, text));
    harness.run();
    harness.key_press(Key::Num1);
    harness.run();
    let proposals: Vec<String> = harness
        .state()
        .proposals()
        .iter()
        .map(|p| p.reason.clone())
        .collect();
    assert!(
        proposals.iter().any(|r| r.contains("2020-11-17")),
        "{proposals:?}"
    );
    harness.get_by_label("Apply").click();
    harness.run();

    // Evidence for the perpetrator, with the attribution read from the words around the name.
    harness.state_mut().select_range(range_of(
        &article_text,
        "Kata'ib Hezbollah distanced itself from the attack",
    ));
    harness.run();
    harness.key_press(Key::Num3);
    harness.run();
    harness.get_by_label("Apply").click();
    harness.run();
    let coded = harness
        .state()
        .selected_incident()
        .cloned()
        .expect("still selected");
    assert_eq!(coded.date_start, Some(jiff::civil::date(2020, 11, 17)));
    assert_eq!(coded.attribution, Some(Attribution::Denied));
    assert!(coded.perpetrator_id.is_some());

    // Undo takes back the perpetrator; redo puts it back.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(
        harness
            .state()
            .selected_incident()
            .and_then(|i| i.perpetrator_id),
        None
    );
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    harness.run();
    assert_eq!(
        harness
            .state()
            .selected_incident()
            .and_then(|i| i.perpetrator_id),
        coded.perpetrator_id
    );
    drop(harness);

    // Everything was written at once: the file holds it.
    let project = Project::open(&path, ANALYST).expect("reopens");
    let stored = incidents::get(project.conn(), incident.incident_id)
        .expect("reads")
        .expect("stored");
    assert_eq!(stored.date_start, coded.date_start);
    assert_eq!(stored.perpetrator_id, coded.perpetrator_id);
    let spans = evidence::for_incident(project.conn(), incident.incident_id).expect("reads");
    let fields: Vec<Vec<Field>> = spans.iter().map(|e| e.fields.clone()).collect();
    assert!(
        fields.contains(&vec![Field::Date]) && fields.contains(&vec![Field::Perpetrator]),
        "{fields:?}"
    );
    assert!(
        spans
            .iter()
            .any(|e| e.quote.exact == "Rockets on the Green Zone")
    );
}

#[test]
fn in_an_article_with_curly_quotes_arabic_and_emoji_the_selection_is_the_stored_quote() {
    use egui::{Key, Modifiers};
    use spanline::edit::commands;

    let dir = tempfile::tempdir().expect("temp dir");
    let (mut project, path) = common::new_project(dir.path());
    let mut article = common::article(common::MIXED_TEXT);
    article.meta.title = "Mixed scripts".into();
    project
        .run(commands::import_articles(vec![article.clone()]))
        .expect("import");
    drop(project);

    let mut harness = harness(SpanlineApp::new(Some(&path), ANALYST));
    harness.run();
    harness.get_by_label_contains("Mixed scripts").click();
    harness.run();
    // From the start, select word by word past the Arabic name and the emoji.
    caret_at_start(&mut harness);
    for _ in 0..9 {
        harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::ArrowRight);
        harness.run();
    }
    let selected = harness.state().selection().expect("a selection");
    let shown = source_text(&harness);
    let selected_text: String = shown
        .chars()
        .skip(selected.start)
        .take(selected.len())
        .collect();
    assert!(
        selected_text.contains('\u{2019}') && selected_text.contains('\u{0643}'),
        "{selected_text:?}"
    );
    press_n_and_expect_one_span(&mut harness, &selected, &selected_text);
}

/// Presses N on the selection `selected` (reading `words`) and checks the one span stored.
fn press_n_and_expect_one_span(
    harness: &mut Harness<'static, SpanlineApp>,
    selected: &std::ops::Range<usize>,
    words: &str,
) {
    use spanline::store::evidence;

    harness.key_press(egui::Key::N);
    harness.run();
    let incident = harness.state().selected_incident().cloned().expect("made");
    let project = harness.state().project().expect("open");
    let spans = evidence::for_incident(project.conn(), incident.incident_id).expect("reads");
    assert_eq!(spans.len(), 1);
    assert_eq!(
        spans[0].quote.exact, words,
        "what was selected is what was stored"
    );
    assert_eq!(
        (spans[0].start, spans[0].end),
        (selected.start, selected.end)
    );
}

#[test]
fn typing_in_a_field_is_stored_at_once_and_undone_in_one_step() {
    use egui::accesskit::Role;
    use egui::{Key, Modifiers};
    use spanline::store::{Project, incidents};

    let (dir, mut harness) = sample_at("Rockets on the Green Zone end a month-long truce");
    let path = dir.path().join("sample.db");
    harness
        .get_by_label_contains("Seven rockets on the Green Zone break the October truce")
        .click();
    harness.run();
    let incident = selected(&harness);

    let summary = harness.get_by_role_and_label(Role::MultilineTextInput, "summary");
    summary.click();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.run();
    harness
        .get_by_role_and_label(Role::MultilineTextInput, "summary")
        .type_text("Green Zone rockets");
    harness.run();
    let typed = harness
        .state()
        .selected_incident()
        .map(|i| i.summary.clone());
    assert_eq!(typed.as_deref(), Some("Green Zone rockets"));

    // The file has it already.
    let on_disk = Project::open(&path, ANALYST).expect("opens");
    let stored = incidents::get(on_disk.conn(), incident.incident_id)
        .expect("reads")
        .expect("there");
    assert_eq!(stored.summary, "Green Zone rockets");
    drop(on_disk);

    // One undo takes back the whole burst of typing.
    harness.key_press(Key::Escape);
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    let undone = harness
        .state()
        .selected_incident()
        .map(|i| i.summary.clone());
    assert_eq!(undone.as_deref(), Some(incident.summary.as_str()));
}

/// Stands in for the analyst at the native file dialogs.
#[derive(Default, Clone)]
struct FakeDialogs {
    open: Option<std::path::PathBuf>,
    new: Option<std::path::PathBuf>,
    copy: Option<std::path::PathBuf>,
    import: Vec<std::path::PathBuf>,
    export: Option<std::path::PathBuf>,
    merge: Option<std::path::PathBuf>,
    compare: Option<std::path::PathBuf>,
    incidents: Option<std::path::PathBuf>,
    restore: Option<std::path::PathBuf>,
    /// No desktop portal: no dialog can be shown.
    no_portal: bool,
}

impl spanline::ui::dialogs::FileDialogs for FakeDialogs {
    fn open_project(&self) -> Option<std::path::PathBuf> {
        self.open.clone()
    }
    fn new_project(&self) -> Option<std::path::PathBuf> {
        self.new.clone()
    }
    fn save_copy(&self, _suggested_name: &str) -> Option<std::path::PathBuf> {
        self.copy.clone()
    }
    fn import_files(&self) -> Vec<std::path::PathBuf> {
        self.import.clone()
    }
    fn export_file(&self, _suggested_name: &str, _extension: &str) -> Option<std::path::PathBuf> {
        self.export.clone()
    }
    fn project_to_merge(&self) -> Option<std::path::PathBuf> {
        self.merge.clone()
    }
    fn project_to_compare(&self) -> Option<std::path::PathBuf> {
        self.compare.clone()
    }
    fn incidents_file(&self) -> Option<std::path::PathBuf> {
        self.incidents.clone()
    }
    fn export_to_restore(&self) -> Option<std::path::PathBuf> {
        self.restore.clone()
    }
    fn available(&self) -> bool {
        !self.no_portal
    }
}

/// The app on a project with its file dialogs answered by `dialogs`, first frames run.
fn harness_with(project: &Path, dialogs: FakeDialogs) -> Harness<'static, SpanlineApp> {
    let mut harness = harness(SpanlineApp::with_dialogs(
        Some(project),
        ANALYST,
        Box::new(dialogs),
    ));
    harness.run();
    harness
}

/// Runs frames while background work (`busy`) goes on, then until the window settles.
fn wait_while(harness: &mut Harness<'static, SpanlineApp>, busy: fn(&SpanlineApp) -> bool) {
    for _ in 0..500 {
        harness.step();
        if !busy(harness.state()) {
            harness.run();
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    panic!("the background work did not finish");
}

#[test]
fn a_new_project_from_the_start_screen_takes_imported_articles_in_the_background() {
    use egui::{Key, Modifiers};

    let dir = tempfile::tempdir().expect("temp dir");
    let report = dir.path().join("brief.txt");
    std::fs::write(
        &report,
        "date 2020-12-21\nSecurity brief\n\nEight rockets targeted the US Embassy on Sunday.",
    )
    .expect("written");
    let dialogs = FakeDialogs {
        new: Some(dir.path().join("fresh.db")),
        import: vec![report.clone(), dir.path().join("missing.txt")],
        ..FakeDialogs::default()
    };
    let app = SpanlineApp::with_dialogs(None, ANALYST, Box::new(dialogs));
    let mut harness = harness(app);
    harness.run();
    assert!(harness.state().project().is_none());
    harness.get_by_label_contains("New project…").click();
    harness.run();
    assert!(
        dir.path().join("fresh.db").exists(),
        "the project file was created"
    );
    assert!(harness.state().project().is_some());

    harness.key_press_modifiers(Modifiers::COMMAND, Key::I);
    harness.run();
    wait_while(&mut harness, SpanlineApp::importing);
    assert!(
        harness.query_by_label_contains("Security brief").is_some(),
        "the article is listed"
    );
    let error = harness.state().error().unwrap_or_default().to_owned();
    assert!(
        error.contains("missing.txt"),
        "the file that failed is named: {error}"
    );

    // The import is one undo step, taken from the window.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert!(
        harness.query_by_label_contains("Security brief").is_none(),
        "undone"
    );
}

#[test]
fn saving_a_copy_writes_a_sound_project_and_recent_projects_reopen() {
    use spanline::store::Project;

    let dir = tempfile::tempdir().expect("temp dir");
    let path = sample_copy(dir.path());
    let copy = dir.path().join("to send.db");
    let dialogs = FakeDialogs {
        copy: Some(copy.clone()),
        open: Some(path.clone()),
        ..FakeDialogs::default()
    };
    let mut harness = harness_with(&path, dialogs);
    harness.get_by_label("File").click();
    harness.run();
    harness.get_by_label_contains("Save a copy as…").click();
    harness.run();
    assert_eq!(
        Project::check(&copy).expect("the copy is a sound project"),
        spanline::store::schema::CURRENT_VERSION
    );
    let recent = harness.state().recent_projects().to_vec();
    assert_eq!(recent.len(), 1);
    assert_eq!(recent[0], path.canonicalize().expect("exists"));
}

#[test]
fn where_no_file_dialog_can_be_shown_the_window_asks_for_the_path() {
    use egui::accesskit::Role;
    use spanline::store::Project;

    let dir = tempfile::tempdir().expect("temp dir");
    let path = sample_copy(dir.path());
    let copy = dir.path().join("typed copy.db");
    let dialogs = FakeDialogs {
        no_portal: true,
        ..FakeDialogs::default()
    };
    let mut harness = harness_with(&path, dialogs);
    harness.get_by_label("File").click();
    harness.run();
    harness.get_by_label_contains("Save a copy as…").click();
    harness.run();
    assert!(
        harness
            .query_by_label_contains("No file dialog can be shown")
            .is_some(),
        "the window says why"
    );
    harness
        .get_by_role_and_label(Role::TextInput, "File path")
        .type_text(copy.to_str().expect("a plain path"));
    harness.run();
    harness.key_press(egui::Key::Enter);
    harness.run();
    assert_eq!(
        Project::check(&copy).expect("the copy is a sound project"),
        spanline::store::schema::CURRENT_VERSION
    );
    assert!(
        harness
            .query_by_label_contains("No file dialog can be shown")
            .is_none()
    );
}

#[test]
fn a_selected_date_list_becomes_one_incident_per_date_in_one_step() {
    use egui::{Key, Modifiers};

    let (_dir, mut harness) = sample_at("A summer of attacks on US-linked targets");
    let text = source_text(&harness);
    let before = harness.state().project().map(|p| {
        spanline::store::meta::counts(p.conn())
            .expect("counts")
            .incidents
    });
    harness.state_mut().select_range(range_of(
        &text,
        "July 24, 27 and 30, on August 11, 16 and 29, and on September 15",
    ));
    harness.run();
    harness.key_press_modifiers(Modifiers::SHIFT, Key::N);
    harness.run();
    let after = harness.state().project().map(|p| {
        spanline::store::meta::counts(p.conn())
            .expect("counts")
            .incidents
    });
    assert_eq!(after, before.map(|n| n + 7), "seven dates, seven incidents");
    // The first date's incident is selected, ready to code on.
    let selected = harness
        .state()
        .selected_incident()
        .expect("one is selected");
    assert_eq!(
        selected.date_start.map(|d| d.to_string()).as_deref(),
        Some("2020-07-24")
    );
    assert!(
        harness.state().status().contains("7 incidents made"),
        "{}",
        harness.state().status()
    );
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    let undone = harness.state().project().map(|p| {
        spanline::store::meta::counts(p.conn())
            .expect("counts")
            .incidents
    });
    assert_eq!(undone, before, "one undo step");
}

#[test]
fn a_click_on_a_suggestion_shows_its_value_and_enter_makes_it_evidence() {
    use spanline::model::Field;
    use spanline::store::evidence;

    let (_dir, mut harness) = sample_at("Rockets on the Green Zone end a month-long truce");
    harness
        .get_by_label_contains("Seven rockets on the Green Zone break the October truce")
        .click();
    harness.run();
    harness.state_mut().wait_for_suggestions();
    let text = source_text(&harness);
    let fallujah = range_of(&text, "Fallujah");
    let suggested = harness
        .state()
        .suggestions()
        .iter()
        .find(|s| s.start == fallujah.start)
        .cloned();
    assert_eq!(
        suggested.map(|s| s.field),
        Some(Field::Place),
        "Fallujah is suggested as a place"
    );
    let at = harness
        .state()
        .source_char_rect(fallujah.start + 2)
        .expect("drawn")
        .center();
    let incident = selected(&harness);
    let fallujah_spans = |harness: &Harness<'static, SpanlineApp>| {
        let project = harness.state().project().expect("open");
        evidence::for_incident(project.conn(), incident.incident_id)
            .expect("reads")
            .into_iter()
            .filter(|e| e.quote.exact == "Fallujah")
            .collect::<Vec<_>>()
    };
    // A click (or a double click) shows what the suggestion would give; it attaches nothing.
    click_at(&mut harness, at);
    click_at(&mut harness, at);
    assert!(
        fallujah_spans(&harness).is_empty(),
        "a click attaches nothing"
    );
    assert!(
        harness.state().status().contains("Fallujah, Anbar"),
        "the value is shown first: {}",
        harness.state().status()
    );
    // Enter attaches it.
    harness.key_press(egui::Key::Enter);
    harness.run();
    let spans = fallujah_spans(&harness);
    assert!(
        spans.iter().any(|e| e.fields == [Field::Place]),
        "Enter attached the suggestion: {spans:?}"
    );
    let proposals: Vec<String> = harness
        .state()
        .proposals()
        .iter()
        .map(|p| p.reason.clone())
        .collect();
    assert!(
        proposals.iter().any(|r| r.contains("Fallujah, Anbar")),
        "{proposals:?}"
    );
    // A applies what the tray proposes.
    harness.key_press(egui::Key::A);
    harness.run();
    let place = harness
        .state()
        .selected_incident()
        .and_then(|i| i.place_id)
        .and_then(|id| {
            let project = harness.state().project().expect("open");
            spanline::store::places::get(project.conn(), id)
                .ok()
                .flatten()
        })
        .map(|p| p.name);
    assert_eq!(place.as_deref(), Some("Fallujah"));
    assert!(
        harness.state().proposals().is_empty(),
        "the tray is empty once applied"
    );
}

#[test]
fn searching_the_corpus_narrows_the_list_and_marks_the_words() {
    use egui::accesskit::Role;
    use egui::{Key, Modifiers};

    let dir = tempfile::tempdir().expect("temp dir");
    let (mut project, path) = common::new_project(dir.path());
    let mut uncoded = common::article("Drone strike near Erbil airport; no group claimed it.");
    uncoded.meta.title = "Uncoded drone report".into();
    project
        .run(spanline::edit::commands::import_articles(vec![uncoded]))
        .expect("import");
    let mut coded = common::article(common::MIXED_TEXT);
    coded.meta.title = "Coded rocket report".into();
    project
        .run(spanline::edit::commands::import_articles(vec![
            coded.clone(),
        ]))
        .expect("import");
    let (change, _) = spanline::edit::commands::new_incident_from_span(
        &coded.text,
        spanline::model::Span {
            article_id: coded.article_id,
            start: 0,
            end: 7,
        },
        &spanline::model::Stamp::now(ANALYST),
    )
    .expect("builds");
    project.run(change).expect("coded");
    drop(project);

    let mut harness = harness(SpanlineApp::new(Some(&path), ANALYST));
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::F);
    harness.run();
    harness
        .get_by_role_and_label(Role::TextInput, "Search")
        .type_text("erbil");
    for _ in 0..400 {
        harness.step();
        if harness.state().search_hits().is_some() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    assert_eq!(harness.state().search_hits(), Some(1));
    assert!(
        harness
            .query_by_label_contains("Uncoded drone report")
            .is_some()
    );
    assert!(
        harness
            .query_by_label_contains("Coded rocket report")
            .is_none(),
        "filtered out"
    );

    harness
        .get_by_label_contains("Uncoded drone report")
        .click();
    harness.run();
    let marked: Vec<(usize, usize)> = harness
        .state()
        .search_marks()
        .iter()
        .map(|r| (r.start, r.end))
        .collect();
    assert_eq!(marked, [(18, 23)], "“Erbil” is marked in the text");
    // The filter works on top of the search: nothing coded mentions Erbil.
    harness.get_by_label("Coded").click();
    harness.run();
    assert!(harness.query_by_label_contains("0 incidents").is_none());
    harness.get_by_label("Not yet coded").click();
    harness.run();
    assert!(harness.query_by_label_contains("0 incidents").is_some());
}

#[test]
fn two_articles_side_by_side_give_evidence_to_one_incident() {
    use egui::Key;
    use spanline::store::evidence;

    let (_dir, mut harness) = sample_at("Rockets on the Green Zone end a month-long truce");
    harness
        .get_by_label_contains("A second account of the Green Zone rockets")
        .click_secondary();
    harness.run();
    harness.get_by_label("Open beside").click();
    harness.run();
    assert_eq!(
        harness.state().open_titles(),
        [
            "Rockets on the Green Zone end a month-long truce",
            "A second account of the Green Zone rockets, with names in Arabic"
        ]
    );

    harness
        .get_by_label_contains("Seven rockets on the Green Zone break the October truce")
        .click();
    harness.run();
    let incident = selected(&harness);
    let project = harness.state().project().expect("open");
    let before = evidence::for_incident(project.conn(), incident.incident_id)
        .expect("reads")
        .len();

    // Words from the right-hand article, attached as evidence for the place.
    let second_text = "three hit other parts of the city";
    let article_text = {
        let project = harness.state().project().expect("open");
        let summaries = spanline::store::articles::summaries(project.conn(), 0, 50).expect("list");
        let second = summaries
            .iter()
            .find(|a| a.meta.title.starts_with("A second account"))
            .expect("listed");
        spanline::store::articles::get(project.conn(), second.article_id)
            .expect("reads")
            .expect("there")
            .text
    };
    harness
        .state_mut()
        .select_range_in(1, range_of(&article_text, second_text));
    harness.run();
    harness.key_press(Key::Num2);
    harness.run();
    let project = harness.state().project().expect("open");
    let spans = evidence::for_incident(project.conn(), incident.incident_id).expect("reads");
    assert_eq!(spans.len(), before + 1);
    let articles: std::collections::HashSet<_> = spans.iter().map(|e| e.article_id).collect();
    assert_eq!(
        articles.len(),
        2,
        "the incident has evidence in both articles"
    );
    assert!(spans.iter().any(|e| e.quote.exact == second_text));
}

#[test]
fn shift_down_grows_the_selection_across_paragraphs() {
    use egui::{Key, Modifiers};

    let (_dir, mut harness) = sample_at("Rockets on the Green Zone end a month-long truce");
    caret_at_start(&mut harness);
    for _ in 0..3 {
        harness.key_press_modifiers(Modifiers::SHIFT, Key::ArrowDown);
        harness.run();
    }
    let selected = harness.state().selection().expect("a selection");
    let text = source_text(&harness);
    let words: String = text
        .chars()
        .skip(selected.start)
        .take(selected.len())
        .collect();
    assert_eq!(selected.start, 0);
    assert!(
        words.matches('\n').count() >= 2,
        "crosses paragraphs: {words:?}"
    );
    harness.key_press_modifiers(Modifiers::SHIFT, Key::ArrowUp);
    harness.run();
    let shorter = harness.state().selection().expect("a selection");
    assert!(shorter.end < selected.end, "Shift+Up shrinks it again");
}

#[test]
fn the_context_menu_of_the_text_makes_an_incident_from_the_selection() {
    let (_dir, mut harness) = sample_at("Rockets fired at Erbil from the Nineveh plains");
    let text = source_text(&harness);
    harness.state_mut().select_range(range_of(
        &text,
        "Prime Minister Masrour Barzani asked Baghdad",
    ));
    harness.run();
    harness.get_by_label("Source text").click_secondary();
    harness.run();
    // The toolbar has the same command; the menu's item is the one drawn last.
    let items: Vec<_> = harness
        .get_all_by_label_contains("New incident from selection")
        .collect();
    assert_eq!(items.len(), 2, "the context menu is open");
    items[1].click();
    harness.run();
    let incident = harness
        .state()
        .selected_incident()
        .cloned()
        .expect("made from the menu");
    assert_eq!(
        incident.summary,
        "Prime Minister Masrour Barzani asked Baghdad"
    );
}

#[test]
fn deleting_an_incident_takes_its_evidence_and_undo_brings_both_back() {
    use egui::{Key, Modifiers};
    use spanline::store::meta;

    let (_dir, mut harness) = sample_at("Rockets on the Green Zone end a month-long truce");
    harness
        .get_by_label_contains("Seven rockets on the Green Zone break the October truce")
        .click();
    harness.run();
    let counts = |h: &Harness<'static, SpanlineApp>| {
        meta::counts(h.state().project().expect("open").conn()).expect("counts")
    };
    let before = counts(&harness);
    let incident_id = harness
        .state()
        .selected_incident()
        .expect("selected")
        .incident_id;
    let spans = spanline::store::evidence::for_incident(
        harness.state().project().expect("open").conn(),
        incident_id,
    )
    .expect("reads")
    .len();
    harness
        .get_by_label_contains("Delete the selected incident")
        .click();
    harness.run();
    let after = counts(&harness);
    assert_eq!(after.incidents, before.incidents - 1);
    assert_eq!(
        after.evidence,
        before.evidence - spans,
        "its spans went with it"
    );
    assert!(harness.state().selected_incident().is_none());
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(counts(&harness), before);
}

#[test]
fn clicking_a_mark_on_the_timeline_selects_the_incident_and_shows_its_words() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut harness = harness(SpanlineApp::new(Some(&sample_copy(dir.path())), ANALYST));
    harness.run();
    let k1 = harness
        .state()
        .timeline_incidents()
        .iter()
        .find(|i| i.summary == "Rockets on K1 kill a US contractor")
        .cloned()
        .expect("the K1 attack is on the timeline");
    assert_eq!(harness.state().timeline_incidents().len(), 25);
    let at = harness
        .state()
        .timeline_mark(k1.incident_id)
        .expect("drawn");
    click_at(&mut harness, at);
    harness.run();
    assert_eq!(
        harness.state().selected_incident().map(|i| i.incident_id),
        Some(k1.incident_id)
    );
    assert_eq!(
        harness.state().open_article_title(),
        Some("Security brief: the embassy and the convoys, December 2020"),
        "its article opened"
    );
}

#[test]
fn the_timeline_switches_to_counts_per_month_and_back() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut harness = harness(SpanlineApp::new(Some(&sample_copy(dir.path())), ANALYST));
    harness.run();
    harness.get_by_label("Counts").click();
    harness.run();
    assert!(harness.state().timeline_shows_counts());
    harness.get_by_label("month").click();
    harness.run();
    harness.get_by_label("Incidents").click();
    harness.run();
    assert!(!harness.state().timeline_shows_counts());
}

#[test]
fn a_time_range_filters_the_corpus_and_reset_brings_everything_back() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut harness = harness(SpanlineApp::new(Some(&sample_copy(dir.path())), ANALYST));
    harness.run();
    assert_eq!(harness.state().filtered_article_count(), None);
    // November 2020: the Green Zone rockets, reported by two of the six articles.
    harness.state_mut().filter_to_range(
        jiff::civil::date(2020, 11, 1),
        jiff::civil::date(2020, 11, 30),
    );
    harness.run();
    assert_eq!(harness.state().filtered_article_count(), Some(2));
    assert!(
        harness
            .query_by_label_contains("Rockets fired at Erbil")
            .is_none(),
        "filtered out"
    );
    assert!(
        harness
            .query_by_label_contains("A second account of the Green Zone rockets")
            .is_some()
    );
    harness.get_by_label("Reset view").click();
    harness.run();
    assert_eq!(harness.state().filtered_article_count(), None);
    assert!(
        harness
            .query_by_label_contains("Rockets fired at Erbil")
            .is_some()
    );
}

#[test]
fn shift_dragging_across_the_timeline_picks_a_time_range() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut harness = harness(SpanlineApp::new(Some(&sample_copy(dir.path())), ANALYST));
    harness.run();
    let find = |summary: &str| {
        harness
            .state()
            .timeline_incidents()
            .iter()
            .find(|i| i.summary == summary)
            .map(|i| i.incident_id)
            .expect("on the timeline")
    };
    let k1 = find("Rockets on K1 kill a US contractor");
    let storming = find("Protesters storm the US embassy compound");
    // From the middle of one mark to the middle of the other: a pixel is most of a day here.
    let (from, to) = (
        harness.state().timeline_mark(k1).expect("drawn"),
        harness.state().timeline_mark(storming).expect("drawn"),
    );
    drag_holding(&mut harness, from, to, egui::Modifiers::SHIFT);
    // The K1 attack and the storming are both in the security brief.
    assert_eq!(harness.state().filtered_article_count(), Some(1));
    assert!(
        harness
            .query_by_label_contains("Security brief: the embassy and the convoys")
            .is_some()
    );
}

#[test]
fn context_events_are_added_edited_and_removed_in_the_window() {
    use egui::accesskit::Role;
    use egui::{Key, Modifiers};

    let dir = tempfile::tempdir().expect("temp dir");
    let mut harness = harness(SpanlineApp::new(Some(&sample_copy(dir.path())), ANALYST));
    harness.run();
    let before = harness.state().context_events().len();
    harness.get_by_label("Context events…").click();
    harness.run();
    harness.get_by_label("Add a context event").click();
    harness.run();
    assert_eq!(harness.state().context_events().len(), before + 1);
    let added = harness
        .state()
        .context_events()
        .iter()
        .find(|e| e.label == "New context event")
        .cloned()
        .expect("added");

    // Rename it by typing over its label.
    let labels: Vec<_> = harness
        .get_all_by_role_and_label(Role::TextInput, "label")
        .collect();
    let index = harness
        .state()
        .context_events()
        .iter()
        .position(|e| e.context_event_id == added.context_event_id)
        .expect("listed");
    labels[index * 3].click();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.run();
    let labels: Vec<_> = harness
        .get_all_by_role_and_label(Role::TextInput, "label")
        .collect();
    labels[index * 3].type_text("Kadhimi visits Washington");
    harness.run();
    assert!(
        harness
            .state()
            .context_events()
            .iter()
            .any(|e| e.label == "Kadhimi visits Washington")
    );

    harness.key_press(Key::Escape);
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert!(
        harness
            .state()
            .context_events()
            .iter()
            .any(|e| e.label == "New context event"),
        "one undo takes back the whole rename"
    );
    let deletes: Vec<_> = harness.get_all_by_label("Delete").collect();
    deletes[index].click();
    harness.run();
    assert_eq!(harness.state().context_events().len(), before, "deleted");
}

#[test]
fn the_filtered_incidents_export_as_csv() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = sample_copy(dir.path());
    let out = dir.path().join("november.csv");
    let dialogs = FakeDialogs {
        export: Some(out.clone()),
        ..FakeDialogs::default()
    };
    let mut harness = harness_with(&path, dialogs);
    harness.state_mut().filter_to_range(
        jiff::civil::date(2020, 11, 1),
        jiff::civil::date(2020, 12, 31),
    );
    harness.run();
    harness.get_by_label("Export CSV…").click();
    harness.run();
    let mut reader = csv::Reader::from_path(&out).expect("the file was written");
    assert_eq!(
        reader.headers().expect("header").iter().next(),
        Some("incident_id")
    );
    let rows: Vec<csv::StringRecord> = reader.records().collect::<Result<_, _>>().expect("rows");
    let dates: Vec<&str> = rows.iter().map(|r| &r[1]).collect();
    assert_eq!(
        dates,
        ["2020-11-17", "2020-12-20", "2020-12-23", "2020-12-28"],
        "only the filtered months"
    );
    assert_eq!(
        &rows[0][6], "Green Zone / US Embassy, Baghdad",
        "places by name"
    );
}

#[test]
fn an_incident_coded_twice_is_flagged_and_merged_with_all_its_evidence() {
    use egui::{Key, Modifiers};
    use spanline::edit::commands;
    use spanline::model::{Span, Stamp};
    use spanline::store::{Project, articles, evidence, incidents, meta};

    // Another analyst coded the Green Zone rockets again from the second account.
    let dir = tempfile::tempdir().expect("temp dir");
    let path = sample_copy(dir.path());
    let mut project = Project::open(&path, ANALYST).expect("opens");
    let original = incidents::page(project.conn(), 0, 100)
        .expect("page")
        .into_iter()
        .find(|i| i.summary == "Seven rockets on the Green Zone break the October truce")
        .expect("coded")
        .incident_id;
    let second = articles::summaries(project.conn(), 0, 10)
        .expect("list")
        .into_iter()
        .find(|a| a.meta.title.starts_with("A second account"))
        .expect("listed");
    let text = articles::get(project.conn(), second.article_id)
        .expect("reads")
        .expect("there")
        .text;
    let words = range_of(
        &text,
        "all seven rockets were launched from one place in east Baghdad",
    );
    let stamp = Stamp::now(ANALYST);
    let span = Span {
        article_id: second.article_id,
        start: words.start,
        end: words.end,
    };
    let (change, twin) = commands::new_incident_from_span(&text, span, &stamp).expect("builds");
    project.run(change).expect("coded");
    let mut coded = incidents::get(project.conn(), twin)
        .expect("reads")
        .expect("there");
    let first = incidents::get(project.conn(), original)
        .expect("reads")
        .expect("there");
    coded.date_start = first.date_start;
    coded.place_id = first.place_id;
    project
        .run(commands::update_incident(coded, "code", &stamp))
        .expect("dated and placed");
    let evidence_before = evidence::for_incident(project.conn(), original)
        .expect("reads")
        .len();
    drop(project);

    let mut harness = harness(SpanlineApp::new(Some(&path), ANALYST));
    harness.run();
    harness
        .get_by_label_contains("Rockets on the Green Zone end a month-long truce")
        .click();
    harness.run();
    harness
        .get_by_label_contains("Seven rockets on the Green Zone break the October truce")
        .click();
    harness.run();
    assert!(
        harness
            .query_by_label_contains("Possibly the same event as")
            .is_some(),
        "flagged"
    );
    let before = meta::counts(harness.state().project().expect("open").conn()).expect("counts");
    harness.get_by_label("Merge into this").click();
    harness.run();
    let project = harness.state().project().expect("open");
    let after = meta::counts(project.conn()).expect("counts");
    assert_eq!(after.incidents, before.incidents - 1);
    assert_eq!(after.evidence, before.evidence, "no evidence is lost");
    assert_eq!(
        evidence::for_incident(project.conn(), original)
            .expect("reads")
            .len(),
        evidence_before + 1
    );
    assert!(
        harness
            .query_by_label_contains("Possibly the same event as")
            .is_none()
    );
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    let undone = meta::counts(harness.state().project().expect("open").conn()).expect("counts");
    assert_eq!(undone, before, "one undo takes the merge back");
}

#[test]
fn review_mode_steps_through_incidents_in_date_order_and_marks_them_reviewed() {
    use egui::{Key, Modifiers};
    use spanline::model::Status;
    use spanline::store::incidents;

    let dir = tempfile::tempdir().expect("temp dir");
    let mut harness = harness(SpanlineApp::new(Some(&sample_copy(dir.path())), ANALYST));
    harness.run();
    let in_order: Vec<_> = harness
        .state()
        .timeline_incidents()
        .iter()
        .map(|i| i.incident_id)
        .collect();
    harness.key_press_modifiers(Modifiers::ALT, Key::ArrowDown);
    harness.run();
    assert_eq!(
        harness.state().selected_incident().map(|i| i.incident_id),
        Some(in_order[0])
    );
    harness.key_press_modifiers(Modifiers::ALT, Key::ArrowDown);
    harness.run();
    let second = selected(&harness);
    assert_eq!(second.incident_id, in_order[1]);
    assert!(
        harness.state().open_article_title().is_some(),
        "its article is open"
    );
    harness.key_press_modifiers(Modifiers::ALT, Key::ArrowUp);
    harness.run();
    assert_eq!(
        harness.state().selected_incident().map(|i| i.incident_id),
        Some(in_order[0])
    );

    // Step on to the first draft and mark it reviewed.
    let first_draft = harness
        .state()
        .timeline_incidents()
        .iter()
        .position(|i| i.status == Status::Draft)
        .expect("a draft");
    for _ in 0..first_draft {
        harness.key_press_modifiers(Modifiers::ALT, Key::ArrowDown);
        harness.run();
    }
    let draft = selected(&harness);
    assert_eq!(
        (draft.incident_id, draft.status),
        (in_order[first_draft], Status::Draft)
    );
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Enter);
    harness.run();
    let stored = incidents::get(
        harness.state().project().expect("open").conn(),
        draft.incident_id,
    )
    .expect("reads")
    .expect("there");
    assert_eq!(stored.status, Status::Reviewed);
}

/// Clicks the export button `label` (answered with `out`), answers the screenshot the app then
/// asks for with an image whose pixels tell where they were (red is x, green is y, mod 256),
/// and checks the PNG written is cut from `rect`. Returns the status line.
fn export_png_of(label: &str, rect: fn(&SpanlineApp) -> Option<egui::Rect>) -> String {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = sample_copy(dir.path());
    let out = dir.path().join("export.png");
    let dialogs = FakeDialogs {
        export: Some(out.clone()),
        ..FakeDialogs::default()
    };
    let mut harness = harness_with(&path, dialogs);
    let drawn = rect(harness.state()).expect("drawn");
    harness.get_by_label(label).click();
    // Headless there is no renderer: the test answers the request itself.
    let mut request = None;
    for _ in 0..3 {
        harness.step();
        request = harness.output().viewport_output.values().find_map(|v| {
            v.commands.iter().find_map(|c| match c {
                egui::ViewportCommand::Screenshot(callback) => Some(callback.clone()),
                _ => None,
            })
        });
        if request.is_some() {
            break;
        }
    }
    let request = request.expect("a screenshot was requested");
    let pixels_per_point = harness.ctx.pixels_per_point();
    let size = harness.ctx.content_rect().size() * pixels_per_point;
    let (width, height) = (size.x as usize, size.y as usize);
    let pixels = (0..width * height)
        .map(|i| egui::Color32::from_rgb((i % width) as u8, (i / width) as u8, 0))
        .collect();
    request.complete(std::sync::Arc::new(egui::ColorImage::new(
        [width, height],
        pixels,
    )));
    harness.run();
    let decoder = png::Decoder::new(std::io::BufReader::new(
        std::fs::File::open(&out).expect("the image was written"),
    ));
    let mut reader = decoder.read_info().expect("a PNG");
    let mut buffer = vec![0; reader.output_buffer_size().expect("size")];
    let info = reader.next_frame(&mut buffer).expect("pixels");
    let expected = drawn.size() * pixels_per_point;
    assert_eq!(
        (info.width, info.height),
        (expected.x.round() as u32, expected.y.round() as u32),
        "its size on screen"
    );
    let origin = drawn.min * pixels_per_point;
    assert_eq!(
        &buffer[..3],
        &[
            (origin.x.round() as usize % 256) as u8,
            (origin.y.round() as usize % 256) as u8,
            0
        ],
        "cut from where it is drawn"
    );
    harness.state().status().to_owned()
}

#[test]
fn the_timeline_exports_as_a_png_of_the_plot_and_its_legend() {
    let status = export_png_of("Export PNG…", SpanlineApp::timeline_export_rect);
    assert!(status.starts_with("Exported the timeline"), "{status}");
}

#[test]
fn the_map_exports_as_a_png_of_what_it_shows() {
    let status = export_png_of("Export map…", SpanlineApp::map_rect);
    assert!(status.starts_with("Exported the map"), "{status}");
}

#[test]
fn a_projects_export_becomes_a_new_project_from_the_start_screen_and_merges_into_one_open() {
    use spanline::store::{Project, meta};

    let dir = tempfile::tempdir().expect("temp dir");
    let sample = sample_copy(dir.path());
    let export = dir.path().join("desk export.json");
    let counts = {
        let project = Project::open(&sample, ANALYST).expect("opens");
        spanline::export::export_project(project.conn(), spanline::export::Format::Json, &export)
            .expect("exported");
        meta::counts(project.conn()).expect("counts")
    };
    let dialogs = FakeDialogs {
        restore: Some(export.clone()),
        incidents: Some(export.clone()),
        ..FakeDialogs::default()
    };
    let mut harness = harness(SpanlineApp::with_dialogs(None, ANALYST, Box::new(dialogs)));
    harness.run();
    harness
        .get_by_label_contains("New project from an export…")
        .click();
    harness.run();
    wait_while(&mut harness, SpanlineApp::restoring);
    let restored = dir.path().join("desk export.db");
    let opened = harness.state().project().map(|p| p.path().to_owned());
    assert_eq!(
        opened.as_deref(),
        Some(restored.as_path()),
        "{:?}",
        harness.state().error()
    );
    let status = harness.state().status().to_owned();
    assert!(status.starts_with("Restored"), "{status}");
    assert_eq!(
        harness
            .state()
            .project()
            .map(|p| meta::counts(p.conn()).expect("counts")),
        Some(counts),
        "every record of the export"
    );
    assert!(
        harness
            .query_all_by_label_contains("Green Zone")
            .next()
            .is_some(),
        "its articles are listed"
    );

    // Into the open project, the same export is read in the background and has nothing new.
    harness.get_by_label("File").click();
    harness.run();
    harness.get_by_label_contains("Import incidents…").click();
    harness.run();
    wait_while(&mut harness, SpanlineApp::comparing);
    let status = harness.state().status().to_owned();
    assert!(status.starts_with("Nothing to merge"), "{status}");
}

#[test]
fn a_colleagues_project_merges_after_choosing_field_by_field_and_undoes_in_one_step() {
    use egui::{Key, Modifiers};
    use spanline::edit::commands;
    use spanline::model::Stamp;
    use spanline::store::{Project, incidents};

    let dir = tempfile::tempdir().expect("temp dir");
    let mine = sample_copy(dir.path());
    let theirs = dir.path().join("theirs.db");
    std::fs::copy(&mine, &theirs).expect("copy");
    let retitle = |path: &Path, analyst: &str, summary: &str| {
        let mut project = Project::open(path, analyst).expect("opens");
        let mut incident = incidents::all(project.conn())
            .expect("incidents")
            .into_iter()
            .find(|i| i.summary.starts_with("Seven rockets on the Green Zone"))
            .expect("in the sample");
        incident.summary = summary.to_owned();
        project
            .run(commands::update_incident(
                incident,
                "summary",
                &Stamp::now(analyst),
            ))
            .expect("stored");
    };
    retitle(&mine, "amira", "Green Zone rockets (Amira)");
    retitle(&theirs, "ben", "Green Zone rockets (Ben)");
    let dialogs = FakeDialogs {
        merge: Some(theirs),
        ..FakeDialogs::default()
    };
    let mut harness = harness_with(&mine, dialogs);
    harness.state_mut().wait_for_checks();
    harness.get_by_label("File").click();
    harness.run();
    harness
        .get_by_label_contains("Merge a colleague's project…")
        .click();
    wait_while(&mut harness, SpanlineApp::comparing);
    harness.get_by_label_contains("1 record changed differently on both sides");
    harness.get_by_label("Green Zone rockets (Ben)").click();
    harness.run();
    harness.get_by_label("Merge").click();
    harness.run();
    let summaries = |harness: &Harness<'static, SpanlineApp>| -> Vec<String> {
        harness
            .state()
            .timeline_incidents()
            .iter()
            .map(|i| i.summary.clone())
            .filter(|s| s.starts_with("Green Zone rockets"))
            .collect()
    };
    assert_eq!(summaries(&harness), ["Green Zone rockets (Ben)"]);
    assert!(
        harness.state().status().starts_with("Merged"),
        "{}",
        harness.state().status()
    );
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(
        summaries(&harness),
        ["Green Zone rockets (Amira)"],
        "one undo takes it all back"
    );
}

#[test]
fn the_whole_project_exports_from_the_file_menu() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("acled.csv");
    let dialogs = FakeDialogs {
        export: Some(out.clone()),
        ..FakeDialogs::default()
    };
    let path = sample_copy(dir.path());
    let mut harness = harness_with(&path, dialogs);
    harness.get_by_label("File").click();
    harness.run();
    harness.get_by_label("Export").hover();
    harness.run();
    harness.get_by_label_contains("ACLED-style CSV…").click();
    // Written on its own thread and put in place once the project's scan has found it sound;
    // meanwhile the status bar's bar moves, so the frames are stepped, not run to rest.
    wait_while(&mut harness, SpanlineApp::exporting);
    let mut reader = csv::Reader::from_path(&out).expect("written");
    assert_eq!(reader.headers().expect("header").len(), 31);
    assert_eq!(reader.records().count(), 25);
    assert!(
        harness.state().status().contains("not mapped: actor2"),
        "{}",
        harness.state().status()
    );
}

#[test]
fn agreement_with_a_colleague_shows_both_tables_and_exports_them() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mine = sample_copy(dir.path());
    let theirs = dir.path().join("theirs.db");
    std::fs::copy(&mine, &theirs).expect("copy");
    let out = dir.path().join("agreement.csv");
    let dialogs = FakeDialogs {
        compare: Some(theirs),
        export: Some(out.clone()),
        ..FakeDialogs::default()
    };
    let mut harness = harness_with(&mine, dialogs);
    harness.get_by_label("File").click();
    harness.run();
    harness
        .get_by_label_contains("Agreement with a colleague's project…")
        .click();
    wait_while(&mut harness, SpanlineApp::comparing);
    harness.get_by_label_contains("6 articles coded by both; 25 incidents paired");
    harness.get_by_label("all spans");
    harness.get_by_label("Krippendorff's α");
    // The agreement window's own export button (the timeline has one too).
    let buttons: Vec<_> = harness.get_all_by_label("Export CSV…").collect();
    buttons.last().expect("the window's button").click();
    harness.run();
    let mut reader = csv::Reader::from_path(&out).expect("written");
    let tables: Vec<String> = reader
        .records()
        .map(|r| r.expect("row")[0].to_owned())
        .collect();
    assert!(tables.contains(&"spans".to_owned()) && tables.contains(&"fields".to_owned()));
    harness.get_by_label("Close").click();
    harness.run();
    assert!(
        harness.query_by_label("all spans").is_none(),
        "the window closed"
    );
}

#[test]
fn incidents_import_from_an_acled_csv_in_one_undoable_step() {
    use egui::{Key, Modifiers};
    let dir = tempfile::tempdir().expect("temp dir");
    let csv_path = dir.path().join("acled.csv");
    std::fs::write(
        &csv_path,
        "event_id_cnty,event_date,event_type,actor1,location,fatalities,notes\n\
         IRQ9001,2021-03-03,Explosions/Remote violence,Kata'ib Hezbollah,Ain al-Asad Air Base,1,Rockets on Ain al-Asad\n",
    )
    .expect("write");
    let path = sample_copy(dir.path());
    let dialogs = FakeDialogs {
        incidents: Some(csv_path),
        ..FakeDialogs::default()
    };
    let mut harness = harness_with(&path, dialogs);
    harness.state_mut().wait_for_checks();
    let before = harness.state().timeline_incidents().len();
    harness.get_by_label("File").click();
    harness.run();
    harness.get_by_label_contains("Import incidents…").click();
    harness.run();
    assert!(
        harness.state().status().starts_with("Imported 1 incidents"),
        "{}",
        harness.state().status()
    );
    assert_eq!(harness.state().timeline_incidents().len(), before + 1);
    assert!(
        harness
            .state()
            .timeline_incidents()
            .iter()
            .any(|i| i.summary == "Rockets on Ain al-Asad")
    );
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(
        harness.state().timeline_incidents().len(),
        before,
        "one undo"
    );
}

/// The actors stored in the app's project.
fn stored_actors(harness: &Harness<'static, SpanlineApp>) -> Vec<spanline::model::Actor> {
    let project = harness.state().project().expect("open");
    spanline::store::actors::all(project.conn()).expect("reads")
}

#[test]
fn selected_words_become_a_new_actor_edited_in_the_codebook_window_with_undo() {
    use egui::accesskit::Role;
    use egui::{Key, Modifiers};

    let (dir, mut harness) = sample_at("Rockets on the Green Zone end a month-long truce");
    let text = source_text(&harness);
    harness
        .state_mut()
        .select_range(range_of(&text, "Iran-aligned militias"));
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::K);
    harness.run();
    assert!(harness.state().codebook_open());

    // Nothing matches the selected words, so the window offers to add them.
    harness
        .get_by_label("Add “Iran-aligned militias” as an actor")
        .click();
    harness.run();
    let added = stored_actors(&harness)
        .into_iter()
        .find(|a| a.name == "Iran-aligned militias")
        .expect("the actor is stored");

    // Typing into its fields stores each at once.
    harness
        .get_by_role_and_label(Role::TextInput, "kind")
        .click();
    harness.run();
    harness
        .get_by_role_and_label(Role::TextInput, "kind")
        .type_text("umbrella");
    harness.run();
    harness
        .get_by_role_and_label(Role::MultilineTextInput, "aliases")
        .click();
    harness.run();
    harness
        .get_by_role_and_label(Role::MultilineTextInput, "aliases")
        .type_text("Iran-backed militias\nIran-aligned groups");
    harness.run();
    let on_disk =
        spanline::store::Project::open(&dir.path().join("sample.db"), ANALYST).expect("opens");
    let stored = spanline::store::actors::get(on_disk.conn(), added.actor_id)
        .expect("reads")
        .expect("there");
    drop(on_disk);
    assert_eq!(stored.kind.as_deref(), Some("umbrella"));
    assert_eq!(
        stored.aliases,
        ["Iran-backed militias", "Iran-aligned groups"]
    );

    // The perpetrator picker and the suggestions read the new actor.
    harness.state_mut().wait_for_suggestions();
    assert!(
        harness.state().suggestions().iter().any(|s| s.field
            == spanline::model::Field::Perpetrator
            && text
                .chars()
                .skip(s.start)
                .take(s.end - s.start)
                .collect::<String>()
                == "Iran-aligned militias"),
        "the new name is suggested in the article"
    );

    // One undo takes back the aliases typed, the next the kind.
    harness.key_press(Key::Escape);
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    let actor = |h: &Harness<'static, SpanlineApp>| {
        stored_actors(h)
            .into_iter()
            .find(|a| a.actor_id == added.actor_id)
    };
    let undone = actor(&harness).expect("still there");
    assert!(undone.aliases.is_empty());
    assert_eq!(undone.kind.as_deref(), Some("umbrella"));

    // Deleting asks first, then removes it; undo brings it back.
    harness.get_by_label("Delete actor…").click();
    harness.run();
    assert!(
        harness
            .query_by_label_contains("No incident refers to it")
            .is_some()
    );
    harness.get_by_label("Delete").click();
    harness.run();
    assert!(actor(&harness).is_none(), "deleted");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert!(actor(&harness).is_some(), "undo brings it back");
}

#[test]
fn deleting_a_weapon_in_use_says_how_many_incidents_lose_it_and_undo_restores_them() {
    use egui::{Key, Modifiers};
    use spanline::store::incidents;

    let dir = tempfile::tempdir().expect("temp dir");
    let mut harness = harness(SpanlineApp::new(Some(&sample_copy(dir.path())), ANALYST));
    harness.run();
    let coded_with_ied = |h: &Harness<'static, SpanlineApp>| {
        let conn = h.state().project().expect("open").conn();
        incidents::all(conn)
            .expect("reads")
            .into_iter()
            .filter(|i| i.weapon.as_deref() == Some("ied"))
            .count()
    };
    assert_eq!(coded_with_ied(&harness), 2);

    harness.key_press_modifiers(Modifiers::COMMAND, Key::K);
    harness.run();
    harness.get_by_label("Weapons").click();
    harness.run();
    harness
        .get_by_label("IED / roadside, car or suicide bomb")
        .click();
    harness.run();
    harness.get_by_label("Delete weapon…").click();
    harness.run();
    assert!(
        harness
            .query_by_label_contains("2 incidents will lose this value")
            .is_some()
    );
    // Cancel keeps everything.
    harness.get_by_label("Cancel").click();
    harness.run();
    assert_eq!(coded_with_ied(&harness), 2);

    harness.get_by_label("Delete weapon…").click();
    harness.run();
    harness.get_by_label("Delete").click();
    harness.run();
    assert_eq!(coded_with_ied(&harness), 0);
    let conn = harness.state().project().expect("open").conn();
    let weapons =
        spanline::store::vocab::list(conn, spanline::model::Vocabulary::Weapon).expect("reads");
    assert!(weapons.iter().all(|t| t.key != "ied"));

    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(
        coded_with_ied(&harness),
        2,
        "one undo restores the term and both incidents"
    );
}

#[test]
fn a_place_keeps_an_impossible_latitude_as_typed_but_never_stores_it() {
    use egui::accesskit::Role;
    use egui::{Key, Modifiers};

    let dir = tempfile::tempdir().expect("temp dir");
    let mut harness = harness(SpanlineApp::new(Some(&sample_copy(dir.path())), ANALYST));
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::K);
    harness.run();
    harness.get_by_label("Places").click();
    harness.run();
    harness.get_by_label("Erbil").click();
    harness.run();
    let erbil = |h: &Harness<'static, SpanlineApp>| {
        let conn = h.state().project().expect("open").conn();
        spanline::store::places::all(conn)
            .expect("reads")
            .into_iter()
            .find(|p| p.name == "Erbil")
            .expect("sample has Erbil")
    };
    let before = erbil(&harness);

    let latitude = || Role::TextInput;
    harness
        .get_by_role_and_label(latitude(), "latitude")
        .click();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.run();
    harness
        .get_by_role_and_label(latitude(), "latitude")
        .type_text("91");
    harness.run();
    assert!(
        harness
            .query_by_label_contains("between -90 and 90")
            .is_some()
    );
    assert_eq!(erbil(&harness).latitude, before.latitude, "not stored");

    harness.key_press(Key::Backspace);
    harness.key_press(Key::Backspace);
    harness.run();
    harness
        .get_by_role_and_label(latitude(), "latitude")
        .type_text("36.2");
    harness.run();
    assert_eq!(erbil(&harness).latitude, Some(36.2));
    assert!(
        harness
            .query_by_label_contains("between -90 and 90")
            .is_none()
    );
}

/// Whether the timeline shows exactly what a fresh read of the project gives.
fn assert_timeline_current(harness: &Harness<'static, SpanlineApp>, after: &str) {
    let conn = harness.state().project().expect("open").conn();
    let fresh = spanline::store::incidents::timeline(conn, None, None).expect("reads");
    let shown = harness.state().timeline_incidents();
    assert_eq!(shown.len(), fresh.len(), "after {after}: as many rows");
    assert!(
        shown == fresh.as_slice(),
        "after {after}: the timeline's rows equal a fresh read"
    );
}

#[test]
fn the_timeline_catches_up_row_by_row_with_coding_undo_and_codebook_deletions() {
    use egui::{Key, Modifiers};

    let (_dir, mut harness) = sample_at("A summer of attacks on US-linked targets");
    let text = source_text(&harness);
    harness.state_mut().select_range(range_of(
        &text,
        "July 24, 27 and 30, on August 11, 16 and 29, and on September 15",
    ));
    harness.run();
    harness.key_press_modifiers(Modifiers::SHIFT, Key::N);
    harness.run();
    assert_timeline_current(&harness, "seven incidents from a date list");
    let dated = harness.state().timeline_incidents().len();

    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_timeline_current(&harness, "undo");
    assert_eq!(harness.state().timeline_incidents().len(), dated - 7);
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    harness.run();
    assert_timeline_current(&harness, "redo");

    // Evidence for another field of a selected incident: its sources may change.
    let incident = harness
        .state()
        .timeline_incidents()
        .first()
        .map(|i| i.incident_id)
        .expect("dated incidents");
    harness.state_mut().show_incident(incident);
    harness
        .state_mut()
        .select_range(range_of(&text, "US-linked targets"));
    harness.run();
    harness.key_press(Key::Num8);
    harness.run();
    assert_timeline_current(&harness, "attaching evidence");

    harness.key_press_modifiers(Modifiers::COMMAND, Key::Delete);
    harness.run();
    assert_timeline_current(&harness, "deleting an incident");
    assert_eq!(harness.state().timeline_incidents().len(), dated - 1);

    // A place deleted in the codebook leaves the incidents that struck it.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::K);
    harness.run();
    harness.get_by_label("Places").click();
    harness.run();
    harness.get_by_label("Baghdad").click();
    harness.run();
    harness.get_by_label("Delete place…").click();
    harness.run();
    harness.get_by_label("Delete").click();
    harness.run();
    assert_timeline_current(&harness, "deleting a place in the codebook");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_timeline_current(&harness, "undoing the place's deletion");
}

#[test]
fn every_menu_command_is_in_the_shortcut_list_and_ctrl_q_quits() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut harness = harness(SpanlineApp::new(Some(&sample_copy(dir.path())), ANALYST));
    harness.run();
    let labels = [
        "Merge a colleague's project…",
        "Agreement with a colleague's project…",
        "Save a copy without article texts…",
        "Import incidents…",
        "ACLED-style CSV…",
        "Export PNG…",
        "Context events…",
        "Quit",
    ];
    let shown = |harness: &Harness<'static, SpanlineApp>| -> Vec<usize> {
        labels
            .iter()
            .map(|l| harness.query_all_by_label(l).count())
            .collect()
    };
    let before = shown(&harness);
    harness.key_press(egui::Key::F1);
    harness.run();
    let after = shown(&harness);
    for ((label, before), after) in labels.iter().zip(before).zip(after) {
        assert_eq!(after, before + 1, "{label} is not in the F1 list");
    }
    // A fresh window (no other window opening that frame): Ctrl+Q asks the window to close.
    let mut fresh = self::harness(SpanlineApp::new(Some(&sample_copy(dir.path())), ANALYST));
    fresh.run();
    // The key press alone, so its frame's output is the one read.
    fresh.event(egui::Event::Key {
        key: egui::Key::Q,
        physical_key: None,
        pressed: true,
        repeat: false,
        modifiers: egui::Modifiers::COMMAND,
    });
    fresh.step();
    let asked_to_close = fresh.output().viewport_output.values().any(|viewport| {
        viewport
            .commands
            .iter()
            .any(|c| matches!(c, egui::ViewportCommand::Close))
    });
    assert!(asked_to_close, "Ctrl+Q did not close the window");
}

#[test]
fn a_place_from_the_shipped_gazetteer_becomes_a_project_place_when_applied() {
    use egui::{Key, Modifiers};
    let (_dir, mut harness, text) =
        one_article("A drone struck a farm near Tarmiyah, north of Baghdad, late on Monday.");
    harness
        .state_mut()
        .select_range(range_of(&text, "A drone struck a farm"));
    harness.run();
    harness.key_press(Key::N);
    harness.run();
    harness
        .state_mut()
        .select_range(range_of(&text, "Tarmiyah"));
    harness.run();
    harness.key_press(Key::Num2);
    harness.run();
    let reasons: Vec<String> = harness
        .state()
        .proposals()
        .iter()
        .map(|p| p.reason.clone())
        .collect();
    assert!(
        reasons
            .iter()
            .any(|r| r.contains("At Tarmiyah") && r.contains("gazetteer")),
        "{reasons:?}"
    );
    harness.get_by_label("Apply").click();
    harness.run();
    let project = harness.state().project().expect("open");
    let places = spanline::store::places::all(project.conn()).expect("places");
    let tarmiyah = places
        .iter()
        .find(|p| p.name == "At Tarmiyah")
        .expect("added to the project's places");
    assert_eq!(tarmiyah.admin1.as_deref(), Some("Baghdad"));
    assert!(tarmiyah.latitude.is_some());
    let incident = harness.state().selected_incident().expect("selected");
    assert_eq!(incident.place_id, Some(tarmiyah.place_id));
    // One undo takes back both the place and its use.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    let project = harness.state().project().expect("open");
    let places = spanline::store::places::all(project.conn()).expect("places");
    assert!(!places.iter().any(|p| p.name == "At Tarmiyah"));
}

/// Selects `needle`, presses the field's key and applies the proposal the tray offers.
fn attach_and_apply(
    harness: &mut Harness<'static, SpanlineApp>,
    text: &str,
    needle: &str,
    key: egui::Key,
) {
    harness.state_mut().select_range(range_of(text, needle));
    harness.run();
    harness.key_press(key);
    harness.run();
    harness.get_by_label("Apply").click();
    harness.run();
}

#[test]
fn incidents_at_sea_and_in_kabul_are_coded_from_the_world_gazetteer_and_found_on_the_map() {
    use egui::Key;
    // Published after both (a day after the article's is no incident's date).
    let (_dir, mut harness, text) = one_article_published(
        "A one-way attack drone struck the USS Carney in the Red Sea on 19 November 2023.\n\n\
         Rockets hit the US embassy in Kabul on 8 September 2023.",
        jiff::civil::date(2023, 11, 20),
    );
    let mut coded = Vec::new();
    for (sentence, date, place, weapon, target) in [
        (
            "A one-way attack drone struck the USS Carney",
            "on 19 November 2023",
            "the Red Sea",
            "A one-way attack drone",
            "the USS Carney",
        ),
        (
            "Rockets hit the US embassy in Kabul",
            "on 8 September 2023",
            "the US embassy in Kabul",
            "Rockets",
            "the US embassy",
        ),
    ] {
        harness.state_mut().select_range(range_of(&text, sentence));
        harness.run();
        harness.key_press(Key::N);
        harness.run();
        attach_and_apply(&mut harness, &text, date, Key::Num1);
        attach_and_apply(&mut harness, &text, place, Key::Num2);
        attach_and_apply(&mut harness, &text, weapon, Key::Num4);
        attach_and_apply(&mut harness, &text, target, Key::Num8);
        let incident = harness
            .state()
            .selected_incident()
            .expect("selected")
            .clone();
        coded.push(incident);
    }
    let project = harness.state().project().expect("open");
    let places = spanline::store::places::all(project.conn()).expect("places");
    let place_of = |i: &spanline::model::Incident| {
        places
            .iter()
            .find(|p| Some(p.place_id) == i.place_id)
            .map(|p| (p.name.clone(), p.latitude, p.longitude))
    };
    let (sea, kabul) = (&coded[0], &coded[1]);
    assert_eq!(
        place_of(sea),
        Some(("Red Sea".to_owned(), Some(20.0), Some(38.5)))
    );
    assert_eq!(
        place_of(kabul).map(|p| p.0),
        Some("US Embassy in Kabul".to_owned()),
        "the embassy in Kabul, not the one in Baghdad"
    );
    assert_eq!(sea.weapon.as_deref(), Some("drone"));
    assert_eq!(sea.target_type.as_deref(), Some("naval_vessel"));
    assert_eq!(kabul.weapon.as_deref(), Some("rocket"));
    assert_eq!(kabul.target_type.as_deref(), Some("diplomatic_facility"));
    assert_eq!(
        sea.date_start,
        Some(jiff::civil::date(2023, 11, 19)),
        "dated, so on the timeline and the map"
    );
    // Fit shows wherever the incidents are: the Red Sea and Kabul, far from the Levant.
    harness.get_by_label("Fit").click();
    harness.run();
    let rect = harness.state().map_rect().expect("the map is drawn");
    for incident in &coded {
        let at = harness
            .state()
            .map_mark(incident.incident_id)
            .unwrap_or_else(|| panic!("{:?} is on the map", incident.summary));
        assert!(rect.contains(at), "{at:?} inside {rect:?}");
    }
    let (sea_at, kabul_at) = (
        harness.state().map_mark(sea.incident_id).expect("drawn"),
        harness.state().map_mark(kabul.incident_id).expect("drawn"),
    );
    assert!(
        kabul_at.x > sea_at.x && kabul_at.y < sea_at.y,
        "Kabul lies north-east of the Red Sea: {kabul_at:?} vs {sea_at:?}"
    );
}

#[test]
fn a_group_the_codebook_lacks_is_added_as_an_actor_in_one_click() {
    use egui::{Key, Modifiers};
    let (_dir, mut harness, text) = one_article(
        "Rockets hit the base on Monday. A group calling itself Liwa Thar al-Muhandis claimed the attack.",
    );
    harness
        .state_mut()
        .select_range(range_of(&text, "Rockets hit the base"));
    harness.run();
    harness.key_press(Key::N);
    harness.run();
    harness.state_mut().select_range(range_of(
        &text,
        "A group calling itself Liwa Thar al-Muhandis claimed the attack",
    ));
    harness.run();
    harness.key_press(Key::Num3);
    harness.run();
    harness.get_by_label("Apply").click();
    harness.run();
    let project = harness.state().project().expect("open");
    let actors = spanline::store::actors::all(project.conn()).expect("actors");
    let group = actors
        .iter()
        .find(|a| a.name == "Liwa Thar al-Muhandis")
        .expect("added to the codebook");
    let incident = harness.state().selected_incident().expect("selected");
    assert_eq!(incident.perpetrator_id, Some(group.actor_id));
    assert_eq!(
        incident.attribution,
        Some(spanline::model::Attribution::Claimed)
    );
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    let project = harness.state().project().expect("open");
    let actors = spanline::store::actors::all(project.conn()).expect("actors");
    assert!(!actors.iter().any(|a| a.name == "Liwa Thar al-Muhandis"));
}

#[test]
fn drafting_an_article_stores_proposed_incidents_to_accept_reject_and_undo() {
    use egui::accesskit::Role;
    use egui::{Key, Modifiers};
    use spanline::draft::proposed::is_proposed;
    use spanline::store::{Project, incidents};
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("p.db");
    drop(Project::create(&path, ANALYST).expect("created"));
    let tracker = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/drafts/convoy_tracker.txt");
    let imported = std::process::Command::new(env!("CARGO_BIN_EXE_spanline"))
        .arg("import")
        .arg(&path)
        .arg(&tracker)
        .output()
        .expect("runs");
    assert!(imported.status.success());
    let mut harness = harness(SpanlineApp::new(Some(&path), ANALYST));
    harness.run();
    let article_id = {
        let project = harness.state().project().expect("open");
        spanline::store::articles::all(project.conn(), false).expect("articles")[0].article_id
    };
    harness.state_mut().show_article(article_id);
    harness.run();

    harness.key_press_modifiers(Modifiers::COMMAND, Key::D);
    harness.run();
    let stored = |harness: &Harness<'static, SpanlineApp>| {
        let project = harness.state().project().expect("open");
        incidents::all(project.conn()).expect("incidents")
    };
    let drafts = stored(&harness);
    assert_eq!(drafts.len(), 3, "one per date of the list");
    assert!(drafts.iter().all(is_proposed));
    assert_eq!(harness.query_all_by_label_contains("· proposed").count(), 3);
    assert_eq!(
        harness
            .state()
            .timeline_incidents()
            .iter()
            .filter(|i| i.proposed)
            .count(),
        3,
        "the timeline marks them proposed"
    );

    // Review: the first in date order is shown at once; rejected.
    let first = selected(&harness);
    assert_eq!(first.date_start, Some(jiff::civil::date(2021, 5, 12)));
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Delete);
    harness.run();
    assert_eq!(stored(&harness).len(), 2);

    // The next one came up by itself: accepted alone.
    let second = selected(&harness);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Enter);
    harness.run();
    let after = stored(&harness);
    let accepted = after
        .iter()
        .find(|i| i.incident_id == second.incident_id)
        .expect("kept");
    assert!(!is_proposed(accepted));
    assert_eq!(accepted.weapon.as_deref(), Some("ied"));

    // Editing a field of the last one (up by itself) accepts it with the change; undo puts it
    // back proposed.
    let third = selected(&harness);
    assert!(is_proposed(&third));
    let summary = harness.get_by_role_and_label(Role::MultilineTextInput, "summary");
    summary.click();
    harness.run();
    harness
        .get_by_role_and_label(Role::MultilineTextInput, "summary")
        .type_text(" (checked)");
    harness.run();
    let edited = stored(&harness)
        .into_iter()
        .find(|i| i.incident_id == third.incident_id)
        .expect("kept");
    assert!(!is_proposed(&edited), "editing accepted it");
    assert!(edited.summary.contains("(checked)"));
    harness.key_press(Key::Escape);
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();

    // Accept all: the last one, in one step that undo takes back.
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::Enter);
    harness.run();
    assert!(stored(&harness).iter().all(|i| !is_proposed(i)));
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(
        stored(&harness).iter().filter(|i| is_proposed(i)).count(),
        1,
        "undo brings back the one accepted with accept all"
    );
}

#[test]
fn drafting_every_uncoded_article_runs_in_the_background_and_is_one_undo_step() {
    use egui::{Key, Modifiers};
    use spanline::draft::proposed::is_proposed;
    use spanline::store::{Project, incidents};
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("p.db");
    drop(Project::create(&path, ANALYST).expect("created"));
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/drafts");
    let imported = std::process::Command::new(env!("CARGO_BIN_EXE_spanline"))
        .arg("import")
        .arg(&path)
        .arg(folder.join("convoy_tracker.txt"))
        .arg(folder.join("embassy_rockets.txt"))
        .output()
        .expect("runs");
    assert!(imported.status.success());
    let mut harness = harness(SpanlineApp::new(Some(&path), ANALYST));
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::D);
    harness.run();
    for _ in 0..500 {
        if !harness.state().drafting() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
        harness.run();
    }
    assert!(!harness.state().drafting(), "drafting finished");
    let stored = |harness: &Harness<'static, SpanlineApp>| {
        let project = harness.state().project().expect("open");
        incidents::all(project.conn()).expect("incidents")
    };
    let drafts = stored(&harness);
    assert_eq!(
        drafts.len(),
        4,
        "three convoy attacks and the embassy rockets"
    );
    assert!(drafts.iter().all(is_proposed));
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert!(
        stored(&harness).is_empty(),
        "one undo step takes them all back"
    );
}

#[test]
fn the_drafting_scope_is_edited_in_the_codebook_window_and_drafting_follows_it() {
    use egui::{Key, Modifiers};
    use spanline::store::Project;
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("p.db");
    drop(Project::create(&path, ANALYST).expect("created"));
    let article =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/drafts/checkpoint_and_base.txt");
    let imported = std::process::Command::new(env!("CARGO_BIN_EXE_spanline"))
        .arg("import")
        .arg(&path)
        .arg(&article)
        .output()
        .expect("runs");
    assert!(imported.status.success());
    // By default the checkpoint attack is out of scope: only the base is drafted.
    let drafted = |path: &Path| {
        let project = Project::open(path, ANALYST).expect("opens");
        spanline::draft::draft_project(project.conn(), None).expect("drafted")[0]
            .drafts
            .len()
    };
    assert_eq!(drafted(&path), 1);

    let mut harness = harness(SpanlineApp::new(Some(&path), ANALYST));
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::K);
    harness.run();
    harness.get_by_label("Drafting scope").click();
    harness.run();
    // The list is taller than its scrolled view: focus the field rather than click its middle.
    harness.get_by_label("targets in scope").focus();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.run();
    harness
        .get_by_label("targets in scope")
        .type_text("checkpoint\nbase");
    harness.run();
    harness.get_by_label("Save the scope").click();
    harness.run();
    assert!(
        harness.state().error().is_none(),
        "{:?}",
        harness.state().error()
    );
    assert_eq!(
        harness.state().workspace().codebook.scope_targets,
        ["checkpoint", "base"]
    );
    assert_eq!(drafted(&path), 2, "the checkpoint attack is in scope now");

    // The scope is an undo step like any edit: Ctrl+Z puts the default back, in the file and
    // in the field; Ctrl+Shift+Z brings the analyst's scope again.
    let shown = |harness: &Harness<'static, SpanlineApp>| {
        harness
            .get_by_label("targets in scope")
            .accesskit_node()
            .value()
            .unwrap_or_default()
            .to_owned()
    };
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert!(
        harness
            .state()
            .status()
            .contains("Undid set the drafting scope")
    );
    let default = spanline::draft::scope::Scope::default_targets();
    assert_eq!(harness.state().workspace().codebook.scope_targets, default);
    assert_eq!(shown(&harness), default.join("\n"));
    assert_eq!(drafted(&path), 1, "out of scope again");
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    harness.run();
    assert_eq!(
        harness.state().workspace().codebook.scope_targets,
        ["checkpoint", "base"]
    );
    assert_eq!(shown(&harness), "checkpoint\nbase");
    drop(harness);
    assert_eq!(drafted(&path), 2, "the checkpoint attack is in scope again");
}

#[test]
fn the_edit_menu_names_the_step_undo_would_take_back() {
    use egui::Key;
    let (_dir, mut harness, text) = one_article("Seven rockets hit the Green Zone on Tuesday.");
    harness.get_by_label("Edit").click();
    harness.run();
    assert!(
        harness.query_by_label_contains("Undo “").is_none(),
        "nothing to undo yet"
    );
    harness.key_press(Key::Escape);
    harness.run();
    harness
        .state_mut()
        .select_range(range_of(&text, "Seven rockets hit the Green Zone"));
    harness.run();
    harness.key_press(Key::N);
    harness.run();
    harness.get_by_label("Edit").click();
    harness.run();
    assert!(
        harness
            .query_by_label_contains("Undo “new incident”")
            .is_some(),
        "the menu names the step"
    );
}

#[test]
fn a_count_typed_in_words_is_stored_as_its_number_and_a_vague_one_is_refused() {
    use egui::Key;
    use egui::accesskit::Role;
    let (_dir, mut harness, text) = one_article("Seven rockets hit the Green Zone on Tuesday.");
    harness
        .state_mut()
        .select_range(range_of(&text, "Seven rockets hit the Green Zone"));
    harness.run();
    harness.key_press(Key::N);
    harness.run();
    fn killed_best<'h>(harness: &'h Harness<'static, SpanlineApp>) -> egui_kittest::Node<'h> {
        harness
            .get_all_by_role_and_label(Role::TextInput, "killed")
            .nth(1)
            .expect("the best field")
    }
    killed_best(&harness).click();
    harness.run();
    killed_best(&harness).type_text("six");
    harness.run();
    assert_eq!(
        harness
            .state()
            .selected_incident()
            .expect("selected")
            .killed
            .best,
        Some(6)
    );
    killed_best(&harness).type_text(" or so");
    harness.run();
    assert_eq!(
        harness
            .state()
            .selected_incident()
            .expect("selected")
            .killed
            .best,
        Some(6),
        "a vague count changes nothing"
    );
    assert!(harness.query_by_label("not stored").is_some());
}

/// An incident made from "Seven rockets hit the Green Zone", with the rockets attached as its
/// munitions (5) and the Green Zone as its place (2): two proposals waiting in the tray.
fn two_proposals_in_the_tray() -> (tempfile::TempDir, Harness<'static, SpanlineApp>) {
    use egui::Key;
    let (dir, mut harness, text) =
        one_article("Seven rockets hit the Green Zone on Tuesday, killing two guards.");
    harness
        .state_mut()
        .select_range(range_of(&text, "Seven rockets hit the Green Zone"));
    harness.run();
    harness.key_press(Key::N);
    harness.run();
    for (words, key) in [("Seven rockets", Key::Num5), ("Green Zone", Key::Num2)] {
        harness.state_mut().select_range(range_of(&text, words));
        harness.run();
        harness.key_press(key);
        harness.run();
    }
    (dir, harness)
}

#[test]
fn the_proposals_tray_keeps_every_proposal_until_applied_and_applies_all_in_one_step() {
    use egui::{Key, Modifiers};
    let (_dir, mut harness) = two_proposals_in_the_tray();
    assert_eq!(
        harness.state().proposals().len(),
        2,
        "both wait in the tray"
    );
    harness.get_by_label("Apply all").click();
    harness.run();
    let coded = selected(&harness);
    assert_eq!(coded.munitions.best, Some(7));
    assert!(coded.place_id.is_some());
    assert!(harness.state().proposals().is_empty());
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    let undone = selected(&harness);
    assert_eq!(undone.munitions.best, None, "one undo takes back both");
    assert_eq!(undone.place_id, None);
}

#[test]
fn dismissing_a_proposal_drops_it_from_the_tray_and_stores_nothing() {
    let (_dir, mut harness) = two_proposals_in_the_tray();
    assert_eq!(harness.state().proposals().len(), 2);
    let before = selected(&harness);
    harness
        .get_all_by_label("Dismiss")
        .next()
        .expect("a dismiss button per proposal")
        .click();
    harness.run();
    assert_eq!(harness.state().proposals().len(), 1, "one left in the tray");
    let after = selected(&harness);
    assert_eq!(after, before, "dismissing stores nothing");
}

#[test]
fn page_down_space_home_and_end_scroll_the_article() {
    use egui::accesskit::Role;
    use egui::{Key, Modifiers};
    let long: String = (0..200)
        .map(|i| format!("Paragraph {i}: rockets were fired at the base again.\n\n"))
        .collect();
    let (_dir, mut harness, _) = one_article(&long);
    harness.run();
    let offset = |harness: &Harness<'static, SpanlineApp>| {
        harness.state().article_scroll().expect("a pane").offset
    };
    assert_eq!(offset(&harness), 0.0);
    harness.key_press(Key::PageDown);
    harness.run();
    let page = offset(&harness);
    assert!(page > 100.0, "a page down: {page}");
    harness.key_press(Key::Space);
    harness.run();
    let two_pages = offset(&harness);
    assert!(two_pages > page * 1.5, "Space: another page");
    harness.key_press_modifiers(Modifiers::SHIFT, Key::Space);
    harness.run();
    assert!(offset(&harness) < two_pages, "Shift+Space: a page back");
    harness.key_press(Key::PageUp);
    harness.run();
    assert_eq!(offset(&harness), 0.0, "PageUp: back at the top");
    // A space typed into a field is text, not a scroll.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::F);
    harness.run();
    harness
        .get_by_role_and_label(Role::TextInput, "Search")
        .type_text("rockets fired");
    harness.key_press(Key::Space);
    harness.run();
    assert_eq!(offset(&harness), 0.0, "typing does not scroll");
    harness.key_press(Key::Escape);
    harness.run();
    harness.key_press(Key::End);
    harness.run();
    let scroll = harness.state().article_scroll().expect("a pane");
    assert!(
        (scroll.offset - (scroll.content - scroll.viewport)).abs() < 2.0,
        "{scroll:?}"
    );
    harness.key_press_modifiers(Modifiers::NONE, Key::Home);
    harness.run();
    assert_eq!(offset(&harness), 0.0);
}

/// Our own report in Arabic, long enough to wrap: "Three rockets fell on Monday evening near
/// Erbil international airport, where the US-led coalition is based, and a Kurdish official said
/// a civilian contractor was killed and five others wounded."
const ARABIC_REPORT: &str = "سقطت ثلاثة صواريخ مساء الاثنين قرب مطار أربيل الدولي، حيث تتمركز قوات التحالف الدولي بقيادة الولايات المتحدة، وقال مسؤول كردي إن مقاولاً مدنياً قُتل وأصيب خمسة آخرون بجروح.";

/// Where character `at` of the article on screen was drawn.
fn drawn_at(harness: &Harness<'static, SpanlineApp>, at: usize) -> egui::Rect {
    harness.state().source_char_rect(at).expect("drawn")
}

fn chars_of(text: &str, range: &std::ops::Range<usize>) -> String {
    text.chars().skip(range.start).take(range.len()).collect()
}

#[test]
fn an_arabic_paragraph_reads_from_the_right_and_a_double_click_selects_the_word_there() {
    let (_dir, mut harness, text) = one_article(ARABIC_REPORT);
    let source = harness.get_by_label("Source text").rect();
    let word = range_of(&text, "ثلاثة");
    let (start, end) = {
        let state = harness.state();
        (
            state.source_char_rect(word.start).expect("drawn"),
            state.source_char_rect(word.end).expect("drawn"),
        )
    };
    let first = harness.state().source_char_rect(0).expect("drawn");
    assert!(source.contains(first.center()), "{first:?} in {source:?}");
    let rightmost = (0..text.chars().count())
        .filter_map(|at| harness.state().source_char_rect(at))
        .map(|rect| rect.left())
        .fold(f32::MIN, f32::max);
    assert_eq!(first.left(), rightmost, "the paragraph starts at the right");
    assert!(end.left() < start.left(), "the word runs leftward");
    assert!(
        start.left() < first.left(),
        "the second word is left of the first"
    );
    let middle = egui::pos2((start.left() + end.left()) / 2.0, start.center().y);
    clicks_at(&mut harness, middle, 2);
    let selected = harness.state().selection().expect("a selection");
    assert_eq!(
        chars_of(&text, &selected),
        "ثلاثة",
        "exactly the word clicked"
    );
    assert_eq!(selected, word);
}

#[test]
fn dragging_leftward_from_the_right_end_of_an_arabic_line_selects_its_first_words_as_stored() {
    let (_dir, mut harness, text) = one_article(ARABIC_REPORT);
    // The line's right end is where its first character starts.
    let right_end = harness.state().source_char_rect(0).expect("drawn").center();
    drag(
        &mut harness,
        right_end - egui::vec2(3.0, 0.0),
        right_end - egui::vec2(160.0, 0.0),
    );
    let selected = harness.state().selection().expect("a selection");
    let words = chars_of(&text, &selected);
    assert_eq!(selected.start, 0, "from the line's first word: {words:?}");
    assert!(words.starts_with("سقطت ثلاثة"), "{words:?}");
    let after = text.chars().nth(selected.end);
    assert!(
        after.is_some_and(|c| c.is_whitespace() || c == '،'),
        "ends at a word's end: {words:?} then {after:?}"
    );
    press_n_and_expect_one_span(&mut harness, &selected, &words);
}

#[test]
fn a_drag_from_inside_one_word_to_inside_another_selects_both_whole() {
    let (_dir, mut harness, text) =
        one_article("Seven rockets hit the Green Zone on Tuesday night.");
    let rockets = range_of(&text, "rockets");
    let green = range_of(&text, "Green");
    let from = drawn_at(&harness, rockets.start + 3).center();
    let to = drawn_at(&harness, green.start + 2).center();
    drag(&mut harness, from, to);
    let selected = harness.state().selection().expect("a selection");
    assert_eq!(chars_of(&text, &selected), "rockets hit the Green");
    // Backwards, from inside "Green" to inside "rockets", the same words.
    drag(&mut harness, to, from);
    let selected = harness.state().selection().expect("a selection");
    assert_eq!(chars_of(&text, &selected), "rockets hit the Green");
}

#[test]
fn a_triple_click_selects_the_sentence_and_alt_drag_exact_characters() {
    let (_dir, mut harness, text) =
        one_article("Seven rockets hit the Green Zone. Nobody was hurt in the attack.");
    let hurt = range_of(&text, "hurt");
    let inside_hurt = drawn_at(&harness, hurt.start + 1).center();
    clicks_at(&mut harness, inside_hurt, 3);
    let selected = harness.state().selection().expect("a selection");
    assert_eq!(chars_of(&text, &selected), "Nobody was hurt in the attack.");
    // With Alt held a drag keeps the characters it covers, cut inside words.
    let rockets = range_of(&text, "rockets");
    let from = drawn_at(&harness, rockets.start + 2).left_center();
    let to = drawn_at(&harness, rockets.start + 5).left_center();
    drag_holding(&mut harness, from, to, egui::Modifiers::ALT);
    let selected = harness.state().selection().expect("a selection");
    assert_eq!(chars_of(&text, &selected), "cke");
}

#[test]
fn the_gaps_between_paragraphs_stay_put_through_an_edit_frame_by_frame() {
    // Paragraphs long enough to wrap, in capitals wider than the letter a row's length is
    // guessed from: their laid-out heights differ from the estimate.
    let paragraph = |n: usize| {
        format!(
            "Paragraph {n}: rockets struck near the airport on Tuesday night, officials said. \
             WARNING: MAXIMUM WEAPONS MOVEMENT WATCH IN WASIT, MAYSAN AND MUTHANNA WAS WIDENED \
             WITH MORE MONITORING OF MILITIA MOVEMENTS NEAR MAJOR HIGHWAYS AND WAREHOUSES."
        )
    };
    let text: String = (1..=6).map(paragraph).collect::<Vec<_>>().join("\n");
    let (_dir, mut harness, text) = one_article(&text);
    let starts: Vec<usize> = (1..=6)
        .map(|n| range_of(&text, &format!("Paragraph {n}:")).start)
        .collect();
    let tops = |harness: &Harness<'static, SpanlineApp>| -> Vec<f32> {
        starts
            .iter()
            .map(|&at| drawn_at(harness, at).top())
            .collect()
    };
    harness
        .state_mut()
        .select_range(range_of(&text, "rockets struck near the airport"));
    harness.key_press(egui::Key::N);
    harness.run();
    let before = tops(&harness);
    // A second span for the incident: the panel beside the text stays as it was, so nothing
    // but the new highlight is drawn again.
    harness
        .state_mut()
        .select_range(range_of(&text, "on Tuesday night"));
    harness.key_press(egui::Key::Num1);
    // Every frame from the edit on draws the paragraphs where they were.
    for frame in 0..6 {
        harness.step();
        assert_eq!(tops(&harness), before, "frame {frame} after the edit");
    }
    assert_eq!(harness.state().timeline_incidents().len(), 0, "undated");
    let incident = harness
        .state()
        .selected_incident()
        .expect("made")
        .incident_id;
    let conn = harness.state().project().expect("open").conn();
    let spans = spanline::store::evidence::for_incident(conn, incident).expect("reads");
    assert_eq!(spans.len(), 2, "both spans are its evidence");
}

#[test]
fn a_drag_right_after_scrolling_selects_the_words_drawn_under_it() {
    // Long words and wide capitals wrap onto more rows than a row's length is guessed from,
    // so paragraphs scrolled to for the first time are taller than estimated.
    let long: String = (0..60)
        .map(|i| {
            format!(
                "Paragraph {i}: {}\n",
                "MAXIMUM-WATCH-ON-MOVEMENTS counterinsurgency-operations ".repeat(6)
            )
        })
        .collect();
    let (_dir, mut harness, text) = one_article(&long);
    harness.key_press(egui::Key::PageDown);
    harness.run();
    // One frame only after the second page: the one that lays out the paragraphs newly in
    // view, and all the analyst sees before pressing.
    harness.key_press(egui::Key::PageDown);
    harness.step();
    // The first paragraph fully in view, and a word in it, where they are drawn now.
    let source = harness.get_by_label("Source text").rect();
    let clip_top = harness.state().article_scroll().map_or(0.0, |s| s.offset);
    let target = (0..60)
        .map(|i| range_of(&text, &format!("Paragraph {i}:")))
        // Paragraphs not laid out yet (out of view) have no place on screen.
        .find(|r| {
            harness
                .state()
                .source_char_rect(r.start)
                .is_some_and(|at| at.top() > source.top() + clip_top + 40.0)
        })
        .expect("a paragraph in view");
    let word = target.start..target.start + "Paragraph".chars().count();
    let from = drawn_at(&harness, word.start + 1).center();
    let to = drawn_at(&harness, word.end - 1).center();
    drag(&mut harness, from, to);
    let selected = harness.state().selection().expect("a selection");
    assert_eq!(
        chars_of(&text, &selected),
        chars_of(&text, &word),
        "the word drawn under the drag"
    );
}

#[test]
fn a_date_attached_in_the_window_takes_its_year_from_the_paragraph_around_it() {
    use egui::Key;
    let (_dir, mut harness, text) = one_article(
        "Militias kept up the campaign through 2020. On 25 August, a convoy was hit near \
         Diwaniyah. Two days later, rockets hit the base.",
    );
    harness
        .state_mut()
        .select_range(range_of(&text, "a convoy was hit"));
    harness.key_press(Key::N);
    harness.run();
    let proposed = |harness: &mut Harness<'static, SpanlineApp>, words: &str| {
        harness.state_mut().select_range(range_of(&text, words));
        harness.run();
        harness.key_press(Key::Num1);
        harness.run();
        let found = harness
            .state()
            .proposals()
            .iter()
            .rev()
            .find_map(|p| match &p.value {
                spanline::propose::Value::Date { start, .. } => Some(start.to_string()),
                _ => None,
            });
        found.unwrap_or_default()
    };
    // The span states no year; the paragraph does.
    assert_eq!(proposed(&mut harness, "On 25 August"), "2020-08-25");
    // Counted from the day before it in the paragraph.
    assert_eq!(proposed(&mut harness, "Two days later"), "2020-08-27");
}

/// A large project's timeline and map are read in the background while the window is already
/// in use; once read, they show every incident. (Here the sample counts as large.)
#[test]
fn a_large_projects_timeline_is_read_in_the_background_and_then_shown() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut app = SpanlineApp::new(None, ANALYST);
    app.read_timelines_in_background_from(1);
    app.open_project(&sample_copy(dir.path()), ANALYST);
    assert!(
        app.timeline_loading().is_some(),
        "the read goes on in the background"
    );
    let mut harness = Harness::builder()
        .with_size([1400.0, 900.0])
        .build_ui_state(|ui, app: &mut SpanlineApp| app.show(ui), app);
    // The corpus is there at once, whatever the timeline's read has come to.
    harness.step();
    assert!(harness.query_by_label_contains("25 incidents").is_some());
    for _ in 0..200 {
        if harness.state().timeline_loading().is_none() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
        harness.step();
    }
    harness.run();
    assert!(
        harness.state().timeline_loading().is_none(),
        "the read landed"
    );
    assert!(
        harness
            .query_by_label_contains("Reading the timeline")
            .is_none(),
        "no notice once read"
    );
    assert_eq!(harness.state().timeline_incidents().len(), 25);
    assert!(
        harness.state().map_marks_drawn() > 0,
        "the map draws the sample's incidents"
    );
    assert!(
        harness
            .query_by_label_contains("No dated incidents yet")
            .is_none()
    );
}

#[test]
fn a_drag_that_starts_on_a_number_in_arabic_selects_from_that_number() {
    // Western and Arabic-Indic digits; dragged on toward the later words (leftward) and back
    // toward the earlier ones (rightward).
    for digits in ["122", "١٢٢"] {
        let report = format!(
            "أطلقت الفصائل {digits} صاروخاً على قاعدة عين الأسد أمس، وقال مسؤول إن أحداً لم يصب."
        );
        let (_dir, mut harness, text) = one_article(&report);
        let number = range_of(&text, digits);
        for digit in number.clone() {
            let on_digit = drawn_at(&harness, digit).center() + egui::vec2(2.0, 0.0);
            drag(&mut harness, on_digit, on_digit - egui::vec2(120.0, 0.0));
            let selected = harness.state().selection().expect("a selection");
            let words = chars_of(&text, &selected);
            let which = digit - number.start;
            assert_eq!(
                selected.start, number.start,
                "{digits}, digit {which}: {words:?}"
            );
            assert!(words.starts_with(&format!("{digits} صاروخاً")), "{words:?}");
            drag(&mut harness, on_digit, on_digit + egui::vec2(120.0, 0.0));
            let selected = harness.state().selection().expect("a selection");
            let words = chars_of(&text, &selected);
            assert_eq!(
                selected.end, number.end,
                "{digits}, digit {which} back: {words:?}"
            );
            assert!(words.ends_with(&format!("الفصائل {digits}")), "{words:?}");
        }
    }
}

#[test]
fn one_value_in_the_tray_is_applied_from_the_keyboard() {
    use egui::Key;
    let (_dir, mut harness) = two_proposals_in_the_tray();
    let before = selected(&harness);
    // A focused Apply button (Tab moves egui's keyboard focus onto it) takes Enter.
    harness
        .get_all_by_label("Apply")
        .next()
        .expect("an Apply button per proposal")
        .focus();
    harness.run();
    harness.key_press(Key::Enter);
    harness.run();
    assert_eq!(
        harness.state().proposals().len(),
        1,
        "one applied, one left"
    );
    let after = selected(&harness);
    assert_ne!(before, after, "the value was stored");
    assert_eq!(
        after.munitions.best,
        Some(7),
        "the first proposal: seven rockets"
    );
}
