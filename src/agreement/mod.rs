//! Agreement between two analysts who coded the same articles: how far their evidence spans
//! coincide (exact and partial F1), and, on the incidents they both coded, how often their
//! categorical values agree (observed agreement, Cohen's kappa, Krippendorff's alpha).
//!
//! Articles are the same article when their texts hash the same. Incidents are paired one to
//! one by how many characters of evidence they share, most first.

pub mod stats;

use std::collections::{HashMap, HashSet};
use std::io::Write;

use crate::model::Snapshot;
use crate::model::{ArticleId, Evidence, Field, Incident, IncidentId};

/// Span agreement in one scope: all spans, or the spans given for one field.
#[derive(Clone, Debug, PartialEq)]
pub struct SpanRow {
    pub scope: String,
    pub ours: usize,
    pub theirs: usize,
    pub exact_matches: usize,
    pub exact_f1: Option<f64>,
    pub partial_f1: Option<f64>,
}

/// Value agreement on one incident field over the matched incidents both coded.
#[derive(Clone, Debug, PartialEq)]
pub struct FieldRow {
    pub field: String,
    pub pairs: usize,
    pub agreement: Option<f64>,
    pub kappa: Option<f64>,
    pub alpha: Option<f64>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Report {
    pub shared_articles: usize,
    pub matched_incidents: usize,
    pub spans: Vec<SpanRow>,
    pub fields: Vec<FieldRow>,
}

/// A span placed in our article numbering.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
struct Placed {
    article: ArticleId,
    start: usize,
    end: usize,
}

fn overlap(a: &Placed, b: &Placed) -> usize {
    if a.article != b.article {
        return 0;
    }
    a.end.min(b.end).saturating_sub(a.start.max(b.start))
}

/// Spans grouped by article: only spans in the same article can overlap.
fn by_article<'a>(
    spans: impl IntoIterator<Item = &'a &'a Placed>,
) -> HashMap<ArticleId, Vec<&'a Placed>> {
    let mut grouped: HashMap<ArticleId, Vec<&Placed>> = HashMap::new();
    for span in spans {
        grouped.entry(span.article).or_default().push(span);
    }
    grouped
}

/// Spans count once per position: a date list given as evidence for ten incidents is one span
/// of text the analyst marked.
fn span_row(scope: &str, ours: &[Placed], theirs: &[Placed]) -> SpanRow {
    let our_set: HashSet<&Placed> = ours.iter().collect();
    let their_set: HashSet<&Placed> = theirs.iter().collect();
    let exact = our_set.intersection(&their_set).count();
    let (ours_by_article, theirs_by_article) = (by_article(&our_set), by_article(&their_set));
    let overlaps_any = |span: &Placed, others: &HashMap<ArticleId, Vec<&Placed>>| {
        others
            .get(&span.article)
            .is_some_and(|same| same.iter().any(|o| overlap(span, o) > 0))
    };
    let partial_ours = our_set
        .iter()
        .filter(|s| overlaps_any(s, &theirs_by_article))
        .count();
    let partial_theirs = their_set
        .iter()
        .filter(|s| overlaps_any(s, &ours_by_article))
        .count();
    SpanRow {
        scope: scope.to_owned(),
        ours: our_set.len(),
        theirs: their_set.len(),
        exact_matches: exact,
        exact_f1: stats::f1(exact, our_set.len(), exact, their_set.len()),
        partial_f1: stats::f1(partial_ours, our_set.len(), partial_theirs, their_set.len()),
    }
}

