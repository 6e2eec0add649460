//! The typed declaration: what an organisation says about its processing of personal data.
//!
//! The parser accepts drafts: whatever the law requires but a draft may not have yet (a legal
//! basis, a retention period, the controller's contact) is optional here and reported by lint
//! with its article, so that a user gets the whole list of gaps at once.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::text::{Shorthand, Text, shorthand_deserialize};
use super::time::{Duration, Event};
use crate::date::Date;

#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Declaration {
    pub notice: Notice,
    pub controller: Option<Controller>,
    /// Art. 27 representative; `none` when the controller needs none.
    pub representative: Option<Presence<Representative>>,
    /// Art. 37 data protection officer; `none` when none is appointed.
    pub dpo: Option<Presence<Dpo>>,
    #[serde(default)]
    pub joint_controllers: Vec<JointController>,
    pub supervisory_authority: Option<AuthorityRef>,
    #[serde(default)]
    pub data_categories: Vec<DataCategory>,
    #[serde(default)]
    pub purposes: Vec<Purpose>,
    #[serde(default)]
    pub recipients: Vec<Recipient>,
    /// Processing done as a processor (Art. 28) on behalf of clients, who are its controllers.
    #[serde(default)]
    pub processor_activities: Vec<ProcessorActivity>,
    pub cookies: Option<Cookies>,
    /// Security measures, one item each.
    #[serde(default)]
    pub security: Vec<Text>,
    /// Who within the organisation may access the data and the confidentiality duties staff are
    /// under (Art. 29, 32(4)), one item each; shown with the security measures.
    #[serde(default)]
    pub confidentiality: Vec<Text>,
    /// Where the data are stored (own servers, backups, hosted mail), so that readers know in
    /// which countries their data are held even when no recipient is involved.
    #[serde(default)]
    pub storage: Vec<StorageLocation>,
    /// Undertakings about disclosure that go beyond the list of recipients.
    pub disclosure: Option<Disclosure>,
    /// The laws the organisation says it applies, its commitments, and who checks its compliance.
    pub compliance: Option<Compliance>,
    /// Terms the notice defines for its readers, in the order given.
    #[serde(default)]
    pub glossary: Vec<GlossaryEntry>,
    pub rights: Option<RightsExercise>,
}

#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Notice {
    pub id: Option<String>,
    pub effective: Option<Date>,
    pub version: Option<String>,
    #[serde(default)]
    pub languages: Vec<String>,
    pub default_language: Option<String>,
    pub title: Option<Text>,
    /// Where the notice is published; makes `hreflang` links absolute.
    pub url: Option<String>,
    /// Introductory text shown under the title.
    pub introduction: Option<Text>,
    /// How readers are told of changes to the notice.
    pub changes: Option<Text>,
    #[serde(default)]
    pub history: Vec<HistoryEntry>,
    /// Processing the organisation describes in documents of their own (e.g. the privacy rules
    /// agreed with its staff), so that readers know this notice does not cover it.
    #[serde(default)]
    pub separate_documents: Vec<SeparateDocument>,
    /// Whether readers may ask for a paper copy of the notice.
    #[serde(default)]
    pub paper_copy: bool,
}

#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct SeparateDocument {
    /// What the document covers ("the privacy rules agreed with our staff").
    pub subject: Text,
    /// Where it is published, if it is.
    pub url: Option<String>,
}

#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct HistoryEntry {
    pub effective: Date,
    pub summary: Option<Text>,
}

#[derive(Clone, Debug, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    pub address: Option<Text>,
    pub email: Option<String>,
    pub phone: Option<String>,
    /// A web form for questions or requests.
    pub form: Option<String>,
}

impl Contact {
    pub fn is_empty(&self) -> bool {
        self.address.is_none()
            && self.email.is_none()
            && self.phone.is_none()
            && self.form.is_none()
    }
}

#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Controller {
    pub name: Option<String>,
    #[serde(default)]
    pub trade_names: Vec<String>,
    pub company_number: Option<String>,
    pub country: Option<String>,
    pub website: Option<String>,
    #[serde(default)]
    pub contact: Contact,
    /// A public authority or body (Art. 6(1) last subparagraph: no legitimate interests for its tasks).
    #[serde(default)]
    pub public_authority: bool,
}

