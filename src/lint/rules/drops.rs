//! Rules on what a declaration says but the notice cannot show where it stands: a field that is
//! shown only with another (how to withdraw consent, on a purpose without consent; a note on a
//! right no purpose gives; an Art. 9 condition without special data…), or the second of two
//! fields of which the notice shows one. Each would vanish from the output without a word; the
//! finding names the field and says why. The table of every case is pinned by
//! `tests/it/lint/drops.rs`.

use crate::declaration::{Retention, RightName, SourceKind, Span, name_of};
use crate::diagnostic::Severity;
use crate::lint::{Context, Docs, Findings, Rule};
use crate::rights::{Right, listed_rights, purpose_rights_in_detail, uses_consent};

/// The rules of this module, in id order.
pub static RULES: &[Rule] = &[
    Rule {
        id: "N060",
        name: "withdraw-not-shown",
        severity: Severity::Warning,
        articles: "Art. 7(3), 13(2)(c), 14(2)(d)",
        wp260: None,
        summary: "a purpose says how to withdraw consent, but does not rest on consent",
        docs: Docs {
            what: "`withdraw` is shown under the right to withdraw consent, next to the purposes that rest on consent (`legal_basis: consent`, or `special_condition: explicit_consent`). On any other purpose it is not shown.",
            why: "The right to withdraw consent exists only where the processing rests on consent (Art. 7(3), 13(2)(c)); the notice does not give it for other purposes, so what the declaration says about withdrawing them never reaches the reader. Either the basis is wrong, or the text is.",
            bad: "purposes:\n  - id: orders\n    legal_basis: contract\n    withdraw: {en: write to us.}\n",
            good: "purposes:\n  - id: orders\n    legal_basis: contract\n",
        },
        check: Some(withdraw),
        check_all: None,
    },
    Rule {
        id: "N061",
        name: "right-note-not-shown",
        severity: Severity::Warning,
        articles: "Art. 12(1), 13(2)(b), 14(2)(c)",
        wp260: None,
        summary: "`rights.notes` speaks of a right the notice does not give",
        docs: Docs {
            what: "A note in `rights.notes` is shown after its right, and the notice lists only the rights that follow from the purposes' legal bases (portability for consent or contract, objection for public task, legitimate interests or direct marketing, withdrawal for consent, the Art. 22 right for automated decisions). A note on any other right is not shown.",
            why: "Rights are derived from the legal bases so that the notice promises none that people do not have (Art. 13(2)(b)); a note about a right nobody has would contradict that, so it is left out, and lint says so.",
            bad: "purposes:\n  - id: orders\n    legal_basis: contract\nrights:\n  notes:\n    object: {en: write to us to object.}\n",
            good: "purposes:\n  - id: orders\n    legal_basis: contract\nrights:\n  notes:\n    access: {en: we answer within two weeks.}\n",
        },
        check: Some(right_notes),
        check_all: None,
    },
    Rule {
        id: "N062",
        name: "condition-without-data",
        severity: Severity::Warning,
        articles: "Art. 9(2), 10, 13(1)(c), 14(1)(c)",
        wp260: None,
        summary: "a purpose gives an Art. 9(2) condition or an Art. 10 basis, but uses no such data",
        docs: Docs {
            what: "`special_condition`, `special_aims` and `special_law` are shown with the special-category data of the purpose, `criminal_ground` and `criminal_basis` with its criminal-offence data. A purpose whose `data` include no category with `special:` (or `criminal: true`) shows neither.",
            why: "The conditions of Art. 9(2) and the authorisation of Art. 10 are stated for the data they lift the prohibition on; without such data the notice has nothing to state them for. Either a category is missing from `data` (or lacks `special:`), or the field is left over.",
            bad: "data_categories:\n  - id: contact\npurposes:\n  - id: orders\n    legal_basis: contract\n    special_condition: explicit_consent\n    data: [contact]\n",
            good: "data_categories:\n  - id: contact\npurposes:\n  - id: orders\n    legal_basis: contract\n    data: [contact]\n",
        },
        check: Some(conditions),
        check_all: None,
    },
    Rule {
        id: "N063",
        name: "provision-not-shown",
        severity: Severity::Warning,
        articles: "Art. 13(2)(e)",
        wp260: None,
        summary: "data that the person does not provide say whether providing them is required",
        docs: Docs {
            what: "`provision` (on a data category, or in a purpose's `provision.per_category`) is shown only for data collected from the person: a category without `source`, or with a `data_subject` source. For data from a third party, a public source or the controller's own systems (`observed`), it is not shown.",
            why: "Art. 13(2)(e) concerns data the person is asked for: whether they must provide them, and what happens if they do not. Data obtained elsewhere, or recorded as people use a service, are not provided by them, so the statement would be wrong; either the source or the provision is.",
            bad: "data_categories:\n  - id: logs\n    source: observed\n    provision: {requirement: voluntary}\n",
            good: "data_categories:\n  - id: logs\n    source: observed\n",
        },
        check: Some(provision),
        check_all: None,
    },
    Rule {
        id: "N064",
        name: "retention-part-not-shown",
        severity: Severity::Warning,
        articles: "Art. 13(2)(a), 14(2)(a)",
        wp260: None,
        summary: "part of a retention rule cannot be shown",
        docs: Docs {
            what: "A retention's `after` is shown with its `duration` (\"2 years after the end of the contract\"), and its `exception` with a `duration` or `criteria` (\"…, longer where …\"); without them they are not shown. A data category's retention is shown in the purposes that use the category without a period of their own; when every purpose sets its own (or none uses it), it is not shown, and its `per_category` never is (a category has one retention).",
            why: "The retention period is owed per purpose (Art. 13(2)(a)); a part of it that the notice leaves out is a fact the reader does not get, usually because the period itself is missing or set elsewhere.",
            bad: "purposes:\n  - id: orders\n    retention: {after: end_of_contract, criteria: {en: until paid}}\n",
            good: "purposes:\n  - id: orders\n    retention: {duration: 2 years, after: end_of_contract}\n",
        },
        check: Some(retention),
        check_all: None,
    },
    Rule {
        id: "N065",
        name: "source-detail-not-shown",
        severity: Severity::Warning,
        articles: "Art. 13, 14(2)(f)",
        wp260: None,
        summary: "a source gives a detail that its kind does not show",
        docs: Docs {
            what: "A source's `name` is shown for a third party or a public source; for data collected from the person or recorded by the controller's systems (`data_subject`, `observed`), only `description` and `url` are. `public` is shown for a third party only (a `public` source is publicly accessible by its kind).",
            why: "The name of a source is the Art. 14(2)(f) fact; data from the person have none, so a `name` there usually means the kind is wrong (the data come from someone else, and Art. 14 applies).",
            bad: "data_categories:\n  - id: contact\n    source: {kind: data_subject, name: Example SA}\n",
            good: "data_categories:\n  - id: contact\n    source: {kind: third_party, name: Example SA}\n",
        },
        check: Some(source_details),
        check_all: None,
    },
    Rule {
        id: "N066",
        name: "alternative-not-shown",
        severity: Severity::Warning,
        articles: "Art. 12(1)",
        wp260: None,
        summary: "two fields of which the notice shows one are both given",
        docs: Docs {
            what: "The notice shows a recipient's `name` rather than its `category`, a processor activity's `client` rather than its `client_category`, a tracker's `name` rather than its `label`, and a storage place's `country` rather than its `region`. When both are given, the second is not shown.",
            why: "Each pair is one fact written two ways: the notice shows the precise one (WP260 asks for names over categories). The other vanishes from the output; remove it, or move what it adds to a field that is shown (a recipient's `service`, a tracker's `purpose`).",
            bad: "recipients:\n  - id: hosting\n    name: Nordhost BV\n    category: {en: hosting provider}\n",
            good: "recipients:\n  - id: hosting\n    name: Nordhost BV\n    service: {en: hosting provider}\n",
        },
        check: Some(alternatives),
        check_all: None,
    },
    Rule {
        id: "N067",
        name: "transfer-interests-not-shown",
        severity: Severity::Warning,
        articles: "Art. 13(1)(f), 49(1) second subparagraph",
        wp260: None,
        summary: "a transfer states compelling legitimate interests, but rests on another mechanism",
        docs: Docs {
            what: "`transfer.interests` is shown for a transfer whose `mechanism` is `compelling_legitimate_interests` (Art. 49(1), second subparagraph); with any other mechanism it is not.",
            why: "Only that derogation requires the interests to be stated to the person; on a transfer that rests on something else they are not shown, which usually means the mechanism is wrong.",
            bad: "recipients:\n  - id: expert\n    country: US\n    transfer: {mechanism: scc, copy: \"mailto:privacy@acme.example\", interests: {en: an expert review}}\n",
            good: "recipients:\n  - id: expert\n    country: US\n    transfer: {mechanism: scc, copy: \"mailto:privacy@acme.example\"}\n",
        },
        check: Some(transfer_interests),
        check_all: None,
    },
    Rule {
        id: "N068",
        name: "rights-limit-not-shown",
        severity: Severity::Warning,
        articles: "Art. 12(1), 13(2)(b), 14(2)(c)",
        wp260: None,
        summary: "a purpose limits a right it does not give, or one that cannot be limited",
        docs: Docs {
            what: "An entry of a purpose's `rights_limits` is shown with its right, for that purpose (\"Limit for “CCTV”: …\"). A limit on a right the purpose does not give (portability under legitimate interests, erasure where Art. 17(3) already excludes it, which the notice states) is not shown, nor one on a right no purpose may limit: withdrawing consent (at any time, Art. 7(3)), the Art. 22 safeguards, complaining (Art. 77).",
            why: "The notice derives each purpose's rights from its legal bases and Art. 9(2) condition, and states the Art. 17(3) exceptions that follow from them; a declared limit adds what the notice cannot derive (a restriction by law under Art. 23, for instance). On a right the purpose does not have, it would vanish without a word.",
            bad: "purposes:\n  - id: cctv\n    legal_basis: legitimate_interests\n    rights_limits:\n      - {right: portability, reason: {en: images cannot be exported.}}\n",
            good: "purposes:\n  - id: cctv\n    legal_basis: legitimate_interests\n    rights_limits:\n      - {right: erasure, reason: {en: we keep the images an offence may be proven with until the proceedings end.}}\n",
        },
        check: Some(rights_limits),
        check_all: None,
    },
    Rule {
        id: "N069",
        name: "special-aim-not-shown",
        severity: Severity::Warning,
        articles: "Art. 9(2)(h), 9(2)(j), 13(1)(c), 14(1)(c)",
        wp260: None,
        summary: "a purpose names an aim its Art. 9(2) condition does not list",
        docs: Docs {
            what: "`special_aims` names the aims of the purpose's Art. 9(2) condition it pursues: for `health_or_social_care` (9(2)(h)) `preventive_medicine`, `occupational_medicine`, `working_capacity`, `medical_diagnosis`, `care_provision`, `care_management`; for `archiving_or_research` (9(2)(j)) `archiving`, `research`, `statistics`. An aim of another condition (or of none) is not shown; when none of the aims given belongs to the condition, the notice gives the condition's whole list.",
            why: "The notice states the condition in the Regulation's words, naming only the aims the purpose pursues; an aim the condition does not list would misstate it, so it is left out, and lint says so.",
            bad: "purposes:\n  - id: care\n    special_condition: health_or_social_care\n    special_aims: [research]\n",
            good: "purposes:\n  - id: care\n    special_condition: health_or_social_care\n    special_aims: [medical_diagnosis, care_provision]\n",
        },
        check: Some(special_aims),
        check_all: None,
    },
];

