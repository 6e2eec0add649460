//! Rules on sentences in the declaration's own text that misstate the law: asking readers to
//! accept the notice, a right to object to everything, identity-card copies by default,
//! withdrawing a consent nothing rests on, rights requests sent to the supervisory authority.
//!
//! Each is found by a phrase set in French, Dutch and English (see [`crate::lint::phrases`]),
//! written from how published notices phrase it. Matching words cannot be certain, so the
//! rules are warnings: they ask a person to read the sentence.

use crate::declaration::Purpose;
use crate::diagnostic::Severity;
use crate::lint::facts::list;
use crate::lint::phrasebook::PhraseSet;
use crate::lint::phrases::Variant;
use crate::lint::{Context, Docs, Findings, Rule};
use crate::rights::{Right, purpose_rights, uses_consent};

/// The rules of this module, in id order.
pub static RULES: &[Rule] = &[
    Rule {
        id: "N810",
        name: "notice-as-consent",
        severity: Severity::Warning,
        articles: "Art. 4(11), 7(2), 12(1)",
        wp260: Some(
            "WP260, \"Concise, transparent, intelligible and easily accessible\" (privacy information set apart from contractual provisions and terms of use); EDPB Guidelines 05/2020 on consent, section 3.1.2",
        ),
        summary: "a text asks the reader to accept, agree or consent to the notice itself",
        docs: Docs {
            what: "Looks for sentences that make the notice something to accept: \"par la signature du contrat, le bénéficiaire accepte expressément les dispositions … de cette politique\", \"renouveler votre consentement à cette politique\", \"gaat u akkoord met deze privacyverklaring\", \"you agree to this privacy policy\", in French, Dutch and English.",
            why: "A notice informs (Arts. 12-14); it is not a contract term, and accepting it is not consent to anything. WP260 asks that privacy information be set apart from contractual provisions and general terms of use; consent must be specific and given by a clear affirmative act (Art. 4(11)), distinguishable from other matters (Art. 7(2)), and the EDPB presumes consent bundled with the acceptance of terms not freely given (Guidelines 05/2020, conditionality). The Belgian Data Protection Authority adds that accepting terms of use is not a valid way of collecting consent (for cookies).",
            bad: "notice:\n  introduction: {en: By signing the contract, the customer expressly accepts the provisions of this policy.}\n",
            good: "notice:\n  introduction: {en: This notice explains how we use the personal data of our customers' staff.}\n",
        },
        check: Some(notice_as_consent),
        check_all: None,
    },
    Rule {
        id: "N811",
        name: "blanket-objection",
        severity: Severity::Warning,
        articles: "Art. 21(1), 21(2), 12(1)",
        wp260: Some("WP260 Annex, \"The existence of each of the data subject's rights\""),
        summary: "a text gives a right to object to all processing, though some purposes give none",
        docs: Docs {
            what: "Looks for a right to object to the processing of one's data as a whole (\"vous pouvez vous opposer au traitement de vos données\", \"u kunt bezwaar maken tegen de verwerking van uw persoonsgegevens\", \"you may object to the processing of your personal data\") when a purpose it covers gives no such right: a text of a purpose covers that purpose, any other text every purpose. A sentence that names the grounds or the processing concerned (particular situation, legitimate interests, public task, direct marketing) is left alone.",
            why: "The right to object applies to processing on public task or legitimate interests, on grounds relating to one's particular situation (Art. 21(1)), and to direct marketing (Art. 21(2)); not to processing on consent, contract or a legal obligation. notice prints the right where it applies, per purpose; a blanket sentence contradicts that, and tells people they can stop processing they cannot.",
            bad: "rights:\n  notes:\n    object: {en: You may object to the processing of your personal data.}\n",
            good: "rights:\n  notes:\n    object: {en: Write to privacy@acme.example; we stop unless we show compelling legitimate grounds.}\n",
        },
        check: Some(blanket_objection),
        check_all: None,
    },
    Rule {
        id: "N812",
        name: "identity-document-copy",
        severity: Severity::Warning,
        articles: "Art. 5(1)(c), 12(2), 12(6)",
        wp260: Some(
            "EDPB Guidelines 01/2022 on data subject rights - right of access, section 3.3 (proportionality of identification)",
        ),
        summary: "a text asks for a copy of an identity card or passport to exercise rights, as a rule",
        docs: Docs {
            what: "Looks for a copy (or scan) of an identity card, passport or other ID document asked of people who exercise their rights (\"une copie de votre carte d'identité\", \"een kopie van uw identiteitskaart\", \"a copy of your passport\"), unless the text ties it to a doubt about identity.",
            why: "The controller may ask for more information only when it has reasonable doubts about the identity of the person making a request (Art. 12(6)), and must facilitate the exercise of rights (Art. 12(2)). The EDPB asks for a proportionality assessment and warns against collecting more data than identification needs; a copy of an ID document is justified only in some cases, and then with safeguards such as deleting it after the check (Guidelines 01/2022, section 3.3). As reported in secondary sources (not checked against the decisions), the Dutch and Spanish authorities fined organisations for requiring one in 2022, and the Belgian authority called systematic requests unlawful.",
            bad: "rights:\n  identity_check: {en: Enclose a copy of your identity card with your request.}\n",
            good: "rights:\n  identity_check: {en: Write from the e-mail address we know you by; if we have reasonable doubts about who you are, we ask you one question about your account.}\n",
        },
        check: Some(identity_copy),
        check_all: None,
    },
    Rule {
        id: "N813",
        name: "withdrawal-without-consent",
        severity: Severity::Warning,
        articles: "Art. 7(3), 13(2)(c), 14(2)(d)",
        wp260: Some("WP260 Annex, \"The existence of the right to withdraw consent\""),
        summary: "a text speaks of withdrawing consent where the processing does not rest on consent",
        docs: Docs {
            what: "Looks for withdrawing or revoking consent (\"si vous révoquez votre consentement\", \"als u uw toestemming intrekt\", \"if you withdraw your consent\") in the text of a purpose that does not rest on consent (Art. 6(1)(a) or 9(2)(a)), or anywhere else when no purpose does. Cookie texts are left alone: consent to trackers is the ePrivacy Directive's.",
            why: "The right to withdraw consent exists where processing rests on consent (Art. 7(3), 13(2)(c)). Offering it for processing required by law (\"la législation oblige les organisations à conserver…\") misleads: withdrawing changes nothing, and people are not told on what the processing really rests.",
            bad: "purposes:\n  - id: accounting\n    legal_basis: legal_obligation\n    description: {en: Keeping invoices for 7 years. If you withdraw your consent, we keep them anyway.}\n",
            good: "purposes:\n  - id: accounting\n    legal_basis: legal_obligation\n    description: {en: Keeping invoices for 7 years, as the law requires.}\n",
        },
        check: Some(withdrawal_without_consent),
        check_all: None,
    },
    Rule {
        id: "N814",
        name: "rights-request-to-authority",
        severity: Severity::Warning,
        articles: "Art. 12(2), 12(3), 57(1)(f), 77",
        wp260: Some("WP260, \"Information related to the exercise of data subject rights\""),
        summary: "a text sends rights requests to the supervisory authority",
        docs: Docs {
            what: "Looks for requests (to exercise rights) addressed to the supervisory authority: \"introduire cette demande ou une réclamation auprès de l'Autorité de protection des données\", \"uw verzoek aan de Gegevensbeschermingsautoriteit richten\", \"submit your request to the Data Protection Authority\".",
            why: "The controller facilitates the exercise of rights and answers requests within a month (Art. 12(2)-(3)); the supervisory authority handles complaints (Art. 57(1)(f), 77), it does not exercise rights against the controller on someone's behalf. A request sent there is delayed, and the month never starts.",
            bad: "rights:\n  complaint: {en: You may also submit your request, or a complaint, to the Data Protection Authority.}\n",
            good: "rights:\n  complaint: {en: If our answer does not satisfy you, please tell us first; you may also lodge a complaint with the Data Protection Authority.}\n",
        },
        check: Some(request_to_authority),
        check_all: None,
    },
];

