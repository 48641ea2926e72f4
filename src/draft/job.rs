//! Drafting every article not yet coded, on its own threads and connections, with progress and
//! cancel. The drafts are stored as they come, a batch of articles at a time, on the job's own
//! writable connection (through a team project's server first), so memory does not grow with
//! the project and the window's thread never stores a hundred thousand drafts at once; the
//! whole run is one undo step, handed back to the window when it is done.

use std::path::PathBuf;

use rusqlite::Connection;

use super::{ArticleDrafts, Drafter, proposed};
use crate::edit::{Change, Edit};
use crate::jobs::{Job, Reporter};
use crate::model::{Actor, Article, Place, Record, Stamp};
use crate::store::{Project, StoreError, StoreResult, actors, articles, places};

/// How far drafting has come: articles done of all to draft.
#[derive(Clone, Copy, Debug, Default)]
pub struct DraftProgress {
    pub done: usize,
    pub total: usize,
}

/// What drafting stored, and how far it got: every article to draft, or fewer when cancelled.
#[derive(Debug, Default)]
pub struct Drafted {
    /// Proposed incidents stored, and the articles they came from.
    pub incidents: usize,
    pub articles_drafted: usize,
    /// Articles read (drafted or gone meanwhile) of `total`.
    pub read: usize,
    pub total: usize,
    pub cancelled: bool,
    /// The undo step of everything stored (none when nothing was).
    pub undo_step: Option<Change>,
}

pub type DraftJob = Job<Drafted, DraftProgress>;

/// Articles whose drafts are stored together, in one transaction.
const ARTICLES_A_BATCH: usize = 200;

/// Drafts every article with no incident yet of the project at `project_path`, read on as many
/// threads as `readers` (read-only connections to it), and stores the drafts as `analyst`;
/// into a team project's copy, each batch goes to its server first (`team`).
pub fn start(
    readers: Vec<Connection>,
    project_path: PathBuf,
    analyst: String,
    team: Option<crate::team::Address>,
) -> DraftJob {
    Job::spawn("drafting", move |reporter| {
        let mut project = crate::team::live::open_for_writing(&project_path, &analyst, team)?;
        Ok(draft_all(&mut project, readers, reporter)?)
    })
}

/// [`start`] on a project already open for writing and handed over (the command line's), so
/// that its integrity scan runs once: the first batch's write waits for it.
pub fn start_on(mut project: Project, readers: Vec<Connection>) -> DraftJob {
    Job::spawn("drafting", move |reporter| {
        Ok(draft_all(&mut project, readers, reporter)?)
    })
}

/// Why the drafting threads stopped before the last article.
enum Stop {
    Cancelled,
    Failed(StoreError),
}

impl From<StoreError> for Stop {
    fn from(err: StoreError) -> Self {
        Stop::Failed(err)
    }
}

/// Drafts every article with no incident yet and stores the drafts, reporting progress, until
/// done or cancelled. What was stored before a failure stays, as one undo step.
fn draft_all(
    project: &mut Project,
    readers: Vec<Connection>,
    reporter: &Reporter<Drafted, DraftProgress>,
) -> StoreResult<Drafted> {
    let Some(first) = readers.first() else {
        return Ok(Drafted::default());
    };
    let uncoded = articles::uncoded_ids(first)?;
    let total = uncoded.len();
    let drafter = Drafter::new(first)?;
    let mut store = Storing::new(project)?;
    let mut drafted = Drafted {
        total,
        ..Drafted::default()
    };
    reporter.progress(DraftProgress { done: 0, total });
    let mut batch: Vec<(Article, ArticleDrafts)> = Vec::new();
    let finished = super::draft_each(&drafter, readers, &uncoded, |article, drafts| {
        if reporter.cancelled() {
            return Err(Stop::Cancelled);
        }
        if !drafts.drafts.is_empty() {
            batch.push((article, drafts));
        }
        if batch.len() >= ARTICLES_A_BATCH {
            store.batch(project, std::mem::take(&mut batch), &mut drafted)?;
        }
        drafted.read += 1;
        reporter.progress(DraftProgress {
            done: drafted.read,
            total,
        });
        Ok(())
    });
    // What was drafted before a cancel is stored too: the analyst sees it, and undoes it whole.
    let last = store.batch(project, batch, &mut drafted);
    let undo_edits = store.undo_edits();
    if !undo_edits.is_empty() {
        let label = format!(
            "draft {} incident(s) in {} article(s)",
            drafted.incidents, drafted.articles_drafted
        );
        drafted.undo_step = Some(Change::new(label, undo_edits));
    }
    match finished {
        // Articles deleted while drafting were read too, with nothing to draft.
        Ok(()) => drafted.read = total,
        Err(Stop::Cancelled) => drafted.cancelled = true,
        Err(Stop::Failed(err)) => return Err(err),
    }
    last?;
    Ok(drafted)
}

