//! The default codebook a new project starts with (from `CODEBOOK.md`): vocabularies, the actors
//! and the gazetteer of our first users' domain. The analyst extends all of it per project.

use super::{Actor, ActorId, Place, PlaceId, TermId, VocabTerm, Vocabulary};

/// (key, label, parent event type) per vocabulary. Event types and sub-types are ACLED's
/// taxonomy, whole (its six event types and their sub-event types, in its own words but for
/// "Mob violence", which names the storming our users code); the weapons and targets are those of
/// the theatres our users follow, from rockets on bases to anti-ship missiles in the Red Sea.
/// Car bombs, suicide vests and suicide bombers are IEDs here, as in the labelled cases.
const TERMS: &[(Vocabulary, &str, &str, Option<&str>)] = &[
    (
        Vocabulary::EventType,
        "explosions_remote_violence",
        "Explosions/Remote violence",
        None,
    ),
    (Vocabulary::EventType, "battles", "Battles", None),
    (
        Vocabulary::EventType,
        "violence_against_civilians",
        "Violence against civilians",
        None,
    ),
    (Vocabulary::EventType, "protests", "Protests", None),
    (Vocabulary::EventType, "riots", "Riots", None),
    (
        Vocabulary::EventType,
        "strategic_developments",
        "Strategic developments",
        None,
    ),
    (
        Vocabulary::SubType,
        "shelling_artillery_missile",
        "Shelling/artillery/missile attack",
        Some("explosions_remote_violence"),
    ),
    (
        Vocabulary::SubType,
        "air_drone_strike",
        "Air/drone strike",
        Some("explosions_remote_violence"),
    ),
    (
        Vocabulary::SubType,
        "remote_explosive_ied",
        "Remote explosive/landmine/IED",
        Some("explosions_remote_violence"),
    ),
    (
        Vocabulary::SubType,
        "suicide_bomb",
        "Suicide bomb",
        Some("explosions_remote_violence"),
    ),
    (
        Vocabulary::SubType,
        "grenade",
        "Grenade",
        Some("explosions_remote_violence"),
    ),
    (
        Vocabulary::SubType,
        "chemical_weapon",
        "Chemical weapon",
        Some("explosions_remote_violence"),
    ),
    (
        Vocabulary::SubType,
        "armed_clash",
        "Armed clash",
        Some("battles"),
    ),
    (
        Vocabulary::SubType,
        "government_regains_territory",
        "Government regains territory",
        Some("battles"),
    ),
    (
        Vocabulary::SubType,
        "non_state_actor_overtakes_territory",
        "Non-state actor overtakes territory",
        Some("battles"),
    ),
    (
        Vocabulary::SubType,
        "attack",
        "Attack",
        Some("violence_against_civilians"),
    ),
    (
        Vocabulary::SubType,
        "abduction_forced_disappearance",
        "Abduction/forced disappearance",
        Some("violence_against_civilians"),
    ),
    (
        Vocabulary::SubType,
        "sexual_violence",
        "Sexual violence",
        Some("violence_against_civilians"),
    ),
    (
        Vocabulary::SubType,
        "peaceful_protest",
        "Peaceful protest",
        Some("protests"),
    ),
    (
        Vocabulary::SubType,
        "protest_with_intervention",
        "Protest with intervention",
        Some("protests"),
    ),
    (
        Vocabulary::SubType,
        "excessive_force_against_protesters",
        "Excessive force against protesters",
        Some("protests"),
    ),
    (
        Vocabulary::SubType,
        "mob_violence",
        "Mob violence (storming of a facility)",
        Some("riots"),
    ),
    (
        Vocabulary::SubType,
        "violent_demonstration",
        "Violent demonstration",
        Some("riots"),
    ),
    (
        Vocabulary::SubType,
        "agreement",
        "Agreement",
        Some("strategic_developments"),
    ),
    (
        Vocabulary::SubType,
        "arrests",
        "Arrests",
        Some("strategic_developments"),
    ),
    (
        Vocabulary::SubType,
        "change_to_group_activity",
        "Change to group/activity",
        Some("strategic_developments"),
    ),
    (
        Vocabulary::SubType,
        "disrupted_weapons_use",
        "Disrupted weapons use",
        Some("strategic_developments"),
    ),
    (
        Vocabulary::SubType,
        "headquarters_or_base_established",
        "Headquarters or base established",
        Some("strategic_developments"),
    ),
    (
        Vocabulary::SubType,
        "looting_property_destruction",
        "Looting/property destruction",
        Some("strategic_developments"),
    ),
    (
        Vocabulary::SubType,
        "non_violent_transfer_of_territory",
        "Non-violent transfer of territory",
        Some("strategic_developments"),
    ),
    (
        Vocabulary::SubType,
        "other",
        "Other",
        Some("strategic_developments"),
    ),
    (Vocabulary::Weapon, "rocket", "Rocket", None),
    (Vocabulary::Weapon, "rocket_107mm", "107mm rocket", None),
    (Vocabulary::Weapon, "rocket_122mm", "122mm rocket", None),
    (Vocabulary::Weapon, "mortar", "Mortar", None),
    (Vocabulary::Weapon, "artillery", "Artillery shell", None),
    (
        Vocabulary::Weapon,
        "ied",
        "IED / roadside, car or suicide bomb",
        None,
    ),
    (
        Vocabulary::Weapon,
        "drone",
        "Drone (explosive-laden, one-way attack UAV)",
        None,
    ),
    (
        Vocabulary::Weapon,
        "ballistic_missile",
        "Ballistic missile",
        None,
    ),
    (Vocabulary::Weapon, "cruise_missile", "Cruise missile", None),
    (
        Vocabulary::Weapon,
        "anti_ship_missile",
        "Anti-ship missile",
        None,
    ),
    (
        Vocabulary::Weapon,
        "manpads",
        "Surface-to-air missile (MANPADS)",
        None,
    ),
    (
        Vocabulary::Weapon,
        "explosive_boat",
        "Explosive boat (unmanned surface vessel)",
        None,
    ),
    (
        Vocabulary::Weapon,
        "rpg",
        "Rocket-propelled grenade (RPG)",
        None,
    ),
    (Vocabulary::Weapon, "grenade", "Hand grenade", None),
    (Vocabulary::Weapon, "small_arms", "Small arms", None),
    (
        Vocabulary::TargetType,
        "diplomatic_facility",
        "Diplomatic facility",
        None,
    ),
    (
        Vocabulary::TargetType,
        "military_base",
        "Military base",
        None,
    ),
    (
        Vocabulary::TargetType,
        "logistics_convoy",
        "Logistics convoy",
        None,
    ),
    (Vocabulary::TargetType, "airport", "Airport", None),
    (Vocabulary::TargetType, "naval_vessel", "Naval vessel", None),
    (
        Vocabulary::TargetType,
        "commercial_ship",
        "Commercial ship",
        None,
    ),
    (
        Vocabulary::TargetType,
        "civilian_area",
        "Civilian area",
        None,
    ),
];

