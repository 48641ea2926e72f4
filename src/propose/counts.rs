//! Counts from a span: munitions ("seven rockets", "at least 14 rockets"), how many landed or
//! were intercepted, and casualties ("killing one girl and wounding five civilians").

use super::arabic;
use super::tokens::{Token, TokenKind, number_word, tokenize};
use crate::model::{Estimate, Field};

/// A count as an analyst types it into a field: digits in any script ("6", "٦") or a number
/// word ("six", "twenty-one", "ستة"); empty is no count. Anything else is refused with the
/// reason, so that "six or so" is never stored as 6 or silently dropped.
pub fn parse_count(text: &str) -> Result<Option<u32>, String> {
    let trimmed = text.trim();
    if trimmed.is_empty() {
        return Ok(None);
    }
    let tokens: Vec<Token> = tokenize(trimmed)
        .into_iter()
        .filter(|t| !t.is_punct('-'))
        .collect();
    let value_of = |t: &Token| match &t.kind {
        TokenKind::Number { value, .. } => Some(*value),
        TokenKind::Word(w) => number_word(w).or_else(|| arabic::number_word(w)),
        TokenKind::Punct(_) => None,
    };
    let refused = || {
        Err(format!(
            "“{trimmed}” is not a count: type digits or one number in words"
        ))
    };
    match tokens.as_slice() {
        [one] => value_of(one).map(Some).map_or_else(refused, Ok),
        // "twenty one", "twenty-one"
        [tens, units] => match (value_of(tens), value_of(units)) {
            (Some(t), Some(u)) if t >= 20 && t % 10 == 0 && (1..10).contains(&u) => Ok(Some(t + u)),
            _ => refused(),
        },
        _ => refused(),
    }
}

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

/// Arabic nouns counted, singular and plural.
const ARABIC_MUNITIONS: &[&str] = &[
    "صاروخ",
    "صواريخ",
    "صاروخا",
    "قذيفة",
    "قذائف",
    "عبوة",
    "عبوات",
    "طائرة",
    "طائرات",
    "مسيرة",
    "مسيرات",
    "قنبلة",
    "قنابل",
];
const ARABIC_PEOPLE: &[&str] = &[
    "جندي",
    "جنود",
    "جنديا",
    "شخص",
    "أشخاص",
    "اشخاص",
    "مدني",
    "مدنيين",
    "مدنيون",
    "عنصر",
    "عناصر",
    "مقاتل",
    "مقاتلين",
    "مقاتلون",
    "متعاقد",
    "متعاقدين",
    "طفل",
    "أطفال",
    "امرأة",
    "نساء",
    "رجل",
    "رجال",
    "ضابط",
    "ضباط",
    "منتسب",
    "منتسبين",
    "عسكري",
    "عسكريين",
    "موظف",
    "موظفين",
    "مواطن",
    "مواطنين",
    "أمريكي",
    "أمريكيين",
    "عراقي",
    "عراقيين",
];

fn noun_kind(word: &str) -> Option<NounKind> {
    if arabic::is_arabic(word) {
        if let Some(singular) = accusative_singular(word)
            && let Some(kind) = noun_kind(singular)
        {
            return Some(kind);
        }
        if arabic::is_one_of(word, ARABIC_MUNITIONS) {
            return Some(NounKind::Munition);
        }
        if arabic::is_one_of(word, ARABIC_PEOPLE) {
            return Some(NounKind::Person);
        }
        return None;
    }
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
        | "staff" | "diplomat" | "worker" | "militant" | "militiamen" | "militiaman" | "son"
        | "daughter" | "wife" | "husband" | "brother" | "sister" | "father" | "mother"
        | "relative" | "baby" | "infant" | "teenager" | "student" | "pilgrim" | "policeman"
        | "policemen" | "farmer" | "shepherd" | "driver" | "passenger" | "journalist"
        | "employee" | "official" | "engineer" | "marine" | "airman" | "airmen" | "sailor"
        | "servicemember" | "servicemen" | "serviceman" | "servicewoman" | "trucker"
        | "fisherman" | "fishermen" | "medic" | "paramedic" | "nurse" | "doctor" | "translator"
        | "interpreter" | "technician" | "mechanic" | "labourer" | "laborer" | "recruit"
        | "conscript" | "volunteer" | "commander" | "sergeant" => NounKind::Person,
        "attack" | "incident" | "strike" | "assault" => NounKind::Attack,
        _ if is_demonym(singular) => NounKind::Person,
        _ => return None,
    })
}

/// A people's name for one of its own, which counts people: "two Americans and one Briton",
/// "three Iraqis", "a Filipino", "two Lebanese". By its endings, and the few that have none.
fn is_demonym(word: &str) -> bool {
    nationality_ending(word, &["ian", "i", "ino", "ese"])
        || matches!(
            word,
            "briton"
                | "brit"
                | "kurd"
                | "turk"
                | "dane"
                | "pole"
                | "swede"
                | "afghan"
                | "arab"
                | "frenchman"
                | "frenchmen"
                | "dutchman"
                | "yemeni"
                | "saudi"
                | "omani"
        )
}

/// Singular Arabic nouns for one person, as counted after a casualty noun.
const ARABIC_ONE_PERSON: &[&str] = &[
    "جندي",
    "شخص",
    "مدني",
    "عنصر",
    "مقاتل",
    "متعاقد",
    "طفل",
    "امرأة",
    "ضابط",
    "مواطن",
    "موظف",
    "عامل",
    "شرطي",
    "منتسب",
    "سائق",
    "حارس",
    "مترجم",
    "صحفي",
];
/// Singular Arabic munition nouns, counted one when "واحد" follows.
const ARABIC_ONE_MUNITION: &[&str] = &["صاروخ", "قذيفة", "عبوة", "طائرة", "مسيرة", "قنبلة"];

/// One of a noun Arabic names without a number, at token `i`: a casualty noun followed by a
/// singular person ("مقتل جندي"), or a singular munition followed by واحد ("صاروخ واحد").
/// The kind, where the noun stands and the last token of the mention.
fn arabic_one(tokens: &[Token], i: usize) -> Option<(NounKind, usize, usize)> {
    let word = tokens[i].word().filter(|w| arabic::is_arabic(w))?;
    let next = tokens.get(i + 1).and_then(Token::word).unwrap_or("");
    // The verbal noun or the passive verb: "مقتل متعاقد", "قتل شخص وأصيب اثنان".
    let casualty = arabic::is_one_of(
        word,
        &[
            "مقتل",
            "إصابة",
            "مصرع",
            "استشهاد",
            "وإصابة",
            "قتل",
            "أصيب",
            "جرح",
            "استشهد",
        ],
    );
    if casualty && arabic::is_one_of(next, ARABIC_ONE_PERSON) {
        return Some((NounKind::Person, i + 1, i + 1));
    }
    if arabic::is_one_of(word, ARABIC_ONE_MUNITION) && arabic::is_one_of(next, &["واحد", "واحدة"])
    {
        return Some((NounKind::Munition, i, i + 1));
    }
    // Arabic has no "a": a singular munition without a number is one ("سقط صاروخ كاتيوشا",
    // "انفجار عبوة ناسفة"); "طائرة مسيرة" is one drone.
    if !follows_a_number(tokens, i) && arabic::is_one_of(word, ARABIC_ONE_MUNITION) {
        let drone = arabic::is_one_of(word, &["طائرة"]) && arabic::is_one_of(next, &["مسيرة"]);
        return Some((NounKind::Munition, i, if drone { i + 1 } else { i }));
    }
    None
}

