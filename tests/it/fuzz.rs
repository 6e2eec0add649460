//! No panics: generated declarations go through load → lint → render (Markdown, HTML page and
//! fragment, sometimes PDF) in-process, and every failure must be a diagnostic with a valid place.
//!
//! Inputs are real declarations (the demo, the examples, the fixtures) mutated by a list of
//! operations proptest generates and shrinks: replacing any node with a random value (hostile
//! strings, odd unicode, known enum words, numbers, deep nesting, texts around and far past the
//! length limits), removing or inserting keys, copying subtrees elsewhere, repeating the items
//! of a list (hundreds of purposes), then editing the YAML text itself (inserted characters,
//! deleted ranges, duplicated lines, anchors and aliases, `\r\n`, `\r` and mixed line ends). Mutating real declarations keeps most cases
//! parseable, so lint and rendering are reached, not just the YAML parser.
//!
//! `cargo test` runs a short, fixed-seed round and replays every saved crash in
//! `tests/fixtures/fuzz/`. The long run (docs/development/tests.md) loops with fresh seeds for
//! `NOTICE_FUZZ_SECS` seconds and saves the shrunk input of any failure there.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, OnceLock};
use std::time::{Duration, Instant};

use notice::declaration::load;
use notice::diagnostic::{Diagnostic, Severity};
use notice::i18n::Locales;
use notice::lint::{self, Config, print};
use notice::reference::Reference;
use notice::render::templates::TemplateSet;
use notice::render::{Format, Renderer};
use proptest::prelude::*;
use proptest::test_runner::{Config as RunConfig, RngSeed, TestCaseError, TestError, TestRunner};
use serde_yaml::{Mapping, Value};

use crate::schema::validator::Validator;

use crate::common::root;

/// Where failing inputs are saved and replayed from.
const CRASH_DIR: &str = "tests/fixtures/fuzz";

/// Built once per process: loading fonts and templates is the slow part of a case otherwise.
struct Pipeline {
    locales: Arc<Locales>,
    reference: Arc<Reference>,
    renderer: Renderer,
    config: Config,
}

fn pipeline() -> &'static Pipeline {
    static P: OnceLock<Pipeline> = OnceLock::new();
    P.get_or_init(|| {
        let locales = Arc::new(Locales::load(None).expect("built-in locales"));
        let reference = Arc::new(Reference::builtin().expect("built-in reference data"));
        let renderer = Renderer::new(
            TemplateSet::load(None).expect("templates"),
            Arc::clone(&locales),
            Arc::clone(&reference),
            None,
        )
        .expect("renderer");
        let config = Config::new("2026-11-23".parse().expect("date"));
        Pipeline {
            locales,
            reference,
            renderer,
            config,
        }
    })
}

/// How far cases got, reported by the long run: run (shrinking included), parsed, lint-clean,
/// rendered, with a PDF.
static REACHED: [AtomicU64; 5] = [const { AtomicU64::new(0) }; 5];

fn reached(stage: usize) {
    REACHED[stage].fetch_add(1, Ordering::Relaxed);
}

