//! The one pass over a declaration's YAML: its nodes as a tree, each with its place in the
//! file, built from yaml-rust2's events while the input limits are checked.
//!
//! The typed declaration is deserialised from this tree ([`super::de`]) and the source map of
//! paths is made from it ([`super::source_map`]), so the text is parsed once. Nothing is
//! expanded here: an alias is a node that refers to its anchor's node.
//!
//! The events come from [`super::fast_yaml`] when the text is in the subset it reads (the same
//! events, several times faster), and from yaml-rust2 otherwise, which alone reports errors.

use yaml_rust2::parser::{Event, Parser};
use yaml_rust2::scanner::{Marker, TScalarStyle};

use super::fast_yaml;
use super::limits::{MAX_EXPANDED_BYTES, MAX_NESTING};
use super::marks;
use super::source_map::LineStarts;
use super::syntax::{self, Syntax};

/// A node's index in its [`Tree`].
pub type NodeId = u32;

/// One YAML node and where it is.
#[derive(Debug)]
pub struct Node {
    /// Where its content starts (a block scalar's first line, a block mapping's first key):
    /// what lint findings point at.
    pub at: usize,
    /// Where its first token starts (an anchor or tag before it, a block scalar's `|`, the
    /// `-` of an unindented list, just after the `:` of an empty value): where errors about
    /// its type or value point, as libyaml and serde_yaml placed them.
    pub mark: usize,
    pub kind: Kind,
}

#[derive(Debug)]
pub enum Kind {
    Scalar {
        value: String,
        /// Written without quotes or block indicator: only such a scalar can be read as null,
        /// a boolean or a number.
        plain: bool,
        /// Tagged `!!str`, the one tag allowed: read as text whatever it looks like.
        tagged: bool,
    },
    /// Items, as a range of [`Tree::kids`].
    Seq { first: u32, len: u32 },
    /// Keys and values alternately, as a range of [`Tree::kids`].
    Map { first: u32, len: u32 },
    /// An alias of the anchored node.
    Alias(NodeId),
    /// The file holds no document at all.
    Void,
    /// Where the text stops being YAML: reading it gives the syntax error. A container open
    /// at that point ends with one, so what came before it can still be read, as libyaml's
    /// event stream allowed.
    Broken,
}

/// A limit a text is beyond, with the byte offset where it was crossed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Exceeded {
    /// The first mapping or sequence nested deeper than [`MAX_NESTING`].
    Nesting(usize),
    /// The alias that made the expanded document larger than [`MAX_EXPANDED_BYTES`].
    Expansion(usize),
}

/// A parsed declaration text.
#[derive(Debug)]
pub struct Tree {
    nodes: Vec<Node>,
    kids: Vec<NodeId>,
    pub root: NodeId,
    /// Set when the text is beyond a limit: it must not be deserialised.
    pub exceeded: Option<Exceeded>,
    /// The first YAML tag other than `!!str` (`!!binary`, `!include`…), as written, and where:
    /// no field of a declaration needs one.
    pub tag: Option<(usize, String)>,
    /// Where the text stops being YAML, and why.
    pub syntax: Option<Syntax>,
    /// Where a second document starts (after `---`): a declaration file holds one.
    pub second_document: Option<usize>,
}

impl Tree {
    pub fn node(&self, id: NodeId) -> &Node {
        &self.nodes[id as usize]
    }

    /// The items of a sequence, or the keys and values (alternately) of a mapping.
    pub fn kids(&self, id: NodeId) -> &[NodeId] {
        match self.node(id).kind {
            Kind::Seq { first, len } | Kind::Map { first, len } => {
                &self.kids[first as usize..(first + len) as usize]
            }
            _ => &[],
        }
    }

    /// How many nodes the tree holds (aliases counted once).
    pub fn len(&self) -> usize {
        self.nodes.len()
    }

    pub fn is_empty(&self) -> bool {
        self.nodes.is_empty()
    }

    /// Parses `text`. A text that is not YAML gives the tree of what came before the error,
    /// with [`Tree::syntax`] set; one beyond a limit stops there, with [`Tree::exceeded`] set.
    pub fn parse(text: &str, lines: &LineStarts) -> Tree {
        // The fast path reads the whole text or none of it: on `None`, yaml-rust2 starts over.
        let source = match fast_yaml::events(text) {
            Some(events) => Source::Fast(events.into_iter()),
            None => Source::Yaml(Box::new(Parser::new_from_str(text))),
        };
        Tree::build(text, lines, source)
    }

