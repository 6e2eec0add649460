//! GitHub's Markdown and CommonMark, read by comrak (the GFM implementation GitHub's own
//! cmark-gfm is ported into): the `gfm` flavour with GitHub's extensions and the heading ids
//! GitHub derives, the `commonmark` flavour with none.

use comrak::{Options, markdown_to_html};

use super::{build_demo, check_page};
use crate::common::read;

/// comrak as GitHub renders a README: the GFM extensions, raw HTML left out, and ids on
/// headings (GitHub prefixes them with `user-content-` and its script follows `#id` links to
/// them; the ids are the same).
fn github() -> Options<'static> {
    let mut o = Options::default();
    o.extension.strikethrough = true;
    o.extension.table = true;
    o.extension.autolink = true;
    o.extension.tasklist = true;
    o.extension.header_id_prefix = Some(String::new());
    o
}

#[test]
fn gfm_renders_on_github_with_every_link_reaching_its_heading() {
    let work = tempfile::tempdir().unwrap();
    let out = work.path().join("out");
    let ids = build_demo(work.path(), &out, "gfm", &[]);
    for lang in ["fr", "nl", "en"] {
        let md = read(&out.join(format!("atelier-zenne/{lang}.md")));
        let html = markdown_to_html(&md, &github());
        let links = check_page(&html, lang, &format!("gfm {lang}"));
        // Every section the template links to is still a link, to GitHub's id for it (comrak
        // adds a link to itself to each heading).
        let anchors = html.matches("class=\"anchor\"").count();
        assert_eq!(links - anchors, ids.len(), "gfm {lang}: links lost");
        assert!(html.contains("<table>"), "gfm {lang}: no table");
    }
}

#[test]
fn commonmark_renders_with_links_to_sections_left_as_their_words() {
    let work = tempfile::tempdir().unwrap();
    let out = work.path().join("out");
    let ids = build_demo(work.path(), &out, "commonmark", &[]);
    for lang in ["fr", "nl", "en"] {
        let md = read(&out.join(format!("atelier-zenne/{lang}.md")));
        // Raw HTML passed through, as CommonMark specifies and cmark does.
        let mut options = Options::default();
        options.render.r#unsafe = true;
        let html = markdown_to_html(&md, &options);
        assert_eq!(check_page(&html, lang, &format!("commonmark {lang}")), 0);
        // The tables are HTML, which CommonMark passes through.
        let table = html.find("<table>").expect("a table");
        assert!(
            !html[table..].contains("| ---") && !html.contains("<p>|"),
            "commonmark {lang}"
        );
        // The words of each link stay.
        assert!(html.contains(&format!(" {} ", ids[1])), "commonmark {lang}");
    }
}
