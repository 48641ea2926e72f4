//! Arabic words for dates.
