//! The rights part of the view, derived from the legal bases: the list of rights with the
//! purposes each is limited to (consent withdrawal with how to withdraw), the separate
//! objection section, automated decisions.

use anyhow::Result;
use serde::Serialize;

use super::{Builder, ContactView};
use crate::declaration as d;
use crate::declaration::{LegalBasis, Purpose};
use crate::rights::{Right, listed_rights, purpose_rights, rights_contact};

#[derive(Serialize)]
pub struct RightsView {
    /// Every right that applies, but the right to complain, which has a section of its own.
    pub list: Vec<RightView>,
    pub contact: ContactView,
    /// The contact is the controller's or the DPO's, whose postal address the notice gives
    /// already.
    pub contact_shown: bool,
    pub identity_check: Option<String>,
    /// The organisation's own words on complaints (`rights.complaint`, then the note on the
    /// right to complain), shown in the complaint section.
    pub complaint: Vec<String>,
}

#[derive(Serialize)]
pub struct RightView {
    pub id: &'static str,
    pub name: String,
    pub article: &'static str,
    /// The purposes it is limited to, when it does not apply to all; for consent withdrawal,
    /// every purpose resting on consent, each with how to withdraw it where the declaration
    /// says ("Newsletter: click the unsubscribe link").
    pub only: Vec<String>,
    /// The purposes it does not apply to (erasure under Art. 17(3)(b)).
    pub except: Vec<String>,
    /// The organisation's own words about this right.
    pub note: Option<String>,
}

#[derive(Serialize)]
pub struct ObjectionView {
    pub general: Vec<String>,
    pub marketing: Vec<String>,
}

#[derive(Serialize)]
pub struct AutomatedView {
    pub id: String,
    pub purpose: String,
    pub profiling: bool,
    pub logic: Option<String>,
    pub significance: Option<String>,
    pub consequences: Option<String>,
    pub exception: Option<String>,
    pub exception_article: Option<&'static str>,
    pub human_review: Option<String>,
}

impl Builder<'_> {
    /// Rights in the order of the GDPR, each with the purposes it is limited to. Objection is
    /// listed too; its details have a section of their own (Art. 21(4)).
    pub(super) fn rights(&self) -> Result<RightsView> {
        let per_purpose: Vec<(&Purpose, Vec<Right>)> = self
            .decl
            .purposes
            .iter()
            .map(|p| (p, purpose_rights(p)))
            .collect();
        let mut list = Vec::new();
        // The right to complain has its own section.
        for right in listed_rights(self.decl)
            .into_iter()
            .filter(|r| *r != Right::Complaint)
        {
            let having: Vec<&Purpose> = per_purpose
                .iter()
                .filter(|(_, r)| r.contains(&right))
                .map(|(p, _)| *p)
                .collect();
            let all_have = having.len() == per_purpose.len();
            let (only, except) = match right {
                // Shown per purpose, where the exception is a legal one worth naming.
                Right::Erasure if !all_have => (
                    Vec::new(),
                    per_purpose
                        .iter()
                        .filter(|(_, r)| !r.contains(&right))
                        .map(|(p, _)| self.purpose_label(p))
                        .collect(),
                ),
                Right::Portability | Right::Automated if !all_have => (
                    having.iter().map(|p| self.purpose_label(p)).collect(),
                    Vec::new(),
                ),
                Right::Withdraw => (
                    having
                        .iter()
                        .map(|p| self.withdraw_line(p))
                        .collect::<Result<_>>()?,
                    Vec::new(),
                ),
                _ => (Vec::new(), Vec::new()),
            };
            list.push(RightView {
                id: right.id(),
                name: self.msg(&format!("right-{}-name", right.id()), &[])?,
                article: right.article(),
                only,
                except,
                note: self.right_note(right.id()),
            });
        }
        let decl = self.decl;
        let contact = rights_contact(decl);
        Ok(RightsView {
            list,
            contact: contact.map(|(_, c)| self.contact(c)).unwrap_or_default(),
            contact_shown: contact.is_some_and(|(path, _)| path != "rights.contact"),
            identity_check: decl
                .rights
                .as_ref()
                .and_then(|r| self.opt(&r.identity_check)),
            complaint: decl
                .rights
                .as_ref()
                .and_then(|r| self.opt(&r.complaint))
                .into_iter()
                .chain(self.right_note("complaint"))
                .collect(),
        })
    }

    /// Art. 21(4): the right to object, set apart, when a purpose rests on 6(1)(e)/(f) or is
    /// direct marketing.
    pub(super) fn objection(&self) -> Option<ObjectionView> {
        let general: Vec<String> = self
            .decl
            .purposes
            .iter()
            .filter(|p| {
                p.legal_basis
                    .any_of(&[LegalBasis::PublicTask, LegalBasis::LegitimateInterests])
            })
            .map(|p| self.purpose_label(p))
            .collect();
        let marketing: Vec<String> = self
            .decl
            .purposes
            .iter()
            .filter(|p| p.direct_marketing)
            .map(|p| self.purpose_label(p))
            .collect();
        (!general.is_empty() || !marketing.is_empty())
            .then_some(ObjectionView { general, marketing })
    }

    /// A purpose resting on consent, with how to withdraw it when the declaration says.
    fn withdraw_line(&self, p: &Purpose) -> Result<String> {
        let label = self.purpose_label(p);
        Ok(match self.opt(&p.withdraw) {
            Some(how) => format!("{label}{}{how}", self.msg("colon", &[])?),
            None => label,
        })
    }

    pub(super) fn automated(&self) -> Result<Vec<AutomatedView>> {
        let mut out = Vec::new();
        for p in &self.decl.purposes {
            let Some(a) = &p.automated_decision else {
                continue;
            };
            out.push(AutomatedView {
                id: p.id.clone(),
                purpose: self.purpose_label(p),
                profiling: a.profiling,
                logic: self.opt(&a.logic),
                significance: self.opt(&a.significance),
                consequences: self.opt(&a.consequences),
                exception: a
                    .exception
                    .map(|e| self.msg(&format!("exception-{}", d::name_of(&e)), &[]))
                    .transpose()?,
                exception_article: a.exception.map(d::DecisionException::article),
                human_review: self.opt(&a.human_review),
            });
        }
        Ok(out)
    }
}
