//! Rules on the declaration's own lint configuration (`lint.allow`), N020–N029.
//!
//! They judge the allow list against the findings of every other rule, so they have no check
//! function of their own: [`crate::lint::allow::apply`] reports them after all other rules ran.

use crate::diagnostic::Severity;
use crate::lint::{Docs, Rule};

/// Accountability: an accepted finding is a decision someone must be able to explain later.
const ARTICLES: &str = "Art. 5(2)";

// Constants, so that the allow pass can report through each one by name; the catalogue lists
// them in `RULES`.
pub const WITHOUT_REASON: Rule = Rule {
    id: "N020",
    name: "allow-without-reason",
    severity: Severity::Error,
    articles: ARTICLES,
    wp260: None,
    summary: "an entry of `lint.allow` does not say why the finding is acceptable",
    docs: Docs {
        what: "Every entry of `lint.allow` needs a `reason`, not empty. An entry without one allows nothing until it has one.",
        why: "An allowed finding is a decision not to change the notice. The reason is what lets a colleague, an auditor or the supervisory authority check that decision later (the controller must be able to demonstrate compliance, Art. 5(2)); an allow without it is indistinguishable from silencing the tool.",
        bad: "lint:\n  allow:\n    - rule: N401\n      path: recipients[carriers]\n",
        good: "lint:\n  allow:\n    - rule: N401\n      path: recipients[carriers]\n      reason: the carrier depends on the destination; the list is on /carriers\n",
    },
    check: None,
    check_all: None,
};

pub const UNUSED: Rule = Rule {
    id: "N021",
    name: "unused-allow",
    severity: Severity::Warning,
    articles: ARTICLES,
    wp260: None,
    summary: "an entry of `lint.allow` allows no finding",
    docs: Docs {
        what: "Each entry of `lint.allow` must match at least one finding of its rule, at its `path` or below it. An entry whose rule the run does not check (`--select`, `--ignore`) is not judged.",
        why: "A stale entry would silently allow the same finding if it came back, after the reason for it no longer holds; and it tells readers of the declaration about a problem that is gone.",
        bad: "recipients:\n  - id: hosting\n    name: Nordhost BV\n    country: NL\nlint:\n  allow:\n    - rule: N403\n      path: recipients[hosting]\n      reason: the country was not known yet\n",
        good: "recipients:\n  - id: hosting\n    name: Nordhost BV\n    country: NL\n",
    },
    check: None,
    check_all: None,
};

pub const INVALID_RULE: Rule = Rule {
    id: "N022",
    name: "invalid-allow-rule",
    severity: Severity::Error,
    articles: ARTICLES,
    wp260: None,
    summary: "an entry of `lint.allow` names no rule, or a rule that cannot be allowed",
    docs: Docs {
        what: "`rule` must be a rule id or name (`notice lint --list-rules`) that can be allowed: warnings, notes, and the few errors whose check can be wrong about a lawful notice (`notice explain` says which). Errors that report an item Arts. 13/14 require, or a declaration that cannot be built, cannot be allowed, and neither can these N02x rules. Such an entry allows nothing.",
        why: "Allowing a missing legal basis or retention period would publish a notice that lacks what the law requires; the fix is to give the item.",
        bad: "lint:\n  allow:\n    - rule: missing-legal-basis\n      path: purposes[orders]\n      reason: the basis is in our terms of sale\n",
        good: "purposes:\n  - id: orders\n    legal_basis: contract\n",
    },
    check: None,
    check_all: None,
};

pub const INVALID_PATH: Rule = Rule {
    id: "N023",
    name: "invalid-allow-path",
    severity: Severity::Warning,
    articles: ARTICLES,
    wp260: None,
    summary: "the `path` of an entry of `lint.allow` names nothing in the declaration",
    docs: Docs {
        what: "`path` is a declaration path as findings give it (`recipients[carriers].name`), naming entries of `purposes`, `data_subjects`, `data_categories`, `recipients`, `joint_controllers` and `processor_activities` by id and entries of other lists by index from 0 (`security[2]`). It must name something in the declaration: a node, or a field its parent may have. Such an entry allows nothing.",
        why: "An index into a list of entries with ids would point at another entry as soon as one is added or removed, and allow findings no one reviewed; a path that names nothing is a leftover from an entry that was renamed or removed.",
        bad: "lint:\n  allow:\n    - rule: N401\n      path: recipients[3]\n      reason: the carrier depends on the destination\n",
        good: "lint:\n  allow:\n    - rule: N401\n      path: recipients[carriers]\n      reason: the carrier depends on the destination\n",
    },
    check: None,
    check_all: None,
};

/// The rules of this module, in id order.
pub static RULES: &[Rule] = &[WITHOUT_REASON, UNUSED, INVALID_RULE, INVALID_PATH];

/// Whether `rule` is one of the rules about the allow list.
pub fn is_allow_rule(rule: &Rule) -> bool {
    RULES.iter().any(|r| r.id == rule.id)
}