    /// [`Tree::parse`] without the fast path, to compare with it.
    #[cfg(test)]
    pub(super) fn parse_with_yaml_rust2(text: &str, lines: &LineStarts) -> Tree {
        Tree::build(
            text,
            lines,
            Source::Yaml(Box::new(Parser::new_from_str(text))),
        )
    }

    fn build(text: &str, lines: &LineStarts, mut source: Source) -> Tree {
        let mut b = Builder {
            text,
            cursor: Cursor::new(text, lines),
            tree: Tree {
                nodes: Vec::with_capacity(text.len() / 16),
                kids: Vec::with_capacity(text.len() / 16),
                root: 0,
                exceeded: None,
                tag: None,
                syntax: None,
                second_document: None,
            },
            open: Vec::new(),
            pending: Vec::new(),
            anchors: Vec::new(),
            size: Expansion::default(),
            root: None,
            documents: 0,
        };
        b.run(&mut source);
        b.finish()
    }
}

/// Where the events come from: the fast path's list, with byte offsets already, or yaml-rust2,
/// whose markers [`Cursor`] turns into byte offsets (boxed: its parser is large).
enum Source<'t> {
    Fast(std::vec::IntoIter<(Event, usize)>),
    Yaml(Box<Parser<std::str::Chars<'t>>>),
}

/// A container being built.
#[derive(Clone, Copy)]
struct Open {
    id: NodeId,
    /// Where its children start in [`Builder::pending`].
    first: usize,
    map: bool,
    /// Inside `[…]` or `{…}`.
    flow: bool,
    /// Has an anchor or tag, written before it.
    properties: bool,
}

struct Builder<'t> {
    text: &'t str,
    cursor: Cursor<'t>,
    tree: Tree,
    open: Vec<Open>,
    /// The children of the open containers, innermost last.
    pending: Vec<NodeId>,
    /// The node of each anchor, by yaml-rust2's anchor id.
    anchors: Vec<NodeId>,
    size: Expansion,
    root: Option<NodeId>,
    documents: usize,
}

