//! English function words several rules read: "two *of* the wounded", "the town *of* Balad",
//! "*from* Baghdad", "3 *to* 5", "3, 9 *and* 23" (Arabic's are in `ar::grammar`).

pub const AND: &str = "and";
pub const OR: &str = "or";
pub const OF: &str = "of";
pub const THE: &str = "the";
pub const FROM: &str = "from";
pub const ON: &str = "on";
pub const TO: &str = "to";

/// Auxiliaries that make the verb after them passive ("was blamed", "were wounded").
pub const PASSIVE: &[&str] = &["was", "were", "is", "are", "been", "being", "be"];
