//! The article details form, driven headless: a date typed in it is stored at once and brings
//! the relative-date proposals it was missing; undo takes it back; the grade picked in it is
//! stored and filters the timeline; a value that does not check is not stored.

mod common;

use common::window::{article_titled, sample_where};
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use spanline::app::SpanlineApp;
use spanline::model::{ArticleId, ArticleMeta, Reliability};

const GREEN_ZONE: &str = "Rockets on the Green Zone end a month-long truce";

fn article_named(harness: &Harness<'static, SpanlineApp>, title: &str) -> (ArticleId, ArticleMeta) {
    let found = article_titled(harness, title);
    (found.article_id, found.meta)
}

/// The relative dates proposed, once the suggestions of the change just made have arrived.
fn relative_suggestions(harness: &mut Harness<'static, SpanlineApp>) -> usize {
    harness.state_mut().wait_for_suggestions();
    harness.run();
    harness
        .state()
        .suggestions()
        .iter()
        .filter(|s| s.reason.contains("from the article's date"))
        .count()
}

#[test]
fn a_date_set_in_the_form_brings_the_relative_dates_and_undo_takes_it_back() {
    // The Green Zone report says "on Tuesday": without its date nothing dates it.
    let (_dir, mut harness) = sample_where(&format!(
        "UPDATE articles SET published = NULL WHERE title = '{GREEN_ZONE}'"
    ));
    let (id, _) = article_named(&harness, GREEN_ZONE);
    harness.state_mut().show_article(id);
    harness.run();
    assert_eq!(relative_suggestions(&mut harness), 0);
    let notice = "the article's date to be proposed, and it has none";
    assert!(
        harness.query_by_label_contains(notice).is_some(),
        "the pane says why"
    );

    harness.get_by_label("Set the date…").click();
    harness.run();
    harness.get_by_label("Published").type_text("2020-11-18");
    harness.run();

    let (_, meta) = article_named(&harness, GREEN_ZONE);
    assert_eq!(
        meta.published,
        Some(jiff::civil::date(2020, 11, 18)),
        "stored at once"
    );
    assert!(relative_suggestions(&mut harness) > 0, "re-proposed");
    assert!(
        harness.state().status().contains("re-proposed from it"),
        "{}",
        harness.state().status()
    );
    assert!(harness.query_by_label_contains(notice).is_none());

    // Typing the date was one undo step, whichever key was last; one Escape closed the form.
    harness.key_press(Key::Escape);
    harness.run();
    assert!(harness.query_by_label("Published").is_none(), "closed");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    let (_, meta) = article_named(&harness, GREEN_ZONE);
    assert_eq!(meta.published, None, "undone");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::E);
    harness.run();
    assert_eq!(
        harness.get_by_label("Published").value().as_deref(),
        Some(""),
        "the form shows what the store holds"
    );
    assert_eq!(relative_suggestions(&mut harness), 0);
    assert!(harness.query_by_label_contains(notice).is_some());
}

#[test]
fn a_value_that_does_not_check_is_shown_and_not_stored() {
    let (_dir, mut harness) = sample_where("SELECT 1");
    let (id, before) = article_named(&harness, GREEN_ZONE);
    harness.state_mut().show_article(id);
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::E);
    harness.run();
    harness.get_by_label("Web address").click();
    harness.run();
    harness
        .get_by_label("Web address")
        .type_text("www.example.com");
    harness.run();
    assert!(
        harness
            .query_by_label_contains("starts with http:// or https:// (not stored)")
            .is_some()
    );
    let (_, after) = article_named(&harness, GREEN_ZONE);
    assert_eq!(after, before, "nothing stored");
}

#[test]
fn a_grade_picked_from_the_corpus_menu_is_stored_and_filters_the_timeline() {
    let (_dir, mut harness) = sample_where("SELECT 1");
    let (id, meta) = article_named(&harness, GREEN_ZONE);
    assert_eq!(
        meta.reliability,
        Some(Reliability::B),
        "the sample grades it B"
    );
    harness.get_by_label_contains(GREEN_ZONE).click_secondary();
    harness.run();
    harness.get_by_label("Details…").click();
    harness.run();
    harness.get_by_label("Source reliability").click();
    harness.run();
    harness.get_by_label("A — completely reliable").click();
    harness.run();
    let (_, meta) = article_named(&harness, GREEN_ZONE);
    assert_eq!(meta.reliability, Some(Reliability::A));
    assert_eq!(harness.state().status(), "grade the source · saved");

    // The timeline's grade filter keeps the incidents with an A source: this article's
    // and those of the sample's one A-graded brief.
    let with_a: Vec<_> = harness
        .state()
        .timeline_incidents()
        .iter()
        .filter(|i| i.best_reliability == Some(Reliability::A))
        .map(|i| i.incident_id)
        .collect();
    assert!(
        harness
            .state()
            .timeline_incidents()
            .iter()
            .any(|i| i.article_ids.contains(&id) && i.best_reliability == Some(Reliability::A)),
        "the timeline rows carry the new grade"
    );
    harness.get_by_label("Sources graded").click();
    harness.run();
    harness.get_by_label("A sources").click();
    harness.run();
    let filtered = harness
        .state()
        .filtered_incidents()
        .expect("a filter is set");
    assert_eq!(filtered.len(), with_a.len());
    assert!(with_a.iter().all(|i| filtered.contains(i)));
}

#[test]
fn the_form_follows_the_article_on_screen_names_it_and_one_escape_closes_it() {
    const ERBIL: &str = "Rockets fired at Erbil from the Nineveh plains";
    let (_dir, mut harness) = sample_where("SELECT 1");
    let (green_zone, green_zone_before) = article_named(&harness, GREEN_ZONE);
    harness.state_mut().show_article(green_zone);
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::E);
    harness.run();
    assert!(
        harness
            .query_by_label_contains(&format!("Article details: {GREEN_ZONE}"))
            .is_some(),
        "the form names its article"
    );
    // Another article comes on screen: a note typed now is that article's.
    let (erbil, _) = article_named(&harness, ERBIL);
    harness.state_mut().show_article(erbil);
    harness.run();
    harness.run();
    assert!(
        harness
            .query_by_label_contains(&format!("Article details: {ERBIL}"))
            .is_some(),
        "the form follows the article on screen"
    );
    harness.get_by_label("Notes").click();
    harness.run();
    harness.get_by_label("Notes").type_text("checked by phone");
    harness.run();
    let (_, erbil_after) = article_named(&harness, ERBIL);
    assert!(
        erbil_after
            .notes
            .as_deref()
            .is_some_and(|n| n.contains("checked by phone")),
        "{:?}",
        erbil_after.notes
    );
    let (_, green_zone_after) = article_named(&harness, GREEN_ZONE);
    assert_eq!(
        green_zone_after, green_zone_before,
        "nothing landed in the other article"
    );
    // One Escape, with the keyboard in a field, closes the form.
    harness.key_press(Key::Escape);
    harness.run();
    assert!(harness.query_by_label("Notes").is_none(), "closed");
}
