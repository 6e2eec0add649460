//! Rule configuration through the binary: `--select` / `--ignore`, and the exit codes of `lint`
//! and `build`.

use std::path::{Path, PathBuf};

use serde_json::Value;

use super::cli::NO_COUNTRY;
use crate::common::{code, demo_variant, notice, stderr, stdout};

/// The demo with its first purpose's legal basis removed: one error, N201.
const NO_BASIS: (&str, &str) = ("    legal_basis: contract\n", "");

/// The demo with a history entry that names the former Belgian authority: one error, N702.
const FORMER: (&str, &str) = (
    "        fr: Première version publiée.",
    "        fr: Première version publiée, après le remplacement de la Commission de la protection de la vie privée.",
);

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
    let o = notice(&["build", "--ignore", "N9O1", "--out", s(&out), f]);
    assert_eq!(code(&o), 2);
    assert!(
        stderr(&o).contains("did you mean `N901`?"),
        "{}",
        stderr(&o)
    );

    let o = notice(&["lint", "--list-rules", "--select", "N01"]);
    let listed: Vec<String> = stdout(&o).lines().map(|l| l[..4].to_owned()).collect();
    assert_eq!(listed, ["N010", "N011", "N012"]);
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

    // Warnings may be left out, as in `lint`.
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
}
