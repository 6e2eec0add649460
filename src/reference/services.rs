//! The catalogue of common services (`services.yaml`): who the provider of a service is, its
//! role towards the organisation, where it processes the data, the mechanism of each transfer
//! outside the EEA, its privacy notice, a description of the service in every language of the
//! data, and the trackers it sets. A declaration takes an entry with `use: <id>`
//! (see `declaration::catalogue`); lint compares declarations with it.
//!
//! Each entry says whether every fact in it was read in the provider's own documents
//! (`verified`), and if not, which fields were not (`unconfirmed`): the notes that explain
//! why are for people, the list is for lint, which names those fields to whoever uses the
//! entry. Loading checks every fact against the rest of the reference data: countries and
//! regions exist, each transfer leg leaves the EEA and its mechanism gives a lawful basis
//! there, every non-EEA place of processing has its leg.

use serde::{Deserialize, Serialize};

use super::{Date, Localized, Mechanism, MissingLanguage, Reference, Route, english, in_lang};
use crate::declaration::Lifetime;
use crate::suggest::close_matches;

/// What a service does for the organisation (the header of `services.yaml` describes each).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ServiceKind {
    Newsletter,
    MarketingAutomation,
    Analytics,
    TagManager,
    Advertising,
    Social,
    Video,
    Maps,
    Captcha,
    Payment,
    ShopPlatform,
    SiteBuilder,
    Office,
    Cloud,
    Hosting,
    Cdn,
    Telephony,
    Messaging,
    Support,
    Crm,
    Accounting,
    Payroll,
    Scheduling,
    Meetings,
    Forms,
    ESignature,
    Identity,
    Shipping,
}

/// The provider's default role towards the organisation that uses the service.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ServiceRole {
    Processor,
    Controller,
    JointController,
}

/// One transfer outside the EEA: the country and the mechanism the provider states.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ServiceTransfer {
    country: String,
    mechanism: Mechanism,
    /// The date of the provider's statement that it is certified under the DPF.
    dpf_certified_as_of: Option<Date>,
    /// A second mechanism the provider states (SCCs should the DPF fall).
    fallback: Option<Mechanism>,
}

/// A cookie or similar tracker the service sets on the organisation's site.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ServiceTracker {
    pub(super) name: String,
    duration: Lifetime,
    pub(super) purpose: Localized,
    essential: bool,
}

/// One entry of the catalogue.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Service {
    id: String,
    name: String,
    kind: ServiceKind,
    entity: String,
    entity_country: String,
    role: ServiceRole,
    pub(super) role_note: Option<Localized>,
    processing: Vec<String>,
    transfers: Vec<ServiceTransfer>,
    notice_url: Option<String>,
    dpa_url: Option<String>,
    pub(super) description: Localized,
    /// Absent: not listed; empty: the provider states it sets none.
    pub(super) trackers: Option<Vec<ServiceTracker>>,
    source: String,
    as_of: Date,
    verified: bool,
    #[serde(default)]
    unconfirmed: Vec<String>,
    note: Option<String>,
}

impl_provenance!(Service);

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct ServicesFile {
    pub(crate) services: Vec<Service>,
}

/// The fields of an entry that `unconfirmed` may name.
const FACTS: [&str; 8] = [
    "entity",
    "entity_country",
    "role",
    "processing",
    "transfers",
    "notice_url",
    "dpa_url",
    "trackers",
];

impl ServiceTransfer {
    pub fn country(&self) -> &str {
        &self.country
    }
    pub fn mechanism(&self) -> Mechanism {
        self.mechanism
    }
    pub fn fallback(&self) -> Option<Mechanism> {
        self.fallback
    }
    pub fn dpf_certified_as_of(&self) -> Option<Date> {
        self.dpf_certified_as_of
    }
}

impl ServiceTracker {
    /// The cookie's name; `<…>` stands for a part that varies (`_ga_<container-id>`).
    pub fn name(&self) -> &str {
        &self.name
    }
    pub fn duration(&self) -> Lifetime {
        self.duration
    }
    /// What it is for, by language.
    pub fn purposes(&self) -> &Localized {
        &self.purpose
    }
    pub fn essential(&self) -> bool {
        self.essential
    }

    /// Whether a cookie a declaration names is this one: the same name, any value of a
    /// varying part (`_ga_ABC123` is `_ga_<container-id>`).
    pub fn matches(&self, name: &str) -> bool {
        let name = name.trim();
        match self.name.split_once('<') {
            Some((prefix, rest)) => {
                let suffix = rest.split_once('>').map_or("", |(_, s)| s);
                name.len() > prefix.len() + suffix.len()
                    && name.starts_with(prefix)
                    && name.ends_with(suffix)
            }
            None => name == self.name,
        }
    }
}

impl Service {
    /// The id a declaration names it by (`use: mailchimp`).
    pub fn id(&self) -> &str {
        &self.id
    }

