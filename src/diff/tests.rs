use super::*;
use crate::i18n::Locales;

const BASE: &str = "\
notice: {id: acme, effective: 2026-03-01, languages: [fr, nl, en]}
controller: {name: Acme SRL, country: BE, contact: {email: a@acme.example}}
dpo: none
supervisory_authority: BE
data_categories:
  - {id: contact, label: {fr: Coordonnées, nl: Contactgegevens, en: Contact details}}
  - {id: orders, label: {fr: Commandes, nl: Bestellingen, en: Orders}}
purposes:
  - id: sales
    label: {fr: Ventes, nl: Verkoop, en: Sales}
    description: {fr: Vendre., nl: Verkopen., en: Selling.}
    legal_basis: contract
    data: [contact]
    recipients: [hosting]
    retention: {duration: 2 years, after: end_of_contract}
recipients:
  - {id: hosting, name: Nordhost BV, role: processor, country: NL}
security:
  - {fr: chiffrement, nl: versleuteling, en: encryption}
  - {fr: sauvegardes, nl: back-ups, en: backups}
";

fn decl(yaml: &str) -> Declaration {
    serde_yaml::from_str(yaml).unwrap_or_else(|e| panic!("{e}\n{yaml}"))
}

/// The changes from BASE to BASE with each `(from, to)` replaced once, as
/// `(path, class, kind)`.
fn after(edits: &[(&str, &str)]) -> Vec<(String, Class, &'static str)> {
    let mut yaml = BASE.to_owned();
    for (from, to) in edits {
        assert!(yaml.contains(from), "BASE has no {from:?}");
        yaml = yaml.replacen(from, to, 1);
    }
    changes(&decl(BASE), &decl(&yaml))
        .into_iter()
        .map(|c| (c.path, c.class, c.kind))
        .collect()
}

fn m(path: &str, kind: &'static str) -> (String, Class, &'static str) {
    (path.to_owned(), Class::Material, kind)
}

fn e(path: &str, kind: &'static str) -> (String, Class, &'static str) {
    (path.to_owned(), Class::Editorial, kind)
}

#[test]
fn nothing_changed() {
    assert_eq!(after(&[]), []);
    // Formatting, comments and the lint configuration are not the notice.
    assert_eq!(
        after(&[(
            "dpo: none\n",
            "dpo: none   # none appointed\nlint: {allow: [{rule: N801, reason: quoted}]}\n"
        )]),
        []
    );
}

#[test]
fn a_purpose_added_is_one_material_change_and_one_removed_a_reduction() {
    let added = "  - id: mail\n    label: {fr: Lettre, nl: Nieuwsbrief, en: Newsletter}\n    legal_basis: consent\n    data: [contact]\nrecipients:\n";
    assert_eq!(
        after(&[("recipients:\n", added)]),
        [m("purposes[mail]", "added")]
    );
    // A purpose renamed is one discontinued and one new.
    assert_eq!(
        after(&[("  - id: sales\n", "  - id: sales2\n")]),
        [
            e("purposes[sales]", "removed"),
            m("purposes[sales2]", "added")
        ]
    );
}

#[test]
fn a_new_basis_is_material_with_the_rights_it_brings() {
    assert_eq!(
        after(&[("legal_basis: contract", "legal_basis: [contract, consent]")]),
        [
            m("purposes[sales].legal_basis[consent]", "added"),
            m("purposes[sales].$rights[withdraw]", "added")
        ]
    );
    // From contract to legitimate interests: portability goes, objection comes.
    assert_eq!(
        after(&[("legal_basis: contract", "legal_basis: legitimate_interests")]),
        [
            e("purposes[sales].legal_basis[contract]", "removed"),
            m("purposes[sales].legal_basis[legitimate_interests]", "added"),
            m("purposes[sales].$rights[portability]", "removed"),
            m("purposes[sales].$rights[object]", "added")
        ]
    );
}

#[test]
fn data_and_recipients_of_a_purpose() {
    assert_eq!(
        after(&[("data: [contact]", "data: [contact, orders]")]),
        [m("purposes[sales].data[orders]", "added")]
    );
    assert_eq!(
        after(&[("data: [contact]", "data: []")]),
        [e("purposes[sales].data[contact]", "removed")]
    );
    assert_eq!(
        after(&[("recipients: [hosting]", "recipients: []")]),
        [e("purposes[sales].recipients[hosting]", "removed")]
    );
}

