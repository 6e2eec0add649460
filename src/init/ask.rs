//! The questions `notice init` asks on a terminal for the facts its flags did not give: each
//! shows its default, and a refused answer is explained and asked again.
//!
//! Questions and answers go through a [`Dialogue`], so that the same code runs on a terminal
//! (questions on standard error, answers from standard input) and in tests (a script).

use std::io::BufRead;

use super::answers::{self, Answers, Checker, Dpo, Refusal, Role};
use crate::console::{Console, Failed};

/// Where questions are shown and answers read.
pub trait Dialogue {
    /// Shows `text`: a question, or why an answer was refused.
    fn say(&mut self, text: &str) -> Result<(), Failed>;
    /// The next line answered, without its line break; `None` when the input has ended.
    fn answer(&mut self) -> Option<String>;
}

/// A terminal: questions on standard error (standard output stays free for what a command
/// prints), answers from standard input.
pub struct Terminal<'c> {
    console: &'c mut Console,
    input: std::io::StdinLock<'static>,
}

impl<'c> Terminal<'c> {
    pub fn new(console: &'c mut Console) -> Terminal<'c> {
        Terminal {
            console,
            input: std::io::stdin().lock(),
        }
    }
}

impl Dialogue for Terminal<'_> {
    fn say(&mut self, text: &str) -> Result<(), Failed> {
        self.console.err(text)
    }

    fn answer(&mut self) -> Option<String> {
        let mut line = String::new();
        // An input that cannot be read is one that has ended: there is nothing to wait for.
        match self.input.read_line(&mut line) {
            Ok(0) | Err(_) => None,
            Ok(_) => Some(line.trim_end_matches(['\n', '\r']).to_owned()),
        }
    }
}

/// The facts the flags gave, each already checked; `None` where a flag was not given.
#[derive(Clone, Debug, Default)]
pub struct Given {
    pub name: Option<String>,
    pub country: Option<String>,
    pub languages: Option<Vec<String>>,
    pub role: Option<Role>,
    pub dpo: Option<Dpo>,
    pub services: Option<Vec<String>>,
}

impl Given {
    /// The flags of the facts a declaration cannot be started without, when not given.
    pub fn missing(&self) -> Vec<&'static str> {
        [
            ("--name", self.name.is_none()),
            ("--country", self.country.is_none()),
            ("--languages", self.languages.is_none()),
            ("--role", self.role.is_none()),
        ]
        .into_iter()
        .filter_map(|(flag, missing)| missing.then_some(flag))
        .collect()
    }

    /// Every fact, with the defaults of a run that asks nothing: a DPO still to be stated
    /// (lint reports it as a TODO) and no service. `None` while a required fact is missing.
    pub fn unasked(self) -> Option<Answers> {
        Some(Answers {
            name: self.name?,
            country: self.country?,
            languages: self.languages?,
            role: self.role?,
            dpo: self.dpo.unwrap_or(Dpo::Unknown),
            services: self.services.unwrap_or_default(),
        })
    }
}

/// The country proposed when none is given: the users `notice` was first written for are
/// Belgian organisations.
const DEFAULT_COUNTRY: &str = "BE";

