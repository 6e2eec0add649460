//! Printing comparisons: human text and Markdown in the reader's language, and JSON
//! (format `version` 1, documented in docs/guide/changes.md, "JSON output").

use anyhow::Result;
use serde_json::{Value, json};

use super::phrase::Phraser;
use super::tree::unmark;
use super::{Class, Comparison};
use crate::i18n::Locales;
use crate::reference::Reference;
use crate::render::escape::escape_markdown;

/// The version of the JSON format; raised only when a field changes meaning or disappears.
pub const JSON_VERSION: u32 = 1;

/// One line per change, material first, under a heading per declaration that changed.
pub fn human(
    cmps: &[Comparison],
    locales: &Locales,
    reference: &Reference,
    lang: &str,
) -> Result<String> {
    let label = |c: Class| locales.msg(lang, class_message(c), &[]);
    let (m, e) = (label(Class::Material)?, label(Class::Editorial)?);
    let width = m.chars().count().max(e.chars().count());
    let mut out = String::new();
    for cmp in cmps.iter().filter(|c| !c.changes.is_empty()) {
        out.push_str(&heading(cmp, locales, lang)?);
        out.push('\n');
        let phraser = Phraser::new(locales, reference, lang, cmp);
        for class in [Class::Material, Class::Editorial] {
            let name = if class == Class::Material { &m } else { &e };
            for c in cmp.changes.iter().filter(|c| c.class == class) {
                let pad = " ".repeat(width - name.chars().count());
                out.push_str(&format!("  {name}{pad}  {}\n", phraser.sentence(c)?));
                if !c.path.is_empty() {
                    out.push_str(&format!("  {}  {}\n", " ".repeat(width), c.path));
                }
            }
        }
        out.push('\n');
    }
    Ok(out)
}

/// The count line printed after the human output.
pub fn summary(cmps: &[Comparison], locales: &Locales, lang: &str) -> Result<String> {
    let material: usize = cmps.iter().map(Comparison::material).sum();
    let all: usize = cmps.iter().map(|c| c.changes.len()).sum();
    let n = |x: usize| i64::try_from(x).unwrap_or(i64::MAX);
    locales.msg(
        lang,
        "diff-summary",
        &[
            ("material", n(material).into()),
            ("editorial", n(all - material).into()),
            ("count", n(cmps.len()).into()),
        ],
    )
}

/// A Markdown section per declaration that changed, material changes first: for a pull
/// request or a review.
pub fn markdown(
    cmps: &[Comparison],
    locales: &Locales,
    reference: &Reference,
    lang: &str,
) -> Result<String> {
    let msg = |id: &str| locales.msg(lang, id, &[]);
    let mut out = format!("# {}\n\n", msg("diff-title")?);
    if cmps.iter().all(|c| c.changes.is_empty()) {
        out.push_str(&format!("{}\n", escape_markdown(&msg("diff-nothing")?)));
        return Ok(out);
    }
    for cmp in cmps.iter().filter(|c| !c.changes.is_empty()) {
        out.push_str(&format!(
            "## {}\n\n{}\n\n",
            escape_markdown(cmp.id().unwrap_or("?")),
            escape_markdown(&heading(cmp, locales, lang)?)
        ));
        let phraser = Phraser::new(locales, reference, lang, cmp);
        for (class, title) in [
            (Class::Material, "diff-heading-material"),
            (Class::Editorial, "diff-heading-editorial"),
        ] {
            let changes: Vec<_> = cmp.changes.iter().filter(|c| c.class == class).collect();
            if changes.is_empty() {
                continue;
            }
            out.push_str(&format!("### {}\n\n", msg(title)?));
            for c in changes {
                out.push_str(&format!("- {}", escape_markdown(&phraser.sentence(c)?)));
                if !c.path.is_empty() {
                    out.push_str(&format!(" ({})", escape_markdown(&c.path)));
                }
                out.push('\n');
            }
            out.push('\n');
        }
    }
    Ok(out.trim_end().to_owned() + "\n")
}

/// Every comparison, unchanged ones included, with every change and its sentence in `lang`.
pub fn json(
    cmps: &[Comparison],
    locales: &Locales,
    reference: &Reference,
    lang: &str,
) -> Result<String> {
    let mut declarations = Vec::new();
    for cmp in cmps {
        let phraser = Phraser::new(locales, reference, lang, cmp);
        let changes = cmp
            .changes
            .iter()
            .map(|c| {
                Ok(json!({
                    "path": c.path,
                    "op": c.op,
                    "kind": c.kind,
                    "class": c.class,
                    "topic": c.topic,
                    "rule": c.rule,
                    "old": c.old.as_ref().map_or(Value::Null, unmark),
                    "new": c.new.as_ref().map_or(Value::Null, unmark),
                    "text": phraser.sentence(c)?,
                }))
            })
            .collect::<Result<Vec<_>>>()?;
        declarations.push(json!({
            "id": cmp.id(),
            "old": cmp.old.as_ref().map(|v| &v.label),
            "new": cmp.new.as_ref().map(|v| &v.label),
            "status": status(cmp),
            "material": cmp.material(),
            "editorial": cmp.changes.len() - cmp.material(),
            "changes": changes,
        }));
    }
    let doc = json!({
        "version": JSON_VERSION,
        "lang": lang,
        "material": cmps.iter().any(|c| c.material() > 0),
        "declarations": declarations,
    });
    Ok(serde_json::to_string_pretty(&doc)? + "\n")
}

/// `added`, `removed`, `changed` or `unchanged`.
fn status(cmp: &Comparison) -> &'static str {
    match (&cmp.old, &cmp.new) {
        (None, _) => "added",
        (_, None) => "removed",
        _ if cmp.changes.is_empty() => "unchanged",
        _ => "changed",
    }
}

fn class_message(c: Class) -> &'static str {
    match c {
        Class::Material => "diff-class-material",
        Class::Editorial => "diff-class-editorial",
    }
}

/// "notices/acme.yaml (acme), compared with HEAD~1:notices/acme.yaml:".
fn heading(cmp: &Comparison, locales: &Locales, lang: &str) -> Result<String> {
    let label = |v: &Option<super::Version>| v.as_ref().map_or("", |v| v.label.as_str()).to_owned();
    locales.msg(
        lang,
        "diff-compared",
        &[
            ("new", label(&cmp.new).into()),
            ("old", label(&cmp.old).into()),
            ("id", cmp.id().unwrap_or("?").into()),
            ("status", status(cmp).into()),
        ],
    )
}
