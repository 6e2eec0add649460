//! `lint.allow`: findings a declaration accepts after review, each with its reason, and the
//! checks of the allow list itself (N020–N023), which run after every other rule.
//!
//! An entry allows the findings of its rule at its path and below it, in its own file; the
//! most specific entry wins. Errors can be allowed only where the check is a judgment that can
//! be wrong ([`ALLOWABLE_ERRORS`]), and an allowed error is still printed at every run.

use std::collections::HashMap;
use std::sync::Arc;

use super::facts::{self, Kind};
use super::rules::allow::{INVALID_PATH, INVALID_RULE, UNUSED, WITHOUT_REASON, is_allow_rule};
use super::select::Selection;
use super::{Context, Findings, Rule, find_rule};
use crate::declaration::Declaration;
use crate::declaration::source_map::{SourceMap, parent_path};
use crate::diagnostic::{Allowed, Diagnostic, Severity, SourceFile};
use crate::suggest::did_you_mean;

/// Error-level rules whose check is a judgment that can be wrong about a lawful notice, each
/// with a case where it is. Every other error reports an item Arts. 13/14 require that is
/// missing, or a declaration that notice cannot build correctly: the only fix is to give what
/// is missing. Listed here rather than on each rule so that one criterion decides, and so that
/// a new error rule cannot be allowed until someone has decided that it may.
pub const ALLOWABLE_ERRORS: &[(&str, &str)] = &[
    (
        "N204",
        "a public authority relying on legitimate interests for something that is not one of its public tasks",
    ),
    (
        "N406",
        "an adequacy decision adopted after the built-in reference data were last checked",
    ),
    (
        "N413",
        "data kept outside the EEA on the controller's own equipment, which discloses them to no recipient and so is no transfer",
    ),
    (
        "N502",
        "criteria that say \"as long as necessary\" but name the event that ends the retention",
    ),
    (
        "N702",
        "a history entry that names the former authority on purpose",
    ),
    (
        "N950",
        "camera images kept 3 months in a place that a Royal Decree designates for its particular security risk",
    ),
    (
        "N952",
        "a court acting in its judicial capacity, which Art. 37(1)(a) exempts from designating a DPO",
    ),
];

/// Whether the findings of a rule may be allowed in a declaration.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Policy {
    /// Warnings and notes.
    Allowable,
    /// An error whose check can be wrong, with a case where it is: allowed with a reason, and
    /// still printed at every run.
    AllowableError(&'static str),
    /// Why it cannot be.
    Never(&'static str),
}

pub fn policy(rule: &Rule) -> Policy {
    if is_allow_rule(rule) {
        Policy::Never("it judges the allow list itself")
    } else if rule.severity < Severity::Error {
        Policy::Allowable
    } else if let Some((_, case)) = ALLOWABLE_ERRORS.iter().find(|(id, _)| *id == rule.id) {
        Policy::AllowableError(case)
    } else {
        Policy::Never("a notice must not be published with this finding")
    }
}

/// A valid entry of one declaration's allow list.
struct Entry<'a> {
    /// `lint.allow[2]`.
    at: String,
    rule: &'static Rule,
    /// The path as findings carry it (ids resolved to indexes); empty for the whole file.
    path: String,
    reason: &'a str,
    used: bool,
}

/// The allow list of one declaration, with the problems found in it.
struct List<'a> {
    file: &'a Arc<SourceFile>,
    entries: Vec<Entry<'a>>,
    /// Entry by rule id, then by path.
    index: HashMap<&'static str, HashMap<String, usize>>,
    /// Entries that repeat an earlier one's rule and path: (entry, the earlier one).
    repeats: Vec<(Entry<'a>, String)>,
    problems: Vec<Diagnostic>,
}

