//! Unit tests of the embedded reference data and its lookup API. They parse the real
//! embedded files, so an edit that breaks the YAML or its invariants fails here.

use super::*;

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
    let r = Reference::from_yaml(
        AUTHORITIES_YAML,
        COUNTRIES_YAML,
        ADEQUACY_YAML,
        SAFEGUARDS_YAML,
    );
    let r = r.unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(r.authorities().len(), 30);
    assert!(r.countries().len() >= 249, "{}", r.countries().len());
}

#[test]
fn every_eea_state_has_an_authority_named_in_fr_nl_en() {
    for code in EEA {
        let a = reference().authority(code).unwrap();
        assert_eq!(a.country(), code);
        for lang in ["fr", "nl", "en"] {
            assert!(!a.name(lang).trim().is_empty(), "{code} {lang}");
        }
        assert!(!a.website("fr").is_empty(), "{code}");
        assert!(reference().country(code).unwrap().is_eea(), "{code}");
    }
}

#[test]
fn names_fall_back_to_the_native_language_only_when_missing() {
    let r = reference();
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
    let entries = reference().entries();
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
    assert!(reference().oldest_as_of() <= checked_on());
}

#[test]
fn country_entries_inherit_the_file_defaults() {
    let be = reference().country("BE").unwrap();
    assert!(be.source().contains("CLDR"));
    // The file-level default date of countries.yaml, which this change did not re-check.
    assert_eq!(be.as_of(), Date::new(2026, 11, 23).unwrap());
    assert!(be.verified());
    let re = reference().country("RE").unwrap();
    assert!(!re.verified(), "per-entry override lost");
    assert!(re.inside_eea() && !re.is_eea() && re.part_of() == Some("FR"));
}

#[test]
fn country_names_are_cldr_names() {
    let r = reference();
    let us = r.country("US").unwrap();
    assert_eq!(
        (us.name("fr"), us.name("nl"), us.name("en")),
        ("États-Unis", "Verenigde Staten", "United States")
    );
    let be = r.country("BE").unwrap();
    assert_eq!((be.name("fr"), be.name("nl")), ("Belgique", "België"));
    assert_eq!(r.countries().iter().filter(|c| c.is_eu()).count(), 27);
    assert_eq!(r.countries().iter().filter(|c| c.is_eea()).count(), 30);
    assert!(!r.country("CH").unwrap().is_eea());
}

#[test]
fn lookups_are_case_insensitive() {
    let r = reference();
    for code in ["be", "Be", "BE", " be "] {
        assert_eq!(r.authority(code).unwrap().country(), "BE");
        assert_eq!(r.country(code).unwrap().code(), "BE");
    }
    assert_eq!(r.adequacy("ch").unwrap().country(), "CH");
    assert_eq!(
        r.regional_authority("de", "by").unwrap().abbreviation("de"),
        Some("BayLDA")
    );
    assert!(r.safeguard("SCC").is_some());
    assert!(r.invalidated("Privacy_Shield").is_some());
}

