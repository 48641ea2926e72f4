//! Who is said to be behind an attack, read from the verbs alone, whether or not the group is
//! in the codebook: a group claims it ("took responsibility", "said it set off", Arabic's
//! "tabanna"), denies it ("rejected accusations", "nafa"), others attribute it ("officials
//! accuse", "blamed … on", "ittahama") or suspect it ("is thought to be behind", "yurajjah").
//! A cue that is negated ("no group has claimed", "has not been claimed") says nothing.
//! The cues are words of the lexicons: [`en::attribution`] and [`ar::attribution`].

use super::lexicon::{ar, en};
use super::tokens::Token;
#[cfg(test)]
use super::tokens::fold;
use crate::model::Attribution;

/// A cue found in a text: where it is (word positions) and what it states.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cue {
    pub first_word: usize,
    pub end_word: usize,
    /// The verb that states it: the cue's first word, except in "a'lanat [name]
    /// mas'uliyataha" (announced its responsibility), where the cue is "its responsibility"
    /// and the announcing verb stands before the name.
    pub verb_word: usize,
    pub attribution: Attribution,
    /// The words as the reason quotes them.
    pub said: String,
}

/// One cue: its words in order, where `*` stands for any one word and a trailing `-` on a
/// word matches any word it begins ("claim-" for claim, claims, claimed, claiming).
type Pattern = (&'static [&'static str], Attribution);

use Attribution::{Attributed, Claimed, Suspected};

/// Whether `word` is one of the negations of English or Arabic, as written.
fn is_negation(word: &str) -> bool {
    en::attribution::NEGATIONS.contains(&word) || ar::attribution::NEGATIONS.contains(&word)
}

/// Whether the three words before word `at` negate it: a negation ("not", لم), or Arabic's
/// "without that" (دون أن: "دون أن تتبنى أي جهة مسؤولية الهجوم", without any party claiming
/// the attack) — دون alone is no negation ("طائرة دون طيار" is a drone).
fn negated_before(words: &[&str], at: usize) -> bool {
    let before = &words[at.saturating_sub(3)..at];
    before.iter().any(|w| is_negation(w))
        || before.windows(2).any(|pair| {
            ar::attribution::WITHOUT.contains(&pair[0]) && pair[1] == ar::attribution::THAT
        })
}

pub(super) fn matches_word(pattern: &str, word: &str) -> bool {
    if pattern == "*" {
        return true;
    }
    // Arabic writes "and" onto the next word: "wa-tabannat" is "and (it) claimed".
    let without_and = word
        .strip_prefix(super::arabic::CONJUNCTIONS)
        .filter(|rest| rest.chars().count() >= 3);
    exact_or_prefix(pattern, word) || without_and.is_some_and(|rest| exact_or_prefix(pattern, rest))
}

fn exact_or_prefix(pattern: &str, word: &str) -> bool {
    match pattern.strip_suffix('-') {
        Some(stem) => word.starts_with(stem),
        None => word == pattern,
    }
}

/// The patterns `word` may begin, in list order: those whose first word starts with the word's
/// first letter or, in Arabic, with the letter after wa-/fa-. Most words begin none, and the rest
/// are compared with a handful of patterns instead of all of them.
fn patterns_starting(word: &str) -> impl Iterator<Item = &'static Pattern> {
    use rustc_hash::FxHashMap;
    use std::sync::OnceLock;
    static BY_FIRST_LETTER: OnceLock<FxHashMap<char, Vec<usize>>> = OnceLock::new();
    let by_letter = BY_FIRST_LETTER.get_or_init(|| {
        let mut by_letter: FxHashMap<char, Vec<usize>> = FxHashMap::default();
        for (index, (words, _)) in all_patterns().enumerate() {
            if let Some(letter) = words.first().and_then(|w| w.chars().next()) {
                by_letter.entry(letter).or_default().push(index);
            }
        }
        by_letter
    });
    let mut chars = word.chars();
    let first = chars.next();
    let after_and = first
        .filter(|c| super::arabic::CONJUNCTIONS.contains(c))
        .and(chars.next());
    let mut indices: Vec<usize> = [first, after_and]
        .into_iter()
        .flatten()
        .filter_map(|letter| by_letter.get(&letter))
        .flatten()
        .copied()
        .collect();
    indices.sort_unstable();
    indices.dedup();
    indices
        .into_iter()
        .filter_map(|index| all_patterns().nth(index))
}

fn all_patterns() -> impl Iterator<Item = &'static Pattern> {
    en::attribution::CUES.iter().chain(ar::attribution::CUES)
}

