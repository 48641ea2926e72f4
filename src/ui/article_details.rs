//! The article details form: title, outlet, author, publication date (with its precision),
//! web address, language, the source's Admiralty grade, its scale and notes. Each field is
//! checked as it is typed and stored as soon as it holds a valid value (typing in one field is
//! one undo step); a value that does not check is shown with the reason and not stored.

use egui::RichText;
use jiff::civil::Date;

use crate::model::{ArticleId, ArticleMeta, Credibility, DatePrecision, Reliability, SourceScale};

/// The text fields of the form, each stored under its own undo-merging key.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TextField {
    Title,
    Outlet,
    Author,
    Date,
    Url,
    Language,
    Notes,
}

impl TextField {
    const ALL: [TextField; 7] = [
        TextField::Title,
        TextField::Outlet,
        TextField::Author,
        TextField::Date,
        TextField::Url,
        TextField::Language,
        TextField::Notes,
    ];

    pub fn label(self) -> &'static str {
        match self {
            TextField::Title => "Title",
            TextField::Outlet => "Outlet",
            TextField::Author => "Author",
            TextField::Date => "Published",
            TextField::Url => "Web address",
            TextField::Language => "Language",
            TextField::Notes => "Notes",
        }
    }

    fn hint(self) -> &'static str {
        match self {
            TextField::Title => "the headline",
            TextField::Outlet => "newspaper, agency, think tank",
            TextField::Author => "byline",
            TextField::Date => "2020-11-18, 2020-11 or 2020",
            TextField::Url => "https://…",
            TextField::Language => "en, ar …",
            TextField::Notes => "what you know of this source",
        }
    }

    fn value(self, meta: &ArticleMeta) -> String {
        let text = |v: &Option<String>| v.clone().unwrap_or_default();
        match self {
            TextField::Title => meta.title.clone(),
            TextField::Outlet => text(&meta.outlet),
            TextField::Author => text(&meta.author),
            TextField::Date => date_text(meta.published, meta.published_precision),
            TextField::Url => text(&meta.url),
            TextField::Language => text(&meta.language),
            TextField::Notes => text(&meta.notes),
        }
    }

    fn index(self) -> usize {
        Self::ALL.iter().position(|f| *f == self).unwrap_or(0)
    }
}

/// A date as the form writes it: to the day, the month or the year it is known to.
pub fn date_text(date: Option<Date>, precision: Option<DatePrecision>) -> String {
    match (date, precision) {
        (None, _) => String::new(),
        (Some(d), Some(DatePrecision::Year)) => d.year().to_string(),
        (Some(d), Some(DatePrecision::Month)) => format!("{}-{:02}", d.year(), d.month()),
        (Some(d), _) => d.to_string(),
    }
}

/// Reads a publication date as typed: `2020-11-18` (the day), `2020-11` (the month), `2020`
/// (the year), or a written date ("18 November 2020", "Nov. 18, 2020"). Empty is no date.
pub fn parse_date(typed: &str) -> Result<Option<(Date, DatePrecision)>, String> {
    let typed = typed.trim();
    if typed.is_empty() {
        return Ok(None);
    }
    let digits = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_digit());
    let parts: Vec<&str> = typed.split('-').collect();
    let out_of_range = || format!("{typed:?} is not a date in the calendar");
    match parts[..] {
        [year] if digits(year) && year.len() == 4 => {
            let year: i16 = year.parse().map_err(|_| out_of_range())?;
            let date = Date::new(year, 1, 1).map_err(|_| out_of_range())?;
            return Ok(Some((date, DatePrecision::Year)));
        }
        [year, month] if digits(year) && digits(month) && year.len() == 4 => {
            let (year, month): (i16, i8) = (
                year.parse().map_err(|_| out_of_range())?,
                month.parse().map_err(|_| out_of_range())?,
            );
            let date = Date::new(year, month, 1).map_err(|_| out_of_range())?;
            return Ok(Some((date, DatePrecision::Month)));
        }
        [year, month, day] if [year, month, day].iter().all(|p| digits(p)) => {
            let date: Date = typed.parse().map_err(|_| out_of_range())?;
            return Ok(Some((date, DatePrecision::Day)));
        }
        _ => {}
    }
    // A written date: exactly one day, read as the proposals read dates.
    let days: Vec<_> = crate::propose::dates::propose_dates(typed, None)
        .into_iter()
        .filter(|d| d.start == d.end && d.precision == DatePrecision::Day)
        .collect();
    match days[..] {
        [ref one] => Ok(Some((one.start, DatePrecision::Day))),
        _ => Err(format!(
            "{typed:?} is not a date Spanline can read: write 2020-11-18, 2020-11 or 2020"
        )),
    }
}