/// Runs one input through the whole pipeline; `Err` describes a broken invariant (a panic is
/// caught by proptest and reported the same way).
fn run(text: &str, pdf: bool) -> Result<(), String> {
    let p = pipeline();
    reached(0);
    let loaded = match load::parse(PathBuf::from("fuzz.yaml"), text.to_owned())
        .and_then(|l| notice::declaration::resolve(l, &p.reference))
    {
        Ok(l) => l,
        Err(d) => {
            valid(&d, text)?;
            if d.code != "load" || d.help.is_none() {
                return Err(format!("a load error without rule `load` or help: {d:?}"));
            }
            return Ok(());
        }
    };
    reached(1);
    let findings = lint::lint(
        std::slice::from_ref(&loaded),
        &p.locales,
        &p.reference,
        &p.config,
    );
    for d in &findings {
        valid(d, text)?;
    }
    let _ = (print::json(&findings), print::sarif(&findings));
    // As `build` decides: an allowed error does not stop it, so it must not stop rendering.
    let clean = !findings
        .iter()
        .any(|d| d.is_active() && d.severity == Severity::Error);
    if clean {
        reached(2);
    }
    let decl = &loaded.declaration;
    let mut formats = vec![Format::Md, Format::Html, Format::Fragment, Format::Json];
    // A PDF takes ~100 times longer than the rest: only some cases, in one language (and none
    // in a build without PDFs).
    let only: Vec<String> = if pdf && notice::render::PDF {
        formats.push(Format::Pdf);
        decl.notice.languages.iter().take(1).cloned().collect()
    } else {
        Vec::new()
    };
    match p.renderer.render(decl, &formats, &only) {
        Ok(docs) => {
            reached(3);
            if pdf && !only.is_empty() {
                reached(4);
            }
            for d in docs
                .iter()
                .filter(|d| d.path.extension().is_some_and(|e| e == "html"))
            {
                safe_html(&String::from_utf8_lossy(&d.bytes))
                    .map_err(|e| format!("{}: {e}", d.path.display()))?;
            }
            // Whatever the declaration, the JSON output is what its schema says.
            for d in docs
                .iter()
                .filter(|d| d.path.extension().is_some_and(|e| e == "json"))
            {
                let doc: serde_json::Value = serde_json::from_slice(&d.bytes)
                    .map_err(|e| format!("{}: {e}", d.path.display()))?;
                let errors = Validator::new(json_schema()).errors(&doc);
                if !errors.is_empty() {
                    return Err(format!("{}: {}", d.path.display(), errors.join("; ")));
                }
            }
        }
        // A declaration lint accepts must render: `build` would otherwise fail after lint
        // said everything was fine. Only a budget (the size or pages of a document) may stop
        // it, with its own message.
        Err(d) if clean && d.code != "budget" => {
            return Err(format!("lint-clean but rendering failed: {}", d.message));
        }
        Err(d) => valid(&d, text)?,
    }
    Ok(())
}

/// The JSON output's schema, as `notice schema json` prints it.
fn json_schema() -> &'static serde_json::Value {
    static SCHEMA: OnceLock<serde_json::Value> = OnceLock::new();
    SCHEMA.get_or_init(notice::render::json::schema)
}

/// A diagnostic names a place inside its file (or none) and prints without panicking.
fn valid(d: &Diagnostic, text: &str) -> Result<(), String> {
    if d.message.trim().is_empty() {
        return Err(format!("empty message: {d:?}"));
    }
    if let (Some(f), Some(o)) = (&d.file, d.offset) {
        let len = if f.path == Path::new("fuzz.yaml") {
            text.len()
        } else {
            f.text.len()
        };
        if o > len || !f.text.is_char_boundary(o.min(f.text.len())) {
            return Err(format!("offset {o} outside the file ({len} bytes): {d:?}"));
        }
        let (line, col) = d.line_col().ok_or("no line and column")?;
        if line == 0 || col == 0 {
            return Err(format!("position {line}:{col}: {d:?}"));
        }
    }
    let _ = print::human(d, false);
    Ok(())
}

/// No element that runs code or loads anything, and no link but to allowed schemes. The one
/// JSON-LD data block is no script, and must hold no `<`, with which it could end early.
fn safe_html(html: &str) -> Result<(), String> {
    let (rest, _) = crate::common::split_data_block(html)?;
    let lower = rest.to_ascii_lowercase();
    for tag in [
        "<script", "<img", "<iframe", "<object", "<embed", "<svg", "<form", "<base",
    ] {
        if lower.contains(tag) {
            return Err(format!("contains {tag}"));
        }
    }
    for (i, _) in lower.match_indices("href=\"") {
        let target = &lower[i + 6..];
        let target = &target[..target.find('"').unwrap_or(target.len())];
        let scheme = target
            .split_once(':')
            .map(|(s, _)| s)
            .filter(|s| !s.contains(['/', '#', '?']));
        if let Some(s) = scheme
            && !["http", "https", "mailto", "tel"].contains(&s)
        {
            return Err(format!("a link to {target:?}"));
        }
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// Inputs

/// The declarations mutations start from, and the words they know (every key and string value).
struct Seeds {
    trees: Vec<Value>,
    /// How many of the first trees are whole notices.
    whole: usize,
    keys: Vec<String>,
    words: Vec<String>,
}

fn seeds() -> &'static Seeds {
    static S: OnceLock<Seeds> = OnceLock::new();
    S.get_or_init(|| {
        let mut files = vec![root().join("notices/atelier-zenne.yaml")];
        let mut whole = 0;
        for dir in ["examples", "tests/fixtures/build", "tests/fixtures/lint"] {
            let mut found: Vec<PathBuf> = walk(&root().join(dir))
                .into_iter()
                .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
                .collect();
            found.sort();
            files.extend(found);
            if dir == "tests/fixtures/build" {
                whole = files.len();
            }
        }
        let trees: Vec<Value> = files
            .iter()
            .filter_map(|f| serde_yaml::from_str(&std::fs::read_to_string(f).ok()?).ok())
            .collect();
        let (mut keys, mut words) = (Vec::new(), Vec::new());
        for t in &trees {
            collect_words(t, &mut keys, &mut words);
        }
        for v in [&mut keys, &mut words] {
            v.sort();
            v.dedup();
        }
        assert_eq!(trees.len(), files.len(), "every seed parses as YAML");
        Seeds {
            trees,
            whole,
            keys,
            words,
        }
    })
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let p = e.path();
        if p.is_dir() {
            out.extend(walk(&p));
        } else {
            out.push(p);
        }
    }
    out
}

