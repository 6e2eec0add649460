//! Rules on data categories and data subjects: what is processed and about whom, where it comes
//! from (Art. 13 or 14, for everyone or per group of data subjects), and whether people must
//! provide it.

use crate::declaration::{DataSubjectKind, Provision, ProvisionRequirement, SourceKind};
use crate::diagnostic::Severity;
use crate::lint::facts::{Kind, list};
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
    Rule {
        id: "N330",
        name: "purpose-without-data-subjects",
        severity: Severity::Note,
        articles: "Art. 12(1), 13(1)(c), 30(1)(c)",
        wp260: None,
        summary: "a purpose does not say whose data it processes, though the declaration names data subjects",
        docs: Docs {
            what: "When the declaration lists `data_subjects`, each purpose may name in `data_subjects` the groups whose data it processes; the notice then says so in the purpose. A note: Arts. 13 and 14 do not require it, and a notice that tells its groups apart elsewhere (in the descriptions of its data) may leave it out to stay concise.",
            why: "A notice read by several groups of people (clients, their staff, visitors, applicants) is intelligible only if each can tell which purposes concern them (Art. 12(1)); the record of processing activities needs the categories of data subjects of each processing (Art. 30(1)(c)).",
            bad: "data_subjects:\n  - {id: customers, kind: customers}\npurposes:\n  - id: orders\n    legal_basis: contract\n",
            good: "data_subjects:\n  - {id: customers, kind: customers}\npurposes:\n  - id: orders\n    legal_basis: contract\n    data_subjects: [customers]\n",
        },
        check: Some(purpose_subjects),
        check_all: None,
    },
    Rule {
        id: "N331",
        name: "source-for-unconcerned-subjects",
        severity: Severity::Warning,
        articles: "Art. 13, 14(2)(f)",
        wp260: None,
        summary: "a data category's source names data subjects that no purpose using the category concerns",
        docs: Docs {
            what: "Each group named in a `source`'s `data_subjects` should be among the `data_subjects` of a purpose that uses the category (checked when those purposes name their data subjects).",
            why: "A source for people whose data the category is not processed about states a fact about nobody, and usually means a purpose lacks a group, or the source names the wrong one.",
            bad: "data_subjects:\n  - {id: customers, kind: customers}\n  - {id: prospects, kind: prospects}\ndata_categories:\n  - id: contact\n    source:\n      - {data_subjects: [prospects], kind: third_party, name: Leads SA}\npurposes:\n  - id: orders\n    data_subjects: [customers]\n    data: [contact]\n",
            good: "data_subjects:\n  - {id: customers, kind: customers}\n  - {id: prospects, kind: prospects}\ndata_categories:\n  - id: contact\n    source:\n      - {data_subjects: [prospects], kind: third_party, name: Leads SA}\npurposes:\n  - id: orders\n    data_subjects: [customers, prospects]\n    data: [contact]\n",
        },
        check: Some(unconcerned_sources),
        check_all: None,
    },
    Rule {
        id: "N332",
        name: "subjects-without-source",
        severity: Severity::Warning,
        articles: "Art. 13, 14(2)(f)",
        wp260: Some("WP260 Annex, \"The source of the personal data\""),
        summary: "a data category's sources, given per group of data subjects, leave out a group whose data a purpose uses",
        docs: Docs {
            what: "Where a category's `source` names groups (`data_subjects`), every group of the purposes that use the category should be named by one entry, or one entry should name none (it is then the source for everyone else).",
            why: "The notice says where the data come from group by group; for a group left out it says nothing, so a reader of that group cannot tell whether the data come from them (Art. 13) or from whom (Art. 14(2)(f)).",
            bad: "data_subjects:\n  - {id: workers, label: {en: Workers of our clients}}\n  - {id: self-employed, label: {en: Self-employed clients}}\ndata_categories:\n  - id: contact\n    source:\n      - {data_subjects: [workers], kind: third_party, description: {en: your employer}}\npurposes:\n  - id: support\n    data_subjects: [workers, self-employed]\n    data: [contact]\n",
            good: "data_subjects:\n  - {id: workers, label: {en: Workers of our clients}}\n  - {id: self-employed, label: {en: Self-employed clients}}\ndata_categories:\n  - id: contact\n    source:\n      - {data_subjects: [workers], kind: third_party, description: {en: your employer}}\n      - {data_subjects: [self-employed], kind: data_subject}\npurposes:\n  - id: support\n    data_subjects: [workers, self-employed]\n    data: [contact]\n",
        },
        check: Some(subjects_without_source),
        check_all: None,
    },
    Rule {
        id: "N333",
        name: "unnamed-data-subjects",
        severity: Severity::Warning,
        articles: "Art. 12(1)",
        wp260: None,
        summary: "a group of data subjects has no label and no kind to name it by",
        docs: Docs {
            what: "Each entry of `data_subjects` needs a `label`, or a `kind` other than `other` (whose name the notice then uses: `customers` is \"Customers\", « Clients », “Klanten”).",
            why: "Without either, the notice can only show the group's id to the people it is about.",
            bad: "data_subjects:\n  - id: crew\n",
            good: "data_subjects:\n  - id: crew\n    label: {en: Festival volunteers}\n    kind: other\n",
        },
        check: Some(unnamed_subjects),
        check_all: None,
    },
];

