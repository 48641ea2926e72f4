//! Full-text search over the corpus on its own thread and read-only connection, so a large
//! corpus never stalls the window.

use rusqlite::Connection;

use crate::jobs::Job;
use crate::model::ArticleSummary;
use crate::store::articles;

/// Most hits a search returns.
const MAX_HITS: usize = 2_000;

/// A search for every word of a query, in any order.
pub type SearchJob = Job<Vec<ArticleSummary>>;

/// Searches for every word of `query` on `reader`.
pub fn start(reader: Connection, query: String) -> SearchJob {
    Job::spawn("search", move |_| match articles::words_query(&query) {
        Some(fts) => Ok(articles::search_summaries(&reader, &fts, MAX_HITS)?),
        None => Ok(Vec::new()),
    })
}
