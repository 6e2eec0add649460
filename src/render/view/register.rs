//! The record of processing activities (Art. 30) resolved for one language: a cover, the
//! controller's record (a row per purpose) and the processor's record (a row per activity for
//! clients), each cell a list of plain-text lines. The formats of `notice register` (XLSX, CSV,
//! Markdown, HTML) all write this one view, so they cannot disagree.
//!
//! Columns follow the Belgian Data Protection Authority's model register (reference, name,
//! purpose, legal basis, data subjects and data, then the Art. 30 points in the order of the
//! Article: recipients, transfers, erasure, security); see docs/register.md,
//! "Columns".

use anyhow::Result;
use serde::Serialize;

use super::Builder;
use crate::declaration::{self as d, DataItem, Presence, Purpose};
use crate::i18n::grammar::upper_first;
use crate::reference::Route;

/// One record: the controller's (Art. 30(1)) or the processor's (Art. 30(2)).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RecordKind {
    Controller,
    Processor,
}

impl RecordKind {
    /// The name of the record in file names and message ids.
    pub fn name(self) -> &'static str {
        match self {
            RecordKind::Controller => "controller",
            RecordKind::Processor => "processor",
        }
    }
}

/// A column of a record: its heading, the provision it answers, and its width in a sheet.
#[derive(Clone, Debug, Serialize)]
pub struct ColumnView {
    /// The stable key of the column (`purposes`), for tests and the table of docs/register.md.
    pub key: &'static str,
    pub heading: String,
    /// The provision it answers, cited in the language ("article 30, paragraphe 1, point b),
    /// du RGPD"); none for the columns the model adds to Art. 30 (reference, name).
    pub article: Option<String>,
    /// Width in characters of a spreadsheet column.
    pub width: u16,
}

/// One record, with its rows.
#[derive(Clone, Debug, Serialize)]
pub struct RecordView {
    pub kind: RecordKind,
    /// "Controller's record" — a heading, and the name of its sheet.
    pub title: String,
    /// The provision the record answers ("Article 30(1) GDPR").
    pub article: String,
    pub columns: Vec<ColumnView>,
    /// One row per processing activity; each cell a list of lines, never empty: a fact the
    /// declaration does not give is written as such ("not declared"), one that does not apply
    /// as "not applicable".
    pub rows: Vec<Vec<Vec<String>>>,
}

/// One line of the cover: a label and its lines.
#[derive(Clone, Debug, Serialize)]
pub struct CoverLine {
    pub label: String,
    pub lines: Vec<String>,
}

/// The whole register of one declaration in one language.
#[derive(Clone, Debug, Serialize)]
pub struct RegisterView {
    /// "Record of processing activities — Acme SRL".
    pub title: String,
    /// What the cover sheet says: the organisation, its DPO and representative, the version and
    /// the date the record is current at.
    pub cover: Vec<CoverLine>,
    /// The name of the cover sheet.
    pub cover_title: String,
    /// A label followed by the language's colon, with `{}` for the label ("{}:", "{} :").
    pub colon: String,
    pub records: Vec<RecordView>,
}

/// The columns of each record, in order: key, heading message, provision, width.
const CONTROLLER_COLUMNS: &[(&str, Option<&str>, u16)] = &[
    ("reference", None, 14),
    ("activity", None, 28),
    ("joint", Some("30(1)(a)"), 28),
    ("purposes", Some("30(1)(b)"), 44),
    ("basis", Some("6(1)"), 36),
    ("subjects", Some("30(1)(c)"), 28),
    ("data", Some("30(1)(c)"), 44),
    ("recipients", Some("30(1)(d)"), 40),
    ("transfers", Some("30(1)(e)"), 48),
    ("erasure", Some("30(1)(f)"), 40),
    ("security", Some("30(1)(g)"), 56),
];

const PROCESSOR_COLUMNS: &[(&str, Option<&str>, u16)] = &[
    ("reference", None, 14),
    ("client", Some("30(2)(a)"), 36),
    ("processing", Some("30(2)(b)"), 48),
    ("data", None, 40),
    ("sub-processors", Some("28(2)"), 36),
    ("transfers", Some("30(2)(c)"), 48),
    ("security", Some("30(2)(d)"), 56),
];

