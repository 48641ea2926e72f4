//! The basemap that ships with Spanline (`assets/basemap/world.json`, rebuilt by
//! `assets/basemap/build.py`): every Natural Earth country, first-level division borders and
//! coasts worldwide, rivers across the theatres, and the provinces of Iraq, Syria, Jordan,
//! Lebanon and Kuwait — the Levant in full detail, the rest of the world simplified to about
//! 5 km. Public domain, built into the program, so the map needs no network and no file beside
//! it. An empty map opens on the Levant (`detail_bbox`).

use std::sync::OnceLock;

use serde::Deserialize;

use super::World;
use super::projection::bounds;

const WORLD_JSON: &str = include_str!("../../assets/basemap/world.json");

/// A country or province: its outline and the triangles that fill it.
#[derive(Debug)]
pub struct Region {
    pub name: String,
    pub iso3: String,
    /// Outer and inner rings, closed.
    pub rings: Vec<Vec<World>>,
    /// The region cut into triangles (egui fills only convex shapes).
    pub points: Vec<World>,
    pub triangles: Vec<u32>,
    /// The corners of the smallest box around it.
    pub min: World,
    pub max: World,
    /// The centre of its area, as (longitude, latitude).
    pub centroid: (f64, f64),
}

impl Region {
    /// Whether `point` lies inside (even-odd over all rings, so holes are outside).
    pub fn contains(&self, point: World) -> bool {
        if point.x < self.min.x
            || point.x > self.max.x
            || point.y < self.min.y
            || point.y > self.max.y
        {
            return false;
        }
        let mut inside = false;
        for ring in &self.rings {
            for pair in ring.windows(2) {
                let (a, b) = (pair[0], pair[1]);
                if (a.y > point.y) != (b.y > point.y)
                    && point.x < (b.x - a.x) * (point.y - a.y) / (b.y - a.y) + a.x
                {
                    inside = !inside;
                }
            }
        }
        inside
    }
}

/// Everything the map draws under the marks.
#[derive(Debug)]
pub struct Basemap {
    pub countries: Vec<Region>,
    pub provinces: Vec<Region>,
    pub province_borders: Vec<Vec<World>>,
    pub coast: Vec<Vec<World>>,
    pub rivers: Vec<Vec<World>>,
    /// Where the basemap has detail: (west, south, east, north) in degrees.
    pub bbox: [f64; 4],
}

#[derive(Deserialize)]
struct RawMesh {
    points: Vec<[f64; 2]>,
    triangles: Vec<u32>,
}

#[derive(Deserialize)]
struct RawRegion {
    name: String,
    iso3: String,
    rings: Vec<Vec<[f64; 2]>>,
    mesh: RawMesh,
}

#[derive(Deserialize)]
struct RawLines {
    province_borders: Vec<Vec<[f64; 2]>>,
    coast: Vec<Vec<[f64; 2]>>,
    rivers: Vec<Vec<[f64; 2]>>,
}

#[derive(Deserialize)]
struct RawBasemap {
    bbox: [f64; 4],
    /// Where the basemap has its finest detail (the Levant), when it covers more.
    #[serde(default)]
    detail_bbox: Option<[f64; 4]>,
    countries: Vec<RawRegion>,
    provinces: Vec<RawRegion>,
    lines: RawLines,
}

fn projected(points: &[[f64; 2]]) -> Vec<World> {
    points
        .iter()
        .map(|[lon, lat]| World::from_degrees(*lon, *lat))
        .collect()
}

fn region(raw: RawRegion) -> Region {
    let rings: Vec<Vec<World>> = raw.rings.iter().map(|r| projected(r)).collect();
    let points = projected(&raw.mesh.points);
    // Indices past the points (a damaged build) would panic when drawn: drop those triangles.
    let triangles: Vec<u32> = raw
        .mesh
        .triangles
        .chunks_exact(3)
        .filter(|t| t.iter().all(|&i| (i as usize) < points.len()))
        .flatten()
        .copied()
        .collect();
    let origin = World { x: 0.0, y: 0.0 };
    let (min, max) = bounds(rings.iter().flatten().copied()).unwrap_or((origin, origin));
    // The area-weighted mean of the triangles' centres.
    let (mut area, mut cx, mut cy) = (0.0, 0.0, 0.0);
    for t in triangles.chunks_exact(3) {
        let [a, b, c] = [t[0], t[1], t[2]].map(|i| points[i as usize]);
        let weight = ((b.x - a.x) * (c.y - a.y) - (c.x - a.x) * (b.y - a.y)).abs() / 2.0;
        area += weight;
        cx += weight * (a.x + b.x + c.x) / 3.0;
        cy += weight * (a.y + b.y + c.y) / 3.0;
    }
    let centre = if area > 0.0 {
        World {
            x: cx / area,
            y: cy / area,
        }
    } else {
        World {
            x: (min.x + max.x) / 2.0,
            y: (min.y + max.y) / 2.0,
        }
    };
    Region {
        name: raw.name,
        iso3: raw.iso3,
        rings,
        points,
        triangles,
        min,
        max,
        centroid: centre.to_degrees(),
    }
}

