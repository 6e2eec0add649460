//! Syntax errors as users have always read them: yaml-rust2 finds them, and each is told in
//! libyaml's words (libyaml read declarations before, and the bad-input corpus pins what it
//! said), at libyaml's place. A yaml-rust2 error libyaml has no counterpart for keeps
//! yaml-rust2's words.

use super::marks;
use super::tree::{Kind, Node};

/// Where a text stops being YAML, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Syntax {
    pub offset: usize,
    pub message: String,
}

const FLOW_SEQUENCE: &str = "did not find expected ',' or ']', while parsing a flow sequence";
const FLOW_MAPPING: &str = "did not find expected ',' or '}', while parsing a flow mapping";
const NO_TOKEN: &str =
    "found character that cannot start any token, while scanning for the next token";
const UNCLOSED_QUOTE: &str = "found unexpected end of stream, while scanning a quoted scalar";

/// yaml-rust2's messages and libyaml's for the same error, found at the same place.
const SAME: &[(&str, &str)] = &[
    (
        "while scanning a quoted scalar, found unexpected end of stream",
        UNCLOSED_QUOTE,
    ),
    (
        "while scanning a quoted scalar, found unexpected document indicator",
        "found unexpected document indicator, while scanning a quoted scalar",
    ),
    (
        "while parsing a quoted scalar, found unknown escape character",
        "found unknown escape character, while parsing a quoted scalar",
    ),
    (
        "while parsing a quoted scalar, did not find expected hexadecimal number",
        "did not find expected hexadecimal number, while parsing a quoted scalar",
    ),
    (
        "while parsing a quoted scalar, found invalid Unicode character escape code",
        "found invalid Unicode character escape code, while parsing a quoted scalar",
    ),
    (
        "while parsing a block mapping, did not find expected key",
        "did not find expected key, while parsing a block mapping",
    ),
    (
        "while parsing a block collection, did not find expected '-' indicator",
        "did not find expected '-' indicator, while parsing a block collection",
    ),
    (
        "while parsing a flow sequence, expected ',' or ']'",
        FLOW_SEQUENCE,
    ),
    (
        "while parsing a flow mapping, did not find expected ',' or '}'",
        FLOW_MAPPING,
    ),
    (
        "simple key expect ':'",
        "could not find expected ':', while scanning a simple key",
    ),
    (
        "simple key expected",
        "could not find expected ':', while scanning a simple key",
    ),
    ("while parsing node, found unknown anchor", "unknown anchor"),
    (
        "did not find expected <document-start>",
        "did not find expected <document start>",
    ),
    (
        "did not find expected <document start>",
        "did not find expected <document start>",
    ),
];

