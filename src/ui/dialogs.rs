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
}
