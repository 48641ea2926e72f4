//! Drafting the incidents an article reports, each field backed by the sentence it came from,
//! for the analyst to accept, edit or reject.
//!
//! 1. The article is cut into sentences ([`sentences`]).
//! 2. A sentence reports an event when its words describe an attack: a weapon ("rockets", "a
//!    roadside bomb", "طائرة مسيّرة") or an attack word ("struck", "targeted", "استهدف").
//! 3. Events out of scope are set apart ([`scope`]): strikes *by* the US or the coalition,
//!    attacks whose target is not US or coalition forces, their convoys and bases or a
//!    diplomatic site, and aggregate statements ("dozens of attacks since spring").
//! 4. Sentences about the same event are grouped: one that names no other date and place joins
//!    the event before it, and so does a following sentence that only adds a claim, a denial
//!    or casualties ("No one was hurt."). Groups with the same date and place are one event.
//! 5. Every field is filled from the value proposals of the group's sentences (their paragraph
//!    giving a year or a claim verb); a date list yields one draft per date.
//! 6. A draft that matches an incident already coded (dates within a day, the same place or
//!    province, a compatible weapon) is offered as corroboration of it.

/// Drafting every article not yet coded, stored as it goes, on its own threads (the window's
/// Edit ▸ Draft every article, `spanline draft --store`).
pub mod job;
pub mod proposed;
pub mod scope;
pub mod sentences;

use jiff::civil::Date;
use serde::Serialize;

use crate::model::{
    Actor, ActorId, Article, ArticleId, Attribution, DatePrecision, Estimate, Field, Incident,
    IncidentId, Place, PlaceId, VocabTerm,
};
use crate::propose::actors::ActorMatcher;
use crate::propose::dates::{DateProposal, propose_dates_in_narrative};
use crate::propose::lexicon::{ar, en};
use crate::propose::places::PlaceMatcher;
use crate::propose::{self, CountValue, attribution};
use sentences::Sentence;

/// What drafting reads besides the article: the project's lists and its incidents.
#[derive(Clone, Copy)]
pub struct Codebook<'a> {
    pub actors: &'a [Actor],
    pub places: &'a [Place],
    pub terms: &'a [VocabTerm],
    /// What the project counts as in scope to be attacked.
    pub scope: &'a scope::Scope,
}

/// A count as drafted: a number (or bounds), or unknown.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(untagged)]
pub enum DraftCount {
    Known(Estimate),
    /// "several rockets": a count the text gives no number for.
    Unknown(&'static str),
}

/// A coded value with its name, for a reference to the codebook.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Named<I> {
    pub id: I,
    pub name: String,
}

/// One span of the article a draft rests on, and the fields it supports.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct DraftEvidence {
    pub article_id: ArticleId,
    /// Code points of the article text, end exclusive.
    pub start: usize,
    pub end: usize,
    pub quote: String,
    pub fields: Vec<Field>,
}

/// A drafted incident.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Draft {
    pub article_id: ArticleId,
    pub date_start: Option<Date>,
    pub date_end: Option<Date>,
    pub date_precision: Option<DatePrecision>,
    pub event_type: Option<String>,
    pub sub_type: Option<String>,
    pub weapon: Option<String>,
    pub target_type: Option<String>,
    pub place: Option<Named<PlaceId>>,
    pub perpetrator: Option<Named<ActorId>>,
    pub attribution: Option<Attribution>,
    pub munitions: Option<DraftCount>,
    pub killed: Option<DraftCount>,
    pub wounded: Option<DraftCount>,
    pub summary: String,
    /// 0–1: how much of an incident the words gave (date, place, weapon, actor, target).
    pub confidence: f32,
    /// An incident already coded that this draft is another account of.
    pub corroborates: Option<IncidentId>,
    /// Where this account and the incident it corroborates disagree: "killed: 2 here, 1
    /// coded".
    pub disagreements: Vec<String>,
    pub evidence: Vec<DraftEvidence>,
}

/// Something the article reports that is not drafted, and why.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct OtherEvent {
    pub article_id: ArticleId,
    pub start: usize,
    pub end: usize,
    pub quote: String,
    pub why: &'static str,
}

/// What drafting an article gives.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct ArticleDrafts {
    pub drafts: Vec<Draft>,
    pub other_events: Vec<OtherEvent>,
}

/// A group of sentences about one event.
#[derive(Debug)]
struct Group {
    sentences: Vec<usize>,
    dates: Vec<DateProposal>,
    place: Option<PlaceId>,
    /// For one of several events a sentence before counted and the text then tells one by
    /// one ("The second attack took place in Babylon"): the group of that sentence.
    part_of: Option<usize>,
}

/// Whether a sentence opens with one of several events told one by one: an ordinal and an event
/// noun among its first words ("The first attack took place in Nasiriyah", "• The fourth
/// attack also took place in Babylon").
fn tells_one_of_several(text: &str) -> bool {
    // Only the first words count: the opening of the sentence is all that is tokenised.
    let opening: String = text.chars().take(80).collect();
    let words: Vec<String> = propose::names::word_tokens(&opening)
        .iter()
        .take(5)
        .filter_map(|t| t.word().map(str::to_owned))
        .collect();
    words.windows(2).any(|pair| {
        en::drafting::ORDINALS.contains(&pair[0].as_str())
            && en::drafting::EVENT_NOUNS.contains(&pair[1].as_str())
    })
}

/// How many paragraphs after the count the events it counted may still be told.
const PARTS_REACH: usize = 3;

/// How many dated events before and after it an undated sentence may belong to.
const NEAREST_EVENTS: usize = 256;

/// How many events of its paragraph "both attacks" or "in either incident" may refer to.
const EVENTS_ONE_SENTENCE_SUMS_UP: usize = 8;

