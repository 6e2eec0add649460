//! Purposes and data categories in the view: legal bases, special data, retention phrases,
//! whether data must be provided, and where data come from.

use anyhow::Result;
use serde::Serialize;

use super::grounds::{CriminalView, SpecialView};
use super::subjects::NoteView;
use super::{Builder, sentence};
use crate::declaration::{self as d, Event, Purpose, Retention, Text};
use crate::i18n::grammar::upper_first;

/// The purposes resting on the same legal bases, for the first layer: each fact of "why, on
/// which basis, how long" is stated there once.
#[derive(Serialize)]
pub struct BasisGroupView {
    /// The bases' names, joined and capitalised ("Performance of a contract…"); or that none
    /// is given.
    pub name: String,
    /// The provisions, for `cite()` ("6(1)(c)+6(1)(b)"); empty when no basis is given.
    pub article: String,
    pub purposes: Vec<PurposeLineView>,
}

/// A purpose in the first layer: its label and how long its data are kept.
#[derive(Serialize)]
pub struct PurposeLineView {
    pub label: String,
    /// One phrase per retention rule ("7 years after the end of the financial year"); a
    /// phrase saying none is given when the declaration gives none.
    pub retention: Vec<String>,
}

/// A purpose in the detail: what the first layer does not say.
#[derive(Serialize)]
pub struct PurposeView {
    pub id: String,
    pub label: String,
    pub description: Option<String>,
    pub legitimate_interests: Option<String>,
    pub law: Option<String>,
    pub special: Option<SpecialView>,
    pub criminal: Option<CriminalView>,
    /// Labels of the data subjects whose data the purpose processes.
    pub data_subjects: Vec<String>,
    /// Labels of the data categories used.
    pub data: Vec<String>,
    /// Whether providing the data is required for this purpose, and what happens if not
    /// (Art. 13(2)(e)), as a sentence.
    pub provision: Option<String>,
    /// The same for categories whose provision differs for this purpose, each as "Category:
    /// sentence".
    pub category_provisions: Vec<String>,
    pub further_of: Option<String>,
}

#[derive(Serialize)]
pub struct CategoryView {
    pub id: String,
    pub label: String,
    pub description: Option<String>,
    /// Sentences on whether the data are special (Art. 9) or criminal (Art. 10), where they
    /// come from (Art. 14(2)(f)) and whether providing them is required (Art. 13(2)(e)). The
    /// first are sentences too, not brackets after the description, which may end in one.
    pub notes: Vec<NoteView>,
}

/// One retention rule as declared: a period from an event, or criteria, with an exception;
/// `category` names the data category it is for, when it is a category's rule rather than
/// the purpose's own. The notice phrases these, and the JSON output states them.
#[derive(Clone, Copy)]
pub(super) struct RetentionRule<'a> {
    pub category: Option<&'a str>,
    pub span: d::Span,
    pub after: Option<&'a Event>,
    pub criteria: Option<&'a Text>,
    pub exception: Option<&'a Text>,
}

/// The rules of one retention: its own, then its per-category overrides.
pub(super) fn rules_of(r: &Retention) -> Vec<RetentionRule<'_>> {
    let own = RetentionRule {
        category: None,
        span: r.span(),
        after: r.after.as_ref(),
        criteria: r.criteria.as_ref(),
        exception: r.exception.as_ref(),
    };
    std::iter::once(own)
        .chain(r.per_category.iter().map(|c| RetentionRule {
            category: Some(c.data.as_str()),
            span: c.span(),
            after: c.after.as_ref(),
            criteria: c.criteria.as_ref(),
            exception: c.exception.as_ref(),
        }))
        .collect()
}

/// The rules that apply to a purpose's data: its own rule and per-category overrides, and
/// the rules of its categories (`categories`) when the purpose sets no period or criteria of
/// its own.
pub(super) fn purpose_rules<'a>(
    p: &'a Purpose,
    categories: &[&'a d::DataCategory],
) -> Vec<RetentionRule<'a>> {
    let mut out = p.retention.as_ref().map(rules_of).unwrap_or_default();
    if p.retention
        .as_ref()
        .is_none_or(|r| r.span().is_empty() && r.criteria.is_none())
    {
        out.extend(categories.iter().filter_map(|c| {
            let r = c.retention.as_ref()?;
            Some(RetentionRule {
                category: Some(c.id.as_str()),
                ..rules_of(r)[0]
            })
        }));
    }
    out
}

