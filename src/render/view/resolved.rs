//! The notice resolved for one language as data: what `notice build --format json` writes,
//! and what the HTML page's JSON-LD is made from.
//!
//! It is built by the same [`Builder`] as the template's view, from the same answers (texts in
//! the page's language, rights derived from the legal bases, the authority and the transfer
//! mechanisms from the reference data, retention phrased by the locale), so the JSON and the
//! notice cannot disagree. Unlike the view, which is shaped for the template (groups, joined
//! lists, sentences), it keeps every id and states each fact once, both phrased and as
//! structured values. Its shape is a published format: the doc comments here are its
//! documentation (the schema's descriptions), and a change that is not an addition raises
//! [`VERSION`].

use anyhow::Result;
use schemars::JsonSchema;
use serde::Serialize;

use super::practices::{ComplianceView, DisclosureView, GlossaryView, SeparateView};
use super::purposes::{RetentionRule, purpose_rules, rules_of};
use super::{AuthorityView, Builder, ContactView, IllustrationView};
use crate::declaration::{self as d, DataItem, Event, LegalBasis, Lifetime, Presence};
use crate::reference::Route;
use crate::render::draft::DraftView;
use crate::rights::{Ground, Right, listed_rights, rights_by_ground, rights_contact};

/// The version of the JSON format. Fields may be added within a version; a field removed,
/// renamed or changed in meaning makes a new one.
pub const VERSION: u32 = 1;

/// A privacy notice in one language, resolved: every fact of the declaration, the rights
/// derived from the legal bases, the supervisory authority and the transfer mechanisms from
/// the reference data. Texts are in `notice.language`; ids are the declaration's.
#[derive(Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Resolved {
    /// The version of this format (1): a consumer checks it before reading the rest.
    pub version: u32,
    pub notice: NoticeFacts,
    /// Who decides why and how the data are processed (Art. 13(1)(a)).
    pub controller: ControllerFacts,
    /// The data protection officer (Art. 13(1)(b)); null when there is none or none is
    /// declared.
    pub dpo: Option<PartyFacts>,
    /// The representative in the Union (Art. 27); null when there is none.
    pub representative: Option<PartyFacts>,
    /// Controllers that decide jointly with the controller (Art. 26).
    pub joint_controllers: Vec<JointFacts>,
    /// The groups of people whose data are processed.
    pub data_subjects: Vec<SubjectFacts>,
    pub data_categories: Vec<CategoryFacts>,
    pub purposes: Vec<PurposeFacts>,
    pub recipients: Vec<RecipientFacts>,
    /// Every transfer outside the EEA: one entry per recipient and destination.
    pub transfers: Vec<TransferFacts>,
    /// Where the data are stored.
    pub storage: Vec<StorageFacts>,
    /// Processing done as a processor on behalf of clients (Art. 28).
    pub processor_activities: Vec<ActivityFacts>,
    pub cookies: Option<CookiesFacts>,
    /// Security measures, one each.
    pub security: Vec<String>,
    /// Who may access the data and the confidentiality duties of staff (Art. 29, 32(4)), one
    /// each.
    pub confidentiality: Vec<String>,
    /// Undertakings about disclosure beyond the list of recipients; null when none.
    pub disclosure: Option<DisclosureView>,
    /// The laws the organisation says it applies, its commitments, and who checks its
    /// compliance; null when none.
    pub compliance: Option<ComplianceView>,
    /// Terms the notice defines for its readers.
    pub glossary: Vec<GlossaryView>,
    pub rights: RightsFacts,
    /// The supervisory authority one may complain to (Art. 13(2)(d)), from the reference
    /// data; null when the declaration names none the data know.
    pub authority: Option<AuthorityView>,
    /// Set only in a draft (`notice build --draft`), which is not for publication: the lint
    /// findings it was built despite. Null in a notice built for publication.
    pub draft: Option<DraftView>,
}

/// The notice itself.
#[derive(Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct NoticeFacts {
    pub id: String,
    /// The language of every text of this document.
    pub language: String,
    pub title: String,
    /// The date the notice applies from (`YYYY-MM-DD`).
    pub effective: Option<String>,
    pub version: Option<String>,
    /// Where the HTML page in this language is published, when the declaration says where.
    pub url: Option<String>,
    /// Every language the notice is written in.
    pub languages: Vec<String>,
    /// The language shown where a text lacks a translation, and the `x-default` page.
    pub default_language: Option<String>,
    pub introduction: Option<String>,
    /// How readers are told of changes.
    pub changes: Option<String>,
    /// Earlier versions, each with the date it applied from and what changed.
    pub history: Vec<HistoryFacts>,
    /// Processing described in documents of their own, which this notice does not cover.
    pub separate_documents: Vec<SeparateView>,
    /// Whether readers may ask for a paper copy.
    pub paper_copy: bool,
    /// Set when the notice is not an organisation's own but an illustration (a published
    /// notice completed with assumptions): where its facts come from and what was assumed.
    pub illustration: Option<IllustrationView>,
}

