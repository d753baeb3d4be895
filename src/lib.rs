//! airsecrets: administer Airflow variables and connections in AWS Secrets Manager.
//!
//! Data flows one way: parse (`cli`) -> resolve (`settings`, `validate`) -> plan (`plan`) ->
//! act (`execute` for every write, `store` for every call) -> print (`output`, the only module
//! that writes to the terminal). `commands` wires these together and returns typed results;
//! `airflow` is the pure core, and the only public module besides `main`.

pub mod airflow;
mod cli;
mod commands;
mod dags;
mod diagnose;
mod error;
mod execute;
mod inventory;
mod output;
mod pace;
mod plan;
mod safe_file;
mod settings;
mod store;
mod validate;

/// The completions and man page, generated from the command line (for the drift test).
pub fn generated_files() -> Vec<(String, Vec<u8>)> {
    commands::generate::files()
}

use std::collections::BTreeMap;
use std::ffi::OsString;
use std::io::IsTerminal;
use std::process::ExitCode;

use crate::cli::{Cli, ColorChoice, Command};
use crate::error::{Error, ExitStatus, Result};
use crate::output::{Notes, Printer};
use crate::settings::Settings;
use crate::store::SecretStore;

/// Runs the command line and returns the process exit code.
pub fn main(args: impl IntoIterator<Item = OsString>) -> ExitCode {
    let parsed = cli::command()
        .try_get_matches_from(args)
        .and_then(|m| <Cli as clap::FromArgMatches>::from_arg_matches(&m));
    let cli = match parsed {
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
    let notes = Notes::default();
    let (settings, warnings) = Settings::resolve(&cli.global, &env, interactive)?;
    for w in warnings {
        notes.warn(w);
    }
    // Computed from the settings (and files) alone: no AWS client, no credentials needed.
    let offline = match &cli.command {
        Command::IamPolicy(a) => Some(commands::iam_policy::run(&settings, &notes, a)),
        Command::Cost(a) if !a.stored => Some(commands::cost::run_offline(&settings, &notes, a)),
        _ => None,
    };
    if let Some(result) = offline {
        printer.notes(&notes);
        let output = result?;
        printer.render(output.body.as_ref());
        return output.then;
    }
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| Error::failure(format!("cannot start the async runtime: {e}")))?;
    let result = runtime.block_on(async {
        let store = SecretStore::connect(&settings.aws)
            .await
            .map_err(|why| Error::usage(why).hint("see `airsecrets --help`, Global options"))?;
        let ctx = commands::Ctx::new(&settings, &store, &notes, printer);
        dispatch(&ctx, &cli.command).await
    });
    printer.notes(&notes);
    let output = result?;
    printer.render(output.body.as_ref());
    output.then
}

async fn dispatch(ctx: &commands::Ctx<'_>, command: &Command) -> Result<commands::Output> {
    match command {
        Command::PutVariable(a) => commands::put_variable::run(ctx, a).await,
        Command::PutConnection(a) => commands::put_connection::run(ctx, a).await,
        Command::Get(a) => commands::get::run(ctx, a).await,
        Command::List(a) => commands::list::run(ctx, a).await,
        Command::Delete(a) => commands::delete::run(ctx, a).await,
        Command::Migrate(a) => commands::migrate::run(ctx, a).await,
        Command::Diff(a) => commands::diff::run(ctx, a).await,
        Command::Export(a) => commands::export::run(ctx, a).await,
        Command::Doctor(a) => commands::doctor::run(ctx, a).await,
        Command::History(a) => commands::history::run(ctx, a).await,
        Command::Rollback(a) => commands::rollback::run(ctx, a).await,
        Command::Restore(a) => commands::restore::run(ctx, a).await,
        Command::Exec(a) => commands::exec::run(ctx, a).await,
        Command::Cost(a) => commands::cost::run(ctx, a).await,
        Command::Generate(_) | Command::IamPolicy(_) => {
            Err(Error::usage("this command runs without AWS"))
        }
    }
}
