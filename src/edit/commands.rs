//! What an analyst does, as changes: the verbs of the workbench and the command line. Each
//! function only builds a [`Change`]; [`Project::run`](crate::store::Project::run) applies it.

use rusqlite::Connection;

use super::{Change, Edit};
use crate::model::{
    Actor, ActorId, Article, ArticleId, ContextEvent, ContextEventId, Evidence, EvidenceId, Field,
    Incident, IncidentId, Place, PlaceId, Record, RecordKey, Span, Stamp, Status, TermId,
    VocabTerm, Vocabulary,
};
use crate::store::incidents::Reference;
use crate::store::{StoreError, StoreResult, actors, articles, evidence, incidents, vocab};

/// One entry of the project's codebook: an actor, a place or a vocabulary term.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CodebookEntry {
    Actor(ActorId),
    Place(PlaceId),
    Term(TermId),
}

/// A change a command built, or why it could not be built.
pub type ChangeResult = StoreResult<Change>;

fn put_incident(incident: Incident) -> Edit {
    Edit::Put(Record::Incident(Box::new(incident)))
}

fn not_found(what: &str, id: impl std::fmt::Display) -> StoreError {
    StoreError::NotFound(format!("{what} {id}"))
}

fn span_error(span: Span) -> StoreError {
    StoreError::Rejected(format!(
        "the selection {}..{} is empty or outside the article",
        span.start, span.end
    ))
}

/// A draft incident made from selected words, which become its first evidence. The summary
/// starts as the selected words so the list shows something recognisable.
pub fn new_incident_from_span(
    article_text: &str,
    span: Span,
    stamp: &Stamp,
) -> StoreResult<(Change, IncidentId)> {
    let mut incident = Incident::new_draft(&stamp.analyst, stamp.at);
    let evidence = Evidence::from_span(incident.incident_id, span, article_text, Vec::new(), stamp)
        .ok_or_else(|| span_error(span))?;
    incident.summary = evidence
        .quote
        .exact
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    let incident_id = incident.incident_id;
    let change = Change::new(
        "new incident",
        vec![put_incident(incident), Edit::Put(Record::from(evidence))],
    );
    Ok((change, incident_id))
}

/// One draft incident per date of a date list ("attacked on July 23, August 3, 9, 23"), in one
/// undoable step. Each incident gets its date, the whole selection as evidence for the incident,
/// and the words of its own date as evidence for the date field.
pub fn incidents_from_date_list(
    article_text: &str,
    span: Span,
    dates: &[crate::propose::DateProposal],
    stamp: &Stamp,
) -> StoreResult<(Change, Vec<IncidentId>)> {
    let selected = crate::model::text::char_slice(article_text, span.start, span.end)
        .ok_or_else(|| span_error(span))?;
    let mut edits = Vec::new();
    let mut ids = Vec::new();
    for date in dates {
        let mut incident = Incident::new_draft(&stamp.analyst, stamp.at);
        incident.date_start = Some(date.start);
        incident.date_end = (date.end != date.start).then_some(date.end);
        incident.date_precision = Some(date.precision);
        incident.summary = format!(
            "{} ({})",
            selected.split_whitespace().collect::<Vec<_>>().join(" "),
            date.start
        );
        let whole =
            Evidence::from_span(incident.incident_id, span, article_text, Vec::new(), stamp)
                .ok_or_else(|| span_error(span))?;
        // Date offsets are relative to the selection.
        let date_words = Span {
            article_id: span.article_id,
            start: span.start + date.span_start,
            end: span.start + date.span_end,
        };
        let date_evidence = Evidence::from_span(
            incident.incident_id,
            date_words,
            article_text,
            vec![Field::Date],
            stamp,
        )
        .ok_or_else(|| span_error(date_words))?;
        ids.push(incident.incident_id);
        edits.push(put_incident(incident));
        edits.push(Edit::Put(Record::from(whole)));
        edits.push(Edit::Put(Record::from(date_evidence)));
    }
    if ids.is_empty() {
        return Err(StoreError::Rejected("the selection states no dates".into()));
    }
    Ok((
        Change::new(format!("{} incidents from a date list", ids.len()), edits),
        ids,
    ))
}

