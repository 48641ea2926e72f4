//! Actors named in a span, from the project's actor list and aliases, with the attribution the
//! words around them state: claimed, denied, suspected or attributed.

use super::lexicon::{ar, en};
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
    /// Named only in an aside about another ("a front for …") or as the accuser: what the span
    /// states about the attack itself is not this name's.
    pub aside: bool,
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
    words: &[super::tokens::Token],
) -> Option<(Attribution, String)> {
    const REACH: usize = 12;
    if let Some(said) = deed_reported_by_others(mention, words) {
        return Some((Attribution::Attributed, said));
    }
    let belongs_here = |cue: &Cue| {
        let distance = cue_distance(mention, cue);
        all.iter()
            .all(|other| other == mention || cue_distance(other, cue) >= distance)
    };
    let after = cues
        .iter()
        .filter(|c| c.first_word >= mention.end_word && c.first_word - mention.end_word <= REACH)
        .filter(|c| belongs_here(c))
        // Others' view (blamed, accused) after a name is about someone else, unless the verb
        // is passive ("X was blamed", "X, accused of …") or the name is its object ("X, which
        // Washington blames").
        .find(|c| {
            c.attribution != Attribution::Attributed
                || passive(c, words)
                || object_of_a_relative_clause(mention, c, words)
        });
    if let Some(cue) = after {
        return Some((cue.attribution, cue.said.clone()));
    }
    cues.iter()
        .filter(|c| c.end_word <= mention.first_word && mention.first_word - c.end_word <= REACH)
        .filter(|c| belongs_here(c))
        .max_by_key(|c| c.end_word)
        .map(|c| (c.attribution, c.said.clone()))
        .or_else(|| spokesman_of(mention, words).map(|said| (Attribution::Claimed, said)))
}

/// The group speaking through its spokesman, whose words tell what it did: "المتحدث العسكري
/// باسم الحوثيين" (the Houthis' military spokesman), "Houthi spokesman Yahya Saree said".
fn spokesman_of(mention: &names::NameMatch, words: &[super::tokens::Token]) -> Option<String> {
    let word = |k: usize| words.get(k).and_then(|t| t.word());
    // "باسم جماعة أنصار الله": the word "group" may stand between.
    let group_word = mention
        .first_word
        .checked_sub(1)
        .and_then(word)
        .is_some_and(|w| super::arabic::is_one_of(w, ar::actors::GROUP_WORDS));
    let name_start = mention.first_word - usize::from(group_word);
    let in_the_name_of = name_start
        .checked_sub(1)
        .and_then(word)
        .filter(|w| *w == ar::actors::IN_THE_NAME_OF);
    if let Some(of) = in_the_name_of {
        let spokesman = (2..=3)
            .filter_map(|back| name_start.checked_sub(back))
            .filter_map(word)
            .find(|w| super::arabic::is_one_of(w, ar::actors::SPOKESMAN))?;
        return Some(format!("{spokesman} {of}"));
    }
    // "Houthi spokesman", "Houthi military spokesman".
    let after = if word(mention.end_word).is_some_and(|w| en::actors::SPOKESMAN_KINDS.contains(&w))
    {
        mention.end_word + 1
    } else {
        mention.end_word
    };
    word(after)
        .filter(|w| en::actors::SPOKESMAN.contains(w))
        .map(str::to_owned)
}

/// "The Pentagon said Kataib Hezbollah had fired the rockets": a deed others report of the
/// named actor is attributed to it, whatever it answers later ("a charge the group denied").
fn deed_reported_by_others(
    mention: &names::NameMatch,
    words: &[super::tokens::Token],
) -> Option<String> {
    let word = |k: usize| words.get(k).and_then(|t| t.word());
    let mut k = mention.end_word;
    if word(k).is_some_and(|w| en::actors::PERFECT.contains(&w)) {
        k += 1;
    }
    let deed = word(k).filter(|w| en::actors::DEEDS.contains(w))?;
    let reporter = words[mention.first_word.saturating_sub(6)..mention.first_word]
        .iter()
        .filter_map(|t| t.word())
        .find(|w| en::actors::REPORTING.contains(w))?;
    Some(format!("{reporter} … {deed}"))
}

