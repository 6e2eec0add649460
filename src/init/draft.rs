//! The declaration `notice init` writes: the facts given filled in, a `TODO: …` placeholder in
//! every text only a person can write, a `TODO` comment where a choice is theirs, and above each
//! section what the law asks of it.
//!
//! Fields that take a fixed value (a legal basis, whether data must be provided) are left out
//! rather than guessed: lint then reports them as missing, and [`super::mark`] marks the line
//! it points at.

use std::fmt::Write as _;

use super::answers::{Answers, Dpo};
use crate::date::Date;
use crate::lint::rules::PLACEHOLDER;
use crate::reference::{Reference, Service};

/// The ids of the entries the declaration starts with, for the user to rename.
const CATEGORY_ID: &str = "data-1";
const PURPOSE_ID: &str = "purpose-1";
const ACTIVITY_ID: &str = "clients-1";

/// A YAML document written line by line.
struct Yaml<'a> {
    out: String,
    langs: &'a [String],
}

impl Yaml<'_> {
    fn line(&mut self, indent: usize, text: &str) {
        let _ = writeln!(self.out, "{:indent$}{text}", "");
    }

    /// A comment, from lines already wrapped (about 95 columns, with the indent).
    fn comment(&mut self, indent: usize, text: &str) {
        for line in text.lines() {
            self.line(indent, format!("# {line}").trim_end());
        }
    }

    fn blank(&mut self) {
        self.out.push('\n');
    }

    /// `key: value`, the value quoted as YAML needs.
    fn field(&mut self, indent: usize, key: &str, value: &str) {
        self.line(indent, &format!("{key}: {}", scalar(value)));
    }

    /// `key:` and a placeholder in each language: a free text only a person can write.
    fn text(&mut self, indent: usize, key: &str, hint: &str) {
        self.line(indent, &format!("{key}:"));
        for lang in self.langs {
            self.field(indent + 2, lang, &placeholder(hint));
        }
    }
}

/// `TODO: hint`: what lint reports (N070) until a person writes the fact in its place.
fn placeholder(hint: &str) -> String {
    format!("{PLACEHOLDER}: {hint}")
}

/// `value` as a YAML scalar: plain where YAML reads it back as the same string, quoted
/// otherwise (a name with `: `, `#`, a leading `-`, or one that reads as a number or a boolean).
fn scalar(value: &str) -> String {
    serde_yaml::to_string(value)
        .map(|s| s.trim_end().to_owned())
        .unwrap_or_else(|_| format!("{value:?}"))
}

/// The declaration for `a`, with `id` as the notice's id, dated `today`.
pub fn draft(a: &Answers, id: &str, today: Date, reference: &Reference) -> String {
    let services: Vec<&Service> = a
        .services
        .iter()
        .filter_map(|s| reference.service(s).ok())
        .collect();
    let inside_eea = reference.country(&a.country).is_ok_and(|c| c.inside_eea());
    let mut y = Yaml {
        out: String::new(),
        langs: &a.languages,
    };
    header(&mut y, a, today);
    notice(&mut y, a, id, today);
    controller(&mut y, a);
    dpo(&mut y, &a.dpo);
    authority(&mut y, a, inside_eea);
    categories(&mut y);
    purposes(&mut y, a);
    recipients(&mut y, &services);
    if a.role.for_clients() {
        activities(&mut y);
    }
    cookies(&mut y, &services);
    y.comment(
        0,
        "More a notice can say (the field reference describes each): `data_subjects`, whose data\n\
         each purpose concerns; `joint_controllers` (Art. 26); `storage`, where the data are kept;\n\
         `security`, the measures taken; `rights`, a contact for requests and how identity is\n\
         checked; `notice.url`, where the notice is published.",
    );
    y.out
}

fn header(y: &mut Yaml, a: &Answers, today: Date) {
    y.comment(
        0,
        &format!(
            "The privacy notice of {name}: a declaration of how it handles personal data, which\n\
             `notice build` turns into the notice people read (GDPR Articles 13 and 14) in each of\n\
             its languages. Written by `notice init` on {today}.\n\
             \n\
             Each TODO marks what only you can say. `notice lint` reports every one at its line (a\n\
             `TODO: …` text as N070, a missing item under the rule that requires it), and `notice\n\
             build` writes nothing until they are resolved: write the fact in place of each `TODO: …`\n\
             text, add what each TODO comment asks for, then delete the comment. `notice explain ID`\n\
             says what a rule asks and why; the field reference (docs/reference/fields.md in the\n\
             repository of notice) describes every field, and `notice schema` gives editors\n\
             completion.",
            name = a.name
        ),
    );
    y.blank();
}

