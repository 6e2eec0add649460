//! The reference examples: three published notices as declarations, before and after.
//!
//! What lint finds in each `as-published.yaml` is pinned here and printed in the book
//! (`docs/guide/examples.md`, "What lint finds in real notices"); each completed `notice.yaml` has no error, says at the
//! top of every output that it is an illustration completed with assumptions, no longer
//! carries the original's unlawful sentences, and its committed outputs are what a build
//! writes today.

use std::path::Path;

use crate::common::{code, needs_pdf, notice, read, root, stderr, stdout};

const ORGS: [&str; 3] = ["damnet", "c-dot", "comnexio"];

/// Errors and warnings of `file`, one line each: "`N201` line 73: message (Art. …)".
fn findings(file: &str) -> Vec<String> {
    let o = notice(&["lint", "--format", "json", file]);
    let all: serde_json::Value = serde_json::from_str(&stdout(&o)).expect("lint JSON");
    all.as_array()
        .expect("an array")
        .iter()
        .filter(|d| d["severity"] != "note")
        .map(|d| {
            format!(
                "- `{}` {}, line {} ({}): {}",
                d["rule"].as_str().unwrap_or_default(),
                d["severity"].as_str().unwrap_or_default(),
                d["line"],
                d["article"].as_str().unwrap_or_default(),
                d["message"].as_str().unwrap_or_default()
            )
        })
        .collect()
}

fn notes(file: &str) -> usize {
    let o = notice(&["lint", "--format", "json", file]);
    let all: serde_json::Value = serde_json::from_str(&stdout(&o)).expect("lint JSON");
    all.as_array()
        .expect("an array")
        .iter()
        .filter(|d| d["severity"] == "note")
        .count()
}

/// Where the page's block between `<!-- lint:ORG -->` and `<!-- /lint:ORG -->` is.
fn page_block(page: &str, org: &str) -> Option<std::ops::Range<usize>> {
    let start = format!("<!-- lint:{org} -->\n");
    let end = format!("<!-- /lint:{org} -->");
    let a = page.find(&start)? + start.len();
    let b = page[a..].find(&end)? + a;
    Some(a..b)
}

#[test]
fn as_published_findings_are_the_ones_the_guide_lists() {
    let page_path = root().join("docs/guide/examples.md");
    let mut page = read(&page_path);
    let mut stale = Vec::new();
    for org in ORGS {
        let file = format!("examples/{org}/as-published.yaml");
        let o = notice(&["lint", &file]);
        assert_eq!(code(&o), 1, "{file} should have errors: {}", stderr(&o));
        let mut block = findings(&file).join("\n");
        block.push_str(&format!(
            "\n\nand {} notes on vague wording (N801).\n",
            notes(&file)
        ));
        let range = page_block(&page, org)
            .unwrap_or_else(|| panic!("docs/guide/examples.md has no <!-- lint:{org} --> block"));
        if page[range.clone()] != block {
            page.replace_range(range, &block);
            stale.push(org);
        }
    }
    if std::env::var_os("NOTICE_BLESS").is_some() {
        std::fs::write(&page_path, page).unwrap();
    } else {
        assert!(
            stale.is_empty(),
            "the lint findings of docs/guide/examples.md are stale for {stale:?}: run with NOTICE_BLESS=1 and review"
        );
    }
}

#[test]
fn as_published_findings_include_the_gaps_of_each_seed() {
    let has = |org: &str, rule: &str, text: &str| {
        findings(&format!("examples/{org}/as-published.yaml"))
            .iter()
            .any(|l| l.starts_with(&format!("- `{rule}`")) && l.contains(text))
    };
    // Damnet: no legal basis per purpose, no retention, the defunct authority, no authority.
    assert!(has(
        "damnet",
        "N201",
        "purpose `identification` has no legal basis"
    ));
    assert!(has(
        "damnet",
        "N501",
        "purpose `follow-up` does not say how long"
    ));
    assert!(has(
        "damnet",
        "N702",
        "Commission de la protection de la vie privée"
    ));
    assert!(has("damnet", "N701", "no supervisory authority"));
    // C-DOT: legitimate interests without interests, vague retention, the defunct authority.
    assert!(has(
        "c-dot",
        "N202",
        "rests on legitimate interests but does not say which"
    ));
    assert!(has("c-dot", "N502", "niet langer dan noodzakelijk"));
    assert!(has(
        "c-dot",
        "N702",
        "Commissie voor de bescherming van de persoonlijke levenssfeer"
    ));
    // COMNEXIO: no legal basis for coaching, retention only "as long as the law requires".
    assert!(has(
        "comnexio",
        "N201",
        "purpose `coaching` has no legal basis"
    ));
    assert!(has(
        "comnexio",
        "N502",
        "aussi longtemps que la loi l'exige"
    ));
    // Sentences that misstate the law, in each seed.
    assert!(has(
        "damnet",
        "N810",
        "accepte expressément les dispositions"
    ));
    assert!(has("damnet", "N813", "révocation de consentement"));
    assert!(has("damnet", "N451", "browser's settings"));
    assert!(has("c-dot", "N812", "kopie van uw identiteitskaart"));
    assert!(has(
        "c-dot",
        "N811",
        "bezwaar formuleren tegen de verwerking"
    ));
    assert!(has("comnexio", "N812", "copie de la carte d'identité"));
    assert!(has(
        "comnexio",
        "N814",
        "demande ou une réclamation auprès de l'Autorité"
    ));
}