pub fn indirect_label(cx: &Context, f: &mut Findings) {
    for (i, c) in cx.decl().data_categories.iter().enumerate() {
        if c.is_indirect() && c.label.is_none() {
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
        let Some(sources) = &c.source else {
            continue;
        };
        for (path, s) in sources.with_paths(&format!("data_categories[{i}].source")) {
            if !s.is_indirect() {
                continue;
            }
            let named = s.name.is_some() || s.description.is_some();
            let located = s.kind == SourceKind::Public && s.url.is_some();
            if !named && !located {
                let kind = if s.kind == SourceKind::Public {
                    "public"
                } else {
                    "third_party"
                };
                f.at(
                    &path,
                    format!(
                        "data category `{}` comes from a {} source that is not named",
                        c.id,
                        kind.replace('_', " ")
                    ),
                    format!(
                        "write `{{kind: {kind}, name: <who>}}`, or add `description: {}` saying what kind of source it is",
                        cx.text_template()
                    ),
                );
            }
        }
    }
}

pub fn provision(cx: &Context, f: &mut Findings) {
    let decl = cx.decl();
    let text = cx.text_template();
    for (i, p) in decl.purposes.iter().enumerate() {
        let Some(pp) = &p.provision else {
            continue;
        };
        if let Some(own) = pp.own() {
            let whose = format!("purpose `{}`", p.id);
            incomplete_provision(f, &format!("purposes[{i}].provision"), &whose, &own, &text);
        }
        for (k, c) in pp.per_category.iter().enumerate() {
            let whose = format!("purpose `{}` for `{}`", p.id, c.data);
            let path = format!("purposes[{i}].provision.per_category[{k}]");
            incomplete_provision(f, &path, &whose, &c.provision(), &text);
        }
    }
    // One finding per category, naming the purposes that rely on it: the fix is one
    // `provision` on the category, not one per purpose that uses it.
    for (k, c) in decl.data_categories.iter().enumerate() {
        if !c.is_provided() {
            continue;
        }
        let users: Vec<&str> = decl
            .purposes
            .iter()
            .filter(|p| {
                p.data.contains(&c.id)
                    && p.provision
                        .as_ref()
                        .is_none_or(|pp| pp.for_category(&c.id).is_none())
            })
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

pub fn purpose_subjects(cx: &Context, f: &mut Findings) {
    let decl = cx.decl();
    if decl.data_subjects.is_empty() {
        return;
    }
    let ids: Vec<&str> = decl.data_subjects.iter().map(|s| s.id.as_str()).collect();
    for (i, p) in decl.purposes.iter().enumerate() {
        if p.data_subjects.is_empty() {
            f.missing(
                &format!("purposes[{i}]"),
                "data_subjects",
                format!("purpose `{}` does not say whose data it processes", p.id),
                format!(
                    "add `data_subjects: [<id>, …]` with the groups it concerns, among {}",
                    list(&ids)
                ),
            );
        }
    }
}

/// Whether every purpose that uses category `id` names its data subjects (so that a group's
/// absence from them means something).
fn all_name_subjects(decl: &crate::declaration::Declaration, id: &str) -> bool {
    let mut users = decl
        .purposes
        .iter()
        .filter(|p| p.data.iter().any(|d| d == id))
        .peekable();
    users.peek().is_some() && users.all(|p| !p.data_subjects.is_empty())
}

pub fn unconcerned_sources(cx: &Context, f: &mut Findings) {
    let decl = cx.decl();
    for (i, c) in decl.data_categories.iter().enumerate() {
        let Some(sources) = &c.source else {
            continue;
        };
        if !all_name_subjects(decl, &c.id) {
            continue;
        }
        let subjects = decl.subjects_of_category(&c.id);
        for (path, s) in sources.with_paths(&format!("data_categories[{i}].source")) {
            for (k, id) in s.data_subjects.iter().enumerate() {
                if cx.index().resolves(Kind::DataSubject, id) && !subjects.contains(&id.as_str()) {
                    f.at(
                        &format!("{path}.data_subjects[{k}]"),
                        format!(
                            "the source of data category `{}` is for `{id}`, but no purpose that uses the category concerns `{id}`",
                            c.id
                        ),
                        format!(
                            "add `{id}` to the `data_subjects` of the purposes that use `{}`, or remove it here",
                            c.id
                        ),
                    );
                }
            }
        }
    }
}

pub fn subjects_without_source(cx: &Context, f: &mut Findings) {
    let decl = cx.decl();
    for (i, c) in decl.data_categories.iter().enumerate() {
        let Some(sources) = &c.source else {
            continue;
        };
        let per_group = sources.entries.iter().any(|s| !s.data_subjects.is_empty());
        let for_the_rest = sources.entries.iter().any(|s| s.data_subjects.is_empty());
        if !per_group || for_the_rest {
            continue;
        }
        let missing: Vec<&str> = decl
            .subjects_of_category(&c.id)
            .into_iter()
            .filter(|id| {
                !sources
                    .entries
                    .iter()
                    .any(|s| s.data_subjects.iter().any(|x| x == id))
            })
            .collect();
        if !missing.is_empty() {
            f.at(
                &format!("data_categories[{i}].source"),
                format!(
                    "data category `{}` gives its source per group of data subjects, but not for {}, whose data a purpose uses",
                    c.id,
                    list(&missing)
                ),
                format!(
                    "add an entry `{{data_subjects: [{}], kind: …}}` (`data_subject` if they provide the data themselves), or one without `data_subjects` for everyone else",
                    missing.join(", ")
                ),
            );
        }
    }
}

pub fn unnamed_subjects(cx: &Context, f: &mut Findings) {
    for (i, s) in cx.decl().data_subjects.iter().enumerate() {
        let named_by_kind = s.kind.is_some_and(|k| k != DataSubjectKind::Other);
        if s.label.is_none() && !named_by_kind {
            f.missing(
                &format!("data_subjects[{i}]"),
                "label",
                format!("data subject `{}` has no label, so the notice can only show its id", s.id),
                format!(
                    "add `label: {}` (a plural noun: \"Workers of our clients\"), or a `kind` such as `customers`",
                    cx.text_template()
                ),
            );
        }
    }
}
