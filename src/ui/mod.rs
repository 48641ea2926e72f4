//! The window's panels, one file each.

pub mod highlight;
