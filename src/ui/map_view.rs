//! The map (egui's painter over the built-in basemap): incidents that pass the filters at their
//! places, coloured by event type and sized by casualties, with how precisely the place is
//! known drawn as a radius or a shaded province, launch sites joined to impact sites, and
//! counted clusters where marks would overlap. Hover a mark for its details, click it to
//! select the incident; Shift+drag a box to filter by area; Play steps through time.

use egui::{
    Align2, Color32, FontId, Mesh, Pos2, Rect, RichText, Sense, Shape, Stroke, Ui, Vec2, epaint,
};

use crate::map::World;
use crate::map::basemap::{Basemap, Region, basemap};
use crate::map::clusters::cluster;
use crate::map::marks::{Extent, MapData};
use crate::map::projection::bounds;
use crate::map::tiles::{OSM_ATTRIBUTION, covering};
use crate::model::{GeoBox, IncidentId, PlaceId, TimelineIncident};
use crate::timeline::data::TimelineData;
use crate::timeline::filter::{AreaFilter, Filters};
use crate::ui::command_list::UiCommand;
use crate::ui::map_tiles::TileLayer;
use crate::ui::timeline_view::{category_colour, describe, radius};
use crate::workspace::codebook::Codebook;

/// Screen pixels per world unit at zoom 0: one 256-pixel tile for the whole world, as on
/// every slippy map, so zoom levels mean what analysts know from web maps.
const TILE: f64 = 256.0;
const MIN_ZOOM: f64 = 3.0;
const MAX_ZOOM: f64 = 17.0;
/// Marks closer than this many pixels are drawn as one counted cluster.
const CLUSTER_CELL: f32 = 26.0;
/// Seconds between two steps of Play.
const PLAY_SECONDS: f64 = 0.8;
/// From this zoom on, towns of the gazetteer are drawn with their names.
const TOWNS_FROM_ZOOM: f64 = 7.5;

/// How far one step of Play moves the time range.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum PlayStep {
    #[default]
    Week,
    Month,
}

/// What the map shows, as the analyst left it.
#[derive(Default)]
pub struct MapView {
    /// The world point at the centre of the map and the zoom level; `None` until first drawn
    /// (it then fits the incidents).
    camera: Option<(World, f64)>,
    /// Where a Shift+drag for an area started and is now (screen).
    box_drag: Option<(Pos2, Pos2)>,
    /// Play is on; when the last step was taken (seconds of `ui.input` time).
    playing: Option<f64>,
    pub step: PlayStep,
    /// Draw the map over most of the bottom panel.
    pub large: bool,
    /// Where the map was drawn in the last frame, in points (what a PNG export captures).
    pub map_rect: Option<Rect>,
    /// The map's share of the bottom panel's width, as the analyst dragged it.
    share: Option<f32>,
    basemap: BasemapCache,
    /// Online tiles under the basemap's borders, when the analyst turns them on.
    pub tiles: TileLayer,
    /// Marks in view and their screen positions, reused by each frame.
    scratch: (Vec<usize>, Vec<[f32; 2]>),
    /// The clusters drawn in the last frame, for hit testing.
    drawn: Vec<DrawnCluster>,
}

/// A cluster as drawn: where, how big, the spots it holds and how many incidents pass there.
/// Its incidents are listed only when asked (hovered, clicked), not every frame.
#[derive(Clone, Debug)]
struct DrawnCluster {
    at: Pos2,
    radius: f32,
    /// Indices into the map's sites.
    spots: Vec<usize>,
    count: usize,
    /// The mark, when it holds exactly one.
    single: Option<usize>,
}

impl DrawnCluster {
    /// The marks it holds that `passes` lets through, in date order within each spot.
    fn members(&self, map: &MapData, passes: impl Fn(usize) -> bool) -> Vec<usize> {
        self.spots
            .iter()
            .flat_map(|&s| map.sites[s].marks.iter().copied())
            .filter(|&m| passes(m))
            .collect()
    }
}

/// What the analyst asked of the map beyond it.
#[derive(Clone, Debug, PartialEq)]
pub enum MapEvent {
    /// A mark was clicked: select the incident and show its place evidence.
    Select(IncidentId),
    /// Open the codebook's places on this one (it has no coordinates).
    OpenPlace(PlaceId),
    Command(UiCommand),
    /// Change the filters the timeline and the map share: the map asks, the app changes them.
    Filter(FilterChange),
}

/// A change of the shared filters the map asks for.
#[derive(Clone, Debug, PartialEq)]
pub enum FilterChange {
    /// Move the time range one step on (Play, Step); when it is past the last incident, stop
    /// playing, or with `from_the_start`, start again from the first.
    StepTime { from_the_start: bool },
    /// Show only the incidents in this box (Shift+drag on the map).
    Area(GeoBox),
    /// Show incidents everywhere again.
    ClearArea,
}

