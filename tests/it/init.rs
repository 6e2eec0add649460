//! `notice init` (issue #16 item 6): the issue's command, then `notice lint`, gives only findings
//! at lines marked TODO, whatever the services, role and country; `build` refuses the file until
//! they are resolved, and filling them with the demo's facts makes it lint-clean; questions on a
//! terminal; missing flags without a terminal, unknown values and existing files are refused.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use crate::common::{LONGEST_RUN, code, command, read, run_bounded, stderr};

/// The command of the issue's "Done when".
const ISSUE: [&str; 9] = [
    "init",
    "--name",
    "Test SRL",
    "--country",
    "BE",
    "--languages",
    "fr,nl,en",
    "--role",
    "controller",
];

/// Runs `notice ARGS` in `dir`, as the tests run it elsewhere (fixed today, no colour).
fn notice_in(dir: &Path, args: &[&str]) -> Output {
    let mut c = command(args);
    c.current_dir(dir);
    run_bounded(c, LONGEST_RUN)
}

/// `notice lint --format json` on `file` in `dir`: each finding's rule and line.
fn findings(dir: &Path, file: &str) -> (i32, Vec<(String, usize)>) {
    let out = notice_in(dir, &["lint", file, "--format", "json"]);
    let json: serde_json::Value =
        serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{e}: {}", stderr(&out)));
    let found = json
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            let line = f["line"].as_u64().expect("every finding has a line") as usize;
            (f["rule"].as_str().unwrap().to_owned(), line)
        })
        .collect();
    (code(&out), found)
}

/// Asserts that every finding of `notice lint` on `file` is at a line that says TODO.
fn only_todo_findings(dir: &Path, file: &str) -> Vec<(String, usize)> {
    let (exit, found) = findings(dir, file);
    assert_eq!(exit, 1, "a new declaration has errors to resolve");
    let text = read(&dir.join(file));
    let lines: Vec<&str> = text.lines().collect();
    for (rule, line) in &found {
        assert!(
            lines[line - 1].contains("TODO"),
            "{rule} at line {line} of {file}, which says no TODO: {:?}\n{text}",
            lines[line - 1]
        );
    }
    found
}

#[test]
fn the_issue_command_then_lint_gives_only_todo_findings() {
    let dir = tempfile::tempdir().unwrap();
    let out = notice_in(dir.path(), &ISSUE);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let file = "notices/test-srl.yaml";
    assert!(
        stderr(&out).starts_with(&format!(
            "wrote {file}: 23 finding(s) for you to resolve, each at a line marked TODO"
        )),
        "{}",
        stderr(&out)
    );
    let found = only_todo_findings(dir.path(), file);
    let mut rules: Vec<&str> = found.iter().map(|(r, _)| r.as_str()).collect();
    rules.sort_unstable();
    rules.dedup();
    // What a person must write: the placeholders, a legal basis, a retention, whether the
    // data must be provided; nothing about the facts given.
    assert_eq!(rules, ["N070", "N201", "N304", "N501"]);
    let text = read(&dir.path().join(file));
    for fact in [
        "  id: test-srl\n",
        "  effective: 2026-11-23\n",
        "  languages: [fr, nl, en]\n  default_language: fr\n",
        "  name: Test SRL\n  country: BE\n",
        "\nrepresentative: none\n",
        "\nsupervisory_authority: BE\n",
    ] {
        assert!(text.contains(fact), "{fact:?} not in\n{text}");
    }
    // Every placeholder is reported, at its own line.
    let placeholders = text.lines().filter(|l| l.contains("'TODO: ")).count();
    let n070 = found.iter().filter(|(r, _)| r == "N070").count();
    assert_eq!(n070, placeholders);
}