pub fn withdraw(cx: &Context, f: &mut Findings) {
    for (i, p) in cx.decl().purposes.iter().enumerate() {
        if p.withdraw.is_some() && !uses_consent(p) {
            f.at(
                &format!("purposes[{i}].withdraw"),
                format!(
                    "purpose `{}` says how to withdraw consent, but does not rest on consent: the notice shows `withdraw` only under the right to withdraw consent, which this purpose does not give",
                    p.id
                ),
                "remove `withdraw`, or add `consent` to the purpose's `legal_basis` if it does rest on consent",
            );
        }
    }
}

pub fn right_notes(cx: &Context, f: &mut Findings) {
    let decl = cx.decl();
    let Some(rights) = &decl.rights else {
        return;
    };
    let listed = listed_rights(decl);
    for name in rights.notes.keys() {
        let id = name_of(name);
        if *name == RightName::Complaint || listed.iter().any(|r| r.id() == id) {
            continue;
        }
        f.at(
            &format!("rights.notes.{id}"),
            format!(
                "`rights.notes.{id}` is about a right no purpose gives: the notice does not list that right, so the note is not shown"
            ),
            "remove the note; if a purpose does give the right, correct its `legal_basis` (or `direct_marketing`, `automated_decision`)",
        );
    }
}

pub fn conditions(cx: &Context, f: &mut Findings) {
    for (i, p) in cx.decl().purposes.iter().enumerate() {
        let categories: Vec<_> = cx.index().categories_of(p).map(|(_, c)| c).collect();
        let special = categories.iter().any(|c| c.special.is_some());
        let criminal = categories.iter().any(|c| c.criminal);
        let fields = [
            ("special_condition", p.special_condition.is_some(), special),
            ("special_aims", !p.special_aims.is_empty(), special),
            ("special_law", p.special_law.is_some(), special),
            ("criminal_basis", p.criminal_basis.is_some(), criminal),
            ("criminal_ground", p.criminal_ground.is_some(), criminal),
        ];
        for (field, given, has_data) in fields {
            if given && !has_data {
                let (what, marker) = if field.starts_with("criminal") {
                    ("criminal-offence data", "`criminal: true`")
                } else {
                    ("special-category data", "`special:`")
                };
                f.at(
                    &format!("purposes[{i}].{field}"),
                    format!(
                        "purpose `{}` gives `{field}`, but none of its data are {what}: the notice states it with those data only, so it is not shown",
                        p.id
                    ),
                    format!(
                        "add to the purpose's `data` the category it is about (with {marker}), or remove `{field}`"
                    ),
                );
            }
        }
    }
}

