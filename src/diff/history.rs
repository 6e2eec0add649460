//! The summaries a declaration's `notice.history` leaves out, written by the build from the
//! changes themselves.
//!
//! A history entry stands for a previous version: the date it applied from and what changed
//! when it was replaced. Where the entry has no summary and both that version and the one that
//! replaced it are reachable, the summary is the material changes between them, in every
//! language. A version is reachable as the declaration `--since` read from git (the entry whose
//! date is that declaration's `effective`), as the entry's `declaration` (a kept copy), and, for
//! the newest entry, the version that replaced it is the current declaration.

use std::path::Path;

use super::phrase::Phraser;
use super::{Class, changes};
use crate::declaration::{Declaration, Loaded, Text, load, resolve};
use crate::diagnostic::{Diagnostic, Severity};
use crate::i18n::Locales;
use crate::reference::Reference;

/// `loaded`'s declaration with the summaries that can be derived filled in, and a warning for
/// each entry left without one. Fails when a kept copy cannot be read.
pub fn fill(
    loaded: &Loaded,
    since: Option<&Declaration>,
    locales: &Locales,
    reference: &Reference,
) -> Result<(Declaration, Vec<Diagnostic>), Diagnostic> {
    let current = &loaded.declaration;
    let mut decl = current.clone();
    let mut warnings = Vec::new();
    let history = &current.notice.history;
    // Entries in date order: the version after an entry is the next one, or the current one.
    let mut order: Vec<usize> = (0..history.len()).collect();
    order.sort_by_key(|&i| history[i].effective);
    let mut versions = Vec::with_capacity(order.len());
    for &i in &order {
        versions.push(version(loaded, i, since, reference)?);
    }
    for (k, &i) in order.iter().enumerate() {
        if history[i].summary.is_some() {
            continue;
        }
        let next = match order.get(k + 1) {
            Some(_) => versions[k + 1].as_ref(),
            None => Some(current),
        };
        match (&versions[k], next) {
            (Some(this), Some(next)) if next.notice.effective != this.notice.effective => {
                decl.notice.history[i].summary = Some(summary(this, next, current, locales, reference)?);
            }
            _ => warnings.push({
                let mut w = Diagnostic::error(
                    "history",
                    format!(
                        "notice.history[{i}] ({}) has no summary, and the declaration of that version or of the one that replaced it is not reachable",
                        history[i].effective
                    ),
                )
                .with_help("write its `summary`, give it `declaration:` (a copy of that version), or build with `--since` a revision where that version was current")
                .in_file(&loaded.file, None);
                w.severity = Severity::Warning;
                w
            }),
        }
    }
    Ok((decl, warnings))
}

/// The declaration of the version history entry `i` stands for, if reachable.
fn version(
    loaded: &Loaded,
    i: usize,
    since: Option<&Declaration>,
    reference: &Reference,
) -> Result<Option<Declaration>, Diagnostic> {
    let entry = &loaded.declaration.notice.history[i];
    if let Some(d) = since.filter(|d| d.notice.effective == Some(entry.effective)) {
        return Ok(Some(d.clone()));
    }
    let Some(rel) = &entry.declaration else {
        return Ok(None);
    };
    let dir = loaded.file.path.parent().unwrap_or(Path::new(""));
    let kept = load(&dir.join(rel))
        .and_then(|l| resolve(l, reference))
        .map_err(|d| {
            d.with_help(format!(
                "notice.history[{i}].declaration names this file, relative to {}",
                loaded.file.display()
            ))
        })?;
    Ok(Some(kept.declaration))
}

/// "Replaced on 1 December 2026. New purpose: newsletter. …" in every language of `current`.
fn summary(
    this: &Declaration,
    next: &Declaration,
    current: &Declaration,
    locales: &Locales,
    reference: &Reference,
) -> Result<Text, Diagnostic> {
    let material: Vec<_> = changes(this, next)
        .into_iter()
        .filter(|c| c.class == Class::Material)
        .collect();
    let mut per_lang = Vec::new();
    for lang in current.notice.languages.iter().filter(|l| locales.has(l)) {
        let phraser = Phraser::between(locales, reference, lang, this, next);
        let text = (|| -> anyhow::Result<String> {
            let date = match next.notice.effective {
                Some(d) => locales.date(lang, d)?,
                None => String::new(),
            };
            let mut parts = vec![phraser.msg(
                "history-replaced",
                &[
                    ("date", date.into()),
                    (
                        "count",
                        i64::try_from(material.len()).unwrap_or(i64::MAX).into(),
                    ),
                ],
            )?];
            for c in &material {
                parts.push(phraser.sentence(c)?);
            }
            Ok(parts.join(" "))
        })()
        .map_err(|e| {
            Diagnostic::error("template", format!("{e:#}")).with_help(
                "a locale file lacks a `diff-…` or `history-…` message: see docs/guide/customising.md",
            )
        })?;
        per_lang.push((lang.clone(), text));
    }
    Ok(Text::PerLang(per_lang))
}
