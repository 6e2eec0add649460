//! `--select` / `--ignore`: which rules a run checks, chosen by id, name or id prefix, as ruff
//! does.

use super::{REGISTER_PREFIX, Rule, find_rule, rules};
use crate::diagnostic::Severity;
use crate::suggest::close_matches;

/// One `--select` / `--ignore` value, reduced to the id prefix it stands for: a whole id for a
/// rule given by id or name, `N8` for the N8xx rules, the empty prefix for `ALL`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Selector {
    prefix: String,
}

impl Selector {
    /// Parses a selector as the command line gives it (case does not matter); an unknown one is
    /// refused with the closest rules, so a typo cannot silently select or ignore nothing.
    pub fn parse(given: &str) -> Result<Selector, String> {
        let given = given.trim();
        if given.eq_ignore_ascii_case("ALL") {
            return Ok(Selector {
                prefix: String::new(),
            });
        }
        if let Some(rule) = find_rule(given) {
            return Ok(Selector {
                prefix: rule.id.to_owned(),
            });
        }
        let prefix = given.to_ascii_uppercase();
        let digits = prefix.strip_prefix(['N', 'R']).unwrap_or("x");
        if digits.bytes().all(|b| b.is_ascii_digit())
            && rules::all().any(|r| r.id.starts_with(&prefix))
        {
            return Ok(Selector { prefix });
        }
        let names = rules::all().flat_map(|r| [r.id, r.name]);
        let mut close = close_matches(given, names.clone(), 5);
        // A word of a name (`retention`) lists the rules whose names contain it.
        if given.len() >= 3 {
            let word = given.to_ascii_lowercase();
            let containing: Vec<&str> = rules::all()
                .map(|r| r.name)
                .filter(|n| n.contains(&word) && !close.contains(n))
                .collect();
            close.extend(containing);
        }
        close.truncate(5);
        let hint = match close.as_slice() {
            [] => String::new(),
            [one] => format!(" (did you mean `{one}`?)"),
            many => format!(
                " (close matches: {})",
                many.iter()
                    .map(|c| format!("`{c}`"))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        };
        Err(format!(
            "no rule, rule name or id prefix `{given}`{hint}; `notice lint --list-rules` lists them"
        ))
    }

    fn matches(&self, rule: &Rule) -> bool {
        rule.id.starts_with(&self.prefix)
    }
}

/// The rules a run checks: every rule, or those `--select` names, less those `--ignore` names.
/// When both match a rule the more specific selector decides (`--select N5 --ignore N503`
/// leaves N503 out, `--ignore N5 --select N503` keeps it); between equals, `--ignore` wins.
#[derive(Clone, Debug, Default)]
pub struct Selection {
    select: Vec<Selector>,
    ignore: Vec<Selector>,
}

impl Selection {
    pub fn new(select: Vec<Selector>, ignore: Vec<Selector>) -> Selection {
        Selection { select, ignore }
    }

    /// Every rule.
    pub fn all() -> Selection {
        Selection::default()
    }

    /// The same selection within the register's rules (R0xx): all of them when it selects
    /// nothing in particular, as `notice register` checks.
    pub fn only_register(mut self) -> Selection {
        if self.select.is_empty() {
            self.select.push(Selector {
                prefix: REGISTER_PREFIX.to_owned(),
            });
        }
        self
    }

    /// Whether the run checks `rule`.
    pub fn checks(&self, rule: &Rule) -> bool {
        let best = |list: &[Selector]| {
            list.iter()
                .filter(|s| s.matches(rule))
                .map(|s| s.prefix.len())
                .max()
        };
        let selected = if self.select.is_empty() {
            Some(0)
        } else {
            best(&self.select)
        };
        match (selected, best(&self.ignore)) {
            (Some(s), Some(i)) => s > i,
            (selected, _) => selected.is_some(),
        }
    }