/// (name, kind, aliases)
const ACTORS: &[(&str, &str, &[&str])] = &[
    (
        "Kata'ib Hezbollah",
        "militia",
        &[
            "Kataib Hezbollah",
            "Kataib Hizballah",
            "Kata'ib Hizballah",
            "KH",
            "كتائب حزب الله",
        ],
    ),
    (
        "Asa'ib Ahl al-Haq",
        "militia",
        &["Asaib Ahl al-Haq", "AAH", "عصائب أهل الحق"],
    ),
    (
        "Harakat Hezbollah al-Nujaba",
        "militia",
        &["al-Nujaba", "Nujaba", "حركة النجباء", "النجباء"],
    ),
    (
        "Kata'ib Sayyid al-Shuhada",
        "militia",
        &["Kataib Sayyid al-Shuhada", "KSS", "كتائب سيد الشهداء"],
    ),
    (
        "Badr Organization",
        "militia",
        &["Badr Corps", "Badr", "منظمة بدر"],
    ),
    (
        "Popular Mobilization Forces",
        "state-sanctioned umbrella",
        &[
            "PMF",
            "PMU",
            "Popular Mobilization Units",
            "Popular Mobilisation Forces",
            "Hashd al-Shaabi",
            "al-Hashd al-Sha'bi",
            "Hashed al-Shaabi",
            "الحشد الشعبي",
        ],
    ),
    (
        "IRGC Quds Force",
        "state force",
        &["Quds Force", "IRGC-QF", "فيلق القدس"],
    ),
    (
        "Ashab al-Kahf",
        "front name",
        &["Ashab al-Kahaf", "أصحاب الكهف"],
    ),
    (
        "Usbat al-Thaireen",
        "front name",
        &["Usbat al-Thairen", "عصبة الثائرين"],
    ),
    (
        "Qasim al-Jabarin",
        "front name",
        &[
            "Qassem al-Jabbarin",
            "Qasim Al-Jabarin",
            "Qasem al-Jabbarin",
            // The name is قاصم (breaker) with ص; reports write both.
            "قاصم الجبارين",
            "قاسم الجبارين",
        ],
    ),
    (
        "Saraya Awliya al-Dam",
        "front name",
        &["Awliya al-Dam", "سرايا أولياء الدم", "أولياء الدم"],
    ),
    (
        "Islamic Resistance in Iraq",
        "front name",
        &["المقاومة الإسلامية في العراق"],
    ),
    (
        "Iraqi Resistance Coordination Commission",
        "umbrella",
        &["Iraqi Resistance Co-ordination Commission"],
    ),
    // The armed groups of the war in Syria that chronicles of these attacks name most.
    (
        "Islamic State",
        "jihadist group",
        &[
            "ISIS",
            "ISIL",
            // Matched only as written, in capitals ("an IS claim"), never the verb "is".
            "IS",
            "Daesh",
            "Da'esh",
            "Islamic State of Iraq and the Levant",
            "Islamic State of Iraq and Syria",
            "داعش",
            "تنظيم الدولة الإسلامية",
            "الدولة الإسلامية",
            "تنظيم الدولة",
        ],
    ),
    (
        "Hay'at Tahrir al-Sham",
        "armed opposition",
        &[
            "Hayat Tahrir al-Sham",
            "Tahrir al-Sham",
            "HTS",
            "هيئة تحرير الشام",
            "تحرير الشام",
        ],
    ),
    (
        "Jabhat al-Nusra",
        "jihadist group",
        &[
            "al-Nusra Front",
            "Nusra Front",
            "Jabhat Fatah al-Sham",
            "جبهة النصرة",
            "جبهة فتح الشام",
        ],
    ),
    (
        "Syrian Democratic Forces",
        "armed group",
        &["SDF", "قوات سوريا الديمقراطية", "قسد"],
    ),
    ("Iraqi protesters", "civilians", &["protesters"]),
    (
        "United States",
        "state force",
        // Not "US" alone: in these reports it names targets ("US embassy", "US convoy").
        // Named as what was attacked ("rockets targeted US troops") they are not proposed.
        &[
            "US forces",
            "U.S. forces",
            "Washington",
            "US military",
            "U.S. military",
            "US troops",
            "U.S. troops",
            "American forces",
            "American troops",
            "US jets",
            "US warplanes",
            "US aircraft",
            "US airstrikes",
            "US air strikes",
        ],
    ),
];

