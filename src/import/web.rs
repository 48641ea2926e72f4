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

/// Fetches `url`, waiting at most `time_out` for the whole page.
pub fn fetch(url: &str, time_out: Duration) -> Result<Fetched, WebError> {
    let url = url.trim();
    if !is_web_address(url) {
        return Err(WebError::NotWeb(url.to_owned()));
    }
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .timeout_global(Some(time_out))
        .max_redirects(MOST_REDIRECTS)
        .user_agent(concat!("Spanline/", env!("CARGO_PKG_VERSION")))
        .build()
        .into();
    let failed = |err: ureq::Error| match err {
        ureq::Error::StatusCode(status) => WebError::Status {
            url: url.to_owned(),
            status,
        },
        ureq::Error::TooManyRedirects | ureq::Error::RedirectFailed => {
            WebError::Redirects(url.to_owned())
        }
        ureq::Error::Timeout(_) => WebError::TimedOut {
            url: url.to_owned(),
            time_out,
        },
        ureq::Error::BodyExceedsLimit(_) => WebError::TooLarge(url.to_owned()),
        ureq::Error::HostNotFound => WebError::NoHost(url.to_owned()),
        other => WebError::Failed {
            url: url.to_owned(),
            reason: other.to_string(),
        },
    };
    let mut response = agent.get(url).call().map_err(failed)?;
    let final_url = ureq::ResponseExt::get_uri(&response).to_string();
    let body = response.body_mut();
    let charset = body.charset().map(str::to_owned);
    let plain_text = body.mime_type() == Some("text/plain");
    let bytes = body
        .with_config()
        .limit(MAX_FILE_BYTES)
        .read_to_vec()
        .map_err(failed)?;
    Ok(Fetched {
        url: final_url,
        bytes,
        charset,
        plain_text,
    })
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
            encoding.decode(&page.bytes).0.into_owned()
        }
        _ => source_file::decode(&page.bytes).map_err(unreadable)?,
    };
    let format = if page.plain_text {
        SourceFormat::Txt
    } else {
        SourceFormat::Html
    };
    let mut parsed = parse(&text, format);
    if parsed.text.trim().is_empty() {
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
