//! Where each node of a YAML file is: maps paths such as `purposes[2].legal_basis` to byte offsets.
//!
//! serde_yaml gives typed values but no positions, so a second, event-level pass (yaml-rust2)
//! records the position of every key and value. Lint rules name what they check by path and
//! this map turns the path into a place in the file.

use std::collections::HashMap;
use std::collections::hash_map::Entry;

use yaml_rust2::parser::{Event, Parser};
use yaml_rust2::scanner::Marker;

use super::limits::{MAX_EXPANDED_BYTES, MAX_NESTING, MAX_RECORDED_BYTES};

/// Position of one node: its key (for mapping entries) and its value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Node {
    pub key: Option<usize>,
    pub value: usize,
}

#[derive(Clone, Debug, Default)]
pub struct SourceMap {
    nodes: HashMap<String, Node>,
    /// Bytes of path text made so far.
    recorded: usize,
    /// Keys given a second time in their mapping: the offset of the repeat, by path.
    repeated: HashMap<String, usize>,
    /// Set when the text is beyond a limit: it must not be deserialised.
    pub exceeded: Option<Exceeded>,
    /// The first YAML tag other than `!!str` (`!!binary`, `!include`…), as written, and where:
    /// serde_yaml would decode some (a `!!binary` string) and misreport others, and no field of
    /// a declaration needs one.
    pub tag: Option<(usize, String)>,
}

/// A limit a text is beyond, with the byte offset where it was crossed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Exceeded {
    /// The first mapping or sequence nested deeper than [`MAX_NESTING`].
    Nesting(usize),
    /// The alias that made the expanded document larger than [`MAX_EXPANDED_BYTES`].
    Expansion(usize),
}

/// The size of the document with every alias replaced by what it refers to, counted as bytes of
/// scalar text plus one per node, without building it: a few kilobytes of nested aliases
/// ("billion laughs"), or many aliases of one long string, would otherwise expand to gigabytes.
#[derive(Default)]
struct Expansion {
    /// The expanded size so far.
    total: u64,
    /// Expanded size of each anchored node, by anchor id.
    anchors: HashMap<usize, u64>,
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

    fn leaf(&mut self, weight: u64, anchor: usize) -> u64 {
        if anchor != 0 {
            self.anchors.insert(anchor, weight);
        }
        self.add(weight)
    }

    fn alias(&mut self, id: usize) -> u64 {
        let weight = self.anchors.get(&id).copied().unwrap_or(1);
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
            if anchor != 0 {
                self.anchors.insert(anchor, size);
            }
            if let Some((_, parent)) = self.open.last_mut() {
                *parent = parent.saturating_add(size);
            }
        }
        self.total
    }
}

/// Where a diagnostic about `path` should point.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Located {
    pub offset: usize,
    /// False when the path itself is absent and the offset is that of its nearest ancestor.
    pub exact: bool,
}

