//! Whose data are processed (data subjects), data categories: what they hold, special and
//! criminal data, where they come from (for everyone, or per group of data subjects), and
//! whether providing them is required.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::Retention;
use crate::declaration::text::{Shorthand, Text, shorthand_deserialize, shorthand_schema};

/// A group of people whose data are processed (Art. 4(1), the "data subjects"): purposes and
/// sources name them by id.
#[derive(Clone, Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DataSubject {
    /// Short slug that purposes and sources use to refer to this group.
    pub id: String,
    /// Short name, a plural common noun in sentence case ("Workers of our clients"): a list
    /// item, or run into a sentence with its first letter in lower case ("Data subjects:
    /// workers of our clients and self-employed clients."). Without it, the name of `kind`.
    pub label: Option<Text>,
    /// What kind of people they are, in terms `notice` understands (for the Art. 30 record,
    /// and rules that depend on who the data are about); gives the label when there is none.
    pub kind: Option<DataSubjectKind>,
    /// Who exactly belongs to the group, shown after its label where the notice lists the
    /// groups ("**Workers of our clients**: the people who ask us to intervene for their
    /// organisation").
    pub description: Option<Text>,
}

/// Kinds of data subjects (Art. 30(1)(c) "categories of data subjects").
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum DataSubjectKind {
    /// People who buy from us or use our services.
    Customers,
    /// People we may become a supplier of.
    Prospects,
    /// Our staff.
    Employees,
    /// People who apply for a job with us.
    JobApplicants,
    /// People who visit our website or app.
    WebsiteVisitors,
    /// The people who act for our clients (organisations): contacts, staff.
    ClientRepresentatives,
    /// People who use the services we run for our clients.
    EndUsers,
    /// People we give health care to.
    Patients,
    /// Pupils and students.
    Pupils,
    /// Members of an association.
    Members,
    /// Our suppliers and their staff.
    Suppliers,
    /// People who come to our premises.
    Visitors,
    /// Anyone else: give a `label`.
    Other,
}

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
    /// Where the data come from: one source, or a list with one per group of data subjects
    /// (`data_subjects`); absent means from the data subject (Art. 13).
    pub source: Option<Sources>,
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

/// Where data come from (Art. 14(2)(f)), for everyone or for some groups of data subjects.
#[derive(Clone, Debug, Default, Serialize)]
pub struct Source {
    /// Ids of the data subjects this source is for; empty: everyone no other source of the
    /// category names.
    pub data_subjects: Vec<String>,
    pub kind: SourceKind,
    /// The named third party (Art. 14 asks for the specific source).
    pub name: Option<Text>,
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
    /// Generated or recorded by the controller's own systems as the person uses its services or
    /// premises (logs, traffic, usage, location, camera images, what is derived from them).
    /// Obtained from the person by observation, so Art. 13 applies (WP260 para. 26); nothing is
    /// "provided", so Art. 13(2)(e) does not.
    Observed,
}

/// Where data come from, in detail (Art. 14(2)(f)).
#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "SourceDetails")]
pub struct SourceFull {
    /// Ids of the data subjects (`data_subjects`) this source is for, where the source differs
    /// from one group to another: in a list of sources, the notice names the groups with each
    /// one ("Source (workers of our clients): your employer."). Without it, the source is for
    /// everyone no other entry of the list names.
    #[serde(default)]
    data_subjects: Vec<String>,
    /// Whom the data are obtained from.
    kind: SourceKind,
    /// The named third party (Art. 14 asks for the specific source): one string, or per
    /// language where it has an official name in each (`{fr: Registre national – SPF Intérieur,
    /// nl: Rijksregister – FOD Binnenlandse Zaken}`).
    name: Option<Text>,
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
        "`data_subject`, `third_party`, `public`, `observed`, or a mapping with `kind`";
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
            data_subjects: f.data_subjects,
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
            "Where the data come from: `data_subject`, `third_party`, `public` or `observed`, or a mapping with `kind` and details.",
            generator.subschema_for::<SourceKind>().to_value(),
            generator.subschema_for::<SourceFull>(),
        )
    }
}

impl Source {
    /// Art. 14 applies to data not obtained from the data subject (observed data are obtained
    /// from them: WP260 para. 26).
    pub fn is_indirect(&self) -> bool {
        matches!(self.kind, SourceKind::ThirdParty | SourceKind::Public)
    }
}

