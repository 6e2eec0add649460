//! `notice lint`: the rule catalogue, the context rules see, and running them over declarations.
//!
//! Each rule is declared once, in the module of its id range under [`rules`] (listed together by
//! [`rules::all`]), with its id, severity, articles, docs and check function. Rules name what they flag by declaration path (`purposes[1].legal_basis`);
//! the source map turns paths into places in the file, so rules never deal with positions.

pub mod allow;
pub mod explain;
pub mod facts;
pub mod phrasebook;
pub mod phrases;
pub mod print;
pub mod rules;
pub mod select;

use std::borrow::Cow;
use std::sync::{Arc, OnceLock};

use crate::date::Date;
use crate::declaration::catalogue::Origins;
use crate::declaration::walk::Leaves;
use crate::declaration::{Loaded, Text};
use crate::diagnostic::{Diagnostic, Severity, SourceFile};
use crate::i18n::Locales;
use crate::reference::Reference;

/// Documentation of a rule, printed by `notice explain`.
pub struct Docs {
    /// What the rule checks.
    pub what: &'static str,
    /// Why the law or WP260 requires it.
    pub why: &'static str,
    /// A declaration fragment that triggers the rule.
    pub bad: &'static str,
    /// The same fragment, fixed.
    pub good: &'static str,
}

/// A check across all declarations of a run.
pub type CheckAll = fn(&Rule, &[Context], &mut Vec<Diagnostic>);

/// One lint rule.
pub struct Rule {
    /// Stable id, e.g. `N201`.
    pub id: &'static str,
    /// Readable name, e.g. `missing-legal-basis`; `explain` accepts either.
    pub name: &'static str,
    pub severity: Severity,
    /// The GDPR provisions it enforces, e.g. `Art. 13(1)(c), 14(1)(c)`.
    pub articles: &'static str,
    /// The WP260 guidance point, if any.
    pub wp260: Option<&'static str>,
    /// One line: what is wrong when it fires.
    pub summary: &'static str,
    pub docs: Docs,
    /// Per-declaration check.
    pub check: Option<fn(&Context, &mut Findings)>,
    /// Check across all declarations of a run (duplicate notice ids…).
    pub check_all: Option<CheckAll>,
}

/// The id prefix of the rules on the record of processing activities (Art. 30), which only
/// `lint --register` and `register` check.
pub const REGISTER_PREFIX: &str = "R";

impl Rule {
    /// Whether this is one of the register's rules (R0xx), left out of a plain `lint`.
    pub fn is_register(&self) -> bool {
        self.id.starts_with(REGISTER_PREFIX)
    }
}

/// Options of a lint run.
#[derive(Clone, Debug)]
pub struct Config {
    /// "Today", for the reference-data age note.
    pub today: Date,
    /// Reference data older than this many months gets a note.
    pub max_reference_age_months: i64,
    /// The rules to run (`--select`, `--ignore`).
    pub selection: select::Selection,
    /// Also check the register's rules (R0xx): `lint --register`, and `register`.
    pub register: bool,
}

impl Config {
    /// Every rule, with the default reference-data age (12 months): what a plain `notice lint`
    /// checks on `today`. Callers change the fields they need, so a new option does not break
    /// every place that builds a configuration.
    pub fn new(today: Date) -> Config {
        Config {
            today,
            max_reference_age_months: 12,
            selection: select::Selection::all(),
            register: false,
        }
    }
}

/// What rules compute once per run rather than once per declaration.
#[derive(Default)]
pub struct RunCache {
    fixed_wording: OnceLock<phrases::Phrases>,
    former_authorities: OnceLock<phrases::Phrases>,
    /// The words of the names of each catalogue entry.
    service_names: OnceLock<Vec<rules::ServiceNames>>,
    /// What each language of the locales lacks (N014), by language.
    language_gaps: OnceLock<std::collections::BTreeMap<String, Vec<(String, String)>>>,
}

/// What a rule sees of one declaration.
pub struct Context<'a> {
    pub loaded: &'a Loaded,
    /// The declaration's previous version (`--since`), for the rules on changes.
    previous: Option<&'a Loaded>,
    changes: OnceLock<Vec<crate::diff::Change>>,
    pub locales: &'a Locales,
    /// The legal facts rules check against: authorities, destinations, mechanisms.
    pub reference: &'a Reference,
    pub config: &'a Config,
    run: &'a RunCache,
    index: OnceLock<facts::Index<'a>>,
    leaves: OnceLock<Leaves>,
    variants: OnceLock<Vec<phrases::Variant>>,
}

