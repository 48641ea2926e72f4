//! The map's logic, apart from drawing: where a place sits on a Web-Mercator plane, the
//! basemap that ships with Spanline, the incidents as marks with their precision, how marks
//! near each other group into counted clusters, and the optional online tiles under it all.
//! Pure apart from fetching those tiles over the network ([`tile_fetch`]): no egui, no SQL.
//!
//! "World" coordinates are Web Mercator scaled to the unit square: x 0 (180° W) … 1 (180° E),
//! y 0 (85° N) … 1 (85° S), so a zoom level is a scale factor and distances on screen are
//! proportional to distances here.

pub mod basemap;
pub mod clusters;
pub mod marks;
pub mod projection;
pub mod tile_fetch;
pub mod tiles;

pub use projection::World;
