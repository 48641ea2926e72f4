//! The timeline (egui_plot): incidents as marks on the calendar, in lanes, coloured by event
//! type, sized by casualties; date ranges as bars; context events as labelled lines and
//! periods as shaded bands. Hover a mark for its details; click it to select the incident.

use egui::{Color32, RichText, Ui};
use egui_plot::{GridMark, Line, MarkerShape, Plot, PlotPoint, PlotPoints, Points, Span, VLine};

use crate::model::{ContextEvent, ContextKind, IncidentId, TimelineIncident};
use crate::timeline::bins::{self, BinSize};
use crate::timeline::data::TimelineData;
use crate::timeline::filter::Filters;
use crate::timeline::lanes::LaneBy;
use crate::timeline::{axis, x_of};
use crate::ui::command_list::UiCommand;
use crate::ui::pickers::optional_choice;
use crate::workspace::codebook::Codebook;

/// Marks per incident, or counts per day, week or month.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum TimelineMode {
    #[default]
    Marks,
    Counts,
}

/// What the timeline shows, as the analyst chose.
#[derive(Default)]
pub struct TimelineView {
    pub mode: TimelineMode,
    pub bin_size: BinSize,
    pub lane_by: LaneBy,
    /// Draw the timeline over most of the window instead of docked under the text.
    pub large: bool,
    /// The last frame's mapping from plot to screen, to find a mark on screen.
    last_transform: Option<egui_plot::PlotTransform>,
    /// What the plot and the lists are filtered by.
    pub filters: Filters,
    /// Where a Shift+drag for a time range started (plot x).
    range_drag: Option<(f64, f64)>,
    /// Set for one frame to forget pan and zoom.
    reset_requested: bool,
    /// Where the plot (with its axes) was drawn in the last frame, in points.
    pub plot_rect: Option<egui::Rect>,
    /// The plot with the legend above it: what a PNG export captures.
    pub export_rect: Option<egui::Rect>,
    /// What the legend read from the rows, for which rows (their version) and filters.
    legend_facts: Option<(u64, Filters, LegendFacts)>,
    /// Set for one frame to show this range of plot x (days).
    show_range: Option<(f64, f64)>,
    /// The aggregated marks last drawn, kept while neither the rows nor the view change.
    aggregated: Option<Aggregated>,
}

impl TimelineView {
    /// How many incidents start within the plot's x range as last drawn.
    pub fn incidents_in_view(&self, data: &TimelineData) -> usize {
        let Some(transform) = self.last_transform else {
            return 0;
        };
        let (from, to) = (transform.bounds().min()[0], transform.bounds().max()[0]);
        data.incidents
            .iter()
            .filter(|i| (from..=to).contains(&x_of(i.date_start)))
            .count()
    }

    /// Zoom the plot to show `from` to `to` (dates, both included) on the next frame.
    /// The days the plot showed last frame, as plot x values (days), first and last.
    pub fn shown_span(&self) -> Option<(f64, f64)> {
        self.last_transform
            .map(|t| (t.bounds().min()[0], t.bounds().max()[0]))
    }

    pub fn zoom_to(&mut self, from: jiff::civil::Date, to: jiff::civil::Date) {
        self.show_range = Some((x_of(from), x_of(to) + 1.0));
    }

    /// Where the mark of `incident_id` was drawn in the last frame.
    pub fn mark_position(
        &self,
        data: &TimelineData,
        incident_id: IncidentId,
    ) -> Option<egui::Pos2> {
        let transform = self.last_transform?;
        let index = data.row_of(incident_id)?;
        let point = PlotPoint::new(
            data.starts[index] + 0.5,
            TimelineData::lane_y(data.lane_of[index]),
        );
        Some(transform.position_from_point(&point))
    }
}

/// Drafts not yet accepted, possible duplicates and incidents the filters leave out: the
/// plot and its legend draw them alike.
const PROPOSED_COLOUR: Color32 = Color32::from_rgb(120, 200, 255);
const DUPLICATE_COLOUR: Color32 = Color32::from_rgb(255, 150, 40);
const FILTERED_OUT_COLOUR: Color32 = Color32::from_gray(90);

/// Where the first row of context labels hangs from: above the first lane (y 0), below the
/// top the plot always shows (0.5).
const LABELS_TOP: f64 = 0.45;

/// The context events' labels along the top of the plot, stacked where they would overlap.
fn context_labels(plot_ui: &mut egui_plot::PlotUi<'_>, context: &[ContextEvent]) {
    let transform = *plot_ui.transform();
    let font = egui::TextStyle::Small.resolve(&plot_ui.ctx().global_style());
    let row_height = font.size + 3.0;
    let colour = Color32::from_gray(170);
    let starts: Vec<f32> = context
        .iter()
        .map(|e| {
            transform
                .position_from_point(&PlotPoint::new(x_of(e.date_start), 0.0))
                .x
        })
        .collect();
    let widths: Vec<f32> = context
        .iter()
        .map(|e| {
            plot_ui.ctx().fonts_mut(|fonts| {
                fonts
                    .layout_no_wrap(e.label.clone(), font.clone(), colour)
                    .size()
                    .x
            })
        })
        .collect();
    let rows = crate::timeline::labels::rows(&starts, &widths, 6.0);
    // Rows go down from just above the first lane, inside the y range the plot includes
    // anyway, so labels never push the auto-bounds outward.
    let units_per_pixel = transform.dvalue_dpos()[1].abs();
    for (event, row) in context.iter().zip(rows) {
        let Some(row) = row else { continue };
        let y = LABELS_TOP - row as f64 * f64::from(row_height) * units_per_pixel;
        let label = RichText::new(&event.label).small().color(colour);
        plot_ui.text(
            egui_plot::Text::new("", PlotPoint::new(x_of(event.date_start), y), label)
                .anchor(egui::Align2::LEFT_TOP),
        );
    }
}