/// Whether a cue's verb is passive: an auxiliary before it, or "of"/"by" after it ("accused
/// of the attack", "blamed by Washington").
fn passive(cue: &Cue, words: &[super::tokens::Token]) -> bool {
    let word = |k: usize| words.get(k).and_then(|w| w.word());
    cue.verb_word
        .checked_sub(1)
        .and_then(word)
        .is_some_and(|w| en::grammar::PASSIVE.contains(&w))
        || word(cue.verb_word + 1).is_some_and(|w| en::actors::AFTER_A_PASSIVE.contains(&w))
}

/// Whether the cue's verb stands in a relative clause with its own subject after the name, so
/// that the name is what the verb acts on: "X, which Washington blames", "X, whom officials
/// accused" (but "X, which denies any role" has the name as its subject).
fn object_of_a_relative_clause(
    mention: &names::NameMatch,
    cue: &Cue,
    words: &[super::tokens::Token],
) -> bool {
    let between: Vec<&str> = words
        .get(mention.end_word..cue.verb_word)
        .unwrap_or_default()
        .iter()
        .filter_map(|t| t.word())
        .collect();
    between
        .first()
        .is_some_and(|w| en::actors::RELATIVE_PRONOUNS.contains(w))
        && between.len() >= 2
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
    index: std::sync::Arc<NameIndex>,
}

impl<'a> ActorMatcher<'a> {
    pub fn new(actors: &'a [Actor]) -> Self {
        Self::with_index(actors, Self::index_of(actors))
    }

    /// The names of `actors` indexed, for matchers of the same list built again and again (a
    /// drafting run's articles) without indexing them again.
    pub fn index_of(actors: &[Actor]) -> std::sync::Arc<NameIndex> {
        let variants: Vec<Variant> = actors
            .iter()
            .enumerate()
            .flat_map(|(i, actor)| {
                std::iter::once(actor.name.as_str())
                    .chain(actor.aliases.iter().map(String::as_str))
                    .filter_map(move |text| Variant::new(i, text))
            })
            .collect();
        std::sync::Arc::new(NameIndex::new(variants))
    }

    /// A matcher of `actors` by their names already indexed ([`Self::index_of`] the same list).
    pub fn with_index(actors: &'a [Actor], index: std::sync::Arc<NameIndex>) -> Self {
        Self { actors, index }
    }

    /// Where the words name an actor of this matcher's list (code points of the span).
    pub fn named_in(&self, words: &names::SpanWords<'_>) -> Vec<std::ops::Range<usize>> {
        self.index
            .find_in(words)
            .into_iter()
            .map(|m| m.start..m.end)
            .collect()
    }

    /// Every listed actor the span names, in text order, each with the attribution around it.
    pub fn propose(&self, span: &str) -> Vec<ActorProposal> {
        self.propose_in(&names::SpanWords::new(span))
    }

    /// [`Self::propose`] in words already read (the same span searched for other kinds too).
    pub fn propose_in(&self, words: &names::SpanWords<'_>) -> Vec<ActorProposal> {
        propose_with(words, self.actors, &self.index)
    }

    /// What the span states about responsibility outside its asides ("The group, believed to
    /// be a front for X, claimed the attack" claims it): the first such cue and its words.
    pub fn stated_outside_asides(&self, span: &str) -> Option<(Attribution, String)> {
        let words = names::SpanWords::new(span);
        let mentions = self.index.find_in(&words);
        let asides = appositives(span, &words.tokens, &mentions);
        cues(&words.tokens)
            .into_iter()
            .find(|c| !asides.iter().any(|r| r.contains(&c.first_word)))
            .map(|c| (c.attribution, c.said))
    }
}

/// Every listed actor the span names, in text order, each with the attribution around it.
/// The matcher of the world list of armed actors that ships with Spanline, built once.
pub fn listed_matcher() -> &'static ActorMatcher<'static> {
    static MATCHER: std::sync::OnceLock<ActorMatcher<'static>> = std::sync::OnceLock::new();
    MATCHER.get_or_init(|| ActorMatcher::new(crate::model::actor_list::actors()))
}

