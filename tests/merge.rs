//! Merging projects and restoring from JSON: exact conflicts, nothing lost, one undo step,
//! hostile files refused with our project untouched.

mod common;

use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;

use common::{ANALYST, dump};
use spanline::edit::commands;
use spanline::merge::{self, Choice, Theirs};
use spanline::model::{Incident, Span, Stamp};
use spanline::store::{Project, articles, evidence, incidents};

fn sample_copy(dir: &Path, name: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::copy("sample_db/spanline-sample.db", &path).expect("copy sample");
    path
}

fn incident_by_summary(project: &Project, summary: &str) -> Incident {
    incidents::all(project.conn())
        .expect("incidents")
        .into_iter()
        .find(|i| i.summary == summary)
        .expect("the sample has it")
}

fn edit(
    project: &mut Project,
    analyst: &str,
    incident: Incident,
    change: impl FnOnce(&mut Incident),
) {
    let mut incident = incident;
    change(&mut incident);
    let stamp = Stamp::now(analyst);
    project
        .run(commands::update_incident(incident, "edit", &stamp))
        .expect("edit stored");
}

const GREEN_ZONE: &str = "Seven rockets on the Green Zone break the October truce";
const K1: &str = "Rockets on K1 kill a US contractor";

/// Two analysts start from the same project and code differently.
fn two_copies(dir: &Path) -> (Project, Project) {
    let mut mine = Project::open(&sample_copy(dir, "mine.db"), "amira").expect("opens");
    let mut theirs = Project::open(&sample_copy(dir, "theirs.db"), "ben").expect("opens");
    // Both change the Green Zone summary, differently: a conflict.
    let green = incident_by_summary(&mine, GREEN_ZONE);
    edit(&mut mine, "amira", green.clone(), |i| {
        i.summary = "Green Zone rockets (Amira)".into()
    });
    edit(&mut theirs, "ben", green, |i| {
        i.summary = "Green Zone rockets (Ben)".into()
    });
    // Only Ben changes the K1 casualties and tags: taken without asking.
    let k1 = incident_by_summary(&theirs, K1);
    edit(&mut theirs, "ben", k1, |i| {
        i.wounded.best = Some(4);
        i.tags.push("checked-by-ben".into());
    });
    // Only Amira writes notes on the Green Zone too: that field is hers, no conflict.
    let green = incident_by_summary(&mine, "Green Zone rockets (Amira)");
    edit(&mut mine, "amira", green, |i| {
        i.notes = "Amira's note".into()
    });
    // Ben codes a new incident from the first article.
    let article = articles::all(theirs.conn(), true)
        .expect("articles")
        .remove(0);
    let span = Span {
        article_id: article.article_id,
        start: 0,
        end: 20,
    };
    let (change, _) =
        commands::new_incident_from_span(&article.text, span, &Stamp::now("ben")).expect("span");
    theirs.run(change).expect("new incident");
    (mine, theirs)
}

