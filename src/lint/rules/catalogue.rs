//! Rules that compare a declaration with the built-in catalogue of services: a recipient or
//! tracker the catalogue knows but the declaration types by hand, facts given beside `use:`
//! that contradict the catalogue, and catalogue entries used that are unverified or old.

use std::collections::BTreeSet;

use crate::declaration::catalogue::role;
use crate::declaration::{Recipient, name_of};
use crate::diagnostic::Severity;
use crate::lint::facts::list;
use crate::lint::{Context, Docs, Findings, Rule};
use crate::reference::{ENGLISH, Reference, Route, Service, contains_word_list, words};

/// The rules of this module, in id order.
pub static RULES: &[Rule] = &[
    Rule {
        id: "N414",
        name: "catalogue-service-not-used",
        severity: Severity::Note,
        articles: "Art. 13(1)(e), 13(1)(f), 14(1)(e), 14(1)(f)",
        wp260: None,
        summary: "a recipient or tracker is typed by hand, though the catalogue knows its service",
        docs: Docs {
            what: "Notes a recipient without `use:` whose `name` is a catalogue service's product or legal entity (\"Mailchimp\", \"Stripe Payments Europe Limited\"), and a tracker without `use:` whose `name` is a cookie a catalogue service sets (`_ga`), with what `use:` would add.",
            why: "The catalogue gives the provider's contracting entity, its role, where it processes the data and each transfer's mechanism, from the provider's own documents where they could be read: facts that are easy to get wrong by hand (a payment provider is a controller, not a processor). With `use:`, lint also checks the facts typed beside it against the catalogue (N415).",
            bad: "recipients:\n  - id: newsletter\n    name: Mailchimp\n    role: processor\n",
            good: "recipients:\n  - id: newsletter\n    use: mailchimp\n",
        },
        check: Some(not_used),
        check_all: None,
    },
    Rule {
        id: "N415",
        name: "contradicts-catalogue",
        severity: Severity::Warning,
        articles: "Art. 13(1)(e), 13(1)(f), 14(1)(e), 14(1)(f)",
        wp260: None,
        summary: "a role, destination or transfer mechanism given beside `use:` contradicts the catalogue",
        docs: Docs {
            what: "For a recipient with `use:`, warns when the `role` given differs from the catalogue's, when `country` names a destination outside the EEA the catalogue does not or leaves out one it names, and when a transfer's `mechanism` is neither the catalogue's for that country nor its fallback.",
            why: "The fields given beside `use:` win, so that a contract that says otherwise is followed; but a difference is either such a contract or a slip, and the notice would state it to every reader. A role the catalogue calls controller (PayPal, the carriers) presented as a processor misstates who answers for the data.",
            bad: "recipients:\n  - id: paypal\n    use: paypal\n    role: processor\n",
            good: "recipients:\n  - id: paypal\n    use: paypal\n",
        },
        check: Some(contradicts),
        check_all: None,
    },
    Rule {
        id: "N416",
        name: "unverified-catalogue-entry",
        severity: Severity::Note,
        articles: "Art. 5(2), 13(1)(e), 13(1)(f)",
        wp260: None,
        summary: "a catalogue entry used was not verified against the provider's own documents",
        docs: Docs {
            what: "Notes each `use:` of a catalogue entry marked `verified: false`, naming the fields that could not be confirmed in the provider's own documents and that this use takes (`notice reference services ID` says why, with the sources).",
            why: "The catalogue never presents a guess as a fact: what could only be read on third-party pages is marked unconfirmed. The organisation answers for its notice (Art. 5(2)): it checks those facts in its own contract with the provider and gives the confirmed ones beside `use:`.",
            bad: "recipients:\n  - use: google-analytics-4     # entity and transfers unconfirmed\n",
            good: "recipients:\n  - use: stripe                 # every fact read in Stripe's documents\n",
        },
        check: Some(unverified),
        check_all: None,
    },
    Rule {
        id: "N417",
        name: "stale-catalogue-entry",
        severity: Severity::Note,
        articles: "Art. 13(1)(e), 13(1)(f)",
        wp260: None,
        summary: "a catalogue entry used was checked longer ago than the reference age limit",
        docs: Docs {
            what: "Notes each `use:` of a catalogue entry whose `as_of` date is more than `--max-reference-age MONTHS` (default 12) before today, as N901 does for the other reference data.",
            why: "Providers change their contracting entity, their data centres, their sub-processors and their transfer mechanisms; a DPF certification can lapse. An old entry may describe a service as it no longer is.",
            bad: "# notice lint, 18 months after the catalogue entry was checked\n",
            good: "# notice lint with an up-to-date release of notice\n",
        },
        check: Some(stale),
        check_all: None,
    },
];

