//! Each rule has `tests/fixtures/lint/<ID>/fail.yaml`, whose `# expect: <ID> <line>:<col>` lines
//! list exactly the findings of that rule it yields, and `pass.yaml`, which yields none.
//!
//! Header comments may also set `# today: YYYY-MM-DD`, `# max-reference-age: MONTHS` and
//! `# locale: xx like de` (a language `xx` added as `--locales` adds one, its `*.ftl` files
//! copied from the built-in `de`: a language with its messages and nothing else). A
//! `companion.yaml` in the folder is linted first, together with the fixture, for rules that
//! compare declarations; a `previous.yaml` is the fixture's previous version, as `--since` gives
//! it, for the rules on changes (N04x).

use std::path::{Path, PathBuf};

use notice::date::Date;
use notice::declaration::{Loaded, load, resolve};
use notice::diagnostic::Diagnostic;
use notice::i18n::Locales;
use notice::lint::{Config, lint, lint_since, rules};
use notice::reference::Reference;

use crate::common::{fixture, root};

fn fixtures() -> PathBuf {
    fixture("lint")
}

/// The header of a fixture: what it expects and how to run it.
pub(super) struct Header {
    pub(super) expect: Vec<(String, usize, usize)>,
    pub(super) config: Config,
    /// A language to add from a folder, and the built-in one whose files it copies.
    pub(super) locale: Option<(String, String)>,
}

pub(super) fn header(text: &str) -> Result<Header, String> {
    let mut h = Header {
        expect: Vec::new(),
        // With the register's rules (R0xx): each fixture is checked for its own rule only.
        config: Config {
            register: true,
            ..Config::new(Date::new(2026, 11, 23)?)
        },
        locale: None,
    };
    for line in text.lines().take_while(|l| l.starts_with('#')) {
        let Some((key, value)) = line.trim_start_matches('#').trim().split_once(':') else {
            continue;
        };
        let value = value.trim();
        match key.trim() {
            "expect" => {
                let bad = || format!("bad expect line `{line}`: write `# expect: N201 14:5`");
                let (id, place) = value.split_once(' ').ok_or_else(bad)?;
                let (l, c) = place.trim().split_once(':').ok_or_else(bad)?;
                h.expect.push((
                    id.to_owned(),
                    l.parse().map_err(|_| bad())?,
                    c.parse().map_err(|_| bad())?,
                ));
            }
            "today" => h.config.today = value.parse()?,
            "locale" => {
                let (lang, like) = value.split_once(" like ").ok_or_else(|| {
                    format!("bad locale line `{line}`: write `# locale: xx like de`")
                })?;
                h.locale = Some((lang.trim().to_owned(), like.trim().to_owned()));
            }
            "max-reference-age" => {
                h.config.max_reference_age_months = value.parse().map_err(|_| "bad age")?
            }
            _ => {}
        }
    }
    Ok(h)
}

/// Findings of every rule on `file`, linted after the folder's companion if there is one.
pub(super) fn run(file: &Path, h: &Header) -> Result<Vec<Diagnostic>, String> {
    let config = &h.config;
    let folder = tempfile::tempdir().map_err(|e| e.to_string())?;
    let locales = match &h.locale {
        None => Locales::load(None),
        Some((lang, like)) => {
            let dir = folder.path().join(lang);
            std::fs::create_dir(&dir).map_err(|e| e.to_string())?;
            for f in
                std::fs::read_dir(root().join("locales").join(like)).map_err(|e| e.to_string())?
            {
                let f = f.map_err(|e| e.to_string())?.path();
                // The messages only: not the language's phrase lists nor reference names.
                if f.extension().is_some_and(|e| e == "ftl") {
                    std::fs::copy(&f, dir.join(f.file_name().unwrap()))
                        .map_err(|e| e.to_string())?;
                }
            }
            Locales::load(Some(folder.path()))
        }
    }
    .map_err(|d| d.message)?;
    let mut reference = Reference::builtin()?;
    reference
        .add_names(locales.reference_names())
        .map_err(|d| d.message)?;
    let mut loaded: Vec<Loaded> = Vec::new();
    let companion = file.with_file_name("companion.yaml");
    for path in [companion.as_path(), file] {
        if path == companion && !path.exists() {
            continue;
        }
        let resolved = load(path).and_then(|l| resolve(l, &reference));
        loaded.push(resolved.map_err(|d| format!("{}: {}", path.display(), d.message))?);
    }
    let previous = file.with_file_name("previous.yaml");
    let previous = match previous.exists() {
        true => Some(
            load(&previous)
                .and_then(|l| resolve(l, &reference))
                .map_err(|d| format!("previous.yaml: {}", d.message))?,
        ),
        false => None,
    };
    // The fixture is the last one loaded; only it has a previous version.
    let mut earlier: Vec<Option<&Loaded>> = vec![None; loaded.len() - 1];
    earlier.push(previous.as_ref());
    Ok(lint_since(&loaded, &earlier, &locales, &reference, config)
        .into_iter()
        .filter(|d| d.file.as_ref().is_some_and(|f| f.path == file))
        .collect())
}

fn places(diags: &[Diagnostic], id: &str) -> Vec<(String, usize, usize)> {
    let mut v: Vec<_> = diags
        .iter()
        .filter(|d| d.code == id)
        .map(|d| {
            let (l, c) = d.line_col().unwrap_or((0, 0));
            (d.code.clone(), l, c)
        })
        .collect();
    v.sort();
    v
}

