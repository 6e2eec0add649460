//! Sector rules (N950–N989): what the law says about a kind of processing or organisation
//! beyond Arts. 13 and 14 — how long camera images and patient records may be kept, consent in
//! employment, the DPO of a public body.
//!
//! The national facts are data, not code: [`retention_limits`] asks the reference data
//! (`src/reference/data/sector.yaml`) for the limits the law of the controller's `country` sets
//! for a purpose's `activity`, so that a country gets its rules by adding entries. The other
//! rules apply EU law (the GDPR and the EDPB's guidelines) in every country.

use std::cmp::Ordering;

use crate::declaration::{
    DataSubjectKind, Event, LegalBasis, Presence, Purpose, RecipientRole, Span, SpecialCondition,
    Text, name_of,
};
use crate::diagnostic::Severity;
use crate::lint::facts::public_body;
use crate::lint::{Context, Docs, Findings, Rule};
use crate::reference::{ENGLISH, RetentionLimit, Sector};

/// The rules of this module, in id order.
pub static RULES: &[Rule] = &[
    Rule {
        id: "N950",
        name: "retention-outside-legal-limits",
        severity: Severity::Error,
        articles: "Art. 5(1)(e), 6(3), 13(2)(a), 14(2)(a)",
        wp260: None,
        summary: "a purpose keeps data shorter or longer than national law allows for its kind of processing",
        docs: Docs {
            what: "A purpose with an `activity` (`camera_surveillance`, `patient_record`) must keep its data within the limits that the law of the controller's `country` sets for that activity, counted from the event the law counts from: its `retention` (`duration`, or `minimum` and `maximum`), each of its `per_category` entries, and, where it gives no period of its own, the retention of its categories. A period longer than the legal maximum, shorter than the legal minimum, a range that leaves one of them open, or another starting event is reported. The limits are reference data (`src/reference/data/sector.yaml`), per country: Belgium has two today, for camera images (at most 1 month after recording; Act of 21 March 2007 on surveillance cameras) and patient records (at least 30 and at most 50 years after the last contact; Act of 22 April 2019 on the quality of healthcare practice, Art. 35). A controller in a country without an entry is not checked: adding the entries of France or the Netherlands, with their sources, gives their organisations the rule.",
            why: "Data are to be kept no longer than necessary (Art. 5(1)(e)), and where national law fixes the period, the notice states a period that law allows. Belgian camera images may be kept one month, longer only as evidence of an offence, damage or a nuisance or to identify an offender, a witness or a victim (then say so in `retention.exception`), or three months in places a Royal Decree designates for their security risk (allow the finding with that reason). A Belgian health professional keeps the patient record at least 30 and at most 50 years after the last contact. Sources: the Data Protection Authority's page on the camera act (autoriteprotectiondonnees.be/le-delai-de-conservation-des-images; gegevensbeschermingsautoriteit.be/de-bewaartermijn-van-de-beelden); the Order of Physicians' FAQ quoting art. 35 of the Act of 22 April 2019 (ordomedic.be/fr/faq/conservation-des-dossiers); each entry of the reference data gives its sources, the date they were checked and whether the act itself was.",
            bad: "controller:\n  country: BE\npurposes:\n  - id: cctv\n    legal_basis: legitimate_interests\n    activity: camera_surveillance\n    retention: {duration: 3 months, after: recording}\n",
            good: "controller:\n  country: BE\npurposes:\n  - id: cctv\n    legal_basis: legitimate_interests\n    activity: camera_surveillance\n    retention:\n      maximum: 1 month\n      after: recording\n      exception: {en: the images are needed to prove an offence}\n",
        },
        check: Some(retention_limits),
        check_all: None,
    },
    Rule {
        id: "N951",
        name: "employee-consent",
        severity: Severity::Warning,
        articles: "Art. 4(11), 6(1)(a), 7(4), 9(2)(a), 88",
        wp260: None,
        summary: "a purpose rests on the consent of employees or job applicants",
        docs: Docs {
            what: "A purpose whose `data_subjects` include a group of `kind: employees` or `job_applicants` should not rest on consent (`legal_basis: consent`, or `special_condition: explicit_consent`): payroll, sick notes and the geolocation of company cars rest on the employment contract, a legal obligation, legitimate interests or, for health data, Art. 9(2)(b). Applies in every country (EU law).",
            why: "Consent must be freely given (Art. 4(11), 7(4)). The EDPB finds it unlikely that an employee can refuse consent to their employer without fear or real risk of detriment, given the dependency the employment relationship creates, and so problematic for employers to rely on the consent of current or future employees, save where refusing has no adverse consequence at all (EDPB Guidelines 05/2020 on consent, section 3.1.1 “Imbalance of power”, point 21; WP29 Opinion 2/2017 on data processing at work). Consent the person cannot really refuse is no basis, and the notice would promise a withdrawal that stops nothing. Where refusing truly costs nothing (a photo on the intranet), allow the finding with that reason.",
            bad: "data_subjects:\n  - {id: staff, kind: employees}\npurposes:\n  - id: payroll\n    legal_basis: consent\n    data_subjects: [staff]\n",
            good: "data_subjects:\n  - {id: staff, kind: employees}\npurposes:\n  - id: payroll\n    legal_basis: [contract, legal_obligation]\n    law: {en: \"Royal Decree of 8 August 1980 on the keeping of social documents\"}\n    data_subjects: [staff]\n",
        },
        check: Some(employee_consent),
        check_all: None,
    },
    Rule {
        id: "N952",
        name: "public-body-without-dpo",
        severity: Severity::Error,
        articles: "Art. 13(1)(b), 14(1)(b), 37(1)(a)",
        wp260: None,
        summary: "a public authority or body declares no data protection officer, or does not say",
        docs: Docs {
            what: "When the controller is a public authority or body (`controller.sector: public`, `public_authority: true`, or, when the declaration says neither, a `supervisory_authority` that supervises only public bodies, such as the VTC), `dpo` must give the DPO's contact details: `dpo: none`, or no `dpo` at all, is reported (in place of N102's warning). Applies in every country (EU law).",
            why: "Art. 37(1)(a) requires a data protection officer wherever the processing is carried out by a public authority or body, except courts acting in their judicial capacity (allow the finding for such a court, with that reason); the notice then gives the DPO's contact details (Art. 13(1)(b)). A Flemish municipality declaring `dpo: none` says it breaks the law.",
            bad: "controller:\n  sector: public\ndpo: none\n",
            good: "controller:\n  sector: public\ndpo:\n  contact: {email: dpo@gemeente.example}\n",
        },
        check: Some(public_body_dpo),
        check_all: None,
    },
    Rule {
        id: "N953",
        name: "public-status-contradiction",
        severity: Severity::Warning,
        articles: "Art. 6(1) last subparagraph, 37(1)(a)",
        wp260: None,
        summary: "the declaration says the controller is private, but also that it is a public body",
        docs: Docs {
            what: "`controller.sector: private` contradicts `public_authority: true`, and a `supervisory_authority` that supervises only public bodies (the VTC, the COC). `sector: public` and `public_authority: true` say the same; write one of them.",
            why: "Whether the controller is a public body decides whether it may rely on legitimate interests (Art. 6(1), last subparagraph) and whether it must have a DPO (Art. 37(1)(a)); the rules that check those take `public_authority: true` over `sector: private`, but a declaration that says both needs a decision.",
            bad: "controller:\n  sector: private\n  public_authority: true\n",
            good: "controller:\n  sector: public\n",
        },
        check: Some(public_status),
        check_all: None,
    },
    Rule {
        id: "N954",
        name: "public-body-name-untranslated",
        severity: Severity::Note,
        articles: "Art. 12(1)",
        wp260: Some("WP260 para. 13"),
        summary: "a Belgian public body is named by one string in a notice with several languages",
        docs: Docs {
            what: "In a notice with several languages, of a controller established in Belgium (`controller.country: BE`), the name of a Belgian public body written as one string is noted: a recipient of `role: authority` in Belgium (its `country: BE`, or no `country`), and, when the controller is itself a public body (`sector: public`, `public_authority: true`, or a supervisory authority of public bodies only), its joint controllers and the named third-party sources of its data, which are then most often other public bodies (the National Register, a police zone, a CPAS / OCMW). Give the name per language, as every other free text: `name: {fr: Registre national – SPF Intérieur, nl: Rijksregister – FOD Binnenlandse Zaken}`. A name that truly is the same in every language (a body named in one language only) is right as it is: allow the finding with that reason. A Belgian rule: it keys on the controller's country, and a country whose public bodies have names in several languages gets it by adding its code to the rule.",
            why: "Each language version must be intelligible to its readers (Art. 12(1)). Belgian public bodies that deal with the public in several languages bear a name in each (the coordinated laws on the use of languages in administrative matters of 18 July 1966 set those languages), so a French notice that prints « Politiezone Leie-Schelde » or « Rijksregister – FOD Binnenlandse Zaken » names the body in a language its reader may not know, and not as the body names itself to them (issue #20). Names are otherwise one string by design (a company's name is the same in every language), so N006 does not report them.",
            bad: "notice:\n  languages: [fr, nl]\ncontroller:\n  country: BE\nrecipients:\n  - id: police\n    name: Politiezone Voorbeeld\n    role: authority\n",
            good: "notice:\n  languages: [fr, nl]\ncontroller:\n  country: BE\nrecipients:\n  - id: police\n    name: {fr: Zone de police Exemple, nl: Politiezone Voorbeeld}\n    role: authority\n",
        },
        check: Some(public_body_names),
        check_all: None,
    },
];

