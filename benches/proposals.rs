//! Proposals and drafting at the sizes analysts meet: the shipped gazetteer read at start-up,
//! the suggestions of a 71 KB article (every name, date, count and weapon in it, against the
//! default codebook and the gazetteer), and drafting a 5 KB and a 71 KB article.

mod common;

use divan::AllocProfiler;
use spanline::draft::{Codebook, Drafter, draft_article};
use spanline::model::default_codebook::{default_actors, default_places, default_terms};
use spanline::propose::Context;

#[global_allocator]
static ALLOC: AllocProfiler<mimalloc::MiMalloc> = AllocProfiler::new(mimalloc::MiMalloc);

fn main() {
    divan::main();
}

/// A report of about 5 KB: several incidents, claims, counts, places and dates.
const REPORT: &str = "Seven rockets were fired at the US embassy compound in Baghdad's Green Zone on \
Tuesday night, the Iraqi military said. Four of them landed inside the Green Zone while the others \
fell in a residential district, killing one child and wounding five civilians. A previously unknown \
group calling itself Saraya Awliya al-Dam claimed the attack in a statement on Telegram. Kata'ib \
Hezbollah denied any role.\n\nConvoys carrying supplies for the US-led coalition were struck by \
roadside bombs on 12 May, 19 May and 2 June 2021, all in Babil province. No casualties were \
reported.\n\nAn explosive-laden drone struck near a hangar used by coalition forces at Erbil \
airport on 30 June 2021. There were no injuries. A drone struck a farm near Tarmiyah, north of \
Baghdad. سقطت عشرة صواريخ على قاعدة عين الأسد الجوية في محافظة الأنبار صباح اليوم.\n\n";

/// The default codebook's lists and drafting scope, as a new project has them.
struct Defaults {
    actors: Vec<spanline::model::Actor>,
    places: Vec<spanline::model::Place>,
    terms: Vec<spanline::model::VocabTerm>,
    scope: spanline::draft::scope::Scope,
}

impl Defaults {
    fn new() -> Self {
        Self {
            actors: default_actors(),
            places: default_places(),
            terms: default_terms(),
            scope: spanline::draft::scope::Scope::default(),
        }
    }

    fn codebook(&self) -> Codebook<'_> {
        Codebook {
            actors: &self.actors,
            places: &self.places,
            terms: &self.terms,
            scope: &self.scope,
        }
    }

    /// The proposals' context for an article of 2 July 2021, no text around the span.
    fn context(&self) -> Context<'_> {
        Context {
            article_date: Some(jiff::civil::date(2021, 7, 2)),
            actors: &self.actors,
            places: &self.places,
            terms: &self.terms,
            around: "",
        }
    }
}

fn article(size: usize) -> spanline::model::Article {
    let mut text = String::new();
    while text.len() < size {
        text.push_str(REPORT);
    }
    let mut article = spanline::model::Article {
        article_id: spanline::model::ArticleId::new(),
        content_hash: String::new(),
        meta: Default::default(),
        source_name: None,
        source_format: spanline::model::SourceFormat::Txt,
        text,
        imported_at: jiff::Timestamp::UNIX_EPOCH,
        imported_by: "bench".into(),
    };
    article.meta.published = Some(jiff::civil::date(2021, 7, 2));
    article
}

#[divan::bench(sample_count = 20, sample_size = 1)]
fn read_the_gazetteer(bencher: divan::Bencher) {
    bencher.bench(|| spanline::model::gazetteer::parse_all().len());
}

#[divan::bench(sample_count = 20, sample_size = 1)]
fn suggestions_of_a_71_kb_article(bencher: divan::Bencher) {
    let defaults = Defaults::new();
    let text = article(71_000).text;
    let context = defaults.context();
    // The gazetteer's index is built once per run of the app, not per article.
    let _ = spanline::propose::propose_places("Tarmiyah", &defaults.places);
    bencher.bench(|| spanline::propose::suggest::suggest(&text, &context).len());
}

/// What the window's thread spends opening a 71 KB article: reading it and its coding, and
/// starting its suggestions, which are worked out on their own thread (the bench above).
#[divan::bench(sample_count = 20, sample_size = 1)]
fn open_a_71_kb_article_on_the_window_thread(bencher: divan::Bencher) {
    use spanline::edit::{Change, Edit};
    use spanline::model::Record;
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("p.db");
    let mut project = spanline::store::Project::create(&path, common::ANALYST).expect("created");
    let mut stored = article(71_000);
    stored.content_hash = spanline::model::article::content_hash(&stored.text);
    let article_id = stored.article_id;
    let change = Change::new(
        "bench article",
        vec![Edit::Put(Record::Article(Box::new(stored)))],
    );
    project.run(change).expect("stored");
    let lanes = spanline::timeline::lanes::LaneBy::EventType;
    let mut workspace = spanline::workspace::Workspace::load(project.conn(), lanes).expect("loads");
    bencher.bench_local(|| {
        workspace
            .open_article(project.conn(), article_id, false)
            .expect("opens")
    });
}

#[divan::bench(args = [5_000, 71_000], sample_count = 10, sample_size = 1)]
fn draft_an_article(bencher: divan::Bencher, size: usize) {
    let defaults = Defaults::new();
    let codebook = defaults.codebook();
    let article = article(size);
    let _ = spanline::propose::propose_places("Tarmiyah", &defaults.places);
    bencher.bench(|| draft_article(&article, &codebook, &[]).drafts.len());
}

