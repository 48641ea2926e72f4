//! Value proposals: reading a highlighted span and proposing the value of the field it is
//! evidence for, with the reason shown to the analyst. Pure logic: no egui, no SQL. A span with
//! nothing recognisable proposes nothing, and the analyst types.

pub mod actors;
pub mod apply;
pub mod attribution;
pub mod counts;
pub mod dates;
pub mod eval;
pub mod lexicon;
pub mod names;
pub mod new_actor;
pub mod places;
pub mod suggest;
pub mod terms;
pub mod time_of_day;
mod tokens;

/// Arabic's grammar (articles, clitics, duals, number words), read by the rules for Arabic.
pub use lexicon::ar::grammar as arabic;

pub use actors::{ActorProposal, propose_actors};
pub use counts::{CountProposal, CountValue, propose_count};
pub use dates::{DateProposal, propose_dates};
use jiff::civil::Date;
pub use places::{PlaceProposal, propose_places};
pub use terms::{TermProposal, propose_event_type, propose_weapon};

use crate::model::{
    Actor, ActorId, Attribution, DatePrecision, Field, Place, PlaceId, VocabTerm, Vocabulary,
};

/// What the proposals may draw on: the article's date, the project's lists, and the words
/// around the span.
#[derive(Clone, Copy)]
pub struct Context<'a> {
    pub article_date: Option<Date>,
    pub actors: &'a [Actor],
    pub places: &'a [Place],
    pub terms: &'a [VocabTerm],
    /// The span's sentence or paragraph (the span occurs in it); empty when not known. A year
    /// the paragraph states dates "On 25 August"; a claim verb next to the span attributes it.
    pub around: &'a str,
}

impl<'a> Context<'a> {
    /// The same, with `around` as the words around the span.
    pub fn around(self, around: &'a str) -> Self {
        Self { around, ..self }
    }
}

/// A proposed value for a field.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Date {
        start: Date,
        end: Date,
        precision: DatePrecision,
    },
    Count(CountValue),
    Actor {
        actor_id: ActorId,
        name: String,
        attribution: Option<Attribution>,
    },
    Attribution(Attribution),
    Place {
        place_id: PlaceId,
        name: String,
    },
    Term {
        vocabulary: Vocabulary,
        key: String,
        label: String,
    },
    Text(String),
}

/// One proposal: the value, and why, in words the analyst can check.
#[derive(Clone, Debug, PartialEq)]
pub struct Proposal {
    pub field: Field,
    pub value: Value,
    pub reason: String,
}

fn term_proposal(field: Field, term: TermProposal) -> Proposal {
    let value = Value::Term {
        vocabulary: term.vocabulary,
        key: term.key,
        label: term.label,
    };
    Proposal {
        field,
        value,
        reason: term.reason,
    }
}

/// The attribution the span states: around a codebook actor it names, or by its verbs alone,
/// or (when the span has no cue) by the verbs of its sentence.
fn propose_attribution(span: &str, context: &Context<'_>) -> Option<(Attribution, String)> {
    let matcher = actors::ActorMatcher::new(context.actors);
    let actors = matcher.propose(span);
    let said_of = |aside: bool| {
        actors
            .iter()
            .filter(|a| a.aside == aside)
            .find_map(|a| Some((a.attribution?, a.reason.clone())))
    };
    if let Some(found) = said_of(false) {
        return Some(found);
    }
    // A group of the world list the project has not adopted yet speaks or is blamed as well
    // ("المتحدث العسكري باسم الحوثيين", "Houthi spokesman Yahya Saree said").
    let listed = actors::listed_matcher().propose(span);
    if let Some(found) = listed
        .iter()
        .filter(|a| !a.aside)
        .find_map(|a| Some((a.attribution?, a.reason.clone())))
    {
        return Some(found);
    }
    let stated = |text: &str| {
        attribution::stated_attribution(text).map(|(a, said)| (a, format!("{a} (“{said}”)")))
    };
    // What the span states of the attack outside its asides comes before a name an aside
    // believes in ("the group, believed to be a front for X, claimed it" is a claim).
    let outside_asides = matcher
        .stated_outside_asides(span)
        .map(|(a, said)| (a, format!("{a} (“{said}”)")));
    outside_asides
        .or_else(|| said_of(true))
        .or_else(|| stated(span))
        .or_else(|| {
            // A group named as the doer in what others say (see the perpetrator's proposal):
            // "CENTCOM said the Houthis launched a missile" is the span's own word, before
            // anything the sentence around it says.
            let doer = listed
                .iter()
                .find(|a| !a.aside && actors::named_as_the_doer(span, a))?;
            let (attribution, said) =
                actors::told_by(span, context.around, doer, actors::listed_matcher())?;
            Some((
                attribution,
                format!("{attribution}: “{said}” … {}", doer.name),
            ))
        })
        .or_else(|| {
            // "No one claimed responsibility": the span says none is known.
            if attribution::negated_cue_in(span) {
                return None;
            }
            let sentence = sentence_around(context.around, span)?;
            stated(sentence).map(|(a, reason)| (a, format!("{reason}, in the sentence around it")))
        })
}

