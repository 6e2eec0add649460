//! `rules/index.md` and one page per lint rule (`rules/N201.md`), written from the rule
//! catalogue with the same explanation `notice explain` prints.

use std::collections::BTreeSet;

use super::Page;
use crate::lint::explain::{Body, explain};
use crate::lint::{Rule, rules};

/// Where rule pages link to the field reference.
const FIELDS: &str = "../reference/fields.md";

/// The index, then a page per rule in id order; `fields` are the field reference's anchors.
pub fn pages(fields: &BTreeSet<String>) -> Vec<Page> {
    let mut pages = vec![Page {
        path: "rules/index.md".to_owned(),
        text: index(fields),
        entry: None,
    }];
    pages.extend(rules::all().map(|r| Page {
        path: format!("rules/{}.md", r.id),
        text: rule_page(r, fields),
        entry: Some(("rules/index.md", format!("{} {}", r.id, r.name))),
    }));
    pages
}

fn index(fields: &BTreeSet<String>) -> String {
    let mut out = format!(
        "{}\n\n# Lint rules\n\n{}| id | name | severity | articles | summary |\n|---|---|---|---|---|\n",
        super::MARKER,
        link_fields(INDEX_INTRODUCTION, fields)
    );
    for r in rules::all() {
        out.push_str(&format!(
            "| [{id}]({id}.md) | `{}` | {} | {} | {} |\n",
            r.name,
            r.severity.as_str(),
            cell(r.articles),
            cell(&link_fields(r.summary, fields)),
            id = r.id,
        ));
    }
    out
}

const INDEX_INTRODUCTION: &str = "`notice lint` checks declarations against what Articles 13 \
and 14 GDPR and the WP260 transparency guidelines require; `notice build` runs the same checks \
and writes nothing while an error-level finding remains. Each rule has a stable id and a name, \
either of which `--select`, `--ignore`, `lint.allow` and `notice explain` accept. Its page says \
what it checks, why, and gives a declaration that triggers it and the same declaration fixed: \
the text `notice explain ID` prints.\n\n";

fn rule_page(r: &Rule, fields: &BTreeSet<String>) -> String {
    let e = explain(r);
    let mut out = format!(
        "{}\n\n# {} `{}`\n\n{}\n\n- **Severity:** {}\n",
        super::MARKER,
        r.id,
        r.name,
        sentence(&link_fields(r.summary, fields)),
        r.severity.as_str()
    );
    for (label, value) in &e.facts {
        out.push_str(&format!("- **{label}:** {}\n", link_fields(value, fields)));
    }
    for (title, body) in &e.sections {
        match body {
            Body::Prose(p) => {
                out.push_str(&format!("\n## {title}\n\n{}\n", link_fields(p, fields)))
            }
            Body::Yaml(y) => {
                out.push_str(&format!("\n## {title}\n\n```yaml\n{}\n```\n", y.trim_end()))
            }
        }
    }
    out.push_str("\n[All rules](index.md)\n");
    out
}

/// `text` with each code span that names a field by its path (`notice.id`,
/// `purposes[0].legal_basis`) turned into a link to that field's reference.
fn link_fields(text: &str, fields: &BTreeSet<String>) -> String {
    super::markdown(text, |piece| {
        match field_anchor(piece).and_then(|a| known(&a, fields)) {
            Some(anchor) => format!("[`{piece}`]({FIELDS}#{anchor})"),
            None => super::code(piece),
        }
    })
}

/// The field reference's anchor for `anchor`: itself, or the one field whose path ends with it
/// (docs write `transfer.mechanism` for `recipients[].transfer.mechanism`).
fn known<'f>(anchor: &str, fields: &'f BTreeSet<String>) -> Option<&'f str> {
    if let Some(exact) = fields.get(anchor) {
        return Some(exact);
    }
    let suffix = format!("-{anchor}");
    let mut ending = fields.iter().filter(|f| f.ends_with(&suffix));
    match (ending.next(), ending.next()) {
        (Some(only), None) => Some(only),
        _ => None,
    }
}

/// The anchor of the field a declaration path names (indexes and ids dropped), if it is one.
fn field_anchor(path: &str) -> Option<String> {
    // A path (`notice.id`, `recipients[0]`) or a key as written in YAML (`controller:`); a
    // bare word is too often something else (`notice` the tool, `none` the value).
    let key = path.strip_suffix(':');
    let path = key.unwrap_or(path);
    if (key.is_none() && !path.contains(['.', '['])) || path.contains(char::is_whitespace) {
        return None;
    }
    let mut anchor = String::new();
    let mut depth = 0;
    for c in path.chars() {
        match c {
            '[' => depth += 1,
            ']' => depth -= 1,
            '.' if depth == 0 => anchor.push('-'),
            c if depth == 0 => anchor.push(c),
            _ => {}
        }
    }
    Some(anchor)
}

/// A summary ("a purpose has no legal basis") as the sentence that opens a page.
fn sentence(s: &str) -> String {
    let mut c = s.chars();
    let mut out: String = c
        .next()
        .map(|first| first.to_uppercase().chain(c).collect())
        .unwrap_or_default();
    if !out.ends_with(['.', '!', '?']) {
        out.push('.');
    }
    out
}

/// Text fit for a cell of a Markdown table.
fn cell(s: &str) -> String {
    s.replace('|', "\\|")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn field_paths_in_code_become_links_to_existing_fields() {
        let fields: BTreeSet<String> = [
            "notice-id",
            "purposes-legal_basis",
            "lint-allow",
            "recipients-transfer-mechanism",
            "data_categories-source-name",
            "cookies-trackers-name",
        ]
        .map(String::from)
        .into();
        assert_eq!(
            link_fields(
                "`notice.id` and `purposes[1].legal_basis:`, not `none` or `notice.nope`",
                &fields
            ),
            "[`notice.id`](../reference/fields.md#notice-id) and [`purposes[1].legal_basis:`](../reference/fields.md#purposes-legal_basis), not `none` or `notice.nope`"
        );
        // A unique ending is enough; an ambiguous one is no link.
        assert_eq!(
            link_fields("`transfer.mechanism`, `source.name`, `x.name`", &fields),
            "[`transfer.mechanism`](../reference/fields.md#recipients-transfer-mechanism), [`source.name`](../reference/fields.md#data_categories-source-name), `x.name`"
        );
        assert_eq!(
            field_anchor("recipients[carriers].country"),
            Some("recipients-country".into())
        );
        assert_eq!(field_anchor("{fr: a, en: b}"), None);
    }
}
