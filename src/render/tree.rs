//! Markdown → document tree: the only shape in which notice text reaches the Typst template.
//!
//! The tree is plain data (serialised to JSON). The template turns each string into text
//! content, so nothing the user wrote is ever parsed as Typst markup: injection is impossible
//! by construction, not by escaping.

use pulldown_cmark::{Alignment, Event, LinkType, Parser, Tag, TagEnd};
use serde::Serialize;

/// Nesting deeper than this is flattened into the enclosing block. Typst's JSON loader stops
/// at 128 levels and the template recurses once per level, so an absurdly nested list must
/// degrade gracefully instead of failing the whole render.
const MAX_DEPTH: usize = 12;

/// A parsed notice.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Document {
    pub blocks: Vec<Block>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "type", rename_all = "lowercase")]
pub enum Block {
    Heading {
        level: u8,
        id: Option<String>,
        content: Vec<Inline>,
    },
    Paragraph {
        content: Vec<Inline>,
    },
    List {
        ordered: bool,
        start: u64,
        items: Vec<Vec<Block>>,
    },
    /// `align` holds one of "none", "left", "center", "right" per column; every row has
    /// exactly as many cells as the header. `row_headers`: the first column names the rows
    /// (the rule of the HTML's `<th scope="row">`).
    Table {
        align: Vec<String>,
        header: Vec<Vec<Inline>>,
        rows: Vec<Vec<Vec<Inline>>>,
        row_headers: bool,
    },
    Quote {
        blocks: Vec<Block>,
    },
    Rule,
    Code {
        text: String,
    },
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "type", rename_all = "lowercase")]
pub enum Inline {
    Text { text: String },
    Strong { content: Vec<Inline> },
    Emph { content: Vec<Inline> },
    Link { url: String, content: Vec<Inline> },
    Code { text: String },
    Linebreak,
    Softbreak,
}

/// Parses CommonMark + GFM tables + heading attributes into a [`Document`]. Never fails.
pub fn parse(markdown: &str) -> Document {
    let options = crate::render::html::markdown_options();
    let mut events = Parser::new_ext(markdown, options).peekable();
    let mut blocks = Vec::new();
    parse_blocks(&mut events, &mut blocks, 0);
    Document { blocks }
}

type Events<'a> = std::iter::Peekable<Parser<'a>>;

/// Reads blocks until the end tag of the enclosing container (consumed) or end of input.
fn parse_blocks(ev: &mut Events, out: &mut Vec<Block>, depth: usize) {
    while let Some(event) = ev.peek() {
        match event {
            Event::End(_) => {
                ev.next();
                return;
            }
            // Tight list items hold inlines directly: gather them into an implicit paragraph.
            e if is_inline(e) => {
                let mut content = Vec::new();
                while ev.peek().is_some_and(is_inline) {
                    parse_inline(ev, &mut content, depth);
                }
                push_paragraph(out, content);
            }
            _ => parse_block(ev, out, depth),
        }
    }
}

/// Block-level events are container starts/ends and rules; the rest flows in a paragraph.
fn is_inline(event: &Event) -> bool {
    match event {
        Event::End(_) | Event::Rule | Event::Html(_) | Event::DisplayMath(_) => false,
        Event::Start(tag) => matches!(
            tag,
            Tag::Emphasis
                | Tag::Strong
                | Tag::Strikethrough
                | Tag::Superscript
                | Tag::Subscript
                | Tag::Link { .. }
                | Tag::Image { .. }
        ),
        _ => true,
    }
}