    /// Whether the selection keeps every error-level rule, as publishing requires: those rules
    /// guard what a notice must contain, and are allowed one finding at a time, with a reason
    /// (`lint.allow`), never switched off for a whole run. The error says which are left out.
    pub fn checks_every_error(&self) -> Result<(), String> {
        let left_out: Vec<&str> = rules::all()
            .filter(|r| r.severity == Severity::Error && !self.checks(r))
            .map(|r| r.id)
            .collect();
        let Some(shown) = left_out
            .get(..left_out.len().min(8))
            .filter(|s| !s.is_empty())
        else {
            return Ok(());
        };
        let more = match left_out.len() - shown.len() {
            0 => String::new(),
            n => format!(" and {n} more"),
        };
        Err(format!(
            "checks every error-level rule, but --select/--ignore leave out {}{more}",
            shown.join(", ")
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sel(select: &[&str], ignore: &[&str]) -> Selection {
        let parse = |v: &[&str]| v.iter().map(|s| Selector::parse(s).unwrap()).collect();
        Selection::new(parse(select), parse(ignore))
    }

    fn checked(s: &Selection) -> Vec<&'static str> {
        rules::all().filter(|r| s.checks(r)).map(|r| r.id).collect()
    }

    #[test]
    fn ids_names_prefixes_and_all_select_rules() {
        assert_eq!(checked(&sel(&["N201"], &[])), ["N201"]);
        assert_eq!(checked(&sel(&["Missing-Legal-Basis"], &[])), ["N201"]);
        assert_eq!(checked(&sel(&["n50"], &[])), ["N501", "N502", "N503"]);
        assert_eq!(checked(&sel(&["ALL"], &[])).len(), rules::all().count());
        assert_eq!(checked(&Selection::all()).len(), rules::all().count());
        assert!(
            checked(&sel(&["N8"], &[]))
                .iter()
                .all(|id| id.starts_with("N8"))
        );
    }

    #[test]
    fn the_more_specific_selector_wins_and_ignore_wins_ties() {
        assert_eq!(checked(&sel(&["N5"], &["N503"])), ["N501", "N502"]);
        let s = sel(&[], &["N5", "vague-wording"]);
        assert!(!s.checks(find_rule("N501").unwrap()) && !s.checks(find_rule("N801").unwrap()));
        assert!(s.checks(find_rule("N201").unwrap()));
        assert_eq!(checked(&sel(&["N503"], &["N5"])), ["N503"]);
        assert!(checked(&sel(&["N503"], &["N503"])).is_empty());
        assert!(checked(&sel(&["ALL"], &["ALL"])).is_empty());
        assert_eq!(
            sel(&[], &["N503", "vague-wording"]).checks_every_error(),
            Ok(())
        );
        let left_out = rules::all()
            .filter(|r| r.severity == Severity::Error && !r.id.starts_with("N5"))
            .count();
        let e = sel(&["N5"], &[]).checks_every_error().unwrap_err();
        assert!(
            e.starts_with(
                "checks every error-level rule, but --select/--ignore leave out N001, N002, N003, "
            ) && e.ends_with(&format!(" and {} more", left_out - 8)),
            "{e}"
        );
        assert_eq!(
            sel(&[], &["N502"]).checks_every_error().unwrap_err(),
            "checks every error-level rule, but --select/--ignore leave out N502"
        );
    }

    #[test]
    fn unknown_selectors_are_refused_with_close_matches() {
        let e = Selector::parse("N2O1").unwrap_err();
        assert!(e.contains("did you mean `N201`?"), "{e}");
        let e = Selector::parse("retention").unwrap_err();
        assert!(
            e.contains("`missing-retention`") && e.contains("`vague-retention`"),
            "{e}"
        );
        for bad in ["N99", "N2011", "", "X2", "N-1", "N 2"] {
            assert!(Selector::parse(bad).is_err(), "{bad}");
        }
        let register = rules::all().filter(|r| r.is_register()).count();
        assert_eq!(
            checked(&sel(&["N"], &[])).len(),
            rules::all().count() - register
        );
        assert_eq!(checked(&sel(&["r"], &[])).len(), register);
        assert_eq!(
            checked(&Selection::all().only_register()),
            ["R001", "R002", "R003", "R004"]
        );
    }
}
