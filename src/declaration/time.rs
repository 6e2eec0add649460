//! Retention periods (`7 years`) and the events they start from (`end_of_financial_year`), and
//! how long a tracker stays on a device (`session`, `30 minutes`, `13 months`).

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
    /// Minutes and hours only measure how long a tracker stays on a device: no retention
    /// period is that short, and one written so is more likely a slip than a fact.
    Minutes,
    Hours,
    Days,
    Weeks,
    Months,
    Years,
}

/// The word that names a tracker's lifetime of one visit.
const SESSION: &str = "session";

impl Unit {
    const ALL: [Unit; 6] = [
        Unit::Minutes,
        Unit::Hours,
        Unit::Days,
        Unit::Weeks,
        Unit::Months,
        Unit::Years,
    ];

    /// The words a declaration names the unit with, singular and plural; the parsers, the
    /// schema's patterns and [`Duration`]'s display use them.
    fn words(self) -> (&'static str, &'static str) {
        match self {
            Unit::Minutes => ("minute", "minutes"),
            Unit::Hours => ("hour", "hours"),
            Unit::Days => ("day", "days"),
            Unit::Weeks => ("week", "weeks"),
            Unit::Months => ("month", "months"),
            Unit::Years => ("year", "years"),
        }
    }

    /// The unit's name in the plural (`years`), as the JSON output states it.
    pub fn plural(self) -> &'static str {
        self.words().1
    }

    /// The Fluent message that names this unit with a plural-aware count.
    pub fn message_id(self) -> &'static str {
        match self {
            Unit::Minutes => "unit-minutes",
            Unit::Hours => "unit-hours",
            Unit::Days => "unit-days",
            Unit::Weeks => "unit-weeks",
            Unit::Months => "unit-months",
            Unit::Years => "unit-years",
        }
    }
}

impl Duration {
    /// Approximate length in days, only for comparisons (e.g. "longer than camera law allows").
    /// A part of a day counts as a whole one.
    pub fn approx_days(self) -> u64 {
        let count = u64::from(self.count);
        match self.unit {
            Unit::Minutes => count.div_ceil(24 * 60),
            Unit::Hours => count.div_ceil(24),
            Unit::Days => count,
            Unit::Weeks => count * 7,
            Unit::Months => count * 30,
            Unit::Years => count * 365,
        }
    }

    /// Compares lengths exactly where the units allow (months with years, days with weeks),
    /// else by their approximate length in days: `12 months` is `1 year`, `31 days` is longer
    /// than `1 month`.
    pub fn cmp_length(self, other: Duration) -> std::cmp::Ordering {
        let in_unit = |d: Duration, small: bool| -> u64 {
            let n = u64::from(d.count);
            match (d.unit, small) {
                (Unit::Years, false) => n * 12,
                (Unit::Weeks, true) => n * 7,
                _ => n,
            }
        };
        match (self.unit, other.unit) {
            (Unit::Months | Unit::Years, Unit::Months | Unit::Years) => {
                in_unit(self, false).cmp(&in_unit(other, false))
            }
            (Unit::Days | Unit::Weeks, Unit::Days | Unit::Weeks) => {
                in_unit(self, true).cmp(&in_unit(other, true))
            }
            _ => self.approx_days().cmp(&other.approx_days()),
        }
    }

    /// Parses "<count> <unit>" with one of `units`; `hint` ends each error.
    fn parse(s: &str, units: &[Unit], hint: &str) -> Result<Duration, String> {
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
        let named = |unit: &&Unit| {
            let (one, many) = unit.words();
            u == one || u == many
        };
        match Unit::ALL.iter().find(named) {
            Some(&unit) if units.contains(&unit) => Ok(Duration { count, unit }),
            Some(_) => Err(format!("`{s}` is too short for a retention period: {hint}")),
            None => Err(format!(
                "unknown unit `{u}`{}: {hint}",
                did_you_mean(u, units.iter().map(|unit| unit.words().1))
                    .map(|s| format!(" (did you mean `{s}`?)"))
                    .unwrap_or_default()
            )),
        }
    }
}

/// The units of a retention period.
const RETENTION_UNITS: [Unit; 4] = [Unit::Days, Unit::Weeks, Unit::Months, Unit::Years];

/// The units of a tracker's lifetime.
const LIFETIME_UNITS: [Unit; 6] = Unit::ALL;

