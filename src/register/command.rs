//! The `register` command: loads and lints the declarations (with the register's own rules,
//! R0xx), then writes every register file all-or-nothing, or with `--check` compares them.

use std::path::PathBuf;
use std::sync::Arc;

use clap::Args;

use super::{RegisterFormat, documents};
use crate::cli::{
    CANNOT_RUN, CLEAN, Environment, FINDINGS, Inputs, Outcome, check_languages, config,
    eprint_diags, load_locales, load_reference, prepare_and_load, unique,
};
use crate::console::Console;
use crate::diagnostic::{Diagnostic, Severity};
use crate::files::shown;
use crate::lint::{self, print};
use crate::output::{self, Status};
use crate::render::templates::TemplateSet;
use crate::render::{Renderer, languages};

#[derive(Args, Debug)]
pub struct RegisterArgs {
    #[command(flatten)]
    pub inputs: Inputs,
    /// Output folder; each register goes to <DIR>/<notice-id>/register/.
    #[arg(long, short, value_name = "DIR", default_value = "out")]
    pub out: PathBuf,
    /// Only these languages (default: every language each declaration lists).
    #[arg(long, value_delimiter = ',', value_name = "LANG")]
    pub lang: Vec<String>,
    /// Output formats.
    #[arg(
        long,
        value_enum,
        value_delimiter = ',',
        default_value = "xlsx,csv,md,html"
    )]
    pub format: Vec<RegisterFormat>,
    /// Write nothing; exit 1 listing every register file that is missing or differs.
    #[arg(long)]
    pub check: bool,
}

pub(crate) fn run(c: &mut Console, args: &RegisterArgs, env: &Environment) -> Outcome {
    let mut config = config(&args.inputs, env);
    config.register = true;
    let (langs, formats) = (unique(&args.lang), unique(&args.format));
    let prepare = || {
        let locales = load_locales(&args.inputs)?;
        check_languages(&langs, &locales)?;
        let reference = load_reference(&locales)?;
        let renderer = Renderer::new(
            TemplateSet::load(None)?,
            Arc::clone(&locales),
            Arc::clone(&reference),
            env.build_date,
        )?;
        Ok((renderer, locales, reference))
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
    // The register's completeness rules only: what the notice lacks is `notice lint`'s to say,
    // and a register is kept whether or not the notice can be published yet.
    config.selection = config.selection.only_register();
    let findings = lint::lint(&loaded, &locales, &reference, &config);
    eprint_diags(
        c,
        &findings
            .iter()
            .filter(|d| d.severity >= Severity::Warning)
            .cloned()
            .collect::<Vec<_>>(),
    )?;
    if findings
        .iter()
        .any(|d| d.is_active() && d.severity == Severity::Error)
    {
        c.errln(&format!(
            "nothing written: {} (run `notice lint --register` for details)",
            print::summary(&findings)
        ))?;
        return Ok(FINDINGS);
    }
    let mut docs = Vec::new();
    for l in &loaded {
        let decl = &l.declaration;
        for lang in languages(decl, &langs) {
            match documents(&renderer, decl, lang, &formats, env.build_date) {
                Ok(d) => docs.extend(d),
                Err(d) => {
                    eprint_diags(c, &[d.in_file(&l.file, None)])?;
                    c.errln("nothing written: a register could not be made")?;
                    return Ok(CANNOT_RUN);
                }
            }
        }
    }
    if docs.is_empty() {
        let d = Diagnostic::error(
            "output",
            format!(
                "nothing to write: no declaration is written in {}",
                langs.join(", ")
            ),
        )
        .with_help("give --lang a language the declarations list, or leave it out");
        eprint_diags(c, &[d])?;
        return Ok(CANNOT_RUN);
    }
    if args.check {
        return check(c, args, &docs);
    }
    match output::write(&args.out, &docs) {
        Ok(report) => {
            c.errln(&format!(
                "wrote {} file(s), {} unchanged, for {} register(s) in {}",
                report.written.len(),
                report.unchanged.len(),
                loaded.len(),
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

fn check(c: &mut Console, args: &RegisterArgs, docs: &[crate::render::Document]) -> Outcome {
    let statuses = match output::check(&args.out, docs) {
        Ok(s) => s,
        Err(d) => {
            eprint_diags(c, &[d])?;
            return Ok(CANNOT_RUN);
        }
    };
    let stale: Vec<String> = statuses
        .iter()
        .filter(|(_, s)| *s != Status::Same)
        .map(|(p, s)| {
            let what = if *s == Status::Missing {
                "missing"
            } else {
                "differs"
            };
            format!("{what}: {}", shown(p))
        })
        .collect();
    if stale.is_empty() {
        c.errln(&format!("{} register file(s) up to date", docs.len()))?;
        return Ok(CLEAN);
    }
    c.errln(&stale.join("\n"))?;
    c.errln(&format!(
        "{} register file(s) stale: run `notice register` to write them",
        stale.len()
    ))?;
    Ok(FINDINGS)
}
