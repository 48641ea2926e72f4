//! Writing what the analyst exports: files appear whole or not at all.

pub mod png;

use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::Path;

/// Writes `path` through `fill`: into a hidden temporary file beside it, renamed into place
/// once complete, so a failed or interrupted export never leaves half a file under the name
/// the analyst chose (nor destroys the file that was there).
pub fn write_atomically<E>(
    path: &Path,
    fill: impl FnOnce(&mut BufWriter<File>) -> Result<(), E>,
) -> Result<(), String>
where
    E: std::fmt::Display,
{
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "export".to_owned());
    let temp = path.with_file_name(format!(".{name}.writing"));
    let written = File::create(&temp)
        .map_err(|err| err.to_string())
        .and_then(|file| {
            let mut out = BufWriter::new(file);
            fill(&mut out).map_err(|err| err.to_string())?;
            out.flush().map_err(|err| err.to_string())?;
            out.get_ref().sync_all().map_err(|err| err.to_string())
        })
        .and_then(|()| std::fs::rename(&temp, path).map_err(|err| err.to_string()));
    if written.is_err() {
        let _ = std::fs::remove_file(&temp);
    }
    written.map_err(|err| format!("Could not write {}: {err}", path.display()))
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
        assert!(result.unwrap_err().contains("disk full"));
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
