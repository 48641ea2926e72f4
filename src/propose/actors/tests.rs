//! How names are read as perpetrators: aliases, attribution around a name, the attacked, the
//! reacting, the accusers, asides and what a name belongs to.

use super::*;

#[test]
fn a_group_of_the_world_list_tied_to_the_deed_is_proposed_and_one_only_named_is_not() {
    use crate::propose::{Context, Value, propose};
    let context = Context {
        article_date: None,
        actors: &[],
        places: &[],
        terms: &[],
        around: "",
    };
    let perpetrator = |span: &str| {
        propose(crate::model::Field::Perpetrator, span, &context)
            .into_iter()
            .find_map(|p| match p.value {
                Value::Actor { name, .. } => Some((name, p.reason)),
                _ => None,
            })
    };
    let (name, reason) =
        perpetrator("Al-Shabaab claimed responsibility for the assault.").expect("listed");
    assert_eq!(name, "al-Shabaab");
    assert!(reason.ends_with("(actor list)"), "{reason}");
    assert_eq!(
        perpetrator("حركة الشباب تبنت الهجوم على القاعدة")
            .map(|p| p.0)
            .as_deref(),
        Some("al-Shabaab")
    );
    // Named, not blamed: no perpetrator.
    assert_eq!(
        perpetrator("days after talks between the administration and the Taliban resumed"),
        None
    );
}
use crate::model::default_codebook::default_actors;

fn first(span: &str) -> Option<(String, Option<Attribution>)> {
    let actors = default_actors();
    propose_actors(span, &actors)
        .into_iter()
        .next()
        .map(|p| (p.name, p.attribution))
}

#[test]
fn aliases_match_in_any_spelling() {
    for span in [
        "Kataib Hezbollah fighters",
        "Kata\u{2019}ib Hezbollah",
        "KH said",
        "Kataib Hizballah",
    ] {
        assert_eq!(
            first(span).map(|(n, _)| n).as_deref(),
            Some("Kata'ib Hezbollah"),
            "{span}"
        );
    }
    assert_eq!(
        first("Asaib Ahl al-Haq").map(|(n, _)| n).as_deref(),
        Some("Asa'ib Ahl al-Haq")
    );
    assert_eq!(
        first("the Hashd al-Shaabi").map(|(n, _)| n).as_deref(),
        Some("Popular Mobilization Forces")
    );
}

#[test]
fn attribution_around_the_name() {
    assert_eq!(
        first("Kataib Hezbollah distanced itself from the incident"),
        Some(("Kata'ib Hezbollah".into(), Some(Attribution::Denied)))
    );
    assert_eq!(
        first("Ashab al-Kahf claims responsibility for the attack"),
        Some(("Ashab al-Kahf".into(), Some(Attribution::Claimed)))
    );
    assert_eq!(
        first("a claim of responsibility from a newly formed group, Ashab al-Kahf"),
        Some(("Ashab al-Kahf".into(), Some(Attribution::Claimed)))
    );
    assert_eq!(
        first("The attack was most likely led by the militia Asaib Ahl al-Haq"),
        Some(("Asa'ib Ahl al-Haq".into(), Some(Attribution::Suspected)))
    );
    assert_eq!(
        first("the SDF said Islamic State militants attacked"),
        Some(("Islamic State".into(), None)),
        "the speaker reports what another did"
    );
    assert_eq!(
        first("an IS claim of responsibility"),
        Some(("Islamic State".into(), Some(Attribution::Claimed)))
    );
    assert_eq!(
        first("the attack is thought to be the work of a militia"),
        None
    );
    assert_eq!(
        first("وأعلنت قسد مسؤوليتها"),
        Some((
            "Syrian Democratic Forces".into(),
            Some(Attribution::Claimed)
        )),
        "a one-word name between the verb and مسؤوليتها"
    );
    assert_eq!(
        first("Kataib Hezbollah has ties to Iran but denied the attack"),
        Some(("Kata'ib Hezbollah".into(), Some(Attribution::Denied)))
    );
}

#[test]
fn two_actors_each_get_their_own_cue() {
    let actors = default_actors();
    let span = "Ashab al-Kahf claimed the attack, while Kataib Hezbollah denied any role";
    let found = propose_actors(span, &actors);
    let pairs: Vec<_> = found
        .iter()
        .map(|p| (p.name.as_str(), p.attribution))
        .collect();
    assert_eq!(
        pairs,
        [
            ("Ashab al-Kahf", Some(Attribution::Claimed)),
            ("Kata'ib Hezbollah", Some(Attribution::Denied))
        ]
    );
}