fn collect_words(v: &Value, keys: &mut Vec<String>, words: &mut Vec<String>) {
    match v {
        Value::String(s) if s.len() < 40 => words.push(s.clone()),
        Value::Sequence(items) => items.iter().for_each(|i| collect_words(i, keys, words)),
        Value::Mapping(m) => {
            for (k, v) in m {
                if let Value::String(k) = k {
                    keys.push(k.clone());
                }
                collect_words(v, keys, words);
            }
        }
        _ => {}
    }
}

/// Strings that have broken, or could break, a Markdown, HTML, template or Typst stage.
const HOSTILE: &[&str] = &[
    "# $ * _ [ ] \\ < > @ {{ }} {% %}",
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "[x](javascript:alert(1))",
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)//",
    "data:text/html,<b>x</b>",
    "{{ 7*7 }}",
    "{% for x in range(9) %}x{% endfor %}",
    "{# comment #}",
    "| a | b |\n|---|---|",
    "~~~\ncode\n~~~",
    "```rust\nx\n```",
    "&amp; &#60; &lt; &#x3C;",
    "\\",
    "*",
    "#",
    "$x^2$",
    "#set page(width: 1pt)",
    "#{panic()}",
    "\" onmouseover=\"alert(1)",
    "' onmouseover='alert(1)",
    "-->",
    "<!--",
    "]]>",
    "1. \n2. ",
    "- \n  - \n    - ",
    "> > > >",
    "    indented code",
    "\u{202e}reversed\u{202c}",
    "zero\u{200b}width\u{feff}",
    "private\u{e000}\u{f8ff}\u{f0000}\u{10fffd} non\u{fffe}\u{ffff}\u{fdd0}characters",
    "🙂👩‍👩‍👧 日本語 مرحبا ﷺ 𝕏",
    "a\u{301}\u{301}\u{301}",
    "\u{0}\u{7}\u{1b}[31m",
    "\r\n\r\n",
    "\t\t",
    "",
    " ",
    "../../etc/passwd",
    "..",
    "/etc",
    "C:\\Windows",
    "2026-02-30",
    "0000-00-00",
    "9999-12-31",
    "-1 days",
    "99999999999999999999 years",
    "0 days",
    "1.5 months",
    "NaN",
    "~",
    "null",
    "yes",
    "no",
    "xx",
    "zz-ZZ",
    "mailto:",
    "tel:",
    "https://",
    "http://a b.example/<x>",
];

/// Link targets that must never become one, and odd ones that may.
const HOSTILE_LINKS: &[&str] = &[
    "javascript:alert(1)//",
    " javascript:alert(1)",
    "JAVASCRIPT:alert(1)",
    "java\tscript:alert(1)",
    "vbscript:x",
    "data:text/html;base64,PHNjcmlwdD4=",
    "file:///etc/passwd",
    "https://a.example/\"><script>alert(1)</script>",
    "https://a.example/'onmouseover='x",
    "https://a.example/)](javascript:alert(1))",
    "https://a.example/<>",
    "mailto:a@b.example?subject=<script>",
    "tel:+32<script>",
    "//evil.example/",
    "https:evil",
];

