//! Labels for the date axis at every zoom: years, then months, weeks and days as the visible
//! span narrows, so labels stay readable and never crowd.

use jiff::ToSpan;
use jiff::civil::Date;

use super::{date_of, x_of};

/// One labelled mark on the axis.
#[derive(Clone, Debug, PartialEq)]
pub struct Tick {
    pub x: f64,
    pub label: String,
}

/// How finely the axis is labelled.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    Years(i16),
    Months(i8),
    Weeks,
    Days(i8),
}

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

fn month_name(date: Date) -> &'static str {
    MONTHS[usize::try_from(date.month() - 1).unwrap_or(0).min(11)]
}

/// The finest step that puts at most `max_ticks` labels over `span_days`.
pub fn step_for(span_days: f64, max_ticks: usize) -> Step {
    let max = max_ticks.max(2) as f64;
    let fits = |days_per_tick: f64| span_days / days_per_tick <= max;
    if fits(1.0) {
        Step::Days(1)
    } else if fits(2.0) {
        Step::Days(2)
    } else if fits(7.0) {
        Step::Weeks
    } else if fits(30.5) {
        Step::Months(1)
    } else if fits(91.0) {
        Step::Months(3)
    } else if fits(182.0) {
        Step::Months(6)
    } else if fits(365.0) {
        Step::Years(1)
    } else if fits(365.0 * 5.0) {
        Step::Years(5)
    } else {
        Step::Years(10)
    }
}

/// The label of the tick at `date` for `step`: "2020", "Jan 2020" / "Apr", "17 Nov".
pub fn label(date: Date, step: Step) -> String {
    match step {
        Step::Years(_) => date.year().to_string(),
        // A year's first month says the year too, so a zoomed view is never without it.
        Step::Months(_) if date.month() == 1 => format!("{} {}", month_name(date), date.year()),
        Step::Months(_) => month_name(date).to_owned(),
        Step::Weeks | Step::Days(_) if date.day() == 1 && date.month() == 1 => {
            format!("1 Jan {}", date.year())
        }
        Step::Weeks | Step::Days(_) => format!("{} {}", date.day(), month_name(date)),
    }
}

/// The first tick on or after `date` for `step`.
fn first_tick(date: Date, step: Step) -> Option<Date> {
    match step {
        Step::Years(n) => {
            let year = date.year() + i16::from(date != date.first_of_year());
            let aligned = (year + n - 1).div_euclid(n) * n;
            Date::new(aligned, 1, 1).ok()
        }
        Step::Months(n) => {
            let first = if date.day() == 1 {
                date
            } else {
                date.last_of_month().tomorrow().ok()?
            };
            let mut d = first;
            while (d.month() - 1) % n != 0 {
                d = d.checked_add(1.month()).ok()?;
            }
            Some(d)
        }
        Step::Weeks => {
            let mut d = date;
            while d.weekday() != jiff::civil::Weekday::Monday {
                d = d.tomorrow().ok()?;
            }
            Some(d)
        }
        Step::Days(_) => Some(date),
    }
}

fn advance(date: Date, step: Step) -> Option<Date> {
    match step {
        Step::Years(n) => date.checked_add(i64::from(n).years()).ok(),
        Step::Months(n) => date.checked_add(i64::from(n).months()).ok(),
        Step::Weeks => date.checked_add(7.days()).ok(),
        Step::Days(n) => date.checked_add(i64::from(n).days()).ok(),
    }
}

/// Ticks for the visible range `min_x..max_x`, at most about `max_ticks` of them.
pub fn ticks(min_x: f64, max_x: f64, max_ticks: usize) -> Vec<Tick> {
    if !(min_x.is_finite() && max_x.is_finite()) || max_x <= min_x {
        return Vec::new();
    }
    let step = step_for(max_x - min_x, max_ticks);
    let mut ticks = Vec::new();
    let mut next = first_tick(date_of(min_x.ceil()), step);
    while let Some(date) = next {
        let x = x_of(date);
        if x > max_x || ticks.len() > max_ticks * 2 {
            break;
        }
        ticks.push(Tick {
            x,
            label: label(date, step),
        });
        next = advance(date, step);
    }
    ticks
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn labels(from: Date, to: Date, max: usize) -> Vec<String> {
        ticks(x_of(from), x_of(to), max)
            .into_iter()
            .map(|t| t.label)
            .collect()
    }

    #[test]
    fn five_years_are_labelled_by_year() {
        assert_eq!(
            labels(date(2019, 3, 1), date(2023, 6, 1), 8),
            ["2020", "2021", "2022", "2023"]
        );
    }

    #[test]
    fn a_year_is_labelled_by_month_and_names_the_year_in_january() {
        let found = labels(date(2020, 6, 15), date(2021, 3, 1), 12);
        assert_eq!(
            found,
            [
                "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "Jan 2021", "Feb", "Mar"
            ]
        );
    }

    #[test]
    fn a_few_weeks_are_labelled_by_monday_and_a_week_by_day() {
        let weeks = labels(date(2020, 11, 1), date(2020, 11, 30), 6);
        assert_eq!(weeks, ["2 Nov", "9 Nov", "16 Nov", "23 Nov", "30 Nov"]);
        let days = labels(date(2020, 11, 15), date(2020, 11, 19), 10);
        assert_eq!(days, ["15 Nov", "16 Nov", "17 Nov", "18 Nov", "19 Nov"]);
    }

    #[test]
    fn labels_never_crowd_whatever_the_span() {
        for span in [0.5, 3.0, 20.0, 200.0, 2_000.0, 20_000.0] {
            let start = x_of(date(2019, 1, 1));
            let found = ticks(start, start + span, 8);
            assert!(found.len() <= 9, "{span} days gave {} ticks", found.len());
            assert!(found.windows(2).all(|w| w[0].x < w[1].x));
        }
        assert!(ticks(5.0, 5.0, 8).is_empty());
        assert!(ticks(f64::NAN, 5.0, 8).is_empty());
    }
}
