//! Arabic words for actors.
