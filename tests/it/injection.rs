//! Escaping and injection: a lint-clean declaration whose every text, name, label, address,
//! e-mail address, phone number and link is hostile renders each of them literally in Markdown,
//! HTML and PDF: no structure, markup, script, link or template evaluation comes from it.

use std::fs;
use std::path::Path;

use pulldown_cmark::{Event, Parser};

use crate::build::build_into;
use crate::common::{ALL_FORMATS, code, needs_pdf, split_data_block, stderr};

/// Markdown, HTML, Jinja and Typst syntax, and HTML that runs code. No `-` (PDF lines are
/// hyphenated) and no quotes (typography may curl them): see `pdf_text`.
const HOSTILE: &str = "# $ * _ [ ] \\ < > @ {{ 7*7 }} {% if 1 %}x{% endif %} <script>alert(1)</script> <img src=x onerror=alert(1)> [x](javascript:alert(1)) | ~~~ ``` &amp; &#60; #set text(red) $x^2$ #{1+1}";

/// The hostile value of field `i`: the hostile string behind a marker, so each field is found.
fn hostile(i: usize) -> String {
    format!("F{i:02} {HOSTILE}")
}

/// Its stand-in in the twin declaration: plain words where the hostile string was. It holds
/// the hostile string's `;` and `:`, which set lists as bullets rather than run them into a
/// sentence, so that both declarations make the same lists.
fn plain(i: usize) -> String {
    format!("F{i:02} plain; words: x")
}

/// A complete declaration with `value(i)` in every free-text field, name and label.
fn declaration(value: impl Fn(usize) -> String) -> String {
    let v = |i: usize| serde_json::to_string(&value(i)).unwrap();
    format!(
        r#"notice:
  id: hostile
  effective: 2026-01-01
  version: {v0}
  languages: [en]
  default_language: en
  url: "javascript:alert(1)//"
  title: {v1}
  introduction: {v2}
  changes: {v3}
  history:
    - effective: 2025-01-01
      summary: {v4}
controller:
  name: {v5}
  trade_names: [{v6}]
  company_number: {v7}
  country: BE
  website: "https://example.be/?a=<script>alert(1)</script>&b=\"x\"'y"
  contact:
    address: {v8}
    email: "privacy@example.be"
    phone: "+32 2 000 00 00 <b>x</b>"
    form: "https://example.be/form?x=\"><script>alert(1)</script>"
dpo:
  name: {v9}
  contact:
    email: "dpo@example.be"
representative: none
supervisory_authority: BE
data_categories:
  - id: logs
    label: {v10}
    description: {v11}
    provision:
      requirement: voluntary
      consequences: {v12}
  - id: claims
    label: {v13}
    description: {v14}
    source:
      kind: third_party
      name: {v15}
      description: {v16}
purposes:
  - id: security
    label: {v17}
    description: {v18}
    legal_basis: legitimate_interests
    legitimate_interests: {v19}
    data: [logs, claims]
    recipients: [hosting]
    retention:
      duration: 6 months
      after: collection
      exception: {v20}
recipients:
  - id: hosting
    name: {v21}
    role: processor
    country: BE
    service: {v22}
    notice_url: "https://example.be/)](javascript:alert(1))"
security:
  - {v23}
rights:
  identity_check: {v24}
"#,
        v0 = v(0),
        v1 = v(1),
        v2 = v(2),
        v3 = v(3),
        v4 = v(4),
        v5 = v(5),
        v6 = v(6),
        v7 = v(7),
        v8 = v(8),
        v9 = v(9),
        v10 = v(10),
        v11 = v(11),
        v12 = v(12),
        v13 = v(13),
        v14 = v(14),
        v15 = v(15),
        v16 = v(16),
        v17 = v(17),
        v18 = v(18),
        v19 = v(19),
        v20 = v(20),
        v21 = v(21),
        v22 = v(22),
        v23 = v(23),
        v24 = v(24),
    )
}

const FIELDS: usize = 25;

