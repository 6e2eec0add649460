//! Where personal data go: a country or territory, or an international organisation, with
//! what the law makes of it (inside the EEA or not, the adequacy decision covering it).
//!
//! Callers ask a [`Destination`] its questions rather than look at what it is, so that other
//! kinds of destination (a region such as "the EEA", several countries) are one more variant
//! of `Place` answering the same questions, not a change to every caller.

use super::{Adequacy, AdequacyStatus, BeneficiaryKind, Country, MissingLanguage, Reference};
use super::{UnknownCode, norm};

/// A place personal data can be sent to, as the reference data know it.
#[derive(Debug, Clone, Copy)]
pub struct Destination<'r> {
    place: Place<'r>,
    /// The adequacy decision in force for it, if any.
    decision: Option<&'r Adequacy>,
}

#[derive(Debug, Clone, Copy)]
enum Place<'r> {
    /// An ISO 3166-1 country or territory.
    Country(&'r Country),
    /// An international organisation, known from its adequacy decision (the EPO).
    Organisation(&'r Adequacy),
}

/// What kind of place a destination is, for sentences that name it ("this country", "this
/// international organisation").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DestinationKind {
    Country,
    InternationalOrganisation,
}

impl DestinationKind {
    /// Its name in `snake_case`, as messages select on it.
    pub fn as_str(self) -> &'static str {
        match self {
            DestinationKind::Country => "country",
            DestinationKind::InternationalOrganisation => "international_organisation",
        }
    }
}

impl<'r> Destination<'r> {
    /// The code a declaration names it by: `US`, `EPO`.
    pub fn code(&self) -> &'r str {
        match self.place {
            Place::Country(c) => c.code(),
            Place::Organisation(a) => a.country(),
        }
    }

    pub fn kind(&self) -> DestinationKind {
        match self.place {
            Place::Country(_) => DestinationKind::Country,
            Place::Organisation(_) => DestinationKind::InternationalOrganisation,
        }
    }

    /// Its name in `lang`; an error for a language the data lack.
    pub fn name(&self, lang: &str) -> Result<&'r str, MissingLanguage> {
        match self.place {
            Place::Country(c) => c.name(lang),
            Place::Organisation(a) => a.name(lang),
        }
    }

    /// Whether sending data here stays within the EEA, so is no transfer under Chapter V: an
    /// EEA state, or a territory that is part of one's EU territory. An international
    /// organisation is outside, wherever its seat.
    pub fn in_eea(&self) -> bool {
        match self.place {
            Place::Country(c) => c.inside_eea(),
            Place::Organisation(_) => false,
        }
    }

    /// The adequacy decision in force for it (its scope and conditions included), if any.
    pub fn adequacy(&self) -> Option<&'r Adequacy> {
        self.decision
    }
}

impl Reference {
    /// The destination a declaration names by `code` (any case): an ISO 3166-1 country or
    /// territory, or an international organisation with an adequacy decision (`EPO`).
    pub fn destination(&self, code: &str) -> Result<Destination<'_>, UnknownCode> {
        let c = norm(code);
        let place = match self.countries.iter().find(|x| x.code() == c) {
            Some(country) => Place::Country(country),
            None => self
                .organisations()
                .find(|a| a.country() == c)
                .map(Place::Organisation)
                .ok_or_else(|| UnknownCode::country(code.trim()))?,
        };
        Ok(self.at(place))
    }

    /// Every destination the data know: the countries, then the international organisations.
    pub fn destinations(&self) -> impl Iterator<Item = Destination<'_>> {
        let countries = self.countries.iter().map(Place::Country);
        let organisations = self.organisations().map(Place::Organisation);
        countries.chain(organisations).map(|p| self.at(p))
    }

    fn organisations(&self) -> impl Iterator<Item = &Adequacy> {
        self.adequacy
            .iter()
            .filter(|a| a.kind() == BeneficiaryKind::InternationalOrganisation)
    }

    fn at<'r>(&'r self, place: Place<'r>) -> Destination<'r> {
        let mut d = Destination {
            place,
            decision: None,
        };
        d.decision = self
            .adequacy
            .iter()
            .find(|a| a.country() == d.code() && a.status() == AdequacyStatus::InForce);
        d
    }
}