impl Basemap {
    /// Reads a basemap from its JSON (what [`basemap`] does once with the one built in).
    pub fn parse(json: &str) -> Result<Self, serde_json::Error> {
        let raw: RawBasemap = serde_json::from_str(json)?;
        let lines = |l: Vec<Vec<[f64; 2]>>| l.iter().map(|line| projected(line)).collect();
        Ok(Self {
            bbox: raw.detail_bbox.unwrap_or(raw.bbox),
            countries: raw.countries.into_iter().map(region).collect(),
            provinces: raw.provinces.into_iter().map(region).collect(),
            province_borders: lines(raw.lines.province_borders),
            coast: lines(raw.lines.coast),
            rivers: lines(raw.lines.rivers),
        })
    }

    /// The province named `name` in country `iso3` ("Baghdad", "IRQ"), as the gazetteer names it.
    pub fn province_named(&self, name: &str, iso3: &str) -> Option<usize> {
        let name = name
            .trim()
            .trim_end_matches(" province")
            .trim_end_matches(" Governorate");
        self.provinces
            .iter()
            .position(|p| p.iso3 == iso3 && p.name.eq_ignore_ascii_case(name))
    }

    /// The province a point lies in, if the basemap has provinces there.
    pub fn province_at(&self, point: World) -> Option<usize> {
        self.provinces.iter().position(|p| p.contains(point))
    }
}

/// The basemap built into the program, read on first use (about 10 ms; see the map bench).
pub fn basemap() -> &'static Basemap {
    static BASEMAP: OnceLock<Basemap> = OnceLock::new();
    BASEMAP.get_or_init(|| {
        // The file is ours and tested below; an empty map beats a crash if a build broke it.
        Basemap::parse(WORLD_JSON).unwrap_or_else(|_| Basemap {
            countries: Vec::new(),
            provinces: Vec::new(),
            province_borders: Vec::new(),
            coast: Vec::new(),
            rivers: Vec::new(),
            bbox: [30.0, 26.0, 52.0, 40.0],
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_basemap_loads_and_draws_baghdad_inside_baghdad_province() {
        let map = Basemap::parse(WORLD_JSON).expect("the shipped basemap parses");
        let baghdad = World::from_degrees(44.40088, 33.34058);
        let province = map.province_at(baghdad).map(|i| &map.provinces[i]);
        assert_eq!(
            province.map(|p| (p.name.as_str(), p.iso3.as_str())),
            Some(("Baghdad", "IRQ"))
        );
        let iraq = map
            .countries
            .iter()
            .find(|c| c.iso3 == "IRQ")
            .expect("Iraq");
        assert!(iraq.contains(baghdad));
        // Aleppo is in Syria's Aleppo province, not in Iraq; Basra city in Basra.
        let aleppo = World::from_degrees(37.16117, 36.20124);
        assert!(!iraq.contains(aleppo));
        assert_eq!(
            map.province_at(aleppo)
                .map(|i| map.provinces[i].name.as_str()),
            Some("Aleppo")
        );
        assert_eq!(
            map.province_at(World::from_degrees(47.78, 30.51))
                .map(|i| map.provinces[i].name.as_str()),
            Some("Basra")
        );
        assert!(
            !map.rivers.is_empty() && !map.coast.is_empty() && !map.province_borders.is_empty()
        );
    }

    #[test]
    fn provinces_are_found_by_the_gazetteers_names_and_have_their_centre_inside() {
        let map = basemap();
        for (name, iso3) in [
            ("Anbar", "IRQ"),
            ("Deir ez-Zor province", "SYR"),
            ("nineveh", "IRQ"),
        ] {
            let index = map
                .province_named(name, iso3)
                .unwrap_or_else(|| panic!("{name}"));
            let province = &map.provinces[index];
            let (lon, lat) = province.centroid;
            assert!(
                province.contains(World::from_degrees(lon, lat)),
                "{name} centre {lon},{lat}"
            );
            assert!(!province.triangles.is_empty());
        }
        assert_eq!(map.province_named("Anbar", "SYR"), None);
    }

    #[test]
    fn a_damaged_basemap_is_an_error_not_a_panic() {
        assert!(Basemap::parse("{\"bbox\": [1, 2]}").is_err());
        let bad_index = r#"{"bbox":[0,0,1,1],"countries":[{"name":"X","iso3":"XXX","rings":[[[0,0],[1,0],[1,1],[0,0]]],
            "mesh":{"points":[[0,0],[1,0]],"triangles":[0,1,7]}}],"provinces":[],
            "lines":{"province_borders":[],"coast":[],"rivers":[]}}"#;
        let map = Basemap::parse(bad_index).expect("parses");
        assert!(
            map.countries[0].triangles.is_empty(),
            "a triangle past the points is dropped"
        );
    }
}
