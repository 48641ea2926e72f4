//! Ships' names, which are no places: a report that names the USS Mason goes on about "the
//! Mason", which the gazetteer also knows as a town in Ohio.

use crate::propose::lexicon::en;

/// The names `text` gives ships: the capitalised words after a ship's prefix ("USS Mason",
/// "M/V Star Iris", "HMS Diamond"), at most three.
pub(super) fn named_in(text: &str) -> Vec<String> {
    let words: Vec<&str> = text.split_whitespace().collect();
    let bare = |word: &str| {
        let word = word.trim_matches(|c: char| !c.is_alphanumeric() && c != '/');
        word.strip_suffix("'s")
            .or_else(|| word.strip_suffix("’s"))
            .unwrap_or(word)
            .to_owned()
    };
    let mut names = Vec::new();
    for (k, word) in words.iter().enumerate() {
        if !en::places::SHIP_PREFIXES.contains(&bare(word).as_str()) {
            continue;
        }
        let name: Vec<String> = words[k + 1..]
            .iter()
            .take(3)
            .take_while(|w| w.chars().next().is_some_and(char::is_uppercase))
            .map(|w| bare(w))
            .filter(|w| !w.is_empty())
            .collect();
        if !name.is_empty() {
            names.push(name.join(" "));
        }
    }
    names
}

/// Whether the words `matched` are one of `ships`, or the last word of one ("the Mason" of the
/// USS Mason).
pub(super) fn is_a_ship(matched: &str, ships: &[String]) -> bool {
    ships
        .iter()
        .any(|ship| ship == matched || ship.split_whitespace().last() == Some(matched))
}

/// Whether a town beyond the theatres is named with "the" before it ("the Mason was in the Red
/// Sea"): English names no town so, but a ship named like one ("the Mason", "the Carney"). A
/// mission placed at its town is named so ("the US embassy in Athens").
pub(super) fn a_world_town_after_the(
    tokens: &[crate::propose::tokens::Token],
    mention: &crate::propose::names::NameMatch,
    place: &crate::model::Place,
) -> bool {
    let the = mention
        .first_word
        .checked_sub(1)
        .and_then(|k| tokens.get(k))
        .and_then(|t| t.word())
        == Some(en::grammar::THE);
    the && place.geo_precision == Some(super::TOWN)
        && !crate::model::gazetteer::named_loosely(place)
        && !super::missions::is_mission(&place.name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ships_named_after_their_prefix() {
        let ships = named_in("the USS Mason and M/V Star Iris, and the Navy's HMS Diamond.");
        assert_eq!(ships, ["Mason", "Star Iris", "Diamond"]);
        assert!(is_a_ship("Mason", &ships));
        assert!(is_a_ship("Iris", &ships));
        assert!(!is_a_ship("Red Sea", &ships));
    }
}
