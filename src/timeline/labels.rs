//! Rows for the labels of context events, so labels that would overlap on screen stack
//! instead of printing over each other.

/// How many rows labels may stack into; a label that fits in none is left out (its marker
/// line or band still shows, and zooming in makes room).
pub const MAX_ROWS: usize = 3;

/// For labels starting at `starts` (screen x, in the order given) with `widths`, the row each
/// goes in: the first row whose last label ends `gap` before it starts, or `None`.
pub fn rows(starts: &[f32], widths: &[f32], gap: f32) -> Vec<Option<usize>> {
    let mut order: Vec<usize> = (0..starts.len()).collect();
    order.sort_by(|&a, &b| starts[a].total_cmp(&starts[b]));
    let mut row_ends = [f32::NEG_INFINITY; MAX_ROWS];
    let mut rows = vec![None; starts.len()];
    for index in order {
        if let Some(row) = row_ends.iter().position(|end| *end + gap <= starts[index]) {
            row_ends[row] = starts[index] + widths[index];
            rows[index] = Some(row);
        }
    }
    rows
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_apart_share_the_first_row() {
        assert_eq!(
            rows(&[0.0, 200.0], &[100.0, 100.0], 4.0),
            vec![Some(0), Some(0)]
        );
    }

    #[test]
    fn overlapping_labels_stack_in_date_order() {
        // Given out of order: the earlier label keeps the first row.
        assert_eq!(
            rows(&[30.0, 0.0, 60.0], &[100.0, 100.0, 100.0], 4.0),
            vec![Some(1), Some(0), Some(2)]
        );
    }

    #[test]
    fn a_label_with_no_room_left_is_left_out_and_later_ones_still_placed() {
        let starts = [0.0, 10.0, 20.0, 30.0, 300.0];
        let rows = rows(&starts, &[100.0; 5], 4.0);
        assert_eq!(rows, vec![Some(0), Some(1), Some(2), None, Some(0)]);
    }
}
