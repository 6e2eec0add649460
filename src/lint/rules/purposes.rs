//! Rules on purposes: legal bases, the interests and laws they rest on, special and criminal data.

use crate::declaration::{DataCategory, LegalBasis, Purpose, SpecialCondition, name_of};
use crate::diagnostic::Severity;
use crate::lint::facts::{list, public_body};
use crate::lint::phrasebook::PhraseSet;
use crate::lint::phrases::Words;
use crate::lint::{Context, Docs, Findings, Rule};

/// The rules of this module, in id order.
pub static RULES: &[Rule] = &[
    Rule {
        id: "N201",
        name: "missing-legal-basis",
        severity: Severity::Error,
        articles: "Art. 13(1)(c), 14(1)(c)",
        wp260: Some("WP260 Annex, \"The purposes ... as well as the legal basis\""),
        summary: "a purpose has no legal basis, or the declaration has no purpose",
        docs: Docs {
            what: "The declaration must list its `purposes`, and each must give `legal_basis`: `consent`, `contract`, `legal_obligation`, `vital_interests`, `public_task` or `legitimate_interests` (Art. 6(1)(a)-(f)).",
            why: "The notice must state, per purpose, the legal basis of the processing; the rights people have (objection, portability, withdrawal) follow from it.",
            bad: "purposes:\n  - id: orders\n    data: [contact]\n",
            good: "purposes:\n  - id: orders\n    legal_basis: contract\n    data: [contact]\n",
        },
        check: Some(legal_basis),
        check_all: None,
    },
    Rule {
        id: "N202",
        name: "missing-legitimate-interests",
        severity: Severity::Error,
        articles: "Art. 13(1)(d), 14(2)(b)",
        wp260: Some("WP260 Annex, \"Legitimate interests\""),
        summary: "a purpose rests on legitimate interests without saying which",
        docs: Docs {
            what: "A purpose with `legal_basis: legitimate_interests` must state the interests pursued in `legitimate_interests`.",
            why: "Art. 13(1)(d) requires the specific interest; WP260 adds that it is in the person's interest to be told it, so they can weigh it against their own when they object.",
            bad: "purposes:\n  - id: cctv\n    legal_basis: legitimate_interests\n",
            good: "purposes:\n  - id: cctv\n    legal_basis: legitimate_interests\n    legitimate_interests: {en: the safety of our staff, customers and goods}\n",
        },
        check: Some(legitimate_interests),
        check_all: None,
    },
    Rule {
        id: "N203",
        name: "missing-law",
        severity: Severity::Warning,
        articles: "Art. 6(3), 13(1)(c), 14(1)(c)",
        wp260: None,
        summary: "a purpose rests on a legal obligation or public task without naming the law",
        docs: Docs {
            what: "A purpose with `legal_basis: legal_obligation` or `public_task` should name the Union or member-state law in `law`.",
            why: "Art. 6(3) requires such processing to have a basis in law; naming it lets people check the obligation exists and what it requires.",
            bad: "purposes:\n  - id: accounting\n    legal_basis: legal_obligation\n",
            good: "purposes:\n  - id: accounting\n    legal_basis: legal_obligation\n    law: {en: Belgian Code of Economic Law, Articles III.86 and III.88}\n",
        },
        check: Some(law),
        check_all: None,
    },
    Rule {
        id: "N204",
        name: "legitimate-interests-public-authority",
        severity: Severity::Error,
        articles: "Art. 6(1) last subparagraph",
        wp260: None,
        summary: "a public authority relies on legitimate interests",
        docs: Docs {
            what: "When the controller is a public authority or body, no purpose may use `legal_basis: legitimate_interests`. It is one when `controller.sector` is `public` or `controller.public_authority` is true, or, when the declaration says neither (and not `sector: private`), when its `supervisory_authority` supervises only public bodies (the Flemish VTC, the COC): a municipality that left the flag out is still caught.",
            why: "Art. 6(1)(f) does not apply to processing carried out by public authorities in the performance of their tasks; they rely on a public task or a legal obligation.",
            bad: "controller:\n  public_authority: true\npurposes:\n  - id: cctv\n    legal_basis: legitimate_interests\n",
            good: "controller:\n  public_authority: true\npurposes:\n  - id: cctv\n    legal_basis: public_task\n    law: {en: the act that gives the task}\n",
        },
        check: Some(public_authority),
        check_all: None,
    },
    Rule {
        id: "N205",
        name: "missing-special-condition",
        severity: Severity::Error,
        articles: "Art. 9(2), 13(1)(c), 14(1)(c)",
        wp260: None,
        summary: "a purpose uses special-category data without an Art. 9(2) condition",
        docs: Docs {
            what: "A purpose whose `data` include a category with `special:` must give `special_condition` (`explicit_consent`, `employment`, …, `archiving_or_research`).",
            why: "Processing of health, biometric and the other special categories is prohibited unless one of the Art. 9(2) conditions applies, in addition to the Art. 6 basis; the notice must say which.",
            bad: "data_categories:\n  - id: fitting\n    special: health\npurposes:\n  - id: adaptation\n    legal_basis: contract\n    data: [fitting]\n",
            good: "data_categories:\n  - id: fitting\n    special: health\npurposes:\n  - id: adaptation\n    legal_basis: contract\n    special_condition: explicit_consent\n    data: [fitting]\n",
        },
        check: Some(special_condition),
        check_all: None,
    },
    Rule {
        id: "N206",
        name: "missing-special-law",
        severity: Severity::Warning,
        articles: "Art. 9(2)(b), 9(2)(g)-(j), 9(4)",
        wp260: None,
        summary: "an Art. 9(2) condition that rests on a law does not name it",
        docs: Docs {
            what: "A purpose with `special_condition` `employment`, `substantial_public_interest`, `health_or_social_care`, `public_health` or `archiving_or_research` should name the Union or member-state law in `special_law`.",
            why: "These conditions apply only as far as Union or member-state law provides for them; the notice should say which law.",
            bad: "purposes:\n  - id: sick-leave\n    legal_basis: legal_obligation\n    special_condition: employment\n",
            good: "purposes:\n  - id: sick-leave\n    legal_basis: legal_obligation\n    special_condition: employment\n    special_law: {en: Belgian Act of 3 July 1978 on employment contracts, Art. 31}\n",
        },
        check: Some(special_law),
        check_all: None,
    },
    Rule {
        id: "N207",
        name: "missing-criminal-basis",
        severity: Severity::Error,
        articles: "Art. 10",
        wp260: None,
        summary: "a purpose uses criminal-offence data without saying what authorises it",
        docs: Docs {
            what: "A purpose whose `data` include a category with `criminal: true` must say in `criminal_basis` what authorises the processing (official authority, or the Union or member-state law).",
            why: "Data on criminal convictions and offences may only be processed under official authority or when authorised by law providing safeguards (Art. 10).",
            bad: "data_categories:\n  - id: record\n    criminal: true\npurposes:\n  - id: hiring\n    legal_basis: legal_obligation\n    data: [record]\n",
            good: "data_categories:\n  - id: record\n    criminal: true\npurposes:\n  - id: hiring\n    legal_basis: legal_obligation\n    data: [record]\n    criminal_basis: {en: Belgian Act of 30 July 2018, Art. 10 § 1}\n",
        },
        check: Some(criminal_basis),
        check_all: None,
    },
    Rule {
        id: "N208",
        name: "further-processing-undescribed",
        severity: Severity::Warning,
        articles: "Art. 13(3), 14(4)",
        wp260: Some("WP260, \"Information in relation to further processing\""),
        summary: "further processing for a new purpose is declared without describing the new purpose",
        docs: Docs {
            what: "A purpose with `further_processing_of` should have a `description` of the new purpose.",
            why: "Before further processing data for a purpose other than the one they were collected for, the controller must tell people about that other purpose (and the other items of para. 2, which the other rules check).",
            bad: "purposes:\n  - id: statistics\n    legal_basis: legitimate_interests\n    further_processing_of: orders\n",
            good: "purposes:\n  - id: statistics\n    legal_basis: legitimate_interests\n    further_processing_of: orders\n    description: {en: Counting sales per product to plan our stock; the figures name no one.}\n",
        },
        check: Some(further_processing),
        check_all: None,
    },
    Rule {
        id: "N209",
        name: "law-not-identified",
        severity: Severity::Warning,
        articles: "Art. 6(3), 9(2), 13(1)(c), 14(1)(c)",
        wp260: None,
        summary: "the law a purpose relies on is named by its field, not as an act a reader can find",
        docs: Docs {
            what: "`law` and `special_law` should identify an act: a date or a number (`loi du 13 juin 2005`, `Regulation (EU) 2016/679`, `Art. III.86`), or a title (`Code de droit économique`, `Telecommunicatiewet`, `Companies Act`, `loi relative à…`, `wet op…`). A field of law (\"la réglementation sur les communications électroniques\", \"de fiscale wetgeving\", \"the electronic-communications regulations\", \"tax law\") names none. Each language version is checked; titles are recognised in French, Dutch and English.",
            why: "Processing on a legal obligation or public task needs a basis laid down by Union or member-state law (Art. 6(3)), which Recital 41 wants clear, precise and foreseeable; naming it in the notice is what lets a reader check that the obligation exists and what it requires. \"The regulations\" cannot be checked.",
            bad: "purposes:\n  - id: traffic-data\n    legal_basis: legal_obligation\n    law: {en: under the electronic-communications regulations}\n",
            good: "purposes:\n  - id: traffic-data\n    legal_basis: legal_obligation\n    law: {en: Belgian Electronic Communications Act of 13 June 2005, Art. 126}\n",
        },
        check: Some(law_identified),
        check_all: None,
    },
    Rule {
        id: "N210",
        name: "law-without-legal-obligation",
        severity: Severity::Error,
        articles: "Art. 6(1)(c), 6(1)(e), 6(3), 13(1)(c), 14(1)(c)",
        wp260: None,
        summary: "a purpose names the law it rests on, but rests neither on a legal obligation nor on a public task",
        docs: Docs {
            what: "`law` is for a purpose that rests on `legal_obligation` (Art. 6(1)(c)) or `public_task` (Art. 6(1)(e)): the law that requires or allows the processing (Art. 6(3)). On a purpose whose bases include neither, it is reported. A law that merely frames the processing (the camera act for CCTV on legitimate interests) belongs in the `description`.",
            why: "A purpose the law requires does not rest on consent or a contract: the notice would show \"Legal basis: consent\" beside \"Legal provision: …\", and give the person rights they do not have (withdrawing consent, portability). Usually the basis was changed and the law left behind, or the basis is wrong.",
            bad: "purposes:\n  - id: payroll\n    legal_basis: consent\n    law: {en: \"Royal Decree of 8 August 1980 on the keeping of social documents\"}\n",
            good: "purposes:\n  - id: payroll\n    legal_basis: legal_obligation\n    law: {en: \"Royal Decree of 8 August 1980 on the keeping of social documents\"}\n",
        },
        check: Some(law_without_basis),
        check_all: None,
    },
];

