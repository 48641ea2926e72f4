//! Suggestions while reading: the spans of an article that proposals would recognise (dates,
//! counts, actors, places, weapons), so the source view can mark them faintly for the analyst
//! to turn into evidence with one click or key.

use super::tokens::tokenize;
use super::{Context, counts, dates, terms};
use crate::model::Field;

/// A span worth turning into evidence, in code points of the article text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Suggestion {
    pub start: usize,
    pub end: usize,
    pub field: Field,
    pub reason: String,
}

/// Every suggestion in `text`, in text order, none overlapping (the earlier, then longer, wins).
/// Reads paragraph by paragraph, so its cost grows with the text, not with its square.
pub fn suggest(text: &str, context: &Context<'_>) -> Vec<Suggestion> {
    let mut found = Vec::new();
    let mut base = 0;
    let actors = super::actors::ActorMatcher::new(context.actors);
    let places = super::places::PlaceMatcher::new(context.places);
    for paragraph in text.split('\n') {
        let mut add = |start: usize, end: usize, field: Field, reason: String| {
            found.push(Suggestion {
                start: base + start,
                end: base + end,
                field,
                reason,
            });
        };
        // Tokenised once, read by every kind.
        let tokens = tokenize(paragraph);
        for date in dates::propose_dates_tokenized(paragraph, &tokens, context.article_date) {
            add(date.span_start, date.span_end, Field::Date, date.reason);
        }
        for count in counts::count_mentions_in(&tokens) {
            add(count.span_start, count.span_end, count.field, count.reason);
        }
        let words = super::names::SpanWords::from_tokens(paragraph, tokens);
        for actor in actors.propose_in(&words) {
            add(
                actor.span_start,
                actor.span_end,
                Field::Perpetrator,
                actor.reason,
            );
        }
        for place in places.propose_in(&words) {
            add(place.span_start, place.span_end, Field::Place, place.reason);
        }
        for weapon in terms::weapon_mentions_in(&words, context.terms) {
            add(
                weapon.span_start,
                weapon.span_end,
                Field::Weapon,
                weapon.reason,
            );
        }
        base += paragraph.chars().count() + 1;
    }
    found.sort_by_key(|s| (s.start, std::cmp::Reverse(s.end)));
    let mut kept: Vec<Suggestion> = Vec::new();
    for suggestion in found {
        if kept.last().is_none_or(|last| suggestion.start >= last.end) {
            kept.push(suggestion);
        }
    }
    kept
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::default_codebook as codebook;
    use crate::model::text::char_slice;

    #[test]
    fn suggestions_point_at_the_words_they_read() {
        let text = "Rockets on the Green Zone\n\nShortly before midnight on Tuesday, seven rockets were fired; \
                    Kata\u{2019}ib Hezbollah denied it. Four landed, killing a girl.";
        let (actors, places, terms) = (
            codebook::default_actors(),
            codebook::default_places(),
            codebook::default_terms(),
        );
        let context = Context {
            article_date: Some(jiff::civil::date(2020, 11, 18)),
            actors: &actors,
            places: &places,
            terms: &terms,
            around: "",
        };
        let found = suggest(text, &context);
        let said: Vec<(&str, Field)> = found
            .iter()
            .map(|s| (char_slice(text, s.start, s.end).unwrap_or("?"), s.field))
            .collect();
        assert!(said.contains(&("Green Zone", Field::Place)), "{said:?}");
        assert!(said.contains(&("Tuesday", Field::Date)), "{said:?}");
        assert!(
            said.contains(&("seven rockets", Field::Munitions)),
            "{said:?}"
        );
        assert!(
            said.contains(&("Kata\u{2019}ib Hezbollah", Field::Perpetrator)),
            "{said:?}"
        );
        assert!(said.contains(&("a girl", Field::Killed)), "{said:?}");
        assert!(
            found.windows(2).all(|w| w[0].end <= w[1].start),
            "no overlaps"
        );
    }
}