/// Something a notice must either describe or explicitly declare absent (`none`).
#[derive(Clone, Debug)]
pub enum Presence<T> {
    None,
    Some(T),
}

impl<T> Presence<T> {
    pub fn get(&self) -> Option<&T> {
        match self {
            Presence::None => None,
            Presence::Some(t) => Some(t),
        }
    }
}

impl<T: Serialize> Serialize for Presence<T> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Presence::None => s.serialize_str("none"),
            Presence::Some(t) => t.serialize(s),
        }
    }
}

impl<T: serde::de::DeserializeOwned> Shorthand for Presence<T> {
    type Full = T;
    const EXPECTING: &'static str = "`none`, or a mapping with the details";
    fn from_word(word: &str) -> Result<Self, String> {
        match word {
            "none" => Ok(Presence::None),
            other => Err(format!("expected `none` or a mapping, found `{other}`")),
        }
    }
    fn from_full(full: T) -> Self {
        Presence::Some(full)
    }
}

impl<'de, T: serde::de::DeserializeOwned> Deserialize<'de> for Presence<T> {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        super::text::deserialize_shorthand(d)
    }
}

#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Representative {
    pub name: Option<String>,
    pub country: Option<String>,
    #[serde(default)]
    pub contact: Contact,
}

#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Dpo {
    pub name: Option<String>,
    #[serde(default)]
    pub contact: Contact,
}

#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct JointController {
    pub id: String,
    pub name: Option<String>,
    pub country: Option<String>,
    #[serde(default)]
    pub contact: Contact,
    /// The essence of the arrangement (Art. 26(2)): who does what towards the data subject.
    pub essence: Option<Text>,
    /// Purposes whose means and ends are determined jointly.
    #[serde(default)]
    pub purposes: Vec<String>,
    /// Which party people should address (Art. 26(1)): `us`, `them`, or absent.
    pub contact_point: Option<ContactPoint>,
    pub notice_url: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ContactPoint {
    Us,
    Them,
}

/// The competent supervisory authority: a country code (`BE`), or a country and region (`{country: DE, region: BY}`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct AuthorityRef {
    pub country: String,
    pub region: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AuthorityRefFull {
    country: String,
    region: Option<String>,
}

impl Shorthand for AuthorityRef {
    type Full = AuthorityRefFull;
    const EXPECTING: &'static str = "a country code such as BE, or {country: DE, region: BY}";
    fn from_word(word: &str) -> Result<Self, String> {
        Ok(AuthorityRef {
            country: word.to_owned(),
            region: None,
        })
    }
    fn from_full(f: AuthorityRefFull) -> Self {
        AuthorityRef {
            country: f.country,
            region: f.region,
        }
    }
}
shorthand_deserialize!(AuthorityRef);

#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct DataCategory {
    pub id: String,
    pub label: Option<Text>,
    pub description: Option<Text>,
    /// Art. 9(1) special category.
    pub special: Option<SpecialCategory>,
    /// Art. 10 personal data relating to criminal convictions and offences.
    #[serde(default)]
    pub criminal: bool,
    /// Where the data come from; absent means from the data subject (Art. 13).
    pub source: Option<Source>,
    /// Whether providing these data is required, and what happens if they are not (Art. 13(2)(e)).
    pub provision: Option<Provision>,
    /// Retention for this category wherever it is used, unless a purpose says otherwise.
    pub retention: Option<Retention>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SpecialCategory {
    RacialOrEthnicOrigin,
    PoliticalOpinions,
    ReligiousOrPhilosophicalBeliefs,
    TradeUnionMembership,
    Genetic,
    Biometric,
    Health,
    SexLifeOrOrientation,
}

