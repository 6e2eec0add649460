//! Rules on transfers outside the EEA: that each has a mechanism, and that the mechanism exists,
//! fits the country and comes with what the notice must add (a copy, the interests).

use crate::declaration::{Leg, Recipient, Text, Transfer};
use crate::diagnostic::Severity;
use crate::lint::{Context, Docs, Findings, Rule};
use crate::reference::{Certification, Destination, ENGLISH, Gap, Mechanism, MechanismError};
use crate::reference::{Region, Route};

/// The rules of this module, in id order.
pub static RULES: &[Rule] = &[
    Rule {
        id: "N404",
        name: "transfer-without-mechanism",
        severity: Severity::Error,
        articles: "Art. 13(1)(f), 14(1)(f), 44-49",
        wp260: Some("WP260 Annex, \"Details of transfers to third countries\""),
        summary: "data go to a recipient outside the EEA with no transfer mechanism",
        docs: Docs {
            what: "Each destination of a recipient's `country` that is outside the EEA (a third country, an international organisation, or `outside_eea_unspecified` for countries the notice does not name) needs a mechanism in `transfer`: `adequacy`, `dpf`, `scc`, `bcr`, another Art. 46 safeguard, or an Art. 49 derogation. One entry without `country` covers every such destination; entries with `country` cover one each. `EU` and `EEA` stay inside.",
            why: "A transfer outside the EEA is lawful only under Chapter V, and the notice must say which mechanism applies (Art. 13(1)(f)), however precisely the destination is named: \"some providers are outside the EU\" is a transfer the reader is owed the basis of.",
            bad: "recipients:\n  - id: helpdesk\n    name: Supportly Inc.\n    country: US\n",
            good: "recipients:\n  - id: helpdesk\n    name: Supportly Inc.\n    country: US\n    transfer: {mechanism: scc, copy: mailto:privacy@acme.example}\n",
        },
        check: Some(without_mechanism),
        check_all: None,
    },
    Rule {
        id: "N405",
        name: "invalidated-mechanism",
        severity: Severity::Error,
        articles: "Art. 13(1)(f), 14(1)(f), 45",
        wp260: None,
        summary: "a transfer relies on a mechanism the Court of Justice struck down",
        docs: Docs {
            what: "`transfer.mechanism` may not be `privacy_shield` or `safe_harbour`.",
            why: "The Court of Justice invalidated Safe Harbour (C-362/14, 6 October 2015) and the EU-US Privacy Shield (C-311/18, 16 July 2020). A notice relying on either names a basis that does not exist.",
            bad: "recipients:\n  - id: crm\n    name: Salesy Inc.\n    country: US\n    transfer: {mechanism: privacy_shield}\n",
            good: "recipients:\n  - id: crm\n    name: Salesy Inc.\n    country: US\n    transfer: {mechanism: dpf}\n",
        },
        check: Some(invalidated),
        check_all: None,
    },
    Rule {
        id: "N406",
        name: "adequacy-without-decision",
        severity: Severity::Error,
        articles: "Art. 13(1)(f), 14(1)(f), 45",
        wp260: None,
        summary: "an adequacy decision is claimed for a country that has none",
        docs: Docs {
            what: "`mechanism: adequacy` needs an adequacy decision in force for the recipient's country (see the reference data); `mechanism: dpf` applies only to the United States.",
            why: "Claiming an adequacy decision that does not exist tells people their data are protected by a decision that was never taken; the transfer then needs an Art. 46 safeguard or an Art. 49 derogation.",
            bad: "recipients:\n  - id: dev\n    name: Codeworks Pvt Ltd\n    country: IN\n    transfer: {mechanism: adequacy}\n",
            good: "recipients:\n  - id: dev\n    name: Codeworks Pvt Ltd\n    country: IN\n    transfer: {mechanism: scc, copy: mailto:privacy@acme.example}\n",
        },
        check: Some(adequacy_without_decision),
        check_all: None,
    },
    Rule {
        id: "N407",
        name: "adequacy-requires-certification",
        severity: Severity::Error,
        articles: "Art. 13(1)(f), 14(1)(f), 45",
        wp260: None,
        summary: "a country whose adequacy decision covers only certified recipients is treated as adequate",
        docs: Docs {
            what: "For the United States, `mechanism: adequacy` is refused: the decision covers only organisations certified under the EU-US Data Privacy Framework, which `mechanism: dpf` states.",
            why: "Implementing Decision (EU) 2023/1795 does not make the United States adequate; it covers DPF-certified organisations only. A recipient that is not certified needs SCC or another safeguard.",
            bad: "recipients:\n  - id: crm\n    name: Salesy Inc.\n    country: US\n    transfer: {mechanism: adequacy}\n",
            good: "recipients:\n  - id: crm\n    name: Salesy Inc.\n    country: US\n    transfer: {mechanism: dpf}\n",
        },
        check: Some(requires_certification),
        check_all: None,
    },
    Rule {
        id: "N408",
        name: "unknown-mechanism",
        severity: Severity::Error,
        articles: "Art. 13(1)(f), 14(1)(f)",
        wp260: None,
        summary: "a transfer mechanism id is not one notice knows",
        docs: Docs {
            what: "`transfer.mechanism` must be a safeguard id from the reference data: `adequacy`, `dpf`, `scc`, `bcr`, `sa_clauses`, `code_of_conduct`, `certification`, `ad_hoc_clauses`, an Art. 49 derogation such as `explicit_consent` or `compelling_legitimate_interests`, and the like.",
            why: "The notice quotes the law's own wording for the mechanism in each language; an unknown id leaves the transfer unexplained.",
            bad: "recipients:\n  - id: helpdesk\n    country: US\n    transfer: {mechanism: sccs}\n",
            good: "recipients:\n  - id: helpdesk\n    country: US\n    transfer: {mechanism: scc, copy: mailto:privacy@acme.example}\n",
        },
        check: Some(unknown_mechanism),
        check_all: None,
    },
    Rule {
        id: "N409",
        name: "mechanism-inside-eea",
        severity: Severity::Warning,
        articles: "Art. 44",
        wp260: None,
        summary: "a transfer mechanism is declared for a recipient inside the EEA",
        docs: Docs {
            what: "A destination in the EEA (an EEA state, a territory of one, `EU` or `EEA`) needs no transfer mechanism: neither an entry naming it nor, when all the recipient's destinations are inside, an entry for every destination outside.",
            why: "Data sent within the EEA are not transferred in the sense of Chapter V; a mechanism there suggests the country is wrong, or confuses readers.",
            bad: "recipients:\n  - id: hosting\n    country: NL\n    transfer: {mechanism: scc}\n",
            good: "recipients:\n  - id: hosting\n    country: NL\n",
        },
        check: Some(inside_eea),
        check_all: None,
    },
    Rule {
        id: "N410",
        name: "missing-safeguard-copy",
        severity: Severity::Error,
        articles: "Art. 13(1)(f), 14(1)(f)",
        wp260: Some("WP260 Annex, \"Details of transfers to third countries\""),
        summary: "an Art. 46/47 safeguard is named without saying how to get a copy",
        docs: Docs {
            what: "A transfer under an Art. 46 or 47 safeguard (`scc`, `bcr`, `sa_clauses`, `code_of_conduct`, `certification`, `ad_hoc_clauses`…) needs `transfer.copy`: where the safeguard is published or how to obtain a copy (a URL or `mailto:`).",
            why: "Art. 13(1)(f) requires the means by which to obtain a copy of the safeguards or where they have been made available.",
            bad: "recipients:\n  - id: helpdesk\n    country: US\n    transfer: {mechanism: scc}\n",
            good: "recipients:\n  - id: helpdesk\n    country: US\n    transfer: {mechanism: scc, copy: mailto:privacy@acme.example}\n",
        },
        check: Some(safeguard_copy),
        check_all: None,
    },
    Rule {
        id: "N411",
        name: "missing-transfer-interests",
        severity: Severity::Error,
        articles: "Art. 49(1) second subparagraph",
        wp260: None,
        summary: "a transfer on compelling legitimate interests does not state them",
        docs: Docs {
            what: "`mechanism: compelling_legitimate_interests` needs `transfer.interests`: the compelling legitimate interests pursued.",
            why: "Art. 49(1), second subparagraph: the controller must inform the data subject of the transfer and of the compelling legitimate interests pursued.",
            bad: "recipients:\n  - id: expert\n    country: CA\n    transfer: {mechanism: compelling_legitimate_interests}\n",
            good: "recipients:\n  - id: expert\n    country: CA\n    transfer:\n      mechanism: compelling_legitimate_interests\n      interests: {en: the one-off expert review of a defective frame}\n",
        },
        check: Some(transfer_interests),
        check_all: None,
    },
];

