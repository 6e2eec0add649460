//! No silent drops: a field the notice cannot show where it stands is a finding that names the
//! field and says why.
//!
//! `CASES` is the table of every such case in the model, each with a declaration that has it;
//! the test checks that lint reports it at the field, and that the field's text is indeed
//! missing from the rendered notice (so that the table stays true when the notice changes).
//! The second test checks the other direction on the demo, the examples and a fixture that
//! uses every field: every free text reaches the notice in its language, unless lint reports
//! the place it stands.

use std::path::PathBuf;
use std::sync::Arc;

use notice::date::Date;
use notice::declaration::{Loaded, load, walk};
use notice::diagnostic::Diagnostic;
use notice::i18n::Locales;
use notice::lint::{Config, lint};
use notice::reference::Reference;
use notice::render::Renderer;
use notice::render::templates::TemplateSet;

use crate::common::{fixture, root};

/// One case: what is dropped and why, a declaration (after a `notice` header) that has it, the
/// rule that reports it, the path it reports, and a text of the field that the notice must not
/// show (`None` for a field that is not text).
struct Case {
    field: &'static str,
    why: &'static str,
    yaml: &'static str,
    rule: &'static str,
    path: &'static str,
    marker: Option<&'static str>,
}

const CASES: &[Case] = &[
    Case {
        field: "purposes[].withdraw",
        why: "the purpose does not rest on consent, so the notice gives no right to withdraw it",
        yaml: "purposes:\n  - id: orders\n    legal_basis: contract\n    withdraw: {en: zzwithdraw}\n",
        rule: "N060",
        path: "purposes[0].withdraw",
        marker: Some("zzwithdraw"),
    },
    Case {
        field: "rights.notes.<right>",
        why: "no purpose gives the right, so the notice does not list it",
        yaml: "purposes:\n  - id: orders\n    legal_basis: contract\nrights:\n  notes:\n    object: {en: zznote}\n",
        rule: "N061",
        path: "rights.notes.object",
        marker: Some("zznote"),
    },
    Case {
        field: "purposes[].special_condition",
        why: "the purpose uses no special-category data to state it for",
        yaml: "purposes:\n  - id: orders\n    legal_basis: contract\n    special_condition: legal_claims\n",
        rule: "N062",
        path: "purposes[0].special_condition",
        marker: Some("legal claims"),
    },
    Case {
        field: "purposes[].special_law",
        why: "the purpose uses no special-category data to state it for",
        yaml: "purposes:\n  - id: orders\n    legal_basis: contract\n    special_law: {en: zzlaw}\n",
        rule: "N062",
        path: "purposes[0].special_law",
        marker: Some("zzlaw"),
    },
    Case {
        field: "purposes[].criminal_basis",
        why: "the purpose uses no criminal-offence data to state it for",
        yaml: "purposes:\n  - id: orders\n    legal_basis: contract\n    criminal_basis: {en: zzcriminal}\n",
        rule: "N062",
        path: "purposes[0].criminal_basis",
        marker: Some("zzcriminal"),
    },
    Case {
        field: "purposes[].special_aims",
        why: "the purpose uses no special-category data to state them for",
        yaml: "purposes:\n  - id: orders\n    legal_basis: contract\n    special_aims: [medical_diagnosis]\n",
        rule: "N062",
        path: "purposes[0].special_aims",
        marker: Some("medical diagnosis"),
    },
    Case {
        field: "purposes[].criminal_ground",
        why: "the purpose uses no criminal-offence data to state it for",
        yaml: "purposes:\n  - id: orders\n    legal_basis: contract\n    criminal_ground: official_authority\n",
        rule: "N062",
        path: "purposes[0].criminal_ground",
        marker: Some("official authority"),
    },
    Case {
        field: "data_categories[].provision",
        why: "the person does not provide data from a third party (Art. 13(2)(e))",
        yaml: "data_categories:\n  - id: claims\n    source: {kind: third_party, name: Insurer SA}\n    provision: {requirement: voluntary, consequences: {en: zzconsequence}}\npurposes:\n  - id: orders\n    legal_basis: contract\n    data: [claims]\n",
        rule: "N063",
        path: "data_categories[0].provision",
        marker: Some("zzconsequence"),
    },
    Case {
        field: "data_categories[].provision (observed data)",
        why: "data recorded by the controller's systems are not provided by the person",
        yaml: "data_categories:\n  - id: logs\n    source: observed\n    provision: {requirement: statutory, consequences: {en: zzconsequence}}\npurposes:\n  - id: orders\n    legal_basis: contract\n    data: [logs]\n",
        rule: "N063",
        path: "data_categories[0].provision",
        marker: Some("zzconsequence"),
    },
    Case {
        field: "purposes[].provision.per_category[]",
        why: "the category is not provided by the person",
        yaml: "data_categories:\n  - id: logs\n    source: observed\npurposes:\n  - id: orders\n    legal_basis: contract\n    data: [logs]\n    provision:\n      per_category:\n        - {data: logs, requirement: voluntary, consequences: {en: zzconsequence}}\n",
        rule: "N063",
        path: "purposes[0].provision.per_category[0]",
        marker: Some("zzconsequence"),
    },
    Case {
        field: "retention.after (without duration)",
        why: "the start of a period is shown only with the period",
        yaml: "purposes:\n  - id: orders\n    legal_basis: contract\n    retention: {after: {en: zzevent}, criteria: {en: until paid}}\n",
        rule: "N064",
        path: "purposes[0].retention.after",
        marker: Some("zzevent"),
    },
    Case {
        field: "retention.exception (without duration or criteria)",
        why: "an exception extends a period or criteria, and there is none",
        yaml: "purposes:\n  - id: orders\n    legal_basis: contract\n    retention: {exception: {en: zzexception}}\n",
        rule: "N064",
        path: "purposes[0].retention.exception",
        marker: Some("zzexception"),
    },
    Case {
        field: "retention.per_category[].after (without duration)",
        why: "the start of a period is shown only with the period",
        yaml: "data_categories:\n  - id: contact\npurposes:\n  - id: orders\n    legal_basis: contract\n    data: [contact]\n    retention:\n      duration: 1 year\n      per_category:\n        - {data: contact, after: {en: zzevent}, criteria: {en: until paid}}\n",
        rule: "N064",
        path: "purposes[0].retention.per_category[0].after",
        marker: Some("zzevent"),
    },
    Case {
        field: "processor_activities[].retention.after (without duration)",
        why: "the start of a period is shown only with the period",
        yaml: "processor_activities:\n  - id: fleet\n    client: Client SA\n    retention: {after: {en: zzevent}, criteria: {en: until the lease ends}}\n",
        rule: "N064",
        path: "processor_activities[0].retention.after",
        marker: Some("zzevent"),
    },
    Case {
        field: "data_categories[].retention.per_category",
        why: "a category has one retention",
        yaml: "data_categories:\n  - id: contact\n    retention:\n      duration: 1 year\n      per_category:\n        - {data: contact, criteria: {en: zzcriteria}}\npurposes:\n  - id: orders\n    legal_basis: contract\n    data: [contact]\n",
        rule: "N064",
        path: "data_categories[0].retention.per_category",
        marker: Some("zzcriteria"),
    },
    Case {
        field: "data_categories[].retention (every purpose has its own)",
        why: "a category's retention is shown only in purposes without a period of their own",
        yaml: "data_categories:\n  - id: contact\n    retention: {criteria: {en: zzcriteria}}\npurposes:\n  - id: orders\n    legal_basis: contract\n    data: [contact]\n    retention: {duration: 2 years, after: end_of_contract}\n",
        rule: "N064",
        path: "data_categories[0].retention",
        marker: Some("zzcriteria"),
    },
    Case {
        field: "data_categories[].retention (no purpose uses the category)",
        why: "a category's retention is shown in the purposes that use it",
        yaml: "data_categories:\n  - id: contact\n    retention: {criteria: {en: zzcriteria}}\nprocessor_activities:\n  - id: fleet\n    client: Client SA\n    data: [contact]\n",
        rule: "N064",
        path: "data_categories[0].retention",
        marker: Some("zzcriteria"),
    },
    Case {
        field: "retention.maximum (with a duration)",
        why: "a rule gives one period or bounds; the notice shows the period",
        yaml: "purposes:\n  - id: orders\n    legal_basis: contract\n    retention: {duration: 2 years, maximum: 3 years, after: end_of_contract}\n",
        rule: "N064",
        path: "purposes[0].retention.maximum",
        marker: Some("at most"),
    },
    Case {
        field: "source.name (data from the person)",
        why: "data from the person have no source to name; only `description` is shown",
        yaml: "data_categories:\n  - id: contact\n    source: {kind: data_subject, name: Zzsource SA}\n",
        rule: "N065",
        path: "data_categories[0].source.name",
        marker: Some("zzsource"),
    },
    Case {
        field: "source.name (observed data)",
        why: "the controller's own systems are the source; only `description` is shown",
        yaml: "data_categories:\n  - id: logs\n    source:\n      - {data_subjects: [visitors], kind: observed, name: Zzsource SA}\ndata_subjects:\n  - {id: visitors, kind: website_visitors}\n",
        rule: "N065",
        path: "data_categories[0].source[0].name",
        marker: Some("zzsource"),
    },
    Case {
        field: "source.public (not a third party)",
        why: "whether a source is public is said of a third party only",
        yaml: "data_categories:\n  - id: contact\n    source: {kind: data_subject, public: true}\n",
        rule: "N065",
        path: "data_categories[0].source.public",
        marker: None,
    },
    Case {
        field: "recipients[].category (with a name)",
        why: "the notice names the recipient",
        yaml: "recipients:\n  - {id: hosting, name: Nordhost BV, category: {en: zzcategory}, role: processor, country: NL}\n",
        rule: "N066",
        path: "recipients[0].category",
        marker: Some("zzcategory"),
    },
    Case {
        field: "processor_activities[].client_category (with a client)",
        why: "the notice names the client",
        yaml: "processor_activities:\n  - {id: fleet, client: Client SA, client_category: {en: zzcategory}}\n",
        rule: "N066",
        path: "processor_activities[0].client_category",
        marker: Some("zzcategory"),
    },
    Case {
        field: "cookies.trackers[].label (with a name)",
        why: "the notice names the tracker by its technical name",
        yaml: "cookies:\n  trackers:\n    - {name: _ga, label: {en: zzlabel}, essential: true}\n",
        rule: "N066",
        path: "cookies.trackers[0].label",
        marker: Some("zzlabel"),
    },
    Case {
        field: "storage[].region (with a country)",
        why: "the notice gives the country",
        yaml: "storage:\n  - {description: {en: backups}, country: BE, region: {en: zzregion}}\n",
        rule: "N066",
        path: "storage[0].region",
        marker: Some("zzregion"),
    },
    Case {
        field: "recipients[].transfer.interests (another mechanism)",
        why: "interests are stated for the compelling-legitimate-interests derogation only",
        yaml: "recipients:\n  - id: expert\n    name: Frame Lab Inc.\n    role: processor\n    country: US\n    transfer: {mechanism: scc, copy: \"mailto:privacy@acme.example\", interests: {en: zzinterests}}\n",
        rule: "N067",
        path: "recipients[0].transfer.interests",
        marker: Some("zzinterests"),
    },
    Case {
        field: "purposes[].rights_limits[] (a right the purpose does not give)",
        why: "the notice states limits with the rights a purpose gives",
        yaml: "purposes:\n  - id: cctv\n    legal_basis: legitimate_interests\n    legitimate_interests: {en: safety}\n    rights_limits:\n      - {right: portability, reason: {en: zzlimit}}\n",
        rule: "N068",
        path: "purposes[0].rights_limits[0].right",
        marker: Some("zzlimit"),
    },
    Case {
        field: "purposes[].rights_limits[] (a right that cannot be limited)",
        why: "consent can be withdrawn at any time (Art. 7(3))",
        yaml: "purposes:\n  - id: news\n    legal_basis: consent\n    rights_limits:\n      - {right: withdraw, reason: {en: zzlimit}}\n",
        rule: "N068",
        path: "purposes[0].rights_limits[0].right",
        marker: Some("zzlimit"),
    },
    Case {
        field: "purposes[].special_aims[] (an aim of another condition)",
        why: "the notice names the aims of the purpose's own condition",
        yaml: "data_categories:\n  - {id: health, special: health}\npurposes:\n  - id: care\n    legal_basis: contract\n    special_condition: health_or_social_care\n    special_aims: [statistics]\n    data: [health]\n",
        rule: "N069",
        path: "purposes[0].special_aims[0]",
        marker: Some("statistical purposes"),
    },
    Case {
        field: "recipients[].transfer (recipient in the EEA)",
        why: "data sent within the EEA are not transferred; the notice lists transfers outside it",
        yaml: "recipients:\n  - id: hosting\n    name: Nordhost BV\n    role: processor\n    country: NL\n    transfer: {mechanism: scc, copy: \"mailto:zzcopy@acme.example\"}\n",
        rule: "N409",
        path: "recipients[0].transfer.mechanism",
        marker: Some("zzcopy"),
    },
    Case {
        field: "cookies.trackers[].recipient (naming nothing)",
        why: "the id resolves to no recipient",
        yaml: "cookies:\n  trackers:\n    - {name: _ga, essential: true, recipient: zzrecipient}\n",
        rule: "N010",
        path: "cookies.trackers[0].recipient",
        marker: Some("zzrecipient"),
    },
];

