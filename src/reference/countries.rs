//! ISO 3166-1 countries and territories with their names in every language of the data and
//! their EU/EEA status, which decides whether sending data there is a "transfer" (Chapter V).
//!
//! All ~249 entries share one source (CLDR names, ISO code list), so the file declares
//! `defaults` once; an entry may override `source`, `as_of`, `verified` or add a `note`.
//! The defaults are resolved at load time so every [`Country`] answers for itself. The file
//! also lists the languages of the reference data (`languages`): countries have a name in
//! each, so it is where adding a language starts.

use serde::Deserialize;

use super::{Date, Localized, MissingLanguage, in_lang};

/// A country or territory.
#[derive(Debug, Clone)]
pub struct Country {
    code: String,
    pub(super) names: Localized,
    eu: bool,
    eea: bool,
    part_of: Option<String>,
    source: String,
    as_of: Date,
    verified: bool,
    note: Option<String>,
}

impl_provenance!(Country);

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct CountriesFile {
    /// Every language the reference data name things in, in the order listings show them.
    pub(crate) languages: Vec<String>,
    defaults: Defaults,
    countries: Vec<CountryRow>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Defaults {
    source: String,
    as_of: Date,
    verified: bool,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct CountryRow {
    code: String,
    names: Localized,
    #[serde(default)]
    eu: bool,
    #[serde(default)]
    eea: bool,
    part_of: Option<String>,
    source: Option<String>,
    as_of: Option<Date>,
    verified: Option<bool>,
    note: Option<String>,
}

impl CountriesFile {
    /// Applies the file-level defaults to every row.
    pub(crate) fn into_countries(self) -> (Vec<String>, Vec<Country>) {
        let d = self.defaults;
        let countries = self
            .countries
            .into_iter()
            .map(|r| Country {
                code: r.code,
                names: r.names,
                eu: r.eu,
                eea: r.eea,
                part_of: r.part_of,
                source: r.source.unwrap_or_else(|| d.source.clone()),
                as_of: r.as_of.unwrap_or(d.as_of),
                verified: r.verified.unwrap_or(d.verified),
                note: r.note,
            })
            .collect();
        (self.languages, countries)
    }
}

impl Country {
    /// ISO 3166-1 alpha-2 code.
    pub fn code(&self) -> &str {
        &self.code
    }

    /// CLDR name in `lang`; an error for a language the data lack.
    pub fn name(&self, lang: &str) -> Result<&str, MissingLanguage> {
        in_lang(&self.names, lang, || {
            format!("name for country {}", self.code)
        })
    }

    /// Its names by language.
    pub fn names(&self) -> &Localized {
        &self.names
    }

    /// EU member state.
    pub fn is_eu(&self) -> bool {
        self.eu
    }

    /// EEA member state (EU-27 plus Iceland, Liechtenstein, Norway).
    pub fn is_eea(&self) -> bool {
        self.eea
    }

    /// Member state whose EU territory includes this ISO-coded territory (e.g. `FR` for
    /// Réunion), if any.
    pub fn part_of(&self) -> Option<&str> {
        self.part_of.as_deref()
    }

    /// True if sending personal data here needs no Chapter V transfer mechanism: an EEA
    /// state, or a territory that is part of one's EU territory.
    pub fn inside_eea(&self) -> bool {
        self.eea || self.part_of.is_some()
    }

    pub(crate) fn validate(&self) -> Result<(), String> {
        let ok_code = self.code.len() == 2 && self.code.bytes().all(|b| b.is_ascii_uppercase());
        if !ok_code {
            return Err(format!(
                "country {:?}: not an upper-case alpha-2 code",
                self.code
            ));
        }
        if self.eu && !self.eea {
            return Err(format!("country {}: EU member must also be EEA", self.code));
        }
        if self.source.trim().is_empty() {
            return Err(format!("country {}: empty source", self.code));
        }
        Ok(())
    }
}
