//! The fast path of the YAML parse: yaml-rust2's events, with their byte offsets, for the
//! subset of YAML declarations are written in, or nothing when a text leaves that subset.
//!
//! yaml-rust2 reads a text character by character and allocates per token; for the plain
//! block YAML of a declaration, this reads it line by line and allocates once per scalar.
//! It must never change what a text means: for a text it accepts, the events and offsets are
//! exactly those of yaml-rust2 (turned into bytes as [`super::tree`] does), and on anything it
//! is not sure of it returns `None`, and the text goes to yaml-rust2 from the start. Errors are
//! only ever reported by yaml-rust2, so any text yaml-rust2 would refuse is declined here.
//!
//! The subset: one implicit document; block mappings and sequences (an "unindented" sequence
//! as a mapping value too); keys that are plain or quoted scalars on one line; plain scalars,
//! over several lines as well; one-line single- and double-quoted scalars; `|` and `>` block
//! scalars with `-`/`+` chomping; one-line flow sequences and mappings of scalars; comments,
//! blank lines, empty values; an anchor on a value (a scalar or flow collection on its line, or
//! the block collection below it) and aliases of it, since the demo declaration shares a list
//! that way (the builder bounds what aliases expand to, from the same events). Declined: a BOM,
//! `\r`, tabs, control
//! characters, directives and document markers, tags, `?` keys, nested or multi-line flow
//! collections, multi-line quoted scalars, explicit block indentation, lines of blanks in a
//! block scalar, nesting deeper than [`MAX_DEPTH`], and whatever else is not listed above.
//!
//! Where yaml-rust2 marks each event (each rule checked against it by the tests below):
//! a scalar, flow collection or alias where it starts; a block sequence at its first `-`; a
//! block mapping at its first key's `:`; an unindented sequence, and an entry left empty and
//! followed by another, just after the `-` and its blanks (and comment); the end of a block
//! collection, and an empty value, at the next token (the end of the text if none); a block
//! scalar at its first line's content; the document at its first node's mark, and its end and
//! the stream's end at the end of the text.

use yaml_rust2::parser::Event;
use yaml_rust2::scanner::TScalarStyle;

/// Collections nested deeper than this are left to yaml-rust2 and the builder's limits.
const MAX_DEPTH: usize = 64;

/// The longest key accepted, in bytes from its start to its `:`. yaml-rust2 forgets a
/// possible key once it has read 1024 characters past its start, and then refuses the `:`;
/// bytes are never fewer than characters, so below this the key is certainly read as one.
const MAX_KEY: usize = 1000;

/// The events yaml-rust2 gives for `text`, each with the byte offset of its mark, from
/// `StreamStart` to `StreamEnd`; `None` when the text is outside the subset this reads with
/// certainty (see the module's documentation), or is not YAML.
pub fn events(text: &str) -> Option<Vec<(Event, usize)>> {
    if !plain_text(text.as_bytes()) {
        return None;
    }
    let mut fast = Fast {
        text,
        b: text.as_bytes(),
        events: Vec::with_capacity(text.len() / 16 + 8),
        anchors: Vec::new(),
        depth: 0,
    };
    fast.stream()?;
    Some(fast.events)
}

/// False for a text with a character or line this never reads: control characters (tabs and
/// `\r` among them, which change indentation and line ends), C1 controls, the BOM, Unicode
/// line and paragraph separators, and lines that start like a directive or document marker.
fn plain_text(b: &[u8]) -> bool {
    // Chunks are first tested for any byte that may be one of those, without branches so that
    // the compiler vectorises the test; only a chunk with one is looked at byte by byte.
    const CHUNK: usize = 64;
    let suspect = |prev: u8, c: u8| {
        ((c < 0x20) & (c != b'\n'))
            | (c == 0x7f)
            // The first bytes of U+0080 to U+009F, of U+2028 and U+2029, and of U+FEFF.
            | (c == 0xc2)
            | (c == 0xe2)
            | (c == 0xef)
            | ((prev == b'\n') & ((c == b'-') | (c == b'.') | (c == b'%')))
    };
    let mut start = 0;
    while start < b.len() {
        let end = (start + CHUNK).min(b.len());
        let from = start.max(1);
        let mut any = start == 0 && suspect(b'\n', b[0]);
        for (&prev, &c) in b[from - 1..end - 1].iter().zip(&b[from..end]) {
            any |= suspect(prev, c);
        }
        if any && !(start..end).all(|i| plain_at(b, i)) {
            return false;
        }
        start = end;
    }
    true
}

/// Whether the byte at `i` is not one [`plain_text`] refuses.
fn plain_at(b: &[u8], i: usize) -> bool {
    let rest = &b[i..];
    if (i == 0 || b[i - 1] == b'\n')
        && (rest[0] == b'%' || rest.starts_with(b"---") || rest.starts_with(b"..."))
    {
        return false;
    }
    match rest {
        [b'\n' | 0x20..=0x7e, ..] => true,
        [0..=0x1f | 0x7f, ..] => false,
        [0xc2, 0x80..=0x9f, ..] | [0xe2, 0x80, 0xa8 | 0xa9, ..] | [0xef, 0xbb, 0xbf, ..] => false,
        _ => true,
    }
}

/// Where the next token is: its offset and column, or the end of the text with column -1
/// (yaml-rust2 closes every block there, as at a column left of them all).
#[derive(Clone, Copy, Debug)]
struct Next {
    at: usize,
    col: isize,
}

/// A mapping key read on its line, up to its `:`.
struct Key {
    value: String,
    style: TScalarStyle,
    at: usize,
    colon: usize,
}

/// What a node may be where it is.
#[derive(Clone, Copy)]
struct How {
    /// A block mapping or sequence may start here (not after `key: `, where yaml-rust2 refuses
    /// them).
    collections: bool,
    /// It follows `key: ` or `- ` on their line: only there are block scalars read.
    inline: bool,
}

struct Fast<'t> {
    text: &'t str,
    b: &'t [u8],
    events: Vec<(Event, usize)>,
    /// Anchor names in the order yaml-rust2 numbers them (from 1); a name given again gets a
    /// new number, and aliases refer to the last.
    anchors: Vec<&'t str>,
    /// Collections open.
    depth: usize,
}

/// The offset in `hay` of its first byte that is one of `bytes`. Eight bytes are tested at a
/// time: in a word `v`, a byte equal to `x` is a zero byte of `v ^ x…x`, and the lowest byte
/// that `(w - 0x01…01) & !w & 0x80…80` flags is `w`'s first zero byte (only bytes after a zero
/// may be flagged wrongly, by its borrow).
fn find<const N: usize>(hay: &[u8], bytes: [u8; N]) -> Option<usize> {
    const LOW: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let mut chunks = hay.chunks_exact(8);
    let mut base = 0;
    for chunk in &mut chunks {
        let v = u64::from_le_bytes(chunk.try_into().expect("eight bytes"));
        let mut found = 0;
        for x in bytes {
            let w = v ^ (LOW * u64::from(x));
            found |= w.wrapping_sub(LOW) & !w & HIGH;
        }
        if found != 0 {
            return Some(base + (found.trailing_zeros() / 8) as usize);
        }
        base += 8;
    }
    chunks
        .remainder()
        .iter()
        .position(|c| bytes.contains(c))
        .map(|n| base + n)
}

fn is_flow(c: u8) -> bool {
    matches!(c, b',' | b'[' | b']' | b'{' | b'}')
}

impl<'t> Fast<'t> {
    fn push(&mut self, event: Event, at: usize) {
        self.events.push((event, at));
    }

    fn scalar(&mut self, value: String, style: TScalarStyle, anchor: usize, at: usize) {
        self.push(Event::Scalar(value, style, anchor, None), at);
    }

    fn enter(&mut self) -> Option<()> {
        self.depth += 1;
        (self.depth <= MAX_DEPTH).then_some(())
    }

    fn leave(&mut self) {
        self.depth -= 1;
    }

    fn end(&self) -> Next {
        Next {
            at: self.b.len(),
            col: -1,
        }
    }

    /// Past the spaces at `i`.
    /// From the line starting at `line`, in a block scalar: how many empty lines come first,
    /// then where the next line with content starts and how many blanks it opens with (none at
    /// the end of the text). `None` at a line of blanks only, which is declined.
    fn empty_lines(&self, mut line: usize) -> Option<(usize, Option<(usize, usize)>)> {
        let mut empty = 0;
        loop {
            if line >= self.b.len() {
                return Some((empty, None));
            }
            let j = self.spaces(line);
            match self.b.get(j) {
                Some(b'\n') if j == line => {
                    empty += 1;
                    line = j + 1;
                }
                Some(b'\n') | None => return None,
                Some(_) => return Some((empty, Some((line, j - line)))),
            }
        }
    }

