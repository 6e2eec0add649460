//! A language as data: its locale folder, built in or from a user folder. The folder's
//! Fluent files (`*.ftl`) give the fixed text of the notices; its `phrases.yaml` the phrase
//! lists lint reads free texts with ([`crate::lint::phrasebook`]); its `reference.yaml` the
//! names of the reference data a language added from a folder needs
//! ([`crate::reference::FolderNames`]).

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use fluent::concurrent::FluentBundle;
use fluent::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

use crate::declaration::limits::MAX_TEMPLATE_BYTES;
use crate::diagnostic::{Diagnostic, SourceFile};
use crate::digest::Parts;
use crate::files::{self, Folder, Refusal, shown};
use crate::lint::phrasebook::{self, Phrasebook};
use crate::reference::names::{self as reference_names, FolderNames};

pub mod grammar;
pub mod yaml;

/// The built-in locale files, embedded so the binary works from any folder: every
/// `locales/<lang>/*.ftl` and `*.yaml` of the source tree, listed by `build.rs`, so that the languages the
/// tool ships are its locale folders.
const BUILTIN: &[(&str, &str, &str)] = include!(concat!(env!("OUT_DIR"), "/locales.rs"));

/// The languages of the built-in locale folders, in code order: those the tool ships, whose
/// every phrase list and reference name the unit tests require.
pub fn builtin_languages() -> Vec<&'static str> {
    let mut langs: Vec<&str> = BUILTIN.iter().map(|(lang, _, _)| *lang).collect();
    langs.sort_unstable();
    langs.dedup();
    langs
}

/// The locale every other one must match message for message.
pub const REFERENCE_LANG: &str = "en";

type Bundle = FluentBundle<FluentResource>;

/// Every language the run can write, with its messages.
pub struct Locales {
    bundles: BTreeMap<String, Bundle>,
    /// Lint's phrase lists, in every language.
    phrases: Phrasebook,
    /// The reference names the folders give (`reference.yaml`), for [`crate::reference::Reference::add_names`].
    names: Vec<FolderNames>,
    /// The digest of every file the bundles were made from (see [`Locales::digest`]).
    digest: String,
}

impl std::fmt::Debug for Locales {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Locales")
            .field("languages", &self.bundles.keys())
            .finish()
    }
}

/// A value passed to a message: text or a number (numbers select plural forms).
#[derive(Clone, Debug)]
pub enum Arg {
    Str(String),
    Num(i64),
}

impl From<&str> for Arg {
    fn from(s: &str) -> Arg {
        Arg::Str(s.to_owned())
    }
}
impl From<String> for Arg {
    fn from(s: String) -> Arg {
        Arg::Str(s)
    }
}
impl From<i64> for Arg {
    fn from(n: i64) -> Arg {
        Arg::Num(n)
    }
}

