//! The catalogue of services in declarations (issue #13): a small webshop built from it fits
//! in a few lines, lints clean and names every entity, country and mechanism in FR, NL and EN;
//! `use:` gives the notice exactly what typing the facts would; an unknown id is refused with
//! the closest ones; findings on the trackers one `use:` made point at that entry; `notice
//! reference services` lists the catalogue the same way every run.

use std::sync::Arc;

use notice::declaration::{load, resolve};
use notice::i18n::Locales;
use notice::lint::{Config, lint};
use notice::reference::{Mechanism, Reference, Service};
use notice::render::Renderer;
use notice::render::templates::TemplateSet;

use crate::common::{code, fixture, notice, read, stderr, stdout};

const LANGS: [&str; 3] = ["fr", "nl", "en"];

fn reference() -> Reference {
    Reference::builtin().expect("built-in reference data")
}

/// Loads (and resolves) a declaration written to a temporary file.
fn loaded(yaml: &str) -> notice::declaration::Loaded {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("t.yaml");
    std::fs::write(&file, yaml).unwrap();
    load(&file)
        .and_then(|l| resolve(l, &reference()))
        .unwrap_or_else(|d| panic!("{}: {:?}", d.message, d.help))
}

fn renderer() -> Renderer {
    Renderer::new(
        TemplateSet::load(None).expect("templates"),
        Arc::new(Locales::load(None).expect("locales")),
        Arc::new(reference()),
        None,
    )
    .expect("renderer")
}

/// The lines of the YAML block that opens with the line `start`, itself included: the lines
/// indented by `indent` after it, without comments and blank lines.
fn block(yaml: &str, start: &str, indent: &str) -> usize {
    let mut lines = yaml.lines().skip_while(|l| *l != start);
    assert!(lines.next().is_some(), "no `{start}`");
    1 + lines
        .take_while(|l| l.is_empty() || l.starts_with(indent))
        .filter(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#'))
        .count()
}

/// The lines of a section of a notice, from its heading's anchor to the next heading.
fn section<'a>(md: &'a str, anchor: &str) -> Vec<&'a str> {
    md.lines()
        .skip_while(|l| !l.ends_with(&format!("{{#{anchor}}}")))
        .skip(1)
        .take_while(|l| !l.starts_with("## "))
        .collect()
}

/// The number a decision is cited by, in any language: `2023/1795` of "Commission Implementing
/// Decision (EU) 2023/1795 of 10 July 2023".
fn act_number(decision: &str) -> String {
    decision
        .split(|c: char| !(c.is_ascii_digit() || c == '/'))
        .find(|w| w.len() > 5 && w[..4].bytes().all(|b| b.is_ascii_digit()) && w.contains('/'))
        .unwrap_or_else(|| panic!("no act number in {decision:?}"))
        .trim_end_matches('/')
        .to_owned()
}

/// What identifies a transfer leg's mechanism in a notice: the wording of the GDPR for an
/// Art. 46/47 safeguard or Art. 49 derogation, the number of the decision for Art. 45.
fn mechanism_mark(r: &Reference, s: &Service, country: &str, m: Mechanism, lang: &str) -> String {
    match m {
        Mechanism::Adequacy | Mechanism::Certified(_) => {
            let d = r.destination(country).unwrap();
            let decision = match m {
                Mechanism::Adequacy => d.adequacy().unwrap().decision().to_owned(),
                _ => r.mechanism(m.id()).unwrap().decision().unwrap().to_owned(),
            };
            act_number(&decision)
        }
        _ => r
            .mechanism(m.id())
            .unwrap_or_else(|_| panic!("{}: {}", s.id(), m.id()))
            .name(lang)
            .unwrap()
            .to_owned(),
    }
}

