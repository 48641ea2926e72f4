//! Every record type goes into the project file and comes back equal, through the same edit
//! path the workbench uses.

mod common;

use common::{ANALYST, MIXED_TEXT, article, new_project, project_with_article, span_of};
use jiff::civil::date;
use spanline::edit::commands;
use spanline::model::{
    Actor, ActorId, Attribution, Confidence, ContextEvent, ContextEventId, ContextKind,
    DatePrecision, Estimate, Field, Incident, Place, PlaceId, Span, Stamp, Status, TermId,
    VocabTerm, Vocabulary, text,
};
use spanline::store::{
    Project, actors, articles, change_log, context, evidence, incidents, places, vocab,
};

fn full_incident(place: PlaceId, launch: PlaceId, actor: ActorId) -> Incident {
    let stamp = Stamp::now(ANALYST);
    Incident {
        date_start: Some(date(2020, 11, 17)),
        date_end: Some(date(2020, 11, 18)),
        date_precision: Some(DatePrecision::Day),
        time_of_day: Some("shortly before midnight".into()),
        event_type: Some("explosions_remote_violence".into()),
        sub_type: Some("shelling_artillery_missile".into()),
        weapon: Some("rocket_107mm".into()),
        munitions: Estimate::exact(7),
        impacted: Estimate {
            low: Some(3),
            best: Some(4),
            high: None,
        },
        intercepted: Estimate {
            low: None,
            best: None,
            high: Some(3),
        },
        target_type: Some("diplomatic_facility".into()),
        target: Some("US Embassy".into()),
        place_id: Some(place),
        launch_place_id: Some(launch),
        geo_precision: Some(2),
        perpetrator_id: Some(actor),
        attribution: Some(Attribution::Denied),
        attributed_by: Some("Iraqi military".into()),
        killed: Estimate::exact(1),
        wounded: Estimate {
            low: Some(5),
            best: Some(5),
            high: Some(6),
        },
        casualty_detail: Some("one girl; five civilians".into()),
        summary: "Seven rockets on the Green Zone \u{201c}break the truce\u{201d}".into(),
        notes: "\u{0643}\u{062A}\u{0627}\u{0626}\u{0628} note".into(),
        confidence: Some(Confidence::High),
        status: Status::Reviewed,
        tags: vec!["truce-break".into(), "embassy".into()],
        ..Incident::new_draft(ANALYST, stamp.at)
    }
}

