//! The length of every text: a title, a name, a label, a value, a free text, each within what a
//! notice can need (the limits are in `declaration/limits.rs`).

use std::collections::HashSet;

use crate::declaration::limits::{MAX_NAME_CHARS, MAX_TEXT_CHARS, MAX_VALUE_CHARS};
use crate::declaration::source_map::parent_path;
use crate::diagnostic::Severity;
use crate::lint::{Context, Docs, Findings, Rule};

/// The rules of this module, in id order.
pub static RULES: &[Rule] = &[Rule {
    id: "N013",
    name: "text-too-long",
    severity: Severity::Error,
    articles: "Art. 12(1)",
    wp260: None,
    summary: "a title, name, label, value or text is longer than a notice can need",
    docs: Docs {
        what: "Titles, names and labels (`title`, `name`, `label`, `category`, `term`…) may be at most 300 characters; other single values (addresses, e-mail addresses, links, ids) at most 2,000; free texts (descriptions, interests, criteria…) at most 10,000, about three pages. Each language of a text counts on its own.",
        why: "Information must be concise and intelligible. A title is repeated on every page of the PDF and a label in headings, tables and the contents: beyond these lengths a text is a mistake (a pasted document, a broken generator), and it would make the PDF take gigabytes of memory to lay out.",
        bad: "notice:\n  title: \"Privacy notice … (12,000 characters pasted from a contract)\"\n",
        good: "notice:\n  title: Privacy notice of Acme SRL\n",
    },
    check: Some(too_long),
    check_all: None,
}];

/// The keys whose values are titles, names and labels: shown in headings, tables, the PDF's
/// outline and footer.
const NAME_KEYS: &[&str] = &[
    "title",
    "name",
    "label",
    "category",
    "term",
    "subject",
    "client",
    "provider",
    "region",
    "trade_names",
];

pub fn too_long(cx: &Context, f: &mut Findings) {
    let mut free: Option<HashSet<&str>> = None;
    // A value no longer in bytes than the smallest limit is within every limit: most are, and
    // need no lookup of what kind of value they are.
    let shortest = MAX_NAME_CHARS.min(MAX_VALUE_CHARS).min(MAX_TEXT_CHARS);
    for (path, value) in cx.strings() {
        if value.len() <= shortest {
            continue;
        }
        let free =
            free.get_or_insert_with(|| cx.texts().iter().map(|(path, _)| path.as_str()).collect());
        // A language of a free text (`purposes[0].label.fr`) is named by the text's path.
        let text_path = if free.contains(path.as_str()) {
            Some(path.as_str())
        } else {
            parent_path(path).filter(|p| free.contains(*p))
        };
        let key = key(text_path.unwrap_or(path));
        // A name's description is made only for a finding.
        let (max, what) = if NAME_KEYS.contains(&key) {
            (MAX_NAME_CHARS, None)
        } else if text_path.is_some() {
            (MAX_TEXT_CHARS, Some("a text"))
        } else {
            (MAX_VALUE_CHARS, Some("a single value"))
        };
        // A text has no more characters than bytes; counting stops past the limit, so a
        // megabyte of text is not counted to the end twice.
        if value.len() <= max || value.chars().take(max + 1).count() <= max {
            continue;
        }
        let what = what.map_or_else(
            || format!("a {}", key.trim_end_matches('s').replace('_', " ")),
            str::to_owned,
        );
        let n = value.chars().count();
        f.at(
            path,
            format!("`{path}` is {n} characters long; {what} may be at most {max} characters"),
            "shorten it to what readers need; longer explanations belong in a document of their own, linked from the notice",
        );
    }
}

/// The field name of `path`: `purposes[0].label` → `label`, `controller.trade_names[1]` →
/// `trade_names`.
fn key(path: &str) -> &str {
    let last = path.rsplit('.').next().unwrap_or(path);
    last.split('[').next().unwrap_or(last)
}
