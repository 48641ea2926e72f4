//! Counts from a span: munitions ("seven rockets", "at least 14 rockets"), how many landed or
//! were intercepted, and casualties ("killing one girl and wounding five civilians").

use super::tokens::{Token, TokenKind, number_word, tokenize};
use crate::model::{Estimate, Field};

/// A count as proposed: a number (or bounds), or a quantity too vague to be one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CountValue {
    Known(Estimate),
    /// "several", "a dozen", "dozens": the analyst decides.
    Unknown,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CountProposal {
    pub value: CountValue,
    pub reason: String,
    pub span_start: usize,
    pub span_end: usize,
}

/// What a counted noun is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum NounKind {
    Munition,
    Person,
    Attack,
}

fn noun_kind(word: &str) -> Option<NounKind> {
    let singular = word
        .strip_suffix("es")
        .filter(|s| s.ends_with("sh"))
        .or_else(|| word.strip_suffix('s'))
        .unwrap_or(word);
    Some(match singular {
        "rocket" | "missile" | "mortar" | "shell" | "round" | "drone" | "bomb" | "projectile"
        | "grenade" | "ied" | "katyusha" | "uav" => NounKind::Munition,
        "people" | "person" | "civilian" | "soldier" | "troop" | "personnel" | "member"
        | "contractor" | "child" | "children" | "girl" | "boy" | "women" | "woman" | "men"
        | "man" | "fighter" | "guard" | "officer" | "american" | "iraqi" | "other" | "resident"
        | "staff" | "diplomat" | "worker" | "militant" | "militiamen" | "militiaman" => {
            NounKind::Person
        }
        "attack" | "incident" | "strike" | "assault" => NounKind::Attack,
        _ => return None,
    })
}

/// Words that may stand between a number and its noun ("seven Katyusha rockets").
fn is_modifier(word: &str) -> bool {
    matches!(
        word,
        "american"
            | "us"
            | "iraqi"
            | "coalition"
            | "katyusha"
            | "more"
            | "other"
            | "service"
            | "security"
            | "explosive"
            | "laden"
            | "armed"
            | "unguided"
            | "additional"
            | "separate"
            | "of"
            | "the"
            | "its"
            | "their"
            | "foreign"
            | "local"
            | "young"
            | "small"
            | "large"
            | "heavy"
            | "107mm"
            | "122mm"
            | "240mm"
            | "mortar"
            | "rocket"
            | "them"
    )
}

/// Words after a munition noun that make it an adjective: "a rocket attack" counts attacks.
fn is_compound_head(word: &str) -> bool {
    matches!(
        word,
        "attack" | "attacks" | "fire" | "launcher" | "launchers" | "strike" | "strikes" | "barrage"
    )
}

/// A number with the words that bound it: "at least 14", "between 3 and 5".
#[derive(Clone, Debug)]
struct Quantity {
    value: CountValue,
    said: String,
    start_token: usize,
    end_token: usize,
}

fn vague_quantity(tokens: &[Token], i: usize) -> Option<(usize, &'static str)> {
    let word = tokens[i].word()?;
    let next = tokens.get(i + 1).and_then(Token::word);
    match (word, next) {
        ("no", Some("one")) | ("nobody" | "none", _) => None,
        ("several" | "multiple" | "numerous" | "many" | "dozens" | "scores" | "hundreds", _) => {
            Some((i, "not a number"))
        }
        ("a", Some("dozen" | "few" | "handful" | "number")) => Some((i + 1, "not an exact number")),
        _ => None,
    }
}

