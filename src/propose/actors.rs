//! Actors named in a span, from the project's actor list and aliases, with the attribution the
//! words around them state: claimed, denied, suspected or attributed.

use super::names::{self, NameIndex, Variant};
use crate::model::{Actor, ActorId, Attribution};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ActorProposal {
    pub actor_id: ActorId,
    pub name: String,
    pub attribution: Option<Attribution>,
    pub reason: String,
    pub span_start: usize,
    pub span_end: usize,
}

use super::attribution::{Cue, cues};

/// The actor's own stance comes after its name ("X denied", "X claims", "X is thought to be
/// behind"); others' view of it comes before ("blamed X", "most likely led by X", "a claim …
/// from X"). A cue that another
/// actor's name stands closer to belongs to that actor.
fn attribution_for(
    mention: &names::NameMatch,
    all: &[names::NameMatch],
    cues: &[Cue],
) -> Option<(Attribution, String)> {
    const REACH: usize = 12;
    let belongs_here = |cue: &Cue| {
        let distance = cue_distance(mention, cue);
        all.iter()
            .all(|other| other == mention || cue_distance(other, cue) >= distance)
    };
    let after = cues
        .iter()
        .filter(|c| c.first_word >= mention.end_word && c.first_word - mention.end_word <= REACH)
        .filter(|c| belongs_here(c))
        // Others' view (blamed, accused) after a name is about someone else.
        .find(|c| c.attribution != Attribution::Attributed);
    if let Some(cue) = after {
        return Some((cue.attribution, cue.said.clone()));
    }
    cues.iter()
        .filter(|c| c.end_word <= mention.first_word && mention.first_word - c.end_word <= REACH)
        .filter(|c| belongs_here(c))
        .max_by_key(|c| c.end_word)
        .map(|c| (c.attribution, c.said.clone()))
}

fn cue_distance(mention: &names::NameMatch, cue: &Cue) -> usize {
    if cue.first_word >= mention.end_word {
        cue.first_word - mention.end_word
    } else {
        mention.first_word.saturating_sub(cue.end_word)
    }
}

/// The project's actors with their names indexed: built once for many spans (an article's
/// suggestions, a draft's sentences).
pub struct ActorMatcher<'a> {
    actors: &'a [Actor],
    index: NameIndex,
}

impl<'a> ActorMatcher<'a> {
    pub fn new(actors: &'a [Actor]) -> Self {
        let variants: Vec<Variant> = actors
            .iter()
            .enumerate()
            .flat_map(|(i, actor)| {
                std::iter::once(actor.name.as_str())
                    .chain(actor.aliases.iter().map(String::as_str))
                    .filter_map(move |text| Variant::new(i, text))
            })
            .collect();
        Self {
            actors,
            index: NameIndex::new(variants),
        }
    }

    /// Every listed actor the span names, in text order, each with the attribution around it.
    pub fn propose(&self, span: &str) -> Vec<ActorProposal> {
        propose_with(span, self.actors, &self.index)
    }
}

/// Every listed actor the span names, in text order, each with the attribution around it.
pub fn propose_actors(span: &str, actors: &[Actor]) -> Vec<ActorProposal> {
    ActorMatcher::new(actors).propose(span)
}

fn propose_with(span: &str, actors: &[Actor], index: &NameIndex) -> Vec<ActorProposal> {
    let tokens = names::word_tokens(span);
    let mentions = index.find(span, &tokens);
    let cues = cues(&tokens);
    let mut proposals: Vec<ActorProposal> = Vec::new();
    for mention in &mentions {
        let actor = &actors[mention.owner];
        if proposals.iter().any(|p| p.actor_id == actor.actor_id) {
            continue;
        }
        let attribution = attribution_for(mention, &mentions, &cues);
        let alias = if mention.matched == actor.name {
            String::new()
        } else {
            format!("“{}” → ", mention.matched)
        };
        let reason = match &attribution {
            Some((attribution, said)) => format!("{alias}{}, {attribution} (“{said}”)", actor.name),
            None => format!("{alias}{}", actor.name),
        };
        proposals.push(ActorProposal {
            actor_id: actor.actor_id,
            name: actor.name.clone(),
            attribution: attribution.map(|(a, _)| a),
            reason,
            span_start: mention.start,
            span_end: mention.end,
        });
    }
    proposals
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::default_codebook::default_actors;

    fn first(span: &str) -> Option<(String, Option<Attribution>)> {
        let actors = default_actors();
        propose_actors(span, &actors)
            .into_iter()
            .next()
            .map(|p| (p.name, p.attribution))
    }

    #[test]
    fn aliases_match_in_any_spelling() {
        for span in [
            "Kataib Hezbollah fighters",
            "Kata\u{2019}ib Hezbollah",
            "KH said",
            "Kataib Hizballah",
        ] {
            assert_eq!(
                first(span).map(|(n, _)| n).as_deref(),
                Some("Kata'ib Hezbollah"),
                "{span}"
            );
        }
        assert_eq!(
            first("Asaib Ahl al-Haq").map(|(n, _)| n).as_deref(),
            Some("Asa'ib Ahl al-Haq")
        );
        assert_eq!(
            first("the Hashd al-Shaabi").map(|(n, _)| n).as_deref(),
            Some("Popular Mobilization Forces")
        );
    }

    #[test]
    fn attribution_around_the_name() {
        assert_eq!(
            first("Kataib Hezbollah distanced itself from the incident"),
            Some(("Kata'ib Hezbollah".into(), Some(Attribution::Denied)))
        );
        assert_eq!(
            first("Ashab al-Kahf claims responsibility for the attack"),
            Some(("Ashab al-Kahf".into(), Some(Attribution::Claimed)))
        );
        assert_eq!(
            first("a claim of responsibility from a newly formed group, Ashab al-Kahf"),
            Some(("Ashab al-Kahf".into(), Some(Attribution::Claimed)))
        );
        assert_eq!(
            first("The attack was most likely led by the militia Asaib Ahl al-Haq"),
            Some(("Asa'ib Ahl al-Haq".into(), Some(Attribution::Suspected)))
        );
        assert_eq!(
            first("Kataib Hezbollah has ties to Iran but denied the attack"),
            Some(("Kata'ib Hezbollah".into(), Some(Attribution::Denied)))
        );
    }

    #[test]
    fn two_actors_each_get_their_own_cue() {
        let actors = default_actors();
        let span = "Ashab al-Kahf claimed the attack, while Kataib Hezbollah denied any role";
        let found = propose_actors(span, &actors);
        let pairs: Vec<_> = found
            .iter()
            .map(|p| (p.name.as_str(), p.attribution))
            .collect();
        assert_eq!(
            pairs,
            [
                ("Ashab al-Kahf", Some(Attribution::Claimed)),
                ("Kata'ib Hezbollah", Some(Attribution::Denied))
            ]
        );
    }

    #[test]
    fn no_known_actor_proposes_nothing() {
        assert_eq!(first("unknown gunmen fired rockets"), None);
        assert_eq!(first("let us hope"), None);
    }
}
