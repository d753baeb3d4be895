//! The one printer: data to stdout, everything else to stderr. Tables for people, JSON for
//! scripts, remote strings escaped before they reach a terminal.

use std::io::{IsTerminal, Write};
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{SystemTime, UNIX_EPOCH};

use anstyle::{AnsiColor, Style};

use crate::cli::OutputFormat;
use crate::error::Error;

/// What stands in for a password in tables and JSON without `--reveal`.
pub const MASK: &str = "****";

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
        if let Err(e) = out.write_all(bytes).and_then(|()| out.flush()) {
            if e.kind() == std::io::ErrorKind::BrokenPipe {
                self.broken_pipe.store(true, Ordering::Relaxed);
            }
        }
    }

    fn err_line(text: &str) {
        let mut err = anstream::stderr().lock();
        let _ = writeln!(err, "{text}");
    }

    /// Bytes exactly as given (a variable's value).
    pub fn raw(&self, bytes: &[u8]) {
        self.out(bytes);
    }

    /// One line of data.
    pub fn line(&self, text: &str) {
        self.out(format!("{text}\n").as_bytes());
    }

    pub fn json(&self, value: &serde_json::Value) {
        let text = serde_json::to_string_pretty(value).unwrap_or_else(|_| "null".into());
        self.line(&text);
    }

    /// A table; every cell is escaped for the terminal.
    pub fn table(&self, headers: &[&str], rows: &[Vec<String>]) {
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
        self.line(&text.join("\n"));
    }

    /// A progress bar with ETA on stderr; hidden when stderr is not a terminal or --quiet.
    pub fn progress(&self, len: u64, what: &str) -> indicatif::ProgressBar {
        if self.quiet || !std::io::stderr().is_terminal() {
            return indicatif::ProgressBar::hidden();
        }
        let bar = indicatif::ProgressBar::new(len);
        bar.set_style(
            indicatif::ProgressStyle::with_template(
                "{msg} [{bar:30}] {pos}/{len} ({per_sec}, ETA {eta})",
            )
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar())
            .progress_chars("=> "),
        );
        bar.set_message(what.to_owned());
        bar
    }

    /// Progress and outcomes for people (hidden by --quiet).
    pub fn status(&self, text: &str) {
        if !self.quiet {
            Self::err_line(text);
        }
    }

    pub fn note(&self, text: &str) {
        if !self.quiet {
            Self::err_line(&format!("{NOTE}note{NOTE:#}: {text}"));
        }
    }

    /// Warnings are shown even with --quiet: they are about data being read differently.
    pub fn warn(&self, text: &str) {
        Self::err_line(&format!("{WARN}warning{WARN:#}: {text}"));
    }

    pub fn error(&self, e: &Error) {
        Self::err_line(&format!("{ERROR}error{ERROR:#}: {}", e.message));
        if !e.causes.is_empty() {
            Self::err_line("Caused by:");
            for c in &e.causes {
                Self::err_line(&format!("  {c}"));
            }
        }
        if let Some(h) = &e.hint {
            Self::err_line(&format!("{NOTE}hint{NOTE:#}: {h}"));
        }
    }
}

/// Control characters from remote or user strings are shown escaped, never interpreted.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => out.push_str(&c.escape_unicode().to_string()),
            c => out.push(c),
        }
    }
    out
}

/// `YYYY-MM-DDTHH:MM:SSZ` (UTC).
#[allow(clippy::many_single_char_names)]
pub fn date(t: SystemTime) -> String {
    let secs = t.duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs());
    let days = i64::try_from(secs / 86_400).unwrap_or(0);
    let rem = secs % 86_400;
    // Civil-from-days (Howard Hinnant's algorithm).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}Z",
        rem / 3600,
        (rem % 3600) / 60,
        rem % 60
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_and_escapes() {
        assert_eq!(
            date(UNIX_EPOCH + std::time::Duration::from_secs(1_795_000_000)),
            "2026-11-18T11:06:40Z"
        );
        assert_eq!(escape("a\u{1b}[31m\nb"), "a\\u{1b}[31m\\nb");
    }
}
