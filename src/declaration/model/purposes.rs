//! Purposes: legal bases and their conditions, the kind of activity sector rules know,
//! limits on rights, automated decisions.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{
    CriminalGround, Provision, ProvisionRequirement, Retention, RightName, SpecialAim,
    SpecialCondition,
};
use crate::declaration::text::Text;

/// A purpose of the processing, with its legal basis (Art. 13(1)(c)).
#[derive(Clone, Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Purpose {
    /// Short slug naming this purpose.
    pub id: String,
    /// Short name, as a common noun in sentence case ("Orders and delivery"): a heading and a
    /// list item, or run into a sentence with its first letter in lower case ("Purpose
    /// concerned: orders and delivery.").
    pub label: Option<Text>,
    /// What is done with the data, for this purpose: a paragraph of its own.
    pub description: Option<Text>,
    /// Art. 6(1) legal basis, or several where parts of the purpose rest on different ones
    /// (`[contract, consent]`).
    #[serde(default)]
    pub legal_basis: Bases,
    /// The interests pursued, for `legitimate_interests` (Art. 13(1)(d)), after the label
    /// "Legitimate interests:" (fr « Intérêts légitimes : », nl “Gerechtvaardigde belangen:”),
    /// in lower case: `keeping our website available and safe.`
    pub legitimate_interests: Option<Text>,
    /// The law the processing rests on, for `legal_obligation` and `public_task` (Art. 6(3)),
    /// after the label "Legal provision:" (fr « Disposition légale : », nl “Wettelijke
    /// bepaling:”): `Code of Economic Law, Articles III.86 and III.88`.
    pub law: Option<Text>,
    /// Art. 9(2) condition when special-category data are used, shown in the Regulation's
    /// words ("processing is necessary for the purposes of medical diagnosis").
    pub special_condition: Option<SpecialCondition>,
    /// The aims of an Art. 9(2)(h) or (j) condition this purpose pursues, when not all of them
    /// (`[medical_diagnosis, care_provision]`): the notice names these rather than the whole
    /// list of the Regulation.
    #[serde(default)]
    pub special_aims: Vec<SpecialAim>,
    /// The Union or member-state law an Art. 9(2)(b), (g)–(j) condition relies on, after the
    /// condition and "Legal provision:" (fr « Disposition légale : », nl “Wettelijke
    /// bepaling:”).
    pub special_law: Option<Text>,
    /// What authorises the processing of criminal-offence data (Art. 10): the Union or
    /// member-state law, after "Legal provision:" (fr « Disposition légale : », nl “Wettelijke
    /// bepaling:”), or, under `criminal_ground: official_authority`, the authority in control,
    /// after "Authority:" (fr « Autorité : », nl “Overheid:”).
    pub criminal_basis: Option<Text>,
    /// Which ground of Art. 10 allows processing criminal-offence data: `law` (the default; the
    /// law is named in `criminal_basis`) or `official_authority` (the processing is carried out
    /// under the control of official authority).
    pub criminal_ground: Option<CriminalGround>,
    /// What kind of processing this is, for the rules that national law sets for it (sector
    /// rules): `camera_surveillance` (images of surveillance cameras) or `patient_record` (the
    /// record a health professional keeps of each patient). Not shown in the notice.
    pub activity: Option<Activity>,
    /// Ids of the data subjects (`data_subjects`) whose data this purpose processes.
    #[serde(default)]
    pub data_subjects: Vec<String>,
    /// Ids of the data categories used.
    #[serde(default)]
    pub data: Vec<String>,
    /// Ids of the recipients the data are disclosed to.
    #[serde(default)]
    pub recipients: Vec<String>,
    /// Register only (Art. 30(1)(d)), never shown in the notice: the departments or functions
    /// within the organisation that receive the data, one noun phrase each ("the accounting
    /// department").
    #[serde(default)]
    pub internal_recipients: Vec<Text>,
    /// How long the data are kept for this purpose.
    pub retention: Option<Retention>,
    /// Direct marketing: adds the absolute right to object (Art. 21(2)).
    #[serde(default)]
    pub direct_marketing: bool,
    /// Automated decision-making, including profiling (Art. 22, 13(2)(f)).
    pub automated_decision: Option<AutomatedDecision>,
    /// Whether providing the data is required for this purpose (Art. 13(2)(e)), where it
    /// differs from what the categories say: for all its data, or for some categories.
    pub provision: Option<PurposeProvision>,
    /// How to withdraw consent for this purpose (Art. 7(3)), after the purpose's label under
    /// the right to withdraw consent, in lower case: "Newsletter: click the unsubscribe link in
    /// each newsletter." (fr « Lettre d'information : cliquez… », nl “Nieuwsbrief: klik…”).
    pub withdraw: Option<Text>,
    /// The purpose the data were first collected for, when this is further processing (Art. 13(3)).
    pub further_processing_of: Option<String>,
    /// Rights this purpose limits beyond what its legal bases and conditions already exclude
    /// (which the notice derives), each with the reason: a restriction by law (Art. 23), or
    /// another exception of Art. 17(3). Shown with the right.
    #[serde(default)]
    pub rights_limits: Vec<RightsLimit>,
}

/// A kind of processing for which national law sets rules that lint checks (see
/// `src/reference/data/sector.yaml`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Activity {
    /// Recording images with surveillance cameras.
    CameraSurveillance,
    /// Keeping the record a health professional must keep of each patient.
    PatientRecord,
}

