//! Which changes are material: one table of rules keyed by path patterns.
//!
//! The criterion (docs/guide/changes.md, "Material and editorial changes"): a change is **material** when it
//! lets the organisation do with the data something the previous notice did not tell the
//! reader (a new purpose, legal basis, data category, recipient, country or transfer mechanism,
//! a longer retention, direct marketing, an automated decision), changes who is responsible or
//! how rights are exercised (controller, DPO, representative, authority, a right that appears or
//! disappears) or withdraws an undertaking; WP260 rev.01 point 29 names "a change in processing
//! purpose", "a change to the identity of the controller" and "a change as to how data subjects
//! can exercise their rights", and point 30 "enlargement of the categories of recipients or
//! introduction of transfers to a third country". Everything else is **editorial**: wording,
//! order, contact details, links, and reductions (a purpose, recipient or category removed, a
//! shorter retention). A path no rule names is material (the conservative default); the
//! coverage test below lists such paths so that a new field gets its rule.

use serde_json::Value;

use super::tree::{Op, Shape, Step};
use crate::declaration::Duration;

/// Whether a change must be brought to the readers' attention before it takes effect.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Class {
    Editorial,
    Material,
}

/// How a rule judges what happened at its path.
#[derive(Clone, Copy, Debug)]
pub enum Judge {
    Material,
    Editorial,
    /// Something new is material; something gone is a reduction, editorial.
    Grows,
    /// A flag or undertaking: turning it off is material (`no_sale`).
    Withdrawn,
    /// A retention rule: longer is material, shorter editorial; any other change (another
    /// starting event, criteria, an exception) is material, conservatively.
    Retention,
    /// A duration on its own (a tracker's lifetime): longer material, shorter editorial.
    Length,
    /// A unit that is material when one of these fields differs (or it appears), editorial
    /// when only its other fields (its wording) do.
    Fields(&'static [&'static str]),
}

impl Judge {
    /// The rule in words, as the classification table of docs/guide/changes.md gives it.
    pub fn describe(self) -> String {
        match self {
            Judge::Material => "material".to_owned(),
            Judge::Editorial => "editorial".to_owned(),
            Judge::Grows => "added: material; removed: editorial".to_owned(),
            Judge::Withdrawn => "removed: material; added: editorial".to_owned(),
            Judge::Retention => {
                "longer: material; shorter or the same length: editorial; otherwise material"
                    .to_owned()
            }
            Judge::Length => "longer: material; shorter or the same length: editorial".to_owned(),
            Judge::Fields(fields) => format!(
                "added, or {} changed: material; otherwise editorial",
                fields
                    .iter()
                    .map(|f| format!("`{f}`"))
                    .collect::<Vec<_>>()
                    .join(" or ")
            ),
        }
    }
}

/// How the values of a change are phrased for a reader (see [`super::phrase`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Render {
    /// A text in the reader's language, or the value as written.
    Plain,
    /// Ids of data categories, recipients, purposes, data subjects: their labels.
    Category,
    Recipient,
    Purpose,
    Subject,
    /// A recipient entry: its country and transfer mechanism.
    RecipientEntry,
    Country,
    Basis,
    Condition,
    Special,
    Mechanism,
    Right,
    Authority,
    /// A DPO or representative: the name, or "none".
    Person,
    Retention,
    Duration,
}

/// One line of the table.
#[derive(Debug)]
pub struct Rule {
    /// `purposes[*].retention`: `[*]` any entry, `*` any field, a final `**` anything below.
    pub pattern: &'static str,
    /// What the change is about; names its locale message (`diff-<topic>`).
    pub topic: &'static str,
    pub judge: Judge,
    /// Compared as a whole, except the fields listed (which are compared on their own).
    pub unit: Option<&'static [&'static str]>,
    pub render: Render,
}

const fn r(pattern: &'static str, topic: &'static str, judge: Judge) -> Rule {
    Rule {
        pattern,
        topic,
        judge,
        unit: None,
        render: Render::Plain,
    }
}

impl Rule {
    const fn unit(self, except: &'static [&'static str]) -> Rule {
        Rule {
            unit: Some(except),
            ..self
        }
    }
    const fn render(self, render: Render) -> Rule {
        Rule { render, ..self }
    }
}

