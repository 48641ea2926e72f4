//! A team project on a real PostgreSQL server: `.ci/run` starts one (`.ci/postgres.sh`) and
//! names it in SPANLINE_TEST_POSTGRES. Elsewhere each test says in one line that it did not run.
//! Every test works in a database of its own, dropped at the end.

mod common;

use std::path::Path;

use rusqlite::Connection;
use rusqlite::types::ValueRef;
use spanline::store::Project;
use spanline::team::{self, Address, TeamError};

const SAMPLE: &str = "sample_db/spanline-sample.db";

/// A fresh database on the test server, dropped when the test ends.
struct TeamDatabase {
    admin: String,
    name: String,
}

impl TeamDatabase {
    /// `None` (after saying so) where no test server was started.
    fn new() -> Option<Self> {
        let admin = common::postgres_server("team-project")?;
        let name = format!("spanline_test_{}", uuid::Uuid::now_v7().simple());
        let mut client = Address::parse(&admin)
            .expect("the test server's address parses")
            .connect()
            .expect("the test server answers");
        client
            .batch_execute(&format!("CREATE DATABASE {name}"))
            .expect("a test database is created");
        Some(Self { admin, name })
    }

    /// A team project of the sample on a database of its own.
    fn published() -> Option<Self> {
        let db = Self::new()?;
        db.init();
        db.publish(Path::new(SAMPLE)).expect("published");
        Some(db)
    }

    /// The address of this database, as the admin (the server's superuser) reaches it.
    fn address(&self) -> String {
        self.address_as(None)
    }

    /// The address of this database for `user:password`, or for the admin.
    fn address_as(&self, login: Option<(&str, &str)>) -> String {
        let (scheme_and_user, rest) = self.admin.split_once('@').expect("user@host address");
        let host = rest.split('/').next().expect("host");
        match login {
            Some((user, password)) => format!("postgres://{user}:{password}@{host}/{}", self.name),
            None => format!("{scheme_and_user}@{host}/{}", self.name),
        }
    }

    fn client(&self) -> postgres::Client {
        Address::parse(&self.address())
            .expect("parses")
            .connect()
            .expect("connects")
    }

    /// The summary the server holds for incident `id`.
    fn summary_on_server(&self, id: spanline::model::IncidentId) -> String {
        self.client()
            .query_one(
                "SELECT summary FROM incidents WHERE incident_id = $1",
                &[&id.to_string()],
            )
            .expect("read")
            .get(0)
    }

    fn init(&self) {
        team::schema::init(&mut self.client(), &self.name).expect("team init");
    }

    fn publish(&self, file: &Path) -> Result<team::Copied, TeamError> {
        let conn = Project::open_foreign(file).expect("the file opens");
        team::publish(&conn, &mut self.client(), &self.name, |_, _| {})
    }
}

impl Drop for TeamDatabase {
    fn drop(&mut self) {
        if let Ok(mut client) = Address::parse(&self.admin).and_then(|a| a.connect()) {
            let _ = client.batch_execute(&format!(
                "DROP DATABASE IF EXISTS {} WITH (FORCE)",
                self.name
            ));
        }
    }
}

/// Every row of every table of a project file, in the order it was written, each value exactly
/// (reals to the last bit).
fn every_row(conn: &Connection) -> Vec<String> {
    let mut out = Vec::new();
    for table in team::tables::TABLES {
        let mut stmt = conn
            .prepare(&format!("SELECT * FROM {table} ORDER BY rowid"))
            .expect("table exists");
        let columns = stmt.column_count();
        let mut rows = stmt.query([]).expect("query runs");
        while let Some(row) = rows.next().expect("row reads") {
            let cells: Vec<String> = (0..columns)
                .map(|i| match row.get_ref(i).expect("cell reads") {
                    ValueRef::Null => "NULL".to_owned(),
                    ValueRef::Integer(n) => format!("i{n}"),
                    ValueRef::Real(x) => format!("r{:x}", x.to_bits()),
                    ValueRef::Text(t) => format!("t{}", String::from_utf8_lossy(t)),
                    ValueRef::Blob(b) => format!("b{b:?}"),
                })
                .collect();
            out.push(format!("{table}: {}", cells.join(" | ")));
        }
    }
    out
}

