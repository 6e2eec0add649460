//! The one decision on a transfer: do the data sent to a destination leave the EEA, and on
//! which basis, given the mechanism a declaration names? Lint reports the gaps and the
//! notice states the basis from the same [`Route`], so that a transfer one of them sees the
//! other cannot miss.

use super::{Adequacy, Certification, Destination, Invalidated, Mechanism, MechanismEntry};
use super::{MechanismError, MissingLanguage, Reference};

/// Where a recipient's data go, as the law sees it.
#[derive(Debug, Clone, Copy)]
pub enum Route<'r> {
    /// No destination is given, or one the data do not know: whether the data leave the EEA
    /// cannot be told (lint N403 and N012 say so; the notice says it is unknown).
    Unknown,
    /// The data stay within the EEA: no transfer.
    WithinEea(Destination<'r>),
    /// The data leave the EEA: a transfer under Chapter V, on a basis or with a gap.
    Transfer(Destination<'r>, Result<Basis<'r>, Gap<'r>>),
}

/// The lawful basis of a transfer: the declared mechanism, valid for its destination.
#[derive(Debug, Clone, Copy)]
pub struct Basis<'r> {
    entry: &'r MechanismEntry,
    /// The adequacy decision relied on: `Some` exactly for Art. 45 mechanisms.
    decision: Option<&'r Adequacy>,
}

/// Why a transfer has no lawful basis.
#[derive(Debug, Clone, Copy)]
pub enum Gap<'r> {
    /// No mechanism is declared.
    Missing,
    /// The declared id names no mechanism.
    Unknown,
    /// The declared mechanism was struck down by the Court of Justice.
    Invalidated(&'r Invalidated),
    /// An adequacy decision is claimed for a destination that has none in force.
    NoDecision,
    /// An adequacy decision is claimed, but the destination's covers only recipients with
    /// this certification, which the declaration must name instead.
    CertificationRequired(Certification),
    /// A certification is named where the destination's decision does not rest on it (the
    /// Data Privacy Framework outside the United States).
    NotCertifiable(Certification),
}

impl<'r> Basis<'r> {
    pub fn mechanism(&self) -> Mechanism {
        self.entry.mechanism()
    }

    /// The mechanism's article, wording and current decision.
    pub fn entry(&self) -> &'r MechanismEntry {
        self.entry
    }

    /// The adequacy decision the transfer rests on, for an Art. 45 mechanism.
    pub fn decision(&self) -> Option<&'r Adequacy> {
        self.decision
    }

    /// Whom the adequacy decision covers, in `lang`, when it covers only some recipients and
    /// the mechanism does not already say which (a certification names its own condition).
    pub fn scope(&self, lang: &str) -> Result<Option<&'r str>, MissingLanguage> {
        match self.decision {
            Some(d) if self.mechanism().certification().is_none() => d.scope_description(lang),
            _ => Ok(None),
        }
    }
}

impl Reference {
    /// Where data sent to the destination `code` under the declared `mechanism` go: within
    /// the EEA, or out of it on a basis or with a gap.
    pub fn route(&self, code: Option<&str>, mechanism: Option<&str>) -> Route<'_> {
        match code.map(|c| self.destination(c)) {
            None | Some(Err(_)) => Route::Unknown,
            Some(Ok(d)) if d.in_eea() => Route::WithinEea(d),
            Some(Ok(d)) => Route::Transfer(d, self.basis(d, mechanism)),
        }
    }

    /// The basis the declared `mechanism` gives a transfer to `destination`.
    fn basis<'r>(
        &'r self,
        destination: Destination<'r>,
        mechanism: Option<&str>,
    ) -> Result<Basis<'r>, Gap<'r>> {
        let id = mechanism.ok_or(Gap::Missing)?;
        let entry = self.mechanism(id).map_err(|e| match e {
            MechanismError::Invalidated(i) => Gap::Invalidated(i),
            MechanismError::Unknown => Gap::Unknown,
        })?;
        let decision = destination.adequacy();
        let wanted = decision.and_then(Adequacy::requires_certification);
        let decision = match entry.mechanism() {
            Mechanism::Adequacy => match (decision, wanted) {
                (None, _) => return Err(Gap::NoDecision),
                (Some(_), Some(c)) => return Err(Gap::CertificationRequired(c)),
                (Some(d), None) => Some(d),
            },
            Mechanism::Certified(c) if wanted == Some(c) => decision,
            Mechanism::Certified(c) => return Err(Gap::NotCertifiable(c)),
            Mechanism::Safeguard(_) | Mechanism::Derogation(_) => None,
        };
        Ok(Basis { entry, decision })
    }
}