#[test]
fn two_projects_edited_differently_merge_with_exactly_the_expected_conflicts() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (mut mine, theirs) = two_copies(dir.path());
    let spans_before = evidence::all(mine.conn()).expect("spans").len();
    let theirs = Theirs::Project(merge::open_theirs(theirs.path()).expect("opens read-only"));
    let plan = merge::prepare(&mine, &theirs).expect("plans");

    assert_eq!(plan.conflicts.len(), 1, "{:#?}", plan.conflicts);
    let conflict = &plan.conflicts[0];
    let fields: Vec<&str> = conflict.fields.iter().map(|f| f.field.as_str()).collect();
    assert_eq!(
        fields,
        ["summary"],
        "only the summary was changed on both sides"
    );
    assert_eq!(conflict.fields[0].ours, "Green Zone rockets (Amira)");
    assert_eq!(conflict.fields[0].theirs, "Green Zone rockets (Ben)");
    assert_eq!(plan.updates.len(), 1, "K1 changed on their side only");
    assert_eq!(plan.additions.len(), 2, "their new incident and its span");

    let report = merge::apply(
        &mut mine,
        plan,
        &[vec![Choice::Theirs]],
        &theirs,
        "merge from ben",
    )
    .expect("merged");
    assert_eq!(
        (report.added, report.updated, report.conflicts_resolved),
        (2, 1, 1)
    );
    // Their log came along: exactly the entries they wrote after the copy, not the history
    // both projects share.
    let log_length = |path: &Path| -> i64 {
        rusqlite::Connection::open_with_flags(path, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
            .expect("opens")
            .query_row("SELECT count(*) FROM change_log", [], |r| r.get(0))
            .expect("counts")
    };
    let shared = log_length(Path::new("sample_db/spanline-sample.db"));
    let theirs_path = dir.path().join("theirs.db");
    assert!(shared > 0);
    assert_eq!(
        report.log_entries_copied as i64,
        log_length(&theirs_path) - shared
    );

    let green = incident_by_summary(&mine, "Green Zone rockets (Ben)");
    assert_eq!(green.notes, "Amira's note", "her field kept beside his");
    let k1 = incident_by_summary(&mine, K1);
    assert_eq!(k1.wounded.best, Some(4));
    assert!(k1.tags.contains(&"checked-by-ben".to_owned()));
    assert_eq!(
        evidence::all(mine.conn()).expect("spans").len(),
        spans_before + 1
    );
    let who: Vec<String> = mine
        .conn()
        .prepare("SELECT DISTINCT analyst FROM change_log ORDER BY 1")
        .expect("query")
        .query_map([], |r| r.get(0))
        .expect("rows")
        .collect::<Result<_, _>>()
        .expect("names");
    assert!(
        who.contains(&"ben".to_owned()) && who.contains(&"amira".to_owned()),
        "{who:?}"
    );

    // Merging again finds nothing new: the resolution is now common history.
    let again = merge::prepare(&mine, &theirs).expect("plans");
    assert!(again.is_empty(), "{:#?}", again.conflicts);
}

#[test]
fn a_merge_is_one_undo_step_that_restores_our_project_exactly() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (mut mine, theirs) = two_copies(dir.path());
    let before = dump(mine.conn());
    let theirs = Theirs::Project(merge::open_theirs(theirs.path()).expect("opens"));
    let plan = merge::prepare(&mine, &theirs).expect("plans");
    merge::apply(&mut mine, plan, &[], &theirs, "merge").expect("merged");
    assert_ne!(dump(mine.conn()), before);
    mine.undo().expect("undo runs");
    assert_eq!(dump(mine.conn()), before);
}

#[test]
fn merging_a_project_with_itself_changes_nothing() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = sample_copy(dir.path(), "mine.db");
    let project = Project::open(&path, ANALYST).expect("opens");
    let theirs = Theirs::Project(merge::open_theirs(&path).expect("opens"));
    assert!(merge::prepare(&project, &theirs).expect("plans").is_empty());
}

#[test]
fn projects_started_apart_match_articles_by_text_and_actors_by_name() {
    let dir = tempfile::tempdir().expect("temp dir");
    // Ben restored the sample from JSON into a project of his own with new ids for nothing…
    let mine_path = sample_copy(dir.path(), "mine.db");
    let mut mine = Project::open(&mine_path, "amira").expect("opens");
    // …while a third analyst started from scratch: default codebook, the same article text.
    let (mut fresh, fresh_path) = common::new_project(dir.path());
    let article = articles::all(mine.conn(), true)
        .expect("articles")
        .remove(0);
    let mut copy = article.clone();
    copy.article_id = spanline::model::ArticleId::new();
    fresh
        .run(commands::import_articles(vec![copy.clone()]))
        .expect("imported");
    let span = Span {
        article_id: copy.article_id,
        start: 0,
        end: 20,
    };
    let (change, new_id) =
        commands::new_incident_from_span(&copy.text, span, &Stamp::now("cy")).expect("span");
    fresh.run(change).expect("coded");
    let mut coded = incidents::get(fresh.conn(), new_id)
        .expect("reads")
        .expect("there");
    coded.perpetrator_id = Some(
        spanline::store::actors::all(fresh.conn())
            .expect("actors")
            .into_iter()
            .find(|a| a.name == "Kata'ib Hezbollah")
            .expect("default actor")
            .actor_id,
    );
    fresh
        .run(commands::update_incident(
            coded,
            "perpetrator",
            &Stamp::now("cy"),
        ))
        .expect("set");

    let theirs = Theirs::Project(merge::open_theirs(&fresh_path).expect("opens"));
    let plan = merge::prepare(&mine, &theirs).expect("plans");
    assert!(
        plan.matched_by_content > 1,
        "the article and the default actors and places"
    );
    merge::apply(&mut mine, plan, &[], &theirs, "merge").expect("merged");
    let merged = incidents::get(mine.conn(), new_id)
        .expect("reads")
        .expect("added");
    let actor = spanline::store::actors::get(mine.conn(), merged.perpetrator_id.expect("set"))
        .expect("reads")
        .expect("our actor");
    assert_eq!(actor.name, "Kata'ib Hezbollah");
    assert_eq!(
        spanline::store::actors::all(mine.conn())
            .expect("actors")
            .len(),
        spanline::store::actors::all(
            Project::open(&sample_copy(dir.path(), "again.db"), ANALYST)
                .expect("opens")
                .conn()
        )
        .expect("actors")
        .len(),
        "no duplicate actors"
    );
    let spans = evidence::for_incident(mine.conn(), new_id).expect("spans");
    assert_eq!(
        spans[0].article_id, article.article_id,
        "evidence moved onto our article"
    );
}

