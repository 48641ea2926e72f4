//! A team project in the window: opened by its address, every edit and undo sent to the server
//! first, others' writes brought in as they are announced, a stale edit refused with the
//! current value shown and one click to apply one's own again.

use std::collections::HashMap;
use std::path::Path;

use super::SpanlineApp;
use crate::model::ArticleId;
use crate::store::Project;
use crate::store::change::Change;
use crate::team::{self, Address, Listener, TeamError, TeamSession};

/// The open team project's link to its server.
pub(super) struct TeamLink {
    session: TeamSession,
    /// The address it was opened with (its credentials are PostgreSQL's: the address,
    /// PGPASSWORD or the password file; never written anywhere).
    address: Address,
    listener: Listener,
    /// The analyst's last edit the server refused as stale, to apply again on request.
    pub(super) refused: Option<Change>,
    /// Others' writes wait until let through (tests stand in for a slow network with it).
    pub(super) held: bool,
    /// What the analyst's role allows, asked of the server at opening.
    pub(super) permissions: team::Permissions,
    /// The article this window last told the others its analyst codes, and when.
    told_coding: Option<(Option<ArticleId>, std::time::Instant)>,
    /// Who else codes which article, as the server last said.
    pub(super) others_coding: HashMap<ArticleId, Vec<String>>,
    /// An attempt to listen again after the server cut the listener off, under way.
    listening_again: Option<std::sync::mpsc::Receiver<Result<Listener, TeamError>>>,
    /// When to try again after a failed attempt.
    next_attempt: std::time::Instant,
}

/// How long to wait between attempts to hear the server again.
const LISTEN_AGAIN_EVERY: std::time::Duration = std::time::Duration::from_secs(5);

/// How often a window renews its word on what its analyst codes (the server forgets it after
/// half an hour).
const RENEW_PRESENCE: std::time::Duration = std::time::Duration::from_secs(300);

impl SpanlineApp {
    /// Opens the team project at `address`, keeping its copy where the window keeps team
    /// projects (see [`team::live::replica_path`]).
    pub fn open_team(&mut self, address: &str, analyst: &str) {
        let opened = Address::parse(address).and_then(|address| {
            let replica = team::live::replica_path(&address).ok_or_else(|| {
                TeamError::Address(
                    "no folder to keep the team project's copy in (set SPANLINE_TEAM_DIR)".into(),
                )
            })?;
            self.open_team_at(&address, &replica, analyst)
        });
        if let Err(err) = opened {
            self.error = Some(err.to_string());
        }
    }

    /// Opens the team project at `address` with its copy at `replica`: joined (copied whole)
    /// the first time, caught up after.
    pub fn open_team_at(
        &mut self,
        address: &Address,
        replica: &Path,
        analyst: &str,
    ) -> Result<(), TeamError> {
        let (mut session, mut project) = if replica.exists() {
            let mut project = Project::open(replica, analyst)?;
            let follows = team::live::followed_address(project.conn())?;
            if follows.as_deref() != Some(address.shown().as_str()) {
                return Err(TeamError::Address(format!(
                    "{} is not the copy of {}",
                    replica.display(),
                    address.shown()
                )));
            }
            let session = TeamSession::resume(address, &mut project)?;
            (session, project)
        } else {
            if let Some(folder) = replica.parent() {
                std::fs::create_dir_all(folder).map_err(|err| {
                    TeamError::Address(format!("could not make {}: {err}", folder.display()))
                })?;
            }
            TeamSession::join(address, replica, analyst)?
        };
        session.catch_up(&mut project)?;
        let permissions = session.permissions()?;
        let listener = team::listen(address)?;
        self.use_project(project);
        // The recent list keeps the address (opened again through the server), not the copy.
        let canonical = replica
            .canonicalize()
            .unwrap_or_else(|_| replica.to_owned());
        self.recent
            .retain(|path| *path != canonical && path != replica);
        self.remember(Path::new(&session.shown()));
        self.status = "Others' work appears here as they store it".into();
        self.team = Some(TeamLink {
            session,
            address: address.clone(),
            listener,
            refused: None,
            held: false,
            permissions,
            told_coding: None,
            others_coding: HashMap::new(),
            listening_again: None,
            next_attempt: std::time::Instant::now(),
        });
        Ok(())
    }

    /// The team project's server, as shown, when one is open.
    pub fn team_address(&self) -> Option<&str> {
        self.team.as_ref().map(|link| link.session.shown())
    }

    /// What the analyst may do: everything in a project file, their role's share in a team
    /// project.
    pub fn permissions(&self) -> team::Permissions {
        self.team
            .as_ref()
            .map_or(team::Permissions::ALL, |link| link.permissions)
    }

    /// What a write to the project comes to: on a team project (where every write went to
    /// the server first) the copy then catches up with the others, and a refusal is told as
    /// the server's (a stale edit keeps `change` to apply again on request, and the window
    /// shows the current value).
    pub(super) fn after_write<T>(
        &mut self,
        result: crate::store::StoreResult<T>,
        change: Option<Change>,
        touched: impl FnOnce(&mut T) -> Option<&mut crate::store::change::Touched>,
    ) -> Result<T, String> {
        if self.team.is_none() {
            return result.map_err(|err| err.to_string());
        }
        match result {
            Ok(mut done) => {
                if let Some(caught_up) = self.catch_up_with_team()
                    && let Some(touched) = touched(&mut done)
                {
                    touched.extend(caught_up);
                }
                Ok(done)
            }
            Err(err) => {
                let err = team::live::from_store(err);
                if let Some(link) = self.team.as_mut() {
                    link.refused = matches!(err, TeamError::Stale(_))
                        .then_some(change)
                        .flatten();
                }
                self.after_refusal();
                Err(err.to_string())
            }
        }
    }