impl SourceMap {
    /// Builds the map; a file the event parser cannot read yields a partial map (positions then
    /// fall back to the nearest recorded ancestor, or the start of the file).
    ///
    /// This pass also bounds what deserialising the text could cost, since it runs first and
    /// never expands an alias: it stops at the first container nested deeper than
    /// [`MAX_NESTING`] and at the alias that makes the expanded document larger than
    /// [`MAX_EXPANDED_BYTES`], and records which in [`SourceMap::exceeded`]. Where this
    /// parser stops on a syntax error that serde_yaml's (libyaml) reads past, the rest of the
    /// file is bounded only by serde_yaml's own limits (nesting 128, its repetition limit) and
    /// by the file size limit.
    pub fn build(text: &str, lines: &LineStarts) -> SourceMap {
        let mut cursor = Cursor {
            text,
            lines,
            line: 0,
            col: 0,
            byte: 0,
        };
        let mut map = SourceMap::default();
        let mut parser = Parser::new_from_str(text);
        let mut stack: Vec<Frame> = Vec::new();
        let mut size = Expansion::default();
        loop {
            let (event, mark) = match parser.next_token() {
                Ok(next) => next,
                // The scanner refuses flow collections (`[[[…`) nested 256 deep, before any
                // event of them; serde_yaml's parser would take quadratic time over them.
                Err(e) => {
                    if e.info().contains("recursion limit") {
                        let at = cursor.offset(*e.marker());
                        map.exceeded = Some(Exceeded::Nesting(at));
                    }
                    break;
                }
            };
            let offset = cursor.offset(mark);
            if let Event::Scalar(.., Some(tag))
            | Event::MappingStart(_, Some(tag))
            | Event::SequenceStart(_, Some(tag)) = &event
                && map.tag.is_none()
            {
                let written = match tag.handle.as_str() {
                    "tag:yaml.org,2002:" => format!("!!{}", tag.suffix),
                    handle => format!("{handle}{}", tag.suffix),
                };
                if written != "!!str" {
                    // The event is marked at the value; the tag is written before it.
                    let before = &text[..offset];
                    let at = before
                        .rfind(written.as_str())
                        .filter(|&i| !before[i..].contains(['\n', '\r']))
                        .unwrap_or(offset);
                    map.tag = Some((at, written));
                }
            }
            let weight = match &event {
                Event::Scalar(value, _, anchor, _) => size.leaf(1 + value.len() as u64, *anchor),
                Event::Alias(id) => size.alias(*id),
                Event::MappingStart(anchor, _) | Event::SequenceStart(anchor, _) => {
                    size.open(*anchor)
                }
                Event::MappingEnd | Event::SequenceEnd => size.close(),
                _ => 0,
            };
            if weight > MAX_EXPANDED_BYTES {
                map.exceeded = Some(Exceeded::Expansion(offset));
                break;
            }
            match event {
                Event::StreamEnd => break,
                Event::Scalar(value, ..) => {
                    if let Some(Frame::Mapping { path, key, key_at }) = stack.last_mut()
                        && key.is_none()
                    {
                        // A block mapping starts where its first key does; the parser marks
                        // it at the first `:` instead.
                        if let Some(n) = map.nodes.get_mut(path.as_str())
                            && offset < n.value
                        {
                            n.value = offset;
                        }
                        *key = Some(map.budgeted(|| join_key(path, &value)));
                        *key_at = offset;
                        continue;
                    }
                    map.value(&mut stack, offset);
                }
                Event::Alias(_) => {
                    map.value(&mut stack, offset);
                }
                Event::MappingStart(..) | Event::SequenceStart(..) => {
                    if stack.len() >= MAX_NESTING {
                        map.exceeded = Some(Exceeded::Nesting(offset));
                        break;
                    }
                    let path = map.value(&mut stack, offset);
                    stack.push(if matches!(event, Event::MappingStart(..)) {
                        Frame::Mapping {
                            path,
                            key: None,
                            key_at: 0,
                        }
                    } else {
                        Frame::Sequence { path, index: 0 }
                    });
                }
                Event::MappingEnd | Event::SequenceEnd => {
                    stack.pop();
                }
                _ => {}
            }
        }
        map
    }

    /// Records a value node under the current container and returns its path.
    fn value(&mut self, stack: &mut [Frame], offset: usize) -> String {
        let (path, key) = match stack.last_mut() {
            None => (String::new(), None),
            Some(Frame::Mapping { key, key_at, .. }) => match key.take() {
                Some(k) => (k, Some(*key_at)),
                // A complex (non-scalar) key: its contents get no path of their own.
                None => (String::from("?"), None),
            },
            Some(Frame::Sequence { path, index }) => {
                let p = self.budgeted(|| format!("{path}[{index}]"));
                *index += 1;
                (p, None)
            }
        };
        if self.recorded <= MAX_RECORDED_BYTES {
            match self.nodes.entry(path.clone()) {
                Entry::Vacant(v) => {
                    v.insert(Node { key, value: offset });
                }
                // A key given twice: serde_yaml reports it at the mapping, this is the repeat.
                Entry::Occupied(_) => {
                    if let Some(k) = key {
                        self.repeated.entry(path.clone()).or_insert(k);
                    }
                }
            }
        }
        path
    }

