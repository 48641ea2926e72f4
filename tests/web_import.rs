//! Importing web pages, from a server on the loopback address: a page, a redirect, a slow
//! server, a huge page, a 404 and a redirect loop; through the library and the command line.

mod common;

use std::time::Duration;

use common::loopback::{Reply, serve};
use spanline::import::web::{self, WebError};
use spanline::import::{PageImport, import_page};
use spanline::store::{Project, articles};

const PAGE: &str = "<html><head><title>Rockets hit Erbil airport</title>\
    <meta property=\"og:site_name\" content=\"Loopback News\"></head><body><nav>Home World Sport</nav>\
    <article><h1>Rockets hit Erbil airport</h1>\
    <p>Three rockets struck near Erbil airport on Monday night, officials said; one contractor was killed and five others were wounded.</p>\
    <p>No group claimed the attack, which came a day after a drone strike on a convoy near Baghdad, local security sources said.</p>\
    </article></body></html>";

fn server() -> String {
    serve(|path| match path {
        "/news/erbil" => Reply::ok("text/html; charset=utf-8", PAGE),
        "/old" => Reply::redirect("/news/erbil"),
        "/loop" => Reply::redirect("/loop"),
        "/slow" => Reply {
            delay: Duration::from_secs(3),
            ..Reply::ok("text/html", PAGE)
        },
        "/huge" => Reply::ok("text/html", vec![b'a'; (64 << 20) + 1]),
        _ => Reply::status("404 Not Found"),
    })
    .0
}

fn fetch(address: &str, time_out: Duration) -> Result<spanline::import::ParsedArticle, WebError> {
    web::fetch(address, time_out).and_then(|page| web::read(&page))
}

#[test]
fn a_page_imports_with_its_address_and_a_redirect_keeps_where_it_led() {
    let base = server();
    let dir = tempfile::tempdir().expect("temp dir");
    let (mut project, _) = common::new_project(dir.path());
    let parsed = fetch(&format!("{base}/old"), web::TIME_OUT).expect("fetched");
    assert_eq!(
        parsed.meta.url.as_deref(),
        Some(format!("{base}/news/erbil").as_str())
    );
    assert!(
        parsed.meta.title.contains("Rockets hit Erbil airport"),
        "{:?}",
        parsed.meta
    );
    assert!(
        !parsed.text.contains("Home World Sport"),
        "the page's menu is left out"
    );
    let PageImport::Imported(id) = import_page(&mut project, parsed.clone()).expect("stored")
    else {
        panic!("a new article");
    };
    let stored = articles::get(project.conn(), id)
        .expect("reads")
        .expect("there");
    assert!(
        stored
            .text
            .contains("Three rockets struck near Erbil airport")
    );
    assert_eq!(stored.meta.url, parsed.meta.url);
    assert_eq!(
        stored.source_name, parsed.meta.url,
        "named after its address"
    );
    assert_eq!(
        import_page(&mut project, parsed).expect("checked"),
        PageImport::Duplicate(id),
        "the same page twice is one article"
    );
}

#[test]
fn failures_name_the_address_and_say_what_went_wrong() {
    let base = server();
    let cases = [
        ("/missing", Duration::from_secs(10), "answered 404"),
        ("/loop", Duration::from_secs(10), "redirects"),
        (
            "/slow",
            Duration::from_secs(1),
            "no complete answer within 1 s",
        ),
        (
            "/huge",
            Duration::from_secs(20),
            "more than a report ever is",
        ),
    ];
    for (path, time_out, says) in cases {
        let address = format!("{base}{path}");
        let err = fetch(&address, time_out).expect_err(path).to_string();
        assert!(
            err.contains(&address) && err.contains(says),
            "{path}: {err}"
        );
    }
    let nowhere = fetch("http://127.0.0.1:9/x", Duration::from_secs(5)).expect_err("closed port");
    assert!(nowhere.to_string().contains("127.0.0.1:9"), "{nowhere}");
}

