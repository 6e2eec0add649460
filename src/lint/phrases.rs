//! The one phrase matcher of the rules: every phrase set they look for in free text (vague
//! qualifiers and retention formulas, unlawful sentences, names of former authorities, the
//! Regulation's own wording) is written in the small pattern language below and matched here.
//!
//! Texts and patterns are compared word by word, after the same normalisation: lower case,
//! accents removed (`nécessaire` = `necessaire`, so a notice typed without accents still
//! matches), apostrophes and hyphens separating words (`l'exige` is `l exige`). A pattern is
//! a list of words separated by spaces:
//!
//! | item | matches |
//! |---|---|
//! | `loi` | the word `loi` |
//! | `accept*` | a word that starts with `accept` (`accepte`, `acceptez`, `accepted`): inflections |
//! | `*wet` | a word longer than `wet` that ends with it (`telecommunicatiewet`): compounds |
//! | `cette\|notre` | either word (each alternative may have a `*`) |
//! | `la?` | the word `la`, or nothing |
//! | `…` / `…6` | up to 4 / up to 6 words of any kind |
//!
//! A match never crosses the end of a sentence (`.`, `;`, `:`, `!`, `?`, a line break), so a
//! gap cannot join two statements.

use std::sync::OnceLock;

use crate::declaration::walk::texts;
use crate::declaration::{Declaration, Text};

/// A word of a text: its normalised form and where it is in the text.
#[derive(Clone, Debug)]
pub struct Word {
    pub norm: String,
    /// Byte range in the original text.
    pub start: usize,
    pub end: usize,
    sentence: u32,
    /// Commas and brackets also end a clause.
    clause: u32,
}

/// A text cut into words.
pub struct Words<'t> {
    pub text: &'t str,
    pub words: Vec<Word>,
}

/// Where a pattern matched: the words `first..end`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Found {
    pub first: usize,
    pub end: usize,
}

impl<'t> Words<'t> {
    pub fn new(text: &'t str) -> Words<'t> {
        let mut words = Vec::new();
        let (mut sentence, mut clause) = (0, 0);
        let mut current: Option<Word> = None;
        let mut chars = text.char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            if c.is_alphanumeric() {
                let w = current.get_or_insert_with(|| Word {
                    norm: String::new(),
                    start: i,
                    end: i,
                    sentence,
                    clause,
                });
                fold(c, &mut w.norm);
                w.end = i + c.len_utf8();
                continue;
            }
            words.extend(current.take());
            let next_is_space = chars.peek().is_none_or(|(_, n)| n.is_whitespace());
            // A full stop inside a word (`III.86`, `privacycommission.be`) ends nothing.
            let ends_sentence =
                matches!(c, ';' | ':' | '!' | '?' | '\n' | '…') || (c == '.' && next_is_space);
            if ends_sentence {
                sentence += 1;
            }
            if ends_sentence || matches!(c, ',' | '(' | ')' | '–' | '—') {
                clause += 1;
            }
        }
        words.extend(current);
        Words { text, words }
    }

    /// The text a match covers, as written.
    pub fn excerpt(&self, f: Found) -> &'t str {
        &self.text[self.words[f.first].start..self.words[f.end - 1].end]
    }

    /// The word at `k` as written.
    pub fn written(&self, k: usize) -> &'t str {
        &self.text[self.words[k].start..self.words[k].end]
    }

    /// Each clause of the text, as the range of its words.
    pub fn clauses(&self) -> Vec<Found> {
        let mut out: Vec<Found> = Vec::new();
        for (k, w) in self.words.iter().enumerate() {
            match out.last_mut() {
                Some(c) if self.words[c.first].clause == w.clause => c.end = k + 1,
                _ => out.push(Found {
                    first: k,
                    end: k + 1,
                }),
            }
        }
        out
    }

    /// Whether the words at `a` and `b` are in the same clause.
    pub fn same_clause(&self, a: usize, b: usize) -> bool {
        self.words[a].clause == self.words[b].clause
    }
}

/// Lower case without accents: what words and patterns are compared in.
fn fold(c: char, out: &mut String) {
    for l in c.to_lowercase() {
        match l {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' => out.push('a'),
            'ç' => out.push('c'),
            'è' | 'é' | 'ê' | 'ë' => out.push('e'),
            'ì' | 'í' | 'î' | 'ï' => out.push('i'),
            'ñ' => out.push('n'),
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' => out.push('o'),
            'ù' | 'ú' | 'û' | 'ü' => out.push('u'),
            'ý' | 'ÿ' => out.push('y'),
            'œ' => out.push_str("oe"),
            'æ' => out.push_str("ae"),
            'ß' => out.push_str("ss"),
            other => out.push(other),
        }
    }
}

