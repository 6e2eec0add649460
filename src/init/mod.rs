//! `notice init`: starts the declaration of an organisation from a few facts, given as flags or
//! answered at questions on a terminal, with a `TODO` wherever only a person can say what to
//! write.
//!
//! The facts are checked as they are given ([`answers`]: one check for a flag and for an
//! answer), the declaration is written from them ([`draft`]) and linted, and each line a finding
//! points at is marked `TODO` ([`mark`]). What `notice lint` reports on the new file is thus
//! exactly what a person must resolve, each at a line marked `TODO`, and `notice build` refuses
//! the file while a placeholder is left (N070).

pub mod answers;
pub mod ask;
mod draft;
mod mark;

use std::fs::{self, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use clap::Args;

use crate::console::{Console, Failed};
use crate::date::Date;
use crate::declaration::load::parse;
use crate::declaration::resolve;
use crate::files::{io_reason, shown};
use crate::i18n::Locales;
use crate::lint::{self, Config};
use crate::reference::Reference;
use answers::{Checker, Refusal, Role};
use ask::Given;

#[derive(Args, Debug)]
pub struct InitArgs {
    /// The organisation's legal name, as registered (e.g. "Acme SRL"); the notice's id is made
    /// from it.
    #[arg(long)]
    pub name: Option<String>,
    /// Where it is established: an ISO 3166-1 alpha-2 code (BE) or the country's name. In the
    /// EU/EEA, its authority is the one people can complain to.
    #[arg(long, value_name = "CC")]
    pub country: Option<String>,
    /// The languages of the notice, each one a locale writes; the first is the default.
    #[arg(long, value_name = "LANG,…")]
    pub languages: Option<String>,
    /// Whether it processes personal data for its own purposes, on behalf of clients, or both.
    #[arg(long, value_enum)]
    pub role: Option<Role>,
    /// Its data protection officer: none, their email address, or yes (one is appointed, whose
    /// contact is left as a TODO). Without it, a TODO asks for the contact or `dpo: none`.
    #[arg(long, value_name = "none|EMAIL|yes")]
    pub dpo: Option<String>,
    /// Services of the built-in catalogue it uses, by id (`notice reference services` lists
    /// them): each becomes a recipient taking the catalogue's facts, and its cookies trackers.
    #[arg(long, value_name = "ID,…")]
    pub services: Option<String>,
    /// The file to write [default: notices/<id>.yaml].
    #[arg(long, short, value_name = "FILE")]
    pub out: Option<PathBuf>,
    /// Replace the file if it exists.
    #[arg(long)]
    pub force: bool,
}

/// What a run takes from its caller, resolved once in `cli`.
pub struct Setting<'a> {
    /// The day the declaration is written, which it applies from until someone changes it.
    pub today: Date,
    pub reference: &'a Reference,
    pub locales: &'a Locales,
    /// Whether standard input is a terminal, where questions can be asked.
    pub terminal: bool,
}

/// How a run ended, for its exit code.
#[derive(Debug, PartialEq, Eq)]
pub enum Ended {
    Written,
    /// A fact or the file was refused, or missing: nothing was written.
    Refused,
}

/// The facts the flags give, each checked as the answer to its question would be.
fn given(args: &InitArgs, check: &Checker) -> Result<Given, Refusal> {
    Ok(Given {
        name: flag(&args.name, "--name", |a| check.name(a))?,
        country: flag(&args.country, "--country", |a| check.country(a))?,
        languages: flag(&args.languages, "--languages", |a| check.languages(a))?,
        role: args.role,
        dpo: flag(&args.dpo, "--dpo", answers::dpo)?,
        services: flag(&args.services, "--services", |a| check.services(a))?,
    })
}

/// The value of a flag, when given, through `check`; a refusal names the flag.
fn flag<T>(
    value: &Option<String>,
    name: &str,
    check: impl Fn(&str) -> Result<T, Refusal>,
) -> Result<Option<T>, Refusal> {
    value
        .as_deref()
        .map(check)
        .transpose()
        .map_err(|r| Refusal {
            message: format!("{name}: {}", r.message),
            help: r.help,
        })
}

fn refuse(c: &mut Console, r: &Refusal) -> Result<Ended, Failed> {
    c.errln(&format!("error: {r}"))?;
    Ok(Ended::Refused)
}

/// The help of a run that lacks facts and cannot ask for them.
const EXAMPLE: &str = "give them as flags, e.g. `notice init --name \"Acme SRL\" --country BE --languages fr,nl,en --role controller`, or run it on a terminal to be asked";

