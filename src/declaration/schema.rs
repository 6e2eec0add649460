//! The JSON Schema of the declaration format, generated from the serde model so that it cannot
//! drift from what the parser accepts; `notice schema` prints it for editors.

use schemars::Schema;
use schemars::generate::SchemaSettings;
use schemars::transform::transform_subschemas;
use serde_json::Value;

use super::model::Declaration;

/// The schema (draft 2020-12) of a declaration file.
pub fn schema() -> Value {
    schema_of::<Declaration>("notice declaration")
}

/// The schema (draft 2020-12) of `T`, titled `title`, tidied for readers: the declaration's
/// and that of `notice build --format json` are made the same way.
pub fn schema_of<T: schemars::JsonSchema>(title: &str) -> Value {
    let mut schema = SchemaSettings::draft2020_12()
        .into_generator()
        .into_root_schema_for::<T>();
    tidy(&mut schema);
    let Value::Object(mut rest) = schema.to_value() else {
        unreachable!("a struct's schema is an object")
    };
    // The identifying keys first, where a reader of the file looks for them.
    let mut root = serde_json::Map::new();
    for key in ["$schema", "title", "description"] {
        if let Some(v) = rest.remove(key) {
            root.insert(key.to_owned(), v);
        }
    }
    root.insert("title".to_owned(), title.into());
    root.extend(rest);
    Value::Object(root)
}

/// The schema as pretty JSON with a final newline: the same bytes on every run, since the
/// generator visits the model in declaration order and the maps keep insertion order.
pub fn to_json() -> String {
    pretty(&schema())
}

/// `schema` as pretty JSON with a final newline.
pub fn pretty(schema: &Value) -> String {
    let mut s = serde_json::to_string_pretty(schema).unwrap_or_else(|_| unreachable!());
    s.push('\n');
    s
}

/// Makes the generated schema read well in an editor's hover and completion.
fn tidy(schema: &mut Schema) {
    if let Some(obj) = schema.as_object_mut() {
        // Doc comments are wrapped at 100 columns; an editor wraps descriptions itself.
        if let Some(Value::String(d)) = obj.get_mut("description") {
            *d = unwrap_lines(d);
        }
        // A `#[serde(default)]` struct field gets its default serialised as a mapping of nulls,
        // which editors would insert on completion; an absent field means the same.
        if obj.get("default").is_some_and(Value::is_object) {
            obj.remove("default");
        }
    }
    transform_subschemas(&mut tidy, schema);
}

/// Joins the lines of each paragraph, keeping blank lines between paragraphs.
fn unwrap_lines(text: &str) -> String {
    text.split("\n\n")
        .map(|p| p.lines().map(str::trim).collect::<Vec<_>>().join(" "))
        .collect::<Vec<_>>()
        .join("\n\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_are_unwrapped() {
        assert_eq!(unwrap_lines("a\nb\n\nc"), "a b\n\nc");
    }
}
