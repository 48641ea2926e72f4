//! A load benchmark of a team project: simulated analysts coding one project at once for a
//! while, each with its own copy, against a PostgreSQL server on loopback.
//!
//! ```sh
//! source .ci/postgres.sh            # a throwaway server (or set SPANLINE_TEST_POSTGRES)
//! cargo bench --bench team_load     # 20 analysts for 60 s, flat out
//! ```
//!
//! `SPANLINE_LOAD_ANALYSTS` and `SPANLINE_LOAD_SECONDS` change the defaults;
//! `SPANLINE_LOAD_PAUSE_MS` gives each analyst a pause between steps (half to one and a half
//! times it) as a person reading would take.
//!
//! Each analyst loops: bring in what the server announced others wrote, then one coding step
//! (a new incident from words of an article, or a changed summary of any incident). A step
//! the server refuses as stale is caught up and counted. One more client keeps dying in the
//! middle of a write (its connection dropped with the write lock held and a row written).
//! At the end every copy catches up and is compared with the others and with the server.
//! Prints the steps, the p50 / p99 of a coding step and of the time until another analyst's
//! copy holds it, and whether anything was lost.

use std::collections::HashMap;
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use spanline::model::{Record, Snapshot, Span, Stamp};
use spanline::store::Project;
use spanline::store::change::{Change, Edit};
use spanline::team::{self, Address, TeamError, TeamSession};

/// When each change's step began (the analyst's key press), by change id: the start of the
/// time until others hold it.
type Stored = Arc<Mutex<HashMap<String, Instant>>>;

#[derive(Default)]
struct Tally {
    steps: usize,
    stale: usize,
    errors: Vec<String>,
    step_times: Vec<Duration>,
    /// When each change announced was in this analyst's copy, by change id.
    arrivals: Vec<(String, Instant)>,
}

