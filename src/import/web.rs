//! Articles from a web address: the page fetched (`ureq` over rustls) with a time-out, a size
//! limit and a bounded number of redirects, then read as a saved page is (the same Readability
//! step), keeping the address it was finally fetched from; the retrieval time is the article's
//! import time.

use std::time::Duration;

use super::source_file::{self, MAX_FILE_BYTES, ReadError};
use super::{ParsedArticle, parse};
use crate::model::SourceFormat;

/// How long a page may take, from connecting to its last byte.
pub const TIME_OUT: Duration = Duration::from_secs(20);
/// Redirects followed before giving up (a loop ends here).
pub const MOST_REDIRECTS: u32 = 5;

/// Why a page could not be fetched or read; each names the address.
#[derive(Debug, thiserror::Error)]
pub enum WebError {
    #[error("{0} is not a web address (it must start with http:// or https://)")]
    NotWeb(String),
    #[error("{url}: the server answered {status}")]
    Status { url: String, status: u16 },
    #[error("{0}: more than {MOST_REDIRECTS} redirects (a redirect loop?)")]
    Redirects(String),
    #[error("{url}: no complete answer within {} s", .time_out.as_secs())]
    TimedOut { url: String, time_out: Duration },
    #[error("{0}: larger than {MAX_FILE_BYTES} bytes, more than a report ever is")]
    TooLarge(String),
    #[error("{0}: no such host (or no network)")]
    NoHost(String),
    #[error("{url}: {reason}")]
    Failed { url: String, reason: String },
    #[error("{url}: {reason}")]
    Unreadable { url: String, reason: ReadError },
}

/// Whether `text` is meant as a web address rather than a file name.
pub fn is_web_address(text: &str) -> bool {
    let lower = text.trim().to_ascii_lowercase();
    lower.starts_with("http://") || lower.starts_with("https://")
}

/// A page as the server sent it.
#[derive(Debug)]
pub struct Fetched {
    /// Where it was finally fetched from, after redirects.
    pub url: String,
    pub bytes: Vec<u8>,
    /// The charset the server declared, if any.
    pub charset: Option<String>,
    pub plain_text: bool,
}

/// Fetches `url`, waiting at most `time_out` for the whole page. A user name or password in
/// the address is neither sent nor kept. Redirects are followed one by one: to the same
/// scheme, host and port, or to a public address (never from a page on the internet to this
/// machine or a private network), at most [`MOST_REDIRECTS`] of them.
pub fn fetch(url: &str, time_out: Duration) -> Result<Fetched, WebError> {
    let typed = url.trim();
    if !is_web_address(typed) {
        return Err(WebError::NotWeb(typed.to_owned()));
    }
    let mut address = url::Url::parse(typed)
        .map(without_credentials)
        .map_err(|err| WebError::Failed {
            url: shown(typed),
            reason: format!("not a valid address ({err})"),
        })?;
    let url = address.to_string();
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .max_redirects(0)
        .user_agent(concat!("Spanline/", env!("CARGO_PKG_VERSION")))
        .build()
        .into();
    let failed = |err: ureq::Error| match err {
        ureq::Error::StatusCode(status) => WebError::Status {
            url: url.clone(),
            status,
        },
        ureq::Error::Timeout(_) => WebError::TimedOut {
            url: url.clone(),
            time_out,
        },
        ureq::Error::BodyExceedsLimit(_) => WebError::TooLarge(url.clone()),
        ureq::Error::HostNotFound => WebError::NoHost(url.clone()),
        other => WebError::Failed {
            url: url.clone(),
            reason: other.to_string(),
        },
    };
    let started = std::time::Instant::now();
    let mut redirects = 0;
    let mut response = loop {
        let left = time_out.saturating_sub(started.elapsed());
        let response = agent
            .get(address.as_str())
            .config()
            .timeout_global(Some(left))
            .build()
            .call()
            .map_err(&failed)?;
        if !response.status().is_redirection() {
            break response;
        }
        redirects += 1;
        if redirects > MOST_REDIRECTS {
            return Err(WebError::Redirects(url.clone()));
        }
        let next = response
            .headers()
            .get("location")
            .and_then(|l| l.to_str().ok())
            .and_then(|location| address.join(location).ok())
            .map(without_credentials)
            .ok_or_else(|| WebError::Failed {
                url: url.clone(),
                reason: "the server redirected to no valid address".into(),
            })?;
        if let Err(why) = may_redirect(&address, &next) {
            return Err(WebError::Failed {
                url: url.clone(),
                reason: format!("redirected to {next}, not followed: {why}"),
            });
        }
        address = next;
    };
    let final_url = address.to_string();
    // A body still encoded after the client decoded what it reads (gzip) is not text.
    let encoding = response
        .headers()
        .get("content-encoding")
        .and_then(|e| e.to_str().ok())
        .map(str::trim)
        .filter(|e| !e.is_empty() && !e.eq_ignore_ascii_case("identity"));
    if let Some(encoding) = encoding {
        return Err(WebError::Failed {
            url: final_url,
            reason: format!(
                "the server sent it compressed as {encoding:?}, which Spanline does not read"
            ),
        });
    }
    let body = response.body_mut();
    let charset = body.charset().map(str::to_owned);
    let plain_text = body.mime_type() == Some("text/plain");
    let bytes = body
        .with_config()
        .limit(MAX_FILE_BYTES)
        .read_to_vec()
        .map_err(&failed)?;
    Ok(Fetched {
        url: final_url,
        bytes,
        charset,
        plain_text,
    })
}

