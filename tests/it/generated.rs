//! completions/ and docs/airsecrets.1 are generated from the clap definition; this fails
//! when the committed files drift. `UPDATE_GENERATED=1 cargo test` rewrites them.

use std::path::PathBuf;

#[test]
fn committed_completions_and_man_page_match_the_cli() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let update = std::env::var_os("UPDATE_GENERATED").is_some_and(|v| v == "1");
    let mut stale = Vec::new();
    for (path, bytes) in airsecrets::generated_files() {
        let file = root.join(&path);
        if update {
            std::fs::create_dir_all(file.parent().unwrap()).unwrap();
            std::fs::write(&file, &bytes).unwrap();
        } else if std::fs::read(&file).ok().as_deref() != Some(&bytes[..]) {
            stale.push(path);
        }
    }
    assert!(
        stale.is_empty(),
        "generated files are stale: {stale:?}; run `UPDATE_GENERATED=1 cargo test generated`"
    );
}

#[test]
fn help_and_version_work_without_aws() {
    let mut cmd = assert_cmd::Command::cargo_bin("airsecrets").unwrap();
    cmd.env_clear()
        .arg("--help")
        .assert()
        .success()
        .stdout(predicates::str::contains("put-connection"));
    let mut cmd = assert_cmd::Command::cargo_bin("airsecrets").unwrap();
    cmd.env_clear()
        .arg("--version")
        .assert()
        .success()
        .stdout(predicates::str::contains(env!("CARGO_PKG_VERSION")));
    let mut cmd = assert_cmd::Command::cargo_bin("airsecrets").unwrap();
    cmd.env_clear().arg("no-such-command").assert().code(2);
}

#[test]
fn every_command_teaches_with_examples_and_every_man_page_referenced_exists() {
    for command in [
        "put-variable",
        "put-connection",
        "get",
        "list",
        "delete",
        "migrate",
        "diff",
        "export",
        "doctor",
        "iam-policy",
        "history",
        "rollback",
        "restore",
        "exec",
        "cost",
    ] {
        let out = assert_cmd::Command::cargo_bin("airsecrets")
            .unwrap()
            .env_clear()
            .args([command, "--help"])
            .output()
            .unwrap();
        let help = String::from_utf8(out.stdout).unwrap();
        assert!(help.contains("Examples:\n  "), "{command}: {help}");
        // Global options are listed once, under `airsecrets --help`; a pointer here.
        assert!(!help.contains("--endpoint-url <URL>"), "{command}: {help}");
        assert!(help.contains("see `airsecrets --help`"), "{command}");
        // The examples (not the usage line) run this very command.
        let (_, examples) = help.split_once("Examples:\n").unwrap();
        assert!(
            examples.contains(&format!("airsecrets {command} ")),
            "{command}: {examples}"
        );
    }
    let docs = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("docs");
    let mut referenced = 0;
    for entry in std::fs::read_dir(&docs).unwrap() {
        let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
        assert!(text.contains(".SH \"EXIT STATUS\"") && text.contains(".SH ENVIRONMENT"));
        for part in text.split("airsecrets\\-").skip(1) {
            let page: String = part
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '\\' || *c == '-')
                .collect::<String>()
                .replace("\\-", "-");
            if part[page.replace('-', "\\-").len()..].starts_with("(1)") {
                referenced += 1;
                assert!(
                    docs.join(format!("airsecrets-{page}.1")).is_file(),
                    "airsecrets-{page}(1)"
                );
            }
        }
    }
    assert!(referenced >= 10, "{referenced} references checked");
}
