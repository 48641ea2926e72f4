//! Importing a page from a web address end to end, on loopback: fetched over HTTP from a local
//! server, read through Readability, stored as an article (and undone, so each sample imports
//! anew). `cargo bench --bench web`.

use std::io::{BufRead, BufReader, Write};
use std::net::TcpListener;
use std::time::Duration;

use divan::{AllocProfiler, Bencher};
use spanline::import::{self, PageImport, web};
use spanline::store::Project;

#[global_allocator]
static ALLOC: AllocProfiler<mimalloc::MiMalloc> = AllocProfiler::new(mimalloc::MiMalloc);

fn main() {
    divan::main();
}

/// A news page of about 90 KB, as news sites serve them: scripts and menus around an article
/// of 100 paragraphs.
fn page() -> String {
    let paragraph = "<p>Shortly before midnight on Tuesday, seven rockets were fired from the east \
        side of Baghdad towards the Green Zone, where the US embassy sits; four landed inside it, \
        the Iraqi military said in a statement, and the others hit nearby districts.</p>\n";
    let menu: String = (0..60)
        .map(|i| format!("<li><a href=\"/section/{i}\">Section {i}</a></li>"))
        .collect();
    let script = "var tracking = {consent: false, ids: [1, 2, 3]};\n".repeat(1_200);
    format!(
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">\
         <script>{script}</script>\
         <title>Rockets hit the Green Zone | Loopback News</title>\
         <meta property=\"og:site_name\" content=\"Loopback News\">\
         <meta property=\"article:published_time\" content=\"2020-11-18T08:00:00Z\">\
         </head><body><nav><ul>{menu}</ul></nav><article><h1>Rockets hit the Green Zone</h1>\
         {}</article><footer><ul>{menu}</ul></footer></body></html>",
        paragraph.repeat(100)
    )
}

/// Serves `body` to every request, each on its own thread, until the process ends.
fn serve(body: String) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").expect("a loopback port");
    let address = format!(
        "http://{}/news/green-zone",
        listener.local_addr().expect("address")
    );
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let body = body.clone();
            std::thread::spawn(move || {
                let mut reader = BufReader::new(stream);
                let mut line = String::new();
                while reader.read_line(&mut line).is_ok_and(|n| n > 2) {
                    line.clear();
                }
                let mut stream = reader.into_inner();
                let head = format!(
                    "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\
                     Content-Length: {}\r\nConnection: close\r\n\r\n",
                    body.len()
                );
                let _ = stream.write_all(head.as_bytes());
                let _ = stream.write_all(body.as_bytes());
            });
        }
    });
    address
}

#[divan::bench(sample_count = 20, sample_size = 1)]
fn fetch_read_and_store_a_page(bencher: Bencher) {
    let body = page();
    eprintln!("page: {} KB", body.len() / 1024);
    let address = serve(body);
    let dir = tempfile::tempdir().expect("temp dir");
    let mut project = Project::create(&dir.path().join("p.db"), "bench").expect("project");
    bencher.bench_local(|| {
        let fetched = web::fetch(&address, Duration::from_secs(20)).expect("fetched");
        let parsed = web::read(&fetched).expect("read");
        let imported = import::import_page(&mut project, parsed).expect("stored");
        assert!(matches!(imported, PageImport::Imported(_)));
        project.undo().expect("undone");
    });
}
