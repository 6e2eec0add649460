//! Where each node of a YAML file is: maps paths such as `purposes[2].legal_basis` to byte offsets.
//!
//! serde_yaml gives typed values but no positions, so a second, event-level pass (yaml-rust2)
//! records the position of every key and value. Lint rules name what they check by path and
//! this map turns the path into a place in the file.

use std::collections::HashMap;

use yaml_rust2::parser::{Event, Parser};
use yaml_rust2::scanner::Marker;

/// Position of one node: its key (for mapping entries) and its value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Node {
    pub key: Option<usize>,
    pub value: usize,
}

#[derive(Clone, Debug, Default)]
pub struct SourceMap {
    nodes: HashMap<String, Node>,
}

/// Where a diagnostic about `path` should point.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Located {
    pub offset: usize,
    /// False when the path itself is absent and the offset is that of its nearest ancestor.
    pub exact: bool,
}

impl SourceMap {
    /// Builds the map; a file the event parser cannot read yields an empty map (positions then
    /// fall back to the start of the file) since serde_yaml has already accepted it.
    pub fn build(text: &str) -> SourceMap {
        let lines = LineStarts::new(text);
        let mut map = SourceMap::default();
        let mut parser = Parser::new_from_str(text);
        let mut stack: Vec<Frame> = Vec::new();
        while let Ok((event, mark)) = parser.next_token() {
            let offset = lines.offset(text, mark);
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
                        *key = Some(join_key(path, &value));
                        *key_at = offset;
                        continue;
                    }
                    map.value(&mut stack, offset);
                }
                Event::Alias(_) => {
                    map.value(&mut stack, offset);
                }
                Event::MappingStart(..) | Event::SequenceStart(..) => {
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
                let p = format!("{path}[{index}]");
                *index += 1;
                (p, None)
            }
        };
        self.nodes
            .entry(path.clone())
            .or_insert(Node { key, value: offset });
        path
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

/// Line starts of a text, to turn (line, column) markers and byte offsets into one another.
pub struct LineStarts(Vec<usize>);

impl LineStarts {
    pub fn new(text: &str) -> LineStarts {
        let mut v = vec![0];
        v.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        LineStarts(v)
    }

    /// yaml-rust2 counts lines from 1 and columns in characters from 0.
    fn offset(&self, text: &str, mark: Marker) -> usize {
        let Some(&start) = self.0.get(mark.line().saturating_sub(1)) else {
            return text.len();
        };
        let line = &text[start..];
        start
            + line
                .char_indices()
                .nth(mark.col())
                .map_or(line.len(), |(i, _)| i)
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
        let m = SourceMap::build(YAML);
        let lines = LineStarts::new(YAML);
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
        let m = SourceMap::build(y);
        let lines = LineStarts::new(y);
        assert_eq!(lines.line_col(y, m.locate("b").offset), (2, 4));
        assert_eq!(lines.line_text(y, 2), "b: ü");
    }

    #[test]
    fn parents() {
        assert_eq!(parent_path("a.b[2].c"), Some("a.b[2]"));
        assert_eq!(parent_path("a.b[2]"), Some("a.b"));
        assert_eq!(parent_path("a"), Some(""));
        assert_eq!(parent_path(""), None);
    }
}