#[test]
fn completed_declarations_have_no_error() {
    for org in ORGS {
        let file = format!("examples/{org}/notice.yaml");
        let o = notice(&["lint", &file]);
        assert_eq!(code(&o), 0, "{file}:\n{}", stdout(&o));
        // Only what the original cannot fill without inventing facts remains (docs/guide/examples.md lists it):
        // among them the originals' own cookie practice (refusal only in the browser, a
        // tracker with no lifetime, Google Analytics' 2-year cookie), which a notice can
        // describe but not change.
        for line in findings(&file) {
            assert!(
                [
                    "N401", "N403", "N011", "N302", "N203", "N102", "N106", "N450", "N451", "N452"
                ]
                .iter()
                .any(|r| line.starts_with(&format!("- `{r}`"))),
                "{file}: unexpected {line}"
            );
        }
    }
}

#[test]
fn committed_outputs_are_fresh() {
    if !needs_pdf("committed_outputs_are_fresh") {
        return;
    }
    let mut args = vec!["build".to_owned()];
    args.extend(ORGS.iter().map(|o| format!("examples/{o}/notice.yaml")));
    args.extend(["--out", "examples", "--format", "md,html,pdf", "--check"].map(str::to_owned));
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let o = notice(&args);
    assert_eq!(
        code(&o),
        0,
        "stale example outputs (rebuild with `notice build examples/*/notice.yaml --out examples --format md,html,pdf`):\n{}{}",
        stdout(&o),
        stderr(&o)
    );
    for org in ORGS {
        for lang in ["fr", "nl", "en"] {
            for ext in ["md", "html", "pdf"] {
                assert!(
                    Path::new(&root())
                        .join(format!("examples/{org}/{lang}.{ext}"))
                        .is_file(),
                    "{org}/{lang}.{ext}"
                );
            }
        }
    }
}

#[test]
fn completed_outputs_open_with_the_illustration_note_and_its_assumptions() {
    let banners = [
        ("fr", "> **Illustration.**"),
        ("nl", "> **Illustratie.**"),
        ("en", "> **Illustration.**"),
    ];
    for org in ORGS {
        let decl: serde_yaml::Value =
            serde_yaml::from_str(&read(&root().join(format!("examples/{org}/notice.yaml"))))
                .unwrap();
        let illustration = &decl["notice"]["illustration"];
        let assumptions = illustration["assumptions"]
            .as_sequence()
            .expect("assumptions");
        assert!(!assumptions.is_empty(), "{org}: no assumption listed");
        for (lang, banner) in banners {
            let md = read(&root().join(format!("examples/{org}/{lang}.md")));
            let first_section = md.find("\n## ").expect("a section");
            let at = md.find(banner);
            assert!(
                at.is_some_and(|b| b < first_section),
                "{org}/{lang}.md does not open with the illustration note"
            );
            let note = illustration["note"][lang]
                .as_str()
                .expect("a note per language");
            assert!(md[..first_section].contains(note), "{org}/{lang}.md: note");
            for a in assumptions {
                let a = a[lang].as_str().expect("an assumption per language");
                assert!(
                    md[..first_section].contains(&format!("> - {a}")),
                    "{org}/{lang}.md does not list the assumption {a:?}"
                );
            }
        }
        let published = read(&root().join(format!("examples/{org}/as-published.yaml")));
        assert!(
            !published.contains("illustration:"),
            "{org}: as-published.yaml is the original, not an illustration"
        );
    }
}

/// Sentences of the published notices that the law does not allow (issue #11): each is in
/// `as-published.yaml`, in the original's words, so that lint can find it, and none is left in
/// the text of the completed `notice.yaml` (comments may quote it, to say why it changed).
const UNLAWFUL: [(&str, &str); 10] = [
    // A notice presented as contract terms the reader accepts.
    (
        "damnet",
        "Par la signature du contrat, le bénéficiaire accepte expressément les dispositions",
    ),
    // Consent invoked for data kept under a legal obligation, and for the services.
    (
        "damnet",
        "En cas de révocation de consentement, ces données",
    ),
    ("damnet", "révoquer votre consentement pour nos services"),
    // The right to complain made to depend on the controller refusing a request (Art. 77).
    (
        "damnet",
        "Dans le cas où Damnet ne respecterait pas votre demande",
    ),
    // Every request conditional on proof of identity and a dated and signed request.
    (
        "damnet",
        "Moyennant la preuve de votre identité et d'une demande datée et signée",
    ),
    // A copy of the identity card asked of every requester.
    (
        "c-dot",
        "vragen wij u om een kopie van uw identiteitskaart mee te sturen",
    ),
    // A right to object to any processing, whatever its basis.
    (
        "c-dot",
        "Tevens kunt u bezwaar formuleren tegen de verwerking van uw persoonsgegevens",
    ),
    // Access limited to the data received from the person.
    ("c-dot", "persoonsgegevens welke wij van u ontvangen hebben"),
    (
        "comnexio",
        "par la transmission d'une copie de la carte d'identité",
    ),
    // Rights requests addressed to the authority.
    (
        "comnexio",
        "introduire à titre gratuit cette demande ou une réclamation auprès de l'Autorité",
    ),
];

#[test]
fn unlawful_sentences_stay_in_the_originals_and_leave_the_completed_notices() {
    let text_of = |file: &str| -> String {
        read(&root().join(file))
            .lines()
            .filter(|l| !l.trim_start().starts_with('#'))
            .collect::<Vec<_>>()
            .join("\n")
    };
    for (org, sentence) in UNLAWFUL {
        let published = text_of(&format!("examples/{org}/as-published.yaml"));
        assert!(
            published.contains(sentence),
            "{org}/as-published.yaml lost {sentence:?}"
        );
        let completed = text_of(&format!("examples/{org}/notice.yaml"));
        assert!(
            !completed.contains(sentence),
            "{org}/notice.yaml still says {sentence:?}"
        );
    }
}