fn notice(y: &mut Yaml, a: &Answers, id: &str, today: Date) {
    y.comment(
        0,
        &format!(
            "The notice (Art. 12). `id` names the folder it is written to (out/{id}/); `effective` is\n\
             the date it applies from: make it the day you publish it. Free texts are written in\n\
             each language; the first is the default, for a missing translation."
        ),
    );
    y.line(0, "notice:");
    y.field(2, "id", id);
    y.line(2, &format!("effective: {today}"));
    y.line(2, &format!("languages: [{}]", a.languages.join(", ")));
    y.field(2, "default_language", &a.languages[0]);
    y.blank();
}

fn controller(y: &mut Yaml, a: &Answers) {
    y.comment(
        0,
        "Who is responsible for the data, and how to reach them (Art. 13(1)(a), 14(1)(a)). Requests\n\
         about personal data come to this contact (or to `rights.contact`, if you add one): give an\n\
         email address, a phone number or a web form besides the postal address (Art. 12(2)).",
    );
    y.line(0, "controller:");
    y.field(2, "name", &a.name);
    y.field(2, "country", &a.country);
    y.line(2, "contact:");
    y.text(4, "address", "street and number, postcode and town");
    y.field(
        4,
        "email",
        &placeholder("the address that answers questions about personal data"),
    );
    y.blank();
}

/// When Art. 37 requires a DPO, for whoever has to decide whether there is one.
const DPO_REQUIRED: &str = "Art. 37 requires one of public bodies, and of organisations whose core activities are\n\
     monitoring people, or processing special-category or criminal data, on a large scale.";

fn dpo(y: &mut Yaml, dpo: &Dpo) {
    match dpo {
        Dpo::None => {
            y.comment(
                0,
                &format!("The data protection officer (Art. 37-39, 13(1)(b)): none is appointed.\n{DPO_REQUIRED}"),
            );
            y.line(0, "dpo: none");
        }
        Dpo::Email(email) => {
            y.comment(
                0,
                "The data protection officer (Art. 37-39): the notice gives their contact (Art. 13(1)(b)).",
            );
            y.line(0, "dpo:");
            y.line(2, "contact:");
            y.field(4, "email", email);
        }
        Dpo::Unknown => {
            y.comment(
                0,
                &format!("The data protection officer (Art. 37-39, 13(1)(b)).\n{DPO_REQUIRED}"),
            );
            y.line(0, "dpo:");
            y.line(2, "contact:");
            y.field(
                4,
                "email",
                &placeholder("the DPO's email address; without a DPO, write `dpo: none` instead of this entry"),
            );
        }
    }
}

fn authority(y: &mut Yaml, a: &Answers, inside_eea: bool) {
    y.blank();
    if inside_eea {
        y.comment(
            0,
            "An EU representative (Art. 27) is for organisations established outside the EU.",
        );
        y.line(0, "representative: none");
        y.comment(
            0,
            &format!(
                "Where people can lodge a complaint (Art. 13(2)(d), 77): the authority of {cc}, named with\n\
                 its contact details from the built-in reference data. `notice reference authorities {cc}`\n\
                 shows them, with the state's other authorities (for public bodies, say) and their ids.",
                cc = a.country
            ),
        );
        y.field(0, "supervisory_authority", &a.country);
    } else {
        y.comment(
            0,
            &format!(
                "Established outside the EEA, {name} needs a representative in the Union (Art. 27) if it\n\
                 offers goods or services to people there or monitors their behaviour; the notice names\n\
                 it (Art. 13(1)(a)). Write `representative: none` if Art. 27(2) exempts you.",
                name = a.name
            ),
        );
        y.line(0, "representative:");
        y.field(2, "name", &placeholder("the representative's name"));
        y.field(
            2,
            "country",
            &placeholder("the code of its EU/EEA state, e.g. BE"),
        );
        y.line(2, "contact:");
        y.field(
            4,
            "email",
            &placeholder("the representative's email address"),
        );
        y.comment(
            0,
            "Where people can lodge a complaint (Art. 13(2)(d), 77): an EU/EEA state's authority, by\n\
             the state's code, usually that of your representative (`notice reference authorities`).",
        );
        y.field(
            0,
            "supervisory_authority",
            &placeholder("the code of the EU/EEA state, e.g. BE"),
        );
    }
    y.blank();
}

