//! Visiting every free text (and every string) of a declaration with its path, without a
//! hand-written visitor per type.
//!
//! The declaration serialises to the same shape as its YAML (field names, shorthands), with
//! [`Text`] marked; following its serialisation gives each text the path the source map knows.

use serde::{Serialize, ser};
use serde_json::Value;

use super::model::Declaration;
use super::text::{TEXT_MARKER, Text};

/// Every free text in the declaration, in model order, with its path (`purposes[0].label`).
pub fn texts(decl: &Declaration) -> Vec<(String, Text)> {
    Leaves::of(decl).texts
}

/// Every string value in the declaration with its path: each language of a free text
/// (`purposes[0].label.fr`; a single-string text at its own path) and every plain field
/// (`recipients[1].notice_url`, `purposes[0].data[0]`).
pub fn strings(decl: &Declaration) -> Vec<(String, String)> {
    Leaves::of(decl).strings
}

/// The texts and strings of a declaration (as [`texts`] and [`strings`] give them), from
/// one walk: what lint keeps of each declaration for its rules.
#[derive(Debug, Default)]
pub struct Leaves {
    pub texts: Vec<(String, Text)>,
    pub strings: Vec<(String, String)>,
}

impl Leaves {
    pub fn of(decl: &Declaration) -> Leaves {
        let mut out = Leaves::default();
        walk(decl, &mut |path, leaf| match leaf {
            Leaf::Plain(s) => out.strings.push((path, s)),
            Leaf::Text(t) => {
                match &t {
                    Text::Same(s) => out.strings.push((path.clone(), s.clone())),
                    Text::PerLang(v) => out
                        .strings
                        .extend(v.iter().map(|(l, s)| (join(&path, l), s.clone()))),
                }
                out.texts.push((path, t));
            }
        });
        out
    }
}

/// A value the walk reports: a free text, or any other string.
enum Leaf {
    Text(Text),
    Plain(String),
}

/// Walks the declaration as it serialises, without building its tree: each string reaches
/// `on` with its path as `serde_json::to_value` would give it (field names, `[i]` for items,
/// the variant's name for a variant with data), each [`Text`] as one leaf.
fn walk(decl: &Declaration, on: &mut dyn FnMut(String, Leaf)) {
    let mut walker = Walker {
        path: String::new(),
        on,
    };
    let _ = decl.serialize(&mut walker);
}

/// What the walk reports to, and the path of the value being serialised.
struct Walker<'f> {
    path: String,
    on: &'f mut dyn FnMut(String, Leaf),
}

/// The walk never fails; serde asks for an error type all the same.
#[derive(Debug)]
struct Never;

impl std::fmt::Display for Never {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("not a leaf")
    }
}

impl std::error::Error for Never {}

impl ser::Error for Never {
    fn custom<T: std::fmt::Display>(_: T) -> Never {
        Never
    }
}

impl Walker<'_> {
    /// Serialises `value` at `path` + `step`, then returns to `path`.
    fn under<T: Serialize + ?Sized>(&mut self, step: Step, value: &T) -> Result<(), Never> {
        let len = self.path.len();
        match step {
            Step::Key(k) => self.push_key(k),
            Step::Item(i) => {
                use std::fmt::Write;
                let _ = write!(self.path, "[{i}]");
            }
        }
        let r = value.serialize(&mut *self);
        self.path.truncate(len);
        r
    }

    fn push_key(&mut self, key: &str) {
        if !self.path.is_empty() {
            self.path.push('.');
        }
        self.path.push_str(key);
    }

    /// Enters a list or mapping (under its variant's name, if it has one); returns the length
    /// of the path to truncate to when it ends.
    fn enter(&mut self, variant: Option<&str>) -> usize {
        let len = self.path.len();
        if let Some(v) = variant {
            self.push_key(v);
        }
        len
    }

    fn leaf(&mut self, s: &str) -> Result<(), Never> {
        (self.on)(self.path.clone(), Leaf::Plain(s.to_owned()));
        Ok(())
    }
}

enum Step<'k> {
    Key(&'k str),
    Item(usize),
}

