//! Reading a 100-page PDF report (40 lines a page, a running header and page numbers):
//! `cargo bench --bench pdf`.

use divan::{AllocProfiler, Bencher};
use lopdf::content::{Content, Operation};
use lopdf::{Document, Object, Stream, dictionary};

/// Counts allocations, so the bench reports the memory a read takes.
#[global_allocator]
static ALLOC: AllocProfiler<mimalloc::MiMalloc> = AllocProfiler::new(mimalloc::MiMalloc);

fn main() {
    divan::main();
}

fn hundred_pages() -> Vec<u8> {
    let mut doc = Document::with_version("1.5");
    let pages_id = doc.new_object_id();
    let font_id = doc.add_object(dictionary! {
        "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Helvetica",
        "Encoding" => "WinAnsiEncoding",
    });
    let resources_id = doc.add_object(dictionary! { "Font" => dictionary! { "F1" => font_id } });
    let mut kids = Vec::new();
    for page in 1..=100 {
        let mut lines = vec![(72, 800, "Loopback Security Brief: Iraq".to_owned())];
        for i in 0..40 {
            lines.push((72, 760 - 17 * i, format!("Line {i} of page {page}: rockets were fired at the base from the east of the city.")));
        }
        lines.push((280, 30, format!("Page {page} of 100")));
        let operations: Vec<Operation> = lines
            .into_iter()
            .flat_map(|(x, y, text)| {
                [
                    Operation::new("BT", vec![]),
                    Operation::new("Tf", vec!["F1".into(), 10.into()]),
                    Operation::new("Td", vec![x.into(), y.into()]),
                    Operation::new("Tj", vec![Object::string_literal(text)]),
                    Operation::new("ET", vec![]),
                ]
            })
            .collect();
        let content = Content { operations }.encode().expect("encodes");
        let content_id = doc.add_object(Stream::new(dictionary! {}, content));
        kids.push(Object::from(doc.add_object(dictionary! {
            "Type" => "Page", "Parent" => pages_id, "Contents" => content_id,
        })));
    }
    doc.objects.insert(
        pages_id,
        Object::Dictionary(dictionary! {
            "Type" => "Pages", "Kids" => kids, "Count" => 100, "Resources" => resources_id,
            "MediaBox" => vec![0.into(), 0.into(), 595.into(), 842.into()],
        }),
    );
    let catalog_id = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages_id });
    doc.trailer.set("Root", catalog_id);
    let mut out = Vec::new();
    doc.save_to(&mut out).expect("saved");
    out
}

#[divan::bench(sample_count = 10, sample_size = 1)]
fn read_a_100_page_pdf(bencher: Bencher) {
    let bytes = hundred_pages();
    let parsed = spanline::import::pdf::read(&bytes).expect("reads");
    eprintln!(
        "100-page PDF: {} KB of PDF, {} KB of text",
        bytes.len() / 1024,
        parsed.text.len() / 1024
    );
    bencher.bench_local(|| {
        spanline::import::pdf::read(&bytes)
            .map(|p| p.text.len())
            .unwrap_or(0)
    });
}
