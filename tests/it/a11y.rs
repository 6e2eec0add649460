//! Accessibility of the HTML: the demo's and the examples' pages, and their fragments in a
//! minimal host page, checked with axe-core (WCAG 2.1 A/AA and best practice) in headless
//! Chromium at 390 and 1280 px, in the light and the dark colour scheme, by
//! tests/a11y/check.mjs. Needs Debian's `chromium` and `npm ci --prefix tests/a11y`; without
//! them the tests say why and pass, unless `NOTICE_A11Y_REQUIRED` is set (as `.ci/run` does).

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;

use crate::build::build_into;
use crate::common::{code, fixture, read, root, stderr};

/// Set by `.ci/run`: a missing browser or axe-core then fails the tests instead of skipping.
const REQUIRED: &str = "NOTICE_A11Y_REQUIRED";
const WIDTHS: [u64; 2] = [390, 1280];
const SCHEMES: [&str; 2] = ["light", "dark"];

/// The checker script, if Node, Chromium and the npm packages are there; else why not.
fn checker() -> Result<PathBuf, String> {
    let dir = root().join("tests/a11y");
    let mut missing = Vec::new();
    if Command::new("node").arg("--version").output().is_err() {
        missing.push("Node.js (`node`)".to_owned());
    }
    let chromium =
        std::env::var_os("CHROMIUM").map_or_else(|| "/usr/bin/chromium".into(), PathBuf::from);
    if !chromium.is_file() {
        missing.push(format!(
            "Chromium at {} (apt-get install chromium)",
            chromium.display()
        ));
    }
    for package in ["axe-core", "playwright-core"] {
        if !dir.join("node_modules").join(package).is_dir() {
            missing.push(format!(
                "the npm package {package} (npm ci --prefix tests/a11y)"
            ));
        }
    }
    if missing.is_empty() {
        Ok(dir.join("check.mjs"))
    } else {
        Err(format!("no {}", missing.join(", no ")))
    }
}

/// The checker, or None after saying why the test is skipped (a failure where it is required).
fn checker_or_skip() -> Option<PathBuf> {
    match checker() {
        Ok(script) => Some(script),
        Err(why) if std::env::var_os(REQUIRED).is_some() => {
            panic!("the accessibility test cannot run: {why}; {REQUIRED} is set, so that fails")
        }
        Err(why) => {
            eprintln!("accessibility test skipped: {why}");
            None
        }
    }
}

/// One check of one page: `{name, width, scheme, violations, overflow, requests}`.
fn check(script: &Path, pages: &[(String, PathBuf)], work: &Path) -> Vec<Value> {
    let list: Vec<Value> = pages
        .iter()
        .map(|(name, path)| serde_json::json!({"name": name, "path": path}))
        .collect();
    let list_file = work.join("pages.json");
    std::fs::write(&list_file, serde_json::to_string(&list).unwrap()).unwrap();
    let o = Command::new("node")
        .arg(script)
        .arg(&list_file)
        .current_dir(script.parent().unwrap())
        .output()
        .expect("node runs");
    assert!(
        o.status.success(),
        "the axe checker failed: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    let results: Vec<Value> = String::from_utf8_lossy(&o.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("a JSON line"))
        .collect();
    // Every page at every width in every scheme, or the check proves nothing.
    assert_eq!(results.len(), pages.len() * WIDTHS.len() * SCHEMES.len());
    results
}

/// A host page around a fragment: its own header and `<h1>`, and the rules of notice.css, as
/// the fragment's documentation suggests (docs/guide/html.md).
fn host_page(lang: &str, fragment: &str) -> String {
    format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>Host site</title>\n<style>\n{}</style>\n</head>\n<body>\n\
         <header><p>Host site</p></header>\n<main>\n<h1>Host page</h1>\n{fragment}</main>\n\
         </body>\n</html>\n",
        read(&root().join("templates/notice.css"))
    )
}

#[test]
fn pages_and_fragments_pass_axe_at_390_and_1280_px_in_both_schemes() {
    let Some(script) = checker_or_skip() else {
        return;
    };
    let work = tempfile::tempdir().unwrap();
    let out = work.path().join("out");
    let inputs = [
        "notices",
        "examples/c-dot/notice.yaml",
        "examples/comnexio/notice.yaml",
        "examples/damnet/notice.yaml",
    ];
    let o = build_into(
        &out,
        &inputs,
        &[
            "--format",
            "html,fragment,pdf",
            "--fragment-heading-level",
            "2",
            "--fragment-toc",
        ],
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let mut pages = Vec::new();
    for id in ["atelier-zenne", "c-dot", "comnexio", "damnet"] {
        for lang in ["fr", "nl", "en"] {
            let page = out.join(format!("{id}/{lang}.html"));
            assert!(
                read(&page).contains("type=\"application/pdf\""),
                "{id}/{lang}: no PDF link"
            );
            pages.push((format!("{id}/{lang}.html"), page));
            let fragment = read(&out.join(format!("{id}/{lang}.fragment.html")));
            let host = work.path().join(format!("{id}-{lang}-host.html"));
            std::fs::write(&host, host_page(lang, &fragment)).unwrap();
            pages.push((format!("{id}/{lang}.fragment.html in a host page"), host));
        }
    }
    let mut failures = Vec::new();
    for r in check(&script, &pages, work.path()) {
        let at = format!("{} at {} px, {}", r["name"], r["width"], r["scheme"]);
        for v in r["violations"].as_array().unwrap() {
            failures.push(format!(
                "{at}: {} ({}): {} — {}",
                v["id"], v["impact"], v["help"], v["targets"]
            ));
        }
        if r["overflow"].as_i64() != Some(0) {
            failures.push(format!(
                "{at}: the page scrolls sideways by {} px",
                r["overflow"]
            ));
        }
        if r["requests"].as_array().is_some_and(|a| !a.is_empty()) {
            failures.push(format!("{at}: the page loads {}", r["requests"]));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The checker finds what it must: a page built to fail reports each of its faults, at the
/// width or in the scheme where it has them and not elsewhere.
#[test]
fn the_checker_reports_violations_overflow_and_requests() {
    let Some(script) = checker_or_skip() else {
        return;
    };
    let work = tempfile::tempdir().unwrap();
    let page = fixture("a11y/faulty.html");
    let results = check(&script, &[("faulty".to_owned(), page)], work.path());
    let at = |width: u64, scheme: &str| {
        results
            .iter()
            .find(|r| r["width"] == width && r["scheme"] == scheme)
            .unwrap_or_else(|| panic!("no result at {width} px, {scheme}"))
    };
    let rules = |r: &Value| -> Vec<String> {
        r["violations"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v["id"].as_str().unwrap().to_owned())
            .collect()
    };
    for width in WIDTHS {
        let light = rules(at(width, "light"));
        assert!(
            light.contains(&"scrollable-region-focusable".to_owned()),
            "{width}: {light:?}"
        );
        assert!(
            !light.contains(&"color-contrast".to_owned()),
            "{width}: {light:?}"
        );
        // Its dark palette alone has text too faint to read: the dark scheme is really applied.
        let dark = rules(at(width, "dark"));
        assert!(
            dark.contains(&"color-contrast".to_owned()),
            "{width}: {dark:?}"
        );
        assert!(
            at(width, "light")["requests"]
                .as_array()
                .is_some_and(|a| !a.is_empty())
        );
    }
    // A block 600 px wide scrolls the page sideways at 390 px, not at 1280 px.
    assert!(at(390, "light")["overflow"].as_i64().is_some_and(|o| o > 0));
    assert_eq!(at(1280, "light")["overflow"].as_i64(), Some(0));
}
