//! One widget for "pick one of these, or none": the editor's and the timeline filters' pickers.

use egui::{ComboBox, Id, Response, Ui};

/// A combo box for an optional value. `current` is the text shown for the current value,
/// `none` the text of the empty choice; the response is marked changed when the value changes
/// and is labelled by `label` for screen readers.
pub fn optional_choice<T: Clone + PartialEq>(
    ui: &mut Ui,
    salt: &str,
    label: Id,
    value: &mut Option<T>,
    current: String,
    none: &str,
    options: impl IntoIterator<Item = (T, String)>,
) -> Response {
    let before = value.clone();
    let mut response = ComboBox::from_id_salt(salt)
        .selected_text(current)
        .show_ui(ui, |ui| {
            ui.selectable_value(value, None, none);
            for (option, text) in options {
                ui.selectable_value(value, Some(option), text);
            }
        })
        .response
        .labelled_by(label);
    if *value != before {
        response.mark_changed();
    }
    response
}