#[test]
fn the_command_line_imports_a_web_address_beside_files() {
    let base = server();
    let dir = tempfile::tempdir().expect("temp dir");
    let project = dir.path().join("web.db");
    let file = dir.path().join("note.txt");
    std::fs::write(
        &file,
        "A drone struck a convoy near Baghdad on Tuesday night.",
    )
    .expect("written");
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_spanline"))
        .arg("import")
        .arg(&project)
        .arg(format!("{base}/news/erbil"))
        .arg(&file)
        .arg(format!("{base}/missing"))
        .output()
        .expect("runs");
    let stderr = String::from_utf8_lossy(&output.stderr);
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(output.status.success(), "{stdout}\n{stderr}");
    assert!(
        stdout.contains("imported Rockets hit Erbil airport"),
        "{stdout}"
    );
    assert!(
        stderr.contains(&format!("{base}/missing: the server answered 404")),
        "{stderr}"
    );
    let project = Project::open(&project, "test").expect("opens");
    let urls: Vec<Option<String>> = articles::all(project.conn(), false)
        .expect("reads")
        .into_iter()
        .map(|a| a.meta.url)
        .collect();
    assert_eq!(urls.len(), 2, "the page and the file");
    assert!(urls.contains(&Some(format!("{base}/news/erbil"))));
}

#[test]
fn the_window_imports_a_web_address_and_opens_the_article() {
    use egui_kittest::kittest::Queryable;
    let base = server();
    let dir = tempfile::tempdir().expect("temp dir");
    let (project, path) = common::new_project(dir.path());
    drop(project);
    let mut harness = common::window::harness_on(&path);
    harness.key_press_modifiers(
        egui::Modifiers::COMMAND | egui::Modifiers::SHIFT,
        egui::Key::U,
    );
    harness.run();
    harness.get_by_label("Web address (https://…)").click();
    harness.run();
    harness
        .get_by_label("Web address (https://…)")
        .type_text(&format!("{base}/old"));
    harness.run();
    harness.get_by_label("Import").click();
    let until = std::time::Instant::now() + Duration::from_secs(10);
    while !harness.state().status().starts_with("Imported") && std::time::Instant::now() < until {
        harness.step();
        std::thread::sleep(Duration::from_millis(20));
    }
    harness.run();
    let status = harness.state().status().to_owned();
    assert_eq!(
        status,
        format!("Imported “Rockets hit Erbil airport” from {base}/news/erbil"),
        "{:?}",
        harness.state().error()
    );
    assert_eq!(
        harness.state().open_article_title(),
        Some("Rockets hit Erbil airport")
    );
    assert!(
        harness.query_by_label("Web address (https://…)").is_none(),
        "the window closed"
    );
    // One undo step takes it back out.
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    harness.run();
    let conn = harness.state().project().expect("open").conn();
    assert!(articles::all(conn, false).expect("reads").is_empty());
}

#[test]
fn hostile_servers_store_nothing_false_and_lead_nowhere_private() {
    // A second server on another port: a page elsewhere may not send us to it.
    let (elsewhere, asked_elsewhere) = serve(|_| Reply::ok("text/html; charset=utf-8", PAGE));
    let target = format!("{elsewhere}/private");
    let binary: Vec<u8> = (0..4096u32).map(|i| (i * 7919 % 251) as u8).collect();
    let (base, _) = serve(move |path| match path {
        "/news/erbil" => Reply::ok("text/html; charset=utf-8", PAGE),
        "/to-another-port" => Reply::redirect(&target),
        "/binary-with-charset" => Reply::ok("text/html; charset=windows-1256", binary.clone()),
        "/deflated" => Reply {
            headers: vec![
                ("Content-Type", "text/html; charset=utf-8".to_owned()),
                ("Content-Encoding", "deflate".to_owned()),
            ],
            ..Reply::ok("text/html", binary.clone())
        },
        _ => Reply::status("404 Not Found"),
    });
    let err = fetch(&format!("{base}/to-another-port"), Duration::from_secs(10))
        .expect_err("not followed")
        .to_string();
    assert!(
        err.contains("not followed") && err.contains(&elsewhere),
        "{err}"
    );
    assert!(
        asked_elsewhere.lock().expect("paths").is_empty(),
        "the other server was never asked"
    );
    for (path, says) in [
        ("/binary-with-charset", "binary data"),
        ("/deflated", "compressed"),
    ] {
        let err = fetch(&format!("{base}{path}"), Duration::from_secs(10))
            .expect_err(path)
            .to_string();
        assert!(err.contains(says), "{path}: {err}");
    }
    // Credentials typed in the address are neither kept nor shown.
    let with_credentials = base.replacen("http://", "http://ana:secret@", 1);
    let parsed = fetch(
        &format!("{with_credentials}/news/erbil"),
        Duration::from_secs(10),
    )
    .expect("fetched");
    let kept = parsed.meta.url.expect("an address");
    assert_eq!(kept, format!("{base}/news/erbil"));
    assert!(!kept.contains("secret"));
}
