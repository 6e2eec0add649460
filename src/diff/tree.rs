//! The declaration as a tree to compare, and the one walk that compares two of them.
//!
//! The tree is the declaration serialised to the shape of its YAML (so it follows the model
//! as it grows), without the lint configuration, with what a reader is told but the YAML does
//! not state (the rights of each purpose, from `src/rights.rs`) added under `$`-keys, and with
//! absent, empty and `false` values pruned so that `x: []` and no `x` compare equal. The walk
//! knows nothing of the model: list entries are matched by a key (`id` unless
//! [`super::classify`] names another), by value for lists of words, and by content otherwise.

use std::collections::{BTreeMap, HashSet};
use std::fmt;

use serde_json::{Map, Value};

use crate::declaration::Declaration;
use crate::declaration::text::TEXT_MARKER;
use crate::rights::purpose_rights;

/// One step of a path: a field, or an entry of a list named by its key, its value (a list of
/// words) or its index (a list without keys).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Step {
    Field(String),
    Entry(String),
}

/// Writes a path as lint and `lint.allow` do: `purposes[orders].retention`.
pub fn show(path: &[Step]) -> String {
    let mut s = String::new();
    for step in path {
        match step {
            Step::Field(f) if s.is_empty() => s.push_str(f),
            Step::Field(f) => {
                s.push('.');
                s.push_str(f);
            }
            Step::Entry(k) => {
                s.push('[');
                s.push_str(k);
                s.push(']');
            }
        }
    }
    s
}

/// What happened at a path.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Op {
    Added,
    Removed,
    Changed,
    /// The same entries in another order.
    Reordered,
}

/// One difference the walk found, before it is classified.
#[derive(Clone, Debug)]
pub struct Raw {
    pub path: Vec<Step>,
    pub op: Op,
    pub old: Option<Value>,
    pub new: Option<Value>,
    /// The label (or name, or key) of the outermost list entry the path goes through, in the
    /// new version (the old one for what was removed): what the change is about.
    pub subject: Option<Value>,
}

/// The questions the walk asks of the classification table.
pub trait Shape {
    /// Whether the node at `path` is compared as a whole rather than field by field: the
    /// fields it lists are left out of the whole and compared on their own.
    fn unit(&self, path: &[Step]) -> Option<&'static [&'static str]>;
    /// The field that names the entries of the list at `path`.
    fn key(&self, path: &[Step]) -> &'static str;
    /// Whether the field at `path` is a list even when written as one word (`legal_basis`).
    fn is_list(&self, path: &[Step]) -> bool;
}

/// The key of facts derived from the declaration rather than written in it.
pub const RIGHTS: &str = "$rights";

/// Sections of a declaration that are not part of the notice: never compared.
pub const NOT_NOTICE: &[&str] = &["lint"];

/// What `decl` says, as written: without what is not part of the notice, and pruned. What
/// `notice build --archive` fingerprints.
pub fn content(decl: &Declaration) -> Value {
    let mut v = serde_json::to_value(decl).unwrap_or(Value::Null);
    if let Value::Object(sections) = &mut v {
        for s in NOT_NOTICE {
            sections.remove(*s);
        }
    }
    prune(&mut v);
    v
}

/// The tree of `decl`, ready to compare: its content, and what follows from it.
pub fn tree(decl: &Declaration) -> Value {
    let mut v = content(decl);
    if let Some(Value::Array(purposes)) = v.get_mut("purposes") {
        for (p, node) in decl.purposes.iter().zip(purposes.iter_mut()) {
            if let Value::Object(fields) = node {
                let rights = purpose_rights(decl, p).into_iter().map(|r| r.key().into());
                fields.insert(RIGHTS.to_owned(), Value::Array(rights.collect()));
            }
        }
    }
    v
}

/// Removes nulls, `false`, and lists and mappings left empty: a field's absence and its
/// default mean the same. Returns whether `v` itself is now empty.
fn prune(v: &mut Value) -> bool {
    match v {
        Value::Null | Value::Bool(false) => true,
        Value::Array(items) => {
            items.retain_mut(|i| !prune(i));
            items.is_empty()
        }
        Value::Object(fields) => {
            fields.retain(|_, f| !prune(f));
            fields.is_empty()
        }
        _ => false,
    }
}

/// Whether `m` is a free text (see [`crate::declaration::text::TEXT_MARKER`]).
pub fn is_text(m: &Map<String, Value>) -> bool {
    m.len() == 1 && m.contains_key(TEXT_MARKER)
}