fn hostile_string() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => prop::sample::select(HOSTILE).prop_map(str::to_owned),
        2 => prop::collection::vec(prop::sample::select(HOSTILE), 1..4).prop_map(|v| v.concat()),
        2 => any::<String>(),
        1 => "[a-z]{1,3}( [0-9]{1,3} (day|week|month|year)s?)?",
        1 => (0u32..10000, 0u32..20, 0u32..40).prop_map(|(y, m, d)| format!("{y:04}-{m:02}-{d:02}")),
        1 => (1usize..3000).prop_map(|n| "x".repeat(n)),
        // Long texts, around the length limits of names (300) and texts (10,000), and far past.
        1 => prop_oneof![290usize..310, 9_990usize..10_010, 10_000usize..200_000]
            .prop_map(|n| "word ".repeat(n / 5 + 1)[..n].to_owned()),
    ]
}

fn word() -> impl Strategy<Value = String> {
    (any::<prop::sample::Index>()).prop_map(|i| {
        let w = &seeds().words;
        w[i.index(w.len())].clone()
    })
}

fn key() -> impl Strategy<Value = String> {
    prop_oneof![
        8 => any::<prop::sample::Index>().prop_map(|i| {
            let k = &seeds().keys;
            k[i.index(k.len())].clone()
        }),
        1 => hostile_string(),
    ]
}

fn leaf() -> impl Strategy<Value = Value> {
    prop_oneof![
        4 => hostile_string().prop_map(Value::String),
        4 => word().prop_map(Value::String),
        1 => any::<i64>().prop_map(|n| Value::Number(n.into())),
        1 => any::<f64>().prop_map(|n| Value::Number(n.into())),
        1 => any::<bool>().prop_map(Value::Bool),
        1 => Just(Value::Null),
    ]
}

fn value() -> impl Strategy<Value = Value> {
    leaf().prop_recursive(6, 48, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Sequence),
            prop::collection::vec((key(), inner), 0..6).prop_map(|kv| Value::Mapping(
                kv.into_iter().map(|(k, v)| (Value::String(k), v)).collect()
            )),
        ]
    })
}

/// One change to a declaration tree; `at` and `to` pick a node (modulo the node count).
#[derive(Clone, Debug)]
enum Op {
    /// Replaces the `at`-th string scalar: keeps the declaration well-typed, so lint and
    /// rendering see the new text.
    Retext {
        at: usize,
        with: String,
    },
    /// Replaces the `at`-th string that is a link, an e-mail address or a phone number.
    Relink {
        at: usize,
        with: String,
    },
    Replace {
        at: usize,
        with: Value,
    },
    Remove {
        at: usize,
    },
    Insert {
        at: usize,
        key: String,
        with: Value,
    },
    /// Copies a subtree over another node (a purpose into recipients, a text into a list…).
    Copy {
        from: usize,
        to: usize,
    },
    /// Wraps a node in `depth` sequences or mappings.
    Nest {
        at: usize,
        depth: usize,
        mapping: bool,
    },
    /// Repeats the items of the `at`-th list until it has `len` of them, each copy's `id` made
    /// its own: many purposes, recipients, categories.
    Repeat {
        at: usize,
        len: usize,
    },
}

/// One change to the YAML text; `at` is a character position (modulo the length).
#[derive(Clone, Debug)]
enum Edit {
    Insert {
        at: usize,
        text: String,
    },
    Delete {
        at: usize,
        len: usize,
    },
    /// Ends every line with `\r\n`, or `\r`, or (`mixed`) each line with one of the three.
    LineEnds {
        end: &'static str,
        mixed: bool,
    },
    DuplicateLine {
        at: usize,
    },
    /// Anchors the value after a `: ` and refers to it from the next such value.
    Alias {
        at: usize,
    },
}

