//! A publication date read from the top of a saved report when nothing else gives one: a
//! dateline line (`SEPTEMBER 24, 2020 12:34`, `Friday 09/07/2021`, `22.01.2021`) or a labelled
//! one (`Published: 3 March 2021`, `Date: December 20, 2020`, `Week of December 21, 2020`).
//! Relative dates ("Tuesday night") need it. It is a guess: the first such line of the first
//! dozen, taken only when the line is short (a dateline, not a sentence of the story) or says
//! it is a date.

use jiff::civil::Date;

use crate::model::DatePrecision;
use crate::propose::dates::propose_dates;

/// How many lines from the top a dateline may stand.
const LINES_READ: usize = 12;
/// Longest line read as a dateline without a label.
const DATELINE_CHARS: usize = 48;

const LABELS: &[&str] = &[
    "date:",
    "published",
    "posted",
    "updated",
    "week of",
    "issued",
    "تاريخ",
    "نشر",
];

/// `09/07/2021` as day/month/year, the order outlets outside the US write a dateline in.
fn day_first_slashes(line: &str) -> Option<Date> {
    line.split(|c: char| c.is_whitespace() || c == ',')
        .filter_map(|word| {
            let parts: Vec<&str> = word.split('/').collect();
            let [day, month, year] = parts[..] else {
                return None;
            };
            if year.len() != 4 {
                return None;
            }
            Date::new(year.parse().ok()?, month.parse().ok()?, day.parse().ok()?).ok()
        })
        .next()
}

/// The publication date the top of `text` states, if a line there is a dateline.
pub fn guess(text: &str) -> Option<Date> {
    for line in text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .take(LINES_READ)
    {
        let lower = line.to_lowercase();
        let labelled = LABELS.iter().any(|label| lower.starts_with(label));
        if !labelled && line.chars().count() > DATELINE_CHARS {
            continue;
        }
        let day = propose_dates(line, None)
            .into_iter()
            .find(|d| d.precision == DatePrecision::Day && d.start == d.end)
            .map(|d| d.start)
            .or_else(|| day_first_slashes(line));
        if day.is_some() {
            return day;
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn datelines_in_the_forms_saved_reports_carry() {
        for (text, expected) in [
            (
                "Headline\n\nBy SETH FRANTZMAN\nSEPTEMBER 24, 2020 12:34\nBody.",
                date(2020, 9, 24),
            ),
            (
                "Headline\nWashington is yet to act.\nFriday 09/07/2021\nBody",
                date(2021, 7, 9),
            ),
            ("Headline\n22.01.2021\nBody", date(2021, 1, 22)),
            ("Headline\nPublished: 3 March 2021\nBody", date(2021, 3, 3)),
            (
                "top of page\nSecurity Brief\nWeek of December 21, 2020 | Issue 16\n",
                date(2020, 12, 21),
            ),
            ("عنوان\n2021-03-04\nنص", date(2021, 3, 4)),
        ] {
            assert_eq!(guess(text), Some(expected), "{text}");
        }
    }

    #[test]
    fn a_date_inside_the_story_is_not_a_dateline() {
        let text = "Rockets hit the base\n\nOn December 27, 2019, the militia group attacked the US K1 \
                    military base near Kirkuk with rockets.\n";
        assert_eq!(guess(text), None);
        assert_eq!(guess("Tuesday night\nNo date here"), None);
    }
}