impl Locales {
    /// The built-in locales, overridden or extended by the files of `user_dir/<lang>/` when
    /// given.
    pub fn load(user_dir: Option<&Path>) -> Result<Locales, Diagnostic> {
        let mut files: BTreeMap<String, Vec<(PathBuf, String)>> = BTreeMap::new();
        for (lang, path, text) in BUILTIN {
            files
                .entry((*lang).to_owned())
                .or_default()
                .push((PathBuf::from(path), (*text).to_owned()));
        }
        if let Some(dir) = user_dir {
            for (lang, path, text) in read_user_locales(dir)? {
                files.entry(lang).or_default().push((path, text));
            }
        }
        // The data files of each folder, built-in ones first, then the user's.
        let mut phrase_files = Vec::new();
        let mut names = Vec::new();
        for (lang, sources) in &mut files {
            for (path, text) in std::mem::take(sources) {
                let name = path
                    .file_name()
                    .and_then(|n| n.to_str())
                    .unwrap_or_default();
                if name == phrasebook::FILE {
                    phrase_files.push((lang.clone(), yaml::File::parse(path, text)?));
                } else if name == reference_names::FILE {
                    let file = yaml::File::parse(path, text)?;
                    names.push(FolderNames::read(lang, file)?);
                } else {
                    sources.push((path, text));
                }
            }
        }
        let phrases = Phrasebook::load(&phrase_files)?;
        // Each file's language and text, in the order they override each other; not its path,
        // which differs between machines that hold the same files.
        let data = phrase_files
            .iter()
            .map(|(lang, f)| (lang.as_str(), f.file.text.as_str()))
            .chain(names.iter().map(|n| (n.lang(), n.text())));
        let digest = files
            .iter()
            .flat_map(|(lang, sources)| {
                sources
                    .iter()
                    .map(move |(_, text)| (lang.as_str(), text.as_str()))
            })
            .chain(data)
            .fold(Parts::new(), |d, (lang, text)| d.part(lang).part(text))
            .finish();
        let mut bundles = BTreeMap::new();
        for (lang, sources) in files {
            let langid: LanguageIdentifier = lang.parse().map_err(|_| {
                Diagnostic::error("load", format!("`{lang}` is not a language code"))
                    .with_help("name locale folders by language code: fr, nl, en, de…")
            })?;
            let mut bundle = Bundle::new_concurrent(vec![langid]);
            // Unicode isolation marks around arguments would end up in Markdown and PDF text.
            bundle.set_use_isolating(false);
            for (path, text) in sources {
                let resource = FluentResource::try_new(text).map_err(|(res, errors)| {
                    let first = &errors[0];
                    let file = Arc::new(SourceFile::plain(path.clone(), res.source().to_owned()));
                    Diagnostic::error(
                        "load",
                        format!("syntax error in locale file: {}", first.kind),
                    )
                    .with_help("see https://projectfluent.org/fluent/guide/ for the syntax")
                    .in_file(&file, Some(first.pos.start))
                })?;
                // Later files (the user's) override earlier ones message by message.
                bundle.add_resource_overriding(resource);
            }
            bundles.insert(lang, bundle);
        }
        let locales = Locales {
            bundles,
            phrases,
            names,
            digest,
        };
        // Only a user's locale can be incomplete: the error names its folder.
        locales
            .check_complete()
            .map_err(|(lang, d)| match user_dir {
                Some(dir) => d.in_file(&Arc::new(SourceFile::unread(dir.join(lang))), None),
                None => d,
            })?;
        Ok(locales)
    }

    /// Every language must define every message of the reference language: a missing one
    /// would otherwise surface as a hole in some notice.
    fn check_complete(&self) -> Result<(), (&str, Diagnostic)> {
        let ids = reference_ids();
        for (lang, bundle) in &self.bundles {
            let missing: Vec<&String> = ids.iter().filter(|id| !bundle.has_message(id)).collect();
            if let Some(first) = missing.first() {
                return Err((
                    lang,
                    Diagnostic::error(
                        "load",
                        format!(
                            "locale `{lang}` lacks message `{first}`{}",
                            if missing.len() > 1 {
                                format!(" and {} more", missing.len() - 1)
                            } else {
                                String::new()
                            }
                        ),
                    )
                    .with_help(format!(
                        "add `{first} = …` to a file in the `{lang}` locale folder"
                    )),
                ));
            }
        }
        Ok(())
    }

    pub fn languages(&self) -> impl Iterator<Item = &str> {
        self.bundles.keys().map(String::as_str)
    }

    /// Lint's phrase lists, in every language of the locales.
    pub fn phrases(&self) -> &Phrasebook {
        &self.phrases
    }

    /// The names of the reference data the folders give for their languages.
    pub fn reference_names(&self) -> &[FolderNames] {
        &self.names
    }

    /// A digest of the locale files (built-in and the user's): equal digests, equal messages.
    pub fn digest(&self) -> &str {
        &self.digest
    }

    pub fn has(&self, lang: &str) -> bool {
        self.bundles.contains_key(lang)
    }

