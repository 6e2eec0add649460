//! `notice diff`, `lint --since`, the history summaries `build` writes, and `build --archive`,
//! on git repositories made for each test.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use crate::common::{code, read, root, stderr, stdout};

/// Runs `notice` in `dir` with a fixed "today".
fn run(dir: &Path, args: &[&str]) -> Output {
    run_env(dir, args, &[])
}

fn run_env(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_notice"))
        .args(args)
        .current_dir(dir)
        .env("NOTICE_TODAY", "2026-11-23")
        .env("NO_COLOR", "1")
        .env_remove("SOURCE_DATE_EPOCH")
        .envs(env.iter().copied())
        .output()
        .expect("the notice binary runs")
}

/// Runs git in `dir`, without the user's configuration.
fn git(dir: &Path, args: &[&str]) {
    let o = Command::new("git")
        .args([
            "-c",
            "user.name=Test",
            "-c",
            "user.email=test@example.org",
            "-c",
            "commit.gpgsign=false",
        ])
        .args(args)
        .current_dir(dir)
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .output()
        .expect("git runs");
    assert!(
        o.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&o.stderr)
    );
}

const DEMO: &str = "notices/atelier-zenne.yaml";

/// A repository whose first commit holds the demo in `notices/`.
fn repo() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("notices")).unwrap();
    std::fs::copy(root().join(DEMO), dir.path().join(DEMO)).unwrap();
    git(dir.path(), &["init", "-q"]);
    commit(dir.path(), "the demo");
    dir
}

fn commit(dir: &Path, message: &str) {
    git(dir, &["add", "-A"]);
    git(dir, &["commit", "-q", "-m", message]);
}

/// Applies each `(from, to)` once to the file at `path` (a `from` it lacks fails the test).
fn edit(path: &Path, edits: &[(&str, &str)]) {
    let mut text = read(path);
    for (from, to) in edits {
        assert!(text.contains(from), "{} has no {from:?}", path.display());
        text = text.replacen(from, to, 1);
    }
    std::fs::write(path, text).unwrap();
}

const SURVEYS: &str = "  - id: surveys
    label: {fr: Enquêtes de satisfaction, nl: Tevredenheidsenquêtes, en: Satisfaction surveys, de: Zufriedenheitsumfragen}
    description:
      fr: Vous demander votre avis après une réparation.
      nl: U na een herstelling om uw mening vragen.
      en: Asking for your opinion after a repair.
      de: Wir bitten Sie nach einer Reparatur um Ihre Meinung.
    legal_basis: legitimate_interests
    legitimate_interests: {fr: améliorer nos réparations., nl: onze herstellingen verbeteren., en: improving our repairs., de: die Verbesserung unserer Reparaturen.}
    data: [contact]
    recipients: [surveytool]
    retention: {duration: 1 year, after: collection}

