//! Web Mercator, the projection slippy maps use: angles are kept, so shapes near a point look
//! right at every zoom, and scale grows with latitude (1/cos φ), which [`km_to_world`] accounts for.

use crate::model::GeoBox;

/// A point on the unit Web-Mercator square.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct World {
    pub x: f64,
    pub y: f64,
}

/// Mean equatorial circumference, in km: one world unit along the equator.
const EQUATOR_KM: f64 = 40_075.017;
/// Web Mercator's latitude limit.
const MAX_LATITUDE: f64 = 85.051_128_78;

impl World {
    /// Where longitude `lon` and latitude `lat` (degrees) fall; latitudes beyond ±85° are
    /// clamped, as on every web map.
    pub fn from_degrees(lon: f64, lat: f64) -> Self {
        let lat = lat.clamp(-MAX_LATITUDE, MAX_LATITUDE).to_radians();
        Self {
            x: (lon + 180.0) / 360.0,
            y: (1.0 - (lat.tan() + 1.0 / lat.cos()).ln() / std::f64::consts::PI) / 2.0,
        }
    }

    /// The longitude and latitude (degrees) of this point.
    pub fn to_degrees(self) -> (f64, f64) {
        let lon = self.x * 360.0 - 180.0;
        let n = std::f64::consts::PI * (1.0 - 2.0 * self.y);
        (lon, n.sinh().atan().to_degrees())
    }
}

/// The corners (least x and y, greatest x and y) of the smallest box around `points`;
/// `None` when there are none.
pub fn bounds(points: impl IntoIterator<Item = World>) -> Option<(World, World)> {
    points.into_iter().fold(None, |found, p| {
        let (min, max) = found.unwrap_or((p, p));
        Some((
            World {
                x: min.x.min(p.x),
                y: min.y.min(p.y),
            },
            World {
                x: max.x.max(p.x),
                y: max.y.max(p.y),
            },
        ))
    })
}

/// How many world units `km` spans at latitude `lat` (degrees).
pub fn km_to_world(km: f64, lat: f64) -> f64 {
    km / (EQUATOR_KM * lat.to_radians().cos().max(1e-6))
}

// `GeoBox` is a model type (the filters keep it); building one from map points needs the
// projection, so that constructor lives here.
impl GeoBox {
    /// The box with corners `a` and `b` (world points, in any order).
    pub fn spanning(a: World, b: World) -> Self {
        let (lon_a, lat_a) = a.to_degrees();
        let (lon_b, lat_b) = b.to_degrees();
        Self {
            west: lon_a.min(lon_b),
            east: lon_a.max(lon_b),
            south: lat_a.min(lat_b),
            north: lat_a.max(lat_b),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn projection_round_trips_and_puts_known_points_where_they_belong() {
        for (lon, lat) in [
            (44.40088, 33.34058),
            (37.16, 36.2),
            (-70.0, -33.4),
            (0.0, 0.0),
        ] {
            let (back_lon, back_lat) = World::from_degrees(lon, lat).to_degrees();
            assert!((back_lon - lon).abs() < 1e-9 && (back_lat - lat).abs() < 1e-9);
        }
        let origin = World::from_degrees(0.0, 0.0);
        assert!((origin.x - 0.5).abs() < 1e-12 && (origin.y - 0.5).abs() < 1e-12);
        // North is up: Mosul is above Baghdad, and east is right: Basra right of Baghdad.
        let baghdad = World::from_degrees(44.40, 33.34);
        assert!(World::from_degrees(43.13, 36.34).y < baghdad.y);
        assert!(World::from_degrees(47.78, 30.51).x > baghdad.x);
    }

    #[test]
    fn a_kilometre_spans_more_of_the_map_further_from_the_equator() {
        let at_equator = km_to_world(100.0, 0.0);
        assert!((at_equator - 100.0 / EQUATOR_KM).abs() < 1e-12);
        // Mercator stretches by 1/cos φ: at 60° a kilometre is drawn twice as long.
        assert!((km_to_world(100.0, 60.0) / at_equator - 2.0).abs() < 1e-9);
        // Distances agree with the projection: 1° of latitude near Baghdad is ~111 km.
        let (a, b) = (
            World::from_degrees(44.4, 33.0),
            World::from_degrees(44.4, 34.0),
        );
        let drawn = (b.y - a.y).abs();
        let expected = km_to_world(111.2, 33.5);
        assert!(
            (drawn / expected - 1.0).abs() < 0.01,
            "{drawn} vs {expected}"
        );
    }

    #[test]
    fn bounds_hold_every_point() {
        let points = [
            World { x: 0.3, y: 0.7 },
            World { x: 0.1, y: 0.9 },
            World { x: 0.2, y: 0.2 },
        ];
        let (min, max) = bounds(points).expect("points");
        assert_eq!(
            (min, max),
            (World { x: 0.1, y: 0.2 }, World { x: 0.3, y: 0.9 })
        );
        assert_eq!(bounds([]), None);
    }

    #[test]
    fn a_box_spans_its_corners_in_any_order() {
        let a = World::from_degrees(43.0, 36.0);
        let b = World::from_degrees(45.0, 33.0);
        let geo = GeoBox::spanning(b, a);
        assert!(geo.contains(44.4, 33.34));
        assert!(!geo.contains(47.8, 30.5));
        assert!((geo.west - 43.0).abs() < 1e-9 && (geo.north - 36.0).abs() < 1e-9);
    }
}
