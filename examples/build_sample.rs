//! Builds the sample project from `sample_db/sources/*.txt` and `sample_db/coding.json`, through
//! the same import and edit commands the workbench uses.
//!
//! `cargo run --example build_sample -- sample_db/spanline-sample.db` (the file must not exist).

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;

use anyhow::{Context, Result, anyhow, bail};
use serde::Deserialize;
use spanline::edit::commands;
use spanline::import::import_files;
use spanline::model::{
    ArticleId, ArticleMeta, Attribution, Confidence, ContextEvent, ContextEventId, ContextKind,
    Credibility, DatePrecision, Estimate, Field, Reliability, SourceScale, Span, Stamp, Status,
};
use spanline::store::{Project, actors, articles, incidents, places};

const ANALYST: &str = "sample.analyst";

#[derive(Deserialize)]
struct Coding {
    /// Details set on an article after import, by file name: its outlet and grading.
    #[serde(default)]
    articles: HashMap<String, ArticleDetails>,
    incidents: Vec<CodedIncident>,
    context_events: Vec<CodedContext>,
}

#[derive(Deserialize)]
struct ArticleDetails {
    outlet: Option<String>,
    reliability: Option<String>,
    credibility: Option<String>,
    scale: Option<String>,
}

#[derive(Deserialize)]
struct CodedIncident {
    article: String,
    anchor: String,
    date_start: Option<String>,
    date_end: Option<String>,
    date_precision: Option<String>,
    time_of_day: Option<String>,
    event_type: Option<String>,
    sub_type: Option<String>,
    weapon: Option<String>,
    #[serde(default)]
    munitions: Estimate,
    #[serde(default)]
    impacted: Estimate,
    #[serde(default)]
    intercepted: Estimate,
    target_type: Option<String>,
    target: Option<String>,
    place: Option<String>,
    launch_place: Option<String>,
    geo_precision: Option<u8>,
    perpetrator: Option<String>,
    attribution: Option<String>,
    attributed_by: Option<String>,
    #[serde(default)]
    killed: Estimate,
    #[serde(default)]
    wounded: Estimate,
    casualty_detail: Option<String>,
    summary: String,
    #[serde(default)]
    notes: String,
    confidence: Option<String>,
    status: String,
    #[serde(default)]
    tags: Vec<String>,
    evidence: Vec<CodedEvidence>,
}

#[derive(Deserialize)]
struct CodedEvidence {
    /// Another article than the incident's, for corroboration.
    article: Option<String>,
    quote: String,
    /// A longer phrase to find first when `quote` alone is ambiguous ("9" in a date list).
    within: Option<String>,
    fields: Vec<String>,
}

#[derive(Deserialize)]
struct CodedContext {
    kind: String,
    label: String,
    date_start: String,
    date_end: Option<String>,
    notes: Option<String>,
}

/// Code-point span of `quote` (inside `within`, when given) in `text`.
fn locate(text: &str, quote: &str, within: Option<&str>) -> Result<(usize, usize)> {
    let base = match within {
        Some(phrase) => text
            .find(phrase)
            .ok_or_else(|| anyhow!("{phrase:?} not found"))?,
        None => 0,
    };
    let byte = base
        + text[base..]
            .find(quote)
            .ok_or_else(|| anyhow!("{quote:?} not found"))?;
    let start = text[..byte].chars().count();
    Ok((start, start + quote.chars().count()))
}

fn parse_opt<T>(
    value: &Option<String>,
    parse: fn(&str) -> Option<T>,
    what: &str,
) -> Result<Option<T>> {
    value
        .as_deref()
        .map(|v| parse(v).ok_or_else(|| anyhow!("unknown {what} {v:?}")))
        .transpose()
}

/// A closed-vocabulary value named in `coding.json`, refused when it is no such key.
fn key_of<T>(key: &Option<String>, what: &str, parse: fn(&str) -> Option<T>) -> Result<Option<T>> {
    key.as_deref()
        .map(|k| parse(k).ok_or_else(|| anyhow!("no {what} {k:?}")))
        .transpose()
}

