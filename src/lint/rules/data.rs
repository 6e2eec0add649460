//! Rules on data categories: what is processed, where it comes from (Art. 13 or 14), and
//! whether people must provide it.

use crate::declaration::{DataCategory, Provision, ProvisionRequirement, SourceKind};
use crate::diagnostic::Severity;
use crate::lint::facts::list;
use crate::lint::{Context, Docs, Findings, Rule};

/// The rules of this module, in id order.
pub static RULES: &[Rule] = &[
    Rule {
        id: "N301",
        name: "unlabelled-indirect-category",
        severity: Severity::Error,
        articles: "Art. 14(1)(d)",
        wp260: Some("WP260 Annex, \"The categories of personal data concerned\""),
        summary: "data obtained from someone else have no label saying what they are",
        docs: Docs {
            what: "A data category whose `source` is `third_party` or `public` (so Art. 14 applies) must have a `label` naming the category for the reader.",
            why: "People who did not give the data themselves do not know what the controller holds about them: Art. 14(1)(d) requires the categories concerned. (For data collected from the person, Art. 13 does not require it, so the rule does not apply.)",
            bad: "data_categories:\n  - id: claims\n    source: {kind: third_party, name: Assurances Pédale SA}\n",
            good: "data_categories:\n  - id: claims\n    label: {en: Claim data}\n    source: {kind: third_party, name: Assurances Pédale SA}\n",
        },
        check: Some(indirect_label),
        check_all: None,
    },
    Rule {
        id: "N302",
        name: "purpose-without-data",
        severity: Severity::Warning,
        articles: "Art. 13(1)(c), 14(1)(c), 14(1)(d)",
        wp260: None,
        summary: "a purpose does not list the data categories it uses",
        docs: Docs {
            what: "Each purpose should list the ids of the data categories it uses in `data`.",
            why: "Without them the notice cannot say what is processed for the purpose, which special-data or Art. 14 rules apply to it, or what is kept how long.",
            bad: "purposes:\n  - id: orders\n    legal_basis: contract\n",
            good: "purposes:\n  - id: orders\n    legal_basis: contract\n    data: [identity, contact]\n",
        },
        check: Some(purpose_data),
        check_all: None,
    },
    Rule {
        id: "N303",
        name: "missing-source",
        severity: Severity::Error,
        articles: "Art. 14(2)(f)",
        wp260: Some("WP260 Annex, \"The source of the personal data\""),
        summary: "data obtained from someone else do not say from whom",
        docs: Docs {
            what: "A data category with `source` `third_party` or `public` must name the specific source (`source.name`) or describe it (`source.description`, or `source.url` for a public one).",
            why: "Art. 14(2)(f) requires the source and whether it is publicly accessible; WP260 asks for the specific source, and only where that is impossible for the nature of the sources.",
            bad: "data_categories:\n  - id: claims\n    source: third_party\n",
            good: "data_categories:\n  - id: claims\n    source:\n      kind: third_party\n      name: Assurances Pédale SA\n      public: false\n",
        },
        check: Some(source),
        check_all: None,
    },
    Rule {
        id: "N304",
        name: "missing-provision",
        severity: Severity::Error,
        articles: "Art. 13(2)(e)",
        wp260: Some(
            "WP260 Annex, \"Whether the provision of personal data is a statutory or contractual requirement\"",
        ),
        summary: "data collected from the person do not say whether providing them is required, and what happens if not",
        docs: Docs {
            what: "A data category collected from the person (no `source`, or `source: data_subject`) and used by a purpose needs `provision` with `requirement` (`statutory`, `contractual`, `contract_prerequisite`, `voluntary`) and, unless voluntary, `consequences`: on the data category (for all its purposes) or on the purpose (overriding the categories). One finding per category, naming the purposes that use it without a `provision` of their own.",
            why: "Art. 13(2)(e) requires the notice to say whether providing the data is a statutory or contractual requirement, or needed to enter into a contract, whether the person is obliged to provide them, and the consequences of not doing so. It does not apply to data obtained from others (Art. 14).",
            bad: "data_categories:\n  - id: contact\npurposes:\n  - id: orders\n    legal_basis: contract\n    data: [contact]\n",
            good: "data_categories:\n  - id: contact\n    provision:\n      requirement: contract_prerequisite\n      consequences: {en: we cannot deliver your order.}\npurposes:\n  - id: orders\n    legal_basis: contract\n    data: [contact]\n",
        },
        check: Some(provision),
        check_all: None,
    },
    Rule {
        id: "N320",
        name: "provision-without-data",
        severity: Severity::Note,
        articles: "Art. 13(2)(e)",
        wp260: Some(
            "WP260 Annex, \"Whether the provision of personal data is a statutory or contractual requirement\"",
        ),
        summary: "a purpose says whether providing data is required, but lists no data, so readers cannot tell which",
        docs: Docs {
            what: "A purpose with a `provision` should list in `data` the categories the provision is about. Without them the notice can only say \"Providing your data is optional\" (or required) under the purpose, without naming the data.",
            why: "Art. 13(2)(e) asks the notice to say whether providing the personal data is required and what happens if they are not provided: the reader must be able to tell which data are meant. A note, as N302 already reports the missing `data` as such: this one says what it costs the Art. 13(2)(e) sentence.",
            bad: "purposes:\n  - id: newsletter\n    legal_basis: consent\n    provision: {requirement: voluntary}\n",
            good: "purposes:\n  - id: newsletter\n    legal_basis: consent\n    data: [email]\n    provision: {requirement: voluntary}\n",
        },
        check: Some(provision_without_data),
        check_all: None,
    },
];