fn parse_block(ev: &mut Events, out: &mut Vec<Block>, depth: usize) {
    let Some(event) = ev.next() else { return };
    match event {
        Event::Start(Tag::Paragraph) => {
            let content = inlines_until_end(ev, depth);
            push_paragraph(out, content);
        }
        Event::Start(Tag::Heading { level, id, .. }) => {
            let (level, id) = (level as u8, id.map(|s| s.to_string()));
            let content = inlines_until_end(ev, depth);
            out.push(Block::Heading { level, id, content });
        }
        Event::Start(Tag::List(start)) => {
            let mut items = Vec::new();
            // Children of the list are `Item` containers, one per entry.
            while let Some(e) = ev.next() {
                match e {
                    Event::Start(Tag::Item) => {
                        let mut blocks = Vec::new();
                        parse_blocks(ev, &mut blocks, depth + 1);
                        items.push(blocks);
                    }
                    Event::End(_) => break,
                    _ => {}
                }
            }
            let (ordered, start) = (start.is_some(), start.unwrap_or(1));
            if depth >= MAX_DEPTH {
                out.extend(items.into_iter().flatten());
            } else {
                out.push(Block::List {
                    ordered,
                    start,
                    items,
                });
            }
        }
        Event::Start(Tag::BlockQuote(_)) => {
            let mut blocks = Vec::new();
            parse_blocks(ev, &mut blocks, depth + 1);
            if depth >= MAX_DEPTH {
                out.extend(blocks);
            } else {
                out.push(Block::Quote { blocks });
            }
        }
        Event::Start(Tag::CodeBlock(_)) => {
            let text = text_until_end(ev).trim_end_matches('\n').into();
            out.push(Block::Code { text });
        }
        // Raw HTML is shown as the literal text the author typed, line by line.
        Event::Start(Tag::HtmlBlock) => {
            let text = text_until_end(ev);
            let mut content = Vec::new();
            for (i, line) in text.trim_end_matches('\n').split('\n').enumerate() {
                if i > 0 {
                    content.push(Inline::Linebreak);
                }
                push_text(&mut content, line);
            }
            push_paragraph(out, content);
        }
        Event::Start(Tag::Table(aligns)) => out.push(parse_table(ev, aligns, depth)),
        Event::Rule => out.push(Block::Rule),
        Event::Html(text) | Event::DisplayMath(text) => {
            push_paragraph(out, vec![Inline::Text { text: text.into() }])
        }
        // Containers we do not model (footnotes, definition lists, metadata) keep their text.
        Event::Start(_) => parse_blocks(ev, out, depth),
        _ => {}
    }
}

fn parse_table(ev: &mut Events, aligns: Vec<Alignment>, depth: usize) -> Block {
    let align: Vec<String> = aligns
        .iter()
        .map(|a| match a {
            Alignment::None => "none",
            Alignment::Left => "left",
            Alignment::Center => "center",
            Alignment::Right => "right",
        })
        .map(String::from)
        .collect();
    let mut header = Vec::new();
    let mut rows: Vec<Vec<Vec<Inline>>> = Vec::new();
    let mut in_head = false;
    while let Some(e) = ev.next() {
        match e {
            Event::Start(Tag::TableHead) => in_head = true,
            Event::End(TagEnd::TableHead) => in_head = false,
            Event::Start(Tag::TableRow) => rows.push(Vec::new()),
            Event::Start(Tag::TableCell) => {
                let cell = inlines_until_end(ev, depth);
                match rows.last_mut() {
                    Some(row) if !in_head => row.push(cell),
                    _ => header.push(cell),
                }
            }
            Event::End(TagEnd::Table) => break,
            _ => {}
        }
    }
    // The template relies on rectangular tables; GFM pads short rows, so do we.
    let width = align.len().max(header.len());
    header.resize(width, Vec::new());
    for row in &mut rows {
        row.resize(width, Vec::new());
    }
    let first_cells: Vec<String> = rows
        .iter()
        .map(|r| r.first().map(|c| plain(c)).unwrap_or_default())
        .collect();
    let first_cells: Vec<&str> = first_cells.iter().map(String::as_str).collect();
    let row_headers = crate::render::html::first_column_names_rows(width, &first_cells);
    Block::Table {
        align,
        header,
        rows,
        row_headers,
    }
}

/// The text of inlines, without their markup.
fn plain(items: &[Inline]) -> String {
    let mut out = String::new();
    for i in items {
        match i {
            Inline::Text { text } | Inline::Code { text } => out.push_str(text),
            Inline::Strong { content }
            | Inline::Emph { content }
            | Inline::Link { content, .. } => out.push_str(&plain(content)),
            Inline::Linebreak | Inline::Softbreak => out.push(' '),
        }
    }
    out
}

/// Reads inlines until the end tag of the enclosing container (consumed).
fn inlines_until_end(ev: &mut Events, depth: usize) -> Vec<Inline> {
    let mut content = Vec::new();
    while let Some(e) = ev.peek() {
        if matches!(e, Event::End(_)) {
            ev.next();
            break;
        }
        parse_inline(ev, &mut content, depth);
    }
    content
}

