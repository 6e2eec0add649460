//! The rule catalogue: every lint rule, declared once in the module of its id range.
//!
//! Ranges: N0xx the notice, ids and references (N020–N029 the declaration's `lint.allow`,
//! N040–N049 changes since a previous version, N060–N069 what the declaration says but the
//! notice cannot show, N070–N079 a declaration left unfinished);
//! N1xx controller, DPO, representative, joint controllers; N2xx purposes, legal bases, special
//! data; N3xx data categories, sources, provision; N4xx recipients and transfers, N45x cookies
//! and trackers; N5xx retention; N6xx rights, objection, consent, automated decisions; N7xx
//! supervisory authority; N8xx wording and links, N81x sentences that misstate the law; N9xx
//! reference data, N950–N989 sector rules (what national law or the EDPB says about a kind of
//! processing or organisation, the national facts as reference data keyed by country); R0xx the
//! record of processing activities (Art. 30), checked only by `lint --register` and `register`.

pub mod allow;
mod authority;
mod catalogue;
mod changes;
mod controller;
mod cookies;
mod data;
mod destinations;
mod drops;
mod freshness;
mod languages;
mod lengths;
mod notice;
mod placeholders;
mod purposes;
mod recipients;
mod references;
mod register;
mod retention;
mod rights;
mod sector;
mod sentences;
mod transfers;
mod wording;

pub use authority::former_authority_names;
pub use catalogue::{ServiceNames, service_names};
pub use notice::is_slug;

/// Every phrase list the rules read free texts with. A notice language that one of them lacks
/// is reported (N014), so that a rule never passes a text merely because it cannot read it.
pub(crate) fn phrase_sets() -> [&'static crate::lint::phrasebook::PhraseSet; 13] {
    [
        &wording::QUALIFIERS,
        &wording::FORMULAS,
        &retention::VAGUE_RETENTION,
        &sentences::ACCEPT_NOTICE,
        &sentences::OBJECTION,
        &sentences::OBJECTION_SCOPE,
        &sentences::ID_COPY,
        &sentences::DOUBT,
        &sentences::WITHDRAWAL,
        &sentences::REQUEST_TO_AUTHORITY,
        &cookies::BROWSER,
        &cookies::CONSENT_CHOICE,
        &purposes::ACT_TITLES,
    ]
}
pub use languages::missing as language_gaps;
pub use placeholders::{PLACEHOLDER, has_placeholder};
pub use wording::fixed_wording;

use super::Rule;

/// Every group of rules, in id order: [`all`] is the one list of the catalogue.
static CATALOGUE: &[&[Rule]] = &[
    notice::RULES,
    references::RULES,
    lengths::RULES,
    languages::RULES,
    allow::RULES,
    changes::RULES,
    drops::RULES,
    placeholders::RULES,
    controller::RULES,
    purposes::RULES,
    data::RULES,
    recipients::RULES,
    transfers::RULES,
    destinations::RULES,
    catalogue::RULES,
    cookies::RULES,
    retention::RULES,
    rights::RULES,
    authority::RULES,
    wording::RULES,
    sentences::RULES,
    freshness::RULES,
    sector::RULES,
    register::RULES,
];

/// Every rule, in id order.
pub fn all() -> impl Iterator<Item = &'static Rule> + Clone {
    CATALOGUE.iter().flat_map(|group| group.iter())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique_ordered_and_in_their_range() {
        let ids: Vec<&str> = all().map(|r| r.id).collect();
        let mut sorted = ids.clone();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(ids, sorted, "rule ids must be unique and listed in order");
        for r in all() {
            assert!(
                r.id.len() == 4
                    && (r.id.starts_with('N') || r.id.starts_with('R'))
                    && r.id[1..].bytes().all(|b| b.is_ascii_digit()),
                "{}: ids are N (R for the register) followed by three digits",
                r.id
            );
            assert!(
                is_slug(r.name) && !r.name.contains('_'),
                "{}: name `{}` must be kebab-case",
                r.id,
                r.name
            );
            assert!(
                r.check.is_some() || r.check_all.is_some() || allow::is_allow_rule(r),
                "{} checks nothing",
                r.id
            );
            assert!(r.articles.starts_with("Art. "), "{}: articles", r.id);
            assert!(
                !r.docs.bad.is_empty() && !r.docs.good.is_empty(),
                "{}: examples",
                r.id
            );
        }
        let names: std::collections::BTreeSet<&str> = all().map(|r| r.name).collect();
        assert_eq!(names.len(), ids.len(), "rule names must be unique");
    }

    /// Each phrase list has a kebab-case id of its own (its key in `phrases.yaml`) and is read
    /// by a rule of the catalogue.
    #[test]
    fn phrase_lists_have_unique_ids_and_their_rule() {
        let sets = phrase_sets();
        let ids: std::collections::BTreeSet<&str> = sets.iter().map(|s| s.id()).collect();
        assert_eq!(ids.len(), sets.len(), "phrase list ids must be unique");
        for s in sets {
            assert!(is_slug(s.id()) && !s.id().contains('_'), "{}", s.id());
            assert!(all().any(|r| r.id == s.rule()), "{}: {}", s.id(), s.rule());
        }
    }
}
