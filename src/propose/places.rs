//! Places named in a span: the project's own places first, then the gazetteer that ships with
//! Spanline ([`crate::model::gazetteer`]), with their coordinates and region.

use std::sync::OnceLock;

use super::names::{self, NameIndex, Variant};
use crate::model::{Place, PlaceId, gazetteer};

#[derive(Clone, Debug, PartialEq)]
pub struct PlaceProposal {
    pub place_id: PlaceId,
    pub name: String,
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
    pub admin1: Option<String>,
    pub reason: String,
    pub span_start: usize,
    pub span_end: usize,
}

/// Ways a place may be written: its aliases and name first, then the parts of a compound name
/// ("Babil / Hilla" → "Babil", "Hilla"), which lose to any full name of the same length.
fn variants(places: &[Place]) -> Vec<Variant> {
    let full = places.iter().enumerate().flat_map(|(i, place)| {
        std::iter::once(place.name.as_str())
            .chain(place.aliases.iter().map(String::as_str))
            .filter_map(move |text| Variant::new(i, text))
    });
    let parts = places.iter().enumerate().flat_map(|(i, place)| {
        place
            .name
            .split(['/', ','])
            .map(str::trim)
            .filter(|part| !part.is_empty() && *part != place.name)
            .filter_map(move |part| Variant::new(i, part))
            .collect::<Vec<_>>()
    });
    full.chain(parts).collect()
}

/// The gazetteer's names, indexed once.
fn gazetteer_index() -> &'static NameIndex {
    static INDEX: OnceLock<NameIndex> = OnceLock::new();
    INDEX.get_or_init(|| {
        let places = gazetteer::places();
        let variants = places
            .iter()
            .enumerate()
            .flat_map(|(i, place)| {
                std::iter::once(place.name.as_str())
                    .chain(place.aliases.iter().map(String::as_str))
                    .filter_map(move |text| Variant::proper_noun(i, text))
            })
            .collect();
        NameIndex::new(variants)
    })
}

fn proposal(place: &Place, mention: &names::NameMatch, source: &str) -> PlaceProposal {
    let at = match (place.latitude, place.longitude) {
        (Some(lat), Some(lon)) => format!(" ({lat:.2}, {lon:.2})"),
        _ => String::new(),
    };
    let region = place
        .admin1
        .as_deref()
        .map(|a| format!(", {a}"))
        .unwrap_or_default();
    PlaceProposal {
        place_id: place.place_id,
        name: place.name.clone(),
        latitude: place.latitude,
        longitude: place.longitude,
        admin1: place.admin1.clone(),
        reason: format!("“{}” → {}{region}{at}{source}", mention.matched, place.name),
        span_start: mention.start,
        span_end: mention.end,
    }
}

/// The project's places with their names indexed: built once for many spans.
pub struct PlaceMatcher<'a> {
    places: &'a [Place],
    index: NameIndex,
}

impl<'a> PlaceMatcher<'a> {
    pub fn new(places: &'a [Place]) -> Self {
        Self {
            places,
            index: NameIndex::new(variants(places)),
        }
    }

    /// Every place the span names, as [`propose_places`] finds them.
    pub fn propose(&self, span: &str) -> Vec<PlaceProposal> {
        propose_with(span, self.places, &self.index)
    }
}

/// Every place the span names, in text order: the project's places, and where none of them is
/// named at the same words, the gazetteer's.
pub fn propose_places(span: &str, places: &[Place]) -> Vec<PlaceProposal> {
    PlaceMatcher::new(places).propose(span)
}

/// Titles before a person's name: what follows one is a person, not a place ("Mr Marie",
/// "General Hit…", "الشيخ …").
const TITLES: &[&str] = &[
    "mr",
    "mrs",
    "ms",
    "miss",
    "dr",
    "prof",
    "professor",
    "sheikh",
    "shaykh",
    "sayyed",
    "sayyid",
    "gen",
    "general",
    "col",
    "colonel",
    "maj",
    "major",
    "lt",
    "lieutenant",
    "capt",
    "captain",
    "brig",
    "brigadier",
    "sgt",
    "sergeant",
    "president",
    "minister",
    "premier",
    "ayatollah",
    "imam",
    "cleric",
    "sen",
    "senator",
    "rep",
    "ambassador",
    "envoy",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "commander",
    "king",
    "prince",
    "emir",
];
const ARABIC_TITLES: &[&str] = &[
    "السيد",
    "الشيخ",
    "الرئيس",
    "الوزير",
    "اللواء",
    "العميد",
    "العقيد",
    "الفريق",
    "الدكتور",
    "النائب",
    "المتحدث",
    "القائد",
    "الأمير",
    "الملك",
];

