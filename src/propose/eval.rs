//! Scoring proposals against labelled cases: one case per line of a tab-separated file,
//! `field<TAB>article date<TAB>span<TAB>expected`, optionally `<TAB>context` (the words around
//! the span — its sentence or paragraph — in which the span must occur), `#` starting a comment. The expected value is
//! written as [`render`] writes a proposal:
//!
//! | field | expected |
//! | --- | --- |
//! | date | `2020-11-17`; a range `2020-12-01..2020-12-10`; a list `2020-07-23,2020-08-03` |
//! | munitions, impacted, intercepted, killed, wounded | `7`; `>=32` (at least); `<=5`; `3..5`; `?` (unknown count) |
//! | perpetrator | the actor's name, optionally `name|attribution` (`Kata'ib Hezbollah|denied`) |
//! | attribution | `claimed`, `attributed`, `suspected`, `denied` |
//! | place, launch_site | the place's name, or any one of its aliases (`Douma` for `Duma`) |
//! | weapon, target | the vocabulary key |
//! | event_type | `event_type/sub_type` keys |
//! | time_of_day | the words as stated |
//!
//! `-` as expected value means no proposal is right; `-` as the article date means none is known.
//! Cases are scored with the default codebook's actors, places and vocabularies.

use std::collections::BTreeMap;

use jiff::civil::Date;

use super::places::propose_places;
use super::{Context, CountValue, Proposal, Value, propose};
use crate::model::{Estimate, Field, Place, default_codebook as codebook, gazetteer};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Case {
    pub field: Field,
    pub article_date: Option<Date>,
    pub span: String,
    pub expected: Option<String>,
    /// The text around the span, when the case gives it.
    pub context: Option<String>,
    /// Where the case came from: "file.tsv:12".
    pub origin: String,
}

/// Reads the cases of one file; a malformed line is an error naming the line.
pub fn parse_cases(text: &str, origin: &str) -> Result<Vec<Case>, String> {
    let mut cases = Vec::new();
    for (number, line) in text.lines().enumerate() {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let at = format!("{origin}:{}", number + 1);
        let columns: Vec<&str> = line.split('\t').collect();
        let (field, date, span, expected, context) = match columns[..] {
            [field, date, span, expected] => (field, date, span, expected, None),
            [field, date, span, expected, context] => {
                if !context.contains(span) {
                    return Err(format!("{at}: the span does not occur in its context"));
                }
                (field, date, span, expected, Some(context.to_owned()))
            }
            _ => {
                return Err(format!(
                    "{at}: expected 4 or 5 tab-separated columns, found {}",
                    columns.len()
                ));
            }
        };
        let field =
            Field::parse(field.trim()).ok_or_else(|| format!("{at}: unknown field {field:?}"))?;
        let article_date = match date.trim() {
            "-" | "" => None,
            d => Some(
                d.parse()
                    .map_err(|_| format!("{at}: bad article date {d:?}"))?,
            ),
        };
        let expected = match expected.trim() {
            "-" => None,
            e => Some(e.to_owned()),
        };
        cases.push(Case {
            field,
            article_date,
            span: span.to_owned(),
            expected,
            context,
            origin: at,
        });
    }
    Ok(cases)
}

fn render_estimate(estimate: &Estimate) -> String {
    match (estimate.low, estimate.best, estimate.high) {
        (None, Some(b), None) => b.to_string(),
        (Some(l), None, None) => format!(">={l}"),
        (None, None, Some(h)) => format!("<={h}"),
        (Some(l), None, Some(h)) => format!("{l}..{h}"),
        (l, b, h) => {
            let part = |v: Option<u32>| v.map(|v| v.to_string()).unwrap_or_default();
            format!("{}/{}/{}", part(l), part(b), part(h))
        }
    }
}

