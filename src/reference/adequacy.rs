//! Adequacy decisions of the European Commission (GDPR Art. 45) and the Commission acts
//! notices cite.
//!
//! Decisions are dated data with a status, because the list changes: decisions are renewed
//! (United Kingdom), added (Brazil, the European Patent Organisation) or invalidated (Safe
//! Harbour, Privacy Shield, in `mechanism.rs`).

use serde::Deserialize;

use super::{Certification, Date, Invalidated, Localized, MissingLanguage, english, in_lang};

/// What an adequacy decision covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BeneficiaryKind {
    #[default]
    Country,
    /// A territory with its own decision (Faroe Islands, Guernsey, Isle of Man, Jersey).
    Territory,
    /// An international organisation (the European Patent Organisation).
    InternationalOrganisation,
}

/// Whether the decision covers every recipient in the country or only some.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Scope {
    Full,
    /// Only the recipients described in `scope_description` (e.g. Canada: commercial
    /// organisations subject to PIPEDA).
    Limited,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AdequacyStatus {
    InForce,
    Expired,
    Repealed,
    Suspended,
}

/// Whether an act is a Commission decision or an implementing decision: their titles differ
/// in every language ("Implementing Decision", "décision d'exécution", "Uitvoeringsbesluit").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ActKind {
    Decision,
    ImplementingDecision,
}

/// A Commission act in machine-readable form, so that notices can cite it in their own
/// language; the English `decision` text of the entry says the same for people.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Act {
    kind: ActKind,
    /// As the Official Journal numbers it in English: `(EU) 2023/1795`, `2013/65/EU`,
    /// `2000/518/EC`; absent when no number is confirmed.
    number: Option<String>,
    date: Date,
}

impl Act {
    pub fn kind(&self) -> ActKind {
        self.kind
    }
    pub fn number(&self) -> Option<&str> {
        self.number.as_deref()
    }
    pub fn date(&self) -> Date {
        self.date
    }
}

/// An adequacy decision of the European Commission.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Adequacy {
    /// ISO 3166-1 code, or an id such as `EPO` for an international organisation.
    country: String,
    #[serde(default)]
    kind: BeneficiaryKind,
    /// Only given in the file for international organisations; countries take their
    /// CLDR names from `countries.yaml` at load time.
    #[serde(default)]
    pub(super) names: Localized,
    decision: String,
    act: Option<Act>,
    celex: Option<String>,
    adopted: Date,
    scope: Scope,
    pub(super) scope_description: Option<Localized>,
    requires_certification: Option<Certification>,
    status: AdequacyStatus,
    renewed: Option<Date>,
    valid_until: Option<Date>,
    source: String,
    as_of: Date,
    verified: bool,
    note: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct AdequacyFile {
    pub(crate) decisions: Vec<Adequacy>,
    pub(crate) invalidated: Vec<Invalidated>,
}

impl_provenance!(Adequacy);

impl Adequacy {
    /// ISO code of the country or territory, or the organisation's id (`EPO`).
    pub fn country(&self) -> &str {
        &self.country
    }

    pub fn kind(&self) -> BeneficiaryKind {
        self.kind
    }

    /// Name of the country, territory or organisation in `lang`.
    pub fn name(&self, lang: &str) -> Result<&str, MissingLanguage> {
        in_lang(&self.names, lang, || format!("name for {}", self.country))
    }

    /// Its name in English, for the tool's own messages.
    pub fn english_name(&self) -> &str {
        english(&self.names)
    }

    /// Reference of the decision, e.g. "Commission Implementing Decision (EU) 2023/1795".
    pub fn decision(&self) -> &str {
        &self.decision
    }

    /// The decision as an act notices can cite in any language.
    pub fn act(&self) -> Option<&Act> {
        self.act.as_ref()
    }

    /// CELEX number on EUR-Lex, when confirmed.
    pub fn celex(&self) -> Option<&str> {
        self.celex.as_deref()
    }

    pub fn adopted(&self) -> Date {
        self.adopted
    }

    pub fn scope(&self) -> Scope {
        self.scope
    }

    /// For a limited decision, who is covered, in `lang`; `None` for a decision that covers
    /// every recipient.
    pub fn scope_description(&self, lang: &str) -> Result<Option<&str>, MissingLanguage> {
        self.scope_description
            .as_ref()
            .map(|m| {
                in_lang(m, lang, || {
                    format!("scope of the adequacy decision for {}", self.country)
                })
            })
            .transpose()
    }

    /// Machine-readable condition on the recipient (`Dpf` for the United States).
    pub fn requires_certification(&self) -> Option<Certification> {
        self.requires_certification
    }

    pub fn status(&self) -> AdequacyStatus {
        self.status
    }

    /// Date of the latest renewal, if the decision was renewed.
    pub fn renewed(&self) -> Option<Date> {
        self.renewed
    }

    /// Last day of validity for a time-limited decision (United Kingdom).
    pub fn valid_until(&self) -> Option<Date> {
        self.valid_until
    }

    pub(crate) fn set_names(&mut self, names: Localized) {
        self.names = names;
    }

    pub(crate) fn has_file_names(&self) -> bool {
        !self.names.is_empty()
    }

    /// The invariants notices rely on; `covers` checks a text is given in every language of
    /// the data.
    pub(crate) fn validate(
        &self,
        covers: impl Fn(&Localized, &str) -> Result<(), String>,
    ) -> Result<(), String> {
        let who = format!("adequacy {}", self.country);
        if self.source.trim().is_empty() || self.decision.trim().is_empty() {
            return Err(format!("{who}: empty source or decision"));
        }
        covers(&self.names, &format!("{who}: names"))?;
        if self.status == AdequacyStatus::InForce && self.act.is_none() {
            return Err(format!(
                "{who}: a decision in force needs `act` so notices can cite it"
            ));
        }
        check_act(&who, &self.decision, self.act.as_ref())?;
        match (self.scope, &self.scope_description) {
            (Scope::Limited, Some(d)) => covers(d, &format!("{who}: scope_description")),
            (Scope::Limited, None) => Err(format!("{who}: limited scope needs a description")),
            (Scope::Full, Some(_)) => {
                Err(format!("{who}: full scope must not carry a description"))
            }
            (Scope::Full, None) => Ok(()),
        }
    }
}

/// The machine-readable act must say what the English text says: same number, same year.
pub(crate) fn check_act(who: &str, decision: &str, act: Option<&Act>) -> Result<(), String> {
    let Some(act) = act else { return Ok(()) };
    if let Some(n) = act.number()
        && !decision.contains(n)
    {
        return Err(format!(
            "{who}: act number {n} is not in the decision text {decision:?}"
        ));
    }
    if !decision.contains(&act.date().year().to_string()) {
        return Err(format!(
            "{who}: act date {} does not match the decision text {decision:?}",
            act.date()
        ));
    }
    Ok(())
}
