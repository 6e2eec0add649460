//! The documentation book in `docs/`: its generated pages are what the code gives today, every
//! internal link resolves, the summary lists every page, and every `notice` command the pages
//! quote is one the binary accepts.

mod links;

use std::path::{Path, PathBuf};

use clap::Parser;
use notice::cli::Cli;
use notice::docs::{MARKER, REGENERATE};
use serde_json::Value;

use crate::common::{code, read, root, stderr, stdout};

fn book() -> PathBuf {
    root().join("docs")
}

#[test]
fn the_generated_pages_are_fresh() {
    if std::env::var_os("NOTICE_BLESS").is_some() {
        notice::docs::write(&book()).expect("docs/ is writable");
        return;
    }
    let stale = notice::docs::stale(&book()).expect("docs/SUMMARY.md lists the rule index");
    let list: Vec<String> = stale
        .iter()
        .map(|(path, what)| {
            format!(
                "  {what}: {}",
                path.strip_prefix(root()).unwrap_or(path).display()
            )
        })
        .collect();
    assert!(
        stale.is_empty(),
        "generated pages of the book are stale:\n{}\nregenerate them with `{REGENERATE}` (or `NOTICE_BLESS=1 cargo test`), review the diff and commit docs/",
        list.join("\n")
    );
}

#[test]
fn every_internal_link_resolves_and_every_page_is_in_the_summary() {
    let problems = links::check(&book());
    assert!(
        problems.is_empty(),
        "broken links in docs/ (after changing generated pages, run `{REGENERATE}` first):\n  {}",
        problems.join("\n  ")
    );
}

#[test]
fn the_command_reference_has_a_section_for_every_command() {
    use clap::CommandFactory;
    let page = read(&book().join("reference/commands.md"));
    let commands: Vec<String> = Cli::command()
        .get_subcommands()
        .map(|c| c.get_name().to_owned())
        .collect();
    // `diff` is declared in its own module (`DiffArgs`); it is documented all the same.
    assert!(commands.iter().any(|c| c == "diff"), "{commands:?}");
    for name in commands {
        assert!(
            page.contains(&format!("\n## `notice {name}`\n")),
            "reference/commands.md has no section for `notice {name}`"
        );
    }
}

/// The description of every field of the schema, as the field reference must show it.
fn field_descriptions(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::Object(m) => {
            for prop in m
                .get("properties")
                .and_then(Value::as_object)
                .into_iter()
                .flatten()
            {
                if let Some(d) = prop.1.get("description").and_then(Value::as_str) {
                    out.push(d.replace('<', "\\<"));
                }
            }
            m.values().for_each(|x| field_descriptions(x, out));
        }
        Value::Array(a) => a.iter().for_each(|x| field_descriptions(x, out)),
        _ => {}
    }
}

#[test]
fn the_field_reference_documents_every_field_with_an_anchor_per_path() {
    let page = read(&book().join("reference/fields.md"));
    let mut descriptions = Vec::new();
    field_descriptions(&notice::declaration::schema::schema(), &mut descriptions);
    assert!(descriptions.len() > 150, "{}", descriptions.len());
    let missing: Vec<&String> = descriptions
        .iter()
        .filter(|d| !page.contains(d.as_str()))
        .collect();
    assert!(missing.is_empty(), "fields.md lacks {missing:?}");
    // Paths other pages link to, nested ones included, and a shared structure.
    for anchor in [
        "{#purposes-legal_basis}",
        // A transfer entry is a structure of its own: one entry, or a list of them.
        "{#transfer-mechanism}",
        "{#lint-allow-reason}",
        "{#retention-per_category-duration}",
        "{#text}",
    ] {
        assert!(page.contains(anchor), "fields.md has no {anchor}");
    }
    // A shorthand and its full form are both given.
    let legal_basis = page
        .split("{#purposes-legal_basis}")
        .nth(1)
        .and_then(|rest| rest.split("\n#").next())
        .unwrap();
    assert!(
        legal_basis.contains("[LegalBasis](#legalbasis)")
            && legal_basis.contains("a list of [LegalBasis](#legalbasis)"),
        "{legal_basis}"
    );
}

