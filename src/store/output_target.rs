//! Where an export, a copy or a report may be written. An output replaces its target whole (it
//! is renamed into place), so a target that is the project itself, another project open in this
//! process, one of their SQLite side files, or anything but a regular file (a FIFO, a device
//! such as `/dev/null`, a folder, a link) would be destroyed or replaced by a plain file. Those
//! are refused before anything is written. Files are compared by identity (device and inode)
//! and by canonical path, never by spelling: `./P.db`, `../dir/P.db` and a hard link are the
//! same project.
//!
//! Projects register themselves here while they are open ([`Registration`]); an export, which
//! never has a reason to be a database, also refuses any SQLite file, open or not (a project
//! open in another window is invisible to this process).

use std::path::{Path, PathBuf};
use std::sync::Mutex;

/// What is about to be written, which decides whether an existing database may be replaced.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Output {
    /// A CSV, JSON, image or report: never a database.
    Export,
    /// A copy of a project: it may replace an older copy, never an open project.
    ProjectCopy,
}

/// Why a target was refused; nothing was written.
#[derive(Debug, thiserror::Error)]
pub enum Refused {
    #[error(
        "{target} is the project {project} (or one of its files); choose another name for the output"
    )]
    IsOpenProject { target: PathBuf, project: PathBuf },
    #[error(
        "{target} is a Spanline or SQLite database; an export never replaces one, choose another name"
    )]
    IsDatabase { target: PathBuf },
    #[error("{target} is {what}, not a regular file; choose a file to write")]
    NotRegular { target: PathBuf, what: &'static str },
    #[error("cannot write {target}: {detail}")]
    Unreadable { target: PathBuf, detail: String },
}

/// SQLite's side files, which are part of an open project as much as the `.db` is.
const SIDE_FILES: [&str; 3] = ["-journal", "-wal", "-shm"];

/// One open project, as this process knows it.
struct OpenProject {
    token: u64,
    path: PathBuf,
    canonical: PathBuf,
    identity: Option<Identity>,
}

static OPEN: Mutex<Vec<OpenProject>> = Mutex::new(Vec::new());
static NEXT_TOKEN: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);

/// Keeps a project's file protected from outputs while it is open; dropping it (closing the
/// project) lifts the protection.
#[derive(Debug)]
pub struct Registration(u64);

impl Registration {
    /// Registers `path` as an open project.
    pub fn of(path: &Path) -> Self {
        let token = NEXT_TOKEN.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let entry = OpenProject {
            token,
            path: path.to_owned(),
            canonical: canonical(path),
            identity: identity(path),
        };
        open_projects().push(entry);
        Self(token)
    }
}

impl Drop for Registration {
    fn drop(&mut self) {
        open_projects().retain(|p| p.token != self.0);
    }
}

/// The registry, usable even if a thread panicked while holding it (it holds plain data).
fn open_projects() -> std::sync::MutexGuard<'static, Vec<OpenProject>> {
    OPEN.lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// Checks that `target` may be replaced by an output of kind `output`.
pub fn check(target: &Path, output: Output) -> Result<(), Refused> {
    let unreadable = |err: std::io::Error| Refused::Unreadable {
        target: target.to_owned(),
        detail: err.to_string(),
    };
    let existing = match std::fs::symlink_metadata(target) {
        Ok(meta) => Some(meta),
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => None,
        Err(err) => return Err(unreadable(err)),
    };
    if let Some(meta) = &existing {
        let kind = meta.file_type();
        if !kind.is_file() {
            return Err(Refused::NotRegular {
                target: target.to_owned(),
                what: describe(&kind),
            });
        }
    }
    let target_identity = identity(target);
    let target_canonical = canonical(target);
    for project in open_projects().iter() {
        let same_file = target_identity.is_some() && target_identity == project.identity;
        let same_name = target_canonical == project.canonical
            || SIDE_FILES.iter().any(|side| {
                let mut name = project.canonical.clone().into_os_string();
                name.push(side);
                target_canonical == Path::new(&name)
            });
        if same_file || same_name {
            return Err(Refused::IsOpenProject {
                target: target.to_owned(),
                project: project.path.clone(),
            });
        }
    }
    if output == Output::Export && existing.is_some() && is_database(target).map_err(unreadable)? {
        return Err(Refused::IsDatabase {
            target: target.to_owned(),
        });
    }
    Ok(())
}

