//! Purposes and data categories in the view: legal bases, special data, retention phrases,
//! whether data must be provided, and where data come from.

use anyhow::Result;
use serde::Serialize;

use super::subjects::NoteView;
use super::{Builder, sentence};
use crate::declaration::{self as d, Event, Purpose, Retention, Text};
use crate::i18n::grammar::{lower_first, upper_first};

/// The purposes resting on the same legal bases, for the first layer: each fact of "why, on
/// which basis, how long" is stated there once.
#[derive(Serialize)]
pub struct BasisGroupView {
    /// The bases' names, joined and capitalised ("Performance of a contract…"); or that none
    /// is given.
    pub name: String,
    /// The provisions, for `cite()` ("6(1)(c)+6(1)(b)"); empty when no basis is given.
    pub article: String,
    pub purposes: Vec<PurposeLineView>,
}

/// A purpose in the first layer: its label and how long its data are kept.
#[derive(Serialize)]
pub struct PurposeLineView {
    pub label: String,
    /// One phrase per retention rule ("7 years after the end of the financial year"); a
    /// phrase saying none is given when the declaration gives none.
    pub retention: Vec<String>,
}

/// A purpose in the detail: what the first layer does not say.
#[derive(Serialize)]
pub struct PurposeView {
    pub id: String,
    pub label: String,
    pub description: Option<String>,
    pub legitimate_interests: Option<String>,
    pub law: Option<String>,
    pub special: Option<SpecialView>,
    pub criminal: Option<CriminalView>,
    /// Labels of the data subjects whose data the purpose processes.
    pub data_subjects: Vec<String>,
    /// Labels of the data categories used.
    pub data: Vec<String>,
    /// Whether providing the data is required for this purpose, and what happens if not
    /// (Art. 13(2)(e)), as a sentence.
    pub provision: Option<String>,
    /// The same for categories whose provision differs for this purpose, each as "Category:
    /// sentence".
    pub category_provisions: Vec<String>,
    pub further_of: Option<String>,
}

#[derive(Serialize)]
pub struct SpecialView {
    pub categories: Vec<String>,
    pub condition: String,
    pub article: &'static str,
    pub law: Option<String>,
}

#[derive(Serialize)]
pub struct CriminalView {
    pub categories: Vec<String>,
    pub basis: Option<String>,
}

#[derive(Serialize)]
pub struct CategoryView {
    pub id: String,
    pub label: String,
    pub description: Option<String>,
    pub special: Option<String>,
    pub criminal: bool,
    /// Sentences on where the data come from (Art. 14(2)(f)) and whether providing them is
    /// required (Art. 13(2)(e)).
    pub notes: Vec<NoteView>,
}