/// The proposals for one case, written in the case-file syntax; `None` when nothing was proposed.
/// `with_attribution` adds `|attribution` to a perpetrator, as the expected value asks.
pub fn render(field: Field, proposals: &[Proposal], with_attribution: bool) -> Option<String> {
    let first = proposals.first()?;
    Some(match (&first.value, field) {
        (Value::Date { .. }, _) => proposals
            .iter()
            .filter_map(|p| match &p.value {
                Value::Date { start, end, .. } if start == end => Some(start.to_string()),
                Value::Date { start, end, .. } => Some(format!("{start}..{end}")),
                _ => None,
            })
            .collect::<Vec<_>>()
            .join(","),
        (Value::Count(CountValue::Unknown), _) => "?".to_owned(),
        (Value::Count(CountValue::Known(estimate)), _) => render_estimate(estimate),
        (
            Value::Actor {
                name, attribution, ..
            },
            _,
        ) => match (with_attribution, attribution) {
            (true, Some(a)) => format!("{name}|{a}"),
            _ => name.clone(),
        },
        (Value::Attribution(a), _) => a.to_string(),
        (Value::Place { name, .. }, _) => name.clone(),
        (Value::Term { .. }, Field::EventType) => proposals
            .iter()
            .filter_map(|p| match &p.value {
                Value::Term { key, .. } => Some(key.as_str()),
                _ => None,
            })
            .collect::<Vec<_>>()
            .join("/"),
        (Value::Term { key, .. }, _) => key.clone(),
        (Value::Text(text), _) => text.clone(),
    })
}

/// Proposals made, right and expected, for one field.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Tally {
    pub cases: usize,
    /// Cases with something proposed.
    pub proposed: usize,
    /// Proposals equal to the expected value.
    pub right: usize,
    /// Cases where a value was expected.
    pub expected: usize,
    /// Cases expecting nothing where nothing was proposed.
    pub rightly_silent: usize,
}

impl Tally {
    /// Share of proposals that were right.
    pub fn precision(&self) -> f64 {
        ratio(self.right, self.proposed)
    }

    /// Share of expected values that were proposed right.
    pub fn recall(&self) -> f64 {
        ratio(self.right, self.expected)
    }

    /// Share of cases handled right: the right value, or rightly nothing.
    pub fn accuracy(&self) -> f64 {
        ratio(self.right + self.rightly_silent, self.cases)
    }

    fn add(&mut self, other: &Tally) {
        self.cases += other.cases;
        self.proposed += other.proposed;
        self.right += other.right;
        self.expected += other.expected;
        self.rightly_silent += other.rightly_silent;
    }
}

fn ratio(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        1.0
    } else {
        part as f64 / whole as f64
    }
}

/// The score of a set of cases: a tally per field, and every wrong case with what was proposed.
#[derive(Debug, Default)]
pub struct Report {
    pub by_field: BTreeMap<&'static str, Tally>,
    /// Each case missed, what was proposed, and why (the first proposal's reason; empty when
    /// nothing was).
    pub misses: Vec<(Case, Option<String>, String)>,
}

impl Report {
    pub fn total(&self) -> Tally {
        let mut total = Tally::default();
        for tally in self.by_field.values() {
            total.add(tally);
        }
        total
    }

    /// A table for the test log.
    pub fn table(&self) -> String {
        let mut out = format!(
            "{:<14}{:>7}{:>10}{:>10}{:>10}\n",
            "field", "cases", "precision", "recall", "accuracy"
        );
        let rows = self
            .by_field
            .iter()
            .map(|(f, t)| (*f, *t))
            .chain([("all", self.total())]);
        for (field, t) in rows {
            out.push_str(&format!(
                "{field:<14}{:>7}{:>9.1}%{:>9.1}%{:>9.1}%\n",
                t.cases,
                100.0 * t.precision(),
                100.0 * t.recall(),
                100.0 * t.accuracy()
            ));
        }
        out
    }
}

