//! Command line: arguments, the `build`, `lint`, `diff`, `explain`, `reference`, `schema`,
//! `docs` and `init` commands, exit codes, and the state of a run (the reference data, "today",
//! the build date, whether standard input is a terminal), resolved here once and passed down.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;
use std::time::Duration;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::archive::Archive;
use crate::console::{self, Console, Failed};
use crate::date::Date;
use crate::declaration::limits::DOCUMENT_SECONDS;
use crate::declaration::{
    Declaration, Flavour, FrontMatterFormat, Loaded, discover, load, resolve,
};
use crate::diagnostic::{Diagnostic, Severity};
use crate::diff::command::{DiffArgs, earlier_versions, previous_of};
use crate::diff::history;
use crate::files::shown;
use crate::i18n::Locales;
use crate::init::{Ended, InitArgs};
use crate::lint::select::{Selection, Selector};
use crate::lint::{self, Config, print};
use crate::output::{self, Status};
use crate::record::{Plan, RECORD_FILE, Record};
use crate::reference::Reference;
use crate::render::draft::{self, Draft};
use crate::render::flavour::MarkdownOptions;
use crate::render::templates::TemplateSet;
use crate::render::{Document, Failure, Format, FragmentOptions, Renderer, languages};

#[derive(Parser, Debug)]
#[command(
    name = "notice",
    version,
    about = "Compile declarations of personal-data processing into GDPR privacy notices."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Write the notices of every declaration: each language, in each format.
    Build(BuildArgs),
    /// Check declarations against what GDPR Articles 13 and 14 require.
    Lint(LintArgs),
    /// List what changed between two versions of declarations, each change material or
    /// editorial; exit 1 when a change is material.
    Diff(DiffArgs),
    /// Print the documentation of a lint rule.
    Explain {
        /// Rule id (N201) or name (missing-legal-basis).
        rule: String,
    },
    /// Print the built-in reference data, with sources and as-of dates.
    Reference {
        #[command(subcommand)]
        what: ReferenceCommand,
    },
    /// Print the JSON Schema of declaration files, for completion and checks in editors, or
    /// of what `notice build --format json` writes.
    Schema {
        /// Which schema.
        #[arg(value_enum, default_value = "declaration")]
        of: SchemaOf,
    },
    /// Write the generated pages of the documentation book: the declaration fields, the lint
    /// rules and these commands, as this binary knows them.
    Docs(DocsArgs),
    /// Write the record of processing activities (GDPR Article 30) of every declaration: the
    /// controller's record, and the processor's where it processes data for clients.
    Register(crate::register::command::RegisterArgs),
    /// Start the declaration of an organisation: from flags, or by asking on a terminal. Every
    /// fact left to write is marked TODO, and is what `notice lint` reports on the new file.
    Init(InitArgs),
}

#[derive(Args, Debug)]
pub struct DocsArgs {
    /// The book's folder; the rule pages' entries in its SUMMARY.md are updated too.
    #[arg(long, short, value_name = "DIR", default_value = "docs")]
    pub out: PathBuf,
    /// Write nothing; exit 1 listing every page that is missing, differs or is obsolete.
    #[arg(long)]
    pub check: bool,
}

/// The JSON Schemas `notice schema` prints.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum SchemaOf {
    /// Declaration files (`notices/*.yaml`).
    Declaration,
    /// The output of `notice build --format json` (`<lang>.json`).
    Json,
}

#[derive(Subcommand, Debug)]
pub enum ReferenceCommand {
    /// Supervisory authorities of the EU/EEA states (all, or one in full).
    Authorities {
        /// ISO 3166-1 alpha-2 code, e.g. BE.
        country: Option<String>,
    },
    /// Adequacy decisions in force, and mechanisms the Court of Justice struck down.
    Adequacy,
    /// Transfer mechanisms a declaration can name.
    Safeguards,
    /// What national law says about a purpose's `activity` (retention limits), per country, for
    /// the sector rules.
    Sector,
    /// The catalogue of common services a declaration can `use:` (all, or one in full).
    Services {
        /// A service id, e.g. mailchimp.
        id: Option<String>,
    },
}

#[derive(Args, Debug)]
pub struct Inputs {
    /// Declaration files, or folders searched for *.yaml / *.yml.
    #[arg(default_value = "notices")]
    pub paths: Vec<PathBuf>,
    /// Folder of languages (<lang>/*.ftl, phrases.yaml, reference.yaml) overriding or adding to
    /// the built-in ones.
    #[arg(long, value_name = "DIR")]
    pub locales: Option<PathBuf>,
    /// Add a note (N901) when the built-in reference data were checked longer ago than this.
    #[arg(long, value_name = "MONTHS", default_value_t = 12)]
    pub max_reference_age: u32,
    /// Check only these rules: ids (N201), names (missing-legal-basis), id prefixes (N5) or ALL.
    #[arg(long, value_delimiter = ',', value_name = "RULE", value_parser = Selector::parse)]
    pub select: Vec<Selector>,
    /// Leave these rules out, named as for --select; the more specific of the two wins.
    /// `build` refuses to leave out error-level rules.
    #[arg(long, value_delimiter = ',', value_name = "RULE", value_parser = Selector::parse)]
    pub ignore: Vec<Selector>,
    /// Compare each declaration with its state at this git revision: for the rules on changes
    /// (N040, N041) and, in `build`, the history summaries left out.
    #[arg(long, value_name = "REV")]
    pub since: Option<String>,
}