impl Builder<'_> {
    pub(super) fn purpose(&self, p: &Purpose) -> Result<PurposeView> {
        let categories = self.categories_of(p);
        let labels = |keep: fn(&d::DataCategory) -> bool| -> Vec<String> {
            categories
                .iter()
                .filter(|c| keep(c))
                .map(|c| self.category_label(&c.id))
                .collect()
        };
        let (special, criminal) = (labels(|c| c.special.is_some()), labels(|c| c.criminal));
        Ok(PurposeView {
            id: p.id.clone(),
            label: self.purpose_label(p),
            description: self.opt(&p.description),
            legitimate_interests: self.opt(&p.legitimate_interests),
            law: self.opt(&p.law),
            special: self.special(p, special)?,
            criminal: self.criminal(p, criminal)?,
            data_subjects: self.subject_labels(&p.data_subjects)?,
            data: p.data.iter().map(|id| self.category_label(id)).collect(),
            provision: p
                .provision
                .as_ref()
                .and_then(d::PurposeProvision::own)
                .map(|pr| self.provision(&pr, !p.data.is_empty()))
                .transpose()?
                .flatten(),
            category_provisions: self.category_provisions(p)?,
            further_of: p
                .further_processing_of
                .as_deref()
                .map(|id| self.purpose_label_by_id(id)),
        })
    }

    pub(super) fn categories_of(&self, p: &Purpose) -> Vec<&d::DataCategory> {
        p.data
            .iter()
            .filter_map(|id| self.decl.data_categories.iter().find(|c| c.id == *id))
            .collect()
    }

    /// The purposes grouped by their legal bases, in the order the declaration first uses
    /// each combination of bases.
    pub(super) fn basis_groups(&self) -> Result<Vec<BasisGroupView>> {
        let mut groups: Vec<(&[d::LegalBasis], BasisGroupView)> = Vec::new();
        for p in &self.decl.purposes {
            let bases = p.legal_basis.0.as_slice();
            let mut retention = self.purpose_retention(p, &self.categories_of(p))?;
            if retention.is_empty() {
                retention.push(self.msg("retention-missing", &[])?);
            }
            let line = PurposeLineView {
                label: self.purpose_label(p),
                retention,
            };
            if let Some((_, g)) = groups.iter_mut().find(|(b, _)| *b == bases) {
                g.purposes.push(line);
                continue;
            }
            let names = bases
                .iter()
                .map(|b| self.msg(&format!("basis-{}", d::name_of(b)), &[]))
                .collect::<Result<Vec<_>>>()?;
            let name = if names.is_empty() {
                self.msg("basis-missing", &[])?
            } else {
                self.locales.list(self.lang, &names)?
            };
            let article = bases
                .iter()
                .map(|b| b.article())
                .collect::<Vec<_>>()
                .join("+");
            groups.push((
                bases,
                BasisGroupView {
                    name: upper_first(&name),
                    article,
                    purposes: vec![line],
                },
            ));
        }
        Ok(groups.into_iter().map(|(_, g)| g).collect())
    }

    /// The retention phrases of a purpose: its own rule, its per-category overrides, and the
    /// rules of its categories when the purpose has none.
    pub(super) fn purpose_retention(
        &self,
        p: &Purpose,
        categories: &[&d::DataCategory],
    ) -> Result<Vec<String>> {
        self.phrases(&purpose_rules(p, categories))
    }

    /// The phrases of one retention rule: its own period, then its per-category overrides.
    pub(super) fn rule_phrases(&self, r: &Retention) -> Result<Vec<String>> {
        self.phrases(&rules_of(r))
    }

    /// One phrase per rule that says something; a rule for one category names it.
    fn phrases(&self, rules: &[RetentionRule]) -> Result<Vec<String>> {
        let mut out = Vec::new();
        for rule in rules {
            if let Some(s) = self.rule_phrase(rule)? {
                out.push(s);
            }
        }
        Ok(out)
    }

    /// The phrase of one rule ("7 years after…"), with its category's label before it when it
    /// is a category's ("Contact details: 2 years…"); none when the rule says nothing.
    pub(super) fn rule_phrase(&self, rule: &RetentionRule) -> Result<Option<String>> {
        let Some(s) =
            self.retention_phrase(rule.span, rule.after, rule.criteria, rule.exception)?
        else {
            return Ok(None);
        };
        Ok(Some(match rule.category {
            Some(id) => self.msg(
                "retention-category",
                &[
                    ("category", self.category_label(id).into()),
                    ("retention", s.into()),
                ],
            )?,
            None => s,
        }))
    }

    pub(crate) fn retention_phrase(
        &self,
        span: d::Span,
        after: Option<&Event>,
        criteria: Option<&Text>,
        exception: Option<&Text>,
    ) -> Result<Option<String>> {
        let mut phrase = match (self.span_phrase(span)?, after) {
            (Some(how_long), Some(ev)) => {
                let event = match ev {
                    Event::Known(id) => self.msg(&format!("event-{id}"), &[])?,
                    Event::Custom(t) => self.text(t),
                };
                Some(self.msg(
                    "retention-after",
                    &[("duration", how_long.into()), ("event", event.into())],
                )?)
            }
            (Some(how_long), None) => {
                Some(self.msg("retention-for", &[("duration", how_long.into())])?)
            }
            (None, _) => None,
        };
        if let Some(c) = criteria {
            let c = self.text(c);
            phrase = Some(match phrase {
                Some(p) => format!("{p} ({c})"),
                None => c,
            });
        }
        if let (Some(p), Some(x)) = (&phrase, exception) {
            let x = self.msg("retention-exception", &[("exception", self.text(x).into())])?;
            phrase = Some(format!("{p}, {x}"));
        }
        Ok(phrase)
    }

    /// How long, without the starting event: "7 years", "at least 30 years and at most 50
    /// years", "at most 1 month". A period, where the declaration gives one, wins over bounds
    /// (lint N064 reports both given).
    fn span_phrase(&self, span: d::Span) -> Result<Option<String>> {
        let dur = |d: d::Duration| self.locales.duration(self.lang, d);
        Ok(match (span.duration, span.minimum, span.maximum) {
            (Some(d), _, _) => Some(dur(d)?),
            (None, Some(min), Some(max)) => Some(self.msg(
                "retention-between",
                &[("minimum", dur(min)?.into()), ("maximum", dur(max)?.into())],
            )?),
            (None, Some(min), None) => {
                Some(self.msg("retention-at-least", &[("minimum", dur(min)?.into())])?)
            }
            (None, None, Some(max)) => {
                Some(self.msg("retention-at-most", &[("maximum", dur(max)?.into())])?)
            }
            (None, None, None) => None,
        })
    }

    /// Art. 13(2)(e) in one sentence: whether the data must be provided and why, then what
    /// happens if they are not. The declaration's `consequences` is either the main clause
    /// that follows "if you do not provide them," (starting in lower case: "we cannot
    /// deliver.") or a sentence of its own (starting with a capital), shown after the
    /// requirement. `listed` says whether the data are named just before (a category, or a
    /// purpose's list of data): if not, the sentence names them itself ("providing your
    /// data…"), or the reader could not tell what is optional.
    pub(super) fn provision(&self, pr: &d::Provision, listed: bool) -> Result<Option<String>> {
        let Some(req) = pr.requirement else {
            return Ok(None);
        };
        let data = if listed { "listed" } else { "none" };
        let requirement = self.msg(
            &format!("provision-{}", d::name_of(&req)),
            &[("data", data.into())],
        )?;
        let alone = |requirement: String| {
            self.msg("provision-alone", &[("requirement", requirement.into())])
        };
        let text = match self.opt(&pr.consequences).map(|c| sentence(c.trim())) {
            None => alone(requirement)?,
            Some(c) if c.starts_with(char::is_uppercase) => format!("{} {c}", alone(requirement)?),
            Some(c) => self.msg(
                "provision-if-not",
                &[
                    ("requirement", requirement.into()),
                    ("consequences", c.into()),
                ],
            )?,
        };
        Ok(Some(upper_first(&text)))
    }

    /// "Category: sentence" for each category whose provision the purpose sets on its own.
    fn category_provisions(&self, p: &Purpose) -> Result<Vec<String>> {
        let Some(pp) = &p.provision else {
            return Ok(Vec::new());
        };
        let mut out = Vec::new();
        // As for a category's own provision: only data the person provides (lint N063).
        let provided = |id: &str| {
            self.decl
                .data_categories
                .iter()
                .find(|c| c.id == id)
                .is_none_or(d::DataCategory::is_provided)
        };
        for c in pp.per_category.iter().filter(|c| provided(&c.data)) {
            if let Some(provision) = self.provision(&c.provision(), true)? {
                out.push(self.scoped_provision(self.category_label(&c.data), &provision)?);
            }
        }
        Ok(out)
    }

    /// An Art. 13(2)(e) sentence that concerns only some data or some people: "Mobile number:
    /// providing these data is optional…".
    pub(super) fn scoped_provision(&self, whom: String, provision: &str) -> Result<String> {
        self.msg(
            "provision-scoped",
            &[
                ("whom", whom.into()),
                (
                    "provision",
                    self.locales.in_sentence(self.lang, provision)?.into(),
                ),
            ],
        )
    }

    pub(super) fn category(&self, c: &d::DataCategory) -> Result<CategoryView> {
        let mut notes = Vec::new();
        if let Some(s) = c.special {
            let kind = self.msg(&format!("special-{}", d::name_of(&s)), &[])?;
            notes.push(NoteView::text(
                self.msg("data-special", &[("kind", kind.into())])?,
            ));
        }
        if c.criminal {
            notes.push(NoteView::text(self.msg("data-criminal", &[])?));
        }
        notes.extend(self.source_notes(c)?);
        if c.is_provided()
            && let Some(provision) = c
                .provision
                .as_ref()
                .map(|pr| self.provision(pr, true))
                .transpose()?
                .flatten()
        {
            // Where only some groups provide the data themselves, the sentence is about them.
            let text = match self.providing_groups(c)? {
                Some(whom) => self.scoped_provision(whom, &provision)?,
                None => provision,
            };
            notes.push(NoteView::text(text));
        }
        Ok(CategoryView {
            id: c.id.clone(),
            label: self.category_label(&c.id),
            description: self.opt(&c.description),
            notes,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::super::Builder;
    use super::super::tests::renderer;
    use crate::declaration::{Declaration, Provision};
    use crate::reference::tests::builtin;

    /// Whether data are special or criminal is a sentence of its own, on the category's next
    /// line: a bracket after a description that ends in one would read "…) (…)".
    #[test]
    fn special_and_criminal_markers_are_sentences_of_their_own() {
        let (r, _) = renderer();
        let yaml = r#"
notice: {id: t, languages: [fr, nl, en]}
data_categories:
  - id: fitting
    label: {fr: Adaptation, nl: Aanpassing, en: Fitting}
    description: {fr: "limitations (par exemple un tricycle)", nl: "beperkingen (bijvoorbeeld een driewieler)", en: "limitations (for instance a tricycle)"}
    special: health
  - id: records
    label: {fr: Casier, nl: Strafblad, en: Record}
    criminal: true
"#;
        let decl: Declaration = serde_yaml::from_str(yaml).unwrap();
        for (lang, special, criminal) in [
            (
                "fr",
                "tricycle)\\\n  Catégorie particulière\u{a0}: données concernant la santé.",
                "- **Casier**\\\n  Données relatives aux condamnations pénales et aux infractions.",
            ),
            (
                "nl",
                "driewieler)\\\n  Bijzondere categorie: gegevens over gezondheid.",
                "- **Strafblad**\\\n  Persoonsgegevens betreffende strafrechtelijke veroordelingen en strafbare feiten.",
            ),
            (
                "en",
                "tricycle)\\\n  Special category: data concerning health.",
                "- **Record**\\\n  Data relating to criminal convictions and offences.",
            ),
        ] {
            let md = r.markdown(&decl, lang).unwrap();
            assert!(md.contains(special), "{lang}:\n{md}");
            assert!(md.contains(criminal), "{lang}:\n{md}");
            assert!(!md.contains(") ("), "{lang}:\n{md}");
        }
    }

    /// A retention range or ceiling, in every language.
    #[test]
    fn retention_bounds_read_as_a_range_or_a_ceiling() {
        let (r, _) = renderer();
        let yaml = "notice: {id: t, languages: [fr, nl, en]}\npurposes:\n  - id: records\n    label: {fr: Dossiers, nl: Dossiers, en: Records}\n    legal_basis: legal_obligation\n    retention: {minimum: 30 years, maximum: 50 years, after: last_contact}\n  - id: cctv\n    label: {fr: Caméras, nl: Camera's, en: Cameras}\n    legal_basis: legitimate_interests\n    retention: {maximum: 1 month, after: recording}\n  - id: minimum\n    label: {fr: Minimum, nl: Minimum, en: Minimum}\n    legal_basis: legal_obligation\n    retention: {minimum: 7 years}\n";
        let decl: Declaration = serde_yaml::from_str(yaml).unwrap();
        for (lang, range, ceiling, floor) in [
            (
                "fr",
                "Dossiers\u{a0}: au moins 30 ans et au plus 50 ans après le dernier contact.",
                "Caméras\u{a0}: au plus 1 mois après l'enregistrement.",
                "Minimum\u{a0}: au moins 7 ans.",
            ),
            (
                "nl",
                "Dossiers: minstens 30 jaar en hoogstens 50 jaar na het laatste contact.",
                "Camera's: hoogstens 1 maand na de opname.",
                "Minimum: minstens 7 jaar.",
            ),
            (
                "en",
                "Records: at least 30 years and at most 50 years after the last contact.",
                "Cameras: at most 1 month after recording.",
                "Minimum: at least 7 years.",
            ),
        ] {
            let md = r.markdown(&decl, lang).unwrap();
            for phrase in [range, ceiling, floor] {
                assert!(md.contains(phrase), "{lang}: no {phrase:?} in\n{md}");
            }
        }
    }

    /// Under a purpose that lists no data, the Art. 13(2)(e) sentence names them itself.
    #[test]
    fn a_purpose_without_data_says_whose_provision_it_is() {
        let (r, _) = renderer();
        let yaml = "notice: {id: t, languages: [fr, nl, en]}\npurposes:\n  - id: news\n    legal_basis: consent\n    provision: {requirement: voluntary}\n  - id: offers\n    legal_basis: consent\n    data: [email]\n    provision: {requirement: statutory}\n";
        let decl: Declaration = serde_yaml::from_str(yaml).unwrap();
        for (lang, alone, listed) in [
            (
                "fr",
                "La fourniture de vos données est facultative.",
                "Fourniture exigée par la loi.",
            ),
            (
                "nl",
                "U bent niet verplicht uw gegevens te verstrekken.",
                "Verstrekking is wettelijk verplicht.",
            ),
            (
                "en",
                "Providing your data is optional.",
                "Providing these data is required by law.",
            ),
        ] {
            let md = r.markdown(&decl, lang).unwrap();
            assert!(md.contains(&format!("\n{alone}\n")), "{lang}:\n{md}");
            assert!(md.contains(&format!("\n{listed}\n")), "{lang}:\n{md}");
        }
    }

    /// Art. 13(2)(e) for every requirement, without consequences, with the clause that follows
    /// the lead-in, and with a sentence of its own, in every language; each after the data it
    /// is about, and under a purpose that lists no data, where it must name them itself.
    #[test]
    fn every_provision_combination_reads_as_one_sentence() {
        let (_, locales) = renderer();
        let reference = builtin();
        let decl: Declaration = serde_yaml::from_str("notice: {id: t}").unwrap();
        // (language, the requirements in declaration order after the data they are about, the
        // same where no data are listed, the lead-in, a clause, a sentence)
        let cases = [
            (
                "fr",
                [
                    "Fourniture exigée par la loi",
                    "Fourniture exigée par notre contrat avec vous",
                    "Fourniture nécessaire pour conclure le contrat",
                    "Fourniture facultative",
                ],
                [
                    "La fourniture de vos données est exigée par la loi",
                    "La fourniture de vos données est exigée par notre contrat avec vous",
                    "La fourniture de vos données est nécessaire pour conclure le contrat",
                    "La fourniture de vos données est facultative",
                ],
                "\u{202F}; sans ces données, ",
                "nous ne pouvons pas livrer",
                "Nous livrons alors en magasin.",
            ),
            (
                "nl",
                [
                    "Verstrekking is wettelijk verplicht",
                    "Verstrekking is contractueel verplicht",
                    "Verstrekking is vereist om de overeenkomst te sluiten",
                    "Verstrekking is niet verplicht",
                ],
                [
                    "Het verstrekken van uw gegevens is wettelijk verplicht",
                    "Het verstrekken van uw gegevens is contractueel verplicht",
                    "Het verstrekken van uw gegevens is vereist om de overeenkomst te sluiten",
                    "U bent niet verplicht uw gegevens te verstrekken",
                ],
                "; zonder deze gegevens ",
                "kunnen wij niet leveren",
                "Wij leveren dan in de winkel.",
            ),
            (
                "en",
                [
                    "Providing these data is required by law",
                    "Providing these data is required by our contract with you",
                    "Providing these data is required to enter into the contract",
                    "Providing these data is optional",
                ],
                [
                    "Providing your data is required by law",
                    "Providing your data is required by our contract with you",
                    "Providing your data is required to enter into the contract",
                    "Providing your data is optional",
                ],
                "; without these data, ",
                "we cannot deliver",
                "We then deliver in the shop.",
            ),
        ];
        let requirements = [
            "statutory",
            "contractual",
            "contract_prerequisite",
            "voluntary",
        ];
        for (lang, after_data, alone, lead, clause, own) in cases {
            let b = Builder {
                decl: &decl,
                lang,
                locales: &locales,
                reference: &reference,
            };
            let phrases = requirements
                .iter()
                .zip(after_data)
                .map(|(req, phrase)| (req, phrase, true))
                .chain(
                    requirements
                        .iter()
                        .zip(alone)
                        .map(|(req, phrase)| (req, phrase, false)),
                );
            for (req, phrase, listed) in phrases {
                let sentence = |consequences: Option<&str>| {
                    let yaml = match consequences {
                        Some(c) => {
                            format!("{{requirement: {req}, consequences: {{{lang}: \"{c}\"}}}}")
                        }
                        None => format!("{{requirement: {req}}}"),
                    };
                    let p: Provision = serde_yaml::from_str(&yaml).unwrap();
                    b.provision(&p, listed).unwrap().unwrap()
                };
                assert_eq!(
                    sentence(None),
                    format!("{phrase}."),
                    "{lang} {req}, listed: {listed}"
                );
                // The clause is ended with a full stop when the declaration leaves it out.
                assert_eq!(
                    sentence(Some(clause)),
                    format!("{phrase}{lead}{clause}."),
                    "{lang} {req}, listed: {listed}"
                );
                assert_eq!(
                    sentence(Some(&format!("{clause}."))),
                    format!("{phrase}{lead}{clause}."),
                    "{lang} {req}, listed: {listed}"
                );
                // A sentence of its own (capital first) follows the requirement as it is.
                assert_eq!(
                    sentence(Some(own)),
                    format!("{phrase}. {own}"),
                    "{lang} {req}, listed: {listed}"
                );
            }
        }
        let none: Provision = serde_yaml::from_str("{consequences: {en: x}}").unwrap();
        let b = Builder {
            decl: &decl,
            lang: "en",
            locales: &locales,
            reference: &reference,
        };
        assert_eq!(
            b.provision(&none, true).unwrap(),
            None,
            "no requirement, no sentence"
        );
    }
}
