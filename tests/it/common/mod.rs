//! Shared test harness.

use std::path::PathBuf;

/// `../shared` beside the project's root: the vectors and real exports live there.
pub fn shared_dir() -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .join("shared");
    assert!(
        dir.is_dir(),
        "{} is missing: the tests read Airflow's vectors from it",
        dir.display()
    );
    dir
}
