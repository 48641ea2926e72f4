//! Incidents that may be the same event: coded separately (often from different sources) on
//! overlapping dates at the same place. The analyst decides, and may merge them.

use crate::model::TimelineIncident;

/// Whether two incidents may be the same event: the same place, overlapping dates.
pub fn may_be_same(a: &TimelineIncident, b: &TimelineIncident) -> bool {
    let end = |i: &TimelineIncident| i.date_end.unwrap_or(i.date_start);
    a.place_id.is_some()
        && a.place_id == b.place_id
        && a.date_start <= end(b)
        && b.date_start <= end(a)
}

/// How many later incidents one incident is paired with at most. A place and day reported
/// by hundreds of coded incidents (a month-long range at a capital, a corpus that repeats
/// one report) would otherwise pair every one with every other: millions of pairs, gigabytes.
pub const MOST_PAIRS_EACH: usize = 8;

/// Pairs of incidents on overlapping dates at the same place, each pair once, in date order,
/// each incident paired with at most [`MOST_PAIRS_EACH`] of those starting after it. Works on
/// incidents sorted by start date; unsorted input is sorted first.
pub fn possible_duplicates(incidents: &[TimelineIncident]) -> Vec<(usize, usize)> {
    let mut order: Vec<usize> = (0..incidents.len()).collect();
    order.sort_by_key(|&i| incidents[i].date_start);
    let mut pairs = Vec::new();
    for (position, &a) in order.iter().enumerate() {
        let first = &incidents[a];
        let Some(place) = first.place_id else {
            continue;
        };
        let first_end = first.date_end.unwrap_or(first.date_start);
        let mut paired = 0;
        // Only later-starting incidents that start before this one ends can overlap it.
        for &b in &order[position + 1..] {
            let second = &incidents[b];
            if second.date_start > first_end || paired == MOST_PAIRS_EACH {
                break;
            }
            if second.place_id == Some(place) && may_be_same(first, second) {
                pairs.push((a, b));
                paired += 1;
            }
        }
    }
    pairs
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::PlaceId;
    use crate::timeline::lanes::tests::incident;

    #[test]
    fn an_incident_is_paired_with_a_bounded_number_of_others() {
        let place = PlaceId::new();
        let many: Vec<TimelineIncident> = (0..500)
            .map(|_| {
                let mut i = incident(2, None);
                i.place_id = Some(place);
                i
            })
            .collect();
        let pairs = possible_duplicates(&many);
        assert!(
            pairs.len() <= many.len() * MOST_PAIRS_EACH,
            "{}",
            pairs.len()
        );
        // Every one but the last still has a later one flagged beside it.
        let flagged: std::collections::HashSet<usize> = pairs.iter().map(|(a, _)| *a).collect();
        assert_eq!(flagged.len(), many.len() - 1);
    }

    #[test]
    fn same_day_same_place_is_flagged_once() {
        let green_zone = PlaceId::new();
        let erbil = PlaceId::new();
        let mut incidents = vec![
            incident(17, None),
            incident(17, None),
            incident(17, None),
            incident(18, None),
        ];
        incidents[0].place_id = Some(green_zone);
        incidents[1].place_id = Some(green_zone);
        incidents[2].place_id = Some(erbil);
        incidents[3].place_id = Some(green_zone);
        assert_eq!(possible_duplicates(&incidents), [(0, 1)]);
    }

    #[test]
    fn a_date_range_overlapping_a_day_is_flagged() {
        let place = PlaceId::new();
        let mut incidents = vec![incident(20, None), incident(1, None)];
        incidents[0].place_id = Some(place);
        incidents[1].place_id = Some(place);
        incidents[1].date_end = Some(jiff::civil::date(2020, 11, 30));
        assert_eq!(possible_duplicates(&incidents), [(1, 0)]);
        incidents[1].date_end = Some(jiff::civil::date(2020, 11, 10));
        assert!(possible_duplicates(&incidents).is_empty());
    }
}
