//! Plain-text listings of the reference data for `notice reference`, with sources and dates,
//! so that users can see what the binary knows and report a stale fact.

use std::fmt::Write;

use super::{AuthorityInfo, ENGLISH, Links, Provenance, Reference, Sector, UnknownCode};
use super::{Service, UnknownService};
use crate::declaration::name_of;

fn provenance(out: &mut String, p: &dyn Provenance) {
    provenance_at(out, "    ", p);
}

/// The provenance lines of an entry, indented under it.
fn provenance_at(out: &mut String, indent: &str, p: &dyn Provenance) {
    let status = if p.verified() {
        "verified"
    } else {
        "UNVERIFIED"
    };
    let _ = writeln!(out, "{indent}source: {}", p.source());
    let _ = writeln!(out, "{indent}as of {} ({status})", p.as_of());
    if let Some(note) = p.note() {
        let _ = writeln!(out, "{indent}note: {note}");
    }
}

/// Every name of an entry, native languages first, then those of the data, each once.
fn names(r: &Reference, map: &super::Localized, native: &[String]) -> String {
    let mut seen: Vec<&str> = Vec::new();
    let order = native
        .iter()
        .map(String::as_str)
        .chain(r.languages())
        .chain(map.keys().map(String::as_str));
    for lang in order {
        if let Some(n) = map.get(lang)
            && !seen.contains(&n.as_str())
        {
            seen.push(n);
        }
    }
    seen.join(" / ")
}

/// Contact lines shared by national and other authorities, indented by `indent`.
fn contact(out: &mut String, indent: &str, a: &dyn AuthorityInfo, links: &Links) {
    if let Some(addr) = a.address(ENGLISH) {
        let _ = writeln!(out, "{indent}address: {}", addr.replace('\n', ", "));
    }
    for (label, v) in [("phone", a.phone()), ("email", a.email())] {
        if let Some(v) = v {
            let _ = writeln!(out, "{indent}{label}: {v}");
        }
    }
    let _ = writeln!(out, "{indent}website: {}", a.website(ENGLISH));
    // Each complaint page has its own source: they are found one language at a time.
    for (lang, link) in links {
        let _ = writeln!(out, "{indent}complaints ({lang}): {}", link.url());
        provenance_at(out, &format!("{indent}  "), link);
    }
}

/// `notice reference authorities [COUNTRY]`: one line per authority, or every detail of one
/// with the other authorities of its state.
pub fn authorities(r: &Reference, country: Option<&str>) -> Result<String, UnknownCode> {
    let mut out = String::new();
    let Some(country) = country else {
        for a in r.authorities() {
            let _ = writeln!(
                out,
                "{}  {}",
                a.country(),
                names(r, a.names(), a.native_languages())
            );
            let _ = writeln!(out, "    website: {}", a.website(ENGLISH));
            provenance(&mut out, a);
        }
        let _ = writeln!(
            out,
            "\n{} authorities; `notice reference authorities CODE` shows one in full, with the other authorities of its state.",
            r.authorities().len()
        );
        return Ok(out);
    };
    let a = r.authority(country)?;
    let _ = writeln!(
        out,
        "{}  {}",
        a.country(),
        names(r, a.names(), a.native_languages())
    );
    for lang in r.languages() {
        let official = if a.has_name_in(lang) {
            ""
        } else {
            " (no official name: native name used)"
        };
        let _ = writeln!(out, "    {lang}: {}{official}", a.name(lang));
    }
    if let Some(form) = a.contact_form() {
        let _ = writeln!(out, "    contact form: {form}");
    }
    contact(&mut out, "    ", a, a.complaint_links());
    for f in a.former_names() {
        let _ = writeln!(
            out,
            "    former: {}{}",
            names(r, f.names(), a.native_languages()),
            f.replaced_on()
                .map(|d| format!(" (replaced on {d})"))
                .unwrap_or_default()
        );
    }
    provenance(&mut out, a);
    if !a.others().is_empty() {
        let _ = writeln!(
            out,
            "\nOther authorities (`supervisory_authority: {{country: {0}, authority: ID}}`, or `{{country: {0}, region: CODE}}` for a regional one)",
            a.country()
        );
    }
    for o in a.others() {
        let _ = writeln!(
            out,
            "\n{}  {}",
            o.id(),
            names(r, o.names(), o.native_languages())
        );
        let mut remit = Vec::new();
        if let Some(region) = o.region() {
            remit.push(format!("region {region}"));
        }
        if o.sector() != Sector::All {
            remit.push(format!("{} sector", o.sector().as_str()));
        }
        if let Some(scope) = o.scope() {
            remit.push(format!("scope {}", scope.as_str()));
        }
        if !remit.is_empty() {
            let _ = writeln!(out, "    {}", remit.join(", "));
        }
        if let Some(c) = o.competence(ENGLISH) {
            let _ = writeln!(out, "    competent for: {c}");
        }
        if let Some(act) = o.established_by() {
            let _ = writeln!(out, "    established by: {act}");
        }
        contact(&mut out, "    ", o, o.complaint_links());
        provenance(&mut out, o);
    }
    Ok(out)
}