/// Art. 14 applies to the category: its data come from someone other than the person.
fn is_indirect(c: &DataCategory) -> bool {
    c.source.as_ref().is_some_and(|s| s.is_indirect())
}

pub fn indirect_label(cx: &Context, f: &mut Findings) {
    for (i, c) in cx.decl().data_categories.iter().enumerate() {
        if is_indirect(c) && c.label.is_none() {
            f.missing(
                &format!("data_categories[{i}]"),
                "label",
                format!(
                    "data category `{}` comes from someone else (Art. 14) but has no label to tell readers what it is",
                    c.id
                ),
                format!("add `label: {}` naming the category, e.g. `{{en: Claim data}}`", cx.text_template()),
            );
        }
    }
}

pub fn purpose_data(cx: &Context, f: &mut Findings) {
    for (i, p) in cx.decl().purposes.iter().enumerate() {
        if p.data.is_empty() {
            f.missing(
                &format!("purposes[{i}]"),
                "data",
                format!("purpose `{}` lists no data categories", p.id),
                "add `data: [<category id>, …]` with the ids of the data categories it uses",
            );
        }
    }
}

pub fn source(cx: &Context, f: &mut Findings) {
    for (i, c) in cx.decl().data_categories.iter().enumerate() {
        let Some(s) = c.source.as_ref().filter(|s| s.is_indirect()) else {
            continue;
        };
        let named = s.name.is_some() || s.description.is_some();
        let located = s.kind == SourceKind::Public && s.url.is_some();
        if !named && !located {
            let kind = if s.kind == SourceKind::Public {
                "public"
            } else {
                "third_party"
            };
            f.at(
                &format!("data_categories[{i}].source"),
                format!(
                    "data category `{}` comes from a {} source that is not named",
                    c.id,
                    kind.replace('_', " ")
                ),
                format!(
                    "write `source: {{kind: {kind}, name: <who>}}`, or add `description: {}` saying what kind of source it is",
                    cx.text_template()
                ),
            );
        }
    }
}

pub fn provision(cx: &Context, f: &mut Findings) {
    let decl = cx.decl();
    let text = cx.text_template();
    for (i, p) in decl.purposes.iter().enumerate() {
        if let Some(pr) = &p.provision {
            let whose = format!("purpose `{}`", p.id);
            incomplete_provision(f, &format!("purposes[{i}].provision"), &whose, pr, &text);
        }
    }
    // One finding per category, naming the purposes that rely on it: the fix is one
    // `provision` on the category, not one per purpose that uses it.
    for (k, c) in decl.data_categories.iter().enumerate() {
        if is_indirect(c) {
            continue;
        }
        let users: Vec<&str> = decl
            .purposes
            .iter()
            .filter(|p| p.provision.is_none() && p.data.contains(&c.id))
            .map(|p| p.id.as_str())
            .collect();
        if users.is_empty() {
            continue;
        }
        let path = format!("data_categories[{k}]");
        match &c.provision {
            Some(pr) => {
                let whose = format!("data category `{}`", c.id);
                incomplete_provision(f, &format!("{path}.provision"), &whose, pr, &text);
            }
            None => f.missing(
                &path,
                "provision",
                format!(
                    "data category `{}`, collected from the person for {} {}, does not say whether providing it is required and what happens if not",
                    c.id,
                    if users.len() == 1 { "purpose" } else { "purposes" },
                    list(&users)
                ),
                format!(
                    "add `provision: {{requirement: contract_prerequisite, consequences: {text}}}` to the data category (or a `provision` to a purpose where it differs); requirement is statutory, contractual, contract_prerequisite or voluntary"
                ),
            ),
        }
    }
}

pub fn provision_without_data(cx: &Context, f: &mut Findings) {
    for (i, p) in cx.decl().purposes.iter().enumerate() {
        if p.data.is_empty()
            && p.provision
                .as_ref()
                .is_some_and(|pr| pr.requirement.is_some())
        {
            f.at_key(
                &format!("purposes[{i}].provision"),
                format!(
                    "purpose `{}` says whether providing data is required, but lists no data: the notice cannot say which data are meant",
                    p.id
                ),
                "add `data: [<category id>, …]` with the categories the provision is about",
            );
        }
    }
}

/// `whose` names the purpose or category in messages; `text` is a free text to fill in, in the
/// notice's languages.
fn incomplete_provision(f: &mut Findings, path: &str, whose: &str, pr: &Provision, text: &str) {
    match pr.requirement {
        None => f.missing(
            path,
            "requirement",
            format!("the provision of {whose} does not say whether providing the data is required"),
            "add `requirement:` with statutory, contractual, contract_prerequisite or voluntary",
        ),
        Some(r) if r != ProvisionRequirement::Voluntary && pr.consequences.is_none() => f.missing(
            path,
            "consequences",
            format!("{whose}: providing the data is required, but the consequences of not providing them are not stated"),
            format!("add `consequences: {text}`, e.g. `{{en: we cannot deliver your order.}}`"),
        ),
        Some(_) => {}
    }
}