fn number_at(tokens: &[Token], i: usize) -> Option<u32> {
    let token = tokens.get(i)?;
    // "No one was hurt", "nobody was killed", "no casualties": a count of zero.
    let next = tokens.get(i + 1).and_then(Token::word);
    match (token.word(), next) {
        (Some("no"), Some("one" | "casualties" | "injuries" | "deaths" | "fatalities"))
        | (Some("nobody"), _) => return Some(0),
        (Some("one"), _) if i > 0 && tokens[i - 1].word() == Some("no") => return None,
        _ => {}
    }
    match &token.kind {
        TokenKind::Number { value, digits } if *digits < 6 => Some(*value),
        TokenKind::Word(word) => number_word(word),
        _ => None,
    }
}

/// Reads the quantity starting at token `i`, if one starts there.
fn quantity_at(tokens: &[Token], i: usize) -> Option<Quantity> {
    let words = |k: usize| tokens.get(k).and_then(Token::word).unwrap_or("");
    if let Some((end, why)) = vague_quantity(tokens, i) {
        let said = tokens[i..=end]
            .iter()
            .filter_map(Token::word)
            .collect::<Vec<_>>()
            .join(" ");
        return Some(Quantity {
            value: CountValue::Unknown,
            said: format!("{said}: {why}"),
            start_token: i,
            end_token: end,
        });
    }
    // Bounds and ranges around a number.
    let (bound, number_index) = match (words(i), words(i + 1)) {
        ("at", "least") => ("at least", i + 2),
        ("more" | "fewer" | "less", "than") => (
            if words(i) == "more" {
                "more than"
            } else {
                "fewer than"
            },
            i + 2,
        ),
        ("up", "to") => ("up to", i + 2),
        ("at", "most") => ("at most", i + 2),
        ("between", _) => ("between", i + 1),
        ("over", _) => ("more than", i + 1),
        ("about" | "around" | "some" | "nearly" | "almost" | "approximately" | "roughly", _) => {
            ("about", i + 1)
        }
        _ => ("", i),
    };
    let n = number_at(tokens, number_index)?;
    let is_article = matches!(words(number_index), "a" | "an");
    if is_article && !bound.is_empty() {
        return None;
    }
    // A second number: "3 to 5", "3-5", "between 3 and 5".
    let joiner = tokens.get(number_index + 1);
    let second = joiner
        .filter(|t| {
            t.is_punct('-') || t.is_punct('–') || matches!(t.word(), Some("to" | "or" | "and"))
        })
        .and_then(|_| number_at(tokens, number_index + 2).map(|m| (m, number_index + 2)))
        .filter(|(m, _)| *m > n && (bound == "between" || bound.is_empty()));
    let (value, said, end) = match (second, bound) {
        (Some((m, end)), _) => (
            Estimate {
                low: Some(n),
                best: None,
                high: Some(m),
            },
            format!("{n} to {m}"),
            end,
        ),
        (None, "between") => return None,
        (None, "at least") => (
            Estimate {
                low: Some(n),
                best: None,
                high: None,
            },
            format!("at least {n}"),
            number_index,
        ),
        (None, "more than") => (
            Estimate {
                low: Some(n.saturating_add(1)),
                best: None,
                high: None,
            },
            format!("more than {n}"),
            number_index,
        ),
        (None, "up to" | "at most") => (
            Estimate {
                low: None,
                best: None,
                high: Some(n),
            },
            format!("{bound} {n}"),
            number_index,
        ),
        (None, "fewer than") => (
            Estimate {
                low: None,
                best: None,
                high: Some(n.saturating_sub(1)),
            },
            format!("fewer than {n}"),
            number_index,
        ),
        (None, "about") => (Estimate::exact(n), format!("about {n}"), number_index),
        (None, _) => (Estimate::exact(n), n.to_string(), number_index),
    };
    Some(Quantity {
        value: CountValue::Known(value),
        said,
        start_token: i,
        end_token: end,
    })
}

/// A quantity with what it counts and the verb that says what happened to it.
#[derive(Clone, Debug)]
struct Mention {
    quantity: Quantity,
    noun: Option<(NounKind, String)>,
    /// Token index of the noun, or of the quantity when there is none.
    head: usize,
}

