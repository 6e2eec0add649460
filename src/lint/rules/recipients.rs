//! Rules on recipients: who they are and where they are.

use crate::declaration::RecipientRole;
use crate::diagnostic::Severity;
use crate::lint::{Context, Docs, Findings, Rule};

/// The rules of this module, in id order.
pub static RULES: &[Rule] = &[
    Rule {
        id: "N401",
        name: "recipient-category-only",
        severity: Severity::Warning,
        articles: "Art. 13(1)(e), 14(1)(e)",
        wp260: Some("WP260 Annex, \"Recipients (or categories of recipients)\""),
        summary: "a recipient is described only by a category, not by name",
        docs: Docs {
            what: "A recipient with a `category` but no `name`, unless its `role` is `authority` (authorities receiving data for a particular inquiry are not recipients in the sense of Art. 4(9), and cannot be named in advance) or it gives a `list_url` where the recipients of the category are named.",
            why: "WP260: the default is to name the recipients, so people know exactly who has their data; a controller that gives only categories must be able to show why that is fairer, and the category must then be as specific as possible (activity, sector, location).",
            bad: "recipients:\n  - id: hosting\n    category: {en: IT service providers}\n",
            good: "recipients:\n  - id: hosting\n    name: Nordhost BV\n    category: {en: web hosting}\n",
        },
        check: Some(category_only),
        check_all: None,
    },
    Rule {
        id: "N402",
        name: "unidentified-recipient",
        severity: Severity::Error,
        articles: "Art. 13(1)(e), 14(1)(e)",
        wp260: Some("WP260 Annex, \"Recipients (or categories of recipients)\""),
        summary: "a recipient has neither a name nor a category",
        docs: Docs {
            what: "Each recipient needs a `name` (or, where naming is impossible, a `category`).",
            why: "The notice would list a recipient it cannot describe: the reader learns that data go somewhere, not where.",
            bad: "recipients:\n  - id: hosting\n    role: processor\n",
            good: "recipients:\n  - id: hosting\n    name: Nordhost BV\n    role: processor\n",
        },
        check: Some(unidentified),
        check_all: None,
    },
    Rule {
        id: "N403",
        name: "recipient-country-unknown",
        severity: Severity::Warning,
        articles: "Art. 13(1)(f), 14(1)(f)",
        wp260: None,
        summary: "a recipient does not say in which country it processes the data",
        docs: Docs {
            what: "Each recipient should give the `country` where it processes the data (an ISO code, a list of them, or a region: `EU`, `EEA`, `outside_eea_unspecified`), unless its `role` is `authority`: a public authority receives the data where it sits, under its own law.",
            why: "Whether there is a transfer outside the EEA, which the notice must explain (Art. 13(1)(f)), depends on it; without it the notice can only say that this is unknown.",
            bad: "recipients:\n  - id: hosting\n    name: Nordhost BV\n",
            good: "recipients:\n  - id: hosting\n    name: Nordhost BV\n    country: NL\n",
        },
        check: Some(country),
        check_all: None,
    },
];

pub fn category_only(cx: &Context, f: &mut Findings) {
    for (i, r) in cx.decl().recipients.iter().enumerate() {
        let named_elsewhere = r.list_url.is_some();
        if r.name.is_none()
            && r.category.is_some()
            && r.role != Some(RecipientRole::Authority)
            && !named_elsewhere
        {
            f.at(
                &format!("recipients[{i}].category"),
                format!("recipient `{}` is given only as a category, not by name", r.id),
                "add `name: <legal name>`, or `list_url:` where they are listed by name; keep only the category where naming them is impossible, and make it specific (activity, sector, place)",
            );
        }
    }
}

pub fn unidentified(cx: &Context, f: &mut Findings) {
    for (i, r) in cx.decl().recipients.iter().enumerate() {
        if r.name.is_none() && r.category.is_none() {
            f.missing(
                &format!("recipients[{i}]"),
                "name",
                format!("recipient `{}` has neither a name nor a category", r.id),
                format!(
                    "add `name: <legal name>` (or, where naming is impossible, `category: {}`)",
                    cx.text_template()
                ),
            );
        }
    }
}

pub fn country(cx: &Context, f: &mut Findings) {
    for (i, r) in cx.decl().recipients.iter().enumerate() {
        // Courts, tax and police authorities are not chosen by the controller and are not
        // a transfer it arranges: asking where they process the data is noise.
        if r.country.as_ref().is_none_or(|c| c.is_empty())
            && r.role != Some(RecipientRole::Authority)
        {
            f.missing(
                &format!("recipients[{i}]"),
                "country",
                format!("recipient `{}` does not say where it processes the data", r.id),
                "add `country: <ISO code>`, e.g. `country: BE`, a list (`[IE, US]`), or a region where the countries are not known (`EU`, `EEA`, `outside_eea_unspecified`); outside the EEA also `transfer: {mechanism: …}`",
            );
        }
    }
}
