//! Working out a merge: what theirs adds, what merges by itself, and what conflicts.

use std::collections::{HashMap, HashSet};

use serde_json::{Map, Value};

use super::source::{Side, VersionLog, index_by, logged_form, logged_text};
use crate::edit::{Change, Edit};
use crate::model::{ActorId, ArticleId, PlaceId, Record, RecordKey, Snapshot, TermId};

/// Fields that record who wrote a record when: never a conflict (ours is kept, or theirs when
/// theirs is newer and something of theirs was taken).
const BOOKKEEPING: [&str; 6] = [
    "created_at",
    "created_by",
    "updated_at",
    "updated_by",
    "imported_at",
    "imported_by",
];

/// One field both sides changed differently.
#[derive(Clone, Debug, PartialEq)]
pub struct FieldConflict {
    pub field: String,
    pub ours: Value,
    pub theirs: Value,
}

/// A record with conflicting fields, and the record as merged so far (ours where they
/// conflict).
#[derive(Clone, Debug, PartialEq)]
pub struct Conflict {
    pub key: RecordKey,
    /// What the analyst reads: "incident 2020-11-17 · Seven rockets…".
    pub title: String,
    pub fields: Vec<FieldConflict>,
    merged: Map<String, Value>,
    /// An article's text is not merged field by field; ours is kept.
    article_text: Option<String>,
}

/// Which side's value a conflicting field takes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Choice {
    #[default]
    Ours,
    Theirs,
}

/// What merging theirs into ours will do.
#[derive(Debug, Default)]
pub struct Plan {
    /// Records only theirs has, ids mapped onto ours, in an order that never refers forward.
    pub additions: Vec<Record>,
    /// Our records with changes only theirs made.
    pub updates: Vec<Record>,
    pub conflicts: Vec<Conflict>,
    /// Their records matched to ours by content hash, name or key rather than id.
    pub matched_by_content: usize,
    /// Records theirs still has that our log shows we deleted.
    pub kept_deleted: usize,
    /// Actor and place names by id, from both sides: conflicts over a reference show names.
    pub names: HashMap<String, String>,
}

impl Plan {
    /// Nothing to do: the projects agree.
    pub fn is_empty(&self) -> bool {
        self.additions.is_empty() && self.updates.is_empty() && self.conflicts.is_empty()
    }

    /// The merge as one change, each conflict resolved by `choices[conflict][field]` (missing
    /// choices keep ours).
    pub fn into_change(
        self,
        label: &str,
        choices: &[Vec<Choice>],
    ) -> Result<Change, super::MergeError> {
        let mut edits: Vec<Edit> = Vec::new();
        let mut resolved = Vec::new();
        for (index, conflict) in self.conflicts.into_iter().enumerate() {
            let mut merged = conflict.merged;
            for (field_index, field) in conflict.fields.iter().enumerate() {
                let choice = choices
                    .get(index)
                    .and_then(|c| c.get(field_index))
                    .copied()
                    .unwrap_or_default();
                if choice == Choice::Theirs {
                    merged.insert(field.field.clone(), field.theirs.clone());
                }
            }
            resolved.push(to_record(conflict.key, merged, conflict.article_text)?);
        }
        // Additions first (they may be referred to), then changes to what we had.
        edits.extend(self.additions.into_iter().map(Edit::Add));
        edits.extend(self.updates.into_iter().map(Edit::Put));
        edits.extend(resolved.into_iter().map(Edit::Put));
        // Evidence refers to incidents and articles: put it last.
        edits.sort_by_key(|e| {
            matches!(
                e,
                Edit::Put(Record::Evidence(_)) | Edit::Add(Record::Evidence(_))
            )
        });
        Ok(Change::new(label, edits))
    }
}

