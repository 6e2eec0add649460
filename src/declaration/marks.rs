//! Where libyaml placed a node, found from where yaml-rust2 marks it: errors about a value's
//! type or content point where users have always seen them.
//!
//! yaml-rust2 marks a node at its content; libyaml at its first token. They differ for a node
//! with an anchor or tag (`&a x`), a block scalar (`|` on the line above), an unindented list
//! (`key:` then `- a`, marked after the `-`) and an empty value (yaml-rust2 marks the token
//! after it, often on the next line; libyaml just after its `:` or `-`). Each function here
//! takes yaml-rust2's place and returns libyaml's, or the place it was given when the text
//! is not as expected.

use super::tree::{Kind, Node};

fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r')
}

/// The start of the anchor and tag written before the content at `at` (`&a !!str x`,
/// `key: &a` then the mapping on the next lines).
pub fn properties(text: &str, at: usize) -> usize {
    let bytes = text.as_bytes();
    let mut start = at.min(bytes.len());
    // A node has at most an anchor and a tag.
    for _ in 0..2 {
        let mut end = start;
        while end > 0 && is_space(bytes[end - 1]) {
            end -= 1;
        }
        let mut token = end;
        while token > 0 && !is_space(bytes[token - 1]) && !b",[]{}".contains(&bytes[token - 1]) {
            token -= 1;
        }
        if token < end && matches!(bytes[token], b'&' | b'!') {
            start = token;
        } else {
            break;
        }
    }
    start
}

