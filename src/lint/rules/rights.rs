//! Rules on rights: a channel to exercise them, the separate objection, withdrawing consent,
//! automated decisions.

use crate::declaration::{AutomatedDecision, DecisionException, LegalBasis};
use crate::diagnostic::Severity;
use crate::lint::facts::has_any_channel;
use crate::lint::{Context, Docs, Findings, Rule};
use crate::rights::{Right, purpose_rights, rights_contact, uses_consent};

/// The rules of this module, in id order.
pub static RULES: &[Rule] = &[
    Rule {
        id: "N601",
        name: "no-rights-channel",
        severity: Severity::Error,
        articles: "Art. 12(2), 13(2)(b), 14(2)(c)",
        wp260: Some("WP260, \"Information related to the exercise of data subject rights\""),
        summary: "the notice has no way for people to exercise their rights",
        docs: Docs {
            what: "Rights requests go to `rights.contact`, else the DPO's contact, else the controller's; that contact must give an email, phone, form or postal address.",
            why: "The notice must say how to exercise the rights, and the controller must facilitate their exercise (Art. 12(2)); a rights section without a channel tells people nothing they can act on.",
            bad: "controller:\n  name: Acme SRL\nrights:\n  contact: {}\n",
            good: "controller:\n  name: Acme SRL\nrights:\n  contact:\n    email: privacy@acme.example\n",
        },
        check: Some(rights_channel),
        check_all: None,
    },
    Rule {
        id: "N602",
        name: "no-objection-channel",
        severity: Severity::Error,
        articles: "Art. 21(4), 21(5), 12(2)",
        wp260: Some("WP260, \"Information related to the exercise of data subject rights\""),
        summary: "a purpose gives a right to object, but the separate objection section has no channel to object by",
        docs: Docs {
            what: "When a purpose rests on public task or legitimate interests, or is direct marketing, the notice shows a separate section on the right to object, naming the channel of `rights.contact` (else the DPO's, else the controller's). That contact must give at least one way to object: email, phone, form or postal address.",
            why: "Art. 21(4) requires the right to object to be brought explicitly to attention, clearly and separately; objecting must be easy (Art. 12(2)). Without any channel the section cannot tell people how to object.",
            bad: "purposes:\n  - id: newsletter\n    legal_basis: consent\n    direct_marketing: true\ncontroller:\n  name: Acme SRL\n",
            good: "purposes:\n  - id: newsletter\n    legal_basis: consent\n    direct_marketing: true\nrights:\n  contact:\n    email: privacy@acme.example\n",
        },
        check: Some(objection_channel),
        check_all: None,
    },
    Rule {
        id: "N603",
        name: "consent-without-withdrawal",
        severity: Severity::Error,
        articles: "Art. 7(3), 13(2)(c), 14(2)(d)",
        wp260: Some("WP260 Annex, \"The existence of the right to withdraw consent\""),
        summary: "a purpose rests on consent without saying how to withdraw it",
        docs: Docs {
            what: "A purpose with `legal_basis: consent` or `special_condition: explicit_consent` needs `withdraw`: how to withdraw consent for it (the unsubscribe link, a setting, an address).",
            why: "People must be told of the right to withdraw consent at any time, and withdrawing must be as easy as giving consent (Art. 7(3)); WP260 asks for how to withdraw, not only that one may.",
            bad: "purposes:\n  - id: newsletter\n    legal_basis: consent\n",
            good: "purposes:\n  - id: newsletter\n    legal_basis: consent\n    withdraw: {en: click the unsubscribe link at the bottom of each newsletter.}\n",
        },
        check: Some(withdrawal),
        check_all: None,
    },
    Rule {
        id: "N604",
        name: "automated-decision-unexplained",
        severity: Severity::Error,
        articles: "Art. 13(2)(f), 14(2)(g), 22",
        wp260: Some("WP260 Annex, \"The existence of automated decision-making\""),
        summary: "an automated decision lacks its logic, significance or consequences",
        docs: Docs {
            what: "`automated_decision` must give `logic` (meaningful information about how it decides), `significance` and `consequences` (what it means for the person).",
            why: "For decisions under Art. 22(1) and (4), the notice must give meaningful information about the logic involved and the significance and envisaged consequences of the processing.",
            bad: "automated_decision:\n  exception: contract\n",
            good: "automated_decision:\n  exception: contract\n  logic: {en: a score from how well addresses and card country match}\n  significance: {en: above a set score the order is refused}\n  consequences: {en: you can then order in the shop}\n",
        },
        check: Some(decision_explained),
        check_all: None,
    },
    Rule {
        id: "N605",
        name: "automated-decision-without-exception",
        severity: Severity::Error,
        articles: "Art. 22(2)",
        wp260: None,
        summary: "an automated decision does not say which Art. 22(2) exception allows it",
        docs: Docs {
            what: "`automated_decision` must give `exception`: `contract` (22(2)(a)), `law` (22(2)(b)) or `explicit_consent` (22(2)(c)).",
            why: "Solely automated decisions with legal or similarly significant effects are prohibited (Art. 22(1)) except in these three cases; the safeguards people get depend on which.",
            bad: "automated_decision:\n  logic: {en: …}\n",
            good: "automated_decision:\n  exception: contract\n  logic: {en: …}\n",
        },
        check: Some(decision_exception),
        check_all: None,
    },
    Rule {
        id: "N606",
        name: "automated-decision-without-review",
        severity: Severity::Warning,
        articles: "Art. 22(3)",
        wp260: None,
        summary: "an automated decision on contract or consent does not say how to obtain human review",
        docs: Docs {
            what: "With `exception: contract` or `explicit_consent`, `automated_decision` should give `human_review`: how to obtain human intervention, express one's view and contest the decision.",
            why: "In those cases the controller must implement at least these safeguards (Art. 22(3)); telling people how to use them is what makes them real.",
            bad: "automated_decision:\n  exception: contract\n",
            good: "automated_decision:\n  exception: contract\n  human_review: {en: write to privacy@acme.example; a person reviews the decision within two working days.}\n",
        },
        check: Some(decision_review),
        check_all: None,
    },
];

