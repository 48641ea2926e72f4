//! The incidents as the map draws them: at their place, with how precisely that place is known,
//! and joined to where they were launched from. Built from the timeline's rows and the codebook's
//! places whenever either changes (see [`crate::workspace`]); drawing only reads it.

use std::collections::HashMap;

use super::World;
use super::basemap::Basemap;
use super::projection::km_to_world;
use crate::model::{Place, PlaceId, TimelineIncident};

/// How much ground a mark stands for.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Extent {
    /// An exact spot.
    Point,
    /// Somewhere within this many world units of the mark.
    Radius(f64),
    /// Somewhere in this province of the basemap: drawn shaded, not as a false point.
    Province(usize),
}

/// One incident on the map.
#[derive(Clone, Debug, PartialEq)]
pub struct MapMark {
    /// Its row in the timeline's incidents.
    pub row: usize,
    pub at: World,
    /// Longitude and latitude of `at`, for filters and exports.
    pub lon_lat: (f64, f64),
    /// Where it was launched from, when that place has coordinates.
    pub launch: Option<World>,
    pub extent: Extent,
    /// Its spot, an index into the sites.
    pub site: usize,
}

/// The marks at one spot. Incidents pile up on bases and towns (a place is one point), so the
/// map projects, culls and clusters spots, not incidents: 100,000 incidents are a few thousand
/// spots.
#[derive(Clone, Debug, PartialEq)]
pub struct Site {
    pub at: World,
    /// Indices into the marks, in timeline (date) order.
    pub marks: Vec<usize>,
}

impl MapData {
    /// The mark of timeline row `row` (marks are in row order), if it is on the map.
    pub fn mark_of_row(&self, row: usize) -> Option<&MapMark> {
        let at = self.marks.binary_search_by_key(&row, |m| m.row).ok()?;
        self.marks.get(at)
    }
}

/// The map's data: a mark per dated incident with coordinates, and what could not be placed.
#[derive(Debug, Default, PartialEq)]
pub struct MapData {
    pub marks: Vec<MapMark>,
    pub sites: Vec<Site>,
    /// Dated incidents with no place, or a place without coordinates.
    pub unplaced: usize,
    /// The places coded on incidents that have no coordinates, to open in the codebook.
    pub places_without_coordinates: Vec<PlaceId>,
}

/// How far (km) from its coordinates an incident may be, by UCDP `where_prec`: 1 the spot
/// itself; 2 near a named town (UCDP: within 25 km); 3 a district; 4 a province (drawn as the
/// province where the basemap has it); 5 along a road or river; 6 a country; 7 at sea or in
/// the air over it.
pub fn precision_radius_km(where_prec: u8) -> Option<f64> {
    match where_prec {
        0 | 1 => None,
        2 => Some(25.0),
        3 | 5 => Some(50.0),
        4 => Some(100.0),
        _ => Some(250.0),
    }
}

fn coordinates(place: &Place) -> Option<(f64, f64)> {
    let (lon, lat) = (place.longitude?, place.latitude?);
    (lon.is_finite() && lat.is_finite() && lat.abs() <= 90.0 && lon.abs() <= 180.0)
        .then_some((lon, lat))
}

/// Where a place is drawn and how much ground it covers, worked out once per place.
struct Located {
    at: World,
    lon_lat: (f64, f64),
    precision: u8,
    /// The basemap's province it lies in, drawn for incidents known only to the province.
    province: Option<usize>,
}

fn locate(place: &Place, basemap: &Basemap) -> Option<Located> {
    let (lon, lat) = coordinates(place)?;
    let at = World::from_degrees(lon, lat);
    let precision = place.geo_precision.unwrap_or(1);
    let named = place.admin1.as_deref().zip(place.iso3.as_deref());
    let province = named
        .and_then(|(name, iso3)| basemap.province_named(name, iso3))
        .or_else(|| basemap.province_at(at));
    Some(Located {
        at,
        lon_lat: (lon, lat),
        precision,
        province,
    })
}

fn extent(located: &Located, precision: u8) -> Extent {
    let lat = located.lon_lat.1;
    match precision_radius_km(precision) {
        None => Extent::Point,
        Some(km) if precision == 4 => match located.province {
            Some(index) => Extent::Province(index),
            None => Extent::Radius(km_to_world(km, lat)),
        },
        Some(km) => Extent::Radius(km_to_world(km, lat)),
    }
}

