//! Native file dialogs behind a small trait, so tests can stand in for the analyst's choices.

use std::path::PathBuf;

/// The file choices the window asks the analyst for.
pub trait FileDialogs {
    /// An existing project to open.
    fn open_project(&self) -> Option<PathBuf>;
    /// Where to create a new project.
    fn new_project(&self) -> Option<PathBuf>;
    /// Where to save a copy of the project.
    fn save_copy(&self, suggested_name: &str) -> Option<PathBuf>;
    /// Articles to import.
    fn import_files(&self) -> Vec<PathBuf>;
    /// Where to write an export (`extension`: "csv", "png").
    fn export_file(&self, suggested_name: &str, extension: &str) -> Option<PathBuf>;
    /// A colleague's project to merge into the open one.
    fn project_to_merge(&self) -> Option<PathBuf>;
    /// A colleague's project to measure agreement with.
    fn project_to_compare(&self) -> Option<PathBuf>;
    /// Incidents to import: a project's JSON export or an ACLED-style CSV.
    fn incidents_file(&self) -> Option<PathBuf>;
    /// A project's JSON export to restore as a new project.
    fn export_to_restore(&self) -> Option<PathBuf>;
    /// Whether these dialogs can be shown at all (a desktop without a portal shows none).
    fn available(&self) -> bool {
        true
    }
}

/// The dialogs, answered once by a path the analyst typed where none can be shown.
pub struct DialogsOrTyped {
    typed: std::cell::RefCell<Option<PathBuf>>,
    dialogs: Box<dyn FileDialogs>,
}

impl DialogsOrTyped {
    pub fn new(dialogs: Box<dyn FileDialogs>) -> Self {
        Self {
            typed: std::cell::RefCell::new(None),
            dialogs,
        }
    }

    /// The next file asked for is `path`, as typed by the analyst.
    pub fn answer_with(&self, path: PathBuf) {
        *self.typed.borrow_mut() = Some(path);
    }

    /// Whether a typed path waits to answer the next question.
    pub fn has_typed(&self) -> bool {
        self.typed.borrow().is_some()
    }

    fn typed(&self) -> Option<PathBuf> {
        self.typed.borrow_mut().take()
    }
}

impl FileDialogs for DialogsOrTyped {
    fn open_project(&self) -> Option<PathBuf> {
        self.typed().or_else(|| self.dialogs.open_project())
    }
    fn new_project(&self) -> Option<PathBuf> {
        self.typed().or_else(|| self.dialogs.new_project())
    }
    fn save_copy(&self, suggested_name: &str) -> Option<PathBuf> {
        self.typed()
            .or_else(|| self.dialogs.save_copy(suggested_name))
    }
    fn import_files(&self) -> Vec<PathBuf> {
        match self.typed() {
            Some(path) => vec![path],
            None => self.dialogs.import_files(),
        }
    }
    fn export_file(&self, suggested_name: &str, extension: &str) -> Option<PathBuf> {
        self.typed()
            .or_else(|| self.dialogs.export_file(suggested_name, extension))
    }
    fn project_to_merge(&self) -> Option<PathBuf> {
        self.typed().or_else(|| self.dialogs.project_to_merge())
    }
    fn project_to_compare(&self) -> Option<PathBuf> {
        self.typed().or_else(|| self.dialogs.project_to_compare())
    }
    fn incidents_file(&self) -> Option<PathBuf> {
        self.typed().or_else(|| self.dialogs.incidents_file())
    }
    fn export_to_restore(&self) -> Option<PathBuf> {
        self.typed().or_else(|| self.dialogs.export_to_restore())
    }
    fn available(&self) -> bool {
        self.dialogs.available()
    }
}

