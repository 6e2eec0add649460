//! Typed values from the node tree: a serde `Deserializer` over a [`Tree`] for any type of the
//! model, which reads YAML as serde_yaml 0.9 did (the same value from the same scalar, the
//! same messages) and places each error at its node, with the node's path.
//!
//! What serde_yaml decided is kept on purpose, since the bad-input corpus pins its messages
//! and users' files rely on its reading: a plain scalar is null, a boolean, a number or text
//! by the YAML 1.2 core schema when the type asks for anything (`deserialize_any`), and text
//! whenever the type asks for text; an empty plain scalar is an empty list or mapping; an
//! error is placed at the innermost node it comes through; a mapping or list cut short by a
//! syntax error can be read up to the error, so an earlier mistake is reported first.

use std::cell::Cell;
use std::fmt;
use std::num::ParseIntError;

use serde::de::{
    self, DeserializeOwned, DeserializeSeed, EnumAccess, Expected, MapAccess, SeqAccess,
    Unexpected, VariantAccess, Visitor,
};

use super::tree::{Kind, Node, NodeId, Tree};

/// An error found while reading the tree, with the place of the node it is about.
#[derive(Debug)]
pub struct Error {
    message: String,
    offset: Option<usize>,
    /// The node's path as serde_yaml printed it (`purposes[0].label`; `.` for the root).
    path: Option<String>,
    /// Set once the error has its place: the innermost node it comes through.
    placed: bool,
}

impl Error {
    /// An error that has its own place (or none), which no node changes.
    fn at(message: impl Into<String>, offset: Option<usize>) -> Error {
        Error {
            message: message.into(),
            offset,
            path: None,
            placed: true,
        }
    }

    fn place(mut self, offset: usize, path: &Path) -> Error {
        if !self.placed {
            self.offset = Some(offset);
            self.path = Some(path.to_string());
            self.placed = true;
        }
        self
    }

    /// The byte offset of the node the error is about.
    pub fn offset(&self) -> Option<usize> {
        self.offset
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match &self.path {
            Some(path) if path != "." => write!(f, "{path}: {}", self.message),
            _ => f.write_str(&self.message),
        }
    }
}

impl std::error::Error for Error {}

impl de::Error for Error {
    fn custom<T: fmt::Display>(msg: T) -> Error {
        Error {
            message: msg.to_string(),
            offset: None,
            path: None,
            placed: false,
        }
    }
}

/// Reads a `T` from the tree. A text that stops being YAML after a complete document gives
/// its syntax error, and a second document an error of its own, once the first reads well.
pub fn from_tree<T: DeserializeOwned>(tree: &Tree) -> Result<T, Error> {
    let jumps = Cell::new(0);
    let value = T::deserialize(Reader {
        tree,
        node: tree.root,
        path: Path::Root,
        depth: 128,
        jumps: &jumps,
    })?;
    if let Some(s) = &tree.syntax {
        return Err(Error::at(s.message.clone(), Some(s.offset)));
    }
    if let Some(at) = tree.second_document {
        return Err(Error::at(
            "deserializing from YAML containing more than one document is not supported",
            Some(at),
        ));
    }
    Ok(value)
}

/// Where a node is in the document, printed as serde_yaml printed it.
#[derive(Clone, Copy)]
enum Path<'a> {
    Root,
    Seq {
        parent: &'a Path<'a>,
        index: usize,
    },
    Map {
        parent: &'a Path<'a>,
        key: &'a str,
    },
    Alias {
        parent: &'a Path<'a>,
    },
    /// The value of a key that is not a scalar.
    Unknown {
        parent: &'a Path<'a>,
    },
}

impl fmt::Display for Path<'_> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let parent = |f: &mut fmt::Formatter, p: &Path| match p {
            Path::Root => Ok(()),
            p => write!(f, "{p}."),
        };
        match self {
            Path::Root => f.write_str("."),
            Path::Seq { parent, index } => write!(f, "{parent}[{index}]"),
            Path::Map { parent: p, key } => {
                parent(f, p)?;
                f.write_str(key)
            }
            Path::Alias { parent } => write!(f, "{parent}"),
            Path::Unknown { parent: p } => {
                parent(f, p)?;
                f.write_str("?")
            }
        }
    }
}

