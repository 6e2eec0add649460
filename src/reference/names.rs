//! Names of the reference data given by a locale folder (`reference.yaml`) for its language:
//! how a language added with `--locales` brings the names of countries, mechanisms, regions,
//! international organisations, adequacy scopes and catalogue services its notices print.
//!
//! Every text of the reference data that a notice prints has a key (`countries.BE`,
//! `mechanisms.scc`, `services.google-analytics.description`); [`Reference::add_names`] puts a
//! folder's names under those keys, after the built-in ones (a built-in name is never
//! replaced: it carries its source), and [`Reference::missing_names`] lists the keys a
//! language still lacks, for N014.

use std::collections::BTreeSet;

use super::adequacy::{BeneficiaryKind, Scope};
use super::{Localized, Reference};
use crate::diagnostic::Diagnostic;
use crate::i18n::yaml::{File, Item, Value};

/// The name of a locale folder's file of reference names.
pub const FILE: &str = "reference.yaml";

/// The names one folder's `reference.yaml` gives for its language, by key, with their places.
pub struct FolderNames {
    lang: String,
    file: File,
    /// Key (`countries.BE`), where the key is written, and the name.
    names: Vec<(String, usize, String)>,
}

impl std::fmt::Debug for FolderNames {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("FolderNames")
            .field("lang", &self.lang)
            .field("names", &self.names.len())
            .finish()
    }
}

impl FolderNames {
    /// The names of `file`, the `reference.yaml` of language `lang`: nested mappings whose
    /// keys, joined with `.`, are the keys of [`Reference::missing_names`], and whose leaves
    /// are names.
    pub fn read(lang: &str, file: File) -> Result<FolderNames, Diagnostic> {
        let mut names = Vec::new();
        match &file.root.value {
            Value::Map(_) => flatten(&file, "", &file.root, &mut names, &mut BTreeSet::new())?,
            Value::Empty => {}
            _ => {
                return Err(file.error(
                    file.root.at,
                    "a reference.yaml holds a mapping of names",
                    "write e.g. `countries:` followed by `  BE: <the name of Belgium>`",
                ));
            }
        }
        Ok(FolderNames {
            lang: lang.to_owned(),
            file,
            names,
        })
    }

    /// The language the names are in.
    pub fn lang(&self) -> &str {
        &self.lang
    }

    /// The file as read, for the digest of the locales.
    pub fn text(&self) -> &str {
        &self.file.file.text
    }
}

fn flatten(
    file: &File,
    prefix: &str,
    item: &Item,
    out: &mut Vec<(String, usize, String)>,
    seen: &mut BTreeSet<String>,
) -> Result<(), Diagnostic> {
    let Value::Map(entries) = &item.value else {
        return Ok(());
    };
    for (key, value) in entries {
        let k = key.text().unwrap_or_default();
        let path = if prefix.is_empty() {
            k.to_owned()
        } else {
            format!("{prefix}.{k}")
        };
        match &value.value {
            Value::Map(_) => flatten(file, &path, value, out, seen)?,
            Value::Text(t) if !t.trim().is_empty() => {
                // A set, not a scan of `out`: a folder's file may hold thousands of names.
                if !seen.insert(path.clone()) {
                    return Err(file.error(
                        key.at,
                        format!("`{path}` is given twice"),
                        "give each name once",
                    ));
                }
                out.push((path, key.at, t.clone()));
            }
            _ => {
                return Err(file.error(
                    value.at,
                    format!("`{path}` has no name"),
                    "write the name in the folder's language, or leave the key out",
                ));
            }
        }
    }
    Ok(())
}