/// One retention a purpose states, with where it is written.
struct Stated<'a> {
    path: String,
    span: Span,
    after: Option<&'a Event>,
}

/// The retentions that apply to a purpose: its own and its per-category ones, or, where it
/// gives no period of its own, those of its categories (as the notice shows them).
fn stated<'a>(cx: &'a Context, i: usize, p: &'a Purpose) -> Vec<Stated<'a>> {
    let mut out = Vec::new();
    let own = p.retention.as_ref();
    if let Some(r) = own {
        let base = format!("purposes[{i}].retention");
        if !r.span().is_empty() || r.criteria.is_some() {
            out.push(Stated {
                path: base.clone(),
                span: r.span(),
                after: r.after.as_ref(),
            });
        }
        for (k, c) in r.per_category.iter().enumerate() {
            out.push(Stated {
                path: format!("{base}.per_category[{k}]"),
                span: c.span(),
                after: c.after.as_ref(),
            });
        }
    }
    if own.is_none_or(|r| r.span().is_empty() && r.criteria.is_none()) {
        for (_, c) in cx.index().categories_of(p) {
            let Some(r) = &c.retention else { continue };
            let k = cx
                .decl()
                .data_categories
                .iter()
                .position(|x| std::ptr::eq(x, c))
                .unwrap_or_default();
            out.push(Stated {
                path: format!("data_categories[{k}].retention"),
                span: r.span(),
                after: r.after.as_ref(),
            });
        }
    }
    out
}

