//! Parsing and cross-file validation of the reference YAML.
//!
//! Each file is checked on its own (field invariants) and against the others (every
//! authority's state is an EEA member, every EEA member has an authority, adequacy
//! decisions name known non-EEA countries, every mechanism has its wording, every name is
//! given in each language of the data...). Errors name the offending entry so an editor can
//! fix the YAML without reading this code.

use std::collections::BTreeSet;

use serde::Deserialize;

use super::Sources;
use super::adequacy::AdequacyFile;
use super::countries::CountriesFile;
use super::mechanism::SafeguardsFile;
use super::region::RegionsFile;
use super::sector::SectorFile;
use super::services::ServicesFile;
use super::{
    AdequacyStatus, Authority, BeneficiaryKind, ENGLISH, Localized, Mechanism, Reference, Region,
};
use crate::digest::Parts;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct AuthoritiesFile {
    authorities: Vec<Authority>,
}

pub(super) fn parse<'a, T: Deserialize<'a>>(file: &str, text: &'a str) -> Result<T, String> {
    serde_yaml::from_str(text).map_err(|e| format!("{file}: {e}"))
}

/// Fails unless `map` has a text in each of `languages`: every text the notices take from
/// the data exists in every language of the data.
fn covered(languages: &[String], map: &Localized, who: &str) -> Result<(), String> {
    match languages
        .iter()
        .find(|l| map.get(*l).is_none_or(|s| s.trim().is_empty()))
    {
        Some(l) => Err(format!("{who}: no `{l}` text")),
        None => Ok(()),
    }
}

/// Fails with `what` if any item of `ids` occurs twice.
fn unique<'a>(what: &str, ids: impl Iterator<Item = &'a str>) -> Result<(), String> {
    let mut seen = BTreeSet::new();
    for id in ids {
        if !seen.insert(id) {
            return Err(format!("duplicate {what} {id:?}"));
        }
    }
    Ok(())
}