/// "By signing … you accept this policy": the notice made into terms to accept.
pub(crate) static ACCEPT_NOTICE: PhraseSet =
    PhraseSet::new("notice-acceptance", "acceptance of the notice", "N810");

pub fn notice_as_consent(cx: &Context, f: &mut Findings) {
    for (v, excerpt) in hits(cx, &ACCEPT_NOTICE, None) {
        f.at(
            &v.at,
            format!(
                "{} makes the notice something to accept (“{excerpt}”): a notice informs; it is neither contract terms nor consent",
                v.which()
            ),
            "remove the sentence; where a purpose rests on consent, ask for that consent separately, purpose by purpose, and say how to withdraw it",
        );
    }
}

/// A right to object to the processing of one's data as a whole.
pub(crate) static OBJECTION: PhraseSet =
    PhraseSet::new("right-to-object", "right to object", "N811");

/// What scopes an objection to where Art. 21 gives it: its grounds or the processing concerned.
pub(crate) static OBJECTION_SCOPE: PhraseSet =
    PhraseSet::new("objection-scope", "scope of the right to object", "N811");

pub fn blanket_objection(cx: &Context, f: &mut Findings) {
    for (v, excerpt) in hits(cx, &OBJECTION, Some(&OBJECTION_SCOPE)) {
        let without: Vec<&str> = scope(cx, v)
            .into_iter()
            .filter(|p| {
                let rights = purpose_rights(cx.decl(), p);
                !rights.contains(&Right::Object) && !rights.contains(&Right::ObjectMarketing)
            })
            .map(|p| p.id.as_str())
            .collect();
        if without.is_empty() {
            continue;
        }
        let who = match without.as_slice() {
            [one] => format!("purpose `{one}` gives"),
            many => format!("purposes {} give", list(many)),
        };
        f.at(
            &v.at,
            format!(
                "{} gives a right to object to all processing (“{excerpt}”), but {who} no right to object (Art. 21 covers public task, legitimate interests and direct marketing)",
                v.which()
            ),
            "say which processing the right covers, or leave it to the notice, which prints the right to object for the purposes that give it",
        );
    }
}

