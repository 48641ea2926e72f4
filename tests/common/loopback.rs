//! A small HTTP server on 127.0.0.1 for tests that fetch: each request answered on its own
//! thread by a function of its path; the server stops by itself after 30 seconds.

use std::io::{BufRead, BufReader, Write};
use std::net::TcpListener;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// What the server answers to one request.
pub struct Reply {
    pub status: &'static str,
    pub headers: Vec<(&'static str, String)>,
    pub body: Vec<u8>,
    /// Waited before answering (a slow server).
    pub delay: Duration,
}

impl Reply {
    pub fn ok(content_type: &'static str, body: impl Into<Vec<u8>>) -> Self {
        Self {
            status: "200 OK",
            headers: vec![("Content-Type", content_type.to_owned())],
            body: body.into(),
            delay: Duration::ZERO,
        }
    }

    pub fn status(status: &'static str) -> Self {
        Self {
            status,
            headers: Vec::new(),
            body: status.as_bytes().to_vec(),
            delay: Duration::ZERO,
        }
    }

    pub fn redirect(to: &str) -> Self {
        Self {
            headers: vec![("Location", to.to_owned())],
            ..Self::status("302 Found")
        }
    }
}

/// Serves `reply(path)` to every request; returns "http://127.0.0.1:PORT" and the paths asked.
pub fn serve(
    reply: impl Fn(&str) -> Reply + Send + Sync + 'static,
) -> (String, Arc<Mutex<Vec<String>>>) {
    let listener = TcpListener::bind("127.0.0.1:0").expect("a loopback port");
    listener.set_nonblocking(true).expect("non-blocking");
    let address = format!("http://{}", listener.local_addr().expect("address"));
    let paths = Arc::new(Mutex::new(Vec::new()));
    let seen = paths.clone();
    let reply = Arc::new(reply);
    std::thread::spawn(move || {
        let until = Instant::now() + Duration::from_secs(30);
        while Instant::now() < until {
            let Ok((stream, _)) = listener.accept() else {
                std::thread::sleep(Duration::from_millis(5));
                continue;
            };
            let (reply, seen) = (reply.clone(), seen.clone());
            std::thread::spawn(move || {
                let _ = stream.set_nonblocking(false);
                let mut reader = BufReader::new(stream);
                let mut request = String::new();
                if reader.read_line(&mut request).is_err() {
                    return;
                }
                let mut line = String::new();
                while reader.read_line(&mut line).is_ok_and(|n| n > 2) {
                    line.clear();
                }
                let path = request.split_whitespace().nth(1).unwrap_or("/").to_owned();
                if let Ok(mut paths) = seen.lock() {
                    paths.push(path.clone());
                }
                let answer = reply(&path);
                std::thread::sleep(answer.delay);
                let mut head = format!(
                    "HTTP/1.1 {}\r\nContent-Length: {}\r\nConnection: close\r\n",
                    answer.status,
                    answer.body.len()
                );
                for (name, value) in &answer.headers {
                    head.push_str(&format!("{name}: {value}\r\n"));
                }
                head.push_str("\r\n");
                let mut stream = reader.into_inner();
                let _ = stream.write_all(head.as_bytes());
                let _ = stream.write_all(&answer.body);
            });
        }
    });
    (address, paths)
}