use Judge::{Editorial as E, Grows, Material as M};

/// The classification table. The most specific pattern that matches a path decides.
pub static RULES: &[Rule] = &[
    // What no other rule names: material, so that a new field is reviewed until classified.
    r("**", "other", M),
    // The notice itself: its version, languages and presentation.
    r("notice.id", "notice", E),
    r("notice.effective", "version", E),
    r("notice.version", "version", E),
    r("notice.history.**", "version", E),
    r("notice.languages.**", "languages", E),
    r("notice.default_language", "languages", E),
    r("notice.title", "wording", E),
    r("notice.url", "contact", E),
    r("notice.introduction", "wording", E),
    r("notice.changes", "wording", E),
    r("notice.separate_documents.**", "wording", E),
    r("notice.paper_copy", "wording", E),
    r("notice.illustration.**", "wording", E),
    // Where and how the website publishes the pages: the notice says the same.
    r("notice.site.**", "site", E),
    // Who is responsible (WP260 point 29: "the identity of the controller").
    r("controller.name", "controller", M),
    r("controller.company_number", "controller", M),
    r("controller.country", "controller", M).render(Render::Country),
    r("controller.public_authority", "controller-status", M),
    r("controller.sector", "controller-status", M),
    r("controller.trade_names.**", "wording", E),
    r("controller.website", "contact", E),
    r("controller.contact.**", "contact", E),
    r("dpo", "dpo", M).render(Render::Person),
    r("dpo.name", "dpo", M),
    r("dpo.contact.**", "contact", E),
    r("representative", "representative", M).render(Render::Person),
    r("representative.name", "representative", M),
    r("representative.country", "representative", M).render(Render::Country),
    r("representative.contact.**", "contact", E),
    r("joint_controllers[*]", "joint-controller", Grows),
    r("joint_controllers[*].name", "joint-controller-identity", M),
    r(
        "joint_controllers[*].country",
        "joint-controller-identity",
        M,
    )
    .render(Render::Country),
    r("joint_controllers[*].purposes[*]", "joint-purpose", Grows).render(Render::Purpose),
    r(
        "joint_controllers[*].contact_point",
        "joint-contact-point",
        M,
    ),
    r("joint_controllers[*].essence", "wording", E),
    r("joint_controllers[*].contact.**", "contact", E),
    r("joint_controllers[*].notice_url", "contact", E),
    // Where to complain (WP260 point 29: how data subjects exercise their rights).
    r("supervisory_authority", "authority", M)
        .unit(&[])
        .render(Render::Authority),
    // Whose data: a new group of people is material, as a new category of data is.
    r("data_subjects[*]", "data-subject", Grows),
    r("data_subjects[*].label", "wording", E),
    r("data_subjects[*].description", "wording", E),
    // The kind names the group only where it has no label: a name, as a label is.
    r("data_subjects[*].kind", "wording", E),
    // Data categories.
    r("data_categories[*]", "category", Grows),
    r("data_categories[*].label", "wording", E),
    r("data_categories[*].description", "wording", E),
    r("data_categories[*].special", "category-nature", M).render(Render::Special),
    r("data_categories[*].criminal", "category-nature", M),
    r("data_categories[*].source", "category-source", M).unit(&[]),
    r("data_categories[*].provision.requirement", "provision", M),
    r("data_categories[*].provision.consequences", "wording", E),
    r(
        "data_categories[*].retention",
        "retention",
        Judge::Retention,
    )
    .unit(&["per_category"])
    .render(Render::Retention),
    r(
        "data_categories[*].retention.per_category[*]",
        "retention",
        Judge::Retention,
    )
    .unit(&[])
    .render(Render::Retention),
    // Purposes (WP260 point 29: "a change in processing purpose").
    r("purposes[*]", "purpose", Grows),
    r("purposes[*].label", "wording", E),
    r("purposes[*].description", "wording", E),
    r("purposes[*].legal_basis[*]", "basis", Grows).render(Render::Basis),
    r("purposes[*].legitimate_interests", "wording", E),
    r("purposes[*].law", "wording", E),
    r("purposes[*].special_condition", "special-condition", M).render(Render::Condition),
    r("purposes[*].special_aims[*]", "special-aims", Grows),
    r("purposes[*].special_law", "wording", E),
    r("purposes[*].criminal_basis", "wording", E),
    r("purposes[*].criminal_ground", "criminal-ground", M),
    // What the sector rules check the purpose against; the notice does not show it.
    r("purposes[*].activity", "activity", E),
    // A right limited is material; a limit lifted gives the reader more.
    r("purposes[*].rights_limits[*]", "rights-limit", Grows).unit(&[]),
    r("purposes[*].data_subjects[*]", "purpose-subjects", Grows).render(Render::Subject),
    r("purposes[*].data[*]", "purpose-data", Grows).render(Render::Category),
    r("purposes[*].recipients[*]", "purpose-recipient", Grows).render(Render::Recipient),
    // Register-only facts (Art. 30): the notice does not show them, so no reader is told.
    r("purposes[*].internal_recipients.**", "register", E),
    r("purposes[*].retention", "retention", Judge::Retention)
        .unit(&["per_category"])
        .render(Render::Retention),
    r(
        "purposes[*].retention.per_category[*]",
        "retention",
        Judge::Retention,
    )
    .unit(&[])
    .render(Render::Retention),
    r("purposes[*].direct_marketing", "marketing", Grows),
    r(
        "purposes[*].automated_decision",
        "automated",
        Judge::Fields(&["exception", "profiling"]),
    )
    .unit(&[]),
    r("purposes[*].provision.requirement", "provision", M),
    r("purposes[*].provision.consequences", "wording", E),
    // A category's own provision for the purpose, in or out, may make providing it required.
    r("purposes[*].provision.per_category[*]", "provision", M),
    r(
        "purposes[*].provision.per_category[*].requirement",
        "provision",
        M,
    ),
    r(
        "purposes[*].provision.per_category[*].consequences",
        "wording",
        E,
    ),
    r("purposes[*].withdraw", "wording", E),
    r("purposes[*].further_processing_of", "further", M).render(Render::Purpose),
    // Rights derived from the legal bases (src/rights.rs), under a derived key.
    r("purposes[*].$rights[*]", "right", M).render(Render::Right),
    // Recipients and transfers (WP260 point 30: "enlargement of the categories of recipients
    // or introduction of transfers to a third country").
    r("recipients[*]", "recipient", Grows).render(Render::RecipientEntry),
    r("recipients[*].use", "recipient-identity", M),
    r("recipients[*].name", "recipient-identity", M),
    r("recipients[*].category", "recipient-identity", M),
    r("recipients[*].role", "recipient-role", M),
    r("recipients[*].service", "wording", E),
    r("recipients[*].country", "recipient-country", M).render(Render::Country),
    // Several destinations (`[IE, US]`): one more is material, one fewer a reduction. (A
    // `**` pattern rather than `[*]`, so that one country written alone stays a value.)
    r("recipients[*].country.**", "recipient-country", Grows).render(Render::Country),
    r("recipients[*].transfer.country", "transfer", M).render(Render::Country),
    r("recipients[*].transfer.mechanism", "transfer", M).render(Render::Mechanism),
    r("recipients[*].transfer.copy", "contact", E),
    r("recipients[*].transfer.interests", "wording", E),
    r("recipients[*].transfer.safeguards", "register", E),
    // A transfer entry per destination, matched by its country: a new one is material. (A
    // `**` pattern, so that one entry written alone stays a mapping compared field by field.)
    r("recipients[*].transfer.**", "transfer", Grows).render(Render::Mechanism),
    r("recipients[*].transfer[*].mechanism", "transfer", M).render(Render::Mechanism),
    r("recipients[*].transfer[*].copy", "contact", E),
    r("recipients[*].transfer[*].interests", "wording", E),
    r("recipients[*].transfer[*].safeguards", "register", E),
    r("recipients[*].notice_url", "contact", E),
    r("recipients[*].list_url", "contact", E),
    r("recipients[*].group_company", "wording", E),
    // Processing for clients: the client's notice applies to it.
    r("processor_activities.**", "processor", E),
    // Cookies and trackers.
    r("cookies.policy_url", "contact", E),
    r("cookies.description", "wording", E),
    r("cookies.manage", "wording", E),
    r("cookies.trackers[*]", "tracker", Grows),
    r("cookies.trackers[*].use", "tracker-detail", M),
    r("cookies.trackers[*].label", "wording", E),
    r("cookies.trackers[*].purpose", "wording", E),
    r("cookies.trackers[*].provider", "tracker-detail", M),
    r("cookies.trackers[*].recipient", "tracker-detail", M),
    r("cookies.trackers[*].essential", "tracker-detail", M),
    r(
        "cookies.trackers[*].duration",
        "tracker-duration",
        Judge::Length,
    )
    .render(Render::Duration),
    // Where data are stored.
    r("storage[*]", "storage", Grows),
    r("storage[*].description", "wording", E),
    r("storage[*].country", "storage", M).render(Render::Country),
    r("storage[*].country.**", "storage", Grows).render(Render::Country),
    r("storage[*].region", "storage", M),
    r("storage[*].provider", "storage", M).render(Render::Recipient),
    // What the organisation says beyond the Art. 13/14 items.
    r("security.**", "wording", E),
    r("confidentiality.**", "wording", E),
    r("compliance.**", "wording", E),
    r("glossary.**", "wording", E),
    r("disclosure.no_sale", "no-sale", Judge::Withdrawn),
    r("disclosure.conditions.**", "wording", E),
    r("rights.contact.**", "contact", E),
    r("rights.identity_check", "wording", E),
    r("rights.complaint", "wording", E),
    r("rights.notes.**", "wording", E),
    r("register.**", "register", E),
];

