//! Command line: arguments, the `build`, `lint`, `explain`, `reference`, `schema` and `docs`
//! commands, exit codes, and the state of a run (the reference data, "today", the build date),
//! resolved here once and passed down.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::date::Date;
use crate::declaration::{Declaration, Loaded, discover, load};
use crate::diagnostic::{Diagnostic, Severity};
use crate::i18n::Locales;
use crate::lint::select::{Selection, Selector};
use crate::lint::{self, Config, print};
use crate::output::{self, Status};
use crate::reference::Reference;
use crate::render::templates::TemplateSet;
use crate::render::{Document, Failure, Format, FragmentOptions, Renderer};

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
    /// Print the JSON Schema of declaration files, for completion and checks in editors.
    Schema,
    /// Write the generated pages of the documentation book: the declaration fields, the lint
    /// rules and these commands, as this binary knows them.
    Docs(DocsArgs),
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
}

#[derive(Args, Debug)]
pub struct Inputs {
    /// Declaration files, or folders searched for *.yaml / *.yml.
    #[arg(default_value = "notices")]
    pub paths: Vec<PathBuf>,
    /// Folder of locale files (<lang>/*.ftl) overriding or adding to the built-in ones.
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
}

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
    #[arg(long, value_enum, value_delimiter = ',', default_value = "md,html,pdf")]
    pub format: Vec<Format>,
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
const CLEAN: u8 = 0;
const FINDINGS: u8 = 1;
const CANNOT_RUN: u8 = 2;

pub fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            let _ = e.print();
            return ExitCode::from(if e.use_stderr() { CANNOT_RUN } else { CLEAN });
        }
    };
    let env = Environment::read();
    ExitCode::from(match cli.command {
        Command::Build(args) => build(&args, &env),
        Command::Lint(args) => lint_command(&args, &env),
        Command::Explain { rule } => explain(&rule),
        Command::Reference { what } => reference(&what),
        Command::Schema => {
            print!("{}", crate::declaration::schema::to_json());
            CLEAN
        }
        Command::Docs(args) => docs(&args),
    })
}

fn eprint_diags(diags: &[Diagnostic]) {
    let colour = print::use_colour(std::io::stderr().is_terminal());
    let mut err = std::io::stderr().lock();
    for d in diags.iter().filter_map(|d| print::shown(d, colour, false)) {
        let _ = write!(err, "{d}");
    }
}