fn config() -> Config {
    Config::new(Date::new(2026, 11, 23).unwrap())
}

fn renderer() -> (Renderer, Arc<Locales>, Arc<Reference>) {
    let locales = Arc::new(Locales::load(None).expect("built-in locales"));
    let reference = Arc::new(Reference::builtin().expect("built-in reference data"));
    let templates = TemplateSet::load(None).expect("built-in templates");
    (
        Renderer::new(
            templates,
            Arc::clone(&locales),
            Arc::clone(&reference),
            None,
        )
        .expect("renderer"),
        locales,
        reference,
    )
}

fn parse(name: &str, text: String) -> Loaded {
    load::parse(PathBuf::from(name), text).unwrap_or_else(|d| panic!("{name}: {}", d.message))
}

/// Lower-case words only: what is left of a text in any place the notice puts it (escaped,
/// lower-cased at the start of a list item, ended with a full stop, split over lines).
fn words(text: &str) -> String {
    let plain: String = text
        .chars()
        .map(|c| {
            if c.is_alphanumeric() {
                c.to_lowercase().next().unwrap_or(c)
            } else {
                ' '
            }
        })
        .collect();
    format!(
        " {} ",
        plain.split_whitespace().collect::<Vec<_>>().join(" ")
    )
}

#[test]
fn every_case_of_a_field_the_notice_cannot_show_is_reported() {
    let (renderer, locales, reference) = renderer();
    let mut wrong = Vec::new();
    for case in CASES {
        let text = format!(
            "notice: {{id: t, effective: 2026-03-01, languages: [en]}}\n{}",
            case.yaml
        );
        let loaded = parse("case.yaml", text);
        let found = lint(
            std::slice::from_ref(&loaded),
            &locales,
            &reference,
            &config(),
        );
        if !found
            .iter()
            .any(|d| d.code == case.rule && d.path.as_deref() == Some(case.path))
        {
            let got: Vec<String> = found
                .iter()
                .map(|d| format!("{} {}", d.code, d.path.as_deref().unwrap_or("")))
                .collect();
            wrong.push(format!(
                "{} ({}): no {} at {}; found {got:?}",
                case.field, case.why, case.rule, case.path
            ));
        }
        let md = renderer
            .markdown(&loaded.declaration, "en")
            .unwrap_or_else(|d| panic!("{}: {}", case.field, d.message));
        if let Some(marker) = case.marker
            && words(&md).contains(&words(marker))
        {
            wrong.push(format!(
                "{}: the notice shows it after all; remove the case (and its rule) or fix the test:\n{md}",
                case.field
            ));
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
}

/// Whether a finding of `d` stands at `path` or above it.
fn covers(d: &Diagnostic, path: &str) -> bool {
    d.path.as_deref().is_some_and(|p| {
        path == p || path.starts_with(&format!("{p}.")) || path.starts_with(&format!("{p}["))
    })
}

#[test]
fn every_text_reaches_the_notice_or_lint_says_why_not() {
    let (renderer, locales, reference) = renderer();
    let mut files: Vec<PathBuf> = vec![
        root().join("notices/atelier-zenne.yaml"),
        fixture("schema/every-struct.yaml"),
    ];
    for org in ["c-dot", "comnexio", "damnet"] {
        files.push(root().join(format!("examples/{org}/notice.yaml")));
    }
    let rules: Vec<&str> = CASES.iter().map(|c| c.rule).collect();
    let mut missing = Vec::new();
    for file in files {
        let loaded = load(&file).unwrap_or_else(|d| panic!("{}: {}", file.display(), d.message));
        let found = lint(
            std::slice::from_ref(&loaded),
            &locales,
            &reference,
            &config(),
        );
        let decl = &loaded.declaration;
        for lang in &decl.notice.languages {
            let md = words(
                &renderer
                    .markdown(decl, lang)
                    .unwrap_or_else(|d| panic!("{} ({lang}): {}", file.display(), d.message)),
            );
            // What only the record of processing activities shows reaches the register.
            let register = notice::register::view(&renderer, decl, lang)
                .map(|v| words(&notice::register::markdown::register(&v)))
                .unwrap_or_else(|d| panic!("{} ({lang}): {}", file.display(), d.message));
            for (path, text) in walk::texts(decl) {
                let Some(t) = text.get(lang) else { continue };
                let reported = found
                    .iter()
                    .any(|d| rules.contains(&d.code.as_str()) && covers(d, &path));
                let in_register =
                    notice::declaration::is_register_only(&path) && register.contains(&words(t));
                if !md.contains(&words(t)) && !reported && !in_register {
                    missing.push(format!("{} ({lang}): {path}: {t:?}", file.display()));
                }
            }
        }
    }
    assert!(
        missing.is_empty(),
        "texts the notice does not show, with no finding to say so:\n{}",
        missing.join("\n")
    );
}
