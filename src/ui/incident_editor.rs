//! The editor for the selected incident: every codebook field, each with chips for its
//! evidence. Edits go to a working copy; the app stores it when it differs from what was
//! loaded, merging a burst of typing in one field into one undo step.

use std::collections::HashMap;

use egui::{ComboBox, RichText, TextEdit, Ui};

use crate::ui::pickers::optional_choice;

use crate::model::{
    Actor, Attribution, Confidence, DatePrecision, Estimate, Evidence, Field, Incident, Place,
    PlaceId, Status, VocabTerm, Vocabulary,
};

/// The working copy of an incident and the text typed into fields that parse (dates, counts),
/// kept as typed so a half-written date is not thrown away.
pub struct IncidentEditor {
    pub working: Incident,
    typed: HashMap<String, String>,
}

/// What the editor asks of the app this frame.
#[derive(Default)]
pub struct EditorOutput {
    /// The working copy changed: store it, merging with the last step under this key.
    pub changed: Option<(String, String)>,
    /// The analyst left a field: later edits start a new undo step.
    pub left_field: bool,
    /// Show these words in their article.
    pub jump_to: Option<Evidence>,
}

/// The lists the editor's pickers offer.
pub struct Choices<'a> {
    pub actors: &'a [Actor],
    pub places: &'a [Place],
    pub terms: &'a [VocabTerm],
}

/// A piece of evidence as its chip reads: its first words, in reading order.
fn evidence_chip_text(ui: &Ui, evidence: &Evidence) -> std::sync::Arc<egui::Galley> {
    let words: String = evidence.quote.exact.chars().take(28).collect();
    let more = if evidence.quote.exact.chars().count() > 28 {
        "…"
    } else {
        ""
    };
    let text =
        crate::ui::bidi::styled_label(ui, &format!("“{words}{more}”"), egui::TextStyle::Small);
    text.into_galley(
        ui,
        Some(egui::TextWrapMode::Extend),
        f32::INFINITY,
        egui::TextStyle::Small,
    )
}

/// A chip that shows its evidence in the article when clicked; whether it was.
fn evidence_chip(ui: &mut Ui, text: std::sync::Arc<egui::Galley>) -> bool {
    ui.small_button(text)
        .on_hover_text("Show these words in their article")
        .clicked()
}

fn estimate_text(value: Option<u32>) -> String {
    value.map(|v| v.to_string()).unwrap_or_default()
}

impl IncidentEditor {
    pub fn new(incident: Incident) -> Self {
        let mut typed = HashMap::new();
        let date = |d: Option<jiff::civil::Date>| d.map(|d| d.to_string()).unwrap_or_default();
        typed.insert("date_start".to_owned(), date(incident.date_start));
        typed.insert("date_end".to_owned(), date(incident.date_end));
        for (name, estimate) in Self::estimates(&incident) {
            typed.insert(format!("{name}.low"), estimate_text(estimate.low));
            typed.insert(format!("{name}.best"), estimate_text(estimate.best));
            typed.insert(format!("{name}.high"), estimate_text(estimate.high));
        }
        typed.insert("tags".to_owned(), incident.tags.join(", "));
        Self {
            working: incident,
            typed,
        }
    }