/// Every `use:` of the declaration, once each, with its path (`recipients[0]`,
/// `cookies.trackers[2]`: the first of the trackers one `use:` made), the catalogue entry, and
/// the fields of an entry this kind of use takes.
fn uses<'a>(cx: &'a Context) -> Vec<(String, &'a Service, &'static [&'static str])> {
    const RECIPIENT: &[&str] = &["entity", "role", "processing", "transfers", "notice_url"];
    const TRACKER: &[&str] = &["entity", "trackers"];
    let decl = cx.decl();
    let recipients = decl
        .recipients
        .iter()
        .enumerate()
        .filter_map(|(i, r)| Some((format!("recipients[{i}]"), r.uses.as_deref()?, RECIPIENT)));
    let trackers = decl
        .cookies
        .iter()
        .flat_map(|c| c.trackers.iter().enumerate())
        .filter_map(|(j, t)| {
            Some((
                format!("cookies.trackers[{j}]"),
                t.uses.as_deref()?,
                TRACKER,
            ))
        });
    // The trackers one `use:` made share the entry the user wrote: one finding for them all.
    let mut seen = BTreeSet::new();
    recipients
        .chain(trackers)
        .filter(|(at, _, _)| seen.insert(cx.loaded.origins.source_path(at).into_owned()))
        .filter_map(|(at, id, fields)| Some((at, cx.reference.service(id).ok()?, fields)))
        .collect()
}

/// The catalogue entries a recipient's name says it is: its product's name, or its legal
/// entity's.
fn named_like<'r>(cx: &Context<'r>, name: &str) -> Vec<&'r Service> {
    let written = words(name);
    cx.reference
        .services()
        .iter()
        .zip(cx.service_names())
        .filter(|(_, n)| {
            written == n.entity || written == n.id || contains_word_list(&written, &n.brand)
        })
        .map(|(s, _)| s)
        .collect()
}

/// The words of a catalogue entry's names, lower-cased (see [`words`]): worked out once per
/// run, since every recipient's name is compared with every entry.
pub struct ServiceNames {
    entity: Vec<String>,
    id: Vec<String>,
    brand: Vec<String>,
}

/// The names of each entry of the catalogue, in its order.
pub fn service_names(reference: &Reference) -> Vec<ServiceNames> {
    let names = |s: &Service| ServiceNames {
        entity: words(s.entity()),
        id: words(s.id()),
        brand: words(s.brand()),
    };
    reference.services().iter().map(names).collect()
}

/// What `use:` of `s` would add to `r`: the fields it lacks that the entry gives.
fn would_add(r: &Recipient, s: &Service) -> Vec<&'static str> {
    [
        ("role", r.role.is_none()),
        ("service", r.service.is_none()),
        ("country", r.country.is_none()),
        (
            "transfer",
            r.transfer.is_none() && !s.transfers().is_empty(),
        ),
        (
            "notice_url",
            r.notice_url.is_none() && s.notice_url().is_some(),
        ),
    ]
    .into_iter()
    .filter_map(|(field, lacking)| lacking.then_some(field))
    .collect()
}

/// A role as a message names it: "a processor", "a joint controller".
fn a_role(name: &str) -> String {
    format!("a {}", name.replace('_', " "))
}

pub fn not_used(cx: &Context, f: &mut Findings) {
    let decl = cx.decl();
    for (i, r) in decl.recipients.iter().enumerate() {
        let (None, Some(name)) = (&r.uses, &r.name) else {
            continue;
        };
        // A name given per language looks like a service when one of its versions does.
        let Some(found) = name
            .variants()
            .into_iter()
            .map(|(_, n)| named_like(cx, n))
            .find(|found| !found.is_empty())
        else {
            continue;
        };
        let Some(first) = found.first() else { continue };
        let ids: Vec<&str> = found.iter().map(|s| s.id()).collect();
        let adds = would_add(r, first);
        let gain = if adds.is_empty() {
            "it would keep your fields and check them against the catalogue".to_owned()
        } else {
            format!("it would add {}", list(&adds))
        };
        f.at(
            &format!("recipients[{i}].name"),
            format!(
                "recipient `{}` looks like catalogue {} {}",
                r.id,
                if ids.len() == 1 {
                    "service"
                } else {
                    "services"
                },
                list(&ids)
            ),
            format!(
                "write `use: {}` ({}): {gain}; the fields you give beside it stay and win",
                first.id(),
                first.display_name()
            ),
        );
    }
    for (j, t) in decl
        .cookies
        .iter()
        .flat_map(|c| c.trackers.iter().enumerate())
    {
        if t.uses.is_some() || t.name.trim().is_empty() {
            continue;
        }
        let found: Vec<&Service> = cx
            .reference
            .services()
            .iter()
            .filter(|s| {
                s.trackers()
                    .into_iter()
                    .flatten()
                    .any(|c| c.matches(&t.name))
            })
            .collect();
        let Some(first) = found.first() else { continue };
        let ids: Vec<&str> = found.iter().map(|s| s.id()).collect();
        let cookies: Vec<&str> = first
            .trackers()
            .into_iter()
            .flatten()
            .map(|c| c.name())
            .collect();
        f.at(
            &format!("cookies.trackers[{j}].name"),
            format!(
                "tracker `{}` is set by catalogue {} {}",
                t.name.trim(),
                if ids.len() == 1 { "service" } else { "services" },
                list(&ids)
            ),
            format!(
                "write `{{use: {}}}` in place of the trackers it sets: it brings {} with their lifetimes and purposes (`name: {}` beside it for this one alone)",
                first.id(),
                list(&cookies),
                t.name.trim()
            ),
        );
    }
}