/// Where data come from (Art. 14(2)(f)).
#[derive(Clone, Debug, Default, Serialize)]
pub struct Source {
    pub kind: SourceKind,
    /// The named third party (Art. 14 asks for the specific source).
    pub name: Option<String>,
    pub description: Option<Text>,
    /// Whether the source is publicly accessible.
    pub public: Option<bool>,
    pub url: Option<String>,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SourceKind {
    /// Collected from the person the data are about (Art. 13).
    #[default]
    DataSubject,
    /// Obtained from someone else (Art. 14).
    ThirdParty,
    /// Obtained from a publicly accessible source (Art. 14).
    Public,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourceFull {
    kind: SourceKind,
    name: Option<String>,
    description: Option<Text>,
    public: Option<bool>,
    url: Option<String>,
}

impl Shorthand for Source {
    type Full = SourceFull;
    const EXPECTING: &'static str =
        "`data_subject`, `third_party`, `public`, or a mapping with `kind`";
    fn from_word(word: &str) -> Result<Self, String> {
        let kind = SourceKind::deserialize(serde::de::value::StrDeserializer::<
            serde::de::value::Error,
        >::new(word))
        .map_err(|e| e.to_string())?;
        Ok(Source {
            kind,
            ..Source::default()
        })
    }
    fn from_full(f: SourceFull) -> Self {
        Source {
            kind: f.kind,
            name: f.name,
            description: f.description,
            public: f.public,
            url: f.url,
        }
    }
}
shorthand_deserialize!(Source);

impl Source {
    /// Art. 14 applies to data not obtained from the data subject.
    pub fn is_indirect(&self) -> bool {
        self.kind != SourceKind::DataSubject
    }
}

#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Provision {
    pub requirement: Option<ProvisionRequirement>,
    /// What happens if the person does not provide the data.
    pub consequences: Option<Text>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ProvisionRequirement {
    /// Required by law.
    Statutory,
    /// Required by a contract.
    Contractual,
    /// Needed to enter into a contract.
    ContractPrerequisite,
    /// The person chooses whether to provide them.
    Voluntary,
}

#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Purpose {
    pub id: String,
    pub label: Option<Text>,
    pub description: Option<Text>,
    pub legal_basis: Option<LegalBasis>,
    /// The interests pursued, for `legitimate_interests` (Art. 13(1)(d)).
    pub legitimate_interests: Option<Text>,
    /// The law the processing rests on, for `legal_obligation` and `public_task` (Art. 6(3)).
    pub law: Option<Text>,
    /// Art. 9(2) condition when special-category data are used.
    pub special_condition: Option<SpecialCondition>,
    /// The Union or member-state law an Art. 9(2)(b), (g)–(j) condition relies on.
    pub special_law: Option<Text>,
    /// What authorises the processing of criminal-offence data (Art. 10).
    pub criminal_basis: Option<Text>,
    /// Ids of the data categories used.
    #[serde(default)]
    pub data: Vec<String>,
    /// Ids of the recipients the data are disclosed to.
    #[serde(default)]
    pub recipients: Vec<String>,
    pub retention: Option<Retention>,
    #[serde(default)]
    pub direct_marketing: bool,
    pub automated_decision: Option<AutomatedDecision>,
    /// Overrides the categories' `provision` for this purpose.
    pub provision: Option<Provision>,
    /// How to withdraw consent for this purpose (e.g. the unsubscribe link), Art. 7(3).
    pub withdraw: Option<Text>,
    /// The purpose the data were first collected for, when this is further processing (Art. 13(3)).
    pub further_processing_of: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum LegalBasis {
    /// Art. 6(1)(a)
    Consent,
    /// Art. 6(1)(b)
    Contract,
    /// Art. 6(1)(c)
    LegalObligation,
    /// Art. 6(1)(d)
    VitalInterests,
    /// Art. 6(1)(e)
    PublicTask,
    /// Art. 6(1)(f)
    LegitimateInterests,
}

/// The snake_case name a unit enum has in the declaration format (`legal_obligation`), which
/// is also the suffix of its locale messages (`basis-legal_obligation`).
pub fn name_of<T: Serialize>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(s)) => s,
        _ => String::new(),
    }
}