/// How much of its paragraph a sentence's dates read before it (the year stated earlier, the
/// day "two days later" counts from) and after it, in bytes of text. A paragraph is read whole
/// up to this; in a longer one, the sentences within reach. Bounding it keeps drafting linear
/// in the text however long a paragraph runs (a pasted page with no line breaks).
const READ_BEFORE: usize = 4_000;
const READ_AFTER: usize = 1_000;

/// The text around each sentence that its proposals read: its paragraph, or the part of a long
/// paragraph within [`READ_BEFORE`] and [`READ_AFTER`] of it.
struct Surroundings<'a> {
    all: &'a [Sentence],
    /// For each sentence, the first and last sentence of its paragraph.
    paragraph_bounds: Vec<(usize, usize)>,
    /// In a narrative, for each sentence, the last year the text stated before it.
    stated_years: Vec<Option<i16>>,
}

/// A text longer than this (in bytes) is read as a narrative, not as a news report: a
/// background or encyclopedia text runs through the years, so a day without a year takes the
/// last year the text stated before it, not the year of its own date (a short report without
/// a date is still a report: its days stay without a year rather than take a background's).
const NARRATIVE_LENGTH: usize = 20_000;

/// The years (1900–2100) `text` writes in four digits, in order.
fn years_in(text: &str) -> Vec<i16> {
    let mut years = Vec::new();
    let (mut value, mut digits) = (0i32, 0);
    for c in text.chars().chain(std::iter::once(' ')) {
        match c.to_digit(10) {
            Some(d) => {
                value = value.saturating_mul(10).saturating_add(d as i32);
                digits += 1;
            }
            None => {
                if digits == 4 && (1900..=2100).contains(&value) {
                    years.extend(i16::try_from(value).ok());
                }
                (value, digits) = (0, 0);
            }
        }
    }
    years
}

impl<'a> Surroundings<'a> {
    fn of(all: &'a [Sentence], narrative: bool) -> Self {
        let mut stated_years = vec![None; all.len()];
        if narrative {
            let mut last = None;
            for (index, sentence) in all.iter().enumerate() {
                stated_years[index] = last;
                if let Some(&year) = years_in(&sentence.text).last() {
                    last = Some(year);
                }
            }
        }
        let mut paragraph_bounds = vec![(0, 0); all.len()];
        let mut first = 0;
        for index in 0..all.len() {
            if all[index].paragraph != all[first].paragraph {
                first = index;
            }
            paragraph_bounds[index].0 = first;
        }
        let mut last = all.len().saturating_sub(1);
        for index in (0..all.len()).rev() {
            if all[index].paragraph != all[last].paragraph {
                last = index;
            }
            paragraph_bounds[index].1 = last;
        }
        Self {
            all,
            paragraph_bounds,
            stated_years,
        }
    }

    /// The words around sentence `index` and, in a narrative, the last year stated before it.
    fn context(&self, index: usize) -> (String, Option<i16>) {
        (self.around(index), self.stated_years[index])
    }

    /// The sentences around sentence `index`, joined as its paragraph joins them.
    fn around(&self, index: usize) -> String {
        let (first, last) = self.paragraph_bounds[index];
        let length = |i: usize| self.all[i].text.len() + 1;
        let (mut from, mut read) = (index, 0);
        while from > first && read + length(from - 1) <= READ_BEFORE {
            from -= 1;
            read += length(from);
        }
        let (mut to, mut read) = (index, 0);
        while to < last && read + length(to + 1) <= READ_AFTER {
            to += 1;
            read += length(to);
        }
        self.all[from..=to]
            .iter()
            .map(|s| s.text.as_str())
            .collect::<Vec<_>>()
            .join(" ")
    }
}

/// The place a sentence names as where something happened: not one named as where it came
/// from ("fired from the Nineveh plains toward Erbil" happened at Erbil).
fn place_in(text: &str, places: &PlaceMatcher<'_>) -> Option<propose::PlaceProposal> {
    let found = places.propose(text);
    let chars: Vec<char> = text.chars().collect();
    // "from the" and a few spaces: no need to read further back, however long the sentence.
    const REACH: usize = 24;
    let launched_from = |p: &propose::PlaceProposal| {
        let before: String = chars[p.span_start.saturating_sub(REACH)..p.span_start]
            .iter()
            .collect();
        let before = before.trim_end().to_lowercase();
        en::drafting::LAUNCHED_FROM
            .iter()
            .chain(ar::drafting::LAUNCHED_FROM)
            .any(|from| before.ends_with(from))
    };
    found
        .iter()
        .find(|p| !launched_from(p))
        .or(found.first())
        .cloned()
}

/// Whether a sentence speaks of several events at once ("in either incident", "both attacks").
fn refers_to_all(text: &str) -> bool {
    let words: Vec<String> = propose::names::word_tokens(text)
        .iter()
        .filter_map(|t| t.word().map(str::to_owned))
        .collect();
    words
        .iter()
        .any(|w| en::drafting::ALL_OF_THEM.contains(&w.as_str()))
}

/// The project's places by id, for the comparisons grouping makes between every pair of
/// neighbouring events.
struct PlaceIndex<'a>(std::collections::HashMap<PlaceId, &'a Place>);

impl<'a> PlaceIndex<'a> {
    fn of(places: &'a [Place]) -> Self {
        Self(places.iter().map(|p| (p.place_id, p)).collect())
    }

    fn admin1(&self, id: PlaceId) -> Option<&str> {
        self.0.get(&id).and_then(|p| p.admin1.as_deref())
    }

