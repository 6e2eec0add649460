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
//!
//! The rules' patterns are data, in each language's `phrases.yaml`, loaded by
//! [`super::phrasebook`].

use std::borrow::Cow;
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, OnceLock};

use aho_corasick::automaton::Automaton;
use aho_corasick::dfa;
use aho_corasick::{AhoCorasick, Anchored, MatchKind, StartKind};

use crate::declaration::Text;

/// A word of a text: where it is, and where its normalised form is.
#[derive(Clone, Debug)]
pub struct Word {
    /// Byte range in the original text.
    pub start: usize,
    pub end: usize,
    /// Byte range in [`Words::norm`].
    norm_start: u32,
    norm_end: u32,
    sentence: u32,
    /// Commas and brackets also end a clause.
    clause: u32,
}

/// A text cut into words.
pub struct Words<'t> {
    text: Cow<'t, str>,
    pub words: Vec<Word>,
    /// Every word's normalised form, one space between them: what the automata scan.
    norm: String,
    /// The stems found in the text, per table of stems it was scanned with (by its key): a
    /// language's phrase lists share one table, so a text is scanned once for all of them.
    hits: RefCell<Vec<(usize, Rc<Hits>)>>,
}

/// Where a pattern matched: the words `first..end`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Found {
    pub first: usize,
    pub end: usize,
}

impl<'t> Words<'t> {
    /// Cuts `text` (borrowed, or owned by the result) into words.
    pub fn new(text: impl Into<Cow<'t, str>>) -> Words<'t> {
        let text = text.into();
        // About one word in six bytes of prose: room for them at once, not grown four times.
        let mut words: Vec<Word> = Vec::with_capacity(text.len() / 6 + 1);
        let mut norm = String::with_capacity(text.len());
        let (mut sentence, mut clause) = (0, 0);
        let mut in_word = false;
        let bytes = text.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            // A space between words, the commonest character after letters, ends a word only.
            if bytes[i] == b' ' {
                in_word = false;
                i += 1;
                continue;
            }
            // Most of a text is ASCII: a run of ASCII letters and digits is taken at once, and
            // only other characters are decoded.
            let (c, len) = if bytes[i].is_ascii() {
                (bytes[i] as char, 1)
            } else {
                let c = text[i..].chars().next().unwrap_or_default();
                (c, c.len_utf8())
            };
            if c.is_alphanumeric() {
                if !in_word {
                    if !norm.is_empty() {
                        norm.push(' ');
                    }
                    words.push(Word {
                        start: i,
                        end: i,
                        norm_start: norm.len() as u32,
                        norm_end: 0,
                        sentence,
                        clause,
                    });
                    in_word = true;
                }
                let end = if c.is_ascii() {
                    let run = bytes[i..]
                        .iter()
                        .position(|b| !b.is_ascii_alphanumeric())
                        .unwrap_or(bytes.len() - i);
                    let at = norm.len();
                    norm.push_str(&text[i..i + run]);
                    norm[at..].make_ascii_lowercase();
                    i + run
                } else {
                    fold(c, &mut norm);
                    i + len
                };
                if let Some(w) = words.last_mut() {
                    w.end = end;
                    w.norm_end = norm.len() as u32;
                }
                i = end;
                continue;
            }
            in_word = false;
            i += len;
            // A full stop inside a word (`III.86`, `privacycommission.be`) ends nothing.
            let ends_sentence = matches!(c, ';' | ':' | '!' | '?' | '\n' | '…')
                || (c == '.' && text[i..].chars().next().is_none_or(char::is_whitespace));
            if ends_sentence {
                sentence += 1;
            }
            if ends_sentence || matches!(c, ',' | '(' | ')' | '–' | '—') {
                clause += 1;
            }
        }
        Words {
            text,
            words,
            norm,
            hits: RefCell::new(Vec::new()),
        }
    }

    /// The text, as written.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The normalised form of the word at `k` (lower case, no accents).
    pub fn norm(&self, k: usize) -> &str {
        let w = &self.words[k];
        &self.norm[w.norm_start as usize..w.norm_end as usize]
    }

    /// The text a match covers, as written.
    pub fn excerpt(&self, f: Found) -> &str {
        &self.text[self.words[f.first].start..self.words[f.end - 1].end]
    }