/// Whether the span states the group `mention` names as the doer of the deed, without a claim or
/// a blame: a verb of the deed in the few words after the name ("Al Shabaab militants on
/// Sunday staged an attack", « des militants Houthis soutenus par l'Iran ont tiré », "أن
/// الحوثيين أطلقوا"), an Arabic verb of the deed just before it, as Arabic puts the verb
/// first ("شنت جماعة الحوثي", "شن مسلحون تابعون لحركة الشباب"), or "by" just before it after
/// a verb or noun of the deed ("missiles fired … by Yemen's Houthi rebels", "an attack by
/// al-Shabaab"), not after a word of backing ("supported by the IRGC").
pub fn named_as_the_doer(span: &str, mention: &ActorProposal) -> bool {
    use super::lexicon::en::attribution::{BACKED_BY, DEEDS_DONE_BY, DOING_THE_ATTACK, DONE_BY};
    /// Words after the name a verb of the deed may stand at: the fighters, a day, a backer
    /// ("militants on Sunday staged", « soutenus par l'Iran ont tiré ») come between.
    const REACH: usize = 5;
    let tokens = names::word_tokens(span);
    let words: Vec<&str> = tokens.iter().filter_map(|t| t.word()).collect();
    let Some(first) = tokens.iter().position(|t| t.start >= mention.span_start) else {
        return false;
    };
    let last = tokens
        .iter()
        .rposition(|t| t.end <= mention.span_end)
        .unwrap_or(first);
    let doing = |w: &&str| {
        DOING_THE_ATTACK.contains(w) || super::arabic::is_one_of(w, ar::actors::DOING_THE_ATTACK)
    };
    // "The Taliban killed at least 10 people" did it; "Taliban fighters were killed" had it
    // done to them.
    let done_by_it = (last + 1..(last + 1 + REACH).min(words.len())).any(|k| {
        let passive = k > 0 && en::grammar::PASSIVE.contains(&words[k - 1]);
        !passive && (doing(&words[k]) || en::attribution::HARMING.contains(&words[k]))
    });
    if done_by_it {
        return true;
    }
    // "Taliban attack U.S. Embassy", "in the Houthi missile attack": the group's attack.
    let after = |k: usize| words.get(last + 1 + k).copied();
    let munition = |w: &&str| en::MUNITION_NOUNS.contains(&w.strip_suffix('s').unwrap_or(w));
    let its_attack = after(0).is_some_and(|w| en::attribution::ATTACK_OF_A_GROUP.contains(&w))
        || (after(0).as_ref().is_some_and(munition)
            && after(1).is_some_and(|w| en::attribution::ATTACK_OF_A_GROUP.contains(&w)));
    if its_attack {
        return true;
    }
    if arabic_verb_of_the_deed_before(&words[..first]) || arabic_deed_by(&words[..first]) {
        return true;
    }
    // "by" just before the name, or before the words that say what the group is ("an attack by
    // the jihadi group al-Shabab"), but never across a word that opens another phrase.
    let reach = first.saturating_sub(5);
    let Some(by) = words[reach..first].iter().rposition(|w| *w == DONE_BY) else {
        return false;
    };
    let by = reach + by;
    if words[by + 1..first]
        .iter()
        .any(|w| en::attribution::OPENING_ANOTHER_PHRASE.contains(w))
    {
        return false;
    }
    let backed = by
        .checked_sub(1)
        .is_some_and(|k| BACKED_BY.contains(&words[k]));
    // "hit by a Houthi anti-ship missile": the group's munition did it.
    let its_munition = words.iter().skip(last + 1).take(3).any(munition);
    !backed
        && (its_munition
            || words[..by]
                .iter()
                .any(|w| doing(w) || DEEDS_DONE_BY.contains(w)))
}

/// `doer` with the attribution of whoever tells its deed ([`told_by`]), when the span names it
/// as the doer and states none: the proposal as the perpetrator's field offers it.
pub fn with_its_teller(
    mut doer: ActorProposal,
    span: &str,
    around: &str,
    matcher: &ActorMatcher<'_>,
) -> ActorProposal {
    if doer.attribution.is_none()
        && named_as_the_doer(span, &doer)
        && let Some((attribution, said)) = told_by(span, around, &doer, matcher)
    {
        doer.attribution = Some(attribution);
        doer.reason = format!("{}, {attribution} (“{said}” …)", doer.reason);
    }
    doer
}