#[test]
fn retention_longer_shorter_or_changed() {
    assert_eq!(
        after(&[(
            "2 years, after: end_of_contract",
            "3 years, after: end_of_contract"
        )]),
        [m("purposes[sales].retention", "longer")]
    );
    assert_eq!(
        after(&[(
            "2 years, after: end_of_contract",
            "1 year, after: end_of_contract"
        )]),
        [e("purposes[sales].retention", "shorter")]
    );
    assert_eq!(
        after(&[(
            "2 years, after: end_of_contract",
            "1 year, after: collection"
        )]),
        [m("purposes[sales].retention", "changed")]
    );
    assert_eq!(
        after(&[(
            "retention: {duration: 2 years, after: end_of_contract}",
            "retention: {duration: 2 years, after: end_of_contract, per_category: [{data: contact, duration: 5 years}]}"
        )]),
        [m(
            "purposes[sales].retention.per_category[contact]",
            "added"
        )]
    );
}

#[test]
fn recipients_countries_and_transfers() {
    assert_eq!(
        after(&[(
            "country: NL}",
            "country: US, transfer: {mechanism: scc, copy: 'https://x.example'}}"
        )]),
        [
            m("recipients[hosting].country", "changed"),
            m("recipients[hosting].transfer.mechanism", "added"),
            e("recipients[hosting].transfer.copy", "added")
        ]
    );
    assert_eq!(
        after(&[("name: Nordhost BV", "name: Cloudy SA")]),
        [m("recipients[hosting].name", "changed")]
    );
}

/// Several destinations, and a transfer entry per destination: one more of either is
/// material, one fewer a reduction; the sentence names the country and the mechanism.
#[test]
fn lists_of_destinations_and_transfer_entries() {
    let listed = "country: [NL, US], transfer: [{country: US, mechanism: dpf}]}";
    assert_eq!(
        after(&[("country: NL}", listed)]),
        [
            m("recipients[hosting].country[US]", "added"),
            m("recipients[hosting].transfer[US]", "added")
        ]
    );
    let more = "country: [NL, US, CA], transfer: [{country: US, mechanism: dpf}, {country: CA, mechanism: adequacy}]}";
    let fewer = "country: [NL], transfer: []}";
    let (base, more, fewer) = (
        decl(&BASE.replacen("country: NL}", listed, 1)),
        decl(&BASE.replacen("country: NL}", more, 1)),
        decl(&BASE.replacen("country: NL}", fewer, 1)),
    );
    let kinds = |a: &Declaration, b: &Declaration| -> Vec<(String, Class)> {
        changes(a, b)
            .into_iter()
            .map(|c| (c.path, c.class))
            .collect()
    };
    assert_eq!(
        kinds(&base, &more),
        [
            (
                "recipients[hosting].country[CA]".to_owned(),
                Class::Material
            ),
            (
                "recipients[hosting].transfer[CA]".to_owned(),
                Class::Material
            )
        ]
    );
    assert_eq!(
        kinds(&base, &fewer),
        [
            (
                "recipients[hosting].country[US]".to_owned(),
                Class::Editorial
            ),
            (
                "recipients[hosting].transfer[US]".to_owned(),
                Class::Editorial
            )
        ]
    );
    let locales = Locales::load(None).unwrap();
    let reference = crate::reference::tests::builtin();
    let en = phrase::Phraser::between(&locales, &reference, "en", &base, &more);
    let said: Vec<String> = changes(&base, &more)
        .iter()
        .map(|c| en.sentence(c).unwrap())
        .collect();
    assert_eq!(
        said,
        [
            "Nordhost BV: country where the data are processed: Canada.",
            "Nordhost BV: transfer based on adequacy decision."
        ]
    );
}

#[test]
fn who_is_responsible() {
    assert_eq!(
        after(&[("name: Acme SRL", "name: Acme NV")]),
        [m("controller.name", "changed")]
    );
    assert_eq!(
        after(&[(
            "dpo: none",
            "dpo: {name: Jan, contact: {email: dpo@acme.example}}"
        )]),
        [m("dpo", "changed")]
    );
    assert_eq!(
        after(&[(
            "supervisory_authority: BE",
            "supervisory_authority: {country: BE, authority: vtc}"
        )]),
        [m("supervisory_authority", "changed")]
    );
}