    /// The word at `k` as written.
    pub fn written(&self, k: usize) -> &str {
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

    /// The stems of `stems` found in the text: scanned on first use, then remembered.
    fn hits(&self, stems: &Stems) -> Rc<Hits> {
        if let Some((_, hits)) = self.hits.borrow().iter().find(|(key, _)| *key == stems.key) {
            return Rc::clone(hits);
        }
        let hits = Rc::new(stems.scan(self));
        self.hits.borrow_mut().push((stems.key, Rc::clone(&hits)));
        hits
    }

    /// Whether the words at `a` and `b` are in the same clause.
    pub fn same_clause(&self, a: usize, b: usize) -> bool {
        self.words[a].clause == self.words[b].clause
    }
}

/// Lower case without accents: what words and patterns are compared in.
fn fold(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
        return;
    }
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

/// Where a stem was found in a word.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Place {
    /// It is the word.
    Whole,
    /// The word starts with it and is longer.
    Start,
    /// The word ends with it and is longer.
    End,
    /// Elsewhere inside the word.
    Inside,
}

/// One alternative of a pattern word.
#[derive(Clone, Debug)]
struct Alt {
    stem: String,
    /// The stem's number in the automaton of the set the pattern is compiled into.
    id: u32,
    /// `stem*`: inflections.
    prefix: bool,
    /// `*stem`: compounds.
    suffix: bool,
}

impl Alt {
    fn new(stem: String, prefix: bool, suffix: bool) -> Alt {
        Alt {
            stem,
            id: 0,
            prefix,
            suffix,
        }
    }

