//! Rules on who is responsible: the controller, its DPO and representative, joint controllers.

use crate::declaration::{Presence, Text};
use crate::diagnostic::Severity;
use crate::lint::facts::{has_any_channel, has_direct_channel, public_body};
use crate::lint::{Context, Docs, Findings, Rule};

/// The rules of this module, in id order.
pub static RULES: &[Rule] = &[
    Rule {
        id: "N101",
        name: "incomplete-controller-identity",
        severity: Severity::Error,
        articles: "Art. 13(1)(a), 14(1)(a)",
        wp260: Some("WP260 Annex, \"The identity and contact details of the controller\""),
        summary: "the controller's name or postal address is missing",
        docs: Docs {
            what: "`controller` must give the legal `name` and a postal address (`contact.address`). (N106 adds a warning when the address is the only channel.)",
            why: "Art. 13(1)(a) and 14(1)(a) require the identity and the contact details of the controller: who it is and where it can be reached.",
            bad: "controller:\n  name: Acme SRL\n",
            good: "controller:\n  name: Acme SRL\n  contact:\n    address: {fr: Rue Haute 1, 1000 Bruxelles, en: Rue Haute 1, 1000 Brussels}\n    email: privacy@acme.example\n",
        },
        check: Some(controller_identity),
        check_all: None,
    },
    Rule {
        id: "N102",
        name: "dpo-not-stated",
        severity: Severity::Warning,
        articles: "Art. 13(1)(b), 14(1)(b), 37",
        wp260: None,
        summary: "the declaration does not say whether a data protection officer is appointed",
        docs: Docs {
            what: "`dpo` must be present: the DPO's contact details, or `dpo: none` when no DPO is appointed. (For a public authority or body, which must appoint one, N952 reports it as an error instead.)",
            why: "When a DPO is appointed, the notice must give their contact details (Art. 13(1)(b)). Saying `none` explicitly shows the question was asked, rather than the DPO being forgotten.",
            bad: "controller:\n  name: Acme SRL\n",
            good: "controller:\n  name: Acme SRL\ndpo: none\n",
        },
        check: Some(dpo_stated),
        check_all: None,
    },
    Rule {
        id: "N103",
        name: "dpo-without-contact",
        severity: Severity::Error,
        articles: "Art. 13(1)(b), 14(1)(b), 38(4)",
        wp260: None,
        summary: "a data protection officer is declared without contact details",
        docs: Docs {
            what: "A declared `dpo` must have at least one way to reach them in `contact` (email, phone, form or address). The name is optional.",
            why: "The law asks for the DPO's contact details, not their name, so that people can reach them directly on any question about their data (Art. 38(4)).",
            bad: "dpo:\n  name: Jeanne Dupont\n",
            good: "dpo:\n  name: Jeanne Dupont\n  contact:\n    email: dpo@acme.example\n",
        },
        check: Some(dpo_contact),
        check_all: None,
    },
    Rule {
        id: "N104",
        name: "missing-representative",
        severity: Severity::Error,
        articles: "Art. 13(1)(a), 14(1)(a), 27",
        wp260: None,
        summary: "a controller outside the EEA does not state its EU representative (or why it needs none)",
        docs: Docs {
            what: "When `controller.country` is outside the EEA, `representative` must give the representative's name, EU/EEA country and contact, or be `none` when Art. 27(2) exempts the controller. Without `controller.country` this cannot be checked, so the country is then asked for.",
            why: "A controller established outside the Union that targets or monitors people in it must designate a representative in a member state (Art. 27), whose identity and contact details the notice gives (Art. 13(1)(a)).",
            bad: "controller:\n  name: Acme Inc.\n  country: US\n",
            good: "controller:\n  name: Acme Inc.\n  country: US\nrepresentative:\n  name: Acme Europe SRL\n  country: BE\n  contact:\n    email: eu-rep@acme.example\n",
        },
        check: Some(representative),
        check_all: None,
    },
    Rule {
        id: "N105",
        name: "joint-controller-without-arrangement",
        severity: Severity::Error,
        articles: "Art. 26(2)",
        wp260: None,
        summary: "a joint controller is declared without the essence of the arrangement",
        docs: Docs {
            what: "Each entry of `joint_controllers` must give `essence`: who does what towards the people concerned, in particular for information and requests.",
            why: "Art. 26(2) requires the essence of the arrangement between joint controllers to be made available to the data subject.",
            bad: "joint_controllers:\n  - id: festival\n    name: Fête du Vélo ASBL\n    purposes: [test-rides]\n",
            good: "joint_controllers:\n  - id: festival\n    name: Fête du Vélo ASBL\n    purposes: [test-rides]\n    essence: {en: We manage registrations and answer your requests; the association provides the venue.}\n",
        },
        check: Some(joint_arrangement),
        check_all: None,
    },
    Rule {
        id: "N106",
        name: "postal-contact-only",
        severity: Severity::Warning,
        articles: "Art. 12(2), 13(1)(a), 14(1)(a)",
        wp260: Some("WP260 Annex, \"The identity and contact details of the controller\""),
        summary: "the controller gives a postal address but no email, phone or web form",
        docs: Docs {
            what: "Warns when `controller.contact` has an address but none of `email`, `phone` or `form`.",
            why: "WP260 expects the contact details to allow different forms of communication (phone, email, postal address), and Art. 12(2) asks the controller to facilitate the exercise of rights; a letter is the slowest way to do either.",
            bad: "controller:\n  name: Acme SRL\n  contact:\n    address: {en: Rue Haute 1, 1000 Brussels}\n",
            good: "controller:\n  name: Acme SRL\n  contact:\n    address: {en: Rue Haute 1, 1000 Brussels}\n    email: privacy@acme.example\n",
        },
        check: Some(postal_only),
        check_all: None,
    },
];

