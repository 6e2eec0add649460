//! Where a notice's Markdown is published (`notice.site`): the Markdown flavour a site
//! generator reads, and the front matter that places each page and links its translations.
//! Never shown in the notice itself.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::declaration::text::Text;

/// How the Markdown files are written for the site that publishes them. `notice build`'s
/// `--markdown`, `--front-matter`, `--permalink` and `--markdown-file` override these fields
/// for a run.
#[derive(Clone, Debug, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Site {
    /// The Markdown flavour of the `.md` files (default `gfm`).
    pub markdown: Option<Flavour>,
    /// The front matter written at the top of each Markdown file (default: `toml` for `hugo`,
    /// `yaml` for `jekyll`, `mkdocs` and `mdx`, none for `gfm` and `commonmark`).
    pub front_matter: Option<FrontMatterFormat>,
    /// The page's summary for search engines and link previews, in the front matter.
    pub description: Option<Text>,
    /// What the site uses to tell that the pages in each language are one page (default: the
    /// notice id): Hugo's `translationKey`, `translation_key` elsewhere.
    pub translation_key: Option<String>,
    /// The address of each page on the site, `{lang}` and `{id}` replaced by the language and
    /// the notice id (`/{lang}/privacy/`): Jekyll's `permalink`, Hugo's `url`, Docusaurus's
    /// `slug`.
    pub permalink: Option<String>,
    /// The Markdown file's name in the notice's folder, `{lang}` replaced by the language
    /// (default: the flavour's, `{lang}.md`, `index.{lang}.md` for Hugo and MkDocs,
    /// `{lang}.mdx` for MDX). Without `{lang}`, build one language per output folder.
    pub file_name: Option<String>,
}

/// A Markdown flavour: the dialect of the renderer that turns the `.md` file into a web page.
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Deserialize,
    Serialize,
    JsonSchema,
    clap::ValueEnum,
)]
#[serde(rename_all = "lowercase")]
pub enum Flavour {
    /// CommonMark alone: no heading ids (links within the notice become plain words), tables
    /// as HTML.
    Commonmark,
    /// GitHub Flavored Markdown (GitHub, GitLab, Gitea, VS Code, markdown-it, Docusaurus): the
    /// heading ids GitHub derives from the heading text.
    Gfm,
    /// Hugo (Goldmark): `{#id}` heading ids, `index.<lang>.md` page bundles, TOML front matter.
    Hugo,
    /// Jekyll (kramdown, as GitHub Pages runs it): `{#id}` heading ids, Liquid kept out.
    Jekyll,
    /// MkDocs (Python-Markdown with `attr_list`): `{#id}` heading ids, `index.<lang>.md` for
    /// the i18n plugin.
    Mkdocs,
    /// MDX (Docusaurus, Next.js, Astro): GitHub's heading ids, `.mdx` files, nothing MDX
    /// would read as JavaScript or JSX.
    Mdx,
}

/// The syntax of a front matter block.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, Deserialize, Serialize, JsonSchema, clap::ValueEnum,
)]
#[serde(rename_all = "lowercase")]
pub enum FrontMatterFormat {
    /// `---` YAML `---`, which every site generator reads.
    Yaml,
    /// `+++` TOML `+++`, Hugo's own.
    Toml,
    /// No front matter.
    None,
}
