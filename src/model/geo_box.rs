//! A box of longitudes and latitudes: an area drawn on the map, kept by the filters.

use serde::{Deserialize, Serialize};

/// A box of longitudes and latitudes (degrees), as a map filter stores it.
///
/// The map builds one from two points it shows (`GeoBox::spanning`, beside the projection in
/// `map::projection`).
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct GeoBox {
    pub west: f64,
    pub south: f64,
    pub east: f64,
    pub north: f64,
}

impl GeoBox {
    pub fn contains(&self, lon: f64, lat: f64) -> bool {
        (self.west..=self.east).contains(&lon) && (self.south..=self.north).contains(&lat)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_box_holds_its_edges_and_nothing_outside() {
        let geo = GeoBox {
            west: 43.0,
            south: 33.0,
            east: 45.0,
            north: 36.0,
        };
        assert!(geo.contains(44.4, 33.34));
        assert!(geo.contains(43.0, 36.0));
        assert!(!geo.contains(47.8, 30.5));
        assert!(!geo.contains(44.0, 36.1));
    }
}