#[derive(Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct HistoryFacts {
    /// `YYYY-MM-DD`.
    pub effective: String,
    pub summary: Option<String>,
}

/// A country or other destination: its code, its name in this language, and whether it is
/// in the EEA (null for a code the reference data do not know).
#[derive(Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Place {
    /// An ISO 3166-1 alpha-2 code (`US`), an international organisation (`EPO`), or an area
    /// (`EU`, `EEA`, `outside_eea_unspecified`).
    pub code: String,
    pub name: String,
    /// `country`, `international_organisation` or `region`; null for an unknown code.
    pub kind: Option<&'static str>,
    pub in_eea: Option<bool>,
}

#[derive(Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ControllerFacts {
    pub name: String,
    pub trade_names: Vec<String>,
    pub company_number: Option<String>,
    pub country: Option<Place>,
    pub website: Option<String>,
    pub contact: ContactView,
    /// A public authority or body (Art. 6(1), last subparagraph).
    pub public_authority: bool,
    /// `public` or `private` where the declaration says (`controller.sector`).
    pub sector: Option<d::ControllerSector>,
}

/// A person or body with a contact: the DPO, the representative.
#[derive(Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PartyFacts {
    pub name: Option<String>,
    pub country: Option<Place>,
    pub contact: ContactView,
}

#[derive(Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct JointFacts {
    pub id: String,
    pub name: String,
    /// The essence of the arrangement (Art. 26(2)).
    pub essence: Option<String>,
    /// Ids of the purposes they decide jointly.
    pub purposes: Vec<String>,
    /// Who answers data subjects: `us` or `them`.
    pub contact_point: Option<d::ContactPoint>,
    pub notice_url: Option<String>,
    pub country: Option<Place>,
    pub contact: ContactView,
}

#[derive(Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SubjectFacts {
    pub id: String,
    /// Its label, else the name of its kind.
    pub label: String,
    pub kind: Option<d::DataSubjectKind>,
    /// Who belongs to the group.
    pub description: Option<String>,
}

#[derive(Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CategoryFacts {
    pub id: String,
    pub label: String,
    pub description: Option<String>,
    /// The special category (Art. 9(1)) the data belong to, if any.
    pub special: Option<d::SpecialCategory>,
    /// Data relating to criminal convictions and offences (Art. 10).
    pub criminal: bool,
    /// Where the data come from (Art. 14(2)(f)): one entry per source.
    pub sources: Vec<SourceFacts>,
    /// Whether providing the data is required, and what happens if not (Art. 13(2)(e)).
    pub provision: Option<ProvisionFacts>,
    /// How long the data are kept, for purposes that set no period of their own.
    pub retention: Vec<RetentionFacts>,
}

#[derive(Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SourceFacts {
    pub kind: d::SourceKind,
    pub name: Option<String>,
    pub description: Option<String>,
    /// Whether the source is publicly accessible.
    pub public: Option<bool>,
    pub url: Option<String>,
    /// Ids of the data subjects this source is for; empty: everyone no other source names.
    pub data_subjects: Vec<String>,
}

/// Whether providing data is required (Art. 13(2)(e)).
#[derive(Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ProvisionFacts {
    /// The data category it is for, when a purpose sets it for one of its categories; null
    /// for a category's own, or a purpose's for all its data.
    pub data: Option<String>,
    pub requirement: Option<d::ProvisionRequirement>,
    /// What happens if the data are not provided.
    pub consequences: Option<String>,
    /// The notice's sentence.
    pub text: Option<String>,
}

/// One retention rule: a period from an event, or criteria, with an exception.
#[derive(Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RetentionFacts {
    /// The data category the rule is for, when it is not the whole purpose's.
    pub data: Option<String>,
    pub duration: Option<DurationFacts>,
    /// The shortest time the data are kept, where the rule sets bounds rather than a period.
    pub minimum: Option<DurationFacts>,
    /// The longest time the data may be kept, where the rule sets bounds.
    pub maximum: Option<DurationFacts>,
    /// When the period starts.
    pub after: Option<EventFacts>,
    /// Criteria where no fixed period applies, or that qualify it.
    pub criteria: Option<String>,
    /// When the data are kept longer.
    pub exception: Option<String>,
    /// The rule as the notice states it ("2 years after the end of the contract").
    pub text: Option<String>,
}

/// A period: a count of units.
#[derive(Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DurationFacts {
    pub count: u32,
    /// `minutes`, `hours`, `days`, `weeks`, `months` or `years`.
    pub unit: &'static str,
}

/// The event a period starts from.
#[derive(Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct EventFacts {
    /// One of the events `notice` knows (`end_of_contract`); null for the declaration's own.
    pub id: Option<&'static str>,
    /// The event in this language.
    pub text: String,
}

