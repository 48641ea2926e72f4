//! The workspace's one refresh path keeps every cache equal to a fresh read of the store,
//! whatever the change: a few hundred random commands, undos and redos, each followed by
//! `refresh(touched)` and a comparison with the same view loaded from scratch.

mod common;

use std::path::Path;

use common::ANALYST;
use spanline::edit::commands::{self, CodebookEntry};
use spanline::edit::{Change, Touched};
use spanline::model::{
    ArticleMeta, ContextEvent, ContextEventId, ContextKind, Field, IncidentId, Span, Stamp, Status,
    text,
};
use spanline::store::{Project, StoreResult, actors, articles, context, incidents, places, vocab};
use spanline::timeline::lanes::LaneBy;
use spanline::workspace::Workspace;

fn sample_copy(dir: &Path) -> std::path::PathBuf {
    let path = dir.join("p.db");
    std::fs::copy("sample_db/spanline-sample.db", &path).expect("copy sample");
    path
}

/// A copy of the sample project in `dir`, checked, and its workspace with nothing open.
fn sample_workspace(dir: &Path) -> (Project, Workspace) {
    let mut project = Project::open(&sample_copy(dir), ANALYST).expect("opens");
    project.wait_until_verified().expect("sound");
    let workspace = Workspace::load(project.conn(), LaneBy::EventType).expect("loads");
    (project, workspace)
}

fn pick<T: Clone>(rng: &mut fastrand::Rng, items: &[T]) -> Option<T> {
    (!items.is_empty()).then(|| items[rng.usize(..items.len())].clone())
}

/// A random span of whole words (or a few characters) of `text`.
fn random_span(rng: &mut fastrand::Rng, text: &str) -> (usize, usize) {
    let length = text::char_len(text);
    let start = rng.usize(..length.saturating_sub(2).max(1));
    let end = (start + 1 + rng.usize(..40)).min(length);
    (start, end.max(start + 1))
}

/// One random command, built against the project as it is now; `None` when it does not apply.
fn random_change(rng: &mut fastrand::Rng, project: &Project) -> StoreResult<Option<Change>> {
    let conn = project.conn();
    let stamp = Stamp::now(ANALYST);
    let all_articles = articles::all(conn, true)?;
    let all_incidents = incidents::all(conn)?;
    let ids: Vec<IncidentId> = all_incidents.iter().map(|i| i.incident_id).collect();
    match rng.u8(..13) {
        0 | 1 => pick(rng, &all_articles).map(|article| {
            let (start, end) = random_span(rng, &article.text);
            let span = Span {
                article_id: article.article_id,
                start,
                end,
            };
            commands::new_incident_from_span(&article.text, span, &stamp).map(|(c, _)| c)
        }),
        2 | 3 => match (pick(rng, &all_articles), pick(rng, &ids)) {
            (Some(article), Some(incident_id)) => {
                let (start, end) = random_span(rng, &article.text);
                let span = Span {
                    article_id: article.article_id,
                    start,
                    end,
                };
                let fields = pick(
                    rng,
                    &[vec![], vec![Field::Date], vec![Field::Place, Field::Killed]],
                );
                Some(
                    commands::attach_evidence(
                        incident_id,
                        &article.text,
                        span,
                        fields.unwrap_or_default(),
                        &stamp,
                    )
                    .map(|(c, _)| c),
                )
            }
            _ => None,
        },
        4 | 5 => pick(rng, &all_incidents).map(|mut incident| {
            match rng.u8(..4) {
                0 => incident.summary = format!("summary {}", rng.u32(..1000)),
                1 => {
                    incident.date_start = Some(jiff::civil::date(
                        2020,
                        1 + rng.i8(0..12),
                        1 + rng.i8(0..28),
                    ));
                    incident.date_end = None;
                }
                2 => incident.date_start = None,
                _ => {
                    incident.place_id =
                        pick(rng, &places::all(conn).unwrap_or_default()).map(|p| p.place_id);
                    incident.perpetrator_id =
                        pick(rng, &actors::all(conn).unwrap_or_default()).map(|a| a.actor_id);
                    incident.event_type = pick(rng, &["rocket", "ied", "drone"]).map(str::to_owned);
                }
            }
            Ok(commands::update_incident(incident, "edit", &stamp))
        }),
        6 => pick(rng, &ids).map(|id| commands::delete_incident(conn, id)),
        7 => match (pick(rng, &ids), pick(rng, &ids)) {
            (Some(kept), Some(absorbed)) if kept != absorbed => {
                Some(commands::merge_incidents(conn, kept, absorbed, &stamp))
            }
            _ => None,
        },
        8 => {
            pick(rng, &all_incidents).map(|i| Ok(commands::set_status(i, Status::Reviewed, &stamp)))
        }
        9 => match rng.u8(..3) {
            0 => pick(rng, &actors::all(conn)?).map(|mut actor| {
                actor.name = format!("{} {}", actor.name, rng.u8(..10));
                Ok(commands::put_actor(actor))
            }),
            1 => pick(rng, &places::all(conn)?).map(|p| {
                commands::delete_codebook_entry(conn, CodebookEntry::Place(p.place_id), &stamp)
            }),
            _ => pick(rng, &vocab::all(conn)?).map(|t| {
                commands::delete_codebook_entry(conn, CodebookEntry::Term(t.term_id), &stamp)
            }),
        },
        10 => {
            let existing = context::all(conn)?;
            if rng.bool() || existing.is_empty() {
                Some(Ok(commands::put_context_event(ContextEvent {
                    context_event_id: ContextEventId::new(),
                    kind: ContextKind::Event,
                    label: format!("event {}", rng.u32(..100)),
                    date_start: jiff::civil::date(2020, 1 + rng.i8(0..12), 1),
                    date_end: None,
                    notes: None,
                })))
            } else {
                pick(rng, &existing).map(|e| Ok(commands::delete_context_event(e.context_event_id)))
            }
        }
        11 => pick(rng, &all_articles).map(|article| {
            // Retitled and regraded: the grade reaches the timeline rows of its incidents.
            let meta = ArticleMeta {
                title: format!("retitled {}", rng.u32(..100)),
                reliability: pick(rng, spanline::model::Reliability::ALL),
                credibility: pick(rng, spanline::model::Credibility::ALL),
                ..article.meta.clone()
            };
            Ok(commands::edit_article(article, meta))
        }),
        _ => pick(rng, &all_articles).map(|a| commands::delete_article(conn, a.article_id)),
    }
    .transpose()
}