    /// Whether the place is named after its province (less specific than a town in it).
    fn is_province(&self, id: PlaceId) -> bool {
        self.0
            .get(&id)
            .is_some_and(|p| p.admin1.as_deref() == Some(p.name.as_str()))
    }
}

/// Whether two places may be where one event happened: the same, or one within the other's
/// province.
fn compatible(a: Option<PlaceId>, b: Option<PlaceId>, places: &PlaceIndex<'_>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) if a != b => {
            places.admin1(a).is_some() && places.admin1(a) == places.admin1(b)
        }
        _ => true,
    }
}

/// Of two compatible places, the more specific: not the one named after its province.
fn more_specific(
    a: Option<PlaceId>,
    b: Option<PlaceId>,
    places: &PlaceIndex<'_>,
) -> Option<PlaceId> {
    match (a, b) {
        (Some(a), Some(b)) if places.is_province(a) && !places.is_province(b) => Some(b),
        (a, b) => a.or(b),
    }
}

impl Group {
    /// Takes in the sentences of `other`, about the same event, and the more specific place.
    fn absorb(&mut self, other: Group, places: &PlaceIndex<'_>) {
        self.sentences.extend(other.sentences);
        self.place = more_specific(self.place, other.place, places);
    }
}

/// The day-level dates a sentence states (a range counts as its days).
/// A day named after "in retaliation for", "after the" and the like dates the event referred
/// to, not the one reported, when the sentence dates its own event before it.
fn day_dates(
    sentence: &Sentence,
    article: &Article,
    (paragraph, stated_year): (&str, Option<i16>),
) -> Vec<DateProposal> {
    let dates: Vec<DateProposal> = propose_dates_in_narrative(
        &sentence.text,
        article.meta.published,
        paragraph,
        stated_year,
    )
    .into_iter()
    .filter(|d| matches!(d.precision, DatePrecision::Day | DatePrecision::Week))
    .collect();
    // A day named again ("on 3 May … and again on 3 May") is one date of the event.
    let mut seen = std::collections::HashSet::new();
    let dates: Vec<DateProposal> = dates
        .into_iter()
        .filter(|d| seen.insert((d.start, d.end)))
        .collect();
    let lower = sentence.text.to_lowercase();
    let referral = en::drafting::REFERRING_TO_ANOTHER
        .iter()
        .filter_map(|marker| lower.find(marker))
        .min()
        .map(|byte| lower[..byte].chars().count());
    match referral {
        Some(at) if dates.iter().any(|d| d.span_end <= at) => {
            dates.into_iter().filter(|d| d.span_end <= at).collect()
        }
        _ => dates,
    }
}

/// The codebook's names indexed, once for all the articles a run drafts.
struct NamesIndexed {
    places: std::sync::Arc<crate::propose::names::NameIndex>,
    actors: std::sync::Arc<crate::propose::names::NameIndex>,
}

impl NamesIndexed {
    fn of(codebook: &Codebook<'_>) -> Self {
        Self {
            places: PlaceMatcher::index_of(codebook.places),
            actors: ActorMatcher::index_of(codebook.actors),
        }
    }
}

/// Drafts the incidents `article` reports.
pub fn draft_article(
    article: &Article,
    codebook: &Codebook<'_>,
    coded: &[CodedIncident],
) -> ArticleDrafts {
    draft_with_names(article, codebook, &NamesIndexed::of(codebook), coded)
}

