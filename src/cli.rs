//! The command line: headless work on project files. `spanline PROJECT.db` with no subcommand
//! opens the window instead (see `main.rs`).

/// Writes a line to standard output; an output that is gone (a closed pipe, a full disk) is an
/// error the caller returns, never a panic.
macro_rules! say {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        writeln!(std::io::stdout().lock(), $($arg)*)?
    }};
}

use std::path::PathBuf;
use std::sync::atomic::AtomicBool;

use anyhow::{Context, Result, bail};
use clap::{Parser, Subcommand};

use crate::import;
use crate::store::{Project, meta};
use crate::team;

#[derive(Debug, Parser)]
#[command(
    name = "spanline",
    version,
    about = "Turn reports into a sourced incident dataset"
)]
pub struct Cli {
    /// Your name in the project's change log (default: $SPANLINE_ANALYST, then $USER).
    #[arg(long, global = true)]
    pub analyst: Option<String>,
    #[command(subcommand)]
    pub command: Option<Command>,
    /// A project to open in the window.
    pub project: Option<PathBuf>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Create a new, empty project with the default codebook.
    New { project: PathBuf },
    /// Import .txt, .md and .html files or web pages (https://…) as articles, or a project's
    /// .json export (merged in; into a new project it restores the project exactly). Creates
    /// the project if missing.
    Import {
        project: PathBuf,
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// Create the project even though its name does not end in .db (without it, a
        /// mistyped `spanline import notes.txt a.txt` would make a project of notes.txt).
        #[arg(long)]
        any_name: bool,
    },
    /// Check that a file (or a team project, by its address) is a sound project this version
    /// can open, without changing it.
    Check { file: PathBuf },
    /// The articles whose title or text hold every word given, best first (on a team
    /// project, the server's own text search).
    Search {
        project: PathBuf,
        #[arg(required = true)]
        words: Vec<String>,
        /// At most this many.
        #[arg(long, default_value_t = 20)]
        limit: usize,
    },
    /// Count what a project (or a team project, by its address) holds.
    Stats { project: PathBuf },
    /// Write the project's incidents or evidence in a format the field uses. PROJECT may be
    /// a team project's address.
    Export {
        project: PathBuf,
        #[arg(long, short, value_enum)]
        format: crate::export::Format,
        /// The file to write (replaced whole, never half written).
        #[arg(long, short)]
        output: PathBuf,
    },
    /// Save a compacted copy of a project to send (replacing OUTPUT whole).
    Copy {
        project: PathBuf,
        output: PathBuf,
        /// Keep of each article only the words its evidence needs, for sources that may not
        /// be passed on; offsets stay valid and merges still match the articles.
        #[arg(long)]
        without_texts: bool,
    },
    /// Agreement between two analysts who coded the same articles: span F1, and agreement,
    /// Cohen's kappa and Krippendorff's alpha per field on the incidents both coded.
    Agreement {
        ours: PathBuf,
        theirs: PathBuf,
        /// Also write the tables as CSV.
        #[arg(long, short)]
        output: Option<PathBuf>,
    },
    /// Draft the incidents the articles report, each field with the sentence it came from
    /// (nothing is stored). Without --article, every article is drafted.
    Draft {
        project: PathBuf,
        /// Only this article (its id, as `spanline export --format json` shows it).
        #[arg(long)]
        article: Option<String>,
        /// Every article (the default).
        #[arg(long, conflicts_with = "article")]
        all: bool,
        /// Print the drafts as a JSON array, one object per draft (see the README).
        #[arg(long)]
        json: bool,
        /// Store the drafts of every article not yet coded in the project, marked proposed,
        /// as Edit ▸ Draft every article not yet coded does in the window.
        #[arg(long, conflicts_with_all = ["article", "json"])]
        store: bool,
    },
    /// A team project on a PostgreSQL server (postgres://host/database).
    #[command(subcommand)]
    Team(TeamCommand),
    /// Put a project file on a new team project exactly: every record, offset and change-log
    /// entry, in one transaction.
    Publish {
        project: PathBuf,
        /// The team project's address, made by `spanline team init`.
        address: String,
    },
    /// Make an offline copy of a team project: a new project file, exactly as the server
    /// holds it.
    Checkout {
        address: String,
        /// The new project file (must not exist).
        project: PathBuf,
    },
    /// Merge a colleague's project into yours: one undoable step; their change log comes along.
    Merge {
        /// Your project, changed by the merge.
        into: PathBuf,
        /// Their project, only read (checked first like any file someone sent).
        from: PathBuf,
        /// Where both of you changed a field differently: keep whose value. Without it, the
        /// conflicts are listed and nothing is changed (resolve them one by one in the window).
        #[arg(long, value_enum)]
        take: Option<Side>,
    },
}

