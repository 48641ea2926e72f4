//! Places named in a span: the project's own places first, then the gazetteer that ships with
//! Spanline ([`crate::model::gazetteer`]), with their coordinates and region.

use std::sync::OnceLock;

use super::lexicon::{ar, en};
use super::names::{self, NameIndex, Variant};
use crate::model::{Place, PlaceId, gazetteer};
pub use missions::propose_places_around;
use missions::{mission_at_the_place_named, mission_noun_at_town};

mod countries;
mod distance;
mod missions;
mod ships;

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

/// Whether reports name the gazetteer place as where something happened. A country is not
/// (its name says whose forces or government, "in northern Syria" places nothing); it stays
/// in the gazetteer for the place list and the map.
fn is_named_in_reports(place: &Place) -> bool {
    place.geo_precision != Some(UCDP_COUNTRY)
}

/// UCDP's precision codes of a country, and of a river, sea or other area without bounds.
pub(super) const UCDP_COUNTRY: u8 = 6;
const UCDP_AREA: u8 = 5;
/// UCDP's precision code of a town (a populated place).
const TOWN: u8 = 2;

/// Whether `text` names the place by itself: a river's or sea's one-word name ("the
/// Euphrates" valley, "the Nile" delta) is a region in reports; "the Euphrates River", "the
/// Red Sea", "Bab el-Mandeb" name the water.
fn names_it_alone(place: &Place, text: &str) -> bool {
    let water = place
        .geo_precision
        .is_some_and(|p| p >= UCDP_AREA && p != UCDP_COUNTRY);
    !water || text.split_whitespace().count() > 1
}

/// The words of a name that can tell one site from another: lower case, without "in", "of",
/// "the", the article al- and one-letter pieces.
fn words_of_name(name: &str) -> Vec<String> {
    name.split(|c: char| !c.is_alphanumeric())
        .map(str::to_lowercase)
        .filter(|w| w.chars().count() > 1 && !en::places::LINKING_WORDS.contains(&w.as_str()))
        .collect()
}

/// Code points `start..end` of `text`.
pub(super) fn chars_between(text: &str, start: usize, end: usize) -> String {
    text.chars()
        .skip(start)
        .take(end.saturating_sub(start))
        .collect()
}

/// Kilometres between two points on the globe (haversine).
fn km_between(a: (f64, f64), b: (f64, f64)) -> f64 {
    let (lat1, lon1) = (a.0.to_radians(), a.1.to_radians());
    let (lat2, lon2) = (b.0.to_radians(), b.1.to_radians());
    let h = ((lat2 - lat1) / 2.0).sin().powi(2)
        + lat1.cos() * lat2.cos() * ((lon2 - lon1) / 2.0).sin().powi(2);
    2.0 * 6371.0 * h.sqrt().asin()
}

/// The gazetteer's names, indexed once.
fn gazetteer_index() -> &'static NameIndex {
    static INDEX: OnceLock<NameIndex> = OnceLock::new();
    INDEX.get_or_init(|| {
        let places = gazetteer::places();
        let variants = places
            .iter()
            .enumerate()
            .filter(|(_, place)| is_named_in_reports(place))
            .flat_map(|(i, place)| {
                std::iter::once(place.name.as_str())
                    .chain(place.aliases.iter().map(String::as_str))
                    .filter(|text| names_it_alone(place, text))
                    .flat_map(move |text| {
                        let joined = written_as_one_word(text);
                        let variant = if gazetteer::named_loosely(place) {
                            Variant::proper_noun
                        } else {
                            Variant::exact_name
                        };
                        // A French name ("golfe d'Aden") as French text is read.
                        let as_read = super::lexicon::names_as_read(text);
                        std::iter::once(variant(i, text))
                            .chain(joined.map(|j| variant(i, &j)))
                            .chain(
                                as_read
                                    .into_iter()
                                    .map(move |r| Variant::proper_noun(i, &r)),
                            )
                            .flatten()
                    })
            })
            .collect();
        NameIndex::new(variants)
    })
}

