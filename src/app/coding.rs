//! Coding actions: new incidents from selected words, evidence for fields with proposals to
//! apply, edits from the editor, undo and redo. Each runs one undoable change.

use std::ops::Range;

use super::SpanlineApp;
use crate::draft::proposed;
use crate::edit::commands;
use crate::model::{Field, Span, Stamp};
use crate::propose::{self, Proposal};
use crate::ui::command_list::field_label;

/// What a proposal sets, as the tray and the undo menu name it: the field, or "sub-type" for
/// the sub-type an event-type proposal carries.
pub(super) fn proposal_label(proposal: &Proposal) -> &'static str {
    match &proposal.value {
        propose::Value::Term {
            vocabulary: crate::model::Vocabulary::SubType,
            ..
        } => "sub-type",
        _ => field_label(proposal.field),
    }
}

/// A span's ends after moving one of them by a word in `text`: the end to the next word's end
/// (later) or the previous word's end (earlier); the start to the previous word's start
/// (earlier) or the next word's start (later). A span never becomes empty.
pub(super) fn word_step(
    text: &str,
    start: usize,
    end: usize,
    move_start: bool,
    later: bool,
) -> (usize, usize) {
    let chars: Vec<char> = text.chars().collect();
    let is_word = |i: usize| chars.get(i).is_some_and(|c| c.is_alphanumeric());
    let len = chars.len();
    match (move_start, later) {
        (false, true) => {
            let mut i = end;
            while i < len && !is_word(i) {
                i += 1;
            }
            while i < len && is_word(i) {
                i += 1;
            }
            (start, i.max(end))
        }
        (false, false) => {
            let mut i = end;
            while i > start + 1 && is_word(i - 1) {
                i -= 1;
            }
            while i > start + 1 && !is_word(i - 1) {
                i -= 1;
            }
            (start, if i > start { i } else { end })
        }
        (true, false) => {
            let mut i = start;
            while i > 0 && !is_word(i - 1) {
                i -= 1;
            }
            while i > 0 && is_word(i - 1) {
                i -= 1;
            }
            (i, end)
        }
        (true, true) => {
            let mut i = start;
            while i < end - 1 && is_word(i) {
                i += 1;
            }
            while i < end - 1 && !is_word(i) {
                i += 1;
            }
            (if i < end { i } else { start }, end)
        }
    }
}

impl SpanlineApp {
    /// Runs one change as its own undo step, then refreshes what it touched. `false` if it
    /// failed (the reason is shown).
    pub(super) fn change(&mut self, change: commands::ChangeResult) -> bool {
        self.change_merging(change, None)
    }

    /// The one run path of every change: applied (joining the last undo step when
    /// `merge_key` matches it, as typing in one field does), said in the status bar or the
    /// error line, and handed to the workspace's refresh.
    pub(super) fn change_merging(
        &mut self,
        change: commands::ChangeResult,
        merge_key: Option<String>,
    ) -> bool {
        if self.project.is_none() {
            return false;
        }
        let label = change.as_ref().map(|c| c.label.clone()).unwrap_or_default();
        let change = match change {
            Ok(change) => change,
            Err(err) => {
                self.error = Some(err.to_string());
                return false;
            }
        };
        // A team project's copy keeps the change only once its server has it.
        let kept = self.team_address().is_some().then(|| change.clone());
        let Some(project) = self.project.as_mut() else {
            return false;
        };
        let result = project.run_merging(change, merge_key);
        let result = self.after_write(result, kept, |touched| Some(touched));
        match result {
            Ok(touched) => {
                self.error = None;
                self.status = format!("{label} · saved");
                self.refresh(&touched);
                true
            }
            Err(err) => {
                self.error = Some(err);
                false
            }
        }
    }

    pub(super) fn undo_or_redo(&mut self, undo: bool) {
        let result = if self.team.is_some() {
            // Only one's own steps, and not over what someone stored since.
            self.team_replay(undo)
        } else {
            let Some(project) = self.project.as_mut() else {
                return;
            };
            if undo {
                project.undo_step()
            } else {
                project.redo_step()
            }
            .map_err(|err| err.to_string())
        };
        match result {
            Ok(Some(step)) => {
                let verb = if undo { "Undid" } else { "Redid" };
                self.status = format!("{verb} {} · saved", step.label);
                self.coding.proposals.clear();
                self.windows.codebook_editor.forget_typing();
                self.refresh(&step.touched);
            }
            Ok(None) => self.status = format!("Nothing to {}.", if undo { "undo" } else { "redo" }),
            Err(err) => self.error = Some(err),
        }
    }

