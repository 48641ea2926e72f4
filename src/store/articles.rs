//! The `articles` table and its search index.

use rusqlite::{Connection, OptionalExtension, Row, params};

use super::codec;
use super::error::{StoreError, StoreResult};
use crate::model::article::content_hash;
use crate::model::{
    Article, ArticleId, ArticleMeta, ArticleSummary, Credibility, DatePrecision, Reliability,
    SourceFormat, SourceScale, text,
};

/// How many columns [`meta_from_row`] reads: title … notes, in `COLUMNS`' order.
const META_COUNT: usize = 12;

const COLUMNS: &str = "article_id, content_hash, title, outlet, author, published, url, \
                       published_precision, published_guessed, language, reliability, \
                       credibility, scale, notes, source_name, source_format, text, imported_at, \
                       imported_by";

fn meta_from_row(row: &Row<'_>, first: usize) -> StoreResult<ArticleMeta> {
    Ok(ArticleMeta {
        title: row.get(first)?,
        outlet: row.get(first + 1)?,
        author: row.get(first + 2)?,
        published: codec::date_opt(row.get(first + 3)?, "publication date")?,
        url: row.get(first + 4)?,
        published_precision: codec::parse_key_opt(
            row.get(first + 5)?,
            "publication date precision",
            DatePrecision::parse,
        )?,
        published_guessed: row.get::<_, i64>(first + 6)? != 0,
        language: row.get(first + 7)?,
        reliability: codec::parse_key_opt(
            row.get(first + 8)?,
            "source reliability",
            Reliability::parse,
        )?,
        credibility: codec::parse_key_opt(
            row.get(first + 9)?,
            "information credibility",
            Credibility::parse,
        )?,
        scale: codec::parse_key_opt(row.get(first + 10)?, "source scale", SourceScale::parse)?,
        notes: row.get(first + 11)?,
    })
}

fn from_row(row: &Row<'_>) -> StoreResult<Article> {
    let after_meta = 2 + META_COUNT;
    Ok(Article {
        article_id: codec::parse(&row.get::<_, String>(0)?, "article id")?,
        content_hash: row.get(1)?,
        meta: meta_from_row(row, 2)?,
        source_name: row.get(after_meta)?,
        source_format: codec::parse_key(
            &row.get::<_, String>(after_meta + 1)?,
            "source format",
            SourceFormat::parse,
        )?,
        text: row.get(after_meta + 2)?,
        imported_at: codec::timestamp(&row.get::<_, String>(after_meta + 3)?, "import time")?,
        imported_by: row.get(after_meta + 4)?,
    })
}

pub fn get(conn: &Connection, article_id: ArticleId) -> StoreResult<Option<Article>> {
    let sql = format!("SELECT {COLUMNS} FROM articles WHERE article_id = ?1");
    let mut stmt = conn.prepare_cached(&sql)?;
    let mut rows = stmt.query([article_id.to_string()])?;
    rows.next()?.map(from_row).transpose()
}

/// Every article, oldest import first; with `with_text` false the texts are left empty (the
/// spreadsheet exports need only titles and outlets, not megabytes of prose).
pub fn all(conn: &Connection, with_text: bool) -> StoreResult<Vec<Article>> {
    codec::gather(|take| each(conn, with_text, take))
}

/// [`all`], each article handed to `take` as it is read.
pub fn each(
    conn: &Connection,
    with_text: bool,
    take: impl FnMut(Article) -> StoreResult<()>,
) -> StoreResult<()> {
    let columns = if with_text {
        COLUMNS.to_owned()
    } else {
        COLUMNS.replace(" text,", " '' AS text,")
    };
    let sql = format!("SELECT {columns} FROM articles ORDER BY article_seq");
    codec::each(conn, &sql, [], from_row, take)
}

/// Every article's id, in import order: what reading the articles one at a time goes through.
pub fn all_ids(conn: &Connection) -> StoreResult<Vec<ArticleId>> {
    codec::collect(
        conn,
        "SELECT article_id FROM articles ORDER BY article_seq",
        [],
        |row| codec::parse(&row.get::<_, String>(0)?, "article id"),
    )
}

