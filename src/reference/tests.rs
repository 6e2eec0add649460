//! Unit tests of the embedded reference data and its lookup API. They parse the real
//! embedded files, so an edit that breaks the YAML or its invariants fails here.

use std::sync::{Arc, OnceLock};

use super::*;

/// The built-in data, parsed once for every unit test of the crate that needs them.
pub(crate) fn builtin() -> Arc<Reference> {
    static BUILTIN: OnceLock<Arc<Reference>> = OnceLock::new();
    let r =
        BUILTIN.get_or_init(|| Arc::new(Reference::builtin().unwrap_or_else(|e| panic!("{e}"))));
    Arc::clone(r)
}

/// The date the data were last checked; no entry may claim a later `as_of`.
fn checked_on() -> Date {
    Date::new(2026, 12, 2).unwrap()
}

const EEA: [&str; 30] = [
    "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE", "IT",
    "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK", "IS", "LI", "NO",
];

#[test]
fn embedded_data_parses_and_validates() {
    let r = Reference::from_sources(Sources::BUILTIN);
    let r = r.unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(r.authorities().len(), 30);
    assert!(r.countries().len() >= 249, "{}", r.countries().len());
}

#[test]
fn every_eea_state_has_an_authority_named_in_every_language_of_the_data() {
    let r = builtin();
    assert_eq!(r.languages().collect::<Vec<_>>(), ["fr", "nl", "en", "de"]);
    for code in EEA {
        let a = r.authority(code).unwrap();
        assert_eq!(a.country(), code);
        for lang in r.languages() {
            assert!(!a.name(lang).trim().is_empty(), "{code} {lang}");
            assert!(!a.website(lang).is_empty(), "{code} {lang}");
        }
        assert!(r.country(code).unwrap().is_eea(), "{code}");
    }
}

#[test]
fn names_fall_back_to_the_native_language_only_when_missing() {
    let r = builtin();
    let be = r.authority("BE").unwrap();
    assert_eq!(be.name("fr"), "Autorité de protection des données");
    assert_eq!(be.name("nl"), "Gegevensbeschermingsautoriteit");
    assert_eq!(be.abbreviation("fr"), Some("APD"));
    assert_eq!(be.abbreviation("nl"), Some("GBA"));
    assert!(be.address("nl").unwrap().starts_with("Drukpersstraat 35"));
    assert!(be.address("fr").unwrap().starts_with("Rue de la Presse 35"));
    let cnil = r.authority("FR").unwrap();
    assert!(!cnil.has_name_in("nl"));
    assert_eq!(
        cnil.name("nl"),
        "Commission nationale de l'informatique et des libertés"
    );
    assert_eq!(cnil.abbreviation("nl"), Some("CNIL"));
    // An address is printed as published, never translated.
    assert_eq!(
        r.authority("NL").unwrap().address("fr").unwrap(),
        "Postbus 93374\n2509 AJ Den Haag"
    );
}

#[test]
fn every_entry_has_a_source_and_a_past_as_of() {
    let r = builtin();
    let entries = r.entries();
    assert!(entries.len() > 249 + 30 + 17 + 18);
    for (label, e) in entries {
        assert!(!e.source().trim().is_empty(), "{label}: empty source");
        assert!(
            e.as_of() <= checked_on(),
            "{label}: as_of {} in the future",
            e.as_of()
        );
        if !e.verified() {
            // An unverified entry must say what is unconfirmed, except country rows,
            // which share the file-level source.
            assert!(
                e.note().is_some() || label.starts_with("country"),
                "{label}: no note"
            );
        }
    }
    assert!(r.oldest_as_of() <= checked_on());
}

#[test]
fn country_entries_inherit_the_file_defaults() {
    let r = builtin();
    let be = r.country("BE").unwrap();
    assert!(be.source().contains("CLDR"));
    // The file-level default date of countries.yaml, which this change did not re-check.
    assert_eq!(be.as_of(), Date::new(2026, 11, 23).unwrap());
    assert!(be.verified());
    let re = r.country("RE").unwrap();
    assert!(!re.verified(), "per-entry override lost");
    assert!(re.inside_eea() && !re.is_eea() && re.part_of() == Some("FR"));
}

#[test]
fn country_names_are_cldr_names() {
    let r = builtin();
    let us = r.country("US").unwrap();
    assert_eq!(
        (us.name("fr"), us.name("nl"), us.name("en")),
        (
            Ok("États-Unis"),
            Ok("Verenigde Staten"),
            Ok("United States")
        )
    );
    let be = r.country("BE").unwrap();
    assert_eq!(
        (be.name("fr"), be.name("nl")),
        (Ok("Belgique"), Ok("België"))
    );
    assert_eq!(r.countries().iter().filter(|c| c.is_eu()).count(), 27);
    assert_eq!(r.countries().iter().filter(|c| c.is_eea()).count(), 30);
    assert!(!r.country("CH").unwrap().is_eea());
}

