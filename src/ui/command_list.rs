//! Every action the analyst can take by key, menu or button, in one list: the menus, the
//! keyboard shortcuts and the help overlay (F1) are all drawn from it.

use egui::{Context, Key, KeyboardShortcut, Modifiers};

use crate::model::Field;

/// One command of the workbench.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UiCommand {
    NewProject,
    /// A new project restored from a project's JSON export.
    RestoreFromExport,
    OpenProject,
    SaveCopy,
    ImportArticles,
    /// A web page fetched and imported as an article.
    ImportFromWeb,
    Undo,
    Redo,
    /// Make a new incident from the selected words.
    NewIncident,
    /// Make one incident per date of a selected date list.
    IncidentsFromDates,
    /// Attach the selected words as evidence for a field of the selected incident.
    Attach(Field),
    /// Attach the suggestion clicked (its words selected, its value shown) to its field.
    AttachSuggested,
    /// Apply every value proposed in the tray to the selected incident.
    ApplyProposals,
    /// Delete the selected incident and its evidence (undoable).
    DeleteIncident,
    /// Move an end of the evidence span last attached or jumped to by one word: its start
    /// (`start`) or its end, later or earlier. Its field links stay.
    AdjustSpan {
        start: bool,
        later: bool,
    },
    /// Review: the next incident in date order (within the filters), shown with its evidence.
    ReviewNext,
    ReviewPrevious,
    /// Review: mark the selected incident reviewed.
    MarkReviewed,
    /// Open the codebook window (actors, places, terms), searching for the selected words.
    EditCodebook,
    /// The details form of the article worked in: title, date, grading …
    ArticleDetails,
    ToggleSuggestions,
    /// Hide the timeline and map to give the text the window's height, or show them again.
    ToggleTimeline,
    FocusSearch,
    ToggleHelp,
    /// A copy that keeps of each article only the words its evidence needs.
    SaveCopyWithoutTexts,
    /// Incidents from a project's JSON export or an ACLED-style CSV.
    ImportIncidents,
    MergeProject,
    Agreement,
    /// The whole project in one of the field's formats.
    Export(crate::export::Format),
    /// The incidents the timeline's filters let through, as CSV.
    ExportTimelineCsv,
    /// The timeline plot as an image.
    ExportTimelinePng,
    /// The map as an image.
    ExportMapPng,
    /// The editor of the timeline's context events and periods.
    EditContext,
    /// Draft every incident the open article reports, for review.
    DraftIncidents,
    /// Accept every proposed incident of the open article as it stands.
    AcceptAllDrafts,
    /// Draft every article not yet coded, in the background.
    DraftAllArticles,
    Quit,
}

/// The fields with a number key, most used first.
pub const FIELD_KEYS: [(Key, Field); 9] = [
    (Key::Num1, Field::Date),
    (Key::Num2, Field::Place),
    (Key::Num3, Field::Perpetrator),
    (Key::Num4, Field::Weapon),
    (Key::Num5, Field::Munitions),
    (Key::Num6, Field::Killed),
    (Key::Num7, Field::Wounded),
    (Key::Num8, Field::Target),
    (Key::Num9, Field::EventType),
];

impl UiCommand {
    /// Every command, in the order the help overlay lists them.
    pub fn all() -> Vec<UiCommand> {
        let mut all = vec![
            UiCommand::NewProject,
            UiCommand::RestoreFromExport,
            UiCommand::OpenProject,
            UiCommand::SaveCopy,
            UiCommand::SaveCopyWithoutTexts,
            UiCommand::ImportArticles,
            UiCommand::ImportFromWeb,
            UiCommand::ImportIncidents,
            UiCommand::MergeProject,
            UiCommand::Agreement,
        ];
        all.extend(crate::export::Format::ALL.map(UiCommand::Export));
        all.extend([
            UiCommand::NewIncident,
            UiCommand::IncidentsFromDates,
            UiCommand::AttachSuggested,
            UiCommand::ApplyProposals,
            UiCommand::DeleteIncident,
            UiCommand::AdjustSpan {
                start: false,
                later: true,
            },
            UiCommand::AdjustSpan {
                start: false,
                later: false,
            },
            UiCommand::AdjustSpan {
                start: true,
                later: false,
            },
            UiCommand::AdjustSpan {
                start: true,
                later: true,
            },
            UiCommand::ReviewNext,
            UiCommand::ReviewPrevious,
            UiCommand::MarkReviewed,
            UiCommand::DraftIncidents,
            UiCommand::DraftAllArticles,
            UiCommand::AcceptAllDrafts,
        ]);
        all.extend(
            FIELD_KEYS
                .iter()
                .map(|(_, field)| UiCommand::Attach(*field)),
        );
        all.extend([
            UiCommand::Undo,
            UiCommand::Redo,
            UiCommand::ArticleDetails,
            UiCommand::EditCodebook,
            UiCommand::ToggleSuggestions,
            UiCommand::ToggleTimeline,
            UiCommand::FocusSearch,
            UiCommand::ExportTimelineCsv,
            UiCommand::ExportTimelinePng,
            UiCommand::ExportMapPng,
            UiCommand::EditContext,
            UiCommand::ToggleHelp,
            UiCommand::Quit,
        ]);
        all
    }