/// [`draft_article`] with the codebook's names already indexed (`names`, of `codebook`).
fn draft_with_names(
    article: &Article,
    codebook: &Codebook<'_>,
    names: &NamesIndexed,
    coded: &[CodedIncident],
) -> ArticleDrafts {
    let all = sentences::split(&article.text);
    let places = PlaceMatcher::with_index(codebook.places, names.places.clone());
    let actors = ActorMatcher::with_index(codebook.actors, names.actors.clone());
    let narrative = article.text.len() > NARRATIVE_LENGTH;
    let surroundings = Surroundings::of(&all, narrative);
    let place_index = PlaceIndex::of(codebook.places);
    let text_around = |index: usize| surroundings.context(index);
    let mut result = ArticleDrafts::default();
    let mut groups: Vec<Group> = Vec::new();
    let mut open: Option<usize> = None;
    for (index, sentence) in all.iter().enumerate() {
        let around = text_around(index);
        // One of several events counted before, told one by one: an event of its own, on the
        // day the count gave unless it names another.
        // The count is the group the last part told belongs to, or else a dated group that
        // ends shortly before.
        let near = |g: &Group| {
            g.sentences
                .last()
                .is_some_and(|&last| all[last].paragraph + PARTS_REACH >= sentence.paragraph)
        };
        let counted = tells_one_of_several(&sentence.text)
            .then(|| {
                let last_part = groups.iter().rev().find(|g| g.part_of.is_some() && near(g));
                last_part.and_then(|g| g.part_of).or_else(|| {
                    groups
                        .iter()
                        .rposition(|g| g.part_of.is_none() && !g.dates.is_empty() && near(g))
                })
            })
            .flatten();
        if let Some(count) = counted {
            let dates = day_dates(sentence, article, (&around.0, around.1));
            groups.push(Group {
                sentences: vec![index],
                dates: if dates.is_empty() {
                    groups[count].dates.clone()
                } else {
                    dates
                },
                place: place_in(&sentence.text, &places).map(|p| p.place_id),
                part_of: Some(count),
            });
            open = Some(groups.len() - 1);
            continue;
        }
        let kind = scope::classify(&sentence.text, codebook.terms, codebook.scope);
        match kind {
            scope::Kind::OutOfScope(why) => {
                result.other_events.push(OtherEvent {
                    article_id: article.article_id,
                    start: sentence.start,
                    end: sentence.end,
                    quote: sentence.text.clone(),
                    why,
                });
                open = None;
                continue;
            }
            scope::Kind::Event => {
                let dates = day_dates(sentence, article, (&around.0, around.1));
                let place = place_in(&sentence.text, &places).map(|p| p.place_id);
                let joins = open.and_then(|g| {
                    let group = &groups[g];
                    let same_date = dates.is_empty()
                        || group.dates.is_empty()
                        || dates
                            .iter()
                            .all(|d| group.dates.iter().any(|e| e.start == d.start));
                    let same_place = compatible(place, group.place, &place_index);
                    (same_date && same_place).then_some(g)
                });
                match joins {
                    Some(g) => {
                        let group = &mut groups[g];
                        group.sentences.push(index);
                        if group.dates.is_empty() {
                            group.dates = dates;
                        }
                        group.place = more_specific(group.place, place, &place_index);
                    }
                    None => {
                        groups.push(Group {
                            sentences: vec![index],
                            dates,
                            place,
                            part_of: None,
                        });
                        open = Some(groups.len() - 1);
                    }
                }
            }
            scope::Kind::Other => {
                // A claim, a denial or casualties right after an event belong to it.
                let adds = attribution::stated_attribution(&sentence.text).is_some()
                    || [Field::Killed, Field::Wounded]
                        .iter()
                        .any(|f| propose::propose_count(&sentence.text, *f).is_some());
                let near = open.is_some_and(|g| {
                    groups[g]
                        .sentences
                        .last()
                        .is_some_and(|&last| all[last].paragraph + 1 >= sentence.paragraph)
                });
                if let (true, true, Some(g)) = (adds, near, open) {
                    groups[g].sentences.push(index);
                    // "in either incident", "both attacks": every event of the paragraph.
                    // Groups are made in text order, so those of this paragraph are the last
                    // ones; "both" or "either" never reaches back further than a few.
                    if refers_to_all(&sentence.text) {
                        let this_paragraph = groups[..g]
                            .iter_mut()
                            .rev()
                            .take(EVENTS_ONE_SENTENCE_SUMS_UP)
                            .take_while(|other| {
                                other
                                    .sentences
                                    .last()
                                    .is_some_and(|&l| all[l].paragraph == sentence.paragraph)
                            });
                        for other in this_paragraph {
                            // Sentences join in text order: this one, if there, is the last.
                            if other.sentences.last() != Some(&index) {
                                other.sentences.push(index);
                            }
                        }
                    }
                } else if sentence.paragraph
                    > open.map_or(0, |g| {
                        groups[g].sentences.last().map_or(0, |&l| all[l].paragraph)
                    }) + 1
                {
                    open = None;
                }
            }
        }
    }
    // The same event told twice (a lead and a recap): one group. Sentences that give no date
    // belong to the dated event nearest before them (or after, at the top) at a compatible
    // place; an article with no date at all gives one event per place.
    // A count told again one by one ("five convoys came under attack" and then each attack):
    // the parts are the events, in scope when the count named a target; the count is not one
    // more event.
    let mut parts_of: std::collections::HashMap<usize, usize> = Default::default();
    for group in &groups {
        if let Some(count) = group.part_of {
            *parts_of.entry(count).or_default() += 1;
        }
    }
    let told_in_parts = |g: usize| parts_of.get(&g).is_some_and(|&n| n >= 2);
    let names_a_target = |group: &Group| {
        group
            .sentences
            .iter()
            .any(|&i| codebook.scope.names_target(&all[i].text))
    };
    let set_apart = |group: &Group, why: &'static str| {
        let s = &all[group.sentences[0]];
        OtherEvent {
            article_id: article.article_id,
            start: s.start,
            end: s.end,
            quote: s.text.clone(),
            why,
        }
    };
    let count_in_scope: std::collections::HashSet<usize> = (0..groups.len())
        .filter(|&g| told_in_parts(g) && names_a_target(&groups[g]))
        .collect();
    let mut told_parts: Vec<Group> = Vec::new();
    let mut rest: Vec<Group> = Vec::new();
    for (g, group) in groups.into_iter().enumerate() {
        match group.part_of {
            Some(count) if told_in_parts(count) => {
                if count_in_scope.contains(&count) || names_a_target(&group) {
                    told_parts.push(group);
                }
            }
            _ if told_in_parts(g) => result.other_events.push(set_apart(
                &group,
                "a count of attacks the text then tells one by one (each is drafted)",
            )),
            _ => rest.push(group),
        }
    }
    let groups = rest;
    let mut merged: Vec<Group> = Vec::new();
    let mut undated: Vec<Group> = Vec::new();
    // The groups merged so far by the days they start on, so that a report of thousands of
    // dated events is not compared pair by pair.
    let mut by_days: std::collections::HashMap<Vec<Date>, Vec<usize>> = Default::default();
    for group in groups {
        if group.dates.is_empty() {
            undated.push(group);
            continue;
        }
        let days: Vec<Date> = group.dates.iter().map(|d| d.start).collect();
        let same_days = by_days.entry(days).or_default();
        let same = same_days
            .iter()
            .copied()
            .find(|&m| compatible(merged[m].place, group.place, &place_index));
        match same {
            Some(m) => merged[m].absorb(group, &place_index),
            None => {
                same_days.push(merged.len());
                merged.push(group);
            }
        }
    }
    // The dated events are in the order their first sentences come; an undated group looks
    // among the nearest of them only (a sentence hundreds of events away is not about the
    // same one, and a report of thousands of events stays linear). One with no home is left
    // for the undated twins below.
    let dated = merged.len();
    let mut homeless: Vec<Group> = Vec::new();
    for group in undated {
        let first = group.sentences[0];
        let split = merged.partition_point(|m| m.sentences[0] <= first);
        let fits = |i: &usize| compatible(merged[*i].place, group.place, &place_index);
        let home = (split.saturating_sub(NEAREST_EVENTS)..split)
            .rev()
            .find(fits)
            .or_else(|| (split..dated.min(split + NEAREST_EVENTS)).find(fits));
        match home {
            Some(i) => merged[i].absorb(group, &place_index),
            None => homeless.push(group),
        }
    }
    merged.extend(homeless);
    // Still undated and at compatible places: one event.
    let mut kept: Vec<Group> = Vec::new();
    let mut undated_kept: Vec<usize> = Vec::new();
    for group in merged {
        let twin = if group.dates.is_empty() {
            undated_kept
                .iter()
                .copied()
                .find(|&k| compatible(kept[k].place, group.place, &place_index))
        } else {
            None
        };
        match twin.map(|k| &mut kept[k]) {
            Some(k) => k.absorb(group, &place_index),
            None => {
                if group.dates.is_empty() {
                    undated_kept.push(kept.len());
                }
                kept.push(group);
            }
        }
    }
    // Where the article dates some events, what it leaves undated is background to them.
    if kept.iter().any(|g| !g.dates.is_empty()) {
        for group in kept.iter().filter(|g| g.dates.is_empty()) {
            result.other_events.push(set_apart(
                group,
                "an attack the article gives no date for, beside the ones it dates",
            ));
        }
        kept.retain(|g| !g.dates.is_empty());
    }
    let mut merged = kept;
    for group in &mut merged {
        group.sentences.sort_unstable();
        group.sentences.dedup();
    }
    // An event with nothing in scope named in any of its sentences was an attack on others.
    merged.retain(|group| {
        let in_scope = names_a_target(group);
        if !in_scope {
            result.other_events.push(set_apart(
                group,
                "an attack on a target out of scope (not US or coalition forces or a diplomatic site)",
            ));
        }
        in_scope
    });
    let drafts_of_group = |group: &Group| {
        drafts_of(
            article,
            codebook,
            (&places, &actors),
            &all,
            group,
            coded,
            &text_around,
        )
    };
    for group in merged {
        result.drafts.extend(drafts_of_group(&group));
    }
    // One draft per date and place, even where two lists name the same day.
    let mut unique: Vec<Draft> = Vec::new();
    let mut by_day_and_place: std::collections::HashMap<(Date, Option<PlaceId>), usize> =
        Default::default();
    for draft in std::mem::take(&mut result.drafts) {
        let twin = draft.date_start.and_then(|day| {
            let key = (day, draft.place.as_ref().map(|p| p.id));
            match by_day_and_place.entry(key) {
                std::collections::hash_map::Entry::Occupied(at) => Some(*at.get()),
                std::collections::hash_map::Entry::Vacant(free) => {
                    free.insert(unique.len());
                    None
                }
            }
        });
        match twin {
            Some(u) => {
                let u = &mut unique[u];
                for e in draft.evidence {
                    if !u.evidence.iter().any(|x| x.start == e.start) {
                        u.evidence.push(e);
                    }
                }
            }
            None => unique.push(draft),
        }
    }
    // Events told one by one are each their own, even on the same day at the same place.
    for group in told_parts {
        unique.extend(drafts_of_group(&group));
    }
    result.drafts = unique;
    result
}

