//! English: the language the rules' concept words are written in (other languages' lexicons,
//! such as French, are read as these words), and the tables the rules read English by.

pub mod actors;
pub mod attribution;
pub mod counts;
pub mod dates;
pub mod drafting;
pub mod grammar;
pub mod numbers;
pub mod places;
pub mod scope;
pub mod terms;

use super::{Relative, RelativeTime, TimesOfDay};

/// Times named from the article's day, longest phrase first where one begins another.
pub const RELATIVE_TIMES: &[RelativeTime] = &[
    RelativeTime {
        words: &[&["today", "tonight"]],
        when: Relative::Day(0),
        said: None,
    },
    RelativeTime {
        words: &[&["this"], &["morning", "afternoon", "evening"]],
        when: Relative::Day(0),
        said: None,
    },
    RelativeTime {
        words: &[&["yesterday"]],
        when: Relative::Day(-1),
        said: None,
    },
    RelativeTime {
        words: &[&["last"], &["night"]],
        when: Relative::Day(-1),
        said: None,
    },
];

/// The time of day as English says it (and as French is read: « vers 23h » is "around 23h").
pub static TIMES_OF_DAY: TimesOfDay = TimesOfDay {
    moments: &[
        &[&[
            "midnight", "noon", "midday", "dawn", "dusk", "daybreak", "sunrise", "sunset",
        ]],
        &[&[
            "night",
            "morning",
            "afternoon",
            "evening",
            "nightfall",
            "overnight",
            "predawn",
        ]],
        // "in the early hours", "in the small hours".
        &[&["early", "small", "wee"], &["hours"]],
        // "a brazen pre-dawn assault".
        &[&["pre"], &["dawn", "daybreak"]],
    ],
    qualifiers: &[
        &[&["late"], &["at"]],
        &[&["early"], &["in"], &["the"]],
        &[&["late"], &["in"], &["the"]],
        // "early this morning", « tôt ce matin ».
        &[&["early", "late"], &["this"]],
        &[&["at"], &["approximately", "about", "around"]],
        &[&["in"], &["the"]],
        &[&["shortly", "just"], &["before", "after"]],
        &[&["between"]],
        &[&["around"], &["the"]],
        &[&[
            "around",
            "about",
            "approximately",
            "at",
            "before",
            "after",
            "early",
            "late",
            "by",
        ]],
    ],
    after_four_digits: &["local", "hours", "hrs", "gmt", "utc"],
    after_an_hour: &["oclock"],
    glued_halves_of_the_day: &["am", "pm"],
    // The European "23h30" (French, and English wire copy from Francophone desks).
    glued_hour_marks: &["h"],
    halves_of_the_day: &[&["am"], &["pm"], &["a", "m"], &["p", "m"]],
    // The time zones of the desks that report (and "5 p.m. EST" of a US spokesman).
    after_a_clock_time: &[
        "local", "time", "hours", "oclock", "gmt", "utc", "est", "edt", "cet", "cest", "bst",
    ],
    // « de » too: « 23h30 heure de Sanaa » in a line too short to be told French, where the
    // French lexicon does not read it as "of".
    before_the_clocks_place: &["of", "de"],
    joining_a_second_time: &["and", "to", "until", "till", "then"],
    clock_marks: &[],
    hours_in_words: &[],
    teens: &[],
    parts_before_a_day: &[],
    day_words: &[],
    of_a_part: &[],
    after_a_moment: &[],
    clock_of_a_place: &[],
};

/// Nouns a count counts munitions by, singular ("seven rockets", "a drone").
pub const MUNITION_NOUNS: &[&str] = &[
    "rocket",
    "missile",
    "mortar",
    "shell",
    "round",
    "drone",
    "bomb",
    "projectile",
    "munition",
    "grenade",
    "ied",
    "katyusha",
    "uav",
    // Unmanned aerial and surface systems, as CENTCOM writes them.
    "uas",
    "usv",
];

/// Nouns a count counts people by, singular or as the plural has no -s ("two soldiers",
/// "three children"); peoples' names ("two Americans") are told by their endings.
pub const PEOPLE_NOUNS: &[&str] = &[
    "people",
    "person",
    "civilian",
    "soldier",
    "troop",
    "personnel",
    "member",
    "contractor",
    "child",
    "children",
    "girl",
    "boy",
    "women",
    "woman",
    "men",
    "man",
    "fighter",
    "guard",
    "officer",
    "american",
    "iraqi",
    "other",
    "resident",
    "staff",
    "diplomat",
    "ambassador",
    "consul",
    "worker",
    "militant",
    "militiamen",
    "militiaman",
    "son",
    "daughter",
    "wife",
    "husband",
    "brother",
    "sister",
    "father",
    "mother",
    "relative",
    "baby",
    "infant",
    "teenager",
    "student",
    "pilgrim",
    "policeman",
    "policemen",
    "farmer",
    "shepherd",
    "driver",
    "passenger",
    "journalist",
    "employee",
    "official",
    "engineer",
    "marine",
    "airman",
    "airmen",
    "sailor",
    "servicemember",
    "servicemen",
    "serviceman",
    "servicewoman",
    "trucker",
    "fisherman",
    "fishermen",
    "medic",
    "corpsman",
    "corpsmen",
    "paramedic",
    "nurse",
    "doctor",
    "translator",
    "interpreter",
    "trainer",
    "instructor",
    "advisor",
    "adviser",
    "technician",
    "mechanic",
    "labourer",
    "laborer",
    "recruit",
    "conscript",
    "volunteer",
    "commander",
    "sergeant",
    "commando",
    "shooter",
    "gunman",
    "attacker",
    "assailant",
    // Those a count names by what they fight as: "a U.S. Navy SEAL was killed", "two
    // insurgents were killed" ("bomber" is not one: "a suicide bomber killed four Americans"
    // counts the four).
    "seal",
    "ranger",
    "insurgent",
    "guerrilla",
    "terrorist",
    "sniper",
    "crewman",
    "crewmen",
    "protester",
    "demonstrator",
];

/// Nouns a count counts attacks by ("32 attacks").
pub const ATTACK_NOUNS: &[&str] = &["attack", "incident", "strike", "assault"];

/// Words after a number that stand for people left unsaid, when a verb follows ("six more
/// were wounded").
pub const PEOPLE_LEFT_UNSAID: &[&str] = &["more"];

/// Forms of "be" and "have" that begin a verb after its subject.
pub const AUXILIARIES: &[&str] = &["were", "was", "are", "is", "have", "has", "had"];

/// Words that join two counts of the same kind into one group ("two soldiers and a
/// contractor", "a woman and her two children").
pub const COUNT_JOINERS: &[&str] = &["and", "his", "her", "their", "plus", "as", "well"];

/// Phrases that add one count to another ("five soldiers in addition to a contractor").
pub const COUNT_JOINING_PHRASES: &[&str] = &[
    "in addition to",
    "as well as",
    "along with",
    "together with",
];
