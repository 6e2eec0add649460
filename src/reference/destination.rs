//! Where personal data go: a country or territory, an international organisation, or an
//! area named instead of countries (the EU, the EEA, unspecified countries outside the EEA),
//! with what the law makes of it (inside the EEA or not, the adequacy decision covering it).
//!
//! Callers ask a [`Destination`] its questions rather than look at what it is, so that each
//! kind of destination is one variant of `Place` answering the same questions. Several
//! destinations (`country: [IE, US]`) are several destinations, each asked on its own.

use super::{Adequacy, BeneficiaryKind, Country, MissingLanguage, Reference};
use super::{Region, RegionEntry, UnknownCode, norm};

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
    /// An area named instead of countries.
    Region(&'r RegionEntry),
}

/// What kind of place a destination is, for sentences that name it ("this country", "this
/// international organisation").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DestinationKind {
    Country,
    InternationalOrganisation,
    /// The EU, the EEA, or unspecified countries outside the EEA.
    Region,
}

impl DestinationKind {
    /// Its name in `snake_case`, as messages select on it.
    pub fn as_str(self) -> &'static str {
        match self {
            DestinationKind::Country => "country",
            DestinationKind::InternationalOrganisation => "international_organisation",
            DestinationKind::Region => "region",
        }
    }
}

impl<'r> Destination<'r> {
    /// The code a declaration names it by: `US`, `EPO`, `EU`.
    pub fn code(&self) -> &'r str {
        match self.place {
            Place::Country(c) => c.code(),
            Place::Organisation(a) => a.country(),
            Place::Region(r) => r.region().code(),
        }
    }

    pub fn kind(&self) -> DestinationKind {
        match self.place {
            Place::Country(_) => DestinationKind::Country,
            Place::Organisation(_) => DestinationKind::InternationalOrganisation,
            Place::Region(_) => DestinationKind::Region,
        }
    }

    /// The area, when the destination is one rather than a country or an organisation.
    pub fn region(&self) -> Option<Region> {
        match self.place {
            Place::Region(r) => Some(r.region()),
            _ => None,
        }
    }

    /// Its name in `lang`; an error for a language the data lack.
    pub fn name(&self, lang: &str) -> Result<&'r str, MissingLanguage> {
        match self.place {
            Place::Country(c) => c.name(lang),
            Place::Organisation(a) => a.name(lang),
            Place::Region(r) => r.name(lang),
        }
    }

    /// Whether sending data here stays within the EEA, so is no transfer under Chapter V: an
    /// EEA state, or a territory that is part of one's EU territory, or the EU or the EEA as
    /// a whole. An international organisation is outside, wherever its seat, and so are
    /// countries outside the EEA left unspecified.
    pub fn in_eea(&self) -> bool {
        match self.place {
            Place::Country(c) => c.inside_eea(),
            Place::Organisation(_) => false,
            Place::Region(r) => r.region().in_eea(),
        }
    }

    /// The adequacy decision in force for it (its scope and conditions included), if any.
    pub fn adequacy(&self) -> Option<&'r Adequacy> {
        self.decision
    }
}

impl Reference {
    /// The destination a declaration names by `code` (any case): an ISO 3166-1 country or
    /// territory, an international organisation with an adequacy decision (`EPO`), or a
    /// region (`EU`, `EEA`, `outside_eea_unspecified`).
    pub fn destination(&self, code: &str) -> Result<Destination<'_>, UnknownCode> {
        let c = norm(code);
        let region = || {
            let r = Region::from_code(code)?;
            self.regions.iter().find(|e| e.region() == r)
        };
        let place = match self.country_at.get(&c) {
            Some(&i) => Place::Country(&self.countries[i]),
            None => self
                .organisations()
                .find(|a| a.country() == c)
                .map(Place::Organisation)
                .or_else(|| region().map(Place::Region))
                .ok_or_else(|| UnknownCode::destination(code.trim()))?,
        };
        Ok(self.at(place))
    }

    /// Every destination the data know: the countries, the international organisations,
    /// then the regions.
    pub fn destinations(&self) -> impl Iterator<Item = Destination<'_>> {
        let countries = self.countries.iter().map(Place::Country);
        let organisations = self.organisations().map(Place::Organisation);
        let regions = self.regions.iter().map(Place::Region);
        countries
            .chain(organisations)
            .chain(regions)
            .map(|p| self.at(p))
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
        // A region is no beneficiary of a decision: the Commission decides on a country, a
        // territory or an organisation it names.
        if d.region().is_none() {
            d.decision = self.in_force_at.get(d.code()).map(|&i| &self.adequacy[i]);
        }
        d
    }
}
