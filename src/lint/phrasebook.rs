//! Lint's phrase lists as data: each language's patterns come from `phrases.yaml` in its
//! locale folder (built in, or given with `--locales`), one key per list.
//!
//! The code keeps what is not language: each list's id and name, and which rule reads it
//! ([`PhraseSet`] statics in the rule modules, all listed in [`super::rules::phrase_sets`]).
//! A folder's file is checked when the locales are loaded, so that an unknown list or a
//! pattern that does not compile is an error at its line before anything is linted; each
//! language's patterns are compiled into their automaton the first time a text in that
//! language is scanned.

use std::collections::BTreeMap;

use crate::diagnostic::Diagnostic;
use crate::i18n::yaml::{File, Value};
use crate::lint::phrases::{Pattern, Phrases};

/// The name of a locale folder's file of phrase lists.
pub const FILE: &str = "phrases.yaml";

/// A phrase list the rules read free texts with: its id in `phrases.yaml`, its name in
/// messages, and the rule that reads it. The patterns are the language's, in the
/// [`Phrasebook`] of the run.
#[derive(Debug)]
pub struct PhraseSet {
    id: &'static str,
    name: &'static str,
    rule: &'static str,
}

impl PhraseSet {
    pub const fn new(id: &'static str, name: &'static str, rule: &'static str) -> PhraseSet {
        PhraseSet { id, name, rule }
    }

    /// The id of the rule that reads the list: `N801`.
    pub fn rule(&self) -> &'static str {
        self.rule
    }

    /// The key of the list in `phrases.yaml`: `vague-qualifiers`.
    pub fn id(&self) -> &'static str {
        self.id
    }

    /// What the list is, in words: "vague qualifiers".
    pub fn name(&self) -> &'static str {
        self.name
    }

    /// For unit tests: the list's patterns in the built-in languages.
    #[cfg(test)]
    pub fn builtin(&self) -> &'static Phrases {
        builtin().get(self)
    }
}

/// For unit tests: the phrase lists of the built-in locales, loaded once.
#[cfg(test)]
pub fn builtin() -> &'static Phrasebook {
    static LOCALES: std::sync::LazyLock<crate::i18n::Locales> = std::sync::LazyLock::new(|| {
        crate::i18n::Locales::load(None).unwrap_or_else(|d| panic!("{}", d.message))
    });
    LOCALES.phrases()
}

/// Every phrase list in every language of the run.
#[derive(Debug, Default)]
pub struct Phrasebook {
    /// Per list (in the order of [`super::rules::phrase_sets`]), the patterns of each language
    /// that gives it any.
    sets: Vec<Phrases>,
    /// What [`Phrasebook::get`] answers for a list the catalogue does not declare.
    none: Phrases,
}

impl Phrasebook {
    /// The lists of `files`, each the `phrases.yaml` of a language, in the order they
    /// override each other: a later file's list replaces an earlier one's in that language
    /// (a user's folder overrides the built-in list it gives, and keeps the others).
    pub fn load(files: &[(String, File)]) -> Result<Phrasebook, Diagnostic> {
        let sets = super::rules::phrase_sets();
        // Per language, per list, the patterns: the language order is the map's.
        let mut by_lang: BTreeMap<&str, Vec<Option<Vec<Pattern>>>> = BTreeMap::new();
        for (lang, file) in files {
            let lists = by_lang
                .entry(lang.as_str())
                .or_insert_with(|| vec![None; sets.len()]);
            for (k, patterns) in read(file, &sets)? {
                lists[k] = Some(patterns);
            }
        }
        let mut per_set: Vec<Vec<(String, Vec<Pattern>)>> = vec![Vec::new(); sets.len()];
        for (lang, lists) in by_lang {
            for (k, patterns) in lists.into_iter().enumerate() {
                let Some(patterns) = patterns.filter(|p| !p.is_empty()) else {
                    continue;
                };
                per_set[k].push((lang.to_owned(), patterns));
            }
        }
        Ok(Phrasebook {
            // The lists of a language share one table of stems: a text is scanned once.
            sets: Phrases::lists(per_set),
            none: Phrases::default(),
        })
    }

    fn index(set: &PhraseSet) -> Option<usize> {
        super::rules::phrase_sets()
            .iter()
            .position(|s| std::ptr::eq(*s, set) || s.id == set.id)
    }

    /// The patterns of `set`, in every language that has some.
    pub fn get(&self, set: &PhraseSet) -> &Phrases {
        Phrasebook::index(set)
            .and_then(|k| self.sets.get(k))
            .unwrap_or(&self.none)
    }

    /// Whether `set` has patterns in `lang`: without them, the rules that use it cannot read
    /// that language's texts (N014 says so).
    pub fn covers(&self, set: &PhraseSet, lang: &str) -> bool {
        self.get(set).has_language(lang)
    }
}