/// One alternative of a pattern word.
#[derive(Clone, Debug)]
struct Alt {
    stem: String,
    /// `stem*`: inflections.
    prefix: bool,
    /// `*stem`: compounds.
    suffix: bool,
}

impl Alt {
    fn matches(&self, w: &str) -> bool {
        match (self.prefix, self.suffix) {
            (false, false) => w == self.stem,
            (true, false) => w.starts_with(&self.stem),
            (false, true) => w.len() > self.stem.len() && w.ends_with(&self.stem),
            (true, true) => w.len() > self.stem.len() && w.contains(&self.stem),
        }
    }
}

#[derive(Clone, Debug)]
enum Item {
    Word(Vec<Alt>),
    Optional(Vec<Alt>),
    Gap(usize),
}

/// A compiled pattern.
#[derive(Clone, Debug)]
pub struct Pattern {
    items: Vec<Item>,
}

/// How many words `…` skips at most when no number follows it.
const DEFAULT_GAP: usize = 4;

impl Pattern {
    /// Compiles a pattern written in the language of this module.
    pub fn parse(spec: &str) -> Result<Pattern, String> {
        let mut items = Vec::new();
        for raw in spec.split_whitespace() {
            if let Some(n) = raw.strip_prefix('…') {
                let n = if n.is_empty() {
                    DEFAULT_GAP
                } else {
                    n.parse()
                        .map_err(|_| format!("`{spec}`: `{raw}` is not a gap"))?
                };
                items.push(Item::Gap(n));
                continue;
            }
            let (body, optional) = match raw.strip_suffix('?') {
                Some(b) => (b, true),
                None => (raw, false),
            };
            let plain = !body.contains(['|', '*']);
            // `l'exige`, `e-mail`: written as one word, compared as several, like the text.
            if plain && !optional {
                let words = Words::new(body);
                if words.words.is_empty() {
                    return Err(format!("`{spec}`: `{raw}` has no word"));
                }
                items.extend(words.words.into_iter().map(|w| {
                    Item::Word(vec![Alt {
                        stem: w.norm,
                        prefix: false,
                        suffix: false,
                    }])
                }));
                continue;
            }
            let mut alts = Vec::new();
            for a in body.split('|') {
                let (a, suffix) = a.strip_prefix('*').map_or((a, false), |s| (s, true));
                let (a, prefix) = a.strip_suffix('*').map_or((a, false), |s| (s, true));
                let mut stem = String::new();
                for c in a.chars() {
                    if !c.is_alphanumeric() {
                        return Err(format!(
                            "`{spec}`: `{a}` must be one word in an alternative"
                        ));
                    }
                    fold(c, &mut stem);
                }
                if stem.is_empty() {
                    return Err(format!("`{spec}`: empty alternative in `{raw}`"));
                }
                alts.push(Alt {
                    stem,
                    prefix,
                    suffix,
                });
            }
            items.push(if optional {
                Item::Optional(alts)
            } else {
                Item::Word(alts)
            });
        }
        let gap_at_end = matches!(items.first(), Some(Item::Gap(_)))
            || matches!(items.last(), Some(Item::Gap(_)));
        if gap_at_end || !items.iter().any(|i| matches!(i, Item::Word(_))) {
            return Err(format!(
                "`{spec}`: a pattern needs a word, and starts and ends with one"
            ));
        }
        Ok(Pattern { items })
    }

    /// The words of `text`, matched as they are (for names and sentences taken from data).
    pub fn literal(text: &str) -> Option<Pattern> {
        let items: Vec<Item> = Words::new(text)
            .words
            .into_iter()
            .map(|w| {
                Item::Word(vec![Alt {
                    stem: w.norm,
                    prefix: false,
                    suffix: false,
                }])
            })
            .collect();
        (!items.is_empty()).then_some(Pattern { items })
    }

    /// The first match of this pattern in `words`.
    pub fn find(&self, words: &Words) -> Option<Found> {
        (0..words.words.len()).find_map(|i| {
            self.match_at(&words.words, i)
                .map(|end| Found { first: i, end })
        })
    }

    /// The end of a match that starts at word `i`, if there is one.
    fn match_at(&self, words: &[Word], i: usize) -> Option<usize> {
        let sentence = words.get(i)?.sentence;
        match_items(&self.items, words, i, sentence)
    }
}

