# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_airsecrets_global_optspecs
    string join \n profile= region= endpoint-url= role-arn= backend-kwargs= connections-prefix= variables-prefix= sep= o/output= y/yes q/quiet v/verbose color= strict airflow-version= h/help V/version
end

function __fish_airsecrets_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_airsecrets_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_airsecrets_using_subcommand
    set -l cmd (__fish_airsecrets_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c airsecrets -n "__fish_airsecrets_needs_command" -l profile -d 'AWS profile (otherwise the standard AWS chain: env, profiles, SSO, web identity, IMDS)' -r
complete -c airsecrets -n "__fish_airsecrets_needs_command" -l region -d 'AWS region' -r
complete -c airsecrets -n "__fish_airsecrets_needs_command" -l endpoint-url -d 'Secrets Manager endpoint (AWS_ENDPOINT_URL[_SECRETS_MANAGER] work too)' -r
complete -c airsecrets -n "__fish_airsecrets_needs_command" -l role-arn -d 'Assume this IAM role for every call' -r
complete -c airsecrets -n "__fish_airsecrets_needs_command" -l backend-kwargs -d 'SecretsManagerBackend kwargs as JSON, over AIRFLOW__SECRETS__BACKEND_KWARGS' -r
complete -c airsecrets -n "__fish_airsecrets_needs_command" -l connections-prefix -d 'Connections prefix (default `airflow/connections`)' -r
complete -c airsecrets -n "__fish_airsecrets_needs_command" -l variables-prefix -d 'Variables prefix (default `airflow/variables`)' -r
complete -c airsecrets -n "__fish_airsecrets_needs_command" -l sep -d 'Separator between prefix and key (default `/`)' -r
complete -c airsecrets -n "__fish_airsecrets_needs_command" -s o -l output -d 'Output format: tables for people, json for scripts' -r -f -a "table\t''
json\t''"
complete -c airsecrets -n "__fish_airsecrets_needs_command" -l color -d 'Colour: auto honours NO_COLOR and terminals' -r -f -a "auto\t''
always\t''
never\t''"
complete -c airsecrets -n "__fish_airsecrets_needs_command" -l airflow-version -d 'The Airflow line whose rules apply where the lines differ' -r -f -a "3\t''
2\t''"
complete -c airsecrets -n "__fish_airsecrets_needs_command" -s y -l yes -d 'Answer yes to confirmations (required when not interactive)'
complete -c airsecrets -n "__fish_airsecrets_needs_command" -s q -l quiet -d 'Print only data and errors'
complete -c airsecrets -n "__fish_airsecrets_needs_command" -s v -l verbose -d 'Show AWS calls, retries and throttling (-vv: more); never secret values'
complete -c airsecrets -n "__fish_airsecrets_needs_command" -l strict -d 'Treat warnings as errors'
complete -c airsecrets -n "__fish_airsecrets_needs_command" -s h -l help -d 'Print help'
complete -c airsecrets -n "__fish_airsecrets_needs_command" -s V -l version -d 'Print version'
complete -c airsecrets -n "__fish_airsecrets_needs_command" -f -a "put-variable" -d 'Create or update a variable'
complete -c airsecrets -n "__fish_airsecrets_needs_command" -f -a "put-connection" -d 'Create or update a connection'
complete -c airsecrets -n "__fish_airsecrets_needs_command" -f -a "get" -d 'Print a variable or a connection as Airflow reads it'
complete -c airsecrets -n "__fish_airsecrets_needs_command" -f -a "list" -d 'List variables and connections (names only, never values)'
complete -c airsecrets -n "__fish_airsecrets_needs_command" -f -a "delete" -d 'Delete a variable or a connection'
complete -c airsecrets -n "__fish_airsecrets_needs_command" -f -a "migrate" -d 'Import Airflow export files: plan first, then write'
complete -c airsecrets -n "__fish_airsecrets_needs_command" -f -a "diff" -d 'Compare export files with the deployment: what `migrate` would change'
complete -c airsecrets -n "__fish_airsecrets_needs_command" -f -a "export" -d 'Write the deployment as Airflow\'s own export files'
complete -c airsecrets -n "__fish_airsecrets_needs_command" -f -a "doctor" -d 'Find every secret Airflow would not read as meant, and what to do about it'
complete -c airsecrets -n "__fish_airsecrets_needs_command" -f -a "iam-policy" -d 'Print the least-privilege IAM policy for the resolved prefixes'
complete -c airsecrets -n "__fish_airsecrets_needs_command" -f -a "history" -d 'Every version of a variable or connection, newest first, and what changed'
complete -c airsecrets -n "__fish_airsecrets_needs_command" -f -a "rollback" -d 'Make an earlier version of a variable or connection current again'
complete -c airsecrets -n "__fish_airsecrets_needs_command" -f -a "restore" -d 'Cancel the scheduled deletion of a variable or connection'
complete -c airsecrets -n "__fish_airsecrets_needs_command" -f -a "exec" -d 'Run a command with variables and connections in its environment, as Airflow reads them'
complete -c airsecrets -n "__fish_airsecrets_needs_command" -f -a "cost" -d 'Estimate the Secrets Manager calls and dollars that parsing the DAG files costs'
complete -c airsecrets -n "__fish_airsecrets_needs_command" -f -a "generate" -d 'Write shell completions and the man page (for packagers)'
complete -c airsecrets -n "__fish_airsecrets_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand put-variable" -l from-file -d 'Read the value from a file' -r -F
complete -c airsecrets -n "__fish_airsecrets_using_subcommand put-variable" -l from-env -d 'Read the value from an environment variable' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand put-variable" -l description -d 'The secret\'s description (changed on an existing secret too)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand put-variable" -l tag -d 'Tag the secret, KEY=VALUE (repeatable; put-* also changes an existing secret\'s tags, migrate tags only the secrets it creates)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand put-variable" -l kms-key-id -d 'KMS key that encrypts the secret (put-* also changes an existing secret\'s key, migrate sets it only on the secrets it creates)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand put-variable" -l untag -d 'Remove this tag from an existing secret (repeatable)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand put-variable" -l profile -d 'AWS profile (otherwise the standard AWS chain: env, profiles, SSO, web identity, IMDS)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand put-variable" -l region -d 'AWS region' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand put-variable" -l endpoint-url -d 'Secrets Manager endpoint (AWS_ENDPOINT_URL[_SECRETS_MANAGER] work too)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand put-variable" -l role-arn -d 'Assume this IAM role for every call' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand put-variable" -l backend-kwargs -d 'SecretsManagerBackend kwargs as JSON, over AIRFLOW__SECRETS__BACKEND_KWARGS' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand put-variable" -l connections-prefix -d 'Connections prefix (default `airflow/connections`)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand put-variable" -l variables-prefix -d 'Variables prefix (default `airflow/variables`)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand put-variable" -l sep -d 'Separator between prefix and key (default `/`)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand put-variable" -s o -l output -d 'Output format: tables for people, json for scripts' -r -f -a "table\t''
json\t''"
complete -c airsecrets -n "__fish_airsecrets_using_subcommand put-variable" -l color -d 'Colour: auto honours NO_COLOR and terminals' -r -f -a "auto\t''
always\t''
never\t''"
complete -c airsecrets -n "__fish_airsecrets_using_subcommand put-variable" -l airflow-version -d 'The Airflow line whose rules apply where the lines differ' -r -f -a "3\t''
2\t''"
complete -c airsecrets -n "__fish_airsecrets_using_subcommand put-variable" -l stdin -d 'Read the value from stdin'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand put-variable" -l keep-newline -d 'Keep one trailing newline of stdin or file input'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand put-variable" -l require-json -d 'Require the value to parse as JSON (for `Variable.get(deserialize_json=True)`)'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand put-variable" -l restore -d 'Restore the secret first if it is scheduled for deletion'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand put-variable" -l airflow-will-not-read -d 'With a null prefix, write the secret named exactly KEY although Airflow never reads it'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand put-variable" -s y -l yes -d 'Answer yes to confirmations (required when not interactive)'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand put-variable" -s q -l quiet -d 'Print only data and errors'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand put-variable" -s v -l verbose -d 'Show AWS calls, retries and throttling (-vv: more); never secret values'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand put-variable" -l strict -d 'Treat warnings as errors'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand put-variable" -s h -l help -d 'Print help'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand put-variable" -s V -l version -d 'Print version'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand put-connection" -l uri -l conn-uri -d 'The connection as an Airflow URI (`-` reads stdin)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand put-connection" -l json -l conn-json -d 'The connection as Airflow\'s --conn-json object (`-` reads stdin)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand put-connection" -l conn-type -d 'Connection type, e.g. postgres, aws, http (required for a new connection)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand put-connection" -l host -l conn-host -d 'Host' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand put-connection" -l login -l conn-login -d 'Login (user name)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand put-connection" -l schema -l conn-schema -d 'Schema (database)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand put-connection" -l port -l conn-port -d 'Port' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand put-connection" -l extra -l conn-extra -d 'Extra as a JSON object, kept byte for byte (`-` reads stdin)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand put-connection" -l description -l conn-description -d 'Description; the backend never reads it, so it becomes the secret\'s description' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand put-connection" -l password-file -d 'Read the password from a file' -r -F
complete -c airsecrets -n "__fish_airsecrets_using_subcommand put-connection" -l password-env -d 'Read the password from an environment variable' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand put-connection" -l unset -d 'With --merge: clear this field (repeatable)' -r -f -a "host\t''
login\t''
password\t''
schema\t''
port\t''
extra\t''
description\t''"
complete -c airsecrets -n "__fish_airsecrets_using_subcommand put-connection" -l format -d 'How the secret is stored [default: uri; with --merge, the form it is stored in; with --compat, json]' -r -f -a "uri\t''
json\t''"
complete -c airsecrets -n "__fish_airsecrets_using_subcommand put-connection" -l compat -d 'Also write the keys this other reader of the secret reads, in an order that keeps every Airflow reader\'s reading exact (repeatable; stores JSON)' -r -f -a "rds\t'AWS\'s RDS rotation functions: engine, host, username, password, dbname, port'
datagrok\t'Datagrok: server, db, login, password, port'"
complete -c airsecrets -n "__fish_airsecrets_using_subcommand put-connection" -l tag -d 'Tag the secret, KEY=VALUE (repeatable; put-* also changes an existing secret\'s tags, migrate tags only the secrets it creates)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand put-connection" -l kms-key-id -d 'KMS key that encrypts the secret (put-* also changes an existing secret\'s key, migrate sets it only on the secrets it creates)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand put-connection" -l untag -d 'Remove this tag from an existing secret (repeatable)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand put-connection" -l profile -d 'AWS profile (otherwise the standard AWS chain: env, profiles, SSO, web identity, IMDS)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand put-connection" -l region -d 'AWS region' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand put-connection" -l endpoint-url -d 'Secrets Manager endpoint (AWS_ENDPOINT_URL[_SECRETS_MANAGER] work too)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand put-connection" -l role-arn -d 'Assume this IAM role for every call' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand put-connection" -l backend-kwargs -d 'SecretsManagerBackend kwargs as JSON, over AIRFLOW__SECRETS__BACKEND_KWARGS' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand put-connection" -l connections-prefix -d 'Connections prefix (default `airflow/connections`)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand put-connection" -l variables-prefix -d 'Variables prefix (default `airflow/variables`)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand put-connection" -l sep -d 'Separator between prefix and key (default `/`)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand put-connection" -s o -l output -d 'Output format: tables for people, json for scripts' -r -f -a "table\t''
json\t''"
complete -c airsecrets -n "__fish_airsecrets_using_subcommand put-connection" -l color -d 'Colour: auto honours NO_COLOR and terminals' -r -f -a "auto\t''
always\t''
never\t''"
complete -c airsecrets -n "__fish_airsecrets_using_subcommand put-connection" -l airflow-version -d 'The Airflow line whose rules apply where the lines differ' -r -f -a "3\t''
2\t''"
complete -c airsecrets -n "__fish_airsecrets_using_subcommand put-connection" -l password-stdin -d 'Read the password from stdin'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand put-connection" -l password-prompt -d 'Ask for the password (hidden)'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand put-connection" -l merge -d 'With field flags on an existing connection: change only the given fields'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand put-connection" -l replace -d 'With field flags on an existing connection: replace it with exactly the given fields'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand put-connection" -l restore -d 'Restore the secret first if it is scheduled for deletion'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand put-connection" -l airflow-will-not-read -d 'With a null prefix, write the secret named exactly KEY although Airflow never reads it'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand put-connection" -s y -l yes -d 'Answer yes to confirmations (required when not interactive)'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand put-connection" -s q -l quiet -d 'Print only data and errors'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand put-connection" -s v -l verbose -d 'Show AWS calls, retries and throttling (-vv: more); never secret values'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand put-connection" -l strict -d 'Treat warnings as errors'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand put-connection" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand put-connection" -s V -l version -d 'Print version'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand get; and not __fish_seen_subcommand_from variable var connection conn help" -l profile -d 'AWS profile (otherwise the standard AWS chain: env, profiles, SSO, web identity, IMDS)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand get; and not __fish_seen_subcommand_from variable var connection conn help" -l region -d 'AWS region' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand get; and not __fish_seen_subcommand_from variable var connection conn help" -l endpoint-url -d 'Secrets Manager endpoint (AWS_ENDPOINT_URL[_SECRETS_MANAGER] work too)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand get; and not __fish_seen_subcommand_from variable var connection conn help" -l role-arn -d 'Assume this IAM role for every call' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand get; and not __fish_seen_subcommand_from variable var connection conn help" -l backend-kwargs -d 'SecretsManagerBackend kwargs as JSON, over AIRFLOW__SECRETS__BACKEND_KWARGS' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand get; and not __fish_seen_subcommand_from variable var connection conn help" -l connections-prefix -d 'Connections prefix (default `airflow/connections`)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand get; and not __fish_seen_subcommand_from variable var connection conn help" -l variables-prefix -d 'Variables prefix (default `airflow/variables`)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand get; and not __fish_seen_subcommand_from variable var connection conn help" -l sep -d 'Separator between prefix and key (default `/`)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand get; and not __fish_seen_subcommand_from variable var connection conn help" -s o -l output -d 'Output format: tables for people, json for scripts' -r -f -a "table\t''
json\t''"
complete -c airsecrets -n "__fish_airsecrets_using_subcommand get; and not __fish_seen_subcommand_from variable var connection conn help" -l color -d 'Colour: auto honours NO_COLOR and terminals' -r -f -a "auto\t''
always\t''
never\t''"
complete -c airsecrets -n "__fish_airsecrets_using_subcommand get; and not __fish_seen_subcommand_from variable var connection conn help" -l airflow-version -d 'The Airflow line whose rules apply where the lines differ' -r -f -a "3\t''
2\t''"
complete -c airsecrets -n "__fish_airsecrets_using_subcommand get; and not __fish_seen_subcommand_from variable var connection conn help" -s y -l yes -d 'Answer yes to confirmations (required when not interactive)'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand get; and not __fish_seen_subcommand_from variable var connection conn help" -s q -l quiet -d 'Print only data and errors'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand get; and not __fish_seen_subcommand_from variable var connection conn help" -s v -l verbose -d 'Show AWS calls, retries and throttling (-vv: more); never secret values'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand get; and not __fish_seen_subcommand_from variable var connection conn help" -l strict -d 'Treat warnings as errors'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand get; and not __fish_seen_subcommand_from variable var connection conn help" -s h -l help -d 'Print help'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand get; and not __fish_seen_subcommand_from variable var connection conn help" -s V -l version -d 'Print version'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand get; and not __fish_seen_subcommand_from variable var connection conn help" -f -a "variable" -d 'Print a variable\'s value, byte-exact'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand get; and not __fish_seen_subcommand_from variable var connection conn help" -f -a "var" -d 'Print a variable\'s value, byte-exact'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand get; and not __fish_seen_subcommand_from variable var connection conn help" -f -a "connection" -d 'Print a connection\'s fields as Airflow sees them'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand get; and not __fish_seen_subcommand_from variable var connection conn help" -f -a "conn" -d 'Print a connection\'s fields as Airflow sees them'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand get; and not __fish_seen_subcommand_from variable var connection conn help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand get; and __fish_seen_subcommand_from variable" -l profile -d 'AWS profile (otherwise the standard AWS chain: env, profiles, SSO, web identity, IMDS)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand get; and __fish_seen_subcommand_from variable" -l region -d 'AWS region' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand get; and __fish_seen_subcommand_from variable" -l endpoint-url -d 'Secrets Manager endpoint (AWS_ENDPOINT_URL[_SECRETS_MANAGER] work too)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand get; and __fish_seen_subcommand_from variable" -l role-arn -d 'Assume this IAM role for every call' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand get; and __fish_seen_subcommand_from variable" -l backend-kwargs -d 'SecretsManagerBackend kwargs as JSON, over AIRFLOW__SECRETS__BACKEND_KWARGS' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand get; and __fish_seen_subcommand_from variable" -l connections-prefix -d 'Connections prefix (default `airflow/connections`)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand get; and __fish_seen_subcommand_from variable" -l variables-prefix -d 'Variables prefix (default `airflow/variables`)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand get; and __fish_seen_subcommand_from variable" -l sep -d 'Separator between prefix and key (default `/`)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand get; and __fish_seen_subcommand_from variable" -s o -l output -d 'Output format: tables for people, json for scripts' -r -f -a "table\t''
json\t''"
complete -c airsecrets -n "__fish_airsecrets_using_subcommand get; and __fish_seen_subcommand_from variable" -l color -d 'Colour: auto honours NO_COLOR and terminals' -r -f -a "auto\t''
always\t''
never\t''"
complete -c airsecrets -n "__fish_airsecrets_using_subcommand get; and __fish_seen_subcommand_from variable" -l airflow-version -d 'The Airflow line whose rules apply where the lines differ' -r -f -a "3\t''
2\t''"
complete -c airsecrets -n "__fish_airsecrets_using_subcommand get; and __fish_seen_subcommand_from variable" -s y -l yes -d 'Answer yes to confirmations (required when not interactive)'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand get; and __fish_seen_subcommand_from variable" -s q -l quiet -d 'Print only data and errors'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand get; and __fish_seen_subcommand_from variable" -s v -l verbose -d 'Show AWS calls, retries and throttling (-vv: more); never secret values'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand get; and __fish_seen_subcommand_from variable" -l strict -d 'Treat warnings as errors'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand get; and __fish_seen_subcommand_from variable" -s h -l help -d 'Print help'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand get; and __fish_seen_subcommand_from variable" -s V -l version -d 'Print version'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand get; and __fish_seen_subcommand_from var" -l profile -d 'AWS profile (otherwise the standard AWS chain: env, profiles, SSO, web identity, IMDS)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand get; and __fish_seen_subcommand_from var" -l region -d 'AWS region' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand get; and __fish_seen_subcommand_from var" -l endpoint-url -d 'Secrets Manager endpoint (AWS_ENDPOINT_URL[_SECRETS_MANAGER] work too)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand get; and __fish_seen_subcommand_from var" -l role-arn -d 'Assume this IAM role for every call' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand get; and __fish_seen_subcommand_from var" -l backend-kwargs -d 'SecretsManagerBackend kwargs as JSON, over AIRFLOW__SECRETS__BACKEND_KWARGS' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand get; and __fish_seen_subcommand_from var" -l connections-prefix -d 'Connections prefix (default `airflow/connections`)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand get; and __fish_seen_subcommand_from var" -l variables-prefix -d 'Variables prefix (default `airflow/variables`)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand get; and __fish_seen_subcommand_from var" -l sep -d 'Separator between prefix and key (default `/`)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand get; and __fish_seen_subcommand_from var" -s o -l output -d 'Output format: tables for people, json for scripts' -r -f -a "table\t''
json\t''"
complete -c airsecrets -n "__fish_airsecrets_using_subcommand get; and __fish_seen_subcommand_from var" -l color -d 'Colour: auto honours NO_COLOR and terminals' -r -f -a "auto\t''
always\t''
never\t''"
complete -c airsecrets -n "__fish_airsecrets_using_subcommand get; and __fish_seen_subcommand_from var" -l airflow-version -d 'The Airflow line whose rules apply where the lines differ' -r -f -a "3\t''
2\t''"
complete -c airsecrets -n "__fish_airsecrets_using_subcommand get; and __fish_seen_subcommand_from var" -s y -l yes -d 'Answer yes to confirmations (required when not interactive)'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand get; and __fish_seen_subcommand_from var" -s q -l quiet -d 'Print only data and errors'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand get; and __fish_seen_subcommand_from var" -s v -l verbose -d 'Show AWS calls, retries and throttling (-vv: more); never secret values'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand get; and __fish_seen_subcommand_from var" -l strict -d 'Treat warnings as errors'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand get; and __fish_seen_subcommand_from var" -s h -l help -d 'Print help'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand get; and __fish_seen_subcommand_from var" -s V -l version -d 'Print version'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand get; and __fish_seen_subcommand_from connection" -l as -d 'Print it in this Airflow form, unmasked (for scripts)' -r -f -a "uri\t'Airflow\'s URI form'
json\t'Airflow\'s JSON form'
env\t'`export AIRFLOW_CONN_<ID>=\'...\'`, quoted for a POSIX shell (`eval` or `source` it)'
dotenv\t'`AIRFLOW_CONN_<ID>=...` unquoted, for env files (docker, compose, systemd)'"
complete -c airsecrets -n "__fish_airsecrets_using_subcommand get; and __fish_seen_subcommand_from connection" -l reader -d 'Whose reading to show (default: core for Airflow 3, airflow2 for 2)' -r -f -a "core\t'Airflow 3 scheduler, API server, UI and CLI'
sdk\t'Airflow 3 running tasks'
airflow2\t'Airflow 2.10'"
complete -c airsecrets -n "__fish_airsecrets_using_subcommand get; and __fish_seen_subcommand_from connection" -l profile -d 'AWS profile (otherwise the standard AWS chain: env, profiles, SSO, web identity, IMDS)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand get; and __fish_seen_subcommand_from connection" -l region -d 'AWS region' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand get; and __fish_seen_subcommand_from connection" -l endpoint-url -d 'Secrets Manager endpoint (AWS_ENDPOINT_URL[_SECRETS_MANAGER] work too)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand get; and __fish_seen_subcommand_from connection" -l role-arn -d 'Assume this IAM role for every call' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand get; and __fish_seen_subcommand_from connection" -l backend-kwargs -d 'SecretsManagerBackend kwargs as JSON, over AIRFLOW__SECRETS__BACKEND_KWARGS' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand get; and __fish_seen_subcommand_from connection" -l connections-prefix -d 'Connections prefix (default `airflow/connections`)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand get; and __fish_seen_subcommand_from connection" -l variables-prefix -d 'Variables prefix (default `airflow/variables`)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand get; and __fish_seen_subcommand_from connection" -l sep -d 'Separator between prefix and key (default `/`)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand get; and __fish_seen_subcommand_from connection" -s o -l output -d 'Output format: tables for people, json for scripts' -r -f -a "table\t''
json\t''"
complete -c airsecrets -n "__fish_airsecrets_using_subcommand get; and __fish_seen_subcommand_from connection" -l color -d 'Colour: auto honours NO_COLOR and terminals' -r -f -a "auto\t''
always\t''
never\t''"
complete -c airsecrets -n "__fish_airsecrets_using_subcommand get; and __fish_seen_subcommand_from connection" -l airflow-version -d 'The Airflow line whose rules apply where the lines differ' -r -f -a "3\t''
2\t''"
complete -c airsecrets -n "__fish_airsecrets_using_subcommand get; and __fish_seen_subcommand_from connection" -l reveal -d 'Show the password'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand get; and __fish_seen_subcommand_from connection" -s y -l yes -d 'Answer yes to confirmations (required when not interactive)'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand get; and __fish_seen_subcommand_from connection" -s q -l quiet -d 'Print only data and errors'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand get; and __fish_seen_subcommand_from connection" -s v -l verbose -d 'Show AWS calls, retries and throttling (-vv: more); never secret values'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand get; and __fish_seen_subcommand_from connection" -l strict -d 'Treat warnings as errors'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand get; and __fish_seen_subcommand_from connection" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand get; and __fish_seen_subcommand_from connection" -s V -l version -d 'Print version'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand get; and __fish_seen_subcommand_from conn" -l as -d 'Print it in this Airflow form, unmasked (for scripts)' -r -f -a "uri\t'Airflow\'s URI form'
json\t'Airflow\'s JSON form'
env\t'`export AIRFLOW_CONN_<ID>=\'...\'`, quoted for a POSIX shell (`eval` or `source` it)'
dotenv\t'`AIRFLOW_CONN_<ID>=...` unquoted, for env files (docker, compose, systemd)'"
complete -c airsecrets -n "__fish_airsecrets_using_subcommand get; and __fish_seen_subcommand_from conn" -l reader -d 'Whose reading to show (default: core for Airflow 3, airflow2 for 2)' -r -f -a "core\t'Airflow 3 scheduler, API server, UI and CLI'
sdk\t'Airflow 3 running tasks'
airflow2\t'Airflow 2.10'"
complete -c airsecrets -n "__fish_airsecrets_using_subcommand get; and __fish_seen_subcommand_from conn" -l profile -d 'AWS profile (otherwise the standard AWS chain: env, profiles, SSO, web identity, IMDS)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand get; and __fish_seen_subcommand_from conn" -l region -d 'AWS region' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand get; and __fish_seen_subcommand_from conn" -l endpoint-url -d 'Secrets Manager endpoint (AWS_ENDPOINT_URL[_SECRETS_MANAGER] work too)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand get; and __fish_seen_subcommand_from conn" -l role-arn -d 'Assume this IAM role for every call' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand get; and __fish_seen_subcommand_from conn" -l backend-kwargs -d 'SecretsManagerBackend kwargs as JSON, over AIRFLOW__SECRETS__BACKEND_KWARGS' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand get; and __fish_seen_subcommand_from conn" -l connections-prefix -d 'Connections prefix (default `airflow/connections`)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand get; and __fish_seen_subcommand_from conn" -l variables-prefix -d 'Variables prefix (default `airflow/variables`)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand get; and __fish_seen_subcommand_from conn" -l sep -d 'Separator between prefix and key (default `/`)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand get; and __fish_seen_subcommand_from conn" -s o -l output -d 'Output format: tables for people, json for scripts' -r -f -a "table\t''
json\t''"
complete -c airsecrets -n "__fish_airsecrets_using_subcommand get; and __fish_seen_subcommand_from conn" -l color -d 'Colour: auto honours NO_COLOR and terminals' -r -f -a "auto\t''
always\t''
never\t''"
complete -c airsecrets -n "__fish_airsecrets_using_subcommand get; and __fish_seen_subcommand_from conn" -l airflow-version -d 'The Airflow line whose rules apply where the lines differ' -r -f -a "3\t''
2\t''"
complete -c airsecrets -n "__fish_airsecrets_using_subcommand get; and __fish_seen_subcommand_from conn" -l reveal -d 'Show the password'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand get; and __fish_seen_subcommand_from conn" -s y -l yes -d 'Answer yes to confirmations (required when not interactive)'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand get; and __fish_seen_subcommand_from conn" -s q -l quiet -d 'Print only data and errors'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand get; and __fish_seen_subcommand_from conn" -s v -l verbose -d 'Show AWS calls, retries and throttling (-vv: more); never secret values'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand get; and __fish_seen_subcommand_from conn" -l strict -d 'Treat warnings as errors'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand get; and __fish_seen_subcommand_from conn" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand get; and __fish_seen_subcommand_from conn" -s V -l version -d 'Print version'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand get; and __fish_seen_subcommand_from help" -f -a "variable" -d 'Print a variable\'s value, byte-exact'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand get; and __fish_seen_subcommand_from help" -f -a "connection" -d 'Print a connection\'s fields as Airflow sees them'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand get; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand list" -l profile -d 'AWS profile (otherwise the standard AWS chain: env, profiles, SSO, web identity, IMDS)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand list" -l region -d 'AWS region' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand list" -l endpoint-url -d 'Secrets Manager endpoint (AWS_ENDPOINT_URL[_SECRETS_MANAGER] work too)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand list" -l role-arn -d 'Assume this IAM role for every call' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand list" -l backend-kwargs -d 'SecretsManagerBackend kwargs as JSON, over AIRFLOW__SECRETS__BACKEND_KWARGS' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand list" -l connections-prefix -d 'Connections prefix (default `airflow/connections`)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand list" -l variables-prefix -d 'Variables prefix (default `airflow/variables`)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand list" -l sep -d 'Separator between prefix and key (default `/`)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand list" -s o -l output -d 'Output format: tables for people, json for scripts' -r -f -a "table\t''
json\t''"
complete -c airsecrets -n "__fish_airsecrets_using_subcommand list" -l color -d 'Colour: auto honours NO_COLOR and terminals' -r -f -a "auto\t''
always\t''
never\t''"
complete -c airsecrets -n "__fish_airsecrets_using_subcommand list" -l airflow-version -d 'The Airflow line whose rules apply where the lines differ' -r -f -a "3\t''
2\t''"
complete -c airsecrets -n "__fish_airsecrets_using_subcommand list" -l include-deleted -d 'Include secrets scheduled for deletion'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand list" -s l -l long -d 'Also show each connection\'s type, host and port (read in bulk)'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand list" -s y -l yes -d 'Answer yes to confirmations (required when not interactive)'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand list" -s q -l quiet -d 'Print only data and errors'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand list" -s v -l verbose -d 'Show AWS calls, retries and throttling (-vv: more); never secret values'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand list" -l strict -d 'Treat warnings as errors'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand list" -s h -l help -d 'Print help'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand list" -s V -l version -d 'Print version'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand delete; and not __fish_seen_subcommand_from variable var connection conn help" -l recovery-window-days -d 'Days Secrets Manager keeps it recoverable (7 to 30)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand delete; and not __fish_seen_subcommand_from variable var connection conn help" -l profile -d 'AWS profile (otherwise the standard AWS chain: env, profiles, SSO, web identity, IMDS)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand delete; and not __fish_seen_subcommand_from variable var connection conn help" -l region -d 'AWS region' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand delete; and not __fish_seen_subcommand_from variable var connection conn help" -l endpoint-url -d 'Secrets Manager endpoint (AWS_ENDPOINT_URL[_SECRETS_MANAGER] work too)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand delete; and not __fish_seen_subcommand_from variable var connection conn help" -l role-arn -d 'Assume this IAM role for every call' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand delete; and not __fish_seen_subcommand_from variable var connection conn help" -l backend-kwargs -d 'SecretsManagerBackend kwargs as JSON, over AIRFLOW__SECRETS__BACKEND_KWARGS' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand delete; and not __fish_seen_subcommand_from variable var connection conn help" -l connections-prefix -d 'Connections prefix (default `airflow/connections`)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand delete; and not __fish_seen_subcommand_from variable var connection conn help" -l variables-prefix -d 'Variables prefix (default `airflow/variables`)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand delete; and not __fish_seen_subcommand_from variable var connection conn help" -l sep -d 'Separator between prefix and key (default `/`)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand delete; and not __fish_seen_subcommand_from variable var connection conn help" -s o -l output -d 'Output format: tables for people, json for scripts' -r -f -a "table\t''
json\t''"
complete -c airsecrets -n "__fish_airsecrets_using_subcommand delete; and not __fish_seen_subcommand_from variable var connection conn help" -l color -d 'Colour: auto honours NO_COLOR and terminals' -r -f -a "auto\t''
always\t''
never\t''"
complete -c airsecrets -n "__fish_airsecrets_using_subcommand delete; and not __fish_seen_subcommand_from variable var connection conn help" -l airflow-version -d 'The Airflow line whose rules apply where the lines differ' -r -f -a "3\t''
2\t''"
complete -c airsecrets -n "__fish_airsecrets_using_subcommand delete; and not __fish_seen_subcommand_from variable var connection conn help" -l force -d 'Delete at once, without a recovery window'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand delete; and not __fish_seen_subcommand_from variable var connection conn help" -l airflow-will-not-read -d 'With a null prefix, delete the secret named exactly KEY although Airflow never reads it'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand delete; and not __fish_seen_subcommand_from variable var connection conn help" -s y -l yes -d 'Answer yes to confirmations (required when not interactive)'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand delete; and not __fish_seen_subcommand_from variable var connection conn help" -s q -l quiet -d 'Print only data and errors'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand delete; and not __fish_seen_subcommand_from variable var connection conn help" -s v -l verbose -d 'Show AWS calls, retries and throttling (-vv: more); never secret values'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand delete; and not __fish_seen_subcommand_from variable var connection conn help" -l strict -d 'Treat warnings as errors'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand delete; and not __fish_seen_subcommand_from variable var connection conn help" -s h -l help -d 'Print help'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand delete; and not __fish_seen_subcommand_from variable var connection conn help" -s V -l version -d 'Print version'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand delete; and not __fish_seen_subcommand_from variable var connection conn help" -f -a "variable" -d 'A variable'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand delete; and not __fish_seen_subcommand_from variable var connection conn help" -f -a "var" -d 'A variable'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand delete; and not __fish_seen_subcommand_from variable var connection conn help" -f -a "connection" -d 'A connection'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand delete; and not __fish_seen_subcommand_from variable var connection conn help" -f -a "conn" -d 'A connection'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand delete; and not __fish_seen_subcommand_from variable var connection conn help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand delete; and __fish_seen_subcommand_from variable" -l recovery-window-days -d 'Days Secrets Manager keeps it recoverable (7 to 30)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand delete; and __fish_seen_subcommand_from variable" -l profile -d 'AWS profile (otherwise the standard AWS chain: env, profiles, SSO, web identity, IMDS)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand delete; and __fish_seen_subcommand_from variable" -l region -d 'AWS region' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand delete; and __fish_seen_subcommand_from variable" -l endpoint-url -d 'Secrets Manager endpoint (AWS_ENDPOINT_URL[_SECRETS_MANAGER] work too)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand delete; and __fish_seen_subcommand_from variable" -l role-arn -d 'Assume this IAM role for every call' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand delete; and __fish_seen_subcommand_from variable" -l backend-kwargs -d 'SecretsManagerBackend kwargs as JSON, over AIRFLOW__SECRETS__BACKEND_KWARGS' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand delete; and __fish_seen_subcommand_from variable" -l connections-prefix -d 'Connections prefix (default `airflow/connections`)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand delete; and __fish_seen_subcommand_from variable" -l variables-prefix -d 'Variables prefix (default `airflow/variables`)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand delete; and __fish_seen_subcommand_from variable" -l sep -d 'Separator between prefix and key (default `/`)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand delete; and __fish_seen_subcommand_from variable" -s o -l output -d 'Output format: tables for people, json for scripts' -r -f -a "table\t''
json\t''"
complete -c airsecrets -n "__fish_airsecrets_using_subcommand delete; and __fish_seen_subcommand_from variable" -l color -d 'Colour: auto honours NO_COLOR and terminals' -r -f -a "auto\t''
always\t''
never\t''"
complete -c airsecrets -n "__fish_airsecrets_using_subcommand delete; and __fish_seen_subcommand_from variable" -l airflow-version -d 'The Airflow line whose rules apply where the lines differ' -r -f -a "3\t''
2\t''"
complete -c airsecrets -n "__fish_airsecrets_using_subcommand delete; and __fish_seen_subcommand_from variable" -l force -d 'Delete at once, without a recovery window'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand delete; and __fish_seen_subcommand_from variable" -l airflow-will-not-read -d 'With a null prefix, delete the secret named exactly KEY although Airflow never reads it'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand delete; and __fish_seen_subcommand_from variable" -s y -l yes -d 'Answer yes to confirmations (required when not interactive)'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand delete; and __fish_seen_subcommand_from variable" -s q -l quiet -d 'Print only data and errors'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand delete; and __fish_seen_subcommand_from variable" -s v -l verbose -d 'Show AWS calls, retries and throttling (-vv: more); never secret values'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand delete; and __fish_seen_subcommand_from variable" -l strict -d 'Treat warnings as errors'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand delete; and __fish_seen_subcommand_from variable" -s h -l help -d 'Print help'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand delete; and __fish_seen_subcommand_from variable" -s V -l version -d 'Print version'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand delete; and __fish_seen_subcommand_from var" -l recovery-window-days -d 'Days Secrets Manager keeps it recoverable (7 to 30)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand delete; and __fish_seen_subcommand_from var" -l profile -d 'AWS profile (otherwise the standard AWS chain: env, profiles, SSO, web identity, IMDS)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand delete; and __fish_seen_subcommand_from var" -l region -d 'AWS region' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand delete; and __fish_seen_subcommand_from var" -l endpoint-url -d 'Secrets Manager endpoint (AWS_ENDPOINT_URL[_SECRETS_MANAGER] work too)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand delete; and __fish_seen_subcommand_from var" -l role-arn -d 'Assume this IAM role for every call' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand delete; and __fish_seen_subcommand_from var" -l backend-kwargs -d 'SecretsManagerBackend kwargs as JSON, over AIRFLOW__SECRETS__BACKEND_KWARGS' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand delete; and __fish_seen_subcommand_from var" -l connections-prefix -d 'Connections prefix (default `airflow/connections`)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand delete; and __fish_seen_subcommand_from var" -l variables-prefix -d 'Variables prefix (default `airflow/variables`)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand delete; and __fish_seen_subcommand_from var" -l sep -d 'Separator between prefix and key (default `/`)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand delete; and __fish_seen_subcommand_from var" -s o -l output -d 'Output format: tables for people, json for scripts' -r -f -a "table\t''
json\t''"
complete -c airsecrets -n "__fish_airsecrets_using_subcommand delete; and __fish_seen_subcommand_from var" -l color -d 'Colour: auto honours NO_COLOR and terminals' -r -f -a "auto\t''
always\t''
never\t''"
complete -c airsecrets -n "__fish_airsecrets_using_subcommand delete; and __fish_seen_subcommand_from var" -l airflow-version -d 'The Airflow line whose rules apply where the lines differ' -r -f -a "3\t''
2\t''"
complete -c airsecrets -n "__fish_airsecrets_using_subcommand delete; and __fish_seen_subcommand_from var" -l force -d 'Delete at once, without a recovery window'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand delete; and __fish_seen_subcommand_from var" -l airflow-will-not-read -d 'With a null prefix, delete the secret named exactly KEY although Airflow never reads it'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand delete; and __fish_seen_subcommand_from var" -s y -l yes -d 'Answer yes to confirmations (required when not interactive)'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand delete; and __fish_seen_subcommand_from var" -s q -l quiet -d 'Print only data and errors'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand delete; and __fish_seen_subcommand_from var" -s v -l verbose -d 'Show AWS calls, retries and throttling (-vv: more); never secret values'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand delete; and __fish_seen_subcommand_from var" -l strict -d 'Treat warnings as errors'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand delete; and __fish_seen_subcommand_from var" -s h -l help -d 'Print help'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand delete; and __fish_seen_subcommand_from var" -s V -l version -d 'Print version'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand delete; and __fish_seen_subcommand_from connection" -l recovery-window-days -d 'Days Secrets Manager keeps it recoverable (7 to 30)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand delete; and __fish_seen_subcommand_from connection" -l profile -d 'AWS profile (otherwise the standard AWS chain: env, profiles, SSO, web identity, IMDS)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand delete; and __fish_seen_subcommand_from connection" -l region -d 'AWS region' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand delete; and __fish_seen_subcommand_from connection" -l endpoint-url -d 'Secrets Manager endpoint (AWS_ENDPOINT_URL[_SECRETS_MANAGER] work too)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand delete; and __fish_seen_subcommand_from connection" -l role-arn -d 'Assume this IAM role for every call' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand delete; and __fish_seen_subcommand_from connection" -l backend-kwargs -d 'SecretsManagerBackend kwargs as JSON, over AIRFLOW__SECRETS__BACKEND_KWARGS' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand delete; and __fish_seen_subcommand_from connection" -l connections-prefix -d 'Connections prefix (default `airflow/connections`)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand delete; and __fish_seen_subcommand_from connection" -l variables-prefix -d 'Variables prefix (default `airflow/variables`)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand delete; and __fish_seen_subcommand_from connection" -l sep -d 'Separator between prefix and key (default `/`)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand delete; and __fish_seen_subcommand_from connection" -s o -l output -d 'Output format: tables for people, json for scripts' -r -f -a "table\t''
json\t''"
complete -c airsecrets -n "__fish_airsecrets_using_subcommand delete; and __fish_seen_subcommand_from connection" -l color -d 'Colour: auto honours NO_COLOR and terminals' -r -f -a "auto\t''
always\t''
never\t''"
complete -c airsecrets -n "__fish_airsecrets_using_subcommand delete; and __fish_seen_subcommand_from connection" -l airflow-version -d 'The Airflow line whose rules apply where the lines differ' -r -f -a "3\t''
2\t''"
complete -c airsecrets -n "__fish_airsecrets_using_subcommand delete; and __fish_seen_subcommand_from connection" -l force -d 'Delete at once, without a recovery window'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand delete; and __fish_seen_subcommand_from connection" -l airflow-will-not-read -d 'With a null prefix, delete the secret named exactly KEY although Airflow never reads it'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand delete; and __fish_seen_subcommand_from connection" -s y -l yes -d 'Answer yes to confirmations (required when not interactive)'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand delete; and __fish_seen_subcommand_from connection" -s q -l quiet -d 'Print only data and errors'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand delete; and __fish_seen_subcommand_from connection" -s v -l verbose -d 'Show AWS calls, retries and throttling (-vv: more); never secret values'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand delete; and __fish_seen_subcommand_from connection" -l strict -d 'Treat warnings as errors'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand delete; and __fish_seen_subcommand_from connection" -s h -l help -d 'Print help'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand delete; and __fish_seen_subcommand_from connection" -s V -l version -d 'Print version'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand delete; and __fish_seen_subcommand_from conn" -l recovery-window-days -d 'Days Secrets Manager keeps it recoverable (7 to 30)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand delete; and __fish_seen_subcommand_from conn" -l profile -d 'AWS profile (otherwise the standard AWS chain: env, profiles, SSO, web identity, IMDS)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand delete; and __fish_seen_subcommand_from conn" -l region -d 'AWS region' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand delete; and __fish_seen_subcommand_from conn" -l endpoint-url -d 'Secrets Manager endpoint (AWS_ENDPOINT_URL[_SECRETS_MANAGER] work too)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand delete; and __fish_seen_subcommand_from conn" -l role-arn -d 'Assume this IAM role for every call' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand delete; and __fish_seen_subcommand_from conn" -l backend-kwargs -d 'SecretsManagerBackend kwargs as JSON, over AIRFLOW__SECRETS__BACKEND_KWARGS' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand delete; and __fish_seen_subcommand_from conn" -l connections-prefix -d 'Connections prefix (default `airflow/connections`)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand delete; and __fish_seen_subcommand_from conn" -l variables-prefix -d 'Variables prefix (default `airflow/variables`)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand delete; and __fish_seen_subcommand_from conn" -l sep -d 'Separator between prefix and key (default `/`)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand delete; and __fish_seen_subcommand_from conn" -s o -l output -d 'Output format: tables for people, json for scripts' -r -f -a "table\t''
json\t''"
complete -c airsecrets -n "__fish_airsecrets_using_subcommand delete; and __fish_seen_subcommand_from conn" -l color -d 'Colour: auto honours NO_COLOR and terminals' -r -f -a "auto\t''
always\t''
never\t''"
complete -c airsecrets -n "__fish_airsecrets_using_subcommand delete; and __fish_seen_subcommand_from conn" -l airflow-version -d 'The Airflow line whose rules apply where the lines differ' -r -f -a "3\t''
2\t''"
complete -c airsecrets -n "__fish_airsecrets_using_subcommand delete; and __fish_seen_subcommand_from conn" -l force -d 'Delete at once, without a recovery window'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand delete; and __fish_seen_subcommand_from conn" -l airflow-will-not-read -d 'With a null prefix, delete the secret named exactly KEY although Airflow never reads it'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand delete; and __fish_seen_subcommand_from conn" -s y -l yes -d 'Answer yes to confirmations (required when not interactive)'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand delete; and __fish_seen_subcommand_from conn" -s q -l quiet -d 'Print only data and errors'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand delete; and __fish_seen_subcommand_from conn" -s v -l verbose -d 'Show AWS calls, retries and throttling (-vv: more); never secret values'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand delete; and __fish_seen_subcommand_from conn" -l strict -d 'Treat warnings as errors'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand delete; and __fish_seen_subcommand_from conn" -s h -l help -d 'Print help'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand delete; and __fish_seen_subcommand_from conn" -s V -l version -d 'Print version'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand delete; and __fish_seen_subcommand_from help" -f -a "variable" -d 'A variable'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand delete; and __fish_seen_subcommand_from help" -f -a "connection" -d 'A connection'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand delete; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand migrate" -l variables -d 'An `airflow variables export` file: .json, .yaml/.yml or .env (repeatable)' -r -F
complete -c airsecrets -n "__fish_airsecrets_using_subcommand migrate" -l connections -d 'An `airflow connections export` file: .json, .yaml/.yml or .env (repeatable)' -r -F
complete -c airsecrets -n "__fish_airsecrets_using_subcommand migrate" -l if-exists -d 'What to do when a secret exists with a different value' -r -f -a "fail\t''
skip\t''
overwrite\t''"
complete -c airsecrets -n "__fish_airsecrets_using_subcommand migrate" -l concurrency -d 'Writes in flight at once' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand migrate" -l rate -d 'Writes per second per operation: Secrets Manager\'s default quota is 50; raise it if your account\'s quota is higher' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand migrate" -l retry-rounds -d 'Rounds of retries per item after throttling or a transient failure, each making up to AWS_MAX_ATTEMPTS (default 3) attempts: at most rounds x attempts writes per item' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand migrate" -l item-timeout -d 'Seconds one item may take, retries included; past it the item fails as unsettled (a re-run finds out whether it was written)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand migrate" -l timeout -d 'Seconds the whole run may take; past it no new write starts, in-flight ones are abandoned, and the summary and report say which' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand migrate" -l format -d 'How connections are stored' -r -f -a "uri\t''
json\t''"
complete -c airsecrets -n "__fish_airsecrets_using_subcommand migrate" -l compat -d 'Also write the keys this other reader of each connection reads (repeatable; needs `--format json`; a connection it cannot serve exactly is invalid)' -r -f -a "rds\t'AWS\'s RDS rotation functions: engine, host, username, password, dbname, port'
datagrok\t'Datagrok: server, db, login, password, port'"
complete -c airsecrets -n "__fish_airsecrets_using_subcommand migrate" -l max-file-size -d 'The largest export file read, in bytes; a larger one is refused from its size, unread' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand migrate" -l report -d 'Write the summary as JSON to this file' -r -F
complete -c airsecrets -n "__fish_airsecrets_using_subcommand migrate" -l recovery-window-days -d 'With --prune: days Secrets Manager keeps them recoverable (7 to 30; default 30)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand migrate" -l tag -d 'Tag the secret, KEY=VALUE (repeatable; put-* also changes an existing secret\'s tags, migrate tags only the secrets it creates)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand migrate" -l kms-key-id -d 'KMS key that encrypts the secret (put-* also changes an existing secret\'s key, migrate sets it only on the secrets it creates)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand migrate" -l profile -d 'AWS profile (otherwise the standard AWS chain: env, profiles, SSO, web identity, IMDS)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand migrate" -l region -d 'AWS region' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand migrate" -l endpoint-url -d 'Secrets Manager endpoint (AWS_ENDPOINT_URL[_SECRETS_MANAGER] work too)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand migrate" -l role-arn -d 'Assume this IAM role for every call' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand migrate" -l backend-kwargs -d 'SecretsManagerBackend kwargs as JSON, over AIRFLOW__SECRETS__BACKEND_KWARGS' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand migrate" -l connections-prefix -d 'Connections prefix (default `airflow/connections`)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand migrate" -l variables-prefix -d 'Variables prefix (default `airflow/variables`)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand migrate" -l sep -d 'Separator between prefix and key (default `/`)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand migrate" -s o -l output -d 'Output format: tables for people, json for scripts' -r -f -a "table\t''
json\t''"
complete -c airsecrets -n "__fish_airsecrets_using_subcommand migrate" -l color -d 'Colour: auto honours NO_COLOR and terminals' -r -f -a "auto\t''
always\t''
never\t''"
complete -c airsecrets -n "__fish_airsecrets_using_subcommand migrate" -l airflow-version -d 'The Airflow line whose rules apply where the lines differ' -r -f -a "3\t''
2\t''"
complete -c airsecrets -n "__fish_airsecrets_using_subcommand migrate" -l dry-run -d 'Print the plan and write nothing'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand migrate" -l skip-invalid -d 'Write the valid items and list the invalid ones'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand migrate" -l prune -d 'Also delete the secrets under the prefixes that no source names (for the kinds given)'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand migrate" -l force -d 'With --prune: delete at once, without a recovery window'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand migrate" -l restore -d 'Restore the secret first if it is scheduled for deletion'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand migrate" -l airflow-will-not-read -d 'With a null prefix, write the secret named exactly KEY although Airflow never reads it'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand migrate" -s y -l yes -d 'Answer yes to confirmations (required when not interactive)'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand migrate" -s q -l quiet -d 'Print only data and errors'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand migrate" -s v -l verbose -d 'Show AWS calls, retries and throttling (-vv: more); never secret values'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand migrate" -l strict -d 'Treat warnings as errors'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand migrate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand migrate" -s V -l version -d 'Print version'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand diff" -l variables -d 'An `airflow variables export` file: .json, .yaml/.yml or .env (repeatable)' -r -F
complete -c airsecrets -n "__fish_airsecrets_using_subcommand diff" -l connections -d 'An `airflow connections export` file: .json, .yaml/.yml or .env (repeatable)' -r -F
complete -c airsecrets -n "__fish_airsecrets_using_subcommand diff" -l if-exists -d 'As `migrate --if-exists`: whether a differing secret is a `conflict` or an `update`' -r -f -a "fail\t''
skip\t''
overwrite\t''"
complete -c airsecrets -n "__fish_airsecrets_using_subcommand diff" -l format -d 'How connections would be stored' -r -f -a "uri\t''
json\t''"
complete -c airsecrets -n "__fish_airsecrets_using_subcommand diff" -l compat -d 'As `migrate --compat`: the other readers whose keys the secrets would carry' -r -f -a "rds\t'AWS\'s RDS rotation functions: engine, host, username, password, dbname, port'
datagrok\t'Datagrok: server, db, login, password, port'"
complete -c airsecrets -n "__fish_airsecrets_using_subcommand diff" -l max-file-size -d 'The largest export file read, in bytes' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand diff" -l profile -d 'AWS profile (otherwise the standard AWS chain: env, profiles, SSO, web identity, IMDS)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand diff" -l region -d 'AWS region' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand diff" -l endpoint-url -d 'Secrets Manager endpoint (AWS_ENDPOINT_URL[_SECRETS_MANAGER] work too)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand diff" -l role-arn -d 'Assume this IAM role for every call' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand diff" -l backend-kwargs -d 'SecretsManagerBackend kwargs as JSON, over AIRFLOW__SECRETS__BACKEND_KWARGS' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand diff" -l connections-prefix -d 'Connections prefix (default `airflow/connections`)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand diff" -l variables-prefix -d 'Variables prefix (default `airflow/variables`)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand diff" -l sep -d 'Separator between prefix and key (default `/`)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand diff" -s o -l output -d 'Output format: tables for people, json for scripts' -r -f -a "table\t''
json\t''"
complete -c airsecrets -n "__fish_airsecrets_using_subcommand diff" -l color -d 'Colour: auto honours NO_COLOR and terminals' -r -f -a "auto\t''
always\t''
never\t''"
complete -c airsecrets -n "__fish_airsecrets_using_subcommand diff" -l airflow-version -d 'The Airflow line whose rules apply where the lines differ' -r -f -a "3\t''
2\t''"
complete -c airsecrets -n "__fish_airsecrets_using_subcommand diff" -l exit-code -d 'Exit 1 when anything would change (for CI)'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand diff" -l reveal -d 'Show the differing values (on stdout), not only the field names'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand diff" -s y -l yes -d 'Answer yes to confirmations (required when not interactive)'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand diff" -s q -l quiet -d 'Print only data and errors'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand diff" -s v -l verbose -d 'Show AWS calls, retries and throttling (-vv: more); never secret values'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand diff" -l strict -d 'Treat warnings as errors'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand diff" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand diff" -s V -l version -d 'Print version'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand export" -l variables -d 'Write the variables to FILE, as `airflow variables export` JSON (`-`: stdout)' -r -F
complete -c airsecrets -n "__fish_airsecrets_using_subcommand export" -l connections -d 'Write the connections to FILE, as `airflow connections export` (`-`: stdout)' -r -F
complete -c airsecrets -n "__fish_airsecrets_using_subcommand export" -l connections-format -d 'The connections file\'s format' -r -f -a "json\t''
yaml\t''
env\t''"
complete -c airsecrets -n "__fish_airsecrets_using_subcommand export" -l serialization-format -d 'How a .env file holds each connection' -r -f -a "uri\t''
json\t''"
complete -c airsecrets -n "__fish_airsecrets_using_subcommand export" -l reader -d 'Whose reading of the connections to write (default: core for Airflow 3, airflow2 for 2)' -r -f -a "core\t'Airflow 3 scheduler, API server, UI and CLI'
sdk\t'Airflow 3 running tasks'
airflow2\t'Airflow 2.10'"
complete -c airsecrets -n "__fish_airsecrets_using_subcommand export" -l profile -d 'AWS profile (otherwise the standard AWS chain: env, profiles, SSO, web identity, IMDS)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand export" -l region -d 'AWS region' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand export" -l endpoint-url -d 'Secrets Manager endpoint (AWS_ENDPOINT_URL[_SECRETS_MANAGER] work too)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand export" -l role-arn -d 'Assume this IAM role for every call' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand export" -l backend-kwargs -d 'SecretsManagerBackend kwargs as JSON, over AIRFLOW__SECRETS__BACKEND_KWARGS' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand export" -l connections-prefix -d 'Connections prefix (default `airflow/connections`)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand export" -l variables-prefix -d 'Variables prefix (default `airflow/variables`)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand export" -l sep -d 'Separator between prefix and key (default `/`)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand export" -s o -l output -d 'Output format: tables for people, json for scripts' -r -f -a "table\t''
json\t''"
complete -c airsecrets -n "__fish_airsecrets_using_subcommand export" -l color -d 'Colour: auto honours NO_COLOR and terminals' -r -f -a "auto\t''
always\t''
never\t''"
complete -c airsecrets -n "__fish_airsecrets_using_subcommand export" -l airflow-version -d 'The Airflow line whose rules apply where the lines differ' -r -f -a "3\t''
2\t''"
complete -c airsecrets -n "__fish_airsecrets_using_subcommand export" -l force -d 'Replace a file that exists'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand export" -s y -l yes -d 'Answer yes to confirmations (required when not interactive)'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand export" -s q -l quiet -d 'Print only data and errors'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand export" -s v -l verbose -d 'Show AWS calls, retries and throttling (-vv: more); never secret values'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand export" -l strict -d 'Treat warnings as errors'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand export" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand export" -s V -l version -d 'Print version'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand doctor" -l fail-on -d 'Exit 1 when a finding is this severe or more' -r -f -a "error\t''
warning\t''
info\t''"
complete -c airsecrets -n "__fish_airsecrets_using_subcommand doctor" -l profile -d 'AWS profile (otherwise the standard AWS chain: env, profiles, SSO, web identity, IMDS)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand doctor" -l region -d 'AWS region' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand doctor" -l endpoint-url -d 'Secrets Manager endpoint (AWS_ENDPOINT_URL[_SECRETS_MANAGER] work too)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand doctor" -l role-arn -d 'Assume this IAM role for every call' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand doctor" -l backend-kwargs -d 'SecretsManagerBackend kwargs as JSON, over AIRFLOW__SECRETS__BACKEND_KWARGS' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand doctor" -l connections-prefix -d 'Connections prefix (default `airflow/connections`)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand doctor" -l variables-prefix -d 'Variables prefix (default `airflow/variables`)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand doctor" -l sep -d 'Separator between prefix and key (default `/`)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand doctor" -s o -l output -d 'Output format: tables for people, json for scripts' -r -f -a "table\t''
json\t''"
complete -c airsecrets -n "__fish_airsecrets_using_subcommand doctor" -l color -d 'Colour: auto honours NO_COLOR and terminals' -r -f -a "auto\t''
always\t''
never\t''"
complete -c airsecrets -n "__fish_airsecrets_using_subcommand doctor" -l airflow-version -d 'The Airflow line whose rules apply where the lines differ' -r -f -a "3\t''
2\t''"
complete -c airsecrets -n "__fish_airsecrets_using_subcommand doctor" -s y -l yes -d 'Answer yes to confirmations (required when not interactive)'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand doctor" -s q -l quiet -d 'Print only data and errors'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand doctor" -s v -l verbose -d 'Show AWS calls, retries and throttling (-vv: more); never secret values'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand doctor" -l strict -d 'Treat warnings as errors'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand doctor" -s h -l help -d 'Print help'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand doctor" -s V -l version -d 'Print version'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand iam-policy" -l for -d 'Whose policy' -r -f -a "airflow\t'Airflow\'s role: read the secrets it looks up'
admin\t'An operator of airsecrets: every command'"
complete -c airsecrets -n "__fish_airsecrets_using_subcommand iam-policy" -l kms-key-arn -d 'A customer managed KMS key the secrets are encrypted with' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand iam-policy" -l profile -d 'AWS profile (otherwise the standard AWS chain: env, profiles, SSO, web identity, IMDS)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand iam-policy" -l region -d 'AWS region' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand iam-policy" -l endpoint-url -d 'Secrets Manager endpoint (AWS_ENDPOINT_URL[_SECRETS_MANAGER] work too)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand iam-policy" -l role-arn -d 'Assume this IAM role for every call' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand iam-policy" -l backend-kwargs -d 'SecretsManagerBackend kwargs as JSON, over AIRFLOW__SECRETS__BACKEND_KWARGS' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand iam-policy" -l connections-prefix -d 'Connections prefix (default `airflow/connections`)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand iam-policy" -l variables-prefix -d 'Variables prefix (default `airflow/variables`)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand iam-policy" -l sep -d 'Separator between prefix and key (default `/`)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand iam-policy" -s o -l output -d 'Output format: tables for people, json for scripts' -r -f -a "table\t''
json\t''"
complete -c airsecrets -n "__fish_airsecrets_using_subcommand iam-policy" -l color -d 'Colour: auto honours NO_COLOR and terminals' -r -f -a "auto\t''
always\t''
never\t''"
complete -c airsecrets -n "__fish_airsecrets_using_subcommand iam-policy" -l airflow-version -d 'The Airflow line whose rules apply where the lines differ' -r -f -a "3\t''
2\t''"
complete -c airsecrets -n "__fish_airsecrets_using_subcommand iam-policy" -s y -l yes -d 'Answer yes to confirmations (required when not interactive)'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand iam-policy" -s q -l quiet -d 'Print only data and errors'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand iam-policy" -s v -l verbose -d 'Show AWS calls, retries and throttling (-vv: more); never secret values'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand iam-policy" -l strict -d 'Treat warnings as errors'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand iam-policy" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand iam-policy" -s V -l version -d 'Print version'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand history; and not __fish_seen_subcommand_from variable var connection conn help" -l profile -d 'AWS profile (otherwise the standard AWS chain: env, profiles, SSO, web identity, IMDS)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand history; and not __fish_seen_subcommand_from variable var connection conn help" -l region -d 'AWS region' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand history; and not __fish_seen_subcommand_from variable var connection conn help" -l endpoint-url -d 'Secrets Manager endpoint (AWS_ENDPOINT_URL[_SECRETS_MANAGER] work too)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand history; and not __fish_seen_subcommand_from variable var connection conn help" -l role-arn -d 'Assume this IAM role for every call' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand history; and not __fish_seen_subcommand_from variable var connection conn help" -l backend-kwargs -d 'SecretsManagerBackend kwargs as JSON, over AIRFLOW__SECRETS__BACKEND_KWARGS' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand history; and not __fish_seen_subcommand_from variable var connection conn help" -l connections-prefix -d 'Connections prefix (default `airflow/connections`)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand history; and not __fish_seen_subcommand_from variable var connection conn help" -l variables-prefix -d 'Variables prefix (default `airflow/variables`)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand history; and not __fish_seen_subcommand_from variable var connection conn help" -l sep -d 'Separator between prefix and key (default `/`)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand history; and not __fish_seen_subcommand_from variable var connection conn help" -s o -l output -d 'Output format: tables for people, json for scripts' -r -f -a "table\t''
json\t''"
complete -c airsecrets -n "__fish_airsecrets_using_subcommand history; and not __fish_seen_subcommand_from variable var connection conn help" -l color -d 'Colour: auto honours NO_COLOR and terminals' -r -f -a "auto\t''
always\t''
never\t''"
complete -c airsecrets -n "__fish_airsecrets_using_subcommand history; and not __fish_seen_subcommand_from variable var connection conn help" -l airflow-version -d 'The Airflow line whose rules apply where the lines differ' -r -f -a "3\t''
2\t''"
complete -c airsecrets -n "__fish_airsecrets_using_subcommand history; and not __fish_seen_subcommand_from variable var connection conn help" -l reveal -d 'Show the values (on stdout), not only which fields changed'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand history; and not __fish_seen_subcommand_from variable var connection conn help" -s y -l yes -d 'Answer yes to confirmations (required when not interactive)'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand history; and not __fish_seen_subcommand_from variable var connection conn help" -s q -l quiet -d 'Print only data and errors'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand history; and not __fish_seen_subcommand_from variable var connection conn help" -s v -l verbose -d 'Show AWS calls, retries and throttling (-vv: more); never secret values'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand history; and not __fish_seen_subcommand_from variable var connection conn help" -l strict -d 'Treat warnings as errors'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand history; and not __fish_seen_subcommand_from variable var connection conn help" -s h -l help -d 'Print help'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand history; and not __fish_seen_subcommand_from variable var connection conn help" -s V -l version -d 'Print version'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand history; and not __fish_seen_subcommand_from variable var connection conn help" -f -a "variable" -d 'A variable'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand history; and not __fish_seen_subcommand_from variable var connection conn help" -f -a "var" -d 'A variable'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand history; and not __fish_seen_subcommand_from variable var connection conn help" -f -a "connection" -d 'A connection'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand history; and not __fish_seen_subcommand_from variable var connection conn help" -f -a "conn" -d 'A connection'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand history; and not __fish_seen_subcommand_from variable var connection conn help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand history; and __fish_seen_subcommand_from variable" -l profile -d 'AWS profile (otherwise the standard AWS chain: env, profiles, SSO, web identity, IMDS)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand history; and __fish_seen_subcommand_from variable" -l region -d 'AWS region' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand history; and __fish_seen_subcommand_from variable" -l endpoint-url -d 'Secrets Manager endpoint (AWS_ENDPOINT_URL[_SECRETS_MANAGER] work too)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand history; and __fish_seen_subcommand_from variable" -l role-arn -d 'Assume this IAM role for every call' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand history; and __fish_seen_subcommand_from variable" -l backend-kwargs -d 'SecretsManagerBackend kwargs as JSON, over AIRFLOW__SECRETS__BACKEND_KWARGS' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand history; and __fish_seen_subcommand_from variable" -l connections-prefix -d 'Connections prefix (default `airflow/connections`)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand history; and __fish_seen_subcommand_from variable" -l variables-prefix -d 'Variables prefix (default `airflow/variables`)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand history; and __fish_seen_subcommand_from variable" -l sep -d 'Separator between prefix and key (default `/`)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand history; and __fish_seen_subcommand_from variable" -s o -l output -d 'Output format: tables for people, json for scripts' -r -f -a "table\t''
json\t''"
complete -c airsecrets -n "__fish_airsecrets_using_subcommand history; and __fish_seen_subcommand_from variable" -l color -d 'Colour: auto honours NO_COLOR and terminals' -r -f -a "auto\t''
always\t''
never\t''"
complete -c airsecrets -n "__fish_airsecrets_using_subcommand history; and __fish_seen_subcommand_from variable" -l airflow-version -d 'The Airflow line whose rules apply where the lines differ' -r -f -a "3\t''
2\t''"
complete -c airsecrets -n "__fish_airsecrets_using_subcommand history; and __fish_seen_subcommand_from variable" -l reveal -d 'Show the values (on stdout), not only which fields changed'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand history; and __fish_seen_subcommand_from variable" -s y -l yes -d 'Answer yes to confirmations (required when not interactive)'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand history; and __fish_seen_subcommand_from variable" -s q -l quiet -d 'Print only data and errors'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand history; and __fish_seen_subcommand_from variable" -s v -l verbose -d 'Show AWS calls, retries and throttling (-vv: more); never secret values'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand history; and __fish_seen_subcommand_from variable" -l strict -d 'Treat warnings as errors'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand history; and __fish_seen_subcommand_from variable" -s h -l help -d 'Print help'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand history; and __fish_seen_subcommand_from variable" -s V -l version -d 'Print version'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand history; and __fish_seen_subcommand_from var" -l profile -d 'AWS profile (otherwise the standard AWS chain: env, profiles, SSO, web identity, IMDS)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand history; and __fish_seen_subcommand_from var" -l region -d 'AWS region' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand history; and __fish_seen_subcommand_from var" -l endpoint-url -d 'Secrets Manager endpoint (AWS_ENDPOINT_URL[_SECRETS_MANAGER] work too)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand history; and __fish_seen_subcommand_from var" -l role-arn -d 'Assume this IAM role for every call' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand history; and __fish_seen_subcommand_from var" -l backend-kwargs -d 'SecretsManagerBackend kwargs as JSON, over AIRFLOW__SECRETS__BACKEND_KWARGS' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand history; and __fish_seen_subcommand_from var" -l connections-prefix -d 'Connections prefix (default `airflow/connections`)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand history; and __fish_seen_subcommand_from var" -l variables-prefix -d 'Variables prefix (default `airflow/variables`)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand history; and __fish_seen_subcommand_from var" -l sep -d 'Separator between prefix and key (default `/`)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand history; and __fish_seen_subcommand_from var" -s o -l output -d 'Output format: tables for people, json for scripts' -r -f -a "table\t''
json\t''"
complete -c airsecrets -n "__fish_airsecrets_using_subcommand history; and __fish_seen_subcommand_from var" -l color -d 'Colour: auto honours NO_COLOR and terminals' -r -f -a "auto\t''
always\t''
never\t''"
complete -c airsecrets -n "__fish_airsecrets_using_subcommand history; and __fish_seen_subcommand_from var" -l airflow-version -d 'The Airflow line whose rules apply where the lines differ' -r -f -a "3\t''
2\t''"
complete -c airsecrets -n "__fish_airsecrets_using_subcommand history; and __fish_seen_subcommand_from var" -l reveal -d 'Show the values (on stdout), not only which fields changed'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand history; and __fish_seen_subcommand_from var" -s y -l yes -d 'Answer yes to confirmations (required when not interactive)'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand history; and __fish_seen_subcommand_from var" -s q -l quiet -d 'Print only data and errors'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand history; and __fish_seen_subcommand_from var" -s v -l verbose -d 'Show AWS calls, retries and throttling (-vv: more); never secret values'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand history; and __fish_seen_subcommand_from var" -l strict -d 'Treat warnings as errors'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand history; and __fish_seen_subcommand_from var" -s h -l help -d 'Print help'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand history; and __fish_seen_subcommand_from var" -s V -l version -d 'Print version'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand history; and __fish_seen_subcommand_from connection" -l profile -d 'AWS profile (otherwise the standard AWS chain: env, profiles, SSO, web identity, IMDS)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand history; and __fish_seen_subcommand_from connection" -l region -d 'AWS region' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand history; and __fish_seen_subcommand_from connection" -l endpoint-url -d 'Secrets Manager endpoint (AWS_ENDPOINT_URL[_SECRETS_MANAGER] work too)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand history; and __fish_seen_subcommand_from connection" -l role-arn -d 'Assume this IAM role for every call' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand history; and __fish_seen_subcommand_from connection" -l backend-kwargs -d 'SecretsManagerBackend kwargs as JSON, over AIRFLOW__SECRETS__BACKEND_KWARGS' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand history; and __fish_seen_subcommand_from connection" -l connections-prefix -d 'Connections prefix (default `airflow/connections`)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand history; and __fish_seen_subcommand_from connection" -l variables-prefix -d 'Variables prefix (default `airflow/variables`)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand history; and __fish_seen_subcommand_from connection" -l sep -d 'Separator between prefix and key (default `/`)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand history; and __fish_seen_subcommand_from connection" -s o -l output -d 'Output format: tables for people, json for scripts' -r -f -a "table\t''
json\t''"
complete -c airsecrets -n "__fish_airsecrets_using_subcommand history; and __fish_seen_subcommand_from connection" -l color -d 'Colour: auto honours NO_COLOR and terminals' -r -f -a "auto\t''
always\t''
never\t''"
complete -c airsecrets -n "__fish_airsecrets_using_subcommand history; and __fish_seen_subcommand_from connection" -l airflow-version -d 'The Airflow line whose rules apply where the lines differ' -r -f -a "3\t''
2\t''"
complete -c airsecrets -n "__fish_airsecrets_using_subcommand history; and __fish_seen_subcommand_from connection" -l reveal -d 'Show the values (on stdout), not only which fields changed'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand history; and __fish_seen_subcommand_from connection" -s y -l yes -d 'Answer yes to confirmations (required when not interactive)'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand history; and __fish_seen_subcommand_from connection" -s q -l quiet -d 'Print only data and errors'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand history; and __fish_seen_subcommand_from connection" -s v -l verbose -d 'Show AWS calls, retries and throttling (-vv: more); never secret values'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand history; and __fish_seen_subcommand_from connection" -l strict -d 'Treat warnings as errors'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand history; and __fish_seen_subcommand_from connection" -s h -l help -d 'Print help'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand history; and __fish_seen_subcommand_from connection" -s V -l version -d 'Print version'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand history; and __fish_seen_subcommand_from conn" -l profile -d 'AWS profile (otherwise the standard AWS chain: env, profiles, SSO, web identity, IMDS)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand history; and __fish_seen_subcommand_from conn" -l region -d 'AWS region' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand history; and __fish_seen_subcommand_from conn" -l endpoint-url -d 'Secrets Manager endpoint (AWS_ENDPOINT_URL[_SECRETS_MANAGER] work too)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand history; and __fish_seen_subcommand_from conn" -l role-arn -d 'Assume this IAM role for every call' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand history; and __fish_seen_subcommand_from conn" -l backend-kwargs -d 'SecretsManagerBackend kwargs as JSON, over AIRFLOW__SECRETS__BACKEND_KWARGS' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand history; and __fish_seen_subcommand_from conn" -l connections-prefix -d 'Connections prefix (default `airflow/connections`)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand history; and __fish_seen_subcommand_from conn" -l variables-prefix -d 'Variables prefix (default `airflow/variables`)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand history; and __fish_seen_subcommand_from conn" -l sep -d 'Separator between prefix and key (default `/`)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand history; and __fish_seen_subcommand_from conn" -s o -l output -d 'Output format: tables for people, json for scripts' -r -f -a "table\t''
json\t''"
complete -c airsecrets -n "__fish_airsecrets_using_subcommand history; and __fish_seen_subcommand_from conn" -l color -d 'Colour: auto honours NO_COLOR and terminals' -r -f -a "auto\t''
always\t''
never\t''"
complete -c airsecrets -n "__fish_airsecrets_using_subcommand history; and __fish_seen_subcommand_from conn" -l airflow-version -d 'The Airflow line whose rules apply where the lines differ' -r -f -a "3\t''
2\t''"
complete -c airsecrets -n "__fish_airsecrets_using_subcommand history; and __fish_seen_subcommand_from conn" -l reveal -d 'Show the values (on stdout), not only which fields changed'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand history; and __fish_seen_subcommand_from conn" -s y -l yes -d 'Answer yes to confirmations (required when not interactive)'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand history; and __fish_seen_subcommand_from conn" -s q -l quiet -d 'Print only data and errors'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand history; and __fish_seen_subcommand_from conn" -s v -l verbose -d 'Show AWS calls, retries and throttling (-vv: more); never secret values'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand history; and __fish_seen_subcommand_from conn" -l strict -d 'Treat warnings as errors'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand history; and __fish_seen_subcommand_from conn" -s h -l help -d 'Print help'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand history; and __fish_seen_subcommand_from conn" -s V -l version -d 'Print version'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand history; and __fish_seen_subcommand_from help" -f -a "variable" -d 'A variable'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand history; and __fish_seen_subcommand_from help" -f -a "connection" -d 'A connection'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand history; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand rollback; and not __fish_seen_subcommand_from variable var connection conn help" -l to -d 'The version to make current (default: the one labelled AWSPREVIOUS)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand rollback; and not __fish_seen_subcommand_from variable var connection conn help" -l profile -d 'AWS profile (otherwise the standard AWS chain: env, profiles, SSO, web identity, IMDS)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand rollback; and not __fish_seen_subcommand_from variable var connection conn help" -l region -d 'AWS region' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand rollback; and not __fish_seen_subcommand_from variable var connection conn help" -l endpoint-url -d 'Secrets Manager endpoint (AWS_ENDPOINT_URL[_SECRETS_MANAGER] work too)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand rollback; and not __fish_seen_subcommand_from variable var connection conn help" -l role-arn -d 'Assume this IAM role for every call' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand rollback; and not __fish_seen_subcommand_from variable var connection conn help" -l backend-kwargs -d 'SecretsManagerBackend kwargs as JSON, over AIRFLOW__SECRETS__BACKEND_KWARGS' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand rollback; and not __fish_seen_subcommand_from variable var connection conn help" -l connections-prefix -d 'Connections prefix (default `airflow/connections`)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand rollback; and not __fish_seen_subcommand_from variable var connection conn help" -l variables-prefix -d 'Variables prefix (default `airflow/variables`)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand rollback; and not __fish_seen_subcommand_from variable var connection conn help" -l sep -d 'Separator between prefix and key (default `/`)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand rollback; and not __fish_seen_subcommand_from variable var connection conn help" -s o -l output -d 'Output format: tables for people, json for scripts' -r -f -a "table\t''
json\t''"
complete -c airsecrets -n "__fish_airsecrets_using_subcommand rollback; and not __fish_seen_subcommand_from variable var connection conn help" -l color -d 'Colour: auto honours NO_COLOR and terminals' -r -f -a "auto\t''
always\t''
never\t''"
complete -c airsecrets -n "__fish_airsecrets_using_subcommand rollback; and not __fish_seen_subcommand_from variable var connection conn help" -l airflow-version -d 'The Airflow line whose rules apply where the lines differ' -r -f -a "3\t''
2\t''"
complete -c airsecrets -n "__fish_airsecrets_using_subcommand rollback; and not __fish_seen_subcommand_from variable var connection conn help" -l dry-run -d 'Show what each reader would read afterwards; move nothing'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand rollback; and not __fish_seen_subcommand_from variable var connection conn help" -l reveal -d 'Show the values each reader would read (on stdout)'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand rollback; and not __fish_seen_subcommand_from variable var connection conn help" -s y -l yes -d 'Answer yes to confirmations (required when not interactive)'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand rollback; and not __fish_seen_subcommand_from variable var connection conn help" -s q -l quiet -d 'Print only data and errors'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand rollback; and not __fish_seen_subcommand_from variable var connection conn help" -s v -l verbose -d 'Show AWS calls, retries and throttling (-vv: more); never secret values'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand rollback; and not __fish_seen_subcommand_from variable var connection conn help" -l strict -d 'Treat warnings as errors'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand rollback; and not __fish_seen_subcommand_from variable var connection conn help" -s h -l help -d 'Print help'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand rollback; and not __fish_seen_subcommand_from variable var connection conn help" -s V -l version -d 'Print version'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand rollback; and not __fish_seen_subcommand_from variable var connection conn help" -f -a "variable" -d 'A variable'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand rollback; and not __fish_seen_subcommand_from variable var connection conn help" -f -a "var" -d 'A variable'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand rollback; and not __fish_seen_subcommand_from variable var connection conn help" -f -a "connection" -d 'A connection'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand rollback; and not __fish_seen_subcommand_from variable var connection conn help" -f -a "conn" -d 'A connection'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand rollback; and not __fish_seen_subcommand_from variable var connection conn help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand rollback; and __fish_seen_subcommand_from variable" -l to -d 'The version to make current (default: the one labelled AWSPREVIOUS)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand rollback; and __fish_seen_subcommand_from variable" -l profile -d 'AWS profile (otherwise the standard AWS chain: env, profiles, SSO, web identity, IMDS)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand rollback; and __fish_seen_subcommand_from variable" -l region -d 'AWS region' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand rollback; and __fish_seen_subcommand_from variable" -l endpoint-url -d 'Secrets Manager endpoint (AWS_ENDPOINT_URL[_SECRETS_MANAGER] work too)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand rollback; and __fish_seen_subcommand_from variable" -l role-arn -d 'Assume this IAM role for every call' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand rollback; and __fish_seen_subcommand_from variable" -l backend-kwargs -d 'SecretsManagerBackend kwargs as JSON, over AIRFLOW__SECRETS__BACKEND_KWARGS' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand rollback; and __fish_seen_subcommand_from variable" -l connections-prefix -d 'Connections prefix (default `airflow/connections`)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand rollback; and __fish_seen_subcommand_from variable" -l variables-prefix -d 'Variables prefix (default `airflow/variables`)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand rollback; and __fish_seen_subcommand_from variable" -l sep -d 'Separator between prefix and key (default `/`)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand rollback; and __fish_seen_subcommand_from variable" -s o -l output -d 'Output format: tables for people, json for scripts' -r -f -a "table\t''
json\t''"
complete -c airsecrets -n "__fish_airsecrets_using_subcommand rollback; and __fish_seen_subcommand_from variable" -l color -d 'Colour: auto honours NO_COLOR and terminals' -r -f -a "auto\t''
always\t''
never\t''"
complete -c airsecrets -n "__fish_airsecrets_using_subcommand rollback; and __fish_seen_subcommand_from variable" -l airflow-version -d 'The Airflow line whose rules apply where the lines differ' -r -f -a "3\t''
2\t''"
complete -c airsecrets -n "__fish_airsecrets_using_subcommand rollback; and __fish_seen_subcommand_from variable" -l dry-run -d 'Show what each reader would read afterwards; move nothing'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand rollback; and __fish_seen_subcommand_from variable" -l reveal -d 'Show the values each reader would read (on stdout)'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand rollback; and __fish_seen_subcommand_from variable" -s y -l yes -d 'Answer yes to confirmations (required when not interactive)'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand rollback; and __fish_seen_subcommand_from variable" -s q -l quiet -d 'Print only data and errors'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand rollback; and __fish_seen_subcommand_from variable" -s v -l verbose -d 'Show AWS calls, retries and throttling (-vv: more); never secret values'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand rollback; and __fish_seen_subcommand_from variable" -l strict -d 'Treat warnings as errors'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand rollback; and __fish_seen_subcommand_from variable" -s h -l help -d 'Print help'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand rollback; and __fish_seen_subcommand_from variable" -s V -l version -d 'Print version'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand rollback; and __fish_seen_subcommand_from var" -l to -d 'The version to make current (default: the one labelled AWSPREVIOUS)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand rollback; and __fish_seen_subcommand_from var" -l profile -d 'AWS profile (otherwise the standard AWS chain: env, profiles, SSO, web identity, IMDS)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand rollback; and __fish_seen_subcommand_from var" -l region -d 'AWS region' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand rollback; and __fish_seen_subcommand_from var" -l endpoint-url -d 'Secrets Manager endpoint (AWS_ENDPOINT_URL[_SECRETS_MANAGER] work too)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand rollback; and __fish_seen_subcommand_from var" -l role-arn -d 'Assume this IAM role for every call' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand rollback; and __fish_seen_subcommand_from var" -l backend-kwargs -d 'SecretsManagerBackend kwargs as JSON, over AIRFLOW__SECRETS__BACKEND_KWARGS' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand rollback; and __fish_seen_subcommand_from var" -l connections-prefix -d 'Connections prefix (default `airflow/connections`)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand rollback; and __fish_seen_subcommand_from var" -l variables-prefix -d 'Variables prefix (default `airflow/variables`)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand rollback; and __fish_seen_subcommand_from var" -l sep -d 'Separator between prefix and key (default `/`)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand rollback; and __fish_seen_subcommand_from var" -s o -l output -d 'Output format: tables for people, json for scripts' -r -f -a "table\t''
json\t''"
complete -c airsecrets -n "__fish_airsecrets_using_subcommand rollback; and __fish_seen_subcommand_from var" -l color -d 'Colour: auto honours NO_COLOR and terminals' -r -f -a "auto\t''
always\t''
never\t''"
complete -c airsecrets -n "__fish_airsecrets_using_subcommand rollback; and __fish_seen_subcommand_from var" -l airflow-version -d 'The Airflow line whose rules apply where the lines differ' -r -f -a "3\t''
2\t''"
complete -c airsecrets -n "__fish_airsecrets_using_subcommand rollback; and __fish_seen_subcommand_from var" -l dry-run -d 'Show what each reader would read afterwards; move nothing'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand rollback; and __fish_seen_subcommand_from var" -l reveal -d 'Show the values each reader would read (on stdout)'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand rollback; and __fish_seen_subcommand_from var" -s y -l yes -d 'Answer yes to confirmations (required when not interactive)'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand rollback; and __fish_seen_subcommand_from var" -s q -l quiet -d 'Print only data and errors'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand rollback; and __fish_seen_subcommand_from var" -s v -l verbose -d 'Show AWS calls, retries and throttling (-vv: more); never secret values'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand rollback; and __fish_seen_subcommand_from var" -l strict -d 'Treat warnings as errors'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand rollback; and __fish_seen_subcommand_from var" -s h -l help -d 'Print help'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand rollback; and __fish_seen_subcommand_from var" -s V -l version -d 'Print version'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand rollback; and __fish_seen_subcommand_from connection" -l to -d 'The version to make current (default: the one labelled AWSPREVIOUS)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand rollback; and __fish_seen_subcommand_from connection" -l profile -d 'AWS profile (otherwise the standard AWS chain: env, profiles, SSO, web identity, IMDS)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand rollback; and __fish_seen_subcommand_from connection" -l region -d 'AWS region' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand rollback; and __fish_seen_subcommand_from connection" -l endpoint-url -d 'Secrets Manager endpoint (AWS_ENDPOINT_URL[_SECRETS_MANAGER] work too)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand rollback; and __fish_seen_subcommand_from connection" -l role-arn -d 'Assume this IAM role for every call' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand rollback; and __fish_seen_subcommand_from connection" -l backend-kwargs -d 'SecretsManagerBackend kwargs as JSON, over AIRFLOW__SECRETS__BACKEND_KWARGS' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand rollback; and __fish_seen_subcommand_from connection" -l connections-prefix -d 'Connections prefix (default `airflow/connections`)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand rollback; and __fish_seen_subcommand_from connection" -l variables-prefix -d 'Variables prefix (default `airflow/variables`)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand rollback; and __fish_seen_subcommand_from connection" -l sep -d 'Separator between prefix and key (default `/`)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand rollback; and __fish_seen_subcommand_from connection" -s o -l output -d 'Output format: tables for people, json for scripts' -r -f -a "table\t''
json\t''"
complete -c airsecrets -n "__fish_airsecrets_using_subcommand rollback; and __fish_seen_subcommand_from connection" -l color -d 'Colour: auto honours NO_COLOR and terminals' -r -f -a "auto\t''
always\t''
never\t''"
complete -c airsecrets -n "__fish_airsecrets_using_subcommand rollback; and __fish_seen_subcommand_from connection" -l airflow-version -d 'The Airflow line whose rules apply where the lines differ' -r -f -a "3\t''
2\t''"
complete -c airsecrets -n "__fish_airsecrets_using_subcommand rollback; and __fish_seen_subcommand_from connection" -l dry-run -d 'Show what each reader would read afterwards; move nothing'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand rollback; and __fish_seen_subcommand_from connection" -l reveal -d 'Show the values each reader would read (on stdout)'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand rollback; and __fish_seen_subcommand_from connection" -s y -l yes -d 'Answer yes to confirmations (required when not interactive)'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand rollback; and __fish_seen_subcommand_from connection" -s q -l quiet -d 'Print only data and errors'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand rollback; and __fish_seen_subcommand_from connection" -s v -l verbose -d 'Show AWS calls, retries and throttling (-vv: more); never secret values'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand rollback; and __fish_seen_subcommand_from connection" -l strict -d 'Treat warnings as errors'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand rollback; and __fish_seen_subcommand_from connection" -s h -l help -d 'Print help'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand rollback; and __fish_seen_subcommand_from connection" -s V -l version -d 'Print version'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand rollback; and __fish_seen_subcommand_from conn" -l to -d 'The version to make current (default: the one labelled AWSPREVIOUS)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand rollback; and __fish_seen_subcommand_from conn" -l profile -d 'AWS profile (otherwise the standard AWS chain: env, profiles, SSO, web identity, IMDS)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand rollback; and __fish_seen_subcommand_from conn" -l region -d 'AWS region' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand rollback; and __fish_seen_subcommand_from conn" -l endpoint-url -d 'Secrets Manager endpoint (AWS_ENDPOINT_URL[_SECRETS_MANAGER] work too)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand rollback; and __fish_seen_subcommand_from conn" -l role-arn -d 'Assume this IAM role for every call' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand rollback; and __fish_seen_subcommand_from conn" -l backend-kwargs -d 'SecretsManagerBackend kwargs as JSON, over AIRFLOW__SECRETS__BACKEND_KWARGS' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand rollback; and __fish_seen_subcommand_from conn" -l connections-prefix -d 'Connections prefix (default `airflow/connections`)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand rollback; and __fish_seen_subcommand_from conn" -l variables-prefix -d 'Variables prefix (default `airflow/variables`)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand rollback; and __fish_seen_subcommand_from conn" -l sep -d 'Separator between prefix and key (default `/`)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand rollback; and __fish_seen_subcommand_from conn" -s o -l output -d 'Output format: tables for people, json for scripts' -r -f -a "table\t''
json\t''"
complete -c airsecrets -n "__fish_airsecrets_using_subcommand rollback; and __fish_seen_subcommand_from conn" -l color -d 'Colour: auto honours NO_COLOR and terminals' -r -f -a "auto\t''
always\t''
never\t''"
complete -c airsecrets -n "__fish_airsecrets_using_subcommand rollback; and __fish_seen_subcommand_from conn" -l airflow-version -d 'The Airflow line whose rules apply where the lines differ' -r -f -a "3\t''
2\t''"
complete -c airsecrets -n "__fish_airsecrets_using_subcommand rollback; and __fish_seen_subcommand_from conn" -l dry-run -d 'Show what each reader would read afterwards; move nothing'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand rollback; and __fish_seen_subcommand_from conn" -l reveal -d 'Show the values each reader would read (on stdout)'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand rollback; and __fish_seen_subcommand_from conn" -s y -l yes -d 'Answer yes to confirmations (required when not interactive)'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand rollback; and __fish_seen_subcommand_from conn" -s q -l quiet -d 'Print only data and errors'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand rollback; and __fish_seen_subcommand_from conn" -s v -l verbose -d 'Show AWS calls, retries and throttling (-vv: more); never secret values'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand rollback; and __fish_seen_subcommand_from conn" -l strict -d 'Treat warnings as errors'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand rollback; and __fish_seen_subcommand_from conn" -s h -l help -d 'Print help'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand rollback; and __fish_seen_subcommand_from conn" -s V -l version -d 'Print version'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand rollback; and __fish_seen_subcommand_from help" -f -a "variable" -d 'A variable'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand rollback; and __fish_seen_subcommand_from help" -f -a "connection" -d 'A connection'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand rollback; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand restore; and not __fish_seen_subcommand_from variable var connection conn help" -l profile -d 'AWS profile (otherwise the standard AWS chain: env, profiles, SSO, web identity, IMDS)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand restore; and not __fish_seen_subcommand_from variable var connection conn help" -l region -d 'AWS region' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand restore; and not __fish_seen_subcommand_from variable var connection conn help" -l endpoint-url -d 'Secrets Manager endpoint (AWS_ENDPOINT_URL[_SECRETS_MANAGER] work too)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand restore; and not __fish_seen_subcommand_from variable var connection conn help" -l role-arn -d 'Assume this IAM role for every call' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand restore; and not __fish_seen_subcommand_from variable var connection conn help" -l backend-kwargs -d 'SecretsManagerBackend kwargs as JSON, over AIRFLOW__SECRETS__BACKEND_KWARGS' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand restore; and not __fish_seen_subcommand_from variable var connection conn help" -l connections-prefix -d 'Connections prefix (default `airflow/connections`)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand restore; and not __fish_seen_subcommand_from variable var connection conn help" -l variables-prefix -d 'Variables prefix (default `airflow/variables`)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand restore; and not __fish_seen_subcommand_from variable var connection conn help" -l sep -d 'Separator between prefix and key (default `/`)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand restore; and not __fish_seen_subcommand_from variable var connection conn help" -s o -l output -d 'Output format: tables for people, json for scripts' -r -f -a "table\t''
json\t''"
complete -c airsecrets -n "__fish_airsecrets_using_subcommand restore; and not __fish_seen_subcommand_from variable var connection conn help" -l color -d 'Colour: auto honours NO_COLOR and terminals' -r -f -a "auto\t''
always\t''
never\t''"
complete -c airsecrets -n "__fish_airsecrets_using_subcommand restore; and not __fish_seen_subcommand_from variable var connection conn help" -l airflow-version -d 'The Airflow line whose rules apply where the lines differ' -r -f -a "3\t''
2\t''"
complete -c airsecrets -n "__fish_airsecrets_using_subcommand restore; and not __fish_seen_subcommand_from variable var connection conn help" -s y -l yes -d 'Answer yes to confirmations (required when not interactive)'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand restore; and not __fish_seen_subcommand_from variable var connection conn help" -s q -l quiet -d 'Print only data and errors'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand restore; and not __fish_seen_subcommand_from variable var connection conn help" -s v -l verbose -d 'Show AWS calls, retries and throttling (-vv: more); never secret values'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand restore; and not __fish_seen_subcommand_from variable var connection conn help" -l strict -d 'Treat warnings as errors'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand restore; and not __fish_seen_subcommand_from variable var connection conn help" -s h -l help -d 'Print help'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand restore; and not __fish_seen_subcommand_from variable var connection conn help" -s V -l version -d 'Print version'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand restore; and not __fish_seen_subcommand_from variable var connection conn help" -f -a "variable" -d 'A variable'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand restore; and not __fish_seen_subcommand_from variable var connection conn help" -f -a "var" -d 'A variable'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand restore; and not __fish_seen_subcommand_from variable var connection conn help" -f -a "connection" -d 'A connection'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand restore; and not __fish_seen_subcommand_from variable var connection conn help" -f -a "conn" -d 'A connection'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand restore; and not __fish_seen_subcommand_from variable var connection conn help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand restore; and __fish_seen_subcommand_from variable" -l profile -d 'AWS profile (otherwise the standard AWS chain: env, profiles, SSO, web identity, IMDS)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand restore; and __fish_seen_subcommand_from variable" -l region -d 'AWS region' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand restore; and __fish_seen_subcommand_from variable" -l endpoint-url -d 'Secrets Manager endpoint (AWS_ENDPOINT_URL[_SECRETS_MANAGER] work too)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand restore; and __fish_seen_subcommand_from variable" -l role-arn -d 'Assume this IAM role for every call' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand restore; and __fish_seen_subcommand_from variable" -l backend-kwargs -d 'SecretsManagerBackend kwargs as JSON, over AIRFLOW__SECRETS__BACKEND_KWARGS' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand restore; and __fish_seen_subcommand_from variable" -l connections-prefix -d 'Connections prefix (default `airflow/connections`)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand restore; and __fish_seen_subcommand_from variable" -l variables-prefix -d 'Variables prefix (default `airflow/variables`)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand restore; and __fish_seen_subcommand_from variable" -l sep -d 'Separator between prefix and key (default `/`)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand restore; and __fish_seen_subcommand_from variable" -s o -l output -d 'Output format: tables for people, json for scripts' -r -f -a "table\t''
json\t''"
complete -c airsecrets -n "__fish_airsecrets_using_subcommand restore; and __fish_seen_subcommand_from variable" -l color -d 'Colour: auto honours NO_COLOR and terminals' -r -f -a "auto\t''
always\t''
never\t''"
complete -c airsecrets -n "__fish_airsecrets_using_subcommand restore; and __fish_seen_subcommand_from variable" -l airflow-version -d 'The Airflow line whose rules apply where the lines differ' -r -f -a "3\t''
2\t''"
complete -c airsecrets -n "__fish_airsecrets_using_subcommand restore; and __fish_seen_subcommand_from variable" -s y -l yes -d 'Answer yes to confirmations (required when not interactive)'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand restore; and __fish_seen_subcommand_from variable" -s q -l quiet -d 'Print only data and errors'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand restore; and __fish_seen_subcommand_from variable" -s v -l verbose -d 'Show AWS calls, retries and throttling (-vv: more); never secret values'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand restore; and __fish_seen_subcommand_from variable" -l strict -d 'Treat warnings as errors'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand restore; and __fish_seen_subcommand_from variable" -s h -l help -d 'Print help'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand restore; and __fish_seen_subcommand_from variable" -s V -l version -d 'Print version'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand restore; and __fish_seen_subcommand_from var" -l profile -d 'AWS profile (otherwise the standard AWS chain: env, profiles, SSO, web identity, IMDS)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand restore; and __fish_seen_subcommand_from var" -l region -d 'AWS region' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand restore; and __fish_seen_subcommand_from var" -l endpoint-url -d 'Secrets Manager endpoint (AWS_ENDPOINT_URL[_SECRETS_MANAGER] work too)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand restore; and __fish_seen_subcommand_from var" -l role-arn -d 'Assume this IAM role for every call' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand restore; and __fish_seen_subcommand_from var" -l backend-kwargs -d 'SecretsManagerBackend kwargs as JSON, over AIRFLOW__SECRETS__BACKEND_KWARGS' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand restore; and __fish_seen_subcommand_from var" -l connections-prefix -d 'Connections prefix (default `airflow/connections`)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand restore; and __fish_seen_subcommand_from var" -l variables-prefix -d 'Variables prefix (default `airflow/variables`)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand restore; and __fish_seen_subcommand_from var" -l sep -d 'Separator between prefix and key (default `/`)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand restore; and __fish_seen_subcommand_from var" -s o -l output -d 'Output format: tables for people, json for scripts' -r -f -a "table\t''
json\t''"
complete -c airsecrets -n "__fish_airsecrets_using_subcommand restore; and __fish_seen_subcommand_from var" -l color -d 'Colour: auto honours NO_COLOR and terminals' -r -f -a "auto\t''
always\t''
never\t''"
complete -c airsecrets -n "__fish_airsecrets_using_subcommand restore; and __fish_seen_subcommand_from var" -l airflow-version -d 'The Airflow line whose rules apply where the lines differ' -r -f -a "3\t''
2\t''"
complete -c airsecrets -n "__fish_airsecrets_using_subcommand restore; and __fish_seen_subcommand_from var" -s y -l yes -d 'Answer yes to confirmations (required when not interactive)'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand restore; and __fish_seen_subcommand_from var" -s q -l quiet -d 'Print only data and errors'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand restore; and __fish_seen_subcommand_from var" -s v -l verbose -d 'Show AWS calls, retries and throttling (-vv: more); never secret values'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand restore; and __fish_seen_subcommand_from var" -l strict -d 'Treat warnings as errors'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand restore; and __fish_seen_subcommand_from var" -s h -l help -d 'Print help'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand restore; and __fish_seen_subcommand_from var" -s V -l version -d 'Print version'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand restore; and __fish_seen_subcommand_from connection" -l profile -d 'AWS profile (otherwise the standard AWS chain: env, profiles, SSO, web identity, IMDS)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand restore; and __fish_seen_subcommand_from connection" -l region -d 'AWS region' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand restore; and __fish_seen_subcommand_from connection" -l endpoint-url -d 'Secrets Manager endpoint (AWS_ENDPOINT_URL[_SECRETS_MANAGER] work too)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand restore; and __fish_seen_subcommand_from connection" -l role-arn -d 'Assume this IAM role for every call' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand restore; and __fish_seen_subcommand_from connection" -l backend-kwargs -d 'SecretsManagerBackend kwargs as JSON, over AIRFLOW__SECRETS__BACKEND_KWARGS' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand restore; and __fish_seen_subcommand_from connection" -l connections-prefix -d 'Connections prefix (default `airflow/connections`)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand restore; and __fish_seen_subcommand_from connection" -l variables-prefix -d 'Variables prefix (default `airflow/variables`)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand restore; and __fish_seen_subcommand_from connection" -l sep -d 'Separator between prefix and key (default `/`)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand restore; and __fish_seen_subcommand_from connection" -s o -l output -d 'Output format: tables for people, json for scripts' -r -f -a "table\t''
json\t''"
complete -c airsecrets -n "__fish_airsecrets_using_subcommand restore; and __fish_seen_subcommand_from connection" -l color -d 'Colour: auto honours NO_COLOR and terminals' -r -f -a "auto\t''
always\t''
never\t''"
complete -c airsecrets -n "__fish_airsecrets_using_subcommand restore; and __fish_seen_subcommand_from connection" -l airflow-version -d 'The Airflow line whose rules apply where the lines differ' -r -f -a "3\t''
2\t''"
complete -c airsecrets -n "__fish_airsecrets_using_subcommand restore; and __fish_seen_subcommand_from connection" -s y -l yes -d 'Answer yes to confirmations (required when not interactive)'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand restore; and __fish_seen_subcommand_from connection" -s q -l quiet -d 'Print only data and errors'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand restore; and __fish_seen_subcommand_from connection" -s v -l verbose -d 'Show AWS calls, retries and throttling (-vv: more); never secret values'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand restore; and __fish_seen_subcommand_from connection" -l strict -d 'Treat warnings as errors'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand restore; and __fish_seen_subcommand_from connection" -s h -l help -d 'Print help'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand restore; and __fish_seen_subcommand_from connection" -s V -l version -d 'Print version'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand restore; and __fish_seen_subcommand_from conn" -l profile -d 'AWS profile (otherwise the standard AWS chain: env, profiles, SSO, web identity, IMDS)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand restore; and __fish_seen_subcommand_from conn" -l region -d 'AWS region' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand restore; and __fish_seen_subcommand_from conn" -l endpoint-url -d 'Secrets Manager endpoint (AWS_ENDPOINT_URL[_SECRETS_MANAGER] work too)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand restore; and __fish_seen_subcommand_from conn" -l role-arn -d 'Assume this IAM role for every call' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand restore; and __fish_seen_subcommand_from conn" -l backend-kwargs -d 'SecretsManagerBackend kwargs as JSON, over AIRFLOW__SECRETS__BACKEND_KWARGS' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand restore; and __fish_seen_subcommand_from conn" -l connections-prefix -d 'Connections prefix (default `airflow/connections`)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand restore; and __fish_seen_subcommand_from conn" -l variables-prefix -d 'Variables prefix (default `airflow/variables`)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand restore; and __fish_seen_subcommand_from conn" -l sep -d 'Separator between prefix and key (default `/`)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand restore; and __fish_seen_subcommand_from conn" -s o -l output -d 'Output format: tables for people, json for scripts' -r -f -a "table\t''
json\t''"
complete -c airsecrets -n "__fish_airsecrets_using_subcommand restore; and __fish_seen_subcommand_from conn" -l color -d 'Colour: auto honours NO_COLOR and terminals' -r -f -a "auto\t''
always\t''
never\t''"
complete -c airsecrets -n "__fish_airsecrets_using_subcommand restore; and __fish_seen_subcommand_from conn" -l airflow-version -d 'The Airflow line whose rules apply where the lines differ' -r -f -a "3\t''
2\t''"
complete -c airsecrets -n "__fish_airsecrets_using_subcommand restore; and __fish_seen_subcommand_from conn" -s y -l yes -d 'Answer yes to confirmations (required when not interactive)'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand restore; and __fish_seen_subcommand_from conn" -s q -l quiet -d 'Print only data and errors'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand restore; and __fish_seen_subcommand_from conn" -s v -l verbose -d 'Show AWS calls, retries and throttling (-vv: more); never secret values'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand restore; and __fish_seen_subcommand_from conn" -l strict -d 'Treat warnings as errors'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand restore; and __fish_seen_subcommand_from conn" -s h -l help -d 'Print help'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand restore; and __fish_seen_subcommand_from conn" -s V -l version -d 'Print version'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand restore; and __fish_seen_subcommand_from help" -f -a "variable" -d 'A variable'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand restore; and __fish_seen_subcommand_from help" -f -a "connection" -d 'A connection'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand restore; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand exec" -l variable -l var -d 'Give the command this variable as `AIRFLOW_VAR_<KEY>` (repeatable)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand exec" -l connection -l conn -d 'Give the command this connection as `AIRFLOW_CONN_<CONN_ID>` (repeatable)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand exec" -l profile -d 'AWS profile (otherwise the standard AWS chain: env, profiles, SSO, web identity, IMDS)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand exec" -l region -d 'AWS region' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand exec" -l endpoint-url -d 'Secrets Manager endpoint (AWS_ENDPOINT_URL[_SECRETS_MANAGER] work too)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand exec" -l role-arn -d 'Assume this IAM role for every call' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand exec" -l backend-kwargs -d 'SecretsManagerBackend kwargs as JSON, over AIRFLOW__SECRETS__BACKEND_KWARGS' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand exec" -l connections-prefix -d 'Connections prefix (default `airflow/connections`)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand exec" -l variables-prefix -d 'Variables prefix (default `airflow/variables`)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand exec" -l sep -d 'Separator between prefix and key (default `/`)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand exec" -s o -l output -d 'Output format: tables for people, json for scripts' -r -f -a "table\t''
json\t''"
complete -c airsecrets -n "__fish_airsecrets_using_subcommand exec" -l color -d 'Colour: auto honours NO_COLOR and terminals' -r -f -a "auto\t''
always\t''
never\t''"
complete -c airsecrets -n "__fish_airsecrets_using_subcommand exec" -l airflow-version -d 'The Airflow line whose rules apply where the lines differ' -r -f -a "3\t''
2\t''"
complete -c airsecrets -n "__fish_airsecrets_using_subcommand exec" -l all -d 'Every variable and connection under the prefixes (read in bulk)'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand exec" -l override -d 'Replace `AIRFLOW_VAR_*` / `AIRFLOW_CONN_*` variables already set (otherwise an error)'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand exec" -s y -l yes -d 'Answer yes to confirmations (required when not interactive)'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand exec" -s q -l quiet -d 'Print only data and errors'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand exec" -s v -l verbose -d 'Show AWS calls, retries and throttling (-vv: more); never secret values'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand exec" -l strict -d 'Treat warnings as errors'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand exec" -s h -l help -d 'Print help'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand exec" -s V -l version -d 'Print version'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand cost" -l dags -d 'The DAGs folder (every `.py` file under it)' -r -F
complete -c airsecrets -n "__fish_airsecrets_using_subcommand cost" -l parse-interval -d 'Seconds between two parses of a file [default: Airflow\'s `min_file_process_interval` from the environment, else 30]' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand cost" -l cache-ttl -d 'Seconds Airflow\'s secrets cache keeps a value, 0 for none [default: `[secrets] use_cache` and `cache_ttl_seconds` from the environment, else 0]' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand cost" -l price -d 'Dollars per 10,000 API calls' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand cost" -l budget -d 'Exit 1 when the estimate is above this many dollars a month' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand cost" -l profile -d 'AWS profile (otherwise the standard AWS chain: env, profiles, SSO, web identity, IMDS)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand cost" -l region -d 'AWS region' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand cost" -l endpoint-url -d 'Secrets Manager endpoint (AWS_ENDPOINT_URL[_SECRETS_MANAGER] work too)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand cost" -l role-arn -d 'Assume this IAM role for every call' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand cost" -l backend-kwargs -d 'SecretsManagerBackend kwargs as JSON, over AIRFLOW__SECRETS__BACKEND_KWARGS' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand cost" -l connections-prefix -d 'Connections prefix (default `airflow/connections`)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand cost" -l variables-prefix -d 'Variables prefix (default `airflow/variables`)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand cost" -l sep -d 'Separator between prefix and key (default `/`)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand cost" -s o -l output -d 'Output format: tables for people, json for scripts' -r -f -a "table\t''
json\t''"
complete -c airsecrets -n "__fish_airsecrets_using_subcommand cost" -l color -d 'Colour: auto honours NO_COLOR and terminals' -r -f -a "auto\t''
always\t''
never\t''"
complete -c airsecrets -n "__fish_airsecrets_using_subcommand cost" -l airflow-version -d 'The Airflow line whose rules apply where the lines differ' -r -f -a "3\t''
2\t''"
complete -c airsecrets -n "__fish_airsecrets_using_subcommand cost" -l stored -d 'Also list what Secrets Manager holds (names only): lookups of keys it does not hold, and the lookup pattern that stops them'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand cost" -s y -l yes -d 'Answer yes to confirmations (required when not interactive)'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand cost" -s q -l quiet -d 'Print only data and errors'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand cost" -s v -l verbose -d 'Show AWS calls, retries and throttling (-vv: more); never secret values'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand cost" -l strict -d 'Treat warnings as errors'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand cost" -s h -l help -d 'Print help'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand cost" -s V -l version -d 'Print version'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand generate" -l out-dir -d 'Directory to write completions/ and docs/ into' -r -F
complete -c airsecrets -n "__fish_airsecrets_using_subcommand generate" -l profile -d 'AWS profile (otherwise the standard AWS chain: env, profiles, SSO, web identity, IMDS)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand generate" -l region -d 'AWS region' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand generate" -l endpoint-url -d 'Secrets Manager endpoint (AWS_ENDPOINT_URL[_SECRETS_MANAGER] work too)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand generate" -l role-arn -d 'Assume this IAM role for every call' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand generate" -l backend-kwargs -d 'SecretsManagerBackend kwargs as JSON, over AIRFLOW__SECRETS__BACKEND_KWARGS' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand generate" -l connections-prefix -d 'Connections prefix (default `airflow/connections`)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand generate" -l variables-prefix -d 'Variables prefix (default `airflow/variables`)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand generate" -l sep -d 'Separator between prefix and key (default `/`)' -r
complete -c airsecrets -n "__fish_airsecrets_using_subcommand generate" -s o -l output -d 'Output format: tables for people, json for scripts' -r -f -a "table\t''
json\t''"
complete -c airsecrets -n "__fish_airsecrets_using_subcommand generate" -l color -d 'Colour: auto honours NO_COLOR and terminals' -r -f -a "auto\t''
always\t''
never\t''"
complete -c airsecrets -n "__fish_airsecrets_using_subcommand generate" -l airflow-version -d 'The Airflow line whose rules apply where the lines differ' -r -f -a "3\t''
2\t''"
complete -c airsecrets -n "__fish_airsecrets_using_subcommand generate" -s y -l yes -d 'Answer yes to confirmations (required when not interactive)'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand generate" -s q -l quiet -d 'Print only data and errors'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand generate" -s v -l verbose -d 'Show AWS calls, retries and throttling (-vv: more); never secret values'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand generate" -l strict -d 'Treat warnings as errors'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand generate" -s h -l help -d 'Print help'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand generate" -s V -l version -d 'Print version'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand help; and not __fish_seen_subcommand_from put-variable put-connection get list delete migrate diff export doctor iam-policy history rollback restore exec cost generate help" -f -a "put-variable" -d 'Create or update a variable'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand help; and not __fish_seen_subcommand_from put-variable put-connection get list delete migrate diff export doctor iam-policy history rollback restore exec cost generate help" -f -a "put-connection" -d 'Create or update a connection'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand help; and not __fish_seen_subcommand_from put-variable put-connection get list delete migrate diff export doctor iam-policy history rollback restore exec cost generate help" -f -a "get" -d 'Print a variable or a connection as Airflow reads it'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand help; and not __fish_seen_subcommand_from put-variable put-connection get list delete migrate diff export doctor iam-policy history rollback restore exec cost generate help" -f -a "list" -d 'List variables and connections (names only, never values)'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand help; and not __fish_seen_subcommand_from put-variable put-connection get list delete migrate diff export doctor iam-policy history rollback restore exec cost generate help" -f -a "delete" -d 'Delete a variable or a connection'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand help; and not __fish_seen_subcommand_from put-variable put-connection get list delete migrate diff export doctor iam-policy history rollback restore exec cost generate help" -f -a "migrate" -d 'Import Airflow export files: plan first, then write'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand help; and not __fish_seen_subcommand_from put-variable put-connection get list delete migrate diff export doctor iam-policy history rollback restore exec cost generate help" -f -a "diff" -d 'Compare export files with the deployment: what `migrate` would change'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand help; and not __fish_seen_subcommand_from put-variable put-connection get list delete migrate diff export doctor iam-policy history rollback restore exec cost generate help" -f -a "export" -d 'Write the deployment as Airflow\'s own export files'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand help; and not __fish_seen_subcommand_from put-variable put-connection get list delete migrate diff export doctor iam-policy history rollback restore exec cost generate help" -f -a "doctor" -d 'Find every secret Airflow would not read as meant, and what to do about it'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand help; and not __fish_seen_subcommand_from put-variable put-connection get list delete migrate diff export doctor iam-policy history rollback restore exec cost generate help" -f -a "iam-policy" -d 'Print the least-privilege IAM policy for the resolved prefixes'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand help; and not __fish_seen_subcommand_from put-variable put-connection get list delete migrate diff export doctor iam-policy history rollback restore exec cost generate help" -f -a "history" -d 'Every version of a variable or connection, newest first, and what changed'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand help; and not __fish_seen_subcommand_from put-variable put-connection get list delete migrate diff export doctor iam-policy history rollback restore exec cost generate help" -f -a "rollback" -d 'Make an earlier version of a variable or connection current again'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand help; and not __fish_seen_subcommand_from put-variable put-connection get list delete migrate diff export doctor iam-policy history rollback restore exec cost generate help" -f -a "restore" -d 'Cancel the scheduled deletion of a variable or connection'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand help; and not __fish_seen_subcommand_from put-variable put-connection get list delete migrate diff export doctor iam-policy history rollback restore exec cost generate help" -f -a "exec" -d 'Run a command with variables and connections in its environment, as Airflow reads them'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand help; and not __fish_seen_subcommand_from put-variable put-connection get list delete migrate diff export doctor iam-policy history rollback restore exec cost generate help" -f -a "cost" -d 'Estimate the Secrets Manager calls and dollars that parsing the DAG files costs'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand help; and not __fish_seen_subcommand_from put-variable put-connection get list delete migrate diff export doctor iam-policy history rollback restore exec cost generate help" -f -a "generate" -d 'Write shell completions and the man page (for packagers)'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand help; and not __fish_seen_subcommand_from put-variable put-connection get list delete migrate diff export doctor iam-policy history rollback restore exec cost generate help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand help; and __fish_seen_subcommand_from get" -f -a "variable" -d 'Print a variable\'s value, byte-exact'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand help; and __fish_seen_subcommand_from get" -f -a "connection" -d 'Print a connection\'s fields as Airflow sees them'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand help; and __fish_seen_subcommand_from delete" -f -a "variable" -d 'A variable'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand help; and __fish_seen_subcommand_from delete" -f -a "connection" -d 'A connection'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand help; and __fish_seen_subcommand_from history" -f -a "variable" -d 'A variable'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand help; and __fish_seen_subcommand_from history" -f -a "connection" -d 'A connection'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand help; and __fish_seen_subcommand_from rollback" -f -a "variable" -d 'A variable'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand help; and __fish_seen_subcommand_from rollback" -f -a "connection" -d 'A connection'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand help; and __fish_seen_subcommand_from restore" -f -a "variable" -d 'A variable'
complete -c airsecrets -n "__fish_airsecrets_using_subcommand help; and __fish_seen_subcommand_from restore" -f -a "connection" -d 'A connection'
