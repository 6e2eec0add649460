//! The rule on the age of the built-in reference data that authorities and transfers come from.

use crate::diagnostic::Severity;
use crate::lint::{Context, Docs, Findings, Rule};

/// The rules of this module, in id order.
pub static RULES: &[Rule] = &[Rule {
    id: "N901",
    name: "stale-reference-data",
    severity: Severity::Note,
    articles: "Art. 13(1)(f), 13(2)(d), 45",
    wp260: None,
    summary: "the built-in reference data are older than the configured age",
    docs: Docs {
        what: "Notes when the oldest entry of the built-in reference data (authorities, countries, adequacy decisions, safeguards) was checked longer ago than `--max-reference-age MONTHS` (default 12) before today (`NOTICE_TODAY` or the clock).",
        why: "Authorities move, adequacy decisions are adopted, renewed and struck down; a notice built from old facts can point people to the wrong place or a basis that no longer holds.",
        bad: "# notice lint, 18 months after the reference data were checked\n",
        good: "# notice lint with an up-to-date release of notice\n",
    },
    check: Some(stale_reference),
    check_all: None,
}];

pub fn stale_reference(cx: &Context, f: &mut Findings) {
    let oldest = cx.reference.oldest_as_of();
    let age = oldest.months_until(cx.config.today);
    let max = cx.config.max_reference_age_months;
    if age > max {
        f.at_key(
            "notice",
            format!(
                "the built-in reference data were last checked on {oldest}, {age} months ago (more than {max})"
            ),
            "check the authority, adequacy and safeguard facts this notice relies on, or update notice; `--max-reference-age MONTHS` sets the age that triggers this note",
        );
    }
}