fn match_items(items: &[Item], words: &[Word], i: usize, sentence: u32) -> Option<usize> {
    let Some((item, rest)) = items.split_first() else {
        return Some(i);
    };
    let here = |alts: &[Alt]| {
        words
            .get(i)
            .is_some_and(|w| w.sentence == sentence && alts.iter().any(|a| a.matches(&w.norm)))
    };
    match item {
        Item::Word(alts) => here(alts)
            .then(|| match_items(rest, words, i + 1, sentence))
            .flatten(),
        Item::Optional(alts) => here(alts)
            .then(|| match_items(rest, words, i + 1, sentence))
            .flatten()
            .or_else(|| match_items(rest, words, i, sentence)),
        // The shortest gap first: the excerpt quoted in a message stays short.
        Item::Gap(n) => (0..=*n)
            .take_while(|k| *k == 0 || words.get(i + k - 1).is_some_and(|w| w.sentence == sentence))
            .find_map(|k| match_items(rest, words, i + k, sentence)),
    }
}

/// Patterns per language.
#[derive(Clone, Debug, Default)]
pub struct Phrases {
    by_lang: Vec<(String, Vec<Pattern>)>,
}

impl Phrases {
    pub fn new(by_lang: Vec<(String, Vec<Pattern>)>) -> Phrases {
        Phrases { by_lang }
    }

    fn patterns<'a>(&'a self, langs: &'a [&str]) -> impl Iterator<Item = &'a Pattern> + 'a {
        self.by_lang
            .iter()
            .filter(|(l, _)| langs.contains(&l.as_str()))
            .flat_map(|(_, ps)| ps)
    }

    /// The first match in `words` of a pattern of one of `langs`.
    pub fn find(&self, words: &Words, langs: &[&str]) -> Option<Found> {
        (0..words.words.len()).find_map(|i| {
            self.patterns(langs).find_map(|p| {
                p.match_at(&words.words, i)
                    .map(|end| Found { first: i, end })
            })
        })
    }

    /// Every match, left to right, none overlapping the one before.
    pub fn find_all(&self, words: &Words, langs: &[&str]) -> Vec<Found> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < words.words.len() {
            let hit = self
                .patterns(langs)
                .find_map(|p| p.match_at(&words.words, i));
            match hit {
                Some(end) => {
                    out.push(Found { first: i, end });
                    i = end.max(i + 1);
                }
                None => i += 1,
            }
        }
        out
    }

    /// Whether some pattern of `langs` matches somewhere in `words`.
    pub fn occurs(&self, words: &Words, langs: &[&str]) -> bool {
        self.find(words, langs).is_some()
    }

    /// The languages this set has patterns for.
    pub fn languages(&self) -> impl Iterator<Item = &str> {
        self.by_lang.iter().map(|(l, _)| l.as_str())
    }
}

/// A phrase set written in the source: patterns per language, compiled on first use.
pub struct PhraseSet {
    /// Names the set in the message of a pattern that does not compile.
    name: &'static str,
    specs: &'static [(&'static str, &'static [&'static str])],
    compiled: OnceLock<Phrases>,
}

impl PhraseSet {
    pub const fn new(
        name: &'static str,
        specs: &'static [(&'static str, &'static [&'static str])],
    ) -> PhraseSet {
        PhraseSet {
            name,
            specs,
            compiled: OnceLock::new(),
        }
    }

    /// The compiled set. A pattern that does not compile is a bug in the source, caught by
    /// [`PhraseSet::check`] in the unit tests of the module that declares the set.
    pub fn get(&self) -> &Phrases {
        self.compiled.get_or_init(|| {
            self.try_compile()
                .unwrap_or_else(|e| panic!("phrase set {}: {e}", self.name))
        })
    }

    fn try_compile(&self) -> Result<Phrases, String> {
        let mut by_lang = Vec::new();
        for (lang, specs) in self.specs {
            let patterns = specs
                .iter()
                .map(|s| Pattern::parse(s))
                .collect::<Result<Vec<_>, _>>()?;
            by_lang.push(((*lang).to_owned(), patterns));
        }
        Ok(Phrases::new(by_lang))
    }

    /// What the set is, in words: "vague qualifiers".
    pub fn name(&self) -> &'static str {
        self.name
    }

    /// Whether the set has patterns in `lang`: without them, the rules that use it cannot read
    /// that language's texts (N014 says so).
    pub fn covers(&self, lang: &str) -> bool {
        self.specs
            .iter()
            .any(|(l, specs)| *l == lang && !specs.is_empty())
    }

    /// For tests: every pattern compiles, and every built-in language has some.
    pub fn check(&self) -> Result<(), String> {
        self.try_compile()?;
        for lang in crate::i18n::builtin_languages() {
            if !self.specs.iter().any(|(l, s)| *l == lang && !s.is_empty()) {
                return Err(format!("phrase set {} has no {lang} phrases", self.name));
            }
        }
        Ok(())
    }

    pub fn find(&self, words: &Words, langs: &[&str]) -> Option<Found> {
        self.get().find(words, langs)
    }

    pub fn find_all(&self, words: &Words, langs: &[&str]) -> Vec<Found> {
        self.get().find_all(words, langs)
    }

    pub fn occurs(&self, words: &Words, langs: &[&str]) -> bool {
        self.get().occurs(words, langs)
    }
}

