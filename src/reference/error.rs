//! The errors returned by reference lookups, worded for end users because `notice`
//! prints them as diagnostics on their declaration: a code the data do not know, and a
//! language the data have no text in.

use std::fmt;

use super::Sector;

/// A country, region or identifier that the reference data does not know.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownCode {
    code: String,
    problem: Problem,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Problem {
    /// Not an ISO 3166-1 alpha-2 code in the country list.
    Country,
    /// Where data go: neither a country, an international organisation nor a region.
    Destination,
    /// A real country, but outside the EU/EEA, so no GDPR supervisory authority.
    NotEea,
    /// The country is known but has no regional authority with that code.
    Region { country: String, known: Vec<String> },
    /// The region has authorities, but none for the requested sector.
    Sector { country: String, wanted: Sector },
    /// The country has no other authority with that id.
    Authority { country: String, known: Vec<String> },
    /// Both a region and an authority id were given.
    RegionAndAuthority { country: String },
}

impl UnknownCode {
    pub(crate) fn country(code: &str) -> UnknownCode {
        UnknownCode {
            code: code.to_owned(),
            problem: Problem::Country,
        }
    }

    pub(crate) fn destination(code: &str) -> UnknownCode {
        UnknownCode {
            code: code.to_owned(),
            problem: Problem::Destination,
        }
    }

    pub(crate) fn not_eea(code: &str) -> UnknownCode {
        UnknownCode {
            code: code.to_owned(),
            problem: Problem::NotEea,
        }
    }

    pub(crate) fn region(country: &str, region: &str, known: Vec<String>) -> UnknownCode {
        UnknownCode {
            code: region.to_owned(),
            problem: Problem::Region {
                country: country.to_owned(),
                known,
            },
        }
    }

    pub(crate) fn sector(country: &str, region: &str, wanted: Sector) -> UnknownCode {
        UnknownCode {
            code: region.to_owned(),
            problem: Problem::Sector {
                country: country.to_owned(),
                wanted,
            },
        }
    }

    pub(crate) fn authority(country: &str, id: &str, known: Vec<String>) -> UnknownCode {
        UnknownCode {
            code: id.to_owned(),
            problem: Problem::Authority {
                country: country.to_owned(),
                known,
            },
        }
    }

    pub(crate) fn region_and_authority(country: &str) -> UnknownCode {
        UnknownCode {
            code: country.to_owned(),
            problem: Problem::RegionAndAuthority {
                country: country.to_owned(),
            },
        }
    }

    /// The code as the caller wrote it.
    pub fn code(&self) -> &str {
        &self.code
    }

    /// True when the code is a valid country outside the EU/EEA (so the fix is not a
    /// typo but a different legal situation).
    pub fn is_not_eea_member(&self) -> bool {
        self.problem == Problem::NotEea
    }

    /// Which part of a selection is at fault: `country`, `region` or `authority` (both of
    /// the latter when they were given together), so that a caller can point at it.
    pub fn field(&self) -> &'static str {
        match self.problem {
            Problem::Country | Problem::Destination | Problem::NotEea => "country",
            Problem::Region { .. } | Problem::Sector { .. } => "region",
            Problem::Authority { .. } | Problem::RegionAndAuthority { .. } => "authority",
        }
    }
}

impl fmt::Display for UnknownCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.problem {
            Problem::Country | Problem::Destination => {
                write!(
                    f,
                    "unknown country code {:?}: expected an ISO 3166-1 alpha-2 code such as BE, FR, NL",
                    self.code
                )?;
                if self.problem == Problem::Destination {
                    write!(
                        f,
                        ", or a region: {}",
                        super::Region::ALL.map(super::Region::code).join(", ")
                    )?;
                }
                // The EU's own country codes differ from ISO for two states; users copy
                // them from EU documents, so name the ISO code they meant.
                match self.code.to_ascii_uppercase().as_str() {
                    "EL" => write!(f, " (for Greece use GR)"),
                    "UK" => write!(f, " (for the United Kingdom use GB)"),
                    _ => Ok(()),
                }
            }
            Problem::NotEea => write!(
                f,
                "{:?} is not an EU/EEA member state: no supervisory authority under the GDPR",
                self.code
            ),
            Problem::Sector { country, wanted } => write!(
                f,
                "region {:?} of {country} has no regional authority for the {} sector: the national authority is competent",
                self.code,
                wanted.as_str()
            ),
            Problem::Region { country, known } if known.is_empty() => write!(
                f,
                "unknown region {:?} for {country}: the reference data has no regional supervisory authorities for {country}",
                self.code
            ),
            Problem::Region { country, known } => write!(
                f,
                "unknown region {:?} for {country}: expected one of {}",
                self.code,
                known.join(", ")
            ),
            Problem::Authority { country, known } if known.is_empty() => write!(
                f,
                "unknown authority {:?} for {country}: the reference data has no authority for {country} beside the national one",
                self.code
            ),
            Problem::Authority { country, known } => write!(
                f,
                "unknown authority {:?} for {country}: expected one of {} (or no `authority` for the national authority)",
                self.code,
                known.join(", ")
            ),
            Problem::RegionAndAuthority { country } => write!(
                f,
                "both a region and an authority are given for {country}: the authority id alone names it"
            ),
        }
    }
}

impl std::error::Error for UnknownCode {}

/// A lookup in a language the reference data have no text in. Nothing falls back to another
/// language: a notice that named a country in English in the middle of a German sentence
/// would look finished and be wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MissingLanguage {
    lang: String,
    /// What was looked up, as a noun phrase: "name for country US".
    what: String,
}

impl MissingLanguage {
    pub(crate) fn new(lang: &str, what: String) -> MissingLanguage {
        MissingLanguage {
            lang: lang.to_owned(),
            what,
        }
    }

    /// The language asked for.
    pub fn lang(&self) -> &str {
        &self.lang
    }
}

impl fmt::Display for MissingLanguage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "the built-in reference data have no `{}` {}",
            self.lang, self.what
        )
    }
}

impl std::error::Error for MissingLanguage {}
