//! Which data-subject rights apply to a purpose, derived from its legal basis (GDPR Art. 7, 15–22).
//!
//! The notice never lists rights typed by hand: they follow from the declared legal bases, so
//! that portability is not promised for legitimate interests and objection is not forgotten.

use crate::declaration::{
    Contact, Declaration, LegalBasis, Presence, Purpose, RightName, SpecialCondition,
};

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Right {
    Access,
    Rectification,
    Erasure,
    Restriction,
    Portability,
    /// Art. 21(1): on grounds relating to one's particular situation.
    Object,
    /// Art. 21(2)–(3): absolute, for direct marketing.
    ObjectMarketing,
    /// Art. 7(3).
    Withdraw,
    /// Art. 22.
    Automated,
    /// Art. 77.
    Complaint,
}

impl Right {
    /// In the order a notice lists them.
    pub const ALL: [Right; 10] = [
        Right::Access,
        Right::Rectification,
        Right::Erasure,
        Right::Restriction,
        Right::Portability,
        Right::Object,
        Right::ObjectMarketing,
        Right::Withdraw,
        Right::Automated,
        Right::Complaint,
    ];

    /// The right's name in data (`notice diff`'s paths, the JSON output): the locale's
    /// [`id`](Right::id), except that both kinds of objection stay apart (`object_marketing`).
    pub fn key(self) -> &'static str {
        match self {
            Right::ObjectMarketing => "object_marketing",
            other => other.id(),
        }
    }

    /// The id used in locale message names (`right-<id>-name`). Both kinds of objection share one.
    pub fn id(self) -> &'static str {
        match self {
            Right::Access => "access",
            Right::Rectification => "rectification",
            Right::Erasure => "erasure",
            Right::Restriction => "restriction",
            Right::Portability => "portability",
            Right::Object | Right::ObjectMarketing => "object",
            Right::Withdraw => "withdraw",
            Right::Automated => "automated",
            Right::Complaint => "complaint",
        }
    }

    pub fn article(self) -> &'static str {
        match self {
            Right::Access => "15",
            Right::Rectification => "16",
            Right::Erasure => "17",
            Right::Restriction => "18",
            Right::Portability => "20",
            Right::Object | Right::ObjectMarketing => "21",
            Right::Withdraw => "7(3)",
            Right::Automated => "22",
            Right::Complaint => "77",
        }
    }
}

impl Right {
    /// The right a purpose's `rights_limits` entry names, if a purpose can limit it: not
    /// withdrawing consent (Art. 7(3): at any time), not the Art. 22 safeguards, not
    /// complaining (Art. 77).
    pub fn limitable(name: RightName) -> Option<Right> {
        match name {
            RightName::Access => Some(Right::Access),
            RightName::Rectification => Some(Right::Rectification),
            RightName::Erasure => Some(Right::Erasure),
            RightName::Restriction => Some(Right::Restriction),
            RightName::Portability => Some(Right::Portability),
            RightName::Object => Some(Right::Object),
            RightName::Withdraw | RightName::Automated | RightName::Complaint => None,
        }
    }
}

/// Whether the purpose rests on consent, under Art. 6(1)(a) or Art. 9(2)(a).
pub fn uses_consent(p: &Purpose) -> bool {
    p.legal_basis.contains(LegalBasis::Consent)
        || p.special_condition == Some(SpecialCondition::ExplicitConsent)
}

/// Where the notice tells people to send rights requests and objections, with the declaration
/// path it comes from: `rights.contact`, else the DPO's contact when it has one, else the
/// controller's.
pub fn rights_contact(decl: &Declaration) -> Option<(&'static str, &Contact)> {
    let rights = decl.rights.as_ref().and_then(|r| r.contact.as_ref());
    let dpo = decl
        .dpo
        .as_ref()
        .and_then(Presence::get)
        .map(|d| &d.contact)
        .filter(|c| !c.is_empty());
    let controller = decl.controller.as_ref().map(|c| &c.contact);
    rights
        .map(|c| ("rights.contact", c))
        .or(dpo.map(|c| ("dpo.contact", c)))
        .or(controller.map(|c| ("controller.contact", c)))
}

