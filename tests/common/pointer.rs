//! The pointer as an analyst moves it, for the window tests.

use egui_kittest::Harness;
use spanline::app::SpanlineApp;

/// The primary button pressed and released at `pos`, in the next frame.
fn press_and_release(harness: &mut Harness<'static, SpanlineApp>, pos: egui::Pos2) {
    for pressed in [true, false] {
        harness.event(egui::Event::PointerButton {
            pos,
            button: egui::PointerButton::Primary,
            pressed,
            modifiers: egui::Modifiers::NONE,
        });
    }
}

/// A click at `pos` (press and release in one frame).
pub fn click_at(harness: &mut Harness<'static, SpanlineApp>, pos: egui::Pos2) {
    harness.event(egui::Event::PointerMoved(pos));
    press_and_release(harness, pos);
    harness.run();
}

/// Presses at `from`, moves in steps to `to` and releases there.
pub fn drag(harness: &mut Harness<'static, SpanlineApp>, from: egui::Pos2, to: egui::Pos2) {
    drag_holding(harness, from, to, egui::Modifiers::NONE);
}

/// [`drag`] with `modifiers` held throughout.
pub fn drag_holding(
    harness: &mut Harness<'static, SpanlineApp>,
    from: egui::Pos2,
    to: egui::Pos2,
    modifiers: egui::Modifiers,
) {
    harness.event(egui::Event::ModifiersChanged(modifiers));
    let button = |pos, pressed| egui::Event::PointerButton {
        pos,
        button: egui::PointerButton::Primary,
        pressed,
        modifiers,
    };
    harness.event(egui::Event::PointerMoved(from));
    harness.run();
    harness.event(button(from, true));
    harness.run();
    for step in 1..=8 {
        let pos = from + (to - from) * (step as f32 / 8.0);
        harness.event(egui::Event::PointerMoved(pos));
        harness.run();
    }
    harness.event(button(to, false));
    harness.run();
    harness.event(egui::Event::ModifiersChanged(egui::Modifiers::NONE));
    harness.run();
}

/// `count` clicks in a row at `pos`, one frame apart (a double or triple click).
pub fn clicks_at(harness: &mut Harness<'static, SpanlineApp>, pos: egui::Pos2, count: usize) {
    // The harness steps a quarter of a second a frame; egui's double click is 0.3 s.
    harness
        .ctx
        .options_mut(|o| o.input_options.max_double_click_delay = 2.0);
    harness.event(egui::Event::PointerMoved(pos));
    for click in 0..count {
        press_and_release(harness, pos);
        if click + 1 < count {
            harness.step();
        }
    }
    harness.run();
}