/// Where a category's data come from: one source for everyone (`source: third_party`,
/// `source: {kind: …}`), or a list with one entry per group of data subjects.
#[derive(Clone, Debug, Default)]
pub struct Sources {
    pub entries: Vec<Source>,
    /// The declaration wrote a list: paths and serialisation follow the file.
    pub listed: bool,
}

impl Sources {
    /// The entries with the declaration path of each: `<base>` for the single form,
    /// `<base>[k]` for the list form.
    pub fn with_paths<'a>(&'a self, base: &str) -> Vec<(String, &'a Source)> {
        if self.listed {
            self.entries
                .iter()
                .enumerate()
                .map(|(k, s)| (format!("{base}[{k}]"), s))
                .collect()
        } else {
            self.entries.iter().map(|s| (base.to_owned(), s)).collect()
        }
    }
}

impl DataCategory {
    /// Every source of the category; one from the data subject when it declares none.
    pub fn sources(&self) -> Vec<Source> {
        match &self.source {
            Some(s) if !s.entries.is_empty() => s.entries.clone(),
            _ => vec![Source::default()],
        }
    }

    /// Art. 14 applies to these data, for at least one group of data subjects: the notice must
    /// give their category (14(1)(d)) and source (14(2)(f)).
    pub fn is_indirect(&self) -> bool {
        self.sources().iter().any(Source::is_indirect)
    }

    /// Some of these data are asked of the person, who may or must provide them: Art. 13(2)(e)
    /// applies (not to data obtained elsewhere, nor to data observed as the person uses our
    /// services, which they do not provide).
    pub fn is_provided(&self) -> bool {
        self.sources()
            .iter()
            .any(|s| s.kind == SourceKind::DataSubject)
    }
}

impl super::Declaration {
    /// The data subjects of the purposes that use data category `id`, in the order they are
    /// first named.
    pub fn subjects_of_category(&self, id: &str) -> Vec<&str> {
        let mut out: Vec<&str> = Vec::new();
        for p in self
            .purposes
            .iter()
            .filter(|p| p.data.iter().any(|d| d == id))
        {
            for s in &p.data_subjects {
                if !out.contains(&s.as_str()) {
                    out.push(s);
                }
            }
        }
        out
    }

    /// The data subjects a source of category `c` is for: those it names, or, for a source
    /// that names none, those of the purposes using the category that no other source names
    /// (empty when the purposes name none).
    pub fn source_subjects<'a>(&'a self, c: &'a DataCategory, s: &'a Source) -> Vec<&'a str> {
        if !s.data_subjects.is_empty() {
            return s.data_subjects.iter().map(String::as_str).collect();
        }
        let named = |id: &str| {
            c.source
                .iter()
                .flat_map(|x| &x.entries)
                .any(|o| o.data_subjects.iter().any(|d| d == id))
        };
        self.subjects_of_category(&c.id)
            .into_iter()
            .filter(|id| !named(id))
            .collect()
    }
}

impl<'de> Deserialize<'de> for Sources {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> serde::de::Visitor<'de> for V {
            type Value = Sources;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str(
                    "`data_subject`, `third_party`, `public`, `observed`, a mapping with `kind`, or a list of such mappings with `data_subjects`",
                )
            }
            // One source, through its own deserialiser: the same errors as before lists existed.
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Sources, E> {
                Source::deserialize(serde::de::value::StrDeserializer::<E>::new(v)).map(|s| {
                    Sources {
                        entries: vec![s],
                        listed: false,
                    }
                })
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(self, map: A) -> Result<Sources, A::Error> {
                Source::deserialize(serde::de::value::MapAccessDeserializer::new(map)).map(|s| {
                    Sources {
                        entries: vec![s],
                        listed: false,
                    }
                })
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(
                self,
                mut seq: A,
            ) -> Result<Sources, A::Error> {
                let mut all = Vec::new();
                while let Some(s) = seq.next_element()? {
                    all.push(s);
                }
                Ok(Sources {
                    entries: all,
                    listed: true,
                })
            }
        }
        d.deserialize_any(V)
    }
}

/// Written back in the form it was read in, so that walks over the serialised declaration give
/// the paths of the file.
impl Serialize for Sources {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self.entries.as_slice() {
            [one] if !self.listed => one.serialize(s),
            all => all.serialize(s),
        }
    }
}

impl JsonSchema for Sources {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Sources".into()
    }
    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let one = generator.subschema_for::<Source>();
        schemars::json_schema!({
            "description": "Where the data come from: one source for everyone, or a list with one per group of data subjects (each naming them in `data_subjects`).",
            "oneOf": [
                one,
                {"type": "array", "items": one}
            ]
        })
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
