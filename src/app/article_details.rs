//! The article details form in the window: opened from the corpus list's context menu, the
//! button beside an article's title, Edit ▸ Article details (Ctrl+E), or the notice that
//! relative dates are waiting for the article's date. Every value it stores is one undoable
//! change through the one run path; after an undo the form shows what the store holds.

use super::SpanlineApp;
use crate::edit::commands;
use crate::model::ArticleId;
use crate::store::articles;
use crate::ui::article_details::{ArticleDetailsForm, DetailsEvent, TextField};

impl SpanlineApp {
    /// Opens the form on `article_id` (the keyboard in `field`, if given).
    pub(super) fn open_details(&mut self, article_id: ArticleId, field: Option<TextField>) {
        let Some(project) = &self.project else { return };
        match articles::get(project.conn(), article_id) {
            Ok(Some(article)) => {
                // The form follows the article on screen from here on.
                self.windows.details_beside = self
                    .workspace
                    .open
                    .get(self.active_pane)
                    .map(|a| a.article_id);
                let form = ArticleDetailsForm::new(article_id, &article.meta);
                self.windows.details = Some(match field {
                    Some(field) => form.focusing(field),
                    None => form,
                });
            }
            Ok(None) => self.error = Some("That article no longer exists.".into()),
            Err(err) => self.error = Some(err.to_string()),
        }
    }

    /// The article the details command acts on: the one in the pane worked in.
    pub(super) fn open_details_of_active(&mut self) {
        match self.workspace.open.get(self.active_pane) {
            Some(open) => self.open_details(open.article_id, None),
            None => self.error = Some("Open an article to see its details.".into()),
        }
    }

    /// Draws the form, if open, and stores what it asks.
    pub(super) fn details_window(&mut self, ctx: &egui::Context) {
        if self.windows.details.is_none() {
            return;
        }
        // Another article came on screen: the form shows that one, so that nothing typed lands
        // in an article the analyst no longer sees.
        let on_screen = self
            .workspace
            .open
            .get(self.active_pane)
            .map(|a| a.article_id);
        if let Some(article_id) = on_screen
            && on_screen != self.windows.details_beside
        {
            self.open_details(article_id, None);
        }
        let Some(form) = self.windows.details.as_mut() else {
            return;
        };
        let event = form.show(ctx);
        let article_id = form.article_id;
        if !form.open {
            self.windows.details = None;
        }
        match event {
            Some(DetailsEvent::Store {
                meta,
                label,
                merge_key,
            }) => self.store_details(article_id, *meta, label, merge_key),
            Some(DetailsEvent::LeftField) => {
                if let Some(project) = self.project.as_mut() {
                    project.seal_undo_step();
                }
            }
            None => {}
        }
    }

    fn store_details(
        &mut self,
        article_id: ArticleId,
        meta: crate::model::ArticleMeta,
        label: String,
        merge_key: Option<String>,
    ) {
        let Some(project) = &self.project else { return };
        let article = match articles::get(project.conn(), article_id) {
            Ok(Some(article)) => article,
            Ok(None) => {
                self.error = Some("That article no longer exists.".into());
                return;
            }
            Err(err) => {
                self.error = Some(err.to_string());
                return;
            }
        };
        let date_changed = article.meta.published != meta.published;
        let new_date = meta.published;
        // Read before the change: the new suggestions are worked out in the background.
        let relative = self.relative_dates(article_id);
        let mut change = commands::edit_article(article, meta);
        change.label = label;
        if self.change_merging(Ok(change), merge_key) && date_changed {
            self.status = match relative {
                Some(relative) => Self::redated_status(new_date, relative),
                None => "Publication date saved".into(),
            };
        }
    }

    /// How many words of the article, when it is open, state a date relative to its
    /// publication date: proposed from it, or waiting for one.
    fn relative_dates(&self, article_id: ArticleId) -> Option<usize> {
        let open = self.workspace.on_screen(article_id)?;
        let proposed = open
            .suggestions
            .iter()
            .filter(|s| s.reason.contains("from the article's date"))
            .count();
        Some(proposed + open.waiting_for_date.len())
    }

    /// What a new publication date does to the `relative` dates of an open article.
    fn redated_status(new_date: Option<jiff::civil::Date>, relative: usize) -> String {
        match (new_date, relative) {
            (None, _) => {
                format!("Publication date removed · {relative} relative dates wait for one")
            }
            (Some(date), 0) => format!("Publication date set to {date}"),
            (Some(date), 1) => {
                format!("Publication date set to {date} · 1 relative date re-proposed from it")
            }
            (Some(date), n) => {
                format!("Publication date set to {date} · {n} relative dates re-proposed from it")
            }
        }
    }

    /// After a change: the form shows what the store now holds, or closes when its article is
    /// gone.
    pub(super) fn sync_details(&mut self, touched: &crate::edit::Touched) {
        let (Some(form), Some(project)) = (self.windows.details.as_mut(), &self.project) else {
            return;
        };
        if !(touched.everything || touched.articles.contains(&form.article_id)) {
            return;
        }
        match articles::get(project.conn(), form.article_id) {
            Ok(Some(article)) => form.sync(&article.meta),
            _ => self.windows.details = None,
        }
    }
}
