//! The hidden `generate` command: shell completions and the man page from the clap
//! definition, so they never drift from the code (a test compares the committed files).

use std::fmt::Write as _;
use std::path::Path;

use clap::CommandFactory;
use clap_complete::Shell;

use crate::cli::{Cli, EXAMPLES};
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
    // The man pages list the global options once, in airsecrets(1), as `--help` does.
    let mut cmd = crate::cli::command().disable_help_subcommand(true);
    cmd.build();
    man_pages(&cmd, None, &mut out);
    out
}

/// Roff text: backslashes escaped, and no line starting with a control character.
fn roff_text(text: &str) -> String {
    text.lines()
        .map(|l| {
            let l = l.replace('\\', "\\e");
            if l.starts_with(['.', '\'']) {
                format!("\\&{l}")
            } else {
                l
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

const EXIT_STATUS: &str = "0 success; 1 failure (AWS, network, partial failure); 2 usage or invalid input (nothing written); 3 not found; 4 conflict refused (nothing written); 130 interrupted (SIGINT); 143 terminated (SIGTERM).";

const ENVIRONMENT: &str = "AIRFLOW__SECRETS__BACKEND_KWARGS, AIRFLOW__SECRETS__BACKEND_KWARG__<NAME>: Airflow's own backend settings (prefixes, sep, lookup patterns, AWS keys).
AIRFLOW__SECRETS__BACKEND: a backend other than SecretsManagerBackend makes its kwargs ignored.
AIRFLOW__CORE__SENSITIVE_VAR_CONN_NAMES: more extra keys to mask.
AWS_PROFILE, AWS_REGION, AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN, AWS_CONFIG_FILE, AWS_SHARED_CREDENTIALS_FILE, AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_SECRETS_MANAGER: the standard AWS chain.
AWS_MAX_ATTEMPTS: attempts per AWS call (default 3).
NO_COLOR: no colour.";

/// One man page per command and subcommand (every page a SUBCOMMANDS section names), each
/// with EXAMPLES (where the command has some), EXIT STATUS and ENVIRONMENT.
fn man_pages(cmd: &clap::Command, parent: Option<&str>, out: &mut Vec<(String, Vec<u8>)>) {
    let man = clap_mangen::Man::new(cmd.clone());
    let mut page = Vec::new();
    let render = |page: &mut Vec<u8>| -> std::io::Result<()> {
        man.render_title(page)?;
        man.render_name_section(page)?;
        man.render_synopsis_section(page)?;
        man.render_description_section(page)?;
        if cmd.get_arguments().any(|a| !a.is_hide_set()) {
            man.render_options_section(page)?;
        }
        if cmd.get_subcommands().any(|s| !s.is_hide_set()) {
            man.render_subcommands_section(page)?;
        }
        man.render_version_section(page)
    };
    render(&mut page).expect("rendering to memory cannot fail");
    let name = cmd.get_name();
    let top = if parent.is_none() { Some(name) } else { parent };
    let examples = EXAMPLES
        .iter()
        .find(|(n, _)| parent == top && *n == name)
        .map(|(_, e)| *e);
    let mut extra = String::new();
    if let Some(e) = examples {
        let _ = write!(extra, ".SH EXAMPLES\n.nf\n{}\n.fi\n", roff_text(e));
    }
    let _ = write!(extra, ".SH \"EXIT STATUS\"\n{}\n", roff_text(EXIT_STATUS));
    let _ = write!(
        extra,
        ".SH ENVIRONMENT\n.nf\n{}\n.fi\n",
        roff_text(ENVIRONMENT)
    );
    if parent.is_some() {
        extra.push_str(".SH \"SEE ALSO\"\nairsecrets(1), for the global options\n");
    }
    page.extend_from_slice(extra.as_bytes());
    out.push((format!("docs/{}", man.get_filename()), page));
    for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
        man_pages(sub, Some(top.unwrap_or(name)), out);
    }
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
