//! Writes the notice's Markdown again in a flavour: the canonical Markdown is parsed as the
//! HTML is made from it, then every event is written in the flavour's syntax. Text reaches the
//! writer as the characters a reader sees (escapes and references already read), and is
//! escaped again for the flavour; so user text stays text in every flavour, whatever it held.

use std::collections::BTreeMap;

use pulldown_cmark::{
    Alignment, CodeBlockKind, Event, HeadingLevel, Parser, Tag, TagEnd, TextMergeStream,
};

use super::slug::Slugger;
use super::{Ids, Syntax};
use crate::render::escape::{entity_follows, escape_text};
use crate::render::html::{markdown_options, sanitize, section_ids};

/// `markdown` (the canonical notice) in the flavour of `syntax`, without front matter.
pub fn write(markdown: &str, syntax: &Syntax) -> String {
    let events: Vec<Event> = Parser::new_ext(markdown, markdown_options()).collect();
    let sections = section_ids(&events);
    let targets = targets(&events, &sections, syntax.ids);
    // Raw HTML becomes text, refused links their words, images their alternative text: the
    // file says what the HTML page says.
    let events = TextMergeStream::new(sanitize(events, &sections));
    let mut w = Writer {
        syntax,
        targets,
        out: String::with_capacity(markdown.len() + markdown.len() / 8),
        containers: Vec::new(),
        blocks: vec![None],
        line: Line::Begun,
        lists: Vec::new(),
        links: Vec::new(),
        table: None,
        heading: None,
        code_block: false,
        html_table: None,
    };
    for event in events {
        w.event(event);
    }
    let mut out = w.out.trim_end().to_owned();
    out.push('\n');
    out
}

/// What a link to a section (`#id` in the canonical Markdown) points to in the flavour, by
/// canonical id: the same id where the flavour writes heading ids, the id the renderer derives
/// from the heading's text, or nothing (the link becomes its words).
pub(super) fn targets(
    events: &[Event],
    sections: &BTreeMap<String, usize>,
    ids: Ids,
) -> BTreeMap<String, String> {
    match ids {
        Ids::None => BTreeMap::new(),
        Ids::Attribute => sections.keys().map(|id| (id.clone(), id.clone())).collect(),
        Ids::Derived => {
            // Every heading counts for the numbering of repeated ids, with an id or not.
            let mut slugger = Slugger::default();
            let mut out = BTreeMap::new();
            let mut heading: Option<(Option<String>, String)> = None;
            for e in events {
                match e {
                    Event::Start(Tag::Heading { id, .. }) => {
                        heading = Some((id.as_ref().map(|i| i.to_string()), String::new()));
                    }
                    Event::Text(t) | Event::Code(t) | Event::Html(t) | Event::InlineHtml(t) => {
                        if let Some((_, text)) = &mut heading {
                            text.push_str(t);
                        }
                    }
                    Event::End(TagEnd::Heading(_)) => {
                        if let Some((id, text)) = heading.take() {
                            let slug = slugger.slug(&text);
                            if let Some(id) = id.filter(|id| sections.contains_key(id)) {
                                out.insert(id, slug);
                            }
                        }
                    }
                    _ => {}
                }
            }
            out
        }
    }
}

/// A block that holds other blocks, and so prefixes their lines.
enum Container {
    Quote,
    /// A list item: its marker until the first line is written, then the indentation of its
    /// content.
    Item {
        marker: Option<String>,
        indent: usize,
    },
}

/// A block that ended: a list's marker, as another list just after it must take the other.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Block {
    List(char),
    Other,
}

/// Where the writer stands in the current line.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Line {
    /// Nothing written yet, not even the containers' prefixes.
    Begun,
    /// Only the prefixes: what comes is at the start of the line, where block syntax counts.
    Prefixed,
    /// Some content.
    Content,
}

struct List {
    next: Option<u64>,
    /// `-` or `*` for bullets, `.` or `)` after numbers.
    marker: char,
    items: usize,
    /// Whether an item held a paragraph: the list is loose, its items apart.
    loose: bool,
}

struct Table {
    alignments: Vec<Alignment>,
    in_head: bool,
}

struct Writer<'s> {
    syntax: &'s Syntax,
    targets: BTreeMap<String, String>,
    out: String,
    containers: Vec<Container>,
    /// Per depth (the document, then each container): the block that ended there last, if
    /// any, so that the next one gets a blank line before it.
    blocks: Vec<Option<Block>>,
    line: Line,
    lists: Vec<List>,
    /// Per open link: its destination as written, or None when only its words are.
    links: Vec<Option<String>>,
    table: Option<Table>,
    /// The id of the heading being written, for flavours that write it after the words.
    heading: Option<String>,
    /// Inside a code block, whose text is written as it is.
    code_block: bool,
    /// The events of a table being written as HTML, until it ends.
    html_table: Option<Vec<Event<'static>>>,
}

