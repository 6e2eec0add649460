//! The rule catalogue: every lint rule, declared once, grouped by what it checks.

mod notice;

use super::{Docs, Rule};
use crate::diagnostic::Severity;

/// Every rule, in id order.
pub static CATALOGUE: &[Rule] = &[
    Rule {
        id: "N001",
        name: "invalid-notice-id",
        severity: Severity::Error,
        articles: "Art. 12(1)",
        wp260: None,
        summary: "the notice has no id, or its id is not a slug",
        docs: Docs {
            what: "`notice.id` must be present and be a slug: lowercase letters, digits and hyphens, starting with a letter or digit, at most 64 characters.",
            why: "The id names the output folder (`out/<id>/`). A missing id would make notices overwrite each other; anything but a slug could write outside the output folder.",
            bad: "notice:\n  id: ../../etc\n",
            good: "notice:\n  id: acme-shop\n",
        },
        check: Some(notice::notice_id),
        check_all: None,
    },
    Rule {
        id: "N002",
        name: "duplicate-notice-id",
        severity: Severity::Error,
        articles: "Art. 12(1)",
        wp260: None,
        summary: "two declarations have the same notice id",
        docs: Docs {
            what: "Every declaration of a run must have its own `notice.id`.",
            why: "The outputs of both would be written to the same folder, one overwriting the other.",
            bad: "# a.yaml\nnotice:\n  id: acme\n# b.yaml\nnotice:\n  id: acme\n",
            good: "# a.yaml\nnotice:\n  id: acme\n# b.yaml\nnotice:\n  id: acme-shop\n",
        },
        check: None,
        check_all: Some(notice::duplicate_ids),
    },
    Rule {
        id: "N003",
        name: "no-languages",
        severity: Severity::Error,
        articles: "Art. 12(1)",
        wp260: Some("WP260 para. 13 (translations)"),
        summary: "the notice lists no language",
        docs: Docs {
            what: "`notice.languages` must list at least one language to write the notice in.",
            why: "A notice is information given to people in a language they understand; without a language there is nothing to publish.",
            bad: "notice:\n  id: acme\n",
            good: "notice:\n  id: acme\n  languages: [fr, nl, en]\n",
        },
        check: Some(notice::languages),
        check_all: None,
    },
    Rule {
        id: "N004",
        name: "unsupported-language",
        severity: Severity::Error,
        articles: "Art. 12(1)",
        wp260: None,
        summary: "a language has no locale to write the notice in",
        docs: Docs {
            what: "Each language in `notice.languages` (and `default_language`) must be one notice has a locale for: the built-in `fr`, `nl`, `en`, or one added with `--locales`.",
            why: "The fixed text of the notice (headings, rights, legal wording) comes from the locale; without it the notice cannot be written.",
            bad: "notice:\n  languages: [fr, xx]\n",
            good: "notice:\n  languages: [fr, nl]\n",
        },
        check: Some(notice::supported_languages),
        check_all: None,
    },
    Rule {
        id: "N005",
        name: "missing-translation",
        severity: Severity::Error,
        articles: "Art. 12(1)",
        wp260: Some("WP260 para. 13"),
        summary: "a free text lacks one of the notice's languages",
        docs: Docs {
            what: "Every free text given per language (`{fr: …, nl: …, en: …}`) must have every language the notice lists, and none of them empty.",
            why: "Each language version must be complete: a reader of the Dutch notice must not find French sentences, or nothing, where the information should be.",
            bad: "notice:\n  languages: [fr, en]\npurposes:\n  - id: billing\n    label: {fr: Facturation}\n",
            good: "notice:\n  languages: [fr, en]\npurposes:\n  - id: billing\n    label: {fr: Facturation, en: Invoicing}\n",
        },
        check: Some(notice::translations),
        check_all: None,
    },
    Rule {
        id: "N006",
        name: "untranslated-text",
        severity: Severity::Warning,
        articles: "Art. 12(1)",
        wp260: Some("WP260 para. 13"),
        summary: "a free text is one string in a notice with several languages",
        docs: Docs {
            what: "In a notice with several languages, a free text written as one string is shown as it is in every language version. That is right for a name or a code, and wrong for a sentence.",
            why: "Each language version must be intelligible to its readers (Art. 12(1)); a sentence left in one language is not.",
            bad: "notice:\n  languages: [fr, en]\nsecurity:\n  - encrypted backups\n",
            good: "notice:\n  languages: [fr, en]\nsecurity:\n  - {fr: sauvegardes chiffrées, en: encrypted backups}\n",
        },
        check: Some(notice::untranslated),
        check_all: None,
    },
];
