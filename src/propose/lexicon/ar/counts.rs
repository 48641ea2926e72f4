//! Arabic's words for counts: the nouns counted (munitions, people), the words that bound a
//! number or stand for one, and the verbs and nouns that say what happened to what was
//! counted. Read by `propose::counts`.

use crate::model::Field;

/// Nouns for munitions, singular and plural (rocket, shell, charge, drone, bomb).
pub const MUNITIONS: &[&str] = &[
    "صاروخ",
    "صواريخ",
    "صاروخا",
    "قذيفة",
    "قذائف",
    // Projectiles: "إطلاق خمس مقذوفات صاروخية" (five rocket projectiles fired).
    "مقذوف",
    "مقذوفات",
    "عبوة",
    "عبوات",
    "طائرة",
    "طائرات",
    "مسيرة",
    "مسيرات",
    "قنبلة",
    "قنابل",
];

/// Nouns for people, singular and plural (soldier, person, civilian, member, fighter, child, officer …).
pub const PEOPLE: &[&str] = &[
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
    // The construct plural: "ثلاثة من منتسبي القوة الجوية" (three of the air force's members).
    "منتسبي",
    "عسكري",
    "عسكريين",
    "موظف",
    "موظفين",
    "مواطن",
    "مواطنين",
];

/// Nationalities standing for the people ("مع كويتيين لقيا حتفهما", "20 لبنانيا"), singular
/// and plural, the Levant's spelling of American with ك too. Their plural in -يين is written as
/// the dual is: after a noun of people ("الجنود الأمريكيين") or with the article it is the
/// plural adjective or noun, no count of two.
pub const NATIONALITIES: &[&str] = &[
    "أمريكي",
    "أمريكيين",
    "أميركي",
    "أميركيين",
    "عراقي",
    "عراقيين",
    "كويتي",
    "كويتيين",
    "لبناني",
    "لبنانيين",
    "سوري",
    "سوريين",
    "أردني",
    "أردنيين",
    "يمني",
    "يمنيين",
    "سعودي",
    "سعوديين",
    "بريطاني",
    "بريطانيين",
    "فرنسي",
    "فرنسيين",
    "أفغاني",
    "أفغان",
    "صومالي",
    "صوماليين",
    "نيبالي",
    "باكستاني",
    "باكستانيين",
];

/// Singular nouns for one person, as counted after a casualty noun ("مقتل جندي": a soldier killed).
pub const ONE_PERSON: &[&str] = &[
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
    "طفلة",
    "فتاة",
    "رجل",
    "بحار",
    // A serviceman: "قتل عسكري أمريكي" (an American serviceman was killed).
    "عسكري",
    // A nationality standing for the person: "أسفر عن مقتل أميركي" (killed an American).
    "أميركي",
    "أمريكي",
];

/// Singular munition nouns: one without a number ("سقط صاروخ": a rocket fell), or with "one" after them.
/// زورق is a boat (one rigged or unmanned).
pub const ONE_MUNITION: &[&str] = &["صاروخ", "قذيفة", "عبوة", "طائرة", "مسيرة", "قنبلة", "زورق"];

/// The verbal noun or passive verb of a casualty, before one person it counts ("مقتل متعاقد": a contractor killed).
pub const CASUALTY_BEFORE_ONE: &[&str] = &[
    "مقتل",
    "إصابة",
    "مصرع",
    "استشهاد",
    "وإصابة",
    "قتل",
    "أصيب",
    "جرح",
    "استشهد",
    // Death (wafat): "أسفر عن وفاة متعاقد عراقي" (caused the death of an Iraqi contractor).
    "وفاة",
    // Met (his death): "لقي جندي اميركي مصرعه" (an American soldier was killed).
    "لقي",
    "لقيت",
];

/// "One" written after a noun to count it ("صاروخ واحد": one rocket).
pub const ONE_AFTER_NOUN: &[&str] = &["واحد", "واحدة"];

/// "Aircraft", which with [`UNMANNED`] after it is one drone ("طائرة مسيرة").
pub const AIRCRAFT: &[&str] = &["طائرة"];

/// "Unmanned", after [`AIRCRAFT`].
pub const UNMANNED: &[&str] = &["مسيرة"];

