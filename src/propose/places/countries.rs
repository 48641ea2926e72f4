//! The countries a paragraph names: the gazetteer's countries, never proposed as places, tell
//! what country a paragraph is about.

use std::sync::OnceLock;

use super::UCDP_COUNTRY;
use crate::model::gazetteer;
use crate::propose::names::{self, NameIndex, Variant};

/// The countries of the gazetteer by their names, which places nothing (`super::is_named_in_reports`)
/// but tells what country a paragraph is about.
fn index() -> &'static NameIndex {
    static INDEX: OnceLock<NameIndex> = OnceLock::new();
    INDEX.get_or_init(|| {
        let variants = gazetteer::places()
            .iter()
            .enumerate()
            .filter(|(_, place)| place.geo_precision == Some(UCDP_COUNTRY))
            .flat_map(|(i, place)| {
                std::iter::once(place.name.as_str())
                    .chain(place.aliases.iter().map(String::as_str))
                    // Arabic names as place names are matched, with the prepositions and
                    // article written onto them ("باليمن", in Yemen); Latin ones as written.
                    .filter_map(move |text| {
                        if crate::propose::arabic::is_arabic(text) {
                            Variant::proper_noun(i, text)
                        } else {
                            Variant::exact_name(i, text)
                        }
                    })
            })
            .collect();
        NameIndex::new(variants)
    })
}

/// The country code of each country `text` names, in text order ("in Afghanistan" → AFG).
pub(super) fn named_in(text: &str) -> Vec<&'static str> {
    named_in_words(&names::SpanWords::new(text))
}

/// [`named_in`] of words already read.
pub(super) fn named_in_words(words: &names::SpanWords<'_>) -> Vec<&'static str> {
    let known = gazetteer::places();
    index()
        .find_in(words)
        .into_iter()
        .filter_map(|m| known[m.owner].iso3.as_deref())
        .collect()
}