    /// A path made by `make`, counted against the budget; past the budget, an empty path
    /// without making it. Paths repeat their ancestors' keys, so a file of long keys and many
    /// nodes would otherwise cost far more time and memory than its size: past the budget,
    /// nodes are no longer recorded (their positions fall back to recorded ancestors).
    fn budgeted(&mut self, make: impl FnOnce() -> String) -> String {
        if self.recorded > MAX_RECORDED_BYTES {
            return String::new();
        }
        let path = make();
        self.recorded += path.len();
        path
    }

    /// Where the key at `path` is given a second time, if it is.
    pub fn repeated(&self, path: &str) -> Option<usize> {
        self.repeated.get(path).copied()
    }

    pub fn node(&self, path: &str) -> Option<Node> {
        self.nodes.get(path).copied()
    }

    /// The value at `path`, or else the key (or start) of its nearest existing ancestor.
    pub fn locate(&self, path: &str) -> Located {
        if let Some(n) = self.nodes.get(path) {
            return Located {
                offset: n.value,
                exact: true,
            };
        }
        let mut p = path;
        while let Some(parent) = parent_path(p) {
            if let Some(n) = self.nodes.get(parent) {
                return Located {
                    offset: n.key.unwrap_or(n.value),
                    exact: false,
                };
            }
            p = parent;
        }
        Located {
            offset: 0,
            exact: false,
        }
    }

    /// The key of the entry at `path` (for "this field should not be here"), else its value.
    pub fn locate_key(&self, path: &str) -> Located {
        match self.nodes.get(path) {
            Some(n) => Located {
                offset: n.key.unwrap_or(n.value),
                exact: true,
            },
            None => self.locate(path),
        }
    }
}

enum Frame {
    Mapping {
        path: String,
        key: Option<String>,
        key_at: usize,
    },
    Sequence {
        path: String,
        index: usize,
    },
}

fn join_key(parent: &str, key: &str) -> String {
    if parent.is_empty() {
        key.to_owned()
    } else {
        format!("{parent}.{key}")
    }
}

/// `a.b[2].c` → `a.b[2]` → `a.b` → `a` → `` → None.
pub fn parent_path(path: &str) -> Option<&str> {
    if path.is_empty() {
        return None;
    }
    Some(match path.rfind(['.', '[']) {
        Some(i) => &path[..i],
        None => "",
    })
}

/// Turns yaml-rust2 markers (lines from 1, columns in characters from 0) into byte offsets.
/// Markers come mostly in order, so each walks on from the previous one rather than from the
/// start of its line: on a long line, that would make the pass quadratic.
struct Cursor<'t> {
    text: &'t str,
    lines: &'t LineStarts,
    line: usize,
    col: usize,
    byte: usize,
}

