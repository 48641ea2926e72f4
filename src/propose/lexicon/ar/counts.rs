//! Arabic words for counts.