/// Words that make a text name an act rather than a field of law: the kinds of act, and the
/// way French and Dutch titles begin ("loi relative à…", "wet op…") or end (Dutch compounds:
/// "Telecommunicatiewet"). A bare "la loi", "de wet", "the law" names none.
pub(crate) static ACT_TITLES: PhraseSet = PhraseSet::new("act-titles", "titles of acts", "N209");

fn purposes<'a>(cx: &'a Context) -> impl Iterator<Item = (String, &'a Purpose)> {
    cx.decl()
        .purposes
        .iter()
        .enumerate()
        .map(|(i, p)| (format!("purposes[{i}]"), p))
}

/// The ids of the categories `p` uses that are `marked`.
fn used_where<'a>(
    cx: &'a Context,
    p: &'a Purpose,
    marked: impl Fn(&DataCategory) -> bool,
) -> Vec<&'a str> {
    cx.index()
        .categories_of(p)
        .filter(|(_, c)| marked(c))
        .map(|(_, c)| c.id.as_str())
        .collect()
}

pub fn legal_basis(cx: &Context, f: &mut Findings) {
    if cx.decl().purposes.is_empty() {
        f.missing(
            "",
            "purposes",
            "the declaration lists no purpose",
            "add `purposes:` with, for each, `id:`, `label:`, `legal_basis:`, `data:` and `retention:`",
        );
    }
    for (path, p) in purposes(cx) {
        if p.legal_basis.is_empty() {
            f.missing(
                &path,
                "legal_basis",
                format!("purpose `{}` has no legal basis", p.id),
                "add `legal_basis:` with one of consent, contract, legal_obligation, vital_interests, public_task, legitimate_interests",
            );
        }
    }
}