#[test]
fn wording_contact_and_order_are_editorial() {
    assert_eq!(
        after(&[("en: Selling.", "en: Selling bicycles.")]),
        [e("purposes[sales].description", "changed")]
    );
    assert_eq!(
        after(&[("email: a@acme.example", "email: b@acme.example")]),
        [e("controller.contact.email", "changed")]
    );
    assert_eq!(
        after(&[
            ("data: [contact]", "data: [contact, orders]"),
            ("  - {id: contact", "  - {id: contact2")
        ]),
        [
            e("data_categories[contact]", "removed"),
            m("data_categories[contact2]", "added"),
            m("purposes[sales].data[orders]", "added")
        ]
    );
    let swapped = BASE.replace(
        "  - {fr: chiffrement, nl: versleuteling, en: encryption}\n  - {fr: sauvegardes, nl: back-ups, en: backups}\n",
        "  - {fr: sauvegardes, nl: back-ups, en: backups}\n  - {fr: chiffrement, nl: versleuteling, en: encryption}\n",
    );
    let c = changes(&decl(BASE), &decl(&swapped));
    assert_eq!(c.len(), 1);
    assert_eq!(
        (c[0].path.as_str(), c[0].class, c[0].topic),
        ("security", Class::Editorial, "order")
    );
}

#[test]
fn a_declaration_added_or_removed_is_one_material_change() {
    let l = crate::declaration::load::parse("a.yaml".into(), BASE.to_owned()).unwrap();
    let cmp = Comparison::new(
        None,
        Some(Version {
            label: "a.yaml".into(),
            loaded: l,
        }),
    );
    assert_eq!(cmp.material(), 1);
    assert_eq!(cmp.changes[0].topic, "declaration");
}

/// Whose data and a category's own provision for a purpose: a new group of people, or a group
/// a purpose now concerns, is material as new data are; a group's name is wording.
#[test]
fn data_subjects_and_provision_per_category() {
    let subjects = "data_subjects:\n  - {id: customers, kind: customers}\n  - {id: staff, label: {fr: Personnel, nl: Personeel, en: Staff}}\ndata_categories:\n";
    assert_eq!(
        after(&[
            ("data_categories:\n", subjects),
            (
                "    data: [contact]\n",
                "    data_subjects: [customers, staff]\n    data: [contact]\n"
            ),
        ]),
        [
            m("purposes[sales].data_subjects[customers]", "added"),
            m("purposes[sales].data_subjects[staff]", "added"),
            m("data_subjects[customers]", "added"),
            m("data_subjects[staff]", "added")
        ]
    );
    let with = BASE
        .replacen("data_categories:\n", subjects, 1)
        .replacen(
            "    data: [contact]\n",
            "    data_subjects: [customers, staff]\n    data: [contact]\n    provision:\n      per_category:\n        - {data: contact, requirement: voluntary, consequences: {fr: a, nl: a, en: a}}\n",
            1,
        );
    let (old, new) = (
        decl(&with),
        decl(
            &with
                .replace("en: Staff}", "en: Our staff}")
                .replace("kind: customers}", "kind: members}")
                .replace("[customers, staff]", "[customers]")
                .replace("requirement: voluntary", "requirement: contractual")
                .replace("en: a}", "en: b}"),
        ),
    );
    let found: Vec<_> = changes(&old, &new)
        .into_iter()
        .map(|c| (c.path, c.class, c.kind))
        .collect();
    assert_eq!(
        found,
        [
            e("data_subjects[customers].kind", "changed"),
            e("data_subjects[staff].label", "changed"),
            e("purposes[sales].data_subjects[staff]", "removed"),
            m(
                "purposes[sales].provision.per_category[contact].requirement",
                "changed"
            ),
            e(
                "purposes[sales].provision.per_category[contact].consequences",
                "changed"
            )
        ]
    );
    // The group is named as the notice names it: by its label, or by its kind.
    let locales = Locales::load(None).unwrap();
    let reference = crate::reference::Reference::builtin().unwrap();
    let (old, new) = (decl(BASE), decl(&with));
    let found = changes(&old, &new);
    let say = |lang: &str, path: &str| {
        let c = found.iter().find(|c| c.path == path).unwrap();
        phrase::Phraser::between(&locales, &reference, lang, &old, &new)
            .sentence(c)
            .unwrap()
    };
    assert_eq!(
        say("en", "purposes[sales].data_subjects[customers]"),
        "Sales: the data of these people are now also processed: Customers."
    );
    assert_eq!(
        say("fr", "data_subjects[staff]"),
        "Nouvelle catégorie de personnes concernées\u{a0}: Personnel."
    );
    assert_eq!(
        say("nl", "purposes[sales].provision.per_category[contact]"),
        "Verkoop: of u deze gegevens moet verstrekken, is gewijzigd."
    );
}

