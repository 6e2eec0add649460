//! The facts `notice init` starts a declaration from, each checked as it is given: the same
//! check for a flag and for an answer at a prompt, against the reference data and the locales.

use std::fmt;

use clap::ValueEnum;

use crate::i18n::Locales;
use crate::lint::phrases::Words;
use crate::reference::Reference;
use crate::suggest::close_matches;

/// How the organisation processes personal data.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Role {
    /// For its own purposes: the notice describes them.
    Controller,
    /// On behalf of clients (Art. 28): the notice says the client's notice applies.
    Processor,
    /// For its own purposes and on behalf of clients.
    Both,
}

impl Role {
    /// Whether it processes data on behalf of clients.
    pub fn for_clients(self) -> bool {
        self != Role::Controller
    }
}

/// What is known of the data protection officer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Dpo {
    /// None is appointed.
    None,
    /// One is appointed, whose contact is still to be written.
    Unknown,
    /// One is appointed, reached at this email address.
    Email(String),
}

/// Every fact the declaration is written from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Answers {
    pub name: String,
    /// An ISO 3166-1 alpha-2 code, in capitals.
    pub country: String,
    /// Languages with a locale, the first being the default.
    pub languages: Vec<String>,
    pub role: Role,
    pub dpo: Dpo,
    /// Ids of catalogue entries, as the catalogue spells them.
    pub services: Vec<String>,
}

/// A value that was refused, with what to give instead.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Refusal {
    pub message: String,
    pub help: Option<String>,
}

impl Refusal {
    fn new(message: impl Into<String>) -> Refusal {
        Refusal {
            message: message.into(),
            help: None,
        }
    }

    fn help(mut self, help: impl Into<String>) -> Refusal {
        self.help = Some(help.into());
        self
    }
}

impl fmt::Display for Refusal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.message)?;
        if let Some(help) = &self.help {
            write!(f, "\n  = help: {help}")?;
        }
        Ok(())
    }
}

/// What answers are checked against.
pub struct Checker<'a> {
    pub reference: &'a Reference,
    pub locales: &'a Locales,
}

/// The items of a list written on one line: separated by commas or spaces.
fn items(list: &str) -> impl Iterator<Item = &str> {
    list.split(|c: char| c == ',' || c.is_whitespace())
        .filter(|s| !s.is_empty())
}

/// The words of `text` in lower case without accents, joined by `sep`: what names are
/// compared in, and what a notice id is made of.
fn folded(text: &str, sep: &str) -> String {
    let words = Words::new(text);
    (0..words.words.len())
        .map(|k| words.norm(k))
        .collect::<Vec<_>>()
        .join(sep)
}

/// The notice id for an organisation's name: its words as a slug (`Atelier Zénne SRL` is
/// `atelier-zenne-srl`). Letters outside ASCII that have no plain form are left out, and a
/// name with none left gives `notice`.
pub fn slug(name: &str) -> String {
    let slug: String = folded(name, "-")
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
        .collect();
    let slug = slug
        .split('-')
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    if slug.is_empty() {
        "notice".to_owned()
    } else {
        slug
    }
}