/// Who tells the deed the span names `doer` as the doer of: the saying verb before `span` in
/// its sentence of `around`. Others telling it ("The US military said earlier that … a Houthi
/// anti-ship missile", "نقلت وسائل إعلام … عن مسؤولين أن الصواريخ أطلقها مقاتلو جماعة الحوثي")
/// attribute it to the group; the group telling it, named before the verb ("قال المتحدث
/// العسكري باسم الحوثيين … إن الحوثيين أطلقوا"), claims it.
pub fn told_by(
    span: &str,
    around: &str,
    doer: &ActorProposal,
    matcher: &ActorMatcher<'_>,
) -> Option<(Attribution, String)> {
    // The words before the name: the sentence's before the span, and the span's own.
    let in_span: String = span.chars().take(doer.span_start).collect();
    let sentence = super::sentence_around(around, span).unwrap_or(span);
    let before = format!(
        "{} {in_span}",
        &sentence[..sentence.find(span).unwrap_or(0)]
    );
    let before = before.as_str();
    let tokens = names::word_tokens(before);
    let said = tokens.iter().filter_map(|t| t.word()).find(|w| {
        en::dates::SAYING.contains(w)
            || en::actors::REPORTING.contains(w)
            || super::arabic::is_one_of(w, ar::dates::SAYING)
            || super::arabic::is_one_of(w, ar::actors::REPORTING)
    })?;
    // The group by name, or as "the group", "these factions" (وقالت هذه الفصائل في بيان لها).
    let itself = matcher
        .propose(before)
        .iter()
        .any(|a| a.actor_id == doer.actor_id)
        || tokens.iter().filter_map(|t| t.word()).any(|w| {
            let singular = w.strip_suffix('s').unwrap_or(w);
            en::actors::GROUP_NOUNS.contains(&singular)
                || super::arabic::is_one_of(w, ar::actors::GROUPS_SPEAKING)
        });
    let attribution = if itself {
        Attribution::Claimed
    } else {
        Attribution::Attributed
    };
    Some((attribution, said.to_owned()))
}

/// Whether the words just before a name say it did the deed named before them in Arabic's
/// passive: "تعرضت لهجوم من قبل تنظيم القاعدة" (came under an attack by al-Qaeda), a word
/// for a group allowed between.
fn arabic_deed_by(before: &[&str]) -> bool {
    let mut k = before.len();
    if k > 0 && super::arabic::is_one_of(before[k - 1], ar::actors::GROUP_NOUN_BEFORE_A_NAME) {
        k -= 1;
    }
    let is = |k: usize, words: &'static [&'static str]| super::arabic::is_one_of(before[k], words);
    k >= 3
        && is(k - 2, ar::actors::BY_FROM)
        && is(k - 1, ar::actors::BY_SIDE)
        && is(k - 3, ar::actors::DEEDS_DONE_BY)
}

/// Whether the words just before a name end in an Arabic verb of the deed, the fighters of the
/// group ("مسلحون تابعون ل…") allowed between: the verb first, its doer after it.
fn arabic_verb_of_the_deed_before(before: &[&str]) -> bool {
    let mut k = before.len();
    while k > 0 && super::arabic::is_one_of(before[k - 1], ar::actors::FIGHTERS_OF) {
        k -= 1;
    }
    k.checked_sub(1)
        .is_some_and(|k| super::arabic::is_one_of(before[k], ar::actors::DOING_FIRST))
}

pub fn propose_actors(span: &str, actors: &[Actor]) -> Vec<ActorProposal> {
    ActorMatcher::new(actors).propose(span)
}