/// Serializer methods for values that hold no string: nothing to report.
macro_rules! skip {
    ($($method:ident: $ty:ty),*) => {$(
        fn $method(self, _: $ty) -> Result<(), Never> {
            Ok(())
        }
    )*};
}

impl<'w, 'f> ser::Serializer for &'w mut Walker<'f> {
    type Ok = ();
    type Error = Never;
    type SerializeSeq = Items<'w, 'f>;
    type SerializeTuple = Items<'w, 'f>;
    type SerializeTupleStruct = Items<'w, 'f>;
    type SerializeTupleVariant = Items<'w, 'f>;
    type SerializeMap = Entries<'w, 'f>;
    type SerializeStruct = Entries<'w, 'f>;
    type SerializeStructVariant = Entries<'w, 'f>;

    fn serialize_str(self, v: &str) -> Result<(), Never> {
        self.leaf(v)
    }
    fn serialize_char(self, v: char) -> Result<(), Never> {
        self.leaf(v.encode_utf8(&mut [0; 4]))
    }
    fn serialize_unit_variant(self, _: &str, _: u32, variant: &str) -> Result<(), Never> {
        self.leaf(variant)
    }
    // Numbers and booleans hold no text.
    skip!(serialize_bool: bool, serialize_i64: i64, serialize_i128: i128, serialize_u64: u64, serialize_u128: u128, serialize_i8: i8, serialize_i16: i16, serialize_i32: i32, serialize_u8: u8, serialize_u16: u16, serialize_u32: u32, serialize_f32: f32, serialize_f64: f64);
    fn serialize_bytes(self, _: &[u8]) -> Result<(), Never> {
        Ok(())
    }
    fn serialize_none(self) -> Result<(), Never> {
        Ok(())
    }
    fn serialize_unit(self) -> Result<(), Never> {
        Ok(())
    }
    fn serialize_unit_struct(self, _: &str) -> Result<(), Never> {
        Ok(())
    }
    fn serialize_some<T: Serialize + ?Sized>(self, v: &T) -> Result<(), Never> {
        v.serialize(self)
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(self, _: &str, v: &T) -> Result<(), Never> {
        v.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &str,
        _: u32,
        variant: &str,
        v: &T,
    ) -> Result<(), Never> {
        self.under(Step::Key(variant), v)
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Items<'w, 'f>, Never> {
        Ok(Items::new(self, None))
    }
    fn serialize_tuple(self, _: usize) -> Result<Items<'w, 'f>, Never> {
        Ok(Items::new(self, None))
    }
    fn serialize_tuple_struct(self, _: &str, _: usize) -> Result<Items<'w, 'f>, Never> {
        Ok(Items::new(self, None))
    }
    fn serialize_tuple_variant(
        self,
        _: &str,
        _: u32,
        variant: &str,
        _: usize,
    ) -> Result<Items<'w, 'f>, Never> {
        Ok(Items::new(self, Some(variant)))
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Entries<'w, 'f>, Never> {
        Ok(Entries::new(self, None))
    }
    fn serialize_struct(self, _: &str, _: usize) -> Result<Entries<'w, 'f>, Never> {
        Ok(Entries::new(self, None))
    }
    fn serialize_struct_variant(
        self,
        _: &str,
        _: u32,
        variant: &str,
        _: usize,
    ) -> Result<Entries<'w, 'f>, Never> {
        Ok(Entries::new(self, Some(variant)))
    }
}

/// The items of a list (of a tuple variant's list, under its name).
struct Items<'w, 'f> {
    walker: &'w mut Walker<'f>,
    len: usize,
    next: usize,
}

impl<'w, 'f> Items<'w, 'f> {
    fn new(walker: &'w mut Walker<'f>, variant: Option<&str>) -> Items<'w, 'f> {
        let len = walker.enter(variant);
        Items {
            walker,
            len,
            next: 0,
        }
    }
    fn item<T: Serialize + ?Sized>(&mut self, v: &T) -> Result<(), Never> {
        self.next += 1;
        self.walker.under(Step::Item(self.next - 1), v)
    }
    fn finish(self) -> Result<(), Never> {
        self.walker.path.truncate(self.len);
        Ok(())
    }
}

/// The list traits serde asks for, each one forwarding to [`Items`].
macro_rules! items {
    ($($trait:ident :: $method:ident),*) => {$(
        impl ser::$trait for Items<'_, '_> {
            type Ok = ();
            type Error = Never;
            fn $method<T: Serialize + ?Sized>(&mut self, v: &T) -> Result<(), Never> {
                self.item(v)
            }
            fn end(self) -> Result<(), Never> {
                self.finish()
            }
        }
    )*};
}

items!(
    SerializeSeq::serialize_element,
    SerializeTuple::serialize_element,
    SerializeTupleStruct::serialize_field,
    SerializeTupleVariant::serialize_field
);

/// The entries of a mapping or structure (of a struct variant's, under its name). A mapping
/// whose one key is [`TEXT_MARKER`] is a [`Text`]: reported as one leaf.
struct Entries<'w, 'f> {
    walker: &'w mut Walker<'f>,
    len: usize,
    key: String,
}

impl<'w, 'f> Entries<'w, 'f> {
    fn new(walker: &'w mut Walker<'f>, variant: Option<&str>) -> Entries<'w, 'f> {
        let len = walker.enter(variant);
        Entries {
            walker,
            len,
            key: String::new(),
        }
    }
    fn entry<T: Serialize + ?Sized>(&mut self, key: &str, v: &T) -> Result<(), Never> {
        if key == TEXT_MARKER {
            if let Some(text) = text_of(v) {
                (self.walker.on)(self.walker.path.clone(), Leaf::Text(text));
            }
            return Ok(());
        }
        // The lint configuration is not shown to readers: the wording rules must not judge
        // the reasons written there.
        if self.walker.path.is_empty() && key == "lint" {
            return Ok(());
        }
        self.walker.under(Step::Key(key), v)
    }
    fn finish(self) -> Result<(), Never> {
        self.walker.path.truncate(self.len);
        Ok(())
    }
}

impl ser::SerializeMap for Entries<'_, '_> {
    type Ok = ();
    type Error = Never;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), Never> {
        // Keys as `serde_json` writes them: strings, numbers and booleans as text.
        self.key = match serde_json::to_value(key).map_err(|_| Never)? {
            Value::String(s) => s,
            Value::Number(n) => n.to_string(),
            Value::Bool(b) => b.to_string(),
            _ => return Err(Never),
        };
        Ok(())
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, v: &T) -> Result<(), Never> {
        let key = std::mem::take(&mut self.key);
        self.entry(&key, v)
    }
    fn end(self) -> Result<(), Never> {
        self.finish()
    }
}

/// The structure traits serde asks for, each one forwarding to [`Entries`].
macro_rules! entries {
    ($($trait:ident),*) => {$(
        impl ser::$trait for Entries<'_, '_> {
            type Ok = ();
            type Error = Never;
            fn serialize_field<T: Serialize + ?Sized>(
                &mut self,
                key: &'static str,
                v: &T,
            ) -> Result<(), Never> {
                self.entry(key, v)
            }
            fn end(self) -> Result<(), Never> {
                self.finish()
            }
        }
    )*};
}

entries!(SerializeStruct, SerializeStructVariant);

/// The [`Text`] whose value under [`TEXT_MARKER`] is `v`, read by walking it: one string (a
/// leaf at the empty path), or a string per language (leaves at the languages), in order.
fn text_of<T: Serialize + ?Sized>(v: &T) -> Option<Text> {
    let mut leaves: Vec<(String, String)> = Vec::new();
    let mut on = |path: String, leaf: Leaf| {
        if let Leaf::Plain(s) = leaf {
            leaves.push((path, s));
        }
    };
    let mut walker = Walker {
        path: String::new(),
        on: &mut on,
    };
    v.serialize(&mut walker).ok()?;
    Some(match leaves.pop() {
        Some((path, s)) if path.is_empty() && leaves.is_empty() => Text::Same(s),
        last => Text::PerLang(leaves.into_iter().chain(last).collect()),
    })
}

/// `path.key`, or `key` at the top.
pub fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        return key.to_owned();
    }
    // Not `format!`: a declaration has thousands of these paths, and the formatting machinery
    // cost several times the copy.
    let mut joined = String::with_capacity(path.len() + 1 + key.len());
    joined.push_str(path);
    joined.push('.');
    joined.push_str(key);
    joined
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_texts_with_their_paths() {
        let yaml = "notice: {id: a, languages: [fr, en], title: {fr: Titre, en: Title}}\n\
                    purposes:\n  - id: p\n    label: Same\n    retention: {duration: 1 year, after: {en: x}}\n";
        let d: Declaration = serde_yaml::from_str(yaml).unwrap();
        let paths: Vec<String> = texts(&d).into_iter().map(|(p, _)| p).collect();
        assert_eq!(
            paths,
            [
                "notice.title",
                "purposes[0].label",
                "purposes[0].retention.after"
            ]
        );
    }

