//! Arabic words for the weapons, events, attackers, crowds and targets a span names, as keys of
//! the project's vocabularies. Each cue table is read after English's, in one index: its
//! entries are numbered on from the English table's.

/// Words that join a list of weapons (the "and" written onto the next word is read by the
/// rule).
pub const LIST_JOINERS: &[&str] = &["و", "أو", "او"];

/// Words that name a weapon, and the weapon's vocabulary key (empty: a weapon the vocabulary
/// has not, which a shorter phrase inside it must not propose): قذيفة آر بي جي an RPG round,
/// صاروخ rocket, كاتيوشا Katyusha, غراد / كراد Grad, ملم mm, قذيفة هاون mortar round, عبوة ناسفة
/// explosive device, سيارة مفخخة car bomb, حزام ناسف suicide belt, انتحاري suicide bomber, لغم
/// mine, طائرة مسيرة drone, بدون طيار unmanned, صاروخ باليستي ballistic missile, إطلاق نار
/// gunfire, مسلحون gunmen; قنبلة يدوية hand grenade, صاروخ كروز / مجنح cruise missile, مضاد للسفن
/// anti-ship, أرض جو surface-to-air, مدفعية artillery, زورق مفخخ / مسير rigged / unmanned boat,
/// رصاصة / رصاص bullet(s), أسلحة رشاشة machine guns, قنبلة bomb, فجر نفسه blew himself up.
/// Longer phrases win.
pub const WEAPON_CUES: &[(&str, &str)] = &[
    // Arabic: the nouns reports use, singular, dual and plural.
    ("قذيفة آر بي جي", "rpg"),
    ("قذائف آر بي جي", "rpg"),
    ("آر بي جي", "rpg"),
    ("قنبلة يدوية", "grenade"),
    ("قنابل يدوية", "grenade"),
    ("رمانة يدوية", "grenade"),
    ("صاروخ", "rocket"),
    ("صاروخا", "rocket"),
    ("صاروخين", "rocket"),
    ("صواريخ", "rocket"),
    ("صاروخي", "rocket"),
    ("صاروخية", "rocket"),
    // Rocket shells, one phrase: a list's "and" written onto its first word is then read.
    ("قذائف صاروخية", "rocket"),
    ("قذيفة صاروخية", "rocket"),
    ("كاتيوشا", "rocket"),
    // Grad (غراد, and كراد as Iraqi media write it), and calibres in millimetres (ملم).
    ("غراد", "rocket_122mm"),
    ("كراد", "rocket_122mm"),
    ("122 ملم", "rocket_122mm"),
    ("107 ملم", "rocket_107mm"),
    // The calibre said in full (عيار 107 مليمترات, of calibre 107 millimetres).
    ("107 مليمترات", "rocket_107mm"),
    ("عيار 107", "rocket_107mm"),
    ("122 مليمترا", "rocket_122mm"),
    ("عيار 122", "rocket_122mm"),
    ("قذيفة هاون", "mortar"),
    ("قذائف هاون", "mortar"),
    ("قذيفتي هاون", "mortar"),
    ("هاون", "mortar"),
    ("عبوة ناسفة", "ied"),
    ("عبوات ناسفة", "ied"),
    ("عبوة", "ied"),
    ("سيارة مفخخة", "ied"),
    // What carries the charge: "شاحنة محملة بأكثر من 900 كيلو غرام من المتفجرات".
    ("شاحنة مفخخة", "ied"),
    ("محملة بالمتفجرات", "ied"),
    ("مليئة بالمتفجرات", "ied"),
    ("كيلوغرام من المتفجرات", "ied"),
    ("كيلو غرام من المتفجرات", "ied"),
    ("طن من المتفجرات", "ied"),
    ("أطنان من المتفجرات", "ied"),
    // A rigged aircraft is a drone, not a car bomb.
    ("طائرة مفخخة", "drone"),
    ("طائرات مفخخة", "drone"),
    ("حزام ناسف", "ied"),
    ("أحزمة ناسفة", "ied"),
    // Two belts, theirs: "فجر آخران حزاميهما الناسفين".
    ("حزامين ناسفين", "ied"),
    ("حزاميهما الناسفين", "ied"),
    // A suicide bomb (قنبلة انتحارية).
    ("قنبلة انتحارية", "ied"),
    ("انتحاري", "ied"),
    ("عملية انتحارية", "ied"),
    ("العمليات الانتحارية", "ied"),
    ("عمليات انتحارية", "ied"),
    // The adjective after explosions, dual and plural: "انفجارين انتحاريين" (a "طائرة انتحارية"
    // is a drone).
    ("انتحاريين", "ied"),
    ("مفخخة", "ied"),
    ("لغم", "ied"),
    ("طائرة مسيرة", "drone"),
    ("طائرات مسيرة", "drone"),
    ("مسيرة", "drone"),
    // "طائرة بدون طيار", "طائرات من دون طيار": aircraft without a pilot.
    ("بدون طيار", "drone"),
    ("دون طيار", "drone"),
    ("مسيرات", "drone"),
    ("درون", "drone"),
    ("صاروخ باليستي", "ballistic_missile"),
    ("صواريخ باليستية", "ballistic_missile"),
    // The dual: "اعترضت صاروخين باليستيين".
    ("صاروخين باليستيين", "ballistic_missile"),
    // Also written without the ي after the ب.
    ("صاروخ بالستي", "ballistic_missile"),
    ("صواريخ بالستية", "ballistic_missile"),
    ("صاروخين بالستيين", "ballistic_missile"),
    ("صاروخ كروز", "cruise_missile"),
    ("صواريخ كروز", "cruise_missile"),
    ("صاروخ مجنح", "cruise_missile"),
    ("صواريخ مجنحة", "cruise_missile"),
    ("صاروخ مضاد للسفن", "anti_ship_missile"),
    ("صواريخ مضادة للسفن", "anti_ship_missile"),
    ("صاروخ أرض جو", "manpads"),
    ("صواريخ أرض جو", "manpads"),
    ("قذيفة مدفعية", "artillery"),
    ("قذائف مدفعية", "artillery"),
    ("قذائف المدفعية", "artillery"),
    ("مدفعية", "artillery"),
    ("زورق مفخخ", "explosive_boat"),
    ("زوارق مفخخة", "explosive_boat"),
    ("زورق مسير", "explosive_boat"),
    ("زوارق مسيرة", "explosive_boat"),
    ("إطلاق نار", "small_arms"),
    ("مسلحون", "small_arms"),
    // A bullet, bullets, machine guns: "قتل … برصاصة خلال معركة".
    ("رصاصة", "small_arms"),
    ("رصاص", "small_arms"),
    ("أسلحة رشاشة", "small_arms"),
    ("الأسلحة الرشاشة", "small_arms"),
    ("رشاشات", "small_arms"),
    // A bomb (قنبلة) set off on the ground; a hand grenade is the longer phrase above.
    ("قنبلة", "ied"),
    ("قنابل", "ied"),
    // Bombers who blow themselves up (فجر نفسه, بتفجير نفسيهما, فجروا أنفسهم).
    ("فجر نفسه", "ied"),
    ("فجرا نفسيهما", "ied"),
    ("فجروا أنفسهم", "ied"),
    ("تفجير نفسه", "ied"),
    ("تفجير نفسيهما", "ied"),
    ("تفجير أنفسهم", "ied"),
];