/// One language version of a free text of a declaration: what phrase rules scan.
pub struct Variant {
    /// The text's own path (`purposes[0].description`).
    pub text_path: String,
    /// Where a finding points: the language's entry (`purposes[0].description.fr`), or the
    /// text itself when it is one string.
    pub at: String,
    /// The language it is written in; `None` for one string, which is read in every
    /// language of the notice.
    pub lang: Option<String>,
    /// The languages whose phrases apply to it.
    pub langs: Vec<String>,
    pub text: String,
}

impl Variant {
    pub fn langs(&self) -> Vec<&str> {
        self.langs.iter().map(String::as_str).collect()
    }

    /// "the fr text", or "this text" for one string: how messages name it.
    pub fn which(&self) -> String {
        match &self.lang {
            Some(l) => format!("the {l} text"),
            None => "this text".to_owned(),
        }
    }
}

/// Every language version of every free text of `decl`, in declaration order.
pub fn variants(decl: &Declaration, notice_langs: &[String]) -> Vec<Variant> {
    let mut out = Vec::new();
    // An illustration's note and assumptions speak about the notice (what the original said,
    // what was corrected): they are not the organisation's statements, so phrase rules skip them.
    let texts = texts(decl)
        .into_iter()
        .filter(|(path, _)| !path.starts_with("notice.illustration"));
    for (path, text) in texts {
        match text {
            Text::Same(t) => out.push(Variant {
                at: path.clone(),
                text_path: path,
                lang: None,
                langs: notice_langs.to_vec(),
                text: t,
            }),
            Text::PerLang(v) => out.extend(v.into_iter().map(|(l, t)| Variant {
                at: format!("{path}.{l}"),
                text_path: path.clone(),
                langs: vec![l.clone()],
                lang: Some(l),
                text: t,
            })),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn first(spec: &str, text: &str) -> Option<String> {
        let p = Phrases::new(vec![("fr".into(), vec![Pattern::parse(spec).unwrap()])]);
        let w = Words::new(text);
        p.find(&w, &["fr"]).map(|f| w.excerpt(f).to_owned())
    }

    #[test]
    fn whole_words_ignoring_case_and_accents() {
        assert_eq!(
            first(
                "aussi longtemps que la loi l'exige",
                "Conservées aussi longtemps que la loi l’exige."
            ),
            Some("aussi longtemps que la loi l’exige".into())
        );
        assert!(first("necessaire", "le temps NÉCESSAIRE").is_some());
        assert!(first("cbp", "the cbpl said").is_none());
        assert!(first("privacycommission.be", "www.privacycommission.be").is_some());
    }

    #[test]
    fn inflections_compounds_alternatives_and_options() {
        assert!(
            first(
                "accept* la|cette politique",
                "vous acceptez cette politique"
            )
            .is_some()
        );
        assert!(first("*wet", "de Telecommunicatiewet").is_some());
        assert!(first("*wet", "volgens de wet").is_none());
        assert!(first("zo? lang als nodig", "lang als nodig").is_some());
        assert!(first("zo? lang als nodig", "zo lang als nodig").is_some());
    }

    #[test]
    fn gaps_stay_within_a_sentence() {
        assert!(
            first(
                "accept* …3 politique",
                "il accepte expressément la politique"
            )
            .is_some()
        );
        assert!(
            first(
                "accept* …3 politique",
                "il accepte les cookies. La politique"
            )
            .is_none()
        );
        assert!(
            first(
                "accept* … politique",
                "il accepte un deux trois quatre cinq politique"
            )
            .is_none()
        );
        // A comma does not end a sentence.
        assert!(
            first(
                "demande …6 autorité",
                "votre demande, ou une plainte, à l'Autorité"
            )
            .is_some()
        );
    }

    #[test]
    fn malformed_patterns_are_refused() {
        for bad in ["… loi", "loi …", "a|b'c", "", "x|", "la?"] {
            assert!(Pattern::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn clauses_and_excerpts() {
        let w = Words::new("Nous ne pouvons pas, hélas. Kan");
        assert!(w.same_clause(0, 3));
        assert!(!w.same_clause(3, 4));
        assert_eq!(w.written(4), "hélas");
    }
}
