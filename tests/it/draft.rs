//! `build --draft`: a preview despite error-level findings, marked as a draft in every format,
//! with the findings at its end, and never over outputs that may be published.

use std::fs;
use std::path::Path;

use crate::build::build_into;
use crate::common::{ALL_FORMATS, code, demo_variant, files, needs_pdf, read, stderr};

/// The demo with one error: a purpose without a legal basis (N201).
fn with_an_error(dir: &Path) -> String {
    let path = demo_variant(
        dir,
        "draft.yaml",
        &[(
            "    legal_basis: contract\n    data_subjects: [customers]\n",
            "    data_subjects: [customers]\n",
        )],
        "",
    );
    path.to_str().unwrap().to_owned()
}

#[test]
fn a_draft_is_built_despite_errors_and_says_so_in_every_format() {
    let dir = tempfile::tempdir().unwrap();
    let decl = with_an_error(dir.path());
    let out = dir.path().join("drafts");
    // Without --draft, nothing is written, and the message says how to preview anyway.
    let o = build_into(&out, &[&decl], &[]);
    assert_eq!(code(&o), 1, "{}", stderr(&o));
    assert!(
        stderr(&o).contains("`--draft` builds a preview anyway"),
        "{}",
        stderr(&o)
    );
    assert!(!out.exists());

    let o = build_into(&out, &[&decl], &["--draft", "--format", ALL_FORMATS]);
    // Written, but the run still fails: the error is there.
    assert_eq!(code(&o), 1, "{}", stderr(&o));
    assert!(
        stderr(&o).contains("these are drafts, not for publication: 1 error"),
        "{}",
        stderr(&o)
    );
    let notice = out.join("atelier-zenne");
    for (lang, banner, heading) in [
        (
            "fr",
            "> **Projet — ne pas publier.**",
            "## Points à corriger avant publication",
        ),
        (
            "nl",
            "> **Ontwerp — niet publiceren.**",
            "## Bevindingen die vóór publicatie moeten worden verholpen",
        ),
        (
            "en",
            "> **Draft — not for publication.**",
            "## Findings to resolve before publication",
        ),
        (
            "de",
            "> **Entwurf – nicht zur Veröffentlichung.**",
            "## Vor der Veröffentlichung zu behebende Feststellungen",
        ),
    ] {
        let md = read(&notice.join(format!("{lang}.md")));
        let (b, first) = (md.find(banner), md.find("\n## ").unwrap());
        assert!(
            b.is_some_and(|b| b < first),
            "the banner opens the {lang} notice:\n{md}"
        );
        // The findings close the notice, each with its rule, article and place.
        let end = md
            .find(heading)
            .unwrap_or_else(|| panic!("{heading} in\n{md}"));
        assert!(
            md[end..].lines().skip(1).all(|l| !l.starts_with("## ")),
            "last section"
        );
        assert!(
            md[end..].contains("- **error\\[N201\\]** (Art. 13(1)(c), 14(1)(c)), ")
                && md[end..].contains(
                    "draft.yaml:211:5: purpose \\`orders\\` has no legal basis\\\n  help: add"
                ),
            "{}",
            &md[end..]
        );
        for page in [format!("{lang}.html"), format!("{lang}.fragment.html")] {
            let html = read(&notice.join(&page));
            let plain = banner.trim_start_matches("> **").trim_end_matches("**");
            assert!(
                html.contains(&format!("<blockquote>\n<p><strong>{plain}</strong>")),
                "{page}"
            );
            assert!(html.contains("N201"), "{page}");
        }
        // Search engines are asked to leave the page out.
        assert!(
            read(&notice.join(format!("{lang}.html")))
                .contains(r#"<meta name="robots" content="noindex">"#)
        );
    }
    // The folder is marked as holding drafts; a build that is not a draft does not mark it.
    assert!(out.join(".notice-draft").is_file());
    assert!(
        stderr(&o).contains(if cfg!(feature = "pdf") {
            "wrote 16 file(s)"
        } else {
            "wrote 12 file(s)"
        }),
        "the mark is not an output: {}",
        stderr(&o)
    );
    if needs_pdf("a_draft_is_built_despite_errors_and_says_so_in_every_format") {
        draft_pdf_is_marked_on_every_page(&notice.join("en.pdf"));
    }
}

/// Every page of the PDF carries the mark at its top, and the findings are in it.
#[cfg(feature = "pdf")]
fn draft_pdf_is_marked_on_every_page(pdf: &Path) {
    use crate::pdf::{pdf_text, poppler};
    let (info, _) = poppler("pdfinfo", &[pdf.to_str().unwrap()]);
    let pages: usize = info
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .unwrap();
    let text = pdf_text(pdf);
    assert!(pages > 1);
    assert_eq!(
        text.matches("DRAFT — NOT FOR PUBLICATION").count(),
        pages,
        "{text}"
    );
    assert!(text.contains("error[N201]"));
}

#[cfg(not(feature = "pdf"))]
fn draft_pdf_is_marked_on_every_page(_: &Path) {}

#[test]
fn drafts_never_replace_published_outputs_unless_forced() {
    let dir = tempfile::tempdir().unwrap();
    let decl = with_an_error(dir.path());
    let site = dir.path().join("site");
    // A published build of the clean demo.
    let o = build_into(&site, &[], &["--format", "md"]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let before = read(&site.join("atelier-zenne/fr.md"));
    let o = build_into(&site, &[&decl], &["--draft", "--format", "md"]);
    assert_eq!(code(&o), 2, "{}", stderr(&o));
    assert!(
        stderr(&o).contains("refusing to write drafts into"),
        "{}",
        stderr(&o)
    );
    assert!(stderr(&o).contains("--force"), "{}", stderr(&o));
    assert_eq!(read(&site.join("atelier-zenne/fr.md")), before);
    // Forced, it writes, but leaves the folder unmarked: the next draft must be forced too.
    let o = build_into(&site, &[&decl], &["--draft", "--force", "--format", "md"]);
    assert_eq!(code(&o), 1, "{}", stderr(&o));
    assert!(read(&site.join("atelier-zenne/fr.md")).contains("Projet — ne pas publier"));
    assert!(!site.join(".notice-draft").exists());
    let o = build_into(&site, &[&decl], &["--draft", "--format", "md"]);
    assert_eq!(code(&o), 2, "{}", stderr(&o));
    // --force means nothing without --draft; drafts are never archived.
    assert_eq!(code(&build_into(&site, &[], &["--force"])), 2);
    assert_eq!(
        code(&build_into(&site, &[&decl], &["--draft", "--archive"])),
        2
    );
}

#[test]
fn a_folder_of_drafts_takes_drafts_and_becomes_published_with_a_real_build() {
    let dir = tempfile::tempdir().unwrap();
    let decl = with_an_error(dir.path());
    let out = dir.path().join("preview");
    for _ in 0..2 {
        let o = build_into(&out, &[&decl], &["--draft", "--format", "md"]);
        assert_eq!(code(&o), 1, "{}", stderr(&o));
    }
    // `--check --draft` compares drafts with drafts.
    let o = build_into(&out, &[&decl], &["--draft", "--check", "--format", "md"]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    // A clean declaration built as a draft says it has no finding, and lists none.
    let o = build_into(&out, &[], &["--draft", "--format", "md"]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let md = read(&out.join("atelier-zenne/en.md"));
    assert!(
        md.contains("`notice lint` reports no finding on the declaration."),
        "{md}"
    );
    assert!(!md.contains("Findings to resolve"));
    // The real build replaces the drafts and removes the mark.
    let o = build_into(&out, &[], &["--format", "md"]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert!(!out.join(".notice-draft").exists());
    assert!(!read(&out.join("atelier-zenne/en.md")).contains("Draft"));
    let outputs: Vec<_> = files(&out)
        .into_iter()
        .filter(|f| !f.starts_with(".notice-build.json"))
        .collect();
    assert_eq!(outputs.len(), 4, "{outputs:?}");
    let o = build_into(&out, &[&decl], &["--draft", "--format", "md"]);
    assert_eq!(code(&o), 2, "published now: {}", stderr(&o));
    fs::remove_dir_all(&out).unwrap();
}

#[test]
fn a_draft_page_is_marked_unpublished_in_the_front_matter_where_the_generator_can_be_told() {
    let dir = tempfile::tempdir().unwrap();
    let decl = with_an_error(dir.path());
    for (flavour, file, line) in [
        ("hugo", "index.en.md", Some("\ndraft = true\n+++\n")),
        ("jekyll", "en.md", Some("\npublished: false\n---\n")),
        ("mdx", "en.mdx", Some("\ndraft: true\n---\n")),
        ("mkdocs", "index.en.md", None),
    ] {
        let out = dir.path().join(flavour);
        let o = build_into(
            &out,
            &[&decl],
            &[
                "--draft",
                "--format",
                "md",
                "--lang",
                "en",
                "--markdown",
                flavour,
            ],
        );
        assert_eq!(code(&o), 1, "{flavour}: {}", stderr(&o));
        let md = read(&out.join("atelier-zenne").join(file));
        assert!(
            md.contains("> **Draft — not for publication.**"),
            "{flavour}: {md}"
        );
        match line {
            Some(line) => assert!(md.contains(line), "{flavour}: {md}"),
            None => assert!(
                !md.contains("draft:") && !md.contains("published:"),
                "{flavour}: {md}"
            ),
        }
    }
}
