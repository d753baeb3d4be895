//! Where a secret value comes from: stdin, a file, an environment variable or a hidden
//! prompt. Never a flag that puts a password in argv.
//!
//! Every read is capped before anything else happens to the bytes: a value can be at most
//! 65,536 bytes, so a file or stream is read to one byte past that (plus a trailing newline)
//! and refused there, whatever its size. A file that is not a regular file (a FIFO, a device,
//! a directory) is refused before it is opened for reading, so it can neither block nor
//! stream forever; stdin is the way to pipe a value in.

use std::io::Read;
use std::path::Path;

use secrecy::SecretString;

use crate::error::{Error, Result};
use crate::validate::MAX_VALUE_BYTES;

/// A value and the one trailing newline that may be dropped from it (`\r\n`).
const READ_CAP: usize = MAX_VALUE_BYTES + 2;

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

fn too_large(source: &str) -> Error {
    Error::usage(format!(
        "{source} holds more than {MAX_VALUE_BYTES} bytes, the most a Secrets Manager value can hold"
    ))
}

/// Reads at most `READ_CAP + 1` bytes: more than `READ_CAP` is refused.
fn read_capped(reader: impl Read, source: &str) -> Result<Vec<u8>> {
    let mut bytes = Vec::with_capacity(4096);
    reader
        .take(READ_CAP as u64 + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| Error::usage(format!("cannot read {source}: {e}")))?;
    if bytes.len() > READ_CAP {
        return Err(too_large(source));
    }
    Ok(bytes)
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
    let bytes = read_capped(std::io::stdin().lock(), "stdin")?;
    Ok(SecretString::from(trim_newline(
        utf8(bytes, "stdin")?,
        keep_newline,
    )))
}

/// Why a file was not opened.
pub enum Refusal {
    Unreadable(std::io::Error),
    NotRegular,
    TooLarge(u64),
}

impl Refusal {
    /// The usage error, naming the file; `limit` says what the size limit is for.
    pub fn error(self, path: &Path, limit: &str) -> Error {
        let source = format!("`{}`", path.display());
        match self {
            Refusal::Unreadable(e) => Error::usage(format!("cannot read {source}: {e}")),
            Refusal::NotRegular => Error::usage(format!(
                "{source} is not a regular file (a FIFO, a device or a directory)"
            ))
            .hint("pipe it in on stdin instead"),
            Refusal::TooLarge(size) => {
                Error::usage(format!("{source} is {size} bytes, over {limit}"))
            }
        }
    }
}

/// Opens `path` only when it is a regular file of at most `limit` bytes, judged from its
/// metadata before a byte is read.
pub fn open_regular(path: &Path, limit: u64) -> Result<std::fs::File, Refusal> {
    let meta = std::fs::metadata(path).map_err(Refusal::Unreadable)?;
    if !meta.is_file() {
        return Err(Refusal::NotRegular);
    }
    if meta.len() > limit {
        return Err(Refusal::TooLarge(meta.len()));
    }
    let file = std::fs::File::open(path).map_err(Refusal::Unreadable)?;
    // Swapped for something else between the two looks: refuse rather than block.
    if !file.metadata().is_ok_and(|m| m.is_file()) {
        return Err(Refusal::NotRegular);
    }
    Ok(file)
}

/// Reads at most `limit` bytes of an open file; more is refused.
pub fn read_limited(file: std::fs::File, limit: u64) -> std::io::Result<Option<Vec<u8>>> {
    let mut bytes = Vec::new();
    file.take(limit.saturating_add(1)).read_to_end(&mut bytes)?;
    Ok((bytes.len() as u64 <= limit).then_some(bytes))
}

pub fn from_file(path: &Path, keep_newline: bool) -> Result<SecretString> {
    let source = format!("`{}`", path.display());
    let limit = format!("the {MAX_VALUE_BYTES} bytes a Secrets Manager value can hold");
    let file = open_regular(path, READ_CAP as u64).map_err(|r| r.error(path, &limit))?;
    let bytes = read_capped(file, &source)?;
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
