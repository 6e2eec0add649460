//! Rules on how the declaration is written: vague qualifiers, and links the notice cannot make.

use crate::declaration::walk::{strings, texts};
use crate::diagnostic::Severity;
use crate::lint::{Context, Docs, Findings, Rule};
use crate::render::escape::{ALLOWED_SCHEMES, allowed_link};

/// The rules of this module, in id order.
pub static RULES: &[Rule] = &[
    Rule {
        id: "N801",
        name: "vague-wording",
        severity: Severity::Note,
        articles: "Art. 12(1)",
        wp260: Some("WP260 para. 12-13, \"Clear and plain language\" (language qualifiers)"),
        summary: "a text uses a vague qualifier such as \"may\", \"some\" or \"often\"",
        docs: Docs {
            what: "Looks, as whole words and in the language of each text, for qualifiers WP260 gives as poor practice: \"may\", \"might\", \"some\", \"often\", \"possible\"…; French \"peut\", \"peuvent\", \"pourrait\", \"éventuellement\", \"certains\", \"parfois\"…; Dutch \"kan\", \"kunnen\", \"mogelijk\", \"eventueel\", \"sommige\", \"soms\"…. A text given as one string is checked against every language of the notice.",
            why: "Information must be concrete and definitive (Art. 12(1)); WP260 says qualifiers like these leave the reader unable to tell what actually happens to their data. It is a note: some uses are precise, so read each one.",
            bad: "rights:\n  identity_check: {en: We may ask you to prove your identity.}\n",
            good: "rights:\n  identity_check: {en: If we doubt your identity, we ask you to reply from the email address we know.}\n",
        },
        check: Some(vague_wording),
        check_all: None,
    },
    Rule {
        id: "N802",
        name: "link-not-allowed",
        severity: Severity::Warning,
        articles: "Art. 12(1)",
        wp260: None,
        summary: "a link field is not an http, https, mailto or tel address, so it will not be a link",
        docs: Docs {
            what: "Fields the notice prints as links (`website`, `url`, `notice_url`, `policy_url`, `form`, `copy`, `client_notice`) must be absolute `http:`, `https:`, `mailto:` or `tel:` addresses. Anything else, including `www.example.be` without a scheme, is shown as plain text.",
            why: "Information must be easily accessible (Art. 12(1)); a copy of the safeguards or a partner's notice that cannot be opened is not. Other schemes (`javascript:`, `data:`, `file:`) are never made into links, for the reader's safety.",
            bad: "recipients:\n  - id: courier\n    notice_url: www.courier.example/privacy\n",
            good: "recipients:\n  - id: courier\n    notice_url: https://www.courier.example/privacy\n",
        },
        check: Some(links),
        check_all: None,
    },
];

/// Qualifiers WP260 gives as poor practice, and their French and Dutch counterparts.
fn qualifiers(lang: &str) -> &'static [&'static str] {
    match lang {
        "en" => &[
            "may", "might", "some", "often", "possible", "possibly", "perhaps",
        ],
        "fr" => &[
            "peut",
            "peuvent",
            "pourra",
            "pourrait",
            "pourraient",
            "pourrions",
            "éventuellement",
            "certains",
            "certaines",
            "parfois",
            "souvent",
            "possible",
            "possiblement",
            "susceptible",
            "susceptibles",
        ],
        "nl" => &[
            "kan",
            "kunnen",
            "mogelijk",
            "mogelijke",
            "eventueel",
            "eventuele",
            "sommige",
            "soms",
            "vaak",
            "wellicht",
            "misschien",
        ],
        _ => &[],
    }
}

/// Whether the qualifier at `k` in `words` is negated, which makes it definitive: "nous ne
/// pouvons pas", "kunnen wij … niet" say what does not happen.
fn negated(lang: &str, words: &[String], k: usize) -> bool {
    match lang {
        "fr" => k > 0 && matches!(words[k - 1].as_str(), "ne" | "n"),
        "nl" => words[k + 1..]
            .iter()
            .take(8)
            .any(|w| matches!(w.as_str(), "niet" | "geen" | "nooit")),
        _ => false,
    }
}

/// Whether the English "may" at `k` is the month: written "May" after the clause's first word
/// ("since 25 May 2018", "in May"), or before a number ("May 2018"). `words` are as written.
fn month(lang: &str, words: &[&str], k: usize) -> bool {
    let number = |w: Option<&&str>| w.is_some_and(|w| w.chars().all(|c| c.is_ascii_digit()));
    lang == "en" && words[k] == "May" && (k > 0 || number(words.get(k + 1)))
}

