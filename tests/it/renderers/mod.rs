//! The Markdown flavours read by the renderers that publish them: comrak for GitHub's Markdown
//! and CommonMark, Hugo, Jekyll and MkDocs (Debian packages) and @mdx-js/mdx as Docusaurus runs
//! it (`npm ci --prefix tests/mdx`). The demo, with a paragraph of hostile text and a link to
//! every section, is built in the flavour in FR, NL and EN, rendered, and the HTML checked: no
//! `{#` or escape backslash shows, the hostile text reads as written, every link within the
//! page reaches a heading's id, and the site links the languages as translations of one page.
//! Without a renderer a test says it is skipped, unless `NOTICE_RENDERERS_REQUIRED` is set
//! (as `.ci/run` does): then it fails.

mod gfm;
mod mdx;
mod sites;

use std::collections::BTreeSet;
use std::path::Path;
use std::process::{Command, Output};

use crate::build::build_into;
use crate::common::{code, demo_variant, read, root, stderr, stdout};
use crate::injection::html_text;

/// Set by `.ci/run`: a missing renderer then fails the tests instead of skipping them.
const REQUIRED: &str = "NOTICE_RENDERERS_REQUIRED";

/// Text that is syntax somewhere: MDX's ESM and expressions, Liquid's tags, Hugo's
/// shortcodes, heading attributes, HTML, emphasis, kramdown's math. It opens the French
/// introduction, so that its first word is at the start of a paragraph.
pub const HOSTILE: &str = r"export const x = 1; {{ site.title }} {% raw %} {{< shortcode >}} {#summary} <b>bold</b> <script>alert(1)</script> {x} \* *a* _b_ ~s~ $$m$$ &amp; &#123; |p| [l](#summary) ^";

/// The version a renderer reports, or None after saying why its test is skipped (a failure
/// where renderers are required).
pub fn renderer(name: &str, program: &str, args: &[&str]) -> Option<String> {
    let why = match Command::new(program).args(args).output() {
        Ok(o) if o.status.success() => {
            let version = String::from_utf8_lossy(&o.stdout)
                .lines()
                .next()
                .unwrap_or("")
                .trim()
                .to_owned();
            eprintln!("{name}: {version}");
            return Some(version);
        }
        Ok(o) => format!(
            "`{program} {}` failed: {}",
            args.join(" "),
            String::from_utf8_lossy(&o.stderr)
        ),
        Err(e) => format!("no `{program}` ({e})"),
    };
    skip(name, &why)
}

/// Says why the test of `name` cannot run: a failure where renderers are required.
pub fn skip<T>(name: &str, why: &str) -> Option<T> {
    if std::env::var_os(REQUIRED).is_some() {
        panic!("the {name} test cannot run: {why}; {REQUIRED} is set, so that fails");
    }
    eprintln!("{name} test skipped: {why}");
    None
}

/// Runs a renderer, failing the test with its output if it fails.
pub fn run(mut command: Command) -> Output {
    let o = command
        .output()
        .unwrap_or_else(|e| panic!("{command:?}: {e}"));
    assert!(
        o.status.success(),
        "{command:?}:\n{}{}",
        stdout(&o),
        stderr(&o)
    );
    o
}

