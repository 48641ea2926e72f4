//! The review desk driven headless, keystrokes counted: drafting an article shows its first
//! draft at once; each correct draft is accepted in one action and the next one comes up;
//! review steps through drafts only; drafting again adds nothing twice; a second account
//! accepted into the incident it corroborates leaves every coded value as it was.

mod common;

use std::path::Path;

use common::window::harness_on;
use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use spanline::app::SpanlineApp;
use spanline::draft::proposed::is_proposed;
use spanline::model::{Estimate, Incident};
use spanline::store::{articles, evidence, incidents};

/// A new project holding the drafting test articles `files`, open in the window.
fn project_of(files: &[&str]) -> (tempfile::TempDir, Harness<'static, SpanlineApp>) {
    let dir = tempfile::tempdir().expect("temp dir");
    let (mut project, path) = common::new_project(dir.path());
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/drafts");
    let paths: Vec<_> = files.iter().map(|f| folder.join(f)).collect();
    let never = std::sync::atomic::AtomicBool::new(false);
    spanline::import::import_files(&mut project, &paths, &never, |_| {}).expect("imported");
    drop(project);
    let harness = harness_on(&path);
    (dir, harness)
}

fn open_article(harness: &mut Harness<'static, SpanlineApp>, file: &str) {
    let article_id = {
        let conn = harness.state().project().expect("open").conn();
        articles::all(conn, false)
            .expect("articles")
            .into_iter()
            .find(|a| a.source_name.as_deref() == Some(file))
            .expect("imported")
            .article_id
    };
    harness.state_mut().show_article(article_id);
    harness.run();
}

fn stored(harness: &Harness<'static, SpanlineApp>) -> Vec<Incident> {
    let conn = harness.state().project().expect("open").conn();
    incidents::all(conn).expect("incidents")
}

/// Presses one shortcut: one action of the analyst's, counted.
fn press(harness: &mut Harness<'static, SpanlineApp>, actions: &mut usize, keys: (Modifiers, Key)) {
    harness.key_press_modifiers(keys.0, keys.1);
    harness.run();
    *actions += 1;
}

const DRAFT: (Modifiers, Key) = (Modifiers::COMMAND, Key::D);
const ACCEPT: (Modifiers, Key) = (Modifiers::COMMAND, Key::Enter);
const REJECT: (Modifiers, Key) = (Modifiers::COMMAND, Key::Delete);
const NEXT: (Modifiers, Key) = (Modifiers::ALT, Key::ArrowDown);
const PREVIOUS: (Modifiers, Key) = (Modifiers::ALT, Key::ArrowUp);

#[test]
fn a_drafted_report_is_reviewed_one_action_per_draft_and_drafting_again_adds_nothing() {
    let (_dir, mut harness) = project_of(&["embassy_rockets.txt", "convoy_tracker.txt"]);
    let mut actions = 0;

    // A coded incident from the embassy report: drafted and accepted.
    open_article(&mut harness, "embassy_rockets.txt");
    press(&mut harness, &mut actions, DRAFT);
    press(&mut harness, &mut actions, ACCEPT);
    let coded = stored(&harness);
    assert_eq!(coded.len(), 1);
    assert!(!is_proposed(&coded[0]));

    // The convoy tracker: one key drafts its three attacks and shows the first at once.
    open_article(&mut harness, "convoy_tracker.txt");
    actions = 0;
    press(&mut harness, &mut actions, DRAFT);
    let drafts: Vec<Incident> = stored(&harness).into_iter().filter(is_proposed).collect();
    assert_eq!(drafts.len(), 3);
    let first = harness.state().selected_incident().cloned().expect("shown");
    assert!(is_proposed(&first));
    assert_eq!(first.date_start, Some(jiff::civil::date(2021, 5, 12)));

    // Drafting the same article again adds nothing, and says so.
    press(&mut harness, &mut actions, DRAFT);
    assert_eq!(
        stored(&harness).len(),
        4,
        "the same drafts are not added twice"
    );
    assert!(
        harness.state().status().contains("nothing new"),
        "{}",
        harness.state().status()
    );

    // Review steps through the drafts only, never the coded incident.
    press(&mut harness, &mut actions, NEXT);
    assert!(
        harness.state().status().contains("Reviewing draft 2 of 3"),
        "{}",
        harness.state().status()
    );
    press(&mut harness, &mut actions, PREVIOUS);
    assert_eq!(
        harness.state().selected_incident().map(|i| i.incident_id),
        Some(first.incident_id)
    );

    // Each correct draft: one action, and the next comes up by itself.
    let mut accepting = 0;
    while let Some(shown) = harness.state().selected_incident().cloned() {
        if !is_proposed(&shown) {
            break;
        }
        press(&mut harness, &mut accepting, ACCEPT);
        assert!(accepting <= 3, "one action per draft");
    }
    assert_eq!(accepting, 3);
    assert!(stored(&harness).iter().all(|i| !is_proposed(i)));
    assert!(
        harness.state().status().contains("no draft left"),
        "{}",
        harness.state().status()
    );
    // The whole report of three: drafted, drafted again, stepped twice, three accepted.
    assert!(
        actions + accepting <= 3 * 3,
        "{} actions",
        actions + accepting
    );
}

