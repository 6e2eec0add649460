//! Which data-subject rights apply to a purpose, derived from its legal basis (GDPR Art. 7, 15–22).
//!
//! The notice never lists rights typed by hand: they follow from the declared legal bases, so
//! that portability is not promised for legitimate interests and objection is not forgotten.

use crate::declaration::{Contact, Declaration, LegalBasis, Presence, Purpose, SpecialCondition};

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
/// right to complain is always among them. The view lists these, and lint reports what the
/// declaration says about any other (a note on a right nobody has).
pub fn listed_rights(decl: &Declaration) -> Vec<Right> {
    let given: Vec<Vec<Right>> = decl.purposes.iter().map(purpose_rights).collect();
    let gives = |right: Right| given.iter().any(|r| r.contains(&right));
    Right::ALL
        .into_iter()
        .filter(|&right| match right {
            Right::ObjectMarketing => false,
            Right::Object => gives(Right::Object) || gives(Right::ObjectMarketing),
            Right::Complaint => true,
            _ => {
                gives(right)
                    || (given.is_empty()
                        && matches!(
                            right,
                            Right::Access
                                | Right::Rectification
                                | Right::Erasure
                                | Right::Restriction
                        ))
            }
        })
        .collect()
}

/// The rights a data subject has for `p`. A purpose without a legal basis gets only the rights
/// every basis gives (lint reports the missing basis). A purpose resting on several bases gets
/// every right one of them gives: each applies to the part of the processing on that basis.
pub fn purpose_rights(p: &Purpose) -> Vec<Right> {
    use LegalBasis::*;
    let bases = &p.legal_basis;
    let mut rights = vec![Right::Access, Right::Rectification];
    // Art. 17(3)(b): no erasure where processing is needed for a legal obligation or public task.
    if bases.is_empty()
        || bases
            .iter()
            .any(|b| !matches!(b, LegalObligation | PublicTask))
    {
        rights.push(Right::Erasure);
    }
    rights.push(Right::Restriction);
    // Art. 20(1)(a): only for consent or contract, and never for a public task (20(3)).
    if bases.any_of(&[Consent, Contract]) {
        rights.push(Right::Portability);
    }
    if bases.any_of(&[PublicTask, LegitimateInterests]) {
        rights.push(Right::Object);
    }
    if p.direct_marketing {
        rights.push(Right::ObjectMarketing);
    }
    if uses_consent(p) {
        rights.push(Right::Withdraw);
    }
    if p.automated_decision.is_some() {
        rights.push(Right::Automated);
    }
    rights.push(Right::Complaint);
    rights
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
pub fn rights_by_ground(p: &Purpose) -> Vec<(Right, Vec<Ground>)> {
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
        purpose_rights(&q)
    };
    // A fact adds a right only beyond those a purpose has without any basis.
    let baseline = purpose_rights(&bare);
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
    purpose_rights(p)
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

    #[test]
    fn legitimate_interests_gives_objection_not_portability() {
        let r = purpose_rights(&purpose("id: a\nlegal_basis: legitimate_interests"));
        assert!(r.contains(&Right::Object));
        assert!(!r.contains(&Right::Portability));
        assert!(r.contains(&Right::Erasure));
    }

    #[test]
    fn legal_obligation_gives_neither_erasure_nor_portability() {
        let r = purpose_rights(&purpose("id: a\nlegal_basis: legal_obligation"));
        assert!(!r.contains(&Right::Erasure));
        assert!(!r.contains(&Right::Portability));
        assert!(!r.contains(&Right::Object));
    }

    #[test]
    fn consent_gives_portability_and_withdrawal() {
        let r = purpose_rights(&purpose(
            "id: a\nlegal_basis: consent\ndirect_marketing: true",
        ));
        assert!(r.contains(&Right::Portability));
        assert!(r.contains(&Right::Withdraw));
        assert!(r.contains(&Right::ObjectMarketing));
        assert!(!r.contains(&Right::Object));
    }

    #[test]
    fn several_bases_give_every_right_one_of_them_gives() {
        let r = purpose_rights(&purpose("id: a\nlegal_basis: [legal_obligation, contract]"));
        // Erasure and portability for the part that rests on the contract.
        assert!(r.contains(&Right::Erasure) && r.contains(&Right::Portability));
        assert!(!r.contains(&Right::Withdraw) && !r.contains(&Right::Object));
        let r = purpose_rights(&purpose("id: a\nlegal_basis: [contract, consent]"));
        assert!(
            r.contains(&Right::Withdraw)
                && uses_consent(&purpose("id: a\nlegal_basis: [contract, consent]"))
        );
        let r2 = purpose_rights(&purpose(
            "id: a\nlegal_basis: [legal_obligation, public_task]",
        ));
        assert!(!r2.contains(&Right::Erasure) && r2.contains(&Right::Object));
        // One basis in a list is the same as the basis alone.
        assert_eq!(
            purpose_rights(&purpose("id: a\nlegal_basis: [legal_obligation]")),
            purpose_rights(&purpose("id: a\nlegal_basis: legal_obligation"))
        );
        assert!(r.len() > r2.len());
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
        let p = purpose(
            "id: a\nlegal_basis: [contract, legitimate_interests]\ndirect_marketing: true\nspecial_condition: explicit_consent",
        );
        let by = rights_by_ground(&p);
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
        assert_eq!(rights, purpose_rights(&p));
    }

    #[test]
    fn explicit_consent_for_special_data_gives_withdrawal() {
        let r = purpose_rights(&purpose(
            "id: a\nlegal_basis: contract\nspecial_condition: explicit_consent",
        ));
        assert!(r.contains(&Right::Withdraw));
    }
}