impl std::str::FromStr for Duration {
    type Err = String;
    fn from_str(s: &str) -> Result<Duration, String> {
        let hint = "write a number and a unit (days, weeks, months or years), e.g. `14 days`, `1 month`, `7 years`";
        if s.trim() == SESSION {
            return Err(format!(
                "`{SESSION}` is how long a tracker lasts, not a retention period: {hint}"
            ));
        }
        Duration::parse(s, &RETENTION_UNITS, hint)
    }
}

impl fmt::Display for Duration {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (one, many) = self.unit.words();
        let word = if self.count == 1 { one } else { many };
        write!(f, "{} {word}", self.count)
    }
}

impl Serialize for Duration {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// How long a cookie or similar tracker stays on the device: until the end of the visit, or a
/// period, which may be as short as minutes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lifetime {
    Session,
    Period(Duration),
}

impl std::str::FromStr for Lifetime {
    type Err = String;
    fn from_str(s: &str) -> Result<Lifetime, String> {
        if s.trim() == SESSION {
            return Ok(Lifetime::Session);
        }
        let hint = "write `session` (until the end of the visit), or a number and a unit (minutes, hours, days, weeks, months or years), e.g. `30 minutes`, `13 months`";
        Duration::parse(s, &LIFETIME_UNITS, hint).map(Lifetime::Period)
    }
}

impl fmt::Display for Lifetime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Lifetime::Session => f.write_str(SESSION),
            Lifetime::Period(d) => d.fmt(f),
        }
    }
}

impl Serialize for Lifetime {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Lifetime {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Lifetime, D::Error> {
        super::text::deserialize_parsed(d, "`session`, or a duration such as `30 minutes`")
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
    format!("^{}$", period_pattern(&RETENTION_UNITS))
}

/// What [`Lifetime`]'s parser accepts, as people write it (see [`duration_pattern`]).
pub fn lifetime_pattern() -> String {
    format!("^({SESSION}|{})$", period_pattern(&LIFETIME_UNITS))
}

fn period_pattern(units: &[Unit]) -> String {
    let words: Vec<&str> = units
        .iter()
        .flat_map(|u| {
            let (one, many) = u.words();
            [one, many]
        })
        .collect();
    format!("0*[1-9][0-9]* ({})", words.join("|"))
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

impl schemars::JsonSchema for Lifetime {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Lifetime".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "`session` (until the end of the visit), or a number and a unit: `30 minutes`, `2 hours`, `30 days`, `13 months`.",
            "type": "string",
            "pattern": lifetime_pattern(),
            "examples": ["session", "30 minutes", "13 months"]
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

    /// A retention period refuses what only a tracker's lifetime may be, saying why.
    #[test]
    fn retention_periods_refuse_sessions_minutes_and_hours() {
        let e = "session".parse::<Duration>().unwrap_err();
        assert!(
            e.starts_with("`session` is how long a tracker lasts"),
            "{e}"
        );
        for short in ["30 minutes", "1 hour", "48 hours"] {
            let e = short.parse::<Duration>().unwrap_err();
            assert!(e.contains("too short for a retention period"), "{e}");
        }
        // Nor does it suggest a unit it would refuse.
        let e = "3 hourz".parse::<Duration>().unwrap_err();
        assert!(!e.contains("did you mean"), "{e}");
    }

    #[test]
    fn parses_lifetimes() {
        assert_eq!("session".parse(), Ok(Lifetime::Session));
        assert_eq!(
            "30 minutes".parse(),
            Ok(Lifetime::Period(Duration {
                count: 30,
                unit: Unit::Minutes
            }))
        );
        assert_eq!(
            "1 hour".parse(),
            Ok(Lifetime::Period(Duration {
                count: 1,
                unit: Unit::Hours
            }))
        );
        assert_eq!(
            "13 months".parse(),
            Ok(Lifetime::Period(Duration {
                count: 13,
                unit: Unit::Months
            }))
        );
        let e = "2 hourz".parse::<Lifetime>().unwrap_err();
        assert!(e.contains("did you mean `hours`"), "{e}");
        assert!("sessions".parse::<Lifetime>().is_err());
        assert!("0 minutes".parse::<Lifetime>().is_err());
        // Written back as it was read.
        for s in ["session", "30 minutes", "1 hour", "2 years"] {
            assert_eq!(s.parse::<Lifetime>().unwrap().to_string(), s);
        }
    }
}
