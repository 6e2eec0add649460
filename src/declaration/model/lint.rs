//! Lint configuration kept in a declaration (`lint.allow`): read by `notice lint` and `build`,
//! never shown in the notice.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// How `notice lint` (and `build`, which runs the same checks) treats this declaration.
#[derive(Clone, Debug, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LintConfig {
    /// Findings accepted after review, each with the reason: they are counted in the summary
    /// instead of being reported.
    #[serde(default)]
    pub allow: Vec<Allow>,
}

/// One accepted finding, or all findings of a rule at and below a place in the declaration.
#[derive(Clone, Debug, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Allow {
    /// The rule, by id (`N401`) or name (`recipient-category-only`).
    pub rule: String,
    /// Where: a declaration path such as `recipients[carriers]` (an entry by its id) or
    /// `security[2]` (an entry without id, by index from 0); the findings at that place and
    /// below it are allowed. Without a path, the rule's findings anywhere in this file are.
    pub path: Option<String>,
    /// Why the finding is acceptable, for whoever reviews the declaration next; required.
    // Optional here so that a missing reason is a lint error pointing at the entry (N020),
    // not a failure to read the file.
    pub reason: Option<String>,
}