/// `notice reference adequacy`: decisions in force and mechanisms struck down.
pub fn adequacy(r: &Reference) -> String {
    let mut out = String::from("Adequacy decisions (GDPR Art. 45)\n\n");
    for a in r.adequacy_decisions() {
        let _ = writeln!(
            out,
            "{}  {}: {}",
            a.country(),
            a.english_name(),
            a.decision()
        );
        if let Ok(Some(scope)) = a.scope_description(ENGLISH) {
            let _ = writeln!(out, "    only: {scope}");
        }
        if let Some(c) = a.requires_certification() {
            let _ = writeln!(
                out,
                "    the recipient must be certified: mechanism `{}`",
                c.mechanism().id()
            );
        }
        if let Some(u) = a.valid_until() {
            let _ = writeln!(out, "    valid until {u}");
        }
        provenance(&mut out, a);
    }
    out.push_str("\nNo longer valid (judgments of the Court of Justice)\n\n");
    for i in r.invalidated_mechanisms() {
        let _ = writeln!(out, "{}  {}: {}", i.id(), i.english_name(), i.decision());
        let _ = writeln!(
            out,
            "    struck down on {}: {}",
            i.judgment_date(),
            i.judgment()
        );
        provenance(&mut out, i);
    }
    out
}

/// `notice reference safeguards`: the mechanism ids a declaration can name.
pub fn safeguards(r: &Reference) -> String {
    let mut out = String::from("Transfer mechanisms (`recipients[].transfer.mechanism`)\n\n");
    for s in r.mechanisms() {
        let _ = writeln!(
            out,
            "{}  Art. {}: {}",
            s.id(),
            s.article(),
            s.english_name()
        );
        if let Some(d) = s.decision() {
            let _ = writeln!(out, "    decision: {d}");
        }
        provenance(&mut out, s);
    }
    out
}

/// The retention limits of the sector rules (N950), per country and activity.
pub fn sector(r: &Reference) -> String {
    let mut out = String::from(
        "Retention limits national law sets for a purpose's `activity` (N950), by the controller's country\n\n",
    );
    for l in r.retention_limits() {
        let _ = writeln!(
            out,
            "{} {}  {}",
            l.country(),
            name_of(&l.activity()),
            l.describe()
        );
        let _ = writeln!(out, "    act: {}", l.act());
        if let Some(beyond) = l.beyond() {
            let _ = writeln!(out, "    longer: {beyond}");
        }
        provenance(&mut out, l);
    }
    out
}

/// The destinations of a service and the mechanism of each transfer leg, as one cell:
/// `US dpf (or scc)`, `CA adequacy, AU scc`; `-` for none.
fn legs(s: &Service) -> String {
    let legs: Vec<String> = s
        .transfers()
        .iter()
        .map(|t| {
            let fallback = t
                .fallback()
                .map(|f| format!(" (or {})", f.id()))
                .unwrap_or_default();
            format!("{} {}{fallback}", t.country(), t.mechanism().id())
        })
        .collect();
    if legs.is_empty() {
        "-".to_owned()
    } else {
        legs.join(", ")
    }
}

/// `notice reference services [ID]`: the catalogue by kind of service, one line per entry
/// with its id, role, destinations, transfer legs, whether it is verified and its as-of date,
/// then its entity as a notice names it; with counts at the end. Or one entry in full.
pub fn services(r: &Reference, id: Option<&str>) -> Result<String, UnknownService> {
    if let Some(id) = id {
        return r.service(id).map(|s| service(r, s));
    }
    let mut all: Vec<&Service> = r.services().iter().collect();
    // By kind, in the order of the data's list of kinds, then by id: the same every run.
    all.sort_by(|a, b| (a.kind(), a.id()).cmp(&(b.kind(), b.id())));
    let rows: Vec<[String; 7]> = all
        .iter()
        .map(|s| {
            [
                s.id().to_owned(),
                name_of(&s.role()),
                s.destinations().join(" "),
                legs(s),
                if s.verified() {
                    "verified"
                } else {
                    "unverified"
                }
                .to_owned(),
                s.as_of().to_string(),
                s.display_name(),
            ]
        })
        .collect();
    let header = [
        "ID",
        "ROLE",
        "COUNTRIES",
        "TRANSFERS",
        "CHECKED",
        "AS OF",
        "IN A NOTICE",
    ];
    let width: Vec<usize> = (0..7)
        .map(|c| {
            rows.iter()
                .map(|r| r[c].chars().count())
                .chain([header[c].len()])
                .max()
                .unwrap_or(0)
        })
        .collect();
    let line = |cells: &[&str]| {
        let mut l = String::from("  ");
        for (c, cell) in cells.iter().enumerate() {
            l.push_str(cell);
            if c + 1 < cells.len() {
                let pad = width[c] + 2 - cell.chars().count();
                l.push_str(&" ".repeat(pad));
            }
        }
        l
    };
    let mut out = String::from(
        "Catalogue of services (`use: ID` in `recipients` and `cookies.trackers`)\n\n",
    );
    let _ = writeln!(out, "{}", line(&header));
    let mut kind = None;
    for (s, row) in all.iter().zip(&rows) {
        if kind != Some(s.kind()) {
            kind = Some(s.kind());
            let _ = writeln!(out, "{}", name_of(&s.kind()));
        }
        let cells: Vec<&str> = row.iter().map(String::as_str).collect();
        let _ = writeln!(out, "{}", line(&cells));
    }
    let verified = all.iter().filter(|s| s.verified()).count();
    let with_trackers = all
        .iter()
        .filter(|s| s.trackers().is_some_and(|t| !t.is_empty()))
        .count();
    let _ = writeln!(
        out,
        "\n{} services, {verified} verified ({}%), {with_trackers} with trackers.",
        all.len(),
        (verified * 100 + all.len() / 2) / all.len().max(1)
    );
    let mut count = |what: &str, names: Vec<String>| {
        let mut seen: Vec<(String, usize)> = Vec::new();
        for n in names {
            match seen.iter_mut().find(|(k, _)| *k == n) {
                Some((_, c)) => *c += 1,
                None => seen.push((n, 1)),
            }
        }
        let parts: Vec<String> = seen.iter().map(|(k, c)| format!("{k} {c}")).collect();
        let _ = writeln!(out, "By {what}: {}.", parts.join(", "));
    };
    count("role", all.iter().map(|s| name_of(&s.role())).collect());
    count("kind", all.iter().map(|s| name_of(&s.kind())).collect());
    out.push_str("`notice reference services ID` shows one in full, with its sources and what is unconfirmed.\n");
    Ok(out)
}

