use super::*;
use crate::diff::tree::{NOT_NOTICE, RIGHTS};

/// Every path of the declaration format where a change can be reported, from its JSON Schema
/// (so from the model): list entries (`purposes[*]`), values, free texts, and fields that take
/// a word or a mapping (`dpo`). Fields of a free text are not paths; a field written as a word
/// or a list of them is a list (`legal_basis[*]`).
fn schema_paths() -> Vec<String> {
    let schema = crate::declaration::schema::schema();
    let mut out = Vec::new();
    walk(&schema, &schema, "", &mut out, 0);
    // What the tree adds to the model.
    out.push(format!("purposes[*].{RIGHTS}[*]"));
    // What is not part of the notice is never compared.
    out.retain(|p| {
        !NOT_NOTICE
            .iter()
            .any(|s| p == s || p.starts_with(&format!("{s}.")))
    });
    out.sort();
    out.dedup();
    out
}

fn walk(root: &Value, node: &Value, path: &str, out: &mut Vec<String>, depth: usize) {
    assert!(depth < 40, "the schema nests too deep at {path}");
    if let Some(r) = node.get("$ref").and_then(Value::as_str) {
        let name = r.trim_start_matches("#/$defs/");
        // Free text and events are compared as a whole.
        if matches!(name, "Text" | "PerLanguage" | "Event") {
            out.push(path.to_owned());
            return;
        }
        return walk(root, &root["$defs"][name], path, out, depth + 1);
    }
    let alternatives: Vec<&Value> = ["anyOf", "oneOf"]
        .iter()
        .filter_map(|k| node.get(*k).and_then(Value::as_array))
        .flatten()
        .filter(|a| a.get("type").and_then(Value::as_str) != Some("null"))
        .collect();
    if !alternatives.is_empty() {
        let has_list = alternatives.iter().any(|a| is_array(root, a));
        let has_word = alternatives
            .iter()
            .any(|a| !is_array(root, a) && !is_object(root, a));
        // A word or a mapping: the field itself changes when one replaces the other.
        if has_word && !has_list {
            out.push(path.to_owned());
        }
        for a in alternatives {
            if !(has_list && !is_array(root, a) && !is_object(root, a)) {
                walk(root, a, path, out, depth + 1);
            }
        }
        return;
    }
    if let Some(props) = node.get("properties").and_then(Value::as_object) {
        for (k, v) in props {
            let p = if path.is_empty() {
                k.clone()
            } else {
                format!("{path}.{k}")
            };
            walk(root, v, &p, out, depth + 1);
        }
        return;
    }
    if let Some(items) = node.get("items") {
        let p = format!("{path}[*]");
        out.push(p.clone());
        return walk(root, items, &p, out, depth + 1);
    }
    out.push(path.to_owned());
}

fn resolve<'a>(root: &'a Value, node: &'a Value) -> &'a Value {
    match node.get("$ref").and_then(Value::as_str) {
        Some(r) => resolve(root, &root["$defs"][r.trim_start_matches("#/$defs/")]),
        None => node,
    }
}

fn is_array(root: &Value, node: &Value) -> bool {
    resolve(root, node).get("items").is_some()
}

fn is_object(root: &Value, node: &Value) -> bool {
    resolve(root, node).get("properties").is_some()
}

/// A schema path as the walk reports it (any entry key, any field name).
fn steps(path: &str) -> Vec<Step> {
    let mut out = Vec::new();
    for part in path.split('.') {
        let (name, entries) = part.split_once('[').unwrap_or((part, ""));
        out.push(Step::Field(name.to_owned()));
        for _ in entries.split('[').filter(|e| !e.is_empty()) {
            out.push(Step::Entry("x".to_owned()));
        }
    }
    out
}

/// Whether a change at `path` is classified by a rule of its own, or never reported there: it
/// is the key its entry is matched by, or it lies inside a node compared as a whole.
fn classified(path: &str) -> bool {
    let s = steps(path);
    if rule_for(&s).pattern != "**" {
        return true;
    }
    let (parent, last) = s.split_at(s.len() - 1);
    if let [Step::Field(f)] = last
        && matches!(parent.last(), Some(Step::Entry(_)))
        && Table.key(&parent[..parent.len() - 1]) == f
    {
        return true;
    }
    (1..s.len()).any(|n| {
        Table.unit(&s[..n]).is_some_and(|apart| {
            !apart
                .iter()
                .any(|a| s.get(n) == Some(&Step::Field((*a).to_owned())))
        })
    })
}

/// The test that keeps the table in step with the model: a field added to the declaration
/// format (by any change to `src/declaration/model/`) fails here until it has a rule, and is
/// meanwhile treated as material by the default rule.
#[test]
fn every_path_of_the_format_is_classified() {
    let unclassified: Vec<String> = schema_paths()
        .into_iter()
        .filter(|p| !classified(p))
        .collect();
    assert!(
        unclassified.is_empty(),
        "these paths have no rule in src/diff/classify.rs (they are treated as material until they do):\n  {}",
        unclassified.join("\n  ")
    );
}

#[test]
fn every_rule_names_a_path_of_the_format() {
    let paths = schema_paths();
    for rule in RULES.iter().skip(1) {
        let pattern = parse(rule.pattern);
        // A rule may name a path, or a node above paths (a unit, `controller.contact.**`).
        let matches = paths.iter().any(|p| {
            let s = steps(p);
            (1..=s.len()).any(|n| specificity(&pattern, &s[..n]).is_some())
        });
        assert!(
            matches,
            "rule `{}` names no path of the declaration format",
            rule.pattern
        );
    }
}