/// Calls `$f(key, map, required)` for every text of the reference data a notice may print,
/// through `&` or `&mut` references (`$($m)*` is empty or `mut`). `required` is false for an
/// authority's name, abbreviation and address: where an authority has no official version in
/// a language, the notice gives its own (see the module documentation of `reference`).
macro_rules! each_text {
    ($r:expr, $f:expr, $iter:ident, $($m:tt)*) => {{
        let r = $r;
        let f = &mut $f;
        for c in r.countries.$iter() {
            let key = format!("countries.{}", c.code());
            f(key, & $($m)* c.names, true);
        }
        for a in r.adequacy.$iter() {
            let kind = a.kind();
            let limited = a.scope() == Scope::Limited;
            let code = a.country().to_owned();
            // A country's decision prints the country's name (copied from `countries`).
            let key = match kind {
                BeneficiaryKind::InternationalOrganisation => format!("organisations.{code}"),
                _ => format!("countries.{code}"),
            };
            f(key, & $($m)* a.names, true);
            if let (true, Some(d)) = (limited, & $($m)* a.scope_description) {
                f(format!("adequacy_scopes.{code}"), d, true);
            }
        }
        for m in r.mechanisms.$iter() {
            let key = format!("mechanisms.{}", m.id());
            f(key, & $($m)* m.names, true);
        }
        for i in r.invalidated.$iter() {
            let key = format!("invalidated.{}", i.id());
            f(key, & $($m)* i.names, true);
        }
        for g in r.regions.$iter() {
            let key = format!("regions.{}", g.region().code());
            f(key, & $($m)* g.names, true);
        }
        for s in r.services.$iter() {
            let id = s.id().to_owned();
            f(format!("services.{id}.description"), & $($m)* s.description, true);
            if let Some(note) = & $($m)* s.role_note {
                f(format!("services.{id}.role_note"), note, true);
            }
            for t in (& $($m)* s.trackers).$iter().flatten() {
                let key = format!("services.{id}.trackers.{}", t.name);
                f(key, & $($m)* t.purpose, true);
            }
        }
        for a in r.authorities.$iter() {
            let code = a.country().to_owned();
            f(format!("authorities.{code}.name"), & $($m)* a.names, false);
            f(format!("authorities.{code}.abbreviation"), & $($m)* a.abbreviations, false);
            if let Some(address) = & $($m)* a.address {
                f(format!("authorities.{code}.address"), address, false);
            }
        }
    }};
}

impl Reference {
    /// Adds the names each folder gives for its language where the data have none (a
    /// built-in name stays). A key that names nothing in the data is an error at its line.
    pub fn add_names(&mut self, folders: &[FolderNames]) -> Result<(), Diagnostic> {
        let mut keys: BTreeSet<String> = BTreeSet::new();
        each_text!(
            &*self,
            |key: String, _: &Localized, _: bool| {
                keys.insert(key);
            },
            iter,
        );
        for folder in folders {
            if let Some((key, at, _)) = folder.names.iter().find(|(k, _, _)| !keys.contains(k)) {
                let kind = key.split('.').next().unwrap_or_default();
                let help = if KINDS.contains(&kind) {
                    format!(
                        "`{key}` is not in the reference data: `notice reference` lists what is"
                    )
                } else {
                    format!("the names are grouped under {}", KINDS.join(", "))
                };
                return Err(folder.file.error(
                    *at,
                    format!("`{key}` names nothing in the reference data"),
                    help,
                ));
            }
            let lang = folder.lang.as_str();
            let given: std::collections::BTreeMap<&str, &String> = folder
                .names
                .iter()
                .map(|(k, _, name)| (k.as_str(), name))
                .collect();
            each_text!(
                &mut *self,
                |key: String, map: &mut Localized, _: bool| {
                    if !map.contains_key(lang)
                        && let Some(name) = given.get(key.as_str())
                    {
                        map.insert(lang.to_owned(), (*name).clone());
                    }
                },
                iter_mut,
                mut
            );
        }
        Ok(())
    }

    /// Every text of the reference data a notice may print that has a `lang` version, by
    /// key, in order and once each: what a `reference.yaml` for another language translates.
    pub fn texts_in(&self, lang: &str) -> Vec<(String, String)> {
        let mut out: Vec<(String, String)> = Vec::new();
        each_text!(
            self,
            |key: String, map: &Localized, _: bool| {
                if let Some(text) = map.get(lang)
                    && !out.iter().any(|(k, _)| *k == key)
                {
                    out.push((key, text.clone()));
                }
            },
            iter,
        );
        out
    }

    /// The keys of the texts a notice in `lang` may print that the data have no `lang`
    /// version of, in order and once each: what a `reference.yaml` for `lang` must give.
    pub fn missing_names(&self, lang: &str) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        each_text!(
            self,
            |key: String, map: &Localized, required: bool| {
                if required && !map.contains_key(lang) && !out.contains(&key) {
                    out.push(key);
                }
            },
            iter,
        );
        out
    }
}

/// The groups of a `reference.yaml`, as [`each_text`] keys them.
const KINDS: [&str; 8] = [
    "countries",
    "organisations",
    "adequacy_scopes",
    "mechanisms",
    "invalidated",
    "regions",
    "services",
    "authorities",
];
