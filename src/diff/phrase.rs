//! A change said in a reader's language: one locale message per topic (`diff-<topic>`), given
//! what happened (`op`), what it is about (`subject`), the values before and after (`old`,
//! `new`, phrased as the notice phrases them) and where (`where`, the declaration path).

use anyhow::Result;
use serde_json::Value;

use super::classify::Render;
use super::tree::{is_text, unmark};
use super::{Change, Comparison};
use crate::declaration::{self as d, Declaration, Text};
use crate::i18n::{Arg, Locales};
use crate::reference::Reference;
use crate::render::view::Builder;

/// Says the changes of one comparison in one language.
pub struct Phraser<'a> {
    locales: &'a Locales,
    reference: &'a Reference,
    lang: &'a str,
    old: Option<&'a Declaration>,
    new: Option<&'a Declaration>,
    /// The trees of both versions, where ids are looked up.
    trees: [Value; 2],
}

/// Which version a value belongs to.
#[derive(Clone, Copy)]
enum Side {
    Old,
    New,
}

impl<'a> Phraser<'a> {
    pub fn new(
        locales: &'a Locales,
        reference: &'a Reference,
        lang: &'a str,
        cmp: &'a Comparison,
    ) -> Phraser<'a> {
        let (old, new) = cmp.declarations();
        Phraser::with(locales, reference, lang, old, new)
    }

    fn with(
        locales: &'a Locales,
        reference: &'a Reference,
        lang: &'a str,
        old: Option<&'a Declaration>,
        new: Option<&'a Declaration>,
    ) -> Phraser<'a> {
        let tree = |d: Option<&Declaration>| d.map_or(Value::Null, super::tree::tree);
        Phraser {
            locales,
            reference,
            lang,
            old,
            new,
            trees: [tree(old), tree(new)],
        }
    }

    /// For the changes between two declarations known directly (the history of a build).
    pub fn between(
        locales: &'a Locales,
        reference: &'a Reference,
        lang: &'a str,
        old: &'a Declaration,
        new: &'a Declaration,
    ) -> Phraser<'a> {
        Phraser::with(locales, reference, lang, Some(old), Some(new))
    }

    pub fn msg(&self, id: &str, args: &[(&str, Arg)]) -> Result<String> {
        self.locales.msg(self.lang, id, args)
    }

    /// The change as one sentence.
    pub fn sentence(&self, c: &Change) -> Result<String> {
        let subject = match &c.subject {
            Some(s) => self.plain(s, self.new.or(self.old))?,
            None => String::new(),
        };
        let old = self.value(c.render, c.old.as_ref(), Side::Old)?;
        let new = self.value(c.render, c.new.as_ref(), Side::New)?;
        self.msg(
            &format!("diff-{}", c.topic),
            &[
                ("op", c.kind.into()),
                ("subject", subject.into()),
                ("old", old.into()),
                ("new", new.into()),
                ("where", c.path.clone().into()),
            ],
        )
    }

    fn builder(&self, decl: &'a Declaration) -> Builder<'a> {
        Builder {
            decl,
            lang: self.lang,
            locales: self.locales,
            reference: self.reference,
        }
    }

    /// A text in this language (with the notice's fallbacks), or a value as written.
    fn plain(&self, v: &Value, decl: Option<&'a Declaration>) -> Result<String> {
        Ok(match v {
            Value::Object(m) if is_text(m) => {
                match (serde_json::from_value::<Text>(unmark(v)), decl) {
                    (Ok(t), Some(decl)) => self.builder(decl).text(&t),
                    (Ok(t), None) => t
                        .variants()
                        .first()
                        .map(|(_, s)| (*s).to_owned())
                        .unwrap_or_default(),
                    (Err(_), _) => String::new(),
                }
            }
            Value::String(s) => s.clone(),
            Value::Number(n) => n.to_string(),
            Value::Array(items) => {
                let items = items
                    .iter()
                    .map(|i| self.plain(i, decl))
                    .collect::<Result<Vec<_>>>()?;
                self.locales.list(self.lang, &items)?
            }
            _ => String::new(),
        })
    }

    /// A value as the notice phrases it, in the version it belongs to.
    fn value(&self, render: Render, v: Option<&Value>, side: Side) -> Result<String> {
        let (decl, tree) = match side {
            Side::Old => (self.old, &self.trees[0]),
            Side::New => (self.new, &self.trees[1]),
        };
        let Some(v) = v else {
            return match render {
                Render::Person => self.msg("diff-not-stated", &[]),
                _ => Ok(String::new()),
            };
        };
        // A transfer entry (`{country: US, mechanism: dpf}`) is named by its mechanism.
        let word = v
            .as_str()
            .or_else(|| v.get("mechanism").and_then(Value::as_str))
            .unwrap_or_default();
        let entry_label = |section: &str| -> Result<String> {
            let label = tree
                .get(section)
                .and_then(Value::as_array)
                .and_then(|entries| {
                    entries
                        .iter()
                        .find(|e| e.get("id").and_then(Value::as_str) == Some(word))
                })
                .map(|e| super::tree::label_of(e, word));
            match label {
                Some(l) => self.plain(&l, decl),
                None => Ok(word.to_owned()),
            }
        };
        let named = |prefix: &str| self.msg(&format!("{prefix}-{word}"), &[]);
        Ok(match render {
            Render::Plain => self.plain(v, decl)?,
            Render::Category => entry_label("data_categories")?,
            Render::Recipient => entry_label("recipients")?,
            Render::Purpose => entry_label("purposes")?,
            // A group may be named by its kind alone: the notice's name for it.
            Render::Subject => match decl {
                Some(decl) => self.builder(decl).subject_label(word)?,
                None => word.to_owned(),
            },
            Render::Country => self.country(word),
            Render::Basis => named("basis")?,
            Render::Condition => named("condition")?,
            Render::Special => named("special")?,
            Render::Mechanism => self.mechanism(word),
            Render::Right => {
                let id = if word == "object_marketing" {
                    "object"
                } else {
                    word
                };
                self.msg(&format!("right-{id}-name"), &[])?
            }
            Render::Authority => self.authority(v),
            Render::Person => match v {
                Value::String(s) if s == "none" => self.msg("diff-none", &[])?,
                // A name is one string or per language, as every free text.
                other => match other.get("name") {
                    Some(name) => Some(self.plain(name, decl)?),
                    None => None,
                }
                .filter(|n| !n.trim().is_empty())
                .map_or_else(|| self.msg("diff-unnamed", &[]), Ok)?,
            },
            Render::RecipientEntry => {
                // `country` and `transfer` are one value or a list of them.
                let each = |x: Option<&'_ Value>| -> Vec<Value> {
                    match x {
                        Some(Value::Array(items)) => items.clone(),
                        Some(one) => vec![one.clone()],
                        None => Vec::new(),
                    }
                };
                let mut parts: Vec<String> = each(v.get("country"))
                    .iter()
                    .filter_map(Value::as_str)
                    .map(|c| self.country(c))
                    .collect();
                parts.extend(
                    each(v.get("transfer"))
                        .iter()
                        .filter_map(|t| t.get("mechanism").and_then(Value::as_str))
                        .map(|m| self.mechanism(m)),
                );
                if parts.is_empty() {
                    String::new()
                } else {
                    format!(" ({})", parts.join(", "))
                }
            }
            Render::Retention => self.retention(v, side)?,
            Render::Duration => match word.parse::<d::Duration>() {
                Ok(dur) => self.locales.duration(self.lang, dur)?,
                Err(_) => word.to_owned(),
            },
        })
    }

    fn country(&self, code: &str) -> String {
        self.reference
            .destination(code)
            .ok()
            .and_then(|d| d.name(self.lang).ok())
            .map_or_else(|| code.to_owned(), str::to_owned)
    }

    fn mechanism(&self, id: &str) -> String {
        self.reference
            .mechanism(id)
            .ok()
            .and_then(|m| m.name(self.lang).ok())
            .map_or_else(|| id.to_owned(), str::to_owned)
    }

    fn authority(&self, v: &Value) -> String {
        let r: Option<d::AuthorityRef> = serde_json::from_value(v.clone()).ok();
        r.and_then(|r| {
            let name = r
                .resolve(self.reference)
                .ok()?
                .info()
                .name(self.lang)
                .to_owned();
            Some(name)
        })
        .unwrap_or_else(|| v.as_str().unwrap_or_default().to_owned())
    }

    /// A retention rule as the notice says it ("2 years after the end of the contract"), a
    /// category's own prefixed with the category ("Contact details: 1 year").
    fn retention(&self, v: &Value, side: Side) -> Result<String> {
        let Some(decl) = (match side {
            Side::Old => self.old,
            Side::New => self.new,
        }) else {
            return Ok(String::new());
        };
        let b = self.builder(decl);
        let plain = unmark(v);
        if let Ok(c) = serde_json::from_value::<d::CategoryRetention>(plain.clone()) {
            let phrase = b.retention_phrase(
                c.span(),
                c.after.as_ref(),
                c.criteria.as_ref(),
                c.exception.as_ref(),
            )?;
            let category = self.value(Render::Category, Some(&Value::String(c.data)), side)?;
            return self.msg(
                "retention-category",
                &[
                    ("category", category.into()),
                    ("retention", phrase.unwrap_or_default().into()),
                ],
            );
        }
        match serde_json::from_value::<d::Retention>(plain) {
            Ok(r) => Ok(b
                .retention_phrase(
                    r.span(),
                    r.after.as_ref(),
                    r.criteria.as_ref(),
                    r.exception.as_ref(),
                )?
                .unwrap_or_default()),
            Err(_) => Ok(String::new()),
        }
    }
}
