//! Which sentences report an event in scope: an attack by a non-state armed group on US or
//! coalition forces, their convoys and bases, or a diplomatic site. A strike *by* the US or
//! the coalition, an attack on other targets, and a statement about many attacks at once are
//! set apart for the analyst to pull in if they wish.

use crate::model::VocabTerm;
use crate::propose::lexicon::{ar, en};
use crate::propose::names::{NameIndex, Variant, word_tokens};
use crate::propose::{arabic, terms};

/// What a sentence is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// It reports an attack in scope.
    Event,
    /// It reports an event that is not drafted, and why.
    OutOfScope(&'static str),
    /// It reports no event.
    Other,
}

/// What a project counts as in scope to be attacked, as words and phrases naming targets:
/// by default US or coalition forces wherever they are (bases and outposts abroad, ships at
/// sea), their convoys, and diplomatic sites. The
/// project may change the list (the codebook window's *Drafting scope*).
pub struct Scope {
    pub targets: Vec<String>,
    index: NameIndex,
}

/// Where a project keeps its own list of targets in scope, one per line.
pub const SCOPE_KEY: &str = crate::store::meta::DRAFT_SCOPE_TARGETS;

const DEFAULT_TARGETS: &[&str] = &[
    "US",
    "U.S.",
    "American",
    "Americans",
    "coalition",
    "embassy",
    "diplomatic",
    "consulate",
    "convoy",
    "convoys",
    "base",
    "bases",
    "airbase",
    "camp",
    "contractor",
    "contractors",
    "logistics",
    "supply",
    "airport",
    "Green Zone",
    "outpost",
    "garrison",
    // At sea: a US Navy ship is named USS; the warships that escort shipping are the coalition's.
    "USS",
    "warship",
    "warships",
    "destroyer",
    "destroyers",
    "aircraft carrier",
    "الأمريكية",
    "الأميركية",
    "الأمريكي",
    "الأميركي",
    "الأمريكيين",
    "التحالف",
    "السفارة",
    "قاعدة",
    "رتل",
    "أرتال",
    "اللوجستي",
    "مطار",
    "معسكر",
    "مدمرة",
    "المدمرة",
    "بارجة",
    "حاملة الطائرات",
];

impl Scope {
    /// The default targets: attacks on US and coalition forces and diplomatic sites.
    pub fn default_targets() -> Vec<String> {
        DEFAULT_TARGETS.iter().map(|t| (*t).to_owned()).collect()
    }

    pub fn new(targets: Vec<String>) -> Self {
        let variants = targets
            .iter()
            .enumerate()
            .filter_map(|(i, t)| Variant::new(i, t))
            .collect();
        Self {
            targets,
            index: NameIndex::new(variants),
        }
    }

    /// The project's scope from its stored list, or the default.
    pub fn from_stored(stored: Option<&str>) -> Self {
        let targets: Vec<String> = stored
            .map(|text| {
                text.lines()
                    .map(str::trim)
                    .filter(|l| !l.is_empty())
                    .map(str::to_owned)
                    .collect()
            })
            .filter(|list: &Vec<String>| !list.is_empty())
            .unwrap_or_else(Self::default_targets);
        Self::new(targets)
    }

    /// Whether the words name something in scope to be attacked.
    pub fn names_target(&self, text: &str) -> bool {
        !self.index.find(text, &word_tokens(text)).is_empty()
    }
}

impl Default for Scope {
    fn default() -> Self {
        Self::new(Self::default_targets())
    }
}

fn has(words: &[String], list: &[&str]) -> bool {
    words.iter().any(|w| list.contains(&w.as_str()))
}

fn has_arabic(words: &[String], list: &'static [&'static str]) -> bool {
    words.iter().any(|w| arabic::is_one_of(w, list))
}

/// Whether an actor named so is the side attacked, not an attacker.
pub fn is_target_side(name: &str) -> bool {
    matches!(name, "United States" | "Iraqi protesters")
}