pub fn contradicts(cx: &Context, f: &mut Findings) {
    for (i, r) in cx.decl().recipients.iter().enumerate() {
        let Some(s) = r
            .uses
            .as_deref()
            .and_then(|id| cx.reference.service(id).ok())
        else {
            continue;
        };
        let at = format!("recipients[{i}]");
        if let Some(declared) = r.role.filter(|x| *x != role(s.role())) {
            let why = s
                .role_note(ENGLISH)
                .ok()
                .flatten()
                .map(|n| format!("the catalogue says why: {n} "))
                .unwrap_or_default();
            f.at(
                &format!("{at}.role"),
                format!(
                    "recipient `{}` is declared {}, where catalogue entry `{}` makes it {}",
                    r.id,
                    a_role(&name_of(&declared)),
                    s.id(),
                    a_role(&name_of(&s.role()))
                ),
                format!(
                    "{why}Remove `role:` to take the catalogue's, unless your contract with the provider says otherwise (then allow this finding with that reason)"
                ),
            );
        }
        // Destinations outside the EEA: those the catalogue knows and the declaration leaves
        // out, and those it adds.
        let outside = |codes: Vec<&str>| -> BTreeSet<String> {
            codes
                .into_iter()
                .filter(|c| matches!(cx.reference.route(Some(c), None), Route::Transfer(..)))
                .map(|c| c.trim().to_ascii_uppercase())
                .collect()
        };
        let declared = outside(r.country.iter().flatten().map(String::as_str).collect());
        let catalogue = outside(s.destinations());
        if declared != catalogue {
            let show = |set: &BTreeSet<String>| match set.len() {
                0 => "no destination outside the EEA".to_owned(),
                _ => format!(
                    "{} outside the EEA",
                    set.iter().cloned().collect::<Vec<_>>().join(", ")
                ),
            };
            f.at(
                &format!("{at}.country"),
                format!(
                    "recipient `{}` is declared with {}, where catalogue entry `{}` names {}",
                    r.id,
                    show(&declared),
                    s.id(),
                    show(&catalogue)
                ),
                "remove `country:` to take the catalogue's, unless your contract or the service's settings say otherwise (then allow this finding with that reason)",
            );
        }
        for leg in r.legs(&at, cx.reference) {
            let (Some(t), Some((path, entry))) = (s.transfer_to(leg.code), &leg.transfer) else {
                continue;
            };
            let Some(m) = entry.mechanism.as_deref() else {
                continue;
            };
            let same = |x: crate::reference::Mechanism| x.id().eq_ignore_ascii_case(m.trim());
            if same(t.mechanism()) || t.fallback().is_some_and(same) {
                continue;
            }
            f.at(
                &format!("{path}.mechanism"),
                format!(
                    "recipient `{}` relies on `{m}` for {}, where catalogue entry `{}` says `{}`{}",
                    r.id,
                    leg.code,
                    s.id(),
                    t.mechanism().id(),
                    t.fallback()
                        .map(|x| format!(" (or `{}`)", x.id()))
                        .unwrap_or_default()
                ),
                "remove the entry's `mechanism` to take the catalogue's, unless your contract with the provider says otherwise (then allow this finding with that reason)",
            );
        }
    }
}

pub fn unverified(cx: &Context, f: &mut Findings) {
    for (at, s, fields) in uses(cx) {
        if s.verified() {
            continue;
        }
        let taken: Vec<String> = s
            .unconfirmed()
            .iter()
            .filter(|u| fields.contains(&u.as_str()))
            .map(|u| format!("`{u}`"))
            .collect();
        if taken.is_empty() {
            continue;
        }
        f.at(
            &format!("{at}.use"),
            format!(
                "catalogue entry `{}` is not verified against the provider's own documents; unconfirmed: {}",
                s.id(),
                taken.join(", ")
            ),
            format!(
                "check these in your contract with the provider and give the confirmed facts beside `use:` (they replace the catalogue's); `notice reference services {}` says why they are unconfirmed, with the sources",
                s.id()
            ),
        );
    }
}

pub fn stale(cx: &Context, f: &mut Findings) {
    let max = cx.config.max_reference_age_months;
    for (at, s, _) in uses(cx) {
        let age = s.as_of().months_until(cx.config.today);
        if age > max {
            f.at(
                &format!("{at}.use"),
                format!(
                    "catalogue entry `{}` was last checked on {}, {age} months ago (more than {max})",
                    s.id(),
                    s.as_of()
                ),
                format!(
                    "check the provider's current terms (`notice reference services {}` gives the sources), or update notice",
                    s.id()
                ),
            );
        }
    }
}
