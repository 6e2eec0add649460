//! The typed declaration: what an organisation says about its processing of personal data.
//!
//! The parser accepts drafts: whatever the law requires but a draft may not have yet (a legal
//! basis, a retention period, the controller's contact) is optional here and reported by lint
//! with its article, so that a user gets the whole list of gaps at once.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::text::Text;
use crate::date::Date;

/// A declaration of how an organisation handles personal data, from which `notice` writes its
/// privacy notice in every language.
#[derive(Clone, Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Declaration {
    /// The notice itself: id, date, languages, title.
    pub notice: Notice,
    /// The organisation responsible for the processing (Art. 13(1)(a)).
    pub controller: Option<Controller>,
    /// Art. 27 representative; `none` when the controller needs none.
    pub representative: Option<Presence<Representative>>,
    /// Art. 37 data protection officer; `none` when none is appointed.
    pub dpo: Option<Presence<Dpo>>,
    /// Controllers that decide purposes and means jointly with this one (Art. 26).
    #[serde(default)]
    pub joint_controllers: Vec<JointController>,
    /// The competent authority, resolved from built-in reference data (Art. 13(2)(d)).
    pub supervisory_authority: Option<AuthorityRef>,
    /// Whose data are processed: groups of people that purposes and sources refer to by id.
    #[serde(default)]
    pub data_subjects: Vec<DataSubject>,
    /// The categories of personal data processed.
    #[serde(default)]
    pub data_categories: Vec<DataCategory>,
    /// What the data are processed for, each with its legal basis and retention.
    #[serde(default)]
    pub purposes: Vec<Purpose>,
    /// Who receives the data (Art. 13(1)(e)–(f)).
    #[serde(default)]
    pub recipients: Vec<Recipient>,
    /// Processing done as a processor (Art. 28) on behalf of clients, who are its controllers.
    #[serde(default)]
    pub processor_activities: Vec<ProcessorActivity>,
    /// Cookies and similar trackers.
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
    /// How people exercise their rights.
    pub rights: Option<RightsExercise>,
    /// Facts only the record of processing activities shows (Art. 30), never the notice:
    /// `notice register` writes them.
    pub register: Option<RegisterFacts>,
    /// Lint configuration: findings allowed after review. Not part of the notice.
    pub lint: Option<LintConfig>,
}

/// The notice itself.
#[derive(Clone, Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Notice {
    /// Slug naming the output folder; unique in a run.
    pub id: Option<String>,
    /// When this version applies; shown under the title, and the PDF's date.
    pub effective: Option<Date>,
    /// Version shown next to the date.
    pub version: Option<String>,
    /// Every language to write (`fr`, `nl`, `en`); each needs a locale.
    #[serde(default)]
    pub languages: Vec<String>,
    /// Fallback for a missing translation, and the `hreflang="x-default"` page.
    pub default_language: Option<String>,
    /// Replaces "Privacy notice — <controller>".
    pub title: Option<Text>,
    /// Where the notice is published; makes `hreflang` links absolute.
    pub url: Option<String>,
    /// Introductory text shown under the title.
    pub introduction: Option<Text>,
    /// How readers are told of changes to the notice.
    pub changes: Option<Text>,
    /// Previous versions, with what changed.
    #[serde(default)]
    pub history: Vec<HistoryEntry>,
    /// Processing the organisation describes in documents of their own (e.g. the privacy rules
    /// agreed with its staff), so that readers know this notice does not cover it.
    #[serde(default)]
    pub separate_documents: Vec<SeparateDocument>,
    /// Whether readers may ask for a paper copy of the notice.
    #[serde(default)]
    pub paper_copy: bool,
    /// Marks a notice that is not an organisation's own but an illustration (a published
    /// notice completed with assumptions): shown at the top of every output, so that a reader
    /// of the built notice, not only of the YAML, can tell what was assumed.
    pub illustration: Option<Illustration>,
    /// How the Markdown files are written for the website that publishes them: the Markdown
    /// flavour and the front matter of each page. Not shown in the notice.
    pub site: Option<Site>,
}

/// What makes a notice an illustration, shown at its top.
#[derive(Clone, Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Illustration {
    /// Where the facts come from (the published notice this one completes).
    pub note: Option<Text>,
    /// Each fact the original does not state and that was assumed to complete it.
    #[serde(default)]
    pub assumptions: Vec<Text>,
}

/// Processing described in a document of its own.
#[derive(Clone, Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SeparateDocument {
    /// What the document covers ("the privacy rules agreed with our staff").
    pub subject: Text,
    /// Where it is published, if it is.
    pub url: Option<String>,
}

/// A previous version of the notice.
#[derive(Clone, Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct HistoryEntry {
    /// When that version applied from.
    pub effective: Date,
    /// What changed. May be left out where the declaration of that version is reachable
    /// (`declaration`, or `--since` a revision where it was current): the build then writes
    /// the material changes made when it was replaced, in every language.
    pub summary: Option<Text>,
    /// A copy of that version's declaration, relative to this file; keep it where `notice`
    /// does not look for declarations (a dot-folder such as `.versions/`).
    pub declaration: Option<String>,
}

/// The snake_case name a unit enum has in the declaration format (`legal_obligation`), which
/// is also the suffix of its locale messages (`basis-legal_obligation`).
pub fn name_of<T: Serialize>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(s)) => s,
        _ => String::new(),
    }
}

mod conditions;
mod data;
mod lint;
mod parties;
mod places;
mod practices;
mod purposes;
mod register;
mod retention;
mod sharing;
mod site;

pub use conditions::*;
pub use data::*;
pub use lint::*;
pub use parties::*;
pub use places::*;
pub use practices::*;
pub use purposes::*;
pub use register::*;
pub use retention::*;
pub use sharing::*;
pub use site::*;
