//! The incidents as the map draws them: at their place, with how precisely that place is known,
//! and joined to where they were launched from. Built from the timeline's rows and the codebook's
//! places whenever either changes (see [`crate::workspace`]); drawing only reads it.

use std::collections::HashMap;

use super::World;
use super::basemap::Basemap;
use super::projection::km_to_world;
use crate::model::{Place, PlaceId, RowMove, TimelineIncident};

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
    /// How many unplaced incidents name each place (known or not), so that one incident
    /// leaving keeps the list right.
    unplaced_at: std::collections::BTreeMap<PlaceId, usize>,
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

/// A site's key: its exact spot. Sites are kept in key order, so that the marks read fresh
/// and the marks kept current one change at a time are the same.
fn site_key(at: World) -> (u64, u64) {
    (at.x.to_bits(), at.y.to_bits())
}

impl MapData {
    pub fn new(incidents: &[TimelineIncident], places: &[Place], basemap: &Basemap) -> Self {
        // Projection and province look-ups once per place, not once per incident.
        let located: HashMap<PlaceId, Option<Located>> = places
            .iter()
            .map(|p| (p.place_id, locate(p, basemap)))
            .collect();
        let mut data = MapData::default();
        for (row, incident) in incidents.iter().enumerate() {
            match mark_of(row, incident, |id| located.get(&id)?.as_ref()) {
                Some(mark) => data.marks.push(mark),
                None => data.count_unplaced(incident, 1),
            }
        }
        let mut sites: std::collections::BTreeMap<(u64, u64), Vec<usize>> = Default::default();
        for (index, mark) in data.marks.iter().enumerate() {
            sites.entry(site_key(mark.at)).or_default().push(index);
        }
        for (site, marks) in sites.into_values().enumerate() {
            for &mark in &marks {
                data.marks[mark].site = site;
            }
            let at = data.marks[marks[0]].at;
            data.sites.push(Site { at, marks });
        }
        data.list_places_without_coordinates(|id| located.contains_key(&id));
        data
    }

    /// Follows one row of the timeline taken out and one put in (`moved`, as
    /// [`crate::timeline::data::TimelineData::replace`] reports it) without reading every row
    /// again: what a coding step costs the map. `incidents` are the rows after the move.
    pub fn follow(
        &mut self,
        moved: &RowMove,
        incidents: &[TimelineIncident],
        places: &[Place],
        basemap: &Basemap,
    ) {
        let inserted = moved
            .inserted
            .and_then(|row| Some((row, incidents.get(row)?)));
        let located: HashMap<PlaceId, Located> = inserted
            .map(|(_, incident)| {
                let wanted = [incident.place_id, incident.launch_place_id];
                places
                    .iter()
                    .filter(|p| wanted.contains(&Some(p.place_id)))
                    .filter_map(|p| Some((p.place_id, locate(p, basemap)?)))
                    .collect()
            })
            .unwrap_or_default();
        let located = |id| located.get(&id);
        if let (Some((row, _)), Some((new_row, incident))) = (&moved.removed, inserted)
            && *row == new_row
            && self.replace_in_place(new_row, incident, located)
        {
            return;
        }
        if let Some((row, old)) = &moved.removed {
            self.remove_row(*row, old);
        }
        if let Some((row, incident)) = inserted {
            self.insert_row(row, incident, located);
        }
        if moved.removed.is_some() || moved.inserted.is_some() {
            // Only the few places unplaced incidents name are looked for, not every place
            // hashed at each coding step.
            self.list_places_without_coordinates(|id| places.iter().any(|p| p.place_id == id));
        }
    }

