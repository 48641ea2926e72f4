//! The time of day as the source states it ("around 2100 local time", "shortly before
//! midnight", "at 7:20 a.m.", « vers 23h30 », فجرًا): kept as words, because sources rarely give
//! more. The words are every language's [`lexicon::TimesOfDay`]; the rule here names none.

use super::lexicon::{self, TimesOfDay};
use super::tokens::{Token, TokenKind, tokenize};

/// The time-of-day phrase in `span`, if any, as written.
pub fn propose_time_of_day(span: &str) -> Option<(String, usize, usize)> {
    let tokens = tokenize(span);
    let chars: Vec<char> = span.chars().collect();
    for i in 0..tokens.len() {
        // Every language's reading of a time starting here; the widest wins (English reads
        // "16:03" of الساعة 16:03 مساء too).
        let widest = lexicon::times_of_day()
            .into_iter()
            .filter_map(|words| time_at(&tokens, &chars, i, words))
            .min_by_key(|&(start, end)| (start, std::cmp::Reverse(end)));
        if let Some((start, end)) = widest {
            // "Updated 12:04 p.m. Eastern": the page's own line, not the incident's time.
            if on_the_page_line(&tokens, start) {
                return None;
            }
            let (from, to) = (tokens[start].start, tokens[end].end);
            return Some((chars[from..to].iter().collect(), from, to));
        }
    }
    None
}

/// Whether a word of the page's own line ("published", "updated", "posted") stands just
/// before token `start`.
fn on_the_page_line(tokens: &[Token], start: usize) -> bool {
    use super::arabic;
    use super::lexicon::ar;
    tokens[start.saturating_sub(2)..start]
        .iter()
        .filter_map(Token::word)
        .any(|w| {
            lexicon::en::dates::PAGE_LINE.contains(&w) || arabic::is_one_of(w, ar::dates::PAGE_LINE)
        })
}

/// A time in `words` whose hour or moment is at token `i`: its first and last tokens, the
/// words before and after it that belong to it included.
fn time_at(
    tokens: &[Token],
    chars: &[char],
    i: usize,
    words: &'static TimesOfDay,
) -> Option<(usize, usize)> {
    let end = clock_time_at(tokens, chars, i, words).or_else(|| {
        phrase_at(tokens, i, words.moments)
            .or_else(|| part_before_a_day(tokens, i, words))
            .map(|end| moment_extended(tokens, end, words))
    })?;
    let start = words
        .qualifiers
        .iter()
        .filter_map(|q| {
            i.checked_sub(q.len())
                .filter(|&s| phrase_ends(tokens, s, q, i))
        })
        .min()
        .unwrap_or(i);
    let end = second_time_after(tokens, chars, end, words).unwrap_or(end);
    Some((start, end))
}

/// A second clock time joined to the one ending at token `end` ("… and 5 p.m. Sanaa time",
/// « … puis vers 23h30 »), qualified or not: the last token of it.
fn second_time_after(
    tokens: &[Token],
    chars: &[char],
    end: usize,
    words: &'static TimesOfDay,
) -> Option<usize> {
    let joined = end + 1;
    if !is(
        tokens.get(joined).and_then(Token::word),
        words.joining_a_second_time,
    ) {
        return None;
    }
    let qualified = words
        .qualifiers
        .iter()
        .filter(|q| phrase_ends(tokens, joined + 1, q, joined + 1 + q.len()))
        .map(|q| q.len())
        .max()
        .unwrap_or(0);
    let at = joined + 1 + qualified;
    (at < tokens.len())
        .then(|| clock_time_at(tokens, chars, at, words))
        .flatten()
}

/// The half of the day after the hour ending at token `at` ("7:20 a.m.", الساعة 10:37 مساء),
/// the dots between letters skipped: its last token.
fn half_of_the_day_after(tokens: &[Token], at: usize, words: &'static TimesOfDay) -> Option<usize> {
    let half = words.halves_of_the_day.iter().find_map(|half| {
        let mut k = at + 1;
        for letters in half.chunks(1) {
            while tokens.get(k).is_some_and(|t| t.is_punct('.')) {
                k += 1;
            }
            if !is(tokens.get(k).and_then(Token::word), letters) {
                return None;
            }
            k += 1;
        }
        Some(k - 1)
    })?;
    // The dot after "a.m" belongs to it.
    Some(
        if tokens.get(half + 1).is_some_and(|t| t.is_punct('.'))
            && tokens[half].end == tokens[half + 1].start
        {
            half + 1
        } else {
            half
        },
    )
}