/// One destination of a recipient: where its data go, and the transfer entry that covers it.
struct Sent<'a> {
    /// The recipient's path, `recipients[2]`.
    at: String,
    recipient: &'a Recipient,
    leg: Leg<'a, 'a>,
}

impl<'a> Sent<'a> {
    /// The transfer entry covering this destination.
    fn transfer(&self) -> Option<&'a Transfer> {
        self.leg.transfer.as_ref().map(|(_, t)| *t)
    }

    fn mechanism(&self) -> Option<&'a str> {
        self.transfer().and_then(|t| t.mechanism.as_deref())
    }

    /// The path of the transfer entry covering this destination.
    fn entry(&self) -> String {
        match &self.leg.transfer {
            Some((path, _)) => path.clone(),
            None => format!("{}.transfer", self.at),
        }
    }

    /// The destination, when the reference data know it.
    fn destination(&self) -> Option<Destination<'a>> {
        match self.leg.route {
            Route::WithinEea(d) | Route::Transfer(d, _) => Some(d),
            Route::Unknown => None,
        }
    }

    /// The region the data go to, when the declaration names one instead of a country.
    fn region(&self) -> Option<Region> {
        self.destination().and_then(|d| d.region())
    }

    /// Where the data go, for a message: "is in US", "is in the European Union", "sends data
    /// to unspecified countries outside the EEA" (regions by their English name).
    fn place(&self) -> String {
        match self.destination().filter(|d| d.region().is_some()) {
            Some(d) if d.in_eea() => format!("is in the {}", english_name(d)),
            Some(d) => format!("sends data to {}", english_name(d)),
            None => format!("is in {}", self.leg.code),
        }
    }

    /// Where the data go, outside the EEA: "is in US, outside the EEA", "sends data to
    /// unspecified countries outside the EEA".
    fn leaving(&self) -> String {
        match self.leg.route {
            Route::Transfer(d, _) if d.region().is_some() => self.place(),
            _ => format!("{}, outside the EEA", self.place()),
        }
    }
}