/// Lists whose entries are named by another field than `id`.
const KEYS: &[(&str, &str)] = &[
    ("purposes[*].retention.per_category", "data"),
    ("purposes[*].provision.per_category", "data"),
    ("data_categories[*].retention.per_category", "data"),
    ("cookies.trackers", "name"),
    ("recipients[*].transfer", "country"),
    ("notice.history", "effective"),
];

/// A step of a pattern.
#[derive(Debug, PartialEq, Eq)]
enum Pat<'p> {
    Field(&'p str),
    AnyField,
    AnyEntry,
    /// Anything below, including nothing.
    Rest,
}

fn parse(pattern: &str) -> Vec<Pat<'_>> {
    let mut out = Vec::new();
    for part in pattern.split('.') {
        let (name, entries) = part.split_once('[').unwrap_or((part, ""));
        out.push(match name {
            "**" => Pat::Rest,
            "*" => Pat::AnyField,
            _ => Pat::Field(name),
        });
        out.extend(
            entries
                .split('[')
                .filter(|e| !e.is_empty())
                .map(|_| Pat::AnyEntry),
        );
    }
    out
}

/// How specifically `pattern` matches `path`: `None` when it does not; more steps named, and
/// then an exact rather than a `**` match, are more specific.
fn specificity(pattern: &[Pat], path: &[Step]) -> Option<(usize, bool)> {
    match (pattern.first(), path.first()) {
        (Some(Pat::Rest), _) => Some((0, false)),
        (None, None) => Some((0, true)),
        (Some(p), Some(s)) => {
            let ok = match (p, s) {
                (Pat::Field(f), Step::Field(g)) => f == g,
                (Pat::AnyField, Step::Field(_)) | (Pat::AnyEntry, Step::Entry(_)) => true,
                _ => false,
            };
            let (n, exact) = specificity(&pattern[1..], &path[1..]).filter(|_| ok)?;
            Some((n + 1, exact))
        }
        _ => None,
    }
}