/// The ids of the demo's sections: the heading attributes of its canonical Markdown.
fn section_ids(work: &Path) -> Vec<String> {
    let out = work.join("ids");
    let o = build_into(
        &out,
        &[],
        &["--format", "md", "--markdown", "hugo", "--lang", "en"],
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let md = read(&out.join("atelier-zenne/index.en.md"));
    let ids: Vec<String> = md
        .lines()
        .filter(|l| l.starts_with('#'))
        .filter_map(|l| l.rsplit_once(" {#"))
        .map(|(_, id)| id.trim_end_matches('}').to_owned())
        .collect();
    assert!(ids.len() > 20, "{md}");
    ids
}

/// The demo built in `flavour` into `out` (with `extra` options): its introduction opens with
/// [`HOSTILE`] in French, and the built-in template gains a paragraph linking to every section.
/// Returns the ids linked.
pub fn build_demo(work: &Path, out: &Path, flavour: &str, extra: &[&str]) -> Vec<String> {
    let ids = section_ids(work);
    let templates = work.join("templates");
    std::fs::create_dir_all(&templates).unwrap();
    let template = read(&root().join("templates/notice.md.j2"));
    let at = "## {{ t(\"summary-heading\") }}";
    assert!(
        template.contains(at),
        "the built-in template changed: update this test"
    );
    let links: Vec<String> = ids.iter().map(|id| format!("[{id}](#{id})")).collect();
    std::fs::write(
        templates.join("notice.md.j2"),
        template.replacen(at, &format!("{}\n\n{at}", links.join(" ")), 1),
    )
    .unwrap();
    let decl = demo_variant(
        work,
        "hostile.yaml",
        &[(
            "    fr: Atelier Zenne vend",
            &format!("    fr: >-\n      {HOSTILE}\n      Atelier Zenne vend"),
        )],
        "",
    );
    let mut args = vec![
        "--format",
        "md",
        "--markdown",
        flavour,
        "--templates",
        templates.to_str().unwrap(),
    ];
    args.extend_from_slice(extra);
    let o = build_into(out, &[decl.to_str().unwrap()], &args);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    ids
}

/// Checks one rendered page (`what` names it in failures): the text a reader sees shows no
/// heading attribute, escape backslash or character reference, the French page shows the
/// hostile text as written, and every link within the page reaches an id; returns the number
/// of those links.
pub fn check_page(html: &str, lang: &str, what: &str) -> usize {
    let main = html.split_once("<main>").map_or(html, |(_, m)| m);
    let mut text = html_text(main);
    assert!(
        !main.contains("<script") && !main.contains("<b>"),
        "{what}: user text made HTML"
    );
    if lang == "fr" {
        let hostile = format!("{HOSTILE} Atelier Zenne vend");
        assert!(
            text.contains(&hostile),
            "{what}: the hostile text is not read as written in\n{}",
            excerpt(&text, "Atelier Zenne vend")
        );
        // The rest of the page is checked as the other languages are.
        text = text.replacen(&hostile, "", 1);
    }
    for shown in ["{#", "\\", "&#", "&amp;", "&lt;"] {
        assert!(
            !text.contains(shown),
            "{what}: {shown} shows in\n{}",
            excerpt(&text, shown)
        );
    }
    let ids: BTreeSet<String> = attribute_values(main, "id").into_iter().collect();
    let links: Vec<String> = attribute_values(main, "href")
        .into_iter()
        .filter_map(|h| h.strip_prefix('#').map(percent_decoded))
        .collect();
    for link in &links {
        assert!(
            ids.contains(link),
            "{what}: the link to #{link} reaches no id; ids: {ids:?}"
        );
    }
    links.len()
}

/// The values of the `name="…"` attributes in `html` in order, entities decoded (Hugo writes
/// `&#39;`).
pub fn attribute_values(html: &str, name: &str) -> Vec<String> {
    let needle = format!(" {name}=\"");
    html.match_indices(&needle)
        .filter_map(|(i, _)| {
            let rest = &html[i + needle.len()..];
            rest.find('"').map(|end| html_text(&rest[..end]))
        })
        .collect()
}

/// The words of `text` around the first `needle`, for a failure message.
fn excerpt<'t>(text: &'t str, needle: &str) -> &'t str {
    let at = text.find(needle).unwrap_or(0);
    let start = text.floor_char_boundary(at.saturating_sub(200));
    let end = text.ceil_char_boundary((at + 200).min(text.len()));
    &text[start..end]
}

/// A link's fragment as the id it points to: renderers percent-encode what is not ASCII.
fn percent_decoded(fragment: &str) -> String {
    let bytes = fragment.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes
            .get(i + 1..i + 3)
            .and_then(|h| std::str::from_utf8(h).ok());
        match (bytes[i], hex.and_then(|h| u8::from_str_radix(h, 16).ok())) {
            (b'%', Some(b)) => {
                out.push(b);
                i += 3;
            }
            (b, _) => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}
