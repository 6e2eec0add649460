//! Rules on how the declaration is written: vague qualifiers, and links the notice cannot make.

use crate::declaration::{Text, is_language_key};
use crate::diagnostic::Severity;
use crate::i18n::Locales;
use crate::lint::phrasebook::{PhraseSet, Phrasebook};
use crate::lint::phrases::{Pattern, Phrases, Words};
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
            what: "Looks, as whole words and in the language of each text, for qualifiers WP260 gives as poor practice: \"may\", \"might\", \"some\", \"often\", \"possible\"…; French \"peut\", \"peuvent\", \"pourrait\", \"éventuellement\", \"certains\", \"parfois\"…; Dutch \"kan\", \"kunnen\", \"mogelijk\", \"eventueel\", \"sommige\", \"soms\"…. A text given as one string is checked against every language of the notice. Left alone: the Regulation's own formulas, where \"may\" grants the reader a right or states what the Regulation allows (\"you may lodge a complaint\", \"vous pouvez retirer votre consentement\", \"that period may be extended\", the definitions of Art. 4: \"peut être identifiée\", \"kan worden geïdentificeerd\"), and any clause of the tool's own fixed text (the locales) that a declaration repeats.",
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
    Rule {
        id: "N803",
        name: "text-key-not-a-language",
        severity: Severity::Error,
        articles: "Art. 12(1)",
        wp260: None,
        summary: "a key of a per-language text is not a language code, usually because the text was cut at a comma",
        docs: Docs {
            what: "Every key of a per-language text must be a language code (`fr`, `nl`, `en`, `de-CH`). In a mapping written on one line, `{fr: Construire, exploiter et sécuriser notre réseau}` is valid YAML whose French text is only \"Construire\": the comma ends it, and \"exploiter et sécuriser notre réseau\" becomes a second key with no text. A key with spaces, or with nothing after it, is reported as such a cut, with the quoted text to write; any other key (`EN`, `english`) as a key that is not a language code.",
            why: "The notice would print the truncated text, and the rest of the sentence nowhere: each language version must be complete and intelligible (Art. 12(1)). YAML gives no error, so only lint can see it.",
            bad: "purposes:\n  - id: network\n    label: {fr: Construire, exploiter et sécuriser notre réseau}\n",
            good: "purposes:\n  - id: network\n    label: {fr: \"Construire, exploiter et sécuriser notre réseau\"}\n",
        },
        check: Some(language_keys),
        check_all: None,
    },
];

/// Qualifiers WP260 gives as poor practice, and their counterparts in each language.
pub static QUALIFIERS: PhraseSet = PhraseSet::new("vague-qualifiers", "vague qualifiers", "N801");

/// The Regulation's own formulas, as notices render them: "may" there grants the reader a
/// right ("you may lodge a complaint", Art. 77) or states what the Regulation itself allows
/// ("that period may be extended", Art. 12(3); the definitions of Art. 4), so it is not the
/// hedge WP260 warns about.
pub(crate) static FORMULAS: PhraseSet =
    PhraseSet::new("regulation-formulas", "the Regulation's formulas", "N801");

/// The clauses of the tool's fixed text (every message of every locale) that use a
/// qualifier: the notice prints them itself, so a declaration that repeats them is not
/// faulted for them. Built once per run (see [`crate::lint::Context::fixed_wording`]).
pub fn fixed_wording(locales: &Locales) -> Phrases {
    let qualifiers = locales.phrases().get(&QUALIFIERS);
    let by_lang = locales
        .languages()
        .map(|lang| {
            let mut patterns = Vec::new();
            for text in locales.fixed_texts(lang) {
                let words = Words::new(text.as_str());
                let hits = qualifiers.find_all(&words, &[lang]);
                // A clause of a few words ("May", a month's name) would excuse every use.
                for clause in words.clauses().into_iter().filter(|c| c.end - c.first >= 3) {
                    let vague = hits
                        .iter()
                        .any(|h| (clause.first..clause.end).contains(&h.first));
                    if vague && let Some(p) = Pattern::literal(words.excerpt(clause)) {
                        patterns.push(p);
                    }
                }
            }
            (lang.to_owned(), patterns)
        })
        .collect();
    Phrases::new(by_lang)
}

/// Whether the qualifier at `k` is negated, which makes it definitive: "nous ne
/// pouvons pas", "kunnen wij … niet", "können wir … nicht" say what does not happen.
/// Negation does not reach across clauses.
fn negated(lang: &str, words: &Words, k: usize) -> bool {
    let w = &words.words;
    // Dutch and German put the negation after the verb, within the next few words.
    let followed_by = |negations: &[&str]| {
        (k + 1..w.len())
            .take(8)
            .take_while(|&j| words.same_clause(k, j))
            .any(|j| negations.contains(&words.norm(j)))
    };
    match lang {
        "fr" => k > 0 && words.same_clause(k - 1, k) && matches!(words.norm(k - 1), "ne" | "n"),
        "nl" => followed_by(&["niet", "geen", "nooit"]),
        "de" => followed_by(&[
            "nicht", "kein", "keine", "keinen", "keinem", "nie", "niemals", "weder",
        ]),
        _ => false,
    }
}