#[test]
fn a_project_published_and_checked_out_comes_back_exactly() {
    let Some(db) = TeamDatabase::new() else {
        return;
    };
    db.init();
    let copied = db.publish(Path::new(SAMPLE)).expect("published");
    let original = Project::open_foreign(Path::new(SAMPLE)).expect("sample opens");
    let before = every_row(&original);
    assert_eq!(
        copied.iter().map(|(_, rows)| *rows as usize).sum::<usize>(),
        before.len()
    );
    let counts = team::counts(&mut db.client(), &db.name).expect("counted on the server");
    assert_eq!(
        counts,
        spanline::store::meta::counts(&original).expect("counted")
    );

    let dir = tempfile::tempdir().expect("temp dir");
    let target = dir.path().join("offline.db");
    let mut checked_out = team::checkout(
        &mut db.client(),
        &db.name,
        &target,
        common::ANALYST,
        |_, _| {},
    )
    .expect("checked out");
    checked_out
        .wait_until_verified()
        .expect("the copy is sound");
    assert_eq!(every_row(checked_out.conn()), before);
    // The search index was rebuilt from the articles.
    let found: i64 = checked_out
        .conn()
        .query_row(
            "SELECT count(*) FROM article_search WHERE article_search MATCH 'rocket*'",
            [],
            |row| row.get(0),
        )
        .expect("search runs");
    let expected: i64 = original
        .query_row(
            "SELECT count(*) FROM article_search WHERE article_search MATCH 'rocket*'",
            [],
            |row| row.get(0),
        )
        .expect("search runs");
    assert!(expected > 0);
    assert_eq!(found, expected);
}

#[test]
fn publish_and_init_refuse_to_write_over_a_team_project() {
    let Some(db) = TeamDatabase::new() else {
        return;
    };
    let err = db
        .publish(Path::new(SAMPLE))
        .expect_err("no team project yet");
    assert!(matches!(err, TeamError::NotATeamProject { .. }), "{err}");
    assert!(err.to_string().contains("spanline team init"), "{err}");

    db.init();
    let err = team::schema::init(&mut db.client(), &db.name).expect_err("initialised once");
    assert!(matches!(err, TeamError::AlreadyInitialised { .. }), "{err}");

    db.publish(Path::new(SAMPLE)).expect("published");
    let before = team::counts(&mut db.client(), &db.name).expect("counted");
    let err = db.publish(Path::new(SAMPLE)).expect_err("published once");
    assert!(matches!(err, TeamError::NotEmpty { .. }), "{err}");
    assert_eq!(
        team::counts(&mut db.client(), &db.name).expect("counted"),
        before
    );
}

#[test]
fn a_checkout_never_replaces_a_file_and_refuses_what_breaks_the_projects_rules() {
    let Some(db) = TeamDatabase::published() else {
        return;
    };
    let dir = tempfile::tempdir().expect("temp dir");

    let existing = dir.path().join("mine.db");
    std::fs::write(&existing, b"an analyst's file").expect("written");
    let err = team::checkout(
        &mut db.client(),
        &db.name,
        &existing,
        common::ANALYST,
        |_, _| {},
    )
    .err()
    .expect("an existing file is never replaced");
    assert!(err.to_string().contains("already exists"), "{err}");
    assert_eq!(
        std::fs::read(&existing).expect("read"),
        b"an analyst's file"
    );

    // A server someone tampered with: a rule of the project dropped and broken there.
    let mut admin = db.client();
    admin
        .batch_execute(
            "ALTER TABLE places DROP CONSTRAINT places_geo_precision_check;
             UPDATE places SET geo_precision = 9 WHERE place_id = (SELECT min(place_id) FROM places);",
        )
        .expect("tampered");
    let target = dir.path().join("offline.db");
    let err = team::checkout(
        &mut db.client(),
        &db.name,
        &target,
        common::ANALYST,
        |_, _| {},
    )
    .err()
    .expect("a row breaking the project's rules is refused");
    assert!(err.to_string().contains("places"), "{err}");
    assert!(!target.exists(), "no half copy is left");
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .expect("listed")
        .filter_map(Result::ok)
        .map(|entry| entry.file_name())
        .collect();
    assert_eq!(leftovers, vec![std::ffi::OsString::from("mine.db")]);
}

/// A login role made a member of one of the team's roles, dropped at the end.
struct Analyst<'a> {
    db: &'a TeamDatabase,
    name: String,
}

