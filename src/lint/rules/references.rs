//! Rules on the declaration's structure: ids, the references between declared things, country codes.

use std::collections::BTreeMap;

use super::is_slug;
use crate::declaration::RecipientRole;
use crate::diagnostic::Severity;
use crate::lint::facts::{self, Kind};
use crate::lint::{Context, Docs, Findings, Rule};
use crate::reference::Region;

/// The rules of this module, in id order.
pub static RULES: &[Rule] = &[
    Rule {
        id: "N008",
        name: "invalid-id",
        severity: Severity::Error,
        articles: "Art. 12(1)",
        wp260: None,
        summary: "an id of a purpose, data subject, data category, recipient, joint controller or processor activity is not a slug",
        docs: Docs {
            what: "Ids of purposes, data subjects, data categories, recipients, joint controllers and processor activities must be slugs: lowercase letters, digits, `-` and `_`, starting with a letter or digit, at most 64 characters.",
            why: "Ids cross-reference entries and become anchors in the published notice (`#purpose-<id>`); spaces, capitals or punctuation make broken links and references that are easy to mistype.",
            bad: "purposes:\n  - id: Direct Marketing\n",
            good: "purposes:\n  - id: direct-marketing\n",
        },
        check: Some(invalid_ids),
        check_all: None,
    },
    Rule {
        id: "N009",
        name: "duplicate-id",
        severity: Severity::Error,
        articles: "Art. 12(1)",
        wp260: None,
        summary: "two entries of the same list have the same id",
        docs: Docs {
            what: "Within `purposes`, `data_subjects`, `data_categories`, `recipients`, `joint_controllers` and `processor_activities`, each id may be used once. (A purpose and a data category may share an id.)",
            why: "A reference to a duplicated id is ambiguous: the notice could show one entry's retention or recipients for the other.",
            bad: "recipients:\n  - id: hosting\n    name: Nordhost BV\n  - id: hosting\n    name: Cloudy SA\n",
            good: "recipients:\n  - id: hosting\n    name: Nordhost BV\n  - id: backup\n    name: Cloudy SA\n",
        },
        check: Some(duplicate_ids),
        check_all: None,
    },
    Rule {
        id: "N010",
        name: "unknown-reference",
        severity: Severity::Error,
        articles: "Art. 12(1), 13(1)(c)-(e), 14(1)(c)-(e)",
        wp260: None,
        summary: "a reference names a purpose, data subject, data category or recipient that is not declared",
        docs: Docs {
            what: "Every id used in `purposes[].data_subjects`, `purposes[].data`, `purposes[].recipients`, `retention.per_category[].data` and `purposes[].provision.per_category[].data` (which must also be among the purpose's data), `data_categories[].source.data_subjects`, `joint_controllers[].purposes`, `purposes[].further_processing_of` (which may not be the purpose itself), `processor_activities[].data` (an id, not a text), `processor_activities[].sub_processors` and `cookies.trackers[].recipient` must be declared.",
            why: "A reference that does not resolve silently drops information the reader is owed: the data a purpose uses, who receives them.",
            bad: "data_categories:\n  - id: contact\npurposes:\n  - id: orders\n    data: [contcat]\n",
            good: "data_categories:\n  - id: contact\npurposes:\n  - id: orders\n    data: [contact]\n",
        },
        check: Some(unknown_references),
        check_all: None,
    },
    Rule {
        id: "N011",
        name: "unused-declaration",
        severity: Severity::Warning,
        articles: "Art. 12(1)",
        wp260: Some("WP260, \"Concise, transparent, intelligible and easily accessible\""),
        summary: "a data subject, data category or recipient is declared but nothing uses it",
        docs: Docs {
            what: "Each data subject should be named by a purpose (`purposes[].data_subjects`) or a source (`data_categories[].source.data_subjects`); each data category used by a purpose (`purposes[].data`) or a processor activity (`processor_activities[].data`); each recipient by a purpose (`purposes[].recipients`), a tracker (`cookies.trackers[].recipient`) or a processor activity (`processor_activities[].sub_processors`). Recipients with `role: authority` are exempt: they receive data on request, whatever the purpose.",
            why: "An entry no purpose uses is either forgotten in a purpose (so the purpose's information is incomplete) or left over (so the notice lists data or recipients that are not processed).",
            bad: "data_categories:\n  - id: contact\n  - id: fax\npurposes:\n  - id: orders\n    data: [contact]\n",
            good: "data_categories:\n  - id: contact\npurposes:\n  - id: orders\n    data: [contact]\n",
        },
        check: Some(unused),
        check_all: None,
    },
    Rule {
        id: "N012",
        name: "unknown-country",
        severity: Severity::Error,
        articles: "Art. 13(1)(a), 13(1)(f), 14(1)(a), 14(1)(f)",
        wp260: None,
        summary: "a country code is not an ISO 3166-1 alpha-2 code",
        docs: Docs {
            what: "The `country` of the controller, the representative, joint controllers and recipients must be an ISO 3166-1 alpha-2 code (BE, FR, US, GB…); a recipient's may also be an international organisation the reference data know (`EPO`).",
            why: "The country decides whether data leave the EEA (a transfer the notice must explain) and is printed by name in every language; an unknown code can be neither.",
            bad: "recipients:\n  - id: helpdesk\n    name: Supportly Inc.\n    country: USA\n",
            good: "recipients:\n  - id: helpdesk\n    name: Supportly Inc.\n    country: US\n",
        },
        check: Some(unknown_countries),
        check_all: None,
    },
];