/// A mention of exactly one `noun`, its quantity the tokens `quantity` (`said` as the reason
/// quotes it), its noun at token `head`.
fn one_of(
    kind: NounKind,
    noun: String,
    said: String,
    quantity: std::ops::RangeInclusive<usize>,
    head: usize,
) -> Mention {
    Mention {
        quantity: Quantity {
            value: CountValue::Known(Estimate::exact(1)),
            said,
            start_token: *quantity.start(),
            end_token: *quantity.end(),
        },
        noun: Some((kind, noun)),
        head,
    }
}

/// "وطفلها", "وابنه": "and" written onto one person, with or without "her"/"his".
fn and_one_more_person(word: &str) -> bool {
    let Some(rest) = word.strip_prefix('و') else {
        return false;
    };
    let without_pronoun = ["هما", "هم", "ها", "ه"]
        .iter()
        .find_map(|suffix| rest.strip_suffix(suffix))
        .unwrap_or(rest);
    [rest, without_pronoun]
        .iter()
        .any(|w| arabic::is_one_of(w, ARABIC_ONE_PERSON) || arabic::is_one_of(w, &["ابن", "ابنة"]))
}

/// A noun for one person ("son", "driver"), not for many ("sons", "people", "children").
fn is_singular_person(word: &str) -> bool {
    !word.ends_with('s')
        && !matches!(
            word,
            "people"
                | "children"
                | "men"
                | "women"
                | "militiamen"
                | "policemen"
                | "airmen"
                | "servicemen"
                | "fishermen"
                | "personnel"
                | "staff"
        )
}

/// Words that may stand between a number and its noun ("seven Katyusha rockets", "two
/// British troops"): the listed ones, and nationality adjectives by their endings.
fn is_modifier(word: &str) -> bool {
    // A participle before the noun describes it: "two incoming rockets", "three unexploded
    // shells", "five wounded soldiers".
    let participle = word.chars().count() > 5 && (word.ends_with("ing") || word.ends_with("ed"));
    nationality_ending(word, &["ish", "ian", "ean", "ese", "i", "an", "ino"])
        || is_listed_modifier(word)
        || participle
}

/// Whether `word`, of five letters or more, ends as nationalities do (one of `endings`).
fn nationality_ending(word: &str, endings: &[&str]) -> bool {
    word.chars().count() >= 5 && endings.iter().any(|ending| word.ends_with(ending))
}

fn is_listed_modifier(word: &str) -> bool {
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
            // A calibre written apart: "14 107 mm rockets", "a 122-mm rocket".
            | "mm"
            // "five security force members".
            | "force"
            | "forces"
            | "mortar"
            | "rocket"
            | "them"
            // Kinds and names of munitions: "59 Tomahawk cruise missiles", "two car bombs".
            | "cruise"
            | "ballistic"
            | "guided"
            | "precision"
            | "tomahawk"
            | "grad"
            | "car"
            | "truck"
            // Trades named by what they work with: "a taxi driver", "two aid workers".
            | "taxi"
            | "bus"
            | "tanker"
            | "aid"
            | "oil"
            | "construction"
            | "private"
            | "suicide"
            | "kamikaze"
            | "attack"
            | "artillery"
            | "tank"
            | "anti"
            | "booby"
            | "trapped"
            | "sticky"
            | "roadside"
            | "improvised"
            | "homemade"
            | "short"
            | "medium"
            | "long"
            | "range"
            | "unmanned"
            | "aerial"
            | "fixed"
            | "wing"
            | "surface"
            | "to"
            | "air"
    )
}

/// Whether token `k` is a letter or a dot of an abbreviation written with dots ("U.S.",
/// "U.K."), which stands where one modifier would.
fn is_in_abbreviation(tokens: &[Token], k: usize) -> bool {
    let letter = |j: usize| {
        tokens
            .get(j)
            .and_then(Token::word)
            .is_some_and(|w| w.chars().count() == 1)
    };
    let dot = |j: usize| tokens.get(j).is_some_and(|t| t.is_punct('.'));
    let before = |back: usize| k.checked_sub(back);
    // Letter, dot, letter, dot: each letter and dot has a letter or a dot of it on both sides.
    if dot(k) {
        before(1).is_some_and(letter) && (letter(k + 1) || before(2).is_some_and(dot))
    } else {
        letter(k) && dot(k + 1) && (letter(k + 2) || before(1).is_some_and(dot))
    }
}

/// Whether token `k` is the number of a calibre written apart from its unit: the 107 of
/// "14 107 mm rockets" or of "107-mm".
fn is_calibre(tokens: &[Token], k: usize) -> bool {
    let unit = |j: usize| tokens.get(j).and_then(Token::word) == Some("mm");
    tokens[k].number().is_some()
        && (unit(k + 1) || (tokens.get(k + 1).is_some_and(|t| t.is_punct('-')) && unit(k + 2)))
}

/// Whether token `k` is a word joined by a hyphen to the word before or after it: a part of
/// a compound that describes the noun ("anti-ship", "vehicle-borne", "Iranian-made").
fn in_hyphenated_compound(tokens: &[Token], k: usize) -> bool {
    let hyphen = |j: usize| tokens.get(j).is_some_and(|t| t.is_punct('-'));
    let word = |j: usize| tokens.get(j).and_then(Token::word).is_some();
    (k >= 2 && hyphen(k - 1) && word(k - 2)) || (hyphen(k + 1) && word(k + 2))
}

/// A nationality ("Iranian", "Iraqi", "American"), which is a person as a noun and describes
/// the noun after it as an adjective.
fn is_people_name(word: &str) -> bool {
    let singular = word.strip_suffix('s').unwrap_or(word);
    is_demonym(singular) || matches!(singular, "american" | "iraqi")
}