/// What the analyst does between changes: open an article (beside another), select an
/// incident, search.
fn look_around(rng: &mut fastrand::Rng, project: &Project, workspace: &mut Workspace) {
    let conn = project.conn();
    match rng.u8(..6) {
        0 => {
            let ids: Vec<_> = articles::all(conn, false)
                .expect("articles")
                .iter()
                .map(|a| a.article_id)
                .collect();
            if let Some(id) = pick(rng, &ids) {
                workspace.open_article(conn, id, rng.bool()).expect("opens");
            }
        }
        1 => {
            let ids: Vec<_> = incidents::all(conn)
                .expect("incidents")
                .iter()
                .map(|i| i.incident_id)
                .collect();
            workspace.select(conn, pick(rng, &ids)).expect("selects");
        }
        2 => workspace.set_search_words(vec![
            pick(rng, &["rocket", "base", "the"])
                .unwrap_or("x")
                .to_owned(),
        ]),
        _ => {}
    }
}

/// What the workspace shows that a fresh read of the project would not, once its background
/// work is received.
fn differences_from_a_fresh_read(workspace: &mut Workspace, project: &Project) -> Vec<String> {
    workspace.wait_for_recognised().expect("worked out");
    let fresh = workspace.read_fresh(project.conn()).expect("reads");
    workspace.differences(&fresh)
}

#[test]
fn after_every_random_change_undo_and_redo_the_workspace_equals_a_fresh_read() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (mut project, mut workspace) = sample_workspace(dir.path());
    let mut rng = fastrand::Rng::with_seed(0x5EED_u64);
    let mut kinds = std::collections::BTreeMap::<&str, usize>::new();
    for step in 0..300 {
        look_around(&mut rng, &project, &mut workspace);
        let (what, touched): (&str, Touched) = match rng.u8(..10) {
            0 | 1 => (
                "undo",
                project
                    .undo_step()
                    .expect("undo")
                    .map(|s| s.touched)
                    .unwrap_or_default(),
            ),
            2 => (
                "redo",
                project
                    .redo_step()
                    .expect("redo")
                    .map(|s| s.touched)
                    .unwrap_or_default(),
            ),
            _ => match random_change(&mut rng, &project).expect("built") {
                Some(change) => match project.run(change) {
                    Ok(touched) => ("change", touched),
                    // A span whose quote is refused, say: nothing written, nothing touched.
                    Err(_) => ("refused", Touched::default()),
                },
                None => ("nothing", Touched::default()),
            },
        };
        *kinds.entry(what).or_default() += 1;
        workspace
            .refresh(project.conn(), &touched)
            .expect("refreshes");
        let differences = differences_from_a_fresh_read(&mut workspace, &project);
        assert!(
            differences.is_empty(),
            "step {step} ({what}, {touched:?}): {differences:?} differ from a fresh read"
        );
    }
    // The sequence did exercise every path, not just one.
    assert!(kinds.get("change").copied().unwrap_or(0) > 100, "{kinds:?}");
    assert!(kinds.get("undo").copied().unwrap_or(0) > 30, "{kinds:?}");
    assert!(kinds.get("redo").copied().unwrap_or(0) > 10, "{kinds:?}");
}