impl LegalBasis {
    pub const ALL: [LegalBasis; 6] = [
        LegalBasis::Consent,
        LegalBasis::Contract,
        LegalBasis::LegalObligation,
        LegalBasis::VitalInterests,
        LegalBasis::PublicTask,
        LegalBasis::LegitimateInterests,
    ];
    /// The point of Art. 6(1).
    pub fn article(self) -> &'static str {
        match self {
            LegalBasis::Consent => "6(1)(a)",
            LegalBasis::Contract => "6(1)(b)",
            LegalBasis::LegalObligation => "6(1)(c)",
            LegalBasis::VitalInterests => "6(1)(d)",
            LegalBasis::PublicTask => "6(1)(e)",
            LegalBasis::LegitimateInterests => "6(1)(f)",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SpecialCondition {
    /// Art. 9(2)(a)
    ExplicitConsent,
    /// Art. 9(2)(b)
    Employment,
    /// Art. 9(2)(c)
    VitalInterests,
    /// Art. 9(2)(d)
    NotForProfit,
    /// Art. 9(2)(e)
    MadePublic,
    /// Art. 9(2)(f)
    LegalClaims,
    /// Art. 9(2)(g)
    SubstantialPublicInterest,
    /// Art. 9(2)(h)
    HealthOrSocialCare,
    /// Art. 9(2)(i)
    PublicHealth,
    /// Art. 9(2)(j)
    ArchivingOrResearch,
}

impl SpecialCondition {
    pub fn article(self) -> &'static str {
        match self {
            SpecialCondition::ExplicitConsent => "9(2)(a)",
            SpecialCondition::Employment => "9(2)(b)",
            SpecialCondition::VitalInterests => "9(2)(c)",
            SpecialCondition::NotForProfit => "9(2)(d)",
            SpecialCondition::MadePublic => "9(2)(e)",
            SpecialCondition::LegalClaims => "9(2)(f)",
            SpecialCondition::SubstantialPublicInterest => "9(2)(g)",
            SpecialCondition::HealthOrSocialCare => "9(2)(h)",
            SpecialCondition::PublicHealth => "9(2)(i)",
            SpecialCondition::ArchivingOrResearch => "9(2)(j)",
        }
    }
}

/// How long data are kept (Art. 13(2)(a) / 14(2)(a)).
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Retention {
    /// A period, such as `7 years` or `14 days`.
    pub duration: Option<Duration>,
    /// When the period starts.
    pub after: Option<Event>,
    /// Precise criteria where no fixed period can be given.
    pub criteria: Option<Text>,
    /// When data are kept longer than the period (e.g. to prove an offence).
    pub exception: Option<Text>,
    /// Different retention for some data categories of this purpose.
    #[serde(default)]
    pub per_category: Vec<CategoryRetention>,
}

#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct CategoryRetention {
    pub data: String,
    pub duration: Option<Duration>,
    pub after: Option<Event>,
    pub criteria: Option<Text>,
    pub exception: Option<Text>,
}

#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct AutomatedDecision {
    /// Meaningful information about the logic involved.
    pub logic: Option<Text>,
    /// The significance of the processing for the person.
    pub significance: Option<Text>,
    /// Its envisaged consequences.
    pub consequences: Option<Text>,
    /// The Art. 22(2) exception relied on.
    pub exception: Option<DecisionException>,
    #[serde(default)]
    pub profiling: bool,
    /// How to obtain human intervention, express a view and contest the decision (Art. 22(3)).
    pub human_review: Option<Text>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DecisionException {
    /// Art. 22(2)(a)
    Contract,
    /// Art. 22(2)(b)
    Law,
    /// Art. 22(2)(c)
    ExplicitConsent,
}

impl DecisionException {
    pub fn article(self) -> &'static str {
        match self {
            DecisionException::Contract => "22(2)(a)",
            DecisionException::Law => "22(2)(b)",
            DecisionException::ExplicitConsent => "22(2)(c)",
        }
    }
}

#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Recipient {
    pub id: String,
    /// The recipient's name; WP260 asks for names by default.
    pub name: Option<String>,
    /// A category of recipients, where naming them is justified as impossible.
    pub category: Option<Text>,
    pub role: Option<RecipientRole>,
    /// What the recipient does with the data, or for us.
    pub service: Option<Text>,
    /// ISO 3166-1 alpha-2 code of where the data are processed.
    pub country: Option<String>,
    /// How a transfer outside the EEA is safeguarded (Art. 13(1)(f)).
    pub transfer: Option<Transfer>,
    /// The recipient's own privacy notice.
    pub notice_url: Option<String>,
    /// The recipient belongs to the same group of companies as the controller.
    #[serde(default)]
    pub group_company: bool,
    /// Where the recipients of a category are listed by name (a partners page, a list of the
    /// group's companies): WP260 asks for names, and this is where they are.
    pub list_url: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RecipientRole {
    Processor,
    Controller,
    JointController,
    Authority,
}