/// Marks the findings in `out` that an allow list accepts, and adds the allow lists' own
/// problems (of the rules `selection` checks).
pub fn apply(contexts: &[Context], selection: &Selection, out: &mut Vec<Diagnostic>) {
    let mut lists: Vec<List> = contexts
        .iter()
        .filter(|cx| cx.decl().lint.as_ref().is_some_and(|l| !l.allow.is_empty()))
        .map(read)
        .collect();
    if lists.is_empty() {
        return;
    }
    // Findings name their file by the same shared `SourceFile` as its context.
    let by_file: HashMap<*const SourceFile, usize> = lists
        .iter()
        .enumerate()
        .map(|(i, l)| (Arc::as_ptr(l.file), i))
        .collect();
    for d in out.iter_mut().filter(|d| d.is_active()) {
        let Some(list) = d
            .file
            .as_ref()
            .and_then(|f| by_file.get(&Arc::as_ptr(f)))
            .map(|&i| &mut lists[i])
        else {
            continue;
        };
        let Some(paths) = list.index.get(d.code.as_str()) else {
            continue;
        };
        // The finding's path, then each parent up to the whole file (""): the most specific
        // entry wins.
        let mut at = Some(d.path.as_deref().unwrap_or(""));
        while let Some(p) = at {
            if let Some(&i) = paths.get(p) {
                let e = &mut list.entries[i];
                e.used = true;
                d.allowed = Some(Allowed {
                    reason: e.reason.trim().to_owned(),
                    offset: list.file.map().locate(&e.at).offset,
                    path: e.at.clone(),
                });
                break;
            }
            at = if p.is_empty() { None } else { parent_path(p) };
        }
    }
    for list in lists {
        out.extend(
            unused(&list, selection)
                .into_iter()
                .chain(list.problems)
                .filter(|d| find_rule(&d.code).is_some_and(|r| selection.checks(r))),
        );
    }
}

/// Reads one declaration's allow list: its valid entries, indexed, and the problems of the rest.
fn read<'a>(cx: &'a Context) -> List<'a> {
    let file = cx.file();
    let mut bad_rule = Findings::new(&INVALID_RULE, file);
    let mut bad_path = Findings::new(&INVALID_PATH, file);
    let mut no_reason = Findings::new(&WITHOUT_REASON, file);
    let mut list = List {
        file,
        entries: Vec::new(),
        index: HashMap::new(),
        repeats: Vec::new(),
        problems: Vec::new(),
    };
    let allow = cx.decl().lint.as_ref().map_or(&[][..], |l| &l.allow);
    for (i, a) in allow.iter().enumerate() {
        let at = format!("lint.allow[{i}]");
        let named = a.rule.trim();
        // Each problem of an entry is reported, so that one run lists them all.
        let rule = find_rule(named);
        match rule.map(|r| (r, policy(r))) {
            None => bad_rule.at(
                &format!("{at}.rule"),
                format!("no rule has the id or name `{named}`"),
                format!(
                    "{}write a rule id or name that `notice lint --list-rules` lists",
                    did_you_mean(named, super::rules::all().flat_map(|r| [r.id, r.name]))
                        .map(|s| format!("did you mean `{s}`? "))
                        .unwrap_or_default()
                ),
            ),
            Some((r, Policy::Never(why))) => bad_rule.at(
                &format!("{at}.rule"),
                format!("`{}` ({}) cannot be allowed: {why}", r.id, r.name),
                if is_allow_rule(r) {
                    format!("remove this entry; `--ignore {}` leaves the rule out of a run", r.id)
                } else {
                    format!(
                        "give what the finding asks for (`notice explain {}`), and remove this entry",
                        r.id
                    )
                },
            ),
            Some(_) => {}
        }
        let path = match a.path.as_deref() {
            None => Ok(String::new()),
            Some(written) => resolve(written, cx.decl()),
        };
        if let Err(bad) = &path {
            bad_path.at(&format!("{at}.path"), &bad.message, &bad.help);
        }
        let what = format!("`{named}`");
        let reason = a.reason.as_deref().filter(|r| !r.trim().is_empty());
        match &a.reason {
            None => no_reason.missing(
                &at,
                "reason",
                format!("this allow of {what} gives no reason"),
                "add `reason:` saying why the finding is acceptable; until then the entry allows nothing",
            ),
            Some(_) if reason.is_none() => no_reason.at(
                &format!("{at}.reason"),
                format!("the reason of this allow of {what} is empty"),
                "say why the finding is acceptable; until then the entry allows nothing",
            ),
            Some(_) => {}
        }
        let (Some(rule), Ok(path), Some(reason)) = (rule, path, reason) else {
            continue;
        };
        if let Policy::Never(_) = policy(rule) {
            continue;
        }
        let entry = Entry {
            at,
            rule,
            path,
            reason,
            used: false,
        };
        let paths = list.index.entry(rule.id).or_default();
        match paths.get(&entry.path) {
            Some(&first) => {
                let earlier = list.entries[first].at.clone();
                list.repeats.push((entry, earlier));
            }
            None => {
                paths.insert(entry.path.clone(), list.entries.len());
                list.entries.push(entry);
            }
        }
    }
    for f in [bad_rule, bad_path, no_reason] {
        list.problems.extend(f.into_diagnostics());
    }
    list
}