/// What is done to a team project itself.
#[derive(Debug, Subcommand)]
pub enum TeamCommand {
    /// Create a team project's tables and roles in an empty PostgreSQL database. The password
    /// comes from PGPASSWORD or ~/.pgpass, as for psql.
    Init { address: String },
}

/// Whose value a conflicting field keeps.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Side {
    Ours,
    Theirs,
}

/// The analyst's name: the flag, then the environment, then a neutral default.
/// Whether a path is named as a project file is (`.db`).
fn is_project_name(path: &std::path::Path) -> bool {
    path.extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("db"))
}

/// Text from a project as a terminal may safely show it: control characters (escape sequences
/// could rewrite the screen) shown as their code.
pub fn printable(text: &str) -> String {
    text.chars()
        .map(|c| {
            if c.is_control() {
                format!("\\u{{{:x}}}", u32::from(c))
            } else {
                c.to_string()
            }
        })
        .collect()
}

pub fn analyst_name(flag: Option<&str>) -> String {
    flag.map(str::to_owned)
        .or_else(|| std::env::var("SPANLINE_ANALYST").ok())
        .or_else(|| std::env::var("USER").ok())
        .filter(|name| !name.trim().is_empty())
        .unwrap_or_else(|| "analyst".to_owned())
}

/// The project file a reading command works on: `project` itself, or for a team project's
/// address a checkout of it in a temporary folder (kept while the guard lives).
fn readable(project: PathBuf, analyst: &str) -> Result<(PathBuf, Option<team::LocalCopy>)> {
    let text = project.to_string_lossy();
    if !team::is_team_address(&text) {
        return Ok((project, None));
    }
    let address = team::Address::parse(&text)?;
    eprintln!("reading {} …", address.shown());
    let copy = team::LocalCopy::of(&address, analyst)?;
    Ok((copy.path().to_owned(), Some(copy)))
}

