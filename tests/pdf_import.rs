//! PDF reports made here with lopdf (one and two columns, running headers, hyphenation, an
//! encrypted one, one with no text layer, a broken one), read as articles.

mod common;

use common::pdf::pdf;
use lopdf::{Document, Object, Stream, dictionary};
use spanline::import::{self, ReadError};

fn read(bytes: &[u8]) -> Result<import::ParsedArticle, ReadError> {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("brief.pdf");
    std::fs::write(&path, bytes).expect("written");
    import::read_file(&path)
}

/// A page of a brief: running header, body lines from the top, page number at the foot.
fn brief_page(n: usize, body: &[&'static str]) -> Vec<(i64, i64, &'static str)> {
    let footer: &'static str = ["Page 1 of 3", "Page 2 of 3", "Page 3 of 3"][n - 1];
    let mut lines = vec![(72, 800, "Loopback Security Brief: Iraq")];
    lines.extend(
        body.iter()
            .enumerate()
            .map(|(i, l)| (72, 760 - 14 * i as i64, *l)),
    );
    lines.push((280, 40, footer));
    lines
}

#[test]
fn a_three_page_brief_reads_without_its_running_lines_and_with_its_pages() {
    let pages = [
        brief_page(
            1,
            &[
                "Rockets struck the Green Zone on Tuesday night; the mili-",
                "tias who fired them were not named.",
            ],
        ),
        brief_page(
            2,
            &["A logistics convoy was hit by a roadside bomb near Diwaniyah."],
        ),
        brief_page(3, &["No group claimed either attack."]),
    ];
    let parsed = read(&pdf(&pages, Some("Weekly brief, 21 December 2020"))).expect("read");
    assert_eq!(parsed.meta.title, "Weekly brief, 21 December 2020");
    let text = parsed.text;
    assert!(
        !text.contains("Loopback Security Brief") && !text.contains("Page 2 of 3"),
        "{text}"
    );
    assert!(
        text.contains("the militias who fired them were not named."),
        "{text}"
    );
    let page2 = text.find("[page 2]").expect("page 2 marked");
    let convoy = text.find("A logistics convoy").expect("page 2 text");
    let page3 = text.find("[page 3]").expect("page 3 marked");
    assert!(page2 < convoy && convoy < page3, "{text}");
}

#[test]
fn evidence_on_a_pdf_page_cites_that_page_in_the_web_annotations() {
    use spanline::edit::commands;
    use spanline::model::{Span, Stamp};
    let pages = [
        brief_page(1, &["Rockets struck the Green Zone on Tuesday night."]),
        brief_page(
            2,
            &["A logistics convoy was hit by a roadside bomb near Diwaniyah."],
        ),
        brief_page(3, &["No group claimed either attack."]),
    ];
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("brief.pdf");
    std::fs::write(&file, pdf(&pages, Some("Weekly brief"))).expect("written");
    let mut project =
        spanline::store::Project::create(&dir.path().join("p.db"), "test.analyst").expect("new");
    let never = std::sync::atomic::AtomicBool::new(false);
    let report = import::import_files(&mut project, &[file], &never, |_| {}).expect("imports");
    let article_id = report.imported[0].1;
    let text = spanline::store::articles::get(project.conn(), article_id)
        .expect("reads")
        .expect("stored")
        .text;
    let code = |words: &str| {
        let start = text[..text.find(words).expect("in the text")]
            .chars()
            .count();
        Span {
            article_id,
            start,
            end: start + words.chars().count(),
        }
    };
    for words in ["roadside bomb", "Rockets struck"] {
        let (change, _) =
            commands::new_incident_from_span(&text, code(words), &Stamp::now("test.analyst"))
                .expect("a span");
        project.run(change).expect("coded");
    }
    let out = dir.path().join("annotations.jsonld");
    spanline::export::export_project(project.conn(), spanline::export::Format::W3c, &out)
        .expect("exported");
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&out).expect("read")).expect("JSON");
    let page_of = |exact: &str| {
        json["first"]["items"]
            .as_array()
            .expect("items")
            .iter()
            .map(|item| {
                item["target"]["selector"]
                    .as_array()
                    .expect("selectors")
                    .clone()
            })
            .find(|selectors| selectors.iter().any(|s| s["exact"] == exact))
            .and_then(|selectors| {
                selectors
                    .iter()
                    .find(|s| s["type"] == "FragmentSelector")
                    .map(|s| s["value"].as_str().unwrap_or_default().to_owned())
            })
    };
    assert_eq!(page_of("roadside bomb").as_deref(), Some("page=2"));
    assert_eq!(page_of("Rockets struck").as_deref(), Some("page=1"));
}

