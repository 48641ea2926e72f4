//! Two windows on one team project, on the real PostgreSQL server `.ci/run` starts
//! (SPANLINE_TEST_POSTGRES); elsewhere the test says in one line that it did not run.

mod common;

use std::path::Path;
use std::time::{Duration, Instant};

use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use spanline::app::SpanlineApp;
use spanline::model::{IncidentId, Status};
use spanline::store::Project;
use spanline::team::{self, Address};
use spanline::ui::command_list::UiCommand;

const GREEN_ZONE: &str = "Rockets on the Green Zone end a month-long truce";

/// File dialogs answered as an analyst would: the files to import.
struct Importing(Vec<std::path::PathBuf>);

impl spanline::ui::dialogs::FileDialogs for Importing {
    fn open_project(&self) -> Option<std::path::PathBuf> {
        None
    }
    fn new_project(&self) -> Option<std::path::PathBuf> {
        None
    }
    fn save_copy(&self, _: &str) -> Option<std::path::PathBuf> {
        None
    }
    fn import_files(&self) -> Vec<std::path::PathBuf> {
        self.0.clone()
    }
    fn export_file(&self, _: &str, _: &str) -> Option<std::path::PathBuf> {
        None
    }
    fn project_to_merge(&self) -> Option<std::path::PathBuf> {
        None
    }
    fn project_to_compare(&self) -> Option<std::path::PathBuf> {
        None
    }
    fn incidents_file(&self) -> Option<std::path::PathBuf> {
        None
    }
    fn export_to_restore(&self) -> Option<std::path::PathBuf> {
        None
    }
}

/// A window on the team project at `address`, its copy at `replica`.
fn window(address: &Address, replica: &Path, analyst: &str) -> Harness<'static, SpanlineApp> {
    window_importing(address, replica, analyst, Vec::new())
}

/// [`window`], its Import dialog answering with `files`.
fn window_importing(
    address: &Address,
    replica: &Path,
    analyst: &str,
    files: Vec<std::path::PathBuf>,
) -> Harness<'static, SpanlineApp> {
    let mut app = SpanlineApp::with_dialogs(None, analyst, Box::new(Importing(files)));
    app.open_team_at(address, replica, analyst)
        .expect("the team project opens");
    app.wait_for_checks();
    let mut harness = Harness::builder()
        .with_size([1400.0, 900.0])
        .build_ui_state(|ui, app: &mut SpanlineApp| app.show(ui), app);
    harness.run();
    harness
}

/// Runs frames until `done` holds (others' writes arrive over the network), at most 10 s.
fn until(harness: &mut Harness<'static, SpanlineApp>, done: impl Fn(&SpanlineApp) -> bool) {
    let start = Instant::now();
    while !done(harness.state()) {
        assert!(
            start.elapsed() < Duration::from_secs(10),
            "not seen within 10 s"
        );
        std::thread::sleep(Duration::from_millis(50));
        harness.run();
    }
}

fn on_timeline(app: &SpanlineApp, id: IncidentId) -> bool {
    app.timeline_incidents().iter().any(|i| i.incident_id == id)
}

fn status_of(app: &SpanlineApp, id: IncidentId) -> Option<Status> {
    let record = spanline::store::records::get(
        app.project().expect("open").conn(),
        spanline::model::RecordKey::Incident(id),
    )
    .expect("read");
    match record {
        Some(spanline::model::Record::Incident(incident)) => Some(incident.status),
        _ => None,
    }
}

/// A team project of the sample on a database of its own, dropped at the end.
struct TeamProject {
    admin: Address,
    address: Address,
    name: String,
    base: String,
}

impl TeamProject {
    fn new(server: &str) -> Self {
        let name = format!("spanline_window_{}", uuid::Uuid::now_v7().simple());
        let admin = Address::parse(server).expect("parses");
        admin
            .connect()
            .expect("connects")
            .batch_execute(&format!("CREATE DATABASE {name}"))
            .expect("created");
        let (base, _) = server.rsplit_once('/').expect("address with a database");
        let address = Address::parse(&format!("{base}/{name}")).expect("parses");
        let mut client = address.connect().expect("connects");
        team::schema::init(&mut client, &name).expect("init");
        let sample =
            Project::open_foreign(Path::new("sample_db/spanline-sample.db")).expect("sample");
        team::publish(&sample, &mut client, &name, |_, _| {}).expect("published");
        Self {
            admin,
            address,
            name,
            base: base.to_owned(),
        }
    }