/// The categorical values compared, as each side's text for an incident.
fn field_values(incident: &Incident, side: &Snapshot) -> [(&'static str, Option<String>); 10] {
    let actor = incident
        .perpetrator_id
        .and_then(|id| side.actors.iter().find(|a| a.actor_id == id))
        .map(|a| a.name.to_lowercase());
    let place = incident
        .place_id
        .and_then(|id| side.places.iter().find(|p| p.place_id == id))
        .map(|p| p.name.to_lowercase());
    [
        ("date_start", incident.date_start.map(|d| d.to_string())),
        ("event_type", incident.event_type.clone()),
        ("sub_type", incident.sub_type.clone()),
        ("weapon", incident.weapon.clone()),
        ("target_type", incident.target_type.clone()),
        ("perpetrator", actor),
        (
            "attribution",
            incident.attribution.map(|a| a.as_str().to_owned()),
        ),
        ("place", place),
        ("killed", incident.killed.best.map(|n| n.to_string())),
        ("wounded", incident.wounded.best.map(|n| n.to_string())),
    ]
}

/// Compares `theirs` with `ours` on the articles both have.
pub fn compare(ours: &Snapshot, theirs: &Snapshot) -> Report {
    let our_by_hash: HashMap<&str, ArticleId> = ours
        .articles
        .iter()
        .map(|a| (a.content_hash.as_str(), a.article_id))
        .collect();
    let their_to_ours: HashMap<ArticleId, ArticleId> = theirs
        .articles
        .iter()
        .filter_map(|a| Some((a.article_id, *our_by_hash.get(a.content_hash.as_str())?)))
        .collect();
    let shared: HashSet<ArticleId> = their_to_ours.values().copied().collect();
    let place = |span: &Evidence, article: ArticleId| Placed {
        article,
        start: span.start,
        end: span.end,
    };
    let our_spans: Vec<(&Evidence, Placed)> = ours
        .evidence
        .iter()
        .filter(|s| shared.contains(&s.article_id))
        .map(|s| (s, place(s, s.article_id)))
        .collect();
    let their_spans: Vec<(&Evidence, Placed)> = theirs
        .evidence
        .iter()
        .filter_map(|s| Some((s, place(s, *their_to_ours.get(&s.article_id)?))))
        .collect();

    let mut spans = vec![span_row(
        "all spans",
        &our_spans.iter().map(|(_, p)| *p).collect::<Vec<_>>(),
        &their_spans.iter().map(|(_, p)| *p).collect::<Vec<_>>(),
    )];
    for field in Field::ALL {
        let of = |side: &[(&Evidence, Placed)]| -> Vec<Placed> {
            side.iter()
                .filter(|(s, _)| s.fields.contains(field))
                .map(|(_, p)| *p)
                .collect()
        };
        let (o, t) = (of(&our_spans), of(&their_spans));
        if !(o.is_empty() && t.is_empty()) {
            spans.push(span_row(&format!("{field} spans"), &o, &t));
        }
    }

    // Pair incidents by shared evidence characters, most first, one to one.
    let mut theirs_by_article: HashMap<ArticleId, Vec<&(&Evidence, Placed)>> = HashMap::new();
    for span in &their_spans {
        theirs_by_article
            .entry(span.1.article)
            .or_default()
            .push(span);
    }
    let mut shared_chars: HashMap<(IncidentId, IncidentId), usize> = HashMap::new();
    for (ours_span, o) in &our_spans {
        let same_article = theirs_by_article.get(&o.article).into_iter().flatten();
        for (theirs_span, t) in same_article {
            let chars = overlap(o, t);
            if chars > 0 {
                *shared_chars
                    .entry((ours_span.incident_id, theirs_span.incident_id))
                    .or_default() += chars;
            }
        }
    }
    let mut candidates: Vec<((IncidentId, IncidentId), usize)> = shared_chars.into_iter().collect();
    candidates.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let (mut taken_ours, mut taken_theirs) = (HashSet::new(), HashSet::new());
    let mut matched = Vec::new();
    for ((o, t), _) in candidates {
        if !taken_ours.contains(&o) && !taken_theirs.contains(&t) {
            taken_ours.insert(o);
            taken_theirs.insert(t);
            matched.push((o, t));
        }
    }
    let our_incidents: HashMap<IncidentId, &Incident> =
        ours.incidents.iter().map(|i| (i.incident_id, i)).collect();
    let their_incidents: HashMap<IncidentId, &Incident> = theirs
        .incidents
        .iter()
        .map(|i| (i.incident_id, i))
        .collect();
    let mut by_field: Vec<(&'static str, Vec<(String, String)>)> = Vec::new();
    for (o, t) in &matched {
        let (Some(o), Some(t)) = (our_incidents.get(o), their_incidents.get(t)) else {
            continue;
        };
        for ((name, ours_value), (_, theirs_value)) in field_values(o, ours)
            .into_iter()
            .zip(field_values(t, theirs))
        {
            let slot = match by_field.iter().position(|(n, _)| *n == name) {
                Some(slot) => slot,
                None => {
                    by_field.push((name, Vec::new()));
                    by_field.len() - 1
                }
            };
            if let (Some(a), Some(b)) = (ours_value, theirs_value) {
                by_field[slot].1.push((a, b));
            }
        }
    }
    // The source grading is coded per article, not per incident: pair the shared articles.
    let our_articles: HashMap<ArticleId, &crate::model::ArticleMeta> = ours
        .articles
        .iter()
        .map(|a| (a.article_id, &a.meta))
        .collect();
    let mut reliability = Vec::new();
    let mut credibility = Vec::new();
    for article in &theirs.articles {
        let Some(ours_meta) = their_to_ours
            .get(&article.article_id)
            .and_then(|id| our_articles.get(id))
        else {
            continue;
        };
        if let (Some(a), Some(b)) = (ours_meta.reliability, article.meta.reliability) {
            reliability.push((a.as_str().to_owned(), b.as_str().to_owned()));
        }
        if let (Some(a), Some(b)) = (ours_meta.credibility, article.meta.credibility) {
            credibility.push((a.as_str().to_owned(), b.as_str().to_owned()));
        }
    }
    for (name, pairs) in [
        ("source reliability", reliability),
        ("information credibility", credibility),
    ] {
        if !pairs.is_empty() {
            by_field.push((name, pairs));
        }
    }
    let fields = by_field
        .into_iter()
        .map(|(name, pairs)| FieldRow {
            field: name.to_owned(),
            pairs: pairs.len(),
            agreement: stats::observed_agreement(&pairs),
            kappa: stats::cohens_kappa(&pairs),
            alpha: stats::krippendorff_alpha_nominal(&pairs),
        })
        .collect();
    Report {
        shared_articles: shared.len(),
        matched_incidents: matched.len(),
        spans,
        fields,
    }
}

/// A statistic as printed: three decimals, or "—" where undefined.
pub fn shown(value: Option<f64>) -> String {
    value.map_or("—".to_owned(), |v| format!("{v:.3}"))
}

impl Report {
    /// Both tables as aligned text, for the terminal.
    pub fn as_text(&self) -> String {
        let mut text = format!(
            "{} shared articles, {} incidents matched\n\n{:<22} {:>6} {:>7} {:>6} {:>9} {:>11}\n",
            self.shared_articles,
            self.matched_incidents,
            "spans",
            "ours",
            "theirs",
            "exact",
            "exact F1",
            "partial F1"
        );
        for row in &self.spans {
            text.push_str(&format!(
                "{:<22} {:>6} {:>7} {:>6} {:>9} {:>11}\n",
                row.scope,
                row.ours,
                row.theirs,
                row.exact_matches,
                shown(row.exact_f1),
                shown(row.partial_f1)
            ));
        }
        text.push_str(&format!(
            "\n{:<22} {:>6} {:>10} {:>7} {:>7}\n",
            "field", "pairs", "agreement", "kappa", "alpha"
        ));
        for row in &self.fields {
            text.push_str(&format!(
                "{:<22} {:>6} {:>10} {:>7} {:>7}\n",
                row.field,
                row.pairs,
                shown(row.agreement),
                shown(row.kappa),
                shown(row.alpha)
            ));
        }
        text
    }

    /// Both tables as one CSV: a `table` column says which.
    pub fn write_csv(&self, out: impl Write) -> csv::Result<()> {
        let mut writer = csv::Writer::from_writer(out);
        writer.write_record([
            "table",
            "name",
            "n_ours",
            "n_theirs",
            "exact_matches_or_pairs",
            "exact_f1_or_agreement",
            "partial_f1_or_kappa",
            "alpha",
        ])?;
        let number = |v: Option<f64>| v.map(|v| format!("{v:.4}")).unwrap_or_default();
        for row in &self.spans {
            writer.write_record([
                "spans".to_owned(),
                row.scope.clone(),
                row.ours.to_string(),
                row.theirs.to_string(),
                row.exact_matches.to_string(),
                number(row.exact_f1),
                number(row.partial_f1),
                String::new(),
            ])?;
        }
        for row in &self.fields {
            writer.write_record([
                "fields".to_owned(),
                row.field.clone(),
                String::new(),
                String::new(),
                row.pairs.to_string(),
                number(row.agreement),
                number(row.kappa),
                number(row.alpha),
            ])?;
        }
        writer.flush()?;
        Ok(())
    }
}