    /// Whether a word in which the stem was found at `place` matches this alternative.
    fn matches(&self, place: Place) -> bool {
        match (self.prefix, self.suffix) {
            (false, false) => place == Place::Whole,
            (true, false) => matches!(place, Place::Whole | Place::Start),
            (false, true) => place == Place::End,
            (true, true) => place != Place::Whole,
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
                items.extend(
                    (0..words.words.len()).map(|k| {
                        Item::Word(vec![Alt::new(words.norm(k).to_owned(), false, false)])
                    }),
                );
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
                alts.push(Alt::new(stem, prefix, suffix));
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
        let words = Words::new(text);
        let items: Vec<Item> = (0..words.words.len())
            .map(|k| Item::Word(vec![Alt::new(words.norm(k).to_owned(), false, false)]))
            .collect();
        (!items.is_empty()).then_some(Pattern { items })
    }

    fn alts(&self) -> impl Iterator<Item = &Alt> {
        self.items.iter().flat_map(|i| match i {
            Item::Word(alts) | Item::Optional(alts) => alts.as_slice(),
            Item::Gap(_) => &[],
        })
    }

    fn alts_mut(&mut self) -> impl Iterator<Item = &mut Alt> {
        self.items.iter_mut().flat_map(|i| match i {
            Item::Word(alts) | Item::Optional(alts) => alts.as_mut_slice(),
            Item::Gap(_) => &mut [],
        })
    }

    /// Whether every match starts on a word one of the pattern's stems is found in: it opens
    /// with a word, or with optional words followed by a word.
    fn anchored(&self) -> bool {
        let first = self.items.iter().find(|i| !matches!(i, Item::Optional(_)));
        matches!(first, Some(Item::Word(_)))
    }

    /// The stems a match must start on (those of its leading optional words and of its first
    /// word), or `None` when it may start on any word.
    fn start_stems(&self) -> Option<Vec<u32>> {
        let mut stems: Vec<u32> = self.start_alts()?.iter().map(|a| a.id).collect();
        stems.sort_unstable();
        stems.dedup();
        Some(stems)
    }

    /// The alternatives of [`Pattern::start_stems`].
    fn start_alts(&self) -> Option<Vec<&Alt>> {
        if !self.anchored() {
            return None;
        }
        let mut alts = Vec::new();
        for item in &self.items {
            match item {
                Item::Optional(a) => alts.extend(a),
                Item::Word(a) => {
                    alts.extend(a);
                    break;
                }
                Item::Gap(_) => break,
            }
        }
        Some(alts)
    }

    /// The end of a match that starts at word `i`, if there is one.
    fn match_at(&self, words: &[Word], hits: &Hits, i: usize) -> Option<usize> {
        let sentence = words.get(i)?.sentence;
        match_items(&self.items, words, hits, i, sentence)
    }
}

fn match_items(
    items: &[Item],
    words: &[Word],
    hits: &Hits,
    i: usize,
    sentence: u32,
) -> Option<usize> {
    let Some((item, rest)) = items.split_first() else {
        return Some(i);
    };
    let here = |alts: &[Alt]| {
        words.get(i).is_some_and(|w| {
            w.sentence == sentence
                && hits
                    .at(i)
                    .iter()
                    .any(|h| alts.iter().any(|a| a.id == h.stem && a.matches(h.place)))
        })
    };
    match item {
        Item::Word(alts) => here(alts)
            .then(|| match_items(rest, words, hits, i + 1, sentence))
            .flatten(),
        Item::Optional(alts) => here(alts)
            .then(|| match_items(rest, words, hits, i + 1, sentence))
            .flatten()
            .or_else(|| match_items(rest, words, hits, i, sentence)),
        // The shortest gap first: the excerpt quoted in a message stays short.
        Item::Gap(n) => (0..=*n)
            .take_while(|k| *k == 0 || words.get(i + k - 1).is_some_and(|w| w.sentence == sentence))
            .find_map(|k| match_items(rest, words, hits, i + k, sentence)),
    }
}

/// A stem of a set found in a word of a text.
#[derive(Clone, Copy, Debug)]
struct Hit {
    word: u32,
    stem: u32,
    place: Place,
}

/// Every stem of one set found in a text, by word.
struct Hits(Vec<Hit>, Lists);

/// A set of the lists sharing a table of stems, one bit each (see [`Stems::opens`]).
type Lists = u64;

impl Hits {
    /// The stems found in the word at `k`.
    fn at(&self, k: usize) -> &[Hit] {
        let from = self.0.partition_point(|h| (h.word as usize) < k);
        let to = from + self.0[from..].partition_point(|h| h.word as usize == k);
        &self.0[from..to]
    }
}

/// The stems of every pattern of one language's phrase lists (or of one list of names),
/// found in a text in one pass whichever list is being matched.
#[derive(Debug)]
struct Stems {
    /// What texts' caches know this table by: unique in the process.
    key: usize,
    /// Each stem's number.
    ids: HashMap<String, u32>,
    /// The stems, by number.
    stems: Vec<String>,
    /// The stems some pattern looks for after the start of a word (`*wet`).
    inner: Vec<u32>,
    /// For each stem, the lists (their numbers among those sharing the table) with a pattern
    /// that may start on a word it is found in; then the lists with a pattern that may start
    /// anywhere. What a text holds of a list is known from its hits at once.
    opens: Vec<Lists>,
    anywhere: Lists,
    /// Built the first time a text is scanned: a run on French notices builds no automaton
    /// for the other languages.
    automata: OnceLock<Automata>,
}

/// How a text is searched for the stems of a [`Stems`].
#[derive(Debug)]
struct Automata {
    /// Every stem, matched from the start of each word only: walking it stops at the first
    /// byte no stem goes on with, so a word costs a byte or two. (Searching the whole text
    /// for every stem found short stems inside most words, to be discarded.)
    starts: dfa::DFA,
    /// The stems of [`Stems::inner`], in its order, searched for anywhere.
    inner: Option<AhoCorasick>,
}

impl Stems {
    /// The table of the stems of `lists` (at most 64: each list is a bit of [`Lists`]), in
    /// the order of their numbers.
    fn new(lists: &[Vec<&Pattern>]) -> Stems {
        static KEYS: AtomicUsize = AtomicUsize::new(0);
        assert!(
            lists.len() <= Lists::BITS as usize,
            "at most 64 lists share stems"
        );
        let mut stems = Stems {
            key: KEYS.fetch_add(1, Ordering::Relaxed),
            ids: HashMap::new(),
            stems: Vec::new(),
            inner: Vec::new(),
            opens: Vec::new(),
            anywhere: 0,
            automata: OnceLock::new(),
        };
        for alt in lists.iter().flatten().flat_map(|p| p.alts()) {
            let id = match stems.ids.get(&alt.stem) {
                Some(&id) => id,
                None => {
                    let id = stems.stems.len() as u32;
                    stems.ids.insert(alt.stem.clone(), id);
                    stems.stems.push(alt.stem.clone());
                    id
                }
            };
            if alt.suffix && !stems.inner.contains(&id) {
                stems.inner.push(id);
            }
        }
        stems.opens = vec![0; stems.stems.len()];
        for (n, list) in lists.iter().enumerate() {
            for p in list.iter() {
                match p.start_alts() {
                    Some(alts) => alts
                        .iter()
                        .for_each(|a| stems.opens[stems.ids[&a.stem] as usize] |= 1 << n),
                    None => stems.anywhere |= 1 << n,
                }
            }
        }
        stems
    }