#[test]
fn hostile_files_given_to_merge_are_refused_and_our_project_is_untouched() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = sample_copy(dir.path(), "mine.db");
    let before = std::fs::read(&path).expect("read");
    let not_a_project = dir.path().join("notes.db");
    std::fs::write(&not_a_project, b"SQLite format 3\0 but not really").expect("write");
    let truncated = dir.path().join("truncated.db");
    std::fs::write(&truncated, &before[..before.len() / 3]).expect("write");
    let with_trigger = sample_copy(dir.path(), "trigger.db");
    rusqlite::Connection::open(&with_trigger)
        .expect("open")
        .execute_batch(
            "CREATE TRIGGER evil AFTER INSERT ON change_log BEGIN DELETE FROM incidents; END;",
        )
        .expect("trigger added");
    for hostile in [
        &not_a_project,
        &truncated,
        &with_trigger,
        &dir.path().join("missing.db"),
    ] {
        let error = merge::open_theirs(hostile).err();
        assert!(error.is_some(), "{} was accepted", hostile.display());
    }
    assert_eq!(std::fs::read(&path).expect("read"), before, "byte for byte");
}

/// The sample exported to JSON in `dir`, and the sample opened (from a copy: opening the
/// committed file would upgrade it in place after a schema change).
fn sample_and_its_export(dir: &Path) -> (Project, PathBuf) {
    let copy = sample_copy(dir, "sample.db");
    let sample = Project::open(&copy, ANALYST).expect("opens");
    let export = dir.join("first.json");
    spanline::export::export_project(sample.conn(), spanline::export::Format::Json, &export)
        .expect("exported");
    (sample, export)
}

/// Exports `restored` again and checks it holds exactly what `sample` exported to `first`.
fn assert_restored_without_loss(sample: &Project, first: &Path, restored: &Project) {
    let second = first.with_file_name("second.json");
    spanline::export::export_project(restored.conn(), spanline::export::Format::Json, &second)
        .expect("exported");
    assert_eq!(
        std::fs::read_to_string(first).expect("read"),
        std::fs::read_to_string(&second).expect("read"),
        "every record, byte for byte"
    );
    let mut data = dump_tables_without_meta(sample.conn());
    data.sort();
    let mut again = dump_tables_without_meta(restored.conn());
    again.sort();
    assert_eq!(data, again, "the same rows in every table");
}

#[test]
fn the_json_export_restores_into_a_new_project_without_loss() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (sample, first) = sample_and_its_export(dir.path());
    let dump = spanline::export::json::read(std::fs::File::open(&first).expect("open"))
        .expect("reads back");
    let mut restored =
        Project::create_empty(&dir.path().join("restored.db"), ANALYST).expect("new");
    let theirs = Theirs::Export(dump);
    let plan = merge::prepare(&restored, &theirs).expect("plans");
    assert!(plan.conflicts.is_empty());
    merge::apply(&mut restored, plan, &[], &theirs, "restore").expect("restored");
    assert_restored_without_loss(&sample, &first, &restored);
}

