//! The font Spanline ships so that every script our sources use displays without boxes: DejaVu
//! Sans (Bitstream Vera licence, `assets/fonts/LICENSE-DejaVu.txt`) covers Arabic, curly quotes,
//! dashes and arrows. It is a fallback behind egui's own font, so Latin text keeps egui's look.

use egui::epaint::text::{FontData, FontInsert, FontPriority, InsertFontFamily};
use egui::{Context, FontFamily};

const NAME: &str = "DejaVuSans";
static DEJAVU_SANS: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans.ttf");

/// Adds the shipped font to both families (does nothing when it is already there).
pub fn install(ctx: &Context) {
    let families = [FontFamily::Proportional, FontFamily::Monospace]
        .into_iter()
        .map(|family| InsertFontFamily {
            family,
            priority: FontPriority::Lowest,
        })
        .collect();
    ctx.add_font(FontInsert::new(
        NAME,
        FontData::from_static(DEJAVU_SANS),
        families,
    ));
}