/// A copy of an identity document.
pub(crate) static ID_COPY: PhraseSet = PhraseSet::new(
    "identity-document-copy",
    "copy of an identity document",
    "N812",
);

/// A doubt about identity: Art. 12(6) lets the controller ask for more then.
pub(crate) static DOUBT: PhraseSet =
    PhraseSet::new("identity-doubt", "doubt about identity", "N812");

pub fn identity_copy(cx: &Context, f: &mut Findings) {
    for (v, excerpt) in hits(cx, &ID_COPY, Some(&DOUBT)) {
        f.at(
            &v.at,
            format!(
                "{} asks for a copy of an identity document to exercise rights (“{excerpt}”), with no doubt about identity to justify it",
                v.which()
            ),
            "identify people by what you already know (the e-mail address or account they write from); ask for more only when you have reasonable doubts, and never keep a copy after the check",
        );
    }
}

/// Withdrawing or revoking consent.
pub(crate) static WITHDRAWAL: PhraseSet =
    PhraseSet::new("consent-withdrawal", "withdrawal of consent", "N813");

pub fn withdrawal_without_consent(cx: &Context, f: &mut Findings) {
    for (v, excerpt) in hits(cx, &WITHDRAWAL, None) {
        if v.text_path.starts_with("cookies") {
            continue;
        }
        let purposes = scope(cx, v);
        if purposes.iter().any(|p| uses_consent(p)) {
            continue;
        }
        let reason = match owner(&v.text_path).and_then(|i| cx.decl().purposes.get(i)) {
            Some(p) => format!("purpose `{}` does not rest on consent", p.id),
            None => "no purpose rests on consent".to_owned(),
        };
        f.at(
            &v.at,
            format!(
                "{} speaks of withdrawing consent (“{excerpt}”), but {reason}",
                v.which()
            ),
            "remove the sentence; if the processing does rest on consent, declare `legal_basis: consent` with `withdraw:`",
        );
    }
}

/// A request sent to the supervisory authority, alone or with a complaint.
pub(crate) static REQUEST_TO_AUTHORITY: PhraseSet = PhraseSet::new(
    "requests-to-authority",
    "rights requests to the authority",
    "N814",
);

