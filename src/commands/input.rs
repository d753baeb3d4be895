//! Where a secret value comes from: stdin, a file, an environment variable or a hidden
//! prompt. Never a flag that puts a password in argv.

use std::io::Read;
use std::path::Path;

use secrecy::SecretString;

use crate::error::{Error, Result};

/// Drops one trailing newline (`\n` or `\r\n`) unless asked to keep it.
fn trim_newline(mut text: String, keep: bool) -> String {
    if !keep {
        if text.ends_with("\r\n") {
            text.truncate(text.len() - 2);
        } else if text.ends_with('\n') {
            text.truncate(text.len() - 1);
        }
    }
    text
}

fn utf8(bytes: Vec<u8>, source: &str) -> Result<String> {
    String::from_utf8(bytes).map_err(|e| {
        Error::usage(format!(
            "{source} is not UTF-8 text (invalid byte at offset {})",
            e.utf8_error().valid_up_to()
        ))
        .hint("Airflow reads SecretString text only")
    })
}

pub fn from_stdin(keep_newline: bool) -> Result<SecretString> {
    let mut bytes = Vec::new();
    std::io::stdin()
        .read_to_end(&mut bytes)
        .map_err(|e| Error::failure(format!("cannot read stdin: {e}")))?;
    Ok(SecretString::from(trim_newline(
        utf8(bytes, "stdin")?,
        keep_newline,
    )))
}

pub fn from_file(path: &Path, keep_newline: bool) -> Result<SecretString> {
    let bytes = fs_err::read(path).map_err(|e| Error::usage(e.to_string()))?;
    let source = format!("`{}`", path.display());
    Ok(SecretString::from(trim_newline(
        utf8(bytes, &source)?,
        keep_newline,
    )))
}

pub fn from_env(name: &str) -> Result<SecretString> {
    match std::env::var(name) {
        Ok(v) => Ok(SecretString::from(v)),
        Err(std::env::VarError::NotPresent) => Err(Error::usage(format!(
            "environment variable `{name}` is not set"
        ))),
        Err(std::env::VarError::NotUnicode(_)) => Err(Error::usage(format!(
            "environment variable `{name}` is not UTF-8"
        ))),
    }
}

/// A hidden prompt; only when a person is at a terminal.
pub fn prompt(interactive: bool, what: &str, flags: &str) -> Result<SecretString> {
    if !interactive {
        return Err(
            Error::usage(format!("no {what} given and not running interactively"))
                .hint(format!("give it with {flags}")),
        );
    }
    dialoguer::Password::new()
        .with_prompt(what)
        .allow_empty_password(false)
        .interact()
        .map(SecretString::from)
        .map_err(|e| Error::failure(format!("cannot read the {what}: {e}")))
}
