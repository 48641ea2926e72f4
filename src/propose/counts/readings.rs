//! Counts read from a whole span rather than one mention: bare plurals, tolls, revised
//! numbers and statements that none were hurt.

#[allow(unused_imports)]
use super::*;
use crate::propose::lexicon::en;
use crate::propose::tokens::fold;

/// "Rockets struck the base", "saqatat sawarikh" (rockets fell): munitions in the plural with no number anywhere
/// in the span are more than one, how many unknown.
pub(super) fn bare_plural(
    tokens: &[Token],
    all: &[Mention],
    field: Field,
) -> Option<CountProposal> {
    if field != Field::Munitions || !all.is_empty() {
        return None;
    }
    let plural = |k: usize| {
        let word = tokens[k].word()?;
        let english = !arabic::is_arabic(word)
            && word.ends_with('s')
            && noun_kind(word) == Some(NounKind::Munition)
            && !tokens
                .get(k + 1)
                .and_then(Token::word)
                .is_some_and(is_compound_head);
        let arabic = arabic::is_one_of(word, ar::counts::MUNITIONS_PLURAL);
        (english || arabic).then_some(word)
    };
    let (at, word) = (0..tokens.len()).find_map(|k| plural(k).map(|w| (k, w)))?;
    Some(CountProposal {
        value: CountValue::Unknown,
        reason: format!("{word}: more than one, no number → munitions unknown"),
        span_start: tokens[at].start,
        span_end: tokens[at].end,
    })
}

/// "injures US personnel", "Americans were wounded" (« des Américains ont été blessés »):
/// people in the plural, no number anywhere in the span, harmed by a verb of the field just
/// before them or in the passive just after: some were, how many unknown. A plural before an
/// active verb did the harm ("troops killed …") and is not counted.
pub(super) fn people_without_number(
    tokens: &[Token],
    all: &[Mention],
    field: Field,
) -> Option<CountProposal> {
    if !matches!(field, Field::Killed | Field::Wounded) || !all.is_empty() {
        return None;
    }
    let words = words_at(tokens);
    let people_in_the_plural = |word: &str| {
        !arabic::is_arabic(word)
            && (word.ends_with('s') || en::counts::PEOPLE_WITHOUT_S.contains(&word))
            && noun_kind(word) == Some(NounKind::Person)
    };
    let harmed = |w: &str| verb_field(w) == Some(field);
    // "The U.S. ambassador was killed": one person, named with "the" a word or two before.
    let one_named_with_the = |n: usize, word: &str| {
        !arabic::is_arabic(word)
            && !word.ends_with('s')
            && !en::counts::PEOPLE_WITHOUT_S.contains(&word)
            && noun_kind(word) == Some(NounKind::Person)
            && words[n.saturating_sub(3)..n]
                .iter()
                .any(|&(_, w)| w == en::grammar::THE)
            && words[n.saturating_sub(2)..n].iter().all(|&(_, w)| {
                w == en::grammar::THE || verb_field(w).is_none() && w != en::grammar::OF
            })
    };
    // A headline's "Navy SEAL killed in Iraq": one person, a singular noun opening the span
    // with no article, the participle right after it and a preposition (or nothing) after that.
    let one_in_a_headline = |n: usize, word: &str| {
        !arabic::is_arabic(word)
            && !word.ends_with('s')
            && n < 3
            && noun_kind(word) == Some(NounKind::Person)
            && words[..n].iter().all(|&(_, w)| {
                verb_field(w).is_none()
                    && w != en::grammar::THE
                    && !en::counts::ARTICLES.contains(&w)
            })
            && words
                .get(n + 1)
                .is_some_and(|&(_, w)| harmed(w) && w.ends_with("ed"))
            && words
                .get(n + 2)
                .is_none_or(|&(_, w)| en::counts::AFTER_A_HEADLINE_PARTICIPLE.contains(&w))
    };
    words.iter().enumerate().find_map(|(n, &(at, word))| {
        let headline = one_in_a_headline(n, word);
        let one = headline || one_named_with_the(n, word);
        if !people_in_the_plural(word) && !one {
            return None;
        }
        // The verb just before ("injures US personnel"), no more than one word between.
        let before = words[n.saturating_sub(3)..n]
            .iter()
            .any(|&(_, w)| harmed(w));
        // The passive just after: "were wounded", "have been killed".
        let after = &words[n + 1..words.len().min(n + 4)];
        let passive = after.iter().position(|&(_, w)| harmed(w)).is_some_and(|v| {
            after[..v]
                .iter()
                .any(|&(_, w)| en::grammar::PASSIVE.contains(&w))
        });
        (before || passive || headline).then(|| CountProposal {
            value: if one {
                CountValue::Known(Estimate::exact(1))
            } else {
                CountValue::Unknown
            },
            reason: if headline {
                format!("{word} {}, a headline: one → 1", field.as_str())
            } else if one {
                format!("the {word}: one, harmed → {} 1", field.as_str())
            } else {
                format!("{word}: harmed, no number → {} unknown", field.as_str())
            },
            span_start: tokens[at].start,
            span_end: tokens[at].end,
        })
    })
}