    #[test]
    fn finds_strings_with_their_paths() {
        let yaml = "notice: {id: a, title: {fr: Titre, en: Title}}\n\
                    recipients:\n  - id: r\n    notice_url: https://r.example\n";
        let d: Declaration = serde_yaml::from_str(yaml).unwrap();
        let found = strings(&d);
        let has = |p: &str, s: &str| found.iter().any(|(fp, fs)| fp == p && fs == s);
        assert!(has("notice.id", "a"));
        assert!(has("notice.title.fr", "Titre"));
        assert!(has("recipients[0].notice_url", "https://r.example"));
    }

    /// The leaves as the walk gave them when it built the JSON tree first: what the walk
    /// over the serialisation must give, path for path, in the same order.
    fn from_tree(decl: &Declaration) -> Vec<(String, String)> {
        fn visit(v: &Value, path: String, out: &mut Vec<(String, String)>) {
            match v {
                Value::String(s) => out.push((path, s.clone())),
                Value::Object(m) => {
                    if let (1, Some(t)) = (m.len(), m.get(TEXT_MARKER)) {
                        return out.push((format!("text {path}"), t.to_string()));
                    }
                    for (k, child) in m {
                        visit(child, join(&path, k), out);
                    }
                }
                Value::Array(items) => {
                    for (i, child) in items.iter().enumerate() {
                        visit(child, format!("{path}[{i}]"), out);
                    }
                }
                _ => {}
            }
        }
        let mut tree = serde_json::to_value(decl).unwrap();
        if let Value::Object(sections) = &mut tree {
            sections.remove("lint");
        }
        let mut out = Vec::new();
        visit(&tree, String::new(), &mut out);
        out
    }

