//! Imported source texts.

use jiff::Timestamp;
use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use super::ids::ArticleId;

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

/// The details of an article an analyst may correct after import.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ArticleMeta {
    pub title: String,
    pub outlet: Option<String>,
    pub author: Option<String>,
    pub published: Option<Date>,
    pub url: Option<String>,
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
