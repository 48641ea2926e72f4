//! Coded incidents: one record per event, with every field of the codebook.

use jiff::Timestamp;
use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use super::estimate::Estimate;
use super::ids::{ActorId, IncidentId, PlaceId};
use super::vocab_enum::closed_vocabulary;

closed_vocabulary!(
    /// How exactly `date_start..date_end` is known (UCDP `date_prec` 1, 2, 3, 5).
    DatePrecision { Day => "day", Week => "week", Month => "month", Year => "year" }
);

closed_vocabulary!(
    /// How the perpetrator is known.
    Attribution {
        Claimed => "claimed",
        Attributed => "attributed",
        Suspected => "suspected",
        Denied => "denied",
        Unknown => "unknown",
    }
);

closed_vocabulary!(
    /// The analyst's confidence in the coding.
    Confidence { Low => "low", Medium => "medium", High => "high" }
);

closed_vocabulary!(
    /// Where the incident is in the review workflow.
    Status { Draft => "draft", Reviewed => "reviewed" }
);

/// One incident. Vocabulary-backed fields (`event_type`, `weapon`, `target_type` …) hold the
/// term's key; the project's vocabularies say what keys exist.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Incident {
    pub incident_id: IncidentId,
    pub date_start: Option<Date>,
    pub date_end: Option<Date>,
    pub date_precision: Option<DatePrecision>,
    /// As the source states it: "around 2100 local time".
    pub time_of_day: Option<String>,
    pub event_type: Option<String>,
    pub sub_type: Option<String>,
    pub weapon: Option<String>,
    pub munitions: Estimate,
    pub impacted: Estimate,
    pub intercepted: Estimate,
    pub target_type: Option<String>,
    pub target: Option<String>,
    pub place_id: Option<PlaceId>,
    pub launch_place_id: Option<PlaceId>,
    /// UCDP `where_prec`, 1 (exact place) … 7 (country).
    pub geo_precision: Option<u8>,
    pub perpetrator_id: Option<ActorId>,
    pub attribution: Option<Attribution>,
    /// Who attributed it, when `attribution` is `Attributed` or `Suspected`.
    pub attributed_by: Option<String>,
    pub killed: Estimate,
    pub wounded: Estimate,
    /// Who the casualties were: "one girl; five civilians".
    pub casualty_detail: Option<String>,
    pub summary: String,
    pub notes: String,
    pub confidence: Option<Confidence>,
    pub status: Status,
    pub tags: Vec<String>,
    pub created_at: Timestamp,
    pub created_by: String,
    pub updated_at: Timestamp,
    pub updated_by: String,
}

impl Incident {
    /// A new draft with nothing coded yet.
    pub fn new_draft(analyst: &str, now: Timestamp) -> Self {
        Self {
            incident_id: IncidentId::new(),
            date_start: None,
            date_end: None,
            date_precision: None,
            time_of_day: None,
            event_type: None,
            sub_type: None,
            weapon: None,
            munitions: Estimate::default(),
            impacted: Estimate::default(),
            intercepted: Estimate::default(),
            target_type: None,
            target: None,
            place_id: None,
            launch_place_id: None,
            geo_precision: None,
            perpetrator_id: None,
            attribution: None,
            attributed_by: None,
            killed: Estimate::default(),
            wounded: Estimate::default(),
            casualty_detail: None,
            summary: String::new(),
            notes: String::new(),
            confidence: None,
            status: Status::Draft,
            tags: Vec::new(),
            created_at: now,
            created_by: analyst.to_owned(),
            updated_at: now,
            updated_by: analyst.to_owned(),
        }
    }

    /// Marks the record as changed by `analyst` at `now`.
    pub fn touch(&mut self, analyst: &str, now: Timestamp) {
        self.updated_at = now;
        analyst.clone_into(&mut self.updated_by);
    }
}

/// Notes a value of the absorbed incident that differs from the kept one, so a merge loses nothing.
fn note_difference<T: PartialEq + std::fmt::Debug>(
    notes: &mut Vec<String>,
    name: &str,
    kept: &Option<T>,
    other: &Option<T>,
) {
    if let (Some(k), Some(o)) = (kept, other)
        && k != o
    {
        notes.push(format!("{name}: other source says {o:?} (kept {k:?})"));
    }
}

/// Fills each empty `$field` of `$into` from `$other` and notes where `$from` and `$other` both
/// have a value and differ.
macro_rules! fill_empty {
    ($into:ident, $from:ident, $other:ident, $differences:expr; $($field:ident),+) => {$(
        note_difference($differences, stringify!($field), &$from.$field, &$other.$field);
        if $into.$field.is_none() {
            $into.$field = $other.$field.clone();
        }
    )+};
}

/// `notes` with `differences` appended, a line each.
fn append_lines(notes: &mut String, differences: Vec<String>) {
    if differences.is_empty() {
        return;
    }
    let mut lines: Vec<String> = Vec::new();
    if !notes.is_empty() {
        lines.push(std::mem::take(notes));
    }
    lines.extend(differences);
    *notes = lines.join("\n");
}

