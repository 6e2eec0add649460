//! What several rules ask of a declaration, computed in one place: declared ids and the
//! references between them, country codes and destinations, contact channels, each with its
//! path. Legal facts about countries and transfers are not decided here but asked of
//! [`crate::reference::Reference`].

use std::collections::{HashMap, HashSet};

use crate::declaration::{Contact, ControllerSector, DataCategory, DataItem, Declaration, Purpose};
use crate::reference::{ENGLISH, OtherAuthority, Sector};
use crate::suggest::did_you_mean;

/// The kinds of things a declaration gives ids to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Kind {
    Purpose,
    DataSubject,
    DataCategory,
    Recipient,
    JointController,
    ProcessorActivity,
}

impl Kind {
    pub const ALL: [Kind; 6] = [
        Kind::Purpose,
        Kind::DataSubject,
        Kind::DataCategory,
        Kind::Recipient,
        Kind::JointController,
        Kind::ProcessorActivity,
    ];

    /// How messages name one of them.
    pub fn noun(self) -> &'static str {
        match self {
            Kind::Purpose => "purpose",
            Kind::DataSubject => "data subject",
            Kind::DataCategory => "data category",
            Kind::Recipient => "recipient",
            Kind::JointController => "joint controller",
            Kind::ProcessorActivity => "processor activity",
        }
    }

    /// The top-level list they are declared in.
    pub fn section(self) -> &'static str {
        match self {
            Kind::Purpose => "purposes",
            Kind::DataSubject => "data_subjects",
            Kind::DataCategory => "data_categories",
            Kind::Recipient => "recipients",
            Kind::JointController => "joint_controllers",
            Kind::ProcessorActivity => "processor_activities",
        }
    }
}

/// The ids declared for `kind`, in file order, with the path of each entry (`purposes[2]`).
pub fn declared(decl: &Declaration, kind: Kind) -> Vec<(String, &str)> {
    let ids: Vec<&str> = match kind {
        Kind::Purpose => decl.purposes.iter().map(|x| x.id.as_str()).collect(),
        Kind::DataSubject => decl.data_subjects.iter().map(|x| x.id.as_str()).collect(),
        Kind::DataCategory => decl.data_categories.iter().map(|x| x.id.as_str()).collect(),
        Kind::Recipient => decl.recipients.iter().map(|x| x.id.as_str()).collect(),
        Kind::JointController => decl
            .joint_controllers
            .iter()
            .map(|x| x.id.as_str())
            .collect(),
        Kind::ProcessorActivity => decl
            .processor_activities
            .iter()
            .map(|x| x.id.as_str())
            .collect(),
    };
    ids.into_iter()
        .enumerate()
        .map(|(i, id)| (format!("{}[{i}]", kind.section()), id))
        .collect()
}

/// The declared id of `kind` closest to `id`, as a "did you mean" hint (empty when none is close).
pub fn suggestion(decl: &Declaration, kind: Kind, id: &str) -> String {
    let ids = declared(decl, kind);
    did_you_mean(id, ids.iter().map(|(_, d)| *d))
        .map(|s| format!("did you mean `{s}`? "))
        .unwrap_or_default()
}