    pub fn label(&self) -> String {
        match self {
            UiCommand::NewProject => "New project…".into(),
            UiCommand::RestoreFromExport => "New project from an export…".into(),
            UiCommand::OpenProject => "Open project…".into(),
            UiCommand::SaveCopy => "Save a copy as…".into(),
            UiCommand::ImportArticles => "Import articles…".into(),
            UiCommand::ImportFromWeb => "Import from web address…".into(),
            UiCommand::Undo => "Undo".into(),
            UiCommand::Redo => "Redo".into(),
            UiCommand::NewIncident => "New incident from selection".into(),
            UiCommand::AttachSuggested => "Attach the suggestion clicked to its field".into(),
            UiCommand::ApplyProposals => "Apply the values proposed in the tray".into(),
            UiCommand::IncidentsFromDates => "One incident per date in the selection".into(),
            UiCommand::DeleteIncident => "Delete the selected incident".into(),
            UiCommand::AdjustSpan { start, later } => format!(
                "Evidence span: move its {} one word {}",
                if *start { "start" } else { "end" },
                if *later { "later" } else { "earlier" }
            ),
            UiCommand::ReviewNext => "Review the next draft (or incident) in date order".into(),
            UiCommand::ReviewPrevious => {
                "Review the previous draft (or incident) in date order".into()
            }
            UiCommand::MarkReviewed => {
                "Mark the selected incident reviewed (accepts a draft)".into()
            }
            UiCommand::Attach(field) => {
                format!("Attach selection as evidence: {}", field_label(*field))
            }
            UiCommand::EditCodebook => "Codebook: actors, places, terms…".into(),
            UiCommand::ArticleDetails => "Article details…".into(),
            UiCommand::ToggleSuggestions => "Show or hide suggestions".into(),
            UiCommand::ToggleTimeline => "Show or hide the timeline and map".into(),
            UiCommand::FocusSearch => "Search the corpus".into(),
            UiCommand::ToggleHelp => "Keyboard shortcuts".into(),
            UiCommand::SaveCopyWithoutTexts => "Save a copy without article texts…".into(),
            UiCommand::ImportIncidents => "Import incidents…".into(),
            UiCommand::MergeProject => "Merge a colleague's project…".into(),
            UiCommand::Agreement => "Agreement with a colleague's project…".into(),
            UiCommand::Export(format) => format!("{}…", format.title()),
            UiCommand::ExportTimelineCsv => "Export CSV…".into(),
            UiCommand::ExportTimelinePng => "Export PNG…".into(),
            UiCommand::ExportMapPng => "Export map…".into(),
            UiCommand::EditContext => "Context events…".into(),
            UiCommand::DraftIncidents => "Draft incidents".into(),
            UiCommand::AcceptAllDrafts => "Accept every proposed incident of this article".into(),
            UiCommand::DraftAllArticles => "Draft every article not yet coded".into(),
            UiCommand::Quit => "Quit".into(),
        }
    }