/// A node being read.
struct Reader<'a> {
    tree: &'a Tree,
    node: NodeId,
    path: Path<'a>,
    /// Containers that may still be entered: only aliases of a container inside itself
    /// come near the limit (nesting is bounded before).
    depth: u8,
    /// Aliases followed so far: bounded, as serde_yaml bounded them.
    jumps: &'a Cell<usize>,
}

impl<'a> Reader<'a> {
    fn node(&self) -> &'a Node {
        self.tree.node(self.node)
    }

    fn child<'b>(&self, node: NodeId, path: Path<'b>, depth: u8) -> Reader<'b>
    where
        'a: 'b,
    {
        Reader {
            tree: self.tree,
            node,
            path,
            depth,
            jumps: self.jumps,
        }
    }

    /// The error of the place where the text stops being YAML.
    fn broken(&self) -> Error {
        broken(self.tree)
    }

    fn jump<'b>(&'b self, target: NodeId) -> Result<Reader<'b>, Error> {
        self.jumps.set(self.jumps.get() + 1);
        if self.jumps.get() > self.tree.len() * 100 {
            return Err(Error::at("repetition limit exceeded", None));
        }
        Ok(self.child(target, Path::Alias { parent: &self.path }, self.depth))
    }

    fn enter(&self) -> Result<u8, Error> {
        self.depth
            .checked_sub(1)
            .ok_or_else(|| Error::at("recursion limit exceeded", Some(self.node().mark)))
    }

    fn visit_seq<'de, V: Visitor<'de>>(
        &self,
        visitor: V,
        items: &'a [NodeId],
    ) -> Result<V::Value, Error> {
        let mut access = Items {
            reader: self,
            items,
            next: 0,
            depth: self.enter()?,
        };
        let value = visitor.visit_seq(&mut access)?;
        let read = access.next;
        if !items[read..].iter().all(|&id| intact(self.tree, id)) {
            return Err(self.broken());
        }
        if read != items.len() {
            return Err(de::Error::invalid_length(
                items.len(),
                &Counted(read, "sequence of", "element", "elements"),
            ));
        }
        Ok(value)
    }

    fn visit_map<'de, V: Visitor<'de>>(
        &self,
        visitor: V,
        entries: &'a [NodeId],
    ) -> Result<V::Value, Error> {
        let mut access = Entries {
            reader: self,
            entries,
            next: 0,
            key: None,
            depth: self.enter()?,
        };
        let value = visitor.visit_map(&mut access)?;
        let read = access.next / 2;
        if !entries[access.next..]
            .iter()
            .all(|&id| intact(self.tree, id))
        {
            return Err(self.broken());
        }
        if read != entries.len() / 2 {
            return Err(de::Error::invalid_length(
                entries.len() / 2,
                &Counted(read, "map containing", "entry", "entries"),
            ));
        }
        Ok(value)
    }

    /// The error for a node of the wrong type: serde's "invalid type: …, expected …".
    fn invalid_type(&self, exp: &dyn Expected) -> Error {
        invalid_type(self.node(), self.tree, exp)
    }
}

/// The error of the place where the text stops being YAML.
fn broken(tree: &Tree) -> Error {
    match &tree.syntax {
        Some(s) => Error::at(s.message.clone(), Some(s.offset)),
        None => Error::at("EOF while parsing a value", None),
    }
}

/// Whether the subtree at `id` holds no [`Kind::Broken`] node (aliases not followed).
fn intact(tree: &Tree, id: NodeId) -> bool {
    match tree.node(id).kind {
        Kind::Broken => false,
        Kind::Seq { .. } | Kind::Map { .. } => tree.kids(id).iter().all(|&k| intact(tree, k)),
        _ => true,
    }
}

