//! Sharing from the window: exporting the whole project in the field's formats, and merging a
//! colleague's project after the analyst has seen what it brings and settled the conflicts.

use super::{SpanlineApp, finished};
use super::{export_job, restore_job};
use crate::export::Format;
use crate::jobs::Job;
use crate::merge::{self, Theirs};
use crate::ui::agreement_view::AgreementEvent;
use crate::ui::dialogs::FileDialogs;
use crate::ui::merge_review::{MergeDecision, MergeReview};

/// The name of a file as the analyst reads it.
fn file_name(path: &std::path::Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}

/// A merge waiting for the analyst's decision.
pub(super) struct PendingMerge {
    theirs: Theirs,
    review: MergeReview,
}

impl SpanlineApp {
    /// Writes the whole project in `format` to a file the analyst picks, in the background.
    pub(super) fn export_project_as(&mut self, format: Format) {
        let Some(project) = &self.project else {
            self.status = "Open a project first.".into();
            return;
        };
        if let Some(running) = &self.jobs.export {
            self.status = format!(
                "An export ({}) is under way; wait for it or cancel it first.",
                running.format.title()
            );
            return;
        }
        let (extension, name) = format.file_name();
        let Some(path) = self.dialogs.export_file(name, extension) else {
            return;
        };
        match project.reader() {
            Ok(reader) => {
                self.jobs.export = Some(export_job::Exporting::start(reader, format, path));
            }
            Err(err) => self.error = Some(format!("Cannot export: {err}")),
        }
    }

    /// Takes an export's outcome once it is over, and says it.
    pub(super) fn poll_export(&mut self, ctx: &egui::Context) {
        let Some(export) = &mut self.jobs.export else {
            return;
        };
        let integrity = match self.project.as_mut() {
            Some(project) => project.integrity().clone(),
            None => crate::store::IntegrityStatus::Damaged("the project was closed".into()),
        };
        let Some(outcome) = export.poll(&integrity) else {
            ctx.request_repaint_after(std::time::Duration::from_millis(100));
            return;
        };
        let format = export.format;
        self.jobs.export = None;
        match outcome {
            export_job::Outcome::Done(done) => {
                let unmapped = format.not_mapped();
                self.status = if unmapped.is_empty() {
                    capitalised(&done)
                } else {
                    let columns: Vec<&str> = unmapped.iter().map(|(c, _)| *c).collect();
                    format!("{}; not mapped: {}", capitalised(&done), columns.join("; "))
                };
            }
            export_job::Outcome::Cancelled => {
                self.status = "Export cancelled; nothing was written.".into();
            }
            export_job::Outcome::Failed(message) => self.error = Some(message),
        }
        ctx.request_repaint();
    }

