//! Rules on the record of processing activities (Art. 30), R0xx: what `notice register` needs
//! that a notice does not. Checked by `notice lint --register` and `notice register` only, so
//! that a plain `lint` reports what it always did.

use crate::diagnostic::Severity;
use crate::lint::{Context, Docs, Findings, Rule};
use crate::reference::Mechanism;

/// The rules of this module, in id order.
pub static RULES: &[Rule] = &[
    Rule {
        id: "R001",
        name: "register-missing-security",
        severity: Severity::Warning,
        articles: "Art. 30(1)(g), 30(2)(d), 32(1)",
        wp260: None,
        summary: "the register has no description of the security measures",
        docs: Docs {
            what: "The record needs a general description of the technical and organisational security measures: `register.security` (a paragraph only the register shows), or else the notice's `security` items, which the register then lists.",
            why: "Art. 30(1)(g) and 30(2)(d) ask, where possible, for a general description of the measures of Art. 32(1) in the controller's and the processor's record; a register without it leaves the column empty.",
            bad: "notice:\n  id: acme\n",
            good: "notice:\n  id: acme\nregister:\n  security: {en: Role-based access, encrypted laptops, daily backups, yearly review.}\n",
        },
        check: Some(missing_security),
        check_all: None,
    },
    Rule {
        id: "R002",
        name: "register-purpose-without-data-subjects",
        severity: Severity::Warning,
        articles: "Art. 30(1)(c)",
        wp260: None,
        summary: "a purpose does not name the categories of data subjects the register needs",
        docs: Docs {
            what: "Each purpose should name in `data_subjects` the groups of people whose data it processes (declared under `data_subjects`, each with a `kind` or a `label`).",
            why: "Art. 30(1)(c) requires a description of the categories of data subjects of each processing; the notice may leave it implicit (N330 is only a note), the record may not.",
            bad: "data_subjects:\n  - {id: customers, kind: customers}\npurposes:\n  - id: orders\n",
            good: "data_subjects:\n  - {id: customers, kind: customers}\npurposes:\n  - id: orders\n    data_subjects: [customers]\n",
        },
        check: Some(purpose_subjects),
        check_all: None,
    },
    Rule {
        id: "R003",
        name: "register-undocumented-derogation",
        severity: Severity::Warning,
        articles: "Art. 30(1)(e), 49(6)",
        wp260: None,
        summary: "a transfer on compelling legitimate interests does not document its safeguards",
        docs: Docs {
            what: "A transfer whose `mechanism` is `compelling_legitimate_interests` (Art. 49(1), second subparagraph) should say in `safeguards` what was assessed and which suitable safeguards were adduced, or where that documentation is kept. Only the register shows it.",
            why: "For these transfers Art. 30(1)(e) requires the documentation of suitable safeguards in the record, and Art. 49(6) the documentation of the assessment and of the safeguards.",
            bad: "recipients:\n  - id: expert\n    country: CA\n    transfer:\n      mechanism: compelling_legitimate_interests\n      interests: {en: the one-off expert review of a defective frame}\n",
            good: "recipients:\n  - id: expert\n    country: CA\n    transfer:\n      mechanism: compelling_legitimate_interests\n      interests: {en: the one-off expert review of a defective frame}\n      safeguards: {en: assessment of 2 February 2026 in our transfer file}\n",
        },
        check: Some(undocumented_derogation),
        check_all: None,
    },
    Rule {
        id: "R004",
        name: "register-client-without-contact",
        severity: Severity::Warning,
        articles: "Art. 30(2)(a)",
        wp260: None,
        summary: "the processor's record cannot name and reach the controller it acts for",
        docs: Docs {
            what: "A processor activity for a named `client` should give `client_contact`; one for a `client_category` should say in `client_list` where each client's name and contact details are recorded.",
            why: "Art. 30(2)(a) requires the name and contact details of each controller on behalf of which the processor is acting.",
            bad: "processor_activities:\n  - id: fleet\n    client: Leasy NV\n",
            good: "processor_activities:\n  - id: fleet\n    client: Leasy NV\n    client_contact: {email: privacy@leasy.example}\n",
        },
        check: Some(client_without_contact),
        check_all: None,
    },
];

fn missing_security(cx: &Context, f: &mut Findings) {
    let d = cx.decl();
    let described = d.register.as_ref().is_some_and(|r| r.security.is_some());
    if !described && d.security.is_empty() {
        f.missing(
            "",
            "register",
            "the register has no description of the technical and organisational security measures",
            format!(
                "add `register: {{security: {}}}`: a paragraph on access control, encryption, backups, training, reviews…",
                cx.text_template()
            ),
        );
    }
}

fn purpose_subjects(cx: &Context, f: &mut Findings) {
    for (i, p) in cx.decl().purposes.iter().enumerate() {
        if p.data_subjects.is_empty() {
            f.missing(
                &format!("purposes[{i}]"),
                "data_subjects",
                format!(
                    "purpose `{}` does not say whose data it processes: the register's column of categories of data subjects stays empty",
                    p.id
                ),
                "add `data_subjects: [<id>]`, naming groups declared under `data_subjects:` (e.g. `{id: customers, kind: customers}`)",
            );
        }
    }
}

fn undocumented_derogation(cx: &Context, f: &mut Findings) {
    for (i, r) in cx.decl().recipients.iter().enumerate() {
        for (path, t) in r
            .transfer
            .iter()
            .flat_map(|t| t.with_paths(&format!("recipients[{i}].transfer")))
        {
            let compelling = t
                .mechanism
                .as_deref()
                .and_then(Mechanism::from_id)
                .is_some_and(Mechanism::needs_interests);
            if compelling && t.safeguards.is_none() {
                f.missing(
                    &path,
                    "safeguards",
                    format!(
                        "the transfer to recipient `{}` rests on compelling legitimate interests, but the register cannot document its safeguards",
                        r.id
                    ),
                    format!(
                        "add `safeguards: {}`: the assessment made and the safeguards adduced, or where they are documented",
                        cx.text_template()
                    ),
                );
            }
        }
    }
}

fn client_without_contact(cx: &Context, f: &mut Findings) {
    for (i, a) in cx.decl().processor_activities.iter().enumerate() {
        let at = format!("processor_activities[{i}]");
        if a.client.is_some() && a.client_contact.as_ref().is_none_or(|c| c.is_empty()) {
            f.missing(
                &at,
                "client_contact",
                format!(
                    "processor activity `{}` names its client but not how to reach it",
                    a.id
                ),
                "add `client_contact: {email: …}` (or `address`, `phone`)",
            );
        } else if a.client.is_none() && a.client_category.is_some() && a.client_list.is_none() {
            f.missing(
                &at,
                "client_list",
                format!(
                    "processor activity `{}` names a category of clients but not where each client's name and contact details are recorded",
                    a.id
                ),
                format!("add `client_list: {}`, e.g. \"our client file, one entry per contract\"", cx.text_template()),
            );
        }
    }
}