/// What `build` writes unless told otherwise: every format this build of notice can make.
const DEFAULT_FORMATS: &str = if crate::render::PDF {
    "md,html,pdf"
} else {
    "md,html"
};

#[derive(Args, Debug)]
pub struct BuildArgs {
    #[command(flatten)]
    pub inputs: Inputs,
    /// Output folder; each notice goes to <DIR>/<notice-id>/<lang>.<ext>.
    #[arg(long, short, value_name = "DIR", default_value = "out")]
    pub out: PathBuf,
    /// Only these languages (default: every language each declaration lists).
    #[arg(long, value_delimiter = ',', value_name = "LANG")]
    pub lang: Vec<String>,
    /// Output formats.
    #[arg(long, value_enum, value_delimiter = ',', default_value = DEFAULT_FORMATS)]
    pub format: Vec<Format>,
    /// The Markdown flavour of the .md files, for the renderer that publishes them (default:
    /// the declaration's `notice.site.markdown`, else gfm).
    #[arg(long, value_enum, value_name = "FLAVOUR")]
    pub markdown: Option<Flavour>,
    /// The front matter of the .md files (default: `notice.site.front_matter`, else the
    /// flavour's: toml for hugo, yaml for jekyll, mkdocs and mdx, none for gfm and commonmark).
    #[arg(long, value_enum, value_name = "FORMAT")]
    pub front_matter: Option<FrontMatterFormat>,
    /// The address of each page on the site, in the front matter; {lang} and {id} are
    /// replaced by the language and the notice id (default: `notice.site.permalink`).
    #[arg(long, value_name = "PATTERN")]
    pub permalink: Option<String>,
    /// The name of each .md file in the notice's folder; {lang} is replaced by the language
    /// (default: `notice.site.file_name`, else the flavour's: {lang}.md, index.{lang}.md for hugo
    /// and mkdocs, {lang}.mdx for mdx).
    #[arg(long, value_name = "PATTERN")]
    pub markdown_file: Option<String>,
    /// Folder of templates overriding the built-in ones by file name.
    #[arg(long, value_name = "DIR")]
    pub templates: Option<PathBuf>,
    /// Write nothing; exit 1 listing every output that is missing or differs.
    #[arg(long)]
    pub check: bool,
    /// Heading level of the fragment's title: 2 places it under the host page's own <h1>.
    #[arg(long, value_name = "1-6", default_value_t = 1, value_parser = clap::value_parser!(u8).range(1..=6))]
    pub fragment_heading_level: u8,
    /// Open the fragment with a table of contents, as the page does.
    #[arg(long)]
    pub fragment_toc: bool,
    /// Longest time one document (a notice in one language, every format) may take to render.
    #[arg(long, value_name = "SECONDS", default_value_t = DOCUMENT_SECONDS, value_parser = clap::value_parser!(u64).range(1..))]
    pub time_budget: u64,
    /// Also keep this version's outputs under <DIR>/<notice-id>/versions/<effective>/, never
    /// rewritten once written.
    #[arg(long, conflicts_with = "draft")]
    pub archive: bool,
    /// Build even with error-level findings: every output says "draft — not for publication"
    /// and lists the findings at its end. Refuses a folder holding other outputs.
    #[arg(long)]
    pub draft: bool,
    /// With --draft: write into a folder that holds outputs not made by a draft build.
    #[arg(long, requires = "draft")]
    pub force: bool,
}

#[derive(Args, Debug)]
pub struct LintArgs {
    #[command(flatten)]
    pub inputs: Inputs,
    /// Output format of the findings.
    #[arg(long, value_enum, default_value = "human")]
    pub format: LintFormat,
    /// Fail (exit 1) on warnings too.
    #[arg(long, value_name = "LEVEL")]
    pub deny: Option<DenyLevel>,
    /// List every rule (or those --select and --ignore leave) and exit.
    #[arg(long)]
    pub list_rules: bool,
    /// Also print the findings that `lint.allow` entries accept.
    #[arg(long)]
    pub show_allowed: bool,
    /// Also check what the record of processing activities (Article 30) needs: the register's
    /// rules, R0xx.
    #[arg(long)]
    pub register: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum LintFormat {
    Human,
    Json,
    /// SARIF 2.1.0, for code-scanning tools.
    Sarif,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum DenyLevel {
    Warnings,
}

/// Exit codes, as ripgrep uses them.
pub(crate) const CLEAN: u8 = 0;
pub(crate) const FINDINGS: u8 = 1;
pub(crate) const CANNOT_RUN: u8 = 2;

/// What a command ends with: its exit code, or a write to the terminal that failed.
pub(crate) type Outcome = Result<u8, Failed>;

pub fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            let code = if e.use_stderr() { CANNOT_RUN } else { CLEAN };
            // `--help` to a full disk fails too; a closed pipe does not.
            return ExitCode::from(match e.print() {
                Err(err) if err.kind() != std::io::ErrorKind::BrokenPipe => CANNOT_RUN,
                _ => code,
            });
        }
    };
    let env = Environment::read();
    let mut console = Console::default();
    let c = &mut console;
    let outcome = match cli.command {
        Command::Build(args) => build(c, &args, &env),
        Command::Lint(args) => lint_command(c, &args, &env),
        Command::Diff(args) => crate::diff::command::run(c, &args, eprint_diags),
        Command::Explain { rule } => explain(c, &rule),
        Command::Reference { what } => reference(c, &what),
        Command::Schema { of } => c
            .out(&match of {
                SchemaOf::Declaration => crate::declaration::schema::to_json(),
                SchemaOf::Json => crate::render::json::schema_json(),
            })
            .map(|()| CLEAN),
        Command::Docs(args) => docs(c, &args),
        Command::Init(args) => init(c, &args, &env),
        Command::Register(args) => crate::register::command::run(c, &args, &env),
    };
    ExitCode::from(outcome.unwrap_or_else(|failed| {
        console::report(&failed);
        CANNOT_RUN
    }))
}

