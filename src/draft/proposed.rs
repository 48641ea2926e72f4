//! Drafts kept in the project for review: each draft becomes an incident tagged
//! [`PROPOSED_TAG`], with its evidence, in one undoable step; accepting one removes the tag
//! (merging it into the incident it corroborates, if any), rejecting one deletes it. Proposed
//! incidents stay out of every export unless asked for.

use super::{Draft, DraftCount};
use crate::edit::{Change, Edit};
use crate::model::{
    Actor, Article, Confidence, Estimate, Evidence, Incident, Record, Span, Stamp, Status,
    gazetteer,
};

/// The tag that marks an incident drafted by Spanline and not yet accepted.
pub const PROPOSED_TAG: &str = "proposed";

/// Whether `incident` is a draft waiting for the analyst.
pub fn is_proposed(incident: &Incident) -> bool {
    incident.tags.iter().any(|t| t == PROPOSED_TAG)
}

fn estimate(count: &Option<DraftCount>) -> Estimate {
    match count {
        Some(DraftCount::Known(estimate)) => *estimate,
        Some(DraftCount::Unknown(_)) | None => Estimate::default(),
    }
}

/// The change that stores `drafts` of `article` as proposed incidents with their evidence; new
/// places (from the shipped gazetteer) and new actors they name are added in the same step.
/// `known_places` and `known_actors` are the project's, so that nothing is added twice.
pub fn store_drafts(
    drafts: &[Draft],
    article: &Article,
    known_places: &[crate::model::Place],
    known_actors: &[Actor],
    stamp: &Stamp,
) -> Change {
    let mut edits: Vec<Edit> = Vec::new();
    let mut added_places = Vec::new();
    let mut added_actors = Vec::new();
    for draft in drafts {
        if let Some(place) = &draft.place
            && !known_places.iter().any(|p| p.place_id == place.id)
            && !added_places.contains(&place.id)
            && let Some(found) = gazetteer::place(place.id)
        {
            added_places.push(place.id);
            edits.push(Edit::Put(Record::from(found.clone())));
        }
        if let Some(actor) = &draft.perpetrator
            && !known_actors.iter().any(|a| a.actor_id == actor.id)
            && !added_actors.contains(&actor.id)
        {
            added_actors.push(actor.id);
            // A group of the world list comes with its aliases and the groups it belongs to.
            let adopted = crate::model::actor_list::adoption(actor.id, known_actors);
            if adopted.is_empty() {
                let mut new = Actor::named(actor.name.clone());
                new.actor_id = actor.id;
                edits.push(Edit::Put(Record::from(new)));
            }
            for listed in adopted {
                if !added_actors.contains(&listed.actor_id) {
                    added_actors.push(listed.actor_id);
                }
                edits.push(Edit::Put(Record::from(listed)));
            }
        }
        let mut incident = Incident::new_draft(&stamp.analyst, stamp.at);
        incident.date_start = draft.date_start;
        incident.date_end = draft.date_end;
        incident.date_precision = draft.date_precision;
        incident.event_type = draft.event_type.clone();
        incident.sub_type = draft.sub_type.clone();
        incident.weapon = draft.weapon.clone();
        incident.target_type = draft.target_type.clone();
        incident.place_id = draft.place.as_ref().map(|p| p.id);
        incident.perpetrator_id = draft.perpetrator.as_ref().map(|p| p.id);
        incident.attribution = draft.attribution;
        incident.munitions = estimate(&draft.munitions);
        incident.killed = estimate(&draft.killed);
        incident.wounded = estimate(&draft.wounded);
        incident.summary = draft.summary.clone();
        incident.confidence = Some(match draft.confidence {
            c if c >= 0.85 => Confidence::High,
            c if c >= 0.6 => Confidence::Medium,
            _ => Confidence::Low,
        });
        incident.status = Status::Draft;
        incident.tags = vec![PROPOSED_TAG.to_owned()];
        if let Some(corroborated) = draft.corroborates {
            let differs: String = draft
                .disagreements
                .iter()
                .map(|d| format!(" Differs: {d}."))
                .collect();
            incident.notes = format!(
                "Another account of incident {corroborated}: accepting merges it in.{differs}"
            );
        }
        let incident_id = incident.incident_id;
        edits.push(Edit::Put(Record::Incident(Box::new(incident))));
        for evidence in &draft.evidence {
            let span = Span {
                article_id: article.article_id,
                start: evidence.start,
                end: evidence.end,
            };
            if let Some(record) = Evidence::from_span(
                incident_id,
                span,
                &article.text,
                evidence.fields.clone(),
                stamp,
            ) {
                edits.push(Edit::Put(Record::from(record)));
            }
        }
    }
    Change::new(format!("draft {} incident(s)", drafts.len()), edits)
}

/// The drafts of an article that the project does not hold yet. A draft whose date and words
/// an incident already has (drafted before and still proposed, accepted, or coded by hand from
/// the same words) is left out, so that drafting an article again adds only what is new.
/// `incidents` are the article's incidents with their start dates; `evidence`, the article's.
pub fn not_yet_stored(
    drafts: Vec<Draft>,
    incidents: &[(crate::model::IncidentId, Option<jiff::civil::Date>)],
    evidence: &[Evidence],
) -> Vec<Draft> {
    let stored = |draft: &Draft| {
        incidents.iter().any(|(incident_id, date_start)| {
            *date_start == draft.date_start
                && !draft.evidence.is_empty()
                && draft.evidence.iter().all(|words| {
                    evidence.iter().any(|e| {
                        e.incident_id == *incident_id
                            && e.article_id == words.article_id
                            && (e.start, e.end) == (words.start, words.end)
                    })
                })
        })
    };
    drafts.into_iter().filter(|d| !stored(d)).collect()
}

/// The change that accepts a proposed incident as it stands: no longer proposed.
pub fn accept(incident: &Incident, stamp: &Stamp) -> Change {
    let mut accepted = incident.clone();
    accepted.tags.retain(|t| t != PROPOSED_TAG);
    crate::edit::commands::update_incident(accepted, "accept draft", stamp)
}

/// The incident a proposed incident corroborates, as its notes name it.
pub fn corroborated(incident: &Incident) -> Option<crate::model::IncidentId> {
    let rest = incident
        .notes
        .strip_prefix("Another account of incident ")?;
    rest.split(':').next()?.trim().parse().ok()
}