/// Above this many incidents in view, marks are aggregated.
const AGGREGATE_ABOVE: usize = 3_000;

/// The aggregated marks' points by size (small, middle, large), and which rows (their
/// version and lanes) and view they were counted for: counting a million rows takes
/// milliseconds, and a frame in which nothing moved shows the same marks.
struct Aggregated {
    counted_for: (u64, LaneBy, u64, u64, usize),
    by_size: [Vec<[f64; 2]>; 3],
}

/// One mark per lane and 4-pixel column, its size growing with how many incidents it holds.
fn draw_aggregated(
    plot_ui: &mut egui_plot::PlotUi<'_>,
    kept: &mut Option<Aggregated>,
    data: &TimelineData,
    (from, to): (f64, f64),
    width_px: f64,
) {
    let columns = (width_px / 4.0).max(1.0) as usize;
    let counted_for = (
        data.version,
        data.lane_by,
        from.to_bits(),
        to.to_bits(),
        columns,
    );
    if kept.as_ref().is_none_or(|k| k.counted_for != counted_for) {
        *kept = Some(Aggregated {
            counted_for,
            by_size: aggregate(data, (from, to), columns),
        });
    }
    let Some(kept) = kept else { return };
    for (size, points) in kept.by_size.iter().enumerate() {
        plot_ui.points(
            Points::new(
                "incidents (zoom in for each)",
                PlotPoints::from(points.clone()),
            )
            .radius([2.5, 4.5, 7.0][size])
            .color(Color32::from_rgb(110, 160, 220))
            // Squares: a group reads apart from a single incident's round mark, and
            // thousands of them tessellate to a tenth of the vertices of circles.
            .shape(MarkerShape::Square)
            .filled(true),
        );
    }
}

/// Counts the rows starting in view per lane and column, and places a mark of three sizes on
/// each cell that has any, so a glance shows where the mass is.
fn aggregate(data: &TimelineData, (from, to): (f64, f64), columns: usize) -> [Vec<[f64; 2]>; 3] {
    let per_column = (to - from).max(1e-9) / columns as f64;
    // Counts per lane and column in one flat array: this loop runs over every incident in
    // view whenever the rows or the view change (each frame while panning), so it must not
    // hash. Rows left of the view (kept for date ranges
    // reaching into it) are not counted.
    let mut counts = vec![0u32; data.lanes.len().max(1) * columns];
    for index in data.visible(from, to) {
        let column = (data.starts[index] - from) / per_column;
        if column < 0.0 || column >= columns as f64 {
            continue;
        }
        counts[data.lane_of[index] * columns + column as usize] += 1;
    }
    let mut by_size: [Vec<[f64; 2]>; 3] = Default::default();
    for (cell, &count) in counts.iter().enumerate().filter(|(_, c)| **c > 0) {
        let (lane, column) = (cell / columns, cell % columns);
        let x = from + (column as f64 + 0.5) * per_column;
        let size = match count {
            0..=2 => 0,
            3..=20 => 1,
            _ => 2,
        };
        by_size[size].push([x, TimelineData::lane_y(lane)]);
    }
    by_size
}

/// A lane's name as the analyst reads it.
pub(crate) fn lane_name(key: &Option<String>, by: LaneBy, codebook: &Codebook) -> String {
    let Some(key) = key else {
        return "not coded".to_owned();
    };
    let found = match by {
        LaneBy::Actor => codebook
            .actors
            .iter()
            .find(|a| a.actor_id.to_string() == *key)
            .map(|a| a.name.clone()),
        LaneBy::Place => codebook
            .places
            .iter()
            .find(|p| p.place_id.to_string() == *key)
            .map(|p| p.name.clone()),
        LaneBy::EventType | LaneBy::TargetType => codebook
            .terms
            .iter()
            .find(|t| t.key == *key)
            .map(|t| t.label.clone()),
    };
    found.unwrap_or_else(|| key.clone())
}

/// A stable colour per event type.
pub(crate) fn category_colour(key: &Option<String>) -> Color32 {
    const PALETTE: [Color32; 6] = [
        Color32::from_rgb(230, 120, 60),
        Color32::from_rgb(80, 160, 230),
        Color32::from_rgb(120, 200, 110),
        Color32::from_rgb(210, 110, 200),
        Color32::from_rgb(230, 200, 80),
        Color32::from_rgb(150, 150, 150),
    ];
    match key {
        None => Color32::GRAY,
        Some(key) => {
            let hash = key
                .bytes()
                .fold(7u32, |h, b| h.wrapping_mul(31).wrapping_add(u32::from(b)));
            PALETTE[(hash as usize) % (PALETTE.len() - 1)]
        }
    }
}

