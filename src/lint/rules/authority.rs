//! Rules on the supervisory authority people can complain to.

use crate::declaration::walk::strings;
use crate::diagnostic::Severity;
use crate::lint::facts::contains_phrase;
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
            what: "`supervisory_authority` must be the ISO code of an EU/EEA state (`BE`), `{country: DE, region: BY}` for a regional authority, or `{country: BE, authority: vtc}` for another authority the reference data knows (`notice reference authorities BE` lists them). notice prints its name, address and contact in every language.",
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
    let Err(e) = r.resolve(reference()) else {
        return;
    };
    // The mapping form has paths of its own; the shorthand `BE` is the value itself.
    let path = format!("supervisory_authority.{}", e.field());
    let path = if cx.file().map.node(&path).is_some() {
        path
    } else {
        "supervisory_authority".to_owned()
    };
    let help = if e.is_not_eea_member() {
        "name the authority of the EU/EEA state where you are established (your lead authority), e.g. `supervisory_authority: BE`".to_owned()
    } else {
        match e.field() {
            "region" => format!(
                "use a region the reference data knows, or `supervisory_authority: {}` for the national authority",
                r.country
            ),
            "authority" => format!(
                "write one id from `notice reference authorities {0}`, or `supervisory_authority: {0}` for the national authority",
                r.country
            ),
            _ => "write the ISO 3166-1 alpha-2 code of an EU/EEA state, e.g. `BE`, `FR`, `NL`"
                .to_owned(),
        }
    };
    f.at(&path, e.to_string(), help);
}

pub fn former_authority(cx: &Context, f: &mut Findings) {
    for (path, text) in strings(cx.decl()) {
        let text = text.to_lowercase();
        let hit = reference()
            .former_authority_mentions()
            .find(|(_, _, needle)| contains_phrase(&text, needle));
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