    /// The address for a new login with `role`, its password in the address (tests only).
    fn login_with(&self, role: &str) -> (Address, String) {
        let user = format!("{role}_{}", uuid::Uuid::now_v7().simple());
        self.address
            .connect()
            .expect("connects")
            .batch_execute(&format!(
                "CREATE ROLE {user} LOGIN PASSWORD 'pw'; GRANT {role} TO {user};"
            ))
            .expect("login made");
        let host = self
            .base
            .split_once('@')
            .map_or(self.base.as_str(), |(_, h)| h);
        let address =
            Address::parse(&format!("postgres://{user}:pw@{host}/{}", self.name)).expect("parses");
        (address, user)
    }
}

impl Drop for TeamProject {
    fn drop(&mut self) {
        if let Ok(mut client) = self.admin.connect() {
            let _ = client.batch_execute(&format!("DROP DATABASE {} WITH (FORCE)", self.name));
        }
    }
}

fn server() -> Option<String> {
    common::postgres_server("team-window")
}

#[test]
fn a_coders_window_greys_out_what_the_role_may_not_do() {
    let Some(server) = server() else {
        return;
    };
    let team = TeamProject::new(&server);
    let (address, user) = team.login_with("spanline_coder");
    let dir = tempfile::tempdir().expect("temp dir");
    let mut coder = window(&address, &dir.path().join("coder.db"), &user);
    let permissions = coder.state().permissions();
    assert!(permissions.code && !permissions.review && !permissions.codebook);

    // The Edit menu: coding allowed, accepting drafts greyed out.
    coder.get_by_label("Edit").click();
    coder.run();
    let disabled = |label: String| {
        coder
            .get(egui_kittest::kittest::by().label_contains(&label))
            .accesskit_node()
            .is_disabled()
    };
    assert!(
        disabled(UiCommand::AcceptAllDrafts.label()),
        "accepting drafts is a reviewer's"
    );
    assert!(!disabled(UiCommand::NewIncident.label()));
    coder.key_press(Key::Escape);
    coder.run();

    // Its shortcut is refused in the window, before the server would refuse it.
    let incident = coder.state().timeline_incidents()[0].incident_id;
    let mark = coder.state().timeline_mark(incident).expect("a mark");
    common::pointer::click_at(&mut coder, mark);
    let before = status_of(coder.state(), incident);
    coder.key_press_modifiers(Modifiers::COMMAND, Key::Enter);
    coder.run();
    assert_eq!(status_of(coder.state(), incident), before);
    assert!(
        coder.state().status().contains("does not allow"),
        "{}",
        coder.state().status()
    );
    drop(coder);
    let _ = team.address.connect().map(|mut c| {
        let _ = c.batch_execute(&format!("DROP OWNED BY {user}; DROP ROLE {user}"));
    });
}

