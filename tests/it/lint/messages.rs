//! What findings say, where the place alone does not show it: messages that point the right
//! way, and one finding where the fix is one.

use crate::common::{notice, stdout};

/// The findings of `rule` on a fixture: (message, help).
fn findings(file: &str, rule: &str) -> Vec<(String, String)> {
    let o = notice(&["lint", "--format", "json", file]);
    let all: serde_json::Value = serde_json::from_str(&stdout(&o)).expect("lint JSON");
    all.as_array()
        .expect("an array")
        .iter()
        .filter(|d| d["rule"] == rule)
        .map(|d| {
            let s = |k: &str| d[k].as_str().unwrap_or_default().to_owned();
            (s("message"), s("help"))
        })
        .collect()
}

#[test]
fn a_text_cut_at_a_comma_is_reported_as_cut_with_its_quoted_form() {
    let file = "tests/fixtures/lint/N803/fail.yaml";
    let cut = findings(file, "N803");
    let (message, help) = &cut[0];
    assert_eq!(
        message,
        "the fr text was probably cut at a comma: “exploiter et sécuriser notre réseau” became a key of its own, and it is not a language code"
    );
    assert!(
        help.contains(r#"`fr: "Construire, exploiter et sécuriser notre réseau"`"#),
        "{help}"
    );
    // A key that is not a language code but no cut: the lower-case code is suggested.
    assert_eq!(cut[1].1, "write `en`");
    // The old message pointed the wrong way: the "text" under the cut-off key is not empty.
    assert!(
        findings(file, "N005")
            .iter()
            .all(|(m, _)| !m.contains("exploiter")),
        "N005 still reports the cut-off key"
    );
}

#[test]
fn one_provision_finding_per_category_naming_its_purposes() {
    let found = findings("tests/fixtures/lint/N304/fail.yaml", "N304");
    let contact: Vec<&String> = found
        .iter()
        .map(|(m, _)| m)
        .filter(|m| m.contains("`contact`"))
        .collect();
    assert_eq!(
        contact,
        [
            "data category `contact`, collected from the person for purposes `orders` and `support`, does not say whether providing it is required and what happens if not"
        ]
    );
}

#[test]
fn unlawful_sentences_quote_what_they_found() {
    let (message, _) = &findings("tests/fixtures/lint/N814/fail.yaml", "N814")[0];
    assert!(
        message.contains("“demande ou une réclamation à l'Autorité”"),
        "{message}"
    );
    let (message, _) = &findings("tests/fixtures/lint/N813/fail.yaml", "N813")[0];
    assert!(
        message.ends_with("but purpose `legal-retention` does not rest on consent"),
        "{message}"
    );
}