impl Writer<'_> {
    fn event(&mut self, event: Event) {
        if let Some(table) = &mut self.html_table {
            let end = matches!(event, Event::End(TagEnd::Table));
            table.push(event.into_static());
            if end {
                self.write_html_table();
            }
            return;
        }
        match event {
            Event::Start(tag) => self.start(tag),
            Event::End(tag) => self.end(tag),
            Event::Text(t) => self.text(&t),
            Event::Code(code) => self.code(&code),
            Event::SoftBreak => self.newline(),
            Event::HardBreak => {
                self.prefix();
                self.trim_line_end();
                // Pushed after the trim: two spaces are Python-Markdown's hard break.
                self.out.push_str(self.syntax.hard_break);
                self.out.push('\n');
                self.line = Line::Begun;
            }
            Event::Rule => {
                self.block_start();
                self.prefix();
                // Not `---`: at the top of a file, that opens front matter.
                self.out.push_str("* * *");
                self.block_end();
            }
            // Made text by `sanitize`; the rest are extensions the notice is not read with.
            Event::Html(t)
            | Event::InlineHtml(t)
            | Event::InlineMath(t)
            | Event::DisplayMath(t)
            | Event::FootnoteReference(t) => self.text(&t),
            Event::TaskListMarker(_) => {}
        }
    }

    fn start(&mut self, tag: Tag) {
        match tag {
            Tag::Paragraph | Tag::HtmlBlock => {
                self.block_start();
                if let Some(list) = self.lists.last_mut()
                    && matches!(self.containers.last(), Some(Container::Item { .. }))
                {
                    list.loose = true;
                }
            }
            Tag::Heading { level, id, .. } => {
                self.heading = id.map(|i| i.to_string());
                self.block_start();
                self.prefix();
                self.out.push_str(&"#".repeat(heading_depth(level)));
                self.out.push(' ');
                self.line = Line::Content;
            }
            Tag::BlockQuote(_) => {
                self.block_start();
                self.open(Container::Quote);
            }
            Tag::CodeBlock(kind) => {
                self.block_start();
                self.prefix();
                self.out.push_str("```");
                if let CodeBlockKind::Fenced(info) = kind {
                    self.out
                        .push_str(info.split_whitespace().next().unwrap_or(""));
                }
                self.newline();
                self.code_block = true;
            }
            Tag::List(start) => {
                // Two lists in a row are one list unless their markers differ.
                let (usual, other) = if start.is_some() {
                    ('.', ')')
                } else {
                    ('-', '*')
                };
                let marker = match self.blocks.last() {
                    Some(Some(Block::List(m))) if *m == usual => other,
                    _ => usual,
                };
                self.block_start();
                self.lists.push(List {
                    marker,
                    next: start,
                    items: 0,
                    loose: false,
                });
            }
            Tag::Item => self.item(),
            Tag::Table(alignments) if self.syntax.html_tables => {
                self.html_table = Some(vec![Event::Start(Tag::Table(alignments).into_static())]);
            }
            Tag::Table(alignments) => {
                self.block_start();
                self.table = Some(Table {
                    alignments,
                    in_head: false,
                });
            }
            Tag::TableHead => {
                if let Some(t) = &mut self.table {
                    t.in_head = true;
                }
                self.row_start();
            }
            Tag::TableRow => self.row_start(),
            Tag::TableCell => {
                self.out.push(' ');
                self.line = Line::Content;
            }
            Tag::Emphasis => self.inline("*"),
            Tag::Strong => self.inline("**"),
            Tag::Strikethrough => self.inline("~~"),
            Tag::Link { dest_url, .. } => {
                // `sanitize` left only allowed links and links to a section; a section the
                // flavour gives no id leaves the words alone.
                let dest = match dest_url.strip_prefix('#') {
                    Some(id) => self.targets.get(id).map(|t| format!("#{t}")),
                    None => Some(format!("<{}>", destination(&dest_url))),
                };
                if dest.is_some() {
                    self.inline("[");
                }
                self.links.push(dest);
            }
            // `sanitize` removes images; the others are extensions the notice is not read with.
            _ => {}
        }
    }

    fn end(&mut self, tag: TagEnd) {
        match tag {
            TagEnd::Paragraph | TagEnd::HtmlBlock => self.block_end(),
            TagEnd::Heading(_) => {
                if let (Some(id), Ids::Attribute) = (self.heading.take(), self.syntax.ids) {
                    self.out.push_str(&format!(" {{#{id}}}"));
                }
                self.block_end();
            }
            TagEnd::BlockQuote(_) => {
                self.close();
                self.block_ended();
            }
            TagEnd::CodeBlock => {
                self.code_block = false;
                self.prefix();
                self.out.push_str("```");
                self.block_end();
            }
            TagEnd::List(_) => {
                let marker = self.lists.pop().map_or('-', |l| l.marker);
                self.end_line();
                if let Some(b) = self.blocks.last_mut() {
                    *b = Some(Block::List(marker));
                }
            }
            TagEnd::Item => {
                // An empty item still shows its marker.
                if let Some(Container::Item {
                    marker: Some(_), ..
                }) = self.containers.last()
                {
                    self.prefix();
                }
                self.end_line();
                self.close();
            }
            TagEnd::Table => {
                self.table = None;
                self.block_ended();
            }
            TagEnd::TableHead => {
                self.row_end();
                let alignments = self
                    .table
                    .as_ref()
                    .map(|t| t.alignments.clone())
                    .unwrap_or_default();
                self.prefix();
                self.out.push('|');
                for a in alignments {
                    self.out.push_str(match a {
                        Alignment::None => "---|",
                        Alignment::Left => ":--|",
                        Alignment::Center => ":-:|",
                        Alignment::Right => "--:|",
                    });
                }
                self.newline();
                if let Some(t) = &mut self.table {
                    t.in_head = false;
                }
            }
            TagEnd::TableRow => self.row_end(),
            TagEnd::TableCell => self.out.push_str(" |"),
            TagEnd::Emphasis => self.inline("*"),
            TagEnd::Strong => self.inline("**"),
            TagEnd::Strikethrough => self.inline("~~"),
            TagEnd::Link => {
                if let Some(dest) = self.links.pop().flatten() {
                    self.inline(&format!("]({dest})"));
                }
            }
            _ => {}
        }
    }

    /// Text as the flavour reads it literally; a line break in it (from raw HTML, which is
    /// shown as text) is a soft line break.
    fn text(&mut self, text: &str) {
        if self.code_block {
            for line in text.split_inclusive('\n') {
                self.prefix();
                self.out.push_str(line.trim_end_matches('\n'));
                if line.ends_with('\n') {
                    self.newline();
                }
            }
            return;
        }
        // A block of raw HTML ends with its line break; the paragraph ends the line.
        for (i, part) in text.trim_end_matches('\n').split('\n').enumerate() {
            if i > 0 {
                self.newline();
            }
            self.prefix();
            let at_start = self.line == Line::Prefixed;
            // Leading spaces mean nothing at the start of a line, and four of them make code.
            let part = if at_start {
                part.trim_start_matches([' ', '\t'])
            } else {
                part
            };
            if part.is_empty() {
                continue;
            }
            escape_text(part, at_start, &self.syntax.dialect, &mut self.out);
            self.line = Line::Content;
        }
    }

    /// An inline code span, fenced with more backticks than it holds in a row.
    fn code(&mut self, code: &str) {
        let longest = code.split(|c| c != '`').map(str::len).max().unwrap_or(0);
        let fence = "`".repeat(longest + 1);
        let pad = if code.starts_with('`') || code.ends_with('`') {
            " "
        } else {
            ""
        };
        self.inline(&format!("{fence}{pad}{code}{pad}{fence}"));
    }

    /// Inline syntax of the writer's own (emphasis, brackets): written as is.
    fn inline(&mut self, syntax: &str) {
        self.prefix();
        self.out.push_str(syntax);
        self.line = Line::Content;
    }

    fn item(&mut self) {
        self.end_line();
        let syntax_indent = self.syntax.list_indent;
        let Some(list) = self.lists.last_mut() else {
            return;
        };
        let apart = list.loose && list.items > 0;
        list.items += 1;
        let marker = match &mut list.next {
            Some(n) => {
                let m = format!("{n}{}", list.marker);
                *n += 1;
                m
            }
            None => list.marker.to_string(),
        };
        if apart {
            self.blank_line();
        }
        let indent = syntax_indent
            .unwrap_or(marker.len() + 1)
            .max(marker.len() + 1);
        self.open(Container::Item {
            marker: Some(format!("{marker:<indent$}")),
            indent,
        });
    }

    /// The table whose events were gathered, as a block of HTML: pulldown-cmark writes it as
    /// the HTML page has it, text escaped, with links to sections as the flavour has them.
    fn write_html_table(&mut self) {
        let Some(events) = self.html_table.take() else {
            return;
        };
        let mut links = Vec::new();
        let events = events.into_iter().filter_map(|e| match e {
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                title,
                id,
            }) => {
                let dest = match dest_url.strip_prefix('#') {
                    Some(section) => self.targets.get(section).map(|t| format!("#{t}").into()),
                    None => Some(dest_url),
                };
                links.push(dest.is_some());
                dest.map(|dest_url| {
                    Event::Start(Tag::Link {
                        link_type,
                        dest_url,
                        title,
                        id,
                    })
                })
            }
            Event::End(TagEnd::Link) => links.pop().unwrap_or(false).then_some(e),
            e => Some(e),
        });
        let mut html = String::new();
        pulldown_cmark::html::push_html(&mut html, events);
        self.block_start();
        // No line of it is blank: a blank line would end the block of HTML.
        for line in html.lines().filter(|l| !l.trim().is_empty()) {
            self.prefix();
            self.out.push_str(line);
            self.newline();
        }
        self.block_ended();
    }

    fn row_start(&mut self) {
        self.prefix();
        self.out.push('|');
        self.line = Line::Content;
    }

    fn row_end(&mut self) {
        self.newline();
    }

    fn open(&mut self, container: Container) {
        self.containers.push(container);
        self.blocks.push(None);
    }

    fn close(&mut self) {
        self.end_line();
        self.containers.pop();
        self.blocks.pop();
    }

    /// Before a block: a blank line after an earlier block in the same container, or the end
    /// of the line a list item's words are on.
    fn block_start(&mut self) {
        self.end_line();
        if self.blocks.last().copied().flatten().is_some() {
            self.blank_line();
        }
    }

    fn block_end(&mut self) {
        self.end_line();
        self.block_ended();
    }

    fn block_ended(&mut self) {
        if let Some(b) = self.blocks.last_mut() {
            *b = Some(Block::Other);
        }
    }

    /// Writes the prefixes of the containers, once per line.
    fn prefix(&mut self) {
        if self.line != Line::Begun {
            return;
        }
        for c in &mut self.containers {
            match c {
                Container::Quote => self.out.push_str("> "),
                Container::Item { marker, indent } => match marker.take() {
                    Some(m) => self.out.push_str(&m),
                    None => self.out.push_str(&" ".repeat(*indent)),
                },
            }
        }
        self.line = Line::Prefixed;
    }

    fn newline(&mut self) {
        self.prefix();
        self.trim_line_end();
        self.out.push('\n');
        self.line = Line::Begun;
    }

    /// Ends the current line, if anything is on it.
    fn end_line(&mut self) {
        if self.line != Line::Begun {
            self.newline();
        }
    }

    /// A blank line inside the current containers: quotes keep their `>`.
    fn blank_line(&mut self) {
        let mut line = String::new();
        for c in &self.containers {
            match c {
                Container::Quote => line.push_str("> "),
                Container::Item { indent, .. } => line.push_str(&" ".repeat(*indent)),
            }
        }
        self.out.push_str(line.trim_end());
        self.out.push('\n');
    }

    fn trim_line_end(&mut self) {
        let kept = self.out.trim_end_matches([' ', '\t']).len();
        // The prefixes of an empty line are trimmed too: a blank line is blank.
        self.out.truncate(kept);
    }
}

/// The number of `#` of a heading.
fn heading_depth(level: HeadingLevel) -> usize {
    level as usize
}

/// A link destination to write between `<` and `>`: characters that would end it, break a
/// table row, or start a Liquid tag or a Hugo shortcode are percent-encoded, as a browser
/// would send them anyway.
fn destination(url: &str) -> String {
    let mut dest = String::with_capacity(url.len() + 2);
    let bytes = url.as_bytes();
    for (i, c) in url.char_indices() {
        match c {
            '<' => dest.push_str("%3C"),
            '>' => dest.push_str("%3E"),
            '\\' => dest.push_str("%5C"),
            '{' => dest.push_str("%7B"),
            '}' => dest.push_str("%7D"),
            '|' => dest.push_str("%7C"),
            '&' if entity_follows(&bytes[i + 1..]) => dest.push_str("&amp;"),
            c if c.is_whitespace() => dest.push_str("%20"),
            c if c.is_control() => {}
            c => dest.push(c),
        }
    }
    dest
}
