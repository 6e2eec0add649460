//! The JSON-LD block of the HTML page: the notice described with the W3C Data Privacy
//! Vocabulary (DPV 2.2, <https://w3id.org/dpv>) and its GDPR extension (`eu-gdpr:`), made from
//! the resolved notice ([`Resolved`]), so that it states what the page says.
//!
//! Following DPV's own examples (E0005, E0011, E0014), each purpose is a `dpv:Process` with
//! its `dpv:hasPurpose`, `dpv:hasLegalBasis` (`eu-gdpr:A6-1-a`…, and the Art. 9(2) condition
//! `eu-gdpr:A9-2-a`…), `dpv:hasPersonalData`, `dpv:hasDataSubject`, `dpv:hasDataController`,
//! `dpv:hasRecipient`, its storage durations (`dpv:hasStorageCondition` with a
//! `dpv:StorageDuration` and an OWL-Time duration) and the rights it gives (`dpv:hasRight`
//! `eu-gdpr:A15`…); each transfer outside the EEA is a `dpv:Process` of `dpv:Transfer` with its
//! `dpv:hasThirdCountry` and its Chapter V basis (`eu-gdpr:A46-2-c`…). The context is written
//! in the block, with every prefix it uses: a reader needs nothing from the network.

use serde_json::{Map, Value, json};

use super::escape::escape_script_json;
use super::view::ContactView;
use super::view::resolved::{PartyFacts, Place, Resolved, RetentionFacts};
use crate::declaration::{RecipientRole, SourceKind};
use crate::reference::{Art46Kind, Art49Kind, Mechanism};

/// The prefixes the block uses. DPV's namespace is versionless: these terms are those of DPV
/// 2.2 and of its `eu-gdpr` and `loc` extensions.
const CONTEXT: &[(&str, &str)] = &[
    ("dpv", "https://w3id.org/dpv#"),
    ("eu-gdpr", "https://w3id.org/dpv/legal/eu/gdpr#"),
    ("loc", "https://w3id.org/dpv/loc#"),
    ("dct", "http://purl.org/dc/terms/"),
    ("dcat", "http://www.w3.org/ns/dcat#"),
    ("skos", "http://www.w3.org/2004/02/skos/core#"),
    ("time", "http://www.w3.org/2006/time#"),
    ("xsd", "http://www.w3.org/2001/XMLSchema#"),
];

