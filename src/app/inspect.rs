//! What tests and scripts read of the window, and the few things they do as an analyst
//! would without a pointer (select words, open an article, set a time range). Gathered here so
//! the window's own code stays about running it.

use std::ops::Range;
use std::path::PathBuf;

use super::SpanlineApp;
use crate::model::{ArticleId, Incident, IncidentId};
use crate::propose::Proposal;
use crate::propose::suggest::Suggestion;
use crate::store::Project;

impl SpanlineApp {
    /// Waits for the open project's background integrity scan and the background read of a
    /// large project's timeline (for scripted use and tests, where nothing should still be
    /// running when the window is driven).
    pub fn wait_for_checks(&mut self) {
        if let Some(project) = self.project.as_mut()
            && let Err(err) = project.wait_until_verified()
        {
            self.error = Some(err.to_string());
        }
        if let Some(project) = self.project.as_ref()
            && let Err(err) = self.workspace.wait_for_timeline(project.conn())
        {
            self.error = Some(err.to_string());
        }
    }

    /// Reads the timeline of projects opened from now on in the background from `incidents`
    /// incidents on (tests make a small project count as large).
    pub fn read_timelines_in_background_from(&mut self, incidents: usize) {
        self.background_read_from = incidents;
    }

    /// Rows read so far and how many incidents there are, while the timeline is read in the
    /// background.
    pub fn timeline_loading(&self) -> Option<(usize, usize)> {
        self.workspace.timeline_loading()
    }

    /// Holds back (or lets through) the team's writes the server announces, as a slow
    /// network would: the window's copy stays behind while held.
    pub fn hold_team_changes(&mut self, hold: bool) {
        if let Some(link) = self.team.as_mut() {
            link.held = hold;
        }
    }

    pub fn project(&self) -> Option<&Project> {
        self.project.as_ref()
    }

    pub fn error(&self) -> Option<&str> {
        self.error.as_deref()
    }

    /// Waits until the suggestions of the articles on screen are worked out, as the window
    /// would see them a few frames later.
    pub fn wait_for_suggestions(&mut self) {
        if let Err(err) = self.workspace.wait_for_recognised() {
            self.error = Some(err.to_string());
        }
    }

    /// What the reader marks as suggestions in the (first) article on screen.
    pub fn suggestions(&self) -> &[Suggestion] {
        self.workspace
            .open
            .first()
            .map_or(&[], |a| a.suggestions.as_slice())
    }

    /// Whether suggestions are drawn.
    pub fn suggestions_shown(&self) -> bool {
        self.show_suggestions
    }

    /// Title of the (first) article on screen.
    pub fn open_article_title(&self) -> Option<&str> {
        self.workspace.open.first().map(|a| a.meta.title.as_str())
    }

    /// Where the timeline drew the mark of `incident_id` in the last frame.
    pub fn timeline_mark(&self, incident_id: IncidentId) -> Option<egui::Pos2> {
        self.timeline_view
            .mark_position(&self.workspace.timeline, incident_id)
    }

    /// Where the map drew the mark of `incident_id` (or the cluster holding it) last frame.
    pub fn map_mark(&self, incident_id: IncidentId) -> Option<egui::Pos2> {
        let row = self.workspace.timeline.row_of(incident_id)?;
        self.map_view.mark_position(&self.workspace.map, row)
    }

    /// Where the map was drawn, in points.
    pub fn map_rect(&self) -> Option<egui::Rect> {
        self.map_view.map_rect
    }

    /// How many incidents the map drew in the last frame (clusters count their members).
    pub fn map_marks_drawn(&self) -> usize {
        self.map_view.marks_drawn()
    }

    /// The map's zoom level (web-map levels: 6 a country, 11 a city).
    pub fn map_zoom(&self) -> Option<f64> {
        self.map_view.zoom()
    }

    /// Turns the map's online tiles on, fetched from `template` ({z}/{x}/{y}), as the analyst's
    /// checkbox does for OpenStreetMap's.
    pub fn map_tiles_from(&mut self, template: &str) {
        self.map_view.tiles.set_template(template);
        self.map_view.tiles.enabled = true;
    }

    /// How many online tiles are ready, and the last failure.
    pub fn map_tiles(&self) -> (usize, Option<&str>) {
        (
            self.map_view.tiles.loaded(),
            self.map_view.tiles.error.as_deref(),
        )
    }

    /// Centres the map on a point at a zoom level (as scrolling and dragging would).
    pub fn map_look_at(&mut self, lon: f64, lat: f64, zoom: f64) {
        self.map_view.look_at(lon, lat, zoom);
    }

    /// The time range the timeline and the map are filtered to.
    pub fn time_range(&self) -> Option<(jiff::civil::Date, jiff::civil::Date)> {
        self.timeline_view.filters.range
    }

    /// Whether Play is stepping the map through time.
    pub fn map_playing(&self) -> bool {
        self.map_view.is_playing()
    }

    /// Where the timeline plot (with its axes) was drawn, in points.
    /// The days the timeline showed last frame (plot x values), first and last.
    pub fn timeline_span(&self) -> Option<(f64, f64)> {
        self.timeline_view.shown_span()
    }

    pub fn timeline_plot_rect(&self) -> Option<egui::Rect> {
        self.timeline_view.plot_rect
    }

