//! The details saved reports carry above their text: YAML front matter (`---` … `---`) or a
//! block of `Key: value` lines at the very top (`title:`, `source:`, `url:`, `date:`,
//! `author:`), as note-taking tools and "save page as text" extensions write them. They become
//! the article's details and leave its text.
//!
//! Only flat `key: value` pairs are read (quotes removed); nested YAML, lists and unknown keys
//! are left out of the details, though front matter is always taken out of the text whole.

use jiff::civil::Date;

/// What the headers said.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Headers {
    pub title: Option<String>,
    pub outlet: Option<String>,
    pub author: Option<String>,
    pub url: Option<String>,
    pub published: Option<Date>,
}

/// Which detail a header key gives.
enum Key {
    Title,
    Outlet,
    Author,
    Url,
    Date,
}

fn key_of(name: &str) -> Option<Key> {
    Some(match name.trim().to_ascii_lowercase().as_str() {
        "title" | "headline" => Key::Title,
        "source" | "outlet" | "publisher" | "site" | "site_name" | "publication" => Key::Outlet,
        "author" | "authors" | "by" | "byline" => Key::Author,
        "url" | "link" | "source_url" | "canonical" | "original_url" => Key::Url,
        "date" | "published" | "published_at" | "pubdate" | "created" => Key::Date,
        _ => return None,
    })
}

/// `key: value` with the value's surrounding quotes removed.
fn pair(line: &str) -> Option<(&str, &str)> {
    let (key, value) = line.split_once(':')?;
    let key = key.trim();
    let simple = !key.is_empty()
        && key.len() <= 24
        && key
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-');
    let value = value.trim();
    let value = value
        .strip_prefix('"')
        .and_then(|v| v.strip_suffix('"'))
        .or_else(|| value.strip_prefix('\'').and_then(|v| v.strip_suffix('\'')))
        .unwrap_or(value);
    simple.then_some((key, value.trim()))
}

impl Headers {
    fn take(&mut self, key: Key, value: &str) {
        if value.is_empty() {
            return;
        }
        let value = value.to_owned();
        match key {
            Key::Title => self.title = self.title.take().or(Some(value)),
            // "source: https://…" is where it came from, not who published it.
            Key::Outlet if super::web::is_web_address(&value) => {
                self.url = self.url.take().or(Some(value))
            }
            Key::Outlet => match Provenance::read(&value) {
                // "source: github:someone/reports … (AP story "Headline", original https://…)":
                // where a copy came from, naming the outlet and the story inside it.
                Some(copy) => {
                    self.outlet = self.outlet.take().or(copy.outlet);
                    self.title = self.title.take().or(copy.title);
                    self.url = self.url.take().or(copy.url);
                }
                None => self.outlet = self.outlet.take().or(Some(value)),
            },
            Key::Author => self.author = self.author.take().or(Some(value)),
            Key::Url => self.url = self.url.take().or(Some(value)),
            Key::Date => {
                self.published = self
                    .published
                    .or_else(|| value.get(..10).and_then(|d| d.parse().ok()))
                    .or_else(|| super::dateline::guess(&value));
            }
        }
    }
}

/// A `source:` that says where a copy of a story was kept rather than who published it
/// ("github:someone/site content/post.md (AP story "Iraq officials: …", original https://…)",
/// "… (copy of the Wikipedia article "American-led intervention …", …)"): the outlet and the
/// story it names, never the whole line as an outlet.
struct Provenance {
    outlet: Option<String>,
    title: Option<String>,
    url: Option<String>,
}

/// Words after an outlet's name that say a story is its: "AP story", "Reuters report".
const STORY_NOUNS: &[&str] = &["story", "report", "dispatch", "article"];

impl Provenance {
    fn read(value: &str) -> Option<Self> {
        let first = value.split_whitespace().next()?;
        // A path or a repository reference, not a name.
        if !(first.contains('/') || first.contains(':')) {
            return None;
        }
        let quoted = value
            .split(['"', '“', '”'])
            .nth(1)
            .map(str::trim)
            .filter(|t| !t.is_empty())
            .map(str::to_owned);
        let url = value
            .split(|c: char| c.is_whitespace() || c == ')' || c == ',')
            .find(|w| super::web::is_web_address(w))
            .map(str::to_owned);
        // The outlet: the words just before "story" (or "article"), after "(" or "copy of the".
        let outlet = value.split(['"', '“']).next().and_then(|before_title| {
            let words: Vec<&str> = before_title
                .split(|c: char| c.is_whitespace() || c == '(')
                .filter(|w| !w.is_empty())
                .collect();
            let noun = words
                .iter()
                .rposition(|w| STORY_NOUNS.contains(&w.to_lowercase().as_str()))?;
            let name: Vec<&str> = words[..noun]
                .iter()
                .rev()
                .take_while(|w| w.chars().next().is_some_and(char::is_uppercase))
                .copied()
                .collect();
            (!name.is_empty()).then(|| name.into_iter().rev().collect::<Vec<_>>().join(" "))
        });
        Some(Self {
            outlet,
            title: quoted,
            url,
        })
    }
}