    pub(super) fn stamp(&self) -> Stamp {
        Stamp::now(self.project.as_ref().map_or("analyst", |p| p.analyst()))
    }

    /// The selected words in the pane the analyst works in, as a span of its article.
    pub(super) fn selected_span(&self) -> Option<(Span, &str)> {
        let pane = self.panes.get(self.active_pane)?;
        let article = self.workspace.open.get(self.active_pane)?;
        let range = pane.view.selected()?;
        let span = Span {
            article_id: article.article_id,
            start: range.start,
            end: range.end,
        };
        Some((span, article.text.as_str()))
    }

    fn clear_selection(&mut self) {
        if let Some(pane) = self.panes.get_mut(self.active_pane) {
            pane.view.selection = None;
        }
    }

    pub(super) fn new_incident(&mut self) {
        let Some((span, text)) = self.selected_span() else {
            self.status = "Select the words the incident is reported in first.".into();
            return;
        };
        let built = commands::new_incident_from_span(text, span, &self.stamp());
        let incident_id = built.as_ref().ok().map(|(_, id)| *id);
        if self.change(built.map(|(change, _)| change)) {
            if incident_id.is_some() {
                self.select_incident(incident_id);
            }
            // The words stay selected: a number key right after attaches them to a field of
            // the new incident (the same span, one more field).
            self.status = "New incident from the selected words; a number key attaches them to \
                           a field (1 date, 2 place, 3 perpetrator, 4 weapon, 5 munitions, 6 \
                           killed, 7 wounded) · saved"
                .into();
        }
    }

    /// One draft incident per date the selected words state, in one undo step.
    pub(super) fn incidents_from_dates(&mut self) {
        let Some((span, text)) = self.selected_span() else {
            self.status = "Select a list of dates first.".into();
            return;
        };
        let published = self
            .workspace
            .open
            .get(self.active_pane)
            .and_then(|a| a.meta.published);
        let words = crate::model::text::char_slice(text, span.start, span.end).unwrap_or_default();
        let dates = propose::propose_dates(words, published);
        if dates.is_empty() {
            self.status = "The selection states no dates.".into();
            return;
        }
        let built = commands::incidents_from_date_list(text, span, &dates, &self.stamp());
        let first = built
            .as_ref()
            .ok()
            .and_then(|(_, ids)| ids.first().copied());
        if self.change(built.map(|(change, _)| change)) {
            // The first date's incident is ready to code on; the others wait in the list.
            self.select_incident(first);
            self.clear_selection();
            if let Some(date) = dates.first() {
                self.status = format!(
                    "{} incidents made, one per date; the first ({}) is selected",
                    dates.len(),
                    date.start
                );
            }
        }
    }

    /// Attaches code points `range` of the active pane's article to the selected incident as
    /// evidence for `fields`, and reads proposals from the words.
    pub(super) fn attach(&mut self, range: Range<usize>, fields: Vec<Field>) {
        let Some(article) = self.workspace.open.get(self.active_pane) else {
            return;
        };
        let Some(selected) = &self.workspace.selected else {
            self.status = "Select an incident on the right first (or press N to make one).".into();
            return;
        };
        let span = Span {
            article_id: article.article_id,
            start: range.start,
            end: range.end,
        };
        let proposals: Vec<Proposal> = fields
            .iter()
            .flat_map(|field| article.proposals_for(&self.workspace.codebook, &range, *field))
            .collect();
        // The same words attached again for another field (a second number key while they
        // are still selected) become one span for both fields: "killing one girl and wounding
        // five" is evidence for killed and wounded at once.
        let same_words = selected.evidence.iter().find(|e| {
            e.article_id == span.article_id && e.start == span.start && e.end == span.end
        });
        let built = match same_words {
            Some(existing) => {
                let added: Vec<Field> = fields
                    .iter()
                    .copied()
                    .filter(|f| !existing.fields.contains(f))
                    .collect();
                if added.is_empty() {
                    self.status = "These words are already evidence for that field.".into();
                    return;
                }
                let mut all = existing.fields.clone();
                all.extend(added.iter().copied());
                let mut change = commands::set_evidence_fields(existing.clone(), all);
                change.label = format!(
                    "add {} to the evidence",
                    added
                        .iter()
                        .map(|f| field_label(*f))
                        .collect::<Vec<_>>()
                        .join(", ")
                );
                Ok((change, existing.evidence_id))
            }
            None => commands::attach_evidence(
                selected.incident.incident_id,
                &article.text,
                span,
                fields,
                &self.stamp(),
            ),
        };
        let evidence_id = built.as_ref().ok().map(|(_, id)| *id);
        if self.change(built.map(|(change, _)| change)) {
            // Shift+Alt+arrows adjust the span just attached.
            self.coding.adjusting = evidence_id;
            // The tray keeps what earlier evidence proposed until it is applied or dismissed.
            for proposal in proposals {
                if !self.coding.proposals.contains(&proposal) {
                    self.coding.proposals.push(proposal);
                }
            }
            // The words stay selected: another number key adds its field to the same span.
        }
    }