#[test]
fn every_record_type_round_trips_through_the_file() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (mut project, path) = new_project(dir.path());
    let stamp = Stamp::now(ANALYST);

    let art = article(MIXED_TEXT);
    let actor = Actor {
        actor_id: ActorId::new(),
        name: "Ashab al-Kahf".into(),
        kind: Some("front name".into()),
        parent_id: None,
        aliases: vec![
            "Ashab al-Kahaf".into(),
            "\u{0623}\u{0635}\u{062D}\u{0627}\u{0628} \u{0627}\u{0644}\u{0643}\u{0647}\u{0641}"
                .into(),
        ],
        notes: Some("claims on Telegram".into()),
    };
    let place = Place {
        place_id: PlaceId::new(),
        name: "Zawraa park".into(),
        admin1: Some("Baghdad".into()),
        country: Some("Iraq".into()),
        iso3: Some("IRQ".into()),
        latitude: Some(33.3081),
        longitude: Some(44.3744),
        geo_precision: Some(1),
        aliases: vec!["al-Zawraa".into()],
        notes: None,
    };
    let launch = Place {
        place_id: PlaceId::new(),
        name: "east Baghdad".into(),
        aliases: vec![],
        ..place.clone()
    };
    let term = VocabTerm {
        term_id: TermId::new(),
        vocabulary: Vocabulary::Weapon,
        key: "rocket_240mm".into(),
        label: "240mm rocket".into(),
        parent_key: None,
        sort_order: 99,
    };
    let period = ContextEvent {
        context_event_id: ContextEventId::new(),
        kind: ContextKind::Period,
        label: "October 2020 truce".into(),
        date_start: date(2020, 10, 10),
        date_end: Some(date(2020, 11, 17)),
        notes: None,
    };
    let incident = full_incident(place.place_id, launch.place_id, actor.actor_id);
    let (start, end) = span_of(MIXED_TEXT, "seven rockets hit the Green Zone");
    let span = Span {
        article_id: art.article_id,
        start,
        end,
    };

    project
        .run(commands::import_articles(vec![art.clone()]))
        .expect("import");
    project
        .run(commands::put_actor(actor.clone()))
        .expect("actor");
    project
        .run(commands::put_place(place.clone()))
        .expect("place");
    project
        .run(commands::put_place(launch.clone()))
        .expect("launch place");
    project.run(commands::put_term(term.clone())).expect("term");
    project
        .run(commands::put_context_event(period.clone()))
        .expect("context");
    project
        .run(commands::update_incident(
            incident.clone(),
            "new incident",
            &stamp,
        ))
        .expect("incident");
    let (attach, evidence_id) = commands::attach_evidence(
        incident.incident_id,
        MIXED_TEXT,
        span,
        vec![Field::Munitions, Field::Place],
        &stamp,
    )
    .expect("span fits");
    project.run(attach).expect("evidence");
    drop(project);

    let project = Project::open(&path, ANALYST).expect("reopens");
    let conn = project.conn();
    assert_eq!(
        articles::get(conn, art.article_id).expect("read"),
        Some(art.clone())
    );
    assert_eq!(
        actors::get(conn, actor.actor_id).expect("read"),
        Some(actor)
    );
    assert_eq!(
        places::get(conn, place.place_id).expect("read"),
        Some(place)
    );
    assert_eq!(vocab::get(conn, term.term_id).expect("read"), Some(term));
    assert_eq!(
        context::get(conn, period.context_event_id).expect("read"),
        Some(period)
    );
    let mut expected_incident = incident.clone();
    expected_incident.tags.sort();
    let stored = incidents::get(conn, incident.incident_id)
        .expect("read")
        .expect("present");
    assert_eq!(
        Incident {
            updated_at: expected_incident.updated_at,
            ..stored.clone()
        },
        expected_incident
    );
    let stored_evidence = evidence::get(conn, evidence_id)
        .expect("read")
        .expect("present");
    assert_eq!(stored_evidence.fields, vec![Field::Munitions, Field::Place]);
    assert_eq!(
        stored_evidence.quote.exact,
        "seven rockets hit the Green Zone"
    );
    assert_eq!(
        evidence::for_incident(conn, incident.incident_id)
            .expect("read")
            .len(),
        1
    );
    assert_eq!(
        incidents::for_article(conn, art.article_id)
            .expect("read")
            .len(),
        1
    );

    let log = change_log::recent(conn, 50).expect("log reads");
    assert_eq!(log[0].label, "attach evidence for munitions, place");
    assert!(log.iter().all(|entry| entry.analyst == ANALYST));
    let logged_article = log
        .iter()
        .find(|e| e.entity_kind == "article")
        .expect("article logged");
    let data = logged_article.data.as_ref().expect("put has data");
    assert!(
        data.get("text").is_none(),
        "the log keeps articles without their text"
    );
}

#[test]
fn stored_spans_equal_their_quotes_in_any_script() {
    let mut fx = project_with_article();
    let needles = [
        "Kata\u{2019}ib Hezbollah",
        "\u{0643}\u{062A}\u{0627}\u{0626}\u{0628} \u{062D}\u{0632}\u{0628}",
        "🚀",
        "\u{201c}The truce is still there,\u{201d}",
        "Tuesday night",
    ];
    let incident_id = fx.new_incident(needles[0]);
    for needle in &needles[1..] {
        let (change, _) = commands::attach_evidence(
            incident_id,
            MIXED_TEXT,
            fx.span(needle),
            vec![Field::Perpetrator],
            &fx.stamp,
        )
        .expect("span fits");
        fx.project.run(change).expect("attach");
    }
    let conn = fx.project.conn();
    let stored = evidence::for_article(conn, fx.article.article_id).expect("read");
    assert_eq!(stored.len(), needles.len());
    let article_text = articles::get(conn, fx.article.article_id)
        .expect("read")
        .expect("present")
        .text;
    for span in &stored {
        assert_eq!(
            text::char_slice(&article_text, span.start, span.end),
            Some(span.quote.exact.as_str())
        );
        assert!(needles.contains(&span.quote.exact.as_str()));
    }
}

#[test]
fn evidence_whose_quote_does_not_match_its_offsets_is_refused() {
    let mut fx = project_with_article();
    let incident_id = fx.new_incident("seven rockets");
    let mut bad = evidence::for_incident(fx.project.conn(), incident_id)
        .expect("read")
        .remove(0);
    bad.start += 1;
    let err = fx
        .project
        .run(commands::set_evidence_fields(bad, vec![]))
        .expect_err("refused");
    assert!(
        err.to_string().contains("does not match its quote"),
        "{err}"
    );
    let outside = Span {
        article_id: fx.article.article_id,
        start: 10_000,
        end: 10_005,
    };
    assert!(
        commands::attach_evidence(incident_id, MIXED_TEXT, outside, vec![], &fx.stamp).is_err()
    );
}