impl<'a> Analyst<'a> {
    fn new(db: &'a TeamDatabase, role: &str) -> Self {
        let name = format!("{role}_{}", uuid::Uuid::now_v7().simple());
        db.client()
            .batch_execute(&format!(
                "CREATE ROLE {name} LOGIN PASSWORD 'pw-{name}'; GRANT {role} TO {name};"
            ))
            .expect("analyst created");
        Self { db, name }
    }

    fn client(&self) -> postgres::Client {
        let password = format!("pw-{}", self.name);
        Address::parse(&self.db.address_as(Some((&self.name, &password))))
            .expect("parses")
            .connect()
            .expect("the analyst connects")
    }

    /// What the server answers to `sql` run as this analyst: the rows changed, or its refusal.
    fn run(&self, sql: &str) -> Result<u64, String> {
        self.client().execute(sql, &[]).map_err(|err| {
            err.as_db_error()
                .map_or(err.to_string(), |db| db.message().to_owned())
        })
    }
}

impl Analyst<'_> {
    /// Checks the server refuses `sql` from this analyst, for `reason`.
    fn refuses(&self, sql: &str, reason: &str, what: &str) {
        let refused = self.run(sql).expect_err(what);
        assert!(refused.contains(reason), "{what}: {refused}");
    }
}

impl Drop for Analyst<'_> {
    fn drop(&mut self) {
        let _ = self
            .db
            .client()
            .batch_execute(&format!("DROP ROLE IF EXISTS {}", self.name));
    }
}

#[test]
fn the_server_enforces_what_each_role_may_do() {
    let Some(db) = TeamDatabase::published() else {
        return;
    };
    let mut admin = db.client();
    admin
        .batch_execute(
            "UPDATE incidents SET status = 'draft'
             WHERE incident_id = (SELECT min(incident_id) FROM incidents);
             UPDATE incidents SET status = 'reviewed'
             WHERE incident_id = (SELECT max(incident_id) FROM incidents);",
        )
        .expect("one draft, one reviewed");
    let draft = "(SELECT min(incident_id) FROM incidents)";
    let reviewed = "(SELECT max(incident_id) FROM incidents)";

    let reader = Analyst::new(&db, "spanline_reader");
    let read: i64 = reader
        .client()
        .query_one("SELECT count(*) FROM incidents", &[])
        .expect("a reader reads")
        .get(0);
    assert_eq!(read, 25);
    reader.refuses(
        "DELETE FROM evidence_fields",
        "permission denied",
        "a reader writes nothing",
    );

    let coder = Analyst::new(&db, "spanline_coder");
    assert_eq!(
        coder.run(&format!(
            "UPDATE incidents SET summary = 'coded' WHERE incident_id = {draft}"
        )),
        Ok(1),
        "a coder edits a draft"
    );
    coder.refuses(
        &format!("UPDATE incidents SET status = 'reviewed' WHERE incident_id = {draft}"),
        "row-level security",
        "a coder does not mark an incident reviewed",
    );
    assert_eq!(
        coder.run(&format!(
            "UPDATE incidents SET summary = 'changed' WHERE incident_id = {reviewed}"
        )),
        Ok(0),
        "a reviewed incident is out of a coder's reach"
    );
    coder.refuses(
        "UPDATE vocab_terms SET label = 'x'",
        "permission denied",
        "the codebook is not a coder's",
    );
    coder.refuses(
        "DELETE FROM change_log",
        "permission denied",
        "the change log is only added to",
    );

    let reviewer = Analyst::new(&db, "spanline_reviewer");
    assert_eq!(
        reviewer.run(&format!(
            "UPDATE incidents SET status = 'reviewed' WHERE incident_id = {draft}"
        )),
        Ok(1),
        "a reviewer accepts a draft"
    );
    let codebook = Analyst::new(&db, "spanline_codebook");
    assert_eq!(
        codebook
            .run("UPDATE vocab_terms SET label = label || '' WHERE vocabulary = 'weapon'")
            .map(|n| n > 0),
        Ok(true)
    );
}