fn english_name<'r>(d: Destination<'r>) -> &'r str {
    d.name(ENGLISH).unwrap_or(d.code())
}

/// Every destination of every recipient.
fn sent<'a>(cx: &'a Context) -> Vec<Sent<'a>> {
    cx.decl()
        .recipients
        .iter()
        .enumerate()
        .flat_map(|(i, r)| {
            let at = format!("recipients[{i}]");
            r.legs(&at, cx.reference).into_iter().map(move |leg| Sent {
                at: at.clone(),
                recipient: r,
                leg,
            })
        })
        .collect()
}

/// The gap of a transfer out of the EEA, if it has one.
fn gap<'a>(s: &Sent<'a>) -> Option<Gap<'a>> {
    match s.leg.route {
        Route::Transfer(_, Err(gap)) => Some(gap),
        _ => None,
    }
}

pub fn without_mechanism(cx: &Context, f: &mut Findings) {
    for s in sent(cx)
        .iter()
        .filter(|s| matches!(gap(s), Some(Gap::Missing)))
    {
        let message = format!(
            "recipient `{}` {}, but no transfer mechanism is declared",
            s.recipient.id,
            s.leaving()
        );
        let help = "add `transfer: {mechanism: scc, copy: <where to get a copy>}` (or `adequacy`, `dpf`, `bcr`, an Art. 49 derogation)";
        match (&s.leg.transfer, &s.recipient.transfer) {
            (Some((entry, _)), _) => f.missing(entry, "mechanism", message, help),
            (None, None) => f.missing(&s.at, "transfer", message, help),
            // Entries are given, none for this destination: point at it.
            (None, Some(_)) => f.at(
                &s.leg.path,
                format!("{message} for it"),
                format!(
                    "add an entry `{{country: {}, mechanism: …}}` to `transfer:`, or one without `country:` for every destination outside the EEA",
                    s.leg.code
                ),
            ),
        }
    }
}

pub fn invalidated(cx: &Context, f: &mut Findings) {
    for s in sent(cx) {
        let Some(Err(MechanismError::Invalidated(gone))) =
            s.mechanism().map(|m| cx.reference.mechanism(m))
        else {
            continue;
        };
        // Diagnostics are written in English, the language of the tool's own messages.
        let date = cx
            .locales
            .date(ENGLISH, gone.judgment_date())
            .unwrap_or_else(|_| gone.judgment_date().to_string());
        let instead = match gone.successor() {
            Some(next) => format!(
                "use `mechanism: {}` if the recipient is certified under it, otherwise `scc` with `copy:`",
                next.id()
            ),
            None => "use a mechanism in force: an adequacy decision, `dpf` for a certified US recipient, or `scc` with `copy:`".to_owned(),
        };
        f.at(
            &format!("{}.mechanism", s.entry()),
            format!(
                "recipient `{}` relies on {}, which no longer exists: {} of {date} invalidated {}",
                s.recipient.id,
                gone.english_name(),
                gone.judgment(),
                gone.decision()
            ),
            instead,
        );
    }
}

pub fn adequacy_without_decision(cx: &Context, f: &mut Findings) {
    for s in sent(cx) {
        let message = match gap(&s) {
            Some(Gap::NoDecision) if s.region().is_some() => format!(
                "recipient `{}` {}: an adequacy decision covers a country it names, never countries left unspecified",
                s.recipient.id,
                s.place()
            ),
            Some(Gap::NoDecision) => format!(
                "recipient `{}` {}, which has no adequacy decision in force",
                s.recipient.id,
                s.place()
            ),
            Some(Gap::NotCertifiable(Certification::Dpf)) => format!(
                "recipient `{}` {}: the Data Privacy Framework covers only certified US organisations",
                s.recipient.id,
                s.place()
            ),
            _ => continue,
        };
        f.at(
            &format!("{}.mechanism", s.entry()),
            message,
            "use an Art. 46 safeguard (`mechanism: scc` with `copy:`, or `bcr`) or, for an occasional transfer, an Art. 49 derogation",
        );
    }
}