    /// What the command does, for its button's hover text, where the label does not say it all.
    pub fn explanation(&self) -> Option<&'static str> {
        Some(match self {
            UiCommand::SaveCopyWithoutTexts => {
                "For sources that may not be passed on: keeps only the words the evidence needs"
            }
            UiCommand::ImportIncidents => "From a project's JSON export or an ACLED-style CSV",
            UiCommand::RestoreFromExport => {
                "Restores a project's JSON export, every record as it was, into a new project \
                 beside it, read in the background however large it is"
            }
            UiCommand::ImportFromWeb => {
                "Fetches the page and reads it as a saved page: its text, title and address"
            }
            UiCommand::Export(_) => "The whole project in this format",
            UiCommand::ExportTimelinePng => "The timeline plot as you see it now, as an image",
            UiCommand::ArticleDetails => {
                "Title, outlet, author, publication date, web address, language, the source's \
                 grade and notes, for the article you are working in"
            }
            UiCommand::ExportMapPng => "The map as you see it now, as an image",
            UiCommand::ExportTimelineCsv => {
                "The incidents the timeline's filters let through, one row each"
            }
            UiCommand::EditContext => {
                "Add, edit or remove events and periods drawn behind the incidents"
            }
            UiCommand::DraftIncidents => {
                "Spanline drafts each incident the article reports, each value with its words; \
                 review them with Alt+Down, accept with Ctrl+Enter, reject with Ctrl+Delete"
            }
            _ => return None,
        })
    }

    pub fn shortcut(&self) -> Option<KeyboardShortcut> {
        let plain = |key| KeyboardShortcut::new(Modifiers::NONE, key);
        Some(match self {
            UiCommand::NewProject => KeyboardShortcut::new(Modifiers::COMMAND, Key::N),
            UiCommand::RestoreFromExport => {
                KeyboardShortcut::new(Modifiers::COMMAND | Modifiers::SHIFT, Key::N)
            }
            UiCommand::OpenProject => KeyboardShortcut::new(Modifiers::COMMAND, Key::O),
            UiCommand::SaveCopy => {
                KeyboardShortcut::new(Modifiers::COMMAND | Modifiers::SHIFT, Key::S)
            }
            UiCommand::ImportArticles => KeyboardShortcut::new(Modifiers::COMMAND, Key::I),
            UiCommand::ImportFromWeb => {
                KeyboardShortcut::new(Modifiers::COMMAND | Modifiers::SHIFT, Key::U)
            }
            UiCommand::Undo => KeyboardShortcut::new(Modifiers::COMMAND, Key::Z),
            UiCommand::Redo => KeyboardShortcut::new(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z),
            UiCommand::NewIncident => plain(Key::N),
            UiCommand::AttachSuggested => plain(Key::Enter),
            UiCommand::ApplyProposals => plain(Key::A),
            UiCommand::IncidentsFromDates => KeyboardShortcut::new(Modifiers::SHIFT, Key::N),
            UiCommand::DeleteIncident => KeyboardShortcut::new(Modifiers::COMMAND, Key::Delete),
            UiCommand::AdjustSpan { start, later } => {
                let key = if *later {
                    Key::ArrowRight
                } else {
                    Key::ArrowLeft
                };
                let mut modifiers = Modifiers::SHIFT | Modifiers::ALT;
                if *start {
                    modifiers |= Modifiers::COMMAND;
                }
                KeyboardShortcut::new(modifiers, key)
            }
            UiCommand::ReviewNext => KeyboardShortcut::new(Modifiers::ALT, Key::ArrowDown),
            UiCommand::ReviewPrevious => KeyboardShortcut::new(Modifiers::ALT, Key::ArrowUp),
            UiCommand::MarkReviewed => KeyboardShortcut::new(Modifiers::COMMAND, Key::Enter),
            UiCommand::Attach(field) => plain(FIELD_KEYS.iter().find(|(_, f)| f == field)?.0),
            UiCommand::EditCodebook => KeyboardShortcut::new(Modifiers::COMMAND, Key::K),
            UiCommand::ArticleDetails => KeyboardShortcut::new(Modifiers::COMMAND, Key::E),
            UiCommand::ToggleSuggestions => KeyboardShortcut::new(Modifiers::COMMAND, Key::G),
            UiCommand::ToggleTimeline => plain(Key::F4),
            UiCommand::FocusSearch => KeyboardShortcut::new(Modifiers::COMMAND, Key::F),
            UiCommand::ToggleHelp => plain(Key::F1),
            UiCommand::SaveCopyWithoutTexts => {
                KeyboardShortcut::new(Modifiers::COMMAND | Modifiers::ALT, Key::S)
            }
            UiCommand::ImportIncidents => {
                KeyboardShortcut::new(Modifiers::COMMAND | Modifiers::SHIFT, Key::I)
            }
            UiCommand::MergeProject => {
                KeyboardShortcut::new(Modifiers::COMMAND | Modifiers::SHIFT, Key::M)
            }
            UiCommand::Agreement => {
                KeyboardShortcut::new(Modifiers::COMMAND | Modifiers::SHIFT, Key::A)
            }
            UiCommand::Export(format) => {
                let keys = [
                    Key::Num1,
                    Key::Num2,
                    Key::Num3,
                    Key::Num4,
                    Key::Num5,
                    Key::Num6,
                ];
                let at = crate::export::Format::ALL
                    .iter()
                    .position(|f| f == format)?;
                KeyboardShortcut::new(Modifiers::COMMAND | Modifiers::ALT, *keys.get(at)?)
            }
            UiCommand::ExportTimelineCsv => {
                KeyboardShortcut::new(Modifiers::COMMAND | Modifiers::SHIFT, Key::E)
            }
            UiCommand::ExportTimelinePng => {
                KeyboardShortcut::new(Modifiers::COMMAND | Modifiers::SHIFT, Key::P)
            }
            UiCommand::ExportMapPng => {
                KeyboardShortcut::new(Modifiers::COMMAND | Modifiers::SHIFT, Key::G)
            }
            UiCommand::EditContext => {
                KeyboardShortcut::new(Modifiers::COMMAND | Modifiers::SHIFT, Key::T)
            }
            UiCommand::DraftIncidents => KeyboardShortcut::new(Modifiers::COMMAND, Key::D),
            UiCommand::AcceptAllDrafts => {
                KeyboardShortcut::new(Modifiers::COMMAND | Modifiers::SHIFT, Key::Enter)
            }
            UiCommand::DraftAllArticles => {
                KeyboardShortcut::new(Modifiers::COMMAND | Modifiers::SHIFT, Key::D)
            }
            UiCommand::Quit => KeyboardShortcut::new(Modifiers::COMMAND, Key::Q),
        })
    }

    /// Whether the shortcut is a bare key, which must not fire while the analyst types.
    fn is_bare_key(&self) -> bool {
        self.shortcut().is_some_and(|s| {
            (s.modifiers.is_none() || s.modifiers == Modifiers::SHIFT)
                && !matches!(s.logical_key, Key::F1 | Key::F4)
        })
    }

    /// The commands whose shortcuts were pressed this frame (consuming the key presses).
    /// `typing`: a text field has the keyboard, so bare keys (N, 1–9) are text, not commands.
    pub fn pressed(ctx: &Context, typing: bool) -> Vec<UiCommand> {
        // Shortcuts with more modifiers first: egui matches logically, so Ctrl+Shift+Z would
        // otherwise also count as Ctrl+Z.
        let mut order = UiCommand::all();
        order.sort_by_key(|c| {
            std::cmp::Reverse(c.shortcut().map_or(0, |s| modifier_count(s.modifiers)))
        });
        order
            .into_iter()
            .filter(|c| !(typing && c.is_bare_key()))
            .filter(|c| {
                c.shortcut()
                    .is_some_and(|s| ctx.input_mut(|i| i.consume_shortcut(&s)))
            })
            .collect()
    }

    /// The shortcut as the help overlay and menus show it.
    pub fn shortcut_text(&self, ctx: &Context) -> String {
        self.shortcut()
            .map(|s| ctx.format_shortcut(&s))
            .unwrap_or_default()
    }
}