/// An incident already in the project, as corroboration matching needs it.
#[derive(Clone, Debug)]
pub struct CodedIncident {
    pub incident_id: IncidentId,
    pub date_start: Option<Date>,
    pub date_end: Option<Date>,
    pub place_id: Option<PlaceId>,
    pub admin1: Option<String>,
    pub weapon: Option<String>,
    pub attribution: Option<Attribution>,
    pub munitions: Estimate,
    pub killed: Estimate,
    pub wounded: Estimate,
    /// The articles that already support it.
    pub articles: Vec<ArticleId>,
}

impl CodedIncident {
    pub fn of(incident: &Incident, places: &[Place], articles: Vec<ArticleId>) -> Self {
        Self {
            incident_id: incident.incident_id,
            date_start: incident.date_start,
            date_end: incident.date_end,
            place_id: incident.place_id,
            admin1: incident
                .place_id
                .and_then(|id| places.iter().find(|p| p.place_id == id))
                .and_then(|p| p.admin1.clone()),
            weapon: incident.weapon.clone(),
            attribution: incident.attribution,
            munitions: incident.munitions,
            killed: incident.killed,
            wounded: incident.wounded,
            articles,
        }
    }
}

fn count_of(value: CountValue) -> DraftCount {
    match value {
        CountValue::Known(estimate) => DraftCount::Known(estimate),
        CountValue::Unknown => DraftCount::Unknown("?"),
    }
}

/// The search for one field's value among a group's sentences, in the order they are read.
struct FirstValue<'a> {
    order: &'a [usize],
    all: &'a [Sentence],
    field: Field,
}

impl FirstValue<'_> {
    /// The value `find` gives for the first sentence that yields one; that sentence is noted
    /// as the evidence for the field.
    fn find<T>(
        self,
        note: &mut impl FnMut(usize, Option<Field>),
        find: impl Fn(&Sentence) -> Option<T>,
    ) -> Option<T> {
        let (index, value) = self
            .order
            .iter()
            .find_map(|&i| find(&self.all[i]).map(|value| (i, value)))?;
        note(index, Some(self.field));
        Some(value)
    }
}

