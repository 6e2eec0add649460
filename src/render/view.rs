//! What the content template sees: the declaration resolved for one language.
//!
//! Texts are picked in the page's language, ids are replaced by labels, rights are derived from
//! the legal bases, retention periods, dates and citations are phrased through the locale, and
//! countries and authorities come from the reference data. Every string here is plain text; the
//! template escapes it for Markdown when printing.

use anyhow::Result;
use serde::Serialize;

use crate::declaration::{
    self as d, ContactPoint, Declaration, Event, LegalBasis, Presence, Purpose, Retention, Text,
};
use crate::i18n::{Arg, Locales};
use crate::reference::{AuthorityInfo, reference};
use crate::rights::{Right, purpose_rights, rights_contact, uses_consent};

mod practices;
use practices::{ComplianceView, DisclosureView, GlossaryView, SeparateView, StorageView};

#[derive(Serialize)]
pub struct View {
    pub title: String,
    pub effective: String,
    pub version: Option<String>,
    pub introduction: Option<String>,
    pub controller: ControllerView,
    pub dpo: Option<PersonView>,
    pub dpo_none: bool,
    pub representative: Option<PersonView>,
    pub joint_controllers: Vec<JointView>,
    pub purposes: Vec<PurposeView>,
    pub data_categories: Vec<CategoryView>,
    pub recipients: Vec<RecipientView>,
    pub transfers: Vec<TransferView>,
    /// True when every recipient is known to be in the EEA.
    pub no_transfers: bool,
    pub automated_decisions: Vec<AutomatedView>,
    pub processor_activities: Vec<ProcessorView>,
    pub cookies: Option<CookiesView>,
    pub security: Vec<String>,
    pub rights: RightsView,
    pub objection: Option<ObjectionView>,
    pub consent: Option<ConsentView>,
    pub authority: Option<AuthorityView>,
    pub changes: Option<String>,
    pub history: Vec<HistoryView>,
    pub separate_documents: Vec<SeparateView>,
    pub paper_copy: bool,
    pub confidentiality: Vec<String>,
    pub storage: Option<StorageView>,
    pub disclosure: Option<DisclosureView>,
    pub compliance: Option<ComplianceView>,
    pub glossary: Vec<GlossaryView>,
}

#[derive(Serialize, Default)]
pub struct ContactView {
    pub address: Vec<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub form: Option<String>,
}

#[derive(Serialize)]
pub struct ControllerView {
    pub name: String,
    pub trade_names: Vec<String>,
    pub company_number: Option<String>,
    pub country: Option<String>,
    pub website: Option<String>,
    pub contact: ContactView,
}

#[derive(Serialize)]
pub struct PersonView {
    pub name: Option<String>,
    pub country: Option<String>,
    pub contact: ContactView,
}

#[derive(Serialize)]
pub struct JointView {
    pub id: String,
    pub name: String,
    pub essence: Option<String>,
    pub purposes: Vec<String>,
    pub contact_point: Option<&'static str>,
    pub notice_url: Option<String>,
    pub has_contact: bool,
    pub contact: ContactView,
}

#[derive(Serialize)]
pub struct PurposeView {
    pub id: String,
    pub label: String,
    pub description: Option<String>,
    pub basis: Option<String>,
    /// A short name of the basis, for tables.
    pub basis_short: Option<String>,
    pub basis_article: Option<&'static str>,
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

#[derive(Serialize)]
pub struct RecipientView {
    pub id: String,
    pub name: String,
    pub role: Option<String>,
    pub service: Option<String>,
    pub country: Option<String>,
    pub notice_url: Option<String>,
    pub group_company: bool,
    pub list_url: Option<String>,
}

#[derive(Serialize)]
pub struct TransferView {
    pub recipient: String,
    pub country: String,
    pub mechanism: String,
    pub copy: Option<String>,
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

#[derive(Serialize)]
pub struct ProcessorView {
    pub client: String,
    pub description: Option<String>,
    pub client_notice: Option<String>,
    pub rights: Option<String>,
}

#[derive(Serialize)]
pub struct CookiesView {
    pub policy_url: Option<String>,
    pub description: Option<String>,
    pub trackers: Vec<TrackerView>,
    pub manage: Option<String>,
}

#[derive(Serialize)]
pub struct TrackerView {
    pub name: String,
    pub provider: Option<String>,
    pub purpose: Option<String>,
    pub duration: Option<String>,
    pub essential: bool,
}

#[derive(Serialize)]
pub struct RightsView {
    pub list: Vec<RightView>,
    pub contact: ContactView,
    pub identity_check: Option<String>,
    /// The organisation's own words on complaints.
    pub complaint: Option<String>,
}

#[derive(Serialize)]
pub struct RightView {
    pub id: &'static str,
    pub name: String,
    pub article: &'static str,
    /// The purposes it is limited to, when it does not apply to all.
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
pub struct ConsentView {
    pub purposes: Vec<String>,
    pub how: Vec<WithdrawView>,
}

#[derive(Serialize)]
pub struct WithdrawView {
    pub purpose: String,
    pub how: String,
}

#[derive(Serialize)]
pub struct AuthorityView {
    pub name: String,
    pub abbreviation: Option<String>,
    pub address: Vec<String>,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub website: Option<String>,
    pub complaint_url: Option<String>,
}

#[derive(Serialize)]
pub struct HistoryView {
    pub date: String,
    pub summary: Option<String>,
}

/// Builds views for one declaration; holds the language and the locale.
pub struct Builder<'a> {
    pub decl: &'a Declaration,
    pub lang: &'a str,
    pub locales: &'a Locales,
}

impl Builder<'_> {
    fn msg(&self, id: &str, args: &[(&str, Arg)]) -> Result<String> {
        self.locales.msg(self.lang, id, args)
    }