/// The noun a word before `from` describes: the first noun within `reach`, across modifiers
/// and hyphenated compounds ("service member", "-made drones", "ballistic missile").
fn described_noun(tokens: &[Token], from: usize, reach: usize) -> Option<(NounKind, usize)> {
    for k in from..reach.min(tokens.len()) {
        if tokens[k].is_punct('-') {
            continue;
        }
        let word = tokens[k].word()?;
        if let Some(kind) = noun_kind(word).filter(|_| !is_people_name(word)) {
            return Some((kind, k));
        }
        if !is_modifier(word) && !in_hyphenated_compound(tokens, k) {
            return None;
        }
    }
    None
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
        ("a", Some("few" | "handful" | "number")) => Some((i + 1, "not an exact number")),
        // "a volley of rockets" counts none; "a barrage of 20 rockets" counts 20.
        ("a", Some("volley" | "barrage" | "salvo" | "hail" | "wave"))
            if !tokens[i + 2..(i + 5).min(tokens.len())]
                .iter()
                .any(|t| t.number().is_some()) =>
        {
            Some((i + 1, "not a number"))
        }
        // "عدة صواريخ", "عشرات القذائف", "عدد من الجنود": no number either.
        (w, _) if arabic::is_one_of(w, &["عدة", "عشرات", "مئات", "بضعة", "بضع", "العديد"]) => {
            Some((i, "not a number"))
        }
        (w, Some(n)) if arabic::is_one_of(w, &["عدد"]) && arabic::is_one_of(n, &["من"]) => {
            Some((i + 1, "not an exact number"))
        }
        _ => None,
    }
}

/// An Arabic bound before a number, and where the number stands: "أكثر من" (more than),
/// "ما يزيد عن" (over), "ما لا يقل عن" / "لا يقل عن" (at least), "أقل من" (fewer than), "ما
/// يصل إلى" (up to), "نحو", "حوالي", "قرابة" (about).
fn arabic_bound(tokens: &[Token], i: usize, first: &str, second: &str) -> (&'static str, usize) {
    let word = |k: usize| tokens.get(k).and_then(Token::word).unwrap_or("");
    let is = |w: &str, forms: &'static [&'static str]| arabic::is_one_of(w, forms);
    if is(first, &["أكثر", "اكثر"]) && is(second, &["من"]) {
        return ("more than", i + 2);
    }
    if is(first, &["أقل", "اقل"]) && is(second, &["من"]) {
        return ("fewer than", i + 2);
    }
    if is(first, &["ما"]) && is(second, &["يزيد"]) && is(word(i + 2), &["عن", "على"]) {
        return ("more than", i + 3);
    }
    if is(first, &["ما"]) && is(second, &["لا"]) && is(word(i + 2), &["يقل"]) {
        return ("at least", i + 4);
    }
    if is(first, &["لا"]) && is(second, &["يقل"]) {
        return ("at least", i + 3);
    }
    if is(first, &["ما"]) && is(second, &["يصل"]) && is(word(i + 2), &["إلى", "الى"]) {
        return ("up to", i + 3);
    }
    if is(first, &["نحو", "حوالي", "قرابة", "زهاء"]) {
        return ("about", i + 1);
    }
    ("", i)
}

