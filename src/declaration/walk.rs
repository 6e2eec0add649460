//! Visiting every free text (and every string) of a declaration with its path, without a
//! hand-written visitor per type.
//!
//! The declaration serialises to the same shape as its YAML (field names, shorthands), with
//! [`Text`] marked; walking that tree gives each text the path the source map knows.

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

fn walk(decl: &Declaration, on: &mut dyn FnMut(String, Leaf)) {
    if let Ok(mut tree) = serde_json::to_value(decl) {
        // The lint configuration is not shown to readers: the wording rules must not judge
        // the reasons written there.
        if let Value::Object(sections) = &mut tree {
            sections.remove("lint");
        }
        visit(&tree, String::new(), on);
    }
}

fn visit(v: &Value, path: String, on: &mut dyn FnMut(String, Leaf)) {
    match v {
        Value::String(s) => on(path, Leaf::Plain(s.clone())),
        Value::Object(m) => {
            // A text's marker is not part of the path the source map knows.
            if let (1, Some(t)) = (m.len(), m.get(TEXT_MARKER)) {
                let text = match t {
                    Value::String(s) => Text::Same(s.clone()),
                    Value::Object(per) => Text::PerLang(
                        per.iter()
                            .map(|(l, s)| (l.clone(), s.as_str().unwrap_or_default().to_owned()))
                            .collect(),
                    ),
                    _ => return,
                };
                return on(path, Leaf::Text(text));
            }
            for (k, child) in m {
                visit(child, join(&path, k), on);
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                visit(child, format!("{path}[{i}]"), on);
            }
        }
        _ => {}
    }
}

fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_owned()
    } else {
        format!("{path}.{key}")
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

    #[test]
    fn the_lint_configuration_is_not_notice_text() {
        let yaml = "notice: {id: a}\nlint:\n  allow:\n    - {rule: N801, reason: we may}\n";
        let d: Declaration = serde_yaml::from_str(yaml).unwrap();
        assert!(d.lint.is_some());
        assert!(strings(&d).iter().all(|(p, _)| !p.starts_with("lint")));
    }
}