/// A strike by the US or its allies: the striking side just before what it did, not in a
/// passive ("a US base was struck") or as a target ("US forces were attacked").
fn strike_by_the_us(words: &[String]) -> bool {
    let passive = |at: usize| {
        words[at.saturating_sub(2)..at]
            .iter()
            .any(|w| en::scope::PASSIVE.contains(&w.as_str()))
    };
    // "in retaliation for the US strike": a strike the sentence refers to, not the one it reports.
    let referred_to = |at: usize| {
        words[at.saturating_sub(4)..at]
            .iter()
            .any(|w| en::scope::REFERRING_TO_A_STRIKE.contains(&w.as_str()))
    };
    for (i, word) in words.iter().enumerate() {
        if !en::scope::STRIKING_SIDE.contains(&word.as_str()) || referred_to(i) {
            continue;
        }
        for (k, next) in words.iter().enumerate().skip(i + 1).take(3) {
            if en::scope::THE_SIDES_OWN.contains(&next.as_str()) {
                break;
            }
            if en::scope::STRIKE_WORDS.contains(&next.as_str()) && !passive(k) {
                return true;
            }
        }
    }
    words.iter().enumerate().any(|(i, w)| {
        arabic::is_one_of(w, ar::scope::STRIKES)
            && words
                .get(i + 1..(i + 3).min(words.len()))
                .is_some_and(|next| has_arabic(next, ar::scope::STRIKING_SIDE))
    })
}

/// What the sentence `text` is.
pub fn classify(text: &str, vocabulary: &[VocabTerm], scope: &Scope) -> Kind {
    let words: Vec<String> = word_tokens(text)
        .iter()
        .filter_map(|t| t.word().map(str::to_owned))
        .collect();
    let weapon = !terms::weapon_mentions(text, vocabulary).is_empty();
    let attack =
        has(&words, en::scope::ATTACK_WORDS) || has_arabic(&words, ar::scope::ATTACK_WORDS);
    // A reference line or a link is a citation, a photo caption describes a picture, and an
    // exercise is not an attack.
    let aside = text.contains("http") || has(&words, en::scope::ASIDES);
    if !(weapon || attack) || aside {
        return Kind::Other;
    }
    if strike_by_the_us(&words) {
        return Kind::OutOfScope("a strike by the US or the coalition, not on them");
    }
    if let Some(why) = not_an_attack_that_happened(&words) {
        return Kind::OutOfScope(why);
    }
    let many = (has(&words, en::scope::MANY_ATTACKS)
        || has_arabic(&words, ar::scope::MANY_ATTACKS))
        && (has(&words, en::scope::MANY)
            || word_tokens(text)
                .iter()
                .any(|t| t.number().is_some_and(|n| n > 2 && n < 1900)));
    if many && !has_day(text) {
        return Kind::OutOfScope("a statement about many attacks, not one incident");
    }
    // A weapon with no target named is an event too: the sentences around it may name one.
    if weapon || scope.names_target(text) {
        Kind::Event
    } else {
        Kind::Other
    }
}

/// Hostages killed, an attack only intended or threatened, an investigation's finding: words of
/// violence that report no attack on forces that took place.
fn not_an_attack_that_happened(words: &[String]) -> Option<&'static str> {
    let any = |list: &[&str]| words.iter().any(|w| list.contains(&w.as_str()));
    let words_after = |i: usize, reach: usize| &words[i + 1..words.len().min(i + 1 + reach)];
    if any(en::scope::BEHEADED) || (any(en::scope::EXECUTED) && any(en::scope::HOSTAGES)) {
        return Some("the killing of hostages, not an attack on forces");
    }
    let intended = words.iter().enumerate().any(|(i, w)| {
        en::scope::INTENDING.contains(&w.as_str())
            && words.get(i + 1).is_some_and(|to| to == en::grammar::TO)
            && words[i + 2..words.len().min(i + 4)].iter().any(|w| {
                en::scope::ATTACK_WORDS.contains(&w.as_str())
                    || en::scope::INTENDED_DEEDS.contains(&w.as_str())
            })
    });
    if intended {
        return Some("an attack intended or threatened, not one that took place");
    }
    // Arms handed over ("a bundle of airdropped small arms, ammunition and other supplies"),
    // with nothing attacked.
    if !has(words, en::scope::ATTACK_WORDS) && any(en::scope::SUPPLIED) {
        return Some("arms supplied, not an attack");
    }
    // "an anti-ISIL drone strike": a strike on the group, the coalition's.
    let on_a_group = words.iter().enumerate().any(|(i, w)| {
        w == en::scope::AGAINST_A_GROUP
            && words_after(i, 4)
                .iter()
                .any(|w| en::scope::STRIKES.contains(&w.as_str()))
    });
    if on_a_group {
        return Some("a strike against a group, not on US forces");
    }
    let investigation = words
        .iter()
        .take(8)
        .any(|w| en::scope::INVESTIGATIONS.contains(&w.as_str()));
    if investigation && any(en::scope::FINDINGS) {
        return Some("an investigation's finding, not an attack");
    }
    None
}