impl FilterChange {
    /// Applies the change to `filters`; `false` when time has run past the last incident.
    pub fn apply(
        &self,
        filters: &mut Filters,
        timeline: &TimelineData,
        step: PlayStep,
        places: &[crate::model::Place],
    ) -> bool {
        match self {
            FilterChange::StepTime { from_the_start } => {
                if step_time(filters, timeline, step) {
                    return true;
                }
                if *from_the_start {
                    filters.range = None;
                    return step_time(filters, timeline, step);
                }
                false
            }
            FilterChange::Area(bounds) => {
                filters.area = Some(AreaFilter::new(*bounds, places));
                true
            }
            FilterChange::ClearArea => {
                filters.area = None;
                true
            }
        }
    }
}

/// From world to screen and back for one frame.
#[derive(Clone, Copy)]
struct Viewport {
    rect: Rect,
    centre: World,
    scale: f64,
}

impl Viewport {
    fn to_screen(self, w: World) -> Pos2 {
        let c = self.rect.center();
        Pos2::new(
            c.x + ((w.x - self.centre.x) * self.scale) as f32,
            c.y + ((w.y - self.centre.y) * self.scale) as f32,
        )
    }

    fn to_world(self, p: Pos2) -> World {
        let c = self.rect.center();
        World {
            x: self.centre.x + f64::from(p.x - c.x) / self.scale,
            y: self.centre.y + f64::from(p.y - c.y) / self.scale,
        }
    }

    /// Whether the box `min`..`max` (world) can be seen.
    fn sees(self, min: World, max: World) -> bool {
        let (a, b) = (self.to_screen(min), self.to_screen(max));
        Rect::from_two_pos(a, b).intersects(self.rect)
    }
}

impl MapView {
    /// Stops Play where it is (time ran past the last incident).
    pub fn stop_playing(&mut self) {
        self.playing = None;
    }

    /// Splits the bottom panel into the timeline's part (left) and the map's (right), with a
    /// handle between them to drag; the large map takes most of it.
    pub fn split(&mut self, ui: &mut Ui) -> (Rect, Rect) {
        let whole = ui.available_rect_before_wrap();
        let share = if self.large {
            0.7
        } else {
            self.share.unwrap_or(0.42)
        };
        let handle_x = whole.right() - whole.width() * share;
        let handle = Rect::from_x_y_ranges(handle_x - 3.0..=handle_x + 3.0, whole.y_range());
        let response = ui
            .interact(handle, ui.scope_id().with("map split"), Sense::drag())
            .on_hover_cursor(egui::CursorIcon::ResizeHorizontal);
        if response.dragged() && !self.large {
            let x = (handle_x + response.drag_delta().x)
                .clamp(whole.left() + 200.0, whole.right() - 200.0);
            self.share = Some((whole.right() - x) / whole.width().max(1.0));
        }
        let colour = if response.hovered() || response.dragged() {
            ui.visuals().widgets.hovered.bg_stroke
        } else {
            ui.visuals().widgets.noninteractive.bg_stroke
        };
        ui.painter().vline(handle_x, whole.y_range(), colour);
        let timeline = Rect::from_x_y_ranges(whole.left()..=handle_x - 4.0, whole.y_range());
        let map = Rect::from_x_y_ranges(handle_x + 4.0..=whole.right(), whole.y_range());
        (timeline, map)
    }

    /// The zoom level now (`None` before the map was first drawn).
    pub fn zoom(&self) -> Option<f64> {
        self.camera.map(|(_, z)| z)
    }

    /// Centres the map on `lon`, `lat` at `zoom`.
    pub fn look_at(&mut self, lon: f64, lat: f64, zoom: f64) {
        self.camera = Some((
            World::from_degrees(lon, lat),
            zoom.clamp(MIN_ZOOM, MAX_ZOOM),
        ));
    }

    /// Where the mark of timeline row `row` (or the cluster holding its spot) was drawn last
    /// frame.
    pub fn mark_position(&self, map: &MapData, row: usize) -> Option<Pos2> {
        let site = map.mark_of_row(row)?.site;
        self.drawn
            .iter()
            .find(|c| c.spots.contains(&site))
            .map(|c| c.at)
    }

    /// How many marks (not clusters) were drawn in the last frame.
    pub fn marks_drawn(&self) -> usize {
        self.drawn.iter().map(|c| c.count).sum()
    }

    pub fn is_playing(&self) -> bool {
        self.playing.is_some()
    }
}

/// Moves the time range one step on (or to the first step), as Play does, passing over steps
/// in which no incident falls; `false` when the last incident has been passed, and the range
/// is left as it was.
pub fn step_time(filters: &mut Filters, timeline: &TimelineData, step: PlayStep) -> bool {
    let (Some(first), Some(last)) = (timeline.incidents.first(), timeline.last_date()) else {
        return false;
    };
    let span = match step {
        PlayStep::Week => jiff::Span::new().weeks(1),
        PlayStep::Month => jiff::Span::new().months(1),
    };
    let start = match filters.range {
        None => first.date_start,
        Some((from, _)) => match from.checked_add(span) {
            Ok(next) => next,
            Err(_) => return false,
        },
    };
    if start > last {
        return false;
    }
    let end_of = |start: jiff::civil::Date| {
        start
            .checked_add(span)
            .and_then(|d| d.yesterday())
            .unwrap_or(start)
    };
    let (mut start, mut end) = (start, end_of(start));
    // An empty step is passed over: on to the step that holds the next incident's first day.
    if !any_incident_between(timeline, start, end) {
        let incidents = &timeline.incidents;
        let next = incidents.partition_point(|i| i.date_start < start);
        let Some(next_day) = incidents.get(next).map(|i| i.date_start) else {
            return false;
        };
        while end < next_day {
            match start.checked_add(span) {
                Ok(later) => (start, end) = (later, end_of(later)),
                Err(_) => return false,
            }
        }
    }
    filters.range = Some((start, end));
    true
}

