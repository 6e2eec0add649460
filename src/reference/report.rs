//! Plain-text listings of the reference data for `notice reference`, with sources and dates,
//! so that users can see what the binary knows and report a stale fact.

use std::fmt::Write;

use super::{AuthorityInfo, ENGLISH, Links, Provenance, Reference, Sector, UnknownCode};

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
