//! How long data are kept (Art. 13(2)(a), 14(2)(a)): a period or the bounds a law sets, the
//! event it runs from, criteria, exceptions, and retention per data category.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::declaration::text::Text;
use crate::declaration::time::{Duration, Event};

/// How long data are kept (Art. 13(2)(a) / 14(2)(a)).
#[derive(Clone, Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Retention {
    /// A period, such as `7 years` or `14 days`.
    pub duration: Option<Duration>,
    /// The shortest time the data are kept, where a law sets a range rather than a period:
    /// with `maximum`, "at least 30 years and at most 50 years after the last contact".
    pub minimum: Option<Duration>,
    /// The longest time the data are kept, where it is a ceiling rather than a period ("at
    /// most 1 month after recording").
    pub maximum: Option<Duration>,
    /// When the period starts: an event the notice phrases, or your own as a noun phrase with
    /// its article, after "after" (fr « après », nl “na”): `{en: the last order, fr: la
    /// dernière commande, nl: de laatste bestelling}` gives "2 years after the last order".
    pub after: Option<Event>,
    /// Precise criteria where no fixed period can be given, shown alone ("until you withdraw
    /// your consent") or in brackets after the period ("1 year after collection (if you do not
    /// become a client)").
    pub criteria: Option<Text>,
    /// When data are kept longer than the period, as the clause that follows "longer where"
    /// (fr « plus longtemps dans les cas où », nl “langer wanneer”): `the images are needed to
    /// prove an offence` gives "1 month after recording, longer where the images are needed to
    /// prove an offence".
    pub exception: Option<Text>,
    /// Different retention for some data categories of this purpose.
    #[serde(default)]
    pub per_category: Vec<CategoryRetention>,
}

/// Retention of one data category within a purpose, where it differs from the purpose's.
#[derive(Clone, Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CategoryRetention {
    /// Id of the data category.
    pub data: String,
    /// A period, such as `7 years` or `14 days`.
    pub duration: Option<Duration>,
    /// The shortest time the data are kept (as for the purpose's `minimum`).
    pub minimum: Option<Duration>,
    /// The longest time the data are kept (as for the purpose's `maximum`).
    pub maximum: Option<Duration>,
    /// When the period starts (as for the purpose's `after`).
    pub after: Option<Event>,
    /// Precise criteria where no fixed period can be given (as for the purpose's `criteria`).
    pub criteria: Option<Text>,
    /// When data are kept longer than the period (as for the purpose's `exception`).
    pub exception: Option<Text>,
}

/// How long a retention rule keeps data: one period, or bounds (a minimum, a maximum, or
/// both), whichever the declaration gives.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Span {
    pub duration: Option<Duration>,
    pub minimum: Option<Duration>,
    pub maximum: Option<Duration>,
}

impl Span {
    /// Whether it says nothing about how long.
    pub fn is_empty(&self) -> bool {
        self.duration.is_none() && self.minimum.is_none() && self.maximum.is_none()
    }

    /// The shortest time the data are kept, when the rule says: the period, or the minimum.
    pub fn shortest(&self) -> Option<Duration> {
        self.duration.or(self.minimum)
    }

    /// The longest time the data are kept, when the rule says: the period, or the maximum.
    pub fn longest(&self) -> Option<Duration> {
        self.duration.or(self.maximum)
    }
}

/// In English, for findings: "2 years", "at least 30 years and at most 50 years".
impl std::fmt::Display for Span {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match (self.duration, self.minimum, self.maximum) {
            (Some(d), _, _) => write!(f, "{d}"),
            (None, Some(min), Some(max)) => write!(f, "at least {min} and at most {max}"),
            (None, Some(min), None) => write!(f, "at least {min}"),
            (None, None, Some(max)) => write!(f, "at most {max}"),
            (None, None, None) => Ok(()),
        }
    }
}

impl Retention {
    pub fn span(&self) -> Span {
        Span {
            duration: self.duration,
            minimum: self.minimum,
            maximum: self.maximum,
        }
    }
}

impl CategoryRetention {
    pub fn span(&self) -> Span {
        Span {
            duration: self.duration,
            minimum: self.minimum,
            maximum: self.maximum,
        }
    }
}