#[derive(Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PurposeFacts {
    pub id: String,
    pub label: String,
    pub description: Option<String>,
    /// The Art. 6(1) legal bases (several where parts of the purpose rest on different ones).
    pub legal_bases: Vec<BasisFacts>,
    pub legitimate_interests: Option<String>,
    /// The law relied on, for a legal obligation or a public task (Art. 6(3)).
    pub law: Option<String>,
    /// The Art. 9(2) condition, when the purpose uses special-category data.
    pub special_condition: Option<ConditionFacts>,
    /// What authorises processing criminal-offence data (Art. 10).
    pub criminal_basis: Option<String>,
    /// Whether that is a law (Art. 10, first case) or official authority (second case).
    pub criminal_ground: Option<d::CriminalGround>,
    /// The aims of an Art. 9(2)(h) or (j) condition, as the Regulation lists them.
    pub special_aims: Vec<d::SpecialAim>,
    /// The kind of processing national rules apply to (`camera_surveillance`…), when given.
    pub activity: Option<d::Activity>,
    /// Rights limited for this purpose, each with why and how far.
    pub rights_limits: Vec<RightsLimitFacts>,
    /// Ids of the data subjects whose data the purpose processes.
    pub data_subjects: Vec<String>,
    /// Ids of the data categories used.
    pub data: Vec<String>,
    /// Ids of the recipients the data go to.
    pub recipients: Vec<String>,
    /// How long the data are kept: the purpose's own rule, its per-category rules, or its
    /// categories' rules when it sets none.
    pub retention: Vec<RetentionFacts>,
    pub direct_marketing: bool,
    /// The rights the data subject has over this purpose's data, derived from its legal bases
    /// and what it does, each with what gives it.
    pub rights: Vec<PurposeRightFacts>,
    /// How to withdraw consent (Art. 7(3)).
    pub withdraw: Option<String>,
    /// Whether providing the data is required for this purpose (Art. 13(2)(e)), where the
    /// purpose says so rather than its categories: for all its data, then per category.
    pub provision: Vec<ProvisionFacts>,
    pub automated_decision: Option<AutomatedFacts>,
    /// The id of the purpose the data were first collected for (Art. 13(3)).
    pub further_processing_of: Option<String>,
}

#[derive(Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct BasisFacts {
    pub basis: LegalBasis,
    /// The provision of the GDPR: `6(1)(b)`.
    pub article: &'static str,
    /// Its name in this language.
    pub name: String,
}

#[derive(Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ConditionFacts {
    pub condition: d::SpecialCondition,
    /// `9(2)(a)`.
    pub article: &'static str,
    pub name: String,
    /// The law the condition relies on.
    pub law: Option<String>,
    /// Ids of the purpose's special-category data.
    pub data: Vec<String>,
}

/// A right a purpose limits, and the limit as the declaration states it.
#[derive(Serialize, JsonSchema)]
pub struct RightsLimitFacts {
    pub right: d::RightName,
    pub reason: String,
}

/// A right over a purpose's data.
#[derive(Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PurposeRightFacts {
    /// `access`, `rectification`, `erasure`, `restriction`, `portability`, `object` (on
    /// grounds relating to one's situation, Art. 21(1)), `object_marketing` (to direct
    /// marketing, absolute, Art. 21(2)), `withdraw`, `automated` or `complaint`.
    pub right: &'static str,
    /// The article of the GDPR that gives it: `20`, `7(3)`.
    pub article: &'static str,
    pub name: String,
    /// What gives it: legal bases of the purpose (`contract`…), `direct_marketing` (the
    /// absolute right to object, Art. 21(2)), `special_category_explicit_consent` (Art.
    /// 9(2)(a), which can be withdrawn) or `automated_decision` (Art. 22).
    pub given_by: Vec<GivenBy>,
}

/// A legal basis or a fact of the purpose that gives a right.
#[derive(Serialize, JsonSchema)]
#[serde(untagged)]
pub enum GivenBy {
    Basis(LegalBasis),
    Fact(Fact),
}

#[derive(Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Fact {
    DirectMarketing,
    SpecialCategoryExplicitConsent,
    AutomatedDecision,
}

#[derive(Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AutomatedFacts {
    pub profiling: bool,
    pub logic: Option<String>,
    pub significance: Option<String>,
    pub consequences: Option<String>,
    /// The Art. 22(2) exception: `contract`, `law` or `explicit_consent`.
    pub exception: Option<d::DecisionException>,
    pub human_review: Option<String>,
}

#[derive(Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RecipientFacts {
    pub id: String,
    /// The entry of `notice`'s catalogue of services the recipient's facts come from
    /// (`use:`), when it is one.
    pub catalogue: Option<String>,
    /// How the notice names it: its name, else its category.
    pub label: String,
    pub name: Option<String>,
    /// A category of recipients, where they are not named.
    pub category: Option<String>,
    pub role: Option<d::RecipientRole>,
    /// What they do with the data.
    pub service: Option<String>,
    /// Where they process the data.
    pub destinations: Vec<Place>,
    pub notice_url: Option<String>,
    pub group_company: bool,
    pub list_url: Option<String>,
}