// The allocator the application runs with (src/main.rs), so the figures are the app's.
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let Ok(server) = std::env::var("SPANLINE_TEST_POSTGRES") else {
        println!("team_load did not run: no PostgreSQL server (source .ci/postgres.sh first)");
        return;
    };
    let analysts: usize = env_number("SPANLINE_LOAD_ANALYSTS", 20);
    let seconds: u64 = env_number("SPANLINE_LOAD_SECONDS", 60);
    let name = format!("spanline_load_{}", uuid::Uuid::now_v7().simple());
    let admin = Address::parse(&server).expect("the server's address parses");
    admin
        .connect()
        .expect("the server answers")
        .batch_execute(&format!("CREATE DATABASE {name}"))
        .expect("a database for the run");
    let (base, _) = server.rsplit_once('/').expect("an address with a database");
    let address = Address::parse(&format!("{base}/{name}")).expect("parses");
    let mut client = address.connect().expect("connects");
    team::schema::init(&mut client, &name).expect("team init");
    let sample = Project::open_foreign(Path::new("sample_db/spanline-sample.db")).expect("sample");
    team::publish(&sample, &mut client, &name, |_, _| {}).expect("published");
    let dir = tempfile::tempdir().expect("temp dir");

    println!(
        "{analysts} analysts coding for {seconds} s on {}",
        address.shown()
    );
    let stored: Stored = Arc::default();
    let stop = Arc::new(AtomicBool::new(false));
    let deadline = Instant::now() + Duration::from_secs(seconds);
    let workers: Vec<_> = (0..analysts)
        .map(|n| {
            let (address, stored) = (address.clone(), stored.clone());
            let replica = dir.path().join(format!("analyst{n}.db"));
            std::thread::spawn(move || analyst(n, &address, &replica, deadline, &stored))
        })
        .collect();
    let dying = {
        let (address, stop) = (address.clone(), stop.clone());
        std::thread::spawn(move || keep_dying_mid_write(&address, &stop))
    };
    let mut tally = Tally::default();
    let mut copies = Vec::new();
    for worker in workers {
        let (one, copy) = worker.join().expect("an analyst's thread ends");
        tally.steps += one.steps;
        tally.stale += one.stale;
        tally.errors.extend(one.errors);
        tally.step_times.extend(one.step_times);
        tally.arrivals.extend(one.arrivals);
        copies.push(copy);
    }
    stop.store(true, Ordering::Relaxed);
    let deaths = dying.join().expect("the dying client ends");

    // Everyone catches up; every copy and the server hold the same records.
    let mut states = Vec::new();
    for (mut session, mut project) in copies {
        session.catch_up(&mut project).expect("caught up");
        states.push(records_of(&project));
    }
    let server_copy = team::checkout(
        &mut client,
        &name,
        &dir.path().join("server.db"),
        "check",
        |_, _| {},
    )
    .expect("checked out");
    let on_server = records_of(&server_copy);
    let converged = states.iter().all(|state| *state == on_server);
    let changes_stored: i64 = client
        .query_one(
            "SELECT count(DISTINCT change_id) FROM change_log WHERE analyst LIKE 'analyst%'",
            &[],
        )
        .expect("counted")
        .get(0);
    let dead_rows: i64 = client
        .query_one(
            "SELECT count(*) FROM incidents WHERE created_by = 'killed mid-write'",
            &[],
        )
        .expect("counted")
        .get(0);

    let minutes = seconds as f64 / 60.0;
    println!(
        "steps stored: {} ({:.0} a minute); refused as stale and retried: {}; errors: {}",
        tally.steps,
        tally.steps as f64 / minutes,
        tally.stale,
        tally.errors.len()
    );
    for error in tally.errors.iter().take(5) {
        println!("  error: {error}");
    }
    println!(
        "coding step (to the server and the copy, then caught up): p50 {} · p99 {}",
        percentile(&mut tally.step_times, 50),
        percentile(&mut tally.step_times, 99)
    );
    // From the writer's key press to another analyst's copy holding it (the writer's own
    // step included: the server's commit happens inside it).
    let stored = stored.lock().expect("not poisoned");
    let mut seen_after: Vec<Duration> = tally
        .arrivals
        .iter()
        .filter_map(|(id, at)| Some(at.saturating_duration_since(*stored.get(id)?)))
        .collect();
    println!(
        "from the key press to another analyst's copy holding it: p50 {} · p99 {} ({} observations)",
        percentile(&mut seen_after, 50),
        percentile(&mut seen_after, 99),
        seen_after.len()
    );
    println!(
        "changes on the server: {changes_stored} of {} stored; every copy equals the server: {converged}",
        tally.steps
    );
    println!("a client killed mid-write {deaths} times: rows of it on the server: {dead_rows}");
    drop((server_copy, client));
    if let Ok(mut admin) = admin.connect() {
        let _ = admin.batch_execute(&format!("DROP DATABASE {name} WITH (FORCE)"));
    }
    assert!(converged, "every copy converges to the server");
    assert_eq!(changes_stored as usize, tally.steps, "no change lost");
    assert_eq!(dead_rows, 0, "nothing of a killed write stays");
}

