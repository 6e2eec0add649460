//! Rules on cookies and similar trackers: how long they stay on the device, and consent for
//! those that are not strictly necessary (Art. 5(3) of the ePrivacy Directive, as each member
//! state transposed it).
//!
//! How the declaration shows consent: a tracker is "not essential" unless it says
//! `essential: true`, and the notice then prints "consent: required" for it. Lint calls that
//! claim unsupported when the declaration itself contradicts it or gives no way to consent:
//! the tracker's `recipient` receives data only for purposes that rest on a basis other than
//! consent; or `cookies` has neither `manage` (how to accept, refuse and withdraw) nor a
//! `policy_url` that explains it; or `manage` points only to the browser's settings, which is
//! refusing afterwards, not consenting beforehand.

use crate::declaration::{Lifetime, Purpose, Tracker, Unit};
use crate::diagnostic::Severity;
use crate::lint::facts::list;
use crate::lint::phrasebook::PhraseSet;
use crate::lint::phrases::Words;
use crate::lint::{Context, Docs, Findings, Rule};
use crate::rights::uses_consent;

/// Where the consent rule cites the law: the Directive and the three transpositions the
/// notices of this tool are written for.
const EPRIVACY: &str = "Directive 2002/58/EC (ePrivacy) Art. 5(3), transposed in Belgium by art. 10/2 of the Act of 30 July 2018 on the protection of natural persons with regard to the processing of personal data (inserted by the Act of 21 December 2021, replacing art. 129 of the Electronic Communications Act of 13 June 2005), in France by art. 82 of loi n° 78-17 du 6 janvier 1978 (Informatique et Libertés), in the Netherlands by art. 11.7a Telecommunicatiewet";

/// The rules of this module, in id order.
pub static RULES: &[Rule] = &[
    Rule {
        id: "N450",
        name: "tracker-without-duration",
        severity: Severity::Warning,
        articles: "Art. 13(2)(a), 14(2)(a)",
        wp260: Some(
            "CJEU C-673/17 Planet49, 1 October 2019: the information includes the duration of the operation of cookies",
        ),
        summary: "a tracker that needs consent does not say how long it stays on the device",
        docs: Docs {
            what: "A tracker in `cookies.trackers` that is not `essential: true` should give `duration`: `session` for one that is deleted at the end of the visit, or a period (`30 minutes`, `30 days`, `13 months`). Strictly necessary trackers are left alone: Art. 5(3) of the ePrivacy Directive exempts them from its information and consent requirements.",
            why: "The Court of Justice held in Planet49 (C-673/17, 1 October 2019) that the clear and comprehensive information Art. 5(3) of the ePrivacy Directive requires includes the duration of the operation of cookies; the Belgian Data Protection Authority lists the lifetime of cookies among the information that must precede consent (autoriteprotectiondonnees.be, \"Recueillir valablement le consentement\"). Where the tracker holds personal data, its lifetime is also the storage period of Art. 13(2)(a).",
            bad: "cookies:\n  trackers:\n    - name: _ga\n      provider: Google\n      purpose: {en: audience measurement}\n",
            good: "cookies:\n  trackers:\n    - name: _ga\n      provider: Google\n      purpose: {en: audience measurement}\n      duration: 13 months\n",
        },
        check: Some(duration),
        check_all: None,
    },
    Rule {
        id: "N451",
        name: "tracker-without-consent",
        severity: Severity::Warning,
        articles: "Art. 4(11), 6(1)(a), 7",
        wp260: Some(EPRIVACY),
        summary: "a tracker that is not strictly necessary is not shown to rest on consent",
        docs: Docs {
            what: "For each tracker that is not `essential: true` (the notice prints \"consent: required\" for it), the declaration must not contradict that: (1) if the tracker names a `recipient`, at least one purpose sending data to that recipient must rest on consent; (2) `cookies` must say how people consent and withdraw, in `manage` or on the page of `policy_url`; (3) a `manage` text that only points to the browser's settings (\"paramétrez votre navigateur\", \"via de instellingen van uw browser\", \"in your browser settings\") and says nothing of a consent choice (banner, preferences, consent) does not count. Phrases are recognised in French, Dutch and English.",
            why: "Storing or reading information on a user's device needs the user's prior consent unless it is strictly necessary for the service the user asked for: Directive 2002/58/EC Art. 5(3), in Belgium art. 10/2 of the Act of 30 July 2018 (since the Act of 21 December 2021; formerly art. 129 of the Electronic Communications Act of 13 June 2005), in France art. 82 of the loi Informatique et Libertés, in the Netherlands art. 11.7a of the Telecommunicatiewet (checked in secondary sources only). That consent is GDPR consent (Art. 4(11), 7): the Court of Justice requires active behaviour (C-673/17 Planet49), and the Belgian Data Protection Authority states that consent cannot be inferred from browser settings, nor from continued browsing or accepted terms of use.",
            bad: "cookies:\n  trackers:\n    - name: _ga\n      provider: Google\n  manage: {en: You can refuse cookies in your browser settings.}\n",
            good: "cookies:\n  trackers:\n    - name: _ga\n      provider: Google\n  manage: {en: Our cookie banner asks for your consent; change your choices at any time through the “Cookies” link at the bottom of every page.}\n",
        },
        check: Some(consent),
        check_all: None,
    },
    Rule {
        id: "N452",
        name: "tracker-lifetime-over-13-months",
        severity: Severity::Warning,
        articles: "Art. 5(1)(e), 13(2)(a)",
        wp260: Some(
            "CNIL, Recommendation n° 2020-092 of 17 September 2020 on cookies and other trackers, art. 5",
        ),
        summary: "a tracker stays on the device for more than 13 months",
        docs: Docs {
            what: "A tracker's `duration` should not exceed 13 months: more than 13 months, more than 1 year, more than 56 weeks, or more than 397 days (the longest 13 months), or as many hours or minutes, is reported. A `session` tracker ends with the visit.",
            why: "The French authority recommends limiting the lifetime of audience-measurement trackers to a period that allows a relevant comparison of audiences over time, \"comme c'est le cas d'une durée de treize mois\", not extended automatically at new visits (CNIL Recommendation n° 2020-092 of 17 September 2020, art. 5, published in the Journal officiel). The recommendation states the figure for audience measurement; notice uses it as the benchmark for every tracker, in line with storage limitation (Art. 5(1)(e)). A warning: a longer lifetime needs a reason.",
            bad: "cookies:\n  trackers:\n    - name: _ga\n      duration: 2 years\n",
            good: "cookies:\n  trackers:\n    - name: _ga\n      duration: 13 months\n",
        },
        check: Some(lifetime),
        check_all: None,
    },
];