/// The drafts of one group: one per date it states (one undated draft when it states none).
fn drafts_of(
    article: &Article,
    codebook: &Codebook<'_>,
    (places, actors): (&PlaceMatcher<'_>, &ActorMatcher<'_>),
    all: &[Sentence],
    group: &Group,
    coded: &[CodedIncident],
    text_around: &dyn Fn(usize) -> (String, Option<i16>),
) -> Vec<Draft> {
    let mut evidence: Vec<DraftEvidence> = Vec::new();
    let mut note = |index: usize, field: Option<Field>| {
        let sentence = &all[index];
        let at = match evidence.iter().position(|e| e.start == sentence.start) {
            Some(at) => at,
            None => {
                evidence.push(DraftEvidence {
                    article_id: article.article_id,
                    start: sentence.start,
                    end: sentence.end,
                    quote: sentence.text.clone(),
                    fields: Vec::new(),
                });
                evidence.len() - 1
            }
        };
        if let Some(field) = field
            && !evidence[at].fields.contains(&field)
        {
            evidence[at].fields.push(field);
        }
    };
    let date_sentence = group.sentences.iter().copied().find(|&i| {
        let (around, stated_year) = text_around(i);
        !day_dates(&all[i], article, (&around, stated_year)).is_empty()
    });
    // The sentence that dates the event says what happened; a headline above it says less.
    let told = date_sentence.unwrap_or(group.sentences[0]);
    let order: Vec<usize> = std::iter::once(told)
        .chain(group.sentences.iter().copied().filter(|&i| i != told))
        .collect();
    note(told, None);
    // The first sentence (the one that dates the event, then the others in order) that yields
    // a value, for each field; the value is worked out once.
    let first = |field: Field| FirstValue {
        order: &order,
        all,
        field,
    };
    let chosen = group.place;
    let place = first(Field::Place)
        .find(&mut note, |s| {
            place_in(&s.text, places).filter(|p| Some(p.place_id) == chosen)
        })
        .map(|p| Named {
            id: p.place_id,
            name: p.name,
        });
    let perpetrator_of = |text: &str| {
        actors
            .propose(text)
            .into_iter()
            .find(|a| !scope::is_target_side(&a.name))
    };
    let perpetrator = first(Field::Perpetrator)
        .find(&mut note, |s| perpetrator_of(&s.text))
        .map(|p| {
            let named = Named {
                id: p.actor_id,
                name: p.name,
            };
            (named, p.attribution)
        })
        .or_else(|| {
            // A group the codebook lacks, named where the words attribute the attack.
            let (name, attribution) = first(Field::Perpetrator)
                .find(&mut note, |s| propose::new_actor::unknown_group(&s.text))?;
            Some((
                Named {
                    id: ActorId::new(),
                    name,
                },
                Some(attribution),
            ))
        });
    let attribution = perpetrator
        .as_ref()
        .and_then(|(_, attribution)| *attribution)
        .or_else(|| {
            first(Field::Attribution).find(&mut note, |s| {
                attribution::stated_attribution(&s.text).map(|(a, _)| a)
            })
        });
    let weapon = first(Field::Weapon)
        .find(&mut note, |s| {
            propose::propose_weapon(&s.text, codebook.terms)
        })
        .map(|t| t.key);
    let event = first(Field::EventType)
        .find(&mut note, |s| {
            let types = propose::propose_event_type(&s.text, codebook.terms);
            (!types.is_empty()).then_some(types)
        })
        .unwrap_or_default();
    let target_type = first(Field::Target)
        .find(&mut note, |s| {
            propose::terms::propose_target_type(&s.text, codebook.terms)
        })
        .map(|t| t.key);
    let mut count = |field: Field| {
        first(field)
            .find(&mut note, |s| {
                propose::propose_count(&s.text, field)
                    .filter(|c| c.value != CountValue::Unknown || field == Field::Munitions)
            })
            .map(|c| count_of(c.value))
    };
    let munitions = count(Field::Munitions);
    let killed = count(Field::Killed);
    let wounded = count(Field::Wounded);
    let summary: String = all[told].text.chars().take(240).collect();
    if let Some(i) = date_sentence {
        note(i, Some(Field::Date));
    }
    let filled = [
        place.is_some(),
        weapon.is_some(),
        perpetrator.is_some() || attribution.is_some(),
        target_type.is_some(),
    ]
    .iter()
    .filter(|f| **f)
    .count();
    let base = Draft {
        article_id: article.article_id,
        date_start: None,
        date_end: None,
        date_precision: None,
        event_type: event.first().map(|t| t.key.clone()),
        sub_type: event.get(1).map(|t| t.key.clone()),
        weapon,
        target_type,
        place,
        perpetrator: perpetrator.map(|(named, _)| named),
        attribution,
        munitions,
        killed,
        wounded,
        summary,
        confidence: 0.0,
        corroborates: None,
        disagreements: Vec::new(),
        evidence,
    };
    let dates: Vec<Option<&DateProposal>> = if group.dates.is_empty() {
        vec![None]
    } else {
        group.dates.iter().map(Some).collect()
    };
    dates
        .into_iter()
        .map(|date| {
            let mut draft = base.clone();
            if let Some(date) = date {
                draft.date_start = Some(date.start);
                draft.date_end = (date.end != date.start).then_some(date.end);
                draft.date_precision = Some(date.precision);
            }
            draft.confidence =
                (0.3 + if date.is_some() { 0.3 } else { 0.0 } + 0.1 * filled as f32).min(1.0);
            draft.corroborates = corroborated(&draft, codebook.places, coded);
            if let Some(id) = draft.corroborates
                && let Some(other) = coded.iter().find(|c| c.incident_id == id)
            {
                draft.disagreements = disagreements(&draft, other);
            }
            draft
        })
        .collect()
}

