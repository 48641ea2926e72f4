//! Imported source texts.

use jiff::Timestamp;
use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use super::ids::ArticleId;
use super::incident::DatePrecision;
use super::vocab_enum::closed_vocabulary;

/// The file type an article was imported from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SourceFormat {
    Txt,
    Md,
    Html,
}

impl SourceFormat {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Txt => "txt",
            Self::Md => "md",
            Self::Html => "html",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "txt" => Some(Self::Txt),
            "md" => Some(Self::Md),
            "html" => Some(Self::Html),
            _ => None,
        }
    }
}

closed_vocabulary!(
    /// The Admiralty code's grade of a source: how reliable it has proved (NATO AJP-2.1).
    Reliability { A => "A", B => "B", C => "C", D => "D", E => "E", F => "F" }
);

impl Reliability {
    pub fn describe(self) -> &'static str {
        match self {
            Self::A => "completely reliable",
            Self::B => "usually reliable",
            Self::C => "fairly reliable",
            Self::D => "not usually reliable",
            Self::E => "unreliable",
            Self::F => "reliability cannot be judged",
        }
    }
}

closed_vocabulary!(
    /// The Admiralty code's grade of the information itself: how credible it is, 1 … 6.
    Credibility {
        Confirmed => "1",
        Probable => "2",
        Possible => "3",
        Doubtful => "4",
        Improbable => "5",
        CannotBeJudged => "6",
    }
);

impl Credibility {
    pub fn describe(self) -> &'static str {
        match self {
            Self::Confirmed => "confirmed by other sources",
            Self::Probable => "probably true",
            Self::Possible => "possibly true",
            Self::Doubtful => "doubtful",
            Self::Improbable => "improbable",
            Self::CannotBeJudged => "truth cannot be judged",
        }
    }
}

closed_vocabulary!(
    /// How far an outlet reports, as ACLED's `source_scale` names it.
    SourceScale {
        Local => "local",
        Subnational => "subnational",
        National => "national",
        Regional => "regional",
        International => "international",
        NewMedia => "new media",
        Other => "other",
    }
);

impl SourceScale {
    /// As ACLED writes it: "National", "New media".
    pub fn acled_name(self) -> &'static str {
        match self {
            Self::Local => "Local",
            Self::Subnational => "Subnational",
            Self::National => "National",
            Self::Regional => "Regional",
            Self::International => "International",
            Self::NewMedia => "New media",
            Self::Other => "Other",
        }
    }
}

/// The Admiralty grade written as analysts write it: "B2", "B", "2" or "" when neither is set.
pub fn grade_code(reliability: Option<Reliability>, credibility: Option<Credibility>) -> String {
    let mut code = String::new();
    if let Some(r) = reliability {
        code.push_str(r.as_str());
    }
    if let Some(c) = credibility {
        code.push_str(c.as_str());
    }
    code
}

/// The details of an article an analyst may correct after import. Fields added after the first
/// release default when absent, so older JSON files still read.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ArticleMeta {
    pub title: String,
    pub outlet: Option<String>,
    pub author: Option<String>,
    pub published: Option<Date>,
    /// How exactly `published` is known; `None` with a date means to the day.
    #[serde(default)]
    pub published_precision: Option<DatePrecision>,
    /// The date was guessed at import (from a dateline) and not yet confirmed by the analyst.
    /// Left out of JSON when false, so older records compare equal in a merge.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub published_guessed: bool,
    pub url: Option<String>,
    /// A BCP 47 language tag: "en", "ar".
    #[serde(default)]
    pub language: Option<String>,
    #[serde(default)]
    pub reliability: Option<Reliability>,
    #[serde(default)]
    pub credibility: Option<Credibility>,
    /// How far the outlet reports (ACLED `source_scale`).
    #[serde(default)]
    pub scale: Option<SourceScale>,
    #[serde(default)]
    pub notes: Option<String>,
}

impl ArticleMeta {
    /// The source's Admiralty grade, "B2", or "" when ungraded.
    pub fn grade(&self) -> String {
        grade_code(self.reliability, self.credibility)
    }
}

/// One source text, stored exactly as evidence offsets refer to it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Article {
    pub article_id: ArticleId,
    /// Hex SHA-256 of `text`; the same text is never imported twice.
    pub content_hash: String,
    pub meta: ArticleMeta,
    /// The file name it came from, for the analyst's orientation.
    pub source_name: Option<String>,
    pub source_format: SourceFormat,
    pub text: String,
    pub imported_at: Timestamp,
    pub imported_by: String,
}

/// A row of the corpus list: everything but the text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ArticleSummary {
    pub article_id: ArticleId,
    pub meta: ArticleMeta,
    pub char_count: usize,
    pub incident_count: usize,
}

/// Hex SHA-256 of a text, the identity of an article across projects.
pub fn content_hash(text: &str) -> String {
    use sha2::{Digest, Sha256};
    let digest = Sha256::digest(text.as_bytes());
    digest.iter().map(|byte| format!("{byte:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn content_hash_is_hex_sha256() {
        assert_eq!(
            content_hash("abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }
}
