//! The font Spanline ships so that every script our sources use displays without boxes: DejaVu
//! Sans (Bitstream Vera licence, `assets/fonts/LICENSE-DejaVu.txt`) covers Arabic, curly quotes,
//! dashes and arrows. It is a fallback behind egui's own font, so Latin text in the chrome keeps
//! egui's look; source text reads in it first (the [`READING`] family), so a line of Arabic,
//! Latin, digits and punctuation comes from one font and is shaped in one piece per word.

use egui::epaint::text::{FontData, FontDefinitions};
use egui::{Context, FontFamily, FontId};

const NAME: &str = "DejaVuSans";
/// The family source text is drawn in: DejaVu Sans, then egui's fonts for what it lacks.
pub const READING: &str = "reading";
static DEJAVU_SANS: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans.ttf");

fn reading_family() -> FontFamily {
    FontFamily::Name(READING.into())
}

/// Installs the fonts once per context: DejaVu Sans behind egui's own in both families, and the
/// reading family with it in front.
pub fn install(ctx: &Context) {
    let id = egui::Id::unique("spanline-fonts-installed");
    if ctx.data(|d| d.get_temp::<bool>(id)).unwrap_or(false) {
        return;
    }
    let mut definitions = FontDefinitions::default();
    definitions.font_data.insert(
        NAME.into(),
        std::sync::Arc::new(FontData::from_static(DEJAVU_SANS)),
    );
    let mut reading = vec![NAME.to_owned()];
    for family in [FontFamily::Proportional, FontFamily::Monospace] {
        let fonts = definitions.families.entry(family.clone()).or_default();
        if family == FontFamily::Proportional {
            reading.extend(fonts.iter().cloned());
        }
        fonts.push(NAME.into());
    }
    definitions.families.insert(reading_family(), reading);
    ctx.set_fonts(definitions);
    ctx.data_mut(|d| d.insert_temp(id, true));
}

/// Source text at `size`: in the reading family once it is installed (the first frame may come
/// before), else egui's proportional font. Takes a `Ui` because fonts exist only during a pass.
pub fn reading_font(ui: &egui::Ui, size: f32) -> FontId {
    let family = reading_family();
    if ui.fonts(|f| f.families().contains(&family)) {
        FontId::new(size, family)
    } else {
        FontId::proportional(size)
    }
}