pub fn legitimate_interests(cx: &Context, f: &mut Findings) {
    for (path, p) in purposes(cx) {
        if p.legal_basis.contains(LegalBasis::LegitimateInterests)
            && p.legitimate_interests.is_none()
        {
            f.missing(
                &path,
                "legitimate_interests",
                format!(
                    "purpose `{}` rests on legitimate interests but does not say which",
                    p.id
                ),
                format!(
                    "add `legitimate_interests: {}`: the specific interest pursued",
                    cx.text_template()
                ),
            );
        }
    }
}

pub fn law(cx: &Context, f: &mut Findings) {
    for (path, p) in purposes(cx) {
        if let Some(b) = p
            .legal_basis
            .iter()
            .find(|b| matches!(b, LegalBasis::LegalObligation | LegalBasis::PublicTask))
            && p.law.is_none()
        {
            f.missing(
                &path,
                "law",
                format!(
                    "purpose `{}` rests on Art. {} without naming the law",
                    p.id,
                    b.article()
                ),
                format!(
                    "add `law: {}`: the act and article that require or allow it",
                    cx.text_template()
                ),
            );
        }
    }
}

pub fn law_without_basis(cx: &Context, f: &mut Findings) {
    for (path, p) in purposes(cx) {
        let bases = &p.legal_basis;
        if p.law.is_none()
            || bases.is_empty()
            || bases.any_of(&[LegalBasis::LegalObligation, LegalBasis::PublicTask])
        {
            continue;
        }
        let names: Vec<String> = bases.iter().map(|b| name_of(&b)).collect();
        f.at(
            &format!("{path}.law"),
            format!(
                "purpose `{}` names the law it rests on, but its legal basis is {}: a law is the basis of a legal obligation (Art. 6(1)(c)) or a public task (Art. 6(1)(e))",
                p.id,
                names.join(" and ")
            ),
            "if the law requires the processing, write `legal_basis: legal_obligation` (consent or a contract then has no place); if it only frames the processing, say so in `description` and remove `law`",
        );
    }
}

