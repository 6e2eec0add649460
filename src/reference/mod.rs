//! Built-in GDPR reference data (supervisory authorities, countries, adequacy decisions,
//! transfer mechanisms, invalidated mechanisms) and the one API that answers the legal
//! questions lint and rendering both ask: is a destination in the EEA, which decision covers
//! it, does a mechanism apply there, what is it called in a language.
//!
//! The facts change over time (authorities move, decisions are renewed or struck down), so
//! they live in dated YAML files under `data/` rather than in code. Every entry records
//! where it comes from (`source`), when it was checked (`as_of`) and whether it was checked
//! against a source at all (`verified`). The files are embedded with `include_str!`; `cli`
//! parses them once ([`Reference::builtin`]) and hands the [`Reference`] down, so that nothing
//! reads a global and tests can build their own. The unit tests validate the embedded files,
//! so that a broken edit fails `cargo test` instead of a user's build.
//!
//! Text is keyed by language code, and the languages are data (`countries.yaml` lists them):
//! a lookup in a language the data lack is an error naming the language and the item, never
//! a silent fallback. A language added from a locale folder brings its names in that folder's
//! `reference.yaml` ([`names`]), added after the built-in ones. Authorities are the one
//! exception, by law rather than convenience: where an authority has no official name in a
//! language, its native name is its name.

use std::collections::{BTreeMap, HashMap};
use std::sync::OnceLock;

/// Generates the provenance accessors shared by every entry type (all of them carry
/// `source`, `as_of`, `verified` and `note` fields) plus the [`Provenance`] impl.
macro_rules! impl_provenance {
    ($($t:ty),* $(,)?) => {$(
        impl $t {
            /// Where the facts of this entry come from: a URL or an official reference.
            pub fn source(&self) -> &str {
                &self.source
            }
            /// When the facts were last checked (or, if unverified, written down).
            pub fn as_of(&self) -> super::Date {
                self.as_of
            }
            /// Whether the facts were checked against the source; `false` means they come
            /// from memory or a secondary source and the `note` says what is unconfirmed.
            pub fn verified(&self) -> bool {
                self.verified
            }
            /// Free-text caveat, e.g. which field could not be confirmed.
            pub fn note(&self) -> Option<&str> {
                self.note.as_deref()
            }
        }
        impl super::Provenance for $t {
            fn source(&self) -> &str {
                <$t>::source(self)
            }
            fn as_of(&self) -> super::Date {
                <$t>::as_of(self)
            }
            fn verified(&self) -> bool {
                <$t>::verified(self)
            }
            fn note(&self) -> Option<&str> {
                <$t>::note(self)
            }
        }
    )*};
}

mod adequacy;
mod authorities;
mod countries;
mod destination;
mod error;
mod load;
mod mechanism;
pub mod names;
mod region;
mod remit;
pub mod report;
mod sector;
mod select;
mod services;
mod transfer;

#[cfg(test)]
pub(crate) mod tests;

pub use crate::date::Date;
pub use adequacy::{Act, ActKind, Adequacy, AdequacyStatus, BeneficiaryKind, Scope};
pub use authorities::{Authority, AuthorityInfo, FormerName, Link, Links, OtherAuthority};
pub use countries::Country;
pub use destination::{Destination, DestinationKind};
pub use error::{MissingLanguage, UnknownCode};
pub use mechanism::{
    Art46Kind, Art49Kind, Certification, Invalidated, Mechanism, MechanismEntry, MechanismError,
};
pub use names::FolderNames;
pub use region::{Region, RegionEntry};
pub use remit::{AuthorityScope, Sector};
pub use sector::RetentionLimit;
pub use select::Selected;
pub use services::{
    Service, ServiceKind, ServiceRole, ServiceTracker, ServiceTransfer, UnknownService,
    contains_word_list, contains_words, words,
};
pub use transfer::{Basis, Gap, Route};

/// Text keyed by language code (`fr`, `nl`, `en`, `de`, ...).
pub type Localized = BTreeMap<String, String>;

/// The language of the tool's own messages (diagnostics, `notice reference`): the data must
/// have it, so that a message never lacks the name of what it is about.
pub const ENGLISH: &str = "en";

/// The text of `map` in `lang`, or an error saying the data lack `what` in that language.
pub(crate) fn in_lang<'a>(
    map: &'a Localized,
    lang: &str,
    what: impl FnOnce() -> String,
) -> Result<&'a str, MissingLanguage> {
    map.get(lang)
        .map(String::as_str)
        .ok_or_else(|| MissingLanguage::new(lang, what()))
}

