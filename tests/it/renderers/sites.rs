//! Hugo, Jekyll and MkDocs, as Debian packages them: a minimal site of each, built from the
//! demo's Markdown in the flavour, its pages checked, and (Hugo, Jekyll) the three languages
//! linked as translations of one page by the front matter alone.

use std::path::Path;
use std::process::Command;

use super::{attribute_values, build_demo, check_page, renderer, run};
use crate::common::read;

const LANGS: [&str; 4] = ["fr", "nl", "en", "de"];

/// Each page of a site: its language and its HTML.
fn pages(site: &Path, path: impl Fn(&str) -> String) -> Vec<(&'static str, String)> {
    LANGS
        .iter()
        .map(|lang| (*lang, read(&site.join(path(lang)))))
        .collect()
}

/// Each page links to the others by language, at the address the site gave them: what the
/// layout's `<nav>` lists (`hreflang` and `href` of each translation).
fn check_translations(pages: &[(&str, String)], address: impl Fn(&str) -> String, what: &str) {
    for (lang, html) in pages {
        let nav = html
            .split_once("<nav>")
            .and_then(|(_, n)| n.split_once("</nav>"))
            .map_or("", |(n, _)| n);
        let mut hreflangs = attribute_values(nav, "hreflang");
        hreflangs.sort();
        let hrefs = attribute_values(nav, "href");
        let others: Vec<String> = LANGS
            .iter()
            .filter(|l| *l != lang)
            .map(|l| l.to_string())
            .collect();
        let mut sorted = others.clone();
        sorted.sort();
        assert_eq!(hreflangs, sorted, "{what} {lang}: translations {nav}");
        for other in &others {
            assert!(
                hrefs.contains(&address(other)),
                "{what} {lang}: no link to {}: {nav}",
                address(other)
            );
        }
    }
}

#[test]
fn hugo_renders_the_four_languages_as_translations_of_one_page() {
    let Some(_) = renderer("Hugo", "hugo", &["version"]) else {
        return;
    };
    let work = tempfile::tempdir().unwrap();
    let site = work.path().join("site");
    std::fs::create_dir_all(site.join("layouts/_default")).unwrap();
    std::fs::write(
        site.join("hugo.toml"),
        "baseURL = \"https://example.org/\"
defaultContentLanguage = \"fr\"
defaultContentLanguageInSubdir = true
disableKinds = [\"taxonomy\", \"term\", \"RSS\", \"sitemap\", \"robotsTXT\", \"404\", \"home\", \"section\"]
[languages.fr]
weight = 1
[languages.nl]
weight = 2
[languages.en]
weight = 3
[languages.de]
weight = 4
",
    )
    .unwrap();
    // What a theme's page layout does: the content, and a link to each translation.
    std::fs::write(
        site.join("layouts/_default/single.html"),
        "<!DOCTYPE html><html lang=\"{{ .Lang }}\"><head><title>{{ .Title }}</title></head><body>
<nav>{{ range .Translations }}<a hreflang=\"{{ .Lang }}\" href=\"{{ .RelPermalink }}\">{{ .Title }}</a>{{ end }}</nav>
<main>{{ .Content }}</main></body></html>
",
    )
    .unwrap();
    let ids = build_demo(work.path(), &site.join("content"), "hugo", &[]);
    let mut hugo = Command::new("hugo");
    hugo.args(["--quiet", "--source"])
        .arg(&site)
        .args(["--destination", "public"]);
    run(hugo);
    let pages = pages(&site.join("public"), |l| {
        format!("{l}/atelier-zenne/index.html")
    });
    for (lang, html) in &pages {
        assert_eq!(check_page(html, lang, &format!("hugo {lang}")), ids.len());
        assert!(html.contains("<h2 id=\"summary\">"), "hugo {lang}");
    }
    check_translations(&pages, |l| format!("/{l}/atelier-zenne/"), "hugo");
}

#[test]
fn jekyll_renders_the_four_languages_linked_by_their_translation_key() {
    let Some(_) = renderer("Jekyll", "jekyll", &["--version"]) else {
        return;
    };
    let work = tempfile::tempdir().unwrap();
    let site = work.path().join("site");
    std::fs::create_dir_all(site.join("_layouts")).unwrap();
    // kramdown with its GFM parser, as GitHub Pages runs Jekyll.
    std::fs::write(
        site.join("_config.yml"),
        "markdown: kramdown
kramdown:
  input: GFM
defaults:
  - scope: {path: \"\"}
    values: {layout: notice}
",
    )
    .unwrap();
    // Jekyll has no translations of its own: a layout finds them by `translation_key`.
    std::fs::write(
        site.join("_layouts/notice.html"),
        "<!DOCTYPE html><html lang=\"{{ page.lang }}\"><head><title>{{ page.title }}</title></head><body>
<nav>{% assign translations = site.pages | where: \"translation_key\", page.translation_key %}{% for p in translations %}{% if p.lang != page.lang %}<a hreflang=\"{{ p.lang }}\" href=\"{{ p.url }}\">{{ p.title }}</a>{% endif %}{% endfor %}</nav>
<main>{{ content }}</main></body></html>
",
    )
    .unwrap();
    let ids = build_demo(
        work.path(),
        &site,
        "jekyll",
        &["--permalink", "/{lang}/{id}/"],
    );
    let mut jekyll = Command::new("jekyll");
    jekyll
        .current_dir(&site)
        .args(["build", "--quiet", "--safe"]);
    run(jekyll);
    let pages = pages(&site.join("_site"), |l| {
        format!("{l}/atelier-zenne/index.html")
    });
    for (lang, html) in &pages {
        assert_eq!(check_page(html, lang, &format!("jekyll {lang}")), ids.len());
        assert!(html.contains("<h2 id=\"summary\">"), "jekyll {lang}");
    }
    check_translations(&pages, |l| format!("/{l}/atelier-zenne/"), "jekyll");
}

#[test]
fn mkdocs_renders_the_pages_with_their_heading_ids() {
    let Some(_) = renderer("MkDocs", "mkdocs", &["--version"]) else {
        return;
    };
    let work = tempfile::tempdir().unwrap();
    let site = work.path().join("site");
    std::fs::create_dir_all(site.join("theme")).unwrap();
    std::fs::write(
        site.join("mkdocs.yml"),
        "site_name: Test
markdown_extensions:
  - attr_list
  - tables
theme:
  name: null
  custom_dir: theme
",
    )
    .unwrap();
    std::fs::write(
        site.join("theme/main.html"),
        "<!DOCTYPE html><html lang=\"{{ page.meta.lang }}\"><head><title>{{ page.title }}</title></head><body><main>{{ page.content }}</main></body></html>\n",
    )
    .unwrap();
    let ids = build_demo(work.path(), &site.join("docs"), "mkdocs", &[]);
    let mut mkdocs = Command::new("mkdocs");
    mkdocs
        .current_dir(&site)
        .args(["build", "--quiet", "--strict"]);
    run(mkdocs);
    // Without the i18n plugin (not packaged by Debian), `index.fr.md` is the page `index.fr/`.
    let pages = pages(&site.join("site"), |l| {
        format!("atelier-zenne/index.{l}/index.html")
    });
    for (lang, html) in &pages {
        assert_eq!(check_page(html, lang, &format!("mkdocs {lang}")), ids.len());
        assert!(html.contains("<h2 id=\"summary\">"), "mkdocs {lang}");
        assert!(
            html.starts_with(&format!("<!DOCTYPE html><html lang=\"{lang}\">")),
            "mkdocs {lang}: the front matter's lang"
        );
    }
}