impl<'a> Context<'a> {
    pub fn new(
        loaded: &'a Loaded,
        locales: &'a Locales,
        reference: &'a Reference,
        config: &'a Config,
        run: &'a RunCache,
    ) -> Context<'a> {
        Context {
            loaded,
            previous: None,
            changes: OnceLock::new(),
            locales,
            reference,
            config,
            run,
            index: OnceLock::new(),
            leaves: OnceLock::new(),
            variants: OnceLock::new(),
        }
    }
    /// The same context, with the declaration's previous version.
    pub fn with_previous(mut self, previous: Option<&'a Loaded>) -> Context<'a> {
        self.previous = previous;
        self
    }
    /// The previous version, when the run compares with one (`--since`).
    pub fn previous(&self) -> Option<&'a Loaded> {
        self.previous
    }
    /// The changes since the previous version, computed on first use; none without one.
    pub fn changes(&self) -> &[crate::diff::Change] {
        self.changes.get_or_init(|| {
            self.previous
                .map(|p| crate::diff::changes(&p.declaration, self.decl()))
                .unwrap_or_default()
        })
    }
    pub fn decl(&self) -> &'a crate::declaration::Declaration {
        &self.loaded.declaration
    }
    /// The declaration's ids and references, built on first use and shared by every rule.
    pub fn index(&self) -> &facts::Index<'a> {
        self.index.get_or_init(|| facts::Index::new(self.decl()))
    }
    /// The clauses of the tool's own fixed text (the locales) that use a qualifier N801 looks
    /// for, built once per run: a declaration that repeats them is not faulted for them.
    pub fn fixed_wording(&self) -> &phrases::Phrases {
        self.run
            .fixed_wording
            .get_or_init(|| rules::fixed_wording(self.locales))
    }
    /// The names former supervisory authorities went by (as in
    /// [`Reference::former_authority_mentions`]), built once per run.
    pub fn former_authorities(&self) -> &phrases::Phrases {
        self.run
            .former_authorities
            .get_or_init(|| rules::former_authority_names(self.reference))
    }
    /// The words of each catalogue entry's names, in the catalogue's order, worked out once
    /// per run.
    pub fn service_names(&self) -> &[rules::ServiceNames] {
        self.run
            .service_names
            .get_or_init(|| rules::service_names(self.reference))
    }
    /// What `lang` lacks of the language data a notice may print (N014's findings): a fact
    /// of the run's locales and reference data, worked out once per run for every language.
    pub fn language_gaps(&self, lang: &str) -> &[(String, String)] {
        let gaps = self.run.language_gaps.get_or_init(|| {
            self.locales
                .languages()
                .map(|l| {
                    let gaps = rules::language_gaps(l, self.reference, self.locales.phrases());
                    (l.to_owned(), gaps)
                })
                .collect()
        });
        gaps.get(lang).map_or(&[], Vec::as_slice)
    }
    /// The patterns of a phrase list in every language of the run's locales.
    pub fn phrases(&self, set: &phrasebook::PhraseSet) -> &'a phrases::Phrases {
        self.locales.phrases().get(set)
    }
    /// Every free text of the declaration with its path, from the one walk of it.
    pub fn texts(&self) -> &[(String, Text)] {
        &self.leaves().texts
    }
    /// Every string of the declaration with its path (see
    /// [`crate::declaration::walk::strings`]), from the same walk.
    pub fn strings(&self) -> &[(String, String)] {
        &self.leaves().strings
    }
    fn leaves(&self) -> &Leaves {
        self.leaves.get_or_init(|| Leaves::of(self.decl()))
    }
    /// Every language version of every free text, cut into words, for phrase rules; built on
    /// first use.
    pub fn variants(&self) -> &[phrases::Variant] {
        self.variants
            .get_or_init(|| phrases::variants(self.texts(), self.languages()))
    }
    pub fn file(&self) -> &Arc<SourceFile> {
        &self.loaded.file
    }
    /// Languages the notice declares (as written).
    pub fn languages(&self) -> &[String] {
        &self.loaded.declaration.notice.languages
    }
    /// A free text to fill in, for fix hints: `{fr: …, nl: …}` in the notice's languages.
    pub fn text_template(&self) -> String {
        let langs: Vec<&str> = match self.languages() {
            [] => self.locales.languages().collect(),
            some => some.iter().map(String::as_str).collect(),
        };
        let parts: Vec<String> = langs.iter().map(|l| format!("{l}: …")).collect();
        format!("{{{}}}", parts.join(", "))
    }
}

/// Collects the findings of one rule on one declaration.
pub struct Findings<'a> {
    rule: &'a Rule,
    file: &'a Arc<SourceFile>,
    /// Where the entries a `use:` made come from: findings name the entry the user wrote.
    origins: Option<&'a Origins>,
    out: Vec<Diagnostic>,
}

