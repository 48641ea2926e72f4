//! Weapons and event types from the words of a span ("107mm rocket", "roadside bomb" → IED,
//! "drone"), as keys of the project's vocabularies.

use std::sync::OnceLock;

use super::lexicon::ar;
use super::names::{self, NameIndex, Variant};
use crate::model::{VocabTerm, Vocabulary};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TermProposal {
    pub vocabulary: Vocabulary,
    pub key: String,
    pub label: String,
    pub reason: String,
    pub span_start: usize,
    pub span_end: usize,
}

/// Words that name a weapon, and the weapon's vocabulary key. Longer phrases win. Arabic's
/// are [`ar::terms::WEAPON_CUES`], numbered on from these (see [`nth_cue`]).
const WEAPON_CUES: &[(&str, &str)] = &[
    ("107mm rocket", "rocket_107mm"),
    ("107mm", "rocket_107mm"),
    ("107 mm", "rocket_107mm"),
    ("122mm rocket", "rocket_122mm"),
    ("122mm", "rocket_122mm"),
    ("122 mm", "rocket_122mm"),
    ("Grad", "rocket_122mm"),
    ("rocket", "rocket"),
    ("rockets", "rocket"),
    // A grenade thrown by a rocket is no rocket attack, and the vocabulary has no such weapon:
    // the longer phrase wins over "rocket" and proposes nothing.
    ("rocket-propelled grenade", ""),
    ("rocket-propelled grenades", ""),
    ("RPG", ""),
    ("RPGs", ""),
    ("Katyusha", "rocket"),
    ("Katyushas", "rocket"),
    ("mortar", "mortar"),
    ("mortars", "mortar"),
    ("mortar rounds", "mortar"),
    ("mortar shells", "mortar"),
    ("roadside bomb", "ied"),
    ("roadside bombs", "ied"),
    ("IED", "ied"),
    ("IEDs", "ied"),
    ("improvised explosive device", "ied"),
    // Explosively formed penetrators (or projectiles): roadside charges that pierce armour.
    ("explosively formed penetrator", "ied"),
    ("explosively formed penetrators", "ied"),
    ("explosively formed projectile", "ied"),
    ("explosively formed projectiles", "ied"),
    ("EFP", "ied"),
    ("EFPs", "ied"),
    ("explosive device", "ied"),
    ("explosive devices", "ied"),
    ("car bomb", "ied"),
    ("car bombs", "ied"),
    ("VBIED", "ied"),
    ("VBIEDs", "ied"),
    ("booby-trapped", "ied"),
    ("sticky bomb", "ied"),
    ("sticky bombs", "ied"),
    // A bomb in these reports is one set off on the ground; one dropped from the air is no
    // weapon the vocabulary has (the longer phrase wins and proposes nothing).
    ("bomb", "ied"),
    ("bombs", "ied"),
    ("homemade bomb", "ied"),
    ("explosive-laden car", "ied"),
    ("explosives-laden car", "ied"),
    ("explosive-laden vehicle", "ied"),
    ("explosive-laden truck", "ied"),
    ("explosive-laden motorcycle", "ied"),
    ("explosives-laden motorcycle", "ied"),
    ("explosive-laden motorbike", "ied"),
    ("motorcycle bomb", "ied"),
    ("barrel bomb", ""),
    ("barrel bombs", ""),
    ("guided bomb", ""),
    ("guided bombs", ""),
    ("smart bombs", ""),
    // Bombs worn by a suicide attacker.
    ("suicide vest", "ied"),
    ("suicide belt", "ied"),
    ("explosive vest", "ied"),
    ("explosive belt", "ied"),
    ("suicide bomber", "ied"),
    ("magnetic bomb", "ied"),
    ("magnetic bombs", "ied"),
    ("limpet mine", "ied"),
    ("limpet mines", "ied"),
    ("landmine", "ied"),
    ("landmines", "ied"),
    ("land mine", "ied"),
    ("drone", "drone"),
    ("quadcopter", "drone"),
    ("quadcopters", "drone"),
    ("drones", "drone"),
    ("UAV", "drone"),
    ("UAVs", "drone"),
    ("explosive-laden drone", "drone"),
    // Not the bomb but what carries it: "a bomb-laden drone" (the longer phrase wins).
    ("bomb-laden drone", "drone"),
    ("bomb-laden drones", "drone"),
    ("bomb-carrying drone", "drone"),
    ("bomb-carrying drones", "drone"),
    ("unmanned aerial vehicle", "drone"),
    ("unmanned aerial vehicles", "drone"),
    ("unmanned aircraft", "drone"),
    ("ballistic missile", "ballistic_missile"),
    ("ballistic missiles", "ballistic_missile"),
    ("gunfire", "small_arms"),
    ("small arms", "small_arms"),
    ("gunmen", "small_arms"),
];