/// How a message names a tracker: its technical name, else its label, else its place.
fn tracker_name(t: &Tracker, i: usize) -> String {
    if !t.name.trim().is_empty() {
        return t.name.clone();
    }
    t.label
        .as_ref()
        .and_then(|l| l.variants().first().map(|(_, s)| s.to_string()))
        .unwrap_or_else(|| format!("#{}", i + 1))
}

/// The trackers that are not strictly necessary, with their index.
fn non_essential<'a>(cx: &Context<'a>) -> Vec<(usize, &'a Tracker)> {
    cx.decl()
        .cookies
        .iter()
        .flat_map(|c| c.trackers.iter().enumerate())
        .filter(|(_, t)| !t.essential)
        .collect()
}

pub fn duration(cx: &Context, f: &mut Findings) {
    for (i, t) in non_essential(cx) {
        if t.duration.is_none() {
            f.missing(
                &format!("cookies.trackers[{i}]"),
                "duration",
                format!(
                    "tracker `{}` needs consent but does not say how long it stays on the device",
                    tracker_name(t, i)
                ),
                "add `duration: session` (deleted at the end of the visit) or `duration: <n> minutes|hours|days|weeks|months|years`, e.g. `duration: 13 months`; mark strictly necessary trackers `essential: true`",
            );
        }
    }
}

/// The Regulation's "browser settings": refusing cookies after the fact.
pub(crate) static BROWSER: PhraseSet =
    PhraseSet::new("browser-settings", "browser settings", "N451");

/// What shows a consent choice offered by the site itself.
pub(crate) static CONSENT_CHOICE: PhraseSet =
    PhraseSet::new("consent-choice", "consent choice", "N451");

/// Purposes with their bases, for messages: "`stats` (Art. 6(1)(f))".
fn with_bases(purposes: &[&Purpose]) -> String {
    let named: Vec<String> = purposes
        .iter()
        .map(|p| {
            let bases: Vec<String> = p
                .legal_basis
                .iter()
                .map(|b| format!("Art. {}", b.article()))
                .collect();
            format!("`{}` ({})", p.id, bases.join(", "))
        })
        .collect();
    named.join(", ")
}