impl Checker<'_> {
    /// The legal name: one line, not empty.
    pub fn name(&self, answer: &str) -> Result<String, Refusal> {
        let name = answer.trim();
        if name.is_empty() {
            return Err(Refusal::new("the organisation's name is empty")
                .help("give its legal name, as registered (`Acme SRL`)"));
        }
        if name.chars().any(char::is_control) {
            return Err(
                Refusal::new("the name holds a line break or a control character")
                    .help("give the name on one line"),
            );
        }
        Ok(name.to_owned())
    }

    /// A country by its ISO code (any case) or by its name in a language of the reference data.
    pub fn country(&self, answer: &str) -> Result<String, Refusal> {
        let answer = answer.trim();
        match self.reference.country(answer) {
            Ok(c) => return Ok(c.code().to_owned()),
            // Any two letters are a code or one edit from several: no suggestion, but what
            // the reference data say of the code (`UK` is GB there).
            Err(e) if answer.len() == 2 => return Err(Refusal::new(e.to_string())),
            Err(_) => {}
        }
        let wanted = folded(answer, " ");
        let countries = self.reference.countries();
        if let Some(c) = countries
            .iter()
            .find(|c| c.names().values().any(|n| folded(n, " ") == wanted))
        {
            return Ok(c.code().to_owned());
        }
        // Codes and names alike may be misspelt; each suggestion is given as a code.
        let keys: Vec<(String, &str)> = countries
            .iter()
            .flat_map(|c| {
                let names = c.names().values().map(|n| folded(n, " "));
                std::iter::once(c.code().to_ascii_lowercase())
                    .chain(names)
                    .map(move |k| (k, c.code()))
            })
            .collect();
        let close = close_matches(&wanted, keys.iter().map(|(k, _)| k.as_str()), 3);
        let mut codes: Vec<&str> = Vec::new();
        for k in close {
            if let Some((_, code)) = keys.iter().find(|(key, _)| key == k)
                && !codes.contains(code)
            {
                codes.push(code);
            }
        }
        let refusal = Refusal::new(format!("unknown country `{answer}`"));
        Err(if codes.is_empty() {
            refusal.help("give its ISO 3166-1 alpha-2 code, such as BE, FR or NL")
        } else {
            refusal.help(format!("did you mean {}?", self.named(&codes)))
        })
    }

    /// `BE (Belgium), BG (Bulgaria)`: codes with their English names, for suggestions.
    fn named(&self, codes: &[&str]) -> String {
        codes
            .iter()
            .map(|code| match self.reference.country(code) {
                Ok(c) => format!("{code} ({})", c.name("en").unwrap_or(code)),
                Err(_) => (*code).to_owned(),
            })
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// Languages a locale writes, without repeats, in the order given.
    pub fn languages(&self, answer: &str) -> Result<Vec<String>, Refusal> {
        let known: Vec<&str> = self.locales.languages().collect();
        let mut langs: Vec<String> = Vec::new();
        for lang in items(answer) {
            let lang = lang.to_ascii_lowercase();
            if !self.locales.has(&lang) {
                let close = crate::suggest::did_you_mean(&lang, known.iter().copied())
                    .map(|k| format!("did you mean `{k}`? "))
                    .unwrap_or_default();
                return Err(
                    Refusal::new(format!("no locale writes notices in `{lang}`"))
                        .help(format!("{close}the languages are {}", known.join(", "))),
                );
            }
            if !langs.contains(&lang) {
                langs.push(lang);
            }
        }
        if langs.is_empty() {
            return Err(Refusal::new("no language given")
                .help(format!("give one or more of {}", known.join(", "))));
        }
        Ok(langs)
    }

    /// The languages to propose for a country: those of its authority's state that a locale
    /// writes, in the state's order, then English where a locale writes it, for everyone else.
    pub fn default_languages(&self, country: &str) -> Vec<String> {
        let native = self
            .reference
            .authority(country)
            .map(|a| a.native_languages().to_vec())
            .unwrap_or_default();
        let mut langs: Vec<String> = native.into_iter().filter(|l| self.locales.has(l)).collect();
        if self.locales.has("en") && !langs.iter().any(|l| l == "en") {
            langs.push("en".to_owned());
        }
        if langs.is_empty() {
            langs = self.locales.languages().map(str::to_owned).collect();
        }
        langs
    }

    /// Catalogue entries by id, without repeats, in the order given; none for an empty list.
    pub fn services(&self, answer: &str) -> Result<Vec<String>, Refusal> {
        let mut ids: Vec<String> = Vec::new();
        for id in items(answer) {
            let service = self.reference.service(id).map_err(|e| {
                let close = match e.close.as_slice() {
                    [] => String::new(),
                    close => format!("did you mean {}? ", close.join(", ")),
                };
                Refusal::new(e.to_string()).help(format!(
                    "{close}`notice reference services` lists the catalogue"
                ))
            })?;
            let id = service.id().to_owned();
            if !ids.contains(&id) {
                ids.push(id);
            }
        }
        Ok(ids)
    }
}

/// `controller`, `processor` or `both`, in any case.
pub fn role(answer: &str) -> Result<Role, Refusal> {
    Role::from_str(answer.trim(), true).map_err(|_| {
        Refusal::new(format!("`{}` is not a role", answer.trim()))
            .help("give controller, processor or both")
    })
}

/// `none` (or `no`), `yes` (one is appointed, contact to be written), or an email address.
pub fn dpo(answer: &str) -> Result<Dpo, Refusal> {
    let answer = answer.trim();
    match answer.to_ascii_lowercase().as_str() {
        "none" | "no" | "n" => return Ok(Dpo::None),
        "yes" | "y" => return Ok(Dpo::Unknown),
        _ => {}
    }
    if !answer.contains('@') {
        return Err(
            Refusal::new(format!("`{answer}` is neither no, yes nor an email address"))
                .help("no (none is appointed), yes (one is, whose contact is written later), or the DPO's email address"),
        );
    }
    email(answer).map(Dpo::Email)
}

