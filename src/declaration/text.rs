//! Per-language free text (`{fr: …, nl: …, en: …}`) and the "word or mapping" shorthand used across the format,
//! with their JSON Schemas.

use std::fmt;
use std::marker::PhantomData;

use serde::de::value::MapAccessDeserializer;
use serde::de::{self, DeserializeOwned, MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Free text that a notice shows to its reader.
///
/// Written either as one string (the same words in every language: right for a product name,
/// wrong for a sentence, which lint reports) or as a mapping from language code to text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Text {
    Same(String),
    /// Declaration order is kept so that diagnostics and outputs follow the file.
    PerLang(Vec<(String, String)>),
}

impl Text {
    /// The text in `lang`, if the declaration gives it.
    pub fn get(&self, lang: &str) -> Option<&str> {
        match self {
            Text::Same(s) => Some(s),
            Text::PerLang(v) => v.iter().find(|(l, _)| l == lang).map(|(_, t)| t.as_str()),
        }
    }

    /// The text as a finding (in English) quotes it: the English version, else the first.
    pub fn quoted(&self) -> &str {
        self.get("en")
            .or_else(|| self.variants().first().map(|(_, t)| *t))
            .unwrap_or_default()
    }

    /// Whether no version has anything but white space: a name left empty.
    pub fn is_blank(&self) -> bool {
        self.variants().iter().all(|(_, t)| t.trim().is_empty())
    }

    /// Every (language, text) pair; `None` as language for a single string.
    pub fn variants(&self) -> Vec<(Option<&str>, &str)> {
        match self {
            Text::Same(s) => vec![(None, s.as_str())],
            Text::PerLang(v) => v
                .iter()
                .map(|(l, t)| (Some(l.as_str()), t.as_str()))
                .collect(),
        }
    }
}

/// The key under which [`Text`] serialises, so that a walk over the serialised declaration can
/// tell free text from other mappings (see [`super::walk`]).
pub const TEXT_MARKER: &str = "$text";

impl Serialize for Text {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut m = s.serialize_map(Some(1))?;
        match self {
            Text::Same(t) => m.serialize_entry(TEXT_MARKER, t)?,
            Text::PerLang(v) => m.serialize_entry(TEXT_MARKER, &Langs(v))?,
        }
        m.end()
    }
}

/// The versions of a text as a mapping from language to text, written as they are met (no
/// language is given twice: reading refuses it).
struct Langs<'t>(&'t [(String, String)]);

impl Serialize for Langs<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_map(self.0.iter().map(|(l, t)| (l, t)))
    }
}

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Text, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Text;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("text: a string, or a mapping from language to text such as {fr: …, nl: …, en: …}")
            }
            fn visit_str<E: de::Error>(self, s: &str) -> Result<Text, E> {
                Ok(Text::Same(s.to_owned()))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Text, A::Error> {
                let mut out: Vec<(String, String)> = Vec::new();
                while let Some(lang) = map.next_key::<String>()? {
                    let text: String = map.next_value()?;
                    if out.iter().any(|(l, _)| *l == lang) {
                        return Err(de::Error::custom(format_args!(
                            "language `{lang}` is given twice in this text"
                        )));
                    }
                    out.push((lang, text));
                }
                Ok(Text::PerLang(out))
            }
        }
        d.deserialize_any(V)
    }
}

/// Deserialises a value written as one string through its `FromStr`. The string is parsed
/// inside the visitor, so that the reader (`de.rs`) places an error on the value itself and names its
/// full path (`notice.effective`), rather than on the mapping around it.
pub fn deserialize_parsed<'de, D, T>(d: D, expecting: &'static str) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: std::str::FromStr,
    T::Err: fmt::Display,
{
    struct V<T>(&'static str, PhantomData<T>);
    impl<T: std::str::FromStr<Err: fmt::Display>> Visitor<'_> for V<T> {
        type Value = T;
        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str(self.0)
        }
        fn visit_str<E: de::Error>(self, s: &str) -> Result<T, E> {
            s.parse().map_err(E::custom)
        }
    }
    d.deserialize_str(V(expecting, PhantomData))
}

