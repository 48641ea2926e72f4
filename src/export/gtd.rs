//! START GTD-style CSV: the GTD columns (CODEBOOK.md) with GTD's codes where our vocabularies
//! map onto them; a term with no GTD counterpart is exported as GTD's "Unknown".

use std::io::Write;

use super::dataset::{Dataset, Rows};
use super::pipeline::{Failure, Received};
use crate::model::{Attribution, DatePrecision, Incident};

pub const HEADER: [&str; 28] = [
    "eventid",
    "iyear",
    "imonth",
    "iday",
    "approxdate",
    "country_txt",
    "provstate",
    "city",
    "latitude",
    "longitude",
    "attacktype1",
    "attacktype1_txt",
    "weaptype1",
    "weaptype1_txt",
    "weapsubtype1",
    "weapsubtype1_txt",
    "targtype1",
    "targtype1_txt",
    "target1",
    "gname",
    "claimed",
    "claimmode",
    "nkill",
    "nkillus",
    "nwound",
    "nwoundus",
    "summary",
    "scite1",
];

/// GTD columns left empty, and why.
pub const NOT_MAPPED: &[(&str, &str)] = &[
    (
        "claimmode",
        "we record that a group claimed, not how (letter, video, website…)",
    ),
    (
        "nkillus, nwoundus",
        "who was killed or wounded is free text (casualty detail)",
    ),
    (
        "country, region, natlty1 and other numeric codes",
        "GTD's own code lists",
    ),
];

/// GTD attack type from our event and sub-type keys.
fn attack_type(incident: &Incident) -> (i32, &'static str) {
    match (incident.event_type.as_deref(), incident.sub_type.as_deref()) {
        (_, Some("abduction_forced_disappearance")) => (6, "Hostage Taking (Kidnapping)"),
        (_, Some("armed_clash" | "attack")) | (Some("battles"), _) => (2, "Armed Assault"),
        (_, Some("mob_violence")) | (Some("riots"), _) => (7, "Facility/Infrastructure Attack"),
        (Some("explosions_remote_violence"), _) => (3, "Bombing/Explosion"),
        _ => (9, "Unknown"),
    }
}

/// GTD weapon type and sub-type from our weapon key.
fn weapon(key: Option<&str>) -> ((i32, &'static str), Option<(i32, &'static str)>) {
    const EXPLOSIVES: (i32, &str) = (6, "Explosives");
    const PROJECTILE: (i32, &str) = (11, "Projectile (rockets, mortars, RPGs, etc.)");
    match key {
        Some(
            "rocket" | "rocket_107mm" | "rocket_122mm" | "mortar" | "artillery"
            | "ballistic_missile" | "cruise_missile" | "anti_ship_missile" | "manpads" | "rpg",
        ) => (EXPLOSIVES, Some(PROJECTILE)),
        Some("ied") => (EXPLOSIVES, Some((16, "Unknown Explosive Type"))),
        Some("grenade") => (EXPLOSIVES, Some((7, "Grenade"))),
        Some("explosive_boat") => (EXPLOSIVES, Some((15, "Vehicle"))),
        Some("drone") => (EXPLOSIVES, Some((17, "Other Explosive Type"))),
        Some("small_arms") => ((5, "Firearms"), Some((5, "Unknown Gun Type"))),
        _ => ((13, "Unknown"), None),
    }
}

/// GTD target type from our target type key.
fn target_type(key: Option<&str>) -> (i32, &'static str) {
    match key {
        Some("diplomatic_facility") => (7, "Government (Diplomatic)"),
        Some("military_base" | "logistics_convoy" | "naval_vessel") => (4, "Military"),
        Some("commercial_ship") => (11, "Maritime"),
        Some("airport") => (6, "Airports & Aircraft"),
        Some("civilian_area") => (14, "Private Citizens & Property"),
        _ => (20, "Unknown"),
    }
}

/// Writes one row per dated incident; returns how many were written and
/// how many left out for having no date.
pub fn write(
    out: impl Write,
    data: &Dataset,
    incidents: &mut Received<Incident>,
) -> Result<Rows, Failure> {
    super::dataset::write_dated_rows(out, HEADER, incidents, |incident, start| {
        // GTD writes 0 for a month or day it does not know.
        let (month, day) = match incident.date_precision {
            Some(DatePrecision::Year) => (0, 0),
            Some(DatePrecision::Month) => (start.month(), 0),
            _ => (start.month(), start.day()),
        };
        let approxdate = match incident.date_end {
            Some(end) if end != start => format!("{start} to {end}"),
            _ => String::new(),
        };
        let place = data.place(incident.place_id);
        let (attack, (weapon_type, weapon_sub)) =
            (attack_type(incident), weapon(incident.weapon.as_deref()));
        let target = target_type(incident.target_type.as_deref());
        let claimed = match incident.attribution {
            Some(Attribution::Claimed) => "1",
            Some(_) => "0",
            None => "-9",
        };
        let citation = data.sources_of(incident.incident_id).first().map(|a| {
            let mut parts = vec![
                a.meta.outlet.clone().unwrap_or_default(),
                format!("\"{}\"", a.meta.title),
            ];
            parts.extend(a.meta.published.map(|d| d.to_string()));
            parts.extend(a.meta.url.clone());
            parts.retain(|p| !p.is_empty());
            parts.join(", ")
        });
        [
            incident.incident_id.to_string(),
            start.year().to_string(),
            month.to_string(),
            day.to_string(),
            approxdate,
            place.and_then(|p| p.country.clone()).unwrap_or_default(),
            place.and_then(|p| p.admin1.clone()).unwrap_or_default(),
            place.map(|p| p.name.clone()).unwrap_or_default(),
            super::dataset::coordinate(place.and_then(|p| p.latitude)),
            super::dataset::coordinate(place.and_then(|p| p.longitude)),
            attack.0.to_string(),
            attack.1.to_owned(),
            weapon_type.0.to_string(),
            weapon_type.1.to_owned(),
            weapon_sub.map(|w| w.0.to_string()).unwrap_or_default(),
            weapon_sub.map(|w| w.1.to_owned()).unwrap_or_default(),
            target.0.to_string(),
            target.1.to_owned(),
            incident.target.clone().unwrap_or_default(),
            data.actor(incident.perpetrator_id)
                .map_or("Unknown".to_owned(), |a| a.name.clone()),
            claimed.to_owned(),
            String::new(),
            super::dataset::count(incident.killed.best.or(incident.killed.low)),
            String::new(),
            super::dataset::count(incident.wounded.best.or(incident.wounded.low)),
            String::new(),
            incident.summary.clone(),
            citation.unwrap_or_default(),
        ]
    })
}
