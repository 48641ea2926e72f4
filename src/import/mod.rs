//! Turning files into articles: reading `.txt`, `.md` and saved `.html` pages, and adding them
//! to a project in batches with progress, duplicate detection and cancellation.

pub mod acled;
pub mod dateline;
pub mod headers;
mod headline;
mod html;
pub mod language;
pub mod pdf;
pub mod pdf_guard;
mod pdf_layout;
mod plain;
pub mod source_file;
pub mod web;

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};

use crate::edit::{Change, commands};
use crate::model::article::content_hash;
use crate::model::{Article, ArticleId, ArticleMeta, SourceFormat, Stamp};
use crate::store::{Project, StoreResult, articles};
pub use source_file::ReadError;

/// What a file yields before it becomes an article.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParsedArticle {
    pub meta: ArticleMeta,
    pub text: String,
    pub format: SourceFormat,
}

/// Whether a file name says it is a PDF (stored as the plain text read from it).
pub fn is_pdf(path: &Path) -> bool {
    path.extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("pdf"))
}

/// The format a file name says it has.
pub fn format_of(path: &Path) -> Option<SourceFormat> {
    let extension = path.extension()?.to_str()?.to_ascii_lowercase();
    match extension.as_str() {
        "txt" | "text" => Some(SourceFormat::Txt),
        "md" | "markdown" => Some(SourceFormat::Md),
        "html" | "htm" | "xhtml" => Some(SourceFormat::Html),
        _ => None,
    }
}

/// Parses file content of a known format. Never fails: the worst page yields its visible text.
pub fn parse(content: &str, format: SourceFormat) -> ParsedArticle {
    match format {
        SourceFormat::Html => html::parse(content),
        SourceFormat::Txt | SourceFormat::Md => plain::parse(content, format),
    }
}

/// Reads and parses one file (see [`source_file`] for what is refused and how text is decoded,
/// [`pdf`] for PDF files).
pub fn read_file(path: &Path) -> Result<ParsedArticle, ReadError> {
    if is_pdf(path) {
        return pdf::read(&source_file::read_bytes(path)?);
    }
    let format = format_of(path).ok_or(ReadError::NotSupported)?;
    let text = source_file::decode(&source_file::read_bytes(path)?)?;
    let parsed = parse(&text, format);
    if !source_file::has_visible_text(&parsed.text) {
        return Err(ReadError::NoText);
    }
    Ok(parsed)
}

/// Where a running import is, for a progress bar or line.
#[derive(Clone, Debug)]
pub struct Progress<'a> {
    pub done: usize,
    pub total: usize,
    pub current: &'a Path,
}

/// What an import did, file by file.
#[derive(Debug, Default)]
pub struct ImportReport {
    pub imported: Vec<(PathBuf, ArticleId)>,
    /// Files whose text the project already had (or that repeated an earlier file).
    pub duplicates: Vec<PathBuf>,
    pub failed: Vec<(PathBuf, String)>,
    /// The analyst cancelled; the files before that point were imported whole.
    pub cancelled: bool,
}

/// Articles are written in transactions of about this much text: large enough that syncing the
/// file does not dominate, small enough that progress and cancellation stay prompt.
const BATCH_BYTES: usize = 2 << 20;

