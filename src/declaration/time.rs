//! Retention periods (`7 years`) and the events they start from (`end_of_financial_year`).

use std::fmt;

use serde::de::{self, MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::text::Text;
use crate::suggest::did_you_mean;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Duration {
    pub count: u32,
    pub unit: Unit,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Unit {
    Days,
    Weeks,
    Months,
    Years,
}

/// The words a duration may name its unit with; the parser and the schema's pattern both use it.
const UNIT_WORDS: [(&str, Unit); 8] = [
    ("day", Unit::Days),
    ("days", Unit::Days),
    ("week", Unit::Weeks),
    ("weeks", Unit::Weeks),
    ("month", Unit::Months),
    ("months", Unit::Months),
    ("year", Unit::Years),
    ("years", Unit::Years),
];

impl Unit {
    /// The Fluent message that names this unit with a plural-aware count.
    pub fn message_id(self) -> &'static str {
        match self {
            Unit::Days => "unit-days",
            Unit::Weeks => "unit-weeks",
            Unit::Months => "unit-months",
            Unit::Years => "unit-years",
        }
    }
}

impl Duration {
    /// Approximate length in days, only for comparisons (e.g. "longer than camera law allows").
    pub fn approx_days(self) -> u64 {
        let per = match self.unit {
            Unit::Days => 1,
            Unit::Weeks => 7,
            Unit::Months => 30,
            Unit::Years => 365,
        };
        u64::from(self.count) * per
    }
}

impl std::str::FromStr for Duration {
    type Err = String;
    fn from_str(s: &str) -> Result<Duration, String> {
        let hint = "write a number and a unit, e.g. `14 days`, `1 month`, `7 years`";
        let mut words = s.split_whitespace();
        let (Some(n), Some(u), None) = (words.next(), words.next(), words.next()) else {
            return Err(format!("`{s}` is not a duration: {hint}"));
        };
        let count: u32 = n
            .parse()
            .map_err(|_| format!("`{n}` is not a whole number: {hint}"))?;
        if count == 0 {
            return Err(format!("a duration of 0 {u} keeps nothing: {hint}"));
        }
        let Some(&(_, unit)) = UNIT_WORDS.iter().find(|(w, _)| *w == u) else {
            let units = ["days", "weeks", "months", "years"];
            return Err(format!(
                "unknown unit `{u}`{}: use days, weeks, months or years",
                did_you_mean(u, units)
                    .map(|s| format!(" (did you mean `{s}`?)"))
                    .unwrap_or_default()
            ));
        };
        Ok(Duration { count, unit })
    }
}

impl fmt::Display for Duration {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let unit = match (self.unit, self.count) {
            (Unit::Days, 1) => "day",
            (Unit::Days, _) => "days",
            (Unit::Weeks, 1) => "week",
            (Unit::Weeks, _) => "weeks",
            (Unit::Months, 1) => "month",
            (Unit::Months, _) => "months",
            (Unit::Years, 1) => "year",
            (Unit::Years, _) => "years",
        };
        write!(f, "{} {unit}", self.count)
    }
}

impl Serialize for Duration {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl Serialize for Event {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Event::Known(k) => s.serialize_str(k),
            Event::Custom(t) => t.serialize(s),
        }
    }
}

impl<'de> Deserialize<'de> for Duration {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Duration, D::Error> {
        super::text::deserialize_parsed(d, "a duration such as `14 days` or `7 years`")
    }
}

/// The event a retention period runs from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Event {
    /// One of [`KNOWN_EVENTS`], phrased by the locale files.
    Known(&'static str),
    /// Anything else, in the notice's languages.
    Custom(Text),
}

/// Events with ready-made phrasing in every locale (`event-<id>` messages).
pub const KNOWN_EVENTS: &[&str] = &[
    "collection",
    "recording",
    "first_contact",
    "last_contact",
    "last_activity",
    "application",
    "end_of_contract",
    "end_of_relationship",
    "end_of_employment",
    "end_of_financial_year",
    "account_closure",
    "consent_withdrawal",
];

impl<'de> Deserialize<'de> for Event {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Event, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Event;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an event such as `end_of_contract`, or text per language")
            }
            fn visit_str<E: de::Error>(self, s: &str) -> Result<Event, E> {
                match KNOWN_EVENTS.iter().find(|k| **k == s) {
                    Some(k) => Ok(Event::Known(k)),
                    None => Err(E::custom(format_args!(
                        "unknown event `{s}`{}: use one of {}, or describe it per language ({{fr: …, nl: …, en: …}})",
                        did_you_mean(s, KNOWN_EVENTS.iter().copied())
                            .map(|k| format!(" (did you mean `{k}`?)"))
                            .unwrap_or_default(),
                        KNOWN_EVENTS.join(", ")
                    ))),
                }
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Event, A::Error> {
                Text::deserialize(de::value::MapAccessDeserializer::new(map)).map(Event::Custom)
            }
        }
        d.deserialize_any(V)
    }
}

/// What [`Duration`]'s parser accepts, as people write it: a non-zero whole number, one space, a
/// unit. The parser is laxer (a `+` sign, tabs or several spaces) in ways not worth suggesting in
/// an editor, and refuses counts beyond `u32`, which a pattern cannot say simply.
pub fn duration_pattern() -> String {
    let words: Vec<&str> = UNIT_WORDS.iter().map(|(w, _)| *w).collect();
    format!("^0*[1-9][0-9]* ({})$", words.join("|"))
}

impl schemars::JsonSchema for Duration {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Duration".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "A number and a unit: `14 days`, `1 week`, `3 months`, `7 years`.",
            "type": "string",
            "pattern": duration_pattern(),
            "examples": ["14 days", "6 months", "7 years"]
        })
    }
}

impl schemars::JsonSchema for Event {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Event".into()
    }
    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        // A single string is an event id, never free text: only the mapping form of Text is here.
        schemars::json_schema!({
            "description": "When the period starts: an event phrased by the locales (`end_of_contract`), or your own, per language.",
            "oneOf": [
                {"type": "string", "enum": KNOWN_EVENTS},
                generator.subschema_for::<super::text::PerLanguage>()
            ]
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_durations() {
        assert_eq!(
            "7 years".parse(),
            Ok(Duration {
                count: 7,
                unit: Unit::Years
            })
        );
        assert_eq!(
            "1 month".parse(),
            Ok(Duration {
                count: 1,
                unit: Unit::Months
            })
        );
        assert!("seven years".parse::<Duration>().is_err());
        assert!("0 days".parse::<Duration>().is_err());
        let e = "3 yeras".parse::<Duration>().unwrap_err();
        assert!(e.contains("did you mean `years`"), "{e}");
    }
}
