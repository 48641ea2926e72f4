//! The exports, read back by what the field reads them with.

use std::path::{Path, PathBuf};

use spanline::export::{Format, export_project};
use spanline::store::{Project, articles};

const SAMPLE: &str = "sample_db/spanline-sample.db";

/// The sample, opened from a private copy (opening the committed file could upgrade it).
fn sample(dir: &Path) -> Project {
    let copy = dir.join("sample-copy.db");
    if !copy.exists() {
        std::fs::copy(SAMPLE, &copy).expect("copies the sample");
    }
    Project::open(&copy, "test.analyst").expect("sample opens")
}

fn export(dir: &Path, format: Format) -> PathBuf {
    let project = sample(dir);
    let path = dir.join(format.file_name().1);
    export_project(project.conn(), format, &path).expect("exported");
    path
}

#[test]
fn the_acled_csv_has_acleds_exact_header_and_one_row_per_dated_incident() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut reader = csv::Reader::from_path(export(dir.path(), Format::Acled)).expect("csv");
    let header: Vec<String> = reader
        .headers()
        .expect("header")
        .iter()
        .map(str::to_owned)
        .collect();
    let expected = "event_id_cnty, event_date, year, time_precision, disorder_type, event_type, \
        sub_event_type, actor1, assoc_actor_1, inter1, actor2, assoc_actor_2, inter2, interaction, \
        civilian_targeting, iso, region, country, admin1, admin2, admin3, location, latitude, \
        longitude, geo_precision, source, source_scale, notes, fatalities, tags, timestamp";
    let expected: Vec<&str> = expected.split(", ").collect();
    assert_eq!(header, expected);
    let rows: Vec<csv::StringRecord> = reader.records().collect::<Result<_, _>>().expect("rows");
    assert_eq!(rows.len(), 25, "every sample incident is dated");
    let k1 = rows
        .iter()
        .find(|r| &r[27] == "Rockets on K1 kill a US contractor [one US contractor killed; several US and Iraqi personnel wounded]")
        .expect("K1 row");
    assert_eq!(&k1[1], "2019-12-27");
    assert_eq!(&k1[5], "Explosions/Remote violence");
    assert_eq!(&k1[6], "Shelling/artillery/missile attack");
    assert_eq!(&k1[7], "Kata'ib Hezbollah");
    assert_eq!(&k1[15], "368", "ISO numeric for Iraq");
    assert_eq!((&k1[22], &k1[23]), ("35.5000", "44.3000"));
    assert_eq!(&k1[28], "1", "fatalities");
    // Sources: each outlet once, and the outlets' reach as ACLED names it.
    assert_eq!(&k1[25], "Spanline sample brief");
    assert_eq!(&k1[26], "International", "the December brief reports it");
    let scales = [
        "Local",
        "Subnational",
        "National",
        "Regional",
        "International",
    ];
    for row in &rows {
        assert!(
            row[26].split('-').all(|s| scales.contains(&s)),
            "{:?}",
            &row[26]
        );
    }
    assert!(
        rows.iter().any(|r| r[26].contains('-')),
        "an incident reported by outlets of two reaches names both"
    );
}

#[test]
fn the_ucdp_and_gtd_csvs_carry_their_columns_and_codes() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut ucdp = csv::Reader::from_path(export(dir.path(), Format::Ucdp)).expect("csv");
    assert_eq!(
        ucdp.headers().expect("header"),
        spanline::export::ucdp::HEADER.as_slice()
    );
    let rows: Vec<csv::StringRecord> = ucdp.records().collect::<Result<_, _>>().expect("rows");
    let date_prec = ucdp
        .headers()
        .expect("h")
        .iter()
        .position(|h| h == "date_prec")
        .expect("col");
    assert!(rows.iter().all(|r| ("1"..="5").contains(&&r[date_prec])));

    let mut gtd = csv::Reader::from_path(export(dir.path(), Format::Gtd)).expect("csv");
    let header = gtd.headers().expect("header").clone();
    for column in [
        "iyear",
        "imonth",
        "iday",
        "attacktype1",
        "weaptype1",
        "targtype1",
        "gname",
        "nkill",
        "scite1",
    ] {
        assert!(header.iter().any(|h| h == column), "{column}");
    }
    let rows: Vec<csv::StringRecord> = gtd.records().collect::<Result<_, _>>().expect("rows");
    let col = |name: &str| header.iter().position(|h| h == name).expect("column");
    let k1 = rows
        .iter()
        .find(|r| r[col("summary")].starts_with("Rockets on K1"))
        .expect("K1");
    assert_eq!(&k1[col("attacktype1")], "3", "Bombing/Explosion");
    assert_eq!(&k1[col("weapsubtype1")], "11", "Projectile (rockets…)");
    assert_eq!(&k1[col("targtype1")], "4", "Military");
    assert!(
        !Format::Gtd.not_mapped().is_empty(),
        "what could not be mapped is listed"
    );
}

