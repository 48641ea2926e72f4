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
    // Framed by a lone mark, as a site's name or a section's is (". 24/7 Space News .",
    // "- Rocket attacks -").
    let framed = |c: Option<char>| c.is_some_and(|c| !c.is_alphanumeric() && !"\"'“‘(".contains(c));
    let mut chars = line.chars();
    if (framed(chars.next()) && chars.next() == Some(' '))
        || (framed(line.chars().last()) && line.chars().rev().nth(1) == Some(' '))
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
///
/// Lines after the story's first paragraph (a line longer than a headline) are its section
/// headings, not its headline; where no line before it reads as one, the first paragraph
/// stands for the story, without a source tag it opens with ("(ThisDay | Iraq News Now )- ").
/// A site's section name in capitals ("IRAQ WARS") gives way to a headline after it.
pub fn headline(text: &str) -> Option<&str> {
    let lines: Vec<&str> = text
        .lines()
        .map(|line| line.trim().trim_start_matches('#').trim())
        .filter(|line| !line.is_empty())
        .take(LINES_READ)
        .collect();
    let long = |line: &str| line.chars().count() > LONGEST_HEADLINE_CHARS;
    let story_starts = lines
        .iter()
        .position(|line| long(line))
        .unwrap_or(lines.len());
    let top = &lines[..story_starts];
    let reads_as_one = |line: &str| !is_clutter(line) && super::dateline::guess(line).is_none();
    // Above a byline only: the story's standfirst may stand between it and the headline.
    let top = match top.iter().position(|line| byline(line).is_some()) {
        Some(at) if top[..at].iter().any(|line| reads_as_one(line)) => &top[..at],
        _ => top,
    };
    let candidates: Vec<&str> = top.iter().copied().filter(|l| reads_as_one(l)).collect();
    candidates
        .iter()
        .find(|line| !section_name(line))
        .or_else(|| candidates.first())
        .copied()
        .or_else(|| lines.get(story_starts).map(|line| without_source_tag(line)))
        .or_else(|| lines.first().copied())
}

/// A site's section name in capitals above the headline ("IRAQ WARS"): three words or fewer,
/// all shouted.
fn section_name(line: &str) -> bool {
    words(line).len() <= 3
        && line.chars().any(char::is_alphabetic)
        && line.chars().all(|c| !c.is_alphabetic() || c.is_uppercase())
}

/// A story's first paragraph without the source tag some sites open it with: "(ThisDay | Iraq
/// News Now )- A rocket assault …".
fn without_source_tag(line: &str) -> &str {
    line.strip_prefix('(')
        .and_then(|rest| rest.split_once(')'))
        .filter(|(tag, _)| tag.chars().count() <= 60)
        .map(|(_, rest)| rest.trim_start_matches(['-', '—', '–', ' ']))
        .filter(|rest| !rest.is_empty())
        .unwrap_or(line)
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
            (
                ". 24/7 Space News .\nIRAQ WARS\nAmerican embassy in Iraq under rocket fire, US cuts troops\nBy Maya Gebeily\nBaghdad (AFP) Nov 17, 2020\n\nA volley of rockets…",
                "American embassy in Iraq under rocket fire, US cuts troops",
            ),
            (
                "2021/02/19 | 08:58 - Source: Iraq News\n\n(ThisDay | Iraq News Now )- A rocket assault on an airbase in Iraq's Kurdistan region is the latest in a series of attacks targeting Western military or diplomatic installations in the country since late 2019.\n\nA US-led international coalition has been in Iraq since 2014.\n",
                "A rocket assault on an airbase in Iraq's Kurdistan region is the latest in a series of attacks targeting Western military or diplomatic installations in the country since late 2019.",
            ),
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