/// An address as the analyst may see it in a message: without credentials when it parses.
fn shown(typed: &str) -> String {
    url::Url::parse(typed)
        .map(|u| without_credentials(u).to_string())
        .unwrap_or_else(|_| "the address".to_owned())
}

/// The address without a user name or password: they would be sent on to every server the
/// page redirects to, and stored in the project and every export of it.
fn without_credentials(mut address: url::Url) -> url::Url {
    // Only addresses that cannot hold credentials refuse these, and ours are http(s).
    let _ = address.set_username("");
    let _ = address.set_password(None);
    address
}

/// Whether a page at `from` may send the reader on to `to`: the same scheme, host and port,
/// or an http(s) address whose host is only on the public internet.
fn may_redirect(from: &url::Url, to: &url::Url) -> Result<(), String> {
    if !matches!(to.scheme(), "http" | "https") {
        return Err(format!("{} is not a web address", to.scheme()));
    }
    let same_site = from.scheme() == to.scheme()
        && from.host_str() == to.host_str()
        && from.port_or_known_default() == to.port_or_known_default();
    if same_site {
        return Ok(());
    }
    let host = to.host_str().ok_or("it names no host")?;
    let port = to.port_or_known_default().unwrap_or(80);
    let host = host.trim_start_matches('[').trim_end_matches(']');
    let found: Vec<std::net::IpAddr> = std::net::ToSocketAddrs::to_socket_addrs(&(host, port))
        .map_err(|err| format!("its host cannot be found ({err})"))?
        .map(|a| a.ip())
        .collect();
    match found.iter().find(|ip| !is_public(**ip)) {
        Some(ip) => Err(format!(
            "it leads to {ip}, this machine or a private network, where a page on another site may not send Spanline"
        )),
        None if found.is_empty() => Err("its host cannot be found".to_owned()),
        None => Ok(()),
    }
}

/// Whether `ip` is an address of the public internet: not this machine, a private or shared
/// network, a link, or a multicast or reserved range.
fn is_public(ip: std::net::IpAddr) -> bool {
    use std::net::IpAddr;
    match ip {
        IpAddr::V4(v4) => {
            let [a, b, ..] = v4.octets();
            !(v4.is_loopback()
                || v4.is_private()
                || v4.is_link_local()
                || v4.is_unspecified()
                || v4.is_broadcast()
                || v4.is_multicast()
                || v4.is_documentation()
                || a == 0
                || (a == 100 && (64..128).contains(&b))
                || a >= 240)
        }
        IpAddr::V6(v6) => {
            if let Some(v4) = v6.to_ipv4_mapped() {
                return is_public(IpAddr::V4(v4));
            }
            let first = v6.segments()[0];
            !(v6.is_loopback()
                || v6.is_unspecified()
                || v6.is_multicast()
                || (first & 0xfe00) == 0xfc00
                || (first & 0xffc0) == 0xfe80)
        }
    }
}

