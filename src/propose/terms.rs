//! Weapons and event types from the words of a span ("107mm rocket", "roadside bomb" → IED,
//! "drone"), as keys of the project's vocabularies.

use std::sync::OnceLock;

use super::lexicon::{ar, en};
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
        en::terms::WEAPON_CUES
            .iter()
            .chain(ar::terms::WEAPON_CUES)
            .map(|(cue, _)| *cue),
    )
}

fn event_index() -> &'static NameIndex {
    static INDEX: OnceLock<NameIndex> = OnceLock::new();
    cue_index(
        &INDEX,
        en::terms::EVENT_CUES
            .iter()
            .chain(ar::terms::EVENT_CUES)
            .map(|(cue, _, _)| *cue),
    )
}

fn crowd_index() -> &'static NameIndex {
    static INDEX: OnceLock<NameIndex> = OnceLock::new();
    cue_index(
        &INDEX,
        en::terms::CROWDS.iter().chain(ar::terms::CROWDS).copied(),
    )
}

/// Whether the span's words do harm a crowd does: burn, smash, pelt, break in, attack.
fn crowd_harm(tokens: &[super::tokens::Token]) -> bool {
    let words: Vec<&str> = tokens.iter().filter_map(|t| t.word()).collect();
    words.iter().enumerate().any(|(i, word)| {
        let next = words.get(i + 1).copied();
        let english = en::terms::CROWD_HARM.contains(word)
            || en::terms::CROWD_HARM_PAIRS.iter().any(|(first, seconds)| {
                first.contains(word) && next.is_some_and(|n| seconds.contains(&n))
            });
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
        en::terms::ATTACKERS_CUES
            .iter()
            .chain(ar::terms::ATTACKERS_CUES)
            .map(|(cue, _, _)| *cue),
    )
}

fn target_index() -> &'static NameIndex {
    static INDEX: OnceLock<NameIndex> = OnceLock::new();
    cue_index(
        &INDEX,
        en::terms::TARGET_CUES
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
    en::terms::IN_RETALIATION
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
    // Weapons of other kinds listed with it ("rockets, small arms and grenades", "a rocket or
    // mortar strike", Arabic's "drones and rocket shells") name no one weapon of the attack.
    let mut listed = mentions.windows(2).map(|pair| (&pair[0], &pair[1]));
    if listed.any(|(one, next)| !same_kind(one, next) && listed_together(span, one, next)) {
        return None;
    }
    // The same weapon named more precisely further on ("a rocket of the Grad type", in Arabic
    // too): the finer kind (rocket_122mm refines rocket) is what the span states.
    let refined = format!("{}_", first.key);
    mentions
        .iter()
        .find(|m| m.key.starts_with(&refined))
        .or(Some(first))
        .cloned()
}

/// Whether two weapons are one kind, or one refines the other (rocket_122mm and rocket).
fn same_kind(one: &TermProposal, other: &TermProposal) -> bool {
    let refines = |finer: &str, kind: &str| {
        finer
            .strip_prefix(kind)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with('_'))
    };
    refines(&one.key, &other.key) || refines(&other.key, &one.key)
}

/// Whether only a list's joiners stand between two mentions: commas, "and", "or" (the
/// lexicons' words), or Arabic's "and" written onto the second.
fn listed_together(span: &str, one: &TermProposal, next: &TermProposal) -> bool {
    let between: String = span
        .chars()
        .skip(one.span_end)
        .take(next.span_start.saturating_sub(one.span_end))
        .collect();
    let words: Vec<&str> = between
        .split(|c: char| c.is_whitespace() || c == ',' || c == ar::grammar::COMMA)
        .filter(|w| !w.is_empty())
        .collect();
    let joined = words.join(" ");
    let comma = between.contains([',', ar::grammar::COMMA]);
    let and_written_onto = span
        .chars()
        .nth(next.span_start)
        .is_some_and(|c| c == ar::grammar::AND);
    match words.as_slice() {
        [] => comma || and_written_onto,
        _ => {
            en::terms::LIST_JOINERS.contains(&joined.as_str())
                || ar::terms::LIST_JOINERS.contains(&joined.as_str())
        }
    }
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
                nth_cue(en::terms::WEAPON_CUES, ar::terms::WEAPON_CUES, found.owner).1,
                &found,
            )
        })
        .collect()
}

