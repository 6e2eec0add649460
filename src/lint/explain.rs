//! A rule's documentation, laid out once for both places that show it: `notice explain` prints
//! it as text and `notice docs` writes it as the rule's page of the book, so the two cannot say
//! different things.

use super::Rule;
use super::allow::{Policy, policy};

/// What is said about a rule, in the order it is said.
pub struct Explanation {
    /// Labelled one-line facts: articles, guidance, whether findings can be allowed.
    pub facts: Vec<(&'static str, String)>,
    /// Titled sections, each a paragraph or a YAML example.
    pub sections: [(&'static str, Body); 4],
}

/// The body of a section.
pub enum Body {
    Prose(&'static str),
    /// A declaration fragment.
    Yaml(&'static str),
}

/// The documentation of `rule`.
pub fn explain(rule: &Rule) -> Explanation {
    let mut facts = vec![("Articles", format!("GDPR {}", rule.articles))];
    if let Some(w) = rule.wp260 {
        facts.push(("Guidance", w.to_owned()));
    }
    facts.push(("Allowing it", allowing(policy(rule))));
    if rule.is_register() {
        facts.push((
            "Checked by",
            "`notice lint --register` and `notice register` only: a rule of the record of processing activities (Art. 30), not of the notice".to_owned(),
        ));
    }
    Explanation {
        facts,
        sections: [
            ("What it checks", Body::Prose(rule.docs.what)),
            ("Why", Body::Prose(rule.docs.why)),
            ("Example that triggers it", Body::Yaml(rule.docs.bad)),
            ("Fixed", Body::Yaml(rule.docs.good)),
        ],
    }
}

/// Whether and how the findings of a rule can be accepted in `lint.allow`.
fn allowing(p: Policy) -> String {
    match p {
        Policy::Allowable => "in `lint.allow`, with a reason".to_owned(),
        Policy::AllowableError(case) => format!(
            "in `lint.allow`, with a reason, for a case such as {case}; each allowed finding is still printed"
        ),
        Policy::Never(why) => format!("not possible: {why}"),
    }
}

/// The text `notice explain` prints.
pub fn text(rule: &Rule) -> String {
    let e = explain(rule);
    let mut out = format!(
        "{} {} ({})\n\n{}\n\n",
        rule.id,
        rule.name,
        rule.severity.as_str(),
        rule.summary
    );
    for (label, value) in &e.facts {
        out.push_str(&format!("{label}: {value}\n"));
    }
    for (title, body) in &e.sections {
        // Prose is indented two spaces and followed by a blank line; examples are indented
        // four, as code in a terminal usually is.
        match body {
            Body::Prose(p) => out.push_str(&format!("\n{title}\n  {p}\n")),
            Body::Yaml(y) => {
                out.push_str(&format!("\n{title}\n"));
                for line in y.lines() {
                    out.push_str(&format!("    {line}\n"));
                }
            }
        }
    }
    // A blank line closes the last example, as it separates the sections.
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::find_rule;

    #[test]
    fn the_text_has_every_fact_and_section_in_order() {
        let rule = find_rule("N702").unwrap();
        let t = text(rule);
        let order = [
            "N702 former-authority-mentioned (error)\n\n",
            rule.summary,
            "Articles: GDPR Art. 13(2)(d)",
            "Allowing it: in `lint.allow`, with a reason, for a case such as a history entry",
            "\n\nWhat it checks\n  ",
            "\n\nWhy\n  ",
            "\n\nExample that triggers it\n    ",
            "\n\nFixed\n    ",
        ];
        let mut at = 0;
        for part in order {
            let found = t[at..]
                .find(part)
                .unwrap_or_else(|| panic!("{part:?} missing or out of order in:\n{t}"));
            at += found + part.len();
        }
        assert!(t.ends_with("\n\n") && !t.ends_with("\n\n\n"), "{t:?}");
    }
}