/// Checks a web address as typed: empty, or http(s):// and a host.
fn check_url(typed: &str) -> Result<Option<String>, String> {
    let typed = typed.trim();
    if typed.is_empty() {
        return Ok(None);
    }
    let rest = typed
        .strip_prefix("https://")
        .or_else(|| typed.strip_prefix("http://"))
        .ok_or("a web address starts with http:// or https://")?;
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    if host.is_empty() || typed.chars().any(char::is_whitespace) {
        return Err("a web address needs a host and no spaces".into());
    }
    Ok(Some(typed.to_owned()))
}

/// Checks a language tag as typed: a BCP 47 tag such as `en`, `ar`, `ar-IQ`, `ku-Arab`.
fn check_language(typed: &str) -> Result<Option<String>, String> {
    let typed = typed.trim();
    if typed.is_empty() {
        return Ok(None);
    }
    let mut parts = typed.split('-');
    let primary = parts.next().unwrap_or("");
    let primary_ok =
        (2..=3).contains(&primary.len()) && primary.chars().all(|c| c.is_ascii_alphabetic());
    let rest_ok =
        parts.all(|p| (2..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()));
    if primary_ok && rest_ok {
        Ok(Some(typed.to_owned()))
    } else {
        Err("write a language tag: en, ar, ar-IQ".into())
    }
}

fn optional(typed: &str) -> Option<String> {
    let typed = typed.trim();
    (!typed.is_empty()).then(|| typed.to_owned())
}

/// The details `field` typed as `typed` give, or why they cannot be stored.
pub fn with_field(
    meta: &ArticleMeta,
    field: TextField,
    typed: &str,
) -> Result<ArticleMeta, String> {
    let mut meta = meta.clone();
    match field {
        TextField::Title => {
            let title = optional(typed).ok_or("an article needs a title")?;
            meta.title = title;
        }
        TextField::Outlet => meta.outlet = optional(typed),
        TextField::Author => meta.author = optional(typed),
        TextField::Date => {
            let date = parse_date(typed)?;
            meta.published = date.map(|(d, _)| d);
            // A day is the default; only coarser dates say so.
            meta.published_precision = date.map(|(_, p)| p).filter(|p| *p != DatePrecision::Day);
            // The analyst set it: no longer a guess.
            meta.published_guessed = false;
        }
        TextField::Url => meta.url = check_url(typed)?,
        TextField::Language => meta.language = check_language(typed)?,
        TextField::Notes => meta.notes = optional(typed),
    }
    Ok(meta)
}

/// What the form asks the app to do.
#[derive(Debug, PartialEq)]
pub enum DetailsEvent {
    /// Store these details; `merge_key` joins typing in one field into one undo step.
    Store {
        meta: Box<ArticleMeta>,
        label: String,
        merge_key: Option<String>,
    },
    /// The analyst left a text field: the next change is a new undo step.
    LeftField,
}

/// The open form: what is typed in each field and why a field does not check.
pub struct ArticleDetailsForm {
    pub article_id: ArticleId,
    /// The details as last stored.
    stored: ArticleMeta,
    typed: [String; 7],
    problems: [Option<String>; 7],
    /// Put the keyboard in this field on the next frame.
    focus: Option<TextField>,
    pub open: bool,
}

impl ArticleDetailsForm {
    pub fn new(article_id: ArticleId, meta: &ArticleMeta) -> Self {
        Self {
            article_id,
            stored: meta.clone(),
            typed: TextField::ALL.map(|f| f.value(meta)),
            problems: Default::default(),
            focus: None,
            open: true,
        }
    }

    /// Opens with the keyboard in `field` (the date, when a proposal is waiting for it).
    pub fn focusing(mut self, field: TextField) -> Self {
        self.focus = Some(field);
        self
    }

    /// The store now holds `meta` (after an undo, a redo or a merge): the fields show it,
    /// except one whose typing does not check yet, which keeps what is typed.
    pub fn sync(&mut self, meta: &ArticleMeta) {
        if *meta == self.stored {
            return;
        }
        for field in TextField::ALL {
            let i = field.index();
            if self.problems[i].is_none() {
                self.typed[i] = field.value(meta);
            }
        }
        self.stored = meta.clone();
    }

    /// The form's window. Returns what to store when a value changed and checks.
    pub fn show(&mut self, ctx: &egui::Context) -> Option<DetailsEvent> {
        let mut event = None;
        let mut open = self.open;
        // Over the article's text, below the toolbar, leaving the corpus list in view.
        let screen = ctx.content_rect();
        // One Escape closes the form, even with the keyboard in a field.
        if ctx.input(|i| i.key_pressed(egui::Key::Escape)) {
            self.open = false;
            return None;
        }
        egui::Window::new(self.window_title(ctx))
            .id(egui::Id::unique("article_details"))
            .pivot(egui::Align2::CENTER_TOP)
            .default_pos([screen.center().x, screen.top() + 90.0])
            .open(&mut open)
            .resizable(true)
            .default_width(460.0)
            .show(ctx, |ui| event = self.fields_ui(ui));
        self.open &= open;
        event
    }