/// Mark radius by casualties: none or unknown, a few, many.
pub(crate) fn radius(incident: &TimelineIncident) -> f32 {
    match incident.killed.unwrap_or(0) + incident.wounded.unwrap_or(0) {
        0 => 3.5,
        1..=4 => 6.0,
        _ => 9.0,
    }
}

/// What hovering an incident's mark shows.
pub(crate) fn describe(incident: &TimelineIncident, codebook: &Codebook) -> String {
    let date = match incident.date_end {
        Some(end) => format!("{} to {end}", incident.date_start),
        None => incident.date_start.to_string(),
    };
    let term = |key: &Option<String>| {
        key.as_ref().map(|k| {
            codebook
                .terms
                .iter()
                .find(|t| &t.key == k)
                .map_or(k.clone(), |t| t.label.clone())
        })
    };
    let place = incident
        .place_id
        .and_then(|id| codebook.places.iter().find(|p| p.place_id == id))
        .map(|p| p.name.clone());
    let actor = incident
        .perpetrator_id
        .and_then(|id| codebook.actors.iter().find(|a| a.actor_id == id))
        .map(|a| a.name.clone());
    let casualties = format!(
        "killed {}, wounded {}",
        incident.killed.map_or("?".into(), |n| n.to_string()),
        incident.wounded.map_or("?".into(), |n| n.to_string())
    );
    let sources = match incident.sources {
        1 => "1 source".to_owned(),
        n => format!("{n} sources"),
    };
    [
        Some(format!("{date} · {}", incident.summary)),
        incident
            .proposed
            .then(|| "proposed: not yet accepted".to_owned()),
        term(&incident.event_type),
        place,
        actor,
        Some(casualties),
        Some(sources),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join("\n")
}

/// Draws the timeline; returns the incident the analyst clicked, if any. Its buttons that act
/// beyond the timeline (exports, the context editor) add their command to `commands`.
pub fn timeline_ui(
    ui: &mut Ui,
    view: &mut TimelineView,
    data: &TimelineData,
    codebook: &Codebook,
    selected: Option<IncidentId>,
    commands: &mut Vec<UiCommand>,
) -> Option<IncidentId> {
    let lane_by = view.lane_by;
    toolbar(ui, view, commands);
    if let Some((from, to)) = filters_ui(ui, &mut view.filters, codebook) {
        view.zoom_to(from, to);
    }
    if view.lane_by != lane_by {
        // The app lays the rows out in the new lanes before the next frame.
        ui.ctx().request_repaint();
    }
    if data.incidents.is_empty() {
        ui.label("No dated incidents yet: code a date and the incident appears here.");
        return None;
    }
    let legend_top = ui.cursor().top();
    legend_ui(
        ui,
        &legend_entries(
            view.mode,
            legend_facts(&mut view.legend_facts, data, &view.filters),
            data,
            codebook,
        ),
    );
    // The plot takes the rest of the panel; a PNG export captures it with its legend.
    let plot_rect = ui.available_rect_before_wrap();
    view.plot_rect = Some(plot_rect);
    view.export_rect = Some(plot_rect.with_min_y(legend_top));
    if view.mode == TimelineMode::Counts {
        counts_ui(ui, view.bin_size, data, codebook);
        return None;
    }
    let plot = marks_plot(ui, view, data, codebook, selected);
    let transform = plot.transform;
    view.last_transform = Some(transform);
    track_range_drag(ui, view, &plot.response, &transform);
    hover_and_click(ui, plot.response, &transform, data, codebook)
}

/// The timeline's toolbar: incidents or counts, by which lanes or per how long, the large
/// view, the buttons that act beyond the timeline (their commands go to `commands`) and Reset
/// view.
fn toolbar(ui: &mut Ui, view: &mut TimelineView, commands: &mut Vec<UiCommand>) {
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new("Timeline").strong());
        ui.selectable_value(&mut view.mode, TimelineMode::Marks, "Incidents");
        ui.selectable_value(&mut view.mode, TimelineMode::Counts, "Counts");
        ui.separator();
        if view.mode == TimelineMode::Marks {
            ui.label("Lanes:");
            for (by, name) in [
                (LaneBy::EventType, "event type"),
                (LaneBy::Actor, "actor"),
                (LaneBy::TargetType, "target type"),
                (LaneBy::Place, "place"),
            ] {
                ui.selectable_value(&mut view.lane_by, by, name);
            }
        } else {
            ui.label("Per:");
            for (size, name) in [
                (BinSize::Day, "day"),
                (BinSize::Week, "week"),
                (BinSize::Month, "month"),
            ] {
                ui.selectable_value(&mut view.bin_size, size, name);
            }
        }
        ui.separator();
        ui.checkbox(&mut view.large, "Large view");
        for command in [
            UiCommand::ExportTimelinePng,
            UiCommand::ExportTimelineCsv,
            UiCommand::EditContext,
        ] {
            commands.extend(crate::ui::command_list::toolbar_button(ui, command));
        }
        if ui
            .button("Reset view")
            .on_hover_text("Clear the filters and show everything")
            .clicked()
        {
            view.filters = Filters::default();
            view.reset_requested = true;
        }
    });
}

