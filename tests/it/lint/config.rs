//! Rule configuration through the binary: `--select` / `--ignore` and `lint.allow`, what each
//! prints, counts and exports, and the exit codes of `lint` and `build` with `--deny warnings`.

use std::path::{Path, PathBuf};

use serde_json::Value;

use super::cli::NO_COUNTRY;
use crate::common::{code, demo_variant, files, notice, read, root, stderr, stdout};

const HOSTING_REASON: &str = "the host has not said where its backup site is";

/// A `lint:` section allowing N403 on the demo's recipient `hosting`, by rule name and id path.
fn allow_hosting() -> String {
    format!(
        "\nlint:\n  allow:\n    - rule: recipient-country-unknown\n      path: recipients[hosting]\n      reason: {HOSTING_REASON}\n"
    )
}

/// The demo with its first purpose's legal basis removed: one error, N201, which no allow lifts.
const NO_BASIS: (&str, &str) = ("    legal_basis: contract\n", "");

/// The demo with a history entry that names the former Belgian authority: one error, N702, which
/// may be allowed.
const FORMER: (&str, &str) = (
    "        fr: Première version publiée.",
    "        fr: Première version publiée, après le remplacement de la Commission de la protection de la vie privée.",
);
const FORMER_REASON: &str = "the history says when the former authority was replaced";

fn allow_former(more: &str) -> String {
    format!(
        "\nlint:\n  allow:\n    - rule: N702\n      path: notice.history\n      reason: {FORMER_REASON}\n{more}"
    )
}

/// The 1-based line of the first line of `path` that contains `needle`.
fn line_of(path: &Path, needle: &str) -> usize {
    read(path)
        .lines()
        .position(|l| l.contains(needle))
        .unwrap_or_else(|| panic!("{} has no {needle:?}", path.display()))
        + 1
}

fn json_findings(args: &[&str]) -> (i32, Vec<Value>) {
    let o = notice(&[&["lint", "--format", "json"], args].concat());
    let v: Value = serde_json::from_slice(&o.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}{}", stdout(&o), stderr(&o)));
    (code(&o), v.as_array().expect("an array").clone())
}