/// `v` as the declaration writes it: free texts without their marker.
pub fn unmark(v: &Value) -> Value {
    match v {
        Value::Object(m) if is_text(m) => unmark(&m[TEXT_MARKER]),
        Value::Object(m) => Value::Object(m.iter().map(|(k, v)| (k.clone(), unmark(v))).collect()),
        Value::Array(items) => Value::Array(items.iter().map(unmark).collect()),
        other => other.clone(),
    }
}

/// Every difference between two trees, in the order of the declaration.
pub fn compare(old: &Value, new: &Value, shape: &dyn Shape) -> Vec<Raw> {
    let mut walk = Walk {
        shape,
        subject: None,
        out: Vec::new(),
    };
    walk.node(&mut Vec::new(), Some(old), Some(new));
    walk.out
}

struct Walk<'s> {
    shape: &'s dyn Shape,
    subject: Option<Value>,
    out: Vec<Raw>,
}

impl Walk<'_> {
    fn node(&mut self, path: &mut Vec<Step>, old: Option<&Value>, new: Option<&Value>) {
        if old == new {
            return;
        }
        if let Some(apart) = self.shape.unit(path) {
            let (a, b) = (without(old, apart), without(new, apart));
            if a != b {
                self.leaf(path, a.as_ref(), b.as_ref());
            }
            for f in apart {
                path.push(Step::Field((*f).to_owned()));
                self.node(path, old.and_then(|v| v.get(f)), new.and_then(|v| v.get(f)));
                path.pop();
            }
            return;
        }
        if self.shape.is_list(path) {
            let (a, b) = (as_list(old), as_list(new));
            return self.list(path, &a, &b);
        }
        match (old, new) {
            (Some(Value::Array(a)), Some(Value::Array(b))) => self.list(path, a, b),
            // A field written as one word or as a list of them (`legal_basis`).
            (Some(Value::Array(a)), Some(s)) if is_word(s) => {
                self.list(path, a, std::slice::from_ref(s));
            }
            (Some(s), Some(Value::Array(b))) if is_word(s) => {
                self.list(path, std::slice::from_ref(s), b);
            }
            (Some(Value::Array(a)), None) => self.list(path, a, &[]),
            (None, Some(Value::Array(b))) => self.list(path, &[], b),
            (a, b) if fields(a).is_some() && fields(b).is_some() => {
                self.fields(path, fields(a), fields(b))
            }
            // A mapping on one side only: its fields were added or removed one by one, each
            // classified on its own (a transfer's mechanism matters, its link does not).
            (Some(a), None) if fields(Some(a)).is_some() => self.fields(path, fields(old), None),
            (None, Some(b)) if fields(Some(b)).is_some() => self.fields(path, None, fields(new)),
            _ => self.leaf(path, old, new),
        }
    }

    fn fields(
        &mut self,
        path: &mut Vec<Step>,
        a: Option<&Map<String, Value>>,
        b: Option<&Map<String, Value>>,
    ) {
        let mut keys: Vec<&String> = a.into_iter().flat_map(|m| m.keys()).collect();
        keys.extend(
            b.into_iter()
                .flat_map(|m| m.keys())
                .filter(|k| a.is_none_or(|m| !m.contains_key(*k))),
        );
        for k in keys {
            path.push(Step::Field(k.clone()));
            self.node(path, a.and_then(|m| m.get(k)), b.and_then(|m| m.get(k)));
            path.pop();
        }
    }

    fn list(&mut self, path: &mut Vec<Step>, a: &[Value], b: &[Value]) {
        let key = self.shape.key(path);
        let (old_keys, new_keys) = if a.iter().chain(b).all(is_word) {
            (words(a), words(b))
        } else {
            (keys(a, key), keys(b, key))
        };
        match (old_keys, new_keys) {
            (Some(ka), Some(kb)) => self.keyed(path, a, b, &ka, &kb),
            _ => self.unkeyed(path, a, b),
        }
    }

    /// Entries matched by key: each is added, removed, or compared with its namesake.
    fn keyed(
        &mut self,
        path: &mut Vec<Step>,
        a: &[Value],
        b: &[Value],
        ka: &[String],
        kb: &[String],
    ) {
        let old: BTreeMap<&str, &Value> = ka.iter().map(String::as_str).zip(a).collect();
        let new: BTreeMap<&str, &Value> = kb.iter().map(String::as_str).zip(b).collect();
        for (k, v) in ka.iter().zip(a) {
            if !new.contains_key(k.as_str()) {
                self.entry(path, k, Some(v), None);
            }
        }
        for (k, v) in kb.iter().zip(b) {
            self.entry(path, k, old.get(k.as_str()).copied(), Some(v));
        }
        let common = |ks: &[String], other: &BTreeMap<&str, &Value>| -> Vec<String> {
            ks.iter()
                .filter(|k| other.contains_key(k.as_str()))
                .cloned()
                .collect()
        };
        if common(ka, &new) != common(kb, &old) {
            self.reordered(path, a, b);
        }
    }

    /// Entries without keys: equal ones are matched first, the rest in order, the excess is
    /// added or removed. Each entry is named by its index in its own list.
    fn unkeyed(&mut self, path: &mut Vec<Step>, a: &[Value], b: &[Value]) {
        let mut matched_new = vec![false; b.len()];
        let mut leftover_old = Vec::new();
        let mut order = Vec::new();
        for (i, v) in a.iter().enumerate() {
            match (0..b.len()).find(|&j| !matched_new[j] && b[j] == *v) {
                Some(j) => {
                    matched_new[j] = true;
                    order.push(j);
                }
                None => leftover_old.push(i),
            }
        }
        let leftover_new: Vec<usize> = (0..b.len()).filter(|&j| !matched_new[j]).collect();
        for (n, &i) in leftover_old.iter().enumerate() {
            match leftover_new.get(n) {
                Some(&j) => self.entry(path, &j.to_string(), Some(&a[i]), Some(&b[j])),
                None => self.entry(path, &i.to_string(), Some(&a[i]), None),
            }
        }
        for &j in leftover_new.iter().skip(leftover_old.len()) {
            self.entry(path, &j.to_string(), None, Some(&b[j]));
        }
        if order.windows(2).any(|w| w[0] > w[1]) {
            self.reordered(path, a, b);
        }
    }

    /// An entry of a list: added and removed entries are one change each; an entry on both
    /// sides is compared field by field.
    fn entry(&mut self, path: &mut Vec<Step>, k: &str, old: Option<&Value>, new: Option<&Value>) {
        path.push(Step::Entry(k.to_owned()));
        let outer = self.subject.is_none();
        if outer {
            self.subject = new.or(old).map(|v| label_of(v, k));
        }
        match (old, new) {
            (Some(_), Some(_)) => self.node(path, old, new),
            _ => self.leaf(path, old, new),
        }
        if outer {
            self.subject = None;
        }
        path.pop();
    }

    fn reordered(&mut self, path: &[Step], a: &[Value], b: &[Value]) {
        self.out.push(Raw {
            path: path.to_vec(),
            op: Op::Reordered,
            old: Some(Value::Array(a.to_vec())),
            new: Some(Value::Array(b.to_vec())),
            subject: self.subject.clone(),
        });
    }

    fn leaf(&mut self, path: &[Step], old: Option<&Value>, new: Option<&Value>) {
        let op = match (old, new) {
            (None, None) => return,
            (None, Some(_)) => Op::Added,
            (Some(_), None) => Op::Removed,
            (Some(_), Some(_)) => Op::Changed,
        };
        self.out.push(Raw {
            path: path.to_vec(),
            op,
            old: old.cloned(),
            new: new.cloned(),
            subject: self.subject.clone(),
        });
    }
}

