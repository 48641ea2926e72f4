//! Review: stepping through the drafts (or every incident) in date order, and going on to the
//! next draft once one is accepted or rejected.

use super::SpanlineApp;
use crate::model::IncidentId;

impl SpanlineApp {
    /// The timeline's rows the filters let through, in date order.
    pub(super) fn rows_the_filters_let_through(&self) -> Vec<&crate::model::TimelineIncident> {
        let filters = &self.timeline_view.filters;
        self.workspace
            .timeline
            .incidents
            .iter()
            .filter(|i| filters.matches(i))
            .collect()
    }

    /// What review steps through, in date order among the incidents the filters let through:
    /// the drafts waiting for the analyst while there are any, else every incident. Whether
    /// they are drafts is said too.
    pub(super) fn review_order(&self) -> (Vec<IncidentId>, bool) {
        let shown = self.rows_the_filters_let_through();
        let drafts: Vec<IncidentId> = shown
            .iter()
            .filter(|i| i.proposed)
            .map(|i| i.incident_id)
            .collect();
        if drafts.is_empty() {
            (shown.iter().map(|i| i.incident_id).collect(), false)
        } else {
            (drafts, true)
        }
    }

    /// Steps to the next (or previous) incident to review (see [`Self::review_order`]) and
    /// shows it with its evidence.
    pub(super) fn review_step(&mut self, forward: bool) {
        let (order, drafts) = self.review_order();
        let current = self
            .workspace
            .selected
            .as_ref()
            .and_then(|s| order.iter().position(|id| *id == s.incident.incident_id));
        let next = match (current, forward) {
            (None, _) => order.first(),
            (Some(at), true) => order.get(at + 1),
            (Some(at), false) => at.checked_sub(1).and_then(|before| order.get(before)),
        };
        let kind = if drafts { "draft" } else { "incident" };
        match next.copied() {
            Some(incident_id) => {
                let position = order
                    .iter()
                    .position(|id| *id == incident_id)
                    .map_or(0, |p| p + 1);
                self.show_incident(incident_id);
                self.status = format!(
                    "Reviewing {kind} {position} of {}{}",
                    order.len(),
                    if drafts {
                        ": Ctrl+Enter accepts, Ctrl+Delete rejects, each going on to the next"
                    } else {
                        ""
                    }
                );
            }
            None => {
                self.status = format!(
                    "No {} {kind} to review.",
                    if forward { "later" } else { "earlier" }
                )
            }
        }
    }

    /// After the draft `done` was accepted or rejected, the next draft to review is selected:
    /// the one after it in `order` (the review order before the change), else the first left.
    pub(super) fn go_on_to_the_next_draft(
        &mut self,
        order: &[IncidentId],
        done: IncidentId,
        said: &str,
    ) {
        let at = order.iter().position(|id| *id == done).unwrap_or(0);
        let left: Vec<IncidentId> = self.review_order().0;
        let still_a_draft = |id: &IncidentId| *id != done && left.contains(id);
        let next = order[at..]
            .iter()
            .chain(&order[..at])
            .find(|id| still_a_draft(id))
            .copied();
        match next {
            Some(incident_id) => {
                self.show_incident(incident_id);
                let position = left
                    .iter()
                    .position(|id| *id == incident_id)
                    .map_or(0, |p| p + 1);
                self.status = format!(
                    "{said}; reviewing draft {position} of {} (Ctrl+Z takes it back) · saved",
                    left.len()
                );
            }
            None => self.status = format!("{said}; no draft left to review · saved"),
        }
    }
}