recipients:
  - id: surveytool
    name: Askly Inc.
    role: processor
    country: US
    service: {fr: envoi des enquêtes, nl: verzending van de enquêtes, en: sending the surveys, de: Versand der Umfragen}
    transfer: {mechanism: scc, copy: \"mailto:privacy@atelier-zenne.example\"}
";

/// The scenario: a purpose with a new recipient in the United States, and a longer
/// retention (accounting: 7 → 10 years).
fn change_the_demo(dir: &Path) {
    edit(
        &dir.join(DEMO),
        &[
            ("\nrecipients:\n", &format!("\n{SURVEYS}")),
            (
                "      duration: 7 years\n      after: end_of_financial_year",
                "      duration: 10 years\n      after: end_of_financial_year",
            ),
        ],
    );
}

/// The same change, announced: a new date, and the version it replaces in the history.
fn announce(dir: &Path) {
    edit(
        &dir.join(DEMO),
        &[
            ("  effective: 2026-03-01\n", "  effective: 2026-12-23\n"),
            ("  history:\n", "  history:\n    - effective: 2026-03-01\n"),
        ],
    );
}

fn json(o: &Output) -> serde_json::Value {
    serde_json::from_slice(&o.stdout)
        .unwrap_or_else(|e| panic!("not JSON ({e}): {}\n{}", stdout(o), stderr(o)))
}

/// `(path, kind)` of the material changes of the first declaration.
fn material(doc: &serde_json::Value) -> Vec<(String, String)> {
    doc["declarations"][0]["changes"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["class"] == "material")
        .map(|c| {
            (
                c["path"].as_str().unwrap().to_owned(),
                c["kind"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

#[test]
fn diff_since_lists_exactly_the_material_changes_in_every_language() {
    let dir = repo();
    change_the_demo(dir.path());
    commit(dir.path(), "surveys, longer accounting retention");
    let o = run(
        dir.path(),
        &["diff", "--since", "HEAD~1", "--format", "json"],
    );
    assert_eq!(code(&o), 1, "{}", stderr(&o));
    let doc = json(&o);
    let mut found = material(&doc);
    found.sort();
    assert_eq!(
        found,
        [
            (
                "purposes[accounting].retention".to_owned(),
                "longer".to_owned()
            ),
            ("purposes[surveys]".to_owned(), "added".to_owned()),
            ("recipients[surveytool]".to_owned(), "added".to_owned()),
        ]
    );
    assert_eq!(doc["declarations"][0]["editorial"], 0);
    for (lang, lines) in [
        (
            "en",
            [
                "Accounting: longer retention period: 10 years after the end of the financial year (previously: 7 years after the end of the financial year).",
                "New purpose: Satisfaction surveys.",
                "New recipient: Askly Inc. (United States, standard data protection clauses adopted by the Commission).",
            ],
        ),
        (
            "fr",
            [
                "Comptabilité\u{a0}: durée de conservation allongée\u{a0}: 10 ans après la clôture de l'exercice comptable (auparavant\u{a0}: 7 ans après la clôture de l'exercice comptable).",
                "Nouvelle finalité\u{a0}: Enquêtes de satisfaction.",
                "Nouveau destinataire\u{a0}: Askly Inc. (États-Unis, clauses types de protection des données adoptées par la Commission).",
            ],
        ),
        (
            "nl",
            [
                "Boekhouding: langere bewaartermijn: 10 jaar na de afsluiting van het boekjaar (voorheen: 7 jaar na de afsluiting van het boekjaar).",
                "Nieuw doeleinde: Tevredenheidsenquêtes.",
                "Nieuwe ontvanger: Askly Inc. (Verenigde Staten, standaardbepalingen inzake gegevensbescherming die door de Commissie zijn vastgesteld).",
            ],
        ),
    ] {
        let o = run(dir.path(), &["diff", "--since", "HEAD~1", "--lang", lang]);
        assert_eq!(code(&o), 1);
        let out = stdout(&o);
        for line in lines {
            assert!(out.contains(line), "{lang}: no {line:?} in\n{out}");
        }
        // Three changes, each with its class and path: six lines and a heading.
        assert_eq!(
            out.lines().filter(|l| !l.trim().is_empty()).count(),
            7,
            "{lang}:\n{out}"
        );
        let md = stdout(&run(
            dir.path(),
            &[
                "diff", "--since", "HEAD~1", "--lang", lang, "--format", "markdown",
            ],
        ));
        assert_eq!(
            md.lines().filter(|l| l.starts_with("- ")).count(),
            3,
            "{lang}:\n{md}"
        );
    }
    // Nothing changed since the last commit: exit 0.
    let o = run(dir.path(), &["diff", "--since", "HEAD"]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert_eq!(stdout(&o), "");
    assert!(
        stderr(&o).contains("0 material changes and 0 editorial changes"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn the_json_format_is_stable() {
    let dir = repo();
    edit(
        &dir.path().join(DEMO),
        &[(
            "privacy@atelier-zenne.example\n",
            "dpo@atelier-zenne.example\n",
        )],
    );
    let o = run(
        dir.path(),
        &[
            "diff", "--since", "HEAD", "--format", "json", "--lang", "fr",
        ],
    );
    // Only editorial changes: exit 0.
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let doc = json(&o);
    let keys = |v: &serde_json::Value| v.as_object().unwrap().keys().cloned().collect::<Vec<_>>();
    assert_eq!(keys(&doc), ["version", "lang", "material", "declarations"]);
    assert_eq!(doc["version"], 1);
    assert_eq!(doc["lang"], "fr");
    assert_eq!(doc["material"], false);
    let d = &doc["declarations"][0];
    assert_eq!(
        keys(d),
        [
            "id",
            "old",
            "new",
            "status",
            "material",
            "editorial",
            "changes"
        ]
    );
    assert_eq!(
        (d["id"].as_str(), d["status"].as_str()),
        (Some("atelier-zenne"), Some("changed"))
    );
    assert_eq!(d["old"], "HEAD:notices/atelier-zenne.yaml");
    assert_eq!(d["new"], "notices/atelier-zenne.yaml");
    let c = &d["changes"][0];
    assert_eq!(
        keys(c),
        [
            "path", "op", "kind", "class", "topic", "rule", "old", "new", "text"
        ]
    );
    assert_eq!(c["class"], "editorial");
    assert_eq!(c["topic"], "contact");
    assert_eq!(c["new"], "dpo@atelier-zenne.example");
    assert!(
        c["text"]
            .as_str()
            .unwrap()
            .starts_with("Coordonnées ou lien modifiés"),
        "{c}"
    );
}

#[test]
fn two_files_are_compared_directly() {
    let dir = tempfile::tempdir().unwrap();
    let old = dir.path().join("old.yaml");
    let new = dir.path().join("new.yaml");
    std::fs::copy(root().join(DEMO), &old).unwrap();
    std::fs::copy(root().join(DEMO), &new).unwrap();
    let args = |f: &str| {
        vec![
            "diff".to_owned(),
            old.display().to_string(),
            new.display().to_string(),
            "--format".into(),
            f.into(),
        ]
    };
    let o = run(
        dir.path(),
        &args("human").iter().map(String::as_str).collect::<Vec<_>>(),
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    // No longer used for marketing: a reduction, but the absolute right to object goes with it,
    // and a right that disappears is material.
    edit(
        &new,
        &[("direct_marketing: true", "direct_marketing: false")],
    );
    let o = run(
        dir.path(),
        &args("json").iter().map(String::as_str).collect::<Vec<_>>(),
    );
    assert_eq!(code(&o), 1, "{}", stdout(&o));
    let classes: Vec<(String, String)> = json(&o)["declarations"][0]["changes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["path"].as_str().unwrap().to_owned(),
                c["class"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    assert_eq!(
        classes,
        [
            (
                "purposes[newsletter].direct_marketing".to_owned(),
                "editorial".to_owned()
            ),
            (
                "purposes[newsletter].$rights[object_marketing]".to_owned(),
                "material".to_owned()
            ),
        ]
    );
    edit(
        &new,
        &[(
            "direct_marketing: false",
            "direct_marketing: true\n    data: [newsletter, contact]",
        )],
    );
    // (`data` is given twice now: the file no longer parses.)
    let o = run(
        dir.path(),
        &args("json").iter().map(String::as_str).collect::<Vec<_>>(),
    );
    assert_eq!(code(&o), 2, "{}", stdout(&o));
    assert!(stderr(&o).contains("new.yaml"), "{}", stderr(&o));
}

#[test]
fn declarations_added_and_removed_since_a_revision() {
    let dir = repo();
    std::fs::copy(dir.path().join(DEMO), dir.path().join("notices/other.yaml")).unwrap();
    edit(
        &dir.path().join("notices/other.yaml"),
        &[("  id: atelier-zenne\n", "  id: other\n")],
    );
    let o = run(dir.path(), &["diff", "--since", "HEAD", "--format", "json"]);
    assert_eq!(code(&o), 1, "{}", stderr(&o));
    let statuses: Vec<(String, String)> = json(&o)["declarations"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["id"].as_str().unwrap().to_owned(),
                d["status"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    assert_eq!(
        statuses,
        [
            ("atelier-zenne".into(), "unchanged".into()),
            ("other".into(), "added".into())
        ]
    );
    commit(dir.path(), "other");
    std::fs::remove_file(dir.path().join(DEMO)).unwrap();
    let o = run(dir.path(), &["diff", "--since", "HEAD", "--format", "json"]);
    assert_eq!(code(&o), 1);
    let doc = json(&o);
    let removed = doc["declarations"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["status"] == "removed");
    assert_eq!(
        removed.map(|d| d["old"].clone()),
        Some("HEAD:notices/atelier-zenne.yaml".into())
    );
    // A declaration renamed keeps its id: the same notice, not one removed and one added.
    std::fs::rename(
        dir.path().join("notices/other.yaml"),
        dir.path().join("notices/renamed.yaml"),
    )
    .unwrap();
    commit(dir.path(), "rename");
    let o = run(
        dir.path(),
        &["diff", "--since", "HEAD~1", "--format", "json"],
    );
    let doc = json(&o);
    let d = &doc["declarations"][0];
    assert_eq!(
        (d["status"].as_str(), d["old"].as_str()),
        (Some("unchanged"), Some("HEAD~1:notices/other.yaml"))
    );
}

#[test]
fn what_cannot_run_exits_2_with_a_reason() {
    let plain = tempfile::tempdir().unwrap();
    std::fs::create_dir(plain.path().join("notices")).unwrap();
    std::fs::copy(root().join(DEMO), plain.path().join(DEMO)).unwrap();
    for (dir, args, env, says) in [
        (
            plain.path(),
            vec!["diff", "--since", "HEAD"],
            vec![],
            "is not in a git repository",
        ),
        (
            plain.path(),
            vec!["lint", "--since", "HEAD"],
            vec![],
            "is not in a git repository",
        ),
        (
            plain.path(),
            vec!["build", "--since", "HEAD", "--out", "out"],
            vec![],
            "is not in a git repository",
        ),
        (
            plain.path(),
            vec!["diff", DEMO],
            vec![],
            "give OLD and NEW, or --since REV",
        ),
        (
            plain.path(),
            vec!["diff", DEMO, DEMO, "--lang", "xx"],
            vec![],
            "no locale for `--lang xx`",
        ),
        (
            plain.path(),
            vec!["diff", "--since", "HEAD"],
            vec![("PATH", "/nonexistent")],
            "cannot run `git`",
        ),
    ] {
        let o = run_env(dir, &args, &env);
        assert_eq!(code(&o), 2, "{args:?}: {}", stderr(&o));
        assert!(stderr(&o).contains(says), "{args:?}: {}", stderr(&o));
    }
    assert!(
        !plain.path().join("out").exists(),
        "a build that could not read its history wrote nothing"
    );
    let dir = repo();
    let o = run(dir.path(), &["diff", "--since", "no-such-tag"]);
    assert_eq!(code(&o), 2);
    assert!(
        stderr(&o).contains("unknown revision `no-such-tag`"),
        "{}",
        stderr(&o)
    );
    // A file named that does not exist now cannot be compared.
    let o = run(
        dir.path(),
        &["diff", "--since", "HEAD", "notices/missing.yaml"],
    );
    assert_eq!(code(&o), 2, "{}", stderr(&o));
    assert!(
        stderr(&o).contains("notices/missing.yaml"),
        "{}",
        stderr(&o)
    );
    // One absent at the revision is a new notice, not an error.
    std::fs::copy(dir.path().join(DEMO), dir.path().join("notices/new.yaml")).unwrap();
    let o = run(
        dir.path(),
        &[
            "diff",
            "--since",
            "HEAD",
            "notices/new.yaml",
            "--format",
            "json",
        ],
    );
    assert_eq!(code(&o), 1, "{}", stderr(&o));
    assert_eq!(json(&o)["declarations"][0]["status"], "added");
}

#[test]
fn lint_since_fails_until_the_date_and_the_history_are_updated() {
    let dir = repo();
    change_the_demo(dir.path());
    let findings = |o: &Output| -> Vec<String> {
        serde_json::from_slice::<serde_json::Value>(&o.stdout)
            .unwrap()
            .as_array()
            .unwrap()
            .iter()
            .filter(|d| d["rule"].as_str().is_some_and(|r| r.starts_with("N04")))
            .map(|d| {
                format!(
                    "{} {}",
                    d["rule"].as_str().unwrap(),
                    d["path"].as_str().unwrap()
                )
            })
            .collect()
    };
    let lint = || run(dir.path(), &["lint", "--since", "HEAD", "--format", "json"]);
    let o = lint();
    assert_eq!(code(&o), 1);
    assert_eq!(
        findings(&o),
        [
            "N040 notice.effective",
            "N041 notice.effective",
            "N040 notice.history"
        ]
    );
    // Without --since, nothing is compared.
    assert_eq!(code(&run(dir.path(), &["lint"])), 0);
    edit(
        &dir.path().join(DEMO),
        &[("  effective: 2026-03-01\n", "  effective: 2026-12-23\n")],
    );
    let o = lint();
    assert_eq!(code(&o), 1);
    assert_eq!(findings(&o), ["N040 notice.history"]);
    edit(
        &dir.path().join(DEMO),
        &[("  history:\n", "  history:\n    - effective: 2026-03-01\n")],
    );
    let o = lint();
    assert_eq!(code(&o), 0, "{}", stdout(&o));
    assert_eq!(findings(&o), Vec::<String>::new());
    // `build` runs the same checks: it writes nothing for an unannounced change.
    let dir = repo();
    change_the_demo(dir.path());
    let o = run(
        dir.path(),
        &["build", "--since", "HEAD", "--format", "md", "--out", "out"],
    );
    assert_eq!(code(&o), 1, "{}", stderr(&o));
    assert!(stderr(&o).contains("N040"), "{}", stderr(&o));
    assert!(!dir.path().join("out").exists());
}

/// The generated "previous versions" line of each language.
fn history_lines(out: &Path) -> Vec<String> {
    ["fr", "nl", "en", "de"]
        .iter()
        .map(|l| {
            let md = read(&out.join(format!("atelier-zenne/{l}.md")));
            md.lines()
                .find(|line| {
                    line.starts_with("- ") && line.contains("Askly") && line.contains("2026")
                })
                .unwrap_or_else(|| panic!("{l}: no generated history line in\n{md}"))
                .to_owned()
        })
        .collect()
}

#[test]
fn build_writes_the_summary_of_material_changes_in_every_language() {
    let dir = repo();
    change_the_demo(dir.path());
    announce(dir.path());
    commit(dir.path(), "announced");
    let o = run(
        dir.path(),
        &[
            "build", "--since", "HEAD~1", "--format", "md", "--out", "out",
        ],
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let lines = history_lines(&dir.path().join("out"));
    assert!(lines[0].starts_with("- 1er mars 2026\u{a0}: Version remplacée le 23 décembre 2026. Comptabilité\u{a0}: durée de conservation allongée"), "{}", lines[0]);
    assert!(lines[0].contains("Nouvelle finalité\u{a0}: Enquêtes de satisfaction. Nouveau destinataire\u{a0}: Askly Inc. (États-Unis"), "{}", lines[0]);
    assert!(
        lines[1].starts_with(
            "- 1 maart 2026: Vervangen op 23 december 2026. Boekhouding: langere bewaartermijn"
        ),
        "{}",
        lines[1]
    );
    assert!(
        lines[2].starts_with(
            "- 1 March 2026: Replaced on 23 December 2026. Accounting: longer retention period"
        ),
        "{}",
        lines[2]
    );
    assert!(
        lines[2].contains(
            "New purpose: Satisfaction surveys. New recipient: Askly Inc. (United States"
        ),
        "{}",
        lines[2]
    );
    assert!(
        lines[3].starts_with(
            "- 1\\. März 2026: Ersetzt am 23. Dezember 2026. Buchhaltung: längere Speicherdauer"
        ),
        "{}",
        lines[3]
    );
    assert!(
        lines[3].contains(
            "Neuer Zweck: Zufriedenheitsumfragen. Neuer Empfänger: Askly Inc. (Vereinigte Staaten"
        ),
        "{}",
        lines[3]
    );
    // A summary written in the declaration is kept as written.
    let md = read(&dir.path().join("out/atelier-zenne/en.md"));
    assert!(
        md.contains("- 15 May 2024: First published version."),
        "{md}"
    );
}

#[test]
fn a_kept_copy_gives_the_summary_without_git() {
    let dir = tempfile::tempdir().unwrap();
    let notices = dir.path().join("notices");
    std::fs::create_dir_all(notices.join(".versions")).unwrap();
    // The version replaced, kept in a dot-folder: `notice` does not take it for a declaration.
    std::fs::copy(
        root().join(DEMO),
        notices.join(".versions/atelier-zenne-2026-03-01.yaml"),
    )
    .unwrap();
    std::fs::copy(root().join(DEMO), dir.path().join(DEMO)).unwrap();
    change_the_demo(dir.path());
    announce(dir.path());
    edit(
        &dir.path().join(DEMO),
        &[(
            "    - effective: 2026-03-01\n",
            "    - effective: 2026-03-01\n      declaration: .versions/atelier-zenne-2026-03-01.yaml\n",
        )],
    );
    let o = run(dir.path(), &["build", "--format", "md", "--out", "out"]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert!(!stderr(&o).contains("warning"), "{}", stderr(&o));
    assert_eq!(history_lines(&dir.path().join("out")).len(), 4);
    // A kept copy that cannot be read stops the build.
    std::fs::remove_file(notices.join(".versions/atelier-zenne-2026-03-01.yaml")).unwrap();
    let o = run(dir.path(), &["build", "--format", "md", "--out", "out2"]);
    assert_eq!(code(&o), 2, "{}", stderr(&o));
    assert!(
        stderr(&o).contains("atelier-zenne-2026-03-01.yaml"),
        "{}",
        stderr(&o)
    );
    assert!(!dir.path().join("out2").exists());
    // Without a kept copy or --since, the entry keeps its date alone, with a warning.
    edit(
        &dir.path().join(DEMO),
        &[(
            "      declaration: .versions/atelier-zenne-2026-03-01.yaml\n",
            "",
        )],
    );
    let o = run(dir.path(), &["build", "--format", "md", "--out", "out3"]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert!(
        stderr(&o).contains("notice.history[0] (2026-03-01) has no summary"),
        "{}",
        stderr(&o)
    );
    assert!(read(&dir.path().join("out3/atelier-zenne/en.md")).contains("- 1 March 2026\n"));
}

fn archived(out: &Path, version: &str) -> Vec<PathBuf> {
    crate::common::files(&out.join("atelier-zenne/versions").join(version))
}

#[test]
fn archives_are_written_once_and_never_rewritten() {
    let dir = repo();
    let out = dir.path().join("out");
    let build = |extra: &[&str]| {
        let mut args = vec!["build", "--format", "md,html", "--archive", "--out", "out"];
        args.extend(extra);
        run(dir.path(), &args)
    };
    let o = build(&[]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let names = |v: Vec<PathBuf>| {
        v.iter()
            .map(|p| p.display().to_string())
            .collect::<Vec<_>>()
    };
    assert_eq!(
        names(archived(&out, "2026-03-01")),
        [
            "de.html",
            "de.md",
            "en.html",
            "en.md",
            "fr.html",
            "fr.md",
            "manifest.json",
            "nl.html",
            "nl.md"
        ]
    );
    let first = read(&out.join("atelier-zenne/versions/2026-03-01/en.md"));
    assert_eq!(first, read(&out.join("atelier-zenne/en.md")));
    let manifest: serde_json::Value = serde_json::from_str(&read(
        &out.join("atelier-zenne/versions/2026-03-01/manifest.json"),
    ))
    .unwrap();
    assert_eq!(manifest["effective"], "2026-03-01");
    assert_eq!(manifest["files"].as_object().unwrap().len(), 8);
    // Built again: nothing changes.
    let o = build(&[]);
    assert!(
        stderr(&o).contains("wrote 0 file(s), 9 unchanged"),
        "{}",
        stderr(&o)
    );
    assert_eq!(code(&build(&["--check"])), 0);
    // A new format is added to the version, not rewritten: --check says it is missing.
    let o = run(
        dir.path(),
        &[
            "build",
            "--format",
            "md,html,fragment",
            "--archive",
            "--out",
            "out",
            "--check",
        ],
    );
    assert_eq!(code(&o), 1);
    assert!(
        stdout(&o).contains("missing: out/atelier-zenne/versions/2026-03-01/en.fragment.html"),
        "{}",
        stdout(&o)
    );
    // The declaration changes but keeps its date: refused, nothing written.
    edit(
        &dir.path().join(DEMO),
        &[(
            "privacy@atelier-zenne.example\n",
            "dpo@atelier-zenne.example\n",
        )],
    );
    let o = build(&[]);
    assert_eq!(code(&o), 1, "{}", stderr(&o));
    assert!(
        stderr(&o).contains("version 2026-03-01 of `atelier-zenne` was archived"),
        "{}",
        stderr(&o)
    );
    assert_eq!(read(&out.join("atelier-zenne/en.md")), first);
    // With a new date it is a new version; the old one stays as it was.
    change_the_demo(dir.path());
    announce(dir.path());
    let o = build(&[]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert_eq!(
        read(&out.join("atelier-zenne/versions/2026-03-01/en.md")),
        first
    );
    assert_eq!(archived(&out, "2026-12-23").len(), 9);
    assert_ne!(read(&out.join("atelier-zenne/en.md")), first);
    // An archived file changed by hand is named, and nothing is written.
    std::fs::write(
        out.join("atelier-zenne/versions/2026-03-01/fr.md"),
        "rewritten",
    )
    .unwrap();
    edit(
        &dir.path().join(DEMO),
        &[("  effective: 2026-12-23\n", "  effective: 2026-12-24\n")],
    );
    let o = build(&[]);
    assert_eq!(code(&o), 1);
    assert!(
        stderr(&o).contains(
            "out/atelier-zenne/versions/2026-03-01/fr.md was changed after it was archived"
        ),
        "{}",
        stderr(&o)
    );
    assert!(!out.join("atelier-zenne/versions/2026-12-24").exists());
    // So is a file removed, or one the manifest does not know.
    std::fs::remove_file(out.join("atelier-zenne/versions/2026-03-01/fr.md")).unwrap();
    let o = build(&[]);
    assert!(
        stderr(&o).contains("fr.md was archived but is missing"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn the_guide_gives_the_rule_of_every_topic() {
    let doc = read(&root().join("docs/guide/changes.md"));
    let rows: Vec<Vec<&str>> = doc
        .lines()
        .filter(|l| l.starts_with("| "))
        .map(|l| l.trim_matches('|').split(" | ").map(str::trim).collect())
        .collect();
    for rule in notice::diff::classify::RULES {
        let describe = rule.judge.describe();
        assert!(
            rows.iter().any(|r| r.len() == 3
                && r[0].split(", ").any(|t| t == rule.topic)
                && r[2] == describe),
            "docs/guide/changes.md's table of material and editorial changes lacks `{}` ({}): {describe}",
            rule.pattern,
            rule.topic
        );
    }
    let o = run(&root(), &["diff", "--list-rules"]);
    assert_eq!(code(&o), 0);
    assert_eq!(
        stdout(&o).lines().count(),
        notice::diff::classify::RULES.len()
    );
}

#[test]
fn every_declaration_compares_with_itself_and_with_the_demo() {
    use notice::diff::{Comparison, Version, changes, phrase::Phraser};
    let locales = notice::i18n::Locales::load(None).unwrap();
    let reference = notice::reference::Reference::builtin().unwrap();
    let files = notice::declaration::discover(&[
        root().join("notices"),
        root().join("examples"),
        root().join("tests/fixtures/lint"),
    ])
    .unwrap();
    let mut compared = 0;
    for f in files {
        let Ok(l) = notice::declaration::load(&f) else {
            continue;
        };
        assert!(
            changes(&l.declaration, &l.declaration).is_empty(),
            "{} differs from itself",
            f.display()
        );
        let cmp = Comparison::new(
            Some(Version {
                label: "demo".into(),
                loaded: notice::declaration::load(&root().join(DEMO)).unwrap(),
            }),
            Some(Version {
                label: f.display().to_string(),
                loaded: l,
            }),
        );
        for lang in ["fr", "nl", "en"] {
            let phraser = Phraser::new(&locales, &reference, lang, &cmp);
            for c in &cmp.changes {
                let s = phraser
                    .sentence(c)
                    .unwrap_or_else(|e| panic!("{} {lang} {}: {e:#}", f.display(), c.path));
                assert!(
                    !s.trim().is_empty() && !s.contains("{$"),
                    "{}: {s}",
                    f.display()
                );
            }
        }
        compared += 1;
    }
    assert!(compared > 100, "only {compared} declarations compared");
}