    /// Text in this page's language; a missing translation falls back to the notice's default
    /// language (lint reports the gap, and `build` refuses to publish while it is an error).
    fn text(&self, t: &Text) -> String {
        t.get(self.lang)
            .or_else(|| {
                self.decl
                    .notice
                    .default_language
                    .as_deref()
                    .and_then(|l| t.get(l))
            })
            .or_else(|| t.variants().first().map(|(_, s)| *s))
            .unwrap_or_default()
            .to_owned()
    }

    fn opt(&self, t: &Option<Text>) -> Option<String> {
        t.as_ref()
            .map(|t| self.text(t))
            .filter(|s| !s.trim().is_empty())
    }

    fn country(&self, code: &str) -> String {
        reference()
            .country(code)
            .map_or_else(|_| code.to_owned(), |c| c.name(self.lang).to_owned())
    }

    fn category_label(&self, id: &str) -> String {
        self.decl
            .data_categories
            .iter()
            .find(|c| c.id == id)
            .and_then(|c| self.opt(&c.label))
            .unwrap_or_else(|| id.to_owned())
    }

    fn recipient_name(&self, id: &str) -> String {
        self.decl
            .recipients
            .iter()
            .find(|r| r.id == id)
            .map_or_else(|| id.to_owned(), |r| self.recipient_label(r))
    }

    fn recipient_label(&self, r: &d::Recipient) -> String {
        r.name
            .clone()
            .or_else(|| self.opt(&r.category))
            .unwrap_or_else(|| r.id.clone())
    }

    fn purpose_label(&self, p: &Purpose) -> String {
        self.opt(&p.label).unwrap_or_else(|| p.id.clone())
    }

    fn purpose_label_by_id(&self, id: &str) -> String {
        self.decl
            .purposes
            .iter()
            .find(|p| p.id == id)
            .map_or_else(|| id.to_owned(), |p| self.purpose_label(p))
    }

    fn contact(&self, c: &d::Contact) -> ContactView {
        ContactView {
            address: c
                .address
                .as_ref()
                .map(|a| lines(&self.text(a)))
                .unwrap_or_default(),
            email: c.email.clone(),
            phone: c.phone.clone(),
            form: c.form.clone(),
        }
    }

    /// The notice's title: the declared one, or "Privacy notice — <controller>".
    pub fn title(&self, controller: &str) -> Result<String> {
        match &self.decl.notice.title {
            Some(t) => Ok(self.text(t)),
            None => self.msg("title-default", &[("controller", controller.into())]),
        }
    }