/// Words that name an event, and the (event type, sub-type) keys they mean: طائرة / طائرات
/// aircraft, بدون طيار unmanned, قصفت طائرات aircraft bombed, حربية war-, مقاتلات fighter jets,
/// غارة / غارات air strike(s), الطيران الحربي the air force, حزام ناسف suicide belt, انتحاري
/// suicide bomber, قذيفة / قذائف آر بي جي RPG round(s), اقتحم / اقتحموا / اقتحام stormed /
/// storming, اشتباك / اشتبك / اشتبكت / اشتباكات clash(ed, es), إطلاق نار gunfire, أطلقوا النار
/// they opened fire, كمين ambush, صواريخ / صاروخ rockets / rocket, قذائف shells, هاون mortar,
/// قصف صاروخي / مدفعي / جوي rocket / artillery / air bombardment, مسيرة / مسيرات drone(s), عبوة
/// explosive device.
pub const EVENT_CUES: &[(&str, &str, &str)] = &[
    // A suicide bombing: "انفجارين انتحاريين", "هجوم انتحاري".
    (
        "انتحاري",
        "explosions_remote_violence",
        "remote_explosive_ied",
    ),
    (
        "انتحاريين",
        "explosions_remote_violence",
        "remote_explosive_ied",
    ),
    (
        "بدون طيار",
        "explosions_remote_violence",
        "air_drone_strike",
    ),
    ("دون طيار", "explosions_remote_violence", "air_drone_strike"),
    (
        "قصفت طائرات",
        "explosions_remote_violence",
        "air_drone_strike",
    ),
    (
        "طائرات حربية",
        "explosions_remote_violence",
        "air_drone_strike",
    ),
    (
        "طائرة حربية",
        "explosions_remote_violence",
        "air_drone_strike",
    ),
    ("مقاتلات", "explosions_remote_violence", "air_drone_strike"),
    ("غارة", "explosions_remote_violence", "air_drone_strike"),
    ("غارات", "explosions_remote_violence", "air_drone_strike"),
    (
        "غارة جوية",
        "explosions_remote_violence",
        "air_drone_strike",
    ),
    (
        "الطيران الحربي",
        "explosions_remote_violence",
        "air_drone_strike",
    ),
    (
        "حزام ناسف",
        "explosions_remote_violence",
        "remote_explosive_ied",
    ),
    // A car bomb (سيارة مفخخة) and a suicide bomb (قنبلة انتحارية) set off.
    (
        "سيارة مفخخة",
        "explosions_remote_violence",
        "remote_explosive_ied",
    ),
    (
        "شاحنة مفخخة",
        "explosions_remote_violence",
        "remote_explosive_ied",
    ),
    (
        "محملة بالمتفجرات",
        "explosions_remote_violence",
        "remote_explosive_ied",
    ),
    (
        "مليئة بالمتفجرات",
        "explosions_remote_violence",
        "remote_explosive_ied",
    ),
    (
        "كيلوغرام من المتفجرات",
        "explosions_remote_violence",
        "remote_explosive_ied",
    ),
    (
        "كيلو غرام من المتفجرات",
        "explosions_remote_violence",
        "remote_explosive_ied",
    ),
    (
        "طن من المتفجرات",
        "explosions_remote_violence",
        "remote_explosive_ied",
    ),
    (
        "أطنان من المتفجرات",
        "explosions_remote_violence",
        "remote_explosive_ied",
    ),
    (
        "قنبلة انتحارية",
        "explosions_remote_violence",
        "remote_explosive_ied",
    ),
    (
        "انتحاري",
        "explosions_remote_violence",
        "remote_explosive_ied",
    ),
    // Grenades fired at close range by armed men: a fight, not shelling.
    ("قذيفة آر بي جي", "battles", "armed_clash"),
    ("قذائف آر بي جي", "battles", "armed_clash"),
    // "اقتحم محتجون مبنى السفارة" (protesters stormed the embassy building), "اقتحام السفارة".
    ("اقتحم", "riots", "mob_violence"),
    ("اقتحموا", "riots", "mob_violence"),
    ("اقتحام", "riots", "mob_violence"),
    ("اشتباك", "battles", "armed_clash"),
    ("اشتبك", "battles", "armed_clash"),
    ("اشتبكت", "battles", "armed_clash"),
    ("إطلاق نار", "battles", "armed_clash"),
    ("أطلقوا النار", "battles", "armed_clash"),
    ("كمين", "battles", "armed_clash"),
    (
        "صواريخ",
        "explosions_remote_violence",
        "shelling_artillery_missile",
    ),
    (
        "صاروخ",
        "explosions_remote_violence",
        "shelling_artillery_missile",
    ),
    // "تعرضت لنيران غير مباشرة" (came under indirect fire).
    (
        "نيران غير مباشرة",
        "explosions_remote_violence",
        "shelling_artillery_missile",
    ),
    // The dual: "أطلقوا صاروخين باليستيين".
    (
        "صاروخين",
        "explosions_remote_violence",
        "shelling_artillery_missile",
    ),
    (
        "صاروخان",
        "explosions_remote_violence",
        "shelling_artillery_missile",
    ),
    // A suicide operation ("إحدى العمليات الانتحارية"): a bomb set off there, as a suicide
    // bomber's.
    (
        "عملية انتحارية",
        "explosions_remote_violence",
        "remote_explosive_ied",
    ),
    (
        "العمليات الانتحارية",
        "explosions_remote_violence",
        "remote_explosive_ied",
    ),
    (
        "عمليات انتحارية",
        "explosions_remote_violence",
        "remote_explosive_ied",
    ),
    (
        "قذائف",
        "explosions_remote_violence",
        "shelling_artillery_missile",
    ),
    (
        "هاون",
        "explosions_remote_violence",
        "shelling_artillery_missile",
    ),
    (
        "قصف صاروخي",
        "explosions_remote_violence",
        "shelling_artillery_missile",
    ),
    (
        "صاروخي",
        "explosions_remote_violence",
        "shelling_artillery_missile",
    ),
    (
        "صاروخية",
        "explosions_remote_violence",
        "shelling_artillery_missile",
    ),
    (
        "قصف مدفعي",
        "explosions_remote_violence",
        "shelling_artillery_missile",
    ),
    ("قصف جوي", "explosions_remote_violence", "air_drone_strike"),
    ("غارة", "explosions_remote_violence", "air_drone_strike"),
    ("غارات", "explosions_remote_violence", "air_drone_strike"),
    ("مسيرة", "explosions_remote_violence", "air_drone_strike"),
    ("مسيرات", "explosions_remote_violence", "air_drone_strike"),
    ("عبوة", "explosions_remote_violence", "remote_explosive_ied"),
    (
        "قنبلة",
        "explosions_remote_violence",
        "remote_explosive_ied",
    ),
    (
        "تفجير نفسه",
        "explosions_remote_violence",
        "remote_explosive_ied",
    ),
    (
        "تفجير نفسيهما",
        "explosions_remote_violence",
        "remote_explosive_ied",
    ),
    (
        "فجر نفسه",
        "explosions_remote_violence",
        "remote_explosive_ied",
    ),
    (
        "فجروا أنفسهم",
        "explosions_remote_violence",
        "remote_explosive_ied",
    ),
    // Artillery fire (نيران مدفعية, قذائف مدفعية) is shelling.
    (
        "نيران مدفعية",
        "explosions_remote_violence",
        "shelling_artillery_missile",
    ),
    (
        "قذائف مدفعية",
        "explosions_remote_violence",
        "shelling_artillery_missile",
    ),
    (
        "قذيفة مدفعية",
        "explosions_remote_violence",
        "shelling_artillery_missile",
    ),
    ("اشتباكات", "battles", "armed_clash"),
    // A battle (معركة) is a fight.
    ("معركة", "battles", "armed_clash"),
    // A boat rigged or unmanned (زورق مفخخ / مسير) is an explosive set off at a ship's side;
    // a hand grenade (قنبلة يدوية) is ACLED's own sub-type.
    (
        "زورق مفخخ",
        "explosions_remote_violence",
        "remote_explosive_ied",
    ),
    (
        "زوارق مفخخة",
        "explosions_remote_violence",
        "remote_explosive_ied",
    ),
    (
        "زورق مسير",
        "explosions_remote_violence",
        "remote_explosive_ied",
    ),
    (
        "زوارق مسيرة",
        "explosions_remote_violence",
        "remote_explosive_ied",
    ),
    ("قنبلة يدوية", "explosions_remote_violence", "grenade"),
    ("قنابل يدوية", "explosions_remote_violence", "grenade"),
];

