//! Supervisory authorities (GDPR Art. 51) of the EU/EEA states, their regional
//! authorities and their former names.
//!
//! Names are given in the state's own official language(s) and in `fr`/`nl`/`en` only
//! where the authority has an official name in that language; a renderer asking for a
//! missing language falls back to the native name, which is always correct to print.
//! Postal addresses are likewise not translated: an address is printed as the authority
//! publishes it.

use std::collections::BTreeMap;

use serde::Deserialize;

use super::{Date, Localized, pick};

/// Which controllers a regional authority supervises.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Sector {
    /// Both public bodies and private organisations.
    #[default]
    All,
    /// Private organisations (companies, associations, ...).
    Private,
    /// Public bodies of the region.
    Public,
}

impl Sector {
    /// The YAML spelling (`all`, `private`, `public`).
    pub fn as_str(self) -> &'static str {
        match self {
            Sector::All => "all",
            Sector::Private => "private",
            Sector::Public => "public",
        }
    }

    /// Whether an authority with this competence covers a controller of sector `wanted`.
    pub fn covers(self, wanted: Sector) -> bool {
        self == Sector::All || wanted == Sector::All || self == wanted
    }
}

/// A web address with its own provenance: complaint pages differ per language and are
/// often found on a different page than the rest of an entry, so each carries its source.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Link {
    url: String,
    source: String,
    as_of: Date,
    verified: bool,
    note: Option<String>,
}

impl_provenance!(Link);

impl Link {
    pub fn url(&self) -> &str {
        &self.url
    }
}

/// Links keyed by language.
pub type Links = BTreeMap<String, Link>;

/// A national supervisory authority.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Authority {
    country: String,
    native: Vec<String>,
    names: Localized,
    #[serde(default)]
    abbreviations: Localized,
    address: Option<Localized>,
    phone: Option<String>,
    email: Option<String>,
    contact_form: Option<String>,
    website: Localized,
    #[serde(default)]
    complaint_url: Links,
    #[serde(default)]
    former_names: Vec<FormerName>,
    #[serde(default)]
    regions: Vec<RegionalAuthority>,
    source: String,
    as_of: Date,
    verified: bool,
    note: Option<String>,
}

/// An authority of a region (German Land, Spanish autonomous community).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RegionalAuthority {
    /// ISO 3166-2 subdivision code without the country prefix (`BY` for DE-BY).
    region: String,
    #[serde(default)]
    sector: Sector,
    native: Vec<String>,
    names: Localized,
    #[serde(default)]
    abbreviations: Localized,
    address: Option<Localized>,
    phone: Option<String>,
    email: Option<String>,
    contact_form: Option<String>,
    website: Localized,
    #[serde(default)]
    complaint_url: Links,
    source: String,
    as_of: Date,
    verified: bool,
    note: Option<String>,
}

/// A name an authority (or its predecessor) no longer has. Kept so that lint can spot
/// notices still pointing people to a body that has been replaced.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FormerName {
    names: Localized,
    #[serde(default)]
    abbreviations: Localized,
    /// Domains and e-mail addresses of the former body.
    #[serde(default)]
    identifiers: Vec<String>,
    /// First day on which the current authority replaced this one.
    replaced_on: Option<Date>,
    /// The act that made the change, e.g. "Law of 3 December 2017 ...".
    replaced_by: Option<String>,
    source: String,
    as_of: Date,
    verified: bool,
    note: Option<String>,
}

impl_provenance!(Authority, RegionalAuthority, FormerName);

/// What a notice shows of an authority, national or regional alike.
pub trait AuthorityInfo {
    fn name(&self, lang: &str) -> &str;
    fn has_name_in(&self, lang: &str) -> bool;
    fn abbreviation(&self, lang: &str) -> Option<&str>;
    fn abbreviation_in(&self, lang: &str) -> Option<&str>;
    fn address(&self, lang: &str) -> Option<&str>;
    fn phone(&self) -> Option<&str>;
    fn email(&self) -> Option<&str>;
    fn website(&self, lang: &str) -> &str;
    fn complaint_url(&self, lang: &str) -> Option<&str>;
}