/// The rights the notice lists, in order: every right a purpose gives, both kinds of objection
/// as one (`Object`), and, in a declaration without purposes, those every basis gives. The
/// right to complain is always among them, and so is erasure: a purpose that does not give it
/// has an exception of Art. 17(3), which the notice states under it. The view lists these, and lint reports what the
/// declaration says about any other (a note on a right nobody has).
pub fn listed_rights(decl: &Declaration) -> Vec<Right> {
    let given: Vec<Vec<Right>> = decl
        .purposes
        .iter()
        .map(|p| purpose_rights(decl, p))
        .collect();
    let gives = |right: Right| given.iter().any(|r| r.contains(&right));
    Right::ALL
        .into_iter()
        .filter(|&right| match right {
            Right::ObjectMarketing => false,
            Right::Object => gives(Right::Object) || gives(Right::ObjectMarketing),
            Right::Complaint | Right::Erasure => true,
            _ => {
                gives(right)
                    || (given.is_empty()
                        && matches!(
                            right,
                            Right::Access | Right::Rectification | Right::Restriction
                        ))
            }
        })
        .collect()
}

/// Why the right to erasure does not apply to (a part of) a purpose: the exceptions of
/// Art. 17(3) that follow from its legal bases and Art. 9(2) condition.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Exclusion {
    /// Art. 17(3)(b): processing required by law, or necessary for a task carried out in the
    /// public interest (Art. 6(1)(c), (e)).
    LegalObligation,
    /// Art. 17(3)(c): reasons of public interest in the area of public health (Art. 9(2)(h),
    /// (i), with 9(3)).
    PublicHealth,
    /// Art. 17(3)(d): archiving in the public interest, research or statistics (Art. 9(2)(j),
    /// 89(1)), where erasure would make them impossible or seriously impair them.
    Archiving,
    /// Art. 17(3)(e): the establishment, exercise or defence of legal claims (Art. 9(2)(f)).
    LegalClaims,
}

impl Exclusion {
    /// The locale message that introduces the purposes it concerns.
    pub fn message(self) -> &'static str {
        match self {
            Exclusion::LegalObligation => "right-except",
            Exclusion::PublicHealth => "right-except-public-health",
            Exclusion::Archiving => "right-except-archiving",
            Exclusion::LegalClaims => "right-except-legal-claims",
        }
    }

    pub fn article(self) -> &'static str {
        match self {
            Exclusion::LegalObligation => "17(3)(b)",
            Exclusion::PublicHealth => "17(3)(c)",
            Exclusion::Archiving => "17(3)(d)",
            Exclusion::LegalClaims => "17(3)(e)",
        }
    }

    /// The exception a purpose's Art. 9(2) condition brings to the whole purpose, if any.
    fn of_condition(c: Option<SpecialCondition>) -> Option<Exclusion> {
        match c? {
            SpecialCondition::HealthOrSocialCare | SpecialCondition::PublicHealth => {
                Some(Exclusion::PublicHealth)
            }
            SpecialCondition::ArchivingOrResearch => Some(Exclusion::Archiving),
            SpecialCondition::LegalClaims => Some(Exclusion::LegalClaims),
            _ => None,
        }
    }
}

/// Which part of a purpose something concerns: all of it, or, in a purpose resting on several
/// bases, only the part that rests on these.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Part {
    Whole,
    Bases(Vec<LegalBasis>),
}

/// What a purpose gives and withholds: each right with the part it covers, and the exceptions
/// to the right to erasure with the part each concerns. The notice states both; lint and
/// `notice diff` ask only which rights apply at all ([`purpose_rights`]).
#[derive(Clone, Debug, Default)]
pub struct PurposeRights {
    pub grants: Vec<(Right, Part)>,
    pub exclusions: Vec<(Exclusion, Part)>,
}

impl PurposeRights {
    /// The part of the purpose `right` covers, if it covers any.
    pub fn part(&self, right: Right) -> Option<&Part> {
        self.grants
            .iter()
            .find(|(r, _)| *r == right)
            .map(|(_, p)| p)
    }
}

