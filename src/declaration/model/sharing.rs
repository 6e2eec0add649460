//! Who receives the data: recipients and transfers, processing for clients, cookies.

use serde::{Deserialize, Serialize};

use crate::declaration::text::Text;
use crate::declaration::time::Duration;

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
