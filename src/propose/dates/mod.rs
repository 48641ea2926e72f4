//! Dates from a span of prose: absolute ("September 24, 2020", "24 September", "Sept. 2"),
//! lists ("July 23, August 3, 9, 23"), relative to the article's date ("Tuesday night",
//! "yesterday", "last month") and vague ("early December", "in June").

#[allow(unused_imports)]
use jiff::ToSpan;
use jiff::civil::{Date, Weekday};

use super::arabic;
use super::lexicon::{self, Relative, ar, en};
use super::tokens::{Token, TokenKind, fold, number_word, tokenize};
use crate::model::DatePrecision;

/// One proposed date or range, with why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DateProposal {
    pub start: Date,
    pub end: Date,
    pub precision: DatePrecision,
    pub reason: String,
    /// Code points of the span the date was read from (for suggestions).
    pub span_start: usize,
    pub span_end: usize,
}

mod absolute;
mod mentions;
mod narrative;
mod numeric;
mod ranges;
mod relative;
mod resolve;
mod words;

use absolute::*;
use mentions::*;
use narrative::*;
use numeric::*;
use ranges::*;
use relative::*;
use resolve::*;
/// A weekday's name in any language the lexicons read: the time of day's parts before a day.
pub(crate) use words::weekday_of;
use words::*;

/// Every date the span states, in text order: the days of a list each on their own. Relative
/// dates need the article's date; a span with nothing recognisable proposes nothing.
pub fn propose_dates(span: &str, article_date: Option<Date>) -> Vec<DateProposal> {
    propose_dates_around(span, article_date, "")
}

/// [`propose_dates`], reading a year the words `around` the span state (its paragraph) for a
/// day or month the span names without one.
pub fn propose_dates_around(
    span: &str,
    article_date: Option<Date>,
    around: &str,
) -> Vec<DateProposal> {
    propose_dates_in_narrative(span, article_date, around, None)
}

/// [`propose_dates_around`] in a narrative (a background or encyclopedia text, which runs
/// through the years): a day or month without a year takes `stated_year`, the last year the
/// text stated before the span (a heading such as "2019 drawdown" included), rather than the
/// year of the article's date.
pub fn propose_dates_in_narrative(
    span: &str,
    article_date: Option<Date>,
    around: &str,
    stated_year: Option<i16>,
) -> Vec<DateProposal> {
    let tokens = tokenize(span);
    let mut found = propose_dates_in_tokens(span, &tokens, article_date, around, stated_year);
    if around.is_empty() {
        return found;
    }
    if found.is_empty() {
        return counted_from_the_date_before(span, article_date, around)
            .into_iter()
            .collect();
    }
    found.retain(|date| {
        !(dates_a_saying(&tokens, date.span_start)
            && another_date_around(span, around, article_date))
    });
    found
}

/// [`propose_dates_around`] without counting from a date before the span.
fn propose_dates_in(span: &str, article_date: Option<Date>, around: &str) -> Vec<DateProposal> {
    propose_dates_in_tokens(span, &tokenize(span), article_date, around, None)
}

/// [`propose_dates`] in a span already tokenised (`tokens` are [`tokenize`]'s, punctuation
/// kept), for a paragraph that other proposals read too.
pub fn propose_dates_tokenized(
    span: &str,
    tokens: &[Token],
    article_date: Option<Date>,
) -> Vec<DateProposal> {
    propose_dates_in_tokens(span, tokens, article_date, "", None)
}

fn propose_dates_in_tokens(
    span: &str,
    tokens: &[Token],
    article_date: Option<Date>,
    around: &str,
    stated_year: Option<i16>,
) -> Vec<DateProposal> {
    let mut found = dates_stated(span, tokens, article_date, around, stated_year);
    found.retain(|date| !in_since_clause(tokens, date.span_start));
    found.retain(|date| {
        !dates_a_statement_or_the_page(span, tokens, date.span_start..date.span_end)
    });

    // What a report tells has happened by the day it was published: a day after it ("next
    // Tuesday", a planned visit) is no incident's date.
    found.retain(|date| article_date.is_none_or(|article| date.start <= article));
    found
}

