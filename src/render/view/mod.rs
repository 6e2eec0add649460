//! What the content template sees: the declaration resolved for one language.
//!
//! Texts are picked in the page's language, ids are replaced by labels, rights are derived from
//! the legal bases, retention periods, dates and citations are phrased through the locale, and
//! countries and authorities come from the reference data. Every string here is plain text; the
//! template escapes it for Markdown when printing.

use anyhow::Result;
use serde::Serialize;

use crate::declaration::{self as d, ContactPoint, Declaration, Presence, Purpose, Text};
use crate::i18n::grammar::upper_first;
use crate::i18n::{Arg, Locales};
use crate::reference::Reference;

mod grounds;
mod practices;
mod processor;
mod purposes;
pub mod register;
pub mod resolved;
mod rights;
mod sharing;
mod subjects;

use practices::{ComplianceView, DisclosureView, GlossaryView, SeparateView, StorageView};
use processor::ProcessorView;
use purposes::{BasisGroupView, CategoryView, PurposeView};
use rights::{AutomatedView, ObjectionView, RightsView};
use sharing::{CookiesView, RecipientGroupView, TransferView};
use subjects::SubjectView;

#[derive(Serialize)]
pub struct View {
    pub title: String,
    pub effective: String,
    pub version: Option<String>,
    pub introduction: Option<String>,
    pub illustration: Option<IllustrationView>,
    pub controller: ControllerView,
    pub dpo: Option<PersonView>,
    pub dpo_none: bool,
    pub representative: Option<PersonView>,
    pub joint_controllers: Vec<JointView>,
    /// The first layer's "why, on which basis, how long": purposes grouped by legal bases.
    pub bases: Vec<BasisGroupView>,
    pub purposes: Vec<PurposeView>,
    /// Whose data: every group of data subjects with who belongs to it, when one says so.
    pub data_subjects: Vec<SubjectView>,
    pub data_categories: Vec<CategoryView>,
    pub recipient_groups: Vec<RecipientGroupView>,
    /// The first layer's "who receives them", by role; none without recipients.
    pub recipients_summary: Option<String>,
    pub transfers: Vec<TransferView>,
    /// The destinations outside the EEA, each once, for the first layer.
    pub transfer_countries: Vec<String>,
    /// True when every recipient is known to be in the EEA.
    pub no_transfers: bool,
    pub automated_decisions: Vec<AutomatedView>,
    pub processor_activities: Vec<ProcessorView>,
    pub cookies: Option<CookiesView>,
    pub security: Vec<String>,
    pub rights: RightsView,
    pub objection: Option<ObjectionView>,
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
    /// Set by `build --draft`: the banner and the findings at the end.
    pub draft: Option<super::draft::DraftView>,
}

/// Also part of the JSON output ([`resolved`]), hence its schema.
#[derive(Serialize, Default, schemars::JsonSchema)]
pub struct ContactView {
    pub address: Vec<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub form: Option<String>,
}

#[derive(Serialize)]
pub struct ControllerView {
    pub name: String,
    /// "trading as A and B", agreeing in number with the names; none without trade names.
    pub trade_names: Option<String>,
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

/// Also part of the JSON output ([`resolved`]), hence its schema.
#[derive(Serialize, schemars::JsonSchema)]
pub struct AuthorityView {
    pub name: String,
    pub abbreviation: Option<String>,
    pub address: Vec<String>,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub website: Option<String>,
    pub complaint_url: Option<String>,
}

/// Also part of the JSON output ([`resolved`]).
#[derive(Serialize, schemars::JsonSchema)]
pub struct IllustrationView {
    /// Where the facts come from (the published notice this one completes).
    pub note: Option<String>,
    /// Each fact the original does not state and that was assumed to complete it.
    pub assumptions: Vec<String>,
}

#[derive(Serialize)]
pub struct HistoryView {
    pub date: String,
    pub summary: Option<String>,
}

/// Builds views for one declaration; holds the language, the locale and the reference data.
pub struct Builder<'a> {
    pub decl: &'a Declaration,
    pub lang: &'a str,
    pub locales: &'a Locales,
    pub reference: &'a Reference,
}