/// Son and daughter, one more person when "and" is written onto them ("وابنه": and his son).
pub const CHILD_OF: &[&str] = &["ابن", "ابنة"];

/// Pronouns written onto a noun ("her", "his", "their"), longest first.
pub const POSSESSIVE_ENDINGS: &[&str] = &["هما", "هم", "ها", "ه"];

/// One dead or wounded person, named by a singular noun ("سقوط قتيل": one dead).
pub const ONE_DEAD_OR_WOUNDED: &[&str] = &["قتيل", "قتيلا", "جريح", "جريحا", "مصاب"];

/// "Another", one more after a casualty noun ("مقتل جندي وإصابة آخر").
pub const ANOTHER: &[&str] = &["آخر", "أخرى"];

/// "Others" after a casualty verb, without a number ("وأصيب آخرون", and others were wounded):
/// how many is not said.
pub const OTHERS: &[&str] = &["آخرون", "آخرين"];

/// A verb of interception with its object written onto it: "أسقطته" (shot it down) is one,
/// "إسقاطهما" (shooting the two of them down) two.
pub const STOPPED_ONE: &[&str] = &[
    "أسقطته",
    "أسقطتها",
    "أسقطه",
    "أسقطها",
    "إسقاطه",
    "إسقاطها",
    "اعترضته",
    "اعترضتها",
    "اعتراضه",
    "اعتراضها",
];
pub const STOPPED_TWO: &[&str] = &["أسقطتهما", "أسقطهما", "إسقاطهما", "اعترضتهما", "اعتراضهما"];

/// "In vain" after a verb of interception ("حاولت التصدي للهجوم لكن دون جدوى"): none
/// intercepted. The word, and the words before it that make it "without".
pub const IN_VAIN: (&[&str], &[&str]) = (&["جدوى"], &["دون", "بدون", "بلا"]);

/// "One of" before a dual ("أحد الصاروخين": one of the two missiles).
pub const ONE_OF: &[&str] = &["أحد", "احد", "إحدى", "احدى"];
/// "One of them" ("سقط أحدها": one of them fell).
pub const ONE_OF_THEM: &[&str] = &["أحدها", "احدها", "أحدهما", "إحداها", "احداها", "إحداهما"];

/// A volley, which counts no number ("رشقة صاروخية": a rocket volley).
pub const VOLLEY: &[&str] = &["رشقة", "رشقات", "وابل"];

/// Words after [`VOLLEY`] that make it one of munitions (of rockets).
pub const VOLLEY_OF: &[&str] = &["صاروخية", "من", "صواريخ"];

/// Quantities that are no number: several, dozens, hundreds, a few, many.
pub const VAGUE: &[&str] = &["عدة", "عشرات", "مئات", "بضعة", "بضع", "العديد"];

/// "Several" after its noun: عدة, عديدة ("صواريخ عدة", "هجمات عديدة").
pub const VAGUE_AFTER_NOUN: &[&str] = &["عدة", "عديدة"];

/// Names of a munition after its noun ("صاروخ كاتيوشا", "قذيفة هاون"): كاتيوشا Katyusha, غراد /
/// كراد Grad, هاون mortar.
pub const MUNITION_NAMES: &[&str] = &["كاتيوشا", "غراد", "كراد", "هاون"];

/// "A number", which with [`OF`] after it is no exact number ("عدد من الجنود").
pub const A_NUMBER: &[&str] = &["عدد", "عددا"];

/// "Of", "from".
pub const OF: &[&str] = &["من"];

/// "On", which with [`LEAST`] after a noun says "at least" ("قتل 12 مدنياً على الأقل").
pub const ON: &[&str] = &["على"];

/// "The least", after [`ON`].
pub const LEAST: &[&str] = &["الأقل"];

/// Munitions in the plural, more than one when no number is stated ("سقطت صواريخ": rockets fell).
pub const MUNITIONS_PLURAL: &[&str] = &["صواريخ", "قذائف", "عبوات", "مسيرات"];

/// Nouns for the killed (a dead person, the dead).
pub const KILLED_NOUNS: &[&str] = &["قتيل", "قتلى"];

/// Nouns for the wounded.
pub const WOUNDED_NOUNS: &[&str] = &["جريح", "جرحى", "مصاب", "مصابين", "مصابون"];

