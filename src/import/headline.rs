//! Which line of a saved report is its headline. Pages saved as text often open with the
//! site's clutter — its name and menu ("The Jerusalem Post - Israel News Coronavirus Israel
//! News WORLD NEWS"), "top of page", "Skip to main content", a source line — before the story's
//! own headline. A headline reads as a sentence or a phrase: it starts with a capital (or a
//! letter of a script without case), has a few words, does not repeat words like a menu, is not
//! a run of separated menu items, an address, a dateline or a byline.

/// Lines from the top looked at for a headline.
const LINES_READ: usize = 15;
/// A headline is rarely longer; a longer line is the story's first paragraph.
const LONGEST_HEADLINE_CHARS: usize = 200;

/// Words that site furniture is made of, never a story's headline.
const FURNITURE: &[&str] = &[
    "skip to",
    "top of page",
    "main content",
    "sign in",
    "log in",
    "subscribe",
    "newsletter",
    "cookie",
    "advertisement",
    "share this",
    "follow us",
    "all rights reserved",
    "privacy policy",
    "terms of use",
    "menu",
    "toggle navigation",
    "jump to",
];

fn words(line: &str) -> Vec<&str> {
    line.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .filter(|w| !w.is_empty())
        .collect()
}

/// A word in capitals that is not an acronym ("WORLD", "NEWS"; not "US", "NATO").
fn shouted(word: &str) -> bool {
    word.chars().count() >= 5
        && word.chars().all(|c| !c.is_alphabetic() || c.is_uppercase())
        && word.chars().any(char::is_alphabetic)
}

/// The author a byline near the top names ("By Jane Doe", "By SETH FRANTZMAN", "By Jane Doe
/// and John Roe, Reuters"): a short run of names, each word capitalised, up to a comma.
pub fn byline(text: &str) -> Option<&str> {
    text.lines()
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .take(LINES_READ)
        .find_map(|line| {
            let rest = line
                .strip_prefix("By ")
                .or_else(|| line.strip_prefix("BY "))
                .or_else(|| line.strip_prefix("by "))?;
            let names = rest.split([',', '|', '/']).next()?.trim();
            let words: Vec<&str> = names.split_whitespace().collect();
            let is_name = |w: &&str| {
                w.chars().next().is_some_and(char::is_uppercase)
                    || matches!(*w, "and" | "de" | "al" | "bin" | "van" | "von")
                    || w.starts_with("al-")
            };
            ((2..=8).contains(&words.len()) && words.iter().all(is_name) && !names.ends_with('.'))
                .then_some(names)
        })
}

/// Whether `line` reads as site clutter rather than a headline.
fn is_clutter(line: &str) -> bool {
    let lower = line.to_lowercase();
    if FURNITURE.iter().any(|f| lower.contains(f))
        || lower.contains("http://")
        || lower.contains("https://")
        || lower.contains("www.")
        || lower.starts_with("by ")
    {
        return true;
    }
    // A "key: value" line (source: github:…, tags: …) with a short lowercase key.
    if let Some((key, _)) = line.split_once(':')
        && !key.is_empty()
        && key.len() <= 20
        && key
            .chars()
            .all(|c| c.is_lowercase() || c == '_' || c == ' ')
    {
        return true;
    }
    let words = words(line);
    let Some(first) = line.chars().find(|c| c.is_alphanumeric()) else {
        return true;
    };
    // A headline starts with a capital or a digit; a lowercase start is a menu item or a
    // fragment ("top of page"). Letters without case (Arabic) start headlines too.
    if first.is_lowercase() {
        return true;
    }
    if words.len() < 2 || words.iter().all(|w| w.chars().all(|c| c.is_ascii_digit())) {
        return true;
    }
    // Menus repeat their words and string items together with separators.
    let mut seen: Vec<String> = Vec::new();
    let mut repeated = 0;
    for word in &words {
        let folded = word.to_lowercase();
        if folded.chars().count() >= 3 && seen.contains(&folded) {
            repeated += 1;
        }
        seen.push(folded);
    }
    let separators =
        line.matches(" | ").count() + line.matches(" • ").count() + line.matches(" › ").count();
    let shouting = words.iter().filter(|w| shouted(w)).count();
    repeated >= 2 || separators >= 2 || (shouting >= 2 && shouting < words.len())
}