#[test]
fn a_rejected_draft_goes_and_the_next_draft_comes_up() {
    let (_dir, mut harness) = project_of(&["convoy_tracker.txt"]);
    open_article(&mut harness, "convoy_tracker.txt");
    let mut actions = 0;
    press(&mut harness, &mut actions, DRAFT);
    let first = harness.state().selected_incident().cloned().expect("shown");
    press(&mut harness, &mut actions, REJECT);
    let left = stored(&harness);
    assert_eq!(left.len(), 2);
    assert!(left.iter().all(|i| i.incident_id != first.incident_id));
    let next = harness
        .state()
        .selected_incident()
        .cloned()
        .expect("the next one");
    assert!(is_proposed(&next));
    assert!(next.date_start > first.date_start, "the next in date order");
    assert!(
        harness.state().status().contains("Rejected the draft"),
        "{}",
        harness.state().status()
    );
}

#[test]
fn a_second_account_accepted_keeps_the_coded_summary_and_values_and_notes_where_it_differs() {
    let (_dir, mut harness) = project_of(&["embassy_rockets.txt", "second_account.txt"]);
    let mut actions = 0;
    open_article(&mut harness, "embassy_rockets.txt");
    press(&mut harness, &mut actions, DRAFT);
    // The analyst checks the draft and writes the summary their own way: that accepts it.
    harness
        .get_by_role_and_label(Role::MultilineTextInput, "summary")
        .click();
    harness.run();
    harness
        .get_by_role_and_label(Role::MultilineTextInput, "summary")
        .type_text(" Checked against the embassy's statement.");
    harness.run();
    harness.key_press(Key::Escape);
    harness.run();
    let coded = stored(&harness).remove(0);
    assert!(!is_proposed(&coded));
    assert!(
        coded
            .summary
            .contains("Checked against the embassy's statement.")
    );
    assert_eq!(coded.munitions, Estimate::exact(7));

    // The second account says eight rockets: drafted as another account, accepted in one key.
    open_article(&mut harness, "second_account.txt");
    press(&mut harness, &mut actions, DRAFT);
    let draft = harness.state().selected_incident().cloned().expect("shown");
    assert!(draft.notes.contains("Another account of incident"));
    press(&mut harness, &mut actions, ACCEPT);

    let after = stored(&harness);
    assert_eq!(after.len(), 1, "the draft went into the coded incident");
    let kept = &after[0];
    assert_eq!(kept.incident_id, coded.incident_id);
    assert_eq!(kept.summary, coded.summary, "the coded summary stays");
    assert_eq!(
        kept.munitions, coded.munitions,
        "the coded count stays, not a range"
    );
    assert_eq!(kept.date_start, coded.date_start);
    assert_eq!(kept.status, coded.status);
    assert!(!is_proposed(kept));
    assert!(
        kept.notes.contains("munitions: other source says"),
        "where it differs is noted: {}",
        kept.notes
    );
    let conn = harness.state().project().expect("open").conn();
    let sources: std::collections::HashSet<_> = evidence::for_incident(conn, kept.incident_id)
        .expect("evidence")
        .into_iter()
        .map(|e| e.article_id)
        .collect();
    assert_eq!(sources.len(), 2, "its evidence is from both reports");

    // One undo takes the acceptance back: the draft is a draft again, the coded one as it was.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    let undone = stored(&harness);
    assert_eq!(undone.len(), 2);
    assert!(
        undone
            .iter()
            .any(|i| i.incident_id == draft.incident_id && is_proposed(i))
    );
}

