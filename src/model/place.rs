//! The project gazetteer.

use serde::{Deserialize, Serialize};

use super::ids::PlaceId;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Place {
    pub place_id: PlaceId,
    pub name: String,
    pub admin1: Option<String>,
    pub country: Option<String>,
    /// ISO 3166-1 alpha-3 country code: "IRQ".
    pub iso3: Option<String>,
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
    /// UCDP `where_prec` of these coordinates, 1 (exact) … 7 (country).
    pub geo_precision: Option<u8>,
    pub aliases: Vec<String>,
    pub notes: Option<String>,
}

impl Place {
    /// A new place known only by its name.
    pub fn named(name: impl Into<String>) -> Self {
        Self {
            place_id: PlaceId::new(),
            name: name.into(),
            admin1: None,
            country: None,
            iso3: None,
            latitude: None,
            longitude: None,
            geo_precision: None,
            aliases: Vec::new(),
            notes: None,
        }
    }
}
