//! GeoJSON (RFC 7946): one Feature per incident, a Point at its place's coordinates (null
//! geometry where the place has none), the coded fields as properties. Opens in QGIS.
//!
//! How precisely the point is known travels with it: `geo_precision` (UCDP `where_prec`, the
//! incident's own or else its place's), `precision_radius_km` (how far from the point it may
//! be, as the map draws it; null for an exact spot), and for a province-level place (precision
//! 4) the province it stands for, `province`, with that province's centroid as
//! `province_centroid` [lon, lat] from the built-in basemap (where it has the province), so a
//! GIS can draw the province instead of a false point.

use std::io::Write;

use serde_json::{Value, json};

use super::dataset::{Dataset, Rows};
use super::pipeline::{Failure, Received};
use crate::map::World;
use crate::map::basemap::{Region, basemap};
use crate::map::marks::precision_radius_km;
use crate::model::{Incident, Place, Vocabulary};

/// The basemap's province a province-level place stands for: by its province and country
/// names, else the one its coordinates fall in.
fn province_of(place: &Place) -> Option<&'static Region> {
    let map = basemap();
    let named = place.admin1.as_deref().zip(place.iso3.as_deref());
    let index = named
        .and_then(|(name, iso3)| map.province_named(name, iso3))
        .or_else(|| {
            let (lon, lat) = (place.longitude?, place.latitude?);
            map.province_at(World::from_degrees(lon, lat))
        })?;
    map.provinces.get(index)
}

/// Writes the FeatureCollection, a feature at a time as the incidents come; returns how many
/// were written and how many of them have no coordinates.
pub fn write(
    mut out: impl Write,
    data: &Dataset,
    incidents: &mut Received<Incident>,
) -> Result<Rows, Failure> {
    out.write_all(br#"{"type":"FeatureCollection","features":["#)?;
    let mut rows = Rows::default();
    incidents.each(|incident| {
        if rows.written > 0 {
            out.write_all(b",")?;
        }
        rows.written += 1;
        serde_json::to_writer(&mut out, &feature(data, incident, &mut rows.left_out))
            .map_err(std::io::Error::from)
    })?;
    out.write_all(b"]}")?;
    Ok(rows)
}

/// An incident as a Feature; counts it in `without_place` when it has no coordinates.
fn feature(data: &Dataset, incident: &Incident, without_place: &mut usize) -> Value {
    let place = data.place(incident.place_id);
    let geometry = match place.and_then(|p| Some((p.longitude?, p.latitude?))) {
        Some((lon, lat)) => json!({ "type": "Point", "coordinates": [lon, lat] }),
        None => {
            *without_place += 1;
            Value::Null
        }
    };
    let precision = incident
        .geo_precision
        .or(place.and_then(|p| p.geo_precision));
    let province = (precision == Some(4))
        .then(|| place.and_then(province_of))
        .flatten();
    let sources: Vec<Value> = data
        .sources_of(incident.incident_id)
        .iter()
        .map(|a| {
            let grade = a.meta.grade();
            json!({
                "title": a.meta.title,
                "outlet": a.meta.outlet,
                "url": a.meta.url,
                "grade": (!grade.is_empty()).then_some(grade),
            })
        })
        .collect();
    json!({
        "type": "Feature",
        "id": incident.incident_id.to_string(),
        "geometry": geometry,
        "properties": {
            "date_start": incident.date_start.map(|d| d.to_string()),
            "date_end": incident.date_end.map(|d| d.to_string()),
            "date_precision": incident.date_precision.map(|p| p.as_str()),
            "event_type": data.label(Vocabulary::EventType, incident.event_type.as_deref()),
            "sub_type": data.label(Vocabulary::SubType, incident.sub_type.as_deref()),
            "weapon": data.label(Vocabulary::Weapon, incident.weapon.as_deref()),
            "target_type": data.label(Vocabulary::TargetType, incident.target_type.as_deref()),
            "target": incident.target,
            "place": place.map(|p| p.name.as_str()),
            "admin1": place.and_then(|p| p.admin1.as_deref()),
            "country": place.and_then(|p| p.country.as_deref()),
            "geo_precision": precision,
            "precision_radius_km": precision.and_then(precision_radius_km),
            "province": province.map(|p| p.name.as_str()),
            "province_centroid": province.map(|p| [p.centroid.0, p.centroid.1]),
            "perpetrator": data.actor(incident.perpetrator_id).map(|a| a.name.as_str()),
            "attribution": incident.attribution.map(|a| a.as_str()),
            "killed": incident.killed.best,
            "killed_low": incident.killed.low,
            "killed_high": incident.killed.high,
            "wounded": incident.wounded.best,
            "summary": incident.summary,
            "confidence": incident.confidence.map(|c| c.as_str()),
            "status": incident.status.as_str(),
            "sources": sources,
        }
    })
}
