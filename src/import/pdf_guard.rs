//! Bounds on a PDF before its text is extracted. `lopdf` and `pdf-extract` trust the file: a
//! page that is its own `/Parent` loops for ever (pdf-extract's inherited-attribute walk), a
//! Form XObject that draws itself recurses until the stack overflows and the process aborts, a
//! ToUnicode range `<00000000> <FFFFFFFF>` is expanded into four billion map entries, and a
//! few kilobytes of nested FlateDecode inflate to gigabytes (lopdf caps no decompression; it
//! inflates object streams while loading). An abort cannot be caught, so each hazard is found
//! here first, by reading the document the way those libraries will, with every stream decoded
//! under a cap; the file is refused with the reason.
//!
//! The limits are named in the README.

use std::collections::HashSet;
use std::io::{Read, Write};

use lopdf::content::Content;
use lopdf::{Dictionary, Document, LoadOptions, Object, ObjectId, Stream};

/// One decoded stream, or one page's joined content.
pub const MAX_STREAM_BYTES: usize = 32 << 20;
/// Everything decoded while checking a document, counting a stream each time it is drawn.
pub const MAX_DECODED_BYTES: usize = 512 << 20;
/// Character codes one font's ToUnicode map may give (a whole 16-bit font is 65,536).
pub const MAX_CMAP_CODES: u64 = 1 << 17;
/// Form XObjects drawn inside one another.
pub const MAX_FORM_DEPTH: usize = 16;
/// How far up a page's `/Parent` chain may go.
const MAX_PAGE_TREE_DEPTH: usize = 64;

/// Why a document was refused, worded for the analyst.
#[derive(Debug, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct Refused(pub String);

fn refuse<T>(why: &str) -> Result<T, Refused> {
    Err(Refused(why.to_owned()))
}

/// Loads the document from `bytes` and checks it; only a document that passes is handed to
/// the text extraction.
pub fn load(bytes: &[u8]) -> Result<Document, Refused> {
    let document = Document::load_mem_with_options(
        bytes,
        LoadOptions::with_filter(refuse_object_stream_bombs),
    )
    .map_err(|err| Refused(format!("not a readable PDF ({err})")))?;
    let refused_streams = document
        .objects
        .values()
        .any(|o| o.as_dict().is_ok_and(|d| d.has(REFUSED_MARK)));
    if refused_streams {
        return refuse("an object stream in it inflates beyond the limit (a compression bomb?)");
    }
    if document.is_encrypted() {
        return Ok(document);
    }
    check_pages(&document)?;
    check_streams(&document)?;
    check_drawing(&document)?;
    Ok(document)
}

/// Put in place of an object stream that inflates beyond the limit, so the loader never
/// inflates it; [`load`] refuses the document when it finds one.
const REFUSED_MARK: &[u8] = b"SpanlineRefused";

/// lopdf's load filter: called for each top-level object before object streams are unpacked
/// (it keeps the object as the filter leaves it), and for each object inside one (where it
/// keeps what the filter returns).
fn refuse_object_stream_bombs(id: ObjectId, object: &mut Object) -> Option<(ObjectId, Object)> {
    if let Object::Stream(stream) = object {
        if stream.dict.has_type(b"ObjStm") && decoded(stream, MAX_STREAM_BYTES).is_err() {
            let mut mark = Dictionary::new();
            mark.set(REFUSED_MARK, true);
            *object = Object::Dictionary(mark);
        }
        return Some((id, Object::Null));
    }
    Some((id, object.clone()))
}

/// A stream's bytes as pdf-extract will read them (filters applied in order, lopdf's way),
/// refused past `cap`. A filter neither reads is left applied, as pdf-extract does.
pub fn decoded(stream: &Stream, cap: usize) -> Result<Vec<u8>, Refused> {
    let Ok(filters) = stream.filters() else {
        return Ok(stream.content.clone());
    };
    let mut data = stream.content.clone();
    for filter in filters {
        data = match filter {
            b"FlateDecode" => inflated(&data, cap)?,
            b"LZWDecode" => lzw_decoded(&data, cap)?,
            // At most four times its input: no bomb.
            b"ASCII85Decode" => {
                let mut dict = Dictionary::new();
                dict.set("Filter", "ASCII85Decode");
                Stream::new(dict, data)
                    .decompressed_content()
                    .map_err(|err| Refused(format!("a stream cannot be decoded ({err})")))?
            }
            _ => return Ok(stream.content.clone()),
        };
    }
    Ok(data)
}

fn too_large<T>() -> Result<T, Refused> {
    refuse("a compressed stream in it inflates beyond the limit (a compression bomb?)")
}

