//! Purposes and data categories in the view: legal bases, special data, retention phrases,
//! whether data must be provided, and where data come from.

use anyhow::Result;
use serde::Serialize;

use super::{Builder, sentence};
use crate::declaration::{self as d, Event, Purpose, Retention, Text};
use crate::rights::{purpose_rights, uses_consent};

#[derive(Serialize)]
pub struct BasisView {
    pub name: String,
    /// A short name, for tables.
    pub short: String,
    pub article: &'static str,
}

#[derive(Serialize)]
pub struct PurposeView {
    pub id: String,
    pub label: String,
    pub description: Option<String>,
    /// The legal bases, in the declaration's order (none when it gives none).
    pub bases: Vec<BasisView>,
    pub legitimate_interests: Option<String>,
    pub law: Option<String>,
    pub special: Option<SpecialView>,
    pub criminal: Option<CriminalView>,
    pub data: Vec<String>,
    pub recipients: Vec<String>,
    /// One phrase per retention rule ("7 years after the end of the financial year").
    pub retention: Vec<String>,
    /// The same, joined, for tables.
    pub retention_short: Option<String>,
    /// Whether providing the data is required for this purpose (Art. 13(2)(e)).
    pub provision: Option<ProvisionView>,
    pub withdraw: Option<String>,
    pub direct_marketing: bool,
    pub automated_decision: bool,
    pub further_of: Option<String>,
    /// Names of the rights that apply.
    pub rights: Vec<String>,
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
pub struct ProvisionView {
    pub requirement: String,
    pub consequences: Option<String>,
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
    pub notes: Vec<String>,
}

impl Builder<'_> {
    pub(super) fn purpose(&self, p: &Purpose) -> Result<PurposeView> {
        let categories: Vec<&d::DataCategory> = p
            .data
            .iter()
            .filter_map(|id| self.decl.data_categories.iter().find(|c| c.id == *id))
            .collect();
        let special: Vec<String> = categories
            .iter()
            .filter(|c| c.special.is_some())
            .map(|c| self.category_label(&c.id))
            .collect();
        let criminal: Vec<String> = categories
            .iter()
            .filter(|c| c.criminal)
            .map(|c| self.category_label(&c.id))
            .collect();
        let retention = self.purpose_retention(p, &categories)?;
        let rights = purpose_rights(p);
        let mut right_names = Vec::new();
        for r in &rights {
            let name = self.msg(&format!("right-{}-name", r.id()), &[])?;
            if !right_names.contains(&name) {
                right_names.push(name);
            }
        }
        Ok(PurposeView {
            id: p.id.clone(),
            label: self.purpose_label(p),
            description: self.opt(&p.description),
            bases: p
                .legal_basis
                .iter()
                .map(|b| {
                    Ok(BasisView {
                        name: self.msg(&format!("basis-{}", d::name_of(&b)), &[])?,
                        short: self.msg(&format!("basis-short-{}", d::name_of(&b)), &[])?,
                        article: b.article(),
                    })
                })
                .collect::<Result<_>>()?,
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
            data: p.data.iter().map(|id| self.category_label(id)).collect(),
            recipients: p
                .recipients
                .iter()
                .map(|id| self.recipient_name(id))
                .collect(),
            retention_short: (!retention.is_empty()).then(|| {
                retention.join(
                    &self
                        .msg("semicolon", &[])
                        .unwrap_or_else(|_| "; ".to_owned()),
                )
            }),
            retention,
            provision: p
                .provision
                .as_ref()
                .map(|pr| self.provision(pr))
                .transpose()?
                .flatten(),
            withdraw: if uses_consent(p) {
                self.opt(&p.withdraw)
            } else {
                None
            },
            direct_marketing: p.direct_marketing,
            automated_decision: p.automated_decision.is_some(),
            further_of: p
                .further_processing_of
                .as_deref()
                .map(|id| self.purpose_label_by_id(id)),
            rights: right_names,
        })
    }

    /// The retention phrases of a purpose: its own rule, its per-category overrides, and the
    /// rules of its categories when the purpose has none.
    pub(super) fn purpose_retention(
        &self,
        p: &Purpose,
        categories: &[&d::DataCategory],
    ) -> Result<Vec<String>> {
        let mut out = Vec::new();
        if let Some(r) = &p.retention {
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
        }
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

    /// Art. 13(2)(e): whether the data must be provided, and what happens if they are not.
    pub(super) fn provision(&self, pr: &d::Provision) -> Result<Option<ProvisionView>> {
        let Some(req) = pr.requirement else {
            return Ok(None);
        };
        Ok(Some(ProvisionView {
            requirement: self.msg(&format!("provision-{}", d::name_of(&req)), &[])?,
            consequences: self.opt(&pr.consequences),
        }))
    }

    pub(super) fn category(&self, c: &d::DataCategory) -> Result<CategoryView> {
        let mut notes = Vec::new();
        if let Some(src) = c.source.as_ref().filter(|s| s.is_indirect()) {
            // Ended as a sentence where it follows a name; bare where it stands in for the name,
            // whose message supplies the punctuation.
            let bare = self
                .opt(&src.description)
                .map(|s| s.trim_end().trim_end_matches('.').to_owned());
            let description = self.opt(&src.description).map(|s| sentence(&s));
            let mut text = match (src.kind, &src.name, description) {
                (d::SourceKind::Public, Some(n), _) => {
                    self.msg("source-public", &[("name", n.clone().into())])?
                }
                (d::SourceKind::Public, None, Some(_)) => self.msg(
                    "source-public",
                    &[("name", bare.unwrap_or_default().into())],
                )?,
                (d::SourceKind::Public, None, None) => self.msg("source-public-unnamed", &[])?,
                (_, Some(n), Some(desc)) => self.msg(
                    "source-third_party-described",
                    &[("name", n.clone().into()), ("description", desc.into())],
                )?,
                (_, Some(n), None) => {
                    self.msg("source-third_party", &[("name", n.clone().into())])?
                }
                (_, None, Some(_)) => self.msg(
                    "source-third_party",
                    &[("name", bare.unwrap_or_default().into())],
                )?,
                (_, None, None) => self.msg("source-third_party-unnamed", &[])?,
            };
            if src.kind == d::SourceKind::ThirdParty && src.public == Some(true) {
                text = format!(
                    "{} {}",
                    sentence(&text),
                    self.msg("source-public-flag", &[])?
                );
            }
            notes.push(sentence(&text));
        }
        // How data are collected from the person themselves (at signature, through a form…).
        if let Some(src) = c.source.as_ref().filter(|s| !s.is_indirect())
            && let Some(desc) = self.opt(&src.description)
        {
            notes.push(sentence(
                &self.msg("source-data_subject", &[("description", desc.into())])?,
            ));
        }
        let from_subject = !c.source.as_ref().is_some_and(d::Source::is_indirect);
        if from_subject
            && let Some(pv) = c
                .provision
                .as_ref()
                .map(|pr| self.provision(pr))
                .transpose()?
                .flatten()
        {
            notes.push(match pv.consequences {
                Some(cons) => format!(
                    "{} {}",
                    pv.requirement,
                    self.msg("provision-consequences", &[("consequences", cons.into())])?
                ),
                None => pv.requirement,
            });
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