#[test]
fn every_change_reads_as_a_sentence_in_every_language() {
    let locales = Locales::load(None).unwrap();
    let reference = crate::reference::Reference::builtin().unwrap();
    let new = BASE
        .replace(
            "legal_basis: contract",
            "legal_basis: [legitimate_interests]",
        )
        .replace(
            "2 years, after: end_of_contract",
            "3 years, after: end_of_contract",
        )
        .replace("country: NL}", "country: US, transfer: {mechanism: scc}}")
        .replace("dpo: none", "dpo: {name: Jan}")
        .replace("en: Selling.", "en: Selling bikes.");
    let (old, new) = (decl(BASE), decl(&new));
    let found = changes(&old, &new);
    assert!(found.len() >= 8, "{found:?}");
    for lang in ["fr", "nl", "en"] {
        let phraser = phrase::Phraser::between(&locales, &reference, lang, &old, &new);
        for c in &found {
            let s = phraser
                .sentence(c)
                .unwrap_or_else(|e| panic!("{lang} {}: {e:#}", c.path));
            assert!(
                s.ends_with('.') && !s.contains("{") && !s.contains("  "),
                "{lang}: {s}"
            );
        }
    }
    let en = phrase::Phraser::between(&locales, &reference, "en", &old, &new);
    let say = |path: &str| {
        let c = found.iter().find(|c| c.path == path).unwrap();
        en.sentence(c).unwrap()
    };
    assert_eq!(
        say("purposes[sales].retention"),
        "Sales: longer retention period: 3 years after the end of the contract (previously: 2 years after the end of the contract)."
    );
    assert_eq!(
        say("purposes[sales].$rights[object]"),
        "Sales: you now have this right: Right to object."
    );
    assert_eq!(
        say("recipients[hosting].country"),
        "Nordhost BV: country where the data are processed: United States (previously: Netherlands)."
    );
    assert_eq!(
        say("dpo"),
        "Data protection officer: Jan (previously: none)."
    );
    let fr = phrase::Phraser::between(&locales, &reference, "fr", &old, &new);
    let c = found
        .iter()
        .find(|c| c.path == "recipients[hosting].transfer.mechanism")
        .unwrap();
    assert!(
        fr.sentence(c)
            .unwrap()
            .starts_with("Nordhost BV\u{a0}: nouveau fondement du transfert\u{a0}: clauses"),
        "{}",
        fr.sentence(c).unwrap()
    );
}

#[test]
fn every_topic_has_its_message_for_every_outcome_in_every_locale() {
    use crate::i18n::Arg;
    let locales = Locales::load(None).unwrap();
    let topics = classify::RULES
        .iter()
        .map(|r| r.topic)
        .chain(["order", "declaration"]);
    for lang in locales.languages() {
        for topic in topics.clone() {
            for op in [
                "added",
                "removed",
                "changed",
                "reordered",
                "longer",
                "shorter",
            ] {
                let args: Vec<(&str, Arg)> = ["subject", "old", "new", "where"]
                    .into_iter()
                    .map(|k| (k, Arg::from("x")))
                    .chain([("op", Arg::from(op))])
                    .collect();
                let s = locales
                    .msg(lang, &format!("diff-{topic}"), &args)
                    .unwrap_or_else(|e| panic!("{lang}: {e:#}"));
                assert!(!s.trim().is_empty(), "{lang} diff-{topic} {op}");
            }
        }
    }
}