#[test]
fn every_finding_is_at_a_todo_line_whatever_the_services_role_and_country() {
    let reference = notice::reference::Reference::builtin().unwrap();
    let every: Vec<&str> = reference.services().iter().map(|s| s.id()).collect();
    let every = every.join(",");
    let dir = tempfile::tempdir().unwrap();
    for (i, (country, role, dpo, services)) in [
        ("US", "both", "dpo@test.example", every.as_str()),
        (
            "Duitsland",
            "processor",
            "none",
            "mailchimp,google-analytics-4,hubspot",
        ),
        ("NL", "controller", "yes", "stripe"),
    ]
    .into_iter()
    .enumerate()
    {
        let file = format!("t{i}.yaml");
        let out = notice_in(
            dir.path(),
            &[
                "init",
                "--name",
                "Test",
                "--country",
                country,
                "--languages",
                "nl,en",
                "--role",
                role,
                "--dpo",
                dpo,
                "--services",
                services,
                "--out",
                &file,
            ],
        );
        assert_eq!(code(&out), 0, "{}", stderr(&out));
        let found = only_todo_findings(dir.path(), &file);
        let text = read(&dir.path().join(&file));
        // The catalogue's own findings on a service (unverified facts, long-lived cookies)
        // are marked at the entry that uses it.
        if i == 1 {
            assert!(
                text.contains("    - use: google-analytics-4  # TODO: N416 unverified-catalogue-entry, N452 tracker-lifetime-over-13-months\n"),
                "{text}"
            );
            assert!(text.contains("processor_activities:\n"));
            assert!(text.contains("\nsupervisory_authority: DE\n"));
        }
        if i == 0 {
            assert!(
                found.iter().any(|(r, _)| r == "N701"),
                "the authority is left to give"
            );
        }
    }
}

/// The file `ISSUE` writes, with each TODO resolved as the demo (Atelier Zenne) would: its
/// address, contact, identity data and sales purpose. Comments are left, as a person might.
fn filled_with_the_demo(text: &str) -> String {
    let facts: [(&str, [&str; 3]); 7] = [
        (
            "street and number",
            [
                "Quai au Foin 12, 1000 Bruxelles",
                "Hooikaai 12, 1000 Brussel",
                "Quai au Foin 12, 1000 Brussels",
            ],
        ),
        (
            "a short name, e.g. Contact",
            ["Identité", "Identiteit", "Identity"],
        ),
        (
            "what the category holds",
            ["nom, prénom", "naam, voornaam", "surname, first name"],
        ),
        (
            "what happens if they are not provided",
            [
                "nous ne pouvons ni prendre votre commande ni réparer votre vélo.",
                "kunnen wij uw bestelling niet aannemen en uw fiets niet herstellen.",
                "we cannot take your order or repair your bicycle.",
            ],
        ),
        (
            "a short name, e.g. Orders",
            [
                "Ventes et réparations",
                "Verkoop en herstellingen",
                "Sales and repairs",
            ],
        ),
        (
            "what you do with the data",
            [
                "Prendre et livrer vos commandes, réparer et entretenir votre vélo.",
                "Uw bestellingen aannemen en leveren, uw fiets herstellen en onderhouden.",
                "Taking and delivering your orders, repairing and servicing your bicycle.",
            ],
        ),
        (
            "the address that answers",
            ["privacy@atelier-zenne.example"; 3],
        ),
    ];
    let mut out = Vec::new();
    for line in text.lines() {
        if line.starts_with("dpo:") {
            out.push("dpo: none".to_owned());
            continue;
        }
        // The DPO's placeholder entry, replaced by `dpo: none` above.
        if line == "  contact:" && out.last().is_some_and(|l| l == "dpo: none") {
            continue;
        }
        if line.contains("TODO: the DPO") {
            continue;
        }
        let Some((key, value)) = line.split_once(": 'TODO: ") else {
            out.push(line.to_owned());
            if line.starts_with("    provision:") {
                out.push("      requirement: contract_prerequisite".to_owned());
            }
            if line == "    data: [data-1]" {
                out.push("    legal_basis: contract".to_owned());
                out.push("    retention: {duration: 2 years, after: end_of_contract}".to_owned());
            }
            continue;
        };
        let (_, texts) = facts
            .iter()
            .find(|(hint, _)| value.starts_with(hint))
            .unwrap_or_else(|| panic!("no fact for {line:?}"));
        let lang = ["fr", "nl", "en"]
            .iter()
            .position(|l| key.trim() == *l)
            .unwrap_or(0);
        out.push(format!("{key}: {:?}", texts[lang]));
    }
    out.join("\n") + "\n"
}

