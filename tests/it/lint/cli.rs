//! The `notice` binary: output formats, colour, exit codes, `explain` and `--list-rules`.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use notice::lint::rules;

use crate::common::{demo_variant, root, stderr, stdout};

/// Runs `notice` in the crate root with a fixed "today" and the colour settings of `env` only.
fn notice(args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_notice"));
    cmd.current_dir(root())
        .args(args)
        .env("NOTICE_TODAY", "2026-11-23")
        .env_remove("NO_COLOR")
        .env_remove("CLICOLOR_FORCE");
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd.output().expect("the notice binary runs")
}

const FAIL: &str = "tests/fixtures/lint/N201/fail.yaml";

/// Removes the country of the demo's recipient `hosting`: a warning (N403), its only finding.
pub(super) const NO_COUNTRY: (&str, &str) = (
    "    role: processor\n    country: NL\n",
    "    role: processor\n",
);

/// The demo with one recipient's country removed: a declaration whose worst finding is a warning.
fn warnings_only(dir: &Path) -> PathBuf {
    demo_variant(dir, "warned.yaml", &[NO_COUNTRY], "")
}

#[test]
fn human_output_shows_place_source_caret_and_help() {
    let o = notice(&["lint", FAIL], &[]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let out = stdout(&o);
    let lines: Vec<&str> = out.lines().collect();
    let first = lines
        .iter()
        .position(|l| l.contains("error[N201]"))
        .unwrap_or_else(|| panic!("no N201 finding in\n{out}"));
    assert!(
        lines[first].starts_with(&format!(
            "{FAIL}:7:5: error[N201]: purpose `orders` has no legal basis"
        )),
        "{}",
        lines[first]
    );
    assert_eq!(lines[first + 1].trim(), "|");
    assert_eq!(lines[first + 2], "7 |   - id: orders");
    assert_eq!(lines[first + 3], "  |     ^");
    assert!(lines[first + 4].contains("= article: GDPR Art. 13(1)(c), 14(1)(c)"));
    assert!(lines[first + 5].contains("= help: add `legal_basis:`"));
    assert!(!out.contains('\x1b'), "no colour when not on a terminal");
    assert!(stderr(&o).contains("error"), "a summary goes to stderr");
}

#[test]
fn colour_can_be_forced_and_no_color_always_wins() {
    let forced = notice(&["lint", FAIL], &[("CLICOLOR_FORCE", "1")]);
    assert!(
        stdout(&forced).contains("\x1b["),
        "CLICOLOR_FORCE=1 colours the output"
    );
    let both = notice(
        &["lint", FAIL],
        &[("CLICOLOR_FORCE", "1"), ("NO_COLOR", "1")],
    );
    assert!(!stdout(&both).contains('\x1b'), "NO_COLOR disables colour");
    assert_eq!(stdout(&both), stdout(&notice(&["lint", FAIL], &[])));
}

#[test]
fn json_output_has_the_documented_fields() {
    let o = notice(&["lint", "--format", "json", FAIL], &[]);
    assert_eq!(o.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("valid JSON");
    let items = v.as_array().expect("an array of findings");
    let f = items
        .iter()
        .find(|f| f["rule"] == "N201")
        .expect("the N201 finding");
    for key in [
        "rule", "severity", "message", "article", "help", "file", "line", "column", "offset",
        "path",
    ] {
        assert!(f.get(key).is_some(), "field `{key}` missing in {f}");
    }
    assert_eq!(f["severity"], "error");
    assert_eq!(f["file"], FAIL);
    assert_eq!(
        (f["line"].as_u64(), f["column"].as_u64()),
        (Some(7), Some(5))
    );
    assert_eq!(f["path"], "purposes[0].legal_basis");
}

#[test]
fn sarif_output_is_one_run_with_the_catalogue() {
    let o = notice(&["lint", "--format", "sarif", FAIL], &[]);
    assert_eq!(o.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("valid JSON");
    assert_eq!(v["version"], "2.1.0");
    let runs = v["runs"].as_array().unwrap();
    assert_eq!(runs.len(), 1);
    let driver = &runs[0]["tool"]["driver"];
    assert_eq!(driver["name"], "notice");
    let declared = driver["rules"].as_array().unwrap();
    assert_eq!(declared.len(), rules::all().count());
    let n201 = declared.iter().find(|r| r["id"] == "N201").unwrap();
    assert_eq!(n201["name"], "missing-legal-basis");
    assert_eq!(n201["defaultConfiguration"]["level"], "error");
    assert!(n201["shortDescription"]["text"].is_string());
    assert!(n201["fullDescription"]["text"].is_string());
    assert!(n201.get("helpUri").is_none());
    let result = runs[0]["results"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["ruleId"] == "N201")
        .expect("the N201 result");
    assert_eq!(result["level"], "error");
    assert!(
        result["message"]["text"]
            .as_str()
            .unwrap()
            .contains("`orders`")
    );
    let at = &result["locations"][0]["physicalLocation"];
    assert_eq!(at["artifactLocation"]["uri"], FAIL);
    assert_eq!(at["region"]["startLine"], 7);
    assert_eq!(at["region"]["startColumn"], 5);
    assert_eq!(
        declared[result["ruleIndex"].as_u64().unwrap() as usize]["id"],
        "N201"
    );
}

#[test]
fn exit_codes_and_deny_warnings() {
    let dir = tempfile::tempdir().unwrap();
    let demo = notice(&["lint"], &[]);
    assert_eq!(
        demo.status.code(),
        Some(0),
        "the demo lints clean:\n{}",
        stdout(&demo)
    );

    assert_eq!(notice(&["lint", FAIL], &[]).status.code(), Some(1));

    let warned = warnings_only(dir.path());
    let w = warned.to_str().unwrap();
    let o = notice(&["lint", w], &[]);
    assert_eq!(o.status.code(), Some(0), "warnings alone pass");
    assert!(stdout(&o).contains("warning[N403]"), "{}", stdout(&o));
    let o = notice(&["lint", "--deny", "warnings", w], &[]);
    assert_eq!(o.status.code(), Some(1), "--deny warnings fails on them");

    let o = notice(&["lint", "no/such/file.yaml"], &[]);
    assert_eq!(o.status.code(), Some(2), "unreadable input");
    let broken = dir.path().join("broken.yaml");
    std::fs::write(&broken, "notice:\n  id: [unclosed\n").unwrap();
    let o = notice(&["lint", broken.to_str().unwrap()], &[]);
    assert_eq!(o.status.code(), Some(2), "unparsable input");
    // One unreadable file among good ones still means the run could not be done.
    let o = notice(&["lint", "notices", broken.to_str().unwrap()], &[]);
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn reference_age_note_follows_today_and_the_option() {
    let late = [("NOTICE_TODAY", "2028-06-01")];
    let o = notice(&["lint", "--format", "json"], &late);
    assert_eq!(o.status.code(), Some(0), "a note does not fail the run");
    assert!(stdout(&o).contains("\"N901\""), "{}", stdout(&o));
    let o = notice(
        &["lint", "--format", "json", "--max-reference-age", "60"],
        &late,
    );
    assert!(!stdout(&o).contains("\"N901\""));
    let o = notice(&["lint", "--format", "json"], &[]);
    assert!(!stdout(&o).contains("\"N901\""));
}

#[test]
fn explain_prints_the_docs_of_every_rule() {
    for r in rules::all() {
        for key in [r.id, r.name] {
            let o = notice(&["explain", key], &[]);
            assert_eq!(o.status.code(), Some(0), "explain {key}");
            let out = stdout(&o);
            assert!(out.starts_with(&format!("{} {}", r.id, r.name)), "{out}");
            for part in [r.summary, r.articles, r.docs.what, r.docs.why] {
                assert!(out.contains(part), "explain {key} lacks {part:?}");
            }
            assert!(out.contains(r.docs.bad.lines().next().unwrap_or_default()));
        }
    }
}

#[test]
fn explain_of_an_unknown_rule_suggests_one() {
    let o = notice(&["explain", "N2O1"], &[]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("did you mean `N201`?"),
        "{}",
        stderr(&o)
    );
    let o = notice(&["explain", "missing-legal-basos"], &[]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("`missing-legal-basis`"));
}

#[test]
fn list_rules_lists_the_catalogue() {
    let o = notice(&["lint", "--list-rules"], &[]);
    assert_eq!(o.status.code(), Some(0));
    let out = stdout(&o);
    for r in rules::all() {
        assert!(
            out.lines()
                .any(|l| l.starts_with(r.id) && l.contains(r.name)),
            "{} is not listed",
            r.id
        );
    }
}

#[test]
fn the_rule_index_documents_every_rule() {
    let doc = std::fs::read_to_string(root().join("docs/rules/index.md"))
        .expect("docs/rules/index.md exists");
    for r in rules::all() {
        let row = format!(
            "| [{id}]({id}.md) | `{}` | {} |",
            r.name,
            r.severity.as_str(),
            id = r.id
        );
        assert!(
            doc.contains(&row),
            "docs/rules/index.md lacks the row of {}: {row}",
            r.id
        );
    }
}
