//! The reference data in lint and in the notice: every transfer lint sees reaches the notice,
//! whatever the kind of destination (a country, a territory, an international organisation, a
//! region);
//! and a language the data lack is an error naming it, never English in its place.

use std::collections::BTreeSet;
use std::path::PathBuf;
use std::sync::Arc;

use notice::declaration::load::parse;
use notice::diagnostic::Diagnostic;
use notice::i18n::Locales;
use notice::lint::{Config, lint};
use notice::reference::Reference;
use notice::render::Renderer;
use notice::render::templates::TemplateSet;

use crate::common::root;

/// Renders and lints declarations with the built-in data (and, when given, more locales).
struct Pipeline {
    locales: Arc<Locales>,
    reference: Arc<Reference>,
    renderer: Renderer,
}

impl Pipeline {
    fn new(locales: Option<&std::path::Path>) -> Pipeline {
        let locales = Arc::new(Locales::load(locales).expect("locales"));
        let reference = Arc::new(Reference::builtin().expect("built-in reference data"));
        let renderer = Renderer::new(
            TemplateSet::load(None).expect("templates"),
            Arc::clone(&locales),
            Arc::clone(&reference),
            None,
        )
        .expect("renderer");
        Pipeline {
            locales,
            reference,
            renderer,
        }
    }

    /// The indexes of the recipients `rule` flags (at `recipients[i]…`).
    fn flagged(&self, yaml: &str, rule: &str) -> BTreeSet<usize> {
        let loaded = parse(PathBuf::from("t.yaml"), yaml.to_owned()).expect("parses");
        let config = Config::new("2026-11-23".parse().expect("date"));
        lint(&[loaded], &self.locales, &self.reference, &config)
            .iter()
            .filter(|d| d.code == rule)
            .filter_map(|d| {
                let path = d.path.as_deref()?.strip_prefix("recipients[")?;
                path[..path.find(']')?].parse().ok()
            })
            .collect()
    }

    fn markdown(&self, yaml: &str, lang: &str) -> Result<String, Box<Diagnostic>> {
        let loaded = parse(PathBuf::from("t.yaml"), yaml.to_owned()).expect("parses");
        self.renderer
            .markdown(&loaded.declaration, lang)
            .map_err(Box::new)
    }

    /// The names the notice's transfers section lists, in `lang`.
    fn transferred(&self, yaml: &str, lang: &str) -> BTreeSet<String> {
        let md = self.markdown(yaml, lang).expect("renders");
        md.lines()
            .skip_while(|l| !l.ends_with("{#transfers}"))
            .skip(1)
            .take_while(|l| !l.starts_with("## "))
            .filter_map(|l| Some(l.strip_prefix("- **")?.split("**").next()?.to_owned()))
            .collect()
    }
}

/// The name of the recipient in `code`, without the `_` of a region's code (which Markdown
/// would escape).
fn name(code: &str) -> String {
    format!("Recipient {}", code.replace('_', " "))
}

/// A declaration with one recipient in every destination the reference data know, each given
/// `transfer` (or none), and the codes in recipient order.
fn everywhere(reference: &Reference, transfer: &str) -> (String, Vec<String>) {
    let codes: Vec<String> = reference
        .destinations()
        .map(|d| d.code().to_owned())
        .collect();
    let mut yaml = String::from(
        "notice: {id: t, effective: 2026-03-01, languages: [fr, nl, en]}\nrecipients:\n",
    );
    for code in &codes {
        yaml.push_str(&format!(
            "  - {{id: r-{}, name: {}, role: processor, country: {code}{transfer}}}\n",
            code.to_lowercase(),
            name(code)
        ));
    }
    (yaml, codes)
}

