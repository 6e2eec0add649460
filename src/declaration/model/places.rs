//! Where data go, as a declaration writes it: one destination or several (`country: US`,
//! `country: [IE, US]`, `country: EU`), and the transfer mechanism of each destination that
//! leaves the EEA (`transfer: {mechanism: dpf}` for all of them, or one entry per country).
//!
//! Each destination is a *leg*, asked of the reference data on its own: a list leaves the EEA
//! if any of its legs does, and each leg that does needs its mechanism. Lint reports each gap
//! and the notice states each basis from the same legs ([`Recipient::legs`]).

use std::fmt;
use std::marker::PhantomData;

use schemars::JsonSchema;
use serde::de::value::MapAccessDeserializer;
use serde::de::{self, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::{Recipient, Transfer};
use crate::reference::{Reference, Route};

/// A value written as one item or as a list of them (`country: US`, `country: [IE, US]`),
/// kept with the form it was written in so that it is written back (and walked by path) the
/// same way.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OneOrMany<T> {
    items: Vec<T>,
    list: bool,
}

impl<T> OneOrMany<T> {
    /// One item, as `key: item` writes it.
    pub fn one(item: T) -> OneOrMany<T> {
        OneOrMany {
            items: vec![item],
            list: false,
        }
    }

    /// Several items, as `key: [a, b]` writes them.
    pub fn many(items: Vec<T>) -> OneOrMany<T> {
        OneOrMany { items, list: true }
    }

    pub fn iter(&self) -> std::slice::Iter<'_, T> {
        self.items.iter()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// Each item with its path under `at`: `at` itself for one item, `at[i]` in a list.
    pub fn with_paths<'s>(
        &'s self,
        at: &str,
    ) -> impl Iterator<Item = (String, &'s T)> + use<'s, T> {
        let at = at.to_owned();
        self.items.iter().enumerate().map(move |(i, x)| {
            let path = if self.list {
                format!("{at}[{i}]")
            } else {
                at.clone()
            };
            (path, x)
        })
    }
}

impl<'a, T> IntoIterator for &'a OneOrMany<T> {
    type Item = &'a T;
    type IntoIter = std::slice::Iter<'a, T>;
    fn into_iter(self) -> Self::IntoIter {
        self.items.iter()
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for OneOrMany<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V<T>(PhantomData<T>);
        impl<'de, T: Deserialize<'de>> Visitor<'de> for V<T> {
            type Value = OneOrMany<T>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("one value, or a list of them")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
                T::deserialize(de::value::StrDeserializer::<E>::new(v)).map(OneOrMany::one)
            }
            // Through the item's own deserialiser, which keeps the reader's positions and the
            // item's `deny_unknown_fields` (an untagged enum would lose both).
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
                T::deserialize(MapAccessDeserializer::new(map)).map(OneOrMany::one)
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
                let mut items = Vec::new();
                while let Some(x) = seq.next_element()? {
                    items.push(x);
                }
                Ok(OneOrMany::many(items))
            }
        }
        d.deserialize_any(V(PhantomData))
    }
}

impl<T: Serialize> Serialize for OneOrMany<T> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match (self.list, self.items.as_slice()) {
            (false, [one]) => one.serialize(s),
            (_, all) => all.serialize(s),
        }
    }
}

impl<T: JsonSchema> JsonSchema for OneOrMany<T> {
    // Written out where it is used: "a value or a list of them" reads better in place than as
    // a type of its own.
    fn inline_schema() -> bool {
        true
    }
    fn schema_name() -> std::borrow::Cow<'static, str> {
        format!("OneOrMany_{}", T::schema_name()).into()
    }
    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let one = generator.subschema_for::<T>();
        schemars::json_schema!({
            "oneOf": [one, {"type": "array", "items": one}]
        })
    }
}

/// Where data are processed or stored: ISO 3166-1 codes (`BE`), an international
/// organisation (`EPO`), regions (`EU`, `EEA`, `outside_eea_unspecified`), one or a list.
pub type Destinations = OneOrMany<String>;

/// How the transfers of a recipient are safeguarded: one entry for every destination outside
/// the EEA, or an entry per destination (`{country: US, mechanism: dpf}`).
pub type Transfers = OneOrMany<Transfer>;

/// One destination of a recipient, with where the law places it and the transfer entry
/// that covers it.
#[derive(Debug)]
pub struct Leg<'a, 'r> {
    /// The code as written.
    pub code: &'a str,
    /// Its path in the declaration (`recipients[0].country`, `recipients[0].country[1]`).
    pub path: String,
    pub route: Route<'r>,
    /// The transfer entry for this destination, with its path: the entry that names it, else,
    /// for a destination outside the EEA, the first entry that names no country.
    pub transfer: Option<(String, &'a Transfer)>,
}

impl Recipient {
    /// Every destination of this recipient (at path `at`, `recipients[2]`), each with its
    /// route: lint and the notice both ask here, so that every transfer lint checks is one
    /// the notice states. No `country` gives no leg.
    pub fn legs<'a, 'r>(&'a self, at: &str, reference: &'r Reference) -> Vec<Leg<'a, 'r>> {
        let transfers: Vec<(String, &Transfer)> = self
            .transfer
            .iter()
            .flat_map(|t| t.with_paths(&format!("{at}.transfer")))
            .collect();
        let naming = |code: &str| {
            transfers.iter().find(|(_, t)| {
                t.country
                    .as_deref()
                    .is_some_and(|c| c.trim().eq_ignore_ascii_case(code.trim()))
            })
        };
        let general = transfers.iter().find(|(_, t)| t.country.is_none());
        let country_at = format!("{at}.country");
        self.country
            .iter()
            .flat_map(|c| c.with_paths(&country_at))
            .map(|(path, code)| {
                let named = naming(code);
                let leaves = !matches!(
                    reference.route(Some(code), None),
                    Route::WithinEea(_) | Route::Unknown
                );
                let transfer = named.or(general.filter(|_| leaves)).cloned();
                let mechanism = transfer.as_ref().and_then(|(_, t)| t.mechanism.as_deref());
                Leg {
                    code,
                    path,
                    route: reference.route(Some(code), mechanism),
                    transfer,
                }
            })
            .collect()
    }

    /// The transfer entries, each with its path, that cover none of this recipient's
    /// destinations: they name a country the recipient's `country` does not list, or one
    /// another entry already names (lint N412).
    pub fn stray_transfers<'a>(
        &'a self,
        at: &str,
        reference: &Reference,
    ) -> Vec<(String, &'a Transfer)> {
        let used: Vec<String> = self
            .legs(at, reference)
            .into_iter()
            .filter_map(|l| l.transfer.map(|(p, _)| p))
            .collect();
        self.transfer
            .iter()
            .flat_map(|t| t.with_paths(&format!("{at}.transfer")))
            .filter(|(p, t)| t.country.is_some() && !used.contains(p))
            .collect()
    }
}