    fn spaces(&self, mut i: usize) -> usize {
        while self.b.get(i) == Some(&b' ') {
            i += 1;
        }
        i
    }

    /// The end of the line `i` is on: its `\n`, or the end of the text.
    fn eol(&self, i: usize) -> usize {
        find(&self.b[i..], [b'\n']).map_or(self.b.len(), |n| i + n)
    }

    /// A space, a line end or the end of the text at `i`: what makes `-` an entry and `:` a
    /// value indicator in block context.
    fn blank(&self, i: usize) -> bool {
        matches!(self.b.get(i), None | Some(b' ' | b'\n'))
    }

    fn is_dash(&self, i: usize) -> bool {
        self.b.get(i) == Some(&b'-') && self.blank(i + 1)
    }

    /// The end of the line after a token that ends at `i`: blanks, then a comment if a blank
    /// comes before it (yaml-rust2 refuses `"a"#`), to the `\n` or the end of the text. `None`
    /// when something else follows on the line.
    fn rest_of_line(&self, i: usize) -> Option<usize> {
        let j = self.spaces(i);
        match self.b.get(j) {
            None | Some(b'\n') => Some(j),
            Some(b'#') if j > i => Some(self.eol(j)),
            _ => None,
        }
    }

    /// The next token after the line end at `i`, over blank and comment lines.
    fn next_token(&self, i: usize) -> Next {
        if i >= self.b.len() {
            return self.end();
        }
        self.next_from_line(i + 1)
    }

    /// The next token from the start of a line, `line`, over blank and comment lines.
    fn next_from_line(&self, mut line: usize) -> Next {
        loop {
            let j = self.spaces(line);
            match self.b.get(j) {
                None => return self.end(),
                Some(b'\n') => line = j + 1,
                Some(b'#') => {
                    let e = self.eol(j);
                    if e >= self.b.len() {
                        return self.end();
                    }
                    line = e + 1;
                }
                Some(_) => {
                    return Next {
                        at: j,
                        col: (j - line) as isize,
                    };
                }
            }
        }
    }

    /// Where yaml-rust2 marks the entry after the `-` at `dash`: past its blanks, and past a
    /// comment after them.
    fn after_dash(&self, dash: usize) -> usize {
        let j = self.spaces(dash + 1);
        if self.b.get(j) == Some(&b'#') {
            self.eol(j)
        } else {
            j
        }
    }

    fn stream(&mut self) -> Option<()> {
        let len = self.b.len();
        self.push(Event::StreamStart, 0);
        let first = self.next_from_line(0);
        if first.col < 0 {
            // Nothing but blanks and comments: no document at all.
            self.push(Event::StreamEnd, len);
            return Some(());
        }
        let document = self.events.len();
        self.push(Event::DocumentStart, 0);
        let how = How {
            collections: true,
            inline: false,
        };
        let after = self.node(first.at, first.col, -1, how, 0)?;
        if after.col >= 0 {
            return None;
        }
        // yaml-rust2 marks the document where its first token is, which is where the root
        // node's event is marked.
        self.events[document].1 = self.events[document + 1].1;
        self.push(Event::DocumentEnd, len);
        self.push(Event::StreamEnd, len);
        Some(())
    }

    /// Reads the node that starts at `at`, in column `col`, inside the block collection in
    /// column `parent` (-1 for the root), and returns the token after it. `anchor` is the id of
    /// the anchor written before it, or 0. `col` matters only where a block collection may
    /// start, whose column it is; the text before it on its line is then ASCII (blanks and `-`).
    fn node(
        &mut self,
        at: usize,
        col: isize,
        parent: isize,
        how: How,
        anchor: usize,
    ) -> Option<Next> {
        let b = self.b;
        // A node on the lines below its anchor: only a block collection is read.
        let block_only = anchor != 0 && !how.inline;
        match b[at] {
            b'-' if self.blank(at + 1) => {
                if !how.collections {
                    return None;
                }
                self.block_seq(at, col, false, anchor)
            }
            b'[' | b'{' => {
                if block_only {
                    return None;
                }
                let end = self.flow(at, anchor)?;
                let eol = self.rest_of_line(end)?;
                Some(self.next_token(eol))
            }
            b'|' | b'>' => {
                if !how.inline || anchor != 0 {
                    return None;
                }
                self.block_scalar(at, parent)
            }
            b'*' => {
                if anchor != 0 {
                    return None;
                }
                let (name, end) = self.anchor_name(at + 1)?;
                let id = self.anchors.iter().rposition(|&a| a == name)? + 1;
                self.push(Event::Alias(id), at);
                let eol = self.rest_of_line(end)?;
                Some(self.next_token(eol))
            }
            b'&' => {
                if anchor != 0 || !how.inline {
                    return None;
                }
                let (name, end) = self.anchor_name(at + 1)?;
                self.anchors.push(name);
                let id = self.anchors.len();
                let j = self.spaces(end);
                match b.get(j) {
                    None | Some(b'\n' | b'#') => {
                        // The block collection below, further right than its parent.
                        let eol = self.rest_of_line(end)?;
                        let next = self.next_token(eol);
                        if next.col <= parent {
                            return None;
                        }
                        let below = How {
                            collections: true,
                            inline: false,
                        };
                        self.node(next.at, next.col, parent, below, id)
                    }
                    _ => {
                        let same_line = How {
                            collections: false,
                            inline: true,
                        };
                        self.node(j, col + (j - at) as isize, parent, same_line, id)
                    }
                }
            }
            b'\'' | b'"' => {
                let (value, style, end) = self.quoted(at)?;
                let j = self.spaces(end);
                if b.get(j) == Some(&b':') && self.blank(j + 1) {
                    if !how.collections || j - at > MAX_KEY {
                        return None;
                    }
                    let key = Key {
                        value,
                        style,
                        at,
                        colon: j,
                    };
                    return self.block_map(col, key, anchor);
                }
                if block_only {
                    return None;
                }
                self.scalar(value, style, anchor, at);
                let eol = self.rest_of_line(end)?;
                Some(self.next_token(eol))
            }
            _ => {
                if !self.plain_start(at) {
                    return None;
                }
                let (end, stop, colon) = self.plain_line(at);
                if colon {
                    if !how.collections || stop - at > MAX_KEY {
                        return None;
                    }
                    let key = Key {
                        value: self.text[at..end].to_owned(),
                        style: TScalarStyle::Plain,
                        at,
                        colon: stop,
                    };
                    return self.block_map(col, key, anchor);
                }
                if block_only {
                    return None;
                }
                self.plain(at, end, stop, parent, anchor)
            }
        }
    }

    /// An anchor or alias name from `i`: letters, digits, `_` and `-` only (yaml-rust2 takes
    /// more), followed by a blank or the end of the line.
    fn anchor_name(&self, i: usize) -> Option<(&'t str, usize)> {
        let mut j = i;
        while self
            .b
            .get(j)
            .is_some_and(|c| c.is_ascii_alphanumeric() || matches!(c, b'_' | b'-'))
        {
            j += 1;
        }
        (j > i && self.blank(j)).then(|| (&self.text[i..j], j))
    }

    /// Whether a plain scalar may start at `i`, in block or flow context: not on an indicator
    /// (a few, such as `:x` and `?x`, would be plain for yaml-rust2, but are not needed), nor a
    /// `-` before a blank (an entry) or a flow indicator (refused in flow context).
    fn plain_start(&self, i: usize) -> bool {
        match self.b[i] {
            b'-' => !self.blank(i + 1) && !is_flow(self.b[i + 1]),
            b'?' | b':' | b',' | b'[' | b']' | b'{' | b'}' | b'#' | b'&' | b'*' | b'!' | b'|'
            | b'>' | b'\'' | b'"' | b'%' | b'@' | b'`' | b' ' | b'\n' => false,
            _ => true,
        }
    }

    /// A plain scalar's text on the line from `i`, in block context: where it ends (before
    /// its trailing blanks), where it stops (a `: `, a ` #` or the line end), and whether it
    /// stops at a `: ` (it is a key).
    fn plain_line(&self, i: usize) -> (usize, usize, bool) {
        let b = self.b;
        let mut j = i;
        let colon = loop {
            let Some(n) = find(&b[j..], [b'\n', b':', b'#']) else {
                j = b.len();
                break false;
            };
            j += n;
            match b[j] {
                b'\n' => break false,
                b':' if self.blank(j + 1) => break true,
                b'#' if j > i && b[j - 1] == b' ' => break false,
                _ => j += 1,
            }
        };
        let mut end = j;
        while end > i && b[end - 1] == b' ' {
            end -= 1;
        }
        (end, j, colon)
    }