/// The English text of `map`; loading refuses a map without one, so it is never empty.
pub(crate) fn english(map: &Localized) -> &str {
    map.get(ENGLISH).map_or("", String::as_str)
}

/// Looks `lang` up in `map`, then each fallback language in order, then any entry: for
/// authorities, whose names and addresses are shown as published where no official version in
/// `lang` exists (see the module documentation).
pub(crate) fn pick<'a>(map: &'a Localized, lang: &str, fallbacks: &[&str]) -> Option<&'a str> {
    std::iter::once(lang)
        .chain(fallbacks.iter().copied())
        .find_map(|l| map.get(l))
        .or_else(|| map.values().next())
        .map(String::as_str)
}

/// Provenance common to every reference entry, so that checks such as "is any of this
/// data older than N months?" can walk all of it uniformly.
pub trait Provenance {
    fn source(&self) -> &str;
    fn as_of(&self) -> Date;
    fn verified(&self) -> bool;
    fn note(&self) -> Option<&str>;
}

/// All reference data, parsed and cross-checked.
#[derive(Debug)]
pub struct Reference {
    /// The digest of the data files it was read from (see [`Reference::digest`]).
    digest: String,
    /// The languages every name is given in, in the order listings show them.
    languages: Vec<String>,
    authorities: Vec<Authority>,
    countries: Vec<Country>,
    adequacy: Vec<Adequacy>,
    invalidated: Vec<Invalidated>,
    mechanisms: Vec<MechanismEntry>,
    regions: Vec<RegionEntry>,
    /// The catalogue of common services, checked against the rest.
    services: Vec<Service>,
    /// What national law says about kinds of processing, for the sector rules.
    limits: Vec<RetentionLimit>,
    /// Where each country is in `countries`, by code: a destination is looked up for every
    /// transfer leg of every declaration.
    country_at: HashMap<String, usize>,
    /// Where the decision in force for each beneficiary is in `adequacy`, by its code.
    in_force_at: HashMap<String, usize>,
    /// The oldest `as_of` date ([`Reference::oldest_as_of`]), worked out on first use.
    oldest: OnceLock<Date>,
}

/// The text of each reference data file, as [`Reference::from_sources`] reads them: the
/// embedded files ([`Sources::BUILTIN`]), or in tests a variant with one file changed.
#[derive(Debug, Clone, Copy)]
pub struct Sources<'a> {
    pub authorities: &'a str,
    pub countries: &'a str,
    pub adequacy: &'a str,
    pub safeguards: &'a str,
    pub regions: &'a str,
    pub services: &'a str,
    pub sector: &'a str,
}

impl Sources<'static> {
    /// The files built into the binary.
    pub const BUILTIN: Sources<'static> = Sources {
        authorities: include_str!("data/authorities.yaml"),
        countries: include_str!("data/countries.yaml"),
        adequacy: include_str!("data/adequacy.yaml"),
        safeguards: include_str!("data/safeguards.yaml"),
        regions: include_str!("data/regions.yaml"),
        services: include_str!("data/services.yaml"),
        sector: include_str!("data/sector.yaml"),
    };
}

/// Adds each link of `owner` to a provenance listing: every complaint page has its own source.
fn link_entries<'a>(out: &mut Vec<(String, &'a dyn Provenance)>, owner: &str, links: &'a Links) {
    for (lang, link) in links {
        out.push((format!("{owner} complaint page ({lang})"), link));
    }
}

/// Normalises a user-written code: codes in declarations may be lower or mixed case.
fn norm(code: &str) -> String {
    code.trim().to_ascii_uppercase()
}

impl Reference {
    /// The reference data built into the binary. An error only for an untested edit of the
    /// data files: the unit tests parse them.
    pub fn builtin() -> Result<Reference, String> {
        Reference::from_sources(Sources::BUILTIN)
    }

    /// A digest of the data files: equal digests, equal data.
    pub fn digest(&self) -> &str {
        &self.digest
    }

    /// The languages of the data, in the order listings show them: countries, mechanisms,
    /// international organisations and adequacy scopes have a text in each.
    pub fn languages(&self) -> impl Iterator<Item = &str> {
        self.languages.iter().map(String::as_str)
    }

