//! The hidden `generate` command: shell completions and the man page from the clap
//! definition, so they never drift from the code (a test compares the committed files).

use std::path::Path;

use clap::CommandFactory;
use clap_complete::Shell;

use crate::cli::Cli;
use crate::error::{Error, ExitStatus, Result};

/// Every generated file: its path under the output directory and its bytes.
pub fn files() -> Vec<(String, Vec<u8>)> {
    let mut out = Vec::new();
    for shell in [
        Shell::Bash,
        Shell::Zsh,
        Shell::Fish,
        Shell::PowerShell,
        Shell::Elvish,
    ] {
        let mut cmd = Cli::command();
        let mut buf = Vec::new();
        clap_complete::generate(shell, &mut cmd, "airsecrets", &mut buf);
        let name = match shell {
            Shell::Bash => "airsecrets.bash".to_owned(),
            Shell::Zsh => "_airsecrets".to_owned(),
            Shell::Fish => "airsecrets.fish".to_owned(),
            Shell::PowerShell => "_airsecrets.ps1".to_owned(),
            _ => "airsecrets.elv".to_owned(),
        };
        out.push((format!("completions/{name}"), buf));
    }
    let mut man = Vec::new();
    clap_mangen::Man::new(Cli::command())
        .render(&mut man)
        .expect("rendering to memory cannot fail");
    out.push(("docs/airsecrets.1".to_owned(), man));
    out
}

pub fn run(out_dir: &Path) -> Result<ExitStatus> {
    for (path, bytes) in files() {
        let path = out_dir.join(path);
        if let Some(dir) = path.parent() {
            fs_err::create_dir_all(dir).map_err(|e| Error::failure(e.to_string()))?;
        }
        fs_err::write(&path, bytes).map_err(|e| Error::failure(e.to_string()))?;
    }
    Ok(ExitStatus::Success)
}
