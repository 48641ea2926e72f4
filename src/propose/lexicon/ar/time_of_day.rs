//! Arabic's times of day: the parts of the day adverbs name (فجرًا at dawn, مساءً in the
//! evening, ليلًا at night), late hours, and the words before them that belong to them.

use crate::propose::lexicon::TimesOfDay;

pub static TIMES_OF_DAY: TimesOfDay = TimesOfDay {
    moments: &[
        // "in the middle of the night", "at a late hour", "late" (في وقت متأخر).
        &[&["منتصف"], &["الليل", "ليل", "النهار"]],
        &[&["في"], &["وقت"], &["متأخر", "مبكر"]],
        &[&["في"], &["ساعة"], &["متأخرة", "مبكرة"]],
        &[&["في"], &["ساعات"], &["الفجر", "الصباح", "المساء", "الليل"]],
        &[&[
            "فجرا",
            "فجر",
            "الفجر",
            "صباحا",
            "الصباح",
            "ظهرا",
            "الظهر",
            "عصرا",
            "العصر",
            "مساء",
            "المساء",
            "ليلا",
            "ليل",
            "الليل",
            "فجرًا",
            "صباحًا",
            "ظهرًا",
            "عصرًا",
            "مساءً",
            "ليلًا",
        ]],
    ],
    // "خلال الليل" (during the night) as well as "قبيل الفجر" (shortly before dawn).
    qualifiers: &[&[&["قبيل", "بعيد", "حوالي", "نحو", "قرابة", "قبل", "بعد", "خلال"]]],
    after_four_digits: &[],
    after_an_hour: &[],
    glued_halves_of_the_day: &[],
    glued_hour_marks: &[],
    halves_of_the_day: &[],
    after_a_clock_time: &["بالتوقيت"],
    before_the_clocks_place: &[],
    joining_a_second_time: &["حتى"],
};