/// The drafts' storing: the places and actors known so far (those a batch adds are known to the
/// next), and the undo step of all of it.
struct Storing {
    places: Vec<Place>,
    actors: Vec<Actor>,
    stamp: Stamp,
    /// Each batch's inverse, in the order the batches were stored. Kept apart until the end:
    /// putting each new one before all the others copied every edit so far at every batch,
    /// which on 100,000 articles slowed the run down as it went.
    undo_batches: Vec<Vec<Edit>>,
}

impl Storing {
    fn new(project: &Project) -> StoreResult<Self> {
        Ok(Self {
            places: places::all(project.conn())?,
            actors: actors::all(project.conn())?,
            stamp: Stamp::now(project.analyst()),
            undo_batches: Vec::new(),
        })
    }

    /// The undo step's edits: the last batch's inverse first. Each batch is freed as it is
    /// moved, so the edits are not held twice.
    fn undo_edits(self) -> Vec<Edit> {
        let mut edits = Vec::with_capacity(self.undo_batches.iter().map(Vec::len).sum());
        for inverse in self.undo_batches.into_iter().rev() {
            edits.extend(inverse);
        }
        edits
    }

    /// Stores `batch`'s drafts as proposed incidents in one transaction, and keeps its inverse
    /// for the undo step.
    fn batch(
        &mut self,
        project: &mut Project,
        batch: Vec<(Article, ArticleDrafts)>,
        drafted: &mut Drafted,
    ) -> StoreResult<()> {
        let mut edits = Vec::new();
        let (mut incidents, mut articles_drafted) = (0, 0);
        for (article, found) in &batch {
            // An article deleted since it was read (an import undone) has nothing to store;
            // asked by its hash, without reading its text again.
            if articles::id_by_hash(project.conn(), &article.content_hash)?
                != Some(article.article_id)
            {
                continue;
            }
            let change = proposed::store_drafts(
                &found.drafts,
                article,
                &self.places,
                &self.actors,
                &self.stamp,
            );
            for edit in &change.edits {
                match edit {
                    Edit::Put(Record::Place(p)) => self.places.push((**p).clone()),
                    Edit::Put(Record::Actor(a)) => self.actors.push((**a).clone()),
                    _ => {}
                }
            }
            edits.extend(change.edits);
            incidents += found.drafts.len();
            articles_drafted += 1;
        }
        if edits.is_empty() {
            return Ok(());
        }
        let change = Change::new("draft incidents".to_owned(), edits);
        let inverse = project.apply_now(&change, &change.label)?.edits;
        self.undo_batches.push(inverse);
        drafted.incidents += incidents;
        drafted.articles_drafted += articles_drafted;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn drafting_stores_as_it_goes_and_a_cancel_keeps_what_was_stored_as_one_step() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("p.db");
        let mut project = crate::store::Project::create(&path, "test").expect("created");
        let paths: Vec<_> = (0..3)
            .map(|n| {
                let file = dir.path().join(format!("a{n}.txt"));
                let text = format!(
                    "date 2024-01-0{}\nArticle {n}: seven rockets struck a US base near Erbil \
                     on Monday.",
                    n + 2
                );
                std::fs::write(&file, text).expect("written");
                file
            })
            .collect();
        let never = std::sync::atomic::AtomicBool::new(false);
        crate::import::import_files(&mut project, &paths, &never, |_| {}).expect("imported");
        let readers = |p: &Project| vec![p.reader().expect("a"), p.reader().expect("b")];
        let count = |p: &Project| {
            crate::store::meta::counts(p.conn())
                .expect("counts")
                .incidents
        };

        let (job, reporter) = DraftJob::pending("drafting");
        job.cancel();
        let read_by = readers(&project);
        let cancelled = draft_all(&mut project, read_by, &reporter).expect("drafted");
        assert_eq!(
            (cancelled.read, cancelled.total, cancelled.cancelled),
            (0, 3, true)
        );
        assert!(
            cancelled.undo_step.is_none(),
            "nothing stored, nothing to undo"
        );
        assert_eq!(count(&project), 0);

        let (_job, reporter) = DraftJob::pending("drafting");
        let read_by = readers(&project);
        let whole = draft_all(&mut project, read_by, &reporter).expect("drafted");
        assert_eq!((whole.read, whole.total, whole.cancelled), (3, 3, false));
        assert_eq!(whole.articles_drafted, 3);
        assert_eq!(count(&project), whole.incidents, "stored by the job itself");
        assert!(whole.incidents >= 3);
        let undo = whole.undo_step.expect("one undo step");
        project.apply_now(&undo, "undo").expect("undone");
        assert_eq!(count(&project), 0, "the one step takes every draft back");
    }
}