/// Whether an incident's dates touch `start..=end` (rows in date order).
fn any_incident_between(
    timeline: &TimelineData,
    start: jiff::civil::Date,
    end: jiff::civil::Date,
) -> bool {
    let incidents = &timeline.incidents;
    let starting_before_end = incidents.partition_point(|i| i.date_start <= end);
    incidents[..starting_before_end]
        .iter()
        .rev()
        .any(|i| i.date_end.unwrap_or(i.date_start) >= start)
}

fn region_mesh(region: &Region, viewport: Viewport, colour: Color32) -> Mesh {
    let mut mesh = Mesh::default();
    for point in &region.points {
        mesh.colored_vertex(viewport.to_screen(*point), colour);
    }
    mesh.indices.extend_from_slice(&region.triangles);
    mesh
}

fn line_shape(line: &[World], viewport: Viewport, stroke: Stroke) -> Shape {
    Shape::line(
        line.iter().map(|w| viewport.to_screen(*w)).collect(),
        stroke,
    )
}

/// The basemap's shapes (land when `fills`, borders, rivers) for one view, without names.
fn basemap_shapes(map: &Basemap, viewport: Viewport, fills: bool) -> Vec<Shape> {
    let mut shapes = Vec::new();
    let seen = || map.countries.iter().filter(|c| viewport.sees(c.min, c.max));
    for country in seen().filter(|_| fills) {
        let land = if is_ours(&country.iso3) {
            Color32::from_rgb(66, 68, 70)
        } else {
            Color32::from_rgb(52, 54, 56)
        };
        shapes.push(region_mesh(country, viewport, land).into());
    }
    let layers = [
        (
            &map.province_borders,
            Stroke::new(0.6, Color32::from_gray(92)),
        ),
        (
            &map.rivers,
            Stroke::new(1.0, Color32::from_rgb(70, 110, 160)),
        ),
        (&map.coast, Stroke::new(0.8, Color32::from_gray(120))),
    ];
    for (lines, stroke) in layers {
        shapes.extend(lines.iter().map(|line| line_shape(line, viewport, stroke)));
    }
    let border = Stroke::new(1.2, Color32::from_gray(150));
    for country in seen() {
        shapes.extend(
            country
                .rings
                .iter()
                .map(|ring| line_shape(ring, viewport, border)),
        );
    }
    shapes
}

/// The countries the gazetteer covers, drawn a shade lighter and named.
fn is_ours(iso3: &str) -> bool {
    matches!(iso3, "IRQ" | "SYR" | "JOR" | "LBN" | "KWT")
}

/// The basemap tessellated for one view: redone only when the view moves, so a still map
/// (hovering, typing elsewhere, Play) costs a copy, not 25,000 points of lines each frame.
#[derive(Default)]
struct BasemapCache {
    key: Option<(Rect, [u64; 3], u32, bool)>,
    mesh: std::sync::Arc<Mesh>,
}

impl BasemapCache {
    fn mesh(
        &mut self,
        ctx: &egui::Context,
        map: &Basemap,
        viewport: Viewport,
        fills: bool,
    ) -> Shape {
        let ppp = ctx.pixels_per_point();
        let key = (
            viewport.rect,
            [
                viewport.centre.x.to_bits(),
                viewport.centre.y.to_bits(),
                viewport.scale.to_bits(),
            ],
            ppp.to_bits(),
            fills,
        );
        if self.key != Some(key) {
            let options = ctx.tessellation_options(|o| *o);
            let mut tessellator = epaint::Tessellator::new(ppp, options, [1, 1], Vec::new());
            tessellator.set_clip_rect(viewport.rect);
            let mut mesh = Mesh::default();
            for shape in basemap_shapes(map, viewport, fills) {
                tessellator.tessellate_shape(shape, &mut mesh);
            }
            self.mesh = std::sync::Arc::new(mesh);
            self.key = Some(key);
        }
        Shape::Mesh(self.mesh.clone())
    }
}