/// "The drone struck [Rumalyn Landing Zone]", « le missile a été abattu »: one munition named
/// with "the" and no number anywhere in the span, the subject of a verb of the field within
/// the next few words: one.
pub(super) fn the_one_munition(
    tokens: &[Token],
    all: &[Mention],
    field: Field,
) -> Option<CountProposal> {
    if !matches!(field, Field::Impacted | Field::Intercepted) || !all.is_empty() {
        return None;
    }
    let words = words_at(tokens);
    // "did not say whether the rocket hit": a question, or a denial read elsewhere.
    if words
        .iter()
        .any(|&(_, w)| en::counts::NOT.contains(&w) || en::counts::OPEN_QUESTION.contains(&w))
    {
        return None;
    }
    words.iter().enumerate().find_map(|(n, &(at, word))| {
        let singular = !arabic::is_arabic(word)
            && !word.ends_with('s')
            && noun_kind(word) == Some(NounKind::Munition);
        let named_with_the = n > 0 && words[n - 1].1 == en::grammar::THE;
        // "the drone attack" is an attack, not a drone.
        let compound = words.get(n + 1).is_some_and(|&(_, w)| is_compound_head(w));
        if !singular || !named_with_the || compound {
            return None;
        }
        let its_verb = words[n + 1..words.len().min(n + 5)]
            .iter()
            .any(|&(k, _)| verb_at(tokens, k) == Some(field));
        its_verb.then(|| CountProposal {
            value: CountValue::Known(Estimate::exact(1)),
            reason: format!("the {word}: one, no number → {} 1", field.as_str()),
            span_start: tokens[at].start,
            span_end: tokens[at].end,
        })
    })
}

/// The fields of two verbs joined by "and" or "or" just before a mention ("killed and wounded
/// dozens", "killing or injuring 20").
pub(super) fn coordinated_verbs(tokens: &[Token], mention: &Mention) -> Vec<Field> {
    let at = mention.quantity.start_token;
    let joined = tokens[at.saturating_sub(2)]
        .word()
        .is_some_and(|w| en::counts::VERB_JOINERS.contains(&w));
    if at < 3 || !joined {
        return Vec::new();
    }
    [verb_at(tokens, at - 3), verb_at(tokens, at - 1)]
        .into_iter()
        .flatten()
        .collect()
}

/// The casualty an Arabic noun for people is: a dead one, the dead (killed); a wounded one,
/// the wounded, an injured one (wounded).
/// The casualty a mention's noun says itself: "suqut qatilayn" is two killed, the dual read
/// by its singular.
pub(super) fn casualty_named_by(mention: &Mention) -> Option<Field> {
    mention.noun.as_ref().and_then(|(_, word)| {
        arabic::dual_singular(word)
            .and_then(|singular| casualty_noun(&singular))
            .or_else(|| casualty_noun(word))
    })
}

pub(super) fn casualty_noun(word: &str) -> Option<Field> {
    if let Some(singular) = arabic::accusative_singular(word) {
        return casualty_noun(singular);
    }
    if arabic::is_one_of(word, ar::counts::KILLED_NOUNS) {
        Some(Field::Killed)
    } else if arabic::is_one_of(word, ar::counts::WOUNDED_NOUNS) {
        Some(Field::Wounded)
    } else {
        None
    }
}