fn mentions(tokens: &[Token]) -> Vec<Mention> {
    let mut found = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let Some(quantity) = quantity_at(tokens, i) else {
            i += 1;
            continue;
        };
        // The noun: within three words after the quantity, across modifiers ("of the", "American").
        let mut noun = None;
        let mut head = quantity.end_token;
        for k in quantity.end_token + 1..(quantity.end_token + 6).min(tokens.len()) {
            if tokens[k].is_punct('-') {
                continue; // "explosive-laden drones"
            }
            let Some(word) = tokens[k].word() else { break };
            if let Some(kind) = noun_kind(word) {
                let compound = tokens
                    .get(k + 1)
                    .and_then(Token::word)
                    .is_some_and(is_compound_head);
                if !(kind == NounKind::Munition && compound) {
                    noun = Some((kind, word.to_owned()));
                    head = k;
                    break;
                }
            }
            if !is_modifier(word) {
                break;
            }
        }
        let bare_article = matches!(tokens[quantity.start_token].word(), Some("a" | "an"));
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

/// Verbs that say what happened to what was counted.
fn verb_field(word: &str) -> Option<Field> {
    Some(match word {
        "killed" | "killing" | "kill" | "kills" | "dead" | "died" | "die" | "deaths" | "death"
        | "fatalities" | "lives" | "slain" => Field::Killed,
        "wounded" | "wounding" | "wound" | "wounds" | "injured" | "injuring" | "injuries"
        | "injure" | "hurt" => Field::Wounded,
        "landed" | "land" | "landing" | "hit" | "hitting" | "struck" | "striking" | "impacted"
        | "fell" | "exploded" => Field::Impacted,
        "intercepted" | "intercepting" | "intercept" | "downed" | "destroyed" => Field::Intercepted,
        _ => return None,
    })
}

/// The verb at token `k`: "shot down" is intercepted, "came down" landed.
fn verb_at(tokens: &[Token], k: usize) -> Option<Field> {
    let word = tokens[k].word()?;
    if word == "down" {
        let before = k.checked_sub(1).and_then(|j| tokens[j].word());
        return match before {
            Some("shot" | "brought" | "knocked" | "taken") => Some(Field::Intercepted),
            Some("came" | "fell" | "went") => Some(Field::Impacted),
            _ => None,
        };
    }
    verb_field(word)
}

/// The casualty or impact verb nearest a mention's noun in its clause (not across ';' or '.').
fn verb_near(tokens: &[Token], mention: &Mention) -> Option<(Field, usize)> {
    let clause_break = |t: &Token| t.is_punct(';') || t.is_punct('.') || t.is_punct(':');
    let start = mention.quantity.start_token;
    let head = mention.head;
    let mut best: Option<(usize, Field)> = None;
    // On a tie the verb after the noun wins: "… killed and five civilians were wounded".
    let mut consider = |distance: usize, field: Field, after: bool| {
        if best.is_none_or(|(d, _)| distance < d || (after && distance == d)) {
            best = Some((distance, field));
        }
    };
    for (distance, k) in (0..start).rev().enumerate().take(4) {
        if clause_break(&tokens[k]) {
            break;
        }
        if let Some(field) = verb_at(tokens, k) {
            consider(distance, field, false);
        }
    }
    for (distance, k) in (head + 1..tokens.len()).enumerate().take(4) {
        if clause_break(&tokens[k]) {
            break;
        }
        if let Some(field) = verb_at(tokens, k) {
            consider(distance, field, true);
        }
    }
    best.map(|(distance, field)| (field, distance))
}

fn fits(field: Field, noun: Option<NounKind>, verb: Option<Field>) -> u8 {
    match field {
        Field::Munitions => match (noun, verb) {
            (Some(NounKind::Munition), Some(Field::Impacted | Field::Intercepted)) => 2,
            (Some(NounKind::Munition), _) => 3,
            (Some(NounKind::Attack), _) => 1,
            _ => 0,
        },
        Field::Killed | Field::Wounded => match (noun, verb) {
            (Some(NounKind::Person) | None, Some(v)) if v == field => 3,
            _ => 0,
        },
        Field::Impacted | Field::Intercepted => match (noun, verb) {
            (Some(NounKind::Munition) | None, Some(v)) if v == field => 3,
            _ => 0,
        },
        _ => 0,
    }
}

/// The count a span states for `field` (munitions, impacted, intercepted, killed, wounded), the
/// best-fitting mention first; `None` when the span states none.
pub fn propose_count(span: &str, field: Field) -> Option<CountProposal> {
    let tokens = tokenize(span);
    // Best fit first; among equals, the one whose verb stands closest.
    let mut scored: Vec<(u8, usize, Mention)> = mentions(&tokens)
        .into_iter()
        .map(|m| {
            let verb = verb_near(&tokens, &m);
            let fit = fits(
                field,
                m.noun.as_ref().map(|(kind, _)| *kind),
                verb.map(|(f, _)| f),
            );
            (fit, verb.map_or(usize::MAX, |(_, d)| d), m)
        })
        .filter(|(fit, _, _)| *fit > 0)
        .collect();
    scored.sort_by_key(|(fit, distance, _)| (std::cmp::Reverse(*fit), *distance));
    let (_, _, best) = scored.into_iter().next()?;
    let noun = best
        .noun
        .as_ref()
        .map(|(_, word)| format!(" {word}"))
        .unwrap_or_default();
    let value = best.quantity.value.clone();
    let meaning = match &value {
        CountValue::Unknown => "unknown count".to_owned(),
        CountValue::Known(estimate) => describe(estimate),
    };
    Some(CountProposal {
        value,
        reason: format!(
            "{}{noun} → {} {meaning}",
            best.quantity.said,
            field.as_str()
        ),
        span_start: tokens[best.quantity.start_token].start,
        span_end: tokens[best.head.max(best.quantity.end_token)].end,
    })
}

/// A count found in a span, with the field it best fits: for suggestions while reading.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CountMention {
    pub field: Field,
    pub reason: String,
    pub span_start: usize,
    pub span_end: usize,
}