/// Who attacked rather than how, read only when the span names no way of attacking:
/// مسلحون / مسلحين gunmen.
pub const ATTACKERS_CUES: &[(&str, &str, &str)] = &[
    ("مسلحون", "battles", "armed_clash"),
    ("مسلحين", "battles", "armed_clash"),
    // Heavily armed men ("هجم متشددون مدججون بالسلاح").
    ("مدججون بالسلاح", "battles", "armed_clash"),
    ("مدججين بالسلاح", "battles", "armed_clash"),
];

/// Crowds, which make mob violence where the span has them do harm ("أحرق متظاهرون غاضبون
/// بوابة السفارة", angry protesters burned the embassy's gate): متظاهرون / متظاهرين
/// demonstrators, محتجون / محتجين protesters, حشود crowds.
pub const CROWDS: &[&str] = &["متظاهرون", "متظاهرين", "محتجون", "محتجين", "حشود"];

/// Words that name a kind of target, and its key: السفارة / سفارة (the) embassy, المنطقة الخضراء
/// the Green Zone, قاعدة base, معسكر camp, رتل / أرتال convoy(s), مطار airport, مدمرة destroyer,
/// سفينة حربية warship, بارجة battleship, حاملة الطائرات aircraft carrier, ناقلة (نفط) (oil)
/// tanker(s) (ناقلات), سفينة تجارية / سفن تجارية merchant ship(s), سفينة / سفن شحن cargo
/// ship(s), سفينة نقل transport ship, ترفع علم flying the flag of.
pub const TARGET_CUES: &[(&str, &str)] = &[
    ("السفارة", "diplomatic_facility"),
    ("سفارة", "diplomatic_facility"),
    ("المنطقة الخضراء", "diplomatic_facility"),
    ("قاعدة", "military_base"),
    ("قواعد", "military_base"),
    ("موقع عسكري", "military_base"),
    ("معسكر", "military_base"),
    ("رتل", "logistics_convoy"),
    ("أرتال", "logistics_convoy"),
    ("مطار", "airport"),
    ("مدمرة", "naval_vessel"),
    ("المدمرة", "naval_vessel"),
    ("سفينة حربية", "naval_vessel"),
    ("بارجة", "naval_vessel"),
    ("حاملة الطائرات", "naval_vessel"),
    ("ناقلة", "commercial_ship"),
    ("ناقلة نفط", "commercial_ship"),
    ("سفينة تجارية", "commercial_ship"),
    ("سفن تجارية", "commercial_ship"),
    ("سفينة شحن", "commercial_ship"),
    ("سفن شحن", "commercial_ship"),
    ("سفينة نقل", "commercial_ship"),
    ("ناقلات", "commercial_ship"),
    // A ship "flying the flag of" a state (ترفع علم) is a merchant one.
    ("ترفع علم", "commercial_ship"),
    ("ترفع العلم", "commercial_ship"),
];

/// Stems of the verbs of harm a crowd does, folded (one alef) and compared with a word's start,
/// with or without و/ف written onto it: احرق burned, اضرم set (fire), حطم smashed, رشق / يرشق
/// pelted / pelt, هاجم attacked, اشعل lit, كسر broke, تسلق climbed (a wall, a gate).
pub const CROWD_HARM_STEMS: &[&str] = &[
    "احرق", "اضرم", "حطم", "رشق", "يرشق", "هاجم", "اشعل", "كسر", "تسلق",
];

/// Words that make what follows the cause of the event, an earlier one ("رداً على الغارات", in
/// response to the strikes): ردا / رداً in response, انتقاما / انتقاماً in revenge.
pub const IN_RETALIATION: &[&str] = &["ردا", "رداً", "انتقاما", "انتقاماً"];
