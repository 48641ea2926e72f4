//! Writing what the analyst exports: files appear whole or not at all.

pub mod acled;
pub mod dataset;
pub mod geojson;
pub mod gtd;
pub mod json;
pub mod png;
pub mod ucdp;
pub mod w3c;

use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::Path;

/// The formats a whole project exports to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// ACLED-style CSV, ACLED's exact columns.
    Acled,
    /// UCDP GED-style CSV, the columns our fields map to.
    Ucdp,
    /// START GTD-style CSV, with GTD's codes where our vocabularies map.
    Gtd,
    /// GeoJSON FeatureCollection of incidents at their places.
    Geojson,
    /// The evidence as W3C Web Annotations (JSON-LD).
    W3c,
    /// Every record, full fidelity; imports back without loss.
    Json,
}

impl Format {
    pub const ALL: [Format; 6] = [
        Format::Acled,
        Format::Ucdp,
        Format::Gtd,
        Format::Geojson,
        Format::W3c,
        Format::Json,
    ];

    /// The file extension and a file name to suggest.
    pub fn file_name(self) -> (&'static str, &'static str) {
        match self {
            Format::Acled => ("csv", "incidents-acled.csv"),
            Format::Ucdp => ("csv", "incidents-ucdp-ged.csv"),
            Format::Gtd => ("csv", "incidents-gtd.csv"),
            Format::Geojson => ("geojson", "incidents.geojson"),
            Format::W3c => ("jsonld", "evidence-annotations.jsonld"),
            Format::Json => ("json", "project.json"),
        }
    }

    /// What the analyst reads in a menu.
    pub fn title(self) -> &'static str {
        match self {
            Format::Acled => "ACLED-style CSV",
            Format::Ucdp => "UCDP GED-style CSV",
            Format::Gtd => "GTD-style CSV",
            Format::Geojson => "GeoJSON (for QGIS)",
            Format::W3c => "Evidence as W3C Web Annotations",
            Format::Json => "Full project as JSON",
        }
    }

    /// The target format's columns we leave empty, and why.
    pub fn not_mapped(self) -> &'static [(&'static str, &'static str)] {
        match self {
            Format::Acled => acled::NOT_MAPPED,
            Format::Ucdp => ucdp::NOT_MAPPED,
            Format::Gtd => gtd::NOT_MAPPED,
            Format::Geojson | Format::W3c | Format::Json => &[],
        }
    }
}

/// Why an export wrote nothing (and left any file already at its path as it was).
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error("could not read the project: {0}")]
    Read(#[from] crate::store::StoreError),
    /// The target may not be replaced (the project itself, a database, a FIFO …).
    #[error("{0}")]
    Refused(#[from] crate::store::output_target::Refused),
    #[error("Could not write {path}: {source}")]
    Write {
        path: std::path::PathBuf,
        source: Box<dyn std::error::Error + Send + Sync>,
    },
}

/// Writes the whole project open on `conn` to `path` in `format`; returns a line saying what
/// was written (and what was left out).
pub fn export_project(
    conn: &rusqlite::Connection,
    format: Format,
    path: &Path,
) -> Result<String, ExportError> {
    let needs = dataset::Needs {
        // The annotations cite the page of a PDF-read article, which its text says.
        texts: matches!(format, Format::Json | Format::W3c),
        evidence: matches!(format, Format::Json | Format::W3c),
    };
    let data = if format == Format::Json {
        dataset::Dataset::load_everything(conn)?
    } else {
        dataset::Dataset::load(conn, needs)?
    };
    let (incidents, spans) = (data.incidents.len(), data.evidence.len());
    let mut left_out = 0;
    match format {
        Format::Acled => {
            write_atomically(path, |out| acled::write(out, &data).map(|n| left_out = n))
        }
        Format::Ucdp => write_atomically(path, |out| ucdp::write(out, &data).map(|n| left_out = n)),
        Format::Gtd => write_atomically(path, |out| gtd::write(out, &data).map(|n| left_out = n)),
        Format::Geojson => {
            write_atomically(path, |out| geojson::write(out, &data).map(|n| left_out = n))
        }
        Format::W3c => write_atomically(path, |out| w3c::write(out, &data)),
        Format::Json => write_atomically(path, |out| json::write(out, data.into_records())),
    }?;
    Ok(match format {
        Format::Acled | Format::Ucdp | Format::Gtd => format!(
            "wrote {} incidents to {}{}",
            incidents - left_out,
            path.display(),
            if left_out > 0 {
                format!(" ({left_out} undated incidents left out)")
            } else {
                String::new()
            }
        ),
        Format::Geojson => format!(
            "wrote {incidents} incidents to {} ({left_out} without coordinates have no geometry)",
            path.display()
        ),
        Format::W3c => format!("wrote {spans} evidence annotations to {}", path.display()),
        Format::Json => format!(
            "wrote the whole project ({incidents} incidents, {spans} spans) to {}",
            path.display()
        ),
    })
}

/// Writes `path` through `fill`: into a hidden temporary file beside it, renamed into place
/// once complete, so a failed or interrupted export never leaves half a file under the name
/// the analyst chose (nor destroys the file that was there). A target that is an open project,
/// a database or not a regular file is refused before anything is written.
pub fn write_atomically<E>(
    path: &Path,
    fill: impl FnOnce(&mut BufWriter<File>) -> Result<(), E>,
) -> Result<(), ExportError>
where
    E: Into<Box<dyn std::error::Error + Send + Sync>>,
{
    use crate::store::{output_target, temp_files};
    output_target::check(path, output_target::Output::Export)?;
    temp_files::sweep(temp_files::folder_of(path));
    let temp = temp_files::beside(path, temp_files::Purpose::Writing);
    let written = (|| -> Result<(), Box<dyn std::error::Error + Send + Sync>> {
        let mut out = BufWriter::new(File::create(&temp)?);
        fill(&mut out).map_err(Into::into)?;
        out.flush()?;
        out.get_ref().sync_all()?;
        std::fs::rename(&temp, path)?;
        Ok(())
    })();
    written.map_err(|source| {
        let _ = std::fs::remove_file(&temp);
        ExportError::Write {
            path: path.to_owned(),
            source,
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_failed_export_keeps_the_old_file_and_leaves_no_temporary() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("out.csv");
        std::fs::write(&path, "old").unwrap();
        let result = write_atomically(&path, |out| {
            out.write_all(b"half")?;
            Err(std::io::Error::other("disk full"))
        });
        assert!(result.unwrap_err().to_string().contains("disk full"));
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "old");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn a_complete_export_replaces_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("out.csv");
        write_atomically(&path, |out| out.write_all(b"new")).unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "new");
    }
}