#[test]
fn build_refuses_the_new_file_until_its_todos_are_resolved() {
    let dir = tempfile::tempdir().unwrap();
    assert_eq!(code(&notice_in(dir.path(), &ISSUE)), 0);
    let build = ["build", "--out", "out", "--format", "md"];
    let refused = notice_in(dir.path(), &build);
    assert_eq!(code(&refused), 1);
    assert!(
        stderr(&refused)
            .contains("error[N070]: `controller.contact.address.fr` is still a placeholder")
    );
    assert!(stderr(&refused).contains("nothing written"));
    assert!(!dir.path().join("out/test-srl").exists());
    // N070 cannot be allowed: publishing a placeholder is never the right call.
    let allowed = notice_in(dir.path(), &["build", "--out", "out", "--ignore", "N070"]);
    assert_eq!(code(&allowed), 2, "{}", stderr(&allowed));

    let file = dir.path().join("notices/test-srl.yaml");
    std::fs::write(&file, filled_with_the_demo(&read(&file))).unwrap();
    let (exit, found) = findings(dir.path(), "notices/test-srl.yaml");
    assert_eq!((exit, found), (0, vec![]), "{}", read(&file));
    let built = notice_in(dir.path(), &build);
    assert_eq!(code(&built), 0, "{}", stderr(&built));
    let md = read(&dir.path().join("out/test-srl/fr.md"));
    assert!(md.contains("Quai au Foin 12, 1000 Bruxelles") && md.contains("Ventes et réparations"));
}

