//! Supervisory authorities (GDPR Art. 51) of the EU/EEA states, the other authorities a
//! state has set up beside its national one (regional, sectoral: Art. 51(3), 85, 91), and
//! former names.
//!
//! Names are given in the state's own official language(s) and in other languages only
//! where the authority has an official name in them; a renderer asking for a missing
//! language gets the native name, which is the authority's name and always correct to
//! print. Postal addresses and websites are likewise not translated: they are printed as the
//! authority publishes them, in the native language or, failing that, whichever it uses.

use std::collections::BTreeMap;

use serde::Deserialize;

use super::{AuthorityScope, Date, Localized, Sector, pick};

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
    pub(super) names: Localized,
    #[serde(default)]
    pub(super) abbreviations: Localized,
    pub(super) address: Option<Localized>,
    phone: Option<String>,
    email: Option<String>,
    contact_form: Option<String>,
    website: Localized,
    #[serde(default)]
    complaint_url: Links,
    #[serde(default)]
    former_names: Vec<FormerName>,
    #[serde(default)]
    others: Vec<OtherAuthority>,
    source: String,
    as_of: Date,
    verified: bool,
    note: Option<String>,
}

/// Another authority of the same state: a regional one (German Land, Spanish autonomous
/// community, Flanders) or a sector one (police, intelligence services, a church).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OtherAuthority {
    /// Slug naming it in a declaration: `{country: BE, authority: vtc}`.
    id: String,
    /// ISO 3166-2 subdivision code without the country prefix (`BY` for DE-BY), for an
    /// authority competent in one region only.
    region: Option<String>,
    #[serde(default)]
    sector: Sector,
    scope: Option<AuthorityScope>,
    /// Which controllers it supervises, in words, per language.
    #[serde(default)]
    competence: Localized,
    /// The act that sets it up and makes it competent.
    established_by: Option<String>,
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

impl_provenance!(Authority, OtherAuthority, FormerName);

/// What a notice shows of an authority, national or other alike.
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
impl_authority_info!(Authority, OtherAuthority);

/// Accessors shared by national and other authorities (same contact fields).
macro_rules! contact_accessors {
    () => {
        /// Official languages of the authority's state, in the order the state lists them;
        /// the fallback order for names and addresses.
        pub fn native_languages(&self) -> &[String] {
            &self.native
        }

        /// The official name in `lang`, else in the native language(s).
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

        /// Where a text in another language is looked for: the native languages, in the
        /// state's order.
        fn fallbacks(&self) -> Vec<&str> {
            self.native.iter().map(String::as_str).collect()
        }

        /// The invariants the renderer relies on, shared by every kind of entry.
        fn check_contact(&self, who: &str) -> Result<(), String> {
            if self.native.is_empty() {
                return Err(format!("{who}: `native` must list at least one language"));
            }
            // The fallback chain starts with the first native language, so it must have a name.
            if !self.names.contains_key(&self.native[0]) {
                return Err(format!(
                    "{who}: no name in first native language {}",
                    self.native[0]
                ));
            }
            if self.names.values().any(|n| n.trim().is_empty()) {
                return Err(format!("{who}: empty name"));
            }
            if self.website.is_empty() || !self.website.values().all(|w| is_url(w)) {
                return Err(format!("{who}: website missing or not a URL"));
            }
            for (lang, link) in &self.complaint_url {
                if !is_url(&link.url) || link.source.trim().is_empty() {
                    return Err(format!(
                        "{who}: complaint page ({lang}) without a URL or a source"
                    ));
                }
            }
            if self.source.trim().is_empty() {
                return Err(format!("{who}: empty source"));
            }
            Ok(())
        }
    };
}

fn is_url(s: &str) -> bool {
    s.starts_with("https://") || s.starts_with("http://")
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

    /// The other authorities of the state: regional (German Länder, Spanish communities,
    /// Flanders) and sectoral (Belgian police and intelligence supervisors, churches).
    pub fn others(&self) -> &[OtherAuthority] {
        &self.others
    }

    /// The other authority with this id (`vtc`), case-insensitively.
    pub fn other(&self, id: &str) -> Option<&OtherAuthority> {
        let id = id.trim().to_ascii_lowercase();
        self.others.iter().find(|o| o.id == id)
    }

    /// The first other authority with this scope, e.g. the VTC for Flemish public bodies.
    pub fn other_with_scope(&self, scope: AuthorityScope) -> Option<&OtherAuthority> {
        self.others.iter().find(|o| o.scope == Some(scope))
    }

    /// Checks the invariants the renderer relies on; called when loading.
    pub(crate) fn validate(&self) -> Result<(), String> {
        let who = format!("authority {}", self.country);
        self.check_contact(&who)?;
        for f in &self.former_names {
            if f.names.is_empty() || f.source.trim().is_empty() {
                return Err(format!("{who}: former name without names or source"));
            }
        }
        let mut ids = Vec::new();
        let mut regions = Vec::new();
        for o in &self.others {
            let who = format!("{who}/{}", o.id);
            o.check_contact(&who)?;
            let slug = |c: u8| c.is_ascii_lowercase() || c.is_ascii_digit() || c == b'-';
            if o.id.is_empty() || !o.id.bytes().all(slug) {
                return Err(format!(
                    "{who}: id must be lower case letters, digits and -"
                ));
            }
            if ids.contains(&&o.id) {
                return Err(format!("{who}: duplicate id"));
            }
            ids.push(&o.id);
            if let Some(region) = &o.region {
                if *region != region.to_ascii_uppercase() {
                    return Err(format!("{who}: region code must be upper case"));
                }
                // Region selection picks by (region, sector); two matches would be a coin toss.
                if regions.contains(&(region, o.sector)) {
                    return Err(format!("{who}: duplicate region/sector"));
                }
                regions.push((region, o.sector));
            }
        }
        Ok(())
    }
}

impl OtherAuthority {
    /// The slug a declaration names it by.
    pub fn id(&self) -> &str {
        &self.id
    }

    /// ISO 3166-2 subdivision code without the country prefix, for a regional authority.
    pub fn region(&self) -> Option<&str> {
        self.region.as_deref()
    }

    /// Which controllers this authority supervises.
    pub fn sector(&self) -> Sector {
        self.sector
    }

    /// Its remit, where sector and region do not say it.
    pub fn scope(&self) -> Option<AuthorityScope> {
        self.scope
    }

    /// Which controllers it supervises, in words, in `lang` (else a native language).
    pub fn competence(&self, lang: &str) -> Option<&str> {
        pick(&self.competence, lang, &self.fallbacks())
    }

    /// The act that sets it up and makes it competent.
    pub fn established_by(&self) -> Option<&str> {
        self.established_by.as_deref()
    }

    contact_accessors!();
}

impl FormerName {
    /// The former name in `lang`, else as the body was named (in its own language).
    pub fn name(&self, lang: &str) -> &str {
        pick(&self.names, lang, &[]).unwrap_or_default()
    }

    pub fn names(&self) -> &Localized {
        &self.names
    }

    pub fn abbreviation(&self, lang: &str) -> Option<&str> {
        pick(&self.abbreviations, lang, &[])
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