fn number_at(tokens: &[Token], i: usize) -> Option<u32> {
    let token = tokens.get(i)?;
    // "No one was hurt", "nobody was killed", "no casualties": a count of zero.
    let next = tokens.get(i + 1).and_then(Token::word);
    match (token.word(), next) {
        (Some("no"), Some("one" | "casualties" | "injuries" | "deaths" | "fatalities"))
        | (Some("nobody"), _)
        // "none of the rockets hit the base"
        | (Some("none"), Some("of")) => return Some(0),
        (Some("one"), _) if i > 0 && tokens[i - 1].word() == Some("no") => return None,
        _ => {}
    }
    match &token.kind {
        TokenKind::Number { value, digits } if *digits < 6 => Some(*value),
        TokenKind::Word(word) => number_word(word).or_else(|| arabic::number_word(word)),
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
        (
            "about" | "around" | "some" | "nearly" | "almost" | "approximately" | "roughly"
            | "circa",
            _,
        ) => ("about", i + 1),
        // "an estimated 30 rockets"
        ("an", "estimated") => ("about", i + 2),
        // "approx. 9", "ca. 9", "c. 9"
        ("approx" | "ca" | "c", _) if tokens.get(i + 1).is_some_and(|t| t.is_punct('.')) => {
            ("about", i + 2)
        }
        ("approx", _) => ("about", i + 1),
        (first, second) if arabic::is_arabic(first) => arabic_bound(tokens, i, first, second),
        _ => ("", i),
    };
    // "a dozen rockets" is about twelve, "half a dozen" about six ("dozens" is no number).
    let dozen = match (
        words(number_index),
        words(number_index + 1),
        words(number_index + 2),
    ) {
        ("a", "dozen", _) => Some((12, number_index + 1)),
        ("a", "pair", "of") => Some((2, number_index + 1)),
        ("half", "a", "dozen") => Some((6, number_index + 2)),
        // "two dozen people", "three dozen rockets": that many twelves.
        (_, "dozen", _) => number_at(tokens, number_index)
            .filter(|n| (2..=20).contains(n))
            .map(|n| (n * 12, number_index + 1)),
        _ => None,
    };
    let (n, number_index, bound) = match dozen {
        // A pair is two exactly; a dozen about twelve.
        Some((2, last)) => (2, last, bound),
        Some((n, last)) => (n, last, if bound.is_empty() { "about" } else { bound }),
        None => {
            let n = number_at(tokens, number_index)?;
            let is_article = matches!(words(number_index), "a" | "an");
            if is_article && !bound.is_empty() {
                return None;
            }
            (n, number_index, bound)
        }
    };
    // "قتل 12 مدنياً على الأقل": Arabic may put "at least" after the noun.
    let at_least_after = (2..=3).any(|k| {
        let (a, b) = (words(number_index + k - 1), words(number_index + k));
        arabic::is_one_of(a, &["على"]) && arabic::is_one_of(b, &["الأقل"])
    });
    let bound = if bound.is_empty() && at_least_after {
        "at least"
    } else {
        bound
    };
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
        // Kept as the best estimate; the reason says it is approximate.
        (None, "about") => (
            Estimate::exact(n),
            format!("about {n} (approximate)"),
            number_index,
        ),
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

/// Whether a number stands just before token `i` (then the noun there is counted by it).
fn follows_a_number(tokens: &[Token], i: usize) -> bool {
    i.checked_sub(1)
        .is_some_and(|k| number_at(tokens, k).is_some())
}

/// Arabic counts stated without a number: one dead or wounded person named by a singular noun
/// ("سقوط قتيل وجريحين": one dead), one of them ("سقط أحدها": one of them fell), and a volley of
/// rockets ("رشقة صاروخية"), which is no number.
fn arabic_without_number(tokens: &[Token], i: usize) -> Option<Mention> {
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
    if !after_number && arabic::is_one_of(word, &["قتيل", "قتيلا", "جريح", "جريحا", "مصاب"])
    {
        let noun = Some((NounKind::Person, word.to_owned()));
        return Some(one(noun, format!("{word} (one)")));
    }
    // "مقتل جندي وإصابة آخر": one other, named by the casualty noun before it.
    let after_casualty = i
        .checked_sub(1)
        .and_then(|k| tokens[k].word())
        .is_some_and(|w| matches!(verb_field(w), Some(Field::Killed | Field::Wounded)));
    if after_casualty && arabic::is_one_of(word, &["آخر", "أخرى"]) {
        let noun = Some((NounKind::Person, word.to_owned()));
        return Some(one(noun, format!("{word} (one other)")));
    }
    if arabic::is_one_of(
        word,
        &["أحدها", "احدها", "أحدهما", "إحداها", "احداها", "إحداهما"],
    ) {
        return Some(one(None, format!("{word} (one of them)")));
    }
    let next = tokens.get(i + 1).and_then(Token::word).unwrap_or("");
    if arabic::is_one_of(word, &["رشقة", "رشقات", "وابل"])
        && arabic::is_one_of(next, &["صاروخية", "من", "صواريخ"])
    {
        return Some(Mention {
            quantity: Quantity {
                value: CountValue::Unknown,
                said: format!("{word} {next}: not a number"),
                start_token: i,
                end_token: i + 1,
            },
            noun: Some((NounKind::Munition, next.to_owned())),
            head: i + 1,
        });
    }
    None
}

fn mentions(tokens: &[Token]) -> Vec<Mention> {
    let mut found = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        // An Arabic dual counts two of its noun: "صاروخين", two rockets; "قتيلين", two dead.
        if let Some(kind) = tokens[i]
            .word()
            .and_then(arabic::dual_singular)
            .and_then(|singular| {
                noun_kind(&singular).or_else(|| casualty_noun(&singular).map(|_| NounKind::Person))
            })
        {
            let word = tokens[i].word().unwrap_or_default().to_owned();
            found.push(Mention {
                quantity: Quantity {
                    value: CountValue::Known(Estimate::exact(2)),
                    said: format!("{word} (two)"),
                    start_token: i,
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
        // Arabic names one of a noun without a number: "مقتل متعاقد أمريكي" (one contractor
        // killed), "صاروخ واحد" (one rocket).
        if let Some((kind, noun_at, last)) = arabic_one(tokens, i) {
            let word = tokens[noun_at].word().unwrap_or_default().to_owned();
            let said = format!("{word} (one)");
            // The casualty noun before stays outside, where it is read as the verb.
            found.push(one_of(kind, word, said, noun_at..=last, last));
            i = last + 1;
            continue;
        }
        // "وطفلها" (and her child) after one person counted: one more.
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
        // when another count is joined to it ("the driver and a passenger").
        let joined_after = || tokens.get(i + 2).and_then(Token::word) == Some("and");
        if let (Some(determiner @ ("his" | "her" | "their" | "the")), Some(next)) =
            (tokens[i].word(), tokens.get(i + 1).and_then(Token::word))
            && (determiner != "the" || joined_after())
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
        let reach = (quantity.end_token + 6 + dotted.saturating_sub(1)).min(tokens.len());
        for k in quantity.end_token + 1..reach {
            if tokens[k].is_punct('-') || is_in_abbreviation(tokens, k) || is_calibre(tokens, k) {
                continue; // "explosive-laden drones", "two U.S. soldiers", "14 107 mm rockets"
            }
            let Some(word) = tokens[k].word() else { break };
            // "two of the wounded": people, not a verb.
            let of_the =
                k >= 2 && tokens[k - 2].word() == Some("of") && tokens[k - 1].word() == Some("the");
            // "ثلاثة جرحى": the noun for the casualties is the people counted.
            if (of_the && matches!(word, "wounded" | "injured" | "dead"))
                || (k == quantity.end_token + 1 && casualty_noun(word).is_some())
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
            if let Some(kind) = noun_kind(word) {
                let compound = tokens
                    .get(k + 1)
                    .and_then(Token::word)
                    .is_some_and(is_compound_head);
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
                            Some(next) if noun_kind(next) == Some(kind) => {
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
            if !is_modifier(word) && !in_hyphenated_compound(tokens, k) {
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

/// Arabic verbs and verbal nouns that say what happened to what was counted.
const ARABIC_VERBS: &[(&[&str], Field)] = &[
    (
        &[
            "مقتل",
            "قتل",
            "قتلى",
            "قتيل",
            "قتيلا",
            "مصرع",
            "استشهاد",
            "شهداء",
            "توفي",
            "مات",
            "حتفه",
            "حتفهم",
            "حتفهما",
            "لقي",
            "لقوا",
        ],
        Field::Killed,
    ),
    (
        &[
            "إصابة",
            "إصابات",
            "أصيب",
            "أصيبوا",
            "جرحى",
            "جريح",
            "جرح",
            "جروح",
            "بجروح",
        ],
        Field::Wounded,
    ),
    (
        &["سقوط", "سقط", "سقطت", "أصابت", "انفجرت", "انفجار"],
        Field::Impacted,
    ),
    (
        &["اعتراض", "أسقطت", "إسقاط", "اسقاط", "اعترضت"],
        Field::Intercepted,
    ),
];

/// Verbs that say what happened to what was counted.
fn verb_field(word: &str) -> Option<Field> {
    if arabic::is_arabic(word) {
        return ARABIC_VERBS
            .iter()
            .find(|(forms, _)| arabic::is_one_of(word, forms))
            .map(|(_, field)| *field);
    }
    Some(match word {
        "killed" | "killing" | "kill" | "kills" | "dead" | "died" | "die" | "deaths" | "death"
        | "fatalities" | "lives" | "slain" | "perished" | "perish" => Field::Killed,
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
    let before = |back: usize| k.checked_sub(back).and_then(|j| tokens[j].word());
    // "lost his life", not "life-threatening injuries".
    if word == "life" {
        return matches!(before(1), Some("his" | "her" | "their"))
            .then_some(Field::Killed)
            .filter(|_| matches!(before(2), Some("lost" | "losing" | "lose")));
    }
    // "suffered no injuries", "no deaths": an absence, which a count is not the subject of.
    if before(1) == Some("no") && verb_field(word).is_some() {
        return None;
    }
    // "fatally wounding a guard", "mortally injured", "fatally shot": a death.
    if matches!(before(1), Some("fatally" | "mortally"))
        && (verb_field(word) == Some(Field::Wounded) || matches!(word, "shot" | "shooting"))
    {
        return Some(Field::Killed);
    }
    // "were later diagnosed with traumatic brain injuries", "treated for concussions": the
    // injury stands a few words after the verb that carries it.
    if matches!(
        word,
        "diagnosed" | "treated" | "suffered" | "sustained" | "suffering" | "sustaining"
    ) {
        let injury = (k + 1..tokens.len().min(k + 6)).any(|j| {
            tokens[j].word().is_some_and(|w| {
                (verb_field(w) == Some(Field::Wounded)
                    || matches!(w, "concussion" | "concussions" | "burns" | "shrapnel"))
                    && tokens[j - 1].word() != Some("no")
            })
        });
        return injury.then_some(Field::Wounded);
    }
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
    // "مقتل مدنيين اثنين": Arabic may put "two" after its noun; the verb stands before both.
    let noun_before = mention.quantity.start_token.checked_sub(1).filter(|&k| {
        tokens[k]
            .word()
            .is_some_and(|w| arabic::is_arabic(w) && noun_kind(w).is_some())
    });
    let start = noun_before.unwrap_or(mention.quantity.start_token);
    let head = mention.head;
    let mut best: Option<(usize, Field)> = None;
    // On a tie the verb after the noun wins in English ("… killed and five civilians were
    // wounded"), the one before in Arabic, which puts the verb first ("قتل ثلاثة أشخاص
    // وأصيب خمسة آخرون").
    let arabic_order = tokens[start].word().is_some_and(arabic::is_arabic)
        || tokens[head].word().is_some_and(arabic::is_arabic);
    let mut consider = |distance: usize, field: Field, after: bool| {
        let wins_tie = after != arabic_order;
        if best.is_none_or(|(d, _)| distance < d || (wins_tie && distance == d)) {
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
    let verb_before = (0..start)
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
        // "two members of the security forces were killed": the phrase that says whose
        // members they are is passed over to reach the verb, when none stands before.
        if k == head + 1 && tokens[k].word() == Some("of") && !verb_before {
            let reach = k + 1..tokens.len().min(k + 7);
            let clause_end = reach
                .clone()
                .find(|&j| clause_break(&tokens[j]))
                .unwrap_or(reach.end);
            if let Some(j) = verb_or_auxiliary(tokens, reach.start..clause_end) {
                k = j;
                continue;
            }
        }
        if matches!(
            tokens[k].word(),
            Some("including" | "among" | "بينهم" | "منهم")
        ) {
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
        if let Some(field) = verb_at(tokens, k) {
            consider(distance, field, true);
        }
        // "life-threatening injuries": a hyphen joins words, it is none.
        if !tokens[k].is_punct('-') {
            distance += 1;
        }
        k += 1;
    }
    best.map(|(distance, field)| (field, distance))
}

/// The first token in `range` that is a casualty or impact verb, or the auxiliary of one.
fn verb_or_auxiliary(tokens: &[Token], range: std::ops::Range<usize>) -> Option<usize> {
    range.into_iter().find(|&j| {
        verb_at(tokens, j).is_some()
            || matches!(tokens[j].word(), Some("was" | "were" | "are" | "is"))
    })
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
/// best-fitting mention first; `None` when the span states none. People counted in groups
/// joined by "and" add up ("three soldiers and a contractor were killed" is 4); a casualty
/// stated as absent ("no troops were hurt", "no casualties") is 0.
pub fn propose_count(span: &str, field: Field) -> Option<CountProposal> {
    let tokens = tokenize(span);
    let all = mentions(&tokens);
    // Best fit first; among equals, the one whose verb stands closest.
    let mut scored: Vec<(u8, usize, usize)> = all
        .iter()
        .enumerate()
        .map(|(index, m)| {
            // A casualty noun says itself what happened: "سقوط قتيلين" is two killed, "سقوط
            // قتيل" one.
            let verb = m
                .noun
                .as_ref()
                .and_then(|(_, word)| {
                    arabic::dual_singular(word)
                        .and_then(|singular| casualty_noun(&singular))
                        .or_else(|| casualty_noun(word))
                })
                .map(|field| (field, 0))
                .or_else(|| verb_near(&tokens, m));
            let noun = m.noun.as_ref().map(|(kind, _)| *kind);
            let mut fit = fits(field, noun, verb.map(|(f, _)| f));
            // "killed and wounded dozens": the count is said of both verbs.
            if fit == 0 && coordinated_verbs(&tokens, m).contains(&field) {
                fit = fits(field, noun, Some(field));
            }
            (fit, verb.map_or(usize::MAX, |(_, d)| d), index)
        })
        .filter(|(fit, _, _)| *fit > 0)
        // "one of the missiles was intercepted" counts part of the missiles, not how many.
        .filter(|(_, _, index)| field != Field::Munitions || !partitive(&tokens, &all[*index]))
        // "three people, including a child, were killed": the child is one of the three.
        .filter(|(_, _, index)| !(*index > 0 && is_part_of_previous(&tokens, &all[*index])))
        // "Among the dead were two children": a part of a toll the words do not give.
        .filter(|(_, _, index)| !among_the_casualties(&tokens, &all[*index]))
        .collect();
    scored.sort_by_key(|(fit, distance, _)| (std::cmp::Reverse(*fit), *distance));
    let Some(&(_, _, best)) = scored.first() else {
        return toll(&tokens, &all, field)
            .or_else(|| number_revised(&tokens, &all, field))
            .or_else(|| zero_statement(&tokens, field))
            .or_else(|| bare_plural(&tokens, &all, field));
    };
    let group = match field {
        Field::Killed | Field::Wounded => counted_group(&tokens, &all, best, NounKind::Person),
        Field::Munitions => counted_group(&tokens, &all, best, NounKind::Munition),
        _ => best..best + 1,
    };
    let first = &all[group.start];
    let last = &all[group.end - 1];
    let (value, said) = if group.len() > 1 {
        let total: u32 = all[group.clone()]
            .iter()
            .filter_map(|m| match &m.quantity.value {
                CountValue::Known(e) => e.best,
                CountValue::Unknown => None,
            })
            .sum();
        let parts: Vec<String> = all[group.clone()]
            .iter()
            .map(|m| {
                let noun = m
                    .noun
                    .as_ref()
                    .map(|(_, w)| format!(" {w}"))
                    .unwrap_or_default();
                format!("{}{noun}", m.quantity.said)
            })
            .collect();
        (CountValue::Known(Estimate::exact(total)), parts.join(" + "))
    } else {
        let noun = first
            .noun
            .as_ref()
            .map(|(_, word)| format!(" {word}"))
            .unwrap_or_default();
        (
            first.quantity.value.clone(),
            format!("{}{noun}", first.quantity.said),
        )
    };
    let meaning = meaning_of(&value);
    Some(CountProposal {
        value,
        reason: format!("{said} → {} {meaning}", field.as_str()),
        span_start: tokens[first.quantity.start_token].start,
        span_end: tokens[last.head.max(last.quantity.end_token)].end,
    })
}

/// "Rockets struck the base", "سقطت صواريخ": munitions in the plural with no number anywhere
/// in the span are more than one, how many unknown.
fn bare_plural(tokens: &[Token], all: &[Mention], field: Field) -> Option<CountProposal> {
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
        let arabic = arabic::is_one_of(word, &["صواريخ", "قذائف", "عبوات", "مسيرات"]);
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

/// The fields of two verbs joined by "and" or "or" just before a mention ("killed and wounded
/// dozens", "killing or injuring 20").
fn coordinated_verbs(tokens: &[Token], mention: &Mention) -> Vec<Field> {
    let at = mention.quantity.start_token;
    if at < 3 || !matches!(tokens[at - 2].word(), Some("and" | "or")) {
        return Vec::new();
    }
    [verb_at(tokens, at - 3), verb_at(tokens, at - 1)]
        .into_iter()
        .flatten()
        .collect()
}

/// The casualty an Arabic noun for people is: قتيل، قتلى (killed), جريح، جرحى، مصاب (wounded).
fn casualty_noun(word: &str) -> Option<Field> {
    if let Some(singular) = accusative_singular(word) {
        return casualty_noun(singular);
    }
    if arabic::is_one_of(word, &["قتيل", "قتلى"]) {
        Some(Field::Killed)
    } else if arabic::is_one_of(word, &["جريح", "جرحى", "مصاب", "مصابين", "مصابون"])
    {
        Some(Field::Wounded)
    } else {
        None
    }
}

/// Whether a mention counts some of a whole named after it: "one of the missiles", "two of
/// them" (but "dozens of rockets" is the count itself).
fn partitive(tokens: &[Token], mention: &Mention) -> bool {
    let word = |k: usize| tokens.get(k).and_then(Token::word);
    let after = mention.quantity.end_token + 1;
    word(after) == Some("of")
        && matches!(
            word(after + 1),
            Some("the" | "them" | "these" | "those" | "its" | "their")
        )
}

/// The noun without the alef of the accusative that Arabic writes after the numbers 11 to 99
/// ("عشرين جريحاً", "12 قتيلاً", "15 عنصراً"): the singular it counts.
fn accusative_singular(word: &str) -> Option<&str> {
    word.strip_suffix('ا')
        .filter(|stem| arabic::is_arabic(stem) && stem.chars().count() >= 3)
}

/// Whether a mention counts part of the one before it: it follows "including", "among them",
/// "of whom", "بينهم", "منهم" (the words just before its quantity).
fn is_part_of_previous(tokens: &[Token], mention: &Mention) -> bool {
    let at = mention.quantity.start_token;
    let word = |back: usize| {
        at.checked_sub(back)
            .and_then(|k| tokens.get(k))
            .and_then(Token::word)
            .unwrap_or("")
    };
    matches!(word(1), "including" | "incl" | "بينهم" | "منهم" | "بينهن")
        || matches!(
            (word(2), word(1)),
            ("among", "them" | "whom") | ("of", "whom" | "them")
        )
}

/// Whether a mention follows "among the dead were", "among those killed", "من بين القتلى":
/// it counts some of the casualties, not all of them.
fn among_the_casualties(tokens: &[Token], mention: &Mention) -> bool {
    let at = mention.quantity.start_token;
    let before = &tokens[at.saturating_sub(6)..at];
    let Some(among) = before.iter().rposition(|t| {
        t.word()
            .is_some_and(|w| w == "among" || arabic::is_one_of(w, &["بين"]))
    }) else {
        return false;
    };
    before[among + 1..].iter().all(|t| {
        t.word().is_some_and(|w| {
            matches!(
                w,
                "the"
                    | "those"
                    | "dead"
                    | "killed"
                    | "wounded"
                    | "injured"
                    | "victims"
                    | "casualties"
                    | "were"
                    | "was"
                    | "are"
                    | "is"
                    | "people"
            ) || casualty_noun(w).is_some()
        })
    })
}

/// The mentions around `best` that count things of its kind together with it: exact counts
/// of people, or of munitions, joined only by "and" or commas (and a possessive: "a woman and
/// her two children"; "two rockets and a mortar shell").
fn counted_group(
    tokens: &[Token],
    all: &[Mention],
    best: usize,
    kind: NounKind,
) -> std::ops::Range<usize> {
    let exact_of_kind = |m: &Mention| {
        m.noun.as_ref().is_some_and(|(k, _)| *k == kind)
            && matches!(&m.quantity.value, CountValue::Known(e) if e.best.is_some() && e.low.is_none() && e.high.is_none())
    };
    let joined = |a: &Mention, b: &Mention| {
        let between = &tokens[a.head.max(a.quantity.end_token) + 1..b.quantity.start_token];
        // "امرأة وطفلها": the "and" is written onto the second.
        let and_written_on = between.is_empty()
            && tokens[b.quantity.start_token]
                .word()
                .is_some_and(and_one_more_person);
        and_written_on
            || !between.is_empty()
                && between.iter().all(|t| {
                    t.is_punct(',')
                        || matches!(
                            t.word(),
                            Some("and" | "و" | "his" | "her" | "their" | "plus" | "as" | "well")
                        )
                })
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

/// The casualty fields a word speaks of.
fn casualty_fields(word: &str) -> &'static [Field] {
    const BOTH: &[Field] = &[Field::Killed, Field::Wounded];
    match word {
        "casualties" | "casualty" | "victims" => BOTH,
        // "دون وقوع إصابات", "لم يسفر عن إصابات": casualties of either kind.
        _ if arabic::is_one_of(word, &["ضحايا", "خسائر", "إصابات"]) => BOTH,
        _ => match verb_field(word) {
            Some(Field::Killed) => &[Field::Killed],
            Some(Field::Wounded) => &[Field::Wounded],
            _ => &[],
        },
    }
}

/// "No one was hurt", "no troops were killed", "no casualties", "دون وقوع إصابات": a zero for
/// `field` (killed or wounded) stated by a negation before a casualty word in the same clause.
/// A count as a reason states it: "best 3", "low 12", "unknown count".
fn meaning_of(value: &CountValue) -> String {
    match value {
        CountValue::Unknown => "unknown count".to_owned(),
        CountValue::Known(estimate) => describe(estimate),
    }
}

/// A toll and the count it comes to ("the death toll has risen to seven", "the toll from the
/// bombing stood at 12", "the injury toll rose to 30"): of the dead unless it is of the
/// injured. Not the count it rose from.
fn toll(tokens: &[Token], all: &[Mention], field: Field) -> Option<CountProposal> {
    const REACH: usize = 8;
    let at = tokens.iter().position(|t| t.word() == Some("toll"))?;
    let injured = at
        .checked_sub(1)
        .and_then(|k| tokens[k].word())
        .is_some_and(|w| matches!(w, "injury" | "wounded" | "injured"));
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
    let risen_from = |m: &Mention| tokens[m.quantity.start_token - 1].word() == Some("from");
    let count = all.iter().find(|m| {
        let start = m.quantity.start_token;
        let ranged = matches!(&m.quantity.value, CountValue::Known(e) if e.high.is_some());
        start > at && start <= at + REACH && start < clause_ends && (ranged || !risen_from(m))
    })?;
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
fn number_revised(tokens: &[Token], all: &[Mention], field: Field) -> Option<CountProposal> {
    const REACH: usize = 10;
    let at = tokens.windows(3).position(|w| {
        w[0].word() == Some("the") && w[1].word() == Some("number") && w[2].word() == Some("of")
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
            .is_some_and(|w| w == "to")
            && (k.saturating_sub(4)..k).any(|j| {
                tokens[j].word().is_some_and(|w| {
                    matches!(
                        w,
                        "raised" | "rose" | "risen" | "climbed" | "increased" | "grew" | "jumped"
                    )
                })
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

fn zero_statement(tokens: &[Token], field: Field) -> Option<CountProposal> {
    let negation = |t: &Token| {
        t.word().is_some_and(|w| {
            matches!(w, "no" | "without" | "nobody" | "none")
                || arabic::is_one_of(w, &["دون", "بدون", "لا", "لم", "عدم"])
        })
    };
    if let Some((first, last)) = damage_only(tokens) {
        return Some(CountProposal {
            value: CountValue::Known(Estimate::exact(0)),
            reason: format!("only damage to property → {} 0", field.as_str()),
            span_start: tokens[first].start,
            span_end: tokens[last].end,
        });
    }
    for (i, token) in tokens.iter().enumerate().filter(|(_, t)| negation(t)) {
        // "no U.S. or Coalition casualties": an abbreviation's dots end nothing, nor count
        // among the words looked through.
        let mut words = 0;
        for (k, next) in tokens.iter().enumerate().skip(i + 1) {
            if is_in_abbreviation(tokens, k) {
                continue;
            }
            words += 1;
            if words > 6 || next.is_punct('.') || next.is_punct(';') || next.number().is_some() {
                break;
            }
            let Some(word) = next.word() else { continue };
            if number_word(word).is_some_and(|n| n > 1) {
                break;
            }
            if casualty_fields(word).contains(&field) {
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
/// material damage only", "only material damage", "اقتصرت الأضرار على الماديات", "أضرار مادية
/// فقط"): the first and last token of those words.
fn damage_only(tokens: &[Token]) -> Option<(usize, usize)> {
    let word = |k: usize| tokens.get(k).and_then(Token::word).unwrap_or("");
    (0..tokens.len()).find_map(|i| {
        let damage = |k: usize| {
            matches!(word(k), "damage" | "damages")
                || arabic::is_one_of(word(k), &["أضرار", "الأضرار", "الخسائر", "خسائر"])
        };
        let material = |k: usize| {
            matches!(word(k), "material" | "property")
                || arabic::is_one_of(word(k), &["مادية", "المادية"])
        };
        let only = |k: usize| word(k) == "only" || arabic::is_one_of(word(k), &["فقط"]);
        // "only material damage", "material damage only", "أضرار مادية فقط".
        let three_words = (only(i) && material(i + 1) && damage(i + 2))
            || (material(i) && damage(i + 1) && only(i + 2))
            || (damage(i) && material(i + 1) && only(i + 2));
        if three_words {
            Some((i, i + 2))
        } else if arabic::is_one_of(word(i), &["اقتصرت", "واقتصرت"]) && damage(i + 1) {
            Some((i, i + 1))
        } else {
            None
        }
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
    count_mentions_in(&tokenize(span))
}

/// [`count_mentions`] in a span already tokenised (punctuation kept), for a paragraph that
/// other proposals read too.
pub fn count_mentions_in(tokens: &[Token]) -> Vec<CountMention> {
    const FIELDS: [Field; 5] = [
        Field::Killed,
        Field::Wounded,
        Field::Impacted,
        Field::Intercepted,
        Field::Munitions,
    ];
    mentions(tokens)
        .into_iter()
        .filter_map(|m| {
            let verb = verb_near(tokens, &m).map(|(field, _)| field);
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
mod typed_tests {
    use super::parse_count;

    #[test]
    fn counts_typed_in_digits_or_words_and_vague_ones_refused() {
        for (typed, count) in [
            ("6", Some(6)),
            (" six ", Some(6)),
            ("twenty-one", Some(21)),
            ("٦", Some(6)),
            ("ستة", Some(6)),
            ("", None),
        ] {
            assert_eq!(parse_count(typed), Ok(count), "{typed}");
        }
        for typed in ["six or so", "several", "6 rockets", "about 6"] {
            let refused = parse_count(typed).expect_err(typed);
            assert!(refused.contains("not a count"), "{refused}");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arabic_bounds_before_and_after_the_number() {
        let killed = |span: &str| {
            propose_count(span, Field::Killed).map(|c| match c.value {
                CountValue::Known(e) => format!(
                    "{}{}",
                    if e.low.is_some() && e.high.is_none() {
                        ">="
                    } else {
                        ""
                    },
                    e.best.or(e.low).unwrap_or_default()
                ),
                CountValue::Unknown => "?".into(),
            })
        };
        assert_eq!(killed("مقتل أكثر من 1400 شخص").as_deref(), Some(">=1401"));
        assert_eq!(killed("قتل 12 مدنياً على الأقل").as_deref(), Some(">=12"));
        assert_eq!(killed("مقتل ما لا يقل عن 20 شخصاً").as_deref(), Some(">=20"));
        assert_eq!(killed("سقوط عشرين قتيلاً").as_deref(), Some("20"));
        assert_eq!(killed("مقتل جندي أمريكي وإصابة آخر").as_deref(), Some("1"));
        assert_eq!(
            value("مقتل جندي أمريكي وإصابة آخر", Field::Wounded),
            exact(1)
        );
        assert_eq!(killed("مقتل نحو 30 شخصاً").as_deref(), Some("30"));
    }

    #[test]
    fn a_life_lost_is_a_death_and_a_threat_to_life_is_not() {
        let count = |span: &str, field| propose_count(span, field).map(|c| c.value);
        assert_eq!(
            count("one Iraqi soldier lost his life", Field::Killed),
            Some(CountValue::Known(Estimate::exact(1)))
        );
        assert_eq!(
            count(
                "two people suffered life-threatening injuries",
                Field::Killed
            ),
            None
        );
        assert_eq!(
            count(
                "two people suffered life-threatening injuries",
                Field::Wounded
            ),
            Some(CountValue::Known(Estimate::exact(2)))
        );
    }

    #[test]
    fn arabic_counts_without_a_number() {
        let count = |span: &str, field| propose_count(span, field).map(|c| c.value);
        let one = Some(CountValue::Known(Estimate::exact(1)));
        assert_eq!(count("سقوط قتيل وجريحين", Field::Killed), one);
        assert_eq!(
            count("سقوط قتيل وجريحين", Field::Wounded),
            Some(CountValue::Known(Estimate::exact(2)))
        );
        assert_eq!(count("سقط أحدها داخل القاعدة", Field::Impacted), one);
        assert_eq!(
            count("أسفر الهجوم عن سقوط ثلاثة جرحى", Field::Wounded),
            Some(CountValue::Known(Estimate::exact(3)))
        );
        assert_eq!(
            count("أسفر الهجوم عن سقوط ثلاثة جرحى", Field::Impacted),
            None
        );
        assert_eq!(
            count("رشقة صاروخية", Field::Munitions),
            Some(CountValue::Unknown)
        );
        assert_eq!(
            count("ثلاثة قتلى", Field::Killed),
            Some(CountValue::Known(Estimate::exact(3)))
        );
    }

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
        // About twelve, kept as the best estimate like "about 12".
        assert_eq!(value("a dozen rockets", Field::Munitions), exact(12));
        assert_eq!(
            value("half a dozen mortar rounds", Field::Munitions),
            exact(6)
        );
        assert_eq!(
            value("two dozen people were killed", Field::Killed),
            exact(24)
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
    fn a_toll_counts_the_dead_unless_it_is_of_the_injured() {
        assert_eq!(
            value(
                "The death toll has risen from five to seven.",
                Field::Killed
            ),
            exact(7)
        );
        assert_eq!(
            value("the toll from the bombing stood at 12", Field::Killed),
            exact(12)
        );
        assert_eq!(
            value("The injury toll rose to 30.", Field::Wounded),
            exact(30)
        );
        assert_eq!(value("The injury toll rose to 30.", Field::Killed), None);
    }

    #[test]
    fn those_among_the_dead_are_only_a_part_of_the_toll() {
        assert_eq!(
            value("Among the dead were two children.", Field::Killed),
            None
        );
        assert_eq!(value("من بين القتلى طفلان", Field::Killed), None);
        assert_eq!(
            value(
                "Five people were killed; among the dead were two children.",
                Field::Killed
            ),
            exact(5)
        );
        assert_eq!(
            value(
                "Rockets fell among the houses and killed two people.",
                Field::Killed
            ),
            exact(2),
            "among what is not the casualties"
        );
    }

    #[test]
    fn munitions_in_the_plural_without_a_number_are_of_unknown_count() {
        for text in ["Rockets struck the base.", "سقطت صواريخ على المطار"] {
            assert_eq!(
                value(text, Field::Munitions),
                Some(CountValue::Unknown),
                "{text}"
            );
        }
        assert_eq!(
            value("Rockets struck the base.", Field::Killed),
            None,
            "only munitions"
        );
        assert_eq!(
            value(
                "two of the rockets landed inside the base",
                Field::Munitions
            ),
            None,
            "a part counted is not the whole"
        );
    }

    #[test]
    fn arabic_names_one_munition_without_a_number_and_may_count_after_the_noun() {
        assert_eq!(
            value("إن صاروخ كاتيوشا سقط قرب السفارة", Field::Munitions),
            exact(1)
        );
        assert_eq!(
            value("هجوم بطائرة مسيرة مفخخة", Field::Munitions),
            value("طائرة مسيرة واحدة", Field::Munitions)
        );
        let text = "عن مقتل مدنيين اثنين وإصابة ثلاثة من عناصر الأمن";
        assert_eq!(value(text, Field::Killed), exact(2));
        assert_eq!(value(text, Field::Wounded), exact(3));
    }

    #[test]
    fn a_participle_between_the_number_and_its_noun_describes_the_noun() {
        let at_least = value(
            "The C-RAM intercepted at least two incoming rockets.",
            Field::Munitions,
        );
        assert!(
            matches!(at_least, Some(CountValue::Known(e)) if e.low == Some(2)),
            "{at_least:?}"
        );
        assert_eq!(
            value("three unexploded shells were found", Field::Munitions),
            exact(3)
        );
    }

    #[test]
    fn nationals_are_people_and_an_injury_may_follow_its_verb() {
        assert_eq!(
            value("two Americans and one Briton were killed", Field::Killed),
            exact(3)
        );
        assert_eq!(value("three Iraqis were wounded", Field::Wounded), exact(3));
        assert_eq!(
            value(
                "110 US troops were later diagnosed with traumatic brain injuries",
                Field::Wounded
            ),
            exact(110)
        );
        assert_eq!(
            value("four soldiers were treated for concussions", Field::Wounded),
            exact(4)
        );
        assert_eq!(
            value("two soldiers suffered no injuries", Field::Wounded),
            exact(0)
        );
        assert_eq!(value("a taxi driver was killed", Field::Killed), exact(1));
    }

    #[test]
    fn a_death_said_with_fatally_and_an_abbreviation_with_dots_before_the_noun() {
        assert_eq!(
            value("fatally wounding a security guard", Field::Killed),
            exact(1)
        );
        assert_eq!(
            value("a soldier was mortally injured", Field::Killed),
            exact(1)
        );
        assert_eq!(
            value("fatally wounding a security guard", Field::Wounded),
            None
        );
        assert_eq!(
            value(
                "killing two U.S. service members and a British soldier",
                Field::Killed
            ),
            exact(3)
        );
        assert_eq!(
            value("three U.K. troops were hurt", Field::Wounded),
            exact(3)
        );
        // A letter ending a sentence is no abbreviation.
        assert_eq!(
            value("rockets hit area B. Two soldiers died", Field::Killed),
            exact(2)
        );
    }

    #[test]
    fn one_person_more_joined_by_and() {
        assert_eq!(
            value(
                "the strike killed the driver and a passenger",
                Field::Killed
            ),
            exact(2)
        );
        assert_eq!(value("أدى إلى مقتل امرأة وطفلها", Field::Killed), exact(2));
        assert_eq!(
            value("the driver was killed", Field::Killed),
            None,
            "'the' alone counts no one"
        );
    }

    #[test]
    fn a_part_named_without_commas_is_passed_over() {
        assert_eq!(
            value(
                "three people including two children were injured",
                Field::Wounded
            ),
            exact(3)
        );
    }

    #[test]
    fn munitions_of_two_kinds_add_up_and_damage_alone_is_no_casualty() {
        assert_eq!(
            value("two rockets and a mortar shell", Field::Munitions),
            exact(3)
        );
        assert_eq!(
            value("the attack caused material damage only", Field::Killed),
            exact(0)
        );
        assert_eq!(
            value("واقتصرت الأضرار على الماديات", Field::Wounded),
            exact(0)
        );
        assert_eq!(
            value("the blast caused material damage", Field::Killed),
            None,
            "damage without 'only' says nothing of people"
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
