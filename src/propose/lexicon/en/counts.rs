//! English words the count rules look for: the verbs that say what happened to what was
//! counted, and the few phrases around them that change it. The rules are in
//! `propose::counts::verbs`; Arabic's are in `lexicon::ar::counts`.

use crate::model::Field;

/// Verbs (and the nouns that stand for them) that say what happened to what was counted.
pub const VERBS: &[(&[&str], Field)] = &[
    (
        &[
            "killed",
            "killing",
            "kill",
            "kills",
            "dead",
            "died",
            "die",
            "deaths",
            "death",
            "fatalities",
            "lives",
            "slain",
            "perished",
            "perish",
            // "Four terrorists' bodies have so far been found."
            "bodies",
            "corpses",
        ],
        Field::Killed,
    ),
    (
        &[
            "wounded", "wounding", "wound", "wounds", "injured", "injuring", "injuries", "injury",
            "injure", "injures", "hurt",
        ],
        Field::Wounded,
    ),
    (
        &[
            "landed",
            "land",
            "landing",
            "hit",
            "hitting",
            "struck",
            "striking",
            "impacted",
            "fell",
            "exploded",
            "detonated",
            "crashed",
        ],
        Field::Impacted,
    ),
    (
        &[
            "intercepted",
            "intercepting",
            "intercept",
            "downed",
            "destroyed",
            // CENTCOM's "successfully engaged one UAS", "engaged and shot down" (said of a
            // munition; people engaged are fought, which no count of interceptions takes).
            "engaged",
        ],
        Field::Intercepted,
    ),
];

/// The word before a verb that says nothing happened ("no deaths", "suffered no injuries").
pub const ABSENCE: &str = "no";

/// "lost his life": the noun, and the verbs before its possessive ([`POSSESSIVES`]).
pub const LIFE: &str = "life";
pub const LOSING: &[&str] = &["lost", "losing", "lose"];

/// Adverbs that make a wound a death ("fatally wounding", "mortally injured"), and the verbs
/// besides a wound they turn into one ("fatally shot").
pub const FATALLY: &[&str] = &["fatally", "mortally"];
pub const SHOOTING: &[&str] = &["shot", "shooting"];

/// Verbs whose injury stands a few words after them ("diagnosed with traumatic brain
/// injuries", "treated for concussions"), and the injuries they carry besides the wound verbs.
pub const INJURY_CARRIERS: &[&str] = &[
    "diagnosed",
    "treated",
    "suffered",
    "sustained",
    "suffering",
    "sustaining",
];
pub const INJURIES: &[&str] = &["concussion", "concussions", "burns", "shrapnel"];

/// The particle of phrasal verbs ("shot down", "came down"), and what each verb before it says.
pub const DOWN: &str = "down";
pub const BEFORE_DOWN: &[(&[&str], Field)] = &[
    (&["shot", "brought", "knocked", "taken"], Field::Intercepted),
    (&["came", "fell", "went"], Field::Impacted),
];

/// Words before a number that bound it, and the bound each sets (the rules know the bounds
/// "at least", "more than", "fewer than", "up to", "at most", "between" and "about"). The
/// first phrase that matches wins.
pub const BOUNDS: &[(&[&str], &str)] = &[
    (&["at", "least"], "at least"),
    (&["more", "than"], "more than"),
    (&["fewer", "than"], "fewer than"),
    (&["less", "than"], "fewer than"),
    (&["up", "to"], "up to"),
    (&["as", "many", "as"], "up to"),
    (&["at", "most"], "at most"),
    (&["between"], "between"),
    (&["over"], "more than"),
    (&["about"], "about"),
    (&["around"], "about"),
    (&["some"], "about"),
    (&["nearly"], "about"),
    (&["almost"], "about"),
    (&["approximately"], "about"),
    (&["roughly"], "about"),
    (&["circa"], "about"),
    // "an estimated 30 rockets"
    (&["an", "estimated"], "about"),
];

/// "About" abbreviated with a full stop ("approx. 9", "ca. 9", "c. 9"), and those of them
/// that also stand without one ("approx 9").
pub const ABOUT_ABBREVIATED: &[&str] = &["approx", "ca", "c"];
pub const ABOUT_WITHOUT_STOP: &[&str] = &["approx"];

/// Words that give a quantity but no number ("several rockets", "dozens of shells").
pub const VAGUE: &[&str] = &[
    "several", "multiple", "numerous", "many", "dozens", "scores", "hundreds",
];
/// The article before a vague noun: "a few", "a handful", "a number of"; "a volley of rockets".
pub const A: &str = "a";
pub const A_FEW: &[&str] = &["few", "handful", "number"];
/// A volley counts nothing unless a number follows ("a barrage of 20 rockets" counts 20).
pub const VOLLEYS: &[&str] = &["volley", "barrage", "salvo", "hail", "wave"];