#[test]
fn the_geojson_parses_with_the_geojson_crate_and_places_points_at_their_coordinates() {
    let dir = tempfile::tempdir().expect("temp dir");
    let text = std::fs::read_to_string(export(dir.path(), Format::Geojson)).expect("read");
    let parsed: geojson::GeoJson = text.parse().expect("valid GeoJSON");
    let geojson::GeoJson::FeatureCollection(collection) = parsed else {
        panic!("a FeatureCollection");
    };
    assert_eq!(collection.features.len(), 25);
    let k1 = collection
        .features
        .iter()
        .find(|f| {
            f.property("summary").and_then(|s| s.as_str())
                == Some("Rockets on K1 kill a US contractor")
        })
        .expect("K1 feature");
    let geometry = k1.geometry.as_ref().expect("placed");
    assert_eq!(
        geometry.value,
        geojson::Value::Point(vec![44.3, 35.5]),
        "longitude first"
    );
    let feature = |summary: &str| {
        collection
            .features
            .iter()
            .find(|f| f.property("summary").and_then(|s| s.as_str()) == Some(summary))
            .unwrap_or_else(|| panic!("{summary}"))
    };
    assert_eq!(
        k1.property("precision_radius_km"),
        Some(&serde_json::Value::Null),
        "exact"
    );
    let sources = k1
        .property("sources")
        .and_then(|s| s.as_array())
        .expect("sources");
    assert!(
        sources.iter().all(|s| s["grade"].as_str() == Some("A2")),
        "each source with its Admiralty grade: {sources:?}"
    );
    let babil = feature("Roadside bomb on the Hawali road towards Babil");
    assert_eq!(
        babil
            .property("precision_radius_km")
            .and_then(|v| v.as_f64()),
        Some(50.0)
    );
    // Known only to the province: the province and its centre, for a GIS to draw.
    let western = feature("At least 14 rockets on an air base in western Iraq");
    assert_eq!(
        western.property("geo_precision").and_then(|v| v.as_u64()),
        Some(4)
    );
    assert_eq!(
        western.property("province").and_then(|v| v.as_str()),
        Some("Anbar")
    );
    let centre = western
        .property("province_centroid")
        .and_then(|v| v.as_array())
        .expect("centre");
    let (lon, lat) = (
        centre[0].as_f64().expect("lon"),
        centre[1].as_f64().expect("lat"),
    );
    assert!(
        (40.0..44.0).contains(&lon) && (31.0..35.0).contains(&lat),
        "{lon}, {lat}"
    );
    assert_eq!(k1.property("province"), Some(&serde_json::Value::Null));
}

#[test]
fn the_web_annotations_refind_every_quote_by_position_and_by_quote() {
    let dir = tempfile::tempdir().expect("temp dir");
    let text = std::fs::read_to_string(export(dir.path(), Format::W3c)).expect("read");
    let json: serde_json::Value = serde_json::from_str(&text).expect("JSON-LD");
    assert_eq!(json["@context"], "http://www.w3.org/ns/anno.jsonld");
    let project = sample(dir.path());
    let texts: std::collections::HashMap<String, String> = articles::all(project.conn(), true)
        .expect("articles")
        .into_iter()
        .map(|a| (spanline::export::w3c::article_iri(a.article_id), a.text))
        .collect();
    let items = json["first"]["items"].as_array().expect("items");
    assert_eq!(items.len(), 88);
    assert_eq!(
        json["total"], 88,
        "the total counts the annotations written"
    );
    // Every sample source is graded: each annotation carries its source's Admiralty grade.
    for item in items {
        let bodies = item["body"].as_array().expect("bodies");
        let grading = bodies
            .iter()
            .find(|b| b["purpose"] == "assessing")
            .expect("a grading body");
        let value = grading["value"].as_str().expect("text");
        assert!(value.starts_with("Admiralty grade "), "{value}");
    }
    for item in items {
        let target = &item["target"];
        let text = &texts[target["source"].as_str().expect("source")];
        let selectors = target["selector"].as_array().expect("selectors");
        let position = selectors
            .iter()
            .find(|s| s["type"] == "TextPositionSelector")
            .expect("position");
        let quote = selectors
            .iter()
            .find(|s| s["type"] == "TextQuoteSelector")
            .expect("quote");
        let (start, end) = (
            position["start"].as_u64().expect("start") as usize,
            position["end"].as_u64().expect("end") as usize,
        );
        let by_position: String = text.chars().skip(start).take(end - start).collect();
        assert_eq!(by_position, quote["exact"].as_str().expect("exact"));
        // By quote alone, as a reader would if the offsets had drifted.
        let anchored = format!(
            "{}{}{}",
            quote["prefix"].as_str().expect("prefix"),
            quote["exact"].as_str().expect("exact"),
            quote["suffix"].as_str().expect("suffix")
        );
        assert!(
            text.contains(&anchored),
            "{anchored:?} is found in its article"
        );
    }
}