#[test]
fn the_json_export_streamed_into_an_empty_project_restores_it_without_loss() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (sample, first) = sample_and_its_export(dir.path());
    let mut restored =
        Project::create_empty(&dir.path().join("restored.db"), ANALYST).expect("new");
    assert!(restored.holds_no_records().expect("counts"));
    let mut progress = Vec::new();
    let written = spanline::export::restore::restore(
        &mut restored,
        std::fs::File::open(&first).expect("open"),
        "restore",
        &AtomicBool::new(false),
        |written| progress.push(written),
    )
    .expect("restored");
    let records: usize = [
        "vocab_terms",
        "actors",
        "places",
        "articles",
        "context_events",
    ]
    .into_iter()
    .chain(["incidents", "evidence"])
    .map(|table| count_rows(sample.conn(), table))
    .sum();
    assert_eq!(written, records, "every record of the sample, once");
    assert_eq!(
        progress.last(),
        Some(&written),
        "the last progress is the whole"
    );
    assert_eq!(
        count_rows(restored.conn(), "change_log"),
        written,
        "each restored record logged, as a merge logs what it adds"
    );
    assert_restored_without_loss(&sample, &first, &restored);
}

#[test]
fn a_streamed_restore_that_fails_anywhere_leaves_the_project_empty() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (_sample, good) = sample_and_its_export(dir.path());
    let text = std::fs::read_to_string(&good).expect("read");
    let value: serde_json::Value = serde_json::from_str(&text).expect("json");
    let edited = |edit: &dyn Fn(&mut serde_json::Value)| {
        let mut value = value.clone();
        edit(&mut value);
        value.to_string()
    };
    let last = |list: &str| value[list].as_array().expect("a list").len() - 1;
    let (last_evidence, last_incident) = (last("evidence"), last("incidents"));
    for (file, expected) in [
        // Cut short: everything before the cut was already written when the end was missing.
        (text[..text.len() * 9 / 10].to_owned(), "not valid JSON"),
        (
            edited(&|v| v["evidence"][last_evidence]["quote"]["exact"] = "not there".into()),
            "does not match its quote",
        ),
        (
            edited(&|v| {
                let again = v["incidents"][0].clone();
                v["incidents"].as_array_mut().expect("a list").push(again)
            }),
            "comes twice",
        ),
        (
            edited(&|v| v["incidents"][last_incident]["perpetrator_id"] = uuid().into()),
            "refers to one that is not there",
        ),
        (
            edited(&|v| v["places"][0]["latitude"] = 91.5.into()),
            "impossible value",
        ),
    ] {
        let path = dir.path().join(format!("restored-{}.db", uuid()));
        let mut project = Project::create_empty(&path, ANALYST).expect("new");
        let never = AtomicBool::new(false);
        let error =
            spanline::export::restore::restore(&mut project, file.as_bytes(), "x", &never, |_| {})
                .expect_err(expected);
        assert!(error.to_string().contains(expected), "{expected}: {error}");
        assert!(project.holds_no_records().expect("counts"), "{expected}");
        assert_eq!(count_rows(project.conn(), "change_log"), 0, "{expected}");
    }
}