    /// The evidence span last attached or jumped to, while it belongs to the selected
    /// incident: the one Shift+Alt+arrows and its handles adjust.
    pub(super) fn adjustable_evidence(&self) -> Option<crate::model::Evidence> {
        let id = self.coding.adjusting?;
        self.workspace
            .selected
            .as_ref()?
            .evidence
            .iter()
            .find(|e| e.evidence_id == id)
            .cloned()
    }

    /// Moves the start or the end of the span being adjusted by one word, keeping its fields;
    /// repeated presses are one undo step.
    pub(super) fn adjust_span(&mut self, start: bool, later: bool) {
        let Some(evidence) = self.adjustable_evidence() else {
            self.status =
                "Click an evidence chip (or attach words) first: Shift+Alt+arrows adjust that span."
                    .into();
            return;
        };
        let Some(article) = self.workspace.on_screen(evidence.article_id) else {
            self.status = "Open the span's article to adjust it.".into();
            return;
        };
        let (from, to) = word_step(&article.text, evidence.start, evidence.end, start, later);
        if (from, to) == (evidence.start, evidence.end) {
            self.status = "The span cannot move further that way.".into();
            return;
        }
        self.resize_adjusting(from, to);
    }

    /// Gives the span being adjusted the ends `from..to`, its fields kept; steps on the same
    /// span, by keys or by dragging its handles, are one undo step.
    pub(super) fn resize_adjusting(&mut self, from: usize, to: usize) {
        let Some(evidence) = self.adjustable_evidence() else {
            return;
        };
        let Some(article) = self.workspace.on_screen(evidence.article_id) else {
            return;
        };
        let (id, article_id) = (evidence.evidence_id, evidence.article_id);
        let change = commands::resize_evidence(evidence, &article.text, from, to);
        if self.change_merging(change, Some(format!("adjust span {id}")))
            && let Some(pane) = self.workspace.position_of(article_id)
            && let Some(target) = self.panes.get_mut(pane)
        {
            target.flash(from..to);
        }
    }

    /// Merges `absorbed` into the selected incident: all evidence kept, differing values kept
    /// as ranges or notes, one undoable step.
    pub(super) fn merge_into_selected(&mut self, absorbed: crate::model::IncidentId) {
        let (Some(project), Some(selected)) = (&self.project, &self.workspace.selected) else {
            return;
        };
        let built = commands::merge_incidents(
            project.conn(),
            selected.incident.incident_id,
            absorbed,
            &self.stamp(),
        );
        self.change(built);
    }

    /// Marks the selected incident reviewed; a proposed one is accepted (merged into the
    /// incident it is another account of, if any).
    pub(super) fn mark_reviewed(&mut self) {
        let Some(selected) = &self.workspace.selected else {
            self.status = "Select an incident to mark it reviewed.".into();
            return;
        };
        let incident = selected.incident.clone();
        if proposed::is_proposed(&incident) {
            let (order, _) = self.review_order();
            let built = self.acceptance(&incident);
            if self.change(built) {
                self.go_on_to_the_next_draft(&order, incident.incident_id, "Accepted the draft");
            }
            return;
        }
        let change = commands::set_status(incident, crate::model::Status::Reviewed, &self.stamp());
        self.change(Ok(change));
    }

    /// What accepting a proposed incident writes: the tag removed, or the whole incident merged
    /// into the one it corroborates.
    fn acceptance(&self, incident: &crate::model::Incident) -> commands::ChangeResult {
        let Some(project) = &self.project else {
            return Err(crate::store::StoreError::Rejected(
                "no project is open".into(),
            ));
        };
        match proposed::corroborated(incident) {
            Some(target) => commands::accept_as_another_account(
                project.conn(),
                target,
                incident.incident_id,
                &self.stamp(),
            ),
            None => Ok(proposed::accept(incident, &self.stamp())),
        }
    }