/// Every date the tokens state, "since" clauses included.
fn dates_stated(
    span: &str,
    tokens: &[Token],
    article_date: Option<Date>,
    around: &str,
    stated_year: Option<i16>,
) -> Vec<DateProposal> {
    let (numeric, ambiguous) = numeric_dates(tokens, article_date, around);
    if !numeric.is_empty() {
        return numeric;
    }
    let (days, vague) = scan_absolute(tokens);
    // The text around is read for a year only when a date here lacks one.
    let around_year = if days.iter().any(|d| d.year.is_none()) || !vague.is_empty() {
        stated_year.or_else(|| year_around(around, span))
    } else {
        None
    };
    let absolute: Vec<DateProposal> = days
        .iter()
        .filter_map(|mention| day_proposal(mention, article_date, around_year))
        .collect();
    if let Some(range) = day_range_across_months(tokens, &absolute) {
        return vec![range];
    }
    // The year of a date whose day and month cannot be told apart is no date of its own.
    if !absolute.is_empty() || ambiguous {
        return absolute;
    }
    if let Some(article) = article_date {
        let relative = relative(tokens, article);
        // "in March last year", « en mars de l'année dernière »: the month of the year named
        // from the article's.
        if let ([year], [month]) = (relative.as_slice(), vague.as_slice())
            && year.precision == DatePrecision::Year
            && month.month.is_some()
            && month.year.is_none()
            && let Some(date) = vague_proposal(month, article_date, Some(year.start.year()))
        {
            return vec![date];
        }
        if !relative.is_empty() {
            return relative;
        }
    }
    if let Some(range) = vague_range(tokens, &vague, article_date, around_year) {
        return vec![range];
    }
    vague
        .iter()
        .filter_map(|m| vague_proposal(m, article_date, around_year))
        .collect()
}

/// Whether a "since" (English since, French depuis, Arabic mundhu) earlier in the same clause
/// opens the date that starts at code point `start`: "attacks since October 7", "the first
/// since the war began on Oct 7", "منذ مطلع العام". Such a date starts a tally or sets the
/// background; it is not when the incident happened. "منذ ثلاثة أيام" (three days ago) holds
/// its mundhu inside the date's own words, so it stays.
fn in_since_clause(tokens: &[Token], start: usize) -> bool {
    let at = tokens.partition_point(|t| t.start < start);
    tokens[..at]
        .iter()
        .rev()
        .take(12)
        .take_while(|t| !matches!(t.kind, TokenKind::Punct(c) if !"-'’".contains(c)))
        .filter_map(Token::word)
        .any(|w| w == en::dates::SINCE || arabic::is_one_of(w, ar::dates::SINCE))
}

/// Whether the date starting at `start` dates a statement or the page rather than the incident:
/// a statement's noun just before it in its clause ("released a statement on Sunday", "في
/// بيان يوم الأحد", "في بيان مقتضب فجر اليوم الخميس"), or the page's own line ("Published in
/// Dawn, November 27th, 2022", "Updated:"), whose commas do not end it. A day that owns what
/// follows ("in a statement Monday's attack") is the attack's.
fn dates_a_statement_or_the_page(
    span: &str,
    tokens: &[Token],
    date: std::ops::Range<usize>,
) -> bool {
    // A statement's noun stands close ("a statement on Sunday"); a page's line names its
    // outlet between ("Published in the Daily Post, July 8th").
    const STATEMENT_REACH: usize = 3;
    const PAGE_LINE_REACH: usize = 6;
    // "confirmed in a statement Monday's attack": the day is the attack's.
    // The tokens keep a possessive's word without its "'s" (and no token for it).
    let possessive = span
        .chars()
        .skip(date.end)
        .take(2)
        .collect::<String>()
        .strip_suffix('s')
        .is_some_and(|apostrophe| apostrophe == "'" || apostrophe == "’");
    if possessive {
        return false;
    }
    let at = tokens.partition_point(|t| t.start < date.start);
    let is_comma = |t: &Token| matches!(t.kind, TokenKind::Punct(c) if c == ',' || c == '،');
    let words_before = |across_commas: bool, reach: usize| {
        tokens[..at]
            .iter()
            .rev()
            .filter(move |t| !(across_commas && is_comma(t)))
            .take_while(|t| !matches!(t.kind, TokenKind::Punct(c) if !"-'’".contains(c)))
            .filter_map(Token::word)
            .take(reach)
    };
    words_before(false, STATEMENT_REACH)
        .any(|w| en::dates::STATEMENT.contains(&w) || arabic::is_one_of(w, ar::dates::STATEMENT))
        || words_before(true, PAGE_LINE_REACH).any(|w| {
            en::dates::PAGE_LINE.contains(&w) || arabic::is_one_of(w, ar::dates::PAGE_LINE)
        })
}

