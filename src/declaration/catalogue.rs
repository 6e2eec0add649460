//! `use:`: a recipient or a tracker that names a service of the built-in catalogue takes the
//! service's facts, each under the field the user would have typed, unless the user typed it.
//!
//! This is the one place the catalogue enters a declaration: it runs after loading and before
//! lint and rendering, which then see an ordinary declaration, as if the facts had been typed
//! (the `use` fields stay, so that lint can compare with the catalogue). A declaration without
//! `use:` comes out as it went in.
//!
//! What a recipient takes: `id` (the service's), `name` (the provider's legal entity and its
//! product, "The Rocket Science Group LLC (Mailchimp)"), `role`, `service` (the description in
//! every language of the data), `country` (where the service processes the data, then the
//! countries of its transfer legs), `transfer` (one entry per leg, with its mechanism) and
//! `notice_url`. A `transfer` given beside `use:` is merged entry by entry: an entry naming a
//! country completes or corrects the catalogue's entry for it (or is added), and an entry
//! naming none gives its fields to every catalogue entry — its `copy` only to those whose
//! mechanism has safeguards to copy.
//!
//! A tracker `{use: id}` becomes one tracker per cookie the service sets; `name` beside it picks
//! one, and the other fields given apply to each. Because one entry of `cookies.trackers` then
//! becomes several, [`Origins`] records where each comes from, so that lint points at the
//! entry the user wrote and names it by the path the user can write in `lint.allow`.

use std::borrow::Cow;

use super::load::Loaded;
use super::model::{
    Declaration, Destinations, OneOrMany, Recipient, RecipientRole, Tracker, Transfer,
};
use super::text::Text;
use crate::diagnostic::Diagnostic;
use crate::reference::{Localized, Mechanism, Reference, Service, ServiceRole};

/// Where the entries `use:` made come from in the file: a tracker entry that became several,
/// a transfer entry merged into the catalogue's.
#[derive(Clone, Debug, Default)]
pub struct Origins {
    /// A path in the resolved declaration, and the path in the file of what it was made from.
    paths: Vec<(String, String)>,
}

impl Origins {
    fn add(&mut self, resolved: String, written: String) {
        if resolved != written {
            self.paths.push((resolved, written));
        }
    }

    /// The path in the file of the node at `path` in the resolved declaration:
    /// `cookies.trackers[4].duration` is `cookies.trackers[1].duration` when the fifth tracker
    /// comes from the second entry written.
    pub fn source_path<'p>(&self, path: &'p str) -> Cow<'p, str> {
        for (resolved, written) in &self.paths {
            if let Some(rest) = path.strip_prefix(resolved.as_str())
                && (rest.is_empty() || rest.starts_with(['.', '[']))
            {
                return Cow::Owned(format!("{written}{rest}"));
            }
        }
        Cow::Borrowed(path)
    }
}

/// A resolution error, at `path`, with what to write instead.
fn error(loaded: &Loaded, path: &str, message: String, help: String) -> Diagnostic {
    let offset = loaded.file.map().locate(path).offset;
    Diagnostic::error("load", format!("{path}: {message}"))
        .with_help(help)
        .in_file(&loaded.file, Some(offset))
}

