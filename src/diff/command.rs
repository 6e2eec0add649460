//! `notice diff`: its arguments, and comparing two versions of declarations for the terminal.

use std::path::PathBuf;

use clap::{Args, ValueEnum};

use super::{Comparison, report, source};
use crate::console::{Console, Failed};
use crate::declaration::Loaded;
use crate::diagnostic::Diagnostic;
use crate::i18n::Locales;
use crate::reference::Reference;

#[derive(Args, Debug)]
pub struct DiffArgs {
    /// OLD and NEW: two declaration files (or folders, matched by notice id); with --since,
    /// the declarations to compare with their earlier state (default: notices).
    pub paths: Vec<PathBuf>,
    /// Compare each declaration with its state at this git revision (`HEAD~1`, a tag…).
    #[arg(long, value_name = "REV")]
    pub since: Option<String>,
    /// Output format.
    #[arg(long, value_enum, default_value = "human")]
    pub format: DiffFormat,
    /// Language of the text (a locale: fr, nl, en…).
    #[arg(long, value_name = "LANG", default_value = "en")]
    pub lang: String,
    /// Folder of languages (<lang>/*.ftl, phrases.yaml, reference.yaml) overriding or adding to
    /// the built-in ones.
    #[arg(long, value_name = "DIR")]
    pub locales: Option<PathBuf>,
    /// Print the classification table (path pattern, topic, rule) and exit.
    #[arg(long)]
    pub list_rules: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum DiffFormat {
    Human,
    Markdown,
    /// JSON, `version` 1 (docs/guide/changes.md, "JSON output").
    Json,
}

/// Each declaration under `paths` and its state at `since` (none without it).
pub fn earlier_versions(
    since: Option<&str>,
    paths: &[PathBuf],
    reference: &Reference,
) -> Result<Vec<Comparison>, Diagnostic> {
    match since {
        Some(rev) => source::since(rev, paths, reference),
        None => Ok(Vec::new()),
    }
}

/// The earlier version of each loaded declaration, matched by file.
pub fn previous_of<'a>(earlier: &'a [Comparison], loaded: &[Loaded]) -> Vec<Option<&'a Loaded>> {
    loaded
        .iter()
        .map(|l| {
            let file = l.file.path.display().to_string();
            earlier
                .iter()
                .find(|c| c.new.as_ref().is_some_and(|n| n.label == file))
                .and_then(|c| c.old.as_ref())
                .map(|o| &o.loaded)
        })
        .collect()
}

/// Runs `notice diff`: the exit code is 0 when nothing material changed, 1 when something did,
/// 2 when the versions could not be compared.
pub fn run(
    c: &mut Console,
    args: &DiffArgs,
    eprint: impl Fn(&mut Console, &[Diagnostic]) -> Result<(), Failed>,
) -> Result<u8, Failed> {
    const CLEAN: u8 = 0;
    const MATERIAL: u8 = 1;
    const CANNOT_RUN: u8 = 2;
    if args.list_rules {
        let rules = super::classify::RULES;
        let width = rules.iter().map(|r| r.pattern.len()).max().unwrap_or(0);
        let text: String = rules
            .iter()
            .map(|r| {
                format!(
                    "{:<width$}  {:<26}  {}\n",
                    r.pattern,
                    r.topic,
                    r.judge.describe()
                )
            })
            .collect();
        c.out(&text)?;
        return Ok(CLEAN);
    }
    let locales = match Locales::load(args.locales.as_deref()) {
        Ok(l) => l,
        Err(d) => {
            eprint(c, &[d])?;
            return Ok(CANNOT_RUN);
        }
    };
    if !locales.has(&args.lang) {
        let known: Vec<&str> = locales.languages().collect();
        c.errln(&format!(
            "error: no locale for `--lang {}`\n  = help: use one of {}, or add one with --locales",
            args.lang,
            known.join(", ")
        ))?;
        return Ok(CANNOT_RUN);
    }
    let mut reference = match Reference::builtin() {
        Ok(r) => r,
        Err(e) => {
            c.errln(&format!(
                "error: the built-in reference data are invalid: {e}"
            ))?;
            return Ok(CANNOT_RUN);
        }
    };
    // The names a locale folder gives for its language, as `build` takes them.
    if let Err(d) = reference.add_names(locales.reference_names()) {
        eprint(c, &[d])?;
        return Ok(CANNOT_RUN);
    }
    let r = &reference;
    let compared = match (&args.since, args.paths.as_slice()) {
        (Some(rev), []) => source::since(rev, &[PathBuf::from("notices")], r),
        (Some(rev), paths) => source::since(rev, paths, r),
        (None, [old, new]) => source::between(old, new, r),
        (None, _) => {
            c.errln(
                "error: `notice diff` compares two versions: give OLD and NEW, or --since REV\n  = help: `notice diff old.yaml new.yaml`, or `notice diff --since HEAD~1 notices/`",
            )?;
            return Ok(CANNOT_RUN);
        }
    };
    let compared = match compared {
        Ok(c) => c,
        Err(d) => {
            eprint(c, &[d])?;
            return Ok(CANNOT_RUN);
        }
    };
    let lang = args.lang.as_str();
    let text = match args.format {
        DiffFormat::Human => report::human(&compared, &locales, r, lang),
        DiffFormat::Markdown => report::markdown(&compared, &locales, r, lang),
        DiffFormat::Json => report::json(&compared, &locales, r, lang),
    };
    let summary = report::summary(&compared, &locales, lang);
    let (text, summary) = match (text, summary) {
        (Ok(t), Ok(s)) => (t, s),
        (Err(e), _) | (_, Err(e)) => {
            c.errln(&format!(
                "error: {e:#}\n  = help: a locale file lacks a `diff-…` message: see docs/guide/customising.md"
            ))?;
            return Ok(CANNOT_RUN);
        }
    };
    c.out(&text)?;
    if args.format == DiffFormat::Human {
        c.errln(&summary)?;
    }
    Ok(if compared.iter().any(|c| c.material() > 0) {
        MATERIAL
    } else {
        CLEAN
    })
}