impl Builder<'_> {
    /// The register of the declaration: the controller's record always (with a row per
    /// purpose), the processor's when it declares processing for clients.
    pub fn register(&self) -> Result<RegisterView> {
        let controller = self
            .decl
            .controller
            .as_ref()
            .and_then(|c| c.name.clone())
            .unwrap_or_default();
        let mut records = vec![
            self.record(
                RecordKind::Controller,
                CONTROLLER_COLUMNS,
                self.decl
                    .purposes
                    .iter()
                    .map(|p| self.controller_row(p))
                    .collect::<Result<_>>()?,
            )?,
        ];
        if !self.decl.processor_activities.is_empty() {
            records.push(
                self.record(
                    RecordKind::Processor,
                    PROCESSOR_COLUMNS,
                    self.decl
                        .processor_activities
                        .iter()
                        .map(|a| self.processor_row(a))
                        .collect::<Result<_>>()?,
                )?,
            );
        }
        Ok(RegisterView {
            title: self.msg("register-title", &[("controller", controller.into())])?,
            cover_title: self.msg("register-cover", &[])?,
            colon: self.msg("register-colon", &[("label", "{}".into())])?,
            cover: self.cover()?,
            records,
        })
    }

    fn record(
        &self,
        kind: RecordKind,
        columns: &[(&'static str, Option<&str>, u16)],
        rows: Vec<Vec<Vec<String>>>,
    ) -> Result<RecordView> {
        let name = kind.name();
        let article = match kind {
            RecordKind::Controller => "30(1)",
            RecordKind::Processor => "30(2)",
        };
        Ok(RecordView {
            kind,
            title: self.msg(&format!("register-record-{name}"), &[])?,
            article: self.locales.cite(self.lang, article)?,
            columns: columns
                .iter()
                .map(|&(key, article, width)| {
                    Ok(ColumnView {
                        key,
                        heading: self.msg(&format!("register-{name}-{key}"), &[])?,
                        article: article
                            .map(|a| self.locales.cite(self.lang, a))
                            .transpose()?,
                        width,
                    })
                })
                .collect::<Result<_>>()?,
            rows,
        })
    }

    /// "label: text", with the language's punctuation.
    pub fn labelled(&self, label: &str, text: &str) -> Result<String> {
        self.msg(
            "register-labelled",
            &[("label", label.into()), ("text", text.into())],
        )
    }

    /// The fixed "not declared" line of a cell the declaration leaves empty.
    fn undeclared(&self) -> Result<Vec<String>> {
        Ok(vec![self.msg("register-undeclared", &[])?])
    }

    /// `lines`, or "not declared" when there are none.
    fn or_undeclared(&self, lines: Vec<String>) -> Result<Vec<String>> {
        if lines.is_empty() {
            self.undeclared()
        } else {
            Ok(lines)
        }
    }

    fn not_applicable(&self) -> Result<Vec<String>> {
        Ok(vec![self.msg("register-not-applicable", &[])?])
    }

    fn cover(&self) -> Result<Vec<CoverLine>> {
        let mut out = Vec::new();
        let mut line = |id: &str, lines: Vec<String>| -> Result<()> {
            out.push(CoverLine {
                label: self.msg(&format!("register-cover-{id}"), &[])?,
                lines,
            });
            Ok(())
        };
        let c = self.controller()?;
        line(
            "controller",
            self.or_undeclared(
                Some(c.name.clone())
                    .filter(|n| !n.is_empty())
                    .into_iter()
                    .collect(),
            )?,
        )?;
        if let Some(number) = &c.company_number {
            line("company-number", vec![number.clone()])?;
        }
        let mut contact = c.contact.address.clone();
        contact.extend(c.contact.email.clone());
        contact.extend(c.contact.phone.clone());
        contact.extend(c.contact.form.clone());
        line("contact", self.or_undeclared(contact)?)?;
        let person = |p: &d::Contact, name: Option<String>| -> Vec<String> {
            let v = self.contact(p);
            name.into_iter()
                .chain(v.address)
                .chain(v.email)
                .chain(v.phone)
                .chain(v.form)
                .collect()
        };
        line(
            "representative",
            match &self.decl.representative {
                Some(Presence::Some(r)) => {
                    self.or_undeclared(person(&r.contact, self.opt(&r.name)))?
                }
                Some(Presence::None) => self.not_applicable()?,
                None => self.undeclared()?,
            },
        )?;
        line(
            "dpo",
            match &self.decl.dpo {
                Some(Presence::Some(p)) => {
                    self.or_undeclared(person(&p.contact, self.opt(&p.name)))?
                }
                Some(Presence::None) => vec![self.msg("register-dpo-none", &[])?],
                None => self.undeclared()?,
            },
        )?;
        let version = self.decl.notice.version.clone();
        line(
            "version",
            self.or_undeclared(version.into_iter().collect())?,
        )?;
        let effective = match self.decl.notice.effective {
            Some(d) => vec![self.locales.date(self.lang, d)?],
            None => self.undeclared()?,
        };
        line("effective", effective)?;
        Ok(out)
    }

    fn controller_row(&self, p: &Purpose) -> Result<Vec<Vec<String>>> {
        let categories = self.categories_of(p);
        let joint: Vec<String> = self
            .decl
            .joint_controllers
            .iter()
            .filter(|j| j.purposes.contains(&p.id))
            .map(|j| {
                let mut parts: Vec<String> = self.opt(&j.name).into_iter().collect();
                if let Some(country) = &j.country {
                    parts.push(self.country(country)?);
                }
                let v = self.contact(&j.contact);
                parts.extend(v.email);
                parts.extend(v.phone);
                parts.extend(v.address);
                Ok(if parts.is_empty() {
                    j.id.clone()
                } else {
                    parts.join(", ")
                })
            })
            .collect::<Result<_>>()?;
        let mut purposes = vec![self.purpose_label(p)];
        purposes.extend(self.opt(&p.description));
        if let Some(of) = &p.further_processing_of {
            purposes.push(self.msg(
                "register-further",
                &[("purpose", self.purpose_label_by_id(of).into())],
            )?);
        }
        let mut data: Vec<String> = Vec::new();
        for id in &p.data {
            let Some(c) = self.decl.data_categories.iter().find(|c| c.id == *id) else {
                data.push(id.clone());
                continue;
            };
            let mut line = self.category_label(id);
            if let Some(desc) = self.opt(&c.description) {
                line = self.labelled(&line, &desc)?;
            }
            if let Some(s) = c.special {
                let kind = self.msg(&format!("special-{}", d::name_of(&s)), &[])?;
                line = format!(
                    "{line} {}",
                    self.msg("register-special", &[("kind", kind.into())])?
                );
            }
            if c.criminal {
                line = format!("{line} {}", self.msg("register-criminal", &[])?);
            }
            data.push(line);
        }
        let mut erasure: Vec<String> = self
            .purpose_retention(p, &categories)?
            .iter()
            .map(|l| upper_first(l))
            .collect();
        if erasure.is_empty() {
            erasure = self.undeclared()?;
        }
        let reference = p.id.clone();
        Ok(vec![
            vec![reference],
            vec![self.purpose_label(p)],
            if joint.is_empty() {
                self.not_applicable()?
            } else {
                joint
            },
            purposes,
            self.bases(p)?,
            self.or_undeclared(self.subject_labels(&p.data_subjects)?)?,
            self.or_undeclared(data)?,
            self.recipients(&p.recipients, &p.internal_recipients)?,
            self.register_transfers(&p.recipients)?,
            erasure,
            self.security_lines()?,
        ])
    }

    /// The legal bases of a purpose, each with its point of Art. 6(1), and what each rests on.
    fn bases(&self, p: &Purpose) -> Result<Vec<String>> {
        let mut out = Vec::new();
        for b in p.legal_basis.iter() {
            let name = upper_first(&self.msg(&format!("basis-{}", d::name_of(&b)), &[])?);
            let article = self.locales.cite(self.lang, b.article())?;
            out.push(format!("{name} ({article})"));
        }
        if let Some(li) = self.opt(&p.legitimate_interests) {
            out.push(self.msg("register-interests", &[("interests", li.into())])?);
        }
        if let Some(law) = self.opt(&p.law) {
            out.push(self.msg("register-law", &[("law", law.into())])?);
        }
        if let Some(c) = p.special_condition {
            let article = self.locales.cite(self.lang, c.article())?;
            let mut line = self.msg("register-condition", &[("article", article.into())])?;
            if let Some(law) = self.opt(&p.special_law) {
                line = format!(
                    "{line} {}",
                    self.msg("register-law", &[("law", law.into())])?
                );
            }
            out.push(line);
        }
        if let Some(basis) = self.opt(&p.criminal_basis) {
            out.push(self.msg("register-criminal-basis", &[("basis", basis.into())])?);
        }
        self.or_undeclared(out)
    }

    /// "Name (role, country)" for each recipient, then the internal recipients; "none" when
    /// the data go to no one.
    fn recipients(&self, ids: &[String], internal: &[d::Text]) -> Result<Vec<String>> {
        let mut out = Vec::new();
        for id in ids {
            let Some(r) = self.decl.recipients.iter().find(|r| r.id == *id) else {
                out.push(id.clone());
                continue;
            };
            let mut details = Vec::new();
            if let Some(role) = r.role {
                details.push(self.msg(&format!("register-role-{}", d::name_of(&role)), &[])?);
            }
            if let Some(c) = &r.country {
                details.push(self.places(c)?);
            }
            let mut line = self.recipient_item(r);
            if !details.is_empty() {
                line = format!("{line} ({})", details.join(", "));
            }
            if let Some(service) = self.opt(&r.service) {
                line = self.labelled(&line, &service)?;
            }
            out.push(line);
        }
        for t in internal {
            let unit = self.text(t);
            if !unit.trim().is_empty() {
                out.push(self.msg("register-internal", &[("unit", unit.into())])?);
            }
        }
        if out.is_empty() {
            out.push(self.msg("register-no-recipients", &[])?);
        }
        Ok(out)
    }

    /// The transfers outside the EEA of the recipients `ids`: "recipient → country: basis", and
    /// for an Art. 49(1) second-subparagraph transfer the documentation of its safeguards.
    fn register_transfers(&self, ids: &[String]) -> Result<Vec<String>> {
        let mut out = Vec::new();
        let mut unknown = false;
        for (i, r) in self.decl.recipients.iter().enumerate() {
            if !ids.contains(&r.id) {
                continue;
            }
            let legs = r.legs(&format!("recipients[{i}]"), self.reference);
            unknown |= legs.is_empty();
            for leg in legs {
                let (destination, basis) = match leg.route {
                    Route::Transfer(destination, basis) => (destination, basis),
                    Route::WithinEea(_) => continue,
                    Route::Unknown => {
                        unknown = true;
                        continue;
                    }
                };
                let transfer = leg.transfer.map(|(_, t)| t);
                let needs_documentation = basis
                    .as_ref()
                    .is_ok_and(|b| b.mechanism().needs_interests());
                let mut line = self.labelled(
                    &format!(
                        "{} → {}",
                        self.recipient_item(r),
                        destination.name(self.lang)?
                    ),
                    &self.mechanism(destination, basis, transfer)?,
                )?;
                // Art. 30(1)(e) asks for it for Art. 49(1) second-subparagraph transfers;
                // given for another, it is shown too.
                let docs = match transfer.and_then(|t| self.opt(&t.safeguards)) {
                    Some(d) => Some(d),
                    None if needs_documentation => Some(self.msg("register-undeclared", &[])?),
                    None => None,
                };
                if let Some(docs) = docs {
                    line = format!(
                        "{line} {}",
                        self.msg("register-safeguards", &[("safeguards", docs.into())])?
                    );
                }
                out.push(line);
            }
        }
        if unknown {
            out.push(self.msg("register-transfers-unknown", &[])?);
        }
        if out.is_empty() {
            out.push(self.msg("register-no-transfers", &[])?);
        }
        Ok(out)
    }

    /// The general description of the security measures: the register's own, else the
    /// notice's items.
    fn security_lines(&self) -> Result<Vec<String>> {
        if let Some(s) = self
            .decl
            .register
            .as_ref()
            .and_then(|r| self.opt(&r.security))
        {
            return Ok(vec![s]);
        }
        let items: Vec<String> = self
            .decl
            .security
            .iter()
            .map(|t| self.text(t))
            .filter(|s| !s.trim().is_empty())
            .collect();
        self.or_undeclared(items)
    }

    fn processor_row(&self, a: &d::ProcessorActivity) -> Result<Vec<Vec<String>>> {
        let mut client = Vec::new();
        if let Some(name) = &a.client {
            client.push(name.clone());
            if let Some(c) = &a.client_contact {
                let v = self.contact(c);
                client.extend(v.address);
                client.extend(v.email);
                client.extend(v.phone);
                client.extend(v.form);
            }
        } else if let Some(category) = self.opt(&a.client_category) {
            client.push(upper_first(&category));
        }
        if let Some(list) = self.opt(&a.client_list) {
            client.push(self.msg("register-client-list", &[("list", list.into())])?);
        }
        let mut processing: Vec<String> = self.opt(&a.description).into_iter().collect();
        if let Some(i) = self.opt(&a.instructions) {
            processing.push(self.msg("register-instructions", &[("instructions", i.into())])?);
        }
        let data: Vec<String> = a
            .data
            .iter()
            .map(|item| match item {
                DataItem::Category(id) => self.category_label(id),
                DataItem::Described(t) => self.text(t),
            })
            .collect();
        let sub = self.recipients(&a.sub_processors, &[])?;
        let sub = if a.sub_processors.is_empty() {
            vec![self.msg("register-no-sub-processors", &[])?]
        } else {
            sub
        };
        Ok(vec![
            vec![a.id.clone()],
            self.or_undeclared(client)?,
            self.or_undeclared(processing)?,
            self.or_undeclared(data)?,
            sub,
            self.register_transfers(&a.sub_processors)?,
            self.security_lines()?,
        ])
    }
}
