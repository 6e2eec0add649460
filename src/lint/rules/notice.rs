//! Rules on the notice itself: its id, languages and translations.

use std::collections::BTreeMap;

use crate::declaration::{Text, is_language_key};
use crate::diagnostic::Diagnostic;
use crate::diagnostic::Severity;
use crate::lint::{Context, Docs, Findings, Rule};

/// The rules of this module, in id order.
pub static RULES: &[Rule] = &[
    Rule {
        id: "N001",
        name: "invalid-notice-id",
        severity: Severity::Error,
        articles: "Art. 12(1)",
        wp260: None,
        summary: "the notice has no id, or its id is not a slug",
        docs: Docs {
            what: "`notice.id` must be present and be a slug: lowercase letters, digits and hyphens, starting with a letter or digit, at most 64 characters.",
            why: "The id names the output folder (`out/<id>/`). A missing id would make notices overwrite each other; anything but a slug could write outside the output folder.",
            bad: "notice:\n  id: ../../etc\n",
            good: "notice:\n  id: acme-shop\n",
        },
        check: Some(notice_id),
        check_all: None,
    },
    Rule {
        id: "N002",
        name: "duplicate-notice-id",
        severity: Severity::Error,
        articles: "Art. 12(1)",
        wp260: None,
        summary: "two declarations have the same notice id",
        docs: Docs {
            what: "Every declaration of a run must have its own `notice.id`.",
            why: "The outputs of both would be written to the same folder, one overwriting the other.",
            bad: "# a.yaml\nnotice:\n  id: acme\n# b.yaml\nnotice:\n  id: acme\n",
            good: "# a.yaml\nnotice:\n  id: acme\n# b.yaml\nnotice:\n  id: acme-shop\n",
        },
        check: None,
        check_all: Some(duplicate_ids),
    },
    Rule {
        id: "N003",
        name: "no-languages",
        severity: Severity::Error,
        articles: "Art. 12(1)",
        wp260: Some("WP260 para. 13 (translations)"),
        summary: "the notice lists no language",
        docs: Docs {
            what: "`notice.languages` must list at least one language to write the notice in.",
            why: "A notice is information given to people in a language they understand; without a language there is nothing to publish.",
            bad: "notice:\n  id: acme\n",
            good: "notice:\n  id: acme\n  languages: [fr, nl, en]\n",
        },
        check: Some(languages),
        check_all: None,
    },
    Rule {
        id: "N004",
        name: "unsupported-language",
        severity: Severity::Error,
        articles: "Art. 12(1)",
        wp260: None,
        summary: "a language has no locale to write the notice in",
        docs: Docs {
            what: "Each language in `notice.languages` (and `default_language`) must be one notice has a locale for: the built-in `fr`, `nl`, `en`, `de`, or one added with `--locales`.",
            why: "The fixed text of the notice (headings, rights, legal wording) comes from the locale; without it the notice cannot be written.",
            bad: "notice:\n  languages: [fr, xx]\n",
            good: "notice:\n  languages: [fr, nl]\n",
        },
        check: Some(supported_languages),
        check_all: None,
    },
    Rule {
        id: "N005",
        name: "missing-translation",
        severity: Severity::Error,
        articles: "Art. 12(1)",
        wp260: Some("WP260 para. 13"),
        summary: "a free text lacks one of the notice's languages",
        docs: Docs {
            what: "Every free text given per language (`{fr: …, nl: …, en: …}`) must have every language the notice lists, and none of them empty.",
            why: "Each language version must be complete: a reader of the Dutch notice must not find French sentences, or nothing, where the information should be.",
            bad: "notice:\n  languages: [fr, en]\npurposes:\n  - id: billing\n    label: {fr: Facturation}\n",
            good: "notice:\n  languages: [fr, en]\npurposes:\n  - id: billing\n    label: {fr: Facturation, en: Invoicing}\n",
        },
        check: Some(translations),
        check_all: None,
    },
    Rule {
        id: "N006",
        name: "untranslated-text",
        severity: Severity::Warning,
        articles: "Art. 12(1)",
        wp260: Some("WP260 para. 13"),
        summary: "a free text is one string in a notice with several languages",
        docs: Docs {
            what: "In a notice with several languages, a free text written as one string is shown as it is in every language version. That is right for a name or a code, and wrong for a sentence. Names (`name` of a recipient, a source, a joint controller, the DPO or the representative) may be one string or per language and are not reported: a company's name is the same in every language (N954 notes the name of a Belgian public body).",
            why: "Each language version must be intelligible to its readers (Art. 12(1)); a sentence left in one language is not.",
            bad: "notice:\n  languages: [fr, en]\nsecurity:\n  - encrypted backups\n",
            good: "notice:\n  languages: [fr, en]\nsecurity:\n  - {fr: sauvegardes chiffrées, en: encrypted backups}\n",
        },
        check: Some(untranslated),
        check_all: None,
    },
    Rule {
        id: "N007",
        name: "missing-effective-date",
        severity: Severity::Error,
        articles: "Art. 12(1), 13(3), 14(4)",
        wp260: Some("WP260, \"Changes to Article 13 and Article 14 information\""),
        summary: "the notice does not say from when it applies",
        docs: Docs {
            what: "`notice.effective` must give the date (YYYY-MM-DD) from which this version of the notice applies.",
            why: "Readers, and a supervisory authority, must be able to tell which version was in force when their data were processed, and notice renders the date at the top of every language version; without it that line would be empty.",
            bad: "notice:\n  id: acme\n  languages: [en]\n",
            good: "notice:\n  id: acme\n  effective: 2026-03-01\n  languages: [en]\n",
        },
        check: Some(effective),
        check_all: None,
    },
];

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
    for (path, text) in cx.texts() {
        // A name is one string by design: a company's is the same in every language (N954
        // notes a Belgian public body's).
        if path.ends_with(".name") {
            continue;
        }
        if let Text::Same(_) = text {
            f.at(
                path,
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
    for (path, text) in cx.texts() {
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
                        path,
                        format!("this text has no {} version", missing.join(", ")),
                        format!("add `{}: …` to it", missing[0]),
                    );
                }
                // A key that is not a language code is N803's: usually a text cut at a comma.
                for (k, t) in v {
                    if t.trim().is_empty() && is_language_key(k) {
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

pub fn effective(cx: &Context, f: &mut Findings) {
    if cx.decl().notice.effective.is_none() {
        f.missing(
            "notice",
            "effective",
            "the notice has no effective date",
            "add `effective: YYYY-MM-DD` under `notice:`, the day this version applies from",
        );
    }
}
