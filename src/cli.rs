//! Command line: arguments, the `build`, `lint`, `diff`, `explain`, `reference` and `schema`
//! commands, and exit codes.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::archive::Archive;
use crate::declaration::{Declaration, Loaded, discover, load};
use crate::diagnostic::{Diagnostic, Severity};
use crate::diff::{Comparison, history, report, source};
use crate::i18n::Locales;
use crate::lint::select::{Selection, Selector};
use crate::lint::{self, Config, print};
use crate::output::{self, Status};
use crate::render::templates::TemplateSet;
use crate::render::{Document, Failure, Format, Renderer};

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
    /// Print the JSON Schema of declaration files, for completion and checks in editors.
    Schema,
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
    /// Compare each declaration with its state at this git revision: for the rules on changes
    /// (N040, N041) and, in `build`, the history summaries left out.
    #[arg(long, value_name = "REV")]
    pub since: Option<String>,
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
    /// Also keep this version's outputs under <DIR>/<notice-id>/versions/<effective>/, never
    /// rewritten once written.
    #[arg(long)]
    pub archive: bool,
}

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
    /// Folder of locale files (<lang>/*.ftl) overriding or adding to the built-in ones.
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
    /// JSON, `version` 1 (README, "`notice diff`").
    Json,
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
    ExitCode::from(match cli.command {
        Command::Build(args) => build(&args),
        Command::Lint(args) => lint_command(&args),
        Command::Diff(args) => diff_command(&args),
        Command::Explain { rule } => explain(&rule),
        Command::Reference { what } => reference(&what),
        Command::Schema => {
            print!("{}", crate::declaration::schema::to_json());
            CLEAN
        }
    })
}

fn eprint_diags(diags: &[Diagnostic]) {
    let colour = print::use_colour(std::io::stderr().is_terminal());
    let mut err = std::io::stderr().lock();
    for d in diags.iter().filter_map(|d| print::shown(d, colour, false)) {
        let _ = write!(err, "{d}");
    }
}