/// The rights a data subject has for `p`, each with the part of the purpose it covers, and the
/// Art. 17(3) exceptions to erasure. A purpose without a legal basis gets only the rights every
/// basis gives (lint reports the missing basis). In a purpose resting on several bases, each
/// right applies to the part of the processing on a basis that gives it; a right every basis
/// gives covers the whole. Its Art. 9(2) condition counts only where it processes special
/// categories of data: otherwise the notice does not show it (N062 reports it).
pub fn purpose_rights_in_detail(decl: &Declaration, p: &Purpose) -> PurposeRights {
    rights_of(p, processes_special(decl, p))
}

/// Whether `p` uses a data category of Art. 9(1), so that its Art. 9(2) condition applies.
pub fn processes_special(decl: &Declaration, p: &Purpose) -> bool {
    p.data.iter().any(|id| {
        decl.data_categories
            .iter()
            .any(|c| c.id == *id && c.special.is_some())
    })
}

/// [`purpose_rights_in_detail`], told whether the purpose's Art. 9(2) condition applies.
fn rights_of(p: &Purpose, special: bool) -> PurposeRights {
    use LegalBasis::*;
    let bases = &p.legal_basis;
    // The part of the purpose on the bases that give a right.
    let part = |gives: &dyn Fn(LegalBasis) -> bool| -> Option<Part> {
        let giving: Vec<LegalBasis> = bases.iter().filter(|b| gives(*b)).collect();
        if giving.is_empty() {
            None
        } else if giving.len() == bases.0.len() {
            Some(Part::Whole)
        } else {
            Some(Part::Bases(giving))
        }
    };
    let mut out = PurposeRights::default();
    let mut grant = |right: Right, p: Option<Part>| {
        if let Some(p) = p {
            out.grants.push((right, p));
        }
    };
    grant(Right::Access, Some(Part::Whole));
    grant(Right::Rectification, Some(Part::Whole));
    // Art. 17(3)(c)-(e) take the whole purpose out; 17(3)(b) the part required by law or
    // necessary for a public task.
    let condition = Exclusion::of_condition(p.special_condition.filter(|_| special));
    let erasure = if bases.is_empty() {
        Some(Part::Whole)
    } else {
        part(&|b| !matches!(b, LegalObligation | PublicTask))
    };
    grant(Right::Erasure, erasure.filter(|_| condition.is_none()));
    grant(Right::Restriction, Some(Part::Whole));
    // Art. 20(1)(a): only for consent or contract, and never for a public task (20(3)).
    grant(
        Right::Portability,
        part(&|b| matches!(b, Consent | Contract)),
    );
    grant(
        Right::Object,
        part(&|b| matches!(b, PublicTask | LegitimateInterests)),
    );
    grant(
        Right::ObjectMarketing,
        p.direct_marketing.then_some(Part::Whole),
    );
    // Explicit consent under Art. 9(2)(a) covers the purpose's special data, whatever its bases.
    let withdraw = if p.special_condition == Some(SpecialCondition::ExplicitConsent) {
        Some(Part::Whole)
    } else {
        part(&|b| b == Consent)
    };
    grant(Right::Withdraw, withdraw);
    grant(
        Right::Automated,
        p.automated_decision.is_some().then_some(Part::Whole),
    );
    grant(Right::Complaint, Some(Part::Whole));
    // Every exception that holds is stated: a patient record kept under a legal obligation is
    // out of reach of erasure both for public health (17(3)(c)) and by law (17(3)(b)).
    out.exclusions = condition
        .map(|x| (x, Part::Whole))
        .into_iter()
        .chain(
            part(&|b| matches!(b, LegalObligation | PublicTask))
                .map(|p| (Exclusion::LegalObligation, p)),
        )
        .collect();
    out
}

/// The rights a data subject has for `p`, for some or all of it (see
/// [`purpose_rights_in_detail`]).
pub fn purpose_rights(decl: &Declaration, p: &Purpose) -> Vec<Right> {
    purpose_rights_in_detail(decl, p)
        .grants
        .into_iter()
        .map(|(r, _)| r)
        .collect()
}

/// What gives a data subject a right over a purpose's data: one of its legal bases, or a fact
/// of the purpose that adds a right whatever its basis.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ground {
    Basis(LegalBasis),
    /// Art. 21(2): direct marketing.
    DirectMarketing,
    /// Art. 9(2)(a): explicit consent to special-category data, which can be withdrawn.
    ExplicitConsent,
    /// Art. 22: an automated decision.
    AutomatedDecision,
}

