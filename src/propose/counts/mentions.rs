//! Mentions: each quantity in a span with the noun it counts.

#[allow(unused_imports)]
use super::*;
use crate::propose::lexicon::en;

/// A quantity with what it counts and the verb that says what happened to it.
#[derive(Clone, Debug)]
pub(super) struct Mention {
    pub(super) quantity: Quantity,
    pub(super) noun: Option<(NounKind, String)>,
    /// Token index of the noun, or of the quantity when there is none.
    pub(super) head: usize,
}

/// Whether a number stands just before token `i` (then the noun there is counted by it).
pub(super) fn follows_a_number(tokens: &[Token], i: usize) -> bool {
    i.checked_sub(1)
        .is_some_and(|k| number_at(tokens, k).is_some())
}

/// Arabic counts stated without a number: one dead or wounded person named by a singular noun
/// ("suqut qatil": one dead), one of them ("saqata ahaduha": one of them fell), and a volley
/// of rockets ("rashqa sarukhiyya"), which is no number.
pub(super) fn arabic_without_number(tokens: &[Token], i: usize) -> Option<Mention> {
    let word = tokens[i].word().filter(|w| arabic::is_arabic(w))?;
    let after_number = follows_a_number(tokens, i);
    let one = |noun: Option<(NounKind, String)>, said: String| Mention {
        quantity: Quantity {
            value: CountValue::Known(Estimate::exact(1)),
            said,
            start_token: i,
            end_token: i,
        },
        noun,
        head: i,
    };
    if !after_number && arabic::is_one_of(word, ar::counts::ONE_DEAD_OR_WOUNDED) {
        let noun = Some((NounKind::Person, word.to_owned()));
        return Some(one(noun, format!("{word} (one)")));
    }
    // "a soldier killed and another wounded": one other, named by the casualty noun before it.
    let after_casualty = i
        .checked_sub(1)
        .and_then(|k| tokens[k].word())
        .is_some_and(|w| matches!(verb_field(w), Some(Field::Killed | Field::Wounded)));
    if after_casualty && arabic::is_one_of(word, ar::counts::ANOTHER) {
        let noun = Some((NounKind::Person, word.to_owned()));
        return Some(one(noun, format!("{word} (one other)")));
    }
    if after_casualty && !after_number && arabic::is_one_of(word, ar::counts::OTHERS) {
        return Some(Mention {
            quantity: Quantity {
                value: CountValue::Unknown,
                said: format!("{word}: others, not a number"),
                start_token: i,
                end_token: i,
            },
            noun: Some((NounKind::Person, word.to_owned())),
            head: i,
        });
    }
    if arabic::is_one_of(word, ar::counts::ONE_OF_THEM) {
        return Some(one(None, format!("{word} (one of them)")));
    }
    let next = tokens.get(i + 1).and_then(Token::word).unwrap_or("");
    // A count said by this word and the next, its noun at `head`.
    let two_words = |value: CountValue, said: String, kind: NounKind, head: usize| Mention {
        quantity: Quantity {
            value,
            said,
            start_token: i,
            end_token: i + 1,
        },
        noun: tokens[head].word().map(|w| (kind, w.to_owned())),
        head,
    };
    // "صواريخ عدة" (several rockets): "several" may follow its noun.
    if !after_number
        && arabic::is_one_of(next, ar::counts::VAGUE_AFTER_NOUN)
        && let Some(kind) = noun_kind(word)
    {
        let said = format!("{word} {next}: not a number");
        return Some(two_words(CountValue::Unknown, said, kind, i));
    }
    // "صاروخي كاتيوشا" (two Katyusha rockets): a dual before the noun it belongs to loses
    // its ن, and reads as the adjective "rocket-" unless a munition's name follows.
    let construct_dual_of_a_munition = [
        word.strip_suffix('ي').map(str::to_owned),
        word.strip_suffix("تي").map(|stem| format!("{stem}ه")),
    ]
    .into_iter()
    .flatten()
    .any(|singular| arabic::is_one_of(&singular, ar::counts::ONE_MUNITION));
    // The name may stand in quotes: صاروخي "كاتيوشا".
    let name_at = (i + 1..tokens.len().min(i + 3))
        .find(|&k| tokens[k].word().is_some())
        .filter(|&k| {
            (i + 1..k)
                .all(|j| matches!(tokens[j].kind, TokenKind::Punct(c) if "\"“”«»".contains(c)))
        });
    if construct_dual_of_a_munition
        && let Some(name_at) = name_at
        && let Some(name) = tokens[name_at].word()
        && arabic::is_one_of(name, ar::counts::MUNITION_NAMES)
    {
        return Some(Mention {
            quantity: Quantity {
                value: CountValue::Known(Estimate::exact(2)),
                said: format!("{word} {name} (two)"),
                start_token: i,
                end_token: name_at,
            },
            noun: Some((NounKind::Munition, word.to_owned())),
            head: i,
        });
    }
    if arabic::is_one_of(word, ar::counts::VOLLEY) && arabic::is_one_of(next, ar::counts::VOLLEY_OF)
    {
        let said = format!("{word} {next}: not a number");
        return Some(two_words(
            CountValue::Unknown,
            said,
            NounKind::Munition,
            i + 1,
        ));
    }
    None
}

