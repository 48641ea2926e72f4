//! The verbs that say what happened to what was counted: killed, wounded, landed,
//! intercepted.

#[allow(unused_imports)]
use super::*;
use crate::propose::lexicon::en;

/// Verbs that say what happened to what was counted, as the text's language has them.
pub(super) fn verb_field(word: &str) -> Option<Field> {
    if arabic::is_arabic(word) {
        return ar::counts::VERBS
            .iter()
            .find(|(forms, _)| arabic::is_one_of(word, forms))
            .map(|(_, field)| *field);
    }
    en::counts::VERBS
        .iter()
        .find(|(forms, _)| forms.contains(&word))
        .map(|(_, field)| *field)
}

/// The verb at token `k`: "shot down" is intercepted, "came down" landed.
pub(super) fn verb_at(tokens: &[Token], k: usize) -> Option<Field> {
    use en::counts as words;
    let word = tokens[k].word()?;
    let before = |back: usize| k.checked_sub(back).and_then(|j| tokens[j].word());
    let before_is = |back: usize, forms: &[&str]| before(back).is_some_and(|w| forms.contains(&w));
    // "lost his life", not "life-threatening injuries".
    if word == words::LIFE {
        return (before_is(1, words::POSSESSIVES) && before_is(2, words::LOSING))
            .then_some(Field::Killed);
    }
    // "suffered no injuries", "no deaths": an absence, which a count is not the subject of.
    if before(1) == Some(words::ABSENCE) && verb_field(word).is_some() {
        return None;
    }
    // "fatally wounding a guard", "mortally injured", "fatally shot": a death.
    if before_is(1, words::FATALLY)
        && (verb_field(word) == Some(Field::Wounded) || words::SHOOTING.contains(&word))
    {
        return Some(Field::Killed);
    }
    // "were later diagnosed with traumatic brain injuries", "treated for concussions": the
    // injury stands a few words after the verb that carries it.
    if words::INJURY_CARRIERS.contains(&word) {
        let injury = (k + 1..tokens.len().min(k + 6)).any(|j| {
            tokens[j].word().is_some_and(|w| {
                (verb_field(w) == Some(Field::Wounded) || words::INJURIES.contains(&w))
                    && tokens[j - 1].word() != Some(words::ABSENCE)
            })
        });
        return injury.then_some(Field::Wounded);
    }
    if word == words::DOWN {
        // "shot down", and "shot it down" with what was shot between.
        let verb_at = if before(1) == Some(words::IT) { 2 } else { 1 };
        return words::BEFORE_DOWN
            .iter()
            .find(|(verbs, _)| before_is(verb_at, verbs))
            .map(|(_, field)| *field);
    }
    verb_field(word)
}

/// The casualty or impact verb nearest a mention's noun in its clause (not across ';' or '.').
/// The opening comma of a short aside that ends with a comma just before token `start`,
/// holding no verb of its own: where the words before the count resume.
fn aside_before(tokens: &[Token], start: usize) -> Option<usize> {
    const LONGEST_ASIDE: usize = 9;
    let is_comma = |k: usize| tokens[k].is_punct(',') || tokens[k].is_punct('،');
    let closing = start.checked_sub(1).filter(|&k| is_comma(k))?;
    let opening = (closing.saturating_sub(LONGEST_ASIDE)..closing)
        .rev()
        .find(|&k| is_comma(k))?;
    let inside = opening + 1..closing;
    (!inside.is_empty()
        && inside
            .clone()
            .all(|k| tokens[k].word().is_some() && verb_at(tokens, k).is_none()))
    .then_some(opening)
}

/// After a comma at `opening`, an aside closed by the next comma that holds no verb of a count
/// ("3 صواريخ من نوع كاتيوشا، أطلقها مجهولون، سقطت", "two rockets, the police said, landed"):
/// the token after its closing comma.
fn aside_after(tokens: &[Token], opening: usize) -> Option<usize> {
    const LONGEST_ASIDE: usize = 9;
    let is_comma = |k: usize| tokens[k].is_punct(',') || tokens[k].is_punct('،');
    if !is_comma(opening) {
        return None;
    }
    let reach = opening + 1..tokens.len().min(opening + 1 + LONGEST_ASIDE);
    let closing = reach.clone().find(|&k| is_comma(k))?;
    let inside = opening + 1..closing;
    (!inside.is_empty()
        && inside
            .clone()
            .all(|k| tokens[k].word().is_some() && verb_at(tokens, k).is_none()))
    .then_some(closing + 1)
}

