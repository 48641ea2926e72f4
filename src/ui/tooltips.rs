//! Hover texts that stay inside the panel they explain. egui places a tooltip at the pointer
//! and only keeps it inside the window, so a tip over the text's last words spread over the
//! incident column beside it — over the proposals tray the analyst was about to use.

use egui::{Rect, RectAlign, Response, Tooltip, Vec2, WidgetText};

/// The gap egui leaves between the pointer and a tooltip.
const GAP: f32 = 12.0;

/// Where a tip of `size` opens from a pointer at `pointer` so that it stays inside `within`:
/// below and to the right where it fits; to the left of the pointer near the right edge,
/// above it near the bottom edge.
pub fn side_within(within: Rect, pointer: egui::Pos2, size: Vec2) -> RectAlign {
    let at = Rect::from_min_size(pointer, Vec2::ZERO);
    let sides = [
        RectAlign::BOTTOM_START,
        RectAlign::BOTTOM_END,
        RectAlign::TOP_START,
        RectAlign::TOP_END,
    ];
    RectAlign::find_best_align(sides.into_iter(), within, at, GAP, size)
        .unwrap_or(RectAlign::BOTTOM_START)
}

/// Shows `tip` by the pointer while `response` is hovered, kept inside `within` (the panel
/// `response` belongs to).
pub fn at_pointer_within(response: &Response, tip: impl Into<WidgetText>, within: Rect) {
    let tip = tip.into();
    let Some(pointer) = response.hover_pos() else {
        return;
    };
    let mut tooltip = Tooltip::for_enabled(response).at_pointer().gap(GAP);
    let width = response.ctx.global_style().spacing.tooltip_width;
    // Its size last frame (egui remembers it), or as wide as a tooltip gets on the first.
    let size = tooltip
        .popup
        .get_expected_size()
        .unwrap_or(Vec2::new(width, 0.0));
    let side = side_within(within, pointer, size);
    tooltip.popup = tooltip.popup.align(side).align_alternatives(&[]);
    tooltip.show(|ui| {
        ui.set_max_width(width);
        ui.label(tip);
    });
}

/// Shows `tip` above `response` while it is hovered: for buttons above the proposals tray,
/// whose tips would otherwise open over it.
pub fn above(response: &Response, tip: impl Into<WidgetText>) {
    let tip = tip.into();
    let mut tooltip = Tooltip::for_enabled(response);
    tooltip.popup = tooltip
        .popup
        .align(RectAlign::TOP_START)
        .align_alternatives(&[RectAlign::TOP_END]);
    tooltip.show(|ui| {
        ui.label(tip);
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_tip_opens_to_the_side_that_keeps_it_in_its_panel() {
        let panel = Rect::from_min_max(egui::pos2(280.0, 30.0), egui::pos2(936.0, 440.0));
        let tip = Vec2::new(300.0, 60.0);
        let side = |x, y| side_within(panel, egui::pos2(x, y), tip);
        assert_eq!(side(400.0, 100.0), RectAlign::BOTTOM_START);
        // Over the text's last words: to the left, never over the incident column.
        assert_eq!(side(900.0, 100.0), RectAlign::BOTTOM_END);
        // Over its last line: above.
        assert_eq!(side(400.0, 420.0), RectAlign::TOP_START);
        assert_eq!(side(900.0, 420.0), RectAlign::TOP_END);
        for (x, y) in [
            (400.0, 100.0),
            (900.0, 100.0),
            (400.0, 420.0),
            (900.0, 420.0),
        ] {
            let at = Rect::from_min_size(egui::pos2(x, y), Vec2::ZERO);
            let placed = side(x, y).align_rect(&at, tip, GAP);
            assert!(panel.contains_rect(placed), "{placed:?} inside {panel:?}");
        }
    }
}