/// Whether a mention counts some of a whole named after it: "one of the missiles", "two of
/// them" (but "dozens of rockets" is the count itself).
pub(super) fn partitive(tokens: &[Token], mention: &Mention) -> bool {
    let word = |k: usize| tokens.get(k).and_then(Token::word);
    let after = mention.quantity.end_token + 1;
    word(after) == Some(en::grammar::OF)
        && word(after + 1).is_some_and(|w| en::counts::WHOLE_NAMED_BY.contains(&w))
}

/// Whether a mention counts part of the one before it: it follows "including", "among them",
/// "of whom", Arabic "baynahum", "minhum" (the words just before its quantity).
pub(super) fn is_part_of_previous(tokens: &[Token], mention: &Mention) -> bool {
    let at = mention.quantity.start_token;
    let word = |back: usize| {
        at.checked_sub(back)
            .and_then(|k| tokens.get(k))
            .and_then(Token::word)
            .unwrap_or("")
    };
    en::counts::INCLUDING.contains(&word(1))
        || ar::counts::AMONG_THEM.contains(&word(1))
        || en::counts::PART_OF_THOSE
            .iter()
            .any(|(first, then)| word(2) == *first && then.contains(&word(1)))
}

/// How a mention follows "among": "among the dead were", "among those killed", "min bayn
/// al-qatla" count some of the casualties, not all of them; "the largest among 140 incidents"
/// counts no casualty at all.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Among {
    No,
    TheCasualties,
    Others,
}

pub(super) fn among(tokens: &[Token], mention: &Mention) -> Among {
    let at = mention.quantity.start_token;
    let before = &tokens[at.saturating_sub(6)..at];
    let Some(among) = before.iter().rposition(|t| {
        t.word()
            .is_some_and(|w| w == en::counts::AMONG || arabic::is_one_of(w, ar::counts::AMONG))
    }) else {
        return Among::No;
    };
    let between: Vec<&str> = before[among + 1..].iter().filter_map(Token::word).collect();
    let all_of_it = between.len() == before.len() - among - 1
        && between
            .iter()
            .all(|w| en::counts::AMONG_THE_CASUALTIES.contains(w) || names_casualties(w));
    if !all_of_it {
        return Among::No;
    }
    if between.iter().any(|w| names_casualties(w)) {
        Among::TheCasualties
    } else if said_of_casualties_after(tokens, mention) {
        // "were among four people killed": the count after "among" is the whole toll.
        Among::No
    } else {
        Among::Others
    }
}

/// Whether a casualty word stands right after the mention ("four people killed").
fn said_of_casualties_after(tokens: &[Token], mention: &Mention) -> bool {
    let after = mention.head.max(mention.quantity.end_token) + 1;
    tokens
        .get(after)
        .and_then(Token::word)
        .is_some_and(|w| !casualty_fields(w).is_empty())
}

/// Whether `word` names casualties: "dead", "victims", "القتلى".
fn names_casualties(word: &str) -> bool {
    en::counts::CASUALTIES.contains(&word) || casualty_noun(word).is_some()
}

/// Whether "were among the dead" follows the mention (or the group it ends): "At least one
/// woman was among the dead", "10 Marines, 2 Army soldiers, and a Navy corpsman were among the
/// dead" count some of the casualties, so at least that many.
pub(super) fn among_the_casualties_after(tokens: &[Token], mention: &Mention) -> bool {
    let mut at = mention.head.max(mention.quantity.end_token) + 1;
    let word = |k: usize| tokens.get(k).and_then(Token::word);
    while word(at).is_some_and(|w| en::AUXILIARIES.contains(&w) || w == en::counts::ALSO) {
        at += 1;
    }
    if word(at) != Some(en::counts::AMONG) {
        return false;
    }
    let after: Vec<&str> = tokens[at + 1..]
        .iter()
        .map_while(Token::word)
        .take_while(|w| en::counts::AMONG_THE_CASUALTIES.contains(w) || names_casualties(w))
        .collect();
    after.iter().any(|w| names_casualties(w))
}

