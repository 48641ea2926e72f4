//! The `incidents` table and its tags.

use std::sync::LazyLock;

use rusqlite::{Connection, Row, named_params, params};

use super::codec;
use super::error::StoreResult;
use super::records::Stored;
use crate::model::{
    Attribution, Confidence, DatePrecision, Incident, IncidentId, IncidentSummary, Status,
    TimelineIncident, Vocabulary,
};

const COLUMNS: &str = "incident_id, date_start, date_end, date_precision, time_of_day,
    event_type, sub_type, weapon,
    munitions_low, munitions_best, munitions_high, impacted_low, impacted_best, impacted_high,
    intercepted_low, intercepted_best, intercepted_high,
    target_type, target, place_id, launch_place_id, geo_precision,
    perpetrator_id, attribution, attributed_by,
    killed_low, killed_best, killed_high, wounded_low, wounded_best, wounded_high,
    casualty_detail, summary, notes, confidence, status,
    created_at, created_by, updated_at, updated_by";

/// `INSERT … ON CONFLICT DO UPDATE` over every column, with a `:column` parameter for each:
/// written out from `COLUMNS` so that a new column can never be left out of the update.
static UPSERT: LazyLock<String> = LazyLock::new(|| {
    let columns: Vec<&str> = COLUMNS.split(',').map(str::trim).collect();
    let values: Vec<String> = columns.iter().map(|c| format!(":{c}")).collect();
    let updates: Vec<String> = columns[1..]
        .iter()
        .map(|c| format!("{c} = excluded.{c}"))
        .collect();
    format!(
        "INSERT INTO incidents ({}) VALUES ({}) ON CONFLICT (incident_id) DO UPDATE SET {}",
        columns.join(", "),
        values.join(", "),
        updates.join(", ")
    )
});

fn from_row(row: &Row<'_>) -> StoreResult<Incident> {
    let estimate = |first: usize, what: &str| {
        codec::estimate(
            row.get(first)?,
            row.get(first + 1)?,
            row.get(first + 2)?,
            what,
        )
    };
    Ok(Incident {
        incident_id: codec::parse_at(row, 0, "incident id")?,
        date_start: codec::parse_opt_at(row, 1, "start date")?,
        date_end: codec::parse_opt_at(row, 2, "end date")?,
        date_precision: codec::parse_key_opt_at(row, 3, "date precision", DatePrecision::parse)?,
        time_of_day: row.get(4)?,
        event_type: row.get(5)?,
        sub_type: row.get(6)?,
        weapon: row.get(7)?,
        munitions: estimate(8, "munitions count")?,
        impacted: estimate(11, "impacted count")?,
        intercepted: estimate(14, "intercepted count")?,
        target_type: row.get(17)?,
        target: row.get(18)?,
        place_id: codec::parse_opt_at(row, 19, "place id")?,
        launch_place_id: codec::parse_opt_at(row, 20, "launch place id")?,
        geo_precision: codec::small(row.get(21)?, "geo precision")?,
        perpetrator_id: codec::parse_opt_at(row, 22, "perpetrator id")?,
        attribution: codec::parse_key_opt_at(row, 23, "attribution", Attribution::parse)?,
        attributed_by: row.get(24)?,
        killed: estimate(25, "killed count")?,
        wounded: estimate(28, "wounded count")?,
        casualty_detail: row.get(31)?,
        summary: row.get(32)?,
        notes: row.get(33)?,
        confidence: codec::parse_key_opt_at(row, 34, "confidence", Confidence::parse)?,
        status: codec::parse_key(
            codec::text_at(row, 35, "status")?.unwrap_or_default(),
            "status",
            Status::parse,
        )?,
        tags: Vec::new(),
        created_at: codec::parse_at(row, 36, "creation time")?,
        created_by: row.get(37)?,
        updated_at: codec::parse_at(row, 38, "update time")?,
        updated_by: row.get(39)?,
    })
}

fn tags(conn: &Connection, incident_id: IncidentId) -> StoreResult<Vec<String>> {
    let mut stmt =
        conn.prepare_cached("SELECT tag FROM incident_tags WHERE incident_id = ?1 ORDER BY tag")?;
    let tags = stmt.query_map([incident_id.to_string()], |row| row.get(0))?;
    Ok(tags.collect::<Result<_, _>>()?)
}