/// Lint and the notice agree on every destination: a recipient whose data leave the EEA is
/// in the notice's transfers section (an international organisation such as the European
/// Patent Organisation too), and one whose data stay is not.
#[test]
fn every_transfer_lint_sees_reaches_the_notice() {
    let p = Pipeline::new(None);
    let (bare, codes) = everywhere(&p.reference, "");
    let (covered, _) = everywhere(
        &p.reference,
        ", transfer: {mechanism: scc, copy: \"mailto:privacy@acme.example\"}",
    );
    let leaving: BTreeSet<usize> = (0..codes.len())
        .filter(|&i| !p.reference.destination(&codes[i]).unwrap().in_eea())
        .collect();
    let names: BTreeSet<String> = leaving.iter().map(|&i| name(&codes[i])).collect();
    let index = |code: &str| codes.iter().position(|c| c == code).unwrap();
    // What leaves the EEA, independently of how the data say it: an organisation, a third
    // country, and not a member state or a territory that is part of one.
    assert!(leaving.contains(&index("EPO")) && leaving.contains(&index("US")));
    assert!(!leaving.contains(&index("BE")) && !leaving.contains(&index("RE")));
    // A region is a destination too: the EU and the EEA stay, countries left unnamed leave.
    assert!(leaving.contains(&index("outside_eea_unspecified")));
    assert!(!leaving.contains(&index("EU")) && !leaving.contains(&index("EEA")));
    assert_eq!(
        codes.len() - leaving.len(),
        30 + 7 + 2,
        "the EEA states, their outermost regions, the EU and the EEA"
    );

    // Without a mechanism, lint asks for one exactly where the notice lists a transfer.
    assert_eq!(p.flagged(&bare, "N404"), leaving);
    // With one, lint calls it needless exactly where the notice lists none.
    assert!(p.flagged(&covered, "N404").is_empty());
    let staying: BTreeSet<usize> = (0..codes.len()).filter(|i| !leaving.contains(i)).collect();
    assert_eq!(p.flagged(&covered, "N409"), staying);
    for lang in ["fr", "nl", "en"] {
        for yaml in [&bare, &covered] {
            let listed = p.transferred(yaml, lang);
            let missing: Vec<_> = names.difference(&listed).collect();
            let extra: Vec<_> = listed.difference(&names).collect();
            assert!(
                missing.is_empty() && extra.is_empty(),
                "{lang}: transfers missing from the notice {missing:?}, listed though none {extra:?}"
            );
        }
    }
}

/// The European Patent Organisation is named as what it is, with its own decision.
#[test]
fn an_organisation_with_an_adequacy_decision_is_named_as_one() {
    let p = Pipeline::new(None);
    let yaml = "notice: {id: t, effective: 2026-03-01, languages: [fr, nl, en]}\nrecipients:\n  - {id: epo, name: EPO, role: controller, country: epo, transfer: {mechanism: adequacy}}\n";
    for (lang, line) in [
        (
            "en",
            "- **EPO** (European Patent Organisation): the European Commission has decided that this international organisation ensures an adequate level of protection (Commission Decision of 15 July 2025, Article 45 GDPR).",
        ),
        (
            "fr",
            "- **EPO** (Organisation européenne des brevets)\u{a0}: la Commission européenne a constaté que cette organisation internationale assure un niveau de protection adéquat (décision de la Commission du 15 juillet 2025, article 45 du RGPD).",
        ),
        (
            "nl",
            "- **EPO** (Europese Octrooiorganisatie): de Europese Commissie heeft vastgesteld dat deze internationale organisatie een passend beschermingsniveau waarborgt (Besluit van de Commissie van 15 juli 2025, artikel 45 AVG).",
        ),
    ] {
        let md = p.markdown(yaml, lang).expect("renders");
        assert!(md.lines().any(|l| l == line), "{lang}:\n{md}");
    }
    assert!(
        p.flagged(yaml, "N406").is_empty(),
        "the decision is in force"
    );
}

/// A notice in a language the locales have but the reference data lack is refused, naming
/// the language and what has no name in it, rather than printed with English names.
#[test]
fn a_language_the_reference_data_lack_is_an_error_naming_it() {
    let work = tempfile::tempdir().unwrap();
    std::fs::create_dir(work.path().join("xx")).unwrap();
    // Every message of the English locale, under another language's name.
    for file in std::fs::read_dir(root().join("locales/en")).unwrap() {
        let file = file.unwrap().path();
        std::fs::copy(
            &file,
            work.path().join("xx").join(file.file_name().unwrap()),
        )
        .unwrap();
    }
    let p = Pipeline::new(Some(work.path()));
    let yaml = "notice: {id: t, effective: 2026-03-01, languages: [xx]}\nrecipients:\n  - {id: h, name: Supportly Inc., role: processor, country: US, transfer: {mechanism: scc, copy: \"mailto:privacy@acme.example\"}}\n";
    let e = p.markdown(yaml, "xx").unwrap_err();
    assert_eq!(e.code, "reference");
    assert_eq!(
        e.message,
        "the built-in reference data have no `xx` name for country US"
    );
    assert!(
        e.help.as_deref().is_some_and(|h| h.contains("fr, nl, en")),
        "{e:?}"
    );
    // The same notice in a language of the data renders.
    let en = yaml.replace("[xx]", "[en]");
    assert!(p.markdown(&en, "en").unwrap().contains("(United States)"));
}