    /// A plain scalar value whose first line's text is `at..end`, stopped at `stop` (a ` #` or
    /// the line end), with the lines that continue it: each further right than `parent` and not
    /// a comment. yaml-rust2 folds them: one line break becomes a space, `n` become `n - 1`
    /// line feeds.
    fn plain(
        &mut self,
        at: usize,
        end: usize,
        stop: usize,
        parent: isize,
        anchor: usize,
    ) -> Option<Next> {
        let b = self.b;
        let mut value = self.text[at..end].to_owned();
        let mut line_end = stop;
        if b.get(stop) == Some(&b'#') {
            line_end = self.eol(stop);
        } else {
            while line_end < b.len() {
                let mut breaks = 1;
                let mut line = line_end + 1;
                let j = loop {
                    let j = self.spaces(line);
                    if b.get(j) != Some(&b'\n') {
                        break j;
                    }
                    breaks += 1;
                    line = j + 1;
                };
                if j >= b.len() || (j - line) as isize <= parent || b[j] == b'#' {
                    break;
                }
                let (cont_end, cont_stop, colon) = self.plain_line(j);
                if colon {
                    // A key under a value: yaml-rust2 refuses it.
                    return None;
                }
                if breaks == 1 {
                    value.push(' ');
                } else {
                    for _ in 1..breaks {
                        value.push('\n');
                    }
                }
                value.push_str(&self.text[j..cont_end]);
                if b.get(cont_stop) == Some(&b'#') {
                    line_end = self.eol(cont_stop);
                    break;
                }
                line_end = cont_stop;
            }
        }
        self.scalar(value, TScalarStyle::Plain, anchor, at);
        Some(self.next_token(line_end))
    }

    /// A single- or double-quoted scalar on one line from its quote at `i`: its value, style
    /// and the offset after its closing quote. Escapes are decoded as yaml-rust2 does; one it
    /// refuses, and a scalar that goes on to the next line, give `None`.
    fn quoted(&self, i: usize) -> Option<(String, TScalarStyle, usize)> {
        let b = self.b;
        let quote = b[i];
        let mut value = String::new();
        let mut j = i + 1;
        let mut start = j;
        loop {
            // Only a quote, a backslash or a line end ends a run of content.
            j += find(&b[j..], [quote, b'\\', b'\n'])?;
            match b[j] {
                b'\n' => return None,
                b'\'' if quote == b'\'' => {
                    if b.get(j + 1) == Some(&b'\'') {
                        value.push_str(&self.text[start..=j]);
                        j += 2;
                        start = j;
                    } else {
                        value.push_str(&self.text[start..j]);
                        return Some((value, TScalarStyle::SingleQuoted, j + 1));
                    }
                }
                b'"' if quote == b'"' => {
                    value.push_str(&self.text[start..j]);
                    return Some((value, TScalarStyle::DoubleQuoted, j + 1));
                }
                b'\\' if quote == b'"' => {
                    value.push_str(&self.text[start..j]);
                    let (c, len) = self.escape(j + 1)?;
                    value.push(c);
                    j += 1 + len;
                    start = j;
                }
                _ => j += 1,
            }
        }
    }

    /// The character of the escape whose letter is at `i` (after a `\`), and how many bytes it
    /// takes from there, as yaml-rust2 decodes it.
    fn escape(&self, i: usize) -> Option<(char, usize)> {
        let digits = match *self.b.get(i)? {
            b'0' => return Some(('\0', 1)),
            b'a' => return Some(('\x07', 1)),
            b'b' => return Some(('\x08', 1)),
            b't' => return Some(('\t', 1)),
            b'n' => return Some(('\n', 1)),
            b'v' => return Some(('\x0b', 1)),
            b'f' => return Some(('\x0c', 1)),
            b'r' => return Some(('\r', 1)),
            b'e' => return Some(('\x1b', 1)),
            b' ' => return Some((' ', 1)),
            b'"' => return Some(('"', 1)),
            b'/' => return Some(('/', 1)),
            b'\\' => return Some(('\\', 1)),
            b'N' => return Some(('\u{85}', 1)),
            b'_' => return Some(('\u{a0}', 1)),
            b'L' => return Some(('\u{2028}', 1)),
            b'P' => return Some(('\u{2029}', 1)),
            b'x' => 2,
            b'u' => 4,
            b'U' => 8,
            _ => return None,
        };
        let hex = self.b.get(i + 1..i + 1 + digits)?;
        let mut code = 0u32;
        for &h in hex {
            code = (code << 4) + char::from(h).to_digit(16)?;
        }
        Some((char::from_u32(code)?, 1 + digits))
    }

    /// A block mapping in column `col` whose first key is read, with the anchor `anchor` (or 0);
    /// returns the token after it.
    fn block_map(&mut self, col: isize, first: Key, anchor: usize) -> Option<Next> {
        self.enter()?;
        self.push(Event::MappingStart(anchor, None), first.colon);
        let mut key = first;
        loop {
            self.scalar(key.value, key.style, 0, key.at);
            let j = self.spaces(key.colon + 1);
            let next = match self.b.get(j) {
                None | Some(b'\n' | b'#') => {
                    let eol = self.rest_of_line(key.colon + 1)?;
                    let next = self.next_token(eol);
                    let below = How {
                        collections: true,
                        inline: false,
                    };
                    if next.col > col {
                        self.node(next.at, next.col, col, below, 0)?
                    } else if next.col == col && self.is_dash(next.at) {
                        self.block_seq(next.at, col, true, 0)?
                    } else {
                        self.scalar(String::new(), TScalarStyle::Plain, 0, next.at);
                        next
                    }
                }
                Some(_) => {
                    // Not a collection here, so its column does not matter.
                    let same_line = How {
                        collections: false,
                        inline: true,
                    };
                    self.node(j, col + 2, col, same_line, 0)?
                }
            };
            if next.col == col {
                key = self.key(next.at)?;
            } else if next.col < col {
                self.push(Event::MappingEnd, next.at);
                self.leave();
                return Some(next);
            } else {
                return None;
            }
        }
    }

    /// The key that starts a line at `at`, up to its `:`.
    fn key(&self, at: usize) -> Option<Key> {
        let b = self.b;
        let key = match b[at] {
            b'\'' | b'"' => {
                let (value, style, end) = self.quoted(at)?;
                let colon = self.spaces(end);
                (b.get(colon) == Some(&b':') && self.blank(colon + 1)).then_some(Key {
                    value,
                    style,
                    at,
                    colon,
                })?
            }
            _ if self.plain_start(at) => {
                let (end, colon, is_key) = self.plain_line(at);
                is_key.then(|| Key {
                    value: self.text[at..end].to_owned(),
                    style: TScalarStyle::Plain,
                    at,
                    colon,
                })?
            }
            _ => return None,
        };
        (key.colon - at <= MAX_KEY).then_some(key)
    }

    /// A block sequence in column `col` from its first `-`, `unindented` when it is a mapping
    /// value in the mapping's column; returns the token after it.
    fn block_seq(
        &mut self,
        first: usize,
        col: isize,
        unindented: bool,
        anchor: usize,
    ) -> Option<Next> {
        self.enter()?;
        let mark = if unindented {
            self.after_dash(first)
        } else {
            first
        };
        self.push(Event::SequenceStart(anchor, None), mark);
        let mut dash = first;
        loop {
            let j = self.spaces(dash + 1);
            let next = match self.b.get(j) {
                None | Some(b'\n' | b'#') => {
                    let eol = self.rest_of_line(dash + 1)?;
                    let next = self.next_token(eol);
                    if next.col > col {
                        let below = How {
                            collections: true,
                            inline: false,
                        };
                        self.node(next.at, next.col, col, below, 0)?
                    } else {
                        // An empty entry, marked at the next token (after the next `-`).
                        let at = if next.col == col && self.is_dash(next.at) {
                            self.after_dash(next.at)
                        } else {
                            next.at
                        };
                        self.scalar(String::new(), TScalarStyle::Plain, 0, at);
                        next
                    }
                }
                Some(_) => {
                    let same_line = How {
                        collections: true,
                        inline: true,
                    };
                    self.node(j, col + (j - dash) as isize, col, same_line, 0)?
                }
            };
            if next.col == col && self.is_dash(next.at) {
                dash = next.at;
            } else if next.col < col || (unindented && next.col == col) {
                self.push(Event::SequenceEnd, next.at);
                self.leave();
                return Some(next);
            } else {
                return None;
            }
        }
    }

