use super::*;
use jiff::civil::date;

/// Each date proposed, as `start..end`.
fn range(span: &str, article: Option<Date>) -> Vec<String> {
    propose_dates(span, article)
        .iter()
        .map(|d| format!("{}..{}", d.start, d.end))
        .collect()
}

#[test]
fn this_or_the_last_month_or_year_in_arabic_and_its_parts() {
    let article = Some(date(2021, 7, 20));
    assert_eq!(range("الشهر الماضي", article), ["2021-06-01..2021-06-30"]);
    assert_eq!(
        range("خلال الشهر الجاري", article),
        ["2021-07-01..2021-07-20"]
    );
    assert_eq!(
        range("مطلع الشهر الجاري", article),
        ["2021-07-01..2021-07-10"]
    );
    assert_eq!(
        range("أواخر الشهر الماضي", article),
        ["2021-06-21..2021-06-30"]
    );
    assert_eq!(range("السنة الماضية", article), ["2020-01-01..2020-12-31"]);
    assert_eq!(
        range("في مطلع العام الجاري", article),
        ["2021-01-01..2021-04-30"]
    );
    assert_eq!(range("late last year", article), ["2020-09-01..2020-12-31"]);
    assert_eq!(
        range("in mid-July this year", article).len(),
        1,
        "the month, not the year too"
    );
    assert!(range("الشهر المقبل", article).is_empty(), "a month to come");
}

#[test]
fn the_final_days_of_a_year_or_month_are_its_last_days() {
    assert_eq!(
        range("in the final days of 2019", None),
        ["2019-12-21..2019-12-31"]
    );
    assert_eq!(
        range("during the last days of May 2020", None),
        ["2020-05-21..2020-05-31"]
    );
}

#[test]
fn a_time_since_which_things_are_counted_is_no_incident_s_date() {
    let article = Some(date(2021, 7, 9));
    for background in [
        "since the beginning of 2021",
        "منذ مطلع عام 2021",
        "the first attack since the war started on Oct 7",
        "since Sunday",
    ] {
        assert_eq!(
            range(background, article),
            Vec::<String>::new(),
            "{background}"
        );
    }
    assert_eq!(
        range("منذ ثلاثة أيام", article),
        ["2021-07-06..2021-07-06"],
        "mundhu with a count of days is 'ago'"
    );
    assert_eq!(
        range("since the truce, on Tuesday, rockets hit", article),
        ["2021-07-06..2021-07-06"],
        "a date after the since clause"
    );
    assert_eq!(range("in May", article), ["2021-05-01..2021-05-31"]);
}

#[test]
fn a_statement_s_day_or_the_page_s_is_no_incident_s_date() {
    let article = Some(date(2021, 7, 9));
    for other in [
        "the ministry released a statement on Tuesday",
        "في بيان يوم الثلاثاء",
        "Published in the Daily Post, July 8th, 2021",
    ] {
        assert_eq!(range(other, article), Vec::<String>::new(), "{other}");
    }
    assert_eq!(
        range(
            "confirmed in a statement Tuesday\u{2019}s attack on the base",
            article
        ),
        ["2021-07-06..2021-07-06"],
        "the day owns the attack"
    );
    assert_eq!(
        range(
            "In a statement, officials said rockets hit on Tuesday",
            article
        ),
        ["2021-07-06..2021-07-06"],
        "the statement's clause is closed"
    );
}

#[test]
fn a_month_of_the_year_before_the_article_s() {
    assert_eq!(
        range("in March last year", Some(date(2025, 7, 10))),
        ["2024-03-01..2024-03-31"]
    );
    assert_eq!(
        range("last year", Some(date(2025, 7, 10))),
        ["2024-01-01..2024-12-31"]
    );
}

#[test]
fn a_model_s_number_is_no_year() {
    assert_eq!(
        year_around(
            "The jets, Mirage 2000 fighters, flew in February.",
            "in February"
        ),
        None
    );
    assert_eq!(
        year_around("It began in 2017. It flew in February.", "in February"),
        Some(2017)
    );
}

#[test]
fn a_year_reaches_back_only_through_a_list_of_days() {
    assert_eq!(
        range(
            "The strike on 3 January followed the storming of the embassy on 31 December 2019.",
            None
        ),
        ["2019-12-31..2019-12-31"]
    );
    assert_eq!(
        range("on 23 and 30 May and 6 June 2021", None),
        [
            "2021-05-23..2021-05-23",
            "2021-05-30..2021-05-30",
            "2021-06-06..2021-06-06"
        ]
    );
    assert_eq!(
        range("في الرابع من أبريل عام 2017", None),
        ["2017-04-04..2017-04-04"]
    );
}