    /// `found`, with the lists a match of which may start somewhere in the text.
    fn hits(&self, found: Vec<Hit>) -> Hits {
        let lists = found
            .iter()
            .fold(self.anywhere, |l, h| l | self.opens[h.stem as usize]);
        Hits(found, lists)
    }

    fn id(&self, stem: &str) -> u32 {
        self.ids[stem]
    }

    fn automata(&self) -> &Automata {
        // A few thousand short stems at most: far within what the crate can build.
        self.automata.get_or_init(|| Automata {
            starts: dfa::Builder::new()
                .match_kind(MatchKind::Standard)
                .start_kind(StartKind::Anchored)
                .build(&self.stems)
                .expect("an automaton of phrase stems"),
            inner: (!self.inner.is_empty()).then(|| {
                AhoCorasick::builder()
                    .match_kind(MatchKind::Standard)
                    .build(self.inner.iter().map(|&id| &self.stems[id as usize]))
                    .expect("an automaton of phrase stems")
            }),
        })
    }

    /// Every stem found in `words`, with where in its word, in the order of the words.
    fn scan(&self, words: &Words) -> Hits {
        let automata = self.automata();
        let dfa = &automata.starts;
        let mut found: Vec<Hit> = Vec::with_capacity(words.words.len());
        let start = dfa
            .start_state(Anchored::Yes)
            .expect("an automaton for anchored searches");
        let norm = words.norm.as_bytes();
        for (k, w) in words.words.iter().enumerate() {
            let word = &norm[w.norm_start as usize..w.norm_end as usize];
            let mut state = start;
            for (n, &byte) in word.iter().enumerate() {
                state = dfa.next_state(Anchored::Yes, state, byte);
                if dfa.is_dead(state) {
                    break;
                }
                if !dfa.is_match(state) {
                    continue;
                }
                for m in 0..dfa.match_len(state) {
                    let stem = dfa.match_pattern(state, m).as_u32();
                    // A shorter stem ending here does not start with the word.
                    if self.stems[stem as usize].len() == n + 1 {
                        let place = if n + 1 == word.len() {
                            Place::Whole
                        } else {
                            Place::Start
                        };
                        found.push(Hit {
                            word: k as u32,
                            stem,
                            place,
                        });
                    }
                }
            }
        }
        let Some(inner) = &automata.inner else {
            return self.hits(found);
        };
        for m in inner.find_overlapping_iter(words.norm.as_str()) {
            let k = words
                .words
                .partition_point(|w| w.norm_end as usize <= m.start());
            // At the start of a word, the walk above found it.
            let Some(w) = words
                .words
                .get(k)
                .filter(|w| m.start() != w.norm_start as usize)
            else {
                continue;
            };
            let place = if m.end() == w.norm_end as usize {
                Place::End
            } else {
                Place::Inside
            };
            found.push(Hit {
                word: k as u32,
                stem: self.inner[m.pattern().as_usize()],
                place,
            });
        }
        found.sort_by_key(|h| h.word);
        self.hits(found)
    }
}

/// The compiled patterns of one list in one language (or in every language), over the table
/// of stems it shares with the language's other lists.
#[derive(Debug)]
struct Set {
    patterns: Vec<Pattern>,
    stems: Arc<Stems>,
    /// Its number among the lists sharing the table.
    list: u32,
    /// For each stem of the table, the patterns (their numbers, ascending) a match of which
    /// may start on a word it is found in; then the patterns that may start anywhere. A word
    /// is tried against these only, not against every pattern: the clauses of the tool's own
    /// text are hundreds of patterns, most of them opening with a common word.
    by_start: Vec<Vec<u32>>,
    anywhere: Vec<u32>,
}

impl Set {
    fn new(mut patterns: Vec<Pattern>, stems: Arc<Stems>, list: u32) -> Set {
        for alt in patterns.iter_mut().flat_map(Pattern::alts_mut) {
            alt.id = stems.id(&alt.stem);
        }
        let mut by_start: Vec<Vec<u32>> = vec![Vec::new(); stems.stems.len()];
        let mut anywhere = Vec::new();
        for (n, p) in patterns.iter().enumerate() {
            match p.start_stems() {
                Some(starts) => starts
                    .iter()
                    .for_each(|&s| by_start[s as usize].push(n as u32)),
                None => anywhere.push(n as u32),
            }
        }
        Set {
            patterns,
            stems,
            list,
            by_start,
            anywhere,
        }
    }