pub fn run(c: &mut Console, args: &InitArgs, setting: &Setting) -> Result<Ended, Failed> {
    let check = Checker {
        reference: setting.reference,
        locales: setting.locales,
    };
    let given = match given(args, &check) {
        Ok(g) => g,
        Err(r) => return refuse(c, &r),
    };
    // Before any question: an answer that cannot be written is wasted.
    if let Some(out) = &args.out
        && let Err(r) = writable(out, args.force)
    {
        return refuse(c, &r);
    }
    let missing = given.missing();
    let answers = if missing.is_empty() {
        given.unasked()
    } else if setting.terminal {
        ask::complete(&mut ask::Terminal::new(c), &check, given)?
    } else {
        return refuse(
            c,
            &Refusal {
                message: format!(
                    "{} not given, and standard input is not a terminal to ask on",
                    missing.join(", ")
                ),
                help: Some(EXAMPLE.to_owned()),
            },
        );
    };
    let Some(answers) = answers else {
        return refuse(
            c,
            &Refusal {
                message: "the input ended before the last question was answered".to_owned(),
                help: Some("nothing was written; run `notice init` again".to_owned()),
            },
        );
    };
    let id = answers::slug(&answers.name);
    let path = args
        .out
        .clone()
        .unwrap_or_else(|| Path::new("notices").join(format!("{id}.yaml")));
    let text = draft::draft(&answers, &id, setting.today, setting.reference);
    let loaded = match parse(path.clone(), text.clone()).and_then(|l| resolve(l, setting.reference))
    {
        Ok(l) => l,
        Err(d) => {
            // Only a fault of `notice init` itself can get here: the facts were checked.
            return refuse(
                c,
                &Refusal {
                    message: format!(
                        "the declaration written for these answers cannot be read: {}",
                        d.message
                    ),
                    help: Some(
                        "this is a bug in notice: please report it, with the command".to_owned(),
                    ),
                },
            );
        }
    };
    let findings = lint::lint(
        std::slice::from_ref(&loaded),
        setting.locales,
        setting.reference,
        &Config::new(setting.today),
    );
    let text = mark::mark(&text, &findings);
    if let Err(r) = write(&path, &text, args.force) {
        return refuse(c, &r);
    }
    c.errln(&format!(
        "wrote {path}: {n} finding(s) for you to resolve, each at a line marked TODO; `notice lint {path}` lists them",
        path = shown(&path),
        n = findings.len()
    ))?;
    Ok(Ended::Written)
}

/// Refuses a file that exists, unless it may be replaced.
fn writable(path: &Path, force: bool) -> Result<(), Refusal> {
    match fs::symlink_metadata(path) {
        Ok(m) if m.is_dir() => Err(Refusal {
            message: format!("`{}` is a folder", shown(path)),
            help: Some("give --out the name of the file to write".to_owned()),
        }),
        Ok(_) if !force => Err(exists(path)),
        _ => Ok(()),
    }
}

fn exists(path: &Path) -> Refusal {
    Refusal {
        message: format!("`{}` already exists", shown(path)),
        help: Some("give --force to replace it, or --out another file".to_owned()),
    }
}

/// Writes `text` to `path`, making its folder. Without `force`, an existing file is never
/// touched, even one made while the questions were asked; with it, the file is replaced in one
/// rename, so that it is never seen half written.
fn write(path: &Path, text: &str, force: bool) -> Result<(), Refusal> {
    let failed = |e: io::Error| Refusal {
        message: format!("cannot write `{}`: {}", shown(path), io_reason(&e)),
        help: Some("give --out a file in a folder you may write to".to_owned()),
    };
    writable(path, force)?;
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        fs::create_dir_all(dir).map_err(failed)?;
    }
    if !force {
        let mut file = match OpenOptions::new().write(true).create_new(true).open(path) {
            Ok(f) => f,
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => return Err(exists(path)),
            Err(e) => return Err(failed(e)),
        };
        return file.write_all(text.as_bytes()).map_err(|e| {
            // What was created is ours, and incomplete.
            let _ = fs::remove_file(path);
            failed(e)
        });
    }
    let name = path.file_name().unwrap_or_default().to_string_lossy();
    let staged = path.with_file_name(format!(".{name}.notice-init"));
    let result = fs::write(&staged, text).and_then(|()| fs::rename(&staged, path));
    if result.is_err() {
        let _ = fs::remove_file(&staged);
    }
    result.map_err(failed)
}