/// Arabic nouns for a kind of place, written before its name ("مدينة الناصرية", the city of
/// Nasiriyah): never a place's name by themselves, although a town may be called "the city".
const ARABIC_PLACE_NOUNS: &[&str] = &[
    "مدينة",
    "قرية",
    "بلدة",
    "محافظة",
    "منطقة",
    "قاعدة",
    "مطار",
    "ناحية",
    "قضاء",
    "معسكر",
    "حي",
    "شارع",
    "طريق",
];

/// Whether the name found at `mention` is not a place there: it follows a title, or it is a
/// bare Arabic noun for a kind of place.
fn not_a_place_here(tokens: &[crate::propose::tokens::Token], mention: &names::NameMatch) -> bool {
    let before = mention
        .first_word
        .checked_sub(1)
        .and_then(|k| tokens.get(k))
        .and_then(|t| t.word());
    let after_title = before.is_some_and(|word| {
        TITLES.contains(&word) || crate::propose::arabic::is_one_of(word, ARABIC_TITLES)
    });
    let words: Vec<&str> = tokens[mention.first_word..mention.end_word]
        .iter()
        .filter_map(|t| t.word())
        .collect();
    let place_noun =
        matches!(words[..], [one] if crate::propose::arabic::is_one_of(one, ARABIC_PLACE_NOUNS));
    after_title || place_noun
}

fn propose_with(span: &str, places: &[Place], index: &NameIndex) -> Vec<PlaceProposal> {
    let tokens = names::word_tokens(span);
    let mut proposals: Vec<PlaceProposal> = Vec::new();
    for mention in index
        .find(span, &tokens)
        .into_iter()
        .filter(|m| !not_a_place_here(&tokens, m))
    {
        let place = &places[mention.owner];
        if proposals.iter().any(|p| p.place_id == place.place_id) {
            continue;
        }
        proposals.push(proposal(place, &mention, ""));
    }
    let known = gazetteer::places();
    for mention in gazetteer_index()
        .find(span, &tokens)
        .into_iter()
        .filter(|m| !not_a_place_here(&tokens, m))
    {
        let place = &known[mention.owner];
        let covered = proposals
            .iter()
            .any(|p| p.span_start < mention.end && mention.start < p.span_end);
        let same = proposals
            .iter()
            .any(|p| p.place_id == place.place_id || p.name == place.name);
        if !covered && !same {
            proposals.push(proposal(place, &mention, " (gazetteer)"));
        }
    }
    // Most specific first: a place inside another the span names ("Tarmiyah, north of
    // Baghdad"); then the project's own places, then the gazetteer's; then text order.
    let broad = |p: &PlaceProposal| {
        p.admin1.as_deref() == Some(p.name.as_str()) || p.name.ends_with(" province")
    };
    let rank = |p: &PlaceProposal| {
        let inside_another = proposals.iter().any(|q| {
            q.place_id != p.place_id
                && broad(q)
                && !broad(p)
                && q.admin1.is_some()
                && q.admin1 == p.admin1
        });
        let from_gazetteer = p.reason.ends_with("(gazetteer)");
        match (inside_another, from_gazetteer) {
            (true, _) => 0,
            (false, false) => 1,
            (false, true) => 2,
        }
    };
    let mut ranked: Vec<(u8, PlaceProposal)> =
        proposals.iter().map(|p| (rank(p), p.clone())).collect();
    ranked.sort_by_key(|(rank, p)| (*rank, p.span_start));
    ranked.into_iter().map(|(_, p)| p).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::default_codebook::default_places;

    fn first(span: &str) -> Option<String> {
        propose_places(span, &default_places())
            .into_iter()
            .next()
            .map(|p| p.name)
    }

    #[test]
    fn gazetteer_names_and_aliases() {
        assert_eq!(
            first("four landed in the Green Zone").as_deref(),
            Some("Green Zone / US Embassy, Baghdad")
        );
        assert_eq!(first("fired towards Erbil").as_deref(), Some("Erbil"));
        assert_eq!(
            first("Others are at Al-Asad base").as_deref(),
            Some("Ain al-Asad Air Base")
        );
        assert_eq!(
            first("the K1 military base near Kirkuk").as_deref(),
            Some("K1 base, Kirkuk")
        );
        assert_eq!(
            first("a roadside bomb in Babil province").as_deref(),
            Some("Babil / Hilla")
        );
        assert_eq!(
            first("from the east side of Baghdad").as_deref(),
            Some("Baghdad")
        );
    }

    #[test]
    fn the_reason_shows_where_the_place_is() {
        let found = propose_places("towards Erbil", &default_places());
        assert_eq!(found[0].reason, "“Erbil” → Erbil, Erbil (36.19, 44.01)");
    }

    #[test]
    fn unknown_places_propose_nothing() {
        assert_eq!(first("somewhere in the desert"), None);
    }
}
