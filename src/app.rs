//! The window (placeholder until the workbench lands).

use std::path::PathBuf;

pub fn run_window(_project: Option<PathBuf>, _analyst: String) -> anyhow::Result<()> {
    anyhow::bail!("the window is not built yet")
}