    /// "Article details: <its title>", shortened, in reading order for Arabic.
    fn window_title(&self, ctx: &egui::Context) -> egui::WidgetText {
        let title: String = self.stored.title.trim().chars().take(60).collect();
        let ellipsis = if self.stored.title.trim().chars().count() > 60 {
            "…"
        } else {
            ""
        };
        let text = if title.is_empty() {
            "Article details (untitled article)".to_owned()
        } else {
            format!("Article details: {title}{ellipsis}")
        };
        if !crate::ui::bidi::needs_bidi(&text) {
            return text.into();
        }
        let style = ctx.global_style();
        let format = egui::TextFormat {
            font_id: egui::TextStyle::Heading.resolve(&style),
            color: style.visuals.text_color(),
            ..Default::default()
        };
        crate::ui::bidi::display_job(&text, format).into()
    }

    fn fields_ui(&mut self, ui: &mut egui::Ui) -> Option<DetailsEvent> {
        let mut event = None;
        egui::Grid::new("article_details_grid")
            .num_columns(2)
            .spacing([8.0, 6.0])
            .show(ui, |ui| {
                for field in TextField::ALL {
                    if let Some(e) = self.text_field_ui(ui, field) {
                        event = Some(e);
                    }
                    ui.end_row();
                    if field == TextField::Language
                        && let Some(e) = self.grading_ui(ui)
                    {
                        event = Some(e);
                    }
                }
            });
        event
    }

    fn text_field_ui(&mut self, ui: &mut egui::Ui, field: TextField) -> Option<DetailsEvent> {
        let i = field.index();
        let label = ui.label(field.label());
        let mut event = None;
        ui.vertical(|ui| {
            // An Arabic title or note reads right to left (see `reading_field`).
            let id = ui.make_persistent_id(("article details field", field.label()));
            let response = crate::ui::reading_field::add(ui, id, &mut self.typed[i], |typed| {
                let edit = if field == TextField::Notes {
                    egui::TextEdit::multiline(typed).desired_rows(3)
                } else {
                    egui::TextEdit::singleline(typed)
                };
                edit.hint_text(field.hint()).desired_width(320.0)
            })
            .labelled_by(label.id);
            if self.focus == Some(field) {
                response.request_focus();
                self.focus = None;
            }
            if response.changed() {
                match with_field(&self.stored, field, &self.typed[i]) {
                    Ok(meta) => {
                        self.problems[i] = None;
                        if meta != self.stored {
                            self.stored = meta.clone();
                            event = Some(DetailsEvent::Store {
                                meta: Box::new(meta),
                                label: format!(
                                    "set the article's {}",
                                    field.label().to_lowercase()
                                ),
                                merge_key: Some(format!("article {} {:?}", self.article_id, field)),
                            });
                        }
                    }
                    Err(problem) => self.problems[i] = Some(problem),
                }
            }
            if response.lost_focus() && event.is_none() {
                event = Some(DetailsEvent::LeftField);
            }
            if let Some(problem) = &self.problems[i] {
                ui.label(
                    RichText::new(format!("{problem} (not stored)"))
                        .color(ui.visuals().error_fg_color),
                );
            } else if field == TextField::Date
                && let Some(e) = self.date_note_ui(ui)
            {
                event = Some(e);
            }
        });
        event
    }

    /// Under the date: how exactly it is known, and a guess to confirm.
    fn date_note_ui(&mut self, ui: &mut egui::Ui) -> Option<DetailsEvent> {
        self.stored.published?;
        let guessed = self.stored.published_guessed;
        let precision = match self.stored.published_precision {
            Some(DatePrecision::Year) => "known to the year",
            Some(DatePrecision::Month) => "known to the month",
            Some(DatePrecision::Week) => "known to the week",
            _ => "known to the day",
        };
        let mut event = None;
        ui.horizontal_wrapped(|ui| {
            if guessed {
                ui.label(
                    RichText::new(format!("{precision}; guessed from a dateline at import"))
                        .color(egui::Color32::from_rgb(255, 150, 40)),
                );
                if ui
                    .button("Confirm date")
                    .on_hover_text("The date is right: it is no longer marked as a guess")
                    .clicked()
                {
                    let mut meta = self.stored.clone();
                    meta.published_guessed = false;
                    self.stored = meta.clone();
                    event = Some(DetailsEvent::Store {
                        meta: Box::new(meta),
                        label: "confirm the article's date".into(),
                        merge_key: None,
                    });
                }
            } else {
                ui.label(RichText::new(precision).weak());
            }
        });
        event
    }

