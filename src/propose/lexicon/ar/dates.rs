//! Arabic's words for dates: the names of the months (two series) and the weekdays, ordinal
//! days ("الثالث عشر": the thirteenth), the parts of a month or year ("مطلع", "منتصف",
//! "أواخر": early, mid, late), fixed holidays, the little words that join days into lists and
//! ranges, and the words that count from a date stated before ("بعد يومين": two days later).
//! Read by `propose::dates`.
//!
//! Some tables are looked up exactly (a word the tokens give is compared as it is), others
//! through [`super::grammar::is_one_of`] (folded, past the clitics): each rule says which.

use jiff::civil::Weekday;

/// The month names of the Levant and Iraq (the Syriac series), each with its number. Four of
/// them are two words: كانون الثاني (Kanun II, January), تشرين الأول (Tishrin I, October),
/// تشرين الثاني (Tishrin II, November), كانون الأول (Kanun I, December). Read before
/// [`MONTHS_EGYPTIAN`].
pub const MONTHS_LEVANTINE: &[(&str, i8)] = &[
    ("كانون الثاني", 1),
    ("شباط", 2),
    ("آذار", 3),
    ("نيسان", 4),
    ("أيار", 5),
    ("حزيران", 6),
    ("تموز", 7),
    ("آب", 8),
    ("أيلول", 9),
    ("تشرين الأول", 10),
    ("تشرين الثاني", 11),
    ("كانون الأول", 12),
];

/// The month names of Egypt and most of the Arab press (from the Latin names: January …
/// December), each with its number; April, June and July in two spellings.
pub const MONTHS_EGYPTIAN: &[(&str, i8)] = &[
    ("يناير", 1),
    ("فبراير", 2),
    ("مارس", 3),
    ("أبريل", 4),
    ("إبريل", 4),
    ("مايو", 5),
    ("يونيو", 6),
    ("يونيه", 6),
    ("يوليو", 7),
    ("يوليه", 7),
    ("أغسطس", 8),
    ("سبتمبر", 9),
    ("أكتوبر", 10),
    ("نوفمبر", 11),
    ("ديسمبر", 12),
];

/// "The first", "the second" (folded), as the second of two months that share their first
/// word names itself after "and" ("تشرين الأول والثاني": October and November). Compared
/// exactly.
pub const SHARED_MONTH_ORDINALS: &[&str] = &["الاول", "الثاني"];

/// The weekdays, with the article as they are written after يوم (day): Monday … Sunday.
pub const WEEKDAYS: &[(&[&str], Weekday)] = &[
    (&["الاثنين"], Weekday::Monday),
    (&["الثلاثاء"], Weekday::Tuesday),
    (&["الأربعاء"], Weekday::Wednesday),
    (&["الخميس"], Weekday::Thursday),
    (&["الجمعة"], Weekday::Friday),
    (&["السبت"], Weekday::Saturday),
    (&["الأحد"], Weekday::Sunday),
];

/// Holidays on a fixed day of the calendar, each word of the name given by its forms, and the
/// month and day: New Year's Eve ("ليلة رأس السنة": the night of the head of the year) and
/// Christmas ("عيد الميلاد": the feast of the Nativity).
pub const FIXED_HOLIDAYS: &[(&[&[&str]], i8, i8)] = &[
    (&[&["ليلة"], &["رأس"], &["السنة"]], 12, 31),
    (&[&["عيد"], &["الميلاد"]], 12, 25),
];

/// "To", "until" (ila, hatta, folded as the tokens write them): a word that ends a range at the
/// next day ("من 3 الى 6": from 3 to 6). Compared exactly.
pub const RANGE_TO: &[&str] = &["الي", "حتي"];

/// "To" (ila, folded), after which a bare number continues a list of days. Compared exactly.
pub const TO: &[&str] = &["الي"];

/// "To", "until", "up to" (ila, hatta, li-ghayat), between two days of different months
/// ("من 29 كانون الأول إلى 3 كانون الثاني"). Compared exactly.
pub const TILL: &[&str] = &["الى", "إلى", "حتى", "لغاية"];

