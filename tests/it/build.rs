//! `notice build`: outputs per language and format, sections derived from the law, determinism,
//! `--check`, overrides, and errors that write nothing.

use std::fs;
use std::path::Path;

use crate::common::{
    code, files, fixture, needs_pdf, notice, read, root, snapshot, split_data_block, stderr, stdout,
};

/// The options that write the `.md` files as the notice's own Markdown, heading ids included
/// (`## Rights {#rights}`), under the usual names: the tests that find a section by its id.
pub const WITH_IDS: [&str; 8] = [
    "--format",
    "md",
    "--markdown",
    "hugo",
    "--markdown-file",
    "{lang}.md",
    "--front-matter",
    "none",
];

/// `notice build INPUTS… --out OUT EXTRA…`; the robustness tests use it too.
pub fn build_into(out: &Path, inputs: &[&str], extra: &[&str]) -> std::process::Output {
    let out_s = out.to_str().unwrap();
    let mut args = vec!["build"];
    args.extend_from_slice(inputs);
    args.extend_from_slice(&["--out", out_s]);
    args.extend_from_slice(extra);
    notice(&args)
}

#[test]
fn demo_builds_every_language_in_every_format() {
    if !needs_pdf("demo_builds_every_language_in_every_format") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let o = build_into(dir.path(), &[], &[]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let names: Vec<String> = files(dir.path())
        .iter()
        .map(|p| p.display().to_string())
        .collect();
    assert_eq!(
        names,
        [
            // What each output was made from, for the next build (see "The build record").
            ".notice-build.json",
            "atelier-zenne/de.html",
            "atelier-zenne/de.md",
            "atelier-zenne/de.pdf",
            "atelier-zenne/en.html",
            "atelier-zenne/en.md",
            "atelier-zenne/en.pdf",
            "atelier-zenne/fr.html",
            "atelier-zenne/fr.md",
            "atelier-zenne/fr.pdf",
            "atelier-zenne/nl.html",
            "atelier-zenne/nl.md",
            "atelier-zenne/nl.pdf"
        ]
    );
    for lang in ["fr", "nl", "en", "de"] {
        let md = read(&dir.path().join(format!("atelier-zenne/{lang}.md")));
        snapshot(&format!("atelier-zenne/{lang}.md"), &md);
    }
    for lang in ["fr", "de"] {
        snapshot(
            &format!("atelier-zenne/{lang}.html"),
            &read(&dir.path().join(format!("atelier-zenne/{lang}.html"))),
        );
    }
}

#[test]
fn demo_markdown_uses_each_language_official_terms() {
    let dir = tempfile::tempdir().unwrap();
    assert_eq!(code(&build_into(dir.path(), &[], &["--format", "md"])), 0);
    let md = |l: &str| read(&dir.path().join(format!("atelier-zenne/{l}.md")));
    let (fr, nl, en) = (md("fr"), md("nl"), md("en"));
    for term in [
        "responsable du traitement",
        "données à caractère personnel",
        "Droit à la limitation du traitement",
        "Droit à la portabilité des données",
        "Droit d'opposition",
        "article 21, paragraphe 1, du RGPD",
        "1 mois après l'enregistrement",
        "7 ans après la clôture de l'exercice comptable",
        "Autorité de protection des données",
    ] {
        assert!(fr.contains(term), "fr lacks {term:?}");
    }
    for term in [
        "verwerkingsverantwoordelijke",
        "persoonsgegevens",
        "Recht op beperking van de verwerking",
        "Recht op overdraagbaarheid van gegevens",
        "Recht van bezwaar",
        "artikel 21, lid 1, AVG",
        "1 maand na de opname",
        "7 jaar na de afsluiting van het boekjaar",
        "Gegevensbeschermingsautoriteit",
    ] {
        assert!(nl.contains(term), "nl lacks {term:?}");
    }
    for term in [
        "controller",
        "Right to restriction of processing",
        "Article 21(1) GDPR",
        "13 months after collection",
        "Data Protection Authority",
    ] {
        assert!(en.contains(term), "en lacks {term:?}");
    }
    // German in the terms of the German-language GDPR, with the authority's German name.
    let de = md("de");
    for term in [
        "Verantwortlicher",
        "Auftragsverarbeiter",
        "personenbezogenen Daten",
        "Betroffene Personen",
        "Berechtigte Interessen",
        "Einwilligung",
        "Recht auf Einschränkung der Verarbeitung",
        "Recht auf Datenübertragbarkeit",
        "Widerspruchsrecht",
        "Art. 21 Abs. 1 DSGVO",
        "Art. 46 Abs. 2 Buchst. c DSGVO",
        "1 Monat nach der Aufzeichnung",
        "7 Jahre nach dem Ende des Geschäftsjahres",
        "Aufsichtsbehörde",
        "**Datenschutzbehörde**",
        "siehe „Ihr Widerspruchsrecht“",
        "Vereinigte Staaten und Schweiz",
        "Gültig ab dem 1. März 2026",
    ] {
        assert!(de.contains(term), "de lacks {term:?}");
    }
    // Nothing English or French from the fixed text or the reference data.
    for word in [
        " the ",
        " and ",
        " of ",
        "GDPR",
        "RGPD",
        "AVG",
        "Article",
        "Belgium",
        "Belgique",
        "United States",
        "Data Protection Authority",
        "Brussels",
        "Bruxelles\n",
        "”",
        "«",
    ] {
        assert!(!de.contains(word), "de has {word:?}");
    }
    // The English notice must not borrow the Dutch abbreviation of the Belgian authority.
    assert!(!en.contains("(GBA)"));
    assert!(fr.contains("(APD)") && nl.contains("(GBA)"));
}

/// Punctuation takes the style of the word before it: a colon that follows a bold label is bold
/// too, in every language, in the demo and in the reference examples.
#[test]
fn a_colon_after_a_bold_label_is_inside_the_bold() {
    let dir = tempfile::tempdir().unwrap();
    assert_eq!(code(&build_into(dir.path(), &[], &["--format", "md"])), 0);
    let mut notices = Vec::new();
    for lang in ["fr", "nl", "en"] {
        notices.push(dir.path().join(format!("atelier-zenne/{lang}.md")));
        for org in ["damnet", "c-dot", "comnexio"] {
            notices.push(root().join(format!("examples/{org}/{lang}.md")));
        }
    }
    for path in notices {
        let md = read(&path);
        for outside in ["**:", "** :", "**\u{a0}:"] {
            assert!(!md.contains(outside), "{}: `{outside}`", path.display());
        }
    }
    let fr = read(&dir.path().join("atelier-zenne/fr.md"));
    for inside in [
        "- **Identité\u{a0}:** nom",
        "- **Exécution d'un contrat\u{a0}:**\n",
        "- **Droit d'accès\u{a0}:** ",
        "**Autorités publiques\u{a0}:**",
        // After a bracket, the colon is not bold.
        "- **Nordhost BV** (Pays-Bas)\u{a0}: hébergement",
    ] {
        assert!(fr.contains(inside), "fr lacks {inside:?}");
    }
}

#[test]
fn html_pages_are_standalone_and_link_each_other() {
    let dir = tempfile::tempdir().unwrap();
    assert_eq!(
        code(&build_into(dir.path(), &[], &["--format", "html,fragment"])),
        0
    );
    for lang in ["fr", "nl", "en"] {
        let page = read(&dir.path().join(format!("atelier-zenne/{lang}.html")));
        assert!(page.starts_with("<!DOCTYPE html>\n<html lang=\""), "{lang}");
        assert!(page.contains(&format!("<html lang=\"{lang}\">")));
        assert!(
            page.contains(
                r#"<meta name="viewport" content="width=device-width, initial-scale=1">"#
            )
        );
        for other in ["fr", "nl", "en"] {
            let alt = format!(
                r#"<link rel="alternate" hreflang="{other}" href="https://www.atelier-zenne.example/privacy/{other}.html">"#
            );
            assert!(page.contains(&alt), "{lang} lacks {alt}");
        }
        assert!(page.contains(
            r#"hreflang="x-default" href="https://www.atelier-zenne.example/privacy/fr.html""#
        ));
        assert!(page.contains(r#"aria-current="page""#));
        // Nothing is fetched or run: no script but the JSON-LD data block, no image, frame,
        // external style sheet or font.
        let (page, block) = split_data_block(&page).unwrap();
        assert!(block.is_some(), "{lang}: no JSON-LD");
        for forbidden in [
            "<script",
            "<img",
            "<iframe",
            "<link rel=\"stylesheet\"",
            "src=",
            "@import",
            "url(",
        ] {
            assert!(
                !page.contains(forbidden),
                "{lang} page contains {forbidden}"
            );
        }
        assert!(page.contains("<style>"));
        let fragment = read(
            &dir.path()
                .join(format!("atelier-zenne/{lang}.fragment.html")),
        );
        assert!(fragment.starts_with(&format!("<article class=\"notice\" lang=\"{lang}\">")));
        assert!(!fragment.contains("<html") && !fragment.contains("<style"));
        assert!(fragment.contains(r#"<h2 id="rights">"#));
    }
}

#[test]
fn two_builds_are_byte_identical() {
    let (a, b) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    assert_eq!(
        code(&build_into(
            a.path(),
            &[],
            &["--format", "md,html,fragment,json"]
        )),
        0
    );
    assert_eq!(
        code(&build_into(
            b.path(),
            &[],
            &["--format", "md,html,fragment,json"]
        )),
        0
    );
    let fa = files(a.path());
    assert_eq!(fa, files(b.path()));
    for f in fa {
        assert_eq!(
            fs::read(a.path().join(&f)).unwrap(),
            fs::read(b.path().join(&f)).unwrap(),
            "{}",
            f.display()
        );
    }
}

#[test]
fn check_passes_on_a_fresh_build_and_fails_when_stale() {
    let work = tempfile::tempdir().unwrap();
    let decl = work.path().join("n.yaml");
    fs::copy(root().join("notices/atelier-zenne.yaml"), &decl).unwrap();
    let out = work.path().join("out");
    let d = decl.to_str().unwrap();
    assert_eq!(code(&build_into(&out, &[d], &[])), 0);
    let o = build_into(&out, &[d], &["--check"]);
    assert_eq!(code(&o), 0, "{}{}", stdout(&o), stderr(&o));
    assert!(stdout(&o).is_empty());
    // A changed declaration makes every language stale.
    let text = read(&decl).replace("en: Sales and repairs", "en: Sales and bicycle repairs");
    fs::write(&decl, text).unwrap();
    let o = build_into(&out, &[d], &["--check"]);
    assert_eq!(code(&o), 1);
    let listed = stdout(&o);
    assert!(
        listed.contains("differs: ") && listed.contains("atelier-zenne/en.md"),
        "{listed}"
    );
    assert!(listed.contains("atelier-zenne/en.html"), "{listed}");
    // A missing output is listed as such; --check wrote nothing.
    fs::remove_file(out.join("atelier-zenne/fr.md")).unwrap();
    let o = build_into(&out, &[d], &["--check"]);
    assert_eq!(code(&o), 1);
    assert!(stdout(&o).contains("missing: "), "{}", stdout(&o));
    assert!(!out.join("atelier-zenne/fr.md").exists());
}

#[test]
fn legitimate_interests_only_gives_objection_but_no_portability() {
    let dir = tempfile::tempdir().unwrap();
    let f = fixture("build/li-only.yaml");
    assert_eq!(
        code(&build_into(dir.path(), &[f.to_str().unwrap()], &WITH_IDS)),
        0
    );
    let md = read(&dir.path().join("li-only/en.md"));
    assert!(!md.contains("portability"), "{md}");
    assert!(md.contains("## Your right to object {#objection}"));
    assert!(md.contains("on grounds relating to your particular situation"));
    assert!(!md.contains("direct marketing, including profiling"));
    assert!(!md.contains("{#consent}") && !md.contains("withdraw"));
    assert!(md.contains("**Legitimate interests:** keeping our website available and safe."));
    assert!(md.contains("**Transfers outside the European Economic Area:** none."));
    assert!(!md.contains("{#automated-decisions}") && !md.contains("{#joint-controllers}"));
}

#[test]
fn consent_only_gives_withdrawal_and_portability_but_no_objection() {
    let dir = tempfile::tempdir().unwrap();
    let f = fixture("build/consent-only.yaml");
    assert_eq!(
        code(&build_into(dir.path(), &[f.to_str().unwrap()], &WITH_IDS)),
        0
    );
    let md = read(&dir.path().join("consent-only/en.md"));
    // Withdrawal is a right like the others, with how to withdraw for each purpose.
    assert!(
        md.contains("- **Right to withdraw consent:** withdraw it at any time"),
        "{md}"
    );
    assert!(
        md.contains("Purpose concerned:\n  - Event gallery: write to privacy@example.be"),
        "{md}"
    );
    assert!(md.contains("**Right to data portability:**"));
    assert!(!md.contains("{#objection}") && !md.contains("Right to object"));
}

#[test]
fn legal_obligation_excludes_erasure_and_portability() {
    let dir = tempfile::tempdir().unwrap();
    let f = fixture("build/legal-obligation.yaml");
    assert_eq!(
        code(&build_into(dir.path(), &[f.to_str().unwrap()], &WITH_IDS)),
        0
    );
    let md = read(&dir.path().join("legal-obligation/en.md"));
    // No purpose carries the right to portability, so it is not offered; erasure is listed with
    // the exception of Art. 17(3)(b) that takes it away, so the reader learns why.
    assert!(!md.contains("portability"), "{md}");
    assert!(
        md.contains("- **Right to erasure:** have your data erased, in particular when they are no longer needed. This right does not apply to processing required by law or necessary for a task carried out in the public interest: accounting."),
        "{md}"
    );
    assert!(
        md.contains("- **Compliance with a legal obligation:**"),
        "{md}"
    );
    assert!(
        md.contains(
            "**Legal provision:** Belgian Code of Economic Law, Articles III.86 and III.88"
        )
    );
    assert!(!md.contains("{#objection}"));
}

#[test]
fn a_purpose_on_several_bases_names_each_and_gets_the_rights_of_each() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("two-bases.yaml");
    let one = read(&fixture("build/legal-obligation.yaml"));
    let two = one
        .replace(
            "legal_basis: legal_obligation",
            "legal_basis: [legal_obligation, contract]",
        )
        .replace("id: legal-obligation", "id: two-bases");
    assert_ne!(one, two);
    fs::write(&f, two).unwrap();
    let o = build_into(
        &dir.path().join("out"),
        &[f.to_str().unwrap()],
        &["--format", "md"],
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let md = read(&dir.path().join("out/two-bases/en.md"));
    // The first layer names both bases, as one group of purposes.
    assert!(
        md.contains("- **Compliance with a legal obligation and performance of a contract:**\n  - Accounting:"),
        "{md}"
    );
    // Erasure and portability for the part that rests on the contract.
    assert!(
        md.contains("- **Right to erasure:**") && md.contains("- **Right to data portability:**"),
        "{md}"
    );
}

#[test]
fn languages_and_formats_can_be_narrowed() {
    let dir = tempfile::tempdir().unwrap();
    let o = build_into(dir.path(), &[], &["--lang", "nl", "--format", "fragment"]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let names: Vec<String> = files(dir.path())
        .iter()
        .map(|p| p.display().to_string())
        .collect();
    assert_eq!(
        names,
        [".notice-build.json", "atelier-zenne/nl.fragment.html"]
    );
}

#[test]
fn unchanged_outputs_are_not_rewritten() {
    if !needs_pdf("unchanged_outputs_are_not_rewritten") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    assert_eq!(code(&build_into(dir.path(), &[], &[])), 0);
    let o = build_into(dir.path(), &[], &[]);
    assert!(
        stderr(&o).contains("wrote 0 file(s), 12 unchanged"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn user_templates_and_locales_override_the_built_in_ones() {
    let work = tempfile::tempdir().unwrap();
    let templates = work.path().join("templates");
    fs::create_dir_all(&templates).unwrap();
    fs::write(
        templates.join("notice.md.j2"),
        "# {{ n.title }}\n\n{{ t(\"summary-heading\") }}: {{ n.controller.name }}\n",
    )
    .unwrap();
    let locales = work.path().join("locales/en");
    fs::create_dir_all(&locales).unwrap();
    fs::write(
        locales.join("house.ftl"),
        "summary-heading = In a nutshell\n",
    )
    .unwrap();
    let out = work.path().join("out");
    let o = build_into(
        &out,
        &[],
        &[
            "--format",
            "md",
            "--lang",
            "en",
            "--templates",
            templates.to_str().unwrap(),
            "--locales",
            work.path().join("locales").to_str().unwrap(),
        ],
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert_eq!(
        read(&out.join("atelier-zenne/en.md")),
        "# Privacy notice — Atelier Zenne SRL\n\nIn a nutshell: Atelier Zenne SRL\n"
    );
}

#[test]
fn a_broken_template_is_reported_with_its_line_and_nothing_is_written() {
    let work = tempfile::tempdir().unwrap();
    fs::write(
        work.path().join("notice.md.j2"),
        "# {{ n.title }}\n\n{% if n.dpo %}\nno end\n",
    )
    .unwrap();
    let out = work.path().join("out");
    let o = build_into(&out, &[], &["--templates", work.path().to_str().unwrap()]);
    assert_eq!(code(&o), 2);
    let err = stderr(&o);
    assert!(
        err.contains("notice.md.j2:") && err.contains("template error"),
        "{err}"
    );
    assert!(!out.exists());
}

#[test]
fn a_locale_lacking_a_message_is_refused() {
    let work = tempfile::tempdir().unwrap();
    fs::create_dir_all(work.path().join("xx")).unwrap();
    fs::write(work.path().join("xx/notice.ftl"), "language-name = Xx\n").unwrap();
    let o = build_into(
        &work.path().join("out"),
        &[],
        &["--locales", work.path().to_str().unwrap()],
    );
    assert_eq!(code(&o), 2);
    assert!(
        stderr(&o).contains("locale `xx` lacks message"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn unreadable_input_exits_2_and_lint_errors_exit_1_writing_nothing() {
    let work = tempfile::tempdir().unwrap();
    let out = work.path().join("out");
    let o = build_into(&out, &["no/such/folder"], &[]);
    assert_eq!(code(&o), 2);
    assert!(
        stderr(&o).contains("cannot read `no/such/folder`"),
        "{}",
        stderr(&o)
    );
    let bad = work.path().join("bad.yaml");
    fs::write(&bad, "notice:\n  id: ../escape\n  languages: [en]\n").unwrap();
    let o = build_into(&out, &[bad.to_str().unwrap()], &[]);
    assert_eq!(code(&o), 1, "{}", stderr(&o));
    assert!(stderr(&o).contains("error[N001]"), "{}", stderr(&o));
    assert!(stderr(&o).contains("nothing written"));
    assert!(!out.exists());
}

#[test]
fn an_illustration_says_so_at_the_top_of_every_format_with_its_assumptions() {
    let dir = tempfile::tempdir().unwrap();
    let decl = dir.path().join("illustrated.yaml");
    let demo = read(&root().join("notices/atelier-zenne.yaml"));
    let illustrated = demo.replacen(
        "  default_language: fr\n",
        "  default_language: fr\n  illustration:\n    note: {fr: Tiré d'un avis publié., nl: Uit een gepubliceerde verklaring., en: Taken from a published notice., de: Einer veröffentlichten Erklärung entnommen.}\n    assumptions:\n      - {fr: Hypothèse sur la durée., nl: Veronderstelde bewaartermijn., en: Assumed retention period., de: Angenommene Speicherdauer.}\n",
        1,
    );
    assert_ne!(demo, illustrated, "the demo's default_language line moved");
    fs::write(&decl, illustrated).unwrap();
    let out = dir.path().join("out");
    let o = build_into(&out, &[decl.to_str().unwrap()], &[]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let md = read(&out.join("atelier-zenne/en.md"));
    let banner = md.find("> **Illustration.** This is not the organisation's own privacy notice");
    let first_section = md.find("\n## ").unwrap();
    assert!(
        banner.is_some_and(|b| b < first_section),
        "the banner opens the notice:\n{md}"
    );
    assert!(md.contains("Taken from a published notice."));
    assert!(md.contains("> - Assumed retention period."));
    let html = read(&out.join("atelier-zenne/fr.html"));
    assert!(html.contains("<blockquote>") && html.contains("Hypothèse sur la durée."));
    // Without the field, nothing of it appears.
    let plain = build_into(&out.join("plain"), &[], &["--format", "md"]);
    assert_eq!(code(&plain), 0);
    assert!(!read(&out.join("plain/atelier-zenne/en.md")).contains("Illustration"));
}

/// `--lang` and `--format` take only values that exist (the error lists them), repeated values
/// count once, and a build or `--check` with nothing to do is an error, not a success.
#[test]
fn languages_and_formats_are_validated() {
    let dir = tempfile::tempdir().unwrap();
    let li = fixture("build/li-only.yaml");
    let li = li.to_str().unwrap();
    let out = dir.path().join("out");
    for (extra, message) in [
        (
            &["--lang", "EN"][..],
            "unknown language `EN` in --lang (did you mean `en`?); the languages are de, en, fr, nl",
        ),
        (
            &["--lang", "en,xx"],
            "unknown language `xx` in --lang; the languages are de, en, fr, nl",
        ),
        (
            &["--format", "md,docx"],
            "invalid value 'docx' for '--format <FORMAT>'",
        ),
        (
            &["--lang", "nl"],
            "nothing to build: no declaration is written in nl",
        ),
        (
            &["--lang", "nl", "--check"],
            "nothing to compare: no declaration is written in nl",
        ),
        (&["--lang", "EN", "--check"], "unknown language `EN`"),
    ] {
        let o = build_into(&out, &[li], extra);
        assert_eq!(code(&o), 2, "{extra:?}: {}", stderr(&o));
        assert!(stderr(&o).contains(message), "{extra:?}: {}", stderr(&o));
        assert!(!out.exists(), "{extra:?}");
    }
    let o = build_into(&out, &[li], &["--format", "md,md,md", "--lang", "en,en"]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert!(stderr(&o).contains("wrote 1 file(s)"), "{}", stderr(&o));
    let o = build_into(&out, &[li], &["--format", "md,md", "--check"]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert!(
        stderr(&o).contains("1 outputs up to date"),
        "{}",
        stderr(&o)
    );
}

/// A language added from a folder (`--locales DIR/xx/`, here the German messages under another
/// code) with its fixed sentences and nothing else: the notice is refused with one error per
/// missing piece, each naming the language and what lacks it, rather than written with English
/// country names, authority names or safeguards, or linted with rules that cannot read it.
#[test]
fn a_language_added_from_a_folder_borrows_nothing_from_english() {
    let work = tempfile::tempdir().unwrap();
    let locales = work.path().join("locales");
    fs::create_dir_all(locales.join("xx")).unwrap();
    for f in fs::read_dir(root().join("locales/de")).unwrap() {
        let f = f.unwrap().path();
        // The messages only: not the phrase lists nor reference names.
        if f.extension().is_some_and(|e| e == "ftl") {
            fs::copy(&f, locales.join("xx").join(f.file_name().unwrap())).unwrap();
        }
    }
    // The demo, its German texts relabelled `xx`, in that language only.
    let demo = read(&root().join("notices/atelier-zenne.yaml"));
    let dummy: String = demo
        .lines()
        .map(|l| {
            let indent = l.len() - l.trim_start().len();
            let l = if l.trim_start().starts_with("de: ") {
                format!("{}xx: {}", &l[..indent], &l.trim_start()[4..])
            } else {
                l.to_owned()
            };
            l.replace(", de: ", ", xx: ")
                .replace("languages: [fr, nl, en, de]", "languages: [xx]")
                .replace("default_language: fr", "default_language: xx")
                + "\n"
        })
        .collect();
    assert!(dummy.contains("languages: [xx]") && !dummy.contains(" de: "));
    let decl = work.path().join("dummy.yaml");
    fs::write(&decl, dummy).unwrap();
    let out = work.path().join("out");
    let args = |cmd: &'static str| {
        vec![
            cmd.to_owned(),
            "--locales".to_owned(),
            locales.display().to_string(),
            decl.display().to_string(),
        ]
    };
    let lint = notice(&args("lint").iter().map(String::as_str).collect::<Vec<_>>());
    assert_eq!(code(&lint), 1, "{}", stderr(&lint));
    let mut build_args = args("build");
    build_args.extend(["--out".to_owned(), out.display().to_string()]);
    let build = notice(&build_args.iter().map(String::as_str).collect::<Vec<_>>());
    assert_eq!(code(&build), 1, "{}", stderr(&build));
    assert!(!out.exists(), "nothing is written");
    for o in [&lint, &build] {
        let err = format!("{}{}", stdout(o), stderr(o));
        // The only findings are the two missing pieces: texts and locale are complete.
        assert_eq!(err.matches("error[").count(), 2, "{err}");
        assert_eq!(err.matches("error[N014]").count(), 2, "{err}");
        assert!(err.contains("dummy.yaml:10:15: error[N014]"), "{err}");
        assert!(
            err.contains("the reference data have no `xx` name for "),
            "{err}"
        );
        assert!(
            err.contains("no `xx` phrase lists for vague qualifiers"),
            "{err}"
        );
    }
}

/// `--lang de` over declarations of which only some list German writes those, and says of each
/// other one that it was left out: an example reproducing a published notice has no German text
/// to build from, and none is made up for it.
#[test]
fn a_declaration_without_the_language_asked_for_is_named_not_translated() {
    let dir = tempfile::tempdir().unwrap();
    let example = root().join("examples/c-dot/notice.yaml");
    let o = build_into(
        dir.path(),
        &["notices", example.to_str().unwrap()],
        &["--lang", "de", "--format", "md"],
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert!(
        stderr(&o).contains(
            "examples/c-dot/notice.yaml: note: not built in de: the declaration is written in fr, nl, en only"
        ),
        "{}",
        stderr(&o)
    );
    let names: Vec<String> = files(dir.path())
        .iter()
        .map(|p| p.display().to_string())
        .collect();
    assert_eq!(names, [".notice-build.json", "atelier-zenne/de.md"]);
}