#[test]
fn a_restore_into_a_new_file_lands_whole_or_leaves_nothing_and_never_writes_over_a_file() {
    use spanline::export::restore::{RestoreError, restore_into_new};
    let dir = tempfile::tempdir().expect("temp dir");
    let (sample, export) = sample_and_its_export(dir.path());
    let open = || std::fs::File::open(&export).expect("open");
    let never = AtomicBool::new(false);

    let target = dir.path().join("restored.db");
    let written = restore_into_new(&target, open(), ANALYST, &never, |_| {}).expect("restored");
    assert!(written > 0);
    let restored = Project::open(&target, ANALYST).expect("a sound project");
    assert_restored_without_loss(&sample, &export, &restored);
    drop(restored);
    let before = std::fs::read(&target).expect("read");
    let refused = restore_into_new(&target, open(), ANALYST, &never, |_| {});
    assert!(
        matches!(refused, Err(RestoreError::Exists(_))),
        "{refused:?}"
    );
    assert_eq!(
        std::fs::read(&target).expect("read"),
        before,
        "not written over"
    );

    let cancelled_target = dir.path().join("cancelled.db");
    let refused = restore_into_new(
        &cancelled_target,
        open(),
        ANALYST,
        &AtomicBool::new(true),
        |_| {},
    );
    assert!(
        matches!(refused, Err(RestoreError::Cancelled)),
        "{refused:?}"
    );
    let mut left: Vec<String> = std::fs::read_dir(dir.path())
        .expect("lists")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    left.sort();
    assert_eq!(
        left,
        ["first.json", "restored.db", "sample.db", "second.json"]
    );
}

#[test]
fn a_large_restore_refused_early_stops_its_reader_instead_of_hanging() {
    // A record refused in the first batch, then many batches more: the reader, waiting to hand
    // them over, must hear that the writer stopped.
    let dir = tempfile::tempdir().expect("temp dir");
    let (_sample, good) = sample_and_its_export(dir.path());
    let mut value: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&good).expect("read")).expect("json");
    let places = value["places"].as_array_mut().expect("a list");
    let first = places[0].clone();
    places.insert(1, first.clone());
    for n in 0..20_000 {
        let mut place = first.clone();
        place["place_id"] = uuid().into();
        place["name"] = format!("Place {n}").into();
        places.push(place);
    }
    let file = value.to_string();
    let path = dir.path().join("restored.db");
    let (done, finished) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let mut project = Project::create_empty(&path, ANALYST).expect("new");
        let never = AtomicBool::new(false);
        let result =
            spanline::export::restore::restore(&mut project, file.as_bytes(), "x", &never, |_| {});
        let _ = done.send(result.map_err(|err| err.to_string()));
    });
    let result = finished
        .recv_timeout(std::time::Duration::from_secs(120))
        .expect("the restore ended");
    let error = result.expect_err("an id twice is refused");
    assert!(error.contains("twice"), "{error}");
}

fn uuid() -> String {
    spanline::model::IncidentId::new().to_string()
}

fn count_rows(conn: &rusqlite::Connection, table: &str) -> usize {
    let count: i64 = conn
        .query_row(&format!("SELECT count(*) FROM {table}"), [], |row| {
            row.get(0)
        })
        .expect("counts");
    usize::try_from(count).expect("a count")
}

fn dump_tables_without_meta(conn: &rusqlite::Connection) -> Vec<String> {
    // project_meta names the file and when it was made: not part of the data.
    dump(conn)
        .into_iter()
        .filter(|row| !row.starts_with("project_meta"))
        .collect()
}

#[test]
fn foreign_json_is_refused_with_a_clear_message() {
    for (text, expected) in [
        (
            "{\"type\": \"FeatureCollection\"}",
            "not a Spanline project export",
        ),
        ("not json", "not valid JSON"),
        (
            "{\"format\": \"spanline-project\", \"version\": 99}",
            "newer Spanline",
        ),
        (
            "{\"format\": \"spanline-project\", \"version\": 1, \"terms\": 5}",
            "invalid content",
        ),
    ] {
        let error = spanline::export::json::read(text.as_bytes()).expect_err(text);
        assert!(error.to_string().contains(expected), "{text}: {error}");
    }
}