/// The mentions around `best` that count things of its kind together with it: exact counts
/// of people, or of munitions, joined only by "and" or commas (and a possessive: "a woman and
/// her two children"; "two rockets and a mortar shell").
pub(super) fn counted_group(
    tokens: &[Token],
    all: &[Mention],
    best: usize,
    kind: NounKind,
) -> std::ops::Range<usize> {
    let exact_of_kind = |m: &Mention| {
        m.noun.as_ref().is_some_and(|(k, _)| *k == kind)
            && matches!(&m.quantity.value, CountValue::Known(e) if e.best.is_some() && e.low.is_none() && e.high.is_none())
    };
    let is_joiner = |t: &Token| {
        t.is_punct(',')
            || t.word()
                .is_some_and(|w| w == arabic::AND_WORD || en::COUNT_JOINERS.contains(&w))
    };
    let joined = |a: &Mention, b: &Mention| {
        // "قتيل وجريحين", "three dead and five wounded": a toll of each, never one sum.
        if casualty_named_by(a) != casualty_named_by(b) {
            return false;
        }
        let between = &tokens[a.head.max(a.quantity.end_token) + 1..b.quantity.start_token];
        // "a woman and her child", the "and" written onto the second.
        // "ضابط وثلاثة" (an officer and three): the "and" written onto the number, which
        // starts the second count.
        let and_written_on = between.is_empty()
            && tokens[b.quantity.start_token]
                .word()
                .is_some_and(|w| and_one_more_person(w) || w.starts_with(arabic::AND));
        let words: Vec<&str> = between.iter().filter_map(Token::word).collect();
        let only_joiners = between.iter().all(is_joiner);
        // "in addition to", "along with", إضافة إلى: a phrase that adds one count to another,
        // also after the first count's verb ("an ambassador was killed along with three
        // others").
        let verb_then = words
            .iter()
            .position(|w| !casualty_fields(w).is_empty())
            .filter(|&v| words[..v].iter().all(|w| en::grammar::PASSIVE.contains(w)))
            .map_or(0, |v| v + 1);
        let joining_phrase = joining_phrases()
            .iter()
            .any(|phrase| *phrase == words || *phrase == words[verb_then..]);
        // "5 contractors injured, and 1 service member injured": the same verb said of each.
        let after_b = tokens
            .get(b.head.max(b.quantity.end_token) + 1)
            .and_then(Token::word);
        let same_verb_each = words.first().is_some_and(|verb| {
            !casualty_fields(verb).is_empty()
                && after_b == Some(*verb)
                && between.iter().skip(1).all(is_joiner)
        });
        and_written_on || !between.is_empty() && (only_joiners || joining_phrase || same_verb_each)
    };
    if !exact_of_kind(&all[best]) {
        return best..best + 1;
    }
    let mut start = best;
    while start > 0 && exact_of_kind(&all[start - 1]) && joined(&all[start - 1], &all[start]) {
        start -= 1;
    }
    let mut end = best + 1;
    while end < all.len() && exact_of_kind(&all[end]) && joined(&all[end - 1], &all[end]) {
        end += 1;
    }
    start..end
}

/// Every language's phrases that join counts, folded as tokens are, once.
fn joining_phrases() -> &'static [Vec<String>] {
    static FOLDED: std::sync::OnceLock<Vec<Vec<String>>> = std::sync::OnceLock::new();
    FOLDED.get_or_init(|| {
        en::COUNT_JOINING_PHRASES
            .iter()
            .chain(ar::counts::COUNT_JOINING_PHRASES)
            .map(|phrase| phrase.split(' ').map(fold).collect())
            .collect()
    })
}

/// The casualty fields a word speaks of.
pub(super) fn casualty_fields(word: &str) -> &'static [Field] {
    const BOTH: &[Field] = &[Field::Killed, Field::Wounded];
    match word {
        _ if en::counts::CASUALTY_NOUNS.contains(&word) => BOTH,
        // "without casualties occurring", "did not result in casualties": either kind.
        _ if arabic::is_one_of(word, ar::counts::CASUALTIES) => BOTH,
        _ => match verb_field(word) {
            Some(Field::Killed) => &[Field::Killed],
            Some(Field::Wounded) => &[Field::Wounded],
            _ => &[],
        },
    }
}

/// "No one was hurt", "no troops were killed", "no casualties", "without casualties occurring": a zero for
/// `field` (killed or wounded) stated by a negation before a casualty word in the same clause.
/// A count as a reason states it: "best 3", "low 12", "unknown count".
pub(super) fn meaning_of(value: &CountValue) -> String {
    match value {
        CountValue::Unknown => "unknown count".to_owned(),
        CountValue::Known(estimate) => describe(estimate),
    }
}