pub fn request_to_authority(cx: &Context, f: &mut Findings) {
    for (v, excerpt) in hits(cx, &REQUEST_TO_AUTHORITY, None) {
        f.at(
            &v.at,
            format!(
                "{} sends rights requests to the supervisory authority (“{excerpt}”): the controller answers requests; the authority takes complaints",
                v.which()
            ),
            "address requests to the controller (`rights.contact`); the notice itself tells people they may complain to the authority",
        );
    }
}

/// Each language version of a text in which `set` matches (and `unless` does not), with the
/// words it matched as written.
fn hits<'c>(
    cx: &'c Context,
    set: &PhraseSet,
    unless: Option<&PhraseSet>,
) -> Vec<(&'c Variant, String)> {
    let (set, unless) = (cx.phrases(set), unless.map(|u| cx.phrases(u)));
    cx.variants()
        .iter()
        .filter_map(|v| {
            let langs = v.langs();
            let found = set.find(&v.words, &langs)?;
            if unless.is_some_and(|u| u.occurs(&v.words, &langs)) {
                return None;
            }
            Some((v, v.words.excerpt(found).to_owned()))
        })
        .collect()
}

/// The index of the purpose a text belongs to: `purposes[3].description` → 3.
fn owner(path: &str) -> Option<usize> {
    path.strip_prefix("purposes[")?
        .split(']')
        .next()?
        .parse()
        .ok()
}