impl Incident {
    /// Fills `into`'s empty fields that describe the event (type, weapon, target, place,
    /// perpetrator, attribution…) from `other`, noting where `self` and `other` differ.
    fn fill_described(&self, into: &mut Incident, other: &Incident, differences: &mut Vec<String>) {
        fill_empty!(into, self, other, differences;
            time_of_day,
            event_type,
            sub_type,
            weapon,
            target_type,
            target,
            place_id,
            launch_place_id,
            geo_precision,
            perpetrator_id,
            attribution,
            attributed_by,
            casualty_detail
        );
    }

    /// This incident as coded, with only its empty fields taken from `other` (another account of
    /// the same event, drafted): every value already coded stays, the summary too; what the
    /// other says differently is written into the notes, so nothing is lost.
    pub fn with_gaps_filled_from(&self, other: &Incident) -> Incident {
        let mut kept = self.clone();
        let mut differences = Vec::new();
        self.fill_described(&mut kept, other, &mut differences);
        if self.date_start.is_none() {
            kept.date_start = other.date_start;
            kept.date_end = other.date_end;
            kept.date_precision = other.date_precision;
        } else if other.date_start.is_some()
            && (other.date_start, other.date_end) != (self.date_start, self.date_end)
        {
            let said = |start: Option<jiff::civil::Date>, end: Option<jiff::civil::Date>| match (
                start, end,
            ) {
                (Some(s), Some(e)) => format!("{s} to {e}"),
                (Some(s), None) => s.to_string(),
                _ => String::new(),
            };
            differences.push(format!(
                "date: other source says {} (kept {})",
                said(other.date_start, other.date_end),
                said(self.date_start, self.date_end)
            ));
        }
        for (name, kept_count, coded, theirs) in [
            (
                "munitions",
                &mut kept.munitions,
                &self.munitions,
                &other.munitions,
            ),
            (
                "impacted",
                &mut kept.impacted,
                &self.impacted,
                &other.impacted,
            ),
            (
                "intercepted",
                &mut kept.intercepted,
                &self.intercepted,
                &other.intercepted,
            ),
            ("killed", &mut kept.killed, &self.killed, &other.killed),
            ("wounded", &mut kept.wounded, &self.wounded, &other.wounded),
        ] {
            if coded.is_empty() {
                *kept_count = *theirs;
            } else if !theirs.is_empty() && theirs != coded {
                differences.push(format!(
                    "{name}: other source says {theirs:?} (kept {coded:?})"
                ));
            }
        }
        if kept.summary.is_empty() {
            kept.summary.clone_from(&other.summary);
        }
        append_lines(&mut kept.notes, differences);
        kept
    }

    /// This incident with `other` merged in (the same event coded twice). Empty fields take the
    /// other's value; counts widen to low/best/high over both; the date range covers both; tags
    /// are united; any other value that differs is written into the notes. The result is draft
    /// unless both were reviewed.
    pub fn absorb(&self, other: &Incident) -> Incident {
        let mut merged = self.clone();
        let mut differences = Vec::new();
        fill_empty!(merged, self, other, &mut differences; date_precision);
        self.fill_described(&mut merged, other, &mut differences);
        fill_empty!(merged, self, other, &mut differences; confidence);
        let starts = [self.date_start, other.date_start];
        let ends = [
            self.date_end.or(self.date_start),
            other.date_end.or(other.date_start),
        ];
        merged.date_start = starts.iter().flatten().min().copied();
        let latest_end = ends.iter().flatten().max().copied();
        merged.date_end = latest_end
            .filter(|end| Some(*end) != merged.date_start)
            .or(self.date_end);
        merged.munitions = self.munitions.combine(&other.munitions);
        merged.impacted = self.impacted.combine(&other.impacted);
        merged.intercepted = self.intercepted.combine(&other.intercepted);
        merged.killed = self.killed.combine(&other.killed);
        merged.wounded = self.wounded.combine(&other.wounded);
        if merged.summary.is_empty() {
            merged.summary.clone_from(&other.summary);
        } else if !other.summary.is_empty() && other.summary != self.summary {
            differences.push(format!("summary of merged incident: {}", other.summary));
        }
        if !other.notes.is_empty() {
            differences.push(other.notes.clone());
        }
        append_lines(&mut merged.notes, differences);
        for tag in &other.tags {
            if !merged.tags.contains(tag) {
                merged.tags.push(tag.clone());
            }
        }
        merged.tags.sort();
        if other.status == Status::Draft {
            merged.status = Status::Draft;
        }
        merged
    }
}

/// A row of an incident list: the fields a list shows.
#[derive(Clone, Debug, PartialEq)]
pub struct IncidentSummary {
    pub incident_id: IncidentId,
    pub date_start: Option<Date>,
    pub event_type: Option<String>,
    pub summary: String,
    pub status: Status,
    /// Drafted by Spanline and not yet accepted (see `crate::draft::proposed`).
    pub proposed: bool,
}