/// Every cue in `tokens` (words only), in text order; negated cues are left out.
/// The cue pattern whose words stand from word `first` on, if any.
fn pattern_at(words: &[&str], first: usize) -> Option<&'static Pattern> {
    // Most words start no cue: only the patterns whose first word could match are tried.
    patterns_starting(words[first]).find(|(pattern, _)| {
        first + pattern.len() <= words.len()
            && pattern
                .iter()
                .zip(&words[first..])
                .all(|(p, w)| matches_word(p, w))
    })
}

pub fn cues(tokens: &[Token]) -> Vec<Cue> {
    let words: Vec<&str> = tokens.iter().map(|t| t.word().unwrap_or("")).collect();
    let mut found: Vec<Cue> = Vec::new();
    let mut first = 0;
    while first < words.len() {
        let matched = pattern_at(&words, first);
        // "holds Kataib Hezbollah responsible", Arabic's "Washington held Kataib Hezbollah
        // responsibility for the attack": the holding verb stands before the names it holds
        // responsible.
        if matched.is_none()
            && let Some((verb, attribution)) = holding_verb(&words, first)
        {
            let negated = negated_before(&words, verb);
            if !negated && !found.iter().any(|c| c.verb_word == verb) {
                found.push(Cue {
                    first_word: verb,
                    end_word: verb + 1,
                    verb_word: verb,
                    attribution,
                    said: format!("{} … {}", words[verb], words[first]),
                });
            }
            first += 1;
            continue;
        }
        let Some((pattern, attribution)) = matched else {
            // "announced [the group's name] its responsibility": the announcing verb stands
            // before the name.
            let window = first.saturating_sub(8);
            let verb = exact_or_prefix(ar::attribution::ITS_RESPONSIBILITY, words[first])
                .then(|| {
                    words[window..first].iter().rposition(|w| {
                        ar::attribution::ANNOUNCING
                            .iter()
                            .any(|p| matches_word(p, w))
                    })
                })
                .flatten()
                .map(|at| window + at);
            // "wa-lam tu'lin ayy jiha mas'uliyataha": no group announced it.
            let announced = verb.filter(|&verb| !negated_before(&words, verb));
            if let Some(verb) = announced {
                found.push(Cue {
                    first_word: first,
                    end_word: first + 1,
                    verb_word: verb,
                    attribution: Claimed,
                    said: words[first].to_owned(),
                });
            }
            first += 1;
            continue;
        };
        let end = first + pattern.len();
        let negated = negated_before(&words, first);
        let question = *attribution == Suspected && asked(&words, first);
        // "a statement attributed to the group": whose words they are, not whose attack.
        let of_words = *attribution == Attributed
            && first > 0
            && matches!(
                words[first - 1],
                "statement" | "claim" | "message" | "post" | "video" | "recording"
            );
        if !negated && !question && !of_words {
            found.push(Cue {
                first_word: first,
                end_word: end,
                verb_word: first,
                attribution: *attribution,
                said: words[first..end].join(" "),
            });
        }
        first = end;
    }
    believed_agents(&mut found);
    found
}

/// "Investigators believe the rockets were fired by X": the agent of a passive that a belief
/// governs is suspected, not found; the belief stands a few words before it.
fn believed_agents(found: &mut [Cue]) {
    const REACH: usize = 8;
    for i in 1..found.len() {
        let belief = &found[i - 1];
        let agent = &found[i];
        if belief.attribution == Suspected
            && agent.attribution == Attributed
            && agent.said.ends_with(" by")
            && agent.first_word - belief.end_word <= REACH
        {
            found[i].attribution = Suspected;
        }
    }
}