/// The entries of `list` that allowed nothing: N023 when the path names nothing, N021 when the
/// run checked the rule (an entry for a rule left out of the run is not judged).
fn unused(list: &List, selection: &Selection) -> Vec<Diagnostic> {
    let mut bad_path = Findings::new(&INVALID_PATH, list.file);
    let mut unused = Findings::new(&UNUSED, list.file);
    let idle = list.entries.iter().filter(|e| !e.used).map(|e| (e, None));
    let repeats = list.repeats.iter().map(|(e, earlier)| (e, Some(earlier)));
    for (e, earlier) in idle.chain(repeats) {
        let what = format!("`{}` ({})", e.rule.id, e.rule.name);
        if earlier.is_none() && !names_something(list.file.map(), &e.path) {
            bad_path.at(
                &format!("{}.path", e.at),
                format!("`{}` names nothing in this declaration", e.path),
                "point the entry at an entry or field that exists, or remove it",
            );
        } else if let Some(earlier) = earlier {
            unused.at(
                &e.at,
                format!("this allow of {what} repeats `{earlier}`"),
                format!("remove it: `{earlier}` allows the same findings"),
            );
        } else if selection.checks(e.rule) {
            let place = if e.path.is_empty() {
                "in this file".to_owned()
            } else {
                format!("at `{}` or below", e.path)
            };
            unused.at(
                &e.at,
                format!("this allow of {what} allows nothing: the rule finds nothing {place}"),
                "remove it: the finding it was written for is gone",
            );
        }
    }
    let mut out = bad_path.into_diagnostics();
    out.extend(unused.into_diagnostics());
    out
}

/// Why an entry's path names nothing.
struct BadPath {
    message: String,
    help: String,
}

/// The path findings carry for a path as written in an entry: entries of the lists with ids
/// are named by id (`recipients[carriers]`), others by index (`security[2]`).
fn resolve(written: &str, decl: &Declaration) -> Result<String, BadPath> {
    let syntax = || {
        BadPath {
        message: format!("`{written}` is not a declaration path"),
        help: "write field names separated by dots and list entries in brackets, e.g. `recipients[carriers]` or `purposes[orders].retention`".to_owned(),
    }
    };
    let is_key = |k: &str| {
        !k.is_empty()
            && k.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
    };
    let mut out = String::new();
    for segment in written.trim().split('.') {
        let (key, mut brackets) = segment.split_at(segment.find('[').unwrap_or(segment.len()));
        if !is_key(key) {
            return Err(syntax());
        }
        if !out.is_empty() {
            out.push('.');
        }
        out.push_str(key);
        while let Some(rest) = brackets.strip_prefix('[') {
            let (inner, after) = rest.split_once(']').ok_or_else(syntax)?;
            brackets = after;
            if !is_key(inner) {
                return Err(syntax());
            }
            let kind = Kind::ALL.into_iter().find(|k| k.section() == out);
            let index = match kind {
                None => inner.parse::<usize>().map_err(|_| BadPath {
                    message: format!(
                        "`{out}[{inner}]` names no entry: only the entries of {} have ids",
                        Kind::ALL.map(|k| format!("`{}`", k.section())).join(", ")
                    ),
                    help: format!(
                        "name a field with a dot (`{out}.{inner}`), or an entry of another list by its index from 0 (`{out}[0]`)"
                    ),
                })?,
                Some(kind) => {
                    let ids = facts::declared(decl, kind);
                    match (ids.iter().position(|(_, id)| *id == inner), inner.parse::<usize>()) {
                        (Some(i), _) => i,
                        (None, Ok(i)) => {
                            let id = ids
                                .get(i)
                                .map(|(_, id)| format!("write `{out}[{id}]`: "))
                                .unwrap_or_default();
                            return Err(BadPath {
                                message: format!(
                                    "`{written}` names an entry of `{out}` by its index"
                                ),
                                help: format!(
                                    "{id}an id stays with its entry when others are added or removed, an index does not"
                                ),
                            });
                        }
                        (None, Err(_)) => {
                            return Err(BadPath {
                                message: format!("no {} has the id `{inner}`", kind.noun()),
                                help: format!(
                                    "{}give the id of one of the entries of `{out}`",
                                    facts::suggestion(decl, kind, inner)
                                ),
                            });
                        }
                    }
                }
            };
            out.push_str(&format!("[{index}]"));
        }
        if !brackets.is_empty() {
            return Err(syntax());
        }
    }
    Ok(out)
}