/// "Between" (bayna), which opens a range ("بين 3 و6": between 3 and 6). Compared exactly.
pub const BETWEEN: &[&str] = &["بين"];

/// "Between", "from" (bayna, min): the words that open a range. Compared exactly.
pub const RANGE_OPENERS: &[&str] = &["بين", "من"];

/// "From" (min), which opens a range across months. Compared exactly.
pub const FROM: &[&str] = &["من"];

/// "Of" (min), read past between a part and the time it is of, as English "of" is
/// in "the end of 2019". Compared exactly.
pub const OF: &[&str] = &["من"];

/// "Of", "month" (min, shahr): the words between a day and its month ("الثالث من شهر آذار":
/// the third of the month of March), or before a month joined to the next.
pub const OF_MONTH: &[&str] = &["من", "شهر"];

/// The words of a list of days besides "and" and numbers: in, of/from, to, until ("في 3 و4
/// من آذار"). Compared exactly.
pub const LIST_JOINERS: &[&str] = &["في", "من", "الى", "إلى", "حتى"];

/// "Year", "month" ('am, shahr, sana): the nouns read past between a part and the time it is
/// of ("منتصف شهر تموز": the middle of the month of July).
pub const YEAR_OR_MONTH: &[&str] = &["عام", "شهر", "سنة"];

/// "Year" ('am, sana, and "of the year" li-'am), between the days of a list and its year.
pub const YEAR: &[&str] = &["عام", "سنة", "لعام"];

/// "Since" (mundhu): a date after it in its clause starts a tally and dates no incident ("منذ
/// مطلع العام"); with a count of days it is "ago" ("منذ ثلاثة أيام").
pub const SINCE: &[&str] = &["منذ"];

/// Nouns of a statement (بيان / بيانا / بيانه / بيانها statement, تصريح / تصريحات remarks): a
/// date just after one in its clause dates the statement ("في بيان يوم الأحد").
pub const STATEMENT: &[&str] = &["بيان", "بيانا", "بيانه", "بيانها", "تصريح", "تصريحات"];

/// Verbs of saying: a day just after one and its subject (أعلنت القيادة الأمريكية الوسطى،
/// مساء الاثنين) dates what was said when nothing of an attack is in the span.
pub const SAYING: &[&str] = &[
    "أعلن",
    "أعلنت",
    "اعلن",
    "اعلنت",
    "قال",
    "قالت",
    "ذكر",
    "ذكرت",
    "أكد",
    "أكدت",
    "أفاد",
    "أفادت",
    "تابع",
    "تابعت",
    "أضاف",
    "أضافت",
    "صرح",
    "صرحت",
    "أوضح",
    "أوضحت",
];

/// Nouns beyond the attack words that tell of an attack in a span: deaths, injuries, a claim
/// (أعلن … مقتل 3 من عناصره; أعلن … مسؤوليته عن الانفجارات).
pub const TOLD_OF_AN_ATTACK: &[&str] = &[
    "مقتل",
    "إصابة",
    "اصابة",
    "مسؤولية",
    "مسؤوليته",
    "مسؤوليتها",
    "الانفجارات",
    "انفجارات",
    "تفجير",
    "تفجيرات",
];

/// Words of a page's own line before its date: تاريخ النشر date of publication, آخر تحديث last
/// updated. Not the verb نشر, which also deploys troops.
pub const PAGE_LINE: &[&str] = &["النشر", "تحديث"];

/// The beginning of a month or year: beginning, early days, start, opening (matla', awa'il,
/// bidaya, mustahall).
pub const EARLY: &[&str] = &["مطلع", "أوائل", "اوائل", "بداية", "مستهل"];

/// The middle of a month or year: middle, mid (muntasaf, awasit, wasat).
pub const MID: &[&str] = &["منتصف", "أواسط", "اواسط", "وسط"];

/// The end of a month or year: late days, end, close (awakhir, nihaya, khitam).
pub const LATE: &[&str] = &["أواخر", "اواخر", "نهاية", "ختام"];

/// "The week" (al-usbu'), before its ordinal ("الأسبوع الأول من آب": the first week of
/// August). Compared exactly.
pub const THE_WEEK: &[&str] = &["الاسبوع", "الأسبوع"];