#[test]
fn the_command_line_exports_and_fails_clearly() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("acled.csv");
    let run = |args: &[&str]| {
        std::process::Command::new(env!("CARGO_BIN_EXE_spanline"))
            .args(args)
            .output()
            .expect("runs")
    };
    let ok = run(&[
        "export",
        SAMPLE,
        "--format",
        "acled",
        "-o",
        out.to_str().expect("utf-8"),
    ]);
    assert!(
        ok.status.success(),
        "{}",
        String::from_utf8_lossy(&ok.stderr)
    );
    assert!(String::from_utf8_lossy(&ok.stdout).contains("wrote 25 incidents"));
    assert!(String::from_utf8_lossy(&ok.stderr).contains("not mapped: actor2"));
    let missing = run(&[
        "export",
        "no-such.db",
        "--format",
        "json",
        "-o",
        out.to_str().expect("utf-8"),
    ]);
    assert!(!missing.status.success());
    assert!(String::from_utf8_lossy(&missing.stderr).contains("no-such.db"));
    let help = run(&["export", "--help"]);
    assert!(String::from_utf8_lossy(&help.stdout).contains("acled"));
}

#[test]
fn an_acled_csv_imports_as_incidents_once() {
    let dir = tempfile::tempdir().expect("temp dir");
    let exported = export(dir.path(), Format::Acled);
    let target = dir.path().join("fresh.db");
    let run = |args: &[&str]| {
        std::process::Command::new(env!("CARGO_BIN_EXE_spanline"))
            .args(args)
            .output()
            .expect("runs")
    };
    let (target_arg, csv_arg) = (
        target.to_str().expect("utf-8"),
        exported.to_str().expect("utf-8"),
    );
    let first = run(&["import", target_arg, csv_arg]);
    assert!(
        first.status.success(),
        "{}",
        String::from_utf8_lossy(&first.stderr)
    );
    assert!(String::from_utf8_lossy(&first.stdout).contains("imported 25 incident(s)"));
    let again = run(&["import", target_arg, csv_arg]);
    assert!(
        String::from_utf8_lossy(&again.stdout).contains("imported 0 incident(s)"),
        "tagged rows are not imported twice"
    );

    let project = Project::open(&target, "test.analyst").expect("opens");
    let incidents = spanline::store::incidents::all(project.conn()).expect("incidents");
    assert_eq!(incidents.len(), 25);
    let k1 = incidents
        .iter()
        .find(|i| i.summary.starts_with("Rockets on K1"))
        .expect("K1 came back");
    assert_eq!(k1.date_start, Some(jiff::civil::date(2019, 12, 27)));
    assert_eq!(
        k1.event_type.as_deref(),
        Some("explosions_remote_violence"),
        "label matched to our key"
    );
    assert_eq!(k1.killed.best, Some(1));
    let actor = spanline::store::actors::get(project.conn(), k1.perpetrator_id.expect("actor"))
        .expect("reads")
        .expect("exists");
    assert_eq!(
        actor.name, "Kata'ib Hezbollah",
        "matched to the default actor, not added"
    );
}

