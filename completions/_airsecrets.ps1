
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'airsecrets' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'airsecrets'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'airsecrets' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (otherwise the standard AWS chain: env, profiles, SSO, web identity, IMDS)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Secrets Manager endpoint (AWS_ENDPOINT_URL[_SECRETS_MANAGER] work too)')
            [CompletionResult]::new('--role-arn', '--role-arn', [CompletionResultType]::ParameterName, 'Assume this IAM role for every call')
            [CompletionResult]::new('--backend-kwargs', '--backend-kwargs', [CompletionResultType]::ParameterName, 'SecretsManagerBackend kwargs as JSON, over AIRFLOW__SECRETS__BACKEND_KWARGS')
            [CompletionResult]::new('--connections-prefix', '--connections-prefix', [CompletionResultType]::ParameterName, 'Connections prefix (default `airflow/connections`)')
            [CompletionResult]::new('--variables-prefix', '--variables-prefix', [CompletionResultType]::ParameterName, 'Variables prefix (default `airflow/variables`)')
            [CompletionResult]::new('--sep', '--sep', [CompletionResultType]::ParameterName, 'Separator between prefix and key (default `/`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: tables for people, json for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: tables for people, json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto honours NO_COLOR and terminals')
            [CompletionResult]::new('--airflow-version', '--airflow-version', [CompletionResultType]::ParameterName, 'The Airflow line whose rules apply where the lines differ')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required when not interactive)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required when not interactive)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show AWS calls, retries and throttling (-vv: more); never secret values')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show AWS calls, retries and throttling (-vv: more); never secret values')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'Treat warnings as errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('put-variable', 'put-variable', [CompletionResultType]::ParameterValue, 'Create or update a variable')
            [CompletionResult]::new('put-connection', 'put-connection', [CompletionResultType]::ParameterValue, 'Create or update a connection')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Print a variable or a connection as Airflow reads it')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List variables and connections (names only, never values)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a variable or a connection')
            [CompletionResult]::new('migrate', 'migrate', [CompletionResultType]::ParameterValue, 'Import Airflow export files: plan first, then write')
            [CompletionResult]::new('diff', 'diff', [CompletionResultType]::ParameterValue, 'Compare export files with the deployment: what `migrate` would change')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write the deployment as Airflow''s own export files')
            [CompletionResult]::new('doctor', 'doctor', [CompletionResultType]::ParameterValue, 'Find every secret Airflow would not read as meant, and what to do about it')
            [CompletionResult]::new('iam-policy', 'iam-policy', [CompletionResultType]::ParameterValue, 'Print the least-privilege IAM policy for the resolved prefixes')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'Every version of a variable or connection, newest first, and what changed')
            [CompletionResult]::new('rollback', 'rollback', [CompletionResultType]::ParameterValue, 'Make an earlier version of a variable or connection current again')
            [CompletionResult]::new('restore', 'restore', [CompletionResultType]::ParameterValue, 'Cancel the scheduled deletion of a variable or connection')
            [CompletionResult]::new('exec', 'exec', [CompletionResultType]::ParameterValue, 'Run a command with variables and connections in its environment, as Airflow reads them')
            [CompletionResult]::new('cost', 'cost', [CompletionResultType]::ParameterValue, 'Estimate the Secrets Manager calls and dollars that parsing the DAG files costs')
            [CompletionResult]::new('generate', 'generate', [CompletionResultType]::ParameterValue, 'Write shell completions and the man page (for packagers)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'airsecrets;put-variable' {
            [CompletionResult]::new('--from-file', '--from-file', [CompletionResultType]::ParameterName, 'Read the value from a file')
            [CompletionResult]::new('--from-env', '--from-env', [CompletionResultType]::ParameterName, 'Read the value from an environment variable')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'The secret''s description (changed on an existing secret too)')
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'Tag the secret, KEY=VALUE (repeatable; put-* also changes an existing secret''s tags, migrate tags only the secrets it creates)')
            [CompletionResult]::new('--kms-key-id', '--kms-key-id', [CompletionResultType]::ParameterName, 'KMS key that encrypts the secret (put-* also changes an existing secret''s key, migrate sets it only on the secrets it creates)')
            [CompletionResult]::new('--untag', '--untag', [CompletionResultType]::ParameterName, 'Remove this tag from an existing secret (repeatable)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (otherwise the standard AWS chain: env, profiles, SSO, web identity, IMDS)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Secrets Manager endpoint (AWS_ENDPOINT_URL[_SECRETS_MANAGER] work too)')
            [CompletionResult]::new('--role-arn', '--role-arn', [CompletionResultType]::ParameterName, 'Assume this IAM role for every call')
            [CompletionResult]::new('--backend-kwargs', '--backend-kwargs', [CompletionResultType]::ParameterName, 'SecretsManagerBackend kwargs as JSON, over AIRFLOW__SECRETS__BACKEND_KWARGS')
            [CompletionResult]::new('--connections-prefix', '--connections-prefix', [CompletionResultType]::ParameterName, 'Connections prefix (default `airflow/connections`)')
            [CompletionResult]::new('--variables-prefix', '--variables-prefix', [CompletionResultType]::ParameterName, 'Variables prefix (default `airflow/variables`)')
            [CompletionResult]::new('--sep', '--sep', [CompletionResultType]::ParameterName, 'Separator between prefix and key (default `/`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: tables for people, json for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: tables for people, json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto honours NO_COLOR and terminals')
            [CompletionResult]::new('--airflow-version', '--airflow-version', [CompletionResultType]::ParameterName, 'The Airflow line whose rules apply where the lines differ')
            [CompletionResult]::new('--stdin', '--stdin', [CompletionResultType]::ParameterName, 'Read the value from stdin')
            [CompletionResult]::new('--keep-newline', '--keep-newline', [CompletionResultType]::ParameterName, 'Keep one trailing newline of stdin or file input')
            [CompletionResult]::new('--require-json', '--require-json', [CompletionResultType]::ParameterName, 'Require the value to parse as JSON (for `Variable.get(deserialize_json=True)`)')
            [CompletionResult]::new('--restore', '--restore', [CompletionResultType]::ParameterName, 'Restore the secret first if it is scheduled for deletion')
            [CompletionResult]::new('--airflow-will-not-read', '--airflow-will-not-read', [CompletionResultType]::ParameterName, 'With a null prefix, write the secret named exactly KEY although Airflow never reads it')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required when not interactive)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required when not interactive)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show AWS calls, retries and throttling (-vv: more); never secret values')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show AWS calls, retries and throttling (-vv: more); never secret values')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'Treat warnings as errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'airsecrets;put-connection' {
            [CompletionResult]::new('--uri', '--uri', [CompletionResultType]::ParameterName, 'The connection as an Airflow URI (`-` reads stdin)')
            [CompletionResult]::new('--conn-uri', '--conn-uri', [CompletionResultType]::ParameterName, 'The connection as an Airflow URI (`-` reads stdin)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'The connection as Airflow''s --conn-json object (`-` reads stdin)')
            [CompletionResult]::new('--conn-json', '--conn-json', [CompletionResultType]::ParameterName, 'The connection as Airflow''s --conn-json object (`-` reads stdin)')
            [CompletionResult]::new('--conn-type', '--conn-type', [CompletionResultType]::ParameterName, 'Connection type, e.g. postgres, aws, http (required for a new connection)')
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'Host')
            [CompletionResult]::new('--conn-host', '--conn-host', [CompletionResultType]::ParameterName, 'Host')
            [CompletionResult]::new('--login', '--login', [CompletionResultType]::ParameterName, 'Login (user name)')
            [CompletionResult]::new('--conn-login', '--conn-login', [CompletionResultType]::ParameterName, 'Login (user name)')
            [CompletionResult]::new('--schema', '--schema', [CompletionResultType]::ParameterName, 'Schema (database)')
            [CompletionResult]::new('--conn-schema', '--conn-schema', [CompletionResultType]::ParameterName, 'Schema (database)')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Port')
            [CompletionResult]::new('--conn-port', '--conn-port', [CompletionResultType]::ParameterName, 'Port')
            [CompletionResult]::new('--extra', '--extra', [CompletionResultType]::ParameterName, 'Extra as a JSON object, kept byte for byte (`-` reads stdin)')
            [CompletionResult]::new('--conn-extra', '--conn-extra', [CompletionResultType]::ParameterName, 'Extra as a JSON object, kept byte for byte (`-` reads stdin)')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'Description; the backend never reads it, so it becomes the secret''s description')
            [CompletionResult]::new('--conn-description', '--conn-description', [CompletionResultType]::ParameterName, 'Description; the backend never reads it, so it becomes the secret''s description')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from a file')
            [CompletionResult]::new('--password-env', '--password-env', [CompletionResultType]::ParameterName, 'Read the password from an environment variable')
            [CompletionResult]::new('--unset', '--unset', [CompletionResultType]::ParameterName, 'With --merge: clear this field (repeatable)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How the secret is stored [default: uri; with --merge, the form it is stored in; with --compat, json]')
            [CompletionResult]::new('--compat', '--compat', [CompletionResultType]::ParameterName, 'Also write the keys this other reader of the secret reads, in an order that keeps every Airflow reader''s reading exact (repeatable; stores JSON)')
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'Tag the secret, KEY=VALUE (repeatable; put-* also changes an existing secret''s tags, migrate tags only the secrets it creates)')
            [CompletionResult]::new('--kms-key-id', '--kms-key-id', [CompletionResultType]::ParameterName, 'KMS key that encrypts the secret (put-* also changes an existing secret''s key, migrate sets it only on the secrets it creates)')
            [CompletionResult]::new('--untag', '--untag', [CompletionResultType]::ParameterName, 'Remove this tag from an existing secret (repeatable)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (otherwise the standard AWS chain: env, profiles, SSO, web identity, IMDS)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Secrets Manager endpoint (AWS_ENDPOINT_URL[_SECRETS_MANAGER] work too)')
            [CompletionResult]::new('--role-arn', '--role-arn', [CompletionResultType]::ParameterName, 'Assume this IAM role for every call')
            [CompletionResult]::new('--backend-kwargs', '--backend-kwargs', [CompletionResultType]::ParameterName, 'SecretsManagerBackend kwargs as JSON, over AIRFLOW__SECRETS__BACKEND_KWARGS')
            [CompletionResult]::new('--connections-prefix', '--connections-prefix', [CompletionResultType]::ParameterName, 'Connections prefix (default `airflow/connections`)')
            [CompletionResult]::new('--variables-prefix', '--variables-prefix', [CompletionResultType]::ParameterName, 'Variables prefix (default `airflow/variables`)')
            [CompletionResult]::new('--sep', '--sep', [CompletionResultType]::ParameterName, 'Separator between prefix and key (default `/`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: tables for people, json for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: tables for people, json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto honours NO_COLOR and terminals')
            [CompletionResult]::new('--airflow-version', '--airflow-version', [CompletionResultType]::ParameterName, 'The Airflow line whose rules apply where the lines differ')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from stdin')
            [CompletionResult]::new('--password-prompt', '--password-prompt', [CompletionResultType]::ParameterName, 'Ask for the password (hidden)')
            [CompletionResult]::new('--merge', '--merge', [CompletionResultType]::ParameterName, 'With field flags on an existing connection: change only the given fields')
            [CompletionResult]::new('--replace', '--replace', [CompletionResultType]::ParameterName, 'With field flags on an existing connection: replace it with exactly the given fields')
            [CompletionResult]::new('--restore', '--restore', [CompletionResultType]::ParameterName, 'Restore the secret first if it is scheduled for deletion')
            [CompletionResult]::new('--airflow-will-not-read', '--airflow-will-not-read', [CompletionResultType]::ParameterName, 'With a null prefix, write the secret named exactly KEY although Airflow never reads it')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required when not interactive)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required when not interactive)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show AWS calls, retries and throttling (-vv: more); never secret values')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show AWS calls, retries and throttling (-vv: more); never secret values')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'Treat warnings as errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'airsecrets;get' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (otherwise the standard AWS chain: env, profiles, SSO, web identity, IMDS)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Secrets Manager endpoint (AWS_ENDPOINT_URL[_SECRETS_MANAGER] work too)')
            [CompletionResult]::new('--role-arn', '--role-arn', [CompletionResultType]::ParameterName, 'Assume this IAM role for every call')
            [CompletionResult]::new('--backend-kwargs', '--backend-kwargs', [CompletionResultType]::ParameterName, 'SecretsManagerBackend kwargs as JSON, over AIRFLOW__SECRETS__BACKEND_KWARGS')
            [CompletionResult]::new('--connections-prefix', '--connections-prefix', [CompletionResultType]::ParameterName, 'Connections prefix (default `airflow/connections`)')
            [CompletionResult]::new('--variables-prefix', '--variables-prefix', [CompletionResultType]::ParameterName, 'Variables prefix (default `airflow/variables`)')
            [CompletionResult]::new('--sep', '--sep', [CompletionResultType]::ParameterName, 'Separator between prefix and key (default `/`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: tables for people, json for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: tables for people, json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto honours NO_COLOR and terminals')
            [CompletionResult]::new('--airflow-version', '--airflow-version', [CompletionResultType]::ParameterName, 'The Airflow line whose rules apply where the lines differ')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required when not interactive)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required when not interactive)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show AWS calls, retries and throttling (-vv: more); never secret values')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show AWS calls, retries and throttling (-vv: more); never secret values')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'Treat warnings as errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('variable', 'variable', [CompletionResultType]::ParameterValue, 'Print a variable''s value, byte-exact')
            [CompletionResult]::new('var', 'var', [CompletionResultType]::ParameterValue, 'Print a variable''s value, byte-exact')
            [CompletionResult]::new('connection', 'connection', [CompletionResultType]::ParameterValue, 'Print a connection''s fields as Airflow sees them')
            [CompletionResult]::new('conn', 'conn', [CompletionResultType]::ParameterValue, 'Print a connection''s fields as Airflow sees them')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'airsecrets;get;variable' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (otherwise the standard AWS chain: env, profiles, SSO, web identity, IMDS)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Secrets Manager endpoint (AWS_ENDPOINT_URL[_SECRETS_MANAGER] work too)')
            [CompletionResult]::new('--role-arn', '--role-arn', [CompletionResultType]::ParameterName, 'Assume this IAM role for every call')
            [CompletionResult]::new('--backend-kwargs', '--backend-kwargs', [CompletionResultType]::ParameterName, 'SecretsManagerBackend kwargs as JSON, over AIRFLOW__SECRETS__BACKEND_KWARGS')
            [CompletionResult]::new('--connections-prefix', '--connections-prefix', [CompletionResultType]::ParameterName, 'Connections prefix (default `airflow/connections`)')
            [CompletionResult]::new('--variables-prefix', '--variables-prefix', [CompletionResultType]::ParameterName, 'Variables prefix (default `airflow/variables`)')
            [CompletionResult]::new('--sep', '--sep', [CompletionResultType]::ParameterName, 'Separator between prefix and key (default `/`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: tables for people, json for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: tables for people, json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto honours NO_COLOR and terminals')
            [CompletionResult]::new('--airflow-version', '--airflow-version', [CompletionResultType]::ParameterName, 'The Airflow line whose rules apply where the lines differ')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required when not interactive)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required when not interactive)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show AWS calls, retries and throttling (-vv: more); never secret values')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show AWS calls, retries and throttling (-vv: more); never secret values')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'Treat warnings as errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'airsecrets;get;var' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (otherwise the standard AWS chain: env, profiles, SSO, web identity, IMDS)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Secrets Manager endpoint (AWS_ENDPOINT_URL[_SECRETS_MANAGER] work too)')
            [CompletionResult]::new('--role-arn', '--role-arn', [CompletionResultType]::ParameterName, 'Assume this IAM role for every call')
            [CompletionResult]::new('--backend-kwargs', '--backend-kwargs', [CompletionResultType]::ParameterName, 'SecretsManagerBackend kwargs as JSON, over AIRFLOW__SECRETS__BACKEND_KWARGS')
            [CompletionResult]::new('--connections-prefix', '--connections-prefix', [CompletionResultType]::ParameterName, 'Connections prefix (default `airflow/connections`)')
            [CompletionResult]::new('--variables-prefix', '--variables-prefix', [CompletionResultType]::ParameterName, 'Variables prefix (default `airflow/variables`)')
            [CompletionResult]::new('--sep', '--sep', [CompletionResultType]::ParameterName, 'Separator between prefix and key (default `/`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: tables for people, json for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: tables for people, json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto honours NO_COLOR and terminals')
            [CompletionResult]::new('--airflow-version', '--airflow-version', [CompletionResultType]::ParameterName, 'The Airflow line whose rules apply where the lines differ')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required when not interactive)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required when not interactive)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show AWS calls, retries and throttling (-vv: more); never secret values')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show AWS calls, retries and throttling (-vv: more); never secret values')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'Treat warnings as errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'airsecrets;get;connection' {
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Print it in this Airflow form, unmasked (for scripts)')
            [CompletionResult]::new('--reader', '--reader', [CompletionResultType]::ParameterName, 'Whose reading to show (default: core for Airflow 3, airflow2 for 2)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (otherwise the standard AWS chain: env, profiles, SSO, web identity, IMDS)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Secrets Manager endpoint (AWS_ENDPOINT_URL[_SECRETS_MANAGER] work too)')
            [CompletionResult]::new('--role-arn', '--role-arn', [CompletionResultType]::ParameterName, 'Assume this IAM role for every call')
            [CompletionResult]::new('--backend-kwargs', '--backend-kwargs', [CompletionResultType]::ParameterName, 'SecretsManagerBackend kwargs as JSON, over AIRFLOW__SECRETS__BACKEND_KWARGS')
            [CompletionResult]::new('--connections-prefix', '--connections-prefix', [CompletionResultType]::ParameterName, 'Connections prefix (default `airflow/connections`)')
            [CompletionResult]::new('--variables-prefix', '--variables-prefix', [CompletionResultType]::ParameterName, 'Variables prefix (default `airflow/variables`)')
            [CompletionResult]::new('--sep', '--sep', [CompletionResultType]::ParameterName, 'Separator between prefix and key (default `/`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: tables for people, json for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: tables for people, json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto honours NO_COLOR and terminals')
            [CompletionResult]::new('--airflow-version', '--airflow-version', [CompletionResultType]::ParameterName, 'The Airflow line whose rules apply where the lines differ')
            [CompletionResult]::new('--reveal', '--reveal', [CompletionResultType]::ParameterName, 'Show the password')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required when not interactive)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required when not interactive)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show AWS calls, retries and throttling (-vv: more); never secret values')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show AWS calls, retries and throttling (-vv: more); never secret values')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'Treat warnings as errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'airsecrets;get;conn' {
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Print it in this Airflow form, unmasked (for scripts)')
            [CompletionResult]::new('--reader', '--reader', [CompletionResultType]::ParameterName, 'Whose reading to show (default: core for Airflow 3, airflow2 for 2)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (otherwise the standard AWS chain: env, profiles, SSO, web identity, IMDS)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Secrets Manager endpoint (AWS_ENDPOINT_URL[_SECRETS_MANAGER] work too)')
            [CompletionResult]::new('--role-arn', '--role-arn', [CompletionResultType]::ParameterName, 'Assume this IAM role for every call')
            [CompletionResult]::new('--backend-kwargs', '--backend-kwargs', [CompletionResultType]::ParameterName, 'SecretsManagerBackend kwargs as JSON, over AIRFLOW__SECRETS__BACKEND_KWARGS')
            [CompletionResult]::new('--connections-prefix', '--connections-prefix', [CompletionResultType]::ParameterName, 'Connections prefix (default `airflow/connections`)')
            [CompletionResult]::new('--variables-prefix', '--variables-prefix', [CompletionResultType]::ParameterName, 'Variables prefix (default `airflow/variables`)')
            [CompletionResult]::new('--sep', '--sep', [CompletionResultType]::ParameterName, 'Separator between prefix and key (default `/`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: tables for people, json for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: tables for people, json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto honours NO_COLOR and terminals')
            [CompletionResult]::new('--airflow-version', '--airflow-version', [CompletionResultType]::ParameterName, 'The Airflow line whose rules apply where the lines differ')
            [CompletionResult]::new('--reveal', '--reveal', [CompletionResultType]::ParameterName, 'Show the password')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required when not interactive)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required when not interactive)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show AWS calls, retries and throttling (-vv: more); never secret values')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show AWS calls, retries and throttling (-vv: more); never secret values')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'Treat warnings as errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'airsecrets;get;help' {
            [CompletionResult]::new('variable', 'variable', [CompletionResultType]::ParameterValue, 'Print a variable''s value, byte-exact')
            [CompletionResult]::new('connection', 'connection', [CompletionResultType]::ParameterValue, 'Print a connection''s fields as Airflow sees them')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'airsecrets;get;help;variable' {
            break
        }
        'airsecrets;get;help;connection' {
            break
        }
        'airsecrets;get;help;help' {
            break
        }
        'airsecrets;list' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (otherwise the standard AWS chain: env, profiles, SSO, web identity, IMDS)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Secrets Manager endpoint (AWS_ENDPOINT_URL[_SECRETS_MANAGER] work too)')
            [CompletionResult]::new('--role-arn', '--role-arn', [CompletionResultType]::ParameterName, 'Assume this IAM role for every call')
            [CompletionResult]::new('--backend-kwargs', '--backend-kwargs', [CompletionResultType]::ParameterName, 'SecretsManagerBackend kwargs as JSON, over AIRFLOW__SECRETS__BACKEND_KWARGS')
            [CompletionResult]::new('--connections-prefix', '--connections-prefix', [CompletionResultType]::ParameterName, 'Connections prefix (default `airflow/connections`)')
            [CompletionResult]::new('--variables-prefix', '--variables-prefix', [CompletionResultType]::ParameterName, 'Variables prefix (default `airflow/variables`)')
            [CompletionResult]::new('--sep', '--sep', [CompletionResultType]::ParameterName, 'Separator between prefix and key (default `/`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: tables for people, json for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: tables for people, json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto honours NO_COLOR and terminals')
            [CompletionResult]::new('--airflow-version', '--airflow-version', [CompletionResultType]::ParameterName, 'The Airflow line whose rules apply where the lines differ')
            [CompletionResult]::new('--include-deleted', '--include-deleted', [CompletionResultType]::ParameterName, 'Include secrets scheduled for deletion')
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Also show each connection''s type, host and port (read in bulk)')
            [CompletionResult]::new('--long', '--long', [CompletionResultType]::ParameterName, 'Also show each connection''s type, host and port (read in bulk)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required when not interactive)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required when not interactive)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show AWS calls, retries and throttling (-vv: more); never secret values')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show AWS calls, retries and throttling (-vv: more); never secret values')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'Treat warnings as errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'airsecrets;delete' {
            [CompletionResult]::new('--recovery-window-days', '--recovery-window-days', [CompletionResultType]::ParameterName, 'Days Secrets Manager keeps it recoverable (7 to 30)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (otherwise the standard AWS chain: env, profiles, SSO, web identity, IMDS)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Secrets Manager endpoint (AWS_ENDPOINT_URL[_SECRETS_MANAGER] work too)')
            [CompletionResult]::new('--role-arn', '--role-arn', [CompletionResultType]::ParameterName, 'Assume this IAM role for every call')
            [CompletionResult]::new('--backend-kwargs', '--backend-kwargs', [CompletionResultType]::ParameterName, 'SecretsManagerBackend kwargs as JSON, over AIRFLOW__SECRETS__BACKEND_KWARGS')
            [CompletionResult]::new('--connections-prefix', '--connections-prefix', [CompletionResultType]::ParameterName, 'Connections prefix (default `airflow/connections`)')
            [CompletionResult]::new('--variables-prefix', '--variables-prefix', [CompletionResultType]::ParameterName, 'Variables prefix (default `airflow/variables`)')
            [CompletionResult]::new('--sep', '--sep', [CompletionResultType]::ParameterName, 'Separator between prefix and key (default `/`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: tables for people, json for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: tables for people, json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto honours NO_COLOR and terminals')
            [CompletionResult]::new('--airflow-version', '--airflow-version', [CompletionResultType]::ParameterName, 'The Airflow line whose rules apply where the lines differ')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Delete at once, without a recovery window')
            [CompletionResult]::new('--airflow-will-not-read', '--airflow-will-not-read', [CompletionResultType]::ParameterName, 'With a null prefix, delete the secret named exactly KEY although Airflow never reads it')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required when not interactive)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required when not interactive)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show AWS calls, retries and throttling (-vv: more); never secret values')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show AWS calls, retries and throttling (-vv: more); never secret values')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'Treat warnings as errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('variable', 'variable', [CompletionResultType]::ParameterValue, 'A variable')
            [CompletionResult]::new('var', 'var', [CompletionResultType]::ParameterValue, 'A variable')
            [CompletionResult]::new('connection', 'connection', [CompletionResultType]::ParameterValue, 'A connection')
            [CompletionResult]::new('conn', 'conn', [CompletionResultType]::ParameterValue, 'A connection')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'airsecrets;delete;variable' {
            [CompletionResult]::new('--recovery-window-days', '--recovery-window-days', [CompletionResultType]::ParameterName, 'Days Secrets Manager keeps it recoverable (7 to 30)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (otherwise the standard AWS chain: env, profiles, SSO, web identity, IMDS)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Secrets Manager endpoint (AWS_ENDPOINT_URL[_SECRETS_MANAGER] work too)')
            [CompletionResult]::new('--role-arn', '--role-arn', [CompletionResultType]::ParameterName, 'Assume this IAM role for every call')
            [CompletionResult]::new('--backend-kwargs', '--backend-kwargs', [CompletionResultType]::ParameterName, 'SecretsManagerBackend kwargs as JSON, over AIRFLOW__SECRETS__BACKEND_KWARGS')
            [CompletionResult]::new('--connections-prefix', '--connections-prefix', [CompletionResultType]::ParameterName, 'Connections prefix (default `airflow/connections`)')
            [CompletionResult]::new('--variables-prefix', '--variables-prefix', [CompletionResultType]::ParameterName, 'Variables prefix (default `airflow/variables`)')
            [CompletionResult]::new('--sep', '--sep', [CompletionResultType]::ParameterName, 'Separator between prefix and key (default `/`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: tables for people, json for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: tables for people, json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto honours NO_COLOR and terminals')
            [CompletionResult]::new('--airflow-version', '--airflow-version', [CompletionResultType]::ParameterName, 'The Airflow line whose rules apply where the lines differ')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Delete at once, without a recovery window')
            [CompletionResult]::new('--airflow-will-not-read', '--airflow-will-not-read', [CompletionResultType]::ParameterName, 'With a null prefix, delete the secret named exactly KEY although Airflow never reads it')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required when not interactive)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required when not interactive)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show AWS calls, retries and throttling (-vv: more); never secret values')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show AWS calls, retries and throttling (-vv: more); never secret values')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'Treat warnings as errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'airsecrets;delete;var' {
            [CompletionResult]::new('--recovery-window-days', '--recovery-window-days', [CompletionResultType]::ParameterName, 'Days Secrets Manager keeps it recoverable (7 to 30)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (otherwise the standard AWS chain: env, profiles, SSO, web identity, IMDS)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Secrets Manager endpoint (AWS_ENDPOINT_URL[_SECRETS_MANAGER] work too)')
            [CompletionResult]::new('--role-arn', '--role-arn', [CompletionResultType]::ParameterName, 'Assume this IAM role for every call')
            [CompletionResult]::new('--backend-kwargs', '--backend-kwargs', [CompletionResultType]::ParameterName, 'SecretsManagerBackend kwargs as JSON, over AIRFLOW__SECRETS__BACKEND_KWARGS')
            [CompletionResult]::new('--connections-prefix', '--connections-prefix', [CompletionResultType]::ParameterName, 'Connections prefix (default `airflow/connections`)')
            [CompletionResult]::new('--variables-prefix', '--variables-prefix', [CompletionResultType]::ParameterName, 'Variables prefix (default `airflow/variables`)')
            [CompletionResult]::new('--sep', '--sep', [CompletionResultType]::ParameterName, 'Separator between prefix and key (default `/`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: tables for people, json for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: tables for people, json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto honours NO_COLOR and terminals')
            [CompletionResult]::new('--airflow-version', '--airflow-version', [CompletionResultType]::ParameterName, 'The Airflow line whose rules apply where the lines differ')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Delete at once, without a recovery window')
            [CompletionResult]::new('--airflow-will-not-read', '--airflow-will-not-read', [CompletionResultType]::ParameterName, 'With a null prefix, delete the secret named exactly KEY although Airflow never reads it')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required when not interactive)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required when not interactive)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show AWS calls, retries and throttling (-vv: more); never secret values')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show AWS calls, retries and throttling (-vv: more); never secret values')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'Treat warnings as errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'airsecrets;delete;connection' {
            [CompletionResult]::new('--recovery-window-days', '--recovery-window-days', [CompletionResultType]::ParameterName, 'Days Secrets Manager keeps it recoverable (7 to 30)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (otherwise the standard AWS chain: env, profiles, SSO, web identity, IMDS)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Secrets Manager endpoint (AWS_ENDPOINT_URL[_SECRETS_MANAGER] work too)')
            [CompletionResult]::new('--role-arn', '--role-arn', [CompletionResultType]::ParameterName, 'Assume this IAM role for every call')
            [CompletionResult]::new('--backend-kwargs', '--backend-kwargs', [CompletionResultType]::ParameterName, 'SecretsManagerBackend kwargs as JSON, over AIRFLOW__SECRETS__BACKEND_KWARGS')
            [CompletionResult]::new('--connections-prefix', '--connections-prefix', [CompletionResultType]::ParameterName, 'Connections prefix (default `airflow/connections`)')
            [CompletionResult]::new('--variables-prefix', '--variables-prefix', [CompletionResultType]::ParameterName, 'Variables prefix (default `airflow/variables`)')
            [CompletionResult]::new('--sep', '--sep', [CompletionResultType]::ParameterName, 'Separator between prefix and key (default `/`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: tables for people, json for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: tables for people, json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto honours NO_COLOR and terminals')
            [CompletionResult]::new('--airflow-version', '--airflow-version', [CompletionResultType]::ParameterName, 'The Airflow line whose rules apply where the lines differ')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Delete at once, without a recovery window')
            [CompletionResult]::new('--airflow-will-not-read', '--airflow-will-not-read', [CompletionResultType]::ParameterName, 'With a null prefix, delete the secret named exactly KEY although Airflow never reads it')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required when not interactive)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required when not interactive)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show AWS calls, retries and throttling (-vv: more); never secret values')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show AWS calls, retries and throttling (-vv: more); never secret values')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'Treat warnings as errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'airsecrets;delete;conn' {
            [CompletionResult]::new('--recovery-window-days', '--recovery-window-days', [CompletionResultType]::ParameterName, 'Days Secrets Manager keeps it recoverable (7 to 30)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (otherwise the standard AWS chain: env, profiles, SSO, web identity, IMDS)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Secrets Manager endpoint (AWS_ENDPOINT_URL[_SECRETS_MANAGER] work too)')
            [CompletionResult]::new('--role-arn', '--role-arn', [CompletionResultType]::ParameterName, 'Assume this IAM role for every call')
            [CompletionResult]::new('--backend-kwargs', '--backend-kwargs', [CompletionResultType]::ParameterName, 'SecretsManagerBackend kwargs as JSON, over AIRFLOW__SECRETS__BACKEND_KWARGS')
            [CompletionResult]::new('--connections-prefix', '--connections-prefix', [CompletionResultType]::ParameterName, 'Connections prefix (default `airflow/connections`)')
            [CompletionResult]::new('--variables-prefix', '--variables-prefix', [CompletionResultType]::ParameterName, 'Variables prefix (default `airflow/variables`)')
            [CompletionResult]::new('--sep', '--sep', [CompletionResultType]::ParameterName, 'Separator between prefix and key (default `/`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: tables for people, json for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: tables for people, json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto honours NO_COLOR and terminals')
            [CompletionResult]::new('--airflow-version', '--airflow-version', [CompletionResultType]::ParameterName, 'The Airflow line whose rules apply where the lines differ')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Delete at once, without a recovery window')
            [CompletionResult]::new('--airflow-will-not-read', '--airflow-will-not-read', [CompletionResultType]::ParameterName, 'With a null prefix, delete the secret named exactly KEY although Airflow never reads it')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required when not interactive)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required when not interactive)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show AWS calls, retries and throttling (-vv: more); never secret values')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show AWS calls, retries and throttling (-vv: more); never secret values')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'Treat warnings as errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'airsecrets;delete;help' {
            [CompletionResult]::new('variable', 'variable', [CompletionResultType]::ParameterValue, 'A variable')
            [CompletionResult]::new('connection', 'connection', [CompletionResultType]::ParameterValue, 'A connection')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'airsecrets;delete;help;variable' {
            break
        }
        'airsecrets;delete;help;connection' {
            break
        }
        'airsecrets;delete;help;help' {
            break
        }
        'airsecrets;migrate' {
            [CompletionResult]::new('--variables', '--variables', [CompletionResultType]::ParameterName, 'An `airflow variables export` file: .json, .yaml/.yml or .env (repeatable)')
            [CompletionResult]::new('--connections', '--connections', [CompletionResultType]::ParameterName, 'An `airflow connections export` file: .json, .yaml/.yml or .env (repeatable)')
            [CompletionResult]::new('--if-exists', '--if-exists', [CompletionResultType]::ParameterName, 'What to do when a secret exists with a different value')
            [CompletionResult]::new('--concurrency', '--concurrency', [CompletionResultType]::ParameterName, 'Writes in flight at once')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Writes per second per operation: Secrets Manager''s default quota is 50; raise it if your account''s quota is higher')
            [CompletionResult]::new('--retry-rounds', '--retry-rounds', [CompletionResultType]::ParameterName, 'Rounds of retries per item after throttling or a transient failure, each making up to AWS_MAX_ATTEMPTS (default 3) attempts: at most rounds x attempts writes per item')
            [CompletionResult]::new('--item-timeout', '--item-timeout', [CompletionResultType]::ParameterName, 'Seconds one item may take, retries included; past it the item fails as unsettled (a re-run finds out whether it was written)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds the whole run may take; past it no new write starts, in-flight ones are abandoned, and the summary and report say which')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How connections are stored')
            [CompletionResult]::new('--compat', '--compat', [CompletionResultType]::ParameterName, 'Also write the keys this other reader of each connection reads (repeatable; needs `--format json`; a connection it cannot serve exactly is invalid)')
            [CompletionResult]::new('--max-file-size', '--max-file-size', [CompletionResultType]::ParameterName, 'The largest export file read, in bytes; a larger one is refused from its size, unread')
            [CompletionResult]::new('--report', '--report', [CompletionResultType]::ParameterName, 'Write the summary as JSON to this file')
            [CompletionResult]::new('--recovery-window-days', '--recovery-window-days', [CompletionResultType]::ParameterName, 'With --prune: days Secrets Manager keeps them recoverable (7 to 30; default 30)')
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'Tag the secret, KEY=VALUE (repeatable; put-* also changes an existing secret''s tags, migrate tags only the secrets it creates)')
            [CompletionResult]::new('--kms-key-id', '--kms-key-id', [CompletionResultType]::ParameterName, 'KMS key that encrypts the secret (put-* also changes an existing secret''s key, migrate sets it only on the secrets it creates)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (otherwise the standard AWS chain: env, profiles, SSO, web identity, IMDS)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Secrets Manager endpoint (AWS_ENDPOINT_URL[_SECRETS_MANAGER] work too)')
            [CompletionResult]::new('--role-arn', '--role-arn', [CompletionResultType]::ParameterName, 'Assume this IAM role for every call')
            [CompletionResult]::new('--backend-kwargs', '--backend-kwargs', [CompletionResultType]::ParameterName, 'SecretsManagerBackend kwargs as JSON, over AIRFLOW__SECRETS__BACKEND_KWARGS')
            [CompletionResult]::new('--connections-prefix', '--connections-prefix', [CompletionResultType]::ParameterName, 'Connections prefix (default `airflow/connections`)')
            [CompletionResult]::new('--variables-prefix', '--variables-prefix', [CompletionResultType]::ParameterName, 'Variables prefix (default `airflow/variables`)')
            [CompletionResult]::new('--sep', '--sep', [CompletionResultType]::ParameterName, 'Separator between prefix and key (default `/`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: tables for people, json for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: tables for people, json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto honours NO_COLOR and terminals')
            [CompletionResult]::new('--airflow-version', '--airflow-version', [CompletionResultType]::ParameterName, 'The Airflow line whose rules apply where the lines differ')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the plan and write nothing')
            [CompletionResult]::new('--skip-invalid', '--skip-invalid', [CompletionResultType]::ParameterName, 'Write the valid items and list the invalid ones')
            [CompletionResult]::new('--prune', '--prune', [CompletionResultType]::ParameterName, 'Also delete the secrets under the prefixes that no source names (for the kinds given)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'With --prune: delete at once, without a recovery window')
            [CompletionResult]::new('--restore', '--restore', [CompletionResultType]::ParameterName, 'Restore the secret first if it is scheduled for deletion')
            [CompletionResult]::new('--airflow-will-not-read', '--airflow-will-not-read', [CompletionResultType]::ParameterName, 'With a null prefix, write the secret named exactly KEY although Airflow never reads it')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required when not interactive)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required when not interactive)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show AWS calls, retries and throttling (-vv: more); never secret values')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show AWS calls, retries and throttling (-vv: more); never secret values')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'Treat warnings as errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'airsecrets;diff' {
            [CompletionResult]::new('--variables', '--variables', [CompletionResultType]::ParameterName, 'An `airflow variables export` file: .json, .yaml/.yml or .env (repeatable)')
            [CompletionResult]::new('--connections', '--connections', [CompletionResultType]::ParameterName, 'An `airflow connections export` file: .json, .yaml/.yml or .env (repeatable)')
            [CompletionResult]::new('--if-exists', '--if-exists', [CompletionResultType]::ParameterName, 'As `migrate --if-exists`: whether a differing secret is a `conflict` or an `update`')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How connections would be stored')
            [CompletionResult]::new('--compat', '--compat', [CompletionResultType]::ParameterName, 'As `migrate --compat`: the other readers whose keys the secrets would carry')
            [CompletionResult]::new('--max-file-size', '--max-file-size', [CompletionResultType]::ParameterName, 'The largest export file read, in bytes')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (otherwise the standard AWS chain: env, profiles, SSO, web identity, IMDS)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Secrets Manager endpoint (AWS_ENDPOINT_URL[_SECRETS_MANAGER] work too)')
            [CompletionResult]::new('--role-arn', '--role-arn', [CompletionResultType]::ParameterName, 'Assume this IAM role for every call')
            [CompletionResult]::new('--backend-kwargs', '--backend-kwargs', [CompletionResultType]::ParameterName, 'SecretsManagerBackend kwargs as JSON, over AIRFLOW__SECRETS__BACKEND_KWARGS')
            [CompletionResult]::new('--connections-prefix', '--connections-prefix', [CompletionResultType]::ParameterName, 'Connections prefix (default `airflow/connections`)')
            [CompletionResult]::new('--variables-prefix', '--variables-prefix', [CompletionResultType]::ParameterName, 'Variables prefix (default `airflow/variables`)')
            [CompletionResult]::new('--sep', '--sep', [CompletionResultType]::ParameterName, 'Separator between prefix and key (default `/`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: tables for people, json for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: tables for people, json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto honours NO_COLOR and terminals')
            [CompletionResult]::new('--airflow-version', '--airflow-version', [CompletionResultType]::ParameterName, 'The Airflow line whose rules apply where the lines differ')
            [CompletionResult]::new('--exit-code', '--exit-code', [CompletionResultType]::ParameterName, 'Exit 1 when anything would change (for CI)')
            [CompletionResult]::new('--reveal', '--reveal', [CompletionResultType]::ParameterName, 'Show the differing values (on stdout), not only the field names')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required when not interactive)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required when not interactive)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show AWS calls, retries and throttling (-vv: more); never secret values')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show AWS calls, retries and throttling (-vv: more); never secret values')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'Treat warnings as errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'airsecrets;export' {
            [CompletionResult]::new('--variables', '--variables', [CompletionResultType]::ParameterName, 'Write the variables to FILE, as `airflow variables export` JSON (`-`: stdout)')
            [CompletionResult]::new('--connections', '--connections', [CompletionResultType]::ParameterName, 'Write the connections to FILE, as `airflow connections export` (`-`: stdout)')
            [CompletionResult]::new('--connections-format', '--connections-format', [CompletionResultType]::ParameterName, 'The connections file''s format')
            [CompletionResult]::new('--serialization-format', '--serialization-format', [CompletionResultType]::ParameterName, 'How a .env file holds each connection')
            [CompletionResult]::new('--reader', '--reader', [CompletionResultType]::ParameterName, 'Whose reading of the connections to write (default: core for Airflow 3, airflow2 for 2)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (otherwise the standard AWS chain: env, profiles, SSO, web identity, IMDS)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Secrets Manager endpoint (AWS_ENDPOINT_URL[_SECRETS_MANAGER] work too)')
            [CompletionResult]::new('--role-arn', '--role-arn', [CompletionResultType]::ParameterName, 'Assume this IAM role for every call')
            [CompletionResult]::new('--backend-kwargs', '--backend-kwargs', [CompletionResultType]::ParameterName, 'SecretsManagerBackend kwargs as JSON, over AIRFLOW__SECRETS__BACKEND_KWARGS')
            [CompletionResult]::new('--connections-prefix', '--connections-prefix', [CompletionResultType]::ParameterName, 'Connections prefix (default `airflow/connections`)')
            [CompletionResult]::new('--variables-prefix', '--variables-prefix', [CompletionResultType]::ParameterName, 'Variables prefix (default `airflow/variables`)')
            [CompletionResult]::new('--sep', '--sep', [CompletionResultType]::ParameterName, 'Separator between prefix and key (default `/`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: tables for people, json for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: tables for people, json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto honours NO_COLOR and terminals')
            [CompletionResult]::new('--airflow-version', '--airflow-version', [CompletionResultType]::ParameterName, 'The Airflow line whose rules apply where the lines differ')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace a file that exists')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required when not interactive)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required when not interactive)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show AWS calls, retries and throttling (-vv: more); never secret values')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show AWS calls, retries and throttling (-vv: more); never secret values')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'Treat warnings as errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'airsecrets;doctor' {
            [CompletionResult]::new('--fail-on', '--fail-on', [CompletionResultType]::ParameterName, 'Exit 1 when a finding is this severe or more')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (otherwise the standard AWS chain: env, profiles, SSO, web identity, IMDS)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Secrets Manager endpoint (AWS_ENDPOINT_URL[_SECRETS_MANAGER] work too)')
            [CompletionResult]::new('--role-arn', '--role-arn', [CompletionResultType]::ParameterName, 'Assume this IAM role for every call')
            [CompletionResult]::new('--backend-kwargs', '--backend-kwargs', [CompletionResultType]::ParameterName, 'SecretsManagerBackend kwargs as JSON, over AIRFLOW__SECRETS__BACKEND_KWARGS')
            [CompletionResult]::new('--connections-prefix', '--connections-prefix', [CompletionResultType]::ParameterName, 'Connections prefix (default `airflow/connections`)')
            [CompletionResult]::new('--variables-prefix', '--variables-prefix', [CompletionResultType]::ParameterName, 'Variables prefix (default `airflow/variables`)')
            [CompletionResult]::new('--sep', '--sep', [CompletionResultType]::ParameterName, 'Separator between prefix and key (default `/`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: tables for people, json for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: tables for people, json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto honours NO_COLOR and terminals')
            [CompletionResult]::new('--airflow-version', '--airflow-version', [CompletionResultType]::ParameterName, 'The Airflow line whose rules apply where the lines differ')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required when not interactive)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required when not interactive)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show AWS calls, retries and throttling (-vv: more); never secret values')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show AWS calls, retries and throttling (-vv: more); never secret values')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'Treat warnings as errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'airsecrets;iam-policy' {
            [CompletionResult]::new('--for', '--for', [CompletionResultType]::ParameterName, 'Whose policy')
            [CompletionResult]::new('--kms-key-arn', '--kms-key-arn', [CompletionResultType]::ParameterName, 'A customer managed KMS key the secrets are encrypted with')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (otherwise the standard AWS chain: env, profiles, SSO, web identity, IMDS)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Secrets Manager endpoint (AWS_ENDPOINT_URL[_SECRETS_MANAGER] work too)')
            [CompletionResult]::new('--role-arn', '--role-arn', [CompletionResultType]::ParameterName, 'Assume this IAM role for every call')
            [CompletionResult]::new('--backend-kwargs', '--backend-kwargs', [CompletionResultType]::ParameterName, 'SecretsManagerBackend kwargs as JSON, over AIRFLOW__SECRETS__BACKEND_KWARGS')
            [CompletionResult]::new('--connections-prefix', '--connections-prefix', [CompletionResultType]::ParameterName, 'Connections prefix (default `airflow/connections`)')
            [CompletionResult]::new('--variables-prefix', '--variables-prefix', [CompletionResultType]::ParameterName, 'Variables prefix (default `airflow/variables`)')
            [CompletionResult]::new('--sep', '--sep', [CompletionResultType]::ParameterName, 'Separator between prefix and key (default `/`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: tables for people, json for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: tables for people, json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto honours NO_COLOR and terminals')
            [CompletionResult]::new('--airflow-version', '--airflow-version', [CompletionResultType]::ParameterName, 'The Airflow line whose rules apply where the lines differ')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required when not interactive)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required when not interactive)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show AWS calls, retries and throttling (-vv: more); never secret values')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show AWS calls, retries and throttling (-vv: more); never secret values')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'Treat warnings as errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'airsecrets;history' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (otherwise the standard AWS chain: env, profiles, SSO, web identity, IMDS)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Secrets Manager endpoint (AWS_ENDPOINT_URL[_SECRETS_MANAGER] work too)')
            [CompletionResult]::new('--role-arn', '--role-arn', [CompletionResultType]::ParameterName, 'Assume this IAM role for every call')
            [CompletionResult]::new('--backend-kwargs', '--backend-kwargs', [CompletionResultType]::ParameterName, 'SecretsManagerBackend kwargs as JSON, over AIRFLOW__SECRETS__BACKEND_KWARGS')
            [CompletionResult]::new('--connections-prefix', '--connections-prefix', [CompletionResultType]::ParameterName, 'Connections prefix (default `airflow/connections`)')
            [CompletionResult]::new('--variables-prefix', '--variables-prefix', [CompletionResultType]::ParameterName, 'Variables prefix (default `airflow/variables`)')
            [CompletionResult]::new('--sep', '--sep', [CompletionResultType]::ParameterName, 'Separator between prefix and key (default `/`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: tables for people, json for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: tables for people, json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto honours NO_COLOR and terminals')
            [CompletionResult]::new('--airflow-version', '--airflow-version', [CompletionResultType]::ParameterName, 'The Airflow line whose rules apply where the lines differ')
            [CompletionResult]::new('--reveal', '--reveal', [CompletionResultType]::ParameterName, 'Show the values (on stdout), not only which fields changed')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required when not interactive)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required when not interactive)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show AWS calls, retries and throttling (-vv: more); never secret values')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show AWS calls, retries and throttling (-vv: more); never secret values')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'Treat warnings as errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('variable', 'variable', [CompletionResultType]::ParameterValue, 'A variable')
            [CompletionResult]::new('var', 'var', [CompletionResultType]::ParameterValue, 'A variable')
            [CompletionResult]::new('connection', 'connection', [CompletionResultType]::ParameterValue, 'A connection')
            [CompletionResult]::new('conn', 'conn', [CompletionResultType]::ParameterValue, 'A connection')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'airsecrets;history;variable' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (otherwise the standard AWS chain: env, profiles, SSO, web identity, IMDS)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Secrets Manager endpoint (AWS_ENDPOINT_URL[_SECRETS_MANAGER] work too)')
            [CompletionResult]::new('--role-arn', '--role-arn', [CompletionResultType]::ParameterName, 'Assume this IAM role for every call')
            [CompletionResult]::new('--backend-kwargs', '--backend-kwargs', [CompletionResultType]::ParameterName, 'SecretsManagerBackend kwargs as JSON, over AIRFLOW__SECRETS__BACKEND_KWARGS')
            [CompletionResult]::new('--connections-prefix', '--connections-prefix', [CompletionResultType]::ParameterName, 'Connections prefix (default `airflow/connections`)')
            [CompletionResult]::new('--variables-prefix', '--variables-prefix', [CompletionResultType]::ParameterName, 'Variables prefix (default `airflow/variables`)')
            [CompletionResult]::new('--sep', '--sep', [CompletionResultType]::ParameterName, 'Separator between prefix and key (default `/`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: tables for people, json for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: tables for people, json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto honours NO_COLOR and terminals')
            [CompletionResult]::new('--airflow-version', '--airflow-version', [CompletionResultType]::ParameterName, 'The Airflow line whose rules apply where the lines differ')
            [CompletionResult]::new('--reveal', '--reveal', [CompletionResultType]::ParameterName, 'Show the values (on stdout), not only which fields changed')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required when not interactive)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required when not interactive)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show AWS calls, retries and throttling (-vv: more); never secret values')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show AWS calls, retries and throttling (-vv: more); never secret values')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'Treat warnings as errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'airsecrets;history;var' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (otherwise the standard AWS chain: env, profiles, SSO, web identity, IMDS)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Secrets Manager endpoint (AWS_ENDPOINT_URL[_SECRETS_MANAGER] work too)')
            [CompletionResult]::new('--role-arn', '--role-arn', [CompletionResultType]::ParameterName, 'Assume this IAM role for every call')
            [CompletionResult]::new('--backend-kwargs', '--backend-kwargs', [CompletionResultType]::ParameterName, 'SecretsManagerBackend kwargs as JSON, over AIRFLOW__SECRETS__BACKEND_KWARGS')
            [CompletionResult]::new('--connections-prefix', '--connections-prefix', [CompletionResultType]::ParameterName, 'Connections prefix (default `airflow/connections`)')
            [CompletionResult]::new('--variables-prefix', '--variables-prefix', [CompletionResultType]::ParameterName, 'Variables prefix (default `airflow/variables`)')
            [CompletionResult]::new('--sep', '--sep', [CompletionResultType]::ParameterName, 'Separator between prefix and key (default `/`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: tables for people, json for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: tables for people, json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto honours NO_COLOR and terminals')
            [CompletionResult]::new('--airflow-version', '--airflow-version', [CompletionResultType]::ParameterName, 'The Airflow line whose rules apply where the lines differ')
            [CompletionResult]::new('--reveal', '--reveal', [CompletionResultType]::ParameterName, 'Show the values (on stdout), not only which fields changed')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required when not interactive)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required when not interactive)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show AWS calls, retries and throttling (-vv: more); never secret values')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show AWS calls, retries and throttling (-vv: more); never secret values')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'Treat warnings as errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'airsecrets;history;connection' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (otherwise the standard AWS chain: env, profiles, SSO, web identity, IMDS)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Secrets Manager endpoint (AWS_ENDPOINT_URL[_SECRETS_MANAGER] work too)')
            [CompletionResult]::new('--role-arn', '--role-arn', [CompletionResultType]::ParameterName, 'Assume this IAM role for every call')
            [CompletionResult]::new('--backend-kwargs', '--backend-kwargs', [CompletionResultType]::ParameterName, 'SecretsManagerBackend kwargs as JSON, over AIRFLOW__SECRETS__BACKEND_KWARGS')
            [CompletionResult]::new('--connections-prefix', '--connections-prefix', [CompletionResultType]::ParameterName, 'Connections prefix (default `airflow/connections`)')
            [CompletionResult]::new('--variables-prefix', '--variables-prefix', [CompletionResultType]::ParameterName, 'Variables prefix (default `airflow/variables`)')
            [CompletionResult]::new('--sep', '--sep', [CompletionResultType]::ParameterName, 'Separator between prefix and key (default `/`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: tables for people, json for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: tables for people, json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto honours NO_COLOR and terminals')
            [CompletionResult]::new('--airflow-version', '--airflow-version', [CompletionResultType]::ParameterName, 'The Airflow line whose rules apply where the lines differ')
            [CompletionResult]::new('--reveal', '--reveal', [CompletionResultType]::ParameterName, 'Show the values (on stdout), not only which fields changed')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required when not interactive)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required when not interactive)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show AWS calls, retries and throttling (-vv: more); never secret values')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show AWS calls, retries and throttling (-vv: more); never secret values')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'Treat warnings as errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'airsecrets;history;conn' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (otherwise the standard AWS chain: env, profiles, SSO, web identity, IMDS)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Secrets Manager endpoint (AWS_ENDPOINT_URL[_SECRETS_MANAGER] work too)')
            [CompletionResult]::new('--role-arn', '--role-arn', [CompletionResultType]::ParameterName, 'Assume this IAM role for every call')
            [CompletionResult]::new('--backend-kwargs', '--backend-kwargs', [CompletionResultType]::ParameterName, 'SecretsManagerBackend kwargs as JSON, over AIRFLOW__SECRETS__BACKEND_KWARGS')
            [CompletionResult]::new('--connections-prefix', '--connections-prefix', [CompletionResultType]::ParameterName, 'Connections prefix (default `airflow/connections`)')
            [CompletionResult]::new('--variables-prefix', '--variables-prefix', [CompletionResultType]::ParameterName, 'Variables prefix (default `airflow/variables`)')
            [CompletionResult]::new('--sep', '--sep', [CompletionResultType]::ParameterName, 'Separator between prefix and key (default `/`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: tables for people, json for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: tables for people, json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto honours NO_COLOR and terminals')
            [CompletionResult]::new('--airflow-version', '--airflow-version', [CompletionResultType]::ParameterName, 'The Airflow line whose rules apply where the lines differ')
            [CompletionResult]::new('--reveal', '--reveal', [CompletionResultType]::ParameterName, 'Show the values (on stdout), not only which fields changed')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required when not interactive)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required when not interactive)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show AWS calls, retries and throttling (-vv: more); never secret values')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show AWS calls, retries and throttling (-vv: more); never secret values')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'Treat warnings as errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'airsecrets;history;help' {
            [CompletionResult]::new('variable', 'variable', [CompletionResultType]::ParameterValue, 'A variable')
            [CompletionResult]::new('connection', 'connection', [CompletionResultType]::ParameterValue, 'A connection')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'airsecrets;history;help;variable' {
            break
        }
        'airsecrets;history;help;connection' {
            break
        }
        'airsecrets;history;help;help' {
            break
        }
        'airsecrets;rollback' {
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'The version to make current (default: the one labelled AWSPREVIOUS)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (otherwise the standard AWS chain: env, profiles, SSO, web identity, IMDS)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Secrets Manager endpoint (AWS_ENDPOINT_URL[_SECRETS_MANAGER] work too)')
            [CompletionResult]::new('--role-arn', '--role-arn', [CompletionResultType]::ParameterName, 'Assume this IAM role for every call')
            [CompletionResult]::new('--backend-kwargs', '--backend-kwargs', [CompletionResultType]::ParameterName, 'SecretsManagerBackend kwargs as JSON, over AIRFLOW__SECRETS__BACKEND_KWARGS')
            [CompletionResult]::new('--connections-prefix', '--connections-prefix', [CompletionResultType]::ParameterName, 'Connections prefix (default `airflow/connections`)')
            [CompletionResult]::new('--variables-prefix', '--variables-prefix', [CompletionResultType]::ParameterName, 'Variables prefix (default `airflow/variables`)')
            [CompletionResult]::new('--sep', '--sep', [CompletionResultType]::ParameterName, 'Separator between prefix and key (default `/`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: tables for people, json for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: tables for people, json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto honours NO_COLOR and terminals')
            [CompletionResult]::new('--airflow-version', '--airflow-version', [CompletionResultType]::ParameterName, 'The Airflow line whose rules apply where the lines differ')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what each reader would read afterwards; move nothing')
            [CompletionResult]::new('--reveal', '--reveal', [CompletionResultType]::ParameterName, 'Show the values each reader would read (on stdout)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required when not interactive)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required when not interactive)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show AWS calls, retries and throttling (-vv: more); never secret values')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show AWS calls, retries and throttling (-vv: more); never secret values')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'Treat warnings as errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('variable', 'variable', [CompletionResultType]::ParameterValue, 'A variable')
            [CompletionResult]::new('var', 'var', [CompletionResultType]::ParameterValue, 'A variable')
            [CompletionResult]::new('connection', 'connection', [CompletionResultType]::ParameterValue, 'A connection')
            [CompletionResult]::new('conn', 'conn', [CompletionResultType]::ParameterValue, 'A connection')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'airsecrets;rollback;variable' {
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'The version to make current (default: the one labelled AWSPREVIOUS)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (otherwise the standard AWS chain: env, profiles, SSO, web identity, IMDS)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Secrets Manager endpoint (AWS_ENDPOINT_URL[_SECRETS_MANAGER] work too)')
            [CompletionResult]::new('--role-arn', '--role-arn', [CompletionResultType]::ParameterName, 'Assume this IAM role for every call')
            [CompletionResult]::new('--backend-kwargs', '--backend-kwargs', [CompletionResultType]::ParameterName, 'SecretsManagerBackend kwargs as JSON, over AIRFLOW__SECRETS__BACKEND_KWARGS')
            [CompletionResult]::new('--connections-prefix', '--connections-prefix', [CompletionResultType]::ParameterName, 'Connections prefix (default `airflow/connections`)')
            [CompletionResult]::new('--variables-prefix', '--variables-prefix', [CompletionResultType]::ParameterName, 'Variables prefix (default `airflow/variables`)')
            [CompletionResult]::new('--sep', '--sep', [CompletionResultType]::ParameterName, 'Separator between prefix and key (default `/`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: tables for people, json for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: tables for people, json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto honours NO_COLOR and terminals')
            [CompletionResult]::new('--airflow-version', '--airflow-version', [CompletionResultType]::ParameterName, 'The Airflow line whose rules apply where the lines differ')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what each reader would read afterwards; move nothing')
            [CompletionResult]::new('--reveal', '--reveal', [CompletionResultType]::ParameterName, 'Show the values each reader would read (on stdout)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required when not interactive)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required when not interactive)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show AWS calls, retries and throttling (-vv: more); never secret values')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show AWS calls, retries and throttling (-vv: more); never secret values')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'Treat warnings as errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'airsecrets;rollback;var' {
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'The version to make current (default: the one labelled AWSPREVIOUS)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (otherwise the standard AWS chain: env, profiles, SSO, web identity, IMDS)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Secrets Manager endpoint (AWS_ENDPOINT_URL[_SECRETS_MANAGER] work too)')
            [CompletionResult]::new('--role-arn', '--role-arn', [CompletionResultType]::ParameterName, 'Assume this IAM role for every call')
            [CompletionResult]::new('--backend-kwargs', '--backend-kwargs', [CompletionResultType]::ParameterName, 'SecretsManagerBackend kwargs as JSON, over AIRFLOW__SECRETS__BACKEND_KWARGS')
            [CompletionResult]::new('--connections-prefix', '--connections-prefix', [CompletionResultType]::ParameterName, 'Connections prefix (default `airflow/connections`)')
            [CompletionResult]::new('--variables-prefix', '--variables-prefix', [CompletionResultType]::ParameterName, 'Variables prefix (default `airflow/variables`)')
            [CompletionResult]::new('--sep', '--sep', [CompletionResultType]::ParameterName, 'Separator between prefix and key (default `/`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: tables for people, json for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: tables for people, json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto honours NO_COLOR and terminals')
            [CompletionResult]::new('--airflow-version', '--airflow-version', [CompletionResultType]::ParameterName, 'The Airflow line whose rules apply where the lines differ')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what each reader would read afterwards; move nothing')
            [CompletionResult]::new('--reveal', '--reveal', [CompletionResultType]::ParameterName, 'Show the values each reader would read (on stdout)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required when not interactive)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required when not interactive)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show AWS calls, retries and throttling (-vv: more); never secret values')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show AWS calls, retries and throttling (-vv: more); never secret values')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'Treat warnings as errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'airsecrets;rollback;connection' {
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'The version to make current (default: the one labelled AWSPREVIOUS)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (otherwise the standard AWS chain: env, profiles, SSO, web identity, IMDS)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Secrets Manager endpoint (AWS_ENDPOINT_URL[_SECRETS_MANAGER] work too)')
            [CompletionResult]::new('--role-arn', '--role-arn', [CompletionResultType]::ParameterName, 'Assume this IAM role for every call')
            [CompletionResult]::new('--backend-kwargs', '--backend-kwargs', [CompletionResultType]::ParameterName, 'SecretsManagerBackend kwargs as JSON, over AIRFLOW__SECRETS__BACKEND_KWARGS')
            [CompletionResult]::new('--connections-prefix', '--connections-prefix', [CompletionResultType]::ParameterName, 'Connections prefix (default `airflow/connections`)')
            [CompletionResult]::new('--variables-prefix', '--variables-prefix', [CompletionResultType]::ParameterName, 'Variables prefix (default `airflow/variables`)')
            [CompletionResult]::new('--sep', '--sep', [CompletionResultType]::ParameterName, 'Separator between prefix and key (default `/`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: tables for people, json for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: tables for people, json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto honours NO_COLOR and terminals')
            [CompletionResult]::new('--airflow-version', '--airflow-version', [CompletionResultType]::ParameterName, 'The Airflow line whose rules apply where the lines differ')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what each reader would read afterwards; move nothing')
            [CompletionResult]::new('--reveal', '--reveal', [CompletionResultType]::ParameterName, 'Show the values each reader would read (on stdout)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required when not interactive)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required when not interactive)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show AWS calls, retries and throttling (-vv: more); never secret values')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show AWS calls, retries and throttling (-vv: more); never secret values')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'Treat warnings as errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'airsecrets;rollback;conn' {
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'The version to make current (default: the one labelled AWSPREVIOUS)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (otherwise the standard AWS chain: env, profiles, SSO, web identity, IMDS)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Secrets Manager endpoint (AWS_ENDPOINT_URL[_SECRETS_MANAGER] work too)')
            [CompletionResult]::new('--role-arn', '--role-arn', [CompletionResultType]::ParameterName, 'Assume this IAM role for every call')
            [CompletionResult]::new('--backend-kwargs', '--backend-kwargs', [CompletionResultType]::ParameterName, 'SecretsManagerBackend kwargs as JSON, over AIRFLOW__SECRETS__BACKEND_KWARGS')
            [CompletionResult]::new('--connections-prefix', '--connections-prefix', [CompletionResultType]::ParameterName, 'Connections prefix (default `airflow/connections`)')
            [CompletionResult]::new('--variables-prefix', '--variables-prefix', [CompletionResultType]::ParameterName, 'Variables prefix (default `airflow/variables`)')
            [CompletionResult]::new('--sep', '--sep', [CompletionResultType]::ParameterName, 'Separator between prefix and key (default `/`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: tables for people, json for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: tables for people, json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto honours NO_COLOR and terminals')
            [CompletionResult]::new('--airflow-version', '--airflow-version', [CompletionResultType]::ParameterName, 'The Airflow line whose rules apply where the lines differ')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what each reader would read afterwards; move nothing')
            [CompletionResult]::new('--reveal', '--reveal', [CompletionResultType]::ParameterName, 'Show the values each reader would read (on stdout)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required when not interactive)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required when not interactive)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show AWS calls, retries and throttling (-vv: more); never secret values')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show AWS calls, retries and throttling (-vv: more); never secret values')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'Treat warnings as errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'airsecrets;rollback;help' {
            [CompletionResult]::new('variable', 'variable', [CompletionResultType]::ParameterValue, 'A variable')
            [CompletionResult]::new('connection', 'connection', [CompletionResultType]::ParameterValue, 'A connection')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'airsecrets;rollback;help;variable' {
            break
        }
        'airsecrets;rollback;help;connection' {
            break
        }
        'airsecrets;rollback;help;help' {
            break
        }
        'airsecrets;restore' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (otherwise the standard AWS chain: env, profiles, SSO, web identity, IMDS)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Secrets Manager endpoint (AWS_ENDPOINT_URL[_SECRETS_MANAGER] work too)')
            [CompletionResult]::new('--role-arn', '--role-arn', [CompletionResultType]::ParameterName, 'Assume this IAM role for every call')
            [CompletionResult]::new('--backend-kwargs', '--backend-kwargs', [CompletionResultType]::ParameterName, 'SecretsManagerBackend kwargs as JSON, over AIRFLOW__SECRETS__BACKEND_KWARGS')
            [CompletionResult]::new('--connections-prefix', '--connections-prefix', [CompletionResultType]::ParameterName, 'Connections prefix (default `airflow/connections`)')
            [CompletionResult]::new('--variables-prefix', '--variables-prefix', [CompletionResultType]::ParameterName, 'Variables prefix (default `airflow/variables`)')
            [CompletionResult]::new('--sep', '--sep', [CompletionResultType]::ParameterName, 'Separator between prefix and key (default `/`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: tables for people, json for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: tables for people, json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto honours NO_COLOR and terminals')
            [CompletionResult]::new('--airflow-version', '--airflow-version', [CompletionResultType]::ParameterName, 'The Airflow line whose rules apply where the lines differ')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required when not interactive)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required when not interactive)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show AWS calls, retries and throttling (-vv: more); never secret values')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show AWS calls, retries and throttling (-vv: more); never secret values')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'Treat warnings as errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('variable', 'variable', [CompletionResultType]::ParameterValue, 'A variable')
            [CompletionResult]::new('var', 'var', [CompletionResultType]::ParameterValue, 'A variable')
            [CompletionResult]::new('connection', 'connection', [CompletionResultType]::ParameterValue, 'A connection')
            [CompletionResult]::new('conn', 'conn', [CompletionResultType]::ParameterValue, 'A connection')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'airsecrets;restore;variable' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (otherwise the standard AWS chain: env, profiles, SSO, web identity, IMDS)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Secrets Manager endpoint (AWS_ENDPOINT_URL[_SECRETS_MANAGER] work too)')
            [CompletionResult]::new('--role-arn', '--role-arn', [CompletionResultType]::ParameterName, 'Assume this IAM role for every call')
            [CompletionResult]::new('--backend-kwargs', '--backend-kwargs', [CompletionResultType]::ParameterName, 'SecretsManagerBackend kwargs as JSON, over AIRFLOW__SECRETS__BACKEND_KWARGS')
            [CompletionResult]::new('--connections-prefix', '--connections-prefix', [CompletionResultType]::ParameterName, 'Connections prefix (default `airflow/connections`)')
            [CompletionResult]::new('--variables-prefix', '--variables-prefix', [CompletionResultType]::ParameterName, 'Variables prefix (default `airflow/variables`)')
            [CompletionResult]::new('--sep', '--sep', [CompletionResultType]::ParameterName, 'Separator between prefix and key (default `/`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: tables for people, json for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: tables for people, json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto honours NO_COLOR and terminals')
            [CompletionResult]::new('--airflow-version', '--airflow-version', [CompletionResultType]::ParameterName, 'The Airflow line whose rules apply where the lines differ')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required when not interactive)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required when not interactive)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show AWS calls, retries and throttling (-vv: more); never secret values')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show AWS calls, retries and throttling (-vv: more); never secret values')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'Treat warnings as errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'airsecrets;restore;var' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (otherwise the standard AWS chain: env, profiles, SSO, web identity, IMDS)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Secrets Manager endpoint (AWS_ENDPOINT_URL[_SECRETS_MANAGER] work too)')
            [CompletionResult]::new('--role-arn', '--role-arn', [CompletionResultType]::ParameterName, 'Assume this IAM role for every call')
            [CompletionResult]::new('--backend-kwargs', '--backend-kwargs', [CompletionResultType]::ParameterName, 'SecretsManagerBackend kwargs as JSON, over AIRFLOW__SECRETS__BACKEND_KWARGS')
            [CompletionResult]::new('--connections-prefix', '--connections-prefix', [CompletionResultType]::ParameterName, 'Connections prefix (default `airflow/connections`)')
            [CompletionResult]::new('--variables-prefix', '--variables-prefix', [CompletionResultType]::ParameterName, 'Variables prefix (default `airflow/variables`)')
            [CompletionResult]::new('--sep', '--sep', [CompletionResultType]::ParameterName, 'Separator between prefix and key (default `/`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: tables for people, json for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: tables for people, json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto honours NO_COLOR and terminals')
            [CompletionResult]::new('--airflow-version', '--airflow-version', [CompletionResultType]::ParameterName, 'The Airflow line whose rules apply where the lines differ')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required when not interactive)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required when not interactive)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show AWS calls, retries and throttling (-vv: more); never secret values')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show AWS calls, retries and throttling (-vv: more); never secret values')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'Treat warnings as errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'airsecrets;restore;connection' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (otherwise the standard AWS chain: env, profiles, SSO, web identity, IMDS)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Secrets Manager endpoint (AWS_ENDPOINT_URL[_SECRETS_MANAGER] work too)')
            [CompletionResult]::new('--role-arn', '--role-arn', [CompletionResultType]::ParameterName, 'Assume this IAM role for every call')
            [CompletionResult]::new('--backend-kwargs', '--backend-kwargs', [CompletionResultType]::ParameterName, 'SecretsManagerBackend kwargs as JSON, over AIRFLOW__SECRETS__BACKEND_KWARGS')
            [CompletionResult]::new('--connections-prefix', '--connections-prefix', [CompletionResultType]::ParameterName, 'Connections prefix (default `airflow/connections`)')
            [CompletionResult]::new('--variables-prefix', '--variables-prefix', [CompletionResultType]::ParameterName, 'Variables prefix (default `airflow/variables`)')
            [CompletionResult]::new('--sep', '--sep', [CompletionResultType]::ParameterName, 'Separator between prefix and key (default `/`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: tables for people, json for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: tables for people, json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto honours NO_COLOR and terminals')
            [CompletionResult]::new('--airflow-version', '--airflow-version', [CompletionResultType]::ParameterName, 'The Airflow line whose rules apply where the lines differ')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required when not interactive)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required when not interactive)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show AWS calls, retries and throttling (-vv: more); never secret values')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show AWS calls, retries and throttling (-vv: more); never secret values')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'Treat warnings as errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'airsecrets;restore;conn' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (otherwise the standard AWS chain: env, profiles, SSO, web identity, IMDS)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Secrets Manager endpoint (AWS_ENDPOINT_URL[_SECRETS_MANAGER] work too)')
            [CompletionResult]::new('--role-arn', '--role-arn', [CompletionResultType]::ParameterName, 'Assume this IAM role for every call')
            [CompletionResult]::new('--backend-kwargs', '--backend-kwargs', [CompletionResultType]::ParameterName, 'SecretsManagerBackend kwargs as JSON, over AIRFLOW__SECRETS__BACKEND_KWARGS')
            [CompletionResult]::new('--connections-prefix', '--connections-prefix', [CompletionResultType]::ParameterName, 'Connections prefix (default `airflow/connections`)')
            [CompletionResult]::new('--variables-prefix', '--variables-prefix', [CompletionResultType]::ParameterName, 'Variables prefix (default `airflow/variables`)')
            [CompletionResult]::new('--sep', '--sep', [CompletionResultType]::ParameterName, 'Separator between prefix and key (default `/`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: tables for people, json for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: tables for people, json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto honours NO_COLOR and terminals')
            [CompletionResult]::new('--airflow-version', '--airflow-version', [CompletionResultType]::ParameterName, 'The Airflow line whose rules apply where the lines differ')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required when not interactive)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required when not interactive)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show AWS calls, retries and throttling (-vv: more); never secret values')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show AWS calls, retries and throttling (-vv: more); never secret values')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'Treat warnings as errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'airsecrets;restore;help' {
            [CompletionResult]::new('variable', 'variable', [CompletionResultType]::ParameterValue, 'A variable')
            [CompletionResult]::new('connection', 'connection', [CompletionResultType]::ParameterValue, 'A connection')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'airsecrets;restore;help;variable' {
            break
        }
        'airsecrets;restore;help;connection' {
            break
        }
        'airsecrets;restore;help;help' {
            break
        }
        'airsecrets;exec' {
            [CompletionResult]::new('--variable', '--variable', [CompletionResultType]::ParameterName, 'Give the command this variable as `AIRFLOW_VAR_<KEY>` (repeatable)')
            [CompletionResult]::new('--var', '--var', [CompletionResultType]::ParameterName, 'Give the command this variable as `AIRFLOW_VAR_<KEY>` (repeatable)')
            [CompletionResult]::new('--connection', '--connection', [CompletionResultType]::ParameterName, 'Give the command this connection as `AIRFLOW_CONN_<CONN_ID>` (repeatable)')
            [CompletionResult]::new('--conn', '--conn', [CompletionResultType]::ParameterName, 'Give the command this connection as `AIRFLOW_CONN_<CONN_ID>` (repeatable)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (otherwise the standard AWS chain: env, profiles, SSO, web identity, IMDS)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Secrets Manager endpoint (AWS_ENDPOINT_URL[_SECRETS_MANAGER] work too)')
            [CompletionResult]::new('--role-arn', '--role-arn', [CompletionResultType]::ParameterName, 'Assume this IAM role for every call')
            [CompletionResult]::new('--backend-kwargs', '--backend-kwargs', [CompletionResultType]::ParameterName, 'SecretsManagerBackend kwargs as JSON, over AIRFLOW__SECRETS__BACKEND_KWARGS')
            [CompletionResult]::new('--connections-prefix', '--connections-prefix', [CompletionResultType]::ParameterName, 'Connections prefix (default `airflow/connections`)')
            [CompletionResult]::new('--variables-prefix', '--variables-prefix', [CompletionResultType]::ParameterName, 'Variables prefix (default `airflow/variables`)')
            [CompletionResult]::new('--sep', '--sep', [CompletionResultType]::ParameterName, 'Separator between prefix and key (default `/`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: tables for people, json for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: tables for people, json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto honours NO_COLOR and terminals')
            [CompletionResult]::new('--airflow-version', '--airflow-version', [CompletionResultType]::ParameterName, 'The Airflow line whose rules apply where the lines differ')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every variable and connection under the prefixes (read in bulk)')
            [CompletionResult]::new('--override', '--override', [CompletionResultType]::ParameterName, 'Replace `AIRFLOW_VAR_*` / `AIRFLOW_CONN_*` variables already set (otherwise an error)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required when not interactive)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required when not interactive)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show AWS calls, retries and throttling (-vv: more); never secret values')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show AWS calls, retries and throttling (-vv: more); never secret values')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'Treat warnings as errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'airsecrets;cost' {
            [CompletionResult]::new('--dags', '--dags', [CompletionResultType]::ParameterName, 'The DAGs folder (every `.py` file under it)')
            [CompletionResult]::new('--parse-interval', '--parse-interval', [CompletionResultType]::ParameterName, 'Seconds between two parses of a file [default: Airflow''s `min_file_process_interval` from the environment, else 30]')
            [CompletionResult]::new('--cache-ttl', '--cache-ttl', [CompletionResultType]::ParameterName, 'Seconds Airflow''s secrets cache keeps a value, 0 for none [default: `[secrets] use_cache` and `cache_ttl_seconds` from the environment, else 0]')
            [CompletionResult]::new('--price', '--price', [CompletionResultType]::ParameterName, 'Dollars per 10,000 API calls')
            [CompletionResult]::new('--budget', '--budget', [CompletionResultType]::ParameterName, 'Exit 1 when the estimate is above this many dollars a month')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (otherwise the standard AWS chain: env, profiles, SSO, web identity, IMDS)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Secrets Manager endpoint (AWS_ENDPOINT_URL[_SECRETS_MANAGER] work too)')
            [CompletionResult]::new('--role-arn', '--role-arn', [CompletionResultType]::ParameterName, 'Assume this IAM role for every call')
            [CompletionResult]::new('--backend-kwargs', '--backend-kwargs', [CompletionResultType]::ParameterName, 'SecretsManagerBackend kwargs as JSON, over AIRFLOW__SECRETS__BACKEND_KWARGS')
            [CompletionResult]::new('--connections-prefix', '--connections-prefix', [CompletionResultType]::ParameterName, 'Connections prefix (default `airflow/connections`)')
            [CompletionResult]::new('--variables-prefix', '--variables-prefix', [CompletionResultType]::ParameterName, 'Variables prefix (default `airflow/variables`)')
            [CompletionResult]::new('--sep', '--sep', [CompletionResultType]::ParameterName, 'Separator between prefix and key (default `/`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: tables for people, json for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: tables for people, json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto honours NO_COLOR and terminals')
            [CompletionResult]::new('--airflow-version', '--airflow-version', [CompletionResultType]::ParameterName, 'The Airflow line whose rules apply where the lines differ')
            [CompletionResult]::new('--stored', '--stored', [CompletionResultType]::ParameterName, 'Also list what Secrets Manager holds (names only): lookups of keys it does not hold, and the lookup pattern that stops them')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required when not interactive)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required when not interactive)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show AWS calls, retries and throttling (-vv: more); never secret values')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show AWS calls, retries and throttling (-vv: more); never secret values')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'Treat warnings as errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'airsecrets;generate' {
            [CompletionResult]::new('--out-dir', '--out-dir', [CompletionResultType]::ParameterName, 'Directory to write completions/ and docs/ into')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile (otherwise the standard AWS chain: env, profiles, SSO, web identity, IMDS)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Secrets Manager endpoint (AWS_ENDPOINT_URL[_SECRETS_MANAGER] work too)')
            [CompletionResult]::new('--role-arn', '--role-arn', [CompletionResultType]::ParameterName, 'Assume this IAM role for every call')
            [CompletionResult]::new('--backend-kwargs', '--backend-kwargs', [CompletionResultType]::ParameterName, 'SecretsManagerBackend kwargs as JSON, over AIRFLOW__SECRETS__BACKEND_KWARGS')
            [CompletionResult]::new('--connections-prefix', '--connections-prefix', [CompletionResultType]::ParameterName, 'Connections prefix (default `airflow/connections`)')
            [CompletionResult]::new('--variables-prefix', '--variables-prefix', [CompletionResultType]::ParameterName, 'Variables prefix (default `airflow/variables`)')
            [CompletionResult]::new('--sep', '--sep', [CompletionResultType]::ParameterName, 'Separator between prefix and key (default `/`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: tables for people, json for scripts')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: tables for people, json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto honours NO_COLOR and terminals')
            [CompletionResult]::new('--airflow-version', '--airflow-version', [CompletionResultType]::ParameterName, 'The Airflow line whose rules apply where the lines differ')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required when not interactive)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (required when not interactive)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only data and errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Show AWS calls, retries and throttling (-vv: more); never secret values')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Show AWS calls, retries and throttling (-vv: more); never secret values')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'Treat warnings as errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'airsecrets;help' {
            [CompletionResult]::new('put-variable', 'put-variable', [CompletionResultType]::ParameterValue, 'Create or update a variable')
            [CompletionResult]::new('put-connection', 'put-connection', [CompletionResultType]::ParameterValue, 'Create or update a connection')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Print a variable or a connection as Airflow reads it')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List variables and connections (names only, never values)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a variable or a connection')
            [CompletionResult]::new('migrate', 'migrate', [CompletionResultType]::ParameterValue, 'Import Airflow export files: plan first, then write')
            [CompletionResult]::new('diff', 'diff', [CompletionResultType]::ParameterValue, 'Compare export files with the deployment: what `migrate` would change')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write the deployment as Airflow''s own export files')
            [CompletionResult]::new('doctor', 'doctor', [CompletionResultType]::ParameterValue, 'Find every secret Airflow would not read as meant, and what to do about it')
            [CompletionResult]::new('iam-policy', 'iam-policy', [CompletionResultType]::ParameterValue, 'Print the least-privilege IAM policy for the resolved prefixes')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'Every version of a variable or connection, newest first, and what changed')
            [CompletionResult]::new('rollback', 'rollback', [CompletionResultType]::ParameterValue, 'Make an earlier version of a variable or connection current again')
            [CompletionResult]::new('restore', 'restore', [CompletionResultType]::ParameterValue, 'Cancel the scheduled deletion of a variable or connection')
            [CompletionResult]::new('exec', 'exec', [CompletionResultType]::ParameterValue, 'Run a command with variables and connections in its environment, as Airflow reads them')
            [CompletionResult]::new('cost', 'cost', [CompletionResultType]::ParameterValue, 'Estimate the Secrets Manager calls and dollars that parsing the DAG files costs')
            [CompletionResult]::new('generate', 'generate', [CompletionResultType]::ParameterValue, 'Write shell completions and the man page (for packagers)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'airsecrets;help;put-variable' {
            break
        }
        'airsecrets;help;put-connection' {
            break
        }
        'airsecrets;help;get' {
            [CompletionResult]::new('variable', 'variable', [CompletionResultType]::ParameterValue, 'Print a variable''s value, byte-exact')
            [CompletionResult]::new('connection', 'connection', [CompletionResultType]::ParameterValue, 'Print a connection''s fields as Airflow sees them')
            break
        }
        'airsecrets;help;get;variable' {
            break
        }
        'airsecrets;help;get;connection' {
            break
        }
        'airsecrets;help;list' {
            break
        }
        'airsecrets;help;delete' {
            [CompletionResult]::new('variable', 'variable', [CompletionResultType]::ParameterValue, 'A variable')
            [CompletionResult]::new('connection', 'connection', [CompletionResultType]::ParameterValue, 'A connection')
            break
        }
        'airsecrets;help;delete;variable' {
            break
        }
        'airsecrets;help;delete;connection' {
            break
        }
        'airsecrets;help;migrate' {
            break
        }
        'airsecrets;help;diff' {
            break
        }
        'airsecrets;help;export' {
            break
        }
        'airsecrets;help;doctor' {
            break
        }
        'airsecrets;help;iam-policy' {
            break
        }
        'airsecrets;help;history' {
            [CompletionResult]::new('variable', 'variable', [CompletionResultType]::ParameterValue, 'A variable')
            [CompletionResult]::new('connection', 'connection', [CompletionResultType]::ParameterValue, 'A connection')
            break
        }
        'airsecrets;help;history;variable' {
            break
        }
        'airsecrets;help;history;connection' {
            break
        }
        'airsecrets;help;rollback' {
            [CompletionResult]::new('variable', 'variable', [CompletionResultType]::ParameterValue, 'A variable')
            [CompletionResult]::new('connection', 'connection', [CompletionResultType]::ParameterValue, 'A connection')
            break
        }
        'airsecrets;help;rollback;variable' {
            break
        }
        'airsecrets;help;rollback;connection' {
            break
        }
        'airsecrets;help;restore' {
            [CompletionResult]::new('variable', 'variable', [CompletionResultType]::ParameterValue, 'A variable')
            [CompletionResult]::new('connection', 'connection', [CompletionResultType]::ParameterValue, 'A connection')
            break
        }
        'airsecrets;help;restore;variable' {
            break
        }
        'airsecrets;help;restore;connection' {
            break
        }
        'airsecrets;help;exec' {
            break
        }
        'airsecrets;help;cost' {
            break
        }
        'airsecrets;help;generate' {
            break
        }
        'airsecrets;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