pub(crate) fn eprint_diags(c: &mut Console, diags: &[Diagnostic]) -> Result<(), Failed> {
    let colour = print::use_colour(std::io::stderr().is_terminal());
    let text: String = diags
        .iter()
        .filter_map(|d| print::shown(d, colour, false))
        .collect();
    c.err(&text)
}

/// What a run takes from its environment rather than its arguments, read once here and
/// handed down: nothing below `cli` reads the environment or the clock.
pub(crate) struct Environment {
    /// "Today", for the age of the reference data: `NOTICE_TODAY` (for reproducible checks),
    /// else the clock.
    pub(crate) today: Date,
    /// The build's date, `SOURCE_DATE_EPOCH`: it dates PDFs in place of the notice's date.
    pub(crate) build_date: Option<Date>,
}

impl Environment {
    fn read() -> Environment {
        let today = std::env::var("NOTICE_TODAY")
            .ok()
            .and_then(|s| s.parse().ok())
            .or_else(|| {
                let secs = std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .ok()?
                    .as_secs();
                Date::from_unix_seconds(i64::try_from(secs).ok()?)
            })
            .unwrap_or_else(|| Date::new(2026, 1, 1).unwrap_or_else(|_| unreachable!()));
        let build_date = std::env::var("SOURCE_DATE_EPOCH")
            .ok()
            .and_then(|s| s.trim().parse::<i64>().ok())
            .and_then(Date::from_unix_seconds);
        Environment { today, build_date }
    }
}

/// The lint configuration of this run.
pub(crate) fn config(inputs: &Inputs, env: &Environment) -> Config {
    Config {
        today: env.today,
        max_reference_age_months: i64::from(inputs.max_reference_age),
        selection: Selection::new(inputs.select.clone(), inputs.ignore.clone()),
        register: false,
    }
}

/// The reference data of the run, parsed once: the built-in data, with the names the locale
/// folders give for their languages (`reference.yaml`).
pub(crate) fn load_reference(locales: &Locales) -> Result<Arc<Reference>, Diagnostic> {
    let mut reference = builtin_reference()?;
    reference.add_names(locales.reference_names())?;
    Ok(Arc::new(reference))
}

/// The built-in reference data.
fn builtin_reference() -> Result<Reference, Diagnostic> {
    Reference::builtin().map_err(|e| {
        Diagnostic::error(
            "reference",
            format!("the built-in reference data are invalid: {e}"),
        )
        .with_help("this notice binary was built from broken data files: please report it")
    })
}

/// What a command needs besides the declarations (the locales, the reference data, the
/// templates), made by `prepare` on a thread of its own while the declarations are read and
/// parsed on every core; then the declarations, with the catalogue's facts taken in where
/// they say `use:`, and the errors of all unreadable files, not just the first. Preparing
/// alone took some 35 ms before any file was opened.
pub(crate) fn prepare_and_load<P: Send>(
    inputs: &Inputs,
    prepare: impl FnOnce() -> Result<P, Diagnostic> + Send,
    reference: impl Fn(&P) -> &Reference,
) -> Result<(P, Vec<Loaded>, Vec<Diagnostic>), Diagnostic> {
    let (prepared, read) = crate::parallel::beside(prepare, || read_all(inputs));
    let prepared = prepared?;
    let (loaded, errors) = resolve_all(read, reference(&prepared));
    Ok((prepared, loaded, errors))
}

/// Every declaration file read and parsed, on every core, in the files' order.
fn read_all(inputs: &Inputs) -> Vec<Result<Loaded, Diagnostic>> {
    match discover(&inputs.paths) {
        Ok(files) => crate::parallel::map(&files, |f| load(f)),
        Err(d) => vec![Err(d)],
    }
}

