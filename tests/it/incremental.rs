//! The build record (`<out>/.notice-build.json`): a build or `--check` with nothing changed
//! renders nothing; a hand-edited output, a changed input or a record that cannot be trusted
//! means rendering, never a wrong answer; the record is deterministic.

use std::fs;
use std::path::Path;

use crate::build::build_into;
use crate::common::{
    code, demo_variant, fixture, needs_pdf, notice_with_env, read, root, stderr, stdout,
};

const RECORD: &str = ".notice-build.json";

/// What `build` and `--check` say when the record answered for `n` outputs.
fn known(n: usize) -> String {
    format!("({n} known from the build record, not rendered)")
}

/// A templates folder whose content template loops for seconds before writing the built-in
/// notice: rendering a document with it goes past a time budget of one second, which shows
/// whether a run rendered.
fn slow_templates(dir: &Path) -> String {
    let templates = dir.join("slow-templates");
    fs::create_dir_all(&templates).unwrap();
    // About 22 million steps of fuel, under the 50 million a template may take.
    let slow = "{% for i in range(3000) %}{% for j in range(3000) %}{% endfor %}{% endfor %}";
    let builtin = read(&root().join("templates/notice.md.j2"));
    fs::write(templates.join("notice.md.j2"), format!("{slow}{builtin}")).unwrap();
    templates.to_str().unwrap().to_owned()
}

fn strs(v: &[String]) -> Vec<&str> {
    v.iter().map(String::as_str).collect()
}

#[test]
fn nothing_is_rendered_while_nothing_changed_and_a_hand_edited_output_is_caught() {
    let work = tempfile::tempdir().unwrap();
    let out = work.path().join("out");
    let templates = slow_templates(work.path());
    let args = ["--lang", "en", "--format", "md", "--templates", &templates];
    let o = build_into(&out, &[], &args);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let md = out.join("atelier-zenne/en.md");
    let built = fs::read(&md).unwrap();

    // Under a budget too short to render the document, `--check` and `build` pass: they
    // answered from the record.
    let fast = [&args[..], &["--time-budget", "1"]].concat();
    let o = build_into(&out, &[], &[&fast[..], &["--check"]].concat());
    assert_eq!(code(&o), 0, "{}{}", stdout(&o), stderr(&o));
    assert!(
        stderr(&o).contains(&format!("1 outputs up to date {}", known(1))),
        "{}",
        stderr(&o)
    );
    let o = build_into(&out, &[], &fast);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert!(
        stderr(&o).contains(&format!("wrote 0 file(s), 1 unchanged {}", known(1))),
        "{}",
        stderr(&o)
    );

    // One letter changed, the size kept: the file's hash no longer is the record's, so the
    // document is rendered (the record answers for nothing), `--check` names the file and
    // `build` puts it back. (Not timed: how long a render takes depends on the machine.)
    let mut edited = built.clone();
    let at = edited.iter().position(|b| *b == b'a').unwrap();
    edited[at] = b'b';
    fs::write(&md, &edited).unwrap();
    let o = build_into(&out, &[], &[&args[..], &["--check"]].concat());
    assert_eq!(code(&o), 1, "{}", stderr(&o));
    assert!(
        !stderr(&o).contains("known from the build record"),
        "{}",
        stderr(&o)
    );
    assert_eq!(stdout(&o), format!("differs: {}\n", md.display()));
    let o = build_into(&out, &[], &args);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert!(
        stderr(&o).contains("wrote 1 file(s), 0 unchanged, for"),
        "{}",
        stderr(&o)
    );
    assert_eq!(fs::read(&md).unwrap(), built);

    // A deleted output is missing, whatever the record says, and the build writes it again.
    fs::remove_file(&md).unwrap();
    let o = build_into(&out, &[], &[&args[..], &["--check"]].concat());
    assert_eq!(code(&o), 1, "{}", stderr(&o));
    assert_eq!(stdout(&o), format!("missing: {}\n", md.display()));
    let o = build_into(&out, &[], &args);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert!(
        stderr(&o).contains("wrote 1 file(s), 0 unchanged, for"),
        "{}",
        stderr(&o)
    );
    assert_eq!(fs::read(&md).unwrap(), built);
}