#[test]
fn two_parts_of_months_joined_by_and_share_the_year() {
    assert_eq!(
        range("in late July and early August 2021", None),
        ["2021-07-21..2021-07-31", "2021-08-01..2021-08-10"]
    );
    assert_eq!(
        range("in late December and mid-January 2020", None),
        ["2019-12-21..2019-12-31", "2020-01-11..2020-01-20"]
    );
}

#[test]
fn days_joined_across_months_are_one_range_and_a_list_stays_a_list() {
    assert_eq!(
        range("from 28 February to 2 March 2020", None),
        ["2020-02-28..2020-03-02"]
    );
    assert_eq!(
        range("between 29 December and 3 January 2020", None),
        ["2019-12-29..2020-01-03"]
    );
    assert_eq!(
        range("من 29 كانون الأول 2019 إلى 3 كانون الثاني 2020", None),
        ["2019-12-29..2020-01-03"]
    );
    assert_eq!(
        range("Feb. 28 to March 2, 2020", None),
        ["2020-02-28..2020-03-02"]
    );
    // Joined by "and" without "between": two days.
    assert_eq!(
        range("on December 29 and January 3, 2020", None).len(),
        2,
        "a list"
    );
}

#[test]
fn days_counted_back_in_arabic() {
    let article = Some(date(2021, 4, 16));
    assert_eq!(days("قبل يومين", article), ["2021-04-14"]);
    assert_eq!(days("قبل ثلاثة أيام", article), ["2021-04-13"]);
    assert_eq!(days("قبل 5 أيام", article), ["2021-04-11"]);
    assert_eq!(days("منذ 5 أيام", article), ["2021-04-11"]);
    assert_eq!(
        range("الأسبوع الماضي", article),
        range("last week", article),
        "last week in either language"
    );
    assert_eq!(range("الأسبوع الماضي", article), ["2021-04-05..2021-04-11"]);
    assert!(
        days("قبل الهجوم", article).is_empty(),
        "before the attack: no date"
    );
}

#[test]
fn the_12th_is_a_day_of_the_articles_month_or_the_one_before() {
    assert_eq!(days("on the 12th", Some(date(2021, 7, 15))), ["2021-07-12"]);
    assert_eq!(days("on the 12th", Some(date(2021, 7, 5))), ["2021-06-12"]);
    assert!(
        days("the 12th", None).is_empty(),
        "no article date, no month"
    );
    assert!(
        days("on the 12", Some(date(2021, 7, 15))).is_empty(),
        "not an ordinal"
    );
}

#[test]
fn days_later_count_from_the_last_day_stated_before_the_span() {
    let around = "On 8 January 2020 Iran fired missiles. Two days later, rockets hit the base.";
    let found = propose_dates_around("Two days later, rockets hit the base", None, around);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].start, date(2020, 1, 10));
    let next = propose_dates_around("the next day", None, "On 8 January 2020 … the next day");
    assert_eq!(next.first().map(|d| d.start), Some(date(2020, 1, 9)));
    let counted = |span: &str, around: &str| {
        propose_dates_around(span, None, around)
            .first()
            .map(|d| d.start)
    };
    let story = "Missiles hit the airbase on 7 April 2017.";
    assert_eq!(
        counted("four days earlier", &format!("{story} four days earlier")),
        Some(date(2017, 4, 3))
    );
    assert_eq!(
        counted("the day before", &format!("{story} the day before")),
        Some(date(2017, 4, 6))
    );
    assert_eq!(
        counted("The same day", &format!("{story} The same day")),
        Some(date(2017, 4, 7))
    );
    assert_eq!(
        counted("في اليوم نفسه", &format!("{story} في اليوم نفسه")),
        Some(date(2017, 4, 7))
    );
    let story_of_months = "In February 2020 attacks were rare. The following month, rockets fell.";
    let month = propose_dates_around("The following month, rockets fell.", None, story_of_months);
    assert_eq!(
        month
            .iter()
            .map(|d| format!("{}..{}", d.start, d.end))
            .collect::<Vec<_>>(),
        ["2020-03-01..2020-03-31"]
    );
    let qissa = "سقطت صواريخ على المطار في 10 حزيران 2020.";
    assert_eq!(
        counted("وبعد يومين", &format!("{qissa} وبعد يومين تكرر الهجوم")),
        Some(date(2020, 6, 12))
    );
    assert_eq!(
        counted("بعد ثلاثة أيام", &format!("{qissa} بعد ثلاثة أيام")),
        Some(date(2020, 6, 13))
    );
    assert_eq!(
        counted("بعد أسبوع", &format!("{qissa} بعد أسبوع")),
        Some(date(2020, 6, 17))
    );
    assert!(
        propose_dates_around("two days later", None, "").is_empty(),
        "nothing to count from"
    );
}