/// Every count in `span` that fits a count field, each with the field it fits best.
pub fn count_mentions(span: &str) -> Vec<CountMention> {
    const FIELDS: [Field; 5] = [
        Field::Killed,
        Field::Wounded,
        Field::Impacted,
        Field::Intercepted,
        Field::Munitions,
    ];
    let tokens = tokenize(span);
    mentions(&tokens)
        .into_iter()
        .filter_map(|m| {
            let verb = verb_near(&tokens, &m).map(|(field, _)| field);
            let noun = m.noun.as_ref().map(|(kind, _)| *kind);
            let field = FIELDS
                .into_iter()
                .max_by_key(|f| fits(*f, noun, verb))
                .filter(|f| fits(*f, noun, verb) > 0)?;
            let noun_word = m
                .noun
                .as_ref()
                .map(|(_, w)| format!(" {w}"))
                .unwrap_or_default();
            Some(CountMention {
                field,
                reason: format!("{}{noun_word} → {}", m.quantity.said, field.as_str()),
                span_start: tokens[m.quantity.start_token].start,
                span_end: tokens[m.head.max(m.quantity.end_token)].end,
            })
        })
        .collect()
}

fn describe(estimate: &Estimate) -> String {
    let part = |name: &str, value: Option<u32>| value.map(|v| format!("{name} {v}"));
    [
        part("low", estimate.low),
        part("best", estimate.best),
        part("high", estimate.high),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn value(span: &str, field: Field) -> Option<CountValue> {
        propose_count(span, field).map(|p| p.value)
    }

    fn exact(n: u32) -> Option<CountValue> {
        Some(CountValue::Known(Estimate::exact(n)))
    }

    #[test]
    fn munitions_in_digits_and_words() {
        assert_eq!(
            value("seven rockets were fired", Field::Munitions),
            exact(7)
        );
        assert_eq!(
            value("14 rockets hitting an Iraqi air base", Field::Munitions),
            exact(14)
        );
        assert_eq!(
            value("fired six Katyusha rockets", Field::Munitions),
            exact(6)
        );
        assert_eq!(value("a rocket hit a house", Field::Munitions), exact(1));
        let at_least = Estimate {
            low: Some(14),
            best: None,
            high: None,
        };
        assert_eq!(
            value("at least 14 rockets", Field::Munitions),
            Some(CountValue::Known(at_least))
        );
        let range = Estimate {
            low: Some(3),
            best: None,
            high: Some(5),
        };
        assert_eq!(
            value("between three and five mortar rounds", Field::Munitions),
            Some(CountValue::Known(range))
        );
    }

    #[test]
    fn vague_quantities_are_unknown_counts() {
        assert_eq!(
            value("several rockets", Field::Munitions),
            Some(CountValue::Unknown)
        );
        assert_eq!(
            value("a dozen rockets", Field::Munitions),
            Some(CountValue::Unknown)
        );
        assert_eq!(
            value("dozens of rockets", Field::Munitions),
            Some(CountValue::Unknown)
        );
    }

    #[test]
    fn attacks_count_as_a_fallback_with_a_lower_bound() {
        let at_least = Estimate {
            low: Some(32),
            best: None,
            high: None,
        };
        assert_eq!(
            value("at least 32 attacks on US forces", Field::Munitions),
            Some(CountValue::Known(at_least))
        );
        assert_eq!(
            value("a rocket attack on the base", Field::Munitions),
            Some(CountValue::Known(Estimate::exact(1)))
        );
    }

    #[test]
    fn casualties_are_tied_to_their_verbs() {
        let span = "killing one girl and wounding five civilians";
        assert_eq!(value(span, Field::Killed), exact(1));
        assert_eq!(value(span, Field::Wounded), exact(5));
        let other = "one girl was killed and five civilians were wounded";
        assert_eq!(value(other, Field::Killed), exact(1));
        assert_eq!(value(other, Field::Wounded), exact(5));
        assert_eq!(
            value("killing an American contractor", Field::Killed),
            exact(1)
        );
        assert_eq!(
            value("wounding two American service members", Field::Wounded),
            exact(2)
        );
        assert_eq!(
            value("wounding two American service members", Field::Killed),
            None
        );
        assert_eq!(
            value("killed at least 25 fighters", Field::Killed),
            Some(CountValue::Known(Estimate {
                low: Some(25),
                best: None,
                high: None
            }))
        );
    }

    #[test]
    fn landed_and_intercepted() {
        assert_eq!(
            value(
                "Four of the rockets landed in the Green Zone",
                Field::Impacted
            ),
            exact(4)
        );
        assert_eq!(
            value(
                "Only four rockets landed in the Green Zone",
                Field::Impacted
            ),
            exact(4)
        );
        assert_eq!(
            value("C-RAM intercepted two rockets", Field::Intercepted),
            exact(2)
        );
        assert_eq!(value("seven rockets were fired", Field::Impacted), None);
        assert_eq!(
            value("two rockets were shot down", Field::Intercepted),
            exact(2)
        );
        let came_down = "several of them came down north-east of the city";
        assert_eq!(value(came_down, Field::Impacted), Some(CountValue::Unknown));
        assert_eq!(value(came_down, Field::Intercepted), None);
    }

    #[test]
    fn spans_without_counts_propose_nothing() {
        assert_eq!(
            value("Kataib Hezbollah denied the attack", Field::Munitions),
            None
        );
        assert_eq!(value("4,500 rounds per minute", Field::Killed), None);
        assert_eq!(value("", Field::Wounded), None);
    }
}