#[test]
fn the_attacked_are_not_proposed_unless_the_words_say_they_did_something() {
    for span in [
        "Rockets targeted US forces at the airport.",
        "A drone attacked a base housing US troops.",
        "Two rockets landed near American troops in Erbil.",
        "The operation was aimed at the Iranian IRGC Quds Force.",
    ] {
        assert_eq!(first(span), None, "{span}");
    }
    assert_eq!(
        first("US warplanes struck Kataib Hezbollah positions"),
        Some(("United States".into(), None)),
        "the attacker, and not the attacked after it"
    );
    let names: Vec<String> = propose_actors(
        "US warplanes struck Kataib Hezbollah positions",
        &default_actors(),
    )
    .into_iter()
    .map(|p| p.name)
    .collect();
    assert_eq!(names, ["United States"]);
    assert_eq!(
        first("the strikes were blamed on Kataib Hezbollah"),
        Some(("Kata'ib Hezbollah".into(), Some(Attribution::Attributed))),
        "blamed on: an attribution, not a target"
    );
}

#[test]
fn a_name_reacting_to_the_attack_is_not_its_perpetrator() {
    assert_eq!(
        first(
            "The statement from Kataib Hezbollah praised the attack but stopped short of claiming it."
        ),
        None
    );
    assert_eq!(first("أدانت منظمة بدر الهجوم"), None);
    assert_eq!(
        first("Kataib Hezbollah praised the attack and said it had carried it out"),
        Some(("Kata'ib Hezbollah".into(), Some(Attribution::Claimed))),
        "a claim after the praise"
    );
}

#[test]
fn a_deed_others_report_of_a_name_is_attributed_whatever_it_answers() {
    assert_eq!(
        first(
            "The Pentagon said Kataib Hezbollah had fired the rockets, a charge the group denied."
        ),
        Some(("Kata'ib Hezbollah".into(), Some(Attribution::Attributed)))
    );
    assert_eq!(
        first("Kataib Hezbollah denied it had fired the rockets"),
        Some(("Kata'ib Hezbollah".into(), Some(Attribution::Denied)))
    );
}

#[test]
fn who_blames_is_not_who_is_blamed() {
    let attributed = Some(("Kata'ib Hezbollah".into(), Some(Attribution::Attributed)));
    assert_eq!(
        first("Washington holds Kataib Hezbollah responsible"),
        attributed
    );
    assert_eq!(first("Washington blamed Kataib Hezbollah"), attributed);
    assert_eq!(
        first("Kataib Hezbollah, which Washington blames for the attacks"),
        attributed
    );
    assert_eq!(
        first("Kataib Hezbollah, which blamed Washington"),
        Some(("United States".into(), Some(Attribution::Attributed))),
        "the name is the relative clause's subject: it blames, it is not blamed"
    );
    assert_eq!(
        first("حمّلت واشنطن كتائب حزب الله مسؤولية الهجوم"),
        attributed
    );
    assert_eq!(
        first("officials accused Kataib Hezbollah and Asaib Ahl al-Haq"),
        attributed,
        "both accused, the first first"
    );
    // The passive names the accused first.
    assert_eq!(
        first("Kataib Hezbollah was blamed by Washington"),
        Some(("Kata'ib Hezbollah".into(), Some(Attribution::Attributed)))
    );
}

#[test]
fn an_aside_about_a_name_is_not_its_stance() {
    assert_eq!(
        first(
            "Saraya Awliya al-Dam, a group believed to be a front for Kataib Hezbollah, \
             claimed the attack"
        ),
        Some(("Saraya Awliya al-Dam".into(), Some(Attribution::Claimed)))
    );
}

#[test]
fn the_enemy_a_force_fights_is_no_doer() {
    assert_eq!(
        first("the US-led coalition fighting IS said in a statement"),
        None
    );
    assert_eq!(
        first("حيث توجد قاعدة جوية لقوات التحالف الدولي ضد تنظيم داعش"),
        None
    );
    assert_eq!(
        first("IS militants fired on the base")
            .map(|(name, _)| name)
            .as_deref(),
        Some("Islamic State")
    );
}

#[test]
fn no_known_actor_proposes_nothing() {
    assert_eq!(first("unknown gunmen fired rockets"), None);
    assert_eq!(first("let us hope"), None);
}

