//! Which slippy-map tiles cover a view, and their addresses: the optional online layer under
//! the built-in basemap (off unless the analyst turns it on; the map never needs it).

use super::World;

/// One tile of the standard XYZ scheme: zoom `z`, column `x`, row `y` (row 0 at the top).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TileKey {
    pub z: u8,
    pub x: u32,
    pub y: u32,
}

/// OpenStreetMap's own tile server (its tile usage policy asks for a user agent and the
/// attribution below, both of which Spanline gives).
pub const OSM_TEMPLATE: &str = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";
pub const OSM_ATTRIBUTION: &str = "© OpenStreetMap contributors";
/// The deepest zoom OpenStreetMap serves.
pub const MAX_TILE_ZOOM: u8 = 19;

impl TileKey {
    /// The world square this tile covers: its top-left corner and its side.
    pub fn square(self) -> (World, f64) {
        let side = 1.0 / f64::from(1u32 << self.z);
        (
            World {
                x: f64::from(self.x) * side,
                y: f64::from(self.y) * side,
            },
            side,
        )
    }

    /// Its address under `template` ({z}, {x} and {y} replaced).
    pub fn url(self, template: &str) -> String {
        template
            .replace("{z}", &self.z.to_string())
            .replace("{x}", &self.x.to_string())
            .replace("{y}", &self.y.to_string())
    }
}

/// The tiles that cover the world box `min`..`max` seen at `zoom` (the map's continuous zoom,
/// where a 256-pixel tile is drawn 256 pixels wide at whole levels), the middle of the view
/// first (what the analyst looks at arrives first), at most `most` of them.
pub fn covering(min: World, max: World, zoom: f64, most: usize) -> Vec<TileKey> {
    let z = zoom.round().clamp(0.0, f64::from(MAX_TILE_ZOOM)) as u8;
    let count = 1u32 << z;
    let index = |v: f64| {
        (v.clamp(0.0, 1.0) * f64::from(count))
            .floor()
            .min(f64::from(count - 1)) as u32
    };
    // A view far wider than `most` tiles (the analyst zoomed the tiles past what the view can
    // hold) keeps a square of them around its middle; no more are ever listed.
    let side = (most as f64).sqrt().ceil() as u32 + 1;
    let around = |low: u32, high: u32| {
        if high - low < side {
            (low, high)
        } else {
            let middle = low + (high - low) / 2;
            (
                middle.saturating_sub(side / 2),
                (middle + side / 2).min(high),
            )
        }
    };
    let (x0, x1) = around(index(min.x), index(max.x));
    let (y0, y1) = around(index(min.y), index(max.y));
    let mut tiles: Vec<TileKey> = (y0..=y1)
        .flat_map(|y| (x0..=x1).map(move |x| TileKey { z, x, y }))
        .collect();
    let middle = ((x0 + x1) as f64 / 2.0, (y0 + y1) as f64 / 2.0);
    let distance =
        |t: &TileKey| (f64::from(t.x) - middle.0).powi(2) + (f64::from(t.y) - middle.1).powi(2);
    tiles.sort_by(|a, b| distance(a).total_cmp(&distance(b)).then(a.cmp(b)));
    tiles.truncate(most);
    tiles
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn baghdad_is_in_the_tile_web_maps_put_it_in() {
        // Baghdad (44.40° E, 33.34° N) at zoom 10: x = (44.40 + 180) / 360 · 1024 = 638.3, y =
        // (1 − ln(tan φ + sec φ) / π) / 2 · 1024 = 411.3, tile 638/411 on every XYZ server.
        let baghdad = World::from_degrees(44.40088, 33.34058);
        let tiles = covering(baghdad, baghdad, 10.0, 4);
        assert_eq!(
            tiles,
            [TileKey {
                z: 10,
                x: 638,
                y: 411
            }]
        );
        let (corner, side) = tiles[0].square();
        assert!(corner.x <= baghdad.x && baghdad.x < corner.x + side);
        assert!(corner.y <= baghdad.y && baghdad.y < corner.y + side);
        assert_eq!(
            tiles[0].url(OSM_TEMPLATE),
            "https://tile.openstreetmap.org/10/638/411.png"
        );
    }

    #[test]
    fn a_view_is_covered_from_its_middle_and_never_past_the_world_or_the_limit() {
        let (a, b) = (
            World::from_degrees(40.0, 37.0),
            World::from_degrees(48.0, 30.0),
        );
        let tiles = covering(a, b, 6.0, 100);
        assert!(tiles.len() >= 4 && tiles.len() <= 9, "{tiles:?}");
        let middle = World::from_degrees(44.0, 33.5);
        assert_eq!(
            tiles[0],
            covering(middle, middle, 6.0, 1)[0],
            "the middle first"
        );
        let world = covering(
            World { x: -1.0, y: -1.0 },
            World { x: 2.0, y: 2.0 },
            2.0,
            100,
        );
        assert_eq!(world.len(), 16, "the whole world at zoom 2 is 4 × 4 tiles");
        assert_eq!(
            covering(World { x: 0.0, y: 0.0 }, World { x: 1.0, y: 1.0 }, 8.0, 10).len(),
            10
        );
        assert!(covering(a, b, 30.0, 1).iter().all(|t| t.z == MAX_TILE_ZOOM));
    }
}