    /// Imports incidents from a project's JSON export (reviewed like a merge) or an ACLED-style
    /// CSV (one undoable step).
    pub(super) fn import_incidents(&mut self, path: &std::path::Path) {
        let Some(project) = self.project.as_mut() else {
            self.status = "Open a project first.".into();
            return;
        };
        let file = match crate::import::source_file::open_regular(path) {
            Ok(file) => file,
            Err(err) => {
                self.error = Some(format!("Cannot read {}: {err}", path.display()));
                return;
            }
        };
        let name = path.file_name().map_or_else(
            || path.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        );
        let is_json = path
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("json"));
        if is_json {
            // Read and compared on a thread of its own, then reviewed like a merge.
            let reader = match project.reader() {
                Ok(reader) => reader,
                Err(err) => {
                    self.error = Some(err.to_string());
                    return;
                }
            };
            self.status = format!("Reading {name} and comparing it with this project…");
            self.jobs.merge = Some(Job::spawn(&name, move |_| {
                let theirs = Theirs::Export(crate::export::json::read(file)?);
                let plan = merge::prepare_on(&reader, &theirs)?;
                Ok((plan, theirs))
            }));
            return;
        }
        let import = || -> Result<_, crate::jobs::JobError> {
            let known = crate::import::acled::Known::of(project.conn())?;
            let stamp = crate::model::Stamp::now(project.analyst());
            let read = crate::import::acled::read(file, &known, &stamp)?;
            let touched = project.run(read.change)?;
            Ok((read.incidents, read.skipped, touched))
        };
        let imported = import();
        match imported {
            Ok((count, skipped, touched)) => {
                let first_skip = skipped
                    .first()
                    .map(|(line, why)| format!(" (line {line}: {why})"))
                    .unwrap_or_default();
                self.status = format!(
                    "Imported {count} incidents from {name}; {} rows skipped{first_skip}",
                    skipped.len()
                );
                self.refresh(&touched);
            }
            Err(err) => self.error = Some(format!("Cannot import {name}: {err}")),
        }
    }

    /// Asks for a project's JSON export and restores it into a new project beside it, in the
    /// background; the window opens it when it is done.
    pub(super) fn restore_from_export(&mut self) {
        if let Some(export) = self.dialogs.export_to_restore() {
            self.start_restore(export);
        }
    }

    pub(super) fn start_restore(&mut self, export: std::path::PathBuf) {
        if self.jobs.restore.is_some() {
            self.status = "A restore is already under way.".into();
            return;
        }
        let target = restore_job::free_name_beside(&export);
        self.status = format!(
            "Restoring {} into the new project {} …",
            file_name(&export),
            target.display()
        );
        self.jobs.restore = Some(restore_job::start(export, target, self.analyst.clone()));
    }

    /// Opens the restored project once its thread is done, or says why there is none.
    pub(super) fn poll_restore(&mut self, ctx: &egui::Context) {
        // A progress bar needs few frames, and each frame drawn is time the restore's two
        // threads do not get on a two-core machine.
        let Some((_, restored)) =
            super::background::finished_looking_every(&mut self.jobs.restore, ctx, 500)
        else {
            return;
        };
        match restored {
            Ok((path, records)) => {
                let analyst = self.analyst.clone();
                self.open_project(&path, &analyst);
                if self.error.is_none() {
                    self.status = format!("Restored {records} records into {}", path.display());
                }
            }
            Err(err)
                if matches!(
                    err.downcast_ref::<crate::export::restore::RestoreError>(),
                    Some(crate::export::restore::RestoreError::Cancelled)
                ) =>
            {
                self.status = "Restore cancelled; no project was made".into()
            }
            Err(err) => self.error = Some(format!("Cannot restore the export: {err}")),
        }
    }

    /// Asks for a colleague's project and shows how far the two analysts agree.
    pub(super) fn start_agreement(&mut self) {
        let Some((reader, path)) = self.colleagues_project(|d| d.project_to_compare()) else {
            return;
        };
        let from = file_name(&path);
        self.status = format!("Comparing your coding with {from}…");
        self.jobs.agreement = Some(Job::spawn(&from, move |_| {
            let ours = merge::source::read_records(&reader)?;
            let conn = merge::open_theirs(&path)?;
            let theirs = merge::source::read_records(&conn)?;
            Ok(crate::agreement::compare(&ours, &theirs))
        }));
    }

    /// Picks up the agreement tables when their thread is done, and opens their window.
    pub(super) fn poll_agreement_job(&mut self, ctx: &egui::Context) {
        let Some((from, compared)) = finished(&mut self.jobs.agreement, ctx) else {
            return;
        };
        match compared {
            Ok(report) => {
                self.status = String::new();
                self.windows.agreement = Some((from, report));
            }
            Err(err) => self.error = Some(format!("Cannot compare with {from}: {err}")),
        }
    }

    /// The agreement window, while open; what the analyst clicked in it.
    pub(super) fn agreement_window(&self, ctx: &egui::Context) -> Option<AgreementEvent> {
        let (with, report) = self.windows.agreement.as_ref()?;
        crate::ui::agreement_view::agreement_ui(ctx, with, report)
    }

    pub(super) fn agreement_event(&mut self, event: AgreementEvent) {
        let Some((_, report)) = &self.windows.agreement else {
            return;
        };
        match event {
            AgreementEvent::Close => self.windows.agreement = None,
            AgreementEvent::ExportCsv => {
                let Some(path) = self.dialogs.export_file("agreement.csv", "csv") else {
                    return;
                };
                match crate::export::write_atomically(&path, |out| report.write_csv(out)) {
                    Ok(()) => {
                        self.status = format!("Exported the agreement tables to {}", path.display())
                    }
                    Err(err) => self.error = Some(err.to_string()),
                }
            }
        }
    }

    /// Asks for a colleague's project, then checks it as untrusted and works out what merging
    /// it brings on a background thread (reading both projects whole takes a while when they
    /// are large); the merge window opens when that is done.
    pub(super) fn start_merge(&mut self) {
        let Some((reader, path)) = self.colleagues_project(|d| d.project_to_merge()) else {
            return;
        };
        let from = file_name(&path);
        self.status = format!("Comparing this project with {from}…");
        self.jobs.merge = Some(Job::spawn(&from, move |_| {
            let theirs = Theirs::Project(merge::open_theirs(&path)?);
            let plan = merge::prepare_on(&reader, &theirs)?;
            Ok((plan, theirs))
        }));
    }

    /// A colleague's project the analyst picks with `pick`, and a read-only connection to our
    /// own for a background thread; `None` (with the reason shown) when there is none.
    fn colleagues_project(
        &mut self,
        pick: impl FnOnce(&dyn crate::ui::dialogs::FileDialogs) -> Option<std::path::PathBuf>,
    ) -> Option<(rusqlite::Connection, std::path::PathBuf)> {
        let Some(project) = &self.project else {
            self.status = "Open a project first.".into();
            return None;
        };
        let path = pick(&self.dialogs)?;
        match project.reader() {
            Ok(reader) => Some((reader, path)),
            Err(err) => {
                self.error = Some(err.to_string());
                None
            }
        }
    }

    /// Picks up a planned merge when its thread is done, and opens the merge window.
    pub(super) fn poll_merge_job(&mut self, ctx: &egui::Context) {
        let Some((from, planned)) = finished(&mut self.jobs.merge, ctx) else {
            return;
        };
        match planned {
            Ok((plan, _)) if plan.is_empty() => {
                self.status = format!("Nothing to merge: {from} agrees with this project");
            }
            Ok((plan, theirs)) => {
                self.status = String::new();
                self.windows.pending_merge = Some(PendingMerge {
                    theirs,
                    review: MergeReview::new(from, plan),
                });
            }
            Err(err) => self.error = Some(format!("Cannot merge {from}: {err}")),
        }
    }

    /// The merge window, while a merge waits; what the analyst decided in it.
    pub(super) fn merge_window(&mut self, ctx: &egui::Context) -> Option<MergeDecision> {
        self.windows.pending_merge.as_mut()?.review.ui(ctx)
    }

    /// Applies the waiting merge as one undo step, or drops it.
    pub(super) fn decide_merge(&mut self, decision: MergeDecision) {
        let Some(PendingMerge { theirs, review }) = self.windows.pending_merge.take() else {
            return;
        };
        if matches!(decision, MergeDecision::Cancel) {
            self.status = "Merge cancelled; nothing changed".into();
            return;
        }
        let Some(project) = self.project.as_mut() else {
            return;
        };
        let label = format!("merge from {}", review.from);
        match merge::apply(project, review.plan, &review.choices, &theirs, &label) {
            Ok(report) => {
                self.status = format!(
                    "Merged {}: {} added, {} updated, {} conflicts resolved (Ctrl+Z undoes it)",
                    review.from, report.added, report.updated, report.conflicts_resolved
                );
                self.refresh(&report.touched);
            }
            Err(err) => self.error = Some(format!("The merge failed; nothing changed: {err}")),
        }
    }
}

/// The first letter in upper case.
fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}
