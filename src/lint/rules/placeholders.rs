//! The rule on placeholders left in a declaration: a `TODO` marks a fact still to be written,
//! as `notice init` leaves them, and the notice must not be published with one.

use crate::diagnostic::Severity;
use crate::lint::{Context, Docs, Findings, Rule};

/// The word that marks a placeholder, in capitals as people write it in code and drafts.
pub const PLACEHOLDER: &str = "TODO";

/// The rules of this module, in id order.
pub static RULES: &[Rule] = &[Rule {
    id: "N070",
    name: "placeholder-left",
    severity: Severity::Error,
    articles: "Art. 12(1), 13, 14",
    wp260: None,
    summary: "a text or value is still a `TODO` placeholder",
    docs: Docs {
        what: "Reports every value of the declaration that contains the word `TODO` in capitals: each language of a free text, names, contact details, codes. `notice init` writes such placeholders where only you can give the fact (`\"TODO: street and number, postcode and town\"`); so may anyone drafting a declaration. The lint configuration (`lint.allow`) is not read.",
        why: "A notice that prints a placeholder does not give the information Articles 13 and 14 require, and shows readers an unfinished text. It is an error, so `notice build` writes nothing while a placeholder is left, and it cannot be allowed: write the fact in its place, or delete the field if it does not apply to you.",
        bad: "controller:\n  name: Acme SRL\n  contact:\n    address: {en: \"TODO: street and number, postcode and town\"}\n",
        good: "controller:\n  name: Acme SRL\n  contact:\n    address: {en: \"Rue Haute 1, 1000 Brussels\"}\n",
    },
    check: Some(placeholders),
    check_all: None,
}];

/// Whether `text` holds the placeholder word on its own (`TODO:`, `(TODO)`), not inside another
/// word: `TODOS` and the Spanish `todo` are text.
pub fn has_placeholder(text: &str) -> bool {
    let word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    text.match_indices(PLACEHOLDER).any(|(at, m)| {
        !word(text[..at].chars().next_back()) && !word(text[at + m.len()..].chars().next())
    })
}

/// How much of a placeholder the message quotes: enough to recognise it.
const QUOTED_CHARS: usize = 60;

pub fn placeholders(cx: &Context, f: &mut Findings) {
    for (path, value) in cx.strings() {
        if !has_placeholder(value) {
            continue;
        }
        let mut quoted: String = value.chars().take(QUOTED_CHARS).collect();
        if value.chars().count() > QUOTED_CHARS {
            quoted.push('…');
        }
        f.at(
            path,
            format!("`{path}` is still a placeholder: “{quoted}”"),
            "write the fact in its place (in the language of its key, for a text), or delete the field if it does not apply",
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_placeholder_is_the_word_in_capitals() {
        for text in ["TODO", "TODO: address", "(TODO)", "see TODO.", "x TODO"] {
            assert!(has_placeholder(text), "{text}");
        }
        for text in ["todo", "Todo list", "TODOS", "XTODO", "TODO2", "", "to do"] {
            assert!(!has_placeholder(text), "{text}");
        }
        // A later occurrence counts when the first is part of a word.
        assert!(has_placeholder("TODOS and TODO"));
    }
}