pub fn run(command: Command, analyst: &str) -> Result<()> {
    match command {
        Command::New { project } => {
            Project::create(&project, analyst)?;
            say!("created {}", project.display());
        }
        Command::Import {
            project,
            files,
            any_name,
        } => {
            if team::is_team_address(&project.to_string_lossy()) {
                return import_to_team(&project.to_string_lossy(), &files, analyst);
            }
            if !project.exists() && !any_name && !is_project_name(&project) {
                bail!(
                    "{} does not exist and its name does not end in .db: it would become a new \
                     project. Name the project first (spanline import PROJECT.db FILES…), or add \
                     --any-name to create it under this name",
                    project.display()
                );
            }
            import(&project, &files, analyst)?
        }
        Command::Draft {
            project,
            article,
            all: _,
            json,
            store,
        } => {
            if store {
                if team::is_team_address(&project.to_string_lossy()) {
                    bail!(
                        "--store writes into a project file; a team project's drafts are stored \
                         from the window (Edit ▸ Draft every article not yet coded)"
                    );
                }
                return draft_and_store(&project, analyst);
            }
            let (project, _copy) = readable(project, analyst)?;
            draft(&project, article.as_deref(), json, analyst)?
        }
        Command::Check { file } => {
            // A team project is checked as a whole copy of it: every row through the file's
            // types and rules, then the file's own checks.
            let shown = team::address::without_password(&file.to_string_lossy());
            let (file, _copy) = readable(file, analyst)?;
            let (version, values) =
                crate::merge::check_file(&file).map_err(|err| anyhow::anyhow!("{shown}: {err}"))?;
            let values = match values {
                crate::merge::ValuesChecked::Yes => "",
                crate::merge::ValuesChecked::No => {
                    "; an unfinished edit lies beside it, so its values were not read"
                }
            };
            say!("{shown}: a sound Spanline project (file format {version}){values}");
        }
        Command::Team(TeamCommand::Init { address }) => {
            let address = team::Address::parse(&address)?;
            team::schema::init(&mut address.connect()?, &address.shown())?;
            say!(
                "created a team project at {} (schema version {}) and its roles spanline_reader, \
                 spanline_coder, spanline_reviewer, spanline_codebook, spanline_admin",
                address.shown(),
                team::schema::VERSION
            );
        }
        Command::Publish { project, address } => {
            let file = Project::open_foreign(&project)?;
            let address = team::Address::parse(&address)?;
            let shown = address.shown();
            let copied = team::publish(&file, &mut address.connect()?, &shown, |table, rows| {
                eprintln!("{table}: {rows} row(s)");
            })?;
            let rows: u64 = copied.iter().map(|(_, rows)| rows).sum();
            say!("published {} to {shown} ({rows} rows)", project.display());
        }
        Command::Checkout { address, project } => {
            let address = team::Address::parse(&address)?;
            let shown = address.shown();
            let mut client = address.connect()?;
            team::checkout(&mut client, &shown, &project, analyst, |table, rows| {
                eprintln!("{table}: {rows} row(s)");
            })?;
            say!("checked out {shown} into {}", project.display());
        }
        Command::Search {
            project,
            words,
            limit,
        } => {
            let words = words.join(" ");
            let text = project.to_string_lossy();
            let found: Vec<(crate::model::ArticleId, String)> = if team::is_team_address(&text) {
                let address = team::Address::parse(&text)?;
                let limit = i64::try_from(limit).unwrap_or(i64::MAX);
                team::search(&mut address.connect()?, &address.shown(), &words, limit)?
            } else {
                let project = Project::open(&project, analyst)?;
                match crate::store::articles::words_query(&words) {
                    Some(query) => {
                        crate::store::articles::search_summaries(project.conn(), &query, limit)?
                            .into_iter()
                            .map(|a| (a.article_id, a.meta.title))
                            .collect()
                    }
                    None => Vec::new(),
                }
            };
            for (id, title) in &found {
                say!("{id}  {}", printable(title));
            }
            eprintln!("{} article(s)", found.len());
        }
        Command::Stats { project } if team::is_team_address(&project.to_string_lossy()) => {
            let address = team::Address::parse(&project.to_string_lossy())?;
            let counts = team::counts(&mut address.connect()?, &address.shown())?;
            say!("{counts}");
        }
        Command::Stats { project } => {
            // Counting writes nothing and a damaged page is an error, not a wrong answer, so
            // the counts come at once instead of after the full scan (44 s at a million
            // incidents); `spanline check` is that scan.
            let project = Project::open(&project, analyst)?;
            let counts = meta::counts(project.conn())?;
            say!("{counts}");
        }
        Command::Export {
            project,
            format,
            output,
        } => {
            let (project, _copy) = readable(project, analyst)?;
            let mut project = Project::open(&project, analyst)?;
            // The export is written while SQLite's scan reads the file on its own thread, and
            // put in place only once the scan has found the records' tables sound: a damaged
            // project never becomes an export, and the two take the time of the longer.
            eprintln!("exporting {} …", format.title());
            let reader = project.reader()?;
            let watch = crate::export::Watch::unwatched();
            let prepared = crate::export::prepare_export(&reader, format, &output, watch)
                .map_err(anyhow::Error::msg)?;
            project.wait_until_records_verified()?;
            prepared.file.publish().map_err(anyhow::Error::msg)?;
            say!("{}", prepared.summary);
            for (column, why) in format.not_mapped() {
                eprintln!("not mapped: {column} ({why})");
            }
        }
        Command::Copy {
            project,
            output,
            without_texts,
        } => {
            let (project, _copy) = readable(project, analyst)?;
            let mut project = Project::open(&project, analyst)?;
            // What the file holds is read only once SQLite's scan has found it sound.
            project.wait_until_verified()?;
            if without_texts {
                let withheld = project.save_copy_without_texts(&output)?;
                say!(
                    "saved {} ({withheld} characters withheld)",
                    output.display()
                );
            } else {
                project.save_copy(&output)?;
                say!("saved {}", output.display());
            }
        }
        Command::Agreement {
            ours,
            theirs,
            output,
        } => {
            let read = |path: &PathBuf| -> Result<crate::model::Snapshot> {
                let conn = crate::merge::open_theirs(path)
                    .map_err(|err| anyhow::anyhow!("cannot read {}: {err}", path.display()))?;
                Ok(crate::merge::source::read_records(&conn)?)
            };
            let (ours, _our_copy) = readable(ours, analyst)?;
            let (theirs, _their_copy) = readable(theirs, analyst)?;
            let report = crate::agreement::compare(&read(&ours)?, &read(&theirs)?);
            print!("{}", report.as_text());
            if let Some(output) = output {
                crate::export::write_atomically(&output, |out| report.write_csv(out))
                    .map_err(anyhow::Error::msg)?;
                say!("wrote {}", output.display());
            }
        }
        Command::Merge { into, from, take } => {
            let theirs = crate::merge::open_theirs(&from)
                .map(crate::merge::Theirs::Project)
                .map_err(|err| anyhow::anyhow!("cannot merge from {}: {err}", from.display()))?;
            let label = format!("merge from {}", from.display());
            let into_text = into.to_string_lossy();
            if team::is_team_address(&into_text) {
                // Into a team project: through a temporary copy joined for the command, the
                // merge going to the server first (with the change log it brings).
                let address = team::Address::parse(&into_text)?;
                let mut join = team::TemporaryJoin::new(&address, analyst)?;
                merge(&mut join.project, &theirs, take, &label)?;
            } else {
                let mut project = Project::open(&into, analyst)?;
                merge(&mut project, &theirs, take, &label)?;
            }
        }
    }
    Ok(())
}