/// The incidents plot: the time-range bands, context, and the marks of what is in view (one
/// per incident, or aggregated when too many); returns egui_plot's response.
fn marks_plot(
    ui: &mut Ui,
    view: &mut TimelineView,
    data: &TimelineData,
    codebook: &Codebook,
    selected: Option<IncidentId>,
) -> egui_plot::PlotResponse<()> {
    let lane_names: Vec<String> = data
        .lanes
        .iter()
        .map(|k| lane_name(k, data.lane_by, codebook))
        .collect();
    let plot = lanes_plot(ui, data, lane_names);
    let plot = if std::mem::take(&mut view.reset_requested) {
        plot.reset()
    } else {
        plot
    };
    let dragging = view.range_drag;
    let show_range = view.show_range.take();
    let filters = &view.filters;
    let aggregated = &mut view.aggregated;
    plot.show(ui, |plot_ui| {
        if let Some((from, to)) = show_range {
            plot_ui.set_plot_bounds_x(from..=to);
        }
        wheel_zooms_time(plot_ui);
        range_bands(plot_ui, filters.range, dragging);
        context_events(plot_ui, &data.context);
        // Only what is in view is drawn (rows are in date order); too many to see one by one
        // are drawn as one mark per lane and few pixels, sized by how many it stands for.
        let bounds = plot_ui.plot_bounds();
        let (from, to) = (bounds.min()[0], bounds.max()[0]);
        let width_px = f64::from(plot_ui.transform().frame().width().max(1.0));
        if data.count_starting_between(from, to) > AGGREGATE_ABOVE {
            draw_aggregated(plot_ui, aggregated, data, (from, to), width_px);
            return;
        }
        let visible = data.visible(from, to);
        incident_marks(plot_ui, data, visible.clone(), from, filters, codebook);
        rings(plot_ui, data, visible, selected);
    })
}

/// The mouse wheel over the plot zooms time around the pointer: up (away) zooms in.
fn wheel_zooms_time(plot_ui: &mut egui_plot::PlotUi<'_>) {
    if !plot_ui.response().contains_pointer() {
        return;
    }
    let wheel = plot_ui.ctx().input(|i| i.smooth_scroll_delta.y);
    if wheel != 0.0 {
        plot_ui.zoom_bounds_around_hovered(egui::vec2((wheel * 0.004).exp(), 1.0));
    }
}

/// The marks plot's frame: the date axis, a grid line and a name per lane (`lane_names`, top
/// down), room for every incident's dates, and Shift+drag left for picking a time range.
fn lanes_plot<'a>(ui: &Ui, data: &TimelineData, lane_names: Vec<String>) -> Plot<'a> {
    let lowest_lane = TimelineData::lane_y(lane_names.len().saturating_sub(1));
    let plot = date_axis(Plot::new("timeline").allow_boxed_zoom(false))
        .y_grid_spacer(|input| {
            let (low, high) = (input.bounds.0.ceil() as i64, input.bounds.1.floor() as i64);
            (low..=high)
                .map(|y| GridMark {
                    value: y as f64,
                    step_size: 1.0,
                })
                .collect()
        })
        .y_axis_formatter(move |mark, _| {
            let index = (-mark.value).round();
            if index < 0.0 || (mark.value.fract()).abs() > 1e-6 {
                return String::new();
            }
            lane_names.get(index as usize).cloned().unwrap_or_default()
        })
        .label_formatter(|_| None)
        .include_y(0.5)
        .include_y(lowest_lane - 0.5)
        // Shift+drag selects a time range instead of panning.
        .allow_drag(!ui.input(|i| i.modifiers.shift))
        // The wheel zooms time, as maps do (see `wheel_zooms_time`), and never scrolls the
        // lanes out of view; a sideways scroll still moves along time.
        .allow_scroll([true, false])
        .allow_zoom([true, false]);
    // Only marks in view are drawn, so the data's extent is given up front for auto-bounds.
    match (data.incidents.first(), data.incidents.last()) {
        (Some(first), Some(last)) => plot
            .include_x(x_of(first.date_start) - 1.0)
            .include_x(x_of(last.date_end.unwrap_or(last.date_start)) + 2.0),
        _ => plot,
    }
}

/// The time range the lists are filtered to, and the one being Shift+dragged, as green bands.
fn range_bands(
    plot_ui: &mut egui_plot::PlotUi<'_>,
    range: Option<(jiff::civil::Date, jiff::civil::Date)>,
    dragging: Option<(f64, f64)>,
) {
    let band = |from: f64, to: f64| {
        Span::new("", from.min(to)..=from.max(to))
            .fill(Color32::from_rgba_unmultiplied(90, 200, 120, 40))
    };
    if let Some((from, to)) = range {
        plot_ui.add(band(x_of(from), x_of(to) + 1.0));
    }
    if let Some((from, to)) = dragging {
        plot_ui.add(band(from, to));
    }
}

/// Context on the plot itself: periods as shaded bands, events as lines, each labelled along
/// the top (unnamed items stay out of the legend).
fn context_events(plot_ui: &mut egui_plot::PlotUi<'_>, context: &[ContextEvent]) {
    for event in context {
        let start = x_of(event.date_start);
        match (event.kind, event.date_end) {
            (ContextKind::Period, Some(end)) => {
                let span = Span::new("", start..=x_of(end) + 1.0)
                    .fill(Color32::from_rgba_unmultiplied(120, 160, 255, 28));
                plot_ui.add(span);
            }
            _ => plot_ui.vline(
                VLine::new("", start)
                    .color(Color32::from_gray(120))
                    .width(1.0),
            ),
        }
    }
    context_labels(plot_ui, context);
}