fn invalid_type(node: &Node, tree: &Tree, exp: &dyn Expected) -> Error {
    enum Never {}
    struct InvalidType<'e>(&'e dyn Expected);
    impl Visitor<'_> for InvalidType<'_> {
        type Value = Never;
        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            self.0.fmt(f)
        }
    }
    match &node.kind {
        Kind::Scalar {
            value,
            plain,
            tagged,
        } => match visit_scalar(InvalidType(exp), value, *plain, *tagged) {
            Ok(never) => match never {},
            Err(e) => e,
        },
        Kind::Seq { .. } => de::Error::invalid_type(Unexpected::Seq, exp),
        Kind::Map { .. } => de::Error::invalid_type(Unexpected::Map, exp),
        Kind::Alias(_) => de::Error::invalid_type(Unexpected::Other("alias"), exp),
        Kind::Broken => broken(tree),
        Kind::Void => Error::at("EOF while parsing a value", None),
    }
}

/// "expected sequence of 2 elements", for a visitor that stopped before the end.
struct Counted(usize, &'static str, &'static str, &'static str);

impl Expected for Counted {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let Counted(n, what, one, many) = *self;
        write!(f, "{what} {n} {}", if n == 1 { one } else { many })
    }
}

/// The value of a scalar for a type that takes anything: a plain one by the YAML 1.2 core
/// schema (null, booleans, integers, floats), any other as text.
fn visit_scalar<'de, V: Visitor<'de>>(
    visitor: V,
    value: &str,
    plain: bool,
    tagged: bool,
) -> Result<V::Value, Error> {
    if !plain || tagged {
        return visitor.visit_str(value);
    }
    if value.is_empty() || is_null(value) {
        return visitor.visit_unit();
    }
    if let Some(b) = parse_bool(value) {
        return visitor.visit_bool(b);
    }
    if let Some(n) = parse_unsigned(value, u64::from_str_radix) {
        return visitor.visit_u64(n);
    }
    if let Some(n) = parse_negative(value, i64::from_str_radix) {
        return visitor.visit_i64(n);
    }
    if let Some(n) = parse_unsigned(value, u128::from_str_radix) {
        return visitor.visit_u128(n);
    }
    if let Some(n) = parse_negative(value, i128::from_str_radix) {
        return visitor.visit_i128(n);
    }
    if !leading_zero_digits(value)
        && let Some(f) = parse_f64(value)
    {
        return visitor.visit_f64(f);
    }
    visitor.visit_str(value)
}

fn is_null(s: &str) -> bool {
    matches!(s, "null" | "Null" | "NULL" | "~")
}

fn parse_bool(s: &str) -> Option<bool> {
    match s {
        "true" | "True" | "TRUE" => Some(true),
        "false" | "False" | "FALSE" => Some(false),
        _ => None,
    }
}

type Radix<T> = fn(&str, u32) -> Result<T, ParseIntError>;

/// An integer in hexadecimal (`0x`), octal (`0o`), binary (`0b`) or decimal, after an optional
/// `+`, for `negative` a `-`.
fn parse_radix<T>(s: &str, from: Radix<T>, negative: bool) -> Option<T> {
    let (sign, digits) = if negative {
        ("-", s.strip_prefix('-')?)
    } else {
        ("", s.strip_prefix('+').unwrap_or(s))
    };
    for (prefix, radix) in [("0x", 16), ("0o", 8), ("0b", 2)] {
        if let Some(rest) = digits.strip_prefix(prefix) {
            if rest.starts_with(['+', '-']) {
                return None;
            }
            if let Ok(n) = from(&format!("{sign}{rest}"), radix) {
                return Some(n);
            }
        }
    }
    if digits.starts_with(['+', '-']) || leading_zero_digits(s) {
        return None;
    }
    from(&format!("{sign}{digits}"), 10).ok()
}

fn parse_unsigned<T>(s: &str, from: Radix<T>) -> Option<T> {
    parse_radix(s, from, false)
}

fn parse_negative<T>(s: &str, from: Radix<T>) -> Option<T> {
    parse_radix(s, from, true)
}

/// A signed integer: negative, or as [`parse_unsigned`].
fn parse_signed<T>(s: &str, from: Radix<T>) -> Option<T> {
    if s.starts_with('-') {
        parse_negative(s, from)
    } else {
        parse_unsigned(s, from)
    }
}