#[test]
fn a_hand_edited_output_renders_its_document_again_and_no_other() {
    if !needs_pdf("a_hand_edited_output_renders_its_document_again_and_no_other") {
        return;
    }
    let work = tempfile::tempdir().unwrap();
    let out = work.path().join("out");
    assert_eq!(code(&build_into(&out, &[], &[])), 0);
    let pdf = out.join("atelier-zenne/fr.pdf");
    let built = fs::read(&pdf).unwrap();
    let mut edited = built.clone();
    edited.extend(b"%%EOF\n");
    fs::write(&pdf, edited).unwrap();

    let o = build_into(&out, &[], &["--check"]);
    assert_eq!(code(&o), 1, "{}", stderr(&o));
    assert_eq!(stdout(&o), format!("differs: {}\n", pdf.display()));
    assert!(
        stderr(&o).contains("1 of 12 outputs are stale"),
        "{}",
        stderr(&o)
    );
    // The French document (Markdown, page, PDF) is rendered; the three others are known.
    let o = build_into(&out, &[], &[]);
    assert!(
        stderr(&o).contains(&format!("wrote 1 file(s), 11 unchanged {}", known(9))),
        "{}",
        stderr(&o)
    );
    assert_eq!(fs::read(&pdf).unwrap(), built);
    let o = build_into(&out, &[], &["--check"]);
    assert!(
        stderr(&o).contains(&format!("12 outputs up to date {}", known(12))),
        "{}",
        stderr(&o)
    );
}

#[test]
fn a_missing_unreadable_or_foreign_record_means_rendering_everything() {
    let work = tempfile::tempdir().unwrap();
    let out = work.path().join("out");
    let args = ["--format", "md,html"];
    assert_eq!(code(&build_into(&out, &[], &args)), 0);
    let record = out.join(RECORD);
    let good = read(&record);
    let foreign = {
        let line = good.lines().find(|l| l.contains("\"notice\"")).unwrap();
        good.replace(line, "  \"notice\": \"0.0.1+0000000000000000\",")
    };
    let entry_lies = {
        let at = good.find("\"sha256\": \"sha256:").unwrap() + "\"sha256\": \"sha256:".len();
        let mut s = good.clone();
        let digit = if &s[at..=at] == "0" { "1" } else { "0" };
        s.replace_range(at..=at, digit);
        s
    };
    // (how the record is damaged, whether the build warns about it)
    type Damage<'a> = Box<dyn Fn() + 'a>;
    let cases: [(&str, Damage, bool); 6] = [
        (
            "missing",
            Box::new(|| fs::remove_file(&record).unwrap()),
            false,
        ),
        (
            "not JSON",
            Box::new(|| fs::write(&record, "{ not json").unwrap()),
            true,
        ),
        (
            "cut short",
            Box::new(|| fs::write(&record, &good[..good.len() / 2]).unwrap()),
            true,
        ),
        (
            "written by another build of notice",
            Box::new(|| fs::write(&record, &foreign).unwrap()),
            false,
        ),
        (
            "a pipe",
            Box::new(|| {
                fs::remove_file(&record).unwrap();
                let made = std::process::Command::new("mkfifo")
                    .arg(&record)
                    .status()
                    .unwrap();
                assert!(made.success());
            }),
            true,
        ),
        (
            "an entry whose file holds other bytes",
            Box::new(|| fs::write(&record, &entry_lies).unwrap()),
            false,
        ),
    ];
    for (what, damage, warns) in cases {
        damage();
        let o = build_into(&out, &[], &[&args[..], &["--check"]].concat());
        assert_eq!(code(&o), 0, "{what}: {}{}", stdout(&o), stderr(&o));
        let err = stderr(&o);
        // Only the one entry that disagrees with its file stops its document from being known.
        let expected = if what.starts_with("an entry") {
            format!("8 outputs up to date {}", known(6))
        } else {
            "8 outputs up to date\n".to_owned()
        };
        assert!(err.contains(&expected), "{what}: {err}");
        assert_eq!(
            err.contains("the build record cannot be used"),
            warns,
            "{what}: {err}"
        );
        if what == "a pipe" {
            // `--check` did not block on it; a build refuses it as it refuses any output that
            // is not a regular file, and writes the record once it is gone.
            let o = build_into(&out, &[], &args);
            assert_eq!(code(&o), 2, "{what}: {}", stderr(&o));
            assert!(
                stderr(&o).contains("cannot compare the output: it is not a regular file"),
                "{}",
                stderr(&o)
            );
            fs::remove_file(&record).unwrap();
        }
        let o = build_into(&out, &[], &args);
        assert_eq!(code(&o), 0, "{what}: {}", stderr(&o));
        assert!(
            stderr(&o).contains("wrote 0 file(s), 8 unchanged"),
            "{what}: {}",
            stderr(&o)
        );
        assert_eq!(read(&record), good, "{what}: the build rewrites the record");
    }
}