/// A verb whose cue closes a few words after it, names between: the verb that holds someone
/// responsible ("holds X responsible", "hammala … mas'uliya"), believes them behind the attack
/// ("believe X was behind"), or with which a group speaks of its own deed ("ISIS said in a
/// statement it carried out"); its word and what it states.
fn holding_verb(words: &[&str], at: usize) -> Option<(usize, Attribution)> {
    const REACH: usize = 8;
    let before = |back: usize| at.checked_sub(back).map_or("", |k| words[k]);
    let mut candidates: Vec<(&[&str], Attribution)> = Vec::new();
    if words[at] == "responsible" {
        candidates.push((&["hold", "holds", "held", "holding"], Attributed));
    }
    // "officials believe X was behind the attack", "… believe X is responsible": a belief,
    // not a finding.
    if matches!(words[at], "behind" | "responsible")
        && matches!(before(1), "was" | "were" | "is" | "are" | "be" | "been")
    {
        candidates.push((
            &[
                "believe", "believes", "think", "thinks", "suspect", "suspects",
            ],
            Suspected,
        ));
    }
    // "hammalat … al-mas'uliya" (held … the responsibility), with the article or without.
    if ar::attribution::RESPONSIBILITY
        .iter()
        .any(|p| matches_word(p, words[at]))
    {
        candidates.push((ar::attribution::HOLDING_VERBS, Attributed));
    }
    if said_of_itself(words, at) {
        candidates.push((&["said", "says", "announced"], Claimed));
    }
    let window = at.saturating_sub(REACH);
    if asked(words, at) {
        return None;
    }
    let held = candidates.into_iter().find_map(|(verbs, attribution)| {
        // At least one word between: the verb next to it is the ordinary pattern.
        words[window..at.saturating_sub(1)]
            .iter()
            .rposition(|w| verbs.iter().any(|v| matches_word(v, w)))
            .map(|i| (window + i, attribution))
    });
    // "officials said Iran-backed militias were responsible": stated of them by others; but
    // "it is unclear who was responsible" names no one.
    let after = |ahead: usize| words.get(at + ahead).copied().unwrap_or("");
    let behind_the_deed = words[at] == "behind"
        && (matches!(after(1), "it" | "this" | "them" | "these")
            || (matches!(after(1), "the" | "that" | "those" | "both")
                && matches!(
                    after(2),
                    "attack"
                        | "attacks"
                        | "strike"
                        | "strikes"
                        | "bombing"
                        | "bombings"
                        | "blast"
                        | "assault"
                        | "barrage"
                )));
    let stated_of_others = (words[at] == "responsible" || behind_the_deed)
        && matches!(before(1), "was" | "were" | "is" | "are")
        && !matches!(before(2), "who" | "whoever" | "which" | "what");
    held.or_else(|| stated_of_others.then(|| (at - 1, Attributed)))
}

/// Whether the words before `at` ask who did it ("not said who they believe was
/// responsible"): a question, which names no one. "Fighters who are believed to be …" is a
/// relative clause about people named before it, not a question.
fn asked(words: &[&str], at: usize) -> bool {
    let start = at.saturating_sub(4);
    words[start..at].iter().enumerate().any(|(i, w)| {
        matches!(*w, "who" | "whoever")
            && !matches!(
                words.get(start + i + 1),
                Some(&("are" | "is" | "was" | "were" | "have" | "has" | "had"))
            )
    })
}

/// Whether the word at `at` is a deed a speaker states of itself: "it carried", "they
/// launched", "it was behind".
fn said_of_itself(words: &[&str], at: usize) -> bool {
    let before = |back: usize| at.checked_sub(back).map_or("", |k| words[k]);
    let by_itself = |subject: &str| matches!(subject, "it" | "they");
    // "it had launched", "its fighters launched", "their men have fired".
    let auxiliary = usize::from(matches!(before(1), "had" | "has" | "have"));
    let own_people = matches!(before(auxiliary + 2), "its" | "their" | "our");
    match words[at] {
        "carried" | "set" | "launched" | "fired" | "targeted" | "attacked" | "conducted" => {
            by_itself(before(auxiliary + 1)) || own_people
        }
        "behind" | "responsible" => matches!(before(1), "was" | "were") && by_itself(before(2)),
        _ => false,
    }
}

/// What the words of `text` state about responsibility: the first cue's attribution and its
/// words; `None` when no (un-negated) cue is there.
/// Whether `text` states a cue negated ("No one claimed responsibility", "لم تتبن أي جهة"):
/// it says that no one is known to be behind the attack, which the sentence around it does
/// not overrule.
pub fn negated_cue_in(text: &str) -> bool {
    let tokens = super::names::word_tokens(text);
    let words: Vec<&str> = tokens.iter().map(|t| t.word().unwrap_or("")).collect();
    (0..words.len())
        .any(|first| negated_before(&words, first) && pattern_at(&words, first).is_some())
}

pub fn stated_attribution(text: &str) -> Option<(Attribution, String)> {
    let tokens = super::names::word_tokens(text);
    cues(&tokens)
        .into_iter()
        .next()
        .map(|cue| (cue.attribution, cue.said))
}

/// Whether `word` (folded) is a cue's first word; for tests of the lists.
#[cfg(test)]
fn starts_a_cue(word: &str) -> bool {
    let word = fold(word);
    all_patterns().any(|(p, _)| matches_word(p[0], &word))
}

#[cfg(test)]
mod tests {
    use super::*;
    use Attribution::Denied;

    fn said(text: &str) -> Option<Attribution> {
        stated_attribution(text).map(|(a, _)| a)
    }

