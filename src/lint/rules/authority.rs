//! Rules on the supervisory authority people can complain to.

use std::collections::HashMap;

use crate::declaration::{Contact, Text};
use crate::diagnostic::Severity;
use crate::lint::facts::public_body;
use crate::lint::phrases::{Pattern, Phrases, Words};
use crate::lint::{Context, Docs, Findings, Rule};
use crate::reference::{Authority, AuthorityScope, ENGLISH, FormerName, Reference};

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
    Rule {
        id: "N703",
        name: "flemish-body-names-national-authority",
        severity: Severity::Warning,
        articles: "Art. 13(2)(d), 14(2)(e), 51, 77",
        wp260: None,
        summary: "a Flemish public body names the national Belgian authority rather than the Flemish supervisory commission (VTC)",
        docs: Docs {
            what: "A public body (`controller.sector: public` or `public_authority: true`), established in Belgium (`country: BE`) at an address whose postcode lies in the Flemish Region (1500–3999, 8000–9999), should name `supervisory_authority: {country: BE, authority: vtc}` rather than `BE`. The postcode is the best sign the format has today; it misses Flemish bodies based in Brussels (1000–1299) and flags a federal or provincial body that happens to sit in Flanders, which can silence it by naming its authority explicitly: the rule only fires on the bare national authority.",
            why: "Flemish public bodies (the Flemish government, local authorities and other 'instanties' of the Flemish e-govdecreet of 18 July 2008, as amended by the 2018 AVG-decreet) answer to the Vlaamse Toezichtcommissie (VTC), whose complaint procedure takes complaints about them and sends those about private companies and federal bodies to the national Gegevensbeschermingsautoriteit. The notice should send people to the authority that handles their complaint.",
            bad: "controller:\n  country: BE\n  public_authority: true\n  contact: {address: \"Markt 1\\n9000 Gent\"}\nsupervisory_authority: BE\n",
            good: "controller:\n  country: BE\n  public_authority: true\n  contact: {address: \"Markt 1\\n9000 Gent\"}\nsupervisory_authority: {country: BE, authority: vtc}\n",
        },
        check: Some(flemish_public_body),
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
    let Err(e) = r.resolve(cx.reference) else {
        return;
    };
    // The mapping form has paths of its own; the shorthand `BE` is the value itself.
    let path = format!("supervisory_authority.{}", e.field());
    let path = if cx.file().map().node(&path).is_some() {
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

/// Each name a former authority went by that has words to match, with the authority that
/// replaced it: names, abbreviations and addresses are matched as whole words (`CBP`, not
/// `cbpl`).
fn former_names(
    reference: &Reference,
) -> impl Iterator<Item = (&Authority, &FormerName, &str, Pattern)> {
    reference
        .former_authority_mentions()
        .filter_map(|(current, former, needle)| {
            Some((current, former, needle, Pattern::literal(needle)?))
        })
}

/// The names of [`former_names`] as one phrase set, built once per run.
pub fn former_authority_names(reference: &Reference) -> Phrases {
    Phrases::any_language(former_names(reference).map(|(.., p)| p).collect())
}

pub fn former_authority(cx: &Context, f: &mut Findings) {
    // The language versions of the texts are cut into words once for every phrase rule: only
    // the other strings (ids, addresses, the texts phrase rules skip) are cut here.
    let cut: HashMap<&str, &Words> = cx
        .variants()
        .iter()
        .map(|v| (v.at.as_str(), &v.words))
        .collect();
    for (path, text) in cx.strings() {
        let own;
        let words = match cut.get(path.as_str()) {
            Some(words) => *words,
            None => {
                own = Words::new(text.as_str());
                &own
            }
        };
        let Some((n, _)) = cx.former_authorities().first_pattern(words, &[]) else {
            continue;
        };
        let Some((current, former, needle, _)) = former_names(cx.reference).nth(n) else {
            continue;
        };
        let since = former
            .replaced_on()
            .map(|d| format!(" on {d}"))
            .unwrap_or_default();
        f.at(
            path,
            format!(
                "this text mentions “{needle}”: {} was replaced{since} by the {}",
                former.name(ENGLISH),
                current.name(ENGLISH)
            ),
            format!(
                "remove the mention and let `supervisory_authority: {}` print the current authority ({})",
                current.country(),
                current.website(ENGLISH)
            ),
        );
    }
}

/// Postcodes of the Flemish Region: Flemish Brabant 1500–1999 and 3000–3499, Antwerp 2000–2999,
/// Limburg 3500–3999, West Flanders 8000–8999, East Flanders 9000–9999 (bpost's province
/// ranges, https://en.wikipedia.org/wiki/Postal_codes_in_Belgium). Brussels (1000–1299) is
/// left out on purpose: bodies there may be Flemish, federal or Brussels ones.
const FLEMISH_POSTCODES: [(u16, u16); 2] = [(1500, 3999), (8000, 9999)];

pub fn flemish_public_body(cx: &Context, f: &mut Findings) {
    let decl = cx.decl();
    let (Some(c), Some(r)) = (&decl.controller, &decl.supervisory_authority) else {
        return;
    };
    // A foreign four-digit postcode (Dutch "2509 AJ") must not pass for a Flemish one.
    let in_belgium = c
        .country
        .as_deref()
        .is_some_and(|x| x.trim().eq_ignore_ascii_case("BE"));
    if public_body(decl, cx.reference).is_none() || !in_belgium {
        return;
    }
    // An unresolvable or explicitly chosen authority is N701's business or the user's choice.
    let Ok(selected) = r.resolve(cx.reference) else {
        return;
    };
    let national = selected.national();
    if national.country() != "BE" || selected.other().is_some() {
        return;
    }
    let Some(postcode) = postcode(&c.contact) else {
        return;
    };
    if !FLEMISH_POSTCODES
        .iter()
        .any(|(lo, hi)| (*lo..=*hi).contains(&postcode))
    {
        return;
    }
    let Some(vtc) = national.other_with_scope(AuthorityScope::FlemishPublicBodies) else {
        return;
    };
    let abbreviation = vtc
        .abbreviation("nl")
        .map(|a| format!(" ({a})"))
        .unwrap_or_default();
    let act = vtc
        .established_by()
        .map(|a| format!(", under {a}"))
        .unwrap_or_default();
    f.at(
        "supervisory_authority",
        format!(
            "this public body is established in the Flemish Region (postcode {postcode}) but names the national {}: Flemish public bodies answer to the {}{abbreviation}{act}",
            national.name(ENGLISH),
            vtc.name("nl"),
        ),
        format!(
            "write `supervisory_authority: {{country: BE, authority: {}}}`; if the controller is not a Flemish public body (a federal or provincial one, say), name its authority explicitly",
            vtc.id()
        ),
    );
}

/// The Belgian postcode of a postal address: the four digits opening the last of its lines
/// (or comma-separated parts) that starts with them, as in "9000 Gent" or "B-9000 Gent".
fn postcode(contact: &Contact) -> Option<u16> {
    let address: &Text = contact.address.as_ref()?;
    address
        .variants()
        .into_iter()
        .flat_map(|(_, text)| text.split(['\n', ',']))
        // The postcode line closes an address; a street line may open with a number.
        .rev()
        .find_map(|part| {
            let part = part.trim();
            let part = part
                .strip_prefix("B-")
                .or_else(|| part.strip_prefix("BE-"))
                .unwrap_or(part);
            let (digits, rest) = part.split_at_checked(4)?;
            let city_follows = rest.starts_with(char::is_whitespace) && !rest.trim().is_empty();
            (digits.bytes().all(|b| b.is_ascii_digit()) && city_follows)
                .then(|| digits.parse().ok())
                .flatten()
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn contact(address: &str) -> Contact {
        Contact {
            address: Some(Text::Same(address.to_owned())),
            ..Contact::default()
        }
    }

    #[test]
    fn postcode_is_read_from_the_line_that_opens_with_it() {
        assert_eq!(postcode(&contact("Markt 1\n9000 Gent")), Some(9000));
        assert_eq!(postcode(&contact("Markt 1, B-2000 Antwerpen")), Some(2000));
        assert_eq!(
            postcode(&contact("Postbus 12\n3500 Hasselt\nBelgium")),
            Some(3500)
        );
        // A four-digit house number after the street is not a postcode; a postcode needs its town.
        assert_eq!(postcode(&contact("Rue Haute 1000")), None);
        assert_eq!(postcode(&contact("9000")), None);
        assert_eq!(postcode(&Contact::default()), None);
    }
}
