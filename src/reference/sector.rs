//! What national law says about a kind of processing (camera images, patient records), per
//! country: the facts the sector rules check a declaration against, from `data/sector.yaml`.
//!
//! Facts are keyed by the controller's country and the purpose's `activity`, so that a rule is
//! one piece of code for every country, and a country gets its rules by adding entries, each
//! with its source, as-of date and `verified` flag like every other reference entry.

use std::cmp::Ordering;

use serde::Deserialize;

use super::{Date, Reference, norm};
use crate::declaration::{Activity, Duration, Event, name_of};

/// How long national law lets data of one kind of processing be kept, in one country.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RetentionLimit {
    country: String,
    activity: Activity,
    minimum: Option<Duration>,
    maximum: Option<Duration>,
    /// The event the law counts from.
    after: Event,
    /// The act, in English, as findings name it.
    act: String,
    /// When the law allows longer, in English.
    beyond: Option<String>,
    source: String,
    as_of: Date,
    verified: bool,
    note: Option<String>,
}

impl_provenance!(RetentionLimit);

impl RetentionLimit {
    /// ISO code of the country whose law this is.
    pub fn country(&self) -> &str {
        &self.country
    }

    pub fn activity(&self) -> Activity {
        self.activity
    }

    /// The shortest time the law requires the data to be kept.
    pub fn minimum(&self) -> Option<Duration> {
        self.minimum
    }

    /// The longest time the law allows.
    pub fn maximum(&self) -> Option<Duration> {
        self.maximum
    }

    /// The event the law counts from.
    pub fn after(&self) -> &Event {
        &self.after
    }

    /// The act that sets the limits, in English.
    pub fn act(&self) -> &str {
        &self.act
    }

    /// When the law allows data to be kept beyond the maximum, in English.
    pub fn beyond(&self) -> Option<&str> {
        self.beyond.as_deref()
    }

    /// "at most 1 month after recording", "at least 30 years and at most 50 years after last
    /// contact": the limits in the words of findings.
    pub fn describe(&self) -> String {
        let span = crate::declaration::Span {
            duration: None,
            minimum: self.minimum,
            maximum: self.maximum,
        };
        match &self.after {
            Event::Known(id) => format!("{span} after {}", id.replace('_', " ")),
            Event::Custom(_) => format!("{span} after the event the law names"),
        }
    }

    fn validate(&self, known: impl Fn(&str) -> bool) -> Result<(), String> {
        let who = format!(
            "sector.yaml: limit {} {}",
            self.country,
            name_of(&self.activity)
        );
        if !known(&self.country) || self.country != norm(&self.country) {
            return Err(format!(
                "{who}: not an ISO 3166-1 alpha-2 code in upper case"
            ));
        }
        match (self.minimum, self.maximum) {
            (None, None) => return Err(format!("{who}: neither `minimum` nor `maximum`")),
            (Some(min), Some(max)) if min.cmp_length(max) == Ordering::Greater => {
                return Err(format!("{who}: `minimum` is longer than `maximum`"));
            }
            _ => {}
        }
        if self.act.trim().is_empty() || self.source.trim().is_empty() {
            return Err(format!("{who}: `act` and `source` must be given"));
        }
        Ok(())
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct SectorFile {
    pub(crate) limits: Vec<RetentionLimit>,
}

impl SectorFile {
    /// Checks every entry, and that no country has two limits for one activity.
    pub(crate) fn validate(&self, known: impl Fn(&str) -> bool) -> Result<(), String> {
        for (i, l) in self.limits.iter().enumerate() {
            l.validate(&known)?;
            if self.limits[..i]
                .iter()
                .any(|o| o.country == l.country && o.activity == l.activity)
            {
                return Err(format!(
                    "sector.yaml: two limits for {} {}",
                    l.country,
                    name_of(&l.activity)
                ));
            }
        }
        Ok(())
    }
}

impl Reference {
    /// The retention limits the law of `country` sets for `activity`, if the data know them.
    pub fn retention_limit(&self, country: &str, activity: Activity) -> Option<&RetentionLimit> {
        let country = norm(country);
        self.limits
            .iter()
            .find(|l| l.country == country && l.activity == activity)
    }

    /// Every retention limit, in file order.
    pub fn retention_limits(&self) -> &[RetentionLimit] {
        &self.limits
    }
}