macro_rules! impl_authority_info {
    ($($t:ty),*) => {$(
        impl AuthorityInfo for $t {
            fn name(&self, lang: &str) -> &str { <$t>::name(self, lang) }
            fn has_name_in(&self, lang: &str) -> bool { <$t>::has_name_in(self, lang) }
            fn abbreviation(&self, lang: &str) -> Option<&str> { <$t>::abbreviation(self, lang) }
            fn abbreviation_in(&self, lang: &str) -> Option<&str> { <$t>::abbreviation_in(self, lang) }
            fn address(&self, lang: &str) -> Option<&str> { <$t>::address(self, lang) }
            fn phone(&self) -> Option<&str> { <$t>::phone(self) }
            fn email(&self) -> Option<&str> { <$t>::email(self) }
            fn website(&self, lang: &str) -> &str { <$t>::website(self, lang) }
            fn complaint_url(&self, lang: &str) -> Option<&str> { <$t>::complaint_url(self, lang) }
        }
    )*};
}
impl_authority_info!(Authority, RegionalAuthority);

/// Accessors shared by national and regional authorities (same contact fields).
macro_rules! contact_accessors {
    () => {
        /// Official languages of the authority's state, in the order the state lists them;
        /// the fallback order for names and addresses.
        pub fn native_languages(&self) -> &[String] {
            &self.native
        }

        /// The official name in `lang`, else in the native language(s), else English.
        pub fn name(&self, lang: &str) -> &str {
            let fallbacks = self.fallbacks();
            pick(&self.names, lang, &fallbacks).unwrap_or_default()
        }

        /// Whether the authority has an official name in `lang` (no fallback).
        pub fn has_name_in(&self, lang: &str) -> bool {
            self.names.contains_key(lang)
        }

        /// All official names by language.
        pub fn names(&self) -> &Localized {
            &self.names
        }

        /// Official abbreviation in `lang` (e.g. APD in French, GBA in Dutch), falling
        /// back to the native ones; `None` if the authority has none.
        pub fn abbreviation(&self, lang: &str) -> Option<&str> {
            pick(&self.abbreviations, lang, &self.fallbacks())
        }

        /// The abbreviation used in `lang` itself, if the authority has one there: an
        /// English notice should not show the Dutch "GBA".
        pub fn abbreviation_in(&self, lang: &str) -> Option<&str> {
            self.abbreviations.get(lang).map(String::as_str)
        }

        /// Postal address (lines separated by `\n`) in `lang` where the authority
        /// publishes one, else as published in a native language. `None` if unconfirmed.
        pub fn address(&self, lang: &str) -> Option<&str> {
            let fallbacks = self.fallbacks();
            self.address
                .as_ref()
                .and_then(|m| pick(m, lang, &fallbacks))
        }

        /// Telephone number in international format, if confirmed.
        pub fn phone(&self) -> Option<&str> {
            self.phone.as_deref()
        }

        /// General e-mail address, if confirmed.
        pub fn email(&self) -> Option<&str> {
            self.email.as_deref()
        }

        /// Web contact or complaint form, if any.
        pub fn contact_form(&self) -> Option<&str> {
            self.contact_form.as_deref()
        }

        /// Website in `lang` where the authority runs one, else the native-language site.
        pub fn website(&self, lang: &str) -> &str {
            pick(&self.website, lang, &self.fallbacks()).unwrap_or_default()
        }

        /// Page explaining how to lodge a complaint (Art. 77), in `lang` if available.
        pub fn complaint_url(&self, lang: &str) -> Option<&str> {
            let fallbacks = self.fallbacks();
            std::iter::once(lang)
                .chain(fallbacks)
                .find_map(|l| self.complaint_url.get(l))
                .or_else(|| self.complaint_url.values().next())
                .map(Link::url)
        }

        /// Every complaint page with its own source, by language.
        pub fn complaint_links(&self) -> &Links {
            &self.complaint_url
        }

        fn fallbacks(&self) -> Vec<&str> {
            self.native
                .iter()
                .map(String::as_str)
                .chain(std::iter::once("en"))
                .collect()
        }
    };
}

impl Authority {
    /// ISO 3166-1 alpha-2 code of the state (`GR` for Greece, not `EL`).
    pub fn country(&self) -> &str {
        &self.country
    }

