//! Text cells as a spreadsheet may safely open them: the dataset exports (ACLED, UCDP, GTD) and
//! the timeline's CSV pass every cell through here.

/// A cell as a spreadsheet may safely open it: text that starts with `=`, `+`, `-`, `@`, a tab
/// or a carriage return would be run as a formula, so it gets a leading apostrophe, as OWASP
/// advises for CSV injection. A plain negative decimal (`-33.5`, a longitude) is left as it
/// is; anything else Rust would parse as a number (`-inf`, `+1e5`, `-NaN`) is not plain.
pub fn spreadsheet_safe(cell: String) -> String {
    let risky = cell.starts_with(['=', '+', '-', '@', '\t', '\r']);
    if risky && !is_plain_negative_decimal(&cell) {
        format!("'{cell}")
    } else {
        cell
    }
}

/// `-` followed by digits with at most one decimal point between digits: `-33.5`, `-7`.
fn is_plain_negative_decimal(cell: &str) -> bool {
    let Some(digits) = cell.strip_prefix('-') else {
        return false;
    };
    let (whole, fraction) = digits.split_once('.').unwrap_or((digits, "0"));
    let all_digits = |part: &str| !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit());
    all_digits(whole) && all_digits(fraction)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_a_spreadsheet_would_run_are_neutralised_and_numbers_kept() {
        for (cell, safe) in [
            ("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"),
            ("+1+2", "'+1+2"),
            ("-2+3", "'-2+3"),
            ("@SUM(A1)", "'@SUM(A1)"),
            ("\tcmd", "'\tcmd"),
            ("-33.5", "-33.5"),
            ("-7", "-7"),
            ("-inf", "'-inf"),
            ("+inf", "'+inf"),
            ("-NaN", "'-NaN"),
            ("+1", "'+1"),
            ("-1e5", "'-1e5"),
            ("-.5", "'-.5"),
            ("-5.", "'-5."),
            ("Kata'ib Hezbollah", "Kata'ib Hezbollah"),
            ("", ""),
        ] {
            assert_eq!(spreadsheet_safe(cell.to_owned()), safe, "{cell:?}");
        }
    }
}
