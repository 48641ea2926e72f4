//! How a count is read across the words around it: a phrase or a report between the count and
//! its verb, Arabic's "one of two", nationalities, objects written onto a verb, and people
//! harmed with no number.

use super::tests::{exact, value};
use super::*;

#[test]
fn a_phrase_or_a_report_between_the_count_and_its_verb_is_passed_over() {
    assert_eq!(
        value(
            "two U.S. soldiers in the NATO military coalition were killed in the attack",
            Field::Killed
        ),
        exact(2)
    );
    assert_eq!(
        value(
            "Four Saudi security guards were reported to have been killed",
            Field::Killed
        ),
        exact(4)
    );
    assert_eq!(
        value(
            "The two other missiles were successfully engaged and shot down",
            Field::Intercepted
        ),
        exact(2)
    );
    assert_eq!(
        value(
            "four militant fighters linked to Iran were killed",
            Field::Killed
        ),
        None,
        "a phrase after the noun takes no comma or verb of its own, and \"to\" reports nothing"
    );
}

#[test]
fn arabic_one_of_two_and_nationalities() {
    assert_eq!(
        value("أن أحد الصاروخين أصاب السفينة", Field::Impacted),
        exact(1)
    );
    assert_eq!(
        value("مع كويتيين لقيا حتفهما في الحادث", Field::Killed),
        exact(2),
        "a nationality's dual without the article"
    );
    assert_eq!(
        value("وقتلت في هذه المرة أمريكيان و20 لبنانيا", Field::Killed),
        exact(22)
    );
    for span in [
        "لكن لم تقع إصابات بين الجنود الأميركيين",
        "لكن لم تقع إصابات بين الجنود الأمريكيين",
    ] {
        assert_eq!(
            value(span, Field::Wounded),
            exact(0),
            "the plural after its noun is no dual: {span}"
        );
    }
}

#[test]
fn arabic_interceptions_with_their_object_written_on() {
    assert_eq!(
        value("مدمرة أميركية في المنطقة أسقطته", Field::Intercepted),
        exact(1)
    );
    assert_eq!(
        value("تمكنت أسلحة الدفاع الجوي من إسقاطهما", Field::Intercepted),
        exact(2)
    );
    assert_eq!(
        value("الجيش الأميركي يسقط طائرة مسيرة", Field::Intercepted),
        exact(1),
        "the present of a headline"
    );
    assert_eq!(
        value("حاولت التصدي للهجوم لكن دون جدوى", Field::Intercepted),
        exact(0),
        "tried in vain"
    );
}

#[test]
fn arabic_numbers_from_21_to_99_say_the_unit_first() {
    assert_eq!(value("قتل خمسة وعشرون جنديا", Field::Killed), exact(25));
    assert_eq!(value("أصيب ثلاثة وعشرين شخصا", Field::Wounded), exact(23));
    assert_eq!(value("أصيب ثلاثة و عشرين شخصا", Field::Wounded), exact(23));
    assert_eq!(
        value("قتل ثلاثة جنود وعشرون مدنيا", Field::Killed),
        exact(23),
        "two counts joined by 'and' add up as before"
    );
}

#[test]
fn words_that_describe_the_munitions_stand_between_the_number_and_its_noun() {
    assert_eq!(
        value(
            "three small Kaytusha rockets impacted near Conoco base",
            Field::Munitions
        ),
        exact(3)
    );
}

#[test]
fn people_harmed_with_no_number_are_some_how_many_unknown() {
    let unknown = Some(CountValue::Unknown);
    assert_eq!(
        value(
            "after drone attack injures US personnel in Syria",
            Field::Wounded
        ),
        unknown
    );
    assert_eq!(
        value("Des Américains ont été blessés lundi", Field::Wounded),
        unknown
    );
    assert_eq!(
        value("بأن عدداً من الجنود الأمريكيين أصيبوا", Field::Wounded),
        unknown
    );
    // Another field's verb says nothing of this one.
    assert_eq!(
        value("Americans were wounded in the attack", Field::Killed),
        None
    );
}

#[test]
fn another_is_one_more_unless_a_number_follows() {
    let span = "Another American service member was killed and 14 were wounded";
    assert_eq!(value(span, Field::Killed), exact(1));
    assert_eq!(value(span, Field::Wounded), exact(14));
    assert_eq!(
        value("another 14 were wounded in the blast", Field::Wounded),
        exact(14)
    );
}

#[test]
fn hostages_executed_are_killed() {
    assert_eq!(
        value("اختطاف 4 جنود أمريكيين وإعدامهم", Field::Killed),
        exact(4)
    );
    assert_eq!(value("أعدم ثلاثة منهم لاحقاً", Field::Killed), exact(3));
}

#[test]
fn the_one_munition_named_is_one() {
    assert_eq!(
        value("The drone struck [Rumalyn Landing Zone]", Field::Impacted),
        exact(1)
    );
    assert_eq!(
        value(
            "Le missile a été abattu par l’USS Gravely (DDG 107).",
            Field::Intercepted
        ),
        exact(1)
    );
    // An attack named by its weapon is no munition; another field's verb says nothing; a
    // question leaves it open.
    assert_eq!(
        value("The drone attack struck the base", Field::Impacted),
        None
    );
    assert_eq!(value("The drone struck the base", Field::Intercepted), None);
    assert_eq!(
        value(
            "officials did not say whether the rocket hit the base",
            Field::Impacted
        ),
        None
    );
}

#[test]
fn one_person_named_with_the_or_joined_after_the_verb() {
    assert_eq!(
        value("The U.S. ambassador was killed", Field::Killed),
        exact(1)
    );
    assert_eq!(
        value(
            "The man was wounded and taken to a hospital.",
            Field::Wounded
        ),
        exact(1)
    );
    assert_eq!(
        value(
            "an American ambassador was killed along with three others",
            Field::Killed
        ),
        exact(4)
    );
    // A person of a place is not the one harmed: "the mayor of the town" says nothing alone.
    assert_eq!(
        value("the soldiers of the base were not harmed", Field::Killed),
        None
    );
}