    pub fn build(&self) -> Result<View> {
        let decl = self.decl;
        let notice = &decl.notice;
        let controller = self.controller();
        let title = self.title(&controller.name)?;
        let effective = match notice.effective {
            Some(date) => self.locales.date(self.lang, date)?,
            None => String::new(),
        };
        let purposes = decl
            .purposes
            .iter()
            .map(|p| self.purpose(p))
            .collect::<Result<Vec<_>>>()?;
        let (transfers, no_transfers) = self.transfers()?;
        Ok(View {
            title,
            effective,
            version: notice.version.clone(),
            introduction: self.opt(&notice.introduction),
            dpo: match &decl.dpo {
                Some(Presence::Some(dpo)) => Some(PersonView {
                    name: dpo.name.clone(),
                    country: None,
                    contact: self.contact(&dpo.contact),
                }),
                _ => None,
            },
            dpo_none: matches!(decl.dpo, Some(Presence::None)),
            representative: match &decl.representative {
                Some(Presence::Some(r)) => Some(PersonView {
                    name: r.name.clone(),
                    country: r.country.as_deref().map(|c| self.country(c)),
                    contact: self.contact(&r.contact),
                }),
                _ => None,
            },
            joint_controllers: decl
                .joint_controllers
                .iter()
                .map(|j| JointView {
                    id: j.id.clone(),
                    name: j.name.clone().unwrap_or_else(|| j.id.clone()),
                    essence: self.opt(&j.essence),
                    purposes: j
                        .purposes
                        .iter()
                        .map(|p| self.purpose_label_by_id(p))
                        .collect(),
                    contact_point: j.contact_point.map(|c| match c {
                        ContactPoint::Us => "us",
                        ContactPoint::Them => "them",
                    }),
                    notice_url: j.notice_url.clone(),
                    has_contact: !j.contact.is_empty(),
                    contact: self.contact(&j.contact),
                })
                .collect(),
            data_categories: decl
                .data_categories
                .iter()
                .map(|c| self.category(c))
                .collect::<Result<Vec<_>>>()?,
            recipients: decl
                .recipients
                .iter()
                .map(|r| {
                    Ok(RecipientView {
                        id: r.id.clone(),
                        name: self.recipient_label(r),
                        role: r
                            .role
                            .map(|role| self.msg(&format!("role-{}", d::name_of(&role)), &[]))
                            .transpose()?,
                        service: self.opt(&r.service),
                        country: r.country.as_deref().map(|c| self.country(c)),
                        notice_url: r.notice_url.clone(),
                        group_company: r.group_company,
                        list_url: r.list_url.clone(),
                    })
                })
                .collect::<Result<Vec<_>>>()?,
            transfers,
            no_transfers,
            automated_decisions: self.automated()?,
            processor_activities: decl
                .processor_activities
                .iter()
                .map(|a| ProcessorView {
                    client: a
                        .client
                        .clone()
                        .or_else(|| self.opt(&a.client_category))
                        .unwrap_or_else(|| a.id.clone()),
                    description: self.opt(&a.description),
                    client_notice: a.client_notice.clone(),
                    rights: self.opt(&a.rights),
                })
                .collect(),
            cookies: decl.cookies.as_ref().map(|c| self.cookies(c)).transpose()?,
            security: decl.security.iter().map(|s| self.text(s)).collect(),
            rights: self.rights(&purposes)?,
            objection: self.objection(),
            consent: self.consent(),
            authority: self.authority(),
            changes: self.opt(&notice.changes),
            history: notice
                .history
                .iter()
                .map(|h| {
                    Ok(HistoryView {
                        date: self.locales.date(self.lang, h.effective)?,
                        summary: self.opt(&h.summary),
                    })
                })
                .collect::<Result<Vec<_>>>()?,
            separate_documents: self.separate_documents(),
            paper_copy: notice.paper_copy,
            confidentiality: self.texts(&decl.confidentiality),
            storage: self.storage(),
            disclosure: self.disclosure(),
            compliance: self.compliance(),
            glossary: self.glossary(),
            controller,
            purposes,
        })
    }

    fn controller(&self) -> ControllerView {
        match &self.decl.controller {
            Some(c) => {
                let country = c.country.as_deref().map(|code| self.country(code));
                let mut contact = self.contact(&c.contact);
                // The country closes the postal address.
                if let Some(country) = &country
                    && !contact.address.is_empty()
                {
                    contact.address.push(country.clone());
                }
                ControllerView {
                    name: c.name.clone().unwrap_or_default(),
                    trade_names: c.trade_names.clone(),
                    company_number: c.company_number.clone(),
                    country,
                    website: c.website.clone(),
                    contact,
                }
            }
            None => ControllerView {
                name: String::new(),
                trade_names: Vec::new(),
                company_number: None,
                country: None,
                website: None,
                contact: ContactView::default(),
            },
        }
    }

