//! Exporting what the timeline shows: the filtered incidents as CSV, the plot as a PNG image.

use std::sync::mpsc;

use super::SpanlineApp;
use crate::export::{png, write_atomically};

/// Results of PNG exports. The image is written when the screenshot of the next frame
/// arrives, so the outcome comes back through a channel.
pub(super) struct PngExports {
    sender: mpsc::Sender<Result<String, String>>,
    results: mpsc::Receiver<Result<String, String>>,
}

impl Default for PngExports {
    fn default() -> Self {
        let (sender, results) = mpsc::channel();
        Self { sender, results }
    }
}

impl SpanlineApp {
    /// Writes the incidents the timeline's filters let through to a CSV file the analyst picks.
    pub(super) fn export_csv(&mut self) {
        let Some(path) = self.dialogs.export_file("incidents.csv", "csv") else {
            return;
        };
        let filters = &self.timeline_view.filters;
        let rows: Vec<&crate::timeline::TimelineIncident> = self
            .workspace
            .timeline
            .incidents
            .iter()
            .filter(|i| filters.matches(i))
            .collect();
        let written = write_atomically(&path, |out| {
            crate::timeline::export::write_csv(
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
            Err(err) => self.error = Some(err),
        }
    }

    /// Asks where to save the timeline image, then for a screenshot of the next frame, from
    /// which the plot (with its axes and legend) is cut out and written as PNG.
    pub(super) fn export_png(&mut self, ctx: &egui::Context) {
        let Some(rect) = self.timeline_view.plot_rect else {
            self.error = Some("Show the timeline first, then export it.".to_owned());
            return;
        };
        let Some(path) = self.dialogs.export_file("timeline.png", "png") else {
            return;
        };
        let pixels_per_point = ctx.pixels_per_point();
        let sender = self.png_exports.sender.clone();
        let repaint = ctx.clone();
        self.status = "Exporting the timeline…".to_owned();
        ctx.request_screenshot(move |screenshot| {
            let image = png::crop(&screenshot, rect, pixels_per_point);
            let [width, height] = image.size;
            let result = write_atomically(&path, |out| png::write(out, &image)).map(|()| {
                format!(
                    "Exported the timeline ({width}×{height} pixels) to {}",
                    path.display()
                )
            });
            // The window may be closing; then nobody needs the answer.
            let _ = sender.send(result);
            repaint.request_repaint();
        });
    }

    /// Reports PNG exports that finished since the last frame.
    pub(super) fn poll_png_exports(&mut self) {
        while let Ok(result) = self.png_exports.results.try_recv() {
            match result {
                Ok(done) => self.status = done,
                Err(err) => self.error = Some(err),
            }
        }
    }
}