#[test]
fn a_change_says_what_it_touched_and_its_undo_says_the_same() {
    let mut fixture = common::project_with_article();
    let incident = fixture.new_incident("denied the attack");
    let conn = fixture.project.conn();
    let (change, _) = commands::attach_evidence(
        incident,
        &fixture.article.text,
        fixture.span("seven rockets"),
        vec![Field::Munitions],
        &fixture.stamp,
    )
    .expect("span fits");
    let _ = conn;
    let touched = fixture.project.run(change).expect("attached");
    assert_eq!(
        touched.incidents.iter().copied().collect::<Vec<_>>(),
        vec![incident]
    );
    assert_eq!(
        touched.articles.iter().copied().collect::<Vec<_>>(),
        vec![fixture.article.article_id]
    );
    assert!(!touched.codebook && !touched.context && !touched.everything);
    assert_eq!(
        (touched.added.evidence, touched.added.incidents),
        (1, 0),
        "one span created, the incident only written"
    );
    let undone = fixture.project.undo_step().expect("undo").expect("a step");
    assert_eq!(
        undone.touched,
        Touched {
            added: touched.added.reversed(),
            ..touched.clone()
        },
        "undo touches what the change touched, and deletes what it created"
    );
    let actor = spanline::model::Actor::named("Saraya Awliya al-Dam");
    let touched = fixture
        .project
        .run(commands::put_actor(actor))
        .expect("added");
    assert!(touched.codebook && touched.incidents.is_empty());
}

#[test]
fn regrading_an_article_updates_the_timeline_rows_of_its_incidents_only() {
    use spanline::model::Reliability;
    let dir = tempfile::tempdir().expect("temp dir");
    let (mut project, mut workspace) = sample_workspace(dir.path());
    // The December brief is the sample's one A source.
    let brief = articles::all(project.conn(), true)
        .expect("articles")
        .into_iter()
        .find(|a| a.meta.reliability == Some(Reliability::A))
        .expect("an A source");
    let graded_a = |workspace: &Workspace| {
        workspace
            .timeline
            .incidents
            .iter()
            .filter(|i| i.best_reliability == Some(Reliability::A))
            .count()
    };
    assert!(graded_a(&workspace) > 0);
    let meta = ArticleMeta {
        reliability: Some(Reliability::E),
        ..brief.meta.clone()
    };
    let touched = project
        .run(commands::edit_article(brief, meta))
        .expect("regraded");
    assert!(
        touched.incidents.is_empty(),
        "no incident record was written"
    );
    workspace
        .refresh(project.conn(), &touched)
        .expect("refreshes");
    assert_eq!(
        graded_a(&workspace),
        0,
        "its incidents now have no A source"
    );
    let fresh = workspace.read_fresh(project.conn()).expect("reads");
    assert!(workspace.differences(&fresh).is_empty());
}

#[test]
fn the_first_span_coded_in_an_article_gives_its_marks_a_version_not_drawn_before() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (mut project, mut workspace) = sample_workspace(dir.path());
    let article = articles::all(project.conn(), true)
        .expect("articles")
        .into_iter()
        .next()
        .expect("an article");
    workspace
        .open_article(project.conn(), article.article_id, false)
        .expect("opens");
    let before = workspace.open[0].marks_version();
    let span = spanline::model::Span {
        article_id: article.article_id,
        start: 0,
        end: 5,
    };
    let stamp = spanline::model::Stamp::now(ANALYST);
    let (change, _) =
        commands::new_incident_from_span(&article.text, span, &stamp).expect("a span");
    let touched = project.run(change).expect("stored");
    workspace
        .refresh(project.conn(), &touched)
        .expect("refreshes");
    assert_eq!(
        workspace.open[0].evidence.len(),
        article_evidence(&project, &article)
    );
    // A fresh read of the article counted its versions from zero again and came back to the
    // one the view had drawn, so the new highlight was not drawn.
    assert_ne!(workspace.open[0].marks_version(), before);
}

