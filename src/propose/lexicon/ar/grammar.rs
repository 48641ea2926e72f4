//! What the rules need to know of how Arabic writes words: the little words written onto the
//! next one (و and, ف so, ب in/by, ل to/for, ك like, the article ال), number words, and the
//! dual ending that counts two ("صاروخين", two rockets). Words here are folded as
//! [`crate::propose::tokens`]'s `fold` folds them (no vowel marks, one alef, ة as ه, ى as ي).

use crate::propose::tokens::fold;

/// The conjunctions written onto the next word: و (and) and ف (so, then).
pub const CONJUNCTIONS: [char; 2] = ['و', 'ف'];

/// The article ال (al-, the), written onto its noun.
pub const ARTICLE: &str = "ال";

/// The Arabic comma، (U+060C).
pub const COMMA: char = '،';

/// The Arabic question mark ؟ (U+061F).
pub const QUESTION_MARK: char = '؟';

/// The one form matching reads an Arabic letter written several ways as: alef with hamza or
/// madda (أ إ آ ٱ) as alef ا, alef maqsura ى as ي, teh marbuta ة as ه, ؤ as و and ئ as ي; any
/// other letter as itself.
#[inline]
pub fn fold_letter(c: char) -> char {
    match c {
        'أ' | 'إ' | 'آ' | 'ٱ' => 'ا',
        'ى' => 'ي',
        'ة' => 'ه',
        'ؤ' => 'و',
        'ئ' => 'ي',
        other => other,
    }
}

/// Whether `word` has a letter of the Arabic block (U+0600–U+06FF). Asked of every word by
/// every Arabic rule, so it reads bytes: exactly those code points begin with 0xD8–0xDB in
/// UTF-8.
pub fn is_arabic(word: &str) -> bool {
    word.bytes().any(|b| (0xD8..=0xDB).contains(&b))
}

/// The word without the article ال, when more than a short stem is left.
pub fn without_article(word: &str) -> &str {
    word.strip_prefix("ال")
        .filter(|rest| rest.chars().count() >= 2)
        .unwrap_or(word)
}

/// "And", a word of its own or written onto the next.
pub const AND: char = 'و';
/// "And" standing as a word of its own.
pub const AND_WORD: &str = "و";

/// The noun without the alef of the accusative that Arabic writes after the numbers 11 to 99
/// ("عشرين جريحاً", "12 قتيلاً", "15 عنصراً"): the singular it counts.
pub fn accusative_singular(word: &str) -> Option<&str> {
    word.strip_suffix('ا')
        .filter(|stem| is_arabic(stem) && stem.chars().count() >= 3)
}

/// The stems a written word may stand for: itself, and without the words written onto it —
/// و/ف, then ب/ل/ك, then the article (لل is ل + ال) — each only when a stem of two or more
/// letters is left. A word of another script is its own only stem.
pub fn stems(word: &str) -> Vec<String> {
    if !is_arabic(word) {
        return vec![word.to_owned()];
    }
    let long_enough = |rest: &&str| rest.chars().count() >= 2;
    let mut found = vec![word.to_owned(), without_article(word).to_owned()];
    let after_and = word.strip_prefix(['و', 'ف']).filter(long_enough);
    for stem in [Some(word), after_and].into_iter().flatten() {
        found.push(stem.to_owned());
        found.push(without_article(stem).to_owned());
        if let Some(rest) = stem.strip_prefix("لل").filter(long_enough) {
            found.push(rest.to_owned());
        }
        if let Some(rest) = stem.strip_prefix(['ب', 'ل', 'ك']).filter(long_enough) {
            found.push(rest.to_owned());
            found.push(without_article(rest).to_owned());
        }
    }
    found.sort();
    found.dedup();
    found
}

/// `entry` folded, computed once per entry and thread: the lists are fixed, the words many.
pub fn folded(entry: &'static str) -> &'static str {
    use std::cell::RefCell;
    thread_local! {
        static CACHE: RefCell<rustc_hash::FxHashMap<&'static str, &'static str>> = RefCell::default();
    }
    CACHE.with(|cache| {
        *cache
            .borrow_mut()
            .entry(entry)
            .or_insert_with(|| Box::leak(fold(entry).into_boxed_str()))
    })
}

/// Whether `word` (folded) is one of `list` (Arabic, written naturally), with or without the
/// words written onto it.
pub fn is_one_of(word: &str, list: &'static [&'static str]) -> bool {
    if !is_arabic(word) {
        return false;
    }
    let list = folded_list(list);
    with_stems(word, |stems| {
        list.iter().any(|entry| stems.iter().any(|s| s == entry))
    })
}

/// `list` with each entry folded, computed once per list and thread and found by the list's
/// address: the rules ask about many words against the same fixed lists, and looking up each
/// entry on its own cost more than the comparisons.
fn folded_list(list: &'static [&'static str]) -> &'static [&'static str] {
    use std::cell::RefCell;
    thread_local! {
        static CACHE: RefCell<rustc_hash::FxHashMap<(usize, usize), &'static [&'static str]>> =
            RefCell::default();
    }
    CACHE.with(|cache| {
        *cache
            .borrow_mut()
            .entry((list.as_ptr() as usize, list.len()))
            .or_insert_with(|| {
                list.iter()
                    .map(|entry| folded(entry))
                    .collect::<Vec<_>>()
                    .leak()
            })
    })
}

