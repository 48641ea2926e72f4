//! Arabic words for actors: the nouns that head a group's name and the words around one, the
//! verbs a named actor reacts by, and the words that make a name what was attacked.

/// Nouns that head a group's name: سرايا (companies), كتائب (brigades), عصائب (leagues),
/// ألوية/لواء (brigade), حركة (movement), جبهة (front), حزب (party), فيلق (corps), تشكيل
/// (formation). Arabic has no capitals, so a name is known by its head.
pub const NAME_HEADS: &[&str] = &[
    "سرايا",
    "كتائب",
    "عصائب",
    "ألوية",
    "لواء",
    "حركة",
    "جبهة",
    "حزب",
    "فيلق",
    "تشكيل",
];

/// Nouns that say "a group" without naming it, which a name may follow in quotes or after
/// "calling itself": جماعة group, مجموعة group, فصيل faction, تنظيم organisation, جهة party.
pub const GROUP_WORDS: &[&str] = &["جماعة", "مجموعة", "فصيل", "تنظيم", "جهة"];

/// The verb of "calling itself" after a group noun (تطلق على نفسها, تسمي نفسها, تدعى, باسم):
/// تطلق / يطلق calls, تسمي / يسمي names, تسمى / تدعى / يدعى is called, باسم by the name.
pub const CALLING_ITSELF: &[&str] = &[
    "تطلق", "يطلق", "تسمي", "يسمي", "تسمى", "تدعى", "يدعى", "باسم",
];

/// The words after that verb and before the name: على on, نفسها / نفسه itself, عليها on
/// itself, اسم the name.
pub const CALLING_ITSELF_REST: &[&str] = &["على", "نفسها", "نفسه", "عليها", "اسم"];

/// Words that end a name: what was attacked or claimed (الهجوم the attack, الهجمات the attacks,
/// القصف the shelling, الاستهداف the targeting, العملية the operation, الضربة the strike,
/// التفجير the bombing, الاتهام the accusation, التقارير the reports, الأنباء the news), and
/// the little words after a name (عن of, على on, في in, ضد against, بعد after, قبل before,
/// التي / الذي which, أن / أنها that, بيان statement, أمس yesterday, اليوم today, مسؤولية
/// responsibility).
pub const AFTER_NAME: &[&str] = &[
    "الهجوم",
    "الهجمات",
    "الهجومين",
    "القصف",
    "الاستهداف",
    "العملية",
    "العمليات",
    "الضربة",
    "التفجير",
    "الاتهام",
    "الاتهامات",
    "التهمة",
    "التقارير",
    "الأنباء",
    "عن",
    "على",
    "في",
    "ضد",
    "بعد",
    "قبل",
    "التي",
    "الذي",
    "أن",
    "أنها",
    "بيان",
    "أمس",
    "اليوم",
    "مسؤولية",
    "مسؤوليتها",
    "مسؤوليته",
    "المسؤولية",
];

/// The start of مسؤول (responsible, an official) and مسؤولية (responsibility) as folded (ؤ as
/// و), compared exactly: no word of a group's name begins so.
pub const RESPONSIBLE: &str = "مسوول";

/// The word a closed name may go on with, before a noun with the article: عن (of), as names
/// of "defence of …" do ("سرايا الدفاع عن النفس", companies of the defence of the self).
pub const DEFENCE_OF: &[&str] = &["عن"];

/// "The attack" and its forms, compared exactly as a word's start: never the noun a name goes
/// on with after عن.
pub const THE_ATTACK: &str = "الهجوم";

/// Verbs of reaction, before the actor who reacts: أشادت praised, أدانت condemned, رحبت
/// welcomed, استنكرت denounced, نددت condemned.
pub const REACTIONS: &[&str] = &["أشادت", "أدانت", "رحبت", "استنكرت", "نددت"];

/// Words just before a name that make it what a person or a place belongs to: القيادي / قيادي
/// a leader (in), رئيس head, نائب deputy, عضو member, سيطرة control ("تحت سيطرة الحشد").
pub const BELONGING: &[&str] = &["القيادي", "قيادي", "رئيس", "نائب", "عضو", "سيطرة"];

/// Words before a name that make it what was attacked: ضد against, على on.
pub const AGAINST: &[&str] = &["ضد", "على", "لمحاربة", "لقتال", "محاربة"];

/// A group's noun before its name, passed over on the way to a word before it ("ضد *تنظيم*
/// داعش").
pub const GROUP_NOUN_BEFORE_A_NAME: &[&str] = &["تنظيم", "جماعة", "حركة", "ميليشيا", "ميليشيات"];