/// FlateDecode as lopdf reads it (zlib, then raw deflate when the zlib header is bad).
fn inflated(input: &[u8], cap: usize) -> Result<Vec<u8>, Refused> {
    use flate2::read::{DeflateDecoder, ZlibDecoder};
    let limit = cap as u64 + 1;
    let mut out = Vec::new();
    let zlib = ZlibDecoder::new(input).take(limit).read_to_end(&mut out);
    if zlib.is_err() && out.is_empty() && input.len() > 2 {
        // A damaged stream decodes as far as it can: what lopdf does too.
        let _ = DeflateDecoder::new(&input[2..])
            .take(limit)
            .read_to_end(&mut out);
    }
    if out.len() > cap {
        return too_large();
    }
    Ok(out)
}

/// LZWDecode as lopdf reads it, into a sink that stops at `cap`.
fn lzw_decoded(input: &[u8], cap: usize) -> Result<Vec<u8>, Refused> {
    struct Capped {
        bytes: Vec<u8>,
        cap: usize,
        over: bool,
    }
    impl Write for Capped {
        fn write(&mut self, more: &[u8]) -> std::io::Result<usize> {
            if self.bytes.len() + more.len() > self.cap {
                self.over = true;
                return Err(std::io::Error::other("past the limit"));
            }
            self.bytes.extend_from_slice(more);
            Ok(more.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }
    let mut sink = Capped {
        bytes: Vec::new(),
        cap,
        over: false,
    };
    let mut decoder = weezl::decode::Decoder::with_tiff_size_switch(weezl::BitOrder::Msb, 8);
    // A damaged stream yields what decoded before the damage, as with lopdf.
    let _ = decoder.into_stream(&mut sink).decode_all(input);
    if sink.over {
        return too_large();
    }
    Ok(sink.bytes)
}

/// Every page reached once, its `/Parent` chain ending, and a page size on it: pdf-extract
/// walks the chain for inherited attributes with no check of its own.
fn check_pages(document: &Document) -> Result<(), Refused> {
    let mut pages = HashSet::new();
    for (_, page) in document.get_pages() {
        if !pages.insert(page) {
            return refuse("its page tree loops (a page is reached twice)");
        }
        let mut chain = HashSet::from([page]);
        let mut node = document
            .get_dictionary(page)
            .map_err(|err| Refused(format!("a page cannot be read ({err})")))?;
        let mut has_size = false;
        loop {
            has_size |= node
                .get_deref(b"MediaBox", document)
                .and_then(Object::as_array)
                .is_ok_and(|a| a.len() >= 4 && a.iter().all(|x| x.as_float().is_ok()));
            let Ok(parent) = node.get(b"Parent").and_then(Object::as_reference) else {
                break;
            };
            if !chain.insert(parent) || chain.len() > MAX_PAGE_TREE_DEPTH {
                return refuse("its page tree loops (a page is its own ancestor)");
            }
            let Ok(next) = document.get_dictionary(parent) else {
                break;
            };
            node = next;
        }
        if !has_size {
            return refuse("a page has no size (no /MediaBox)");
        }
    }
    Ok(())
}

/// Every stream decodes within the caps, and every ToUnicode map is of a size a font has.
/// Images are left to [`check_drawing`], which decodes those a page draws.
fn check_streams(document: &Document) -> Result<(), Refused> {
    let mut total = 0usize;
    for object in document.objects.values() {
        let Object::Stream(stream) = object else {
            continue;
        };
        if stream
            .dict
            .get(b"Subtype")
            .and_then(Object::as_name)
            .is_ok_and(|s| s == b"Image")
        {
            continue;
        }
        let bytes = decoded(stream, MAX_STREAM_BYTES)?;
        total += bytes.len();
        if total > MAX_DECODED_BYTES {
            return too_large();
        }
        if bytes.windows(12).any(|w| w == b"beginbfrange") {
            check_unicode_map(&bytes)?;
        }
    }
    Ok(())
}

/// The codes a ToUnicode map's `bfrange` sections give, counted as `adobe-cmap-parser`
/// expands them (one map entry per code).
fn check_unicode_map(bytes: &[u8]) -> Result<(), Refused> {
    use adobe_cmap_parser::Value;
    let Ok(tokens) = adobe_cmap_parser::parse(bytes) else {
        return Ok(());
    };
    let code = |s: &[u8]| s.iter().fold(0u32, |c, &b| (c << 8) | u32::from(b));
    let mut codes = 0u64;
    for (at, token) in tokens.iter().enumerate() {
        if !matches!(token, Value::Operator(o) if o == "beginbfrange") {
            continue;
        }
        let Some(Value::Integer(ranges)) = at.checked_sub(1).and_then(|i| tokens.get(i)) else {
            continue;
        };
        for range in 0..(*ranges).clamp(0, 1 << 20) as usize {
            let first = at + 1 + 3 * range;
            let (Some(Value::LiteralString(low)), Some(Value::LiteralString(high))) =
                (tokens.get(first), tokens.get(first + 1))
            else {
                break;
            };
            codes += u64::from(code(high).saturating_sub(code(low))) + 1;
            if codes > MAX_CMAP_CODES {
                return refuse("a font's character map is impossibly large");
            }
        }
    }
    Ok(())
}

/// The first `/Resources` up a page's chain, as pdf-extract finds them (after
/// [`check_pages`] showed the chain ends).
fn inherited_resources<'a>(
    document: &'a Document,
    mut node: &'a Dictionary,
) -> Option<&'a Dictionary> {
    loop {
        if let Ok(found) = node
            .get_deref(b"Resources", document)
            .and_then(Object::as_dict)
        {
            return Some(found);
        }
        let parent = node.get(b"Parent").ok()?.as_reference().ok()?;
        node = document.get_dictionary(parent).ok()?;
    }
}

