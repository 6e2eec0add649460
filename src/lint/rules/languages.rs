//! Rule on what a notice language needs besides its locale: the reference data's names and
//! the phrase lists lint reads free texts with.
//!
//! A locale (`--locales DIR/<lang>/`) brings the fixed sentences of a language; the names of
//! countries, transfer mechanisms, regions and catalogue services come from the reference data,
//! and the vague-wording, vague-retention and other phrase lists from the rules. A language that
//! one of them lacks would get a notice with holes, or a lint that passes texts it cannot read:
//! each missing piece is an error at the language, never English in its place.

use crate::diagnostic::Severity;
use crate::lint::{Context, Docs, Findings, Rule};
use crate::reference::Reference;

/// The rules of this module, in id order.
pub static RULES: &[Rule] = &[Rule {
    id: "N014",
    name: "language-data-missing",
    severity: Severity::Error,
    articles: "Art. 12(1)",
    wp260: None,
    summary: "a language of the notice has a locale but lacks reference names or phrase lists",
    docs: Docs {
        what: "Each language in `notice.languages` that has a locale must also be a language of the built-in reference data (names of countries, transfer mechanisms, regions and catalogue services) and of every phrase list lint reads free texts with (vague qualifiers, vague retention, unlawful sentences…). A language added with `--locales` has only its locale.",
        why: "Without the names, the notice would show a country or a safeguard in no language or in another one; without the phrase lists, the rules that read the texts would pass them unread. Either way the reader of that language gets less than the law requires (Art. 12(1)), so the gap is an error, not a silent fallback to English.",
        bad: "# notice lint --locales my-locales (my-locales/xx/*.ftl)\nnotice:\n  languages: [xx]\n",
        good: "notice:\n  languages: [de]\n",
    },
    check: Some(language_data),
    check_all: None,
}];

pub fn language_data(cx: &Context, f: &mut Findings) {
    for (i, lang) in cx.languages().iter().enumerate() {
        // A language without a locale is N004's.
        if !cx.locales.has(lang) {
            continue;
        }
        for (message, help) in missing(lang, cx.reference) {
            f.at(&format!("notice.languages[{i}]"), message, help);
        }
    }
}

/// What `lang` lacks, as (message, help) pairs: each names the language and the missing data.
pub fn missing(lang: &str, reference: &Reference) -> Vec<(String, String)> {
    let mut out = Vec::new();
    if !reference.languages().any(|l| l == lang) {
        let have: Vec<&str> = reference.languages().collect();
        out.push((
            format!(
                "the built-in reference data have no `{lang}` names of countries, transfer mechanisms, regions and catalogue services"
            ),
            format!(
                "write the notice in {}, or add `{lang}` to the reference data: list it under `languages` in src/reference/data/countries.yaml and give each name in it",
                have.join(", ")
            ),
        ));
    }
    let lacking: Vec<&str> = super::phrase_sets()
        .iter()
        .filter(|s| !s.covers(lang))
        .map(|s| s.name())
        .collect();
    if !lacking.is_empty() {
        out.push((
            format!(
                "lint has no `{lang}` phrase lists for {}: the rules that read free texts cannot check the `{lang}` versions",
                lacking.join(", ")
            ),
            format!("add `{lang}` patterns to each of these lists (`PhraseSet` in src/lint/rules/)"),
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every language the tool ships has all its data: the rule fires only for a language
    /// added from a folder.
    #[test]
    fn built_in_languages_lack_nothing_and_others_are_named() {
        let r = Reference::builtin().unwrap();
        for lang in crate::i18n::builtin_languages() {
            assert!(
                missing(lang, &r).is_empty(),
                "{lang}: {:?}",
                missing(lang, &r)
            );
        }
        let xx = missing("xx", &r);
        assert_eq!(xx.len(), 2, "{xx:?}");
        assert!(xx[0].0.contains("no `xx` names of countries"), "{xx:?}");
        assert!(
            xx[1]
                .0
                .contains("no `xx` phrase lists for vague qualifiers")
        );
        assert!(xx[1].0.contains("vague retention"));
    }
}
