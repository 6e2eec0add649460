//! Budgets: every input within the documented limits builds within the documented memory bound
//! (checked under `ulimit -v`), long texts are lint errors, and templates that loop or grow
//! without end stop with a clear error instead of hanging or exhausting memory.

use std::fs;
use std::path::Path;
use std::process::{Command, Output};
use std::time::{Duration, Instant};

use crate::common::{LONGEST_RUN, code, command, fixture, needs_pdf, run_bounded, stderr};

/// `notice ARGS` with its address space limited to `mib` MiB (`ulimit -v`): an allocation past
/// it fails, which without a budget aborts the process (exit 134).
pub fn under_ulimit(mib: u64, args: &[&str]) -> Output {
    let inner = command(args);
    let mut c = Command::new("bash");
    c.arg("-c")
        .arg(format!("ulimit -v {}; exec \"$0\" \"$@\"", mib * 1024))
        .arg(inner.get_program())
        .args(inner.get_args())
        .current_dir(inner.get_current_dir().unwrap());
    for (k, v) in inner.get_envs() {
        match v {
            Some(v) => c.env(k, v),
            None => c.env_remove(k),
        };
    }
    run_bounded(c, LONGEST_RUN)
}

/// The address space the memory tests give a build: the documented bound on the heap (3 GiB,
/// see docs/guide/security.md, "Limits") and room for the binary, thread stacks and the allocator's arenas.
const ADDRESS_SPACE_MIB: u64 = 5 * 1024;

/// The valid fixture with `replace` applied.
fn li_only(replace: &[(&str, &str)]) -> String {
    let mut text = fs::read_to_string(fixture("build/li-only.yaml")).unwrap();
    for (from, to) in replace {
        assert!(text.contains(from), "{from}");
        text = text.replacen(from, to, 1);
    }
    text
}

fn write(dir: &Path, name: &str, text: &str) -> String {
    let p = dir.join(name);
    fs::write(&p, text).unwrap();
    p.to_str().unwrap().to_owned()
}

#[test]
fn a_text_over_its_length_limit_is_a_located_lint_error() {
    let work = tempfile::tempdir().unwrap();
    // 500 KB of title: its PDF grew to 22.5 GB before the limit.
    let long = "T".repeat(512_000);
    let decl = write(
        work.path(),
        "x.yaml",
        &li_only(&[(
            "  default_language: en\n",
            &format!("  default_language: en\n  title: {long}\n"),
        )]),
    );
    let started = Instant::now();
    for command in ["lint", "build"] {
        let out = work.path().join("out");
        let o = under_ulimit(
            ADDRESS_SPACE_MIB,
            &[command, &decl, "--out", out.to_str().unwrap()]
                [..if command == "lint" { 2 } else { 4 }],
        );
        let text = format!("{}{}", String::from_utf8_lossy(&o.stdout), stderr(&o));
        assert_eq!(code(&o), 1, "{command}: {text}");
        assert!(
            text.contains(":7:10: error[N013]: `notice.title` is 512000 characters long; a title may be at most 300 characters"),
            "{command}: {text}"
        );
        assert!(!out.exists());
    }
    assert!(started.elapsed() < Duration::from_secs(60));
}

/// A declaration of `n` purposes labelled `label`, with `text` in each of their free texts.
fn many_purposes(n: usize, label: &str, text: &str) -> String {
    let mut decl = li_only(&[("languages: [en]", "languages: [en, fr, nl]")]);
    let cut = decl.find("purposes:").unwrap();
    decl.truncate(cut);
    decl.push_str("purposes:\n");
    for i in 0..n {
        decl.push_str(&format!(
            "  - id: p{i}\n    label: {label} {i}\n    description: {text}\n    legal_basis: legitimate_interests\n    legitimate_interests: {text}\n    data: [logs]\n    retention: {{duration: 6 months, after: collection}}\n"
        ));
    }
    decl
}

/// The worst declarations within the limits: the largest file of ordinary purposes, and fields
/// at their longest. Each builds in every format and language under the address-space limit,
/// or is refused with a message naming the declaration and the budget: never killed, never
/// aborted.
#[test]
fn the_worst_declarations_within_the_limits_build_within_the_memory_bound() {
    if !needs_pdf("the_worst_declarations_within_the_limits_build_within_the_memory_bound") {
        return;
    }
    let work = tempfile::tempdir().unwrap();
    // As many ordinary purposes as 1 MiB holds (about 4,000).
    let mut n = 4000;
    let ordinary = |n| many_purposes(n, "Network security", "Detecting attacks on our website.");
    let mut many = ordinary(n);
    while many.len() > 1024 * 1024 {
        n -= 100;
        many = ordinary(n);
    }
    // Every text at its longest: labels of 300 characters, free texts of 10,000, as many
    // purposes as fit in 1 MiB.
    let label = "L".repeat(290);
    let longest = "word ".repeat(2000);
    let long = many_purposes(34, &label, longest.trim());
    // The largest documents the limits let through, each language just under the size
    // budget, with a title at its longest (it repeats on every page): of purposes, and of
    // tables (trackers), which take the most memory per byte to lay out.
    let title = format!("  title: {}\n", "Privacy notice ".repeat(20).trim());
    let largest = many_purposes(640, "Network security", "Detecting attacks on our website.")
        .replacen(
            "  default_language: en\n",
            &format!("  default_language: en\n{title}"),
            1,
        );
    let tracker = "    - {name: _ga, provider: Google Ireland Ltd, purpose: Statistics on visits to the website, duration: 2 years, essential: false}\n";
    let tables = format!(
        "{}cookies:\n  trackers:\n{}",
        li_only(&[("languages: [en]", "languages: [en, fr, nl]")]),
        tracker.repeat(5000)
    );
    for (name, text) in [
        ("many", many),
        ("long", long),
        ("largest", largest),
        ("tables", tables),
    ] {
        let decl = write(work.path(), &format!("{name}.yaml"), &text);
        assert!(text.len() <= 1024 * 1024, "{name}");
        let out = work.path().join(name);
        let o = under_ulimit(
            ADDRESS_SPACE_MIB,
            &[
                "build",
                &decl,
                "--out",
                out.to_str().unwrap(),
                "--format",
                "md,html,fragment,pdf",
            ],
        );
        let text = stderr(&o);
        // The largest that pass the budgets must build.
        let must_build = matches!(name, "largest" | "tables");
        assert!(
            code(&o) == 0
                || (!must_build
                    && code(&o) == 2
                    && text.contains(&decl)
                    && text.contains("budget")),
            "{name}: exit {:?}\n{}",
            o.status,
            &text[text.len().saturating_sub(3000)..]
        );
    }
}