#[test]
fn lookups_are_case_insensitive() {
    let r = builtin();
    for code in ["be", "Be", "BE", " be "] {
        assert_eq!(r.authority(code).unwrap().country(), "BE");
        assert_eq!(r.country(code).unwrap().code(), "BE");
        assert_eq!(r.destination(code).unwrap().code(), "BE");
    }
    let ch = r.destination("ch").unwrap().adequacy().unwrap();
    assert_eq!(ch.country(), "CH");
    assert_eq!(r.destination(" epo ").unwrap().code(), "EPO");
    assert_eq!(
        r.regional_authority("de", "by").unwrap().abbreviation("de"),
        Some("BayLDA")
    );
    assert_eq!(
        r.mechanism(" SCC ").unwrap().mechanism(),
        Mechanism::Safeguard(Art46Kind::Scc)
    );
    assert!(r.invalidated("Privacy_Shield").is_some());
    assert!(matches!(
        r.mechanism("Privacy_Shield"),
        Err(MechanismError::Invalidated(_))
    ));
}

#[test]
fn unknown_codes_are_reported_with_the_code() {
    let r = builtin();
    let e = r.country("XX").unwrap_err();
    assert_eq!(
        e.to_string(),
        r#"unknown country code "XX": expected an ISO 3166-1 alpha-2 code such as BE, FR, NL"#
    );
    assert_eq!(e.code(), "XX");
    assert!(
        r.authority("xx")
            .unwrap_err()
            .to_string()
            .contains(r#""xx""#)
    );
    assert!(
        r.authority("EL")
            .unwrap_err()
            .to_string()
            .contains("for Greece use GR")
    );
    let not_member = r.authority("US").unwrap_err();
    assert!(not_member.is_not_eea_member());
    assert_eq!(
        not_member.to_string(),
        r#""US" is not an EU/EEA member state: no supervisory authority under the GDPR"#
    );
    let as_error: &dyn std::error::Error = &not_member;
    assert!(as_error.source().is_none());
}

#[test]
fn regional_authorities() {
    let r = builtin();
    let de = r.authority("DE").unwrap();
    let mut lands: Vec<&str> = de.others().iter().filter_map(|x| x.region()).collect();
    lands.dedup();
    assert_eq!(lands.len(), 16);
    let lfd = r
        .regional_authority_for("DE", "BY", Sector::Public)
        .unwrap();
    assert_eq!(lfd.abbreviation("fr"), Some("BayLfD"));
    assert_eq!(
        r.regional_authority("DE", "NW").unwrap().sector(),
        Sector::All
    );
    let e = r.regional_authority("ES", "CT").unwrap_err().to_string();
    assert!(
        e.contains("private sector") && e.contains("national authority"),
        "{e}"
    );
    assert!(r.regional_authority_for("ES", "CT", Sector::Public).is_ok());
    let e = r.regional_authority("DE", "XX").unwrap_err().to_string();
    assert!(e.contains(r#""XX""#) && e.contains("BW"), "{e}");
    assert!(
        r.regional_authority("FR", "IDF")
            .unwrap_err()
            .to_string()
            .contains("no regional")
    );
    assert!(
        r.regional_authority("US", "CA")
            .unwrap_err()
            .is_not_eea_member()
    );
}

#[test]
fn other_authorities_are_selected_by_id_or_region() {
    let r = builtin();
    let vtc = r.select("be", None, Some(" VTC ")).unwrap();
    assert_eq!(vtc.national().country(), "BE");
    let vtc = vtc.other().unwrap();
    assert_eq!(
        vtc.name("nl"),
        "Vlaamse Toezichtcommissie voor de verwerking van persoonsgegevens"
    );
    assert_eq!(
        vtc.name("fr"),
        "Commission de contrôle flamande du traitement des données à caractère personnel"
    );
    // No official English name: the Dutch one is printed, never another language's abbreviation.
    assert_eq!(vtc.name("en"), vtc.name("nl"));
    assert_eq!(vtc.abbreviation_in("en"), None);
    assert_eq!(vtc.scope(), Some(AuthorityScope::FlemishPublicBodies));
    assert_eq!((vtc.region(), vtc.sector()), (Some("VLG"), Sector::Public));
    assert!(vtc.established_by().unwrap().contains("e-govdecreet"));
    for lang in ["nl", "fr", "en"] {
        assert!(vtc.competence(lang).unwrap().len() > 20, "{lang}");
    }
    assert!(
        vtc.complaint_url("fr")
            .unwrap()
            .ends_with("/klachtenprocedure-vtc")
    );
    let be = r.authority("BE").unwrap();
    assert_eq!(
        be.other_with_scope(AuthorityScope::FlemishPublicBodies)
            .map(|o| o.id()),
        Some("vtc")
    );
    assert_eq!(
        be.other_with_scope(AuthorityScope::Police).map(|o| o.id()),
        Some("coc")
    );
    let coc = be.other("coc").unwrap();
    assert_eq!(
        coc.name("fr"),
        "Organe de contrôle de l'information policière"
    );
    assert_eq!(coc.website("fr"), "https://www.organedecontrole.be");
    assert_eq!(coc.website("nl"), "https://www.controleorgaan.be");
    assert!(matches!(
        r.select("BE", None, None).unwrap(),
        Selected::National(a) if a.country() == "BE"
    ));
    // A region picks the authority of that region for the private sector, as before.
    let by = r.select("DE", Some("by"), None).unwrap().other().unwrap();
    assert_eq!(by.id(), "by-private");
    assert_eq!(
        r.select("DE", None, Some("ekd")).unwrap().info().name("fr"),
        "Der Beauftragte für den Datenschutz der EKD"
    );

    let e = r.select("BE", None, Some("vtx")).unwrap_err();
    assert_eq!(e.field(), "authority");
    assert_eq!(
        e.to_string(),
        r#"unknown authority "vtx" for BE: expected one of vtc, coc, comite-i (or no `authority` for the national authority)"#
    );
    let e = r.select("NL", None, Some("vtc")).unwrap_err().to_string();
    assert!(
        e.contains("no authority for NL beside the national one"),
        "{e}"
    );
    let e = r.select("BE", Some("VLG"), Some("vtc")).unwrap_err();
    assert_eq!(e.field(), "authority");
    let e = r.select("BE", Some("VLG"), None).unwrap_err();
    assert_eq!(e.field(), "region");
    assert!(e.to_string().contains("national authority is competent"));
    assert!(
        r.regional_authority_for("BE", "VLG", Sector::Public)
            .is_ok()
    );
    let e = r.select("XX", None, Some("vtc")).unwrap_err();
    assert_eq!(e.field(), "country");
}

#[test]
fn belgian_complaint_pages_are_the_current_ones_each_with_its_source() {
    let r = builtin();
    let be = r.authority("BE").unwrap();
    let links = be.complaint_links();
    let url = |lang: &str| links[lang].url();
    assert_eq!(
        url("nl"),
        "https://www.gegevensbeschermingsautoriteit.be/burger/acties/klacht-indienen"
    );
    assert_eq!(
        url("fr"),
        "https://www.autoriteprotectiondonnees.be/citoyen/agir/introduire-une-plainte"
    );
    assert_eq!(
        url("de"),
        "https://datenschutzbehorde.be/zivilist/aktionen/beschwerde-einreichen"
    );
    assert_eq!(
        url("en"),
        "https://www.dataprotectionauthority.be/citizen/actions/lodge-a-complaint"
    );
    for lang in ["nl", "fr", "de"] {
        // Confirmed on the authority's own page, which the source names.
        assert!(links[lang].verified(), "{lang}");
        assert!(links[lang].source().starts_with(url(lang)), "{lang}");
    }
    // Only seen in other organisations' notices: kept, but flagged and explained.
    assert!(!links["en"].verified() && links["en"].note().is_some());
    for old in ["verzoek-klacht-indienen", "submit-request-or-complaint"] {
        assert!(links.values().all(|l| !l.url().contains(old)), "{old}");
    }
    assert_eq!(be.complaint_url("de"), Some(url("de")));
}

#[test]
fn every_complaint_page_has_its_own_dated_source() {
    let r = builtin();
    let mut seen = 0;
    for a in r.authorities() {
        let all = std::iter::once(a.complaint_links())
            .chain(a.others().iter().map(|o| o.complaint_links()));
        for (lang, link) in all.flat_map(|l| l.iter()) {
            seen += 1;
            let who = format!("{} {lang}", a.country());
            assert!(link.url().starts_with("https://"), "{who}");
            assert!(!link.source().trim().is_empty(), "{who}");
            assert!(link.as_of() <= checked_on(), "{who}");
            assert!(link.verified() || link.note().is_some(), "{who}");
        }
    }
    assert!(seen >= 10, "{seen}");
    // Each link is also a provenance entry of its own.
    let entries = r.entries();
    assert!(
        entries
            .iter()
            .any(|(label, _)| label == "authority BE complaint page (en)")
    );
}

#[test]
fn adequacy_decisions() {
    let r = builtin();
    let decision = |code: &str| r.destination(code).unwrap().adequacy();
    let us = decision("US").unwrap();
    assert_eq!(us.requires_certification(), Some(Certification::Dpf));
    assert_eq!(us.scope(), Scope::Limited);
    assert!(us.decision().contains("2023/1795"));
    assert!(
        us.scope_description("nl")
            .unwrap()
            .unwrap()
            .contains("Data Privacy Framework")
    );
    assert!(r.mechanism(Certification::Dpf.mechanism().id()).is_ok());
    assert!(decision("CN").is_none());
    assert!(
        decision("BE").is_none(),
        "EEA states need no adequacy decision"
    );
    let ca = decision("CA").unwrap();
    assert!(
        ca.scope_description("fr")
            .unwrap()
            .unwrap()
            .contains("PIPEDA")
    );
    assert_eq!(decision("CH").unwrap().scope_description("fr"), Ok(None));
    let gb = decision("GB").unwrap();
    assert_eq!(gb.renewed(), Date::new(2025, 12, 19).ok());
    assert_eq!(gb.valid_until(), Date::new(2031, 12, 27).ok());
    assert_eq!(
        decision("JP").unwrap().adopted(),
        Date::new(2019, 1, 23).unwrap()
    );
    let epo = decision("EPO").unwrap();
    assert_eq!(epo.kind(), BeneficiaryKind::InternationalOrganisation);
    assert_eq!(epo.english_name(), "European Patent Organisation");
    assert_eq!(decision("AR").unwrap().name("nl"), Ok("Argentinië"));
    // Every body listed in requirements.md §4 is present and in force.
    for code in [
        "AD", "AR", "CA", "FO", "GG", "IL", "IM", "JP", "JE", "NZ", "KR", "CH", "GB", "US", "UY",
        "EPO", "BR",
    ] {
        assert!(decision(code).is_some(), "{code}");
    }
    assert_eq!(r.adequacy_decisions().len(), 17);
}

/// A destination answers where it is and which decision covers it, whatever its kind: an
/// international organisation is a destination like a country.
#[test]
fn destinations_answer_for_countries_territories_and_organisations() {
    let r = builtin();
    let at = |code: &str| r.destination(code).unwrap();
    assert!(at("BE").in_eea() && at("NO").in_eea());
    // Réunion is outside the EEA's member list but part of France's EU territory.
    assert!(at("RE").in_eea() && at("RE").adequacy().is_none());
    assert!(!at("CH").in_eea() && at("CH").adequacy().is_some());
    assert!(!at("CN").in_eea() && at("CN").adequacy().is_none());
    let epo = at("EPO");
    assert!(!epo.in_eea() && epo.adequacy().is_some());
    assert_eq!(epo.kind(), DestinationKind::InternationalOrganisation);
    assert_eq!(epo.name("fr"), Ok("Organisation européenne des brevets"));
    assert_eq!(at("US").kind(), DestinationKind::Country);
    assert_eq!(at("US").name("nl"), Ok("Verenigde Staten"));
    assert_eq!(r.destination("XX").unwrap_err().code(), "XX");
    // Every destination is listed once: the countries, the organisations, then the regions.
    let all: Vec<&str> = r.destinations().map(|d| d.code()).collect();
    assert_eq!(all.len(), r.countries().len() + 1 + 3);
    assert_eq!(
        all[all.len() - 4..],
        ["EPO", "EU", "EEA", "outside_eea_unspecified"]
    );
}

/// A region named instead of countries answers the same questions: the EU and the EEA are
/// inside, unspecified countries outside the EEA are not, and no adequacy decision covers a
/// region, whatever a country of it might have.
#[test]
fn regions_answer_as_destinations() {
    let r = builtin();
    let at = |code: &str| r.destination(code).unwrap();
    for code in ["EU", "eu", " EEA "] {
        let d = at(code);
        assert!(d.in_eea() && d.adequacy().is_none(), "{code}");
        assert_eq!(d.kind(), DestinationKind::Region);
    }
    let out = at("OUTSIDE_EEA_UNSPECIFIED");
    assert_eq!(out.region(), Some(Region::OutsideEeaUnspecified));
    assert!(!out.in_eea() && out.adequacy().is_none());
    assert_eq!(out.code(), "outside_eea_unspecified");
    assert_eq!(at("EU").name("fr"), Ok("Union européenne"));
    assert_eq!(at("EEA").name("nl"), Ok("Europese Economische Ruimte"));
    assert_eq!(out.name("en"), Ok("unspecified countries outside the EEA"));
    assert!(matches!(r.route(Some("EEA"), None), Route::WithinEea(_)));
    assert!(matches!(
        r.route(Some("outside_eea_unspecified"), None),
        Route::Transfer(_, Err(Gap::Missing))
    ));
    assert!(matches!(
        r.route(Some("outside_eea_unspecified"), Some("adequacy")),
        Route::Transfer(_, Err(Gap::NoDecision))
    ));
    assert!(matches!(
        r.route(Some("outside_eea_unspecified"), Some("dpf")),
        Route::Transfer(_, Err(Gap::NotCertifiable(Certification::Dpf)))
    ));
    assert!(matches!(
        r.route(Some("outside_eea_unspecified"), Some("scc")),
        Route::Transfer(_, Ok(_))
    ));
    // A region is a destination, not a country: an establishment is in a country.
    assert!(r.country("EU").is_err());
    let e = r.destination("Europe").unwrap_err().to_string();
    assert!(
        e.contains("or a region: EU, EEA, outside_eea_unspecified"),
        "{e}"
    );
}

#[test]
fn invalidated_mechanisms() {
    let r = builtin();
    let ps = r.invalidated("privacy_shield").unwrap();
    assert!(ps.judgment().contains("C-311/18"));
    assert_eq!(ps.judgment_date(), Date::new(2020, 7, 16).unwrap());
    assert!(ps.decision().contains("2016/1250"));
    assert_eq!(ps.successor(), Some(Certification::Dpf.mechanism()));
    let sh = r.invalidated("safe_harbour").unwrap();
    assert!(sh.judgment().contains("C-362/14"));
    assert_eq!(sh.judgment_date(), Date::new(2015, 10, 6).unwrap());
    assert!(r.invalidated("dpf").is_none());
    assert_eq!(r.invalidated_mechanisms().len(), 2);
}

#[test]
fn mechanisms_cover_articles_45_46_47_49_each_with_its_wording() {
    let r = builtin();
    let ids: Vec<&str> = Mechanism::all().map(Mechanism::id).collect();
    assert_eq!(
        ids,
        [
            "adequacy",
            "dpf",
            "public_authority_instrument",
            "bcr",
            "scc",
            "sa_clauses",
            "code_of_conduct",
            "certification",
            "ad_hoc_clauses",
            "administrative_arrangement",
            "explicit_consent",
            "contract",
            "third_party_contract",
            "public_interest",
            "legal_claims",
            "vital_interests",
            "public_register",
            "compelling_legitimate_interests",
        ]
    );
    for m in Mechanism::all() {
        assert_eq!(Mechanism::from_id(m.id()), Some(m));
        let entry = r.mechanism(m.id()).unwrap();
        assert_eq!(entry.mechanism(), m);
        for lang in r.languages() {
            assert!(!entry.name(lang).unwrap().is_empty(), "{m:?} {lang}");
        }
    }
    assert_eq!(r.mechanisms().len(), ids.len());
    let scc = r.mechanism("scc").unwrap();
    assert_eq!(scc.article(), "46(2)(c)");
    assert!(scc.decision().unwrap().contains("2021/914"));
    assert_eq!(
        scc.name("fr"),
        Ok("clauses types de protection des données adoptées par la Commission")
    );
    assert!(matches!(r.mechanism("sccs"), Err(MechanismError::Unknown)));
}

/// What a notice must add for each mechanism follows from its family in the articles.
#[test]
fn what_each_mechanism_requires_follows_from_its_article() {
    let family = |m: Mechanism| {
        [
            m.is_adequacy(),
            m.certification().is_some(),
            m.has_copy(),
            m.requires_authorisation(),
            m.is_derogation(),
            m.needs_interests(),
        ]
    };
    let id = |s: &str| Mechanism::from_id(s).unwrap();
    let no = false;
    assert_eq!(family(id("adequacy")), [true, no, no, no, no, no]);
    assert_eq!(family(id("dpf")), [true, true, no, no, no, no]);
    assert_eq!(family(id("scc")), [no, no, true, no, no, no]);
    assert_eq!(family(id("bcr")), [no, no, true, no, no, no]);
    assert_eq!(family(id("ad_hoc_clauses")), [no, no, true, true, no, no]);
    assert_eq!(family(id("explicit_consent")), [no, no, no, no, true, no]);
    assert_eq!(
        family(id("compelling_legitimate_interests")),
        [no, no, no, no, true, true]
    );
}

/// The decision lint and the notice share: every combination of destination and mechanism
/// that matters, with the gap or the basis it gives.
#[test]
fn a_route_says_whether_data_leave_the_eea_and_on_which_basis() {
    let r = builtin();
    let basis = |code: &str, mechanism: Option<&str>| match r.route(Some(code), mechanism) {
        Route::Transfer(_, basis) => basis,
        other => panic!("{code}: no transfer but {other:?}"),
    };
    let gap = |code: &str, mechanism: Option<&str>| basis(code, mechanism).unwrap_err();
    assert!(matches!(r.route(None, Some("scc")), Route::Unknown));
    assert!(matches!(r.route(Some("XX"), None), Route::Unknown));
    assert!(matches!(
        r.route(Some("be"), Some("scc")),
        Route::WithinEea(_)
    ));
    assert!(matches!(r.route(Some("RE"), None), Route::WithinEea(_)));
    assert!(matches!(gap("US", None), Gap::Missing));
    assert!(matches!(gap("US", Some("sccs")), Gap::Unknown));
    assert!(
        matches!(gap("US", Some("privacy_shield")), Gap::Invalidated(i) if i.id() == "privacy_shield")
    );
    assert!(matches!(gap("IN", Some("adequacy")), Gap::NoDecision));
    assert!(matches!(
        gap("US", Some("adequacy")),
        Gap::CertificationRequired(Certification::Dpf)
    ));
    assert!(matches!(
        gap("CA", Some("dpf")),
        Gap::NotCertifiable(Certification::Dpf)
    ));
    // Art. 45: the decision relied on, and whom it covers where the mechanism does not say.
    let dpf = basis("US", Some("DPF")).unwrap();
    assert_eq!(dpf.decision().map(Adequacy::country), Some("US"));
    assert_eq!(dpf.scope("en"), Ok(None));
    let ca = basis("CA", Some("adequacy")).unwrap();
    assert!(ca.scope("en").unwrap().unwrap().contains("PIPEDA"));
    let epo = basis("EPO", Some("adequacy")).unwrap();
    assert_eq!(epo.decision().map(Adequacy::country), Some("EPO"));
    assert_eq!(epo.scope("en"), Ok(None));
    // Arts. 46 and 49 apply wherever the destination is, and rest on no decision.
    let scc = basis("IN", Some("scc")).unwrap();
    assert!(scc.mechanism().has_copy() && scc.decision().is_none());
    let clause = basis("EPO", Some("compelling_legitimate_interests")).unwrap();
    assert!(clause.mechanism().needs_interests());
}

/// Text in a language the data lack is an error naming the language and the item, never
/// English in its place; authorities alone answer with their native name, which is theirs.
#[test]
fn a_language_the_data_lack_is_an_error_naming_it_and_the_item() {
    let r = builtin();
    let us = r.destination("US").unwrap();
    assert_eq!(
        us.name("xx").unwrap_err().to_string(),
        "the built-in reference data have no `xx` name for country US"
    );
    assert_eq!(
        r.destination("EPO")
            .unwrap()
            .name("xx")
            .unwrap_err()
            .to_string(),
        "the built-in reference data have no `xx` name for EPO"
    );
    let scc = r.mechanism("scc").unwrap();
    assert_eq!(
        scc.name("xx").unwrap_err().to_string(),
        "the built-in reference data have no `xx` name for transfer mechanism `scc`"
    );
    let ca = r.destination("CA").unwrap().adequacy().unwrap();
    let e = ca.scope_description("xx").unwrap_err();
    assert_eq!(e.lang(), "xx");
    assert!(
        e.to_string()
            .contains("scope of the adequacy decision for CA"),
        "{e}"
    );
    assert_eq!(
        r.authority("FR").unwrap().name("xx"),
        "Commission nationale de l'informatique et des libertés"
    );
}

#[test]
fn former_names_of_the_belgian_authority_are_found() {
    let r = builtin();
    let be: Vec<&str> = r
        .former_authority_mentions()
        .filter(|(a, _, _)| a.country() == "BE")
        .map(|(_, _, needle)| needle)
        .collect();
    for expected in [
        "Commission de la protection de la vie privée",
        "Commissie voor de bescherming van de persoonlijke levenssfeer",
        "Privacy Commission",
        "CPVP",
        "CBPL",
        "privacycommission.be",
        "commission@privacycommission.be",
    ] {
        assert!(be.contains(&expected), "missing {expected}");
    }
    let (_, former, _) = r
        .former_authority_mentions()
        .find(|(a, _, _)| a.country() == "BE")
        .unwrap();
    assert_eq!(former.replaced_on(), Date::new(2018, 5, 25).ok());
    assert!(former.replaced_by().unwrap().contains("3 December 2017"));
    // A user text mentioning the old body is caught by plain substring search.
    let text = "Vous pouvez introduire une plainte auprès de la Commission de la protection de la vie privée.";
    assert!(be.iter().any(|n| text.contains(n)));
}

#[test]
fn former_names_do_not_match_current_names() {
    // Otherwise lint would flag a notice that names a current authority correctly.
    let r = builtin();
    for (owner, _, needle) in r.former_authority_mentions() {
        for a in r.authorities() {
            for name in a.names().values() {
                assert!(
                    !name.contains(needle),
                    "{needle} ({}) found in {name}",
                    owner.country()
                );
            }
        }
    }
}

#[test]
fn validation_rejects_broken_files() {
    let b = Sources::BUILTIN;
    let bad_date = b
        .authorities
        .replacen("as_of: 2026-11-23", "as_of: 2026-02-30", 1);
    let e = Reference::from_sources(Sources {
        authorities: &bad_date,
        ..b
    })
    .unwrap_err();
    assert!(e.contains("2026-02-30"), "{e}");
    let unknown_field = b.safeguards.replacen(
        "    article: \"45\"\n",
        "    article: \"45\"\n    colour: red\n",
        1,
    );
    assert_ne!(unknown_field, b.safeguards);
    assert!(
        Reference::from_sources(Sources {
            safeguards: &unknown_field,
            ..b
        })
        .is_err()
    );
    let empty_source = b.authorities.replacen(
        "            source: \"https://www.vlaanderen.be/vlaamse-toezichtcommissie/rechten-van-betrokkenen/klachtenprocedure-vtc (the page itself: Klachtenprocedure VTC, with its complaint form)\"",
        "            source: \" \"",
        1,
    );
    assert_ne!(empty_source, b.authorities);
    let e = Reference::from_sources(Sources {
        authorities: &empty_source,
        ..b
    })
    .unwrap_err();
    assert!(
        e.contains("BE/vtc") && e.contains("complaint page (nl)"),
        "{e}"
    );
    let twice = b
        .authorities
        .replacen("      - id: coc\n", "      - id: vtc\n", 1);
    let e = Reference::from_sources(Sources {
        authorities: &twice,
        ..b
    })
    .unwrap_err();
    assert!(e.contains("BE/vtc: duplicate id"), "{e}");
    let no_nl = b
        .authorities
        .replacen("  - country: NL\n", "  - country: XZ\n", 1);
    let e = Reference::from_sources(Sources {
        authorities: &no_nl,
        ..b
    })
    .unwrap_err();
    assert!(e.contains("XZ"), "{e}");
    let eea_adequacy = b.adequacy.replacen("country: CH", "country: LI", 1);
    assert!(
        Reference::from_sources(Sources {
            adequacy: &eea_adequacy,
            ..b
        })
        .is_err()
    );
}

/// Every text is given in every language of the data, English among them, and every
/// mechanism and region of the law has its entry: a partial addition fails here, naming what
/// it lacks.
#[test]
fn validation_requires_every_text_in_every_language_and_every_mechanism() {
    let b = Sources::BUILTIN;
    let load = |s: Sources| Reference::from_sources(s).unwrap_err();
    let languages = |list: &str| {
        let changed = b.countries.replacen("languages: [fr, nl, en, de]", list, 1);
        assert_ne!(changed, b.countries);
        load(Sources {
            countries: &changed,
            ..b
        })
    };
    assert_eq!(
        languages("languages: [fr, nl, en, de, xx]"),
        "country AD: names: no `xx` text"
    );
    assert!(languages("languages: [fr, nl]").contains("must include en"));
    assert_eq!(
        languages("languages: [fr, nl, en, nl]"),
        "duplicate language \"nl\""
    );
    let without = |yaml: &str, line: &str| {
        let changed = yaml.replacen(line, "", 1);
        assert_ne!(changed, yaml, "{line}");
        changed
    };
    let scc_nl = "      nl: standaardbepalingen inzake gegevensbescherming die door de Commissie zijn vastgesteld\n";
    assert_eq!(
        load(Sources {
            safeguards: &without(b.safeguards, scc_nl),
            ..b
        }),
        "safeguard scc: names: no `nl` text"
    );
    let epo_fr = "      fr: Organisation européenne des brevets\n";
    assert_eq!(
        load(Sources {
            adequacy: &without(b.adequacy, epo_fr),
            ..b
        }),
        "adequacy EPO: names: no `fr` text"
    );
    let eea_nl = "      nl: Europese Economische Ruimte\n";
    assert_eq!(
        load(Sources {
            regions: &without(b.regions, eea_nl),
            ..b
        }),
        "region EEA: names: no `nl` text"
    );
    let start = b.safeguards.find("  - id: bcr\n").unwrap();
    let end = start + b.safeguards[start..].find("\n\n").unwrap() + 2;
    let no_bcr = format!("{}{}", &b.safeguards[..start], &b.safeguards[end..]);
    assert_eq!(
        load(Sources {
            safeguards: &no_bcr,
            ..b
        }),
        "safeguards.yaml: no entry for `bcr`"
    );
    let made_up = b.safeguards.replacen("  - id: bcr\n", "  - id: bcrs\n", 1);
    assert!(
        load(Sources {
            safeguards: &made_up,
            ..b
        })
        .contains("unknown transfer mechanism \"bcrs\""),
        "an id the law does not have is refused"
    );
    let start = b.regions.find("  - id: EEA\n").unwrap();
    let end = start + b.regions[start..].find("\n\n").unwrap() + 2;
    let no_eea = format!("{}{}", &b.regions[..start], &b.regions[end..]);
    assert_eq!(
        load(Sources {
            regions: &no_eea,
            ..b
        }),
        "regions.yaml: no entry for `EEA`"
    );
}

/// Issue #13: every entry of the catalogue is complete in every language of the data (its
/// description, the reason for a role other than processor, each tracker's purpose), sourced
/// and dated; what is unverified says which fields, and why.
#[test]
fn every_catalogue_entry_is_complete_in_every_language_sourced_and_dated() {
    let r = builtin();
    let services = r.services();
    assert!(!services.is_empty());
    for s in services {
        let who = s.id();
        for lang in r.languages() {
            let text = |m: &Localized| m.get(lang).is_some_and(|t| !t.trim().is_empty());
            assert!(text(s.descriptions()), "{who}: description in {lang}");
            if s.role() != ServiceRole::Processor {
                assert!(
                    s.role_note(lang).unwrap().is_some_and(|n| !n.is_empty()),
                    "{who}: role note in {lang}"
                );
            }
            for t in s.trackers().into_iter().flatten() {
                assert!(text(t.purposes()), "{who}: {} in {lang}", t.name());
            }
        }
        assert!(!s.source().trim().is_empty(), "{who}: source");
        assert!(s.as_of() <= checked_on(), "{who}: as_of in the future");
        if s.verified() {
            assert!(s.unconfirmed().is_empty(), "{who}");
        } else {
            assert!(!s.unconfirmed().is_empty(), "{who}: unconfirmed fields");
            assert!(s.note().is_some_and(|n| !n.is_empty()), "{who}: note");
        }
        // Every destination is known, and each one outside the EEA has its leg.
        for code in s.destinations() {
            let d = r.destination(code).unwrap();
            assert!(d.in_eea() || s.transfer_to(code).is_some(), "{who}: {code}");
        }
    }
    // The provider a notice must not present as a processor.
    let paypal = r.service("paypal").unwrap();
    assert_eq!(paypal.role(), ServiceRole::Controller);
    assert!(paypal.verified());
}

/// How a notice names a provider, and which cookies of a service a declaration names.
#[test]
fn catalogue_names_and_cookies() {
    let r = builtin();
    let s = |id: &str| r.service(id).unwrap();
    assert_eq!(s("microsoft-365").brand(), "Microsoft 365");
    assert_eq!(
        s("microsoft-365").display_name(),
        "Microsoft Ireland Operations Limited (Microsoft 365)"
    );
    // The entity's name already says the product: it is not repeated.
    assert_eq!(s("stripe").display_name(), "Stripe Payments Europe Limited");
    assert_eq!(s("vonage").display_name(), "Nexmo Inc. (Vonage)");
    assert_eq!(s(" MailChimp ").id(), "mailchimp");
    let ga = s("google-analytics-4");
    let cookie = |name: &str| ga.trackers().unwrap().iter().any(|c| c.matches(name));
    assert!(cookie("_ga") && cookie("_ga_ABC123") && !cookie("_ga_") && !cookie("_gid"));
    assert!(contains_words("Stripe Payments Europe Ltd", "Stripe"));
    assert!(!contains_words("Google", "Google Ads") && !contains_words("Stripey", "Stripe"));
    assert!(contains_words(
        "Intuit — The Rocket Science Group",
        "rocket science group"
    ));
    assert!(!contains_words("Stripe", "") && !contains_words("", "Stripe"));
    let e = r.service("mailchimpp").unwrap_err();
    assert_eq!(e.close, ["mailchimp"]);
}

/// The catalogue is checked against the rest of the reference data when it is loaded: a
/// mechanism that is no basis where a leg goes, a place outside the EEA without its leg, a leg
/// inside the EEA, an unverified entry that does not say which fields, a missing language.
#[test]
fn catalogue_validation_refuses_what_the_rest_of_the_data_contradict() {
    let b = Sources::BUILTIN;
    let broken = |from: &str, to: &str| {
        let changed = b.services.replacen(from, to, 1);
        assert_ne!(changed, b.services, "{from}");
        Reference::from_sources(Sources {
            services: &changed,
            ..b
        })
        .unwrap_err()
    };
    let mailchimp = "  - id: mailchimp\n";
    let cases = [
        (
            "    kind: newsletter\n    entity: The Rocket",
            "    kind: newsletter\n    colour: red\n    entity: The Rocket",
            "unknown field `colour`",
        ),
        (
            "        mechanism: dpf\n        dpf_certified_as_of: 2026-12-02\n        fallback: scc\n    notice_url: https://www.intuit.com",
            "        mechanism: dpfs\n    notice_url: https://www.intuit.com",
            "unknown transfer mechanism \"dpfs\"",
        ),
        (
            "      - country: NZ\n        mechanism: adequacy",
            "      - country: NZ\n        mechanism: dpf",
            "service matomo-cloud: transfers to NZ: `dpf` is no basis there",
        ),
        (
            "    processing: [IE, CA]\n",
            "    processing: [IE, CA, BR]\n",
            "service shopify: processing in BR has no transfer leg",
        ),
        (
            "      - country: CH\n        mechanism: adequacy",
            "      - country: CH\n        mechanism: adequacy\n      - country: FR\n        mechanism: scc",
            "service proton: transfers to FR: inside the EEA",
        ),
        (
            "    unconfirmed: [processing, transfers]\n",
            "",
            "service brevo: not verified, and `unconfirmed` names no field",
        ),
        (
            "    unconfirmed: [processing, transfers]\n",
            "    unconfirmed: [processing, colour]\n",
            "service brevo: unconfirmed: `colour` is not a field of the entry",
        ),
        (
            "      nl: verzending van onze nieuwsbrief en marketingmails\n",
            "",
            "service mailchimp: description: no `nl` text",
        ),
        (
            "    processing: [US]\n",
            "    processing: [XX]\n",
            "unknown country code \"XX\"",
        ),
    ];
    for (from, to, expected) in cases {
        let e = broken(from, to);
        assert!(e.contains(expected), "{expected}: {e}");
    }
    let twice = b.services.replacen("  - id: brevo\n", mailchimp, 1);
    let e = Reference::from_sources(Sources {
        services: &twice,
        ..b
    })
    .unwrap_err();
    assert_eq!(e, "duplicate service \"mailchimp\"");
}

/// The sector facts are found by the controller's country and the purpose's activity; a
/// country gets its own by adding entries, and a broken entry is refused, naming it.
#[test]
fn sector_limits_are_keyed_by_country_and_checked() {
    use crate::declaration::Activity;
    let r = builtin();
    let camera = r
        .retention_limit("be", Activity::CameraSurveillance)
        .expect("Belgian camera limit");
    assert_eq!(
        camera.maximum().map(|d| d.to_string()).as_deref(),
        Some("1 month")
    );
    assert_eq!(camera.minimum(), None);
    assert_eq!(camera.describe(), "at most 1 month after recording");
    let record = r
        .retention_limit("BE", Activity::PatientRecord)
        .expect("Belgian patient-record limits");
    assert_eq!(
        record.describe(),
        "at least 30 years and at most 50 years after last contact"
    );
    assert!(
        r.retention_limit("FR", Activity::CameraSurveillance)
            .is_none()
    );
    // Every entry carries its provenance, like the rest of the data.
    assert!(
        r.entries()
            .iter()
            .any(|(label, e)| label == "sector BE camera_surveillance" && e.verified())
    );

    let entry = |country: &str, bounds: &str| {
        format!(
            "limits:\n  - country: {country}\n    activity: camera_surveillance\n    {bounds}\n    after: recording\n    act: \"Code de la sécurité intérieure\"\n    source: \"test\"\n    as_of: 2026-12-02\n    verified: false\n"
        )
    };
    let with_sector = |sector: &str| {
        Reference::from_sources(Sources {
            sector,
            ..Sources::BUILTIN
        })
    };
    let fr = with_sector(&entry("FR", "maximum: 30 days")).unwrap();
    assert_eq!(
        fr.retention_limit("FR", Activity::CameraSurveillance)
            .map(|l| l.describe()),
        Some("at most 30 days after recording".to_owned())
    );
    assert!(
        fr.retention_limit("BE", Activity::CameraSurveillance)
            .is_none()
    );
    for (yaml, error) in [
        (entry("XX", "maximum: 1 month"), "not an ISO 3166-1"),
        (entry("fr", "maximum: 1 month"), "not an ISO 3166-1"),
        (
            entry("FR", "minimum: 1 year\n    maximum: 1 month"),
            "longer than",
        ),
        (entry("FR", "note: none"), "neither"),
        (
            format!(
                "{}{}",
                entry("FR", "maximum: 1 month"),
                entry("FR", "maximum: 2 months").trim_start_matches("limits:\n")
            ),
            "two limits",
        ),
    ] {
        let e = with_sector(&yaml).unwrap_err();
        assert!(e.contains(error), "{e}\n{yaml}");
    }
}