/// The error yaml-rust2 reported as `info` at byte `at` of `text`; `open` is the innermost
/// container open there (whether it is a flow one, and a mapping).
pub fn explain(info: &str, at: usize, text: &str, open: Option<(bool, bool)>) -> Syntax {
    let said = |message: &str, offset: usize| Syntax {
        offset,
        message: message.to_owned(),
    };
    if let Some((_, libyaml)) = SAME.iter().find(|(ours, _)| *ours == info) {
        // A key or entry where the mapping or list above cannot have one: yaml-rust2 marks
        // the `:` after the key, or the content after the `-`; libyaml, where they start.
        let misplaced = ["expected key", "expected '-'", "<document start>"]
            .iter()
            .any(|m| libyaml.contains(m));
        return said(
            libyaml,
            if misplaced {
                marks::token_start(text, at)
            } else {
                at
            },
        );
    }
    let in_flow_map = matches!(open, Some((true, true)));
    match info {
        "while scanning a plain scalar, found a tab" => said(
            "found a tab character that violates indentation, while scanning a plain scalar",
            indenting_tab(text, at).unwrap_or(at),
        ),
        "tabs disallowed within this context (block indentation)" => {
            let line = text[..at].rfind(['\n', '\r']).map_or(0, |i| i + 1);
            said(NO_TOKEN, text[line..at].find('\t').map_or(at, |i| line + i))
        }
        "while parsing a node, did not find expected node content" => {
            let context = if open.is_some_and(|(flow, _)| flow) {
                "flow"
            } else {
                "block"
            };
            said(
                &format!("did not find expected node content, while parsing a {context} node"),
                at,
            )
        }
        "illegal placement of ':' indicator" if in_flow_map => said(FLOW_MAPPING, at),
        "illegal placement of ':' indicator" => said(FLOW_SEQUENCE, at),
        // libyaml did not check the indentation of a quoted text's lines, and read on to the
        // next quote, often a line or a page further: the usual cause is a quote not closed.
        "invalid indentation in quoted scalar" => match marks::closing_quote(&text[at..]) {
            None => said(UNCLOSED_QUOTE, at),
            Some(_) => said(
                "the quoted text that starts here goes on over lines that are not indented more than its key",
                at,
            ),
        },
        // yaml-rust2 marks the block scalar's indicator; libyaml, the character after it that
        // is wrong.
        "while scanning a block scalar, did not find expected comment or line break" => said(
            "did not find expected comment or line break, while scanning a block scalar",
            marks::after_block_header(text, at),
        ),
        "while scanning a block scalar, found an indentation indicator equal to 0" => said(
            "found an indentation indicator equal to 0, while scanning a block scalar",
            text[at..].find('0').map_or(at, |i| at + i),
        ),
        "a block scalar content cannot start with a tab" => said(
            "found a tab character where an indentation space is expected, while scanning a block scalar",
            text[at..].find('\t').map_or(at, |i| at + i),
        ),
        "while scanning an anchor or alias, did not find expected alphabetic or numeric character" =>
        {
            let what = if text[at..].starts_with('*') {
                "an alias"
            } else {
                "an anchor"
            };
            said(
                &format!(
                    "did not find expected alphabetic or numeric character, while scanning {what}"
                ),
                at,
            )
        }
        _ if info.starts_with("unexpected character: ") => said(NO_TOKEN, at),
        _ => said(info, at),
    }
}

/// The first tab in the indentation of a line after the one of `at`: where libyaml saw a plain
/// scalar continued on a line indented with a tab.
fn indenting_tab(text: &str, at: usize) -> Option<usize> {
    let mut line = at + text[at..].find(['\n', '\r'])?;
    loop {
        line += 1;
        let rest = text.get(line..)?;
        let indent = rest.len() - rest.trim_start_matches([' ', '\t']).len();
        if let Some(tab) = rest[..indent].find('\t') {
            return Some(line + tab);
        }
        line += rest.find(['\n', '\r'])?;
    }
}

/// libyaml's limit on implicit keys in flow collections, which yaml-rust2 does not check: a
/// key must end on its line, at most 1024 bytes after it starts. `key` is a key of the flow
/// mapping `map`; the error is at the key's `:`.
pub fn long_flow_key(text: &str, key: &Node, map: &Node) -> Option<Syntax> {
    if !matches!(key.kind, Kind::Scalar { .. }) || explicit(text, key.at) {
        return None;
    }
    let colon = marks::colon(text, key).or_else(|| flow_colon(text, key.at))?;
    let long = colon > key.at + 1024 || text[key.at..colon].contains(['\n', '\r']);
    let message = match text.as_bytes().get(map.at) {
        Some(b'{') => FLOW_MAPPING,
        _ => FLOW_SEQUENCE,
    };
    long.then(|| Syntax {
        offset: colon,
        message: message.to_owned(),
    })
}

/// Whether the key at `at` follows a `?` (an explicit key, which may be long).
fn explicit(text: &str, at: usize) -> bool {
    text[..at].trim_end().ends_with('?')
}

/// The `:` that ends a plain key spanning lines in a flow collection.
fn flow_colon(text: &str, at: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut i = at;
    while i < bytes.len() {
        match bytes[i] {
            b',' | b'[' | b']' | b'{' | b'}' => return None,
            b':' if bytes.get(i + 1).is_none_or(|b| b" \t\n\r,[]{}".contains(b)) => {
                return Some(i);
            }
            _ => i += 1,
        }
    }
    None
}
