//! The rights part of the view, derived from the legal bases: the list of rights with the
//! purposes (or the part of a purpose) each is limited to, the Art. 17(3) exceptions to erasure
//! and the limits a declaration states, consent withdrawal with how to withdraw, the separate
//! objection section, automated decisions.

use anyhow::Result;
use serde::Serialize;

use super::{Builder, ContactView, sentence};
use crate::declaration as d;
use crate::declaration::Purpose;
use crate::rights::{
    Exclusion, Part, PurposeRights, Right, listed_rights, purpose_rights_in_detail, rights_contact,
};

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
    /// right to complain), shown in the complaint section after the right and the authority.
    pub complaint: Vec<String>,
}

#[derive(Serialize)]
pub struct RightView {
    pub id: &'static str,
    pub name: String,
    pub article: &'static str,
    /// The purposes it is limited to, when it does not apply to all, each by its label or, for
    /// a purpose of several bases, as the part that rests on those giving the right ("the part
    /// of “Sales” based on the contract"); for consent withdrawal, every purpose resting on
    /// consent, each with how to withdraw it where the declaration says ("Newsletter: click the
    /// unsubscribe link").
    pub only: Vec<String>,
    /// The exceptions of Art. 17(3) to erasure, each with the purposes (or parts) it concerns.
    pub exceptions: Vec<ExceptionView>,
    /// The limits purposes declare (`rights_limits`), each as a sentence.
    pub limits: Vec<String>,
    /// The organisation's own words about this right.
    pub note: Option<String>,
}

#[derive(Serialize)]
pub struct ExceptionView {
    /// The locale message that introduces the purposes.
    pub message: &'static str,
    pub purposes: Vec<String>,
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
    /// Whether the Art. 22(3) rights apply (human intervention, one's view, contest): not for a
    /// decision authorised by law, whose law lays down the safeguards (Art. 22(2)(b)). A
    /// decision that names no exception is told the rights, the larger promise.
    pub review_rights: bool,
    pub human_review: Option<String>,
}

