//! The front matter of a Markdown page: what a site generator reads to title the page, date
//! it, and link it to its translations. Every value comes from the declaration, so a build
//! writes the same bytes every run and `--check` compares what matters.

use super::Keys;
use crate::date::Date;
use crate::declaration::FrontMatterFormat;

/// The values of one page's front matter.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FrontMatter {
    pub title: String,
    pub description: Option<String>,
    pub lang: String,
    pub date: Option<Date>,
    pub version: Option<String>,
    pub translation_key: String,
    pub permalink: Option<String>,
    /// A draft (`build --draft`): marked unpublished where the generator has a key for it.
    pub draft: bool,
}

impl FrontMatter {
    /// The block, with the blank line that separates it from the Markdown; empty for
    /// [`FrontMatterFormat::None`]. Keys are named as the flavour's generator names them.
    pub fn write(&self, format: FrontMatterFormat, keys: &Keys) -> String {
        let (fence, assign) = match format {
            FrontMatterFormat::Yaml => ("---", ": "),
            FrontMatterFormat::Toml => ("+++", " = "),
            FrontMatterFormat::None => return String::new(),
        };
        let text = |s: &str| Some(quoted(s));
        let fields = [
            ("title", text(&self.title)),
            ("description", self.description.as_deref().and_then(text)),
            (keys.lang.unwrap_or(""), text(&self.lang)),
            // A date unquoted, so that YAML and TOML read a date, not a string.
            ("date", self.date.map(|d| d.to_string())),
            ("version", self.version.as_deref().and_then(text)),
            (keys.translation, text(&self.translation_key)),
            (keys.permalink, self.permalink.as_deref().and_then(text)),
            match keys.draft {
                Some((key, value)) if self.draft => (key, Some(value.to_owned())),
                _ => ("", None),
            },
        ];
        let mut out = format!("{fence}\n");
        for (key, value) in fields {
            if let (false, Some(value)) = (key.is_empty(), value) {
                out.push_str(&format!("{key}{assign}{value}\n"));
            }
        }
        out.push_str(fence);
        out.push_str("\n\n");
        out
    }
}

/// A string in double quotes, read alike by YAML (1.1 and 1.2) and TOML: a backslash and a
/// quote escaped, and every character that could end the line or that TOML refuses in a
/// string (controls, line and paragraph separators, the byte-order mark) as `\uXXXX`, which
/// both read.
fn quoted(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if c.is_control() || matches!(c, '\u{2028}' | '\u{2029}' | '\u{feff}') => {
                out.push_str(&format!("\\u{:04X}", u32::from(c)));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn matter() -> FrontMatter {
        FrontMatter {
            title: "Déclaration \"A\\B\"\n<script>".into(),
            description: Some("Ce que nous faisons\u{2028}de vos données".into()),
            lang: "fr".into(),
            date: Some(Date::new(2026, 3, 1).unwrap()),
            version: Some("2.0".into()),
            translation_key: "acme".into(),
            permalink: Some("/fr/privacy/".into()),
            draft: false,
        }
    }

    const KEYS: Keys = Keys {
        lang: Some("lang"),
        translation: "translation_key",
        permalink: "permalink",
        draft: Some(("published", "false")),
    };

    #[test]
    fn yaml_reads_back_as_the_values() {
        let yaml = matter().write(FrontMatterFormat::Yaml, &KEYS);
        let body = yaml
            .strip_prefix("---\n")
            .and_then(|y| y.strip_suffix("---\n\n"))
            .unwrap();
        let v: serde_yaml::Value = serde_yaml::from_str(body).unwrap();
        assert_eq!(v["title"].as_str(), Some("Déclaration \"A\\B\"\n<script>"));
        assert_eq!(
            v["description"].as_str(),
            Some("Ce que nous faisons\u{2028}de vos données")
        );
        assert_eq!(v["lang"].as_str(), Some("fr"));
        assert_eq!(v["version"].as_str(), Some("2.0"));
        assert_eq!(v["permalink"].as_str(), Some("/fr/privacy/"));
        // Unquoted: a YAML date (serde_yaml keeps it as its text).
        assert!(yaml.contains("\ndate: 2026-03-01\n"), "{yaml}");
        assert!(!yaml.contains("published"), "{yaml}");
        let draft = FrontMatter {
            draft: true,
            ..matter()
        };
        assert!(
            draft
                .write(FrontMatterFormat::Yaml, &KEYS)
                .ends_with("\npublished: false\n---\n\n")
        );
    }

    #[test]
    fn toml_has_hugos_keys_and_no_absent_field() {
        let hugo = Keys {
            lang: None,
            translation: "translationKey",
            permalink: "url",
            draft: Some(("draft", "true")),
        };
        let m = FrontMatter {
            description: None,
            version: None,
            permalink: None,
            ..matter()
        };
        assert_eq!(
            m.write(FrontMatterFormat::Toml, &hugo),
            "+++\ntitle = \"Déclaration \\\"A\\\\B\\\"\\u000A<script>\"\ndate = 2026-03-01\ntranslationKey = \"acme\"\n+++\n\n"
        );
        assert_eq!(m.write(FrontMatterFormat::None, &hugo), "");
    }
}