#[test]
fn arabic_halves_and_two_months_sharing_their_first_word() {
    assert_eq!(
        range("في النصف الثاني من عام 2020", None),
        ["2020-07-01..2020-12-31"]
    );
    assert_eq!(
        range("خلال شهري تشرين الأول والثاني 2019", None),
        ["2019-10-01..2019-10-31", "2019-11-01..2019-11-30"]
    );
}

#[test]
fn a_weekday_or_the_nth_in_a_story_counts_from_the_date_before() {
    let around =
        "On Wednesday, March 11, 2020, rockets hit Taji. On Saturday, rockets hit it again.";
    let saturday = propose_dates_around("On Saturday, rockets hit it again", None, around);
    assert_eq!(saturday.first().map(|d| d.start), Some(date(2020, 3, 14)));
    let around = "The campaign resumed in February 2020. The attack came on the 15th.";
    let fifteenth = propose_dates_around("The attack came on the 15th", None, around);
    assert_eq!(fifteenth.first().map(|d| d.start), Some(date(2020, 2, 15)));
    // With the article's date, a weekday counts back from the article as before.
    let dated = propose_dates_around("On Saturday", Some(date(2020, 3, 20)), around);
    assert_eq!(dated.first().map(|d| d.start), Some(date(2020, 3, 14)));
    assert!(
        propose_dates_around("last Saturday", None, around).is_empty(),
        "last Saturday counts from the article, which has no date"
    );
}

#[test]
fn a_day_of_this_month_or_the_last() {
    let article = Some(date(2020, 3, 20));
    assert_eq!(days("يوم 14 من الشهر الجاري", article), ["2020-03-14"]);
    assert_eq!(days("في 28 من الشهر الماضي", article), ["2020-02-28"]);
    assert_eq!(
        days(
            "في الرابع والعشرين من الشهر الجاري",
            Some(date(2020, 3, 28))
        ),
        ["2020-03-24"]
    );
    assert_eq!(days("on the 14th of this month", article), ["2020-03-14"]);
    assert_eq!(days("the 2nd of last month", article), ["2020-02-02"]);
    assert_eq!(
        days("في 3/3/2020", None),
        ["2020-03-03"],
        "both readings agree"
    );
}

#[test]
fn one_night_across_two_days_and_arabic_parts_of_a_month() {
    let article = Some(date(2021, 5, 10));
    assert_eq!(
        range("ليلة السبت على الأحد", article),
        ["2021-05-08..2021-05-09"]
    );
    assert_eq!(
        range("the night of Saturday to Sunday", article),
        ["2021-05-08..2021-05-09"]
    );
    assert_eq!(
        range("on Saturday and Sunday", article),
        ["2021-05-08..2021-05-08", "2021-05-09..2021-05-09"],
        "two days joined by and stay two"
    );
    assert_eq!(
        range("في منتصف شهر تموز 2020", None),
        ["2020-07-11..2020-07-20"]
    );
    assert_eq!(range("أواخر آب 2020", None), ["2020-08-21..2020-08-31"]);
    assert_eq!(range("مطلع عام 2021", None), ["2021-01-01..2021-04-30"]);
}

#[test]
fn a_week_of_a_month_is_its_seven_days() {
    assert_eq!(
        range("in the second half of 2019", None),
        ["2019-07-01..2019-12-31"]
    );
    assert_eq!(
        range("the first half of March 2021", None),
        ["2021-03-01..2021-03-15"]
    );
    assert_eq!(
        range("in the second week of March 2021", None),
        ["2021-03-08..2021-03-14"]
    );
    assert_eq!(
        range("الأسبوع الأول من آب 2020", None),
        ["2020-08-01..2020-08-07"]
    );
    // "The last week of": not last week before the article.
    assert_eq!(
        range("in the last week of August", Some(date(2020, 9, 10))),
        ["2020-08-25..2020-08-31"]
    );
    assert_eq!(
        range("last week", Some(date(2020, 9, 10))).len(),
        1,
        "still the week before the article"
    );
}