/// The ordinals after "the week" or "the half" and the week (or half) each names: the first …
/// the fourth. Compared exactly.
pub const WEEK_ORDINALS: &[(&str, u8)] = &[
    ("الاول", 1),
    ("الأول", 1),
    ("الثاني", 2),
    ("الثالث", 3),
    ("الرابع", 4),
];

/// "The last" (al-akhir), after "the week": the month's last week. Compared exactly.
pub const LAST: &[&str] = &["الاخير", "الأخير"];

/// "The half" (an-nisf), before its ordinal ("النصف الثاني من عام 2020": the second half of
/// 2020).
pub const THE_HALF: &[&str] = &["النصف"];

/// "First" (al-hadi) as it is written inside 11th, 21st and 31st ("الحادي عشر", "الحادي
/// والعشرين"); no day on its own.
pub const FIRST_IN_COMPOUNDS: &str = "الحادي";

/// Ordinals 1st–10th as a day of the month is written (with the article, masculine, as يوم
/// "day" is), and [`FIRST_IN_COMPOUNDS`]: each with its number.
pub const ORDINAL_UNITS: &[(&str, i8)] = &[
    ("الأول", 1),
    (FIRST_IN_COMPOUNDS, 1),
    ("الثاني", 2),
    ("الثالث", 3),
    ("الرابع", 4),
    ("الخامس", 5),
    ("السادس", 6),
    ("السابع", 7),
    ("الثامن", 8),
    ("التاسع", 9),
    ("العاشر", 10),
];

/// Ordinal tens as a day is written: the twentieth, the thirtieth ("الحادي والعشرين": the
/// twenty-first), each with its number.
pub const ORDINAL_TENS: &[(&[&str], i8)] =
    &[(&["العشرين", "العشرون"], 20), (&["الثلاثين", "الثلاثون"], 30)];

/// "Ten" after an ordinal unit, making a day of the teens ("الرابع عشر": the fourteenth).
pub const TEEN: &[&str] = &["عشر", "عشرة"];

/// "After" (ba'da), before a time that counts days from the date stated before ("بعد
/// يومين": two days later).
pub const AFTER: &[&str] = &["بعد"];

/// Times counted after [`AFTER`] without a number: a day, two days, a week, two weeks; each
/// with its days.
pub const PERIODS: &[(&[&str], i64)] = &[
    (&["يوم"], 1),
    (&["يومين"], 2),
    (&["أسبوع"], 7),
    (&["أسبوعين"], 14),
];

/// "Days" (ayyam, and yawman after the numbers 11–99), after a number after [`AFTER`].
pub const DAYS: &[&str] = &["أيام", "يوما", "يوماً"];

/// "Weeks" (asabi'), after a number after [`AFTER`].
pub const WEEKS: &[&str] = &["أسابيع"];

/// "The day" (al-yawm), before [`FOLLOWING`], [`PREVIOUS`] or [`ITSELF`] ("في اليوم التالي": on
/// the next day), or after [`SAME`].
pub const THE_DAY: &[&str] = &["اليوم"];

/// "Following", "next" (at-tali), after [`THE_DAY`]: the day after.
pub const FOLLOWING: &[&str] = &["التالي"];

/// "Previous" (as-sabiq), after [`THE_DAY`]: the day before.
pub const PREVIOUS: &[&str] = &["السابق"];

/// "Itself" (nafsuhu, dhatuhu), after [`THE_DAY`]: the same day ("في اليوم نفسه").
pub const ITSELF: &[&str] = &["نفسه", "ذاته"];

/// "The same" (nafs), before [`THE_DAY`] ("نفس اليوم": the same day).
pub const SAME: &[&str] = &["نفس"];

/// "The month" (ash-shahr), before [`NEXT`] ("الشهر التالي": the following month).
pub const THE_MONTH: &[&str] = &["الشهر"];

/// "Following", "next" (at-tali, al-lahiq), after [`THE_MONTH`]: the month after.
pub const NEXT: &[&str] = &["التالي", "اللاحق"];