    /// Drafts the incidents of the article in the pane worked in, as proposed incidents with
    /// their evidence, in one undo step.
    pub(super) fn draft_incidents(&mut self) {
        let (Some(project), Some(open)) =
            (&self.project, self.workspace.open.get(self.active_pane))
        else {
            self.status = "Open an article to draft its incidents.".into();
            return;
        };
        let article_id = open.article_id;
        let drafted = crate::draft::draft_project(project.conn(), Some(article_id));
        let article = crate::store::articles::get(project.conn(), article_id);
        let (drafted, article) = match (drafted, article) {
            (Ok(drafted), Ok(Some(article))) => (drafted, article),
            (Err(err), _) | (_, Err(err)) => {
                self.error = Some(err.to_string());
                return;
            }
            (_, Ok(None)) => return,
        };
        let found: Vec<_> = drafted.iter().flat_map(|a| a.drafts.clone()).collect();
        let other: usize = drafted.iter().map(|a| a.other_events.len()).sum();
        if found.is_empty() {
            self.status = format!(
                "No incident in scope found in this article ({other} other event(s) mentioned)."
            );
            return;
        }
        let drafts = match already_in_the_project(project.conn(), article_id) {
            Ok((incidents, evidence)) => {
                proposed::not_yet_stored(found.clone(), &incidents, &evidence)
            }
            Err(err) => {
                self.error = Some(err.to_string());
                return;
            }
        };
        if drafts.is_empty() {
            self.status = format!(
                "This article's {} draft(s) are in the project already: nothing new to draft. \
                 Review them with Alt+Down.",
                found.len()
            );
            return;
        }
        let codebook = &self.workspace.codebook;
        let change = proposed::store_drafts(
            &drafts,
            &article,
            &codebook.places,
            &codebook.actors,
            &self.stamp(),
        );
        let new_ids: Vec<_> = change
            .edits
            .iter()
            .filter_map(|edit| match edit {
                crate::edit::Edit::Put(crate::model::Record::Incident(i)) => Some(i.incident_id),
                _ => None,
            })
            .collect();
        if self.change(Ok(change)) {
            // The first new draft in date order is shown at once, ready to accept or reject.
            let (order, _) = self.review_order();
            if let Some(first) = order.iter().find(|id| new_ids.contains(id)) {
                self.show_incident(*first);
            }
            self.status = format!(
                "Drafted {} incident(s), marked proposed ({other} other event(s) mentioned, not \
                 drafted); the first is shown. Ctrl+Enter accepts, Ctrl+Delete rejects, each \
                 going on to the next; Alt+Down steps; Ctrl+Z takes them all back · saved",
                drafts.len()
            );
        }
    }

    /// Drafts every article not yet coded on a background thread; the drafts are stored as one
    /// undo step when it is done (see [`Self::poll_drafting`]).
    pub(super) fn start_drafting_all(&mut self) {
        let Some(project) = &self.project else {
            self.status = "Open a project first.".into();
            return;
        };
        if self.jobs.draft.is_some() {
            self.status = "Drafting is already running.".into();
            return;
        }
        let readers = (0..crate::draft::DRAFTING_THREADS)
            .map(|_| project.reader())
            .collect::<Result<Vec<_>, _>>();
        let path = project.path().to_owned();
        match readers {
            Ok(readers) => {
                let team = self.team_connection();
                let analyst = self.analyst.clone();
                self.jobs.draft = Some(crate::draft::job::start(readers, path, analyst, team));
                self.status = "Drafting every article not yet coded…".into();
            }
            Err(err) => self.error = Some(err.to_string()),
        }
    }

    /// Takes what background drafting stored, when it is done: its one undo step, and the
    /// lists read again.
    pub(super) fn poll_drafting(&mut self, ctx: &egui::Context) {
        // A run of minutes: its progress four times a second is enough, and every frame drawn
        // meanwhile is time taken from the drafting threads (a third of it under software GL).
        let Some((_, result)) =
            super::background::finished_looking_every(&mut self.jobs.draft, ctx, 250)
        else {
            return;
        };
        let drafted = match result {
            Ok(drafted) => drafted,
            Err(err) => {
                self.error = Some(format!("Drafting failed: {err}"));
                // What was stored before the failure is on the file: show it.
                self.refresh(&crate::edit::Touched::everything());
                return;
            }
        };
        let how_far = if drafted.cancelled {
            format!(
                "Drafting cancelled after {} of {} article(s)",
                drafted.read, drafted.total
            )
        } else {
            format!("Drafted {} article(s)", drafted.total)
        };
        let Some(step) = drafted.undo_step else {
            self.status = format!("{how_far}: no incident in scope found.");
            return;
        };
        if let Some(project) = self.project.as_mut() {
            project.record_undo_step(step);
        }
        // Written on another connection: every cache re-reads.
        self.refresh(&crate::edit::Touched::everything());
        self.status = format!(
            "{how_far}: {} incident(s) found in {} of them, marked proposed. Alt+Down reviews \
             them; Ctrl+Z takes them all back · saved",
            drafted.incidents, drafted.articles_drafted
        );
    }