/// Whether the word at `i` is a nationality's plural in -يين, written as its dual is: with the
/// article ("بين الأمريكيين", among the Americans) or after a noun of people it agrees with
/// ("الجنود الأميركيين", the American soldiers). Without either it is read as the dual ("مع
/// كويتيين لقيا حتفهما", with two Kuwaitis who died).
fn plural_nationality(tokens: &[Token], i: usize) -> bool {
    let Some(word) = tokens[i].word() else {
        return false;
    };
    // Asked of every word: the ending first, the lists only when it fits.
    if !word.ends_with("يين") {
        return false;
    }
    let nationality = arabic::dual_singular(word)
        .is_some_and(|singular| arabic::is_one_of(&singular, ar::counts::NATIONALITIES));
    let with_article = || {
        arabic::stems(word)
            .iter()
            .any(|stem| stem.starts_with("ال") && stem.ends_with("يين"))
    };
    let after_people = || {
        i.checked_sub(1)
            .and_then(|k| tokens[k].word())
            .is_some_and(|w| noun_kind(w) == Some(NounKind::Person))
    };
    nationality && (with_article() || after_people())
}

pub(super) fn mentions(tokens: &[Token]) -> Vec<Mention> {
    let mut found = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        // An Arabic dual counts two of its noun: "sarukhayn", two rockets; "qatilayn", two dead.
        if let Some(kind) = tokens[i]
            .word()
            .filter(|_| !plural_nationality(tokens, i))
            .and_then(arabic::dual_singular)
            .and_then(|singular| {
                noun_kind(&singular).or_else(|| casualty_noun(&singular).map(|_| NounKind::Person))
            })
        {
            let word = tokens[i].word().unwrap_or_default().to_owned();
            // "أحد الصاروخين أصاب السفينة" (one of the two missiles hit the ship): one.
            let one_of_the_two = i.checked_sub(1).filter(|&k| {
                tokens[k]
                    .word()
                    .is_some_and(|w| arabic::is_one_of(w, ar::counts::ONE_OF))
            });
            let (value, said) = if one_of_the_two.is_some() {
                (Estimate::exact(1), format!("{word} (one of two)"))
            } else if super::quantities::at_least_after(tokens, i) {
                (Estimate::at_least(2), format!("{word} (two) at least"))
            } else {
                (Estimate::exact(2), format!("{word} (two)"))
            };
            found.push(Mention {
                quantity: Quantity {
                    value: CountValue::Known(value),
                    said,
                    start_token: one_of_the_two.unwrap_or(i),
                    end_token: i,
                },
                noun: Some((kind, word)),
                head: i,
            });
            i += 1;
            continue;
        }
        if let Some(mention) = arabic_without_number(tokens, i) {
            i = mention.quantity.end_token + 1;
            found.push(mention);
            continue;
        }
        // Arabic names one of a noun without a number: "maqtal muta'aqid amriki" (one
        // contractor killed), "sarukh wahid" (one rocket).
        if let Some((kind, noun_at, last)) = arabic_one(tokens, i) {
            let word = tokens[noun_at].word().unwrap_or_default().to_owned();
            let said = format!("{word} (one)");
            // The casualty noun before stays outside, where it is read as the verb.
            let mut mention = one_of(kind, word, said, noun_at..=last, last);
            // "sarukh wahid 'ala al-aqall": one at least.
            if super::quantities::at_least_after(tokens, last) {
                mention.quantity.value = CountValue::Known(Estimate::at_least(1));
                mention.quantity.said.push_str(" at least");
            }
            found.push(mention);
            i = last + 1;
            continue;
        }
        // "wa-tifluha" (and her child) after one person counted: one more.
        if let Some(word) = tokens[i].word()
            && found
                .last()
                .is_some_and(|m| matches!(m.noun, Some((NounKind::Person, _))) && m.head + 1 == i)
            && and_one_more_person(word)
        {
            let said = format!("{word} (one)");
            found.push(one_of(NounKind::Person, word.to_owned(), said, i..=i, i));
            i += 1;
            continue;
        }
        // "a man and his son": a possessive before one person counts one, and so does "the"
        // when another count is joined to it ("the driver and a passenger") or a casualty verb
        // stands just before it ("injured the driver", "wounding the shooter").
        let joined_after = || tokens.get(i + 2).and_then(Token::word) == Some(en::grammar::AND);
        let harmed_before = || {
            i.checked_sub(1)
                .and_then(|k| super::verbs::verb_at(tokens, k))
                .is_some_and(|field| matches!(field, Field::Killed | Field::Wounded))
        };
        if let (Some(determiner), Some(next)) =
            (tokens[i].word(), tokens.get(i + 1).and_then(Token::word))
            && (en::counts::POSSESSIVES.contains(&determiner)
                || (determiner == en::grammar::THE && (joined_after() || harmed_before())))
            && noun_kind(next) == Some(NounKind::Person)
            && is_singular_person(next)
        {
            let said = format!("{determiner} {next} (one)");
            found.push(one_of(
                NounKind::Person,
                next.to_owned(),
                said,
                i..=i,
                i + 1,
            ));
            i += 2;
            continue;
        }
        // "shot it down", "intercepted it": one of what was fired.
        if tokens[i].word() == Some(en::counts::IT)
            && i.checked_sub(1)
                .and_then(|k| tokens[k].word())
                .is_some_and(|w| en::counts::STOPPING_ONE.contains(&w))
        {
            let said = format!("{} (one)", en::counts::IT);
            found.push(one_of(
                NounKind::Munition,
                en::counts::IT.to_owned(),
                said,
                i..=i,
                i,
            ));
            i += 1;
            continue;
        }
        // "shot down the third": one of what was fired, named by its place in the order.
        if tokens[i].word() == Some(en::grammar::THE)
            && let Some(ordinal) = tokens
                .get(i + 1)
                .and_then(Token::word)
                .filter(|w| en::drafting::ORDINALS.contains(w))
            && stopped_just_before(tokens, i)
        {
            let said = format!("{} {ordinal} (one)", en::grammar::THE);
            found.push(one_of(
                NounKind::Munition,
                ordinal.to_owned(),
                said,
                i..=i + 1,
                i + 1,
            ));
            i += 2;
            continue;
        }
        let Some(quantity) = quantity_at(tokens, i) else {
            i += 1;
            continue;
        };
        // The noun: within three words after the quantity, across modifiers ("of the", "American").
        let mut noun = None;
        let mut head = quantity.end_token;
        // An abbreviation's letters and dots count as one word: "two U.S. service members".
        let dotted = (quantity.end_token + 1..tokens.len())
            .take_while(|&k| is_in_abbreviation(tokens, k))
            .count();
        // Hyphens join words and are none: "an incoming anti-ship ballistic missile".
        let hyphens = tokens[quantity.end_token + 1..tokens.len().min(quantity.end_token + 9)]
            .iter()
            .filter(|t| t.is_punct('-'))
            .count();
        let reach = (quantity.end_token + 6 + hyphens + dotted.saturating_sub(1)).min(tokens.len());
        for k in quantity.end_token + 1..reach {
            if tokens[k].is_punct('-') || is_in_abbreviation(tokens, k) || is_calibre(tokens, k) {
                continue; // "explosive-laden drones", "two U.S. soldiers", "14 107 mm rockets"
            }
            let Some(word) = tokens[k].word() else { break };
            // "two of the wounded": people, not a verb.
            let of_the = k >= 2
                && tokens[k - 2].word() == Some(en::grammar::OF)
                && tokens[k - 1].word() == Some(en::grammar::THE);
            // "three wounded" (a noun in Arabic): the noun for the casualties is the people counted.
            // "six more were wounded": the people are left unsaid after "more".
            let more_people = k == quantity.end_token + 1
                && en::PEOPLE_LEFT_UNSAID.contains(&word)
                && tokens
                    .get(k + 1)
                    .and_then(Token::word)
                    .is_some_and(|next| en::AUXILIARIES.contains(&next));
            if (of_the && en::counts::CASUALTIES_AS_NOUNS.contains(&word))
                || (k == quantity.end_token + 1 && casualty_noun(word).is_some())
                || more_people
            {
                noun = Some((NounKind::Person, word.to_owned()));
                head = k;
                break;
            }
            // A people's name before the noun it describes: "three Iranian UAVs", "two
            // Iranian-made drones", "one Iraqi service member".
            if is_people_name(word)
                && let Some((kind, at)) = described_noun(tokens, k + 1, reach + 2)
            {
                noun = tokens[at].word().map(|w| (kind, w.to_owned()));
                head = at;
                break;
            }
            // "One British and two American personnel": the people's name is the person, its
            // noun said once for both.
            if (is_people_name(word) || nationality_ending(word, en::counts::NATIONALITY_ENDINGS))
                && k == quantity.end_token + 1
                && tokens.get(k + 1).and_then(Token::word) == Some(en::grammar::AND)
            {
                noun = Some((NounKind::Person, word.to_owned()));
                head = k;
                break;
            }
            // "Two other Department of Defense personnel": "other" describes the noun after it.
            if en::counts::OTHER_BEFORE_A_NOUN.contains(&word)
                && let Some((kind, at)) = described_noun(tokens, k + 1, reach + 2)
            {
                noun = tokens[at].word().map(|w| (kind, w.to_owned()));
                head = at;
                break;
            }
            if let Some(kind) = noun_kind(word) {
                let word_at = |j: usize| tokens.get(j).and_then(Token::word);
                // "two one-way attack drones": the attack describes the munition after it.
                if kind == NounKind::Attack
                    && word_at(k + 1).and_then(noun_kind) == Some(NounKind::Munition)
                {
                    continue;
                }
                // "rocket attacks", and "rocket or bomb attacks": the munitions describe the
                // attacks counted.
                let compound = word_at(k + 1).is_some_and(is_compound_head)
                    || (word_at(k + 1).is_some_and(|w| en::counts::OR_AND.contains(&w))
                        && word_at(k + 2).and_then(noun_kind) == Some(NounKind::Munition)
                        && word_at(k + 3).is_some_and(is_compound_head));
                if !(kind == NounKind::Munition && compound) {
                    // "Iraqi soldiers", "a civilian U.S. contractor": the last of a run of
                    // such nouns is the head.
                    let mut last = k;
                    let mut next_at = k + 1;
                    loop {
                        while is_in_abbreviation(tokens, next_at) {
                            next_at += 1;
                        }
                        match tokens.get(next_at).and_then(Token::word) {
                            // "16 صاروخا وطائرة مسيرة": "and" written onto a noun starts the
                            // next count.
                            Some(next)
                                if noun_kind(next) == Some(kind)
                                    && !(arabic::is_arabic(next)
                                        && next.starts_with(arabic::AND)) =>
                            {
                                last = next_at;
                                next_at += 1;
                            }
                            _ => break,
                        }
                    }
                    let word = tokens[last].word().unwrap_or(word);
                    noun = Some((kind, word.to_owned()));
                    head = last;
                    break;
                }
            }
            // "18 ballistic and cruise missiles": two modifiers joined by "and" describe one noun.
            let joins_modifiers = en::counts::OR_AND.contains(&word)
                && k > quantity.end_token + 1
                && tokens[k - 1].word().is_some_and(is_modifier)
                && tokens
                    .get(k + 1)
                    .and_then(Token::word)
                    .is_some_and(is_modifier);
            if !is_modifier(word) && !in_hyphenated_compound(tokens, k) && !joins_modifiers {
                break;
            }
        }
        let bare_article = tokens[quantity.start_token]
            .word()
            .is_some_and(|w| en::counts::ARTICLES.contains(&w));
        if !(bare_article && noun.is_none()) {
            let next = quantity.end_token.max(head) + 1;
            found.push(Mention {
                quantity,
                noun,
                head,
            });
            i = next;
        } else {
            i += 1;
        }
    }
    found
}

/// Whether a verb of stopping a munition stands just before token `i`, its "down" after it or
/// not ("intercepted", "shot down").
fn stopped_just_before(tokens: &[Token], i: usize) -> bool {
    let word = |k: Option<usize>| k.and_then(|k| tokens.get(k)).and_then(Token::word);
    let before = word(i.checked_sub(1));
    let verb = if before == Some(en::counts::DOWN) {
        word(i.checked_sub(2))
    } else {
        before
    };
    verb.is_some_and(|w| en::counts::STOPPING_ONE.contains(&w))
}
