//! Markdown flavours (`notice build --markdown`): the `.md` file a site generator reads.
//!
//! The notice's Markdown is written once, in the canonical form HTML and PDF are made from
//! (CommonMark with `{#id}` heading attributes and tables). The file a build writes is that
//! Markdown written again in a flavour: each flavour is a [`Syntax`], data that says how its
//! renderer gets heading ids, which characters it reads as syntax and how it escapes them, how
//! it breaks lines and indents lists, what its files are called and what its front matter
//! holds. One writer ([`write::write`]) serves them all.

mod front;
mod slug;
mod write;

pub use front::FrontMatter;

use std::path::Path;

use crate::declaration::{Declaration, Flavour, FrontMatterFormat, Text};
use crate::diagnostic::Diagnostic;
use crate::render::escape::{COMMONMARK, Dialect};

/// How a flavour's renderer gets the ids that links within the notice point to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ids {
    /// Written after the heading's words, `## Words {#id}` (Goldmark, kramdown, attr_list).
    Attribute,
    /// Derived by the renderer from the heading's words as GitHub does; links point to those.
    Derived,
    /// None: a link within the notice is left as its words.
    None,
}

/// What a flavour's front matter calls the fields that are not named alike everywhere.
#[derive(Clone, Copy, Debug)]
pub struct Keys {
    /// The page's language, where the front matter says it (Hugo reads it from the file name).
    pub lang: Option<&'static str>,
    /// What links the pages of one notice in each language.
    pub translation: &'static str,
    /// The page's address on the site.
    pub permalink: &'static str,
    /// The key and value that keep a draft (`build --draft`) from being published, where the
    /// generator has one.
    pub draft: Option<(&'static str, &'static str)>,
}

/// A flavour, as data.
#[derive(Clone, Copy, Debug)]
pub struct Syntax {
    pub ids: Ids,
    pub dialect: Dialect,
    /// What ends a line that breaks inside a paragraph.
    pub hard_break: &'static str,
    /// The indentation of a list item's content: the marker's width and a space where `None`
    /// (CommonMark), or this many spaces (Python-Markdown nests only at four).
    pub list_indent: Option<usize>,
    /// Whether tables are written as HTML: CommonMark has no tables of its own, and reads a
    /// block of HTML as it is.
    pub html_tables: bool,
    /// The file's name, `{lang}` replaced by the language.
    pub file: &'static str,
    pub front_matter: FrontMatterFormat,
    pub keys: Keys,
}

/// The front matter keys every generator but Hugo reads as they are written here.
const KEYS: Keys = Keys {
    lang: Some("lang"),
    translation: "translation_key",
    permalink: "permalink",
    draft: None,
};

/// CommonMark's dialect with GFM's strikethrough (`~x~`), which GitHub, Goldmark, kramdown's
/// GFM parser and remark-gfm all read.
const GFM: Dialect = Dialect {
    inline: "~",
    ..COMMONMARK
};

const BASE: Syntax = Syntax {
    ids: Ids::Derived,
    dialect: GFM,
    hard_break: "\\",
    list_indent: None,
    html_tables: false,
    file: "{lang}.md",
    front_matter: FrontMatterFormat::None,
    keys: KEYS,
};

impl Flavour {
    pub const ALL: [Flavour; 6] = [
        Flavour::Commonmark,
        Flavour::Gfm,
        Flavour::Hugo,
        Flavour::Jekyll,
        Flavour::Mkdocs,
        Flavour::Mdx,
    ];