/// Whether a toll's count is a war's tally, not an attack's ("pushed the U.S. death toll to
/// 992 for the 9-year-old war"): "toll" before it, a word of a war after it in its clause; or a
/// count of all harmed since a time, in the perfect ("Forty-four American service members have
/// died in Iraq since July 24").
pub(super) fn tally_of_a_war(tokens: &[Token], mention: &Mention) -> bool {
    tally_since(tokens, mention) || toll_of_a_war(tokens, mention)
}

/// "N … have died … since …": the perfect's auxiliary just after the count's noun, and "since"
/// later in its clause.
fn tally_since(tokens: &[Token], mention: &Mention) -> bool {
    let clause: Vec<&str> = tokens[mention.quantity.end_token..]
        .iter()
        .take_while(|t| !(t.is_punct('.') || t.is_punct(';')))
        .filter_map(Token::word)
        .collect();
    let perfect = clause
        .iter()
        .take(6)
        .any(|w| en::counts::PERFECT_AUXILIARIES.contains(w));
    perfect && clause.contains(&en::dates::SINCE)
}

fn toll_of_a_war(tokens: &[Token], mention: &Mention) -> bool {
    let clause_ends = tokens[mention.quantity.end_token..]
        .iter()
        .position(|t| t.is_punct('.') || t.is_punct(';'))
        .map_or(tokens.len(), |end| mention.quantity.end_token + end);
    let toll_before = tokens[..mention.quantity.start_token]
        .iter()
        .rev()
        .take(8)
        .any(|t| t.word() == Some(en::counts::TOLL));
    toll_before
        && tokens[mention.quantity.end_token..clause_ends]
            .iter()
            .filter_map(Token::word)
            .any(|w| en::counts::TALLY_OF.contains(&w))
}

/// A toll and the count it comes to ("the death toll has risen to seven", "the toll from the
/// bombing stood at 12", "the injury toll rose to 30"): of the dead unless it is of the
/// injured. Not the count it rose from.
pub(super) fn toll(tokens: &[Token], all: &[Mention], field: Field) -> Option<CountProposal> {
    const REACH: usize = 8;
    let at = tokens
        .iter()
        .position(|t| t.word() == Some(en::counts::TOLL))?;
    let injured = at
        .checked_sub(1)
        .and_then(|k| tokens[k].word())
        .is_some_and(|w| en::counts::INJURY_TOLL.contains(&w));
    let counted = if injured {
        Field::Wounded
    } else {
        Field::Killed
    };
    if field != counted {
        return None;
    }
    let clause_ends = tokens[at..]
        .iter()
        .position(|t| t.is_punct('.') || t.is_punct(';'))
        .map_or(tokens.len(), |end| at + end);
    let risen_from =
        |m: &Mention| tokens[m.quantity.start_token - 1].word() == Some(en::grammar::FROM);
    let count = all.iter().find(|m| {
        let start = m.quantity.start_token;
        let ranged = matches!(&m.quantity.value, CountValue::Known(e) if e.high.is_some());
        start > at && start <= at + REACH && start < clause_ends && (ranged || !risen_from(m))
    })?;
    if tally_of_a_war(tokens, count) {
        return None;
    }
    let value = match &count.quantity.value {
        // "rose from five to seven", read as a range: the toll is where it rose to.
        CountValue::Known(Estimate {
            high: Some(high), ..
        }) if risen_from(count) => CountValue::Known(Estimate::exact(*high)),
        value => value.clone(),
    };
    let meaning = meaning_of(&value);
    Some(CountProposal {
        value,
        reason: format!(
            "toll of {} → {} {meaning}",
            count.quantity.said,
            field.as_str()
        ),
        span_start: tokens[at].start,
        span_end: tokens[count.quantity.end_token].end,
    })
}

