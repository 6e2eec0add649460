//! The typed declaration: what an organisation says about its processing of personal data.
//!
//! The parser accepts drafts: whatever the law requires but a draft may not have yet (a legal
//! basis, a retention period, the controller's contact) is optional here and reported by lint
//! with its article, so that a user gets the whole list of gaps at once.

use serde::{Deserialize, Serialize};

use super::text::Text;
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

/// The snake_case name a unit enum has in the declaration format (`legal_obligation`), which
/// is also the suffix of its locale messages (`basis-legal_obligation`).
pub fn name_of<T: Serialize>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(s)) => s,
        _ => String::new(),
    }
}

mod data;
mod parties;
mod practices;
mod purposes;
mod sharing;

pub use data::*;
pub use parties::*;
pub use practices::*;
pub use purposes::*;
pub use sharing::*;
