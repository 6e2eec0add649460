//! A small JSON Schema validator for the keywords `notice schema` generates, so that the tests
//! can check declarations against it without a full validator and its dependencies.
//!
//! It panics on a keyword it does not know: a schema that starts using one must not be
//! half-checked here while the tests stay green.

use std::cell::RefCell;
use std::collections::HashMap;

use regex::Regex;
use serde_json::Value;

/// Keywords that only annotate (draft 2020-12 treats `format` as an annotation by default).
const ANNOTATIONS: [&str; 7] = [
    "$schema",
    "$defs",
    "title",
    "description",
    "default",
    "examples",
    "format",
];

pub struct Validator<'a> {
    root: &'a Value,
    regexes: RefCell<HashMap<String, Regex>>,
}

impl<'a> Validator<'a> {
    pub fn new(root: &'a Value) -> Validator<'a> {
        Validator {
            root,
            regexes: RefCell::new(HashMap::new()),
        }
    }

    /// Every violation of the root schema by `value`, as "path: what"; empty when it is valid.
    pub fn errors(&self, value: &Value) -> Vec<String> {
        let mut out = Vec::new();
        self.check(self.root, value, "", &mut out);
        out
    }

    /// The subschema a `$ref` such as `#/$defs/Text` points to.
    pub fn resolve(&self, reference: &str) -> &'a Value {
        let pointer = reference
            .strip_prefix('#')
            .unwrap_or_else(|| panic!("only local references are generated, not {reference}"));
        self.root
            .pointer(pointer)
            .unwrap_or_else(|| panic!("{reference} points nowhere"))
    }

    fn matches(&self, pattern: &str, s: &str) -> bool {
        let mut cache = self.regexes.borrow_mut();
        let re = cache.entry(pattern.to_owned()).or_insert_with(|| {
            Regex::new(pattern).unwrap_or_else(|e| panic!("bad pattern {pattern}: {e}"))
        });
        re.is_match(s)
    }