/// Data sent to a destination outside the EEA, with the mechanism that allows it (Art.
/// 13(1)(f)).
#[derive(Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TransferFacts {
    /// The recipient's id.
    pub recipient: String,
    pub destination: Place,
    /// The mechanism relied on; null when none valid for the destination is declared.
    pub mechanism: Option<MechanismFacts>,
    /// The notice's sentence on the mechanism.
    pub text: String,
    /// Where a copy of the Art. 46/47 safeguards is available.
    pub copy: Option<String>,
    /// Further information, for a mechanism that has no safeguards to copy.
    pub more: Option<String>,
    /// The compelling legitimate interests pursued, for an Art. 49(1) second-subparagraph
    /// transfer.
    pub interests: Option<String>,
}

#[derive(Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct MechanismFacts {
    /// As `notice reference safeguards` lists it: `adequacy`, `dpf`, `scc`…
    pub id: &'static str,
    /// The article of the GDPR: `46(2)(c)`.
    pub article: String,
    /// Its name in this language, as the GDPR words it.
    pub name: String,
}

#[derive(Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct StorageFacts {
    pub description: Option<String>,
    pub destinations: Vec<Place>,
    /// A region in words, where no destination is given.
    pub region: Option<String>,
    /// The id of the recipient that stores the data.
    pub provider: Option<String>,
}

#[derive(Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ActivityFacts {
    pub id: String,
    /// The client (the controller), by name or as a kind of client.
    pub client: String,
    pub description: Option<String>,
    pub client_notice: Option<String>,
    /// Where to address requests.
    pub rights: Option<String>,
    pub data: Vec<ItemFacts>,
    pub retention: Vec<RetentionFacts>,
    /// Ids of our sub-processors.
    pub sub_processors: Vec<String>,
    pub instructions: Option<String>,
}

/// Data processed for a client: a category by id, or described.
#[derive(Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ItemFacts {
    /// The category's id, when the item is one.
    pub id: Option<String>,
    pub label: String,
}

#[derive(Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CookiesFacts {
    pub policy_url: Option<String>,
    pub description: Option<String>,
    /// How to change one's choices.
    pub manage: Option<String>,
    pub trackers: Vec<TrackerFacts>,
}

#[derive(Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TrackerFacts {
    /// The entry of the catalogue of services it comes from (`use:`), when it is one.
    pub catalogue: Option<String>,
    /// The technical name; empty when only `label` says which tracker is meant.
    pub name: String,
    pub label: Option<String>,
    pub provider: Option<String>,
    pub purpose: Option<String>,
    /// How long it stays on the device: null for the visit only (`session`), else a period.
    pub duration: Option<DurationFacts>,
    /// Whether it stays for the visit only.
    pub session: bool,
    /// Its lifetime as the notice states it.
    pub lifetime: Option<String>,
    /// Strictly necessary: no consent needed.
    pub essential: bool,
    /// The id of the recipient that provides it, when data leave the site.
    pub recipient: Option<String>,
}

#[derive(Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RightsFacts {
    /// Every right the notice lists, the right to complain included.
    pub list: Vec<RightFacts>,
    /// Where to send requests: `rights.contact`, else the DPO's, else the controller's.
    pub contact: Option<ContactView>,
    /// How identity is checked.
    pub identity_check: Option<String>,
    /// The organisation's own words on complaints.
    pub complaint: Vec<String>,
}

#[derive(Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RightFacts {
    /// As in `purposes[].rights[].right`.
    pub right: &'static str,
    pub article: &'static str,
    pub name: String,
    /// The organisation's own words about it.
    pub note: Option<String>,
}