fn show(v: &[(String, usize, usize)]) -> String {
    v.iter()
        .map(|(id, l, c)| format!("# expect: {id} {l}:{c}"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Checks one rule's fixtures; returns what is wrong with them.
fn check_rule(id: &str) -> Vec<String> {
    let dir = fixtures().join(id);
    let mut problems = Vec::new();
    for (name, must_fire) in [("fail.yaml", true), ("pass.yaml", false)] {
        let file = dir.join(name);
        let text = match std::fs::read_to_string(&file) {
            Ok(t) => t,
            Err(e) => {
                problems.push(format!("{id}: cannot read {name}: {e}"));
                continue;
            }
        };
        let h = match header(&text) {
            Ok(h) => h,
            Err(e) => {
                problems.push(format!("{id}/{name}: {e}"));
                continue;
            }
        };
        let diags = match run(&file, &h) {
            Ok(d) => d,
            Err(e) => {
                problems.push(format!("{id}/{name} does not load: {e}"));
                continue;
            }
        };
        for d in diags.iter().filter(|d| d.code == id) {
            if d.message.trim().is_empty() || d.help.as_deref().is_none_or(|h| h.trim().is_empty())
            {
                problems.push(format!("{id}/{name}: a finding without message or help"));
            }
        }
        let actual = places(&diags, id);
        let mut expected = h.expect.clone();
        expected.sort();
        if must_fire && expected.is_empty() {
            problems.push(format!(
                "{id}/fail.yaml states no `# expect: {id} line:col`"
            ));
        }
        if expected.iter().any(|(e, _, _)| e != id) {
            problems.push(format!("{id}/{name}: expects findings of another rule"));
        }
        if !must_fire && !expected.is_empty() {
            problems.push(format!("{id}/pass.yaml must not expect findings"));
        }
        if actual != expected {
            problems.push(format!(
                "{id}/{name}: expected\n{}\nbut got\n{}",
                show(&expected),
                show(&actual)
            ));
        }
    }
    problems
}

#[test]
fn every_rule_yields_exactly_its_expected_findings() {
    let problems: Vec<String> = rules::all().flat_map(|r| check_rule(r.id)).collect();
    assert!(problems.is_empty(), "\n{}", problems.join("\n\n"));
}

#[test]
fn every_rule_has_fixtures_and_every_fixture_a_rule() {
    let mut problems = Vec::new();
    for r in rules::all() {
        for name in ["fail.yaml", "pass.yaml"] {
            if !fixtures().join(r.id).join(name).is_file() {
                problems.push(format!(
                    "rule {} has no tests/fixtures/lint/{}/{name}",
                    r.id, r.id
                ));
            }
        }
    }
    for entry in std::fs::read_dir(fixtures()).expect("tests/fixtures/lint exists") {
        let name = entry
            .expect("readable")
            .file_name()
            .to_string_lossy()
            .into_owned();
        if !rules::all().any(|r| r.id == name) {
            problems.push(format!(
                "tests/fixtures/lint/{name} names no rule of the catalogue"
            ));
        }
    }
    assert!(problems.is_empty(), "\n{}", problems.join("\n"));
}

#[test]
fn demo_declarations_have_no_errors() {
    let dir = root().join("notices");
    let files = notice::declaration::discover(&[dir]).expect("notices/ has declarations");
    let loaded: Vec<Loaded> = files.iter().map(|f| load(f).expect("demo loads")).collect();
    let config = Config::new(Date::new(2026, 11, 23).unwrap());
    let reference = Reference::builtin().unwrap();
    let errors: Vec<String> = lint(&loaded, &Locales::load(None).unwrap(), &reference, &config)
        .iter()
        .filter(|d| d.severity == notice::diagnostic::Severity::Error)
        .map(|d| format!("{:?} {}: {}", d.line_col(), d.code, d.message))
        .collect();
    assert!(
        errors.is_empty(),
        "the demo has errors:\n{}",
        errors.join("\n")
    );
}

#[test]
fn no_rule_panics_on_odd_declarations() {
    // Shapes that are valid YAML for the model but unusual: empty lists, `none`s, texts with
    // only some languages, unknown codes everywhere. Rules must report, never panic.
    let odd = "notice: {id: x, languages: []}\ncontroller: {}\ndpo: none\nrepresentative: none\n\
               supervisory_authority: {country: DE, region: ZZ}\n\
               data_categories: [{id: a, source: public, retention: {per_category: [{data: zz}]}}]\n\
               purposes: [{id: p, data: [a, a], further_processing_of: p, retention: {}, \
               automated_decision: {}, provision: {}}]\n\
               recipients: [{id: r, country: '', transfer: {}}]\n\
               cookies: {trackers: [{name: t, recipient: ''}]}\nrights: {contact: {}}\n";
    let loaded = notice::declaration::load::parse(PathBuf::from("odd.yaml"), odd.to_owned())
        .expect("odd declaration parses");
    let config = Config {
        max_reference_age_months: 0,
        ..Config::new(Date::new(2099, 1, 1).unwrap())
    };
    let reference = Reference::builtin().unwrap();
    let found = lint(
        &[loaded],
        &Locales::load(None).unwrap(),
        &reference,
        &config,
    );
    assert!(found.iter().any(|d| d.code == "N701"));
}
