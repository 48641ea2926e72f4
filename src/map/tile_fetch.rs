//! Fetching the online layer's tiles: two background threads ask a tile server over HTTPS
//! (`ureq` over rustls, with a time-out and a size limit) and decode what comes back (`png`)
//! into plain RGBA pixels. No egui: the window makes them textures and draws them.

use std::io::Read;
use std::sync::mpsc::{Receiver, Sender, channel};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use super::tiles::TileKey;

/// Tiles asked for and not yet back, at most: a fast pan must not queue hundreds.
const MOST_IN_FLIGHT: usize = 8;
/// The largest tile accepted; OpenStreetMap's are 5–50 KB.
const MOST_TILE_BYTES: u64 = 2 * 1024 * 1024;
const TIME_OUT: Duration = Duration::from_secs(15);
/// What tile servers are told (OpenStreetMap's tile usage policy asks for one).
const USER_AGENT: &str = concat!(
    "Spanline/",
    env!("CARGO_PKG_VERSION"),
    " (desktop incident workbench)"
);

/// A decoded tile: `size` (width, height) pixels of 8-bit RGBA, not premultiplied, row by row
/// from the top; `rgba` holds exactly `size[0] * size[1] * 4` bytes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TileImage {
    pub size: [usize; 2],
    pub rgba: Vec<u8>,
}

/// A tile that came back: its pixels, or why not (naming its address).
pub type TileResult = (TileKey, Result<TileImage, String>);

/// Two worker threads and the channels to them; they end when this is dropped.
pub struct Fetcher {
    requests: Sender<(TileKey, String)>,
    results: Receiver<TileResult>,
    in_flight: usize,
}

impl Fetcher {
    /// Starts the two workers; each calls `wake` when a tile has come back (the window asks
    /// for a repaint).
    pub fn start(wake: impl Fn() + Clone + Send + 'static) -> Self {
        let (requests, queue) = channel::<(TileKey, String)>();
        let (done, results) = channel();
        let queue = Arc::new(Mutex::new(queue));
        for _ in 0..2 {
            let (queue, done, wake) = (queue.clone(), done.clone(), wake.clone());
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
                    wake();
                }
            });
        }
        Self {
            requests,
            results,
            in_flight: 0,
        }
    }

    /// A tile that has come back and was not taken yet, if any.
    pub fn next_result(&mut self) -> Option<TileResult> {
        let result = self.results.try_recv().ok()?;
        self.in_flight = self.in_flight.saturating_sub(1);
        Some(result)
    }

    /// Whether as many tiles are asked for and not back as may be.
    pub fn is_full(&self) -> bool {
        self.in_flight >= MOST_IN_FLIGHT
    }

    /// Whether any tile asked for is not back yet.
    pub fn is_busy(&self) -> bool {
        self.in_flight > 0
    }

    /// Asks for tile `key` from `url`; `false` when the workers are gone.
    pub fn request(&mut self, key: TileKey, url: String) -> bool {
        let sent = self.requests.send((key, url)).is_ok();
        if sent {
            self.in_flight += 1;
        }
        sent
    }
}

/// One tile fetched and decoded, or why not, naming its address.
fn fetch(agent: &ureq::Agent, url: &str) -> Result<TileImage, String> {
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
pub fn decode_png(bytes: &[u8]) -> Result<TileImage, png::DecodingError> {
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
    Ok(TileImage { size, rgba })
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
        assert_eq!(indexed.size, [2, 1]);
        assert_eq!(indexed.rgba, [200, 100, 50, 255, 10, 20, 30, 255]);
        let grey = decode_png(&png_of(png::ColorType::Grayscale, &[7], 1)).expect("decodes");
        assert_eq!(grey.rgba, [7, 7, 7, 255]);
        let rgb = decode_png(&png_of(png::ColorType::Rgb, &[1, 2, 3], 1)).expect("decodes");
        assert_eq!(rgb.rgba, [1, 2, 3, 255]);
        assert!(
            decode_png(b"<html>Not Found</html>").is_err(),
            "an error page is no tile"
        );
    }
}