/// One mark per incident in view (`visible`, less those that ended before `from`): date
/// ranges as bars, drafts as hollow diamonds, those the filters leave out faint, the rest one
/// item per event type and size so the legend names event types.
fn incident_marks(
    plot_ui: &mut egui_plot::PlotUi<'_>,
    data: &TimelineData,
    visible: std::ops::Range<usize>,
    from: f64,
    filters: &Filters,
    codebook: &Codebook,
) {
    // One item per (event type, size) so the legend names event types and sizes vary.
    let mut groups: std::collections::BTreeMap<(Option<String>, u32), Vec<[f64; 2]>> =
        Default::default();
    // Incidents the filters leave out stay visible, faint, so the pattern is not lost.
    let mut filtered_out: Vec<[f64; 2]> = Vec::new();
    let mut proposed: Vec<[f64; 2]> = Vec::new();
    for index in visible {
        let (incident, lane) = (&data.incidents[index], &data.lane_of[index]);
        if x_of(incident.date_end.unwrap_or(incident.date_start)) + 1.0 < from {
            continue;
        }
        if !filters.matches(incident) {
            filtered_out.push([x_of(incident.date_start) + 0.5, TimelineData::lane_y(*lane)]);
            continue;
        }
        let y = TimelineData::lane_y(*lane);
        let x = x_of(incident.date_start) + 0.5;
        if let Some(end) = incident.date_end {
            let bar = Line::new(
                "",
                PlotPoints::from(vec![[x_of(incident.date_start), y], [x_of(end) + 1.0, y]]),
            )
            .color(category_colour(&incident.event_type).gamma_multiply(0.6))
            .width(4.0);
            plot_ui.line(bar);
        }
        if incident.proposed {
            proposed.push([x, y]);
            continue;
        }
        groups
            .entry((incident.event_type.clone(), radius(incident).to_bits()))
            .or_default()
            .push([x, y]);
    }
    // Drafts not yet accepted: hollow diamonds, apart from the coded incidents.
    plot_ui.points(
        Points::new("proposed (not yet accepted)", PlotPoints::from(proposed))
            .radius(6.0)
            .color(PROPOSED_COLOUR)
            .shape(MarkerShape::Diamond)
            .filled(false),
    );
    plot_ui.points(
        Points::new("", PlotPoints::from(filtered_out))
            .radius(3.0)
            .color(FILTERED_OUT_COLOUR)
            .filled(true),
    );
    for ((event_type, radius_bits), points) in groups {
        let name = lane_name(&event_type, LaneBy::EventType, codebook);
        plot_ui.points(
            Points::new(name, PlotPoints::from(points))
                .radius(f32::from_bits(radius_bits))
                .color(category_colour(&event_type))
                .shape(MarkerShape::Circle)
                .filled(true),
        );
    }
}

/// Rings over the marks: orange round possible duplicates in view (the analyst checks and
/// may merge them), white round the selected incident.
fn rings(
    plot_ui: &mut egui_plot::PlotUi<'_>,
    data: &TimelineData,
    visible: std::ops::Range<usize>,
    selected: Option<IncidentId>,
) {
    let flagged: Vec<[f64; 2]> = visible
        .filter(|&i| data.duplicates.contains_key(&data.incidents[i].incident_id))
        .map(|i| [data.starts[i] + 0.5, TimelineData::lane_y(data.lane_of[i])])
        .collect();
    plot_ui.points(
        Points::new("possible duplicate", PlotPoints::from(flagged))
            .radius(11.0)
            .color(DUPLICATE_COLOUR)
            .shape(MarkerShape::Circle)
            .filled(false),
    );
    if let Some(index) = selected.and_then(|id| data.row_of(id)) {
        let incident = &data.incidents[index];
        let at = [
            x_of(incident.date_start) + 0.5,
            TimelineData::lane_y(data.lane_of[index]),
        ];
        plot_ui.points(
            Points::new("", PlotPoints::from(vec![at]))
                .radius(radius(incident) + 5.0)
                .color(Color32::WHITE)
                .shape(MarkerShape::Circle)
                .filled(false),
        );
    }
}

/// The mark under the pointer: its details as a tooltip; returns its incident when clicked.
fn hover_and_click(
    ui: &Ui,
    response: egui::Response,
    transform: &egui_plot::PlotTransform,
    data: &TimelineData,
    codebook: &Codebook,
) -> Option<IncidentId> {
    let mut clicked = None;
    if let Some(pos) = response.hover_pos()
        && let Some(index) = mark_at(data, transform, pos)
    {
        let tip = describe(&data.incidents[index], codebook);
        if response.clicked() {
            clicked = Some(data.incidents[index].incident_id);
        }
        let tip = crate::ui::bidi::label_text(ui, &tip);
        crate::ui::tooltips::at_pointer_within(&response, tip, ui.clip_rect());
    }
    clicked
}