/// Takes the catalogue's facts into every recipient and tracker that names a service with
/// `use:`. An unknown service is refused at its place, with the closest ids.
pub fn resolve(mut loaded: Loaded, reference: &Reference) -> Result<Loaded, Diagnostic> {
    let lookup = |loaded: &Loaded, path: String, id: &str| {
        reference.service(id).map_err(|e| {
            let close = match e.close.as_slice() {
                [] => String::new(),
                ids => format!(
                    "did you mean {}? ",
                    ids.iter()
                        .map(|i| format!("`{i}`"))
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            };
            error(
                loaded,
                &path,
                e.to_string(),
                format!("{close}`notice reference services` lists the catalogue"),
            )
        })
    };
    let mut recipients = std::mem::take(&mut loaded.declaration.recipients);
    for (i, r) in recipients.iter_mut().enumerate() {
        match r.uses.clone() {
            Some(id) => {
                let service = lookup(&loaded, format!("recipients[{i}].use"), &id)?;
                take_recipient(
                    r,
                    &format!("recipients[{i}]"),
                    service,
                    reference,
                    &mut loaded.origins,
                );
            }
            // The field is optional only beside `use:`; without it, as any missing field.
            None if r.id.is_empty() => {
                return Err(error(
                    &loaded,
                    &format!("recipients[{i}]"),
                    "missing field `id`".to_owned(),
                    "add `id:` here, or `use:` with a service of the catalogue (`notice reference services`)".to_owned(),
                ));
            }
            None => {}
        }
    }
    loaded.declaration.recipients = recipients;

    let Some(mut cookies) = loaded.declaration.cookies.take() else {
        return Ok(loaded);
    };
    let mut trackers = Vec::new();
    for (j, t) in std::mem::take(&mut cookies.trackers)
        .into_iter()
        .enumerate()
    {
        let at = format!("cookies.trackers[{j}]");
        let made = match t.uses.clone() {
            None => vec![t],
            Some(id) => {
                let service = lookup(&loaded, format!("{at}.use"), &id)?;
                take_trackers(&t, service, &loaded.declaration, reference).map_err(
                    |(field, message, help)| {
                        error(&loaded, &format!("{at}.{field}"), message, help)
                    },
                )?
            }
        };
        for m in made {
            let resolved = format!("cookies.trackers[{}]", trackers.len());
            loaded.origins.add(resolved, at.clone());
            trackers.push(m);
        }
    }
    cookies.trackers = trackers;
    loaded.declaration.cookies = Some(cookies);
    Ok(loaded)
}

/// A catalogue text as a declaration's per-language text, in the order of the data's languages.
fn text(map: &Localized, reference: &Reference) -> Text {
    Text::PerLang(
        reference
            .languages()
            .filter_map(|l| Some((l.to_owned(), map.get(l)?.clone())))
            .collect(),
    )
}

/// The declaration's role for the catalogue's.
pub fn role(role: ServiceRole) -> RecipientRole {
    match role {
        ServiceRole::Processor => RecipientRole::Processor,
        ServiceRole::Controller => RecipientRole::Controller,
        ServiceRole::JointController => RecipientRole::JointController,
    }
}

fn take_recipient(
    r: &mut Recipient,
    at: &str,
    s: &Service,
    reference: &Reference,
    origins: &mut Origins,
) {
    if r.id.is_empty() {
        r.id = s.id().to_owned();
    }
    r.name.get_or_insert_with(|| Text::Same(s.display_name()));
    r.role.get_or_insert(role(s.role()));
    r.service
        .get_or_insert_with(|| text(s.descriptions(), reference));
    if r.notice_url.is_none() {
        r.notice_url = s.notice_url().map(str::to_owned);
    }
    if r.country.is_none() {
        let codes: Vec<String> = s.destinations().into_iter().map(str::to_owned).collect();
        r.country = Some(match <[String; 1]>::try_from(codes) {
            Ok([one]) => Destinations::one(one),
            Err(codes) => Destinations::many(codes),
        });
    }
    let listed: Vec<&str> = r.country.iter().flatten().map(String::as_str).collect();
    let written = format!("{at}.transfer");
    let (entries, sources) = merge_transfers(r.transfer.as_ref(), &written, s, &listed);
    for (k, source) in sources.into_iter().enumerate() {
        if let Some(source) = source {
            origins.add(format!("{written}[{k}]"), source);
        }
    }
    r.transfer = (!entries.is_empty()).then(|| OneOrMany::many(entries));
}

/// The catalogue's transfer entries for the destinations `listed` (a `country` given beside
/// `use:` may leave some of the catalogue's out), one per leg, with the user's (written at
/// `written`) merged in; and for each entry, the path of the user's entry it takes fields from.
fn merge_transfers(
    user: Option<&OneOrMany<Transfer>>,
    written: &str,
    s: &Service,
    listed: &[&str],
) -> (Vec<Transfer>, Vec<Option<String>>) {
    let mut entries: Vec<Transfer> = s
        .transfers()
        .iter()
        .filter(|t| listed.iter().any(|c| c.eq_ignore_ascii_case(t.country())))
        .map(|t| Transfer {
            country: Some(t.country().to_owned()),
            mechanism: Some(t.mechanism().id().to_owned()),
            copy: None,
            interests: None,
            safeguards: None,
        })
        .collect();
    let mut sources: Vec<Option<String>> = vec![None; entries.len()];
    let from_catalogue = entries.len();
    for (path, u) in user.into_iter().flat_map(|t| t.with_paths(written)) {
        match &u.country {
            Some(code) => match entries[..from_catalogue].iter().position(|e| {
                e.country
                    .as_deref()
                    .is_some_and(|c| c.eq_ignore_ascii_case(code))
            }) {
                Some(k) => {
                    fill(&mut entries[k], u, true);
                    sources[k] = Some(path);
                }
                None => {
                    entries.push(u.clone());
                    sources.push(Some(path));
                }
            },
            // Kept too: it covers whatever destination outside the EEA no entry names.
            None => {
                for (e, source) in entries[..from_catalogue].iter_mut().zip(&mut sources) {
                    fill(e, u, false);
                    source.get_or_insert_with(|| path.clone());
                }
                entries.push(u.clone());
                sources.push(Some(path));
            }
        }
    }
    (entries, sources)
}

/// Gives `entry` the fields `user` has; a `copy` given for every entry goes only where the
/// mechanism has safeguards to copy (Arts. 46 and 47), not to an adequacy decision.
fn fill(entry: &mut Transfer, user: &Transfer, named: bool) {
    if user.mechanism.is_some() {
        entry.mechanism.clone_from(&user.mechanism);
    }
    let has_copy = entry
        .mechanism
        .as_deref()
        .and_then(Mechanism::from_id)
        .is_some_and(Mechanism::has_copy);
    if user.copy.is_some() && (named || has_copy) {
        entry.copy.clone_from(&user.copy);
    }
    if user.interests.is_some() {
        entry.interests.clone_from(&user.interests);
    }
    if user.safeguards.is_some() {
        entry.safeguards.clone_from(&user.safeguards);
    }
}

/// The trackers a `{use: id}` entry stands for, or the field at fault, why, and what to write.
fn take_trackers(
    t: &Tracker,
    s: &Service,
    decl: &Declaration,
    reference: &Reference,
) -> Result<Vec<Tracker>, (&'static str, String, String)> {
    let Some(cookies) = s.trackers() else {
        return Err((
            "use",
            format!("the catalogue lists no trackers for `{}`", s.id()),
            "declare its trackers by hand: `name`, `provider`, `purpose`, `duration`".to_owned(),
        ));
    };
    let picked: Vec<_> = match t.name.trim() {
        "" => cookies.iter().collect(),
        name => cookies.iter().filter(|c| c.matches(name)).collect(),
    };
    if picked.is_empty() && !t.name.trim().is_empty() {
        let names: Vec<String> = cookies.iter().map(|c| format!("`{}`", c.name())).collect();
        return Err((
            "name",
            format!(
                "`{}` is not a tracker the catalogue lists for `{}`",
                t.name.trim(),
                s.id()
            ),
            match names.as_slice() {
                [] => "remove `name`: the service sets no tracker".to_owned(),
                _ => format!(
                    "write one of {}, or leave `name` out for all of them",
                    names.join(", ")
                ),
            },
        ));
    }
    // The recipient that stands for the same service, when there is exactly one.
    let mut same = decl.recipients.iter().filter(|r| {
        r.uses
            .as_deref()
            .is_some_and(|u| u.trim().eq_ignore_ascii_case(s.id()))
    });
    let recipient = match (same.next(), same.next()) {
        (Some(r), None) => Some(r.id.clone()),
        _ => None,
    };
    Ok(picked
        .into_iter()
        .map(|c| Tracker {
            uses: t.uses.clone(),
            // The name written wins: `_ga_ABC123` for `_ga_<container-id>`.
            name: match t.name.trim() {
                "" => c.name().to_owned(),
                written => written.to_owned(),
            },
            label: t.label.clone(),
            provider: t.provider.clone().or_else(|| Some(s.display_name())),
            purpose: t
                .purpose
                .clone()
                .or_else(|| Some(text(c.purposes(), reference))),
            duration: t.duration.or(Some(c.duration())),
            essential: t.essential || c.essential(),
            recipient: t.recipient.clone().or_else(|| recipient.clone()),
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use super::*;
    use crate::declaration::load::parse;
    use crate::reference::tests::builtin;

    fn resolved(yaml: &str) -> Result<Loaded, Diagnostic> {
        let head = "notice: {id: t, languages: [fr, nl, en]}\n";
        resolve(
            parse(PathBuf::from("t.yaml"), format!("{head}{yaml}")).unwrap(),
            &builtin(),
        )
    }

    fn recipient(yaml: &str) -> Recipient {
        resolved(&format!("recipients:\n  - {yaml}\n"))
            .unwrap()
            .declaration
            .recipients
            .remove(0)
    }

    /// The transfer entries as `country mechanism copy` strings.
    fn legs(r: &Recipient) -> Vec<String> {
        r.transfer
            .iter()
            .flatten()
            .map(|t| {
                format!(
                    "{} {} {}",
                    t.country.as_deref().unwrap_or("*"),
                    t.mechanism.as_deref().unwrap_or("-"),
                    t.copy.as_deref().unwrap_or("-")
                )
            })
            .collect()
    }

    #[test]
    fn a_recipient_takes_each_fact_the_user_does_not_give() {
        let r = recipient("use: stripe");
        assert_eq!(r.id, "stripe");
        assert_eq!(
            r.name.as_ref().map(Text::quoted),
            Some("Stripe Payments Europe Limited")
        );
        assert_eq!(r.role, Some(RecipientRole::Controller));
        assert_eq!(
            r.service.as_ref().and_then(|t| t.get("nl")),
            Some("verwerking van online betalingen")
        );
        let codes: Vec<&str> = r.country.iter().flatten().map(String::as_str).collect();
        assert_eq!(codes, ["IE", "US"]);
        assert_eq!(legs(&r), ["US dpf -"]);
        assert_eq!(r.notice_url.as_deref(), Some("https://stripe.com/privacy"));

        // The user's fields win, each on its own.
        let r = recipient(
            "{use: stripe, id: pay, name: Stripe, role: processor, country: [IE], notice_url: https://example.test/}",
        );
        assert_eq!(
            (r.id.as_str(), r.name.as_ref().map(Text::quoted), r.role),
            ("pay", Some("Stripe"), Some(RecipientRole::Processor))
        );
        assert_eq!(r.notice_url.as_deref(), Some("https://example.test/"));
        // A country given without the catalogue's United States drops that leg's entry.
        assert_eq!(legs(&r), Vec::<String>::new());
        // A place of processing and a sub-processor's country, each once (Microsoft 365).
        let r = recipient("use: microsoft-365");
        let codes: Vec<&str> = r.country.iter().flatten().map(String::as_str).collect();
        assert_eq!(codes, ["EU", "US"]);
        // The product is named beside the entity unless the entity's name says it.
        assert_eq!(
            recipient("use: mailchimp").name.as_ref().map(Text::quoted),
            Some("The Rocket Science Group LLC (Mailchimp)")
        );
    }

    #[test]
    fn transfer_entries_are_merged_with_the_catalogues() {
        // An entry without `country` gives its copy to the safeguards only, not to an
        // adequacy decision, and stays for any destination no entry names.
        let r = recipient("{use: shopify, transfer: {copy: \"mailto:p@x.example\"}}");
        assert_eq!(
            legs(&r),
            [
                "CA adequacy -",
                "AU scc mailto:p@x.example",
                "IN scc mailto:p@x.example",
                "JP scc mailto:p@x.example",
                "SG scc mailto:p@x.example",
                "* - mailto:p@x.example",
            ]
        );
        // An entry naming a country corrects the catalogue's for it; one for a country the
        // catalogue does not have is added.
        let r = recipient(
            "{use: stripe, country: [IE, US, CH], transfer: [{country: us, mechanism: scc, copy: \"mailto:p@x.example\"}, {country: CH, mechanism: adequacy}]}",
        );
        assert_eq!(legs(&r), ["US scc mailto:p@x.example", "CH adequacy -"]);
    }

    #[test]
    fn a_tracker_entry_becomes_the_services_cookies() {
        let yaml = "recipients:\n  - {id: ga, use: google-analytics-4}\ncookies:\n  trackers:\n    - {name: own, essential: true}\n    - {use: google-analytics-4, duration: 13 months}\n    - {use: matomo-cloud, name: _pk_ses}\n";
        let l = resolved(yaml).unwrap();
        let t = &l.declaration.cookies.as_ref().unwrap().trackers;
        let names: Vec<&str> = t.iter().map(|t| t.name.as_str()).collect();
        assert_eq!(names, ["own", "_ga", "_ga_<container-id>", "_pk_ses"]);
        assert_eq!(t[1].duration.unwrap().to_string(), "13 months");
        assert_eq!(t[3].duration.unwrap().to_string(), "30 minutes");
        assert_eq!(t[1].recipient.as_deref(), Some("ga"));
        // No recipient uses Matomo: none is linked.
        assert_eq!(t[3].recipient, None);
        assert_eq!(
            t[2].provider.as_deref(),
            Some("Google Ireland Limited (Google Analytics 4)")
        );
        assert!(!t[1].essential && t[0].essential);
        // Where each comes from in the file.
        let o = &l.origins;
        assert_eq!(
            o.source_path("cookies.trackers[0].name"),
            "cookies.trackers[0].name"
        );
        assert_eq!(
            o.source_path("cookies.trackers[2].duration"),
            "cookies.trackers[1].duration"
        );
        assert_eq!(o.source_path("cookies.trackers[3]"), "cookies.trackers[2]");
        assert_eq!(
            o.source_path("cookies.trackers[30]"),
            "cookies.trackers[30]"
        );
    }

    #[test]
    fn a_declaration_without_use_comes_out_as_it_went_in() {
        let yaml = "recipients:\n  - {id: h, name: Nordhost BV, country: NL}\ncookies:\n  trackers:\n    - {name: a}\n";
        let before = parse(
            PathBuf::from("t.yaml"),
            format!("notice: {{id: t, languages: [en]}}\n{yaml}"),
        )
        .unwrap();
        let text = serde_json::to_string(&before.declaration).unwrap();
        let after = resolve(before, &builtin()).unwrap();
        assert_eq!(serde_json::to_string(&after.declaration).unwrap(), text);
        assert_eq!(
            after.origins.source_path("cookies.trackers[0]"),
            "cookies.trackers[0]"
        );
    }

    #[test]
    fn an_unknown_service_is_refused_with_the_closest_ids() {
        let e = resolved("recipients:\n  - use: strpe\n").unwrap_err();
        assert_eq!(
            e.message,
            "recipients[0].use: the catalogue has no service `strpe`"
        );
        assert!(e.help.unwrap().starts_with("did you mean `stripe`?"));
        let e = resolved("recipients:\n  - use: analytics\n").unwrap_err();
        let help = e.help.unwrap();
        assert!(
            help.contains("`google-analytics-4`") && help.contains("`plausible`"),
            "{help}"
        );
    }
}