#[test]
fn a_changed_input_or_option_is_rendered_and_compared() {
    if !needs_pdf("a_changed_input_or_option_is_rendered_and_compared") {
        return;
    }
    let work = tempfile::tempdir().unwrap();
    let out = work.path().join("out");
    let decl = demo_variant(work.path(), "acme.yaml", &[], "");
    let d = decl.to_str().unwrap();
    let (templates, locales) = (work.path().join("templates"), work.path().join("locales"));
    fs::create_dir_all(&templates).unwrap();
    fs::create_dir_all(locales.join("en")).unwrap();
    let t = templates.to_str().unwrap();
    let l = locales.to_str().unwrap();
    let base = [
        "--lang",
        "en",
        "--format",
        "md,html,fragment,pdf",
        "--templates",
        t,
        "--locales",
        l,
    ];
    let check = |extra: &[&str], env: &[(&str, &str)]| {
        let o_args = [
            &["build", d, "--out", out.to_str().unwrap(), "--check"][..],
            &base,
            extra,
        ]
        .concat();
        notice_with_env(&o_args, env)
    };
    let build = |extra: &[&str]| build_into(&out, &[d], &[&base[..], extra].concat());
    assert_eq!(code(&build(&[])), 0);
    let up_to_date = check(&[], &[]);
    assert!(
        stderr(&up_to_date).contains(&known(4)),
        "{}",
        stderr(&up_to_date)
    );
    let stale = |o: &std::process::Output| -> Vec<String> {
        assert_eq!(code(o), 1, "{}", stderr(o));
        stdout(o)
            .lines()
            .map(|l| {
                let name = Path::new(l.rsplit(' ').next().unwrap());
                name.file_name().unwrap().to_string_lossy().into_owned()
            })
            .collect()
    };
    let all = ["en.fragment.html", "en.html", "en.md", "en.pdf"];
    let page_and_fragment = ["en.fragment.html", "en.html"];

    // Options: each changes only what it decides.
    assert_eq!(
        stale(&check(&["--fragment-toc"], &[])),
        ["en.fragment.html"]
    );
    assert_eq!(
        stale(&check(&["--fragment-heading-level", "2"], &[])),
        ["en.fragment.html"]
    );
    assert_eq!(
        stale(&check(&[], &[("SOURCE_DATE_EPOCH", "1767225600")])),
        ["en.pdf"]
    );
    // Without the PDF in the run, the page and the fragment no longer link to it.
    let o = notice_with_env(
        &[
            "build",
            d,
            "--out",
            out.to_str().unwrap(),
            "--check",
            "--lang",
            "en",
            "--format",
            "md,html,fragment",
            "--templates",
            t,
            "--locales",
            l,
        ],
        &[],
    );
    assert_eq!(stale(&o), page_and_fragment);

    // Files: a template, a locale message, a file the PDF template draws, the declaration.
    fs::write(
        templates.join("page.html.j2"),
        read(&root().join("templates/page.html.j2")).replace("</body>", "<!-- x --></body>"),
    )
    .unwrap();
    assert_eq!(stale(&check(&[], &[])), ["en.html"]);
    fs::remove_file(templates.join("page.html.j2")).unwrap();
    fs::write(
        templates.join("logo.png"),
        fs::read(fixture("build/logo.png")).unwrap(),
    )
    .unwrap();
    assert_eq!(stale(&check(&[], &[])), ["en.pdf"]);
    fs::remove_file(templates.join("logo.png")).unwrap();
    fs::write(
        locales.join("en/page.ftl"),
        "page-pdf = The notice as a PDF file\n",
    )
    .unwrap();
    assert_eq!(stale(&check(&[], &[])), page_and_fragment);
    fs::remove_file(locales.join("en/page.ftl")).unwrap();
    fs::write(
        &decl,
        read(&decl).replace("Atelier Zenne SRL", "Atelier Zenne BV"),
    )
    .unwrap();
    assert_eq!(stale(&check(&[], &[])), all);

    // Each time, the build writes what changed and the record follows.
    assert_eq!(code(&build(&[])), 0);
    let o = check(&[], &[]);
    assert!(stderr(&o).contains(&known(4)), "{}", stderr(&o));
}

#[test]
fn a_template_change_that_leaves_the_outputs_alone_renders_but_writes_nothing() {
    let work = tempfile::tempdir().unwrap();
    let (out, templates) = (work.path().join("out"), work.path().join("templates"));
    fs::create_dir_all(&templates).unwrap();
    let t = [
        "--format",
        "md,html",
        "--templates",
        templates.to_str().unwrap(),
    ];
    assert_eq!(code(&build_into(&out, &[], &t)), 0);
    // A comment changes the template, not what it writes.
    fs::write(
        templates.join("notice.md.j2"),
        format!(
            "{{# a comment #}}{}",
            read(&root().join("templates/notice.md.j2"))
        ),
    )
    .unwrap();
    let o = build_into(&out, &[], &[&t[..], &["--check"]].concat());
    assert!(
        stderr(&o).contains("8 outputs up to date\n"),
        "{}",
        stderr(&o)
    );
    let o = build_into(&out, &[], &t);
    assert!(
        stderr(&o).contains("wrote 0 file(s), 8 unchanged, for"),
        "{}",
        stderr(&o)
    );
    let o = build_into(&out, &[], &[&t[..], &["--check"]].concat());
    assert!(stderr(&o).contains(&known(8)), "{}", stderr(&o));
}