fn env_number<T: std::str::FromStr>(name: &str, default: T) -> T {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn records_of(project: &Project) -> Snapshot {
    spanline::merge::source::read_records(project.conn()).expect("records read")
}

fn percentile(times: &mut [Duration], p: usize) -> String {
    if times.is_empty() {
        return "–".into();
    }
    times.sort_unstable();
    let at = ((times.len() - 1) * p).div_ceil(100);
    format!("{:.1} ms", times[at].as_secs_f64() * 1000.0)
}

/// One analyst: joins, then codes until the deadline.
fn analyst(
    n: usize,
    address: &Address,
    replica: &Path,
    deadline: Instant,
    stored: &Stored,
) -> (Tally, (TeamSession, Project)) {
    let me = format!("analyst{n}");
    let (mut session, mut project) = TeamSession::join(address, replica, &me).expect("joins");
    let told = team::listen(address).expect("listens");
    let mut rng = fastrand::Rng::with_seed(n as u64);
    let mut tally = Tally::default();
    let articles = records_of(&project).articles;
    let pause = Duration::from_millis(env_number("SPANLINE_LOAD_PAUSE_MS", 0));
    while Instant::now() < deadline {
        // An analyst reads between steps (0: codes flat out); meanwhile their window brings
        // in what others store as soon as it is announced.
        let reading_until = Instant::now()
            + if pause.is_zero() {
                Duration::ZERO
            } else {
                pause.mul_f64(0.5 + rng.f64())
            };
        loop {
            let left = reading_until.saturating_duration_since(Instant::now());
            let mut announced: Vec<String> = told.wait(left).into_iter().collect();
            announced.extend(told.announced());
            if !announced.is_empty() {
                bring_in(&mut session, &mut project, &announced, &mut tally);
            }
            if Instant::now() >= reading_until {
                break;
            }
        }
        let change = coding_step(&project, &articles, &me, &mut rng);
        let started = Instant::now();
        match session.run(&mut project, change) {
            Ok(_) => {
                tally.step_times.push(started.elapsed());
                tally.steps += 1;
                if let Some(id) = my_last_change(&project, &me) {
                    stored.lock().expect("not poisoned").insert(id, started);
                }
            }
            Err(TeamError::Stale(_)) => {
                tally.stale += 1;
                if let Err(err) = session.catch_up(&mut project) {
                    tally.errors.push(err.to_string());
                }
            }
            Err(err) => tally.errors.push(err.to_string()),
        }
    }
    (tally, (session, project))
}

/// Catches up with the changes announced, noting how long after being stored each arrived.
fn bring_in(
    session: &mut TeamSession,
    project: &mut Project,
    announced: &[String],
    tally: &mut Tally,
) {
    match session.catch_up(project) {
        Ok(_) => {
            let now = Instant::now();
            tally
                .arrivals
                .extend(announced.iter().map(|id| (id.clone(), now)));
        }
        Err(err) => tally.errors.push(err.to_string()),
    }
}

/// A new incident from twenty characters of an article (one step in three), else a changed
/// summary of any incident.
fn coding_step(
    project: &Project,
    articles: &[spanline::model::Article],
    me: &str,
    rng: &mut fastrand::Rng,
) -> Change {
    let incidents: Vec<String> = {
        let mut stmt = project
            .conn()
            .prepare_cached("SELECT incident_id FROM incidents")
            .expect("query");
        stmt.query_map([], |row| row.get(0))
            .expect("rows")
            .collect::<Result<_, _>>()
            .expect("ids")
    };
    if rng.usize(0..3) == 0 || incidents.is_empty() {
        let article = &articles[rng.usize(0..articles.len())];
        let length = article.text.chars().count();
        let start = rng.usize(0..length.saturating_sub(21).max(1));
        let (change, _) = spanline::edit::commands::new_incident_from_span(
            &article.text,
            Span {
                article_id: article.article_id,
                start,
                end: (start + 20).min(length),
            },
            &Stamp::now(me),
        )
        .expect("the span fits");
        return change;
    }
    let id = incidents[rng.usize(0..incidents.len())]
        .parse()
        .expect("an incident id");
    let Ok(Some(Record::Incident(mut incident))) =
        spanline::store::records::get(project.conn(), spanline::model::RecordKey::Incident(id))
    else {
        panic!("incident {id} reads");
    };
    incident.summary = format!("{me} at {}", jiff::Timestamp::now());
    Change::new("set summary", vec![Edit::Put(Record::Incident(incident))])
}

fn my_last_change(project: &Project, me: &str) -> Option<String> {
    project
        .conn()
        .query_row(
            "SELECT change_id FROM change_log WHERE analyst = ?1 ORDER BY rowid DESC LIMIT 1",
            [me],
            |row| row.get(0),
        )
        .ok()
}

/// A client that keeps being killed in the middle of a write: the write lock taken and an
/// incident written, then the connection dropped without a commit. Returns how many times.
fn keep_dying_mid_write(address: &Address, stop: &AtomicBool) -> usize {
    let mut deaths = 0;
    while !stop.load(Ordering::Relaxed) {
        std::thread::sleep(Duration::from_millis(700));
        let Ok(mut client) = address.connect() else {
            continue;
        };
        let written = client.batch_execute(
            "BEGIN;
             SELECT pg_advisory_xact_lock(1397771342);
             INSERT INTO incidents (incident_id, status, created_at, created_by, updated_at, updated_by)
             VALUES (gen_random_uuid()::text, 'draft', 'now', 'killed mid-write', 'now', 'x');",
        );
        if written.is_ok() {
            deaths += 1;
        }
        // Killed: the connection goes without a word.
        drop(client);
    }
    deaths
}