#[test]
fn what_one_analyst_codes_appears_in_the_others_window_and_a_stale_edit_is_refused_and_shown() {
    let Some(server) = server() else {
        return;
    };
    let team = TeamProject::new(&server);
    let (address, name) = (team.address.clone(), team.name.clone());
    let dir = tempfile::tempdir().expect("temp dir");
    let mut alice = window(&address, &dir.path().join("alice.db"), "alice");
    let mut bob = window(&address, &dir.path().join("bob.db"), "bob");
    assert_eq!(alice.state().error(), None);
    assert_eq!(alice.state().team_address(), Some(address.shown().as_str()));
    // The recent list keeps the team project's address, not its copy.
    assert_eq!(
        alice.state().recent_projects().first(),
        Some(&std::path::PathBuf::from(address.shown()))
    );

    // Alice codes an incident from the words she selects; Bob's timeline shows it.
    let article = common::window::article_titled(&alice, GREEN_ZONE);
    alice.state_mut().show_article(article.article_id);
    alice.run();
    // Bob's article list says Alice is coding it.
    until(&mut bob, |app| {
        app.others_coding()
            .and_then(|o| o.get(&article.article_id))
            .is_some_and(|names| names == &["alice".to_owned()])
    });
    bob.run();
    bob.get(egui_kittest::kittest::by().label_contains("coding: alice"));
    let (start, end) = common::span_of(&article.text, "on Tuesday, seven rockets were fired");
    alice.state_mut().select_range(start..end);
    // The incident, its date from the same words, the date proposed applied: three keys.
    for key in [Key::N, Key::Num1, Key::A] {
        alice.key_press(key);
        alice.run();
    }
    let new = alice
        .state()
        .selected_incident()
        .expect("the new incident is selected")
        .incident_id;
    assert!(on_timeline(alice.state(), new), "a dated incident");
    until(&mut bob, |app| on_timeline(app, new));

    // Bob marks it reviewed, from its mark on his timeline, while Alice's copy lags behind.
    alice.state_mut().hold_team_changes(true);
    let mark = bob
        .state()
        .timeline_mark(new)
        .expect("a mark on Bob's timeline");
    common::pointer::click_at(&mut bob, mark);
    assert_eq!(
        bob.state().selected_incident().map(|i| i.incident_id),
        Some(new)
    );
    bob.key_press_modifiers(Modifiers::COMMAND, Key::Enter);
    bob.run();
    assert_eq!(status_of(bob.state(), new), Some(Status::Reviewed));

    // Alice deletes it, not knowing: refused, her window shows Bob's value and who set it.
    alice.key_press_modifiers(Modifiers::COMMAND, Key::Delete);
    alice.run();
    let error = alice.state().error().expect("refused").to_owned();
    assert!(error.contains("bob changed this incident"), "{error}");
    assert_eq!(status_of(alice.state(), new), Some(Status::Reviewed));
    assert!(on_timeline(alice.state(), new), "nothing of hers was kept");

    // "Keep theirs" is offered beside "Apply mine again".
    alice.get_by_label("Keep theirs");
    // One click applies hers over it; Bob's window follows.
    alice.state_mut().hold_team_changes(false);
    alice.get_by_label("Apply mine again").click();
    alice.run();
    alice.run();
    assert_eq!(alice.state().error(), None);
    assert!(!on_timeline(alice.state(), new));
    until(&mut bob, |app| !on_timeline(app, new));

    drop((alice, bob, name));
}

#[test]
fn a_report_imported_in_one_window_reaches_the_others() {
    let Some(server) = server() else {
        return;
    };
    let team = TeamProject::new(&server);
    let dir = tempfile::tempdir().expect("temp dir");
    let report = dir.path().join("report.txt");
    std::fs::write(
        &report,
        "Drone strike near Tower 22\n\nA one-way attack drone struck a base in Jordan.",
    )
    .expect("written");
    let mut alice = window_importing(
        &team.address,
        &dir.path().join("alice.db"),
        "alice",
        vec![report],
    );
    let mut bob = window(&team.address, &dir.path().join("bob.db"), "bob");
    let articles = |app: &SpanlineApp| app.workspace().counts.articles;
    let before = articles(bob.state());

    alice.key_press_modifiers(Modifiers::COMMAND, Key::I);
    alice.run();
    until(&mut alice, |app| !app.importing());
    assert_eq!(alice.state().error(), None);
    assert_eq!(articles(alice.state()), before + 1);
    until(&mut bob, |app| articles(app) == before + 1);
    common::window::article_titled(&bob, "Drone strike near Tower 22");
    // Alice undoes the import: gone from the server, and from Bob's window.
    alice.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    alice.run();
    assert_eq!(alice.state().error(), None);
    until(&mut bob, |app| articles(app) == before);
}

#[test]
fn a_window_hears_the_team_again_after_the_server_dropped_it() {
    let Some(server) = server() else {
        return;
    };
    let team = TeamProject::new(&server);
    let dir = tempfile::tempdir().expect("temp dir");
    let mut bob = window(&team.address, &dir.path().join("bob.db"), "bob");
    let articles = |app: &SpanlineApp| app.workspace().counts.articles;
    let before = articles(bob.state());
    // The server drops every connection to the team project; then someone imports a report.
    let mut admin = team.address.connect().expect("connects");
    admin
        .batch_execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity
             WHERE datname = current_database() AND pid <> pg_backend_pid()",
        )
        .expect("dropped");
    let report = dir.path().join("report.txt");
    std::fs::write(
        &report,
        "Drone strike near Tower 22\n\nA drone struck a base.",
    )
    .expect("written");
    let mut join = team::TemporaryJoin::new(&team.address, "alice").expect("joins");
    let imported = spanline::import::import_files(
        &mut join.project,
        &[report],
        &std::sync::atomic::AtomicBool::new(false),
        |_| {},
    )
    .expect("imported");
    assert_eq!(imported.imported.len(), 1);
    // Bob's window listens again by itself and brings the report in.
    until(&mut bob, |app| articles(app) == before + 1);
}