/// The catalogue's facts taken into each declaration read; the declarations, and the errors.
fn resolve_all(
    read: Vec<Result<Loaded, Diagnostic>>,
    reference: &Reference,
) -> (Vec<Loaded>, Vec<Diagnostic>) {
    let mut loaded = Vec::new();
    let mut errors = Vec::new();
    for l in read {
        match l.and_then(|l| resolve(l, reference)) {
            Ok(l) => loaded.push(l),
            Err(d) => errors.push(d),
        }
    }
    (loaded, errors)
}

pub(crate) fn load_locales(inputs: &Inputs) -> Result<Arc<Locales>, Diagnostic> {
    Locales::load(inputs.locales.as_deref()).map(Arc::new)
}

/// `values` without repeats, in their first order: `--format md,md` builds one Markdown file.
pub(crate) fn unique<T: PartialEq + Clone>(values: &[T]) -> Vec<T> {
    let mut out: Vec<T> = Vec::with_capacity(values.len());
    for v in values {
        if !out.contains(v) {
            out.push(v.clone());
        }
    }
    out
}

/// Refuses a `--lang` value that no locale writes, listing those that exist.
pub(crate) fn check_languages(langs: &[String], locales: &Locales) -> Result<(), Diagnostic> {
    let known: Vec<&str> = locales.languages().collect();
    for lang in langs {
        if known.contains(&lang.as_str()) {
            continue;
        }
        let close = known
            .iter()
            .find(|k| k.eq_ignore_ascii_case(lang))
            .copied()
            .or_else(|| crate::suggest::did_you_mean(lang, known.iter().copied()))
            .map(|k| format!(" (did you mean `{k}`?)"))
            .unwrap_or_default();
        return Err(Diagnostic::error(
            "load",
            format!(
                "unknown language `{lang}` in --lang{close}; the languages are {}",
                known.join(", ")
            ),
        )
        .with_help(
            "give language codes as the declarations list them, or add a locale with --locales",
        ));
    }
    Ok(())
}