impl Reference {
    /// Parses and validates the reference files (normally the embedded ones; tests also feed
    /// broken variants to check that validation catches them).
    pub fn from_sources(sources: Sources) -> Result<Reference, String> {
        let Sources {
            authorities,
            countries,
            adequacy,
            safeguards,
            regions,
            services,
            sector,
        } = sources;
        let digest = [
            authorities,
            countries,
            adequacy,
            safeguards,
            regions,
            services,
            sector,
        ]
        .iter()
        .fold(Parts::new(), |d, text| d.part(text))
        .finish();
        let authorities = parse::<AuthoritiesFile>("authorities.yaml", authorities)?.authorities;
        let (languages, countries) =
            parse::<CountriesFile>("countries.yaml", countries)?.into_countries();
        let AdequacyFile {
            decisions: mut adequacy,
            invalidated,
        } = parse("adequacy.yaml", adequacy)?;
        let mechanisms = parse::<SafeguardsFile>("safeguards.yaml", safeguards)?.safeguards;
        let regions = parse::<RegionsFile>("regions.yaml", regions)?.regions;
        let services = parse::<ServicesFile>("services.yaml", services)?.services;
        let sector = parse::<SectorFile>("sector.yaml", sector)?;

        unique("language", languages.iter().map(String::as_str))?;
        if !languages.iter().any(|l| l == ENGLISH) {
            return Err(format!(
                "countries.yaml: `languages` must include {ENGLISH}, the language of notice's own messages"
            ));
        }
        let covers = |map: &Localized, who: &str| covered(&languages, map, who);
        for c in &countries {
            c.validate()?;
            covers(c.names(), &format!("country {}: names", c.code()))?;
        }
        unique("country", countries.iter().map(|c| c.code()))?;
        let count = |f: fn(&super::Country) -> bool| countries.iter().filter(|c| f(c)).count();
        if count(super::Country::is_eu) != 27 || count(super::Country::is_eea) != 30 {
            return Err("countries.yaml: expected 27 EU and 30 EEA member states".into());
        }
        let known = |code: &str| countries.iter().find(|c| c.code() == code);
        for c in &countries {
            if let Some(p) = c.part_of()
                && !known(p).is_some_and(|m| m.is_eea())
            {
                return Err(format!(
                    "country {}: part_of {p} is not an EEA state",
                    c.code()
                ));
            }
        }

        for a in &authorities {
            a.validate()?;
            if !known(a.country()).is_some_and(|c| c.is_eea()) {
                return Err(format!(
                    "authority {}: not an EEA member state",
                    a.country()
                ));
            }
        }
        unique("authority", authorities.iter().map(|a| a.country()))?;
        for c in countries.iter().filter(|c| c.is_eea()) {
            if !authorities.iter().any(|a| a.country() == c.code()) {
                return Err(format!(
                    "EEA state {} has no supervisory authority",
                    c.code()
                ));
            }
        }

        for m in &mechanisms {
            m.validate(covers)?;
        }
        unique("safeguard", mechanisms.iter().map(|m| m.id()))?;
        if let Some(m) = Mechanism::all().find(|m| !mechanisms.iter().any(|e| e.mechanism() == *m))
        {
            return Err(format!("safeguards.yaml: no entry for `{}`", m.id()));
        }

        for a in &mut adequacy {
            match a.kind() {
                // A destination code names one place: an organisation cannot take a country's.
                BeneficiaryKind::InternationalOrganisation if known(a.country()).is_some() => {
                    return Err(format!("adequacy {}: a country's code", a.country()));
                }
                BeneficiaryKind::InternationalOrganisation => {}
                _ => {
                    let c = known(a.country())
                        .ok_or_else(|| format!("adequacy {}: unknown country", a.country()))?;
                    if c.inside_eea() {
                        return Err(format!("adequacy {}: EEA needs no decision", a.country()));
                    }
                    if a.has_file_names() {
                        return Err(format!(
                            "adequacy {}: names come from countries.yaml",
                            a.country()
                        ));
                    }
                    a.set_names(c.names().clone());
                }
            }
            a.validate(covers)?;
        }
        unique(
            "adequacy decision for",
            adequacy.iter().map(|a| a.country()),
        )?;

        for i in &invalidated {
            i.validate(covers)?;
        }
        unique("invalidated mechanism", invalidated.iter().map(|i| i.id()))?;

        for r in &regions {
            r.validate(covers)?;
        }
        unique("region", regions.iter().map(|r| r.region().code()))?;
        if let Some(r) = Region::ALL
            .into_iter()
            .find(|r| !regions.iter().any(|e| e.region() == *r))
        {
            return Err(format!("regions.yaml: no entry for `{}`", r.code()));
        }
        // A region's code must name nothing else, or `country: EU` would be ambiguous.
        if let Some(r) = Region::ALL.into_iter().find(|r| {
            known(&r.code().to_ascii_uppercase()).is_some()
                || adequacy
                    .iter()
                    .any(|a| a.country().eq_ignore_ascii_case(r.code()))
        }) {
            return Err(format!(
                "region {}: also a country's or organisation's code",
                r.code()
            ));
        }

        unique("service", services.iter().map(|s| s.id()))?;
        sector.validate(|code| known(code).is_some())?;
        let limits = sector.limits;
        let country_at = countries
            .iter()
            .enumerate()
            .map(|(i, c)| (c.code().to_owned(), i))
            .collect();
        let mut in_force_at = std::collections::HashMap::new();
        for (i, a) in adequacy.iter().enumerate() {
            if a.status() == AdequacyStatus::InForce {
                // The first in the file, as a scan of the list would find it.
                in_force_at.entry(a.country().to_owned()).or_insert(i);
            }
        }
        let reference = Reference {
            digest,
            languages,
            authorities,
            countries,
            adequacy,
            invalidated,
            mechanisms,
            regions,
            services,
            limits,
            country_at,
            in_force_at,
            oldest: std::sync::OnceLock::new(),
        };
        // The catalogue is checked against the rest: its countries, regions and mechanisms,
        // and whether each transfer leg's mechanism is a basis where it goes.
        for s in &reference.services {
            s.validate(&reference, |map: &Localized, who: &str| {
                covered(&reference.languages, map, who)
            })?;
        }
        Ok(reference)
    }
}
