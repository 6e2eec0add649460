//! Who receives the data in the view: recipients, transfers outside the EEA and their
//! safeguards, cookies.

use anyhow::Result;
use serde::Serialize;

use super::Builder;
use crate::declaration as d;
use crate::i18n::Arg;
use crate::reference::{Basis, Destination, Gap, Route};

/// Recipient roles in the order the notice lists them; `other` gathers recipients whose role
/// the declaration does not give. Each has `recipients-role-*` and `recipients-summary-*`
/// messages.
const ROLES: [&str; 5] = [
    "processor",
    "controller",
    "joint_controller",
    "authority",
    "other",
];

/// The recipients of one role, under a heading (`recipients-role-<role>`) that agrees in
/// number with them.
#[derive(Serialize)]
pub struct RecipientGroupView {
    pub role: &'static str,
    /// 1 for one named recipient; 2 for several, or for a category ("our partners"), which
    /// stands for several.
    pub count: i64,
    pub recipients: Vec<RecipientView>,
}

#[derive(Serialize)]
pub struct RecipientView {
    pub id: String,
    pub name: String,
    pub service: Option<String>,
    pub country: Option<String>,
    pub notice_url: Option<String>,
    pub group_company: bool,
    pub list_url: Option<String>,
}

#[derive(Serialize)]
pub struct TransferView {
    pub recipient: String,
    /// The destinations of this line, joined as the language joins a list.
    pub country: String,
    #[serde(skip)]
    countries: Vec<String>,
    pub mechanism: String,
    /// Where a copy of the Art. 46/47 safeguards is available.
    pub copy: Option<String>,
    /// The declaration's link for a transfer that needs no copy (an adequacy decision has no
    /// safeguards to copy): shown as further information.
    pub more: Option<String>,
}

impl TransferView {
    /// Whether two lines of one recipient rest on the same basis, so can be one line.
    fn same_basis(&self, other: &TransferView) -> bool {
        (&self.mechanism, &self.copy, &self.more) == (&other.mechanism, &other.copy, &other.more)
    }
}

#[derive(Serialize)]
pub struct CookiesView {
    pub policy_url: Option<String>,
    pub description: Option<String>,
    pub trackers: Vec<TrackerView>,
    pub manage: Option<String>,
}

#[derive(Serialize)]
pub struct TrackerView {
    pub name: String,
    pub provider: Option<String>,
    pub purpose: Option<String>,
    pub duration: Option<String>,
    pub essential: bool,
}

