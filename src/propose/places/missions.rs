//! Diplomatic missions a span names: "the US embassy in X" is the mission in X, never
//! another one; "the consulate in Peshawar" is the mission there.

use super::{PlaceProposal, km_between, proposal_at};
use crate::model::Place;
use crate::propose::lexicon::en;

/// Whether a place is a diplomatic mission (the gazetteer's "US Embassy in …", "US Consulate
/// General in …", the project's "Green Zone / US Embassy, Baghdad").
fn is_mission(name: &str) -> bool {
    en::places::MISSION_WORDS.iter().any(|w| name.contains(w))
}

/// How far a mission may stand from the place the span names (a capital's suburbs).
const NEAR_KM: f64 = 60.0;

/// The diplomatic mission of `known` nearest to `there`, within [`NEAR_KM`].
fn nearest_mission(known: &[Place], there: (f64, f64)) -> Option<&Place> {
    known
        .iter()
        .filter(|p| is_mission(&p.name))
        .filter_map(|p| Some((p, km_between((p.latitude?, p.longitude?), there))))
        .filter(|(_, km)| *km <= NEAR_KM)
        .min_by(|a, b| a.1.total_cmp(&b.1))
        .map(|(p, _)| p)
}

/// "The strike against the consulate in Peshawar": a mission's noun, written plainly, before
/// "in" and a town is the mission at that town.
pub(super) fn mission_noun_at_town(
    tokens: &[crate::propose::tokens::Token],
    proposals: &mut [PlaceProposal],
    known: &[Place],
) {
    for p in proposals.iter_mut() {
        let Some(at) = tokens.iter().position(|t| t.start == p.span_start) else {
            continue;
        };
        let word = |back: usize| at.checked_sub(back).and_then(|k| tokens[k].word());
        let noun_before = word(1).is_some_and(|w| en::places::AT_A_TOWN.contains(&w))
            && word(2).is_some_and(|w| en::places::MISSION_NOUNS.contains(&w));
        if !noun_before || is_mission(&p.name) {
            continue;
        }
        let Some(mission) = p
            .latitude
            .zip(p.longitude)
            .and_then(|there| nearest_mission(known, there))
        else {
            continue;
        };
        let mut replaced = proposal_at(mission, tokens[at - 2].start, p.span_end);
        replaced.reason = format!(
            "“{} … {}” → {} (gazetteer)",
            tokens[at - 2].word().unwrap_or_default(),
            p.name,
            mission.name
        );
        *p = replaced;
    }
}

/// "The US embassy in X is the embassy in X, never another one": a mission the span names
/// without its city (the project's "US embassy" is Baghdad's) followed by a place far from it
/// ("السفارة الأمريكية في منطقة عوكر", "the American embassy in Kabul") becomes the mission at
/// that place, or the one nearest it; the place itself, when it is that mission, goes.
pub(super) fn mission_at_the_place_named(proposals: &mut Vec<PlaceProposal>, known: &[Place]) {
    let at = |p: &PlaceProposal| Some((p.latitude?, p.longitude?));
    let Some(k) = proposals.iter().position(|p| is_mission(&p.name)) else {
        return;
    };
    let Some(first) = at(&proposals[k]) else {
        return;
    };
    let Some((named, there)) = proposals
        .iter()
        .filter(|q| q.span_start >= proposals[k].span_end)
        .filter_map(|q| Some((q, at(q)?)))
        .find(|(_, there)| km_between(first, *there) > NEAR_KM)
    else {
        return;
    };
    let Some(mission) = nearest_mission(known, there) else {
        return;
    };
    let (named_id, named_name) = (named.place_id, named.name.clone());
    let old = &proposals[k];
    let mut replaced = proposal_at(mission, old.span_start, old.span_end);
    replaced.reason = format!(
        "“{}” named at {named_name} → {} (gazetteer)",
        old.name, mission.name
    );
    proposals[k] = replaced;
    if named_id == mission.place_id {
        let mut index = 0;
        proposals.retain(|p| {
            let keep = index == k || p.place_id != named_id;
            index += 1;
            keep
        });
    }
}