pub fn provision(cx: &Context, f: &mut Findings) {
    let decl = cx.decl();
    let from = |kinds: Vec<SourceKind>| {
        let mut names: Vec<String> = Vec::new();
        for name in kinds.iter().map(name_of) {
            if !names.contains(&name) {
                names.push(name);
            }
        }
        names.join(", ")
    };
    for (k, c) in decl.data_categories.iter().enumerate() {
        if c.provision.is_some() && !c.is_provided() {
            f.at(
                &format!("data_categories[{k}].provision"),
                format!(
                    "data category `{}` is not provided by the person (source: {}): Art. 13(2)(e) does not apply, and the notice does not show `provision`",
                    c.id,
                    from(c.sources().iter().map(|s| s.kind).collect())
                ),
                "remove `provision`, or correct `source` if the person does provide these data",
            );
        }
    }
    for (i, p) in decl.purposes.iter().enumerate() {
        let Some(pp) = &p.provision else {
            continue;
        };
        for (k, entry) in pp.per_category.iter().enumerate() {
            let Some(c) = decl.data_categories.iter().find(|c| c.id == entry.data) else {
                continue;
            };
            if !c.is_provided() {
                f.at(
                    &format!("purposes[{i}].provision.per_category[{k}]"),
                    format!(
                        "purpose `{}` says whether `{}` must be provided, but the person does not provide these data (source: {}): the notice does not show it",
                        p.id,
                        c.id,
                        from(c.sources().iter().map(|s| s.kind).collect())
                    ),
                    "remove this entry, or correct the category's `source`",
                );
            }
        }
    }
}

