//! What an authority other than the national one supervises: a sector of controllers
//! (public, private) and, for sector authorities, a named remit (police, a church...).

use serde::Deserialize;

/// Which controllers (public, private or both) a regional or other authority supervises.
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

/// The controllers a sector authority supervises, for rules that must know who answers
/// to whom (a Flemish public body to the VTC). Regional authorities of the Länder kind
/// need none: their `region` and `sector` say it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AuthorityScope {
    /// Flemish public bodies: the Flemish government, local authorities and bodies with a
    /// public task under Flemish law (the "instanties" of the Flemish e-govdecreet).
    FlemishPublicBodies,
    /// The police services.
    Police,
    /// Intelligence and security services and others processing data for national security.
    NationalSecurity,
    /// A church or religious association with its own rules under Art. 91 GDPR.
    Church,
}

impl AuthorityScope {
    /// The YAML spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            AuthorityScope::FlemishPublicBodies => "flemish_public_bodies",
            AuthorityScope::Police => "police",
            AuthorityScope::NationalSecurity => "national_security",
            AuthorityScope::Church => "church",
        }
    }
}
