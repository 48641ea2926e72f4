//! Counts of none: people said unharmed, impacts denied, munitions that came down where nothing
//! was, and "no" or "not any" before the casualties.

use super::tests::{exact, value};
use super::*;

#[test]
fn people_said_unharmed_are_none_killed_or_wounded() {
    assert_eq!(
        value(
            "The vessel and the crew were reported to be safe",
            Field::Wounded
        ),
        exact(0)
    );
    assert_eq!(
        value(
            "L’équipage est sain et sauf et le navire se dirige vers son port",
            Field::Killed
        ),
        exact(0)
    );
    assert_eq!(value("the base is safe", Field::Killed), None);
    assert_eq!(
        value(
            "Two soldiers were wounded; the rest of the crew are safe.",
            Field::Wounded
        ),
        exact(2)
    );
}

#[test]
fn a_hit_denied_is_none_impacted() {
    let impacted = |s: &str| value(s, Field::Impacted);
    assert_eq!(impacted("أن تلك الصواريخ وقعت بعيدا عن المطار"), exact(0));
    assert_eq!(impacted("the rocket landed far from the base"), exact(0));
    assert_eq!(
        value("لاحظنا إطلاق خمس مقذوفات صاروخية", Field::Munitions),
        exact(5)
    );
    assert_eq!(
        value(
            "بأن الدفاعات الجوية عالجت طائرة مسيرة مجهولة",
            Field::Intercepted
        ),
        exact(1)
    );
    assert_eq!(impacted("\"قاعدة الظفرة لم تتأثر\""), exact(0));
    assert_eq!(impacted("لم يكن له أي تأثير داخل القاعدة"), exact(0));
    assert_eq!(impacted("the drone had no impact on operations"), exact(0));
    assert_eq!(
        impacted("no one was hurt"),
        None,
        "a casualty word is no hit"
    );
}

#[test]
fn munitions_that_came_down_where_nothing_was_impacted_none() {
    let impacted = |s: &str| value(s, Field::Impacted);
    assert_eq!(
        impacted("The three missiles all landed in the sea"),
        exact(0)
    );
    assert_eq!(impacted("وسقطت الصواريخ في البحر"), exact(0));
    assert_eq!(impacted("three rockets landed inside the base"), exact(3));
}

#[test]
fn none_said_with_not_any_or_of_the_people_named() {
    // Real text (batch 8).
    let wounded = |s: &str| value(s, Field::Wounded);
    assert_eq!(
        wounded("but the crew did not sustain any injuries"),
        exact(0)
    );
    assert_eq!(wounded("Le navire n'a pas fait état de blessés"), exact(0));
    assert_eq!(
        wounded("Aucun membre du personnel américain n’a été blessé"),
        exact(0)
    );
    assert_ne!(
        wounded("It was not clear how many soldiers were injured"),
        exact(0),
        "'not' alone says none of nothing"
    );
}

#[test]
fn an_impact_denied_and_people_said_unharmed_are_none() {
    let impacted = |s: &str| value(s, Field::Impacted);
    assert_eq!(impacted("The rocket did not hit the base"), exact(0));
    assert_eq!(
        impacted("a missile that hit the water near the vessel"),
        exact(0)
    );
    assert_eq!(
        impacted("officials did not say whether the rocket hit the base"),
        None,
        "a 'not' far from the verb denies something else"
    );
    for field in [Field::Killed, Field::Wounded] {
        assert_eq!(
            value(
                "neither ship was damaged and no personnel were harmed",
                field
            ),
            exact(0)
        );
        assert_eq!(value("وأن الطاقم بخير", field), exact(0));
        assert_eq!(
            value("came under rocket fire but escaped injury", field),
            exact(0),
            "whoever escaped injury, named or not"
        );
    }
    assert_eq!(value("وقتلت 17 بحارا أمريكيا", Field::Killed), exact(17));
    assert_eq!(
        value("تمكنت من تدمير طائرتين مسيرتين", Field::Intercepted),
        exact(2)
    );
}

#[test]
fn munitions_that_failed_to_hit_hit_nothing() {
    assert_eq!(
        value(
            "two anti-ship ballistic missiles by Houthis in Yemen that failed to hit their targets",
            Field::Impacted
        ),
        exact(0)
    );
    assert_ne!(
        value(
            "air defences failed to intercept the drone, which hit the base",
            Field::Impacted
        ),
        exact(0),
        "what failed was the interception"
    );
}

#[test]
fn whom_us_strikes_killed_is_no_casualty_of_an_attack_on_us_forces() {
    for span in [
        "recent U.S. airstrikes that killed at least 53 people in Yemen",
        "last month's US strikes on the Iraqi-Syrian border killed four of their members",
        "ارتفاع حصيلة قتلى الغارات الأمريكية والبريطانية على محافظة الحديدة إلى 16 قتيلا",
        "qu'une frappe américaine a tué quatre combattants irakiens pro-iraniens",
    ] {
        assert_eq!(value(span, Field::Killed), None, "{span}");
    }
    assert_eq!(
        value(
            "The attacks killed four personnel and the US carried out retaliatory airstrikes",
            Field::Killed
        ),
        exact(4),
        "strikes told after the dead did not kill them"
    );
}

#[test]
fn a_year_or_a_wars_tally_is_no_count() {
    assert_eq!(
        value(
            "The deaths put 2010 on a pace to become the deadliest year of the war.",
            Field::Killed
        ),
        None
    );
    assert_eq!(
        value(
            "pushed the U.S. death toll to 992 for the 9-year-old war",
            Field::Killed
        ),
        None
    );
    // A number with its thousands separator, or counting a noun, is a count all the same.
    assert_eq!(
        value("the blast killed 2,000 people", Field::Killed),
        exact(2000)
    );
    assert_eq!(value("the death toll rose to 12", Field::Killed), exact(12));
}

#[test]
fn any_and_or_between_the_no_and_the_casualties_are_free() {
    assert_eq!(
        value(
            "أن الهجوم لم يتسبب في وقوع أي أضرار أو إصابات",
            Field::Wounded
        ),
        exact(0)
    );
}