fn days(span: &str, article: Option<Date>) -> Vec<String> {
    propose_dates(span, article)
        .iter()
        .map(|p| p.start.to_string())
        .collect()
}

fn one(span: &str, article: Option<Date>) -> DateProposal {
    let mut found = propose_dates(span, article);
    assert_eq!(found.len(), 1, "{span:?} → {found:?}");
    found.remove(0)
}

const ARTICLE: Option<Date> = Some(date(2020, 11, 18));

#[test]
fn absolute_dates_in_common_forms() {
    assert_eq!(days("September 24, 2020", None), ["2020-09-24"]);
    assert_eq!(
        days("on December 27, 2019, the militia", None),
        ["2019-12-27"]
    );
    assert_eq!(days("2020-09-24", None), ["2020-09-24"]);
    assert_eq!(days("24 September 2020", None), ["2020-09-24"]);
    assert_eq!(days("Sept. 2", Some(date(2020, 9, 24))), ["2020-09-02"]);
    assert_eq!(days("on Sunday, December 20, 2020", None), ["2020-12-20"]);
    assert_eq!(days("the 3rd of May 2021", None), ["2021-05-03"]);
}

#[test]
fn dates_without_a_year_take_the_articles_year_or_the_one_before() {
    assert_eq!(
        days("24 September", Some(date(2020, 9, 24))),
        ["2020-09-24"]
    );
    let p = one("December 27", Some(date(2020, 1, 5)));
    assert_eq!(p.start, date(2019, 12, 27));
    assert!(p.reason.contains("the year before"), "{}", p.reason);
    assert!(
        days("July 23", None).is_empty(),
        "no year and no article date: no proposal"
    );
}

#[test]
fn date_lists_yield_one_date_per_item() {
    let span = "Facilities have been attacked on July 23, August 3, 9, 23, 26, September 2";
    assert_eq!(
        days(span, Some(date(2020, 9, 24))),
        [
            "2020-07-23",
            "2020-08-03",
            "2020-08-09",
            "2020-08-23",
            "2020-08-26",
            "2020-09-02"
        ]
    );
    let rockets =
        "rockets fired on July 24, 27 and 30, on August 11, 16 and 29, and on September 15";
    assert_eq!(
        days(rockets, Some(date(2020, 9, 24))),
        [
            "2020-07-24",
            "2020-07-27",
            "2020-07-30",
            "2020-08-11",
            "2020-08-16",
            "2020-08-29",
            "2020-09-15"
        ]
    );
    assert_eq!(
        days("August 3 and 9, 2019", None),
        ["2019-08-03", "2019-08-09"]
    );
}

#[test]
fn relative_words_without_an_article_date_are_found_as_waiting() {
    let text = "Shortly before midnight on Tuesday, rockets hit the base. مساء أمس سقطت صواريخ.";
    let waiting: Vec<String> = needing_article_date(text)
        .into_iter()
        .map(|r| text.chars().skip(r.start).take(r.len()).collect())
        .collect();
    assert_eq!(waiting.len(), 2, "{waiting:?}");
    assert!(waiting[0].contains("Tuesday"), "{waiting:?}");
    assert!(waiting[1].contains("أمس"), "{waiting:?}");
    // Dated words do not wait, and a paragraph without relative words has none.
    assert!(needing_article_date("On 17 November 2020 rockets hit the base.").is_empty());
    assert!(needing_article_date("Seven rockets were fired at the Green Zone.").is_empty());
}