impl MapData {
    pub fn new(incidents: &[TimelineIncident], places: &[Place], basemap: &Basemap) -> Self {
        // Projection and province look-ups once per place, not once per incident.
        let located: HashMap<PlaceId, Option<Located>> = places
            .iter()
            .map(|p| (p.place_id, locate(p, basemap)))
            .collect();
        let mut data = MapData::default();
        let mut missing = std::collections::BTreeSet::new();
        for (row, incident) in incidents.iter().enumerate() {
            let Some(place) = incident.place_id.and_then(|id| located.get(&id)?.as_ref()) else {
                data.unplaced += 1;
                missing.extend(incident.place_id);
                continue;
            };
            // The incident's own precision overrides its place's.
            let precision = incident.geo_precision.unwrap_or(place.precision);
            let launch = incident
                .launch_place_id
                .and_then(|id| located.get(&id)?.as_ref())
                .map(|l| l.at);
            data.marks.push(MapMark {
                row,
                at: place.at,
                lon_lat: place.lon_lat,
                launch,
                extent: extent(place, precision),
                site: 0,
            });
        }
        let mut site_of: HashMap<(u64, u64), usize> = HashMap::new();
        for (index, mark) in data.marks.iter_mut().enumerate() {
            let key = (mark.at.x.to_bits(), mark.at.y.to_bits());
            let site = *site_of.entry(key).or_insert_with(|| {
                data.sites.push(Site {
                    at: mark.at,
                    marks: Vec::new(),
                });
                data.sites.len() - 1
            });
            data.sites[site].marks.push(index);
            mark.site = site;
        }
        // Only places that exist but lack coordinates can be opened and fixed.
        data.places_without_coordinates = missing
            .into_iter()
            .filter(|id| located.contains_key(id))
            .collect();
        data
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::map::basemap::basemap;
    use crate::timeline::lanes::tests::incident;

    fn place(name: &str, admin1: Option<&str>, at: Option<(f64, f64)>, prec: Option<u8>) -> Place {
        Place {
            admin1: admin1.map(str::to_owned),
            iso3: Some("IRQ".into()),
            longitude: at.map(|a| a.0),
            latitude: at.map(|a| a.1),
            geo_precision: prec,
            ..Place::named(name)
        }
    }

    #[test]
    fn precision_decides_point_radius_or_province() {
        let base = place("Ain al-Asad", Some("Anbar"), Some((42.44, 33.80)), Some(1));
        let town = place("Hit", Some("Anbar"), Some((42.83, 33.64)), Some(2));
        let province = place("Anbar province", Some("Anbar"), Some((42.0, 33.0)), Some(4));
        let nowhere = place("Somewhere", None, None, None);
        let launch = place("Albu Ubaid", None, Some((42.3, 33.9)), Some(2));
        let places = [
            base.clone(),
            town.clone(),
            province.clone(),
            nowhere.clone(),
            launch.clone(),
        ];
        let mut rows: Vec<TimelineIncident> =
            (1..=6).map(|d| incident(d, Some("rocket"))).collect();
        rows[0].place_id = Some(base.place_id);
        rows[0].launch_place_id = Some(launch.place_id);
        rows[1].place_id = Some(town.place_id);
        rows[2].place_id = Some(province.place_id);
        rows[3].place_id = Some(nowhere.place_id);
        // The incident's own precision overrides its place's.
        rows[4].place_id = Some(base.place_id);
        rows[4].geo_precision = Some(2);
        // An exact place reported only as "in Anbar": the province is drawn.
        rows[5].place_id = Some(base.place_id);
        rows[5].geo_precision = Some(4);
        let data = MapData::new(&rows, &places, basemap());
        assert_eq!(data.marks.len(), 5);
        assert_eq!(data.unplaced, 1);
        assert_eq!(data.places_without_coordinates, vec![nowhere.place_id]);
        assert_eq!(data.marks[0].extent, Extent::Point);
        assert!(data.marks[0].launch.is_some());
        let Extent::Radius(r) = data.marks[1].extent else {
            panic!("a town is a radius: {:?}", data.marks[1].extent)
        };
        assert!((r - km_to_world(25.0, 33.64)).abs() < 1e-12);
        let Extent::Province(index) = data.marks[2].extent else {
            panic!("a province-level place is its province")
        };
        assert_eq!(basemap().provinces[index].name, "Anbar");
        assert!(matches!(data.marks[3].extent, Extent::Radius(_)));
        assert_eq!(data.marks[3].row, 4);
        assert_eq!(data.marks[4].extent, Extent::Province(index));
        // Three incidents at the base are one spot; the town and the province one each.
        let spots: Vec<Vec<usize>> = data.sites.iter().map(|s| s.marks.clone()).collect();
        assert_eq!(spots, [vec![0, 3, 4], vec![1], vec![2]]);
    }

    #[test]
    fn a_place_with_impossible_coordinates_is_unplaced_not_drawn() {
        let bad = place("Bad", None, Some((f64::INFINITY, 1000.0)), None);
        let mut row = incident(1, None);
        row.place_id = Some(bad.place_id);
        let data = MapData::new(&[row], &[bad], basemap());
        assert!(data.marks.is_empty());
        assert_eq!(data.unplaced, 1);
    }

    #[test]
    fn radii_follow_the_ucdp_precision_levels() {
        let radii: Vec<Option<f64>> = (1..=7).map(precision_radius_km).collect();
        let km = |r: f64| Some(r);
        // Exact; within 25 km of a town (UCDP's own rule); district; province (a fallback
        // radius where the basemap lacks it); road or river; country; sea or air.
        assert_eq!(
            radii,
            [
                None,
                km(25.0),
                km(50.0),
                km(100.0),
                km(50.0),
                km(250.0),
                km(250.0)
            ]
        );
    }
}
