//! Where each node of a YAML file is: maps paths such as `purposes[2].legal_basis` to byte offsets.
//!
//! Made from the node tree of the file's one parse ([`super::tree`]): lint rules name what they
//! check by path and this map turns the path into a place in the file.

use std::collections::HashMap;
use std::collections::hash_map::Entry;

use super::limits::MAX_RECORDED_BYTES;
use super::tree::{Kind, NodeId, Tree};

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
}

/// Where a diagnostic about `path` should point.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Located {
    pub offset: usize,
    /// False when the path itself is absent and the offset is that of its nearest ancestor.
    pub exact: bool,
}

impl SourceMap {
    /// Maps every node of `tree` (a tree cut short by a syntax error gives a partial map:
    /// positions then fall back to the nearest recorded ancestor, or the start of the file).
    /// An alias is recorded where it is written, not followed.
    pub fn build(tree: &Tree) -> SourceMap {
        let mut map = SourceMap::default();
        map.visit(tree, tree.root, String::new(), None);
        map
    }

    /// Records the node `id` at `path` (the key it is the value of at `key`), then its children.
    fn visit(&mut self, tree: &Tree, id: NodeId, path: String, key: Option<usize>) {
        if self.recorded > MAX_RECORDED_BYTES {
            return;
        }
        let node = tree.node(id);
        match node.kind {
            Kind::Broken | Kind::Void => return,
            _ => {}
        }
        let kids = tree.kids(id);
        match &node.kind {
            Kind::Seq { .. } => {
                for (i, &item) in kids.iter().enumerate() {
                    let p = self.budgeted(format!("{path}[{i}]"));
                    self.visit(tree, item, p, None);
                }
            }
            Kind::Map { .. } => {
                for pair in kids.chunks_exact(2) {
                    let (k, v) = (tree.node(pair[0]), pair[1]);
                    match &k.kind {
                        Kind::Scalar { value, .. } => {
                            let p = self.budgeted(join_key(&path, value));
                            self.visit(tree, v, p, Some(k.at));
                        }
                        // A complex (non-scalar) key: its contents get no path of their own.
                        _ => self.visit(tree, v, String::from("?"), None),
                    }
                }
            }
            _ => {}
        }
        self.record(path, node.at, key);
    }

    fn record(&mut self, path: String, value: usize, key: Option<usize>) {
        if self.recorded > MAX_RECORDED_BYTES {
            return;
        }
        match self.nodes.entry(path) {
            Entry::Vacant(v) => {
                v.insert(Node { key, value });
            }
            // A key given twice: serde reports it at the mapping, this is the repeat.
            Entry::Occupied(o) => {
                if let Some(k) = key {
                    self.repeated.entry(o.key().clone()).or_insert(k);
                }
            }
        }
    }

    /// A path made by `make`, counted against the budget. Paths repeat their ancestors' keys,
    /// so a file of long keys and many nodes would otherwise cost far more time and memory
    /// than its size: past the budget, nodes are no longer recorded (their positions fall
    /// back to recorded ancestors).
    fn budgeted(&mut self, path: String) -> String {
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

/// Line starts of a text, to turn (line, column) markers and byte offsets into one another.
pub struct LineStarts(Vec<usize>);

/// The lines of `text` without their ends: `\r\n`, `\r` and `\n` each end a line, as in
/// YAML (1.2, 5.4) and in editors (a file saved with classic Mac line ends is all `\r`).
pub fn lines(text: &str) -> impl Iterator<Item = &str> {
    // Cut as it goes: a caller that stops at the first line that is not blank does not pay
    // for the rest of the text.
    let mut rest = Some(text);
    std::iter::from_fn(move || {
        let r = rest?;
        let Some(i) = memchr::memchr2(b'\n', b'\r', r.as_bytes()) else {
            rest = None;
            return Some(r);
        };
        let end = if r[i..].starts_with("\r\n") {
            i + 2
        } else {
            i + 1
        };
        rest = Some(&r[end..]);
        Some(&r[..i])
    })
}

impl LineStarts {
    pub fn new(text: &str) -> LineStarts {
        let mut v = vec![0];
        let b = text.as_bytes();
        v.extend(memchr::memchr2_iter(b'\n', b'\r', b).filter_map(|i| {
            let ends = b[i] == b'\n' || b.get(i + 1) != Some(&b'\n');
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
        let m = SourceMap::build(&Tree::parse(YAML, &lines));
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
        let m = SourceMap::build(&Tree::parse(y, &lines));
        assert_eq!(lines.line_col(y, m.locate("b").offset), (2, 4));
        assert_eq!(lines.line_text(y, 2), "b: ü");
    }

    #[test]
    fn lines_are_cut_as_line_starts_cut_them() {
        for y in [
            "",
            "a",
            "a\n",
            "a\r\nb",
            "a\r\rb\n\n",
            "\r\n",
            "\n\r",
            "é\r",
            "x\r\n\r\ny",
        ] {
            let starts = LineStarts::new(y);
            let expected: Vec<&str> = (1..=starts.0.len())
                .map(|l| starts.line_text(y, l))
                .collect();
            assert_eq!(lines(y).collect::<Vec<_>>(), expected, "{y:?}");
        }
    }

    #[test]
    fn every_line_end_counts() {
        for end in ["\n", "\r\n", "\r"] {
            let y = ["a: 1", "b: é", "", "c: 3"].join(end);
            let lines = LineStarts::new(&y);
            let m = SourceMap::build(&Tree::parse(&y, &lines));
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