/// Words that name an event, and the (event type, sub-type) keys they mean; Arabic's are
/// [`ar::terms::EVENT_CUES`], numbered on from these.
const EVENT_CUES: &[(&str, &str, &str)] = &[
    (
        "rocket",
        "explosions_remote_violence",
        "shelling_artillery_missile",
    ),
    (
        "rockets",
        "explosions_remote_violence",
        "shelling_artillery_missile",
    ),
    (
        "Katyusha",
        "explosions_remote_violence",
        "shelling_artillery_missile",
    ),
    (
        "mortar",
        "explosions_remote_violence",
        "shelling_artillery_missile",
    ),
    (
        "shelling",
        "explosions_remote_violence",
        "shelling_artillery_missile",
    ),
    // "Turkish artillery shelled villages", "US cruise missiles struck".
    (
        "shelled",
        "explosions_remote_violence",
        "shelling_artillery_missile",
    ),
    (
        "artillery",
        "explosions_remote_violence",
        "shelling_artillery_missile",
    ),
    (
        "missile",
        "explosions_remote_violence",
        "shelling_artillery_missile",
    ),
    (
        "missiles",
        "explosions_remote_violence",
        "shelling_artillery_missile",
    ),
    ("drone", "explosions_remote_violence", "air_drone_strike"),
    (
        "bomb-laden drone",
        "explosions_remote_violence",
        "air_drone_strike",
    ),
    (
        "bomb-laden drones",
        "explosions_remote_violence",
        "air_drone_strike",
    ),
    ("drones", "explosions_remote_violence", "air_drone_strike"),
    ("UAV", "explosions_remote_violence", "air_drone_strike"),
    (
        "unmanned aircraft",
        "explosions_remote_violence",
        "air_drone_strike",
    ),
    (
        "air strike",
        "explosions_remote_violence",
        "air_drone_strike",
    ),
    (
        "airstrike",
        "explosions_remote_violence",
        "air_drone_strike",
    ),
    // Plurals and other words for strikes from the air, barrel bombs dropped from helicopters.
    (
        "airstrikes",
        "explosions_remote_violence",
        "air_drone_strike",
    ),
    (
        "air strikes",
        "explosions_remote_violence",
        "air_drone_strike",
    ),
    ("air raid", "explosions_remote_violence", "air_drone_strike"),
    (
        "air raids",
        "explosions_remote_violence",
        "air_drone_strike",
    ),
    (
        "warplanes",
        "explosions_remote_violence",
        "air_drone_strike",
    ),
    // Aircraft named with what they did, and fighter jets: "US aircraft struck …".
    ("warplane", "explosions_remote_violence", "air_drone_strike"),
    (
        "aircraft struck",
        "explosions_remote_violence",
        "air_drone_strike",
    ),
    (
        "aircraft bombed",
        "explosions_remote_violence",
        "air_drone_strike",
    ),
    (
        "aircraft targeted",
        "explosions_remote_violence",
        "air_drone_strike",
    ),
    (
        "jets struck",
        "explosions_remote_violence",
        "air_drone_strike",
    ),
    (
        "fighter jets",
        "explosions_remote_violence",
        "air_drone_strike",
    ),
    // "Israeli jets bombed Iranian positions", "helicopter gunships".
    ("jets", "explosions_remote_violence", "air_drone_strike"),
    ("bombers", "explosions_remote_violence", "air_drone_strike"),
    ("gunships", "explosions_remote_violence", "air_drone_strike"),
    (
        "barrel bomb",
        "explosions_remote_violence",
        "air_drone_strike",
    ),
    (
        "barrel bombs",
        "explosions_remote_violence",
        "air_drone_strike",
    ),
    (
        "roadside bomb",
        "explosions_remote_violence",
        "remote_explosive_ied",
    ),
    // A blast by the road: "a roadside explosion hit a convoy".
    (
        "roadside explosion",
        "explosions_remote_violence",
        "remote_explosive_ied",
    ),
    (
        "roadside blast",
        "explosions_remote_violence",
        "remote_explosive_ied",
    ),
    (
        "roadside bombs",
        "explosions_remote_violence",
        "remote_explosive_ied",
    ),
    ("IED", "explosions_remote_violence", "remote_explosive_ied"),
    ("EFP", "explosions_remote_violence", "remote_explosive_ied"),
    (
        "explosively formed",
        "explosions_remote_violence",
        "remote_explosive_ied",
    ),
    (
        "car bomb",
        "explosions_remote_violence",
        "remote_explosive_ied",
    ),
    ("bomb", "explosions_remote_violence", "remote_explosive_ied"),
    (
        "bombs",
        "explosions_remote_violence",
        "remote_explosive_ied",
    ),
    // The codebook has no sub-type of its own for a suicide attack: the bomb is set off there.
    (
        "suicide bomber",
        "explosions_remote_violence",
        "remote_explosive_ied",
    ),
    (
        "suicide bombing",
        "explosions_remote_violence",
        "remote_explosive_ied",
    ),
    (
        "VBIED",
        "explosions_remote_violence",
        "remote_explosive_ied",
    ),
    (
        "landmine",
        "explosions_remote_violence",
        "remote_explosive_ied",
    ),
    (
        "explosive device",
        "explosions_remote_violence",
        "remote_explosive_ied",
    ),
    // Grenades fired at close range by armed men: a fight, not shelling.
    ("rocket-propelled grenade", "battles", "armed_clash"),
    ("rocket-propelled grenades", "battles", "armed_clash"),
    ("RPG", "battles", "armed_clash"),
    ("RPGs", "battles", "armed_clash"),
    ("stormed", "riots", "mob_violence"),
    ("storming", "riots", "mob_violence"),
    ("stormed the", "riots", "mob_violence"),
    ("clashes", "battles", "armed_clash"),
    // Fire exchanged with or opened on armed men, ambushes.
    ("opened fire", "battles", "armed_clash"),
    ("firefight", "battles", "armed_clash"),
    ("shootout", "battles", "armed_clash"),
    ("shoot-out", "battles", "armed_clash"),
    ("gun battle", "battles", "armed_clash"),
    ("gunfight", "battles", "armed_clash"),
    ("exchange of fire", "battles", "armed_clash"),
    ("exchanged fire", "battles", "armed_clash"),
    // A ground attack fought off: "US forces repelled an assault by pro-government fighters".
    ("repelled", "battles", "armed_clash"),
    ("ground assault", "battles", "armed_clash"),
    ("ambush", "battles", "armed_clash"),
    ("ambushed", "battles", "armed_clash"),
    ("clashed", "battles", "armed_clash"),
];