fn build(c: &mut Console, args: &BuildArgs, env: &Environment) -> Outcome {
    let config = config(&args.inputs, env);
    if let Err(e) = config.selection.checks_every_error() {
        c.errln(&format!(
            "error: `notice build` {e}\n  = help: leave only warnings and notes out of `build`; a finding that is wrong about your notice can be allowed where it occurs, with a reason (`lint.allow`, see docs/guide/linting.md, \"Rule configuration\")"
        ))?;
        return Ok(CANNOT_RUN);
    }
    let (langs, formats) = (unique(&args.lang), unique(&args.format));
    if !crate::render::PDF && formats.contains(&Format::Pdf) {
        eprint_diags(c, &[crate::render::pdf_unavailable()])?;
        return Ok(CANNOT_RUN);
    }
    let prepare = || {
        let locales = load_locales(&args.inputs)?;
        check_languages(&langs, &locales)?;
        let reference = load_reference(&locales)?;
        let templates = TemplateSet::load(args.templates.as_deref())?;
        let fragment = FragmentOptions {
            top_level: args.fragment_heading_level,
            toc: args.fragment_toc,
        };
        let renderer = Renderer::new(
            templates,
            Arc::clone(&locales),
            Arc::clone(&reference),
            env.build_date,
        )?
        .with_fragment(fragment)
        .with_markdown(MarkdownOptions {
            flavour: args.markdown,
            front_matter: args.front_matter,
            permalink: args.permalink.clone(),
            file: args.markdown_file.clone(),
        })
        .with_time_budget(Duration::from_secs(args.time_budget));
        Ok((Arc::new(renderer), locales, reference))
    };
    let prepared = prepare_and_load(&args.inputs, prepare, |(_, _, r)| r);
    let ((renderer, locales, reference), loaded, load_errors) = match prepared {
        Ok(p) => p,
        Err(d) => {
            eprint_diags(c, &[d])?;
            return Ok(CANNOT_RUN);
        }
    };
    if !load_errors.is_empty() {
        eprint_diags(c, &load_errors)?;
        c.errln(&format!(
            "nothing written: {} file(s) could not be read",
            load_errors.len()
        ))?;
        return Ok(CANNOT_RUN);
    }
    let since = args.inputs.since.as_deref();
    let earlier = match earlier_versions(since, &args.inputs.paths, &reference) {
        Ok(e) => e,
        Err(d) => {
            eprint_diags(c, &[d])?;
            c.errln("nothing written: the earlier versions could not be read")?;
            return Ok(CANNOT_RUN);
        }
    };
    let previous = previous_of(&earlier, &loaded);
    let findings = lint::lint_since(&loaded, &previous, &locales, &reference, &config);
    let errors = findings
        .iter()
        .filter(|d| d.is_active() && d.severity == Severity::Error)
        .count();
    eprint_diags(
        c,
        &findings
            .iter()
            .filter(|d| d.severity >= Severity::Warning)
            .cloned()
            .collect::<Vec<_>>(),
    )?;
    if errors > 0 && !args.draft {
        c.errln(&format!(
            "nothing written: {} (run `notice lint` for details; `--draft` builds a preview anyway)",
            print::summary(&findings)
        ))?;
        return Ok(FINDINGS);
    }
    // A draft lists the findings of its own declaration.
    let drafts: Vec<Draft> = if args.draft {
        loaded
            .iter()
            .map(|l| {
                draft::draft(
                    &findings
                        .iter()
                        .filter(|d| d.file.as_ref().is_some_and(|f| f.path == l.file.path))
                        .collect::<Vec<_>>(),
                )
            })
            .collect()
    } else {
        Vec::new()
    };
    // The history summaries a declaration leaves out, from the earlier versions reachable.
    let mut filled = Vec::new();
    let mut history_warnings = Vec::new();
    for (l, p) in loaded.iter().zip(&previous) {
        match history::fill(l, p.map(|p| &p.declaration), &locales, &reference) {
            Ok((decl, w)) => {
                filled.push(decl);
                history_warnings.extend(w);
            }
            Err(d) => {
                eprint_diags(c, &[d])?;
                c.errln(
                    "nothing written: an earlier version named in a history could not be read",
                )?;
                return Ok(CANNOT_RUN);
            }
        }
    }
    eprint_diags(c, &history_warnings)?;
    let decls: Vec<&Declaration> = filled.iter().collect();
    // A run that would build nothing (`--lang` naming no declaration's language) says so: a
    // `--check` that compared nothing must not pass.
    if !decls.iter().any(|d| !languages(d, &langs).is_empty()) {
        let (what, verb) = if args.check {
            ("nothing to compare", "compare")
        } else {
            ("nothing to build", "build")
        };
        let d = Diagnostic::error(
            "output",
            format!("{what}: no declaration is written in {}", langs.join(", ")),
        )
        .with_help(format!(
            "give --lang a language the declarations list, or leave it out to {verb} every one"
        ));
        eprint_diags(c, &[d])?;
        return Ok(CANNOT_RUN);
    }
    // A declaration that lists none of the `--lang` languages is left out of the run, and says
    // so: its notices are only ever written from its own texts, never in a language it lacks.
    let skipped: Vec<Diagnostic> = loaded
        .iter()
        .zip(&decls)
        .filter(|(_, d)| languages(d, &langs).is_empty())
        .map(|(l, d)| {
            Diagnostic {
                severity: crate::diagnostic::Severity::Note,
                ..Diagnostic::error(
                    "output",
                    format!(
                        "not built in {}: the declaration is written in {} only",
                        langs.join(", "),
                        d.notice.languages.join(", ")
                    ),
                )
            }
            .with_help(format!(
                "to publish it in {}, add the language to `notice.languages` and a text in it to each free text",
                langs.join(", ")
            ))
            .in_file(&l.file, None)
        })
        .collect();
    eprint_diags(c, &skipped)?;
    // Archived versions are fingerprinted as written, not with the summaries filled in above,
    // which depend on what this run could reach.
    let written: Vec<&Declaration> = loaded.iter().map(|l| &l.declaration).collect();
    let mut archive = match args
        .archive
        .then(|| Archive::open(&args.out, &written))
        .transpose()
    {
        Ok(a) => a,
        Err(problems) => {
            eprint_diags(c, &problems)?;
            c.errln(
                "nothing written: the archive of earlier versions must stay as it was published",
            )?;
            return Ok(FINDINGS);
        }
    };
    let run = Run {
        renderer: &renderer,
        decls: &decls,
        drafts: &drafts,
        loaded: &loaded,
        formats: &formats,
        langs: &langs,
    };
    if args.check {
        return check_outputs(c, &run, args, archive.as_mut());
    }
    // Drafts never replace published notices unasked; a folder that holds only drafts is
    // marked so, and a forced draft leaves the folder unmarked, so each draft there is forced.
    let mark_draft = if args.draft {
        match output::published_output(&args.out) {
            Ok(None) => true,
            Ok(Some(_)) if args.force => false,
            Ok(Some(found)) => {
                let d = Diagnostic::error(
                    "output",
                    format!(
                        "refusing to write drafts into `{}`: it holds outputs that may be published, such as `{}`",
                        shown(&args.out),
                        shown(&found)
                    ),
                )
                .with_help("build drafts into a folder of their own (`--out drafts`), or add `--force` to write over these outputs; nothing was written");
                eprint_diags(c, &[d])?;
                return Ok(CANNOT_RUN);
            }
            Err(d) => {
                eprint_diags(c, &[d])?;
                return Ok(CANNOT_RUN);
            }
        }
    } else {
        false
    };
    // Documents go to the staging folder as they are rendered; nothing reaches `--out`
    // unless every one of them succeeded.
    let mut staging = match output::Staging::new(&args.out) {
        Ok(s) => s,
        Err(d) => {
            eprint_diags(c, &[d])?;
            return Ok(CANNOT_RUN);
        }
    };
    // Read under the lock the staging holds.
    let (mut record, plan) = match run.plan(&args.out, archive.as_ref()) {
        Ok(p) => p,
        Err(d) => {
            eprint_diags(c, &[d])?;
            return Ok(CANNOT_RUN);
        }
    };
    eprint_diags(c, &record.warning().into_iter().collect::<Vec<_>>())?;
    let mut warnings = known_warnings(&plan, &loaded);
    let rendered = run.render(&plan, |i, docs| {
        warnings.extend(render_warnings(docs_warnings(&docs), &loaded[i]));
        record.made(&docs);
        let archived = archive
            .as_mut()
            .map(|a| a.documents(i, &docs))
            .unwrap_or_default();
        docs.iter()
            .chain(&archived)
            .try_for_each(|d| staging.add(d))
    });
    print_sorted(c, warnings)?;
    let mut last = archive.as_ref().map(Archive::manifests).unwrap_or_default();
    last.extend(mark_draft.then(output::draft_mark));
    last.push(record.document());
    let result = match rendered.and_then(|()| {
        last.iter()
            .try_for_each(|d| staging.add(d))
            .map_err(Failure::Take)
    }) {
        // The folder holds outputs to publish from here on: not drafts any more.
        Ok(()) if !args.draft => {
            output::remove_draft_mark(&args.out).and_then(|()| staging.commit())
        }
        Ok(()) => staging.commit(),
        Err(e) => {
            drop(staging);
            return render_failure(c, e, &loaded);
        }
    };
    match result {
        Ok(report) => {
            // The record and the draft mark are not outputs: the counts are the user's files.
            let outputs = |paths: &[PathBuf]| {
                let (record, mark) = (
                    args.out.join(RECORD_FILE),
                    args.out.join(output::DRAFT_MARK),
                );
                paths
                    .iter()
                    .filter(|p| **p != record && **p != mark)
                    .count()
            };
            c.errln(&format!(
                "wrote {} file(s), {} unchanged{}, for {} notice(s) in {}",
                outputs(&report.written),
                outputs(&report.unchanged) + plan.known.len(),
                from_record(&plan),
                loaded.len(),
                shown(&args.out)
            ))?;
            if !args.draft {
                return Ok(CLEAN);
            }
            // Drafts were asked for, but error-level findings still fail the run.
            c.errln(&format!(
                "these are drafts, not for publication: {}",
                print::summary(&findings)
            ))?;
            Ok(if errors > 0 { FINDINGS } else { CLEAN })
        }
        Err(d) => {
            eprint_diags(c, &[d])?;
            Ok(CANNOT_RUN)
        }
    }
}

