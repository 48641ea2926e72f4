//! English cues of who is behind an attack: claims, denials, attributions and suspicions, each
//! as its words in order (`*` any one word, a trailing `-` any word it begins), and the words
//! that negate a cue just before it.

use crate::model::Attribution;
use Attribution::{Attributed, Claimed, Denied, Suspected};

/// English cues, longest first where one contains another.
pub const CUES: &[(&[&str], Attribution)] = &[
    (&["took", "responsibility"], Claimed),
    (&["took", "credit"], Claimed),
    (&["take", "credit"], Claimed),
    (&["takes", "credit"], Claimed),
    (&["take", "responsibility"], Claimed),
    (&["takes", "responsibility"], Claimed),
    (&["taking", "responsibility"], Claimed),
    (&["assumed", "responsibility"], Claimed),
    (&["announced", "responsibility"], Claimed),
    (&["said", "it", "carried"], Claimed),
    (&["said", "it", "set"], Claimed),
    (&["said", "it", "launched"], Claimed),
    (&["said", "it", "fired"], Claimed),
    (&["said", "it", "targeted"], Claimed),
    (&["said", "it", "attacked"], Claimed),
    (&["said", "it", "was", "behind"], Claimed),
    (&["said", "they", "carried"], Claimed),
    (&["that", "it", "carried"], Claimed),
    (&["that", "it", "launched"], Claimed),
    (&["that", "it", "targeted"], Claimed),
    // "militias, which the US claims are behind a spike in attacks": a claim about others.
    (&["claim-", "are", "behind"], Attributed),
    (&["claim-", "is", "behind"], Attributed),
    (&["claim-", "was", "behind"], Attributed),
    (&["claim-", "were", "behind"], Attributed),
    (&["claim-"], Claimed),
    (&["rejected", "the", "accus-"], Denied),
    (&["rejected", "accus-"], Denied),
    (&["dismissed", "the", "accus-"], Denied),
    (&["denied", "the", "accus-"], Denied),
    (&["rejected", "responsibility"], Denied),
    (&["rejected", "any"], Denied),
    (&["nothing", "to", "do", "with"], Denied),
    (&["no", "role", "in"], Denied),
    (&["distanced"], Denied),
    (&["disavowed"], Denied),
    (&["disown-"], Denied),
    (&["not", "involved"], Denied),
    (&["not", "behind"], Denied),
    (&["not", "responsible"], Denied),
    (&["uninvolved"], Denied),
    (&["deni-"], Denied),
    (&["deny"], Denied),
    (&["denying"], Denied),
    (&["thought", "to", "be"], Suspected),
    (&["believed", "to", "be"], Suspected),
    (&["believed"], Suspected),
    // "investigators believe the rockets were fired by …": a belief, whatever it names.
    (&["believe"], Suspected),
    (&["believes"], Suspected),
    (&["suspect-"], Suspected),
    // "suspicion fell on Iran-backed militias", "suspicions point to".
    (&["suspicion-"], Suspected),
    (&["most", "likely"], Suspected),
    (&["likely"], Suspected),
    (&["probably"], Suspected),
    (&["presumably"], Suspected),
    (&["allegedly"], Suspected),
    // "the attack bore the hallmarks of Iran-backed militias".
    (&["hallmark-"], Suspected),
    (&["held", "responsible"], Attributed),
    (&["hold", "responsible"], Attributed),
    (&["holds", "responsible"], Attributed),
    (&["pointed", "the", "finger"], Attributed),
    // "pinned the blame on", "which the Pentagon pinned on Iran-backed militias".
    (&["pinned"], Attributed),
    (&["pins"], Attributed),
    (&["blam-"], Attributed),
    (&["accus-"], Attributed),
    (&["attributed"], Attributed),
    // The passive with its agent: "the rockets were launched by an Iran-backed militia".
    (&["launched", "by"], Attributed),
    (&["fired", "by"], Attributed),
    (&["planted", "by"], Attributed),
    (&["carried", "out", "by"], Attributed),
    (&["conducted", "by"], Attributed),
    (&["perpetrated", "by"], Attributed),
];

/// Words that, just before a cue, turn it into its absence ("no group has claimed", "stopped
/// short of claiming it", "without claiming", "refrained from blaming").
pub const NEGATIONS: &[&str] = &[
    "no",
    "not",
    "never",
    "nobody",
    "none",
    "yet",
    "hasnt",
    "havent",
    "hadnt",
    "didnt",
    "doesnt",
    "dont",
    "wasnt",
    "werent",
    "isnt",
    "arent",
    "short",
    "without",
    "refrained",
];

/// Verbs of a deed after a group's name that make the group its doer, as the report states it
/// ("Al Shabaab militants on Sunday staged a dawn attack", "Houthi rebels fired two missiles"):
/// the group is proposed without a claim or blame.
pub const DOING_THE_ATTACK: &[&str] = &[
    "attacked",
    "staged",
    "launched",
    "fired",
    "carried",
    "stormed",
    "struck",
    "targeted",
    "ambushed",
    "shelled",
    "raided",
    "detonated",
    "overran",
    "fire",
    "fires",
    "firing",
    "launch",
    "launches",
    "launching",
    "target",
    "targets",
    "targeting",
];

/// Verbs of harm a group did after its name ("The Taliban killed at least 10 people", a
/// headline's "Taliban kill 18 Afghans"; not after a passive's auxiliary, `grammar::PASSIVE`:
/// "were killed").
pub const HARMING: &[&str] = &[
    "killed",
    "wounded",
    "injured",
    "kidnapped",
    "bombed",
    "kill",
    "kills",
];

/// Words between "by" and a group's name that open another phrase: the name after them is not
/// the one "by" names ("fired by gunmen near the Houthi-held port").
pub const OPENING_ANOTHER_PHRASE: &[&str] = &[
    "near", "in", "at", "from", "of", "to", "with", "and", "or", "on", "against", "after",
];

/// Nouns (and a headline's verb) of an attack right after a group's name, or after its
/// munition: "Taliban attack U.S. Embassy", "the Houthi missile attack".
pub const ATTACK_OF_A_GROUP: &[&str] = &["attack", "attacks", "assault", "ambush", "bombing"];

/// Nouns of the deed before "by" and a group's name: "an attack by al-Shabaab", "a missile
/// strike by the Houthis".
pub const DEEDS_DONE_BY: &[&str] = &[
    "attack", "attacks", "strike", "strikes", "assault", "bombing", "ambush", "raid",
];

/// Words that, before "by" and a group's name, make it a backer rather than the doer ("a drone
/// launched by militias supported by the IRGC").
pub const BACKED_BY: &[&str] = &[
    "supported",
    "backed",
    "funded",
    "armed",
    "trained",
    "sponsored",
    // What the group holds, not what it did: "facilities used by Kataib Hezbollah".
    "used",
    "owned",
    "controlled",
    "run",
    "held",
    "operated",
    "occupied",
    "led",
    "aligned",
    "linked",
    "inspired",
    "founded",
    "controlled",
];

/// What the doer is said to have done it with or to, before "by" ("fired … by Yemen's Houthi
/// rebels", "an attack by al-Shabaab").
pub const DONE_BY: &str = "by";