/// Zero, said in words: "no one", "nobody", "none of the rockets", and "no" before these
/// ("no casualties", "no deaths").
pub const NO_ONE: &[&str] = &["no", "one"];
pub const NOBODY: &str = "nobody";
pub const NONE_OF: &[&str] = &["none", "of"];
pub const NO_CASUALTIES: &[&str] = &["one", "casualties", "injuries", "deaths", "fatalities"];

/// Words that join two verbs before one count ("killed and wounded dozens", "killing or
/// injuring 20").
pub const VERB_JOINERS: &[&str] = &["and", "or"];

/// "One of the missiles", "two of them": a count of part of a whole named after "of" by these.
pub const WHOLE_NAMED_BY: &[&str] = &["the", "them", "these", "those", "its", "their"];

/// Words before a count that make it part of the count before ("including two children",
/// "among them", "of whom").
pub const INCLUDING: &[&str] = &["including", "incl"];
pub const PART_OF_THOSE: &[(&str, &[&str])] =
    &[("among", &["them", "whom"]), ("of", &["whom", "them"])];

/// Words that say the people named were not hurt ("the crew were reported to be safe", «
/// l'équipage est sain et sauf »): none killed or wounded.
pub const UNHARMED: &[&str] = &["unharmed", "uninjured", "unhurt", "unscathed", "safe"];
/// "escaped injury": the verb, and what was escaped; said of whoever the clause is about.
pub const ESCAPED_HARM: (&str, &[&str]) = (
    "escaped",
    &[
        "injury",
        "injuries",
        "unharmed",
        "unhurt",
        "unscathed",
        "harm",
    ],
);
/// Words that may stand between "escaped" and the harm: "all on board escaped any injury".
pub const ESCAPED_ANY: &[&str] = &["any"];
/// Nouns for the people aboard or at a post, who are said unharmed as one.
pub const EVERYONE: &[&str] = &["crew", "crews", "everyone", "personnel", "staff"];

/// "It" after a verb of stopping a munition stands for one of them ("successfully shot it
/// down", "intercepted it").
pub const IT: &str = "it";
pub const STOPPING_ONE: &[&str] = &["shot", "intercepted", "downed", "destroyed"];

/// Verbs of falling, which said of people is dying ("seven soldiers fell at the front", « 13
/// gendarmes sont tombés »), of munitions landing.
pub const FALLING: &[&str] = &["fell", "fallen"];

/// Munitions that came down where nothing was to hit ("all landed in the sea", "crashed into
/// the water"): none impacted. The verb, then within a few words the place.
pub const CAME_DOWN: &[&str] = &[
    "landed", "fell", "crashed", "splashed", "fallen", "impacted", "hit",
];
/// Far off, too: "landed far from the base", "fell away from the compound".
pub const NOTHING_THERE: &[&str] = &["sea", "water", "waters", "ocean", "desert", "far", "away"];

/// "Among the dead were two children": the word that opens it, and the words that may stand
/// between it and the count.
pub const AMONG: &str = "among";
pub const AMONG_THE_CASUALTIES: &[&str] = &["the", "those", "were", "was", "are", "is", "people"];
/// The words there that name the casualties ("the largest among 140 incidents" names none).
pub const CASUALTIES: &[&str] = &[
    "dead",
    "killed",
    "wounded",
    "injured",
    "victims",
    "casualties",
];

/// Endings of a people's name for one of its own ("Iraqi", "Filipino", "Lebanese").
pub const DEMONYM_ENDINGS: &[&str] = &["ian", "i", "ino", "ese"];

/// Peoples' names for one of their own that have none of those endings.
pub const DEMONYMS: &[&str] = &[
    "briton",
    "brit",
    "kurd",
    "turk",
    "dane",
    "pole",
    "swede",
    "afghan",
    "arab",
    "frenchman",
    "frenchmen",
    "dutchman",
    "yemeni",
    "saudi",
    "omani",
];

/// Two peoples' names the rules read as a person and as an adjective alike.
pub const PEOPLES_WITHOUT_ENDING: &[&str] = &["american", "iraqi"];

/// Endings of a nationality adjective before a noun ("two British troops").
pub const NATIONALITY_ENDINGS: &[&str] = &["ish", "ian", "ean", "ese", "i", "an", "ino"];

/// Nouns for many people that do not end in -s ("children", "staff").
pub const PEOPLE_WITHOUT_S: &[&str] = &[
    "people",
    "children",
    "men",
    "women",
    "militiamen",
    "policemen",
    "airmen",
    "servicemen",
    "fishermen",
    "personnel",
    "staff",
    "crew",
];

