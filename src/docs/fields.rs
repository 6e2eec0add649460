//! `reference/fields.md`: the declaration's fields, written from the JSON Schema that
//! `notice schema` prints (itself derived from the parser's types and their doc comments).
//!
//! Fields come in the order of a declaration, each under a heading whose anchor is its path
//! (`#purposes-legal_basis`), with its description, type, whether it is required, its default
//! and its allowed values. A structure used at one place only is documented there, as nested
//! fields; one used at several places (a contact, a retention, free text) is documented once
//! under "Types", and each field links to it.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::{Map, Value};

use crate::declaration::schema::schema;

/// The page, and the anchors of its fields and types (for links from other pages).
pub struct FieldsPage {
    pub text: String,
    pub anchors: BTreeSet<String>,
}

/// The shape of a value, as a reader needs it.
enum Ty<'a> {
    /// `string`, `boolean`, `integer`…
    Scalar(&'a str),
    /// A shared structure, documented under "Types".
    Link(&'a str),
    /// One fixed value, such as `none`.
    Const(&'a str),
    /// One of fixed values, each with its description if it has one.
    Enum(Vec<(&'a str, Option<&'a str>)>),
    List(Box<Ty<'a>>),
    /// A structure documented in place, as nested fields.
    Object(&'a Map<String, Value>),
    /// A mapping whose keys are given by a list or a pattern, to values of one shape.
    Map(Keys<'a>, Box<Ty<'a>>),
    /// Alternative forms (a shorthand and the full form), each with its description.
    Either(Vec<(Ty<'a>, Option<&'a str>)>),
}

enum Keys<'a> {
    Named(Vec<&'a str>),
    Pattern(&'a str),
}

struct Writer<'a> {
    defs: &'a Map<String, Value>,
    /// Structures referred to from more than one place: documented once, under "Types".
    shared: BTreeSet<&'a str>,
    out: String,
    anchors: BTreeSet<String>,
}

/// The declaration's fields.
pub fn page() -> FieldsPage {
    page_of(&schema(), "Declaration fields", INTRODUCTION)
}

/// The fields of the output of `notice build --format json`, from its schema.
pub fn json_page() -> FieldsPage {
    page_of(
        &crate::render::json::schema(),
        "The JSON output",
        JSON_INTRODUCTION,
    )
}

/// The page of every field `root` (a JSON Schema) describes, under `title`, after
/// `introduction`.
fn page_of(root: &Value, title: &str, introduction: &str) -> FieldsPage {
    let empty = Map::new();
    let defs = root
        .get("$defs")
        .and_then(Value::as_object)
        .unwrap_or(&empty);
    let mut uses = BTreeMap::new();
    count_refs(root, &mut uses);
    let shared = defs
        .keys()
        .map(String::as_str)
        .filter(|name| uses.get(name).is_some_and(|&n| n > 1))
        .collect();
    let mut w = Writer {
        defs,
        shared,
        out: String::new(),
        anchors: BTreeSet::new(),
    };
    w.out.push_str(super::MARKER);
    w.out.push_str(&format!("\n\n# {title}\n\n"));
    w.out.push_str(introduction);
    if let Some(structure) = root.as_object() {
        w.fields(structure, (&[], &[]), 2);
    }
    w.out
        .push_str("## Types\n\nStructures and values used by several fields.\n\n");
    let names: Vec<&str> = defs
        .keys()
        .map(String::as_str)
        .filter(|n| w.shared.contains(n))
        .collect();
    for name in names {
        w.shared_type(name);
    }
    FieldsPage {
        text: w.out.trim_end().to_owned() + "\n",
        anchors: w.anchors,
    }
}

const INTRODUCTION: &str = "Every field a declaration file can hold, in the order of a \
declaration. This page is generated from the JSON Schema that `notice schema` prints, which is \
derived from the types `notice` reads declarations into: it names exactly the fields `notice` \
accepts, and each description is what an editor shows on hover.\n\n\
Every field is optional unless it says **Required: yes**: a draft with gaps still loads, and \
[`notice lint`](../rules/index.md) lists what the law needs and is missing. A field given as \
`a[].b` is the field `b` of each entry of the list `a`.\n\n";

const JSON_INTRODUCTION: &str = "What `notice build --format json` writes for each language \
(`<out>/<notice-id>/<lang>.json`): the notice resolved in that language, with every fact of \
the declaration, the rights derived from the legal bases, the supervisory authority and the \
transfer mechanisms from the reference data. Texts are in the document's language, as the \
notice words them; ids are the declaration's. This page is generated from the JSON Schema of \
the output, [`notice-json.schema.json`](notice-json.schema.json), which `notice schema json` \
prints.\n\n\
Every field is always present, `null` when it has no value. `version` is 1: fields may be \
added within a version, and a field removed, renamed or changed in meaning makes a new one. \
Fields named `text` give the notice's sentence, beside the structured values it is made of. \
[Machine-readable notices](../machine-readable.md) says how the format is kept stable, and how \
the HTML page describes the same notice in JSON-LD.\n\n";

/// How many times each definition is referred to.
fn count_refs<'a>(v: &'a Value, uses: &mut BTreeMap<&'a str, usize>) {
    match v {
        Value::Object(m) => {
            if let Some(name) = m.get("$ref").and_then(Value::as_str).and_then(def_name) {
                *uses.entry(name).or_default() += 1;
            }
            m.values().for_each(|x| count_refs(x, uses));
        }
        Value::Array(a) => a.iter().for_each(|x| count_refs(x, uses)),
        _ => {}
    }
}

fn def_name(reference: &str) -> Option<&str> {
    reference.strip_prefix("#/$defs/")
}

fn description(schema: &Value) -> Option<&str> {
    schema.get("description").and_then(Value::as_str)
}

/// Whether `schema` admits `null`: `{"type": ["string", "null"]}`, or an alternative of type
/// `null`.
fn nullable(schema: &Value) -> bool {
    let null = |t: &Value| t.as_str() == Some("null");
    match schema.get("type") {
        Some(Value::Array(ts)) if ts.iter().any(null) => return true,
        _ => {}
    }
    ["oneOf", "anyOf"].iter().any(|key| {
        schema
            .get(key)
            .and_then(Value::as_array)
            .is_some_and(|bs| bs.iter().any(|b| b.get("type").is_some_and(null)))
    })
}

/// The anchor of a type's section.
fn type_anchor(name: &str) -> String {
    name.to_ascii_lowercase()
}

impl<'a> Writer<'a> {
    /// The shape of `schema`.
    fn ty(&self, schema: &'a Value) -> Ty<'a> {
        let Some(m) = schema.as_object() else {
            return Ty::Scalar("any value");
        };
        if let Some(name) = m.get("$ref").and_then(Value::as_str).and_then(def_name) {
            return match self.defs.get(name) {
                _ if self.shared.contains(name) => Ty::Link(name),
                Some(def) => self.ty(def),
                None => Ty::Scalar(name),
            };
        }
        for key in ["oneOf", "anyOf"] {
            let Some(branches) = m.get(key).and_then(Value::as_array) else {
                continue;
            };
            // `null` only makes a field optional, which every field already is.
            let branches: Vec<&Value> = branches
                .iter()
                .filter(|b| b.get("type").and_then(Value::as_str) != Some("null"))
                .collect();
            if let [one] = branches[..] {
                return self.ty(one);
            }
            let consts: Option<Vec<_>> = branches
                .iter()
                .map(|b| Some((b.get("const")?.as_str()?, description(b))))
                .collect();
            if let Some(values) = consts {
                return Ty::Enum(values);
            }
            return Ty::Either(
                branches
                    .into_iter()
                    .map(|b| (self.ty(b), self.describe(b)))
                    .collect(),
            );
        }
        if let Some(values) = m.get("enum").and_then(Value::as_array) {
            return Ty::Enum(
                values
                    .iter()
                    .filter_map(|v| Some((v.as_str()?, None)))
                    .collect(),
            );
        }
        if let Some(value) = m.get("const").and_then(Value::as_str) {
            return Ty::Const(value);
        }
        let kind = match m.get("type") {
            Some(Value::String(t)) => t.as_str(),
            // `["string", "null"]`: an optional string.
            Some(Value::Array(ts)) => ts
                .iter()
                .filter_map(Value::as_str)
                .find(|t| *t != "null")
                .unwrap_or("null"),
            _ => "any value",
        };
        match kind {
            "array" => Ty::List(Box::new(
                m.get("items")
                    .map_or(Ty::Scalar("any value"), |i| self.ty(i)),
            )),
            "object" => self.object(m),
            other => Ty::Scalar(other),
        }
    }

    fn object(&self, m: &'a Map<String, Value>) -> Ty<'a> {
        if let Some((pattern, value)) = m
            .get("patternProperties")
            .and_then(Value::as_object)
            .and_then(|p| p.iter().next())
        {
            return Ty::Map(Keys::Pattern(pattern), Box::new(self.ty(value)));
        }
        let props = m.get("properties").and_then(Value::as_object);
        match props {
            // Fixed keys that all take the same undocumented value (`rights.notes`) read better
            // as a mapping than as a list of empty fields.
            Some(p)
                if p.values().all(|v| description(v).is_none())
                    && p.values().all(|v| Some(v) == p.values().next()) =>
            {
                let value = p
                    .values()
                    .next()
                    .map_or(Ty::Scalar("any value"), |v| self.ty(v));
                Ty::Map(
                    Keys::Named(p.keys().map(String::as_str).collect()),
                    Box::new(value),
                )
            }
            Some(_) => Ty::Object(m),
            None => Ty::Scalar("mapping"),
        }
    }

    /// The description of a form of an alternative: its own, or its definition's.
    fn describe(&self, schema: &'a Value) -> Option<&'a str> {
        description(schema).or_else(|| {
            let name = schema
                .get("$ref")
                .and_then(Value::as_str)
                .and_then(def_name)?;
            description(self.defs.get(name)?)
        })
    }

    /// The shape in words, for the "Type" line; structures documented below are announced.
    fn phrase(&self, ty: &Ty) -> String {
        match ty {
            Ty::Scalar("boolean") => "`true` or `false`".to_owned(),
            Ty::Scalar(s) => (*s).to_owned(),
            Ty::Link(name) => format!("[{name}](#{})", type_anchor(name)),
            Ty::Const(v) => format!("`{v}`"),
            Ty::Enum(values) if values.iter().all(|(_, d)| d.is_none()) => {
                let names: Vec<String> = values.iter().map(|(v, _)| format!("`{v}`")).collect();
                format!("one of {}", names.join(", "))
            }
            Ty::Enum(_) => "one of the values below".to_owned(),
            Ty::List(item) => match item.as_ref() {
                Ty::Scalar(s) => format!("a list of {s}s"),
                Ty::Object(_) => "a list of mappings with the fields below".to_owned(),
                other => format!("a list of {}", self.phrase(other)),
            },
            Ty::Object(_) => "a mapping with the fields below".to_owned(),
            Ty::Map(keys, value) => {
                let keys = match keys {
                    Keys::Named(k) => {
                        let k: Vec<String> = k.iter().map(|k| format!("`{k}`")).collect();
                        format!("any of {}", k.join(", "))
                    }
                    Keys::Pattern(p) => format!("keys matching `{p}`"),
                };
                format!("a mapping from {keys} to {}", self.phrase(value))
            }
            Ty::Either(_) => "one of the forms below".to_owned(),
        }
    }

    /// The lines that follow the "Type" line: values with their meaning, or the forms.
    fn details(&self, ty: &Ty) -> String {
        match ty {
            Ty::Enum(values) if values.iter().any(|(_, d)| d.is_some()) => values
                .iter()
                .map(|(v, d)| match d {
                    Some(d) => format!("  - `{v}`: {}\n", prose(d)),
                    None => format!("  - `{v}`\n"),
                })
                .collect(),
            Ty::List(item) => self.details(item),
            Ty::Either(forms) => forms
                .iter()
                .map(|(form, d)| {
                    let mut line = format!("  - {}", self.phrase(form));
                    if let Some(d) = d {
                        line.push_str(": ");
                        line.push_str(&prose(d));
                    }
                    line.push('\n');
                    // Values of a form, one level further in.
                    for sub in self.details(form).lines() {
                        line.push_str(&format!("  {sub}\n"));
                    }
                    line
                })
                .collect(),
            _ => String::new(),
        }
    }

    /// The structure documented in place below a field, if any.
    fn nested(&self, ty: &Ty<'a>) -> Option<&'a Map<String, Value>> {
        match ty {
            Ty::Object(m) => Some(*m),
            Ty::List(item) => self.nested(item),
            Ty::Either(forms) => forms.iter().find_map(|(f, _)| self.nested(f)),
            _ => None,
        }
    }

    /// Documents the fields of one structure, in order. `at` is where it sits, as anchor and as
    /// shown: `(["purposes"], ["purposes[]"])` for the fields of each purpose.
    fn fields(
        &mut self,
        structure: &'a Map<String, Value>,
        at: (&[String], &[String]),
        level: usize,
    ) {
        let Some(props) = structure.get("properties").and_then(Value::as_object) else {
            return;
        };
        let required = required(structure);
        for (name, schema) in props {
            let ty = self.ty(schema);
            let (mut anchor, mut shown) = (at.0.to_vec(), at.1.to_vec());
            anchor.push(name.clone());
            shown.push(name.clone());
            self.heading(level, &format!("`{}`", shown.join(".")), &anchor.join("-"));
            if let Some(d) = description(schema) {
                self.out.push_str(&prose(d));
                self.out.push_str("\n\n");
            }
            let is_required = required.contains(&name.as_str());
            // A field that is always there may still hold `null` (the JSON output's): say so,
            // since "required" alone would promise a value.
            let or_null = if is_required && nullable(schema) {
                ", or `null`"
            } else {
                ""
            };
            self.out
                .push_str(&format!("- **Type:** {}{or_null}\n", self.phrase(&ty)));
            self.out.push_str(&self.details(&ty));
            self.out.push_str(&format!(
                "- **Required:** {}\n",
                if is_required { "yes" } else { "no" }
            ));
            if let Some(d) = schema.get("default").filter(|d| shown_default(d)) {
                self.out.push_str(&format!("- **Default:** `{d}`\n"));
            }
            self.out.push('\n');
            if let Some(m) = self.nested(&ty) {
                if let (Ty::List(_), Some(last)) = (&ty, shown.last_mut()) {
                    last.push_str("[]");
                }
                self.fields(m, (&anchor, &shown), (level + 1).min(6));
            }
        }
    }

    /// Documents one shared structure under "Types".
    fn shared_type(&mut self, name: &'a str) {
        let Some(def) = self.defs.get(name) else {
            return;
        };
        self.heading(3, name, &type_anchor(name));
        if let Some(d) = description(def) {
            self.out.push_str(&prose(d));
            self.out.push_str("\n\n");
        }
        // The definition itself, not a link to it.
        self.shared.remove(name);
        let ty = self.ty(def);
        self.out
            .push_str(&format!("- **Type:** {}\n", self.phrase(&ty)));
        self.out.push_str(&self.details(&ty));
        if let Some(examples) = def.get("examples").and_then(Value::as_array) {
            let e: Vec<String> = examples
                .iter()
                .filter_map(Value::as_str)
                .map(|e| format!("`{e}`"))
                .collect();
            self.out
                .push_str(&format!("- **Examples:** {}\n", e.join(", ")));
        }
        self.out.push('\n');
        if let Some(m) = self.nested(&ty) {
            // Under the type's heading its fields need not repeat its name; their anchors do,
            // to stay apart from the declaration's fields.
            self.fields(m, (&[type_anchor(name)], &[]), 4);
        }
        self.shared.insert(name);
    }

    fn heading(&mut self, level: usize, text: &str, anchor: &str) {
        let inserted = self.anchors.insert(anchor.to_owned());
        // Two headings with one anchor would make links to the second land on the first.
        assert!(
            inserted,
            "two headings of fields.md have the anchor #{anchor}"
        );
        self.out
            .push_str(&format!("{} {text} {{#{anchor}}}\n\n", "#".repeat(level)));
    }
}

fn required(m: &Map<String, Value>) -> Vec<&str> {
    m.get("required")
        .and_then(Value::as_array)
        .map(|r| r.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default()
}

fn prose(text: &str) -> String {
    super::markdown(text, super::code)
}

/// Whether a default says more than "absent": `false` does, `[]` does not.
fn shown_default(d: &Value) -> bool {
    match d {
        Value::Null => false,
        Value::Array(a) => !a.is_empty(),
        Value::Object(o) => !o.is_empty(),
        Value::String(s) => !s.is_empty(),
        _ => true,
    }
}