fn parse_f64(s: &str) -> Option<f64> {
    let unsigned = match s.strip_prefix('+') {
        Some(u) if u.starts_with(['+', '-']) => return None,
        Some(u) => u,
        None => s,
    };
    match unsigned {
        ".inf" | ".Inf" | ".INF" => return Some(f64::INFINITY),
        "-.inf" | "-.Inf" | "-.INF" => return Some(f64::NEG_INFINITY),
        ".nan" | ".NaN" | ".NAN" if unsigned.len() == s.len() => return Some(f64::NAN),
        _ => {}
    }
    unsigned.parse::<f64>().ok().filter(|f| f.is_finite())
}

/// Digits after a leading zero (`007`): text in YAML 1.2, not a number.
fn leading_zero_digits(s: &str) -> bool {
    let s = s.strip_prefix(['-', '+']).unwrap_or(s);
    s.len() > 1 && s.starts_with('0') && s[1..].bytes().all(|b| b.is_ascii_digit())
}

/// Reads a number of the type's kind from a plain scalar, or says what was found instead.
macro_rules! number {
    ($name:ident, $parse:expr, $visit:ident) => {
        fn $name<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
            let node = self.node();
            match &node.kind {
                Kind::Alias(t) => self.jump(*t)?.$name(visitor),
                Kind::Scalar {
                    value, plain: true, ..
                } => match $parse(value.as_str()) {
                    Some(n) => visitor.$visit(n),
                    None => Err(self.invalid_type(&visitor)),
                },
                _ => Err(self.invalid_type(&visitor)),
            }
            .map_err(|e| e.place(node.mark, &self.path))
        }
    };
}