/// Each right `p` gives ([`purpose_rights`]), with what gives it: the legal bases that give it
/// on their own, and the facts of the purpose that add it. A right every basis gives (access)
/// names each of the purpose's bases; a purpose without a basis names none.
///
/// Asked of [`purpose_rights`] itself, one ground at a time, so that the answer cannot drift
/// from the rights the notice lists.
pub fn rights_by_ground(decl: &Declaration, p: &Purpose) -> Vec<(Right, Vec<Ground>)> {
    let bare = Purpose {
        legal_basis: Default::default(),
        direct_marketing: false,
        special_condition: None,
        automated_decision: None,
        ..p.clone()
    };
    let rights_of = |ground: Ground| {
        let mut q = bare.clone();
        match ground {
            Ground::Basis(b) => q.legal_basis.0 = vec![b],
            Ground::DirectMarketing => q.direct_marketing = true,
            Ground::ExplicitConsent => q.special_condition = p.special_condition,
            Ground::AutomatedDecision => q.automated_decision = p.automated_decision.clone(),
        }
        purpose_rights(decl, &q)
    };
    // A fact adds a right only beyond those a purpose has without any basis.
    let baseline = purpose_rights(decl, &bare);
    let grounds: Vec<(Ground, Vec<Right>)> = p
        .legal_basis
        .iter()
        .map(|b| (Ground::Basis(b), rights_of(Ground::Basis(b))))
        .chain(
            [
                (p.direct_marketing, Ground::DirectMarketing),
                (
                    p.special_condition == Some(SpecialCondition::ExplicitConsent),
                    Ground::ExplicitConsent,
                ),
                (p.automated_decision.is_some(), Ground::AutomatedDecision),
            ]
            .into_iter()
            .filter(|(present, _)| *present)
            .map(|(_, g)| {
                let added = rights_of(g)
                    .into_iter()
                    .filter(|r| !baseline.contains(r))
                    .collect();
                (g, added)
            }),
        )
        .collect();
    purpose_rights(decl, p)
        .into_iter()
        .map(|right| {
            let by = grounds
                .iter()
                .filter(|(_, rights)| rights.contains(&right))
                .map(|(g, _)| *g)
                .collect();
            (right, by)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn purpose(yaml: &str) -> Purpose {
        serde_yaml::from_str(yaml).unwrap()
    }

    /// The rights of a purpose that processes special categories of data.
    fn rights_of_special(p: &Purpose) -> PurposeRights {
        rights_of(p, true)
    }

    fn rights(p: &Purpose) -> Vec<Right> {
        rights_of(p, true)
            .grants
            .into_iter()
            .map(|(r, _)| r)
            .collect()
    }

    #[test]
    fn legitimate_interests_gives_objection_not_portability() {
        let r = rights(&purpose("id: a\nlegal_basis: legitimate_interests"));
        assert!(r.contains(&Right::Object));
        assert!(!r.contains(&Right::Portability));
        assert!(r.contains(&Right::Erasure));
    }

    #[test]
    fn legal_obligation_gives_neither_erasure_nor_portability() {
        let r = rights(&purpose("id: a\nlegal_basis: legal_obligation"));
        assert!(!r.contains(&Right::Erasure));
        assert!(!r.contains(&Right::Portability));
        assert!(!r.contains(&Right::Object));
    }

    #[test]
    fn consent_gives_portability_and_withdrawal() {
        let r = rights(&purpose(
            "id: a\nlegal_basis: consent\ndirect_marketing: true",
        ));
        assert!(r.contains(&Right::Portability));
        assert!(r.contains(&Right::Withdraw));
        assert!(r.contains(&Right::ObjectMarketing));
        assert!(!r.contains(&Right::Object));
    }

    #[test]
    fn several_bases_give_every_right_one_of_them_gives() {
        let r = rights(&purpose("id: a\nlegal_basis: [legal_obligation, contract]"));
        // Erasure and portability for the part that rests on the contract.
        assert!(r.contains(&Right::Erasure) && r.contains(&Right::Portability));
        assert!(!r.contains(&Right::Withdraw) && !r.contains(&Right::Object));
        let r = rights(&purpose("id: a\nlegal_basis: [contract, consent]"));
        assert!(
            r.contains(&Right::Withdraw)
                && uses_consent(&purpose("id: a\nlegal_basis: [contract, consent]"))
        );
        let r2 = rights(&purpose(
            "id: a\nlegal_basis: [legal_obligation, public_task]",
        ));
        assert!(!r2.contains(&Right::Erasure) && r2.contains(&Right::Object));
        // One basis in a list is the same as the basis alone.
        assert_eq!(
            rights(&purpose("id: a\nlegal_basis: [legal_obligation]")),
            rights(&purpose("id: a\nlegal_basis: legal_obligation"))
        );
        assert!(r.len() > r2.len());
    }

    /// Each right of a purpose of several bases covers the part on a basis that gives it; the
    /// part required by law is the Art. 17(3)(b) exception to erasure.
    #[test]
    fn each_basis_of_a_purpose_gives_its_own_rights() {
        use LegalBasis::*;
        let r = rights_of_special(&purpose("id: a\nlegal_basis: [contract, legal_obligation]"));
        assert_eq!(r.part(Right::Erasure), Some(&Part::Bases(vec![Contract])));
        assert_eq!(
            r.part(Right::Portability),
            Some(&Part::Bases(vec![Contract]))
        );
        assert_eq!(r.part(Right::Access), Some(&Part::Whole));
        assert_eq!(r.part(Right::Object), None);
        assert_eq!(
            r.exclusions,
            [(
                Exclusion::LegalObligation,
                Part::Bases(vec![LegalObligation])
            )]
        );
        let r = rights_of_special(&purpose(
            "id: a\nlegal_basis: [contract, legitimate_interests, consent]",
        ));
        assert_eq!(
            r.part(Right::Object),
            Some(&Part::Bases(vec![LegitimateInterests]))
        );
        assert_eq!(r.part(Right::Withdraw), Some(&Part::Bases(vec![Consent])));
        assert_eq!(
            r.part(Right::Portability),
            Some(&Part::Bases(vec![Contract, Consent]))
        );
        assert_eq!(r.part(Right::Erasure), Some(&Part::Whole));
        assert!(r.exclusions.is_empty());
        // Explicit consent for special data covers the purpose, whatever its Art. 6 bases.
        let r = rights_of_special(&purpose(
            "id: a\nlegal_basis: [contract, legal_obligation]\nspecial_condition: explicit_consent",
        ));
        assert_eq!(r.part(Right::Withdraw), Some(&Part::Whole));
        // A single basis, or none, covers the whole purpose.
        let r = rights_of_special(&purpose("id: a\nlegal_basis: legal_obligation"));
        assert_eq!(r.part(Right::Erasure), None);
        assert_eq!(r.exclusions, [(Exclusion::LegalObligation, Part::Whole)]);
        let r = rights_of_special(&purpose("id: a"));
        assert_eq!(r.part(Right::Erasure), Some(&Part::Whole));
    }

    /// Art. 17(3)(c)-(e): public health (9(2)(h), (i)), archiving and research (9(2)(j)) and
    /// legal claims (9(2)(f)) take erasure out of the whole purpose; other conditions do not.
    #[test]
    fn the_exceptions_of_article_17_3_follow_from_the_condition() {
        for (condition, exclusion) in [
            ("health_or_social_care", Some(Exclusion::PublicHealth)),
            ("public_health", Some(Exclusion::PublicHealth)),
            ("archiving_or_research", Some(Exclusion::Archiving)),
            ("legal_claims", Some(Exclusion::LegalClaims)),
            ("explicit_consent", None),
            ("employment", None),
        ] {
            let r = rights_of_special(&purpose(&format!(
                "id: a\nlegal_basis: [contract, legal_obligation]\nspecial_condition: {condition}"
            )));
            match exclusion {
                Some(x) => {
                    assert_eq!(r.part(Right::Erasure), None, "{condition}");
                    assert_eq!(
                        r.exclusions,
                        [
                            (x, Part::Whole),
                            (
                                Exclusion::LegalObligation,
                                Part::Bases(vec![LegalBasis::LegalObligation])
                            )
                        ],
                        "{condition}"
                    );
                }
                None => {
                    assert_eq!(
                        r.part(Right::Erasure),
                        Some(&Part::Bases(vec![LegalBasis::Contract])),
                        "{condition}"
                    );
                    assert_eq!(r.exclusions.len(), 1, "{condition}");
                }
            }
            // Portability still follows the contract part.
            assert!(r.part(Right::Portability).is_some(), "{condition}");
        }
    }

    /// A condition counts only where the purpose processes special data: a `legal_claims`
    /// condition on a purpose of ordinary data, which the notice does not show, takes nothing.
    #[test]
    fn a_condition_without_special_data_takes_no_right_away() {
        let yaml = |special: &str| {
            format!(
                "notice: {{id: t}}\ndata_categories:\n  - {{id: d{special}}}\npurposes:\n  - {{id: a, legal_basis: contract, special_condition: legal_claims, data: [d]}}\n"
            )
        };
        let plain: Declaration = serde_yaml::from_str(&yaml("")).unwrap();
        let r = purpose_rights_in_detail(&plain, &plain.purposes[0]);
        assert_eq!(r.part(Right::Erasure), Some(&Part::Whole));
        assert!(r.exclusions.is_empty());
        let special: Declaration = serde_yaml::from_str(&yaml(", special: health")).unwrap();
        let r = purpose_rights_in_detail(&special, &special.purposes[0]);
        assert_eq!(r.part(Right::Erasure), None);
        assert_eq!(r.exclusions, [(Exclusion::LegalClaims, Part::Whole)]);
    }

    /// Erasure is listed even where no purpose gives it: the notice then says why, under it.
    #[test]
    fn erasure_is_listed_with_its_exceptions_even_where_no_purpose_gives_it() {
        let decl: Declaration = serde_yaml::from_str(
            "notice: {id: t}\npurposes:\n  - {id: a, legal_basis: legal_obligation}\n",
        )
        .unwrap();
        assert!(listed_rights(&decl).contains(&Right::Erasure));
        assert!(!listed_rights(&decl).contains(&Right::Portability));
    }

    #[test]
    fn an_unknown_basis_in_a_list_is_refused_with_the_known_ones() {
        let e = serde_yaml::from_str::<Purpose>("id: a\nlegal_basis: [contract, consnet]")
            .unwrap_err()
            .to_string();
        assert!(
            e.contains("unknown variant `consnet`, expected one of"),
            "{e}"
        );
        let e = serde_yaml::from_str::<Purpose>("id: a\nlegal_basis: consnet")
            .unwrap_err()
            .to_string();
        assert!(
            e.contains("unknown variant `consnet`, expected one of"),
            "{e}"
        );
    }

    #[test]
    fn each_right_names_what_gives_it() {
        // Explicit consent counts only for a purpose that uses special-category data.
        let decl: Declaration = serde_yaml::from_str(
            "notice: {id: t}\ndata_categories:\n  - {id: health, special: health}\npurposes:\n  - id: a\n    legal_basis: [contract, legitimate_interests]\n    direct_marketing: true\n    special_condition: explicit_consent\n    data: [health]\n",
        )
        .unwrap();
        let p = decl.purposes[0].clone();
        let by = rights_by_ground(&decl, &p);
        let of = |right: Right| {
            by.iter()
                .find(|(r, _)| *r == right)
                .map(|(_, g)| g.clone())
                .unwrap_or_else(|| panic!("no {right:?} in {by:?}"))
        };
        use Ground::*;
        use LegalBasis::*;
        assert_eq!(
            of(Right::Access),
            [Basis(Contract), Basis(LegitimateInterests)]
        );
        assert_eq!(of(Right::Portability), [Basis(Contract)]);
        assert_eq!(of(Right::Object), [Basis(LegitimateInterests)]);
        assert_eq!(of(Right::ObjectMarketing), [DirectMarketing]);
        assert_eq!(of(Right::Withdraw), [ExplicitConsent]);
        // The same rights as the notice lists, in the same order.
        let rights: Vec<Right> = by.iter().map(|(r, _)| *r).collect();
        assert_eq!(rights, purpose_rights(&decl, &p));
    }

    #[test]
    fn explicit_consent_for_special_data_gives_withdrawal() {
        let r = rights(&purpose(
            "id: a\nlegal_basis: contract\nspecial_condition: explicit_consent",
        ));
        assert!(r.contains(&Right::Withdraw));
    }
}