/// Where the window keeps what the analyst's role allows, for every button to read.
fn permissions_id() -> egui::Id {
    egui::Id::unique("spanline-permissions")
}

/// Records what the analyst's role allows (a project file: everything), once a frame.
pub fn set_permissions(ctx: &Context, permissions: crate::team::Permissions) {
    ctx.data_mut(|d| d.insert_temp(permissions_id(), permissions));
}

/// What the analyst's role allows, as last recorded.
pub fn permissions(ctx: &Context) -> crate::team::Permissions {
    ctx.data(|d| d.get_temp(permissions_id()))
        .unwrap_or(crate::team::Permissions::ALL)
}

impl UiCommand {
    /// Whether the analyst's role allows this command (what it writes, the server would
    /// refuse otherwise); commands that only read are always allowed.
    pub fn allowed(&self, permissions: crate::team::Permissions) -> bool {
        match self {
            UiCommand::MarkReviewed | UiCommand::AcceptAllDrafts => permissions.review,
            UiCommand::EditCodebook => permissions.code || permissions.codebook,
            UiCommand::NewIncident
            | UiCommand::IncidentsFromDates
            | UiCommand::Attach(_)
            | UiCommand::AttachSuggested
            | UiCommand::ApplyProposals
            | UiCommand::DeleteIncident
            | UiCommand::AdjustSpan { .. }
            | UiCommand::ImportArticles
            | UiCommand::ImportFromWeb
            | UiCommand::ImportIncidents
            | UiCommand::MergeProject
            | UiCommand::EditContext
            | UiCommand::DraftIncidents
            | UiCommand::DraftAllArticles => permissions.code,
            _ => true,
        }
    }
}