#[test]
fn a_csv_that_is_not_acled_shaped_is_refused_and_bad_rows_are_named() {
    use spanline::import::acled::{Known, read};
    let known = Known {
        actors: Vec::new(),
        places: Vec::new(),
        terms: Vec::new(),
        tags: Default::default(),
    };
    let stamp = spanline::model::Stamp::now("test.analyst");
    let error = read("name,age\nx,1\n".as_bytes(), &known, &stamp)
        .err()
        .expect("refused");
    assert!(
        error.to_string().contains("no event_date column"),
        "{error}"
    );
    let csv = "event_date,notes,fatalities\n2020-07-23,ok,2\nyesterday,bad date,1\n23 July 2020,old style,x\n";
    let imported = read(csv.as_bytes(), &known, &stamp).expect("reads");
    assert_eq!(imported.incidents, 2);
    assert_eq!(imported.skipped.len(), 1);
    assert_eq!(imported.skipped[0].0, 3, "the line of the bad row");
}

#[test]
fn spreadsheet_exports_never_carry_a_formula_from_project_data() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("p.db");
    std::fs::copy(SAMPLE, &path).expect("copy");
    let mut project = Project::open(&path, "test.analyst").expect("opens");
    // Every actor and place renamed, and every summary rewritten, as a hostile sender would.
    let mut edits = Vec::new();
    for mut actor in spanline::store::actors::all(project.conn()).expect("actors") {
        actor.name = format!("=HYPERLINK(\"http://x\",\"{}\")", actor.name);
        edits.push(spanline::edit::Edit::Put(spanline::model::Record::from(
            actor,
        )));
    }
    for mut place in spanline::store::places::all(project.conn()).expect("places") {
        place.name = format!("@SUM(1+{})", place.name);
        edits.push(spanline::edit::Edit::Put(spanline::model::Record::from(
            place,
        )));
    }
    for mut incident in spanline::store::incidents::all(project.conn()).expect("incidents") {
        incident.summary = format!("+cmd|' /C calc'!A0 {}", incident.summary);
        edits.push(spanline::edit::Edit::Put(
            spanline::model::Record::Incident(Box::new(incident)),
        ));
    }
    project
        .run(spanline::edit::Change::new("hostile names", edits))
        .expect("stored");
    for format in [Format::Acled, Format::Ucdp, Format::Gtd] {
        let out = dir.path().join(format.file_name().1);
        export_project(project.conn(), format, &out).expect("exported");
        let mut reader = csv::Reader::from_path(&out).expect("csv");
        let mut cells = 0;
        for row in reader.records() {
            for cell in row.expect("row").iter() {
                cells += 1;
                let formula = cell.starts_with(['=', '+', '@'])
                    || (cell.starts_with('-') && cell.parse::<f64>().is_err());
                assert!(!formula, "{format:?} wrote the formula {cell:?}");
            }
        }
        assert!(cells > 100, "{format:?} wrote rows");
    }
}

/// Runs the command line in `dir` (so relative spellings of a path can be tried).
fn run_in(dir: &Path, args: &[&str]) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_spanline"))
        .current_dir(dir)
        .args(args)
        .output()
        .expect("runs")
}