#[test]
fn a_listed_group_stated_as_the_doer_is_named_without_a_claim() {
    let doers = |span: &str| -> Vec<String> {
        listed_matcher()
            .propose(span)
            .into_iter()
            .filter(|a| named_as_the_doer(span, a))
            .map(|a| a.name)
            .collect()
    };
    assert_eq!(
        doers("Al Shabaab militants on Sunday staged a daring dawn attack"),
        ["al-Shabaab"]
    );
    assert_eq!(
        doers("two missiles fired toward it in the Red Sea by Yemen\u{2019}s Houthi rebels"),
        ["Houthis"]
    );
    assert_eq!(
        doers("A missile attack by Yemen\u{2019}s Houthi rebels"),
        ["Houthis"]
    );
    assert_eq!(
        doers("in an attack by the jihadi group al-Shabab"),
        ["al-Shabaab"]
    );
    assert_eq!(doers("The Taliban killed at least 10 people"), ["Taliban"]);
    assert_eq!(
        doers("Taliban kill 18 Afghans in Khost suicide attack"),
        ["Taliban"]
    );
    assert_eq!(
        doers("تعرضت لقذائف مدفعية مصدرها الجيش التركي"),
        ["Turkish Armed Forces"]
    );
    assert!(doers("Taliban fighters were killed in the raid").is_empty());
    assert!(doers("rockets fired by gunmen near the Houthi port").is_empty());
    assert_eq!(
        doers("التي تعرضت لهجوم من قبل تنظيم القاعدة في عام 2000"),
        ["al-Qaeda"]
    );
    assert_eq!(doers("شنت جماعة الحوثي اليمنية هجوما"), ["Houthis"]);
    assert_eq!(doers("شن مسلحون تابعون لحركة الشباب هجوما"), ["al-Shabaab"]);
    assert_eq!(doers("أن الحوثيين أطلقوا صواريخ"), ["Houthis"]);
    assert_eq!(doers("جماعة الحوثى تستهدف مدمرتين أمريكيتين"), ["Houthis"]);
    assert_eq!(
        doers("des militants Houthis soutenus par l'Iran ont tiré un missile"),
        ["Houthis"]
    );
    assert!(doers("هاجمت القوات الأمريكية مواقع حركة الشباب").is_empty());
    assert!(doers("a drone launched by militant groups supported by the IRGC").is_empty());
    assert!(doers("the threat of an ISIS terrorist attack").is_empty());
    assert!(doers("talks with the Taliban resumed").is_empty());
    // The group's munition did it; what it holds did nothing.
    assert_eq!(doers("was hit by a Houthi anti-ship missile"), ["Houthis"]);
    assert_eq!(doers("أطلقهما الحوثيون تجاه أبوظبي"), ["Houthis"]);
    assert!(doers("the strikes targeted facilities used by the Houthis").is_empty());
    // The group's attack, named before it.
    assert_eq!(doers("Taliban attack U.S. Embassy"), ["Taliban"]);
    assert_eq!(doers("in the Houthi missile attack"), ["Houthis"]);
}

#[test]
fn a_group_speaking_through_its_spokesman_claims() {
    let stance = |span: &str| {
        listed_matcher()
            .propose(span)
            .into_iter()
            .find_map(|a| a.attribution)
    };
    // Real text (batch 8): the word "group" between "in the name of" and the name.
    assert_eq!(
        stance("أعلن الناطق العسكري باسم جماعة “أنصار الله” الحوثية"),
        Some(Attribution::Claimed)
    );
    assert_eq!(
        stance("Houthi military spokesman Yahya Saree said"),
        Some(Attribution::Claimed)
    );
    assert_eq!(stance("talks with Ansar Allah resumed"), None);
}

#[test]
fn a_deed_others_tell_is_attributed_and_the_group_telling_it_claims_it() {
    let told = |span: &str, around: &str| {
        let doer = listed_matcher()
            .propose(span)
            .into_iter()
            .find(|a| named_as_the_doer(span, a))?;
        told_by(span, around, &doer, listed_matcher()).map(|(a, _)| a)
    };
    let span = "after the Marlin Luanda was hit by a Houthi anti-ship missile";
    let around = format!("The US military said earlier that a US Navy ship was helping {span}.");
    assert_eq!(told(span, &around), Some(Attribution::Attributed));
    let span = "إن الحوثيين أطلقوا صواريخ";
    let around = format!("وقال المتحدث العسكري باسم الحوثيين يحيى سريع {span} على السفينة.");
    assert_eq!(told(span, &around), Some(Attribution::Claimed));
    assert_eq!(told(span, span), None, "no one tells it");
    // The group speaking by its noun claims it too.
    let span = "إن الحوثيين أطلقوا صواريخ";
    let around = format!("وقالت هذه الفصائل في بيان لها {span} على السفينة.");
    assert_eq!(told(span, &around), Some(Attribution::Claimed));
}

#[test]
fn what_another_belongs_to_is_no_doer() {
    assert_eq!(first("Gunmen believed inspired by al-Qaida"), None);
    assert_eq!(
        first(
            "Sabereen News, a news channel associated with Iraqi anti-terror Popular Mobilization Units"
        ),
        None
    );
    assert_eq!(first("والقيادي في “الحشد الشعبي” العراقي"), None);
    assert_eq!(first("والتي هي تحت سيطرة الحشد الشعبي"), None);
}
