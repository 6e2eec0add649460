//! Data categories: what they hold, special and criminal data, where they come from, and
//! whether providing them is required.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::Retention;
use crate::declaration::text::{Shorthand, Text, shorthand_deserialize, shorthand_schema};

/// A category of personal data the organisation processes.
#[derive(Clone, Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DataCategory {
    /// Short slug that purposes use to refer to this category.
    pub id: String,
    /// Short name, as a common noun in sentence case ("Contact details"): a list item, or
    /// run into a sentence with its first letter in lower case ("Data: identity and contact
    /// details.").
    pub label: Option<Text>,
    /// What the category holds, a list of nouns shown after the label: "**Contact details:**
    /// postal address, email address".
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

/// A special category of personal data (Art. 9(1)).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
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

/// Whom data are obtained from.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
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

/// Where data come from, in detail (Art. 14(2)(f)).
#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "SourceDetails")]
pub struct SourceFull {
    /// Whom the data are obtained from.
    kind: SourceKind,
    /// The named third party (Art. 14 asks for the specific source).
    name: Option<String>,
    /// The source described in words, after its name ("Source: Example Insurance SA, your
    /// insurer.") or in its place; for data from the person, how they are collected ("How we
    /// collect them: through the order form.").
    description: Option<Text>,
    /// Whether the source is publicly accessible.
    public: Option<bool>,
    /// A link to the source.
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

impl JsonSchema for Source {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Source".into()
    }
    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        shorthand_schema(
            "Where the data come from: `data_subject`, `third_party` or `public`, or a mapping with `kind` and details.",
            generator.subschema_for::<SourceKind>().to_value(),
            generator.subschema_for::<SourceFull>(),
        )
    }
}

impl Source {
    /// Art. 14 applies to data not obtained from the data subject.
    pub fn is_indirect(&self) -> bool {
        self.kind != SourceKind::DataSubject
    }
}

/// Whether providing data is required, and what happens if they are not (Art. 13(2)(e)).
#[derive(Clone, Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Provision {
    /// Why the data must be provided, or that providing them is voluntary: the notice says so
    /// in fixed words ("Providing these data is optional").
    pub requirement: Option<ProvisionRequirement>,
    /// What happens if the person does not provide the data. Either the main clause that
    /// follows the requirement and "without these data," (fr « sans ces données, », nl
    /// “zonder deze gegevens”, with the verb first: `kunnen wij niet leveren`), starting in
    /// lower case: `we cannot deliver your order` gives "Providing these data is required to
    /// enter into the contract; without these data, we cannot deliver your order."; or a
    /// sentence of its own, starting with a capital, shown after the requirement.
    pub consequences: Option<Text>,
}

/// Why data must be provided.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
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