impl Cursor<'_> {
    fn offset(&mut self, mark: Marker) -> usize {
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

/// Line starts of a text, to turn (line, column) markers and byte offsets into one another.
pub struct LineStarts(Vec<usize>);

/// The lines of `text` without their ends: `\r\n`, `\r` and `\n` each end a line, as in
/// YAML (1.2, 5.4) and in editors (a file saved with classic Mac line ends is all `\r`).
pub fn lines(text: &str) -> impl Iterator<Item = &str> {
    let starts = LineStarts::new(text);
    (1..=starts.0.len()).map(move |l| starts.line_text(text, l))
}

impl LineStarts {
    pub fn new(text: &str) -> LineStarts {
        let mut v = vec![0];
        let b = text.as_bytes();
        v.extend(b.iter().enumerate().filter_map(|(i, &c)| {
            let ends = c == b'\n' || (c == b'\r' && b.get(i + 1) != Some(&b'\n'));
            ends.then_some(i + 1)
        }));
        LineStarts(v)
    }

    /// The byte offset of 0-based character column `col` of 1-based line `line`; the end of
    /// the line (or of the text) when they are past it.
    pub fn offset(&self, text: &str, line: usize, col: usize) -> usize {
        let Some(&start) = self.0.get(line.wrapping_sub(1)) else {
            return text.len();
        };
        let rest = text.get(start..).unwrap_or("");
        let rest = &rest[..rest.find(['\n', '\r']).unwrap_or(rest.len())];
        start + rest.char_indices().nth(col).map_or(rest.len(), |(i, _)| i)
    }

    /// 1-based line and 1-based column (in characters) of a byte offset.
    pub fn line_col(&self, text: &str, offset: usize) -> (usize, usize) {
        let offset = offset.min(text.len());
        let line = self.0.partition_point(|&s| s <= offset).max(1);
        let start = self.0[line - 1];
        let col = text.get(start..offset).map_or(1, |s| s.chars().count() + 1);
        (line, col)
    }

    /// The text of 1-based line `line`, without its newline.
    pub fn line_text<'t>(&self, text: &'t str, line: usize) -> &'t str {
        let start = self
            .0
            .get(line.wrapping_sub(1))
            .copied()
            .unwrap_or(text.len());
        let end = self.0.get(line).map_or(text.len(), |&e| e);
        text[start..end].trim_end_matches(['\n', '\r'])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const YAML: &str = "notice:\n  id: acme\npurposes:\n  - id: billing\n    legal_basis: contract\n  - id: news\n    label: {fr: Lettre, en: Letter}\n";

    #[test]
    fn maps_paths_to_offsets() {
        let lines = LineStarts::new(YAML);
        let m = SourceMap::build(YAML, &lines);
        let at = |p: &str| lines.line_col(YAML, m.locate(p).offset);
        assert_eq!(at("notice.id"), (2, 7));
        assert_eq!(at("purposes[0].legal_basis"), (5, 18));
        assert_eq!(at("purposes[1].label.en"), (7, 29));
        // Missing: the nearest ancestor, a block mapping starting at its first key.
        assert!(!m.locate("purposes[1].retention").exact);
        assert_eq!(at("purposes[1].retention"), (6, 5));
        assert_eq!(at("notice"), (2, 3));
        assert_eq!(at(""), (1, 1));
        assert_eq!(
            lines.line_col(YAML, m.locate_key("purposes[0].legal_basis").offset),
            (5, 5)
        );
    }

    #[test]
    fn columns_count_characters() {
        let y = "a: é\nb: ü\n";
        let lines = LineStarts::new(y);
        let m = SourceMap::build(y, &lines);
        assert_eq!(lines.line_col(y, m.locate("b").offset), (2, 4));
        assert_eq!(lines.line_text(y, 2), "b: ü");
    }

    #[test]
    fn every_line_end_counts() {
        for end in ["\n", "\r\n", "\r"] {
            let y = ["a: 1", "b: é", "", "c: 3"].join(end);
            let lines = LineStarts::new(&y);
            let m = SourceMap::build(&y, &lines);
            assert_eq!(lines.line_col(&y, m.locate("c").offset), (4, 4), "{end:?}");
            assert_eq!(lines.line_text(&y, 2), "b: é", "{end:?}");
            assert_eq!(lines.offset(&y, 2, 3), y.find('é').unwrap(), "{end:?}");
            assert_eq!(
                super::lines(&y).collect::<Vec<_>>(),
                ["a: 1", "b: é", "", "c: 3"],
                "{end:?}"
            );
        }
    }

    #[test]
    fn parents() {
        assert_eq!(parent_path("a.b[2].c"), Some("a.b[2]"));
        assert_eq!(parent_path("a.b[2]"), Some("a.b"));
        assert_eq!(parent_path("a"), Some(""));
        assert_eq!(parent_path(""), None);
    }
}