    /// A flow sequence or mapping of scalars on one line from its bracket at `at`; returns the
    /// offset after its closing bracket.
    fn flow(&mut self, at: usize, anchor: usize) -> Option<usize> {
        self.enter()?;
        let seq = self.b[at] == b'[';
        let close = if seq { b']' } else { b'}' };
        self.push(
            if seq {
                Event::SequenceStart(anchor, None)
            } else {
                Event::MappingStart(anchor, None)
            },
            at,
        );
        let mut i = self.spaces(at + 1);
        if self.b.get(i) != Some(&close) {
            loop {
                i = self.flow_scalar(i)?;
                if !seq {
                    // `key: value`, with a blank after the `:`.
                    let colon = self.spaces(i);
                    if self.b.get(colon) != Some(&b':') || self.b.get(colon + 1) != Some(&b' ') {
                        return None;
                    }
                    i = self.flow_scalar(self.spaces(colon + 1))?;
                }
                i = self.spaces(i);
                match *self.b.get(i)? {
                    c if c == close => break,
                    b',' => {
                        i = self.spaces(i + 1);
                        // A trailing comma is YAML, but not needed.
                        if self.b.get(i) == Some(&close) {
                            return None;
                        }
                    }
                    _ => return None,
                }
            }
        }
        self.push(
            if seq {
                Event::SequenceEnd
            } else {
                Event::MappingEnd
            },
            i,
        );
        self.leave();
        Some(i + 1)
    }

    /// A scalar in a flow collection at `i`; returns the offset after it.
    fn flow_scalar(&mut self, i: usize) -> Option<usize> {
        match *self.b.get(i)? {
            b'\'' | b'"' => {
                let (value, style, end) = self.quoted(i)?;
                self.scalar(value, style, 0, i);
                Some(end)
            }
            _ if self.plain_start(i) => {
                let end = self.plain_flow(i)?;
                self.scalar(self.text[i..end].to_owned(), TScalarStyle::Plain, 0, i);
                Some(end)
            }
            _ => None,
        }
    }

    /// The end (before trailing blanks) of a plain scalar in a flow collection from `i`: it
    /// stops at a flow indicator or a `:` before a blank or one; `None` at a comment or the end
    /// of the line, and at a `-` before a flow indicator (yaml-rust2 refuses one that starts a
    /// word, `[a -]`).
    fn plain_flow(&self, i: usize) -> Option<usize> {
        let b = self.b;
        let mut j = i;
        loop {
            match *b.get(j)? {
                b'\n' => return None,
                b',' | b'[' | b']' | b'{' | b'}' => break,
                b':' if self.blank(j + 1) || is_flow(b[j + 1]) => break,
                b'-' if b.get(j + 1).is_some_and(|&c| is_flow(c)) => return None,
                b'#' if b[j - 1] == b' ' => return None,
                _ => j += 1,
            }
        }
        while b[j - 1] == b' ' {
            j -= 1;
        }
        Some(j)
    }

