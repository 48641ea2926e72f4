//! Diplomatic missions a span names: "the US embassy in X" is the mission in X, never
//! another one; "the consulate in Peshawar" is the mission there.

use super::{PlaceProposal, km_between, proposal_at};
use crate::model::{Place, gazetteer};
use crate::propose::arabic;
use crate::propose::lexicon::{ar, en};
use crate::propose::tokens::tokenize;

/// Whether a place is a diplomatic mission (the gazetteer's "US Embassy in …", "US Consulate
/// General in …", the project's "Green Zone / US Embassy, Baghdad").
pub(super) fn is_mission(name: &str) -> bool {
    en::places::MISSION_WORDS.iter().any(|w| name.contains(w))
}

/// How far a mission may stand from the place the span names (a capital's suburbs).
const NEAR_KM: f64 = 60.0;

/// The gazetteer's diplomatic missions, picked out once: finding the nearest by reading the
/// names of all 52,000 places took a fifth of a drafting run.
fn missions() -> &'static [&'static Place] {
    static MISSIONS: std::sync::OnceLock<Vec<&'static Place>> = std::sync::OnceLock::new();
    MISSIONS.get_or_init(|| {
        gazetteer::places()
            .iter()
            .filter(|p| is_mission(&p.name))
            .collect()
    })
}

/// The gazetteer's diplomatic mission nearest to `there`, within [`NEAR_KM`].
fn nearest_mission(there: (f64, f64)) -> Option<&'static Place> {
    missions()
        .iter()
        .copied()
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
) {
    for p in proposals.iter_mut() {
        let Some(at) = tokens.iter().position(|t| t.start == p.span_start) else {
            continue;
        };
        let word = |back: usize| at.checked_sub(back).and_then(|k| tokens[k].word());
        // "the consulate in Peshawar", "the consulate in the Saudi Arabian port of Jeddah":
        // the words between "in" and the town say what the town is, in one phrase.
        const WORDS_BETWEEN: usize = 5;
        let noun_back = (1..=WORDS_BETWEEN + 1).find(|&back| {
            word(back).is_some_and(|w| en::places::AT_A_TOWN.contains(&w))
                && word(back + 1).is_some_and(|w| en::places::MISSION_NOUNS.contains(&w))
                && (1..back).all(|b| word(b).is_some())
        });
        let Some(noun_back) = noun_back.map(|back| back + 1) else {
            continue;
        };
        if is_mission(&p.name) {
            continue;
        }
        the_mission_named_from(p, &tokens[at - noun_back]);
    }
}

/// `p`, a town, becomes the mission nearest it, named from the mission's `noun` on ("the
/// consulate in Peshawar", "سفارة أمريكا بالقاهرة"); unchanged when no mission is near.
fn the_mission_named_from(p: &mut PlaceProposal, noun: &crate::propose::tokens::Token) {
    let Some(mission) = p
        .latitude
        .zip(p.longitude)
        .and_then(|there| nearest_mission(there))
    else {
        return;
    };
    let mut replaced = proposal_at(mission, noun.start, p.span_end);
    replaced.reason = format!(
        "“{} … {}” → {} (gazetteer)",
        noun.word().unwrap_or_default(),
        p.name,
        mission.name
    );
    *p = replaced;
}

/// "سفارة أمريكا بالقاهرة", "سفارة الولايات المتحدة في القاهرة": an embassy named by its
/// noun and the United States (ar::places::OF_THE_US) just before a town, with "في" or a ب
/// written onto the town, is the mission at that town.
pub(super) fn arabic_embassy_at_town(
    tokens: &[crate::propose::tokens::Token],
    proposals: &mut [PlaceProposal],
) {
    let word = |k: usize| tokens.get(k).and_then(|t| t.word()).unwrap_or_default();
    for p in proposals.iter_mut() {
        if is_mission(&p.name) {
            continue;
        }
        let Some(mut k) = tokens.iter().position(|t| t.start == p.span_start) else {
            continue;
        };
        if k > 0 && ar::places::AT_A_TOWN.contains(&word(k - 1)) {
            k -= 1;
        }
        let town_words = k;
        while k > 0 && arabic::is_one_of(word(k - 1), ar::places::OF_THE_US) {
            k -= 1;
        }
        if k == town_words || k == 0 || !arabic::is_one_of(word(k - 1), ar::places::EMBASSY_NOUNS) {
            continue;
        }
        the_mission_named_from(p, &tokens[k - 1]);
    }
}