/// Where a draft and the incident it corroborates say different things: counts (as low, best
/// and high) and attribution, where both state them.
fn disagreements(draft: &Draft, coded: &CodedIncident) -> Vec<String> {
    let shown = |e: &Estimate| {
        let part = |v: Option<u32>| v.map_or("–".to_owned(), |v| v.to_string());
        if e.low.is_none() && e.high.is_none() {
            part(e.best)
        } else {
            format!("{}/{}/{}", part(e.low), part(e.best), part(e.high))
        }
    };
    let mut found = Vec::new();
    for (field, here, there) in [
        ("munitions", &draft.munitions, &coded.munitions),
        ("killed", &draft.killed, &coded.killed),
        ("wounded", &draft.wounded, &coded.wounded),
    ] {
        if let Some(DraftCount::Known(here)) = here
            && !there.is_empty()
            && here != there
        {
            found.push(format!(
                "{field}: {} here, {} coded",
                shown(here),
                shown(there)
            ));
        }
    }
    if let (Some(here), Some(there)) = (draft.attribution, coded.attribution)
        && here != there
    {
        found.push(format!("attribution: {here} here, {there} coded"));
    }
    found
}

/// The coded incident `draft` is another account of: dates within a day, the same place or
/// province, weapons that do not differ. Not one this article already supports.
fn corroborated(draft: &Draft, places: &[Place], coded: &[CodedIncident]) -> Option<IncidentId> {
    let start = draft.date_start?;
    let end = draft.date_end.unwrap_or(start);
    let admin1 = draft
        .place
        .as_ref()
        .and_then(|p| places.iter().find(|q| q.place_id == p.id))
        .and_then(|p| p.admin1.clone());
    coded
        .iter()
        .filter(|c| !c.articles.contains(&draft.article_id))
        .find(|c| {
            let Some(c_start) = c.date_start else {
                return false;
            };
            let c_end = c.date_end.unwrap_or(c_start);
            let near = |a: Date, b: Date| (a - b).get_days().abs() <= 1;
            let dates =
                near(start, c_start) || near(end, c_end) || (start <= c_end && c_start <= end);
            let place = match (&draft.place, c.place_id) {
                (Some(p), Some(q)) => p.id == q || (admin1.is_some() && admin1 == c.admin1),
                _ => false,
            };
            let weapon = match (&draft.weapon, &c.weapon) {
                (Some(a), Some(b)) => {
                    a == b || a.starts_with(b.as_str()) || b.starts_with(a.as_str())
                }
                _ => true,
            };
            dates && place && weapon
        })
        .map(|c| c.incident_id)
}

/// What drafting reads of a project once for many articles: its lists and its incidents.
pub struct Drafter {
    actors: Vec<Actor>,
    places: Vec<Place>,
    terms: Vec<VocabTerm>,
    scope: scope::Scope,
    coded: Vec<CodedIncident>,
    /// The names of `actors` and `places`, indexed once: indexing them for every article was a
    /// tenth of a drafting run.
    names: NamesIndexed,
}

impl Drafter {
    pub fn new(conn: &rusqlite::Connection) -> crate::store::StoreResult<Self> {
        use crate::store::{actors, evidence, incidents, places, vocab};
        let (actors, places, terms) = (actors::all(conn)?, places::all(conn)?, vocab::all(conn)?);
        let mut supported = evidence::sources_by_incident(conn)?;
        let coded: Vec<CodedIncident> = incidents::all(conn)?
            .iter()
            .map(|i| {
                let articles = supported.remove(&i.incident_id).unwrap_or_default();
                CodedIncident::of(i, &places, articles)
            })
            .collect();
        let stored = crate::store::meta::get(conn, scope::SCOPE_KEY)?;
        // The groups of the world list the project lacks (by name) can be named too: a draft's
        // perpetrator from it is adopted with the draft.
        let mut actors = actors;
        let listed: Vec<Actor> = crate::model::actor_list::actors()
            .iter()
            .filter(|l| !actors.iter().any(|a| a.name.eq_ignore_ascii_case(&l.name)))
            .cloned()
            .collect();
        actors.extend(listed);
        let names = NamesIndexed {
            places: PlaceMatcher::index_of(&places),
            actors: ActorMatcher::index_of(&actors),
        };
        Ok(Self {
            actors,
            places,
            terms,
            scope: scope::Scope::from_stored(stored.as_deref()),
            coded,
            names,
        })
    }

    /// The drafts of one article.
    pub fn draft(&self, article: &Article) -> ArticleDrafts {
        let codebook = Codebook {
            actors: &self.actors,
            places: &self.places,
            terms: &self.terms,
            scope: &self.scope,
        };
        draft_with_names(article, &codebook, &self.names, &self.coded)
    }
}

/// Drafts the articles of the project open on `conn`: the one given, or all of them. Drafts
/// that match an incident already coded say so.
pub fn draft_project(
    conn: &rusqlite::Connection,
    only: Option<ArticleId>,
) -> crate::store::StoreResult<Vec<ArticleDrafts>> {
    let drafter = Drafter::new(conn)?;
    let chosen = match only {
        Some(id) => crate::store::articles::get(conn, id)?.into_iter().collect(),
        None => crate::store::articles::all(conn, true)?,
    };
    Ok(chosen
        .iter()
        .map(|article| drafter.draft(article))
        .collect())
}

/// Threads that draft at once (a reader each): the machines analysts use have two cores or more.
pub const DRAFTING_THREADS: usize = 2;