/// The ids of one declaration and the references between them, built once per run (see
/// [`crate::lint::Context::index`]) so that rules resolve ids in constant time.
pub struct Index<'a> {
    declared: HashSet<(Kind, &'a str)>,
    /// The first category declared with each id.
    categories: HashMap<&'a str, &'a DataCategory>,
    references: Vec<Reference<'a>>,
    referenced: HashSet<(Kind, &'a str)>,
}

impl<'a> Index<'a> {
    pub fn new(decl: &'a Declaration) -> Index<'a> {
        let declared = Kind::ALL
            .iter()
            .flat_map(|&k| declared(decl, k).into_iter().map(move |(_, id)| (k, id)))
            .collect();
        let mut categories = HashMap::new();
        for c in &decl.data_categories {
            categories.entry(c.id.as_str()).or_insert(c);
        }
        let references = references(decl);
        let referenced = references.iter().map(|r| (r.kind, r.id)).collect();
        Index {
            declared,
            categories,
            references,
            referenced,
        }
    }

    /// Whether `id` is declared for `kind`.
    pub fn resolves(&self, kind: Kind, id: &str) -> bool {
        self.declared.contains(&(kind, id))
    }

    /// Whether anything refers to `id` as a `kind`.
    pub fn is_referenced(&self, kind: Kind, id: &str) -> bool {
        self.referenced.contains(&(kind, id))
    }

    /// Every reference from one declared thing to another.
    pub fn references(&self) -> &[Reference<'a>] {
        &self.references
    }

    /// The declared data categories a purpose uses, with the index of each in its `data`.
    pub fn categories_of<'p>(
        &'p self,
        p: &'p Purpose,
    ) -> impl Iterator<Item = (usize, &'a DataCategory)> + 'p {
        p.data
            .iter()
            .enumerate()
            .filter_map(|(j, id)| self.categories.get(id.as_str()).map(|c| (j, *c)))
    }
}

/// One use of an id somewhere in the declaration.
pub struct Reference<'a> {
    /// What the id must name.
    pub kind: Kind,
    pub id: &'a str,
    /// Where the id is written (`purposes[0].data[1]`).
    pub path: String,
    /// Ids the reference must also be among: a per-category retention may only name data its
    /// purpose uses.
    pub within: Option<&'a [String]>,
    /// The purpose whose own id this is, for references that may not point back at it.
    pub not: Option<&'a str>,
}

fn references(decl: &Declaration) -> Vec<Reference<'_>> {
    let mut out = Vec::new();
    for (i, p) in decl.purposes.iter().enumerate() {
        for (j, s) in p.data_subjects.iter().enumerate() {
            out.push(uses(
                Kind::DataSubject,
                s,
                format!("purposes[{i}].data_subjects[{j}]"),
            ));
        }
        for (j, d) in p.data.iter().enumerate() {
            out.push(uses(
                Kind::DataCategory,
                d,
                format!("purposes[{i}].data[{j}]"),
            ));
        }
        for (j, r) in p.recipients.iter().enumerate() {
            out.push(uses(
                Kind::Recipient,
                r,
                format!("purposes[{i}].recipients[{j}]"),
            ));
        }
        if let Some(retention) = &p.retention {
            for (k, c) in retention.per_category.iter().enumerate() {
                out.push(Reference {
                    within: Some(&p.data),
                    ..uses(
                        Kind::DataCategory,
                        &c.data,
                        format!("purposes[{i}].retention.per_category[{k}].data"),
                    )
                });
            }
        }
        if let Some(provision) = &p.provision {
            for (k, c) in provision.per_category.iter().enumerate() {
                out.push(Reference {
                    within: Some(&p.data),
                    ..uses(
                        Kind::DataCategory,
                        &c.data,
                        format!("purposes[{i}].provision.per_category[{k}].data"),
                    )
                });
            }
        }
        if let Some(of) = &p.further_processing_of {
            out.push(Reference {
                not: Some(&p.id),
                ..uses(
                    Kind::Purpose,
                    of,
                    format!("purposes[{i}].further_processing_of"),
                )
            });
        }
    }
    for (i, c) in decl.data_categories.iter().enumerate() {
        if let Some(sources) = &c.source {
            for (path, src) in sources.with_paths(&format!("data_categories[{i}].source")) {
                for (k, s) in src.data_subjects.iter().enumerate() {
                    out.push(uses(
                        Kind::DataSubject,
                        s,
                        format!("{path}.data_subjects[{k}]"),
                    ));
                }
            }
        }
        if let Some(retention) = &c.retention {
            for (k, r) in retention.per_category.iter().enumerate() {
                out.push(uses(
                    Kind::DataCategory,
                    &r.data,
                    format!("data_categories[{i}].retention.per_category[{k}].data"),
                ));
            }
        }
    }
    for (i, j) in decl.joint_controllers.iter().enumerate() {
        for (k, p) in j.purposes.iter().enumerate() {
            out.push(uses(
                Kind::Purpose,
                p,
                format!("joint_controllers[{i}].purposes[{k}]"),
            ));
        }
    }
    for (i, a) in decl.processor_activities.iter().enumerate() {
        for (j, item) in a.data.iter().enumerate() {
            if let DataItem::Category(id) = item {
                out.push(uses(
                    Kind::DataCategory,
                    id,
                    format!("processor_activities[{i}].data[{j}]"),
                ));
            }
        }
        if let Some(retention) = &a.retention {
            for (k, r) in retention.per_category.iter().enumerate() {
                out.push(uses(
                    Kind::DataCategory,
                    &r.data,
                    format!("processor_activities[{i}].retention.per_category[{k}].data"),
                ));
            }
        }
        for (j, r) in a.sub_processors.iter().enumerate() {
            out.push(uses(
                Kind::Recipient,
                r,
                format!("processor_activities[{i}].sub_processors[{j}]"),
            ));
        }
    }
    if let Some(cookies) = &decl.cookies {
        for (i, t) in cookies.trackers.iter().enumerate() {
            if let Some(r) = &t.recipient {
                out.push(uses(
                    Kind::Recipient,
                    r,
                    format!("cookies.trackers[{i}].recipient"),
                ));
            }
        }
    }
    out
}