pub fn requires_certification(cx: &Context, f: &mut Findings) {
    for s in sent(cx) {
        let Some(Gap::CertificationRequired(cert)) = gap(&s) else {
            continue;
        };
        f.at(
            &format!("{}.mechanism", s.entry()),
            format!(
                "recipient `{}` {}, whose adequacy decision covers only certified recipients",
                s.recipient.id,
                s.place()
            ),
            format!(
                "write `mechanism: {}` if `{}` is certified (check the public list), otherwise `mechanism: scc` with `copy:`",
                cert.mechanism().id(),
                s.recipient.name.as_ref().map_or(s.recipient.id.as_str(), Text::quoted)
            ),
        );
    }
}

pub fn unknown_mechanism(cx: &Context, f: &mut Findings) {
    for s in sent(cx) {
        let Some(m) = s.mechanism() else { continue };
        if let Err(MechanismError::Unknown) = cx.reference.mechanism(m) {
            let hint = crate::suggest::did_you_mean(m, Mechanism::all().map(Mechanism::id))
                .map(|s| format!("did you mean `{s}`? "))
                .unwrap_or_default();
            f.at(
                &format!("{}.mechanism", s.entry()),
                format!("`{m}` is not a transfer mechanism notice knows"),
                format!(
                    "{hint}use one of {}",
                    Mechanism::all()
                        .map(Mechanism::id)
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            );
        }
    }
}

pub fn inside_eea(cx: &Context, f: &mut Findings) {
    let message = |s: &Sent| {
        format!(
            "recipient `{}` {}, inside the EEA, where no transfer mechanism is needed",
            s.recipient.id,
            s.place()
        )
    };
    let all = sent(cx);
    for s in all
        .iter()
        .filter(|s| matches!(s.leg.route, Route::WithinEea(_)))
    {
        if s.mechanism().is_some() {
            f.at(
                &format!("{}.mechanism", s.entry()),
                message(s),
                "remove this transfer entry, or correct `country:` if the data do leave the EEA",
            );
        }
    }
    // An entry for every destination outside the EEA, where none is: when every destination
    // is known to stay inside.
    for (i, r) in cx.decl().recipients.iter().enumerate() {
        let legs: Vec<&Sent> = all
            .iter()
            .filter(|s| std::ptr::eq(s.recipient, r))
            .collect();
        let Some(first) = legs.first() else { continue };
        if !legs
            .iter()
            .all(|s| matches!(s.leg.route, Route::WithinEea(_)))
        {
            continue;
        }
        let general = r
            .transfer
            .iter()
            .flat_map(|t| t.with_paths(&format!("recipients[{i}].transfer")))
            .find(|(_, t)| t.country.is_none() && t.mechanism.is_some());
        if let Some((path, _)) = general {
            f.at(
                &format!("{path}.mechanism"),
                message(first),
                "remove `transfer:`, or correct `country:` if the data do leave the EEA",
            );
        }
    }
}

pub fn safeguard_copy(cx: &Context, f: &mut Findings) {
    for s in sent(cx) {
        let Route::Transfer(_, Ok(basis)) = s.leg.route else {
            continue;
        };
        if basis.mechanism().has_copy() && s.transfer().is_some_and(|t| t.copy.is_none()) {
            f.missing(
                &s.entry(),
                "copy",
                format!(
                    "recipient `{}` is covered by {} (Art. {}) but the notice does not say how to get a copy",
                    s.recipient.id,
                    basis.entry().english_name(),
                    basis.entry().article()
                ),
                "add `copy:` with the URL where it is published, or e.g. `mailto:privacy@…` to request it",
            );
        }
    }
}

pub fn transfer_interests(cx: &Context, f: &mut Findings) {
    let needs_interests = |m: &str| {
        cx.reference
            .mechanism(m)
            .is_ok_and(|e| e.mechanism().needs_interests())
    };
    for s in sent(cx)
        .iter()
        .filter(|s| s.mechanism().is_some_and(needs_interests))
    {
        if s.transfer().is_some_and(|t| t.interests.is_none()) {
            f.missing(
                &s.entry(),
                "interests",
                format!(
                    "recipient `{}` receives data on compelling legitimate interests that are not stated",
                    s.recipient.id
                ),
                format!("add `interests: {}`: the compelling legitimate interests pursued", cx.text_template()),
            );
        }
    }
}