#[test]
fn every_rule_has_a_page_with_its_whole_documentation() {
    let index = read(&book().join("rules/index.md"));
    for r in notice::lint::rules::all() {
        assert!(index.contains(&format!("| [{id}]({id}.md) | `{}` |", r.name, id = r.id)));
        let page = read(&book().join(format!("rules/{}.md", r.id)));
        assert!(page.starts_with(MARKER), "{}", r.id);
        assert!(
            page.contains(&format!("# {} `{}`", r.id, r.name)),
            "{}",
            r.id
        );
        for part in [r.docs.bad.trim_end(), r.docs.good.trim_end(), r.articles] {
            assert!(page.contains(part), "rules/{}.md lacks {part:?}", r.id);
        }
        // Prose may gain links to the field reference; its words stay.
        for prose in [r.docs.what, r.docs.why] {
            let words = prose.split('`').step_by(2).filter(|w| w.len() > 3);
            for w in words {
                assert!(
                    page.contains(&w.replace('<', "\\<")),
                    "rules/{}.md lacks {w:?}",
                    r.id
                );
            }
        }
    }
}

/// `notice …` command lines in the shell and YAML code blocks of `text`.
fn quoted_commands(text: &str) -> Vec<String> {
    use pulldown_cmark::{CodeBlockKind, Event, Tag, TagEnd};
    let mut out = Vec::new();
    let mut in_block = false;
    for event in pulldown_cmark::Parser::new(text) {
        match event {
            Event::Start(Tag::CodeBlock(CodeBlockKind::Fenced(lang))) => {
                in_block = matches!(&*lang, "sh" | "yaml");
            }
            Event::End(TagEnd::CodeBlock) => in_block = false,
            Event::Text(t) if in_block => out.extend(t.lines().flat_map(commands_in_line)),
            _ => {}
        }
    }
    out
}

/// The `notice` commands of one shell or YAML line, without redirections and comments;
/// `cargo run -- ARGS` and `cargo run --release -- ARGS` run `notice ARGS`.
fn commands_in_line(line: &str) -> Vec<String> {
    let line = line
        .trim()
        .trim_start_matches("- ")
        .replace("cargo run --release -- ", "notice ")
        .replace("cargo run -- ", "notice ");
    let line = line.as_str();
    let line = ["run: ", "entry: ", "$ "]
        .iter()
        .fold(line, |l, p| l.strip_prefix(p).unwrap_or(l));
    line.split("||")
        .flat_map(|part| part.split("&&"))
        .map(|part| {
            part.split(['>', '#', '|'])
                .next()
                .unwrap_or_default()
                .trim()
        })
        .filter(|part| part.split_whitespace().next() == Some("notice"))
        .map(str::to_owned)
        .collect()
}

fn parses(command: &str) -> Result<(), String> {
    Cli::try_parse_from(shell_words(command))
        .map(|_| ())
        .map_err(|e| format!("`{command}`: {e}"))
}

/// The words of a command line as a shell splits it: quotes keep spaces in a word
/// (`--name "Acme SRL"` is two words), and are not part of it.
fn shell_words(command: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut word: Option<String> = None;
    let mut quote = None;
    for c in command.chars() {
        match quote {
            Some(q) if c == q => quote = None,
            Some(_) => word.get_or_insert_default().push(c),
            None if c == '"' || c == '\'' => {
                quote = Some(c);
                word.get_or_insert_default();
            }
            None if c.is_whitespace() => words.extend(word.take()),
            None => word.get_or_insert_default().push(c),
        }
    }
    words.extend(word);
    words
}

#[test]
fn every_notice_command_the_docs_quote_is_accepted() {
    // Every page written by hand (the generated ones quote the parser itself), and the README.
    let mut pages: Vec<PathBuf> = crate::common::files(&book())
        .into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == "md"))
        .map(|p| book().join(p))
        .filter(|p| !read(p).starts_with(MARKER))
        .collect();
    pages.push(root().join("README.md"));
    let mut commands = Vec::new();
    for page in &pages {
        commands.extend(quoted_commands(&read(page)));
    }
    assert!(commands.len() >= 40, "{commands:?}");
    for must in [
        "notice lint --format sarif",
        "notice build --out site/privacy --check",
        // From the guide (docs/guide/) and the README.
        "notice lint --list-rules",
        "notice reference services stripe",
        "notice lint",
        "notice build acme.yaml",
    ] {
        assert!(commands.iter().any(|c| c == must), "{must} in {commands:?}");
    }
    let refused: Vec<String> = commands.iter().filter_map(|c| parses(c).err()).collect();
    assert!(refused.is_empty(), "{}", refused.join("\n"));
    // The command failure messages give.
    assert_eq!(commands_in_line(REGENERATE), ["notice docs"]);
    // The README's quick start.
    assert_eq!(
        commands_in_line("cargo run --release -- build     # builds the demo"),
        ["notice build"]
    );
    parses("notice docs").unwrap();
    // The checker refuses what the binary would, and reads quotes as a shell does.
    assert!(parses("notice lint --format pdf").is_err());
    assert_eq!(
        shell_words("notice init --name \"Acme SRL\" -o ''"),
        ["notice", "init", "--name", "Acme SRL", "-o", ""]
    );
    assert!(parses("notice init --name Acme SRL").is_err());
    assert_eq!(
        commands_in_line("run: notice lint --format sarif > x || true"),
        ["notice lint --format sarif"]
    );
}