    /// Its name in listings, which may qualify the product in English ("Dropbox (Business)").
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The product's name, as used in every language: `name` without the qualifier in
    /// brackets that only listings need ("Microsoft 365 (including Teams and Outlook)" is
    /// "Microsoft 365").
    pub fn brand(&self) -> &str {
        self.name
            .split_once(" (")
            .map_or(self.name.as_str(), |(b, _)| b)
            .trim()
    }

    /// How a notice names the provider: its legal entity and, unless the entity's name says
    /// it already, the product ("The Rocket Science Group LLC (Mailchimp)", "Stripe Payments
    /// Europe Limited").
    pub fn display_name(&self) -> String {
        if contains_words(&self.entity, self.brand()) {
            self.entity.clone()
        } else {
            format!("{} ({})", self.entity, self.brand())
        }
    }

    pub fn kind(&self) -> ServiceKind {
        self.kind
    }

    /// The legal entity that contracts with customers in the EEA.
    pub fn entity(&self) -> &str {
        &self.entity
    }

    pub fn entity_country(&self) -> &str {
        &self.entity_country
    }

    pub fn role(&self) -> ServiceRole {
        self.role
    }

    /// Why the provider is not a processor, in `lang`, for roles other than processor.
    pub fn role_note(&self, lang: &str) -> Result<Option<&str>, MissingLanguage> {
        self.role_note
            .as_ref()
            .map(|m| in_lang(m, lang, || format!("role note of service `{}`", self.id)))
            .transpose()
    }

    /// Where the provider processes the data: codes and regions.
    pub fn processing(&self) -> &[String] {
        &self.processing
    }

    /// One leg per third country the data go to.
    pub fn transfers(&self) -> &[ServiceTransfer] {
        &self.transfers
    }

    /// Every destination of the data: where they are processed, then the countries of the
    /// transfer legs not among them (a sub-processor's country), each once.
    pub fn destinations(&self) -> Vec<&str> {
        let mut out: Vec<&str> = self.processing.iter().map(String::as_str).collect();
        for t in &self.transfers {
            if !out.iter().any(|c| c.eq_ignore_ascii_case(&t.country)) {
                out.push(&t.country);
            }
        }
        out
    }

    /// The transfer leg to `code`, if the entry has one.
    pub fn transfer_to(&self, code: &str) -> Option<&ServiceTransfer> {
        self.transfers
            .iter()
            .find(|t| t.country.eq_ignore_ascii_case(code.trim()))
    }

    pub fn notice_url(&self) -> Option<&str> {
        self.notice_url.as_deref()
    }

    pub fn dpa_url(&self) -> Option<&str> {
        self.dpa_url.as_deref()
    }

    /// What the service does for the organisation, by language, as a notice's list of
    /// recipients shows it after the name ("sending our newsletter").
    pub fn descriptions(&self) -> &Localized {
        &self.description
    }

    /// Its description in English, for the tool's own listings.
    pub fn english_description(&self) -> &str {
        english(&self.description)
    }

    /// The trackers it sets: `None` where the entry does not list them.
    pub fn trackers(&self) -> Option<&[ServiceTracker]> {
        self.trackers.as_deref()
    }

    /// The fields not confirmed in the provider's own documents (empty when verified).
    pub fn unconfirmed(&self) -> &[String] {
        &self.unconfirmed
    }