    #[test]
    fn verbs_state_an_attribution_without_any_name() {
        for (text, expected) in [
            ("the group claimed the attack", Claimed),
            ("a faction took responsibility for both attacks", Claimed),
            ("the Islamic State said it set off the bomb", Claimed),
            ("Kataib Hezbollah said it was not involved", Denied),
            (
                "the rockets were launched by an Iran-backed militia",
                Attributed,
            ),
            ("officials accused Iran-backed groups", Attributed),
            ("Washington blamed the militias", Attributed),
            (
                "militias, which the US claims are behind a spike in attacks",
                Attributed,
            ),
            ("a militia is thought to be behind it", Suspected),
            (
                "US officials believe Iran-backed groups were behind the attack",
                Suspected,
            ),
            ("officials think the group is behind it", Suspected),
            ("the militia rejected accusations", Denied),
            ("تبنّت جماعة مجهولة الهجوم", Claimed),
            ("وأعلنت الجماعة مسؤوليتها", Claimed),
            ("ونفت الكتائب أي علاقة", Denied),
            ("اتهمت واشنطن الفصائل", Attributed),
            ("ونسبت مصادر الهجوم إلى فصائل مسلحة", Attributed),
            ("وجهت أصابع الاتهام إلى الفصائل", Attributed),
            (
                "ISIS said in a statement on Telegram it was behind the blast",
                Claimed,
            ),
            (
                "the group said late on Tuesday that it fired the rockets",
                Claimed,
            ),
            ("the attack bore the hallmarks of the militias", Suspected),
            ("الهجوم يحمل بصمات الفصائل", Suspected),
            ("قالت الكتائب إنها غير مسؤولة عن الهجوم", Denied),
            ("وسط اتهامات لفصائل موالية لإيران", Attributed),
            (
                "officials said Iran-backed militias were responsible",
                Attributed,
            ),
            (
                "the group said in a statement that it was responsible",
                Claimed,
            ),
            (
                "Investigators believe the rockets were fired by the militia",
                Suspected,
            ),
            (
                "fighters who are believed to belong to the militia",
                Suspected,
            ),
            ("Suspicion fell on Iran-backed militias", Suspected),
            (
                "وحملت السفارة الأمريكية الفصائل المسلحة المسؤولية",
                Attributed,
            ),
            ("وقالت الجماعة في بيان إنها نفذت الهجوم", Claimed),
            (
                "A statement attributed to the group said it was behind the attack",
                Claimed,
            ),
        ] {
            assert_eq!(said(text), Some(expected), "{text}");
        }
    }

    #[test]
    fn a_belief_that_someone_is_responsible_is_only_a_suspicion() {
        for text in [
            "US officials believe Kataib Hezbollah is responsible",
            "investigators suspect the militia was responsible",
        ] {
            let tokens = crate::propose::names::word_tokens(text);
            let found = cues(&tokens);
            assert!(!found.is_empty(), "{text}");
            assert!(found.iter().all(|c| c.attribution == Suspected), "{text}");
        }
        assert_eq!(
            said("officials said Iran-backed militias were responsible"),
            Some(Attributed)
        );
        assert_eq!(
            said("US officials said they had no doubt the militia was behind it"),
            Some(Attributed)
        );
        assert_eq!(said("the car was behind the convoy"), None, "a place");
        // "it appears (to be) a response from the Houthis".
        assert_eq!(
            said("إن الهجوم بالصواريخ يبدو ردا من الحوثيين"),
            Some(Suspected)
        );
    }

    #[test]
    fn a_group_speaking_of_its_own_fighters_claims_the_deed() {
        for text in [
            "The Islamic Resistance in Iraq said its fighters had launched the drones",
            "the faction said it had fired the rockets",
        ] {
            assert_eq!(said(text), Some(Claimed), "{text}");
        }
    }

    #[test]
    fn a_negated_cue_states_nothing() {
        for text in [
            "no group has claimed responsibility",
            "the attack has not been claimed",
            "nobody claimed it",
            "لم تتبنى أي جهة الهجوم",
            "ولم تعلن أي جهة مسؤوليتها عن الهجوم",
            "rockets fell on the base",
            "it is unclear who was responsible",
            "officials have not said who they believe was responsible",
            "it is not known who they think was behind it",
            "the group praised the attack but stopped short of claiming it",
            "officials refrained from blaming any group",
        ] {
            assert_eq!(said(text), None, "{text}");
        }
    }

    #[test]
    fn arabic_cues_match_with_vowel_marks_and_a_conjunction() {
        assert!(starts_a_cue("تَبَنَّت"));
        assert!(starts_a_cue("وتبنت"));
        assert!(!starts_a_cue("نفط"), "oil is not a denial");
    }
}
