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
    fn explicit_consent_for_special_data_gives_withdrawal() {
        let r = purpose_rights(&purpose(
            "id: a\nlegal_basis: contract\nspecial_condition: explicit_consent",
        ));
        assert!(r.contains(&Right::Withdraw));
    }
}