    fn purpose(&self, p: &Purpose) -> Result<PurposeView> {
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
            basis: p
                .legal_basis
                .map(|b| self.msg(&format!("basis-{}", d::name_of(&b)), &[]))
                .transpose()?,
            basis_short: p
                .legal_basis
                .map(|b| self.msg(&format!("basis-short-{}", d::name_of(&b)), &[]))
                .transpose()?,
            basis_article: p.legal_basis.map(LegalBasis::article),
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
    fn purpose_retention(
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

    fn retention_phrase(
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
    fn provision(&self, pr: &d::Provision) -> Result<Option<ProvisionView>> {
        let Some(req) = pr.requirement else {
            return Ok(None);
        };
        Ok(Some(ProvisionView {
            requirement: self.msg(&format!("provision-{}", d::name_of(&req)), &[])?,
            consequences: self.opt(&pr.consequences),
        }))
    }

    fn category(&self, c: &d::DataCategory) -> Result<CategoryView> {
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

    fn transfers(&self) -> Result<(Vec<TransferView>, bool)> {
        let mut out = Vec::new();
        let mut all_known = true;
        for r in &self.decl.recipients {
            let Some(code) = r.country.as_deref() else {
                all_known = false;
                continue;
            };
            match reference().country(code) {
                Ok(c) if c.inside_eea() => continue,
                Ok(_) => {}
                Err(_) => {
                    all_known = false;
                    continue;
                }
            }
            out.push(TransferView {
                recipient: self.recipient_label(r),
                country: self.country(code),
                mechanism: self.mechanism(code, r.transfer.as_ref())?,
                copy: r.transfer.as_ref().and_then(|t| t.copy.clone()),
            });
        }
        Ok((out, all_known))
    }

    /// The sentence saying how a transfer to `country` is safeguarded.
    fn mechanism(&self, country: &str, transfer: Option<&d::Transfer>) -> Result<String> {
        let reference = reference();
        let Some(id) = transfer.and_then(|t| t.mechanism.as_deref()) else {
            return self.msg("transfer-missing", &[]);
        };
        let Some(safeguard) = reference.safeguard(id) else {
            return self.msg("transfer-missing", &[]);
        };
        let article = self.locales.cite(self.lang, safeguard.article())?;
        match id {
            "adequacy" | "dpf" => {
                let Some(adequacy) = reference.adequacy(country) else {
                    return self.msg("transfer-missing", &[]);
                };
                let decision = match adequacy.act() {
                    Some(act) => self.locales.act(self.lang, act, adequacy.renewed())?,
                    None => adequacy.decision().to_owned(),
                };
                let message = if id == "dpf" {
                    "transfer-dpf"
                } else {
                    "transfer-adequacy"
                };
                let mut s = self.msg(
                    message,
                    &[("decision", decision.into()), ("article", article.into())],
                )?;
                if id == "adequacy"
                    && let Some(scope) = adequacy.scope_description(self.lang)
                {
                    s = format!(
                        "{s} {}",
                        self.msg("transfer-adequacy-scope", &[("scope", scope.into())])?
                    );
                }
                Ok(s)
            }
            "compelling_legitimate_interests" => {
                let interests = transfer
                    .and_then(|t| self.opt(&t.interests))
                    .unwrap_or_default();
                self.msg(
                    "transfer-compelling",
                    &[("interests", interests.into()), ("article", article.into())],
                )
            }
            _ if safeguard.is_derogation() => self.msg(
                "transfer-derogation",
                &[
                    ("derogation", safeguard.name(self.lang).into()),
                    ("article", article.into()),
                ],
            ),
            _ => {
                let mut s = self.msg(
                    "transfer-safeguard",
                    &[
                        ("safeguard", safeguard.name(self.lang).into()),
                        ("article", article.into()),
                    ],
                )?;
                if let Some(act) = safeguard.act() {
                    let decision = self.locales.act(self.lang, act, None)?;
                    s = format!(
                        "{s} {}",
                        self.msg("transfer-scc-decision", &[("decision", decision.into())])?
                    );
                }
                Ok(s)
            }
        }
    }

    fn automated(&self) -> Result<Vec<AutomatedView>> {
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

    fn cookies(&self, c: &d::Cookies) -> Result<CookiesView> {
        Ok(CookiesView {
            policy_url: c.policy_url.clone(),
            description: self.opt(&c.description),
            manage: self.opt(&c.manage),
            trackers: c
                .trackers
                .iter()
                .map(|t| {
                    Ok(TrackerView {
                        // A tracker known only by what it does is shown by its label.
                        name: match (t.name.trim(), self.opt(&t.label)) {
                            ("", Some(label)) => label,
                            (name, _) => name.to_owned(),
                        },
                        provider: t.provider.clone(),
                        purpose: self.opt(&t.purpose),
                        duration: t
                            .duration
                            .map(|d| self.locales.duration(self.lang, d))
                            .transpose()?,
                        essential: t.essential,
                    })
                })
                .collect::<Result<Vec<_>>>()?,
        })
    }

    /// Rights in the order of the GDPR, each with the purposes it is limited to. Objection and
    /// consent withdrawal are listed too; their details have sections of their own.
    fn rights(&self, _purposes: &[PurposeView]) -> Result<RightsView> {
        let per_purpose: Vec<(&Purpose, Vec<Right>)> = self
            .decl
            .purposes
            .iter()
            .map(|p| (p, purpose_rights(p)))
            .collect();
        let mut list = Vec::new();
        for right in Right::ALL {
            // Both kinds of objection are listed once, as "right to object": `Object` is listed
            // whenever any purpose gives either (see `listed` below), so this one never is.
            if right == Right::ObjectMarketing {
                continue;
            }
            let having: Vec<&Purpose> = per_purpose
                .iter()
                .filter(|(_, r)| r.contains(&right))
                .map(|(p, _)| *p)
                .collect();
            let all_have = having.len() == per_purpose.len();
            let listed = match right {
                Right::Object => {
                    !having.is_empty()
                        || per_purpose
                            .iter()
                            .any(|(_, r)| r.contains(&Right::ObjectMarketing))
                }
                _ => {
                    !having.is_empty()
                        || (per_purpose.is_empty()
                            && matches!(
                                right,
                                Right::Access
                                    | Right::Rectification
                                    | Right::Erasure
                                    | Right::Restriction
                                    | Right::Complaint
                            ))
                }
            };
            if !listed {
                continue;
            }
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
        let contact = rights_contact(decl).map(|(_, c)| c);
        Ok(RightsView {
            list,
            contact: contact.map(|c| self.contact(c)).unwrap_or_default(),
            identity_check: decl
                .rights
                .as_ref()
                .and_then(|r| self.opt(&r.identity_check)),
            complaint: decl.rights.as_ref().and_then(|r| self.opt(&r.complaint)),
        })
    }

    /// Art. 21(4): the right to object, set apart, when a purpose rests on 6(1)(e)/(f) or is
    /// direct marketing.
    fn objection(&self) -> Option<ObjectionView> {
        let general: Vec<String> = self
            .decl
            .purposes
            .iter()
            .filter(|p| {
                matches!(
                    p.legal_basis,
                    Some(LegalBasis::PublicTask | LegalBasis::LegitimateInterests)
                )
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

    fn consent(&self) -> Option<ConsentView> {
        let purposes: Vec<&Purpose> = self
            .decl
            .purposes
            .iter()
            .filter(|p| uses_consent(p))
            .collect();
        (!purposes.is_empty()).then(|| ConsentView {
            purposes: purposes.iter().map(|p| self.purpose_label(p)).collect(),
            how: purposes
                .iter()
                .filter_map(|p| {
                    Some(WithdrawView {
                        purpose: self.purpose_label(p),
                        how: self.opt(&p.withdraw)?,
                    })
                })
                .collect(),
        })
    }

    fn authority(&self) -> Option<AuthorityView> {
        let r = self.decl.supervisory_authority.as_ref()?;
        let reference = reference();
        let a: &dyn AuthorityInfo = match &r.region {
            Some(region) => reference.regional_authority(&r.country, region).ok()?,
            None => reference.authority(&r.country).ok()?,
        };
        let lang = self.lang;
        Some(AuthorityView {
            name: a.name(lang).to_owned(),
            abbreviation: a
                .abbreviation_in(lang)
                // A native name shown for want of an official one keeps its own abbreviation (CNIL);
                // an official name never gets another language's (no "GBA" in English).
                .or_else(|| {
                    if a.has_name_in(lang) {
                        None
                    } else {
                        a.abbreviation(lang)
                    }
                })
                .map(str::to_owned),
            address: a.address(lang).map(lines).unwrap_or_default(),
            phone: a.phone().map(str::to_owned),
            email: a.email().map(str::to_owned),
            website: Some(a.website(lang).to_owned()),
            complaint_url: a.complaint_url(lang).map(str::to_owned),
        })
    }
}

/// Address lines: the declaration writes them one per line (or separated by commas on one line).
fn lines(s: &str) -> Vec<String> {
    let parts: Vec<&str> = if s.contains('\n') {
        s.lines().collect()
    } else {
        vec![s]
    };
    parts
        .into_iter()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_owned)
        .collect()
}

/// Ends `s` with a full stop unless it already ends a sentence.
fn sentence(s: &str) -> String {
    let t = s.trim_end();
    if t.ends_with(['.', '!', '?', '…', ')', '»', '”']) {
        t.to_owned()
    } else {
        format!("{t}.")
    }
}
