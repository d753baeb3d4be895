//! The command line, as clap derive structs. Doc comments are the help text.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

/// Administer Apache Airflow variables and connections in AWS Secrets Manager, exactly as
/// Airflow's SecretsManagerBackend reads them.
#[derive(Debug, Parser)]
#[command(
    name = "airsecrets",
    version,
    propagate_version = true,
    max_term_width = 100
)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,
    #[command(subcommand)]
    pub command: Command,
}

/// Options every command takes.
#[derive(Debug, Args)]
#[command(next_help_heading = "Global options")]
pub struct GlobalArgs {
    /// AWS profile (otherwise the standard AWS chain: env, profiles, SSO, web identity, IMDS)
    #[arg(long, global = true, value_name = "NAME")]
    pub profile: Option<String>,
    /// AWS region
    #[arg(long, global = true, value_name = "REGION")]
    pub region: Option<String>,
    /// Secrets Manager endpoint (AWS_ENDPOINT_URL[_SECRETS_MANAGER] work too)
    #[arg(long, global = true, value_name = "URL")]
    pub endpoint_url: Option<String>,
    /// Assume this IAM role for every call
    #[arg(long, global = true, value_name = "ARN")]
    pub role_arn: Option<String>,
    /// SecretsManagerBackend kwargs as JSON, over AIRFLOW__SECRETS__BACKEND_KWARGS
    #[arg(long, global = true, value_name = "JSON")]
    pub backend_kwargs: Option<String>,
    /// Connections prefix (default `airflow/connections`)
    #[arg(long, global = true, value_name = "PREFIX")]
    pub connections_prefix: Option<String>,
    /// Variables prefix (default `airflow/variables`)
    #[arg(long, global = true, value_name = "PREFIX")]
    pub variables_prefix: Option<String>,
    /// Separator between prefix and key (default `/`)
    #[arg(long, global = true, value_name = "SEP")]
    pub sep: Option<String>,
    /// Output format: tables for people, json for scripts
    #[arg(short, long, global = true, value_enum, default_value_t = OutputFormat::Table)]
    pub output: OutputFormat,
    /// Answer yes to confirmations (required when not interactive)
    #[arg(short, long, global = true)]
    pub yes: bool,
    /// Print only data and errors
    #[arg(short, long, global = true)]
    pub quiet: bool,
    /// Show AWS calls, retries and throttling (-vv: more); never secret values
    #[arg(short, long, global = true, action = clap::ArgAction::Count)]
    pub verbose: u8,
    /// Colour: auto honours NO_COLOR and terminals
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,
    /// Treat warnings as errors
    #[arg(long, global = true)]
    pub strict: bool,
    /// The Airflow line whose rules apply where the lines differ
    #[arg(long, global = true, value_enum, default_value_t = AirflowVersion::V3)]
    pub airflow_version: AirflowVersion,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OutputFormat {
    Table,
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum AirflowVersion {
    #[value(name = "3")]
    V3,
    #[value(name = "2")]
    V2,
}

/// Examples per command, shown after `--help` and in the man pages.
pub const EXAMPLES: &[(&str, &str)] = &[
    (
        "put-variable",
        "  # from a CI secret, never on the command line
  printf %s \"$ENV_NAME\" | airsecrets put-variable env_name -
  airsecrets put-variable feature_flags --from-file flags.json --require-json
  airsecrets put-variable region --from-env AWS_REGION",
    ),
    (
        "put-connection",
        "  # a new connection, password on stdin
  printf %s \"$PG_PASSWORD\" | airsecrets put-connection pg_main --conn-type postgres \\
      --host db.internal --login app --port 5432 --schema sales --password-stdin
  # change one field, keep the rest
  airsecrets put-connection pg_main --host db2.internal --merge
  # copy a connection from another deployment
  airsecrets --profile old get conn pg_main --as uri | airsecrets put-connection pg_main --uri -
  # one secret that Airflow and AWS's RDS rotation both read exactly
  airsecrets put-connection pg_main --merge --compat rds",
    ),
    (
        "get",
        "  airsecrets get var env_name
  airsecrets get conn pg_main                 # password and secret extra values masked
  airsecrets get conn pg_main --reader sdk    # as a running task reads it
  eval \"$(airsecrets get conn pg_main --as env)\"",
    ),
    (
        "list",
        "  airsecrets list
  airsecrets list conn 'prod_*' --long
  airsecrets -q list var                      # names only, one per line",
    ),
    (
        "delete",
        "  airsecrets delete var env_name             # asks first; recoverable for 30 days
  airsecrets delete conn old_db --force --yes  # at once, in a script",
    ),
    (
        "migrate",
        "  # export from Airflow, look at the plan, then write
  airflow variables export variables.json && airflow connections export connections.json
  airsecrets migrate --variables variables.json --connections connections.json --dry-run
  airsecrets migrate --variables variables.json --connections connections.json --report report.json",
    ),
    (
        "iam-policy",
        "  # what Airflow's role needs, for the prefixes in AIRFLOW__SECRETS__BACKEND_KWARGS
  airsecrets iam-policy --for airflow > airflow-secrets-policy.json
  # what an operator of airsecrets needs, with a customer managed KMS key
  airsecrets iam-policy --for admin --kms-key-arn arn:aws:kms:eu-west-1:123456789012:key/abcd",
    ),
    (
        "diff",
        "  # drift between the files in git and the deployment, in CI
  airsecrets diff --variables variables.json --connections connections.yaml --exit-code
  # which fields differ, with their values (to a terminal you trust)
  airsecrets diff --connections connections.json --reveal",
    ),
    (
        "export",
        "  # the whole deployment, as Airflow's own export files (mode 0600)
  airsecrets export --variables variables.json --connections connections.json
  airsecrets export --connections connections.yaml --connections-format yaml --force
  airsecrets export --connections - --connections-format env    # to stdout",
    ),
    (
        "doctor",
        "  airsecrets doctor
  airsecrets doctor connections -o json       # for CI
  airsecrets doctor --fail-on warning         # exit 1 on warnings too",
    ),
    (
        "history",
        "  airsecrets history conn pg_main             # versions, stages, which fields changed
  airsecrets history var feature_flags --reveal
  airsecrets history conn pg_main -o json",
    ),
    (
        "rollback",
        "  # a rotation broke the deploy: make the previous version current again
  airsecrets rollback conn pg_main
  airsecrets rollback var feature_flags --to 6e32dabb-6234-4d23-9e26-b3007d095791 --yes
  airsecrets rollback conn pg_main --dry-run   # what each reader would read, nothing moved",
    ),
    (
        "restore",
        "  airsecrets restore conn old_db              # cancels a scheduled deletion",
    ),
    (
        "exec",
        "  # run a DAG locally with the deployment's connections, no backend configured
  airsecrets exec --connection pg_main --variable env_name -- airflow dags test sales_daily
  airsecrets exec --all -- python my_script.py
  airsecrets exec --all --override -- python my_script.py   # replace AIRFLOW_* already set",
    ),
    (
        "cost",
        "  airsecrets cost --dags dags/
  airsecrets cost --dags dags/ --cache-ttl 900 --budget 20 -o json   # in CI
  airsecrets cost --dags dags/ --stored      # which looked-up keys Secrets Manager holds

How it counts: each lookup that runs when the file is parsed (module level, default_args,
DAG(...) and operator arguments, top-level loops, functions called at module level, the body
of a @dag function called at module level; not task callables, @task bodies, lambdas,
templates or `if __name__ == \"__main__\"`) and that reaches Secrets Manager (its kind's
prefix is not null and its lookup pattern matches; a key that is not a literal counts) makes
  calls a month = 2,592,000 s (30 days) / parse interval
and with Airflow's secrets cache (one cache for all parsing, keyed by variable key or
connection id) each distinct key makes
  calls a month = 2,592,000 s / max(parse interval, cache TTL)
however many lookups and files use it (per file when the TTL is shorter than the interval); the dollars are calls x price / 10,000. Files
Airflow's safe mode skips (those that do not contain both `airflow` and `dag`) count
nothing; a file that cannot be analysed makes the total a lower bound (and `--budget`
fails). Not counted: the same lookups when a task runs (each task run imports its DAG file
again), and extra DAG processors.",
    ),
];

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Create or update a variable
    #[command(after_help = examples_help(0))]
    PutVariable(PutVariableArgs),
    /// Create or update a connection
    #[command(after_help = examples_help(1))]
    PutConnection(Box<PutConnectionArgs>),
    /// Print a variable or a connection as Airflow reads it
    #[command(after_help = examples_help(2))]
    Get(GetArgs),
    /// List variables and connections (names only, never values)
    #[command(after_help = examples_help(3))]
    List(ListArgs),
    /// Delete a variable or a connection
    #[command(after_help = examples_help(4))]
    Delete(DeleteArgs),
    /// Import Airflow export files: plan first, then write
    #[command(after_help = examples_help(5))]
    Migrate(Box<MigrateArgs>),
    /// Compare export files with the deployment: what `migrate` would change
    #[command(after_help = examples_help(7))]
    Diff(Box<DiffArgs>),
    /// Write the deployment as Airflow's own export files
    #[command(after_help = examples_help(8))]
    Export(ExportArgs),
    /// Find every secret Airflow would not read as meant, and what to do about it
    #[command(after_help = examples_help(9))]
    Doctor(DoctorArgs),
    /// Print the least-privilege IAM policy for the resolved prefixes
    #[command(after_help = examples_help(6))]
    IamPolicy(IamPolicyArgs),
    /// Every version of a variable or connection, newest first, and what changed
    #[command(after_help = examples_help(10))]
    History(HistoryArgs),
    /// Make an earlier version of a variable or connection current again
    #[command(after_help = examples_help(11))]
    Rollback(RollbackArgs),
    /// Cancel the scheduled deletion of a variable or connection
    #[command(after_help = examples_help(12))]
    Restore(RestoreArgs),
    /// Run a command with variables and connections in its environment, as Airflow reads them
    #[command(after_help = examples_help(13))]
    Exec(ExecArgs),
    /// Estimate the Secrets Manager calls and dollars that parsing the DAG files costs
    #[command(after_help = examples_help(14))]
    Cost(CostArgs),
    /// Write shell completions and the man page (for packagers)
    #[command(hide = true)]
    Generate(GenerateArgs),
}