pub fn public_authority(cx: &Context, f: &mut Findings) {
    let Some(public) = public_body(cx.decl(), cx.reference) else {
        return;
    };
    for (path, p) in purposes(cx) {
        if let Some(k) = p
            .legal_basis
            .iter()
            .position(|b| b == LegalBasis::LegitimateInterests)
        {
            // The basis itself: the list item when there are several.
            let at = if p.legal_basis.0.len() > 1 {
                format!("{path}.legal_basis[{k}]")
            } else {
                format!("{path}.legal_basis")
            };
            f.at(
                &at,
                format!(
                    "purpose `{}` rests on legitimate interests, which a public authority {} cannot use for its tasks",
                    p.id,
                    public.because()
                ),
                "use `legal_basis: public_task` (or `legal_obligation`) with `law:` naming the act",
            );
        }
    }
}

pub fn special_condition(cx: &Context, f: &mut Findings) {
    for (path, p) in purposes(cx) {
        let special = used_where(cx, p, |c| c.special.is_some());
        if !special.is_empty() && p.special_condition.is_none() {
            f.missing(
                &path,
                "special_condition",
                format!(
                    "purpose `{}` uses special-category data ({}) without an Art. 9(2) condition",
                    p.id,
                    list(&special)
                ),
                "add `special_condition:` e.g. `explicit_consent`, `employment`, `legal_claims` or `health_or_social_care`",
            );
        }
    }
}