pub(super) fn verb_near(tokens: &[Token], mention: &Mention) -> Option<(Field, usize)> {
    let clause_break = |t: &Token| t.is_punct(';') || t.is_punct('.') || t.is_punct(':');
    // "the killing of civilians two": Arabic may put "two" after its noun; the verb stands
    // before both.
    let noun_before = mention.quantity.start_token.checked_sub(1).filter(|&k| {
        tokens[k]
            .word()
            .is_some_and(|w| arabic::is_arabic(w) && noun_kind(w).is_some())
    });
    let start = noun_before.unwrap_or(mention.quantity.start_token);
    let head = mention.head;
    let mut best: Option<(usize, Field)> = None;
    // On a tie the verb after the noun wins in English ("… killed and five civilians were
    // wounded"), the one before in Arabic, which puts the verb first ("were killed three
    // people and were wounded five others").
    let arabic_order = tokens[start].word().is_some_and(arabic::is_arabic)
        || tokens[head].word().is_some_and(arabic::is_arabic);
    let mut consider = |distance: usize, field: Field, after: bool| {
        let wins_tie = after != arabic_order;
        if best.is_none_or(|(d, _)| distance < d || (wins_tie && distance == d)) {
            best = Some((distance, field));
        }
    };
    // A time set off by commas between the verb and its count ("a abattu, dans la nuit de
    // samedi à dimanche, deux drones", "أسقطت، صباح الأحد، طائرة مسيرة") is passed over.
    let before = aside_before(tokens, start).unwrap_or(start);
    for (distance, k) in (0..before).rev().enumerate().take(4) {
        if clause_break(&tokens[k]) {
            break;
        }
        if let Some(field) = verb_at(tokens, k) {
            consider(distance, field, false);
        }
    }
    let verb_before = (0..before)
        .rev()
        .take(4)
        .take_while(|&k| !clause_break(&tokens[k]))
        .any(|k| verb_at(tokens, k).is_some());
    // After the noun, an aside counting part of it ("three people, including a child, were
    // killed") is passed over to reach the verb.
    let (mut distance, mut k) = (0, head + 1);
    while k < tokens.len() && distance < 4 {
        if clause_break(&tokens[k]) {
            break;
        }
        // "two members of the security forces were killed", "two U.S. soldiers in the NATO
        // military coalition were killed": the phrase that says whose or where they are is
        // passed over to reach the verb, when none stands before (a phrase other than "of"
        // not across a comma, where another clause may begin).
        let opens_phrase = tokens[k]
            .word()
            .is_some_and(|w| w == en::grammar::OF || en::counts::PHRASE_AFTER_COUNTED.contains(&w));
        if k == head + 1 && opens_phrase && !verb_before {
            let of = tokens[k].word() == Some(en::grammar::OF);
            let reach = k + 1..tokens.len().min(k + 7);
            let clause_end = reach
                .clone()
                .find(|&j| clause_break(&tokens[j]) || (!of && tokens[j].is_punct(',')))
                .unwrap_or(reach.end);
            if let Some(j) = verb_or_auxiliary(tokens, reach.start..clause_end) {
                k = j;
                continue;
            }
        }
        if tokens[k].word().is_some_and(|w| {
            en::counts::AMONG_THEM.contains(&w) || ar::counts::AMONG_THEM.contains(&w)
        }) {
            match tokens[k..].iter().position(|t| t.is_punct(',')) {
                Some(comma) => {
                    k += comma + 1;
                    continue;
                }
                // Without commas ("three people including two children were injured"), the
                // part ends where the clause's verb or its auxiliary comes.
                None => match verb_or_auxiliary(tokens, k + 1..tokens.len().min(k + 6)) {
                    Some(j) => {
                        k = j;
                        continue;
                    }
                    None => break,
                },
            }
        }
        if let Some(past) = aside_after(tokens, k) {
            k = past;
            continue;
        }
        if let Some(field) = verb_at(tokens, k) {
            consider(distance, field, true);
        }
        // "life-threatening injuries": a hyphen joins words, it is none; nor are the words
        // that report the verb ("were reported to have been killed").
        let reporting = tokens[k]
            .word()
            .is_some_and(|w| en::counts::REPORTING_THE_VERB.contains(&w));
        if !tokens[k].is_punct('-') && !reporting {
            distance += 1;
        }
        k += 1;
    }
    best.map(|(distance, field)| (field, distance))
}

/// Whether a verb of falling follows the mention's noun in its clause ("seven soldiers fell",
/// « sept militaires sont tombés au front »): said of people, they died.
pub(super) fn fell_after(tokens: &[Token], mention: &Mention) -> bool {
    tokens[mention.head + 1..]
        .iter()
        .take(4)
        .take_while(|t| !(t.is_punct('.') || t.is_punct(';')))
        .any(|t| t.word().is_some_and(|w| en::counts::FALLING.contains(&w)))
}

/// The first token in `range` that is a casualty or impact verb, or the auxiliary of one.
pub(super) fn verb_or_auxiliary(tokens: &[Token], range: std::ops::Range<usize>) -> Option<usize> {
    range.into_iter().find(|&j| {
        verb_at(tokens, j).is_some()
            || tokens[j]
                .word()
                .is_some_and(|w| en::counts::BE.contains(&w))
    })
}