/// The event type and sub-type the span's words mean, if the project's vocabularies have them.
pub fn propose_event_type(span: &str, terms: &[VocabTerm]) -> Vec<TermProposal> {
    const MOB: (&str, &str, &str) = ("", "riots", "mob_violence");
    let found = first_match(span, event_index())
        .map(|(index, found)| {
            (
                *nth_cue(en::terms::EVENT_CUES, ar::terms::EVENT_CUES, index),
                found,
            )
        })
        .or_else(|| crowd_doing_harm(span).map(|found| (MOB, found)))
        .or_else(|| {
            first_match(span, attackers_index()).map(|(index, found)| {
                (
                    *nth_cue(en::terms::ATTACKERS_CUES, ar::terms::ATTACKERS_CUES, index),
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

/// The kind of target the span's words name, if the project's vocabulary has it.
pub fn propose_target_type(span: &str, terms: &[VocabTerm]) -> Option<TermProposal> {
    let (index, found) = first_match(span, target_index())?;
    term(
        terms,
        Vocabulary::TargetType,
        nth_cue(en::terms::TARGET_CUES, ar::terms::TARGET_CUES, index).1,
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
    fn weapons_of_bombers_and_bullets() {
        assert_eq!(
            weapon("three detonated their vests").as_deref(),
            Some("ied")
        );
        assert_eq!(
            weapon("blamed the attack on a magnetic mine").as_deref(),
            Some("ied")
        );
        assert_eq!(weapon("وذلك بتفجير نفسيهما").as_deref(), Some("ied"));
        assert_eq!(
            weapon("قتل برصاصة خلال معركة").as_deref(),
            Some("small_arms")
        );
        // Two kinds of weapon together name none.
        assert_eq!(
            weapon("واستخدموا في الهجوم القنابل اليدوية والأسلحة الرشاشة"),
            None
        );
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
        // A rocket-propelled grenade is not a rocket; a stun grenade is no weapon of an attack.
        assert_eq!(
            weapon("a rocket-propelled grenade hit the vehicle").as_deref(),
            Some("rpg")
        );
        assert_eq!(weapon("قذيفة آر بي جي").as_deref(), Some("rpg"));
        assert_eq!(weapon("an RPG and two rockets").as_deref(), Some("rpg"));
        assert_eq!(weapon("police fired stun grenades"), None);
        assert_eq!(
            weapon("a suicide bombing killed more than 20 people").as_deref(),
            Some("ied")
        );
        assert_eq!(
            weapon("فيما فجر آخران حزاميهما الناسفين داخل القاعدة").as_deref(),
            Some("ied")
        );
        // A list of weapons of several kinds names no one weapon; one kind said twice does.
        assert_eq!(weapon("lobbed rockets and mortar shells"), None);
        assert_eq!(weapon("a rocket or mortar strike"), None);
        assert_eq!(weapon("rockets, small arms and grenades"), None);
        assert_eq!(weapon("هجوم بمسيّرات وقذائف صاروخية"), None);
        assert_eq!(
            weapon("heavy machine guns and assault rifles").as_deref(),
            Some("small_arms")
        );
        assert_eq!(
            weapon("rockets and 122mm rockets").as_deref(),
            Some("rocket_122mm")
        );
        // The weapons of the Red Sea: what the missile is, said before "anti-ship" or after it.
        assert_eq!(
            weapon("an anti-ship ballistic missile").as_deref(),
            Some("ballistic_missile")
        );
        assert_eq!(
            weapon("two anti-ship cruise missiles").as_deref(),
            Some("cruise_missile")
        );
        assert_eq!(
            weapon("an anti-ship missile").as_deref(),
            Some("anti_ship_missile")
        );
        assert_eq!(weapon("a drone boat").as_deref(), Some("explosive_boat"));
        assert_eq!(weapon("زورق مفخخ").as_deref(), Some("explosive_boat"));
        assert_eq!(weapon("صاروخ كروز").as_deref(), Some("cruise_missile"));
        assert_eq!(
            weapon("a waterborne improvised explosive device").as_deref(),
            Some("explosive_boat")
        );
        assert_eq!(
            weapon("destroying three anti-ship cruise missile launchers"),
            None
        );
        assert_eq!(weapon("A car bomber").as_deref(), Some("ied"));
        assert_eq!(weapon("a magnetic bomb").as_deref(), Some("ied"));
        assert_eq!(weapon("طائرة بدون طيار").as_deref(), Some("drone"));
        // Two of them: the feminine dual of the words.
        assert_eq!(weapon("بطائرتين مسيرتين مفخختين").as_deref(), Some("drone"));
        assert_eq!(weapon("طائرتان مسيرتان").as_deref(), Some("drone"));
        assert_eq!(weapon("انفجار عبوتين ناسفتين").as_deref(), Some("ied"));
        assert_eq!(
            weapon("killed in a gun battle").as_deref(),
            Some("small_arms")
        );
        // What carries a charge, however it is said, in each language.
        assert_eq!(
            weapon("attacked the convoy with a car packed with explosives").as_deref(),
            Some("ied")
        );
        assert_eq!(
            weapon("by a truck carrying 21,000 tons of explosives").as_deref(),
            Some("ied")
        );
        assert_eq!(
            weapon("Le pétrolier a été percuté par une petite barge remplie d’explosifs")
                .as_deref(),
            Some("explosive_boat")
        );
        assert_eq!(
            weapon("شاحنة محملة بأكثر من 900 كيلو غرام من المتفجرات").as_deref(),
            Some("ied")
        );
        assert_eq!(
            weapon("صاروخين بالستيين مضادين للسفن").as_deref(),
            Some("ballistic_missile")
        );
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
        // Bombers who blow themselves up set off a bomb; artillery fire is shelling; a battle
        // (معركة) is a fight; fire from an enemy is a fight too.
        assert_eq!(
            kind("six militants in suicide vests blew themselves up"),
            ["explosions_remote_violence", "remote_explosive_ied"]
        );
        assert_eq!(
            kind("لنيران مدفعية مواقع تركية"),
            ["explosions_remote_violence", "shelling_artillery_missile"]
        );
        assert_eq!(kind("خلال معركة قرب قرية"), ["battles", "armed_clash"]);
        assert_eq!(
            kind("في انفجار قنبلة شمالي مدينة"),
            ["explosions_remote_violence", "remote_explosive_ied"]
        );
        assert_eq!(kind("was killed by enemy fire"), ["battles", "armed_clash"]);
        assert_eq!(
            kind("Les forces américaines repoussent une offensive"),
            ["battles", "armed_clash"]
        );
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
        // Armed men storming a compound fight its guards; a crowd storming it riots.
        assert_eq!(
            kind("Muslim militants stormed the heavily fortified consulate"),
            ["battles", "armed_clash"]
        );
        assert_eq!(
            kind("A suicide car bomber attacked a NATO convoy"),
            ["explosions_remote_violence", "remote_explosive_ied"]
        );
        assert_eq!(
            kind("إن الحوثيين أطلقوا صاروخين باليستيين مضادين للسفن"),
            ["explosions_remote_violence", "shelling_artillery_missile"]
        );
        assert_eq!(
            kind("تم تنفيذ إحدى العمليات الانتحارية على ناقلة"),
            ["explosions_remote_violence", "remote_explosive_ied"]
        );
        assert_eq!(
            kind("تعرضت لنيران غير مباشرة"),
            ["explosions_remote_violence", "shelling_artillery_missile"]
        );
        assert_eq!(
            kind("ثم هجم متشددون مدججون بالسلاح"),
            ["battles", "armed_clash"]
        );
        let target = |span: &str| propose_target_type(span, &default_terms()).map(|t| t.key);
        assert_eq!(
            target("the U.S. owned bulker, the M/V Genco Picardy").as_deref(),
            Some("commercial_ship")
        );
    }

    #[test]
    fn a_key_missing_from_the_project_vocabulary_is_not_proposed() {
        assert_eq!(propose_weapon("rockets", &[]), None);
    }
}