/// What is wrong with `s` against `limit`, in words, if anything.
fn breach(s: &Stated, limit: &RetentionLimit) -> Option<String> {
    let mut wrong = Vec::new();
    if let Some(max) = limit.maximum() {
        match s.span.longest() {
            None => wrong.push("with no maximum".to_owned()),
            Some(d) if d.cmp_length(max) == Ordering::Greater => {
                wrong.push("longer than the law allows".to_owned())
            }
            Some(_) => {}
        }
    }
    if let Some(min) = limit.minimum() {
        match s.span.shortest() {
            None => wrong.push("with no minimum".to_owned()),
            Some(d) if d.cmp_length(min) == Ordering::Less => {
                wrong.push("shorter than the law requires".to_owned())
            }
            Some(_) => {}
        }
    }
    if let (Some(Event::Known(ours)), Event::Known(law)) = (s.after, limit.after())
        && ours != law
    {
        wrong.push(format!(
            "counted from {} where the law counts from {}",
            ours.replace('_', " "),
            law.replace('_', " ")
        ));
    }
    (!wrong.is_empty()).then(|| wrong.join(", and "))
}

pub fn retention_limits(cx: &Context, f: &mut Findings) {
    let decl = cx.decl();
    let Some(country) = decl.controller.as_ref().and_then(|c| c.country.as_deref()) else {
        return;
    };
    for (i, p) in decl.purposes.iter().enumerate() {
        let Some(limit) = p
            .activity
            .and_then(|a| cx.reference.retention_limit(country, a))
        else {
            continue;
        };
        let activity = name_of(&limit.activity()).replace('_', " ");
        // No retention at all is N501's finding: there is nothing to compare.
        for s in stated(cx, i, p) {
            let Some(wrong) = breach(&s, limit) else {
                continue;
            };
            let kept = if s.span.is_empty() {
                "gives no period".to_owned()
            } else {
                format!("keeps the data {}", s.span)
            };
            let help = match limit.beyond() {
                Some(beyond) => format!(
                    "keep them {} ({beyond}); if a finding is wrong about your case, allow it with the reason",
                    limit.describe()
                ),
                None => format!("keep them {}", limit.describe()),
            };
            f.at(
                &s.path,
                format!(
                    "purpose `{}` ({activity}) {kept}, {wrong}: {} sets {}",
                    p.id,
                    limit.act(),
                    limit.describe()
                ),
                help,
            );
        }
    }
}