pub fn rights_channel(cx: &Context, f: &mut Findings) {
    match rights_contact(cx.decl()) {
        None => f.missing(
            "",
            "rights",
            "the notice gives no way to exercise rights: there is neither a rights contact nor a controller contact",
            "add `rights:` with `contact: {email: privacy@…}` (or give the controller's contact)",
        ),
        Some((path, c)) if !has_any_channel(c) => f.at(
            path,
            format!("`{path}`, where rights requests go, has no email, phone, form or address"),
            format!("add `email: privacy@…` (or `phone:`, `form:`, `address:`) under `{path}:`"),
        ),
        Some(_) => {}
    }
}

pub fn objection_channel(cx: &Context, f: &mut Findings) {
    let decl = cx.decl();
    let contact = rights_contact(decl);
    if contact.is_some_and(|(_, c)| has_any_channel(c)) {
        return;
    }
    let at = contact.map_or("controller.contact", |(p, _)| p);
    for (i, p) in decl.purposes.iter().enumerate() {
        let rights = purpose_rights(decl, p);
        let (field, why) = if p.direct_marketing && rights.contains(&Right::ObjectMarketing) {
            ("direct_marketing", "is direct marketing")
        } else if rights.contains(&Right::Object) {
            (
                "legal_basis",
                "rests on a public task or legitimate interests",
            )
        } else {
            continue;
        };
        f.at(
            &format!("purposes[{i}].{field}"),
            format!(
                "purpose `{}` {why}, so the notice must show how to object, but `{at}` gives no way to object",
                p.id
            ),
            format!("add `email: privacy@…` (or `phone:`, `form:` or `address:`) under `{at}:`"),
        );
    }
}

pub fn withdrawal(cx: &Context, f: &mut Findings) {
    for (i, p) in cx.decl().purposes.iter().enumerate() {
        if uses_consent(p) && p.withdraw.is_none() {
            f.missing(
                &format!("purposes[{i}]"),
                "withdraw",
                format!(
                    "purpose `{}` rests on {} but does not say how to withdraw it",
                    p.id,
                    if p.legal_basis.contains(LegalBasis::Consent) {
                        "consent (Art. 6(1)(a))"
                    } else {
                        "explicit consent (Art. 9(2)(a))"
                    }
                ),
                format!(
                    "add `withdraw: {}`, e.g. `{{en: click the unsubscribe link in each email.}}`",
                    cx.text_template()
                ),
            );
        }
    }
}

fn decisions<'a>(
    cx: &'a Context,
) -> impl Iterator<Item = (String, &'a str, &'a AutomatedDecision)> {
    cx.decl().purposes.iter().enumerate().filter_map(|(i, p)| {
        let a = p.automated_decision.as_ref()?;
        Some((
            format!("purposes[{i}].automated_decision"),
            p.id.as_str(),
            a,
        ))
    })
}

pub fn decision_explained(cx: &Context, f: &mut Findings) {
    for (path, id, a) in decisions(cx) {
        for (field, value, what) in [
            ("logic", a.logic.is_some(), "the logic involved"),
            ("significance", a.significance.is_some(), "its significance"),
            (
                "consequences",
                a.consequences.is_some(),
                "its envisaged consequences",
            ),
        ] {
            if !value {
                f.missing(
                    &path,
                    field,
                    format!("the automated decision of purpose `{id}` does not explain {what}"),
                    format!(
                        "add `{field}: {}` under `automated_decision:`",
                        cx.text_template()
                    ),
                );
            }
        }
    }
}

pub fn decision_exception(cx: &Context, f: &mut Findings) {
    for (path, id, a) in decisions(cx) {
        if a.exception.is_none() {
            f.missing(
                &path,
                "exception",
                format!(
                    "the automated decision of purpose `{id}` does not say which Art. 22(2) exception allows it"
                ),
                "add `exception:` with `contract`, `law` or `explicit_consent`",
            );
        }
    }
}

pub fn decision_review(cx: &Context, f: &mut Findings) {
    for (path, id, a) in decisions(cx) {
        let needs = a
            .exception
            .is_some_and(DecisionException::gives_review_rights);
        if needs && a.human_review.is_none() {
            f.missing(
                &path,
                "human_review",
                format!(
                    "the automated decision of purpose `{id}` does not say how to obtain human review"
                ),
                format!("add `human_review: {}`: whom to ask, and how to give one's view and contest", cx.text_template()),
            );
        }
    }
}
