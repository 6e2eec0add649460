//! Who is responsible: the controller, DPO, representative, joint controllers, the
//! supervisory authority, and the contact details they share.

use serde::{Deserialize, Serialize};

use crate::declaration::text::{Shorthand, Text, shorthand_deserialize};

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
        crate::declaration::text::deserialize_shorthand(d)
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