/// Turns merged JSON back into a record of the kind `key` names.
fn to_record(
    key: RecordKey,
    merged: Map<String, Value>,
    article_text: Option<String>,
) -> Result<Record, super::MergeError> {
    let value = Value::Object(merged);
    let invalid = |source| super::MergeError::InvalidRecord {
        kind: key.kind(),
        source,
    };
    Ok(match key {
        RecordKey::Article(_) => {
            let mut value = match value {
                Value::Object(map) => Value::Object(lower_meta(map)),
                other => other,
            };
            value["text"] = Value::String(article_text.unwrap_or_default());
            Record::Article(Box::new(serde_json::from_value(value).map_err(invalid)?))
        }
        RecordKey::Incident(_) => {
            Record::Incident(Box::new(serde_json::from_value(value).map_err(invalid)?))
        }
        RecordKey::Evidence(_) => Record::Evidence(serde_json::from_value(value).map_err(invalid)?),
        RecordKey::Actor(_) => Record::Actor(serde_json::from_value(value).map_err(invalid)?),
        RecordKey::Place(_) => Record::Place(serde_json::from_value(value).map_err(invalid)?),
        RecordKey::Term(_) => Record::Term(serde_json::from_value(value).map_err(invalid)?),
        RecordKey::ContextEvent(_) => {
            Record::ContextEvent(serde_json::from_value(value).map_err(invalid)?)
        }
    })
}

/// Their ids of actors, places and articles matched to different ids of ours.
#[derive(Default)]
struct IdMap {
    actors: HashMap<ActorId, ActorId>,
    places: HashMap<PlaceId, PlaceId>,
    articles: HashMap<ArticleId, ArticleId>,
}

/// Our id for their `id`: the matched one, or the same id when nothing was matched.
fn our_id<K: Copy + Eq + std::hash::Hash>(matched: &HashMap<K, K>, id: K) -> K {
    matched.get(&id).copied().unwrap_or(id)
}

impl IdMap {
    fn actor(&self, id: Option<ActorId>) -> Option<ActorId> {
        id.map(|id| our_id(&self.actors, id))
    }

    fn place(&self, id: Option<PlaceId>) -> Option<PlaceId> {
        id.map(|id| our_id(&self.places, id))
    }

    /// Their record with every reference pointing at our ids.
    fn remap(&self, record: Record) -> Record {
        match record {
            Record::Incident(mut incident) => {
                incident.perpetrator_id = self.actor(incident.perpetrator_id);
                incident.place_id = self.place(incident.place_id);
                incident.launch_place_id = self.place(incident.launch_place_id);
                Record::Incident(incident)
            }
            Record::Evidence(mut span) => {
                span.article_id = our_id(&self.articles, span.article_id);
                Record::Evidence(span)
            }
            Record::Actor(mut actor) => {
                actor.parent_id = self.actor(actor.parent_id);
                Record::Actor(actor)
            }
            other => other,
        }
    }
}