    /// Accepts every proposed incident of the article in the pane worked in, in one step.
    pub(super) fn accept_all_drafts(&mut self) {
        let Some(open) = self.workspace.open.get(self.active_pane) else {
            return;
        };
        let Some(project) = &self.project else { return };
        let proposed_ids: Vec<_> = open
            .incidents
            .iter()
            .filter(|i| i.proposed)
            .map(|i| i.incident_id)
            .collect();
        let mut edits = Vec::new();
        for id in &proposed_ids {
            let incident = match crate::store::incidents::get(project.conn(), *id) {
                Ok(Some(incident)) => incident,
                Ok(None) => continue,
                Err(err) => {
                    self.error = Some(err.to_string());
                    return;
                }
            };
            match self.acceptance(&incident) {
                Ok(change) => edits.extend(change.edits),
                Err(err) => {
                    self.error = Some(err.to_string());
                    return;
                }
            }
        }
        if edits.is_empty() {
            self.status = "No proposed incident in this article.".into();
            return;
        }
        let label = format!("accept {} draft(s)", proposed_ids.len());
        self.change(Ok(crate::edit::Change::new(label, edits)));
    }

    /// Deletes the selected incident with its evidence, as one undoable step.
    pub(super) fn delete_incident(&mut self) {
        let (Some(project), Some(selected)) = (&self.project, &self.workspace.selected) else {
            self.status = "Select an incident to delete first.".into();
            return;
        };
        let deleted = selected.incident.clone();
        let (order, _) = self.review_order();
        let built = commands::delete_incident(project.conn(), deleted.incident_id);
        if self.change(built) {
            self.select_incident(None);
            self.coding.proposals.clear();
            // The words kept selected for more fields belonged to the incident just deleted.
            self.clear_selection();
            if proposed::is_proposed(&deleted) {
                self.go_on_to_the_next_draft(&order, deleted.incident_id, "Rejected the draft");
            } else {
                self.status = "Deleted the incident (Ctrl+Z brings it back) · saved".into();
            }
        }
    }

    /// A suggestion clicked: the value it would give is shown; an
    /// explicit key attaches it (Enter, or a number key for any field), never the click.
    pub(super) fn preview_suggestion(
        &mut self,
        pane: usize,
        suggestion: crate::propose::suggest::Suggestion,
    ) {
        let Some(article) = self.workspace.open.get(pane) else {
            return;
        };
        let range = suggestion.start..suggestion.end;
        let shown = article
            .proposals_for(&self.workspace.codebook, &range, suggestion.field)
            .into_iter()
            .next()
            .map(|p| format!("{} ({})", proposal_label(&p), p.reason))
            .unwrap_or_else(|| crate::ui::command_list::field_label(suggestion.field).to_owned());
        // The click places the caret as any click does; the words are marked by the status.
        self.active_pane = pane;
        self.status = format!(
            "Suggested {shown}. Enter attaches it to the selected incident; a number key, to \
             another field"
        );
        self.coding.suggested = Some((pane, suggestion));
    }

    /// Attaches the suggestion last clicked to its field, while its words are still selected.
    pub(super) fn attach_suggested(&mut self) {
        let Some((pane, suggestion)) = self.coding.suggested.clone() else {
            self.status = "Click a suggestion (faintly underlined words) first.".into();
            return;
        };
        let range = suggestion.start..suggestion.end;
        // Words selected since the click are what the analyst means now, unless they are the
        // suggestion's own.
        let other_words = self
            .panes
            .get(pane)
            .and_then(|p| p.view.selected())
            .is_some_and(|selected| selected != range);
        if other_words {
            self.coding.suggested = None;
            self.status = "Other words are selected: attach them with a number key, or click \
                           the suggestion again."
                .into();
            return;
        }
        self.active_pane = pane;
        self.coding.suggested = None;
        self.attach(range, vec![suggestion.field]);
    }

