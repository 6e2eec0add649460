//! Markdown flavours and front matter through the command line: the files each flavour writes,
//! what `notice.site` sets and the options override, the same bytes every run (so that
//! `--check` compares what matters), and the file names refused. The renderers themselves
//! read the files in `renderers`.

use std::path::Path;

use crate::build::build_into;
use crate::common::{code, files, read, root, stderr, stdout};

/// The demo declaration with `site` (indented lines of YAML) as its `notice.site`.
pub fn demo_with_site(site: &str) -> String {
    let demo = read(&root().join("notices/atelier-zenne.yaml"));
    let at = "  default_language: fr\n";
    assert!(demo.contains(at));
    demo.replacen(at, &format!("{at}  site:\n{site}"), 1)
}

/// The front matter of `file` (between its opening and closing fence), if it has one.
pub fn front_matter<'a>(file: &'a str, fence: &str) -> Option<&'a str> {
    let body = file.strip_prefix(fence)?.strip_prefix('\n')?;
    let end = body.find(&format!("\n{fence}\n"))?;
    Some(&body[..end + 1])
}

/// The outputs under `dir`, the build record aside.
fn names(dir: &Path) -> Vec<String> {
    files(dir)
        .iter()
        .map(|p| p.display().to_string())
        .filter(|p| !p.starts_with('.'))
        .collect()
}

#[test]
fn each_flavour_writes_its_files_and_front_matter() {
    // (flavour, the French file, its front matter's fence, a line of it)
    let cases = [
        ("commonmark", "fr.md", None, None),
        ("gfm", "fr.md", None, None),
        (
            "hugo",
            "index.fr.md",
            Some("+++"),
            Some("translationKey = \"atelier-zenne\""),
        ),
        (
            "jekyll",
            "fr.md",
            Some("---"),
            Some("translation_key: \"atelier-zenne\""),
        ),
        ("mkdocs", "index.fr.md", Some("---"), Some("lang: \"fr\"")),
        ("mdx", "fr.mdx", Some("---"), Some("date: 2026-03-01")),
    ];
    let work = tempfile::tempdir().unwrap();
    for (flavour, file, fence, line) in cases {
        let out = work.path().join(flavour);
        let o = build_into(&out, &[], &["--format", "md", "--markdown", flavour]);
        assert_eq!(code(&o), 0, "{flavour}: {}", stderr(&o));
        let expected: Vec<String> = ["de", "en", "fr", "nl"]
            .iter()
            .map(|l| format!("atelier-zenne/{}", file.replace("fr", l)))
            .collect();
        assert_eq!(names(&out), expected, "{flavour}");
        let md = read(&out.join("atelier-zenne").join(file));
        match (fence, line) {
            (Some(fence), Some(line)) => {
                let front = front_matter(&md, fence)
                    .unwrap_or_else(|| panic!("{flavour}: no front matter in\n{md}"));
                assert!(front.contains(&format!("{line}\n")), "{flavour}: {front}");
                assert!(
                    front.contains("title")
                        && front.contains("Déclaration de confidentialité — Atelier Zenne SRL"),
                    "{flavour}: {front}"
                );
                assert!(front.contains("2.0"), "{flavour}: no version in {front}");
            }
            _ => assert!(md.starts_with("# Déclaration"), "{flavour}: {md}"),
        }
        // Heading ids are written only where the renderer reads them after the words.
        let attributes = ["hugo", "jekyll", "mkdocs"].contains(&flavour);
        assert_eq!(
            md.contains("## En bref {#summary}\n"),
            attributes,
            "{flavour}"
        );
        assert!(attributes || !md.contains("{#"), "{flavour}: {md}");
        // The same bytes again: `--check` finds nothing to do.
        let o = build_into(
            &out,
            &[],
            &["--format", "md", "--markdown", flavour, "--check"],
        );
        assert_eq!(code(&o), 0, "{flavour}: {}{}", stdout(&o), stderr(&o));
    }
    // Another flavour into the same folder is another file, or the same file with other
    // bytes: `--check` reports it.
    let o = build_into(
        &work.path().join("gfm"),
        &[],
        &["--format", "md", "--markdown", "jekyll", "--check"],
    );
    assert_eq!(code(&o), 1, "{}", stderr(&o));
    assert!(stdout(&o).contains("atelier-zenne/fr.md"), "{}", stdout(&o));
}

