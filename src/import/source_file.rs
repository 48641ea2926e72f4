//! Reading a file someone picked or dropped as text, safely: only a regular file (not a link,
//! a device or a pipe, which could leak a system file into a shared project or never end),
//! only up to a size no report reaches, decoded by its byte-order mark, and refused when its
//! bytes are not text at all (a program, an archive, random data).

use std::fs::File;
use std::io::Read;
use std::path::Path;

/// No report an analyst imports comes near this; a larger file is something else.
pub const MAX_FILE_BYTES: u64 = 64 << 20;

/// Why a file was not read as text.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    #[error("not a .txt, .md, .html or .pdf file")]
    NotSupported,
    #[error("a link to another file; import the file itself")]
    Link,
    #[error("not a regular file (a folder, device or pipe)")]
    NotRegular,
    #[error("{size} bytes is more than a report ever is (at most {MAX_FILE_BYTES} bytes)")]
    TooLarge { size: u64 },
    #[error("its content is binary data, not text")]
    Binary,
    #[error("no readable text in it")]
    NoText,
    #[error("could not read it: {0}")]
    Io(#[from] std::io::Error),
    #[error("{0}")]
    Pdf(String),
}

/// The regular file at `path`, opened for reading: a link, a folder, a device (`/dev/zero`
/// never ends) or a pipe (opening one waits for a writer that may never come) is refused
/// before it is opened. Every import reads its file through this.
pub fn open_regular(path: &Path) -> Result<File, ReadError> {
    let before = std::fs::symlink_metadata(path)?;
    if before.file_type().is_symlink() {
        return Err(ReadError::Link);
    }
    if !before.is_file() {
        return Err(ReadError::NotRegular);
    }
    let file = File::open(path)?;
    // Checked on the opened file too, so what is read is what was checked.
    if !file.metadata()?.is_file() {
        return Err(ReadError::NotRegular);
    }
    Ok(file)
}

/// The bytes of the regular file at `path`, at most [`MAX_FILE_BYTES`] of them.
pub fn read_bytes(path: &Path) -> Result<Vec<u8>, ReadError> {
    let file = open_regular(path)?;
    let meta = file.metadata()?;
    if meta.len() > MAX_FILE_BYTES {
        return Err(ReadError::TooLarge { size: meta.len() });
    }
    let mut bytes = Vec::with_capacity(usize::try_from(meta.len()).unwrap_or(0));
    file.take(MAX_FILE_BYTES + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(ReadError::TooLarge {
            size: bytes.len() as u64,
        });
    }
    Ok(bytes)
}

/// The text of `bytes`: UTF-16 (either order) or UTF-8 as their byte-order mark says; without
/// one, UTF-8 when the bytes mostly are (a few stray bytes replaced, as legacy pages have),
/// else the encoding a saved page declares (`<meta charset=…>`), else the one `chardetng`
/// (Firefox's detector) finds most likely — Arabic sites still serve windows-1256 and
/// ISO-8859-6. Refused when the result is not text: NUL characters, or more than one in a
/// hundred control characters.
pub fn decode(bytes: &[u8]) -> Result<String, ReadError> {
    let text = match bytes {
        [0xEF, 0xBB, 0xBF, rest @ ..] => String::from_utf8_lossy(rest).into_owned(),
        [0xFF, 0xFE, rest @ ..] => utf16(rest, u16::from_le_bytes),
        [0xFE, 0xFF, rest @ ..] => utf16(rest, u16::from_be_bytes),
        _ if mostly_utf8(bytes) => String::from_utf8_lossy(bytes).into_owned(),
        _ => legacy_encoding(bytes)
            .decode_without_bom_handling(bytes)
            .0
            .into_owned(),
    };
    if looks_binary(&text) {
        return Err(ReadError::Binary);
    }
    Ok(text)
}

/// Valid UTF-8, or more characters beyond ASCII that are valid UTF-8 than bytes that are not.
fn mostly_utf8(bytes: &[u8]) -> bool {
    let (mut valid, mut invalid) = (0usize, 0usize);
    for chunk in bytes.utf8_chunks() {
        valid += chunk.valid().chars().filter(|c| !c.is_ascii()).count();
        invalid += chunk.invalid().len();
    }
    invalid == 0 || valid > invalid
}

/// The encoding of bytes that are not UTF-8: as declared near the top, or as detected.
fn legacy_encoding(bytes: &[u8]) -> &'static encoding_rs::Encoding {
    if let Some(declared) = declared_charset(bytes)
        && declared != encoding_rs::UTF_8
    {
        return declared;
    }
    // ISO-2022-JP is switched by escape sequences a hostile file could use; reports never are.
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    detector.guess(None, chardetng::Utf8Detection::Allow)
}

/// The `charset=` a saved page declares in its first 4 KB (a meta tag or http-equiv).
fn declared_charset(bytes: &[u8]) -> Option<&'static encoding_rs::Encoding> {
    let head = &bytes[..bytes.len().min(4096)];
    let lower: Vec<u8> = head.to_ascii_lowercase();
    let at = lower.windows(8).position(|w| w == b"charset=")? + 8;
    let label: Vec<u8> = lower[at..]
        .iter()
        .copied()
        .skip_while(|b| matches!(b, b'"' | b'\'' | b' '))
        .take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b':' | b'.'))
        .collect();
    encoding_rs::Encoding::for_label(&label)
}

fn utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16) -> String {
    let units = bytes.chunks_exact(2).map(|pair| unit([pair[0], pair[1]]));
    char::decode_utf16(units)
        .map(|c| c.unwrap_or(char::REPLACEMENT_CHARACTER))
        .collect()
}