/// The incident whose mark is nearest `pos`, within a few pixels of its edge; none while the
/// marks in view are aggregated.
fn mark_at(
    data: &TimelineData,
    transform: &egui_plot::PlotTransform,
    pos: egui::Pos2,
) -> Option<usize> {
    let bounds = transform.bounds();
    let (from, to) = (bounds.min()[0], bounds.max()[0]);
    if data.count_starting_between(from, to) > AGGREGATE_ABOVE {
        return None;
    }
    let seen = data.visible(from, to);
    data.incidents[seen.clone()]
        .iter()
        .zip(&data.lane_of[seen.clone()])
        .enumerate()
        .map(|(offset, (incident, lane))| (seen.start + offset, (incident, lane)))
        .map(|(index, (incident, lane))| {
            let point =
                PlotPoint::new(x_of(incident.date_start) + 0.5, TimelineData::lane_y(*lane));
            (
                index,
                transform.position_from_point(&point).distance(pos),
                radius(incident),
            )
        })
        .filter(|(_, distance, r)| *distance <= r + 4.0)
        .min_by(|a, b| a.1.total_cmp(&b.1))
        .map(|(index, _, _)| index)
}

/// The date axis every timeline plot shares: our ticks and labels at every zoom.
fn date_axis(plot: Plot<'_>) -> Plot<'_> {
    plot.x_grid_spacer(|input| {
        let ticks = axis::ticks(input.bounds.0, input.bounds.1, 10);
        // egui_plot labels a mark when its step is wide enough on screen: give the real one.
        let step = match ticks.as_slice() {
            [first, second, ..] => second.x - first.x,
            _ => input.bounds.1 - input.bounds.0,
        };
        ticks
            .into_iter()
            .map(|tick| GridMark {
                value: tick.x,
                step_size: step,
            })
            .collect()
    })
    .x_axis_formatter(|mark, range| {
        let step = axis::step_for(range.end() - range.start(), 10);
        axis::label(crate::timeline::date_of(mark.value), step)
    })
}

/// Incidents counted per day, week or month, stacked by event type.
/// A whole-number grid step giving about five lines up to `high`: 1, 2, 5, 10, 20, 50 …
pub(crate) fn whole_step(high: f64) -> f64 {
    let mut step = 1.0;
    for multiplier in [2.0, 2.5, 2.0].iter().cycle() {
        if high / step <= 6.0 {
            break;
        }
        step *= multiplier;
    }
    step.round().max(1.0)
}

fn counts_ui(ui: &mut Ui, size: BinSize, data: &TimelineData, codebook: &Codebook) {
    let binned = bins::bin(&data.incidents, size, |i| i.event_type.clone());
    let categories: std::collections::BTreeSet<Option<String>> = binned
        .iter()
        .flat_map(|b| b.counts.keys().cloned())
        .collect();
    let per = match size {
        BinSize::Day => "day",
        BinSize::Week => "week",
        BinSize::Month => "month",
    };
    // Counts are whole numbers: grid lines and labels at whole steps (1, 2, 5, 10 …).
    let plot = date_axis(Plot::new("timeline_counts").allow_boxed_zoom(false))
        .include_y(0.0)
        .y_axis_label(format!("incidents per {per}"))
        .y_grid_spacer(|input| {
            let high = input.bounds.1.max(1.0);
            let step = whole_step(high);
            (0..=(high / step).ceil() as i64)
                .map(|k| GridMark {
                    value: k as f64 * step,
                    step_size: step,
                })
                .collect()
        })
        .y_axis_formatter(|mark, _| {
            if mark.value < 0.0 || mark.value.fract().abs() > 1e-6 {
                String::new()
            } else {
                format!("{}", mark.value as i64)
            }
        });
    plot.show(ui, |plot_ui| {
        let mut charts: Vec<egui_plot::BarChart> = Vec::new();
        for category in &categories {
            let bars: Vec<egui_plot::Bar> = binned
                .iter()
                .map(|bin| {
                    let start = x_of(bin.start);
                    let width = x_of(bins::bin_end(bin.start, size)) - start;
                    let count = bin.counts.get(category).copied().unwrap_or(0);
                    egui_plot::Bar::new(start + width / 2.0, count as f64).width(width * 0.9)
                })
                .collect();
            let below: Vec<&egui_plot::BarChart> = charts.iter().collect();
            let chart =
                egui_plot::BarChart::new(lane_name(category, LaneBy::EventType, codebook), bars)
                    .color(category_colour(category))
                    .stack_on(&below);
            charts.push(chart);
        }
        for chart in charts {
            plot_ui.bar_chart(chart);
        }
    });
}

/// Shift+drag on the plot selects the time range the lists are filtered to.
fn track_range_drag(
    ui: &Ui,
    view: &mut TimelineView,
    response: &egui::Response,
    transform: &egui_plot::PlotTransform,
) {
    let shift = ui.input(|i| i.modifiers.shift);
    let x_at = |pos: egui::Pos2| transform.value_from_position(pos).x;
    if shift
        && response.drag_started()
        && let Some(origin) = ui.input(|i| i.pointer.press_origin())
    {
        view.range_drag = Some((x_at(origin), x_at(origin)));
    }
    if let (Some((from, _)), Some(pos)) = (view.range_drag, response.interact_pointer_pos()) {
        view.range_drag = Some((from, x_at(pos)));
    }
    if response.drag_stopped()
        && let Some((from, to)) = view.range_drag.take()
    {
        let (low, high) = (from.min(to), from.max(to));
        view.filters.range = Some((
            crate::timeline::date_of(low),
            crate::timeline::date_of(high),
        ));
    }
}

/// The source-grade pickers: incidents with a source at least this reliable, or whose
/// information is at least this credible (Admiralty code: A and 1 best).
fn grade_filters_ui(ui: &mut Ui, filters: &mut Filters) {
    use crate::model::{Credibility, Reliability};
    let label = ui.label("Sources graded").id;
    let or_better = |key: &str, best: bool| {
        if best {
            format!("{key} sources")
        } else {
            format!("{key} or better")
        }
    };
    let shown = filters
        .reliability
        .map_or("any reliability".to_owned(), |r| {
            or_better(r.as_str(), r == Reliability::A)
        });
    let levels = Reliability::ALL
        .iter()
        .map(|r| (*r, or_better(r.as_str(), *r == Reliability::A)));
    optional_choice(
        ui,
        "filter_reliability",
        label,
        &mut filters.reliability,
        shown,
        "any reliability",
        levels,
    )
    .on_hover_text("Incidents with a source graded this reliable or better (A best)");
    let label = ui.label("with information").id;
    let shown = filters
        .credibility
        .map_or("any credibility".to_owned(), |c| {
            or_better(c.as_str(), c == Credibility::Confirmed)
        });
    let levels = Credibility::ALL
        .iter()
        .map(|c| (*c, or_better(c.as_str(), *c == Credibility::Confirmed)));
    optional_choice(
        ui,
        "filter_credibility",
        label,
        &mut filters.credibility,
        shown,
        "any credibility",
        levels,
    )
    .on_hover_text("Incidents with information graded this credible or better (1 best)");
}

/// The filter pickers: actor, event type, place, confidence, status, drafts, and the range set.
/// Returns the range to zoom to when the analyst asked for it.
fn filters_ui(
    ui: &mut Ui,
    filters: &mut Filters,
    codebook: &Codebook,
) -> Option<(jiff::civil::Date, jiff::civil::Date)> {
    let mut zoom = None;
    ui.horizontal_wrapped(|ui| {
        let label = ui.label("Filter:").id;
        let actor_name = filters
            .actor
            .and_then(|id| codebook.actors.iter().find(|a| a.actor_id == id))
            .map_or("any actor".to_owned(), |a| a.name.clone());
        let actors = codebook.actors.iter().map(|a| (a.actor_id, a.name.clone()));
        optional_choice(
            ui,
            "filter_actor",
            label,
            &mut filters.actor,
            actor_name,
            "any actor",
            actors,
        );
        let type_name = filters
            .event_type
            .as_ref()
            .map_or("any type".to_owned(), |k| {
                lane_name(&Some(k.clone()), LaneBy::EventType, codebook)
            });
        let types = codebook
            .terms
            .iter()
            .filter(|t| t.vocabulary == crate::model::Vocabulary::EventType)
            .map(|t| (t.key.clone(), t.label.clone()));
        optional_choice(
            ui,
            "filter_type",
            label,
            &mut filters.event_type,
            type_name,
            "any type",
            types,
        );
        let place_name = filters
            .place
            .and_then(|id| codebook.places.iter().find(|p| p.place_id == id))
            .map_or("any place".to_owned(), |p| p.name.clone());
        let places = codebook.places.iter().map(|p| (p.place_id, p.name.clone()));
        optional_choice(
            ui,
            "filter_place",
            label,
            &mut filters.place,
            place_name,
            "any place",
            places,
        );
        let confidence = filters
            .confidence
            .map_or("any confidence".to_owned(), |c| format!("{c} confidence"));
        let levels = crate::model::Confidence::ALL
            .iter()
            .map(|c| (*c, c.to_string()));
        optional_choice(
            ui,
            "filter_confidence",
            label,
            &mut filters.confidence,
            confidence,
            "any confidence",
            levels,
        );
        let status = filters
            .status
            .map_or("any status".to_owned(), |s| s.to_string());
        let statuses = crate::model::Status::ALL
            .iter()
            .map(|s| (*s, s.to_string()));
        optional_choice(
            ui,
            "filter_status",
            label,
            &mut filters.status,
            status,
            "any status",
            statuses,
        );
        let drafts = filters
            .drafts
            .map_or("drafts and coded".to_owned(), |d| d.to_string());
        let choices = crate::timeline::filter::Drafts::ALL
            .iter()
            .map(|d| (*d, d.to_string()));
        optional_choice(
            ui,
            "filter_drafts",
            label,
            &mut filters.drafts,
            drafts,
            "drafts and coded",
            choices,
        );
        grade_filters_ui(ui, filters);
        if let Some((from, to)) = filters.range {
            ui.label(format!("{from} to {to}"));
            if ui
                .small_button("Zoom to range")
                .on_hover_text("Show just this time range on the timeline")
                .clicked()
            {
                zoom = Some((from, to));
            }
            if ui
                .small_button("✕")
                .on_hover_text("Clear the time range")
                .clicked()
            {
                filters.range = None;
            }
        }
    });
    zoom
}

/// How a legend entry's mark looks on the plot.
#[derive(Clone, Copy, Debug, PartialEq)]
enum LegendMark {
    Dot,
    Ring,
    Diamond,
    Bar,
}

/// One entry of the legend: the mark and what it stands for.
struct LegendEntry {
    name: String,
    colour: Color32,
    mark: LegendMark,
}

/// What the legend names that is read from every row: the event types drawn, whether any
/// draft waits, whether the filters leave any row out. Read once per change of the rows or the
/// filters, not every frame (at 100,000 rows that cost a millisecond and more a frame).
#[derive(Clone, Debug, Default)]
struct LegendFacts {
    event_types: Vec<Option<String>>,
    proposed: bool,
    left_out: bool,
}

impl LegendFacts {
    fn read(data: &TimelineData, filters: &Filters) -> Self {
        Self {
            event_types: data.tally.event_types.keys().cloned().collect(),
            proposed: data.tally.proposed > 0,
            // Without a filter nothing is left out: no need to look at every row.
            left_out: filters.active() && data.incidents.iter().any(|i| !filters.matches(i)),
        }
    }
}

/// The legend's facts for `data` and `filters`, read again only when either changed.
fn legend_facts<'v>(
    kept: &'v mut Option<(u64, Filters, LegendFacts)>,
    data: &TimelineData,
    filters: &Filters,
) -> &'v LegendFacts {
    let current = kept.as_ref().is_some_and(|(version, for_filters, _)| {
        *version == data.version && for_filters == filters
    });
    if !current {
        *kept = None;
    }
    &kept
        .get_or_insert_with(|| {
            (
                data.version,
                filters.clone(),
                LegendFacts::read(data, filters),
            )
        })
        .2
}