fn article_evidence(project: &Project, article: &spanline::model::Article) -> usize {
    spanline::store::evidence::for_article(project.conn(), article.article_id)
        .expect("reads")
        .len()
}

/// The suggestions of an open article, as `field: words`.
fn suggested(workspace: &Workspace) -> Vec<String> {
    let open = &workspace.open[0];
    open.suggestions
        .iter()
        .map(|s| format!("{}: {}", s.field, open.words(&(s.start..s.end))))
        .collect()
}

#[test]
fn suggestions_arrive_from_the_background_and_stay_through_coding_and_codebook_changes() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (mut project, mut workspace) = sample_workspace(dir.path());
    let article = articles::all(project.conn(), true)
        .expect("articles")
        .into_iter()
        .find(|a| a.meta.title.starts_with("Rockets on the Green Zone"))
        .expect("the sample's Green Zone report");
    workspace
        .open_article(project.conn(), article.article_id, false)
        .expect("opens");
    // Opening does not wait for them: they are taken as they arrive.
    while workspace.receive_recognised().expect("worked out") {
        std::thread::yield_now();
    }
    let first = suggested(&workspace);
    assert!(first.iter().any(|s| s == "place: Fallujah"), "{first:?}");

    // Coding the article changes nothing suggestions read: they stay, and none are worked out.
    let span = Span {
        article_id: article.article_id,
        start: 0,
        end: 7,
    };
    let (change, _) = commands::new_incident_from_span(&article.text, span, &Stamp::now(ANALYST))
        .expect("a span");
    let touched = project.run(change).expect("stored");
    workspace
        .refresh(project.conn(), &touched)
        .expect("refreshes");
    assert_eq!(suggested(&workspace), first);
    assert!(!workspace.receive_recognised().expect("nothing failed"));

    // A new alias changes them: the old ones are shown until the new ones are taken.
    let mut actor = actors::all(project.conn())
        .expect("actors")
        .into_iter()
        .find(|a| a.name == "Kata'ib Hezbollah")
        .expect("a default actor");
    actor.aliases.push("C-RAM".into());
    let touched = project.run(commands::put_actor(actor)).expect("stored");
    workspace
        .refresh(project.conn(), &touched)
        .expect("refreshes");
    assert_eq!(suggested(&workspace), first);
    workspace.wait_for_recognised().expect("worked out");
    let after = suggested(&workspace);
    assert!(after.iter().any(|s| s == "perpetrator: C-RAM"), "{after:?}");
}

/// A large project's timeline is read in the background; changes made while it is read are
/// noted and read again when it lands, so what lands equals a fresh read. Here every project
/// counts as large, and each round begins a new background read and changes the project before
/// taking it.
#[test]
fn changes_made_while_the_timeline_is_read_in_the_background_are_not_lost() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut project = Project::open(&sample_copy(dir.path()), ANALYST).expect("opens");
    project.wait_until_verified().expect("sound");
    let mut workspace =
        Workspace::load_reading_in_background_from(project.conn(), LaneBy::EventType, 1)
            .expect("loads");
    let mut rng = fastrand::Rng::with_seed(0xB00C_u64);
    let mut changed_while_reading = 0;
    for round in 0..12 {
        if round > 0 {
            workspace
                .refresh(project.conn(), &Touched::everything())
                .expect("refreshes");
        }
        assert!(
            workspace.timeline_loading().is_some(),
            "round {round}: the read is in the background"
        );
        for _ in 0..4 {
            let touched = match random_change(&mut rng, &project).expect("built") {
                Some(change) => project.run(change).unwrap_or_default(),
                None => Touched::default(),
            };
            changed_while_reading += usize::from(!touched.incidents.is_empty());
            workspace
                .refresh(project.conn(), &touched)
                .expect("refreshes");
        }
        workspace
            .wait_for_timeline(project.conn())
            .expect("the read lands");
        let differences = differences_from_a_fresh_read(&mut workspace, &project);
        assert!(
            differences.is_empty(),
            "round {round}: {differences:?} differ from a fresh read"
        );
    }
    assert!(changed_while_reading > 10, "{changed_while_reading}");
}
