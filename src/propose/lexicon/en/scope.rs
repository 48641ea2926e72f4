//! English words drafting reads to tell an attack in scope from a strike by the US or the
//! coalition and from a statement about many attacks.

/// Words that describe an attack happening (weapons are found by the weapon cues).
pub const ATTACK_WORDS: &[&str] = &[
    "attack",
    "attacked",
    "attacking",
    "struck",
    "strike",
    "targeted",
    "targeting",
    "shelled",
    "shelling",
    "bombing",
    "bombed",
    "explosion",
    "exploded",
    "detonated",
    "blast",
    "fired",
    "launched",
    "landed",
    "ambushed",
    "ambush",
    "hit",
    "impacted",
    "strikes",
    "airstrike",
    "airstrikes",
    "raid",
    "raids",
];

/// Who attacks in a strike by the US or its allies.
pub const STRIKING_SIDE: &[&str] = &[
    "us",
    "u",
    "american",
    "america",
    "coalition",
    "washington",
    "pentagon",
    "israeli",
    "israel",
    // Coalition partners that strike as well: "British Reaper drones struck", "French jets".
    "british",
    "britain",
    "uk",
    "french",
    "france",
    "australian",
    "canadian",
    "dutch",
    "danish",
    "belgian",
    // Operation Inherent Resolve, the coalition's name for its war on ISIL.
    "resolve",
    "oir",
];

/// What they do in it.
pub const STRIKE_WORDS: &[&str] = &[
    "strike",
    "strikes",
    "airstrike",
    "airstrikes",
    "raid",
    "raids",
    "retaliated",
    "retaliatory",
    "bombed",
    "bombs",
    "carried",
    "conducted",
    "conducting",
    "began",
    "struck",
    "launched",
    "killed",
];

/// Nouns and quantities that make a statement about many attacks at once.
pub const MANY_ATTACKS: &[&str] = &["attacks", "strikes", "incidents", "bombings", "assaults"];

pub const MANY: &[&str] = &[
    "dozens",
    "scores",
    "hundreds",
    "series",
    "wave",
    "spate",
    "string",
    "several",
    "numerous",
    "multiple",
    "since",
    "more",
    "least",
    "over",
    "some",
    "many",
    "frequent",
    "repeated",
    "daily",
    "almost",
    "months",
    "years",
    "weeks",
    "regularly",
    "often",
    "repeatedly",
    "recent",
];

/// Auxiliaries before a strike word that make it passive ("a US base was struck").
pub const PASSIVE: &[&str] = &["was", "were", "been", "being", "is", "are"];

/// Words before a strike by the US that make it one the sentence only refers to ("in
/// retaliation for the US strike").
pub const REFERRING_TO_A_STRIKE: &[&str] = &[
    "for",
    "after",
    "following",
    "response",
    "retaliation",
    "avenge",
    "since",
];

/// The side's own people and places after its name, which make it the side attacked ("US
/// troops were attacked").
pub const THE_SIDES_OWN: &[&str] = &[
    "base",
    "bases",
    "embassy",
    "convoy",
    "troops",
    "personnel",
    "contractor",
    "contractors",
];

/// Words of a sentence that is no attack: a photo caption, an exercise.
pub const ASIDES: &[&str] = &["photo", "exercise", "drill", "training"];

/// Hostages killed: beheadings, and executions of hostages or captives.
pub const BEHEADED: &[&str] = &["beheaded", "beheading", "beheadings"];
pub const EXECUTED: &[&str] = &["executed", "execution", "executions"];
pub const HOSTAGES: &[&str] = &["hostage", "hostages", "captive", "captives"];

/// An attack only intended or threatened: "vowed to strike", "plans to attack" (the word, "to",
/// then the deed).
pub const INTENDING: &[&str] = &["intention", "intends", "plans", "threatened", "vowed"];
pub const INTENDED_DEEDS: &[&str] = &["bomb", "attack", "strike"];

/// Arms handed over, with nothing attacked.
pub const SUPPLIED: &[&str] = &[
    "airdropped",
    "supplies",
    "shipment",
    "shipments",
    "delivered",
    "deliveries",
];

/// "An anti-ISIL drone strike": the prefix and the strikes it makes the coalition's.
pub const AGAINST_A_GROUP: &str = "anti";
pub const STRIKES: &[&str] = &["strike", "strikes", "airstrike", "airstrikes"];

/// An investigation's finding reported as such.
pub const INVESTIGATIONS: &[&str] = &["investigation", "inquiry", "probe"];
pub const FINDINGS: &[&str] = &[
    "concluded",
    "found",
    "reported",
    "determined",
    "established",
];