#[test]
fn two_columns_are_read_column_by_column() {
    let left = [
        (72, 760, "Left column first line,"),
        (72, 746, "left column second line,"),
        (72, 732, "left column third line."),
    ];
    let right = [
        (320, 760, "Right column first line,"),
        (320, 746, "right column second line,"),
        (320, 732, "right column third line."),
    ];
    let column_by_column: Vec<(i64, i64, &str)> = left.into_iter().chain(right).collect();
    // Some generators draw a two-column page row by row, across both columns.
    let row_by_row = vec![left[0], right[0], left[1], right[1], left[2], right[2]];
    for page in [column_by_column, row_by_row] {
        let text = read(&pdf(&[page], None)).expect("read").text;
        let (l3, r1) = (
            text.find("left column third").expect("l3"),
            text.find("Right column first").expect("r1"),
        );
        assert!(
            l3 < r1,
            "the left column is read whole before the right one: {text}"
        );
        assert!(
            text.contains(
                "Left column first line, left column second line, left column third line."
            ),
            "{text}"
        );
    }
}

#[test]
fn encrypted_scanned_and_broken_pdfs_are_refused_with_a_reason() {
    let mut doc = Document::load_mem(&pdf(&[vec![(72, 760, "Secret")]], None)).expect("loads");
    let encrypt = doc.add_object(dictionary! {
        "Filter" => "Standard", "V" => 1, "R" => 2, "P" => -44,
        "O" => Object::string_literal(vec![0u8; 32]), "U" => Object::string_literal(vec![0u8; 32]),
    });
    doc.trailer.set("Encrypt", encrypt);
    doc.trailer.set(
        "ID",
        vec![
            Object::string_literal(vec![1u8; 16]),
            Object::string_literal(vec![1u8; 16]),
        ],
    );
    let mut encrypted = Vec::new();
    doc.save_to(&mut encrypted).expect("saved");
    let cases: [(Vec<u8>, &str); 3] = [
        (encrypted, "encrypted"),
        (pdf(&[vec![], vec![]], None), "no text layer"),
        (
            pdf(&[vec![(72, 760, "cut short")]], None)[..200].to_vec(),
            "not a readable PDF",
        ),
    ];
    for (bytes, says) in cases {
        let err = read(&bytes).expect_err(says).to_string();
        assert!(err.contains(says), "{says}: {err}");
    }
}

/// zlib of `data`, quickly: what a compression bomb is made of.
fn zlib(data: &[u8]) -> Vec<u8> {
    use std::io::Write as _;
    let mut encoder = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::fast());
    encoder.write_all(data).expect("compresses");
    encoder.finish().expect("compressed")
}

/// A one-page PDF made hostile by `spoil`, which gets the document, the page's dictionary, its
/// resources and its font.
fn hostile(
    spoil: impl FnOnce(&mut Document, &mut lopdf::Dictionary, &mut lopdf::Dictionary, lopdf::ObjectId),
) -> Vec<u8> {
    let mut doc = Document::with_version("1.5");
    let pages_id = doc.new_object_id();
    let font_id = doc.add_object(dictionary! {
        "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Courier",
    });
    let mut resources = dictionary! { "Font" => dictionary! { "F1" => font_id } };
    let content = doc.add_object(Stream::new(
        dictionary! {},
        b"BT /F1 12 Tf 72 720 Td (Rockets struck the base) Tj ET".to_vec(),
    ));
    let mut page = dictionary! { "Type" => "Page", "Parent" => pages_id, "Contents" => content };
    spoil(&mut doc, &mut page, &mut resources, font_id);
    if !page.has(b"Resources") {
        page.set("Resources", resources);
    }
    let page_id = doc.new_object_id();
    if page.get(b"Parent").ok() == Some(&Object::Null) {
        page.set("Parent", page_id);
    }
    doc.objects.insert(page_id, Object::Dictionary(page));
    doc.objects.insert(
        pages_id,
        Object::Dictionary(dictionary! {
            "Type" => "Pages", "Kids" => vec![page_id.into()], "Count" => 1,
            "MediaBox" => vec![0.into(), 0.into(), 595.into(), 842.into()],
        }),
    );
    let catalog = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages_id });
    doc.trailer.set("Root", catalog);
    let mut out = Vec::new();
    doc.save_to(&mut out).expect("saved");
    out
}

/// A PDF written byte by byte (lopdf's writer leaves object streams out): a page, and an
/// object stream holding `compressed` under two FlateDecode filters.
fn object_stream_bomb(compressed: &[u8]) -> Vec<u8> {
    let mut objects: Vec<Vec<u8>> = vec![
        b"<< /Type /Catalog /Pages 2 0 R >>".to_vec(),
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 /MediaBox [0 0 595 842] >>".to_vec(),
        b"<< /Type /Page /Parent 2 0 R >>".to_vec(),
    ];
    let mut stream = format!(
        "<< /Type /ObjStm /N 1 /First 5 /Filter [/FlateDecode /FlateDecode] /Length {} >>\nstream\n",
        compressed.len()
    )
    .into_bytes();
    stream.extend(compressed);
    stream.extend(b"\nendstream");
    objects.push(stream);
    let mut pdf = b"%PDF-1.5\n".to_vec();
    let mut offsets = Vec::new();
    for (number, object) in objects.iter().enumerate() {
        offsets.push(pdf.len());
        pdf.extend(format!("{} 0 obj\n", number + 1).into_bytes());
        pdf.extend(object);
        pdf.extend(b"\nendobj\n");
    }
    let xref = pdf.len();
    pdf.extend(format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).into_bytes());
    for offset in offsets {
        pdf.extend(format!("{offset:010} 00000 n \n").into_bytes());
    }
    pdf.extend(
        format!(
            "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n",
            objects.len() + 1
        )
        .into_bytes(),
    );
    pdf
}