fn label_of(terms: &[VocabTerm], vocabulary: Vocabulary, key: &str) -> Option<String> {
    terms
        .iter()
        .find(|t| t.vocabulary == vocabulary && t.key == key)
        .map(|t| t.label.clone())
}

/// The proposal for vocabulary term `key`, read from the words `found`; `None` when the
/// project's vocabulary lacks the term.
fn term(
    terms: &[VocabTerm],
    vocabulary: Vocabulary,
    key: &str,
    found: &names::NameMatch,
) -> Option<TermProposal> {
    let label = label_of(terms, vocabulary, key)?;
    Some(TermProposal {
        vocabulary,
        key: key.to_owned(),
        reason: format!("“{}” → {label}", found.matched),
        label,
        span_start: found.start,
        span_end: found.end,
    })
}

/// The names of a fixed cue list, indexed once per run.
fn cue_index(
    slot: &'static OnceLock<NameIndex>,
    cues: impl Iterator<Item = &'static str>,
) -> &'static NameIndex {
    slot.get_or_init(|| {
        NameIndex::new(
            cues.enumerate()
                .filter_map(|(i, text)| Variant::new(i, text))
                .collect(),
        )
    })
}

/// Entry `index` of a cue list read as English's `english` followed by Arabic's `arabic`,
/// which is how the cue indexes number their entries.
fn nth_cue<T>(english: &'static [T], arabic: &'static [T], index: usize) -> &'static T {
    english
        .get(index)
        .unwrap_or_else(|| &arabic[index - english.len()])
}