/// A name as matched across projects: case, outer spaces and inner runs of spaces ignored.
fn name_key(name: &str) -> String {
    name.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// Pairs their records with ours, by id first and then by what identifies them. Our records
/// are moved into the pairs.
fn match_records(o: Snapshot, t: Snapshot) -> (IdMap, Vec<(Record, Option<Record>)>) {
    let mut map = IdMap::default();

    // Each of our records pairs with at most one of theirs: by id first, then by content
    // (a second record of theirs with the same name keeps its own id and is added).
    let their_ids: HashSet<RecordKey> = t.keys().collect();
    let our_actor_ids: HashSet<ActorId> = o.actors.iter().map(|a| a.actor_id).collect();
    let our_actor_names = index_by(&o.actors, |a| name_key(&a.name));
    for actor in &t.actors {
        if !our_actor_ids.contains(&actor.actor_id)
            && let Some(&i) = our_actor_names.get(&name_key(&actor.name))
        {
            map.actors.insert(actor.actor_id, o.actors[i].actor_id);
        }
    }
    keep_one_claim(&mut map.actors, &their_ids, RecordKey::Actor);
    let our_place_ids: HashSet<PlaceId> = o.places.iter().map(|p| p.place_id).collect();
    let our_place_names = index_by(&o.places, |p| name_key(&p.name));
    for place in &t.places {
        if !our_place_ids.contains(&place.place_id)
            && let Some(&i) = our_place_names.get(&name_key(&place.name))
        {
            map.places.insert(place.place_id, o.places[i].place_id);
        }
    }
    keep_one_claim(&mut map.places, &their_ids, RecordKey::Place);
    let our_hashes = index_by(&o.articles, |a| a.content_hash.clone());
    for article in &t.articles {
        if let Some(&i) = our_hashes.get(&article.content_hash)
            && o.articles[i].article_id != article.article_id
        {
            map.articles
                .insert(article.article_id, o.articles[i].article_id);
        }
    }
    keep_one_claim(&mut map.articles, &their_ids, RecordKey::Article);
    let our_terms: HashMap<_, TermId> = o
        .terms
        .iter()
        .map(|t| ((t.vocabulary, t.key.clone()), t.term_id))
        .collect();
    let mut claimed_terms: HashSet<TermId> = HashSet::new();

    // Every record of ours by key, to pair with theirs.
    // Sized up front: records are large, and a growing map moves every one at each doubling.
    let mut our_records: HashMap<RecordKey, Record> = HashMap::with_capacity(o.keys().count());
    our_records.extend(o.into_records().map(|r| (r.key(), r)));

    let mut pairs = Vec::new();
    for record in t.into_records_in_order() {
        // Matched by content: take our id, so the pair compares as one record.
        let record = match record {
            Record::Actor(mut actor) => {
                actor.actor_id = our_id(&map.actors, actor.actor_id);
                map.remap(Record::Actor(actor))
            }
            Record::Place(mut place) => {
                place.place_id = our_id(&map.places, place.place_id);
                Record::Place(place)
            }
            Record::Article(mut article) => {
                article.article_id = our_id(&map.articles, article.article_id);
                Record::Article(article)
            }
            Record::Term(mut term) => {
                if !our_records.contains_key(&RecordKey::Term(term.term_id))
                    && let Some(&ours) = our_terms.get(&(term.vocabulary, term.key.clone()))
                    && !their_ids.contains(&RecordKey::Term(ours))
                    && claimed_terms.insert(ours)
                {
                    term.term_id = ours;
                }
                Record::Term(term)
            }
            other => map.remap(other),
        };
        let ours = our_records.remove(&record.key());
        pairs.push((record, ours));
    }
    (map, pairs)
}

/// Drops content matches onto a record of ours that theirs also has by id, or that another of
/// theirs already claimed: two of their records never become one of ours.
fn keep_one_claim<K: Copy + Ord + std::hash::Hash>(
    matched: &mut HashMap<K, K>,
    their_ids: &HashSet<RecordKey>,
    key: fn(K) -> RecordKey,
) {
    let mut theirs: Vec<K> = matched.keys().copied().collect();
    theirs.sort();
    let mut claimed = HashSet::new();
    for their_id in theirs {
        let ours = matched[&their_id];
        if their_ids.contains(&key(ours)) || !claimed.insert(ours) {
            matched.remove(&their_id);
        }
    }
}

/// The JSON object a record compares as (an article without its text).
fn fields_of(record: &Record) -> Map<String, Value> {
    match logged_form(record) {
        Value::Object(map) => lift_meta(map),
        _ => Map::new(),
    }
}

/// An article's details merge one by one, as `meta.title`, `meta.reliability` …, so that two
/// analysts who changed different details both keep theirs.
fn lift_meta(mut map: Map<String, Value>) -> Map<String, Value> {
    if let Some(Value::Object(meta)) = map.remove("meta") {
        for (key, value) in meta {
            map.insert(format!("meta.{key}"), value);
        }
    }
    map
}

/// The inverse of [`lift_meta`].
fn lower_meta(mut map: Map<String, Value>) -> Map<String, Value> {
    let keys: Vec<String> = map
        .keys()
        .filter(|k| k.starts_with("meta."))
        .cloned()
        .collect();
    if keys.is_empty() {
        return map;
    }
    let mut meta = Map::new();
    for key in keys {
        if let Some(value) = map.remove(&key) {
            meta.insert(key["meta.".len()..].to_owned(), value);
        }
    }
    map.insert("meta".to_owned(), Value::Object(meta));
    map
}

/// What a record is called in the conflict list.
fn title_of(record: &Record) -> String {
    match record {
        Record::Incident(i) => format!(
            "incident {} · {}",
            i.date_start.map_or("undated".to_owned(), |d| d.to_string()),
            i.summary
        ),
        Record::Article(a) => format!("article “{}”", a.meta.title),
        Record::Evidence(e) => format!("evidence “{}”", e.quote.exact),
        Record::Actor(a) => format!("actor {}", a.name),
        Record::Place(p) => format!("place {}", p.name),
        Record::Term(t) => format!("term {} ({})", t.label, t.vocabulary.as_str()),
        Record::ContextEvent(c) => format!("context event {}", c.label),
    }
}

fn is_list_of_strings(value: &Value) -> bool {
    value
        .as_array()
        .is_some_and(|items| items.iter().all(Value::is_string))
}

/// Three-way merge of one record's fields. Returns the merged fields, the conflicts, and
/// whether anything of theirs was taken.
fn merge_fields(
    base: Option<&Map<String, Value>>,
    ours: &Map<String, Value>,
    theirs: &Map<String, Value>,
) -> (Map<String, Value>, Vec<FieldConflict>, bool) {
    let mut merged = ours.clone();
    let mut conflicts = Vec::new();
    let mut took_theirs = false;
    for (field, their_value) in theirs {
        if BOOKKEEPING.contains(&field.as_str()) {
            continue;
        }
        let our_value = ours.get(field).unwrap_or(&Value::Null);
        if our_value == their_value {
            continue;
        }
        let base_value = base.map(|b| b.get(field).unwrap_or(&Value::Null));
        match base_value {
            Some(b) if b == our_value => {
                merged.insert(field.clone(), their_value.clone());
                took_theirs = true;
            }
            Some(b) if b == their_value => {}
            None if is_list_of_strings(our_value) && is_list_of_strings(their_value) => {
                let mut union = our_value.as_array().cloned().unwrap_or_default();
                for item in their_value.as_array().into_iter().flatten() {
                    if !union.contains(item) {
                        union.push(item.clone());
                    }
                }
                merged.insert(field.clone(), Value::Array(union));
                took_theirs = true;
            }
            _ => conflicts.push(FieldConflict {
                field: field.clone(),
                ours: our_value.clone(),
                theirs: their_value.clone(),
            }),
        }
    }
    if took_theirs {
        let newer = |m: &Map<String, Value>| {
            m.get("updated_at")
                .and_then(Value::as_str)
                .map(str::to_owned)
        };
        if newer(theirs) > newer(ours) {
            for field in ["updated_at", "updated_by"] {
                if let Some(value) = theirs.get(field) {
                    merged.insert(field.to_owned(), value.clone());
                }
            }
        }
    }
    (merged, conflicts, took_theirs)
}

/// Whether an incident's fields carry the tag of a draft waiting for review, which keeps it
/// out of every export.
fn tagged_proposed(fields: &Map<String, Value>) -> bool {
    fields
        .get("tags")
        .and_then(Value::as_array)
        .is_some_and(|tags| {
            tags.iter()
                .any(|t| t.as_str() == Some(crate::draft::proposed::PROPOSED_TAG))
        })
}

/// A received change of tags that moves one of our incidents into the drafts waiting for
/// review, or out of them, changes what every export holds: it is never merged by itself,
/// even where only their side changed it, but shown as a conflict for the analyst to decide.
fn hold_changes_to_what_is_exported(
    ours: &Map<String, Value>,
    merged: &mut Map<String, Value>,
    conflicts: &mut Vec<FieldConflict>,
) {
    if tagged_proposed(ours) == tagged_proposed(merged)
        || conflicts.iter().any(|c| c.field == "tags")
    {
        return;
    }
    let our_tags = ours.get("tags").cloned().unwrap_or(Value::Null);
    let their_tags = merged.insert("tags".to_owned(), our_tags.clone());
    conflicts.push(FieldConflict {
        field: "tags".to_owned(),
        ours: our_tags,
        theirs: their_tags.unwrap_or(Value::Null),
    });
}

/// The newest version both logs hold: the common ancestor of the two records.
fn base_version(ours: &[Option<String>], theirs: &[Option<String>]) -> Option<Map<String, Value>> {
    theirs
        .iter()
        .rev()
        .flatten()
        .find(|v| ours.iter().flatten().any(|o| o == *v))
        .and_then(|v| match serde_json::from_str(v) {
            Ok(Value::Object(map)) => Some(lift_meta(map)),
            _ => None,
        })
}

/// Whether our log (`versions`) shows we deleted a record after having exactly `theirs`.
fn we_deleted(versions: &[Option<String>], theirs: &str) -> bool {
    matches!(versions.last(), Some(None)) && versions.iter().flatten().any(|v| v == theirs)
}

/// One of their records that needs the logs to settle.
enum Pairing {
    /// Only theirs has it: added, unless our log shows we deleted it.
    OnlyTheirs(Record),
    /// Both have it, with different fields: merged three ways from the common version.
    Differs {
        ours: Record,
        our_fields: Map<String, Value>,
        their_fields: Map<String, Value>,
    },
}

impl Pairing {
    fn key(&self) -> RecordKey {
        match self {
            Pairing::OnlyTheirs(record) | Pairing::Differs { ours: record, .. } => record.key(),
        }
    }
}

/// How many records' versions are looked up at once: enough for neighbouring lookups to share
/// the pages they read, few enough that the versions held stay small.
const LOOKUPS_AT_ONCE: usize = 4096;

/// Works out merging their side into our records (which are consumed) and our log.
pub fn plan(ours: Snapshot, our_history: &dyn VersionLog, theirs: Side<'_>) -> Plan {
    let mut plan = Plan::default();
    for side in [&theirs.records, &ours] {
        let actors = side
            .actors
            .iter()
            .map(|a| (a.actor_id.to_string(), a.name.clone()));
        let places = side
            .places
            .iter()
            .map(|p| (p.place_id.to_string(), p.name.clone()));
        plan.names.extend(actors.chain(places));
    }
    let Side {
        records: their_records,
        history: their_history,
    } = theirs;
    let (map, pairs) = match_records(ours, their_records);
    plan.matched_by_content = map.actors.len() + map.places.len() + map.articles.len();
    let mut waiting = Vec::new();
    for (their_record, our_record) in pairs {
        let pairing = match our_record {
            None => Pairing::OnlyTheirs(their_record),
            // Most records are the same on both sides: compare them as records before as JSON.
            Some(our_record) if our_record == their_record => continue,
            Some(our_record) => {
                let (our_fields, their_fields) = (fields_of(&our_record), fields_of(&their_record));
                if our_fields == their_fields {
                    continue;
                }
                Pairing::Differs {
                    ours: our_record,
                    our_fields,
                    their_fields,
                }
            }
        };
        waiting.push(pairing);
        if waiting.len() == LOOKUPS_AT_ONCE {
            let batch = std::mem::take(&mut waiting);
            settle(&mut plan, batch, our_history, their_history);
        }
    }
    settle(&mut plan, waiting, our_history, their_history);
    plan
}

/// Settles `waiting` in its order, with the versions both logs hold of its records.
fn settle(
    plan: &mut Plan,
    waiting: Vec<Pairing>,
    our_history: &dyn VersionLog,
    their_history: &dyn VersionLog,
) {
    let keys: Vec<RecordKey> = waiting.iter().map(Pairing::key).collect();
    let differing: Vec<RecordKey> = waiting
        .iter()
        .filter(|p| matches!(p, Pairing::Differs { .. }))
        .map(Pairing::key)
        .collect();
    let our_versions = our_history.versions_of(&keys);
    let their_versions = their_history.versions_of(&differing);
    let none = Vec::new();
    for pairing in waiting {
        let key = pairing.key();
        let ours = our_versions.get(&key).unwrap_or(&none);
        match pairing {
            Pairing::OnlyTheirs(their_record) => {
                if !ours.is_empty() && we_deleted(ours, &logged_text(&their_record)) {
                    plan.kept_deleted += 1;
                } else {
                    plan.additions.push(their_record);
                }
            }
            Pairing::Differs {
                ours: our_record,
                our_fields,
                their_fields,
            } => {
                let theirs = their_versions.get(&key).unwrap_or(&none);
                settle_difference(plan, our_record, &our_fields, &their_fields, ours, theirs);
            }
        }
    }
}

/// Merges one record both sides changed: an update, a conflict, or nothing of theirs to take.
fn settle_difference(
    plan: &mut Plan,
    our_record: Record,
    our_fields: &Map<String, Value>,
    their_fields: &Map<String, Value>,
    our_versions: &[Option<String>],
    their_versions: &[Option<String>],
) {
    let key = our_record.key();
    let base = base_version(our_versions, their_versions);
    let (mut merged, mut conflicts, took_theirs) =
        merge_fields(base.as_ref(), our_fields, their_fields);
    if matches!(key, RecordKey::Incident(_)) {
        hold_changes_to_what_is_exported(our_fields, &mut merged, &mut conflicts);
    }
    let title = title_of(&our_record);
    let article_text = match our_record {
        Record::Article(article) => Some(article.text),
        _ => None,
    };
    if !conflicts.is_empty() {
        plan.conflicts.push(Conflict {
            key,
            title,
            fields: conflicts,
            merged,
            article_text,
        });
    } else if took_theirs {
        // Cannot fail for records we serialised ourselves; ours is kept if it does.
        if let Ok(record) = to_record(key, merged, article_text) {
            plan.updates.push(record);
        }
    }
}