#[test]
fn the_most_specific_rule_decides() {
    let p = |s: &str| rule_for(&steps(s)).pattern;
    assert_eq!(p("purposes[*]"), "purposes[*]");
    assert_eq!(p("purposes[*].retention"), "purposes[*].retention");
    assert_eq!(p("controller.contact.email"), "controller.contact.**");
    assert_eq!(p("controller.contact"), "controller.contact.**");
    assert_eq!(p("rights.notes.access"), "rights.notes.**");
    // A field no rule names: the default, material.
    assert_eq!(p("recipients[*].regions"), "**");
    assert!(matches!(
        rule_for(&steps("recipients[*].regions")).judge,
        Judge::Material
    ));
}

#[test]
fn units_and_keys() {
    assert_eq!(
        Table.unit(&steps("purposes[*].retention")),
        Some(&["per_category"][..])
    );
    assert_eq!(Table.unit(&steps("supervisory_authority")), Some(&[][..]));
    assert_eq!(Table.unit(&steps("purposes[*]")), None);
    assert_eq!(Table.key(&steps("purposes")), "id");
    assert_eq!(
        Table.key(&steps("purposes[*].retention.per_category")),
        "data"
    );
    assert_eq!(Table.key(&steps("notice.history")), "effective");
    assert!(Table.is_list(&steps("purposes[*].legal_basis")));
    assert!(!Table.is_list(&steps("purposes[*].label")));
}

fn retention(json: Value) -> Option<Value> {
    Some(json)
}

#[test]
fn retention_compares_by_length_only_from_the_same_event() {
    let rule = rule_for(&steps("purposes[*].retention"));
    let judge = |a: Value, b: Value| {
        super::judge(
            rule,
            Op::Changed,
            retention(a).as_ref(),
            retention(b).as_ref(),
        )
    };
    let after = |d: &str, e: &str| serde_json::json!({"duration": d, "after": e});
    assert_eq!(
        judge(after("2 years", "x"), after("3 years", "x")),
        (Class::Material, "longer")
    );
    assert_eq!(
        judge(after("3 years", "x"), after("2 years", "x")),
        (Class::Editorial, "shorter")
    );
    // The same length written otherwise: exact for months and years, days and weeks.
    assert_eq!(
        judge(after("1 year", "x"), after("12 months", "x")),
        (Class::Editorial, "changed")
    );
    assert_eq!(
        judge(after("2 weeks", "x"), after("14 days", "x")),
        (Class::Editorial, "changed")
    );
    assert_eq!(
        judge(after("1 year", "x"), after("13 months", "x")),
        (Class::Material, "longer")
    );
    // Another starting event, or criteria only: changed, material.
    assert_eq!(
        judge(after("1 year", "x"), after("1 year", "y")),
        (Class::Material, "changed")
    );
    assert_eq!(
        judge(after("1 year", "x"), after("6 months", "y")),
        (Class::Material, "changed")
    );
    let criteria = |t: &str| serde_json::json!({"criteria": {"$text": t}});
    assert_eq!(
        judge(criteria("a"), criteria("b")),
        (Class::Material, "changed")
    );
    assert_eq!(
        judge(criteria("a"), after("1 day", "x")),
        (Class::Material, "changed")
    );
    // A retention stated or withdrawn.
    assert_eq!(
        super::judge(rule, Op::Added, None, Some(&after("1 year", "x"))),
        (Class::Material, "added")
    );
}

#[test]
fn growth_is_material_and_reduction_editorial() {
    let rule = rule_for(&steps("purposes[*]"));
    assert_eq!(super::judge(rule, Op::Added, None, None).0, Class::Material);
    assert_eq!(
        super::judge(rule, Op::Removed, None, None).0,
        Class::Editorial
    );
    let sale = rule_for(&steps("disclosure.no_sale"));
    assert_eq!(
        super::judge(sale, Op::Removed, None, None).0,
        Class::Material
    );
    assert_eq!(
        super::judge(sale, Op::Added, None, None).0,
        Class::Editorial
    );
    assert_eq!(
        super::judge(rule, Op::Reordered, None, None),
        (Class::Editorial, "reordered")
    );
}

#[test]
fn an_automated_decision_is_material_where_its_exception_or_profiling_changes() {
    let rule = rule_for(&steps("purposes[*].automated_decision"));
    let j = |a: Value, b: Value| super::judge(rule, Op::Changed, Some(&a), Some(&b)).0;
    let text = |t: &str| serde_json::json!({"logic": {"$text": t}, "exception": "contract"});
    assert_eq!(j(text("a"), text("b")), Class::Editorial);
    let mut law = text("a");
    law["exception"] = "law".into();
    assert_eq!(j(text("a"), law), Class::Material);
}

#[test]
fn the_schema_walk_finds_the_whole_format() {
    let paths = schema_paths();
    for p in [
        "purposes[*].retention.per_category[*].duration",
        "recipients[*].transfer.mechanism",
        "dpo",
        "dpo.contact.email",
        "purposes[*].legal_basis[*]",
        "cookies.trackers[*].duration",
        "rights.notes.access",
        "data_categories[*].source",
    ] {
        assert!(paths.iter().any(|q| q == p), "{p} not found in {paths:#?}");
    }
    assert!(
        !paths.iter().any(|q| q == "purposes[*].legal_basis"),
        "a list of bases is a list"
    );
}