/// How many outputs the build record answered for, when any: they were not rendered.
fn from_record(plan: &Plan) -> String {
    match plan.known.len() {
        0 => String::new(),
        n => format!(" ({n} known from the build record, not rendered)"),
    }
}

/// What one `build` renders: the same for writing and for `--check`.
struct Run<'a> {
    renderer: &'a Arc<Renderer>,
    decls: &'a [&'a Declaration],
    /// The draft of each declaration (`--draft`), or none.
    drafts: &'a [Draft],
    loaded: &'a [Loaded],
    formats: &'a [Format],
    langs: &'a [String],
}

impl<'a> Run<'a> {
    /// The build record of `out`, and which documents it finds up to date (and, with
    /// `--archive`, archived): the others are rendered. Call it under the lock of `out`.
    fn plan(
        &self,
        out: &Path,
        archive: Option<&Archive>,
    ) -> Result<(Record, Plan<'a>), Diagnostic> {
        self.renderer
            .check_pages(self.decls, self.formats, self.langs)?;
        let mut record = Record::open(out, self.renderer, self.formats)?;
        let plan = record.plan(self.decls, self.drafts, self.langs, |i, paths| {
            archive.is_none_or(|a| a.has(i, paths))
        });
        Ok((record, plan))
    }

    fn render(
        &self,
        plan: &Plan,
        take: impl FnMut(usize, Vec<Document>) -> Result<(), Diagnostic>,
    ) -> Result<(), Failure> {
        self.renderer
            .render_items(self.decls, self.drafts, &plan.render, self.formats, take)
    }
}

/// What rendering documents of one declaration warned about (by output path), under its file.
fn render_warnings<'d>(
    docs: impl Iterator<Item = (&'d Path, &'d [String])>,
    from: &Loaded,
) -> Vec<Diagnostic> {
    docs.flat_map(|(path, warnings)| {
        warnings.iter().map(move |w| {
            let mut diag = Diagnostic::error("output", format!("{}: {w}", path.display()))
                .in_file(&from.file, None);
            diag.severity = Severity::Warning;
            diag
        })
    })
    .collect()
}

fn docs_warnings(docs: &[Document]) -> impl Iterator<Item = (&Path, &[String])> {
    docs.iter()
        .map(|d| (d.path.as_path(), d.warnings.as_slice()))
}

/// What rendering the documents the build record answers for warned about when they were
/// rendered: said again, so that a run prints the same whether it renders them or not.
fn known_warnings(plan: &Plan, loaded: &[Loaded]) -> Vec<Diagnostic> {
    plan.known
        .iter()
        .flat_map(|(i, k)| {
            render_warnings(
                std::iter::once((k.path.as_path(), k.warnings.as_slice())),
                &loaded[*i],
            )
        })
        .collect()
}

/// Prints diagnostics gathered from the rendering threads in a stable order.
fn print_sorted(c: &mut Console, mut diags: Vec<Diagnostic>) -> Result<(), Failed> {
    // By message first: the sort by place below keeps that order among equals.
    diags.sort_by(|a, b| a.message.cmp(&b.message));
    crate::diagnostic::sort(&mut diags);
    eprint_diags(c, &diags)
}