/// Kinds of data subjects who are, or apply to be, the controller's employees.
const STAFF: [DataSubjectKind; 2] = [DataSubjectKind::Employees, DataSubjectKind::JobApplicants];

pub fn employee_consent(cx: &Context, f: &mut Findings) {
    let decl = cx.decl();
    for (i, p) in decl.purposes.iter().enumerate() {
        let staff: Vec<&str> = p
            .data_subjects
            .iter()
            .filter(|id| {
                decl.data_subjects
                    .iter()
                    .any(|s| s.id == **id && s.kind.is_some_and(|k| STAFF.contains(&k)))
            })
            .map(String::as_str)
            .collect();
        if staff.is_empty() {
            continue;
        }
        let base = format!("purposes[{i}]");
        let at = if let Some(k) = p
            .legal_basis
            .0
            .iter()
            .position(|b| *b == LegalBasis::Consent)
        {
            if p.legal_basis.0.len() > 1 {
                format!("{base}.legal_basis[{k}]")
            } else {
                format!("{base}.legal_basis")
            }
        } else if p.special_condition == Some(SpecialCondition::ExplicitConsent) {
            format!("{base}.special_condition")
        } else {
            continue;
        };
        f.at(
            &at,
            format!(
                "purpose `{}` rests on the consent of employees or job applicants ({}): an employee can rarely refuse or withdraw consent to their employer freely (EDPB Guidelines 05/2020 on consent, point 21)",
                p.id,
                crate::lint::facts::list(&staff)
            ),
            "rest it on the employment contract (`contract`), a legal obligation (`legal_obligation` with `law:`) or legitimate interests, and health data on `special_condition: employment`; keep consent only where refusing it costs the employee nothing, and allow the finding with that reason",
        );
    }
}

