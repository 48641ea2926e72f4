//! The command line: headless work on project files. `spanline PROJECT.db` with no subcommand
//! opens the window instead (see `main.rs`).

use std::path::PathBuf;
use std::sync::atomic::AtomicBool;

use anyhow::{Context, Result, bail};
use clap::{Parser, Subcommand};

use crate::import;
use crate::store::{Project, meta};

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
    /// Import .txt, .md and .html files as articles (creates the project if it does not exist).
    Import {
        project: PathBuf,
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// Check that a file is a sound project this version can open, without changing it.
    Check { file: PathBuf },
    /// Count what a project holds.
    Stats { project: PathBuf },
}

/// The analyst's name: the flag, then the environment, then a neutral default.
pub fn analyst_name(flag: Option<&str>) -> String {
    flag.map(str::to_owned)
        .or_else(|| std::env::var("SPANLINE_ANALYST").ok())
        .or_else(|| std::env::var("USER").ok())
        .filter(|name| !name.trim().is_empty())
        .unwrap_or_else(|| "analyst".to_owned())
}

pub fn run(command: Command, analyst: &str) -> Result<()> {
    match command {
        Command::New { project } => {
            Project::create(&project, analyst)?;
            println!("created {}", project.display());
        }
        Command::Import { project, files } => import(&project, &files, analyst)?,
        Command::Check { file } => {
            let version = Project::check(&file)?;
            println!(
                "{}: a sound Spanline project (file format {version})",
                file.display()
            );
        }
        Command::Stats { project } => {
            let project = Project::open(&project, analyst)?;
            let counts = meta::counts(project.conn())?;
            println!(
                "articles {}\nincidents {}\nevidence {}\nactors {}\nplaces {}\ncontext events {}",
                counts.articles,
                counts.incidents,
                counts.evidence,
                counts.actors,
                counts.places,
                counts.context_events
            );
        }
    }
    Ok(())
}

fn import(path: &std::path::Path, files: &[PathBuf], analyst: &str) -> Result<()> {
    let mut project = if path.exists() {
        Project::open(path, analyst)?
    } else {
        eprintln!("creating new project {}", path.display());
        Project::create(path, analyst)?
    };
    let never_cancelled = AtomicBool::new(false);
    let report = import::import_files(&mut project, files, &never_cancelled, |progress| {
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
    println!(
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