#[test]
fn weekdays_and_relative_words_count_back_from_the_article() {
    let p = one("Tuesday night's rocket attack", ARTICLE);
    assert_eq!(p.start, date(2020, 11, 17));
    assert_eq!(
        p.reason,
        "Tuesday night → 2020-11-17, from the article's date 2020-11-18"
    );
    assert_eq!(
        days("on Wednesday", ARTICLE),
        ["2020-11-18"],
        "the article's own weekday"
    );
    assert_eq!(days("last Wednesday", ARTICLE), ["2020-11-11"]);
    assert_eq!(days("yesterday", ARTICLE), ["2020-11-17"]);
    // ARTICLE is a Wednesday; a Sunday's weekend is the day before and that day.
    assert_eq!(
        range("over the weekend", ARTICLE),
        ["2020-11-14..2020-11-15"]
    );
    assert_eq!(
        range("over the weekend", Some(date(2020, 11, 15))),
        ["2020-11-14..2020-11-15"]
    );
    assert_eq!(days("أمس الأول", ARTICLE), ["2020-11-16"]);
    assert_eq!(days("on New Year's Eve 2019", None), ["2019-12-31"]);
    assert_eq!(
        range("in the spring and summer of 2019", None),
        ["2019-03-01..2019-05-31", "2019-06-01..2019-08-31"]
    );
    assert_eq!(
        range("in the summer of 2019", None),
        ["2019-06-01..2019-08-31"]
    );
    assert_eq!(days("بتاريخ 11/3/2020", None), ["2020-03-11"]);
    assert!(
        days("on 11/3/2020", None).is_empty(),
        "English leaves it open"
    );
    assert_eq!(
        days("on 07/01/2020", Some(date(2020, 1, 8))),
        ["2020-01-07"],
        "1 July 2020 had not come when the article was published"
    );
    let day_first = "Rockets struck on 25/03/2020 and again on 03/04/2020.";
    let month_first = "Rockets struck on 03/29/2020 and again on 04/03/2020.";
    let start = |p: Vec<DateProposal>| p.iter().map(|d| d.start.to_string()).collect::<Vec<_>>();
    assert_eq!(
        start(propose_dates_around("on 03/04/2020", None, day_first)),
        ["2020-04-03"]
    );
    assert_eq!(
        start(propose_dates_around("on 04/03/2020", None, month_first)),
        ["2020-04-03"]
    );
    assert_eq!(days("on Christmas Day 2019", None), ["2019-12-25"]);
    assert_eq!(days("ليلة رأس السنة 2019", None), ["2019-12-31"]);
    // A month joined to a month with a year is of that year.
    assert_eq!(
        range("in January and February 2020", None),
        ["2020-01-01..2020-01-31", "2020-02-01..2020-02-29"]
    );
    assert_eq!(
        range("في كانون الثاني وشباط 2020", None),
        ["2020-01-01..2020-01-31", "2020-02-01..2020-02-29"]
    );
    assert_eq!(
        range("in December and January 2020", None),
        ["2019-12-01..2019-12-31", "2020-01-01..2020-01-31"]
    );
    assert_eq!(days("earlier today", ARTICLE), ["2020-11-18"]);
    assert_eq!(days("two days ago", ARTICLE), ["2020-11-16"]);
    assert_eq!(days("a week ago", ARTICLE), ["2020-11-11"]);
    assert_eq!(days("two weeks ago", ARTICLE), ["2020-11-04"]);
    // An anniversary: the article's day that many years back, and no "today" of its own.
    assert_eq!(days("Today, 34 years ago", ARTICLE), ["1986-11-18"]);
    assert_eq!(days("34 years ago today", ARTICLE), ["1986-11-18"]);
    assert!(
        days("34 years ago", ARTICLE).is_empty(),
        "no day without 'today'"
    );
    assert!(days("Tuesday", None).is_empty());
}

#[test]
fn vague_dates_are_ranges_with_a_precision() {
    let p = one("in early December", Some(date(2020, 12, 21)));
    assert_eq!(
        (p.start, p.end, p.precision),
        (date(2020, 12, 1), date(2020, 12, 10), DatePrecision::Week)
    );
    let p = one("in June", Some(date(2021, 7, 9)));
    assert_eq!(
        (p.start, p.end, p.precision),
        (date(2021, 6, 1), date(2021, 6, 30), DatePrecision::Month)
    );
    let p = one("last month", Some(date(2021, 7, 9)));
    assert_eq!(
        (p.start, p.end, p.precision),
        (date(2021, 6, 1), date(2021, 6, 30), DatePrecision::Month)
    );
    let p = one("The truce was declared early last month", ARTICLE);
    assert_eq!(
        (p.start, p.end, p.precision),
        (date(2020, 10, 1), date(2020, 10, 10), DatePrecision::Week)
    );
    let p = one("in December 2019", None);
    assert_eq!((p.start, p.end), (date(2019, 12, 1), date(2019, 12, 31)));
    let p = one("in 2019", None);
    assert_eq!(
        (p.start, p.end, p.precision),
        (date(2019, 1, 1), date(2019, 12, 31), DatePrecision::Year)
    );
    let p = one("mid-December", Some(date(2020, 12, 29)));
    assert_eq!((p.start, p.end), (date(2020, 12, 11), date(2020, 12, 20)));
}