/// Whether `path` names a node of the file, or a field its parent may have (where findings
/// about something missing point). The empty path is the whole file.
fn names_something(map: &SourceMap, path: &str) -> bool {
    path.is_empty()
        || map.node(path).is_some()
        || (!path.ends_with(']')
            && parent_path(path).is_some_and(|p| p.is_empty() || map.node(p).is_some()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decl(yaml: &str) -> Declaration {
        serde_yaml::from_str(yaml).unwrap()
    }

    #[test]
    fn paths_name_entries_with_ids_by_id_and_others_by_index() {
        let d = decl(
            "notice: {id: a}\nrecipients: [{id: hosting}, {id: carriers}]\nsecurity: [a, b]\n",
        );
        let ok = |p: &str| resolve(p, &d).map_err(|e| e.message);
        assert_eq!(ok("recipients[carriers]"), Ok("recipients[1]".to_owned()));
        assert_eq!(
            ok(" recipients[carriers].transfer.copy "),
            Ok("recipients[1].transfer.copy".to_owned())
        );
        assert_eq!(ok("security[01]"), Ok("security[1]".to_owned()));
        assert_eq!(
            ok("rights.notes.de-CH"),
            Ok("rights.notes.de-CH".to_owned())
        );
        let bad = |p: &str| resolve(p, &d).unwrap_err();
        let e = bad("recipients[1]");
        assert!(
            e.help.contains("write `recipients[carriers]`"),
            "{}",
            e.help
        );
        let e = bad("recipients[carirers]");
        assert!(e.message.contains("no recipient has the id `carirers`"));
        assert!(e.help.contains("did you mean `carriers`?"), "{}", e.help);
        assert!(
            bad("security[first]")
                .message
                .contains("names no entry: only the entries of")
        );
        for syntax in [
            "", ".", "a..b", "a[", "a[]", "a[0", "a]0[", "a[0]b", "[0]", "a [0]", "a[0][",
            "a.b[x y]", "é", "a[٣]",
        ] {
            assert!(
                bad(syntax).message.contains("is not a declaration path"),
                "{syntax}: {}",
                bad(syntax).message
            );
        }
    }

    #[test]
    fn every_error_is_either_allowable_for_a_stated_case_or_never() {
        for (id, case) in ALLOWABLE_ERRORS {
            let rule = find_rule(id).unwrap_or_else(|| panic!("{id} is not a rule"));
            assert_eq!(
                rule.severity,
                Severity::Error,
                "{id}: only errors are listed"
            );
            assert_eq!(policy(rule), Policy::AllowableError(case));
        }
        assert!(matches!(
            policy(find_rule("N201").unwrap()),
            Policy::Never(_)
        ));
        assert!(matches!(
            policy(find_rule("N021").unwrap()),
            Policy::Never(_)
        ));
        assert_eq!(policy(find_rule("N401").unwrap()), Policy::Allowable);
    }
}