impl<'de> de::Deserializer<'de> for Reader<'_> {
    type Error = Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        let node = self.node();
        match &node.kind {
            Kind::Alias(t) => self.jump(*t)?.deserialize_any(visitor),
            Kind::Scalar {
                value,
                plain,
                tagged,
            } => visit_scalar(visitor, value, *plain, *tagged),
            Kind::Seq { .. } => self.visit_seq(visitor, self.tree.kids(self.node)),
            Kind::Map { .. } => self.visit_map(visitor, self.tree.kids(self.node)),
            Kind::Void => visitor.visit_none(),
            Kind::Broken => Err(self.broken()),
        }
        .map_err(|e| e.place(node.mark, &self.path))
    }

    fn deserialize_bool<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        let node = self.node();
        match &node.kind {
            Kind::Alias(t) => self.jump(*t)?.deserialize_bool(visitor),
            Kind::Scalar {
                value, plain: true, ..
            } => match parse_bool(value) {
                Some(b) => visitor.visit_bool(b),
                None => Err(self.invalid_type(&visitor)),
            },
            _ => Err(self.invalid_type(&visitor)),
        }
        .map_err(|e| e.place(node.mark, &self.path))
    }

    number!(
        deserialize_i64,
        |s| parse_signed(s, i64::from_str_radix),
        visit_i64
    );
    number!(
        deserialize_i128,
        |s| parse_signed(s, i128::from_str_radix),
        visit_i128
    );
    number!(
        deserialize_u64,
        |s| parse_unsigned(s, u64::from_str_radix),
        visit_u64
    );
    number!(
        deserialize_u128,
        |s| parse_unsigned(s, u128::from_str_radix),
        visit_u128
    );
    number!(deserialize_f64, parse_f64, visit_f64);

    fn deserialize_i8<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_i64(visitor)
    }
    fn deserialize_i16<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_i64(visitor)
    }
    fn deserialize_i32<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_i64(visitor)
    }
    fn deserialize_u8<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_u64(visitor)
    }
    fn deserialize_u16<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_u64(visitor)
    }
    fn deserialize_u32<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_u64(visitor)
    }
    fn deserialize_f32<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_f64(visitor)
    }

    /// Any scalar, whatever its style, is text.
    fn deserialize_str<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        let node = self.node();
        match &node.kind {
            Kind::Alias(t) => self.jump(*t)?.deserialize_str(visitor),
            Kind::Scalar { value, .. } => visitor.visit_str(value),
            _ => Err(self.invalid_type(&visitor)),
        }
        .map_err(|e| e.place(node.mark, &self.path))
    }

    fn deserialize_char<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_str(visitor)
    }
    fn deserialize_string<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_str(visitor)
    }
    fn deserialize_identifier<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_str(visitor)
    }

    fn deserialize_bytes<V: Visitor<'de>>(self, _: V) -> Result<V::Value, Error> {
        Err(Error::at(
            "serialization and deserialization of bytes in YAML is not implemented",
            None,
        ))
    }
    fn deserialize_byte_buf<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_bytes(visitor)
    }

    /// Null (`~`, `null`, nothing) is none; anything else, quoted `""` included, is some.
    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        let some = match &self.node().kind {
            Kind::Alias(t) => return self.jump(*t)?.deserialize_option(visitor),
            Kind::Scalar {
                value,
                plain,
                tagged,
            } => !plain || *tagged || !(value.is_empty() || is_null(value)),
            Kind::Seq { .. } | Kind::Map { .. } => true,
            Kind::Void => false,
            Kind::Broken => return Err(self.broken()),
        };
        if some {
            visitor.visit_some(self)
        } else {
            visitor.visit_none()
        }
    }

    fn deserialize_unit<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        let node = self.node();
        match &node.kind {
            Kind::Alias(t) => self.jump(*t)?.deserialize_unit(visitor),
            Kind::Scalar {
                value,
                plain: true,
                tagged: false,
            } if value.is_empty() || is_null(value) => visitor.visit_unit(),
            Kind::Scalar { value, .. } => {
                Err(de::Error::invalid_value(Unexpected::Str(value), &"null"))
            }
            Kind::Void => visitor.visit_unit(),
            _ => Err(self.invalid_type(&visitor)),
        }
        .map_err(|e| e.place(node.mark, &self.path))
    }

    fn deserialize_unit_struct<V: Visitor<'de>>(
        self,
        _: &'static str,
        visitor: V,
    ) -> Result<V::Value, Error> {
        self.deserialize_unit(visitor)
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _: &'static str,
        visitor: V,
    ) -> Result<V::Value, Error> {
        if let Kind::Broken = self.node().kind {
            return Err(self.broken());
        }
        let depth = self.enter()?;
        visitor.visit_newtype_struct(Reader { depth, ..self })
    }

    /// A list; an empty plain scalar (`key:` with nothing after it) is an empty one.
    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        let node = self.node();
        match &node.kind {
            Kind::Alias(t) => self.jump(*t)?.deserialize_seq(visitor),
            Kind::Seq { .. } => self.visit_seq(visitor, self.tree.kids(self.node)),
            Kind::Void => self.visit_seq(visitor, &[]),
            Kind::Scalar {
                value, plain: true, ..
            } if value.is_empty() => self.visit_seq(visitor, &[]),
            _ => Err(self.invalid_type(&visitor)),
        }
        .map_err(|e| e.place(node.mark, &self.path))
    }

    fn deserialize_tuple<V: Visitor<'de>>(self, _: usize, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_seq(visitor)
    }

    fn deserialize_tuple_struct<V: Visitor<'de>>(
        self,
        _: &'static str,
        _: usize,
        visitor: V,
    ) -> Result<V::Value, Error> {
        self.deserialize_seq(visitor)
    }

    /// A mapping; an empty plain scalar is an empty one.
    fn deserialize_map<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        let node = self.node();
        match &node.kind {
            Kind::Alias(t) => self.jump(*t)?.deserialize_map(visitor),
            Kind::Map { .. } => self.visit_map(visitor, self.tree.kids(self.node)),
            Kind::Void => self.visit_map(visitor, &[]),
            Kind::Scalar {
                value, plain: true, ..
            } if value.is_empty() => self.visit_map(visitor, &[]),
            _ => Err(self.invalid_type(&visitor)),
        }
        .map_err(|e| e.place(node.mark, &self.path))
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _: &'static str,
        _: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        self.deserialize_map(visitor)
    }

    /// A unit variant, written as its name; a mapping or list would need a YAML tag.
    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _: &'static str,
        _: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        let node = self.node();
        let path = self.path;
        match &node.kind {
            Kind::Alias(t) => self.jump(*t)?.deserialize_enum("", &[], visitor),
            Kind::Scalar { .. } => visitor.visit_enum(UnitVariant(self)),
            Kind::Map { .. } => Err(de::Error::invalid_type(
                Unexpected::Map,
                &"a YAML tag starting with '!'",
            )),
            Kind::Seq { .. } => Err(de::Error::invalid_type(
                Unexpected::Seq,
                &"a YAML tag starting with '!'",
            )),
            Kind::Void => Err(Error::at("EOF while parsing a value", None)),
            Kind::Broken => Err(self.broken()),
        }
        .map_err(|e| e.place(node.mark, &path))
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        if !intact(self.tree, self.node) {
            return Err(self.broken());
        }
        visitor.visit_unit()
    }
}