/// "Among", "between" ("من بين القتلى": among the dead).
pub const AMONG: &[&str] = &["بين"];

/// "Among them", "of whom", before a part of a count.
pub const AMONG_THEM: &[&str] = &["بينهم", "منهم", "بينهن"];

/// Casualties of either kind, or losses ("دون وقوع إصابات": without casualties).
pub const CASUALTIES: &[&str] = &["ضحايا", "خسائر", "إصابات"];

/// Words of absence before casualties: without, no, did not, lack of.
pub const WITHOUT: &[&str] = &["دون", "بدون", "لا", "لم", "عدم"];

/// Words between such a "no" and the casualties that do not count towards how far they may
/// stand: في in, وقوع occurrence, أي / أية any, أو or ("لم يتسبب في وقوع أي أضرار أو إصابات").
pub const FREE_AFTER_NO: &[&str] = &["في", "وقوع", "أي", "أية", "أو"];

/// Words that make such a "no" a lack of knowledge, not of harm: "لا معلومات عن إصابات" (no
/// information on casualties), "لا تفاصيل" (no details).
pub const NOTHING_KNOWN: &[&str] = &["معلومات", "تفاصيل"];

/// Human, of harm after such a "no": "لم تسفر عن اية اضرار بشرية" (caused no human harm),
/// "دون خسائر بشرية".
pub const TO_PEOPLE: &[&str] = &["بشرية"];

/// Said of people, unharmed: "الطاقم بخير" (the crew is well), "سالمون" (safe); and the
/// nouns for the people aboard or at a post who are said so as one.
pub const UNHARMED: &[&str] = &["بخير", "سالمون", "سالمين"];
pub const EVERYONE: &[&str] = &["الطاقم", "طاقم", "الطواقم", "الجميع", "الأفراد"];

/// Munitions that came down where nothing was to hit ("سقطت في البحر", fell into the sea): none
/// impacted. An empty yard is no such place: it may be inside the base ("سقطا في ساحة فارغة").
pub const CAME_DOWN: &[&str] = &["سقط", "سقطت", "سقطا", "سقطتا", "وقع", "وقعت", "هوى", "هوت"];
/// Far off, too: "سقطت بعيدا من المنشأة" (fell far from the facility).
pub const NOTHING_THERE: &[&str] = &["البحر", "الصحراء", "بعيدا"];

/// Damage, losses.
pub const DAMAGE: &[&str] = &["أضرار", "الأضرار", "الخسائر", "خسائر"];

/// Material (of damage): damage to things only.
pub const MATERIAL: &[&str] = &["مادية", "المادية"];

/// "Only".
pub const ONLY: &[&str] = &["فقط"];

/// "Was limited to" ("اقتصرت الأضرار على الماديات": the damage was material only).
pub const LIMITED_TO: &[&str] = &["اقتصرت", "واقتصرت"];

/// Words that bound the number after them, each word given by its forms, and the bound they
/// say. An empty set of forms is any word ("ما لا يقل عن 5": no fewer than, the "عن" read
/// past).
pub const BOUNDS: &[(&[&[&str]], &str)] = &[
    (&[&["أكثر", "اكثر"], &["من"]], "more than"),
    (&[&["أقل", "اقل"], &["من"]], "fewer than"),
    (&[&["ما"], &["يزيد"], &["عن", "على"]], "more than"),
    // "تجاوز الـ 60" (passed 60).
    (&[&["تجاوز", "يتجاوز", "تخطى", "يتخطى"]], "more than"),
    (&[&["ما"], &["لا"], &["يقل"], &[]], "at least"),
    (&[&["لا"], &["يقل"], &[]], "at least"),
    (&[&["ما"], &["يصل"], &["إلى", "الى"]], "up to"),
    (&[&["نحو", "حوالي", "قرابة", "زهاء"]], "about"),
];