    /// The Admiralty grade and the outlet's scale, each stored as soon as it is picked.
    fn grading_ui(&mut self, ui: &mut egui::Ui) -> Option<DetailsEvent> {
        let mut meta = self.stored.clone();
        let label = ui.label("Source reliability");
        pick(
            ui,
            "details_reliability",
            label.id,
            &mut meta.reliability,
            Reliability::ALL,
            |r| format!("{} — {}", r.as_str(), r.describe()),
        );
        ui.end_row();
        let label = ui.label("Information credibility");
        pick(
            ui,
            "details_credibility",
            label.id,
            &mut meta.credibility,
            Credibility::ALL,
            |c| format!("{} — {}", c.as_str(), c.describe()),
        );
        ui.end_row();
        let label = ui.label("Outlet's reach");
        pick(
            ui,
            "details_scale",
            label.id,
            &mut meta.scale,
            SourceScale::ALL,
            |s| s.acled_name().to_owned(),
        );
        ui.end_row();
        if meta == self.stored {
            return None;
        }
        let what = if meta.scale != self.stored.scale {
            "set the outlet's reach"
        } else {
            "grade the source"
        };
        self.stored = meta.clone();
        Some(DetailsEvent::Store {
            meta: Box::new(meta),
            label: what.into(),
            merge_key: None,
        })
    }
}

/// A drop-down of a closed vocabulary with "not set" first.
fn pick<T: Copy + PartialEq>(
    ui: &mut egui::Ui,
    salt: &str,
    label: egui::Id,
    value: &mut Option<T>,
    all: &[T],
    name: impl Fn(T) -> String,
) {
    let shown = value.map_or("not set".to_owned(), &name);
    egui::ComboBox::from_id_salt(salt)
        .selected_text(shown)
        .width(320.0)
        .show_ui(ui, |ui| {
            ui.selectable_value(value, None, "not set");
            for item in all {
                ui.selectable_value(value, Some(*item), name(*item));
            }
        })
        .response
        .labelled_by(label);
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn dates_are_read_to_the_precision_they_are_written_to() {
        assert_eq!(parse_date(""), Ok(None));
        assert_eq!(
            parse_date("2020-11-18"),
            Ok(Some((date(2020, 11, 18), DatePrecision::Day)))
        );
        assert_eq!(
            parse_date(" 2020-11 "),
            Ok(Some((date(2020, 11, 1), DatePrecision::Month)))
        );
        assert_eq!(
            parse_date("2020"),
            Ok(Some((date(2020, 1, 1), DatePrecision::Year)))
        );
        assert_eq!(
            parse_date("18 November 2020"),
            Ok(Some((date(2020, 11, 18), DatePrecision::Day)))
        );
        assert_eq!(
            parse_date("Nov. 18, 2020"),
            Ok(Some((date(2020, 11, 18), DatePrecision::Day)))
        );
        for wrong in [
            "2020-13",
            "2020-02-30",
            "2020-11-1x",
            "Tuesday",
            "soon",
            "20-11-18",
        ] {
            assert!(parse_date(wrong).is_err(), "{wrong}");
        }
    }

    #[test]
    fn fields_check_as_typed_and_a_set_date_is_no_longer_a_guess() {
        let guessed = ArticleMeta {
            title: "Rockets".into(),
            published: Some(date(2020, 11, 18)),
            published_guessed: true,
            ..ArticleMeta::default()
        };
        let set = with_field(&guessed, TextField::Date, "2020-11").expect("a month");
        assert_eq!(set.published, Some(date(2020, 11, 1)));
        assert_eq!(set.published_precision, Some(DatePrecision::Month));
        assert!(!set.published_guessed);
        assert_eq!(date_text(set.published, set.published_precision), "2020-11");
        let cleared = with_field(&guessed, TextField::Date, "  ").expect("no date");
        assert_eq!(
            (cleared.published, cleared.published_precision),
            (None, None)
        );

        assert!(with_field(&guessed, TextField::Title, " ").is_err());
        assert!(with_field(&guessed, TextField::Url, "www.example.com").is_err());
        assert!(with_field(&guessed, TextField::Url, "https://").is_err());
        assert_eq!(
            with_field(&guessed, TextField::Url, " https://example.com/a?b ")
                .expect("an address")
                .url
                .as_deref(),
            Some("https://example.com/a?b")
        );
        for tag in ["en", "ar", "ar-IQ", "ku-Arab"] {
            assert!(
                with_field(&guessed, TextField::Language, tag).is_ok(),
                "{tag}"
            );
        }
        for tag in ["english", "a", "ar_IQ", "ع"] {
            assert!(
                with_field(&guessed, TextField::Language, tag).is_err(),
                "{tag}"
            );
        }
        let outlet = with_field(&guessed, TextField::Outlet, "  ").expect("cleared");
        assert_eq!(outlet.outlet, None);
    }
}
