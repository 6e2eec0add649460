//! What changed between two versions of a declaration, in the declaration's own terms, each
//! change classed as material or editorial (`notice diff`, the generated history summaries, and
//! lint's N040/N041).
//!
//! One mechanism, which follows the model as it grows: both versions are serialised to the
//! shape of their YAML ([`tree`]), one walk lists every difference by path, and one table of
//! path patterns ([`classify`]) says what each difference is about and whether it is material.
//! [`phrase`] says it in a reader's language, [`report`] prints it, [`source`] finds the
//! versions to compare (two files or folders, or a git revision).

pub mod classify;
pub mod command;
pub mod history;
pub mod phrase;
pub mod report;
pub mod source;
pub mod tree;

use serde_json::Value;

use crate::declaration::{Declaration, Loaded};
pub use classify::Class;
pub use tree::Op;

/// One change between two versions of a declaration.
#[derive(Clone, Debug)]
pub struct Change {
    /// Where, as lint and `lint.allow` name places: `purposes[newsletter].retention`; list
    /// entries by id (or by value for lists of ids, by index for lists without ids).
    pub path: String,
    pub op: Op,
    /// What the rule made of it: the op, or for a period `longer` / `shorter`.
    pub kind: &'static str,
    pub class: Class,
    /// What it is about (`purpose`, `retention`…): the locale message `diff-<topic>`.
    pub topic: &'static str,
    /// The pattern of the classification rule that decided.
    pub rule: &'static str,
    /// The values before and after, as in the tree (free texts marked).
    pub old: Option<Value>,
    pub new: Option<Value>,
    /// The label of the entry the change is in (a purpose, a recipient…).
    pub subject: Option<Value>,
    render: classify::Render,
}

impl Change {
    pub fn is_material(&self) -> bool {
        self.class == Class::Material
    }
}

/// Every change from `old` to `new`, in the order of the declaration.
pub fn changes(old: &Declaration, new: &Declaration) -> Vec<Change> {
    tree::compare(&tree::tree(old), &tree::tree(new), &classify::Table)
        .into_iter()
        .map(|raw| {
            let rule = classify::rule_for(&raw.path);
            let (class, kind) = classify::judge(rule, raw.op, raw.old.as_ref(), raw.new.as_ref());
            Change {
                path: tree::show(&raw.path),
                op: raw.op,
                kind,
                class,
                topic: if raw.op == Op::Reordered {
                    "order"
                } else {
                    rule.topic
                },
                rule: rule.pattern,
                old: raw.old,
                new: raw.new,
                subject: raw.subject,
                render: rule.render,
            }
        })
        .collect()
}

/// A declaration in two versions, either of which may be missing (added or removed).
pub struct Comparison {
    pub old: Option<Version>,
    pub new: Option<Version>,
    pub changes: Vec<Change>,
}

/// One version of a declaration and where it was read from.
pub struct Version {
    /// The file as given, or `REV:path` for a version read from git.
    pub label: String,
    pub loaded: Loaded,
}

impl Comparison {
    /// Compares two versions; a declaration that appears or disappears is one material change.
    pub fn new(old: Option<Version>, new: Option<Version>) -> Comparison {
        let changes = match (&old, &new) {
            (Some(o), Some(n)) => changes(&o.loaded.declaration, &n.loaded.declaration),
            (None, None) => Vec::new(),
            (o, _) => vec![Change {
                path: String::new(),
                op: if o.is_none() { Op::Added } else { Op::Removed },
                kind: if o.is_none() { "added" } else { "removed" },
                class: Class::Material,
                topic: "declaration",
                rule: "",
                old: None,
                new: None,
                subject: None,
                render: classify::Render::Plain,
            }],
        };
        Comparison { old, new, changes }
    }

    /// The notice id (of the new version, else the old one).
    pub fn id(&self) -> Option<&str> {
        self.new
            .iter()
            .chain(&self.old)
            .find_map(|v| v.loaded.declaration.notice.id.as_deref())
    }

    pub fn material(&self) -> usize {
        self.changes.iter().filter(|c| c.is_material()).count()
    }

    fn declarations(&self) -> (Option<&Declaration>, Option<&Declaration>) {
        (
            self.old.as_ref().map(|v| &v.loaded.declaration),
            self.new.as_ref().map(|v| &v.loaded.declaration),
        )
    }
}

#[cfg(test)]
mod tests;
