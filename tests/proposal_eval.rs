//! Scores the value proposals on the labelled cases in `tests/proposals/` and, when the variable
//! `SPANLINE_EVAL_DIR` names a folder, on every `.tsv` file in it too. Prints precision and
//! recall per field; fails below the bar.

use std::path::{Path, PathBuf};

use spanline::propose::eval::{Case, parse_cases, score};

/// Share of proposals that must be right, and of expected values that must be found.
const PRECISION_BAR: f64 = 0.90;
const RECALL_BAR: f64 = 0.90;

fn cases_in(dir: &Path) -> Vec<Case> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|err| panic!("cannot read {}: {err}", dir.display()))
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.extension().is_some_and(|ext| ext == "tsv"))
        .collect();
    files.sort();
    let mut cases = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(&file)
            .unwrap_or_else(|err| panic!("{}: {err}", file.display()));
        let name = file
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        cases.extend(parse_cases(&text, &name).unwrap_or_else(|err| panic!("{err}")));
    }
    cases
}

fn check(label: &str, cases: &[Case]) {
    assert!(!cases.is_empty(), "{label}: no cases");
    let report = score(cases);
    println!("{label}: {} cases\n{}", cases.len(), report.table());
    // SPANLINE_EVAL_REASONS=1 also prints why each wrong value was proposed.
    let with_reasons = std::env::var_os("SPANLINE_EVAL_REASONS").is_some();
    for (case, got, reason) in &report.misses {
        println!(
            "  miss {}: {} {:?} → {} (expected {})",
            case.origin,
            case.field,
            case.span,
            got.as_deref().unwrap_or("nothing"),
            case.expected.as_deref().unwrap_or("nothing")
        );
        if with_reasons && !reason.is_empty() {
            println!("        because {reason}");
        }
    }
    let total = report.total();
    assert!(
        total.precision() >= PRECISION_BAR,
        "{label}: precision {:.3} below the bar",
        total.precision()
    );
    assert!(
        total.recall() >= RECALL_BAR,
        "{label}: recall {:.3} below the bar",
        total.recall()
    );
}

#[test]
fn proposals_meet_the_bar_on_the_labelled_cases() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/proposals");
    check("tests/proposals", &cases_in(&dir));
}

#[test]
fn proposals_meet_the_bar_on_the_cases_in_spanline_eval_dir() {
    let Some(dir) = std::env::var_os("SPANLINE_EVAL_DIR") else {
        println!("SPANLINE_EVAL_DIR is not set: no further cases to score");
        return;
    };
    let dir = PathBuf::from(dir);
    check(&dir.display().to_string(), &cases_in(&dir));
}