/// The headline of `text`: the first line near the top that reads as one, without Markdown
/// heading marks; else its first non-empty line.
pub fn headline(text: &str) -> Option<&str> {
    let lines: Vec<&str> = text
        .lines()
        .map(|line| line.trim().trim_start_matches('#').trim())
        .filter(|line| !line.is_empty())
        .take(LINES_READ)
        .collect();
    lines
        .iter()
        .copied()
        .find(|line| {
            line.chars().count() <= LONGEST_HEADLINE_CHARS
                && !is_clutter(line)
                && super::dateline::guess(line).is_none()
        })
        .or_else(|| lines.first().copied())
}

#[cfg(test)]
mod tests {
    use super::{byline, headline};

    #[test]
    fn clutter_at_the_top_is_passed_over_for_the_headline() {
        let cases = [
            (
                "The Jerusalem Post - Israel News Coronavirus Israel News WORLD NEWS Middle East\n\
                 Will Iraq ever stop rocket fire on the US embassy?\nBody.",
                "Will Iraq ever stop rocket fire on the US embassy?",
            ),
            (
                "top of page\nRockets hit Erbil airport\n\nThe rockets landed…",
                "Rockets hit Erbil airport",
            ),
            (
                "source: github:someone/reports\n# Militia attacks on US convoys, a tracker\n",
                "Militia attacks on US convoys, a tracker",
            ),
            (
                "Skip to main content\nMenu\nHome | World | Middle East | Opinion\n\
                 Iraq: rockets strike near Baghdad airport\nSEPTEMBER 24, 2020 12:34\nBy Jane Doe\n",
                "Iraq: rockets strike near Baghdad airport",
            ),
            (
                "SEPTEMBER 24, 2020\nBy Jane Doe\nDrone attack on Ain al-Asad base\n",
                "Drone attack on Ain al-Asad base",
            ),
            (
                "Rockets on the Green Zone end a month-long truce\n\nShortly before midnight…",
                "Rockets on the Green Zone end a month-long truce",
            ),
            (
                "سقوط صواريخ على المنطقة الخضراء في بغداد\nنص الخبر.",
                "سقوط صواريخ على المنطقة الخضراء في بغداد",
            ),
            (
                "US and NATO forces targeted in Iraq\nBody.",
                "US and NATO forces targeted in Iraq",
            ),
            (
                "ROCKETS HIT ERBIL AIRPORT\nBody.",
                "ROCKETS HIT ERBIL AIRPORT",
            ),
            ("https://example.com/a\nMenu\n", "https://example.com/a"),
        ];
        for (text, expected) in cases {
            assert_eq!(headline(text), Some(expected), "{text}");
        }
        assert_eq!(headline("\n \n"), None);
    }

    #[test]
    fn a_byline_near_the_top_names_the_author() {
        let text = "Drone attack on Ain al-Asad base\nBy Jane Doe and John Roe, Reuters\nSEPTEMBER 24, 2020\n\nBody.";
        assert_eq!(byline(text), Some("Jane Doe and John Roe"));
        assert_eq!(
            byline("Headline\n\nBy SETH FRANTZMAN\nBody."),
            Some("SETH FRANTZMAN")
        );
        assert_eq!(
            byline("Headline\n\nBy the time the rockets landed, the base was empty.\n"),
            None,
            "a sentence that opens with 'By' is no byline"
        );
        assert_eq!(byline("Headline\n\nBody without one.\n"), None);
    }
}