/// What a run takes from its environment rather than its arguments, read once here and
/// handed down: nothing below `cli` reads the environment or the clock.
struct Environment {
    /// "Today", for the age of the reference data: `NOTICE_TODAY` (for reproducible checks),
    /// else the clock.
    today: Date,
    /// The build's date, `SOURCE_DATE_EPOCH`: it dates PDFs in place of the notice's date.
    build_date: Option<Date>,
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
fn config(inputs: &Inputs, env: &Environment) -> Config {
    Config {
        today: env.today,
        max_reference_age_months: i64::from(inputs.max_reference_age),
        selection: Selection::new(inputs.select.clone(), inputs.ignore.clone()),
    }
}

/// The built-in reference data, parsed once for the run.
fn load_reference() -> Result<Arc<Reference>, Diagnostic> {
    Reference::builtin().map(Arc::new).map_err(|e| {
        Diagnostic::error(
            "reference",
            format!("the built-in reference data are invalid: {e}"),
        )
        .with_help("this notice binary was built from broken data files: please report it")
    })
}

/// Loads every declaration; the errors of all unreadable files, not just the first.
fn load_all(inputs: &Inputs) -> (Vec<Loaded>, Vec<Diagnostic>) {
    let files = match discover(&inputs.paths) {
        Ok(f) => f,
        Err(d) => return (Vec::new(), vec![d]),
    };
    let mut loaded = Vec::new();
    let mut errors = Vec::new();
    for f in files {
        match load(&f) {
            Ok(l) => loaded.push(l),
            Err(d) => errors.push(d),
        }
    }
    (loaded, errors)
}

fn load_locales(inputs: &Inputs) -> Result<Arc<Locales>, Diagnostic> {
    Locales::load(inputs.locales.as_deref()).map(Arc::new)
}

fn build(args: &BuildArgs, env: &Environment) -> u8 {
    let config = config(&args.inputs, env);
    if let Err(e) = config.selection.checks_every_error() {
        eprintln!(
            "error: `notice build` {e}\n  = help: leave only warnings and notes out of `build`; a finding that is wrong about your notice can be allowed where it occurs, with a reason (`lint.allow`, see README \"Rule configuration\")"
        );
        return CANNOT_RUN;
    }
    let prepared = load_locales(&args.inputs).and_then(|locales| {
        let reference = load_reference()?;
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
        .with_fragment(fragment);
        Ok((renderer, locales, reference))
    });
    let (renderer, locales, reference) = match prepared {
        Ok(p) => p,
        Err(d) => {
            eprint_diags(&[d]);
            return CANNOT_RUN;
        }
    };
    let (loaded, load_errors) = load_all(&args.inputs);
    if !load_errors.is_empty() {
        eprint_diags(&load_errors);
        eprintln!(
            "nothing written: {} file(s) could not be read",
            load_errors.len()
        );
        return CANNOT_RUN;
    }
    let findings = lint::lint(&loaded, &locales, &reference, &config);
    let errors = findings
        .iter()
        .filter(|d| d.is_active() && d.severity == Severity::Error)
        .count();
    eprint_diags(
        &findings
            .iter()
            .filter(|d| d.severity >= Severity::Warning)
            .cloned()
            .collect::<Vec<_>>(),
    );
    if errors > 0 {
        eprintln!(
            "nothing written: {} (run `notice lint` for details)",
            print::summary(&findings)
        );
        return FINDINGS;
    }
    let decls: Vec<&Declaration> = loaded.iter().map(|l| &l.declaration).collect();
    if args.check {
        return check_outputs(&renderer, &decls, args, &loaded);
    }
    // Documents go to the staging folder as they are rendered; nothing reaches `--out`
    // unless every one of them succeeded.
    let mut staging = output::Staging::new(&args.out);
    let mut warnings = Vec::new();
    let rendered = renderer.render_each(&decls, &args.format, &args.lang, |i, docs| {
        warnings.extend(render_warnings(&docs, &loaded[i]));
        docs.iter().try_for_each(|d| staging.add(d))
    });
    print_sorted(warnings);
    let result = match rendered {
        Ok(()) => staging.commit(),
        Err(e) => {
            drop(staging);
            return render_failure(e, &loaded);
        }
    };
    match result {
        Ok(report) => {
            eprintln!(
                "wrote {} file(s), {} unchanged, for {} notice(s) in {}",
                report.written.len(),
                report.unchanged.len(),
                loaded.len(),
                args.out.display()
            );
            CLEAN
        }
        Err(d) => {
            eprint_diags(&[d]);
            CANNOT_RUN
        }
    }
}

/// What rendering the documents of one declaration warned about, under its file.
fn render_warnings(docs: &[Document], from: &Loaded) -> Vec<Diagnostic> {
    docs.iter()
        .flat_map(|d| {
            d.warnings.iter().map(|w| {
                let mut diag = Diagnostic::error("output", format!("{}: {w}", d.path.display()))
                    .in_file(&from.file, None);
                diag.severity = Severity::Warning;
                diag
            })
        })
        .collect()
}

/// Prints diagnostics gathered from the rendering threads in a stable order.
fn print_sorted(mut diags: Vec<Diagnostic>) {
    // By message first: the sort by place below keeps that order among equals.
    diags.sort_by(|a, b| a.message.cmp(&b.message));
    crate::diagnostic::sort(&mut diags);
    eprint_diags(&diags);
}

/// Prints why rendering stopped; the exit code of a build that wrote nothing.
fn render_failure(e: Failure, loaded: &[Loaded]) -> u8 {
    match e {
        Failure::Render(i, d) => {
            eprint_diags(std::slice::from_ref(&d));
            eprintln!(
                "nothing written: {} could not be rendered",
                loaded[i].file.display()
            );
        }
        Failure::Take(d) => eprint_diags(&[d]),
    }
    CANNOT_RUN
}

/// `build --check`: compares what a build would write with what is on disk, writing nothing.
fn check_outputs(
    renderer: &Renderer,
    decls: &[&Declaration],
    args: &BuildArgs,
    loaded: &[Loaded],
) -> u8 {
    let mut statuses = Vec::new();
    let mut warnings = Vec::new();
    let rendered = renderer.render_each(decls, &args.format, &args.lang, |i, docs| {
        warnings.extend(render_warnings(&docs, &loaded[i]));
        for d in &docs {
            statuses.push(output::status(&args.out, d)?);
        }
        Ok(())
    });
    print_sorted(warnings);
    if let Err(e) = rendered {
        return render_failure(e, loaded);
    }
    // Documents arrive in the threads' order: sorted, the listing is the same on every run.
    statuses.sort_by(|a, b| a.0.cmp(&b.0));
    let stale: Vec<_> = statuses
        .iter()
        .filter(|(_, s)| *s != Status::Same)
        .collect();
    for (path, status) in &stale {
        let what = if *status == Status::Missing {
            "missing"
        } else {
            "differs"
        };
        println!("{what}: {}", path.display());
    }
    if stale.is_empty() {
        eprintln!("{} outputs up to date", statuses.len());
        CLEAN
    } else {
        eprintln!(
            "{} of {} outputs are stale: run `notice build` and commit the result",
            stale.len(),
            statuses.len()
        );
        FINDINGS
    }
}

fn lint_command(args: &LintArgs, env: &Environment) -> u8 {
    let config = config(&args.inputs, env);
    if args.list_rules {
        for r in lint::rules::all().filter(|r| config.selection.checks(r)) {
            println!(
                "{}  {:<7}  {:<36} {}  ({})",
                r.id,
                r.severity.as_str(),
                r.name,
                r.summary,
                r.articles
            );
        }
        return CLEAN;
    }
    let prepared = load_locales(&args.inputs).and_then(|l| Ok((l, load_reference()?)));
    let (locales, reference) = match prepared {
        Ok(p) => p,
        Err(d) => {
            eprint_diags(&[d]);
            return CANNOT_RUN;
        }
    };
    let (loaded, mut diags) = load_all(&args.inputs);
    let unreadable = !diags.is_empty();
    diags.extend(lint::lint(&loaded, &locales, &reference, &config));
    crate::diagnostic::sort(&mut diags);
    match args.format {
        LintFormat::Json => println!("{}", print::json(&diags)),
        LintFormat::Sarif => println!("{}", print::sarif(&diags)),
        LintFormat::Human => {
            let colour = print::use_colour(std::io::stdout().is_terminal());
            let mut out = std::io::stdout().lock();
            for d in diags
                .iter()
                .filter_map(|d| print::shown(d, colour, args.show_allowed))
            {
                let _ = writeln!(out, "{d}");
            }
            let files = loaded.len() + diags.iter().filter(|d| d.code == "load").count();
            eprintln!("{} in {} file(s)", print::summary(&diags), files);
        }
    }
    let fail_at = if args.deny == Some(DenyLevel::Warnings) {
        Severity::Warning
    } else {
        Severity::Error
    };
    if unreadable {
        CANNOT_RUN
    } else if diags.iter().any(|d| d.is_active() && d.severity >= fail_at) {
        FINDINGS
    } else {
        CLEAN
    }
}

fn explain(id: &str) -> u8 {
    let Some(r) = lint::find_rule(id) else {
        let names = lint::rules::all().flat_map(|r| [r.id, r.name]);
        let hint = crate::suggest::did_you_mean(id, names)
            .map(|s| format!(" (did you mean `{s}`?)"))
            .unwrap_or_default();
        eprintln!("error: no rule `{id}`{hint}; `notice lint --list-rules` lists them");
        return CANNOT_RUN;
    };
    print!("{}", lint::explain::text(r));
    CLEAN
}

fn docs(args: &DocsArgs) -> u8 {
    if args.check {
        return match crate::docs::stale(&args.out) {
            Ok(stale) if stale.is_empty() => {
                eprintln!(
                    "the generated pages in {} are up to date",
                    args.out.display()
                );
                CLEAN
            }
            Ok(stale) => {
                for (path, what) in &stale {
                    println!("{what}: {}", path.display());
                }
                eprintln!(
                    "{} generated page(s) are stale: run `notice docs --out {}` and commit the result",
                    stale.len(),
                    args.out.display()
                );
                FINDINGS
            }
            Err(d) => {
                eprint_diags(&[d]);
                CANNOT_RUN
            }
        };
    }
    match crate::docs::write(&args.out) {
        Ok(changed) => {
            eprintln!(
                "{changed} generated page(s) changed in {}",
                args.out.display()
            );
            CLEAN
        }
        Err(d) => {
            eprint_diags(&[d]);
            CANNOT_RUN
        }
    }
}

fn reference(what: &ReferenceCommand) -> u8 {
    use crate::reference::report;
    let r = match load_reference() {
        Ok(r) => r,
        Err(d) => {
            eprint_diags(&[d]);
            return CANNOT_RUN;
        }
    };
    let text = match what {
        ReferenceCommand::Authorities { country } => {
            match report::authorities(&r, country.as_deref()) {
                Ok(t) => t,
                Err(e) => {
                    eprintln!("error: {e}");
                    return CANNOT_RUN;
                }
            }
        }
        ReferenceCommand::Adequacy => report::adequacy(&r),
        ReferenceCommand::Safeguards => report::safeguards(&r),
    };
    print!("{text}");
    CLEAN
}
