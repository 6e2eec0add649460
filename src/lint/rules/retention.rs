//! Rules on retention: that every purpose says how long data are kept, precisely.

use crate::declaration::{Declaration, Event, Span, Text};
use crate::diagnostic::Severity;
use crate::lint::facts::list;
use crate::lint::phrasebook::PhraseSet;
use crate::lint::phrases::{Phrases, Words};
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
            what: "Retention `criteria` with no `duration` may not rest on a formula that gives no period, unless they also give a figure: \"as long as necessary\", \"for the statutory retention period\", \"aussi longtemps que nécessaire\", \"aussi longtemps que la loi l'exige\", \"aussi longtemps que le terme applicable sera appliqué\", \"pendant la durée légale\", \"zo lang als nodig\", \"niet langer dan noodzakelijk\", \"gedurende de wettelijke bewaartermijn\"… (a phrase set in English, French and Dutch, grown from published notices, with their inflections and word orders).",
            why: "WP260: it is not sufficient to state generically that data will be kept as long as necessary for the legitimate purposes of the processing; the period must let people assess how long their data are kept. \"As long as the law requires\" or \"the applicable term\" is the same formula with the period left unnamed: say which period, from when.",
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
    span: Span,
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
                span: c.span(),
                after: c.after.as_ref(),
                criteria: c.criteria.as_ref(),
                overrides: false,
            });
        }
        out.push(Stated {
            path,
            whose,
            span: r.span(),
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
        if s.span.is_empty() && s.criteria.is_none() && !s.overrides {
            f.at(
                &s.path,
                format!("the retention of {} gives neither a period nor criteria", s.whose),
                "add `duration: <n> months|years` with `after: <event>`, or precise `criteria: {…}`",
            );
        }
    }
}

/// Formulas that say nothing about how long: what WP260 calls insufficient ("as long as
/// necessary"), and their variants in real notices: the law's own period left unnamed
/// ("aussi longtemps que la loi l'exige", "de wettelijke bewaartermijn"), or a term that is
/// never given ("aussi longtemps que le terme applicable sera appliqué").
pub(crate) static VAGUE_RETENTION: PhraseSet =
    PhraseSet::new("vague-retention", "vague retention", "N502");

/// The formula a criterion rests on, as written, if it gives no figure besides.
fn vague_formula(vague: &Phrases, text: &str, langs: &[&str]) -> Option<String> {
    if text.chars().any(|c| c.is_ascii_digit()) {
        return None;
    }
    let words = Words::new(text);
    vague
        .find(&words, langs)
        .map(|f| words.excerpt(f).to_owned())
}

pub fn vague(cx: &Context, f: &mut Findings) {
    for s in stated(cx.decl()) {
        let Some(criteria) = s.criteria.filter(|_| s.span.is_empty()) else {
            continue;
        };
        let langs = cx.languages();
        let vague = cx.phrases(&VAGUE_RETENTION);
        let found = criteria.variants().into_iter().find_map(|(lang, t)| {
            let langs: Vec<&str> = match lang {
                Some(l) => vec![l],
                None => langs.iter().map(String::as_str).collect(),
            };
            Some((lang, vague_formula(vague, t, &langs)?))
        });
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
        if let (false, None) = (s.span.is_empty(), s.after) {
            let d = s.span;
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
    use super::VAGUE_RETENTION;

    fn vague_formula(text: &str, langs: &[&str]) -> Option<String> {
        super::vague_formula(VAGUE_RETENTION.builtin(), text, langs)
    }

    /// Formulas met in published notices, in each language; each must be found.
    #[test]
    fn formulas_from_real_notices() {
        for (text, lang) in [
            ("As long as  necessary.", "en"),
            (
                "We keep your data for as long as is strictly necessary for these purposes.",
                "en",
            ),
            (
                "no longer than necessary for the purposes for which they were collected",
                "en",
            ),
            ("as long as the law requires or permits", "en"),
            ("for the period required by law", "en"),
            ("for the statutory retention period", "en"),
            ("for as long as the applicable term applies", "en"),
            (
                "aussi longtemps que la loi l\u{2019}exige ou le permet",
                "fr",
            ),
            (
                "aussi longtemps que le terme applicable sera appliqué",
                "fr",
            ),
            (
                "pendant la durée strictement nécessaire à la réalisation des finalités",
                "fr",
            ),
            ("le temps nécessaire à la gestion de la relation", "fr"),
            (
                "pendant une durée n'excédant pas celle nécessaire aux finalités",
                "fr",
            ),
            ("conformément aux délais légaux de conservation", "fr"),
            ("pendant la durée prévue par la loi", "fr"),
            ("pas plus longtemps que nécessaire", "fr"),
            ("Zolang als noodzakelijk voor het doel", "nl"),
            (
                "zo lang als nodig is voor de uitvoering van de overeenkomst",
                "nl",
            ),
            ("niet langer dan strikt noodzakelijk", "nl"),
            ("zolang de wet dat vereist", "nl"),
            ("gedurende de wettelijke bewaartermijn", "nl"),
            ("zolang de toepasselijke termijn loopt", "nl"),
            (
                "solange dies für die genannten Zwecke erforderlich ist",
                "de",
            ),
            ("nicht länger als für die Zwecke notwendig", "de"),
            ("bis zum Ablauf der gesetzlichen Aufbewahrungsfristen", "de"),
            ("solange es das Gesetz vorschreibt", "de"),
            ("im Rahmen der gesetzlichen Aufbewahrungspflichten", "de"),
            (
                "für die Dauer der gesetzlich vorgeschriebenen Aufbewahrungsfrist",
                "de",
            ),
        ] {
            assert!(vague_formula(text, &[lang]).is_some(), "{text}");
        }
    }

    #[test]
    fn precise_criteria_pass() {
        for (text, lang) in [
            ("until you withdraw your consent", "en"),
            ("jusqu'à la fin du litige qui les concerne", "fr"),
            ("tot het einde van de procedure", "nl"),
            ("bis zum Widerruf Ihrer Einwilligung", "de"),
            ("bis zum rechtskräftigen Abschluss des Verfahrens", "de"),
            ("as long as necessary, at most 2 years after delivery", "en"),
            // A formula of another language is not looked for.
            ("aussi longtemps que nécessaire", "en"),
        ] {
            assert!(vague_formula(text, &[lang]).is_none(), "{text}");
        }
    }
}
