//! The view of what organisations say about their practices beyond the Art. 13/14 items:
//! where data are stored, who may access them, disclosure undertakings, the laws applied and
//! who checks compliance, separate documents, and the glossary.

use anyhow::Result;
use serde::Serialize;

use super::Builder;
use crate::declaration as d;

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

/// Undertakings about disclosure. Also part of the JSON output ([`super::resolved`]).
#[derive(Serialize, schemars::JsonSchema)]
pub struct DisclosureView {
    /// The organisation does not sell personal data.
    pub no_sale: bool,
    /// Further conditions on disclosure, one each.
    pub conditions: Vec<String>,
}

/// Also part of the JSON output ([`super::resolved`]).
#[derive(Serialize, schemars::JsonSchema)]
pub struct ComplianceView {
    /// The laws the organisation says it applies, one each.
    pub laws: Vec<String>,
    /// Principles it commits to, one each.
    pub principles: Vec<String>,
    /// Who checks its compliance, one each.
    pub oversight: Vec<String>,
}

/// A term the notice defines. Also part of the JSON output ([`super::resolved`]).
#[derive(Serialize, schemars::JsonSchema)]
pub struct GlossaryView {
    pub term: String,
    /// What it means in this notice.
    pub definition: String,
}

/// Processing described in a document of its own. Also part of the JSON output
/// ([`super::resolved`]).
#[derive(Serialize, schemars::JsonSchema)]
pub struct SeparateView {
    /// What the document covers.
    pub subject: String,
    /// Where to read it.
    pub url: Option<String>,
}

impl Builder<'_> {
    pub(super) fn storage(&self) -> Result<Option<StorageView>> {
        let locations = &self.decl.storage;
        if locations.is_empty() {
            return Ok(None);
        }
        // A region in words ("Europe") cannot be checked against the EEA, so it never counts;
        // a region by its code (`EU`) does.
        let eea_only = locations.iter().all(|l| {
            l.country.as_ref().is_some_and(|codes| {
                !codes.is_empty()
                    && codes
                        .iter()
                        .all(|c| self.reference.destination(c).is_ok_and(|d| d.in_eea()))
            })
        });
        Ok(Some(StorageView {
            locations: locations
                .iter()
                .map(|l| {
                    Ok(LocationView {
                        description: self.opt(&l.description),
                        place: l
                            .country
                            .as_ref()
                            .map(|c| self.places(c))
                            .transpose()?
                            .or_else(|| self.opt(&l.region)),
                        provider: l.provider.as_deref().map(|id| self.recipient_name(id)),
                    })
                })
                .collect::<Result<_>>()?,
            eea_only,
        }))
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

#[cfg(test)]
mod tests {
    use super::super::tests::renderer;
    use crate::declaration::Declaration;

    const DECL: &str = r#"
notice:
  id: t
  languages: [fr, nl, en]
  paper_copy: true
  separate_documents:
    - subject: {fr: Le règlement du personnel, nl: Het personeelsreglement, en: The staff rules}
controller: {name: Acme SRL, country: BE}
storage:
  - description: {fr: serveur, nl: server, en: server}
    country: BE
confidentiality:
  - {fr: secret professionnel, nl: beroepsgeheim, en: professional secrecy}
disclosure:
  no_sale: true
  conditions: [{fr: partenaires, nl: partners, en: partners}]
compliance:
  laws: [{fr: loi du 30 juillet 2018, nl: wet van 30 juli 2018, en: Act of 30 July 2018}]
  oversight: [{fr: audit interne, nl: interne audit, en: internal audit}]
glossary:
  - term: {fr: Tiers, nl: Derde, en: Third party}
    definition: {fr: autre, nl: ander, en: other}
recipients:
  - id: g
    category: {fr: sociétés du groupe, nl: groepsvennootschappen, en: group companies}
    group_company: true
    list_url: https://acme.example/groupe
cookies:
  description: {fr: Des cookies., nl: Cookies., en: Cookies.}
  trackers:
    - label: {fr: Préférences, nl: Voorkeuren, en: Preferences}
      essential: true
purposes:
  - id: p
    legal_basis: consent
rights:
  complaint: {fr: Écrivez-nous d'abord., nl: Schrijf ons eerst., en: Write to us first.}
  notes:
    portability: {fr: Au client d'abord., nl: Eerst aan de klant., en: To the client first.}
"#;

    #[test]
    fn practices_render_in_every_language() {
        let (r, _) = renderer();
        let decl: Declaration = serde_yaml::from_str(DECL).unwrap();
        let expect = [
            (
                "fr",
                [
                    "Tous ces lieux se situent dans l'Espace économique européen",
                    "Nous ne vendons pas vos données",
                    "membre de notre groupe",
                    "## Lexique",
                    "version papier",
                    "Font l'objet de documents distincts",
                    "| Préférences |",
                    "Au client d'abord.",
                    "Écrivez-nous d'abord.",
                ],
            ),
            (
                "nl",
                [
                    "Al deze plaatsen bevinden zich in de Europese Economische Ruimte",
                    "Wij verkopen uw persoonsgegevens niet",
                    "lid van onze groep",
                    "## Begrippenlijst",
                    "papieren versie",
                    "In afzonderlijke documenten geregeld",
                    "| Voorkeuren |",
                    "Eerst aan de klant.",
                    "Schrijf ons eerst.",
                ],
            ),
            (
                "en",
                [
                    "All these places are in the European Economic Area",
                    "We do not sell your personal data",
                    "member of our group",
                    "## Glossary",
                    "paper copy",
                    "Set out in separate documents",
                    "| Preferences |",
                    "To the client first.",
                    "Write to us first.",
                ],
            ),
        ];
        for (lang, phrases) in expect {
            let md = r.markdown(&decl, lang).unwrap();
            for p in phrases {
                assert!(md.contains(p), "{lang}: `{p}` missing from\n{md}");
            }
        }
    }

    #[test]
    fn a_region_in_words_is_not_taken_for_the_eea() {
        let (r, _) = renderer();
        let yaml =
            "notice: {id: t, languages: [en]}\nstorage:\n  - {country: BE}\n  - {region: Europe}\n";
        let decl: Declaration = serde_yaml::from_str(yaml).unwrap();
        let md = r.markdown(&decl, "en").unwrap();
        assert!(md.contains("- Europe"), "{md}");
        assert!(!md.contains("All these places"), "{md}");
    }
}
