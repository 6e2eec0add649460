//! Rules on where data go when a declaration names several destinations: transfer entries
//! that cover no destination of their recipient, and storage outside the EEA that no
//! recipient's transfer covers.

use crate::diagnostic::Severity;
use crate::lint::{Context, Docs, Findings, Rule};
use crate::reference::{ENGLISH, Route};

/// The rules of this module, in id order.
pub static RULES: &[Rule] = &[
    Rule {
        id: "N412",
        name: "transfer-for-unlisted-destination",
        severity: Severity::Warning,
        articles: "Art. 13(1)(f), 14(1)(f)",
        wp260: None,
        summary: "a transfer entry names a destination its recipient does not list, or one another entry names",
        docs: Docs {
            what: "Each entry of a recipient's `transfer` list that has a `country` must name one of the recipient's `country` destinations, and only one entry may name each. An entry without `country` covers every destination outside the EEA that no other entry names.",
            why: "The notice states the mechanism of each destination the recipient lists; an entry for another destination is never shown, so a fact the organisation wrote down would silently drop out of the notice (and the destination it was meant for may lack its mechanism).",
            bad: "recipients:\n  - id: shop\n    name: Shoply Inc.\n    country: [US]\n    transfer:\n      - {country: US, mechanism: dpf}\n      - {country: CA, mechanism: adequacy}\n",
            good: "recipients:\n  - id: shop\n    name: Shoply Inc.\n    country: [US, CA]\n    transfer:\n      - {country: US, mechanism: dpf}\n      - {country: CA, mechanism: adequacy}\n",
        },
        check: Some(stray_transfers),
        check_all: None,
    },
    Rule {
        id: "N413",
        name: "storage-outside-eea-no-transfer",
        severity: Severity::Error,
        articles: "Art. 13(1)(f), 14(1)(f), 44-49",
        wp260: Some("WP260 Annex, \"Details of transfers to third countries\""),
        summary: "data are stored outside the EEA, and no recipient's transfer covers that place",
        docs: Docs {
            what: "A `storage` location whose `country` (or one of whose countries or regions) is outside the EEA needs a `provider`: a recipient that lists that destination in its own `country`, where its transfer mechanism is declared (and checked by N404–N411).",
            why: "Data kept abroad by a provider are transferred to it: the notice must name the mechanism (Art. 13(1)(f)), and it states it in the transfers section, for the recipient. A storage place outside the EEA that no recipient accounts for is a transfer the notice does not explain, whatever the precision of the place.",
            bad: "recipients:\n  - id: cloud\n    name: Cloudy SA\n    country: EU\nstorage:\n  - description: {en: off-site backup}\n    country: US\n    provider: cloud\n",
            good: "recipients:\n  - id: cloud\n    name: Cloudy SA\n    country: [EU, US]\n    transfer: {mechanism: scc, copy: \"mailto:privacy@acme.example\"}\nstorage:\n  - description: {en: off-site backup}\n    country: US\n    provider: cloud\n",
        },
        check: Some(storage_outside_eea),
        check_all: None,
    },
];

pub fn stray_transfers(cx: &Context, f: &mut Findings) {
    for (i, r) in cx.decl().recipients.iter().enumerate() {
        let at = format!("recipients[{i}]");
        for (path, t) in r.stray_transfers(&at, cx.reference) {
            let code = t.country.as_deref().unwrap_or_default();
            let listed = r
                .country
                .iter()
                .flatten()
                .any(|c| c.trim().eq_ignore_ascii_case(code.trim()));
            let (message, help) = if listed {
                (
                    format!(
                        "recipient `{}` has two transfer entries for {code}: only the first is shown",
                        r.id
                    ),
                    "merge them into one entry".to_owned(),
                )
            } else {
                (
                    format!(
                        "recipient `{}` has a transfer entry for {code}, which its `country` does not list: the notice does not show it",
                        r.id
                    ),
                    format!("add {code} to `country:`, or remove the entry"),
                )
            };
            f.at(&format!("{path}.country"), message, help);
        }
    }
}

pub fn storage_outside_eea(cx: &Context, f: &mut Findings) {
    let decl = cx.decl();
    for (i, l) in decl.storage.iter().enumerate() {
        let at = format!("storage[{i}].country");
        let provider = l.provider.as_deref().map(|id| {
            let found = decl.recipients.iter().enumerate().find(|(_, r)| r.id == id);
            (id, found)
        });
        for (path, code) in l.country.iter().flat_map(|c| c.with_paths(&at)) {
            let Route::Transfer(destination, _) = cx.reference.route(Some(code), None) else {
                continue;
            };
            let place = match destination.region() {
                Some(_) => format!("in {}", destination.name(ENGLISH).unwrap_or(code)),
                None => format!("in {code}"),
            };
            let covered = |(j, r): (usize, &crate::declaration::Recipient)| {
                r.legs(&format!("recipients[{j}]"), cx.reference)
                    .iter()
                    .any(|leg| match leg.route {
                        Route::Transfer(d, _) => d.code() == destination.code(),
                        _ => false,
                    })
            };
            let (message, help) = match provider {
                Some((_, Some(found))) if covered(found) => continue,
                Some((id, Some(_))) => (
                    format!(
                        "data are stored {place}, outside the EEA, but the provider `{id}` does not list it in its `country`"
                    ),
                    format!(
                        "add {code} to `country:` of recipient `{id}`, with its transfer mechanism in `transfer:`"
                    ),
                ),
                Some((id, None)) => (
                    format!(
                        "data are stored {place}, outside the EEA, by `{id}`, which is not a declared recipient"
                    ),
                    format!(
                        "declare recipient `{id}` with `country: {code}` and its transfer mechanism"
                    ),
                ),
                None => (
                    format!(
                        "data are stored {place}, outside the EEA, and no provider is named whose transfer covers it"
                    ),
                    format!(
                        "add `provider: <recipient id>`, and give that recipient `country: {code}` with its transfer mechanism"
                    ),
                ),
            };
            f.at(&path, message, help);
        }
    }
}