/// Whether the file at `path` starts as every SQLite database does.
fn is_database(path: &Path) -> std::io::Result<bool> {
    use std::io::Read as _;
    const MAGIC: &[u8; 16] = b"SQLite format 3\0";
    let mut start = Vec::with_capacity(MAGIC.len());
    std::fs::File::open(path)?
        .take(MAGIC.len() as u64)
        .read_to_end(&mut start)?;
    Ok(start == MAGIC)
}

fn describe(kind: &std::fs::FileType) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt as _;
        if kind.is_fifo() {
            return "a named pipe (FIFO)";
        }
        if kind.is_char_device() || kind.is_block_device() {
            return "a device";
        }
        if kind.is_socket() {
            return "a socket";
        }
    }
    if kind.is_dir() {
        "a folder"
    } else if kind.is_symlink() {
        "a link (name the file it points to)"
    } else {
        "a special file"
    }
}

/// A file's identity: the device and inode it lives at, so hard links and other spellings of
/// one file compare equal. `None` where the file does not exist (or the system cannot tell).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Identity {
    device: u64,
    inode: u64,
}

#[cfg(unix)]
fn identity(path: &Path) -> Option<Identity> {
    use std::os::unix::fs::MetadataExt as _;
    let meta = std::fs::metadata(path).ok()?;
    Some(Identity {
        device: meta.dev(),
        inode: meta.ino(),
    })
}

#[cfg(not(unix))]
fn identity(_path: &Path) -> Option<Identity> {
    None
}

/// The canonical form of `path`, also for a file that does not exist yet: its folder made
/// canonical and its name kept.
fn canonical(path: &Path) -> PathBuf {
    if let Ok(found) = std::fs::canonicalize(path) {
        return found;
    }
    let folder = super::temp_files::folder_of(path);
    let folder = std::fs::canonicalize(folder).unwrap_or_else(|_| folder.to_owned());
    match path.file_name() {
        Some(name) => folder.join(name),
        None => folder,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_open_project_is_refused_under_any_spelling_and_its_side_files_too() {
        let dir = tempfile::tempdir().unwrap();
        let project = dir.path().join("p.db");
        std::fs::write(&project, "stand-in").unwrap();
        let registered = Registration::of(&project);
        let sub = dir.path().join("sub");
        std::fs::create_dir(&sub).unwrap();
        let hard_link = dir.path().join("alias.db");
        std::fs::hard_link(&project, &hard_link).unwrap();
        for target in [
            project.clone(),
            sub.join("..").join("p.db"),
            hard_link.clone(),
            dir.path().join("p.db-journal"),
        ] {
            let refused = check(&target, Output::ProjectCopy).expect_err("refused");
            assert!(
                matches!(refused, Refused::IsOpenProject { .. }),
                "{target:?}: {refused}"
            );
        }
        check(&dir.path().join("copy.db"), Output::ProjectCopy).expect("another name is fine");
        drop(registered);
        check(&hard_link, Output::ProjectCopy).expect("closed, a copy may replace it");
    }

    #[test]
    fn an_export_never_replaces_a_database_nor_anything_but_a_regular_file() {
        let dir = tempfile::tempdir().unwrap();
        let database = dir.path().join("closed.db");
        rusqlite::Connection::open(&database)
            .unwrap()
            .execute_batch("CREATE TABLE t(x)")
            .unwrap();
        let refused = check(&database, Output::Export).expect_err("a database");
        assert!(matches!(refused, Refused::IsDatabase { .. }), "{refused}");
        let refused = check(dir.path(), Output::Export).expect_err("a folder");
        assert!(refused.to_string().contains("a folder"), "{refused}");
        #[cfg(unix)]
        {
            let link = dir.path().join("link.csv");
            std::os::unix::fs::symlink(&database, &link).unwrap();
            let refused = check(&link, Output::Export).expect_err("a link");
            assert!(refused.to_string().contains("a link"), "{refused}");
            let refused = check(Path::new("/dev/null"), Output::Export).expect_err("a device");
            assert!(refused.to_string().contains("a device"), "{refused}");
        }
        let csv = dir.path().join("old.csv");
        std::fs::write(&csv, "a,b\n").unwrap();
        check(&csv, Output::Export).expect("an older export may be replaced");
        check(&dir.path().join("new.csv"), Output::Export).expect("a new file");
    }
}
