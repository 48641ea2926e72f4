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

/// Drafts every article with no incident yet, on as many threads as `readers` (read-only
/// connections to the project).
pub fn start(readers: Vec<Connection>) -> DraftJob {
    Job::spawn("drafting", move |reporter| draft_all(readers, reporter))
}

/// Why the drafting threads stopped before the last article.
enum Stop {
    Cancelled,
    Failed(crate::store::StoreError),
}

impl From<crate::store::StoreError> for Stop {
    fn from(err: crate::store::StoreError) -> Self {
        Stop::Failed(err)
    }
}

/// Drafts every article with no incident yet, reporting progress, until done or cancelled.
fn draft_all(
    readers: Vec<Connection>,
    reporter: &Reporter<Drafted, DraftProgress>,
) -> Result<Drafted, crate::jobs::JobError> {
    let Some(first) = readers.first() else {
        return Ok(Drafted::default());
    };
    let uncoded = articles::uncoded_ids(first)?;
    let total = uncoded.len();
    let drafter = Drafter::new(first)?;
    let mut drafted = Drafted {
        articles: Vec::with_capacity(total),
        total,
        ..Drafted::default()
    };
    reporter.progress(DraftProgress { done: 0, total });
    let finished = crate::draft::draft_each(&drafter, readers, &uncoded, |id, drafts| {
        if reporter.cancelled() {
            return Err(Stop::Cancelled);
        }
        drafted.articles.push((id, drafts));
        drafted.read += 1;
        reporter.progress(DraftProgress {
            done: drafted.read,
            total,
        });
        Ok(())
    });
    match finished {
        Ok(()) => {
            // Articles deleted while drafting were read too, with nothing to draft.
            drafted.read = total;
        }
        Err(Stop::Cancelled) => drafted.cancelled = true,
        Err(Stop::Failed(err)) => return Err(err.into()),
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
        let readers = || vec![project.reader().expect("a"), project.reader().expect("b")];
        let (job, reporter) = DraftJob::pending("drafting");
        let whole = draft_all(readers(), &reporter).expect("drafted");
        assert_eq!((whole.read, whole.total, whole.cancelled), (3, 3, false));
        assert_eq!(whole.articles.len(), 3);
        job.cancel();
        let cancelled = draft_all(readers(), &reporter).expect("drafted");
        assert_eq!(
            (cancelled.read, cancelled.total, cancelled.cancelled),
            (0, 3, true)
        );
        assert!(cancelled.articles.is_empty());
    }
}