/// Prints why rendering stopped; the exit code of a build that wrote nothing.
fn render_failure(c: &mut Console, e: Failure, loaded: &[Loaded]) -> Outcome {
    match e {
        Failure::Render(i, d) => {
            // Located in a template when the template is at fault; else the notice is.
            let d = if d.file.is_none() {
                d.in_file(&loaded[i].file, None)
            } else {
                d
            };
            eprint_diags(c, std::slice::from_ref(&d))?;
            c.errln(&format!(
                "nothing written: {} could not be rendered",
                loaded[i].file.display()
            ))?;
        }
        Failure::Take(d) => eprint_diags(c, &[d])?,
    }
    Ok(CANNOT_RUN)
}

/// `build --check`: compares what a build would write with what is on disk, writing nothing.
fn check_outputs(
    c: &mut Console,
    run: &Run,
    args: &BuildArgs,
    mut archive: Option<&mut Archive>,
) -> Outcome {
    // A build writing into the folder meanwhile would make the comparison meaningless.
    let _lock = match output::lock(&args.out, false) {
        Ok(l) => l,
        Err(d) => {
            eprint_diags(c, &[d])?;
            return Ok(CANNOT_RUN);
        }
    };
    let (record, plan) = match run.plan(&args.out, archive.as_deref()) {
        Ok(p) => p,
        Err(d) => {
            eprint_diags(c, &[d])?;
            return Ok(CANNOT_RUN);
        }
    };
    eprint_diags(c, &record.warning().into_iter().collect::<Vec<_>>())?;
    let mut statuses: Vec<(PathBuf, Status)> = plan
        .known
        .iter()
        .map(|(_, k)| (args.out.join(&k.path), Status::Same))
        .collect();
    let mut warnings = known_warnings(&plan, run.loaded);
    let rendered = run.render(&plan, |i, docs| {
        warnings.extend(render_warnings(docs_warnings(&docs), &run.loaded[i]));
        // Files the archive still lacks; those it has were checked when it was opened.
        let archived = archive
            .as_mut()
            .map(|a| a.documents(i, &docs))
            .unwrap_or_default();
        for d in docs.iter().chain(&archived) {
            statuses.push(output::status(&args.out, d)?);
        }
        Ok(())
    });
    print_sorted(c, warnings)?;
    if let Err(e) = rendered {
        return render_failure(c, e, run.loaded);
    }
    for d in archive.map(|a| a.manifests()).unwrap_or_default() {
        match output::status(&args.out, &d) {
            Ok(s) => statuses.push(s),
            Err(e) => return render_failure(c, Failure::Take(e), run.loaded),
        }
    }
    // Documents arrive in the threads' order: sorted, the listing is the same on every run.
    statuses.sort_by(|a, b| a.0.cmp(&b.0));
    let stale: Vec<_> = statuses
        .iter()
        .filter(|(_, s)| *s != Status::Same)
        .collect();
    let listing: String = stale
        .iter()
        .map(|(path, status)| {
            let what = if *status == Status::Missing {
                "missing"
            } else {
                "differs"
            };
            format!("{what}: {}\n", shown(path))
        })
        .collect();
    c.out(&listing)?;
    if stale.is_empty() {
        c.errln(&format!(
            "{} outputs up to date{}",
            statuses.len(),
            from_record(&plan)
        ))?;
        Ok(CLEAN)
    } else {
        c.errln(&format!(
            "{} of {} outputs are stale: run `notice build` and commit the result",
            stale.len(),
            statuses.len()
        ))?;
        Ok(FINDINGS)
    }
}

fn lint_command(c: &mut Console, args: &LintArgs, env: &Environment) -> Outcome {
    // Lint renders nothing: no job to hold to the memory bound, so nothing to count.
    crate::budget::stop_counting();
    let mut config = config(&args.inputs, env);
    config.register = args.register;
    if args.list_rules {
        let list: String = lint::rules::all()
            .filter(|r| config.selection.checks(r))
            .map(|r| {
                format!(
                    "{}  {:<7}  {:<36} {}  ({})\n",
                    r.id,
                    r.severity.as_str(),
                    r.name,
                    r.summary,
                    r.articles
                )
            })
            .collect();
        c.out(&list)?;
        return Ok(CLEAN);
    }
    let prepare = || {
        let l = load_locales(&args.inputs)?;
        let reference = load_reference(&l)?;
        Ok((l, reference))
    };
    let prepared = prepare_and_load(&args.inputs, prepare, |(_, r)| r);
    let ((locales, reference), loaded, mut diags) = match prepared {
        Ok(p) => p,
        Err(d) => {
            eprint_diags(c, &[d])?;
            return Ok(CANNOT_RUN);
        }
    };
    let unreadable = !diags.is_empty();
    let since = args.inputs.since.as_deref();
    let earlier = match earlier_versions(since, &args.inputs.paths, &reference) {
        Ok(e) => e,
        Err(d) => {
            eprint_diags(c, &[d])?;
            return Ok(CANNOT_RUN);
        }
    };
    diags.extend(lint::lint_since(
        &loaded,
        &previous_of(&earlier, &loaded),
        &locales,
        &reference,
        &config,
    ));
    crate::diagnostic::sort(&mut diags);
    let fail_at = if args.deny == Some(DenyLevel::Warnings) {
        Severity::Warning
    } else {
        Severity::Error
    };
    let code = if unreadable {
        CANNOT_RUN
    } else if diags.iter().any(|d| d.is_active() && d.severity >= fail_at) {
        FINDINGS
    } else {
        CLEAN
    };
    match args.format {
        LintFormat::Json => c.outln(&print::json(&diags))?,
        LintFormat::Sarif => c.outln(&print::sarif(&diags))?,
        LintFormat::Human => {
            let colour = print::use_colour(std::io::stdout().is_terminal());
            let text: String = diags
                .iter()
                .filter_map(|d| print::shown(d, colour, args.show_allowed))
                .map(|d| format!("{d}\n"))
                .collect();
            c.out(&text)?;
            let files = loaded.len() + diags.iter().filter(|d| d.code == "load").count();
            c.errln(&format!("{} in {} file(s)", print::summary(&diags), files))?;
        }
    }
    Ok(code)
}

