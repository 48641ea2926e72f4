//! Agreement statistics for two coders: F1 of span sets, Cohen's kappa and Krippendorff's
//! alpha (nominal) over paired categorical values. Pure arithmetic.

use std::collections::HashMap;
use std::hash::Hash;

/// F1 from matches on each side: `2PR / (P + R)`; `None` when neither side has anything.
pub fn f1(matched_ours: usize, ours: usize, matched_theirs: usize, theirs: usize) -> Option<f64> {
    if ours == 0 && theirs == 0 {
        return None;
    }
    let precision = if ours == 0 {
        0.0
    } else {
        matched_ours as f64 / ours as f64
    };
    let recall = if theirs == 0 {
        0.0
    } else {
        matched_theirs as f64 / theirs as f64
    };
    Some(if precision + recall == 0.0 {
        0.0
    } else {
        2.0 * precision * recall / (precision + recall)
    })
}

/// Share of pairs with the same value.
pub fn observed_agreement<T: PartialEq>(pairs: &[(T, T)]) -> Option<f64> {
    if pairs.is_empty() {
        return None;
    }
    Some(pairs.iter().filter(|(a, b)| a == b).count() as f64 / pairs.len() as f64)
}

/// Cohen's kappa: agreement beyond what each coder's own distribution predicts. `None` when
/// undefined (no pairs, or both coders used one and the same value throughout).
pub fn cohens_kappa<T: Eq + Hash>(pairs: &[(T, T)]) -> Option<f64> {
    let n = pairs.len() as f64;
    let observed = observed_agreement(pairs)?;
    let mut first: HashMap<&T, f64> = HashMap::new();
    let mut second: HashMap<&T, f64> = HashMap::new();
    for (a, b) in pairs {
        *first.entry(a).or_default() += 1.0;
        *second.entry(b).or_default() += 1.0;
    }
    let expected: f64 = first
        .iter()
        .map(|(value, count)| count / n * second.get(value).copied().unwrap_or(0.0) / n)
        .sum();
    if (1.0 - expected).abs() < f64::EPSILON {
        return None;
    }
    Some((observed - expected) / (1.0 - expected))
}

/// Krippendorff's alpha for nominal data, two coders, every unit coded by both (units either
/// coder left empty are left out before): `1 − (N − 1) · Σ o_ck / Σ n_c n_k` over c ≠ k.
pub fn krippendorff_alpha_nominal<T: Eq + Hash>(pairs: &[(T, T)]) -> Option<f64> {
    if pairs.is_empty() {
        return None;
    }
    let values = 2.0 * pairs.len() as f64;
    let disagreeing_pairs = 2.0 * pairs.iter().filter(|(a, b)| a != b).count() as f64;
    let mut totals: HashMap<&T, f64> = HashMap::new();
    for (a, b) in pairs {
        *totals.entry(a).or_default() += 1.0;
        *totals.entry(b).or_default() += 1.0;
    }
    let same: f64 = totals.values().map(|n| n * n).sum();
    let expected_disagreement = values * values - same;
    if expected_disagreement == 0.0 {
        return None;
    }
    Some(1.0 - (values - 1.0) * disagreeing_pairs / expected_disagreement)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// 50 units: both yes 20, yes/no 5, no/yes 10, both no 15.
    fn table() -> Vec<(bool, bool)> {
        let mut pairs = Vec::new();
        pairs.extend(std::iter::repeat_n((true, true), 20));
        pairs.extend(std::iter::repeat_n((true, false), 5));
        pairs.extend(std::iter::repeat_n((false, true), 10));
        pairs.extend(std::iter::repeat_n((false, false), 15));
        pairs
    }

    fn close(a: Option<f64>, b: f64) -> bool {
        a.is_some_and(|a| (a - b).abs() < 1e-9)
    }

    #[test]
    fn kappa_and_alpha_match_the_hand_computed_values() {
        // po = 0.7, pe = 0.5·0.6 + 0.5·0.4 = 0.5 → κ = 0.4.
        assert!(close(cohens_kappa(&table()), 0.4));
        // N = 100, n_yes = 55, n_no = 45: α = 1 − 99·30 / (2·55·45) = 0.4.
        assert!(close(krippendorff_alpha_nominal(&table()), 0.4));
        assert!(close(observed_agreement(&table()), 0.7));
    }

    #[test]
    fn kappa_and_alpha_differ_when_the_coders_distributions_differ() {
        // Coder two says "b" far more often than coder one.
        let pairs = [
            ("a", "a"),
            ("a", "b"),
            ("a", "b"),
            ("b", "b"),
            ("a", "a"),
            ("b", "b"),
        ];
        // po = 4/6; pe = (4/6)(2/6) + (2/6)(4/6) = 16/36 → κ = (24/36 − 16/36)/(20/36) = 0.4.
        assert!(close(cohens_kappa(&pairs), 0.4));
        // N = 12, n_a = 6, n_b = 6; Σo = 4; Σ n_c n_k = 72 → α = 1 − 11·4/72.
        assert!(close(krippendorff_alpha_nominal(&pairs), 1.0 - 44.0 / 72.0));
    }

    #[test]
    fn perfect_agreement_is_one_and_undefined_cases_say_so() {
        let pairs = [("x", "x"), ("y", "y")];
        assert!(close(cohens_kappa(&pairs), 1.0));
        assert!(close(krippendorff_alpha_nominal(&pairs), 1.0));
        assert_eq!(cohens_kappa::<&str>(&[]), None);
        assert_eq!(
            cohens_kappa(&[("x", "x"), ("x", "x")]),
            None,
            "no variation"
        );
    }

    #[test]
    fn f1_is_the_harmonic_mean_of_precision_and_recall() {
        assert!(close(f1(3, 4, 3, 6), 2.0 * 0.75 * 0.5 / 1.25));
        assert_eq!(f1(0, 0, 0, 0), None);
        assert!(close(f1(0, 3, 0, 2), 0.0));
    }
}