#[divan::bench(args = ["dates", "counts", "actors", "places", "weapons", "tokens"], sample_count = 5, sample_size = 1)]
fn one_kind_over_71_kb(bencher: divan::Bencher, kind: &str) {
    let (actors, places, terms) = (default_actors(), default_places(), default_terms());
    let text = article(71_000).text;
    let _ = spanline::propose::propose_places("Tarmiyah", &places);
    let date = Some(jiff::civil::date(2021, 7, 2));
    let actor_matcher = spanline::propose::actors::ActorMatcher::new(&actors);
    let place_matcher = spanline::propose::places::PlaceMatcher::new(&places);
    bencher.bench(|| {
        text.split('\n')
            .map(|p| match kind {
                "dates" => spanline::propose::propose_dates(p, date).len(),
                "counts" => spanline::propose::counts::count_mentions(p).len(),
                "actors" => actor_matcher.propose(p).len(),
                "places" => place_matcher.propose(p).len(),
                "tokens" => spanline::propose::names::word_tokens(p).len(),
                _ => spanline::propose::terms::weapon_mentions(p, &terms).len(),
            })
            .sum::<usize>()
    });
}

/// A project of 10,000 articles of about 5 KB, none coded yet, opened; its folder goes when the
/// first value is dropped.
fn ten_thousand_articles() -> (
    tempfile::TempDir,
    std::path::PathBuf,
    spanline::store::Project,
) {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("bench.db");
    common::build_project(&path, 10_000, 0);
    let project = spanline::store::Project::open(&path, common::ANALYST).expect("opens");
    (dir, path, project)
}

/// Drafting every article of a 10,000-article project (about 5 KB each, none coded yet), as
/// Edit ▸ Draft every article not yet coded does on its background thread: time, and what it
/// allocates.
#[divan::bench(sample_count = 1, sample_size = 1)]
fn draft_all_of_a_10000_article_project(bencher: divan::Bencher) {
    let (_dir, _path, project) = ten_thousand_articles();
    let conn = project.conn();
    bencher.bench_local(|| {
        let drafter = Drafter::new(conn).expect("reads");
        let articles = spanline::store::articles::all(conn, true).expect("articles");
        articles
            .iter()
            .map(|a| drafter.draft(a).drafts.len())
            .sum::<usize>()
    });
}

/// Drafting every article of a 10,000-article project and storing the drafts, as Edit ▸ Draft
/// every article not yet coded does in the window: the reading above, plus storing and logging
/// every proposed incident and its evidence, and keeping the run's one undo step.
#[divan::bench(sample_count = 1, sample_size = 1)]
fn draft_and_store_every_article_of_a_10000_article_project(bencher: divan::Bencher) {
    let (_dir, path, project) = ten_thousand_articles();
    bencher.bench_local(|| {
        let readers = (0..spanline::draft::DRAFTING_THREADS)
            .map(|_| project.reader().expect("reads"))
            .collect();
        let job =
            spanline::draft::job::start(readers, path.clone(), common::ANALYST.to_owned(), None);
        job.wait().expect("drafted").incidents
    });
}

/// Text shaped to find superlinear work: `shape` repeated to `size` bytes. One endless
/// paragraph of sentences, one endless sentence, full stops inside quotes with no spaces, and
/// a paragraph whose every sentence dates another event.
fn pathological(shape: &str, size: usize) -> spanline::model::Article {
    let mut text = String::with_capacity(size + 64);
    let mut day = 0usize;
    while text.len() < size {
        match shape {
            "one_paragraph" => text.push_str("Rockets struck the base on 3 May. "),
            "one_sentence" => text.push_str("rockets struck the US base at Erbil on 3 May, "),
            "quoted_stops" => text.push_str("\"a.\"."),
            "dated_events" => {
                day += 1;
                text.push_str(&format!(
                    "Rockets struck US forces at Erbil on {} {} 2021. ",
                    day % 28 + 1,
                    ["May", "June", "July"][day % 3]
                ));
            }
            _ => unreachable!("a shape of the list"),
        }
    }
    let mut article = article(0);
    article.text = text;
    article
}

/// Drafting must grow with the text, not its square: 1, 2, 4 and 8 MB of each shape.
#[divan::bench(
    consts = [1, 2, 4, 8],
    args = ["one_paragraph", "one_sentence", "quoted_stops", "dated_events"],
    sample_count = 3,
    sample_size = 1
)]
fn draft_megabytes_of_pathological_text<const MB: usize>(bencher: divan::Bencher, shape: &str) {
    let defaults = Defaults::new();
    let codebook = defaults.codebook();
    let article = pathological(shape, MB << 20);
    bencher.bench(|| draft_article(&article, &codebook, &[]).drafts.len());
}

/// The suggestions of the same texts (the editor works them out for the open article).
#[divan::bench(
    consts = [1, 2, 4, 8],
    args = ["one_paragraph", "one_sentence", "quoted_stops", "dated_events"],
    sample_count = 3,
    sample_size = 1
)]
fn suggestions_of_megabytes_of_pathological_text<const MB: usize>(
    bencher: divan::Bencher,
    shape: &str,
) {
    let defaults = Defaults::new();
    let context = defaults.context();
    let text = pathological(shape, MB << 20).text;
    bencher.bench(|| spanline::propose::suggest::suggest(&text, &context).len());
}