    /// Undo (or redo) on the team project: only this analyst's own steps, refused when
    /// someone has since changed one of the step's records (the window then shows theirs).
    pub(super) fn team_replay(
        &mut self,
        undo: bool,
    ) -> Result<Option<crate::store::change::Step>, String> {
        let (Some(link), Some(project)) = (self.team.as_mut(), self.project.as_mut()) else {
            return Ok(None);
        };
        link.refused = None;
        match link.session.undo_or_redo(project, undo) {
            Ok(step) => Ok(step),
            Err(err) => {
                self.after_refusal();
                Err(err.to_string())
            }
        }
    }

    /// After the server refused a stale edit: the copy catches up, so the window shows the
    /// current value and who set it.
    pub(super) fn after_refusal(&mut self) {
        if let Some(touched) = self.catch_up_with_team() {
            self.refresh(&touched);
        }
    }

    /// Tells the others which article this analyst codes when it changes (and renews it), and
    /// learns who codes what when someone else's changes. Presence is a courtesy: a failure
    /// here is left for the next edit to report.
    fn follow_presence(&mut self) {
        let coding = self.panes.get(self.active_pane).map(|pane| pane.article_id);
        let analyst = self.analyst.clone();
        let Some(link) = self.team.as_mut() else {
            return;
        };
        let due = link
            .told_coding
            .is_none_or(|(told, at)| told != coding || at.elapsed() >= RENEW_PRESENCE);
        let first = link.told_coding.is_none();
        if due && link.session.set_coding(&analyst, coding).is_ok() {
            link.told_coding = Some((coding, std::time::Instant::now()));
        }
        if (first || link.listener.presence_changed())
            && let Ok(others) = link.session.others_coding(&analyst)
        {
            link.others_coding = others;
        }
    }

    /// After the server closed the listening connection (a restart, a network drop): listens
    /// anew on a thread of its own (connecting may take seconds), at most every few seconds,
    /// and once it hears again catches up with what was missed meanwhile.
    fn listen_again_if_cut_off(&mut self) {
        let Some(link) = self.team.as_mut() else {
            return;
        };
        if link.listener.is_listening() {
            return;
        }
        match &link.listening_again {
            Some(attempt) => match attempt.try_recv() {
                Ok(Ok(listener)) => {
                    link.listener = listener;
                    link.listening_again = None;
                    if let Some(touched) = self.catch_up_with_team() {
                        self.error = None;
                        self.refresh(&touched);
                    }
                }
                Ok(Err(_)) | Err(std::sync::mpsc::TryRecvError::Disconnected) => {
                    link.listening_again = None;
                    link.next_attempt = std::time::Instant::now() + LISTEN_AGAIN_EVERY;
                }
                Err(std::sync::mpsc::TryRecvError::Empty) => {}
            },
            None if std::time::Instant::now() >= link.next_attempt => {
                let (sender, attempt) = std::sync::mpsc::channel();
                let address = link.address.clone();
                std::thread::spawn(move || {
                    let _ = sender.send(team::listen(&address));
                });
                link.listening_again = Some(attempt);
            }
            None => {}
        }
    }

    /// Who else codes which article (empty outside a team project).
    pub fn others_coding(&self) -> Option<&HashMap<ArticleId, Vec<String>>> {
        self.team.as_ref().map(|link| &link.others_coding)
    }

    /// Brings in what others wrote once the server announced it; looks again four times a
    /// second while a team project is open.
    pub(super) fn poll_team(&mut self, ctx: &egui::Context) {
        if self.team.is_none() {
            return;
        }
        self.follow_presence();
        self.listen_again_if_cut_off();
        let Some(link) = &self.team else { return };
        ctx.request_repaint_after(std::time::Duration::from_millis(250));
        if link.held || link.listener.announced().is_empty() {
            return;
        }
        if let Some(touched) = self.catch_up_with_team()
            && !touched.is_empty()
        {
            self.refresh(&touched);
        }
    }

    fn catch_up_with_team(&mut self) -> Option<crate::store::change::Touched> {
        let link = self.team.as_mut()?;
        let project = self.project.as_mut()?;
        match link.session.catch_up(project) {
            Ok(touched) => Some(touched),
            Err(err) => {
                self.error = Some(format!("could not bring in the team's changes: {err}"));
                None
            }
        }
    }

    /// The team project's address, credentials included, for work on a connection of its
    /// own (an import on a background thread).
    pub(super) fn team_connection(&self) -> Option<Address> {
        self.team.as_ref().map(|link| link.address.clone())
    }

    /// Leaves the value someone else stored (already shown) and forgets the refused edit.
    pub(super) fn keep_theirs(&mut self) {
        if let Some(link) = self.team.as_mut() {
            link.refused = None;
        }
        self.error = None;
        self.status = "Kept their value".into();
    }

    /// Applies again the edit the server refused as stale, over the value now shown.
    pub(super) fn apply_mine_again(&mut self) {
        let Some(change) = self.team.as_mut().and_then(|link| link.refused.take()) else {
            return;
        };
        // The edit was made from the record as it stood before: its new state wins whole.
        self.change(Ok(change));
    }
}