    /// The flavour's name, as `--markdown` takes it.
    pub fn name(self) -> &'static str {
        match self {
            Flavour::Commonmark => "commonmark",
            Flavour::Gfm => "gfm",
            Flavour::Hugo => "hugo",
            Flavour::Jekyll => "jekyll",
            Flavour::Mkdocs => "mkdocs",
            Flavour::Mdx => "mdx",
        }
    }

    /// What the flavour's renderer reads, and how its files are written.
    pub fn syntax(self) -> Syntax {
        match self {
            Flavour::Commonmark => Syntax {
                ids: Ids::None,
                dialect: COMMONMARK,
                html_tables: true,
                ..BASE
            },
            Flavour::Gfm => BASE,
            // Goldmark as Hugo configures it: GFM, and definition lists (`: ` under a line).
            Flavour::Hugo => Syntax {
                ids: Ids::Attribute,
                dialect: Dialect {
                    line_start: ":",
                    ..GFM
                },
                file: "index.{lang}.md",
                front_matter: FrontMatterFormat::Toml,
                keys: Keys {
                    lang: None,
                    translation: "translationKey",
                    permalink: "url",
                    draft: Some(("draft", "true")),
                },
                ..BASE
            },
            // kramdown with its GFM parser (Jekyll's default): math in `$$`, definition lists,
            // `^` alone ending a block; no backslash before `&`. Liquid reads the file first,
            // and a backslash does not hide `{%` from it.
            Flavour::Jekyll => Syntax {
                ids: Ids::Attribute,
                dialect: Dialect {
                    inline: "~$",
                    line_start: ":^",
                    references: "&{^",
                    ..COMMONMARK
                },
                front_matter: FrontMatterFormat::Yaml,
                keys: Keys {
                    draft: Some(("published", "false")),
                    ..KEYS
                },
                ..BASE
            },
            // Python-Markdown (MkDocs, with `attr_list` for the ids): a backslash only before
            // its own list of characters, hard breaks as two spaces, lists nested at four.
            Flavour::Mkdocs => Syntax {
                ids: Ids::Attribute,
                dialect: Dialect {
                    references: "<&~=",
                    ..GFM
                },
                hard_break: "  ",
                list_indent: Some(4),
                file: "index.{lang}.md",
                front_matter: FrontMatterFormat::Yaml,
                ..BASE
            },
            // MDX reads `{` as an expression and `<` as JSX (both escaped everywhere), and a
            // paragraph that starts with `import` or `export` as JavaScript.
            Flavour::Mdx => Syntax {
                dialect: Dialect {
                    line_start_words: &["import", "export"],
                    ..GFM
                },
                file: "{lang}.mdx",
                front_matter: FrontMatterFormat::Yaml,
                keys: Keys {
                    permalink: "slug",
                    draft: Some(("draft", "true")),
                    ..KEYS
                },
                ..BASE
            },
        }
    }
}

/// The flavour `notice build` writes without `--markdown` or `notice.site.markdown`: GitHub's
/// Markdown is what the most renderers read right (docs/websites.md, "Flavours").
pub const DEFAULT_FLAVOUR: Flavour = Flavour::Gfm;

/// How a run writes the Markdown files: `notice build`'s options, each in place of the
/// declaration's `notice.site` field of the same meaning.
#[derive(Clone, Debug, Default)]
pub struct MarkdownOptions {
    pub flavour: Option<Flavour>,
    pub front_matter: Option<FrontMatterFormat>,
    pub permalink: Option<String>,
    pub file: Option<String>,
}

/// The Markdown file of one notice, as a run writes it.
#[derive(Clone, Debug)]
pub struct Page<'d> {
    pub flavour: Flavour,
    syntax: Syntax,
    front_matter: FrontMatterFormat,
    file: String,
    permalink: Option<String>,
    translation_key: String,
    /// Whether the declaration set `translation_key` (else it is the notice id).
    translation_key_declared: bool,
    description: Option<&'d Text>,
    id: &'d str,
}

impl MarkdownOptions {
    /// The page of `decl`: this run's options, else its `notice.site`, else the flavour's.
    pub fn page<'d>(&self, decl: &'d Declaration) -> Page<'d> {
        let site = decl.notice.site.as_ref();
        let flavour = self
            .flavour
            .or(site.and_then(|s| s.markdown))
            .unwrap_or(DEFAULT_FLAVOUR);
        let syntax = flavour.syntax();
        let id = decl.notice.id.as_deref().unwrap_or("notice");
        Page {
            flavour,
            front_matter: self
                .front_matter
                .or(site.and_then(|s| s.front_matter))
                .unwrap_or(syntax.front_matter),
            file: self
                .file
                .clone()
                .or_else(|| site.and_then(|s| s.file_name.clone()))
                .unwrap_or_else(|| syntax.file.to_owned()),
            permalink: self
                .permalink
                .clone()
                .or_else(|| site.and_then(|s| s.permalink.clone())),
            translation_key: site
                .and_then(|s| s.translation_key.clone())
                .unwrap_or_else(|| id.to_owned()),
            translation_key_declared: site.is_some_and(|s| s.translation_key.is_some()),
            description: site.and_then(|s| s.description.as_ref()),
            syntax,
            id,
        }
    }
}