/// Builds `yaml` in md, html, fragment and pdf (where this build makes PDFs); returns the
/// output folder of the notice.
fn build(work: &Path, name: &str, yaml: &str) -> std::path::PathBuf {
    let decl = work.join(format!("{name}.yaml"));
    fs::write(&decl, yaml).unwrap();
    let out = work.join(name);
    let o = build_into(&out, &[decl.to_str().unwrap()], &["--format", ALL_FORMATS]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert!(!stderr(&o).contains("error"), "{}", stderr(&o));
    out.join("hostile")
}

/// The Markdown's structure: every element pulldown-cmark makes of it, with runs of text as
/// one `Text` and no text content.
fn structure(md: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for e in Parser::new_ext(md, notice::render::html::markdown_options()) {
        let kind = match e {
            Event::Text(_) => "Text".to_owned(),
            Event::Start(t) => format!("Start({})", tag_kind(&format!("{t:?}"))),
            Event::End(t) => format!("End({t:?})"),
            other => format!("{other:?}"),
        };
        if !(kind == "Text" && out.last().is_some_and(|l| l == "Text")) {
            out.push(kind);
        }
    }
    out
}

/// A tag without the user text some carry (a heading's id is fixed, a link's target is not
/// user text here but differs by field).
fn tag_kind(debug: &str) -> String {
    debug.split(['(', ' ', '{']).next().unwrap_or("").to_owned()
}

/// All the text of the Markdown, as pulldown-cmark reads it.
fn markdown_text(md: &str) -> String {
    Parser::new_ext(md, notice::render::html::markdown_options())
        .filter_map(|e| match e {
            Event::Text(t) | Event::Code(t) => Some(t.into_string()),
            Event::SoftBreak | Event::HardBreak => Some(" ".to_owned()),
            _ => None,
        })
        .collect()
}

#[test]
fn hostile_text_is_literal_in_markdown() {
    let work = tempfile::tempdir().unwrap();
    let hostile_dir = build(work.path(), "h", &declaration(hostile));
    let plain_dir = build(work.path(), "p", &declaration(plain));
    let md = fs::read_to_string(hostile_dir.join("en.md")).unwrap();
    let twin = fs::read_to_string(plain_dir.join("en.md")).unwrap();
    // The same elements, in the same order, as with plain words: user text made none.
    assert_eq!(structure(&md), structure(&twin));
    assert!(!structure(&md).iter().any(|k| k.contains("Html")), "{md}");
    let text = markdown_text(&md);
    for i in 0..FIELDS {
        assert!(
            text.contains(&hostile(i)),
            "field {i} is not literal in:\n{text}"
        );
    }
    // Each field holds `{{ 7*7 }}` and `{% if 1 %}x{% endif %}` as written (checked above): an
    // evaluated one would read `49` and `x`.
    // Links only to allowed schemes.
    for e in Parser::new_ext(&md, notice::render::html::markdown_options()) {
        if let Event::Start(pulldown_cmark::Tag::Link { dest_url, .. }) = e {
            assert!(
                notice::render::escape::allowed_link(&dest_url),
                "a link to {dest_url}"
            );
        }
    }
}

/// The text of HTML: tags removed (user text cannot make one: `<` is always escaped), entities
/// decoded once, whitespace runs made one space. The renderers' tests read their pages with it.
pub fn html_text(html: &str) -> String {
    let mut text = String::new();
    let mut in_tag = false;
    let mut in_style = false;
    for (i, c) in html.char_indices() {
        match c {
            '<' => {
                in_tag = true;
                in_style = html[i..].starts_with("<style")
                    || (in_style && !html[i..].starts_with("</style"));
            }
            '>' if in_tag => in_tag = false,
            c if !in_tag && !in_style => text.push(c),
            _ => {}
        }
    }
    decode_entities(&text)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// `text` with each character reference read once, as a browser reads it: `&amp;#123;` is
/// `&#123;`, not `{`. A name this list does not know is left as written.
fn decode_entities(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        let end = rest[1..].find(';').filter(|e| *e <= 10).map(|e| e + 1);
        let decoded = end.and_then(|end| {
            let name = &rest[1..end];
            let c = match name {
                "amp" => '&',
                "lt" => '<',
                "gt" => '>',
                "quot" => '"',
                "apos" => '\'',
                "nbsp" => '\u{a0}',
                "lsquo" => '\u{2018}',
                "rsquo" => '\u{2019}',
                "ldquo" => '\u{201c}',
                "rdquo" => '\u{201d}',
                "laquo" => '\u{ab}',
                "raquo" => '\u{bb}',
                "ndash" => '\u{2013}',
                "mdash" => '\u{2014}',
                "hellip" => '\u{2026}',
                _ => {
                    let number = name.strip_prefix('#')?;
                    let n = match number.strip_prefix(['x', 'X']) {
                        Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                        None => number.parse().ok()?,
                    };
                    char::from_u32(n)?
                }
            };
            Some((c, end + 1))
        });
        match decoded {
            Some((c, len)) => {
                out.push(c);
                rest = &rest[len..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// Every tag of `html`, as written.
fn tags(html: &str) -> Vec<&str> {
    html.match_indices('<')
        .map(|(i, _)| &html[i..i + html[i..].find('>').map_or(html.len() - i, |j| j + 1)])
        .collect()
}

#[test]
fn hostile_text_is_escaped_in_html() {
    let work = tempfile::tempdir().unwrap();
    let dir = build(work.path(), "h", &declaration(hostile));
    for file in ["en.html", "en.fragment.html"] {
        let page = fs::read_to_string(dir.join(file)).unwrap();
        // The page's JSON-LD holds every field, and none can end the block or open another
        // element: its `<` are JSON escapes, and it reads back as the text given.
        let (html, block) = split_data_block(&page).unwrap_or_else(|e| panic!("{file}: {e}"));
        assert_eq!(block.is_some(), file == "en.html", "{file}");
        if let Some(block) = block {
            let json: serde_json::Value = serde_json::from_str(&block).unwrap();
            let json = json.to_string();
            for i in [0, 11, 14] {
                let literal = serde_json::to_string(&hostile(i)).unwrap();
                assert!(
                    json.contains(&literal),
                    "field {i} is not literal in {json}"
                );
            }
        }
        let lower = html.to_ascii_lowercase();
        assert!(
            !lower.contains("<script") && !lower.contains("<img"),
            "{file}"
        );
        for tag in tags(&html) {
            let t = tag.to_ascii_lowercase();
            // No event handler attribute; attribute values stay inside their quotes.
            assert!(!t.contains(" on") || !t.contains('='), "{file}: {tag}");
            for (j, _) in t.match_indices("href=\"") {
                let target = &t[j + 6..];
                let target = &target[..target.find('"').unwrap()];
                let scheme = target.split_once(':').map(|(s, _)| s);
                assert!(
                    matches!(scheme, None | Some("http" | "https" | "mailto" | "tel"))
                        || target.starts_with('#'),
                    "{file}: {tag}"
                );
                assert!(
                    !target.contains(['<', '>', '\'']),
                    "{file}: unescaped target in {tag}"
                );
            }
        }
        let text = html_text(&html);
        for i in 0..FIELDS {
            let escaped = hostile(i)
                .replace('&', "&amp;")
                .replace('<', "&lt;")
                .replace('>', "&gt;");
            assert!(
                html.contains(&escaped) || file.contains("fragment") && i == 1,
                "{file}: field {i} is not HTML-escaped"
            );
            assert!(
                text.contains(&hostile(i)),
                "{file}: field {i} does not read literally in:\n{text}"
            );
        }
        assert!(
            text.contains("javascript:alert(1)"),
            "the refused website is shown as text"
        );
    }
}

/// The text of a PDF (pdftotext), with whitespace and end-of-line hyphenation removed: Typst
/// breaks lines anywhere in a long hostile string.
fn pdf_text(pdf: &Path) -> String {
    let o = std::process::Command::new("pdftotext")
        .args(["-enc", "UTF-8", pdf.to_str().unwrap(), "-"])
        .output()
        .expect("pdftotext runs: install poppler-utils");
    assert!(o.status.success());
    String::from_utf8(o.stdout)
        .unwrap()
        .replace("-\n", "")
        .split_whitespace()
        .collect()
}

#[test]
fn hostile_text_is_literal_in_pdf() {
    if !needs_pdf("hostile_text_is_literal_in_pdf") {
        return;
    }
    let work = tempfile::tempdir().unwrap();
    let dir = build(work.path(), "h", &declaration(hostile));
    let text = pdf_text(&dir.join("en.pdf"));
    for i in 0..FIELDS {
        let want: String = hostile(i).split_whitespace().collect();
        assert!(
            text.contains(&want),
            "field {i} is not literal in the PDF text:\n{text}"
        );
    }
}

/// Every construct of CommonMark (and of the extensions notice enables) that is decided at the
/// start of a line: headings (ATX and setext underlines), thematic breaks, lists, quotes, code
/// blocks and fences, HTML blocks, link reference definitions, tables, footnotes.
const LINE_STARTS: &[&str] = &[
    "--",
    "---",
    "- - -",
    "-",
    "===",
    "=",
    "***",
    "___",
    "* * *",
    "_ _ _",
    "# h",
    "###### h",
    "#",
    "> q",
    ">",
    "- x",
    "+ x",
    "* x",
    "1. x",
    "1) x",
    "123456789. x",
    "    code",
    "\tcode",
    "```",
    "~~~",
    "``` rust",
    "<div>",
    "<!-- c -->",
    "<script>",
    "<?php",
    "<!X",
    "<![CDATA[",
    "[a]: /url",
    "[^1]: note",
    "| a |",
    "|-|",
    ":-:|",
    "a | b",
    "{#id}",
    "  ---",
    "   ===",
    "-\t-\t-",
    "+++",
    "~~~~",
    "* ",
    "1.",
    "> > q",
    "--",
];

#[test]
fn no_line_start_construct_in_user_text_makes_structure() {
    let work = tempfile::tempdir().unwrap();
    // The address keeps its lines: each construct is on a line of its own, under a line of
    // text (where `---` and `===` would underline it into a heading).
    let address: Vec<String> = std::iter::once("Street 1".to_owned())
        .chain(LINE_STARTS.iter().map(|s| (*s).to_owned()))
        .collect();
    let plain_address: Vec<String> = (0..address.len()).map(|k| format!("line {k}")).collect();
    // Every other field starts with one of them.
    let start = |i: usize| format!("{} F{i:02}", LINE_STARTS[i % LINE_STARTS.len()]);
    // The address closes its paragraph (no website, e-mail, phone, form or country after it), where a
    // last line `---` would underline the lines above it.
    let address_last = |yaml: String| {
        let mut yaml = yaml.replacen("  country: BE\n", "", 1);
        for line in [
            "  website: ",
            "    email: \"privacy@example.be\"\n",
            "    phone: ",
            "    form: ",
        ] {
            let at = yaml.find(line).unwrap();
            let end = at + yaml[at..].find('\n').unwrap() + 1;
            yaml.replace_range(at..end, "");
        }
        yaml
    };
    let hostile_dir = build(
        work.path(),
        "h",
        &address_last(declaration(|i| {
            if i == 8 { address.join("\n") } else { start(i) }
        })),
    );
    let plain_dir = build(
        work.path(),
        "p",
        &address_last(declaration(|i| {
            // No `;` or `:` as in `plain`: the constructs have none, and lists set their items
            // as bullets by the punctuation they hold.
            if i == 8 {
                plain_address.join("\n")
            } else {
                format!("F{i:02} plain")
            }
        })),
    );
    let md = fs::read_to_string(hostile_dir.join("en.md")).unwrap();
    let twin = fs::read_to_string(plain_dir.join("en.md")).unwrap();
    assert_eq!(structure(&md), structure(&twin), "{md}");
    let text = markdown_text(&md);
    for line in &address {
        let shown = line.replace('\t', " ");
        assert!(
            text.contains(shown.trim()),
            "{line:?} is not literal in:\n{text}"
        );
    }
    // The PDF's outline (its headings) is the plain twin's.
    if !cfg!(feature = "pdf") {
        return;
    }
    let outline = |dir: &Path| {
        let pdf = fs::read(dir.join("en.pdf")).unwrap();
        pdf.windows(7).filter(|w| w == b"/Title ").count()
    };
    assert_eq!(outline(&hostile_dir), outline(&plain_dir));
}