/// Asks for every fact `given` lacks. `None` when the input ended before the last answer.
pub fn complete(
    d: &mut dyn Dialogue,
    check: &Checker,
    given: Given,
) -> Result<Option<Answers>, Failed> {
    // `?` on the outer result stops at a failed write; `else` at the end of the input.
    macro_rules! asked {
        ($value:expr) => {
            match $value {
                Some(v) => v,
                None => {
                    d.say("\n")?;
                    return Ok(None);
                }
            }
        };
    }
    d.say(
        "A new declaration: a few questions, each with its default in brackets (Enter takes it).\n",
    )?;
    let name = asked!(match given.name {
        Some(n) => Some(n),
        None => ask(d, "Legal name of the organisation", None, |a| check.name(a))?,
    });
    let country = asked!(match given.country {
        Some(c) => Some(c),
        None => ask(
            d,
            "Country where it is established (ISO code or name)",
            Some(DEFAULT_COUNTRY),
            |a| check.country(a)
        )?,
    });
    let languages = asked!(match given.languages {
        Some(l) => Some(l),
        None => {
            let default = check.default_languages(&country).join(",");
            ask(
                d,
                "Languages of the notice, the first being the default",
                Some(&default),
                |a| check.languages(a),
            )?
        }
    });
    let role = asked!(match given.role {
        Some(r) => Some(r),
        None => ask(
            d,
            "Does it process personal data as a controller (for its own purposes), a processor (for clients), or both",
            Some("controller"),
            answers::role
        )?,
    });
    let dpo = asked!(match given.dpo {
        Some(p) => Some(p),
        None => match ask(
            d,
            "Has it appointed a data protection officer: no, yes, or their email address",
            Some("no"),
            answers::dpo,
        )? {
            Some(Dpo::Unknown) => ask(
                d,
                "The DPO's email address (Enter to write it later)",
                Some(""),
                |a| match a.trim() {
                    "" => Ok(Dpo::Unknown),
                    a => answers::email(a).map(Dpo::Email),
                },
            )?,
            other => other,
        },
    });
    let services = asked!(match given.services {
        Some(s) => Some(s),
        None => ask(
            d,
            "Services it uses from the catalogue, by id, separated by commas (Enter for none; `notice reference services` lists them)",
            Some(""),
            |a| check.services(a)
        )?,
    });
    Ok(Some(Answers {
        name,
        country,
        languages,
        role,
        dpo,
        services,
    }))
}