/// "The US embassy in X is the embassy in X, never another one": a mission the span names
/// without its city (the project's "US embassy" is Baghdad's) followed by a place far from it
/// ("السفارة الأمريكية في منطقة عوكر", "the American embassy in Kabul") becomes the mission at
/// that place, or the one nearest it; the place itself, when it is that mission, goes.
pub(super) fn mission_at_the_place_named(proposals: &mut Vec<PlaceProposal>) {
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
    let Some(mission) = nearest_mission(there) else {
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

/// [`propose_places`] for a span of the paragraph `around`: a US embassy the span names without
/// its city, where no place or only another country's mission is found, is the embassy of the
/// paragraph's country ("the U.S. Embassy … in the heart of the capital" in a paragraph on
/// Afghanistan is the embassy in Kabul, not the project's Baghdad one).
pub fn propose_places_around(span: &str, around: &str, places: &[Place]) -> Vec<PlaceProposal> {
    let mut found = super::propose_places(span, places);
    // A ship the span or its paragraph names ("the Mason" of the USS Mason) is no place.
    let ships = [span, around].map(super::ships::named_in).concat();
    if !ships.is_empty() {
        found.retain(|p| {
            !super::ships::is_a_ship(
                &super::chars_between(span, p.span_start, p.span_end),
                &ships,
            )
        });
    }
    // A mission found by words that name no city ("U.S. Embassy", the project's alias for
    // Baghdad's), never one named with its city ("the US embassy in Baghdad").
    let only_a_mission = match found.as_slice() {
        [] => true,
        [one] => {
            is_mission(&one.name)
                && names_no_city(&super::chars_between(span, one.span_start, one.span_end))
        }
        _ => false,
    };
    if !only_a_mission || around.is_empty() {
        return found;
    }
    match embassy_of_the_paragraphs_country(span, around, places) {
        // The project's own record of that mission ("Green Zone / US Embassy, Baghdad") stays.
        Some(embassy) if !found.iter().any(|f| same_mission(f, &embassy)) => {
            vec![embassy]
        }
        _ => found,
    }
}

/// Whether two proposals are one mission: the same place, or two records of it within
/// [`NEAR_KM`] of each other (the project's and the gazetteer's).
fn same_mission(a: &PlaceProposal, b: &PlaceProposal) -> bool {
    let at = |p: &PlaceProposal| Some((p.latitude?, p.longitude?));
    a.place_id == b.place_id
        || at(a)
            .zip(at(b))
            .is_some_and(|(x, y)| km_between(x, y) <= NEAR_KM)
}

/// Whether `text` names a US embassy by its noun and "US" alone ("the U.S. Embassy",
/// "السفارة الأمريكية"), no city among its words.
fn names_no_city(text: &str) -> bool {
    let tokens = tokenize(text);
    let mut words = tokens.iter().filter_map(|t| t.word()).peekable();
    words.peek().is_some()
        && words.all(|w| {
            en::places::EMBASSY_NOUNS.contains(&w)
                || en::places::OF_THE_US.contains(&w)
                || en::places::BEFORE_AN_EMBASSY.contains(&w)
                || arabic::is_one_of(w, ar::places::EMBASSY_NOUNS)
                || arabic::is_one_of(w, ar::places::OF_THE_US)
        })
}

/// "The U.S. Embassy" named without its city, in a paragraph on Afghanistan, is the US embassy
/// in Afghanistan: the paragraph's country is the one its countries and places (`around`, read
/// with `places`) name most often, a country named before its places' on a tie. `None` when the span names no
/// US embassy, or the paragraph no country that has one.
pub(crate) fn embassy_of_the_paragraphs_country(
    span: &str,
    around: &str,
    places: &[Place],
) -> Option<PlaceProposal> {
    let tokens = tokenize(span);
    let words: Vec<(usize, &str)> = tokens
        .iter()
        .enumerate()
        .filter_map(|(k, t)| Some((k, t.word()?)))
        .collect();
    let is_embassy = |w: &str| {
        en::places::EMBASSY_NOUNS.contains(&w) || arabic::is_one_of(w, ar::places::EMBASSY_NOUNS)
    };
    let of_the_us =
        |w: &str| en::places::OF_THE_US.contains(&w) || arabic::is_one_of(w, ar::places::OF_THE_US);
    // The qualifier just before the noun (English) or just after it (Arabic): the words from
    // the one to the other.
    let (first, last) = (0..words.len()).find_map(|n| {
        if !is_embassy(words[n].1) {
            return None;
        }
        if n.checked_sub(1).is_some_and(|b| of_the_us(words[b].1)) {
            Some((n - 1, n))
        } else if words.get(n + 1).is_some_and(|(_, after)| of_the_us(after)) {
            Some((n, n + 1))
        } else {
            None
        }
    })?;
    let (start, end) = (tokens[words[first].0].start, tokens[words[last].0].end);
    let by_id = |id| {
        places
            .iter()
            .find(|p| p.place_id == id)
            .or_else(|| gazetteer::place(id))
    };
    let mut countries: Vec<(&str, usize)> = Vec::new();
    let of_places = super::propose_places(around, places)
        .into_iter()
        .filter_map(|found| by_id(found.place_id)?.iso3.as_deref());
    for iso3 in super::countries::named_in(around)
        .into_iter()
        .chain(of_places)
    {
        match countries.iter_mut().find(|(c, _)| *c == iso3) {
            Some((_, count)) => *count += 1,
            None => countries.push((iso3, 1)),
        }
    }
    // The most named; `max_by_key` keeps the last of equals, so look from the end.
    let (country, _) = countries.iter().rev().max_by_key(|(_, count)| *count)?;
    let embassy = gazetteer::places().iter().find(|p| {
        p.iso3.as_deref() == Some(*country) && p.name.starts_with(en::places::US_EMBASSY_IN)
    })?;
    let mut proposal = proposal_at(embassy, start, end);
    proposal.reason = format!(
        "“{}” in a paragraph on {country} → {} (gazetteer)",
        super::chars_between(span, start, end),
        embassy.name
    );
    Some(proposal)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::default_codebook::default_places;

    #[test]
    fn a_ship_the_paragraph_names_is_no_place() {
        let span = "the Mason was in the southern end of the Red Sea";
        let around = format!("The destroyer USS Mason fired missiles. {span}.");
        let first = |around: &str| {
            propose_places_around(span, around, &default_places())
                .into_iter()
                .next()
                .map(|p| p.name)
        };
        assert_eq!(first(&around).as_deref(), Some("Red Sea"));
        // Named with "the", a town beyond the theatres is taken for a ship's name as well.
        assert_eq!(first(span).as_deref(), Some("Red Sea"));
        let town = "rockets hit Mason, Ohio";
        let found = propose_places_around(town, town, &default_places());
        assert_eq!(
            found.first().map(|p| p.name.as_str()),
            Some("Mason"),
            "a town named as a town"
        );
    }

    #[test]
    fn a_mission_named_before_its_town_is_the_mission_there() {
        let first = |span: &str| {
            super::super::propose_places(span, &default_places())
                .into_iter()
                .next()
                .map(|p| p.name)
        };
        // Arabic names the US embassy by "of America" or "American" before its town.
        assert_eq!(
            first("يتسلقون سفارة أمريكا بالقاهرة").as_deref(),
            Some("US Embassy in Cairo")
        );
        assert_eq!(
            first("أمام سفارة الولايات المتحدة في الخرطوم").as_deref(),
            Some("US Embassy in Khartoum")
        );
        assert_eq!(first("في القاهرة").as_deref(), Some("Cairo"));
        // A mission in a town beyond the theatres, after "the", is no ship named like a town.
        assert_eq!(
            first("a grenade was fired at the US embassy in Athens").as_deref(),
            Some("US Embassy in Athens")
        );
    }

    #[test]
    fn a_us_embassy_without_its_city_is_the_embassy_of_the_paragraphs_country() {
        let first_around = |span: &str, around: &str| {
            propose_places_around(span, around, &default_places())
                .into_iter()
                .next()
                .map(|p| p.name)
        };
        let kabul = "Taliban insurgents fired rocket-propelled grenades at the U.S. Embassy, \
                     NATO headquarters and other buildings in the heart of the capital Tuesday, \
                     bringing their fight to the doorsteps of Western power in Afghanistan.";
        let span = "at the U.S. Embassy, NATO headquarters and other buildings";
        assert_eq!(
            first_around(span, kabul).as_deref(),
            Some("US Embassy in Kabul")
        );
        // Named with its city, it stays that city's.
        let named = "the US embassy in Baghdad";
        let around = format!("Unlike {named}, the mission in Afghanistan was not hit.");
        assert_eq!(
            first_around(named, &around).as_deref(),
            Some("Green Zone / US Embassy, Baghdad")
        );
        let beirut = "أطلق مسلح النار على السفارة الأمريكية في عوكر شمال بيروت في لبنان";
        assert_eq!(
            first_around("السفارة الأمريكية", beirut).as_deref(),
            Some("US Embassy in Beirut")
        );
        // Another country's embassy is not the United States'.
        assert_eq!(first_around("the Iranian embassy", kabul), None);
        // The words between "in" and the town say what the town is.
        let jeddah = "the heavily fortified United States consulate in the Saudi Arabian port of \
                      Jeddah";
        assert_eq!(
            first_around(jeddah, jeddah).as_deref(),
            Some("US Consulate General in Jeddah")
        );
    }

    #[test]
    fn a_place_located_by_a_landmark_lies_near_it() {
        let first = |span: &str| {
            propose_places_around(span, span, &default_places())
                .into_iter()
                .next()
                .map(|p| p.name)
        };
        // Not Rosetta in Egypt, nor El Amria in Algeria.
        assert_eq!(
            first("أطلق من ساحة خالية في منطقة معسكر الرشيد جنوب بغداد").as_deref(),
            Some("Al-Rashid camp")
        );
        assert_eq!(
            first("عبر منصة في منطقة العامرية غربي بغداد").as_deref(),
            Some("Al-Amiriyah")
        );
        let far = "أطلق من ساحة في منطقة الرشيد جنوب بغداد";
        assert_eq!(
            first(far).as_deref(),
            Some("Baghdad"),
            "a namesake far from the landmark goes"
        );
        // A sea is no town: the Red Sea stays beside the port it is measured from.
        assert_eq!(
            first("in the Red Sea, 60 km west of Hodeidah").as_deref(),
            Some("Red Sea")
        );
    }
}