impl Builder<'_> {
    fn msg(&self, id: &str, args: &[(&str, Arg)]) -> Result<String> {
        self.locales.msg(self.lang, id, args)
    }

    /// Text in this page's language; a missing translation falls back to the notice's default
    /// language (lint reports the gap, and `build` refuses to publish while it is an error).
    pub(crate) fn text(&self, t: &Text) -> String {
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

    /// The name of a country or other destination; an unknown code is shown as written (lint
    /// reports it, and `build` refuses to publish it).
    fn country(&self, code: &str) -> Result<String> {
        match self.reference.destination(code) {
            Ok(d) => Ok(d.name(self.lang)?.to_owned()),
            Err(_) => Ok(code.to_owned()),
        }
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
        self.opt(&r.name)
            .or_else(|| self.opt(&r.category))
            .unwrap_or_else(|| r.id.clone())
    }

    /// A recipient at the start of a list item. A category, written in lower case to run into
    /// sentences ("our accountant"), takes a capital there; a name stays as its owner writes it
    /// ("bpost").
    pub(super) fn recipient_item(&self, r: &d::Recipient) -> String {
        match self.opt(&r.name) {
            Some(name) => name,
            None => upper_first(&self.recipient_label(r)),
        }
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
        let controller = self.controller()?;
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
        let (transfers, transfer_countries, all_known) = self.transfers()?;
        let no_transfers = all_known && transfers.is_empty();
        let (recipient_groups, recipients_summary) = self.recipient_groups()?;
        Ok(View {
            title,
            effective,
            version: notice.version.clone(),
            introduction: self.opt(&notice.introduction),
            illustration: self.illustration(),
            dpo: match &decl.dpo {
                Some(Presence::Some(dpo)) => Some(PersonView {
                    name: self.opt(&dpo.name),
                    country: None,
                    contact: self.contact(&dpo.contact),
                }),
                _ => None,
            },
            dpo_none: matches!(decl.dpo, Some(Presence::None)),
            representative: match &decl.representative {
                Some(Presence::Some(r)) => Some(PersonView {
                    name: self.opt(&r.name),
                    country: r.country.as_deref().map(|c| self.country(c)).transpose()?,
                    contact: self.contact(&r.contact),
                }),
                _ => None,
            },
            joint_controllers: decl
                .joint_controllers
                .iter()
                .map(|j| {
                    Ok(JointView {
                        id: j.id.clone(),
                        name: self.opt(&j.name).unwrap_or_else(|| j.id.clone()),
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
                        has_contact: !j.contact.is_empty() || j.country.is_some(),
                        contact: {
                            // The country closes the postal address, or stands alone without one.
                            let mut contact = self.contact(&j.contact);
                            contact
                                .address
                                .extend(j.country.as_deref().map(|c| self.country(c)).transpose()?);
                            contact
                        },
                    })
                })
                .collect::<Result<Vec<_>>>()?,
            data_subjects: self.subjects()?,
            data_categories: decl
                .data_categories
                .iter()
                .map(|c| self.category(c))
                .collect::<Result<Vec<_>>>()?,
            bases: self.basis_groups()?,
            recipient_groups,
            recipients_summary,
            transfers,
            transfer_countries,
            no_transfers,
            automated_decisions: self.automated()?,
            processor_activities: self.processor_activities()?,
            cookies: decl.cookies.as_ref().map(|c| self.cookies(c)).transpose()?,
            security: decl.security.iter().map(|s| self.text(s)).collect(),
            rights: self.rights()?,
            objection: self.objection()?,
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
            storage: self.storage()?,
            disclosure: self.disclosure(),
            compliance: self.compliance(),
            glossary: self.glossary(),
            draft: None,
            controller,
            purposes,
        })
    }

    fn controller(&self) -> Result<ControllerView> {
        Ok(match &self.decl.controller {
            Some(c) => {
                let country = c
                    .country
                    .as_deref()
                    .map(|code| self.country(code))
                    .transpose()?;
                let mut contact = self.contact(&c.contact);
                // The country closes the postal address.
                if let Some(country) = &country
                    && !contact.address.is_empty()
                {
                    contact.address.push(country.clone());
                }
                let trade_names = match c.trade_names.len() {
                    0 => None,
                    n => Some(self.msg(
                        "trade-names",
                        &[
                            (
                                "names",
                                self.locales.list(self.lang, &c.trade_names)?.into(),
                            ),
                            ("count", Arg::Num(i64::try_from(n)?)),
                        ],
                    )?),
                };
                ControllerView {
                    name: c.name.clone().unwrap_or_default(),
                    trade_names,
                    company_number: c.company_number.clone(),
                    country,
                    website: c.website.clone(),
                    contact,
                }
            }
            None => ControllerView {
                name: String::new(),
                trade_names: None,
                company_number: None,
                country: None,
                website: None,
                contact: ContactView::default(),
            },
        })
    }

    fn illustration(&self) -> Option<IllustrationView> {
        let i = self.decl.notice.illustration.as_ref()?;
        Some(IllustrationView {
            note: self.opt(&i.note),
            assumptions: self.texts(&i.assumptions),
        })
    }

    fn authority(&self) -> Option<AuthorityView> {
        let r = self.decl.supervisory_authority.as_ref()?;
        let a = r.resolve(self.reference).ok()?.info();
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

#[cfg(test)]
pub(super) mod tests {
    use std::sync::Arc;

    use crate::i18n::Locales;
    use crate::reference::tests::builtin;
    use crate::render::Renderer;
    use crate::render::templates::TemplateSet;

    /// The built-in templates, locales and reference data, for tests that render a declaration.
    pub fn renderer() -> (Renderer, Arc<Locales>) {
        let locales = Arc::new(Locales::load(None).unwrap());
        let templates = TemplateSet::load(None).unwrap();
        (
            Renderer::new(templates, Arc::clone(&locales), builtin(), None).unwrap(),
            locales,
        )
    }

    fn markdown(yaml: &str, lang: &str) -> String {
        let (r, _) = renderer();
        let decl: crate::declaration::Declaration = serde_yaml::from_str(yaml).unwrap();
        r.markdown(&decl, lang).unwrap()
    }

    /// Trade names agree in number with the phrase that introduces them, and are joined as the
    /// language joins a list.
    #[test]
    fn trade_names_agree_in_number() {
        for (lang, one, two) in [
            (
                "fr",
                "(nom commercial\u{a0}: Zenne)",
                "(noms commerciaux\u{a0}: Zenne et Vélo Senne)",
            ),
            (
                "nl",
                "(handelend onder de naam Zenne)",
                "(handelend onder de namen Zenne en Vélo Senne)",
            ),
            (
                "en",
                "(trading as Zenne)",
                "(trading as Zenne and Vélo Senne)",
            ),
        ] {
            for (names, expected) in [("[Zenne]", one), ("[Zenne, Vélo Senne]", two)] {
                let yaml = format!(
                    "notice: {{id: t, languages: [{lang}]}}\ncontroller: {{name: Zenne SRL, trade_names: {names}}}\n"
                );
                let md = markdown(&yaml, lang);
                assert!(
                    md.contains(&format!("**Zenne SRL** {expected}")),
                    "{lang}:\n{md}"
                );
            }
        }
    }

    /// A joint controller's contact details have a lead-in and follow the sentence that names it.
    #[test]
    fn a_joint_controllers_contact_follows_its_introduction() {
        let yaml = "notice: {id: t, languages: [fr, nl, en]}\njoint_controllers:\n  - id: f\n    name: Fête ASBL\n    contact: {email: info@fete.example}\n    essence: {fr: Un accord., nl: Een regeling., en: An arrangement.}\n";
        for (lang, intro_end, lead) in [
            (
                "fr",
                "(article 26 du RGPD).",
                "Contact\u{a0}:\\\nCourriel\u{a0}: [info@fete.example]",
            ),
            (
                "nl",
                "(artikel 26 AVG).",
                "Contact met Fête ASBL:\\\nE-mail: [info@fete.example]",
            ),
            (
                "en",
                "(Article 26 GDPR).",
                "Contact:\\\nEmail: [info@fete.example]",
            ),
        ] {
            let md = markdown(yaml, lang);
            assert!(
                md.contains(&format!("{intro_end}\n\n{lead}")),
                "{lang}:\n{md}"
            );
            // Once, before the rest of the section.
            assert_eq!(md.matches("info@fete.example]").count(), 1, "{lang}:\n{md}");
        }
    }

    /// A recipient category, written in lower case to run into sentences, takes a capital
    /// where it opens a list item, and only there; a name is left as its owner writes it.
    /// A name given per language is shown in each language version in its own: a recipient, a
    /// source, a joint controller, the DPO and the representative (issue #20 item 5).
    #[test]
    fn names_given_per_language_follow_the_language_of_the_notice() {
        let yaml = r#"
notice: {id: t, languages: [fr, nl]}
controller: {name: Commune Exemple, country: BE}
dpo:
  name: {fr: Délégué à la protection des données, nl: Functionaris voor gegevensbescherming}
  contact: {email: dpo@exemple.example}
representative:
  name: {fr: Représentant Exemple, nl: Vertegenwoordiger Voorbeeld}
  country: BE
  contact: {email: rep@exemple.example}
joint_controllers:
  - id: cpas
    name: {fr: CPAS Exemple, nl: OCMW Voorbeeld}
    contact: {email: info@cpas.example}
recipients:
  - id: police
    role: authority
    name: {fr: Zone de police Exemple, nl: Politiezone Voorbeeld}
data_categories:
  - id: identity
    label: {fr: Identité, nl: Identiteit}
    source:
      kind: third_party
      name: {fr: Registre national – SPF Intérieur, nl: Rijksregister – FOD Binnenlandse Zaken}
purposes:
  - id: waste
    legal_basis: public_task
    data: [identity]
    recipients: [police]
"#;
        for (lang, own, other) in [
            (
                "fr",
                [
                    "Délégué à la protection des données",
                    "Représentant Exemple",
                    "CPAS Exemple",
                    "Zone de police Exemple",
                    "Registre national – SPF Intérieur",
                ],
                ["Politiezone", "Rijksregister", "OCMW", "Functionaris"],
            ),
            (
                "nl",
                [
                    "Functionaris voor gegevensbescherming",
                    "Vertegenwoordiger Voorbeeld",
                    "OCMW Voorbeeld",
                    "Politiezone Voorbeeld",
                    "Rijksregister – FOD Binnenlandse Zaken",
                ],
                ["Zone de police", "Registre national", "CPAS", "Délégué"],
            ),
        ] {
            let md = markdown(yaml, lang);
            for name in own {
                assert!(md.contains(name), "{lang}: no {name:?} in\n{md}");
            }
            for name in other {
                assert!(!md.contains(name), "{lang}: {name:?} in\n{md}");
            }
        }
    }

    #[test]
    fn a_recipient_category_opens_its_list_item_with_a_capital() {
        let yaml = r#"
notice: {id: t, languages: [fr, nl, en]}
recipients:
  - id: acc
    category: {fr: "notre comptable", nl: "onze boekhouder", en: "our accountant"}
    role: processor
    country: US
    transfer: {mechanism: scc}
  - id: post
    name: bpost
    role: processor
storage:
  - {description: {fr: livres, nl: boeken, en: books}, country: BE, provider: acc}
"#;
        for (lang, item, transfer, inline) in [
            (
                "fr",
                "- **Notre comptable** (États-Unis)",
                "- **Notre comptable** (États-Unis)\u{a0}: clauses",
                "(prestataire\u{a0}: notre comptable)",
            ),
            (
                "nl",
                "- **Onze boekhouder** (Verenigde Staten)",
                "- **Onze boekhouder** (Verenigde Staten): standaardbepalingen",
                "(dienstverlener: onze boekhouder)",
            ),
            (
                "en",
                "- **Our accountant** (United States)",
                "- **Our accountant** (United States): standard",
                "(provider: our accountant)",
            ),
        ] {
            let md = markdown(yaml, lang);
            for expected in [item, transfer, inline, "- **bpost**"] {
                assert!(md.contains(expected), "{lang}: no {expected:?} in\n{md}");
            }
        }
    }
}