/// What the plot shows, named: each event type drawn, then the kinds of mark beyond them.
fn legend_entries(
    mode: TimelineMode,
    facts: &LegendFacts,
    data: &TimelineData,
    codebook: &Codebook,
) -> Vec<LegendEntry> {
    let mark = match mode {
        TimelineMode::Marks => LegendMark::Dot,
        TimelineMode::Counts => LegendMark::Bar,
    };
    let mut entries: Vec<LegendEntry> = facts
        .event_types
        .iter()
        .map(|key| LegendEntry {
            name: lane_name(key, LaneBy::EventType, codebook),
            colour: category_colour(key),
            mark,
        })
        .collect();
    if mode == TimelineMode::Counts {
        return entries;
    }
    if facts.proposed {
        entries.push(LegendEntry {
            name: "proposed (not yet accepted)".into(),
            colour: PROPOSED_COLOUR,
            mark: LegendMark::Diamond,
        });
    }
    if !data.duplicates.is_empty() {
        entries.push(LegendEntry {
            name: "possible duplicate".into(),
            colour: DUPLICATE_COLOUR,
            mark: LegendMark::Ring,
        });
    }
    if facts.left_out {
        entries.push(LegendEntry {
            name: "left out by the filters".into(),
            colour: FILTERED_OUT_COLOUR,
            mark: LegendMark::Dot,
        });
    }
    entries
}