impl Builder<'_> {
    /// Rights in the order of the GDPR, each with the purposes it is limited to. Objection is
    /// listed too; its details have a section of their own (Art. 21(4)).
    pub(super) fn rights(&self) -> Result<RightsView> {
        let per_purpose: Vec<(&Purpose, PurposeRights)> = self
            .decl
            .purposes
            .iter()
            .map(|p| (p, purpose_rights_in_detail(self.decl, p)))
            .collect();
        let mut list = Vec::new();
        // The right to complain has its own section.
        for right in listed_rights(self.decl)
            .into_iter()
            .filter(|r| *r != Right::Complaint)
        {
            let having: Vec<(&Purpose, &Part)> = per_purpose
                .iter()
                .filter_map(|(p, r)| r.part(right).map(|part| (*p, part)))
                .collect();
            let all_whole = having.len() == per_purpose.len()
                && having.iter().all(|(_, part)| **part == Part::Whole);
            let only = match right {
                Right::Portability | Right::Automated if !all_whole => having
                    .iter()
                    .map(|(p, part)| self.purpose_part(p, part))
                    .collect::<Result<_>>()?,
                Right::Withdraw => having
                    .iter()
                    .map(|(p, part)| self.withdraw_line(p, part))
                    .collect::<Result<_>>()?,
                _ => Vec::new(),
            };
            let exceptions = match right {
                Right::Erasure => self.exceptions(&per_purpose)?,
                _ => Vec::new(),
            };
            list.push(RightView {
                id: right.id(),
                name: self.msg(&format!("right-{}-name", right.id()), &[])?,
                article: right.article(),
                only,
                exceptions,
                limits: self.declared_limits(right, &per_purpose)?,
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

    /// The exceptions to erasure, in the order of Art. 17(3), each with the purposes, or the
    /// parts of purposes, it takes out.
    fn exceptions(&self, per_purpose: &[(&Purpose, PurposeRights)]) -> Result<Vec<ExceptionView>> {
        let mut kinds: Vec<Exclusion> = per_purpose
            .iter()
            .flat_map(|(_, r)| r.exclusions.iter().map(|(x, _)| *x))
            .collect();
        kinds.sort();
        kinds.dedup();
        kinds
            .into_iter()
            .map(|kind| {
                let purposes = per_purpose
                    .iter()
                    .flat_map(|(p, r)| {
                        r.exclusions
                            .iter()
                            .filter(move |(x, _)| *x == kind)
                            .map(move |(_, part)| self.purpose_part(p, part))
                    })
                    .collect::<Result<_>>()?;
                Ok(ExceptionView {
                    message: kind.message(),
                    purposes,
                })
            })
            .collect()
    }

    /// The limits the purposes declare on `right`, for the purposes that give it: "Limit for
    /// “CCTV”: …". A limit on a right a purpose does not give has nothing to limit (lint N068).
    fn declared_limits(
        &self,
        right: Right,
        per_purpose: &[(&Purpose, PurposeRights)],
    ) -> Result<Vec<String>> {
        let mut out = Vec::new();
        for (p, rights) in per_purpose {
            for limit in &p.rights_limits {
                if Right::limitable(limit.right) == Some(right) && rights.part(right).is_some() {
                    out.push(self.msg(
                        "right-limit",
                        &[
                            ("purpose", self.purpose_label(p).into()),
                            ("reason", sentence(self.text(&limit.reason).trim()).into()),
                        ],
                    )?);
                }
            }
        }
        Ok(out)
    }

    /// A purpose as a right concerns it: its label, or for part of a purpose of several bases,
    /// "the part of “Sales” based on the contract".
    fn purpose_part(&self, p: &Purpose, part: &Part) -> Result<String> {
        match part {
            Part::Whole => Ok(self.purpose_label(p)),
            Part::Bases(bases) => {
                let names = bases
                    .iter()
                    .map(|b| self.msg(&format!("basis-part-{}", d::name_of(b)), &[]))
                    .collect::<Result<Vec<_>>>()?;
                self.msg(
                    "right-part",
                    &[
                        ("purpose", self.purpose_label(p).into()),
                        ("bases", self.locales.list(self.lang, &names)?.into()),
                    ],
                )
            }
        }
    }

    /// Art. 21(4): the right to object, set apart, when a purpose rests on 6(1)(e)/(f) or is
    /// direct marketing.
    pub(super) fn objection(&self) -> Result<Option<ObjectionView>> {
        let (mut general, mut marketing) = (Vec::new(), Vec::new());
        for p in &self.decl.purposes {
            let rights = purpose_rights_in_detail(self.decl, p);
            if let Some(part) = rights.part(Right::Object) {
                general.push(self.purpose_part(p, part)?);
            }
            if rights.part(Right::ObjectMarketing).is_some() {
                marketing.push(self.purpose_label(p));
            }
        }
        Ok((!general.is_empty() || !marketing.is_empty())
            .then_some(ObjectionView { general, marketing }))
    }

    /// A purpose resting on consent (or the part of it that does), with how to withdraw it when
    /// the declaration says.
    fn withdraw_line(&self, p: &Purpose, part: &Part) -> Result<String> {
        let label = self.purpose_part(p, part)?;
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
                review_rights: a
                    .exception
                    .is_none_or(d::DecisionException::gives_review_rights),
                human_review: self.opt(&a.human_review),
            });
        }
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::renderer;
    use crate::declaration::Declaration;

    fn markdown(yaml: &str, lang: &str) -> String {
        let (r, _) = renderer();
        let decl: Declaration = serde_yaml::from_str(yaml).unwrap();
        r.markdown(&decl, lang).unwrap()
    }

    /// Art. 22(3) gives human intervention, one's view and contest under the contract and
    /// explicit-consent exceptions only; under the law exception the notice says that the law
    /// lays down the safeguards (Art. 22(2)(b)). Each in every language.
    #[test]
    fn automated_decisions_state_the_safeguards_of_their_exception() {
        // (language, the exception's label, the Art. 22(3) sentence, the law's sentence)
        let cases = [
            (
                "fr",
                "- **Pourquoi cette décision est permise\u{a0}:**",
                "Vous avez le droit d'obtenir une intervention humaine, d'exprimer votre point de vue et de contester la décision (article 22, paragraphe 3, du RGPD).",
                "La loi qui autorise cette décision prévoit des mesures appropriées pour la sauvegarde de vos droits et libertés et de vos intérêts légitimes (article 22, paragraphe 2, point b), du RGPD).",
            ),
            (
                "nl",
                "- **Waarom dit besluit is toegestaan:**",
                "U hebt het recht op menselijke tussenkomst, het recht uw standpunt kenbaar te maken en het recht het besluit aan te vechten (artikel 22, lid 3, AVG).",
                "De wet die dit besluit toestaat, voorziet in passende maatregelen ter bescherming van uw rechten en vrijheden en uw gerechtvaardigde belangen (artikel 22, lid 2, onder b), AVG).",
            ),
            (
                "en",
                "- **Why it is allowed:**",
                "You have the right to obtain human intervention, to express your point of view and to contest the decision (Article 22(3) GDPR).",
                "The law that authorises this decision lays down suitable measures to safeguard your rights and freedoms and legitimate interests (Article 22(2)(b) GDPR).",
            ),
        ];
        for (lang, label, review, law) in cases {
            for exception in ["contract", "law", "explicit_consent"] {
                let yaml = format!(
                    "notice: {{id: t, languages: [{lang}]}}\npurposes:\n  - id: score\n    legal_basis: contract\n    automated_decision: {{exception: {exception}, logic: {{{lang}: a score}}}}\n"
                );
                let md = markdown(&yaml, lang);
                let by_law = exception == "law";
                assert_eq!(md.contains(review), !by_law, "{lang} {exception}:\n{md}");
                assert_eq!(md.contains(law), by_law, "{lang} {exception}:\n{md}");
                // The exception's line is a sentence, ended like the others.
                let line = md
                    .lines()
                    .find(|l| l.starts_with(label))
                    .unwrap_or_else(|| panic!("{lang} {exception}: no `{label}` in\n{md}"));
                assert!(
                    line.ends_with(").") && !line.ends_with("))."),
                    "{lang}: {line}"
                );
            }
        }
    }

    /// The right and the authority come first; the organisation's words follow as an addition.
    #[test]
    fn the_organisations_words_on_complaints_follow_the_right_and_the_authority() {
        let yaml = "notice: {id: t, languages: [fr, nl, en]}\nsupervisory_authority: BE\nrights:\n  complaint: {fr: Écrivez-nous d'abord., nl: Schrijf ons eerst., en: Write to us first.}\n";
        for (lang, right, authority, own) in [
            (
                "fr",
                "Vous pouvez introduire une réclamation auprès d'une autorité de contrôle",
                "**Autorité de protection des données**",
                "Écrivez-nous d'abord.",
            ),
            (
                "nl",
                "U kunt een klacht indienen bij een toezichthoudende autoriteit",
                "**Gegevensbeschermingsautoriteit**",
                "Schrijf ons eerst.",
            ),
            (
                "en",
                "You may lodge a complaint with a supervisory authority",
                "**Data Protection Authority**",
                "Write to us first.",
            ),
        ] {
            let md = markdown(yaml, lang);
            let at = |s: &str| {
                md.find(s)
                    .unwrap_or_else(|| panic!("{lang}: no {s:?} in\n{md}"))
            };
            assert!(
                at(right) < at(authority) && at(authority) < at(own),
                "{lang}:\n{md}"
            );
        }
    }

    /// A purpose on `[contract, legal_obligation]` says which right follows from which basis:
    /// erasure and portability for the part on the contract, the part required by law named
    /// under the Art. 17(3)(b) exception; each in every language.
    #[test]
    fn a_purpose_of_two_bases_says_which_basis_gives_which_right() {
        let yaml = "notice: {id: t, languages: [fr, nl, en]}\npurposes:\n  - id: sales\n    label: {fr: Ventes, nl: Verkoop, en: Sales}\n    legal_basis: [contract, legal_obligation]\n    law: {fr: x, nl: x, en: x}\n";
        for (lang, erasure, portability) in [
            (
                "fr",
                "- **Droit à l'effacement\u{a0}:** faire effacer vos données, notamment lorsqu'elles ne sont plus nécessaires. Ce droit ne s'applique pas aux traitements imposés par la loi ou nécessaires à une mission d'intérêt public\u{a0}: «\u{a0}Ventes\u{a0}», pour la partie fondée sur une obligation légale.\n",
                "et les transmettre, ou nous les faire transmettre, à un autre responsable du traitement. Finalité concernée\u{a0}: «\u{a0}Ventes\u{a0}», pour la partie fondée sur le contrat.\n",
            ),
            (
                "nl",
                "- **Recht op gegevenswissing:** uw gegevens laten wissen, met name wanneer ze niet langer nodig zijn. Dit recht geldt niet voor verwerkingen die wettelijk verplicht zijn of nodig voor een taak van algemeen belang: “Verkoop”, voor het deel dat berust op een wettelijke verplichting.\n",
                "aan een andere verwerkingsverantwoordelijke doorgeven of laten doorgeven. Betrokken doeleinde: “Verkoop”, voor het deel dat berust op de overeenkomst.\n",
            ),
            (
                "en",
                "- **Right to erasure:** have your data erased, in particular when they are no longer needed. This right does not apply to processing required by law or necessary for a task carried out in the public interest: the part of “Sales” based on a legal obligation.\n",
                "or have us transmit them, to another controller. Purpose concerned: the part of “Sales” based on the contract.\n",
            ),
        ] {
            let md = markdown(yaml, lang);
            assert!(md.contains(erasure), "{lang}:\n{md}");
            assert!(md.contains(portability), "{lang}:\n{md}");
        }
    }

    /// The right to object and the right to withdraw consent name the part of a purpose that
    /// rests on the basis giving them, with how to withdraw.
    #[test]
    fn objection_and_withdrawal_name_the_part_of_a_purpose_they_cover() {
        let yaml = "notice: {id: t, languages: [fr, nl, en]}\npurposes:\n  - id: club\n    label: {fr: Club, nl: Club, en: Club}\n    legal_basis: [contract, legitimate_interests, consent]\n    withdraw: {fr: écrivez-nous., nl: schrijf ons., en: write to us.}\n";
        for (lang, object, withdraw) in [
            (
                "fr",
                "Finalité concernée\u{a0}: «\u{a0}Club\u{a0}», pour la partie fondée sur nos intérêts légitimes.",
                "  - «\u{a0}Club\u{a0}», pour la partie fondée sur votre consentement\u{a0}: écrivez-nous.",
            ),
            (
                "nl",
                "Betrokken doeleinde: “Club”, voor het deel dat berust op onze gerechtvaardigde belangen.",
                "  - “Club”, voor het deel dat berust op uw toestemming: schrijf ons.",
            ),
            (
                "en",
                "Purpose concerned: the part of “Club” based on our legitimate interests.",
                "  - the part of “Club” based on your consent: write to us.",
            ),
        ] {
            let md = markdown(yaml, lang);
            assert!(md.contains(object), "{lang}:\n{md}");
            assert!(md.contains(withdraw), "{lang}:\n{md}");
        }
    }

    /// The other exceptions of Art. 17(3) are stated where they hold, each after the one before
    /// as a paragraph of the same item; a declared limit follows the right's text.
    #[test]
    fn exceptions_to_erasure_and_declared_limits_are_stated() {
        let yaml = "notice: {id: t, languages: [fr, nl, en]}\ndata_categories:\n  - {id: record, special: health, label: {fr: Dossier, nl: Dossier, en: Record}}\npurposes:\n  - id: accounts\n    label: {fr: Comptabilité, nl: Boekhouding, en: Accounting}\n    legal_basis: legal_obligation\n  - id: care\n    label: {fr: Soins, nl: Zorg, en: Care}\n    legal_basis: contract\n    special_condition: health_or_social_care\n    data: [record]\n  - id: cctv\n    label: {fr: Caméras, nl: Camera's, en: Cameras}\n    legal_basis: legitimate_interests\n    rights_limits:\n      - {right: erasure, reason: {fr: nous gardons les images utiles à une enquête, nl: wij bewaren de beelden die een onderzoek nodig heeft, en: we keep the images an inquiry needs}}\n      - {right: portability, reason: {fr: zzz, nl: zzz, en: zzz}}\n";
        for (lang, item) in [
            (
                "fr",
                "ne sont plus nécessaires. Limite pour «\u{a0}Caméras\u{a0}»\u{a0}: nous gardons les images utiles à une enquête. Ce droit ne s'applique pas aux traitements imposés par la loi ou nécessaires à une mission d'intérêt public\u{a0}: comptabilité.\n\n  Ce droit ne s'applique pas aux traitements nécessaires pour des motifs d'intérêt public dans le domaine de la santé publique\u{a0}: soins.\n- ",
            ),
            (
                "nl",
                "niet langer nodig zijn. Beperking voor “Camera's”: wij bewaren de beelden die een onderzoek nodig heeft. Dit recht geldt niet voor verwerkingen die wettelijk verplicht zijn of nodig voor een taak van algemeen belang: boekhouding.\n\n  Dit recht geldt niet voor verwerkingen die nodig zijn om redenen van algemeen belang op het gebied van de volksgezondheid: zorg.\n- ",
            ),
            (
                "en",
                "no longer needed. Limit for “Cameras”: we keep the images an inquiry needs. This right does not apply to processing required by law or necessary for a task carried out in the public interest: accounting.\n\n  This right does not apply to processing necessary for reasons of public interest in the area of public health: care.\n- ",
            ),
        ] {
            let md = markdown(yaml, lang);
            assert!(md.contains(item), "{lang}:\n{md}");
            // A limit on a right the purpose does not give is not shown (lint N068).
            assert!(!md.contains("zzz"), "{lang}:\n{md}");
        }
    }

    /// Art. 15 gives confirmation that data are processed as well as a copy.
    #[test]
    fn the_right_of_access_includes_knowing_whether_data_are_processed() {
        let yaml = "notice: {id: t, languages: [fr, nl, en]}\n";
        for (lang, access) in [
            (
                "fr",
                "- **Droit d'accès\u{a0}:** savoir si nous traitons des données vous concernant et en obtenir une copie.",
            ),
            (
                "nl",
                "- **Recht van inzage:** weten of wij gegevens over u verwerken en er een kopie van krijgen.",
            ),
            (
                "en",
                "- **Right of access:** know whether we process data about you, and obtain a copy of them.",
            ),
        ] {
            let md = markdown(yaml, lang);
            assert!(md.contains(access), "{lang}:\n{md}");
        }
    }
}