/// Draws the basemap: sea, land, provinces, rivers, borders, names.
fn draw_basemap(
    painter: &egui::Painter,
    view: &mut MapView,
    map: &Basemap,
    viewport: Viewport,
    zoom: f64,
) {
    painter.rect_filled(viewport.rect, 0.0, Color32::from_rgb(30, 40, 54));
    let online = view.tiles.enabled;
    if online {
        // Online tiles in place of the built-in land, the built-in borders over them.
        let corners = (
            viewport.to_world(viewport.rect.min),
            viewport.to_world(viewport.rect.max),
        );
        let wanted = covering(corners.0, corners.1, zoom, 64);
        view.tiles.draw(painter, &wanted, |key| {
            let (corner, side) = key.square();
            let far = World {
                x: corner.x + side,
                y: corner.y + side,
            };
            Rect::from_two_pos(viewport.to_screen(corner), viewport.to_screen(far))
        });
    }
    painter.add(view.basemap.mesh(painter.ctx(), map, viewport, !online));
    let label = |region: &Region, size: f32, colour: Color32| {
        let (lon, lat) = region.centroid;
        let at = viewport.to_screen(World::from_degrees(lon, lat));
        if viewport.rect.contains(at) {
            painter.text(
                at,
                Align2::CENTER_CENTER,
                &region.name,
                FontId::proportional(size),
                colour,
            );
        }
    };
    if zoom >= 6.0 {
        for province in &map.provinces {
            label(province, 11.0, Color32::from_gray(140));
        }
    } else {
        for country in map.countries.iter().filter(|c| is_ours(&c.iso3)) {
            label(country, 13.0, Color32::from_gray(170));
        }
    }
}

/// Towns of the gazetteer with their names, the biggest first, none over another's label.
fn draw_towns(painter: &egui::Painter, viewport: Viewport) {
    let mut taken: Vec<Rect> = Vec::new();
    let font = FontId::proportional(11.0);
    for place in crate::model::gazetteer::places().iter() {
        if place.geo_precision != Some(2) {
            continue;
        }
        let (Some(lon), Some(lat)) = (place.longitude, place.latitude) else {
            continue;
        };
        let at = viewport.to_screen(World::from_degrees(lon, lat));
        if !viewport.rect.contains(at) {
            continue;
        }
        let width = place.name.chars().count() as f32 * 6.0;
        let spot = Rect::from_min_size(at + Vec2::new(4.0, -7.0), Vec2::new(width, 14.0));
        if taken.iter().any(|r| r.intersects(spot)) {
            continue;
        }
        taken.push(spot);
        painter.circle_filled(at, 2.0, Color32::from_gray(170));
        painter.text(
            at + Vec2::new(5.0, 0.0),
            Align2::LEFT_CENTER,
            &place.name,
            font.clone(),
            Color32::from_gray(175),
        );
        if taken.len() > 80 {
            break;
        }
    }
}

/// The map's toolbar; returns the command of a button that acts beyond the map.
fn toolbar(ui: &mut Ui, view: &mut MapView, filters: &Filters, events: &mut Vec<MapEvent>) {
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new("Map").strong());
        if ui
            .button("+")
            .on_hover_text("Zoom in (or scroll)")
            .clicked()
            && let Some((_, zoom)) = view.camera.as_mut()
        {
            *zoom = (*zoom + 1.0).min(MAX_ZOOM);
        }
        if ui.button("-").on_hover_text("Zoom out").clicked()
            && let Some((_, zoom)) = view.camera.as_mut()
        {
            *zoom = (*zoom - 1.0).max(MIN_ZOOM);
        }
        if ui
            .button("Fit")
            .on_hover_text("Show every incident on the map")
            .clicked()
        {
            view.camera = None;
        }
        ui.separator();
        let play_label = if view.playing.is_some() {
            "⏸ Pause"
        } else {
            "▶ Play"
        };
        if ui
            .button(play_label)
            .on_hover_text("Step the time range through the incidents; the timeline follows")
            .clicked()
        {
            view.playing = match view.playing {
                Some(_) => None,
                None => Some(ui.input(|i| i.time)),
            };
            if view.playing.is_some() {
                // Past the end, it starts again from the first incident.
                events.push(MapEvent::Filter(FilterChange::StepTime {
                    from_the_start: true,
                }));
            }
        }
        if ui.button("Step ⏭").on_hover_text("One step on").clicked() {
            events.push(MapEvent::Filter(FilterChange::StepTime {
                from_the_start: false,
            }));
        }
        ui.selectable_value(&mut view.step, PlayStep::Week, "weekly");
        ui.selectable_value(&mut view.step, PlayStep::Month, "monthly");
        if filters.area.is_some()
            && ui
                .button("Clear area")
                .on_hover_text("Show incidents everywhere again")
                .clicked()
        {
            events.push(MapEvent::Filter(FilterChange::ClearArea));
        }
        ui.separator();
        ui.checkbox(&mut view.large, "Large map");
        ui.checkbox(&mut view.tiles.enabled, "Online tiles")
            .on_hover_text(
                "OpenStreetMap's tiles under the map: needs the network (off by default; the \
             built-in basemap needs none)",
            );
        events.extend(
            crate::ui::command_list::toolbar_button(ui, UiCommand::ExportMapPng)
                .map(MapEvent::Command),
        );
    });
}