pub fn consent(cx: &Context, f: &mut Findings) {
    let Some(cookies) = &cx.decl().cookies else {
        return;
    };
    let trackers = non_essential(cx);
    if trackers.is_empty() {
        return;
    }
    for &(i, t) in &trackers {
        let Some(r) = &t.recipient else { continue };
        let users: Vec<&Purpose> = cx
            .decl()
            .purposes
            .iter()
            .filter(|p| p.recipients.contains(r) && !p.legal_basis.is_empty())
            .collect();
        if !users.is_empty() && !users.iter().any(|p| uses_consent(p)) {
            f.at(
                &format!("cookies.trackers[{i}].recipient"),
                format!(
                    "tracker `{}` is not strictly necessary, so it needs consent, but recipient `{r}` receives data only for purposes on other bases: {}",
                    tracker_name(t, i),
                    with_bases(&users)
                ),
                "rest the purpose the tracker serves on `legal_basis: consent` (with `withdraw:`), or mark the tracker `essential: true` if it is strictly necessary for the service the user asks for",
            );
        }
    }
    let names: Vec<String> = trackers.iter().map(|&(i, t)| tracker_name(t, i)).collect();
    let names: Vec<&str> = names.iter().map(String::as_str).collect();
    let need = match names.as_slice() {
        [one] => format!("tracker `{one}` needs"),
        many => format!("trackers {} need", list(many)),
    };
    let Some(manage) = &cookies.manage else {
        if cookies.policy_url.is_none() {
            f.missing(
                "cookies",
                "manage",
                format!("{need} consent, but the notice does not say how to give or withdraw it"),
                format!(
                    "add `manage: {}` saying how people accept, refuse and later withdraw consent (the cookie banner, a “Cookies” link on every page), or `policy_url:` of the cookie policy that says it",
                    cx.text_template()
                ),
            );
        }
        return;
    };
    let langs = cx.languages();
    let browser_only = manage.variants().into_iter().find(|(lang, text)| {
        let langs: Vec<&str> = match lang {
            Some(l) => vec![*l],
            None => langs.iter().map(String::as_str).collect(),
        };
        let words = Words::new(*text);
        cx.phrases(&BROWSER).occurs(&words, &langs)
            && !cx.phrases(&CONSENT_CHOICE).occurs(&words, &langs)
    });
    if let Some((lang, _)) = browser_only {
        let at = match lang {
            Some(l) => format!("cookies.manage.{l}"),
            None => "cookies.manage".to_owned(),
        };
        f.at(
            &at,
            format!(
                "{need} consent, but the only choice offered is the browser's settings: refusing afterwards is not consenting beforehand"
            ),
            "say how the site asks for consent before setting them and how to withdraw it (the cookie banner, a “Cookies” link on every page)",
        );
    }
}

/// Whether `l` is longer than 13 months counted from any day: the CNIL's benchmark.
fn over_13_months(l: Lifetime) -> bool {
    let Lifetime::Period(d) = l else {
        return false;
    };
    // 56 weeks (392 days) fit in the shortest 13 months; 397 days is the longest.
    const DAYS: u32 = 397;
    match d.unit {
        Unit::Months => d.count > 13,
        Unit::Years => d.count > 1,
        Unit::Weeks => d.count > 56,
        Unit::Days => d.count > DAYS,
        Unit::Hours => d.count > DAYS * 24,
        Unit::Minutes => d.count > DAYS * 24 * 60,
    }
}

pub fn lifetime(cx: &Context, f: &mut Findings) {
    let trackers = cx.decl().cookies.iter().flat_map(|c| c.trackers.iter());
    for (i, t) in trackers.enumerate() {
        if let Some(d) = t.duration.filter(|d| over_13_months(*d)) {
            f.at(
                &format!("cookies.trackers[{i}].duration"),
                format!(
                    "tracker `{}` stays on the device for {d}, more than the 13 months the CNIL recommends",
                    tracker_name(t, i)
                ),
                "set the tracker's lifetime to 13 months at most, and do not extend it at each visit; or keep the longer lifetime and write down why it is needed",
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thirteen_months_in_every_unit() {
        let d = |s: &str| s.parse::<Lifetime>().unwrap();
        for within in [
            "13 months",
            "1 year",
            "56 weeks",
            "397 days",
            "1 day",
            "9528 hours",
            "571680 minutes",
            "30 minutes",
            "session",
        ] {
            assert!(!over_13_months(d(within)), "{within}");
        }
        for over in [
            "14 months",
            "2 years",
            "57 weeks",
            "398 days",
            "9529 hours",
            "571681 minutes",
        ] {
            assert!(over_13_months(d(over)), "{over}");
        }
    }

    #[test]
    fn browser_settings_alone_are_not_a_consent_choice() {
        let only_browser = |text: &str, lang: &str| {
            let w = Words::new(text);
            BROWSER.builtin().occurs(&w, &[lang]) && !CONSENT_CHOICE.builtin().occurs(&w, &[lang])
        };
        assert!(only_browser(
            "En paramétrant votre navigateur adéquatement, vous pouvez refuser les cookies.",
            "fr"
        ));
        assert!(only_browser(
            "U kunt cookies weigeren of verwijderen via de instellingen van uw browser.",
            "nl"
        ));
        assert!(only_browser(
            "You can refuse or delete cookies in your browser settings.",
            "en"
        ));
        assert!(!only_browser(
            "Vous pouvez modifier vos choix à tout moment via le lien « Cookies ».",
            "fr"
        ));
        assert!(!only_browser(
            "Our banner asks for your consent; you can also block cookies in your browser.",
            "en"
        ));
    }
}