/// A Latin name of two or three words as reports also write it, in one ("Albu Kamal" is
/// "Albukamal", "Al Qa'im" "Alqaim"), and an Arabic name after Abu/Albu/Umm
/// ([`ar::places::WRITTEN_ONTO_NAME`]), which is often written onto it (Albu Kamal as
/// "Albukamal", Abu Ghraib as "Abughraib"); `None` for one-word names and other Arabic ones
/// (Deir ez-Zor is never one word).
fn written_as_one_word(name: &str) -> Option<String> {
    let words: Vec<&str> = name.split([' ', '-']).filter(|w| !w.is_empty()).collect();
    if let [first, rest] = words[..]
        && ar::places::WRITTEN_ONTO_NAME.contains(&first)
        && crate::propose::arabic::is_arabic(rest)
    {
        return Some(format!("{first}{rest}"));
    }
    let latin = name.chars().all(|c| c.is_ascii() || !c.is_alphabetic());
    let joined: String = words
        .concat()
        .chars()
        .filter(|c| c.is_alphanumeric())
        .collect();
    (latin && (2..=3).contains(&words.len()) && joined.chars().count() >= 6).then_some(joined)
}

/// A proposal of `place` for the words at `start..end`, its reason to be set.
/// Whether `matched` (the words of the span) is the place's name or an alias as written, but
/// for case, accents, punctuation, spaces, a leading article and a possessive ("Kabul’s
/// airport" is "Kabul airport", "Qaim" is "Al Qa'im").
fn written_as_named(place: &Place, matched: &str) -> bool {
    let plain = |text: &str| -> String {
        let text = text.replace("’s", "").replace("'s", "");
        let words: Vec<String> = text
            .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
            .filter(|w| !w.is_empty())
            .map(super::tokens::fold)
            .collect();
        let article = |word: &str| {
            en::places::ARTICLES.contains(&word) || ar::places::ARTICLES.contains(&word)
        };
        let skip = usize::from(words.len() > 1 && article(&words[0]));
        words[skip..].concat()
    };
    let said = plain(matched);
    std::iter::once(&place.name)
        .chain(&place.aliases)
        .any(|name| plain(name) == said)
}

fn proposal_at(place: &Place, start: usize, end: usize) -> PlaceProposal {
    PlaceProposal {
        place_id: place.place_id,
        name: place.name.clone(),
        latitude: place.latitude,
        longitude: place.longitude,
        admin1: place.admin1.clone(),
        reason: String::new(),
        span_start: start,
        span_end: end,
    }
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
        reason: format!("“{}” → {}{region}{at}{source}", mention.matched, place.name),
        ..proposal_at(place, mention.start, mention.end)
    }
}

/// The project's places with their names indexed: built once for many spans.
pub struct PlaceMatcher<'a> {
    places: &'a [Place],
    index: std::sync::Arc<NameIndex>,
}

impl<'a> PlaceMatcher<'a> {
    pub fn new(places: &'a [Place]) -> Self {
        Self::with_index(places, Self::index_of(places))
    }

    /// The names of `places` indexed, for matchers of the same list built again and again.
    pub fn index_of(places: &[Place]) -> std::sync::Arc<NameIndex> {
        std::sync::Arc::new(NameIndex::new(variants(places)))
    }

    /// A matcher of `places` by their names already indexed ([`Self::index_of`] the same list).
    pub fn with_index(places: &'a [Place], index: std::sync::Arc<NameIndex>) -> Self {
        Self { places, index }
    }

    /// Every place the span names, as [`propose_places`] finds them.
    pub fn propose(&self, span: &str) -> Vec<PlaceProposal> {
        self.propose_in(&names::SpanWords::new(span))
    }

    /// [`Self::propose`] in words already read (the same span searched for other kinds too).
    pub fn propose_in(&self, words: &names::SpanWords<'_>) -> Vec<PlaceProposal> {
        propose_with(words, self.places, &self.index)
    }
}

/// Every place the span names, in text order: the project's places, and where none of them is
/// named at the same words, the gazetteer's.
pub fn propose_places(span: &str, places: &[Place]) -> Vec<PlaceProposal> {
    PlaceMatcher::new(places).propose(span)
}

/// Whether the name at `mention` stands for a government speaking: "Baghdad said", "a
/// statement from Baghdad", Arabic verb-first "ittahamat Washington" (Washington accused).
fn speaks_for_a_government(
    tokens: &[crate::propose::tokens::Token],
    mention: &names::NameMatch,
) -> bool {
    let word_at = |k: usize| tokens.get(k).and_then(|t| t.word());
    let before = |back: usize| mention.first_word.checked_sub(back).and_then(word_at);
    // The tokens here are words only: "hit Baghdad, said a police officer" has a comma
    // between, which the gap in code points shows.
    let adjacent = |from: usize, to: usize| to.saturating_sub(from) <= 1;
    let after =
        word_at(mention.end_word).filter(|_| adjacent(mention.end, tokens[mention.end_word].start));
    let before_adjacent = mention
        .first_word
        .checked_sub(1)
        .is_some_and(|k| adjacent(tokens[k].end, mention.start));
    let before = |back: usize| before(back).filter(|_| before_adjacent);
    after.is_some_and(|w| en::places::SPEECH_VERBS.contains(&w))
        || before(1).is_some_and(|w| crate::propose::arabic::is_one_of(w, ar::places::SPEECH_VERBS))
        || (before(1) == Some(en::grammar::FROM)
            && before(2).is_some_and(|w| en::places::STATEMENT_NOUNS.contains(&w)))
}

