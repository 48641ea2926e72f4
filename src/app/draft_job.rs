//! Drafting every article not yet coded, on its own thread and read-only connection, with
//! progress and cancel; the drafts are stored by the window as one undo step when it is done.

use rusqlite::Connection;

use crate::draft::{ArticleDrafts, Drafter};
use crate::jobs::{Job, Reporter};
use crate::store::articles;

/// How far drafting has come: articles done of all to draft.
#[derive(Clone, Copy, Debug, Default)]
pub struct DraftProgress {
    pub done: usize,
    pub total: usize,
}

/// What drafting found, and how far it got: every article to draft, or fewer when cancelled.
#[derive(Debug, Default)]
pub struct Drafted {
    pub articles: Vec<(crate::model::ArticleId, ArticleDrafts)>,
    /// Articles read (drafted or gone meanwhile) of `total`.
    pub read: usize,
    pub total: usize,
    pub cancelled: bool,
}

pub type DraftJob = Job<Drafted, DraftProgress>;

/// Drafts every article with no incident yet, on `reader`.
pub fn start(reader: Connection) -> DraftJob {
    Job::spawn("drafting", move |reporter| draft_all(&reader, reporter))
}

/// Drafts every article with no incident yet, reporting progress, until done or cancelled.
fn draft_all(
    reader: &Connection,
    reporter: &Reporter<Drafted, DraftProgress>,
) -> Result<Drafted, crate::jobs::JobError> {
    let uncoded = articles::uncoded_ids(reader)?;
    let total = uncoded.len();
    let drafter = Drafter::new(reader)?;
    let mut drafted = Drafted {
        articles: Vec::with_capacity(total),
        total,
        ..Drafted::default()
    };
    for (done, article_id) in uncoded.into_iter().enumerate() {
        if reporter.cancelled() {
            drafted.cancelled = true;
            break;
        }
        reporter.progress(DraftProgress { done, total });
        if let Some(article) = articles::get(reader, article_id)? {
            drafted
                .articles
                .push((article.article_id, drafter.draft(&article)));
        }
        drafted.read = done + 1;
    }
    Ok(drafted)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cancelled_drafting_says_how_far_it_got() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("p.db");
        let mut project = crate::store::Project::create(&path, "test").expect("created");
        let paths: Vec<_> = (0..3)
            .map(|n| {
                let file = dir.path().join(format!("a{n}.txt"));
                let text = format!("Article {n}: rockets struck a US base near Erbil on Monday.");
                std::fs::write(&file, text).expect("written");
                file
            })
            .collect();
        let never = std::sync::atomic::AtomicBool::new(false);
        crate::import::import_files(&mut project, &paths, &never, |_| {}).expect("imported");
        let reader = project.reader().expect("reader");
        let (job, reporter) = DraftJob::pending("drafting");
        let whole = draft_all(&reader, &reporter).expect("drafted");
        assert_eq!((whole.read, whole.total, whole.cancelled), (3, 3, false));
        job.cancel();
        let cancelled = draft_all(&reader, &reporter).expect("drafted");
        assert_eq!(
            (cancelled.read, cancelled.total, cancelled.cancelled),
            (0, 3, true)
        );
        assert!(cancelled.articles.is_empty());
    }
}
