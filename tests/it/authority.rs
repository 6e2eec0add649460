//! Choosing a supervisory authority other than the national one, end to end: the notice
//! names the chosen authority with its contact in each language, and `notice reference
//! authorities` lists the ids a declaration can use.

use std::path::PathBuf;
use std::sync::Arc;

use notice::declaration::load::parse;
use notice::i18n::Locales;
use notice::reference::Reference;
use notice::render::Renderer;
use notice::render::templates::TemplateSet;

use crate::common::{code, notice, stdout};

/// The Markdown notice, in `lang`, of a minimal declaration naming `authority`.
fn markdown(authority: &str, lang: &str) -> String {
    let text = format!(
        "notice:\n  id: x\n  effective: 2026-03-01\n  languages: [fr, nl, en]\ncontroller:\n  name: X\n  country: BE\nsupervisory_authority: {authority}\n"
    );
    let loaded = parse(PathBuf::from("x.yaml"), text).expect("the declaration parses");
    let locales = Arc::new(Locales::load(None).expect("built-in locales"));
    let reference = Arc::new(Reference::builtin().expect("built-in reference data"));
    let renderer = Renderer::new(
        TemplateSet::load(None).expect("templates"),
        locales,
        reference,
        None,
    )
    .expect("renderer");
    renderer
        .markdown(&loaded.declaration, lang)
        .expect("the notice renders")
}

#[test]
fn the_notice_names_the_chosen_authority_in_each_language() {
    let vtc = "{country: BE, authority: vtc}";
    let nl = markdown(vtc, "nl");
    assert!(
        nl.contains("Vlaamse Toezichtcommissie voor de verwerking van persoonsgegevens")
            && nl.contains("(VTC)"),
        "{nl}"
    );
    assert!(nl.contains("klachtenprocedure-vtc"), "{nl}");
    assert!(!nl.contains("Gegevensbeschermingsautoriteit"), "{nl}");
    let fr = markdown(vtc, "fr");
    assert!(
        fr.contains(
            "Commission de contrôle flamande du traitement des données à caractère personnel"
        ),
        "{fr}"
    );
    // No official English name: the Dutch one, with its own abbreviation.
    let en = markdown(vtc, "en");
    assert!(
        en.contains("Vlaamse Toezichtcommissie voor de verwerking van persoonsgegevens")
            && en.contains("(VTC)"),
        "{en}"
    );
    // The Standing Committee I publishes an English complaint page and a Dutch address.
    let comite = markdown("{country: BE, authority: comite-i}", "en");
    assert!(comite.contains("Standing Committee I"), "{comite}");
    assert!(comite.contains("Leuvenseweg 48/4"), "{comite}");
    assert!(
        comite.contains("/en/complaints-and-denunciations/"),
        "{comite}"
    );
    // The national authority's complaint page follows the page's language.
    assert!(markdown("BE", "nl").contains("/burger/acties/klacht-indienen"));
    assert!(markdown("BE", "fr").contains("/citoyen/agir/introduire-une-plainte"));
    assert!(markdown("BE", "en").contains("/citizen/actions/lodge-a-complaint"));
}

#[test]
fn reference_authorities_be_lists_the_other_authorities_with_their_ids() {
    let o = notice(&["reference", "authorities", "BE"]);
    assert_eq!(code(&o), 0);
    let out = stdout(&o);
    for expected in [
        "\nvtc  Vlaamse Toezichtcommissie voor de verwerking van persoonsgegevens",
        "\ncoc  Controleorgaan op de politionele informatie / Organe de contrôle de l'information policière",
        "\ncomite-i  Vast Comité I",
        "region VLG, public sector, scope flemish_public_bodies",
        "complaints (nl): https://www.gegevensbeschermingsautoriteit.be/burger/acties/klacht-indienen",
        "{country: BE, authority: ID}",
    ] {
        assert!(out.contains(expected), "missing {expected:?} in\n{out}");
    }
    // The English complaint page is listed, with the reason it is not verified.
    let en = out
        .split("complaints (en): ")
        .nth(1)
        .expect("an English complaint page");
    assert!(
        en.lines().take(4).any(|l| l.contains("(UNVERIFIED)")),
        "{en}"
    );
}
