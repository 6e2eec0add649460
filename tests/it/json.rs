//! The machine-readable notice: `notice build --format json` against the schema the book
//! publishes, and the page's JSON-LD expanded to RDF by a JSON-LD 1.1 processor (oxjsonld,
//! with no document loader: nothing is fetched) into the demo's facts in DPV terms.

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

use oxjsonld::JsonLdParser;
use serde_json::{Value, json};

use crate::build::build_into;
use crate::common::{
    code, demo_variant, notice, read, root, snapshot, split_data_block, stderr, stdout,
};
use crate::schema::validator::Validator;

/// The demo and the completed examples, built into `out` in `formats`.
fn build(out: &Path, formats: &str) -> Vec<PathBuf> {
    let inputs = [
        "notices",
        "examples/c-dot/notice.yaml",
        "examples/comnexio/notice.yaml",
        "examples/damnet/notice.yaml",
    ];
    let o = build_into(out, &inputs, &["--format", formats]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    ["atelier-zenne", "c-dot", "comnexio", "damnet"]
        .iter()
        .map(|id| out.join(id))
        .collect()
}

fn published_schema() -> Value {
    serde_json::from_str(&read(
        &root().join("docs/reference/notice-json.schema.json"),
    ))
    .expect("the published schema is JSON")
}

fn json_of(path: &Path) -> Value {
    serde_json::from_str(&read(path)).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
fn the_json_output_validates_against_its_published_schema() {
    let schema = published_schema();
    // The book publishes what `notice schema json` prints.
    let o = notice(&["schema", "json"]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert_eq!(serde_json::from_str::<Value>(&stdout(&o)).unwrap(), schema);
    let validator = Validator::new(&schema);
    let work = tempfile::tempdir().unwrap();
    let mut checked = 0;
    for dir in build(work.path(), "json") {
        for lang in ["fr", "nl", "en"] {
            let doc = json_of(&dir.join(format!("{lang}.json")));
            assert_eq!(
                validator.errors(&doc),
                Vec::<String>::new(),
                "{}/{lang}.json",
                dir.display()
            );
            assert_eq!(doc["version"], 1);
            assert_eq!(doc["notice"]["language"], lang);
            checked += 1;
        }
    }
    assert_eq!(checked, 12);
    // The schema refuses what is not this format: another version, a field left out, a
    // legal basis that is none, a right with no name.
    let demo = json_of(&work.path().join("atelier-zenne/en.json"));
    for (at, value) in [
        ("/version", Some(json!(2))),
        ("/purposes/0/rights", None),
        (
            "/purposes/0/legal_bases/0/basis",
            Some(json!("gut_feeling")),
        ),
        ("/rights/list/0/name", Some(json!(null))),
        ("/unknown", Some(json!(true))),
    ] {
        let mut doc = demo.clone();
        let (parent, key) = at.rsplit_once('/').unwrap();
        let slot = doc.pointer_mut(parent).unwrap().as_object_mut().unwrap();
        match value {
            Some(v) => slot.insert(key.to_owned(), v),
            None => slot.remove(key),
        };
        assert!(!validator.errors(&doc).is_empty(), "{at} accepted");
    }
}

/// What the JSON says of the demo: ids kept, texts in the document's language, retention both
/// phrased and structured, rights with what gives them, transfers with their mechanism, the
/// authority from the reference data.
#[test]
fn the_json_output_states_the_demo_resolved() {
    let work = tempfile::tempdir().unwrap();
    let o = build_into(work.path(), &["notices"], &["--format", "json"]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    // The whole document, so that a change of the format shows in review.
    let text = read(&work.path().join("atelier-zenne/en.json"));
    snapshot("atelier-zenne/en.json", &text);
    let en: Value = serde_json::from_str(&text).unwrap();
    let fr = json_of(&work.path().join("atelier-zenne/fr.json"));
    let ids = |doc: &Value| -> Vec<String> {
        doc["purposes"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| p["id"].as_str().unwrap().to_owned())
            .collect()
    };
    assert_eq!(
        ids(&en),
        [
            "orders",
            "accounting",
            "adaptation",
            "insurance-claims",
            "newsletter",
            "cctv",
            "fraud-screening",
            "test-rides"
        ]
    );
    assert_eq!(ids(&fr), ids(&en));
    assert_eq!(en["purposes"][0]["label"], "Sales and repairs");
    assert_eq!(fr["purposes"][0]["label"], "Ventes et réparations");
    let purpose = |id: &str| {
        en["purposes"]
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["id"] == id)
            .unwrap()
            .clone()
    };
    let orders = purpose("orders");
    assert_eq!(
        orders["retention"][0]["duration"],
        json!({"count": 2, "unit": "years"})
    );
    assert_eq!(orders["retention"][0]["after"]["id"], "end_of_contract");
    assert!(
        orders["retention"][0]["text"]
            .as_str()
            .unwrap()
            .starts_with("2 years after the end of the contract"),
        "{orders}"
    );
    assert_eq!(
        orders["recipients"],
        json!(["hosting", "payments", "courier", "helpdesk"])
    );
    let rights = |p: &Value| -> Vec<(String, Value)> {
        p["rights"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| {
                (
                    r["right"].as_str().unwrap().to_owned(),
                    r["given_by"].clone(),
                )
            })
            .collect()
    };
    // Art. 17(3)(b) and 20: no erasure nor portability under a legal obligation.
    let accounting = rights(&purpose("accounting"));
    assert!(
        !accounting
            .iter()
            .any(|(r, _)| r == "erasure" || r == "portability")
    );
    assert_eq!(
        purpose("accounting")["legal_bases"][0]["article"],
        "6(1)(c)"
    );
    // Withdrawal comes from the Art. 9(2)(a) explicit consent, not from the contract.
    assert!(
        rights(&purpose("adaptation")).contains(&(
            "withdraw".to_owned(),
            json!(["special_category_explicit_consent"])
        )),
        "{:?}",
        rights(&purpose("adaptation"))
    );
    assert_eq!(
        purpose("adaptation")["special_condition"]["article"],
        "9(2)(a)"
    );
    let newsletter = rights(&purpose("newsletter"));
    assert!(newsletter.contains(&("object_marketing".to_owned(), json!(["direct_marketing"]))));
    assert!(newsletter.contains(&("portability".to_owned(), json!(["consent"]))));
    let transfers = en["transfers"].as_array().unwrap();
    assert_eq!(transfers.len(), 2, "{transfers:?}");
    assert_eq!(transfers[0]["recipient"], "helpdesk");
    assert_eq!(transfers[0]["destination"]["code"], "US");
    assert_eq!(transfers[0]["mechanism"]["id"], "scc");
    assert_eq!(transfers[0]["mechanism"]["article"], "46(2)(c)");
    assert_eq!(transfers[0]["copy"], "mailto:privacy@atelier-zenne.example");
    assert_eq!(transfers[1]["mechanism"]["id"], "adequacy");
    assert_eq!(transfers[1]["destination"]["name"], "Switzerland");
    assert_eq!(en["authority"]["name"], "Data Protection Authority");
    assert_eq!(
        fr["authority"]["name"],
        "Autorité de protection des données"
    );
    assert_eq!(
        en["notice"]["url"],
        "https://www.atelier-zenne.example/privacy/en.html"
    );
}

/// `--format json` goes through the same writer as the other formats: `--check` passes on a
/// fresh build, and lists a JSON output that a changed declaration makes stale.
#[test]
fn check_sees_a_stale_json_output() {
    let work = tempfile::tempdir().unwrap();
    let decl = work.path().join("n.yaml");
    fs::copy(root().join("notices/atelier-zenne.yaml"), &decl).unwrap();
    let out = work.path().join("out");
    let d = decl.to_str().unwrap();
    let json = ["--format", "json"];
    assert_eq!(code(&build_into(&out, &[d], &json)), 0);
    let o = build_into(&out, &[d], &["--format", "json", "--check"]);
    assert_eq!(code(&o), 0, "{}{}", stdout(&o), stderr(&o));
    let before = read(&out.join("atelier-zenne/en.json"));
    // A retention period is a fact the JSON states: changing it makes every language stale.
    let text = read(&decl).replace("duration: 7 years", "duration: 10 years");
    assert_ne!(text, read(&decl));
    fs::write(&decl, text).unwrap();
    let o = build_into(&out, &[d], &["--format", "json", "--check"]);
    assert_eq!(code(&o), 1, "{}", stderr(&o));
    for lang in ["fr", "nl", "en"] {
        assert!(
            stdout(&o).contains(&format!("atelier-zenne/{lang}.json")),
            "{}",
            stdout(&o)
        );
    }
    // --check wrote nothing; a build does.
    assert_eq!(read(&out.join("atelier-zenne/en.json")), before);
    assert_eq!(code(&build_into(&out, &[d], &json)), 0);
    let after = json_of(&out.join("atelier-zenne/en.json"));
    assert_eq!(
        after["purposes"][1]["retention"][0]["duration"],
        json!({"count": 10, "unit": "years"})
    );
}

/// Text that would end a script element (`</script>`) or change how its end is found (`<!--`
/// then `<script>`) stays inside the page's JSON-LD block, which expands to it as written;
/// the JSON output holds it as written too.
#[test]
fn hostile_text_stays_inside_the_json_ld_block() {
    let hostile = "Zenne </script><script>alert(1)</script> <!-- <script> --> & SRL";
    let work = tempfile::tempdir().unwrap();
    let decl = work.path().join("n.yaml");
    let text = read(&root().join("notices/atelier-zenne.yaml")).replace(
        "name: Atelier Zenne SRL",
        &format!("name: {}", serde_json::to_string(hostile).unwrap()),
    );
    fs::write(&decl, text).unwrap();
    let out = work.path().join("out");
    let o = build_into(
        &out,
        &[decl.to_str().unwrap()],
        &["--format", "html,json", "--lang", "en"],
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let page = read(&out.join("atelier-zenne/en.html"));
    // Built together, the page points programs to its JSON.
    assert!(page.contains(r#"<link rel="alternate" type="application/json" hreflang="en" href="https://www.atelier-zenne.example/privacy/en.json">"#), "{page}");
    // One data block, holding no `<`; nothing else in the page is a script.
    let block = block_of(&out.join("atelier-zenne/en.html"));
    assert_eq!(page.matches("<script").count(), 1, "{page}");
    assert_eq!(page.matches("</script>").count(), 1, "{page}");
    let g = Graph::expand(&block);
    let controller = g.named(&format!("{DPV}hasName"), hostile);
    assert!(g.has_type(&controller, "DataController"));
    let doc = json_of(&out.join("atelier-zenne/en.json"));
    assert_eq!(doc["controller"]["name"], hostile);
}

/// A draft (`build --draft`) is not for publication: its JSON says so and lists the findings
/// it was built despite, and its page describes nothing in JSON-LD, since a program would not
/// see the banner. A notice built for publication has `draft: null`.
#[test]
fn a_draft_says_so_in_its_json_and_has_no_json_ld() {
    let work = tempfile::tempdir().unwrap();
    let decl = demo_variant(
        work.path(),
        "draft.yaml",
        &[(
            "    legal_basis: contract\n    data_subjects: [customers]\n",
            "    data_subjects: [customers]\n",
        )],
        "",
    );
    let out = work.path().join("drafts");
    let o = build_into(
        &out,
        &[decl.to_str().unwrap()],
        &["--draft", "--format", "html,json", "--lang", "en"],
    );
    assert_eq!(code(&o), 1, "{}", stderr(&o));
    let doc = json_of(&out.join("atelier-zenne/en.json"));
    let schema = published_schema();
    assert_eq!(Validator::new(&schema).errors(&doc), Vec::<String>::new());
    assert_eq!(doc["draft"]["errors"], 1, "{}", doc["draft"]);
    assert_eq!(doc["draft"]["findings"][0]["rule"], "N201");
    // The purpose without a basis is stated as it is: no basis, rights given by none.
    assert_eq!(doc["purposes"][0]["legal_bases"], json!([]));
    let (_, block) = split_data_block(&read(&out.join("atelier-zenne/en.html"))).unwrap();
    assert!(block.is_none(), "a draft page has JSON-LD");
    // Built for publication, the same notice has no draft.
    let o = build_into(
        &work.path().join("out"),
        &["notices"],
        &["--format", "json", "--lang", "en"],
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert_eq!(
        json_of(&work.path().join("out/atelier-zenne/en.json"))["draft"],
        Value::Null
    );
    // Those JSON outputs may be published: a draft does not replace them unless forced.
    let o = build_into(
        &work.path().join("out"),
        &[decl.to_str().unwrap()],
        &["--draft", "--format", "json", "--lang", "en"],
    );
    assert_eq!(code(&o), 2, "{}", stderr(&o));
    assert!(
        stderr(&o).contains("refusing to write drafts into"),
        "{}",
        stderr(&o)
    );
}

// ---------------------------------------------------------------------------------------------
// JSON-LD

const DPV: &str = "https://w3id.org/dpv#";
const EU_GDPR: &str = "https://w3id.org/dpv/legal/eu/gdpr#";
const RDF_TYPE: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
const PREF_LABEL: &str = "http://www.w3.org/2004/02/skos/core#prefLabel";

/// Every DPV 2.2 term the block may use, each checked against the vocabulary's own term lists
/// (modules process, personal_data, entities, entities_legalrole, entities_authority,
/// processing, processing_context, context, jurisdiction, notice; w3id.org/dpv/2.2): a term
/// the vocabulary lacks would be read by no one.
const DPV_TERMS: &[&str] = &[
    "Authority",
    "AutomatedDecisionMaking",
    "DataController",
    "DataProcessor",
    "DataProtectionAuthority",
    "DataProtectionOfficer",
    "DataSubject",
    "DataSubjectDataSource",
    "PersonalData",
    "PrivacyNotice",
    "Process",
    "PublicDataSource",
    "Purpose",
    "Recipient",
    "Representative",
    "SpecialCategoryPersonalData",
    "StorageDuration",
    "TemporalDuration",
    "ThirdPartyDataSource",
    "Transfer",
    "hasAddress",
    "hasAuthority",
    "hasContact",
    "hasContext",
    "hasCountry",
    "hasDataController",
    "hasDataProtectionOfficer",
    "hasDataSource",
    "hasDataSubject",
    "hasDuration",
    "hasLegalBasis",
    "hasName",
    "hasPersonalData",
    "hasProcess",
    "hasProcessing",
    "hasPurpose",
    "hasRecipient",
    "hasRepresentative",
    "hasRight",
    "hasStorageCondition",
    "hasThirdCountry",
];

/// The `eu-gdpr` terms (DPV's GDPR extension, 2.2) the block may use, each checked against
/// the extension's term lists (modules legal_basis, legal_basis_special, rights,
/// legal_basis_data_transfer).
const EU_GDPR_TERMS: &[&str] = &[
    "A6-1-a", "A6-1-b", "A6-1-c", "A6-1-d", "A6-1-e", "A6-1-f", "A9-2-a", "A9-2-b", "A9-2-c",
    "A9-2-d", "A9-2-e", "A9-2-f", "A9-2-g", "A9-2-h", "A9-2-i", "A9-2-j", "A7-3", "A15", "A16",
    "A17", "A18", "A20", "A21", "A22", "A77", "A45-3", "A46-2-a", "A46-2-b", "A46-2-c", "A46-2-d",
    "A46-2-e", "A46-2-f", "A46-3-a", "A46-3-b", "A49-1-a", "A49-1-b", "A49-1-c", "A49-1-d",
    "A49-1-e", "A49-1-f", "A49-1-g", "A49-2",
];

/// The other vocabularies, with the terms of each the block may use.
const OTHER_TERMS: &[(&str, &[&str])] = &[
    (
        "http://purl.org/dc/terms/",
        &["title", "date", "description"],
    ),
    ("http://www.w3.org/ns/dcat#", &["version"]),
    ("http://www.w3.org/2004/02/skos/core#", &["prefLabel"]),
    (
        "http://www.w3.org/2006/time#",
        &[
            "Duration",
            "numericDuration",
            "unitType",
            "unitMinute",
            "unitHour",
            "unitDay",
            "unitWeek",
            "unitMonth",
            "unitYear",
        ],
    ),
    ("http://www.w3.org/2001/XMLSchema#", &["date", "decimal"]),
    ("http://www.w3.org/1999/02/22-rdf-syntax-ns#", &["type"]),
];

/// DPV's location extension: countries by their ISO 3166-1 alpha-2 code.
const LOC: &str = "https://w3id.org/dpv/loc#";

/// The expanded graph, as N-Triples terms (`<iri>`, `_:b`, `"text"@en`).
struct Graph(Vec<(String, String, String)>);

impl Graph {
    /// Expands `block` with no document loader, failing on any error.
    fn expand(block: &str) -> Graph {
        Graph(
            JsonLdParser::new()
                .for_slice(block.as_bytes())
                .map(|q| {
                    let q = q.unwrap_or_else(|e| panic!("the JSON-LD does not expand: {e}"));
                    (
                        q.subject.to_string(),
                        q.predicate.to_string(),
                        q.object.to_string(),
                    )
                })
                .collect(),
        )
    }

    /// Each IRI of the graph that is no term of the vocabularies above, nor a notice's page
    /// (the subject typed `dpv:PrivacyNotice`): a term a vocabulary lacks would be read by no
    /// one, and an unknown namespace would mean an invented term.
    fn unknown_terms(&self) -> Vec<String> {
        let pages: BTreeSet<&String> = self
            .0
            .iter()
            .filter(|(_, p, o)| *p == format!("<{RDF_TYPE}>") && *o == iri(DPV, "PrivacyNotice"))
            .map(|(s, _, _)| s)
            .collect();
        let known = |iri: &str| {
            let in_list =
                |ns: &str, terms: &[&str]| iri.strip_prefix(ns).is_some_and(|t| terms.contains(&t));
            in_list(DPV, DPV_TERMS)
                || in_list(EU_GDPR, EU_GDPR_TERMS)
                || OTHER_TERMS.iter().any(|(ns, terms)| in_list(ns, terms))
                || iri
                    .strip_prefix(LOC)
                    .is_some_and(|c| c.len() == 2 && c.chars().all(|ch| ch.is_ascii_uppercase()))
        };
        let mut out = BTreeSet::new();
        for (s, p, o) in &self.0 {
            // A literal's datatype is a term too: `"2"^^<…#decimal>`.
            let object = o.rsplit_once("^^").map_or(o.as_str(), |(_, t)| t);
            for term in [s.as_str(), p, object] {
                if let Some(iri) = term.strip_prefix('<').and_then(|t| t.strip_suffix('>'))
                    && !known(iri)
                    && !pages.contains(&term.to_owned())
                {
                    out.insert(iri.to_owned());
                }
            }
        }
        out.into_iter().collect()
    }

    fn objects(&self, s: &str, p: &str) -> Vec<String> {
        let p = format!("<{p}>");
        self.0
            .iter()
            .filter(|(s2, p2, _)| s2 == s && *p2 == p)
            .map(|(_, _, o)| o.clone())
            .collect()
    }

    fn one(&self, s: &str, p: &str) -> String {
        match self.objects(s, p).as_slice() {
            [o] => o.clone(),
            other => panic!("{s} {p}: {other:?}"),
        }
    }

    fn has_type(&self, s: &str, dpv_class: &str) -> bool {
        self.objects(s, RDF_TYPE)
            .contains(&format!("<{DPV}{dpv_class}>"))
    }

    /// The subject whose `p` is the literal `text` in English.
    fn named(&self, p: &str, text: &str) -> String {
        let (p, o) = (format!("<{p}>"), format!("\"{text}\"@en"));
        let found: Vec<&String> = self
            .0
            .iter()
            .filter(|(_, p2, o2)| *p2 == p && *o2 == o)
            .map(|(s, _, _)| s)
            .collect();
        match found.as_slice() {
            [s] => (*s).clone(),
            other => panic!("{p} {o}: {other:?}"),
        }
    }

    /// The labels (or names) of the nodes `s` links to by `p`, sorted.
    fn labels(&self, s: &str, p: &str, label: &str) -> Vec<String> {
        let mut out: Vec<String> = self
            .objects(s, p)
            .iter()
            .map(|o| self.one(o, label))
            .collect();
        out.sort();
        out
    }
}

fn iri(namespace: &str, term: &str) -> String {
    format!("<{namespace}{term}>")
}

fn en(s: &str) -> String {
    format!("\"{s}\"@en")
}

/// The page's JSON-LD block, checked to be the only script element.
fn block_of(page: &Path) -> String {
    let (rest, block) = split_data_block(&read(page)).unwrap();
    assert!(!rest.contains("<script"), "{}", page.display());
    block.unwrap_or_else(|| panic!("{}: no JSON-LD", page.display()))
}

#[test]
fn the_pages_json_ld_expands_to_the_demos_facts_in_dpv_terms() {
    let work = tempfile::tempdir().unwrap();
    let dirs = build(work.path(), "html,fragment");
    // Every page expands, and uses only terms its vocabularies define; no fragment carries a
    // script element.
    for dir in &dirs {
        for lang in ["fr", "nl", "en"] {
            let graph = Graph::expand(&block_of(&dir.join(format!("{lang}.html"))));
            assert_eq!(
                graph.unknown_terms(),
                Vec::<String>::new(),
                "{}",
                dir.display()
            );
            let fragment = read(&dir.join(format!("{lang}.fragment.html")));
            assert!(!fragment.contains("<script"), "{}", dir.display());
            // No JSON was built: the page does not point to one.
            let page = read(&dir.join(format!("{lang}.html")));
            assert!(!page.contains("application/json"), "{}", dir.display());
        }
    }
    let g = Graph::expand(&block_of(&dirs[0].join("en.html")));
    let page = "<https://www.atelier-zenne.example/privacy/en.html>";
    assert!(g.has_type(page, "PrivacyNotice"));
    let controller = g.one(page, &format!("{DPV}hasDataController"));
    assert!(g.has_type(&controller, "DataController"));
    assert_eq!(
        g.one(&controller, &format!("{DPV}hasName")),
        en("Atelier Zenne SRL")
    );
    let authority = g.one(page, &format!("{DPV}hasAuthority"));
    assert!(g.has_type(&authority, "DataProtectionAuthority"));
    assert_eq!(
        g.one(&authority, &format!("{DPV}hasName")),
        en("Data Protection Authority")
    );
    let processes = g.objects(page, &format!("{DPV}hasProcess"));
    assert_eq!(processes.len(), 8 + 2, "{processes:?}");

    // Each purpose: its process, legal bases (Art. 9(2) conditions among them), data,
    // recipients and controller.
    let purpose = |label: &str| {
        let node = g.named(PREF_LABEL, label);
        let process =
            g.0.iter()
                .find(|(_, p, o)| *p == iri(DPV, "hasPurpose") && *o == node)
                .map(|(s, _, _)| s.clone())
                .unwrap_or_else(|| panic!("no process has the purpose {label}"));
        assert!(g.has_type(&process, "Process"), "{label}");
        assert!(processes.contains(&process), "{label}");
        assert!(
            g.objects(&process, &format!("{DPV}hasDataController"))
                .contains(&controller),
            "{label}"
        );
        process
    };
    let bases = |process: &str| -> BTreeSet<String> {
        g.objects(process, &format!("{DPV}hasLegalBasis"))
            .into_iter()
            .collect()
    };
    let gdpr =
        |terms: &[&str]| -> BTreeSet<String> { terms.iter().map(|t| iri(EU_GDPR, t)).collect() };
    for (label, expected) in [
        ("Sales and repairs", &["A6-1-b"][..]),
        ("Accounting", &["A6-1-c"]),
        ("Adapted bicycles", &["A6-1-b", "A9-2-a"]),
        ("Insurance claims", &["A6-1-f"]),
        ("Newsletter", &["A6-1-a"]),
        ("CCTV", &["A6-1-f"]),
        ("Online payment fraud screening", &["A6-1-b"]),
        ("Festival test rides", &["A6-1-b"]),
    ] {
        assert_eq!(bases(&purpose(label)), gdpr(expected), "{label}");
    }
    // The joint controller (Art. 26) controls the purpose it decides with the controller.
    let controllers = |label: &str| -> Vec<String> {
        g.objects(&purpose(label), &format!("{DPV}hasDataController"))
            .into_iter()
            .filter(|c| *c != controller)
            .map(|c| g.one(&c, &format!("{DPV}hasName")))
            .collect()
    };
    assert_eq!(
        controllers("Festival test rides"),
        [en("Fête du Vélo de Bruxelles ASBL")]
    );
    assert_eq!(controllers("Sales and repairs"), Vec::<String>::new());
    let orders = purpose("Sales and repairs");
    assert_eq!(
        g.labels(&orders, &format!("{DPV}hasPersonalData"), PREF_LABEL),
        [
            en("Contact details"),
            en("Identity"),
            en("Orders and invoices")
        ]
    );
    assert_eq!(
        g.labels(&orders, &format!("{DPV}hasDataSubject"), PREF_LABEL),
        [en("Customers")]
    );
    assert_eq!(
        g.labels(
            &orders,
            &format!("{DPV}hasRecipient"),
            &format!("{DPV}hasName")
        ),
        [
            en("Coursiers Bruxellois SRL"),
            en("Nordhost BV"),
            en("Payvélo SA"),
            en("Supportly Inc.")
        ]
    );
    // Recipients with their roles.
    let recipient = |name: &str| g.named(&format!("{DPV}hasName"), name);
    assert!(g.has_type(&recipient("Nordhost BV"), "DataProcessor"));
    assert!(g.has_type(&recipient("Coursiers Bruxellois SRL"), "DataController"));
    // Recipients given only as a category have a label, not a name.
    assert!(g.has_type(
        &g.named(PREF_LABEL, "police and judicial authorities, on request"),
        "Authority"
    ));
    for r in ["Nordhost BV", "Coursiers Bruxellois SRL"] {
        assert!(g.has_type(&recipient(r), "Recipient"), "{r}");
    }
    // Special-category data.
    assert!(g.has_type(
        &g.named(PREF_LABEL, "Fitting data"),
        "SpecialCategoryPersonalData"
    ));
    assert!(!g.has_type(
        &g.named(PREF_LABEL, "Identity"),
        "SpecialCategoryPersonalData"
    ));
    // Storage duration: 2 years, in OWL-Time.
    let storage = g.one(&orders, &format!("{DPV}hasStorageCondition"));
    assert!(g.has_type(&storage, "StorageDuration"));
    let duration = g.one(&storage, &format!("{DPV}hasDuration"));
    assert_eq!(
        g.one(&duration, "http://www.w3.org/2006/time#numericDuration"),
        "\"2\"^^<http://www.w3.org/2001/XMLSchema#decimal>"
    );
    assert_eq!(
        g.one(&duration, "http://www.w3.org/2006/time#unitType"),
        "<http://www.w3.org/2006/time#unitYear>"
    );
    // Rights, derived from the bases.
    let rights = |label: &str| -> BTreeSet<String> {
        g.objects(&purpose(label), &format!("{DPV}hasRight"))
            .into_iter()
            .collect()
    };
    assert_eq!(
        rights("Accounting"),
        gdpr(&["A15", "A16", "A18", "A77"]),
        "no erasure nor portability under a legal obligation"
    );
    assert!(rights("Newsletter").is_superset(&gdpr(&["A7-3", "A20", "A21"])));
    assert!(rights("Online payment fraud screening").contains(&iri(EU_GDPR, "A22")));
    // Transfers outside the EEA, with their country and Chapter V basis.
    let transfer = |name: &str| {
        let to = recipient(name);
        let process =
            g.0.iter()
                .find(|(s, p, o)| {
                    *p == iri(DPV, "hasRecipient") && *o == to && processes.contains(s) && {
                        g.objects(s, &format!("{DPV}hasProcessing"))
                            .contains(&iri(DPV, "Transfer"))
                    }
                })
                .map(|(s, _, _)| s.clone())
                .unwrap_or_else(|| panic!("no transfer to {name}"));
        (
            g.one(&process, &format!("{DPV}hasThirdCountry")),
            g.one(&process, &format!("{DPV}hasLegalBasis")),
        )
    };
    assert_eq!(
        transfer("Supportly Inc."),
        (
            "<https://w3id.org/dpv/loc#US>".to_owned(),
            iri(EU_GDPR, "A46-2-c")
        )
    );
    assert_eq!(
        transfer("Alpenpost AG"),
        (
            "<https://w3id.org/dpv/loc#CH>".to_owned(),
            iri(EU_GDPR, "A45-3")
        )
    );
}