impl Builder<'_> {
    pub(super) fn purpose(&self, p: &Purpose) -> Result<PurposeView> {
        let categories = self.categories_of(p);
        let labels = |keep: fn(&d::DataCategory) -> bool| -> Vec<String> {
            categories
                .iter()
                .filter(|c| keep(c))
                .map(|c| self.category_label(&c.id))
                .collect()
        };
        let (special, criminal) = (labels(|c| c.special.is_some()), labels(|c| c.criminal));
        Ok(PurposeView {
            id: p.id.clone(),
            label: self.purpose_label(p),
            description: self.opt(&p.description),
            legitimate_interests: self.opt(&p.legitimate_interests),
            law: self.opt(&p.law),
            special: match p.special_condition {
                Some(c) if !special.is_empty() => Some(SpecialView {
                    categories: special,
                    condition: self.msg(&format!("condition-{}", d::name_of(&c)), &[])?,
                    article: c.article(),
                    law: self.opt(&p.special_law),
                }),
                _ => None,
            },
            criminal: (!criminal.is_empty()).then(|| CriminalView {
                categories: criminal,
                basis: self.opt(&p.criminal_basis),
            }),
            data_subjects: self.subject_labels(&p.data_subjects)?,
            data: p.data.iter().map(|id| self.category_label(id)).collect(),
            provision: p
                .provision
                .as_ref()
                .and_then(d::PurposeProvision::own)
                .map(|pr| self.provision(&pr))
                .transpose()?
                .flatten(),
            category_provisions: self.category_provisions(p)?,
            further_of: p
                .further_processing_of
                .as_deref()
                .map(|id| self.purpose_label_by_id(id)),
        })
    }

    fn categories_of(&self, p: &Purpose) -> Vec<&d::DataCategory> {
        p.data
            .iter()
            .filter_map(|id| self.decl.data_categories.iter().find(|c| c.id == *id))
            .collect()
    }

    /// The purposes grouped by their legal bases, in the order the declaration first uses
    /// each combination of bases.
    pub(super) fn basis_groups(&self) -> Result<Vec<BasisGroupView>> {
        let mut groups: Vec<(&[d::LegalBasis], BasisGroupView)> = Vec::new();
        for p in &self.decl.purposes {
            let bases = p.legal_basis.0.as_slice();
            let mut retention = self.purpose_retention(p, &self.categories_of(p))?;
            if retention.is_empty() {
                retention.push(self.msg("retention-missing", &[])?);
            }
            let line = PurposeLineView {
                label: self.purpose_label(p),
                retention,
            };
            if let Some((_, g)) = groups.iter_mut().find(|(b, _)| *b == bases) {
                g.purposes.push(line);
                continue;
            }
            let names = bases
                .iter()
                .map(|b| self.msg(&format!("basis-{}", d::name_of(b)), &[]))
                .collect::<Result<Vec<_>>>()?;
            let name = if names.is_empty() {
                self.msg("basis-missing", &[])?
            } else {
                self.locales.list(self.lang, &names)?
            };
            let article = bases
                .iter()
                .map(|b| b.article())
                .collect::<Vec<_>>()
                .join("+");
            groups.push((
                bases,
                BasisGroupView {
                    name: upper_first(&name),
                    article,
                    purposes: vec![line],
                },
            ));
        }
        Ok(groups.into_iter().map(|(_, g)| g).collect())
    }

    /// The retention phrases of a purpose: its own rule, its per-category overrides, and the
    /// rules of its categories when the purpose has none.
    pub(super) fn purpose_retention(
        &self,
        p: &Purpose,
        categories: &[&d::DataCategory],
    ) -> Result<Vec<String>> {
        let mut out = match &p.retention {
            Some(r) => self.rule_phrases(r)?,
            None => Vec::new(),
        };
        if p.retention
            .as_ref()
            .is_none_or(|r| r.duration.is_none() && r.criteria.is_none())
        {
            for c in categories {
                if let Some(Retention {
                    duration,
                    after,
                    criteria,
                    exception,
                    ..
                }) = &c.retention
                    && let Some(s) = self.retention_phrase(
                        *duration,
                        after.as_ref(),
                        criteria.as_ref(),
                        exception.as_ref(),
                    )?
                {
                    out.push(self.msg(
                        "retention-category",
                        &[
                            ("category", self.category_label(&c.id).into()),
                            ("retention", s.into()),
                        ],
                    )?);
                }
            }
        }
        Ok(out)
    }

    /// The phrases of one retention rule: its own period, then its per-category overrides.
    pub(super) fn rule_phrases(&self, r: &Retention) -> Result<Vec<String>> {
        let mut out = Vec::new();
        if let Some(s) = self.retention_phrase(
            r.duration,
            r.after.as_ref(),
            r.criteria.as_ref(),
            r.exception.as_ref(),
        )? {
            out.push(s);
        }
        for c in &r.per_category {
            if let Some(s) = self.retention_phrase(
                c.duration,
                c.after.as_ref(),
                c.criteria.as_ref(),
                c.exception.as_ref(),
            )? {
                out.push(self.msg(
                    "retention-category",
                    &[
                        ("category", self.category_label(&c.data).into()),
                        ("retention", s.into()),
                    ],
                )?);
            }
        }
        Ok(out)
    }

    pub(super) fn retention_phrase(
        &self,
        duration: Option<d::Duration>,
        after: Option<&Event>,
        criteria: Option<&Text>,
        exception: Option<&Text>,
    ) -> Result<Option<String>> {
        let mut phrase = match (duration, after) {
            (Some(dur), Some(ev)) => {
                let event = match ev {
                    Event::Known(id) => self.msg(&format!("event-{id}"), &[])?,
                    Event::Custom(t) => self.text(t),
                };
                Some(self.msg(
                    "retention-after",
                    &[
                        ("duration", self.locales.duration(self.lang, dur)?.into()),
                        ("event", event.into()),
                    ],
                )?)
            }
            (Some(dur), None) => Some(self.msg(
                "retention-for",
                &[("duration", self.locales.duration(self.lang, dur)?.into())],
            )?),
            (None, _) => None,
        };
        if let Some(c) = criteria {
            let c = self.text(c);
            phrase = Some(match phrase {
                Some(p) => format!("{p} ({c})"),
                None => c,
            });
        }
        if let (Some(p), Some(x)) = (&phrase, exception) {
            let x = self.msg("retention-exception", &[("exception", self.text(x).into())])?;
            phrase = Some(format!("{p}, {x}"));
        }
        Ok(phrase)
    }

    /// Art. 13(2)(e) in one sentence: whether the data must be provided and why, then what
    /// happens if they are not. The declaration's `consequences` is either the main clause
    /// that follows "if you do not provide them," (starting in lower case: "we cannot
    /// deliver.") or a sentence of its own (starting with a capital), shown after the
    /// requirement.
    pub(super) fn provision(&self, pr: &d::Provision) -> Result<Option<String>> {
        let Some(req) = pr.requirement else {
            return Ok(None);
        };
        let requirement = self.msg(&format!("provision-{}", d::name_of(&req)), &[])?;
        let alone = |requirement: String| {
            self.msg("provision-alone", &[("requirement", requirement.into())])
        };
        let text = match self.opt(&pr.consequences).map(|c| sentence(c.trim())) {
            None => alone(requirement)?,
            Some(c) if c.starts_with(char::is_uppercase) => format!("{} {c}", alone(requirement)?),
            Some(c) => self.msg(
                "provision-if-not",
                &[
                    ("requirement", requirement.into()),
                    ("consequences", c.into()),
                ],
            )?,
        };
        Ok(Some(upper_first(&text)))
    }

    /// "Category: sentence" for each category whose provision the purpose sets on its own.
    fn category_provisions(&self, p: &Purpose) -> Result<Vec<String>> {
        let Some(pp) = &p.provision else {
            return Ok(Vec::new());
        };
        let mut out = Vec::new();
        // As for a category's own provision: only data the person provides (lint N063).
        let provided = |id: &str| {
            self.decl
                .data_categories
                .iter()
                .find(|c| c.id == id)
                .is_none_or(d::DataCategory::is_provided)
        };
        for c in pp.per_category.iter().filter(|c| provided(&c.data)) {
            if let Some(provision) = self.provision(&c.provision())? {
                out.push(self.scoped_provision(self.category_label(&c.data), &provision)?);
            }
        }
        Ok(out)
    }

    /// An Art. 13(2)(e) sentence that concerns only some data or some people: "Mobile number:
    /// providing these data is optional…".
    fn scoped_provision(&self, whom: String, provision: &str) -> Result<String> {
        self.msg(
            "provision-scoped",
            &[
                ("whom", whom.into()),
                ("provision", lower_first(provision).into()),
            ],
        )
    }

    pub(super) fn category(&self, c: &d::DataCategory) -> Result<CategoryView> {
        let mut notes = self.source_notes(c)?;
        if c.is_provided()
            && let Some(provision) = c
                .provision
                .as_ref()
                .map(|pr| self.provision(pr))
                .transpose()?
                .flatten()
        {
            // Where only some groups provide the data themselves, the sentence is about them.
            let text = match self.providing_groups(c)? {
                Some(whom) => self.scoped_provision(whom, &provision)?,
                None => provision,
            };
            notes.push(NoteView::text(text));
        }
        Ok(CategoryView {
            id: c.id.clone(),
            label: self.category_label(&c.id),
            description: self.opt(&c.description),
            special: c
                .special
                .map(|s| self.msg(&format!("special-{}", d::name_of(&s)), &[]))
                .transpose()?,
            criminal: c.criminal,
            notes,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::super::Builder;
    use super::super::tests::renderer;
    use crate::declaration::{Declaration, Provision};

    /// Art. 13(2)(e) for every requirement, without consequences, with the clause that follows
    /// the lead-in, and with a sentence of its own, in every language.
    #[test]
    fn every_provision_combination_reads_as_one_sentence() {
        let (_, locales) = renderer();
        let decl: Declaration = serde_yaml::from_str("notice: {id: t}").unwrap();
        // (language, the requirements in declaration order, the lead-in, a clause, a sentence)
        let cases = [
            (
                "fr",
                [
                    "Fourniture exigée par la loi",
                    "Fourniture exigée par notre contrat avec vous",
                    "Fourniture nécessaire pour conclure le contrat",
                    "Fourniture facultative",
                ],
                "\u{202F}; sans ces données, ",
                "nous ne pouvons pas livrer",
                "Nous livrons alors en magasin.",
            ),
            (
                "nl",
                [
                    "Verstrekking is wettelijk verplicht",
                    "Verstrekking is contractueel verplicht",
                    "Verstrekking is vereist om de overeenkomst te sluiten",
                    "Verstrekking is niet verplicht",
                ],
                "; zonder deze gegevens ",
                "kunnen wij niet leveren",
                "Wij leveren dan in de winkel.",
            ),
            (
                "en",
                [
                    "Providing these data is required by law",
                    "Providing these data is required by our contract with you",
                    "Providing these data is required to enter into the contract",
                    "Providing these data is optional",
                ],
                "; without these data, ",
                "we cannot deliver",
                "We then deliver in the shop.",
            ),
        ];
        let requirements = [
            "statutory",
            "contractual",
            "contract_prerequisite",
            "voluntary",
        ];
        for (lang, phrases, lead, clause, own) in cases {
            let b = Builder {
                decl: &decl,
                lang,
                locales: &locales,
            };
            for (req, phrase) in requirements.iter().zip(phrases) {
                let sentence = |consequences: Option<&str>| {
                    let yaml = match consequences {
                        Some(c) => {
                            format!("{{requirement: {req}, consequences: {{{lang}: \"{c}\"}}}}")
                        }
                        None => format!("{{requirement: {req}}}"),
                    };
                    let p: Provision = serde_yaml::from_str(&yaml).unwrap();
                    b.provision(&p).unwrap().unwrap()
                };
                assert_eq!(sentence(None), format!("{phrase}."), "{lang} {req}");
                // The clause is ended with a full stop when the declaration leaves it out.
                assert_eq!(
                    sentence(Some(clause)),
                    format!("{phrase}{lead}{clause}."),
                    "{lang} {req}"
                );
                assert_eq!(
                    sentence(Some(&format!("{clause}."))),
                    format!("{phrase}{lead}{clause}."),
                    "{lang} {req}"
                );
                // A sentence of its own (capital first) follows the requirement as it is.
                assert_eq!(
                    sentence(Some(own)),
                    format!("{phrase}. {own}"),
                    "{lang} {req}"
                );
            }
        }
        let none: Provision = serde_yaml::from_str("{consequences: {en: x}}").unwrap();
        let b = Builder {
            decl: &decl,
            lang: "en",
            locales: &locales,
        };
        assert_eq!(
            b.provision(&none).unwrap(),
            None,
            "no requirement, no sentence"
        );
    }
}