impl Builder<'_> {
    /// The notice resolved for this language; `url` is where its page is published.
    pub fn resolved(&self, url: Option<String>) -> Result<Resolved> {
        let decl = self.decl;
        let notice = &decl.notice;
        let controller = decl.controller.as_ref();
        let name = controller.and_then(|c| c.name.clone()).unwrap_or_default();
        let party = |name: Option<String>, country: Option<&str>, contact: &d::Contact| {
            Ok::<_, anyhow::Error>(PartyFacts {
                name,
                country: country.map(|c| self.place(c)).transpose()?,
                contact: self.contact(contact),
            })
        };
        Ok(Resolved {
            version: VERSION,
            notice: NoticeFacts {
                id: notice.id.clone().unwrap_or_default(),
                language: self.lang.to_owned(),
                title: self.title(&name)?,
                effective: notice.effective.map(|d| d.to_string()),
                version: notice.version.clone(),
                url,
                languages: notice.languages.clone(),
                default_language: notice.default_language.clone(),
                introduction: self.opt(&notice.introduction),
                changes: self.opt(&notice.changes),
                history: notice
                    .history
                    .iter()
                    .map(|h| HistoryFacts {
                        effective: h.effective.to_string(),
                        summary: self.opt(&h.summary),
                    })
                    .collect(),
                separate_documents: self.separate_documents(),
                paper_copy: notice.paper_copy,
                illustration: self.illustration(),
            },
            controller: ControllerFacts {
                name,
                trade_names: controller
                    .map(|c| c.trade_names.clone())
                    .unwrap_or_default(),
                company_number: controller.and_then(|c| c.company_number.clone()),
                country: controller
                    .and_then(|c| c.country.as_deref())
                    .map(|c| self.place(c))
                    .transpose()?,
                website: controller.and_then(|c| c.website.clone()),
                contact: controller
                    .map(|c| self.contact(&c.contact))
                    .unwrap_or_default(),
                public_authority: controller.is_some_and(|c| c.public_authority),
                sector: controller.and_then(|c| c.sector),
            },
            dpo: match &decl.dpo {
                Some(Presence::Some(p)) => Some(party(self.opt(&p.name), None, &p.contact)?),
                _ => None,
            },
            representative: match &decl.representative {
                Some(Presence::Some(r)) => {
                    Some(party(self.opt(&r.name), r.country.as_deref(), &r.contact)?)
                }
                _ => None,
            },
            joint_controllers: decl
                .joint_controllers
                .iter()
                .map(|j| {
                    Ok(JointFacts {
                        id: j.id.clone(),
                        name: self.opt(&j.name).unwrap_or_else(|| j.id.clone()),
                        essence: self.opt(&j.essence),
                        purposes: j.purposes.clone(),
                        contact_point: j.contact_point,
                        notice_url: j.notice_url.clone(),
                        country: j.country.as_deref().map(|c| self.place(c)).transpose()?,
                        contact: self.contact(&j.contact),
                    })
                })
                .collect::<Result<_>>()?,
            data_subjects: decl
                .data_subjects
                .iter()
                .map(|s| {
                    Ok(SubjectFacts {
                        id: s.id.clone(),
                        label: self.subject_label(&s.id)?,
                        kind: s.kind,
                        description: self.opt(&s.description),
                    })
                })
                .collect::<Result<_>>()?,
            data_categories: decl
                .data_categories
                .iter()
                .map(|c| self.category_facts(c))
                .collect::<Result<_>>()?,
            purposes: decl
                .purposes
                .iter()
                .map(|p| self.purpose_facts(p))
                .collect::<Result<_>>()?,
            recipients: decl
                .recipients
                .iter()
                .map(|r| {
                    Ok(RecipientFacts {
                        id: r.id.clone(),
                        catalogue: r.uses.clone(),
                        label: self.recipient_label(r),
                        name: self.opt(&r.name),
                        category: self.opt(&r.category),
                        role: r.role,
                        service: self.opt(&r.service),
                        destinations: self.places_of(r.country.as_ref())?,
                        notice_url: r.notice_url.clone(),
                        group_company: r.group_company,
                        list_url: r.list_url.clone(),
                    })
                })
                .collect::<Result<_>>()?,
            transfers: self.transfer_facts()?,
            storage: decl
                .storage
                .iter()
                .map(|l| {
                    Ok(StorageFacts {
                        description: self.opt(&l.description),
                        destinations: self.places_of(l.country.as_ref())?,
                        region: self.opt(&l.region),
                        provider: l.provider.clone(),
                    })
                })
                .collect::<Result<_>>()?,
            processor_activities: decl
                .processor_activities
                .iter()
                .map(|a| {
                    Ok(ActivityFacts {
                        id: a.id.clone(),
                        client: self.client_label(a),
                        description: self.opt(&a.description),
                        client_notice: a.client_notice.clone(),
                        rights: self.opt(&a.rights),
                        data: a
                            .data
                            .iter()
                            .map(|item| match item {
                                DataItem::Category(id) => ItemFacts {
                                    id: Some(id.clone()),
                                    label: self.category_label(id),
                                },
                                DataItem::Described(t) => ItemFacts {
                                    id: None,
                                    label: self.text(t),
                                },
                            })
                            .collect(),
                        retention: self.retention_facts(
                            &a.retention.as_ref().map(rules_of).unwrap_or_default(),
                        )?,
                        sub_processors: a.sub_processors.clone(),
                        instructions: self.opt(&a.instructions),
                    })
                })
                .collect::<Result<_>>()?,
            cookies: decl
                .cookies
                .as_ref()
                .map(|c| self.cookies_facts(c))
                .transpose()?,
            security: self.texts(&decl.security),
            confidentiality: self.texts(&decl.confidentiality),
            disclosure: self.disclosure(),
            compliance: self.compliance(),
            glossary: self.glossary(),
            rights: self.rights_facts()?,
            authority: self.authority(),
            draft: None,
        })
    }

    /// A destination by its code; a code the data do not know is given as written.
    fn place(&self, code: &str) -> Result<Place> {
        Ok(match self.reference.destination(code) {
            Ok(d) => Place {
                code: d.code().to_owned(),
                name: d.name(self.lang)?.to_owned(),
                kind: Some(d.kind().as_str()),
                in_eea: Some(d.in_eea()),
            },
            Err(_) => Place {
                code: code.to_owned(),
                name: code.to_owned(),
                kind: None,
                in_eea: None,
            },
        })
    }

    fn places_of(&self, codes: Option<&d::Destinations>) -> Result<Vec<Place>> {
        codes
            .into_iter()
            .flat_map(|c| c.iter())
            .map(|c| self.place(c))
            .collect()
    }

    fn category_facts(&self, c: &d::DataCategory) -> Result<CategoryFacts> {
        Ok(CategoryFacts {
            id: c.id.clone(),
            label: self.category_label(&c.id),
            description: self.opt(&c.description),
            special: c.special,
            criminal: c.criminal,
            sources: c
                .source
                .iter()
                .flat_map(|s| &s.entries)
                .map(|s| SourceFacts {
                    kind: s.kind,
                    name: self.opt(&s.name),
                    description: self.opt(&s.description),
                    public: s.public,
                    url: s.url.clone(),
                    data_subjects: s.data_subjects.clone(),
                })
                .collect(),
            provision: c
                .provision
                .as_ref()
                .map(|pr| {
                    Ok::<_, anyhow::Error>(ProvisionFacts {
                        data: None,
                        requirement: pr.requirement,
                        consequences: self.opt(&pr.consequences),
                        text: self.provision(pr, true)?,
                    })
                })
                .transpose()?,
            retention: self
                .retention_facts(&c.retention.as_ref().map(rules_of).unwrap_or_default())?,
        })
    }

    fn purpose_facts(&self, p: &d::Purpose) -> Result<PurposeFacts> {
        let categories = self.categories_of(p);
        Ok(PurposeFacts {
            id: p.id.clone(),
            label: self.purpose_label(p),
            description: self.opt(&p.description),
            legal_bases: p
                .legal_basis
                .iter()
                .map(|b| {
                    Ok(BasisFacts {
                        basis: b,
                        article: b.article(),
                        name: self.msg(&format!("basis-{}", d::name_of(&b)), &[])?,
                    })
                })
                .collect::<Result<_>>()?,
            legitimate_interests: self.opt(&p.legitimate_interests),
            law: self.opt(&p.law),
            special_condition: p
                .special_condition
                .map(|c| {
                    Ok::<_, anyhow::Error>(ConditionFacts {
                        condition: c,
                        article: c.article(),
                        name: self.msg(&format!("condition-{}", d::name_of(&c)), &[])?,
                        law: self.opt(&p.special_law),
                        data: categories
                            .iter()
                            .filter(|c| c.special.is_some())
                            .map(|c| c.id.clone())
                            .collect(),
                    })
                })
                .transpose()?,
            criminal_basis: self.opt(&p.criminal_basis),
            criminal_ground: p.criminal_ground,
            special_aims: p.special_aims.clone(),
            activity: p.activity,
            rights_limits: p
                .rights_limits
                .iter()
                .map(|l| RightsLimitFacts {
                    right: l.right,
                    reason: self.text(&l.reason),
                })
                .collect(),
            data_subjects: p.data_subjects.clone(),
            data: p.data.clone(),
            recipients: p.recipients.clone(),
            retention: self.retention_facts(&purpose_rules(p, &categories))?,
            direct_marketing: p.direct_marketing,
            rights: rights_by_ground(self.decl, p)
                .into_iter()
                .map(|(right, grounds)| {
                    Ok(PurposeRightFacts {
                        right: right.key(),
                        article: right.article(),
                        name: self.right_name(right)?,
                        given_by: grounds
                            .into_iter()
                            .map(|g| match g {
                                Ground::Basis(b) => GivenBy::Basis(b),
                                Ground::DirectMarketing => GivenBy::Fact(Fact::DirectMarketing),
                                Ground::ExplicitConsent => {
                                    GivenBy::Fact(Fact::SpecialCategoryExplicitConsent)
                                }
                                Ground::AutomatedDecision => GivenBy::Fact(Fact::AutomatedDecision),
                            })
                            .collect(),
                    })
                })
                .collect::<Result<_>>()?,
            withdraw: self.opt(&p.withdraw),
            provision: self.purpose_provision_facts(p)?,
            automated_decision: p.automated_decision.as_ref().map(|a| AutomatedFacts {
                profiling: a.profiling,
                logic: self.opt(&a.logic),
                significance: self.opt(&a.significance),
                consequences: self.opt(&a.consequences),
                exception: a.exception,
                human_review: self.opt(&a.human_review),
            }),
            further_processing_of: p.further_processing_of.clone(),
        })
    }

    /// A purpose's own provision (for all its data), then its per-category ones, each with
    /// the sentence the notice gives it.
    fn purpose_provision_facts(&self, p: &d::Purpose) -> Result<Vec<ProvisionFacts>> {
        let Some(pp) = &p.provision else {
            return Ok(Vec::new());
        };
        let own = pp.own().map(|pr| {
            Ok::<_, anyhow::Error>(ProvisionFacts {
                data: None,
                requirement: pr.requirement,
                consequences: self.opt(&pr.consequences),
                text: self.provision(&pr, !p.data.is_empty())?,
            })
        });
        let per_category = pp.per_category.iter().map(|c| {
            let text = self
                .provision(&c.provision(), true)?
                .map(|s| self.scoped_provision(self.category_label(&c.data), &s))
                .transpose()?;
            Ok(ProvisionFacts {
                data: Some(c.data.clone()),
                requirement: c.requirement,
                consequences: self.opt(&c.consequences),
                text,
            })
        });
        own.into_iter().chain(per_category).collect()
    }

    /// The right's name as the notice gives it; the right to complain has a section of its
    /// own, whose heading names it.
    fn right_name(&self, right: Right) -> Result<String> {
        match right {
            Right::Complaint => self.msg("complaint-heading", &[]),
            _ => self.msg(&format!("right-{}-name", right.id()), &[]),
        }
    }

    fn retention_facts(&self, rules: &[RetentionRule]) -> Result<Vec<RetentionFacts>> {
        rules
            .iter()
            .filter(|r| !r.span.is_empty() || r.criteria.is_some())
            .map(|r| {
                Ok(RetentionFacts {
                    data: r.category.map(str::to_owned),
                    duration: r.span.duration.map(duration),
                    minimum: r.span.minimum.map(duration),
                    maximum: r.span.maximum.map(duration),
                    after: r
                        .after
                        .map(|ev| {
                            Ok::<_, anyhow::Error>(match ev {
                                Event::Known(id) => EventFacts {
                                    id: Some(id),
                                    text: self.msg(&format!("event-{id}"), &[])?,
                                },
                                Event::Custom(t) => EventFacts {
                                    id: None,
                                    text: self.text(t),
                                },
                            })
                        })
                        .transpose()?,
                    criteria: r.criteria.map(|t| self.text(t)),
                    exception: r.exception.map(|t| self.text(t)),
                    text: self.rule_phrase(r)?,
                })
            })
            .collect()
    }

    /// One entry per recipient and destination outside the EEA, from the same legs as the
    /// notice's transfer section.
    fn transfer_facts(&self) -> Result<Vec<TransferFacts>> {
        let mut out = Vec::new();
        for (i, r) in self.decl.recipients.iter().enumerate() {
            for leg in r.legs(&format!("recipients[{i}]"), self.reference) {
                let Route::Transfer(destination, basis) = leg.route else {
                    continue;
                };
                let transfer = leg.transfer.map(|(_, t)| t);
                let link = transfer.and_then(|t| t.copy.clone());
                let has_copy = basis.is_ok_and(|b| b.mechanism().has_copy());
                out.push(TransferFacts {
                    recipient: r.id.clone(),
                    destination: self.place(destination.code())?,
                    mechanism: basis
                        .ok()
                        .map(|b| {
                            Ok::<_, anyhow::Error>(MechanismFacts {
                                id: b.mechanism().id(),
                                article: b.entry().article().to_owned(),
                                name: b.entry().name(self.lang)?.to_owned(),
                            })
                        })
                        .transpose()?,
                    text: self.mechanism(destination, basis, transfer)?,
                    copy: link.clone().filter(|_| has_copy),
                    more: link.filter(|_| !has_copy),
                    interests: transfer.and_then(|t| self.opt(&t.interests)),
                });
            }
        }
        Ok(out)
    }

    fn cookies_facts(&self, c: &d::Cookies) -> Result<CookiesFacts> {
        Ok(CookiesFacts {
            policy_url: c.policy_url.clone(),
            description: self.opt(&c.description),
            manage: self.opt(&c.manage),
            trackers: c
                .trackers
                .iter()
                .map(|t| {
                    Ok(TrackerFacts {
                        catalogue: t.uses.clone(),
                        name: t.name.clone(),
                        label: self.opt(&t.label),
                        provider: t.provider.clone(),
                        purpose: self.opt(&t.purpose),
                        duration: match t.duration {
                            Some(Lifetime::Period(p)) => Some(duration(p)),
                            _ => None,
                        },
                        session: t.duration == Some(Lifetime::Session),
                        lifetime: t
                            .duration
                            .map(|l| self.locales.lifetime(self.lang, l))
                            .transpose()?,
                        essential: t.essential,
                        recipient: t.recipient.clone(),
                    })
                })
                .collect::<Result<_>>()?,
        })
    }

    fn rights_facts(&self) -> Result<RightsFacts> {
        let decl = self.decl;
        let rights = decl.rights.as_ref();
        Ok(RightsFacts {
            list: listed_rights(decl)
                .into_iter()
                .map(|right| {
                    Ok(RightFacts {
                        right: right.key(),
                        article: right.article(),
                        name: self.right_name(right)?,
                        note: self.right_note(right.id()),
                    })
                })
                .collect::<Result<_>>()?,
            contact: rights_contact(decl).map(|(_, c)| self.contact(c)),
            identity_check: rights.and_then(|r| self.opt(&r.identity_check)),
            complaint: rights
                .and_then(|r| self.opt(&r.complaint))
                .into_iter()
                .collect(),
        })
    }
}

