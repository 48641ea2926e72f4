//! A part of a screenshot as a PNG image (the `png` crate, image-rs's own encoder, pure Rust).

use std::io::Write;

use egui::{ColorImage, Rect};

/// The pixels of `image` inside `rect`, given in points at `pixels_per_point`; clipped to the
/// image, so a rect partly off screen still gives what is visible.
pub fn crop(image: &ColorImage, rect: Rect, pixels_per_point: f32) -> ColorImage {
    let [width, height] = image.size;
    let clamp = |v: f32, max: usize| (v * pixels_per_point).round().clamp(0.0, max as f32) as usize;
    let (left, right) = (clamp(rect.left(), width), clamp(rect.right(), width));
    let (top, bottom) = (clamp(rect.top(), height), clamp(rect.bottom(), height));
    let mut pixels = Vec::with_capacity((right - left) * (bottom - top));
    for row in top..bottom {
        pixels.extend_from_slice(&image.pixels[row * width + left..row * width + right]);
    }
    ColorImage::new([right - left, bottom - top], pixels)
}

/// Encodes `image` as an 8-bit RGBA PNG.
pub fn write(out: impl Write, image: &ColorImage) -> Result<(), png::EncodingError> {
    let [width, height] = image.size;
    let (width, height) = (
        u32::try_from(width).unwrap_or(u32::MAX),
        u32::try_from(height).unwrap_or(u32::MAX),
    );
    let mut encoder = png::Encoder::new(out, width, height);
    encoder.set_color(png::ColorType::Rgba);
    encoder.set_depth(png::BitDepth::Eight);
    let mut writer = encoder.write_header()?;
    // Colour32 is premultiplied; PNG wants straight alpha.
    let bytes: Vec<u8> = image
        .pixels
        .iter()
        .flat_map(|p| p.to_srgba_unmultiplied())
        .collect();
    writer.write_image_data(&bytes)?;
    writer.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use egui::{Color32, pos2};

    fn two_colour_image() -> ColorImage {
        // 8×4 pixels: left half red, right half blue.
        let pixels = (0..32)
            .map(|i| {
                if i % 8 < 4 {
                    Color32::RED
                } else {
                    Color32::BLUE
                }
            })
            .collect();
        ColorImage::new([8, 4], pixels)
    }

    #[test]
    fn crop_takes_the_rect_scaled_to_pixels() {
        let image = two_colour_image();
        let right_half = Rect::from_min_max(pos2(2.0, 0.0), pos2(4.0, 1.0));
        let cropped = crop(&image, right_half, 2.0);
        assert_eq!(cropped.size, [4, 2]);
        assert!(cropped.pixels.iter().all(|p| *p == Color32::BLUE));
    }

    #[test]
    fn crop_clips_to_the_image() {
        let image = two_colour_image();
        let beyond = Rect::from_min_max(pos2(-5.0, -5.0), pos2(50.0, 50.0));
        assert_eq!(crop(&image, beyond, 1.0).size, [8, 4]);
    }

    #[test]
    fn written_png_decodes_to_the_same_pixels() {
        let image = two_colour_image();
        let mut bytes = Vec::new();
        write(&mut bytes, &image).unwrap();
        let decoder = png::Decoder::new(std::io::Cursor::new(bytes));
        let mut reader = decoder.read_info().unwrap();
        let mut buffer = vec![0; reader.output_buffer_size().unwrap()];
        let info = reader.next_frame(&mut buffer).unwrap();
        assert_eq!((info.width, info.height), (8, 4));
        assert_eq!(&buffer[..4], &[255, 0, 0, 255]);
        assert_eq!(&buffer[28..32], &[0, 0, 255, 255]);
    }
}
