//! The conditions that lift the prohibitions of Arts. 9 and 10 in the view: each Art. 9(2)
//! ground and each Art. 10 ground in the Regulation's words, with the aims a purpose pursues,
//! the law or authority it relies on, and the Art. 9(3) secrecy.

use anyhow::Result;
use serde::Serialize;

use super::Builder;
use crate::declaration::{self as d, Purpose};

#[derive(Serialize)]
pub struct SpecialView {
    pub categories: Vec<String>,
    /// The Art. 9(2) ground in the Regulation's words, naming only the aims the purpose
    /// pursues where it says which.
    pub condition: String,
    pub article: &'static str,
    pub law: Option<String>,
    /// Whether Art. 9(3) applies: the data are processed under professional secrecy.
    pub secrecy: bool,
}

#[derive(Serialize)]
pub struct CriminalView {
    pub categories: Vec<String>,
    /// The Art. 10 ground in the Regulation's words.
    pub ground: String,
    /// What authorises it: the law (`law`), or the authority in control (`authority`).
    pub law: Option<String>,
    pub authority: Option<String>,
}

impl Builder<'_> {
    /// The Art. 9(2) condition of `p`, for its special-category data `categories` (labels).
    pub(super) fn special(
        &self,
        p: &Purpose,
        categories: Vec<String>,
    ) -> Result<Option<SpecialView>> {
        let Some(c) = p.special_condition.filter(|_| !categories.is_empty()) else {
            return Ok(None);
        };
        Ok(Some(SpecialView {
            categories,
            condition: self.ground(c, &p.special_aims)?,
            article: c.article(),
            law: self.opt(&p.special_law),
            secrecy: c.requires_secrecy(),
        }))
    }

    /// The Art. 10 ground of `p`, for its criminal-offence data `categories` (labels).
    pub(super) fn criminal(
        &self,
        p: &Purpose,
        categories: Vec<String>,
    ) -> Result<Option<CriminalView>> {
        if categories.is_empty() {
            return Ok(None);
        }
        let ground = p.criminal_ground.unwrap_or_default();
        let basis = self.opt(&p.criminal_basis);
        let by_law = ground == d::CriminalGround::Law;
        Ok(Some(CriminalView {
            categories,
            ground: self.msg(&format!("ground-criminal-{}", d::name_of(&ground)), &[])?,
            law: basis.clone().filter(|_| by_law),
            authority: basis.filter(|_| !by_law),
        }))
    }

    /// An Art. 9(2) ground in the Regulation's words. A ground that lists several aims (9(2)(h),
    /// (j)) names those the purpose pursues, when it says which of them it does, in the
    /// Regulation's order; otherwise the whole list, as the Regulation writes it.
    fn ground(&self, c: d::SpecialCondition, aims: &[d::SpecialAim]) -> Result<String> {
        let id = d::name_of(&c);
        if c.aims().is_empty() {
            return self.msg(&format!("ground-{id}"), &[]);
        }
        let own: Vec<d::SpecialAim> = c
            .aims()
            .iter()
            .copied()
            .filter(|a| aims.contains(a))
            .collect();
        let aims = if own.is_empty() {
            self.msg(&format!("aims-{id}"), &[])?
        } else {
            let names = own
                .iter()
                .map(|a| self.msg(&format!("aim-{}", d::name_of(a)), &[]))
                .collect::<Result<Vec<_>>>()?;
            self.locales.list(self.lang, &names)?
        };
        self.msg(&format!("ground-{id}"), &[("aims", aims.into())])
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::renderer;
    use crate::declaration::Declaration;

    /// Every Art. 9(2) ground in the Regulation's words, in French, Dutch and English: the line
    /// the notice gives for a purpose on that ground, and for (h) the Art. 9(3) secrecy.
    #[test]
    fn every_special_category_ground_reads_as_the_regulation_words_it() {
        let (r, _) = renderer();
        // (condition, aims, fr, nl, en): the text after the label, up to the end of the line.
        let h_fr = "le traitement est nécessaire aux fins de la médecine préventive ou de la médecine du travail, de l'appréciation de la capacité de travail du travailleur, de diagnostics médicaux, de la prise en charge sanitaire ou sociale, ou de la gestion des systèmes et des services de soins de santé ou de protection sociale. Vos données sont traitées par un professionnel soumis au secret professionnel ou sous sa responsabilité, ou par une autre personne également soumise à une obligation de secret (article 9, paragraphe 3, du RGPD).";
        let h_nl = "de verwerking is noodzakelijk voor doeleinden van preventieve of arbeidsgeneeskunde, voor de beoordeling van de arbeidsgeschiktheid van de werknemer, medische diagnosen, het verstrekken van gezondheidszorg of sociale diensten of behandelingen dan wel het beheren van gezondheidszorgstelsels en -diensten of sociale stelsels en diensten. Uw gegevens worden verwerkt door of onder de verantwoordelijkheid van een beroepsbeoefenaar die aan het beroepsgeheim gebonden is, of door een andere persoon die eveneens tot geheimhouding gehouden is (artikel 9, lid 3, AVG).";
        let h_en = "processing is necessary for the purposes of preventive or occupational medicine, for the assessment of the working capacity of the employee, medical diagnosis, the provision of health or social care or treatment or the management of health or social care systems and services. Your data are processed by or under the responsibility of a professional subject to professional secrecy, or by another person also subject to an obligation of secrecy (Article 9(3) GDPR).";
        let cases: &[(&str, &str, &str, &str, &str)] = &[
            (
                "explicit_consent",
                "",
                "vous avez donné votre consentement explicite au traitement de ces données pour une ou plusieurs finalités spécifiques.",
                "u hebt uitdrukkelijke toestemming gegeven voor de verwerking van deze gegevens voor een of meer welbepaalde doeleinden.",
                "you have given explicit consent to the processing of these data for one or more specified purposes.",
            ),
            (
                "employment",
                "",
                "le traitement est nécessaire aux fins de l'exécution de nos obligations et de l'exercice de nos droits propres ou des vôtres en matière de droit du travail, de la sécurité sociale et de la protection sociale.",
                "de verwerking is noodzakelijk met het oog op de uitvoering van onze verplichtingen en de uitoefening van specifieke rechten van ons of van u op het gebied van het arbeidsrecht en het socialezekerheids- en socialebeschermingsrecht.",
                "processing is necessary for the purposes of carrying out our obligations and exercising our or your specific rights in the field of employment and social security and social protection law.",
            ),
            (
                "vital_interests",
                "",
                "le traitement est nécessaire à la sauvegarde de vos intérêts vitaux ou de ceux d'une autre personne physique, dans le cas où vous vous trouvez dans l'incapacité physique ou juridique de donner votre consentement.",
                "de verwerking is noodzakelijk ter bescherming van uw vitale belangen of die van een andere natuurlijke persoon, indien u fysiek of juridisch niet in staat bent uw toestemming te geven.",
                "processing is necessary to protect your vital interests or those of another natural person where you are physically or legally incapable of giving consent.",
            ),
            (
                "not_for_profit",
                "",
                "le traitement est effectué, dans le cadre de nos activités légitimes et moyennant les garanties appropriées, par notre organisme à but non lucratif poursuivant une finalité politique, philosophique, religieuse ou syndicale\u{202f}; il se rapporte exclusivement à nos membres ou anciens membres ou aux personnes entretenant avec nous des contacts réguliers en liaison avec nos finalités, et les données ne sont pas communiquées en dehors de notre organisme sans votre consentement.",
                "de verwerking wordt verricht door onze instantie zonder winstoogmerk die op politiek, levensbeschouwelijk, godsdienstig of vakbondsgebied werkzaam is, in het kader van haar gerechtvaardigde activiteiten en met passende waarborgen; zij heeft uitsluitend betrekking op onze leden of voormalige leden of op personen die in verband met onze doeleinden regelmatig contact met ons onderhouden, en de gegevens worden niet zonder uw toestemming buiten onze instantie verstrekt.",
                "processing is carried out in the course of our legitimate activities with appropriate safeguards, as a not-for-profit body with a political, philosophical, religious or trade union aim; it relates solely to our members or former members or to persons who have regular contact with us in connection with our purposes, and the data are not disclosed outside our body without your consent.",
            ),
            (
                "made_public",
                "",
                "le traitement porte sur des données à caractère personnel que vous avez manifestement rendues publiques.",
                "de verwerking heeft betrekking op persoonsgegevens die kennelijk door u openbaar zijn gemaakt.",
                "processing relates to personal data which are manifestly made public by you.",
            ),
            (
                "legal_claims",
                "",
                "le traitement est nécessaire à la constatation, à l'exercice ou à la défense d'un droit en justice ou chaque fois que des juridictions agissent dans le cadre de leur fonction juridictionnelle.",
                "de verwerking is noodzakelijk voor de instelling, uitoefening of onderbouwing van een rechtsvordering of wanneer gerechten handelen in het kader van hun rechtsbevoegdheid.",
                "processing is necessary for the establishment, exercise or defence of legal claims or whenever courts are acting in their judicial capacity.",
            ),
            (
                "substantial_public_interest",
                "",
                "le traitement est nécessaire pour des motifs d'intérêt public important.",
                "de verwerking is noodzakelijk om redenen van zwaarwegend algemeen belang.",
                "processing is necessary for reasons of substantial public interest.",
            ),
            ("health_or_social_care", "", h_fr, h_nl, h_en),
            (
                "health_or_social_care",
                "[care_provision, medical_diagnosis]",
                "le traitement est nécessaire aux fins de diagnostics médicaux et de la prise en charge sanitaire ou sociale. Vos données sont traitées par un professionnel soumis au secret professionnel ou sous sa responsabilité, ou par une autre personne également soumise à une obligation de secret (article 9, paragraphe 3, du RGPD).",
                "de verwerking is noodzakelijk voor doeleinden van medische diagnosen en het verstrekken van gezondheidszorg of sociale diensten of behandelingen. Uw gegevens worden verwerkt door of onder de verantwoordelijkheid van een beroepsbeoefenaar die aan het beroepsgeheim gebonden is, of door een andere persoon die eveneens tot geheimhouding gehouden is (artikel 9, lid 3, AVG).",
                "processing is necessary for the purposes of medical diagnosis and the provision of health or social care or treatment. Your data are processed by or under the responsibility of a professional subject to professional secrecy, or by another person also subject to an obligation of secrecy (Article 9(3) GDPR).",
            ),
            (
                "public_health",
                "",
                "le traitement est nécessaire pour des motifs d'intérêt public dans le domaine de la santé publique, tels que la protection contre les menaces transfrontalières graves pesant sur la santé, ou aux fins de garantir des normes élevées de qualité et de sécurité des soins de santé et des médicaments ou des dispositifs médicaux.",
                "de verwerking is noodzakelijk om redenen van algemeen belang op het gebied van de volksgezondheid, zoals bescherming tegen ernstige grensoverschrijdende gevaren voor de gezondheid of het waarborgen van hoge normen inzake kwaliteit en veiligheid van de gezondheidszorg en van geneesmiddelen of medische hulpmiddelen.",
                "processing is necessary for reasons of public interest in the area of public health, such as protecting against serious cross-border threats to health or ensuring high standards of quality and safety of health care and of medicinal products or medical devices.",
            ),
            (
                "archiving_or_research",
                "",
                "le traitement est nécessaire à des fins archivistiques dans l'intérêt public, à des fins de recherche scientifique ou historique ou à des fins statistiques.",
                "de verwerking is noodzakelijk met het oog op archivering in het algemeen belang, wetenschappelijk of historisch onderzoek of statistische doeleinden.",
                "processing is necessary for archiving purposes in the public interest, scientific or historical research purposes or statistical purposes.",
            ),
            (
                "archiving_or_research",
                "[statistics, research]",
                "le traitement est nécessaire à des fins de recherche scientifique ou historique et à des fins statistiques.",
                "de verwerking is noodzakelijk met het oog op wetenschappelijk of historisch onderzoek en statistische doeleinden.",
                "processing is necessary for scientific or historical research purposes and statistical purposes.",
            ),
        ];
        for (condition, aims, fr, nl, en) in cases {
            let aims = if aims.is_empty() {
                String::new()
            } else {
                format!("    special_aims: {aims}\n")
            };
            let yaml = format!(
                "notice: {{id: t, languages: [fr, nl, en]}}\ndata_categories:\n  - {{id: h, special: health}}\npurposes:\n  - id: p\n    legal_basis: contract\n    special_condition: {condition}\n{aims}    data: [h]\n"
            );
            let decl: Declaration = serde_yaml::from_str(&yaml).unwrap();
            let letter = &condition_letter(condition);
            for (lang, label, text) in [
                (
                    "fr",
                    format!(
                        "- **Condition de traitement (article 9, paragraphe 2, point {letter}), du RGPD)\u{a0}:** "
                    ),
                    fr,
                ),
                (
                    "nl",
                    format!(
                        "- **Voorwaarde voor de verwerking (artikel 9, lid 2, onder {letter}), AVG):** "
                    ),
                    nl,
                ),
                (
                    "en",
                    format!("- **Condition for processing them (Article 9(2)({letter}) GDPR):** "),
                    en,
                ),
            ] {
                let md = r.markdown(&decl, lang).unwrap();
                let line = format!("\n{label}{text}\n");
                assert!(
                    md.contains(&line),
                    "{condition} {lang}: no\n{line}\nin\n{md}"
                );
            }
        }
    }

    /// The letter of an Art. 9(2) condition, read from the model rather than repeated here.
    fn condition_letter(condition: &str) -> String {
        let c: crate::declaration::SpecialCondition = serde_yaml::from_str(condition).unwrap();
        c.article()
            .trim_end_matches(')')
            .rsplit('(')
            .next()
            .unwrap()
            .to_owned()
    }

    /// Both grounds of Art. 10 in the Regulation's words, with the law or the authority.
    #[test]
    fn both_grounds_of_article_10_read_as_the_regulation_words_them() {
        let (r, _) = renderer();
        let yaml = "notice: {id: t, languages: [fr, nl, en]}\ndata_categories:\n  - {id: c, criminal: true}\npurposes:\n  - id: law\n    legal_basis: legal_obligation\n    criminal_basis: {fr: loi X, nl: wet X, en: Act X}\n    data: [c]\n  - id: authority\n    legal_basis: public_task\n    criminal_ground: official_authority\n    criminal_basis: {fr: le SPF Justice, nl: de FOD Justitie, en: the FPS Justice}\n    data: [c]\n";
        let decl: Declaration = serde_yaml::from_str(yaml).unwrap();
        for (lang, by_law, by_authority) in [
            (
                "fr",
                "- **Condition de traitement (article 10 du RGPD)\u{a0}:** le traitement est autorisé par le droit de l'Union ou par le droit d'un État membre qui prévoit des garanties appropriées pour vos droits et libertés. Disposition légale\u{a0}: loi X.\n",
                "- **Condition de traitement (article 10 du RGPD)\u{a0}:** le traitement est effectué sous le contrôle de l'autorité publique. Autorité\u{a0}: le SPF Justice.\n",
            ),
            (
                "nl",
                "- **Voorwaarde voor de verwerking (artikel 10 AVG):** de verwerking is toegestaan bij Unierechtelijke of lidstatelijkrechtelijke bepalingen die passende waarborgen voor uw rechten en vrijheden bieden. Wettelijke bepaling: wet X.\n",
                "- **Voorwaarde voor de verwerking (artikel 10 AVG):** de verwerking vindt plaats onder toezicht van de overheid. Overheidsinstantie: de FOD Justitie.\n",
            ),
            (
                "en",
                "- **Condition for processing them (Article 10 GDPR):** processing is authorised by Union or Member State law providing for appropriate safeguards for your rights and freedoms. Legal provision: Act X.\n",
                "- **Condition for processing them (Article 10 GDPR):** processing is carried out under the control of official authority. Authority: the FPS Justice.\n",
            ),
        ] {
            let md = r.markdown(&decl, lang).unwrap();
            assert!(md.contains(by_law), "{lang}:\n{md}");
            assert!(md.contains(by_authority), "{lang}:\n{md}");
        }
    }
}