#[test]
fn the_default_is_gfm_unless_the_declaration_says_otherwise() {
    let work = tempfile::tempdir().unwrap();
    let o = build_into(work.path(), &[], &["--format", "md", "--lang", "fr"]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let md = read(&work.path().join("atelier-zenne/fr.md"));
    assert!(md.contains("\n## En bref\n") && !md.contains("{#"), "{md}");
    let decl = work.path().join("site.yaml");
    std::fs::write(&decl, demo_with_site("    markdown: hugo\n")).unwrap();
    let out = work.path().join("site");
    let o = build_into(&out, &[decl.to_str().unwrap()], &["--format", "md"]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert!(out.join("atelier-zenne/index.fr.md").is_file());
    // The option wins over the declaration.
    let o = build_into(
        &out,
        &[decl.to_str().unwrap()],
        &["--format", "md", "--markdown", "gfm", "--check"],
    );
    assert_eq!(code(&o), 1);
    assert!(
        stdout(&o).contains("missing: ") && stdout(&o).contains("atelier-zenne/fr.md"),
        "{}",
        stdout(&o)
    );
}

#[test]
fn the_declaration_sets_the_front_matter_and_the_options_override_it() {
    let work = tempfile::tempdir().unwrap();
    let decl = work.path().join("site.yaml");
    std::fs::write(
        &decl,
        demo_with_site(
            "    markdown: jekyll
    translation_key: privacy
    permalink: /{lang}/{id}/
    file_name: privacy.{lang}.md
    description:
      fr: \"Comment l'atelier traite « vos » données: \\\"tout\\\".\"
      nl: Hoe het atelier uw gegevens verwerkt.
      en: How the workshop handles your data.
      de: Wie das Atelier Ihre Daten verarbeitet.
",
        ),
    )
    .unwrap();
    let d = decl.to_str().unwrap();
    let out = work.path().join("out");
    let o = build_into(&out, &[d], &["--format", "md"]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let md = read(&out.join("atelier-zenne/privacy.fr.md"));
    let front: serde_yaml::Value =
        serde_yaml::from_str(front_matter(&md, "---").expect("front matter")).unwrap();
    let field = |k: &str| front[k].as_str().map(str::to_owned);
    assert_eq!(
        field("description").as_deref(),
        Some("Comment l'atelier traite « vos » données: \"tout\".")
    );
    assert_eq!(field("translation_key").as_deref(), Some("privacy"));
    assert_eq!(field("permalink").as_deref(), Some("/fr/atelier-zenne/"));
    assert_eq!(field("lang").as_deref(), Some("fr"));
    assert_eq!(field("version").as_deref(), Some("2.0"));
    // Each language has its own description and address.
    let nl = read(&out.join("atelier-zenne/privacy.nl.md"));
    assert!(
        nl.contains("description: \"Hoe het atelier uw gegevens verwerkt.\"\n")
            && nl.contains("permalink: \"/nl/atelier-zenne/\"\n"),
        "{nl}"
    );
    // Options in place of the declaration's fields.
    let over = work.path().join("over");
    let o = build_into(
        &over,
        &[d],
        &[
            "--format",
            "md",
            "--markdown",
            "hugo",
            "--front-matter",
            "yaml",
            "--permalink",
            "/privacy/{lang}/",
            "--markdown-file",
            "{lang}.md",
        ],
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let md = read(&over.join("atelier-zenne/en.md"));
    let front = front_matter(&md, "---").expect("YAML front matter");
    assert!(
        front.contains("url: \"/privacy/en/\"\n")
            && front.contains("translationKey: \"privacy\"\n"),
        "{front}"
    );
    assert!(md.contains("## In brief {#summary}\n"), "{md}");
    let o = build_into(
        &over,
        &[d],
        &["--format", "md", "--front-matter", "none", "--lang", "en"],
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert!(read(&over.join("atelier-zenne/privacy.en.md")).starts_with("# Privacy notice"));
    // What the declaration gives for the front matter is not dropped without a word.
    for field in ["description", "translation_key", "permalink"] {
        assert!(
            stderr(&o).contains(&format!("`notice.site.{field}` is not written")),
            "{field}: {}",
            stderr(&o)
        );
    }
}

#[test]
fn a_file_name_that_is_not_one_or_that_languages_would_share_is_refused() {
    let work = tempfile::tempdir().unwrap();
    for (file, langs, message) in [
        ("../{lang}.md", "fr,nl", "is not a file name"),
        ("sub/{lang}.md", "fr", "is not a file name"),
        (".{lang}.md", "fr", "is not a file name"),
        (
            "{language}.md",
            "fr",
            "a placeholder other than {lang} and {id}",
        ),
        ("privacy.mdx", "fr,nl", "has no {lang}, so the 2 languages"),
    ] {
        let out = work.path().join("out");
        let o = build_into(
            &out,
            &[],
            &[
                "--format",
                "md,html",
                "--markdown-file",
                file,
                "--lang",
                langs,
            ],
        );
        assert_eq!(code(&o), 2, "{file}: {}", stderr(&o));
        assert!(stderr(&o).contains(message), "{file}: {}", stderr(&o));
        assert!(
            !out.exists() || files(&out).is_empty(),
            "{file}: wrote something"
        );
    }
    let o = build_into(
        &work.path().join("permalink"),
        &[],
        &["--format", "md", "--permalink", "/{locale}/"],
    );
    assert_eq!(code(&o), 2, "{}", stderr(&o));
    // Three pages at one address would overwrite each other on the site.
    let o = build_into(
        &work.path().join("permalink"),
        &[],
        &[
            "--format",
            "md",
            "--markdown",
            "hugo",
            "--permalink",
            "/privacy/",
        ],
    );
    assert_eq!(code(&o), 2, "{}", stderr(&o));
    assert!(
        stderr(&o).contains("would be published at one address"),
        "{}",
        stderr(&o)
    );
    assert!(!work.path().join("permalink").exists());
    let o = build_into(
        &work.path().join("permalink"),
        &[],
        &[
            "--format",
            "md",
            "--markdown",
            "hugo",
            "--permalink",
            "/privacy/",
            "--lang",
            "nl",
        ],
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    // One language per folder takes a name without {lang}, as Docusaurus needs.
    let out = work.path().join("docusaurus");
    let o = build_into(
        &out,
        &[],
        &[
            "--format",
            "md",
            "--markdown",
            "mdx",
            "--markdown-file",
            "privacy.mdx",
            "--lang",
            "nl",
        ],
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert_eq!(names(&out), ["atelier-zenne/privacy.mdx"]);
}

#[test]
fn the_build_record_knows_the_options_that_change_the_markdown() {
    let work = tempfile::tempdir().unwrap();
    let out = work.path().join("out");
    let fr = out.join("atelier-zenne/fr.md");
    let o = build_into(&out, &[], &["--format", "md", "--lang", "fr"]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert!(read(&fr).starts_with("# "));
    // Same declaration, same file name: only the option differs, and the file is rewritten.
    let base = ["--format", "md", "--lang", "fr"];
    for (extra, start) in [
        (&["--front-matter", "yaml"][..], "---\n"),
        (
            &["--front-matter", "yaml", "--permalink", "/{lang}/p/"][..],
            "---\n",
        ),
        (&["--markdown", "commonmark"][..], "# "),
    ] {
        let args = [&base[..], extra].concat();
        let o = build_into(&out, &[], &args);
        assert_eq!(code(&o), 0, "{extra:?}: {}", stderr(&o));
        assert!(read(&fr).starts_with(start), "{extra:?}");
        let o = build_into(&out, &[], &[&args[..], &["--check"]].concat());
        assert_eq!(code(&o), 0, "{extra:?}: {}", stdout(&o));
    }
    assert!(read(&fr).contains("\n## En bref\n"));
    let permalinked = build_into(
        &out,
        &[],
        &[
            "--format",
            "md",
            "--lang",
            "fr",
            "--front-matter",
            "yaml",
            "--permalink",
            "/{lang}/q/",
            "--check",
        ],
    );
    assert_eq!(code(&permalinked), 1, "{}", stdout(&permalinked));
}
