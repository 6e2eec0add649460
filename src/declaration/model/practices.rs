//! How rights are exercised, and what organisations say about their practices beyond the
//! Art. 13/14 items: storage, disclosure, compliance, glossary.

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::Contact;
use crate::declaration::text::Text;

/// How people exercise their rights; the rights themselves follow from the legal bases.
#[derive(Clone, Debug, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RightsExercise {
    /// Where to send requests; defaults to the DPO, then to the controller.
    pub contact: Option<Contact>,
    /// How identity is checked before answering.
    pub identity_check: Option<Text>,
    /// The organisation's own words on complaints (e.g. asking people to contact it first),
    /// shown after the fixed text on the right to complain and the authority, as an addition to
    /// them. The authority itself is `supervisory_authority`, resolved from reference data.
    pub complaint: Option<Text>,
    /// The organisation's own words about how it handles one right, shown with that right.
    #[serde(default)]
    pub notes: BTreeMap<RightName, Text>,
}

/// A data-subject right, as named in `rights.notes`; the same ids as the locale messages
/// (`right-<id>-name`).
// No doc comments on the variants: with them the schema of `notes` would lose its list of keys.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Deserialize, Serialize, JsonSchema,
)]
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
#[derive(Clone, Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct StorageLocation {
    /// What is stored there, a noun phrase before the country ("an off-site backup copy:
    /// Belgium").
    pub description: Option<Text>,
    /// Where: an ISO 3166-1 alpha-2 code (`BE`), a region (`EU`, `EEA`,
    /// `outside_eea_unspecified`), or a list of them, as for a recipient's `country`.
    pub country: Option<super::Destinations>,
    /// A wider area, where the notice names no single country ("Europe").
    pub region: Option<Text>,
    /// The recipient id of the provider that stores the data, if it is not the controller.
    pub provider: Option<String>,
}

/// Undertakings about disclosure beyond the list of recipients.
#[derive(Clone, Debug, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Disclosure {
    /// The organisation does not sell personal data (shown with fixed wording).
    #[serde(default)]
    pub no_sale: bool,
    /// Further conditions on disclosure, one item each ("only for the work defined in the quote").
    #[serde(default)]
    pub conditions: Vec<Text>,
}

/// The laws applied, commitments, and who checks compliance.
#[derive(Clone, Debug, Default, Deserialize, Serialize, JsonSchema)]
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

/// A term the notice defines for its readers.
#[derive(Clone, Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct GlossaryEntry {
    /// The term.
    pub term: Text,
    /// What it means in this notice.
    pub definition: Text,
}
