//! The templates: built-in ones embedded in the binary, overridden file by file from `--templates`.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use minijinja::value::{Kwargs, Value};
use minijinja::{AutoEscape, Environment, Error, ErrorKind, State, UndefinedBehavior};

use super::escape::{escape_html, escape_markdown, markdown_link, tel_target};
use crate::declaration::limits::{MAX_ASSET_BYTES, MAX_TEMPLATE_BYTES, TEMPLATE_FUEL};
use crate::diagnostic::{Diagnostic, SourceFile};
use crate::digest::Parts;
use crate::files::{self, Folder, Refusal, shown};
use crate::i18n::{Arg, Locales};

/// Built-in templates and assets, by file name.
pub const BUILTIN: &[(&str, &str)] = &[
    ("notice.md.j2", include_str!("../../templates/notice.md.j2")),
    ("page.html.j2", include_str!("../../templates/page.html.j2")),
    (
        "fragment.html.j2",
        include_str!("../../templates/fragment.html.j2"),
    ),
    (
        "notice-nav.html.j2",
        include_str!("../../templates/notice-nav.html.j2"),
    ),
    ("notice.css", include_str!("../../templates/notice.css")),
    ("notice.typ", include_str!("../../templates/notice.typ")),
];

/// Font files in a templates folder are handed to the PDF engine as user fonts.
const FONT_EXTENSIONS: [&str; 3] = ["ttf", "otf", "ttc"];

/// Template sources for a run, with where each came from (for error messages).
#[derive(Clone, Debug)]
pub struct TemplateSet {
    sources: BTreeMap<String, (PathBuf, String)>,
    /// Other files of the user's template folder (images, fonts), for the PDF page template:
    /// read only when a PDF is made, so that a build without one never reads them.
    assets: BTreeMap<String, PathBuf>,
    folder: Option<Folder>,
}

/// The user's fonts, and the other files the PDF page template may load, by name.
pub type PdfAssets = (Vec<Vec<u8>>, BTreeMap<String, Vec<u8>>);

/// The help of every error about a file of the templates folder.
const TEMPLATES_HELP: &str = "--templates takes a folder of files named like the built-in ones (notice.md.j2, page.html.j2…), fonts and images";

impl TemplateSet {
    pub fn load(user_dir: Option<&Path>) -> Result<TemplateSet, Diagnostic> {
        let mut sources: BTreeMap<String, (PathBuf, String)> = BUILTIN
            .iter()
            .map(|(name, src)| {
                (
                    (*name).to_owned(),
                    (Path::new("templates").join(name), (*src).to_owned()),
                )
            })
            .collect();
        let mut assets = BTreeMap::new();
        let mut folder = None;
        if let Some(dir) = user_dir {
            let cannot = |p: &Path, e: std::io::Error| {
                Diagnostic::error("load", format!("cannot read template `{}`: {e}", shown(p)))
                    .with_help(TEMPLATES_HELP)
            };
            let user = Folder::open(dir).map_err(|e| cannot(dir, e))?;
            let mut entries: Vec<_> = std::fs::read_dir(dir)
                .map_err(|e| cannot(dir, e))?
                .flatten()
                .collect();
            entries.sort_by_key(|e| e.file_name());
            for entry in entries {
                let path = entry.path();
                let Some(name) = entry.file_name().to_str().map(str::to_owned) else {
                    continue;
                };
                if name.starts_with('.') || path.is_dir() {
                    continue;
                }
                // Links may not lead out of the folder, and a pipe or device named like a
                // template is refused rather than skipped: the user meant it to be read.
                let refused = |r: Refusal, what: &str, max: u64| {
                    files::refused(&path, &r, what, max, TEMPLATES_HELP)
                };
                user.inside(&path)
                    .and_then(|()| files::regular(&path))
                    .map_err(|r| refused(r, "a template", MAX_TEMPLATE_BYTES))?;
                if sources.contains_key(&name) || name.ends_with(".j2") || name.ends_with(".typ") {
                    let text = user
                        .read(&path, MAX_TEMPLATE_BYTES)
                        .and_then(files::text)
                        .map_err(|r| refused(r, "a template", MAX_TEMPLATE_BYTES))?;
                    sources.insert(name, (path, text));
                } else {
                    assets.insert(name, path);
                }
            }
            folder = Some(user);
        }
        Ok(TemplateSet {
            sources,
            assets,
            folder,
        })
    }