#[derive(Clone, Debug)]
struct Case {
    seed: usize,
    ops: Vec<Op>,
    edits: Vec<Edit>,
    pdf: bool,
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        20 => (any::<usize>(), prop_oneof![hostile_string(), word()]).prop_map(|(at, with)| Op::Retext { at, with }),
        4 => (any::<usize>(), prop_oneof![hostile_string(), prop::sample::select(HOSTILE_LINKS).prop_map(str::to_owned)])
            .prop_map(|(at, with)| Op::Relink { at, with }),
        2 => (any::<usize>(), value()).prop_map(|(at, with)| Op::Replace { at, with }),
        3 => any::<usize>().prop_map(|at| Op::Remove { at }),
        1 => (any::<usize>(), key(), value()).prop_map(|(at, key, with)| Op::Insert { at, key, with }),
        1 => (any::<usize>(), any::<usize>()).prop_map(|(from, to)| Op::Copy { from, to }),
        1 => (any::<usize>(), prop_oneof![1usize..8, 100usize..300], any::<bool>())
            .prop_map(|(at, depth, mapping)| Op::Nest { at, depth, mapping }),
        1 => (any::<usize>(), prop_oneof![4 => 2usize..40, 1 => 40usize..800])
            .prop_map(|(at, len)| Op::Repeat { at, len }),
    ]
}

fn edit() -> impl Strategy<Value = Edit> {
    let snippet = prop_oneof![
        prop::sample::select(vec![
            ":",
            ": ",
            "- ",
            "\n",
            "  ",
            "\t",
            "\"",
            "'",
            "[",
            "{",
            "}",
            "]",
            "&a ",
            "*a",
            "!!binary ",
            "? ",
            "|",
            ">",
            "%YAML 1.2\n",
            "---\n",
            "...\n",
            "#",
            "\u{feff}",
            "<<: *a\n"
        ])
        .prop_map(str::to_owned),
        hostile_string(),
    ];
    prop_oneof![
        3 => (any::<usize>(), snippet).prop_map(|(at, text)| Edit::Insert { at, text }),
        2 => (any::<usize>(), 1usize..40).prop_map(|(at, len)| Edit::Delete { at, len }),
        1 => any::<usize>().prop_map(|at| Edit::DuplicateLine { at }),
        1 => (prop::sample::select(vec!["\r\n", "\r", "\n"]), any::<bool>())
            .prop_map(|(end, mixed)| Edit::LineEnds { end, mixed }),
        1 => any::<usize>().prop_map(|at| Edit::Alias { at }),
    ]
}

fn case() -> impl Strategy<Value = Case> {
    // Half the cases start from a whole notice (the demo, the examples, the build fixtures,
    // listed first), the rest from any seed, lint fixtures included.
    let whole = seeds().whole;
    (
        prop_oneof![(0..whole), (0..seeds().trees.len())],
        prop::collection::vec(op(), 0..8),
        prop_oneof![6 => Just(Vec::new()), 1 => prop::collection::vec(edit(), 1..4)],
        prop::bool::weighted(0.08),
    )
        .prop_map(|(seed, ops, edits, pdf)| Case {
            seed,
            ops,
            edits,
            pdf,
        })
}

/// The YAML text of a case.
fn text_of(case: &Case) -> String {
    let mut tree = seeds().trees[case.seed].clone();
    for op in &case.ops {
        apply(&mut tree, op);
    }
    let mut text = serde_yaml::to_string(&tree).unwrap_or_default();
    for e in &case.edits {
        text = edit_text(&text, e);
    }
    text
}

/// Paths (as indices into sequences and mapping entries) of every node, in document order.
fn paths(v: &Value, here: &mut Vec<usize>, out: &mut Vec<Vec<usize>>) {
    out.push(here.clone());
    let children: Box<dyn Iterator<Item = &Value>> = match v {
        Value::Sequence(s) => Box::new(s.iter()),
        Value::Mapping(m) => Box::new(m.values()),
        _ => return,
    };
    for (i, c) in children.enumerate() {
        here.push(i);
        paths(c, here, out);
        here.pop();
    }
}

fn node_mut<'v>(v: &'v mut Value, path: &[usize]) -> &'v mut Value {
    match path.split_first() {
        None => v,
        Some((&i, rest)) => match v {
            Value::Sequence(s) => node_mut(&mut s[i], rest),
            Value::Mapping(m) => {
                node_mut(m.values_mut().nth(i).expect("a path from paths()"), rest)
            }
            _ => unreachable!("paths() only descends into containers"),
        },
    }
}

fn pick(tree: &Value, at: usize) -> Vec<usize> {
    let mut all = Vec::new();
    paths(tree, &mut Vec::new(), &mut all);
    all.swap_remove(at % all.len())
}

