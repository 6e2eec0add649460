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
    pub country: String,
    pub mechanism: String,
    /// Where a copy of the Art. 46/47 safeguards is available.
    pub copy: Option<String>,
    /// The declaration's link for a transfer that needs no copy (an adequacy decision has no
    /// safeguards to copy): shown as further information.
    pub more: Option<String>,
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
    pub(super) fn transfers(&self) -> Result<(Vec<TransferView>, bool)> {
        let mut out = Vec::new();
        let mut all_known = true;
        for r in &self.decl.recipients {
            let (destination, basis) = match r.route(self.reference) {
                Route::Transfer(destination, basis) => (destination, basis),
                Route::WithinEea(_) => continue,
                Route::Unknown => {
                    all_known = false;
                    continue;
                }
            };
            let link = r.transfer.as_ref().and_then(|t| t.copy.clone());
            let has_copy = basis.is_ok_and(|b| b.mechanism().has_copy());
            out.push(TransferView {
                recipient: self.recipient_item(r),
                country: destination.name(self.lang)?.to_owned(),
                mechanism: self.mechanism(destination, basis, r.transfer.as_ref())?,
                copy: link.clone().filter(|_| has_copy),
                more: link.filter(|_| !has_copy),
            });
        }
        Ok((out, all_known))
    }

    /// The sentence saying how a transfer to `destination` is safeguarded.
    fn mechanism(
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
            country: r.country.as_deref().map(|c| self.country(c)).transpose()?,
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