/// Whether the name found at `mention` is not a place there: it follows a title, it stands
/// for a government speaking, it names the road after it or a clock's time zone, it is a
/// bare Arabic noun for a kind of place, or an Arabic common word with no word for a place
/// before it.
fn not_a_place_here(tokens: &[crate::propose::tokens::Token], mention: &names::NameMatch) -> bool {
    if speaks_for_a_government(tokens, mention) {
        return true;
    }
    let before = mention
        .first_word
        .checked_sub(1)
        .and_then(|k| tokens.get(k))
        .and_then(|t| t.word());
    let after_title = before.is_some_and(|word| {
        en::places::TITLES.contains(&word)
            || crate::propose::arabic::is_one_of(word, ar::places::TITLES)
    });
    let words: Vec<&str> = tokens[mention.first_word..mention.end_word]
        .iter()
        .filter_map(|t| t.word())
        .collect();
    let place_noun = matches!(words[..], [one] if crate::propose::arabic::is_one_of(one, ar::places::PLACE_NOUNS));
    // "fi bayan" is "in a statement", not Bayan in Kuwait: an Arabic place named by a common
    // word is that place only after a word for a kind of place ("the city of Bayan").
    let common_word = matches!(words[..], [one] if crate::propose::arabic::is_one_of(one, ar::places::COMMON_WORDS))
        && !before.is_some_and(|word| {
            crate::propose::arabic::is_one_of(word, ar::places::PLACE_NOUNS)
                || crate::propose::arabic::is_one_of(word, ar::places::SETTLEMENT_NOUNS)
        });
    // "on the Baghdad road" (Arabic's road first), "the Kirkuk–Erbil road": a road called
    // after the cities it joins, not a city (but "the Baghdad airport road" runs by the
    // airport, which is named).
    let after: Vec<&str> = tokens[mention.end_word..]
        .iter()
        .take(2)
        .filter_map(|t| t.word())
        .collect();
    let road_word = |w: &&str| en::places::ROAD_WORDS.contains(w);
    let installation = words.iter().any(|w| is_installation_word(w));
    let road_after = match after[..] {
        [first, ..] if road_word(&first) => true,
        [joined, second] => road_word(&second) && !is_installation_word(joined),
        _ => false,
    };
    let road_before =
        before.is_some_and(|word| crate::propose::arabic::is_one_of(word, ar::places::ROAD));
    let road_named_after = !installation && (road_before || road_after);
    // "6:30 p.m. Baghdad time", "Sanaa time", "bi-tawqit Baghdad": a clock's time zone, not
    // where anything happened.
    let time_zone = after.first() == Some(&en::places::TIME_ZONE)
        || before
            .is_some_and(|word| crate::propose::arabic::is_one_of(word, ar::places::TIME_ZONE));
    after_title || place_noun || common_word || road_named_after || time_zone
}

/// Whether `word` is one of the [`en::places::INSTALLATION_WORDS`] of English or Arabic, as written.
fn is_installation_word(word: &str) -> bool {
    en::places::INSTALLATION_WORDS.contains(&word) || ar::places::INSTALLATION_WORDS.contains(&word)
}

/// Whether the span calls the name at `mention` a town ("the town of Balad") while `place`,
/// matched by a shorter name, is an installation called after it (Balad Air Base): then the
/// town is meant.
fn town_not_installation(
    tokens: &[crate::propose::tokens::Token],
    mention: &names::NameMatch,
    place: &Place,
) -> bool {
    let word_at = |k: usize| tokens.get(k).and_then(|t| t.word());
    let before = mention.first_word.checked_sub(1).and_then(word_at);
    let two_before = mention.first_word.checked_sub(2).and_then(word_at);
    let called_a_town = match (two_before, before) {
        (Some(noun), Some(en::grammar::OF)) => en::places::SETTLEMENT_NOUNS.contains(&noun),
        (_, Some(noun)) => crate::propose::arabic::is_one_of(noun, ar::places::SETTLEMENT_NOUNS),
        _ => false,
    };
    let folded = |text: &str| text.to_lowercase();
    let is_installation = |text: &str| {
        folded(text)
            .split(|c: char| !c.is_alphanumeric())
            .any(is_installation_word)
    };
    called_a_town && is_installation(&place.name) && !is_installation(&mention.matched)
}