/// The valid fixture built with `name` in a templates folder holding `template`.
fn with_template(work: &Path, name: &str, template: &str, extra: &[&str]) -> Output {
    let templates = work.join("templates");
    fs::create_dir_all(&templates).unwrap();
    fs::write(templates.join(name), template).unwrap();
    let li = fixture("build/li-only.yaml");
    let out = work.join("out");
    let mut args = vec![
        "build",
        li.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
        "--templates",
        templates.to_str().unwrap(),
    ];
    args.extend(extra);
    let o = under_ulimit(ADDRESS_SPACE_MIB, &args);
    assert!(!out.exists(), "a failed build wrote {}", out.display());
    o
}

#[test]
fn a_content_template_that_loops_without_end_runs_out_of_fuel() {
    let work = tempfile::tempdir().unwrap();
    let started = Instant::now();
    let o = with_template(
        work.path(),
        "notice.md.j2",
        "# {{ n.title }}\n{% for i in range(100000) %}{% for j in range(100000) %}{{ i }}{% endfor %}{% endfor %}\n",
        &["--format", "md"],
    );
    assert_eq!(code(&o), 2, "{}", stderr(&o));
    assert!(
        stderr(&o).contains("notice.md.j2:2:")
            && stderr(&o).contains("the template did more work than a notice needs"),
        "{}",
        stderr(&o)
    );
    assert!(started.elapsed() < Duration::from_secs(120));
}

/// minijinja charges fuel by the size of the strings it makes too, so a template that grows
/// text runs out of fuel long before memory.
#[test]
fn a_content_template_that_grows_without_end_runs_out_of_fuel() {
    let work = tempfile::tempdir().unwrap();
    let o = with_template(
        work.path(),
        "notice.md.j2",
        "# {{ n.title }}\n{% set ns = namespace(s=\"xxxxxxxx\") %}{% for i in range(60) %}{% set ns.s = ns.s ~ ns.s %}{% endfor %}{{ ns.s|length }}\n",
        &["--format", "md"],
    );
    assert_eq!(code(&o), 2, "{}", stderr(&o));
    assert!(
        stderr(&o).contains("notice.md.j2:2:")
            && stderr(&o).contains("the template did more work than a notice needs"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn a_pdf_template_that_loops_without_end_stops_at_the_time_budget() {
    if !needs_pdf("a_pdf_template_that_loops_without_end_stops_at_the_time_budget") {
        return;
    }
    let work = tempfile::tempdir().unwrap();
    let started = Instant::now();
    let o = with_template(
        work.path(),
        "notice.typ",
        "#set document(title: \"x\")\n#for i in range(100000) { for j in range(100000) { } }\n",
        &["--format", "pdf", "--time-budget", "3"],
    );
    assert_eq!(code(&o), 2, "{}", stderr(&o));
    assert!(
        stderr(&o)
            .contains("li-only.yaml: error: rendering this notice in `en` took more than 3 s"),
        "{}",
        stderr(&o)
    );
    assert!(started.elapsed() < Duration::from_secs(60));
}

#[test]
fn a_pdf_template_that_grows_without_end_stops_at_the_memory_bound() {
    if !needs_pdf("a_pdf_template_that_grows_without_end_stops_at_the_memory_bound") {
        return;
    }
    let work = tempfile::tempdir().unwrap();
    let o = with_template(
        work.path(),
        "notice.typ",
        "#set document(title: \"x\")\n#let s = \"xxxxxxxx\"\n#for i in range(60) { s = s + s }\n#s.len()\n",
        &["--format", "pdf"],
    );
    assert_eq!(code(&o), 2, "{}", stderr(&o));
    assert!(
        stderr(&o).contains("li-only.yaml: error: rendering this notice in `en` needs more than"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn a_pdf_over_the_page_budget_is_refused() {
    if !needs_pdf("a_pdf_over_the_page_budget_is_refused") {
        return;
    }
    let work = tempfile::tempdir().unwrap();
    let o = with_template(
        work.path(),
        "notice.typ",
        "#set document(title: \"x\")\n#for i in range(600) [#i #pagebreak()]\n",
        &["--format", "pdf"],
    );
    assert_eq!(code(&o), 2, "{}", stderr(&o));
    assert!(
        stderr(&o).contains(
            "li-only.yaml: error: the PDF in `en` has 601 pages; a document may have at most"
        ),
        "{}",
        stderr(&o)
    );
}