/// A right that a purpose limits, and why.
#[derive(Clone, Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RightsLimit {
    /// The right: `access`, `rectification`, `erasure`, `restriction`, `portability` or
    /// `object`.
    pub right: RightName,
    /// Why and how far it is limited, after "Limit for “<purpose>”:" (fr « Limite pour
    /// « … » : », nl “Beperking voor “…”:”), in lower case, ending with a full stop: `we must
    /// keep the images an offence may be proven with until the proceedings end.`
    pub reason: Text,
}

/// Whether providing data is required for a purpose, where it differs from the categories'
/// `provision`: `requirement` and `consequences` for all its data, `per_category` for some.
#[derive(Clone, Debug, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PurposeProvision {
    /// For every category of the purpose: as a category's `provision.requirement`.
    pub requirement: Option<ProvisionRequirement>,
    /// For every category of the purpose: as a category's `provision.consequences`.
    pub consequences: Option<Text>,
    /// Categories whose provision differs for this purpose, each on its own: "Mobile number:
    /// providing these data is optional; without these data, we contact you by email."
    #[serde(default)]
    pub per_category: Vec<CategoryProvision>,
}

impl PurposeProvision {
    /// The provision for all the purpose's data, when it gives one.
    pub fn own(&self) -> Option<Provision> {
        (self.requirement.is_some() || self.consequences.is_some()).then(|| Provision {
            requirement: self.requirement,
            consequences: self.consequences.clone(),
        })
    }

    /// The provision this purpose gives for category `id`: its own entry, else the one for all
    /// its data.
    pub fn for_category(&self, id: &str) -> Option<Provision> {
        self.per_category
            .iter()
            .find(|c| c.data == id)
            .map(CategoryProvision::provision)
            .or_else(|| self.own())
    }
}

/// Whether providing one data category is required for a purpose (Art. 13(2)(e)).
#[derive(Clone, Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CategoryProvision {
    /// Id of the data category; the purpose must list it in its `data`.
    pub data: String,
    /// As a category's `provision.requirement`.
    pub requirement: Option<ProvisionRequirement>,
    /// As a category's `provision.consequences`.
    pub consequences: Option<Text>,
}

impl CategoryProvision {
    pub fn provision(&self) -> Provision {
        Provision {
            requirement: self.requirement,
            consequences: self.consequences.clone(),
        }
    }
}

/// The Art. 6(1) legal bases of a purpose: written as one (`contract`) or as a list
/// (`[contract, consent]`); none when the declaration does not say (lint reports it).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Bases(pub Vec<LegalBasis>);

impl Bases {
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn contains(&self, basis: LegalBasis) -> bool {
        self.0.contains(&basis)
    }

    /// Whether any of the bases is one of `these`.
    pub fn any_of(&self, these: &[LegalBasis]) -> bool {
        self.0.iter().any(|b| these.contains(b))
    }

    pub fn iter(&self) -> impl Iterator<Item = LegalBasis> + '_ {
        self.0.iter().copied()
    }
}

impl<'de> Deserialize<'de> for Bases {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = Bases;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a legal basis, or a list of them")
            }
            // Through the enum's own deserialiser, so that an unknown word gets serde's
            // "unknown variant …, expected one of …" (and lint's did-you-mean).
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Bases, E> {
                let one = LegalBasis::deserialize(serde::de::value::StrDeserializer::<E>::new(v))?;
                Ok(Bases(vec![one]))
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(
                self,
                mut seq: A,
            ) -> Result<Bases, A::Error> {
                let mut all = Vec::new();
                while let Some(b) = seq.next_element()? {
                    all.push(b);
                }
                Ok(Bases(all))
            }
        }
        d.deserialize_any(Visitor)
    }
}

/// Written back as it is usually written: one basis alone, several as a list.
impl Serialize for Bases {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self.0.as_slice() {
            [one] => one.serialize(s),
            all => all.serialize(s),
        }
    }
}

impl JsonSchema for Bases {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "LegalBases".into()
    }
    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let one = generator.subschema_for::<LegalBasis>();
        schemars::json_schema!({
            "description": "Art. 6(1) legal basis, or a list of them where parts of the purpose rest on different ones.",
            "oneOf": [
                one,
                {"type": "array", "items": one}
            ]
        })
    }
}

/// A legal basis of Art. 6(1).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
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

/// A decision based solely on automated processing (Art. 22).
#[derive(Clone, Debug, Deserialize, Serialize, JsonSchema)]
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
    /// Whether the decision involves profiling (Art. 4(4)).
    #[serde(default)]
    pub profiling: bool,
    /// How to obtain human intervention, express a view and contest the decision (Art. 22(3)):
    /// sentences shown after the fixed statement of those rights.
    pub human_review: Option<Text>,
}

/// An exception of Art. 22(2) that allows an automated decision.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
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
    /// Whether Art. 22(3) gives the person the rights to obtain human intervention, to express
    /// their view and to contest the decision: under the contract and explicit-consent
    /// exceptions only; under (b) the law that authorises the decision lays down the safeguards.
    pub fn gives_review_rights(self) -> bool {
        matches!(
            self,
            DecisionException::Contract | DecisionException::ExplicitConsent
        )
    }

    pub fn article(self) -> &'static str {
        match self {
            DecisionException::Contract => "22(2)(a)",
            DecisionException::Law => "22(2)(b)",
            DecisionException::ExplicitConsent => "22(2)(c)",
        }
    }
}