/// The sentence of `around` that holds `span`; `None` when `around` does not hold it.
pub fn sentence_around<'t>(around: &'t str, span: &str) -> Option<&'t str> {
    let at = around.find(span)?;
    let is_end = |c: char| matches!(c, '.' | '!' | '?' | arabic::QUESTION_MARK | '\n');
    let start = around[..at].rfind(is_end).map_or(0, |i| i + 1);
    // A span that ends its sentence ends it: the next sentence is not around it.
    let ends_a_sentence = span.trim_end().ends_with(is_end);
    let end = if ends_a_sentence {
        at + span.len()
    } else {
        around[at + span.len()..]
            .find(is_end)
            .map_or(around.len(), |i| at + span.len() + i)
    };
    Some(around[start..end].trim())
}

/// What `span` says about `field`, best first. Date lists give one proposal per date. Empty
/// when nothing is recognisable: proposals never block the analyst.
pub fn propose(field: Field, span: &str, context: &Context<'_>) -> Vec<Proposal> {
    // A span too short to tell its language takes its paragraph's.
    lexicon::with_surrounding_text(context.around, || propose_in_words(field, span, context))
}

fn propose_in_words(field: Field, span: &str, context: &Context<'_>) -> Vec<Proposal> {
    let proposal = |value, reason| Proposal {
        field,
        value,
        reason,
    };
    match field {
        Field::Date => dates::propose_dates_around(span, context.article_date, context.around)
            .into_iter()
            .map(|d| {
                proposal(
                    Value::Date {
                        start: d.start,
                        end: d.end,
                        precision: d.precision,
                    },
                    d.reason,
                )
            })
            .collect(),
        Field::TimeOfDay => time_of_day::propose_time_of_day(span)
            .map(|(said, _, _)| proposal(Value::Text(said.clone()), format!("as stated: “{said}”")))
            .into_iter()
            .collect(),
        Field::Munitions
        | Field::Impacted
        | Field::Intercepted
        | Field::Killed
        | Field::Wounded => propose_count(span, field)
            .map(|c| proposal(Value::Count(c.value), c.reason))
            .into_iter()
            .collect(),
        Field::Perpetrator => {
            let matcher = actors::ActorMatcher::new(context.actors);
            // "a group calling itself (Islamic Jihad in Yemen)": the name the group gives
            // itself is its own, unless a known group's name is all of it.
            if let Some(name) = new_actor::self_given_name(span) {
                let length = name.chars().count();
                let whole = |a: &actors::ActorProposal| a.span_start == 0 && a.span_end == length;
                let known_by_it = matcher.propose(&name).iter().any(whole)
                    || actors::listed_matcher().propose(&name).iter().any(whole);
                if !known_by_it {
                    let attribution = attribution::stated_attribution(span)
                        .map_or(Attribution::Claimed, |(a, _)| a);
                    let reason =
                        format!("“{name}”, the name it gives itself: a new actor, {attribution}");
                    return vec![proposal(new_actor_value(name, attribution), reason)];
                }
            }
            let known: Vec<Proposal> = matcher
                .propose(span)
                .into_iter()
                .map(|a| actors::with_its_teller(a, span, context.around, &matcher))
                .map(|a| {
                    let value = Value::Actor {
                        actor_id: a.actor_id,
                        name: a.name,
                        attribution: a.attribution,
                    };
                    proposal(value, a.reason)
                })
                .collect();
            if !known.is_empty() {
                return known;
            }
            // A group of the world list the codebook lacks: its listed entry, adopted on apply —
            // when the words tie it to the deed (a claim, an accusation, the group as its doer);
            // a report names many groups it does not blame ("talks with the Taliban", "the war
            // with Hamas").
            let listed: Vec<Proposal> = actors::listed_matcher()
                .propose(span)
                .into_iter()
                .filter(|a| a.attribution.is_some() || actors::named_as_the_doer(span, a))
                .map(|a| actors::with_its_teller(a, span, context.around, actors::listed_matcher()))
                .map(|a| {
                    let reason = format!("{} (actor list)", a.reason);
                    let value = Value::Actor {
                        actor_id: a.actor_id,
                        name: a.name,
                        attribution: a.attribution,
                    };
                    proposal(value, reason)
                })
                .collect();
            if !listed.is_empty() {
                return listed;
            }
            // A group the codebook lacks: offered as a new actor (a new id, added on apply).
            new_actor::unknown_group(span)
                .map(|(name, attribution)| {
                    let reason =
                        format!("“{name}”, not in the codebook: a new actor, {attribution}");
                    proposal(new_actor_value(name, attribution), reason)
                })
                .into_iter()
                .collect()
        }
        Field::Attribution => propose_attribution(span, context)
            .map(|(a, reason)| proposal(Value::Attribution(a), reason))
            .into_iter()
            .collect(),
        Field::Place | Field::LaunchSite => {
            // Where it happened may be a mission the paragraph's country tells; where it was
            // launched from never is.
            let found = if field == Field::Place {
                places::propose_places_around(span, context.around, context.places)
            } else {
                propose_places(span, context.places)
            };
            found
                .into_iter()
                .map(|p| {
                    proposal(
                        Value::Place {
                            place_id: p.place_id,
                            name: p.name,
                        },
                        p.reason,
                    )
                })
                .collect()
        }
        Field::Weapon => propose_weapon(span, context.terms)
            .map(|t| term_proposal(field, t))
            .into_iter()
            .collect(),
        Field::EventType => propose_event_type(span, context.terms)
            .into_iter()
            .map(|t| term_proposal(field, t))
            .collect(),
        Field::Target => terms::propose_target_type(span, context.terms)
            .map(|t| term_proposal(field, t))
            .into_iter()
            .collect(),
        Field::Summary => {
            let text = span.split_whitespace().collect::<Vec<_>>().join(" ");
            if text.is_empty() {
                Vec::new()
            } else {
                vec![proposal(Value::Text(text), "the selected words".to_owned())]
            }
        }
    }
}

