//! Built-in GDPR reference data: supervisory authorities, countries, adequacy decisions,
//! invalidated transfer mechanisms and transfer safeguards, with a lookup API.
//!
//! The facts change over time (authorities move, decisions are renewed or struck down), so
//! they live in dated YAML files under `data/` rather than in code. Every entry records
//! where it comes from (`source`), when it was checked (`as_of`) and whether it was checked
//! against a source at all (`verified`). The files are embedded with `include_str!`,
//! parsed once on first use, and validated by the unit tests so that a broken edit fails
//! `cargo test` instead of a user's build.

use std::collections::BTreeMap;
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

mod authorities;
mod countries;

mod error;
mod load;
mod remit;
pub mod report;
mod select;
mod transfers;

#[cfg(test)]
mod tests;

pub use crate::date::Date;
pub use authorities::{Authority, AuthorityInfo, FormerName, Link, Links, OtherAuthority};
pub use countries::Country;
pub use error::UnknownCode;
pub use remit::{AuthorityScope, Sector};
pub use select::Selected;
pub use transfers::{
    Act, ActKind, Adequacy, AdequacyStatus, BeneficiaryKind, Certification, Invalidated, Safeguard,
    SafeguardKind, Scope,
};

/// Text keyed by language code (`fr`, `nl`, `en`, `de`, ...).
pub type Localized = BTreeMap<String, String>;

/// Looks `lang` up in `map`, then each fallback language in order, then any entry, so
/// that a renderer always gets *some* text when the map is not empty.
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
    authorities: Vec<Authority>,
    countries: Vec<Country>,
    adequacy: Vec<Adequacy>,
    invalidated: Vec<Invalidated>,
    safeguards: Vec<Safeguard>,
}

const AUTHORITIES_YAML: &str = include_str!("data/authorities.yaml");
const COUNTRIES_YAML: &str = include_str!("data/countries.yaml");
const ADEQUACY_YAML: &str = include_str!("data/adequacy.yaml");
const SAFEGUARDS_YAML: &str = include_str!("data/safeguards.yaml");

/// The embedded reference data, parsed on first use.
///
/// Panics if the embedded files are invalid; the unit tests parse them, so that can only
/// happen with an untested edit.
pub fn reference() -> &'static Reference {
    static REFERENCE: OnceLock<Reference> = OnceLock::new();
    REFERENCE.get_or_init(|| {
        Reference::from_yaml(
            AUTHORITIES_YAML,
            COUNTRIES_YAML,
            ADEQUACY_YAML,
            SAFEGUARDS_YAML,
        )
        .unwrap_or_else(|e| panic!("embedded GDPR reference data is invalid: {e}"))
    })
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

    /// The adequacy decision in force for a country or body (`"EPO"`), if any.
    pub fn adequacy(&self, code: &str) -> Option<&Adequacy> {
        let c = norm(code);
        self.adequacy
            .iter()
            .find(|a| a.country() == c && a.status() == AdequacyStatus::InForce)
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

    /// A transfer mechanism a declaration can name (`"scc"`, `"bcr"`, `"explicit_consent"`...).
    pub fn safeguard(&self, id: &str) -> Option<&Safeguard> {
        let id = id.trim().to_ascii_lowercase();
        self.safeguards.iter().find(|s| s.id() == id)
    }

    pub fn safeguards(&self) -> &[Safeguard] {
        &self.safeguards
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
        for s in &self.safeguards {
            out.push((format!("safeguard {}", s.id()), s));
        }
        out
    }

    /// The oldest `as_of` date in the data, for a "reference data may be stale" note.
    pub fn oldest_as_of(&self) -> Date {
        self.entries()
            .iter()
            .map(|(_, e)| e.as_of())
            .min()
            .expect("reference data is never empty")
    }
}