/// The JSON-LD document of the notice.
pub fn document(n: &Resolved) -> Value {
    let mut context: Map<String, Value> = CONTEXT
        .iter()
        .map(|(prefix, iri)| ((*prefix).to_owned(), json!(iri)))
        .collect();
    // Every text is in the page's language.
    context.insert("@language".to_owned(), json!(n.notice.language));
    let controller = json!({"@id": "_:controller"});
    let mut graph = vec![notice(n), controller_node(n)];
    // Joint controllers (Art. 26) decide their purposes with the controller: each is a
    // controller of those purposes' processes.
    graph.extend(n.joint_controllers.iter().map(|j| {
        node(
            &joint_id(&j.id),
            json!("dpv:DataController"),
            [
                ("dpv:hasName", json!(j.name)),
                ("dpv:hasAddress", address(&j.contact.address)),
                ("dpv:hasContact", contacts(&j.contact)),
                ("dpv:hasCountry", countries(j.country.as_slice())),
            ],
        )
    }));
    graph.extend(n.data_subjects.iter().map(|s| {
        node(
            &subject_id(&s.id),
            json!("dpv:DataSubject"),
            [
                ("skos:prefLabel", json!(s.label)),
                ("dct:description", opt(&s.description)),
            ],
        )
    }));
    graph.extend(n.data_categories.iter().map(|c| {
        let mut types = vec![json!("dpv:PersonalData")];
        if c.special.is_some() {
            types.push(json!("dpv:SpecialCategoryPersonalData"));
        }
        let sources: Vec<Value> = c
            .sources
            .iter()
            .map(|s| {
                // DPV counts data observed from the person's activities as sourced from them.
                let kind = match s.kind {
                    SourceKind::DataSubject | SourceKind::Observed => "dpv:DataSubjectDataSource",
                    SourceKind::ThirdParty => "dpv:ThirdPartyDataSource",
                    SourceKind::Public => "dpv:PublicDataSource",
                };
                strip(
                    json!({"@type": kind, "dpv:hasName": s.name, "dct:description": s.description}),
                )
            })
            .collect();
        node(
            &data_id(&c.id),
            json!(types),
            [
                ("skos:prefLabel", json!(c.label)),
                ("dct:description", opt(&c.description)),
                ("dpv:hasDataSource", json!(sources)),
            ],
        )
    }));
    graph.extend(n.recipients.iter().map(|r| {
        let role = r.role.map(|role| match role {
            RecipientRole::Processor => "dpv:DataProcessor",
            RecipientRole::Controller | RecipientRole::JointController => "dpv:DataController",
            RecipientRole::Authority => "dpv:Authority",
        });
        let types: Vec<&str> = std::iter::once("dpv:Recipient").chain(role).collect();
        node(
            &recipient_id(&r.id),
            json!(types),
            [
                // A recipient given only as a category has no name: its label says which.
                ("dpv:hasName", opt(&r.name)),
                (
                    "skos:prefLabel",
                    match r.name {
                        Some(_) => Value::Null,
                        None => json!(r.label),
                    },
                ),
                ("dct:description", opt(&r.service)),
                ("dpv:hasCountry", countries(&r.destinations)),
            ],
        )
    }));
    graph.extend(n.purposes.iter().map(|p| {
        let bases = p
            .legal_bases
            .iter()
            .map(|b| b.article)
            .chain(p.special_condition.as_ref().map(|c| c.article))
            .map(|article| json!({"@id": eu_gdpr(article)}));
        // Both kinds of objection are Art. 21's one right in the extension: named once.
        let mut rights: Vec<String> = Vec::new();
        for term in p.rights.iter().map(|r| eu_gdpr(r.article)) {
            if !rights.contains(&term) {
                rights.push(term);
            }
        }
        node(
            &format!("_:purpose-{}", p.id),
            json!("dpv:Process"),
            [
                (
                    "dpv:hasPurpose",
                    strip(json!({
                        "@type": "dpv:Purpose",
                        "skos:prefLabel": p.label,
                        "dct:description": p.description,
                    })),
                ),
                ("dpv:hasLegalBasis", json!(bases.collect::<Vec<_>>())),
                (
                    "dpv:hasDataController",
                    json!(
                        std::iter::once(controller.clone())
                            .chain(
                                n.joint_controllers
                                    .iter()
                                    .filter(|j| j.purposes.contains(&p.id))
                                    .map(|j| json!({"@id": joint_id(&j.id)}))
                            )
                            .collect::<Vec<_>>()
                    ),
                ),
                ("dpv:hasPersonalData", refs(&p.data, data_id)),
                ("dpv:hasDataSubject", refs(&p.data_subjects, subject_id)),
                ("dpv:hasRecipient", refs(&p.recipients, recipient_id)),
                (
                    "dpv:hasStorageCondition",
                    json!(p.retention.iter().map(storage).collect::<Vec<_>>()),
                ),
                (
                    "dpv:hasRight",
                    json!(rights.iter().map(|r| json!({"@id": r})).collect::<Vec<_>>()),
                ),
                (
                    "dpv:hasContext",
                    match p.automated_decision {
                        Some(_) => json!({"@id": "dpv:AutomatedDecisionMaking"}),
                        None => Value::Null,
                    },
                ),
            ],
        )
    }));
    graph.extend(n.transfers.iter().enumerate().map(|(i, t)| {
        let basis = t
            .mechanism
            .as_ref()
            .and_then(|m| Mechanism::from_id(m.id))
            .map(|m| json!({"@id": transfer_basis(m)}));
        node(
            &format!("_:transfer-{}", i + 1),
            json!("dpv:Process"),
            [
                ("dpv:hasProcessing", json!({"@id": "dpv:Transfer"})),
                ("dpv:hasDataController", controller.clone()),
                (
                    "dpv:hasRecipient",
                    json!({"@id": recipient_id(&t.recipient)}),
                ),
                (
                    "dpv:hasThirdCountry",
                    countries(std::slice::from_ref(&t.destination)),
                ),
                ("dpv:hasLegalBasis", basis.unwrap_or(Value::Null)),
                ("dct:description", json!(t.text)),
            ],
        )
    }));
    if let Some(a) = &n.authority {
        graph.push(node(
            "_:authority",
            json!("dpv:DataProtectionAuthority"),
            [
                ("dpv:hasName", json!(a.name)),
                ("dpv:hasAddress", address(&a.address)),
                (
                    "dpv:hasContact",
                    json!(
                        [&a.email, &a.phone, &a.website]
                            .into_iter()
                            .flatten()
                            .collect::<Vec<_>>()
                    ),
                ),
            ],
        ));
    }
    json!({"@context": context, "@graph": graph})
}