/// An email address, as people type one: something on each side of one `@`, no spaces.
pub fn email(answer: &str) -> Result<String, Refusal> {
    let address = answer.trim();
    let address = address.strip_prefix("mailto:").unwrap_or(address);
    let well_formed = address
        .split_once('@')
        .is_some_and(|(user, host)| !user.is_empty() && host.contains('.') && !host.contains('@'))
        && !address.chars().any(|c| c.is_whitespace() || c.is_control());
    if well_formed {
        Ok(address.to_owned())
    } else {
        Err(Refusal::new(format!("`{address}` is not an email address"))
            .help("give an address such as dpo@acme.example"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn with<T>(check: impl FnOnce(&Checker) -> T) -> T {
        let reference = Reference::builtin().unwrap();
        let locales = Locales::load(None).unwrap();
        check(&Checker {
            reference: &reference,
            locales: &locales,
        })
    }

    #[test]
    fn slugs_are_made_of_the_words_of_the_name() {
        assert_eq!(slug("Test SRL"), "test-srl");
        assert_eq!(slug("  Atelier Zénne  S.R.L. "), "atelier-zenne-s-r-l");
        assert_eq!(slug("L'Œuf & Co"), "l-oeuf-co");
        assert_eq!(slug("Ελληνικά"), "notice");
        assert!(crate::lint::rules::is_slug(&slug("Ça va, Bxl!")));
    }

    #[test]
    fn countries_by_code_or_name_and_suggestions_for_the_rest() {
        with(|c| {
            assert_eq!(c.country(" be ").unwrap(), "BE");
            assert_eq!(c.country("Belgique").unwrap(), "BE");
            assert_eq!(c.country("belgie").unwrap(), "BE");
            assert_eq!(c.country("United States").unwrap(), "US");
            let r = c.country("Belgum").unwrap_err();
            assert_eq!(r.message, "unknown country `Belgum`");
            assert!(r.help.unwrap().contains("BE (Belgium)"));
            assert!(c.country("XQ").unwrap_err().message.contains("ISO 3166-1"));
            assert!(c.country("uk").unwrap_err().message.ends_with("use GB)"));
        });
    }

    #[test]
    fn languages_need_a_locale() {
        with(|c| {
            assert_eq!(c.languages("fr, NL en,fr").unwrap(), ["fr", "nl", "en"]);
            let r = c.languages("fr,xx").unwrap_err();
            assert_eq!(r.message, "no locale writes notices in `xx`");
            assert!(
                r.help
                    .unwrap()
                    .ends_with("the languages are de, en, fr, nl")
            );
            assert_eq!(
                c.languages("fx").unwrap_err().help.unwrap(),
                "did you mean `fr`? the languages are de, en, fr, nl"
            );
            assert_eq!(c.languages(" , ").unwrap_err().message, "no language given");
            assert_eq!(c.default_languages("BE"), ["nl", "fr", "de", "en"]);
            assert_eq!(c.default_languages("FR"), ["fr", "en"]);
            assert_eq!(c.default_languages("US"), ["en"]);
        });
    }

    #[test]
    fn services_by_catalogue_id_with_the_closest_ids() {
        with(|c| {
            assert_eq!(
                c.services("Mailchimp, stripe mailchimp").unwrap(),
                ["mailchimp", "stripe"]
            );
            assert!(c.services("").unwrap().is_empty());
            let r = c.services("mailchimp,mailchim").unwrap_err();
            assert_eq!(r.message, "the catalogue has no service `mailchim`");
            assert!(r.help.unwrap().starts_with("did you mean mailchimp?"));
        });
    }

    #[test]
    fn roles_and_dpo_answers() {
        assert_eq!(role(" Both ").unwrap(), Role::Both);
        assert_eq!(role("owner").unwrap_err().message, "`owner` is not a role");
        assert_eq!(dpo("no").unwrap(), Dpo::None);
        assert_eq!(dpo("None").unwrap(), Dpo::None);
        assert_eq!(dpo("yes").unwrap(), Dpo::Unknown);
        assert_eq!(
            dpo("mailto:dpo@acme.example").unwrap(),
            Dpo::Email("dpo@acme.example".to_owned())
        );
        for bad in [
            "dpo",
            "dpo@",
            "@acme.example",
            "a b@acme.example",
            "dpo@acme",
        ] {
            assert!(dpo(bad).is_err(), "{bad}");
        }
    }
}