/// Drafts one article, or every article of the project: read one at a time on two threads and
/// printed as they are drafted (a JSON array with `--json`), so memory does not grow with the
/// project.
fn draft(path: &std::path::Path, article: Option<&str>, json: bool, analyst: &str) -> Result<()> {
    use std::io::Write as _;
    let only = article
        .map(|id| {
            id.parse::<crate::model::ArticleId>()
                .map_err(|err| anyhow::anyhow!("{id:?} is not an article id: {err}"))
        })
        .transpose()?;
    let mut project = Project::open(path, analyst)?;
    project.wait_until_verified()?;
    let ids = match only {
        Some(id) if crate::store::articles::get(project.conn(), id)?.is_none() => bail!(
            "{} has no article {}",
            path.display(),
            article.unwrap_or_default()
        ),
        Some(id) => vec![id],
        None => crate::store::articles::all_ids(project.conn())?,
    };
    let drafter = crate::draft::Drafter::new(project.conn())?;
    let readers = (0..crate::draft::DRAFTING_THREADS)
        .map(|_| project.reader())
        .collect::<Result<Vec<_>, _>>()?;
    let (mut articles, mut drafts, mut other) = (0, 0, 0);
    // Buffered: stdout alone writes at every line end, and a project's drafts are millions of
    // lines.
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    if json {
        writeln!(out, "[")?;
    }
    crate::draft::draft_each(&drafter, readers, &ids, |_, drafted| -> Result<()> {
        articles += 1;
        other += drafted.other_events.len();
        for d in &drafted.drafts {
            if json {
                let separator = if drafts == 0 { "" } else { "," };
                writeln!(out, "{separator}{}", serde_json::to_string_pretty(d)?)?;
            } else {
                writeln!(
                    out,
                    "{} · {} · {} · {} · confidence {:.2}{}",
                    d.date_start.map_or("undated".to_owned(), |d| d.to_string()),
                    printable(d.place.as_ref().map_or("no place", |p| p.name.as_str())),
                    printable(d.weapon.as_deref().unwrap_or("no weapon")),
                    printable(&d.summary),
                    d.confidence,
                    d.corroborates
                        .map(|id| format!(" · corroborates {id}"))
                        .unwrap_or_default()
                )?;
            }
            drafts += 1;
        }
        Ok(())
    })?;
    if json {
        writeln!(out, "]")?;
    }
    out.flush()?;
    if !json {
        eprintln!(
            "{drafts} draft(s) from {articles} article(s); {other} other event(s) mentioned, not \
             drafted"
        );
    }
    Ok(())
}