    #[test]
    fn the_walk_gives_the_leaves_of_the_json_tree() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut files = vec![root.join("notices/atelier-zenne.yaml")];
        for example in ["c-dot", "comnexio", "damnet"] {
            for name in ["notice.yaml", "as-published.yaml"] {
                files.push(root.join("examples").join(example).join(name));
            }
        }
        for file in files {
            let decl = crate::declaration::load(&file).unwrap().declaration;
            let mut walked = Vec::new();
            walk(&decl, &mut |path, leaf| {
                walked.push(match leaf {
                    Leaf::Plain(s) => (path, s),
                    Leaf::Text(Text::Same(s)) => {
                        (format!("text {path}"), Value::String(s).to_string())
                    }
                    Leaf::Text(Text::PerLang(v)) => {
                        let map: serde_json::Map<String, Value> =
                            v.into_iter().map(|(l, t)| (l, Value::String(t))).collect();
                        (format!("text {path}"), Value::Object(map).to_string())
                    }
                })
            });
            assert!(walked.len() > 20, "{}", file.display());
            assert_eq!(walked, from_tree(&decl), "{}", file.display());
        }
    }

    #[test]
    fn the_lint_configuration_is_not_notice_text() {
        let yaml = "notice: {id: a}\nlint:\n  allow:\n    - {rule: N801, reason: we may}\n";
        let d: Declaration = serde_yaml::from_str(yaml).unwrap();
        assert!(d.lint.is_some());
        assert!(strings(&d).iter().all(|(p, _)| !p.starts_with("lint")));
    }
}
