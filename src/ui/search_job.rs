//! Full-text search over the corpus on its own thread and read-only connection, so a large
//! corpus never stalls the window. Only the answer to the latest query is kept.

use std::sync::mpsc::{self, Receiver, TryRecvError};

use rusqlite::Connection;

use crate::model::ArticleSummary;
use crate::store::articles;

/// Most hits a search returns.
const MAX_HITS: usize = 2_000;

pub struct SearchJob {
    pub query: String,
    receiver: Receiver<Result<Vec<ArticleSummary>, String>>,
}

impl SearchJob {
    /// Searches for every word of `query` (any order) on `reader`.
    pub fn start(reader: Connection, query: String) -> Self {
        let (sender, receiver) = mpsc::channel();
        let words = query.clone();
        let spawned = std::thread::Builder::new()
            .name("search".into())
            .spawn(move || {
                let result = match articles::words_query(&words) {
                    Some(fts) => articles::search_summaries(&reader, &fts, MAX_HITS)
                        .map_err(|e| e.to_string()),
                    None => Ok(Vec::new()),
                };
                let _ = sender.send(result);
            });
        if let Err(err) = spawned {
            let (failed_sender, failed) = mpsc::channel();
            let _ = failed_sender.send(Err(format!("the search could not start: {err}")));
            return Self {
                query,
                receiver: failed,
            };
        }
        Self { query, receiver }
    }

    /// The hits, once the search is done.
    pub fn poll(&self) -> Option<Result<Vec<ArticleSummary>, String>> {
        match self.receiver.try_recv() {
            Ok(result) => Some(result),
            Err(TryRecvError::Empty) => None,
            Err(TryRecvError::Disconnected) => Some(Err("the search stopped unexpectedly".into())),
        }
    }
}
