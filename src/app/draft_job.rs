//! Drafting every article not yet coded, on its own thread and read-only connection, with
//! progress and cancel; the drafts are stored by the window as one undo step when it is done.

use rusqlite::Connection;

use crate::draft::{ArticleDrafts, Drafter};
use crate::jobs::Job;
use crate::store::articles;

/// How far drafting has come: articles done of all to draft.
#[derive(Clone, Copy, Debug, Default)]
pub struct DraftProgress {
    pub done: usize,
    pub total: usize,
}

pub type DraftJob = Job<Vec<(crate::model::ArticleId, ArticleDrafts)>, DraftProgress>;

/// Most articles the corpus lists at once; drafting reads them all, page by page.
const PAGE: usize = 500;

/// Drafts every article with no incident yet, on `reader`.
pub fn start(reader: Connection) -> DraftJob {
    Job::spawn("drafting", move |reporter| {
        let mut uncoded = Vec::new();
        let mut offset = 0;
        loop {
            let page = articles::summaries(&reader, offset, PAGE).map_err(|e| e.to_string())?;
            let last = page.len() < PAGE;
            uncoded.extend(
                page.into_iter()
                    .filter(|a| a.incident_count == 0)
                    .map(|a| a.article_id),
            );
            if last {
                break;
            }
            offset += PAGE;
        }
        let total = uncoded.len();
        let drafter = Drafter::new(&reader).map_err(|e| e.to_string())?;
        let mut drafted = Vec::with_capacity(total);
        for (done, article_id) in uncoded.into_iter().enumerate() {
            if reporter.cancelled() {
                break;
            }
            reporter.progress(DraftProgress { done, total });
            if let Some(article) = articles::get(&reader, article_id).map_err(|e| e.to_string())? {
                drafted.push((article.article_id, drafter.draft(&article)));
            }
        }
        Ok(drafted)
    })
}