/// "The number of service members killed … was raised to 13", "the number of wounded troops
/// was initially reported at 25, but … had risen to 34": a count said of the casualties it
/// names is where it was last raised to.
pub(super) fn number_revised(
    tokens: &[Token],
    all: &[Mention],
    field: Field,
) -> Option<CountProposal> {
    const REACH: usize = 10;
    let at = tokens.windows(3).position(|w| {
        w.iter()
            .zip(en::counts::THE_NUMBER_OF)
            .all(|(token, form)| token.word() == Some(*form))
    })? + 1;
    let named = (at + 2..tokens.len().min(at + REACH))
        .filter_map(|k| tokens[k].word())
        .any(|w| casualty_fields(w).contains(&field) || verb_field(w) == Some(field));
    if !named {
        return None;
    }
    let raised = |k: usize| {
        k.checked_sub(1)
            .and_then(|j| tokens[j].word())
            .is_some_and(|w| w == en::grammar::TO)
            && (k.saturating_sub(4)..k).any(|j| {
                tokens[j]
                    .word()
                    .is_some_and(|w| en::counts::RAISED.contains(&w))
            })
    };
    let count = all
        .iter()
        .rfind(|m| m.quantity.start_token > at && raised(m.quantity.start_token))?;
    let value = count.quantity.value.clone();
    let meaning = meaning_of(&value);
    Some(CountProposal {
        value,
        reason: format!(
            "the number raised to {} → {} {meaning}",
            count.quantity.said,
            field.as_str()
        ),
        span_start: tokens[at].start,
        span_end: tokens[count.quantity.end_token].end,
    })
}

/// People said unharmed in the clause, named before the word ("the crew were reported to be
/// safe", "all personnel are unharmed"): the tokens from the people to the word.
fn said_unharmed(tokens: &[Token]) -> Option<(usize, usize)> {
    let unharmed = tokens
        .iter()
        .position(|t| t.word().is_some_and(|w| en::counts::UNHARMED.contains(&w)))?;
    let clause_start = tokens[..unharmed]
        .iter()
        .rposition(|t| t.is_punct('.') || t.is_punct(';'))
        .map_or(0, |k| k + 1);
    let people = (clause_start..unharmed).find(|&k| {
        tokens[k].word().is_some_and(|w| {
            en::counts::EVERYONE.contains(&w) || noun_kind(w) == Some(NounKind::Person)
        })
    })?;
    Some((people, unharmed))
}

/// "escaped injury", "escaped unhurt": whoever the clause is about was not hurt, named or not
/// ("came under rocket fire but escaped injury").
fn escaped_harm(tokens: &[Token]) -> Option<(usize, usize)> {
    let words = en::counts::ESCAPED_HARM;
    let is = |k: usize, list: &[&str]| {
        tokens
            .get(k)
            .and_then(Token::word)
            .is_some_and(|w| list.contains(&w))
    };
    (0..tokens.len().saturating_sub(1)).find_map(|k| {
        if tokens[k].word() != Some(words.0) {
            return None;
        }
        let harm = if is(k + 1, en::counts::ESCAPED_ANY) {
            k + 2
        } else {
            k + 1
        };
        is(harm, words.1).then_some((k, harm))
    })
}

/// A verb of impact with a "not" just before it ("the rocket did not hit the base", "never
/// landed"): the tokens from the "not" to the verb.
fn negated_impact(tokens: &[Token]) -> Option<(usize, usize)> {
    // The "not" first: it is rare, the verbs are many.
    (0..tokens.len()).find_map(|not| {
        if !tokens[not]
            .word()
            .is_some_and(|w| en::counts::NOT.contains(&w))
        {
            return None;
        }
        let verb = (not + 1..(not + 3).min(tokens.len())).find(|&k| {
            tokens[k]
                .word()
                .is_some_and(|w| !arabic::is_arabic(w) && verb_field(w) == Some(Field::Impacted))
        })?;
        Some((not, verb))
    })
}

/// People said unharmed in Arabic: the people, then the word ("وأن الطاقم بخير", the crew is
/// well), within the clause.
fn said_unharmed_in_arabic(tokens: &[Token]) -> Option<(usize, usize)> {
    let unharmed = tokens.iter().position(|t| {
        t.word()
            .is_some_and(|w| arabic::is_arabic(w) && arabic::is_one_of(w, ar::counts::UNHARMED))
    })?;
    let people = (unharmed.saturating_sub(3)..unharmed).find(|&k| {
        tokens[k]
            .word()
            .is_some_and(|w| arabic::is_one_of(w, ar::counts::EVERYONE))
    })?;
    Some((people, unharmed))
}