#[test]
fn a_wrong_password_or_an_unreachable_server_is_a_clear_error() {
    let Some(db) = TeamDatabase::new() else {
        return;
    };
    let wrong =
        Address::parse(&db.address_as(Some(("postgres", "not-the-password")))).expect("parses");
    let err = wrong.connect().err().expect("refused");
    let text = err.to_string();
    assert!(text.contains("password authentication failed"), "{text}");
    assert!(!text.contains("not-the-password"), "{text}");
}

/// Every record of a project, as the store reads them (what two analysts' copies must agree on).
fn records_of(project: &Project) -> spanline::model::Snapshot {
    spanline::merge::source::read_records(project.conn()).expect("records read")
}

fn incident(project: &Project, id: spanline::model::IncidentId) -> spanline::model::Incident {
    match spanline::store::records::get(project.conn(), spanline::model::RecordKey::Incident(id))
        .expect("read")
    {
        Some(spanline::model::Record::Incident(incident)) => *incident,
        other => panic!("incident {id} is {other:?}"),
    }
}

fn set_summary(
    project: &Project,
    id: spanline::model::IncidentId,
    summary: &str,
) -> spanline::store::change::Change {
    let mut changed = incident(project, id);
    changed.summary = summary.to_owned();
    spanline::store::change::Change::new(
        "set summary",
        vec![spanline::store::change::Edit::Put(
            spanline::model::Record::Incident(Box::new(changed)),
        )],
    )
}

/// Sets an incident's summary through a team session.
fn summarise(
    session: &mut team::TeamSession,
    project: &mut Project,
    id: spanline::model::IncidentId,
    summary: &str,
) -> Result<spanline::store::change::Touched, TeamError> {
    let change = set_summary(project, id, summary);
    session.run(project, change)
}

#[test]
fn two_analysts_on_one_server_see_each_others_work_and_a_stale_edit_is_refused() {
    let Some(db) = TeamDatabase::published() else {
        return;
    };
    let address = Address::parse(&db.address()).expect("parses");
    let dir = tempfile::tempdir().expect("temp dir");
    let (mut alice, mut alices) =
        team::TeamSession::join(&address, &dir.path().join("alice.db"), "alice").expect("joins");
    let (mut bob, mut bobs) =
        team::TeamSession::join(&address, &dir.path().join("bob.db"), "bob").expect("joins");
    let bob_hears = team::listen(&address).expect("listens");
    let id = records_of(&alices).incidents[0].incident_id;

    // Alice codes; Bob hears of it and catches up.
    let touched = summarise(&mut alice, &mut alices, id, "Alice's summary").expect("stored");
    assert!(touched.incidents.contains(&id));
    assert!(
        bob_hears.wait(std::time::Duration::from_secs(5)).is_some(),
        "Bob is told within seconds"
    );
    let touched = bob.catch_up(&mut bobs).expect("caught up");
    assert!(touched.incidents.contains(&id), "{touched:?}");
    assert_eq!(incident(&bobs, id).summary, "Alice's summary");

    // Bob changes it again; Alice, not caught up, is refused and keeps nothing of her edit.
    summarise(&mut bob, &mut bobs, id, "Bob's summary").expect("stored");
    let err = summarise(&mut alice, &mut alices, id, "Alice's second try")
        .expect_err("a stale edit is refused");
    let TeamError::Stale(stale) = &err else {
        panic!("refused as stale: {err}");
    };
    assert_eq!(stale.analyst, "bob");
    assert!(
        err.to_string().contains("bob changed this incident"),
        "{err}"
    );
    assert_eq!(incident(&alices, id).summary, "Alice's summary");
    // Caught up, she sees Bob's value and may apply hers again.
    alice.catch_up(&mut alices).expect("caught up");
    assert_eq!(incident(&alices, id).summary, "Bob's summary");
    summarise(&mut alice, &mut alices, id, "Alice's second try").expect("stored once caught up");

    // A new article and an incident coded from it reach Bob, search included; a removal too.
    let article = common::article(common::MIXED_TEXT);
    alice
        .run(
            &mut alices,
            spanline::edit::commands::import_articles(vec![article.clone()]),
        )
        .expect("article stored");
    let (start, end) = common::span_of(&article.text, "seven rockets hit the Green Zone");
    let (change, new_incident) = spanline::edit::commands::new_incident_from_span(
        &article.text,
        spanline::model::Span {
            article_id: article.article_id,
            start,
            end,
        },
        &spanline::model::Stamp::now("alice"),
    )
    .expect("span fits");
    alice.run(&mut alices, change).expect("incident stored");
    let gone = records_of(&alices).evidence[0].evidence_id;
    alice
        .run(
            &mut alices,
            spanline::store::change::Change::new(
                "delete evidence",
                vec![spanline::store::change::Edit::Delete(
                    spanline::model::RecordKey::Evidence(gone),
                )],
            ),
        )
        .expect("removal stored");
    let found = |project: &Project| -> i64 {
        project
            .conn()
            .query_row(
                "SELECT count(*) FROM article_search WHERE article_search MATCH 'truce'",
                [],
                |row| row.get(0),
            )
            .expect("search runs")
    };
    let before = found(&bobs);
    bob.catch_up(&mut bobs).expect("caught up");
    assert_eq!(
        found(&bobs),
        before + 1,
        "Bob finds the new article's words"
    );
    assert_eq!(incident(&bobs, new_incident).incident_id, new_incident);

    // Both copies and the server agree, record for record.
    assert_eq!(records_of(&alices), records_of(&bobs));
    let mut third = team::checkout(
        &mut db.client(),
        &db.name,
        &dir.path().join("third.db"),
        "carol",
        |_, _| {},
    )
    .expect("checked out");
    third.wait_until_verified().expect("sound");
    assert_eq!(records_of(&third), records_of(&bobs));
    assert!(
        !records_of(&bobs)
            .evidence
            .iter()
            .any(|e| e.evidence_id == gone)
    );
}