/// The text after a command's `--help`: its examples, and where the global options are.
fn examples_help(i: usize) -> String {
    format!(
        "Examples:\n{}\n\nGlobal options (--profile, --region, --endpoint-url, -o json, -q, -v, --strict, ...):\nsee `airsecrets --help`.",
        EXAMPLES[i].1
    )
}

/// The command line, with the global options listed once, under `airsecrets --help`: each
/// subcommand holds a hidden copy of them (clap then skips propagating its own visible copy),
/// so they are still taken after the subcommand, and its help points to the top instead.
pub fn command() -> clap::Command {
    use clap::CommandFactory;
    fn add(cmd: clap::Command, globals: &[clap::Arg]) -> clap::Command {
        let mut cmd = cmd.after_long_help(None::<&str>);
        for a in globals {
            cmd = cmd.arg(a.clone().global(false).hide(true));
        }
        let names: Vec<String> = cmd
            .get_subcommands()
            .map(|s| s.get_name().to_owned())
            .collect();
        for name in names {
            cmd = cmd.mut_subcommand(name, |sc| add(sc, globals));
        }
        cmd
    }
    let cmd = Cli::command();
    let globals: Vec<clap::Arg> = cmd
        .get_arguments()
        .filter(|a| a.is_global_set())
        .cloned()
        .collect();
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_owned())
        .collect();
    let mut cmd = cmd;
    for name in names {
        cmd = cmd.mut_subcommand(name, |sc| add(sc, &globals));
    }
    // The commands that share `Item` say what they do to it.
    for (parent, verb) in [
        ("delete", "Delete"),
        ("history", "Every version of"),
        ("rollback", "Roll back"),
        ("restore", "Restore"),
    ] {
        cmd = cmd.mut_subcommand(parent, |p| {
            p.mut_subcommand("variable", |c| c.about(format!("{verb} a variable")))
                .mut_subcommand("connection", |c| c.about(format!("{verb} a connection")))
        });
    }
    cmd
}

