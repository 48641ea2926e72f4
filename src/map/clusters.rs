//! Marks that would be drawn on top of each other group into one counted cluster: marks are
//! binned by a grid of `cell` screen pixels at the current zoom, so clusters split as the
//! analyst zooms in and never depend on the order marks arrive in.

use std::collections::HashMap;

/// Marks drawn as one.
#[derive(Clone, Debug, PartialEq)]
pub struct Cluster {
    /// Where to draw it: the mean of its members' positions.
    pub x: f32,
    pub y: f32,
    /// The indices (into the list given) of the marks it stands for.
    pub members: Vec<usize>,
}

/// Most grid cells kept in a dense table; beyond that (marks spread over a huge area) cells
/// are hashed instead.
const MOST_DENSE_CELLS: usize = 1 << 22;

/// `x.floor()` as an integer without a libm call (the default x86-64 target has no SSE4.1
/// rounding instruction, and this runs for every spot of every frame).
fn floor(x: f32) -> i64 {
    let truncated = x as i64;
    if (truncated as f32) > x {
        truncated - 1
    } else {
        truncated
    }
}

/// Groups `points` (screen positions) into clusters by grid cells of `cell` pixels; clusters
/// come out in the order of their first member.
pub fn cluster(points: &[[f32; 2]], cell: f32) -> Vec<Cluster> {
    let cell = cell.max(1.0);
    let key = |&[x, y]: &[f32; 2]| (floor(x / cell), floor(y / cell));
    let (mut min, mut max) = ((i64::MAX, i64::MAX), (i64::MIN, i64::MIN));
    for point in points {
        let (cx, cy) = key(point);
        min = (min.0.min(cx), min.1.min(cy));
        max = (max.0.max(cx), max.1.max(cy));
    }
    let columns = usize::try_from(max.0.saturating_sub(min.0).saturating_add(1)).unwrap_or(0);
    let rows = usize::try_from(max.1.saturating_sub(min.1).saturating_add(1)).unwrap_or(0);
    // Each point's cell as one number: a dense table's index when the grid is small (the map
    // on screen), else a hash key. Both give the same clusters.
    let dense = columns
        .checked_mul(rows)
        .is_some_and(|n| n <= MOST_DENSE_CELLS);
    let mut table: Vec<u32> = if dense {
        vec![u32::MAX; columns * rows]
    } else {
        Vec::new()
    };
    let mut hashed: HashMap<(i64, i64), u32> = HashMap::new();
    let mut clusters: Vec<Cluster> = Vec::new();
    let mut sums: Vec<[f64; 2]> = Vec::new();
    for (index, point) in points.iter().enumerate() {
        let (cx, cy) = key(point);
        let slot = if dense {
            &mut table[(cy - min.1) as usize * columns + (cx - min.0) as usize]
        } else {
            hashed.entry((cx, cy)).or_insert(u32::MAX)
        };
        if *slot == u32::MAX {
            *slot = clusters.len() as u32;
            clusters.push(Cluster {
                x: point[0],
                y: point[1],
                members: Vec::new(),
            });
            sums.push([0.0, 0.0]);
        }
        let at = *slot as usize;
        clusters[at].members.push(index);
        sums[at][0] += f64::from(point[0]);
        sums[at][1] += f64::from(point[1]);
    }
    for (cluster, [sx, sy]) in clusters.iter_mut().zip(sums) {
        let n = cluster.members.len() as f64;
        cluster.x = (sx / n) as f32;
        cluster.y = (sy / n) as f32;
    }
    clusters
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_at_one_spot_group_and_split_when_zoomed_in() {
        // Three incidents at one base, one in a town 30 px away at this zoom.
        let points = [
            [100.0, 100.0],
            [101.0, 102.0],
            [102.0, 99.0],
            [130.0, 100.0],
        ];
        let clusters = cluster(&points, 24.0);
        assert_eq!(clusters.len(), 2);
        assert_eq!(clusters[0].members, vec![0, 1, 2]);
        assert!((clusters[0].x - 101.0).abs() < 1e-4 && (clusters[0].y - 100.333).abs() < 1e-3);
        assert_eq!(clusters[1].members, vec![3]);
        // Zoomed in 16 times: the same spots are 16 times further apart on screen.
        let zoomed: Vec<[f32; 2]> = points.iter().map(|[x, y]| [x * 16.0, y * 16.0]).collect();
        assert_eq!(cluster(&zoomed, 24.0).len(), 4);
    }

    #[test]
    fn cells_are_floored_on_both_sides_of_zero() {
        assert_eq!(
            [
                floor(2.5),
                floor(-2.5),
                floor(-3.0),
                floor(0.0),
                floor(-0.1)
            ],
            [2, -3, -3, 0, -1]
        );
    }

    #[test]
    fn every_mark_is_in_exactly_one_cluster() {
        let points: Vec<[f32; 2]> = (0..1000)
            .map(|i| [(i * 37 % 500) as f32, (i * 91 % 300) as f32])
            .collect();
        let clusters = cluster(&points, 40.0);
        let mut seen: Vec<usize> = clusters.iter().flat_map(|c| c.members.clone()).collect();
        seen.sort_unstable();
        assert_eq!(seen, (0..1000).collect::<Vec<_>>());
        assert!(cluster(&[], 40.0).is_empty());
        // Spread too far for a dense table: hashed cells group the same way.
        let far = [
            [0.0, 0.0],
            [1.0, 1.0],
            [3.0e9, -3.0e9],
            [3.0e9 + 1.0, -3.0e9],
        ];
        let clusters = cluster(&far, 40.0);
        assert_eq!(
            clusters
                .iter()
                .map(|c| c.members.clone())
                .collect::<Vec<_>>(),
            [vec![0, 1], vec![2, 3]]
        );
    }
}