#[test]
fn an_article_opens_at_its_top_wherever_the_last_one_was_scrolled_to() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (mut project, path) = common::new_project(dir.path());
    let long: String = (0..200)
        .map(|i| format!("Paragraph {i}: rockets were fired at the base again.\n\n"))
        .collect();
    let files: Vec<_> = ["first.txt", "second.txt"]
        .iter()
        .map(|name| {
            let file = dir.path().join(name);
            std::fs::write(&file, format!("{name}\n\n{long}")).expect("written");
            file
        })
        .collect();
    let never = std::sync::atomic::AtomicBool::new(false);
    spanline::import::import_files(&mut project, &files, &never, |_| {}).expect("imported");
    drop(project);
    let mut harness = harness_on(&path);
    open_article(&mut harness, "first.txt");
    harness.key_press(Key::End);
    harness.run();
    let offset = |harness: &Harness<'static, SpanlineApp>| {
        harness.state().article_scroll().expect("a pane").offset
    };
    assert!(
        offset(&harness) > 1000.0,
        "the first article read to its end"
    );
    open_article(&mut harness, "second.txt");
    harness.run();
    assert_eq!(offset(&harness), 0.0, "the second opens at its top");
}

#[test]
fn the_drafts_filter_shows_drafts_only_or_hides_them_on_the_timeline_map_and_lists() {
    let (_dir, mut harness) = project_of(&["embassy_rockets.txt", "convoy_tracker.txt"]);
    let mut actions = 0;
    open_article(&mut harness, "embassy_rockets.txt");
    press(&mut harness, &mut actions, DRAFT);
    press(&mut harness, &mut actions, ACCEPT);
    open_article(&mut harness, "convoy_tracker.txt");
    press(&mut harness, &mut actions, DRAFT);
    let drafts: rustc_hash::FxHashSet<_> = stored(&harness)
        .into_iter()
        .filter(is_proposed)
        .map(|i| i.incident_id)
        .collect();
    assert_eq!(drafts.len(), 3);

    harness
        .get_by(|node| node.value().as_deref() == Some("drafts and coded"))
        .click();
    harness.run();
    harness.get_by_label("drafts only").click();
    harness.run();
    assert_eq!(harness.state().filtered_incidents(), Some(drafts.clone()));
    assert_eq!(
        harness.state().filtered_article_count(),
        Some(1),
        "the tracker alone"
    );

    harness
        .get_by(|node| node.value().as_deref() == Some("drafts only"))
        .click();
    harness.run();
    harness.get_by_label("no drafts").click();
    harness.run();
    let coded = harness.state().filtered_incidents().expect("filtered");
    assert_eq!(coded.len(), 1);
    assert!(coded.is_disjoint(&drafts));
}

#[test]
fn an_incident_is_coded_by_hand_from_a_report_in_ten_actions_or_fewer() {
    use spanline::model::Field;
    let (_dir, mut harness) = common::window::sample();
    let article = common::window::article_titled(
        &harness,
        "Rockets on the Green Zone end a month-long truce",
    );
    harness.state_mut().show_article(article.article_id);
    harness.run();
    let range = |words: &str| {
        let start = article.text[..article.text.find(words).expect("in the text")]
            .chars()
            .count();
        start..start + words.chars().count()
    };
    let mut actions = 0;
    let key = |harness: &mut Harness<'static, SpanlineApp>, key: Key| {
        harness.key_press(key);
        harness.run();
    };
    // A drag over the sentence that tells the attack (one action), N, then its fields.
    harness.state_mut().select_range(range(
        "Shortly before midnight on Tuesday, seven rockets were fired from the east side of Baghdad",
    ));
    actions += 1;
    for k in [Key::N, Key::Num1, Key::Num5, Key::Num2] {
        key(&mut harness, k);
        actions += 1;
    }
    // A drag over the toll, killed and wounded.
    harness
        .state_mut()
        .select_range(range("killing a girl and wounding five civilians"));
    actions += 1;
    for k in [Key::Num6, Key::Num7, Key::A] {
        key(&mut harness, k);
        actions += 1;
    }
    assert!(actions <= 10, "{actions} actions");
    let incident = harness.state().selected_incident().cloned().expect("coded");
    assert_eq!(incident.date_start, Some(jiff::civil::date(2020, 11, 17)));
    assert_eq!(incident.munitions, Estimate::exact(7));
    assert_eq!(incident.killed, Estimate::exact(1));
    assert_eq!(incident.wounded, Estimate::exact(5));
    assert!(incident.place_id.is_some(), "a place applied");
    let conn = harness.state().project().expect("open").conn();
    let fields: Vec<Field> = evidence::for_incident(conn, incident.incident_id)
        .expect("evidence")
        .into_iter()
        .flat_map(|e| e.fields)
        .collect();
    for field in [
        Field::Date,
        Field::Munitions,
        Field::Place,
        Field::Killed,
        Field::Wounded,
    ] {
        assert!(fields.contains(&field), "{field:?} has its words");
    }
}