/// The document as the text of a `<script type="application/ld+json">` element, escaped by
/// [`escape_script_json`] so that no user text can end the element early.
pub fn script_text(n: &Resolved) -> String {
    // Compact: the block rides on every page load, and tools, not people, read it.
    escape_script_json(&serde_json::to_string(&document(n)).unwrap_or_else(|_| unreachable!()))
}

/// The notice itself: the page when its address is known.
fn notice(n: &Resolved) -> Value {
    let id = n
        .notice
        .url
        .clone()
        .unwrap_or_else(|| "_:notice".to_owned());
    let processes: Vec<Value> = n
        .purposes
        .iter()
        .map(|p| format!("_:purpose-{}", p.id))
        .chain((1..=n.transfers.len()).map(|i| format!("_:transfer-{i}")))
        .map(|id| json!({"@id": id}))
        .collect();
    node(
        &id,
        json!("dpv:PrivacyNotice"),
        [
            ("dct:title", json!(n.notice.title)),
            // `dct:hasVersion` points to another resource; DCAT 3's `version` is the label.
            ("dcat:version", opt(&n.notice.version)),
            (
                "dct:date",
                match &n.notice.effective {
                    Some(d) => json!({"@value": d, "@type": "xsd:date"}),
                    None => Value::Null,
                },
            ),
            ("dpv:hasDataController", json!({"@id": "_:controller"})),
            (
                "dpv:hasAuthority",
                match n.authority {
                    Some(_) => json!({"@id": "_:authority"}),
                    None => Value::Null,
                },
            ),
            ("dpv:hasProcess", json!(processes)),
        ],
    )
}

fn controller_node(n: &Resolved) -> Value {
    let c = &n.controller;
    let party = |kind: &str, p: &PartyFacts| {
        strip(json!({
            "@type": kind,
            "dpv:hasName": p.name,
            "dpv:hasContact": contacts(&p.contact),
        }))
    };
    node(
        "_:controller",
        json!("dpv:DataController"),
        [
            ("dpv:hasName", json!(c.name)),
            ("dpv:hasAddress", address(&c.contact.address)),
            ("dpv:hasContact", contacts(&c.contact)),
            ("dpv:hasCountry", countries(c.country.as_slice())),
            (
                "dpv:hasDataProtectionOfficer",
                n.dpo
                    .as_ref()
                    .map_or(Value::Null, |p| party("dpv:DataProtectionOfficer", p)),
            ),
            (
                "dpv:hasRepresentative",
                n.representative
                    .as_ref()
                    .map_or(Value::Null, |p| party("dpv:Representative", p)),
            ),
        ],
    )
}

/// A storage duration (DPV example E0011): the rule as the notice states it and, where it has
/// a period, that period in OWL-Time.
fn storage(r: &RetentionFacts) -> Value {
    let period = r.duration.as_ref().map(|d| {
        let unit = match d.unit {
            "minutes" => "time:unitMinute",
            "hours" => "time:unitHour",
            "days" => "time:unitDay",
            "weeks" => "time:unitWeek",
            "months" => "time:unitMonth",
            _ => "time:unitYear",
        };
        json!({
            "@type": ["dpv:TemporalDuration", "time:Duration"],
            "time:numericDuration": {"@value": d.count.to_string(), "@type": "xsd:decimal"},
            "time:unitType": {"@id": unit},
        })
    });
    strip(json!({
        "@type": "dpv:StorageDuration",
        "dct:description": r.text,
        "dpv:hasDuration": period,
        "dpv:hasPersonalData": r.data.as_deref().map(|id| json!({"@id": data_id(id)})),
    }))
}

/// The `eu-gdpr` term of a provision cited as the notice cites it: `6(1)(a)` → `A6-1-a`,
/// `7(3)` → `A7-3`, `15` → `A15` (the extension names its terms after the article).
fn eu_gdpr(article: &str) -> String {
    let parts: Vec<&str> = article
        .split(['(', ')'])
        .filter(|p| !p.is_empty())
        .collect();
    format!("eu-gdpr:A{}", parts.join("-"))
}