pub fn get(conn: &Connection, incident_id: IncidentId) -> StoreResult<Option<Incident>> {
    let sql = format!("SELECT {COLUMNS} FROM incidents WHERE incident_id = ?1");
    let mut stmt = conn.prepare_cached(&sql)?;
    let mut rows = stmt.query([incident_id.to_string()])?;
    let Some(row) = rows.next()? else {
        return Ok(None);
    };
    let mut incident = from_row(row)?;
    incident.tags = tags(conn, incident_id)?;
    Ok(Some(incident))
}

pub fn put(conn: &Connection, incident: &Incident) -> StoreResult<()> {
    put_as(conn, incident, Stored::Maybe)
}

pub(super) fn put_as(conn: &Connection, incident: &Incident, stored: Stored) -> StoreResult<()> {
    let i = incident;
    let text = |value: &Option<String>| value.clone();
    conn.prepare_cached(stored.statement(&UPSERT))?
    .execute(named_params! {
        ":incident_id": i.incident_id.to_string(),
        ":date_start": i.date_start.map(|d| d.to_string()),
        ":date_end": i.date_end.map(|d| d.to_string()),
        ":date_precision": i.date_precision.map(DatePrecision::as_str),
        ":time_of_day": text(&i.time_of_day),
        ":event_type": text(&i.event_type),
        ":sub_type": text(&i.sub_type),
        ":weapon": text(&i.weapon),
        ":munitions_low": i.munitions.low, ":munitions_best": i.munitions.best, ":munitions_high": i.munitions.high,
        ":impacted_low": i.impacted.low, ":impacted_best": i.impacted.best, ":impacted_high": i.impacted.high,
        ":intercepted_low": i.intercepted.low, ":intercepted_best": i.intercepted.best, ":intercepted_high": i.intercepted.high,
        ":target_type": text(&i.target_type),
        ":target": text(&i.target),
        ":place_id": i.place_id.map(|p| p.to_string()),
        ":launch_place_id": i.launch_place_id.map(|p| p.to_string()),
        ":geo_precision": i.geo_precision,
        ":perpetrator_id": i.perpetrator_id.map(|a| a.to_string()),
        ":attribution": i.attribution.map(Attribution::as_str),
        ":attributed_by": text(&i.attributed_by),
        ":killed_low": i.killed.low, ":killed_best": i.killed.best, ":killed_high": i.killed.high,
        ":wounded_low": i.wounded.low, ":wounded_best": i.wounded.best, ":wounded_high": i.wounded.high,
        ":casualty_detail": text(&i.casualty_detail),
        ":summary": i.summary,
        ":notes": i.notes,
        ":confidence": i.confidence.map(Confidence::as_str),
        ":status": i.status.as_str(),
        ":created_at": i.created_at.to_string(),
        ":created_by": i.created_by,
        ":updated_at": i.updated_at.to_string(),
        ":updated_by": i.updated_by,
    })?;
    let incident_id = i.incident_id.to_string();
    if stored == Stored::Maybe {
        conn.prepare_cached("DELETE FROM incident_tags WHERE incident_id = ?1")?
            .execute([&incident_id])?;
    }
    let mut insert_tag = conn
        .prepare_cached("INSERT OR IGNORE INTO incident_tags (incident_id, tag) VALUES (?1, ?2)")?;
    for tag in &i.tags {
        insert_tag.execute(params![incident_id, tag])?;
    }
    Ok(())
}

pub fn delete(conn: &Connection, incident_id: IncidentId) -> StoreResult<()> {
    let id = incident_id.to_string();
    conn.prepare_cached("DELETE FROM incident_tags WHERE incident_id = ?1")?
        .execute([&id])?;
    conn.prepare_cached("DELETE FROM incidents WHERE incident_id = ?1")?
        .execute([&id])?;
    Ok(())
}

/// Every incident with its tags, in date order (undated first): for exports and merging,
/// which need them all. Two queries, not one per incident.
pub fn all(conn: &Connection) -> StoreResult<Vec<Incident>> {
    codec::gather(|take| each(conn, take))
}

