//! Rules on the supervisory authority people can complain to.

use crate::declaration::walk::strings;
use crate::diagnostic::Severity;
use crate::lint::phrases::{Pattern, Words};
use crate::lint::{Context, Docs, Findings, Rule};
use crate::reference::reference;

/// The rules of this module, in id order.
pub static RULES: &[Rule] = &[
    Rule {
        id: "N701",
        name: "no-supervisory-authority",
        severity: Severity::Error,
        articles: "Art. 13(2)(d), 14(2)(e), 77",
        wp260: Some("WP260 Annex, \"The right to lodge a complaint with a supervisory authority\""),
        summary: "the supervisory authority is missing or cannot be resolved",
        docs: Docs {
            what: "`supervisory_authority` must be the ISO code of an EU/EEA state (`BE`), or `{country: DE, region: BY}` for a regional authority the reference data knows. notice prints its name, address and contact in every language.",
            why: "People must be told of their right to lodge a complaint with a supervisory authority; the notice should name the competent one with its contact details. A non-EEA or unknown code resolves to no authority at all.",
            bad: "supervisory_authority: UK\n",
            good: "supervisory_authority: BE\n",
        },
        check: Some(authority),
        check_all: None,
    },
    Rule {
        id: "N702",
        name: "former-authority-mentioned",
        severity: Severity::Error,
        articles: "Art. 13(2)(d), 14(2)(e), 77",
        wp260: None,
        summary: "a text names a supervisory authority that no longer exists",
        docs: Docs {
            what: "No text of the declaration may name a former supervisory authority, by name, abbreviation, website or address: e.g. the Belgian \"Commission de la protection de la vie privée\" / \"Commissie voor de bescherming van de persoonlijke levenssfeer\" (Privacy Commission, privacycommission.be), replaced on 25 May 2018 by the Data Protection Authority.",
            why: "People would be sent to complain to a body that no longer exists. `supervisory_authority:` makes notice print the current authority for you.",
            bad: "rights:\n  identity_check: {en: Complaints go to the Privacy Commission.}\n",
            good: "supervisory_authority: BE\n",
        },
        check: Some(former_authority),
        check_all: None,
    },
];

pub fn authority(cx: &Context, f: &mut Findings) {
    let Some(r) = &cx.decl().supervisory_authority else {
        f.missing(
            "",
            "supervisory_authority",
            "the declaration names no supervisory authority to complain to",
            "add `supervisory_authority: BE` (the ISO code of the EU/EEA state whose authority is competent)",
        );
        return;
    };
    let found = match &r.region {
        None => reference().authority(&r.country).map(|_| ()),
        Some(region) => reference()
            .regional_authority(&r.country, region)
            .map(|_| ()),
    };
    let Err(e) = found else { return };
    // The mapping form has paths of its own; the shorthand `BE` is the value itself.
    let field = if reference().authority(&r.country).is_ok() {
        "region"
    } else {
        "country"
    };
    let path = format!("supervisory_authority.{field}");
    let path = if cx.file().map.node(&path).is_some() {
        path
    } else {
        "supervisory_authority".to_owned()
    };
    let help = if e.is_not_eea_member() {
        "name the authority of the EU/EEA state where you are established (your lead authority), e.g. `supervisory_authority: BE`".to_owned()
    } else if field == "region" {
        format!(
            "use a region the reference data knows, or `supervisory_authority: {}` for the national authority",
            r.country
        )
    } else {
        "write the ISO 3166-1 alpha-2 code of an EU/EEA state, e.g. `BE`, `FR`, `NL`".to_owned()
    };
    f.at(&path, e.to_string(), help);
}

pub fn former_authority(cx: &Context, f: &mut Findings) {
    // Names, abbreviations and addresses are matched as whole words: `CBP`, not `cbpl`.
    let mentions: Vec<_> = reference()
        .former_authority_mentions()
        .filter_map(|(current, former, needle)| {
            Some((current, former, needle, Pattern::literal(needle)?))
        })
        .collect();
    for (path, text) in strings(cx.decl()) {
        let words = Words::new(&text);
        let hit = mentions
            .iter()
            .find(|(_, _, _, pattern)| pattern.find(&words).is_some())
            .map(|(current, former, needle, _)| (*current, *former, *needle));
        let Some((current, former, needle)) = hit else {
            continue;
        };
        let since = former
            .replaced_on()
            .map(|d| format!(" on {d}"))
            .unwrap_or_default();
        f.at(
            &path,
            format!(
                "this text mentions “{needle}”: {} was replaced{since} by the {}",
                former.name("en"),
                current.name("en")
            ),
            format!(
                "remove the mention and let `supervisory_authority: {}` print the current authority ({})",
                current.country(),
                current.website("en")
            ),
        );
    }
}