    /// A `|` or `>` block scalar from its indicator at `at`, inside the block collection in
    /// column `parent`; returns the token after it. Its content is indented as its first line
    /// is, which must be further right than `parent`.
    fn block_scalar(&mut self, at: usize, parent: isize) -> Option<Next> {
        #[derive(PartialEq)]
        enum Chomp {
            Strip,
            Clip,
            Keep,
        }
        let b = self.b;
        let len = b.len();
        let literal = b[at] == b'|';
        let mut i = at + 1;
        let chomp = match b.get(i) {
            Some(b'-') => Chomp::Strip,
            Some(b'+') => Chomp::Keep,
            _ => Chomp::Clip,
        };
        if chomp != Chomp::Clip {
            i += 1;
        }
        if b.get(i).is_some_and(u8::is_ascii_digit) {
            // An explicit indentation.
            return None;
        }
        let header_end = self.rest_of_line(i)?;
        if header_end >= len {
            return None;
        }
        // Blank lines before the first line of content, which sets the indentation. A line of
        // blanks is declined, in all of the scalar: yaml-rust2 reads it as content or not by
        // how many blanks it has, and its first ones set the indentation.
        let (mut trailing, first) = self.empty_lines(header_end + 1)?;
        let (mut line, indent) = first?;
        if indent as isize <= parent {
            // An empty scalar: the next line belongs to something else.
            return None;
        }
        let mark = line + indent;
        let mut value = String::new();
        let mut leading_break = false;
        let mut leading_blank = false;
        let mut eof_in_line = false;
        // The line after the scalar, where the next token is looked for.
        let mut after = len;
        loop {
            // `line` starts with at least `indent` blanks and has content.
            let start = line + indent;
            let eol = self.eol(start);
            let trailing_blank = b[start] == b' ';
            if !literal && leading_break && !leading_blank && !trailing_blank {
                if trailing == 0 {
                    value.push(' ');
                }
            } else if leading_break {
                value.push('\n');
            }
            for _ in 0..trailing {
                value.push('\n');
            }
            leading_break = false;
            trailing = 0;
            leading_blank = trailing_blank;
            value.push_str(&self.text[start..eol]);
            if eol >= len {
                eof_in_line = true;
                break;
            }
            leading_break = true;
            // The empty lines after it, then either a line of the scalar or its end.
            let (empty, next) = self.empty_lines(eol + 1)?;
            trailing += empty;
            match next {
                Some((next, blanks)) if blanks >= indent => line = next,
                Some((next, _)) => {
                    after = next;
                    break;
                }
                None => break,
            }
        }
        // The last line break, also where the text ends without one.
        if chomp != Chomp::Strip && (leading_break || eof_in_line) {
            value.push('\n');
        }
        if chomp == Chomp::Keep {
            for _ in 0..trailing {
                value.push('\n');
            }
        }
        let style = if literal {
            TScalarStyle::Literal
        } else {
            TScalarStyle::Folded
        };
        self.scalar(value, style, 0, mark);
        Some(if after < len {
            self.next_from_line(after)
        } else {
            self.end()
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::declaration::source_map::LineStarts;
    use crate::declaration::tree::{Cursor, Tree};
    use proptest::prelude::*;
    use proptest::test_runner::TestCaseError;
    use yaml_rust2::parser::Parser;
    use yaml_rust2::scanner::ScanError;

    /// yaml-rust2's events for `text`, to its first `StreamEnd`, with markers turned into byte
    /// offsets as the tree does.
    fn reference_events(text: &str) -> Result<Vec<(Event, usize)>, ScanError> {
        let lines = LineStarts::new(text);
        let mut cursor = Cursor::new(text, &lines);
        let mut parser = Parser::new_from_str(text);
        let mut events = Vec::new();
        loop {
            let (event, marker) = parser.next_token()?;
            let end = event == Event::StreamEnd;
            events.push((event, cursor.offset(marker)));
            if end {
                return Ok(events);
            }
        }
    }

    /// Whether the fast path accepts `text`; an error when it gives other events than
    /// yaml-rust2.
    fn compare(text: &str) -> Result<bool, String> {
        let Some(fast) = events(text) else {
            return Ok(false);
        };
        match reference_events(text) {
            Ok(reference) if reference == fast => Ok(true),
            Ok(reference) => {
                let at = fast
                    .iter()
                    .zip(&reference)
                    .position(|(f, r)| f != r)
                    .unwrap_or(fast.len().min(reference.len()));
                Err(format!(
                    "{text:?}\nfirst difference at event {at}:\n  fast:      {:?}\n  yaml-rust2: {:?}",
                    fast.get(at),
                    reference.get(at)
                ))
            }
            Err(e) => Err(format!(
                "{text:?}\naccepted, but yaml-rust2 refuses it: {e}\n  fast: {fast:?}"
            )),
        }
    }

    /// `text` is read by the fast path, as yaml-rust2 reads it, into the same tree.
    #[track_caller]
    fn same(text: &str) {
        match compare(text) {
            Ok(true) => {}
            Ok(false) => panic!(
                "declined: {text:?}\nyaml-rust2: {:?}",
                reference_events(text)
            ),
            Err(e) => panic!("{e}"),
        }
        let lines = LineStarts::new(text);
        assert_eq!(
            format!("{:?}", Tree::parse(text, &lines)),
            format!("{:?}", Tree::parse_with_yaml_rust2(text, &lines)),
            "{text:?}"
        );
    }

    /// `text` is left to yaml-rust2.
    #[track_caller]
    fn declined(text: &str) {
        assert!(events(text).is_none(), "accepted: {text:?}");
    }

    #[test]
    fn demo() {
        let text = include_str!("../../notices/atelier-zenne.yaml");
        same(text);
    }

    /// Every YAML file of the repository's notices, examples, test fixtures, locales and
    /// reference data.
    fn repository_files() -> Vec<std::path::PathBuf> {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut files = Vec::new();
        for dir in [
            "notices",
            "examples",
            "tests/fixtures",
            "locales",
            "src/reference/data",
        ] {
            for entry in walkdir::WalkDir::new(root.join(dir)).sort_by_file_name() {
                let entry = entry.unwrap();
                let path = entry.path();
                if entry.file_type().is_file()
                    && path.extension().is_some_and(|e| e == "yaml" || e == "yml")
                {
                    files.push(path.to_path_buf());
                }
            }
        }
        files
    }

    #[test]
    fn repository_files_read_as_yaml_rust2_reads_them() {
        let files = repository_files();
        assert!(files.len() > 250, "{} files", files.len());
        let mut accepted = 0;
        // Declined texts yaml-rust2 reads; those it refuses are only counted.
        let mut declined = Vec::new();
        let mut refused = 0;
        for path in &files {
            // A file that is not UTF-8 is never given to the tree (none is, today).
            let Ok(text) = std::fs::read_to_string(path) else {
                continue;
            };
            // The tree too, through the builder's two sources.
            let lines = LineStarts::new(&text);
            assert_eq!(
                format!("{:?}", Tree::parse(&text, &lines)),
                format!("{:?}", Tree::parse_with_yaml_rust2(&text, &lines)),
                "{}",
                path.display()
            );
            match compare(&text) {
                Ok(true) => accepted += 1,
                Ok(false) if reference_events(&text).is_err() => refused += 1,
                Ok(false) => declined.push(path.strip_prefix(env!("CARGO_MANIFEST_DIR")).unwrap()),
                Err(e) => panic!("{}: {e}", path.display()),
            }
        }
        println!(
            "fast path: {accepted} of {} repository YAML files accepted; {refused} declined that \
             yaml-rust2 refuses; {} declined that it reads: {declined:?}",
            files.len(),
            declined.len()
        );
        // The demo and the examples must not fall back, or the fast path gains nothing.
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut must = vec![root.join("notices/atelier-zenne.yaml")];
        for entry in std::fs::read_dir(root.join("examples")).unwrap() {
            let notice = entry.unwrap().path().join("notice.yaml");
            if notice.exists() {
                must.push(notice);
            }
        }
        assert!(must.len() >= 4);
        for path in must {
            let text = std::fs::read_to_string(&path).unwrap();
            assert!(events(&text).is_some(), "declined: {}", path.display());
        }
    }

    #[test]
    fn empty_streams() {
        for text in ["", "\n", "\n\n  \n", "# only a comment", "# a\n\n   # b\n"] {
            same(text);
        }
    }

    #[test]
    fn block_mappings() {
        for text in [
            "a: b\n",
            "a: b",
            "a:  b  \nc: d\n",
            "a: b # comment\nc: d # comment\n",
            "a:\n  b: c\n  d: e\nf: g\n",
            "a:\n  b:\n    c: d\ne: f",
            "  a: 1\n  b: 2\n",
            "a   : b\n",
            "a b c: d e f\n",
            "2024-05-15: date\n10: ten\n",
            "url: https://www.example/a:b/#frag\n",
            "a:b: c\n",
            "-a: b\n",
            "a: -1\nb: -x\n",
            "é: ü\nfr: l'adresse, l’été\n",
            "a: b#c\n",
            "a: x, y [z] {w} 'v' \"u\" & * ! | > % @ `\n",
        ] {
            same(text);
        }
    }

    #[test]
    fn empty_values() {
        for text in [
            "a:\n",
            "a:",
            "a:   \n",
            "a:\nb: c\n",
            "a: # comment\nb: c\n",
            "a:\n\n# comment\n\nb: c\n",
            "x:\n  a:\nb: c\n",
            "x:\n  a:\n",
            "x:\n  - a:\n  - b\n",
            "- a:\n- b:\n  c:\n",
        ] {
            same(text);
        }
    }

    #[test]
    fn block_sequences() {
        for text in [
            "- a\n- b\n",
            "- a\n- b",
            "a:\n  - b\n  - c\nd: e\n",
            "a:\n- b\n- c\nd: e\n",
            "a:\n- b\n- c\n",
            "x:\n  a:\n  - b\n  c: d\n",
            "x:\n  a:\n  - b\ny: z\n",
            "- a: b\n  c: d\n- e: f\n",
            "- - a\n  - b\n- c\n",
            "- - - a\n",
            "-   a\n-  b: c\n   d: e\n",
            "- a:\n    b: c\n  d: e\n",
            "- a:\n  - b\n  c: d\n",
            "-\n  a: b\n-\n  - c\n-\n  d\n",
            "- # comment\n  a: b\n",
        ] {
            same(text);
        }
    }

    #[test]
    fn empty_entries() {
        for text in [
            "-\n- a\n",
            "- \n-\n",
            "-",
            "- a\n-\n",
            "a:\n-\n- b\n",
            "a:\n-\nb: c\n",
            "a:\n  -\nb: c\n",
            "a:\n-\n",
            "- # comment\n- a\n",
            "a:\n- # comment\n- b\n",
            "- -\n- a\n",
        ] {
            same(text);
        }
    }

    #[test]
    fn plain_scalars_over_lines() {
        for text in [
            "a: one\n  two\n  three\nb: c\n",
            "a: one\n\n  two\n\n\n  three\n",
            "a: one\n   two\n two\n",
            "a:\n  one\n  two\nb: c\n",
            "a: one\n  two # comment\nb: c\n",
            "a: one\n  # comment\nb: c\n",
            "- one\n  two\n- three\n",
            "a:\n- one\n two\n",
            "one\ntwo\n\nthree\n",
            "a: one\n  - two\n  \"three\" [four]\n",
            "a: one  \n  two  \n",
            "a: one\n  \n  two\n",
        ] {
            same(text);
        }
    }

    #[test]
    fn quoted_scalars() {
        for text in [
            "a: 'b'\n",
            "a: 'it''s'\n",
            "a: ''\nb: \"\"\n",
            "a: '  b  c  '\n",
            "a: \"b\"\n",
            "a: \"b # c\" # d\n",
            "a: \"\\\\ \\\" \\/ \\n \\t \\r \\0 \\a \\b \\v \\f \\e \\  \\N \\_ \\L \\P\"\n",
            "a: \"\\x41 \\u00e9 \\U0001F600 \\u2028\"\n",
            "'a': b\n\"c d\": e\n'f' : g\n",
            "a:\n  'b': c\n",
            "- 'a'\n- \"b\"\n",
            "'a'\n",
            "a: \"é, ü: 'x'\"\n",
        ] {
            same(text);
        }
    }

    #[test]
    fn block_scalars() {
        for text in [
            "a: |\n  b\n  c\nd: e\n",
            "a: |\n  b\n  c\n",
            "a: |\n  b\n  c",
            "a: |-\n  b\n\n",
            "a: |+\n  b\n\n\nc: d\n",
            "a: |+\n  b\n\n\n",
            "a: |+\n  b",
            "a: |\n\n\n  b\n\n  c\n\n\nd: e\n",
            "a: |\n  b\n    c\n  d\n",
            "a: >\n  b\n  c\n\n  d\n\n\n  e\nf: g\n",
            "a: >\n  b\n    c\n  d\n",
            "a: >-\n  b\n  c\n",
            "a: >+\n  b\n\n",
            "a: >\n\n  b\n",
            "a: >\n  b\n\n    c\n\n  d\n",
            "a: > # comment\n  b\n",
            "a: |\n  # not a comment\n  b: c\n# a comment\nd: e\n",
            "- |\n  a\n- >\n  b\n",
            "a:\n- |\n  b\n- c\n",
            "a:\n  b: |\n    c\n  d: e\n",
            "a: |\n  b\n\n# comment\nc: d\n",
            "a: |\n  é\n  ü",
            "a:\n  b: |\n      x\n    # ends it\n  d: e\n",
            "a: |+\n  b\n\n# c\n\nd: e\n",
            "a: >+\n  b\n\n  # c\n\n",
        ] {
            same(text);
        }
    }

    #[test]
    fn flow_collections() {
        for text in [
            "a: [b, c]\n",
            "a: []\nb: {}\n",
            "a: [ b , c ]\n",
            "a: {b: c, d: e}\n",
            "a: { b : c }\n",
            "a: ['b', \"c\", d e]\n",
            "a: {'b': c, \"d\": 'e'}\n",
            "a: [http://x.example/a, b:c]\n",
            "a: {url: https://x.example/}\n",
            "a: [b, c] # comment\n",
            "- [a, b]\n- {c: d}\n",
            "[a, b]\n",
            "{a: b}\n",
            "a:\n  [b]\n",
            "a: [-1, a#b]\n",
            "a: [b-c, d -e, f- g]\n",
        ] {
            same(text);
        }
    }

    #[test]
    fn comments_and_blank_lines() {
        for text in [
            "# head\n\na: b # c\n\n# d\n  # e\nf:\n  # g\n  h: i\n\n\n",
            "a:\n  b: c\n  # comment\nd: e\n",
            "a:\n  - b\n# comment\n  - c\n",
            "a: b\n   \nc: d\n",
        ] {
            same(text);
        }
    }

    #[test]
    fn anchors_and_aliases() {
        for text in [
            "a: &x\n  - b\nc: *x\n",
            "a: &x\n  b: c\nd: *x\n",
            "a: &x b\nc: *x\n",
            "a: &x 'b'\nc: *x\n",
            "a: &x [b]\nc: *x # comment\n",
            "- &x\n  a: b\n- *x\n",
            "- &x a\n- *x\n- &x b\n- *x\n",
            "a: &x-1_b\n  - c\n",
        ] {
            same(text);
        }
    }

    #[test]
    fn documents() {
        for text in ["a\n", "a", "'a'\n", "[a]\n", "- a\n", "  - a\n", "a: b\n"] {
            same(text);
        }
    }

    #[test]
    fn declines_what_it_does_not_read() {
        for text in [
            "\u{feff}a: b\n",
            "a: b\r\n",
            "a:\tb\n",
            "a: b\u{7}\n",
            "a: b\u{85}\n",
            "a: b\u{2028}c\n",
            "%YAML 1.2\n---\na: b\n",
            "---\na: b\n",
            "a: b\n...\n",
            "a: b\n---\nc: d\n",
            "&x a: b\n",
            "&x\na: b\n",
            "a: &x\nb: c\n",
            "a: &x\n- b\n",
            "a: &x\n  b\n",
            "a: &x |\n  b\n",
            "a: *y\n",
            "*y\n",
            "a: !!str b\n",
            "!x a\n",
            "? a\n: b\n",
            "a: @b\n",
            "a: `b`\n",
            "a: [b, [c]]\n",
            "a: {b: [c]}\n",
            "a: [b,\n  c]\n",
            "a: [b, ]\n",
            "a: [b: c]\n",
            "a: {b}\n",
            "a: {b: }\n",
            "a: {\"b\":c}\n",
            "a: 'b\n  c'\n",
            "a: \"b\\\n  c\"\n",
            "a: \"\\q\"\n",
            "a: \"\\ud800\"\n",
            "a: |2\n  b\n",
            "a: |\n  b\n  \n  c\n",
            "a: |\n  b\n \n",
            "a: |\n",
            "a: |\nb: c\n",
            "a: |x\n  b\n",
            "a: |#c\n  b\n",
            "|\n a\n",
            "a:\n  |\n    b\n",
            "a: b: c\n",
            "a: b:\n",
            "a: b\n c: d\n",
            "a: b\n  c\n  d: e\n",
            "a:\n  b: c\n d: e\n",
            "- a\nb: c\n",
            "a: b\n- c\n",
            "a:\n  - b\n c: d\n",
            "a: - b\n",
            "a: 'b' c\n",
            "a: 'b'#c\n",
            "a: [b]c\n",
            "[a]: b\n",
            "a\nb: c\n",
            "a: b\n  # c\n  d\n",
            ": a\n",
            "a: :b\n",
            "a: ?b\n",
            "a: -\n",
            "a: ,b\n",
            // Found by the mutation fuzzer: yaml-rust2 refuses a word `-` before `,]}`.
            "transfer: {mechanism: dpf -}\n",
            "a: [b -, c]\n",
            // Less indented than the first line: yaml-rust2 ends the scalar, then refuses `c`.
            "a: >\n    b\n  c\n",
        ] {
            declined(text);
        }
    }

    #[test]
    fn declines_characters_anywhere() {
        // Wherever they fall in the chunks the text is first tested in.
        for at in 0..140 {
            let text = format!("a: {}\n", "x".repeat(at));
            same(&text);
            for odd in [
                "\t", "\r", "\u{0}", "\u{1b}", "\u{7f}", "\u{85}", "\u{feff}", "\u{2029}",
            ] {
                declined(&format!("a: {}{odd}b\n", "x".repeat(at)));
            }
            for marker in ["---", "...", "%"] {
                declined(&format!("{text}{marker}\n"));
                same(&format!("{text}b: x{marker}\n"));
            }
        }
    }

    #[test]
    fn long_values() {
        // yaml-rust2 forgets a possible key 1024 characters on: not one of these.
        let long = "é".repeat(1500);
        for text in [
            format!("a: {long}\nb: c\n"),
            format!("- {long}\n- '{long}'\n"),
            format!("a: [{long}, b]\n"),
            format!("- [{long}, b]\n"),
            format!("a: b\n  {long}\n  c\n"),
            format!("a:\n  {long}\n"),
            format!("{long}\n"),
        ] {
            same(&text);
        }
    }

    #[test]
    fn declines_long_keys() {
        let long = "k".repeat(MAX_KEY);
        same(&format!("{long}: v\n"));
        declined(&format!("{long}k: v\n"));
        declined(&format!("'{long}': v\n"));
    }

    #[test]
    fn declines_deep_nesting() {
        let mut text = String::new();
        for depth in 0..MAX_DEPTH {
            text.push_str(&format!("{}a:\n", " ".repeat(depth)));
        }
        same(&text);
        text.push_str(&format!("{}a: b\n", " ".repeat(MAX_DEPTH)));
        declined(&text);
        let seq = format!("{}a\n", "- ".repeat(MAX_DEPTH));
        same(&seq);
        declined(&format!("- {seq}"));
    }

    /// Each fuzz test runs a short round with a fixed seed in every `cargo test` (the same
    /// cases each time); `PROPTEST_CASES=100000` runs a long one with fresh cases, and
    /// `PROPTEST_RNG_SEED` replays a seed.
    fn fuzz_config() -> proptest::test_runner::Config {
        let config = proptest::test_runner::Config::default();
        let long = std::env::var_os("PROPTEST_CASES").is_some();
        let seeded = std::env::var_os("PROPTEST_RNG_SEED").is_some();
        proptest::test_runner::Config {
            cases: if long { config.cases } else { 1500 },
            rng_seed: if long || seeded {
                config.rng_seed
            } else {
                proptest::test_runner::RngSeed::Fixed(15)
            },
            failure_persistence: None,
            ..config
        }
    }

    /// The texts mutations start from: the demo, the examples and every fixture, whole.
    fn seeds() -> &'static [String] {
        static SEEDS: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
        SEEDS.get_or_init(|| {
            repository_files()
                .iter()
                .filter_map(|p| std::fs::read_to_string(p).ok())
                .collect()
        })
    }

    /// Characters that matter to YAML, and a few that do not.
    const EDIT_CHARS: &[char] = &[
        ' ', ' ', ' ', '\n', '\n', ':', '-', '#', '\'', '"', '|', '>', '[', ']', '{', '}', ',',
        '\\', '&', '*', '+', '.', 'a', 'k', 'Z', '0', '7', 'é', '’',
    ];

    #[derive(Debug, Clone)]
    enum Edit {
        Insert(proptest::sample::Index, char),
        Delete(proptest::sample::Index),
        Replace(proptest::sample::Index, char),
    }

    fn edit() -> impl Strategy<Value = Edit> {
        let c = proptest::sample::select(EDIT_CHARS);
        prop_oneof![
            (any::<proptest::sample::Index>(), c.clone()).prop_map(|(i, c)| Edit::Insert(i, c)),
            any::<proptest::sample::Index>().prop_map(Edit::Delete),
            (any::<proptest::sample::Index>(), c).prop_map(|(i, c)| Edit::Replace(i, c)),
        ]
    }

    /// A slice of lines of a seed (a whole file, one case in eight), with `edits` applied.
    fn mutated(
        seed: proptest::sample::Index,
        start: proptest::sample::Index,
        lines: usize,
        edits: &[Edit],
    ) -> String {
        let seed = seed.get(seeds());
        let all: Vec<&str> = seed.split_inclusive('\n').collect();
        let mut text = if lines == 0 || all.is_empty() {
            seed.clone()
        } else {
            // The lines from `start` that are in its block, moved left by its indentation:
            // most slices are then YAML, and the edits make them something else.
            let start = start.index(all.len());
            let indent = all[start].len() - all[start].trim_start_matches(' ').len();
            let mut text = String::new();
            for line in all[start..].iter().take(lines) {
                let blank = line.trim().is_empty();
                if !blank && line.len() - line.trim_start_matches(' ').len() < indent {
                    break;
                }
                text.push_str(if blank {
                    line.trim_start_matches(' ')
                } else {
                    &line[indent..]
                });
            }
            text
        };
        for edit in edits {
            let boundaries: Vec<usize> = text
                .char_indices()
                .map(|(i, _)| i)
                .chain([text.len()])
                .collect();
            match edit {
                Edit::Insert(i, c) => text.insert(*i.get(&boundaries), *c),
                Edit::Delete(i) | Edit::Replace(i, _) => {
                    if text.is_empty() {
                        continue;
                    }
                    let at = boundaries[i.index(boundaries.len() - 1)];
                    text.remove(at);
                    if let Edit::Replace(_, c) = edit {
                        text.insert(at, *c);
                    }
                }
            }
        }
        text
    }

    proptest! {
        #![proptest_config(fuzz_config())]

        /// Edited declarations: the fast path reads them as yaml-rust2 does, or declines.
        #[test]
        fn mutations_read_as_yaml_rust2_reads_them(
            seed in any::<proptest::sample::Index>(),
            start in any::<proptest::sample::Index>(),
            lines in prop_oneof![1 => Just(0usize), 7 => 1usize..40],
            edits in proptest::collection::vec(edit(), 1..=5),
        ) {
            let text = mutated(seed, start, lines, &edits);
            if let Err(e) = compare(&text) {
                return Err(TestCaseError::fail(e));
            }
        }

        /// Generated documents in the subset: accepted, and read as yaml-rust2 reads them.
        #[test]
        fn generated_documents_are_accepted(doc in document()) {
            match compare(&doc) {
                Ok(true) => {}
                Ok(false) => {
                    return Err(TestCaseError::fail(format!(
                        "declined: {doc:?}\nyaml-rust2: {:?}",
                        reference_events(&doc)
                    )));
                }
                Err(e) => return Err(TestCaseError::fail(e)),
            }
        }
    }

    /// A scalar as the generator writes it.
    #[derive(Clone, Debug)]
    enum Scalar {
        /// Lines of words, folded by the parser; a number of blank lines before each further
        /// line.
        Plain(Vec<(usize, String)>),
        /// As written between the quotes (escapes included).
        Single(String),
        Double(String),
        /// `|` or `>`, chomping (`""`, `"-"`, `"+"`), lines (empty ones are blank lines; a
        /// leading blank is more indented), blank lines after.
        Block(bool, &'static str, Vec<String>, usize),
        FlowSeq(Vec<Scalar>),
        FlowMap(Vec<(Scalar, Scalar)>),
        Empty,
    }

    #[derive(Clone, Debug)]
    enum Node {
        Scalar(Scalar),
        /// Entries, each with how it is decorated (see [`Deco`]).
        Map(Vec<(Scalar, Node, u8)>),
        Seq(Vec<(Node, u8)>),
    }

    /// Decoration bits of an entry.
    struct Deco;
    impl Deco {
        const BLANK_BEFORE: u8 = 1;
        const COMMENT_BEFORE: u8 = 2;
        const COMMENT_AFTER: u8 = 4;
        /// A sequence value in its key's column.
        const UNINDENTED: u8 = 8;
        /// An anchor on a collection value, and an alias of it after it.
        const ANCHOR: u8 = 16;
        /// A value on the line below its key or `-`.
        const BELOW: u8 = 32;
        /// A blank between a key and its `:`.
        const SPACED_KEY: u8 = 64;
    }

    const WORDS: &[&str] = &[
        "Atelier",
        "vélo",
        "l'adresse",
        "Brüssel",
        "https://x.example/a?b=c",
        "2026-03-01",
        "12",
        "-1",
        "3.5",
        "a#b",
        "x:y",
        "true",
        "null",
        "~",
        "it’s",
        "e-mail",
        "(GDPR)",
        "50%",
        "R&D",
        "a*b",
        "[x]",
        "{y}",
        "\"q\"",
        "'s'",
        "|p",
        ">g",
    ];

    /// Words safe in a flow collection (no flow indicators).
    const FLOW_WORDS: &[&str] = &[
        "Atelier",
        "vélo",
        "l'adresse",
        "https://x.example/a",
        "12",
        "-1",
        "a#b",
        "x:y",
        "true",
        "it’s",
        "e-mail",
        "R&D",
    ];

    /// 1 to `max` words of `list`, the first one of those a plain scalar may start with.
    fn words(list: &'static [&'static str], max: usize) -> impl Strategy<Value = String> {
        let first: Vec<&str> = list
            .iter()
            .copied()
            .filter(|w| !w.starts_with(['[', '{', '"', '\'', '|', '>']))
            .collect();
        (
            proptest::sample::select(first),
            proptest::collection::vec(proptest::sample::select(list), 0..max),
        )
            .prop_map(|(first, rest)| {
                let mut w = vec![first];
                w.extend(rest);
                w.join(" ")
            })
    }

    fn quoted_text(single: bool) -> impl Strategy<Value = String> {
        let parts: &'static [&'static str] = if single {
            &["abc", "é", " ", "''", "\"", "#", ": ", "\\", "- ", "’"]
        } else {
            &[
                "abc", "é", " ", "\\n", "\\\"", "\\\\", "\\t", "\\u00e9", "\\x41", "'", "#", ": ",
                "\\/", "\\ ",
            ]
        };
        proptest::collection::vec(proptest::sample::select(parts), 0..8).prop_map(|p| p.concat())
    }

    fn key() -> impl Strategy<Value = Scalar> {
        prop_oneof![
            6 => words(WORDS, 2).prop_map(|w| Scalar::Plain(vec![(0, w)])),
            1 => quoted_text(true).prop_map(Scalar::Single),
            1 => quoted_text(false).prop_map(Scalar::Double),
        ]
    }

    fn flow_scalar() -> impl Strategy<Value = Scalar> {
        prop_oneof![
            4 => words(FLOW_WORDS, 3).prop_map(|w| Scalar::Plain(vec![(0, w)])),
            1 => quoted_text(true).prop_map(Scalar::Single),
            1 => quoted_text(false).prop_map(Scalar::Double),
        ]
    }

    fn block_line() -> impl Strategy<Value = String> {
        prop_oneof![
            5 => words(WORDS, 4),
            1 => Just(String::new()),
            1 => words(WORDS, 3).prop_map(|w| format!("  {w}")),
            1 => Just("# not a comment".to_owned()),
            1 => Just("key: value".to_owned()),
            1 => Just("- item".to_owned()),
        ]
    }

    fn scalar() -> impl Strategy<Value = Scalar> {
        prop_oneof![
            6 => proptest::collection::vec((0usize..3, words(WORDS, 5)), 1..4).prop_map(|mut l| {
                l[0].0 = 0;
                Scalar::Plain(l)
            }),
            2 => quoted_text(true).prop_map(Scalar::Single),
            2 => quoted_text(false).prop_map(Scalar::Double),
            2 => (
                any::<bool>(),
                proptest::sample::select(&["", "-", "+"][..]),
                words(WORDS, 3),
                proptest::collection::vec(block_line(), 0..5),
                0usize..3,
            )
                .prop_map(|(literal, chomp, first, mut lines, after)| {
                    lines.insert(0, first);
                    Scalar::Block(literal, chomp, lines, after)
                }),
            1 => proptest::collection::vec(flow_scalar(), 0..4).prop_map(Scalar::FlowSeq),
            1 => proptest::collection::vec((words(FLOW_WORDS, 1)
                .prop_map(|w| Scalar::Plain(vec![(0, w)])), flow_scalar()), 0..4)
                .prop_map(Scalar::FlowMap),
            1 => Just(Scalar::Empty),
        ]
    }

    fn node() -> impl Strategy<Value = Node> {
        scalar()
            .prop_map(Node::Scalar)
            .prop_recursive(6, 48, 5, |inner| {
                prop_oneof![
                    proptest::collection::vec((key(), inner.clone(), any::<u8>()), 1..5)
                        .prop_map(Node::Map),
                    proptest::collection::vec((inner, any::<u8>()), 1..5).prop_map(Node::Seq),
                ]
            })
    }

    /// A whole document: a mapping or sequence at the root, written out.
    fn document() -> impl Strategy<Value = String> {
        (node(), any::<bool>()).prop_map(|(root, newline)| {
            let root = match root {
                Node::Scalar(s) => Node::Map(vec![(
                    Scalar::Plain(vec![(0, "k".into())]),
                    Node::Scalar(s),
                    0,
                )]),
                n => n,
            };
            let mut w = Writer::default();
            w.node(&root, 0);
            if !newline && w.out.ends_with('\n') && !w.keeps_breaks {
                w.out.pop();
            }
            w.out
        })
    }

    /// Writes generated nodes as YAML.
    #[derive(Default)]
    struct Writer {
        out: String,
        anchors: usize,
        /// The text ends with a block scalar that keeps its line breaks (`+`): the last one
        /// must stay, or the value would be another.
        keeps_breaks: bool,
    }

    impl Writer {
        fn indent(&mut self, n: usize) {
            self.out.extend(std::iter::repeat_n(' ', n));
        }

        /// Blank and comment lines before an entry.
        fn before(&mut self, deco: u8, n: usize) {
            if deco & Deco::BLANK_BEFORE != 0 {
                self.out.push('\n');
            }
            if deco & Deco::COMMENT_BEFORE != 0 {
                self.indent(n);
                self.out.push_str("# a comment: - [x]\n");
            }
        }

        fn node(&mut self, node: &Node, n: usize) {
            match node {
                Node::Scalar(s) => {
                    self.scalar(s, n, 0);
                }
                Node::Map(entries) => {
                    for (i, (k, v, deco)) in entries.iter().enumerate() {
                        if i > 0 {
                            self.before(*deco, n);
                            self.indent(n);
                        }
                        self.entry(k, v, *deco, n);
                    }
                }
                Node::Seq(items) => {
                    for (i, (v, deco)) in items.iter().enumerate() {
                        if i > 0 {
                            self.before(*deco, n);
                            self.indent(n);
                        }
                        self.out.push('-');
                        self.item(v, *deco, n);
                    }
                }
            }
        }

        /// `key:` and its value, the key already indented.
        fn entry(&mut self, k: &Scalar, v: &Node, deco: u8, n: usize) {
            self.inline(k);
            if deco & Deco::SPACED_KEY != 0 {
                self.out.push(' ');
            }
            self.out.push(':');
            match v {
                Node::Scalar(s) => {
                    self.value(s, n, deco);
                }
                Node::Map(_) | Node::Seq(_) => {
                    let anchor = self.anchor(deco);
                    self.after(deco);
                    let m = if matches!(v, Node::Seq(_))
                        && deco & Deco::UNINDENTED != 0
                        && anchor.is_none()
                    {
                        n
                    } else {
                        n + 2
                    };
                    self.indent(m);
                    self.node(v, m);
                    if let Some(a) = anchor {
                        self.indent(n);
                        self.out.push_str(&format!("alias of {a}: *{a}\n"));
                    }
                }
            }
        }

        /// A sequence item after its `-`.
        fn item(&mut self, v: &Node, deco: u8, n: usize) {
            match v {
                Node::Scalar(s) => self.value(s, n, deco),
                Node::Map(_) | Node::Seq(_) if deco & (Deco::ANCHOR | Deco::BELOW) != 0 => {
                    let a = self.anchor(deco);
                    self.after(deco);
                    self.indent(n + 2);
                    self.node(v, n + 2);
                    if let Some(a) = a {
                        self.indent(n);
                        self.out.push_str(&format!("- *{a}\n"));
                    }
                }
                // Compact: the first entry on the `-` line.
                Node::Map(_) | Node::Seq(_) => {
                    self.out.push(' ');
                    self.node(v, n + 2);
                }
            }
        }

        /// ` &aN` when the entry has an anchor.
        fn anchor(&mut self, deco: u8) -> Option<String> {
            (deco & Deco::ANCHOR != 0).then(|| {
                self.anchors += 1;
                let a = format!("a{}", self.anchors);
                self.out.push_str(&format!(" &{a}"));
                a
            })
        }

        /// A trailing comment if the entry has one, and the line end.
        fn after(&mut self, deco: u8) {
            if deco & Deco::COMMENT_AFTER != 0 {
                self.out.push_str(" # after: x");
            }
            self.out.push('\n');
        }

        /// A scalar value after `key:` or `-`, in the block at column `n`.
        fn value(&mut self, s: &Scalar, n: usize, deco: u8) {
            self.keeps_breaks = false;
            match s {
                Scalar::Empty => self.after(deco),
                // Block scalars are read only after their key or `-`.
                Scalar::Block(..) => {
                    self.out.push(' ');
                    self.scalar(s, n, deco);
                }
                _ if deco & Deco::BELOW != 0 => {
                    self.out.push('\n');
                    self.indent(n + 2);
                    self.scalar(s, n, deco);
                }
                _ => {
                    self.out.push(' ');
                    self.scalar(s, n, deco);
                }
            }
        }

        /// A scalar and its line end, continuation lines in column `n + 2`.
        fn scalar(&mut self, s: &Scalar, n: usize, deco: u8) {
            match s {
                Scalar::Plain(lines) => {
                    for (i, (blanks, line)) in lines.iter().enumerate() {
                        if i > 0 {
                            self.out.push('\n');
                            for _ in 0..*blanks {
                                self.out.push('\n');
                            }
                            self.indent(n + 2);
                        }
                        self.out.push_str(line);
                    }
                    self.after(deco);
                }
                Scalar::Block(literal, chomp, lines, after) => {
                    self.out.push(if *literal { '|' } else { '>' });
                    self.out.push_str(chomp);
                    self.after(deco);
                    for line in lines {
                        if !line.is_empty() {
                            self.indent(n + 2);
                            self.out.push_str(line);
                        }
                        self.out.push('\n');
                    }
                    for _ in 0..*after {
                        self.out.push('\n');
                    }
                    self.keeps_breaks = *chomp == "+";
                }
                Scalar::Empty => self.after(deco),
                _ => {
                    self.inline(s);
                    self.after(deco);
                }
            }
        }

        /// A scalar on one line, without line end.
        fn inline(&mut self, s: &Scalar) {
            match s {
                Scalar::Plain(lines) => self.out.push_str(&lines[0].1),
                Scalar::Single(t) => self.out.push_str(&format!("'{t}'")),
                Scalar::Double(t) => self.out.push_str(&format!("\"{t}\"")),
                Scalar::FlowSeq(items) => {
                    self.out.push('[');
                    for (i, item) in items.iter().enumerate() {
                        if i > 0 {
                            self.out.push_str(", ");
                        }
                        self.inline(item);
                    }
                    self.out.push(']');
                }
                Scalar::FlowMap(entries) => {
                    self.out.push('{');
                    for (i, (k, v)) in entries.iter().enumerate() {
                        if i > 0 {
                            self.out.push_str(", ");
                        }
                        self.inline(k);
                        self.out.push_str(": ");
                        self.inline(v);
                    }
                    self.out.push('}');
                }
                Scalar::Block(..) | Scalar::Empty => unreachable!("not on one line"),
            }
        }
    }

    /// Run with `cargo test --release --no-default-features --lib fast_yaml -- --ignored
    /// --nocapture`: microseconds per parse of the demo, by the fast path and by yaml-rust2 (to
    /// its `StreamEnd`, markers not turned into offsets), and of the whole `Tree::parse`, with
    /// the fast path and without.
    /// Rounds of each alternate, and the fastest round counts: on a busy machine, it is the
    /// one least slowed by others.
    #[test]
    #[ignore = "a measurement, in release mode"]
    fn speed() {
        use std::hint::black_box;
        use std::time::Instant;
        let text = include_str!("../../notices/atelier-zenne.yaml");
        let lines = LineStarts::new(text);
        const RUNS: u32 = 300;
        let fast = || events(black_box(text)).unwrap().len();
        let yaml = || {
            let mut parser = Parser::new_from_str(black_box(text));
            let mut n = 1;
            while parser.next_token().unwrap().0 != Event::StreamEnd {
                n += 1;
            }
            n
        };
        let tree = || Tree::parse(black_box(text), &lines).len();
        let tree_yaml = || Tree::parse_with_yaml_rust2(black_box(text), &lines).len();
        assert_eq!(fast(), yaml());
        let parsers: [&dyn Fn() -> usize; 4] = [&fast, &yaml, &tree, &tree_yaml];
        let mut best = [f64::INFINITY; 4];
        for _ in 0..15 {
            for (f, best) in parsers.iter().zip(&mut best) {
                let start = Instant::now();
                for _ in 0..RUNS {
                    black_box(f());
                }
                *best = best.min(start.elapsed().as_secs_f64() * 1e6 / f64::from(RUNS));
            }
        }
        let [fast, yaml, tree, tree_yaml] = best;
        println!(
            "{} bytes, {RUNS} parses a round, best of 15 rounds: fast path {fast:.1} µs/parse \
             ({:.0} MB/s); yaml-rust2 events {yaml:.1} µs/parse ({:.0} MB/s): {:.1} times as \
             long; Tree::parse {tree:.1} µs/parse, {tree_yaml:.1} through yaml-rust2",
            text.len(),
            text.len() as f64 / fast,
            text.len() as f64 / yaml,
            yaml / fast,
        );
    }
}
