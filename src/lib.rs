//! airsecrets: administer Airflow variables and connections in AWS Secrets Manager.
//!
//! Data flows one way: parse (`cli`) -> resolve (`settings`) -> plan (`plan`) -> act
//! (`commands` over `store`) -> print (`output`).

pub mod airflow;
pub mod cli;
pub mod commands;
pub mod error;
pub mod output;
pub mod plan;
pub mod settings;
pub mod store;

use std::collections::BTreeMap;
use std::ffi::OsString;
use std::io::IsTerminal;
use std::process::ExitCode;

use clap::Parser;

use crate::cli::{Cli, ColorChoice, Command};
use crate::error::{Error, ExitStatus, Result};
use crate::output::Printer;
use crate::settings::Settings;
use crate::store::SecretStore;

/// Runs the command line and returns the process exit code.
pub fn main(args: impl IntoIterator<Item = OsString>) -> ExitCode {
    let cli = match Cli::try_parse_from(args) {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return if e.use_stderr() {
                ExitStatus::Usage.into()
            } else {
                ExitStatus::Success.into()
            };
        }
    };
    init_color(cli.global.color);
    init_tracing(cli.global.verbose);
    let printer = Printer::new(cli.global.output, cli.global.quiet);
    let status = run(&cli, &printer);
    finish(&printer, status)
}

fn finish(printer: &Printer, result: Result<ExitStatus>) -> ExitCode {
    match result {
        Ok(_) if printer.broken_pipe() => ExitStatus::Success.into(),
        Ok(status) => status.into(),
        Err(e) => {
            printer.error(&e);
            e.status.into()
        }
    }
}

fn init_color(choice: ColorChoice) {
    let choice = match choice {
        ColorChoice::Auto => anstream::ColorChoice::Auto,
        ColorChoice::Always => anstream::ColorChoice::Always,
        ColorChoice::Never => anstream::ColorChoice::Never,
    };
    choice.write_global();
}

/// `-v` shows our AWS calls and the SDK's retries and throttling; `-vv` the SDK's debug log.
/// Never trace level: that is where request bodies, and so secret values, would appear.
fn init_tracing(verbose: u8) {
    let directives = match verbose {
        0 => return,
        1 => "airsecrets=info,aws_smithy_runtime::client::retries::strategy=debug",
        _ => "airsecrets=debug,aws_smithy_runtime=debug,aws_config=debug",
    };
    let _ = tracing_subscriber::fmt()
        .with_env_filter(tracing_subscriber::EnvFilter::new(directives))
        .with_writer(std::io::stderr)
        .without_time()
        .with_ansi(
            anstream::ColorChoice::global() != anstream::ColorChoice::Never
                && std::io::stderr().is_terminal(),
        )
        .try_init();
}

fn run(cli: &Cli, printer: &Printer) -> Result<ExitStatus> {
    if let Command::Generate(g) = &cli.command {
        return commands::generate::run(&g.out_dir);
    }
    let env: BTreeMap<String, String> = std::env::vars_os()
        .filter_map(|(k, v)| Some((k.into_string().ok()?, v.into_string().ok()?)))
        .collect();
    let interactive = std::io::stdin().is_terminal() && std::io::stderr().is_terminal();
    let (settings, warnings) = Settings::resolve(&cli.global, &env, interactive)?;
    for w in &warnings {
        printer.warn(w);
    }
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| Error::failure(format!("cannot start the async runtime: {e}")))?;
    runtime.block_on(async {
        let store =
            SecretStore::connect(&settings.aws, matches!(cli.command, Command::Migrate(_))).await;
        dispatch(&settings, &store, printer, &cli.command).await
    })
}

async fn dispatch(
    settings: &Settings,
    store: &SecretStore,
    printer: &Printer,
    command: &Command,
) -> Result<ExitStatus> {
    match command {
        Command::PutVariable(a) => commands::put_variable::run(settings, store, printer, a).await,
        Command::PutConnection(a) => {
            commands::put_connection::run(settings, store, printer, a).await
        }
        Command::Get(a) => commands::get::run(settings, store, printer, a).await,
        Command::List(a) => commands::list::run(settings, store, printer, a).await,
        Command::Delete(a) => commands::delete::run(settings, store, printer, a).await,
        Command::Migrate(a) => commands::migrate::run(settings, store, printer, a).await,
        Command::Generate(g) => commands::generate::run(&g.out_dir),
    }
}
