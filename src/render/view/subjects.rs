//! Whose data the notice is about and where each category's data come from: the data subjects
//! (listed with the data, named per purpose), and the source sentences (Art. 13, 14(2)(f)),
//! once per category, or once per group of data subjects where the source differs by group.

use anyhow::Result;
use serde::Serialize;

use super::{Builder, sentence};
use crate::declaration::{self as d, DataCategory, Source, SourceKind};
use crate::i18n::Arg;
use crate::i18n::grammar::upper_first;

/// A sentence about a data category, with the link the declaration gives for it.
#[derive(Serialize)]
pub struct NoteView {
    pub text: String,
    pub url: Option<String>,
}

/// A group of data subjects in the section that lists them: its name, in bold as a list item's
/// lead, and who belongs to it.
#[derive(Serialize)]
pub struct SubjectView {
    pub label: String,
    pub description: Option<String>,
}

impl NoteView {
    pub(super) fn text(text: String) -> NoteView {
        NoteView { text, url: None }
    }
}

impl Builder<'_> {
    /// A group's name: its label, else the name of its kind, else its id (lint asks for one).
    pub(crate) fn subject_label(&self, id: &str) -> Result<String> {
        let Some(s) = self.decl.data_subjects.iter().find(|s| s.id == id) else {
            return Ok(id.to_owned());
        };
        if let Some(label) = self.opt(&s.label) {
            return Ok(label);
        }
        match s.kind {
            Some(k) if k != d::DataSubjectKind::Other => {
                self.msg(&format!("subjects-kind-{}", d::name_of(&k)), &[])
            }
            _ => Ok(s.id.clone()),
        }
    }

    /// The labels of the groups `ids` names, in that order.
    pub(super) fn subject_labels(&self, ids: &[String]) -> Result<Vec<String>> {
        ids.iter().map(|id| self.subject_label(id)).collect()
    }

    /// Every group the declaration names, with who belongs to it ("Workers of our clients: …"),
    /// for a section of their own; none when no group says who belongs to it, as each purpose
    /// names its groups already.
    pub(super) fn subjects(&self) -> Result<Vec<SubjectView>> {
        let subjects = &self.decl.data_subjects;
        if subjects.iter().all(|s| self.opt(&s.description).is_none()) {
            return Ok(Vec::new());
        }
        subjects
            .iter()
            .map(|s| {
                Ok(SubjectView {
                    label: self.subject_label(&s.id)?,
                    description: self.opt(&s.description),
                })
            })
            .collect()
    }

    /// The labels of the groups a source of `c` is for (see
    /// [`d::Declaration::source_subjects`]); none when they cannot be told.
    fn source_labels(&self, c: &DataCategory, s: &Source) -> Result<Vec<String>> {
        let ids: Vec<String> = self
            .decl
            .source_subjects(c, s)
            .into_iter()
            .map(str::to_owned)
            .collect();
        self.subject_labels(&ids)
    }

    /// Groups run into a sentence ("workers of our clients and self-employed clients"); "other
    /// data subjects" for a source whose groups cannot be told.
    fn groups(&self, labels: Vec<String>) -> Result<String> {
        if labels.is_empty() {
            return self.msg("subjects-others", &[]);
        }
        let lower: Vec<String> = labels
            .iter()
            .map(|l| self.locales.in_sentence(self.lang, l))
            .collect::<Result<_>>()?;
        self.locales.list(self.lang, &lower)
    }

    /// Where the category's data come from: one sentence per source. Where the sources differ
    /// by group of data subjects, each names its groups ("Source (workers of our clients): …");
    /// data collected from the person get a sentence only then, or when the declaration says
    /// how they are collected.
    pub(super) fn source_notes(&self, c: &DataCategory) -> Result<Vec<NoteView>> {
        let Some(sources) = &c.source else {
            return Ok(Vec::new());
        };
        let per_group = sources.entries.iter().any(|s| !s.data_subjects.is_empty());
        let mut notes = Vec::new();
        for s in &sources.entries {
            let groups = if per_group {
                Some(self.groups(self.source_labels(c, s)?)?)
            } else {
                None
            };
            if let Some(text) = self.source_sentence(s, groups)? {
                notes.push(NoteView {
                    text: sentence(&text),
                    url: s.url.clone(),
                });
            }
        }
        Ok(notes)
    }

    /// The groups of data subjects that provide the category's data themselves, when others
    /// do not: Art. 13(2)(e) is then about them only. `None` when it concerns everyone.
    pub(super) fn providing_groups(&self, c: &DataCategory) -> Result<Option<String>> {
        let sources = c.sources();
        let per_group = sources.iter().any(|s| !s.data_subjects.is_empty());
        if !per_group || sources.iter().all(|s| s.kind == SourceKind::DataSubject) {
            return Ok(None);
        }
        let mut labels = Vec::new();
        for s in sources.iter().filter(|s| s.kind == SourceKind::DataSubject) {
            let mine = self.source_labels(c, s)?;
            if mine.is_empty() {
                labels.push(self.msg("subjects-others", &[])?);
            }
            labels.extend(mine);
        }
        // At the head of the sentence: its first letter in upper case.
        Ok(Some(upper_first(&self.groups(labels)?)))
    }

    /// One source as a sentence; `groups` names the data subjects it is for, when sources
    /// differ by group. The message is `source-<kind>[-described|-unnamed][-for]`.
    fn source_sentence(&self, s: &Source, groups: Option<String>) -> Result<Option<String>> {
        // Ended as a sentence where it follows a name; bare where it stands in for the name,
        // whose message supplies the punctuation.
        let bare = self
            .opt(&s.description)
            .map(|x| x.trim_end().trim_end_matches('.').to_owned());
        let described = self.opt(&s.description).map(|x| sentence(&x));
        let name = self.opt(&s.name);
        let (id, mut args): (&str, Vec<(&str, Arg)>) = match (s.kind, &name, described) {
            (SourceKind::Public, Some(n), _) => {
                ("source-public", vec![("name", n.as_str().into())])
            }
            (SourceKind::Public, None, Some(_)) => (
                "source-public",
                vec![("name", bare.unwrap_or_default().into())],
            ),
            (SourceKind::Public, None, None) => ("source-public-unnamed", vec![]),
            (SourceKind::ThirdParty, Some(n), Some(desc)) => (
                "source-third_party-described",
                vec![("name", n.as_str().into()), ("description", desc.into())],
            ),
            (SourceKind::ThirdParty, Some(n), None) => {
                ("source-third_party", vec![("name", n.as_str().into())])
            }
            (SourceKind::ThirdParty, None, Some(_)) => (
                "source-third_party",
                vec![("name", bare.unwrap_or_default().into())],
            ),
            (SourceKind::ThirdParty, None, None) => ("source-third_party-unnamed", vec![]),
            (SourceKind::DataSubject, _, Some(_)) => (
                "source-data_subject",
                vec![(
                    "description",
                    self.opt(&s.description).unwrap_or_default().into(),
                )],
            ),
            // From the person, said only where other groups' data come from elsewhere.
            (SourceKind::DataSubject, _, None) if groups.is_some() => {
                ("source-data_subject-plain", vec![])
            }
            (SourceKind::DataSubject, _, None) => return Ok(None),
            // In brackets after the fixed words, without a full stop of its own.
            (SourceKind::Observed, _, Some(_)) => (
                "source-observed-described",
                vec![("description", bare.unwrap_or_default().into())],
            ),
            (SourceKind::Observed, _, None) => ("source-observed", vec![]),
        };
        let id = match groups {
            Some(g) => {
                args.push(("subjects", g.into()));
                format!("{id}-for")
            }
            None => id.to_owned(),
        };
        let mut text = self.msg(&id, &args)?;
        if s.kind == SourceKind::ThirdParty && s.public == Some(true) {
            text = format!(
                "{} {}",
                sentence(&text),
                self.msg("source-public-flag", &[])?
            );
        }
        Ok(Some(text))
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::renderer;
    use crate::declaration::Declaration;

    fn markdown(yaml: &str, lang: &str) -> String {
        let (r, _) = renderer();
        let decl: Declaration = serde_yaml::from_str(yaml).unwrap();
        r.markdown(&decl, lang).unwrap()
    }

    const GROUPS: &str = r#"
notice: {id: t, languages: [fr, nl, en]}
data_subjects:
  - {id: workers, label: {fr: Travailleurs de nos clients, nl: Werknemers van onze klanten, en: Workers of our clients}}
  - {id: self-employed, label: {fr: Clients indépendants, nl: Zelfstandige klanten, en: Self-employed clients}}
  - {id: visitors, kind: website_visitors}
data_categories:
  - id: contact
    label: {fr: Coordonnées, nl: Contactgegevens, en: Contact details}
    source:
      - {data_subjects: [workers], kind: third_party, name: Client SA}
      - {kind: data_subject}
    provision: {requirement: voluntary}
  - id: logs
    label: {fr: Journaux, nl: Logbestanden, en: Logs}
    source: observed
  - id: cctv
    label: {fr: Images, nl: Beelden, en: Images}
    source: {kind: observed, description: {fr: nos caméras, nl: onze camera's, en: our cameras}}
purposes:
  - id: support
    legal_basis: contract
    data_subjects: [workers, self-employed, visitors]
    data: [contact, logs, cctv]
"#;

    /// Where the source differs by group, each sentence names its groups; the entry for everyone
    /// else names the groups of the purposes that no other entry names; Art. 13(2)(e) is said
    /// of those who provide the data. Observed data have the controller's systems as source.
    #[test]
    fn sources_name_their_groups_and_observed_data_their_systems() {
        for (lang, expected) in [
            (
                "fr",
                [
                    "Source (travailleurs de nos clients)\u{a0}: Client SA.",
                    "Nous les recueillons auprès de vous (clients indépendants et visiteurs de notre site internet).",
                    "Clients indépendants et visiteurs de notre site internet\u{a0}: fourniture facultative.",
                    "**Journaux**\\\n  Source\u{a0}: nos propres systèmes.",
                    "Source\u{a0}: nos propres systèmes (nos caméras).",
                    "**Personnes concernées\u{a0}:** travailleurs de nos clients, clients indépendants et visiteurs de notre site internet.",
                ],
            ),
            (
                "nl",
                [
                    "Bron (werknemers van onze klanten): Client SA.",
                    "Wij verzamelen ze bij u (zelfstandige klanten en bezoekers van onze website).",
                    "Zelfstandige klanten en bezoekers van onze website: verstrekking is niet verplicht.",
                    "**Logbestanden**\\\n  Bron: onze eigen systemen.",
                    "Bron: onze eigen systemen (onze camera's).",
                    "**Betrokkenen:** werknemers van onze klanten, zelfstandige klanten en bezoekers van onze website.",
                ],
            ),
            (
                "en",
                [
                    "Source (workers of our clients): Client SA.",
                    "We collect them from you (self-employed clients and visitors to our website).",
                    "Self-employed clients and visitors to our website: providing these data is optional.",
                    "**Logs**\\\n  Source: our own systems.",
                    "Source: our own systems (our cameras).",
                    "**Data subjects:** workers of our clients, self-employed clients and visitors to our website.",
                ],
            ),
        ] {
            let md = markdown(GROUPS, lang);
            for sentence in expected {
                assert!(md.contains(sentence), "{lang}: no {sentence:?} in\n{md}");
            }
            // No group has a description: no section lists them.
            assert!(!md.contains("{#data-subjects}"), "{lang}:\n{md}");
        }
    }

    /// Without data subjects on the purposes, the entry for everyone else cannot name its
    /// groups, and says "other data subjects".
    #[test]
    fn a_source_for_everyone_else_names_other_data_subjects_when_purposes_do_not_say() {
        let yaml = GROUPS.replace(
            "    data_subjects: [workers, self-employed, visitors]\n",
            "",
        );
        let md = markdown(&yaml, "en");
        assert!(
            md.contains("We collect them from you (other data subjects)."),
            "{md}"
        );
        assert!(
            md.contains("Other data subjects: providing these data is optional."),
            "{md}"
        );
    }
}
