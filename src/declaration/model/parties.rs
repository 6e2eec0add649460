//! Who is responsible: the controller, DPO, representative, joint controllers, the
//! supervisory authority, and the contact details they share.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::declaration::text::{Shorthand, Text, shorthand_deserialize, shorthand_schema};
use crate::reference::{Reference, Selected, UnknownCode};

/// How to reach someone: any of a postal address, e-mail, phone and web form.
#[derive(Clone, Debug, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    /// Postal address; each line is kept as a line.
    pub address: Option<Text>,
    /// E-mail address.
    pub email: Option<String>,
    /// Phone number, as it should be dialled from abroad (`+32 2 000 00 00`).
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

/// The organisation responsible for the processing (Art. 13(1)(a)).
#[derive(Clone, Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Controller {
    /// Legal name.
    pub name: Option<String>,
    /// Names the organisation trades under.
    #[serde(default)]
    pub trade_names: Vec<String>,
    /// Company registration number, e.g. the Belgian enterprise number.
    pub company_number: Option<String>,
    /// ISO 3166-1 alpha-2 code of where it is established; also closes the postal address.
    pub country: Option<String>,
    /// Its website.
    pub website: Option<String>,
    /// How to reach the controller.
    #[serde(default)]
    pub contact: Contact,
    /// A public authority or body (Art. 6(1) last subparagraph: no legitimate interests for its
    /// tasks); the same as `sector: public`, which it predates.
    #[serde(default)]
    pub public_authority: bool,
    /// Whether the controller is a public authority or body (`public`: a municipality, a
    /// ministry, a public hospital…) or not (`private`). Rules that depend on it (no legitimate
    /// interests for public tasks, a DPO required by Art. 37(1)(a)) also treat as public a
    /// controller whose supervisory authority supervises only public bodies (the VTC).
    pub sector: Option<ControllerSector>,
}

/// Whether an organisation is a public authority or body.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ControllerSector {
    /// A public authority or body.
    Public,
    /// A company, an association, a self-employed person: anyone but a public body.
    Private,
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
        crate::declaration::text::deserialize_shorthand(d)
    }
}

/// The representative in the Union of a controller established outside it (Art. 27).
#[derive(Clone, Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Representative {
    /// The representative's name: one string, or per language where it has an official name
    /// in each (`{fr: …, nl: …}`).
    pub name: Option<Text>,
    /// ISO 3166-1 alpha-2 code of the member state where it is established.
    pub country: Option<String>,
    /// How to reach the representative.
    #[serde(default)]
    pub contact: Contact,
}

/// The data protection officer (Art. 37–39).
#[derive(Clone, Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Dpo {
    /// The DPO's name, or the firm providing the service: one string, or per language where
    /// it is a service with a name in each (`{fr: Délégué à la protection des données de la
    /// Ville, nl: Functionaris voor gegevensbescherming van de Stad}`).
    pub name: Option<Text>,
    /// How to reach the DPO (Art. 13(1)(b)).
    #[serde(default)]
    pub contact: Contact,
}

/// A controller that determines purposes and means jointly with this one (Art. 26).
#[derive(Clone, Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct JointController {
    /// Short slug naming this joint controller.
    pub id: String,
    /// Its name: one string, or per language where it has an official name in each
    /// (`{fr: CPAS de Bruxelles, nl: OCMW Brussel}`).
    pub name: Option<Text>,
    /// ISO 3166-1 alpha-2 code of where it is established.
    pub country: Option<String>,
    /// How to reach it.
    #[serde(default)]
    pub contact: Contact,
    /// The essence of the arrangement (Art. 26(2)): who does what towards the data subject,
    /// after "The essence of our arrangement:" (fr « Les grandes lignes de notre accord : »,
    /// nl “De wezenlijke inhoud van onze regeling:”), in lower case: `we organise the test
    /// rides together; we answer your requests.`
    pub essence: Option<Text>,
    /// Purposes whose means and ends are determined jointly.
    #[serde(default)]
    pub purposes: Vec<String>,
    /// Which party people should address (Art. 26(1)): `us`, `them`, or absent.
    pub contact_point: Option<ContactPoint>,
    /// Its own privacy notice.
    pub notice_url: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ContactPoint {
    /// People should address this controller.
    Us,
    /// People should address the joint controller.
    Them,
}

/// The competent supervisory authority: a country code (`BE`), a country and region
/// (`{country: DE, region: BY}`), or a country and the id of another of its authorities
/// (`{country: BE, authority: vtc}`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct AuthorityRef {
    pub country: String,
    pub region: Option<String>,
    pub authority: Option<String>,
}

impl AuthorityRef {
    /// The authority this names in the reference data; lint and the renderer both resolve
    /// it here.
    pub fn resolve<'r>(&self, r: &'r Reference) -> Result<Selected<'r>, UnknownCode> {
        r.select(
            &self.country,
            self.region.as_deref(),
            self.authority.as_deref(),
        )
    }
}

/// A supervisory authority other than a state's national one.
#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "AuthoritySelection")]
pub struct AuthorityRefFull {
    /// ISO 3166-1 alpha-2 code of the country (`DE`, `BE`).
    country: String,
    /// Code of the region whose authority is competent (`BY`); the authority for the private sector is chosen.
    region: Option<String>,
    /// Id of another authority of the country (`vtc`); `notice reference authorities BE` lists them.
    authority: Option<String>,
}

impl Shorthand for AuthorityRef {
    type Full = AuthorityRefFull;
    const EXPECTING: &'static str =
        "a country code such as BE, {country: DE, region: BY} or {country: BE, authority: vtc}";
    fn from_word(word: &str) -> Result<Self, String> {
        Ok(AuthorityRef {
            country: word.to_owned(),
            region: None,
            authority: None,
        })
    }
    fn from_full(f: AuthorityRefFull) -> Self {
        AuthorityRef {
            country: f.country,
            region: f.region,
            authority: f.authority,
        }
    }
}
shorthand_deserialize!(AuthorityRef);

impl<T: JsonSchema> JsonSchema for Presence<T> {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        format!("{}_or_none", T::schema_name()).into()
    }
    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        shorthand_schema(
            "The details, or `none` to say explicitly that there is none.",
            serde_json::json!({"type": "string", "const": "none"}),
            generator.subschema_for::<T>(),
        )
    }
}

impl JsonSchema for AuthorityRef {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "AuthorityRef".into()
    }
    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        // Any word is taken as a country code here; lint reports one with no authority.
        shorthand_schema(
            "The competent supervisory authority: a country code (`BE`), or a country with a region or the id of another of its authorities.",
            serde_json::json!({"type": "string", "description": "ISO 3166-1 alpha-2 country code (`BE`), case-insensitive."}),
            generator.subschema_for::<AuthorityRefFull>(),
        )
    }
}