fn uses(kind: Kind, id: &str, path: String) -> Reference<'_> {
    Reference {
        kind,
        id,
        path,
        within: None,
        not: None,
    }
}

/// Every country code written in the declaration for where a party is established, with its
/// path. The supervisory authority's code is not among them: it names an authority, and its
/// own rule says what is wrong with it. Nor are recipients': see [`destinations`].
pub fn countries(decl: &Declaration) -> Vec<(String, &str)> {
    let mut out = Vec::new();
    if let Some(c) = decl.controller.as_ref().and_then(|c| c.country.as_deref()) {
        out.push(("controller.country".to_owned(), c));
    }
    if let Some(c) = decl
        .representative
        .as_ref()
        .and_then(|r| r.get())
        .and_then(|r| r.country.as_deref())
    {
        out.push(("representative.country".to_owned(), c));
    }
    for (i, j) in decl.joint_controllers.iter().enumerate() {
        if let Some(c) = j.country.as_deref() {
            out.push((format!("joint_controllers[{i}].country"), c));
        }
    }
    out
}

/// Every destination code of a recipient or a storage location, with its path: where the
/// data are sent or kept, which may also be an international organisation (`EPO`) or a region
/// (`EU`); each code of a list at its own path (`recipients[0].country[1]`).
pub fn destinations(decl: &Declaration) -> Vec<(String, &str)> {
    let recipients = decl
        .recipients
        .iter()
        .enumerate()
        .map(|(i, r)| (format!("recipients[{i}].country"), r.country.as_ref()));
    let storage = decl
        .storage
        .iter()
        .enumerate()
        .map(|(i, l)| (format!("storage[{i}].country"), l.country.as_ref()));
    recipients
        .chain(storage)
        .flat_map(|(at, codes)| codes.into_iter().flat_map(move |c| c.with_paths(&at)))
        .map(|(path, code)| (path, code.as_str()))
        .collect()
}

fn filled(s: &Option<String>) -> bool {
    s.as_deref().is_some_and(|s| !s.trim().is_empty())
}

/// Whether a contact gives a direct channel: an email address, a phone number or a web form.
pub fn has_direct_channel(c: &Contact) -> bool {
    filled(&c.email) || filled(&c.phone) || filled(&c.form)
}

/// Whether a contact gives any way at all to reach someone, post included.
pub fn has_any_channel(c: &Contact) -> bool {
    has_direct_channel(c) || c.address.is_some()
}

/// Why the controller counts as a public authority or body, for the rules that depend on it
/// (N204, N703, N952): what the declaration says, or, when it says nothing, the remit of the
/// authority it names.
#[derive(Clone, Copy, Debug)]
pub enum PublicBody<'r> {
    /// `controller.sector: public`.
    Sector,
    /// `controller.public_authority: true`.
    Flag,
    /// Neither is given, but the supervisory authority supervises only public bodies (the
    /// VTC, the COC, a German Land's authority for its public bodies).
    Authority(&'r OtherAuthority),
}

impl PublicBody<'_> {
    /// The reason, for messages: "(`sector: public`)".
    pub fn because(&self) -> String {
        match self {
            PublicBody::Sector => "(`controller.sector: public`)".to_owned(),
            PublicBody::Flag => "(`controller.public_authority: true`)".to_owned(),
            PublicBody::Authority(a) => format!(
                "(its supervisory authority, the {}, supervises only public bodies)",
                a.name(ENGLISH)
            ),
        }
    }
}

/// Whether the controller is a public authority or body: `sector: public` or
/// `public_authority: true` say so; `sector: private` says not; when the declaration says
/// neither, a supervisory authority whose remit is public bodies only says so.
pub fn public_body<'r>(
    decl: &Declaration,
    reference: &'r crate::reference::Reference,
) -> Option<PublicBody<'r>> {
    let c = decl.controller.as_ref();
    match c.and_then(|c| c.sector) {
        Some(ControllerSector::Public) => return Some(PublicBody::Sector),
        _ if c.is_some_and(|c| c.public_authority) => return Some(PublicBody::Flag),
        Some(ControllerSector::Private) => return None,
        None => {}
    }
    let selected = decl
        .supervisory_authority
        .as_ref()?
        .resolve(reference)
        .ok()?;
    selected
        .other()
        .filter(|o| o.sector() == Sector::Public)
        .map(PublicBody::Authority)
}

/// "`a`, `b` and `c`".
pub fn list(ids: &[&str]) -> String {
    let quoted: Vec<String> = ids.iter().map(|i| format!("`{i}`")).collect();
    match quoted.split_last() {
        None => String::new(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} and {last}", rest.join(", ")),
    }
}
