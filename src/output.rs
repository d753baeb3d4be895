//! The one printer: data to stdout, everything else to stderr. Commands return typed results
//! ([`Render`]) and collect warnings and notes in [`Notes`]; only this module writes to the
//! terminal, and every string that came from Secrets Manager, a file or the user is escaped
//! on the way (tables, notes, warnings and errors alike).

use std::io::{IsTerminal, Write};
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::SystemTime;

use anstyle::{AnsiColor, Style};

use crate::cli::OutputFormat;
use crate::error::Error;

/// What stands in for a password or a sensitive extra value without `--reveal`.
pub const MASK: &str = "****";

/// One piece of human output.
pub enum Block {
    /// A table on stdout; every cell is escaped.
    Table {
        headers: Vec<&'static str>,
        rows: Vec<Vec<String>>,
    },
    /// Bytes exactly as given, on stdout (`--as` forms, lists of names).
    Raw(Vec<u8>),
    /// A value, byte-exact on stdout; on a terminal a newline follows if it has none, so
    /// the prompt does not stick to it.
    Value(Vec<u8>),
    /// A line for people on stderr (hidden by `--quiet`), escaped.
    Status(String),
}

/// A command's result: how it reads as JSON and for people.
pub trait Render {
    fn json(&self) -> serde_json::Value;
    fn human(&self) -> Vec<Block>;
    /// With `--quiet`: only the data (None: the human blocks, without status lines).
    fn quiet(&self) -> Option<Vec<Block>> {
        None
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    Warning,
    Note,
    Status,
}

/// Warnings and notes a command collects while it works; printed, escaped, when it returns.
#[derive(Default)]
pub struct Notes(Mutex<Vec<(Level, String)>>);

impl Notes {
    pub fn warn(&self, text: impl Into<String>) {
        self.push(Level::Warning, text.into());
    }

    pub fn note(&self, text: impl Into<String>) {
        self.push(Level::Note, text.into());
    }

    pub fn status(&self, text: impl Into<String>) {
        self.push(Level::Status, text.into());
    }

    fn push(&self, level: Level, text: String) {
        self.0.lock().expect("notes").push((level, text));
    }

    fn take(&self) -> Vec<(Level, String)> {
        std::mem::take(&mut *self.0.lock().expect("notes"))
    }
}

pub struct Printer {
    pub format: OutputFormat,
    quiet: bool,
    broken_pipe: AtomicBool,
}

const WARN: Style = AnsiColor::Yellow.on_default().bold();
const ERROR: Style = AnsiColor::Red.on_default().bold();
const NOTE: Style = AnsiColor::Cyan.on_default().bold();

impl Printer {
    pub fn new(format: OutputFormat, quiet: bool) -> Printer {
        Printer {
            format,
            quiet,
            broken_pipe: AtomicBool::new(false),
        }
    }

    pub fn is_json(&self) -> bool {
        self.format == OutputFormat::Json
    }

    /// Stdout was closed by its reader (`| head`): stop quietly.
    pub fn broken_pipe(&self) -> bool {
        self.broken_pipe.load(Ordering::Relaxed)
    }

    fn out(&self, bytes: &[u8]) {
        let mut out = anstream::stdout().lock();
        if let Err(e) = out.write_all(bytes).and_then(|()| out.flush())
            && e.kind() == std::io::ErrorKind::BrokenPipe
        {
            self.broken_pipe.store(true, Ordering::Relaxed);
        }
    }

    fn err_line(text: &str) {
        let mut err = anstream::stderr().lock();
        let _ = writeln!(err, "{text}");
    }

    /// A command's result, as JSON or for people.
    pub fn render(&self, result: &dyn Render) {
        if self.is_json() {
            let text =
                serde_json::to_string_pretty(&result.json()).unwrap_or_else(|_| "null".into());
            self.out(format!("{text}\n").as_bytes());
            return;
        }
        let blocks = if self.quiet {
            result.quiet().unwrap_or_else(|| result.human())
        } else {
            result.human()
        };
        for block in blocks {
            match block {
                Block::Table { headers, rows } => self.table(&headers, &rows),
                Block::Raw(bytes) => self.out(&bytes),
                Block::Value(mut bytes) => {
                    if std::io::stdout().is_terminal() && !bytes.ends_with(b"\n") {
                        bytes.push(b'\n');
                    }
                    self.out(&bytes);
                }
                Block::Status(text) => {
                    if !self.quiet {
                        Self::err_line(&escape(&text));
                    }
                }
            }
        }
    }