    /// User fonts and other assets (a logo…) for the PDF page template, read now.
    pub fn pdf_assets(&self) -> Result<PdfAssets, Diagnostic> {
        let is_font = |name: &str| {
            name.rsplit_once('.')
                .is_some_and(|(_, ext)| FONT_EXTENSIONS.iter().any(|f| f.eq_ignore_ascii_case(ext)))
        };
        let (mut fonts, mut others) = (Vec::new(), BTreeMap::new());
        let Some(folder) = &self.folder else {
            return Ok((fonts, others));
        };
        let what = "a file of the templates folder";
        for (name, path) in &self.assets {
            let bytes = folder
                .read(path, MAX_ASSET_BYTES)
                .map_err(|r| files::refused(path, &r, what, MAX_ASSET_BYTES, TEMPLATES_HELP))?;
            if is_font(name) {
                fonts.push(bytes);
            } else {
                others.insert(name.clone(), bytes);
            }
        }
        Ok((fonts, others))
    }

    pub fn source(&self, name: &str) -> Option<&str> {
        self.sources.get(name).map(|(_, s)| s.as_str())
    }

    /// The Jinja environment with every `*.j2` template compiled, so that a syntax error in a
    /// user template is reported before anything is rendered.
    pub fn environment(&self, locales: Arc<Locales>) -> Result<Environment<'static>, Diagnostic> {
        let mut env = Environment::new();
        env.set_syntax(
            minijinja::syntax::SyntaxConfig::builder()
                .trim_blocks(true)
                .lstrip_blocks(true)
                .keep_trailing_newline(true)
                .build()
                .map_err(|e| Diagnostic::error("load", e.to_string()))?,
        );
        env.set_undefined_behavior(UndefinedBehavior::SemiStrict);
        // A template that loops without end (or far longer than any notice needs) stops.
        env.set_fuel(Some(TEMPLATE_FUEL));
        env.set_auto_escape_callback(|name| {
            if name.ends_with(".md.j2") {
                AutoEscape::Custom("markdown".into())
            } else if name.ends_with(".html.j2") {
                AutoEscape::Html
            } else {
                AutoEscape::None
            }
        });
        env.set_formatter(|out, state, value| {
            if value.is_safe() || matches!(state.auto_escape(), AutoEscape::None) {
                return minijinja::escape_formatter(out, state, value);
            }
            if value.is_none() || value.is_undefined() {
                return Ok(());
            }
            let text = value.to_string();
            let escaped = match state.auto_escape() {
                AutoEscape::Custom(_) => escape_markdown(&text),
                // The five characters that matter in text and quoted attributes; minijinja's
                // own escaper also rewrites `/`, which makes every URL unreadable.
                _ => escape_html(&text),
            };
            out.write_str(&escaped).map_err(Error::from)
        });
        register_functions(&mut env, locales);
        for (name, (path, src)) in &self.sources {
            if in_environment(name) {
                env.add_template_owned(name.clone(), src.clone())
                    .map_err(|e| template_error(&e, path, src))?;
            }
        }
        Ok(env)
    }

    /// A digest of the templates of the Jinja environment (`*.j2`, `*.css`), which every
    /// format is made from: by name and text, not by path, which differs between machines.
    pub fn digest(&self) -> String {
        self.digest_sources(true).finish()
    }

    /// A digest of what a PDF is made from besides: the Typst page templates, and the fonts
    /// and other files of the templates folder (read now, as for a PDF, with the same bounds).
    pub fn pdf_digest(&self) -> Result<String, Diagnostic> {
        let (fonts, others) = self.pdf_assets()?;
        let d = self.digest_sources(false).part(fonts.len().to_le_bytes());
        let d = fonts.iter().fold(d, |d, f| d.part(f));
        Ok(others
            .iter()
            .fold(d, |d, (name, bytes)| d.part(name).part(bytes))
            .finish())
    }

    /// The sources in the Jinja environment, or the others.
    fn digest_sources(&self, environment: bool) -> Parts {
        self.sources
            .iter()
            .filter(|(name, _)| in_environment(name) == environment)
            .fold(Parts::new(), |d, (name, (_, src))| d.part(name).part(src))
    }

    /// Where template `name` came from.
    pub fn path(&self, name: &str) -> PathBuf {
        self.sources
            .get(name)
            .map_or_else(|| PathBuf::from(name), |(p, _)| p.clone())
    }

    /// Turns a render error into a diagnostic pointing into the template.
    pub fn render_error(&self, e: &Error) -> Diagnostic {
        let name = e.name().unwrap_or("notice.md.j2");
        match self.sources.get(name) {
            Some((path, src)) => template_error(e, path, src),
            None => Diagnostic::error("template", e.to_string()),
        }
    }
}