    /// The supervisory authority of an EU/EEA state (for Germany the federal BfDI; use
    /// [`Reference::select`] for the Länder and other authorities).
    pub fn authority(&self, country: &str) -> Result<&Authority, UnknownCode> {
        let code = norm(country);
        if let Some(a) = self.authorities.iter().find(|a| a.country() == code) {
            return Ok(a);
        }
        // Distinguish a typo from a real non-member country: the fixes differ.
        match self.country(&code) {
            Ok(_) => Err(UnknownCode::not_eea(country.trim())),
            Err(_) => Err(UnknownCode::country(country.trim())),
        }
    }

    /// All national authorities, in file order (alphabetical by ISO code).
    pub fn authorities(&self) -> &[Authority] {
        &self.authorities
    }

    /// A country or territory by ISO 3166-1 alpha-2 code.
    pub fn country(&self, code: &str) -> Result<&Country, UnknownCode> {
        let c = norm(code);
        self.countries
            .iter()
            .find(|x| x.code() == c)
            .ok_or_else(|| UnknownCode::country(code.trim()))
    }

    /// All countries and territories.
    pub fn countries(&self) -> &[Country] {
        &self.countries
    }

    /// Every adequacy decision in the data, whatever its status.
    pub fn adequacy_decisions(&self) -> &[Adequacy] {
        &self.adequacy
    }

    /// A transfer mechanism struck down by the Court of Justice (`"privacy_shield"`,
    /// `"safe_harbour"`).
    pub fn invalidated(&self, id: &str) -> Option<&Invalidated> {
        let id = id.trim().to_ascii_lowercase();
        self.invalidated.iter().find(|i| i.id() == id)
    }

    pub fn invalidated_mechanisms(&self) -> &[Invalidated] {
        &self.invalidated
    }

    /// What the data say of every mechanism, in file order (that of the articles).
    pub fn mechanisms(&self) -> &[MechanismEntry] {
        &self.mechanisms
    }

    /// Every former name, abbreviation and identifier (domain, e-mail address) of a
    /// national authority, for scanning user text for references to bodies that no
    /// longer exist. The needle is returned verbatim: match abbreviations as whole words.
    pub fn former_authority_mentions(
        &self,
    ) -> impl Iterator<Item = (&Authority, &FormerName, &str)> {
        self.authorities.iter().flat_map(|a| {
            a.former_names()
                .iter()
                .flat_map(move |f| f.needles().map(move |n| (a, f, n)))
        })
    }

    /// Every entry of every file with a label, for provenance checks.
    pub fn entries(&self) -> Vec<(String, &dyn Provenance)> {
        let mut out: Vec<(String, &dyn Provenance)> = Vec::new();
        for a in &self.authorities {
            out.push((format!("authority {}", a.country()), a));
            for (i, f) in a.former_names().iter().enumerate() {
                out.push((format!("authority {} former name #{i}", a.country()), f));
            }
            let label = format!("authority {}", a.country());
            link_entries(&mut out, &label, a.complaint_links());
            for o in a.others() {
                let label = format!("authority {}/{}", a.country(), o.id());
                link_entries(&mut out, &label, o.complaint_links());
                out.push((label, o));
            }
        }
        for c in &self.countries {
            out.push((format!("country {}", c.code()), c));
        }
        for a in &self.adequacy {
            out.push((format!("adequacy {}", a.country()), a));
        }
        for i in &self.invalidated {
            out.push((format!("invalidated {}", i.id()), i));
        }
        for s in &self.mechanisms {
            out.push((format!("safeguard {}", s.id()), s));
        }
        for r in &self.regions {
            out.push((format!("region {}", r.region().code()), r));
        }
        for s in &self.services {
            out.push((format!("service {}", s.id()), s));
        }
        for l in &self.limits {
            let activity = crate::declaration::name_of(&l.activity());
            out.push((format!("sector {} {activity}", l.country()), l));
        }
        out
    }

    /// The oldest `as_of` date in the data, for a "reference data may be stale" note. The
    /// catalogue of services is left out: an entry matters only to a declaration that uses
    /// it, and lint judges its age there (N417).
    pub fn oldest_as_of(&self) -> Date {
        *self.oldest.get_or_init(|| {
            self.entries()
                .iter()
                .filter(|(label, _)| !label.starts_with("service "))
                .map(|(_, e)| e.as_of())
                .min()
                .expect("reference data is never empty")
        })
    }
}