fn explain(c: &mut Console, id: &str) -> Outcome {
    let Some(r) = lint::find_rule(id) else {
        let names = lint::rules::all().flat_map(|r| [r.id, r.name]);
        let hint = crate::suggest::did_you_mean(id, names)
            .map(|s| format!(" (did you mean `{s}`?)"))
            .unwrap_or_default();
        c.errln(&format!(
            "error: no rule `{id}`{hint}; `notice lint --list-rules` lists them"
        ))?;
        return Ok(CANNOT_RUN);
    };
    c.out(&lint::explain::text(r))?;
    Ok(CLEAN)
}

fn docs(c: &mut Console, args: &DocsArgs) -> Outcome {
    if args.check {
        return match crate::docs::stale(&args.out) {
            Ok(stale) if stale.is_empty() => {
                c.errln(&format!(
                    "the generated pages in {} are up to date",
                    shown(&args.out)
                ))?;
                Ok(CLEAN)
            }
            Ok(stale) => {
                let listing: String = stale
                    .iter()
                    .map(|(path, what)| format!("{what}: {}\n", shown(path)))
                    .collect();
                c.out(&listing)?;
                c.errln(&format!(
                    "{} generated page(s) are stale: run `notice docs --out {}` and commit the result",
                    stale.len(),
                    shown(&args.out)
                ))?;
                Ok(FINDINGS)
            }
            Err(d) => {
                eprint_diags(c, &[d])?;
                Ok(CANNOT_RUN)
            }
        };
    }
    match crate::docs::write(&args.out) {
        Ok(changed) => {
            c.errln(&format!(
                "{changed} generated page(s) changed in {}",
                shown(&args.out)
            ))?;
            Ok(CLEAN)
        }
        Err(d) => {
            eprint_diags(c, &[d])?;
            Ok(CANNOT_RUN)
        }
    }
}

fn init(c: &mut Console, args: &InitArgs, env: &Environment) -> Outcome {
    let prepared = Locales::load(None).and_then(|l| {
        let reference = load_reference(&l)?;
        Ok((l, reference))
    });
    let (locales, reference) = match prepared {
        Ok(p) => p,
        Err(d) => {
            eprint_diags(c, &[d])?;
            return Ok(CANNOT_RUN);
        }
    };
    let setting = crate::init::Setting {
        today: env.today,
        reference: &reference,
        locales: &locales,
        terminal: std::io::stdin().is_terminal(),
    };
    Ok(match crate::init::run(c, args, &setting)? {
        Ended::Written => CLEAN,
        Ended::Refused => CANNOT_RUN,
    })
}

fn reference(c: &mut Console, what: &ReferenceCommand) -> Outcome {
    use crate::reference::report;
    let r = match builtin_reference() {
        Ok(r) => r,
        Err(d) => {
            eprint_diags(c, &[d])?;
            return Ok(CANNOT_RUN);
        }
    };
    let text = match what {
        ReferenceCommand::Authorities { country } => {
            match report::authorities(&r, country.as_deref()) {
                Ok(t) => t,
                Err(e) => {
                    c.errln(&format!("error: {e}"))?;
                    return Ok(CANNOT_RUN);
                }
            }
        }
        ReferenceCommand::Adequacy => report::adequacy(&r),
        ReferenceCommand::Safeguards => report::safeguards(&r),
        ReferenceCommand::Sector => report::sector(&r),
        ReferenceCommand::Services { id } => match report::services(&r, id.as_deref()) {
            Ok(t) => t,
            Err(e) => {
                c.errln(&format!("error: {e}"))?;
                if !e.close.is_empty() {
                    c.errln(&format!("  = help: did you mean {}?", e.close.join(", ")))?;
                }
                return Ok(CANNOT_RUN);
            }
        },
    };
    c.out(&text)?;
    Ok(CLEAN)
}