/// Every page drawn as pdf-extract draws it, following each `Do` into its XObject: no form
/// may draw itself, forms nest only so deep, and all that is drawn stays within the caps.
fn check_drawing(document: &Document) -> Result<(), Refused> {
    let mut walk = Drawing {
        document,
        drawing: Vec::new(),
        decoded: 0,
    };
    for (_, page) in document.get_pages() {
        let dict = document
            .get_dictionary(page)
            .map_err(|err| Refused(format!("a page cannot be read ({err})")))?;
        // As lopdf's get_page_content joins a page's content streams.
        let mut content = Vec::new();
        for id in document.get_page_contents(page) {
            if let Ok(stream) = document.get_object(id).and_then(Object::as_stream) {
                content.extend(decoded(stream, MAX_STREAM_BYTES)?);
                content.push(b'\n');
                if content.len() > MAX_STREAM_BYTES {
                    return too_large();
                }
            }
        }
        walk.draw(&content, inherited_resources(document, dict))?;
    }
    Ok(())
}

struct Drawing<'a> {
    document: &'a Document,
    /// The forms being drawn, outermost first.
    drawing: Vec<ObjectId>,
    decoded: usize,
}

impl<'a> Drawing<'a> {
    fn draw(&mut self, content: &[u8], resources: Option<&'a Dictionary>) -> Result<(), Refused> {
        let document = self.document;
        self.decoded += content.len();
        if self.decoded > MAX_DECODED_BYTES {
            return refuse("its pages draw more than the limit (a form drawn over and over?)");
        }
        // Content pdf-extract cannot parse makes it fail, which is caught; nothing to follow.
        let Ok(content) = Content::decode(content) else {
            return Ok(());
        };
        let forms = resources.and_then(|r| {
            r.get_deref(b"XObject", document)
                .and_then(Object::as_dict)
                .ok()
        });
        for operation in content.operations.iter().filter(|o| o.operator == "Do") {
            let Some(name) = operation.operands.first().and_then(|o| o.as_name().ok()) else {
                continue;
            };
            let Some(Ok(id)) = forms
                .and_then(|f| f.get(name).ok())
                .map(Object::as_reference)
            else {
                continue;
            };
            if self.drawing.contains(&id) {
                return refuse("a drawing in it draws itself (a Form XObject loop)");
            }
            if self.drawing.len() >= MAX_FORM_DEPTH {
                return refuse("its drawings nest too deep");
            }
            let Ok(form) = document.get_object(id).and_then(Object::as_stream) else {
                continue;
            };
            // A form without resources of its own uses its caller's.
            let inner = form
                .dict
                .get_deref(b"Resources", document)
                .and_then(Object::as_dict)
                .ok()
                .or(resources);
            let bytes = decoded(form, MAX_STREAM_BYTES)?;
            self.drawing.push(id);
            self.draw(&bytes, inner)?;
            self.drawing.pop();
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use lopdf::dictionary;

    fn zlib(data: &[u8]) -> Vec<u8> {
        let mut encoder = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::fast());
        encoder.write_all(data).expect("compresses");
        encoder.finish().expect("compressed")
    }

    #[test]
    fn streams_decode_under_a_cap_through_every_filter() {
        let body = vec![b' '; 1 << 20];
        let twice = Stream::new(
            dictionary! { "Filter" => vec![Object::Name(b"FlateDecode".to_vec()); 2] },
            zlib(&zlib(&body)),
        );
        assert_eq!(
            decoded(&twice, 2 << 20).expect("within the cap").len(),
            1 << 20
        );
        assert!(decoded(&twice, 1 << 19).is_err(), "past the cap");
        let mut object = Object::Stream(Stream::new(
            dictionary! {
                "Type" => "ObjStm", "N" => 1, "First" => 5,
                "Filter" => vec![Object::Name(b"FlateDecode".to_vec()); 2],
            },
            zlib(&zlib(&vec![b' '; MAX_STREAM_BYTES + 1])),
        ));
        refuse_object_stream_bombs((7, 0), &mut object);
        assert!(object.as_dict().is_ok_and(|d| d.has(REFUSED_MARK)));
    }
}