/// Advances Play when its time has come (the app stops it when time runs out).
fn play(ui: &Ui, view: &mut MapView, events: &mut Vec<MapEvent>) {
    let Some(last) = view.playing else { return };
    let now = ui.input(|i| i.time);
    if now - last >= PLAY_SECONDS {
        view.playing = Some(now);
        events.push(MapEvent::Filter(FilterChange::StepTime {
            from_the_start: false,
        }));
    }
    ui.ctx()
        .request_repaint_after(std::time::Duration::from_secs_f64(PLAY_SECONDS / 4.0));
}

/// The camera that shows every mark (or the basemap's area when there are none) in `rect`.
fn fitted(map: &MapData, rect: Rect) -> (World, f64) {
    let [w, s, e, n] = basemap().bbox;
    let (min, max) = bounds(map.marks.iter().map(|m| m.at))
        .unwrap_or((World::from_degrees(w, n), World::from_degrees(e, s)));
    // A single place: show the country around it, not one street.
    let span_x = (max.x - min.x).max(0.004);
    let span_y = (max.y - min.y).max(0.004);
    let scale = (f64::from(rect.width()) / span_x).min(f64::from(rect.height()) / span_y) * 0.85;
    let zoom = (scale / TILE).log2().clamp(MIN_ZOOM, MAX_ZOOM);
    (
        World {
            x: (min.x + max.x) / 2.0,
            y: (min.y + max.y) / 2.0,
        },
        zoom,
    )
}

/// Pans, zooms and draws the area box; returns a box the analyst finished drawing.
fn navigate(
    ui: &Ui,
    view: &mut MapView,
    response: &egui::Response,
    viewport: Viewport,
) -> Option<GeoBox> {
    let (centre, zoom) = view.camera.as_mut()?;
    let shift = ui.input(|i| i.modifiers.shift);
    if response.drag_started()
        && shift
        && let Some(at) = response.interact_pointer_pos()
    {
        view.box_drag = Some((at, at));
    }
    if let Some((start, _)) = view.box_drag {
        if let Some(at) = response.interact_pointer_pos() {
            view.box_drag = Some((start, at));
        }
        if response.drag_stopped() {
            let (a, b) = view.box_drag.take().unwrap_or((start, start));
            if a.distance(b) > 4.0 {
                return Some(GeoBox::spanning(viewport.to_world(a), viewport.to_world(b)));
            }
        }
        return None;
    }
    if response.dragged() {
        let delta = response.drag_delta();
        centre.x -= f64::from(delta.x) / viewport.scale;
        centre.y -= f64::from(delta.y) / viewport.scale;
    }
    if response.hovered() {
        let (scroll, pinch) = ui.input(|i| (i.smooth_scroll_delta.y, i.zoom_delta()));
        let factor = f64::from(pinch) * f64::from(scroll * 0.004).exp();
        if (factor - 1.0).abs() > 1e-4
            && let Some(pointer) = response.hover_pos()
        {
            // Keep the point under the pointer where it is.
            let before = viewport.to_world(pointer);
            let new_zoom = (*zoom + factor.log2()).clamp(MIN_ZOOM, MAX_ZOOM);
            let new_scale = TILE * new_zoom.exp2();
            let offset = pointer - viewport.rect.center();
            *centre = World {
                x: before.x - f64::from(offset.x) / new_scale,
                y: before.y - f64::from(offset.y) / new_scale,
            };
            *zoom = new_zoom;
        }
    }
    None
}

/// Draws how much ground each single mark stands for, under the marks.
fn draw_extents(
    painter: &egui::Painter,
    map: &MapData,
    singles: impl Iterator<Item = usize>,
    viewport: Viewport,
    rows: &[TimelineIncident],
) {
    let mut provinces_drawn = std::collections::HashSet::new();
    for single in singles {
        let mark = &map.marks[single];
        let colour = category_colour(&rows[mark.row].event_type);
        match mark.extent {
            Extent::Point => {}
            Extent::Radius(r) => {
                let px = (r * viewport.scale) as f32;
                if px > 6.0 {
                    let at = viewport.to_screen(mark.at);
                    painter.circle(
                        at,
                        px,
                        colour.gamma_multiply(0.12),
                        Stroke::new(1.0, colour.gamma_multiply(0.5)),
                    );
                }
            }
            Extent::Province(index) => {
                if provinces_drawn.insert(index)
                    && let Some(province) = basemap().provinces.get(index)
                {
                    painter.add(region_mesh(province, viewport, colour.gamma_multiply(0.22)));
                    for ring in &province.rings {
                        painter.add(line_shape(
                            ring,
                            viewport,
                            Stroke::new(1.2, colour.gamma_multiply(0.7)),
                        ));
                    }
                }
            }
        }
    }
}

/// What the map draws from the workspace.
pub struct MapSources<'a> {
    pub map: &'a MapData,
    /// Which of `map.marks` the filters let through; `None`: all of them.
    pub shown: Option<&'a [bool]>,
    pub timeline: &'a TimelineData,
    pub codebook: &'a Codebook,
}

/// What the map draws its marks from in one frame: the marks, which of them pass the filters,
/// their timeline rows, and where the map is seen from.
#[derive(Clone, Copy)]
struct Scene<'a> {
    map: &'a MapData,
    /// Which of `map.marks` the filters let through; `None`: all of them.
    shown: Option<&'a [bool]>,
    rows: &'a [TimelineIncident],
    viewport: Viewport,
}