impl Builder<'_> {
    fn run(&mut self, source: &mut Source) {
        loop {
            let next = match source {
                // The list ends with StreamEnd, which returns below.
                Source::Fast(events) => events.next().map(Ok),
                Source::Yaml(parser) => Some(
                    parser
                        .next_token()
                        .map(|(event, marker)| (event, self.cursor.offset(marker))),
                ),
            };
            let (event, at) = match next {
                Some(Ok(next)) => next,
                None => return,
                Some(Err(e)) => {
                    let at = self.cursor.offset(*e.marker());
                    // The scanner refuses flow collections (`[[[…`) nested 256 deep, before any
                    // event of them.
                    if e.info().contains("recursion limit") {
                        self.tree.exceeded = Some(Exceeded::Nesting(at));
                    } else {
                        let flow = self.open.last().map(|o| (o.flow, o.map));
                        self.tree.syntax = Some(syntax::explain(e.info(), at, self.text, flow));
                    }
                    return;
                }
            };
            if let Event::Scalar(.., Some(tag))
            | Event::MappingStart(_, Some(tag))
            | Event::SequenceStart(_, Some(tag)) = &event
                && self.tree.tag.is_none()
            {
                let written = match tag.handle.as_str() {
                    "tag:yaml.org,2002:" => format!("!!{}", tag.suffix),
                    handle => format!("{handle}{}", tag.suffix),
                };
                if written != "!!str" {
                    // The event is marked at the value; the tag is written before it.
                    let before = &self.text[..at];
                    let tag_at = before
                        .rfind(written.as_str())
                        .filter(|&i| !before[i..].contains(['\n', '\r']))
                        .unwrap_or(at);
                    self.tree.tag = Some((tag_at, written));
                }
            }
            let weight = match &event {
                Event::Scalar(value, _, anchor, _) => {
                    self.size.leaf(1 + value.len() as u64, *anchor)
                }
                Event::Alias(id) => self.size.alias(*id),
                Event::MappingStart(anchor, _) | Event::SequenceStart(anchor, _) => {
                    self.size.open(*anchor)
                }
                Event::MappingEnd | Event::SequenceEnd => self.size.close(),
                _ => 0,
            };
            if weight > MAX_EXPANDED_BYTES {
                self.tree.exceeded = Some(Exceeded::Expansion(at));
                return;
            }
            match event {
                Event::StreamEnd => return,
                Event::DocumentStart => {
                    self.documents += 1;
                    if self.documents > 1 {
                        self.tree.second_document = Some(at);
                        return;
                    }
                }
                Event::Scalar(value, style, anchor, tag) => {
                    let plain = style == TScalarStyle::Plain;
                    let properties = anchor != 0 || tag.is_some();
                    let mark = self.scalar_mark(at, &value, style, properties);
                    let kind = Kind::Scalar {
                        value,
                        plain,
                        tagged: tag.is_some(),
                    };
                    let id = self.push(at, mark, kind);
                    self.anchor(anchor, id);
                    if !self.add(id) {
                        return;
                    }
                }
                Event::Alias(anchor) => {
                    // yaml-rust2 refuses an alias of an unknown anchor.
                    let target = self.anchors.get(anchor).copied().unwrap_or_default();
                    let id = self.push(at, at, Kind::Alias(target));
                    if !self.add(id) {
                        return;
                    }
                }
                Event::SequenceStart(anchor, ref tag) | Event::MappingStart(anchor, ref tag) => {
                    if self.open.len() >= MAX_NESTING {
                        self.tree.exceeded = Some(Exceeded::Nesting(at));
                        return;
                    }
                    let map = matches!(event, Event::MappingStart(..));
                    let properties = anchor != 0 || tag.is_some();
                    let flow = self.open.last().is_some_and(|o| o.flow)
                        || matches!(self.text.as_bytes().get(at), Some(b'[' | b'{'));
                    let mark = if map { at } else { marks::dash(self.text, at) };
                    let kind = if map {
                        Kind::Map { first: 0, len: 0 }
                    } else {
                        Kind::Seq { first: 0, len: 0 }
                    };
                    let id = self.push(at, mark, kind);
                    self.anchor(anchor, id);
                    self.open.push(Open {
                        id,
                        first: self.pending.len(),
                        map,
                        flow,
                        properties,
                    });
                }
                Event::SequenceEnd | Event::MappingEnd => {
                    if !self.close() {
                        return;
                    }
                }
                Event::StreamStart | Event::DocumentEnd | Event::Nothing => {}
            }
        }
    }

    fn push(&mut self, at: usize, mark: usize, kind: Kind) -> NodeId {
        let id = self.tree.nodes.len() as NodeId;
        self.tree.nodes.push(Node { at, mark, kind });
        id
    }

    fn anchor(&mut self, anchor: usize, id: NodeId) {
        if anchor != 0 {
            if self.anchors.len() <= anchor {
                self.anchors.resize(anchor + 1, 0);
            }
            self.anchors[anchor] = id;
        }
    }

    /// Where libyaml placed a scalar: at its anchor or tag, at a block scalar's indicator,
    /// and an empty one (`key:` with nothing after it) just after its `:` or `-`.
    fn scalar_mark(&self, at: usize, value: &str, style: TScalarStyle, properties: bool) -> usize {
        if properties {
            return marks::properties(self.text, at);
        }
        match style {
            TScalarStyle::Literal | TScalarStyle::Folded => {
                marks::block_indicator(self.text, at).unwrap_or(at)
            }
            TScalarStyle::Plain if value.is_empty() => self.empty_mark(at),
            _ => at,
        }
    }

    fn empty_mark(&self, at: usize) -> usize {
        let Some(parent) = self.open.last() else {
            return at;
        };
        let value = (self.pending.len() - parent.first) % 2 == 1;
        match (parent.map, parent.flow, value) {
            (true, false, true) => {
                let key = self.tree.node(self.pending[self.pending.len() - 1]);
                marks::after_colon(self.text, key).unwrap_or(at)
            }
            (true, true, true) => marks::after_flow_colon(self.text, at),
            (true, false, false) => marks::after_question(self.text, at).unwrap_or(at),
            (false, false, _) => {
                marks::after_dash(self.text, self.tree.node(parent.id).mark, at).unwrap_or(at)
            }
            _ => at,
        }
    }

    /// Adds a finished node to the open container, or makes it the root. False when the text
    /// turns out not to be YAML there (a key too long for libyaml).
    fn add(&mut self, id: NodeId) -> bool {
        let Some(parent) = self.open.last() else {
            self.root = Some(id);
            return true;
        };
        let index = self.pending.len() - parent.first;
        if parent.map && index == 0 {
            // A block mapping starts where its first key does; yaml-rust2 marks it at the
            // first `:` instead.
            let (at, mark) = (self.tree.node(id).at, self.tree.node(id).mark);
            let map = &mut self.tree.nodes[parent.id as usize];
            map.at = map.at.min(at);
            map.mark = map.mark.min(mark);
        }
        if parent.map && parent.flow && index % 2 == 1 && self.tree.syntax.is_none() {
            let key = self.tree.node(self.pending[self.pending.len() - 1]);
            if let Some(e) = syntax::long_flow_key(self.text, key, self.tree.node(parent.id)) {
                self.tree.syntax = Some(e);
                return false;
            }
        }
        self.pending.push(id);
        true
    }

    /// Closes the innermost container and adds it to its parent.
    fn close(&mut self) -> bool {
        let Some(open) = self.open.pop() else {
            return true;
        };
        let first = self.tree.kids.len() as u32;
        let len = (self.pending.len() - open.first) as u32;
        self.tree.kids.extend(self.pending.drain(open.first..));
        let text = self.text;
        let node = &mut self.tree.nodes[open.id as usize];
        node.kind = if open.map {
            Kind::Map { first, len }
        } else {
            Kind::Seq { first, len }
        };
        if open.properties {
            node.mark = marks::properties(text, node.mark);
        }
        self.add(open.id)
    }

    /// Ends the tree: a container left open by an error ends with a [`Kind::Broken`] node
    /// (after the key whose value never came, in a mapping).
    fn finish(mut self) -> Tree {
        let end = self.text.len();
        while let Some(&Open { first, map, .. }) = self.open.last() {
            let broken = self.push(end, end, Kind::Broken);
            self.pending.push(broken);
            if map && (self.pending.len() - first) % 2 == 1 {
                let value = self.push(end, end, Kind::Broken);
                self.pending.push(value);
            }
            // A key too long for libyaml stops the tree without an error to report here.
            self.close();
        }
        self.tree.root = match self.root {
            Some(root) => root,
            None if self.tree.syntax.is_some() => self.push(end, end, Kind::Broken),
            None => self.push(end, end, Kind::Void),
        };
        self.tree
    }
}

