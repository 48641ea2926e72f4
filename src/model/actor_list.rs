//! The world list of armed actors that ships with Spanline: non-state armed groups, their
//! fronts and parents, and state forces of the Middle East, North and East Africa, the Sahel
//! and Afghanistan, with English, Arabic and French names and aliases, each row with its public
//! source (`assets/actors/actors.tsv`, rebuilt by `assets/actors/build.py`).
//!
//! Like the gazetteer it is a read-only layer under the project's own actors: a name found in
//! it is proposed, and becomes a project actor (with its aliases and parent) when the analyst
//! applies it. Each entry has a fixed id, so the same group is the same actor in every project.

use std::sync::OnceLock;

use uuid::Uuid;

use super::{Actor, ActorId};

const ACTORS_TSV: &str = include_str!("../../assets/actors/actors.tsv");

/// Ids of listed actors: a fixed prefix ("SPLNact\0") and a hash of the name.
const ID_PREFIX: u128 = 0x5350_4C4E_6163_7400 << 64;

fn id_of(name: &str) -> ActorId {
    // FNV-1a: stable across builds and platforms.
    let hash = name.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |hash, byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0000_0100_0000_01b3)
    });
    ActorId(Uuid::from_u128(ID_PREFIX | u128::from(hash)))
}

fn parse_line(line: &str) -> Option<Actor> {
    let columns: Vec<&str> = line.split('\t').collect();
    let [name, kind, parent, countries, aliases, source] = columns[..] else {
        return None;
    };
    Some(Actor {
        actor_id: id_of(name),
        name: name.to_owned(),
        kind: (!kind.is_empty()).then(|| kind.to_owned()),
        parent_id: (!parent.is_empty()).then(|| id_of(parent)),
        aliases: aliases
            .split('|')
            .filter(|a| !a.is_empty())
            .map(str::to_owned)
            .collect(),
        notes: Some(format!(
            "from the Spanline actor list; operates in {}; source: {source}",
            countries.replace('|', ", ")
        )),
    })
}

/// Every actor of the list, read once.
pub fn actors() -> &'static [Actor] {
    static ACTORS: OnceLock<Vec<Actor>> = OnceLock::new();
    ACTORS.get_or_init(|| {
        ACTORS_TSV
            .lines()
            .filter(|line| !line.starts_with('#') && !line.trim().is_empty())
            .filter_map(parse_line)
            .collect()
    })
}

/// The listed actor with this id.
pub fn actor(actor_id: ActorId) -> Option<&'static Actor> {
    actors().iter().find(|a| a.actor_id == actor_id)
}

/// The actors a project adds when it adopts the listed actor `actor_id`: it and the groups it
/// belongs to that the project lacks, the groups first (a parent exists before its child). A
/// group the project already has by name stands for the listed one, so no second al-Qaeda.
pub fn adoption(actor_id: ActorId, known: &[Actor]) -> Vec<Actor> {
    let by_name = |name: &str| known.iter().find(|a| a.name.eq_ignore_ascii_case(name));
    let mut chain: Vec<Actor> = Vec::new();
    let mut next = actor(actor_id);
    while let Some(listed) = next {
        if chain.iter().any(|a| a.actor_id == listed.actor_id)
            || known.iter().any(|a| a.actor_id == listed.actor_id)
        {
            break;
        }
        let parent = listed.parent_id.and_then(actor);
        let mut adopted = listed.clone();
        match parent.and_then(|p| by_name(&p.name)) {
            Some(own) => {
                adopted.parent_id = Some(own.actor_id);
                next = None;
            }
            None => next = parent,
        }
        chain.push(adopted);
    }
    chain.reverse();
    chain
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn adopting_a_group_brings_its_parents_first_or_points_at_the_project_s_own() {
        let shabaab = actors()
            .iter()
            .find(|a| a.name == "al-Shabaab")
            .expect("listed");
        let parent = shabaab.parent_id.and_then(actor).expect("a listed parent");
        let fresh = adoption(shabaab.actor_id, &[]);
        assert_eq!(fresh.last().map(|a| a.actor_id), Some(shabaab.actor_id));
        assert_eq!(fresh[0].actor_id, parent.actor_id, "the parent first");
        // A project that has the parent by name (its own id) keeps it: no second one.
        let mut own = Actor::named(parent.name.clone());
        own.actor_id = ActorId::new();
        let adopted = adoption(shabaab.actor_id, std::slice::from_ref(&own));
        assert_eq!(adopted.len(), 1);
        assert_eq!(adopted[0].parent_id, Some(own.actor_id));
    }

    #[test]
    fn the_list_holds_the_world_s_groups_with_their_parents_and_names() {
        let all = actors();
        assert!(all.len() >= 150, "{}", all.len());
        let ids: std::collections::HashSet<ActorId> = all.iter().map(|a| a.actor_id).collect();
        assert_eq!(ids.len(), all.len(), "ids are unique");
        for actor in all {
            if let Some(parent) = actor.parent_id {
                assert!(ids.contains(&parent), "{}'s parent is listed", actor.name);
            }
        }
        let shabaab = all
            .iter()
            .find(|a| a.name == "al-Shabaab")
            .expect("East Africa");
        assert!(shabaab.aliases.iter().any(|a| a == "حركة الشباب"));
        assert_eq!(
            actor(shabaab.actor_id).map(|a| &a.name),
            Some(&shabaab.name)
        );
        // Every group the default codebook knows is listed under the same name.
        for known in crate::model::default_codebook::default_actors() {
            assert!(all.iter().any(|a| a.name == known.name), "{}", known.name);
        }
    }
}
