//! Exporting what the timeline shows: the filtered incidents as CSV, the plot as a PNG image.

use super::SpanlineApp;
use crate::export::{png, write_atomically};
use crate::jobs::Job;
use crate::ui::dialogs::FileDialogs;

/// PNG exports under way. The image is written when the screenshot of the next frame
/// arrives, so each is a job whose result that callback delivers.
pub(super) type PngExports = Vec<Job<String>>;

impl SpanlineApp {
    /// Writes the incidents the timeline's filters let through to a CSV file the analyst picks.
    pub(super) fn export_csv(&mut self) {
        let Some(path) = self.dialogs.export_file("incidents.csv", "csv") else {
            return;
        };
        let rows = self.rows_the_filters_let_through();
        let written = write_atomically(&path, |out| {
            crate::timeline::csv::write_csv(
                out,
                &rows,
                &self.workspace.codebook.actors,
                &self.workspace.codebook.places,
            )
        });
        match written {
            Ok(()) => {
                self.status = format!("Exported {} incidents to {}", rows.len(), path.display())
            }
            Err(err) => self.error = Some(err.to_string()),
        }
    }

    /// Asks where to save the timeline image, then for a screenshot of the next frame, from
    /// which the plot (with its axes and the legend above it) is cut out and written as PNG.
    pub(super) fn export_png(&mut self, ctx: &egui::Context) {
        let rect = self.timeline_view.export_rect;
        self.export_screen_part(ctx, rect, "timeline");
    }

    /// The same for the map as it is drawn now.
    pub(super) fn export_map_png(&mut self, ctx: &egui::Context) {
        let rect = self.map_view.map_rect;
        self.export_screen_part(ctx, rect, "map");
    }

    /// Writes what the next frame draws in `rect` to a PNG file the analyst picks.
    fn export_screen_part(&mut self, ctx: &egui::Context, rect: Option<egui::Rect>, what: &str) {
        let Some(rect) = rect else {
            self.error = Some(format!("Show the {what} first, then export it."));
            return;
        };
        let Some(path) = self.dialogs.export_file(&format!("{what}.png"), "png") else {
            return;
        };
        let pixels_per_point = ctx.pixels_per_point();
        let (job, reporter) = Job::pending(&format!("{what} image"));
        self.jobs.png_exports.push(job);
        let repaint = ctx.clone();
        self.status = format!("Exporting the {what}…");
        let what = what.to_owned();
        ctx.request_screenshot(move |screenshot| {
            let image = png::crop(&screenshot, rect, pixels_per_point);
            let [width, height] = image.size;
            let result = write_atomically(&path, |out| png::write(out, &image)).map(|()| {
                format!(
                    "Exported the {what} ({width}×{height} pixels) to {}",
                    path.display()
                )
            });
            reporter.finish(result.map_err(Into::into));
            repaint.request_repaint();
        });
    }

    /// Reports PNG exports that finished since the last frame.
    pub(super) fn poll_png_exports(&mut self) {
        let mut waiting = Vec::new();
        for mut job in std::mem::take(&mut self.jobs.png_exports) {
            match job.try_result() {
                Some(Ok(done)) => self.status = done,
                Some(Err(err)) => self.error = Some(err.to_string()),
                None => waiting.push(job),
            }
        }
        self.jobs.png_exports = waiting;
    }
}