    /// Whether a match of some pattern may start on the word of `hit`.
    fn opens(&self, hit: &Hit) -> bool {
        !self.by_start[hit.stem as usize].is_empty()
    }

    /// The stems of the table found in `words` (shared with the language's other lists),
    /// if one of them may open a match of this list.
    fn hits(&self, words: &Words) -> Option<Rc<Hits>> {
        let hits = words.hits(&self.stems);
        (hits.1 >> self.list & 1 == 1).then_some(hits)
    }

    /// The patterns that may match from the word at `i`, in their order, into `out`.
    fn candidates(&self, hits: &Hits, i: usize, out: &mut Vec<u32>) {
        out.clear();
        out.extend_from_slice(&self.anywhere);
        for h in hits.at(i) {
            out.extend_from_slice(&self.by_start[h.stem as usize]);
        }
        out.sort_unstable();
        out.dedup();
    }

    /// The first match of pattern `n`, from the left.
    fn first_match(&self, n: usize, words: &Words, hits: &Hits) -> Option<Found> {
        let p = &self.patterns[n];
        let at = |i: usize| {
            Some(Found {
                first: i,
                end: p.match_at(&words.words, hits, i)?,
            })
        };
        if self.anywhere.contains(&(n as u32)) {
            return (0..words.words.len()).find_map(at);
        }
        // Only a word one of its start stems is found in can open a match.
        let starts = hits
            .0
            .iter()
            .filter(|h| {
                self.by_start[h.stem as usize]
                    .binary_search(&(n as u32))
                    .is_ok()
            })
            .map(|h| h.word as usize);
        let mut last = None;
        for i in starts {
            if last == Some(i) {
                continue;
            }
            last = Some(i);
            if let Some(found) = at(i) {
                return Some(found);
            }
        }
        None
    }
}

/// The patterns of one list in one language, compiled into a [`Set`] the first time a text
/// in that language is scanned.
#[derive(Debug)]
struct Lazy {
    lang: Option<String>,
    patterns: Vec<Pattern>,
    stems: Arc<Stems>,
    /// Its number among the lists sharing `stems`.
    list: u32,
    set: OnceLock<Set>,
}

impl Lazy {
    fn new(lang: Option<String>, patterns: Vec<Pattern>, stems: Arc<Stems>, list: u32) -> Lazy {
        Lazy {
            lang,
            patterns,
            stems,
            list,
            set: OnceLock::new(),
        }
    }

    /// Whether the patterns are for one of `langs`.
    fn applies(&self, langs: &[&str]) -> bool {
        // Language codes are a few bytes: compared in line, where `==` called `memcmp` a
        // million times in a lint of 100 declarations.
        let same =
            |a: &str, b: &str| a.len() == b.len() && a.bytes().zip(b.bytes()).all(|(x, y)| x == y);
        self.lang
            .as_deref()
            .is_none_or(|l| langs.iter().any(|x| same(x, l)))
    }

    fn get(&self) -> &Set {
        self.set
            .get_or_init(|| Set::new(self.patterns.clone(), Arc::clone(&self.stems), self.list))
    }
}

/// Patterns per language, each language's compiled once, on first use, with the automaton
/// of its stems.
#[derive(Debug, Default)]
pub struct Phrases {
    sets: Vec<Lazy>,
}

impl Phrases {
    /// The patterns of each language.
    pub fn new(by_lang: Vec<(String, Vec<Pattern>)>) -> Phrases {
        Phrases::lists(vec![by_lang]).pop().unwrap_or_default()
    }