/// Every fact of one catalogue entry, with its sources.
fn service(r: &Reference, s: &Service) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{}  {}", s.id(), s.name());
    let _ = writeln!(out, "    kind: {}", name_of(&s.kind()));
    let _ = writeln!(out, "    entity: {} ({})", s.entity(), s.entity_country());
    let _ = writeln!(out, "    in a notice: {}", s.display_name());
    let _ = writeln!(out, "    role: {}", name_of(&s.role()));
    for lang in r.languages() {
        if let Ok(Some(note)) = s.role_note(lang) {
            let _ = writeln!(out, "      why ({lang}): {note}");
        }
    }
    let _ = writeln!(out, "    processing: {}", s.processing().join(", "));
    for t in s.transfers() {
        let mut line = format!("    transfer to {}: {}", t.country(), t.mechanism().id());
        if let Some(date) = t.dpf_certified_as_of() {
            line.push_str(&format!(" (certification stated on {date})"));
        }
        if let Some(f) = t.fallback() {
            line.push_str(&format!(", fallback {}", f.id()));
        }
        let _ = writeln!(out, "{line}");
    }
    if s.transfers().is_empty() {
        let _ = writeln!(out, "    transfers: none known");
    }
    if let Some(url) = s.notice_url() {
        let _ = writeln!(out, "    privacy notice: {url}");
    }
    if let Some(url) = s.dpa_url() {
        let _ = writeln!(out, "    processing terms: {url}");
    }
    let _ = writeln!(out, "    description:");
    for lang in r.languages() {
        if let Some(d) = s.descriptions().get(lang) {
            let _ = writeln!(out, "      {lang}: {d}");
        }
    }
    match s.trackers() {
        None => {
            let _ = writeln!(out, "    trackers: not listed");
        }
        Some([]) => {
            let _ = writeln!(out, "    trackers: none (the provider states it sets none)");
        }
        Some(trackers) => {
            let _ = writeln!(out, "    trackers:");
            for t in trackers {
                let consent = if t.essential() {
                    "strictly necessary"
                } else {
                    "needs consent"
                };
                let _ = writeln!(out, "      {}  {}  {consent}", t.name(), t.duration());
                for lang in r.languages() {
                    if let Some(p) = t.purposes().get(lang) {
                        let _ = writeln!(out, "        {lang}: {p}");
                    }
                }
            }
        }
    }
    if !s.unconfirmed().is_empty() {
        let _ = writeln!(out, "    unconfirmed: {}", s.unconfirmed().join(", "));
    }
    provenance(&mut out, s);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::reference::tests::builtin;

    #[test]
    fn lists_thirty_authorities_with_sources() {
        let r = builtin();
        let text = authorities(&r, None).unwrap();
        assert!(text.contains("\n30 authorities;"), "{text}");
        assert_eq!(text.matches("    source: ").count(), 30);
        let be = authorities(&r, Some("be")).unwrap();
        assert!(
            be.contains("fr: Autorité de protection des données"),
            "{be}"
        );
        assert!(
            be.contains("former: ") && be.contains("Commission de la protection de la vie privée"),
            "{be}"
        );
        assert!(authorities(&r, Some("US")).is_err());
    }

    #[test]
    fn lists_adequacy_and_invalidated_mechanisms() {
        let r = builtin();
        let text = adequacy(&r);
        assert!(text.contains("US  United States"), "{text}");
        assert!(text.contains("mechanism `dpf`"), "{text}");
        assert!(
            text.contains("privacy_shield") && text.contains("C-311/18"),
            "{text}"
        );
        assert!(safeguards(&r).contains("scc  Art. 46(2)(c)"));
    }
}
