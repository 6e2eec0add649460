//! Who receives the data in the view: recipients, transfers outside the EEA and their
//! safeguards, processing done for clients, cookies.

use anyhow::Result;
use serde::Serialize;

use super::Builder;
use crate::declaration as d;
use crate::reference::reference;

#[derive(Serialize)]
pub struct RecipientView {
    pub id: String,
    pub name: String,
    pub role: Option<String>,
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
    pub copy: Option<String>,
}

#[derive(Serialize)]
pub struct ProcessorView {
    pub client: String,
    pub description: Option<String>,
    pub client_notice: Option<String>,
    pub rights: Option<String>,
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
            let Some(code) = r.country.as_deref() else {
                all_known = false;
                continue;
            };
            match reference().country(code) {
                Ok(c) if c.inside_eea() => continue,
                Ok(_) => {}
                Err(_) => {
                    all_known = false;
                    continue;
                }
            }
            out.push(TransferView {
                recipient: self.recipient_label(r),
                country: self.country(code),
                mechanism: self.mechanism(code, r.transfer.as_ref())?,
                copy: r.transfer.as_ref().and_then(|t| t.copy.clone()),
            });
        }
        Ok((out, all_known))
    }

    /// The sentence saying how a transfer to `country` is safeguarded.
    pub(super) fn mechanism(
        &self,
        country: &str,
        transfer: Option<&d::Transfer>,
    ) -> Result<String> {
        let reference = reference();
        let Some(id) = transfer.and_then(|t| t.mechanism.as_deref()) else {
            return self.msg("transfer-missing", &[]);
        };
        let Some(safeguard) = reference.safeguard(id) else {
            return self.msg("transfer-missing", &[]);
        };
        let article = self.locales.cite(self.lang, safeguard.article())?;
        match id {
            "adequacy" | "dpf" => {
                let Some(adequacy) = reference.adequacy(country) else {
                    return self.msg("transfer-missing", &[]);
                };
                let decision = match adequacy.act() {
                    Some(act) => self.locales.act(self.lang, act, adequacy.renewed())?,
                    None => adequacy.decision().to_owned(),
                };
                let message = if id == "dpf" {
                    "transfer-dpf"
                } else {
                    "transfer-adequacy"
                };
                let mut s = self.msg(
                    message,
                    &[("decision", decision.into()), ("article", article.into())],
                )?;
                if id == "adequacy"
                    && let Some(scope) = adequacy.scope_description(self.lang)
                {
                    s = format!(
                        "{s} {}",
                        self.msg("transfer-adequacy-scope", &[("scope", scope.into())])?
                    );
                }
                Ok(s)
            }
            "compelling_legitimate_interests" => {
                let interests = transfer
                    .and_then(|t| self.opt(&t.interests))
                    .unwrap_or_default();
                self.msg(
                    "transfer-compelling",
                    &[("interests", interests.into()), ("article", article.into())],
                )
            }
            _ if safeguard.is_derogation() => self.msg(
                "transfer-derogation",
                &[
                    ("derogation", safeguard.name(self.lang).into()),
                    ("article", article.into()),
                ],
            ),
            _ => {
                let mut s = self.msg(
                    "transfer-safeguard",
                    &[
                        ("safeguard", safeguard.name(self.lang).into()),
                        ("article", article.into()),
                    ],
                )?;
                if let Some(act) = safeguard.act() {
                    let decision = self.locales.act(self.lang, act, None)?;
                    s = format!(
                        "{s} {}",
                        self.msg("transfer-scc-decision", &[("decision", decision.into())])?
                    );
                }
                Ok(s)
            }
        }
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
                            .map(|d| self.locales.duration(self.lang, d))
                            .transpose()?,
                        essential: t.essential,
                    })
                })
                .collect::<Result<Vec<_>>>()?,
        })
    }

    pub(super) fn recipients(&self) -> Result<Vec<RecipientView>> {
        self.decl
            .recipients
            .iter()
            .map(|r| {
                Ok(RecipientView {
                    id: r.id.clone(),
                    name: self.recipient_label(r),
                    role: r
                        .role
                        .map(|role| self.msg(&format!("role-{}", d::name_of(&role)), &[]))
                        .transpose()?,
                    service: self.opt(&r.service),
                    country: r.country.as_deref().map(|c| self.country(c)),
                    notice_url: r.notice_url.clone(),
                    group_company: r.group_company,
                    list_url: r.list_url.clone(),
                })
            })
            .collect::<Result<Vec<_>>>()
    }

    pub(super) fn processor_activities(&self) -> Vec<ProcessorView> {
        self.decl
            .processor_activities
            .iter()
            .map(|a| ProcessorView {
                client: a
                    .client
                    .clone()
                    .or_else(|| self.opt(&a.client_category))
                    .unwrap_or_else(|| a.id.clone()),
                description: self.opt(&a.description),
                client_notice: a.client_notice.clone(),
                rights: self.opt(&a.rights),
            })
            .collect()
    }
}