pub fn controller_identity(cx: &Context, f: &mut Findings) {
    let Some(c) = &cx.decl().controller else {
        f.missing(
            "",
            "controller",
            "the declaration does not say who the controller is",
            "add `controller:` with `name:`, `country:` and `contact:` (address, and email or phone)",
        );
        return;
    };
    if c.name.as_deref().is_none_or(|n| n.trim().is_empty()) {
        f.missing(
            "controller",
            "name",
            "the controller has no name",
            "add `name: <legal name>` under `controller:`, as registered (e.g. `Acme SRL`)",
        );
    }
    if c.contact.address.is_none() {
        f.missing(
            "controller.contact",
            "address",
            "the controller has no postal address",
            format!(
                "add `address: {}` under `controller.contact:` (street, number, postcode, town)",
                cx.text_template()
            ),
        );
    }
}

pub fn postal_only(cx: &Context, f: &mut Findings) {
    let Some(c) = &cx.decl().controller else {
        return;
    };
    if c.contact.address.is_some() && !has_direct_channel(&c.contact) {
        f.at(
            "controller.contact",
            "the controller can only be reached by post",
            "add `email: privacy@…` (or `phone:` or `form:`) under `controller.contact:`",
        );
    }
}

pub fn dpo_stated(cx: &Context, f: &mut Findings) {
    // A public body must have a DPO: N952 reports the missing statement as an error.
    if cx.decl().dpo.is_none() && public_body(cx.decl(), cx.reference).is_none() {
        f.missing(
            "",
            "dpo",
            "the declaration does not say whether a data protection officer is appointed",
            "add `dpo: none`, or `dpo:` with the DPO's `contact:` (email, phone or address)",
        );
    }
}

pub fn dpo_contact(cx: &Context, f: &mut Findings) {
    if let Some(Presence::Some(dpo)) = &cx.decl().dpo
        && !has_any_channel(&dpo.contact)
    {
        f.missing(
            "dpo",
            "contact",
            "the data protection officer has no contact details",
            "add `contact:` with `email: dpo@…` (or phone, form, address) under `dpo:`",
        );
    }
}

pub fn representative(cx: &Context, f: &mut Findings) {
    let decl = cx.decl();
    let Some(controller) = &decl.controller else {
        return;
    };
    let outside = match controller.country.as_deref() {
        None if decl.representative.is_none() => {
            return f.missing(
                "controller",
                "country",
                "the controller has no country, so whether it needs an EU representative (Art. 27) cannot be told",
                "add `country: <ISO code>` under `controller:`, e.g. `country: BE`",
            );
        }
        None => return,
        Some(code) => match cx.reference.country(code) {
            Ok(c) => !c.inside_eea(),
            Err(_) => return, // reported by N012
        },
    };
    match &decl.representative {
        // Pointed at the country, which is what makes a representative necessary.
        None if outside => f.at(
            "controller.country",
            format!(
                "the controller is established outside the EEA ({}) but no EU representative is stated",
                controller.country.as_deref().unwrap_or_default()
            ),
            "add `representative:` with `name:`, `country:` (an EU/EEA state) and `contact:`, or `representative: none` if Art. 27(2) exempts you",
        ),
        Some(Presence::Some(r)) => {
            if r.name.as_ref().is_none_or(Text::is_blank) {
                f.missing(
                    "representative",
                    "name",
                    "the EU representative has no name",
                    "add `name:` under `representative:`",
                );
            }
            if !has_any_channel(&r.contact) {
                f.missing(
                    "representative",
                    "contact",
                    "the EU representative has no contact details",
                    "add `contact:` with `email:` (or phone, form, address) under `representative:`",
                );
            }
            if let Some(code) = r.country.as_deref()
                && cx.reference.country(code).is_ok_and(|c| !c.inside_eea())
            {
                f.at(
                    "representative.country",
                    format!("the EU representative's country `{code}` is not in the EU/EEA"),
                    "Art. 27(3): the representative is established in a member state where the people concerned are; give that state's code",
                );
            }
        }
        _ => {}
    }
}

pub fn joint_arrangement(cx: &Context, f: &mut Findings) {
    for (i, j) in cx.decl().joint_controllers.iter().enumerate() {
        if j.essence.is_none() {
            f.missing(
                &format!("joint_controllers[{i}]"),
                "essence",
                format!(
                    "joint controller `{}` has no essence of the arrangement",
                    j.id
                ),
                format!(
                    "add `essence: {}`: who does what, and whom people should address",
                    cx.text_template()
                ),
            );
        }
    }
}