/// Selected words become evidence for `fields` of an incident (no fields: the whole incident).
pub fn attach_evidence(
    incident_id: IncidentId,
    article_text: &str,
    span: Span,
    fields: Vec<Field>,
    stamp: &Stamp,
) -> StoreResult<(Change, EvidenceId)> {
    let label = match fields.as_slice() {
        [] => "attach evidence".to_owned(),
        fields => format!(
            "attach evidence for {}",
            fields
                .iter()
                .map(|f| f.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        ),
    };
    let evidence = Evidence::from_span(incident_id, span, article_text, fields, stamp)
        .ok_or_else(|| span_error(span))?;
    let evidence_id = evidence.evidence_id;
    Ok((
        Change::new(label, vec![Edit::Put(Record::from(evidence))]),
        evidence_id,
    ))
}

/// Moves a span's ends to `start..end` of its article, keeping its id, fields and note: a span
/// one word too short is lengthened, not made again.
pub fn resize_evidence(
    evidence: Evidence,
    article_text: &str,
    start: usize,
    end: usize,
) -> StoreResult<Change> {
    let span = Span {
        article_id: evidence.article_id,
        start,
        end,
    };
    let quote = (start < end)
        .then(|| crate::model::text::quote(article_text, start, end))
        .flatten()
        .ok_or_else(|| span_error(span))?;
    let resized = Evidence {
        start,
        end,
        quote,
        ..evidence
    };
    Ok(Change::new(
        "adjust the evidence span",
        vec![Edit::Put(Record::from(resized))],
    ))
}

/// Changes which fields a span supports.
pub fn set_evidence_fields(mut evidence: Evidence, fields: Vec<Field>) -> Change {
    evidence.fields = fields;
    Change::new(
        "change evidence fields",
        vec![Edit::Put(Record::from(evidence))],
    )
}

pub fn detach_evidence(evidence_id: EvidenceId) -> Change {
    Change::new(
        "remove evidence",
        vec![Edit::Delete(RecordKey::Evidence(evidence_id))],
    )
}

/// Stores an edited incident ("set date", "set perpetrator" …), stamped with who and when.
pub fn update_incident(mut incident: Incident, label: &str, stamp: &Stamp) -> Change {
    incident.touch(&stamp.analyst, stamp.at);
    Change::new(label, vec![put_incident(incident)])
}

/// Deletes an incident and its evidence.
pub fn delete_incident(conn: &Connection, incident_id: IncidentId) -> StoreResult<Change> {
    if incidents::get(conn, incident_id)?.is_none() {
        return Err(not_found("incident", incident_id));
    }
    let mut edits: Vec<Edit> = evidence::for_incident(conn, incident_id)?
        .into_iter()
        .map(|e| Edit::Delete(RecordKey::Evidence(e.evidence_id)))
        .collect();
    edits.push(Edit::Delete(RecordKey::Incident(incident_id)));
    Ok(Change::new("delete incident", edits))
}

/// Merges `absorbed` into `kept`: one incident with both incidents' evidence and every value
/// either had (see [`Incident::absorb`]); `absorbed` is deleted.
pub fn merge_incidents(
    conn: &Connection,
    kept: IncidentId,
    absorbed: IncidentId,
    stamp: &Stamp,
) -> StoreResult<Change> {
    if kept == absorbed {
        return Err(StoreError::Rejected(
            "an incident cannot be merged with itself".into(),
        ));
    }
    let keep = incidents::get(conn, kept)?.ok_or_else(|| not_found("incident", kept))?;
    let other = incidents::get(conn, absorbed)?.ok_or_else(|| not_found("incident", absorbed))?;
    let mut merged = keep.absorb(&other);
    merged.touch(&stamp.analyst, stamp.at);
    let mut edits = vec![put_incident(merged)];
    for mut moved in evidence::for_incident(conn, absorbed)? {
        moved.incident_id = kept;
        edits.push(Edit::Put(Record::from(moved)));
    }
    edits.push(Edit::Delete(RecordKey::Incident(absorbed)));
    Ok(Change::new("merge incidents", edits))
}

/// Accepts the draft `draft` as another account of the coded incident `kept`: the draft's
/// evidence moves to `kept`, which keeps every value it has (only its empty fields take the
/// draft's; differences go to its notes), and the draft is deleted. One step.
pub fn accept_as_another_account(
    conn: &Connection,
    kept: IncidentId,
    draft: IncidentId,
    stamp: &Stamp,
) -> StoreResult<Change> {
    if kept == draft {
        return Err(StoreError::Rejected(
            "a draft cannot be another account of itself".into(),
        ));
    }
    let coded = incidents::get(conn, kept)?.ok_or_else(|| not_found("incident", kept))?;
    let other = incidents::get(conn, draft)?.ok_or_else(|| not_found("incident", draft))?;
    let mut filled = coded.with_gaps_filled_from(&other);
    filled.touch(&stamp.analyst, stamp.at);
    let mut edits = vec![put_incident(filled)];
    for mut moved in evidence::for_incident(conn, draft)? {
        moved.incident_id = kept;
        edits.push(Edit::Put(Record::from(moved)));
    }
    edits.push(Edit::Delete(RecordKey::Incident(draft)));
    Ok(Change::new("accept draft (another account)", edits))
}

/// Marks an incident reviewed (or back to draft).
pub fn set_status(incident: Incident, status: Status, stamp: &Stamp) -> Change {
    let label = format!("mark {}", status.as_str());
    update_incident(Incident { status, ..incident }, &label, stamp)
}

/// Adds freshly imported articles.
pub fn import_articles(articles: Vec<Article>) -> Change {
    let label = match articles.as_slice() {
        [one] => format!("import {:?}", one.meta.title),
        many => format!("import {} articles", many.len()),
    };
    Change::new(
        label,
        articles
            .into_iter()
            .map(|a| Edit::Put(Record::Article(Box::new(a))))
            .collect(),
    )
}

/// Corrects an article's title, outlet, author, date or address.
pub fn edit_article(mut article: Article, meta: crate::model::ArticleMeta) -> Change {
    article.meta = meta;
    Change::new(
        "edit article details",
        vec![Edit::Put(Record::Article(Box::new(article)))],
    )
}

/// Removes an article and the evidence that quotes it; its incidents stay.
pub fn delete_article(conn: &Connection, article_id: ArticleId) -> StoreResult<Change> {
    if articles::get(conn, article_id)?.is_none() {
        return Err(not_found("article", article_id));
    }
    let mut edits: Vec<Edit> = evidence::for_article(conn, article_id)?
        .into_iter()
        .map(|e| Edit::Delete(RecordKey::Evidence(e.evidence_id)))
        .collect();
    edits.push(Edit::Delete(RecordKey::Article(article_id)));
    Ok(Change::new("delete article", edits))
}

pub fn put_actor(actor: Actor) -> Change {
    Change::new(
        format!("edit actor {}", actor.name),
        vec![Edit::Put(Record::from(actor))],
    )
}

/// Deletes an actor; incidents it perpetrated become unattributed and front names it led lose
/// their parent, all in the same undoable step.
pub fn delete_actor(conn: &Connection, actor_id: ActorId, stamp: &Stamp) -> StoreResult<Change> {
    let actor = actors::get(conn, actor_id)?.ok_or_else(|| not_found("actor", actor_id))?;
    let mut edits = Vec::new();
    for child in actors::all(conn)?
        .into_iter()
        .filter(|a| a.parent_id == Some(actor_id))
    {
        edits.push(Edit::Put(Record::from(Actor {
            parent_id: None,
            ..child
        })));
    }
    edits.extend(clear_references(
        conn,
        CodebookEntry::Actor(actor_id),
        stamp,
        |incident| incident.perpetrator_id = None,
    )?);
    edits.push(Edit::Delete(RecordKey::Actor(actor_id)));
    Ok(Change::new(format!("delete actor {}", actor.name), edits))
}

pub fn put_place(place: Place) -> Change {
    Change::new(
        format!("edit place {}", place.name),
        vec![Edit::Put(Record::from(place))],
    )
}

/// Deletes a place; incidents that struck or were launched from it lose that place.
pub fn delete_place(conn: &Connection, place_id: PlaceId, stamp: &Stamp) -> StoreResult<Change> {
    let place =
        crate::store::places::get(conn, place_id)?.ok_or_else(|| not_found("place", place_id))?;
    let mut edits = clear_references(conn, CodebookEntry::Place(place_id), stamp, |incident| {
        incident.place_id = incident.place_id.filter(|p| *p != place_id);
        incident.launch_place_id = incident.launch_place_id.filter(|p| *p != place_id);
    })?;
    edits.push(Edit::Delete(RecordKey::Place(place_id)));
    Ok(Change::new(format!("delete place {}", place.name), edits))
}

pub fn put_term(term: VocabTerm) -> Change {
    Change::new(
        format!("edit term {}", term.label),
        vec![Edit::Put(Record::from(term))],
    )
}

/// Sets the targets drafting counts as in scope (one a line), as one undo step.
pub fn set_drafting_scope(targets: &str) -> Change {
    Change::new(
        "set the drafting scope",
        vec![Edit::Setting(Box::new(crate::store::change::Setting {
            key: crate::store::meta::DRAFT_SCOPE_TARGETS.to_owned(),
            value: Some(targets.to_owned()),
        }))],
    )
}

/// Deletes a vocabulary term; incidents coded with it lose that value, in the same step.
pub fn delete_term(conn: &Connection, term_id: TermId, stamp: &Stamp) -> ChangeResult {
    let term = vocab::get(conn, term_id)?.ok_or_else(|| not_found("term", term_id))?;
    let mut edits =
        clear_references(
            conn,
            CodebookEntry::Term(term_id),
            stamp,
            |incident| match term.vocabulary {
                Vocabulary::EventType => incident.event_type = None,
                Vocabulary::SubType => incident.sub_type = None,
                Vocabulary::Weapon => incident.weapon = None,
                Vocabulary::TargetType => incident.target_type = None,
                Vocabulary::Tag => {}
            },
        )?;
    edits.push(Edit::Delete(RecordKey::Term(term_id)));
    Ok(Change::new(format!("delete term {}", term.label), edits))
}

/// How many incidents refer to a codebook entry (what deleting it would clear).
pub fn incidents_using(conn: &Connection, entry: CodebookEntry) -> StoreResult<usize> {
    Ok(incidents_referring_to(conn, entry)?.len())
}

/// The incidents that refer to a codebook entry, each once.
fn incidents_referring_to(conn: &Connection, entry: CodebookEntry) -> StoreResult<Vec<IncidentId>> {
    let mut ids = match entry {
        CodebookEntry::Actor(id) => {
            incidents::ids_referencing(conn, Reference::Perpetrator, &id.to_string())?
        }
        CodebookEntry::Place(id) => {
            let id = id.to_string();
            let mut ids = incidents::ids_referencing(conn, Reference::Place, &id)?;
            ids.extend(incidents::ids_referencing(
                conn,
                Reference::LaunchPlace,
                &id,
            )?);
            ids
        }
        CodebookEntry::Term(id) => match vocab::get(conn, id)? {
            Some(term) => match Reference::to_term(term.vocabulary) {
                Some(reference) => incidents::ids_referencing(conn, reference, &term.key)?,
                None => Vec::new(),
            },
            None => Vec::new(),
        },
    };
    ids.sort();
    ids.dedup();
    Ok(ids)
}

/// Puts back every incident that refers to `entry` with `clear` applied, stamped: the edits
/// that keep incidents sound when the entry is deleted.
fn clear_references(
    conn: &Connection,
    entry: CodebookEntry,
    stamp: &Stamp,
    clear: impl Fn(&mut Incident),
) -> StoreResult<Vec<Edit>> {
    let mut edits = Vec::new();
    for incident_id in incidents_referring_to(conn, entry)? {
        if let Some(mut incident) = incidents::get(conn, incident_id)? {
            clear(&mut incident);
            incident.touch(&stamp.analyst, stamp.at);
            edits.push(put_incident(incident));
        }
    }
    Ok(edits)
}

/// Deletes a codebook entry and clears every incident's reference to it.
pub fn delete_codebook_entry(
    conn: &Connection,
    entry: CodebookEntry,
    stamp: &Stamp,
) -> ChangeResult {
    match entry {
        CodebookEntry::Actor(id) => delete_actor(conn, id, stamp),
        CodebookEntry::Place(id) => delete_place(conn, id, stamp),
        CodebookEntry::Term(id) => delete_term(conn, id, stamp),
    }
}

pub fn put_context_event(event: ContextEvent) -> Change {
    Change::new(
        format!("edit context {}", event.label),
        vec![Edit::Put(Record::from(event))],
    )
}

pub fn delete_context_event(id: ContextEventId) -> Change {
    Change::new(
        "delete context event",
        vec![Edit::Delete(RecordKey::ContextEvent(id))],
    )
}
