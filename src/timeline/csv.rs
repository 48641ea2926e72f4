//! The incidents the timeline shows, as CSV for spreadsheets and scripts.

use std::io::Write;

use crate::model::spreadsheet::spreadsheet_safe;
use crate::model::{Actor, Place, TimelineIncident};

/// The CSV columns, in order.
pub const HEADER: [&str; 13] = [
    "incident_id",
    "date_start",
    "date_end",
    "event_type",
    "target_type",
    "perpetrator",
    "place",
    "killed",
    "wounded",
    "status",
    "confidence",
    "sources",
    "summary",
];

/// Writes `incidents` as CSV with names (not ids) for actors and places.
pub fn write_csv(
    out: impl Write,
    incidents: &[&TimelineIncident],
    actors: &[Actor],
    places: &[Place],
) -> csv::Result<()> {
    let mut writer = csv::Writer::from_writer(out);
    writer.write_record(HEADER)?;
    for incident in incidents {
        let actor = incident
            .perpetrator_id
            .and_then(|id| actors.iter().find(|a| a.actor_id == id))
            .map(|a| a.name.clone());
        let place = incident
            .place_id
            .and_then(|id| places.iter().find(|p| p.place_id == id))
            .map(|p| p.name.clone());
        let number = |n: Option<u32>| n.map(|n| n.to_string()).unwrap_or_default();
        writer.write_record(
            [
                incident.incident_id.to_string(),
                incident.date_start.to_string(),
                incident.date_end.map(|d| d.to_string()).unwrap_or_default(),
                incident.event_type.clone().unwrap_or_default(),
                incident.target_type.clone().unwrap_or_default(),
                actor.unwrap_or_default(),
                place.unwrap_or_default(),
                number(incident.killed),
                number(incident.wounded),
                incident.status.to_string(),
                incident
                    .confidence
                    .map(|c| c.to_string())
                    .unwrap_or_default(),
                incident.sources.to_string(),
                incident.summary.clone(),
            ]
            .map(spreadsheet_safe),
        )?;
    }
    writer.flush()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::timeline::lanes::tests::incident;

    #[test]
    fn csv_reads_back_with_its_header_and_quoted_text() {
        let mut one = incident(17, Some("explosions_remote_violence"));
        one.summary = "Seven rockets, \"four landed\"".into();
        one.killed = Some(1);
        let mut bytes = Vec::new();
        write_csv(&mut bytes, &[&one], &[], &[]).expect("writes");
        let mut reader = csv::Reader::from_reader(bytes.as_slice());
        let header: Vec<String> = reader
            .headers()
            .expect("header")
            .iter()
            .map(str::to_owned)
            .collect();
        assert_eq!(header, HEADER);
        let rows: Vec<csv::StringRecord> =
            reader.records().collect::<Result<_, _>>().expect("rows");
        assert_eq!(rows.len(), 1);
        assert_eq!(&rows[0][1], "2020-11-17");
        assert_eq!(&rows[0][7], "1");
        assert_eq!(&rows[0][12], "Seven rockets, \"four landed\"");
    }
}