/// Words that may stand between a number and its noun ("seven Katyusha rockets").
pub const MODIFIERS: &[&str] = &[
    "american",
    "us",
    "iraqi",
    "coalition",
    "katyusha",
    // As real reports spell it ("three small Kaytusha rockets").
    "kaytusha",
    "small",
    "more",
    "other",
    "service",
    "security",
    "explosive",
    "laden",
    "armed",
    "unguided",
    "additional",
    "separate",
    "of",
    "the",
    "its",
    "their",
    "foreign",
    // The US department staff belong to: "two other Department of Defense personnel".
    "department",
    "defense",
    "defence",
    "dod",
    // The service a soldier belongs to: "a Navy corpsman", "two Army soldiers".
    "army",
    "navy",
    "naval",
    "military",
    "national",
    "local",
    "young",
    "small",
    "large",
    "heavy",
    "107mm",
    "122mm",
    "240mm",
    // A calibre written apart: "14 107 mm rockets", "a 122-mm rocket".
    "mm",
    // "A second UAS detonated": one more.
    "second",
    "third",
    "fourth",
    // "five security force members", "four police officers", "two border guards".
    "police",
    "border",
    "coast",
    "guard",
    "marine",
    "air",
    "embassy",
    "force",
    "forces",
    "mortar",
    "rocket",
    "them",
    // Kinds and names of munitions: "59 Tomahawk cruise missiles", "two car bombs".
    "cruise",
    "ballistic",
    "guided",
    "precision",
    "tomahawk",
    "grad",
    "car",
    "truck",
    // Trades named by what they work with: "a taxi driver", "two aid workers".
    "taxi",
    "bus",
    "tanker",
    "aid",
    "oil",
    "construction",
    "private",
    "suicide",
    "kamikaze",
    "attack",
    "artillery",
    "tank",
    "anti",
    // "an incoming anti-ship ballistic missile".
    "ship",
    "booby",
    "trapped",
    "sticky",
    "roadside",
    "improvised",
    "homemade",
    "short",
    "medium",
    "long",
    "range",
    "unmanned",
    "aerial",
    "fixed",
    "wing",
    "surface",
    "to",
    "air",
];

/// Words after a munition noun that make it an adjective: "a rocket attack" counts attacks.
pub const COMPOUND_HEADS: &[&str] = &[
    "attack",
    "attacks",
    "fire",
    "launcher",
    "launchers",
    "strike",
    "strikes",
    "barrage",
];

/// The unit of a calibre written apart from its number ("14 107 mm rockets").
pub const CALIBRE_UNIT: &str = "mm";

/// Possessives before one person, which count one ("a man and *his* son").
pub const POSSESSIVES: &[&str] = &["his", "her", "their"];

/// Words between a "no" and the casualties that do not count towards how far they may stand
/// ("did not cause any damage or injuries").
pub const FREE_AFTER_NO: &[&str] = &["any", "or"];

/// Words that leave what follows an open question ("did not say whether the rocket hit").
pub const OPEN_QUESTION: &[&str] = &["whether", "if"];

/// One more ("another soldier was killed"), unless a number follows ("another 14").
pub const ANOTHER: &str = "another";

/// The indefinite articles ("a soldier").
pub const ARTICLES: &[&str] = &["a", "an"];

/// Casualties named as a group after "of the" ("two of the wounded").
pub const CASUALTIES_AS_NOUNS: &[&str] = &["wounded", "injured", "dead"];

/// A word that may follow the auxiliary before "among" ("were also among the dead").
pub const ALSO: &str = "also";

/// Nouns for the killed and wounded alike ("no casualties", "the victims").
pub const CASUALTY_NOUNS: &[&str] = &["casualties", "casualty", "victims"];

/// The death toll, and the words before "toll" that make it one of the injured.
pub const TOLL: &str = "toll";
/// Words after a toll's count that make it a war's tally, not an attack's: "pushed the U.S.
/// death toll to 992 for the 9-year-old war".
pub const TALLY_OF: &[&str] = &["war", "conflict", "occupation", "campaign", "insurgency"];
/// Words after a headline's participle that leave it passive ("Navy SEAL killed in Iraq"), not
/// a doer's verb with its object ("Gunman killed three").
pub const AFTER_A_HEADLINE_PARTICIPLE: &[&str] = &[
    "in", "by", "at", "near", "after", "on", "during", "as", "when", "while", "outside",
];
/// The perfect's auxiliaries, which with "since" make a count a tally ("have died … since").
pub const PERFECT_AUXILIARIES: &[&str] = &["have", "has"];

/// The years a four-digit number without a thousands separator is taken for, not a count.
pub const YEARS: std::ops::Range<u32> = 1900..2100;
pub const INJURY_TOLL: &[&str] = &["injury", "wounded", "injured"];

/// "The number of wounded raised to 12": its opening words and the verbs of rising.
pub const THE_NUMBER_OF: &[&str] = &["the", "number", "of"];
pub const RAISED: &[&str] = &[
    "raised",
    "rose",
    "risen",
    "climbed",
    "increased",
    "grew",
    "jumped",
];