/// The legend as a row above the plot, where it can never cover the newest marks (a legend
/// inside the plot's corner did), with the hint for picking a time range after it.
fn legend_ui(ui: &mut Ui, entries: &[LegendEntry]) {
    ui.horizontal_wrapped(|ui| {
        let side = ui.text_style_height(&egui::TextStyle::Body);
        for entry in entries {
            let (rect, _) = ui.allocate_exact_size(egui::vec2(side, side), egui::Sense::hover());
            let (centre, radius) = (rect.center(), side * 0.3);
            let painter = ui.painter();
            match entry.mark {
                LegendMark::Dot => painter.circle_filled(centre, radius, entry.colour),
                LegendMark::Ring => {
                    painter.circle_stroke(centre, radius, egui::Stroke::new(1.5, entry.colour))
                }
                LegendMark::Diamond => {
                    let corners = [
                        centre + egui::vec2(0.0, -radius * 1.3),
                        centre + egui::vec2(radius * 1.3, 0.0),
                        centre + egui::vec2(0.0, radius * 1.3),
                        centre + egui::vec2(-radius * 1.3, 0.0),
                    ];
                    painter.add(egui::Shape::closed_line(
                        corners.to_vec(),
                        egui::Stroke::new(1.5, entry.colour),
                    ))
                }
                LegendMark::Bar => painter.rect_filled(
                    egui::Rect::from_center_size(centre, egui::vec2(radius * 1.6, radius * 2.4)),
                    1.0,
                    entry.colour,
                ),
            };
            ui.label(&entry.name);
            ui.add_space(6.0);
        }
        // The hint only where it fits on the legend's row: in a narrow panel the plot needs
        // the height more (the README says it too).
        let hint = RichText::new("Shift+drag on the timeline to pick a time range").weak();
        let hint = egui::WidgetText::from(hint).into_galley(
            ui,
            Some(egui::TextWrapMode::Extend),
            f32::INFINITY,
            egui::TextStyle::Body,
        );
        if hint.size().x <= ui.available_width() {
            ui.label(hint);
        }
    });
}

#[cfg(test)]
mod count_axis_tests {
    use super::whole_step;

    #[test]
    fn count_grid_steps_are_whole_numbers_about_five_to_a_plot() {
        assert_eq!(whole_step(0.6), 1.0);
        assert_eq!(whole_step(4.0), 1.0);
        assert_eq!(whole_step(9.0), 2.0);
        assert_eq!(whole_step(25.0), 5.0);
        assert_eq!(whole_step(60.0), 10.0);
        assert_eq!(whole_step(300.0), 50.0);
    }
}