fn apply(tree: &mut Value, op: &Op) {
    match op {
        Op::Retext { at, with } => {
            let mut all = Vec::new();
            paths(tree, &mut Vec::new(), &mut all);
            all.retain(|p| matches!(node_mut(tree, p), Value::String(_)));
            if !all.is_empty() {
                *node_mut(tree, &all[at % all.len()]) = Value::String(with.clone());
            }
        }
        Op::Relink { at, with } => {
            let mut all = Vec::new();
            paths(tree, &mut Vec::new(), &mut all);
            all.retain(|p| {
                matches!(node_mut(tree, p), Value::String(s) if s.contains("://") || s.contains('@') || s.starts_with('+') || s.starts_with("mailto:"))
            });
            if !all.is_empty() {
                *node_mut(tree, &all[at % all.len()]) = Value::String(with.clone());
            }
        }
        Op::Replace { at, with } => *node_mut(tree, &pick(tree, *at)) = with.clone(),
        Op::Remove { at } => {
            let path = pick(tree, *at);
            let Some((&last, parent)) = path.split_last() else {
                return;
            };
            match node_mut(tree, parent) {
                Value::Sequence(s) => {
                    s.remove(last);
                }
                Value::Mapping(m) => {
                    let k = m.keys().nth(last).cloned();
                    if let Some(k) = k {
                        m.remove(&k);
                    }
                }
                _ => {}
            }
        }
        Op::Insert { at, key, with } => {
            let path = pick(tree, *at);
            match node_mut(tree, &path) {
                Value::Mapping(m) => {
                    m.insert(Value::String(key.clone()), with.clone());
                }
                Value::Sequence(s) => s.push(with.clone()),
                other => {
                    let mut m = Mapping::new();
                    m.insert(Value::String(key.clone()), with.clone());
                    *other = Value::Mapping(m);
                }
            }
        }
        Op::Copy { from, to } => {
            let src = node_mut(tree, &pick(tree, *from)).clone();
            *node_mut(tree, &pick(tree, *to)) = src;
        }
        Op::Nest { at, depth, mapping } => {
            let node = node_mut(tree, &pick(tree, *at));
            let mut v = node.clone();
            for _ in 0..*depth {
                v = if *mapping {
                    let mut m = Mapping::new();
                    m.insert(Value::String("en".into()), v);
                    Value::Mapping(m)
                } else {
                    Value::Sequence(vec![v])
                };
            }
            *node = v;
        }
        Op::Repeat { at, len } => {
            let mut all = Vec::new();
            paths(tree, &mut Vec::new(), &mut all);
            all.retain(|p| matches!(node_mut(tree, p), Value::Sequence(s) if !s.is_empty()));
            if all.is_empty() {
                return;
            }
            let Value::Sequence(items) = node_mut(tree, &all[at % all.len()]) else {
                return;
            };
            let first = items.len();
            for k in first..*len {
                let mut item = items[k % first].clone();
                if let Value::Mapping(m) = &mut item
                    && let Some(Value::String(id)) = m.get_mut("id")
                {
                    id.push_str(&format!("-{k}"));
                }
                items.push(item);
            }
        }
    }
}

