//! The corpus panel: the project's articles, searchable over titles and full text, filterable
//! by whether they are coded yet.

use egui::RichText;

use crate::jobs::Job;
use crate::model::{ArticleId, ArticleSummary};

/// Which articles the list shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum CorpusFilter {
    #[default]
    All,
    NotCoded,
    Coded,
}

/// The search box, its answer and the filter.
#[derive(Default)]
pub struct CorpusSearch {
    pub text: String,
    /// Articles matching `text`, best first, from the whole corpus; `None` while nothing is
    /// searched for.
    pub hits: Option<Vec<ArticleSummary>>,
    /// The search under way, if any.
    pub running: Option<Job<Vec<ArticleSummary>>>,
    pub filter: CorpusFilter,
    pub focus_requested: bool,
}

impl CorpusSearch {
    /// The words searched for, to mark in the text.
    pub fn words(&self) -> Vec<String> {
        match self.hits {
            Some(_) => self.text.split_whitespace().map(str::to_owned).collect(),
            None => Vec::new(),
        }
    }
}

/// What the analyst asked of the corpus panel.
pub enum CorpusEvent {
    Open(ArticleId),
    OpenBeside(ArticleId),
    /// The article's details form.
    Details(ArticleId),
    SearchChanged,
}

/// Draws the panel; `open` are the articles on screen.
/// `allowed`: the articles the timeline's filters let through, when a filter is set.
pub fn corpus_ui(
    ui: &mut egui::Ui,
    corpus: &[ArticleSummary],
    search: &mut CorpusSearch,
    open: &[ArticleId],
    allowed: Option<&rustc_hash::FxHashSet<ArticleId>>,
    others_coding: Option<&std::collections::HashMap<ArticleId, Vec<String>>>,
) -> Option<CorpusEvent> {
    let mut event = None;
    ui.heading("Articles");
    let search_box = ui
        .horizontal(|ui| {
            let label = ui.label("Search");
            ui.add(
                egui::TextEdit::singleline(&mut search.text)
                    .hint_text("titles and text")
                    .desired_width(f32::INFINITY),
            )
            .labelled_by(label.id)
        })
        .inner;
    if std::mem::take(&mut search.focus_requested) {
        search_box.request_focus();
    }
    if search_box.changed() {
        event = Some(CorpusEvent::SearchChanged);
    }
    ui.horizontal(|ui| {
        for (filter, label) in [
            (CorpusFilter::All, "All"),
            (CorpusFilter::NotCoded, "Not yet coded"),
            (CorpusFilter::Coded, "Coded"),
        ] {
            ui.selectable_value(&mut search.filter, filter, label);
        }
    });
    if search.running.is_some() {
        ui.label(RichText::new("Searching…").weak());
    }
    let listed: &[ArticleSummary] = search.hits.as_deref().unwrap_or(corpus);
    let shown: Vec<&ArticleSummary> = listed
        .iter()
        .filter(|a| allowed.is_none_or(|allowed| allowed.contains(&a.article_id)))
        .filter(|a| match search.filter {
            CorpusFilter::All => true,
            CorpusFilter::NotCoded => a.incident_count == 0,
            CorpusFilter::Coded => a.incident_count > 0,
        })
        .collect();
    if shown.is_empty() {
        ui.label(RichText::new("No article matches.").weak());
    }
    egui::ScrollArea::vertical()
        .id_salt("corpus_scroll")
        .show(ui, |ui| {
            for article in shown {
                let date = [
                    article.meta.outlet.clone(),
                    article.meta.published.map(|d| {
                        let shown = crate::ui::article_details::date_text(
                            Some(d),
                            article.meta.published_precision,
                        );
                        if article.meta.published_guessed {
                            format!("{shown}?")
                        } else {
                            shown
                        }
                    }),
                    Some(article.meta.grade()).filter(|g| !g.is_empty()),
                ]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join(" · ");
                let incidents = match article.incident_count {
                    1 => "1 incident".to_owned(),
                    n => format!("{n} incidents"),
                };
                let mut details = if date.is_empty() {
                    incidents
                } else {
                    format!("{date} · {incidents}")
                };
                // In a team project: who else has this article open to code.
                if let Some(names) = others_coding.and_then(|o| o.get(&article.article_id)) {
                    details.push_str(&format!(" · coding: {}", names.join(", ")));
                }
                let label = format!("{}\n{details}", article.meta.title);
                let label = crate::ui::bidi::label_text(ui, &label);
                let row = ui.selectable_label(open.contains(&article.article_id), label);
                if row.clicked() {
                    event = Some(CorpusEvent::Open(article.article_id));
                }
                row.context_menu(|ui| {
                    if ui.button("Open beside").clicked() {
                        event = Some(CorpusEvent::OpenBeside(article.article_id));
                        ui.close();
                    }
                    if ui.button("Details…").clicked() {
                        event = Some(CorpusEvent::Details(article.article_id));
                        ui.close();
                    }
                });
            }
        });
    event
}