/// Blanks every article's text but for its evidence and the context the quotes carry (see
/// [`text::redact`]), keeping each content hash (the identity of the original text, so merges
/// still match it), and rebuilds the search index from what is left. Returns how many
/// characters were withheld. For a copy being prepared to send, never the open project.
pub fn withhold_texts(conn: &Connection) -> StoreResult<usize> {
    let spans = super::evidence::all(conn)?;
    let mut keep: std::collections::HashMap<ArticleId, Vec<std::ops::Range<usize>>> =
        Default::default();
    for span in &spans {
        let before = span.quote.prefix.chars().count();
        let after = span.quote.suffix.chars().count();
        keep.entry(span.article_id)
            .or_default()
            .push(span.start.saturating_sub(before)..span.end + after);
    }
    let mut withheld = 0;
    for article in all(conn, true)? {
        let kept = text::redact(
            &article.text,
            keep.get(&article.article_id).map_or(&[], Vec::as_slice),
        );
        withheld += article
            .text
            .chars()
            .zip(kept.chars())
            .filter(|(a, b)| a != b)
            .count();
        conn.execute(
            "UPDATE articles SET text = ?1 WHERE article_id = ?2",
            params![kept, article.article_id.to_string()],
        )?;
    }
    conn.execute(
        "INSERT INTO article_search (article_search) VALUES ('rebuild')",
        [],
    )?;
    Ok(withheld)
}

/// The article with this text, if the project has it.
pub fn id_by_hash(conn: &Connection, content_hash: &str) -> StoreResult<Option<ArticleId>> {
    let id: Option<String> = conn
        .prepare_cached("SELECT article_id FROM articles WHERE content_hash = ?1")?
        .query_row([content_hash], |row| row.get(0))
        .optional()?;
    id.map(|id| codec::parse(&id, "article id")).transpose()
}

/// Search-index row number and indexed columns of an article, when it exists.
fn indexed(conn: &Connection, article_id: ArticleId) -> StoreResult<Option<(i64, String, String)>> {
    Ok(conn
        .prepare_cached("SELECT article_seq, title, text FROM articles WHERE article_id = ?1")?
        .query_row([article_id.to_string()], |row| {
            Ok((row.get(0)?, row.get(1)?, row.get(2)?))
        })
        .optional()?)
}

fn unindex(conn: &Connection, seq: i64, title: &str, text: &str) -> StoreResult<()> {
    conn.prepare_cached(
        "INSERT INTO article_search (article_search, rowid, title, text) VALUES ('delete', ?1, ?2, ?3)",
    )?
    .execute(params![seq, title, text])?;
    Ok(())
}

/// Inserts or replaces an article. Its text can never change once stored (evidence offsets point
/// into it); only its details can.
pub fn put(conn: &Connection, article: &Article) -> StoreResult<()> {
    if content_hash(&article.text) != article.content_hash {
        return Err(StoreError::Rejected(format!(
            "article {:?}: its content hash does not match its text",
            article.meta.title
        )));
    }
    if let Some((seq, old_title, old_text)) = indexed(conn, article.article_id)? {
        if old_text != article.text {
            return Err(StoreError::Rejected(format!(
                "article {:?}: the text of an imported article cannot change",
                article.meta.title
            )));
        }
        unindex(conn, seq, &old_title, &old_text)?;
    }
    let meta = &article.meta;
    conn.prepare_cached(
        "INSERT INTO articles (article_id, content_hash, title, outlet, author, published, url,
                               published_precision, published_guessed, language, reliability,
                               credibility, scale, notes,
                               source_name, source_format, text, char_count, imported_at, imported_by)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19,
                 ?20)
         ON CONFLICT (article_id) DO UPDATE SET
             title = excluded.title, outlet = excluded.outlet, author = excluded.author,
             published = excluded.published, url = excluded.url,
             published_precision = excluded.published_precision,
             published_guessed = excluded.published_guessed, language = excluded.language,
             reliability = excluded.reliability, credibility = excluded.credibility,
             scale = excluded.scale, notes = excluded.notes, source_name = excluded.source_name",
    )?
    .execute(params![
        article.article_id.to_string(),
        article.content_hash,
        meta.title,
        meta.outlet,
        meta.author,
        meta.published.map(|d| d.to_string()),
        meta.url,
        meta.published_precision.map(DatePrecision::as_str),
        i64::from(meta.published_guessed),
        meta.language,
        meta.reliability.map(Reliability::as_str),
        meta.credibility.map(Credibility::as_str),
        meta.scale.map(SourceScale::as_str),
        meta.notes,
        article.source_name,
        article.source_format.as_str(),
        article.text,
        codec::to_sql_int(text::char_len(&article.text)),
        article.imported_at.to_string(),
        article.imported_by,
    ])
    .map_err(|err| match err.sqlite_error_code() {
        Some(rusqlite::ErrorCode::ConstraintViolation) => StoreError::Rejected(format!(
            "article {:?}: the project already has an article with this text",
            meta.title
        )),
        _ => err.into(),
    })?;
    conn.prepare_cached(
        "INSERT INTO article_search (rowid, title, text)
         SELECT article_seq, title, text FROM articles WHERE article_id = ?1",
    )?
    .execute([article.article_id.to_string()])?;
    Ok(())
}

