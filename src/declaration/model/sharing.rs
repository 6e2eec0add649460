//! Who receives the data: recipients and transfers, processing for clients, cookies.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{Destinations, Retention, Transfers};
use crate::declaration::text::Text;
use crate::declaration::time::Lifetime;

/// Someone the personal data are disclosed to (Art. 13(1)(e)).
#[derive(Clone, Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
// `id` is required unless `use` is given (an `if`, so that tools reading the schema for its
// fields and shapes, the generated field reference among them, see one shape).
#[schemars(extend("if" = {"required": ["use"]}, "else" = {"required": ["id"]}))]
pub struct Recipient {
    /// Short slug that purposes use to refer to this recipient; with `use:`, the service's id
    /// when left out.
    #[serde(default)]
    pub id: String,
    /// A service of the built-in catalogue (`notice reference services`) whose facts this
    /// recipient takes: its legal entity and product as `name`, `role`, `service`, `country`,
    /// `transfer` and `notice_url`. Each of these fields given here replaces the catalogue's
    /// (a `transfer` entry is merged with the catalogue's entry for the same country).
    #[serde(rename = "use")]
    pub uses: Option<String>,
    /// The recipient's name; WP260 asks for names by default. One string, or per language
    /// where the recipient has an official name in each (`{fr: Zone de police Exemple, nl:
    /// Politiezone Voorbeeld}`).
    pub name: Option<Text>,
    /// A category of recipients, where naming them is justified as impossible: a noun phrase
    /// shown in the name's place, in lower case ("our accountant"), which takes a capital where
    /// it opens a list item. A category stands for several recipients: a role heading over it
    /// is plural.
    pub category: Option<Text>,
    /// What the recipient is with respect to the data.
    pub role: Option<RecipientRole>,
    /// What the recipient does with the data, or for us, after its name and country, in lower
    /// case: "**Nordhost BV** (Netherlands): hosting of our online shop".
    pub service: Option<Text>,
    /// Where the data are processed: an ISO 3166-1 alpha-2 code (`US`), an international
    /// organisation (`EPO`), a region (`EU`, `EEA`, or `outside_eea_unspecified` for countries
    /// outside the EEA the notice does not name), or a list of them (`[IE, US]`).
    pub country: Option<Destinations>,
    /// How transfers outside the EEA are safeguarded (Art. 13(1)(f)): one entry for every
    /// destination outside the EEA (`{mechanism: dpf}`), or a list with one entry per
    /// destination (`[{country: US, mechanism: dpf}, {country: IN, mechanism: scc, copy: …}]`).
    pub transfer: Option<Transfers>,
    /// The recipient's own privacy notice.
    pub notice_url: Option<String>,
    /// The recipient belongs to the same group of companies as the controller.
    #[serde(default)]
    pub group_company: bool,
    /// Where the recipients of a category are listed by name (a partners page, a list of the
    /// group's companies): WP260 asks for names, and this is where they are.
    pub list_url: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum RecipientRole {
    /// Processes the data on our behalf (Art. 28).
    Processor,
    /// Uses the data for its own purposes.
    Controller,
    /// Determines purposes and means with us (Art. 26).
    JointController,
    /// A public authority the data are disclosed to.
    Authority,
}

/// How a transfer outside the EEA is safeguarded (Art. 13(1)(f)).
#[derive(Clone, Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Transfer {
    /// The destination this entry is for, one of the recipient's `country`; without it, the
    /// entry covers every destination outside the EEA that no other entry names.
    pub country: Option<String>,
    /// A safeguard id from the reference data: `adequacy`, `dpf`, `scc`, `bcr`, an Art. 49 derogation…
    pub mechanism: Option<String>,
    /// Where a copy of the Art. 46/47 safeguards is published or can be obtained (a URL or
    /// `mailto:`). An adequacy decision (`adequacy`, `dpf`) has no safeguards to copy: a link
    /// given there is shown as further information.
    pub copy: Option<String>,
    /// The interests pursued, for an Art. 49(1) second-subparagraph transfer, after "the
    /// transfer is necessary for compelling legitimate interests that we pursue:" (fr « … que
    /// nous poursuivons : », nl “… die wij behartigen:”), in lower case.
    pub interests: Option<Text>,
    /// Register only (Art. 30(1)(e), 49(6)), never shown in the notice: for an Art. 49(1)
    /// second-subparagraph transfer (`compelling_legitimate_interests`), the assessment made
    /// and the suitable safeguards adduced, or where that documentation is kept.
    pub safeguards: Option<Text>,
}

