//! Rule on what a notice language needs besides its locale: the reference data's names and
//! the phrase lists lint reads free texts with.
//!
//! A locale folder (`--locales DIR/<lang>/`) brings the fixed sentences of a language
//! (`*.ftl`), and may bring its phrase lists (`phrases.yaml`) and the names of the reference
//! data (`reference.yaml`). A language that lacks a list or a name would get a notice with
//! holes, or a lint that passes texts it cannot read: each missing piece is an error at the
//! language, naming what is missing, never English in its place.

use crate::diagnostic::Severity;
use crate::lint::phrasebook::{self, PhraseSet, Phrasebook};
use crate::lint::{Context, Docs, Findings, Rule};
use crate::reference::{Reference, names as reference_names};

/// The rules of this module, in id order.
pub static RULES: &[Rule] = &[Rule {
    id: "N014",
    name: "language-data-missing",
    severity: Severity::Error,
    articles: "Art. 12(1)",
    wp260: None,
    summary: "a language of the notice has a locale but lacks reference names or phrase lists",
    docs: Docs {
        what: "Each language in `notice.languages` that has a locale must also have a name for every text of the reference data a notice may print (countries, international organisations, adequacy scopes, transfer mechanisms, invalidated mechanisms, regions, catalogue services) and patterns in every phrase list lint reads free texts with (vague qualifiers, vague retention, unlawful sentences…). The built-in languages have them all; a language added with `--locales DIR` brings them in `DIR/<lang>/reference.yaml` and `DIR/<lang>/phrases.yaml` (docs/languages.md gives the format). The finding names the missing items (the first few and how many more) and the file that gives them.",
        why: "Without the names, the notice would show a country or a safeguard in no language or in another one; without the phrase lists, the rules that read the texts would pass them unread. Either way the reader of that language gets less than the law requires (Art. 12(1)), so the gap is an error, not a silent fallback to English.",
        bad: "# notice lint --locales my-locales (my-locales/xx/*.ftl, without phrases.yaml or reference.yaml)\nnotice:\n  languages: [xx]\n",
        good: "# notice lint --locales my-locales (my-locales/xx/*.ftl, phrases.yaml and reference.yaml)\nnotice:\n  languages: [xx]\n",
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
        for (message, help) in cx.language_gaps(lang) {
            f.at(
                &format!("notice.languages[{i}]"),
                message.clone(),
                help.clone(),
            );
        }
    }
}

/// How many missing items a message names before it counts the rest.
const NAMED: usize = 5;

/// `items` as a message lists them: the first few, and how many more.
fn listed(items: &[String]) -> String {
    let named: Vec<String> = items.iter().take(NAMED).map(|k| format!("`{k}`")).collect();
    match items.len().saturating_sub(NAMED) {
        0 => named.join(", "),
        more => format!("{} and {more} more", named.join(", ")),
    }
}

/// What `lang` lacks, as (message, help) pairs: each names the language, the missing items
/// and the file of a locale folder that gives them.
pub fn missing(lang: &str, reference: &Reference, phrases: &Phrasebook) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let names = reference.missing_names(lang);
    if let Some(first) = names.first() {
        let (group, key) = first.split_once('.').unwrap_or((first, ""));
        out.push((
            format!(
                "the reference data have no `{lang}` name for {} item(s) a notice may print: {}",
                names.len(),
                listed(&names)
            ),
            format!(
                "give each in `{lang}/{}` of the --locales folder, under its key (`{group}:` then `  {key}: …` for `{first}`); `notice reference` shows the names in the built-in languages",
                reference_names::FILE
            ),
        ));
    }
    let lacking: Vec<&PhraseSet> = super::phrase_sets()
        .into_iter()
        .filter(|s| !phrases.covers(s, lang))
        .collect();
    if !lacking.is_empty() {
        let ids: Vec<String> = lacking.iter().map(|s| s.id().to_owned()).collect();
        let what: Vec<&str> = lacking.iter().map(|s| s.name()).collect();
        out.push((
            format!(
                "lint has no `{lang}` phrase lists for {}: the rules that read free texts cannot check the `{lang}` versions",
                what.join(", ")
            ),
            format!(
                "give {} patterns in `{lang}/{}` of the --locales folder: {}",
                if ids.len() == 1 { "its" } else { "their" },
                phrasebook::FILE,
                listed(&ids)
            ),
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every language the tool ships has all its data: the rule fires only for a language
    /// added from a folder, and names what it lacks.
    #[test]
    fn built_in_languages_lack_nothing_and_others_are_named() {
        let r = Reference::builtin().unwrap();
        let book = crate::lint::phrasebook::builtin();
        for lang in crate::i18n::builtin_languages() {
            let m = missing(lang, &r, book);
            assert!(m.is_empty(), "{lang}: {m:?}");
        }
        let xx = missing("xx", &r, book);
        assert_eq!(xx.len(), 2, "{xx:?}");
        let count = r.missing_names("xx").len();
        assert!(count > 200, "{count}");
        assert!(
            xx[0].0.contains(&format!(
                "no `xx` name for {count} item(s) a notice may print: `countries."
            )),
            "{xx:?}"
        );
        assert!(
            xx[0].0.ends_with(&format!(" and {} more", count - 5)),
            "{xx:?}"
        );
        assert!(xx[0].1.contains("`xx/reference.yaml`"), "{xx:?}");
        assert!(
            xx[1]
                .0
                .contains("no `xx` phrase lists for vague qualifiers")
        );
        assert!(xx[1].0.contains("vague retention"));
        assert!(xx[1].1.contains("`xx/phrases.yaml`"), "{xx:?}");
        assert!(xx[1].1.contains("`vague-qualifiers`"), "{xx:?}");
    }
}