#[test]
fn a_coders_copy_keeps_nothing_the_server_refuses() {
    let Some(db) = TeamDatabase::published() else {
        return;
    };
    db.client()
        .batch_execute("UPDATE incidents SET status = 'draft'")
        .expect("all drafts");
    let coder = Analyst::new(&db, "spanline_coder");
    let password = format!("pw-{}", coder.name);
    let address = Address::parse(&db.address_as(Some((&coder.name, &password)))).expect("parses");
    let dir = tempfile::tempdir().expect("temp dir");
    let (mut session, mut copy) =
        team::TeamSession::join(&address, &dir.path().join("coder.db"), "coder").expect("joins");
    let id = records_of(&copy).incidents[0].incident_id;
    summarise(&mut session, &mut copy, id, "coded").expect("a coder edits a draft");
    let mut reviewed = incident(&copy, id);
    reviewed.status = spanline::model::Status::Reviewed;
    let err = session
        .run(
            &mut copy,
            spanline::store::change::Change::new(
                "mark reviewed",
                vec![spanline::store::change::Edit::Put(
                    spanline::model::Record::Incident(Box::new(reviewed)),
                )],
            ),
        )
        .expect_err("only a reviewer marks reviewed");
    assert!(err.to_string().contains("row-level security"), "{err}");
    assert_eq!(
        incident(&copy, id).status,
        spanline::model::Status::Draft,
        "the copy keeps nothing the server refused"
    );
    assert_eq!(incident(&copy, id).summary, "coded");
}

#[test]
fn undo_is_refused_when_someone_has_since_changed_the_same_record() {
    let Some(db) = TeamDatabase::published() else {
        return;
    };
    let address = Address::parse(&db.address()).expect("parses");
    let dir = tempfile::tempdir().expect("temp dir");
    let (mut alice, mut alices) =
        team::TeamSession::join(&address, &dir.path().join("alice.db"), "alice").expect("joins");
    let (mut bob, mut bobs) =
        team::TeamSession::join(&address, &dir.path().join("bob.db"), "bob").expect("joins");
    let id = records_of(&alices).incidents[0].incident_id;
    let original = incident(&alices, id).summary;

    // Her own step undoes while nobody else touched it.
    summarise(&mut alice, &mut alices, id, "Alice's summary").expect("stored");
    let step = alice
        .undo_or_redo(&mut alices, true)
        .expect("undone")
        .expect("a step");
    assert!(step.touched.incidents.contains(&id));
    assert_eq!(incident(&alices, id).summary, original);
    alice.undo_or_redo(&mut alices, false).expect("redone");

    // Bob changes the same incident: her undo is refused, and nothing moves; also once her
    // copy holds Bob's change (as a window's does within a moment).
    bob.catch_up(&mut bobs).expect("caught up");
    summarise(&mut bob, &mut bobs, id, "Bob's summary").expect("stored");
    let err = alice
        .undo_or_redo(&mut alices, true)
        .expect_err("refused: Bob changed it since");
    assert!(matches!(err, TeamError::Stale(_)), "{err}");
    assert!(
        err.to_string().contains("bob changed this incident"),
        "{err}"
    );
    alice.catch_up(&mut alices).expect("caught up");
    let err = alice
        .undo_or_redo(&mut alices, true)
        .expect_err("still refused once caught up");
    assert!(matches!(err, TeamError::Stale(_)), "{err}");
    assert_eq!(incident(&alices, id).summary, "Bob's summary");
    assert_eq!(db.summary_on_server(id), "Bob's summary");
}