fn parse_inline(ev: &mut Events, out: &mut Vec<Inline>, depth: usize) {
    let Some(event) = ev.next() else { return };
    match event {
        Event::Code(t) => out.push(Inline::Code { text: t.into() }),
        Event::SoftBreak => out.push(Inline::Softbreak),
        Event::HardBreak => out.push(Inline::Linebreak),
        Event::TaskListMarker(done) => push_text(out, if done { "☒ " } else { "☐ " }),
        // Text, inline HTML (shown literally), math and footnote marks: their source text.
        Event::Text(t)
        | Event::InlineHtml(t)
        | Event::Html(t)
        | Event::InlineMath(t)
        | Event::DisplayMath(t)
        | Event::FootnoteReference(t) => push_text(out, &t),
        Event::Start(tag) => {
            let content = inlines_until_end(ev, depth + 1);
            // Pathological nesting (`***_*_…`) is flattened rather than recursed into.
            if depth >= MAX_DEPTH {
                out.extend(content);
                return;
            }
            match tag {
                Tag::Strong => out.push(Inline::Strong { content }),
                Tag::Emphasis => out.push(Inline::Emph { content }),
                Tag::Link {
                    link_type,
                    dest_url,
                    ..
                } => {
                    let url = match link_type {
                        LinkType::Email => format!("mailto:{dest_url}"),
                        _ => dest_url.to_string(),
                    };
                    // `#id`: a section of the notice; the template links it only if that
                    // section exists, once.
                    let section = url.len() > 1 && url.starts_with('#');
                    if crate::render::escape::allowed_link(&url) || section {
                        // `[](url)` would be an invisible link: show its address instead.
                        let content = if content.is_empty() {
                            vec![Inline::Text { text: url.clone() }]
                        } else {
                            content
                        };
                        out.push(Inline::Link { url, content });
                    } else {
                        out.extend(content);
                    }
                }
                // Images, strike-through etc.: keep the words, drop the decoration.
                _ => out.extend(content),
            }
        }
        Event::End(_) | Event::Rule => {}
    }
}

fn text_until_end(ev: &mut Events) -> String {
    let mut text = String::new();
    for e in ev.by_ref() {
        match e {
            Event::Text(t) | Event::Html(t) | Event::InlineHtml(t) => text.push_str(&t),
            Event::End(_) => break,
            _ => {}
        }
    }
    text
}

/// Appends text, merging with a preceding text run (pulldown-cmark splits at every `'`,
/// entity, etc.; fewer, longer runs make smaller JSON and faster layout).
fn push_text(out: &mut Vec<Inline>, s: &str) {
    if s.is_empty() {
        return;
    }
    match out.last_mut() {
        Some(Inline::Text { text }) => text.push_str(s),
        _ => out.push(Inline::Text { text: s.into() }),
    }
}

fn push_paragraph(out: &mut Vec<Block>, content: Vec<Inline>) {
    if !content.is_empty() {
        out.push(Block::Paragraph { content });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Tests read the JSON the template sees, which also documents its shape.
    fn json(markdown: &str) -> String {
        serde_json::to_string(&parse(markdown)).unwrap()
    }

    fn assert_has(json: &str, parts: &[&str]) {
        for part in parts {
            assert!(json.contains(part), "{part}\nnot in\n{json}");
        }
    }

    #[test]
    fn blocks_and_inlines() {
        let j = json("# T {#top}\n\nA **b** <b>raw</b>  \nc\n\n- one\n- two\n\n> q\n\n---\n");
        assert_has(
            &j,
            &[
                r#"{"type":"heading","level":1,"id":"top","content":[{"type":"text","text":"T"}]}"#,
                r#"{"type":"strong","content":[{"type":"text","text":"b"}]}"#,
                r#"{"type":"text","text":" <b>raw</b>"},{"type":"linebreak"}"#,
                r#"{"type":"list","ordered":false,"start":1,"items":[[{"type":"paragraph""#,
                r#"{"type":"quote","blocks":[{"type":"paragraph""#,
                r#"{"type":"rule"}"#,
            ],
        );
    }

    #[test]
    fn only_web_mail_phone_and_section_links_survive() {
        let j = json(
            "[x](javascript:alert(1)) [y](#f) [](https://a.be) <c@d.be> [t](tel:+32) [z](#) [](#g)",
        );
        assert_has(
            &j,
            &[
                r#"{"type":"text","text":"x "#,
                r##"{"type":"link","url":"#f","content":[{"type":"text","text":"y"}]}"##,
                r#"{"type":"link","url":"https://a.be","content":[{"type":"text","text":"https://a.be"}]}"#,
                r#""url":"mailto:c@d.be""#,
                r#""url":"tel:+32""#,
            ],
        );
        // `#` alone names no section; a section link needs words (the template may drop it).
        assert_eq!(j.matches(r#""type":"link""#).count(), 5);
    }

    #[test]
    fn ragged_tables_are_padded_and_deep_nesting_is_capped() {
        let j = json("| a | b |\n|---|--:|\n| 1 |\n");
        assert_has(
            &j,
            &[
                r#""align":["none","right"]"#,
                r#""rows":[[[{"type":"text","text":"1"}],[]]],"row_headers":true"#,
            ],
        );
        // A first column with a repeated cell holds values, not row names.
        let j = json("| a | b |\n|---|---|\n| x | 1 |\n| x | 2 |\n");
        assert_has(&j, &[r#""row_headers":false"#]);
        let deep: String = (0..200)
            .map(|i| format!("{}- x\n", "  ".repeat(i)))
            .collect();
        assert!(json(&deep).matches(r#""list""#).count() <= MAX_DEPTH + 1);
        assert_eq!(json(""), r#"{"blocks":[]}"#);
    }
}
