//! A language added from a locale folder (`--locales DIR/xx/`): with its messages, phrase lists
//! and reference names it writes notices with nothing English in them; a mistake in its data
//! files is an error at its line, before anything is linted or written.

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

use fluent_syntax::ast;

use crate::common::{code, notice, read, root, stderr, stdout};

/// Each ASCII letter as an accented lookalike: no word of the dummy language is an English
/// word, and each still reads as the English it was made from.
fn pseudo(text: &str) -> String {
    const FROM: &str = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    const TO: [char; 52] = [
        'á', 'ƀ', 'ç', 'đ', 'é', 'ƒ', 'ĝ', 'ĥ', 'í', 'ĵ', 'ķ', 'ĺ', 'ḿ', 'ñ', 'ó', 'ṕ', 'ʠ', 'ŕ',
        'ś', 'ţ', 'ú', 'ṽ', 'ŵ', 'ẋ', 'ý', 'ž', 'Á', 'Ɓ', 'Ç', 'Đ', 'É', 'Ƒ', 'Ĝ', 'Ĥ', 'Í', 'Ĵ',
        'Ķ', 'Ĺ', 'Ḿ', 'Ñ', 'Ó', 'Ṕ', 'Ǫ', 'Ŕ', 'Ś', 'Ţ', 'Ú', 'Ṽ', 'Ŵ', 'Ẋ', 'Ý', 'Ž',
    ];
    text.chars()
        .map(|c| FROM.find(c).map_or(c, |i| TO[i]))
        .collect()
}

fn pseudo_pattern(p: &mut ast::Pattern<String>) {
    for e in &mut p.elements {
        match e {
            ast::PatternElement::TextElement { value } => *value = pseudo(value),
            ast::PatternElement::Placeable { expression } => pseudo_expression(expression),
        }
    }
}

fn pseudo_expression(e: &mut ast::Expression<String>) {
    match e {
        ast::Expression::Select { variants, .. } => {
            for v in variants {
                pseudo_pattern(&mut v.value);
            }
        }
        ast::Expression::Inline(ast::InlineExpression::Placeable { expression }) => {
            pseudo_expression(expression)
        }
        ast::Expression::Inline(_) => {}
    }
}

/// An English locale file with the text of every message made pseudo: the variables, the
/// plural and select keys, and `name-in-sentence` (a setting, not text) stay as they are.
fn pseudo_ftl(text: &str) -> String {
    let mut resource = fluent_syntax::parser::parse(text.to_owned()).unwrap_or_else(|(_, e)| {
        panic!("the English locale parses: {e:?}");
    });
    for entry in &mut resource.body {
        match entry {
            ast::Entry::Message(m) if m.id.name != "name-in-sentence" => {
                if let Some(v) = &mut m.value {
                    pseudo_pattern(v);
                }
                for a in &mut m.attributes {
                    pseudo_pattern(&mut a.value);
                }
            }
            ast::Entry::Term(t) => {
                pseudo_pattern(&mut t.value);
                for a in &mut t.attributes {
                    pseudo_pattern(&mut a.value);
                }
            }
            _ => {}
        }
    }
    fluent_syntax::serializer::serialize(&resource)
}

/// The declaration at `source` (relative to the repository) with its texts in `from`
/// relabelled `xx`, in that language only.
fn relabelled(dir: &Path, source: &str, from: &str) -> PathBuf {
    let text = read(&root().join(source));
    let dummy: String = text
        .lines()
        .map(|l| {
            let indent = l.len() - l.trim_start().len();
            let l = match l.trim_start().strip_prefix(&format!("{from}: ")) {
                Some(rest) => format!("{}xx: {rest}", &l[..indent]),
                None => l.to_owned(),
            };
            let l = l
                .replace(&format!(", {from}: "), ", xx: ")
                .replace(&format!("{{{from}: "), "{xx: ");
            let key = l.trim_start();
            if key.starts_with("languages: [") {
                format!("{}languages: [xx]\n", &l[..indent])
            } else if key.starts_with("default_language: ") {
                format!("{}default_language: xx\n", &l[..indent])
            } else {
                l + "\n"
            }
        })
        .collect();
    assert!(dummy.contains("languages: [xx]"), "{source}");
    assert!(!dummy.contains(&format!(" {from}: ")), "{source}");
    let decl = dir.join(source.replace('/', "-"));
    fs::write(&decl, dummy).unwrap();
    decl
}