fn weapon_index() -> &'static NameIndex {
    static INDEX: OnceLock<NameIndex> = OnceLock::new();
    cue_index(
        &INDEX,
        WEAPON_CUES
            .iter()
            .chain(ar::terms::WEAPON_CUES)
            .map(|(cue, _)| *cue),
    )
}

fn event_index() -> &'static NameIndex {
    static INDEX: OnceLock<NameIndex> = OnceLock::new();
    cue_index(
        &INDEX,
        EVENT_CUES
            .iter()
            .chain(ar::terms::EVENT_CUES)
            .map(|(cue, _, _)| *cue),
    )
}

/// Who attacked rather than how, read only when the span names no way of attacking: armed men
/// attacking fight ("gunmen attacked a checkpoint"), but "gunmen planted a roadside bomb" is a
/// bombing. Arabic's are [`ar::terms::ATTACKERS_CUES`], numbered on from these.
const ATTACKERS_CUES: &[(&str, &str, &str)] = &[
    ("gunmen", "battles", "armed_clash"),
    ("armed men", "battles", "armed_clash"),
    ("militants attacked", "battles", "armed_clash"),
];

/// Crowds, which make mob violence where the span has them do harm ("protesters set fire to the
/// reception area", Arabic's in [`ar::terms::CROWDS`]); a crowd gathering is no event here.
const CROWDS: &[&str] = &[
    "protesters",
    "protestors",
    "demonstrators",
    "rioters",
    "mob",
    "crowd",
    "mourners",
];

fn crowd_index() -> &'static NameIndex {
    static INDEX: OnceLock<NameIndex> = OnceLock::new();
    cue_index(&INDEX, CROWDS.iter().chain(ar::terms::CROWDS).copied())
}

/// Whether the span's words do harm a crowd does: burn, smash, pelt, break in, attack.
fn crowd_harm(tokens: &[super::tokens::Token]) -> bool {
    let words: Vec<&str> = tokens.iter().filter_map(|t| t.word()).collect();
    words.iter().enumerate().any(|(i, word)| {
        let next = words.get(i + 1).copied();
        let english = matches!(
            *word,
            "torched"
                | "burned"
                | "burnt"
                | "smashed"
                | "hurled"
                | "pelted"
                | "attacked"
                | "ransacked"
                | "looted"
                | "vandalised"
                | "vandalized"
        ) || (matches!(*word, "set" | "setting")
            && matches!(next, Some("fire" | "ablaze")))
            || (matches!(*word, "broke" | "breaking") && matches!(next, Some("into" | "through")));
        let arabic = super::arabic::is_arabic(word) && {
            let bare = word
                .strip_prefix(super::arabic::CONJUNCTIONS)
                .unwrap_or(word);
            ar::terms::CROWD_HARM_STEMS
                .iter()
                .any(|stem| word.starts_with(stem) || bare.starts_with(stem))
        };
        english || arabic
    })
}

/// A crowd doing harm in the span: the words that name the crowd.
fn crowd_doing_harm(span: &str) -> Option<names::NameMatch> {
    let tokens = names::word_tokens(span);
    if !crowd_harm(&tokens) {
        return None;
    }
    crowd_index().find(span, &tokens).into_iter().next()
}

fn attackers_index() -> &'static NameIndex {
    static INDEX: OnceLock<NameIndex> = OnceLock::new();
    cue_index(
        &INDEX,
        ATTACKERS_CUES
            .iter()
            .chain(ar::terms::ATTACKERS_CUES)
            .map(|(cue, _, _)| *cue),
    )
}

fn target_index() -> &'static NameIndex {
    static INDEX: OnceLock<NameIndex> = OnceLock::new();
    cue_index(
        &INDEX,
        TARGET_CUES
            .iter()
            .chain(ar::terms::TARGET_CUES)
            .map(|(cue, _)| *cue),
    )
}