/// Whether the English "may" at `k` is the month: written "May" after the clause's first word
/// ("since 25 May 2018", "in May"), or before a number ("May 2018").
fn month(lang: &str, words: &Words, k: usize) -> bool {
    let number = |j: usize| {
        j < words.words.len()
            && words.same_clause(k, j)
            && words.norm(j).bytes().all(|c| c.is_ascii_digit())
    };
    lang == "en"
        && words.written(k) == "May"
        && ((k > 0 && words.same_clause(k - 1, k)) || number(k + 1))
}

/// The qualifiers of `langs` in `words`, once each, in order of appearance, leaving out the
/// Regulation's formulas and the clauses of `fixed` (the tool's own wording).
fn vague_words(book: &Phrasebook, words: &Words, langs: &[&str], fixed: &Phrases) -> Vec<String> {
    let qualifiers: Vec<(&str, usize)> = langs
        .iter()
        .flat_map(|lang| {
            let found = book.get(&QUALIFIERS).find_all(words, &[lang]);
            found.into_iter().map(move |h| (*lang, h.first))
        })
        .collect();
    // Most texts have no qualifier: the exemptions (hundreds of clauses) are looked for only
    // in those that do.
    if qualifiers.is_empty() {
        return Vec::new();
    }
    let mut exempt = book.get(&FORMULAS).find_all(words, langs);
    exempt.extend(fixed.find_all(words, langs));
    let mut hits: Vec<(usize, String)> = Vec::new();
    for (lang, k) in qualifiers {
        let excused = exempt.iter().any(|e| (e.first..e.end).contains(&k));
        if !excused && !negated(lang, words, k) && !month(lang, words, k) {
            hits.push((k, words.written(k).to_lowercase()));
        }
    }
    hits.sort();
    let mut found: Vec<String> = Vec::new();
    for (_, w) in hits {
        if !found.contains(&w) {
            found.push(w);
        }
    }
    found
}

