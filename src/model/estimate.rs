//! Counts that sources disagree on or state vaguely.

use serde::{Deserialize, Serialize};

/// A count as low / best / high, each optional ("at least 32" is `low: 32`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Estimate {
    pub low: Option<u32>,
    pub best: Option<u32>,
    pub high: Option<u32>,
}

impl Estimate {
    pub fn exact(n: u32) -> Self {
        Self {
            low: None,
            best: Some(n),
            high: None,
        }
    }

    /// "At least n": a low bound alone.
    pub fn at_least(n: u32) -> Self {
        Self {
            low: Some(n),
            best: None,
            high: None,
        }
    }

    pub fn is_empty(&self) -> bool {
        self.low.is_none() && self.best.is_none() && self.high.is_none()
    }

    /// The smallest and largest values stated, if any.
    fn bounds(&self) -> Option<(u32, u32)> {
        let values = [self.low, self.best, self.high];
        let min = values.iter().flatten().min()?;
        let max = values.iter().flatten().max()?;
        Some((*min, *max))
    }

    /// Combines two reports of the same count: keeps `self.best` (or the other's when `self`
    /// has none) and widens low/high so that every value either side stated stays visible.
    pub fn combine(&self, other: &Estimate) -> Estimate {
        let best = self.best.or(other.best);
        let (low, high) = match (self.bounds(), other.bounds()) {
            (Some((a_lo, a_hi)), Some((b_lo, b_hi))) => (a_lo.min(b_lo), a_hi.max(b_hi)),
            (Some(bounds), None) | (None, Some(bounds)) => bounds,
            (None, None) => return Estimate::default(),
        };
        let differs = |bound: u32| Some(bound) != best;
        Estimate {
            low: Some(low).filter(|&l| differs(l) || self.low.is_some() || other.low.is_some()),
            best,
            high: Some(high).filter(|&h| differs(h) || self.high.is_some() || other.high.is_some()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn combining_equal_counts_changes_nothing() {
        assert_eq!(
            Estimate::exact(7).combine(&Estimate::exact(7)),
            Estimate::exact(7)
        );
    }

    #[test]
    fn combining_different_counts_keeps_both_as_range() {
        let merged = Estimate::exact(7).combine(&Estimate::exact(8));
        assert_eq!(
            merged,
            Estimate {
                low: None,
                best: Some(7),
                high: Some(8)
            }
        );
    }

    #[test]
    fn combining_with_lower_bound_keeps_the_bound() {
        let at_least = Estimate {
            low: Some(32),
            best: None,
            high: None,
        };
        let merged = at_least.combine(&Estimate::exact(35));
        assert_eq!(
            merged,
            Estimate {
                low: Some(32),
                best: Some(35),
                high: None
            }
        );
    }

    #[test]
    fn combining_empty_with_empty_is_empty() {
        assert!(Estimate::default().combine(&Estimate::default()).is_empty());
    }
}