/// Scores `cases` with the default codebook.
pub fn score(cases: &[Case]) -> Report {
    let actors = codebook::default_actors();
    let places = codebook::default_places();
    let terms = codebook::default_terms();
    let mut report = Report::default();
    for case in cases {
        let context = Context {
            article_date: case.article_date,
            actors: &actors,
            places: &places,
            terms: &terms,
            around: case.context.as_deref().unwrap_or(""),
        };
        let proposals = propose(case.field, &case.span, &context);
        let with_attribution = case.expected.as_deref().is_some_and(|e| e.contains('|'));
        let got = render(case.field, &proposals, with_attribution);
        let tally = report.by_field.entry(case.field.as_str()).or_default();
        tally.cases += 1;
        tally.proposed += usize::from(got.is_some());
        tally.expected += usize::from(case.expected.is_some());
        match (&got, &case.expected) {
            (Some(g), Some(e)) if g == e => tally.right += 1,
            (Some(_), Some(e)) if names_the_proposed_place(e, &proposals, &places) => {
                tally.right += 1;
            }
            (None, None) => tally.rightly_silent += 1,
            _ => {
                let reason = proposals
                    .first()
                    .map(|p| p.reason.clone())
                    .unwrap_or_default();
                report.misses.push((case.clone(), got, reason));
            }
        }
    }
    report
}

/// Whether `expected` is another name of the place proposed first: a place is its record, not
/// one spelling of it, so a label may name it by any alias ("Douma" for the gazetteer's "Duma").
/// The whole label must be that name, read as the matcher reads names.
fn names_the_proposed_place(expected: &str, proposals: &[Proposal], places: &[Place]) -> bool {
    let Some(Value::Place { place_id, .. }) = proposals.first().map(|p| &p.value) else {
        return false;
    };
    let Some(place) = places
        .iter()
        .find(|p| p.place_id == *place_id)
        .or_else(|| gazetteer::place(*place_id))
    else {
        return false;
    };
    let expected = without_leading_article(expected.trim());
    let length = expected.chars().count();
    propose_places(expected, std::slice::from_ref(place))
        .iter()
        .any(|m| m.place_id == *place_id && m.span_start == 0 && m.span_end == length)
}

/// The label without an article written before the name ("al-Hasakah", "the Conoco gas
/// field"): the matcher leaves the article out of the place it finds, so the label must too.
fn without_leading_article(label: &str) -> &str {
    for article in ["al-", "al ", "el-", "el ", "the "] {
        if let Some(head) = label.get(..article.len())
            && head.eq_ignore_ascii_case(article)
        {
            return &label[article.len()..];
        }
    }
    label
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cases_parse_and_score() {
        let text = "# comment\ndate\t2020-11-18\tTuesday night\t2020-11-17\nmunitions\t-\tseven rockets\t7\nkilled\t-\tseven rockets\t-\nweapon\t-\tnothing here\trocket\n";
        let cases = parse_cases(text, "t.tsv").expect("parses");
        assert_eq!(cases.len(), 4);
        assert_eq!(cases[0].origin, "t.tsv:2");
        let report = score(&cases);
        let total = report.total();
        assert_eq!(
            (
                total.cases,
                total.right,
                total.rightly_silent,
                total.expected
            ),
            (4, 2, 1, 3)
        );
        assert_eq!(
            report.misses.len(),
            1,
            "the weapon case has no weapon in it"
        );
        assert!(report.table().contains("all"));
    }

    #[test]
    fn a_place_labelled_by_an_alias_is_the_same_place() {
        let text = "place\t-\tin the town of Douma\tDouma\n\
                    place\t-\tin Samarra\tSamarrah\n\
                    place\t-\tin Kirkuk\tKirkuk province\n\
                    place\t-\tin Samarra\tSamarra town\n\
                    place\t-\tin Hasakah\tAl-Hasakah\n\
                    place\t-\tin Tikrit\tal Tikrit\n\
                    place\t-\tat the Conoco gas field\tthe Conoco gas field\n";
        let cases = parse_cases(text, "t.tsv").expect("parses");
        let report = score(&cases);
        let wrong: Vec<&str> = report
            .misses
            .iter()
            .map(|(c, _, _)| c.origin.as_str())
            .collect();
        assert_eq!(
            wrong,
            ["t.tsv:3", "t.tsv:4"],
            "another name of the same record, with or without its article, is right; another \
             record, or more words, is not"
        );
    }

    #[test]
    fn malformed_lines_name_their_place() {
        let err = parse_cases("date\tonly two", "bad.tsv").expect_err("refused");
        assert!(err.starts_with("bad.tsv:1"), "{err}");
        assert!(parse_cases("colour\t-\tx\t-", "bad.tsv").is_err());
    }
}
