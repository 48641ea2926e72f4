//! Text fields that read right to left when their text does. egui's `TextEdit` lays every
//! line out left to right in logical order, so an Arabic title in a form read backwards. Here a
//! field whose text is right to left is aligned to the right and, while the analyst is not
//! typing in it, shown in visual order through the bidi layout the labels use. While it has the
//! keyboard it shows the logical order egui can put a caret in (a caret in reordered text would
//! land on the wrong letter).

use egui::text::{LayoutJob, TextFormat};
use egui::{Align, Align2, Response, TextBuffer, TextEdit, Ui};

use super::bidi::{BidiParagraph, needs_bidi, wrapped_display_job};

/// Whether `text` is a paragraph that reads right to left.
pub fn reads_right_to_left(text: &str) -> bool {
    needs_bidi(text) && BidiParagraph::new(text, None).is_rtl()
}

/// The layout of a right-to-left field's text: in visual order unless `typing`, in the reading
/// font, aligned right within `width`.
pub fn right_to_left_job(
    ui: &Ui,
    text: &str,
    typing: bool,
    width: f32,
    format: TextFormat,
) -> LayoutJob {
    let mut job = if typing {
        let mut job = LayoutJob::single_section(text.to_owned(), format);
        job.wrap.max_width = width;
        job
    } else {
        wrapped_display_job(ui, text, format, width)
    };
    job.halign = Align::RIGHT;
    job
}

/// Adds the field `make` builds over `text` with the id `id`: as egui draws it when the text
/// reads left to right, right-aligned and in reading order when it reads right to left.
pub fn add(
    ui: &mut Ui,
    id: egui::Id,
    text: &mut String,
    make: impl for<'t> FnOnce(&'t mut String) -> TextEdit<'t>,
) -> Response {
    if !reads_right_to_left(text) {
        return ui.add(make(text).id(id));
    }
    let typing = ui.memory(|memory| memory.has_focus(id));
    let size = egui::TextStyle::Body.resolve(ui.style()).size;
    let font = super::fonts::reading_font(ui, size);
    let colour = ui.visuals().text_color();
    let mut layouter = |ui: &Ui, buffer: &dyn TextBuffer, width: f32| {
        let format = TextFormat::simple(font.clone(), colour);
        let job = right_to_left_job(ui, buffer.as_str(), typing, width, format);
        ui.fonts_mut(|fonts| fonts.layout_job(job))
    };
    ui.add(
        make(text)
            .id(id)
            .layouter(&mut layouter)
            .align(Align2::RIGHT_TOP),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_arabic_field_reads_right_to_left_until_it_is_typed_in() {
        let ctx = egui::Context::default();
        crate::ui::fonts::install(&ctx);
        let title = "هجوم بطائرة مسيرة على قاعدة عين الأسد";
        assert!(reads_right_to_left(title));
        assert!(!reads_right_to_left("Rockets hit the Green Zone"));
        assert!(!reads_right_to_left("Attack near الأنبار in Iraq"));
        let mut jobs = None;
        let mut output = ctx.run_ui(egui::RawInput::default(), |ui| {
            let format = TextFormat::default();
            jobs = Some((
                right_to_left_job(ui, title, false, 400.0, format.clone()),
                right_to_left_job(ui, title, true, 400.0, format),
            ));
        });
        // No renderer takes the font texture here.
        output.textures_delta.clear();
        let Some((shown, typing)) = jobs else {
            panic!("the frame ran")
        };
        assert_eq!(shown.halign, Align::RIGHT);
        assert_eq!(typing.halign, Align::RIGHT);
        // Read: the first word (هجوم) is drawn last, at the right end of the line.
        let first_word = shown.text.find("هجوم");
        let last_word = shown.text.find("الأسد");
        assert!(
            matches!((first_word, last_word), (Some(f), Some(l)) if l < f),
            "visual order: {}",
            shown.text
        );
        // Typed in: the logical order egui puts its caret in.
        assert_eq!(typing.text, title);
    }
}