/// Drafts the articles `ids` on as many threads as `readers` (a read-only connection each),
/// handing each article, as read, and its drafts to `each` in the order of `ids` (an article
/// deleted meanwhile is left out); `each` stops it all by returning an error. Memory holds the
/// articles in flight, not the project: drafting 100,000 articles reads each once and keeps none.
pub fn draft_each<E>(
    drafter: &Drafter,
    readers: Vec<rusqlite::Connection>,
    ids: &[ArticleId],
    mut each: impl FnMut(Article, ArticleDrafts) -> Result<(), E>,
) -> Result<(), E>
where
    E: From<crate::store::StoreError>,
{
    use std::sync::atomic::{AtomicUsize, Ordering};
    let next = AtomicUsize::new(0);
    // Bounded, so that the workers wait for the writer rather than fill memory.
    let (sender, receiver) = std::sync::mpsc::sync_channel(readers.len() * 8);
    std::thread::scope(|scope| {
        for reader in readers {
            let (sender, next) = (sender.clone(), &next);
            scope.spawn(move || {
                loop {
                    let index = next.fetch_add(1, Ordering::Relaxed);
                    let Some(&id) = ids.get(index) else { break };
                    let drafted = crate::store::articles::get(&reader, id).map(|article| {
                        article.map(|a| {
                            let drafts = drafter.draft(&a);
                            (a, drafts)
                        })
                    });
                    let failed = drafted.is_err();
                    if sender.send((index, drafted)).is_err() || failed {
                        break;
                    }
                }
            });
        }
        drop(sender);
        // Results come back as the workers finish them; each is passed on in `ids` order.
        let mut waiting = std::collections::BTreeMap::new();
        let mut due = 0;
        for (index, drafted) in receiver {
            waiting.insert(index, drafted);
            while let Some(drafted) = waiting.remove(&due) {
                due += 1;
                // An article deleted meanwhile has nothing to draft.
                if let Some((article, drafts)) = drafted? {
                    each(article, drafts)?;
                }
            }
        }
        Ok(())
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::default_codebook::{default_actors, default_places, default_terms};

    #[test]
    fn drafting_on_two_threads_hands_the_articles_back_in_order() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("p.db");
        let mut project = crate::store::Project::create(&path, "test").expect("created");
        let paths: Vec<_> = (0..12)
            .map(|n| {
                let file = dir.path().join(format!("a{n:02}.txt"));
                let text = format!(
                    "Report {n}\n\nRockets struck a US base near Erbil on Monday, {} March 2021.",
                    n + 1
                );
                std::fs::write(&file, text).expect("written");
                file
            })
            .collect();
        let never = std::sync::atomic::AtomicBool::new(false);
        crate::import::import_files(&mut project, &paths, &never, |_| {}).expect("imported");
        let ids = crate::store::articles::all_ids(project.conn()).expect("ids");
        let drafter = Drafter::new(project.conn()).expect("drafter");
        let readers = vec![project.reader().expect("a"), project.reader().expect("b")];
        let mut seen = Vec::new();
        draft_each(&drafter, readers, &ids, |article, drafted| {
            let id = article.article_id;
            assert_eq!(drafted.drafts.first().map(|d| d.article_id), Some(id));
            seen.push(drafted.drafts.first().map(|d| d.article_id));
            Ok::<(), crate::store::StoreError>(())
        })
        .expect("drafted");
        let expected: Vec<Option<ArticleId>> = ids.iter().copied().map(Some).collect();
        assert_eq!(seen, expected, "each article once, in the project's order");
    }

    fn first_days(text: &str, published: Date) -> Vec<Option<Date>> {
        let (actors, places, terms) = (default_actors(), default_places(), default_terms());
        let scope = scope::Scope::default();
        let codebook = Codebook {
            actors: &actors,
            places: &places,
            terms: &terms,
            scope: &scope,
        };
        let mut article = crate::model::Article {
            article_id: ArticleId::new(),
            content_hash: String::new(),
            meta: Default::default(),
            source_name: None,
            source_format: crate::model::SourceFormat::Txt,
            text: text.to_owned(),
            imported_at: jiff::Timestamp::UNIX_EPOCH,
            imported_by: "test".into(),
        };
        article.meta.published = Some(published);
        draft_article(&article, &codebook, &[])
            .drafts
            .iter()
            .map(|d| d.date_start)
            .collect()
    }

    #[test]
    fn a_long_narrative_dates_a_day_by_the_year_it_stated_before_a_report_by_its_own() {
        let event = "On 21 January, a roadside bomb struck a US convoy near Erbil.";
        let filler = "The war went on through the provinces of the north and the east.\n\n";
        let narrative = format!("2019 drawdown\n\n{}{event}\n", filler.repeat(400));
        assert!(narrative.len() > NARRATIVE_LENGTH);
        let published = jiff::civil::date(2023, 6, 1);
        assert_eq!(
            first_days(&narrative, published),
            [Some(jiff::civil::date(2019, 1, 21))]
        );
        // A report of its own day: the year of its date, as before.
        let report = format!("2019 drawdown\n\n{event}\n");
        assert_eq!(
            first_days(&report, published),
            [Some(jiff::civil::date(2023, 1, 21))]
        );
    }

    #[test]
    fn events_counted_and_then_told_one_by_one_are_each_drafted_on_the_count_s_day() {
        let text = "On 22 January, three convoys carrying supplies for the US-led coalition came \
                    under attack in Iraq.\n\nA militia channel listed them:\n\n\
                    The first attack took place in Nasiriyah.\n\
                    The second attack took place in Babylon.\n\
                    The third attack also took place in Babylon.\n";
        let day = Some(jiff::civil::date(2021, 1, 22));
        assert_eq!(
            first_days(text, jiff::civil::date(2021, 1, 23)),
            [day, day, day],
            "three events, two of them in one province on one day, and no fourth for the count"
        );
    }

    #[test]
    fn the_years_a_text_writes_in_four_digits() {
        assert_eq!(
            years_in("In 2019, 1,500 troops; F-15 jets; 2021."),
            [2019, 2021]
        );
    }
}