/// (name, admin1, lat, lon, aliases)
const PLACES: &[(&str, &str, f64, f64, &[&str])] = &[
    (
        "Green Zone / US Embassy, Baghdad",
        "Baghdad",
        33.30,
        44.38,
        &[
            "Green Zone",
            "US embassy",
            "U.S. Embassy in Baghdad",
            "International Zone",
            "المنطقة الخضراء",
            "السفارة الأمريكية",
            "السفارة الأميركية",
        ],
    ),
    (
        "Baghdad",
        "Baghdad",
        33.31,
        44.37,
        &["east Baghdad", "بغداد"],
    ),
    (
        "Baghdad International Airport / Union III",
        "Baghdad",
        33.26,
        44.23,
        &[
            "Baghdad airport",
            "Baghdad International Airport",
            "Union III",
            "Victory Base",
            "Baghdad Diplomatic Support Center",
            "BDSC",
            "مطار بغداد",
            "مطار بغداد الدولي",
        ],
    ),
    (
        "Ain al-Asad Air Base",
        "Anbar",
        33.80,
        42.44,
        &[
            "Al-Asad",
            "Al-Asad base",
            "Ain al-Assad",
            "Asad Airbase",
            "عين الأسد",
            "قاعدة عين الأسد",
        ],
    ),
    (
        "Erbil",
        "Erbil",
        36.19,
        44.01,
        &[
            "Arbil",
            "Erbil airport",
            "Erbil International Airport",
            "Erbil air base",
            "Kurdistan region's capital",
            "capital of the Kurdistan region",
            "Kurdish regional capital",
            "Iraqi Kurdistan's capital",
            "عاصمة إقليم كردستان",
            "أربيل",
            "اربيل",
            "مطار أربيل",
            "مطار أربيل الدولي",
        ],
    ),
    (
        "K1 base, Kirkuk",
        "Kirkuk",
        35.50,
        44.30,
        &["K1", "K-1", "near Kirkuk", "كركوك"],
    ),
    ("Camp Taji", "Baghdad", 33.52, 44.26, &["Taji", "التاجي"]),
    (
        "Balad Air Base",
        "Salah al-Din",
        33.94,
        44.36,
        &["Balad", "قاعدة بلد"],
    ),
    ("Fallujah", "Anbar", 33.35, 43.78, &["Falluja", "الفلوجة"]),
    (
        "Mosul / Nineveh plains",
        "Nineveh",
        36.34,
        43.13,
        &["Mosul", "Nineveh plains", "Nineveh", "الموصل", "نينوى"],
    ),
    (
        "Babil / Hilla",
        "Babil",
        32.48,
        44.43,
        &["Babil", "Babylon", "Hilla", "بابل", "الحلة"],
    ),
];

