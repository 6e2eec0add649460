//! Visiting every free text of a declaration with its path, without a hand-written visitor per type.
//!
//! The declaration serialises to the same shape as its YAML (field names, shorthands), with
//! [`Text`] marked; walking that tree gives each text the path the source map knows.

use serde_json::Value;

use super::model::Declaration;
use super::text::{TEXT_MARKER, Text};

/// Every free text in the declaration, in model order, with its path (`purposes[0].label`).
pub fn texts(decl: &Declaration) -> Vec<(String, Text)> {
    let mut out = Vec::new();
    if let Ok(tree) = serde_json::to_value(decl) {
        visit(&tree, String::new(), &mut out);
    }
    out
}

fn visit(v: &Value, path: String, out: &mut Vec<(String, Text)>) {
    match v {
        Value::Object(m) => {
            if m.len() == 1
                && let Some(t) = m.get(TEXT_MARKER)
            {
                let text = match t {
                    Value::String(s) => Text::Same(s.clone()),
                    Value::Object(per) => Text::PerLang(
                        per.iter()
                            .map(|(l, s)| (l.clone(), s.as_str().unwrap_or_default().to_owned()))
                            .collect(),
                    ),
                    _ => return,
                };
                out.push((path, text));
                return;
            }
            for (k, child) in m {
                let p = if path.is_empty() {
                    k.clone()
                } else {
                    format!("{path}.{k}")
                };
                visit(child, p, out);
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
}