/// [`all`], each incident handed to `take` as it is read. Two queries, not one per incident:
/// the tags are read first (they are few beside the incidents).
pub fn each(
    conn: &Connection,
    mut take: impl FnMut(Incident) -> StoreResult<()>,
) -> StoreResult<()> {
    let mut tags: std::collections::HashMap<IncidentId, Vec<String>> = Default::default();
    let mut stmt =
        conn.prepare_cached("SELECT incident_id, tag FROM incident_tags ORDER BY tag")?;
    let mut rows = stmt.query([])?;
    while let Some(row) = rows.next()? {
        let incident_id = codec::parse(&row.get::<_, String>(0)?, "incident id")?;
        tags.entry(incident_id).or_default().push(row.get(1)?);
    }
    drop(rows);
    let sql = format!("SELECT {COLUMNS} FROM incidents ORDER BY date_start, incident_id");
    codec::each(conn, &sql, [], from_row, |mut incident| {
        if let Some(found) = tags.remove(&incident.incident_id) {
            incident.tags = found;
        }
        take(incident)
    })
}

/// The incidents drafted by Spanline and not yet accepted (tagged "proposed").
pub fn proposed_ids(conn: &Connection) -> StoreResult<std::collections::HashSet<IncidentId>> {
    let mut ids = std::collections::HashSet::new();
    codec::each(
        conn,
        "SELECT incident_id FROM incident_tags WHERE tag = 'proposed'",
        [],
        |row| codec::parse_at::<IncidentId>(row, 0, "incident id"),
        |id| {
            ids.insert(id);
            Ok(())
        },
    )?;
    Ok(ids)
}

fn summary_from_row(row: &Row<'_>) -> StoreResult<IncidentSummary> {
    Ok(IncidentSummary {
        incident_id: codec::parse(&row.get::<_, String>(0)?, "incident id")?,
        date_start: codec::date_opt(row.get(1)?, "start date")?,
        event_type: row.get(2)?,
        summary: row.get(3)?,
        status: codec::parse_key(&row.get::<_, String>(4)?, "status", Status::parse)?,
        proposed: row.get::<_, i64>(5)? != 0,
    })
}

/// The columns an incident list reads, the last saying whether the incident is proposed.
const SUMMARY_COLUMNS: &str = "incident_id, date_start, event_type, summary, status,
    EXISTS (SELECT 1 FROM incident_tags t WHERE t.incident_id = incidents.incident_id AND t.tag = 'proposed')";

/// One page of all incidents in date order, undated ones first (they need coding). Walks the
/// date index, so it reads only the rows of the page however large the project.
pub fn page(conn: &Connection, offset: usize, limit: usize) -> StoreResult<Vec<IncidentSummary>> {
    codec::collect(
        conn,
        &format!(
            "SELECT {SUMMARY_COLUMNS} FROM incidents
             ORDER BY date_start, incident_id LIMIT ?1 OFFSET ?2"
        ),
        params![codec::to_sql_int(limit), codec::to_sql_int(offset)],
        summary_from_row,
    )
}

/// The incidents with evidence in one article, in date order.
pub fn for_article(
    conn: &Connection,
    article_id: crate::model::ArticleId,
) -> StoreResult<Vec<IncidentSummary>> {
    codec::collect(
        conn,
        &format!(
            "SELECT {SUMMARY_COLUMNS} FROM incidents
             WHERE incident_id IN (SELECT incident_id FROM evidence WHERE article_id = ?1)
             ORDER BY date_start, incident_id"
        ),
        [article_id.to_string()],
        summary_from_row,
    )
}

/// What the timeline reads of an incident: a light row, with the articles that support it.
/// The timeline row's columns; `{grades}` is replaced by the two best grades of its articles
/// (or by NULLs where the caller fills them in from the articles' grades read once).
const TIMELINE_COLUMNS: &str = "SELECT i.incident_id, i.date_start, i.date_end, i.event_type, i.target_type,
        i.perpetrator_id, i.place_id, i.killed_best, i.wounded_best, i.status,
        i.confidence, i.summary,
        (SELECT group_concat(DISTINCT e.article_id) FROM evidence e WHERE e.incident_id = i.incident_id),
        EXISTS (SELECT 1 FROM incident_tags t WHERE t.incident_id = i.incident_id AND t.tag = 'proposed'),
        i.launch_place_id, i.geo_precision, {grades}
    FROM incidents i";

static TIMELINE_SELECT: LazyLock<String> = LazyLock::new(|| {
    TIMELINE_COLUMNS.replace(
        "{grades}",
        "(SELECT min(a.reliability) FROM evidence e JOIN articles a ON a.article_id = e.article_id
         WHERE e.incident_id = i.incident_id),
        (SELECT min(a.credibility) FROM evidence e JOIN articles a ON a.article_id = e.article_id
         WHERE e.incident_id = i.incident_id)",
    )
});