pub fn default_terms() -> Vec<VocabTerm> {
    TERMS
        .iter()
        .enumerate()
        .map(|(order, (vocabulary, key, label, parent))| VocabTerm {
            term_id: TermId::new(),
            vocabulary: *vocabulary,
            key: (*key).to_owned(),
            label: (*label).to_owned(),
            parent_key: parent.map(str::to_owned),
            sort_order: i64::try_from(order).unwrap_or(i64::MAX),
        })
        .collect()
}

pub fn default_actors() -> Vec<Actor> {
    ACTORS
        .iter()
        .map(|(name, kind, aliases)| Actor {
            actor_id: ActorId::new(),
            name: (*name).to_owned(),
            kind: Some((*kind).to_owned()),
            parent_id: None,
            aliases: aliases.iter().map(|a| (*a).to_owned()).collect(),
            notes: None,
        })
        .collect()
}

pub fn default_places() -> Vec<Place> {
    PLACES
        .iter()
        .map(|(name, admin1, lat, lon, aliases)| Place {
            place_id: PlaceId::new(),
            name: (*name).to_owned(),
            admin1: Some((*admin1).to_owned()),
            country: Some("Iraq".to_owned()),
            iso3: Some("IRQ".to_owned()),
            latitude: Some(*lat),
            longitude: Some(*lon),
            geo_precision: Some(2),
            aliases: aliases.iter().map(|a| (*a).to_owned()).collect(),
            notes: None,
        })
        .collect()
}