impl Page<'_> {
    /// `pattern` with `{lang}` and `{id}` replaced.
    fn fill(&self, pattern: &str, lang: &str) -> String {
        pattern.replace("{lang}", lang).replace("{id}", self.id)
    }

    /// The file's name in the notice's folder.
    pub fn file_name(&self, lang: &str) -> String {
        self.fill(&self.file, lang)
    }

    /// Refuses a file name that is not one (`../x`, a folder, a placeholder `notice` does not
    /// know), or a file name or address that several of `langs` would share, before anything
    /// is rendered.
    pub fn check(&self, langs: &[&str]) -> Result<(), Diagnostic> {
        let help = "write a file name such as `{lang}.md` or `privacy.{lang}.md` (docs/websites.md, \"Front matter\"); `{lang}` and `{id}` are replaced by the language and the notice id";
        for (what, pattern) in [
            ("file", Some(&self.file)),
            ("permalink", self.permalink.as_ref()),
        ] {
            let Some(pattern) = pattern else { continue };
            let filled = self.fill(pattern, "xx");
            if filled.contains(['{', '}']) {
                return Err(Diagnostic::error(
                    "output",
                    format!("the Markdown {what} `{pattern}` has a placeholder other than {{lang}} and {{id}}"),
                )
                .with_help(help));
            }
        }
        let name = self.file_name(langs.first().copied().unwrap_or("xx"));
        let plain = Path::new(&name).file_name().and_then(|n| n.to_str()) == Some(name.as_str());
        if !plain || name.starts_with('.') || name.chars().any(char::is_control) {
            return Err(Diagnostic::error(
                "output",
                format!("the Markdown file `{}` is not a file name", self.file),
            )
            .with_help(help));
        }
        if langs.len() > 1 && !self.file.contains("{lang}") {
            return Err(Diagnostic::error(
                "output",
                format!(
                    "the Markdown file `{}` has no {{lang}}, so the {} languages of this notice would be written to one file",
                    self.file,
                    langs.len()
                ),
            )
            .with_help("add {lang} to the file name, or build one language per output folder with --lang (as Docusaurus needs: docs/websites.md, \"Docusaurus\")"));
        }
        // Hugo and Jekyll publish each page at its address as written: pages sharing one
        // would overwrite each other on the site.
        if let Some(permalink) = &self.permalink
            && langs.len() > 1
            && self.front_matter != FrontMatterFormat::None
            && !permalink.contains("{lang}")
        {
            return Err(Diagnostic::error(
                "output",
                format!(
                    "the permalink `{permalink}` has no {{lang}}, so the {} languages of this notice would be published at one address",
                    langs.len()
                ),
            )
            .with_help("add {lang} to the permalink (`/{lang}/privacy/`), or build one language per run with --lang (docs/websites.md)"));
        }
        Ok(())
    }

    /// What this page leaves out of what `notice.site` declares: its front matter fields,
    /// when the page has no front matter. Nothing is dropped without a word.
    pub fn unwritten(&self) -> Vec<String> {
        if self.front_matter != FrontMatterFormat::None {
            return Vec::new();
        }
        [
            ("description", self.description.is_some()),
            ("translation_key", self.translation_key_declared),
            ("permalink", self.permalink.is_some()),
        ]
        .into_iter()
        .filter(|(_, given)| *given)
        .map(|(field, _)| {
            format!("`notice.site.{field}` is not written: the file has no front matter (the {} flavour writes none, or `--front-matter none`); choose a front matter with `--front-matter` or `notice.site.front_matter`", self.flavour.name())
        })
        .collect()
    }

    /// The file: front matter, then the canonical Markdown `markdown` in the flavour.
    pub fn write(&self, markdown: &str, front: FrontMatter) -> String {
        let front = FrontMatter {
            description: self
                .description
                .and_then(|d| d.get(&front.lang))
                .map(str::to_owned),
            translation_key: self.translation_key.clone(),
            permalink: self.permalink.as_deref().map(|p| self.fill(p, &front.lang)),
            ..front
        };
        let mut out = front.write(self.front_matter, &self.syntax.keys);
        out.push_str(&write::write(markdown, &self.syntax));
        out
    }
}

#[cfg(test)]
mod tests;
