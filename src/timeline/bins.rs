//! Counts per day, week or month, split by a category, for the stacked-bar view (and for
//! drawing a zoomed-out timeline as aggregates instead of 100,000 marks).

use std::collections::BTreeMap;

use jiff::ToSpan;
use jiff::civil::Date;

use crate::model::TimelineIncident;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum BinSize {
    Day,
    #[default]
    Week,
    Month,
}

/// The first day of the bin `date` falls in (weeks start on Monday).
pub fn bin_start(date: Date, size: BinSize) -> Date {
    match size {
        BinSize::Day => date,
        BinSize::Week => {
            let back = i64::from(date.weekday().to_monday_zero_offset());
            date.checked_sub(back.days()).unwrap_or(date)
        }
        BinSize::Month => date.first_of_month(),
    }
}

/// The first day after the bin starting at `start`.
pub fn bin_end(start: Date, size: BinSize) -> Date {
    let next = match size {
        BinSize::Day => start.tomorrow(),
        BinSize::Week => start.checked_add(7.days()),
        BinSize::Month => start.checked_add(1.month()),
    };
    next.unwrap_or(start)
}

/// One bin: its first day and the count per category (`None`: not coded).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Bin {
    pub start: Date,
    pub counts: BTreeMap<Option<String>, usize>,
}

impl Bin {
    pub fn total(&self) -> usize {
        self.counts.values().sum()
    }
}

/// Counts incidents by the bin of their start date, split by `category`, in date order.
pub fn bin(
    incidents: &[TimelineIncident],
    size: BinSize,
    category: impl Fn(&TimelineIncident) -> Option<String>,
) -> Vec<Bin> {
    let mut bins: BTreeMap<Date, BTreeMap<Option<String>, usize>> = BTreeMap::new();
    for incident in incidents {
        let start = bin_start(incident.date_start, size);
        *bins
            .entry(start)
            .or_default()
            .entry(category(incident))
            .or_default() += 1;
    }
    bins.into_iter()
        .map(|(start, counts)| Bin { start, counts })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::timeline::lanes::tests::incident;
    use jiff::civil::date;

    #[test]
    fn weeks_start_on_monday_and_months_on_the_first() {
        assert_eq!(
            bin_start(date(2020, 11, 18), BinSize::Week),
            date(2020, 11, 16)
        );
        assert_eq!(
            bin_start(date(2020, 11, 16), BinSize::Week),
            date(2020, 11, 16)
        );
        assert_eq!(
            bin_start(date(2020, 11, 18), BinSize::Month),
            date(2020, 11, 1)
        );
        assert_eq!(
            bin_end(date(2020, 11, 1), BinSize::Month),
            date(2020, 12, 1)
        );
        assert_eq!(
            bin_end(date(2020, 11, 16), BinSize::Week),
            date(2020, 11, 23)
        );
    }

    #[test]
    fn counts_split_by_category_in_date_order() {
        let incidents = [
            incident(17, Some("explosions")),
            incident(2, Some("explosions")),
            incident(18, Some("riots")),
            incident(17, None),
        ];
        let weekly = bin(&incidents, BinSize::Week, |i| i.event_type.clone());
        let starts: Vec<Date> = weekly.iter().map(|b| b.start).collect();
        assert_eq!(starts, [date(2020, 11, 2), date(2020, 11, 16)]);
        assert_eq!(weekly[1].total(), 3);
        assert_eq!(weekly[1].counts.get(&Some("riots".to_owned())), Some(&1));
        assert_eq!(weekly[1].counts.get(&None), Some(&1));
        let daily = bin(&incidents, BinSize::Day, |_| None);
        assert_eq!(daily.iter().map(Bin::total).collect::<Vec<_>>(), [1, 2, 1]);
        let monthly = bin(&incidents, BinSize::Month, |_| None);
        assert_eq!(monthly.len(), 1);
    }
}