fn propose_with(
    words: &names::SpanWords<'_>,
    actors: &[Actor],
    index: &NameIndex,
) -> Vec<ActorProposal> {
    let (span, tokens) = (words.span, &words.tokens);
    let mentions = index.find_in(words);
    if mentions.is_empty() {
        return Vec::new(); // spares reading the cues of every paragraph naming no one
    }
    let asides = appositives(span, tokens, &mentions);
    let aside = |first: usize| asides.iter().any(|r| r.contains(&first));
    // A cue in an aside describes the name it follows ("a group believed to be a front for
    // …"), not who carried out the attack.
    let every_cue = cues(tokens);
    let cues: Vec<Cue> = every_cue
        .iter()
        .filter(|c| !aside(c.first_word))
        .cloned()
        .collect();
    // "The group, believed to be a front for Kataib Hezbollah, claimed …": a name the aside
    // believes in is suspected.
    let believed_in_aside = |mention: &names::NameMatch| {
        let range = asides.iter().find(|r| r.contains(&mention.first_word))?;
        every_cue
            .iter()
            .filter(|c| c.attribution == Attribution::Suspected)
            .find(|c| range.contains(&c.first_word) && c.end_word <= mention.first_word)
            .map(|c| (c.attribution, c.said.clone()))
    };
    let accusers: Vec<bool> = mentions
        .iter()
        .map(|m| is_accuser(m, &mentions, &cues, tokens))
        .collect();
    // Names that compete for the cues: not the accusers, not those inside an aside.
    let contenders: Vec<names::NameMatch> = mentions
        .iter()
        .zip(&accusers)
        .filter(|(m, accuser)| !**accuser && !aside(m.first_word))
        .map(|(m, _)| m.clone())
        .collect();
    let mut proposals: Vec<(bool, ActorProposal)> = Vec::new();
    for (mention, accuser) in mentions.iter().zip(&accusers) {
        let actor = &actors[mention.owner];
        if proposals.iter().any(|(_, p)| p.actor_id == actor.actor_id) {
            continue;
        }
        let aside_only = *accuser || aside(mention.first_word);
        let attribution = if aside_only {
            (!*accuser).then(|| believed_in_aside(mention)).flatten()
        } else {
            attribution_for(mention, &contenders, &cues, tokens)
        };
        // "channels affiliated with the PMU claimed", "a leader in the PMF": what someone else
        // belongs to, whatever that one did.
        if !*accuser && belonged_to(mention, tokens) {
            continue;
        }
        // "Rockets targeted US forces", "strikes on Kataib Hezbollah": the attacked, not the
        // attacker, unless the words say it did something.
        if attribution.is_none()
            && !*accuser
            && (attacked(mention, tokens) || reacts(mention, tokens))
        {
            continue;
        }
        let alias = if mention.matched == actor.name {
            String::new()
        } else {
            format!("“{}” → ", mention.matched)
        };
        let reason = match &attribution {
            Some((attribution, said)) => format!("{alias}{}, {attribution} (“{said}”)", actor.name),
            None if *accuser => {
                format!("{alias}{}, who attributes the attack to others", actor.name)
            }
            None => format!("{alias}{}", actor.name),
        };
        proposals.push((
            aside_only,
            ActorProposal {
                actor_id: actor.actor_id,
                name: actor.name.clone(),
                attribution: attribution.map(|(a, _)| a),
                reason,
                span_start: mention.start,
                span_end: mention.end,
                aside: aside_only,
            },
        ));
    }
    // The accused and the claimants first; accusers and names in an aside after them.
    proposals.sort_by_key(|(demoted, _)| *demoted);
    proposals.into_iter().map(|(_, p)| p).collect()
}

/// Whether a name is the subject of a reaction to the attack, which says nothing of who did
/// it: "Kataib Hezbollah praised the attack", "the PMF condemned", Arabic's verbs of reaction
/// ([`ar::actors::REACTIONS`]).
fn reacts(mention: &names::NameMatch, words: &[super::tokens::Token]) -> bool {
    // Arabic puts the verb first: "condemned the Badr Organisation the attack".
    let arabic_verb_before = mention.first_word.checked_sub(1).is_some_and(|k| {
        words[k]
            .word()
            .is_some_and(|w| super::arabic::is_one_of(w, ar::actors::REACTIONS))
    });
    arabic_verb_before
        || words
            .iter()
            .skip(mention.end_word)
            .take(3)
            .filter_map(|t| t.word())
            .any(|w| {
                en::actors::REACTIONS.contains(&w)
                    || super::arabic::is_one_of(w, ar::actors::REACTIONS)
            })
}

/// Whether a name is what someone else belongs to or follows, not who did it: "Telegram
/// channels affiliated with Iran-backed elements of the PMU", "gunmen believed inspired by
/// al-Qaida" (a few words before), Arabic's "القيادي في الحشد" (a leader in), "تحت سيطرة"
/// (under the control of) just before.
fn belonged_to(mention: &names::NameMatch, words: &[super::tokens::Token]) -> bool {
    let before = |reach: usize| {
        words[mention.first_word.saturating_sub(reach)..mention.first_word]
            .iter()
            .filter_map(|t| t.word())
    };
    before(6).any(|w| en::actors::BELONGING.contains(&w))
        || before(2).any(|w| super::arabic::is_one_of(w, ar::actors::BELONGING))
}