/// Drafts every article not yet coded and stores the drafts as proposed incidents, on the
/// window's own job, telling how far it has come on stderr.
fn draft_and_store(path: &std::path::Path, analyst: &str) -> Result<()> {
    let project = Project::open(path, analyst)?;
    let readers = (0..crate::draft::DRAFTING_THREADS)
        .map(|_| project.reader())
        .collect::<Result<Vec<_>, _>>()?;
    let mut job = crate::draft::job::start_on(project, readers);
    let mut told = 0;
    let drafted = loop {
        job.wait_for_news();
        match job.poll() {
            crate::jobs::Poll::Done(result) => break result.map_err(|err| anyhow::anyhow!(err))?,
            crate::jobs::Poll::Running(Some(progress)) if progress.done >= told => {
                eprintln!("drafted {} of {} article(s)", progress.done, progress.total);
                told = progress.done + progress.total.div_ceil(20).max(1);
            }
            crate::jobs::Poll::Running(_) => {}
        }
    };
    say!(
        "stored {} proposed incident(s) from {} of {} article(s) not yet coded",
        drafted.incidents,
        drafted.articles_drafted,
        drafted.total
    );
    Ok(())
}

fn merge(
    project: &mut Project,
    theirs: &crate::merge::Theirs,
    take: Option<Side>,
    label: &str,
) -> Result<()> {
    eprintln!("comparing the projects …");
    let plan = crate::merge::prepare(project, theirs).map_err(anyhow::Error::msg)?;
    if plan.is_empty() {
        say!("nothing to merge: the projects agree");
        return Ok(());
    }
    let choice = match take {
        Some(Side::Ours) => crate::merge::Choice::Ours,
        Some(Side::Theirs) => crate::merge::Choice::Theirs,
        None if plan.conflicts.is_empty() => crate::merge::Choice::Ours,
        None => {
            for conflict in &plan.conflicts {
                eprintln!("conflict: {}", printable(&conflict.title));
                for field in &conflict.fields {
                    eprintln!(
                        "  {}: ours {} | theirs {}",
                        printable(&field.field),
                        printable(&field.ours.to_string()),
                        printable(&field.theirs.to_string())
                    );
                }
            }
            bail!(
                "{} record(s) were changed differently on both sides; nothing was merged. \
                 Choose with --take ours|theirs, or resolve them field by field in the window",
                plan.conflicts.len()
            );
        }
    };
    let choices: Vec<Vec<crate::merge::Choice>> = plan
        .conflicts
        .iter()
        .map(|c| vec![choice; c.fields.len()])
        .collect();
    let matched = plan.matched_by_content;
    let kept_deleted = plan.kept_deleted;
    let report =
        crate::merge::apply(project, plan, &choices, theirs, label).map_err(anyhow::Error::msg)?;
    say!(
        "merged: {} added, {} updated, {} in conflict resolved ({choice:?}), {} matched by content, \
         {kept_deleted} you had deleted left out, {} change log entries copied",
        report.added,
        report.updated,
        report.conflicts_resolved,
        matched,
        report.log_entries_copied
    );
    Ok(())
}

