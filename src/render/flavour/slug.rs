//! The heading ids GitHub derives from a heading's text, as github-slugger (GitHub's algorithm,
//! which rehype-slug, Docusaurus, Astro and VS Code use too) computes them.

use std::collections::HashMap;
use std::sync::LazyLock;

use regex::Regex;

/// What github-slugger keeps: letters, marks, decimal and letter numbers, connector punctuation
/// (`_`), anything alphabetic, spaces and `-`. It removes the other numbers, punctuation,
/// symbols, separators and control characters.
static REMOVED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[^\p{L}\p{M}\p{Nd}\p{Nl}\p{Pc}\p{Alphabetic} \-]").unwrap_or_else(|e| {
        // The pattern is a constant: it compiles, or no test passes.
        unreachable!("the slug pattern: {e}")
    })
});

/// Derives the ids of a document's headings in order, as GitHub does: a repeated id gets `-1`,
/// `-2`… in the order the headings come.
#[derive(Debug, Default)]
pub struct Slugger {
    occurrences: HashMap<String, usize>,
}

impl Slugger {
    /// The id of the next heading, whose text (as a reader sees it) is `text`.
    pub fn slug(&mut self, text: &str) -> String {
        let base = REMOVED
            .replace_all(&text.to_lowercase(), "")
            .replace(' ', "-");
        let mut slug = base.clone();
        while self.occurrences.contains_key(&slug) {
            let n = self.occurrences.entry(base.clone()).or_insert(0);
            *n += 1;
            slug = format!("{base}-{n}");
        }
        self.occurrences.insert(slug.clone(), 0);
        slug
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn slugs(texts: &[&str]) -> Vec<String> {
        let mut s = Slugger::default();
        texts.iter().map(|t| s.slug(t)).collect()
    }

    /// Cases from github-slugger's own fixtures, and the demo's headings in French.
    #[test]
    fn slugs_as_github_derives_them() {
        assert_eq!(
            slugs(&[
                "Hello World",
                "Vos données hors de l'Espace économique européen",
                "Déclaration de confidentialité — Atelier Zenne SRL",
                "Votre droit d\u{2019}opposition",
                "C++ & C# (2nd edition)",
                "snake_case and kebab-case",
                "Ünïcödé ÄÖÜ ß",
                "日本語 テスト",
                "x² ½ ①",
                "  spaces  ",
                "emoji 🎉 here",
                "« En bref »",
            ]),
            [
                "hello-world",
                "vos-données-hors-de-lespace-économique-européen",
                "déclaration-de-confidentialité--atelier-zenne-srl",
                "votre-droit-dopposition",
                "c--c-2nd-edition",
                "snake_case-and-kebab-case",
                "ünïcödé-äöü-ß",
                "日本語-テスト",
                "x--",
                "--spaces--",
                "emoji--here",
                "-en-bref-",
            ]
        );
    }

    #[test]
    fn repeated_headings_are_numbered_in_order() {
        assert_eq!(
            slugs(&["Fraud", "Fraud", "Fraud-1", "Fraud", "fraud"]),
            ["fraud", "fraud-1", "fraud-1-1", "fraud-2", "fraud-3"]
        );
    }
}