impl Scene<'_> {
    /// Whether the filters let mark `mark` through.
    fn passes(self, mark: usize) -> bool {
        self.shown
            .is_none_or(|mask| mask.get(mark).copied().unwrap_or(false))
    }
}

/// Draws the map; returns what the analyst asked of it beyond it.
pub fn map_ui(
    ui: &mut Ui,
    view: &mut MapView,
    sources: &MapSources<'_>,
    filters: &Filters,
    selected: Option<IncidentId>,
) -> Vec<MapEvent> {
    let MapSources {
        map,
        shown,
        timeline,
        codebook,
    } = *sources;
    let mut events = Vec::new();
    toolbar(ui, view, filters, &mut events);
    play(ui, view, &mut events);
    let (response, viewport, zoom, area) = canvas(ui, view, map);
    events.extend(area.map(|bounds| MapEvent::Filter(FilterChange::Area(bounds))));
    let painter = ui.painter_at(viewport.rect);
    draw_basemap(&painter, view, basemap(), viewport, zoom);
    if zoom >= TOWNS_FROM_ZOOM {
        draw_towns(&painter, viewport);
    }
    let scene = Scene {
        map,
        shown,
        rows: timeline.incidents.as_slice(),
        viewport,
    };
    view.drawn = place_clusters(&mut view.scratch, scene);
    draw_marks(&painter, &view.drawn, scene);
    let selected_row = selected.and_then(|id| timeline.row_of(id));
    draw_overlays(&painter, view, scene, selected_row, filters.area.as_ref());
    events.extend(hover_and_click(
        ui, view, &response, scene, codebook, selected,
    ));
    events.extend(footer(ui, &view.tiles, map, shown));
    events
}

/// Takes the map's room (leaving a line under it), pans and zooms the camera (fitted to the
/// marks when first drawn); returns the map's response, where it is seen from and at what
/// zoom this frame, and the area Shift+dragged, if any, to filter to.
fn canvas(
    ui: &mut Ui,
    view: &mut MapView,
    map: &MapData,
) -> (egui::Response, Viewport, f64, Option<GeoBox>) {
    // Room for the line under the map, so the panel never grows to fit it.
    let footer_height = ui.spacing().interact_size.y + 2.0 * ui.spacing().item_spacing.y + 2.0;
    let size = Vec2::new(
        ui.available_width(),
        (ui.available_height() - footer_height).max(60.0),
    );
    let (rect, response) = ui.allocate_exact_size(size, Sense::click_and_drag());
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Canvas, true, "Map"));
    view.map_rect = Some(rect);
    let camera = *view.camera.get_or_insert_with(|| fitted(map, rect));
    let viewport = Viewport {
        rect,
        centre: camera.0,
        scale: TILE * camera.1.exp2(),
    };
    let area = navigate(ui, view, &response, viewport);
    let (centre, zoom) = view.camera.unwrap_or(camera);
    let viewport = Viewport {
        rect,
        centre,
        scale: TILE * zoom.exp2(),
    };
    (response, viewport, zoom, area)
}

/// The spots in view with a mark that passes the filters, clustered where they would overlap.
/// `scratch`'s buffers are kept from frame to frame.
fn place_clusters(
    scratch: &mut (Vec<usize>, Vec<[f32; 2]>),
    scene: Scene<'_>,
) -> Vec<DrawnCluster> {
    let Scene {
        map,
        shown,
        rows,
        viewport,
    } = scene;
    let (on_screen, positions) = scratch;
    on_screen.clear();
    positions.clear();
    let visible = viewport.rect.expand(CLUSTER_CELL);
    for (index, site) in map.sites.iter().enumerate() {
        let at = viewport.to_screen(site.at);
        if visible.contains(at) && site.marks.iter().any(|&m| scene.passes(m)) {
            on_screen.push(index);
            positions.push([at.x, at.y]);
        }
    }
    cluster(positions.as_slice(), CLUSTER_CELL)
        .into_iter()
        .map(|c| {
            let spots: Vec<usize> = c.members.iter().map(|&i| on_screen[i]).collect();
            let passing = |s: &usize| map.sites[*s].marks.iter().filter(|&&m| scene.passes(m));
            let count = match shown {
                None => spots.iter().map(|&s| map.sites[s].marks.len()).sum(),
                Some(_) => spots.iter().map(|s| passing(s).count()).sum(),
            };
            let single = (count == 1)
                .then(|| spots.iter().find_map(|s| passing(s).next().copied()))
                .flatten();
            let radius = match single {
                Some(mark) => radius(&rows[map.marks[mark].row]),
                None => 9.0 + 3.0 * (count as f32).log2(),
            };
            DrawnCluster {
                at: Pos2::new(c.x, c.y),
                radius,
                spots,
                count,
                single,
            }
        })
        .collect()
}

