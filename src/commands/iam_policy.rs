//! `iam-policy`: the least-privilege policy for the resolved prefixes, computed from the
//! settings alone (no AWS call). `ListSecrets` and `BatchGetSecretValue` cannot be scoped to
//! a resource (AWS's service authorization reference), so they get a statement on `*` of
//! their own; everything else is scoped to the prefixes' secret ARNs.

use serde_json::{Value, json};

use super::Output;
use crate::airflow::naming::Kind;
use crate::cli::{IamPolicyArgs, PolicyFor};
use crate::error::Result;
use crate::output::{Block, Notes, Render};
use crate::settings::Settings;

/// What `admin` needs on the secrets themselves (README, "Against real AWS").
const ADMIN_SECRET_ACTIONS: [&str; 11] = [
    "secretsmanager:GetSecretValue",
    "secretsmanager:DescribeSecret",
    "secretsmanager:CreateSecret",
    "secretsmanager:PutSecretValue",
    "secretsmanager:UpdateSecret",
    "secretsmanager:TagResource",
    "secretsmanager:UntagResource",
    "secretsmanager:RestoreSecret",
    "secretsmanager:DeleteSecret",
    "secretsmanager:ListSecretVersionIds",
    "secretsmanager:UpdateSecretVersionStage",
];

struct Policy(Value);

impl Render for Policy {
    fn json(&self) -> Value {
        self.0.clone()
    }

    fn human(&self) -> Vec<Block> {
        let text = serde_json::to_string_pretty(&self.0).unwrap_or_default();
        vec![Block::Raw(format!("{text}\n").into_bytes())]
    }
}

/// The secret ARNs under the prefixes Airflow looks up (none for a null prefix).
fn resources(settings: &Settings, kinds: &[Kind], notes: &Notes) -> Vec<String> {
    // The region the settings name (flag, `region_name`), else the environment's, else any.
    let region = settings
        .aws
        .region
        .clone()
        .or_else(|| std::env::var("AWS_REGION").ok())
        .or_else(|| std::env::var("AWS_DEFAULT_REGION").ok())
        .filter(|r| !r.is_empty())
        .unwrap_or_else(|| "*".into());
    let mut out = Vec::new();
    for &kind in kinds {
        match settings.backend.prefix(kind) {
            None => notes.note(format!(
                "the {} prefix is null: Airflow never looks {}s up, so the policy grants nothing for them",
                kind.name(),
                kind.name()
            )),
            Some(p) if p.is_empty() => {
                notes.warn(format!(
                    "the {} prefix is empty: {}s are bare secret names, so the policy covers every secret of the account",
                    kind.name(),
                    kind.name()
                ));
                out.push(format!("arn:aws:secretsmanager:{region}:*:secret:*"));
            }
            // The ARN ends in `-` and 6 random characters: `*` covers them.
            Some(p) => out.push(format!(
                "arn:aws:secretsmanager:{region}:*:secret:{p}{}*",
                settings.backend.sep
            )),
        }
        if settings.backend.pattern(kind).is_some() {
            notes.note(format!(
                "IAM cannot express `{}`: the policy covers the whole prefix",
                kind.pattern_setting()
            ));
        }
    }
    // Two kinds may share a prefix, not always next to each other: keep the first of each.
    let mut seen = std::collections::HashSet::new();
    out.retain(|arn| seen.insert(arn.clone()));
    out
}

pub fn run(settings: &Settings, notes: &Notes, args: &IamPolicyArgs) -> Result<Output> {
    let mut statements = Vec::new();
    match args.for_whom {
        PolicyFor::Airflow => {
            // Airflow's backend asks for one name at a time (no listing), config options too.
            let arns = resources(
                settings,
                &[Kind::Variable, Kind::Connection, Kind::Config],
                notes,
            );
            if !arns.is_empty() {
                statements.push(json!({
                    "Sid": "AirflowReadsItsSecrets",
                    "Effect": "Allow",
                    "Action": ["secretsmanager:GetSecretValue"],
                    "Resource": arns,
                }));
            }
        }
        PolicyFor::Admin => {
            statements.push(json!({
                "Sid": "ListAndBatchReadCannotBeScoped",
                "Effect": "Allow",
                "Action": ["secretsmanager:ListSecrets", "secretsmanager:BatchGetSecretValue"],
                "Resource": "*",
            }));
            let arns = resources(settings, &[Kind::Variable, Kind::Connection], notes);
            if !arns.is_empty() {
                statements.push(json!({
                    "Sid": "AirsecretsManagesTheSecrets",
                    "Effect": "Allow",
                    "Action": ADMIN_SECRET_ACTIONS,
                    "Resource": arns,
                }));
            }
        }
    }
    if let Some(key) = &args.kms_key_arn {
        let actions: &[&str] = match args.for_whom {
            PolicyFor::Airflow => &["kms:Decrypt"],
            PolicyFor::Admin => &["kms:Decrypt", "kms:GenerateDataKey"],
        };
        statements.push(json!({
            "Sid": "TheSecretsKmsKey",
            "Effect": "Allow",
            "Action": actions,
            "Resource": key,
        }));
    }
    Output::ok(Policy(json!({
        "Version": "2012-10-17",
        "Statement": statements,
    })))
}