pub fn vague_wording(cx: &Context, f: &mut Findings) {
    let fixed = cx.fixed_wording();
    for v in cx.variants() {
        let found = vague_words(cx.locales.phrases(), &v.words, &v.langs(), fixed);
        if found.is_empty() {
            continue;
        }
        let words: Vec<String> = found.iter().map(|w| format!("“{w}”")).collect();
        f.at(
            &v.at,
            format!("{} uses vague wording: {}", v.which(), words.join(", ")),
            "say what you do and when, e.g. “we ask” rather than “we may ask”, “the invoices” rather than “some data”",
        );
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
    for (path, value) in cx.strings() {
        let field = path.rsplit('.').next().unwrap_or(path);
        if LINK_FIELDS.contains(&field) && !allowed_link(value.trim()) {
            let fix = if value.contains('@') && !value.contains(':') {
                format!("write `mailto:{}`", value.trim())
            } else if value.trim_start().starts_with("www.") {
                format!("write `https://{}`", value.trim())
            } else {
                "write the full address, e.g. `https://www.example.be/privacy` or `mailto:privacy@example.be`".to_owned()
            };
            f.at(
                path,
                format!(
                    "`{value}` is not a link the notice can print: only {} addresses are",
                    ALLOWED_SCHEMES.join(", ")
                ),
                fix,
            );
        }
    }
}

/// Reports the keys of per-language texts that are not language codes. A run of such keys
/// right after a language's text, the first with spaces or no text of its own, is what YAML
/// makes of `{fr: a, b c}`: one finding, with the text put back together and quoted.
pub fn language_keys(cx: &Context, f: &mut Findings) {
    for (path, text) in cx.texts() {
        let Text::PerLang(entries) = text else {
            continue;
        };
        let mut k = 0;
        while k < entries.len() {
            if is_language_key(&entries[k].0) {
                k += 1;
                continue;
            }
            let run_end = (k..entries.len())
                .find(|&j| is_language_key(&entries[j].0))
                .unwrap_or(entries.len());
            let (key, value) = &entries[k];
            let at = format!("{path}.{key}");
            let cut = key.chars().any(char::is_whitespace) || value.trim().is_empty();
            if !cut {
                let lower = key.to_lowercase();
                let help = if is_language_key(&lower) {
                    format!("write `{lower}`")
                } else {
                    format!(
                        "use the language code, e.g. {}",
                        cx.languages()
                            .iter()
                            .map(|l| format!("`{l}`"))
                            .collect::<Vec<_>>()
                            .join(", ")
                    )
                };
                f.at_key(
                    &at,
                    format!("`{key}` is not a language code, so this text is in no language"),
                    help,
                );
                k += 1;
                continue;
            }
            let help = match k.checked_sub(1) {
                Some(s) if is_language_key(&entries[s].0) => {
                    let (lang, first) = &entries[s];
                    let mut whole = first.clone();
                    for (rk, rv) in &entries[k..run_end] {
                        whole.push_str(", ");
                        whole.push_str(rk);
                        if !rv.trim().is_empty() {
                            whole.push_str(": ");
                            whole.push_str(rv);
                        }
                    }
                    format!(
                        "put the whole text in quotes, so that its comma does not end it: `{lang}: \"{}\"`",
                        whole.replace('\\', "\\\\").replace('"', "\\\"")
                    )
                }
                _ => format!(
                    "put the text in quotes where it begins, so that its comma does not end it, e.g. `fr: \"…, {key}\"`"
                ),
            };
            let cut_from = match k.checked_sub(1).map(|s| &entries[s].0) {
                Some(l) if is_language_key(l) => format!("the {l} text"),
                _ => "the text".to_owned(),
            };
            f.at_key(
                &at,
                format!(
                    "{cut_from} was probably cut at a comma: “{key}” became a key of its own, and it is not a language code"
                ),
                help,
            );
            k = run_end;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{Phrases, Words, fixed_wording};
    use crate::i18n::Locales;
    use crate::lint::phrasebook::builtin;

    fn vague_words(words: &Words, langs: &[&str], fixed: &Phrases) -> Vec<String> {
        super::vague_words(builtin(), words, langs, fixed)
    }

    fn vague(text: &str, langs: &[&str]) -> Vec<String> {
        vague_words(&Words::new(text), langs, &Phrases::default())
    }

    #[test]
    fn finds_whole_words_in_the_text_language_only() {
        assert_eq!(vague("We may share some data.", &["en"]), ["may", "some"]);
        assert!(vague("Maybe someone handsome.", &["en"]).is_empty());
        assert!(vague("Wij kunnen dat.", &["fr", "en"]).is_empty());
        assert_eq!(
            vague("Nous pourrions, parfois.", &["fr"]),
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
            assert!(vague(dated, &["en"]).is_empty(), "{dated}");
        }
        assert_eq!(vague("May we call you?", &["en"]), ["may"]);
        assert_eq!(vague("We may call you in May.", &["en"]), ["may"]);
    }

    #[test]
    fn negations_are_definite() {
        assert!(vague("nous ne pouvons pas livrer", &["fr"]).is_empty());
        assert!(vague("dan kunnen wij uw fiets niet herstellen", &["nl"]).is_empty());
        assert_eq!(vague("wij kunnen dat, niet altijd", &["nl"]), ["kunnen"]);
        assert_eq!(vague("Elle peut changer.", &["fr"]), ["peut"]);
        assert!(vague("ohne sie könnten wir Ihr Fahrrad nicht reparieren", &["de"]).is_empty());
        assert_eq!(
            vague("Wir könnten einige Daten weitergeben.", &["de"]),
            ["könnten", "einige"]
        );
        // German "können" says what one can do, not what might happen.
        assert!(vague("Sie können dann im Geschäft bestellen.", &["de"]).is_empty());
    }

    #[test]
    fn the_regulations_formulas_are_not_vague() {
        for (text, lang) in [
            (
                "You may lodge a complaint with the Data Protection Authority.",
                "en",
            ),
            ("You may withdraw your consent at any time.", "en"),
            ("That period may be extended by two further months.", "en"),
            (
                "une personne physique qui peut être identifiée, directement ou indirectement",
                "fr",
            ),
            ("le responsable du traitement peut être désigné", "fr"),
            ("Les clients peuvent s'opposer au traitement.", "fr"),
            (
                "U kan een klacht indienen bij de Gegevensbeschermingsautoriteit.",
                "nl",
            ),
            ("U kan uw toestemming op elk moment intrekken.", "nl"),
        ] {
            assert!(vague(text, &[lang]).is_empty(), "{text}");
        }
        // The hedge next to a formula is still found.
        assert_eq!(
            vague("We may share your data; you may object.", &["en"]),
            ["may"]
        );
    }

    #[test]
    fn the_tools_own_wording_is_not_vague() {
        let locales = Locales::load(None).unwrap();
        let fixed = fixed_wording(&locales);
        // Sentences the locales print, repeated in a declaration.
        let repeated = "You can object to some processing at any time.";
        assert_eq!(vague(repeated, &["en"]), ["some"]);
        assert!(vague_words(&Words::new(repeated), &["en"], &fixed).is_empty());
        let nl = "Voor sommige verwerkingen bepalen wij samen met X de doeleinden en middelen.";
        assert!(vague_words(&Words::new(nl), &["nl"], &fixed).is_empty());
        // Only the clause the locale has is excused; the name of the month excuses nothing.
        assert_eq!(
            vague_words(&Words::new("We may change this notice."), &["en"], &fixed),
            ["may"]
        );
        assert_eq!(
            vague_words(
                &Words::new(
                    "You can object to some processing at any time, and some data are kept."
                ),
                &["en"],
                &fixed
            ),
            ["some"]
        );
    }
}
