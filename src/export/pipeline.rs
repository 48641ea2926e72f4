//! Reading a project on the calling thread while another thread writes what was read: records
//! handed over in batches as they are read, so a million of them are never held at once.

use std::sync::mpsc::{Receiver, SyncSender};

use crate::store::{StoreError, StoreResult};

/// An export's failure, from either side.
pub type Failure = Box<dyn std::error::Error + Send + Sync>;

/// Records in a batch: enough to make handing over cheap, few enough to stay small.
const BATCH: usize = 1024;
/// Batches on their way: the reading runs ahead of the writing by at most this many.
const AHEAD: usize = 32;

/// The records as the writing thread receives them, in the order they were read.
pub struct Received<T> {
    batches: Receiver<Vec<T>>,
    /// Written batches go back to the reading thread to be freed there: memory freed by the
    /// thread that did not allocate it has the two threads wait on the allocator's lock, which
    /// took a sixth of the reading's time.
    give_back: SyncSender<Vec<T>>,
}

impl<T> Received<T> {
    /// Hands each record to `take` in the order it was read, until the reading is over or
    /// `take` fails (which stops the reading too).
    pub fn each<E>(&mut self, mut take: impl FnMut(&T) -> Result<(), E>) -> Result<(), E> {
        for batch in self.batches.iter() {
            for record in &batch {
                take(record)?;
            }
            // Freed here after all when the reading is over.
            let _ = self.give_back.try_send(batch);
        }
        Ok(())
    }
}

/// Runs `read` on this thread, each record it hands over going to `write` on a thread of its
/// own (named `name`); returns what `write` returns. A failed write stops the reading, and its
/// error is the one returned.
pub fn stream<T: Send, R: Send>(
    name: &str,
    read: impl FnOnce(&mut dyn FnMut(T) -> StoreResult<()>) -> StoreResult<()>,
    write: impl FnOnce(Received<T>) -> Result<R, Failure> + Send,
) -> Result<R, Failure> {
    let (send, batches) = std::sync::mpsc::sync_channel::<Vec<T>>(AHEAD);
    let (give_back, given_back) = std::sync::mpsc::sync_channel::<Vec<T>>(AHEAD + 2);
    std::thread::scope(|scope| {
        let writer = std::thread::Builder::new()
            .name(name.into())
            .spawn_scoped(scope, move || write(Received { batches, give_back }))?;
        let mut batch = Vec::with_capacity(BATCH);
        let mut hand_over = |record: T| -> StoreResult<()> {
            batch.push(record);
            if batch.len() == BATCH {
                let mut next = Vec::with_capacity(BATCH);
                for mut written in given_back.try_iter() {
                    written.clear();
                    next = written;
                }
                let full = std::mem::replace(&mut batch, next);
                // The writer stopped (a failed or cancelled write): its error says why.
                send.send(full)
                    .map_err(|_| StoreError::Rejected("the export's writing stopped".into()))?;
            }
            Ok(())
        };
        let read = read(&mut hand_over);
        if read.is_ok() && !batch.is_empty() {
            let _ = send.send(batch);
        }
        drop(send);
        let written = writer
            .join()
            .map_err(|_| std::io::Error::other("the export's writing stopped unexpectedly"))?;
        match (read, written) {
            (Ok(()), Ok(written)) => Ok(written),
            // A write that failed is why the reading stopped.
            (_, Err(write)) => Err(write),
            (Err(read), Ok(_)) => Err(read.into()),
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_record_reaches_the_writer_in_the_order_read() {
        let received = stream(
            "test writer",
            |take| (0..5000).try_for_each(take),
            |mut records| {
                let mut seen = Vec::new();
                records.each(|&n| {
                    seen.push(n);
                    Ok::<(), Failure>(())
                })?;
                Ok(seen)
            },
        )
        .unwrap();
        assert_eq!(received, (0..5000).collect::<Vec<_>>());
    }

    #[test]
    fn a_failed_write_stops_the_reading_and_is_the_error() {
        let mut read = 0;
        let failed = stream(
            "test writer",
            |take| {
                (0..1_000_000).try_for_each(|n| {
                    read += 1;
                    take(n)
                })
            },
            |mut records| {
                records.each(|&n| {
                    if n == 10 {
                        Err::<(), Failure>("disk full".into())
                    } else {
                        Ok(())
                    }
                })?;
                Ok(())
            },
        )
        .unwrap_err();
        assert_eq!(failed.to_string(), "disk full");
        assert!(
            read < 1_000_000,
            "the reading went on after the write failed"
        );
    }

    #[test]
    fn a_failed_read_is_the_error_when_the_writing_went_well() {
        let failed = stream(
            "test writer",
            |take| {
                take(1)?;
                Err(StoreError::Rejected("the project changed".into()))
            },
            |mut records| records.each(|_: &i32| Ok::<(), Failure>(())),
        )
        .unwrap_err();
        assert!(failed.to_string().contains("the project changed"));
    }
}