/// Imports `paths` into `project`. Each batch of whole articles is one transaction, so a cancel
/// or crash never leaves half an article; the whole import is one undo step. Returns an error
/// only when the project cannot be written; problems with single files land in the report.
pub fn import_files(
    project: &mut Project,
    paths: &[PathBuf],
    cancel: &AtomicBool,
    mut on_progress: impl FnMut(Progress<'_>),
) -> StoreResult<ImportReport> {
    let stamp = Stamp::now(project.analyst());
    let mut report = ImportReport::default();
    let mut undo_edits = Vec::new();
    let written = import_into(
        project,
        paths,
        cancel,
        &mut on_progress,
        (&stamp, &mut report, &mut undo_edits),
    );
    // What was written stays one undo step even when a later batch failed (a full disk).
    if !undo_edits.is_empty() {
        let label = match report.imported.len() {
            1 => "import 1 article".to_owned(),
            n => format!("import {n} articles"),
        };
        project.record_undo_step(Change::new(label, undo_edits));
    }
    written?;
    on_progress(Progress {
        done: paths.len(),
        total: paths.len(),
        current: Path::new(""),
    });
    Ok(report)
}

/// The work of [`import_files`]: reads each file and writes the articles in batches.
fn import_into(
    project: &mut Project,
    paths: &[PathBuf],
    cancel: &AtomicBool,
    on_progress: &mut impl FnMut(Progress<'_>),
    (stamp, report, undo_edits): (&Stamp, &mut ImportReport, &mut Vec<crate::edit::Edit>),
) -> StoreResult<()> {
    let mut seen_hashes = HashSet::new();
    let mut batch: Vec<(PathBuf, Article)> = Vec::new();
    let mut batch_bytes = 0;
    for (index, path) in paths.iter().enumerate() {
        if cancel.load(Ordering::Relaxed) {
            report.cancelled = true;
            break;
        }
        on_progress(Progress {
            done: index,
            total: paths.len(),
            current: path,
        });
        let parsed = match read_file(path) {
            Ok(parsed) => parsed,
            Err(reason) => {
                report.failed.push((path.clone(), reason.to_string()));
                continue;
            }
        };
        let hash = content_hash(&parsed.text);
        if !seen_hashes.insert(hash.clone())
            || articles::id_by_hash(project.conn(), &hash)?.is_some()
        {
            report.duplicates.push(path.clone());
            continue;
        }
        batch_bytes += parsed.text.len();
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned());
        batch.push((path.clone(), new_article(parsed, hash, name, stamp)));
        if batch_bytes >= BATCH_BYTES {
            write_batch(project, &mut batch, report, undo_edits)?;
            batch_bytes = 0;
        }
    }
    write_batch(project, &mut batch, report, undo_edits)
}

fn new_article(
    parsed: ParsedArticle,
    content_hash: String,
    source_name: Option<String>,
    stamp: &Stamp,
) -> Article {
    Article {
        article_id: ArticleId::new(),
        content_hash,
        meta: parsed.meta,
        source_name,
        source_format: parsed.format,
        text: parsed.text,
        imported_at: stamp.at,
        imported_by: stamp.analyst.clone(),
    }
}

/// What importing one fetched page did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PageImport {
    Imported(ArticleId),
    /// The project already had this text, as this article.
    Duplicate(ArticleId),
}

/// Adds one page read from the web (see [`web`]) as an article named after its address, in
/// one undo step; a text the project already has is not added twice.
pub fn import_page(project: &mut Project, parsed: ParsedArticle) -> StoreResult<PageImport> {
    let hash = content_hash(&parsed.text);
    if let Some(existing) = articles::id_by_hash(project.conn(), &hash)? {
        return Ok(PageImport::Duplicate(existing));
    }
    let stamp = Stamp::now(project.analyst());
    let name = parsed.meta.url.clone();
    let article = new_article(parsed, hash, name, &stamp);
    let id = article.article_id;
    project.run(commands::import_articles(vec![article]))?;
    Ok(PageImport::Imported(id))
}

/// Writes one batch in one transaction and prepends its inverse to the import's undo step.
fn write_batch(
    project: &mut Project,
    batch: &mut Vec<(PathBuf, Article)>,
    report: &mut ImportReport,
    undo_edits: &mut Vec<crate::edit::Edit>,
) -> StoreResult<()> {
    if batch.is_empty() {
        return Ok(());
    }
    let (paths, articles): (Vec<_>, Vec<_>) = std::mem::take(batch).into_iter().unzip();
    let ids: Vec<ArticleId> = articles.iter().map(|a| a.article_id).collect();
    let change = commands::import_articles(articles);
    // Say what was kept when a batch cannot be written (a full disk): the earlier batches were
    // committed whole and stay.
    let inverse =
        project
            .apply_now(&change, &change.label)
            .map_err(|err| match report.imported.len() {
                0 => err,
                kept => crate::store::StoreError::Rejected(format!(
                    "{err}; the {kept} article(s) imported before it are kept"
                )),
            })?;
    let mut edits = inverse.edits;
    edits.append(undo_edits);
    *undo_edits = edits;
    report.imported.extend(paths.into_iter().zip(ids));
    Ok(())
}
