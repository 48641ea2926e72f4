//! Arabic words for attribution.