/// Options shared by the commands that write a secret.
#[derive(Debug, Args)]
pub struct WriteArgs {
    /// Tag the secret, KEY=VALUE (repeatable; put-* also changes an existing secret's tags,
    /// migrate tags only the secrets it creates)
    #[arg(long = "tag", value_name = "KEY=VALUE")]
    pub tags: Vec<String>,
    /// KMS key that encrypts the secret (put-* also changes an existing secret's key, migrate
    /// sets it only on the secrets it creates)
    #[arg(long, value_name = "KEY_ID")]
    pub kms_key_id: Option<String>,
    /// Restore the secret first if it is scheduled for deletion
    #[arg(long)]
    pub restore: bool,
    /// With a null prefix, write the secret named exactly KEY although Airflow never reads it
    #[arg(long)]
    pub airflow_will_not_read: bool,
}

/// What only `put-*` changes on an existing secret.
#[derive(Debug, Args)]
pub struct UntagArgs {
    /// Remove this tag from an existing secret (repeatable)
    #[arg(long = "untag", value_name = "KEY")]
    pub untags: Vec<String>,
}

#[derive(Debug, Args)]
pub struct PutVariableArgs {
    /// The variable's key
    pub key: String,
    /// The value (`-` reads stdin); without any source, a hidden prompt when interactive
    pub value: Option<String>,
    /// Read the value from stdin
    #[arg(long, conflicts_with_all = ["value", "from_file", "from_env"])]
    pub stdin: bool,
    /// Read the value from a file
    #[arg(long, value_name = "PATH", conflicts_with_all = ["value", "from_env"])]
    pub from_file: Option<PathBuf>,
    /// Read the value from an environment variable
    #[arg(long, value_name = "NAME", conflicts_with = "value")]
    pub from_env: Option<String>,
    /// Keep one trailing newline of stdin or file input
    #[arg(long)]
    pub keep_newline: bool,
    /// Require the value to parse as JSON (for `Variable.get(deserialize_json=True)`)
    #[arg(long, alias = "json")]
    pub require_json: bool,
    /// The secret's description (changed on an existing secret too)
    #[arg(long)]
    pub description: Option<String>,
    #[command(flatten)]
    pub write: WriteArgs,
    #[command(flatten)]
    pub untag: UntagArgs,
}

