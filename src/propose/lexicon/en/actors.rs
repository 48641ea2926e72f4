//! English words the actor rules read: what never opens a group's name, the small words
//! inside one, the words leading to it and standing between it and its claim, and the
//! auxiliaries of a passive verb.

use crate::model::Attribution;

/// Capitalised words that open a sentence or name who speaks, never a group.
pub const NOT_A_GROUP: &[&str] = &[
    "The",
    "A",
    "An",
    "It",
    "They",
    "He",
    "She",
    "We",
    "US",
    "U",
    "American",
    "Americans",
    "Iraqi",
    "Iraq",
    "Iranian",
    "Iran",
    "Washington",
    "Officials",
    "Pentagon",
    "Police",
    "Security",
    "Military",
    "Telegram",
    "Twitter",
    "Baghdad",
    "Syria",
    "Syrian",
    "Israel",
    "Israeli",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "No",
    "Nobody",
    "None",
    "Kurdish",
    "Kurdistan",
    "Coalition",
    "Both",
    "All",
    "In",
    "On",
];

/// Small words that may stand inside a name ("Asa'ib Ahl al-Haq", "Islamic Resistance in Iraq").
pub const CONNECTORS: &[&str] = &[
    "al", "el", "ad", "ash", "as", "at", "of", "in", "bin", "ibn", "wal",
];

/// Words leading to a group's name ("calling itself X", "known as X", "claimed by X") and
/// what they say of it; `None`: what the sentence's cue says (a claim, when it has none).
/// The words with which a text gives a group's own name ("a group calling itself X"): that
/// whole name is the group's, even where a listed group's name is part of it.
pub const CALLING_ITSELF: &[&[&str]] = &[
    &["calling", "itself"],
    &["calls", "itself"],
    &["calling", "themselves"],
    &["call", "themselves"],
];

pub const BEFORE_NAME: &[(&[&str], Option<Attribution>)] = &[
    (&["calling", "itself"], None),
    (&["calls", "itself"], None),
    (&["called"], None),
    (&["named"], None),
    (&["known", "as"], None),
    (&["claimed", "by"], None),
    (&["blamed", "on"], Some(Attribution::Attributed)),
    (&["attributed", "to"], Some(Attribution::Attributed)),
    (&["accused"], Some(Attribution::Attributed)),
    (&["accuse"], Some(Attribution::Attributed)),
    (&["blamed"], Some(Attribution::Attributed)),
    (&["suspect"], Some(Attribution::Suspected)),
];

/// Words that may stand between a group's name and its claim: "X has claimed", "X later said".
pub const BETWEEN: &[&str] = &[
    "has",
    // "X, which denied involvement", "X, who claimed it".
    "which",
    "who",
    "have",
    "had",
    "later",
    "also",
    "quickly",
    "swiftly",
    "reportedly",
    "then",
    "publicly",
];

/// The auxiliaries of a perfect tense before a deed ("X had fired").
pub const PERFECT: &[&str] = &["had", "has", "have"];

/// Deeds others report of a named actor ("the Pentagon said X had fired the rockets").
pub const DEEDS: &[&str] = &[
    "fired",
    "launched",
    "carried",
    "conducted",
    "attacked",
    "targeted",
    "struck",
    "shelled",
    "planted",
    "detonated",
];

/// Verbs by which others report such a deed.
pub const REPORTING: &[&str] = &[
    "said",
    "says",
    "told",
    "stated",
    "concluded",
    "determined",
    "confirmed",
];

/// Verbs by which a speaker reports what another did ("the SDF said Islamic State militants
/// attacked").
pub const SPEAKING: &[&str] = &["said", "says", "reported", "told", "stated"];

/// Words after a verb that make it passive ("accused of the attack", "blamed by Washington").
pub const AFTER_A_PASSIVE: &[&str] = &["of", "by"];

/// Pronouns opening a relative clause ("X, which Washington blames").
pub const RELATIVE_PRONOUNS: &[&str] = &["which", "whom", "that"];

/// Verbs by which a named actor reacts to an attack, which make it no doer.
pub const REACTIONS: &[&str] = &[
    "praised",
    "praises",
    "condemned",
    "condemns",
    "welcomed",
    "welcomes",
    "hailed",
    "hails",
    "denounced",
    "denounces",
    "mourned",
];

/// Endings of a people's adjective passed over before a name ("aimed at the Iranian IRGC").
pub const PEOPLES_ADJECTIVE_ENDINGS: &[&str] = &["ian", "ese", "ish", "i"];

/// Articles and small numbers passed over before a name that was attacked.
pub const BEFORE_A_TARGET: &[&str] = &["the", "a", "an", "several", "two", "three"];

/// Words before a name that make it what was attacked: "on", "against", "targeted", "a base
/// housing".
pub const AGAINST: &[&str] = &[
    "on",
    "against",
    "at",
    "targeted",
    "targeting",
    "attacked",
    "attacking",
    "hit",
    "hitting",
    "struck",
    "striking",
    "housing",
    "hosting",
    "near",
    "toward",
    "towards",
    "inside",
    "into",
    // The enemy a force fights: "the US-led coalition fighting IS", "dislodged the Islamic
    // State group".
    "fighting",
    "combating",
    "countering",
    "battling",
    "defeat",
    "defeated",
    "dislodged",
    "routed",
];

/// Words a few before a name that make it what another belongs to or follows ("channels
/// affiliated with the PMU", "gunmen inspired by al-Qaida"): no doer of the attack.
pub const BELONGING: &[&str] = &["affiliated", "associated", "inspired"];

/// Words opening a noun phrase set off by commas after a name, which describes it ("X, a group
/// believed to be a front for …"); a relative clause states what the name did, so it is no
/// aside.
pub const APPOSITIVE_OPENERS: &[&str] = &[
    "a",
    "an",
    "the",
    "one", // a noun phrase
    "believed",
    "thought",
    "said",
    "known",
    "widely",
    "reportedly", // what it is held to be
];

/// A group a span names without a name ("The group, believed to be a front for …").
pub const GROUP_NOUNS: &[&str] = &[
    "group",
    "faction",
    "militia",
    "organisation",
    "organization",
];

/// A spokesman named by the group before it ("Houthi spokesman Yahya Saree said"): the group
/// speaking.
pub const SPOKESMAN: &[&str] = &["spokesman", "spokesperson", "spokeswoman"];
/// What kind of spokesman, between the group and the word ("Houthi military spokesman").
pub const SPOKESMAN_KINDS: &[&str] = &["military", "official", "chief", "political"];
