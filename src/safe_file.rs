//! The files airsecrets writes (migrate's `--report`; exports next) may hold what an
//! attacker wants or be where one waits: each is written whole to a temporary file in the
//! same directory, mode 0600, and renamed into place, so a reader never sees half a file and
//! a full disk leaves the previous one intact. The final path is refused when it is a
//! symbolic link, and the place is checked before the first write to Secrets Manager.

use std::io::Write;
use std::path::{Path, PathBuf};

/// The directory a path's file goes in.
fn directory(path: &Path) -> PathBuf {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// Whether `path` can be written as we write files; Err holds the reason.
pub fn check(path: &Path) -> Result<(), String> {
    if let Ok(meta) = std::fs::symlink_metadata(path) {
        if meta.file_type().is_symlink() {
            return Err("it is a symbolic link, which airsecrets never writes through".into());
        }
        if meta.is_dir() {
            return Err("it is a directory".into());
        }
    }
    let dir = directory(path);
    // Creating (and dropping) a temporary file proves the directory exists and is writable.
    tempfile::Builder::new()
        .prefix(".airsecrets-check-")
        .tempfile_in(&dir)
        .map(drop)
        .map_err(|e| format!("cannot create a file in `{}`: {e}", dir.display()))
}

/// Writes `bytes` to `path`: a 0600 temporary file beside it, flushed, then renamed.
pub fn write(path: &Path, bytes: &[u8]) -> Result<(), String> {
    check(path)?;
    let mut file = tempfile::Builder::new()
        .prefix(".airsecrets-")
        .tempfile_in(directory(path))
        .map_err(|e| e.to_string())?;
    file.write_all(bytes)
        .and_then(|()| file.as_file().sync_all())
        .map_err(|e| e.to_string())?;
    file.persist(path)
        .map(drop)
        .map_err(|e| e.error.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    #[test]
    fn writes_private_files_and_never_through_a_link() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("report.json");
        write(&path, b"one").unwrap();
        write(&path, b"two").unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"two");
        let mode = std::fs::metadata(&path).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
        let target = dir.path().join("target");
        let link = dir.path().join("link.json");
        std::os::unix::fs::symlink(&target, &link).unwrap();
        assert!(write(&link, b"x").unwrap_err().contains("symbolic link"));
        assert!(!target.exists(), "a dangling link's target is not created");
        assert!(check(&dir.path().join("missing/report.json")).is_err());
        assert_eq!(
            std::fs::read_dir(dir.path()).unwrap().count(),
            2,
            "the report and the link, no temporary files"
        );
    }
}