    /// Formats message `id` in `lang`. A missing message or argument is an error, never a
    /// silently broken sentence.
    pub fn msg(&self, lang: &str, id: &str, args: &[(&str, Arg)]) -> anyhow::Result<String> {
        let bundle = self
            .bundles
            .get(lang)
            .ok_or_else(|| anyhow::anyhow!("no locale for language `{lang}`"))?;
        let message = bundle
            .get_message(id)
            .ok_or_else(|| anyhow::anyhow!("locale `{lang}` has no message `{id}`"))?;
        let pattern = message
            .value()
            .ok_or_else(|| anyhow::anyhow!("message `{id}` in `{lang}` has no value"))?;
        let mut fargs = FluentArgs::new();
        for (k, v) in args {
            match v {
                Arg::Str(s) => fargs.set(*k, FluentValue::from(s.as_str())),
                Arg::Num(n) => fargs.set(*k, FluentValue::from(*n)),
            }
        }
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, Some(&fargs), &mut errors);
        if let Some(e) = errors.first() {
            anyhow::bail!("message `{id}` in locale `{lang}`: {e}");
        }
        Ok(text.into_owned())
    }

    /// Every message of `lang` as the notice prints it, with each argument replaced by a line
    /// break: the tool's own fixed text, which lint must not fault when a declaration repeats it.
    pub fn fixed_texts(&self, lang: &str) -> Vec<String> {
        let Some(bundle) = self.bundles.get(lang) else {
            return Vec::new();
        };
        reference_ids()
            .iter()
            .filter_map(|id| bundle.get_message(id)?.value())
            .map(|pattern| {
                let mut errors = Vec::new();
                // Missing arguments are written `{$name}`; they are not words of the text.
                let text = bundle.format_pattern(pattern, None, &mut errors);
                let mut out = String::with_capacity(text.len());
                let mut depth = 0usize;
                for c in text.chars() {
                    match c {
                        '{' => depth += 1,
                        '}' if depth > 0 => {
                            depth -= 1;
                            out.push('\n');
                        }
                        _ if depth == 0 => out.push(c),
                        _ => {}
                    }
                }
                out
            })
            .collect()
    }
}

/// The message ids of the reference locale (its built-in files).
fn reference_ids() -> BTreeSet<String> {
    let mut ids = BTreeSet::new();
    for (lang, path, text) in BUILTIN {
        if *lang == REFERENCE_LANG
            && path.ends_with(".ftl")
            && let Ok(res) = FluentResource::try_new((*text).to_owned())
        {
            for entry in res.entries() {
                if let fluent_syntax::ast::Entry::Message(m) = entry {
                    ids.insert(m.id.name.to_owned());
                }
            }
        }
    }
    ids
}

fn read_user_locales(dir: &Path) -> Result<Vec<(String, PathBuf, String)>, Diagnostic> {
    const HELP: &str = "--locales takes a folder with one sub-folder per language (fr/, nl/, en/, de/…) of *.ftl files, and optionally phrases.yaml and reference.yaml";
    let cannot = |p: &Path, e: std::io::Error| {
        Diagnostic::error("load", format!("cannot read locale `{}`: {e}", shown(p))).with_help(HELP)
    };
    // Links may not lead out of the folder; pipes and devices are refused, not read.
    let refused =
        |p: &Path, r: Refusal| files::refused(p, &r, "a locale file", MAX_TEMPLATE_BYTES, HELP);
    let folder = Folder::open(dir).map_err(|e| cannot(dir, e))?;
    let mut out = Vec::new();
    let mut langs: Vec<_> = std::fs::read_dir(dir)
        .map_err(|e| cannot(dir, e))?
        .flatten()
        .collect();
    langs.sort_by_key(|e| e.file_name());
    for lang_dir in langs {
        let Some(lang) = lang_dir.file_name().to_str().map(str::to_owned) else {
            continue;
        };
        if !lang_dir.path().is_dir() || lang.starts_with('.') {
            continue;
        }
        folder
            .inside(&lang_dir.path())
            .map_err(|r| refused(&lang_dir.path(), r))?;
        let mut ftls: Vec<_> = std::fs::read_dir(lang_dir.path())
            .map_err(|e| cannot(&lang_dir.path(), e))?
            .flatten()
            .collect();
        ftls.sort_by_key(|e| e.file_name());
        for f in ftls {
            let p = f.path();
            let ext = p.extension().and_then(|e| e.to_str());
            let name = p.file_name().and_then(|n| n.to_str()).unwrap_or_default();
            if matches!(ext, Some("yaml" | "yml"))
                && name != phrasebook::FILE
                && name != reference_names::FILE
            {
                // A misspelt data file would otherwise leave its language without it, silently.
                return Err(Diagnostic::error(
                    "load",
                    format!("`{}` is not a file of a locale folder", shown(&p)),
                )
                .with_help(format!(
                    "a locale folder holds *.ftl files, {} and {}",
                    phrasebook::FILE,
                    reference_names::FILE
                )));
            }
            if ext == Some("ftl") || name == phrasebook::FILE || name == reference_names::FILE {
                let text = folder
                    .read(&p, MAX_TEMPLATE_BYTES)
                    .and_then(files::text)
                    .map_err(|r| refused(&p, r))?;
                out.push((lang.clone(), p, text));
            }
        }
    }
    Ok(out)
}