/// An actor the codebook lacks, offered with a new id (added when the analyst applies it).
fn new_actor_value(name: String, attribution: Attribution) -> Value {
    Value::Actor {
        actor_id: ActorId::new(),
        name,
        attribution: Some(attribution),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_name_a_group_gives_itself_is_its_own() {
        let actors = crate::model::default_codebook::default_actors();
        let (places, terms) = (Vec::new(), Vec::new());
        let context = Context {
            article_date: None,
            actors: &actors,
            places: &places,
            terms: &terms,
            around: "",
        };
        let perpetrator = |span: &str| match propose(Field::Perpetrator, span, &context).first() {
            Some(Proposal {
                value: Value::Actor { name, .. },
                ..
            }) => Some(name.clone()),
            _ => None,
        };
        // Real text (batch 8): a listed group's name is only part of the one it gives itself.
        assert_eq!(
            perpetrator("وتبنت الهجوم مجموعة تطلق على نفسها (الجهاد الإسلامي في اليمن)").as_deref(),
            Some("الجهاد الإسلامي في اليمن")
        );
        assert_eq!(
            perpetrator("a group calling itself Kataib Hezbollah claimed the attack").as_deref(),
            Some("Kata'ib Hezbollah")
        );
    }

    #[test]
    fn a_span_that_ends_its_sentence_is_not_joined_to_the_next() {
        let around = "Rockets hit the base. There was no immediate claim. Militias have claimed \
                      similar attacks.";
        assert_eq!(
            sentence_around(around, "There was no immediate claim."),
            Some("There was no immediate claim.")
        );
        assert_eq!(
            sentence_around(around, "no immediate claim"),
            Some("There was no immediate claim")
        );
    }
}