#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Transfer {
    /// A safeguard id from the reference data: `adequacy`, `dpf`, `scc`, `bcr`, an Art. 49 derogation…
    pub mechanism: Option<String>,
    /// Where a copy of the safeguard is published or can be obtained.
    pub copy: Option<String>,
    /// The interests pursued, for an Art. 49(1) second-subparagraph transfer.
    pub interests: Option<Text>,
}

#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ProcessorActivity {
    pub id: String,
    pub description: Option<Text>,
    /// The client on whose behalf the processing is done (the controller), by name…
    pub client: Option<String>,
    /// …or, where there are many, as a category ("employers who lease bicycles").
    pub client_category: Option<Text>,
    /// Where the client's own privacy notice is.
    pub client_notice: Option<String>,
    /// How people should exercise their rights (usually: with the client).
    pub rights: Option<Text>,
}

#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Cookies {
    /// A separate cookie policy, if there is one.
    pub policy_url: Option<String>,
    /// What the organisation says about its use of cookies in general, shown before the list.
    pub description: Option<Text>,
    #[serde(default)]
    pub trackers: Vec<Tracker>,
    /// How to change one's choices (consent banner link, browser settings…).
    pub manage: Option<Text>,
}

#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Tracker {
    /// The technical name (`_ga`); empty when the notice does not give it, and then `label`
    /// says which tracker is meant.
    #[serde(default)]
    pub name: String,
    /// A readable name, for trackers known only by what they do ("preference cookies").
    pub label: Option<Text>,
    pub provider: Option<String>,
    pub purpose: Option<Text>,
    /// How long the tracker is stored on the device.
    pub duration: Option<Duration>,
    /// Strictly necessary trackers need no consent.
    #[serde(default)]
    pub essential: bool,
    /// The recipient entry describing the provider, if data leave the site.
    pub recipient: Option<String>,
}

#[derive(Clone, Debug, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RightsExercise {
    /// Where to send requests; defaults to the DPO, then to the controller.
    pub contact: Option<Contact>,
    /// How identity is checked before answering.
    pub identity_check: Option<Text>,
    /// The organisation's own words on complaints (e.g. asking people to contact it first),
    /// shown before the fixed text on the right to complain. The authority itself is
    /// `supervisory_authority`, resolved from reference data.
    pub complaint: Option<Text>,
    /// The organisation's own words about how it handles one right, shown with that right.
    #[serde(default)]
    pub notes: BTreeMap<RightName, Text>,
}

/// A data-subject right, as named in `rights.notes`; the same ids as the locale messages
/// (`right-<id>-name`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RightName {
    Access,
    Rectification,
    Erasure,
    Restriction,
    Portability,
    Object,
    Withdraw,
    Automated,
    Complaint,
}

/// A place where personal data are stored.
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct StorageLocation {
    /// What is stored there ("our internal server", "an off-site backup copy").
    pub description: Option<Text>,
    /// ISO 3166-1 alpha-2 code of the country.
    pub country: Option<String>,
    /// A wider area, where the notice names no single country ("Europe").
    pub region: Option<Text>,
    /// The recipient id of the provider that stores the data, if it is not the controller.
    pub provider: Option<String>,
}

#[derive(Clone, Debug, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Disclosure {
    /// The organisation does not sell personal data (shown with fixed wording).
    #[serde(default)]
    pub no_sale: bool,
    /// Further conditions on disclosure, one item each ("only for the work defined in the quote").
    #[serde(default)]
    pub conditions: Vec<Text>,
}

#[derive(Clone, Debug, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Compliance {
    /// The laws the organisation says it applies (the GDPR, the Belgian Act of 30 July 2018…),
    /// one item each.
    #[serde(default)]
    pub laws: Vec<Text>,
    /// Principles it commits to, one item each, each a full sentence.
    #[serde(default)]
    pub principles: Vec<Text>,
    /// Who checks its compliance (internal audit, regulators), one item each.
    #[serde(default)]
    pub oversight: Vec<Text>,
}

#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct GlossaryEntry {
    pub term: Text,
    pub definition: Text,
}
