//! ACLED's countries (`assets/acled/countries.tsv`, rebuilt by `assets/acled/build.py` from
//! ACLED's own acledR package): the ISO numeric code, name and region ACLED gives each, by
//! ISO 3166-1 alpha-3 code.

use std::collections::HashMap;
use std::sync::OnceLock;

const COUNTRIES_TSV: &str = include_str!("../../assets/acled/countries.tsv");

/// One country as ACLED's columns name it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AcledCountry {
    /// ISO 3166-1 numeric (ACLED's `iso`; 0 for Kosovo, as ACLED writes it).
    pub iso_numeric: u16,
    /// ACLED's name for the country ("Democratic Republic of Congo").
    pub name: &'static str,
    /// ACLED's region ("Middle East", "Eastern Africa").
    pub region: &'static str,
}

/// The country with ISO3 code `iso3`, if ACLED codes it.
pub fn by_iso3(iso3: &str) -> Option<AcledCountry> {
    static TABLE: OnceLock<HashMap<&'static str, AcledCountry>> = OnceLock::new();
    TABLE
        .get_or_init(|| {
            COUNTRIES_TSV
                .lines()
                .filter(|line| !line.starts_with('#'))
                .filter_map(|line| {
                    let mut columns = line.split('\t');
                    let iso3 = columns.next()?;
                    let iso_numeric = columns.next()?.parse().ok()?;
                    let name = columns.next()?;
                    let region = columns.next()?;
                    Some((
                        iso3,
                        AcledCountry {
                            iso_numeric,
                            name,
                            region,
                        },
                    ))
                })
                .collect()
        })
        .get(iso3)
        .copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_row_of_the_shipped_table_reads() {
        let rows = COUNTRIES_TSV
            .lines()
            .filter(|l| !l.starts_with('#'))
            .count();
        let read = COUNTRIES_TSV
            .lines()
            .filter(|l| !l.starts_with('#'))
            .filter(|l| by_iso3(l.split('\t').next().unwrap_or("")).is_some())
            .count();
        assert_eq!(read, rows);
        assert!(rows > 200, "{rows}");
    }

    #[test]
    fn countries_as_acled_names_them() {
        let somalia = by_iso3("SOM").expect("Somalia");
        assert_eq!(
            (somalia.iso_numeric, somalia.region),
            (706, "Eastern Africa")
        );
        assert_eq!(by_iso3("YEM").map(|c| c.region), Some("Middle East"));
        assert_eq!(
            by_iso3("COD").map(|c| c.name),
            Some("Democratic Republic of Congo")
        );
        assert_eq!(by_iso3("XXX"), None);
    }
}