impl Builder<'_> {
    /// The transfers outside the EEA, one line per recipient and basis (the destinations of
    /// a recipient that share a basis are named together); the countries they go to, each
    /// once, for the first layer; and whether every recipient's destination is known.
    pub(super) fn transfers(&self) -> Result<(Vec<TransferView>, Vec<String>, bool)> {
        let mut out: Vec<TransferView> = Vec::new();
        // With whether each is a region: "unspecified countries outside the EEA" ends the list.
        let mut countries: Vec<(bool, String)> = Vec::new();
        let mut all_known = true;
        for (i, r) in self.decl.recipients.iter().enumerate() {
            let legs = r.legs(&format!("recipients[{i}]"), self.reference);
            all_known &= !legs.is_empty();
            let first = out.len();
            for leg in legs {
                let (destination, basis) = match leg.route {
                    Route::Transfer(destination, basis) => (destination, basis),
                    Route::WithinEea(_) => continue,
                    Route::Unknown => {
                        all_known = false;
                        continue;
                    }
                };
                let transfer = leg.transfer.map(|(_, t)| t);
                let link = transfer.and_then(|t| t.copy.clone());
                let has_copy = basis.is_ok_and(|b| b.mechanism().has_copy());
                let country = destination.name(self.lang)?.to_owned();
                if !countries.iter().any(|(_, c)| *c == country) {
                    countries.push((destination.region().is_some(), country.clone()));
                }
                let view = TransferView {
                    recipient: self.recipient_item(r),
                    country: String::new(),
                    countries: vec![country],
                    mechanism: self.mechanism(destination, basis, transfer)?,
                    copy: link.clone().filter(|_| has_copy),
                    more: link.filter(|_| !has_copy),
                };
                match out[first..].iter_mut().find(|x| x.same_basis(&view)) {
                    Some(x) => x.countries.extend(view.countries),
                    None => out.push(view),
                }
            }
        }
        for x in &mut out {
            x.country = self.locales.list(self.lang, &x.countries)?;
        }
        countries.sort_by_key(|(region, _)| *region);
        let countries = countries.into_iter().map(|(_, c)| c).collect();
        Ok((out, countries, all_known))
    }

    /// The names of `codes` in this language, joined as the language joins a list; a code the
    /// data do not know is shown as written (lint reports it, and `build` refuses it).
    pub(super) fn places(&self, codes: &d::Destinations) -> Result<String> {
        let names = codes
            .iter()
            .map(|c| self.country(c))
            .collect::<Result<Vec<_>>>()?;
        self.locales.list(self.lang, &names)
    }

    /// The sentence saying how a transfer to `destination` is safeguarded.
    pub(super) fn mechanism(
        &self,
        destination: Destination,
        basis: Result<Basis, Gap>,
        transfer: Option<&d::Transfer>,
    ) -> Result<String> {
        let Ok(basis) = basis else {
            return self.msg("transfer-missing", &[]);
        };
        let mechanism = basis.mechanism();
        let entry = basis.entry();
        let article = self.locales.cite(self.lang, entry.article())?;
        if let Some(adequacy) = basis.decision() {
            let decision = match adequacy.act() {
                Some(act) => self.locales.act(self.lang, act, adequacy.renewed())?,
                None => adequacy.decision().to_owned(),
            };
            let message = if mechanism.certification().is_some() {
                "transfer-dpf"
            } else {
                "transfer-adequacy"
            };
            let mut s = self.msg(
                message,
                &[
                    ("decision", decision.into()),
                    ("article", article.into()),
                    ("destination", destination.kind().as_str().into()),
                ],
            )?;
            if let Some(scope) = basis.scope(self.lang)? {
                s = format!(
                    "{s} {}",
                    self.msg("transfer-adequacy-scope", &[("scope", scope.into())])?
                );
            }
            return Ok(s);
        }
        if mechanism.needs_interests() {
            let interests = transfer
                .and_then(|t| self.opt(&t.interests))
                .unwrap_or_default();
            return self.msg(
                "transfer-compelling",
                &[("interests", interests.into()), ("article", article.into())],
            );
        }
        let name = entry.name(self.lang)?;
        if mechanism.is_derogation() {
            return self.msg(
                "transfer-derogation",
                &[("derogation", name.into()), ("article", article.into())],
            );
        }
        let mut s = self.msg(
            "transfer-safeguard",
            &[("safeguard", name.into()), ("article", article.into())],
        )?;
        if let Some(act) = entry.act() {
            let decision = self.locales.act(self.lang, act, None)?;
            s = format!(
                "{s} {}",
                self.msg("transfer-scc-decision", &[("decision", decision.into())])?
            );
        }
        Ok(s)
    }

    pub(super) fn cookies(&self, c: &d::Cookies) -> Result<CookiesView> {
        Ok(CookiesView {
            policy_url: c.policy_url.clone(),
            description: self.opt(&c.description),
            manage: self.opt(&c.manage),
            trackers: c
                .trackers
                .iter()
                .map(|t| {
                    Ok(TrackerView {
                        // A tracker known only by what it does is shown by its label.
                        name: match (t.name.trim(), self.opt(&t.label)) {
                            ("", Some(label)) => label,
                            (name, _) => name.to_owned(),
                        },
                        provider: t.provider.clone(),
                        purpose: self.opt(&t.purpose),
                        duration: t
                            .duration
                            .map(|d| self.locales.lifetime(self.lang, d))
                            .transpose()?,
                        essential: t.essential,
                    })
                })
                .collect::<Result<Vec<_>>>()?,
        })
    }

    /// The recipients grouped by role, in the order of `ROLES`, and the first layer's summary
    /// of them ("our processors, separate controllers and a public authority").
    pub(super) fn recipient_groups(&self) -> Result<(Vec<RecipientGroupView>, Option<String>)> {
        let mut groups = Vec::new();
        let mut summary = Vec::new();
        for role in ROLES {
            let members: Vec<&d::Recipient> = self
                .decl
                .recipients
                .iter()
                .filter(|r| {
                    r.role
                        .map_or_else(|| "other".to_owned(), |x| d::name_of(&x))
                        == role
                })
                .collect();
            let Some(first) = members.first() else {
                continue;
            };
            let count = if members.len() > 1 || first.name.is_none() {
                2
            } else {
                1
            };
            summary.push(self.msg(
                &format!("recipients-summary-{role}"),
                &[("count", Arg::Num(count))],
            )?);
            groups.push(RecipientGroupView {
                role,
                count,
                recipients: members
                    .iter()
                    .map(|r| self.recipient(r))
                    .collect::<Result<_>>()?,
            });
        }
        // Without a role, the summary could only say "other recipients": it points to them.
        let summary = match groups.as_slice() {
            [] => None,
            [only] if only.role == "other" => Some(self.msg("recipients-summary-see", &[])?),
            _ => Some(self.locales.list(self.lang, &summary)?),
        };
        Ok((groups, summary))
    }

    fn recipient(&self, r: &d::Recipient) -> Result<RecipientView> {
        Ok(RecipientView {
            id: r.id.clone(),
            name: self.recipient_item(r),
            service: self.opt(&r.service),
            country: r.country.as_ref().map(|c| self.places(c)).transpose()?,
            notice_url: r.notice_url.clone(),
            group_company: r.group_company,
            list_url: r.list_url.clone(),
        })
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

    /// A copy of the safeguards exists only for Art. 46/47 transfers: a link given for an
    /// adequacy decision (the Data Privacy Framework included) is further information.
    #[test]
    fn only_safeguards_offer_a_copy() {
        let yaml = r#"
notice: {id: t, languages: [fr, nl, en]}
recipients:
  - id: g
    name: Google LLC
    role: processor
    country: US
    transfer: {mechanism: dpf, copy: "https://www.dataprivacyframework.gov/"}
  - id: s
    name: Supportly Inc.
    role: processor
    country: US
    transfer: {mechanism: scc, copy: "mailto:privacy@acme.example"}
"#;
        for (lang, copy, more) in [
            ("fr", "Copie des garanties", "Pour en savoir plus"),
            ("nl", "Kopie van de waarborgen", "Meer informatie"),
            ("en", "Copy of the safeguards", "More information"),
        ] {
            let md = markdown(yaml, lang);
            // The recipient's line in the transfers section, which comes after its first
            // mention among the recipients.
            let line = |name: &str| {
                md.lines()
                    .rfind(|l| l.starts_with(&format!("- **{name}**")))
                    .unwrap_or_else(|| panic!("{lang}: no {name} in\n{md}"))
                    .to_owned()
            };
            let (dpf, scc) = (line("Google LLC"), line("Supportly Inc."));
            assert!(!dpf.contains(copy) && dpf.contains(more), "{lang}: {dpf}");
            assert!(scc.contains(copy) && !scc.contains(more), "{lang}: {scc}");
        }
    }

    /// Regions are named in each language wherever a country would be, countries outside the
    /// EEA left unspecified are a transfer like any other (listed last in the first layer),
    /// and the destinations of a recipient that share a mechanism make one line.
    #[test]
    fn regions_and_lists_of_destinations_in_each_language() {
        let yaml = r#"
notice: {id: t, languages: [fr, nl, en]}
recipients:
  - {id: a, name: Alpha SA, role: processor, country: EU}
  - {id: b, name: Beta Ltd, role: processor, country: [EEA, outside_eea_unspecified], transfer: {mechanism: scc, copy: "mailto:p@x.example"}}
  - id: c
    name: Gamma Inc.
    role: processor
    country: [IE, US, IN, AU]
    transfer:
      - {country: US, mechanism: dpf}
      - {mechanism: scc, copy: "mailto:p@x.example"}
storage:
  - {description: {fr: serveurs, nl: servers, en: servers}, country: [EU, EEA]}
"#;
        for (lang, lines) in [
            (
                "fr",
                [
                    "**Transferts hors de l'Espace économique européen\u{a0}:** États-Unis, Inde, Australie et pays non précisés hors de l'EEE.",
                    "- **Alpha SA** (Union européenne)",
                    "- **Beta Ltd** (Espace économique européen et pays non précisés hors de l'EEE)",
                    "- **Gamma Inc.** (Irlande, États-Unis, Inde et Australie)",
                    "- serveurs\u{a0}: Union européenne et Espace économique européen",
                    "Tous ces lieux se situent dans l'Espace économique européen (EEE).",
                    "- **Beta Ltd** (pays non précisés hors de l'EEE)\u{a0}: clauses types de protection des données adoptées par la Commission",
                    "- **Gamma Inc.** (Inde et Australie)\u{a0}: clauses types de protection des données adoptées par la Commission",
                ],
            ),
            (
                "nl",
                [
                    "**Doorgifte buiten de Europese Economische Ruimte:** Verenigde Staten, India, Australië en niet nader genoemde landen buiten de EER.",
                    "- **Alpha SA** (Europese Unie)",
                    "- **Beta Ltd** (Europese Economische Ruimte en niet nader genoemde landen buiten de EER)",
                    "- **Gamma Inc.** (Ierland, Verenigde Staten, India en Australië)",
                    "- servers: Europese Unie en Europese Economische Ruimte",
                    "Al deze plaatsen bevinden zich in de Europese Economische Ruimte (EER).",
                    "- **Beta Ltd** (niet nader genoemde landen buiten de EER): ",
                    "- **Gamma Inc.** (India en Australië): ",
                ],
            ),
            (
                "en",
                [
                    "**Transfers outside the European Economic Area:** United States, India, Australia and unspecified countries outside the EEA.",
                    "- **Alpha SA** (European Union)",
                    "- **Beta Ltd** (European Economic Area and unspecified countries outside the EEA)",
                    "- **Gamma Inc.** (Ireland, United States, India and Australia)",
                    "- servers: European Union and European Economic Area",
                    "All these places are in the European Economic Area (EEA).",
                    "- **Beta Ltd** (unspecified countries outside the EEA): standard data protection clauses adopted by the Commission",
                    "- **Gamma Inc.** (India and Australia): standard data protection clauses adopted by the Commission",
                ],
            ),
        ] {
            let md = markdown(yaml, lang);
            for line in lines {
                assert!(
                    md.lines().any(|l| l.starts_with(line)),
                    "{lang}: no line starting with {line:?} in\n{md}"
                );
            }
            // The United States has its own line, on its own basis.
            assert_eq!(
                md.lines()
                    .filter(|l| l.starts_with("- **Gamma Inc.**"))
                    .count(),
                3,
                "{lang}: one line among the recipients, two among the transfers\n{md}"
            );
        }
    }

    /// A role's heading agrees with its recipients: one named recipient is singular; several,
    /// or a category, plural. The first layer sums the roles up the same way.
    #[test]
    fn role_headings_agree_in_number() {
        let one = "notice: {id: t, languages: [fr]}\nrecipients:\n  - {id: a, name: Nordhost BV, role: processor}\n";
        let md = markdown(one, "fr");
        assert!(
            md.contains("**Sous-traitant**, qui traite vos données"),
            "{md}"
        );
        assert!(
            md.contains("**Destinataires\u{a0}:** notre sous-traitant."),
            "{md}"
        );
        let category = "notice: {id: t, languages: [fr]}\nrecipients:\n  - {id: a, category: {fr: nos partenaires}, role: processor}\n";
        let md = markdown(category, "fr");
        assert!(
            md.contains("**Sous-traitants**, qui traitent vos données"),
            "{md}"
        );
        let two = "notice: {id: t, languages: [nl]}\nrecipients:\n  - {id: a, name: A, role: authority}\n  - {id: b, name: B, role: authority}\n  - {id: c, name: C, role: controller}\n";
        let md = markdown(two, "nl");
        assert!(md.contains("**Overheidsinstanties:**"), "{md}");
        assert!(md.contains("**Zelfstandige verwerkingsverantwoordelijke**, die uw gegevens voor eigen doeleinden gebruikt:"), "{md}");
        assert!(
            md.contains("**Ontvangers:** een zelfstandige verwerkingsverantwoordelijke en overheidsinstanties."),
            "{md}"
        );
        // Without any role, the summary points to the list rather than say "other recipients".
        let none = "notice: {id: t, languages: [en]}\nrecipients:\n  - {id: a, name: A}\n";
        let md = markdown(none, "en");
        assert!(
            md.contains("**Recipients:** see “Disclosure of your data”."),
            "{md}"
        );
        assert!(md.contains("**Other recipient:**"), "{md}");
    }
}