    pub(super) fn apply_proposal(&mut self, index: usize) {
        self.apply_proposals(&[index]);
    }

    /// Applies every proposal in the tray, in one undo step.
    pub(super) fn apply_all_proposals(&mut self) {
        let all: Vec<usize> = (0..self.coding.proposals.len()).collect();
        self.apply_proposals(&all);
    }

    /// Applies the proposals at `indexes` to the selected incident as one undo step: their
    /// values written, and a gazetteer place or a new actor they name added to the codebook.
    /// Applied ones leave the tray; one with no value to apply (an unknown count) stays.
    fn apply_proposals(&mut self, indexes: &[usize]) {
        let Some(selected) = &self.workspace.selected else {
            return;
        };
        let mut incident = selected.incident.clone();
        let mut additions = Vec::new();
        let mut applied = Vec::new();
        for &index in indexes {
            let Some(proposal) = self.coding.proposals.get(index) else {
                continue;
            };
            let Some(updated) = propose::apply::apply(&incident, proposal) else {
                continue;
            };
            incident = updated;
            applied.push(index);
            additions.extend(self.codebook_additions(&proposal.value));
        }
        let Some(&first) = applied.first() else {
            self.status = "This proposal has no value to apply; type it in.".into();
            return;
        };
        let label = match applied.len() {
            1 => format!("set {}", proposal_label(&self.coding.proposals[first])),
            n => format!("apply {n} proposals"),
        };
        let mut change = commands::update_incident(incident, &label, &self.stamp());
        change.edits.splice(0..0, additions);
        if self.change(Ok(change)) {
            let mut index = 0;
            self.coding.proposals.retain(|_| {
                let keep = !applied.contains(&index);
                index += 1;
                keep
            });
        }
    }

    /// What applying `value` adds to the codebook first: a place from the shipped gazetteer or
    /// a group the codebook lacked.
    fn codebook_additions(&self, value: &propose::Value) -> Vec<crate::edit::Edit> {
        let codebook = &self.workspace.codebook;
        match value {
            propose::Value::Place { place_id, .. }
                if !codebook.places.iter().any(|p| p.place_id == *place_id) =>
            {
                crate::model::gazetteer::place(*place_id)
                    .map(|place| crate::edit::Edit::Put(crate::model::Record::from(place.clone())))
                    .into_iter()
                    .collect()
            }
            propose::Value::Actor { actor_id, name, .. }
                if !codebook.actors.iter().any(|a| a.actor_id == *actor_id) =>
            {
                // From the world list, with its aliases and the groups it belongs to; else a
                // group named in the text.
                let mut adopted = crate::model::actor_list::adoption(*actor_id, &codebook.actors);
                if adopted.is_empty() {
                    let mut actor = crate::model::Actor::named(name.clone());
                    actor.actor_id = *actor_id;
                    adopted.push(actor);
                }
                adopted
                    .into_iter()
                    .map(|a| crate::edit::Edit::Put(crate::model::Record::from(a)))
                    .collect()
            }
            _ => Vec::new(),
        }
    }

    pub(super) fn save_edit(&mut self, label: &str, merge_key: String) {
        let Some(editor) = &self.coding.editor else {
            return;
        };
        // Editing a proposed incident accepts it with the change.
        let mut working = editor.working.clone();
        working.tags.retain(|t| t != proposed::PROPOSED_TAG);
        let change = commands::update_incident(working, label, &self.stamp());
        self.change_merging(Ok(change), Some(merge_key));
    }
}

/// Incidents with their start dates.
type IncidentDates = Vec<(crate::model::IncidentId, Option<jiff::civil::Date>)>;

/// The incidents with evidence in an article (with their start dates) and that evidence: what
/// drafting the article again must not add twice.
fn already_in_the_project(
    conn: &rusqlite::Connection,
    article_id: crate::model::ArticleId,
) -> crate::store::StoreResult<(IncidentDates, Vec<crate::model::Evidence>)> {
    let evidence = crate::store::evidence::for_article(conn, article_id)?;
    let mut ids: Vec<_> = evidence.iter().map(|e| e.incident_id).collect();
    ids.sort();
    ids.dedup();
    let mut incidents = Vec::with_capacity(ids.len());
    for id in ids {
        if let Some(incident) = crate::store::incidents::get(conn, id)? {
            incidents.push((id, incident.date_start));
        }
    }
    Ok((incidents, evidence))
}