/// The qualifiers of `langs` in `text`, once each, in order of appearance.
fn vague_words(text: &str, langs: &[&str]) -> Vec<String> {
    let mut found: Vec<String> = Vec::new();
    // Negation does not reach across clauses.
    for clause in text.split(['.', ',', ';', ':', '!', '?']) {
        let written: Vec<&str> = clause
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect();
        let words: Vec<String> = written.iter().map(|w| w.to_lowercase()).collect();
        for (k, w) in words.iter().enumerate() {
            let vague = langs.iter().any(|l| {
                qualifiers(l).contains(&w.as_str())
                    && !negated(l, &words, k)
                    && !month(l, &written, k)
            });
            if vague && !found.contains(w) {
                found.push(w.clone());
            }
        }
    }
    found
}

pub fn vague_wording(cx: &Context, f: &mut Findings) {
    for (path, text) in texts(cx.decl()) {
        for (lang, t) in text.variants() {
            let langs: Vec<&str> = match lang {
                Some(l) => vec![l],
                None => cx.languages().iter().map(String::as_str).collect(),
            };
            let found = vague_words(t, &langs);
            if found.is_empty() {
                continue;
            }
            let (at, which) = match lang {
                Some(l) => (format!("{path}.{l}"), format!("the {l} text")),
                None => (path.clone(), "this text".to_owned()),
            };
            let words: Vec<String> = found.iter().map(|w| format!("“{w}”")).collect();
            f.at(
                &at,
                format!("{which} uses vague wording: {}", words.join(", ")),
                "say what you do and when, e.g. “we ask” rather than “we may ask”, “the invoices” rather than “some data”",
            );
        }
    }
}

/// The fields the templates print with `link()`.
const LINK_FIELDS: [&str; 7] = [
    "website",
    "url",
    "notice_url",
    "policy_url",
    "form",
    "copy",
    "client_notice",
];

pub fn links(cx: &Context, f: &mut Findings) {
    for (path, value) in strings(cx.decl()) {
        let field = path.rsplit('.').next().unwrap_or(&path);
        if LINK_FIELDS.contains(&field) && !allowed_link(value.trim()) {
            let fix = if value.contains('@') && !value.contains(':') {
                format!("write `mailto:{}`", value.trim())
            } else if value.trim_start().starts_with("www.") {
                format!("write `https://{}`", value.trim())
            } else {
                "write the full address, e.g. `https://www.example.be/privacy` or `mailto:privacy@example.be`".to_owned()
            };
            f.at(
                &path,
                format!(
                    "`{value}` is not a link the notice can print: only {} addresses are",
                    ALLOWED_SCHEMES.join(", ")
                ),
                fix,
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::vague_words;

    #[test]
    fn finds_whole_words_in_the_text_language_only() {
        assert_eq!(
            vague_words("We may share some data.", &["en"]),
            ["may", "some"]
        );
        assert!(vague_words("Maybe someone handsome.", &["en"]).is_empty());
        assert!(vague_words("Wij kunnen dat.", &["fr", "en"]).is_empty());
        assert_eq!(
            vague_words("Nous pourrions, parfois.", &["fr"]),
            ["pourrions", "parfois"]
        );
    }

    #[test]
    fn the_month_of_may_is_not_vague() {
        for dated in [
            "Since 25 May 2018 we keep invoices.",
            "The notice changed in May.",
            "May 2026: new processor.",
        ] {
            assert!(vague_words(dated, &["en"]).is_empty(), "{dated}");
        }
        assert_eq!(vague_words("May we call you?", &["en"]), ["may"]);
        assert_eq!(vague_words("We may call you in May.", &["en"]), ["may"]);
    }

    #[test]
    fn negations_are_definite() {
        assert!(vague_words("nous ne pouvons pas livrer", &["fr"]).is_empty());
        assert!(vague_words("dan kunnen wij uw fiets niet herstellen", &["nl"]).is_empty());
        assert_eq!(
            vague_words("wij kunnen dat, niet altijd", &["nl"]),
            ["kunnen"]
        );
        assert_eq!(vague_words("Elle peut changer.", &["fr"]), ["peut"]);
    }
}
