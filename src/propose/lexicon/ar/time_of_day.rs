//! Arabic's times of day: the parts of the day adverbs name (فجرًا at dawn, مساءً in the
//! evening, ليلًا at night), late hours, and the words before them that belong to them.

use crate::propose::lexicon::TimesOfDay;

pub static TIMES_OF_DAY: TimesOfDay = TimesOfDay {
    moments: &[
        // "in the middle of the night", "at a late hour", "late" (في وقت متأخر).
        &[&["منتصف"], &["الليل", "ليل", "النهار"]],
        // Reports write the adjective either way (في وقت مبكرة).
        &[&["في"], &["وقت"], &["متأخر", "مبكر", "متأخرة", "مبكرة"]],
        &[&["في"], &["ساعة"], &["متأخرة", "مبكرة"]],
        &[&["في"], &["ساعات"], &["الفجر", "الصباح", "المساء", "الليل"]],
        &[&[
            "فجرا",
            "فجر",
            "الفجر",
            "صباحا",
            "الصباح",
            // "في صباح 23 تشرين الأول" (on the morning of 23 October).
            "صباح",
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
    // "حوالي الساعة السابعة" (at about seven o'clock) as well.
    qualifiers: &[
        &[
            &["قبيل", "بعيد", "حوالي", "حوالى", "نحو", "قرابة"],
            &["الساعة"],
        ],
        &[&["الساعة"]],
        &[&[
            "قبيل",
            "بعيد",
            "حوالي",
            "حوالى",
            "نحو",
            "قرابة",
            "قبل",
            "بعد",
            "خلال",
        ]],
    ],
    after_four_digits: &[],
    after_an_hour: &[],
    glued_halves_of_the_day: &[],
    glued_hour_marks: &[],
    // After an hour: "الساعة 10:37 مساء", "الساعة الثانية عشر من ظهر".
    halves_of_the_day: &[
        &["مساء"],
        &["مساءً"],
        &["صباحا"],
        &["صباحًا"],
        &["ظهرا"],
        &["ظهرًا"],
        &["عصرا"],
        &["ليلا"],
        &["فجرا"],
        &["من", "ظهر"],
        &["من", "الظهر"],
        &["من", "صباح"],
        &["من", "مساء"],
        &["من", "فجر"],
        &["من", "ليل"],
    ],
    after_a_clock_time: &["بالتوقيت", "المحلي", "غرينتش", "غرينيتش"],
    before_the_clocks_place: &[],
    joining_a_second_time: &["حتى"],
    clock_marks: &["الساعة"],
    hours_in_words: &[
        "الواحدة",
        "الثانية",
        "الثالثة",
        "الرابعة",
        "الخامسة",
        "السادسة",
        "السابعة",
        "الثامنة",
        "التاسعة",
        "العاشرة",
        "الحادية",
    ],
    teens: &["عشر", "عشرة"],
    parts_before_a_day: &["صباح", "عصر", "ظهر", "ظهيرة", "ليلة", "مساء", "فجر", "ليل"],
    // Besides the weekdays, which the dates' lexicon names.
    day_words: &["اليوم", "أمس", "امس", "يوم"],
    of_a_part: &["من"],
    after_a_moment: &["الأولى", "الاولى", "الأخيرة", "الاخيرة"],
    clock_of_a_place: &["بتوقيت", "توقيت"],
};
