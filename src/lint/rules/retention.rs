//! Rules on retention: that every purpose says how long data are kept, precisely.

use crate::declaration::{Declaration, Duration, Event, Text};
use crate::diagnostic::Severity;
use crate::lint::facts::list;
use crate::lint::{Context, Docs, Findings, Rule};

/// The rules of this module, in id order.
pub static RULES: &[Rule] = &[
    Rule {
        id: "N501",
        name: "missing-retention",
        severity: Severity::Error,
        articles: "Art. 13(2)(a), 14(2)(a)",
        wp260: Some("WP260 Annex, \"Storage period\""),
        summary: "a purpose does not say how long its data are kept",
        docs: Docs {
            what: "Each purpose needs `retention` (a `duration` with `after`, or precise `criteria`, or `per_category` entries), unless every data category it uses has a `retention` of its own. A `retention` block must give a duration or criteria.",
            why: "The period for which the data will be stored, or the criteria used to determine it, is required information for every processing.",
            bad: "purposes:\n  - id: orders\n    legal_basis: contract\n    data: [contact]\n",
            good: "purposes:\n  - id: orders\n    legal_basis: contract\n    data: [contact]\n    retention: {duration: 2 years, after: end_of_contract}\n",
        },
        check: Some(missing),
        check_all: None,
    },
    Rule {
        id: "N502",
        name: "vague-retention",
        severity: Severity::Error,
        articles: "Art. 13(2)(a), 14(2)(a)",
        wp260: Some("WP260 Annex, \"Storage period\""),
        summary: "retention is only \"as long as necessary\", with no period or precise criteria",
        docs: Docs {
            what: "Retention `criteria` with no `duration` may not be a formula such as \"as long as necessary\", \"aussi longtemps que nécessaire\", \"aussi longtemps que la loi l'exige\", \"zo lang als nodig\" or \"zolang als noodzakelijk\" (detected in English, French and Dutch) unless they also give a figure.",
            why: "WP260: it is not sufficient to state generically that data will be kept as long as necessary for the legitimate purposes of the processing; the period must let people assess how long their data are kept.",
            bad: "retention:\n  criteria: {en: as long as necessary for the purposes}\n",
            good: "retention:\n  duration: 7 years\n  after: end_of_financial_year\n",
        },
        check: Some(vague),
        check_all: None,
    },
    Rule {
        id: "N503",
        name: "retention-without-start",
        severity: Severity::Warning,
        articles: "Art. 13(2)(a), 14(2)(a)",
        wp260: Some("WP260 Annex, \"Storage period\""),
        summary: "a retention period does not say from when it runs",
        docs: Docs {
            what: "A retention `duration` should come with `after`: the event it runs from (`end_of_contract`, `collection`, `end_of_financial_year`…, or a text per language).",
            why: "\"Two years\" from collection and from the end of the contract are very different periods; without the start the reader cannot tell when their data go.",
            bad: "retention:\n  duration: 2 years\n",
            good: "retention:\n  duration: 2 years\n  after: end_of_contract\n",
        },
        check: Some(without_start),
        check_all: None,
    },
];

/// One place that states a retention: a purpose's, a category's, or a per-category override.
struct Stated<'a> {
    path: String,
    /// Whose retention it is, for messages: "purpose `orders`", "`contact` in purpose `orders`".
    whose: String,
    duration: Option<Duration>,
    after: Option<&'a Event>,
    criteria: Option<&'a Text>,
    /// Whether per-category entries carry the substance.
    overrides: bool,
}

fn stated(decl: &Declaration) -> Vec<Stated<'_>> {
    let mut out = Vec::new();
    let owners = decl
        .purposes
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let whose = format!("purpose `{}`", p.id);
            (format!("purposes[{i}]"), whose, p.retention.as_ref())
        })
        .chain(decl.data_categories.iter().enumerate().map(|(i, c)| {
            let whose = format!("data category `{}`", c.id);
            (format!("data_categories[{i}]"), whose, c.retention.as_ref())
        }));
    for (owner, whose, r) in owners {
        let Some(r) = r else { continue };
        let path = format!("{owner}.retention");
        for (k, c) in r.per_category.iter().enumerate() {
            out.push(Stated {
                path: format!("{path}.per_category[{k}]"),
                whose: format!("`{}` in {whose}", c.data),
                duration: c.duration,
                after: c.after.as_ref(),
                criteria: c.criteria.as_ref(),
                overrides: false,
            });
        }
        out.push(Stated {
            path,
            whose,
            duration: r.duration,
            after: r.after.as_ref(),
            criteria: r.criteria.as_ref(),
            overrides: !r.per_category.is_empty(),
        });
    }
    out
}