/// Reads the headers at the top of `text` and returns them with the text after them.
pub fn take(text: &str) -> (Headers, &str) {
    let start = text.trim_start_matches(['\n', '\r', ' ', '\t']);
    // YAML front matter: from a first line `---` to the next `---` or `...`.
    if let Some(rest) = start
        .strip_prefix("---")
        .filter(|r| r.starts_with(['\n', '\r']))
    {
        let mut headers = Headers::default();
        let mut offset = 0;
        for line in rest.split_inclusive('\n') {
            offset += line.len();
            let bare = line.trim();
            if bare == "---" || bare == "..." {
                return (headers, &rest[offset..]);
            }
            if let Some((key, value)) = pair(bare)
                && let Some(key) = key_of(key)
            {
                headers.take(key, value);
            }
        }
        // Never closed: not front matter after all.
        return (Headers::default(), text);
    }
    // `Key: value` lines: taken only while every line is one and at least one key is known,
    // so a story that opens with "Baghdad: rockets hit…" keeps its first line.
    let mut offset = 0;
    let mut known = 0;
    let mut found = Headers::default();
    for line in start.split_inclusive('\n') {
        let bare = line.trim();
        if bare.is_empty() {
            if known > 0 {
                offset += line.len();
            }
            break;
        }
        let Some((key, value)) = pair(bare) else {
            break;
        };
        match key_of(key) {
            Some(key) => {
                known += 1;
                found.take(key, value);
            }
            None if value.contains(' ') => break,
            None => {}
        }
        offset += line.len();
    }
    if known == 0 {
        return (Headers::default(), text);
    }
    (found, &start[offset..])
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn yaml_front_matter_becomes_details_and_leaves_the_text() {
        let text = "---\ntitle: \"Rockets hit Erbil airport\"\nauthor: Jane Doe\nsource: https://example.org/erbil\ndate: 2021-02-15T21:30:00Z\ntags:\n  - iraq\n---\n\nThree rockets struck near Erbil airport.";
        let (headers, body) = take(text);
        assert_eq!(headers.title.as_deref(), Some("Rockets hit Erbil airport"));
        assert_eq!(headers.author.as_deref(), Some("Jane Doe"));
        assert_eq!(
            headers.url.as_deref(),
            Some("https://example.org/erbil"),
            "a source that is an address"
        );
        assert_eq!(headers.published, Some(date(2021, 2, 15)));
        assert_eq!(body.trim(), "Three rockets struck near Erbil airport.");
    }

    #[test]
    fn key_value_lines_at_the_top_are_headers() {
        let text = "Title: Will Iraq ever stop rocket fire?\nSource: The Jerusalem Post\nURL: https://www.jpost.com/x\nDate: September 24, 2020\n\nRockets were fired at Erbil on Tuesday night.";
        let (headers, body) = take(text);
        assert_eq!(
            headers.title.as_deref(),
            Some("Will Iraq ever stop rocket fire?")
        );
        assert_eq!(headers.outlet.as_deref(), Some("The Jerusalem Post"));
        assert_eq!(headers.url.as_deref(), Some("https://www.jpost.com/x"));
        assert_eq!(headers.published, Some(date(2020, 9, 24)));
        assert_eq!(body, "Rockets were fired at Erbil on Tuesday night.");
    }

    #[test]
    fn a_source_that_says_where_a_copy_was_kept_names_its_outlet_and_story() {
        let text = "source: github:Fourmou/pf content/posts/2020-03-14-iraq.md (AP story \"Iraq officials: Rocket attack hits base housing US troops\", original https://apnews.com/d21a60e1)\ndate: 2020-03-14\n\nBAGHDAD (AP) — A barrage of rockets hit a base.";
        let (headers, rest) = take(text);
        assert_eq!(headers.outlet.as_deref(), Some("AP"));
        assert_eq!(
            headers.title.as_deref(),
            Some("Iraq officials: Rocket attack hits base housing US troops")
        );
        assert_eq!(headers.url.as_deref(), Some("https://apnews.com/d21a60e1"));
        assert!(rest.starts_with("BAGHDAD"));
        let wiki = "source: github:front-lines-org/website src/content/blog/syria/intervention.md (copy of the Wikipedia article \"American-led intervention in the Syrian civil war\", author: Wikipedia, CC BY-SA)\n\nThe intervention…";
        let (headers, _) = take(wiki);
        assert_eq!(headers.outlet.as_deref(), Some("Wikipedia"));
        assert_eq!(
            headers.title.as_deref(),
            Some("American-led intervention in the Syrian civil war")
        );
        // A plain name is the outlet itself.
        let (headers, _) = take("source: Reuters\n\nRockets hit.");
        assert_eq!(headers.outlet.as_deref(), Some("Reuters"));
    }

    #[test]
    fn a_story_that_opens_with_a_colon_is_no_header() {
        for text in [
            "Baghdad: rockets hit the Green Zone on Tuesday night.\n\nMore.",
            "BAGHDAD: Rockets hit.",
            "Warning: this report is unverified.\nTitle: not a header here",
            "---\ntitle: never closed\n\nText.",
        ] {
            let (headers, body) = take(text);
            assert_eq!((headers, body), (Headers::default(), text), "{text}");
        }
    }
}