fn duration(d: d::Duration) -> DurationFacts {
    DurationFacts {
        count: d.count,
        unit: d.unit.plural(),
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use serde_json::Value;

    /// Fields of a declaration shape with their name in the output, or `-: why` it has none.
    type Renames = &'static [(&'static str, &'static str)];

    /// Each shape of the declaration with the shape of the output that states it, and where
    /// a field goes by another name, or is left out, why. A field added to the declaration
    /// fails this test until the output states it (or says here why it need not).
    const SHAPES: &[(&str, &str, Renames)] = &[
        (
            "",
            "",
            &[
                ("supervisory_authority", "authority"),
                ("lint", "-: lint's configuration, no fact of the notice"),
                (
                    "register",
                    "-: the register's (`notice register`), not the notice's",
                ),
            ],
        ),
        (
            "Notice",
            "NoticeFacts",
            &[(
                "site",
                "-: how the website publishes the Markdown, no fact of the notice",
            )],
        ),
        (
            "HistoryEntry",
            "HistoryFacts",
            &[("declaration", "-: a file the build reads the summary from")],
        ),
        ("SeparateDocument", "SeparateView", &[]),
        ("Illustration", "IllustrationView", &[]),
        ("Controller", "ControllerFacts", &[]),
        ("Contact", "ContactView", &[]),
        ("Representative", "PartyFacts", &[]),
        ("Dpo", "PartyFacts", &[]),
        ("JointController", "JointFacts", &[]),
        ("DataSubject", "SubjectFacts", &[]),
        ("DataCategory", "CategoryFacts", &[("source", "sources")]),
        ("SourceDetails", "SourceFacts", &[]),
        ("Provision", "ProvisionFacts", &[]),
        // Per-category rules are entries of the same list, each naming its category.
        ("Retention", "RetentionFacts", &[("per_category", "data")]),
        ("CategoryRetention", "RetentionFacts", &[]),
        (
            "Purpose",
            "PurposeFacts",
            &[
                ("legal_basis", "legal_bases"),
                ("special_law", "special_condition"),
                (
                    "internal_recipients",
                    "-: the register's (`notice register`), not the notice's",
                ),
            ],
        ),
        ("AutomatedDecision", "AutomatedFacts", &[]),
        (
            "PurposeProvision",
            "ProvisionFacts",
            &[("per_category", "data")],
        ),
        ("CategoryProvision", "ProvisionFacts", &[]),
        (
            "Recipient",
            "RecipientFacts",
            &[
                ("use", "catalogue"),
                ("country", "destinations"),
                ("transfer", "-: in `transfers`, one entry per destination"),
            ],
        ),
        (
            "Transfer",
            "TransferFacts",
            &[
                ("country", "destination"),
                (
                    "safeguards",
                    "-: the register's (`notice register`), not the notice's",
                ),
            ],
        ),
        (
            "ProcessorActivity",
            "ActivityFacts",
            &[
                ("client_category", "client"),
                (
                    "client_contact",
                    "-: the register's (`notice register`), not the notice's",
                ),
                (
                    "client_list",
                    "-: the register's (`notice register`), not the notice's",
                ),
            ],
        ),
        ("Cookies", "CookiesFacts", &[]),
        ("Tracker", "TrackerFacts", &[("use", "catalogue")]),
        (
            "StorageLocation",
            "StorageFacts",
            &[("country", "destinations")],
        ),
        ("Disclosure", "DisclosureView", &[]),
        ("Compliance", "ComplianceView", &[]),
        ("GlossaryEntry", "GlossaryView", &[]),
        ("RightsExercise", "RightsFacts", &[("notes", "list")]),
        ("RightsLimit", "RightsLimitFacts", &[]),
    ];

    /// Shapes of the declaration that hold no fact of the notice.
    const NOT_FACTS: &[&str] = &[
        "LintConfig",
        "Allow",
        "AuthoritySelection",
        "Site",
        "RegisterFacts",
    ];

    fn properties<'a>(schema: &'a Value, def: &str) -> BTreeSet<&'a str> {
        let node = if def.is_empty() {
            schema
        } else {
            &schema["$defs"][def]
        };
        node["properties"]
            .as_object()
            .unwrap_or_else(|| panic!("no properties in {def:?}"))
            .keys()
            .map(String::as_str)
            .collect()
    }

    #[test]
    fn the_output_states_every_field_of_the_declaration() {
        let declaration = crate::declaration::schema::schema();
        let output = crate::render::json::schema();
        let mut problems = Vec::new();
        for (from, to, renamed) in SHAPES {
            let there = properties(&output, to);
            let fields = properties(&declaration, from);
            for (field, _) in renamed.iter().filter(|(f, _)| !fields.contains(f)) {
                problems.push(format!("{from}.{field}: no such field, yet renamed here"));
            }
            for field in fields {
                let target = renamed
                    .iter()
                    .find(|(f, _)| *f == field)
                    .map_or(field, |(_, t)| *t);
                if !target.starts_with("-:") && !there.contains(target) {
                    problems.push(format!("{from}.{field}: no `{target}` in {to}"));
                }
            }
        }
        // Every shape with fields is mapped, so that a new one cannot be forgotten.
        let mapped: BTreeSet<&str> = SHAPES.iter().map(|(from, _, _)| *from).collect();
        for (name, def) in declaration["$defs"].as_object().unwrap() {
            if def.get("properties").is_some()
                && !mapped.contains(name.as_str())
                && !NOT_FACTS.contains(&name.as_str())
            {
                problems.push(format!("{name}: not mapped to a shape of the output"));
            }
        }
        assert_eq!(problems, Vec::<String>::new());
    }
}
