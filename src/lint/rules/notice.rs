//! Rules on the notice itself: its id, languages and translations.

use std::collections::BTreeMap;

use crate::declaration::Text;
use crate::declaration::walk::texts;
use crate::diagnostic::Diagnostic;
use crate::lint::{Context, Findings, Rule};

/// Whether `s` is a slug: what ids of notices, purposes, categories and recipients must be.
pub fn is_slug(s: &str) -> bool {
    let b = s.as_bytes();
    !b.is_empty()
        && b.len() <= 64
        && b[0].is_ascii_alphanumeric()
        && b.iter()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == b'-' || *c == b'_')
}

pub fn notice_id(cx: &Context, f: &mut Findings) {
    match cx.decl().notice.id.as_deref() {
        None => f.missing(
            "notice",
            "id",
            "the notice has no `id`",
            "add `id: <slug>` under `notice:`, e.g. `id: acme`",
        ),
        Some(id) if !is_slug(id) => f.at(
            "notice.id",
            format!("notice id `{id}` is not a slug"),
            "use lowercase letters, digits, `-` and `_` only (at most 64), e.g. `acme-shop`",
        ),
        Some(_) => {}
    }
}

pub fn duplicate_ids(rule: &Rule, all: &[Context], out: &mut Vec<Diagnostic>) {
    let mut seen: BTreeMap<&str, &Context> = BTreeMap::new();
    for cx in all {
        let Some(id) = cx.decl().notice.id.as_deref() else {
            continue;
        };
        if let Some(first) = seen.get(id) {
            let mut f = Findings::new(rule, cx.file());
            f.at(
                "notice.id",
                format!(
                    "notice id `{id}` is already used by {}",
                    first.file().display()
                ),
                "give each declaration its own id: they name the output folders",
            );
            out.extend(f.into_diagnostics());
        } else {
            seen.insert(id, cx);
        }
    }
}

pub fn languages(cx: &Context, f: &mut Findings) {
    if cx.languages().is_empty() {
        f.missing(
            "notice",
            "languages",
            "the notice lists no language",
            "add `languages: [fr, nl, en]` under `notice:`",
        );
    }
}

pub fn supported_languages(cx: &Context, f: &mut Findings) {
    let known: Vec<&str> = cx.locales.languages().collect();
    let help = format!(
        "use one of {}, or add a locale with --locales",
        known.join(", ")
    );
    for (i, lang) in cx.languages().iter().enumerate() {
        if !cx.locales.has(lang) {
            f.at(
                &format!("notice.languages[{i}]"),
                format!("no locale for language `{lang}`"),
                help.clone(),
            );
        }
    }
    if let Some(default) = cx.decl().notice.default_language.as_deref()
        && !cx.languages().iter().any(|l| l == default)
    {
        f.at(
            "notice.default_language",
            format!("default language `{default}` is not among the notice's languages"),
            "list it in `languages`, or choose one of them",
        );
    }
}

pub fn untranslated(cx: &Context, f: &mut Findings) {
    let langs = cx.languages();
    if langs.len() < 2 {
        return;
    }
    for (path, text) in texts(cx.decl()) {
        if let Text::Same(_) = text {
            f.at(
                &path,
                "this text is one string, so every language version shows it as it is",
                format!(
                    "if it is not the same in every language, give it per language: {{{}}}",
                    langs
                        .iter()
                        .map(|l| format!("{l}: …"))
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            );
        }
    }
}

pub fn translations(cx: &Context, f: &mut Findings) {
    let langs = cx.languages();
    for (path, text) in texts(cx.decl()) {
        match text {
            Text::Same(_) => {}
            Text::PerLang(v) => {
                let missing: Vec<&str> = langs
                    .iter()
                    .filter(|l| !v.iter().any(|(k, _)| k == *l))
                    .map(String::as_str)
                    .collect();
                if !missing.is_empty() {
                    f.at(
                        &path,
                        format!("this text has no {} version", missing.join(", ")),
                        format!("add `{}: …` to it", missing[0]),
                    );
                }
                for (k, t) in &v {
                    if t.trim().is_empty() {
                        f.at(
                            &format!("{path}.{k}"),
                            format!("the {k} text is empty"),
                            "write the text, or remove the field",
                        );
                    }
                }
            }
        }
    }
}