/// A rule's `after` without `duration`, its `exception` with neither `duration` nor
/// `criteria`, at `path` (the rule itself, or one of its `per_category` entries); `whose` names
/// the rule in messages.
fn retention_parts(f: &mut Findings, path: &str, whose: &str, r: &RuleParts) {
    if let Some(bound) = r.bound.filter(|_| r.span.duration.is_some()) {
        f.at(
            &format!("{path}.{bound}"),
            format!("the retention of {whose} gives both a `duration` and a `{bound}`: the notice shows the duration, not the `{bound}`"),
            "give either one period (`duration`) or the bounds the law sets (`minimum`, `maximum`)",
        );
    }
    let duration = !r.span.is_empty();
    if r.after && !duration {
        f.at(
            &format!("{path}.after"),
            format!("the retention of {whose} says when a period starts (`after`), but gives no `duration`: the notice shows `after` only with a period"),
            "add `duration:` (such as `2 years`), or remove `after` and say when the data are deleted in `criteria`",
        );
    }
    if r.exception && !duration && !r.criteria {
        f.at(
            &format!("{path}.exception"),
            format!("the retention of {whose} says when data are kept longer (`exception`), but has no `duration` or `criteria` for it to extend: it is not shown"),
            "add the period (`duration`, `after`) or the `criteria` that the exception extends",
        );
    }
}

/// Which parts of a retention rule are given.
struct RuleParts {
    span: Span,
    /// The first bound given (`minimum`, `maximum`), if any.
    bound: Option<&'static str>,
    after: bool,
    criteria: bool,
    exception: bool,
}

