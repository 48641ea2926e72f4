//! Writing a large file through to the disk while it is written, not all at its end: the sync
//! that makes an export safe to put in place then has only the last stretch left to flush
//! (a full JSON export of a million incidents is 2.4 GB, which took over a second to sync whole).

use std::fs::File;
use std::io::Write;
use std::sync::mpsc::{SyncSender, sync_channel};

/// How much is written between two syncs asked of the background thread.
const SYNC_EVERY: u64 = 256 << 20;

/// A file being written, whose data a background thread syncs every [`SYNC_EVERY`] bytes.
pub struct EarlySync {
    file: File,
    since_sync: u64,
    ask: SyncSender<()>,
}

impl EarlySync {
    pub fn file(&self) -> &File {
        &self.file
    }
}

impl Write for EarlySync {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let written = self.file.write(buf)?;
        self.since_sync += written as u64;
        if self.since_sync >= SYNC_EVERY {
            self.since_sync = 0;
            // A sync still running is enough: this one is not queued behind it.
            let _ = self.ask.try_send(());
        }
        Ok(written)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.file.flush()
    }
}

/// Runs `fill` on `file`, synced in the background as it grows; the caller still syncs at the
/// end (what the background did is an early start, not a promise).
pub fn writing<R>(file: File, fill: impl FnOnce(&mut EarlySync) -> R) -> std::io::Result<R> {
    let syncing = file.try_clone()?;
    let (ask, asked) = sync_channel::<()>(1);
    Ok(std::thread::scope(|scope| {
        scope.spawn(move || {
            for () in asked {
                // A failure shows again in the caller's own sync at the end.
                let _ = syncing.sync_data();
            }
        });
        let mut out = EarlySync {
            file,
            since_sync: 0,
            ask,
        };
        // The sender goes with `out` when `fill` is done, which ends the thread.
        fill(&mut out)
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn everything_written_is_in_the_file() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("out");
        let file = File::create(&path).expect("creates");
        let block = vec![b'x'; 1 << 20];
        let written = writing(file, |out| -> std::io::Result<()> {
            for _ in 0..300 {
                out.write_all(&block)?;
            }
            out.flush()?;
            out.file().sync_all()
        })
        .expect("clones");
        written.expect("writes");
        let len = std::fs::metadata(&path).expect("exists").len();
        assert_eq!(len, 300 << 20);
    }
}