fn categories(y: &mut Yaml) {
    y.comment(
        0,
        "The data you process, one entry per category (Art. 13(1)(c), 14(1)(d)). Say where they come\n\
         from when it is not the person themselves (`source:`, Art. 14(2)(f)), and, for data people\n\
         give you, whether they must and what happens if they do not (`provision:`, Art. 13(2)(e)).\n\
         Purposes name categories by `id`, a slug of your choice.",
    );
    y.line(0, "data_categories:");
    y.line(2, &format!("- id: {CATEGORY_ID}"));
    y.text(4, "label", "a short name, e.g. Contact details");
    y.text(
        4,
        "description",
        "what the category holds, e.g. name, postal address, email address",
    );
    y.comment(
        4,
        "TODO: add `requirement:` under `provision:`, one of statutory, contractual,\n\
         contract_prerequisite (needed to enter into a contract) or voluntary.",
    );
    y.line(4, "provision:");
    y.text(
        6,
        "consequences",
        "what happens if they are not provided, e.g. we cannot deliver your order.",
    );
    y.blank();
}

fn purposes(y: &mut Yaml, a: &Answers) {
    y.comment(
        0,
        "What you do with the data, one entry per purpose (Art. 13(1)(c), 14(1)(c)): on which legal\n\
         basis (Art. 6(1)), with which data, who receives them (Art. 13(1)(e)) and how long they are\n\
         kept (Art. 13(2)(a)). The rights the notice lists follow from the legal bases.",
    );
    if a.role.for_clients() {
        y.comment(
            0,
            "As a processor too, you are the controller of your own processing (your clients' contact\n\
             persons, your staff, your website's visitors): it goes here; what you do for clients\n\
             goes under `processor_activities`, below.",
        );
    }
    y.line(0, "purposes:");
    y.line(2, &format!("- id: {PURPOSE_ID}"));
    y.text(4, "label", "a short name, e.g. Orders and delivery");
    y.text(
        4,
        "description",
        "what you do with the data, e.g. Taking and delivering your orders.",
    );
    y.comment(
        4,
        "TODO: add `legal_basis:`, one of consent (then say in `withdraw:` how to withdraw it),\n\
         contract, legal_obligation (then name the law in `law:`), vital_interests, public_task\n\
         (then `law:`) or legitimate_interests (then say which in `legitimate_interests:`).",
    );
    y.line(4, &format!("data: [{CATEGORY_ID}]"));
    y.comment(
        4,
        "TODO: add `retention:`, how long the data are kept: a period from an event, such as\n\
         `{duration: 2 years, after: end_of_contract}`, or `criteria:` where no period applies.",
    );
    y.blank();
}

fn recipients(y: &mut Yaml, services: &[&Service]) {
    let about = "Who receives the data (Art. 13(1)(e)), and how each transfer outside the EEA is\n\
                 safeguarded (Art. 13(1)(f)).";
    if services.is_empty() {
        y.comment(
            0,
            &format!(
                "{about} Add them here, as services of the built-in catalogue\n\
                 (`notice reference services` lists them) or by name, and name each in the\n\
                 `recipients:` of the purposes whose data it receives:\n\
                 recipients:\n\
                 \x20 - use: mailchimp\n\
                 \x20 - id: accountant\n\
                 \x20   name: Fiduciaire Exemple SRL\n\
                 \x20   role: processor\n\
                 \x20   country: BE\n\
                 \x20   service: {{en: keeping our accounts}}"
            ),
        );
        y.blank();
        return;
    }
    y.comment(
        0,
        &format!(
            "{about} `use:` takes a service's facts from the built-in catalogue\n\
             (`notice reference services ID` shows them, with their sources); a fact written beside\n\
             it replaces the catalogue's, where your contract says otherwise. Name each recipient in\n\
             the `recipients:` of the purposes whose data it receives, by its id (the service's), and\n\
             add the others (an accountant, a carrier…) with `id`, `name`, `role`, `country` and\n\
             `service`."
        ),
    );
    y.line(0, "recipients:");
    for s in services {
        y.line(2, &format!("- use: {}", s.id()));
        // Art. 13(1)(f) asks how to obtain a copy of Art. 46/47 safeguards; where they are
        // made available is the organisation's own decision.
        if s.transfers().iter().any(|t| t.mechanism().has_copy()) {
            y.line(4, "transfer:");
            y.field(
                6,
                "copy",
                &placeholder(
                    "where people can get a copy of the safeguards, an https: or mailto: address",
                ),
            );
        }
    }
    y.blank();
}