/// Asks `question` until `check` accepts the answer; an empty answer is `default` (shown in
/// brackets unless it is empty: the question then says what Enter means), or is asked again
/// when there is none.
fn ask<T>(
    d: &mut dyn Dialogue,
    question: &str,
    default: Option<&str>,
    check: impl Fn(&str) -> Result<T, Refusal>,
) -> Result<Option<T>, Failed> {
    let shown = match default {
        Some(v) if !v.is_empty() => format!(" [{v}]"),
        _ => String::new(),
    };
    loop {
        d.say(&format!("{question}{shown}: "))?;
        let Some(answer) = d.answer() else {
            return Ok(None);
        };
        let answer = match (answer.trim(), default) {
            ("", Some(v)) => v.to_owned(),
            ("", None) => {
                d.say("  an answer is needed\n")?;
                continue;
            }
            _ => answer,
        };
        match check(&answer) {
            Ok(v) => return Ok(Some(v)),
            Err(r) => d.say(&format!("  {}\n", r.to_string().replace('\n', "\n  ")))?,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Locales;
    use crate::reference::Reference;

    /// A dialogue from a script of answers, keeping what was shown.
    struct Script {
        answers: std::collections::VecDeque<&'static str>,
        shown: String,
    }

    impl Dialogue for Script {
        fn say(&mut self, text: &str) -> Result<(), Failed> {
            self.shown.push_str(text);
            Ok(())
        }
        fn answer(&mut self) -> Option<String> {
            let a = self.answers.pop_front()?;
            // Echoed, as a terminal shows what is typed.
            self.shown.push_str(a);
            self.shown.push('\n');
            Some(a.to_owned())
        }
    }

    fn run(answers: &[&'static str], given: Given) -> (Option<Answers>, String) {
        let reference = Reference::builtin().unwrap();
        let locales = Locales::load(None).unwrap();
        let check = Checker {
            reference: &reference,
            locales: &locales,
        };
        let mut script = Script {
            answers: answers.iter().copied().collect(),
            shown: String::new(),
        };
        let got = complete(&mut script, &check, given).unwrap();
        (got, script.shown)
    }

    #[test]
    fn defaults_are_taken_on_enter_and_the_name_is_required() {
        let (got, shown) = run(&["", "Test SRL", "", "", "", "", ""], Given::default());
        assert_eq!(
            got.unwrap(),
            Answers {
                name: "Test SRL".to_owned(),
                country: "BE".to_owned(),
                languages: vec!["nl".into(), "fr".into(), "de".into(), "en".into()],
                role: Role::Controller,
                dpo: Dpo::None,
                services: vec![],
            }
        );
        assert!(shown.contains("Legal name of the organisation: \n  an answer is needed\n"));
        assert!(shown.contains("(ISO code or name) [BE]: "));
        assert!(shown.contains("the first being the default [nl,fr,de,en]: "));
        assert!(shown.contains("or both [controller]: "));
        assert!(shown.contains("lists them): \n"));
    }

    #[test]
    fn refused_answers_are_explained_and_asked_again() {
        let (got, shown) = run(
            &[
                "Test SRL",
                "Belgum",
                "Belgique",
                "xx",
                "fr,en",
                "owner",
                "processor",
                "maybe",
                "yes",
                "dpo@",
                "dpo@test.example",
                "mailchimp, google-analytic-4",
                "mailchimp, google-analytics-4",
            ],
            Given::default(),
        );
        let got = got.unwrap();
        assert_eq!(got.country, "BE");
        assert_eq!(got.languages, ["fr", "en"]);
        assert_eq!(got.role, Role::Processor);
        assert_eq!(got.dpo, Dpo::Email("dpo@test.example".to_owned()));
        assert_eq!(got.services, ["mailchimp", "google-analytics-4"]);
        for refusal in [
            "Belgum\n  unknown country `Belgum`\n    = help: did you mean BE (Belgium)",
            "xx\n  no locale writes notices in `xx`\n",
            "owner\n  `owner` is not a role\n",
            "maybe\n  `maybe` is neither no, yes nor an email address\n",
            "dpo@\n  `dpo@` is not an email address\n",
            "  the catalogue has no service `google-analytic-4`\n    = help: did you mean google-analytics-4?",
        ] {
            assert!(shown.contains(refusal), "{refusal:?} not in:\n{shown}");
        }
        // The languages proposed follow the country answered.
        assert!(shown.contains("the first being the default [nl,fr,de,en]: xx\n"));
    }

    #[test]
    fn only_what_the_flags_left_out_is_asked() {
        let given = Given {
            name: Some("Test SRL".to_owned()),
            country: Some("FR".to_owned()),
            role: Some(Role::Both),
            services: Some(vec![]),
            ..Given::default()
        };
        let (got, shown) = run(&["", "yes", ""], given);
        let got = got.unwrap();
        assert_eq!(
            (got.languages, got.dpo),
            (vec!["fr".into(), "en".into()], Dpo::Unknown)
        );
        assert!(!shown.contains("Legal name") && !shown.contains("Country"));
        assert!(!shown.contains("or both") && !shown.contains("Services"));
        assert!(shown.contains("The DPO's email address (Enter to write it later): \n"));
    }

    #[test]
    fn the_end_of_the_input_stops_the_questions() {
        let (got, shown) = run(&["Test SRL", "BE"], Given::default());
        assert_eq!(got, None);
        assert!(shown.ends_with("the first being the default [nl,fr,de,en]: \n"));
    }

    #[test]
    fn without_questions_required_facts_must_be_given() {
        let given = Given {
            name: Some("Test SRL".to_owned()),
            role: Some(Role::Controller),
            ..Given::default()
        };
        assert_eq!(given.missing(), ["--country", "--languages"]);
        assert_eq!(given.unasked(), None);
        let all = Given {
            country: Some("BE".to_owned()),
            languages: Some(vec!["en".into()]),
            name: Some("Test SRL".to_owned()),
            role: Some(Role::Controller),
            ..Given::default()
        };
        assert!(all.missing().is_empty());
        let a = all.unasked().unwrap();
        assert_eq!((a.dpo, a.services), (Dpo::Unknown, vec![]));
    }
}
