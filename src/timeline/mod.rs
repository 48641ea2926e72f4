//! The timeline's logic, apart from drawing: where incidents sit on the calendar, in which
//! lane, how they bin into counts, how the date axis is labelled at each zoom, and which
//! incidents may be the same event. Pure: no egui, no SQL.
//!
//! The x coordinate is days since 1970-01-01 (fractional within a day), so plot positions and
//! calendar dates convert exactly both ways.

pub mod axis;
pub mod bins;
pub mod csv;
pub mod data;
pub mod duplicates;
pub mod filter;
pub mod labels;
pub mod lanes;

use jiff::civil::Date;

const EPOCH: Date = jiff::civil::date(1970, 1, 1);

/// A date's x coordinate.
pub fn x_of(date: Date) -> f64 {
    let days = (date - EPOCH).get_days();
    f64::from(days)
}

/// The date at x coordinate `x` (the day it falls in), clamped to dates jiff can represent.
pub fn date_of(x: f64) -> Date {
    let days = x.floor().clamp(-700_000.0, 2_900_000.0) as i64;
    EPOCH
        .checked_add(jiff::Span::new().days(days))
        .unwrap_or(EPOCH)
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn dates_and_x_convert_both_ways() {
        for d in [
            date(1970, 1, 1),
            date(2019, 12, 27),
            date(2020, 2, 29),
            date(2021, 7, 7),
        ] {
            assert_eq!(date_of(x_of(d)), d);
            assert_eq!(
                date_of(x_of(d) + 0.75),
                d,
                "any time in the day is that day"
            );
        }
        assert_eq!(x_of(date(1970, 1, 2)), 1.0);
    }
}