fn activities(y: &mut Yaml) {
    y.comment(
        0,
        "What you do as a processor, on behalf of clients (Art. 28): the notice says that the\n\
         client's own notice applies, and what you do for them. One entry per activity or kind of\n\
         client; `client_notice`, `data`, `retention` and `sub_processors` can say more.",
    );
    y.line(0, "processor_activities:");
    y.line(2, &format!("- id: {ACTIVITY_ID}"));
    y.text(
        4,
        "client_category",
        "the clients you process data for, e.g. Employers who lease bicycles",
    );
    y.text(4, "description", "what you do with the data for them");
    y.blank();
}

fn cookies(y: &mut Yaml, services: &[&Service]) {
    let with_trackers: Vec<&&Service> = services
        .iter()
        .filter(|s| s.trackers().is_some_and(|t| !t.is_empty()))
        .collect();
    if with_trackers.is_empty() {
        return;
    }
    y.comment(
        0,
        "Cookies and similar trackers on your website (Art. 13(2)(a); ePrivacy Directive, Art.\n\
         5(3)). `use:` lists the cookies the catalogue knows for a service. Those not strictly\n\
         necessary need consent, and the notice says how to give and withdraw it.",
    );
    y.line(0, "cookies:");
    let consent = with_trackers
        .iter()
        .flat_map(|s| s.trackers().unwrap_or_default())
        .any(|t| !t.essential());
    if consent {
        y.text(
            2,
            "manage",
            "how visitors accept, refuse and later withdraw consent, e.g. the cookie banner and a Cookies link on every page",
        );
    }
    y.line(2, "trackers:");
    for s in with_trackers {
        y.line(4, &format!("- use: {}", s.id()));
    }
    y.blank();
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::declaration::Declaration;
    use crate::init::answers::Role;

    fn answers(country: &str, dpo: Dpo, services: &[&str]) -> Answers {
        Answers {
            name: "Zénne & Co: Test SRL".to_owned(),
            country: country.to_owned(),
            languages: vec!["fr".into(), "en".into()],
            role: Role::Both,
            dpo,
            services: services.iter().map(|s| (*s).to_owned()).collect(),
        }
    }

    fn parsed(text: &str) -> Declaration {
        serde_yaml::from_str(text).unwrap_or_else(|e| panic!("{e}\n{text}"))
    }

    #[test]
    fn the_facts_given_are_in_the_declaration() {
        let reference = Reference::builtin().unwrap();
        let a = answers(
            "BE",
            Dpo::Email("dpo@test.example".into()),
            &["mailchimp", "google-analytics-4", "hubspot"],
        );
        let text = draft(
            &a,
            "zenne-co-test-srl",
            Date::new(2026, 12, 2).unwrap(),
            &reference,
        );
        let d = parsed(&text);
        let c = d.controller.as_ref().unwrap();
        assert_eq!(c.name.as_deref(), Some("Zénne & Co: Test SRL"));
        assert_eq!(d.notice.id.as_deref(), Some("zenne-co-test-srl"));
        assert_eq!(d.notice.languages, ["fr", "en"]);
        assert_eq!(d.notice.default_language.as_deref(), Some("fr"));
        assert!(text.contains("  effective: 2026-12-02\n"));
        assert!(text.contains("supervisory_authority: BE\n"));
        assert!(text.contains("representative: none\n"));
        assert!(text.contains("dpo:\n  contact:\n    email: dpo@test.example\n"));
        assert!(text.contains("  - use: mailchimp\n  - use: google-analytics-4\n  - use: hubspot\n    transfer:\n      copy: "));
        assert!(text.contains("  trackers:\n    - use: google-analytics-4\n"));
        assert!(text.contains("  manage:\n    fr: 'TODO: how visitors accept"));
        assert!(text.contains("processor_activities:\n"));
        assert!(text.contains(
            "      fr: 'TODO: street and number, postcode and town'\n      en: 'TODO: street"
        ));
    }

    #[test]
    fn outside_the_eea_the_representative_and_authority_are_left_to_write() {
        let reference = Reference::builtin().unwrap();
        let text = draft(
            &answers("US", Dpo::None, &[]),
            "x",
            Date::new(2026, 12, 2).unwrap(),
            &reference,
        );
        parsed(&text);
        assert!(text.contains("representative:\n  name: 'TODO: the representative''s name'\n"));
        assert!(
            text.contains("supervisory_authority: 'TODO: the code of the EU/EEA state, e.g. BE'\n")
        );
        assert!(text.contains("dpo: none\n"));
        // Without services, recipients and cookies are only described.
        assert!(text.contains("# recipients:\n#   - use: mailchimp\n"));
        assert!(!text.contains("\nrecipients:") && !text.contains("\ncookies:"));
    }
}