/// The province of the town `town` proposes, when the span calls the town's name a province:
/// Arabic's word for province or "the province of" just before it, "province"/"governorate"
/// just after it. Iraqi provinces are often called by their seat (Diwaniyah for Qadisiyyah).
fn province_named_by_town(
    tokens: &[crate::propose::tokens::Token],
    town: &PlaceProposal,
    known: &[Place],
) -> Option<PlaceProposal> {
    let mut words_before = tokens
        .iter()
        .filter(|t| t.end <= town.span_start)
        .filter_map(|t| t.word())
        .rev();
    let (word_before, two_before) = (words_before.next(), words_before.next());
    let word_after = tokens
        .iter()
        .filter(|t| t.start >= town.span_end)
        .find_map(|t| t.word());
    let province_noun =
        |w: Option<&str>| w.is_some_and(|w| en::places::PROVINCE_NOUNS.contains(&w));
    // "rif Deir ez-Zor", "the Idlib countryside": the land around the town, in its province.
    let countryside = word_before
        .is_some_and(|w| crate::propose::arabic::is_one_of(w, ar::places::COUNTRYSIDE))
        || word_after == Some(en::places::COUNTRYSIDE);
    let called_a_province = word_before
        .is_some_and(|w| crate::propose::arabic::is_one_of(w, ar::places::PROVINCE))
        || province_noun(word_after)
        || (word_before == Some(en::grammar::OF) && province_noun(two_before));
    let admin1 = town.admin1.as_deref()?;
    // The project's own places stand as the analyst named them ("Babil / Hilla").
    let from_gazetteer = town.reason.ends_with("(gazetteer)");
    if !(called_a_province || countryside) || !from_gazetteer || town.name.ends_with(" province") {
        return None;
    }
    let wanted = format!("{admin1} province");
    let province = known.iter().find(|p| p.name == wanted)?;
    let mut proposal = proposal_at(province, town.span_start, town.span_end);
    proposal.reason = format!(
        "{} province → {} (its seat, {}, names it) (gazetteer)",
        town.name, province.name, town.name
    );
    Some(proposal)
}

/// The installation the words before a town name as standing there ("the border crossing at
/// Albu Kamal", "the airport in Mosul", "the air base near Balad"), when a place goes by the
/// town's name with that word ("Albu Kamal crossing", "Mosul airport").
fn installation_at_town(
    words: &names::SpanWords<'_>,
    town: &PlaceProposal,
    places: &[Place],
    index: &NameIndex,
) -> Option<PlaceProposal> {
    let tokens = &words.tokens;
    let at = tokens.iter().position(|t| t.start == town.span_start)?;
    let word = |k: Option<usize>| k.and_then(|k| tokens.get(k)).and_then(|t| t.word());
    // Arabic writes the installation's noun just before the town: "مطار كابول" (Kabul's
    // airport), read by the town's gazetteer name.
    let arabic = word(at.checked_sub(1)).and_then(|noun| {
        ar::places::INSTALLATION_OF_TOWN
            .iter()
            .find(|(forms, _)| crate::propose::arabic::is_one_of(noun, forms))
    });
    let (noun_at, installation, name) = match arabic {
        Some((_, english)) => (at - 1, *english, town.name.clone()),
        None => {
            if !word(at.checked_sub(1)).is_some_and(|w| en::places::AT_A_TOWN.contains(&w)) {
                return None;
            }
            let noun_at = at.checked_sub(2)?;
            // The longest installation noun ending at `noun_at` ("air base" before "base").
            let installation = en::places::INSTALLATIONS_AT_A_TOWN
                .iter()
                .find(|(words, _)| {
                    words
                        .iter()
                        .rev()
                        .enumerate()
                        .all(|(back, form)| word(noun_at.checked_sub(back)) == Some(*form))
                })
                .map(|(_, installation)| *installation)?;
            let name: String = words
                .span
                .chars()
                .skip(town.span_start)
                .take(town.span_end - town.span_start)
                .collect();
            (noun_at, installation, name)
        }
    };
    // By the town as the span spells it, then by the gazetteer's name for it ("l'aéroport de
    // Tombouctou" is Timbuktu Airport).
    let by = |name: &str| {
        let named = format!("{name} {installation}");
        let length = named.chars().count();
        propose_with(&names::SpanWords::new(&named), places, index)
            .into_iter()
            .find(|p| p.span_start == 0 && p.span_end == length)
    };
    let found = by(&name).or_else(|| by(&town.name))?;
    Some(PlaceProposal {
        reason: format!("“{installation} … {name}” → {}", found.name),
        span_start: tokens[noun_at].start.min(town.span_start),
        span_end: town.span_end,
        ..found
    })
}