/// The place whose clock the word at `mark` names, in a script without capitals (بتوقيت
/// شرق الولايات المتحدة): up to three words, ending before a day word or punctuation. Its
/// last token (`mark` when no name follows).
fn clocks_place_after(tokens: &[Token], mark: usize, words: &'static TimesOfDay) -> usize {
    let mut end = mark;
    while end < mark + 3
        && tokens
            .get(end + 1)
            .and_then(Token::word)
            .is_some_and(|w| !is_a_day(w, words) && !is(Some(w), words.of_a_part))
    {
        end += 1;
    }
    end
}

/// A part of the day in the construct state at token `i`, a day after it (صباح الأحد): its
/// token.
fn part_before_a_day(tokens: &[Token], i: usize, words: &'static TimesOfDay) -> Option<usize> {
    let word = |k: usize| tokens.get(k).and_then(Token::word);
    (is(word(i), words.parts_before_a_day) && word(i + 1).is_some_and(|w| is_a_day(w, words)))
        .then_some(i)
}

/// Whether `word` names a day: a weekday, or one of the lexicon's day words (اليوم, أمس).
fn is_a_day(word: &str, words: &'static TimesOfDay) -> bool {
    is(Some(word), words.day_words) || super::dates::weekday_of(word).is_some()
}

/// A moment ending at token `end` with the words after it that belong to it: the part of the
/// day it is in (في ساعة متأخرة من مساء), an ordinal (في ساعات المساء الأولى). Its last token.
fn moment_extended(tokens: &[Token], end: usize, words: &'static TimesOfDay) -> usize {
    let word = |k: usize| tokens.get(k).and_then(Token::word);
    let mut end = end;
    if is(word(end + 1), words.after_a_moment) {
        end += 1;
    }
    let is_part = |k: usize| {
        is(word(k), words.parts_before_a_day)
            || words
                .moments
                .iter()
                .any(|m| m.len() == 1 && is(word(k), m[0]))
    };
    if is(word(end + 1), words.of_a_part) && is_part(end + 2) {
        end += 2;
    }
    end
}

/// Whether the token at `k` is minutes with a half of the day glued on ("30pm").
fn minutes_with_a_glued_half(tokens: &[Token], k: usize, words: &'static TimesOfDay) -> bool {
    let Some(w) = tokens.get(k).and_then(Token::word) else {
        return false;
    };
    let digits = w.chars().take_while(char::is_ascii_digit).count();
    digits == 2
        && w[..digits].parse::<u32>().is_ok_and(|m| m < 60)
        && words.glued_halves_of_the_day.contains(&&w[digits..])
}

/// Whether `word` is one of `forms` (see [`lexicon::is_form`]).
fn is(word: Option<&str>, forms: &'static [&'static str]) -> bool {
    word.is_some_and(|w| lexicon::is_form(w, forms))
}

/// The last token of the first phrase of `phrases` that starts at token `i`; a hyphen may
/// join its words ("pre-dawn").
fn phrase_at(
    tokens: &[Token],
    i: usize,
    phrases: &'static [&'static [&'static [&'static str]]],
) -> Option<usize> {
    phrases.iter().find_map(|phrase| {
        let mut at = i;
        for (k, forms) in phrase.iter().enumerate() {
            if k > 0 {
                at += 1;
                if tokens.get(at).is_some_and(|t| t.is_punct('-')) {
                    at += 1;
                }
            }
            if !is(tokens.get(at).and_then(Token::word), forms) {
                return None;
            }
        }
        Some(at)
    })
}