/// Draws the clusters: how much ground each single mark stands for and where it was launched
/// from, then each mark (coloured by event type, a hollow ring for a draft) or a counted disc.
fn draw_marks(painter: &egui::Painter, drawn: &[DrawnCluster], scene: Scene<'_>) {
    let Scene {
        map,
        rows,
        viewport,
        ..
    } = scene;
    let singles = || drawn.iter().filter_map(|c| c.single.map(|m| (m, c.at)));
    draw_extents(painter, map, singles().map(|(m, _)| m), viewport, rows);
    // Launch sites joined to where the rockets or drones landed.
    let launch_colour = Color32::from_rgb(240, 200, 90);
    for (mark, at) in singles() {
        if let Some(launch) = map.marks[mark].launch {
            let from = viewport.to_screen(launch);
            painter.line_segment([from, at], Stroke::new(1.2, launch_colour));
            painter.circle_stroke(from, 3.5, Stroke::new(1.2, launch_colour));
        }
    }
    for c in drawn {
        match c.single {
            Some(mark) => {
                let row = &rows[map.marks[mark].row];
                if row.proposed {
                    let stroke = Stroke::new(1.5, Color32::from_rgb(120, 200, 255));
                    painter.circle_stroke(c.at, c.radius + 2.0, stroke);
                } else {
                    let fill = category_colour(&row.event_type);
                    painter.circle(c.at, c.radius, fill, Stroke::new(1.0, Color32::BLACK));
                }
            }
            None => {
                let fill = Color32::from_rgba_unmultiplied(225, 225, 215, 225);
                painter.circle(
                    c.at,
                    c.radius,
                    fill,
                    Stroke::new(1.5, Color32::from_gray(40)),
                );
                let font = FontId::proportional(12.0);
                painter.text(
                    c.at,
                    Align2::CENTER_CENTER,
                    c.count.to_string(),
                    font,
                    Color32::BLACK,
                );
            }
        }
    }
}

/// Draws what lies over the marks: a ring round the selected incident, the area filtered to,
/// the box being Shift+dragged, and whose map it is.
fn draw_overlays(
    painter: &egui::Painter,
    view: &MapView,
    scene: Scene<'_>,
    selected_row: Option<usize>,
    area: Option<&AreaFilter>,
) {
    let Scene { map, viewport, .. } = scene;
    if let Some(selected_row) = selected_row
        && let Some(at) = view.mark_position(map, selected_row)
    {
        painter.circle_stroke(at, 13.0, Stroke::new(2.0, Color32::WHITE));
    }
    if let Some(area) = area {
        let corners = [
            World::from_degrees(area.bounds.west, area.bounds.north),
            World::from_degrees(area.bounds.east, area.bounds.south),
        ];
        let box_rect = Rect::from_two_pos(
            viewport.to_screen(corners[0]),
            viewport.to_screen(corners[1]),
        );
        painter.rect_stroke(
            box_rect,
            0.0,
            Stroke::new(1.5, Color32::from_rgb(90, 200, 120)),
            epaint::StrokeKind::Inside,
        );
    }
    if let Some((a, b)) = view.box_drag {
        painter.rect(
            Rect::from_two_pos(a, b),
            0.0,
            Color32::from_rgba_unmultiplied(90, 200, 120, 40),
            Stroke::new(1.0, Color32::from_rgb(90, 200, 120)),
            epaint::StrokeKind::Inside,
        );
    }
    painter.text(
        viewport.rect.right_bottom() - Vec2::new(4.0, 2.0),
        Align2::RIGHT_BOTTOM,
        if view.tiles.enabled {
            OSM_ATTRIBUTION
        } else {
            "Natural Earth · GeoNames"
        },
        FontId::proportional(10.0),
        Color32::from_gray(130),
    );
}

/// The mark or cluster under the pointer: its details as a tooltip. A click selects a single
/// incident, steps through the incidents of one spot, or zooms into a cluster; returns the
/// incident to select.
fn hover_and_click(
    ui: &Ui,
    view: &mut MapView,
    response: &egui::Response,
    scene: Scene<'_>,
    codebook: &Codebook,
    selected: Option<IncidentId>,
) -> Option<MapEvent> {
    let Scene {
        map,
        rows,
        viewport,
        ..
    } = scene;
    let (members, one_spot, at) = response.hover_pos().and_then(|pos| {
        view.drawn
            .iter()
            .map(|c| (c, c.at.distance(pos)))
            .filter(|(c, d)| *d <= c.radius + 3.0)
            .min_by(|a, b| a.1.total_cmp(&b.1))
            .map(|(c, _)| {
                (
                    c.members(map, |m| scene.passes(m)),
                    c.spots.len() == 1,
                    c.at,
                )
            })
    })?;
    let row_of = |mark: usize| &rows[map.marks[mark].row];
    let mut event = None;
    let tip = if let [only] = members[..] {
        if response.clicked() {
            event = Some(MapEvent::Select(row_of(only).incident_id));
        }
        describe(row_of(only), codebook)
    } else {
        if response.clicked() {
            if one_spot {
                // Zooming cannot split one spot: each click selects its next incident.
                let now = members
                    .iter()
                    .position(|&m| Some(row_of(m).incident_id) == selected);
                let next = now.map_or(0, |i| (i + 1) % members.len());
                event = Some(MapEvent::Select(row_of(members[next]).incident_id));
            } else if let Some((centre, zoom)) = view.camera.as_mut() {
                *centre = viewport.to_world(at);
                *zoom = (*zoom + 2.0).min(MAX_ZOOM);
            }
        }
        cluster_tip(&members, one_spot, scene)
    };
    let tip = crate::ui::bidi::label_text(ui, &tip);
    crate::ui::tooltips::at_pointer_within(response, tip, ui.clip_rect());
    event
}