/// The items of a sequence, read in turn.
struct Items<'r, 'a> {
    reader: &'r Reader<'a>,
    items: &'a [NodeId],
    next: usize,
    depth: u8,
}

impl<'de> SeqAccess<'de> for Items<'_, '_> {
    type Error = Error;

    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, Error> {
        let Some(&item) = self.items.get(self.next) else {
            return Ok(None);
        };
        if let Kind::Broken = self.reader.tree.node(item).kind {
            return Err(self.reader.broken());
        }
        let path = Path::Seq {
            parent: &self.reader.path,
            index: self.next,
        };
        self.next += 1;
        seed.deserialize(self.reader.child(item, path, self.depth))
            .map(Some)
    }
}

/// The entries of a mapping, read in turn: a key is read at the mapping's path, its value at
/// the key's.
struct Entries<'r, 'a> {
    reader: &'r Reader<'a>,
    entries: &'a [NodeId],
    next: usize,
    /// The last key read, when it is a scalar.
    key: Option<&'a str>,
    depth: u8,
}

impl<'de> MapAccess<'de> for Entries<'_, '_> {
    type Error = Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, Error> {
        let Some(&key) = self.entries.get(self.next) else {
            return Ok(None);
        };
        let tree = self.reader.tree;
        self.key = match &tree.node(key).kind {
            Kind::Broken => return Err(self.reader.broken()),
            Kind::Scalar { value, .. } => Some(value.as_str()),
            _ => None,
        };
        self.next += 1;
        seed.deserialize(self.reader.child(key, self.reader.path, self.depth))
            .map(Some)
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, Error> {
        let Some(&value) = self.entries.get(self.next) else {
            return Err(self.reader.broken());
        };
        if let Kind::Broken = self.reader.tree.node(value).kind {
            return Err(self.reader.broken());
        }
        self.next += 1;
        let parent = &self.reader.path;
        let path = match self.key {
            Some(key) => Path::Map { parent, key },
            None => Path::Unknown { parent },
        };
        seed.deserialize(self.reader.child(value, path, self.depth))
    }
}

/// An enum written as the name of a unit variant.
struct UnitVariant<'a>(Reader<'a>);

impl<'de, 'a> EnumAccess<'de> for UnitVariant<'a> {
    type Error = Error;
    type Variant = Self;

    fn variant_seed<V: DeserializeSeed<'de>>(self, seed: V) -> Result<(V::Value, Self), Error> {
        let reader = self.0.child(self.0.node, self.0.path, self.0.depth);
        Ok((seed.deserialize(reader)?, self))
    }
}

impl<'de> VariantAccess<'de> for UnitVariant<'_> {
    type Error = Error;

    fn unit_variant(self) -> Result<(), Error> {
        Ok(())
    }

    fn newtype_variant_seed<T: DeserializeSeed<'de>>(self, _: T) -> Result<T::Value, Error> {
        Err(de::Error::invalid_type(
            Unexpected::UnitVariant,
            &"newtype variant",
        ))
    }

    fn tuple_variant<V: Visitor<'de>>(self, _: usize, _: V) -> Result<V::Value, Error> {
        Err(de::Error::invalid_type(
            Unexpected::UnitVariant,
            &"tuple variant",
        ))
    }

    fn struct_variant<V: Visitor<'de>>(
        self,
        _: &'static [&'static str],
        _: V,
    ) -> Result<V::Value, Error> {
        Err(de::Error::invalid_type(
            Unexpected::UnitVariant,
            &"struct variant",
        ))
    }
}

#[cfg(test)]
mod tests;