/// Whether the word before a name (past an article or a number) makes it what was attacked:
/// "on", "against", "targeted", "struck", "a base housing", Arabic's "didd" (against),
/// "istahdafa" (targeted).
fn attacked(mention: &names::NameMatch, words: &[super::tokens::Token]) -> bool {
    let mut k = mention.first_word;
    while k > 0 {
        k -= 1;
        let Some(word) = words[k].word() else {
            return false;
        };
        // "aimed at the Iranian IRGC": a people's adjective before the name is passed over.
        let nationality =
            super::counts::nationality_ending(word, en::actors::PEOPLES_ADJECTIVE_ENDINGS);
        if en::actors::BEFORE_A_TARGET.contains(&word)
            || nationality
            || words[k].number().is_some()
            || super::arabic::is_one_of(word, ar::actors::GROUP_NOUN_BEFORE_A_NAME)
        {
            continue;
        }
        return en::actors::AGAINST.contains(&word)
            || super::arabic::is_one_of(word, ar::actors::AGAINST)
            || ar::actors::TARGETING
                .iter()
                .any(|pattern| super::attribution::matches_word(pattern, word));
    }
    false
}

/// Whether `mention` is who attributes the attack, not who is said to have done it: the
/// subject of an attributing verb ("Washington blamed …", "Washington holds X responsible",
/// but not the passive "X was blamed"), or, in Arabic's verb-first order, the name right after
/// that verb with another name after it ("ittahamat Washington Asa'ib Ahl al-Haq", Washington
/// accused AAH).
fn is_accuser(
    mention: &names::NameMatch,
    all: &[names::NameMatch],
    cues: &[Cue],
    words: &[super::tokens::Token],
) -> bool {
    let subject = cues.iter().any(|c| {
        let between = words.get(mention.end_word..c.verb_word).unwrap_or_default();
        c.attribution == Attribution::Attributed
            && c.verb_word >= mention.end_word
            && between.len() <= 2
            && !passive(c, words)
            && !object_of_a_relative_clause(mention, c, words)
            && !between
                .iter()
                .any(|w| w.word().is_some_and(|w| en::grammar::PASSIVE.contains(&w)))
    });
    let attributing = || {
        cues.iter()
            .filter(|c| c.attribution == Attribution::Attributed)
    };
    // Only Arabic puts the subject after the verb: "officials accused KH and AAH" accuses both.
    let verb_first = super::arabic::is_arabic(&mention.matched)
        && attributing().any(|c| c.end_word == mention.first_word)
        && all.iter().any(|other| {
            other.first_word >= mention.end_word && other.first_word - mention.end_word <= 3
        });
    // "the SDF said Islamic State militants attacked": the speaker reports what another did.
    let speaks_of_another = words
        .get(mention.end_word)
        .and_then(|t| t.word())
        .is_some_and(|w| en::actors::SPEAKING.contains(&w))
        && all.iter().any(|other| other.first_word > mention.end_word);
    subject || verb_first || speaks_of_another
}

/// Word ranges set off by commas right after a name, describing it ("Saraya Awliya al-Dam, a
/// group believed to be a front for Kataib Hezbollah, claimed …").
fn appositives(
    span: &str,
    words: &[super::tokens::Token],
    mentions: &[names::NameMatch],
) -> Vec<std::ops::Range<usize>> {
    let unnamed_groups = words
        .iter()
        .filter(|w| {
            w.word()
                .is_some_and(|w| en::actors::GROUP_NOUNS.contains(&w))
        })
        .map(|w| w.end);
    let commas: Vec<usize> = span
        .chars()
        .enumerate()
        .filter(|(_, c)| matches!(*c, ',' | super::arabic::COMMA))
        .map(|(i, _)| i)
        .collect();
    let word_after = |at: usize| words.iter().position(|w| w.start > at);
    let mut found = Vec::new();
    for end in mentions.iter().map(|m| m.end).chain(unnamed_groups) {
        let Some(&open) = commas.iter().find(|&&c| {
            c >= end
                && span
                    .chars()
                    .skip(end)
                    .take(c - end)
                    .all(char::is_whitespace)
        }) else {
            continue;
        };
        let Some(first) = word_after(open) else {
            continue;
        };
        if !words[first]
            .word()
            .is_some_and(|w| en::actors::APPOSITIVE_OPENERS.contains(&w))
        {
            continue;
        }
        // Closed by the next comma, with the sentence going on after it.
        let Some(&close) = commas.iter().find(|&&c| c > open) else {
            continue;
        };
        let Some(after) = word_after(close) else {
            continue;
        };
        if after - first <= 15 {
            found.push(first..after);
        }
    }
    found
}

#[cfg(test)]
mod tests;