/// `text` without control characters (NUL, ESC, bell …) but its line breaks and tabs: what a
/// text layer or a title may carry that no reader is meant to see.
pub fn without_controls(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_control() || matches!(c, '\n' | '\t'))
        .collect()
}

/// Whether `text` has anything a reader sees: a character that is not white space, a control
/// or an invisible format character (bidi marks and isolates, zero-width joiners).
pub fn has_visible_text(text: &str) -> bool {
    text.chars().any(|c| {
        !c.is_whitespace()
            && !c.is_control()
            && !matches!(c, '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2060}'..='\u{206f}' | '\u{feff}' | '\u{61c}' | '\u{ad}')
    })
}

/// Text has no NUL and almost no control characters; programs and random bytes have many.
pub(crate) fn looks_binary(text: &str) -> bool {
    let mut controls = 0usize;
    let mut total = 0usize;
    for c in text.chars() {
        total += 1;
        if c == '\0' {
            return true;
        }
        if c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\u{c}') {
            controls += 1;
        }
    }
    controls * 100 > total
}

#[cfg(test)]
mod tests {
    use super::*;

    const ARABIC: &str = "سقطت ثلاثة صواريخ على قاعدة عين الأسد";

    #[test]
    fn utf16_in_either_byte_order_and_utf8_with_a_mark_decode_to_the_same_text() {
        let text = format!("Rockets hit Ain al-Asad.\n{ARABIC}\n");
        let mut le = vec![0xFF, 0xFE];
        let mut be = vec![0xFE, 0xFF];
        for unit in text.encode_utf16() {
            le.extend(unit.to_le_bytes());
            be.extend(unit.to_be_bytes());
        }
        let mut utf8 = vec![0xEF, 0xBB, 0xBF];
        utf8.extend(text.as_bytes());
        for bytes in [le, be, utf8, text.as_bytes().to_vec()] {
            assert_eq!(decode(&bytes).expect("text"), text);
        }
    }

    #[test]
    fn programs_and_random_bytes_are_not_text() {
        let mut elf = b"\x7fELF\x02\x01\x01\x00\x00\x00".to_vec();
        elf.extend([0u8; 64]);
        assert!(matches!(decode(&elf), Err(ReadError::Binary)));
        let mut state: u32 = 0x9E37_79B9;
        let noise: Vec<u8> = (0..4096)
            .map(|_| {
                state ^= state << 13;
                state ^= state >> 17;
                state ^= state << 5;
                state.to_le_bytes()[0]
            })
            .collect();
        assert!(matches!(decode(&noise), Err(ReadError::Binary)));
    }

    #[test]
    fn legacy_text_with_a_few_stray_bytes_is_still_text() {
        let mut bytes = b"Three rockets struck the base on Tuesday night. ".repeat(20);
        bytes.extend([0xE9, 0xE1, b' ', 0xC7]);
        assert!(decode(&bytes).is_ok());
    }

    #[test]
    fn an_arabic_page_saved_in_windows_1256_or_iso_8859_6_decodes_to_its_text() {
        let page = format!(
            "<html><head><meta charset=\"windows-1256\"></head><body><p>{ARABIC}</p></body></html>"
        );
        let (bytes, _, lossy) = encoding_rs::WINDOWS_1256.encode(&page);
        assert!(!lossy);
        assert_eq!(decode(&bytes).expect("text"), page, "as declared");
        // Declared the old way, in ISO-8859-6.
        let page = format!(
            "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-6\"><p>{ARABIC}</p>"
        );
        let (bytes, _, lossy) = encoding_rs::ISO_8859_6.encode(&page);
        assert!(!lossy);
        assert_eq!(decode(&bytes).expect("text"), page);
        // A plain text file that declares nothing: the detector finds Arabic in windows-1256.
        let text = format!(
            "{ARABIC}. {ARABIC} في أربيل مساء الثلاثاء، وقال مسؤول إن الهجوم لم يسفر عن إصابات.\n"
        );
        let (bytes, _, _) = encoding_rs::WINDOWS_1256.encode(&text);
        assert_eq!(decode(&bytes).expect("text"), text, "detected");
    }

    #[cfg(unix)]
    #[test]
    fn controls_go_and_text_of_only_invisible_marks_has_nothing_to_read() {
        assert_eq!(
            without_controls("K1\u{1b}[2J\u{0} base\n\tnext\u{7}"),
            "K1[2J base\n\tnext"
        );
        assert!(!has_visible_text(
            "\u{202e}\u{2066}\u{200f} \n\u{feff}\u{2069}"
        ));
        assert!(has_visible_text("\u{202b}صواريخ\u{202c}"));
    }

    #[test]
    fn links_devices_and_pipes_are_refused_without_reading() {
        let dir = tempfile::tempdir().expect("temp dir");
        let link = dir.path().join("secrets.txt");
        std::os::unix::fs::symlink("/etc/hostname", &link).expect("link");
        assert!(matches!(read_bytes(&link), Err(ReadError::Link)));
        assert!(matches!(
            read_bytes(Path::new("/dev/zero")),
            Err(ReadError::NotRegular)
        ));
        assert!(matches!(read_bytes(dir.path()), Err(ReadError::NotRegular)));
        let fifo = dir.path().join("pipe.txt");
        let made = std::process::Command::new("mkfifo").arg(&fifo).status();
        if made.is_ok_and(|status| status.success()) {
            assert!(matches!(read_bytes(&fifo), Err(ReadError::NotRegular)));
        }
    }
}
