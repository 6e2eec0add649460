//! A link checker for the book in `docs/`, as mdBook would resolve its links: every relative
//! link and `#anchor` of every page must reach a page of the book and a heading of that page,
//! and `SUMMARY.md` must list exactly the pages there are (mdBook renders only the pages it
//! lists).
//!
//! Anchors are computed as mdBook 0.5 computes them (rust-lang/mdBook,
//! `crates/mdbook-html/src/html/tree.rs`, `add_header_links`, and
//! `crates/mdbook-html/src/utils.rs`, `id_from_content` and `unique_id`): a heading (or a
//! definition-list term) keeps an explicit `{#id}`; otherwise its id is its plain text,
//! trimmed, with letters, digits, `_` and `-` kept (ASCII letters lower-cased), whitespace
//! turned into `-` and everything else dropped, and a `-1`, `-2`… added to repeats on a page.
//! Markdown is parsed with the options of `crates/mdbook-markdown/src/lib.rs`.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Component, Path, PathBuf};

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

/// What a page offers and asks of others.
#[derive(Default)]
struct Page {
    anchors: BTreeSet<String>,
    /// Each link's destination and its line.
    links: Vec<(String, usize)>,
    problems: Vec<String>,
}

/// The problems of the book whose source folder is `root`, one line each; empty when every
/// link resolves and the summary lists exactly the book's pages.
pub fn check(root: &Path) -> Vec<String> {
    let files = crate::common::files(root);
    // mdBook copies the book's other files (the JSON output's schema) as they are.
    let assets: Vec<PathBuf> = files
        .iter()
        .filter(|rel| rel.extension().is_none_or(|e| e != "md"))
        .cloned()
        .collect();
    let pages: BTreeMap<PathBuf, Page> = files
        .into_iter()
        .filter(|rel| rel.extension().is_some_and(|e| e == "md"))
        .map(|rel| {
            let text = std::fs::read_to_string(root.join(&rel)).unwrap_or_default();
            (rel, read_page(&text))
        })
        .collect();
    let mut problems = Vec::new();
    for (rel, page) in &pages {
        problems.extend(
            page.problems
                .iter()
                .map(|p| format!("{}: {p}", rel.display())),
        );
        for (dest, line) in &page.links {
            if let Err(e) = resolve(rel, dest, &pages, &assets) {
                problems.push(format!("{}:{line}: `{dest}`: {e}", rel.display()));
            }
        }
    }
    problems.extend(summary_problems(&pages));
    problems
}

/// mdBook's Markdown options.
fn options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_HEADING_ATTRIBUTES
        | Options::ENABLE_SMART_PUNCTUATION
        | Options::ENABLE_DEFINITION_LIST
}

fn read_page(text: &str) -> Page {
    let mut page = Page::default();
    let mut counter: HashMap<String, u32> = HashMap::new();
    // The heading being read: its explicit id and its text so far.
    let mut heading: Option<(Option<String>, String)> = None;
    let mut explicit = BTreeSet::new();
    let line_of = |offset: usize| text[..offset].matches('\n').count() + 1;
    for (event, range) in Parser::new_ext(text, options()).into_offset_iter() {
        match event {
            Event::Start(Tag::Heading { id, .. }) => {
                heading = Some((id.map(|i| i.to_string()), String::new()));
            }
            Event::Start(Tag::DefinitionListTitle) => heading = Some((None, String::new())),
            Event::Text(t) | Event::Code(t) => {
                if let Some((_, words)) = heading.as_mut() {
                    words.push_str(&t);
                }
            }
            Event::End(TagEnd::Heading(_) | TagEnd::DefinitionListTitle) => {
                let Some((id, words)) = heading.take() else {
                    continue;
                };
                let anchor = match id {
                    Some(id) => {
                        if !explicit.insert(id.clone()) {
                            page.problems.push(format!(
                                "line {}: two headings have the id `{id}`",
                                line_of(range.start)
                            ));
                        }
                        id
                    }
                    None => unique_id(&id_from_content(&words), &mut counter),
                };
                page.anchors.insert(anchor);
            }
            Event::Start(Tag::Link { dest_url, .. } | Tag::Image { dest_url, .. }) => {
                page.links
                    .push((dest_url.to_string(), line_of(range.start)));
            }
            _ => {}
        }
    }
    page
}

/// mdBook's `id_from_content`.
pub fn id_from_content(content: &str) -> String {
    content
        .trim()
        .chars()
        .filter_map(|c| {
            if c.is_alphanumeric() || c == '_' || c == '-' {
                Some(c.to_ascii_lowercase())
            } else if c.is_whitespace() {
                Some('-')
            } else {
                None
            }
        })
        .collect()
}

/// mdBook's `unique_id`.
fn unique_id(id: &str, counter: &mut HashMap<String, u32>) -> String {
    let count = counter.entry(id.to_owned()).or_insert(0);
    let unique = if *count == 0 {
        id.to_owned()
    } else {
        format!("{id}-{count}")
    };
    *count += 1;
    unique
}