/// Arabic verbs and verbal nouns that say what happened to what was counted.
pub const VERBS: &[(&[&str], Field)] = &[
    (
        &[
            "مقتل",
            "وفاة",
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
            "حتفها",
            "حتفهم",
            "حتفهما",
            // "لقي … مصرعه" (met his death), the death with its pronoun written on.
            "مصرعه",
            "مصرعها",
            "مصرعهم",
            "مصرعهما",
            "لقي",
            "لقيت",
            "لقيا",
            "لقوا",
            // After their subject, plural and dual: "ثلاثة عسكريين أمريكيين قتلوا".
            "قتلوا",
            "قتلا",
            // Of its subject, an attack or a blast: "وقتلت 17 بحارا" (and it killed 17 sailors).
            "قتلت",
            // Hostages executed are killed: "أعدم ثلاثة منهم", "اختطاف 4 جنود وإعدامهم".
            "أعدم",
            "أعدموا",
            "أعدمت",
            "إعدام",
            "إعدامهم",
            "إعدامهما",
        ],
        Field::Killed,
    ),
    (
        &[
            "إصابة",
            "إصابات",
            "أصيب",
            "أصيبوا",
            "أصيبا",
            "جرحى",
            "جريح",
            "جرح",
            "جروح",
            "بجروح",
            // After their subject: "8 جنود أميركيين جرحوا".
            "جرحوا",
            "جرحا",
            // The jussive after a negation: "لم يصب بأذى" (was not hurt).
            "يصب",
            "يصاب",
        ],
        Field::Wounded,
    ),
    (
        // The dual and plural after their subject: "صاروخين سقطا" (two rockets fell).
        &[
            "سقوط",
            "سقط",
            "سقطت",
            "أصابت",
            "انفجرت",
            "انفجار",
            "سقطا",
            "سقطتا",
            "سقطوا",
            "انفجرا",
            "انفجرتا",
            // Struck, crashed: "الزورق المسير الذي ضرب السفينة", "وتحطمت الطائرة … داخل القاعدة".
            "ضرب",
            "ضربت",
            "أصاب",
            "تحطمت",
            "تحطم",
        ],
        Field::Impacted,
    ),
    (
        // "عالجت الدفاعات الجوية طائرة مسيرة": Iraqi statements say air defences "dealt with"
        // a drone they engaged.
        // Destroyed, as English "destroyed" a drone: "تمكنت من تدمير طائرتين مسيرتين".
        &[
            "اعتراض",
            "أسقطت",
            "إسقاط",
            "اسقاط",
            "اعترضت",
            "عالجت",
            "تدمير",
            // The present of headlines ("الجيش الأميركي يسقط طائرة مسيرة"), and confronting
            // what was fired ("تصدت الدفاعات للصواريخ").
            "يسقط",
            "تسقط",
            "يعترض",
            "تعترض",
            "تصدت",
            "التصدي",
        ],
        Field::Intercepted,
    ),
];

/// Phrases that add one count to another ("إصابة 5 إضافة إلى جندي": five hurt in addition to a
/// soldier).
pub const COUNT_JOINING_PHRASES: &[&str] = &["إضافة إلى", "بالإضافة إلى", "فضلا عن", "علاوة على"];

/// Words of failure before a verb of interception (فشلت الدفاعات الجوية في اعتراض, air defences
/// failed to intercept): فشل / فشلت / فشل failed, failure, أخفق / أخفقت failed, عجز / عجزت could not.
pub const FAILED: &[&str] = &["فشل", "فشلت", "أخفق", "أخفقت", "عجز", "عجزت"];

/// Words between a number and the people or munitions it counts: "ثلاثة من منتسبي" (three of
/// the members of).
pub const BETWEEN_NUMBER_AND_NOUN: &[&str] = &["من"];

/// Words of a hit that a negation before them makes none: "لم تتأثر" (was not affected), "لم
/// يكن له أي تأثير" (had no effect), "لم يصب المدمرة" (did not hit the destroyer).
pub const IMPACT_WORDS: &[&str] = &["تتأثر", "يتأثر", "تأثير", "يصب", "تصب"];

/// Strikes by the United States ("الغارات الأمريكية والبريطانية على محافظة الحديدة"): the
/// strikes' nouns, and the adjective after them that says they were American.
pub const US_STRIKES: (&[&str], &[&str]) = (
    &["غارة", "غارات", "ضربة", "ضربات", "قصف"],
    &["أمريكية", "أميركية", "أمريكي", "أميركي"],
);