/// The indicator (`|`, `>-`…) of the block scalar whose content yaml-rust2 marks at `at`: it
/// ends the last line above that is not blank (but for a comment).
pub fn block_indicator(text: &str, at: usize) -> Option<usize> {
    let before = &text[..at.min(text.len())];
    let line_start = before.rfind(['\n', '\r']).map_or(0, |i| i + 1);
    let above = before[..line_start].trim_end();
    let line = above.rfind(['\n', '\r']).map_or(0, |i| i + 1);
    // Only `#` after a space starts a comment, which may follow the indicator.
    let code = match above[line..].find(" #") {
        Some(i) => above[line..line + i].trim_end(),
        None => &above[line..],
    };
    let header =
        code.trim_end_matches(['-', '+', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9']);
    let indicator = header.strip_suffix(['|', '>'])?;
    let first = indicator.is_empty() || indicator.ends_with([' ', '\t', '-', ':', '?']);
    first.then_some(line + indicator.len())
}

/// Just after a block scalar's header (`|`, `>-`, `|2+`…) at `at` and the blanks after it:
/// where libyaml saw what should have been a comment or the end of the line.
pub fn after_block_header(text: &str, at: usize) -> usize {
    let rest = &text[at..];
    let header = rest.len()
        - rest[1..]
            .trim_start_matches(['-', '+', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9'])
            .len();
    let blanks = rest[header..].len() - rest[header..].trim_start_matches([' ', '\t']).len();
    at + header + blanks
}

/// The `-` of a sequence that yaml-rust2 marks after it (an unindented list under a key).
pub fn dash(text: &str, at: usize) -> usize {
    let bytes = text.as_bytes();
    if matches!(bytes.get(at), Some(b'-' | b'[') | None) {
        return at;
    }
    let mut i = at;
    while i > 0 && matches!(bytes[i - 1], b' ' | b'\t') {
        i -= 1;
    }
    if i > 0 && bytes[i - 1] == b'-' {
        i - 1
    } else {
        at
    }
}

/// Just after the `:` that follows `key` in a block mapping: where libyaml places the empty
/// value of `key:`.
pub fn after_colon(text: &str, key: &Node) -> Option<usize> {
    colon(text, key).map(|c| c + 1)
}

/// The `:` after a scalar key written on one line (plain or quoted), if it is there.
pub fn colon(text: &str, key: &Node) -> Option<usize> {
    let Kind::Scalar { value, plain, .. } = &key.kind else {
        return None;
    };
    let rest = text.get(key.at..)?;
    let end = if *plain {
        rest.starts_with(value.as_str()).then_some(value.len())?
    } else {
        closing_quote(rest)? + 1
    };
    let after = &rest[end..];
    let gap = after.len() - after.trim_start_matches([' ', '\t']).len();
    after[gap..].starts_with(':').then_some(key.at + end + gap)
}

/// The offset of the quote that closes the quoted scalar `rest` starts with.
pub fn closing_quote(rest: &str) -> Option<usize> {
    let bytes = rest.as_bytes();
    let quote = *bytes.first()?;
    let mut i = 1;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' if quote == b'"' => i += 2,
            b'\'' if quote == b'\'' && bytes.get(i + 1) == Some(&b'\'') => i += 2,
            b if b == quote => return Some(i),
            _ => i += 1,
        }
    }
    None
}

/// Where libyaml places the empty value of `key:` in a flow mapping (`{key: , …}`): at the
/// token after the `:`, which yaml-rust2 marks instead.
pub fn after_flow_colon(text: &str, at: usize) -> usize {
    let bytes = text.as_bytes();
    if bytes.get(at) != Some(&b':') {
        return at;
    }
    let mut i = at + 1;
    while i < bytes.len() && is_space(bytes[i]) {
        i += 1;
    }
    i
}

/// Just after the `-` of the empty entry of the block sequence marked at `seq` (its first
/// `-`), which yaml-rust2 marks at the next token, `at`: the entries' dashes are in the
/// sequence's column, and when `at` comes right after one (the next entry), the empty entry's
/// is the one above.
pub fn after_dash(text: &str, seq: usize, at: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    if bytes.get(seq) != Some(&b'-') {
        return None;
    }
    let line_of = |i: usize| text[..i].rfind(['\n', '\r']).map_or(0, |s| s + 1);
    let column = seq - line_of(seq);
    let mut line = line_of(at.min(text.len()));
    loop {
        let dash = line + column;
        let is_entry = dash < at
            && bytes.get(dash) == Some(&b'-')
            && bytes.get(dash + 1).is_none_or(|&b| is_space(b))
            && bytes[line..dash].iter().all(|&b| matches!(b, b' ' | b'-'));
        if is_entry {
            let next_entry = at < bytes.len()
                && bytes[dash + 1..at]
                    .iter()
                    .all(|&b| matches!(b, b' ' | b'\t'));
            if !next_entry {
                return Some(dash + 1);
            }
        }
        if line <= seq || line == 0 {
            return None;
        }
        line = line_of(line - 1);
    }
}

/// Where the token yaml-rust2 marks at `at` starts for libyaml: the key before a `:` (its
/// line's content, after any `- `), the `-` before an entry's content, or the indicator of a
/// block scalar whose content starts a line.
pub fn token_start(text: &str, at: usize) -> usize {
    let bytes = text.as_bytes();
    if bytes.get(at) == Some(&b':') {
        let line = text[..at].rfind(['\n', '\r']).map_or(0, |i| i + 1);
        let mut start = line;
        loop {
            while start < at && matches!(bytes[start], b' ' | b'\t') {
                start += 1;
            }
            if bytes[start] == b'-' && start + 1 < at && matches!(bytes[start + 1], b' ' | b'\t') {
                start += 1;
            } else {
                return start;
            }
        }
    }
    let line = text[..at.min(text.len())]
        .rfind(['\n', '\r'])
        .map_or(0, |i| i + 1);
    if at > line
        && text[line..at].trim().is_empty()
        && let Some(indicator) = block_indicator(text, at)
    {
        return indicator;
    }
    dash(text, at)
}

/// Just after the `?` of an explicit key left empty, which yaml-rust2 marks at the next token,
/// `at`: the last thing written before it, over blank and comment lines.
pub fn after_question(text: &str, at: usize) -> Option<usize> {
    let mut end = at.min(text.len());
    loop {
        let line = text[..end].rfind(['\n', '\r']).map_or(0, |i| i + 1);
        let code = &text[line..end];
        let code = match code.find('#') {
            Some(i) if i == 0 || code[..i].ends_with([' ', '\t']) => &code[..i],
            _ => code,
        };
        let code = code.trim_end();
        if !code.is_empty() {
            return code.ends_with('?').then_some(line + code.len());
        }
        if line == 0 {
            return None;
        }
        end = line - 1;
    }
}