/// A verb of coming down and, within four words after it, a place where nothing was to hit
/// ("landed in the sea", "سقطت في البحر"): none impacted.
pub(super) fn came_down_on_nothing(tokens: &[Token]) -> Option<CountProposal> {
    let word = |k: usize| tokens.get(k).and_then(Token::word).unwrap_or("");
    (0..tokens.len()).find_map(|verb| {
        let w = word(verb);
        let came_down =
            en::counts::CAME_DOWN.contains(&w) || arabic::is_one_of(w, ar::counts::CAME_DOWN);
        if !came_down {
            return None;
        }
        (verb + 1..(verb + 5).min(tokens.len()))
            .take_while(|&k| tokens[k].word().is_some())
            .find(|&k| {
                en::counts::NOTHING_THERE.contains(&word(k))
                    || arabic::is_one_of(word(k), ar::counts::NOTHING_THERE)
            })
            .map(|place| CountProposal {
                value: CountValue::Known(Estimate::exact(0)),
                reason: "came down where nothing was → impacted 0".to_owned(),
                span_start: tokens[verb].start,
                span_end: tokens[place].end,
            })
    })
}

pub(super) fn zero_statement(tokens: &[Token], field: Field) -> Option<CountProposal> {
    let negation = |t: &Token| {
        t.word().is_some_and(|w| {
            en::counts::WITHOUT.contains(&w) || arabic::is_one_of(w, ar::counts::WITHOUT)
        })
    };
    if let Some((first, last)) = said_unharmed(tokens)
        .or_else(|| said_unharmed_in_arabic(tokens))
        .or_else(|| escaped_harm(tokens))
        .filter(|_| matches!(field, Field::Killed | Field::Wounded))
    {
        return Some(CountProposal {
            value: CountValue::Known(Estimate::exact(0)),
            reason: format!("said unharmed → {} 0", field.as_str()),
            span_start: tokens[first].start,
            span_end: tokens[last].end,
        });
    }
    if let Some((not, verb)) = negated_impact(tokens).filter(|_| field == Field::Impacted) {
        return Some(CountProposal {
            value: CountValue::Known(Estimate::exact(0)),
            reason: "an impact denied → impacted 0".to_owned(),
            span_start: tokens[not].start,
            span_end: tokens[verb].end,
        });
    }
    if let Some((first, last)) = damage_only(tokens) {
        return Some(CountProposal {
            value: CountValue::Known(Estimate::exact(0)),
            reason: format!("only damage to property → {} 0", field.as_str()),
            span_start: tokens[first].start,
            span_end: tokens[last].end,
        });
    }
    // "did not sustain any injuries", « n'a pas fait état de blessés » (did not report any
    // wounded): "any" and "reported" after a "not" say none, as "no" does.
    let negated_after_not = |i: usize| {
        tokens[i]
            .word()
            .is_some_and(|w| en::counts::NONE_AFTER_NOT.contains(&w))
            && tokens[i.saturating_sub(3)..i]
                .iter()
                .any(|t| t.word().is_some_and(|w| en::counts::NOT.contains(&w)))
    };
    let negations = tokens
        .iter()
        .enumerate()
        .filter(|&(i, t)| negation(t) || negated_after_not(i));
    for (i, token) in negations {
        // "No member of the American staff was wounded": none of the people named, told by
        // the clause's verb however far it stands.
        let of_people = tokens
            .get(i + 1)
            .and_then(Token::word)
            .is_some_and(|w| noun_kind(w) == Some(NounKind::Person));
        let reach = if of_people { 10 } else { 6 };
        // "no U.S. or Coalition casualties": an abbreviation's dots end nothing, nor count
        // among the words looked through.
        let mut words = 0;
        for (k, next) in tokens.iter().enumerate().skip(i + 1) {
            if is_in_abbreviation(tokens, k) {
                continue;
            }
            // "لم يتسبب في وقوع أي أضرار أو إصابات" (did not cause any damage or injuries):
            // "in", "occurrence", "any", "or" between the "no" and the casualties are free.
            let free = next.word().is_some_and(|w| {
                en::counts::FREE_AFTER_NO.contains(&w)
                    || arabic::is_one_of(w, ar::counts::FREE_AFTER_NO)
            });
            if free {
                continue;
            }
            words += 1;
            if words > reach || next.is_punct('.') || next.is_punct(';') || next.number().is_some()
            {
                break;
            }
            let Some(word) = next.word() else { continue };
            if number_word(word).is_some_and(|n| n > 1) {
                break;
            }
            if en::counts::NOTHING_KNOWN.contains(&word)
                || arabic::is_one_of(word, ar::counts::NOTHING_KNOWN)
            {
                break;
            }
            // "قاعدة الظفرة لم تتأثر" (was not affected), "no impact": nothing hit.
            let impact = field == Field::Impacted
                && (en::counts::IMPACT_WORDS.contains(&word)
                    || arabic::is_one_of(word, ar::counts::IMPACT_WORDS));
            let to_people = matches!(field, Field::Killed | Field::Wounded)
                && (en::counts::TO_PEOPLE.contains(&word)
                    || arabic::is_one_of(word, ar::counts::TO_PEOPLE));
            if casualty_fields(word).contains(&field) || impact || to_people {
                return Some(CountProposal {
                    value: CountValue::Known(Estimate::exact(0)),
                    reason: format!("stated as none → {} 0", field.as_str()),
                    span_start: token.start,
                    span_end: tokens[k].end,
                });
            }
        }
    }
    None
}

