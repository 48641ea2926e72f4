//! The optional online tile layer under the map: tiles fetched over HTTPS by two background
//! threads (`ureq` over rustls, with a time-out and a size limit), decoded (`png`), kept in
//! memory and drawn under the built-in basemap's borders. Off unless the analyst turns it on.

use std::collections::HashMap;
use std::io::Read;
use std::sync::mpsc::{Receiver, Sender, channel};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use egui::{Color32, ColorImage, Rect, TextureHandle, TextureOptions};

use crate::map::tiles::{OSM_TEMPLATE, TileKey};

/// Tiles asked for and not yet back, at most: a fast pan must not queue hundreds.
const MOST_IN_FLIGHT: usize = 8;
/// Tiles kept in memory (256 KB of texture each) before those out of view are dropped.
const MOST_KEPT: usize = 300;
/// The largest tile accepted; OpenStreetMap's are 5–50 KB.
const MOST_TILE_BYTES: u64 = 2 * 1024 * 1024;
const TIME_OUT: Duration = Duration::from_secs(15);
/// What tile servers are told (OpenStreetMap's tile usage policy asks for one).
const USER_AGENT: &str = concat!(
    "Spanline/",
    env!("CARGO_PKG_VERSION"),
    " (desktop incident workbench)"
);

enum TileState {
    Loading,
    Ready(TextureHandle),
    Failed,
}

type TileResult = (TileKey, Result<ColorImage, String>);

/// Two worker threads and the channels to them; they end when this is dropped.
struct Fetcher {
    requests: Sender<(TileKey, String)>,
    results: Receiver<TileResult>,
    in_flight: usize,
}

impl Fetcher {
    fn start(ctx: &egui::Context) -> Self {
        let (requests, queue) = channel::<(TileKey, String)>();
        let (done, results) = channel();
        let queue = Arc::new(Mutex::new(queue));
        for _ in 0..2 {
            let (queue, done, ctx) = (queue.clone(), done.clone(), ctx.clone());
            std::thread::spawn(move || {
                let agent: ureq::Agent = ureq::Agent::config_builder()
                    .timeout_global(Some(TIME_OUT))
                    .user_agent(USER_AGENT)
                    .build()
                    .into();
                loop {
                    // A poisoned lock or a closed channel: the layer is gone.
                    let next = match queue.lock() {
                        Ok(queue) => queue.recv(),
                        Err(_) => return,
                    };
                    let Ok((key, url)) = next else { return };
                    let result = fetch(&agent, &url);
                    if done.send((key, result)).is_err() {
                        return;
                    }
                    ctx.request_repaint();
                }
            });
        }
        Self {
            requests,
            results,
            in_flight: 0,
        }
    }
}

/// One tile fetched and decoded, or why not, naming its address.
fn fetch(agent: &ureq::Agent, url: &str) -> Result<ColorImage, String> {
    let mut response = agent
        .get(url)
        .call()
        .map_err(|err| format!("{url}: {err}"))?;
    let mut bytes = Vec::new();
    response
        .body_mut()
        .as_reader()
        .take(MOST_TILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|err| format!("{url}: {err}"))?;
    if bytes.len() as u64 > MOST_TILE_BYTES {
        return Err(format!(
            "{url}: larger than {} MB",
            MOST_TILE_BYTES / 1024 / 1024
        ));
    }
    decode_png(&bytes).map_err(|err| format!("{url}: not a PNG tile ({err})"))
}

/// A PNG tile as an image (palette, grey and 16-bit PNGs made 8-bit RGBA).
pub fn decode_png(bytes: &[u8]) -> Result<ColorImage, png::DecodingError> {
    let mut decoder = png::Decoder::new(std::io::Cursor::new(bytes));
    decoder.set_transformations(png::Transformations::normalize_to_color8());
    let mut reader = decoder.read_info()?;
    let size = reader.output_buffer_size().unwrap_or(0);
    let mut buffer = vec![0; size];
    let info = reader.next_frame(&mut buffer)?;
    let pixels = &buffer[..info.buffer_size()];
    let rgba: Vec<u8> = match info.color_type {
        png::ColorType::Rgba => pixels.to_vec(),
        png::ColorType::Rgb => pixels
            .chunks_exact(3)
            .flat_map(|p| [p[0], p[1], p[2], 255])
            .collect(),
        png::ColorType::GrayscaleAlpha => pixels
            .chunks_exact(2)
            .flat_map(|p| [p[0], p[0], p[0], p[1]])
            .collect(),
        // Grayscale; an indexed image is expanded to RGB by the transformation above.
        _ => pixels.iter().flat_map(|&g| [g, g, g, 255]).collect(),
    };
    let size = [info.width as usize, info.height as usize];
    if rgba.len() != size[0] * size[1] * 4 {
        return Err(png::DecodingError::LimitsExceeded);
    }
    Ok(ColorImage::from_rgba_unmultiplied(size, &rgba))
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
        let fetcher = self.fetcher.get_or_insert_with(|| Fetcher::start(ctx));
        while let Ok((key, result)) = fetcher.results.try_recv() {
            fetcher.in_flight = fetcher.in_flight.saturating_sub(1);
            let state = match result {
                Ok(image) => {
                    let name = format!("tile {}/{}/{}", key.z, key.x, key.y);
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
            if fetcher.in_flight >= MOST_IN_FLIGHT {
                break;
            }
            if !self.tiles.contains_key(&key)
                && fetcher
                    .requests
                    .send((key, key.url(&self.template)))
                    .is_ok()
            {
                self.tiles.insert(key, TileState::Loading);
                fetcher.in_flight += 1;
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
        if fetcher.in_flight > 0 {
            ctx.request_repaint_after(Duration::from_millis(100));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn png_of(color: png::ColorType, pixels: &[u8], width: u32) -> Vec<u8> {
        let mut out = Vec::new();
        let mut encoder = png::Encoder::new(&mut out, width, 1);
        encoder.set_color(color);
        encoder.set_depth(png::BitDepth::Eight);
        if color == png::ColorType::Indexed {
            encoder.set_palette(vec![10, 20, 30, 200, 100, 50]);
        }
        let mut writer = encoder.write_header().expect("header");
        writer.write_image_data(pixels).expect("data");
        writer.finish().expect("finished");
        out
    }

    #[test]
    fn palette_grey_and_rgb_tiles_decode_to_rgba() {
        let indexed = decode_png(&png_of(png::ColorType::Indexed, &[1, 0], 2)).expect("decodes");
        assert_eq!(
            indexed.pixels,
            [
                Color32::from_rgb(200, 100, 50),
                Color32::from_rgb(10, 20, 30)
            ]
        );
        let grey = decode_png(&png_of(png::ColorType::Grayscale, &[7], 1)).expect("decodes");
        assert_eq!(grey.pixels, [Color32::from_gray(7)]);
        let rgb = decode_png(&png_of(png::ColorType::Rgb, &[1, 2, 3], 1)).expect("decodes");
        assert_eq!(rgb.pixels, [Color32::from_rgb(1, 2, 3)]);
        assert!(
            decode_png(b"<html>Not Found</html>").is_err(),
            "an error page is no tile"
        );
    }
}