/// Whether the source named `name` is compiled into the Jinja environment (the others are the
/// PDF's Typst templates).
fn in_environment(name: &str) -> bool {
    name.ends_with(".j2") || name.ends_with(".css")
}

fn template_error(e: &Error, path: &Path, src: &str) -> Diagnostic {
    let file = Arc::new(SourceFile::plain(path.to_path_buf(), src.to_owned()));
    let offset = e.range().map(|r| r.start).or_else(|| {
        let line = e.line()?;
        Some(
            src.split_inclusive('\n')
                .take(line.saturating_sub(1))
                .map(str::len)
                .sum(),
        )
    });
    let detail = if e.kind() == ErrorKind::OutOfFuel {
        format!(
            "the template did more work than a notice needs ({TEMPLATE_FUEL} steps): it loops without end, or far too often"
        )
    } else {
        e.detail()
            .map_or_else(|| e.kind().to_string(), str::to_owned)
    };
    Diagnostic::error("template", format!("template error: {detail}"))
        .with_help(
            "fix the template (see docs/guide/customising.md), or remove it to use the built-in one",
        )
        .in_file(&file, offset)
}

/// A heading id reduced to characters that are safe everywhere it goes (Markdown, HTML, Typst).
fn slug(id: &str) -> String {
    id.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect()
}

/// The language of the notice being rendered, from the render context.
fn lang(state: &State) -> Result<String, Error> {
    state
        .lookup("lang")
        .and_then(|v| v.as_str().map(str::to_owned))
        .ok_or_else(|| {
            Error::new(
                ErrorKind::InvalidOperation,
                "no `lang` in the render context",
            )
        })
}