/// Checks one link of the page `from`; external links (with a scheme) are not followed.
fn resolve(
    from: &Path,
    dest: &str,
    pages: &BTreeMap<PathBuf, Page>,
    assets: &[PathBuf],
) -> Result<(), String> {
    let scheme = dest.split_once(':').is_some_and(|(s, _)| {
        !s.is_empty()
            && s.chars()
                .all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
    });
    if scheme {
        return Ok(());
    }
    let (path, anchor) = dest.split_once('#').unwrap_or((dest, ""));
    let target = if path.is_empty() {
        from.to_path_buf()
    } else {
        let mut t = from.parent().unwrap_or(Path::new("")).to_path_buf();
        for c in Path::new(path).components() {
            match c {
                Component::Normal(n) => t.push(n),
                Component::CurDir => {}
                // mdBook publishes only the book's folder: nothing above it is there.
                Component::ParentDir if !t.pop() => return Err("leaves the book".to_owned()),
                Component::ParentDir => {}
                Component::RootDir | Component::Prefix(_) => {
                    return Err("an absolute path; link pages relatively".to_owned());
                }
            }
        }
        t
    };
    let Some(page) = pages.get(&target) else {
        if anchor.is_empty() && assets.contains(&target) {
            return Ok(());
        }
        return Err(format!("no page {}", target.display()));
    };
    if !anchor.is_empty() && !page.anchors.contains(anchor) {
        return Err(format!("{} has no heading #{anchor}", target.display()));
    }
    Ok(())
}

/// Pages `SUMMARY.md` does not list (those it lists are links, checked as any other).
fn summary_problems(pages: &BTreeMap<PathBuf, Page>) -> Vec<String> {
    let summary = Path::new("SUMMARY.md");
    let Some(listed) = pages.get(summary) else {
        return vec!["no SUMMARY.md".to_owned()];
    };
    let listed: BTreeSet<PathBuf> = listed
        .links
        .iter()
        .map(|(dest, _)| PathBuf::from(dest.split('#').next().unwrap_or_default()))
        .collect();
    pages
        .keys()
        .filter(|p| p.as_path() != summary && !listed.contains(*p))
        .map(|p| {
            format!(
                "{} is not listed in SUMMARY.md, so mdBook leaves it out",
                p.display()
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A book in a temporary folder, from `(path, text)` pairs.
    fn book(files: &[(&str, &str)]) -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        for (path, text) in files {
            let p = dir.path().join(path);
            std::fs::create_dir_all(p.parent().unwrap()).unwrap();
            std::fs::write(p, text).unwrap();
        }
        dir
    }

    #[test]
    fn anchors_are_the_ones_mdbook_makes() {
        // mdBook's own cases (crates/mdbook-html/src/utils.rs).
        assert_eq!(
            id_from_content("`--passes`: add more rustdoc passes"),
            "--passes-add-more-rustdoc-passes"
        );
        assert_eq!(
            id_from_content("Method-call 🐙 expressions \u{1f47c}"),
            "method-call--expressions-"
        );
        assert_eq!(id_from_content("Über"), "Über");
        let page = read_page(
            "# `notice build`\n\n## Same\n\n## Same\n\n## Fields {#purposes-legal_basis}\n\n## What *it* checks\n",
        );
        let anchors: Vec<&str> = page.anchors.iter().map(String::as_str).collect();
        assert_eq!(
            anchors,
            [
                "notice-build",
                "purposes-legal_basis",
                "same",
                "same-1",
                "what-it-checks"
            ]
        );
    }

    #[test]
    fn a_sound_book_has_no_problem() {
        let dir = book(&[
            (
                "SUMMARY.md",
                "# Summary\n\n- [A](a.md)\n  - [B](sub/b.md)\n",
            ),
            (
                "a.md",
                "# A\n\n[b](sub/b.md#part-two), [here](#a), [web](https://example.org/x.md)\n[schema](sub/s.json)\n",
            ),
            ("sub/b.md", "# B\n\n## Part two\n\n[back](../a.md)\n"),
            ("sub/s.json", "{}"),
        ]);
        assert_eq!(check(dir.path()), Vec::<String>::new());
    }

    #[test]
    fn broken_links_and_anchors_are_reported() {
        let dir = book(&[
            ("SUMMARY.md", "- [A](a.md)\n- [Gone](gone.md)\n"),
            (
                "a.md",
                "# A\n\n[1](b.md) [2](#nowhere)\n[3](a.md#a) [4](../README.md) [5](/a.md)\n[6](s.json)\n",
            ),
            ("extra.md", "# Extra\n\n## X {#x}\n\n## Y {#x}\n"),
        ]);
        assert_eq!(
            check(dir.path()),
            [
                "SUMMARY.md:2: `gone.md`: no page gone.md",
                "a.md:3: `b.md`: no page b.md",
                "a.md:3: `#nowhere`: a.md has no heading #nowhere",
                "a.md:4: `../README.md`: leaves the book",
                "a.md:4: `/a.md`: an absolute path; link pages relatively",
                "a.md:5: `s.json`: no page s.json",
                "extra.md: line 5: two headings have the id `x`",
                "extra.md is not listed in SUMMARY.md, so mdBook leaves it out",
            ]
        );
    }
}