/// The patterns of [`RULES`], parsed once: every node of a walk asks for its rule.
fn patterns() -> &'static [(Vec<Pat<'static>>, &'static Rule)] {
    static PARSED: std::sync::OnceLock<Vec<(Vec<Pat<'static>>, &'static Rule)>> =
        std::sync::OnceLock::new();
    PARSED.get_or_init(|| RULES.iter().map(|r| (parse(r.pattern), r)).collect())
}

/// The rule that decides for `path`.
pub fn rule_for(path: &[Step]) -> &'static Rule {
    decide(path).0
}

/// The rule that decides for `path`, and whether its pattern names `path` itself (rather than
/// a node above it, with `**`).
fn decide(path: &[Step]) -> (&'static Rule, bool) {
    patterns()
        .iter()
        .filter_map(|(p, r)| specificity(p, path).map(|s| (s, *r)))
        .max_by_key(|(s, _)| *s)
        .map_or((&RULES[0], false), |((_, exact), r)| (r, exact))
}

/// The table as the tree walk needs it.
pub struct Table;

impl Shape for Table {
    fn unit(&self, path: &[Step]) -> Option<&'static [&'static str]> {
        // A unit rule decides only for its own node; below it, `**` rules may name fields.
        let (rule, exact) = decide(path);
        rule.unit.filter(|_| exact)
    }
    fn key(&self, path: &[Step]) -> &'static str {
        KEYS.iter()
            .find(|(p, _)| specificity(&parse(p), path).is_some_and(|(_, exact)| exact))
            .map_or("id", |(_, k)| k)
    }
    fn is_list(&self, path: &[Step]) -> bool {
        let mut entry = path.to_vec();
        entry.push(Step::Entry(String::new()));
        patterns().iter().any(|(p, _)| {
            p.last() == Some(&Pat::AnyEntry)
                && specificity(p, &entry).is_some_and(|(_, exact)| exact)
        })
    }
}

