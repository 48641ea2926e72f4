//! The optional online tile layer under the map, as the window draws it: tiles fetched in the
//! background (`map::tile_fetch`) made textures, kept in memory and drawn under the built-in
//! basemap's borders. Off unless the analyst turns it on.

use std::collections::HashMap;
use std::time::Duration;

use egui::{Color32, ColorImage, Rect, TextureHandle, TextureOptions};

use crate::map::tile_fetch::{Fetcher, TileImage};
use crate::map::tiles::{OSM_TEMPLATE, TileKey};

/// Tiles kept in memory (256 KB of texture each) before those out of view are dropped.
const MOST_KEPT: usize = 300;

enum TileState {
    Loading,
    Ready(TextureHandle),
    Failed,
}

/// A fetched tile as egui's image.
fn color_image(image: &TileImage) -> ColorImage {
    ColorImage::from_rgba_unmultiplied(image.size, &image.rgba)
}

/// The online layer and what it has fetched.
pub struct TileLayer {
    pub enabled: bool,
    template: String,
    tiles: HashMap<TileKey, TileState>,
    fetcher: Option<Fetcher>,
    /// The last failure, shown under the map.
    pub error: Option<String>,
}

impl Default for TileLayer {
    fn default() -> Self {
        Self {
            enabled: false,
            template: OSM_TEMPLATE.to_owned(),
            tiles: HashMap::new(),
            fetcher: None,
            error: None,
        }
    }
}

impl TileLayer {
    /// Fetches tiles from `template` ({z}/{x}/{y}) from now on, forgetting those fetched.
    pub fn set_template(&mut self, template: &str) {
        self.template = template.to_owned();
        self.tiles.clear();
        self.error = None;
    }

    /// How many tiles are ready to draw.
    pub fn loaded(&self) -> usize {
        self.tiles
            .values()
            .filter(|t| matches!(t, TileState::Ready(_)))
            .count()
    }

    /// Draws the tiles `wanted` where `rect_of` says, asking for those not fetched yet.
    pub fn draw(
        &mut self,
        painter: &egui::Painter,
        wanted: &[TileKey],
        rect_of: impl Fn(TileKey) -> Rect,
    ) {
        let ctx = painter.ctx();
        let fetcher = self.fetcher.get_or_insert_with(|| {
            let ctx = ctx.clone();
            Fetcher::start(move || ctx.request_repaint())
        });
        while let Some((key, result)) = fetcher.next_result() {
            let state = match result {
                Ok(image) => {
                    let name = format!("tile {}/{}/{}", key.z, key.x, key.y);
                    let image = color_image(&image);
                    TileState::Ready(ctx.load_texture(name, image, TextureOptions::LINEAR))
                }
                Err(err) => {
                    self.error = Some(err);
                    TileState::Failed
                }
            };
            self.tiles.insert(key, state);
        }
        for &key in wanted {
            if fetcher.is_full() {
                break;
            }
            if !self.tiles.contains_key(&key) && fetcher.request(key, key.url(&self.template)) {
                self.tiles.insert(key, TileState::Loading);
            }
        }
        let uv = Rect::from_min_max(egui::pos2(0.0, 0.0), egui::pos2(1.0, 1.0));
        for key in wanted {
            if let Some(TileState::Ready(texture)) = self.tiles.get(key) {
                painter.image(texture.id(), rect_of(*key), uv, Color32::WHITE);
            }
        }
        if self.tiles.len() > MOST_KEPT {
            self.tiles
                .retain(|key, state| matches!(state, TileState::Loading) || wanted.contains(key));
        }
        if fetcher.is_busy() {
            ctx.request_repaint_after(Duration::from_millis(100));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fetched_tile_becomes_the_same_pixels_for_egui() {
        let image = TileImage {
            size: [2, 1],
            rgba: vec![200, 100, 50, 255, 7, 7, 7, 255],
        };
        assert_eq!(
            color_image(&image).pixels,
            [Color32::from_rgb(200, 100, 50), Color32::from_gray(7)]
        );
    }
}
