//! The hidden temporary files a copy or an export is written through before it is renamed into
//! place: `.NAME.PID.writing` (exports) and `.NAME.PID.copying` (copies, with SQLite's
//! `-journal` beside it). A process killed mid-write leaves one behind — for a copy without
//! article texts, a hidden copy *with* them — so every copy, export and opened project sweeps
//! its folder of those whose process is gone. On systems where that cannot be told (no
//! `/proc`), leftovers are kept rather than risk removing a write in progress.

use std::path::{Path, PathBuf};

/// What a temporary file is for, the last part of its name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Purpose {
    Writing,
    Copying,
}

impl Purpose {
    fn suffix(self) -> &'static str {
        match self {
            Purpose::Writing => "writing",
            Purpose::Copying => "copying",
        }
    }
}

/// The temporary file beside `target` that this process writes it through.
pub fn beside(target: &Path, purpose: Purpose) -> PathBuf {
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "file".to_owned());
    target.with_file_name(format!(
        ".{name}.{}.{}",
        std::process::id(),
        purpose.suffix()
    ))
}

/// The process id a leftover's name carries, if the name is one of ours.
fn writer_of(file_name: &str) -> Option<u32> {
    let rest = file_name.strip_prefix('.')?;
    let rest = rest.strip_suffix("-journal").unwrap_or(rest);
    let rest = [Purpose::Writing, Purpose::Copying]
        .iter()
        .find_map(|p| rest.strip_suffix(p.suffix()))?
        .strip_suffix('.')?;
    let (_, pid) = rest.rsplit_once('.')?;
    pid.parse().ok()
}

fn is_running(pid: u32) -> bool {
    if pid == std::process::id() {
        return true;
    }
    let proc = Path::new("/proc");
    // Without /proc nothing can be told: treat the writer as running, keep its file.
    !proc.is_dir() || proc.join(pid.to_string()).exists()
}

/// Removes from `dir` the temporary files of copies and exports whose process is gone; how
/// many went. Errors (a folder that cannot be read) are not the caller's concern.
pub fn sweep(dir: &Path) -> usize {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return 0;
    };
    let mut removed = 0;
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        let is_file = entry.file_type().is_ok_and(|t| t.is_file());
        if is_file
            && writer_of(&name).is_some_and(|pid| !is_running(pid))
            && std::fs::remove_file(entry.path()).is_ok()
        {
            removed += 1;
        }
    }
    removed
}

/// The folder `target` is written into, for [`sweep`].
pub fn folder_of(target: &Path) -> &Path {
    match target.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_carry_the_writer_and_only_ours_are_read() {
        let temp = beside(Path::new("/x/out.csv"), Purpose::Writing);
        let name = temp.file_name().unwrap().to_string_lossy().into_owned();
        assert_eq!(writer_of(&name), Some(std::process::id()));
        assert_eq!(writer_of(".p.db.42.copying-journal"), Some(42));
        assert_eq!(
            writer_of(".p.db.copying"),
            None,
            "an older name without a writer"
        );
        assert_eq!(writer_of("notes.writing"), None, "not hidden");
        assert_eq!(writer_of(".bashrc"), None);
    }

    #[test]
    fn leftovers_of_a_gone_process_are_swept_and_running_ones_kept() {
        let dir = tempfile::tempdir().unwrap();
        // A process id far above any Linux allows is never running.
        let gone = [
            ".out.csv.4294967.writing",
            ".to send.db.4294967.copying",
            ".to send.db.4294967.copying-journal",
        ];
        for name in gone {
            std::fs::write(dir.path().join(name), "left").unwrap();
        }
        let ours = beside(&dir.path().join("now.csv"), Purpose::Writing);
        std::fs::write(&ours, "in progress").unwrap();
        std::fs::write(dir.path().join("report.csv"), "kept").unwrap();
        let removed = sweep(dir.path());
        let left: Vec<String> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        if Path::new("/proc").is_dir() {
            assert_eq!(removed, 3, "{left:?}");
            assert_eq!(
                left.len(),
                2,
                "ours in progress and the report stay: {left:?}"
            );
        } else {
            assert_eq!(removed, 0, "without /proc nothing is removed");
        }
        assert!(ours.exists());
    }
}