/// Incidents from an ACLED-style CSV, as one undoable step.
fn import_acled(project: &mut Project, table: &std::path::Path, analyst: &str) -> Result<()> {
    let known = crate::import::acled::Known::of(project.conn())?;
    let file = import::source_file::open_regular(table)
        .with_context(|| format!("cannot read {}", table.display()))?;
    let stamp = crate::model::Stamp::now(analyst);
    let read = crate::import::acled::read(file, &known, &stamp)
        .map_err(|err| anyhow::anyhow!("{}: {err}", table.display()))?;
    for (line, why) in &read.skipped {
        eprintln!("{}:{line}: skipped, {}", table.display(), printable(why));
    }
    project.run(read.change)?;
    say!(
        "imported {} incident(s) from {}; {} row(s) skipped",
        read.incidents,
        table.display(),
        read.skipped.len()
    );
    Ok(())
}

/// What an import brings, by kind: web pages, project exports, incident tables, files.
struct ToImport {
    pages: Vec<PathBuf>,
    exports: Vec<PathBuf>,
    tables: Vec<PathBuf>,
    files: Vec<PathBuf>,
}

impl ToImport {
    fn sorted(files: &[PathBuf]) -> Self {
        let has_extension =
            |f: &PathBuf, ext: &str| f.extension().is_some_and(|e| e.eq_ignore_ascii_case(ext));
        let (pages, files): (Vec<PathBuf>, Vec<PathBuf>) = files
            .iter()
            .cloned()
            .partition(|f| f.to_str().is_some_and(import::web::is_web_address));
        let (exports, files): (Vec<PathBuf>, Vec<PathBuf>) =
            files.into_iter().partition(|f| has_extension(f, "json"));
        let (tables, files): (Vec<PathBuf>, Vec<PathBuf>) =
            files.into_iter().partition(|f| has_extension(f, "csv"));
        Self {
            pages,
            exports,
            tables,
            files,
        }
    }

    /// Imports everything into `project` (named `path` in messages).
    fn into(self, project: &mut Project, path: &std::path::Path, analyst: &str) -> Result<()> {
        let may_stream = !project.has_before_commit();
        restore_exports(project, &self.exports, may_stream)?;
        for table in &self.tables {
            import_acled(project, table, analyst)?;
        }
        if !self.pages.is_empty() {
            import_pages(project, &self.pages)?;
        }
        if self.files.is_empty() {
            return Ok(());
        }
        import_articles(project, path, &self.files)
    }
}

/// Imports into a team project: a temporary copy joined for the command, every batch sent to
/// the server first.
fn import_to_team(address: &str, files: &[PathBuf], analyst: &str) -> Result<()> {
    let address = team::Address::parse(address)?;
    eprintln!("joining {} …", address.shown());
    let mut join = team::TemporaryJoin::new(&address, analyst)?;
    let shown = PathBuf::from(address.shown());
    ToImport::sorted(files).into(&mut join.project, &shown, analyst)
}

fn import(path: &std::path::Path, files: &[PathBuf], analyst: &str) -> Result<()> {
    let ToImport {
        pages,
        exports,
        tables,
        files,
    } = ToImport::sorted(files);
    let created = !path.exists();
    let mut project = if !created {
        Project::open(path, analyst)?
    } else if files.is_empty() && pages.is_empty() {
        eprintln!("restoring into new project {}", path.display());
        Project::create_empty(path, analyst)?
    } else {
        eprintln!("creating new project {}", path.display());
        Project::create(path, analyst)?
    };
    let imported = ToImport {
        pages,
        exports,
        tables,
        files,
    }
    .into(&mut project, path, analyst);
    // A project this command created for an import that then failed is not left behind.
    if imported.is_err() && created {
        drop(project);
        if std::fs::remove_file(path).is_ok() {
            eprintln!("removed {}, created for this import", path.display());
        }
    }
    imported
}

