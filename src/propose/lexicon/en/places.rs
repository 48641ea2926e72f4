//! English words the place rule reads: titles before a person's name, the verbs a capital
//! speaks by, and the words for kinds of places (Arabic's in [`super::super::ar::places`]).

/// The articles a place's name may be written with or without, in Latin letters: "the
/// Euphrates", "al-Qaim", "el-Fasher".
pub const ARTICLES: &[&str] = &["al", "el", "the"];

/// The Arabic article written apart in Latin letters ("Ain al-Asad"), left out of names.
pub const ARTICLES_WRITTEN_APART: &[&str] = &["al", "el"];

/// Small words of a name that tell no site from another: "Embassy *of* the United States
/// *in* Baghdad".
pub const LINKING_WORDS: &[&str] = &["in", "of", "the", "al"];

/// Titles before a person's name: what follows one is a person, not a place ("Mr Marie",
/// "General Hit…", "al-Sheikh …"; Arabic's in [`ar::places::TITLES`]).
pub const TITLES: &[&str] = &[
    "mr",
    "mrs",
    "ms",
    "miss",
    "dr",
    "prof",
    "professor",
    "sheikh",
    "shaykh",
    "sayyed",
    "sayyid",
    "gen",
    "general",
    "col",
    "colonel",
    "maj",
    "major",
    "lt",
    "lieutenant",
    "capt",
    "captain",
    "brig",
    "brigadier",
    "sgt",
    "sergeant",
    "president",
    "minister",
    "premier",
    "ayatollah",
    "imam",
    "cleric",
    "sen",
    "senator",
    "rep",
    "ambassador",
    "envoy",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "commander",
    "king",
    "prince",
    "emir",
];

/// Verbs a capital speaks by when it stands for its government ("Baghdad said", "Washington
/// blamed"): a place named as their subject is who spoke, not where anything happened.
pub const SPEECH_VERBS: &[&str] = &[
    "said",
    "says",
    "announced",
    "accused",
    "accuses",
    "blamed",
    "blames",
    "denied",
    "denies",
    "warned",
    "warns",
    "condemned",
    "condemns",
    "insisted",
    "responded",
    "confirmed",
    "vowed",
    "urged",
    "demanded",
    "threatened",
];

/// Words for a kind of place people live in, before its name: "the town of Balad", "the city
/// of Nasiriyah", "the district of Balad" (Arabic's in [`ar::places::SETTLEMENT_NOUNS`]).
pub const SETTLEMENT_NOUNS: &[&str] = &["town", "city", "village", "district", "township"];

/// Words in a place's name that make it an installation (a base, an airport), not the town it
/// is named after (Arabic's in [`ar::places::INSTALLATION_WORDS`]).
pub const INSTALLATION_WORDS: &[&str] =
    &["base", "airbase", "airport", "airfield", "camp", "garrison"];

/// What a government speaks in, before "from" and its capital ("a statement from Baghdad").
pub const STATEMENT_NOUNS: &[&str] = &["statement", "message", "response", "officials"];

/// Roads called after the cities they join ("the Kirkuk–Erbil road").
pub const ROAD_WORDS: &[&str] = &["road", "highway", "expressway", "motorway"];

/// The word after a capital that makes it a clock's time zone ("6:30 p.m. Baghdad time").
pub const TIME_ZONE: &str = "time";

/// Words after a town's name that make it its province ("Anbar province").
pub const PROVINCE_NOUNS: &[&str] = &["province", "governorate"];

/// The word after a town's name for the land around it ("the Idlib countryside").
pub const COUNTRYSIDE: &str = "countryside";

/// Words between an installation and its town ("the airport *in* Mosul").
pub const AT_A_TOWN: &[&str] = &["at", "in", "of", "near"];

/// Installations a place goes by its town's name with ("Albu Kamal crossing", "Balad air
/// base"): their words, the longest first, and the name's word for them.
pub const INSTALLATIONS_AT_A_TOWN: &[(&[&str], &str)] = &[
    (&["air", "base"], "air base"),
    (&["crossing"], "crossing"),
    (&["airport"], "airport"),
    (&["airbase"], "airbase"),
    (&["airfield"], "airfield"),
    (&["base"], "base"),
];

/// Directions before "of" that place something by a name ("north-east of Baghdad").
pub const DIRECTIONS: &[&str] = &[
    "north",
    "south",
    "east",
    "west",
    "northeast",
    "northwest",
    "southeast",
    "southwest",
    "northeastern",
    "northwestern",
    "southeastern",
    "southwestern",
];

/// Units of distance before "from" ("30 km from Erbil").
pub const DISTANCE_UNITS: &[&str] = &["km", "kms", "kilometres", "kilometers", "miles"];
/// Words before a ship's name ("USS Mason", "M/V Star Iris", "HMS Diamond"): the name is a
/// ship's, never a place's.
pub const SHIP_PREFIXES: &[&str] = &["USS", "USNS", "HMS", "M/V", "MV", "M/T", "MT", "FS"];

/// The word between a count and its miles at sea ("60 nautical miles").
pub const NAUTICAL: &str = "nautical";

/// Words of a place's name that make it a diplomatic mission.
pub const MISSION_WORDS: &[&str] = &["Embassy", "Consulate"];

/// The same nouns as a text writes them before "in" and a town ("the consulate in Peshawar").
pub const MISSION_NOUNS: &[&str] = &["embassy", "consulate", "Embassy", "Consulate"];

/// How the gazetteer names a US embassy, before its city.
pub const US_EMBASSY_IN: &str = "US Embassy in ";

/// The embassy's noun alone, for "the U.S. Embassy" without its city (as tokens fold it).
pub const EMBASSY_NOUNS: &[&str] = &["embassy"];

/// Words that make an embassy the United States' ("the U.S. Embassy", "the American embassy");
/// "U.S." reads as the letters "U" and "S".
pub const OF_THE_US: &[&str] = &["us", "u", "s", "american", "america", "states"];

/// Other words of "the embassy of the United States".
pub const BEFORE_AN_EMBASSY: &[&str] = &["the", "united", "of"];