fn timeline_from_row(row: &Row<'_>) -> StoreResult<TimelineIncident> {
    let count = |value: Option<i64>, what: &str| {
        value
            .map(|v| {
                u32::try_from(v)
                    .map_err(|_| super::error::StoreError::Corrupt(format!("{what} {v}")))
            })
            .transpose()
    };
    Ok(TimelineIncident {
        incident_id: codec::parse(&row.get::<_, String>(0)?, "incident id")?,
        date_start: codec::parse(&row.get::<_, String>(1)?, "start date")?,
        date_end: codec::date_opt(row.get(2)?, "end date")?,
        event_type: row.get(3)?,
        target_type: row.get(4)?,
        perpetrator_id: codec::parse_opt(row.get(5)?, "perpetrator id")?,
        place_id: codec::parse_opt(row.get(6)?, "place id")?,
        launch_place_id: codec::parse_opt(row.get(14)?, "launch place id")?,
        geo_precision: codec::small(row.get(15)?, "geo precision")?,
        killed: count(row.get(7)?, "killed count")?,
        wounded: count(row.get(8)?, "wounded count")?,
        status: codec::parse_key(&row.get::<_, String>(9)?, "status", Status::parse)?,
        confidence: codec::parse_key_opt(row.get(10)?, "confidence", Confidence::parse)?,
        summary: row.get(11)?,
        sources: 0,
        article_ids: row
            .get::<_, Option<String>>(12)?
            .iter()
            .flat_map(|joined| joined.split(','))
            .map(|id| codec::parse(id, "article id"))
            .collect::<StoreResult<_>>()?,
        proposed: row.get::<_, i64>(13)? != 0,
        // 'A' < 'B' and '1' < '2': the smallest is the best grade.
        best_reliability: codec::parse_key_opt(
            row.get(16)?,
            "source reliability",
            crate::model::Reliability::parse,
        )?,
        best_credibility: codec::parse_key_opt(
            row.get(17)?,
            "information credibility",
            crate::model::Credibility::parse,
        )?,
    })
    .map(|mut row: TimelineIncident| {
        row.sources = row.article_ids.len();
        row
    })
}

/// The timeline rows of dated incidents starting in `from..=to` (either end open), in date
/// order: a light row each, with how many articles support it. Walks the date index.
pub fn timeline(
    conn: &Connection,
    from: Option<jiff::civil::Date>,
    to: Option<jiff::civil::Date>,
) -> StoreResult<Vec<TimelineIncident>> {
    let sql = format!(
        // Constant bounds (not `?1 IS NULL OR …`) so that SQLite walks the date index.
        "{}
         WHERE i.date_start >= coalesce(?1, '0000-01-01') AND i.date_start <= coalesce(?2, '9999-12-31')
         ORDER BY i.date_start, i.incident_id",
        *TIMELINE_SELECT
    );
    codec::collect(
        conn,
        &sql,
        params![from.map(|d| d.to_string()), to.map(|d| d.to_string())],
        timeline_from_row,
    )
}

/// One incident's timeline row; `None` when it is gone or has no date.
pub fn timeline_row(
    conn: &Connection,
    incident_id: IncidentId,
) -> StoreResult<Option<TimelineIncident>> {
    let sql = format!(
        "{} WHERE i.incident_id = ?1 AND i.date_start IS NOT NULL",
        *TIMELINE_SELECT
    );
    Ok(codec::collect(conn, &sql, [incident_id.to_string()], timeline_from_row)?.pop())
}