/// Language-aware formatting of the values notices are made of.
impl Locales {
    /// "15 January 2026", "15 janvier 2026", "15 januari 2026".
    pub fn date(&self, lang: &str, date: crate::date::Date) -> anyhow::Result<String> {
        let month = self.msg(lang, &format!("month-{}", date.month()), &[])?;
        self.msg(
            lang,
            "date",
            &[
                ("day", Arg::Num(i64::from(date.day()))),
                ("month", Arg::Str(month)),
                ("year", Arg::Num(i64::from(date.year()))),
            ],
        )
    }

    /// "7 years", "1 mois", "14 dagen", with the language's plural rules.
    pub fn duration(&self, lang: &str, d: crate::declaration::Duration) -> anyhow::Result<String> {
        self.msg(
            lang,
            d.unit.message_id(),
            &[("count", Arg::Num(i64::from(d.count)))],
        )
    }

    /// A tracker's lifetime: "until the end of your visit", or a duration ("30 minutes").
    pub fn lifetime(&self, lang: &str, l: crate::declaration::Lifetime) -> anyhow::Result<String> {
        match l {
            crate::declaration::Lifetime::Session => self.msg(lang, "lifetime-session", &[]),
            crate::declaration::Lifetime::Period(d) => self.duration(lang, d),
        }
    }

    /// A Commission act as the language cites it: "Commission Implementing Decision (EU)
    /// 2021/914 of 4 June 2021", "décision d'exécution (UE) 2021/914 de la Commission du
    /// 4 juin 2021", "Uitvoeringsbesluit (EU) 2021/914 van de Commissie van 4 juni 2021".
    pub fn act(
        &self,
        lang: &str,
        act: &crate::reference::Act,
        renewed: Option<crate::date::Date>,
    ) -> anyhow::Result<String> {
        let number = match act.number() {
            None => "none".to_owned(),
            Some(n) => {
                // The Official Journal's "EU"/"EC" are "UE"/"CE" in French, "EU"/"EG" in Dutch.
                let eu = self.msg(lang, "act-eu", &[])?;
                let ec = self.msg(lang, "act-ec", &[])?;
                if let Some(rest) = n.strip_prefix("(EU) ") {
                    format!("({eu}) {rest}")
                } else if let Some(rest) = n.strip_suffix("/EU") {
                    format!("{rest}/{eu}")
                } else if let Some(rest) = n.strip_suffix("/EC") {
                    format!("{rest}/{ec}")
                } else {
                    n.to_owned()
                }
            }
        };
        let kind = match act.kind() {
            crate::reference::ActKind::Decision => "decision",
            crate::reference::ActKind::ImplementingDecision => "implementing",
        };
        // Before the Lisbon Treaty an act numbered `…/EC` was, in some languages, a different
        // kind of act than a `…/EU` one (German "Entscheidung", later "Beschluss").
        let treaty = match act.number() {
            Some(n) if n.ends_with("/EC") => "ec",
            _ => "eu",
        };
        let title = self.msg(
            lang,
            "act",
            &[
                ("kind", kind.into()),
                ("treaty", treaty.into()),
                ("number", number.into()),
                ("date", self.date(lang, act.date())?.into()),
            ],
        )?;
        match renewed {
            Some(d) => self.msg(
                lang,
                "act-renewed",
                &[("act", title.into()), ("date", self.date(lang, d)?.into())],
            ),
            None => Ok(title),
        }
    }