/// The demo with its German texts relabelled `xx`, in that language only.
fn dummy_declaration(dir: &Path) -> PathBuf {
    relabelled(dir, "notices/atelier-zenne.yaml", "de")
}

/// A complete folder for `xx`: the English messages made pseudo, the phrase lists of `texts`
/// (the language the dummy's texts are written in), and every reference name in pseudo
/// English.
fn folder_for(dir: &Path, texts: &str) -> PathBuf {
    let locales = dir.join("locales");
    let xx = locales.join("xx");
    fs::create_dir_all(&xx).unwrap();
    for f in fs::read_dir(root().join("locales/en")).unwrap() {
        let f = f.unwrap().path();
        if f.extension().is_some_and(|e| e == "ftl") {
            fs::write(xx.join(f.file_name().unwrap()), pseudo_ftl(&read(&f))).unwrap();
        }
    }
    fs::copy(
        root().join("locales").join(texts).join("phrases.yaml"),
        xx.join("phrases.yaml"),
    )
    .unwrap();
    let reference = notice::reference::Reference::builtin().unwrap();
    let mut names = String::from("# Every name in pseudo English, one flat key a line.\n");
    for (key, text) in reference.texts_in("en") {
        let quoted = |s: &str| serde_json::to_string(s).unwrap();
        names.push_str(&format!("{}: {}\n", quoted(&key), quoted(&pseudo(&text))));
    }
    fs::write(xx.join("reference.yaml"), names).unwrap();
    locales
}

/// A complete folder for the demo relabelled from German.
fn complete_folder(dir: &Path) -> PathBuf {
    folder_for(dir, "de")
}

/// The words of `text` written in ASCII letters only, of three letters or more, outside links
/// and e-mail addresses (an authority's `apd-gba.be` is no English): in the dummy language's
/// output, only the declaration's own words (names, addresses, its relabelled texts) can be
/// such words.
fn ascii_words(text: &str) -> BTreeSet<String> {
    let address = |chunk: &&str| {
        ["://", "@", "tel:", "mailto:"]
            .iter()
            .any(|a| chunk.contains(a))
    };
    text.split(|c: char| c.is_whitespace() || "()[]<>".contains(c))
        .filter(|chunk| !address(chunk))
        .flat_map(|chunk| chunk.split(|c: char| !c.is_alphanumeric()))
        .filter(|w| w.len() >= 3 && w.chars().all(|c| c.is_ascii_alphabetic()))
        // A label the notice capitalises is still the declaration's word.
        .map(str::to_lowercase)
        .collect()
}

/// The text of an HTML page a reader sees: no tags, style or scripts (the JSON-LD data block
/// names schema.org types, in English by design).
fn visible(html: &str) -> String {
    let mut out = String::new();
    let mut rest = html;
    while let Some(i) = rest.find('<') {
        out.push_str(&rest[..i]);
        out.push(' ');
        rest = &rest[i..];
        let end = ["style", "script"]
            .iter()
            .find(|t| rest.starts_with(&format!("<{t}")))
            .map(|t| format!("</{t}>"))
            .unwrap_or_else(|| ">".to_owned());
        rest = rest.find(&end).map_or("", |j| &rest[j + end.len()..]);
    }
    out.push_str(rest);
    out
}

fn build(args: &[&str]) {
    let o = notice(args);
    assert_eq!(code(&o), 0, "{args:?}: {}{}", stdout(&o), stderr(&o));
}