/// Fetches each web page and imports it; says what became of each.
fn import_pages(project: &mut Project, pages: &[PathBuf]) -> Result<()> {
    let (mut imported, mut failed) = (0, 0);
    for page in pages {
        let address = page.to_string_lossy();
        eprintln!("fetching {address} …");
        let read = import::web::fetch(&address, import::web::TIME_OUT)
            .and_then(|fetched| import::web::read(&fetched));
        match read {
            Ok(parsed) => {
                let title = printable(&parsed.meta.title);
                match import::import_page(project, parsed)? {
                    import::PageImport::Imported(_) => {
                        imported += 1;
                        say!("imported {title} from {address}");
                    }
                    import::PageImport::Duplicate(_) => {
                        eprintln!("skipped {address}: the project already has this text")
                    }
                }
            }
            Err(err) => {
                failed += 1;
                eprintln!("skipped {}", printable(&err.to_string()));
            }
        }
    }
    if imported == 0 && failed > 0 {
        bail!("no web page could be imported");
    }
    Ok(())
}

/// Restores or merges each project export. Into a project that holds nothing yet (and may be
/// written in bulk: not a team project) the first is streamed in, in bounded memory; every
/// other is merged, its conflicts refused unless one side is chosen.
fn restore_exports(project: &mut Project, exports: &[PathBuf], may_stream: bool) -> Result<()> {
    for export in exports {
        let file = import::source_file::open_regular(export)
            .with_context(|| format!("cannot read {}", export.display()))?;
        let label = format!("import {}", export.display());
        if may_stream && project.holds_no_records()? {
            eprintln!("restoring {} …", export.display());
            let mut shown = 0;
            let never_cancelled = AtomicBool::new(false);
            let restore = crate::export::restore::restore;
            let restored = restore(project, file, &label, &never_cancelled, |written| {
                if written / PROGRESS_EVERY > shown / PROGRESS_EVERY {
                    eprintln!("  {written} records written …");
                }
                shown = written;
            })
            .map_err(|err| anyhow::anyhow!("{}: {err}", export.display()))?;
            say!("restored {restored} records from {}", export.display());
            continue;
        }
        let dump = crate::export::json::read(file)
            .map_err(|err| anyhow::anyhow!("{}: {err}", export.display()))?;
        merge(project, &crate::merge::Theirs::Export(dump), None, &label)?;
    }
    Ok(())
}

/// How often a long restore says how far it has come, in records.
const PROGRESS_EVERY: usize = 100_000;

fn import_articles(project: &mut Project, path: &std::path::Path, files: &[PathBuf]) -> Result<()> {
    let never_cancelled = AtomicBool::new(false);
    let report = import::import_files(project, files, &never_cancelled, |progress| {
        if progress.done < progress.total {
            eprintln!(
                "[{}/{}] {}",
                progress.done + 1,
                progress.total,
                progress.current.display()
            );
        }
    })
    .with_context(|| format!("import into {} failed", path.display()))?;
    for (file, reason) in &report.failed {
        eprintln!("skipped {}: {reason}", file.display());
    }
    for file in &report.duplicates {
        eprintln!(
            "skipped {}: the project already has this text",
            file.display()
        );
    }
    say!(
        "imported {} article(s) into {}; {} duplicate(s), {} failed",
        report.imported.len(),
        path.display(),
        report.duplicates.len(),
        report.failed.len()
    );
    if report.imported.is_empty() && !report.failed.is_empty() {
        bail!("no file could be imported");
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    #[test]
    fn project_text_cannot_send_escape_sequences_to_the_terminal() {
        assert_eq!(
            super::printable("K1\u{1b}[2Jbase\n"),
            "K1\\u{1b}[2Jbase\\u{a}"
        );
    }
}