/// The `eu-gdpr` term of a transfer mechanism. Not derived from the article: the extension
/// has one term for every adequacy decision (`A45-3`), names binding corporate rules after
/// Art. 46(2)(b), and the compelling legitimate interests of Art. 49(1), second
/// subparagraph, `A49-2`, whose definition is theirs.
fn transfer_basis(m: Mechanism) -> &'static str {
    use Art46Kind as S;
    use Art49Kind as D;
    match m {
        Mechanism::Adequacy | Mechanism::Certified(_) => "eu-gdpr:A45-3",
        Mechanism::Safeguard(kind) => match kind {
            S::PublicAuthorityInstrument => "eu-gdpr:A46-2-a",
            S::Bcr => "eu-gdpr:A46-2-b",
            S::Scc => "eu-gdpr:A46-2-c",
            S::SaClauses => "eu-gdpr:A46-2-d",
            S::CodeOfConduct => "eu-gdpr:A46-2-e",
            S::Certification => "eu-gdpr:A46-2-f",
            S::AdHocClauses => "eu-gdpr:A46-3-a",
            S::AdministrativeArrangement => "eu-gdpr:A46-3-b",
        },
        Mechanism::Derogation(kind) => match kind {
            D::ExplicitConsent => "eu-gdpr:A49-1-a",
            D::Contract => "eu-gdpr:A49-1-b",
            D::ThirdPartyContract => "eu-gdpr:A49-1-c",
            D::PublicInterest => "eu-gdpr:A49-1-d",
            D::LegalClaims => "eu-gdpr:A49-1-e",
            D::VitalInterests => "eu-gdpr:A49-1-f",
            D::PublicRegister => "eu-gdpr:A49-1-g",
            D::CompellingLegitimateInterests => "eu-gdpr:A49-2",
        },
    }
}

/// The countries among `places`, as DPV's location extension names them (`loc:US`); areas
/// and international organisations have no term there and are left out.
fn countries(places: &[Place]) -> Value {
    json!(
        places
            .iter()
            .filter(|p| p.kind == Some("country"))
            .map(|p| json!({"@id": format!("loc:{}", p.code)}))
            .collect::<Vec<_>>()
    )
}

fn contacts(c: &ContactView) -> Value {
    json!(
        [&c.email, &c.phone, &c.form]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
    )
}

fn address(lines: &[String]) -> Value {
    if lines.is_empty() {
        Value::Null
    } else {
        json!(lines.join(", "))
    }
}

fn data_id(id: &str) -> String {
    format!("_:data-{id}")
}

fn joint_id(id: &str) -> String {
    format!("_:joint-{id}")
}

fn subject_id(id: &str) -> String {
    format!("_:subject-{id}")
}

fn recipient_id(id: &str) -> String {
    format!("_:recipient-{id}")
}

fn refs(ids: &[String], to: fn(&str) -> String) -> Value {
    json!(
        ids.iter()
            .map(|id| json!({"@id": to(id)}))
            .collect::<Vec<_>>()
    )
}

fn opt(s: &Option<String>) -> Value {
    json!(s)
}

/// A node with its id and type, and the properties that have a value.
fn node<const N: usize>(id: &str, types: Value, props: [(&str, Value); N]) -> Value {
    let mut m = Map::new();
    m.insert("@id".to_owned(), json!(id));
    m.insert("@type".to_owned(), types);
    for (k, v) in props {
        m.insert(k.to_owned(), v);
    }
    strip(Value::Object(m))
}

/// `v` without its null or empty values: JSON-LD drops them anyway, and the block reads better.
fn strip(v: Value) -> Value {
    match v {
        Value::Object(m) => Value::Object(
            m.into_iter()
                .filter(|(_, v)| !v.is_null() && v.as_array().is_none_or(|a| !a.is_empty()))
                .collect(),
        ),
        v => v,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn provisions_name_eu_gdpr_terms() {
        assert_eq!(eu_gdpr("6(1)(a)"), "eu-gdpr:A6-1-a");
        assert_eq!(eu_gdpr("9(2)(j)"), "eu-gdpr:A9-2-j");
        assert_eq!(eu_gdpr("7(3)"), "eu-gdpr:A7-3");
        assert_eq!(eu_gdpr("15"), "eu-gdpr:A15");
    }

    /// Each mechanism's term is that of the provision the reference data cite for it, but
    /// where the extension names them otherwise (see [`transfer_basis`]).
    #[test]
    fn transfer_bases_are_the_provisions_the_reference_data_cite() {
        let reference = crate::reference::tests::builtin();
        let mut seen = 0;
        for entry in reference.mechanisms() {
            let first = entry.article().split(',').next().unwrap();
            let expected = match first {
                "45" => "eu-gdpr:A45-3".to_owned(),
                "49(1)" => "eu-gdpr:A49-2".to_owned(),
                provision => eu_gdpr(provision),
            };
            assert_eq!(
                transfer_basis(entry.mechanism()),
                expected,
                "{}",
                entry.id()
            );
            seen += 1;
        }
        assert_eq!(seen, Mechanism::all().count());
    }
}