/// Whether `phrase` stands at tokens `from..to`.
fn phrase_ends(
    tokens: &[Token],
    from: usize,
    phrase: &'static [&'static [&'static str]],
    to: usize,
) -> bool {
    from + phrase.len() == to
        && phrase
            .iter()
            .enumerate()
            .all(|(k, forms)| is(tokens.get(from + k).and_then(Token::word), forms))
}

/// A clock time starting at token `i` ("2100 local", "21:00 GMT", "7:20 a.m.", "9pm", "23h30",
/// "10-11 o'clock"), with the words after it that belong to it; its last token.
fn clock_time_at(
    tokens: &[Token],
    chars: &[char],
    i: usize,
    words: &'static TimesOfDay,
) -> Option<usize> {
    let word = |k: usize| tokens.get(k).and_then(Token::word);
    // After "the hour" (الساعة) any hour is one of the clock.
    let marked = i > 0 && is(word(i - 1), words.clock_marks);
    let hour = match &tokens[i].kind {
        TokenKind::Number { value, digits } => Some((*value, *digits)),
        _ => None,
    };
    let last = match (hour, &tokens[i].kind) {
        // "9pm", "11am"; "23h" and its minutes glued on ("23h30").
        (None, TokenKind::Word(w)) if marked && is(Some(w), words.hours_in_words) => {
            let hour = if is(word(i + 1), words.teens) {
                i + 1
            } else {
                i
            };
            half_of_the_day_after(tokens, hour, words).unwrap_or(hour)
        }
        (None, TokenKind::Word(w)) => {
            let digits = w.chars().take_while(char::is_ascii_digit).count();
            let glued = &w[digits..];
            // "23h30", and "8h 40" with its two digits of minutes one space apart.
            let minutes_glued_on = || {
                tokens.get(i + 1).is_some_and(|t| {
                    let one_space_apart = t.start == tokens[i].end + 1
                        && chars.get(tokens[i].end) == Some(&' ')
                        && matches!(t.kind, TokenKind::Number { digits: 2, .. });
                    t.number().is_some_and(|m| m < 60)
                        && (t.start == tokens[i].end || one_space_apart)
                })
            };
            if digits == 0 {
                return None;
            } else if words.glued_halves_of_the_day.contains(&glued) {
                i
            } else if words.glued_hour_marks.contains(&glued) {
                if minutes_glued_on() { i + 1 } else { i }
            } else {
                return None;
            }
        }
        (Some((value, 4)), _) => {
            (value <= 2359 && value % 100 < 60 && is(word(i + 1), words.after_four_digits))
                .then_some(i + 1)?
        }
        (Some((value, _)), _) if value <= 24 => {
            // The minutes: "7:20", "23h30", "9.30" (British, its dot written tight, and only
            // with "p.m." or the like after it); a range of hours: "10-11".
            let mut at = i;
            // A comma written tight too after "the hour" (الساعة 16,30).
            let tight_dot = |t: &Token| {
                (t.is_punct('.') || (marked && t.is_punct(',')))
                    && t.start == tokens[at].end
                    && tokens.get(at + 2).is_some_and(|m| m.start == t.end)
            };
            let separated = tokens
                .get(at + 1)
                .is_some_and(|t| t.is_punct(':') || t.is_punct('-') || tight_dot(t));
            if separated
                && tokens
                    .get(at + 2)
                    .and_then(Token::number)
                    .is_some_and(|m| m < 60)
            {
                at += 2;
            }
            let with_minutes = at > i;
            if separated && !with_minutes && minutes_with_a_glued_half(tokens, at + 2, words) {
                // "10:30pm": the minutes and the half of the day written as one word.
                at + 2
            } else if is(word(at + 1), words.after_an_hour) {
                at + 1
            } else if let Some(half) = half_of_the_day_after(tokens, at, words) {
                half
            } else if marked
                || (with_minutes && (value >= 13 || is(word(at + 1), words.after_a_clock_time)))
            {
                // "23:00", "21:00 GMT": a clock of 24 hours needs no half of the day.
                at
            } else {
                return None;
            }
        }
        _ => return None,
    };
    let mut end = last;
    while is(word(end + 1), words.after_a_clock_time) {
        end += 1;
    }
    // The same time on another clock, in brackets: "23:00 local time (20:00 GMT)".
    if tokens.get(end + 1).is_some_and(|t| t.is_punct('('))
        && end + 2 < tokens.len()
        && let Some(other) = clock_time_at(tokens, chars, end + 2, words)
        && tokens.get(other + 1).is_some_and(|t| t.is_punct(')'))
    {
        end = other + 1;
    }
    // Whose clock, in brackets: "4:45 p.m. (Sanaa time)", « 23h30 (heure française) ».
    if tokens.get(end + 1).is_some_and(|t| t.is_punct('('))
        && let Some(close) =
            (end + 3..=end + 4).find(|&k| tokens.get(k).is_some_and(|t| t.is_punct(')')))
        && (end + 2..close).all(|k| word(k).is_some())
        && (end + 2..close).any(|k| is(word(k), words.after_a_clock_time))
    {
        end = close;
    }
    // "Sanaa time" said after it: « 23h30 heure de Sanaa ».
    if is(word(end), words.after_a_clock_time)
        && is(word(end + 1), words.before_the_clocks_place)
        && tokens.get(end + 2).is_some_and(|t| {
            t.word().is_some() && chars.get(t.start).is_some_and(|c| c.is_uppercase())
        })
    {
        end += 2;
    }
    // بتوقيت واشنطن: whose clock, the name after it.
    if is(word(end + 1), words.clock_of_a_place) {
        end = clocks_place_after(tokens, end + 1, words);
    }
    // "Sanaa time": the place's name before the word.
    if word(end + 2).is_some_and(|w| words.after_a_clock_time.contains(&w))
        && tokens.get(end + 1).is_some_and(|t| {
            t.word().is_some() && chars.get(t.start).is_some_and(|c| c.is_uppercase())
        })
    {
        end += 2;
    }
    Some(end)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn said(span: &str) -> Option<String> {
        propose_time_of_day(span).map(|(text, _, _)| text)
    }

    #[test]
    fn times_as_stated() {
        assert_eq!(
            said("Sunday around 2100 local time").as_deref(),
            Some("around 2100 local time")
        );
        assert_eq!(
            said("Shortly before midnight, seven rockets").as_deref(),
            Some("Shortly before midnight")
        );
        assert_eq!(said("on Wednesday night").as_deref(), Some("night"));
        assert_eq!(
            said("rockets struck early this morning").as_deref(),
            Some("early this morning")
        );
        assert_eq!(
            said("Des roquettes ont frappé la base tôt ce matin").as_deref(),
            Some("tôt ce matin")
        );
        // « À » written without its accent, and minutes one space after the hour.
        assert_eq!(
            said("A 8h 40, des roquettes ont frappé la base").as_deref(),
            Some("A 8h 40")
        );
        assert_eq!(said("at 9pm").as_deref(), Some("at 9pm"));
        assert_eq!(said("seven rockets hit"), None);
        assert_eq!(
            said("Updated 12:04 p.m. Eastern"),
            None,
            "the page's own line"
        );
        assert_eq!(said("في صباح 23 تشرين الأول").as_deref(), Some("صباح"));
        assert_eq!(said("in 2020 alone"), None);
        assert_eq!(
            said("a brazen pre-dawn assault Wednesday").as_deref(),
            Some("pre-dawn")
        );
        assert_eq!(
            said("The attack happened at about 5 p.m. EST").as_deref(),
            Some("at about 5 p.m. EST")
        );
        // A paragraph with "zone" (which only begins French « zone verte ») and "EST" is no
        // French text whose « est » would be "is".
        let around = "The drone struck the Landing Zone at about 5 p.m. EST [on Friday]";
        assert_eq!(
            lexicon::with_surrounding_text(around, || said("at about 5 p.m. EST")).as_deref(),
            Some("at about 5 p.m. EST")
        );
    }

    #[test]
    fn clock_times_with_minutes_and_halves_of_the_day() {
        assert_eq!(
            said("at 7:20 a.m. local time Wednesday").as_deref(),
            Some("at 7:20 a.m. local time")
        );
        assert_eq!(
            said("At approximately 7:45 p.m., a drone").as_deref(),
            Some("At approximately 7:45 p.m.")
        );
        assert_eq!(said("after 48 hours"), None, "a duration is no time of day");
        assert_eq!(
            said("rockets were fired at 9.30 p.m. on Monday").as_deref(),
            Some("at 9.30 p.m.")
        );
        assert_eq!(said("a 9.5 magnitude"), None);
        assert_eq!(
            said("hit at about 23:00 local time (20:00 GMT), it added").as_deref(),
            Some("at about 23:00 local time (20:00 GMT)")
        );
        assert_eq!(
            said("The strike at about 10:30pm (1930 GMT) caused").as_deref(),
            Some("at about 10:30pm (1930 GMT)")
        );
        assert_eq!(
            said("fired at 18:45 on Monday").as_deref(),
            Some("at 18:45")
        );
        assert_eq!(
            said("a score of 3:1"),
            None,
            "no clock of 24 hours without its word"
        );
        assert_eq!(
            said("attacked between 3 p.m. and 5 p.m. Sanaa time on Monday").as_deref(),
            Some("between 3 p.m. and 5 p.m. Sanaa time")
        );
        assert_eq!(
            said("the attack occurred in the early hours").as_deref(),
            Some("in the early hours")
        );
        assert_eq!(
            said("An overnight drone attack").as_deref(),
            Some("overnight")
        );
        assert_eq!(said("the first 24 hours"), None);
        assert_eq!(said("the 10 rockets"), None);
    }

    #[test]
    fn other_languages_through_their_lexicons() {
        assert_eq!(
            said("Le missile a été tiré mardi à 23h30 heure de Sanaa").as_deref(),
            Some("à 23h30 heure de Sanaa")
        );
        // Too short to tell French from English: « à » is read as written.
        assert_eq!(
            said("tiré mardi à 23h30 heure de Sanaa").as_deref(),
            Some("23h30 heure de Sanaa")
        );
        assert_eq!(
            said("vers les 10-11 heures").as_deref(),
            Some("vers les 10-11 heures")
        );
        assert_eq!(said("ويأتي الاعتداء الذي نفذ فجرا").as_deref(), Some("فجرا"));
        assert_eq!(
            said("Les tirs ont eu lieu vers 21h30 puis vers 23h30 ce soir-là").as_deref(),
            Some("vers 21h30 puis vers 23h30")
        );
        assert_eq!(said("هجوم خلال الليل").as_deref(), Some("خلال الليل"));
        assert_eq!(
            said("أن الهجوم وقع ليلًا في البرج 22").as_deref(),
            Some("ليلًا")
        );
    }

    #[test]
    fn arabic_hours_of_the_clock_and_parts_of_a_day() {
        // The hour after الساعة, in digits (a comma between hour and minutes) or in words.
        assert_eq!(
            said("عند الساعة 02,15 من الاثنين").as_deref(),
            Some("الساعة 02,15")
        );
        assert_eq!(
            said("بدأ في حوالي الساعة السابعة مساء بتوقيت واشنطن يوم الأحد").as_deref(),
            Some("حوالي الساعة السابعة مساء بتوقيت واشنطن")
        );
        assert_eq!(
            said("عند الساعة 16:03 مساء اليوم").as_deref(),
            Some("الساعة 16:03 مساء")
        );
        assert_eq!(
            said("في تمام الساعة الثانية عشر من ظهر").as_deref(),
            Some("الساعة الثانية عشر من ظهر")
        );
        assert_eq!(said("قتل 16,30 شخصا"), None, "a comma without the hour");
        // A part of the day before its day; alone, ظهر is "appeared".
        assert_eq!(said("تعرض، ظهر اليوم، للقصف").as_deref(), Some("ظهر"));
        assert_eq!(said("ليلة الأحد").as_deref(), Some("ليلة"));
        assert_eq!(said("ظهر في الفيديو"), None);
        // The part a moment is in, and its ordinal.
        assert_eq!(
            said("في وقت مبكرة من صباح الثلاثاء").as_deref(),
            Some("في وقت مبكرة من صباح")
        );
        assert_eq!(
            said("في ساعات المساء الأولى من اليوم الخميس").as_deref(),
            Some("في ساعات المساء الأولى")
        );
    }

    #[test]
    fn whose_clock_in_brackets() {
        assert_eq!(
            said("at approximately 4:45 p.m. (Sanaa time)").as_deref(),
            Some("at approximately 4:45 p.m. (Sanaa time)")
        );
        assert_eq!(said("at 9pm (two hours later)").as_deref(), Some("at 9pm"));
    }
}