/// Verbs before a name that make it what was targeted, as cue patterns (a trailing `-` matches
/// any word it begins): استهدف targeted, تستهدف targets.
pub const TARGETING: &[&str] = &["استهدف-", "تستهدف-"];

/// Verbs of the deed after a group's name that make it the doer (as the report says it, no
/// claim or blame): أطلقوا / أطلقت fired, استهدفوا / استهدفت targeted, هاجموا / هاجمت
/// attacked, شنوا / شنت launched (an attack), نفذوا / نفذت carried out, استخدموا / استخدمت
/// used, قصفوا / قصفت shelled, فجروا / فجرت blew up; and headlines' present tense.
pub const DOING_THE_ATTACK: &[&str] = &[
    "أطلقوا",
    "أطلقت",
    "استهدفوا",
    "استهدفت",
    "هاجموا",
    "هاجمت",
    "شنوا",
    "شنت",
    "نفذوا",
    "نفذت",
    "استخدموا",
    "استخدمت",
    "قصفوا",
    "قصفت",
    "فجروا",
    "فجرت",
    // The present of headlines: "جماعة الحوثي تستهدف مدمرتين أمريكيتين".
    "تستهدف",
    "يستهدف",
    "تهاجم",
    "يهاجم",
    "تشن",
    "يشن",
];

/// "By" in Arabic's passive ("من قبل"), and the nouns of the deed before it ("لهجوم من قبل",
/// an attack by).
pub const BY_FROM: &[&str] = &["من"];
pub const BY_SIDE: &[&str] = &["قبل"];
pub const DEEDS_DONE_BY: &[&str] = &[
    "هجوم",
    "لهجوم",
    "الهجوم",
    "هجمات",
    "لهجمات",
    "استهداف",
    "قصف",
];

/// The same verbs standing first, their doer after them (Arabic's usual order): شن / شنت
/// launched, أطلق / أطلقت fired, نفذ / نفذت carried out, استخدم / استخدمت used (استخدمه used
/// it), قصفها shelled it, مصدرها its source. Not استهدف / هاجم: the name after those is as
/// often what was attacked.
pub const DOING_FIRST: &[&str] = &[
    "شن",
    "شنت",
    "أطلق",
    "أطلقت",
    // With the thing launched written onto the verb: أطلقها (launched it), أطلقهما (the two).
    "أطلقها",
    "أطلقهما",
    "أطلقه",
    "أطلقتها",
    "أطلقتهما",
    "نفذ",
    "نفذت",
    "استخدم",
    "استخدمت",
    "استخدمه",
    "استخدمها",
    // Shelled it (قصفها, قصفه), with what was shelled written onto the verb; and "its source"
    // (مصدرها): "تعرضت لقذائف مدفعية مصدرها الجيش التركي".
    "قصفها",
    "قصفه",
    "قصفتها",
    "قصفته",
    "مصدرها",
    "مصدره",
];

/// Words for a group's fighters between a verb standing first and the group's name ("شن
/// مسلحون تابعون لحركة الشباب"): مسلحون / مسلحين gunmen, عناصر members, مقاتلون / مقاتلو /
/// مقاتلين fighters, تابعون / تابعين / تابعة belonging (to), من of.
pub const FIGHTERS_OF: &[&str] = &[
    "مسلحون",
    "مسلحين",
    "عناصر",
    "مقاتلون",
    "مقاتلو",
    "مقاتلين",
    "تابعون",
    "تابعين",
    "تابعة",
    "من",
];

/// "In the name of" (باسم), between a spokesman and the group he speaks for.
pub const IN_THE_NAME_OF: &str = "باسم";

/// A spokesman (متحدث, ناطق), with or without the article.
pub const SPOKESMAN: &[&str] = &["متحدث", "ناطق"];

/// Verbs by which others report what a group did (نقلت وسائل إعلام … أن: media relayed that),
/// beside the verbs of saying.
pub const REPORTING: &[&str] = &["نقلت", "نقل", "أفادت", "أفاد", "ذكرت", "ذكر"];

/// An armed group named by its noun as the one speaking ("وقالت هذه الفصائل في بيان": these
/// factions said in a statement): what it tells of itself it claims.
pub const GROUPS_SPEAKING: &[&str] = &["الفصائل", "الجماعة", "الحركة", "الفصيل", "الميليشيا"];
