//! Work the window waits for off its thread: the integrity scan, the timeline's background
//! read, and the shape every job slot is polled in.

use super::SpanlineApp;
use crate::store::IntegrityStatus;

/// Takes the job in `slot` out once it is done, with its name and result; until then asks for
/// another look shortly.
pub(super) fn finished<T, P>(
    slot: &mut Option<crate::jobs::Job<T, P>>,
    ctx: &egui::Context,
) -> Option<(String, Result<T, crate::jobs::JobError>)> {
    finished_looking_every(slot, ctx, 50)
}

/// [`finished`], looking again every `millis` until then.
pub(super) fn finished_looking_every<T, P>(
    slot: &mut Option<crate::jobs::Job<T, P>>,
    ctx: &egui::Context,
    millis: u64,
) -> Option<(String, Result<T, crate::jobs::JobError>)> {
    let result = slot.as_mut()?.try_result();
    match result {
        Some(result) => slot.take().map(|job| (job.name, result)),
        None => {
            ctx.request_repaint_after(std::time::Duration::from_millis(millis));
            None
        }
    }
}

impl SpanlineApp {
    /// Takes what every piece of background work has finished since the last frame: the one
    /// place the window looks at its jobs.
    pub(super) fn poll_jobs(&mut self, ctx: &egui::Context) {
        self.watch_integrity(ctx);
        self.poll_import(ctx);
        self.poll_web_import(ctx);
        self.poll_drafting(ctx);
        self.poll_export(ctx);
        self.poll_restore(ctx);
        self.poll_search(ctx);
        self.receive_suggestions(ctx);
        self.poll_png_exports();
        self.poll_merge_job(ctx);
        self.poll_agreement_job(ctx);
        self.poll_team(ctx);
        // Last: a job that landed above may have started a fresh read of the timeline (a large
        // import or drafting re-reads every row), which must be watched from this frame on, or
        // the window would sleep until the next key or mouse move.
        self.receive_timeline(ctx);
    }

    pub(super) fn watch_integrity(&mut self, ctx: &egui::Context) {
        let integrity = self.project.as_mut().map(|p| p.integrity().clone());
        match integrity {
            Some(IntegrityStatus::Damaged(message)) if self.error.is_none() => {
                self.error = Some(format!("{message} It is open read-only."));
            }
            // The scan reports by message; look again shortly until it has.
            Some(IntegrityStatus::Checking | IntegrityStatus::RecordsSound) => {
                ctx.request_repaint_after(std::time::Duration::from_millis(100))
            }
            _ => {}
        }
    }

    /// Takes the timeline and the map once their background read lands; until then looks again
    /// shortly, so the notice over the timeline counts up.
    pub(super) fn receive_timeline(&mut self, ctx: &egui::Context) {
        let Some(project) = &self.project else { return };
        match self.workspace.receive_timeline(project.conn()) {
            Ok(true) => ctx.request_repaint(),
            Ok(false) if self.workspace.timeline_loading().is_some() => {
                ctx.request_repaint_after(std::time::Duration::from_millis(100));
            }
            Ok(false) => {}
            Err(err) => self.error = Some(format!("The timeline could not be read: {err}")),
        }
    }
}