/// Said on hover over a command the analyst's role does not allow.
pub const NOT_YOUR_ROLE: &str = "Your role on this team project does not allow this";

/// A menu or toolbar button for `command`, showing its shortcut and what it does; the
/// command when clicked. Greyed out when the analyst's role does not allow it.
pub fn button(ui: &mut egui::Ui, command: UiCommand) -> Option<UiCommand> {
    let shortcut = command.shortcut_text(ui.ctx());
    let allowed = command.allowed(permissions(ui.ctx()));
    let mut response = ui.add_enabled(
        allowed,
        egui::Button::new(command.label()).shortcut_text(shortcut),
    );
    if !allowed {
        response = response.on_disabled_hover_text(NOT_YOUR_ROLE);
    }
    if let Some(explanation) = command.explanation() {
        response = response.on_hover_text(explanation);
    }
    response.clicked().then(|| {
        ui.close();
        command
    })
}

/// A button for `command` in a toolbar, where space is short: its label, with what it does
/// and its shortcut on hover; the command when clicked.
pub fn toolbar_button(ui: &mut egui::Ui, command: UiCommand) -> Option<UiCommand> {
    let hover = [
        command.explanation().map(str::to_owned),
        command
            .shortcut()
            .map(|s| format!("Shortcut: {}", ui.ctx().format_shortcut(&s))),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join("\n");
    let allowed = command.allowed(permissions(ui.ctx()));
    let mut response = ui.add_enabled(allowed, egui::Button::new(command.label()));
    if !allowed {
        response = response.on_disabled_hover_text(NOT_YOUR_ROLE);
    }
    if !hover.is_empty() {
        response = response.on_hover_text(hover);
    }
    response.clicked().then_some(command)
}

fn modifier_count(modifiers: Modifiers) -> u8 {
    u8::from(modifiers.command || modifiers.ctrl)
        + u8::from(modifiers.shift)
        + u8::from(modifiers.alt)
}

/// A field's name as the analyst reads it.
pub fn field_label(field: Field) -> &'static str {
    match field {
        Field::Date => "date",
        Field::TimeOfDay => "time of day",
        Field::EventType => "event type",
        Field::Weapon => "weapon",
        Field::Munitions => "munitions",
        Field::Impacted => "impacted",
        Field::Intercepted => "intercepted",
        Field::Target => "target",
        Field::Place => "place",
        Field::LaunchSite => "launch site",
        Field::Perpetrator => "perpetrator",
        Field::Attribution => "attribution",
        Field::Killed => "killed",
        Field::Wounded => "wounded",
        Field::Summary => "summary",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_command_has_a_label_and_shortcuts_are_unique() {
        let all = UiCommand::all();
        let shortcuts: Vec<_> = all.iter().filter_map(UiCommand::shortcut).collect();
        assert_eq!(shortcuts.len(), all.len(), "every command has a shortcut");
        for (i, a) in shortcuts.iter().enumerate() {
            assert!(
                shortcuts[i + 1..].iter().all(|b| b != a),
                "{a:?} is used twice"
            );
        }
        assert!(all.iter().all(|c| !c.label().is_empty()));
    }
}
