//! Places named only to locate another: the landmark of "Tarmiyah, north of Baghdad", and the
//! reference of "60 nautical miles southeast of Aden".

use super::{PlaceProposal, km_between};
use crate::propose::lexicon::{ar, en};
use crate::propose::names;

/// Whether the place at `start` follows a direction ("north of", "شمال") or a distance ("30 km
/// from"): a landmark that locates something else.
pub(super) fn measured_from(tokens: &[crate::propose::tokens::Token], start: usize) -> bool {
    let before: Vec<&str> = tokens
        .iter()
        .filter(|t| t.end <= start)
        .filter_map(|t| t.word())
        .collect();
    match before.as_slice() {
        [.., direction, of] if *of == en::grammar::OF => {
            let direction_word = |w: &str| en::places::DIRECTIONS.contains(&w);
            direction_word(direction) || direction.split('-').all(direction_word)
        }
        [.., unit, from] if *from == en::grammar::FROM => en::places::DISTANCE_UNITS.contains(unit),
        [.., word] => crate::propose::arabic::is_one_of(word, ar::places::DIRECTIONS),
        _ => false,
    }
}

/// Whether a count of a unit of distance stands a few words before `start`, with no comma or
/// full stop between ("50 nautical miles southwest of", "على بعد 50 ميلا بحريا جنوب غربي");
/// "a village 30 km from Kirkuk, in Hawija" is in Hawija.
pub(super) fn at_a_distance_from(span_words: &names::SpanWords<'_>, start: usize) -> bool {
    use crate::propose::tokens::{Token, number_word};
    let words: Vec<&Token> = span_words
        .tokens
        .iter()
        .filter(|t| t.end <= start && (t.word().is_some() || t.number().is_some()))
        .collect();
    let unit = |t: &Token| {
        t.word().is_some_and(|w| {
            en::places::DISTANCE_UNITS.contains(&w)
                || crate::propose::arabic::is_one_of(w, ar::places::DISTANCE_UNITS)
        })
    };
    let is_count = |t: &Token| t.number().is_some() || t.word().and_then(number_word).is_some();
    let same_phrase = |unit: &Token| {
        !span_words
            .span
            .chars()
            .skip(unit.end)
            .take(start.saturating_sub(unit.end))
            .any(|c| matches!(c, ',' | '.' | ';' | '،'))
    };
    let from = words.len().saturating_sub(7);
    (from..words.len()).any(|k| {
        let counted = k > 0
            && (is_count(words[k - 1])
                // "50 nautical miles"
                || (k > 1
                    && words[k - 1].word() == Some(en::places::NAUTICAL)
                    && is_count(words[k - 2])));
        unit(words[k]) && counted && same_phrase(words[k])
    })
}

/// Drops a place the span locates by a landmark ("العامرية غربي بغداد", "Tarmiyah, north of
/// Baghdad") when it lies far from every landmark: a namesake in another country (El Amria in
/// Algeria, Rosetta's الرشيد in Egypt) read instead of the place near the landmark, which the
/// gazetteer may lack. Areas with no first-level division (seas, countries) are kept.
pub(super) fn drop_far_from_landmarks(
    tokens: &[crate::propose::tokens::Token],
    proposals: &mut Vec<PlaceProposal>,
) {
    /// Farther than this from its landmark, a place is not what "north of" it locates.
    const FAR_KM: f64 = 500.0;
    let at = |p: &PlaceProposal| Some((p.latitude?, p.longitude?));
    let landmarks: Vec<(f64, f64)> = proposals
        .iter()
        .filter(|p| measured_from(tokens, p.span_start))
        .filter_map(at)
        .collect();
    if landmarks.is_empty() {
        return;
    }
    proposals.retain(|p| {
        let far = at(p).is_some_and(|here| landmarks.iter().all(|&l| km_between(here, l) > FAR_KM));
        measured_from(tokens, p.span_start) || p.admin1.is_none() || !far
    });
}