#[test]
fn the_connection_is_encrypted_and_the_servers_certificate_checked() {
    let Some(db) = TeamDatabase::new() else {
        return;
    };
    let Ok(authority) = std::env::var("PGSSLROOTCERT") else {
        use std::io::Write as _;
        let _ = writeln!(
            std::io::stderr(),
            "the TLS test did not run: the test server has no certificate (.ci/run makes one)"
        );
        return;
    };
    let password = std::env::var("PGPASSWORD").ok();
    let trusting = |name: &str| match name {
        "PGSSLROOTCERT" => Some(authority.clone()),
        "PGPASSWORD" => password.clone(),
        _ => None,
    };
    let address = Address::parse_with(&format!("{}?sslmode=require", db.address()), &trusting)
        .expect("parses");
    assert!(address.requires_tls());
    let mut client = address.connect().expect("connects over TLS");
    let encrypted: bool = client
        .query_one(
            "SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()",
            &[],
        )
        .expect("asked")
        .get(0);
    assert!(encrypted);

    // A server whose certificate no trusted authority signed is refused, not used in clear.
    let not_trusting = |name: &str| match name {
        "PGPASSWORD" => password.clone(),
        _ => None,
    };
    let err = Address::parse_with(&db.address(), &not_trusting)
        .expect("parses")
        .connect()
        .err()
        .expect("an unknown certificate is refused");
    assert!(err.to_string().contains("certificate"), "{err}");
}