pub fn invalid_ids(cx: &Context, f: &mut Findings) {
    for kind in Kind::ALL {
        for (path, id) in facts::declared(cx.decl(), kind) {
            if !is_slug(id) {
                let slug: String = id
                    .to_lowercase()
                    .chars()
                    .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
                    .collect();
                f.at(
                    &format!("{path}.id"),
                    format!("{} id `{id}` is not a slug", kind.noun()),
                    format!(
                        "use lowercase letters, digits, `-` and `_` only, e.g. `id: {}`, and change the references to it",
                        slug.trim_matches('-')
                    ),
                );
            }
        }
    }
}

pub fn duplicate_ids(cx: &Context, f: &mut Findings) {
    for kind in Kind::ALL {
        let mut first: BTreeMap<&str, String> = BTreeMap::new();
        for (path, id) in facts::declared(cx.decl(), kind) {
            match first.get(id) {
                Some(earlier) => f.at(
                    &format!("{path}.id"),
                    format!("{} id `{id}` is already used by {earlier}", kind.noun()),
                    format!(
                        "give this {} its own id, or merge the two entries",
                        kind.noun()
                    ),
                ),
                None => {
                    first.insert(id, path);
                }
            }
        }
    }
}

pub fn unknown_references(cx: &Context, f: &mut Findings) {
    let decl = cx.decl();
    for r in cx.index().references() {
        let noun = r.kind.noun();
        if !cx.index().resolves(r.kind, r.id) {
            f.at(
                &r.path,
                format!("no {noun} has the id `{}`", r.id),
                format!(
                    "{}declare it under `{}:` or use one of the declared ids",
                    facts::suggestion(decl, r.kind, r.id),
                    r.kind.section()
                ),
            );
        } else if let Some(within) = r.within.filter(|w| !w.iter().any(|d| d == r.id)) {
            f.at(
                &r.path,
                format!(
                    "`{}` has a retention of its own here, but the purpose does not list it in its `data`",
                    r.id
                ),
                format!(
                    "add `{}` to the purpose's `data: [{}]`, or remove this per-category retention",
                    r.id,
                    within.join(", ")
                ),
            );
        } else if r.not == Some(r.id) {
            f.at(
                &r.path,
                format!("purpose `{}` says it is further processing of itself", r.id),
                "name the purpose the data were first collected for, or remove `further_processing_of`",
            );
        }
    }
}

pub fn unused(cx: &Context, f: &mut Findings) {
    let decl = cx.decl();
    for (kind, users) in [
        (Kind::DataSubject, "purposes[].data_subjects"),
        (Kind::DataCategory, "purposes[].data"),
        (Kind::Recipient, "purposes[].recipients"),
    ] {
        for (path, id) in facts::declared(decl, kind) {
            // Authorities receive data on request, for no purpose of ours (Art. 4(9)).
            let authority = kind == Kind::Recipient
                && decl
                    .recipients
                    .iter()
                    .any(|r| r.id == id && r.role == Some(RecipientRole::Authority));
            if !authority && !cx.index().is_referenced(kind, id) {
                f.at(
                    &format!("{path}.id"),
                    format!(
                        "{} `{id}` is declared but no purpose {} it",
                        kind.noun(),
                        if kind == Kind::DataSubject {
                            "or source names"
                        } else {
                            "uses"
                        }
                    ),
                    format!(
                        "add `{id}` to the `{}` of the purposes that use it, or remove the entry",
                        users.rsplit('.').next().unwrap_or(users)
                    ),
                );
            }
        }
    }
}

pub fn unknown_countries(cx: &Context, f: &mut Findings) {
    let r = cx.reference;
    let established = facts::countries(cx.decl())
        .into_iter()
        .map(|(path, code)| (path, code, r.country(code).err()));
    let destinations = facts::destinations(cx.decl())
        .into_iter()
        .map(|(path, code)| (path, code, r.destination(code).err()));
    for (path, code, e) in established.chain(destinations) {
        let Some(e) = e else {
            continue;
        };
        // Every two-letter code is one edit from dozens of others, and three-letter codes
        // map to two-letter ones by no rule: only a country written by name is recognised.
        let written = code.trim().to_lowercase();
        let hint = r
            .countries()
            .iter()
            .find(|c| c.names().values().any(|n| n.to_lowercase() == written))
            .map(|c| format!("did you mean `{}`? ", c.code()))
            .unwrap_or_default();
        // Only where data go may be a region: an establishment is in one country.
        let hint = match Region::from_code(code) {
            Some(region) => format!(
                "`{}` names a region, which only a recipient's or a storage location's `country` may be: ",
                region.code()
            ),
            None => hint,
        };
        f.at(
            &path,
            e.to_string(),
            format!("{hint}write the ISO 3166-1 alpha-2 code, e.g. `country: BE`"),
        );
    }
}