pub fn delete(conn: &Connection, article_id: ArticleId) -> StoreResult<()> {
    if let Some((seq, title, text)) = indexed(conn, article_id)? {
        unindex(conn, seq, &title, &text)?;
    }
    conn.prepare_cached("DELETE FROM articles WHERE article_id = ?1")?
        .execute([article_id.to_string()])?;
    Ok(())
}

/// One page of the corpus list, newest publication first.
pub fn summaries(
    conn: &Connection,
    offset: usize,
    limit: usize,
) -> StoreResult<Vec<ArticleSummary>> {
    codec::collect(
        conn,
        &format!(
            "SELECT {SUMMARY_COLUMNS} FROM articles a
             ORDER BY a.published IS NULL, a.published DESC, a.article_seq
             LIMIT ?1 OFFSET ?2"
        ),
        params![codec::to_sql_int(limit), codec::to_sql_int(offset)],
        summary_from_row,
    )
}

/// The articles no evidence points into yet, in the corpus list's order (newest first): what
/// drafting every article reads, in one pass instead of page by page.
pub fn uncoded_ids(conn: &Connection) -> StoreResult<Vec<ArticleId>> {
    codec::collect(
        conn,
        "SELECT a.article_id FROM articles a
         WHERE NOT EXISTS (SELECT 1 FROM evidence e WHERE e.article_id = a.article_id)
         ORDER BY a.published IS NULL, a.published DESC, a.article_seq",
        [],
        |row| codec::parse(&row.get::<_, String>(0)?, "article id"),
    )
}

/// One article's corpus row; `None` when it is gone.
pub fn summary(conn: &Connection, article_id: ArticleId) -> StoreResult<Option<ArticleSummary>> {
    Ok(codec::collect(
        conn,
        &format!("SELECT {SUMMARY_COLUMNS} FROM articles a WHERE a.article_id = ?1"),
        [article_id.to_string()],
        summary_from_row,
    )?
    .pop())
}

/// What a corpus row shows: details, length and how many incidents the article has evidence for.
const SUMMARY_COLUMNS: &str =
    "a.article_id, a.title, a.outlet, a.author, a.published, a.url, a.published_precision,
    a.published_guessed, a.language, a.reliability, a.credibility, a.scale, a.notes, a.char_count,
    (SELECT count(DISTINCT e.incident_id) FROM evidence e WHERE e.article_id = a.article_id)";

fn summary_from_row(row: &Row<'_>) -> StoreResult<ArticleSummary> {
    let after_meta = 1 + META_COUNT;
    Ok(ArticleSummary {
        article_id: codec::parse(&row.get::<_, String>(0)?, "article id")?,
        meta: meta_from_row(row, 1)?,
        char_count: codec::offset(row.get(after_meta)?, "character count")?,
        incident_count: codec::offset(row.get(after_meta + 1)?, "incident count")?,
    })
}

/// The corpus rows of the articles matching an FTS5 query, best first, anywhere in the corpus.
pub fn search_summaries(
    conn: &Connection,
    query: &str,
    limit: usize,
) -> StoreResult<Vec<ArticleSummary>> {
    codec::collect(
        conn,
        &format!(
            "SELECT {SUMMARY_COLUMNS} FROM article_search s JOIN articles a ON a.article_seq = s.rowid
             WHERE article_search MATCH ?1 ORDER BY rank LIMIT ?2"
        ),
        params![query, codec::to_sql_int(limit)],
        summary_from_row,
    )
}

/// An FTS5 query that finds every word the analyst typed (any order), each quoted so that
/// punctuation and FTS5 operators in the input are searched for, not interpreted.
pub fn words_query(input: &str) -> Option<String> {
    let words: Vec<String> = input
        .split_whitespace()
        .map(|word| format!("\"{}\"", word.replace('"', "\"\"")))
        .collect();
    (!words.is_empty()).then(|| words.join(" "))
}

/// Articles whose title or text match an FTS5 query, best first (ids only).
pub fn search(conn: &Connection, query: &str, limit: usize) -> StoreResult<Vec<ArticleId>> {
    let mut stmt = conn.prepare_cached(
        "SELECT a.article_id FROM article_search s JOIN articles a ON a.article_seq = s.rowid
         WHERE article_search MATCH ?1 ORDER BY rank LIMIT ?2",
    )?;
    let ids = stmt.query_map(params![query, codec::to_sql_int(limit)], |row| {
        row.get::<_, String>(0)
    })?;
    ids.map(|id| codec::parse(&id?, "article id")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typed_words_become_a_safe_query() {
        assert_eq!(
            words_query("Green  Zone").as_deref(),
            Some("\"Green\" \"Zone\"")
        );
        assert_eq!(
            words_query("say \"no\" OR NEAR(").as_deref(),
            Some("\"say\" \"\"\"no\"\"\" \"OR\" \"NEAR(\"")
        );
        assert_eq!(words_query("   "), None);
    }
}