fn edit_text(text: &str, e: &Edit) -> String {
    let chars: Vec<char> = text.chars().collect();
    let n = chars.len().max(1);
    let s = |r: &[char]| r.iter().collect::<String>();
    match e {
        Edit::Insert { at, text } => {
            let at = at % (chars.len() + 1);
            format!("{}{text}{}", s(&chars[..at]), s(&chars[at..]))
        }
        Edit::Delete { at, len } => {
            let at = at % n;
            let end = (at + len).min(chars.len());
            format!("{}{}", s(&chars[..at.min(chars.len())]), s(&chars[end..]))
        }
        Edit::LineEnds { end, mixed } => {
            let ends = ["\r\n", "\r", "\n"];
            text.split('\n')
                .enumerate()
                .map(|(i, line)| {
                    let e = if *mixed { ends[i % 3] } else { end };
                    format!("{line}{e}")
                })
                .collect::<String>()
        }
        Edit::DuplicateLine { at } => {
            let lines: Vec<&str> = text.split_inclusive('\n').collect();
            if lines.is_empty() {
                return text.to_owned();
            }
            let i = at % lines.len();
            let mut out = lines[..=i].concat();
            out.push_str(lines[i]);
            out.push_str(&lines[i + 1..].concat());
            out
        }
        Edit::Alias { at } => {
            let spots: Vec<usize> = text.match_indices(": ").map(|(i, _)| i + 2).collect();
            if spots.len() < 2 {
                return text.to_owned();
            }
            let i = at % (spots.len() - 1);
            let (a, b) = (spots[i], spots[i + 1]);
            let end_b = text[b..].find('\n').map_or(text.len(), |j| b + j);
            format!("{}&a {}*a{}", &text[..a], &text[a..b], &text[end_b..])
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Runs

fn check_case(case: &Case) -> Result<(), TestCaseError> {
    let text = text_of(case);
    run(&text, case.pdf).map_err(TestCaseError::fail)
}

/// Saves the shrunk input of a failure where the regression test replays it.
fn save_crash(case: &Case, reason: &str) -> PathBuf {
    let text = text_of(case);
    let hash = text.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3)
    });
    let dir = root().join(CRASH_DIR);
    std::fs::create_dir_all(&dir).expect("crash folder");
    let path = dir.join(format!(
        "crash-{hash:016x}{}.yaml",
        if case.pdf { "-pdf" } else { "" }
    ));
    let header: String = reason.lines().map(|l| format!("# {l}\n")).collect();
    std::fs::write(&path, format!("{header}{text}")).expect("save crash");
    path
}

/// Runs one round; a failure is shrunk, saved and returned as its description.
fn fuzz(config: RunConfig) -> Result<(), String> {
    let mut runner = TestRunner::new(config);
    match runner.run(&case(), |c| check_case(&c)) {
        Ok(()) => Ok(()),
        Err(TestError::Fail(reason, case)) => {
            let saved = save_crash(&case, &reason.to_string());
            Err(format!(
                "{reason}\nminimal input saved to {}:\n{}",
                saved.display(),
                text_of(&case)
            ))
        }
        Err(e) => Err(e.to_string()),
    }
}

#[test]
fn short_fuzz_round_finds_no_panic() {
    let _ = pipeline();
    let round = fuzz(RunConfig {
        cases: 200,
        rng_seed: RngSeed::Fixed(7),
        failure_persistence: None,
        ..RunConfig::default()
    });
    if let Err(e) = round {
        panic!("{e}");
    }
}

/// Every input a fuzz run found failing, replayed (with a PDF when its name says so).
#[test]
fn saved_fuzz_crashes_stay_fixed() {
    let mut files = walk(&root().join(CRASH_DIR));
    files.sort();
    for f in files {
        let text = std::fs::read_to_string(&f).unwrap();
        let pdf = f.to_string_lossy().ends_with("-pdf.yaml");
        if let Err(e) =
            std::panic::catch_unwind(|| run(&text, pdf)).unwrap_or_else(|_| Err("panicked".into()))
        {
            panic!("{}: {e}", f.display());
        }
    }
}

/// The long run: `NOTICE_FUZZ_SECS=1800 cargo test --release --test it fuzz::long -- --ignored --nocapture`.
#[test]
#[ignore = "runs for NOTICE_FUZZ_SECS seconds; see docs/development/tests.md"]
fn long() {
    let secs: u64 = std::env::var("NOTICE_FUZZ_SECS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(60);
    let deadline = Instant::now() + Duration::from_secs(secs);
    let started = Instant::now();
    let _ = pipeline();
    // A failure is saved and the run goes on with fresh seeds, so that one long run finds
    // every kind of failure it can.
    let mut failures = Vec::new();
    while Instant::now() < deadline {
        if let Err(e) = fuzz(RunConfig {
            cases: 500,
            failure_persistence: None,
            ..RunConfig::default()
        }) {
            eprintln!("fuzz: FAILURE {e}");
            failures.push(e);
        }
        let [runs, parsed, clean, rendered, pdfs] =
            REACHED.each_ref().map(|a| a.load(Ordering::Relaxed));
        eprintln!(
            "fuzz: {runs} executions in {:.0} s, {} failures; {parsed} parsed, {clean} lint-clean, {rendered} rendered, {pdfs} with a PDF",
            started.elapsed().as_secs_f64(),
            failures.len()
        );
    }
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n\n")
    );
    eprintln!("fuzz: done in {:.0} s", started.elapsed().as_secs_f64());
}