/// Runs `f` on the stems of `word`. The rules ask about a word and its neighbours against many
/// lists in a row (a number word against each number), so the stems of the last few words
/// asked about are kept for the next calls. `f` must not ask about another word (the kept
/// stems are borrowed while it runs).
fn with_stems<T>(word: &str, f: impl FnOnce(&[String]) -> T) -> T {
    use std::cell::RefCell;
    /// Enough for a word and the few around it that a rule looks at.
    const KEPT: usize = 8;
    /// The next slot to reuse, and the words kept with their stems.
    type Recent = (usize, Vec<(String, Vec<String>)>);
    thread_local! {
        static RECENT: RefCell<Recent> = RefCell::default();
    }
    RECENT.with(|recent| {
        let mut recent = recent.borrow_mut();
        let (next, kept) = &mut *recent;
        let at = match kept.iter().position(|(w, _)| w == word) {
            Some(at) => at,
            None if kept.len() < KEPT => {
                kept.push((word.to_owned(), stems(word)));
                kept.len() - 1
            }
            None => {
                let at = *next;
                *next = (at + 1) % KEPT;
                kept[at] = (word.to_owned(), stems(word));
                at
            }
        };
        f(&kept[at].1)
    })
}

/// Arabic number words, masculine and feminine, 0–10 and the tens.
const NUMBERS: &[(&[&str], u32)] = &[
    (&["صفر"], 0),
    (&["واحد", "واحدة"], 1),
    (&["اثنان", "اثنين", "اثنتان", "اثنتين"], 2),
    (&["ثلاثة", "ثلاث"], 3),
    (&["أربعة", "أربع"], 4),
    (&["خمسة", "خمس"], 5),
    (&["ستة", "ست"], 6),
    (&["سبعة", "سبع"], 7),
    (&["ثمانية", "ثماني", "ثمان"], 8),
    (&["تسعة", "تسع"], 9),
    (&["عشرة", "عشر"], 10),
    (&["عشرون", "عشرين"], 20),
    (&["ثلاثون", "ثلاثين"], 30),
    (&["أربعون", "أربعين"], 40),
    (&["خمسون", "خمسين"], 50),
];

/// The number an Arabic word spells, with or without و written onto it.
pub fn number_word(word: &str) -> Option<u32> {
    if !is_arabic(word) {
        return None;
    }
    // Every form folded, in one map: asked of every Arabic word, so one lookup per stem, not
    // a list per number.
    static BY_FORM: std::sync::OnceLock<rustc_hash::FxHashMap<String, u32>> =
        std::sync::OnceLock::new();
    let by_form = BY_FORM.get_or_init(|| {
        NUMBERS
            .iter()
            .flat_map(|(forms, n)| forms.iter().map(move |form| (fold(form), *n)))
            .collect()
    });
    with_stems(word, |stems| {
        stems
            .iter()
            .find_map(|stem| by_form.get(stem.as_str()).copied())
    })
}

/// The singular of a feminine dual ("طائرتين" → "طائره", "ناسفتين" → "ناسفه", "قذيفتي"),
/// for matching names of things written in the singular: unlike [`dual_singular`] it reads
/// only the ending ت + ين/ان/ي/ا, which few names end in.
pub fn feminine_dual_singular(word: &str) -> Option<String> {
    let stem = ["تين", "تان", "تي", "تا"]
        .iter()
        .find_map(|ending| word.strip_suffix(ending))?;
    (stem.chars().count() >= 3).then(|| format!("{stem}ه"))
}

/// The singular a dual stands for ("صاروخين" → "صاروخ", "قذيفتين" → "قذيفه"), if `word` has the
/// dual ending; the caller checks the singular is a noun it counts.
pub fn dual_singular(word: &str) -> Option<String> {
    // "قذيفتان"/"قذيفتين", and before the noun they belong to, without ن: "قذيفتا هاون".
    let stem = word
        .strip_suffix("تين")
        .or_else(|| word.strip_suffix("تان"))
        .or_else(|| word.strip_suffix("تا"))
        .map(|s| format!("{s}ه"))
        .or_else(|| {
            word.strip_suffix("ين")
                .or_else(|| word.strip_suffix("ان"))
                .map(str::to_owned)
        })?;
    (stem.chars().count() >= 3).then_some(stem)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_written_onto_a_word_come_off() {
        assert!(stems(&fold("وبالصواريخ")).contains(&fold("صواريخ")));
        assert!(stems(&fold("للقاعدة")).contains(&fold("قاعدة")));
        assert!(stems(&fold("بجروح")).contains(&fold("جروح")));
        assert_eq!(stems("rockets"), ["rockets"]);
    }

    #[test]
    fn the_arabic_block_and_nothing_else_is_arabic() {
        let by_chars = |w: &str| w.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c));
        for word in [
            "صاروخ",
            "rockets",
            "Kata\u{2019}ib",
            "2020م",
            "ۿ",
            "\u{0700}",
            "\u{05FF}",
            "é",
        ] {
            assert_eq!(is_arabic(word), by_chars(word), "{word:?}");
        }
    }

    #[test]
    fn feminine_duals_and_their_singulars() {
        assert_eq!(feminine_dual_singular("طائرتين").as_deref(), Some("طائره"));
        assert_eq!(feminine_dual_singular("مسيرتان").as_deref(), Some("مسيره"));
        assert_eq!(feminine_dual_singular("قذيفتي").as_deref(), Some("قذيفه"));
        assert_eq!(feminine_dual_singular("صاروخين"), None, "masculine");
        assert_eq!(feminine_dual_singular("بيتا"), None, "too short a stem");
    }

    #[test]
    fn number_words_and_duals() {
        assert_eq!(number_word(&fold("سبعة")), Some(7));
        assert_eq!(number_word(&fold("وثلاثة")), Some(3));
        assert_eq!(number_word(&fold("صواريخ")), None);
        assert_eq!(dual_singular(&fold("صاروخين")).as_deref(), Some("صاروخ"));
        assert_eq!(dual_singular(&fold("قذيفتين")), Some(fold("قذيفة")));
    }
}