#[test]
fn a_copy_without_texts_keeps_only_the_evidence_words_and_still_merges() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = sample_copy(dir.path(), "mine.db");
    let project = Project::open(&path, ANALYST).expect("opens");
    let copy_path = dir.path().join("to-send.db");
    let withheld = project.save_copy_without_texts(&copy_path).expect("copied");
    assert!(
        withheld > 1_000,
        "most of the prose is withheld: {withheld}"
    );

    let copy = Project::open(&copy_path, ANALYST).expect("the copy is a sound project");
    let texts: std::collections::HashMap<_, _> = articles::all(copy.conn(), true)
        .expect("articles")
        .into_iter()
        .map(|a| (a.article_id, a.text))
        .collect();
    for span in evidence::all(copy.conn()).expect("spans") {
        let text = &texts[&span.article_id];
        let words: String = text
            .chars()
            .skip(span.start)
            .take(span.end - span.start)
            .collect();
        assert_eq!(
            words, span.quote.exact,
            "every quote is where its evidence says"
        );
    }
    // A word of the originals that no evidence needs is nowhere in the file, index included.
    let originals = articles::all(project.conn(), true).expect("articles");
    // The details (titles, outlets) travel with the copy; only the prose is withheld.
    let details: String = originals
        .iter()
        .map(|a| {
            format!(
                "{} {}",
                a.meta.title,
                a.meta.outlet.clone().unwrap_or_default()
            )
        })
        .collect();
    let kept: String = texts.values().cloned().collect::<Vec<_>>().join(" ") + &details;
    let withheld_word = originals
        .iter()
        .flat_map(|a| a.text.split(|c: char| !c.is_alphanumeric()))
        .find(|w| w.chars().count() >= 8 && !kept.contains(*w))
        .expect("some long word is withheld")
        .to_owned();
    let bytes = std::fs::read(&copy_path).expect("read copy");
    assert!(
        !bytes
            .windows(withheld_word.len())
            .any(|w| w == withheld_word.as_bytes()),
        "{withheld_word:?} left in the file"
    );
    assert!(
        articles::search(copy.conn(), &withheld_word, 10)
            .expect("searches")
            .is_empty(),
        "the search index was rebuilt"
    );
    // Merging the copy back into the full project changes nothing: articles match by hash.
    let theirs = Theirs::Project(merge::open_theirs(&copy_path).expect("opens"));
    assert!(merge::prepare(&project, &theirs).expect("plans").is_empty());
}

#[test]
fn agreement_between_two_coders_counts_spans_and_values() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (mine, mut theirs) = two_copies(dir.path());
    // Ben also reads the K1 weapon differently.
    let k1 = incident_by_summary(&theirs, K1);
    assert_eq!(k1.weapon.as_deref(), Some("rocket"));
    edit(&mut theirs, "ben", k1, |i| i.weapon = Some("mortar".into()));
    let ours = merge::source::read_records(mine.conn()).expect("reads");
    let theirs = merge::source::read_records(theirs.conn()).expect("reads");
    let report = spanline::agreement::compare(&ours, &theirs);
    assert_eq!(report.shared_articles, 6);
    let all = &report.spans[0];
    // Spans count by distinct position (a date list is evidence for many incidents at once).
    assert_eq!(all.theirs, all.ours + 1, "Ben coded one span more");
    assert_eq!(all.exact_matches, all.ours);
    let f1 = all.exact_f1.expect("defined");
    let (n, m) = (all.ours as f64, all.theirs as f64);
    assert!(
        (f1 - 2.0 * (n / n) * (n / m) / (n / n + n / m)).abs() < 1e-9,
        "{f1}"
    );
    assert_eq!(
        all.partial_f1, all.exact_f1,
        "Ben's extra span (the title) overlaps none of ours"
    );
    assert_eq!(
        report.matched_incidents, 25,
        "each incident pairs with its twin"
    );
    let killed = report
        .fields
        .iter()
        .find(|f| f.field == "killed")
        .expect("killed row");
    assert!(killed.agreement.expect("pairs") > 0.9);
    let weapon = report
        .fields
        .iter()
        .find(|f| f.field == "weapon")
        .expect("weapon row");
    let disagreement = 1.0 / weapon.pairs as f64;
    assert!((weapon.agreement.expect("pairs") - (1.0 - disagreement)).abs() < 1e-9);
    assert!(weapon.kappa.expect("defined") < 1.0 && weapon.alpha.expect("defined") < 1.0);
    let mut csv_bytes = Vec::new();
    report.write_csv(&mut csv_bytes).expect("csv");
    let rows = csv::Reader::from_reader(csv_bytes.as_slice())
        .records()
        .count();
    assert_eq!(rows, report.spans.len() + report.fields.len());
}