fn propose_with(
    words: &names::SpanWords<'_>,
    places: &[Place],
    index: &NameIndex,
) -> Vec<PlaceProposal> {
    let tokens = &words.tokens;
    let mut proposals: Vec<PlaceProposal> = Vec::new();
    // Every project name found, a place named twice included ("the US embassy … the Green
    // Zone"): a gazetteer name inside one of them ("Green") is no place of its own.
    let mut project_words: Vec<std::ops::Range<usize>> = Vec::new();
    for mention in index
        .find_in(words)
        .into_iter()
        .filter(|m| !not_a_place_here(tokens, m))
        .filter(|m| !town_not_installation(tokens, m, &places[m.owner]))
    {
        let place = &places[mention.owner];
        project_words.push(mention.start..mention.end);
        if proposals.iter().any(|p| p.place_id == place.place_id) {
            continue;
        }
        proposals.push(proposal(place, &mention, ""));
    }
    let known = gazetteer::places();
    // Gazetteer places found only by the loose reading of names (doubled letters, e/i, o/u):
    // "Abbey" reads as the Ethiopian town Abiy. They come after places found as written.
    let mut loose: Vec<crate::model::PlaceId> = Vec::new();
    // The name of an armed group is no place ("al-Shabab" is not the village of Shabab); read
    // only when the gazetteer finds a name.
    let actor_names = std::cell::OnceCell::new();
    let actor_names =
        || actor_names.get_or_init(|| super::actors::listed_matcher().named_in(words));
    // A name places in several countries share ("الحديدة" is Hodeidah in Yemen and a village
    // in Syria) is the one in a country the span names ("… الحديدة باليمن").
    // Read only when two names compete, from the words already read.
    let countries = std::cell::OnceCell::new();
    let in_a_country_named = |owner: usize| {
        let countries = countries.get_or_init(|| countries::named_in_words(words));
        known[owner]
            .iso3
            .as_deref()
            .is_some_and(|iso3| countries.contains(&iso3))
    };
    for mention in gazetteer_index()
        .find_in_preferring(words, &in_a_country_named)
        .into_iter()
        .filter(|m| !not_a_place_here(tokens, m))
    {
        let place = &known[mention.owner];
        if ships::a_world_town_after_the(tokens, &mention, place) {
            continue;
        }
        if project_words
            .iter()
            .chain(actor_names())
            .any(|r| r.start <= mention.start && mention.end <= r.end)
        {
            continue;
        }
        // A longer name holding a project name wins ("Kirkuk province" over the K1 base found
        // by "Kirkuk"); any other overlap leaves the project's.
        let overlaps = |p: &PlaceProposal| p.span_start < mention.end && mention.start < p.span_end;
        let held = |p: &PlaceProposal| {
            mention.start <= p.span_start
                && p.span_end <= mention.end
                && p.span_end - p.span_start < mention.end - mention.start
        };
        // The project's own name for the same site ("K1 base, Kirkuk" for the gazetteer's "K-1
        // Air Base", "Green Zone / US Embassy, Baghdad" for "US Embassy in Baghdad") stays,
        // whichever name is longer: near it, and named by a word of the site beyond the words
        // the project's place was found by (a town "Erbil" is not "US Consulate General in
        // Erbil").
        let same_site = |p: &PlaceProposal| {
            let near = match (p.latitude, p.longitude, place.latitude, place.longitude) {
                (Some(a), Some(b), Some(c), Some(d)) => km_between((a, b), (c, d)) < 10.0,
                _ => false,
            };
            let found_by = words_of_name(&chars_between(words.span, p.span_start, p.span_end));
            let site_words: Vec<String> = words_of_name(&place.name)
                .into_iter()
                .filter(|w| !found_by.contains(w))
                .collect();
            near && words_of_name(&p.name)
                .iter()
                .any(|w| site_words.contains(w))
        };
        let held = |p: &PlaceProposal| held(p) && !same_site(p);
        let covered = proposals.iter().any(|p| overlaps(p) && !held(p));
        let same = proposals
            .iter()
            .any(|p| p.place_id == place.place_id || p.name == place.name);
        if covered || same {
            continue;
        }
        proposals.retain(|p| !held(p));
        // Found by a name only the gazetteer knows ("the Iraqi capital", "muhafazat al-Anbar"),
        // a place the project already has by its name, or a province the project names plainly
        // or by an alias ("Anbar", "Babil / Hilla" also called "Babil"): the project's, so
        // that applying it adds no second Baghdad.
        let same_province = |own: &Place| {
            place.name.strip_suffix(" province").is_some_and(|bare| {
                let named = own.name.eq_ignore_ascii_case(bare)
                    || own.aliases.iter().any(|a| a.eq_ignore_ascii_case(bare));
                named && own.admin1.as_deref() == Some(bare)
            })
        };
        match places
            .iter()
            .find(|p| p.name.eq_ignore_ascii_case(&place.name) || same_province(p))
        {
            Some(own) if proposals.iter().any(|p| p.place_id == own.place_id) => {}
            Some(own) => proposals.push(proposal(own, &mention, "")),
            None => {
                if !written_as_named(place, &mention.matched) {
                    loose.push(place.place_id);
                }
                proposals.push(proposal(place, &mention, " (gazetteer)"));
            }
        }
    }
    // "muhafazat al-Diwaniyah", "Diwaniyah province": the province a town is the seat of,
    // named by it.
    for p in &mut proposals {
        if let Some(province) = province_named_by_town(tokens, p, known) {
            *p = province;
        }
        // "the border crossing at Albu Kamal", "the airport in Mosul": the installation.
        if let Some(installation) = installation_at_town(words, p, places, index) {
            *p = installation;
        }
    }
    distance::drop_far_from_landmarks(tokens, &mut proposals);
    mission_at_the_place_named(&mut proposals);
    mission_noun_at_town(tokens, &mut proposals);
    missions::arabic_embassy_at_town(tokens, &mut proposals);
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
            (false, true) if loose.contains(&p.place_id) => 3,
            (false, true) => 2,
        }
    };
    // A place named as the landmark another is placed by ("Tarmiyah, north of Baghdad",
    // "30 km south of Mosul") comes after the places it locates.
    let landmark =
        |p: &PlaceProposal| proposals.len() > 1 && distance::measured_from(tokens, p.span_start);
    let mut ranked: Vec<(u8, PlaceProposal)> = proposals
        .iter()
        .map(|p| (if landmark(p) { 4 } else { rank(p) }, p.clone()))
        .collect();
    ranked.sort_by_key(|(rank, p)| (*rank, p.span_start));
    // A place only measured from ("60 nautical miles southeast of Aden", "على بعد 110
    // كيلومترات شمال غرب العاصمة مقديشو") is not where it happened, which the span does not name.
    if ranked
        .iter()
        .all(|(_, p)| distance::at_a_distance_from(words, p.span_start))
    {
        return Vec::new();
    }
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
    fn the_world_s_places_are_found_and_its_everyday_words_are_not() {
        let names = |span: &str| -> Vec<String> {
            propose_places(span, &[])
                .into_iter()
                .map(|p| p.name)
                .collect()
        };
        assert_eq!(
            first("gunmen attacked a camp near Niamey").as_deref(),
            Some("Niamey")
        );
        assert_eq!(
            first("a drone struck a ship in the Red Sea").as_deref(),
            Some("Red Sea")
        );
        assert_eq!(
            first("an assailant fired at the US embassy in Beirut").as_deref(),
            Some("US Embassy in Beirut")
        );
        // The project's "US embassy" is Baghdad's; named at a place far from it, it is the
        // mission there.
        assert_eq!(
            first("gunfire at the main gate of the US embassy in Awkar").as_deref(),
            Some("US Embassy in Beirut")
        );
        assert_eq!(
            first("a rocket landed near the US embassy in Kabul").as_deref(),
            Some("US Embassy in Kabul")
        );
        assert_eq!(
            first("rockets fell near the US embassy in Baghdad's Green Zone").as_deref(),
            Some("Green Zone / US Embassy, Baghdad")
        );
        // The mission's noun alone before "in" and a town: the mission there.
        assert_eq!(
            first("The multipronged strike against the consulate in Peshawar").as_deref(),
            Some("US Consulate General in Peshawar")
        );
        assert_eq!(first("the bakery in Peshawar").as_deref(), Some("Peshawar"));
        // A country places nothing; a river's one-word name is a region.
        assert_eq!(names("a convoy in northern Syria"), Vec::<String>::new());
        assert_eq!(names("across the Euphrates valley"), Vec::<String>::new());
        assert_eq!(names("on the Euphrates River"), ["Euphrates"]);
        // Far from the theatres a name matches only as written: "Batli" is not "Battle".
        assert_eq!(names("The Battle began at dawn"), Vec::<String>::new());
        // Short names and codes neither: "An", "IED", "ONU" are words.
        assert_eq!(
            names("An IED exploded near the ONU camp"),
            Vec::<String>::new()
        );
        // A group's name is no place: al-Shabab is not the village of Shabab.
        assert!(
            !names("al-Shabab attacked the base")
                .iter()
                .any(|n| n == "Shabab")
        );
    }

    #[test]
    fn a_name_only_the_gazetteer_knows_gives_the_project_place_of_that_name() {
        let places = default_places();
        let found = propose_places("rockets fell in the Iraqi capital", &places);
        let baghdad = places
            .iter()
            .find(|p| p.name == "Baghdad")
            .expect("default");
        assert_eq!(
            found.first().map(|p| p.place_id),
            Some(baghdad.place_id),
            "{found:?}"
        );
        assert_eq!(
            first("a car bomb in the Syrian capital").as_deref(),
            Some("Damascus")
        );
        assert_eq!(first("في مخيم الهول").as_deref(), Some("Al Hawl"));
        assert_eq!(
            first("في ريف دير الزور الشرقي").as_deref(),
            Some("Deir ez-Zor province")
        );
        assert_eq!(
            first("in the Idlib countryside").as_deref(),
            Some("Idlib province")
        );
        // A project that keeps a province under its plain name gets its own place for it.
        let mut with_province = default_places();
        let mut anbar = with_province[0].clone();
        anbar.place_id = PlaceId::new();
        anbar.name = "Anbar".into();
        anbar.admin1 = Some("Anbar".into());
        anbar.aliases.clear();
        with_province.push(anbar.clone());
        let found = propose_places("في محافظة الأنبار", &with_province);
        assert_eq!(
            found.first().map(|p| p.place_id),
            Some(anbar.place_id),
            "{found:?}"
        );
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
    fn a_town_is_not_the_base_named_after_it() {
        assert_eq!(first("near the town of Balad").as_deref(), Some("Balad"));
        assert_eq!(first("في قضاء بلد").as_deref(), Some("Balad"));
        assert_eq!(
            first("rockets hit the Balad air base").as_deref(),
            Some("Balad Air Base")
        );
        assert_eq!(
            first("rockets hit Balad").as_deref(),
            Some("Balad Air Base")
        );
    }

    #[test]
    fn an_installation_at_a_town_is_the_installation() {
        assert_eq!(
            first("near the border crossing at Albu Kamal").as_deref(),
            Some("Al-Qaim–Al-Bukamal border crossing")
        );
        assert_eq!(
            first("rockets hit the airport in Mosul").as_deref(),
            Some("Mosul International Airport")
        );
        assert_eq!(
            first("rockets hit a house in Mosul").as_deref(),
            Some("Mosul / Nineveh plains")
        );
        // Real text (batch 8): the town in French, the airport by the gazetteer's name of it.
        assert_eq!(
            first("les moudjahidines ont bombardé l’aéroport de Tombouctou").as_deref(),
            Some("Timbuktu Airport")
        );
    }

    #[test]
    fn a_road_called_after_a_city_is_not_the_city() {
        assert_eq!(first("انفجرت عبوة على طريق بغداد"), None);
        assert_eq!(first("a bomb hit a convoy on the Kirkuk–Erbil road"), None);
        assert_eq!(
            first("a drone struck a car on the Baghdad airport road").as_deref(),
            Some("Baghdad International Airport / Union III")
        );
        assert_eq!(first("انفجرت عبوة في بغداد").as_deref(), Some("Baghdad"));
    }

    #[test]
    fn a_longer_gazetteer_name_holding_a_project_name_wins() {
        assert_eq!(
            first("In Kirkuk province, militants ambushed a patrol").as_deref(),
            Some("Kirkuk province")
        );
        assert_eq!(
            first("rockets fell on Kirkuk").as_deref(),
            Some("K1 base, Kirkuk")
        );
    }

    #[test]
    fn a_landmark_comes_after_the_place_it_locates() {
        assert_eq!(
            first("near the town of Balad, north of Baghdad").as_deref(),
            Some("Balad")
        );
        assert_eq!(
            first("a village 30 km from Kirkuk, in Hawija").as_deref(),
            Some("Al Hawijah")
        );
        assert_eq!(
            first("north of Baghdad").as_deref(),
            Some("Baghdad"),
            "alone"
        );
    }

    #[test]
    fn a_province_called_by_its_seat() {
        assert_eq!(
            first("في محافظة الديوانية").as_deref(),
            Some("Qadisiyyah province")
        );
        assert_eq!(first("in Diwaniyah").as_deref(), Some("Al Diwaniyah"));
        assert_eq!(
            first("in the Syrian province of Hasakah").as_deref(),
            Some("Al-Hasakah province")
        );
        assert_eq!(first("in Hasakah city").as_deref(), Some("Al Hasakah"));
    }

    #[test]
    fn a_capital_speaking_for_its_government_is_no_place() {
        for span in [
            "Baghdad said it would respond",
            "a statement from Baghdad said",
            "قالت بغداد إنها سترد",
        ] {
            assert_eq!(first(span), None, "{span}");
        }
        assert_eq!(
            first("rockets hit Baghdad, said a police officer").as_deref(),
            Some("Baghdad")
        );
        assert_eq!(
            first("سقطت صواريخ على بغداد، قالت الشرطة").as_deref(),
            Some("Baghdad")
        );
    }

    #[test]
    fn a_name_shared_by_places_in_several_countries_is_the_one_in_the_country_named() {
        assert_eq!(
            first("سقطت قذيفة في الحديدة باليمن").as_deref(),
            Some("Al Hudaydah")
        );
        assert_eq!(first("سقطت قذيفة في الحديدة").as_deref(), Some("Hadidah"));
    }

    #[test]
    fn a_french_name_is_found_in_french_text() {
        assert_eq!(
            first("un navire frappé par les Houthis dans le golfe d'Aden").as_deref(),
            Some("Gulf of Aden")
        );
    }

    #[test]
    fn a_place_only_measured_from_is_not_where_it_happened() {
        for span in [
            "when 60 nautical miles southeast of Aden, Yemen",
            "على بعد 110 كيلومترات شمال غرب العاصمة مقديشو",
        ] {
            assert_eq!(first(span), None, "{span}");
        }
        assert_eq!(
            first("in Fallujah, 50 km west of Baghdad").as_deref(),
            Some("Fallujah")
        );
        assert_eq!(
            first("a few kilometers from Al-Assad Air Base").as_deref(),
            Some("Ain al-Asad Air Base")
        );
    }

    #[test]
    fn a_common_word_or_a_clock_s_time_zone_is_no_place() {
        for span in [
            "وقالت الفصائل في بيان إنها استهدفت القاعدة",
            "وأضاف البيان أن الهجوم لم يسفر عن إصابات",
            "at 6:30 p.m. Baghdad time",
            "على بعد 50 ميلا بحريا",
        ] {
            assert_eq!(first(span), None, "{span}");
        }
        assert_eq!(first("سقطت قذيفة في منطقة بيان").as_deref(), Some("Bayan"));
    }

    #[test]
    fn a_name_written_as_one_word() {
        assert_eq!(
            first("a strike in Albukamal").as_deref(),
            Some("Albu Kamal")
        );
        assert_eq!(written_as_one_word("Al Qa'im").as_deref(), Some("AlQaim"));
        assert_eq!(first("في منطقة البوكمال").as_deref(), Some("Albu Kamal"));
        assert_eq!(written_as_one_word("دير الزور"), None);
        assert_eq!(written_as_one_word("Hit"), None);
        assert_eq!(written_as_one_word("Al Hit"), None, "too short to tell");
    }

    #[test]
    fn french_names_come_from_the_gazetteer() {
        assert_eq!(
            first("le destroyer américain USS Gravely en mer Rouge").as_deref(),
            Some("Red Sea")
        );
        assert_eq!(
            first("des roquettes sont tombées à Bagdad").as_deref(),
            Some("Baghdad")
        );
    }

    #[test]
    fn an_airport_named_by_its_town_in_arabic() {
        assert_eq!(
            first("عند مدخل مطار كابول").as_deref(),
            Some("Kabul International Airport")
        );
    }

    #[test]
    fn a_name_read_loosely_comes_after_one_written_as_named() {
        assert_eq!(
            first("outside the Abbey Gate at Kabul\u{2019}s airport").as_deref(),
            Some("Kabul International Airport")
        );
    }

    #[test]
    fn unknown_places_propose_nothing() {
        assert_eq!(first("somewhere in the desert"), None);
    }
}