    /// Checks the entry on its own and against the rest of the reference data.
    pub(crate) fn validate(
        &self,
        r: &Reference,
        covers: impl Fn(&Localized, &str) -> Result<(), String>,
    ) -> Result<(), String> {
        let who = format!("service {}", self.id);
        let slug = |s: &str| {
            !s.is_empty()
                && s.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        };
        if !slug(&self.id) {
            return Err(format!("{who}: the id is not a slug"));
        }
        for (field, value) in [
            ("name", &self.name),
            ("entity", &self.entity),
            ("source", &self.source),
        ] {
            if value.trim().is_empty() {
                return Err(format!("{who}: empty `{field}`"));
            }
        }
        if r.country(&self.entity_country).is_err() {
            return Err(format!(
                "{who}: entity_country {:?} is not a country",
                self.entity_country
            ));
        }
        for url in [&self.notice_url, &self.dpa_url].into_iter().flatten() {
            if !url.starts_with("https://") {
                return Err(format!("{who}: {url:?} is not an https address"));
            }
        }
        covers(&self.description, &format!("{who}: description"))?;
        match (&self.role_note, self.role) {
            (Some(note), ServiceRole::Controller | ServiceRole::JointController) => {
                covers(note, &format!("{who}: role_note"))?
            }
            (None, ServiceRole::Processor) => {}
            (None, _) => {
                return Err(format!(
                    "{who}: a role other than processor needs `role_note`"
                ));
            }
            (Some(_), ServiceRole::Processor) => {
                return Err(format!(
                    "{who}: `role_note` explains a role other than processor"
                ));
            }
        }
        if self.processing.is_empty() {
            return Err(format!("{who}: `processing` is empty"));
        }
        for code in &self.processing {
            let d = r
                .destination(code)
                .map_err(|e| format!("{who}: processing: {e}"))?;
            // A place of processing outside the EEA is a transfer the entry must give.
            if !d.in_eea() && self.transfer_to(code).is_none() {
                return Err(format!("{who}: processing in {code} has no transfer leg"));
            }
        }
        for (i, t) in self.transfers.iter().enumerate() {
            let at = format!("{who}: transfers to {}", t.country);
            if self.transfers[..i]
                .iter()
                .any(|u| u.country.eq_ignore_ascii_case(&t.country))
            {
                return Err(format!("{at}: given twice"));
            }
            for m in std::iter::once(t.mechanism).chain(t.fallback) {
                match r.route(Some(&t.country), Some(m.id())) {
                    Route::Transfer(_, Ok(_)) => {}
                    Route::Transfer(_, Err(gap)) => {
                        return Err(format!("{at}: `{}` is no basis there ({gap:?})", m.id()));
                    }
                    Route::WithinEea(_) => return Err(format!("{at}: inside the EEA")),
                    Route::Unknown => return Err(format!("{at}: unknown destination")),
                }
            }
            if t.dpf_certified_as_of.is_some() && t.mechanism.certification().is_none() {
                return Err(format!(
                    "{at}: `dpf_certified_as_of` without `mechanism: dpf`"
                ));
            }
        }
        for (i, t) in self.trackers.iter().flatten().enumerate() {
            if t.name.trim().is_empty() {
                return Err(format!("{who}: tracker #{} has no name", i + 1));
            }
            covers(&t.purpose, &format!("{who}: tracker {}: purpose", t.name))?;
        }
        match (self.verified, self.unconfirmed.as_slice()) {
            (true, []) => {}
            (true, _) => return Err(format!("{who}: verified, yet `unconfirmed` lists fields")),
            (false, []) => {
                return Err(format!(
                    "{who}: not verified, and `unconfirmed` names no field"
                ));
            }
            (false, fields) => {
                if let Some(f) = fields.iter().find(|f| !FACTS.contains(&f.as_str())) {
                    return Err(format!(
                        "{who}: unconfirmed: `{f}` is not a field of the entry"
                    ));
                }
                if self.note.as_deref().is_none_or(|n| n.trim().is_empty()) {
                    return Err(format!("{who}: not verified, and no `note` says why"));
                }
            }
        }
        Ok(())
    }
}

/// The words of a name, lower-cased, for comparing names however they are punctuated.
pub fn words(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// Whether the words of `part` occur, in order and together, among those of `name`
/// ("Stripe Payments Europe Limited" contains "Stripe"; "Google" does not contain "Google
/// Ads").
pub fn contains_words(name: &str, part: &str) -> bool {
    contains_word_list(&words(name), &words(part))
}

/// [`contains_words`] on words already cut by [`words`] (lint cuts the catalogue's names once
/// per run).
pub fn contains_word_list(name: &[String], part: &[String]) -> bool {
    !part.is_empty() && name.windows(part.len()).any(|w| w == part)
}

/// A `use:` id that names no catalogue entry, with the closest ids.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownService {
    pub id: String,
    /// The ids closest to it, best first.
    pub close: Vec<String>,
}

impl std::fmt::Display for UnknownService {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "the catalogue has no service `{}`", self.id)
    }
}

impl Reference {
    /// Every entry of the catalogue, in file order (grouped by kind of service).
    pub fn services(&self) -> &[Service] {
        &self.services
    }

    /// The catalogue entry a declaration names by `id` (any case), or the closest ids.
    pub fn service(&self, id: &str) -> Result<&Service, UnknownService> {
        let wanted = id.trim().to_ascii_lowercase();
        if let Some(s) = self.services.iter().find(|s| s.id == wanted) {
            return Ok(s);
        }
        let ids = self.services.iter().map(|s| s.id.as_str());
        let mut close: Vec<String> = close_matches(&wanted, ids, 3)
            .into_iter()
            .map(str::to_owned)
            .collect();
        // Also the entries whose id or brand contains what was written ("ga4" finds no
        // spelling, but "analytics" finds every analytics service).
        for s in &self.services {
            let brand = words(s.brand()).join("-");
            if close.len() < 5
                && !close.contains(&s.id)
                && (s.id.contains(&wanted) || (wanted.len() > 2 && brand.contains(&wanted)))
            {
                close.push(s.id.clone());
            }
        }
        Err(UnknownService {
            id: id.trim().to_owned(),
            close,
        })
    }
}