    fn estimates(incident: &Incident) -> [(&'static str, Estimate); 5] {
        [
            ("munitions", incident.munitions),
            ("impacted", incident.impacted),
            ("intercepted", incident.intercepted),
            ("killed", incident.killed),
            ("wounded", incident.wounded),
        ]
    }

    /// Draws every field; `stored` is the incident as saved, to tell what changed.
    pub fn ui(
        &mut self,
        ui: &mut Ui,
        stored: &Incident,
        evidence: &[Evidence],
        choices: &Choices<'_>,
    ) -> EditorOutput {
        let mut output = EditorOutput::default();
        let mut touched: Option<&'static str> = None;
        egui::Grid::new("incident_editor")
            .num_columns(2)
            .spacing([8.0, 4.0])
            .show(ui, |ui| {
                let mut row =
                    |ui: &mut Ui,
                     name: &'static str,
                     field: Option<Field>,
                     add: &mut dyn FnMut(&mut Ui, egui::Id) -> egui::Response| {
                        let label = ui.label(RichText::new(name).weak());
                        ui.vertical(|ui| {
                            let mut chips = evidence
                                .iter()
                                .filter(|e| field.is_some_and(|f| e.fields.contains(&f)))
                                .peekable();
                            // The value with as many evidence chips after it as the line
                            // holds, the rest on lines below: most fields take one line.
                            ui.horizontal(|ui| {
                                let response = add(ui, label.id);
                                if response.changed() {
                                    touched = Some(name);
                                }
                                if response.lost_focus() {
                                    output.left_field = true;
                                }
                                while let Some(chip) = chips.peek() {
                                    let text = evidence_chip_text(ui, chip);
                                    let width = text.size().x + 2.0 * ui.spacing().button_padding.x;
                                    if width > ui.available_width() {
                                        break;
                                    }
                                    if evidence_chip(ui, text) {
                                        output.jump_to = Some((*chip).clone());
                                    }
                                    chips.next();
                                }
                            });
                            if chips.peek().is_some() {
                                ui.horizontal_wrapped(|ui| {
                                    for chip in chips {
                                        let text = evidence_chip_text(ui, chip);
                                        if evidence_chip(ui, text) {
                                            output.jump_to = Some(chip.clone());
                                        }
                                    }
                                });
                            }
                        });
                        ui.end_row();
                    };
                let working = &mut self.working;
                let typed = &mut self.typed;
                row(ui, "summary", Some(Field::Summary), &mut |ui, id| {
                    let edit_id = ui.make_persistent_id("incident summary");
                    crate::ui::reading_field::add(ui, edit_id, &mut working.summary, |text| {
                        TextEdit::multiline(text).desired_rows(2)
                    })
                    .labelled_by(id)
                });
                row(ui, "date", Some(Field::Date), &mut |ui, id| {
                    date_range_ui(ui, id, working, typed)
                });
                row(ui, "date precision", None, &mut |ui, id| {
                    option_combo(
                        ui,
                        id,
                        "precision",
                        &mut working.date_precision,
                        DatePrecision::ALL,
                        |p| p.to_string(),
                    )
                });
                row(ui, "time of day", Some(Field::TimeOfDay), &mut |ui, id| {
                    optional_text(ui, id, &mut working.time_of_day)
                });
                row(ui, "event type", Some(Field::EventType), &mut |ui, id| {
                    term_combo(
                        ui,
                        id,
                        "event_type",
                        &mut working.event_type,
                        choices.terms,
                        Vocabulary::EventType,
                    )
                });
                row(ui, "sub-type", None, &mut |ui, id| {
                    term_combo(
                        ui,
                        id,
                        "sub_type",
                        &mut working.sub_type,
                        choices.terms,
                        Vocabulary::SubType,
                    )
                });
                row(ui, "weapon", Some(Field::Weapon), &mut |ui, id| {
                    term_combo(
                        ui,
                        id,
                        "weapon",
                        &mut working.weapon,
                        choices.terms,
                        Vocabulary::Weapon,
                    )
                });
                for (name, field) in [
                    ("munitions", Field::Munitions),
                    ("impacted", Field::Impacted),
                    ("intercepted", Field::Intercepted),
                    ("killed", Field::Killed),
                    ("wounded", Field::Wounded),
                ] {
                    row(ui, name, Some(field), &mut |ui, id| {
                        estimate_ui(ui, id, name, working, typed)
                    });
                }
                row(ui, "target type", Some(Field::Target), &mut |ui, id| {
                    term_combo(
                        ui,
                        id,
                        "target_type",
                        &mut working.target_type,
                        choices.terms,
                        Vocabulary::TargetType,
                    )
                });
                row(ui, "target", None, &mut |ui, id| {
                    optional_text(ui, id, &mut working.target)
                });
                row(ui, "place", Some(Field::Place), &mut |ui, id| {
                    place_combo(ui, id, "place", &mut working.place_id, choices.places)
                });
                row(ui, "launch site", Some(Field::LaunchSite), &mut |ui, id| {
                    place_combo(
                        ui,
                        id,
                        "launch_site",
                        &mut working.launch_place_id,
                        choices.places,
                    )
                });
                row(
                    ui,
                    "perpetrator",
                    Some(Field::Perpetrator),
                    &mut |ui, id| {
                        let current = working
                            .perpetrator_id
                            .and_then(|a| choices.actors.iter().find(|x| x.actor_id == a))
                            .map_or("—".to_owned(), |a| a.name.clone());
                        let options = choices.actors.iter().map(|a| (a.actor_id, a.name.clone()));
                        optional_choice(
                            ui,
                            "perpetrator",
                            id,
                            &mut working.perpetrator_id,
                            current,
                            "—",
                            options,
                        )
                    },
                );
                row(
                    ui,
                    "attribution",
                    Some(Field::Attribution),
                    &mut |ui, id| {
                        option_combo(
                            ui,
                            id,
                            "attribution",
                            &mut working.attribution,
                            Attribution::ALL,
                            |a| a.to_string(),
                        )
                    },
                );
                row(ui, "attributed by", None, &mut |ui, id| {
                    optional_text(ui, id, &mut working.attributed_by)
                });
                row(ui, "casualties (who)", None, &mut |ui, id| {
                    optional_text(ui, id, &mut working.casualty_detail)
                });
                row(ui, "confidence", None, &mut |ui, id| {
                    option_combo(
                        ui,
                        id,
                        "confidence",
                        &mut working.confidence,
                        Confidence::ALL,
                        |c| c.to_string(),
                    )
                });
                row(ui, "status", None, &mut |ui, id| {
                    let before = working.status;
                    let mut response = ComboBox::from_id_salt("status")
                        .selected_text(working.status.to_string())
                        .show_ui(ui, |ui| {
                            for status in Status::ALL {
                                ui.selectable_value(
                                    &mut working.status,
                                    *status,
                                    status.to_string(),
                                );
                            }
                        })
                        .response
                        .labelled_by(id);
                    if working.status != before {
                        response.mark_changed();
                    }
                    response
                });
                row(ui, "tags", None, &mut |ui, id| {
                    let text = typed.entry("tags".to_owned()).or_default();
                    let response = ui
                        .add(TextEdit::singleline(text).hint_text("comma, separated"))
                        .labelled_by(id);
                    if response.changed() {
                        working.tags = text
                            .split(',')
                            .map(|t| t.trim().to_owned())
                            .filter(|t| !t.is_empty())
                            .collect();
                    }
                    response
                });
                row(ui, "notes", None, &mut |ui, id| {
                    ui.add(TextEdit::multiline(&mut working.notes).desired_rows(2))
                        .labelled_by(id)
                });
            });
        if let Some(name) = touched
            && self.working != *stored
        {
            let merge_key = format!("{}:{name}", stored.incident_id);
            output.changed = Some((format!("edit {name}"), merge_key));
        }
        output
    }
}

fn optional_text(ui: &mut Ui, id: egui::Id, value: &mut Option<String>) -> egui::Response {
    let mut text = value.clone().unwrap_or_default();
    let edit_id = id.with("text");
    let response =
        crate::ui::reading_field::add(ui, edit_id, &mut text, |t| TextEdit::singleline(t))
            .labelled_by(id);
    if response.changed() {
        *value = Some(text).filter(|t| !t.trim().is_empty());
    }
    response
}

fn option_combo<T: Copy + PartialEq>(
    ui: &mut Ui,
    id: egui::Id,
    salt: &str,
    value: &mut Option<T>,
    all: &[T],
    name: impl Fn(&T) -> String,
) -> egui::Response {
    let current = value.as_ref().map_or("—".to_owned(), &name);
    let options = all.iter().map(|item| (*item, name(item)));
    optional_choice(ui, salt, id, value, current, "—", options)
}

fn term_combo(
    ui: &mut Ui,
    id: egui::Id,
    salt: &str,
    value: &mut Option<String>,
    terms: &[VocabTerm],
    vocabulary: Vocabulary,
) -> egui::Response {
    let in_vocabulary = || terms.iter().filter(|t| t.vocabulary == vocabulary);
    // A key the vocabulary no longer has still shows, as itself.
    let current = value.as_ref().map_or("—".to_owned(), |key| {
        in_vocabulary()
            .find(|t| &t.key == key)
            .map_or(key.clone(), |t| t.label.clone())
    });
    let options = in_vocabulary().map(|t| (t.key.clone(), t.label.clone()));
    optional_choice(ui, salt, id, value, current, "—", options)
}

fn place_combo(
    ui: &mut Ui,
    id: egui::Id,
    salt: &str,
    value: &mut Option<PlaceId>,
    places: &[Place],
) -> egui::Response {
    let current = value
        .and_then(|p| places.iter().find(|x| x.place_id == p))
        .map_or("—".to_owned(), |p| p.name.clone());
    let options = places.iter().map(|p| (p.place_id, p.name.clone()));
    optional_choice(ui, salt, id, value, current, "—", options)
}

/// Start and end dates as typed; a date is stored once it parses, a bad one is shown in red.
fn date_range_ui(
    ui: &mut Ui,
    id: egui::Id,
    working: &mut Incident,
    typed: &mut HashMap<String, String>,
) -> egui::Response {
    ui.horizontal(|ui| {
        let mut combined: Option<egui::Response> = None;
        for (key, hint) in [
            ("date_start", "YYYY-MM-DD"),
            ("date_end", "end (if a range)"),
        ] {
            let text = typed.entry(key.to_owned()).or_default();
            let parsed: Option<Result<jiff::civil::Date, _>> =
                (!text.trim().is_empty()).then(|| text.trim().parse::<jiff::civil::Date>());
            let bad = matches!(parsed, Some(Err(_)));
            let mut edit = TextEdit::singleline(text)
                .hint_text(hint)
                .desired_width(96.0);
            if bad {
                edit = edit.text_color(egui::Color32::from_rgb(230, 90, 90));
            }
            let response = ui.add(edit).labelled_by(id);
            if response.changed() {
                let value = match text.trim() {
                    "" => Some(None),
                    t => t.parse().ok().map(Some),
                };
                if let Some(value) = value {
                    match key {
                        "date_start" => working.date_start = value,
                        _ => working.date_end = value,
                    }
                }
            }
            combined = Some(match combined {
                Some(c) => c.union(response),
                None => response,
            });
        }
        combined.unwrap_or_else(|| ui.label(""))
    })
    .inner
}

/// Low, best and high of a count, each typed as a number or left empty.
fn estimate_ui(
    ui: &mut Ui,
    id: egui::Id,
    name: &'static str,
    working: &mut Incident,
    typed: &mut HashMap<String, String>,
) -> egui::Response {
    ui.horizontal(|ui| {
        let mut combined: Option<egui::Response> = None;
        for bound in ["low", "best", "high"] {
            let text = typed.entry(format!("{name}.{bound}")).or_default();
            let response = ui
                .add(
                    TextEdit::singleline(text)
                        .hint_text(bound)
                        .desired_width(44.0),
                )
                .labelled_by(id);
            let parsed = crate::propose::counts::parse_count(text);
            if response.changed() {
                // A count typed in words is stored as its number; a vague one is not stored.
                if let Ok(value) = parsed.clone() {
                    let estimate = match name {
                        "munitions" => &mut working.munitions,
                        "impacted" => &mut working.impacted,
                        "intercepted" => &mut working.intercepted,
                        "killed" => &mut working.killed,
                        _ => &mut working.wounded,
                    };
                    match bound {
                        "low" => estimate.low = value,
                        "best" => estimate.best = value,
                        _ => estimate.high = value,
                    }
                }
            }
            // Say what will be stored when the words are not digits, and why nothing is when
            // they are not a count.
            match parsed {
                Ok(Some(n)) if text.trim().parse::<u32>().is_err() => {
                    ui.label(egui::RichText::new(format!("= {n}")).weak());
                }
                Err(why) => {
                    ui.colored_label(egui::Color32::from_rgb(220, 80, 80), "not stored")
                        .on_hover_text(why);
                }
                _ => {}
            }
            combined = Some(match combined {
                Some(c) => c.union(response),
                None => response,
            });
        }
        combined.unwrap_or_else(|| ui.label(""))
    })
    .inner
}