/// Every dated incident's timeline row in date order, as [`timeline`] reads them, but a chunk
/// of `chunk` rows per statement: between chunks SQLite holds no lock, so a write the analyst
/// makes meanwhile never waits long for a read of a million rows. The articles' grades are
/// read once instead of twice per incident. `go_on` hears how many rows are read so far and
/// stops the read (`None`) when it answers false.
pub fn timeline_in_chunks(
    conn: &Connection,
    chunk: usize,
    mut go_on: impl FnMut(usize) -> bool,
) -> StoreResult<Option<Vec<TimelineIncident>>> {
    let grades = article_grades(conn)?;
    let sql = format!(
        "{} WHERE (i.date_start, i.incident_id) > (?1, ?2)
         ORDER BY i.date_start, i.incident_id LIMIT ?3",
        TIMELINE_COLUMNS.replace("{grades}", "NULL, NULL")
    );
    let limit = i64::try_from(chunk.max(1)).unwrap_or(i64::MAX);
    let mut rows: Vec<TimelineIncident> = Vec::new();
    // Where the last chunk stopped, as stored: the next one starts after it.
    let mut after = (String::new(), String::new());
    loop {
        if !go_on(rows.len()) {
            return Ok(None);
        }
        let batch = codec::collect(conn, &sql, params![after.0, after.1, limit], |row| {
            let key = (row.get::<_, String>(1)?, row.get::<_, String>(0)?);
            Ok((key, timeline_from_row(row)?))
        })?;
        let Some(((date, id), _)) = batch.last() else {
            break;
        };
        after = (date.clone(), id.clone());
        let full = batch.len() == chunk.max(1);
        rows.extend(batch.into_iter().map(|(_, mut row)| {
            (row.best_reliability, row.best_credibility) = best_grades(&row.article_ids, &grades);
            row
        }));
        if !full {
            break;
        }
    }
    Ok(Some(rows))
}

type Grades = std::collections::HashMap<
    crate::model::ArticleId,
    (
        Option<crate::model::Reliability>,
        Option<crate::model::Credibility>,
    ),
>;

/// The grades of every graded article.
fn article_grades(conn: &Connection) -> StoreResult<Grades> {
    let graded = codec::collect(
        conn,
        "SELECT article_id, reliability, credibility FROM articles
         WHERE reliability IS NOT NULL OR credibility IS NOT NULL",
        [],
        |row| {
            Ok((
                codec::parse(&row.get::<_, String>(0)?, "article id")?,
                (
                    codec::parse_key_opt(
                        row.get(1)?,
                        "source reliability",
                        crate::model::Reliability::parse,
                    )?,
                    codec::parse_key_opt(
                        row.get(2)?,
                        "information credibility",
                        crate::model::Credibility::parse,
                    )?,
                ),
            ))
        },
    )?;
    Ok(graded.into_iter().collect())
}

/// The best grades among `articles`, as the SQL of [`TIMELINE_SELECT`] finds them.
fn best_grades(
    articles: &[crate::model::ArticleId],
    grades: &Grades,
) -> (
    Option<crate::model::Reliability>,
    Option<crate::model::Credibility>,
) {
    let graded = articles.iter().filter_map(|a| grades.get(a));
    let reliability = graded.clone().filter_map(|g| g.0).min();
    let credibility = graded.filter_map(|g| g.1).min();
    (reliability, credibility)
}

/// A column of `incidents` that refers to another record.
#[derive(Clone, Copy, Debug)]
pub enum Reference {
    Perpetrator,
    Place,
    LaunchPlace,
    /// A term's key in the column of its vocabulary.
    Term(Vocabulary),
}

impl Reference {
    /// The references to a vocabulary's terms; `None` for lists incidents do not refer to
    /// by column (tags).
    pub fn to_term(vocabulary: Vocabulary) -> Option<Self> {
        matches!(
            vocabulary,
            Vocabulary::EventType
                | Vocabulary::SubType
                | Vocabulary::Weapon
                | Vocabulary::TargetType
        )
        .then_some(Reference::Term(vocabulary))
    }
}

/// Incidents that refer to the record `id` through `reference`.
pub fn ids_referencing(
    conn: &Connection,
    reference: Reference,
    id: &str,
) -> StoreResult<Vec<IncidentId>> {
    let column = match reference {
        Reference::Perpetrator => "perpetrator_id",
        Reference::Place => "place_id",
        Reference::LaunchPlace => "launch_place_id",
        Reference::Term(Vocabulary::EventType) => "event_type",
        Reference::Term(Vocabulary::SubType) => "sub_type",
        Reference::Term(Vocabulary::Weapon) => "weapon",
        Reference::Term(Vocabulary::TargetType) => "target_type",
        Reference::Term(Vocabulary::Tag) => return Ok(Vec::new()),
    };
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT incident_id FROM incidents WHERE {column} = ?1"
    ))?;
    let ids = stmt.query_map([id], |row| row.get::<_, String>(0))?;
    ids.map(|id| codec::parse(&id?, "incident id")).collect()
}
