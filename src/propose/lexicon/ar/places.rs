//! Arabic words for places: the words around a place's name that say it is one (a kind of
//! place, a direction, a road, the countryside), and the words that say a name found is no
//! place there (a title, a speaking verb, a common word).

/// Words opening a place's name that reports often write onto the next word, compared exactly:
/// البو / أبو / ابو / بو (Albu, Abu: father of), أم / ام (Umm: mother of); "البو كمال" is
/// also written "البوكمال", "أبو غريب" "أبوغريب".
pub const WRITTEN_ONTO_NAME: &[&str] = &["البو", "أبو", "ابو", "بو", "أم", "ام"];

/// The article a place's name may be written with or without: "ال" (al-), folded.
pub const ARTICLES: &[&str] = &["ال"];

/// Titles before a person's name, after which a name is a person, not a place: السيد Mr, الشيخ
/// sheikh, الرئيس president, الوزير minister, اللواء major general, العميد brigadier, العقيد
/// colonel, الفريق lieutenant general, الدكتور doctor, النائب deputy, المتحدث spokesman, القائد
/// commander, الأمير prince, الملك king.
pub const TITLES: &[&str] = &[
    "السيد",
    "الشيخ",
    "الرئيس",
    "الوزير",
    "اللواء",
    "العميد",
    "العقيد",
    "الفريق",
    "الدكتور",
    "النائب",
    "المتحدث",
    "القائد",
    "الأمير",
    "الملك",
];

/// Nouns for a kind of place, written before its name ("مدينة الناصرية", the city of
/// Nasiriyah): never a place's name by themselves, although a town may be called "the city".
/// مدينة city, قرية village, بلدة town, محافظة province, منطقة area, قاعدة base, مطار airport,
/// ناحية subdistrict, قضاء district, معسكر camp, حي neighbourhood, شارع street, طريق road.
pub const PLACE_NOUNS: &[&str] = &[
    "مدينة",
    "قرية",
    "بلدة",
    "محافظة",
    "منطقة",
    "قاعدة",
    "مطار",
    "ناحية",
    "قضاء",
    "معسكر",
    "حي",
    "شارع",
    "طريق",
];

/// Verbs a capital speaks by when it stands for its government, written before it ("اتهمت
/// واشنطن", Washington accused): قالت said, أعلنت announced, اتهمت accused, نفت denied,
/// حملت / حمّلت held responsible, أكدت confirmed, دانت / أدانت condemned, طالبت demanded,
/// هددت threatened.
pub const SPEECH_VERBS: &[&str] = &[
    "قالت",
    "أعلنت",
    "اتهمت",
    "نفت",
    "حملت",
    "حمّلت",
    "أكدت",
    "دانت",
    "أدانت",
    "طالبت",
    "هددت",
];

/// Words of every report that the gazetteer also has as place names: "بيان" (statement;
/// Bayan, Kuwait), "الكرامة" (dignity; Karama), "بحري" (naval, nautical: "50 ميلا بحريا";
/// Bahri, Khartoum North). A place only after a word for a kind of place
/// ("في بيان" is "in a statement"; "مدينة بيان", "منطقة بيان" are Bayan).
/// The rest are words of the 5,000 commonest in Arabic (wordfreq) that the gazetteer has as a
/// place's name or alias in the countries first covered: "ترفع العلم الليبيري" (flies the
/// Liberian flag) is no Al-'Alam, "السجن" (the prison) no Al Mazra'ah, "الثورة" (the
/// revolution) no Tabqa, "امن" (security) no Emmen.
pub const COMMON_WORDS: &[&str] = &[
    "بيان",
    "الكرامة",
    "بحري",
    "بحريا",
    "العلم",
    "السجن",
    "الحي",
    "الثورة",
    "ثورة",
    "الدور",
    "الحرية",
    "امن",
    "أمن",
    "اساس",
    "أساس",
    "كلمة",
    "دولة",
    "سوف",
    "جديدة",
    "الجديدة",
    "اسفل",
    "أسفل",
    "سلامة",
    "الزيارة",
    "سلوك",
    "قنوات",
    "اطار",
    "إطار",
    "آمل",
    "الحاضر",
    "ملكة",
    "الإشارة",
    "الحمراء",
    "السوداء",
];

/// Words for a kind of place people live in, before its name ("مدينة الناصرية", "قضاء بلد"):
/// مدينة city, بلدة town, قرية village, قضاء district, ناحية subdistrict.
pub const SETTLEMENT_NOUNS: &[&str] = &["مدينة", "بلدة", "قرية", "قضاء", "ناحية"];

/// Words in a place's name that make it an installation, not the town it is named after,
/// compared exactly: قاعدة base, مطار airport, معسكر camp.
pub const INSTALLATION_WORDS: &[&str] = &["قاعدة", "مطار", "معسكر"];

/// An installation's noun written before the town it is named after, and the English noun the
/// gazetteer names it by ("مطار كابول" is Kabul airport).
pub const INSTALLATION_OF_TOWN: &[(&[&str], &str)] =
    &[(&["مطار"], "airport"), (&["قاعدة"], "base")];

/// The road, before the city a road is called after ("على طريق بغداد", on the Baghdad road):
/// طريق road, الطريق the road.
pub const ROAD: &[&str] = &["طريق", "الطريق"];

/// "By the time of", before the city whose clock a time is told by ("بتوقيت بغداد", Baghdad
/// time): بتوقيت by the time of, توقيت time.
pub const TIME_ZONE: &[&str] = &["بتوقيت", "توقيت"];

/// The countryside around a town, before its name ("ريف دير الزور", the Deir ez-Zor
/// countryside): ريف countryside, بريف in the countryside of.
pub const COUNTRYSIDE: &[&str] = &["ريف", "بريف"];

/// Province, before the town a province is called by ("محافظة الديوانية", Diwaniyah province).
pub const PROVINCE: &[&str] = &["محافظة"];

/// Directions a place is placed by, before the place it is measured from ("شمال بغداد", north
/// of Baghdad): شمال north, جنوب south, شرق east, غرب west, and شمالي / جنوبي / شرقي / غربي
/// (northern, southern, eastern, western).
pub const DIRECTIONS: &[&str] = &[
    "شمال",
    "جنوب",
    "شرق",
    "غرب",
    "شمالي",
    "جنوبي",
    "شرقي",
    "غربي",
];

/// The embassy, for "السفارة الأمريكية" without its city.
pub const EMBASSY_NOUNS: &[&str] = &["السفارة", "سفارة"];

/// "American", of an embassy; or "of America", "of the United States", "of Washington" after
/// its noun (سفارة أمريكا, سفارة الولايات المتحدة, سفارة واشنطن).
pub const OF_THE_US: &[&str] = &[
    "الأمريكية",
    "الأميركية",
    "الامريكية",
    "الاميركية",
    "أمريكية",
    "أميركية",
    "أمريكا",
    "أميركا",
    "امريكا",
    "الولايات",
    "المتحدة",
    "واشنطن",
];

/// "In", before the town of a mission (السفارة الأمريكية في القاهرة); a ب written onto the
/// town says the same (سفارة أمريكا بالقاهرة).
pub const AT_A_TOWN: &[&str] = &["في"];

/// Units of distance after a count ("على بعد 110 كيلومترات", "50 ميلا بحريا"): kilometres and
/// miles, with their abbreviations.
pub const DISTANCE_UNITS: &[&str] = &[
    "كيلومتر",
    "كيلومترا",
    "كيلومترات",
    "كيلو",
    "كلم",
    "كم",
    "ميل",
    "ميلا",
    "أميال",
];