/// A value written either as a single word (`dpo: none`, `source: data_subject`) or as a mapping.
///
/// Deserialising the mapping through [`MapAccessDeserializer`] keeps the reader's own error
/// positions and `deny_unknown_fields` for the fields inside, which an untagged enum would lose.
pub trait Shorthand: Sized {
    /// The mapping form.
    type Full: DeserializeOwned;
    const EXPECTING: &'static str;
    fn from_word(word: &str) -> Result<Self, String>;
    fn from_full(full: Self::Full) -> Self;
}

pub fn deserialize_shorthand<'de, D: Deserializer<'de>, T: Shorthand>(d: D) -> Result<T, D::Error> {
    struct V<T>(PhantomData<T>);
    impl<'de, T: Shorthand> Visitor<'de> for V<T> {
        type Value = T;
        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str(T::EXPECTING)
        }
        fn visit_str<E: de::Error>(self, s: &str) -> Result<T, E> {
            T::from_word(s).map_err(E::custom)
        }
        fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<T, A::Error> {
            T::Full::deserialize(MapAccessDeserializer::new(map)).map(T::from_full)
        }
    }
    d.deserialize_any(V(PhantomData))
}

/// Implements `Deserialize` for a [`Shorthand`] type.
macro_rules! shorthand_deserialize {
    ($t:ty) => {
        impl<'de> serde::Deserialize<'de> for $t {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                $crate::declaration::text::deserialize_shorthand(d)
            }
        }
    };
}
pub(crate) use shorthand_deserialize;

/// The language codes a per-language mapping may use as keys (`fr`, `nl`, `en`, `de-CH`…).
///
/// The deserialiser accepts any key; the schema is stricter so that an editor flags a slip such
/// as `EN` or `english` as it is typed.
pub const LANGUAGE_KEY_PATTERN: &str = "^[a-z]{2,3}(-[A-Z]{2})?$";

/// Whether `key` has the form of [`LANGUAGE_KEY_PATTERN`]: lint reports any other key of a
/// per-language text (most often the rest of a text cut at a comma in `{fr: a, b}`).
pub fn is_language_key(key: &str) -> bool {
    let (lang, region) = match key.split_once('-') {
        Some((l, r)) => (l, Some(r)),
        None => (key, None),
    };
    (2..=3).contains(&lang.len())
        && lang.bytes().all(|b| b.is_ascii_lowercase())
        && region.is_none_or(|r| r.len() == 2 && r.bytes().all(|b| b.is_ascii_uppercase()))
}

/// The schema of [`Text`]: the two forms its deserialiser accepts.
impl schemars::JsonSchema for Text {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Text".into()
    }
    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "Free text: one string when it is the same in every language (a name), else a mapping from language to text ({fr: …, nl: …, en: …}).",
            "oneOf": [
                {"type": "string", "description": "The same words in every language."},
                generator.subschema_for::<PerLanguage>()
            ]
        })
    }
}

/// The mapping form of [`Text`] on its own: [`super::Event`] accepts it but not a single string.
pub struct PerLanguage;

impl schemars::JsonSchema for PerLanguage {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "PerLanguage".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "Text per language: a mapping from language code to text, such as {fr: …, nl: …, en: …}.",
            "type": "object",
            "patternProperties": {LANGUAGE_KEY_PATTERN: {"type": "string"}},
            "additionalProperties": false
        })
    }
}

/// The schema of a [`Shorthand`] type: its word form(s) or its mapping form, exactly one.
pub fn shorthand_schema(
    description: &str,
    word: serde_json::Value,
    full: schemars::Schema,
) -> schemars::Schema {
    schemars::json_schema!({
        "description": description,
        "oneOf": [word, full]
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn language_keys_are_what_the_schema_pattern_says() {
        let pattern = regex::Regex::new(LANGUAGE_KEY_PATTERN).unwrap();
        for key in [
            "fr",
            "nl",
            "en",
            "de-CH",
            "fil",
            "EN",
            "english",
            "e",
            "fr-be",
            "fr-BEL",
            "exploiter et sécuriser notre réseau",
            "",
            "-",
            "fr-",
        ] {
            assert_eq!(is_language_key(key), pattern.is_match(key), "{key:?}");
        }
    }
}