#[test]
fn arabic_days_written_as_ordinals_or_with_min() {
    assert_eq!(days("في الثالث من آذار 2020", None), ["2020-03-03"]);
    assert_eq!(
        days("يوم الرابع عشر من شهر حزيران 2021", None),
        ["2021-06-14"]
    );
    assert_eq!(
        days("في الحادي والعشرين من كانون الثاني 2020", None),
        ["2020-01-21"]
    );
    assert_eq!(days("فجر العاشر من تشرين الأول 2019", None), ["2019-10-10"]);
    assert_eq!(
        days("ليلة الثلاثين من أيلول", Some(date(2020, 10, 2))),
        ["2020-09-30"]
    );
    assert_eq!(days("في 5 من أيار 2020", None), ["2020-05-05"]);
    assert_eq!(
        days("الخميس الثاني من نيسان 2020", None),
        ["2020-04-02"],
        "after a weekday the ordinal is the day"
    );
    let week = propose_dates("خلال الأسبوع الأول من آذار 2020", None);
    assert!(
        week.iter().all(|p| p.precision != DatePrecision::Day),
        "the first week of March is not March 1: {week:?}"
    );
    assert!(
        days("الحادي عشر من الجنود", ARTICLE).is_empty(),
        "an ordinal with no month is no date"
    );
}

#[test]
fn nothing_recognisable_proposes_nothing() {
    assert!(days("rockets hit the Green Zone", ARTICLE).is_empty());
    assert!(days("", ARTICLE).is_empty());
    assert!(
        days("February 31, 2020", None).is_empty(),
        "impossible dates are dropped"
    );
    assert!(days("4,500 rounds per minute", ARTICLE).is_empty());
    assert!(
        days("around 2100 local time", ARTICLE).is_empty(),
        "a clock time is not a year"
    );
    assert!(
        days("may have been", ARTICLE).is_empty(),
        "the verb 'may' is not May"
    );
}

#[test]
fn a_day_after_a_verb_of_saying_dates_the_saying_where_the_paragraph_dates_the_attack() {
    let today = date(2022, 1, 25);
    let proposed = |span: &str, around: &str| {
        propose_dates_around(span, Some(today), around)
            .into_iter()
            .map(|d| d.start.to_string())
            .collect::<Vec<_>>()
    };
    let around =
        "أعلنت القيادة الأمريكية الوسطى، مساء الاثنين، أن منظومة باتريوت اعترضت صاروخين فجر الأحد";
    assert!(proposed("أعلنت القيادة الأمريكية الوسطى، مساء الاثنين", around).is_empty());
    // Nothing else in the paragraph dates the attack: the day of the report is its day.
    assert_eq!(
        proposed(
            "قالت مصادر بالشرطة العراقية يوم الاثنين",
            "قالت مصادر بالشرطة العراقية يوم الاثنين إن صاروخين سقطا"
        ),
        ["2022-01-24"]
    );
    // The saying tells of the attack itself.
    let around = "The Pentagon said Monday that two rockets hit the base on Sunday night.";
    assert!(proposed("The Pentagon said Monday", around).is_empty());
    assert_eq!(
        proposed(
            "The Pentagon said Monday that two rockets hit the base",
            around
        ),
        ["2022-01-24"]
    );
}

#[test]
fn a_french_night_across_two_days_is_one_night() {
    assert_eq!(
        range(
            "dans la nuit de samedi à dimanche",
            Some(date(2023, 12, 10))
        ),
        ["2023-12-09..2023-12-10"]
    );
}

#[test]
fn today_with_its_weekday_is_the_weekday() {
    // A page dated the next morning: the weekday names the day.
    assert_eq!(
        range(
            "في ساعات المساء الأولى من اليوم الخميس",
            Some(date(2023, 10, 20))
        ),
        ["2023-10-19..2023-10-19"]
    );
    assert_eq!(
        range("in Erbil tonight (Monday)", Some(date(2021, 2, 17))),
        ["2021-02-15..2021-02-15"]
    );
    assert_eq!(
        range("فجر اليوم", Some(date(2023, 10, 20))),
        ["2023-10-20..2023-10-20"]
    );
}

#[test]
fn a_short_while_ago_is_the_articles_day() {
    // Real text (batch 8): "تعرضت قبل قليل لقصف بالصواريخ" (came under rocket fire a short while ago).
    assert_eq!(
        range("تعرضت قبل قليل لقصف بالصواريخ", Some(date(2024, 10, 1))),
        ["2024-10-01..2024-10-01"]
    );
    assert!(range("قبل ثلاثة أيام", Some(date(2024, 10, 1))) != ["2024-10-01..2024-10-01"]);
}