/// Where the span says the harm was to property alone, so no one was killed or hurt ("caused
/// material damage only", "only material damage", "the damage was limited to material",
/// "material damage only" in Arabic): the first and last token of those words.
pub(super) fn damage_only(tokens: &[Token]) -> Option<(usize, usize)> {
    let word = |k: usize| tokens.get(k).and_then(Token::word).unwrap_or("");
    (0..tokens.len()).find_map(|i| {
        let damage = |k: usize| {
            en::counts::DAMAGE.contains(&word(k)) || arabic::is_one_of(word(k), ar::counts::DAMAGE)
        };
        let material = |k: usize| {
            en::counts::MATERIAL.contains(&word(k))
                || arabic::is_one_of(word(k), ar::counts::MATERIAL)
        };
        let only =
            |k: usize| word(k) == en::counts::ONLY || arabic::is_one_of(word(k), ar::counts::ONLY);
        // "only material damage", "material damage only", in either order.
        let three_words = (only(i) && material(i + 1) && damage(i + 2))
            || (material(i) && damage(i + 1) && only(i + 2))
            || (damage(i) && material(i + 1) && only(i + 2));
        if three_words {
            Some((i, i + 2))
        } else if arabic::is_one_of(word(i), ar::counts::LIMITED_TO) && damage(i + 1) {
            Some((i, i + 1))
        } else {
            None
        }
    })
}

/// Whether the span tells of strikes by the United States ("last month's US strikes … killed
/// four of their members", "الغارات الأمريكية"): their dead and wounded are no casualties of an
/// attack on US forces.
pub(super) fn harm_by_us_strikes(tokens: &[Token]) -> bool {
    let word = |k: usize| tokens.get(k).and_then(Token::word).unwrap_or("");
    let (nouns, american) = en::counts::US_STRIKES;
    let (ar_nouns, ar_american) = ar::counts::US_STRIKES;
    // English names the strikes before what they did ("US strikes … killed four"); strikes
    // after the casualties ("the attacks killed four and the US carried out airstrikes") did
    // not cause them. Arabic may name them after ("قتلى الغارات الأمريكية", the dead of the
    // American strikes).
    // Asked of every casualty count: the strike's noun first, the rest only where one is.
    let before_the_casualties = |k: usize| (0..k).all(|j| casualty_fields(word(j)).is_empty());
    (0..tokens.len()).any(|k| {
        if nouns.contains(&word(k)) {
            // "US strikes", "U.S. airstrikes", "recent American raids": a word or two before.
            (k.saturating_sub(4)..k).any(|j| {
                american.contains(&word(j)) || (word(j) == "s" && word(j.saturating_sub(2)) == "u")
            }) && before_the_casualties(k)
        } else if !arabic::is_arabic(word(k)) {
            false
        } else {
            arabic::is_one_of(word(k), ar_nouns)
                && (k + 1..tokens.len().min(k + 3)).any(|j| arabic::is_one_of(word(j), ar_american))
        }
    })
}