/// The purposes a text speaks for: its own purpose, or every purpose with a legal basis.
fn scope<'a>(cx: &Context<'a>, v: &Variant) -> Vec<&'a Purpose> {
    let purposes = &cx.decl().purposes;
    match owner(&v.text_path).and_then(|i| purposes.get(i)) {
        Some(p) => vec![p],
        None => purposes
            .iter()
            .filter(|p| !p.legal_basis.is_empty())
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::phrases::Words;

    fn found(set: &PhraseSet, text: &str, lang: &str) -> Option<String> {
        let w = Words::new(text);
        set.builtin()
            .find(&w, &[lang])
            .map(|f| w.excerpt(f).to_owned())
    }

    /// Sentences from published notices (the seeds of `examples/`) and common variants: each
    /// must be found by its set, and each near miss must not.
    #[test]
    fn real_sentences_and_near_misses() {
        let cases: &[(&PhraseSet, &str, &str, bool)] = &[
            (
                &ACCEPT_NOTICE,
                "de",
                "Mit der Nutzung dieser Website akzeptieren Sie diese Datenschutzerklärung.",
                true,
            ),
            (
                &ACCEPT_NOTICE,
                "de",
                "Diese Datenschutzerklärung erläutert, wie wir Ihre Daten verarbeiten.",
                false,
            ),
            (
                &ID_COPY,
                "de",
                "Bitte fügen Sie Ihrem Antrag eine Kopie Ihres Personalausweises bei.",
                true,
            ),
            (
                &REQUEST_TO_AUTHORITY,
                "de",
                "Sie können Ihren Antrag oder eine Beschwerde auch an die Datenschutzbehörde richten.",
                true,
            ),
            (
                &WITHDRAWAL,
                "de",
                "Sie können Ihre Einwilligung jederzeit widerrufen.",
                true,
            ),
            (
                &ACCEPT_NOTICE,
                "fr",
                "Par la signature du contrat, le bénéficiaire accepte expressément les dispositions reprises ci-dessous relatives à cette Politique.",
                true,
            ),
            (
                &ACCEPT_NOTICE,
                "fr",
                "nous vous contacterons afin de renouveler votre consentement à cette Politique de protection des données",
                true,
            ),
            (
                &ACCEPT_NOTICE,
                "fr",
                "En utilisant ce site, vous acceptez la présente politique de confidentialité.",
                true,
            ),
            (
                &ACCEPT_NOTICE,
                "nl",
                "Door de ondertekening van het contract aanvaardt de begunstigde uitdrukkelijk de hieronder opgenomen bepalingen van dit beleid.",
                true,
            ),
            (
                &ACCEPT_NOTICE,
                "nl",
                "Door onze website te gebruiken, gaat u akkoord met deze privacyverklaring.",
                true,
            ),
            (
                &ACCEPT_NOTICE,
                "en",
                "By using this website you agree to this privacy policy.",
                true,
            ),
            (
                &ACCEPT_NOTICE,
                "en",
                "we will contact you to renew your consent to this data protection policy",
                true,
            ),
            // The definition of consent, and cookies accepted: not the notice.
            (
                &ACCEPT_NOTICE,
                "fr",
                "par laquelle la personne concernée accepte, par une déclaration ou par un acte positif clair",
                false,
            ),
            (
                &ACCEPT_NOTICE,
                "fr",
                "les cookies de mesure d'audience, si vous les acceptez",
                false,
            ),
            (
                &ACCEPT_NOTICE,
                "en",
                "you consent to the use of cookies as described in this policy",
                false,
            ),
            (
                &OBJECTION,
                "nl",
                "Tevens kunt u bezwaar formuleren tegen de verwerking van uw persoonsgegevens (of een deel hiervan).",
                true,
            ),
            (
                &OBJECTION,
                "fr",
                "Vous pouvez vous opposer au traitement de tout ou partie de vos données à caractère personnel.",
                true,
            ),
            (
                &OBJECTION,
                "en",
                "You may object to the processing of all or part of your personal data by us.",
                true,
            ),
            (
                &OBJECTION_SCOPE,
                "fr",
                "les clients peuvent s'opposer au traitement de leurs données pour des motifs liés à leur situation particulière",
                true,
            ),
            (
                &ID_COPY,
                "nl",
                "Om uw identiteit te controleren vragen wij u om een kopie van uw identiteitskaart mee te sturen.",
                true,
            ),
            (
                &ID_COPY,
                "fr",
                "en prouvant l'identité de la personne concernée, par exemple, par la transmission d'une copie de la carte d'identité",
                true,
            ),
            (
                &ID_COPY,
                "en",
                "please enclose a scan of your passport",
                true,
            ),
            (
                &ID_COPY,
                "fr",
                "Moyennant la preuve de votre identité et d'une demande datée et signée",
                false,
            ),
            (
                &WITHDRAWAL,
                "fr",
                "En cas de révocation de consentement, ces données ne seront plus utilisées.",
                true,
            ),
            (
                &WITHDRAWAL,
                "fr",
                "Si vous révoquez votre consentement, ces données ne sont plus utilisées.",
                true,
            ),
            (
                &WITHDRAWAL,
                "nl",
                "Als u uw toestemming intrekt, worden deze gegevens niet langer gebruikt.",
                true,
            ),
            (
                &WITHDRAWAL,
                "nl",
                "Trekt u uw toestemming in, dan stoppen wij.",
                true,
            ),
            (
                &WITHDRAWAL,
                "en",
                "If you withdraw your consent, these data are no longer used.",
                true,
            ),
            (
                &REQUEST_TO_AUTHORITY,
                "fr",
                "Les personnes concernées sont également en droit d'introduire à titre gratuit cette demande ou une réclamation auprès de l'Autorité de Protection des Données.",
                true,
            ),
            (
                &REQUEST_TO_AUTHORITY,
                "nl",
                "U kunt uw verzoek of een klacht ook kosteloos aan de Gegevensbeschermingsautoriteit richten.",
                true,
            ),
            (
                &REQUEST_TO_AUTHORITY,
                "en",
                "You may also submit your request, or a complaint, to the Data Protection Authority free of charge.",
                true,
            ),
            // A complaint after a request is the right order.
            (
                &REQUEST_TO_AUTHORITY,
                "en",
                "If you are not satisfied with our answer to your request, you may lodge a complaint with the supervisory authority.",
                false,
            ),
            (
                &REQUEST_TO_AUTHORITY,
                "fr",
                "Si notre réponse à votre demande ne vous satisfait pas, vous pouvez introduire une réclamation auprès de l'Autorité de protection des données.",
                false,
            ),
            (
                &REQUEST_TO_AUTHORITY,
                "nl",
                "Bent u niet tevreden over ons antwoord op uw verzoek, dan kunt u een klacht indienen bij de Gegevensbeschermingsautoriteit.",
                false,
            ),
        ];
        for (set, lang, text, expected) in cases {
            assert_eq!(found(set, text, lang).is_some(), *expected, "{text}");
        }
    }

    #[test]
    fn texts_belong_to_their_purpose() {
        assert_eq!(owner("purposes[12].description"), Some(12));
        assert_eq!(owner("rights.notes.object"), None);
    }
}
