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

/// Groups `points` (screen positions) into clusters by grid cells of `cell` pixels; clusters
/// come out in the order of their first member.
pub fn cluster(points: &[[f32; 2]], cell: f32) -> Vec<Cluster> {
    let cell = cell.max(1.0);
    let mut by_cell: HashMap<(i32, i32), usize> = HashMap::with_capacity(points.len().min(4096));
    let mut clusters: Vec<Cluster> = Vec::new();
    let mut sums: Vec<[f64; 2]> = Vec::new();
    for (index, &[x, y]) in points.iter().enumerate() {
        let key = ((x / cell).floor() as i32, (y / cell).floor() as i32);
        let slot = *by_cell.entry(key).or_insert_with(|| {
            clusters.push(Cluster {
                x,
                y,
                members: Vec::new(),
            });
            sums.push([0.0, 0.0]);
            clusters.len() - 1
        });
        clusters[slot].members.push(index);
        sums[slot][0] += f64::from(x);
        sums[slot][1] += f64::from(y);
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
    fn every_mark_is_in_exactly_one_cluster() {
        let points: Vec<[f32; 2]> = (0..1000)
            .map(|i| [(i * 37 % 500) as f32, (i * 91 % 300) as f32])
            .collect();
        let clusters = cluster(&points, 40.0);
        let mut seen: Vec<usize> = clusters.iter().flat_map(|c| c.members.clone()).collect();
        seen.sort_unstable();
        assert_eq!(seen, (0..1000).collect::<Vec<_>>());
        assert!(cluster(&[], 40.0).is_empty());
    }
}