    /// A row edited where it stands that keeps its spot: its mark is replaced and nothing else
    /// moves (most edits). `false` when the mark comes, goes or changes spot.
    fn replace_in_place<'p>(
        &mut self,
        row: usize,
        incident: &TimelineIncident,
        located: impl Fn(PlaceId) -> Option<&'p Located>,
    ) -> bool {
        let Ok(index) = self.marks.binary_search_by_key(&row, |m| m.row) else {
            return false;
        };
        let Some(mark) = mark_of(row, incident, located) else {
            return false;
        };
        if site_key(mark.at) != site_key(self.marks[index].at) {
            return false;
        }
        let site = self.marks[index].site;
        self.marks[index] = MapMark { site, ..mark };
        true
    }

    fn remove_row(&mut self, row: usize, old: &TimelineIncident) {
        let first_after = self.marks.partition_point(|m| m.row <= row);
        match self.marks.binary_search_by_key(&row, |m| m.row) {
            Ok(index) => {
                let mark = self.marks.remove(index);
                let site = mark.site;
                self.sites[site].marks.retain(|&m| m != index);
                for site in &mut self.sites {
                    let after = site.marks.partition_point(|&m| m < index);
                    site.marks[after..].iter_mut().for_each(|m| *m -= 1);
                }
                if self.sites[site].marks.is_empty() {
                    self.sites.remove(site);
                    for mark in &mut self.marks {
                        if mark.site > site {
                            mark.site -= 1;
                        }
                    }
                }
                self.marks[index..].iter_mut().for_each(|m| m.row -= 1);
            }
            Err(_) => {
                self.count_unplaced(old, -1);
                self.marks[first_after..]
                    .iter_mut()
                    .for_each(|m| m.row -= 1);
            }
        }
    }

    fn insert_row<'p>(
        &mut self,
        row: usize,
        incident: &TimelineIncident,
        located: impl Fn(PlaceId) -> Option<&'p Located>,
    ) {
        let index = self.marks.partition_point(|m| m.row < row);
        self.marks[index..].iter_mut().for_each(|m| m.row += 1);
        let Some(mut mark) = mark_of(row, incident, located) else {
            self.count_unplaced(incident, 1);
            return;
        };
        for site in &mut self.sites {
            let after = site.marks.partition_point(|&m| m < index);
            site.marks[after..].iter_mut().for_each(|m| *m += 1);
        }
        let key = site_key(mark.at);
        mark.site = match self.sites.binary_search_by_key(&key, |s| site_key(s.at)) {
            Ok(site) => {
                let at = self.sites[site].marks.partition_point(|&m| m < index);
                self.sites[site].marks.insert(at, index);
                site
            }
            Err(site) => {
                for other in &mut self.marks {
                    if other.site >= site {
                        other.site += 1;
                    }
                }
                self.sites.insert(
                    site,
                    Site {
                        at: mark.at,
                        marks: vec![index],
                    },
                );
                site
            }
        };
        self.marks.insert(index, mark);
    }

    fn count_unplaced(&mut self, incident: &TimelineIncident, by: isize) {
        self.unplaced = self.unplaced.saturating_add_signed(by);
        if let Some(place) = incident.place_id {
            let count = self.unplaced_at.entry(place).or_default();
            *count = count.saturating_add_signed(by);
            if *count == 0 {
                self.unplaced_at.remove(&place);
            }
        }
    }

    /// Only places that exist but lack coordinates can be opened and fixed.
    fn list_places_without_coordinates(&mut self, exists: impl Fn(PlaceId) -> bool) {
        self.places_without_coordinates = self
            .unplaced_at
            .keys()
            .copied()
            .filter(|id| exists(*id))
            .collect();
    }
}

/// The mark of an incident at timeline row `row`, when its place has coordinates.
fn mark_of<'p>(
    row: usize,
    incident: &TimelineIncident,
    located: impl Fn(PlaceId) -> Option<&'p Located>,
) -> Option<MapMark> {
    let place = located(incident.place_id?)?;
    // The incident's own precision overrides its place's.
    let precision = incident.geo_precision.unwrap_or(place.precision);
    let launch = incident.launch_place_id.and_then(&located).map(|l| l.at);
    Some(MapMark {
        row,
        at: place.at,
        lon_lat: place.lon_lat,
        launch,
        extent: extent(place, precision),
        site: 0,
    })
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
        let mut spots: Vec<Vec<usize>> = data.sites.iter().map(|s| s.marks.clone()).collect();
        spots.sort();
        assert_eq!(spots, [vec![0, 3, 4], vec![1], vec![2]]);
    }

    /// The marks kept current row by row equal the marks read afresh, whatever the rows do:
    /// move in time, change place, leave, come, lose their coordinates, open a spot or close one.
    #[test]
    fn marks_that_follow_each_row_equal_marks_built_afresh() {
        use crate::timeline::data::TimelineData;
        let places = [
            place("Base", Some("Anbar"), Some((42.44, 33.80)), Some(1)),
            place("Same spot", None, Some((42.44, 33.80)), Some(2)),
            place("Town", None, Some((42.83, 33.64)), Some(2)),
            place("Province", Some("Anbar"), Some((42.0, 33.0)), Some(4)),
            place("Far", None, Some((44.4, 33.3)), Some(1)),
            place("Nowhere", None, None, None),
        ];
        let unknown = Place::named("not in the codebook").place_id;
        let mut rng = fastrand::Rng::with_seed(7);
        let random_row = |rng: &mut fastrand::Rng, id| {
            let mut row = incident(rng.i8(1..=28), Some("rocket"));
            row.incident_id = id;
            row.place_id = match rng.usize(..=places.len() + 1) {
                n if n < places.len() => Some(places[n].place_id),
                n if n == places.len() => Some(unknown),
                _ => None,
            };
            row.launch_place_id = rng
                .bool()
                .then(|| places[rng.usize(..places.len())].place_id);
            row.geo_precision = rng.bool().then(|| rng.u8(1..=7));
            row
        };
        let rows: Vec<TimelineIncident> = (0..20)
            .map(|_| random_row(&mut rng, crate::model::IncidentId::new()))
            .collect();
        let mut ids: Vec<_> = rows.iter().map(|r| r.incident_id).collect();
        let mut timeline = TimelineData::new(rows, Vec::new(), Default::default());
        timeline
            .incidents
            .sort_by_key(|i| (i.date_start, i.incident_id));
        let mut timeline = TimelineData::new(timeline.incidents, Vec::new(), Default::default());
        let mut map = MapData::new(&timeline.incidents, &places, basemap());
        for step in 0..400 {
            let id = match rng.u8(..10) {
                0 => {
                    let id = crate::model::IncidentId::new();
                    ids.push(id);
                    id
                }
                _ => ids[rng.usize(..ids.len())],
            };
            let row = (rng.u8(..6) > 0).then(|| random_row(&mut rng, id));
            let moved = timeline.replace(id, row);
            map.follow(&moved, &timeline.incidents, &places, basemap());
            assert_eq!(
                map,
                MapData::new(&timeline.incidents, &places, basemap()),
                "step {step}"
            );
        }
        assert!(map.sites.len() > 1 && map.unplaced > 0);
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
