//! `notice register`: the record of processing activities in XLSX, CSV, Markdown and HTML. The
//! spreadsheet is read back (unzipped, its XML parts checked and its cells read) and one row
//! compared, column by column, with what the declaration says.

use std::collections::BTreeMap;
use std::io::Read;
use std::path::Path;

use crate::common::{fixture, notice, snapshot};

fn register(out: &Path, extra: &[&str]) -> std::process::Output {
    register_of(&fixture("register/acme.yaml"), out, extra)
}

/// `notice register` on `decl`, writing into `out`.
fn register_of(decl: &Path, out: &Path, extra: &[&str]) -> std::process::Output {
    let mut args = vec![
        "register",
        decl.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
    ];
    args.extend_from_slice(extra);
    notice(&args)
}

/// Every part of the XLSX file, by name.
fn parts(xlsx: &[u8]) -> BTreeMap<String, String> {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(xlsx)).expect("the XLSX is a ZIP");
    let mut out = BTreeMap::new();
    for i in 0..zip.len() {
        let mut f = zip.by_index(i).unwrap();
        let mut s = String::new();
        f.read_to_string(&mut s).expect("every part is UTF-8 text");
        out.insert(f.name().expect("a UTF-8 part name").into_owned(), s);
    }
    out
}

/// Undoes the five XML entities (the writer uses no others).
fn unescape(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&")
}

/// A rough well-formedness check: every element opened is closed, in order.
fn balanced(xml: &str) -> bool {
    let tag = regex::Regex::new(r"<(/?)([A-Za-z_][\w:.-]*)[^>]*?(/?)>").unwrap();
    let mut stack: Vec<String> = Vec::new();
    for c in tag.captures_iter(xml) {
        let (close, name, empty) = (&c[1] == "/", c[2].to_owned(), &c[3] == "/");
        if close {
            if stack.pop().as_deref() != Some(name.as_str()) {
                return false;
            }
        } else if !empty {
            stack.push(name);
        }
    }
    stack.is_empty()
}

