//! The panel under the text: the timeline with the map beside it, linked through the filters
//! they share; Large view gives it most of the window, F4 hides it.

use super::{Action, SpanlineApp};
use crate::ui::timeline_view::timeline_ui;

impl SpanlineApp {
    /// Draws the timeline and map panel at the bottom of the window.
    pub(super) fn timeline_and_map_panel(&mut self, ui: &mut egui::Ui, actions: &mut Vec<Action>) {
        let large = self.timeline_view.large || self.map_view.large;
        let window_height = ui.available_height();
        let mut timeline_panel = egui::Panel::bottom("timeline")
            .resizable(true)
            .default_size(300.0);
        self.bottom_height.large(large);
        if large {
            timeline_panel = timeline_panel.exact_size(window_height * 0.7);
        } else if let Some(height) = self.bottom_height.take_restore() {
            // Back from Large view: the height the analyst had, not the large one.
            timeline_panel = timeline_panel.exact_size(height);
        }
        let shown = timeline_panel.show(ui, |ui| {
            let workspace = &mut self.workspace;
            let selected = workspace.selected.as_ref().map(|s| s.incident.incident_id);
            // The map beside the timeline, linked through the filters they share.
            let (timeline_rect, map_rect) = self.map_view.split(ui);
            let map_event = ui
                .scope_builder(egui::UiBuilder::new().max_rect(map_rect), |ui| {
                    ui.set_clip_rect(map_rect);
                    let sources = crate::ui::map_view::MapSources {
                        map: &workspace.map,
                        shown: workspace.filtered.map_marks.as_deref(),
                        timeline: &workspace.timeline,
                        codebook: &workspace.codebook,
                    };
                    crate::ui::map_view::map_ui(
                        ui,
                        &mut self.map_view,
                        &sources,
                        &self.timeline_view.filters,
                        selected,
                    )
                })
                .inner;
            actions.extend(map_event.into_iter().map(Action::Map));
            let view = &mut self.timeline_view;
            let mut commands = Vec::new();
            // The rows in the lanes the analyst picked (in the toolbar, the frame before).
            workspace.timeline.relane(view.lane_by);
            let reading = workspace.timeline_loading();
            // Until a large project's first read lands there is no timeline to show, only how
            // far the read has come; a read again after a large change keeps the old one shown.
            let first_read = reading.filter(|_| workspace.timeline.incidents.is_empty());
            let clicked = ui
                .scope_builder(egui::UiBuilder::new().max_rect(timeline_rect), |ui| {
                    ui.set_clip_rect(timeline_rect);
                    if let Some((read, total)) = first_read {
                        ui.label(reading_text(read, total));
                        return None;
                    }
                    timeline_ui(
                        ui,
                        view,
                        &workspace.timeline,
                        &workspace.codebook,
                        selected,
                        &mut commands,
                    )
                })
                .inner;
            if let Some((read, total)) = reading.filter(|_| first_read.is_none()) {
                reading_notice(ui, timeline_rect, read, total);
            }
            if let Some(incident_id) = clicked {
                actions.push(Action::ShowIncident(incident_id));
            }
            actions.extend(commands.into_iter().map(Action::Command));
        });
        self.bottom_height.drawn(shown.response.rect.height());
    }
}

/// Over the timeline while its rows are read in the background: how far the read has come.
fn reading_notice(ui: &egui::Ui, rect: egui::Rect, read: usize, total: usize) {
    let text = reading_text(read, total);
    let painter = ui.painter_at(rect);
    let galley = painter.layout_no_wrap(
        text,
        egui::FontId::proportional(14.0),
        ui.visuals().strong_text_color(),
    );
    let at = rect.center() - galley.size() / 2.0;
    let background = egui::Rect::from_min_size(at, galley.size()).expand(8.0);
    painter.rect_filled(background, 4.0, ui.visuals().extreme_bg_color);
    painter.galley(at, galley, ui.visuals().strong_text_color());
}

fn reading_text(read: usize, total: usize) -> String {
    format!(
        "Reading the timeline and the map: {} of {} incidents …",
        thousands(read),
        thousands(total)
    )
}

/// `1234567` as "1,234,567".
fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(digit);
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn thousands_are_grouped_by_commas() {
        assert_eq!(super::thousands(0), "0");
        assert_eq!(super::thousands(999), "999");
        assert_eq!(super::thousands(1_000), "1,000");
        assert_eq!(super::thousands(1_234_567), "1,234,567");
    }
}

/// The timeline panel's height outside Large view: remembered while it is drawn normally,
/// restored once when Large view is turned off (egui would otherwise keep the large size).
#[derive(Default)]
pub(super) struct BottomHeight {
    normal: Option<f32>,
    was_large: bool,
    restore: bool,
}

impl BottomHeight {
    pub(super) fn large(&mut self, large: bool) {
        if self.was_large && !large {
            self.restore = true;
        }
        self.was_large = large;
    }

    pub(super) fn take_restore(&mut self) -> Option<f32> {
        if std::mem::take(&mut self.restore) {
            self.normal
        } else {
            None
        }
    }

    pub(super) fn drawn(&mut self, height: f32) {
        if !self.was_large {
            self.normal = Some(height);
        }
    }
}