fn register_functions(env: &mut Environment<'static>, locales: Arc<Locales>) {
    let l = Arc::clone(&locales);
    // t(id, name=value…): a Markdown sentence from the locale; its arguments are escaped
    // unless they are already Markdown produced by these functions.
    env.add_function(
        "t",
        move |state: &State, id: &str, kwargs: Kwargs| -> Result<Value, Error> {
            let lang = lang(state)?;
            let mut args: Vec<(&str, Arg)> = Vec::new();
            for key in kwargs.args() {
                let v: Value = kwargs.get(key)?;
                let arg = if let Ok(n) = i64::try_from(v.clone()) {
                    Arg::Num(n)
                } else if v.is_safe() {
                    Arg::Str(v.to_string())
                } else {
                    Arg::Str(escape_markdown(&v.to_string()))
                };
                args.push((key, arg));
            }
            l.msg(&lang, id, &args)
                .map(Value::from_safe_string)
                .map_err(|e| Error::new(ErrorKind::InvalidOperation, e.to_string()))
        },
    );
    let l = Arc::clone(&locales);
    env.add_function(
        "cite",
        move |state: &State, reference: &str| -> Result<Value, Error> {
            l.cite(&lang(state)?, reference)
                .map(|s| Value::from_safe_string(escape_markdown(&s)))
                .map_err(|e| Error::new(ErrorKind::InvalidOperation, e.to_string()))
        },
    );
    // anchor(id): a heading id in Markdown heading-attribute syntax, reduced to safe characters.
    env.add_function("anchor", |id: &str| {
        Value::from_safe_string(format!("{{#{}}}", slug(id)))
    });
    // section(id, words): a link to the section whose heading has `anchor(id)`. The HTML and
    // the PDF link it where exactly one heading has that id, and show the words alone elsewhere.
    env.add_function("section", |id: &str, words: &str| {
        Value::from_safe_string(format!("[{}](#{})", escape_markdown(words), slug(id)))
    });
    // items|hardbreaks: one item per line (Markdown hard line breaks), each escaped unless it
    // is already Markdown.
    env.add_filter("hardbreaks", |items: Vec<Value>| {
        let lines: Vec<String> = items
            .iter()
            .map(|v| {
                if v.is_safe() {
                    v.to_string()
                } else {
                    escape_markdown(&v.to_string())
                }
            })
            .collect();
        Value::from_safe_string(lines.join("\\\n"))
    });
    // items|listing(end=".", lower=false, indent=0): a list as the page's language writes it.
    // Run into the sentence it ends (" a, b and c." after a colon), lower-cased at their first
    // letter when `lower` (labels that are headings elsewhere); or, when an item holds the
    // separator or the conjunction, as bulleted lines indented by `indent` spaces, which keep
    // their capitals and take no final `end`. Each item is escaped unless it is Markdown already.
    let l = Arc::clone(&locales);
    env.add_filter(
        "listing",
        move |state: &State, items: Vec<Value>, kwargs: Kwargs| -> Result<Value, Error> {
            let end: Option<String> = kwargs.get("end")?;
            let lower: Option<bool> = kwargs.get("lower")?;
            let indent: Option<usize> = kwargs.get("indent")?;
            kwargs.assert_all_used()?;
            let lang = lang(state)?;
            let fail = |e: anyhow::Error| Error::new(ErrorKind::InvalidOperation, e.to_string());
            let plain: Vec<String> = items.iter().map(ToString::to_string).collect();
            let markdown = |v: &Value, text: &str| {
                if v.is_safe() {
                    v.to_string()
                } else {
                    escape_markdown(text)
                }
            };
            if l.needs_bullets(&lang, &plain).map_err(fail)? {
                let pad = " ".repeat(indent.unwrap_or(0));
                let lines: Vec<String> = items
                    .iter()
                    .zip(&plain)
                    .map(|(v, p)| format!("\n{pad}- {}", markdown(v, p)))
                    .collect();
                return Ok(Value::from_safe_string(lines.concat()));
            }
            let words: Vec<String> = items
                .iter()
                .zip(&plain)
                .map(|(v, p)| match (lower.unwrap_or(false), v.is_safe()) {
                    (true, false) => Ok(markdown(v, &l.in_sentence(&lang, p).map_err(fail)?)),
                    _ => Ok(markdown(v, p)),
                })
                .collect::<Result<_, Error>>()?;
            let joined = l.list(&lang, &words).map_err(fail)?;
            Ok(Value::from_safe_string(format!(
                " {joined}{}",
                end.as_deref().unwrap_or(".")
            )))
        },
    );
    env.add_function("link", |url: &str, label: Option<&str>| {
        Value::from_safe_string(markdown_link(url, label))
    });
    env.add_function("email", |addr: &str| {
        Value::from_safe_string(markdown_link(
            &format!("mailto:{}", addr.trim()),
            Some(addr.trim()),
        ))
    });
    env.add_function("phone", |phone: &str| {
        Value::from_safe_string(markdown_link(&tel_target(phone), Some(phone.trim())))
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn render(source: &str, lang: &str, items: &[&str]) -> String {
        let locales = Arc::new(Locales::load(None).unwrap());
        let mut env = TemplateSet::load(None)
            .unwrap()
            .environment(locales)
            .unwrap();
        env.add_template_owned("t.md.j2", source.to_owned())
            .unwrap();
        env.get_template("t.md.j2")
            .unwrap()
            .render(minijinja::context! { lang => lang, items => items.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>() })
            .unwrap()
    }

    #[test]
    fn listing_runs_into_the_sentence_or_sets_bullets() {
        let t = "Data:{{ items|listing(lower=true) }}";
        assert_eq!(
            render(t, "en", &["Identity", "URL", "Contact details"]),
            "Data: identity, URL and contact details."
        );
        assert_eq!(
            render(t, "fr", &["Identité", "Coordonnées"]),
            "Data: identité et coordonnées."
        );
        // An item with the conjunction, a comma or a colon makes bullets, capitals kept.
        assert_eq!(
            render(
                "Data:{{ items|listing(lower=true, indent=2) }}",
                "fr",
                &["Identité", "Commandes et factures"]
            ),
            "Data:\n  - Identité\n  - Commandes et factures"
        );
        // User text is escaped in both forms.
        assert_eq!(render(t, "en", &["*a*", "b"]), "Data: \\*a\\* and b.");
        assert_eq!(render(t, "en", &["a_b, c", "d"]), "Data:\n- a\\_b, c\n- d");
        assert_eq!(render("{{ items|listing(end=\"\") }}", "en", &["x"]), " x");
    }
}