    fn check(&self, schema: &Value, value: &Value, path: &str, out: &mut Vec<String>) {
        let obj = match schema {
            Value::Bool(true) => return,
            Value::Bool(false) => return out.push(format!("{path}: nothing is allowed here")),
            Value::Object(o) => o,
            other => panic!("not a schema: {other}"),
        };
        for (key, arg) in obj {
            match key.as_str() {
                "$ref" => self.check(self.resolve(arg.as_str().unwrap()), value, path, out),
                "type" => {
                    let types: Vec<&str> = match arg {
                        Value::String(t) => vec![t.as_str()],
                        Value::Array(ts) => ts.iter().filter_map(Value::as_str).collect(),
                        _ => panic!("bad type {arg}"),
                    };
                    if !types.iter().any(|t| has_type(value, t)) {
                        out.push(format!("{path}: {} is not of type {arg}", short(value)));
                    }
                }
                "const" if value != arg => {
                    out.push(format!("{path}: {} is not {arg}", short(value)))
                }
                "enum" if !arg.as_array().unwrap().contains(value) => {
                    out.push(format!("{path}: {} is not one of {arg}", short(value)));
                }
                // The JSON output's counts are unsigned integers.
                "minimum" => {
                    if let Some(n) = value.as_f64()
                        && n < arg.as_f64().unwrap()
                    {
                        out.push(format!("{path}: {n} is less than {arg}"));
                    }
                }
                "pattern" => {
                    if let Value::String(s) = value
                        && !self.matches(arg.as_str().unwrap(), s)
                    {
                        out.push(format!("{path}: `{s}` does not match {arg}"));
                    }
                }
                "required" => {
                    if let Value::Object(m) = value {
                        for r in arg.as_array().unwrap().iter().filter_map(Value::as_str) {
                            if !m.contains_key(r) {
                                out.push(format!("{path}: `{r}` is required"));
                            }
                        }
                    }
                }
                "properties" | "patternProperties" => {} // with additionalProperties below
                "additionalProperties" => {}
                "items" => {
                    if let Value::Array(items) = value {
                        for (i, item) in items.iter().enumerate() {
                            self.check(arg, item, &format!("{path}[{i}]"), out);
                        }
                    }
                }
                "oneOf" | "anyOf" => {
                    let results: Vec<Vec<String>> = arg
                        .as_array()
                        .unwrap()
                        .iter()
                        .map(|s| {
                            let mut errors = Vec::new();
                            self.check(s, value, path, &mut errors);
                            errors
                        })
                        .collect();
                    let passing = results.iter().filter(|e| e.is_empty()).count();
                    if passing == 0 {
                        // The alternatives of the right shape say what is wrong; the others
                        // only that the value is not of their type.
                        let wrong_shape = format!("{path}: {} is not of type", short(value));
                        let (near, far): (Vec<_>, Vec<_>) = results
                            .into_iter()
                            .partition(|e| e.iter().any(|m| !m.starts_with(&wrong_shape)));
                        let told = if near.is_empty() { far } else { near };
                        out.push(format!(
                            "{path}: no alternative of {key} fits: {}",
                            told.iter()
                                .map(|e| e.join("; "))
                                .collect::<Vec<_>>()
                                .join(" | ")
                        ));
                    } else if key == "oneOf" && passing > 1 {
                        out.push(format!(
                            "{path}: {} matches {passing} alternatives of oneOf",
                            short(value)
                        ));
                    }
                }
                "allOf" => {
                    for s in arg.as_array().unwrap() {
                        self.check(s, value, path, out);
                    }
                }
                // A condition: `then` applies where `if` holds, `else` where it does not.
                "if" => {
                    let mut failed = Vec::new();
                    self.check(arg, value, path, &mut failed);
                    let branch = if failed.is_empty() { "then" } else { "else" };
                    if let Some(s) = obj.get(branch) {
                        self.check(s, value, path, out);
                    }
                }
                "then" | "else" => {}
                k if ANNOTATIONS.contains(&k) => {}
                "const" | "enum" => {}
                other => panic!("the test validator does not know the keyword `{other}`"),
            }
        }
        if let Value::Object(m) = value {
            self.check_members(obj, m, path, out);
        }
    }

    /// `properties`, `patternProperties` and `additionalProperties` together, as the spec has
    /// "additional" mean "matched by neither of the others".
    fn check_members(
        &self,
        schema: &serde_json::Map<String, Value>,
        members: &serde_json::Map<String, Value>,
        path: &str,
        out: &mut Vec<String>,
    ) {
        let empty = serde_json::Map::new();
        let props = schema.get("properties").and_then(Value::as_object);
        let patterns = schema.get("patternProperties").and_then(Value::as_object);
        for (k, v) in members {
            let at = format!("{path}.{k}");
            let mut matched = false;
            if let Some(s) = props.unwrap_or(&empty).get(k) {
                matched = true;
                self.check(s, v, &at, out);
            }
            for (p, s) in patterns.unwrap_or(&empty) {
                if self.matches(p, k) {
                    matched = true;
                    self.check(s, v, &at, out);
                }
            }
            if !matched && let Some(extra) = schema.get("additionalProperties") {
                if extra == &Value::Bool(false) {
                    out.push(format!("{path}: unknown field `{k}`"));
                } else {
                    self.check(extra, v, &at, out);
                }
            }
        }
    }
}

fn has_type(value: &Value, t: &str) -> bool {
    match t {
        "null" => value.is_null(),
        "boolean" => value.is_boolean(),
        "string" => value.is_string(),
        "object" => value.is_object(),
        "array" => value.is_array(),
        "number" => value.is_number(),
        "integer" => value.is_i64() || value.is_u64(),
        other => panic!("unknown type {other}"),
    }
}

/// A value as shown in a message: mappings and lists cut short.
fn short(value: &Value) -> String {
    let s = value.to_string();
    match s.char_indices().nth(60) {
        Some((i, _)) => format!("{}…", &s[..i]),
        None => s,
    }
}