/// Runs the command line; its standard output, after checking it succeeded.
fn spanline(args: &[&str]) -> String {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_spanline"))
        .args(args)
        .output()
        .expect("runs");
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn the_reading_commands_take_a_team_projects_address() {
    let Some(db) = TeamDatabase::published() else {
        return;
    };
    let dir = tempfile::tempdir().expect("temp dir");
    let address = db.address();
    assert!(spanline(&["stats", &address]).contains("incidents 25"));
    assert!(spanline(&["check", &address]).contains("a sound Spanline project"));
    let export = dir.path().join("team.geojson");
    spanline(&[
        "export",
        &address,
        "--format",
        "geojson",
        "-o",
        &export.display().to_string(),
    ]);
    let from_file = dir.path().join("file.geojson");
    spanline(&[
        "export",
        SAMPLE,
        "--format",
        "geojson",
        "-o",
        &from_file.display().to_string(),
    ]);
    assert_eq!(
        std::fs::read(&export).expect("written"),
        std::fs::read(&from_file).expect("written"),
        "the team project exports as its file did"
    );
    let drafts: serde_json::Value =
        serde_json::from_str(&spanline(&["draft", &address, "--json"])).expect("JSON");
    assert!(drafts.as_array().is_some_and(|d| !d.is_empty()));
    // Nothing is left behind of the temporary copies.
    let leftovers = std::fs::read_dir(std::env::temp_dir())
        .expect("listed")
        .filter_map(Result::ok)
        .filter(|e| {
            e.file_name()
                .to_string_lossy()
                .starts_with("spanline-team-")
        })
        .count();
    assert_eq!(leftovers, 0);
}

#[test]
fn an_offline_copys_work_comes_back_by_merge_and_imports_reach_the_server() {
    let Some(db) = TeamDatabase::published() else {
        return;
    };
    let dir = tempfile::tempdir().expect("temp dir");
    let address = db.address();
    let offline = dir.path().join("offline.db");
    spanline(&["checkout", &address, &offline.display().to_string()]);

    // Coded on the road.
    let mut copy = Project::open(&offline, "field.analyst").expect("opens");
    let id = records_of(&copy).incidents[0].incident_id;
    copy.run(set_summary(&copy, id, "coded offline"))
        .expect("stored in the copy");
    drop(copy);
    spanline(&["merge", &address, &offline.display().to_string()]);
    assert_eq!(db.summary_on_server(id), "coded offline");
    let mut client = db.client();
    let logged: i64 = client
        .query_one(
            "SELECT count(*) FROM change_log WHERE analyst = 'field.analyst'",
            &[],
        )
        .expect("counted")
        .get(0);
    assert!(logged >= 1, "the copy's change log came along");

    let report = dir.path().join("report.txt");
    std::fs::write(
        &report,
        "Drone strike near Tower 22\n\nA one-way attack drone struck a base in Jordan.",
    )
    .expect("written");
    spanline(&["import", &address, &report.display().to_string()]);
    assert!(spanline(&["stats", &address]).contains("articles 7"));
}

#[test]
fn the_server_searches_the_team_projects_articles_folding_arabic_as_the_file_does() {
    let Some(db) = TeamDatabase::published() else {
        return;
    };
    let address = db.address();
    let titles = |out: String| -> Vec<String> {
        let mut lines: Vec<String> = out
            .lines()
            .map(|line| line.split_once("  ").map_or("", |(_, t)| t).to_owned())
            .collect();
        lines.sort();
        lines
    };
    for words in ["green zone", "Rockets", "حزب الله"] {
        let on_server = titles(spanline(&["search", &address, words]));
        let in_file = titles(spanline(&["search", SAMPLE, words]));
        assert!(!on_server.is_empty(), "{words}");
        assert_eq!(on_server, in_file, "{words}");
    }
    // Written with its hamza and vowel marks or without, an Arabic word is found alike.
    let plain = titles(spanline(&["search", &address, "كتائب"]));
    let marked = titles(spanline(&["search", &address, "كَتائِب"]));
    assert!(!plain.is_empty());
    assert_eq!(plain, marked);
}

#[test]
fn a_team_projects_copy_opened_without_its_server_refuses_changes() {
    let Some(db) = TeamDatabase::published() else {
        return;
    };
    let address = Address::parse(&db.address()).expect("parses");
    let dir = tempfile::tempdir().expect("temp dir");
    let replica = dir.path().join("copy.db");
    drop(team::TeamSession::join(&address, &replica, "alice").expect("joins"));

    // Opened as a plain file, the copy changes nothing: what it wrote would never reach the
    // server.
    let mut copy = Project::open(&replica, "alice").expect("opens");
    let id = records_of(&copy).incidents[0].incident_id;
    let err = copy
        .run(set_summary(&copy, id, "behind the server's back"))
        .expect_err("refused");
    assert!(err.to_string().contains("open the team project"), "{err}");
    let before = incident(&copy, id).summary;
    drop(copy);
    let report = dir.path().join("report.txt");
    std::fs::write(&report, "A report\n\nRockets hit a base.").expect("written");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_spanline"))
        .args([
            "import",
            &replica.display().to_string(),
            &report.display().to_string(),
        ])
        .output()
        .expect("runs");
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("open the team project"));
    let copy = Project::open(&replica, "alice").expect("opens");
    assert_eq!(incident(&copy, id).summary, before);
    assert_eq!(
        spanline::store::meta::counts(copy.conn())
            .expect("counted")
            .articles,
        6
    );
}

#[test]
fn a_session_connects_again_after_the_server_closed_its_connection() {
    let Some(db) = TeamDatabase::published() else {
        return;
    };
    let address = Address::parse(&db.address()).expect("parses");
    let dir = tempfile::tempdir().expect("temp dir");
    let (mut alice, mut alices) =
        team::TeamSession::join(&address, &dir.path().join("alice.db"), "alice").expect("joins");
    let id = records_of(&alices).incidents[0].incident_id;
    // The server drops every connection to the team project (a restart, say).
    let dropped: i64 = db
        .client()
        .query_one(
            "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity
             WHERE datname = current_database() AND pid <> pg_backend_pid()",
            &[],
        )
        .expect("dropped")
        .get(0);
    assert!(dropped >= 1);
    std::thread::sleep(std::time::Duration::from_millis(200));
    summarise(&mut alice, &mut alices, id, "after the restart").expect("stored anyway");
    assert_eq!(db.summary_on_server(id), "after the restart");
}
