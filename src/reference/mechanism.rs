//! Transfer mechanisms (GDPR Chapter V): the closed list of Arts. 45, 46, 47 and 49 as a
//! type, their wording in each language (`safeguards.yaml`), and the mechanisms the Court of
//! Justice struck down (`adequacy.yaml`, `invalidated`).
//!
//! The law fixes which mechanisms exist and what a notice must add for each (a copy of an
//! Art. 46 safeguard, the interests of an Art. 49(1) second-subparagraph transfer), so that
//! is decided here, by the type; what changes over time (wording, the current SCC decision)
//! is data.

use serde::Deserialize;

use super::adequacy::check_act;
use super::{Act, Date, Localized, MissingLanguage, Reference, english, in_lang};

/// A transfer mechanism a declaration can name in `transfer.mechanism`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Mechanism {
    /// Art. 45: an adequacy decision covering the destination (`adequacy`).
    Adequacy,
    /// Art. 45: an adequacy decision that covers only recipients certified under a framework
    /// (`dpf`).
    Certified(Certification),
    /// Art. 46 (and 47): an appropriate safeguard.
    Safeguard(Art46Kind),
    /// Art. 49: a derogation for a specific situation.
    Derogation(Art49Kind),
}

/// A certification some adequacy decisions require of the recipient.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Certification {
    /// Self-certification under the EU-US Data Privacy Framework.
    Dpf,
}

/// The appropriate safeguards of Art. 46 (with binding corporate rules, Art. 47).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Art46Kind {
    /// 46(2)(a): an instrument between public authorities or bodies.
    PublicAuthorityInstrument,
    /// 46(2)(b), 47: binding corporate rules.
    Bcr,
    /// 46(2)(c): standard data protection clauses adopted by the Commission.
    Scc,
    /// 46(2)(d): standard clauses adopted by a supervisory authority.
    SaClauses,
    /// 46(2)(e): an approved code of conduct.
    CodeOfConduct,
    /// 46(2)(f): an approved certification mechanism.
    Certification,
    /// 46(3)(a): ad hoc contractual clauses, authorised by the supervisory authority.
    AdHocClauses,
    /// 46(3)(b): provisions in administrative arrangements, authorised likewise.
    AdministrativeArrangement,
}

/// The derogations of Art. 49(1).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Art49Kind {
    /// (a)
    ExplicitConsent,
    /// (b)
    Contract,
    /// (c)
    ThirdPartyContract,
    /// (d)
    PublicInterest,
    /// (e)
    LegalClaims,
    /// (f)
    VitalInterests,
    /// (g)
    PublicRegister,
    /// Second subparagraph.
    CompellingLegitimateInterests,
}

impl Mechanism {
    /// Every mechanism, in the order of the articles.
    const ALL: [Mechanism; 18] = {
        use Art46Kind as S;
        use Art49Kind as D;
        use Mechanism::{Derogation, Safeguard};
        [
            Mechanism::Adequacy,
            Mechanism::Certified(Certification::Dpf),
            Safeguard(S::PublicAuthorityInstrument),
            Safeguard(S::Bcr),
            Safeguard(S::Scc),
            Safeguard(S::SaClauses),
            Safeguard(S::CodeOfConduct),
            Safeguard(S::Certification),
            Safeguard(S::AdHocClauses),
            Safeguard(S::AdministrativeArrangement),
            Derogation(D::ExplicitConsent),
            Derogation(D::Contract),
            Derogation(D::ThirdPartyContract),
            Derogation(D::PublicInterest),
            Derogation(D::LegalClaims),
            Derogation(D::VitalInterests),
            Derogation(D::PublicRegister),
            Derogation(D::CompellingLegitimateInterests),
        ]
    };

    /// Every mechanism, in the order of the articles.
    pub fn all() -> impl Iterator<Item = Mechanism> {
        Mechanism::ALL.into_iter()
    }

    /// The mechanism a declaration names by `id` (any case, surrounding spaces ignored).
    pub fn from_id(id: &str) -> Option<Mechanism> {
        let id = id.trim();
        Mechanism::all().find(|m| m.id().eq_ignore_ascii_case(id))
    }

    /// The id declarations and `safeguards.yaml` name it by (`scc`): the one place an id is
    /// spelt.
    pub fn id(self) -> &'static str {
        use Art46Kind as S;
        use Art49Kind as D;
        match self {
            Mechanism::Adequacy => "adequacy",
            Mechanism::Certified(Certification::Dpf) => "dpf",
            Mechanism::Safeguard(kind) => match kind {
                S::PublicAuthorityInstrument => "public_authority_instrument",
                S::Bcr => "bcr",
                S::Scc => "scc",
                S::SaClauses => "sa_clauses",
                S::CodeOfConduct => "code_of_conduct",
                S::Certification => "certification",
                S::AdHocClauses => "ad_hoc_clauses",
                S::AdministrativeArrangement => "administrative_arrangement",
            },
            Mechanism::Derogation(kind) => match kind {
                D::ExplicitConsent => "explicit_consent",
                D::Contract => "contract",
                D::ThirdPartyContract => "third_party_contract",
                D::PublicInterest => "public_interest",
                D::LegalClaims => "legal_claims",
                D::VitalInterests => "vital_interests",
                D::PublicRegister => "public_register",
                D::CompellingLegitimateInterests => "compelling_legitimate_interests",
            },
        }
    }

    /// Art. 45: the transfer rests on an adequacy decision, which the destination must have.
    pub fn is_adequacy(self) -> bool {
        matches!(self, Mechanism::Adequacy | Mechanism::Certified(_))
    }

    /// The certification the recipient must hold (`dpf`), if the mechanism is one.
    pub fn certification(self) -> Option<Certification> {
        match self {
            Mechanism::Certified(c) => Some(c),
            _ => None,
        }
    }

    /// Art. 46/47 safeguards, of which a notice must say how to obtain a copy or where they
    /// are available (Art. 13(1)(f)); an adequacy decision (Art. 45) or an Art. 49 derogation
    /// has none.
    pub fn has_copy(self) -> bool {
        matches!(self, Mechanism::Safeguard(_))
    }

    /// Art. 46(3) mechanisms, which need the competent supervisory authority's authorisation.
    pub fn requires_authorisation(self) -> bool {
        matches!(
            self,
            Mechanism::Safeguard(Art46Kind::AdHocClauses | Art46Kind::AdministrativeArrangement)
        )
    }

    /// Art. 49 derogations, which a notice must present as such.
    pub fn is_derogation(self) -> bool {
        matches!(self, Mechanism::Derogation(_))
    }

    /// Art. 49(1), second subparagraph: the notice must state the compelling legitimate
    /// interests pursued.
    pub fn needs_interests(self) -> bool {
        self == Mechanism::Derogation(Art49Kind::CompellingLegitimateInterests)
    }
}