    /// A GDPR citation in the language's legal style: `6(1)(a)` becomes "Article 6(1)(a) GDPR",
    /// "article 6, paragraphe 1, point a), du RGPD", "artikel 6, lid 1, onder a), AVG".
    /// `49(1)/2` (or `49(1), second subparagraph`, as the reference data write it) names the
    /// second subparagraph; `46(2)(b)+47` cites two provisions.
    pub fn cite(&self, lang: &str, reference: &str) -> anyhow::Result<String> {
        let reference = reference.replace(", second subparagraph", "/2");
        let mut parts = Vec::new();
        for one in reference.split(['+', ',']).map(str::trim) {
            let (main, sub) = match one.split_once('/') {
                Some((m, s)) => (m, Some(s)),
                None => (one, None),
            };
            let (article, rest) = main.split_once('(').map_or((main, ""), |(a, r)| (a, r));
            let mut inner = rest.split(['(', ')']).filter(|s| !s.is_empty());
            let paragraph = inner.next().unwrap_or("none");
            let point = inner.next().unwrap_or("none");
            if article.is_empty() || !article.bytes().all(|b| b.is_ascii_digit()) {
                anyhow::bail!("`{reference}` is not a citation such as 6(1)(a)");
            }
            let mut cite = self.msg(
                lang,
                "cite",
                &[
                    ("article", article.into()),
                    ("paragraph", paragraph.into()),
                    ("point", point.into()),
                ],
            )?;
            if sub.is_some() {
                cite = self.msg(lang, "cite-subparagraph", &[("cite", cite.into())])?;
            }
            parts.push(cite);
        }
        let joined = match parts.len() {
            0 | 1 => parts.pop().unwrap_or_default(),
            _ => {
                let last = parts.pop().unwrap_or_default();
                self.msg(
                    lang,
                    "cite-and",
                    &[("first", parts.join(", ").into()), ("second", last.into())],
                )?
            }
        };
        self.msg(lang, "cite-gdpr", &[("cite", joined.into())])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn locales() -> Locales {
        Locales::load(None).unwrap()
    }

    #[test]
    fn builtin_locales_are_complete_and_alike() {
        let l = locales();
        assert_eq!(l.languages().collect::<Vec<_>>(), ["de", "en", "fr", "nl"]);
    }

    #[test]
    fn plurals_and_dates() {
        let l = locales();
        let d = |s: &str| s.parse::<crate::declaration::Duration>().unwrap();
        assert_eq!(l.duration("fr", d("1 month")).unwrap(), "1 mois");
        assert_eq!(l.duration("fr", d("3 months")).unwrap(), "3 mois");
        assert_eq!(l.duration("fr", d("1 year")).unwrap(), "1 an");
        assert_eq!(l.duration("fr", d("7 years")).unwrap(), "7 ans");
        assert_eq!(l.duration("nl", d("1 year")).unwrap(), "1 jaar");
        assert_eq!(l.duration("nl", d("7 years")).unwrap(), "7 jaar");
        assert_eq!(l.duration("nl", d("14 days")).unwrap(), "14 dagen");
        assert_eq!(l.duration("nl", d("1 day")).unwrap(), "1 dag");
        assert_eq!(l.duration("en", d("1 week")).unwrap(), "1 week");
        // A tracker's lifetime may be a visit, minutes or hours.
        let t = |lang: &str, s: &str| {
            l.lifetime(lang, s.parse::<crate::declaration::Lifetime>().unwrap())
                .unwrap()
        };
        assert_eq!(t("fr", "session"), "jusqu'à la fin de votre visite");
        assert_eq!(t("nl", "session"), "tot het einde van uw bezoek");
        assert_eq!(t("en", "session"), "until the end of your visit");
        assert_eq!(t("fr", "1 minute"), "1 minute");
        assert_eq!(t("fr", "30 minutes"), "30 minutes");
        assert_eq!(t("fr", "1 hour"), "1 heure");
        assert_eq!(t("fr", "24 hours"), "24 heures");
        assert_eq!(t("nl", "1 minute"), "1 minuut");
        assert_eq!(t("nl", "30 minutes"), "30 minuten");
        assert_eq!(t("nl", "1 hour"), "1 uur");
        assert_eq!(t("nl", "24 hours"), "24 uur");
        assert_eq!(t("en", "1 minute"), "1 minute");
        assert_eq!(t("en", "30 minutes"), "30 minutes");
        assert_eq!(t("en", "1 hour"), "1 hour");
        assert_eq!(t("en", "24 hours"), "24 hours");
        assert_eq!(t("en", "13 months"), "13 months");
        let date = crate::date::Date::new(2026, 1, 1).unwrap();
        assert_eq!(l.date("fr", date).unwrap(), "1er janvier 2026");
        assert_eq!(l.date("nl", date).unwrap(), "1 januari 2026");
        assert_eq!(l.date("en", date).unwrap(), "1 January 2026");
    }

    #[test]
    fn citations_follow_each_language_style() {
        let l = locales();
        assert_eq!(l.cite("en", "6(1)(a)").unwrap(), "Article 6(1)(a) GDPR");
        assert_eq!(
            l.cite("fr", "6(1)(a)").unwrap(),
            "article 6, paragraphe 1, point a), du RGPD"
        );
        assert_eq!(
            l.cite("nl", "6(1)(a)").unwrap(),
            "artikel 6, lid 1, onder a), AVG"
        );
        assert_eq!(l.cite("en", "77").unwrap(), "Article 77 GDPR");
        assert_eq!(l.cite("fr", "77").unwrap(), "article 77 du RGPD");
        assert_eq!(
            l.cite("fr", "12(3)").unwrap(),
            "article 12, paragraphe 3, du RGPD"
        );
        assert_eq!(
            l.cite("en", "49(1)/2").unwrap(),
            "Article 49(1), second subparagraph, GDPR"
        );
        assert_eq!(
            l.cite("nl", "46(2)(b)+47").unwrap(),
            "artikel 46, lid 2, onder b), en artikel 47 AVG"
        );
        assert_eq!(
            l.cite("de", "6(1)(a)").unwrap(),
            "Art. 6 Abs. 1 Buchst. a DSGVO"
        );
        assert_eq!(l.cite("de", "77").unwrap(), "Art. 77 DSGVO");
        assert_eq!(
            l.cite("de", "49(1)/2").unwrap(),
            "Art. 49 Abs. 1 Unterabs. 2 DSGVO"
        );
        assert_eq!(
            l.cite("de", "46(2)(b)+47").unwrap(),
            "Art. 46 Abs. 2 Buchst. b und Art. 47 DSGVO"
        );
        assert!(l.cite("en", "abc").is_err());
    }

    #[test]
    fn acts_are_cited_in_each_language() {
        let l = locales();
        let r = crate::reference::tests::builtin();
        let scc = r.mechanism("scc").ok().and_then(|s| s.act()).unwrap();
        assert_eq!(
            l.act("en", scc, None).unwrap(),
            "Commission Implementing Decision (EU) 2021/914 of 4 June 2021"
        );
        assert_eq!(
            l.act("fr", scc, None).unwrap(),
            "décision d'exécution (UE) 2021/914 de la Commission du 4 juin 2021"
        );
        assert_eq!(
            l.act("nl", scc, None).unwrap(),
            "Uitvoeringsbesluit (EU) 2021/914 van de Commissie van 4 juni 2021"
        );
        let at = |code: &str| r.destination(code).ok().and_then(|d| d.adequacy()).unwrap();
        let ch = at("CH").act().unwrap();
        assert_eq!(
            l.act("fr", ch, None).unwrap(),
            "décision 2000/518/CE de la Commission du 26 juillet 2000"
        );
        assert_eq!(
            l.act("nl", ch, None).unwrap(),
            "Besluit 2000/518/EG van de Commissie van 26 juli 2000"
        );
        // German names an act of before the Lisbon Treaty "Entscheidung", a later one "Beschluss".
        assert_eq!(
            l.act("de", ch, None).unwrap(),
            "Entscheidung 2000/518/EG der Kommission vom 26. Juli 2000"
        );
        assert_eq!(
            l.act("de", at("IL").act().unwrap(), None).unwrap(),
            "Beschluss 2011/61/EU der Kommission vom 31. Januar 2011"
        );
        assert_eq!(
            l.act("de", scc, None).unwrap(),
            "Durchführungsbeschluss (EU) 2021/914 der Kommission vom 4. Juni 2021"
        );
        let gb = at("GB");
        assert!(
            l.act("en", gb.act().unwrap(), gb.renewed())
                .unwrap()
                .ends_with(", renewed on 19 December 2025")
        );
    }

    #[test]
    fn missing_message_is_an_error() {
        let l = locales();
        assert!(l.msg("en", "no-such-message", &[]).is_err());
    }
}
