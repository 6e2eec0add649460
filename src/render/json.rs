//! `notice build --format json`: the notice resolved for one language
//! ([`Resolved`](super::view::resolved::Resolved)) as JSON, and the JSON Schema of that output,
//! which `notice schema json` prints and the book publishes (`docs/reference/notice-json.schema.json`).

use serde_json::Value;

use super::view::resolved::{Resolved, VERSION};
use crate::declaration::schema::{pretty, schema_of};

/// The JSON document: pretty-printed, in the order of the declaration, with a final newline,
/// so that it is the same bytes from run to run and reads well in a diff.
pub fn document(resolved: &Resolved) -> String {
    let mut s = serde_json::to_string_pretty(resolved).unwrap_or_else(|_| unreachable!());
    s.push('\n');
    s
}

/// The JSON Schema (draft 2020-12) of the output of `--format json`, generated from the types
/// it is serialised from, so that it cannot drift from what is written.
pub fn schema() -> Value {
    let mut schema = schema_of::<Resolved>(&format!("notice JSON output, version {VERSION}"));
    // A consumer reading another version must notice: the schema admits this one only.
    if let Some(version) = schema.pointer_mut("/properties/version") {
        *version = serde_json::json!({
            "description": "The version of this format: a consumer checks it before reading the rest.",
            "type": "integer",
            "const": VERSION
        });
    }
    require_every_field(&mut schema);
    schema
}

/// Every field is written, `null` when it has no value (nothing is skipped when serialising),
/// so the schema requires each: a consumer can tell a missing field from an empty one.
fn require_every_field(schema: &mut Value) {
    match schema {
        Value::Object(m) => {
            if let Some(Value::Object(props)) = m.get("properties") {
                let keys: Vec<Value> = props.keys().cloned().map(Value::String).collect();
                m.insert("required".to_owned(), Value::Array(keys));
            }
            m.values_mut().for_each(require_every_field);
        }
        Value::Array(a) => a.iter_mut().for_each(require_every_field),
        _ => {}
    }
}

/// [`schema`] as pretty JSON with a final newline.
pub fn schema_json() -> String {
    pretty(&schema())
}