/// The rule at `base` and each of its `per_category` entries, with its path and its name in
/// messages.
fn rules_of(base: &str, whose: &str, r: &Retention) -> Vec<(String, String, RuleParts)> {
    let mut out = vec![(
        base.to_owned(),
        whose.to_owned(),
        RuleParts {
            span: r.span(),
            bound: bound(r.span()),
            after: r.after.is_some(),
            criteria: r.criteria.is_some(),
            exception: r.exception.is_some(),
        },
    )];
    for (k, c) in r.per_category.iter().enumerate() {
        out.push((
            format!("{base}.per_category[{k}]"),
            format!("{whose} for `{}`", c.data),
            RuleParts {
                span: c.span(),
                bound: bound(c.span()),
                after: c.after.is_some(),
                criteria: c.criteria.is_some(),
                exception: c.exception.is_some(),
            },
        ));
    }
    out
}

fn bound(span: Span) -> Option<&'static str> {
    if span.minimum.is_some() {
        Some("minimum")
    } else if span.maximum.is_some() {
        Some("maximum")
    } else {
        None
    }
}

pub fn retention(cx: &Context, f: &mut Findings) {
    let decl = cx.decl();
    let mut all: Vec<(String, String, &Retention)> = Vec::new();
    for (i, p) in decl.purposes.iter().enumerate() {
        if let Some(r) = &p.retention {
            all.push((
                format!("purposes[{i}].retention"),
                format!("purpose `{}`", p.id),
                r,
            ));
        }
    }
    for (i, c) in decl.data_categories.iter().enumerate() {
        if let Some(r) = &c.retention {
            let whose = format!("data category `{}`", c.id);
            all.push((format!("data_categories[{i}].retention"), whose, r));
        }
    }
    for (i, a) in decl.processor_activities.iter().enumerate() {
        if let Some(r) = &a.retention {
            let whose = format!("processor activity `{}`", a.id);
            all.push((format!("processor_activities[{i}].retention"), whose, r));
        }
    }
    for (base, whose, r) in &all {
        for (path, whose, parts) in rules_of(base, whose, r) {
            retention_parts(f, &path, &whose, &parts);
        }
    }
    // A category's own retention is shown in the purposes that use it without a period of
    // their own (see the view's `purpose_retention`).
    let own_period = |r: &Option<Retention>| {
        r.as_ref()
            .is_some_and(|r| !r.span().is_empty() || r.criteria.is_some())
    };
    for (i, c) in decl.data_categories.iter().enumerate() {
        let Some(r) = &c.retention else {
            continue;
        };
        let path = format!("data_categories[{i}].retention");
        if !r.per_category.is_empty() {
            f.at(
                &format!("{path}.per_category"),
                format!("data category `{}` has a `per_category` retention: a category has one retention, so it is not shown", c.id),
                "move these entries to the `retention.per_category` of the purposes that keep the categories differently",
            );
        }
        let users: Vec<_> = decl
            .purposes
            .iter()
            .filter(|p| p.data.contains(&c.id))
            .collect();
        if (!r.span().is_empty() || r.criteria.is_some())
            && users.iter().all(|p| own_period(&p.retention))
        {
            let why = if users.is_empty() {
                "no purpose uses the category".to_owned()
            } else {
                "every purpose that uses the category gives a period of its own".to_owned()
            };
            f.at(
                &path,
                format!(
                    "the retention of data category `{}` is never shown: {why}",
                    c.id
                ),
                "remove it, or give it in the `retention.per_category` of the purposes that keep this category differently",
            );
        }
    }
}

pub fn source_details(cx: &Context, f: &mut Findings) {
    for (i, c) in cx.decl().data_categories.iter().enumerate() {
        let Some(sources) = &c.source else {
            continue;
        };
        for (path, s) in sources.with_paths(&format!("data_categories[{i}].source")) {
            let kind = name_of(&s.kind);
            if s.name.is_some() && !s.is_indirect() {
                f.at(
                    &format!("{path}.name"),
                    format!(
                        "the `{kind}` source of data category `{}` has a `name`, which the notice shows only for a third party or a public source",
                        c.id
                    ),
                    "if the data come from someone else, write `kind: third_party`; otherwise say how they are collected in `description`",
                );
            }
            if s.public.is_some() && s.kind != SourceKind::ThirdParty {
                f.at(
                    &format!("{path}.public"),
                    format!(
                        "the `{kind}` source of data category `{}` says whether it is `public`, which the notice shows only for a third party",
                        c.id
                    ),
                    "remove `public`; a `public` source is publicly accessible by its kind",
                );
            }
        }
    }
}