pub fn missing(cx: &Context, f: &mut Findings) {
    let decl = cx.decl();
    for (i, p) in decl.purposes.iter().enumerate() {
        if p.retention.is_some() {
            continue;
        }
        let without: Vec<&str> = cx
            .index()
            .categories_of(p)
            .filter(|(_, c)| c.retention.is_none())
            .map(|(_, c)| c.id.as_str())
            .collect();
        let all_missing = without.len() == cx.index().categories_of(p).count();
        if !without.is_empty() || p.data.is_empty() {
            f.missing(
                &format!("purposes[{i}]"),
                "retention",
                if all_missing {
                    format!("purpose `{}` does not say how long its data are kept", p.id)
                } else {
                    format!(
                        "purpose `{}` does not say how long it keeps {}, {}",
                        p.id,
                        list(&without),
                        if without.len() == 1 {
                            "which has no retention of its own"
                        } else {
                            "which have no retention of their own"
                        }
                    )
                },
                "add `retention: {duration: <n> years, after: <event>}` (e.g. `after: end_of_contract`), or `criteria: {…}` where no period can be given",
            );
        }
    }
    for s in stated(decl) {
        if s.duration.is_none() && s.criteria.is_none() && !s.overrides {
            f.at(
                &s.path,
                format!("the retention of {} gives neither a period nor criteria", s.whose),
                "add `duration: <n> months|years` with `after: <event>`, or precise `criteria: {…}`",
            );
        }
    }
}

/// Formulas that say nothing about how long: they are what WP260 calls insufficient. Matched
/// on lower-cased text with typographic apostrophes straightened.
const VAGUE: &[&str] = &[
    "as long as necessary",
    "as long as is necessary",
    "as long as needed",
    "as long as required",
    "as long as the law requires",
    "no longer than necessary",
    "no longer than is necessary",
    "aussi longtemps que nécessaire",
    "aussi longtemps que la loi l'exige",
    "aussi longtemps que requis",
    "le temps nécessaire",
    "pas plus longtemps que nécessaire",
    "la durée nécessaire",
    "zo lang als nodig",
    "zolang als nodig",
    "zo lang als noodzakelijk",
    "zolang als noodzakelijk",
    "zolang nodig",
    "zo lang nodig",
    "zolang noodzakelijk",
    "niet langer dan nodig",
    "niet langer dan noodzakelijk",
];

/// The formula a criterion rests on, if it gives no figure besides.
fn vague_formula(text: &str) -> Option<&'static str> {
    let norm: String = text
        .to_lowercase()
        .replace(['\u{2019}', '\u{2018}'], "'")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    if norm.chars().any(|c| c.is_ascii_digit()) {
        return None;
    }
    VAGUE.iter().copied().find(|v| norm.contains(v))
}

pub fn vague(cx: &Context, f: &mut Findings) {
    for s in stated(cx.decl()) {
        let Some(criteria) = s.criteria.filter(|_| s.duration.is_none()) else {
            continue;
        };
        let found = criteria
            .variants()
            .into_iter()
            .find_map(|(lang, t)| Some((lang, vague_formula(t)?)));
        if let Some((lang, formula)) = found {
            let path = match lang {
                Some(l) => format!("{}.criteria.{l}", s.path),
                None => format!("{}.criteria", s.path),
            };
            f.at(
                &path,
                format!(
                    "the retention of {} is only “{formula}”: that gives no period and no criteria",
                    s.whose
                ),
                "give `duration: <n> years` with `after: <event>`, or criteria a reader can apply (the event that ends the retention, a maximum period)",
            );
        }
    }
}

pub fn without_start(cx: &Context, f: &mut Findings) {
    for s in stated(cx.decl()) {
        if let (Some(d), None) = (s.duration, s.after) {
            f.missing(
                &s.path,
                "after",
                format!(
                    "the retention of {} ({d}) does not say from when it runs",
                    s.whose
                ),
                "add `after:` with the starting event, e.g. `after: end_of_contract`, `after: collection`",
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::vague_formula;

    #[test]
    fn formulas_in_three_languages() {
        assert!(vague_formula("As long as  necessary.").is_some());
        assert!(vague_formula("aussi longtemps que la loi l\u{2019}exige").is_some());
        assert!(vague_formula("Zolang als noodzakelijk voor het doel").is_some());
        assert!(vague_formula("until you withdraw your consent").is_none());
    }

    #[test]
    fn a_figure_makes_the_criterion_precise() {
        assert!(vague_formula("as long as necessary, at most 2 years after delivery").is_none());
    }
}