fn main() -> Result<()> {
    let out = PathBuf::from(
        std::env::args()
            .nth(1)
            .context("usage: build_sample OUT.db")?,
    );
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("sample_db");
    let coding: Coding = serde_json::from_str(&std::fs::read_to_string(root.join("coding.json"))?)?;
    let mut sources: Vec<PathBuf> = std::fs::read_dir(root.join("sources"))?
        .map(|entry| entry.map(|e| e.path()))
        .collect::<Result<_, _>>()?;
    sources.sort();

    let mut project = Project::create(&out, ANALYST)?;
    let report = import_files(&mut project, &sources, &AtomicBool::new(false), |_| {})?;
    if !report.failed.is_empty() || !report.duplicates.is_empty() {
        bail!(
            "sources did not import cleanly: {:?} {:?}",
            report.failed,
            report.duplicates
        );
    }
    let mut article_ids: HashMap<String, ArticleId> = HashMap::new();
    for (path, id) in &report.imported {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        article_ids.insert(name, *id);
    }
    for (name, details) in &coding.articles {
        let id = *article_ids.get(name).ok_or_else(|| anyhow!("no {name}"))?;
        let article = articles::get(project.conn(), id)?.context("article")?;
        let meta = ArticleMeta {
            outlet: details.outlet.clone().or(article.meta.outlet.clone()),
            reliability: key_of(&details.reliability, "reliability", Reliability::parse)?,
            credibility: key_of(&details.credibility, "credibility", Credibility::parse)?,
            scale: key_of(&details.scale, "scale", SourceScale::parse)?,
            ..article.meta.clone()
        };
        project.run(commands::edit_article(article, meta))?;
    }
    let actor_ids: HashMap<String, _> = actors::all(project.conn())?
        .into_iter()
        .map(|a| (a.name, a.actor_id))
        .collect();
    let place_ids: HashMap<String, _> = places::all(project.conn())?
        .into_iter()
        .map(|p| (p.name, p.place_id))
        .collect();
    let stamp = Stamp::now(ANALYST);

    for coded in &coding.incidents {
        let article_id = *article_ids
            .get(&coded.article)
            .ok_or_else(|| anyhow!("no {}", coded.article))?;
        let text = articles::get(project.conn(), article_id)?
            .context("article")?
            .text;
        let (start, end) = locate(&text, &coded.anchor, None)?;
        let (change, incident_id) = commands::new_incident_from_span(
            &text,
            Span {
                article_id,
                start,
                end,
            },
            &stamp,
        )?;
        project.run(change)?;

        let mut incident = incidents::get(project.conn(), incident_id)?.context("incident")?;
        incident.date_start = coded.date_start.as_deref().map(str::parse).transpose()?;
        incident.date_end = coded.date_end.as_deref().map(str::parse).transpose()?;
        incident.date_precision =
            parse_opt(&coded.date_precision, DatePrecision::parse, "precision")?;
        incident.time_of_day.clone_from(&coded.time_of_day);
        incident.event_type.clone_from(&coded.event_type);
        incident.sub_type.clone_from(&coded.sub_type);
        incident.weapon.clone_from(&coded.weapon);
        incident.munitions = coded.munitions;
        incident.impacted = coded.impacted;
        incident.intercepted = coded.intercepted;
        incident.target_type.clone_from(&coded.target_type);
        incident.target.clone_from(&coded.target);
        let lookup_place = |name: &Option<String>| {
            name.as_ref()
                .map(|n| {
                    place_ids
                        .get(n)
                        .copied()
                        .ok_or_else(|| anyhow!("no place {n}"))
                })
                .transpose()
        };
        incident.place_id = lookup_place(&coded.place)?;
        incident.launch_place_id = lookup_place(&coded.launch_place)?;
        incident.geo_precision = coded.geo_precision;
        incident.perpetrator_id = coded
            .perpetrator
            .as_ref()
            .map(|n| {
                actor_ids
                    .get(n)
                    .copied()
                    .ok_or_else(|| anyhow!("no actor {n}"))
            })
            .transpose()?;
        incident.attribution = parse_opt(&coded.attribution, Attribution::parse, "attribution")?;
        incident.attributed_by.clone_from(&coded.attributed_by);
        incident.killed = coded.killed;
        incident.wounded = coded.wounded;
        incident.casualty_detail.clone_from(&coded.casualty_detail);
        incident.summary.clone_from(&coded.summary);
        incident.notes.clone_from(&coded.notes);
        incident.confidence = parse_opt(&coded.confidence, Confidence::parse, "confidence")?;
        incident.status = Status::parse(&coded.status).ok_or_else(|| anyhow!("status"))?;
        incident.tags.clone_from(&coded.tags);
        project.run(commands::update_incident(incident, "code incident", &stamp))?;

        for evidence in &coded.evidence {
            let name = evidence.article.as_ref().unwrap_or(&coded.article);
            let evidence_article = *article_ids.get(name).ok_or_else(|| anyhow!("no {name}"))?;
            let evidence_text = articles::get(project.conn(), evidence_article)?
                .context("article")?
                .text;
            let (start, end) = locate(&evidence_text, &evidence.quote, evidence.within.as_deref())?;
            let fields = evidence
                .fields
                .iter()
                .map(|f| Field::parse(f).ok_or_else(|| anyhow!("unknown field {f}")))
                .collect::<Result<Vec<_>>>()?;
            let span = Span {
                article_id: evidence_article,
                start,
                end,
            };
            let (change, _) =
                commands::attach_evidence(incident_id, &evidence_text, span, fields, &stamp)?;
            project.run(change)?;
        }
    }
    for coded in &coding.context_events {
        project.run(commands::put_context_event(ContextEvent {
            context_event_id: ContextEventId::new(),
            kind: ContextKind::parse(&coded.kind).ok_or_else(|| anyhow!("kind"))?,
            label: coded.label.clone(),
            date_start: coded.date_start.parse()?,
            date_end: coded.date_end.as_deref().map(str::parse).transpose()?,
            notes: coded.notes.clone(),
        }))?;
    }
    drop(project);
    // Leave the file compact: the sample is committed and sent around.
    rusqlite::Connection::open(&out)?.execute_batch("VACUUM")?;
    println!(
        "built {} from {} sources and {} incidents",
        out.display(),
        sources.len(),
        coding.incidents.len()
    );
    Ok(())
}