fn first_match(span: &str, index: &NameIndex) -> Option<(usize, names::NameMatch)> {
    let tokens = names::word_tokens(span);
    index
        .find(span, &tokens)
        .into_iter()
        .find(|m| !named_as_a_cause(&tokens, m.first_word))
        .map(|m| (m.owner, m))
}

/// Whether the words before word `at` make what it names the cause of the event, an earlier
/// one ("angered by US airstrikes", "in retaliation for the strike", Arabic's "raddan ala").
fn named_as_a_cause(tokens: &[super::tokens::Token], at: usize) -> bool {
    let before: Vec<&str> = tokens[at.saturating_sub(4)..at]
        .iter()
        .filter_map(|t| t.word())
        .collect();
    let joined = before.join(" ");
    [
        "angered by",
        "enraged by",
        "outraged by",
        "in response to",
        "retaliation for",
        "revenge for",
        "to avenge",
    ]
    .iter()
    .any(|cause| joined.contains(cause))
        || before
            .iter()
            .any(|w| super::arabic::is_one_of(w, ar::terms::IN_RETALIATION))
}

/// The weapon the span names first, if the project's weapon vocabulary has it.
pub fn propose_weapon(span: &str, terms: &[VocabTerm]) -> Option<TermProposal> {
    let mentions = weapon_mentions(span, terms);
    let first = mentions.first()?;
    // The same weapon named more precisely further on ("a rocket of the Grad type", in Arabic
    // too): the finer kind (rocket_122mm refines rocket) is what the span states.
    let refined = format!("{}_", first.key);
    mentions
        .iter()
        .find(|m| m.key.starts_with(&refined))
        .or(Some(first))
        .cloned()
}

/// Every weapon the span names that the project's vocabulary has: for suggestions while reading.
pub fn weapon_mentions(span: &str, terms: &[VocabTerm]) -> Vec<TermProposal> {
    weapon_mentions_in(&names::SpanWords::new(span), terms)
}

/// [`weapon_mentions`] in words already read (the same span searched for other kinds too).
pub fn weapon_mentions_in(words: &names::SpanWords<'_>, terms: &[VocabTerm]) -> Vec<TermProposal> {
    weapon_index()
        .find_in(words)
        .into_iter()
        .filter_map(|found| {
            term(
                terms,
                Vocabulary::Weapon,
                nth_cue(WEAPON_CUES, ar::terms::WEAPON_CUES, found.owner).1,
                &found,
            )
        })
        .collect()
}

/// The event type and sub-type the span's words mean, if the project's vocabularies have them.
pub fn propose_event_type(span: &str, terms: &[VocabTerm]) -> Vec<TermProposal> {
    const MOB: (&str, &str, &str) = ("", "riots", "mob_violence");
    let found = first_match(span, event_index())
        .map(|(index, found)| (*nth_cue(EVENT_CUES, ar::terms::EVENT_CUES, index), found))
        .or_else(|| crowd_doing_harm(span).map(|found| (MOB, found)))
        .or_else(|| {
            first_match(span, attackers_index()).map(|(index, found)| {
                (
                    *nth_cue(ATTACKERS_CUES, ar::terms::ATTACKERS_CUES, index),
                    found,
                )
            })
        });
    let Some(((_, event_type, sub_type), found)) = found else {
        return Vec::new();
    };
    [
        (Vocabulary::EventType, event_type),
        (Vocabulary::SubType, sub_type),
    ]
    .into_iter()
    .filter_map(|(vocabulary, key)| term(terms, vocabulary, key, &found))
    .collect()
}

/// Words that name a kind of target, and its key; Arabic's are [`ar::terms::TARGET_CUES`],
/// numbered on from these.
const TARGET_CUES: &[(&str, &str)] = &[
    ("embassy", "diplomatic_facility"),
    ("consulate", "diplomatic_facility"),
    ("diplomatic", "diplomatic_facility"),
    ("Green Zone", "diplomatic_facility"),
    ("air base", "military_base"),
    ("airbase", "military_base"),
    ("base", "military_base"),
    ("camp", "military_base"),
    ("outpost", "military_base"),
    ("convoy", "logistics_convoy"),
    ("convoys", "logistics_convoy"),
    ("supply", "logistics_convoy"),
    ("airport", "airport"),
    ("house", "civilian_area"),
    ("neighbourhood", "civilian_area"),
    ("neighborhood", "civilian_area"),
    ("residential", "civilian_area"),
    ("village", "civilian_area"),
];