/// The article in a fetched page: its text decoded (the server's charset when the page is not
/// UTF-8 and declares none itself), read as HTML or plain text, its address kept.
pub fn read(page: &Fetched) -> Result<ParsedArticle, WebError> {
    let unreadable = |reason| WebError::Unreadable {
        url: page.url.clone(),
        reason,
    };
    let declared = page
        .charset
        .as_deref()
        .and_then(|label| encoding_rs::Encoding::for_label(label.as_bytes()));
    let text = match declared {
        Some(encoding) if std::str::from_utf8(&page.bytes).is_err() => {
            let text = encoding.decode(&page.bytes).0.into_owned();
            // Whatever the server says it is, binary bytes are not an article.
            if source_file::looks_binary(&text) {
                return Err(unreadable(ReadError::Binary));
            }
            text
        }
        _ => source_file::decode(&page.bytes).map_err(unreadable)?,
    };
    let format = if page.plain_text {
        SourceFormat::Txt
    } else {
        SourceFormat::Html
    };
    let mut parsed = parse(&text, format);
    if !source_file::has_visible_text(&parsed.text) {
        return Err(unreadable(ReadError::NoText));
    }
    parsed.meta.url = Some(page.url.clone());
    Ok(parsed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_web_addresses_are_fetched() {
        assert!(is_web_address("https://example.org/a") && is_web_address(" HTTP://x"));
        assert!(!is_web_address("report.html") && !is_web_address("file:///etc/passwd"));
        let err = fetch("ftp://example.org/x", TIME_OUT).expect_err("refused");
        assert!(err.to_string().contains("not a web address"), "{err}");
    }

    #[test]
    fn credentials_are_dropped_and_only_public_or_same_site_redirects_followed() {
        let typed = url::Url::parse("https://ana:secret@example.org/a").expect("parses");
        assert_eq!(without_credentials(typed).as_str(), "https://example.org/a");
        let from = url::Url::parse("http://127.0.0.1:8080/a").expect("parses");
        let same = url::Url::parse("http://127.0.0.1:8080/b").expect("parses");
        assert!(may_redirect(&from, &same).is_ok());
        for to in [
            "http://127.0.0.1:8081/b",
            "http://10.0.0.7/admin",
            "http://[::1]/x",
            "http://169.254.169.254/latest/meta-data",
            "ftp://example.org/x",
        ] {
            let to = url::Url::parse(to).expect("parses");
            assert!(may_redirect(&from, &to).is_err(), "{to}");
        }
        assert!(is_public("93.184.216.34".parse().expect("ip")));
        assert!(!is_public("192.168.1.1".parse().expect("ip")));
        assert!(!is_public("::ffff:127.0.0.1".parse().expect("ip")));
        assert!(!is_public("fd00::1".parse().expect("ip")));
    }

    #[test]
    fn a_page_reads_as_a_saved_page_does_and_keeps_its_address() {
        let html = "<html><head><title>Rockets hit Erbil</title></head><body><article><h1>Rockets hit Erbil</h1>\
                    <p>Three rockets struck near Erbil airport on Monday night, officials said; one contractor was killed and five others were wounded in the attack.</p>\
                    <p>No group claimed the attack, which came a day after a drone strike on a convoy near Baghdad, according to local security sources.</p></article></body></html>";
        let page = Fetched {
            url: "https://example.org/news/erbil".into(),
            bytes: html.as_bytes().to_vec(),
            charset: None,
            plain_text: false,
        };
        let parsed = read(&page).expect("readable");
        assert!(
            parsed
                .text
                .contains("Three rockets struck near Erbil airport")
        );
        assert_eq!(
            parsed.meta.url.as_deref(),
            Some("https://example.org/news/erbil")
        );
        assert_eq!(parsed.format, SourceFormat::Html);
        // A windows-1256 page whose server says so: ملف ("file") in that encoding.
        let arabic = Fetched {
            url: "https://example.org/ar".into(),
            bytes: vec![0xE3, 0xE1, 0xDD, b' ', b'1'],
            charset: Some("windows-1256".into()),
            plain_text: true,
        };
        assert_eq!(read(&arabic).expect("readable").text.trim(), "ملف 1");
        let empty = Fetched {
            bytes: b"<html><body></body></html>".to_vec(),
            ..page
        };
        assert!(
            read(&empty)
                .expect_err("no text")
                .to_string()
                .contains("example.org/news/erbil")
        );
    }
}
