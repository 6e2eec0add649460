//! The YAML files of a locale folder (`phrases.yaml`, `reference.yaml`), read with the place
//! of every key and value, so that a mistake in a user's folder is an error at its line.
//!
//! They are parsed by the same one-pass reader as declarations ([`crate::declaration::tree`]);
//! what they may hold is small (mappings, lists and strings), so anything else is refused
//! where it is written rather than read in some way the author did not mean.

use std::path::PathBuf;
use std::sync::Arc;

use crate::declaration::source_map::LineStarts;
use crate::declaration::tree::{Kind, NodeId, Tree};
use crate::diagnostic::{Diagnostic, SourceFile};

/// A node of a locale folder's YAML file and where it starts.
#[derive(Debug)]
pub struct Item {
    pub at: usize,
    pub value: Value,
}

#[derive(Debug)]
pub enum Value {
    /// A scalar, as text (`7` is the text "7").
    Text(String),
    /// Nothing: `key:` with no value, `~` or `null`.
    Empty,
    List(Vec<Item>),
    /// Keys (each with its place) and values, in file order.
    Map(Vec<(Item, Item)>),
}

impl Item {
    /// The text of a scalar key or value.
    pub fn text(&self) -> Option<&str> {
        match &self.value {
            Value::Text(t) => Some(t),
            _ => None,
        }
    }
}

/// A parsed locale YAML file: the file (for errors) and its root node.
pub struct File {
    pub file: Arc<SourceFile>,
    pub root: Item,
}

impl File {
    /// Parses `text`, read from `path`. A syntax error, a tag, an alias or a second document
    /// is an error at its place.
    pub fn parse(path: PathBuf, text: String) -> Result<File, Diagnostic> {
        let tree = Tree::parse(&text, &LineStarts::new(&text));
        let file = Arc::new(SourceFile::plain(path, text));
        let refuse = |at: usize, message: String| {
            Err(error(
                &file,
                at,
                message,
                "see docs/languages.md for the format",
            ))
        };
        if let Some(s) = &tree.syntax {
            return refuse(s.offset, format!("not valid YAML: {}", s.message));
        }
        if let Some((at, tag)) = &tree.tag {
            return refuse(*at, format!("the tag `{tag}` has no meaning here"));
        }
        if let Some(at) = tree.second_document {
            return refuse(at, "a second document: the file holds one".to_owned());
        }
        if tree.exceeded.is_some() || tree.is_empty() {
            // Nothing deeper than a few levels is read; an empty file gives an empty mapping.
            let at = match tree.exceeded {
                Some(crate::declaration::tree::Exceeded::Nesting(at))
                | Some(crate::declaration::tree::Exceeded::Expansion(at)) => at,
                None => {
                    return Ok(File {
                        file,
                        root: Item {
                            at: 0,
                            value: Value::Map(Vec::new()),
                        },
                    });
                }
            };
            return refuse(at, "nested too deeply".to_owned());
        }
        let root = convert(&tree, tree.root, &file)?;
        Ok(File { file, root })
    }

    /// An error at `at` in this file.
    pub fn error(
        &self,
        at: usize,
        message: impl Into<String>,
        help: impl Into<String>,
    ) -> Diagnostic {
        error(&self.file, at, message, help)
    }
}

/// An error at `at` in `file`.
pub fn error(
    file: &Arc<SourceFile>,
    at: usize,
    message: impl Into<String>,
    help: impl Into<String>,
) -> Diagnostic {
    Diagnostic::error("load", message)
        .with_help(help)
        .in_file(file, Some(at))
}

fn convert(tree: &Tree, id: NodeId, file: &Arc<SourceFile>) -> Result<Item, Diagnostic> {
    let node = tree.node(id);
    let value = match &node.kind {
        Kind::Scalar { value, plain, .. } => {
            if *plain && matches!(value.as_str(), "" | "~" | "null" | "Null" | "NULL") {
                Value::Empty
            } else {
                Value::Text(value.clone())
            }
        }
        Kind::Seq { .. } => Value::List(
            tree.kids(id)
                .iter()
                .map(|k| convert(tree, *k, file))
                .collect::<Result<_, _>>()?,
        ),
        Kind::Map { .. } => {
            let mut entries = Vec::new();
            for pair in tree.kids(id).chunks(2) {
                let key = convert(tree, pair[0], file)?;
                if key.text().is_none() {
                    return Err(error(
                        file,
                        key.at,
                        "a key must be a name",
                        "write `key: value`",
                    ));
                }
                let value = match pair.get(1) {
                    Some(v) => convert(tree, *v, file)?,
                    None => Item {
                        at: key.at,
                        value: Value::Empty,
                    },
                };
                entries.push((key, value));
            }
            Value::Map(entries)
        }
        Kind::Alias(_) => {
            return Err(error(
                file,
                node.at,
                "an alias (`*name`) is not read in a locale folder's file",
                "write the value out; to start a pattern with `*`, quote it: \"*wet\"",
            ));
        }
        Kind::Void => Value::Map(Vec::new()),
        Kind::Broken => {
            return Err(error(
                file,
                node.at,
                "not valid YAML",
                "see docs/languages.md",
            ));
        }
    };
    Ok(Item { at: node.at, value })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<File, Diagnostic> {
        File::parse(PathBuf::from("xx/phrases.yaml"), text.to_owned())
    }

    #[test]
    fn keys_values_and_places() {
        let f = parse("a:\n  - \"x\"\n  - y\nb: {c: d}\ne:\n").unwrap();
        let Value::Map(entries) = &f.root.value else {
            panic!("{:?}", f.root)
        };
        assert_eq!(entries.len(), 3);
        assert_eq!(entries[0].0.text(), Some("a"));
        let Value::List(items) = &entries[0].1.value else {
            panic!()
        };
        assert_eq!(items[1].text(), Some("y"));
        assert_eq!(items[1].at, "a:\n  - \"x\"\n  - ".len());
        assert!(matches!(entries[2].1.value, Value::Empty));
    }

    #[test]
    fn what_a_locale_file_cannot_hold_is_an_error_at_its_line() {
        for (text, line) in [
            ("a:\n  - *wet\n", 2),
            // An unclosed flow is found where the text ends, as libyaml reported it.
            ("a:\n  - [x\n", 3),
            ("a: !!binary x\n", 1),
        ] {
            let d = parse(text).err().unwrap_or_else(|| panic!("{text}"));
            assert_eq!(d.line_col().map(|(l, _)| l), Some(line), "{text}: {d:?}");
        }
    }
}