    contact_accessors!();

    pub fn former_names(&self) -> &[FormerName] {
        &self.former_names
    }

    /// Regional authorities of a federal or regionalised state (Germany, Spain).
    pub fn regions(&self) -> &[RegionalAuthority] {
        &self.regions
    }

    /// Checks the invariants the renderer relies on; called when loading.
    pub(crate) fn validate(&self) -> Result<(), String> {
        let who = format!("authority {}", self.country);
        check_common(&who, &self.native, &self.names, &self.website, &self.source)?;
        check_links(&who, &self.complaint_url)?;
        for f in &self.former_names {
            if f.names.is_empty() || f.source.trim().is_empty() {
                return Err(format!("{who}: former name without names or source"));
            }
        }
        let mut seen = Vec::new();
        for r in &self.regions {
            let who = format!("{who}/{}", r.region);
            check_common(&who, &r.native, &r.names, &r.website, &r.source)?;
            check_links(&who, &r.complaint_url)?;
            if r.region != r.region.to_ascii_uppercase() {
                return Err(format!("{who}: region code must be upper case"));
            }
            if seen.contains(&(&r.region, r.sector)) {
                return Err(format!("{who}: duplicate region/sector"));
            }
            seen.push((&r.region, r.sector));
        }
        Ok(())
    }
}

impl RegionalAuthority {
    /// ISO 3166-2 subdivision code without the country prefix.
    pub fn region(&self) -> &str {
        &self.region
    }

    /// Which controllers this authority supervises.
    pub fn sector(&self) -> Sector {
        self.sector
    }

    contact_accessors!();
}

impl FormerName {
    /// The former name in `lang`, else English, else any.
    pub fn name(&self, lang: &str) -> &str {
        pick(&self.names, lang, &["en"]).unwrap_or_default()
    }

    pub fn names(&self) -> &Localized {
        &self.names
    }

    pub fn abbreviation(&self, lang: &str) -> Option<&str> {
        pick(&self.abbreviations, lang, &["en"])
    }

    pub fn identifiers(&self) -> &[String] {
        &self.identifiers
    }

    pub fn replaced_on(&self) -> Option<Date> {
        self.replaced_on
    }

    pub fn replaced_by(&self) -> Option<&str> {
        self.replaced_by.as_deref()
    }

    /// Every string that betrays a mention of this former body: names, abbreviations
    /// and identifiers, without duplicates (several languages share an abbreviation).
    pub fn needles(&self) -> impl Iterator<Item = &str> {
        let mut all: Vec<&str> = self
            .names
            .values()
            .chain(self.abbreviations.values())
            .chain(self.identifiers.iter())
            .map(String::as_str)
            .collect();
        let mut seen = std::collections::BTreeSet::new();
        all.retain(|n| seen.insert(*n));
        all.into_iter()
    }
}

/// Invariants shared by national and regional entries.
fn check_common(
    who: &str,
    native: &[String],
    names: &Localized,
    website: &Localized,
    source: &str,
) -> Result<(), String> {
    if native.is_empty() {
        return Err(format!("{who}: `native` must list at least one language"));
    }
    // The fallback chain starts with the first native language, so it must have a name.
    if !names.contains_key(&native[0]) {
        return Err(format!(
            "{who}: no name in first native language {}",
            native[0]
        ));
    }
    if names.values().any(|n| n.trim().is_empty()) {
        return Err(format!("{who}: empty name"));
    }
    if website.is_empty() || !website.values().all(|w| is_url(w)) {
        return Err(format!("{who}: website missing or not a URL"));
    }
    if source.trim().is_empty() {
        return Err(format!("{who}: empty source"));
    }
    Ok(())
}

fn is_url(s: &str) -> bool {
    s.starts_with("https://") || s.starts_with("http://")
}

/// Every complaint page needs a URL and its own source.
fn check_links(who: &str, links: &Links) -> Result<(), String> {
    for (lang, link) in links {
        if !is_url(&link.url) || link.source.trim().is_empty() {
            return Err(format!(
                "{who}: complaint page ({lang}) without a URL or a source"
            ));
        }
    }
    Ok(())
}