#[test]
fn a_corrupt_or_tampered_json_import_is_refused_and_the_project_untouched() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = sample_copy(dir.path(), "mine.db");
    let sample = Project::open(&path, ANALYST).expect("opens");
    let good = dir.path().join("export.json");
    spanline::export::export_project(sample.conn(), spanline::export::Format::Json, &good)
        .expect("exported");
    drop(sample);
    let mut tampered: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&good).expect("read")).expect("json");
    // New ids, so it is all "theirs" — and one quote no longer matches its article.
    tampered["evidence"][0]["quote"]["exact"] = "words that are not there".into();
    tampered["evidence"][0]["evidence_id"] = spanline::model::EvidenceId::new().to_string().into();
    let tampered_path = dir.path().join("tampered.json");
    std::fs::write(&tampered_path, tampered.to_string()).expect("write");
    let truncated = dir.path().join("truncated.json");
    let text = std::fs::read_to_string(&good).expect("read");
    std::fs::write(&truncated, &text[..text.len() / 2]).expect("write");

    let before = std::fs::read(&path).expect("read");
    for (file, expected) in [
        (&tampered_path, "does not match its quote"),
        (&truncated, "not valid JSON"),
    ] {
        let output = std::process::Command::new(env!("CARGO_BIN_EXE_spanline"))
            .args([
                "import",
                path.to_str().expect("utf-8"),
                file.to_str().expect("utf-8"),
            ])
            .output()
            .expect("runs");
        assert!(!output.status.success(), "{} was accepted", file.display());
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(stderr.contains(expected), "{stderr}");
        assert_eq!(std::fs::read(&path).expect("read"), before, "byte for byte");
    }
}

/// Sets details of the article titled `title` as `analyst`.
fn edit_article(
    project: &mut Project,
    title: &str,
    change: impl FnOnce(&mut spanline::model::ArticleMeta),
) {
    let article = articles::all(project.conn(), true)
        .expect("articles")
        .into_iter()
        .find(|a| a.meta.title == title)
        .expect("the sample has it");
    let mut meta = article.meta.clone();
    change(&mut meta);
    project
        .run(commands::edit_article(article, meta))
        .expect("details stored");
}

const ERBIL: &str = "Rockets fired at Erbil from the Nineveh plains";

#[test]
fn article_details_merge_one_by_one_and_the_grade_counts_in_agreement() {
    use spanline::model::{Credibility, Reliability};
    let dir = tempfile::tempdir().expect("temp dir");
    let mut mine = Project::open(&sample_copy(dir.path(), "mine.db"), "amira").expect("opens");
    let mut theirs = Project::open(&sample_copy(dir.path(), "theirs.db"), "ben").expect("opens");
    // Amira regrades the Erbil report; Ben adds its author and notes, and grades its
    // information differently from her: details changed on one side are taken, the one both
    // changed is the only conflict.
    edit_article(&mut mine, ERBIL, |m| {
        m.reliability = Some(Reliability::C);
        m.credibility = Some(Credibility::Improbable);
    });
    edit_article(&mut theirs, ERBIL, |m| {
        m.author = Some("Field office".into());
        m.notes = Some("Confirmed by a second source".into());
        m.credibility = Some(Credibility::Probable);
    });
    let ours = merge::source::read_records(mine.conn()).expect("reads");
    let their_records = merge::source::read_records(theirs.conn()).expect("reads");
    let report = spanline::agreement::compare(&ours, &their_records);
    let reliability = report
        .fields
        .iter()
        .find(|f| f.field == "source reliability")
        .expect("a reliability row");
    assert_eq!(reliability.pairs, 6, "every shared article is graded");
    assert!((reliability.agreement.expect("pairs") - 5.0 / 6.0).abs() < 1e-9);
    assert!(
        report
            .fields
            .iter()
            .any(|f| f.field == "information credibility")
    );

    let theirs = Theirs::Project(merge::open_theirs(theirs.path()).expect("opens read-only"));
    let plan = merge::prepare(&mine, &theirs).expect("plans");
    assert_eq!(plan.conflicts.len(), 1, "{:#?}", plan.conflicts);
    let fields: Vec<&str> = plan.conflicts[0]
        .fields
        .iter()
        .map(|f| f.field.as_str())
        .collect();
    assert_eq!(fields, ["meta.credibility"]);
    merge::apply(
        &mut mine,
        plan,
        &[vec![Choice::Ours]],
        &theirs,
        "merge from ben",
    )
    .expect("merged");
    let erbil = articles::all(mine.conn(), false)
        .expect("articles")
        .into_iter()
        .find(|a| a.meta.title == ERBIL)
        .expect("kept");
    assert_eq!(erbil.meta.reliability, Some(Reliability::C), "hers");
    assert_eq!(
        erbil.meta.credibility,
        Some(Credibility::Improbable),
        "hers, chosen"
    );
    assert_eq!(erbil.meta.author.as_deref(), Some("Field office"), "his");
    assert_eq!(
        erbil.meta.notes.as_deref(),
        Some("Confirmed by a second source"),
        "his"
    );
}