    /// Several lists, each with the patterns of each language: the lists of a language share
    /// one table of stems, so that a text is scanned once for all of them.
    pub fn lists(lists: Vec<Vec<(String, Vec<Pattern>)>>) -> Vec<Phrases> {
        let mut tables: HashMap<&str, Arc<Stems>> = HashMap::new();
        for lang in lists.iter().flatten().map(|(l, _)| l.as_str()) {
            if !tables.contains_key(lang) {
                // Each list's patterns in the language, at the list's number.
                let patterns: Vec<Vec<&Pattern>> = lists
                    .iter()
                    .map(|list| {
                        let of_lang = list.iter().filter(|(l, _)| l == lang);
                        of_lang.flat_map(|(_, ps)| ps).collect()
                    })
                    .collect();
                tables.insert(lang, Arc::new(Stems::new(&patterns)));
            }
        }
        let sets = |n: usize, list: &Vec<(String, Vec<Pattern>)>| -> Vec<Lazy> {
            list.iter()
                .map(|(l, ps)| {
                    let stems = Arc::clone(&tables[l.as_str()]);
                    Lazy::new(Some(l.clone()), ps.clone(), stems, n as u32)
                })
                .collect()
        };
        lists
            .iter()
            .enumerate()
            .map(|(n, list)| Phrases {
                sets: sets(n, list),
            })
            .collect()
    }

    /// Whether some patterns are for `lang` (patterns for any language do not count: they
    /// are names, not a language's phrases).
    pub fn has_language(&self, lang: &str) -> bool {
        self.sets.iter().any(|s| s.lang.as_deref() == Some(lang))
    }

    /// Patterns that apply whatever the language of the text (names taken from data).
    pub fn any_language(patterns: Vec<Pattern>) -> Phrases {
        let stems = Arc::new(Stems::new(&[patterns.iter().collect()]));
        Phrases {
            sets: vec![Lazy::new(None, patterns, stems, 0)],
        }
    }

    /// The sets of `langs` that have a stem in `words`, with what was found: no pattern of
    /// another can match, since every pattern has a word.
    fn found<'a>(&'a self, words: &Words, langs: &[&str]) -> Vec<(&'a Set, Rc<Hits>)> {
        self.sets
            .iter()
            .filter(|s| s.applies(langs))
            .filter_map(|s| Some((s.get(), s.get().hits(words)?)))
            .collect()
    }

    /// The matches of the patterns of `langs` in `words`, left to right, none overlapping the
    /// one before (at each word, the first pattern in order), until `more` says to stop.
    fn scan(&self, words: &Words, langs: &[&str], mut more: impl FnMut(Found) -> bool) {
        let found = self.found(words, langs);
        if found.is_empty() {
            return;
        }
        // Only a word a stem is in can start a match, unless a pattern opens with optional
        // words and a gap.
        let starts: Vec<usize> = if found.iter().any(|(s, _)| !s.anywhere.is_empty()) {
            (0..words.words.len()).collect()
        } else {
            let mut v: Vec<usize> = found
                .iter()
                .flat_map(|(set, hits)| {
                    hits.0
                        .iter()
                        .filter(|h| set.opens(h))
                        .map(|h| h.word as usize)
                })
                .collect();
            v.sort_unstable();
            v.dedup();
            v
        };
        let mut from = 0;
        let mut candidates = Vec::new();
        for i in starts {
            if i < from {
                continue;
            }
            let end = found.iter().find_map(|(set, hits)| {
                set.candidates(hits, i, &mut candidates);
                candidates
                    .iter()
                    .find_map(|&n| set.patterns[n as usize].match_at(&words.words, hits, i))
            });
            if let Some(end) = end {
                if !more(Found { first: i, end }) {
                    return;
                }
                from = end.max(i + 1);
            }
        }
    }

    /// The first match in `words` of a pattern of one of `langs`.
    pub fn find(&self, words: &Words, langs: &[&str]) -> Option<Found> {
        let mut first = None;
        self.scan(words, langs, |f| {
            first = Some(f);
            false
        });
        first
    }

    /// Every match, left to right, none overlapping the one before.
    pub fn find_all(&self, words: &Words, langs: &[&str]) -> Vec<Found> {
        let mut all = Vec::new();
        self.scan(words, langs, |f| {
            all.push(f);
            true
        });
        all
    }

    /// Whether some pattern of `langs` matches somewhere in `words`.
    pub fn occurs(&self, words: &Words, langs: &[&str]) -> bool {
        self.find(words, langs).is_some()
    }