/// Another consumer of a connection secret, whose keys `--compat` adds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CompatChoice {
    /// AWS's RDS rotation functions: engine, host, username, password, dbname, port
    Rds,
    /// Datagrok: server, db, login, password, port
    Datagrok,
}

impl CompatChoice {
    pub fn consumer(self) -> crate::airflow::compat::Consumer {
        use crate::airflow::compat::Consumer;
        match self {
            CompatChoice::Rds => Consumer::Rds,
            CompatChoice::Datagrok => Consumer::Datagrok,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum StoreFormat {
    Uri,
    Json,
}

/// A connection field that `--unset` clears.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ConnField {
    Host,
    Login,
    Password,
    Schema,
    Port,
    Extra,
    Description,
}

#[derive(Debug, Args)]
pub struct PutConnectionArgs {
    /// The connection id
    pub conn_id: String,
    /// The connection as an Airflow URI (`-` reads stdin)
    #[arg(long, visible_alias = "conn-uri", value_name = "URI", conflicts_with_all = ["json", "conn_type", "host", "login", "schema", "port", "extra", "merge", "unset"])]
    pub uri: Option<String>,
    /// The connection as Airflow's --conn-json object (`-` reads stdin)
    #[arg(long, visible_alias = "conn-json", value_name = "JSON", conflicts_with_all = ["conn_type", "host", "login", "schema", "port", "extra", "merge", "unset"])]
    pub json: Option<String>,
    /// Connection type, e.g. postgres, aws, http (required for a new connection)
    #[arg(long)]
    pub conn_type: Option<String>,
    /// Host
    #[arg(long, visible_alias = "conn-host")]
    pub host: Option<String>,
    /// Login (user name)
    #[arg(long, visible_alias = "conn-login")]
    pub login: Option<String>,
    /// Schema (database)
    #[arg(long, visible_alias = "conn-schema")]
    pub schema: Option<String>,
    /// Port
    #[arg(long, visible_alias = "conn-port")]
    pub port: Option<u16>,
    /// Extra as a JSON object, kept byte for byte (`-` reads stdin)
    #[arg(long, visible_alias = "conn-extra", value_name = "JSON")]
    pub extra: Option<String>,
    /// Description; the backend never reads it, so it becomes the secret's description
    #[arg(long, visible_alias = "conn-description")]
    pub description: Option<String>,
    /// Read the password from stdin
    #[arg(long, conflicts_with_all = ["password_file", "password_env", "password_prompt"])]
    pub password_stdin: bool,
    /// Read the password from a file
    #[arg(long, value_name = "PATH", conflicts_with_all = ["password_env", "password_prompt"])]
    pub password_file: Option<PathBuf>,
    /// Read the password from an environment variable
    #[arg(long, value_name = "NAME", conflicts_with = "password_prompt")]
    pub password_env: Option<String>,
    /// Ask for the password (hidden)
    #[arg(long)]
    pub password_prompt: bool,
    /// With field flags on an existing connection: change only the given fields
    #[arg(long, conflicts_with = "replace")]
    pub merge: bool,
    /// With field flags on an existing connection: replace it with exactly the given fields
    #[arg(long)]
    pub replace: bool,
    /// With --merge: clear this field (repeatable)
    #[arg(long, value_enum, value_name = "FIELD", requires = "merge")]
    pub unset: Vec<ConnField>,
    /// How the secret is stored [default: uri; with --merge, the form it is stored in;
    /// with --compat, json]
    #[arg(long, value_enum)]
    pub format: Option<StoreFormat>,
    /// Also write the keys this other reader of the secret reads, in an order that keeps
    /// every Airflow reader's reading exact (repeatable; stores JSON)
    #[arg(long, value_enum, value_name = "CONSUMER")]
    pub compat: Vec<CompatChoice>,
    #[command(flatten)]
    pub write: WriteArgs,
    #[command(flatten)]
    pub untag: UntagArgs,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReaderChoice {
    /// Airflow 3 scheduler, API server, UI and CLI
    Core,
    /// Airflow 3 running tasks
    Sdk,
    /// Airflow 2.10
    Airflow2,
}

impl ReaderChoice {
    /// The chosen reader, or the deployment's core reader (Airflow 3 core, or 2.10).
    pub fn or_core(
        choice: Option<ReaderChoice>,
        line: crate::airflow::variable::AirflowLine,
    ) -> crate::airflow::Reader {
        use crate::airflow::Reader;
        match choice {
            Some(ReaderChoice::Core) => Reader::Core,
            Some(ReaderChoice::Sdk) => Reader::Sdk,
            Some(ReaderChoice::Airflow2) => Reader::Airflow2,
            None => line.core_reader(),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ConnForm {
    /// Airflow's URI form
    Uri,
    /// Airflow's JSON form
    Json,
    /// `export AIRFLOW_CONN_<ID>='...'`, quoted for a POSIX shell (`eval` or `source` it)
    Env,
    /// `AIRFLOW_CONN_<ID>=...` unquoted, for env files (docker, compose, systemd)
    Dotenv,
}

#[derive(Debug, Args)]
pub struct GetArgs {
    #[command(subcommand)]
    pub what: GetWhat,
}

#[derive(Debug, Subcommand)]
pub enum GetWhat {
    /// Print a variable's value, byte-exact
    #[command(visible_alias = "var")]
    Variable {
        /// The variable's key
        key: String,
    },
    /// Print a connection's fields as Airflow sees them
    #[command(visible_alias = "conn")]
    Connection {
        /// The connection id
        conn_id: String,
        /// Show the password
        #[arg(long)]
        reveal: bool,
        /// Print it in this Airflow form, unmasked (for scripts)
        #[arg(long = "as", value_enum, value_name = "FORM")]
        as_form: Option<ConnForm>,
        /// Whose reading to show (default: core for Airflow 3, airflow2 for 2)
        #[arg(long, value_enum)]
        reader: Option<ReaderChoice>,
    },
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// `variables` or `connections` (`var`, `conn`; default: both), then a glob PATTERN that
    /// keys must match (`*` and `?`), e.g. `list conn 'prod_*'`
    #[arg(value_name = "KIND] [PATTERN", num_args = 0..=2)]
    pub what: Vec<String>,
    /// Include secrets scheduled for deletion
    #[arg(long)]
    pub include_deleted: bool,
    /// Also show each connection's type, host and port (read in bulk)
    #[arg(short, long)]
    pub long: bool,
}

#[derive(Debug, Args)]
pub struct DeleteArgs {
    #[command(subcommand)]
    pub what: Item,
    /// Days Secrets Manager keeps it recoverable (7 to 30)
    #[arg(long, global = true, value_name = "DAYS", value_parser = clap::value_parser!(i64).range(7..=30), conflicts_with = "force")]
    pub recovery_window_days: Option<i64>,
    /// Delete at once, without a recovery window
    #[arg(long, global = true)]
    pub force: bool,
    /// With a null prefix, delete the secret named exactly KEY although Airflow never reads it
    #[arg(long, global = true)]
    pub airflow_will_not_read: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum IfExists {
    Fail,
    Skip,
    Overwrite,
}

impl From<IfExists> for crate::plan::IfExists {
    fn from(choice: IfExists) -> Self {
        match choice {
            IfExists::Fail => Self::Fail,
            IfExists::Skip => Self::Skip,
            IfExists::Overwrite => Self::Overwrite,
        }
    }
}

/// The export files `migrate` and `diff` read.
#[derive(Debug, Args)]
pub struct SourceFiles {
    /// An `airflow variables export` file: .json, .yaml/.yml or .env (repeatable)
    #[arg(long = "variables", value_name = "FILE")]
    pub variables: Vec<PathBuf>,
    /// An `airflow connections export` file: .json, .yaml/.yml or .env (repeatable)
    #[arg(long = "connections", value_name = "FILE")]
    pub connections: Vec<PathBuf>,
}

#[derive(Debug, Args)]
pub struct MigrateArgs {
    #[command(flatten)]
    pub sources: SourceFiles,
    /// What to do when a secret exists with a different value
    #[arg(long, value_enum, default_value_t = IfExists::Fail)]
    pub if_exists: IfExists,
    /// Print the plan and write nothing
    #[arg(long)]
    pub dry_run: bool,
    /// Write the valid items and list the invalid ones
    #[arg(long)]
    pub skip_invalid: bool,
    /// Writes in flight at once
    #[arg(long, default_value_t = 8, value_parser = clap::value_parser!(u16).range(1..=64))]
    pub concurrency: u16,
    /// Writes per second per operation: Secrets Manager's default quota is 50; raise it if
    /// your account's quota is higher
    #[arg(long, default_value_t = 50, value_parser = clap::value_parser!(u16).range(1..))]
    pub rate: u16,
    /// Rounds of retries per item after throttling or a transient failure, each making up to
    /// AWS_MAX_ATTEMPTS (default 3) attempts: at most rounds x attempts writes per item
    #[arg(long, value_name = "N", default_value_t = 3, value_parser = clap::value_parser!(u8).range(1..=10))]
    pub retry_rounds: u8,
    /// Seconds one item may take, retries included; past it the item fails as unsettled
    /// (a re-run finds out whether it was written)
    #[arg(long, value_name = "SECS", default_value_t = 120, value_parser = clap::value_parser!(u64).range(1..))]
    pub item_timeout: u64,
    /// Seconds the whole run may take; past it no new write starts, in-flight ones are
    /// abandoned, and the summary and report say which
    #[arg(long, value_name = "SECS", default_value_t = 3600, value_parser = clap::value_parser!(u64).range(1..))]
    pub timeout: u64,
    /// How connections are stored
    #[arg(long, value_enum, default_value_t = StoreFormat::Uri)]
    pub format: StoreFormat,
    /// Also write the keys this other reader of each connection reads (repeatable; needs
    /// `--format json`; a connection it cannot serve exactly is invalid)
    #[arg(long, value_enum, value_name = "CONSUMER")]
    pub compat: Vec<CompatChoice>,
    /// The largest export file read, in bytes; a larger one is refused from its size, unread
    #[arg(long, value_name = "BYTES", default_value_t = 64 * 1024 * 1024)]
    pub max_file_size: u64,
    /// Write the summary as JSON to this file
    #[arg(long, value_name = "FILE")]
    pub report: Option<PathBuf>,
    /// Also delete the secrets under the prefixes that no source names (for the kinds given)
    #[arg(long)]
    pub prune: bool,
    /// With --prune: days Secrets Manager keeps them recoverable (7 to 30; default 30)
    #[arg(long, value_name = "DAYS", value_parser = clap::value_parser!(i64).range(7..=30), requires = "prune", conflicts_with = "force")]
    pub recovery_window_days: Option<i64>,
    /// With --prune: delete at once, without a recovery window
    #[arg(long, requires = "prune")]
    pub force: bool,
    #[command(flatten)]
    pub write: WriteArgs,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FailOn {
    Error,
    Warning,
    Info,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DoctorKind {
    #[value(aliases = ["variable", "var", "vars"])]
    Variables,
    #[value(aliases = ["connection", "conn", "conns"])]
    Connections,
}

#[derive(Debug, Args)]
pub struct DoctorArgs {
    /// Only `variables` or `connections` (default: both)
    #[arg(value_enum)]
    pub kind: Option<DoctorKind>,
    /// Exit 1 when a finding is this severe or more
    #[arg(long, value_enum, default_value_t = FailOn::Error)]
    pub fail_on: FailOn,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ConnFileFormat {
    Json,
    Yaml,
    Env,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Serialization {
    Uri,
    Json,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// Write the variables to FILE, as `airflow variables export` JSON (`-`: stdout)
    #[arg(long, value_name = "FILE")]
    pub variables: Option<PathBuf>,
    /// Write the connections to FILE, as `airflow connections export` (`-`: stdout)
    #[arg(long, value_name = "FILE")]
    pub connections: Option<PathBuf>,
    /// The connections file's format
    #[arg(long, value_enum, default_value_t = ConnFileFormat::Json)]
    pub connections_format: ConnFileFormat,
    /// How a .env file holds each connection
    #[arg(long, value_enum, default_value_t = Serialization::Uri)]
    pub serialization_format: Serialization,
    /// Whose reading of the connections to write (default: core for Airflow 3, airflow2 for 2)
    #[arg(long, value_enum)]
    pub reader: Option<ReaderChoice>,
    /// Replace a file that exists
    #[arg(long)]
    pub force: bool,
}

#[derive(Debug, Args)]
pub struct DiffArgs {
    #[command(flatten)]
    pub sources: SourceFiles,
    /// As `migrate --if-exists`: whether a differing secret is a `conflict` or an `update`
    #[arg(long, value_enum, default_value_t = IfExists::Fail)]
    pub if_exists: IfExists,
    /// How connections would be stored
    #[arg(long, value_enum, default_value_t = StoreFormat::Uri)]
    pub format: StoreFormat,
    /// As `migrate --compat`: the other readers whose keys the secrets would carry
    #[arg(long, value_enum, value_name = "CONSUMER")]
    pub compat: Vec<CompatChoice>,
    /// The largest export file read, in bytes
    #[arg(long, value_name = "BYTES", default_value_t = 64 * 1024 * 1024)]
    pub max_file_size: u64,
    /// Exit 1 when anything would change (for CI)
    #[arg(long)]
    pub exit_code: bool,
    /// Show the differing values (on stdout), not only the field names
    #[arg(long)]
    pub reveal: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum PolicyFor {
    /// Airflow's role: read the secrets it looks up
    Airflow,
    /// An operator of airsecrets: every command
    Admin,
}

#[derive(Debug, Args)]
pub struct IamPolicyArgs {
    /// Whose policy
    #[arg(long = "for", value_enum, default_value_t = PolicyFor::Airflow)]
    pub for_whom: PolicyFor,
    /// A customer managed KMS key the secrets are encrypted with
    #[arg(long, value_name = "ARN")]
    pub kms_key_arn: Option<String>,
}

#[derive(Debug, Args)]
pub struct CostArgs {
    /// The DAGs folder (every `.py` file under it)
    #[arg(long, value_name = "DIR")]
    pub dags: PathBuf,
    /// Seconds between two parses of a file [default: Airflow's `min_file_process_interval`
    /// from the environment, else 30]
    #[arg(long, value_name = "SECS", value_parser = clap::value_parser!(u64).range(1..))]
    pub parse_interval: Option<u64>,
    /// Seconds Airflow's secrets cache keeps a value, 0 for none [default: `[secrets]
    /// use_cache` and `cache_ttl_seconds` from the environment, else 0]
    #[arg(long, value_name = "SECS")]
    pub cache_ttl: Option<u64>,
    /// Dollars per 10,000 API calls
    #[arg(long, value_name = "USD", default_value_t = 0.05)]
    pub price: f64,
    /// Exit 1 when the estimate is above this many dollars a month
    #[arg(long, value_name = "USD")]
    pub budget: Option<f64>,
    /// Also list what Secrets Manager holds (names only): lookups of keys it does not hold,
    /// and the lookup pattern that stops them
    #[arg(long)]
    pub stored: bool,
}

/// A variable or a connection, by key.
#[derive(Debug, Subcommand)]
pub enum Item {
    /// A variable
    #[command(visible_alias = "var")]
    Variable {
        /// The variable's key
        key: String,
    },
    /// A connection
    #[command(visible_alias = "conn")]
    Connection {
        /// The connection id
        conn_id: String,
    },
}

impl Item {
    pub fn kind_key(&self) -> (crate::airflow::naming::Kind, &str) {
        use crate::airflow::naming::Kind;
        match self {
            Item::Variable { key } => (Kind::Variable, key),
            Item::Connection { conn_id } => (Kind::Connection, conn_id),
        }
    }
}

#[derive(Debug, Args)]
pub struct HistoryArgs {
    #[command(subcommand)]
    pub what: Item,
    /// Show the values (on stdout), not only which fields changed
    #[arg(long, global = true)]
    pub reveal: bool,
}

#[derive(Debug, Args)]
pub struct RollbackArgs {
    #[command(subcommand)]
    pub what: Item,
    /// The version to make current (default: the one labelled AWSPREVIOUS)
    #[arg(long, global = true, value_name = "VERSION_ID")]
    pub to: Option<String>,
    /// Show what each reader would read afterwards; move nothing
    #[arg(long, global = true)]
    pub dry_run: bool,
    /// Show the values each reader would read (on stdout)
    #[arg(long, global = true)]
    pub reveal: bool,
}

#[derive(Debug, Args)]
pub struct RestoreArgs {
    #[command(subcommand)]
    pub what: Item,
}

#[derive(Debug, Args)]
pub struct ExecArgs {
    /// Give the command this variable as `AIRFLOW_VAR_<KEY>` (repeatable)
    #[arg(long = "variable", visible_alias = "var", value_name = "KEY")]
    pub variables: Vec<String>,
    /// Give the command this connection as `AIRFLOW_CONN_<CONN_ID>` (repeatable)
    #[arg(long = "connection", visible_alias = "conn", value_name = "CONN_ID")]
    pub connections: Vec<String>,
    /// Every variable and connection under the prefixes (read in bulk)
    #[arg(long)]
    pub all: bool,
    /// Replace `AIRFLOW_VAR_*` / `AIRFLOW_CONN_*` variables already set (otherwise an error)
    #[arg(long = "override")]
    pub override_existing: bool,
    /// The command and its arguments, after `--`
    #[arg(required = true, last = true, value_name = "COMMAND")]
    pub command: Vec<std::ffi::OsString>,
}

#[derive(Debug, Args)]
pub struct GenerateArgs {
    /// Directory to write completions/ and docs/ into
    #[arg(long, default_value = ".")]
    pub out_dir: PathBuf,
}