/// The cells of a worksheet, as `A1` → text, through the shared strings.
fn cells(sheet: &str, shared: &[String]) -> BTreeMap<String, String> {
    let cell =
        regex::Regex::new(r#"<c r="([A-Z]+[0-9]+)"[^>]*?t="s"[^>]*><v>([0-9]+)</v></c>"#).unwrap();
    cell.captures_iter(sheet)
        .map(|c| {
            (
                c[1].to_owned(),
                shared[c[2].parse::<usize>().unwrap()].clone(),
            )
        })
        .collect()
}

fn shared_strings(xml: &str) -> Vec<String> {
    let si = regex::Regex::new(r"(?s)<si>(.*?)</si>").unwrap();
    let t = regex::Regex::new(r"(?s)<t[^>]*>(.*?)</t>").unwrap();
    si.captures_iter(xml)
        .map(|c| t.captures_iter(&c[1]).map(|t| unescape(&t[1])).collect())
        .collect()
}

#[test]
fn the_spreadsheet_holds_a_cover_and_a_sheet_per_record_whose_cells_say_what_the_declaration_does()
{
    let out = tempfile::tempdir().unwrap();
    let run = register(out.path(), &["--lang", "en", "--format", "xlsx"]);
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let xlsx = std::fs::read(out.path().join("acme/register/en.xlsx")).unwrap();
    let parts = parts(&xlsx);
    for (name, xml) in &parts {
        if name.ends_with(".xml") || name.ends_with(".rels") {
            assert!(balanced(xml), "{name} is not well-formed");
        }
    }
    let workbook = unescape(&parts["xl/workbook.xml"]);
    for sheet in ["Cover", "Controller's record", "Processor's record"] {
        assert!(
            workbook.contains(&format!("name=\"{sheet}\"")),
            "{workbook}"
        );
    }
    let shared = shared_strings(&parts["xl/sharedStrings.xml"]);
    let cover = cells(&parts["xl/worksheets/sheet1.xml"], &shared);
    assert_eq!(cover["A1"], "Record of processing activities — Acme SRL");
    assert!(
        cover
            .values()
            .any(|v| v == "Jeanne Dupont\ndpo@acme.example")
    );
    assert!(cover.values().any(|v| v == "1 March 2026"));
    let controller = &parts["xl/worksheets/sheet2.xml"];
    assert!(
        controller.contains(r#"<pane xSplit="2" ySplit="1" topLeftCell="C2""#),
        "the header and the first two columns stay in view"
    );
    assert!(
        controller.contains("<autoFilter ref=\"A1:K3\""),
        "{controller}"
    );
    let cells = cells(controller, &shared);
    // The row of purpose `orders`, column by column, against the declaration.
    let row: Vec<&str> = "ABCDEFGHIJK"
        .chars()
        .map(|c| cells[&format!("{c}2")].as_str())
        .collect();
    assert_eq!(
        row,
        [
            "orders",
            "Orders and delivery",
            "Not applicable",
            "Orders and delivery\nDelivering what you order.",
            "Performance of a contract (Article 6(1)(b) GDPR)",
            "Customers",
            "Contact details: postal address, email address",
            "Supportly Inc. (processor, United States)\nFrame Experts Ltd (controller, Canada)\nWithin our organisation: the accounting department",
            row[8],
            "2 years after the end of the contract",
            "Role-based access, encrypted laptops, daily backups kept in Belgium, yearly review.",
        ]
    );
    let transfers = row[8];
    assert!(
        transfers.starts_with("Supportly Inc. → United States: ")
            && transfers.contains("Frame Experts Ltd → Canada: ")
            && transfers.contains(
                "Documentation of suitable safeguards: assessment of 2 February 2026 in our transfer file"
            ),
        "{transfers}"
    );
    assert_eq!(
        cells["E1"], "Legal basis\nArticle 6(1) GDPR",
        "a heading names the provision it answers"
    );
    assert_eq!(cells["C3"], "Fête du Vélo ASBL, Belgium, info@fete.example");
    let processor = self::cells(&parts["xl/worksheets/sheet3.xml"], &shared);
    assert_eq!(processor["B2"], "Leasy NV\nprivacy@leasy.example");
    assert_eq!(processor["E2"], "Supportly Inc. (processor, United States)");
}

#[test]
fn two_runs_write_the_same_bytes_and_the_second_changes_nothing() {
    let (a, b) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    for out in [&a, &b] {
        let run = register(out.path(), &[]);
        assert!(
            run.status.success(),
            "{}",
            String::from_utf8_lossy(&run.stderr)
        );
    }
    for lang in ["en", "fr", "nl"] {
        for name in [
            format!("{lang}.xlsx"),
            format!("{lang}.md"),
            format!("{lang}.html"),
            format!("{lang}-controller.csv"),
            format!("{lang}-processor.csv"),
        ] {
            let read = |d: &tempfile::TempDir| {
                std::fs::read(d.path().join("acme/register").join(&name)).unwrap()
            };
            assert!(read(&a) == read(&b), "{name} differs between two runs");
        }
    }
    let again = register(a.path(), &[]);
    let err = String::from_utf8_lossy(&again.stderr);
    assert!(err.contains("wrote 0 file(s), 15 unchanged"), "{err}");
    let check = register(a.path(), &["--check"]);
    assert!(
        check.status.success(),
        "{}",
        String::from_utf8_lossy(&check.stderr)
    );
}

#[test]
fn the_csv_is_rfc_4180_in_utf8_without_a_byte_order_mark() {
    let out = tempfile::tempdir().unwrap();
    let run = register(out.path(), &["--lang", "fr", "--format", "csv"]);
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let bytes = std::fs::read(out.path().join("acme/register/fr-controller.csv")).unwrap();
    assert!(!bytes.starts_with(&[0xEF, 0xBB, 0xBF]), "no BOM");
    let text = String::from_utf8(bytes).expect("UTF-8");
    assert!(text.starts_with(
        "Référence,Activité de traitement,Responsable conjoint du traitement,Finalités du traitement,Base juridique,"
    ));
    assert!(text.ends_with("\r\n"));
    // Records end with CRLF; the line feeds inside quoted fields are lines of one cell.
    let records: Vec<&str> = text.trim_end().split("\r\n").collect();
    assert_eq!(records.len(), 3, "a header and one record per purpose");
    assert!(records[1].starts_with("orders,Commandes et livraison,Sans objet,\"Commandes et livraison\nLivrer ce que vous commandez.\","));
    assert!(records[1].contains("\"Coordonnées\u{a0}: adresse postale, adresse électronique\""));
}

#[test]
fn the_markdown_matches_its_snapshot_and_the_page_escapes_it() {
    let out = tempfile::tempdir().unwrap();
    let run = register(out.path(), &["--format", "md,html"]);
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    for lang in ["en", "fr", "nl"] {
        let md =
            std::fs::read_to_string(out.path().join(format!("acme/register/{lang}.md"))).unwrap();
        snapshot(&format!("register/{lang}.md"), &md);
    }
    let html = std::fs::read_to_string(out.path().join("acme/register/en.html")).unwrap();
    assert!(
        html.contains("<html lang=\"en\""),
        "the notice's page shell"
    );
    assert!(html.contains("<h1"), "{html}");
    assert!(
        html.contains("href=\"fr.html\""),
        "links to the register in the other languages"
    );
    assert!(!html.contains(".pdf"), "no PDF is written for the register");
}

#[test]
fn register_only_fields_never_reach_the_notice() {
    let out = tempfile::tempdir().unwrap();
    let decl = fixture("register/acme.yaml");
    let run = notice(&[
        "build",
        decl.to_str().unwrap(),
        "--out",
        out.path().to_str().unwrap(),
        "--format",
        "md",
        "--lang",
        "en",
    ]);
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let md = std::fs::read_to_string(out.path().join("acme/en.md")).unwrap();
    for register_only in [
        "accounting department",
        "encrypted laptops",
        "transfer file",
        "privacy@leasy.example",
    ] {
        assert!(
            !md.contains(register_only),
            "`{register_only}` is in the notice"
        );
    }
}

#[test]
fn plain_lint_leaves_the_register_rules_to_lint_register() {
    let decl = fixture("lint/R001/fail.yaml");
    let printed = |o: std::process::Output| {
        format!(
            "{}{}",
            String::from_utf8_lossy(&o.stdout),
            String::from_utf8_lossy(&o.stderr)
        )
    };
    let plain = printed(notice(&["lint", decl.to_str().unwrap()]));
    assert!(!plain.contains("[R0"), "{plain}");
    let register = printed(notice(&["lint", "--register", decl.to_str().unwrap()]));
    assert!(register.contains("warning[R001]"), "{register}");
    // The catalogue lists them with the others; their ids say they are the register's.
    let list = notice(&["lint", "--list-rules"]);
    assert!(String::from_utf8_lossy(&list.stdout).contains("R001"));
}

#[test]
fn declaration_text_stays_text_in_every_format() {
    let dir = tempfile::tempdir().unwrap();
    let decl = dir.path().join("evil.yaml");
    std::fs::write(
        &decl,
        "notice: {id: evil, effective: 2026-03-01, languages: [en]}\n\
         controller: {name: \"<script>alert(1)</script> SRL\"}\n\
         purposes:\n  - id: orders\n    label: {en: \"<img src=x onerror=alert(1)> *bold* [link](javascript:alert(1))\"}\n",
    )
    .unwrap();
    let out = dir.path().join("out");
    let run = notice(&[
        "register",
        decl.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
    ]);
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let html = std::fs::read_to_string(out.join("evil/register/en.html")).unwrap();
    assert!(
        !html.contains("<script>alert") && !html.contains("<img"),
        "{html}"
    );
    assert!(!html.contains("href=\"javascript:"), "{html}");
    assert!(html.contains("&lt;script&gt;"), "{html}");
    let csv = std::fs::read_to_string(out.join("evil/register/en-controller.csv")).unwrap();
    assert!(
        csv.contains("<img src=x onerror=alert(1)> *bold* [link](javascript:alert(1))"),
        "CSV keeps the text as written"
    );
}

/// Set by `.ci/run`: without LibreOffice the spreadsheet test fails instead of skipping.
const SOFFICE_REQUIRED: &str = "NOTICE_SOFFICE_REQUIRED";

#[test]
fn every_example_has_a_register_with_every_cell_filled_that_libreoffice_opens() {
    use std::sync::Arc;
    let locales = Arc::new(notice::i18n::Locales::load(None).unwrap());
    let reference = Arc::new(notice::reference::Reference::builtin().unwrap());
    let renderer = notice::render::Renderer::new(
        notice::render::templates::TemplateSet::load(None).unwrap(),
        locales,
        reference,
        None,
    )
    .unwrap();
    let out = tempfile::tempdir().unwrap();
    let mut processors = 0;
    for org in ["c-dot", "comnexio", "damnet"] {
        let path = crate::common::root().join(format!("examples/{org}/notice.yaml"));
        let loaded = notice::declaration::load(&path).unwrap();
        let loaded = notice::declaration::resolve(loaded, renderer.reference()).unwrap();
        for lang in ["fr", "nl", "en"] {
            let view = notice::register::view(&renderer, &loaded.declaration, lang).unwrap();
            processors += usize::from(view.records.len() == 2 && lang == "en");
            for record in &view.records {
                for row in &record.rows {
                    assert_eq!(row.len(), record.columns.len());
                    for (column, cell) in record.columns.iter().zip(row) {
                        assert!(
                            !cell.is_empty() && cell.iter().all(|l| !l.trim().is_empty()),
                            "{org} ({lang}): an empty cell in column `{}`",
                            column.key
                        );
                    }
                }
            }
        }
        let run = notice(&[
            "register",
            path.to_str().unwrap(),
            "--out",
            out.path().to_str().unwrap(),
            "--format",
            "xlsx",
        ]);
        assert!(
            run.status.success(),
            "{}",
            String::from_utf8_lossy(&run.stderr)
        );
    }
    assert_eq!(processors, 2, "c-dot and comnexio act as processors too");
    let soffice = std::process::Command::new("soffice")
        .arg("--version")
        .output();
    if soffice.is_err() {
        assert!(
            std::env::var_os(SOFFICE_REQUIRED).is_none(),
            "LibreOffice (soffice) is not installed"
        );
        eprintln!("soffice is not installed: the spreadsheets were read back, not opened");
        return;
    }
    let profile = tempfile::tempdir().unwrap();
    let pdfs = out.path().join("pdf");
    let mut args = vec![
        format!("-env:UserInstallation=file://{}", profile.path().display()),
        "--headless".to_owned(),
        "--convert-to".to_owned(),
        "pdf".to_owned(),
        "--outdir".to_owned(),
        pdfs.display().to_string(),
    ];
    let mut expected = Vec::new();
    for org in ["c-dot", "comnexio", "damnet"] {
        for lang in ["fr", "nl", "en"] {
            args.push(
                out.path()
                    .join(format!("{org}/register/{lang}.xlsx"))
                    .display()
                    .to_string(),
            );
            expected.push(format!("{lang}.pdf"));
        }
    }
    // LibreOffice names each PDF after its spreadsheet: convert one organisation at a time.
    for org in ["c-dot", "comnexio", "damnet"] {
        let mut command = std::process::Command::new("soffice");
        let files: Vec<&String> = args[6..]
            .iter()
            .filter(|a| a.contains(&format!("/{org}/")))
            .collect();
        command
            .args(&args[..6])
            .args(files)
            .env("HOME", profile.path());
        let run = crate::common::run_bounded(command, crate::common::LONGEST_RUN);
        assert!(
            run.status.success(),
            "{}",
            String::from_utf8_lossy(&run.stderr)
        );
        for lang in ["fr", "nl", "en"] {
            let pdf = pdfs.join(format!("{lang}.pdf"));
            let size = std::fs::metadata(&pdf).map(|m| m.len()).unwrap_or(0);
            assert!(
                size > 1000,
                "{org} ({lang}): LibreOffice made no PDF of the spreadsheet"
            );
            std::fs::remove_file(&pdf).unwrap();
        }
    }
}

#[test]
fn the_demo_register_in_german_uses_the_terms_of_the_german_gdpr() {
    let out = tempfile::tempdir().unwrap();
    let decl = crate::common::root().join("notices/atelier-zenne.yaml");
    let run = register_of(&decl, out.path(), &["--lang", "de", "--format", "xlsx,md"]);
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let dir = out.path().join("atelier-zenne/register");
    let workbook =
        unescape(&parts(&std::fs::read(dir.join("de.xlsx")).unwrap())["xl/workbook.xml"]);
    // Sheet names stay within the 31 characters a spreadsheet allows.
    for sheet in [
        "Deckblatt",
        "Verzeichnis Verantwortlicher",
        "Verzeichnis Auftragsverarbeiter",
    ] {
        assert!(sheet.chars().count() <= 31, "{sheet}");
        assert!(
            workbook.contains(&format!("name=\"{sheet}\"")),
            "{workbook}"
        );
    }
    let md = std::fs::read_to_string(dir.join("de.md")).unwrap();
    for term in [
        "# Verzeichnis von Verarbeitungstätigkeiten – Atelier Zenne SRL",
        "**Verantwortlicher:**",
        "**Datenschutzbeauftragter:** Keiner benannt",
        "Kategorien betroffener Personen (Art. 30 Abs. 1 Buchst. c DSGVO)",
        "Kategorien von Empfängern (Art. 30 Abs. 1 Buchst. d DSGVO)",
        "Übermittlungen an ein Drittland oder an eine internationale Organisation",
        "Vorgesehene Fristen für die Löschung (Art. 30 Abs. 1 Buchst. f DSGVO)",
        "Technische und organisatorische Maßnahmen (Art. 30 Abs. 1 Buchst. g DSGVO)",
        "(Auftragsverarbeiter, Vereinigte Staaten)",
    ] {
        assert!(md.contains(term), "the German register lacks {term:?}");
    }
    for english in [
        "Record of",
        "Controller",
        "None",
        "Not applicable",
        "Article ",
    ] {
        assert!(!md.contains(english), "English {english:?} in\n{md}");
    }
}
