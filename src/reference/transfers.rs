//! Transfers to third countries (GDPR Chapter V): adequacy decisions (Art. 45),
//! mechanisms struck down by the Court of Justice, and the safeguards and derogations
//! (Arts. 46, 47, 49) a declaration can name.
//!
//! Adequacy decisions are dated data with a status, because the list changes: decisions
//! are renewed (United Kingdom), added (Brazil, the European Patent Organisation) or
//! invalidated (Safe Harbour, Privacy Shield).

use serde::Deserialize;

use super::{Date, Localized, pick};

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

/// A certification the recipient must hold for the decision to apply.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Certification {
    /// Self-certification under the EU-US Data Privacy Framework.
    Dpf,
}

impl Certification {
    /// The matching safeguard id in `safeguards.yaml`.
    pub fn safeguard_id(self) -> &'static str {
        match self {
            Certification::Dpf => "dpf",
        }
    }
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
    names: Localized,
    decision: String,
    act: Option<Act>,
    celex: Option<String>,
    adopted: Date,
    scope: Scope,
    scope_description: Option<Localized>,
    requires_certification: Option<Certification>,
    status: AdequacyStatus,
    renewed: Option<Date>,
    valid_until: Option<Date>,
    source: String,
    as_of: Date,
    verified: bool,
    note: Option<String>,
}

/// A transfer mechanism the Court of Justice declared invalid.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Invalidated {
    id: String,
    names: Localized,
    decision: String,
    judgment: String,
    ecli: Option<String>,
    judgment_date: Date,
    /// Safeguard id of the mechanism that replaced it, if any.
    successor: Option<String>,
    source: String,
    as_of: Date,
    verified: bool,
    note: Option<String>,
}

/// The family a transfer mechanism belongs to; decides what a notice must add.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SafeguardKind {
    /// Art. 45: no further safeguard needed.
    Adequacy,
    /// Art. 46(2): appropriate safeguard without specific authorisation.
    AppropriateSafeguard,
    /// Art. 46(3): needs the competent supervisory authority's authorisation.
    AuthorisedSafeguard,
    /// Art. 49: derogation for a specific situation, to be named as such.
    Derogation,
}

/// A transfer mechanism a declaration can name.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Safeguard {
    id: String,
    kind: SafeguardKind,
    article: String,
    names: Localized,
    decision: Option<String>,
    act: Option<Act>,
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

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct SafeguardsFile {
    pub(crate) safeguards: Vec<Safeguard>,
}

impl_provenance!(Adequacy, Invalidated, Safeguard);

const NOTICE_LANGS: [&str; 3] = ["fr", "nl", "en"];

fn has_notice_langs(m: &Localized) -> bool {
    NOTICE_LANGS
        .iter()
        .all(|l| m.get(*l).is_some_and(|s| !s.trim().is_empty()))
}

impl Adequacy {
    /// ISO code of the country or territory, or the organisation's id (`EPO`).
    pub fn country(&self) -> &str {
        &self.country
    }

    pub fn kind(&self) -> BeneficiaryKind {
        self.kind
    }