/// A list field's entries, whether written as a list, as one word, or not at all.
fn as_list(v: Option<&Value>) -> Vec<Value> {
    match v {
        Some(Value::Array(items)) => items.clone(),
        Some(other) => vec![other.clone()],
        None => Vec::new(),
    }
}

/// `v` without the fields `apart`; nothing when nothing else is left.
fn without(v: Option<&Value>, apart: &[&str]) -> Option<Value> {
    let mut v = v?.clone();
    if let Value::Object(m) = &mut v {
        m.retain(|k, _| !apart.contains(&k.as_str()));
        if m.is_empty() {
            return None;
        }
    }
    Some(v)
}

/// The fields of a mapping that is not a free text.
fn fields(v: Option<&Value>) -> Option<&Map<String, Value>> {
    match v {
        Some(Value::Object(m)) if !is_text(m) => Some(m),
        _ => None,
    }
}

/// A string, number or boolean: an entry of a list of words is named by its value.
fn is_word(v: &Value) -> bool {
    matches!(v, Value::String(_) | Value::Number(_) | Value::Bool(_))
}

fn word(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// The values of a list of words, if none is repeated.
fn words(items: &[Value]) -> Option<Vec<String>> {
    unique(items.iter().map(word).collect())
}

/// The keys of a list of mappings, if every entry has one and none is repeated.
fn keys(items: &[Value], key: &str) -> Option<Vec<String>> {
    let ks: Option<Vec<String>> = items
        .iter()
        .map(|i| i.get(key).filter(|k| is_word(k)).map(word))
        .collect();
    unique(ks?)
}

fn unique(ks: Vec<String>) -> Option<Vec<String>> {
    let mut seen = HashSet::new();
    ks.iter().all(|k| seen.insert(k.as_str())).then_some(ks)
}

/// What names an entry to a reader: its label, name, category, description… or its key.
pub fn label_of(entry: &Value, key: &str) -> Value {
    ["label", "name", "category", "term", "description"]
        .iter()
        .find_map(|f| entry.get(*f).filter(|v| *v != "").cloned())
        .or_else(|| is_word(entry).then(|| entry.clone()))
        .unwrap_or_else(|| Value::String(key.to_owned()))
}

impl fmt::Display for Op {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Op::Added => "added",
            Op::Removed => "removed",
            Op::Changed => "changed",
            Op::Reordered => "reordered",
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A shape with no units and `id` keys, as the walk sees a model it knows nothing of.
    struct Plain;
    impl Shape for Plain {
        fn unit(&self, _: &[Step]) -> Option<&'static [&'static str]> {
            None
        }
        fn key(&self, _: &[Step]) -> &'static str {
            "id"
        }
        fn is_list(&self, _: &[Step]) -> bool {
            false
        }
    }

    fn diff(old: Value, new: Value) -> Vec<(String, Op)> {
        let (mut old, mut new) = (old, new);
        prune(&mut old);
        prune(&mut new);
        compare(&old, &new, &Plain)
            .into_iter()
            .map(|r| (show(&r.path), r.op))
            .collect()
    }

    #[test]
    fn entries_are_matched_by_id_whatever_their_order() {
        let old = serde_json::json!({"p": [{"id": "a", "x": 1}, {"id": "b", "x": 2}]});
        let new = serde_json::json!({"p": [{"id": "b", "x": 3}, {"id": "c"}, {"id": "a", "x": 1}]});
        assert_eq!(
            diff(old, new),
            [
                ("p[b].x".to_owned(), Op::Changed),
                ("p[c]".to_owned(), Op::Added),
                ("p".to_owned(), Op::Reordered)
            ]
        );
    }

    #[test]
    fn words_are_matched_by_value_and_one_word_is_a_list_of_one() {
        let old = serde_json::json!({"basis": "contract", "data": ["a", "b"]});
        let new = serde_json::json!({"basis": ["contract", "consent"], "data": ["b"]});
        assert_eq!(
            diff(old, new),
            [
                ("basis[consent]".to_owned(), Op::Added),
                ("data[a]".to_owned(), Op::Removed)
            ]
        );
    }

    #[test]
    fn entries_without_keys_are_matched_by_content_then_in_order() {
        let old = serde_json::json!({"s": ["x", {"k": 1}, {"k": 2}]});
        let new = serde_json::json!({"s": [{"k": 2}, {"k": 5}, "x", {"k": 9}]});
        assert_eq!(
            diff(old, new),
            [
                ("s[1].k".to_owned(), Op::Changed),
                ("s[3]".to_owned(), Op::Added),
                ("s".to_owned(), Op::Reordered)
            ]
        );
    }

    #[test]
    fn absent_empty_and_false_are_the_same() {
        let old = serde_json::json!({"a": [], "b": false, "c": {"d": null}});
        let new = serde_json::json!({});
        assert_eq!(diff(old, new), []);
    }

    #[test]
    fn a_mapping_on_one_side_is_compared_field_by_field() {
        let old = serde_json::json!({"t": null});
        let new = serde_json::json!({"t": {"m": "scc", "c": "https://x"}});
        assert_eq!(
            diff(old, new),
            [("t.m".to_owned(), Op::Added), ("t.c".to_owned(), Op::Added)]
        );
    }

    #[test]
    fn a_text_is_compared_as_a_whole() {
        let old = serde_json::json!({"l": {"$text": {"fr": "a", "en": "b"}}});
        let new = serde_json::json!({"l": {"$text": {"fr": "a", "en": "c"}}});
        assert_eq!(diff(old, new), [("l".to_owned(), Op::Changed)]);
    }
}