#[test]
fn a_received_file_that_tags_our_incidents_as_drafts_is_a_conflict_never_a_silent_update() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut mine = Project::open(&sample_copy(dir.path(), "mine.db"), "amira").expect("opens");
    let mut theirs = Project::open(&sample_copy(dir.path(), "theirs.db"), "ben").expect("opens");
    let coded = incidents::all(theirs.conn()).expect("incidents");
    let tagged = coded.len();
    for incident in coded {
        edit(&mut theirs, "ben", incident, |i| {
            i.tags.push(spanline::draft::proposed::PROPOSED_TAG.into())
        });
    }
    // Ben also changes a field that does not touch what is exported: merged as before.
    let k1 = incident_by_summary(&theirs, K1);
    edit(&mut theirs, "ben", k1, |i| i.notes = "Ben's note".into());
    let rows = |project: &Project| {
        let out = dir.path().join("acled.csv");
        spanline::export::export_project(project.conn(), spanline::export::Format::Acled, &out)
            .expect("exported");
        csv::Reader::from_path(&out).expect("csv").records().count()
    };
    let exported_before = rows(&mine);
    let theirs = Theirs::Project(merge::open_theirs(theirs.path()).expect("opens"));
    let plan = merge::prepare(&mine, &theirs).expect("plans");
    assert_eq!(
        plan.conflicts.len(),
        tagged,
        "each incident is held for review"
    );
    assert!(
        plan.conflicts
            .iter()
            .all(|c| c.fields.iter().any(|f| f.field == "tags")),
        "{:#?}",
        plan.conflicts
    );
    assert!(plan.updates.is_empty(), "nothing merges silently");
    // Keeping ours keeps every incident in the exports; Ben's note still arrives.
    merge::apply(&mut mine, plan, &[], &theirs, "merge").expect("merged");
    assert_eq!(rows(&mine), exported_before);
    assert_eq!(incident_by_summary(&mine, K1).notes, "Ben's note");
}

#[test]
fn the_command_line_streams_an_export_into_a_new_project_and_removes_it_when_refused() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (sample, good) = sample_and_its_export(dir.path());
    let text = std::fs::read_to_string(&good).expect("read");
    let cut = dir.path().join("cut.json");
    std::fs::write(&cut, &text[..text.len() / 2]).expect("write");
    let import = |project: &Path, export: &Path| {
        std::process::Command::new(env!("CARGO_BIN_EXE_spanline"))
            .args([
                "import",
                project.to_str().expect("utf-8"),
                export.to_str().expect("utf-8"),
            ])
            .output()
            .expect("runs")
    };

    let refused = dir.path().join("refused.db");
    let output = import(&refused, &cut);
    assert!(!output.status.success());
    assert!(String::from_utf8_lossy(&output.stderr).contains("not valid JSON"));
    assert!(
        !refused.exists(),
        "the project made for the restore is removed"
    );

    let restored_path = dir.path().join("restored.db");
    let output = import(&restored_path, &good);
    let said = String::from_utf8_lossy(&output.stdout).into_owned()
        + &String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{said}");
    assert!(
        said.contains("restored ") && said.contains(" records from "),
        "{said}"
    );
    let restored = Project::open(&restored_path, ANALYST).expect("opens");
    assert_restored_without_loss(&sample, &good, &restored);
}