pub fn special_law(cx: &Context, f: &mut Findings) {
    for (path, p) in purposes(cx) {
        let Some(c) = p.special_condition else {
            continue;
        };
        let needs_law = matches!(
            c,
            SpecialCondition::Employment
                | SpecialCondition::SubstantialPublicInterest
                | SpecialCondition::HealthOrSocialCare
                | SpecialCondition::PublicHealth
                | SpecialCondition::ArchivingOrResearch
        );
        if needs_law && p.special_law.is_none() {
            f.missing(
                &path,
                "special_law",
                format!(
                    "purpose `{}` relies on Art. {} without naming the law that provides for it",
                    p.id,
                    c.article()
                ),
                format!(
                    "add `special_law: {}`: the act and article",
                    cx.text_template()
                ),
            );
        }
    }
}

pub fn criminal_basis(cx: &Context, f: &mut Findings) {
    for (path, p) in purposes(cx) {
        let criminal = used_where(cx, p, |c| c.criminal);
        if !criminal.is_empty() && p.criminal_basis.is_none() {
            f.missing(
                &path,
                "criminal_basis",
                format!(
                    "purpose `{}` uses criminal-offence data ({}) without saying what authorises it",
                    p.id,
                    list(&criminal)
                ),
                format!("add `criminal_basis: {}`: the official authority or the law (Art. 10)", cx.text_template()),
            );
        }
    }
}

pub fn law_identified(cx: &Context, f: &mut Findings) {
    for (path, p) in purposes(cx) {
        let fields = [("law", &p.law), ("special_law", &p.special_law)];
        for (field, text) in fields {
            let Some(text) = text else { continue };
            for (lang, t) in text.variants() {
                let langs: Vec<&str> = match lang {
                    Some(l) => vec![l],
                    None => cx.languages().iter().map(String::as_str).collect(),
                };
                let words = Words::new(t);
                let numbered = t.chars().any(|c| c.is_ascii_digit());
                if numbered
                    || words.words.is_empty()
                    || cx.phrases(&ACT_TITLES).occurs(&words, &langs)
                {
                    continue;
                }
                let at = match lang {
                    Some(l) => format!("{path}.{field}.{l}"),
                    None => format!("{path}.{field}"),
                };
                f.at(
                    &at,
                    format!(
                        "purpose `{}` relies on “{}”: a field of law, not an act a reader can look up",
                        p.id,
                        t.trim()
                    ),
                    "name the act by its title, or its date or number, and the article, e.g. `{en: Belgian Electronic Communications Act of 13 June 2005, Art. 126}`",
                );
            }
        }
    }
}

pub fn further_processing(cx: &Context, f: &mut Findings) {
    for (path, p) in purposes(cx) {
        if let Some(of) = &p.further_processing_of
            && p.description.is_none()
        {
            f.missing(
                &path,
                "description",
                format!(
                    "purpose `{}` further processes the data of `{of}` but does not describe the new purpose",
                    p.id
                ),
                format!("add `description: {}` saying what the data are now used for", cx.text_template()),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::ACT_TITLES;
    use crate::lint::phrases::Words;

    fn titled(text: &str, lang: &str) -> bool {
        ACT_TITLES.builtin().occurs(&Words::new(text), &[lang])
    }

    #[test]
    fn titles_are_acts_and_fields_are_not() {
        for (text, lang) in [
            ("Belgian Code of Economic Law", "en"),
            ("Companies Act", "en"),
            ("Code de droit économique", "fr"),
            ("la loi relative aux communications électroniques", "fr"),
            ("arrêté royal relatif à la comptabilité", "fr"),
            ("Telecommunicatiewet", "nl"),
            ("Wetboek van economisch recht", "nl"),
            ("de wet op de arbeidsovereenkomsten", "nl"),
        ] {
            assert!(titled(text, lang), "{text}");
        }
        for (text, lang) in [
            ("under the electronic-communications regulations", "en"),
            ("tax law", "en"),
            (
                "la réglementation sur les communications électroniques",
                "fr",
            ),
            ("conformément à la loi", "fr"),
            ("la législation fiscale", "fr"),
            ("de fiscale wetgeving", "nl"),
            ("volgens de wet", "nl"),
        ] {
            assert!(!titled(text, lang), "{text}");
        }
    }
}
