//! The cases lint missed in issue #20: a consultant planted mistakes in copies of clean
//! declarations of three organisations the examples do not cover (a dental practice, an
//! employer with 50 staff, a Flemish municipality). Each file of `tests/fixtures/issue-20/`
//! lists, in `# expect:` lines, exactly the errors and warnings lint must report on it: the
//! planted mistake, and nothing else; the clean declarations expect none.

use notice::diagnostic::Severity;

use super::fixtures::{Header, header, run};
use crate::common::fixture;

#[test]
fn every_planted_mistake_is_found_and_nothing_else() {
    let dir = fixture("issue-20");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/fixtures/issue-20 exists")
        .map(|e| e.expect("readable").path())
        .collect();
    files.sort();
    let mut problems = Vec::new();
    for file in &files {
        let name = file.file_name().unwrap_or_default().to_string_lossy();
        let text = std::fs::read_to_string(file).expect("readable");
        let h = header(&text).unwrap_or_else(|e| panic!("{name}: {e}"));
        let clean = name.ends_with("-clean.yaml");
        if clean != h.expect.is_empty() {
            problems.push(format!(
                "{name}: a clean declaration expects nothing, a case at least one finding"
            ));
        }
        // The planted mistakes are the notice's: the register's rules (R0xx) are not asked for.
        let h = Header {
            config: notice::lint::Config {
                register: false,
                ..h.config.clone()
            },
            ..h
        };
        let mut found: Vec<(String, usize, usize)> = run(file, &h)
            .unwrap_or_else(|e| panic!("{name}: {e}"))
            .iter()
            .filter(|d| d.severity != Severity::Note)
            .map(|d| {
                let (l, c) = d.line_col().unwrap_or_default();
                (d.code.clone(), l, c)
            })
            .collect();
        found.sort();
        let mut expected = h.expect.clone();
        expected.sort();
        if found != expected {
            problems.push(format!("{name}: expected {expected:?}, found {found:?}"));
        }
    }
    assert!(files.len() >= 13, "{} files", files.len());
    assert!(problems.is_empty(), "\n{}", problems.join("\n"));
}

/// The clean municipality builds, and its notice names the Flemish supervisory authority (the
/// VTC), not the national one (issue #20, "Done when").
#[test]
fn the_flemish_municipality_notice_names_the_vtc() {
    let dir = tempfile::tempdir().unwrap();
    let f = fixture("issue-20/municipality-clean.yaml");
    let out = crate::build::build_into(dir.path(), &[f.to_str().unwrap()], &["--format", "md"]);
    assert_eq!(crate::common::code(&out), 0, "{out:?}");
    let md = crate::common::read(&dir.path().join("gemeente/nl.md"));
    assert!(
        md.contains("Vlaamse Toezichtcommissie voor de verwerking van persoonsgegevens"),
        "{md}"
    );
    assert!(!md.contains("Gegevensbeschermingsautoriteit"), "{md}");
}