/// The lint configuration of this run; `NOTICE_TODAY` fixes "today" for reproducible checks.
fn config(inputs: &Inputs) -> Config {
    let today = std::env::var("NOTICE_TODAY")
        .ok()
        .and_then(|s| s.parse().ok())
        .or_else(|| {
            let secs = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .ok()?
                .as_secs();
            crate::date::Date::from_unix_seconds(i64::try_from(secs).ok()?)
        })
        .unwrap_or_else(|| crate::date::Date::new(2026, 1, 1).unwrap_or_else(|_| unreachable!()));
    Config {
        today,
        max_reference_age_months: i64::from(inputs.max_reference_age),
        selection: Selection::new(inputs.select.clone(), inputs.ignore.clone()),
    }
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

fn build(args: &BuildArgs) -> u8 {
    let config = config(&args.inputs);
    if let Err(e) = config.selection.checks_every_error() {
        eprintln!(
            "error: `notice build` {e}\n  = help: leave only warnings and notes out of `build`; a finding that is wrong about your notice can be allowed where it occurs, with a reason (`lint.allow`, see README \"Rule configuration\")"
        );
        return CANNOT_RUN;
    }
    let prepared = load_locales(&args.inputs).and_then(|locales| {
        let templates = TemplateSet::load(args.templates.as_deref())?;
        Ok((Renderer::new(templates, Arc::clone(&locales))?, locales))
    });
    let (renderer, locales) = match prepared {
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
    let earlier = match earlier_versions(&args.inputs) {
        Ok(e) => e,
        Err(d) => {
            eprint_diags(&[d]);
            eprintln!("nothing written: the earlier versions could not be read");
            return CANNOT_RUN;
        }
    };
    let previous = previous_of(&earlier, &loaded);
    let findings = lint::lint_since(&loaded, &previous, &locales, &config);
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
    // The history summaries a declaration leaves out, from the earlier versions reachable.
    let mut filled = Vec::new();
    let mut history_warnings = Vec::new();
    for (l, p) in loaded.iter().zip(&previous) {
        match history::fill(l, p.map(|p| &p.declaration), &locales) {
            Ok((decl, w)) => {
                filled.push(decl);
                history_warnings.extend(w);
            }
            Err(d) => {
                eprint_diags(&[d]);
                eprintln!(
                    "nothing written: an earlier version named in a history could not be read"
                );
                return CANNOT_RUN;
            }
        }
    }
    eprint_diags(&history_warnings);
    let decls: Vec<&Declaration> = filled.iter().collect();
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
            eprint_diags(&problems);
            eprintln!(
                "nothing written: the archive of earlier versions must stay as it was published"
            );
            return FINDINGS;
        }
    };
    if args.check {
        return check_outputs(&renderer, &decls, args, &loaded, archive.as_mut());
    }
    // Documents go to the staging folder as they are rendered; nothing reaches `--out`
    // unless every one of them succeeded.
    let mut staging = output::Staging::new(&args.out);
    let mut warnings = Vec::new();
    let rendered = renderer.render_each(&decls, &args.format, &args.lang, |i, docs| {
        warnings.extend(render_warnings(&docs, &loaded[i]));
        let archived = archive
            .as_mut()
            .map(|a| a.documents(i, &docs))
            .unwrap_or_default();
        docs.iter()
            .chain(&archived)
            .try_for_each(|d| staging.add(d))
    });
    print_sorted(warnings);
    let manifests = archive.as_ref().map(Archive::manifests).unwrap_or_default();
    let result = match rendered.and_then(|()| {
        manifests
            .iter()
            .try_for_each(|d| staging.add(d))
            .map_err(Failure::Take)
    }) {
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
    mut archive: Option<&mut Archive>,
) -> u8 {
    let mut statuses = Vec::new();
    let mut warnings = Vec::new();
    let rendered = renderer.render_each(decls, &args.format, &args.lang, |i, docs| {
        warnings.extend(render_warnings(&docs, &loaded[i]));
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
    print_sorted(warnings);
    if let Err(e) = rendered {
        return render_failure(e, loaded);
    }
    for d in archive.map(|a| a.manifests()).unwrap_or_default() {
        match output::status(&args.out, &d) {
            Ok(s) => statuses.push(s),
            Err(e) => return render_failure(Failure::Take(e), loaded),
        }
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

fn lint_command(args: &LintArgs) -> u8 {
    let config = config(&args.inputs);
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
    let locales = match load_locales(&args.inputs) {
        Ok(l) => l,
        Err(d) => {
            eprint_diags(&[d]);
            return CANNOT_RUN;
        }
    };
    let (loaded, mut diags) = load_all(&args.inputs);
    let unreadable = !diags.is_empty();
    let earlier = match earlier_versions(&args.inputs) {
        Ok(e) => e,
        Err(d) => {
            eprint_diags(&[d]);
            return CANNOT_RUN;
        }
    };
    diags.extend(lint::lint_since(
        &loaded,
        &previous_of(&earlier, &loaded),
        &locales,
        &config,
    ));
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

/// Each declaration under the inputs and its state at `--since` (none without it).
fn earlier_versions(inputs: &Inputs) -> Result<Vec<Comparison>, Diagnostic> {
    match &inputs.since {
        Some(rev) => source::since(rev, &inputs.paths),
        None => Ok(Vec::new()),
    }
}

/// The earlier version of each loaded declaration, matched by file.
fn previous_of<'a>(earlier: &'a [Comparison], loaded: &[Loaded]) -> Vec<Option<&'a Loaded>> {
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

fn diff_command(args: &DiffArgs) -> u8 {
    if args.list_rules {
        let rules = crate::diff::classify::RULES;
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
        return write_out(&text);
    }
    let locales = match Locales::load(args.locales.as_deref()) {
        Ok(l) => l,
        Err(d) => {
            eprint_diags(&[d]);
            return CANNOT_RUN;
        }
    };
    if !locales.has(&args.lang) {
        let known: Vec<&str> = locales.languages().collect();
        eprintln!(
            "error: no locale for `--lang {}`\n  = help: use one of {}, or add one with --locales",
            args.lang,
            known.join(", ")
        );
        return CANNOT_RUN;
    }
    let compared = match (&args.since, args.paths.as_slice()) {
        (Some(rev), []) => source::since(rev, &[PathBuf::from("notices")]),
        (Some(rev), paths) => source::since(rev, paths),
        (None, [old, new]) => source::between(old, new),
        (None, _) => {
            eprintln!(
                "error: `notice diff` compares two versions: give OLD and NEW, or --since REV\n  = help: `notice diff old.yaml new.yaml`, or `notice diff --since HEAD~1 notices/`"
            );
            return CANNOT_RUN;
        }
    };
    let compared = match compared {
        Ok(c) => c,
        Err(d) => {
            eprint_diags(&[d]);
            return CANNOT_RUN;
        }
    };
    let lang = args.lang.as_str();
    let text = match args.format {
        DiffFormat::Human => report::human(&compared, &locales, lang),
        DiffFormat::Markdown => report::markdown(&compared, &locales, lang),
        DiffFormat::Json => report::json(&compared, &locales, lang),
    };
    let summary = report::summary(&compared, &locales, lang);
    let (text, summary) = match (text, summary) {
        (Ok(t), Ok(s)) => (t, s),
        (Err(e), _) | (_, Err(e)) => {
            eprintln!(
                "error: {e:#}\n  = help: a locale file lacks a `diff-…` message: see README, \"Locales\""
            );
            return CANNOT_RUN;
        }
    };
    if write_out(&text) != CLEAN {
        return CANNOT_RUN;
    }
    if args.format == DiffFormat::Human {
        eprintln!("{summary}");
    }
    if compared.iter().any(|c| c.material() > 0) {
        FINDINGS
    } else {
        CLEAN
    }
}

/// Writes `text` to standard output: a reader that closed the pipe wants no more; any other
/// failure to write is reported, and the command could not run.
fn write_out(text: &str) -> u8 {
    match std::io::stdout().lock().write_all(text.as_bytes()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
            eprintln!("error: cannot write to standard output: {e}");
            CANNOT_RUN
        }
        _ => CLEAN,
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
    println!("{} {} ({})\n", r.id, r.name, r.severity.as_str());
    println!("{}\n", r.summary);
    println!("Articles: GDPR {}", r.articles);
    if let Some(w) = r.wp260 {
        println!("Guidance: {w}");
    }
    println!(
        "Allowing it: {}",
        match lint::allow::policy(r) {
            lint::allow::Policy::Allowable => "in `lint.allow`, with a reason".to_owned(),
            lint::allow::Policy::AllowableError(case) => format!(
                "in `lint.allow`, with a reason, for a case such as {case}; each allowed finding is still printed"
            ),
            lint::allow::Policy::Never(why) => format!("not possible: {why}"),
        }
    );
    println!("\nWhat it checks\n  {}\n", r.docs.what);
    println!("Why\n  {}\n", r.docs.why);
    println!("Example that triggers it\n{}", indent(r.docs.bad));
    println!("Fixed\n{}", indent(r.docs.good));
    CLEAN
}

fn reference(what: &ReferenceCommand) -> u8 {
    use crate::reference::report;
    let text = match what {
        ReferenceCommand::Authorities { country } => {
            match report::authorities(country.as_deref()) {
                Ok(t) => t,
                Err(e) => {
                    eprintln!("error: {e}");
                    return CANNOT_RUN;
                }
            }
        }
        ReferenceCommand::Adequacy => report::adequacy(),
        ReferenceCommand::Safeguards => report::safeguards(),
    };
    print!("{text}");
    CLEAN
}

fn indent(s: &str) -> String {
    s.lines().map(|l| format!("    {l}\n")).collect()
}