/// The class of a change and the word its message is chosen by (`added`, `longer`…).
pub fn judge(
    rule: &Rule,
    op: Op,
    old: Option<&Value>,
    new: Option<&Value>,
) -> (Class, &'static str) {
    let word = op_word(op);
    if op == Op::Reordered {
        return (Class::Editorial, word);
    }
    match rule.judge {
        Judge::Material => (Class::Material, word),
        Judge::Editorial => (Class::Editorial, word),
        Judge::Grows if op == Op::Removed => (Class::Editorial, word),
        Judge::Grows => (Class::Material, word),
        Judge::Withdrawn if op == Op::Removed => (Class::Material, word),
        Judge::Withdrawn => (Class::Editorial, word),
        Judge::Retention => match (old.and_then(period), new.and_then(period)) {
            (Some((a, rest_a)), Some((b, rest_b))) if rest_a == rest_b => longer(a, b),
            _ => (Class::Material, word),
        },
        Judge::Length => match (old.and_then(duration), new.and_then(duration)) {
            (Some(a), Some(b)) => longer(a, b),
            _ => (Class::Material, word),
        },
        Judge::Fields(fields) => {
            let differs = |f: &str| old.and_then(|o| o.get(f)) != new.and_then(|n| n.get(f));
            if op == Op::Removed {
                (Class::Editorial, word)
            } else if op == Op::Added || fields.iter().any(|f| differs(f)) {
                (Class::Material, word)
            } else {
                (Class::Editorial, word)
            }
        }
    }
}

fn op_word(op: Op) -> &'static str {
    match op {
        Op::Added => "added",
        Op::Removed => "removed",
        Op::Changed => "changed",
        Op::Reordered => "reordered",
    }
}

/// A retention rule's period (its `duration`, or else its `maximum`: the longest the data may
/// be kept), and the rest of it (which field that was, a minimum, starting event, criteria,
/// exception), which must be the same for two periods to compare by length.
fn period(v: &Value) -> Option<(Duration, Value)> {
    let mut rest = v.as_object()?.clone();
    let key = if rest.contains_key("duration") {
        "duration"
    } else {
        "maximum"
    };
    let d = rest.remove(key).as_ref().and_then(duration)?;
    rest.insert("$period".to_owned(), Value::String(key.to_owned()));
    Some((d, Value::Object(rest)))
}

fn duration(v: &Value) -> Option<Duration> {
    v.as_str()?.parse().ok()
}

/// Longer is material, shorter editorial; the same length written otherwise (`12 months`,
/// `1 year`) is an editorial change.
fn longer(a: Duration, b: Duration) -> (Class, &'static str) {
    use std::cmp::Ordering::*;
    match a.cmp_length(b) {
        Less => (Class::Material, "longer"),
        Greater => (Class::Editorial, "shorter"),
        Equal => (Class::Editorial, "changed"),
    }
}

#[cfg(test)]
mod tests;
