//! Undo and redo walk the project back to where it started and forward again, exactly.

mod common;

use common::{ANALYST, MIXED_TEXT, article, dump, new_project, project_with_article, span_of};
use spanline::edit::commands;
use spanline::model::{Estimate, Field, Span, Stamp, Status};
use spanline::store::{Project, change_log, evidence, incidents};

#[test]
fn undoing_every_step_returns_to_the_start_and_redoing_returns_to_the_end() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (mut project, path) = new_project(dir.path());
    let stamp = Stamp::now(ANALYST);
    let start_state = dump(project.conn());

    let art = article(MIXED_TEXT);
    project
        .run(commands::import_articles(vec![art.clone()]))
        .expect("import");
    let (s, e) = span_of(MIXED_TEXT, "seven rockets hit the Green Zone");
    let span = Span {
        article_id: art.article_id,
        start: s,
        end: e,
    };
    let (change, first) = commands::new_incident_from_span(MIXED_TEXT, span, &stamp).expect("span");
    project.run(change).expect("new incident");
    let (change, second) =
        commands::new_incident_from_span(MIXED_TEXT, span, &stamp).expect("span");
    project.run(change).expect("second incident");
    let (s, e) = span_of(MIXED_TEXT, "Tuesday night");
    let (attach, _) = commands::attach_evidence(
        second,
        MIXED_TEXT,
        Span {
            article_id: art.article_id,
            start: s,
            end: e,
        },
        vec![Field::Date],
        &stamp,
    )
    .expect("span");
    project.run(attach).expect("attach");
    let mut edited = incidents::get(project.conn(), first)
        .expect("read")
        .expect("present");
    edited.munitions = Estimate::exact(7);
    project
        .run(commands::update_incident(edited, "set munitions", &stamp))
        .expect("set field");
    let merge =
        commands::merge_incidents(project.conn(), first, second, &stamp).expect("merge builds");
    project.run(merge).expect("merge");
    let reviewed = incidents::get(project.conn(), first)
        .expect("read")
        .expect("present");
    project
        .run(commands::set_status(reviewed, Status::Reviewed, &stamp))
        .expect("status");
    let delete = commands::delete_incident(project.conn(), first).expect("delete builds");
    project.run(delete).expect("delete");
    let end_state = dump(project.conn());
    assert_ne!(start_state, end_state);

    let mut undone = Vec::new();
    while let Some(label) = project.undo().expect("undo applies") {
        undone.push(label);
    }
    assert_eq!(
        undone,
        [
            "delete incident",
            "mark reviewed",
            "merge incidents",
            "set munitions",
            "attach evidence for date",
            "new incident",
            "new incident",
            "import \"Test article\""
        ]
    );
    assert_eq!(dump(project.conn()), start_state);

    while project.redo().expect("redo applies").is_some() {}
    assert_eq!(dump(project.conn()), end_state);

    // Every step was committed at once: the file on disk holds the end state.
    drop(project);
    let reopened = Project::open(&path, ANALYST).expect("reopens");
    assert_eq!(dump(reopened.conn()), end_state);
    let log = change_log::recent(reopened.conn(), 200).expect("log");
    assert!(
        log.iter()
            .any(|entry| entry.label == "undo: merge incidents")
    );
    assert!(
        log.iter()
            .any(|entry| entry.label == "redo: merge incidents")
    );
}

#[test]
fn merging_keeps_both_incidents_evidence_and_differing_counts() {
    let mut fx = project_with_article();
    let a = fx.new_incident("seven rockets");
    let b = fx.new_incident("seven rockets");
    let stamp = fx.stamp.clone();
    let project = &mut fx.project;
    for (id, count) in [(a, 7), (b, 8)] {
        let mut incident = incidents::get(project.conn(), id)
            .expect("read")
            .expect("present");
        incident.munitions = Estimate::exact(count);
        project
            .run(commands::update_incident(incident, "set munitions", &stamp))
            .expect("set");
    }
    let merge = commands::merge_incidents(project.conn(), a, b, &stamp).expect("merge builds");
    project.run(merge).expect("merge");
    let merged = incidents::get(project.conn(), a)
        .expect("read")
        .expect("present");
    assert_eq!(
        merged.munitions,
        Estimate {
            low: None,
            best: Some(7),
            high: Some(8)
        }
    );
    assert_eq!(
        evidence::for_incident(project.conn(), a)
            .expect("read")
            .len(),
        2
    );
    assert_eq!(incidents::get(project.conn(), b).expect("read"), None);

    assert_eq!(
        project.undo().expect("undo").as_deref(),
        Some("merge incidents")
    );
    assert_eq!(
        evidence::for_incident(project.conn(), a)
            .expect("read")
            .len(),
        1
    );
    assert_eq!(
        evidence::for_incident(project.conn(), b)
            .expect("read")
            .len(),
        1
    );
}

