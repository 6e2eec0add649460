//! The writer against pulldown-cmark, which reads every flavour's output as CommonMark: what a
//! flavour writes is the canonical Markdown's text and structure, heading ids and links to
//! sections aside, for every construct the notice and user templates make and for hostile text.

use pulldown_cmark::{Event, Parser, Tag, TagEnd, TextMergeStream};

use super::write::{targets, write};
use super::*;
use crate::render::escape::escape_markdown;
use crate::render::html::{markdown_options, sanitize, section_ids};

/// Every construct the writer knows, nested as a notice nests them.
const CONSTRUCTS: &str = "# Title — « quoted »

In force from 1 March 2026. Version 2.0.

> **Illustration.** A note.
>
> - first assumption
> - second *assumption*

## In brief {#summary}

**Controller:** Acme SRL. See [the rights](#rights) and [nowhere](#nowhere).

- **Contract:**
  - Orders: 2 years.
  - Returns: 1 year.
- **Consent:**
  - Newsletter: until withdrawn.

1. first
2. second

3) third, loose

4) fourth

- **Identity:** surname\\
  Source: Assurances SA.\\
  We collect them from you.
- empty next
-

## Rights {#rights}

| Name | Provider | Duration |
|---|:-:|--:|
| zenne\\_session | Atelier `Zenne` | 1 year |
| a \\| b | | [link](<https://x.example/a b?c=1&d=2>) |

Code: `` a`b `` and `x`.

```text
{{ raw }} <b>
```

<div class=\"x\">
  <script>alert(1)</script>
</div>

Inline <b>html</b> and ![an image](https://x.example/i.png).

* * *

### Rights {#rights-again}

[mail](<mailto:a@b.example>) [tel](<tel:+3220000000>) [js](javascript:alert(1))
";

/// What pulldown-cmark reads in `markdown`, with heading ids left out and links to sections
/// pointing where `link` says (None: the link is only its words). With `tables`, a table and a
/// block of HTML that is one read alike, as `table` (their cells are compared by
/// [`html_tables_hold_the_cells`]).
fn reading(markdown: &str, link: &dyn Fn(&str) -> Option<String>, tables: bool) -> Vec<String> {
    let events: Vec<Event> = Parser::new_ext(markdown, markdown_options()).collect();
    // Links to sections are `link`'s to judge, not the headings' ids (a flavour's file may
    // have none, its renderer deriving them).
    let sections = events
        .iter()
        .filter_map(|e| match e {
            Event::Start(Tag::Link { dest_url, .. }) => dest_url.strip_prefix('#'),
            _ => None,
        })
        .map(|id| (id.to_owned(), 1))
        .collect();
    let mut open: Vec<bool> = Vec::new();
    let mut out: Vec<String> = Vec::new();
    let mut html_block = false;
    let mut in_table = false;
    let mut in_html_table = false;
    let items = TextMergeStream::new(sanitize(events, &sections)).flat_map(|e| match e {
        Event::Start(Tag::Table(_)) if tables => {
            in_table = true;
            vec!["table".to_owned()]
        }
        Event::End(TagEnd::Table) if tables => {
            in_table = false;
            vec![]
        }
        _ if in_table => vec![],
        // The block of HTML a table is written as (its paragraph start is dropped below).
        Event::Text(t) if html_block && tables && t.starts_with("<table>") => {
            in_html_table = true;
            vec!["table".to_owned()]
        }
        Event::Text(_) | Event::SoftBreak if in_html_table => vec![],
        Event::End(TagEnd::HtmlBlock) if in_html_table => {
            in_html_table = false;
            html_block = false;
            vec![]
        }
        // Raw HTML is shown as text: a flavour writes a block of it as a paragraph of its
        // lines, which reads the same on the page.
        Event::Start(Tag::HtmlBlock) => {
            html_block = true;
            vec!["Start(Paragraph)".to_owned()]
        }
        Event::End(TagEnd::HtmlBlock) => {
            html_block = false;
            vec!["End(Paragraph)".to_owned()]
        }
        Event::Text(t) if html_block => {
            let lines: Vec<String> = t
                .trim_end()
                .lines()
                .map(|l| format!("text {}", l.trim_start()))
                .collect();
            lines
                .join("\nSoftBreak\n")
                .split('\n')
                .map(str::to_owned)
                .collect()
        }
        e => reading_of(e, &mut open, link).into_iter().collect(),
    });
    // A link left as its words joins the text around it.
    for item in items {
        if item == "table" && out.last().is_some_and(|l| l == "Start(Paragraph)") {
            out.pop();
        }
        match (out.last_mut(), item.strip_prefix("text ")) {
            (Some(last), Some(more)) if last.starts_with("text ") => last.push_str(more),
            _ => out.push(item),
        }
    }
    out
}

/// One event as [`reading`] compares it.
fn reading_of(
    e: Event,
    open: &mut Vec<bool>,
    link: &dyn Fn(&str) -> Option<String>,
) -> Option<String> {
    match e {
        Event::Start(Tag::Heading { level, .. }) => Some(format!("heading {level}")),
        Event::Start(Tag::Link { dest_url, .. }) => {
            let dest = match dest_url.strip_prefix('#') {
                Some(id) => link(id).map(|t| format!("#{t}")),
                None => Some(href(&dest_url)),
            };
            open.push(dest.is_some());
            dest.map(|d| format!("link {d}"))
        }
        Event::End(TagEnd::Link) => open.pop().unwrap_or(false).then(|| "/link".to_owned()),
        Event::Text(t) => Some(format!("text {t}")),
        Event::Code(t) => Some(format!("code {:?}", &*t)),
        other => Some(format!("{other:?}")),
    }
}

/// The `href` an HTML writer makes of a link's destination: what a browser asks for.
fn href(dest: &str) -> String {
    let mut html = String::new();
    let link = Tag::Link {
        link_type: pulldown_cmark::LinkType::Inline,
        dest_url: dest.to_owned().into(),
        title: "".into(),
        id: "".into(),
    };
    pulldown_cmark::html::push_html(
        &mut html,
        [Event::Start(link), Event::End(TagEnd::Link)].into_iter(),
    );
    html
}

/// Checks that each flavour writes `canonical` as pulldown-cmark reads it.
fn same_reading(canonical: &str) {
    let events: Vec<Event> = Parser::new_ext(canonical, markdown_options()).collect();
    let sections = section_ids(&events);
    for flavour in Flavour::ALL {
        let syntax = flavour.syntax();
        let written = write(canonical, &syntax);
        let map = targets(&events, &sections, syntax.ids);
        // As the HTML makes it: a link to a section no heading (or two) has is its words.
        let tables = syntax.html_tables;
        let expected = reading(
            canonical,
            &|id| {
                sections
                    .contains_key(id)
                    .then(|| map.get(id).cloned())
                    .flatten()
            },
            tables,
        );
        // The written file's own links to sections are already rewritten.
        let got = reading(&written, &|id| Some(id.to_owned()), tables);
        if let Some(at) =
            (0..got.len().max(expected.len())).find(|&i| got.get(i) != expected.get(i))
        {
            let from = at.saturating_sub(4);
            panic!(
                "{}: the file reads otherwise at event {at}:\n  expected {:?}\n  got      {:?}\nin:\n{written}",
                flavour.name(),
                &expected[from..(at + 3).min(expected.len())],
                &got[from..(at + 3).min(got.len())],
            );
        }
        // Written again, a flavour's file does not change: the writer is stable.
        if syntax.ids == Ids::Attribute {
            assert_eq!(write(&written, &syntax), written, "{}", flavour.name());
        }
    }
}

/// Where tables are written as HTML, the block is the table the HTML page has, its cells
/// escaped, its links to sections as the flavour has them, no line of it blank.
#[test]
fn html_tables_hold_the_cells() {
    let written = write(CONSTRUCTS, &Flavour::Commonmark.syntax());
    let table = &written[written.find("<table>").unwrap()..written.find("</table>").unwrap()];
    assert!(!table.contains("\n\n"), "{table}");
    for cell in [
        "<td>zenne_session</td>",
        "<td style=\"text-align: center\">Atelier <code>Zenne</code></td>",
        "<td>a | b</td>",
        "<a href=\"https://x.example/a%20b?c=1&amp;d=2\">link</a>",
    ] {
        assert!(table.contains(cell), "{cell} in\n{table}");
    }
    assert_eq!(written.matches("<table>").count(), 1, "{written}");
}

#[test]
fn every_construct_reads_the_same_in_every_flavour() {
    same_reading(CONSTRUCTS);
}

#[test]
fn hostile_text_reads_the_same_in_every_flavour() {
    let hostile = [
        "# not a heading",
        "*not emphasis* and _not_ either ~~nor struck~~ ~this~",
        "[not a link](http://x) <http://x> <b>bold</b> &amp; &#123; AT&T",
        "{#id} {{ 7*7 }} {% raw %} {{< shortcode >}} {/* jsx */}",
        "export const x = 1",
        "import x from 'y'",
        "$$x^2$$ and $y$",
        ": a definition",
        "^",
        "1. not a list",
        "- not a list",
        "+ not a list",
        "> not a quote",
        "===",
        "---",
        "~~~",
        "| a | b |",
        "back\\slash\\",
        "![img](x.png)",
        "*[HTML]: abbreviation",
        "{::comment} kramdown {:/}",
        "<!-- comment -->",
    ];
    let mut md = String::from("# T\n\n## S {#s}\n\n");
    for h in hostile {
        let e = escape_markdown(h);
        // In a paragraph, after a hard break, in a list item, a table cell and a heading.
        md.push_str(&format!(
            "{e}\n\nStreet 1\\\n{e}\n\n- {e}\n- x\\\n  {e}\n\n| {e} | x |\n|---|---|\n| {e} | {e} |\n\n### {e}\n\n"
        ));
    }
    same_reading(&md);
}

#[test]
fn headings_get_the_ids_each_flavour_reads() {
    let md = "# Notice\n\n## Vos droits {#rights}\n\n[voir](#rights)\n\n## Vos droits\n\n### Fraude {#a}\n\n### Fraude {#b}\n\n[a](#a) [b](#b)\n";
    let gfm = write(md, &Flavour::Gfm.syntax());
    assert!(gfm.contains("## Vos droits\n"), "{gfm}");
    assert!(gfm.contains("[voir](#vos-droits)"), "{gfm}");
    // Repeated headings are numbered as GitHub numbers them.
    assert!(gfm.contains("[a](#fraude) [b](#fraude-1)"), "{gfm}");
    let hugo = write(md, &Flavour::Hugo.syntax());
    assert!(hugo.contains("## Vos droits {#rights}\n"), "{hugo}");
    assert!(hugo.contains("[voir](#rights)"), "{hugo}");
    let commonmark = write(md, &Flavour::Commonmark.syntax());
    assert!(!commonmark.contains("](#"), "{commonmark}");
    assert!(commonmark.contains("\nvoir\n"), "{commonmark}");
}

#[test]
fn each_flavour_escapes_what_its_renderer_reads_as_syntax() {
    let md = format!(
        "# T\n\n{}\n\n{}\n\nA\\\n{}\n",
        escape_markdown("{% raw %} {{ x }} ~~s~~ $$m$$ & &amp; <b>"),
        escape_markdown("export const x = 1"),
        escape_markdown(": def"),
    );
    let jekyll = write(&md, &Flavour::Jekyll.syntax());
    // Liquid never sees `{%` or `{{`; kramdown sees no backslash before `&`.
    assert!(!jekyll.contains("{%") && !jekyll.contains("{{"), "{jekyll}");
    assert!(
        jekyll.contains("&#123;% raw %\\} &#123;&#123; x \\}\\}"),
        "{jekyll}"
    );
    assert!(
        jekyll.contains("\\$\\$m\\$\\$ & &amp;amp; \\<b>"),
        "{jekyll}"
    );
    assert!(jekyll.contains("\n\\: def\n"), "{jekyll}");
    let mdx = write(&md, &Flavour::Mdx.syntax());
    assert!(mdx.contains("\n&#101;xport const x = 1\n"), "{mdx}");
    assert!(mdx.contains("\\~\\~s\\~\\~"), "{mdx}");
    let mkdocs = write(&md, &Flavour::Mkdocs.syntax());
    assert!(mkdocs.contains("&#126;&#126;s&#126;&#126;"), "{mkdocs}");
    assert!(mkdocs.contains("&amp;amp; &lt;b>"), "{mkdocs}");
    assert!(
        mkdocs.contains("A  \n"),
        "a hard break is two spaces: {mkdocs}"
    );
}

#[test]
fn the_demo_in_gfm_is_the_canonical_markdown_without_attributes() {
    let canonical = include_str!("../../../tests/snapshots/atelier-zenne/fr.md");
    same_reading(canonical);
    let gfm = write(canonical, &Flavour::Gfm.syntax());
    assert!(!gfm.contains("{#"), "{gfm}");
    let stripped: String = canonical
        .lines()
        .map(|l| match l.find(" {#") {
            Some(at) if l.starts_with('#') => format!("{}\n", &l[..at]),
            _ => format!("{l}\n"),
        })
        .collect();
    assert_eq!(gfm, stripped);
    assert_eq!(write(canonical, &Flavour::Hugo.syntax()), canonical);
}