#[test]
fn hostile_pdfs_are_refused_within_bounds_and_the_process_lives() {
    let sound = hostile(|_, _, _, _| {});
    assert!(
        read(&sound)
            .expect("a sound page reads")
            .text
            .contains("Rockets struck the base")
    );
    let flate = |doc: &mut Document, bytes: Vec<u8>, times: usize| {
        let mut data = bytes;
        for _ in 0..times {
            data = zlib(&data);
        }
        let filters = vec![Object::Name(b"FlateDecode".to_vec()); times];
        doc.add_object(Stream::new(dictionary! { "Filter" => filters }, data))
    };
    // More than a stream may inflate to: 40 MiB of spaces, compressed twice to a few KB.
    let bomb = vec![b' '; 40 << 20];
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        (
            "a page that is its own parent, with no size or resources of its own",
            hostile(|_, page, _, _| {
                page.set("Parent", Object::Null);
                page.set("Resources", Object::Integer(1));
            }),
            "page tree loops",
        ),
        (
            "a drawing that draws itself",
            hostile(|doc, page, resources, _| {
                let form_id = doc.new_object_id();
                let form = Stream::new(
                    dictionary! {
                        "Type" => "XObject", "Subtype" => "Form",
                        "BBox" => vec![0.into(), 0.into(), 10.into(), 10.into()],
                        "Resources" => dictionary! { "XObject" => dictionary! { "X" => form_id } },
                    },
                    b"/X Do".to_vec(),
                );
                doc.objects.insert(form_id, Object::Stream(form));
                resources.set("XObject", dictionary! { "X" => form_id });
                let draw = doc.add_object(Stream::new(dictionary! {}, b"/X Do".to_vec()));
                page.set("Contents", draw);
            }),
            "draws itself",
        ),
        (
            "a character map of four billion codes",
            hostile(|doc, _, _, font| {
                let map = b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap \
                    1 begincodespacerange <0000> <FFFF> endcodespacerange \
                    1 beginbfrange <00000000> <FFFFFFFF> <00000000> endbfrange endcmap"
                    .to_vec();
                let map = doc.add_object(Stream::new(dictionary! {}, map));
                if let Ok(Object::Dictionary(font)) = doc.get_object_mut(font) {
                    font.set("ToUnicode", map);
                }
            }),
            "character map",
        ),
        (
            "page content that inflates past the limit",
            hostile(|doc, page, _, _| {
                let id = flate(doc, bomb.clone(), 2);
                page.set("Contents", id);
            }),
            "inflates beyond the limit",
        ),
        (
            "an object stream that inflates past the limit while the file loads",
            {
                let mut body = b"99 0 ".to_vec();
                body.extend(&bomb);
                body.extend(b"<< >>");
                object_stream_bomb(&zlib(&zlib(&body)))
            },
            "inflates beyond the limit",
        ),
    ];
    for (what, bytes, says) in cases {
        assert!(bytes.len() < 200_000, "{what}: {} bytes", bytes.len());
        let err = read(&bytes).expect_err(what).to_string();
        assert!(err.contains(says), "{what}: {err}");
    }
}

#[test]
fn a_pdf_s_controls_and_placeholder_titles_are_not_kept() {
    let bytes = pdf(
        &[vec![(72, 760, "Rockets\u{1b}[2J struck\u{7} the base")]],
        Some("Microsoft Word - brief.docx"),
    );
    let article = read(&bytes).expect("reads");
    assert!(
        !article.text.chars().any(|c| c.is_control() && c != '\n'),
        "{:?}",
        article.text
    );
    assert_ne!(article.meta.title, "Microsoft Word - brief.docx");
}

#[test]
fn text_shown_with_the_quote_operators_is_read() {
    let bytes = hostile(|doc, page, _, _| {
        let content = doc.add_object(Stream::new(
            dictionary! {},
            b"BT /F1 12 Tf 72 720 Td 14 TL (Convoy hit) Tj (Rockets struck the base) ' \
              0 0 (near Erbil on Tuesday) \" ET"
                .to_vec(),
        ));
        page.set("Contents", content);
    });
    let text = read(&bytes)
        .expect("a page drawn with ' and \" has text")
        .text;
    assert!(text.contains("Rockets struck the base"), "{text}");
    assert!(text.contains("near Erbil on Tuesday"), "{text}");
}