/// Processing done as a processor on behalf of a client (Art. 28).
#[derive(Clone, Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ProcessorActivity {
    /// Short slug naming this activity.
    pub id: String,
    /// What is done for the client.
    pub description: Option<Text>,
    /// The client on whose behalf the processing is done (the controller), by name…
    pub client: Option<String>,
    /// …or, where there are many, as a category ("employers who lease bicycles").
    pub client_category: Option<Text>,
    /// Register only (Art. 30(2)(a)), never shown in the notice: how to reach the client named
    /// in `client`.
    pub client_contact: Option<super::Contact>,
    /// Register only (Art. 30(2)(a)), never shown in the notice: for a `client_category`, where
    /// the name and contact details of each client are recorded ("our client file, one entry
    /// per contract").
    pub client_list: Option<Text>,
    /// Where the client's own privacy notice is.
    pub client_notice: Option<String>,
    /// How people should exercise their rights (usually: with the client).
    pub rights: Option<Text>,
    /// The data processed for the client: ids of data categories, or what they are, per
    /// language (`{fr: …, nl: …, en: …}`), as a noun phrase in lower case.
    #[serde(default)]
    pub data: Vec<DataItem>,
    /// How long the data are kept for the client (usually: until the end of the contract).
    pub retention: Option<Retention>,
    /// Ids of the recipients that process the data for us in turn, with the client's
    /// authorisation (Art. 28(2), (4)): our sub-processors.
    #[serde(default)]
    pub sub_processors: Vec<String>,
    /// What the client instructs us to do with the data (Art. 28(3)(a)), after "The client's
    /// instructions:" (fr « Instructions du client : », nl “Instructies van de klant:”).
    pub instructions: Option<Text>,
}

/// Data processed for a client: a declared data category, or a description.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DataItem {
    /// The id of a data category, shown by its label.
    Category(String),
    /// What the data are, per language.
    Described(Text),
}

impl<'de> Deserialize<'de> for DataItem {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> serde::de::Visitor<'de> for V {
            type Value = DataItem;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str(
                    "the id of a data category, or text per language ({fr: …, nl: …, en: …})",
                )
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<DataItem, E> {
                Ok(DataItem::Category(v.to_owned()))
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(self, map: A) -> Result<DataItem, A::Error> {
                Text::deserialize(serde::de::value::MapAccessDeserializer::new(map))
                    .map(DataItem::Described)
            }
        }
        d.deserialize_any(V)
    }
}

impl Serialize for DataItem {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            DataItem::Category(id) => id.serialize(s),
            DataItem::Described(t) => t.serialize(s),
        }
    }
}

impl JsonSchema for DataItem {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "DataItem".into()
    }
    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        // A single string is a category id, never free text: only the mapping form of Text.
        schemars::json_schema!({
            "description": "The id of a data category, or what the data are, per language.",
            "oneOf": [
                {"type": "string", "description": "The id of a data category."},
                generator.subschema_for::<crate::declaration::text::PerLanguage>()
            ]
        })
    }
}

/// Cookies and similar trackers: a link to a cookie policy, a list, or both.
#[derive(Clone, Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Cookies {
    /// A separate cookie policy, if there is one.
    pub policy_url: Option<String>,
    /// What the organisation says about its use of cookies in general, shown before the list.
    pub description: Option<Text>,
    /// The cookies and trackers used, one each.
    #[serde(default)]
    pub trackers: Vec<Tracker>,
    /// How to change one's choices (consent banner link, browser settings…).
    pub manage: Option<Text>,
}

/// A cookie or similar tracker.
#[derive(Clone, Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Tracker {
    /// A service of the built-in catalogue (`notice reference services`) whose trackers this
    /// entry stands for: one tracker per cookie the catalogue lists, with its name, lifetime,
    /// purpose and whether it is strictly necessary, set by the service's provider. Fields given
    /// here apply to each of them (`name` picks one); the catalogue's recipient is linked when
    /// one recipient uses the same service.
    #[serde(rename = "use")]
    pub uses: Option<String>,
    /// The technical name (`_ga`); empty when the notice does not give it, and then `label`
    /// says which tracker is meant.
    #[serde(default)]
    pub name: String,
    /// A readable name, for trackers known only by what they do ("preference cookies").
    pub label: Option<Text>,
    /// Who sets the tracker (the organisation itself, or a third party's name).
    pub provider: Option<String>,
    /// What the tracker is used for.
    pub purpose: Option<Text>,
    /// How long the tracker is stored on the device: `session` (until the end of the visit), or
    /// a period, in minutes or hours too.
    pub duration: Option<Lifetime>,
    /// Strictly necessary trackers need no consent.
    #[serde(default)]
    pub essential: bool,
    /// The recipient entry describing the provider, if data leave the site.
    pub recipient: Option<String>,
}