pub fn public_body_dpo(cx: &Context, f: &mut Findings) {
    let decl = cx.decl();
    let Some(public) = public_body(decl, cx.reference) else {
        return;
    };
    let help = "add `dpo:` with the contact details of the data protection officer (`contact: {email: …}`); a public body must designate one";
    match &decl.dpo {
        Some(Presence::Some(_)) => {}
        Some(Presence::None) => f.at(
            "dpo",
            format!(
                "the controller is a public authority or body {}, which must designate a data protection officer (Art. 37(1)(a)), but declares `dpo: none`",
                public.because()
            ),
            help,
        ),
        None => f.missing(
            "",
            "dpo",
            format!(
                "the controller is a public authority or body {}, which must designate a data protection officer (Art. 37(1)(a)), but the declaration names none",
                public.because()
            ),
            help,
        ),
    }
}

pub fn public_status(cx: &Context, f: &mut Findings) {
    let decl = cx.decl();
    let Some(c) = &decl.controller else { return };
    if c.sector != Some(crate::declaration::ControllerSector::Private) {
        return;
    }
    if c.public_authority {
        f.at(
            "controller.public_authority",
            "`controller.sector: private` says the controller is not a public body, but `public_authority: true` says it is",
            "keep `sector: public` (and remove `public_authority`), or `sector: private` and remove `public_authority: true`",
        );
    }
    let authority = decl
        .supervisory_authority
        .as_ref()
        .and_then(|a| a.resolve(cx.reference).ok())
        .and_then(|s| s.other())
        .filter(|o| o.sector() == Sector::Public);
    if let Some(a) = authority {
        f.at(
            "controller.sector",
            format!(
                "`controller.sector: private`, but the supervisory authority named, the {}, supervises only public bodies",
                a.name(ENGLISH)
            ),
            "name the authority that supervises private organisations (`supervisory_authority: BE`), or write `sector: public`",
        );
    }
}

/// The countries whose public bodies bear official names in several languages, for N954.
const MULTILINGUAL_PUBLIC_NAMES: [&str; 1] = ["BE"];

pub fn public_body_names(cx: &Context, f: &mut Findings) {
    let decl = cx.decl();
    let langs = cx.languages();
    let Some(country) = decl.controller.as_ref().and_then(|c| c.country.as_deref()) else {
        return;
    };
    if langs.len() < 2 || !MULTILINGUAL_PUBLIC_NAMES.contains(&country) {
        return;
    }
    let per_language = langs
        .iter()
        .map(|l| format!("{l}: …"))
        .collect::<Vec<_>>()
        .join(", ");
    let mut note = |path: String, who: String| {
        f.at(
            &path,
            format!(
                "{who} named by one string: every language version shows the name as it is"
            ),
            format!(
                "give its official name in each language: `name: {{{per_language}}}`; if it has one name in every language, allow the finding with that reason"
            ),
        );
    };
    let single = |t: &Option<Text>| matches!(t, Some(Text::Same(n)) if !n.trim().is_empty());
    for (i, r) in decl.recipients.iter().enumerate() {
        // An authority with no country is taken to be the controller's own.
        let here = r
            .country
            .as_ref()
            .is_none_or(|c| c.iter().all(|c| c.eq_ignore_ascii_case(country)));
        if r.role == Some(RecipientRole::Authority) && here && single(&r.name) {
            note(
                format!("recipients[{i}].name"),
                format!(
                    "recipient `{}`, a public authority in {country} (`role: authority`), is",
                    r.id
                ),
            );
        }
    }
    if public_body(decl, cx.reference).is_none() {
        return;
    }
    for (i, j) in decl.joint_controllers.iter().enumerate() {
        if single(&j.name) {
            note(
                format!("joint_controllers[{i}].name"),
                format!(
                    "joint controller `{}` of a public controller, most often a public body itself, is",
                    j.id
                ),
            );
        }
    }
    for (i, c) in decl.data_categories.iter().enumerate() {
        let Some(sources) = &c.source else { continue };
        for (path, s) in sources.with_paths(&format!("data_categories[{i}].source")) {
            if s.kind == crate::declaration::SourceKind::ThirdParty && single(&s.name) {
                note(
                    format!("{path}.name"),
                    format!(
                        "the third-party source of data category `{}`, for a public controller most often a public body, is",
                        c.id
                    ),
                );
            }
        }
    }
}