#[test]
fn an_existing_file_is_replaced_only_with_force() {
    let dir = tempfile::tempdir().unwrap();
    assert_eq!(code(&notice_in(dir.path(), &ISSUE)), 0);
    let file = dir.path().join("notices/test-srl.yaml");
    std::fs::write(&file, "mine\n").unwrap();
    let again = notice_in(dir.path(), &ISSUE);
    assert_eq!(code(&again), 2);
    assert_eq!(
        stderr(&again),
        "error: `notices/test-srl.yaml` already exists\n  = help: give --force to replace it, or --out another file\n"
    );
    assert_eq!(read(&file), "mine\n");
    // Named with --out, it is refused before anything else is done.
    let named = notice_in(dir.path(), &["init", "--out", "notices/test-srl.yaml"]);
    assert_eq!(code(&named), 2);
    assert!(stderr(&named).contains("already exists"));

    let mut forced = ISSUE.to_vec();
    forced.push("--force");
    assert_eq!(code(&notice_in(dir.path(), &forced)), 0);
    assert!(read(&file).starts_with("# The privacy notice of Test SRL"));
    // Nothing is left beside it.
    let names: Vec<PathBuf> = std::fs::read_dir(dir.path().join("notices"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(names, [file]);
}

#[test]
fn unknown_values_are_refused_with_the_closest_ones_and_nothing_is_written() {
    let dir = tempfile::tempdir().unwrap();
    for (flag, value, expected) in [
        (
            "--country",
            "Belgum",
            "error: --country: unknown country `Belgum`\n  = help: did you mean BE (Belgium)?\n",
        ),
        (
            "--languages",
            "fr,xx",
            "error: --languages: no locale writes notices in `xx`\n  = help: the languages are de, en, fr, nl\n",
        ),
        (
            "--services",
            "mailchimp,mailchimpp",
            "error: --services: the catalogue has no service `mailchimpp`\n  = help: did you mean mailchimp? `notice reference services` lists the catalogue\n",
        ),
        (
            "--dpo",
            "dpo@",
            "error: --dpo: `dpo@` is not an email address\n  = help: give an address such as dpo@acme.example\n",
        ),
    ] {
        let mut args = ISSUE.to_vec();
        let at = args.iter().position(|a| *a == flag).map(|i| i + 1);
        match at {
            Some(i) => args[i] = value,
            None => args.extend([flag, value]),
        }
        let out = notice_in(dir.path(), &args);
        assert_eq!((code(&out), stderr(&out).as_str()), (2, expected));
    }
    assert!(!dir.path().join("notices").exists());
}

#[test]
fn without_a_terminal_missing_flags_stop_the_command_at_once() {
    let dir = tempfile::tempdir().unwrap();
    // Standard input is a pipe that stays open and silent: nothing may wait on it.
    let mut child = Command::new(env!("CARGO_BIN_EXE_notice"))
        .args(["init", "--name", "Test SRL"])
        .current_dir(dir.path())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let _open = child.stdin.take();
    let deadline = Instant::now() + Duration::from_secs(60);
    while child.try_wait().unwrap().is_none() {
        assert!(Instant::now() < deadline, "notice init waited on a pipe");
        std::thread::sleep(Duration::from_millis(20));
    }
    let out = child.wait_with_output().unwrap();
    assert_eq!(code(&out), 2);
    assert_eq!(
        stderr(&out),
        "error: --country, --languages, --role not given, and standard input is not a terminal to ask on\n  = help: give them as flags, e.g. `notice init --name \"Acme SRL\" --country BE --languages fr,nl,en --role controller`, or run it on a terminal to be asked\n"
    );
    assert!(!dir.path().join("notices").exists());
}

#[test]
fn on_a_terminal_the_missing_facts_are_asked() {
    let dir = tempfile::tempdir().unwrap();
    // `script` runs the command on a pseudo-terminal, fed from the pipe.
    let mut c = Command::new("script");
    c.args([
        "-qec",
        &format!("{} init --role both", env!("CARGO_BIN_EXE_notice")),
        "/dev/null",
    ])
    .current_dir(dir.path())
    .env("NOTICE_TODAY", "2026-11-23")
    .env("NO_COLOR", "1")
    .stdin(Stdio::piped())
    .stdout(Stdio::piped())
    .stderr(Stdio::piped());
    let mut child = c.spawn().expect("`script` (util-linux) runs");
    {
        use std::io::Write;
        let answers = "Atelier Test\nBelgum\nBE\nfr,en\nyes\n\nmailchimp\n";
        child
            .stdin
            .take()
            .unwrap()
            .write_all(answers.as_bytes())
            .unwrap();
    }
    let out = child.wait_with_output().unwrap();
    let shown = String::from_utf8_lossy(&out.stdout).replace("\r\n", "\n");
    assert_eq!(code(&out), 0, "{shown}");
    for question in [
        "Legal name of the organisation: ",
        "Country where it is established (ISO code or name) [BE]: ",
        "unknown country `Belgum`",
        "Languages of the notice, the first being the default [nl,fr,de,en]: ",
        "Has it appointed a data protection officer: no, yes, or their email address [no]: ",
        "The DPO's email address (Enter to write it later): ",
        "wrote notices/atelier-test.yaml",
    ] {
        assert!(shown.contains(question), "{question:?} not in\n{shown}");
    }
    // The role came from its flag.
    assert!(!shown.contains("or both [controller]"));
    let text = read(&dir.path().join("notices/atelier-test.yaml"));
    assert!(text.contains("  languages: [fr, en]\n") && text.contains("  - use: mailchimp"));
    assert!(text.contains("processor_activities:\n") && text.contains("TODO: the DPO''s email"));
    only_todo_findings(dir.path(), "notices/atelier-test.yaml");
}