/// The kind of target the span's words name, if the project's vocabulary has it.
pub fn propose_target_type(span: &str, terms: &[VocabTerm]) -> Option<TermProposal> {
    let (index, found) = first_match(span, target_index())?;
    term(
        terms,
        Vocabulary::TargetType,
        nth_cue(TARGET_CUES, ar::terms::TARGET_CUES, index).1,
        &found,
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::default_codebook::default_terms;

    fn weapon(span: &str) -> Option<String> {
        propose_weapon(span, &default_terms()).map(|p| p.key)
    }

    #[test]
    fn weapons_from_their_names() {
        assert_eq!(weapon("107mm rocket fire").as_deref(), Some("rocket_107mm"));
        assert_eq!(
            weapon("seven rockets were fired").as_deref(),
            Some("rocket")
        );
        assert_eq!(
            weapon("a roadside bomb hit a convoy").as_deref(),
            Some("ied")
        );
        assert_eq!(weapon("an explosive-laden drone").as_deref(), Some("drone"));
        assert_eq!(
            weapon("a ballistic missile").as_deref(),
            Some("ballistic_missile")
        );
        assert_eq!(weapon("the embassy was quiet"), None);
        // A rocket-propelled grenade is not a rocket, and the vocabulary has no such weapon.
        assert_eq!(weapon("a rocket-propelled grenade hit the vehicle"), None);
        assert_eq!(weapon("قذيفة آر بي جي"), None);
        assert_eq!(weapon("an RPG and two rockets").as_deref(), Some("rocket"));
        assert_eq!(weapon("a magnetic bomb").as_deref(), Some("ied"));
        assert_eq!(weapon("طائرة بدون طيار").as_deref(), Some("drone"));
        // Two of them: the feminine dual of the words.
        assert_eq!(weapon("بطائرتين مسيرتين مفخختين").as_deref(), Some("drone"));
        assert_eq!(weapon("طائرتان مسيرتان").as_deref(), Some("drone"));
        assert_eq!(weapon("انفجار عبوتين ناسفتين").as_deref(), Some("ied"));
    }

    #[test]
    fn event_types_with_their_sub_types() {
        let kind = |span: &str| {
            propose_event_type(span, &default_terms())
                .iter()
                .map(|t| t.key.clone())
                .collect::<Vec<_>>()
        };
        assert_eq!(
            kind("gunmen attacked a checkpoint"),
            ["battles", "armed_clash"]
        );
        assert_eq!(
            kind("gunmen planted a roadside bomb"),
            ["explosions_remote_violence", "remote_explosive_ied"]
        );
        let found = propose_event_type("a roadside bomb exploded", &default_terms());
        let keys: Vec<&str> = found.iter().map(|p| p.key.as_str()).collect();
        assert_eq!(keys, ["explosions_remote_violence", "remote_explosive_ied"]);
        let storm = propose_event_type("protesters stormed the embassy compound", &default_terms());
        assert_eq!(storm.first().map(|p| p.key.as_str()), Some("riots"));
        assert_eq!(kind("اقتحم محتجون مبنى السفارة"), ["riots", "mob_violence"]);
        assert_eq!(
            kind("أحرق متظاهرون غاضبون بوابة السفارة"),
            ["riots", "mob_violence"]
        );
        assert_eq!(
            kind("protesters set fire to the reception area"),
            ["riots", "mob_violence"]
        );
        assert!(
            kind("protesters gathered outside the embassy").is_empty(),
            "a crowd doing no harm is no event here"
        );
        assert_eq!(
            kind("a roadside explosion hit a convoy"),
            ["explosions_remote_violence", "remote_explosive_ied"]
        );
        assert_eq!(
            kind("a shootout with the guards"),
            ["battles", "armed_clash"]
        );
        assert_eq!(
            kind("gunmen fired rocket-propelled grenades at the checkpoint"),
            ["battles", "armed_clash"]
        );
    }

    #[test]
    fn a_key_missing_from_the_project_vocabulary_is_not_proposed() {
        assert_eq!(propose_weapon("rockets", &[]), None);
    }
}