pub fn alternatives(cx: &Context, f: &mut Findings) {
    let decl = cx.decl();
    let mut both = |path: String, shown: &str, hidden: &str, what: String| {
        f.at(
            &format!("{path}.{hidden}"),
            format!("{what} has both `{shown}` and `{hidden}`: the notice shows `{shown}`, not `{hidden}`"),
            format!("remove `{hidden}`, or say what it adds in a field the notice shows"),
        );
    };
    for (i, r) in decl.recipients.iter().enumerate() {
        if r.name.is_some() && r.category.is_some() {
            let what = format!("recipient `{}`", r.id);
            both(format!("recipients[{i}]"), "name", "category", what);
        }
    }
    for (i, a) in decl.processor_activities.iter().enumerate() {
        if a.client.is_some() && a.client_category.is_some() {
            let what = format!("processor activity `{}`", a.id);
            both(
                format!("processor_activities[{i}]"),
                "client",
                "client_category",
                what,
            );
        }
    }
    for (i, t) in decl
        .cookies
        .iter()
        .flat_map(|c| c.trackers.iter().enumerate())
    {
        if !t.name.trim().is_empty() && t.label.is_some() {
            let what = format!("tracker `{}`", t.name);
            both(format!("cookies.trackers[{i}]"), "name", "label", what);
        }
    }
    for (i, s) in decl.storage.iter().enumerate() {
        if s.country.is_some() && s.region.is_some() {
            let what = format!("`storage[{i}]`");
            both(format!("storage[{i}]"), "country", "region", what);
        }
    }
}

pub fn rights_limits(cx: &Context, f: &mut Findings) {
    for (i, p) in cx.decl().purposes.iter().enumerate() {
        let rights = purpose_rights_in_detail(cx.decl(), p);
        for (k, limit) in p.rights_limits.iter().enumerate() {
            let name = name_of(&limit.right);
            let why = match Right::limitable(limit.right) {
                None => "a purpose cannot limit it",
                Some(right) if rights.part(right).is_none() => {
                    "the purpose does not give it (its legal bases and Art. 9(2) condition decide which rights it gives, and the notice states the exceptions of Art. 17(3))"
                }
                Some(_) => continue,
            };
            f.at(
                &format!("purposes[{i}].rights_limits[{k}].right"),
                format!(
                    "purpose `{}` limits the right `{name}`, but {why}: the limit is not shown",
                    p.id
                ),
                "remove the entry, or correct the right: access, rectification, erasure, restriction, portability or object, one the purpose gives",
            );
        }
    }
}

pub fn special_aims(cx: &Context, f: &mut Findings) {
    for (i, p) in cx.decl().purposes.iter().enumerate() {
        for (k, aim) in p.special_aims.iter().enumerate() {
            if p.special_condition == Some(aim.condition()) {
                continue;
            }
            let listed = p
                .special_condition
                .map(|c| {
                    let aims: Vec<String> = c
                        .aims()
                        .iter()
                        .map(|a| format!("`{}`", name_of(a)))
                        .collect();
                    if aims.is_empty() {
                        format!("`{}` lists no aims", name_of(&c))
                    } else {
                        format!("`{}` lists {}", name_of(&c), aims.join(", "))
                    }
                })
                .unwrap_or_else(|| "the purpose gives no `special_condition`".to_owned());
            f.at(
                &format!("purposes[{i}].special_aims[{k}]"),
                format!(
                    "purpose `{}` names the aim `{}`, which belongs to `special_condition: {}`, but {listed}: it is not shown",
                    p.id,
                    name_of(aim),
                    name_of(&aim.condition())
                ),
                "name only aims of the purpose's condition, or correct the condition",
            );
        }
    }
}

pub fn transfer_interests(cx: &Context, f: &mut Findings) {
    for (i, r) in cx.decl().recipients.iter().enumerate() {
        // Each entry of a recipient's transfers, at its own path.
        let entries = r
            .transfer
            .iter()
            .flat_map(|t| t.with_paths(&format!("recipients[{i}].transfer")));
        for (path, t) in entries {
            if t.interests.is_none()
                || t.mechanism.as_deref() == Some("compelling_legitimate_interests")
            {
                continue;
            }
            f.at(
                &format!("{path}.interests"),
                format!(
                    "the transfer to recipient `{}` states compelling legitimate interests, but rests on {}: the notice shows `interests` only for `compelling_legitimate_interests`",
                    r.id,
                    t.mechanism
                        .as_deref()
                        .map_or("no mechanism".to_owned(), |m| format!("`{m}`"))
                ),
                "remove `interests`, or write `mechanism: compelling_legitimate_interests` if the transfer rests on that derogation",
            );
        }
    }
}