impl<'a> Findings<'a> {
    pub fn new(rule: &'a Rule, file: &'a Arc<SourceFile>) -> Findings<'a> {
        Findings {
            rule,
            file,
            origins: None,
            out: Vec::new(),
        }
    }

    /// Findings on a declaration whose `use:` entries were resolved: each is placed, and
    /// named, at the entry the user wrote.
    pub fn on(rule: &'a Rule, loaded: &'a Loaded) -> Findings<'a> {
        Findings {
            origins: Some(&loaded.origins),
            ..Findings::new(rule, &loaded.file)
        }
    }

    pub fn into_diagnostics(self) -> Vec<Diagnostic> {
        self.out
    }

    /// The path in the file of the node at `path` in the resolved declaration.
    fn source<'p>(&self, path: &'p str) -> Cow<'p, str> {
        match self.origins {
            Some(o) => o.source_path(path),
            None => Cow::Borrowed(path),
        }
    }

    /// Flags the node at `path` (or, when it is absent, the nearest existing parent).
    pub fn at(&mut self, path: &str, message: impl Into<String>, help: impl Into<String>) {
        let path = self.source(path);
        let offset = self.file.map().locate(&path).offset;
        self.push(&path, offset, message.into(), help.into());
    }

    /// Flags the key of the entry at `path` rather than its value.
    pub fn at_key(&mut self, path: &str, message: impl Into<String>, help: impl Into<String>) {
        let path = self.source(path);
        let offset = self.file.map().locate_key(&path).offset;
        self.push(&path, offset, message.into(), help.into());
    }

    /// Flags something that is missing from the mapping at `parent`: points at the parent's key.
    pub fn missing(
        &mut self,
        parent: &str,
        field: &str,
        message: impl Into<String>,
        help: impl Into<String>,
    ) {
        let parent = self.source(parent).into_owned();
        let path = if parent.is_empty() {
            field.to_owned()
        } else {
            format!("{parent}.{field}")
        };
        // An absent parent falls back to the key of its nearest ancestor.
        let offset = self.file.map().locate_key(&parent).offset;
        self.push(&path, offset, message.into(), help.into());
    }

    fn push(&mut self, path: &str, offset: usize, message: String, help: String) {
        self.out.push(Diagnostic {
            code: self.rule.id.to_owned(),
            severity: self.rule.severity,
            message,
            article: Some(self.rule.articles.to_owned()),
            help: Some(help),
            file: Some(Arc::clone(self.file)),
            offset: Some(offset),
            path: Some(path.to_owned()),
            allowed: None,
        });
    }
}

/// The rule with this id or name.
pub fn find_rule(id_or_name: &str) -> Option<&'static Rule> {
    rules::all()
        .find(|r| r.id.eq_ignore_ascii_case(id_or_name) || r.name.eq_ignore_ascii_case(id_or_name))
}

/// Runs the selected rules on every declaration, then applies the declarations' `lint.allow`
/// lists (which marks the findings they accept); findings sorted by file and position.
pub fn lint(
    loaded: &[Loaded],
    locales: &Locales,
    reference: &Reference,
    config: &Config,
) -> Vec<Diagnostic> {
    lint_since(loaded, &[], locales, reference, config)
}

/// [`lint`], with the previous version of each declaration where there is one (`previous[i]`
/// for `loaded[i]`), for the rules on changes (N040, N041).
pub fn lint_since(
    loaded: &[Loaded],
    previous: &[Option<&Loaded>],
    locales: &Locales,
    reference: &Reference,
    config: &Config,
) -> Vec<Diagnostic> {
    let run = RunCache::default();
    let previous_of = |i: usize| previous.get(i).copied().flatten();
    let rules: Vec<&Rule> = rules::all()
        .filter(|r| config.selection.checks(r) && (config.register || !r.is_register()))
        .collect();
    // Each declaration's own checks, on every core: its findings, rule by rule. Its context
    // (its texts and strings, cut into words) lives only while its rules run, so that a run
    // holds the words of one declaration per core, not of all of them.
    let numbered: Vec<(usize, &Loaded)> = loaded.iter().enumerate().collect();
    let mut found: Vec<Vec<Vec<Diagnostic>>> = crate::parallel::map(&numbered, |&(i, l)| {
        let cx = Context::new(l, locales, reference, config, &run).with_previous(previous_of(i));
        let by_rule = rules.iter().map(|rule| {
            let mut f = Findings::on(rule, cx.loaded);
            if let Some(check) = rule.check {
                check(&cx, &mut f);
            }
            f.out
        });
        by_rule.collect()
    });
    // The checks across declarations and the `lint.allow` lists read only the declarations:
    // fresh contexts, which build nothing until asked.
    let contexts: Vec<Context> = numbered
        .iter()
        .map(|&(i, l)| {
            Context::new(l, locales, reference, config, &run).with_previous(previous_of(i))
        })
        .collect();
    // Gathered rule by rule, in catalogue order, so that findings at one place are listed in
    // the same order whatever the threads did.
    let mut out = Vec::new();
    for (k, rule) in rules.iter().enumerate() {
        for by_rule in &mut found {
            out.append(&mut by_rule[k]);
        }
        if let Some(check_all) = rule.check_all {
            check_all(rule, &contexts, &mut out);
        }
    }
    allow::apply(&contexts, &config.selection, &mut out);
    crate::diagnostic::sort(&mut out);
    out
}