/// Whether a desktop portal answers for file dialogs on this session's bus, asked once, on a
/// thread of its own and for at most three seconds (a portal starting up takes about one).
#[cfg(target_os = "linux")]
fn portal_offers_file_dialogs() -> bool {
    static ANSWER: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    *ANSWER.get_or_init(|| {
        let (tell, hear) = std::sync::mpsc::channel();
        let asked = std::thread::Builder::new()
            .name("portal-check".into())
            .spawn(move || {
                let _ = tell.send(ask_the_portal().unwrap_or(false));
            });
        asked.is_ok()
            && hear
                .recv_timeout(std::time::Duration::from_secs(3))
                .unwrap_or(false)
    })
}

/// The portal's file chooser has a version when a portal backend offers it.
#[cfg(target_os = "linux")]
fn ask_the_portal() -> zbus::Result<bool> {
    let bus = zbus::blocking::Connection::session()?;
    let chooser = zbus::blocking::Proxy::new(
        &bus,
        "org.freedesktop.portal.Desktop",
        "/org/freedesktop/portal/desktop",
        "org.freedesktop.portal.FileChooser",
    )?;
    Ok(chooser.get_property::<u32>("version").is_ok())
}

/// The desktop's own dialogs (through the XDG portal on Linux).
pub struct NativeDialogs;

const PROJECT_FILTER: (&str, &[&str]) = ("Spanline project", &["db"]);
const ARTICLE_FILTER: (&str, &[&str]) =
    ("Articles", &["txt", "md", "markdown", "html", "htm", "pdf"]);

impl FileDialogs for NativeDialogs {
    fn open_project(&self) -> Option<PathBuf> {
        rfd::FileDialog::new()
            .set_title("Open project")
            .add_filter(PROJECT_FILTER.0, PROJECT_FILTER.1)
            .pick_file()
    }

    fn new_project(&self) -> Option<PathBuf> {
        rfd::FileDialog::new()
            .set_title("New project")
            .add_filter(PROJECT_FILTER.0, PROJECT_FILTER.1)
            .set_file_name("project.db")
            .save_file()
    }

    fn save_copy(&self, suggested_name: &str) -> Option<PathBuf> {
        rfd::FileDialog::new()
            .set_title("Save a copy as")
            .add_filter(PROJECT_FILTER.0, PROJECT_FILTER.1)
            .set_file_name(suggested_name)
            .save_file()
    }

    fn project_to_merge(&self) -> Option<PathBuf> {
        rfd::FileDialog::new()
            .set_title("Merge a colleague's project into this one")
            .add_filter(PROJECT_FILTER.0, PROJECT_FILTER.1)
            .pick_file()
    }

    fn incidents_file(&self) -> Option<PathBuf> {
        rfd::FileDialog::new()
            .set_title("Import incidents")
            .add_filter("Project JSON or ACLED-style CSV", &["json", "csv"])
            .pick_file()
    }

    fn export_to_restore(&self) -> Option<PathBuf> {
        rfd::FileDialog::new()
            .set_title("New project from a project's JSON export")
            .add_filter("Project JSON export", &["json"])
            .pick_file()
    }

    fn project_to_compare(&self) -> Option<PathBuf> {
        rfd::FileDialog::new()
            .set_title("Measure agreement with a colleague's project")
            .add_filter(PROJECT_FILTER.0, PROJECT_FILTER.1)
            .pick_file()
    }

    fn export_file(&self, suggested_name: &str, extension: &str) -> Option<PathBuf> {
        rfd::FileDialog::new()
            .set_title("Export")
            .add_filter(extension.to_uppercase(), &[extension])
            .set_file_name(suggested_name)
            .save_file()
    }

    fn import_files(&self) -> Vec<PathBuf> {
        rfd::FileDialog::new()
            .set_title("Import articles")
            .add_filter(ARTICLE_FILTER.0, ARTICLE_FILTER.1)
            .pick_files()
            .unwrap_or_default()
    }

    fn available(&self) -> bool {
        #[cfg(target_os = "linux")]
        return portal_offers_file_dialogs();
        #[cfg(not(target_os = "linux"))]
        true
    }
}
