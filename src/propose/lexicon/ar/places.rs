//! Arabic words for places.