#[test]
fn unknown_codes_are_reported_with_the_code() {
    let r = reference();
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
    let r = reference();
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
    let r = reference();
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
    let be = reference().authority("BE").unwrap();
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
    let mut seen = 0;
    for a in reference().authorities() {
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
    let entries = reference().entries();
    assert!(
        entries
            .iter()
            .any(|(label, _)| label == "authority BE complaint page (en)")
    );
}

#[test]
fn adequacy_decisions() {
    let r = reference();
    let us = r.adequacy("US").unwrap();
    assert_eq!(us.requires_certification(), Some(Certification::Dpf));
    assert_eq!(us.scope(), Scope::Limited);
    assert!(us.decision().contains("2023/1795"));
    assert!(
        us.scope_description("nl")
            .unwrap()
            .contains("Data Privacy Framework")
    );
    assert!(r.safeguard(Certification::Dpf.safeguard_id()).is_some());
    assert!(r.adequacy("CN").is_none());
    assert!(
        r.adequacy("BE").is_none(),
        "EEA states need no adequacy decision"
    );
    let ca = r.adequacy("CA").unwrap();
    assert!(ca.scope_description("fr").unwrap().contains("PIPEDA"));
    let gb = r.adequacy("GB").unwrap();
    assert_eq!(gb.renewed(), Date::new(2025, 12, 19).ok());
    assert_eq!(gb.valid_until(), Date::new(2031, 12, 27).ok());
    assert_eq!(
        r.adequacy("JP").unwrap().adopted(),
        Date::new(2019, 1, 23).unwrap()
    );
    let epo = r.adequacy("EPO").unwrap();
    assert_eq!(epo.kind(), BeneficiaryKind::InternationalOrganisation);
    assert_eq!(epo.name("en"), "European Patent Organisation");
    assert_eq!(r.adequacy("AR").unwrap().name("nl"), "Argentinië");
    // Every body listed in requirements.md §4 is present and in force.
    for code in [
        "AD", "AR", "CA", "FO", "GG", "IL", "IM", "JP", "JE", "NZ", "KR", "CH", "GB", "US", "UY",
        "EPO", "BR",
    ] {
        assert!(r.adequacy(code).is_some(), "{code}");
    }
    assert_eq!(r.adequacy_decisions().len(), 17);
}

#[test]
fn invalidated_mechanisms() {
    let r = reference();
    let ps = r.invalidated("privacy_shield").unwrap();
    assert!(ps.judgment().contains("C-311/18"));
    assert_eq!(ps.judgment_date(), Date::new(2020, 7, 16).unwrap());
    assert!(ps.decision().contains("2016/1250"));
    assert_eq!(ps.successor(), Some("dpf"));
    let sh = r.invalidated("safe_harbour").unwrap();
    assert!(sh.judgment().contains("C-362/14"));
    assert_eq!(sh.judgment_date(), Date::new(2015, 10, 6).unwrap());
    assert!(r.invalidated("dpf").is_none());
    assert_eq!(r.invalidated_mechanisms().len(), 2);
}

#[test]
fn safeguards_cover_articles_45_46_47_49() {
    let r = reference();
    let ids = [
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
    ];
    for id in ids {
        let s = r.safeguard(id).unwrap_or_else(|| panic!("missing {id}"));
        for lang in ["fr", "nl", "en"] {
            assert!(!s.name(lang).is_empty(), "{id} {lang}");
        }
    }
    assert_eq!(r.safeguards().len(), ids.len());
    let scc = r.safeguard("scc").unwrap();
    assert_eq!(scc.article(), "46(2)(c)");
    assert!(scc.decision().unwrap().contains("2021/914"));
    assert_eq!(
        scc.name("fr"),
        "clauses types de protection des données adoptées par la Commission"
    );
    assert!(
        r.safeguard("ad_hoc_clauses")
            .unwrap()
            .requires_authorisation()
    );
    assert!(r.safeguard("explicit_consent").unwrap().is_derogation());
    assert!(!r.safeguard("bcr").unwrap().is_derogation());
}

#[test]
fn former_names_of_the_belgian_authority_are_found() {
    let r = reference();
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
    let r = reference();
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
    let bad_date = AUTHORITIES_YAML.replacen("as_of: 2026-11-23", "as_of: 2026-02-30", 1);
    let e = Reference::from_yaml(&bad_date, COUNTRIES_YAML, ADEQUACY_YAML, SAFEGUARDS_YAML)
        .unwrap_err();
    assert!(e.contains("2026-02-30"), "{e}");
    let unknown_field = SAFEGUARDS_YAML.replacen(
        "    kind: adequacy\n",
        "    kind: adequacy\n    colour: red\n",
        1,
    );
    assert!(
        Reference::from_yaml(
            AUTHORITIES_YAML,
            COUNTRIES_YAML,
            ADEQUACY_YAML,
            &unknown_field
        )
        .is_err()
    );
    let empty_source = AUTHORITIES_YAML.replacen(
        "            source: \"https://www.vlaanderen.be/vlaamse-toezichtcommissie/rechten-van-betrokkenen/klachtenprocedure-vtc (the page itself: Klachtenprocedure VTC, with its complaint form)\"",
        "            source: \" \"",
        1,
    );
    assert_ne!(empty_source, AUTHORITIES_YAML);
    let e = Reference::from_yaml(
        &empty_source,
        COUNTRIES_YAML,
        ADEQUACY_YAML,
        SAFEGUARDS_YAML,
    )
    .unwrap_err();
    assert!(
        e.contains("BE/vtc") && e.contains("complaint page (nl)"),
        "{e}"
    );
    let twice = AUTHORITIES_YAML.replacen("      - id: coc\n", "      - id: vtc\n", 1);
    let e =
        Reference::from_yaml(&twice, COUNTRIES_YAML, ADEQUACY_YAML, SAFEGUARDS_YAML).unwrap_err();
    assert!(e.contains("BE/vtc: duplicate id"), "{e}");
    let no_nl = AUTHORITIES_YAML.replacen("  - country: NL\n", "  - country: XZ\n", 1);
    let e =
        Reference::from_yaml(&no_nl, COUNTRIES_YAML, ADEQUACY_YAML, SAFEGUARDS_YAML).unwrap_err();
    assert!(e.contains("XZ"), "{e}");
    let eea_adequacy = ADEQUACY_YAML.replacen("country: CH", "country: LI", 1);
    assert!(
        Reference::from_yaml(
            AUTHORITIES_YAML,
            COUNTRIES_YAML,
            &eea_adequacy,
            SAFEGUARDS_YAML
        )
        .is_err()
    );
}