/// The lists of one `phrases.yaml`: for each key, its index among `sets` and its patterns.
fn read(file: &File, sets: &[&PhraseSet]) -> Result<Vec<(usize, Vec<Pattern>)>, Diagnostic> {
    let ids = || sets.iter().map(|s| s.id).collect::<Vec<_>>().join(", ");
    let entries = match &file.root.value {
        Value::Map(entries) => entries.as_slice(),
        Value::Empty => &[],
        _ => {
            return Err(file.error(
                file.root.at,
                "a phrases.yaml holds a mapping of phrase lists",
                format!("write `list-id:` followed by its patterns, one `- \"…\"` a line; the lists are {}", ids()),
            ));
        }
    };
    let mut out: Vec<(usize, Vec<Pattern>)> = Vec::new();
    for (key, value) in entries {
        let id = key.text().unwrap_or_default();
        let Some(k) = sets.iter().position(|s| s.id == id) else {
            return Err(file.error(
                key.at,
                format!("`{id}` is not a phrase list lint reads"),
                format!("the lists are {}", ids()),
            ));
        };
        if out.iter().any(|(seen, _)| *seen == k) {
            return Err(file.error(
                key.at,
                format!("the list `{id}` is given twice"),
                "give each list once",
            ));
        }
        let items = match &value.value {
            Value::List(items) => items.as_slice(),
            Value::Empty => &[],
            _ => {
                return Err(file.error(
                    value.at,
                    format!("the list `{id}` must be a list of patterns"),
                    "write one pattern a line: `  - \"as long as …3 necessary\"`",
                ));
            }
        };
        let mut patterns = Vec::with_capacity(items.len());
        for item in items {
            let Some(spec) = item.text() else {
                return Err(file.error(
                    item.at,
                    format!("an entry of `{id}` is not a pattern"),
                    "write each pattern as a quoted string",
                ));
            };
            let pattern = Pattern::parse(spec).map_err(|e| {
                file.error(
                    item.at,
                    format!("this pattern of `{id}` does not compile: {e}"),
                    "see the pattern language in docs/languages.md",
                )
            })?;
            patterns.push(pattern);
        }
        out.push((k, patterns));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use super::*;

    fn file(text: &str) -> File {
        File::parse(PathBuf::from("xx/phrases.yaml"), text.to_owned()).unwrap()
    }

    /// Every list of the catalogue has patterns in every built-in language, and they compile.
    #[test]
    fn built_in_lists_compile_and_cover_every_built_in_language() {
        let book = builtin();
        for set in super::super::rules::phrase_sets() {
            for lang in crate::i18n::builtin_languages() {
                assert!(book.covers(set, lang), "{}: no {lang} patterns", set.id);
            }
        }
    }

    /// docs/languages.md, which tells a translator what each list is for, names every list
    /// with the rule that reads it.
    #[test]
    fn the_docs_name_each_list_and_its_rule() {
        let docs =
            std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/languages.md"))
                .unwrap();
        for set in super::super::rules::phrase_sets() {
            let row = format!("| `{}` | {} |", set.id(), set.rule());
            assert!(docs.contains(&row), "docs/languages.md lacks `{row}`");
        }
    }

    #[test]
    fn a_later_file_replaces_the_lists_it_gives() {
        let base = file(
            "vague-qualifiers:\n  - \"may\"\nvague-retention:\n  - \"as long as necessary\"\n",
        );
        let over = file("vague-qualifiers:\n  - \"perhaps\"\n");
        let book = Phrasebook::load(&[("en".into(), base), ("en".into(), over)]).unwrap();
        let q = crate::lint::rules::phrase_sets()[0];
        let found = |set: &PhraseSet, text: &str| {
            let w = crate::lint::phrases::Words::new(text);
            book.get(set).occurs(&w, &["en"])
        };
        assert!(found(q, "perhaps"));
        assert!(!found(q, "we may"));
        let retention = crate::lint::rules::phrase_sets()
            .into_iter()
            .find(|s| s.id == "vague-retention")
            .unwrap();
        assert!(found(retention, "kept as long as necessary"));
        assert!(book.covers(q, "en") && !book.covers(q, "fr"));
    }

    #[test]
    fn unknown_lists_and_bad_patterns_are_errors_at_their_line() {
        for (text, line, says) in [
            (
                "vague-qualifiers:\n  - may\nvague-words:\n  - x\n",
                3,
                "`vague-words` is not a phrase list",
            ),
            (
                "vague-qualifiers:\n  - may\n  - \"… loi\"\n",
                3,
                "does not compile",
            ),
            ("vague-qualifiers: may\n", 1, "must be a list"),
            (
                "vague-qualifiers:\n  - may\nvague-qualifiers:\n  - might\n",
                3,
                "given twice",
            ),
        ] {
            let err = Phrasebook::load(&[("xx".into(), file(text))]).unwrap_err();
            assert!(err.message.contains(says), "{text}: {}", err.message);
            assert_eq!(err.line_col().map(|(l, _)| l), Some(line), "{text}");
        }
    }
}