#[test]
fn the_record_is_the_same_whatever_the_folders_and_the_order_of_builds() {
    let work = tempfile::tempdir().unwrap();
    let (a, b) = (work.path().join("a"), work.path().join("b"));
    // The same templates in two places: the record names neither place.
    let builtin = read(&root().join("templates/notice.css"));
    for dir in ["t1", "nested/t2"] {
        let t = work.path().join(dir);
        fs::create_dir_all(&t).unwrap();
        fs::write(t.join("notice.css"), &builtin).unwrap();
    }
    let t1 = work.path().join("t1");
    let t2 = work.path().join("nested/t2");
    let with =
        |t: &Path| ["--format", "md,html", "--templates", t.to_str().unwrap()].map(str::to_owned);
    // One build into `a`; into `b`, one language first, then the others.
    assert_eq!(code(&build_into(&a, &[], &strs(&with(&t1)))), 0);
    let fr = [&with(&t2)[..], &["--lang".into(), "fr".into()]].concat();
    assert_eq!(code(&build_into(&b, &[], &strs(&fr))), 0);
    let o = build_into(&b, &[], &strs(&with(&t2)));
    assert!(stderr(&o).contains(&known(2)), "{}", stderr(&o));
    let record = read(&a.join(RECORD));
    assert_eq!(record, read(&b.join(RECORD)));

    // Sorted by output, no date or place in it.
    let json: serde_json::Value = serde_json::from_str(&record).unwrap();
    let outputs: Vec<&String> = json["outputs"].as_object().unwrap().keys().collect();
    let mut sorted = outputs.clone();
    sorted.sort();
    assert_eq!(outputs, sorted);
    assert_eq!(outputs.len(), 8);
    assert!(!record.contains(work.path().to_str().unwrap()));

    // A build with nothing to do leaves it untouched, its time included.
    let before = fs::metadata(a.join(RECORD)).unwrap().modified().unwrap();
    let o = build_into(&a, &[], &strs(&with(&t1)));
    assert!(stderr(&o).contains("wrote 0 file(s)"), "{}", stderr(&o));
    assert_eq!(
        fs::metadata(a.join(RECORD)).unwrap().modified().unwrap(),
        before
    );
}

#[test]
fn an_archive_gets_its_copies_even_when_the_outputs_are_up_to_date() {
    let work = tempfile::tempdir().unwrap();
    let out = work.path().join("out");
    assert_eq!(code(&build_into(&out, &[], &["--format", "md"])), 0);
    let o = build_into(&out, &[], &["--format", "md", "--archive", "--check"]);
    assert_eq!(code(&o), 1, "{}", stderr(&o));
    assert_eq!(stdout(&o).matches("missing: ").count(), 5, "{}", stdout(&o));
    let o = build_into(&out, &[], &["--format", "md", "--archive"]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let versions = out.join("atelier-zenne/versions");
    let version = fs::read_dir(&versions)
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .path();
    for lang in ["fr", "nl", "en", "de"] {
        assert_eq!(
            fs::read(version.join(format!("{lang}.md"))).unwrap(),
            fs::read(out.join(format!("atelier-zenne/{lang}.md"))).unwrap()
        );
    }
    // Archived, the documents are known again.
    let o = build_into(&out, &[], &["--format", "md", "--archive", "--check"]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert!(stderr(&o).contains(&known(4)), "{}", stderr(&o));
}

#[test]
fn what_rendering_warned_about_is_said_again_when_the_record_answers() {
    if !needs_pdf("what_rendering_warned_about_is_said_again_when_the_record_answers") {
        return;
    }
    let work = tempfile::tempdir().unwrap();
    let out = work.path().join("out");
    // An emoji no embedded font has: the PDF shows a placeholder, and the build warns.
    let decl = demo_variant(
        work.path(),
        "acme.yaml",
        &[("en: surname, first name", "en: surname 🚲, first name")],
        "",
    );
    let args = ["--format", "md,pdf", "--lang", "en"];
    let warning = "acme.yaml: warning: atelier-zenne/en.pdf: no font has 🚲 (U+1F6B2)";
    let o = build_into(&out, &[decl.to_str().unwrap()], &args);
    assert!(stderr(&o).contains(warning), "{}", stderr(&o));
    let check = [&args[..], &["--check"]].concat();
    for extra in [&args[..], &check] {
        let o = build_into(&out, &[decl.to_str().unwrap()], extra);
        assert_eq!(code(&o), 0, "{}", stderr(&o));
        assert!(stderr(&o).contains(&known(2)), "{}", stderr(&o));
        assert_eq!(stderr(&o).matches(warning).count(), 1, "{}", stderr(&o));
    }
}