fn rules_of(findings: &[Value]) -> Vec<&str> {
    findings
        .iter()
        .map(|f| f["rule"].as_str().unwrap())
        .collect()
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

#[test]
fn allowed_findings_are_counted_and_printed_only_on_request() {
    let dir = tempfile::tempdir().unwrap();
    let file = demo_variant(dir.path(), "d.yaml", &[NO_COUNTRY], &allow_hosting());
    let o = notice(&["lint", s(&file)]);
    assert_eq!(code(&o), 0, "{}", stdout(&o));
    assert_eq!(stdout(&o), "", "an allowed warning is not printed");
    assert!(
        stderr(&o).contains("0 errors, 0 warnings, 0 notes, 1 allowed in 1 file(s)"),
        "{}",
        stderr(&o)
    );
    let o = notice(&["lint", "--deny", "warnings", s(&file)]);
    assert_eq!(code(&o), 0, "an allowed warning does not count for --deny");

    let o = notice(&["lint", "--show-allowed", s(&file)]);
    assert_eq!(code(&o), 0);
    let out = stdout(&o);
    assert!(
        out.contains(": allowed warning[N403]: recipient `hosting`"),
        "{out}"
    );
    let entry = line_of(&file, "- rule: recipient-country-unknown");
    assert!(
        out.contains(&format!(
            "  = allowed: {HOSTING_REASON} (lint.allow[0], line {entry})\n"
        )),
        "{out}"
    );
}

#[test]
fn an_unused_allow_warns_and_fails_deny_warnings_only_for_rules_that_ran() {
    let dir = tempfile::tempdir().unwrap();
    // The demo gives every country: the entry allows nothing.
    let file = demo_variant(dir.path(), "d.yaml", &[], &allow_hosting());
    let entry = line_of(&file, "- rule: recipient-country-unknown");
    let o = notice(&["lint", s(&file)]);
    assert_eq!(code(&o), 0, "a warning alone passes");
    assert!(
        stdout(&o).contains(&format!(":{entry}:7: warning[N021]: this allow of `N403`")),
        "{}",
        stdout(&o)
    );
    let deny = |extra: &[&str]| {
        code(&notice(
            &[&["lint", "--deny", "warnings"], extra, &[s(&file)]].concat(),
        ))
    };
    assert_eq!(deny(&[]), 1, "--deny warnings fails on an unused allow");
    assert_eq!(deny(&["--ignore", "unused-allow"]), 0);
    assert_eq!(deny(&["--select", "N403,N021"]), 1);
    // N403 does not run: whether the entry is used cannot be known, so it is not judged.
    assert_eq!(deny(&["--select", "N7,N021"]), 0);
}

#[test]
fn select_and_ignore_choose_the_rules_that_run() {
    let dir = tempfile::tempdir().unwrap();
    let file = demo_variant(dir.path(), "d.yaml", &[NO_BASIS], "");
    let f = s(&file);
    let (c, found) = json_findings(&[f]);
    assert_eq!((c, rules_of(&found)), (1, vec!["N201"]));
    for ignore in ["N201", "missing-legal-basis", "n2", "N20"] {
        let (c, found) = json_findings(&["--ignore", ignore, f]);
        assert_eq!((c, found.len()), (0, 0), "--ignore {ignore}");
    }
    // The more specific selector wins; between equals, --ignore does.
    assert_eq!(
        json_findings(&["--select", "N2", "--ignore", "N201", f]).0,
        0
    );
    assert_eq!(
        json_findings(&["--select", "N201", "--ignore", "N2", f]).0,
        1
    );
    assert_eq!(
        json_findings(&["--select", "N201", "--ignore", "N201", f]).0,
        0
    );
    let both = demo_variant(dir.path(), "both.yaml", &[NO_BASIS, FORMER], "");
    let (_, found) = json_findings(&[s(&both)]);
    assert_eq!(rules_of(&found), ["N702", "N201"]);
    let (_, found) = json_findings(&["--select", "N7", s(&both)]);
    assert_eq!(rules_of(&found), ["N702"]);
    let (_, found) = json_findings(&["--select", "N7,N2", "--ignore", "N702", s(&both)]);
    assert_eq!(rules_of(&found), ["N201"]);

    let o = notice(&["lint", "--select", "N2O1", f]);
    assert_eq!(code(&o), 2);
    assert!(
        stderr(&o).contains("did you mean `N201`?"),
        "{}",
        stderr(&o)
    );
    let o = notice(&["lint", "--ignore", "retention", f]);
    assert_eq!(code(&o), 2);
    assert!(
        stderr(&o).contains("`missing-retention`") && stderr(&o).contains("`vague-retention`"),
        "{}",
        stderr(&o)
    );
    let out = dir.path().join("out");
    let o = notice(&["build", "--ignore", "N7O3", "--out", s(&out), f]);
    assert_eq!(code(&o), 2);
    assert!(
        stderr(&o).contains("did you mean `N703`?"),
        "{}",
        stderr(&o)
    );

    let o = notice(&["lint", "--list-rules", "--select", "N02"]);
    let listed: Vec<String> = stdout(&o).lines().map(|l| l[..4].to_owned()).collect();
    assert_eq!(listed, ["N020", "N021", "N022", "N023"]);
}

#[test]
fn build_never_leaves_out_error_rules_but_honours_the_rest() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    let nobasis = demo_variant(dir.path(), "nobasis.yaml", &[NO_BASIS], "");
    let o = notice(&["build", "--ignore", "N201", "--out", s(&out), s(&nobasis)]);
    assert_eq!(code(&o), 2, "{}", stderr(&o));
    assert!(
        stderr(&o)
            .contains("checks every error-level rule, but --select/--ignore leave out N201\n"),
        "{}",
        stderr(&o)
    );
    assert!(!out.exists(), "nothing written");
    let o = notice(&["build", "--select", "N8", "--out", s(&out), s(&nobasis)]);
    assert_eq!(code(&o), 2);
    assert!(
        stderr(&o).contains(" more\n"),
        "the list is cut: {}",
        stderr(&o)
    );
    assert!(!out.exists());

    // Warnings may be left out, or allowed, as in `lint`.
    let warned = demo_variant(dir.path(), "warned.yaml", &[NO_COUNTRY], "");
    let build = |file: &PathBuf, extra: &[&str]| {
        notice(
            &[
                &["build", "--format", "md", "--out", s(&out)],
                extra,
                &[s(file)],
            ]
            .concat(),
        )
    };
    let o = build(&warned, &[]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert!(stderr(&o).contains("warning[N403]"), "{}", stderr(&o));
    let o = build(&warned, &["--ignore", "N403"]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert!(!stderr(&o).contains("N403"), "{}", stderr(&o));
    let allowed = demo_variant(dir.path(), "allowed.yaml", &[NO_COUNTRY], &allow_hosting());
    let o = build(&allowed, &[]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert!(!stderr(&o).contains("N403"), "{}", stderr(&o));
}

#[test]
fn an_allowed_error_is_never_silent_and_the_allow_list_stays_out_of_the_notice() {
    let dir = tempfile::tempdir().unwrap();
    let file = demo_variant(dir.path(), "d.yaml", &[FORMER], &allow_former(""));
    let entry = line_of(&file, "- rule: N702");
    let o = notice(&["lint", s(&file)]);
    assert_eq!(code(&o), 0, "{}", stdout(&o));
    let out = stdout(&o);
    let reminder = format!(
        ": allowed error[N702]: this text mentions “Commission de la protection de la vie privée”: Commission for the Protection of Privacy was replaced on 2018-05-25 by the Data Protection Authority\n  = allowed: {FORMER_REASON} (lint.allow[0], line {entry})\n"
    );
    assert!(out.contains(&reminder), "{out}");
    assert_eq!(
        out.lines().filter(|l| !l.is_empty()).count(),
        2,
        "a two-line reminder: {out}"
    );
    assert!(stderr(&o).contains("0 errors, 0 warnings, 0 notes, 1 allowed"));

    let outdir = dir.path().join("out");
    let o = notice(&[
        "build",
        "--format",
        "md,html",
        "--out",
        s(&outdir),
        s(&file),
    ]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert!(
        stderr(&o).contains(&reminder),
        "build reminds too: {}",
        stderr(&o)
    );
    let written = files(&outdir);
    // Eight outputs and the build record.
    assert_eq!(written.len(), 9, "{written:?}");
    // The history is in the notice (so the reason would show, if anything of the list did).
    assert!(read(&outdir.join("atelier-zenne/fr.md")).contains("Commission de la protection"));
    for f in written {
        let text = read(&outdir.join(&f));
        for leak in [FORMER_REASON, "lint.allow", "N702"] {
            assert!(!text.contains(leak), "{} shows {leak:?}", f.display());
        }
    }
}

#[test]
fn json_and_sarif_mark_allowed_findings_as_suppressed() {
    let dir = tempfile::tempdir().unwrap();
    // A second, unused entry gives a finding that is not allowed.
    let unused = "    - rule: N503\n      reason: kept from an older draft\n";
    let file = demo_variant(dir.path(), "d.yaml", &[FORMER], &allow_former(unused));
    let entry = line_of(&file, "- rule: N702");
    let (c, found) = json_findings(&[s(&file)]);
    assert_eq!(c, 0);
    assert_eq!(rules_of(&found), ["N702", "N021"]);
    assert_eq!(
        found[0]["allowed"],
        serde_json::json!({"reason": FORMER_REASON, "path": "lint.allow[0]", "line": entry, "column": 7})
    );
    assert_eq!(found[1]["allowed"], Value::Null);

    let o = notice(&["lint", "--format", "sarif", s(&file)]);
    let v: Value = serde_json::from_slice(&o.stdout).unwrap();
    let results = v["runs"][0]["results"].as_array().unwrap();
    let by_rule = |id: &str| results.iter().find(|r| r["ruleId"] == id).unwrap();
    let s702 = &by_rule("N702")["suppressions"];
    assert_eq!(s702.as_array().map(Vec::len), Some(1));
    assert_eq!(s702[0]["kind"], "inSource");
    assert_eq!(s702[0]["status"], "accepted");
    assert_eq!(s702[0]["justification"], FORMER_REASON);
    let region = &s702[0]["location"]["physicalLocation"]["region"];
    assert_eq!(
        (region["startLine"].as_u64(), region["startColumn"].as_u64()),
        (Some(entry as u64), Some(7))
    );
    assert_eq!(by_rule("N702")["level"], "error", "the severity is kept");
    // SARIF: every result of a run carries the array, or none does.
    assert_eq!(by_rule("N021")["suppressions"], serde_json::json!([]));
}

#[test]
fn an_item_the_law_requires_cannot_be_allowed() {
    let dir = tempfile::tempdir().unwrap();
    let tail = "\nlint:\n  allow:\n    - rule: missing-legal-basis\n      path: purposes[orders]\n      reason: the basis is in our terms of sale\n";
    let file = demo_variant(dir.path(), "d.yaml", &[NO_BASIS], tail);
    let (c, found) = json_findings(&[s(&file)]);
    assert_eq!((c, rules_of(&found)), (1, vec!["N201", "N022"]));
    assert!(found.iter().all(|f| f["allowed"].is_null()));
    let out = dir.path().join("out");
    let o = notice(&["build", "--out", s(&out), s(&file)]);
    assert_eq!(code(&o), 1);
    assert!(stderr(&o).contains("nothing written"), "{}", stderr(&o));
    assert!(!out.exists());

    let o = notice(&["explain", "N201"]);
    assert!(
        stdout(&o).contains("Allowing it: not possible"),
        "{}",
        stdout(&o)
    );
    let o = notice(&["explain", "former-authority-mentioned"]);
    assert!(
        stdout(&o).contains(
            "Allowing it: in `lint.allow`, with a reason, for a case such as a history entry"
        ),
        "{}",
        stdout(&o)
    );
}

#[test]
fn an_allow_list_applies_to_its_own_file_only() {
    let dir = tempfile::tempdir().unwrap();
    let with = demo_variant(dir.path(), "a.yaml", &[NO_COUNTRY], &allow_hosting());
    let without = demo_variant(
        dir.path(),
        "b.yaml",
        &[NO_COUNTRY, ("  id: atelier-zenne", "  id: other")],
        "",
    );
    let (c, found) = json_findings(&["--deny", "warnings", s(dir.path())]);
    assert_eq!(c, 1, "b.yaml's warning counts");
    let n403: Vec<(&str, bool)> = found
        .iter()
        .filter(|f| f["rule"] == "N403")
        .map(|f| (f["file"].as_str().unwrap(), f["allowed"].is_null()))
        .collect();
    assert_eq!(n403, [(s(&with), false), (s(&without), true)]);
}

#[test]
fn the_guide_lists_the_errors_that_can_be_allowed() {
    let doc = read(&root().join("docs/guide/linting.md"));
    let part = doc
        .split("**What can be allowed.**")
        .nth(1)
        .and_then(|rest| rest.split("Every other error").next())
        .expect("docs/guide/linting.md explains what can be allowed");
    let listed: Vec<&str> = regex::Regex::new(r"N\d{3}")
        .unwrap()
        .find_iter(part)
        .map(|m| m.as_str())
        .collect();
    let code: Vec<&str> = notice::lint::allow::ALLOWABLE_ERRORS
        .iter()
        .map(|(id, _)| *id)
        .collect();
    assert_eq!(
        listed, code,
        "docs/guide/linting.md, Rule configuration, \"What can be allowed\""
    );
}
