//! Hearing of others' writes as they happen: PostgreSQL's LISTEN/NOTIFY on a connection of
//! its own.

use std::sync::{Arc, mpsc};

use postgres::fallible_iterator::FallibleIterator as _;
use std::time::Duration;

use super::CHANNEL;
use super::presence::PRESENCE_CHANNEL;
use crate::team::TeamError;
use crate::team::address::Address;

/// Hears when someone wrote to the team project: a thread of its own listens on the server's
/// channel. It stops when the listener is dropped.
pub struct Listener {
    writes: mpsc::Receiver<String>,
    /// Someone opened another article since the last look.
    presence: Arc<std::sync::atomic::AtomicBool>,
    /// Set when the thread ended because the server closed its connection.
    gone: Arc<std::sync::atomic::AtomicBool>,
    _alive: Arc<()>,
}

impl Listener {
    /// The change ids announced since the last call (none: nothing new).
    pub fn announced(&self) -> Vec<String> {
        self.writes.try_iter().collect()
    }

    /// Whether someone said they code another article since the last call.
    pub fn presence_changed(&self) -> bool {
        self.presence
            .swap(false, std::sync::atomic::Ordering::Relaxed)
    }

    /// Whether it still hears the server (false once the server closed its connection: the
    /// window listens anew, and catches up with what it missed).
    pub fn is_listening(&self) -> bool {
        !self.gone.load(std::sync::atomic::Ordering::Relaxed)
    }

    /// Waits up to `timeout` for a write to be announced.
    pub fn wait(&self, timeout: Duration) -> Option<String> {
        self.writes.recv_timeout(timeout).ok()
    }
}

/// Starts listening for writes to the team project at `address`.
pub fn listen(address: &Address) -> Result<Listener, TeamError> {
    let mut client = address.connect()?;
    client.batch_execute(&format!("LISTEN {CHANNEL}; LISTEN {PRESENCE_CHANNEL}"))?;
    let (sender, writes) = mpsc::channel();
    let presence = Arc::new(std::sync::atomic::AtomicBool::new(false));
    let heard_presence = presence.clone();
    let alive = Arc::new(());
    let watched = Arc::downgrade(&alive);
    let gone = Arc::new(std::sync::atomic::AtomicBool::new(false));
    let heard_gone = gone.clone();
    std::thread::Builder::new()
        .name("spanline-team-listener".into())
        .spawn(move || {
            // Wakes twice a second to see whether anyone still listens.
            while watched.strong_count() > 0 {
                let mut notifications = client.notifications();
                let mut waiting = notifications.timeout_iter(Duration::from_millis(500));
                loop {
                    match waiting.next() {
                        Ok(Some(note)) if note.channel() == PRESENCE_CHANNEL => {
                            heard_presence.store(true, std::sync::atomic::Ordering::Relaxed);
                        }
                        Ok(Some(note)) => {
                            if sender.send(note.payload().to_owned()).is_err() {
                                return;
                            }
                        }
                        Ok(None) => break,
                        Err(_) => {
                            heard_gone.store(true, std::sync::atomic::Ordering::Relaxed);
                            return;
                        }
                    }
                }
            }
        })
        .map_err(|err| TeamError::Server(format!("could not start listening ({err})")))?;
    Ok(Listener {
        writes,
        presence,
        gone,
        _alive: alive,
    })
}