/// What hovering a cluster of `members` shows: how many, the first few by date and summary,
/// and what a click does.
fn cluster_tip(members: &[usize], one_spot: bool, scene: Scene<'_>) -> String {
    let Scene { map, rows, .. } = scene;
    let row_of = |mark: usize| &rows[map.marks[mark].row];
    let mut lines: Vec<String> = members
        .iter()
        .take(8)
        .map(|&m| format!("{} · {}", row_of(m).date_start, row_of(m).summary))
        .collect();
    if members.len() > 8 {
        lines.push(format!("… and {} more", members.len() - 8));
    }
    let what = if one_spot {
        "at this spot (click for each in turn)"
    } else {
        "here (click to zoom in)"
    };
    format!("{} incidents {what}\n{}", members.len(), lines.join("\n"))
}

/// The line under the map: how many incidents it shows, why online tiles failed, and how many
/// incidents have no coordinates; returns Open place's event when clicked.
fn footer(
    ui: &mut Ui,
    tiles: &TileLayer,
    map: &MapData,
    shown: Option<&[bool]>,
) -> Option<MapEvent> {
    let shown_count = match shown {
        None => map.marks.len(),
        Some(mask) => mask.iter().filter(|&&s| s).count(),
    };
    let mut event = None;
    ui.horizontal(|ui| {
        ui.label(format!("On the map: {shown_count}"));
        if let Some(error) = tiles.error.as_ref().filter(|_| tiles.enabled) {
            ui.separator();
            ui.label(
                RichText::new(format!("Online tiles: {error}")).color(ui.visuals().warn_fg_color),
            );
        }
        if map.unplaced > 0 {
            ui.separator();
            let noun = if map.unplaced == 1 {
                "incident has"
            } else {
                "incidents have"
            };
            ui.label(format!("{} {noun} no coordinates", map.unplaced));
            if let Some(first) = map.places_without_coordinates.first()
                && ui
                    .button("Open place")
                    .on_hover_text("Open the first place without coordinates in the codebook")
                    .clicked()
            {
                event = Some(MapEvent::OpenPlace(*first));
            }
        }
    });
    event
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::timeline::lanes::tests::incident;
    use jiff::civil::date;

    #[test]
    fn play_passes_over_weeks_with_no_incident() {
        let rows = vec![incident(1, None), incident(2, None), incident(29, None)];
        let timeline =
            TimelineData::new(rows, Vec::new(), crate::timeline::lanes::LaneBy::EventType);
        let mut filters = Filters::default();
        assert!(step_time(&mut filters, &timeline, PlayStep::Week));
        assert_eq!(filters.range, Some((date(2020, 11, 1), date(2020, 11, 7))));
        // Three empty weeks are passed over to the week of the 29th.
        assert!(step_time(&mut filters, &timeline, PlayStep::Week));
        assert_eq!(filters.range, Some((date(2020, 11, 29), date(2020, 12, 5))));
        assert!(
            !step_time(&mut filters, &timeline, PlayStep::Week),
            "the end"
        );
        assert_eq!(filters.range, Some((date(2020, 11, 29), date(2020, 12, 5))));
    }

    /// The map asks for filter changes and the app applies them: Play from the end starts
    /// again from the first week; Step at the end says so (and Play stops); an area comes and
    /// goes.
    #[test]
    fn filter_changes_the_map_asks_for() {
        let rows = vec![incident(1, None), incident(29, None)];
        let timeline =
            TimelineData::new(rows, Vec::new(), crate::timeline::lanes::LaneBy::EventType);
        let mut filters = Filters {
            range: Some((date(2020, 11, 29), date(2020, 12, 5))),
            ..Filters::default()
        };
        let step = |from_the_start| FilterChange::StepTime { from_the_start };
        assert!(!step(false).apply(&mut filters, &timeline, PlayStep::Week, &[]));
        assert!(step(true).apply(&mut filters, &timeline, PlayStep::Week, &[]));
        assert_eq!(filters.range, Some((date(2020, 11, 1), date(2020, 11, 7))));
        let bounds = GeoBox::spanning(
            World::from_degrees(40.0, 30.0),
            World::from_degrees(45.0, 35.0),
        );
        assert!(FilterChange::Area(bounds).apply(&mut filters, &timeline, PlayStep::Week, &[]));
        assert!(filters.area.is_some());
        assert!(FilterChange::ClearArea.apply(&mut filters, &timeline, PlayStep::Week, &[]));
        assert!(filters.area.is_none());
    }
}