#[test]
fn no_output_is_ever_written_over_the_project_or_a_file_that_is_not_a_regular_one() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::copy(SAMPLE, dir.path().join("p.db")).expect("copies the sample");
    std::fs::create_dir(dir.path().join("sub")).expect("sub folder");
    let before = std::fs::read(dir.path().join("p.db")).expect("reads");
    let attempts: [&[&str]; 7] = [
        &["export", "p.db", "--format", "json", "-o", "p.db"],
        &["export", "p.db", "--format", "acled", "-o", "./sub/../p.db"],
        &["agreement", "p.db", "p.db", "-o", "p.db"],
        &["copy", "p.db", "./p.db", "--without-texts"],
        &["copy", "p.db", "sub/../p.db"],
        &["export", "p.db", "--format", "acled", "-o", "p.db-journal"],
        &["export", "p.db", "--format", "acled", "-o", "/dev/null"],
    ];
    for args in attempts {
        let out = run_in(dir.path(), args);
        let said = String::from_utf8_lossy(&out.stderr);
        assert!(!out.status.success(), "{args:?} succeeded");
        assert!(
            said.contains("choose another name") || said.contains("not a regular file"),
            "{args:?}: {said}"
        );
        assert_eq!(
            std::fs::read(dir.path().join("p.db")).expect("the project is still there"),
            before,
            "{args:?} changed the project"
        );
    }
    assert!(!dir.path().join("p.db-journal").exists());
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt as _;
        let null = std::fs::metadata("/dev/null").expect("/dev/null");
        assert!(null.file_type().is_char_device(), "/dev/null is intact");
        let made = std::process::Command::new("mkfifo")
            .arg(dir.path().join("pipe"))
            .status();
        if made.is_ok_and(|s| s.success()) {
            let out = run_in(
                dir.path(),
                &["export", "p.db", "-f", "geojson", "-o", "pipe"],
            );
            assert!(!out.status.success());
            assert!(String::from_utf8_lossy(&out.stderr).contains("named pipe"));
            let kind = std::fs::symlink_metadata(dir.path().join("pipe")).expect("pipe");
            assert!(kind.file_type().is_fifo(), "the FIFO is still a FIFO");
        }
    }
    // A hard link to the project is the project.
    std::fs::hard_link(dir.path().join("p.db"), dir.path().join("same.db")).expect("link");
    let out = run_in(dir.path(), &["copy", "p.db", "same.db"]);
    assert!(!out.status.success(), "a hard link of the project");
    // Another name is fine.
    let out = run_in(
        dir.path(),
        &["copy", "p.db", "to-send.db", "--without-texts"],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn csv_and_json_imports_refuse_links_devices_and_pipes_without_reading_them() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::copy(SAMPLE, dir.path().join("p.db")).expect("copies the sample");
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink("/dev/zero", dir.path().join("zero.csv")).expect("link");
        std::os::unix::fs::symlink("/dev/zero", dir.path().join("zero.json")).expect("link");
        for name in ["zero.csv", "zero.json"] {
            let out = run_in(dir.path(), &["import", "p.db", name]);
            assert!(!out.status.success(), "{name}");
            assert!(
                String::from_utf8_lossy(&out.stderr).contains("a link to another file"),
                "{}",
                String::from_utf8_lossy(&out.stderr)
            );
        }
        let made = std::process::Command::new("mkfifo")
            .arg(dir.path().join("pipe.json"))
            .status();
        if made.is_ok_and(|s| s.success()) {
            // Were the pipe opened, this would wait for a writer for ever.
            let out = run_in(dir.path(), &["import", "p.db", "pipe.json"]);
            assert!(!out.status.success());
            assert!(String::from_utf8_lossy(&out.stderr).contains("not a regular file"));
        }
    }
    let out = run_in(dir.path(), &["import", "p.db", "sub"]);
    assert!(!out.status.success(), "a missing file");
}

#[test]
fn the_acled_csv_names_every_country_as_acled_does() {
    use spanline::edit::{Change, Edit};
    use spanline::model::{Place, Record};
    let dir = tempfile::tempdir().expect("temp dir");
    let mut project = sample(dir.path());
    let mut kismayo = Place::named("Kismayo");
    kismayo.iso3 = Some("SOM".into());
    kismayo.country = Some("Somalia".into());
    let mut congo = Place::named("Beni");
    congo.iso3 = Some("COD".into());
    congo.country = Some("Congo, Democratic Republic of the".into());
    let mut incidents = spanline::store::incidents::all(project.conn()).expect("incidents");
    incidents.sort_by_key(|i| i.summary.clone());
    let (mut first, mut second) = (incidents[0].clone(), incidents[1].clone());
    first.place_id = Some(kismayo.place_id);
    second.place_id = Some(congo.place_id);
    project
        .run(Change::new(
            "incidents moved beyond Iraq",
            vec![
                Edit::Put(Record::from(kismayo)),
                Edit::Put(Record::from(congo)),
                Edit::Put(Record::Incident(Box::new(first.clone()))),
                Edit::Put(Record::Incident(Box::new(second.clone()))),
            ],
        ))
        .expect("stored");
    let path = dir.path().join("acled.csv");
    export_project(project.conn(), Format::Acled, &path).expect("exported");
    let rows: Vec<csv::StringRecord> = csv::Reader::from_path(&path)
        .expect("csv")
        .records()
        .collect::<Result<_, _>>()
        .expect("rows");
    let row = |summary: &str| {
        rows.iter()
            .find(|r| r[27].starts_with(summary))
            .expect("the moved incident's row")
    };
    let somali = row(&first.summary);
    assert_eq!(
        (&somali[15], &somali[16], &somali[17]),
        ("706", "Eastern Africa", "Somalia")
    );
    let congolese = row(&second.summary);
    assert_eq!(
        (&congolese[15], &congolese[16], &congolese[17]),
        ("180", "Middle Africa", "Democratic Republic of Congo"),
        "ACLED's name for the country, not the place's"
    );
}