#[test]
fn the_pre_commit_hooks_run_notice_commands() {
    let text = read(&root().join(".pre-commit-hooks.yaml"));
    let hooks: Vec<Value> = serde_yaml::from_str(&text).expect("a list of hooks");
    let ids: Vec<&str> = hooks.iter().filter_map(|h| h["id"].as_str()).collect();
    assert_eq!(ids, ["notice-lint", "notice-build-check"]);
    // Each with no arguments, and with those docs/ci.md shows.
    for (hook, args) in hooks.iter().zip(["declarations/", "--out site/privacy"]) {
        let entry = hook["entry"].as_str().unwrap();
        parses(entry).unwrap();
        parses(&format!("{entry} {args}")).unwrap();
        assert_eq!(hook["language"], "rust");
        assert_eq!(
            hook["pass_filenames"], false,
            "a changed CI file is no declaration"
        );
    }
}

/// A book with a summary whose rule index has stale entries.
fn scratch_book() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("SUMMARY.md"),
        "# Summary\n\n- [Fields](reference/fields.md)\n- [Commands](reference/commands.md)\n- [Lint rules](rules/index.md)\n  - [N999 gone](rules/N999.md)\n",
    )
    .unwrap();
    dir
}

fn docs_command(args: &[&str]) -> std::process::Output {
    crate::common::notice(&[&["docs"], args].concat())
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

#[test]
fn notice_docs_writes_the_pages_and_check_lists_what_is_stale() {
    let dir = scratch_book();
    let out = s(dir.path());
    let o = docs_command(&["--check", "--out", out]);
    assert_eq!(code(&o), 1);
    assert!(
        stdout(&o).contains(&format!("missing: {out}/rules/N201.md\n")),
        "{}",
        stdout(&o)
    );
    assert!(
        stdout(&o).contains(&format!("differs: {out}/SUMMARY.md\n")),
        "{}",
        stdout(&o)
    );
    assert!(!dir.path().join("rules").exists(), "--check writes nothing");

    let o = docs_command(&["--out", out]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let summary = read(&dir.path().join("SUMMARY.md"));
    assert!(!summary.contains("N999"), "{summary}");
    assert!(
        summary.contains(
            "- [Lint rules](rules/index.md)\n  - [N001 invalid-notice-id](rules/N001.md)\n"
        )
    );
    assert!(summary.starts_with("# Summary\n\n- [Fields](reference/fields.md)\n"));
    let o = docs_command(&["--check", "--out", out]);
    assert_eq!(code(&o), 0, "{}", stdout(&o));

    // A page edited by hand, and one the code no longer generates.
    let page = dir.path().join("rules/N201.md");
    std::fs::write(&page, read(&page) + "edited\n").unwrap();
    let gone = dir.path().join("rules/N999.md");
    std::fs::write(&gone, format!("{MARKER}\n\n# N999\n")).unwrap();
    let hand = dir.path().join("rules/notes.md");
    std::fs::write(&hand, "# Written by hand\n").unwrap();
    let o = docs_command(&["--check", "--out", out]);
    assert_eq!(code(&o), 1);
    assert_eq!(
        stdout(&o),
        format!("differs: {out}/rules/N201.md\nobsolete: {out}/rules/N999.md\n")
    );
    assert!(
        stderr(&o).contains("run `notice docs --out"),
        "{}",
        stderr(&o)
    );
    let o = docs_command(&["--out", out]);
    assert_eq!(code(&o), 0);
    assert!(
        !gone.exists() && hand.exists(),
        "only generated pages are removed"
    );
    assert!(!read(&page).contains("edited"));
}

#[test]
fn notice_docs_refuses_a_summary_without_the_rule_index() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("SUMMARY.md"), "- [Intro](intro.md)\n").unwrap();
    let o = docs_command(&["--out", s(dir.path())]);
    assert_eq!(code(&o), 2);
    assert!(
        stderr(&o).contains("no entry links to `rules/index.md`"),
        "{}",
        stderr(&o)
    );
    assert!(!dir.path().join("rules").exists());
}
