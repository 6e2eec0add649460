//! PDF output, read back with poppler (pdftotext, pdfinfo): text, metadata, standards, dates,
//! reproducibility, the page template and user fonts.

use std::fs;
use std::path::Path;
use std::process::Command;

use crate::build::build_into;
use crate::common::{code, notice, notice_with_env, read, root, stderr};

/// Runs a poppler tool; the tests need poppler-utils (see docs/development/tests.md).
pub fn poppler(tool: &str, args: &[&str]) -> (String, String) {
    let o = Command::new(tool).args(args).output().unwrap_or_else(|e| {
        panic!("cannot run {tool} ({e}): install poppler-utils (apt-get install poppler-utils)")
    });
    assert!(
        o.status.success(),
        "{tool} failed: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    (
        String::from_utf8_lossy(&o.stdout).into_owned(),
        String::from_utf8_lossy(&o.stderr).into_owned(),
    )
}

/// The text of a PDF with all runs of whitespace made one space.
pub fn pdf_text(pdf: &Path) -> String {
    let (text, _) = poppler("pdftotext", &["-enc", "UTF-8", pdf.to_str().unwrap(), "-"]);
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn build_pdfs(out: &Path) {
    let o = build_into(out, &[], &["--format", "md,pdf"]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
}

#[test]
fn demo_pdfs_carry_title_language_standards_and_every_section() {
    let dir = tempfile::tempdir().unwrap();
    build_pdfs(dir.path());
    let expect = [
        (
            "fr",
            "Déclaration de confidentialité — Atelier Zenne SRL",
            "fr-BE",
            &[
                "données à caractère personnel",
                "Autorité de protection des données",
                "Introduire une réclamation",
                "1er mars 2026",
                "Page 1 sur",
            ][..],
        ),
        (
            "nl",
            "Privacyverklaring — Atelier Zenne SRL",
            "nl-BE",
            &[
                "persoonsgegevens",
                "Gegevensbeschermingsautoriteit",
                "België",
                "1 maart 2026",
                "Pagina 1 van",
            ][..],
        ),
        (
            "en",
            "Privacy notice — Atelier Zenne SRL",
            "en-BE",
            &[
                "personal data",
                "Data Protection Authority",
                "Belgium",
                "1 March 2026",
                "Page 1 of",
            ][..],
        ),
        (
            "de",
            // German sets a spaced en dash where French, Dutch and English set an em dash.
            "Datenschutzerklärung – Atelier Zenne SRL",
            "de-BE",
            &[
                "personenbezogenen Daten",
                "Datenschutzbehörde",
                "Belgien",
                "1. März 2026",
                "Seite 1 von",
                // German quotation marks reach the PDF text as they are.
                "„Cookies“",
            ][..],
        ),
    ];
    for (lang, title, bcp47, phrases) in expect {
        let pdf = dir.path().join(format!("atelier-zenne/{lang}.pdf"));
        let (info, warnings) = poppler("pdfinfo", &[pdf.to_str().unwrap()]);
        assert!(warnings.is_empty(), "{lang}: poppler warns: {warnings}");
        assert!(
            info.contains(&format!("Title:           {title}\n")),
            "{lang}: {info}"
        );
        assert!(
            info.contains("Author:          Atelier Zenne SRL\n"),
            "{lang}: {info}"
        );
        assert!(info.contains("Tagged:          yes\n"), "{lang}: {info}");
        assert!(info.contains("(A4)"), "{lang}: {info}");
        assert!(
            info.contains("CreationDate:    Sun Mar  1 00:00:00 2026 UTC"),
            "{lang}: {info}"
        );
        let bytes = fs::read(&pdf).unwrap();
        let raw = String::from_utf8_lossy(&bytes);
        assert!(
            raw.contains(&format!("/Lang({bcp47})")),
            "{lang}: no /Lang({bcp47})"
        );
        assert!(
            raw.contains("<pdfaid:part>2</pdfaid:part>") && raw.contains("pdfaid:conformance>A<"),
            "{lang}: not PDF/A-2a"
        );
        assert!(
            raw.contains("<pdfuaid:part>1</pdfuaid:part>"),
            "{lang}: not PDF/UA-1"
        );
        assert!(raw.contains("/StructTreeRoot"), "{lang}: no structure tree");
        let text = pdf_text(&pdf);
        for p in phrases {
            assert!(text.contains(p), "{lang}: the PDF text lacks {p:?}");
        }
        // Every section of the Markdown is a numbered heading of the PDF.
        let md = read(&dir.path().join(format!("atelier-zenne/{lang}.md")));
        let sections: Vec<&str> = md
            .lines()
            .filter_map(|l| l.strip_prefix("## "))
            .map(|h| h.rsplit_once(" {#").map_or(h, |(t, _)| t))
            .collect();
        assert!(sections.len() >= 12, "{lang}: {sections:?}");
        for (i, s) in sections.iter().enumerate() {
            let numbered = format!("{}. {}", i + 1, s.replace('’', "'").replace('\'', "’"));
            assert!(
                text.contains(&numbered),
                "{lang}: the PDF lacks the heading {numbered:?}"
            );
        }
    }
}

#[test]
fn pdf_bytes_are_reproducible_and_dated_by_source_date_epoch() {
    let (a, b, c) = (
        tempfile::tempdir().unwrap(),
        tempfile::tempdir().unwrap(),
        tempfile::tempdir().unwrap(),
    );
    build_pdfs(a.path());
    build_pdfs(b.path());
    for lang in ["fr", "nl", "en"] {
        let p = format!("atelier-zenne/{lang}.pdf");
        assert_eq!(
            fs::read(a.path().join(&p)).unwrap(),
            fs::read(b.path().join(&p)).unwrap(),
            "{p} differs between builds"
        );
    }
    // 2026-06-15 12:00 UTC: the date, not the time, is taken.
    let o = notice_with_env(
        &[
            "build",
            "--format",
            "pdf",
            "--lang",
            "en",
            "--out",
            c.path().to_str().unwrap(),
        ],
        &[("SOURCE_DATE_EPOCH", "1781524800")],
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let pdf = c.path().join("atelier-zenne/en.pdf");
    let (info, _) = poppler("pdfinfo", &[pdf.to_str().unwrap()]);
    assert!(
        info.contains("CreationDate:    Mon Jun 15 00:00:00 2026 UTC"),
        "{info}"
    );
}

#[test]
fn the_page_template_fonts_and_logo_can_be_replaced() {
    let work = tempfile::tempdir().unwrap();
    let templates = work.path().join("templates");
    fs::create_dir_all(&templates).unwrap();
    let builtin = read(&root().join("templates/notice.typ"));
    fs::write(
        templates.join("notice.typ"),
        builtin.replace("#blocks(body)", "#blocks(body)\n#text[House style check]"),
    )
    .unwrap();
    // A font file among the templates is added to the fonts; any other file is an asset.
    let font = typst_assets::fonts().next().expect("an embedded font");
    fs::write(templates.join("extra.ttf"), font).unwrap();
    fs::write(
        templates.join("logo.png"),
        fs::read(root().join("tests/fixtures/build/logo.png")).unwrap(),
    )
    .unwrap();
    let build_with_templates = |out: &Path| {
        notice(&[
            "build",
            "--format",
            "pdf",
            "--lang",
            "en",
            "--templates",
            templates.to_str().unwrap(),
            "--out",
            out.to_str().unwrap(),
        ])
    };
    let out = work.path().join("out");
    let o = build_with_templates(&out);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let pdf = out.join("atelier-zenne/en.pdf");
    assert!(pdf_text(&pdf).contains("House style check"));
    let raw = fs::read(&pdf).unwrap();
    assert!(
        String::from_utf8_lossy(&raw).contains("/Subtype/Image"),
        "the logo is not in the PDF"
    );

    // A broken page template or font stops the run with a clear error and writes nothing.
    fs::write(templates.join("notice.typ"), "#let x = (\n").unwrap();
    let broken = work.path().join("broken");
    let o = build_with_templates(&broken);
    assert_eq!(code(&o), 2);
    assert!(stderr(&o).contains("notice.typ"), "{}", stderr(&o));
    assert!(!broken.exists());
    fs::write(templates.join("notice.typ"), builtin).unwrap();
    fs::write(templates.join("extra.ttf"), b"not a font").unwrap();
    let o = build_with_templates(&broken);
    assert_eq!(code(&o), 2);
    assert!(
        stderr(&o).contains("not a readable TTF/OTF/TTC font"),
        "{}",
        stderr(&o)
    );
    assert!(!broken.exists());
}

#[test]
fn characters_the_pdf_cannot_show_become_a_placeholder_with_a_warning() {
    let work = tempfile::tempdir().unwrap();
    let decl = work.path().join("acme.yaml");
    let demo = read(&root().join("notices/atelier-zenne.yaml"));
    // An emoji no embedded font has, and a private-use character PDF/A forbids outright.
    let hostile = demo.replace(
        "en: surname, first name",
        "en: surname 🚲, first name \u{E000}",
    );
    assert_ne!(hostile, demo);
    fs::write(&decl, hostile).unwrap();
    let out = work.path().join("out");
    let o = build_into(
        &out,
        &[decl.to_str().unwrap()],
        &["--format", "md,pdf", "--lang", "en"],
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let err = stderr(&o);
    assert!(
        err.contains("acme.yaml: warning: atelier-zenne/en.pdf: no font has 🚲 (U+1F6B2)"),
        "{err}"
    );
    assert!(
        err.contains("\u{E000} (U+E000) are private-use characters or noncharacters, which PDF/A does not allow"),
        "{err}"
    );
    // Shown as the placeholder in the PDF; the Markdown keeps the text as written.
    assert!(pdf_text(&out.join("atelier-zenne/en.pdf")).contains("surname �, first name �"));
    assert!(read(&out.join("atelier-zenne/en.md")).contains("surname 🚲, first name \u{E000}"));
    // A declaration without such characters gets no warning.
    let clean = work.path().join("clean");
    let o = build_into(&clean, &[], &["--format", "pdf", "--lang", "en"]);
    assert_eq!(code(&o), 0);
    assert!(!stderr(&o).contains("warning"), "{}", stderr(&o));
}

#[test]
fn an_illustration_note_comes_before_the_table_of_contents() {
    // The committed example PDFs are fresh (examples::committed_outputs_are_fresh).
    let text = pdf_text(&root().join("examples/damnet/fr.pdf"));
    let note = text
        .find("Illustration.")
        .expect("the PDF shows the illustration note");
    let contents = text
        .find("Sommaire")
        .expect("the PDF has a table of contents");
    assert!(note < contents, "the note must be read first:\n{text}");
}

#[test]
fn the_pdf_links_its_page_shows_its_version_and_opens_with_its_outline() {
    let dir = tempfile::tempdir().unwrap();
    let o = build_into(dir.path(), &[], &["--format", "html,pdf"]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    for (lang, online, footer) in [
        (
            "en",
            "This notice online: https://www.atelier-zenne.example/privacy/en.html",
            "Privacy notice — Atelier Zenne SRL · Version 2.0 Page 1 of",
        ),
        (
            "nl",
            "Deze privacyverklaring online: https://www.atelier-zenne.example/privacy/nl.html",
            "Privacyverklaring — Atelier Zenne SRL · Versie 2.0 Pagina 1 van",
        ),
    ] {
        let pdf = dir.path().join(format!("atelier-zenne/{lang}.pdf"));
        let text = pdf_text(&pdf);
        assert!(text.contains(online), "{lang}: {text}");
        assert!(text.contains(footer), "{lang}: {text}");
        let raw = String::from_utf8_lossy(&fs::read(&pdf).unwrap()).into_owned();
        assert!(
            raw.contains(&format!(
                "/URI(https://www.atelier-zenne.example/privacy/{lang}.html)"
            )),
            "{lang}: the address is not a link"
        );
        // Viewers show the bookmarks pane on opening; the edited catalog keeps the file sound
        // (the other tests read every PDF with poppler, which warns about a broken one).
        let catalog = raw.find("/Type/Catalog").expect("a catalog");
        assert!(raw[catalog..].starts_with("/Type/Catalog/PageMode/UseOutlines"));
        assert!(!raw.contains("/Suspects false"));
        let (_, warnings) = poppler("pdfinfo", &[pdf.to_str().unwrap()]);
        assert!(warnings.is_empty(), "{lang}: {warnings}");
        // The tables' row headers are those of the page, by the same rule.
        let html = read(&dir.path().join(format!("atelier-zenne/{lang}.html")));
        let rows = html.matches("<th scope=\"row\">").count();
        assert!(rows >= 1, "{lang}: {rows} row headers");
        assert_eq!(raw.matches("/Scope/Row").count(), rows, "{lang}");
    }
    // Without a web address, the title page says nothing about being online.
    let work = tempfile::tempdir().unwrap();
    let decl = work.path().join("offline.yaml");
    let demo = read(&root().join("notices/atelier-zenne.yaml"));
    let offline = demo.replace("  url: https://www.atelier-zenne.example/privacy/\n", "");
    assert_ne!(offline, demo);
    fs::write(&decl, offline).unwrap();
    let out = work.path().join("out");
    let o = build_into(
        &out,
        &[decl.to_str().unwrap()],
        &["--format", "pdf", "--lang", "en"],
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let text = pdf_text(&out.join("atelier-zenne/en.pdf"));
    assert!(!text.contains("online:"), "{text}");
}

/// Typst gives the hyphens of hyphenation the text of a soft hyphen, and puts a word joiner
/// before each page number of the outline: the template keeps both out of the text a reader
/// copies (the examples' PDFs are the committed ones, kept fresh by `examples`).
#[test]
fn copied_text_has_no_soft_hyphens_or_word_joiners() {
    let dir = tempfile::tempdir().unwrap();
    build_pdfs(dir.path());
    let mut pdfs: Vec<_> = ["fr", "nl", "en"]
        .iter()
        .map(|l| dir.path().join(format!("atelier-zenne/{l}.pdf")))
        .collect();
    for org in ["c-dot", "comnexio", "damnet"] {
        for l in ["fr", "nl", "en"] {
            pdfs.push(root().join(format!("examples/{org}/{l}.pdf")));
        }
    }
    for pdf in pdfs {
        let (text, _) = poppler("pdftotext", &["-enc", "UTF-8", pdf.to_str().unwrap(), "-"]);
        for (c, name) in [
            ('\u{ad}', "soft hyphen"),
            ('\u{2060}', "word joiner"),
            ('\u{200b}', "zero-width space"),
        ] {
            assert!(!text.contains(c), "{}: a {name} in the text", pdf.display());
        }
    }
}

#[test]
fn a_title_on_two_lines_never_ends_with_a_lone_word() {
    let work = tempfile::tempdir().unwrap();
    let demo = read(&root().join("notices/atelier-zenne.yaml"));
    // Titles of growing length, each with a short last word that a greedy line break leaves
    // alone on the second line at some length.
    let words = "Privacy notice of the bicycle workshop and online shop run in Brussels by Atelier Zenne for its customers and partners of 2026 NV";
    let words: Vec<&str> = words.split(' ').collect();
    let mut inputs = Vec::new();
    for n in 5..=words.len() {
        let title = words[..n].join(" ") + " SA";
        let decl = work.path().join(format!("t{n}.yaml"));
        let text = demo.replacen(
            "  id: atelier-zenne\n",
            &format!("  id: t{n}\n  title: \"{title}\"\n"),
            1,
        );
        fs::write(&decl, text).unwrap();
        inputs.push(decl.to_str().unwrap().to_owned());
    }
    let out = work.path().join("out");
    let inputs: Vec<&str> = inputs.iter().map(String::as_str).collect();
    let o = build_into(&out, &inputs, &["--format", "pdf", "--lang", "en"]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let mut wrapped = 0;
    for n in 5..=words.len() {
        let pdf = out.join(format!("t{n}/en.pdf"));
        let (page, _) = poppler(
            "pdftotext",
            &[
                "-enc",
                "UTF-8",
                "-f",
                "1",
                "-l",
                "1",
                pdf.to_str().unwrap(),
                "-",
            ],
        );
        // The title is every line above the date line.
        let lines: Vec<&str> = page
            .lines()
            .take_while(|l| !l.starts_with("In force from"))
            .filter(|l| !l.trim().is_empty())
            .collect();
        assert!(!lines.is_empty(), "t{n}: {page}");
        if lines.len() > 1 {
            wrapped += 1;
            let last = lines.last().unwrap().split_whitespace().count();
            assert!(last >= 2, "t{n}: a lone word ends the title: {lines:?}");
        }
    }
    // The titles are long enough to wrap, or the test proves nothing.
    assert!(wrapped >= 5, "only {wrapped} titles wrapped");
}

/// A content template may link to a section of the notice with `[words](#id)`: a link in the
/// page and in the PDF where exactly one heading has that id, plain words elsewhere.
#[test]
fn links_to_a_section_work_in_the_page_and_the_pdf() {
    let work = tempfile::tempdir().unwrap();
    fs::write(
        work.path().join("notice.md.j2"),
        "# {{ n.title }}\n\nSee {{ section(\"rights\", \"your rights\") }}, [nothing](#nowhere) and [twice](#twice).\n\n\
         ## Your rights {{ anchor(\"rights\") }}\n\nText.\n\n## Twice {{ anchor(\"twice\") }}\n\n\
         ## Again {{ anchor(\"twice\") }}\n\nEnd.\n",
    )
    .unwrap();
    let out = work.path().join("out");
    let o = build_into(
        &out,
        &[],
        &[
            "--format",
            "html,pdf",
            "--lang",
            "en",
            "--templates",
            work.path().to_str().unwrap(),
        ],
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let html = read(&out.join("atelier-zenne/en.html"));
    assert!(
        html.contains(r##"See <a href="#rights">your rights</a>, nothing and twice."##),
        "{html}"
    );
    let pdf = out.join("atelier-zenne/en.pdf");
    assert!(pdf_text(&pdf).contains("See your rights, nothing and twice."));
    // Links: the three entries of the table of contents, the page's address on the title
    // page, and the one section link, which points into the document, not to an address.
    let raw = String::from_utf8_lossy(&fs::read(&pdf).unwrap()).into_owned();
    assert_eq!(raw.matches("/Subtype/Link").count(), 5, "links in the PDF");
    assert_eq!(
        raw.matches("/URI(").count(),
        1,
        "a section link became an address"
    );
}

/// A long text full of what typography changes (apostrophes, quotes, French punctuation): the
/// PDF is made, with the language's quotes and apostrophes (no-break spaces read as spaces in
/// pdftotext's output). As Typst show
/// rules, more than 512 of them in one paragraph stopped the layout ("maximum grouping depth
/// exceeded"), as a fuzz run found.
#[test]
fn a_text_full_of_quotes_and_french_punctuation_is_typeset() {
    let dir = tempfile::tempdir().unwrap();
    let text = "l'avis « dit » : \"oui\" ; ".repeat(400);
    let decl = fs::read_to_string(root().join("tests/fixtures/build/li-only.yaml"))
        .unwrap()
        .replace("languages: [en]", "languages: [fr]")
        .replace("default_language: en", "default_language: fr")
        .replace(
            "description: Detecting attacks on our website.",
            &format!(
                "description: {}",
                serde_json::to_string(text.trim()).unwrap()
            ),
        );
    let file = dir.path().join("x.yaml");
    fs::write(&file, decl).unwrap();
    let out = dir.path().join("out");
    let o = build_into(&out, &[file.to_str().unwrap()], &["--format", "pdf"]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let shown = pdf_text(&out.join("li-only/fr.pdf"));
    assert!(
        shown.contains("l’avis « dit » : « oui » ; l’avis"),
        "{}",
        &shown[..shown.len().min(3000)]
    );
}