    /// Name of the country, territory or organisation in `lang` (English fallback).
    pub fn name(&self, lang: &str) -> &str {
        pick(&self.names, lang, &["en"]).unwrap_or_default()
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

    /// For a limited decision, who is covered, in `lang` (English fallback).
    pub fn scope_description(&self, lang: &str) -> Option<&str> {
        self.scope_description
            .as_ref()
            .and_then(|m| pick(m, lang, &["en"]))
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

    pub(crate) fn validate(&self) -> Result<(), String> {
        let who = format!("adequacy {}", self.country);
        if self.source.trim().is_empty() || self.decision.trim().is_empty() {
            return Err(format!("{who}: empty source or decision"));
        }
        if !has_notice_langs(&self.names) {
            return Err(format!("{who}: needs names in fr, nl and en"));
        }
        if self.status == AdequacyStatus::InForce && self.act.is_none() {
            return Err(format!(
                "{who}: a decision in force needs `act` so notices can cite it"
            ));
        }
        check_act(&who, &self.decision, self.act.as_ref())?;
        let described = self
            .scope_description
            .as_ref()
            .is_some_and(has_notice_langs);
        match (self.scope, described) {
            (Scope::Limited, false) => {
                Err(format!("{who}: limited scope needs fr/nl/en description"))
            }
            (Scope::Full, true) => Err(format!("{who}: full scope must not carry a description")),
            _ => Ok(()),
        }
    }

    pub(crate) fn has_file_names(&self) -> bool {
        !self.names.is_empty()
    }
}

impl Invalidated {
    pub fn id(&self) -> &str {
        &self.id
    }

    pub fn name(&self, lang: &str) -> &str {
        pick(&self.names, lang, &["en"]).unwrap_or_default()
    }

    /// The Commission decision that was invalidated.
    pub fn decision(&self) -> &str {
        &self.decision
    }

    /// Case reference of the judgment, e.g. "C-311/18, ... (Schrems II)".
    pub fn judgment(&self) -> &str {
        &self.judgment
    }

    pub fn ecli(&self) -> Option<&str> {
        self.ecli.as_deref()
    }

    pub fn judgment_date(&self) -> Date {
        self.judgment_date
    }

    /// Id of the safeguard that replaced it (`dpf` for Privacy Shield).
    pub fn successor(&self) -> Option<&str> {
        self.successor.as_deref()
    }

    pub(crate) fn validate(&self) -> Result<(), String> {
        if !has_notice_langs(&self.names) || self.source.trim().is_empty() {
            return Err(format!(
                "invalidated {}: needs fr/nl/en names and a source",
                self.id
            ));
        }
        Ok(())
    }
}

impl Safeguard {
    /// Stable id used in declarations (`scc`, `bcr`, `explicit_consent`, ...).
    pub fn id(&self) -> &str {
        &self.id
    }

    pub fn kind(&self) -> SafeguardKind {
        self.kind
    }

    /// GDPR provision, e.g. "46(2)(c)".
    pub fn article(&self) -> &str {
        &self.article
    }

    /// Wording of the GDPR's language version for `lang` (English fallback).
    pub fn name(&self, lang: &str) -> &str {
        pick(&self.names, lang, &["en"]).unwrap_or_default()
    }

    /// Current Commission decision for the mechanism (SCC: Implementing Decision (EU)
    /// 2021/914), if one applies.
    pub fn decision(&self) -> Option<&str> {
        self.decision.as_deref()
    }

    /// The current decision as an act notices can cite in any language.
    pub fn act(&self) -> Option<&Act> {
        self.act.as_ref()
    }

    /// True for Art. 46(3) mechanisms, which need a supervisory authority's authorisation.
    pub fn requires_authorisation(&self) -> bool {
        self.kind == SafeguardKind::AuthorisedSafeguard
    }

    /// True for the Art. 46/47 safeguards, of which a notice must say how to obtain a copy
    /// or where they are available (Art. 13(1)(f)); an adequacy decision (Art. 45) or an
    /// Art. 49 derogation has none.
    pub fn has_copy(&self) -> bool {
        matches!(
            self.kind,
            SafeguardKind::AppropriateSafeguard | SafeguardKind::AuthorisedSafeguard
        )
    }

    /// True for Art. 49 derogations, which a notice must present as such.
    pub fn is_derogation(&self) -> bool {
        self.kind == SafeguardKind::Derogation
    }

    pub(crate) fn validate(&self) -> Result<(), String> {
        if let Some(d) = &self.decision {
            if self.act.is_none() {
                return Err(format!(
                    "safeguard {}: a `decision` needs `act` so notices can cite it",
                    self.id
                ));
            }
            check_act(&format!("safeguard {}", self.id), d, self.act.as_ref())?;
        }
        let ok_id =
            !self.id.is_empty() && self.id.bytes().all(|b| b.is_ascii_lowercase() || b == b'_');
        if !ok_id || !has_notice_langs(&self.names) || self.source.trim().is_empty() {
            return Err(format!(
                "safeguard {:?}: needs a snake_case id, fr/nl/en names and a source",
                self.id
            ));
        }
        Ok(())
    }
}

/// The machine-readable act must say what the English text says: same number, same year.
fn check_act(who: &str, decision: &str, act: Option<&Act>) -> Result<(), String> {
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