/// Whether the date starting at code point `start` is the day of a saying and nothing else
/// in the span: a verb of saying and its subject just before it in its clause ("the Pentagon
/// said Tuesday", أعلنت القيادة الأمريكية الوسطى، مساء الاثنين, « a annoncé dimanche »), and no
/// word of an attack in the span. Where the paragraph dates the attack elsewhere, such a day
/// is when it was said, not when it happened.
fn dates_a_saying(tokens: &[Token], start: usize) -> bool {
    // The subject stands between (أعلنت القيادة الأمريكية الوسطى، مساء الاثنين).
    const SAYING_REACH: usize = 5;
    let at = tokens.partition_point(|t| t.start < start);
    let is_comma = |t: &Token| matches!(t.kind, TokenKind::Punct(c) if c == ',' || c == '،');
    tokens[..at]
        .iter()
        .rev()
        .filter(|t| !is_comma(t))
        .take_while(|t| !matches!(t.kind, TokenKind::Punct(c) if !"-'’".contains(c)))
        .filter_map(Token::word)
        .take(SAYING_REACH)
        .any(|w| en::dates::SAYING.contains(&w) || arabic::is_one_of(w, ar::dates::SAYING))
        && !tokens
            .iter()
            .filter_map(Token::word)
            .any(tells_of_an_attack)
}

/// Whether the paragraph `around` states a date outside `span`'s own words.
fn another_date_around(span: &str, around: &str, article_date: Option<Date>) -> bool {
    let Some(at) = around.find(span) else {
        return false;
    };
    // The paragraph without the span: a date the span repeats is found once only.
    let rest = format!("{} . {}", &around[..at], &around[at + span.len()..]);
    !propose_dates_in_tokens(&rest, &tokenize(&rest), article_date, "", None).is_empty()
}

/// Whether `word` tells of an attack or what it did: a deed, a munition, a casualty, a claim.
/// A span with none of them that dates a saying dates only the saying.
fn tells_of_an_attack(word: &str) -> bool {
    let singular = word.strip_suffix('s').unwrap_or(word);
    [
        en::scope::ATTACK_WORDS,
        en::ATTACK_NOUNS,
        en::MUNITION_NOUNS,
        en::counts::CASUALTIES,
    ]
    .iter()
    .any(|list| list.contains(&word) || list.contains(&singular))
        || [
            ar::scope::ATTACK_WORDS,
            ar::scope::MANY_ATTACKS,
            ar::counts::MUNITIONS,
            ar::counts::KILLED_NOUNS,
            ar::counts::WOUNDED_NOUNS,
            ar::counts::CASUALTIES,
            ar::dates::TOLD_OF_AN_ATTACK,
        ]
        .iter()
        .any(|list| arabic::is_one_of(word, list))
}

/// The words of `paragraph` that state a date relative to the article's ("Tuesday night",
/// Arabic ams, "yesterday") and that nothing else dates: what an article without a publication
/// date cannot propose. Character ranges within the paragraph, in text order.
pub fn needing_article_date(paragraph: &str) -> Vec<std::ops::Range<usize>> {
    // Any date does: only which words are read matters, not the day they come to.
    const PROBE: Date = jiff::civil::date(2000, 6, 15);
    let tokens = tokenize(paragraph);
    let dated: Vec<std::ops::Range<usize>> = propose_dates(paragraph, None)
        .into_iter()
        .map(|d| d.span_start..d.span_end)
        .collect();
    relative(&tokens, PROBE)
        .into_iter()
        .map(|d| d.span_start..d.span_end)
        .filter(|r| !dated.iter().any(|d| d.start < r.end && r.start < d.end))
        .collect()
}

#[cfg(test)]
mod tests;