/// Issue #13, "Done when": a small webshop using Shopify, Mailchimp, Google Analytics 4 with
/// its cookies, PayPal, Stripe and Microsoft 365 fits in under 40 lines of recipients and
/// trackers, lints clean, and builds a notice naming every entity, country and mechanism in
/// FR, NL and EN, with PayPal as a separate controller.
#[test]
fn the_webshop_fits_lints_clean_and_names_every_entity_country_and_mechanism() {
    let file = fixture("build/webshop.yaml");
    let text = read(&file);
    // The lines of `recipients:` and of `cookies.trackers`, comments and blank lines aside.
    let lines = block(&text, "recipients:", "  ") + block(&text, "  trackers:", "    ");
    assert!(
        (10..40).contains(&lines),
        "{lines} lines of recipients and trackers"
    );

    let o = notice(&[
        "lint",
        "--deny",
        "warnings",
        "--format",
        "json",
        "tests/fixtures/build/webshop.yaml",
    ]);
    assert_eq!(code(&o), 0, "{}", stdout(&o));
    let findings: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    for f in findings.as_array().unwrap() {
        assert_eq!(f["severity"], "note", "{f}");
    }

    let out = tempfile::tempdir().unwrap();
    let o = crate::build::build_into(
        out.path(),
        &["tests/fixtures/build/webshop.yaml"],
        &crate::build::WITH_IDS,
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let r = reference();
    let used = [
        "shopify",
        "mailchimp",
        "google-analytics-4",
        "paypal",
        "stripe",
        "microsoft-365",
    ];
    for lang in LANGS {
        let md = read(&out.path().join(format!("webshop/{lang}.md")));
        let recipients = section(&md, "recipients");
        let transfers = section(&md, "transfers");
        for id in used {
            let s = r.service(id).unwrap();
            let name = format!("- **{}** (", s.display_name());
            let line = recipients
                .iter()
                .find(|l| l.starts_with(&name))
                .unwrap_or_else(|| panic!("{lang}: {id} is not among the recipients:\n{md}"));
            for code in s.destinations() {
                let country = r.destination(code).unwrap().name(lang).unwrap();
                assert!(
                    line.contains(country),
                    "{lang}: {id}: no {country} in {line}"
                );
            }
            for t in s.transfers() {
                let country = r.destination(t.country()).unwrap().name(lang).unwrap();
                let mark = mechanism_mark(&r, s, t.country(), t.mechanism(), lang);
                assert!(
                    transfers
                        .iter()
                        .any(|l| l.starts_with(&name) && l.contains(country) && l.contains(&mark)),
                    "{lang}: {id}: no transfer to {country} on {mark}:\n{}",
                    transfers.join("\n")
                );
            }
        }
        // PayPal is listed with the separate controllers, not the processors: the heading over
        // its line is theirs.
        let paypal = r.service("paypal").unwrap().display_name();
        let heading = recipients
            .iter()
            .rev()
            .skip_while(|l| !l.contains(&paypal))
            .find(|l| l.starts_with("**"))
            .unwrap();
        let controllers = [
            "**Responsables du traitement distincts**",
            "**Zelfstandige verwerkingsverantwoordelijken**",
            "**Separate controllers**",
        ];
        assert!(
            controllers.iter().any(|c| heading.starts_with(c)),
            "{lang}: PayPal under {heading}"
        );
        // The cookies the analytics service sets, with the lifetime the shop configured.
        let cookies = section(&md, "cookies");
        assert!(
            cookies.iter().any(|l| l.starts_with("| \\_ga |")),
            "{lang}: {cookies:?}"
        );
    }
}

/// What `use:` brings is what typing the same facts brings: the notice is the same, to the
/// byte, in every language.
#[test]
fn use_gives_the_notice_the_facts_typed_by_hand() {
    let head = "notice: {id: t, effective: 2026-12-01, languages: [fr, nl, en]}\n";
    let used = format!(
        "{head}recipients:\n  - use: mailchimp\n  - {{id: ga, use: google-analytics-4, notice_url: https://example.test/privacy}}\ncookies:\n  trackers:\n    - {{use: google-analytics-4, name: _ga}}\n"
    );
    let typed = format!(
        r#"{head}recipients:
  - id: mailchimp
    name: The Rocket Science Group LLC (Mailchimp)
    role: processor
    service:
      fr: envoi de notre lettre d'information et de nos courriels de marketing
      nl: verzending van onze nieuwsbrief en marketingmails
      en: sending our newsletter and marketing emails
    country: US
    transfer: [{{country: US, mechanism: dpf}}]
    notice_url: https://www.intuit.com/privacy/statement/
  - id: ga
    name: Google Ireland Limited (Google Analytics 4)
    role: processor
    service:
      fr: mesure d'audience de notre site web
      nl: bezoekersstatistieken van onze website
      en: measuring our website's audience
    country: US
    transfer: [{{country: US, mechanism: dpf}}]
    notice_url: https://example.test/privacy
cookies:
  trackers:
    - name: _ga
      provider: Google Ireland Limited (Google Analytics 4)
      purpose:
        fr: distinguer les visiteurs
        nl: bezoekers van elkaar onderscheiden
        en: distinguishing visitors
      duration: 2 years
      recipient: ga
"#
    );
    let renderer = renderer();
    let (used, typed) = (loaded(&used), loaded(&typed));
    for lang in LANGS {
        let a = renderer.markdown(&used.declaration, lang).unwrap();
        let b = renderer.markdown(&typed.declaration, lang).unwrap();
        assert_eq!(a, b, "{lang}");
        assert!(
            a.contains("The Rocket Science Group LLC (Mailchimp)"),
            "{a}"
        );
    }
    // The tracker is linked to the recipient of the same service, as typed.
    let t = &used.declaration.cookies.as_ref().unwrap().trackers;
    assert_eq!(t.len(), 1);
    assert_eq!(t[0].recipient.as_deref(), Some("ga"));
}

/// A declaration that uses every entry of the catalogue renders in every language of the data,
/// names every provider, and lint finds nothing to say about the catalogue's own texts.
#[test]
fn every_service_renders_in_every_language_without_wording_findings() {
    let r = reference();
    let mut yaml = String::from(
        "notice: {id: all, effective: 2026-12-01, languages: [fr, nl, en]}\nrecipients:\n",
    );
    for s in r.services() {
        yaml.push_str(&format!("  - use: {}\n", s.id()));
    }
    yaml.push_str("cookies:\n  trackers:\n");
    for s in r.services().iter().filter(|s| s.trackers().is_some()) {
        yaml.push_str(&format!("    - use: {}\n", s.id()));
    }
    let loaded = loaded(&yaml);
    let renderer = renderer();
    for lang in LANGS {
        let md = renderer.markdown(&loaded.declaration, lang).unwrap();
        for s in r.services() {
            assert!(
                md.contains(&format!("**{}**", s.display_name())),
                "{lang}: {}",
                s.id()
            );
        }
    }
    let locales = Locales::load(None).unwrap();
    let config = Config::new("2026-12-02".parse().unwrap());
    let findings = lint(std::slice::from_ref(&loaded), &locales, &r, &config);
    let texts: Vec<_> = findings
        .iter()
        .filter(|d| {
            d.code.starts_with("N8")
                || ["N005", "N006", "N012", "N404", "N406", "N407", "N408"]
                    .contains(&d.code.as_str())
        })
        .map(|d| format!("{}: {}", d.code, d.message))
        .collect();
    assert!(texts.is_empty(), "{texts:#?}");
}

/// An id the catalogue does not have stops the run at its place, with the closest ids; so do a
/// cookie the service does not set and a service with no trackers listed.
#[test]
fn unknown_services_and_cookies_are_refused_at_their_place() {
    let dir = tempfile::tempdir().unwrap();
    let cases = [
        (
            "recipients:\n  - use: mailchimpp\n",
            "3:10",
            "recipients[0].use: the catalogue has no service `mailchimpp`",
            "did you mean `mailchimp`?",
        ),
        (
            "cookies:\n  trackers:\n    - {use: google-analytics-4, name: _gid}\n",
            "4:39",
            "cookies.trackers[0].name: `_gid` is not a tracker the catalogue lists for `google-analytics-4`",
            "write one of `_ga`, `_ga_<container-id>`",
        ),
        (
            "cookies:\n  trackers:\n    - use: mailchimp\n",
            "4:12",
            "cookies.trackers[0].use: the catalogue lists no trackers for `mailchimp`",
            "declare its trackers by hand",
        ),
        (
            "recipients:\n  - name: Nordhost BV\n",
            "3:5",
            "recipients[0]: missing field `id`",
            "add `id:` here, or `use:`",
        ),
    ];
    for (i, (body, place, message, help)) in cases.into_iter().enumerate() {
        let file = dir.path().join(format!("case{i}.yaml"));
        std::fs::write(&file, format!("notice: {{id: t, languages: [en]}}\n{body}")).unwrap();
        let out = dir.path().join("out");
        let path = file.to_str().unwrap();
        for args in [
            vec!["lint", path],
            vec!["build", path, "--out", out.to_str().unwrap()],
        ] {
            let o = notice(&args);
            let err = format!("{}{}", stdout(&o), stderr(&o));
            assert_eq!(code(&o), 2, "{args:?}: {err}");
            let place = format!("case{i}.yaml:{place}: error: {message}");
            assert!(err.contains(&place), "{args:?}: {err}");
            assert!(err.contains(help), "{args:?}: {err}");
        }
        assert!(!out.exists(), "a refused build writes nothing");
    }
}

/// The trackers one `use:` made are findings at the entry the user wrote, named by its path,
/// so that `lint.allow` can accept them there; the entries after it keep their own paths.
#[test]
fn findings_on_the_trackers_a_use_made_point_at_the_entry_written() {
    let yaml = "notice: {id: t, effective: 2026-12-01, languages: [en]}\ncookies:\n  manage: {en: Our cookie banner asks for your consent.}\n  trackers:\n    - {name: own, essential: true}\n    - use: google-analytics-4\n    - name: later\n";
    let l = loaded(yaml);
    assert_eq!(l.declaration.cookies.as_ref().unwrap().trackers.len(), 4);
    let locales = Locales::load(None).unwrap();
    let config = Config::new("2026-12-02".parse().unwrap());
    let r = reference();
    let findings = lint(std::slice::from_ref(&l), &locales, &r, &config);
    let at = |rule: &str| -> Vec<(String, (usize, usize))> {
        findings
            .iter()
            .filter(|d| d.code == rule)
            .map(|d| (d.path.clone().unwrap(), d.line_col().unwrap()))
            .collect()
    };
    // Both Google Analytics cookies last 2 years: two findings, at the `use:` entry (line 6).
    let over = at("N452");
    assert_eq!(over.len(), 2, "{over:?}");
    for (path, (line, _)) in &over {
        assert!(path.starts_with("cookies.trackers[1]"), "{path}");
        assert_eq!(*line, 6);
    }
    // The tracker written after it is the third entry of the file, not the fourth tracker.
    assert_eq!(
        at("N450"),
        [("cookies.trackers[2].duration".to_owned(), (7, 7))]
    );

    let allowed = format!(
        "{yaml}lint:\n  allow:\n    - {{rule: N452, path: \"cookies.trackers[1]\", reason: configured in the tag}}\n"
    );
    let l = loaded(&allowed);
    let findings = lint(std::slice::from_ref(&l), &locales, &r, &config);
    let n452: Vec<_> = findings.iter().filter(|d| d.code == "N452").collect();
    assert_eq!(n452.len(), 2);
    assert!(n452.iter().all(|d| d.allowed.is_some()), "{n452:?}");
    assert!(
        !findings
            .iter()
            .any(|d| d.code == "N021" || d.code == "N023")
    );
}

/// `notice reference services` lists every entry, grouped by kind, with its role,
/// destinations, transfers, whether it is verified and when it was checked, then counts; the
/// same bytes every run. One entry in full gives its sources and what is unconfirmed.
#[test]
fn reference_services_lists_the_catalogue_the_same_every_run() {
    let r = reference();
    let first = notice(&["reference", "services"]);
    let second = notice(&["reference", "services"]);
    assert_eq!(code(&first), 0, "{}", stderr(&first));
    let text = stdout(&first);
    assert_eq!(text, stdout(&second));
    let rows: Vec<&str> = text
        .lines()
        .filter(|l| l.starts_with("  ") && !l.starts_with("  ID "))
        .collect();
    assert_eq!(rows.len(), r.services().len());
    for s in r.services() {
        let row = rows
            .iter()
            .find(|l| l.split_whitespace().next() == Some(s.id()))
            .unwrap_or_else(|| panic!("no row for {}", s.id()));
        let checked = if s.verified() {
            " verified "
        } else {
            " unverified "
        };
        assert!(
            row.contains(checked) && row.ends_with(&s.display_name()),
            "{row}"
        );
        assert!(row.contains(&s.as_of().to_string()), "{row}");
    }
    let verified = r.services().iter().filter(|s| s.verified()).count();
    assert!(
        text.contains(&format!(
            "\n{} services, {verified} verified (",
            r.services().len()
        )),
        "{text}"
    );
    assert!(text.contains("By role: processor "), "{text}");
    assert!(text.contains("By kind: newsletter "), "{text}");

    let one = stdout(&notice(&["reference", "services", "STRIPE"]));
    assert!(one.starts_with("stripe  Stripe\n"), "{one}");
    assert!(
        one.contains("    entity: Stripe Payments Europe Limited (IE)\n"),
        "{one}"
    );
    assert!(
        one.contains(
            "    transfer to US: dpf (certification stated on 2025-06-17), fallback scc\n"
        ),
        "{one}"
    );
    assert!(one.contains("as of 2026-12-02 (verified)"), "{one}");
    let unverified = stdout(&notice(&["reference", "services", "google-analytics-4"]));
    assert!(
        unverified.contains("    unconfirmed: entity, transfers, notice_url\n"),
        "{unverified}"
    );
    assert!(unverified.contains("(UNVERIFIED)"), "{unverified}");
    assert!(
        unverified.contains("      _ga  2 years  needs consent\n"),
        "{unverified}"
    );

    let o = notice(&["reference", "services", "strype"]);
    assert_eq!(code(&o), 2);
    assert!(
        stderr(&o).contains("the catalogue has no service `strype`"),
        "{}",
        stderr(&o)
    );
    assert!(
        stderr(&o).contains("did you mean stripe?"),
        "{}",
        stderr(&o)
    );
}