    /// The warnings and notes a command collected. Warnings show even with `--quiet`: they
    /// are about data being read differently.
    pub fn notes(&self, notes: &Notes) {
        for (level, text) in notes.take() {
            let text = escape(&text);
            match level {
                Level::Warning => Self::err_line(&format!("{WARN}warning{WARN:#}: {text}")),
                Level::Note if !self.quiet => {
                    Self::err_line(&format!("{NOTE}note{NOTE:#}: {text}"));
                }
                Level::Status if !self.quiet => Self::err_line(&text),
                Level::Note | Level::Status => {}
            }
        }
    }

    fn table(&self, headers: &[&str], rows: &[Vec<String>]) {
        let mut table = comfy_table::Table::new();
        table.load_preset(comfy_table::presets::NOTHING);
        table.set_header(
            headers
                .iter()
                .map(|h| comfy_table::Cell::new(h.to_uppercase())),
        );
        for row in rows {
            table.add_row(row.iter().map(|c| escape(c)));
        }
        for column in table.column_iter_mut() {
            column.set_padding((0, 2));
        }
        let text = table.to_string();
        let text: Vec<&str> = text.lines().map(str::trim_end).collect();
        self.out(format!("{}\n", text.join("\n")).as_bytes());
    }

    /// A progress bar with ETA on stderr; hidden when stderr is not a terminal or --quiet.
    pub fn progress(&self, len: u64, what: &str) -> indicatif::ProgressBar {
        if self.quiet || !std::io::stderr().is_terminal() {
            return indicatif::ProgressBar::hidden();
        }
        let bar = indicatif::ProgressBar::new(len);
        bar.set_style(
            indicatif::ProgressStyle::with_template(
                "{msg} [{bar:30}] {pos}/{len} ({rate}/s, ETA {eta})",
            )
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar())
            // Whole items per second: decimals only flicker.
            .with_key(
                "rate",
                |state: &indicatif::ProgressState, w: &mut dyn std::fmt::Write| {
                    let _ = write!(w, "{:.0}", state.per_sec());
                },
            )
            .progress_chars("=> "),
        );
        bar.set_message(what.to_owned());
        bar
    }

    /// A line while a command works, even when stderr is not a terminal.
    pub fn live(&self, text: &str) {
        if !self.quiet {
            Self::err_line(&escape(text));
        }
    }

    #[allow(clippy::unused_self)] // the printer is the one place that writes, errors included
    pub fn error(&self, e: &Error) {
        Self::err_line(&format!("{ERROR}error{ERROR:#}: {}", escape(&e.message)));
        if !e.causes.is_empty() {
            Self::err_line("Caused by:");
            for c in &e.causes {
                Self::err_line(&format!("  {}", escape(c)));
            }
        }
        if let Some(h) = &e.hint {
            Self::err_line(&format!("{NOTE}hint{NOTE:#}: {}", escape(h)));
        }
    }
}

/// Characters that reorder or hide text on a terminal (bidirectional controls, invisible
/// marks), shown escaped like control characters.
fn is_deceptive(c: char) -> bool {
    matches!(c,
        '\u{061c}' | '\u{200b}'..='\u{200f}' | '\u{2028}'..='\u{202e}' | '\u{2060}'..='\u{2069}'
        | '\u{feff}')
}

/// Control characters and bidirectional controls from remote or user strings are shown
/// escaped, never interpreted.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() || is_deceptive(c) => {
                out.push_str(&c.escape_unicode().to_string());
            }
            c => out.push(c),
        }
    }
    out
}

/// `YYYY-MM-DDTHH:MM:SSZ` (UTC).
pub fn date(t: SystemTime) -> String {
    humantime::format_rfc3339_seconds(t).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_and_escapes() {
        assert_eq!(
            date(SystemTime::UNIX_EPOCH + std::time::Duration::from_secs(1_795_000_000)),
            "2026-11-18T11:06:40Z"
        );
        assert_eq!(escape("a\u{1b}[31m\nb"), "a\\u{1b}[31m\\nb");
        assert_eq!(escape("x\u{202e}y\u{7}"), "x\\u{202e}y\\u{7}");
    }
}