impl Certification {
    /// The mechanism a declaration names to rely on it (`dpf`).
    pub fn mechanism(self) -> Mechanism {
        Mechanism::Certified(self)
    }
}

impl TryFrom<String> for Mechanism {
    type Error = String;
    fn try_from(id: String) -> Result<Mechanism, String> {
        Mechanism::from_id(&id).ok_or_else(|| format!("unknown transfer mechanism {id:?}"))
    }
}

impl<'de> Deserialize<'de> for Mechanism {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Mechanism, D::Error> {
        Mechanism::try_from(String::deserialize(d)?).map_err(serde::de::Error::custom)
    }
}

/// What the data say of a mechanism: its article, its name in each language, the current
/// Commission decision where one applies (SCC).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MechanismEntry {
    id: Mechanism,
    article: String,
    pub(super) names: Localized,
    decision: Option<String>,
    act: Option<Act>,
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
    pub(super) names: Localized,
    decision: String,
    judgment: String,
    ecli: Option<String>,
    judgment_date: Date,
    /// The mechanism that replaced it, if any.
    successor: Option<Mechanism>,
    source: String,
    as_of: Date,
    verified: bool,
    note: Option<String>,
}

/// Why a declared mechanism id names no mechanism in force.
#[derive(Debug, Clone, Copy)]
pub enum MechanismError<'r> {
    /// The Court of Justice struck it down.
    Invalidated(&'r Invalidated),
    /// No mechanism has this id.
    Unknown,
}

impl Reference {
    /// The mechanism a declaration names by `id` (any case), or why there is none.
    pub fn mechanism(&self, id: &str) -> Result<&MechanismEntry, MechanismError<'_>> {
        let found = Mechanism::from_id(id)
            .and_then(|m| self.mechanisms.iter().find(|e| e.mechanism() == m));
        match found {
            Some(entry) => Ok(entry),
            None => Err(self
                .invalidated(id)
                .map_or(MechanismError::Unknown, MechanismError::Invalidated)),
        }
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct SafeguardsFile {
    pub(crate) safeguards: Vec<MechanismEntry>,
}

impl_provenance!(MechanismEntry, Invalidated);

impl MechanismEntry {
    pub fn mechanism(&self) -> Mechanism {
        self.id
    }

    /// The id declarations use (`scc`).
    pub fn id(&self) -> &'static str {
        self.id.id()
    }

    /// GDPR provision, e.g. "46(2)(c)".
    pub fn article(&self) -> &str {
        &self.article
    }

    /// Wording of the GDPR's language version for `lang`.
    pub fn name(&self, lang: &str) -> Result<&str, MissingLanguage> {
        in_lang(&self.names, lang, || {
            format!("name for transfer mechanism `{}`", self.id())
        })
    }

    /// Its name in English, for the tool's own messages.
    pub fn english_name(&self) -> &str {
        english(&self.names)
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

    pub(crate) fn validate(
        &self,
        covers: impl Fn(&Localized, &str) -> Result<(), String>,
    ) -> Result<(), String> {
        let who = format!("safeguard {}", self.id());
        if let Some(d) = &self.decision {
            if self.act.is_none() {
                return Err(format!(
                    "{who}: a `decision` needs `act` so notices can cite it"
                ));
            }
            check_act(&who, d, self.act.as_ref())?;
        }
        if self.source.trim().is_empty() || self.article.trim().is_empty() {
            return Err(format!("{who}: needs an article and a source"));
        }
        covers(&self.names, &format!("{who}: names"))
    }
}

impl Invalidated {
    pub fn id(&self) -> &str {
        &self.id
    }

    pub fn name(&self, lang: &str) -> Result<&str, MissingLanguage> {
        in_lang(&self.names, lang, || {
            format!("name for the invalidated mechanism `{}`", self.id)
        })
    }

    /// Its name in English, for the tool's own messages.
    pub fn english_name(&self) -> &str {
        english(&self.names)
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

    /// The mechanism that replaced it (`dpf` for Privacy Shield).
    pub fn successor(&self) -> Option<Mechanism> {
        self.successor
    }

    pub(crate) fn validate(
        &self,
        covers: impl Fn(&Localized, &str) -> Result<(), String>,
    ) -> Result<(), String> {
        let who = format!("invalidated {}", self.id);
        if self.source.trim().is_empty() {
            return Err(format!("{who}: needs a source"));
        }
        // A struck-down id that is also a valid one would make a declaration ambiguous.
        if Mechanism::from_id(&self.id).is_some() {
            return Err(format!("{who}: the id of a mechanism in force"));
        }
        covers(&self.names, &format!("{who}: names"))
    }
}
