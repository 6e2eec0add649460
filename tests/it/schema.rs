//! `notice schema`: the JSON Schema is valid, stable, covers every field of the model, accepts
//! the real declarations and refuses what the parser refuses.

pub mod validator;

use std::collections::BTreeSet;
use std::path::PathBuf;

use serde_json::{Value, json};

use crate::common::{code, fixture, notice, read, root, stderr, stdout};
use validator::Validator;

/// The demo, the six reference examples (as published and completed), and a fixture that
/// uses every struct of the model and the long form of every shorthand.
fn declarations() -> Vec<PathBuf> {
    let mut files = vec![root().join("notices/atelier-zenne.yaml")];
    for org in ["c-dot", "comnexio", "damnet"] {
        for name in ["as-published", "notice"] {
            files.push(root().join(format!("examples/{org}/{name}.yaml")));
        }
    }
    files.push(fixture("schema/every-struct.yaml"));
    files
}

fn schema() -> Value {
    notice::declaration::schema::schema()
}

fn yaml_to_json(text: &str) -> Value {
    serde_yaml::from_str(text).expect("YAML")
}

/// Whether `notice` itself reads the declaration `value` (written out as YAML), with the
/// catalogue's facts taken in where it says `use:`.
fn parser_accepts(value: &Value) -> bool {
    let text = serde_yaml::to_string(value).expect("YAML");
    let reference = notice::reference::Reference::builtin().expect("reference data");
    notice::declaration::load::parse(PathBuf::from("case.yaml"), text)
        .and_then(|l| notice::declaration::resolve(l, &reference))
        .is_ok()
}

/// The demo, with `value` put at the JSON pointer `at` (whose parent must exist), or the
/// member removed when `value` is `None`.
fn demo_with(at: &str, value: Option<Value>) -> Value {
    let mut doc = yaml_to_json(&read(&root().join("notices/atelier-zenne.yaml")));
    let (parent, key) = at.rsplit_once('/').expect("a pointer");
    let slot = doc
        .pointer_mut(parent)
        .unwrap_or_else(|| panic!("the demo has no {parent}"));
    match (slot, value) {
        (Value::Object(m), Some(v)) => {
            m.insert(key.to_owned(), v);
        }
        (Value::Object(m), None) => {
            m.remove(key)
                .unwrap_or_else(|| panic!("the demo has no {at}"));
        }
        (Value::Array(a), Some(v)) => a[key.parse::<usize>().unwrap()] = v,
        _ => panic!("cannot change {at}"),
    }
    doc
}

#[test]
fn the_command_prints_the_same_valid_schema_every_time() {
    let first = notice(&["schema"]);
    let second = notice(&["schema"]);
    assert_eq!(code(&first), 0, "{}", stderr(&first));
    assert_eq!(stdout(&first), stdout(&second));
    assert_eq!(stdout(&first), notice::declaration::schema::to_json());
    let s: Value = serde_json::from_str(&stdout(&first)).expect("the schema is JSON");
    assert_eq!(s["$schema"], "https://json-schema.org/draft/2020-12/schema");
    assert_eq!(s["additionalProperties"], false);
    assert_eq!(s["required"], json!(["notice"]));
    // Every reference resolves.
    let v = Validator::new(&s);
    let mut refs = Vec::new();
    collect_refs(&s, &mut refs);
    assert!(refs.len() > 40, "{refs:?}");
    for r in refs {
        v.resolve(&r);
    }
}

fn collect_refs(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::Object(m) => {
            if let Some(Value::String(r)) = m.get("$ref") {
                out.push(r.clone());
            }
            m.values().for_each(|x| collect_refs(x, out));
        }
        Value::Array(a) => a.iter().for_each(|x| collect_refs(x, out)),
        _ => {}
    }
}