/// The size of the document with every alias replaced by what it refers to, counted as bytes of
/// scalar text plus one per node, without building it: a few kilobytes of nested aliases
/// ("billion laughs"), or many aliases of one long string, would otherwise expand to gigabytes.
#[derive(Default)]
struct Expansion {
    /// The expanded size so far.
    total: u64,
    /// Expanded size of each anchored node, by anchor id.
    anchors: Vec<u64>,
    /// The containers open at this point: their anchor id (0 for none) and size so far.
    open: Vec<(usize, u64)>,
}

impl Expansion {
    /// Adds `weight` to the innermost open container and to the total, which it returns.
    fn add(&mut self, weight: u64) -> u64 {
        if let Some((_, size)) = self.open.last_mut() {
            *size = size.saturating_add(weight);
        }
        self.total = self.total.saturating_add(weight);
        self.total
    }

    fn set(&mut self, anchor: usize, weight: u64) {
        if anchor != 0 {
            if self.anchors.len() <= anchor {
                self.anchors.resize(anchor + 1, 1);
            }
            self.anchors[anchor] = weight;
        }
    }

    fn leaf(&mut self, weight: u64, anchor: usize) -> u64 {
        self.set(anchor, weight);
        self.add(weight)
    }

    fn alias(&mut self, id: usize) -> u64 {
        let weight = self.anchors.get(id).copied().unwrap_or(1);
        self.add(weight)
    }

    /// Opens a container; it is added to its parent's size when it closes.
    fn open(&mut self, anchor: usize) -> u64 {
        self.open.push((anchor, 1));
        self.total = self.total.saturating_add(1);
        self.total
    }

    /// Closes the innermost container: its size counts in its parent's, and in its anchor's.
    fn close(&mut self) -> u64 {
        if let Some((anchor, size)) = self.open.pop() {
            self.set(anchor, size);
            if let Some((_, parent)) = self.open.last_mut() {
                *parent = parent.saturating_add(size);
            }
        }
        self.total
    }
}

/// Turns yaml-rust2 markers (lines from 1, columns in characters from 0) into byte offsets.
/// Markers come mostly in order, so each walks on from the previous one rather than from the
/// start of its line: on a long line, that would make the pass quadratic.
pub(super) struct Cursor<'t> {
    text: &'t str,
    lines: &'t LineStarts,
    line: usize,
    col: usize,
    byte: usize,
}

impl<'t> Cursor<'t> {
    pub(super) fn new(text: &'t str, lines: &'t LineStarts) -> Cursor<'t> {
        Cursor {
            text,
            lines,
            line: 0,
            col: 0,
            byte: 0,
        }
    }

    pub(super) fn offset(&mut self, mark: Marker) -> usize {
        let (line, col) = (mark.line(), mark.col());
        if line != self.line || col < self.col {
            (self.line, self.col, self.byte) = (line, 0, self.lines.offset(self.text, line, 0));
        }
        let rest = &self.text[self.byte..];
        self.byte += rest
            .char_indices()
            .nth(col - self.col)
            .map_or(rest.len(), |(i, _)| i);
        self.col = col;
        self.byte
    }
}