/// Whether the text names a day ("on 3 May", "Tuesday", "2020-05-03").
fn has_day(text: &str) -> bool {
    crate::propose::propose_dates(text, Some(jiff::civil::date(2100, 1, 1)))
        .iter()
        .any(|d| d.precision == crate::model::DatePrecision::Day)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::default_codebook::default_terms;

    fn kind(text: &str) -> Kind {
        classify(text, &default_terms(), &Scope::default())
    }

    #[test]
    fn arms_supplied_and_strikes_against_a_group_are_not_attacks_on_us_forces() {
        assert_eq!(
            kind(
                "On 21 October, a video was released by ISIL showing what it claimed was a bundle of airdropped small arms, ammunition, and other supplies from the United States."
            ),
            Kind::OutOfScope("arms supplied, not an attack")
        );
        assert_eq!(
            kind("A civilian was killed in an anti-ISIL drone strike near the coalition base."),
            Kind::OutOfScope("a strike against a group, not on US forces")
        );
        assert_eq!(
            kind("British Reaper drones struck ISIL fighters near a coalition base."),
            Kind::OutOfScope("a strike by the US or the coalition, not on them")
        );
    }

    #[test]
    fn attacks_on_us_forces_are_events_and_strikes_by_them_are_not() {
        assert_eq!(
            kind("Three rockets struck a base hosting US troops."),
            Kind::Event
        );
        assert_eq!(
            kind("A roadside bomb hit a convoy near Diwaniyah."),
            Kind::Event
        );
        assert_eq!(kind("استهدفت طائرة مسيّرة قاعدة عين الأسد."), Kind::Event);
        assert!(matches!(
            kind("US airstrikes hit Kataib Hezbollah depots in response."),
            Kind::OutOfScope(_)
        ));
        assert!(matches!(
            kind("The US carried out retaliatory strikes on militia sites."),
            Kind::OutOfScope(_)
        ));
        assert_eq!(kind("A US base was struck by rockets."), Kind::Event);
    }

    #[test]
    fn hostages_killed_attacks_only_intended_and_investigations_are_no_attacks_on_forces() {
        for text in [
            "In response to airstrikes near the US base, ISIL beheaded two American hostages.",
            "The president announced his intention to bomb militia targets near the US base.",
            "A US military investigation concluded that the strike on the base killed 4 civilians.",
            "Operation Inherent Resolve F-15 jets bombed the cement factory base on 16 October.",
            "On December 29, the US bombs the headquarters of the militia near its base.",
        ] {
            assert!(matches!(kind(text), Kind::OutOfScope(_)), "{text}");
        }
        // Vowing more after an attack leaves the attack an event.
        assert_eq!(
            kind("Militants struck a US convoy on 3 May and vowed to continue their operations."),
            Kind::Event
        );
    }

    #[test]
    fn statements_about_many_attacks_are_not_incidents() {
        assert!(matches!(
            kind("There have been dozens of rocket attacks on US bases since spring."),
            Kind::OutOfScope(_)
        ));
        assert_eq!(
            kind("The embassy was hit by rockets on 3 May."),
            Kind::Event
        );
        assert_eq!(
            kind("The spokesman said the truce still held."),
            Kind::Other
        );
    }
}