/// The demo and the three examples built in a dummy language `xx` from a folder that gives
/// its messages, phrase lists and reference names: no English word of the fixed text or of the
/// reference data is in their Markdown or their HTML pages, and the names come from the folder.
/// (The examples' texts are their English ones relabelled, so only the words they write
/// themselves may be English.)
#[test]
fn a_complete_language_from_a_folder_writes_nothing_in_english() {
    let work = tempfile::tempdir().unwrap();
    let cases = [
        ("notices/atelier-zenne.yaml", "de", "atelier-zenne"),
        ("examples/c-dot/notice.yaml", "en", "c-dot"),
        ("examples/comnexio/notice.yaml", "en", "comnexio"),
        ("examples/damnet/notice.yaml", "en", "damnet"),
    ];
    let (mut en_md_all, mut xx_all) = (String::new(), Vec::new());
    for (source, texts, id) in cases {
        let dir = work.path().join(id);
        let decl = relabelled(&dir_made(&dir), source, texts);
        let locales = folder_for(&dir, texts);
        let (xx_out, en_out) = (dir.join("xx"), dir.join("en"));
        build(&[
            "build",
            "--locales",
            locales.to_str().unwrap(),
            "--format",
            "md,html",
            "--out",
            xx_out.to_str().unwrap(),
            decl.to_str().unwrap(),
        ]);
        build(&[
            "build",
            "--lang",
            "en",
            "--format",
            "md,html",
            "--out",
            en_out.to_str().unwrap(),
            source,
        ]);
        // The English words of the English notice that the declaration does not write:
        // those of the fixed text and of the reference data.
        let mut declared = ascii_words(&read(&root().join(source)));
        declared.extend(ascii_words(&read(&decl)));
        let en_md = read(&en_out.join(id).join("en.md"));
        let en_html = visible(&read(&en_out.join(id).join("en.html")));
        let english: BTreeSet<String> = ascii_words(&en_md)
            .union(&ascii_words(&en_html))
            .filter(|w| !declared.contains(*w))
            .cloned()
            .collect();
        assert!(english.len() > 50, "{id}: {english:?}");
        let xx_md = read(&xx_out.join(id).join("xx.md"));
        let xx_html = visible(&read(&xx_out.join(id).join("xx.html")));
        for (format, text) in [("md", &xx_md), ("html", &xx_html)] {
            let words = ascii_words(text);
            let leaked: Vec<&String> = words.intersection(&english).collect();
            assert!(leaked.is_empty(), "English in {id}/xx.{format}: {leaked:?}");
        }
        en_md_all.push_str(&en_md);
        xx_all.push((id, xx_md, xx_html));
    }
    // Names of the reference data the demo prints, each in the folder's version only (the
    // examples' own English texts name Belgium).
    assert!(en_md_all.contains("standard data protection clauses"));
    for (id, md, html) in &xx_all {
        for text in [md, html] {
            let lower = text.to_lowercase();
            assert!(!lower.contains("standard data protection clauses"), "{id}");
        }
    }
    let (_, demo_md, demo_html) = &xx_all[0];
    for text in [demo_md, demo_html] {
        for english in ["Belgium", "Switzerland", "United States"] {
            assert!(en_md_all.contains(english), "{english}");
            assert!(!text.contains(english), "{english}");
            assert!(text.contains(&pseudo(english)), "{english}");
        }
        assert!(!text.to_lowercase().contains("data protection"));
    }
}

fn dir_made(dir: &Path) -> PathBuf {
    fs::create_dir_all(dir).unwrap();
    dir.to_path_buf()
}

