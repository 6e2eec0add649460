//! Areas a declaration can name where it names no country: the EU, the EEA, or countries
//! outside the EEA it does not specify. Which areas exist, and whether data sent there leave
//! the EEA, is the law's, so it is a type ([`Region`]); their names are data
//! (`regions.yaml`), in every language of the reference data.

use serde::Deserialize;

use super::{Date, Localized, MissingLanguage, in_lang};

/// An area a recipient or a storage location may be declared in instead of a country.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Region {
    /// The European Union: within the EEA.
    Eu,
    /// The European Economic Area (the EU, Iceland, Liechtenstein, Norway).
    Eea,
    /// Countries outside the EEA that the declaration does not name: a transfer, which
    /// needs a mechanism like any other (Art. 44).
    OutsideEeaUnspecified,
}

impl Region {
    /// Every region, in the order listings show them.
    pub const ALL: [Region; 3] = [Region::Eu, Region::Eea, Region::OutsideEeaUnspecified];

    /// The code a declaration names it by, the one place it is spelt.
    pub fn code(self) -> &'static str {
        match self {
            Region::Eu => "EU",
            Region::Eea => "EEA",
            Region::OutsideEeaUnspecified => "outside_eea_unspecified",
        }
    }

    /// The region a declaration names by `code` (any case, surrounding spaces ignored).
    pub fn from_code(code: &str) -> Option<Region> {
        let code = code.trim();
        Region::ALL
            .into_iter()
            .find(|r| r.code().eq_ignore_ascii_case(code))
    }

    /// Whether data sent there stay within the EEA, so are no transfer under Chapter V.
    pub fn in_eea(self) -> bool {
        !matches!(self, Region::OutsideEeaUnspecified)
    }
}

impl<'de> Deserialize<'de> for Region {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Region, D::Error> {
        let code = String::deserialize(d)?;
        Region::from_code(&code)
            .ok_or_else(|| serde::de::Error::custom(format!("unknown region {code:?}")))
    }
}

/// What the data say of a region: its names.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RegionEntry {
    id: Region,
    pub(super) names: Localized,
    source: String,
    as_of: Date,
    verified: bool,
    note: Option<String>,
}

impl_provenance!(RegionEntry);

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RegionsFile {
    pub(crate) regions: Vec<RegionEntry>,
}

impl RegionEntry {
    pub fn region(&self) -> Region {
        self.id
    }

    /// Its name in `lang`, a noun phrase that stands alone and in a list of countries.
    pub fn name(&self, lang: &str) -> Result<&str, MissingLanguage> {
        in_lang(&self.names, lang, || {
            format!("name for region {}", self.id.code())
        })
    }

    pub(crate) fn validate(
        &self,
        covers: impl Fn(&Localized, &str) -> Result<(), String>,
    ) -> Result<(), String> {
        let who = format!("region {}", self.id.code());
        if self.source.trim().is_empty() {
            return Err(format!("{who}: needs a source"));
        }
        covers(&self.names, &format!("{who}: names"))
    }
}