/// Words that state no one was harmed ("no casualties", "without injuries", "nobody", "zero
/// casualties").
pub const WITHOUT: &[&str] = &["no", "without", "nobody", "none", "zero"];

/// Words between such a "no" and the casualties that make it a lack of knowledge, not of harm:
/// "no immediate information on casualties", "no word on casualties" say nothing of a count.
pub const NOTHING_KNOWN: &[&str] = &["information", "details", "word"];

/// Harm to people named by what it was done to, after such a "no": "without causing any human
/// or material losses" is none killed or hurt.
/// "Harmed" too, which says nothing of how: "no personnel were harmed" is none killed or hurt.
pub const TO_PEOPLE: &[&str] = &["human", "harmed"];

/// Words that say none when a "not" stands just before them ("did not sustain any injuries",
/// "were not reported injured").
pub const NONE_AFTER_NOT: &[&str] = &["any", "reported"];
pub const NOT: &[&str] = &[
    "not", "didnt", "wasnt", "werent", "hasnt", "havent", "hadnt", "never",
];

/// "Only material damage": its three words in any order.
pub const DAMAGE: &[&str] = &["damage", "damages"];
pub const MATERIAL: &[&str] = &["material", "property"];
pub const ONLY: &str = "only";

/// Words before a count that make it part of the casualties named before ("including two
/// children", "among them").
pub const AMONG_THEM: &[&str] = &["including", "among"];

/// Words that open a phrase saying where or with whom the counted people are, passed over to
/// reach their verb ("two U.S. soldiers *in* the NATO coalition were killed"); "of" is
/// `grammar::OF`.
pub const PHRASE_AFTER_COUNTED: &[&str] = &["in", "with", "from", "serving", "assigned"];

/// Words between a count and its verb that only report it ("were *reported to have been*
/// killed", "were *reportedly* wounded"): they do not put the verb further away.
pub const REPORTING_THE_VERB: &[&str] = &[
    "reported",
    "reportedly",
    "believed",
    "thought",
    "have",
    "been",
    "later",
    "successfully",
    "also",
];

/// Forms of "to be" that make a verb after them passive.
pub const BE: &[&str] = &["was", "were", "are", "is"];

/// A count said by dozens or pairs: its words, the count, and how many of the words are the
/// count's (the noun follows them; "of" after "a pair" is not the count's).
pub struct Dozen {
    pub words: &'static [&'static str],
    pub count: u32,
    pub counting_words: usize,
}

/// "A dozen rockets" (about twelve), "a pair of drones" (two), "half a dozen" (about six).
pub const DOZENS: &[Dozen] = &[
    Dozen {
        words: &["a", "dozen"],
        count: 12,
        counting_words: 2,
    },
    Dozen {
        words: &["a", "pair", "of"],
        count: 2,
        counting_words: 2,
    },
    Dozen {
        words: &["half", "a", "dozen"],
        count: 6,
        counting_words: 3,
    },
];

/// A dozen after a number: "two dozen people" is that many twelves.
pub const DOZEN: &str = "dozen";

/// Words joining two numbers into a range ("3 to 5", "between 3 and 5", "two or three").
pub const RANGE_JOINERS: &[&str] = &["to", "or", "and"];

/// "At least" said after the counted noun ("four dead at least", « 4 morts au moins »).
pub const AT_LEAST_AFTER: [&str; 2] = ["at", "least"];

/// "or" and "and" between two munitions that describe one noun after them ("rocket or bomb
/// attacks").
pub const OR_AND: &[&str] = &["or", "and"];

/// Words of failure before a verb of interception: none was intercepted ("air defences failed
/// to intercept the drone").
pub const FAILED: &[&str] = &["failed", "fail", "fails", "unable"];

/// Words before a munition that say it was never fired ("found a third unfired rocket").
pub const NEVER_FIRED: &[&str] = &["unfired", "unlaunched", "unused"];

/// "Other" before the noun it describes ("two other Department of Defense personnel"), which
/// alone names people ("two others").
pub const OTHER_BEFORE_A_NOUN: &[&str] = &["other"];

/// Words of a hit that a negation before them makes none ("no impact", "did not hit").
pub const IMPACT_WORDS: &[&str] = &["impact", "impacts", "hit"];

/// Strikes by the United States ("recent U.S. airstrikes that killed at least 53 people"): whom
/// they killed is no casualty of an attack on US forces. The strikes' nouns, and the words
/// before them that say they were American (with "U.S." written with dots).
pub const US_STRIKES: (&[&str], &[&str]) = (
    &[
        "strike",
        "strikes",
        "airstrike",
        "airstrikes",
        "raid",
        "raids",
    ],
    &["us", "american", "america", "pentagon", "washington"],
);