#[test]
fn typing_into_one_field_is_one_undo_step() {
    let mut fx = project_with_article();
    let id = fx.new_incident("seven rockets");
    let stamp = fx.stamp.clone();
    let project = &mut fx.project;
    let original = incidents::get(project.conn(), id)
        .expect("read")
        .expect("present");
    let key = Some(format!("summary:{id}"));
    for typed in ["S", "Se", "Sev", "Seven"] {
        let mut incident = incidents::get(project.conn(), id)
            .expect("read")
            .expect("present");
        incident.summary = typed.into();
        project
            .run_merging(
                commands::update_incident(incident, "edit summary", &stamp),
                key.clone(),
            )
            .expect("typing");
    }
    assert_eq!(project.history().undo_label(), Some("edit summary"));
    project.undo().expect("undo");
    let restored = incidents::get(project.conn(), id)
        .expect("read")
        .expect("present");
    assert_eq!(restored.summary, original.summary);
    assert_eq!(project.history().undo_label(), Some("new incident"));
    project.redo().expect("redo");
    let redone = incidents::get(project.conn(), id)
        .expect("read")
        .expect("present");
    assert_eq!(redone.summary, "Seven");
}

#[test]
fn a_failed_change_writes_nothing_and_leaves_undo_alone() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (mut project, _) = new_project(dir.path());
    let before = dump(project.conn());
    let bogus = commands::detach_evidence(spanline::model::EvidenceId::new());
    assert!(project.run(bogus).is_err());
    assert_eq!(dump(project.conn()), before);
    assert_eq!(project.history().undo_label(), None);
}

#[test]
fn deleting_an_actor_unattributes_its_incidents_and_undo_restores_both() {
    let mut fx = project_with_article();
    let id = fx.new_incident("seven rockets");
    let stamp = fx.stamp.clone();
    let project = &mut fx.project;
    let actor = spanline::store::actors::all(project.conn())
        .expect("actors")
        .into_iter()
        .find(|a| a.name == "Kata'ib Hezbollah")
        .expect("default actor");
    let mut incident = incidents::get(project.conn(), id)
        .expect("read")
        .expect("present");
    incident.perpetrator_id = Some(actor.actor_id);
    project
        .run(commands::update_incident(
            incident,
            "set perpetrator",
            &stamp,
        ))
        .expect("set");
    let before = dump(project.conn());

    let delete = commands::delete_actor(project.conn(), actor.actor_id, &stamp).expect("builds");
    project.run(delete).expect("deletes");
    let orphan = incidents::get(project.conn(), id)
        .expect("read")
        .expect("present");
    assert_eq!(orphan.perpetrator_id, None);
    assert!(
        spanline::store::actors::get(project.conn(), actor.actor_id)
            .expect("read")
            .is_none()
    );

    project.undo().expect("undo");
    assert_eq!(dump(project.conn()), before);
}

#[test]
fn article_details_stay_editable_and_undoable() {
    let mut fx = project_with_article();
    let project = &mut fx.project;
    let mut meta = fx.article.meta.clone();
    meta.title = "Rockets near Zawraa park".into();
    meta.published = Some(jiff::civil::date(2020, 11, 17));
    project
        .run(commands::edit_article(fx.article.clone(), meta.clone()))
        .expect("edits");
    let stored = spanline::store::articles::get(project.conn(), fx.article.article_id)
        .expect("read")
        .expect("present");
    assert_eq!(stored.meta, meta);
    let hits = spanline::store::articles::search(project.conn(), "zawraa", 5).expect("search");
    assert_eq!(
        hits,
        vec![fx.article.article_id],
        "the search index follows the new title"
    );
    project.undo().expect("undo");
    let restored = spanline::store::articles::get(project.conn(), fx.article.article_id)
        .expect("read")
        .expect("present");
    assert_eq!(restored.meta, fx.article.meta);
    let hits = spanline::store::articles::search(project.conn(), "zawraa", 5).expect("search");
    assert!(hits.is_empty(), "the old title left the index");
}

#[test]
fn a_date_list_becomes_one_incident_per_date_in_one_undo_step() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (mut project, _) = new_project(dir.path());
    let text = "Facilities have been attacked on July 23, August 3, 9, 23, 26, September 2.";
    let mut art = article(text);
    art.meta.published = Some(jiff::civil::date(2020, 9, 24));
    project
        .run(commands::import_articles(vec![art.clone()]))
        .expect("import");
    let stamp = Stamp::now(ANALYST);
    let (start, end) = span_of(text, "July 23, August 3, 9, 23, 26, September 2");
    let span = Span {
        article_id: art.article_id,
        start,
        end,
    };
    let selected = spanline::model::text::char_slice(text, start, end).expect("fits");
    let dates = spanline::propose::propose_dates(selected, art.meta.published);
    let (change, ids) =
        commands::incidents_from_date_list(text, span, &dates, &stamp).expect("builds");
    project.run(change).expect("applies");
    assert_eq!(ids.len(), 6);
    let page = incidents::page(project.conn(), 0, 50).expect("page");
    let days: Vec<String> = page
        .iter()
        .filter_map(|i| i.date_start.map(|d| d.to_string()))
        .collect();
    assert_eq!(
        days,
        [
            "2020-07-23",
            "2020-08-03",
            "2020-08-09",
            "2020-08-23",
            "2020-08-26",
            "2020-09-02"
        ]
    );
    let nine = evidence::for_incident(project.conn(), ids[2]).expect("read");
    let date_quote = nine
        .iter()
        .find(|e| e.fields == [Field::Date])
        .expect("date evidence");
    assert_eq!(date_quote.quote.exact, "9");
    assert_eq!(
        project.undo().expect("undo").as_deref(),
        Some("6 incidents from a date list")
    );
    assert!(
        incidents::page(project.conn(), 0, 50)
            .expect("page")
            .is_empty()
    );
}