    /// The first pattern, in the order given, that matches somewhere in `words`: its number
    /// among the patterns of `langs`, and where.
    pub fn first_pattern(&self, words: &Words, langs: &[&str]) -> Option<(usize, Found)> {
        let mut before = 0;
        for set in self.sets.iter().filter(|s| s.applies(langs)).map(Lazy::get) {
            if let Some(hits) = set.hits(words) {
                // Only the patterns that may start on a word a stem was found in can match:
                // with hundreds of names, most have none of theirs in a given text.
                let mut candidates = set.anywhere.clone();
                for h in &hits.0 {
                    candidates.extend_from_slice(&set.by_start[h.stem as usize]);
                }
                candidates.sort_unstable();
                candidates.dedup();
                for n in candidates.into_iter().map(|n| n as usize) {
                    if let Some(at) = set.first_match(n, words, &hits) {
                        return Some((before + n, at));
                    }
                }
            }
            before += set.patterns.len();
        }
        None
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
    /// The text, cut into words once for every rule.
    pub words: Words<'static>,
}

impl Variant {
    pub fn text(&self) -> &str {
        self.words.text()
    }

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

/// Every language version of every free text (`texts`, with their paths, in declaration
/// order), for a notice in `notice_langs`.
pub fn variants(texts: &[(String, Text)], notice_langs: &[String]) -> Vec<Variant> {
    let mut out = Vec::new();
    // An illustration's note and assumptions speak about the notice (what the original said,
    // what was corrected): they are not the organisation's statements, so phrase rules skip them.
    let texts = texts
        .iter()
        .filter(|(path, _)| !path.starts_with("notice.illustration"));
    for (path, text) in texts {
        match text {
            Text::Same(t) => out.push(Variant {
                at: path.clone(),
                text_path: path.clone(),
                lang: None,
                langs: notice_langs.to_vec(),
                words: Words::new(t.clone()),
            }),
            Text::PerLang(v) => out.extend(v.iter().map(|(l, t)| Variant {
                at: crate::declaration::walk::join(path, l),
                text_path: path.clone(),
                langs: vec![l.clone()],
                lang: Some(l.clone()),
                words: Words::new(t.clone()),
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
        // A stem that ends another, longer one is found where a pattern asks for it only.
        assert!(first("he", "she said").is_none());
        assert!(first("*he", "she said").is_some());
        assert!(first("*ecommunicatie*", "de Telecommunicatiewet").is_some());
        assert!(first("*ecommunicatie*", "ecommunicatie").is_none());
        // Several stems on one word: the lists of a language share one automaton.
        let p = Phrases::lists(vec![
            vec![("fr".into(), vec![Pattern::parse("accept*").unwrap()])],
            vec![("fr".into(), vec![Pattern::parse("acceptez").unwrap()])],
        ]);
        let w = Words::new("vous acceptez");
        assert_eq!(p[0].find(&w, &["fr"]), Some(Found { first: 1, end: 2 }));
        assert_eq!(p[1].find(&w, &["fr"]), Some(Found { first: 1, end: 2 }));
        assert_eq!(p[1].find(&Words::new("vous acceptiez"), &["fr"]), None);
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
    fn the_first_pattern_in_order_wherever_it_starts() {
        let set = |specs: &[&str]| {
            Phrases::any_language(specs.iter().map(|s| Pattern::parse(s).unwrap()).collect())
        };
        let at = |p: &Phrases, text: &str| {
            let w = Words::new(text);
            p.first_pattern(&w, &[])
                .map(|(n, f)| (n, w.excerpt(f).to_owned()))
        };
        // A pattern opening with an optional word starts on it, or on the word after it.
        let p = set(&["la? loi", "accept*"]);
        assert_eq!(at(&p, "vous acceptez la loi"), Some((0, "la loi".into())));
        assert_eq!(at(&p, "vous acceptez une loi"), Some((0, "loi".into())));
        assert_eq!(at(&p, "vous acceptez"), Some((1, "acceptez".into())));
        // Many patterns opening on the same word: each is tried where its first word is.
        let p = set(&["de la loi", "de la vie", "de la protection"]);
        assert_eq!(
            at(&p, "commission de la protection de la vie privée"),
            Some((1, "de la vie".into()))
        );
        assert_eq!(at(&p, "de l'état"), None);
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