/// A folder with the messages only: lint and build refuse the notice with one N014 for the
/// reference names and one for the phrase lists, each naming what is missing and the file
/// that gives it; nothing is written.
#[test]
fn a_partial_language_is_refused_naming_what_it_lacks() {
    let work = tempfile::tempdir().unwrap();
    let decl = dummy_declaration(work.path());
    let locales = complete_folder(work.path());
    for data in ["phrases.yaml", "reference.yaml"] {
        fs::remove_file(locales.join("xx").join(data)).unwrap();
    }
    let out = work.path().join("out");
    let (l, d, o) = (
        locales.to_str().unwrap(),
        decl.to_str().unwrap(),
        out.to_str().unwrap(),
    );
    let lint = notice(&["lint", "--locales", l, d]);
    assert_eq!(code(&lint), 1, "{}", stderr(&lint));
    let build = notice(&["build", "--locales", l, "--out", o, d]);
    assert_eq!(code(&build), 1, "{}", stderr(&build));
    assert!(!out.exists(), "nothing is written");
    let count = notice::reference::Reference::builtin()
        .unwrap()
        .missing_names("xx")
        .len();
    for o in [&lint, &build] {
        let err = format!("{}{}", stdout(o), stderr(o));
        assert_eq!(err.matches("error[").count(), 2, "{err}");
        assert_eq!(err.matches("error[N014]").count(), 2, "{err}");
        assert!(
            err.contains("notices-atelier-zenne.yaml:10:15: error[N014]"),
            "{err}"
        );
        assert!(
            err.contains(&format!(
                "the reference data have no `xx` name for {count} item(s) a notice may print: `countries.AD`"
            )),
            "{err}"
        );
        assert!(
            err.contains("in `xx/reference.yaml` of the --locales folder"),
            "{err}"
        );
        assert!(
            err.contains("no `xx` phrase lists for vague qualifiers"),
            "{err}"
        );
        assert!(err.contains("in `xx/phrases.yaml`"), "{err}");
    }
    // With the phrase lists and one name given, the other names are still named.
    let lists = read(&root().join("locales/de/phrases.yaml"));
    fs::write(locales.join("xx/phrases.yaml"), lists).unwrap();
    fs::write(
        locales.join("xx/reference.yaml"),
        "countries:\n  AD: Ándórŕá\n",
    )
    .unwrap();
    let lint = notice(&["lint", "--locales", l, d]);
    let err = format!("{}{}", stdout(&lint), stderr(&lint));
    assert_eq!(err.matches("error[N014]").count(), 1, "{err}");
    assert!(
        err.contains(&format!(
            "no `xx` name for {} item(s) a notice may print: `countries.",
            count - 1
        )) && !err.contains("`countries.AD`"),
        "{err}"
    );
}

/// A mistake in a folder's data files stops the run (exit 2) at its line, before anything is
/// linted: an unknown list, a pattern that does not compile, a key that names nothing, a
/// data file with a misspelt name.
#[test]
fn mistakes_in_a_folders_data_are_errors_at_their_line() {
    let work = tempfile::tempdir().unwrap();
    let decl = dummy_declaration(work.path());
    let cases: [(&str, &str, &str); 4] = [
        (
            "phrases.yaml",
            "vague-qualifiers:\n  - \"vielleicht\"\nvague-wording:\n  - \"x\"\n",
            "xx/phrases.yaml:3:1: error: `vague-wording` is not a phrase list lint reads",
        ),
        (
            "phrases.yaml",
            "vague-qualifiers:\n  - \"vielleicht\"\n  - \"… gesetz\"\n",
            "xx/phrases.yaml:3:5: error: this pattern of `vague-qualifiers` does not compile",
        ),
        (
            "reference.yaml",
            "countries:\n  BE: Ɓéĺĝíúḿ\n  XY: Ẋý\n",
            "xx/reference.yaml:3:3: error: `countries.XY` names nothing in the reference data",
        ),
        (
            "phrase.yaml",
            "vague-qualifiers: []\n",
            "xx/phrase.yaml` is not a file of a locale folder",
        ),
    ];
    for (file, text, says) in cases {
        let locales = complete_folder(&work.path().join(file.replace('.', "-")));
        fs::write(locales.join("xx").join(file), text).unwrap();
        let out = work.path().join("out");
        let (l, d, o) = (
            locales.to_str().unwrap(),
            decl.to_str().unwrap(),
            out.to_str().unwrap(),
        );
        for args in [
            vec!["lint", "--locales", l, d],
            vec!["build", "--locales", l, "--out", o, d],
        ] {
            let run = notice(&args);
            assert_eq!(code(&run), 2, "{file} {}: {}", args[0], stderr(&run));
            assert!(
                stderr(&run).contains(says),
                "{file} {}: {}",
                args[0],
                stderr(&run)
            );
            assert!(!out.exists());
        }
    }
}