#[test]
fn every_field_has_a_description() {
    let s = schema();
    let defs = s["$defs"].as_object().unwrap();
    let mut missing = Vec::new();
    for (owner, def) in
        std::iter::once(("(root)", &s)).chain(defs.iter().map(|(k, v)| (k.as_str(), v)))
    {
        for (field, prop) in def["properties"].as_object().into_iter().flatten() {
            if prop["description"].as_str().is_none_or(|d| d.len() <= 8) {
                missing.push(format!("{owner}.{field}"));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "fields without a doc comment: {missing:?}"
    );
}

/// Walks a serialised declaration along the schema, recording which properties of which
/// object schema its keys use. Serialisation writes every field of every struct (absent ones
/// as null), so one instance of a struct shows all of its fields.
fn cover(v: &Validator, schema_at: &str, value: &Value, path: &str, seen: &mut BTreeSet<String>) {
    let mut branches = vec![schema_at.to_owned()];
    let mut objects = Vec::new();
    while let Some(at) = branches.pop() {
        let s = v.resolve(&format!("#{at}"));
        if let Some(r) = s.get("$ref").and_then(Value::as_str) {
            branches.push(r.trim_start_matches('#').to_owned());
        }
        for alt in ["oneOf", "anyOf"] {
            for i in 0..s.get(alt).and_then(Value::as_array).map_or(0, Vec::len) {
                branches.push(format!("{at}/{alt}/{i}"));
            }
        }
        if s.get("properties").is_some() || s.get("items").is_some() {
            objects.push(at);
        }
    }
    match value {
        // Text serialises under this marker (see `walk`): its schema is checked by validation.
        Value::Object(m) if m.contains_key("$text") => {}
        Value::Object(m) => {
            for (k, x) in m {
                let Some(owner) = objects.iter().find(|o| {
                    v.resolve(&format!("#{o}"))
                        .get("properties")
                        .is_some_and(|p| p.get(k).is_some())
                }) else {
                    panic!(
                        "{path}.{k}: the model has this field, the schema at {schema_at} does not"
                    );
                };
                seen.insert(format!("{owner}/properties/{k}"));
                cover(
                    v,
                    &format!("{owner}/properties/{k}"),
                    x,
                    &format!("{path}.{k}"),
                    seen,
                );
            }
        }
        Value::Array(a) => {
            let owner = objects
                .iter()
                .find(|o| v.resolve(&format!("#{o}")).get("items").is_some())
                .unwrap_or_else(|| panic!("{path}: a list in the model, not in the schema"));
            for (i, x) in a.iter().enumerate() {
                cover(
                    v,
                    &format!("{owner}/items"),
                    x,
                    &format!("{path}[{i}]"),
                    seen,
                );
            }
        }
        _ => {}
    }
}

#[test]
fn every_field_of_every_struct_is_in_the_schema() {
    let s = schema();
    let v = Validator::new(&s);
    let mut seen = BTreeSet::new();
    for file in declarations() {
        let loaded = notice::declaration::load(&file).expect("the declaration loads");
        let model = serde_json::to_value(&loaded.declaration).unwrap();
        cover(&v, "", &model, "", &mut seen);
    }
    // Structs are the schema's named object definitions (and the root); `rights.notes` is a
    // map, whose keys need not all be used.
    let mut unseen = Vec::new();
    let defs = s["$defs"].as_object().unwrap();
    let structs = std::iter::once(String::new()).chain(defs.keys().map(|k| format!("/$defs/{k}")));
    for owner in structs {
        let def = v.resolve(&format!("#{owner}"));
        for field in def["properties"]
            .as_object()
            .into_iter()
            .flatten()
            .map(|(k, _)| k)
        {
            let key = format!("{owner}/properties/{field}");
            if !seen.contains(&key) {
                unseen.push(key);
            }
        }
    }
    assert!(
        unseen.is_empty(),
        "in the schema but in no serialised declaration (a field the model lacks, or a struct \
         no fixture uses: add it to tests/fixtures/schema/every-struct.yaml): {unseen:?}"
    );
}

#[test]
fn the_demo_and_every_example_validate() {
    let s = schema();
    let v = Validator::new(&s);
    for file in declarations() {
        let errors = v.errors(&yaml_to_json(&read(&file)));
        assert!(errors.is_empty(), "{}: {errors:#?}", file.display());
    }
}

/// Changes to the demo that the schema and the parser must judge alike: (pointer, value,
/// accepted). `None` removes the member.
fn agreement_cases() -> Vec<(&'static str, Option<Value>, bool)> {
    vec![
        // Shorthands, in both forms.
        (
            "/dpo",
            Some(json!({"name": "Ann Smith", "contact": {"email": "dpo@x.example"}})),
            true,
        ),
        ("/dpo", Some(json!("nobody")), false),
        ("/representative", Some(json!(null)), true),
        (
            "/supervisory_authority",
            Some(json!({"country": "DE", "region": "BY"})),
            true,
        ),
        (
            "/supervisory_authority",
            Some(json!({"region": "BY"})),
            false,
        ),
        (
            "/supervisory_authority",
            Some(json!({"country": "BE", "authority": "vtc"})),
            true,
        ),
        (
            "/supervisory_authority",
            Some(json!({"country": "BE", "authority": ["vtc"]})),
            false,
        ),
        (
            "/supervisory_authority",
            Some(json!({"country": "BE", "body": "vtc"})),
            false,
        ),
        ("/supervisory_authority", Some(json!(["BE"])), false),
        (
            "/data_categories/0/source",
            Some(json!("third_party")),
            true,
        ),
        (
            "/data_categories/0/source",
            Some(json!({"kind": "public", "url": "https://x.example"})),
            true,
        ),
        ("/data_categories/0/source", Some(json!("a friend")), false),
        (
            "/data_categories/0/source",
            Some(json!({"name": "Insurer SA"})),
            false,
        ),
        ("/data_categories/0/source", Some(json!("observed")), true),
        // A source per group of data subjects, in a list; an entry keeps the mapping's fields.
        (
            "/data_categories/0/source",
            Some(json!([
                {"data_subjects": ["customers"], "kind": "data_subject"},
                {"kind": "third_party", "name": "Insurer SA"}
            ])),
            true,
        ),
        (
            "/data_categories/0/source",
            Some(json!([{"kind": "third_party", "from": "Insurer SA"}])),
            false,
        ),
        (
            "/data_categories/0/source",
            Some(json!(["observed", "data_subject"])),
            true,
        ),
        (
            "/data_categories/0/source",
            Some(json!({"kind": "third_party", "data_subjects": "customers"})),
            false,
        ),
        // Data processed for a client: category ids or text per language, never one string of
        // text (it is taken as an id).
        (
            "/processor_activities/0/data",
            Some(json!(["identity", {"en": "who uses which bicycle"}])),
            true,
        ),
        ("/processor_activities/0/data", Some(json!([42])), false),
        (
            "/processor_activities/0/data",
            Some(json!("identity")),
            false,
        ),
        (
            "/purposes/0/provision",
            Some(json!({"per_category": [{"data": "contact", "requirement": "voluntary"}]})),
            true,
        ),
        (
            "/purposes/0/provision",
            Some(json!({"per_category": [{"requirement": "voluntary"}]})),
            false,
        ),
        (
            "/data_subjects",
            Some(json!([{"id": "customers", "kind": "customers"}])),
            true,
        ),
        (
            "/data_subjects",
            Some(json!([{"id": "customers", "kind": "clients"}])),
            false,
        ),
        (
            "/data_subjects",
            Some(json!([{"label": {"en": "Customers"}}])),
            false,
        ),
        (
            "/purposes/0/retention/after",
            Some(json!({"en": "the last order", "fr": "la dernière commande"})),
            true,
        ),
        (
            "/purposes/0/retention/after",
            Some(json!("the last order")),
            false,
        ),
        (
            "/purposes/0/retention/after",
            Some(json!("end_of_contrat")),
            false,
        ),
        ("/notice/title", Some(json!("Atelier Zenne")), true),
        // Destinations: one, a region, or a list; transfers: one entry, or one per destination.
        ("/recipients/0/country", Some(json!("EU")), true),
        ("/recipients/0/country", Some(json!(["IE", "US"])), true),
        ("/recipients/0/country", Some(json!({"code": "US"})), false),
        (
            "/recipients/0/transfer",
            Some(json!([{"country": "US", "mechanism": "dpf"}, {"mechanism": "scc"}])),
            true,
        ),
        (
            "/recipients/0/transfer",
            Some(json!([{"country": "US", "mechanisms": "dpf"}])),
            false,
        ),
        ("/recipients/0/transfer", Some(json!("scc")), false),
        // A recipient from the catalogue needs no id; any other does.
        (
            "/recipients/0",
            Some(json!({"use": "mailchimp", "transfer": {"copy": "mailto:p@x.example"}})),
            true,
        ),
        ("/recipients/0", Some(json!({"name": "Nordhost BV"})), false),
        ("/recipients/0", Some(json!({"use": ["mailchimp"]})), false),
        // Unknown fields, at the top and deep down.
        ("/purpose", Some(json!([])), false),
        ("/notice/langauges", Some(json!(["fr"])), false),
        (
            "/purposes/0/retention/durations",
            Some(json!("2 years")),
            false,
        ),
        (
            "/controller/contact/fax",
            Some(json!("+32 2 000 00 00")),
            false,
        ),
        // Wrong types.
        ("/notice/languages", Some(json!("fr")), false),
        ("/notice/title", Some(json!(42)), false),
        ("/notice/title", Some(json!({"en": ["Privacy"]})), false),
        ("/purposes/0/direct_marketing", Some(json!("no")), false),
        (
            "/purposes/0/legal_basis",
            Some(json!("consent_given")),
            false,
        ),
        ("/security", Some(json!("We lock the door.")), false),
        // Durations.
        (
            "/purposes/0/retention/duration",
            Some(json!("1 year")),
            true,
        ),
        (
            "/purposes/0/retention/duration",
            Some(json!("7 yeras")),
            false,
        ),
        (
            "/purposes/0/retention/duration",
            Some(json!("0 days")),
            false,
        ),
        (
            "/purposes/0/retention/duration",
            Some(json!("seven years")),
            false,
        ),
        ("/purposes/0/retention/duration", Some(json!("7")), false),
        ("/purposes/0/retention/duration", Some(json!(7)), false),
        // A tracker's lifetime may be a visit, minutes or hours; a retention period may not.
        ("/cookies/trackers/0/duration", Some(json!("session")), true),
        (
            "/cookies/trackers/0/duration",
            Some(json!("30 minutes")),
            true,
        ),
        ("/cookies/trackers/0/duration", Some(json!("1 hour")), true),
        (
            "/cookies/trackers/0/duration",
            Some(json!("13 months")),
            true,
        ),
        (
            "/cookies/trackers/0/duration",
            Some(json!("sessions")),
            false,
        ),
        (
            "/cookies/trackers/0/duration",
            Some(json!("0 hours")),
            false,
        ),
        (
            "/purposes/0/retention/duration",
            Some(json!("session")),
            false,
        ),
        (
            "/purposes/0/retention/duration",
            Some(json!("48 hours")),
            false,
        ),
        (
            "/purposes/0/retention/duration",
            Some(json!("30 minutes")),
            false,
        ),
        // Dates.
        ("/notice/effective", Some(json!("2024-02-29")), true),
        ("/notice/effective", Some(json!("2026-3-1")), false),
        ("/notice/effective", Some(json!("01/03/2026")), false),
        ("/notice/effective", Some(json!("2026-13-01")), false),
        ("/notice/effective", Some(json!("2026-03-01T10:00")), false),
        // Lint configuration: a missing reason is lint's to report (N020), not the parser's.
        (
            "/lint",
            Some(json!({"allow": [{"rule": "N401", "path": "recipients[hosting]"}]})),
            true,
        ),
        ("/lint", Some(json!({"allow": [{"reason": "why"}]})), false),
        (
            "/lint",
            Some(json!({"allow": [{"rule": "N401", "because": "why"}]})),
            false,
        ),
        ("/lint", Some(json!({"ignore": ["N401"]})), false),
        // Required fields.
        ("/purposes/0/id", None, false),
        ("/notice", None, false),
        ("/notice/history/0/effective", None, false),
    ]
}

#[test]
fn the_schema_and_the_parser_agree_on_broken_and_shorthand_declarations() {
    let s = schema();
    let v = Validator::new(&s);
    let mut wrong = Vec::new();
    for (at, value, accepted) in agreement_cases() {
        let doc = demo_with(at, value.clone());
        let schema_ok = v.errors(&doc).is_empty();
        let parser_ok = parser_accepts(&doc);
        if schema_ok != accepted || parser_ok != accepted {
            wrong.push(format!(
                "{at} = {value:?}: expected {accepted}, schema says {schema_ok}, parser says {parser_ok}"
            ));
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
}

/// Where the schema cannot say exactly what the parser does: (pointer, value, schema accepts,
/// parser accepts). Pinned so that a change on either side is seen, and listed in docs/guide/declarations.md, "Editor completion".
#[test]
fn the_known_differences_stay_as_documented() {
    let cases = [
        // Whether a day exists is beyond a pattern; so is the year 0.
        ("/notice/effective", json!("2026-02-30"), true, false),
        ("/notice/effective", json!("0000-01-01"), true, false),
        // serde_yaml reads any plain scalar into a string field; the schema asks for strings.
        ("/notice/version", json!(2.0), false, true),
        ("/notice/title", json!({"en": 2024}), false, true),
        // The parser takes any key as a language; the schema only language codes.
        ("/notice/title", json!({"EN": "Privacy"}), false, true),
        // The parser splits on any whitespace and allows a sign; counts beyond u32 it refuses.
        (
            "/purposes/0/retention/duration",
            json!("+7 years"),
            false,
            true,
        ),
        (
            "/purposes/0/retention/duration",
            json!("99999999999 years"),
            true,
            false,
        ),
        // The ids of the catalogue are data, not the schema's: any string is one to it.
        (
            "/recipients/0",
            json!({"use": "no-such-service"}),
            true,
            false,
        ),
    ];
    let s = schema();
    let v = Validator::new(&s);
    for (at, value, schema_ok, parser_ok) in cases {
        let doc = demo_with(at, Some(value.clone()));
        assert_eq!(
            v.errors(&doc).is_empty(),
            schema_ok,
            "schema, {at} = {value}"
        );
        assert_eq!(parser_accepts(&doc), parser_ok, "parser, {at} = {value}");
    }
    // A key with nothing after it is null in JSON terms, but serde_yaml reads it as an empty
    // list (an explicit `~` it refuses).
    let text = "notice: {id: x}\npurposes:\n";
    assert!(!v.errors(&yaml_to_json(text)).is_empty());
    assert!(notice::declaration::load::parse(PathBuf::from("case.yaml"), text.into()).is_ok());
}