    /// The timeline's plot with its legend, as a PNG export cuts it out.
    pub fn timeline_export_rect(&self) -> Option<egui::Rect> {
        self.timeline_view.export_rect
    }

    /// What the status bar says about the last action.
    pub fn status(&self) -> &str {
        &self.status
    }

    /// Whether the timeline shows counts per day, week or month instead of marks.
    pub fn timeline_shows_counts(&self) -> bool {
        self.timeline_view.mode == crate::ui::timeline_view::TimelineMode::Counts
    }

    /// The dated incidents the timeline shows.
    pub fn timeline_incidents(&self) -> &[crate::model::TimelineIncident] {
        &self.workspace.timeline.incidents
    }

    /// Opens an article in the main pane (as a click in the corpus list does).
    pub fn show_article(&mut self, article_id: ArticleId) {
        self.open_article(article_id, false);
    }

    /// Titles of the articles on screen, left to right.
    pub fn open_titles(&self) -> Vec<&str> {
        self.workspace
            .open
            .iter()
            .map(|a| a.meta.title.as_str())
            .collect()
    }

    /// The selected words in the pane the analyst works in, in code points of its article.
    pub fn selection(&self) -> Option<Range<usize>> {
        self.panes
            .get(self.active_pane)
            .and_then(|p| p.view.selected())
    }

    /// Selects code points `range` of the article in `pane` (0 left, 1 right), as a drag would.
    pub fn select_range_in(&mut self, pane: usize, range: Range<usize>) {
        if let Some(target) = self.panes.get_mut(pane) {
            target.view.select_and_show(range);
            self.active_pane = pane;
        }
    }

    /// Selects code points `range` of the (first) article on screen.
    pub fn select_range(&mut self, range: Range<usize>) {
        self.select_range_in(0, range);
    }

    /// Where character `at` of the (first) article was drawn in the last frame.
    pub fn source_char_rect(&self, at: usize) -> Option<egui::Rect> {
        self.panes.first().and_then(|p| p.view.char_rect(at))
    }

    /// The incident being coded.
    pub fn selected_incident(&self) -> Option<&Incident> {
        self.workspace.selected.as_ref().map(|s| &s.incident)
    }

    /// The values proposed for the evidence just attached.
    pub fn proposals(&self) -> &[Proposal] {
        &self.coding.proposals
    }

    /// The context events and periods the timeline draws.
    pub fn context_events(&self) -> &[crate::model::ContextEvent] {
        &self.workspace.timeline.context
    }

    /// How many articles the filters let through (`None` when no filter is set).
    pub fn filtered_article_count(&self) -> Option<usize> {
        self.workspace
            .filtered
            .articles
            .as_ref()
            .map(rustc_hash::FxHashSet::len)
    }

    /// Filters the lists to the time range `from..=to`, as a Shift+drag on the timeline does.
    pub fn filter_to_range(&mut self, from: jiff::civil::Date, to: jiff::civil::Date) {
        self.timeline_view.filters.range = Some((from, to));
    }

    /// The incidents the filters let through (`None` when no filter is set).
    pub fn filtered_incidents(&self) -> Option<rustc_hash::FxHashSet<IncidentId>> {
        self.workspace.filtered_incidents()
    }

    /// The words flashed in the (first) article, as a jump to evidence shows them.
    pub fn flashed(&self) -> Option<Range<usize>> {
        self.panes.first().and_then(|p| p.flash.clone())
    }

    /// Projects opened lately, newest first.
    pub fn recent_projects(&self) -> &[PathBuf] {
        &self.recent
    }

    /// The searched words marked in the open article, in code points.
    pub fn search_marks(&self) -> &[Range<usize>] {
        self.workspace
            .open
            .first()
            .map_or(&[], |a| a.search_hits.as_slice())
    }

    /// Articles the search matched; `None` while nothing is searched for.
    pub fn search_hits(&self) -> Option<usize> {
        self.search.hits.as_ref().map(Vec::len)
    }

    /// Whether an import is running.
    pub fn importing(&self) -> bool {
        self.jobs.import.is_some()
    }

    /// Whether a merge or an agreement is being worked out in the background.
    pub fn comparing(&self) -> bool {
        self.jobs.merge.is_some() || self.jobs.agreement.is_some()
    }

    /// The entry the codebook window has selected.
    pub fn codebook_selected(&self) -> Option<crate::edit::commands::CodebookEntry> {
        self.windows.codebook_editor.selected()
    }

    /// Whether the codebook window is open.
    pub fn codebook_open(&self) -> bool {
        self.windows.codebook_editor.open
    }

    /// Whether every uncoded article is being drafted in the background.
    pub fn drafting(&self) -> bool {
        self.jobs.draft.is_some()
    }

    /// Whether a project is being restored from its JSON export.
    pub fn restoring(&self) -> bool {
        self.jobs.restore.is_some()
    }

    /// Whether a whole-project export is under way (written or waiting to be put in place).
    pub fn exporting(&self) -> bool {
        self.jobs.export.is_some()
    }

    /// How the (first) article's pane is scrolled.
    pub fn article_scroll(&self) -> Option<crate::ui::article_pane::Scroll> {
        self.panes.first().map(|p| p.scroll)
    }

    /// What the window shows of the project.
    pub fn workspace(&self) -> &crate::workspace::Workspace {
        &self.workspace
    }
}
