//! The view of what organisations say about their practices beyond the Art. 13/14 items:
//! where data are stored, who may access them, disclosure undertakings, the laws applied and
//! who checks compliance, separate documents, and the glossary.

use serde::Serialize;

use super::Builder;
use crate::declaration as d;
use crate::reference::reference;

#[derive(Serialize)]
pub struct StorageView {
    pub locations: Vec<LocationView>,
    /// True when every location is a country of the EEA: the notice can then say so.
    pub eea_only: bool,
}

#[derive(Serialize)]
pub struct LocationView {
    pub description: Option<String>,
    /// The country, or the wider area the declaration gives.
    pub place: Option<String>,
    /// The recipient that stores the data for us.
    pub provider: Option<String>,
}

#[derive(Serialize)]
pub struct DisclosureView {
    pub no_sale: bool,
    pub conditions: Vec<String>,
}

#[derive(Serialize)]
pub struct ComplianceView {
    pub laws: Vec<String>,
    pub principles: Vec<String>,
    pub oversight: Vec<String>,
}

#[derive(Serialize)]
pub struct GlossaryView {
    pub term: String,
    pub definition: String,
}

#[derive(Serialize)]
pub struct SeparateView {
    pub subject: String,
    pub url: Option<String>,
}

impl Builder<'_> {
    pub(super) fn storage(&self) -> Option<StorageView> {
        let locations = &self.decl.storage;
        if locations.is_empty() {
            return None;
        }
        // A region in words ("Europe") cannot be checked against the EEA, so it never counts.
        let eea_only = locations.iter().all(|l| {
            l.country
                .as_deref()
                .is_some_and(|c| reference().country(c).is_ok_and(|c| c.inside_eea()))
        });
        Some(StorageView {
            locations: locations
                .iter()
                .map(|l| LocationView {
                    description: self.opt(&l.description),
                    place: l
                        .country
                        .as_deref()
                        .map(|c| self.country(c))
                        .or_else(|| self.opt(&l.region)),
                    provider: l.provider.as_deref().map(|id| self.recipient_name(id)),
                })
                .collect(),
            eea_only,
        })
    }

    pub(super) fn texts(&self, items: &[d::Text]) -> Vec<String> {
        items
            .iter()
            .map(|t| self.text(t))
            .filter(|s| !s.trim().is_empty())
            .collect()
    }

    pub(super) fn disclosure(&self) -> Option<DisclosureView> {
        let x = self.decl.disclosure.as_ref()?;
        let view = DisclosureView {
            no_sale: x.no_sale,
            conditions: self.texts(&x.conditions),
        };
        (view.no_sale || !view.conditions.is_empty()).then_some(view)
    }

    pub(super) fn compliance(&self) -> Option<ComplianceView> {
        let c = self.decl.compliance.as_ref()?;
        let view = ComplianceView {
            laws: self.texts(&c.laws),
            principles: self.texts(&c.principles),
            oversight: self.texts(&c.oversight),
        };
        (!view.laws.is_empty() || !view.principles.is_empty() || !view.oversight.is_empty())
            .then_some(view)
    }

    pub(super) fn glossary(&self) -> Vec<GlossaryView> {
        self.decl
            .glossary
            .iter()
            .map(|g| GlossaryView {
                term: self.text(&g.term),
                definition: self.text(&g.definition),
            })
            .collect()
    }

    pub(super) fn separate_documents(&self) -> Vec<SeparateView> {
        self.decl
            .notice
            .separate_documents
            .iter()
            .map(|s| SeparateView {
                subject: self.text(&s.subject),
                url: s.url.clone(),
            })
            .collect()
    }

    /// The organisation's note on one right, if it wrote one.
    pub(super) fn right_note(&self, right_id: &str) -> Option<String> {
        let rights = self.decl.rights.as_ref()?;
        rights
            .notes
            .iter()
            .find(|(name, _)| d::name_of(*name) == right_id)
            .map(|(_, t)| self.text(t))
            .filter(|s| !s.trim().is_empty())
    }
}
