//! The supervisory-authority rules on declarations the fixtures do not cover: selecting
//! another authority by id (N701's located error listing the ids) and the limits of the
//! Flemish-public-body heuristic (N703).

use std::path::PathBuf;

use notice::date::Date;
use notice::declaration::load::parse;
use notice::i18n::Locales;
use notice::lint::{Config, lint};
use notice::reference::Reference;

/// Findings of `id` on a declaration made of a notice header and `rest`, as `line:col message`.
fn findings(id: &str, rest: &str) -> Vec<String> {
    let text = format!("notice:\n  id: x\n  effective: 2026-03-01\n  languages: [nl]\n{rest}");
    let loaded = parse(PathBuf::from("case.yaml"), text).expect("the declaration parses");
    let config = Config::new(Date::new(2026, 11, 23).unwrap());
    let locales = Locales::load(None).expect("built-in locales");
    let reference = Reference::builtin().expect("built-in reference data");
    lint(&[loaded], &locales, &reference, &config)
        .into_iter()
        .filter(|d| d.code == id)
        .map(|d| {
            let (line, col) = d.line_col().expect("a located finding");
            format!("{line}:{col} {}", d.message)
        })
        .collect()
}

#[test]
fn another_authority_is_selected_by_id_and_an_unknown_id_lists_the_valid_ones() {
    for ok in [
        "supervisory_authority: {country: BE, authority: vtc}",
        "supervisory_authority: {country: be, authority: COC}",
        "supervisory_authority: {country: DE, authority: ekd}",
        "supervisory_authority: {country: DE, region: BY}",
        "supervisory_authority: BE",
    ] {
        assert_eq!(
            findings("N701", &format!("{ok}\n")),
            Vec::<String>::new(),
            "{ok}"
        );
    }
    let unknown = findings(
        "N701",
        "supervisory_authority: {country: BE, authority: vtx}\n",
    );
    assert_eq!(
        unknown,
        [
            r#"5:49 unknown authority "vtx" for BE: expected one of vtc, coc, comite-i (or no `authority` for the national authority)"#
        ]
    );
    let none = findings(
        "N701",
        "supervisory_authority: {country: FR, authority: vtc}\n",
    );
    assert!(
        none[0].starts_with("5:49 ")
            && none[0].contains("no authority for FR beside the national one"),
        "{none:?}"
    );
    let both = findings(
        "N701",
        "supervisory_authority: {country: BE, region: VLG, authority: vtc}\n",
    );
    assert!(
        both[0].starts_with("5:62 ") && both[0].contains("the authority id alone"),
        "{both:?}"
    );
    // Flanders' only regional authority is for the public sector: a region alone picks the
    // private-sector one, so the national authority stays competent.
    let region = findings(
        "N701",
        "supervisory_authority: {country: BE, region: VLG}\n",
    );
    assert!(
        region[0].contains("national authority is competent"),
        "{region:?}"
    );
}

/// A Belgian public body with `address`, naming `authority`.
fn body(address: &str, country: &str, public: bool, authority: &str) -> String {
    format!(
        "controller:\n  name: X\n  country: {country}\n  public_authority: {public}\n  contact:\n    address: \"{address}\"\nsupervisory_authority: {authority}\n"
    )
}

#[test]
fn the_flemish_body_heuristic_fires_only_on_a_belgian_public_body_in_the_flemish_region() {
    let hit = findings("N703", &body("Markt 1\\n3500 Hasselt", "BE", true, "BE"));
    assert_eq!(hit.len(), 1, "{hit:?}");
    assert!(
        hit[0].starts_with("11:24 ")
            && hit[0].contains("postcode 3500")
            && hit[0].contains("Vlaamse Toezichtcommissie")
            && hit[0].contains("e-govdecreet"),
        "{hit:?}"
    );
    for (why, case) in [
        (
            "Brussels: Flemish, federal or regional",
            body("Havenlaan 88\\n1000 Brussel", "BE", true, "BE"),
        ),
        ("Wallonia", body("Place 1\\n4000 Liège", "BE", true, "BE")),
        ("a company", body("Markt 1\\n9000 Gent", "BE", false, "BE")),
        (
            "a Dutch postcode",
            body("Postbus 1\\n2509 AJ Den Haag", "NL", true, "BE"),
        ),
        (
            "an explicit choice",
            body(
                "Markt 1\\n9000 Gent",
                "BE",
                true,
                "{country: BE, authority: coc}",
            ),
        ),
        ("no postcode", body("Markt 1, Gent", "BE", true, "BE")),
    ] {
        assert_eq!(findings("N703", &case), Vec::<String>::new(), "{why}");
    }
}
