//! Rules on changes since a previous version (N040–N049): they run when lint is given one
//! (`--since REV`), and judge the changes [`crate::diff`] finds and classes.

use std::collections::BTreeSet;

use crate::diagnostic::Severity;
use crate::diff::{Change, Op};
use crate::lint::{Context, Docs, Findings, Rule};

const WP260: &str =
    "WP260 rev.01 points 29-31, \"Changes to Article 13 and Article 14 information\"";

/// The rules of this module, in id order.
pub static RULES: &[Rule] = &[
    Rule {
        id: "N040",
        name: "unannounced-material-change",
        severity: Severity::Error,
        articles: "Art. 5(1)(a), 12(1), 13(3), 14(4)",
        wp260: Some(WP260),
        summary: "a material change since the previous version has no new effective date or no new history entry",
        docs: Docs {
            what: "With `--since REV`, compares each declaration with its state at REV. When a change is material (a new purpose, legal basis, data category, recipient, country or transfer mechanism, a longer retention, another controller, DPO or authority, a right that appears or disappears: `notice diff` lists them), `notice.effective` must be later than the previous version's, and `notice.history` must have an entry the previous version did not have (normally the version being replaced, with its date).",
            why: "WP260 rev.01 point 29 asks that material changes be communicated with the same care as the notice itself, and names among them a change in processing purpose, in the identity of the controller and in how rights are exercised; point 30 asks that a fundamental change (an enlargement of the categories of recipients, a transfer to a third country) be notified well in advance of taking effect. A new date and a history entry are how a published notice shows readers that it changed, and from when.",
            bad: "# at REV\nnotice:\n  effective: 2026-03-01\npurposes:\n  - id: orders\n# now: a purpose added, the date unchanged\nnotice:\n  effective: 2026-03-01\npurposes:\n  - id: orders\n  - id: newsletter\n",
            good: "notice:\n  effective: 2026-12-01\n  history:\n    - effective: 2026-03-01   # the version replaced; its summary is written by the build\npurposes:\n  - id: orders\n  - id: newsletter\n",
        },
        check: Some(unannounced),
        check_all: None,
    },
    Rule {
        id: "N041",
        name: "new-purpose-effective-in-past",
        severity: Severity::Warning,
        articles: "Art. 13(1)(c), 13(3), 14(4)",
        wp260: Some(WP260),
        summary: "a version that adds a purpose applies from a date already past",
        docs: Docs {
            what: "With `--since REV`, warns when a purpose is new since REV and `notice.effective` is before today: the notice says the new processing started before anyone could read about it.",
            why: "Information on a purpose must be given when the data are obtained (Art. 13(1)(c)), and information on a further purpose before that further processing starts (Art. 13(3), 14(4)); WP260 rev.01 point 30 asks for notice well in advance of a change taking effect. A date in the past cannot meet either.",
            bad: "# today is 2026-11-23; the newsletter purpose is new\nnotice:\n  effective: 2026-11-01\n",
            good: "notice:\n  effective: 2026-12-23\n",
        },
        check: Some(past_effective),
        check_all: None,
    },
];

/// The material changes, and a short list of where they are for a message.
fn material<'a>(cx: &'a Context) -> (Vec<&'a Change>, String) {
    let m: Vec<&Change> = cx.changes().iter().filter(|c| c.is_material()).collect();
    let mut places: Vec<String> = m
        .iter()
        .map(|c| {
            if c.path.is_empty() {
                "the whole declaration".to_owned()
            } else {
                format!("`{}`", c.path)
            }
        })
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    let more = places.len().saturating_sub(3);
    places.truncate(3);
    let mut list = places.join(", ");
    if more > 0 {
        list.push_str(&format!(" and {more} more"));
    }
    (m, list)
}

pub fn unannounced(cx: &Context, f: &mut Findings) {
    let Some(prev) = cx.previous() else {
        return;
    };
    let (changes, list) = material(cx);
    if changes.is_empty() {
        return;
    }
    let (old, new) = (&prev.declaration.notice, &cx.decl().notice);
    let since = prev.file.display();
    let n = changes.len();
    let what = format!(
        "{n} material change{} since {since} ({list})",
        if n == 1 { "" } else { "s" }
    );
    let later = match (old.effective, new.effective) {
        (Some(a), Some(b)) => b > a,
        (None, Some(_)) => true,
        (_, None) => false,
    };
    if !later {
        let message = match old.effective {
            Some(d) => format!("{what}, but the notice still applies from {d}, as before"),
            None => format!("{what}, but the notice gives no date from which it applies"),
        };
        let help = "set `effective:` to the day the changed notice applies from, once readers have been told of the change (`notice diff --since` lists it)";
        match new.effective {
            Some(_) => f.at("notice.effective", message, help),
            None => f.missing("notice", "effective", message, help),
        }
    }
    let before: BTreeSet<_> = old.history.iter().map(|h| h.effective).collect();
    if new.history.iter().all(|h| before.contains(&h.effective)) {
        let replaced = old
            .effective
            .map_or_else(|| "YYYY-MM-DD".to_owned(), |d| d.to_string());
        let message = format!("{what}, but `notice.history` has no new entry");
        let help = format!(
            "add `- effective: {replaced}` to `notice.history`, for the version being replaced; its summary may be left out: `notice build --since` (or the entry's `declaration:`) writes the material changes in every language"
        );
        if new.history.is_empty() {
            f.missing("notice", "history", message, help);
        } else {
            f.at("notice.history", message, help);
        }
    }
}

pub fn past_effective(cx: &Context, f: &mut Findings) {
    let Some(effective) = cx.decl().notice.effective else {
        return;
    };
    if cx.previous().is_none() || effective >= cx.config.today {
        return;
    }
    let added: Vec<String> = cx
        .changes()
        .iter()
        .filter(|c| c.topic == "purpose" && c.op == Op::Added)
        .map(|c| {
            format!(
                "`{}`",
                c.path.trim_start_matches("purposes[").trim_end_matches(']')
            )
        })
        .collect();
    if added.is_empty() {
        return;
    }
    f.at(
        "notice.effective",
        format!(
            "purpose{} {} {} new in this version, which applies from {effective}, before today ({})",
            if added.len() == 1 { "" } else { "s" },
            added.join(", "),
            if added.len() == 1 { "is" } else { "are" },
            cx.config.today
        ),
        "readers must be told of a new purpose before the processing starts: set `effective:` to a date after the notice is published, and start the new processing then",
    );
}
